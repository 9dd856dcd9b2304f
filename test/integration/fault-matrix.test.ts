// Every fault class on every endpoint the gate calls, one at a time, and all
// together: the bundled action (Node 24 when present, the action's runtime)
// against the loopback fake API. Each run must finish in bounded time, write its
// report files, say `not verified` with the reason for what it could not read,
// and fail the job only for what blocks.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markerFor } from '../../src/publish/comment.js'
import { runAction, type ActionRun } from '../support/action-run.js'
import { startFakeGitHub, type FakeGitHub, type Fault } from '../support/fake-github.js'
import { EXAMPLES, ROOT } from '../support/gate.js'
import { nodeBinaries } from '../support/node-binaries.js'

const bin = nodeBinaries().at(-1)!.bin

/** The fault classes, and the words the finding's reason uses for each. */
const FAULTS: [label: string, fault: Fault, reason: RegExp][] = [
  ['401', { status: 401 }, /refused \(HTTP 401\)/],
  ['403 permission', { status: 403 }, /may not read it \(HTTP 403\)/],
  ['404', { status: 404 }, /HTTP 404/],
  ['500', { status: 500 }, /failed \(HTTP 500\)/],
  ['403 rate limit', { rateLimit: 403, retryAfter: 60 }, /rate limited \(HTTP 403\)/],
  ['429 rate limit', { rateLimit: 429, retryAfter: 60 }, /rate limited \(HTTP 429\)/],
  ['timeout', { delayMs: 4000 }, /did not answer in time/],
  ['malformed JSON', { malformed: true }, /not valid JSON/]
]

/** The ready example without its CodeQL workflow and dependabot.yml, so the API halves are asked. */
function withoutScanningFiles(): string {
  const ws = mkdtempSync(join(tmpdir(), 'golive-faults-'))
  cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
  rmSync(join(ws, '.github/workflows/codeql.yml'))
  rmSync(join(ws, '.github/dependabot.yml'))
  return ws
}

interface Endpoint {
  route: string
  /** The check that reads it; undefined for the surfaces the gate writes (the verdict must not change). */
  check?: string
  /** Every check that may stop passing when it cannot be read (the fact feeds them all); nothing else may block. */
  affects?: string[]
  /** What makes the gate ask it. */
  setup?: (api: FakeGitHub) => void
  ws?: () => string
  /** A 404 here is a documented answer ("none", "disabled", "new file"), not a failure to read. */
  notFoundMeans?: 'failed' | 'answer'
}

/** A comment of ours from an earlier run (the token's identity is golive-bot, see fake-github.ts). */
const marked = (api: FakeGitHub) => {
  api.comments.push({ id: 900, body: `${markerFor('golive.yaml')}\nold`, user: { login: 'golive-bot', type: 'User' } })
}

const PROTECTION = ['policy.branch-protection', 'policy.code-review']
/** golive.yaml with the dashboard attested by carol, who does not review the PR (alice, an approver, does). */
const CAROL_YAML = readFileSync(join(EXAMPLES, 'ready-server', 'golive.yaml'), 'utf8').replace(
  'by: "@alice"',
  'by: "@carol"'
)
/** The base branch already has carol's attestation, so it counts without her approval — as long as the base can be read. */
const carolAttests = () => {
  const ws = mkdtempSync(join(tmpdir(), 'golive-faults-'))
  cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
  writeFileSync(join(ws, 'golive.yaml'), CAROL_YAML)
  return ws
}

/**
 * No ruleset, and classic protection a token with Administration: read can read: the documented
 * example with force pushes and deletions turned off (the example allows both, which fails).
 */
const classicOnly = (api: FakeGitHub) => {
  const documented = JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/github-api/documented/branch-protection.json'), 'utf8')
  )
  api.answers.rules = []
  api.answers.protection = {
    ...documented,
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false }
  }
}

const ENDPOINTS: Endpoint[] = [
  { route: 'branches', check: 'policy.branch-protection', affects: ['policy.branch-protection'] },
  { route: 'rules', check: 'policy.branch-protection', affects: PROTECTION },
  // Classic protection is asked only when the rulesets leave something open.
  { route: 'protection', check: 'policy.branch-protection', affects: PROTECTION, setup: classicOnly },
  { route: 'environments', check: 'policy.environments', affects: ['policy.environments'] },
  // The reviews also carry the approvals that make PR-added attestations count.
  {
    route: 'reviews',
    check: 'policy.code-review',
    affects: ['policy.code-review', 'report.approval', 'report.config', 'observability.dashboard']
  },
  {
    route: 'contents',
    check: 'report.config',
    affects: ['report.config', 'observability.dashboard'],
    setup: (api) => (api.baseConfig = CAROL_YAML),
    ws: carolAttests,
    notFoundMeans: 'answer'
  },
  {
    route: 'code-scanning',
    check: 'policy.security-scanning',
    affects: ['policy.security-scanning'],
    ws: withoutScanningFiles,
    notFoundMeans: 'failed'
  },
  {
    route: 'security-updates',
    check: 'policy.dependency-updates',
    affects: ['policy.dependency-updates'],
    ws: withoutScanningFiles,
    notFoundMeans: 'failed'
  },
  // Who the token is: asked once a marked comment exists; unreadable, the gate assumes GITHUB_TOKEN's bot.
  { route: 'user', setup: marked },
  { route: 'list-comments' },
  { route: 'create-comment' },
  { route: 'update-comment', setup: marked },
  { route: 'create-check-run' }
]

const findings = (r: ActionRun) =>
  JSON.parse(readFileSync(r.outputs['json-path'], 'utf8')).findings as {
    check: string
    status: string
    message: string
    reason?: string
    blocking: boolean
  }[]

describe.concurrent('each fault class on each endpoint, alone (bundled action, Node 24 when present)', () => {
  // Each scenario passes when nothing fails, so what changes under a fault is the fault's doing.
  it.each(ENDPOINTS.map((e) => [e.route, e] as const))(
    '%s without a fault: the scenario is healthy',
    async (_route, e) => {
      const local = await startFakeGitHub()
      try {
        e.setup?.(local)
        const r = await runAction(bin, local, { ws: e.ws?.() })
        expect(
          local.requests.some((q) => q.route === e.route),
          `${e.route} was not asked`
        ).toBe(true)
        expect(
          findings(r)
            .filter((f) => f.blocking)
            .map((f) => `${f.check}: ${f.message}`)
        ).toEqual([])
        expect(r.code).toBe(0)
      } finally {
        await local.close()
      }
    }
  )

  const cases = ENDPOINTS.flatMap((e) => FAULTS.map(([label, fault, reason]) => ({ e, label, fault, reason })))
  it.each(cases.map((c) => [`${c.e.route} × ${c.label}`, c] as const))(
    '%s',
    async (_name, { e, fault, reason, label }) => {
      const local = await startFakeGitHub()
      try {
        e.setup?.(local)
        local.faults[e.route] = fault
        const started = Date.now()
        const r = await runAction(bin, local, { ws: e.ws?.() })
        // Bounded: one retry at most, 2 s per request (api-timeout), nothing waits for a long rate limit.
        expect(Date.now() - started).toBeLessThan(25_000)
        expect(
          local.requests.some((q) => q.route === e.route),
          `${e.route} was not asked`
        ).toBe(true)
        expect(existsSync(r.outputs['json-path'])).toBe(true)
        expect(existsSync(join(r.outputs['report-path'], 'GOLIVE-REPORT.md'))).toBe(true)
        expect(existsSync(join(r.outputs['report-path'], 'golive.sarif'))).toBe(true)
        expect(r.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/) // no stack trace
        const all = findings(r)
        const blocking = [...new Set(all.filter((f) => f.blocking).map((f) => f.check))]
        if (!e.check) {
          // A surface the gate writes: the verdict is the healthy one, and the summary says what was not written.
          expect(r.code).toBe(0)
          expect(blocking).toEqual([])
          if (e.route !== 'user') expect(r.summary).toMatch(/was not written/)
          return
        }
        if (label === '404' && e.notFoundMeans) {
          // A documented answer, judged as such.
          if (e.notFoundMeans === 'failed')
            expect(all.filter((f) => f.check === e.check).map((f) => f.status)).toContain('failed')
          return
        }
        const mine = all.filter((f) => f.check === e.check && f.status === 'not verified')
        expect(mine.length, `${e.check} should say not verified`).toBeGreaterThan(0)
        expect(mine.map((f) => `${f.message} ${f.reason}`).join('\n')).toMatch(reason)
        // Only what could not be read blocks.
        expect(r.code).toBe(1)
        expect(blocking).toContain(e.check)
        expect(blocking.filter((c) => !e.affects!.includes(c))).toEqual([])
        expect(all.filter((f) => f.blocking).every((f) => f.status === 'not verified')).toBe(true)
      } finally {
        await local.close()
      }
    }
  )

  it('all read endpoints failing together, each with a different fault: every API check not verified, files written, bounded', async () => {
    const api = await startFakeGitHub()
    const reads = ENDPOINTS.filter((e) => e.check && e.route !== 'protection' && e.route !== 'contents')
    reads.forEach((e, i) => (api.faults[e.route] = FAULTS[i % FAULTS.length][1]))
    const started = Date.now()
    const r = await runAction(bin, api, { ws: withoutScanningFiles() }).finally(() => api.close())
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(r.code).toBe(1)
    const all = findings(r)
    for (const e of reads)
      expect(
        all.some((f) => f.check === e.check && (f.status === 'not verified' || f.status === 'failed')),
        e.check
      ).toBe(true)
    expect(
      all
        .filter((f) => f.blocking)
        .map((f) => f.check)
        .filter((c) => !reads.some((e) => e.affects!.includes(c)))
    ).toEqual([])
    expect(
      all
        .filter((f) => f.blocking)
        .every(
          (f) =>
            f.status === 'not verified' ||
            f.check === 'policy.security-scanning' ||
            f.check === 'policy.dependency-updates'
        )
    ).toBe(true)
    expect(existsSync(join(r.outputs['report-path'], 'GOLIVE-REPORT.md'))).toBe(true)
  })
})

// The write side: a pull request controls .golive/ as much as any file. Each result file, and the
// directory itself, replaced by a link out of the checkout: the step fails with the reason (exit 2,
// no stack trace), and nothing outside the checkout changes.
describe.concurrent('each result file a link out of the checkout (bundled action)', () => {
  const RESULT_FILES = ['golive-result.json', 'golive.sarif', 'summary.md', 'GOLIVE-REPORT.md', 'golive-report.json']
  it.each([['.golive', ...RESULT_FILES.map((f) => `.golive/${f}`)]].flat())('%s', async (linked) => {
    const ws = mkdtempSync(join(tmpdir(), 'golive-links-'))
    cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
    const outside = mkdtempSync(join(tmpdir(), 'golive-victim-'))
    writeFileSync(join(outside, 'victim'), 'keep me\n')
    if (linked === '.golive') symlinkSync(outside, join(ws, '.golive'))
    else {
      mkdirSync(join(ws, '.golive'))
      symlinkSync(join(outside, 'victim'), join(ws, linked))
    }
    const api = await startFakeGitHub()
    const r = await runAction(bin, api, { ws }).finally(() => api.close())
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(
      new RegExp(
        `::error::cannot write .*${linked.split('/').pop()!.replace(/\./g, '\\.')}.* is a symbolic link inside the checkout`
      )
    )
    expect(r.stdout).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/)
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('keep me\n')
    expect(readdirSync(outside)).toEqual(['victim'])
    expect(r.outputs.verdict).toBe('error')
  })
})
