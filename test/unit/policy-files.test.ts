import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { redactSecrets } from '../../src/secrets/redact.js'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'

const READY = join(EXAMPLES, 'ready-server')
const UNREADY = join(EXAMPLES, 'unready-server')
const statuses = (dir: string, id: string) => findingsOf(gate(dir).findings, id).map((f) => f.status)

// Fake credentials in the shapes the rules know (none of them is valid anywhere).
const PLANTED: Record<string, string> = {
  aws: 'AKIAQ3EGRTXBSLPMNW7Y',
  github: 'ghp_' + 'aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2',
  slack: 'xoxb-' + '2048305719-3072846153-Rk7Lm2xKp9wZt4NVq8cYbQd3',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyIsIm5hbWUiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ',
  pg: 'postgres://svc:Vq7rLm2xKp9wZt4N@db.prod.internal:5432/app',
  key: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx' + 'Q'.repeat(80) + '\n-----END RSA PRIVATE KEY-----'
}

describe('policy.secrets (critical)', () => {
  it('finds each kind at its line and never keeps more than 4 characters', () => {
    const dir = variant(READY, {
      'src/config.ts': `export const aws = '${PLANTED.aws}'\nexport const gh = "${PLANTED.github}"\nexport const slack = '${PLANTED.slack}'\nexport const token = '${PLANTED.jwt}'\nexport const db = '${PLANTED.pg}'\n`,
      'deploy/key.pem': PLANTED.key + '\n'
    })
    const f = findingsOf(gate(dir).findings, 'policy.secrets')
    expect(f.every((x) => x.status === 'failed')).toBe(true)
    expect(f.map((x) => ('file' in x.evidence[0] ? `${x.evidence[0].file}:${x.evidence[0].line}` : ''))).toEqual([
      'deploy/key.pem:1',
      'src/config.ts:1',
      'src/config.ts:2',
      'src/config.ts:3',
      'src/config.ts:4',
      'src/config.ts:5'
    ])
    const all = JSON.stringify(f)
    for (const secret of Object.values(PLANTED))
      expect(all).not.toContain(secret.slice(0, 12).includes('postgres') ? 'Vq7rLm2xKp9wZt4N' : secret)
  })
  it('ignores placeholders and workflow secret references', () => {
    const dir = variant(READY, {
      'src/sample.ts':
        'export const aws = "AKIAIOSFODNN7EXAMPLE"\nexport const token = "${{ secrets.TOKEN }}"\nconst password = "changeme-please-123"\n'
    })
    expect(statuses(dir, 'policy.secrets')).toEqual(['passed'])
  })
  it('fails the unready example on its .env and Slack webhook', () => {
    const f = findingsOf(gate(UNREADY).findings, 'policy.secrets')
    expect(f.map((x) => x.message)).toEqual([
      '.env value for MAIL_CLIENT_SECRET (kV8Q…[40 chars redacted]) committed in 1 place: .env:2.',
      'Slack webhook URL (http…[96 chars redacted]) committed in 1 place: src/mcp_mailbox/server.py:60.'
    ])
  })
  it('redacts secrets in any string', () => {
    expect(redactSecrets(`token=${PLANTED.github}`)).toBe('token=ghp_…[40 chars redacted]')
    expect(redactSecrets('nothing here')).toBe('nothing here')
  })
})

describe('policy.test-data (critical)', () => {
  it('flags real-looking e-mail and tenant ids in test code, not reserved or placeholder ones', () => {
    const f = findingsOf(gate(UNREADY).findings, 'policy.test-data')
    expect(f.map((x) => `${x.message}`)).toEqual([
      // The address is at contoso.com, Microsoft's documentation domain: example data, not a person's.
      'Test data holds what looks like a real tenant id (3f1c…) in 1 place: tests/conftest.py:4.'
    ])
    const dir = variant(READY, {
      'test/fixtures/users.json':
        '{"mail": "a@example.com", "tenantId": "00000000-0000-0000-0000-000000000000", "ssn": "078-05-1120", "phone": "+47 913 58 264"}\n'
    })
    const g = findingsOf(gate(dir).findings, 'policy.test-data')
    expect(g.map((x) => x.message)).toEqual([
      'Test data holds what looks like a real national id number (078-…) in 1 place: test/fixtures/users.json:1.',
      'Test data holds what looks like a real phone number (+47 …) in 1 place: test/fixtures/users.json:1.'
    ])
  })
})

describe('policy.environments, policy.zone, policy.container-scan', () => {
  it('pass on the ready example with evidence', () => {
    // The file half passes; the GitHub half cannot be read locally (no token) and does not block.
    expect(findingsOf(gate(READY).findings, 'policy.environments').map((f) => [f.status, !!f.blocking])).toEqual([
      ['passed', false],
      ['not verified', false]
    ])
    expect(findingsOf(gate(READY).findings, 'policy.zone')[0]).toMatchObject({
      status: 'passed',
      evidence: [{ file: 'deploy/argocd/zone-2/application.yaml', line: 4 }]
    })
    expect(statuses(READY, 'policy.container-scan')).toEqual(['passed'])
  })
  it('fails a prod deployment job without an environment', () => {
    const dir = variant(READY, {
      '.github/workflows/deploy.yml':
        'on: workflow_dispatch\njobs:\n  deploy-prod:\n    runs-on: ubuntu-latest\n    steps:\n      - run: kubectl apply -k deploy/overlays/prod\n'
    })
    const f = findingsOf(gate(dir).findings, 'policy.environments')
    expect(f[0]).toMatchObject({ status: 'failed', evidence: [{ file: '.github/workflows/deploy.yml', line: 3 }] })
  })
  it('fails environments sharing a namespace', () => {
    const dir = variant(READY, {
      'deploy/overlays/dev/kustomization.yaml': 'namespace: mcp-servicenow-prod\nresources:\n  - ../../base\n'
    })
    expect(findingsOf(gate(dir).findings, 'policy.environments')[0].message).toContain('share a namespace')
  })
  it('fails a prod Application in another zone', () => {
    const dir = variant(READY, {})
    const app = join(dir, 'deploy/argocd/zone-2/application.yaml')
    writeFileSync(app, readFileSync(app, 'utf8').replace('contoso.io/zone: "2"', 'contoso.io/zone: "3"'))
    expect(findingsOf(gate(dir).findings, 'policy.zone')[0].message).toBe(
      'Application mcp-servicenow-prod lands in zone 3, but golive.yaml declares zone 2.'
    )
  })
  it('container scan is advisory and not applicable without an image', () => {
    expect(statuses(UNREADY, 'policy.container-scan')).toEqual(['warning'])
    const dir = variant(READY, {
      Dockerfile: null,
      '.github/workflows/ci.yml':
        'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      '.github/workflows/release.yml': null
    })
    expect(statuses(dir, 'policy.container-scan')).toEqual(['not applicable'])
  })
})
