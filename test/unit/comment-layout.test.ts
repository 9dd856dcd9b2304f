// The comment leads with what blocks (issue 25): the blocking list, one line per check, critical
// first, always there however large the result; the phases collapsed; cuts made per check with a
// note; under GitHub's limits. Rendered as GFM (micromark, and cmark-gfm where installed).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/engine.js'
import { PHASE_TITLES, type Finding } from '../../src/findings.js'
import { CHECK_RUN_SUMMARY_LIMIT, checkRunSummary, workflowAnnotations } from '../../src/publish/check-run.js'
import { COMMENT_LIMIT, commentBody, markerFor } from '../../src/publish/comment-body.js'
import { blockingChecks, checkDocsUrl, renderMarkdown, SUMMARY_LIMIT } from '../../src/report/markdown.js'
import { groupByPhase } from '../../src/report/group.js'
import { EXAMPLES, gate, variant } from '../support/gate.js'
import { gfmRenderers } from '../support/render-gfm.js'

const marker = markerFor('golive.yaml')
const unready = gate(join(EXAMPLES, 'unready-server'))
const ready = gate(join(EXAMPLES, 'ready-server'))

/** The unready example's findings multiplied to `n`, spread over every check it has, with long messages and many places. */
function inflated(n: number): RunResult {
  const base = unready.findings
  const hosts = Array.from({ length: 150 }, (_, i) => `host-${i}.example-public-endpoint.com`).join(', ')
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const f = base[i % base.length]
    const message =
      i % 7 === 0 ? `The source calls public hosts that are not allowlisted: ${hosts}.` : `${f.message} (copy ${i})`
    return {
      ...f,
      message,
      evidence: Array.from({ length: 12 }, (_, k) => ({
        file: `src/generated/module_${i}/file_${k}.py`,
        line: k + 1,
        column: 1,
        note: `place ${k}`
      })),
      omittedEvidence: 30
    }
  })
  return { ...unready, findings, blocking: findings.filter((f) => f.blocking).length }
}

/** A repository whose golive.yaml declares 400 tools the source does not register. */
function fourHundredTools(): RunResult {
  const dir = variant(join(EXAMPLES, 'ready-server'), {})
  const path = join(dir, 'golive.yaml')
  const tools = Array.from(
    { length: 400 },
    (_, i) =>
      `  - name: generated_tool_with_a_long_name_${i}\n    description: Tool ${i}.\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none\n`
  ).join('')
  writeFileSync(path, readFileSync(path, 'utf8').replace('tools:\n', `tools:\n${tools}`))
  return gate(dir)
}

const CASES: [string, () => RunResult][] = [
  ['the unready example', () => unready],
  ['the ready example', () => ready],
  ['300 findings', () => inflated(300)],
  ['3,000 findings', () => inflated(3_000)],
  ['30,000 findings', () => inflated(30_000)],
  ['a golive.yaml with 400 tools', fourHundredTools]
]

/** The markdown outside every <details> block: what a reader sees before opening anything. */
function visible(markdown: string): string[] {
  const out: string[] = []
  let depth = 0
  for (const line of markdown.split('\n')) {
    const opens = (line.match(/<details/g) ?? []).length
    const closes = (line.match(/<\/details>/g) ?? []).length
    if (depth === 0 && line.trim() && !line.startsWith('<!--'))
      out.push(opens ? line.replace(/<details><summary>(.*)<\/summary>/, '▸ $1') : line)
    depth += opens - closes
  }
  return out
}

describe.each(gfmRenderers())('the comment rendered by $name', ({ render }) => {
  describe.each(CASES)('%s', (_name, make) => {
    const result = make()
    const body = commentBody(result, { marker, summaryUrl: 'https://github.example/o/r/actions/runs/1' })
    const html = render(body)
    const blocking = blockingChecks(groupByPhase(result.findings).flatMap((p) => p.checks))

    it('stays under the comment limit, with no line over 10,000 characters', () => {
      expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
      expect(Math.max(...body.split('\n').map((l) => l.length))).toBeLessThanOrEqual(10_000)
    })

    it('lists every blocking check, critical first, each linked to its page, before any phase', () => {
      expect(result.verdict === 'blocked').toBe(blocking.length > 0)
      const listed = [
        ...html.matchAll(
          /href="https:\/\/github\.com\/mcp-golive\/mcp-golive\/blob\/[^"]+\/docs\/checks\/([^"]+)\.md"/g
        )
      ].map((m) => decodeURIComponent(m[1]))
      expect(listed).toEqual(blocking.map((c) => c.check))
      const levels = blocking.map((c) => c.level === 'critical')
      expect(levels).toEqual([...levels].sort((a, b) => Number(b) - Number(a)))
      if (blocking.length) {
        expect(html).toContain(`Blocking (${blocking.length} check${blocking.length === 1 ? '' : 's'})`)
        expect(html.indexOf('Blocking (')).toBeLessThan(html.indexOf('<details'))
        for (const c of blocking.filter((c) => c.level === 'critical'))
          expect(body).toContain(`🛑 **critical** [\`${c.check}\`](${checkDocsUrl(c.check)})`)
      }
    })

    it('keeps every phase, collapsed, and balances every <details>', () => {
      for (const { phase } of groupByPhase(result.findings))
        expect(html).toContain(`<summary>${PHASE_TITLES[phase].replace('—', '—')}`)
      expect((html.match(/<details/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length)
      expect(html).not.toMatch(/<details open/)
    })

    it('counts checks, with findings as detail', () => {
      const checks = groupByPhase(result.findings).reduce((n, p) => n + p.checks.length, 0)
      const head = body.split('\n')[1]
      if (result.verdict === 'blocked') expect(head).toContain(`${blocking.length} of ${checks} checks block`)
      else expect(head).toContain(`all ${checks} checks`)
    })

    it('says what was cut and where the full report is, when it cut', () => {
      if (renderMarkdown(result).length + marker.length + 1 <= COMMENT_LIMIT) expect(body).not.toContain('Shortened')
      else {
        expect(body).toContain('Shortened to fit the comment: left out')
        expect(body).toContain('`.golive/`')
        expect(html).toContain('href="https://github.example/o/r/actions/runs/1"')
      }
    })
  })

  it('a ready result fits in 10 lines before anything is opened', () => {
    expect(visible(commentBody(ready, { marker })).length).toBeLessThanOrEqual(10)
  })
})

describe('the check run summary and the job summary follow the same rules', () => {
  const big = inflated(30_000)
  const blocking = blockingChecks(groupByPhase(big.findings).flatMap((p) => p.checks))

  it('check run: under its limit, every blocking check, and the note', () => {
    const summary = checkRunSummary(big)
    expect(summary.length).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_LIMIT)
    for (const c of blocking) expect(summary).toContain(`(${checkDocsUrl(c.check)})`)
    expect(summary).toContain('Shortened to fit the check run')
  })

  it('job summary: under its limit in bytes, every blocking check', () => {
    const summary = renderMarkdown(big, {
      limit: SUMMARY_LIMIT - 8192,
      measure: (s) => Buffer.byteLength(s),
      surface: 'job summary'
    })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    for (const c of blocking) expect(summary).toContain(`(${checkDocsUrl(c.check)})`)
  })
})

describe('fallback annotations', () => {
  it('never spend two slots on the same message', () => {
    const result = inflated(300)
    const list = workflowAnnotations(result)
    expect(list.length).toBeGreaterThan(5)
    const keys = list.map((a) => `${a.title}\u0000${a.message}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(list.some((a) => /\(and \d+ more places?\)$/.test(a.message))).toBe(true)
  })
})

describe('check --format markdown', () => {
  it('prints exactly the comment body the action posts', async () => {
    const { spawnSync } = await import('node:child_process')
    const { ROOT } = await import('../support/gate.js')
    const dir = join(EXAMPLES, 'unready-server')
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), 'check', dir, '--format', 'markdown', '--today', '2026-11-24'],
      { encoding: 'utf8', timeout: 60_000 }
    )
    expect(r.status).toBe(1)
    expect(r.stdout).toBe(commentBody(unready, { marker: markerFor(unready.config.path) }))
  })
})
