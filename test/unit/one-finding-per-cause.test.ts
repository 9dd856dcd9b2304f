// One finding per cause (issue 24 §5): evidence with thousands of hits of one cause — one client called from
// 2,000 places, one credential read 2,000 times, one secret value pasted 2,000 times — gives each check a few
// findings, not one per hit, and every list inside a message is capped ("+N more").
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import type { RepoEvidence } from '../../src/evidence/index.js'
import { fakeEvidence, goliveYaml } from '../support/fake-evidence.js'

const N = 2000
const at = (i: number) => ({ file: `src/handlers/h${i}.ts`, line: 10 + (i % 50), column: 5 })
const hit = (what: string, i: number, extra: Record<string, unknown> = {}) => ({
  what,
  at: at(i),
  isTest: false,
  ...extra
})

/** Every kind of source evidence, each with N hits of one cause. */
function flood(r: RepoEvidence): void {
  for (let i = 0; i < N; i++) {
    r.source.contentTypes.push({ kind: 'image', at: at(i), isTest: false })
    r.source.networkCalls.push({
      client: 'internalHttp.post',
      target: 'https://api.contoso-data.com/v1/items',
      host: 'api.contoso-data.com',
      callerSupplied: false,
      sends: false,
      at: at(i),
      isTest: false
    })
    r.source.networkCalls.push({
      client: 'fetch',
      expression: 'url',
      callerSupplied: true,
      sends: false,
      at: at(i),
      isTest: false
    })
    r.source.thirdPartyReads.push({ source: 'e-mail', api: 'Microsoft Graph /me/messages', at: at(i), isTest: false })
    r.auth.appCredentials.push(
      hit('os.environ["CONTOSO_API_TOKEN"]', i, { credential: 'CONTOSO_API_TOKEN', credentialKind: 'static' })
    )
    r.auth.devVerifiers.push(hit('StaticTokenVerifier', i))
    r.auth.bearerForwarding.push(hit('Authorization: Bearer forwarded', i))
    r.auth.urls.push({ url: 'https://api.contoso-data.com/v1/items', at: at(i) })
    r.secrets.secrets.push({
      rule: 'github-pat',
      description: 'GitHub personal access token',
      masked: 'ghp_… (40 characters)',
      at: at(i),
      isTest: false,
      isDoc: false,
      verified: true,
      fingerprint: 'f1'
    })
    r.secrets.testData.push({
      kind: 'e-mail address',
      masked: 'j…@contoso-real.com',
      at: { ...at(i), file: `test/fixtures/f${i}.json` },
      fingerprint: 't1'
    })
    r.secrets.suppressed.push(at(i))
    r.auth.obo.push(hit('acquire_token_on_behalf_of', i))
    r.auth.userFlows.push(hit('acquire_token_by_authorization_code', i))
    r.auth.credentialUsers!.push(hit('os.environ["REDIS_USERNAME"]', i, { credential: 'REDIS_USERNAME' }))
    for (const list of [r.auth.auditLogs, r.auth.tracingSetup, r.auth.spanUser, r.auth.spanTool])
      list.push(hit('logger.info', i))
  }
  // The same causes in test code and documentation: reported apart, and apart once per cause too.
  const test = (i: number) => ({ file: `tests/t${i}.py`, line: 3, column: 1 })
  for (let i = 0; i < N; i++) {
    r.source.contentTypes.push({ kind: 'audio', at: test(i), isTest: true })
    r.auth.appCredentials.push({
      what: 'os.environ["CONTOSO_API_TOKEN"]',
      at: test(i),
      isTest: true,
      credential: 'CONTOSO_API_TOKEN',
      credentialKind: 'static'
    })
    r.auth.devVerifiers.push({ what: 'StaticTokenVerifier', at: test(i), isTest: true })
    r.secrets.secrets.push({
      rule: 'generic-password',
      description: 'password assignment',
      masked: 'hunt… (16 characters)',
      at: test(i),
      isTest: true,
      isDoc: false,
      verified: false,
      fingerprint: 'f2'
    })
    r.secrets.secrets.push({
      rule: 'generic-password',
      description: 'password assignment',
      masked: 'docs… (16 characters)',
      at: { ...test(i), file: `docs/guide${i}.md` },
      isTest: false,
      isDoc: true,
      verified: false,
      fingerprint: 'f3'
    })
  }
}

const MAX_FINDINGS_PER_CHECK = 6
const MAX_MESSAGE = 2000

describe('one finding per cause (issue 24 §5)', () => {
  it(`${N} hits of one cause give each check at most ${MAX_FINDINGS_PER_CHECK} findings with capped messages`, () => {
    // A tool on private data, so the auth checks judge the credentials.
    const yaml = goliveYaml().replace(
      'tools: []',
      'tools:\n  - name: search\n    description: Search the user’s items.\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none'
    )
    const ctx = fakeEvidence({
      yaml,
      repo: (r) => {
        r.auth.credentialUsers = []
        r.scan.sourceFiles = N
        flood(r)
      }
    })
    const over: string[] = []
    for (const check of CHECKS) {
      const outcomes = check.run(ctx)
      if (outcomes.length > MAX_FINDINGS_PER_CHECK) over.push(`${check.id}: ${outcomes.length} findings`)
      for (const o of outcomes)
        if (o.message.length > MAX_MESSAGE) over.push(`${check.id}: a message of ${o.message.length} characters`)
    }
    expect(over).toEqual([])
    // The flood reaches the checks that judge these hits (else the bound above would say nothing).
    const failing = new Set(
      CHECKS.filter((c) => c.run(ctx).some((o) => o.status === 'failed' || o.status === 'warning')).map((c) => c.id)
    )
    for (const id of [
      'security.content-types',
      'auth.token-validation',
      'auth.no-app-credentials',
      'policy.secrets',
      'policy.test-data'
    ])
      expect(failing).toContain(id)
  })
})
