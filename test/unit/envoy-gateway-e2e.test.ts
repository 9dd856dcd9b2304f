// infra.security-policy, infra.gateway-route and infra.audit-logging on Envoy
// Gateway's own end-to-end test data (test/fixtures/real-manifests/envoy-gateway-e2e).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileEvidence } from '../../src/findings.js'
import { runGate } from '../../src/run.js'
import { ROOT, TODAY, findingsOf, variant } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'real-manifests', 'envoy-gateway-e2e')
const { result } = runGate({ dir: DIR, today: TODAY })
const lineAt = (e: FileEvidence) => readFileSync(join(DIR, e.file), 'utf8').split('\n')[e.line - 1]

describe('Envoy Gateway e2e test data', () => {
  const policies = findingsOf(result.findings, 'infra.security-policy')

  it('judges every SecurityPolicy that targets a route: none passes, each for its own reason', () => {
    expect(policies.map((f) => [f.status, f.message])).toEqual([
      ['failed', 'SecurityPolicy ext-auth-test: has neither jwt.providers nor oidc.'],
      ['failed', 'SecurityPolicy ext-auth-path-override-test: has neither jwt.providers nor oidc.'],
      ['failed', 'SecurityPolicy jwt-local-jwks: provider example has no audiences, so tokens for any audience pass.'],
      [
        'failed',
        'SecurityPolicy jwt-optional: jwt.optional: true lets requests without a token through; provider example has no audiences, so tokens for any audience pass.'
      ],
      ['failed', 'SecurityPolicy jwt-example: provider example has no audiences, so tokens for any audience pass.'],
      [
        'failed',
        'SecurityPolicy oidc-test-foo: provider keycloak has no audiences, so tokens for any audience pass; provider example has no audiences, so tokens for any audience pass.'
      ],
      [
        'failed',
        'SecurityPolicy oidc-test-bar: provider keycloak has no audiences, so tokens for any audience pass; provider example has no audiences, so tokens for any audience pass.'
      ]
    ])
  })

  it('points at `optional: true` and at each provider without audiences', () => {
    const optional = policies.find((f) => f.message.startsWith('SecurityPolicy jwt-optional'))!
    expect((optional.evidence as FileEvidence[]).map(lineAt)).toEqual(['    optional: true', '      - name: example'])
  })

  it('the same provider with audiences passes', () => {
    const jwt = readFileSync(join(DIR, 'deploy/jwt.yaml'), 'utf8')
    expect(jwt).toContain('      - name: example\n')
    const dir = variant(DIR, {
      'deploy/jwt.yaml': jwt.replace(
        '      - name: example\n',
        '      - name: example\n        audiences: [api://e2e]\n'
      )
    })
    const f = findingsOf(runGate({ dir, today: TODAY }).result.findings, 'infra.security-policy').find((x) =>
      x.message.includes('jwt-example')
    )!
    expect(f).toMatchObject({
      status: 'passed',
      message: 'SecurityPolicy jwt-example requires a valid JWT on ' + f.message.split(' on ')[1]
    })
  })

  it('routes on the conformance test Gateway are outside envoy-gateway-system', () => {
    const routes = findingsOf(result.findings, 'infra.gateway-route')
    expect(routes.length).toBeGreaterThan(0)
    expect(
      routes.every(
        (f) =>
          f.status === 'failed' &&
          /outside envoy-gateway-system \(gateway-conformance-infra\/(same-namespace|accesslog-gtw)\)/.test(f.message)
      )
    ).toBe(true)
  })

  it('the EnvoyProxy’s OpenTelemetry access log counts as audit logging, at its accessLog line', () => {
    const [audit] = findingsOf(result.findings, 'infra.audit-logging')
    expect(audit).toMatchObject({ status: 'passed', message: 'Audit logging: Envoy access logs (accesslog-otel).' })
    expect(lineAt(audit.evidence[0] as FileEvidence)).toBe('    accessLog:')
  })
})
