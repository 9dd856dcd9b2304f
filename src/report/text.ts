// Terminal output: grouped by phase, one line per check, then the verdict.
// Colour only on a TTY and never with NO_COLOR.
import { isFileEvidence, PHASE_TITLES, type Evidence, type Status } from '../findings.js'
import type { RunResult } from '../engine.js'
import { terminalSafe } from './escape.js'
import { groupByPhase, notReadSummary } from './group.js'

export { terminalSafe }

const COLOURS: Record<Status, number> = { passed: 32, attested: 36, failed: 31, warning: 33, 'not verified': 35, waived: 34, 'not applicable': 90 }

export function evidenceText(e: Evidence): string {
  if (isFileEvidence(e)) return `${e.file}:${e.line}:${e.column}${e.note ? ` (${e.note})` : ''}`
  return `${e.api}: ${e.fact}`
}

export function renderText(result: RunResult, options: { colour: boolean; verbose?: boolean }): string {
  const paint = (s: string, code: number) => (options.colour ? `\u001b[${code}m${s}\u001b[0m` : s)
  const bold = (s: string) => (options.colour ? `\u001b[1m${s}\u001b[0m` : s)
  const lines: string[] = []
  for (const { phase, checks } of groupByPhase(result.findings)) {
    lines.push(bold(PHASE_TITLES[phase]))
    for (const c of checks) {
      const head = c.findings.find((f) => f.status === c.status) ?? c.findings[0]
      const more = c.findings.length > 1 ? ` (+${c.findings.length - 1} more)` : ''
      lines.push(`  ${paint(c.status.padEnd(14), COLOURS[c.status])} ${c.check.padEnd(32)} ${terminalSafe(head.message)}${more}`)
      const open = c.findings.filter((f) => f.blocking || f.status === 'warning' || options.verbose)
      for (const f of open) {
        if (c.findings.length > 1) lines.push(`      - ${paint(f.status, COLOURS[f.status])}: ${terminalSafe(f.message)}`)
        for (const e of f.evidence.slice(0, options.verbose ? undefined : 5)) lines.push(`        at ${terminalSafe(evidenceText(e))}`)
        if (f.reason) lines.push(`        why not verified: ${terminalSafe(f.reason)}`)
        if (f.waiver) lines.push(`        waived by ${terminalSafe(f.waiver.approvedBy)} until ${terminalSafe(f.waiver.expires)}: ${terminalSafe(f.waiver.reason)}`)
        if (f.fix && f.blocking) lines.push(...f.fix.split('\n').map((l, i) => `        ${i === 0 ? 'fix: ' : '     '}${terminalSafe(l)}`))
      }
    }
    lines.push('')
  }
  const counts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ')
  const verdict = result.verdict === 'ready' ? paint('READY', 32) : paint('BLOCKED', 31)
  const scope = result.scope === 'local' ? ' (local evidence only: GitHub API facts not read)' : ''
  const notRead = notReadSummary(result)
  if (notRead) {
    lines.push(`Not read: ${notRead}; the verdict does not cover them.`)
    for (const f of result.notRead.files.slice(0, options.verbose ? undefined : 5)) lines.push(`  ${terminalSafe(f.path)} (${terminalSafe(f.reason)})`)
    if (result.notRead.count > (options.verbose ? result.notRead.files.length : 5)) lines.push('  … (the JSON result lists the first 20)')
    lines.push('')
  }
  // Files paths.exclude left out: the verdict does not cover them either (ex is optional for results read from older JSON).
  const ex = result.excluded
  if (ex?.count) lines.push(`Excluded by paths.exclude: ${ex.count} file${ex.count === 1 ? '' : 's'} (${ex.files.slice(0, 5).map(terminalSafe).join(', ')}${ex.count > 5 ? ', …' : ''}).`, '')
  lines.push(`${bold('Verdict:')} ${verdict} — ${result.blocking} blocking; ${counts}${scope}`)
  return `${lines.join('\n')}\n`
}
