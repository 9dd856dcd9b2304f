// What a check is: a pure function from collected evidence to outcomes. The
// engine adds the catalogue facts (phase, level, title) and applies waivers.
import type { LoadedConfig } from './config/load.js'
import type { GoliveConfig } from './config/schema.js'
import type { GitHubEvidence } from './evidence/github.js'
import type { RepoEvidence } from './evidence/index.js'
import type { ApiHalves } from './evidence/github.js'
import type { Fact, RuleFact } from './github-facts.js'
import type { Evidence, Finding, Level, Phase, Status } from './findings.js'
import { PHASE_TITLES } from './findings.js'

export interface CheckContext {
  config: GoliveConfig
  configFile: Pick<LoadedConfig, 'path' | 'sha256' | 'locate'>
  repo: RepoEvidence
  /** GitHub API facts; undefined in a local run without a token (API checks then say "not verified (no token)"). */
  github?: GitHubEvidence
  /**
   * Waivers and attestations (by index) that a pull request adds without their approver's approval: they do not count.
   */
  unapproved?: { waivers: Map<number, string>; attestations: Map<number, string> }
  /** The day the run is judged on (waiver expiry); injected so results are reproducible. */
  today: string
}

/** One result of a check. A check returns at least one. */
export interface Outcome {
  status: Status
  message: string
  evidence?: Evidence[]
  /** Places the check counted but did not list (it kept the first MAX_EVIDENCE_PER_FINDING of a dense table). */
  omittedEvidence?: number
  fix?: string
  reason?: string
  nonProduction?: boolean
  attestation?: Finding['attestation']
  /**
   * The outcome rests on GitHub API facts: in a local run without a token it is not verified and does not block unless
   * --strict.
   */
  needsApi?: boolean
  /** Structured values other surfaces read (e.g. the trifecta's legs); internal, never part of the public JSON. */
  values?: Record<string, unknown>
}

/**
 * What a check looks for, which evidence counts, why it matters and how to fix it (`explain`, docs/checks, SARIF help).
 */
export interface Explanation {
  looksFor: string
  evidence: string[]
  why: string
  fix: string
}

/** GitHub API requests a check needs, declared as data; collection plans its requests from the registry. */
export interface ApiNeeds {
  /** Optional requests, asked only when the checkout does not settle the check (given the repository evidence). */
  optional?: (repo: RepoEvidence) => Partial<Pick<ApiHalves, 'codeScanning' | 'securityUpdates'>>
  /** Whether classic branch protection must be read, given the rules that apply to the branch. */
  classicProtection?: (rules: Fact<RuleFact[]>, isDefaultBranch: boolean) => boolean
}

/** A check: its public contract (id, level — never changed), its explanation, what it needs, and its run. */
export interface CheckDefinition {
  id: string
  phase: Phase
  level: Level
  title: string
  /** When the check passes, in one sentence. */
  passesWhen: string
  explain: Explanation
  /** GitHub API requests the check needs beyond those always read. */
  api?: ApiNeeds
  /** The kinds of files it reads evidence from: an unread one of those kinds keeps it from passing (coverage.ts). */
  reads?: readonly FileKind[]
  /** It reads test code and fixtures only: an unread file elsewhere hides nothing from it. */
  readsOnlyTests?: boolean
  run(ctx: CheckContext): Outcome[]
}

/** The kinds of files evidence is read from. */
export type FileKind = 'source' | 'manifest' | 'workflow' | 'config text'

/** The registry's metadata, as config loading, SARIF and `explain` need it (no run). */
export type CheckInfo = Omit<CheckDefinition, 'run' | 'api'>

/** The API requests the registry's checks need for this checkout. */
export function plannedApiHalves(checks: readonly CheckDefinition[], repo: RepoEvidence): ApiHalves {
  const halves: ApiHalves = { codeScanning: false, securityUpdates: false }
  for (const c of checks) {
    if (c.api?.optional)
      Object.assign(halves, Object.fromEntries(Object.entries(c.api.optional(repo)).filter(([, v]) => v)))
    if (c.api?.classicProtection) halves.classicProtection = c.api.classicProtection
  }
  return halves
}

/** The markdown of `mcp-golive explain <id>`, docs/checks/<id>.md and the SARIF rules' help. */
export function explainMarkdown(check: CheckInfo): string {
  const x = check.explain
  return [
    `# ${check.id} — ${check.title}`,
    '',
    `${PHASE_TITLES[check.phase]} · level **${check.level}**${check.level === 'critical' ? ' (never waived or attested)' : ''}`,
    '',
    `Passes when ${check.passesWhen}.`,
    '',
    '## What it looks for',
    '',
    x.looksFor,
    '',
    '## Evidence that counts',
    '',
    ...x.evidence.map((e) => `- ${e}`),
    '',
    '## Why it matters',
    '',
    x.why,
    '',
    '## How to fix it',
    '',
    x.fix,
    ''
  ].join('\n')
}

/** Evidence pointing into golive.yaml at a field path. */
export function configEvidence(ctx: CheckContext, path: readonly PropertyKey[], note?: string): Evidence {
  return { file: ctx.configFile.path, ...ctx.configFile.locate(path), note }
}

/** The attestation for a check (and subject, when given), if golive.yaml has one. */
export function attestationFor(
  ctx: CheckContext,
  check: string,
  subject?: string
): GoliveConfig['attestations'][number] | undefined {
  return ctx.config.attestations.find(
    (a, i) =>
      a.check === check &&
      (subject === undefined || a.subject === undefined || a.subject === subject) &&
      !ctx.unapproved?.attestations.has(i)
  )
}

/** A check's run and its needs, before the registry joins it to its public contract (id, level, title, explanation). */
export type CheckRun = Pick<CheckDefinition, 'id' | 'run' | 'api'>

// The checks' toolkit: the pure helpers checks use, so checks import values from here (and
// findings.ts) only, never from evidence internals.
export { credentialKind } from './evidence/source/auth.js'
export { isDocPath } from './evidence/source/secrets.js'
export { outsideServer } from './evidence/derived/server-scope.js'
export { isTestPath } from './evidence/repository.js'
export { isTemplated } from './evidence/helm.js'
export { dig } from './evidence/kubernetes-objects.js'
export { hostOf } from './evidence/source/security.js'
export { noToken } from './github-facts.js'
export { lastRootCodeownersRule, rootCodeownersRule } from './evidence/docs.js'
export { argoApplications, placementText } from './evidence/argocd.js'
export { escapeRegExp } from './regexp.js'
export { isWordChar } from './chars.js'
export { LineFinder } from './evidence/source/scan.js'
export {
  computedRegistrations,
  descriptionsOf,
  poisonSigns,
  servedTools,
  toolEntries
} from './evidence/derived/tools.js'
export { capabilityMatrix, classifyHost, factCounts } from './evidence/derived/capability-matrix.js'
