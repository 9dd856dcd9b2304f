import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, ROOT, findingsOf, gate, variant } from '../support/gate.js'

const CASES = join(ROOT, 'test/fixtures/infra-cases')
const READY = join(EXAMPLES, 'ready-server')
const at = (f: { evidence: unknown[] }) =>
  f.evidence.map((e) => {
    const x = e as { file: string; line: number; note?: string }
    return `${x.file}:${x.line}`
  })

describe('infra.pod-security', () => {
  const findings = findingsOf(gate(CASES).findings, 'infra.pod-security')

  it('passes the CronJob whose containers (init included) inherit pod-level settings', () => {
    expect(findings.some((f) => f.message.includes('nightly'))).toBe(false)
  })

  it('reports pod-level violations at their lines', () => {
    const pod = findings.filter((f) => f.message.startsWith('Deployment bad breaks'))
    expect(pod.map((f) => f.message)).toEqual([
      'Deployment bad breaks Pod Security Standards “restricted”: hostPID: true.',
      'Deployment bad breaks Pod Security Standards “restricted”: volume docker is hostPath.',
      // Containers inherit it unless they override; the pod-level root user breaks the standard on its own.
      'Deployment bad breaks Pod Security Standards “restricted”: runAsUser: 0 (pod).'
    ])
    expect(pod.map((f) => at(f)[0])).toEqual([
      'deploy/workloads.yaml:47',
      'deploy/workloads.yaml:66',
      'deploy/workloads.yaml:49'
    ])
  })

  it('reports each container violation, with the container line first', () => {
    const c = findings.find((f) => f.message.startsWith('Deployment bad, container app'))!
    expect(c.status).toBe('failed')
    // runAsUser 0 comes from the pod and is reported once for it (see above), not again per container.
    expect(c.message).not.toContain('runAsUser')
    expect(c.message).toContain('adds capability SYS_ADMIN')
    expect(c.message).toContain('seccompProfile is Unconfined')
    expect(c.message).toContain('hostPort 80')
    expect(c.message).not.toContain('runAsNonRoot')
    expect(at(c)[0]).toBe('deploy/workloads.yaml:51')
    expect(c.fix).toContain('seccompProfile:')
  })

  it('passes the ready example and says not verified without manifests', () => {
    expect(findingsOf(gate(READY).findings, 'infra.pod-security').map((f) => f.status)).toEqual(['passed'])
    const none = variant(READY, { deploy: null })
    expect(findingsOf(gate(none).findings, 'infra.pod-security')[0]).toMatchObject({ status: 'not verified' })
  })
})

describe('infra.hardening (advisory)', () => {
  it('warns, never fails, for a container without limits or read-only root', () => {
    const f = findingsOf(gate(CASES).findings, 'infra.hardening')
    expect(f.map((x) => x.status)).toEqual(['warning'])
    expect(f[0].message).toBe(
      'Deployment bad, container app lacks readOnlyRootFilesystem: true, a CPU limit, a memory limit.'
    )
  })
})

describe('infra.gateway-route and infra.security-policy', () => {
  it('a parentRef without namespace is the route’s own namespace, not the gateway namespace', () => {
    const f = findingsOf(gate(CASES).findings, 'infra.gateway-route')
    expect(f.map((x) => x.status)).toEqual(['failed'])
    expect(f[0].message).toBe('HTTPRoute foo attaches to a Gateway outside envoy-gateway-system (apps/eg).')
    expect(at(f[0])).toEqual(['deploy/gateway.yaml:12'])
  })

  it('refuses a JWT provider without audiences (Envoy Gateway’s own example)', () => {
    const [f] = findingsOf(gate(CASES).findings, 'infra.security-policy')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('provider example has no audiences')
    expect(at(f)).toEqual(['deploy/gateway.yaml:30'])
  })

  it('fails optional JWT and a route on the public gateway when exposure is internal', () => {
    const r = gate(join(EXAMPLES, 'unready-server'))
    expect(findingsOf(r.findings, 'infra.security-policy')[0].evidence[0]).toMatchObject({
      file: 'k8s/route.yaml',
      line: 26
    })
    expect(findingsOf(r.findings, 'infra.gateway-route')[0].evidence[0]).toMatchObject({
      file: 'k8s/route.yaml',
      line: 8
    })
  })

  it('passes a public route when exposure: public is declared with a reason', () => {
    const dir = variant(join(EXAMPLES, 'unready-server'), {})
    const yaml = readFileSync(join(dir, 'golive.yaml'), 'utf8').replace(
      'exposure: internal',
      'exposure: public\n  exposureReason: partners call it'
    )
    writeFileSync(join(dir, 'golive.yaml'), yaml)
    expect(findingsOf(gate(dir).findings, 'infra.gateway-route').map((f) => f.status)).toEqual(['passed'])
  })
})

describe('infra.audit-logging', () => {
  it('fails when the access log is disabled and no app audit log exists', () => {
    const [f] = findingsOf(gate(CASES).findings, 'infra.audit-logging')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('Envoy access logs are disabled (quiet)')
  })
  it('passes on the application audit log alone', () => {
    const dir = variant(READY, { 'deploy/platform/envoyproxy.yaml': null })
    const [f] = findingsOf(gate(dir).findings, 'infra.audit-logging')
    expect(f).toMatchObject({
      status: 'passed',
      message: 'Audit logging: an application audit log with user, tool, outcome and trace id.'
    })
    expect(f.evidence[0]).toMatchObject({ file: 'src/audit.ts', line: 7 })
  })
})

// kubectl and kustomize merge `<<: *anchor` (issue 21): a manifest that brings hostNetwork into the pod spec that way
// must fail pod security as if it were written out, in a plain manifest as in a patch (kustomize.test.ts).
describe('YAML merge keys in a manifest', () => {
  it('a pod spec that merges hostNetwork: true from an anchor fails infra.pod-security', () => {
    const file = 'deploy/base/deployment.yaml'
    const yaml = readFileSync(join(READY, file), 'utf8')
      .replace('apiVersion: apps/v1', 'apiVersion: apps/v1\nx-host: &host\n  hostNetwork: true')
      .replace(
        '      serviceAccountName: mcp-servicenow\n',
        '      <<: *host\n      serviceAccountName: mcp-servicenow\n'
      )
    expect(yaml).toContain('<<: *host')
    const failed = findingsOf(gate(variant(READY, { [file]: yaml })).findings, 'infra.pod-security').filter(
      (f) => f.status === 'failed'
    )
    expect(failed.map((f) => f.message).join(' ')).toContain('hostNetwork')
    // Without the merged key the example passes: the failure is the merge.
    expect(findingsOf(gate(READY).findings, 'infra.pod-security').map((f) => f.status)).toEqual(['passed'])
  })
})
