// "New in this PR" with the bundled action against the loopback GitHub API: a push run on the
// base commit stores its digest on its check run; the pull request's run reads it back and marks
// what the PR introduces and resolves. Without a readable base, the comment claims nothing.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { EXAMPLES, variant } from '../support/gate.js'
import { expectNoLeak, hostileRepo, tokens } from '../support/hostile-repo.js'

const BASE_SHA = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e'
const UNREADY = join(EXAMPLES, 'unready-server')
const ENV_SECRET = 'kV8Q~r3aLmZpT0wqN4yB7eXcD2fG5hJ9uI1oP6sA'
const WEBHOOK_SECRET = 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7sU9w'
/** The PR: the committed .env is gone (resolved), a new file commits a Slack webhook (new). */
const prCheckout = () =>
  variant(UNREADY, {
    '.env': null,
    'src/mcp_mailbox/settings.py':
      'ALERTS = "https://hooks.slack.com/services/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zA9cE1gI3kM5oQ7sU9q"\n'
  })
const NEW_KEY = 'policy.secrets|failed|src/mcp_mailbox/settings.py'
const RESOLVED_KEY = 'policy.secrets|failed|.env'
const resultOf = (r: { outputs: Record<string, string> }) => JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
const debugLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::debug::'))

describe('new in this PR (dist/index.js, pull_request)', () => {
  let api: FakeGitHub
  beforeEach(async () => {
    api = await startFakeGitHub()
  })
  afterEach(async () => {
    await api.close()
  })

  it('reads the base commit’s check run back and marks new and resolved blocking findings', async () => {
    api.baseConfig = readFileSync(join(UNREADY, 'golive.yaml'), 'utf8')
    const base = await runAction(process.execPath, api, {
      example: 'unready-server',
      eventName: 'push',
      event: 'push.event.json'
    })
    expect(base.code).toBe(1)
    expect(api.checkRuns).toHaveLength(1)
    const stored = api.checkRuns[0].body.output.text as string
    expect(stored).toContain('<!-- mcp-golive:base-digest v1 ')
    expect(stored).toContain(RESOLVED_KEY)
    // The secrets the base's findings are about are not stored, in full or beyond 4 characters.
    expectNoLeak('check run', JSON.stringify(api.checkRuns), [ENV_SECRET, WEBHOOK_SECRET])

    const pr = await runAction(process.execPath, api, { ws: prCheckout() })
    expect(pr.code).toBe(1)
    const read = api.requests.filter((q) => q.route === 'commit-check-runs')
    expect(read.map((q) => q.path)).toEqual([`/repos/octo-org/mcp-servicenow/commits/${BASE_SHA}/check-runs`])
    expect(new URLSearchParams(read[0].query).get('check_name')).toBe('MCP go-live')
    expect(resultOf(pr).comparison).toEqual({
      base: { sha: BASE_SHA, source: 'check-run' },
      newBlocking: [NEW_KEY],
      resolved: [RESOLVED_KEY]
    })
    expect(resultOf(pr).schemaVersion).toBe(1)

    const body = api.comments[0].body
    const headline = body.split('\n')[1]
    expect(headline).toMatch(/^## ⛔ MCP go-live: blocked — .* · 1 new blocking, 1 resolved$/)
    const blockingLines = body.split('\n').filter((l: string) => /^- .*\[`[a-z.-]+`\]\(/.test(l))
    expect(blockingLines.length).toBeGreaterThan(10)
    // Only the check holding the new finding is marked.
    expect(
      blockingLines
        .filter((l: string) => l.startsWith('- 🆕 **new** '))
        .map((l: string) => /\[`([a-z.-]+)`\]/.exec(l)![1])
    ).toEqual(['policy.secrets'])
    expect(body).toContain('### Resolved in this PR (1 blocking finding of the base)')
    expect(body).toContain('- ✅ `policy.secrets` was failed at `.env`')
    // The job summary and the PR's own check run say it too.
    expect(pr.summary).toContain('1 new blocking, 1 resolved')
    expect(api.checkRuns[1].body.output.summary).toContain('1 new blocking, 1 resolved')
  })

  it('no base check run and no base-result: no claims, and a debug note says why', async () => {
    const pr = await runAction(process.execPath, api, { example: 'unready-server' })
    expect(pr.code).toBe(1)
    expect(api.requests.filter((q) => q.route === 'commit-check-runs')).toHaveLength(1)
    expect(resultOf(pr).comparison).toBeUndefined()
    const body = api.comments[0].body
    expect(body).not.toMatch(/new blocking|resolved|🆕/i)
    expect(pr.summary).not.toMatch(/new blocking|Resolved in this PR/)
    expect(debugLines(pr.stdout).join('\n')).toContain(`has no "MCP go-live" check run`)
  })

  const garbled: [string, (api: FakeGitHub) => void, RegExp][] = [
    [
      'a digest cut off',
      (a) =>
        (a.answers['commit-check-runs'] = {
          total_count: 1,
          check_runs: [
            {
              completed_at: '2026-11-24T10:00:00Z',
              output: { text: '<!-- mcp-golive:base-digest v1 {"v":1,"sha":"f9' }
            }
          ]
        }),
      /cut off/
    ],
    [
      'a digest that is not JSON',
      (a) =>
        (a.answers['commit-check-runs'] = {
          total_count: 1,
          check_runs: [{ completed_at: 'x', output: { text: '<!-- mcp-golive:base-digest v1 {v:1} -->' } }]
        }),
      /not JSON/
    ],
    [
      'a digest of the wrong shape',
      (a) =>
        (a.answers['commit-check-runs'] = {
          total_count: 1,
          check_runs: [
            {
              output: {
                text: '<!-- mcp-golive:base-digest v1 {"v":1,"sha":null,"config":"golive.yaml","blocking":[1]} -->'
              }
            }
          ]
        }),
      /unexpected shape/
    ],
    [
      'a check run without output',
      (a) => (a.answers['commit-check-runs'] = { total_count: 1, check_runs: [{ id: 3 }] }),
      /no output text/
    ],
    ['an answer that is not JSON', (a) => (a.faults['commit-check-runs'] = { malformed: true }), /check-runs/],
    ['a 403', (a) => (a.faults['commit-check-runs'] = { status: 403 }), /check-runs/]
  ]
  for (const [what, fault, note] of garbled) {
    it(`${what} on the base commit: no claims, a debug note, never a crash`, async () => {
      fault(api)
      const pr = await runAction(process.execPath, api, { example: 'unready-server' })
      expect(pr.code).toBe(1)
      expect(pr.outputs.verdict).toBe('blocked')
      expect(pr.stdout).not.toContain('internal error')
      expect(resultOf(pr).comparison).toBeUndefined()
      expect(api.comments[0].body).not.toMatch(/new blocking|Resolved in this PR|🆕/)
      const notes = debugLines(pr.stdout).filter((l) => l.includes('New in this PR'))
      expect(notes).toHaveLength(1)
      expect(notes[0]).toMatch(note)
    })
  }

  it('the base-result input, when the base commit has no check run', async () => {
    api.baseConfig = readFileSync(join(UNREADY, 'golive.yaml'), 'utf8')
    const base = await runAction(process.execPath, api, {
      example: 'unready-server',
      eventName: 'push',
      event: 'push.event.json'
    })
    const file = join(mkdtempSync(join(tmpdir(), 'golive-base-')), 'base-result.json')
    copyFileSync(base.outputs['json-path'], file)
    api.checkRuns.length = 0
    const pr = await runAction(process.execPath, api, { ws: prCheckout(), inputs: { 'base-result': file } })
    expect(resultOf(pr).comparison).toEqual({
      base: { sha: BASE_SHA, source: 'base-result' },
      newBlocking: [NEW_KEY],
      resolved: [RESOLVED_KEY]
    })
    expect(api.comments[0].body.split('\n')[1]).toMatch(/ · 1 new blocking, 1 resolved$/)
  })

  it('a garbled base-result input: a warning naming the file, no claims', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'golive-base-')), 'base-result.json')
    const pr = await runAction(process.execPath, api, { example: 'unready-server', inputs: { 'base-result': file } })
    expect(pr.code).toBe(1)
    expect(resultOf(pr).comparison).toBeUndefined()
    expect(pr.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('base-result'))[0]).toContain(
      file
    )
  })

  it('a hostile repository: the stored digest holds keys, never a planted token', async () => {
    const t = tokens(20261206)
    const base = await runAction(process.execPath, api, {
      ws: hostileRepo(t),
      eventName: 'push',
      event: 'push.event.json'
    })
    expect(base.code).toBe(1)
    const stored = api.checkRuns[0].body.output.text as string
    expect(stored).toContain('mcp-golive:base-digest')
    expect(stored).toContain('policy.secrets|failed|.env')
    expectNoLeak('stored digest', stored, [t.github, t.aws, t.dotenv])
  })
})
