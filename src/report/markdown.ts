// The Markdown checklist: the PR comment, the check run's summary and the job
// summary. What blocks comes first, one line per check; the phases follow,
// collapsed. Every repository-supplied string goes through escape.ts.
import { isFileEvidence, PHASE_TITLES, type Evidence, type Finding, type Status } from '../findings.js'
import type { RunResult } from '../engine.js'
import { TOOL_VERSION } from '../version.js'
import { code, fixMarkdown, md, mdKeepCode } from './escape.js'
import { cellText } from '../evidence/derived/capability-matrix.js'
import { excludedSummary, groupByPhase, notReadSummary, someOf, STATUS_ICON, type CheckGroup } from './group.js'
import { comparisonLine, hasNewBlocking, keyParts } from './comparison.js'

/** Where `explain`'s pages are published, for the release that made this result. */
export const CHECK_DOCS_BASE = `https://github.com/mcp-golive/mcp-golive/blob/v${TOOL_VERSION}/docs/checks`

export const checkDocsUrl = (check: string) => `${CHECK_DOCS_BASE}/${encodeURIComponent(check)}.md`

/** At most `max` characters of a repository string, before it is escaped (so an escape is never split). */
export function clip(text: string, max: number): string {
  const s = String(text)
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`
}

export function evidenceMarkdown(e: Evidence, linkBase?: string): string {
  if (isFileEvidence(e)) {
    const where = clip(`${e.file}:${e.line}:${e.column}`, 300)
    const note = e.note ? ` — ${md(clip(e.note, 300))}` : ''
    if (linkBase)
      return `[${code(where)}](${linkBase}/${e.file.split('/').map(encodeURIComponent).join('/')}#L${e.line})${note}`
    return `${code(where)}${note}`
  }
  return `${code(clip(e.api, 200))}: ${md(clip(e.fact, 300))}`
}

/** How much of each check's detail a rendering keeps; the levels below are tried in order until the body fits. */
interface Detail {
  /** Findings shown per check (Infinity: all). */
  findings: number
  /** Evidence shown per finding. */
  evidence: number
  fixes: boolean
  passedEvidence: boolean
  /** Per-check detail at all (the phase tables are always there). */
  checkDetail: boolean
  /** Characters of a message in the blocking list and the tables. */
  summaryChars: number
  /** Characters of a message in a check's detail. */
  messageChars: number
  /** What this level leaves out, for the note. */
  cut?: string
}

const LEVELS: Detail[] = [
  {
    findings: Infinity,
    evidence: 10,
    fixes: true,
    passedEvidence: true,
    checkDetail: true,
    summaryChars: 300,
    messageChars: 2000
  },
  {
    findings: Infinity,
    evidence: 10,
    fixes: true,
    passedEvidence: false,
    checkDetail: true,
    summaryChars: 300,
    messageChars: 2000,
    cut: 'the evidence of passed checks'
  },
  {
    findings: 10,
    evidence: 5,
    fixes: true,
    passedEvidence: false,
    checkDetail: true,
    summaryChars: 300,
    messageChars: 1000,
    cut: 'findings past the first 10 of each check and the evidence of passed checks'
  },
  {
    findings: 3,
    evidence: 3,
    fixes: true,
    passedEvidence: false,
    checkDetail: true,
    summaryChars: 240,
    messageChars: 600,
    cut: 'findings past the first 3 of each check and the evidence of passed checks'
  },
  {
    findings: 1,
    evidence: 1,
    fixes: false,
    passedEvidence: false,
    checkDetail: true,
    summaryChars: 200,
    messageChars: 300,
    cut: 'findings past the first of each check, the fixes and the evidence of passed checks'
  },
  {
    findings: 0,
    evidence: 0,
    fixes: false,
    passedEvidence: false,
    checkDetail: false,
    summaryChars: 160,
    messageChars: 0,
    cut: 'every check’s findings, evidence and fixes (the tables and the blocking list are complete)'
  },
  {
    findings: 0,
    evidence: 0,
    fixes: false,
    passedEvidence: false,
    checkDetail: false,
    summaryChars: 60,
    messageChars: 0,
    cut: 'every check’s findings, evidence and fixes, and the summaries past 60 characters'
  }
]

function findingDetail(f: Finding, d: Detail, linkBase?: string): string[] {
  const out: string[] = []
  out.push(`- ${STATUS_ICON[f.status]} **${f.status}** — ${mdKeepCode(clip(f.message, d.messageChars))}`)
  for (const e of f.evidence.slice(0, d.evidence)) out.push(`  - ${evidenceMarkdown(e, linkBase)}`)
  const more = f.evidence.length - Math.min(d.evidence, f.evidence.length) + (f.omittedEvidence ?? 0)
  if (more > 0) out.push(`  - +${more} more`)
  if (f.reason) out.push(`  - not verified because: ${md(clip(f.reason, 500))}`)
  if (f.waiver)
    out.push(
      `  - waived by ${code(clip(f.waiver.approvedBy, 100))} until ${md(f.waiver.expires)}: ${md(clip(f.waiver.reason, 500))}`
    )
  if (f.attestation)
    out.push(
      `  - attested by ${code(clip(f.attestation.by, 100))} on ${md(f.attestation.date)}${f.attestation.note ? `: ${md(clip(f.attestation.note, 500))}` : ''}`
    )
  return out
}

/** Resolved findings named in the body; the JSON result has all. */
const MAX_RESOLVED_LINES = 10
/** Tools shown in the comment's capability table; the JSON result has all. */
const MAX_TOOL_ROWS = 30
/** Check-level counts: how many of the checks are in each status (a check's status is its worst finding's). */
export function checkCounts(result: RunResult): {
  total: number
  byStatus: Partial<Record<Status, number>>
  blocking: CheckGroup[]
  critical: number
} {
  const groups = groupByPhase(result.findings).flatMap((p) => p.checks)
  const byStatus: Partial<Record<Status, number>> = {}
  for (const c of groups) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1
  const blocking = blockingChecks(groups)
  return { total: groups.length, byStatus, blocking, critical: blocking.filter((c) => c.level === 'critical').length }
}

/** Checks with a blocking finding, critical first, in phase order otherwise. */
export function blockingChecks(groups: CheckGroup[]): CheckGroup[] {
  const open = groups.filter((c) => c.findings.some((f) => f.blocking))
  return [...open.filter((c) => c.level === 'critical'), ...open.filter((c) => c.level !== 'critical')]
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "9 of 33 checks block (3 critical) · 36 findings open", the one sentence every surface leads with. */
export function verdictLine(result: RunResult): string {
  const c = checkCounts(result)
  // Only with a base result: without one the gate claims nothing about what this PR changed.
  const compared = result.comparison ? ` · ${comparisonLine(result)}` : ''
  if (result.verdict === 'ready') return `all ${plural(c.total, 'check')} pass or are covered${compared}`
  return `${c.blocking.length} of ${plural(c.total, 'check')} block${c.critical ? ` (${c.critical} critical)` : ''} · ${plural(result.blocking, 'blocking finding')}${compared}`
}

function statusCounts(byStatus: Partial<Record<Status, number>>): string {
  return Object.entries(byStatus)
    .sort(([a], [b]) => STATUS_ORDER.indexOf(a as Status) - STATUS_ORDER.indexOf(b as Status))
    .map(([s, n]) => `${n} ${s}`)
    .join(' · ')
}
const STATUS_ORDER: Status[] = ['failed', 'not verified', 'warning', 'waived', 'attested', 'passed', 'not applicable']

function blockingLine(c: CheckGroup, d: Detail, linkBase?: string, result?: RunResult): string {
  const open = c.findings.filter((f) => f.blocking)
  const head = open[0]
  const where = head.evidence[0] ? ` — ${evidenceMarkdown(head.evidence[0], linkBase)}` : ''
  const more = open.length > 1 ? ` · ${open.length} blocking findings` : ''
  const mark = c.level === 'critical' ? '🛑 **critical**' : `${STATUS_ICON[head.status]} blocking`
  const fresh = result && hasNewBlocking(result, open) ? '🆕 **new** ' : ''
  return `- ${fresh}${mark} [${code(c.check)}](${checkDocsUrl(c.check)}) ${head.status}: ${mdKeepCode(clip(head.message, d.summaryChars))}${where}${more}`
}

export interface MarkdownOptions {
  /** Base URL for file links (…/blob/<sha>), when known. */
  linkBase?: string
  heading?: string
  /** The most the body may measure; without it, everything is shown. */
  limit?: number
  /** How the limit is measured (characters by default; the job summary counts bytes). */
  measure?: (s: string) => number
  /** Where this body is posted, for the note when it is shortened. */
  surface?: string
  /** The run's page, where the job summary and the uploaded `.golive/` artifact are. */
  summaryUrl?: string
}

/**
 * The checklist at the most detailed level that fits `limit`; the blocking list and every phase's table are always
 * there.
 */
export function renderMarkdown(result: RunResult, options: MarkdownOptions = {}): string {
  const measure = options.measure ?? ((s: string) => s.length)
  let body = ''
  for (const [i, d] of LEVELS.entries()) {
    // The last level is kept whatever it measures: it has no per-check detail left to cut.
    const rendered = renderAt(result, d, options, i === LEVELS.length - 1 ? undefined : options.limit)
    if (rendered === undefined) continue
    body = rendered
    if (options.limit === undefined || measure(body) <= options.limit) return body
  }
  return body
}

/**
 * The body at one level of detail, or undefined as soon as it is longer than `stopAt` characters (a character is at
 * least a byte, so this holds for either measure).
 */
function renderAt(result: RunResult, d: Detail, options: MarkdownOptions, stopAt?: number): string | undefined {
  const out: string[] = []
  let length = 0
  let counted = 0
  const tooLong = () => {
    if (stopAt === undefined) return false
    for (; counted < out.length; counted++) length += out[counted].length + 1
    return length > stopAt
  }
  const counts = checkCounts(result)
  const icon = result.verdict === 'ready' ? '✅' : '⛔'
  out.push(
    `## ${icon} ${options.heading ?? 'MCP go-live'}: ${result.verdict === 'ready' ? 'ready' : 'blocked'} — ${verdictLine(result)}`
  )
  out.push('')
  const findings = result.findings.length
  out.push(
    `Checks: ${statusCounts(counts.byStatus)} (${plural(findings, 'finding')})${result.scope === 'local' ? ' · local evidence only (GitHub API facts not read)' : ''}`
  )
  out.push('')
  if (counts.blocking.length) {
    out.push(`### Blocking (${plural(counts.blocking.length, 'check')})`, '')
    for (const c of counts.blocking) out.push(blockingLine(c, d, options.linkBase, result))
  }
  const resolved = result.comparison?.resolved ?? []
  if (resolved.length) {
    out.push(
      '',
      `### Resolved in this PR (${resolved.length} blocking finding${resolved.length === 1 ? '' : 's'} of the base)`,
      ''
    )
    for (const k of resolved.slice(0, MAX_RESOLVED_LINES)) {
      const { check, status, where } = keyParts(k)
      out.push(`- ✅ ${code(check)} was ${md(status)}${where ? ` at ${code(clip(where, 300))}` : ''}`)
    }
    if (resolved.length > MAX_RESOLVED_LINES)
      out.push(`- +${resolved.length - MAX_RESOLVED_LINES} more (see the JSON result)`)
  }
  // The trifecta per tool, compact: only tools holding a leg, each cell saying where it comes from.
  const holding = (result.capabilities ?? []).filter(
    (r) => r.privateData.present || r.untrustedContent.present || r.externalCommunication.present
  )
  if (holding.length) {
    const held = (r: (typeof holding)[number]) =>
      [r.privateData, r.untrustedContent, r.externalCommunication].filter((c) => c.present).length
    out.push('', `<details><summary>Tools holding a trifecta leg (${holding.length})</summary>`, '')
    out.push(
      '| Tool | Legs held | Private data | Untrusted content | External communication |',
      '|---|---|---|---|---|'
    )
    for (const r of holding.slice(0, MAX_TOOL_ROWS))
      out.push(
        `| ${code(r.tool)} | ${held(r)} of 3 | ${md(cellText(r.privateData))} | ${md(cellText(r.untrustedContent))} | ${md(cellText(r.externalCommunication))} |`
      )
    if (holding.length > MAX_TOOL_ROWS)
      out.push(`| … and ${holding.length - MAX_TOOL_ROWS} more (see the JSON result) | | | | |`)
    out.push('', '</details>', '')
  }
  for (const { phase, checks } of groupByPhase(result.findings)) {
    const phaseCounts: Partial<Record<Status, number>> = {}
    for (const c of checks) phaseCounts[c.status] = (phaseCounts[c.status] ?? 0) + 1
    out.push(`<details><summary>${PHASE_TITLES[phase]} — ${statusCounts(phaseCounts)}</summary>`, '')
    out.push('| | Check | Level | Status | Summary |', '|---|---|---|---|---|')
    for (const c of checks) {
      const head = c.findings.find((f) => f.status === c.status) ?? c.findings[0]
      out.push(
        `| ${STATUS_ICON[c.status]} | ${code(c.check)} | ${c.level} | ${c.status} | ${mdKeepCode(clip(head.message, d.summaryChars))}${c.findings.length > 1 ? ` (+${c.findings.length - 1})` : ''} |`
      )
    }
    out.push('')
    if (d.checkDetail) {
      for (const c of checks) {
        const open = c.findings.some(
          (f) =>
            f.blocking ||
            f.status === 'warning' ||
            f.status === 'waived' ||
            f.status === 'attested' ||
            f.status === 'not verified'
        )
        if (!open && !d.passedEvidence) continue
        const shown = c.findings.slice(0, d.findings)
        if (!shown.length) continue
        out.push(`**${code(c.check)}** — ${c.status}`, '')
        for (const f of shown) out.push(...findingDetail(f, d, options.linkBase))
        if (shown.length < c.findings.length) out.push(`- +${c.findings.length - shown.length} more`)
        const fix = d.fixes ? c.findings.find((f) => f.fix && (f.blocking || f.status === 'warning'))?.fix : undefined
        if (fix)
          out.push('', '<details><summary>How to fix</summary>', '', fixMarkdown(clip(fix, 4000)), '', '</details>')
        out.push('')
        if (tooLong()) return undefined
      }
    }
    out.push('</details>', '')
  }
  const notRead = notReadSummary(result)
  const inCode = (p: string) => code(clip(p, 200))
  if (notRead)
    out.push(
      `> ${md(notRead)}: the verdict does not cover them (${someOf(
        result.notRead.files.map((f) => f.path),
        result.notRead.count,
        5,
        inCode
      )}).`,
      ''
    )
  const excluded = excludedSummary(result)
  if (excluded) out.push(`> ${excluded} (${someOf(result.excluded.files, result.excluded.count, 5, inCode)}).`, '')
  if (d.cut) {
    const where = options.summaryUrl ? `the [run’s page](${options.summaryUrl})` : 'the workflow run'
    out.push(
      `> ✂️ Shortened to fit ${options.surface ? `the ${options.surface}` : 'the limit'}: left out ${d.cut}. The full checklist and report are in the \`.golive/\` folder, uploaded as the \`golive-report\` artifact of ${where}; \`npx mcp-golive check\` shows them locally.`,
      ''
    )
  }
  out.push(
    `<sub>${md(result.tool.name)} ${md(result.tool.version)} · config ${code(clip(result.config.path, 200))} sha256 ${code(result.config.sha256.slice(0, 12))}</sub>`
  )
  return `${out.join('\n')}\n`
}

/** The job summary is dropped, not truncated, over 1 MiB: stay under it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 1024

/** The step summary within SUMMARY_LIMIT bytes: cut at a character boundary, with a line saying where the rest is. */
export function fitSummary(markdown: string): string {
  if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT) return markdown
  // A streaming decode leaves out a character the cut split (`.replace(/\uFFFD*$/, '')` did, in
  // quadratic time on a run of U+FFFD, and took genuine ones with it).
  const head = new TextDecoder().decode(Buffer.from(markdown).subarray(0, SUMMARY_LIMIT - 200), { stream: true })
  return `${head}\n\n… (truncated: the full result is in the JSON file)\n`
}
