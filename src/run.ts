// One gate run, shared by the action and the CLI: load the config, snapshot
// the checkout, collect evidence, evaluate.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import type { CheckContext } from './check.js'
import { loadConfig, type LoadedConfig } from './config/load.js'
import { evaluate, type RunResult } from './engine.js'
import { UsageError } from './errors.js'
import type { GitHubEvidence } from './evidence/github.js'
import { collectRepoEvidence, collectRepoEvidenceOnThisThread, type RepoEvidence } from './evidence/index.js'
import { collectInventory, readInventoryFile, type InventoryOptions } from './evidence/inventory.js'
import { isInside, lineText, Repository } from './evidence/repository.js'
import type { Phase } from './findings.js'
import { describeIoError } from './report/output.js'
import { knowSecrets, redactDeep, redactThenCut } from './secrets/redact.js'
import { scanSources } from './evidence/source/scan.js'
import { createSecretsDetector, dotenvSecrets, testDataIn } from './evidence/source/secrets.js'
import { matchSecrets } from './secrets/rules.js'
import { unapprovedChanges } from './waiver-approval.js'
import { registeredChecks } from './registry.js'

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
  /** The structured values the checks' outcomes carried, by check id (e.g. the trifecta's legs for the report). */
  values: Map<string, Record<string, unknown>>
  /** Milliseconds per stage, and of the checks per phase, for `--timings` and the benchmarks. */
  timings: {
    config: number
    snapshot: number
    evidence: number
    inventory?: number
    checks: number
    phases: Partial<Record<Phase, number>>
  }
}

export function resolveCheckout(dir: string): string {
  const abs = resolve(dir)
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw new UsageError(`${dir}: no such directory`)
  return abs
}

/**
 * Load golive.yaml for a checkout: relative to it unless absolute. A config in the checkout must
 * stay in it (a link out of it is refused, never read: its target's text would be echoed in
 * errors); the action refuses one outside the checkout altogether. The CLI reads a path outside
 * it that the user named.
 */
export function loadGateConfig(inputs: Pick<GateInputs, 'dir' | 'config' | 'configInsideCheckout'>): LoadedConfig {
  const root = resolveCheckout(inputs.dir)
  const configArg = inputs.config ?? 'golive.yaml'
  const configPath = isAbsolute(configArg) ? configArg : resolve(root, configArg)
  if (inputs.configInsideCheckout || isInside(root, configPath)) {
    let real: string | undefined
    try {
      real = realpathSync(configPath)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ELOOP')
        throw new UsageError(`${configArg}: a symbolic link loop (the link points, in the end, back at itself)`)
      // A link whose target does not exist: say so, rather than "no such file" for a file that is listed.
      if (code === 'ENOENT' && isLink(configPath))
        throw new UsageError(`${configArg}: a symbolic link to a file that does not exist`)
      if (code !== 'ENOENT') throw new UsageError(`${configArg}: cannot be read: ${describeIoError(e)}`)
    }
    if (real !== undefined && !isInside(realpathSync(root), real)) {
      throw new UsageError(
        `${configArg}: the config file must be inside the checkout${isInside(root, configPath) ? ' (it is a symbolic link out of it, and is not followed)' : ''}`
      )
    }
  }
  const shown = relative(root, configPath)
  const displayPath = shown && !shown.startsWith('..') ? shown.split('\\').join('/') : configArg
  try {
    return loadConfig(configPath, displayPath)
  } catch (e) {
    // Problems quote golive.yaml's values, and no evidence is collected yet: the redactor learns the
    // checkout's secrets first, and the file is read again so every message is made knowing them.
    if (!(e instanceof UsageError) || !e.problems.length) throw e
    knowSecrets(checkoutSecretValues(root))
    return loadConfig(configPath, displayPath)
  }
}

/**
 * Every secret value the secrets detector finds in the checkout (the snapshot's bounds, no
 * paths.exclude: the config could not be read), for messages printed before the evidence exists.
 */
export function checkoutSecretValues(root: string): string[] {
  const repo = new Repository(root)
  const secrets = createSecretsDetector()
  scanSources(repo, [secrets.detector])
  return foundSecretValues(repo, { secrets: secrets.result })
}

/** The checkout's side of a run: config, snapshot and evidence, before any API fact or check. */
export interface PreparedGate {
  loaded: LoadedConfig
  repo: Repository
  evidence: RepoEvidence
  timings: { config: number; snapshot: number; evidence: number; inventory?: number }
}

export async function prepareGate(inputs: GateInputs): Promise<PreparedGate> {
  const opened = openCheckout(inputs)
  return prepared(
    opened,
    await collectRepoEvidence(opened.repo, { jobs: inputs.jobs, capabilities: opened.loaded.config.capabilities })
  )
}

/** prepareGate with the source pass on this thread alone, synchronously (see collectRepoEvidenceOnThisThread). */
function prepareGateOnThisThread(inputs: GateInputs): PreparedGate {
  const opened = openCheckout(inputs)
  return prepared(
    opened,
    collectRepoEvidenceOnThisThread(opened.repo, { capabilities: opened.loaded.config.capabilities })
  )
}

/** The config and the snapshot of the checkout, timed. */
function openCheckout(inputs: GateInputs) {
  const root = resolveCheckout(inputs.dir)
  const started = performance.now()
  const loaded = inputs.loaded ?? loadGateConfig(inputs)
  const t0 = performance.now()
  const repo = new Repository(root, { include: loaded.config.paths.include, exclude: loaded.config.paths.exclude })
  const t1 = performance.now()
  return { root, loaded, repo, started, t0, t1 }
}

function prepared(
  { root, loaded, repo, started, t0, t1 }: ReturnType<typeof openCheckout>,
  evidence: RepoEvidence
): PreparedGate {
  evidence.inventory = initialInventory(loaded, root)
  // Before the inventory server runs and any check: its error output, cut to a length, and every
  // string the engine and the surfaces redact must know these.
  knowSecrets(foundSecretValues(repo, evidence))
  const t2 = performance.now()
  return { loaded, repo, evidence, timings: { config: t0 - started, snapshot: t1 - t0, evidence: t2 - t1 } }
}

/**
 * The inventory as far as a synchronous run reads it: a `file` is read here; a server (command,
 * url) only by readServedInventory, so until then it is not verified, with the reason.
 */
function initialInventory(loaded: LoadedConfig, root: string): RepoEvidence['inventory'] {
  const inv = loaded.config.inventory
  if (!inv) return { configured: false }
  if (inv.file !== undefined) return readInventoryFile(root, inv.file)
  return {
    configured: true,
    source: inv.command ? 'command' : 'url',
    live: true,
    ok: false,
    reason: 'this run did not ask the server for its tools'
  }
}

/** Asks the server golive.yaml's `inventory` names for its tools (before the checks, which stay pure). */
export async function readServedInventory(
  prepared: PreparedGate,
  options: Omit<InventoryOptions, 'root'>
): Promise<void> {
  const inv = prepared.loaded.config.inventory
  if (!inv || inv.file !== undefined) return
  const started = performance.now()
  prepared.evidence.inventory = await collectInventory(inv, { ...options, root: prepared.repo.root })
  prepared.timings.inventory = performance.now() - started
}

/**
 * Lines of checkout files for the evidence a report quotes: each file read again at most once (bounded like every
 * read).
 */
function lineReader(repo: Repository): (file: string, line: number) => string | undefined {
  const texts = new Map<string, string | undefined>()
  return (file, line) => {
    if (!texts.has(file)) texts.set(file, repo.read(file, { cache: false }))
    const text = texts.get(file)
    // Redacted whole, then cut: a secret across the cut would no longer match its rule.
    return text === undefined ? undefined : redactThenCut(lineText(text, line, Infinity), SNIPPET_CHARS)
  }
}

/** A quoted line's length in the results. */
const SNIPPET_CHARS = 160

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * Every secret value the detectors found in this run, read again from the files they were found
 * in (the detectors keep only masks): whatever the rules find in those files, the .env values
 * the secrets detector reads (dotenvSecrets, the same reader), the personal data of test files
 * (testDataIn, the same finder; a finding shows 4 characters of it), marked lines included. Given to the redactor, so
 * the same value
 * is masked wherever else it appears: in a file name, a waiver reason, a tool name.
 */
export function foundSecretValues(repo: Repository, evidence: Pick<RepoEvidence, 'secrets'>): string[] {
  const values = new Set<string>()
  // Every file with a hit: a credential reported or suppressed by a marker, or personal data in a test.
  const files = new Set<string>()
  for (const hit of evidence.secrets.secrets) files.add(hit.at.file)
  for (const at of evidence.secrets.suppressed) files.add(at.file)
  const testData = new Set(evidence.secrets.testData.map((hit) => hit.at.file))
  for (const file of [...files, ...testData]) {
    const text = repo.read(file, { cache: false })
    if (text === undefined) continue
    for (const v of secretValuesIn(file, text, { credentials: files.has(file), testData: testData.has(file) }))
      values.add(v)
  }
  return [...values]
}

/**
 * The values the redactor learns from one file the detectors flagged: every rule's secret and `.env` value when it
 * holds credentials, the personal data when it holds test data (the redaction property runs it on generated files).
 */
export function secretValuesIn(
  file: string,
  text: string,
  kinds: { credentials: boolean; testData: boolean }
): string[] {
  const values: string[] = []
  if (kinds.credentials) {
    for (const m of matchSecrets(text)) values.push(m.secret)
    for (const d of dotenvSecrets(file, text)) values.push(d.value)
  }
  if (kinds.testData) for (const d of testDataIn(text)) values.push(d.value)
  return values
}

/**
 * The checks on prepared evidence and the API facts (the action reads those in between, knowing what the checkout
 * settles).
 */
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
  // Every string of the result redacted once more, those the checks did not write included: file
  // paths, waivers and attestations from golive.yaml, the files not read.
  const values = new Map<string, Record<string, unknown>>()
  const result = redactDeep(
    evaluate(ctx, registeredChecks(), {
      values,
      acceptNotVerified: inputs.acceptNotVerified,
      scope: inputs.github ? 'github' : 'local',
      localApi: !inputs.github && !inputs.strict,
      lineOf: lineReader(repo),
      phaseMs: phases
    })
  )
  const t3 = performance.now()
  return { result, loaded, repo, ctx, values, timings: { ...prepared.timings, checks: t3 - t2, phases } }
}

/** A run without the inventory server, its source pass on this thread alone, synchronously (for tests and tools). */
export function runGate(inputs: GateInputs): GateRun {
  return judgeGate(prepareGateOnThisThread(inputs), inputs)
}

/** A run that asks the inventory server for its tools between the evidence and the checks. */
export async function runGateWithInventory(
  inputs: GateInputs,
  inventory: Omit<InventoryOptions, 'root'>
): Promise<GateRun> {
  const prepared = await prepareGate(inputs)
  await readServedInventory(prepared, inventory)
  return judgeGate(prepared, inputs)
}
