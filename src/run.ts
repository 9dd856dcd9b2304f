// One gate run, shared by the action and the CLI: load the config, snapshot
// the checkout, collect evidence, evaluate.
import { existsSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { CheckContext } from './check.js'
import { loadConfig, type LoadedConfig } from './config/load.js'
import { evaluate, type RunResult } from './engine.js'
import { UsageError } from './errors.js'
import type { GitHubEvidence } from './evidence/github.js'
import { collectRepoEvidence, type RepoEvidence } from './evidence/index.js'
import { isInside, lineText, Repository } from './evidence/repository.js'
import type { Phase } from './findings.js'
import { unapprovedChanges } from './waiver-approval.js'

export interface GateInputs {
  /** The checkout to judge. */
  dir: string
  /** golive.yaml, relative to dir unless absolute. */
  config?: string
  /** Refuse a config file outside the checkout (the action: reads only inside the checkout). */
  configInsideCheckout?: boolean
  /** YYYY-MM-DD the run is judged on; defaults to today (UTC). */
  today?: string
  acceptNotVerified?: boolean
  /** API facts, collected before the run (the action); absent in a local run. */
  github?: GitHubEvidence
  /** The config, when the caller loaded it already (the action needs it before collecting API facts). */
  loaded?: LoadedConfig
  /** CLI --strict: API checks that cannot be verified block a local run too. */
  strict?: boolean
  /** CLI --jobs: threads for the source pass (default: one per 10,000 files, at most one per core, and 4). */
  jobs?: number
}

export interface GateRun {
  result: RunResult
  loaded: LoadedConfig
  repo: Repository
  ctx: CheckContext
  /** Milliseconds per stage, and of the checks per phase, for `--timings` and the benchmarks. */
  timings: { config: number; snapshot: number; evidence: number; checks: number; phases: Partial<Record<Phase, number>> }
}

export function resolveCheckout(dir: string): string {
  const abs = resolve(dir)
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`${dir}: no such directory`)
  return abs
}

/** Load golive.yaml for a checkout: relative to it unless absolute; the action refuses one outside the checkout. */
export function loadGateConfig(inputs: Pick<GateInputs, 'dir' | 'config' | 'configInsideCheckout'>): LoadedConfig {
  const root = resolveCheckout(inputs.dir)
  const configArg = inputs.config ?? 'golive.yaml'
  const configPath = isAbsolute(configArg) ? configArg : resolve(root, configArg)
  if (inputs.configInsideCheckout && existsSync(configPath) && !isInside(realpathSync(root), realpathSync(configPath))) {
    throw new UsageError(`${configArg}: the config file must be inside the checkout`)
  }
  const shown = relative(root, configPath)
  const displayPath = shown && !shown.startsWith('..') ? shown.split('\\').join('/') : configArg
  return loadConfig(configPath, displayPath)
}

/** The checkout's side of a run: config, snapshot and evidence, before any API fact or check. */
export interface PreparedGate {
  loaded: LoadedConfig
  repo: Repository
  evidence: RepoEvidence
  timings: { config: number; snapshot: number; evidence: number }
}

export function prepareGate(inputs: GateInputs): PreparedGate {
  const root = resolveCheckout(inputs.dir)
  const started = performance.now()
  const loaded = inputs.loaded ?? loadGateConfig(inputs)
  const t0 = performance.now()
  const repo = new Repository(root, { include: loaded.config.paths.include, exclude: loaded.config.paths.exclude })
  const t1 = performance.now()
  const evidence = collectRepoEvidence(repo, { jobs: inputs.jobs, capabilities: loaded.config.capabilities })
  const t2 = performance.now()
  return { loaded, repo, evidence, timings: { config: t0 - started, snapshot: t1 - t0, evidence: t2 - t1 } }
}

/** Lines of checkout files for the evidence a report quotes: each file read again at most once (bounded like every read). */
function lineReader(repo: Repository): (file: string, line: number) => string | undefined {
  const texts = new Map<string, string | undefined>()
  return (file, line) => {
    if (!texts.has(file)) texts.set(file, repo.read(file, { cache: false }))
    const text = texts.get(file)
    return text === undefined ? undefined : lineText(text, line)
  }
}

/** The checks on prepared evidence and the API facts (the action reads those in between, knowing what the checkout settles). */
export function judgeGate(prepared: PreparedGate, inputs: Omit<GateInputs, 'dir'>): GateRun {
  const { loaded, repo, evidence } = prepared
  const t2 = performance.now()
  const phases: Partial<Record<Phase, number>> = {}
  const ctx: CheckContext = {
    config: loaded.config,
    configFile: loaded,
    repo: evidence,
    github: inputs.github,
    unapproved: unapprovedChanges(loaded.config, inputs.github),
    today: inputs.today ?? new Date().toISOString().slice(0, 10)
  }
  const result = evaluate(ctx, { acceptNotVerified: inputs.acceptNotVerified, scope: inputs.github ? 'github' : 'local', localApi: !inputs.github && !inputs.strict, lineOf: lineReader(repo), phaseMs: phases })
  const t3 = performance.now()
  return { result, loaded, repo, ctx, timings: { ...prepared.timings, checks: t3 - t2, phases } }
}

export function runGate(inputs: GateInputs): GateRun {
  return judgeGate(prepareGate(inputs), inputs)
}
