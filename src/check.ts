// What a check is: a pure function from collected evidence to outcomes. The
// engine adds the catalogue facts (phase, level, title) and applies waivers.
import type { LoadedConfig } from './config/load.js'
import type { GoliveConfig } from './config/schema.js'
import type { GitHubEvidence } from './evidence/github.js'
import type { RepoEvidence } from './evidence/index.js'
import type { Evidence, Finding, Status } from './findings.js'

export interface CheckContext {
  config: GoliveConfig
  configFile: Pick<LoadedConfig, 'path' | 'sha256' | 'locate'>
  repo: RepoEvidence
  /** GitHub API facts; undefined in a local run without a token (API checks then say "not verified (no token)"). */
  github?: GitHubEvidence
  /** Waivers and attestations (by index) that a pull request adds without their approver's approval: they do not count. */
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
  /** The outcome rests on GitHub API facts: in a local run without a token it is not verified and does not block unless --strict. */
  needsApi?: boolean
}

export interface CheckDefinition {
  id: string
  run(ctx: CheckContext): Outcome[]
}

/** Evidence pointing into golive.yaml at a field path. */
export function configEvidence(ctx: CheckContext, path: readonly PropertyKey[], note?: string): Evidence {
  return { file: ctx.configFile.path, ...ctx.configFile.locate(path), note }
}

/** The attestation for a check (and subject, when given), if golive.yaml has one. */
export function attestationFor(ctx: CheckContext, check: string, subject?: string): GoliveConfig['attestations'][number] | undefined {
  return ctx.config.attestations.find((a, i) => a.check === check && (subject === undefined || a.subject === undefined || a.subject === subject) && !ctx.unapproved?.attestations.has(i))
}
