// The bundled action against a loopback GitHub API, with the runner's
// environment, under Node 20 and Node 24: what the server received is what
// a reviewer would see.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { EXAMPLES } from '../support/gate.js'
import { runAction, type ActionRun } from '../support/action-run.js'
import { nodeBinaries } from '../support/node-binaries.js'

const apiRequests = (api: FakeGitHub) => api.requests.length

for (const { name, bin } of nodeBinaries()) {
  describe(`the action and the GitHub API under ${name}`, () => {
    let api: FakeGitHub
    beforeEach(async () => {
      api = await startFakeGitHub()
    })
    afterEach(async () => {
      await api.close()
    })

    it('on a healthy PR: ready, one comment, a check run, at most 12 requests', async () => {
      const r = await runAction(bin, api)
      expect(r.stdout).not.toContain('::error')
      expect(r.code).toBe(0)
      expect(r.outputs.verdict).toBe('ready')
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].body).toMatch(/^<!-- mcp-golive:comment config=[0-9a-f]{12} -->\n## ✅ MCP go-live: ready/)
      expect(api.checkRuns).toHaveLength(1)
      expect(api.checkRuns[0].body).toMatchObject({
        name: 'MCP go-live',
        head_sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        status: 'completed',
        conclusion: 'success'
      })
      expect(apiRequests(api)).toBeLessThanOrEqual(12)
      // The branch listing, the rules for main and release/1.0 (they settle protection, so classic protection is not
      // asked), environments, reviews, golive.yaml at the base, the base commit's check runs (new in this PR), the
      // comment list and the new comment (no marked comment yet, so who the token is does not matter: no /user), the check run.
      expect(
        api.requests.map((q) => `${q.method} ${q.path.replace('/repos/octo-org/mcp-servicenow', '')}`).sort()
      ).toEqual([
        'GET /branches',
        'GET /commits/f95f852bd8fca8fcc58a9a2d6c842781e32a215e/check-runs',
        'GET /contents/golive.yaml',
        'GET /environments',
        'GET /issues/2/comments',
        'GET /pulls/2/reviews',
        'GET /rules/branches/main',
        'GET /rules/branches/release%2F1.0',
        'POST /check-runs',
        'POST /issues/2/comments'
      ])
      expect(api.requests.some((q) => q.path.endsWith('/protection') || q.path === '/user')).toBe(false)
      expect(apiRequests(api)).toBe(10)
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      const byCheck = (id: string) =>
        json.findings.filter((f: { check: string }) => f.check === id).map((f: { status: string }) => f.status)
      expect(byCheck('policy.branch-protection')).toEqual(['passed', 'passed'])
      expect(byCheck('policy.code-review')).toEqual(['passed', 'passed'])
      expect(byCheck('report.approval')).toEqual(['passed'])
      expect(json.scope).toBe('github')
      expect(r.stdout).toContain(`GitHub API requests: ${apiRequests(api)}.`)
    })

    it('GITHUB_API_URL with trailing slashes: the same requests, at the same paths', async () => {
      const r = await runAction(bin, api, { env: { GITHUB_API_URL: `${api.url}///` } })
      expect(r.code).toBe(0)
      expect(api.comments).toHaveLength(1)
      expect(
        api.requests.every((q) => q.path.startsWith('/repos/octo-org/mcp-servicenow/') && !q.path.includes('//'))
      ).toBe(true)
      expect(apiRequests(api)).toBe(10)
    })

    it('a second run updates the comment instead of adding one', async () => {
      await runAction(bin, api)
      const first = api.comments[0].id
      const before = api.requests.length
      await runAction(bin, api, { example: 'unready-server' })
      // A marked comment exists now: who the token is decides whether it is ours, asked once.
      expect(api.requests.slice(before).filter((q) => q.path === '/user')).toHaveLength(1)
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].id).toBe(first)
      expect(api.comments[0].body).toContain('MCP go-live: blocked')
      expect(api.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/issues/comments/'))).toHaveLength(1)
    })

    it('ignores the marker in someone else’s comment', async () => {
      await runAction(bin, api)
      const marker = api.comments[0].body.split('\n')[0]
      api.comments.length = 0
      api.comments.push({ id: 7, body: `${marker}\nlooks ready to me`, user: { login: 'mallory', type: 'User' } })
      await runAction(bin, api)
      expect(api.comments.map((c) => c.user.login)).toEqual(['mallory', 'golive-bot'])
      expect(api.comments[0].body).toBe(`${marker}\nlooks ready to me`)
    })

    it('with GITHUB_TOKEN (no GET /user), finds its own comment as github-actions[bot]', async () => {
      api.login = null
      await runAction(bin, api)
      await runAction(bin, api)
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].user.login).toBe('github-actions[bot]')
    })

    it('annotates the files at fault, 50 per request', async () => {
      const r = await runAction(bin, api, { example: 'unready-server' })
      expect(r.code).toBe(1)
      const run = api.checkRuns[0]
      expect(run.body.conclusion).toBe('failure')
      const annotations = [...run.body.output.annotations, ...run.patches.flatMap((p) => p.output.annotations)]
      expect(run.body.output.annotations.length).toBeLessThanOrEqual(50)
      expect(annotations).toContainEqual(
        expect.objectContaining({
          path: 'src/mcp_mailbox/server.py',
          start_line: 38,
          annotation_level: 'failure',
          title: 'security.trifecta (failed)'
        })
      )
    })

    it('classic protection unreadable and rules incomplete: not verified, blocks, and says what permission reads it', async () => {
      api.answers.rules = []
      const r = await runAction(bin, api)
      // The rules leave protection open, so classic protection is asked, for both branches.
      expect(api.requests.filter((q) => q.path.endsWith('/protection')).map((q) => q.path)).toEqual([
        '/repos/octo-org/mcp-servicenow/branches/main/protection',
        '/repos/octo-org/mcp-servicenow/branches/release%2F1.0/protection'
      ])
      expect(r.code).toBe(1)
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      const bp = json.findings.find((f: { check: string }) => f.check === 'policy.branch-protection')
      expect(bp.status).toBe('not verified')
      expect(bp.fix).toContain('Administration: read')
      const accepted = await runAction(bin, api, { inputs: { 'accept-not-verified': 'true' } })
      expect(accepted.code).toBe(0)
    })

    it('a branch listed as unprotected fails outright', async () => {
      api.answers.rules = []
      api.answers.branches = [
        { name: 'main', commit: { sha: 'c5b97d5ae6c19d5c5df71a34c7fbeeda2479ccbc' }, protected: false }
      ]
      const r = await runAction(bin, api)
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      expect(json.findings.find((f: { check: string }) => f.check === 'policy.branch-protection').status).toBe('failed')
    })

    it.each([
      ['401', { status: 401 }, 'the token was refused (HTTP 401)'],
      ['403', { status: 403 }, 'the token may not read it (HTTP 403)'],
      ['404', { status: 404 }, 'the token may not read it (HTTP 404)'],
      ['502', { status: 502 }, 'the API failed (HTTP 502)'],
      ['429 without retry in time', { rateLimit: 429, retryAfter: 60 }, 'rate limited (HTTP 429)'],
      ['malformed JSON', { malformed: true }, 'not valid JSON'],
      ['slow', { delayMs: 4000 }, 'did not answer in time']
    ] as const)(
      'environments %s: not verified with the reason, files written, run finishes',
      async (_label, fault, reason) => {
        api.faults.environments = fault as never
        const started = Date.now()
        const r = await runAction(bin, api)
        expect(Date.now() - started).toBeLessThan(20_000)
        const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
        const env = json.findings.filter((f: { check: string }) => f.check === 'policy.environments')
        expect(env.map((f: { status: string }) => f.status)).toEqual(['passed', 'not verified'])
        expect(env[1].reason).toContain(reason)
        expect(r.code).toBe(1)
        expect(existsSync(join(r.outputs['report-path'], 'golive.sarif'))).toBe(true)
      }
    )

    it('retries a 5xx once and a short rate limit once, then succeeds', async () => {
      api.faults.environments = { status: 500, once: true }
      api.faults.reviews = { rateLimit: 403, retryAfter: 1, once: true }
      const r = await runAction(bin, api)
      expect(r.code).toBe(0)
      expect(api.requests.filter((q) => q.path.endsWith('/environments'))).toHaveLength(2)
      expect(api.requests.filter((q) => q.path.endsWith('/reviews'))).toHaveLength(2)
    })

    it('a comment the token may not write (fork PR) changes nothing but is said', async () => {
      api.faults['create-comment'] = { status: 403 }
      const r = await runAction(bin, api)
      expect(r.code).toBe(0)
      expect(r.outputs.verdict).toBe('ready')
      expect(r.stdout).toContain('::warning::The PR comment was not written')
      expect(r.summary).toContain('The PR comment was not written')
      expect(existsSync(r.outputs['json-path'])).toBe(true)
    })

    it('without checks: write, annotations fall back to workflow commands, at most 10 errors', async () => {
      api.faults['create-check-run'] = { status: 403 }
      const r = await runAction(bin, api, { example: 'unready-server' })
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='))
      expect(errors.length).toBeGreaterThan(0)
      expect(errors.length).toBeLessThanOrEqual(10)
      expect(r.summary).toContain('The check run was not written')
    })

    // The other events: no pull request, so no comment and no reviews; the check run lands on GITHUB_SHA.
    for (const eventName of ['push', 'merge_group', 'schedule', 'workflow_dispatch']) {
      it(`on ${eventName}: no comment, no reviews read, the check run on the commit; approval not applicable`, async () => {
        const r = await runAction(bin, api, { eventName, event: `${eventName}.event.json` })
        expect(r.code).toBe(0)
        expect(api.requests.some((q) => q.path.includes('/comments'))).toBe(false)
        expect(api.requests.some((q) => q.path.includes('/reviews') || q.path.includes('/contents/'))).toBe(false)
        expect(api.checkRuns).toHaveLength(1)
        expect(api.checkRuns[0].body).toMatchObject({
          name: 'MCP go-live',
          head_sha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
          conclusion: 'success'
        })
        const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
        expect(json.findings.find((f: { check: string }) => f.check === 'report.approval').status).toBe(
          'not applicable'
        )
        expect(
          json.findings
            .filter((f: { check: string }) => f.check === 'policy.branch-protection')
            .map((f: { status: string }) => f.status)
        ).toEqual(['passed', 'passed'])
        // Branch listing, rules for main and release/1.0, environments, the check run.
        expect(apiRequests(api)).toBe(5)
      })
    }

    describe('the API halves of security scanning and dependency updates', () => {
      /** The ready example without its CodeQL workflow and its dependabot.yml: the checkout alone does not pass them. */
      const withoutScanningFiles = () => {
        const ws = mkdtempSync(join(tmpdir(), 'golive-halves-'))
        cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
        rmSync(join(ws, '.github/workflows/codeql.yml'))
        rmSync(join(ws, '.github/dependabot.yml'))
        return ws
      }
      const finding = (r: ActionRun, id: string) =>
        JSON.parse(readFileSync(r.outputs['json-path'], 'utf8')).findings.find((f: { check: string }) => f.check === id)
      const halfRequests = () => api.requests.filter((q) => /code-scanning|automated-security-fixes/.test(q.path))

      it('are not asked when the checkout passes (the healthy PR above makes 10 requests)', async () => {
        await runAction(bin, api)
        expect(halfRequests()).toEqual([])
      })

      it('CodeQL default setup and Dependabot security updates read from the API pass the checks', async () => {
        const r = await runAction(bin, api, { ws: withoutScanningFiles() })
        expect(halfRequests().map((q) => `${q.path}${q.query}`)).toEqual(
          expect.arrayContaining([
            '/repos/octo-org/mcp-servicenow/code-scanning/analyses?ref=refs%2Fheads%2Fmain&per_page=1',
            '/repos/octo-org/mcp-servicenow/automated-security-fixes'
          ])
        )
        expect(halfRequests()).toHaveLength(2)
        expect(finding(r, 'policy.security-scanning')).toMatchObject({
          status: 'passed',
          evidence: [
            {
              api: 'GET /repos/octo-org/mcp-servicenow/code-scanning/analyses?ref=refs/heads/main',
              fact: 'latest analysis: CodeQL on refs/heads/main at 2020-08-27T15:05:21Z'
            }
          ]
        })
        expect(finding(r, 'policy.security-scanning').message).toMatch(
          /^CodeQL analyses refs\/heads\/main \(latest 2020-08-27\)/
        )
        expect(finding(r, 'policy.dependency-updates')).toMatchObject({
          status: 'passed',
          evidence: [{ fact: 'enabled: true, paused: false' }]
        })
        expect(r.code).toBe(0)
        // The healthy PR's 10 and these 2: within the 12 of a PR with everything enabled.
        expect(apiRequests(api)).toBe(12)
      })

      it('no analysis (404, or an empty list) and security updates off (404) or paused: failed, with the API fact', async () => {
        api.faults['code-scanning'] = { status: 404, message: 'no analysis found' }
        api.faults['security-updates'] = { status: 404 }
        let r = await runAction(bin, api, { ws: withoutScanningFiles() })
        expect(finding(r, 'policy.security-scanning')).toMatchObject({
          status: 'failed',
          blocking: true,
          evidence: [{ fact: 'no code scanning analysis' }]
        })
        expect(finding(r, 'policy.dependency-updates').status).toBe('failed')
        expect(finding(r, 'policy.dependency-updates').message).toContain(
          'Dependabot security updates are not enabled either.'
        )
        expect(r.code).toBe(1)
        delete api.faults['code-scanning']
        delete api.faults['security-updates']
        api.answers['code-scanning'] = []
        api.answers['security-updates'] = { enabled: true, paused: true }
        r = await runAction(bin, api, { ws: withoutScanningFiles() })
        expect(finding(r, 'policy.security-scanning').status).toBe('failed')
        expect(finding(r, 'policy.dependency-updates').message).toContain(
          'Dependabot security updates are paused either.'
        )
      })

      it('unreadable (403): not verified, naming the permission; accept-not-verified covers the blocking check, never the critical one', async () => {
        api.faults['code-scanning'] = { status: 403 }
        api.faults['security-updates'] = { status: 403 }
        const ws = withoutScanningFiles()
        const r = await runAction(bin, api, { ws })
        const scanning = finding(r, 'policy.security-scanning')
        expect(scanning).toMatchObject({ status: 'not verified', level: 'critical', blocking: true })
        expect(scanning.fix).toContain('security-events: read')
        const deps = finding(r, 'policy.dependency-updates')
        expect(deps).toMatchObject({ status: 'not verified', blocking: true })
        expect(deps.fix).toContain('Administration: read')
        expect(r.code).toBe(1)
        const accepted = await runAction(bin, api, { ws, inputs: { 'accept-not-verified': 'true' } })
        expect(finding(accepted, 'policy.dependency-updates').blocking).toBe(false)
        expect(finding(accepted, 'policy.security-scanning').blocking).toBe(true)
        expect(accepted.code).toBe(1)
      })
    })
  })
}

describe('waivers and attestations added in a pull request (Node 20)', () => {
  let api: FakeGitHub
  beforeEach(async () => {
    api = await startFakeGitHub()
  })
  afterEach(async () => {
    await api.close()
  })

  const withWaiver = (approvedBy: string) => {
    const ws = mkdtempSync(join(tmpdir(), 'golive-waiver-'))
    cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
    writeFileSync(
      join(ws, '.github/workflows/ci.yml'),
      readFileSync(join(ws, '.github/workflows/ci.yml'), 'utf8').replace(/ {2}image:[\s\S]*$/, '')
    )
    writeFileSync(
      join(ws, 'golive.yaml'),
      readFileSync(join(ws, 'golive.yaml'), 'utf8') +
        `waivers:\n  - check: policy.container-scan\n    reason: scanner arrives with the platform image\n    approvedBy: "${approvedBy}"\n    expires: 2026-12-20\n`
    )
    return ws
  }
  const findings = (r: ActionRun, id: string) =>
    JSON.parse(readFileSync(r.outputs['json-path'], 'utf8')).findings.filter((f: { check: string }) => f.check === id)

  it('a waiver the PR adds does not count until its approver approves the PR (a forged approver is not verified)', async () => {
    const r = await runAction(process.execPath, api, { ws: withWaiver('@bob') })
    expect(findings(r, 'policy.container-scan')[0].status).toBe('warning')
    const rc = findings(r, 'report.config').find((f: { status: string }) => f.status === 'not verified')
    expect(rc.message).toBe(
      'The waiver of policy.container-scan is added or changed in this pull request; it counts once @bob approves the pull request.'
    )
    expect(r.code).toBe(1)
  })

  it('counts once the named approver has approved the head commit', async () => {
    const r = await runAction(process.execPath, api, { ws: withWaiver('@alice') })
    expect(findings(r, 'policy.container-scan')[0]).toMatchObject({
      status: 'waived',
      waiver: { approvedBy: '@alice' }
    })
    expect(r.code).toBe(0)
  })

  it('an entry already on the base branch counts without a new approval', async () => {
    const ws = withWaiver('@bob')
    api.baseConfig = readFileSync(join(ws, 'golive.yaml'), 'utf8')
    api.answers.reviews = []
    const r = await runAction(process.execPath, api, { ws })
    expect(findings(r, 'policy.container-scan')[0].status).toBe('waived')
    expect(findings(r, 'observability.dashboard')[0].status).toBe('attested')
    expect(api.requests.some((q) => q.path.endsWith('/contents/golive.yaml'))).toBe(true)
  })
})

describe('faults on every endpoint (Node 20)', () => {
  let api: FakeGitHub
  beforeEach(async () => {
    api = await startFakeGitHub()
  })
  afterEach(async () => {
    await api.close()
  })

  it.each(['rules', 'protection', 'branches', 'environments', 'reviews', 'user', 'list-comments', 'create-check-run'])(
    '%s answering 500: the run finishes, files written, only what depends on it changes',
    async (route) => {
      api.faults[route] = { status: 500 }
      const r = await runAction(process.execPath, api)
      expect([0, 1]).toContain(r.code)
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      expect(json.schemaVersion).toBe(1)
      expect(existsSync(join(r.outputs['report-path'], 'GOLIVE-REPORT.md'))).toBe(true)
      // Local evidence is untouched by any API fault.
      expect(
        json.findings
          .filter((f: { check: string }) => f.check.startsWith('security.'))
          .every((f: { status: string }) => f.status === 'passed')
      ).toBe(true)
    }
  )

  it('every endpoint failing at once: API checks not verified, nothing crashes, the job fails only for what blocks', async () => {
    for (const route of [
      'rules',
      'protection',
      'branches',
      'environments',
      'reviews',
      'user',
      'list-comments',
      'create-comment',
      'create-check-run'
    ])
      api.faults[route] = { status: 502 }
    const r = await runAction(process.execPath, api)
    expect(r.code).toBe(1)
    const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
    const blocking = json.findings.filter((f: { blocking: boolean }) => f.blocking)
    expect(blocking.length).toBeGreaterThan(0)
    // Only what the API could not confirm blocks: API facts, and the attestation the PR adds (its approval is unreadable).
    expect(blocking.every((f: { status: string }) => f.status === 'not verified')).toBe(true)
    expect(blocking.map((f: { check: string }) => f.check)).toEqual(
      expect.arrayContaining(['policy.branch-protection', 'report.config', 'observability.dashboard'])
    )
    expect(r.summary).toContain('The PR comment was not written')
  })

  it('connection refused: every API fact not verified, files written', async () => {
    const url = api.url
    await api.close()
    const dead = Object.assign(Object.create(api), { url }) as FakeGitHub
    const r = await runAction(process.execPath, dead)
    expect(r.code).toBe(1)
    const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
    const bp = json.findings.find((f: { check: string }) => f.check === 'policy.branch-protection')
    expect(bp.status).toBe('not verified')
    expect(bp.reason).toContain('could not be reached')
    api = await startFakeGitHub()
  })
})
