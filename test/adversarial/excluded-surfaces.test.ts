// A pull request can edit golive.yaml's paths to leave out the one file that blocks (issue 21).
// Whatever paths.exclude leaves out, or paths.include does not name, is counted and named in every
// surface (JSON, text, the Markdown of the PR comment), and a critical check that could have read it
// is `not verified` there too, unless an attestation of the check names the path or a glob of it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/engine.js'
import { checkRunSummary } from '../../src/publish/check-run.js'
import { commentBody, markerFor } from '../../src/publish/comment-body.js'
import { renderSarif } from '../../src/publish/sarif.js'
import { buildReport, renderReportJson, renderReportMarkdown, reportSchema } from '../../src/report/go-live-report.js'
import { runGate } from '../../src/run.js'
import { renderJson } from '../../src/report/json.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { EXAMPLES, findingsOf, gate, TODAY, variant } from '../support/gate.js'
import { cli } from '../support/hostile-repo.js'

const READY = join(EXAMPLES, 'ready-server')
const CONFIG = readFileSync(join(READY, 'golive.yaml'), 'utf8')
const IMAGE_TOOL = [
  "import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'",
  'export function more(server: McpServer): void {',
  "  server.registerTool('search_tickets', { description: 'x' }, async () => ({",
  "    content: [{ type: 'image', data: 'AAAA', mimeType: 'image/png' }]",
  '  }))',
  '}',
  ''
].join('\n')
/** Every file of the ready example's source, as paths.include would name them one by one. */
const READY_FILES = [
  'src/index.ts',
  'src/auth.ts',
  'src/audit.ts',
  'src/servicenow.ts',
  'src/telemetry.ts',
  'src/tools/tickets.ts',
  'test/**',
  'deploy/**',
  '.github/**',
  '*.md',
  '*.json',
  '*.yaml',
  'Dockerfile'
]
/** A name a terminal or a Markdown renderer would take as markup. */
const HOSTILE_NAME = 'src/tools/a`|<b>\n::error::x.ts'

const repoWith = (paths: string, files: Record<string, string> = {}) =>
  variant(READY, { 'src/tools/more.ts': IMAGE_TOOL, 'golive.yaml': `${CONFIG}paths:\n${paths}`, ...files })

/** The text output read as one line (it wraps long lines). */
const flat = (s: string) => s.replace(/\s+/g, ' ')

function expectLeftOutEverywhere(result: RunResult, paths: string[], count: number): void {
  const json = JSON.parse(renderJson(result))
  expect(json.excluded.count).toBe(count)
  expect(json.excluded.files).toEqual(expect.arrayContaining(paths))
  const text = renderText(result, { colour: false, width: 100 })
  expect(text).toContain(`Left out by paths.include/exclude: ${count} file${count === 1 ? '' : 's'} (`)
  for (const p of paths) expect(text).toContain(p)
  const comment = commentBody(result, { marker: markerFor('golive.yaml') })
  expect(comment).toContain(`> Left out by paths.include/exclude: ${count} file${count === 1 ? '' : 's'} (`)
  for (const p of paths) expect(comment).toContain(`\`${p}\``)
  // The critical check the left-out file would fail is not verified, not passed, in each of them.
  const ct = json.findings.find((f: { check: string }) => f.check === 'security.content-types')
  expect(ct.status).toBe('not verified')
  expect(ct.message).toContain('paths.include/exclude leaves out')
  expect(flat(text)).toContain('CRITICAL security.content-types: No image, audio or resource-link content')
  expect(flat(text)).toMatch(/not verified security\.content-types .*paths\.include\/exclude leaves out/)
  expect(comment).toContain('| ❔ | `security.content-types` | critical | not verified |')
  expect(comment).toContain('## ⛔ MCP go-live: blocked')
}

describe('a file left out by golive.yaml is said in every surface', () => {
  it('paths.exclude of the file with image content: JSON, text and comment', () => {
    const result = gate(repoWith('  exclude: ["src/tools/more.ts"]\n'))
    expect(result.verdict).toBe('blocked')
    expectLeftOutEverywhere(result, ['src/tools/more.ts'], 1)
  })

  it('a paths.include that names every file but that one hides it as much: said the same way', () => {
    const include = `  include: [${READY_FILES.map((f) => JSON.stringify(f)).join(', ')}]\n`
    const result = gate(repoWith(include))
    expect(findingsOf(result.findings, 'security.content-types').map((f) => f.status)).not.toContain('passed')
    expect(result.verdict).toBe('blocked')
    expectLeftOutEverywhere(result, ['src/tools/more.ts'], 1)
    // An attestation of the check whose subject is a glob of the path approves leaving it out.
    const att = CONFIG.replace(
      'attestations:\n',
      'attestations:\n  - check: security.content-types\n    by: "@alice"\n' +
        '    date: 2026-11-02\n    subject: "src/tools/m*.ts"\n    note: reviewed, not deployed\n'
    )
    const approved = gate(
      variant(READY, { 'src/tools/more.ts': IMAGE_TOOL, 'golive.yaml': `${att}paths:\n${include}` })
    )
    expect(findingsOf(approved.findings, 'security.content-types').map((f) => f.status)).toEqual(['passed'])
    expect(approved.excluded.count).toBe(1)
  })

  it('many files and hostile names: counted in full, named inert, the comment keeps them when shortened', () => {
    const many = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`src/tools/gen${i}.ts`, 'export {}\n']))
    const result = gate(repoWith('  exclude: ["src/tools/[amg]*"]\n', { [HOSTILE_NAME]: 'export {}\n', ...many }))
    expect(result.excluded.count).toBe(9)
    const text = renderText(result, { colour: false, width: 100 })
    expect(text).toContain('Left out by paths.include/exclude: 9 files (')
    expect(text).toContain('src/tools/a`|<b>\\u000a::error::x.ts')
    expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false)
    const md = renderMarkdown(result)
    expect(md).toContain('> Left out by paths.include/exclude: 9 files (')
    expect(md).toContain(', +4 more).')
    expect(md.split('\n').some((l) => l.startsWith('::'))).toBe(false)
    // The most compact comment still says it.
    const shortest = renderMarkdown(result, { limit: 500, surface: 'comment' })
    expect(shortest).toContain('> Left out by paths.include/exclude: 9 files (')
  })

  it('leaving out source does not make policy.test-data (which reads test code only) not verified', () => {
    const result = gate(repoWith('  exclude: ["src/tools/more.ts"]\n'))
    expect(findingsOf(result.findings, 'policy.test-data').map((f) => f.status)).toEqual(['passed'])
  })

  it('the CLI prints the same in each format', () => {
    const dir = repoWith('  exclude: ["src/tools/more.ts"]\n')
    const run = (format: string) => cli(['check', dir, '--format', format], { env: { NO_COLOR: '1' } })
    const formats = ['json', 'text', 'markdown'].map(run)
    for (const r of formats) expect(r.status, r.stderr).toBe(1)
    const [json, text, markdown] = formats.map((r) => r.stdout)
    expect(JSON.parse(json).excluded).toEqual({ count: 1, files: ['src/tools/more.ts'] })
    expect(text).toContain('Left out by paths.include/exclude: 1 file (src/tools/more.ts).')
    expect(markdown).toContain('> Left out by paths.include/exclude: 1 file (`src/tools/more.ts`).')
    expect(markdown).toContain('| ❔ | `security.content-types` | critical | not verified |')
  })
})

// The same two lists (left out, and not read: binary, undecodable, too deep, too large) in every surface the gate
// writes, the approver's report files included: the count, the first paths, and how many more there are.
describe('files the verdict does not cover: counted and named in every surface', () => {
  const binaries = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`assets/img${i}.png`, '\u0000PNG\u0000']))
  const generated = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`src/tools/gen${i}.ts`, 'export {}\n']))
  const dir = () => repoWith('  exclude: ["src/tools/[mg]*"]\n', { ...binaries, ...generated })
  const LEFT_OUT = ['src/tools/gen0.ts', 'src/tools/gen1.ts', 'src/tools/gen2.ts', 'src/tools/gen3.ts']
  const NOT_READ = ['assets/img0.png', 'assets/img1.png', 'assets/img2.png', 'assets/img3.png', 'assets/img4.png']

  /** A rendering names the first files of both lists, and says how many more. */
  function expectBoth(surface: string, text: string, options: { more: boolean } = { more: true }): void {
    expect(text, surface).toMatch(/Left out by paths\.include\/exclude: 8 files/)
    expect(text, surface).toMatch(/7 files were not read \(7 binary\)/)
    for (const p of [...LEFT_OUT, ...NOT_READ]) expect(text, `${surface}: ${p}`).toContain(p)
    if (options.more) {
      expect(text, surface).toContain('+3 more')
      expect(text, surface).toContain('+2 more')
    }
  }

  it('the run has both lists (the test can fail)', () => {
    const { result } = runGate({ dir: dir(), today: TODAY })
    expect(result.excluded.count).toBe(8)
    expect(result.notRead).toMatchObject({ count: 7, byReason: { binary: 7 } })
  })

  it('text, PR comment, job summary and check-run summary: the first five of each, then +N more', () => {
    const { result } = runGate({ dir: dir(), today: TODAY })
    expectBoth('text', flat(renderText(result, { colour: false, width: 100 })))
    expectBoth('comment', commentBody(result, { marker: markerFor('golive.yaml') }))
    expectBoth('job summary', renderMarkdown(result, { surface: 'job summary', limit: 60_000 }))
    expectBoth('check run', checkRunSummary(result))
  })

  it('SARIF: one notification per listed file, and the counts', () => {
    const { result } = runGate({ dir: dir(), today: TODAY })
    const sarif = JSON.parse(renderSarif(result))
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications as {
      message: { text: string }
      locations?: { physicalLocation: { artifactLocation: { uri: string } } }[]
    }[]
    const texts = notes.map((n) => n.message.text).join('\n')
    expect(texts).toContain('Left out by paths.include/exclude: 8 files')
    expect(texts).toContain('7 files were not read (7 binary)')
    const uris = notes.flatMap((n) => n.locations ?? []).map((l) => l.physicalLocation.artifactLocation.uri)
    expect(uris).toEqual(expect.arrayContaining([...LEFT_OUT, 'src/tools/more.ts', ...NOT_READ, 'assets/img6.png']))
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(true)
  })

  it('the go-live report files: JSON (by its schema) and Markdown', () => {
    const run = runGate({ dir: dir(), today: TODAY })
    const report = buildReport({ result: run.result, ctx: run.ctx, values: run.values })
    const json = reportSchema.parse(JSON.parse(renderReportJson(report)))
    expect(json.excluded.count).toBe(8)
    expect(json.excluded.files).toEqual(expect.arrayContaining([...LEFT_OUT, 'src/tools/more.ts']))
    expect(json.not_read).toMatchObject({ count: 7, by_reason: { binary: 7 } })
    expect(json.not_read.files).toContainEqual({ path: 'assets/img6.png', reason: 'binary' })
    const md = renderReportMarkdown(report)
    expect(md).toContain('## Files the verdict does not cover')
    // The report is the record: it lists every file the result lists, not the first five.
    expectBoth('report', md, { more: false })
    expect(md).toContain('`assets/img6.png` (binary)')
    expect(md).toContain('`src/tools/gen6.ts`')
  })

  it('the report lists at most 20 of a list, then +N more', () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`assets/b${i}.bin`, '\u0000x']))
    const run = runGate({ dir: variant(READY, many), today: TODAY })
    expect(run.result.notRead.count).toBe(25)
    const md = renderReportMarkdown(buildReport({ result: run.result, ctx: run.ctx, values: run.values }))
    expect(md).toContain('+5 more')
    expect(md).toContain('25 files were not read (25 binary)')
  })

  it('none of either: the report says every file was read and none was left out', () => {
    const run = runGate({ dir: READY, today: TODAY })
    const report = buildReport({ result: run.result, ctx: run.ctx, values: run.values })
    expect(report.not_read.count).toBe(0)
    expect(report.excluded.count).toBe(0)
    expect(renderReportMarkdown(report)).toContain(
      'Every file in the checkout was read, and paths.include/exclude left none out.'
    )
  })

  it('the CLI report command writes both lists into GOLIVE-REPORT.md and golive-report.json', () => {
    const ws = dir()
    const r = cli(['report', ws, '--today', TODAY])
    expect(r.status, r.stderr).toBe(1)
    expectBoth('GOLIVE-REPORT.md', readFileSync(join(ws, '.golive', 'GOLIVE-REPORT.md'), 'utf8'), { more: false })
    const json = JSON.parse(readFileSync(join(ws, '.golive', 'golive-report.json'), 'utf8'))
    expect(json.excluded.count).toBe(8)
    expect(json.not_read.count).toBe(7)
  })
})
