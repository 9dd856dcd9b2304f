// The one pass over the checkout's files, split over threads. The files are cut
// into contiguous chunks; the scan workers and the main thread take chunks from
// a shared counter until none is left, and the main thread puts the facts
// together in chunk order, so the evidence is the same, in the same order,
// whatever the number of threads. The pass is asynchronous: the main thread
// yields to its event loop between its own chunks, so the workers' messages,
// errors and exits arrive as events, and a worker that dies (out of memory, a
// crash) is seen at once and what it had taken is scanned here.
// Hand-written because no library does an order-preserving split over a shared
// counter with the caller's thread scanning too (worker pools only dispatch).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import { cappedJobs, DEFAULT_MAX_THREADS, thisMachine, type Machine } from '../../jobs.js'
import type { RepoFile, Repository, SkippedFile } from '../repository.js'
import {
  createAuthDetector,
  createPlatformAuthDetector,
  createPropertiesCredentialDetector,
  type AuthEvidence
} from './auth.js'
import { FactTable, type PackedTable } from './fact-table.js'
import { createImportsDetector } from './imports.js'
import { intern, scanSources, type ScanStats } from './scan.js'
import { createSecretsDetector, type SecretsEvidence } from './secrets.js'
import { createSecurityDetector, type SourceSecurityEvidence } from './security.js'

export interface SourceScan {
  source: SourceSecurityEvidence
  auth: AuthEvidence
  secrets: SecretsEvidence
  /** `threads`: how many threads scanned files (the workers that delivered, and the main thread if it scanned). */
  scan: ScanStats & { threads: number }
}

/** What one chunk of files yields, and the files it had to skip (too large, binary, unreadable). */
export interface ChunkResult extends Omit<SourceScan, 'scan'> {
  scan: ScanStats
  skipped: SkippedFile[]
}

/**
 * Files per scan thread by default. A thread costs CPU before it pays (starting, and compiling the
 * detectors for itself: V8 shares no compiled code between threads), which some thousands of
 * files' scanning pays back; the measurements that set this are in docs/performance.md.
 */
const FILES_PER_THREAD = 10_000
/**
 * Below FILES_PER_THREAD × 2 files the count says too little: a few thousand large Python modules
 * take longer than 20,000 small files. So the main thread measures its own first chunks, and when
 * the rest would take it this long alone, starts the workers the cores allow: about where a second
 * thread breaks even on 2 cores (docs/performance.md).
 */
const REST_WORTH_A_THREAD_MS = 1_000
/** How long the main thread scans before it judges the rest: its first files run code not yet compiled. */
const JUDGE_AFTER_MS = 150
/** Files per chunk: small enough to balance the threads, large enough that a message per chunk is cheap. */
const CHUNK_FILES = 250
/**
 * A scan worker's heap. A worker keeps nothing between chunks (it posts each), so a small heap is
 * enough, and a heap capped under 1 GB makes V8 grow it by a small factor, which lowers the peak
 * memory of a large check (docs/performance.md). A worker that runs out ends with an error, and what it
 * had taken is scanned by the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 }

/** A fresh set of the pass's detectors, and the evidence they fill. */
export function sourceDetectors() {
  const security = createSecurityDetector()
  const auth = createAuthDetector()
  const secrets = createSecretsDetector()
  const detectors = [
    security.detector,
    createImportsDetector(security.result),
    auth.detector,
    createPlatformAuthDetector(auth.result),
    createPropertiesCredentialDetector(auth.result),
    secrets.detector
  ]
  return { detectors, security, auth, secrets }
}

/** Scan files [from, to) of the snapshot with a fresh set of detectors. */
export function scanChunk(repo: Repository, from: number, to: number): ChunkResult {
  const { detectors, security, auth, secrets } = sourceDetectors()
  const before = repo.skipped.length
  const scan = scanSources(repo, detectors, repo.files.slice(from, to))
  // The chunk's skipped files travel with its facts, so they are listed in file order too.
  const skipped = repo.skipped.splice(before)
  return { source: security.result, auth: auth.result, secrets: secrets.result, scan, skipped }
}

/** The bundled worker script next to this module's chunk; undefined when running from TypeScript sources. */
function workerScript(): URL | undefined {
  for (const rel of ['./scan-worker.js', '../scan-worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url
  }
  return undefined
}

/**
 * Threads for a scan, the caller's included: `jobs` when given, else one per FILES_PER_THREAD files, at most one per
 * core, one per MB_PER_SCAN_THREAD of free memory, and 4.
 */
export function scanThreads(files: number, jobs?: number, machine: Machine = thisMachine()): number {
  return scanPlan(files, jobs, machine).threads
}

/**
 * The threads a scan starts with, and how many more it may start once its first files show they are slow (only when
 * not told how many): together within the cap `--jobs` has (src/jobs.ts).
 */
export function scanPlan(
  files: number,
  jobs: number | undefined,
  machine: Machine
): { threads: number; later: number } {
  if (jobs !== undefined) return { threads: Math.max(1, Math.floor(jobs)), later: 0 }
  const most = cappedJobs(DEFAULT_MAX_THREADS, machine).jobs
  const threads = Math.max(1, Math.min(most, Math.floor(files / FILES_PER_THREAD)))
  return { threads, later: most - threads }
}

/**
 * Whether the rest of the files would take the main thread long enough alone to start more
 * threads, judged from how long its first `done` files took (`ms`).
 */
export function restWorthThreads(ms: number, done: number, left: number): boolean {
  return ms >= JUDGE_AFTER_MS && done > 0 && (ms / done) * left >= REST_WORTH_A_THREAD_MS
}

export interface WorkerData {
  root: string
  limits: Repository['limits']
  /**
   * Each chunk's files as one string, paths joined by NUL (which no path holds): a worker gets a
   * few hundred strings to copy, not an object per file, and holds only the chunk it scans.
   */
  chunks: string[]
  /** Where a listed link resolves: [index in the chunk's files, target], per chunk. */
  links: [number, string][][]
  /** [next chunk to take] */
  next: Int32Array
}

/** A chunk's files from their WorkerData form. */
export function chunkListing(data: Pick<WorkerData, 'chunks' | 'links'>, chunk: number): RepoFile[] {
  const files: RepoFile[] = data.chunks[chunk].split('\0').map((path) => ({ path }))
  for (const [i, target] of data.links[chunk]) files[i].target = target
  return files
}

export type WorkerMessage = { chunk: number; result: ChunkResult } | { chunk: number; error: string }

/** The evidence groups of a chunk: each is a record of lists (arrays, or fact tables for the dense ones). */
const groupsOf = (r: ChunkResult) => [r.source, r.auth, r.secrets] as unknown as Record<string, unknown>[]

/** Each list of a chunk's groups replaced by what `f` makes of it. */
function mapLists(result: ChunkResult, f: (list: unknown) => unknown): ChunkResult {
  for (const group of groupsOf(result)) for (const [key, list] of Object.entries(group)) group[key] = f(list)
  return result
}

/** A chunk as a worker posts it: its fact tables as plain data (a class does not survive the copy). */
export const packChunk = (result: ChunkResult) =>
  mapLists(result, (list) => (list instanceof FactTable ? list.pack() : list))

/** The tables of a posted chunk made tables again (every list that is not an array was one). */
const reviveChunk = (result: ChunkResult) =>
  mapLists(result, (list) => (Array.isArray(list) ? list : FactTable.revive(list as PackedTable)))

/** How a source pass runs; the defaults are the gate's. */
export interface SourceScanOptions {
  /** Threads, the caller's included (`--jobs`); default: see scanThreads. */
  jobs?: number
  /** The scan workers' heap (default WORKER_LIMITS); a test gives a heap too small to scan in. */
  workerLimits?: ResourceLimits
  /** The bundled worker script (default: the one next to this module); a test of the sources gives the bundle's. */
  workerScript?: URL
  /** Start the later workers after the caller's first chunk, whatever it took (a test of late workers). */
  startLaterWorkersAtOnce?: boolean
}

/**
 * Starts the source pass: with more than one thread, the workers start scanning now, and the
 * caller's thread is free until `finish` (it reads the manifests and workflows meanwhile).
 * `finish` scans chunks on the caller's thread too, until none is left, puts the chunks together,
 * scans what no worker delivered, and gives the evidence.
 */
export function startSourceScan(repo: Repository, options: SourceScanOptions = {}): { finish(): Promise<SourceScan> } {
  const { jobs } = options
  const bounds = chunkBounds(repo)
  const pool = new ScanWorkers(repo, bounds, options)
  const { threads, later } = scanPlan(repo.files.length, jobs, thisMachine())
  // The caller's thread is one of the `threads`: it scans too once its own reads are done. Each
  // thread that scans compiles the detectors for itself (V8 shares no optimized code between
  // threads), so a worker more than the cores can run costs more than it brings (docs/performance.md).
  pool.start(threads - 1)
  // By default, more threads (`later`) may start once the caller's own first chunks show the files are heavy.
  return { finish: () => finishScan(repo, bounds, pool, later, options.startLaterWorkersAtOnce === true) }
}

/**
 * The scan workers of one pass: they take chunks from the counter they share with the main
 * thread, and post each chunk's facts. What they post is put together as it arrives; a worker's
 * end (done, out of memory, crashed) settles its `ended` promise.
 */
class ScanWorkers {
  readonly workers: Worker[] = []
  /** One per worker, settled when it has exited (after its last message: Node delivers those first). */
  readonly ended: Promise<void>[] = []
  /** [next chunk to take] */
  readonly next = new Int32Array(new SharedArrayBuffer(4))
  /** Each worker that posted a chunk's facts. */
  readonly delivered = new Set<number>()
  /** Told each chunk a worker posted; set by finish. */
  onChunk: (chunk: number, result: ChunkResult) => void = () => {}
  private listings: Pick<WorkerData, 'chunks' | 'links'> | undefined
  /** Looked for when a worker is first wanted: a check of one thread does not look. */
  private script: URL | null | undefined

  constructor(
    private readonly repo: Repository,
    private readonly bounds: number[],
    private readonly options: SourceScanOptions
  ) {}

  /** Starts `count` workers (none when running from TypeScript sources, where there is no worker script). */
  start(count: number): void {
    if (count <= 0) return
    if (this.script === undefined) this.script = this.options.workerScript ?? workerScript() ?? null
    if (!this.script) return
    this.listings ??= this.listChunks()
    for (let w = 0; w < count; w++) {
      const data: WorkerData = { root: this.repo.root, limits: this.repo.limits, ...this.listings, next: this.next }
      const worker = new Worker(this.script, {
        workerData: data,
        resourceLimits: this.options.workerLimits ?? WORKER_LIMITS
      })
      const index = this.workers.length
      worker.on('message', (m: WorkerMessage) => {
        // A chunk a worker failed on is left for the main thread to scan afterwards.
        if (!('result' in m)) return
        this.delivered.add(index)
        this.onChunk(m.chunk, shareStrings(reviveChunk(m.result)))
      })
      this.ended.push(
        new Promise<void>((resolve) => {
          // A worker that fails (out of memory, a crash) must not take the run down: what it had
          // taken is scanned by the main thread. Without a listener, its 'error' would end the process.
          worker.on('error', () => {})
          worker.on('exit', () => resolve())
        })
      )
      this.workers.push(worker)
    }
  }

  private listChunks(): Pick<WorkerData, 'chunks' | 'links'> {
    const listings = { chunks: [] as string[], links: [] as [number, string][][] }
    for (let c = 0; c + 1 < this.bounds.length; c++) {
      const files = this.repo.files.slice(this.bounds[c], this.bounds[c + 1])
      listings.chunks.push(files.map((f) => f.path).join('\0'))
      listings.links.push(files.flatMap((f, i): [number, string][] => (f.target === undefined ? [] : [[i, f.target]])))
    }
    return listings
  }
}

/** The source pass on the caller's thread alone, synchronously: the same chunks, merged the same way. */
export function scanOnThisThread(repo: Repository): SourceScan {
  const bounds = chunkBounds(repo)
  const merged = new InOrderMerge(bounds.length - 1)
  for (let c = 0; c + 1 < bounds.length; c++) merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]))
  const result = merged.finish(repo)
  return { ...result, scan: { ...result.scan, threads: 1 } }
}

/** Where each chunk of the snapshot's files begins, and the end. */
function chunkBounds(repo: Repository): number[] {
  const bounds: number[] = []
  for (let i = 0; i < repo.files.length; i += CHUNK_FILES) bounds.push(i)
  bounds.push(repo.files.length)
  return bounds
}

/** Lets the event loop run: the workers' messages and ends are taken in. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve))

async function finishScan(
  repo: Repository,
  bounds: number[],
  pool: ScanWorkers,
  later: number,
  laterAtOnce: boolean
): Promise<SourceScan> {
  const chunks = bounds.length - 1
  const merged = new InOrderMerge(chunks)
  const { next } = pool
  // What arrives in order is appended at once, and let go.
  pool.onChunk = (chunk, result) => merged.add(chunk, result)
  // This thread takes chunks from the workers' counter until none is left, and takes in what the
  // workers posted between its chunks.
  let mainScanned = false
  let mainFiles = 0
  const began = performance.now()
  for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
    merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]))
    mainScanned = true
    mainFiles += bounds[c + 1] - bounds[c]
    if (
      later > 0 &&
      (laterAtOnce ||
        restWorthThreads(
          performance.now() - began,
          mainFiles,
          repo.files.length - bounds[Math.min(chunks, Atomics.load(next, 0))]
        ))
    ) {
      pool.start(later)
      later = 0
    }
    if (pool.workers.length) await yieldToEvents()
  }
  // Then it waits for the chunks the workers hold: until every chunk is in, or every worker has
  // ended (each has posted all it scanned by then, or died). Stopping them once all is in spares
  // waiting for their teardown.
  if (pool.workers.length) {
    await new Promise<void>((resolve) => {
      const allIn = () => merged.settled === chunks && resolve()
      pool.onChunk = (chunk, result) => {
        merged.add(chunk, result)
        allIn()
      }
      allIn()
      void Promise.all(pool.ended).then(() => resolve())
    })
    for (const worker of pool.workers) void worker.terminate()
  }
  // Everything no worker delivered (one failed or died) is scanned here.
  for (let c = 0; c < chunks; c++) {
    if (merged.has(c)) continue
    merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]))
    mainScanned = true
  }
  const result = merged.finish(repo)
  const delivered = pool.delivered.size
  return { ...result, scan: { ...result.scan, threads: delivered + (mainScanned || !delivered ? 1 : 0) } }
}

/**
 * Chunk results put together in chunk order as they arrive: a chunk is appended as soon as every
 * chunk before it is in, so only what arrived early is held apart.
 */
class InOrderMerge {
  private readonly pending = new Map<number, ChunkResult>()
  private readonly done = new Set<number>()
  private next = 0
  private into: ChunkResult | undefined

  constructor(readonly chunks: number) {}

  has(chunk: number): boolean {
    return this.done.has(chunk)
  }

  /** How many chunks are in. */
  get settled(): number {
    return this.done.size
  }

  add(chunk: number, result: ChunkResult): void {
    if (this.done.has(chunk)) return
    this.done.add(chunk)
    this.pending.set(chunk, result)
    for (let r = this.pending.get(this.next); r; r = this.pending.get(this.next)) {
      this.pending.delete(this.next++)
      if (this.into) append(this.into, r)
      else this.into = r
    }
  }

  finish(repo: Repository): Omit<ChunkResult, 'skipped'> {
    const all = this.into ?? scanChunk(repo, 0, 0)
    for (const s of all.skipped) repo.noteSkipped(s.path, s.reason)
    return { source: all.source, auth: all.auth, secrets: all.secrets, scan: all.scan }
  }
}

/** Appends chunk `p`'s facts, counts and skipped files to `into`. */
function append(into: ChunkResult, p: ChunkResult): void {
  appendAll(into.source, p.source)
  appendAll(into.auth, p.auth)
  appendAll(into.secrets, p.secrets)
  into.scan.files += p.scan.files
  into.scan.sourceFiles += p.scan.sourceFiles
  into.scan.bytes += p.scan.bytes
  into.skipped.push(...p.skipped)
}

/**
 * A message arrives with a fresh copy of every string in it (structured clone does not share
 * them): the same path, note or host once per place. Share them again, as the main thread's scan does.
 */
function shareStrings(result: ChunkResult): ChunkResult {
  for (const group of groupsOf(result)) {
    for (const list of Object.values(group)) {
      // A table keeps one copy of each string per chunk, but every chunk's table has its own copy of
      // the same paths, hosts and notes, and sharing them shrinks the main thread's old generation
      // (docs/performance.md).
      if (list instanceof FactTable) {
        list.mapStrings(intern)
        continue
      }
      if (!Array.isArray(list)) continue
      for (let i = 0; i < list.length; i++)
        if (typeof list[i] === 'string' && list[i].length <= 512) list[i] = intern(list[i])
      for (const item of list) {
        if (typeof item !== 'object' || item === null) continue
        shareFields(item as Record<string, unknown>)
        const at = (item as { at?: unknown }).at
        if (typeof at === 'object' && at !== null) shareFields(at as Record<string, unknown>)
      }
    }
  }
  return result
}

function shareFields(o: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(o)) if (typeof v === 'string' && v.length <= 512) o[k] = intern(v)
}

/** Append each list of `part` to the same-named list of `into` (element by element: no argument-count limit). */
function appendAll<T extends object>(into: T, part: T): void {
  for (const key of Object.keys(part) as (keyof T)[]) {
    const target = into[key]
    if (target instanceof FactTable) target.append(part[key] as typeof target)
    else for (const item of part[key] as unknown[]) (target as unknown[]).push(item)
  }
}
