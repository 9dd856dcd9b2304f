// The vocabulary every module shares: phases, levels, statuses, evidence and
// findings. The JSON result, the PR comment, SARIF and the report all speak it.

export const PHASES = ['security', 'policy', 'infra', 'auth', 'observability', 'report'] as const
export type Phase = (typeof PHASES)[number]

export const PHASE_TITLES: Record<Phase, string> = {
  security: 'Phase 1 — Security: the lethal trifecta',
  policy: 'Phase 2 — Policy compliance',
  infra: 'Phase 3 — Infrastructure',
  auth: 'Phase 4 — Authentication',
  observability: 'Phase 5 — Observability',
  report: 'Phase 6 — Final verification'
}

/**
 * critical: blocking and never waivable; blocking: fails unless passed/attested/waived/n.a.; advisory: a warning at
 * most.
 */
export const LEVELS = ['critical', 'blocking', 'advisory'] as const
export type Level = (typeof LEVELS)[number]

export const STATUSES = ['passed', 'attested', 'failed', 'warning', 'not verified', 'waived', 'not applicable'] as const
export type Status = (typeof STATUSES)[number]

/** A place in a file of the checkout: path relative to the repository root, 1-based line and column. */
export interface FileEvidence {
  file: string
  line: number
  column: number
  /** A short excerpt of the line, already redacted where it may hold a secret. */
  snippet?: string
  /** What this location shows, when the finding's message does not say it. */
  note?: string
  /**
   * Quote the line as `snippet` when the finding is reported. The engine reads it again then, so
   * the hundreds of thousands of locations a large repository yields do not each hold a copy.
   */
  quoteLine?: boolean
}

/** A fact from the GitHub API: the endpoint it came from and what it said. */
export interface ApiEvidence {
  api: string
  fact: string
}

export type Evidence = FileEvidence | ApiEvidence

export const isFileEvidence = (e: Evidence): e is FileEvidence => 'file' in e

/** Evidence kept per finding; the rest is counted (`omittedEvidence`), so no surface grows with the repository. */
export const MAX_EVIDENCE_PER_FINDING = 50

export interface Finding {
  check: string
  phase: Phase
  level: Level
  status: Status
  title: string
  message: string
  evidence: Evidence[]
  /** How many more pieces of evidence there were than the finding keeps. */
  omittedEvidence?: number
  /** How to fix it: commands and snippets shown for the developer to run, never run by us. */
  fix?: string
  /** Set when a waiver or attestation changed the status: who, why, until when. */
  waiver?: { reason: string; approvedBy: string; expires: string; originalStatus: Status }
  attestation?: { by: string; date: string; note?: string }
  /** Why the evidence could not be read, for `not verified`. */
  reason?: string
  /** Findings in test code and other non-production places: reported, never blocking. */
  nonProduction?: boolean
  /** Rests on GitHub API facts (so a local run without a token cannot verify it). */
  needsApi?: boolean
  /** Whether this finding keeps the gate closed; decided once by the engine. */
  blocking?: boolean
}

/** Statuses that leave a blocking or critical item open. */
export function blocks(
  f: Pick<Finding, 'level' | 'status' | 'nonProduction' | 'needsApi'>,
  options: { acceptNotVerified?: boolean; localApi?: boolean } = {}
): boolean {
  if (f.level === 'advisory' || f.nonProduction) return false
  if (f.status === 'failed') return true
  // accept-not-verified never covers a critical check: like a waiver, it cannot stand in for one.
  if (f.status === 'not verified')
    return !((options.acceptNotVerified && f.level !== 'critical') || (options.localApi && f.needsApi))
  return false
}

/** Severity order used to pick the status that stands for a check and to sort output, worst first. */
export const STATUS_RANK: Record<Status, number> = {
  failed: 0,
  'not verified': 1,
  warning: 2,
  waived: 3,
  attested: 4,
  passed: 5,
  'not applicable': 6
}

export function worstStatus(statuses: Status[]): Status {
  return statuses.reduce<Status>((w, s) => (STATUS_RANK[s] < STATUS_RANK[w] ? s : w), 'not applicable')
}
