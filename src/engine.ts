// Runs every registered check on the evidence, applies waivers and decides the
// verdict. No I/O here: evidence comes in, findings go out.
import type { CheckContext, CheckDefinition, Outcome } from './check.js'
import { coverOutcomes, unapprovedExclusionsFor, unreadFilesFor } from './coverage.js'
import { toolEntries, type ToolEntry } from './evidence/derived/tools.js'
import { notApplicableReason } from './deployment.js'
import {
  blocks,
  isFileEvidence,
  MAX_EVIDENCE_PER_FINDING,
  PHASES,
  STATUSES,
  type Evidence,
  type Finding,
  type Phase,
  type Status
} from './findings.js'
import { redactSecrets } from './secrets/redact.js'
import { attestationFor } from './check.js'
import { capabilityMatrix, compactMatrix, type CompactToolCapabilities } from './evidence/derived/capability-matrix.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'
import type { Comparison } from './report/comparison.js'

export type Verdict = 'ready' | 'blocked'

export interface RunResult {
  schemaVersion: 1
  tool: { name: string; version: string }
  verdict: Verdict
  /** Number of findings that block. */
  blocking: number
  counts: Record<Status, number>
  findings: Finding[]
  config: { path: string; sha256: string }
  /** `local`: API evidence was not read (no token), so the verdict covers the checkout only. */
  scope: 'local' | 'github'
  acceptNotVerified: boolean
  /**
   * Files the gate listed but did not read (too large, binary, links out of the checkout…): the verdict does not cover
   * them.
   */
  notRead: { count: number; byReason: Record<string, number>; files: { path: string; reason: string }[] }
  /** Files left out by paths.include / paths.exclude: the first 20 named, all counted. */
  excluded: { count: number; files: string[] }
  /**
   * One entry per tool name: declared in golive.yaml, served by the server (null: no inventory read), registered in
   * source.
   */
  tools: ToolEntry[]
  /** Per tool, the three legs with where each comes from (declared, evidence). */
  capabilities: CompactToolCapabilities[]
  /**
   * On a pull request with the base branch's result: blocking findings new in it and resolved by it (absent otherwise).
   */
  comparison?: Comparison
}

/** Skipped files named in the result; the rest are counted. */
const MAX_NOT_READ_LISTED = 20

export interface EngineOptions {
  acceptNotVerified?: boolean
  scope?: RunResult['scope']
  /**
   * A local run without a token: API-only findings are not verified and do not block (the CLI's --strict turns this
   * off).
   */
  localApi?: boolean
  /** The text of a line of the checkout, for evidence that asks to quote it (`quoteLine`). */
  lineOf?: (file: string, line: number) => string | undefined
  /** Filled with the milliseconds each phase's checks took (for `--timings`; never part of the result). */
  phaseMs?: Partial<Record<Phase, number>>
  /** Filled with the structured values each check's outcomes carry, by check id (never part of the result). */
  values?: Map<string, Record<string, unknown>>
}

/** Places a finding leaves out: past the cap, plus those the check itself only counted. */
function omitted(o: Outcome): { omittedEvidence?: number } {
  const n = Math.max(0, (o.evidence?.length ?? 0) - MAX_EVIDENCE_PER_FINDING) + (o.omittedEvidence ?? 0)
  return n ? { omittedEvidence: n } : {}
}

export function evaluate(
  ctx: CheckContext,
  checks: readonly CheckDefinition[],
  options: EngineOptions = {}
): RunResult {
  const findings: Finding[] = []
  for (const check of checks) {
    const entry = check
    let outcomes: Outcome[]
    const started = performance.now()
    try {
      const notApplicable = notApplicableReason(ctx, check.id)
      outcomes = notApplicable ? [{ status: 'not applicable', message: notApplicable }] : check.run(ctx)
    } catch (e) {
      // A check that throws is a bug of ours; it must not pass silently.
      outcomes = [
        {
          status: 'not verified',
          message: `the check failed internally: ${(e as Error).message}`,
          reason: 'internal error'
        }
      ]
    }
    // A check does not pass on files it reads that the gate skipped, or that paths.include/exclude left out of a
    // critical one unapproved.
    outcomes = coverOutcomes(
      check.id,
      outcomes,
      unreadFilesFor(check, ctx.repo.skipped),
      entry.level === 'critical' ? unapprovedExclusionsFor(check, ctx) : []
    )
    if (options.phaseMs)
      options.phaseMs[entry.phase] = (options.phaseMs[entry.phase] ?? 0) + performance.now() - started
    for (const o of outcomes) {
      if (o.values) options.values?.set(entry.id, { ...options.values.get(entry.id), ...o.values })
      let status = o.status
      if (entry.level === 'advisory' && status === 'failed') status = 'warning'
      if (entry.level === 'critical' && (status === 'waived' || status === 'attested')) status = 'failed'
      findings.push({
        check: entry.id,
        phase: entry.phase,
        level: entry.level,
        status,
        title: entry.title,
        // Every string a finding carries is redacted here, once, so no surface can print a found secret.
        message: redactSecrets(o.message),
        evidence: (o.evidence ?? []).slice(0, MAX_EVIDENCE_PER_FINDING).map((e) => redactEvidence(e, options.lineOf)),
        ...omitted(o),
        ...(o.fix ? { fix: redactSecrets(o.fix) } : {}),
        ...(o.reason ? { reason: redactSecrets(o.reason) } : {}),
        ...(o.nonProduction ? { nonProduction: true } : {}),
        ...(o.attestation ? { attestation: o.attestation } : {}),
        ...(o.needsApi ? { needsApi: true } : {})
      })
    }
  }
  applyWaivers(findings, ctx)
  findings.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase))
  const acceptNotVerified = options.acceptNotVerified ?? false
  for (const f of findings) f.blocking = blocks(f, { acceptNotVerified, localApi: options.localApi })
  const blocking = findings.filter((f) => f.blocking).length
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>
  for (const f of findings) counts[f.status]++
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    verdict: blocking ? 'blocked' : 'ready',
    blocking,
    counts,
    findings,
    config: { path: ctx.configFile.path, sha256: ctx.configFile.sha256 },
    scope: options.scope ?? 'local',
    acceptNotVerified,
    notRead: notRead(ctx),
    excluded: {
      count: ctx.repo.excluded?.length ?? 0,
      files: (ctx.repo.excluded ?? []).slice(0, MAX_NOT_READ_LISTED).map(redactSecrets)
    },
    tools: resultTools(ctx),
    capabilities: compactMatrix(
      capabilityMatrix(
        ctx.config,
        ctx.repo.capabilities,
        (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool)
      )
    )
  }
}

/** The tool entries as the result carries them: places without the engine's quoting hints. */
function resultTools(ctx: CheckContext): ToolEntry[] {
  return toolEntries(ctx.config, ctx.repo).map((t) => ({
    ...t,
    registeredAt: t.registeredAt
      ? { file: t.registeredAt.file, line: t.registeredAt.line, column: t.registeredAt.column }
      : null,
    ...(t.annotations ? { annotations: { ...t.annotations } } : {})
  }))
}

function notRead(ctx: CheckContext): RunResult['notRead'] {
  const skipped = ctx.repo.skipped
  const byReason: Record<string, number> = {}
  for (const s of skipped) byReason[s.reason] = (byReason[s.reason] ?? 0) + 1
  return {
    count: skipped.length,
    byReason,
    files: skipped.slice(0, MAX_NOT_READ_LISTED).map((s) => ({ path: s.path, reason: s.reason }))
  }
}

/**
 * A current waiver turns an open, non-critical item into `waived`; an expired one leaves it open (report.config says
 * why).
 */
function applyWaivers(findings: Finding[], ctx: CheckContext): void {
  for (const [i, w] of ctx.config.waivers.entries()) {
    if (w.expires < ctx.today || ctx.unapproved?.waivers.has(i)) continue
    for (const f of findings) {
      if (f.check !== w.check || f.level === 'critical') continue
      if (f.status === 'failed' || f.status === 'warning' || f.status === 'not verified') {
        f.waiver = { reason: w.reason, approvedBy: w.approvedBy, expires: w.expires, originalStatus: f.status }
        f.status = 'waived'
      }
    }
  }
}

function redactEvidence(e: Evidence, lineOf: EngineOptions['lineOf']): Evidence {
  if (!isFileEvidence(e)) return { api: e.api, fact: redactSecrets(e.fact) }
  // Rebuilt key by key so the snippet comes before the note whether it was kept or is quoted now.
  const { quoteLine, snippet: kept, note, ...place } = e
  const snippet = kept ?? (quoteLine ? lineOf?.(e.file, e.line) : undefined)
  return {
    ...place,
    ...(snippet !== undefined ? { snippet: redactSecrets(snippet) } : {}),
    ...(note !== undefined ? { note: redactSecrets(note) } : {})
  }
}
