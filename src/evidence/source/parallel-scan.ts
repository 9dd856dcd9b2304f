// The one pass over the checkout's files, split over threads. The files are cut
// into contiguous chunks; the main thread and the scan workers take chunks from
// a shared counter until none is left, and the facts are put back together in
// chunk order, so the evidence is the same, in the same order, whatever the
// number of threads. runGate stays synchronous: the main thread scans too, then
// waits on shared memory and takes the workers' messages with
// receiveMessageOnPort. Hand-written because no library does a synchronous,
// order-preserving split (worker pools are asynchronous).
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { RepoFile, Repository, SkippedFile } from '../repository.js'
import { createAuthDetector, type AuthEvidence } from './auth.js'
import { intern, scanSources, type ScanStats } from './scan.js'
import { createSecretsDetector, type SecretsEvidence } from './secrets.js'
import { createSecurityDetector, type SourceSecurityEvidence } from './security.js'

export interface SourceScan {
  source: SourceSecurityEvidence
  auth: AuthEvidence
  secrets: SecretsEvidence
  /** `threads`: how many threads scanned files (the main thread and the workers that delivered). */
  scan: ScanStats & { threads: number }
}

/** What one chunk of files yields, and the files it had to skip (too large, binary, unreadable). */
export interface ChunkResult extends Omit<SourceScan, 'scan'> {
  scan: ScanStats
  skipped: SkippedFile[]
}

/** Below this many files a second thread costs more to start than it saves. */
const PARALLEL_FROM_FILES = 2000
/** Files per chunk: small enough to balance the threads, large enough that a message per chunk is cheap. */
const CHUNK_FILES = 250
/** A worker that finishes no file for this long is given up; the main thread scans what it had taken. */
const STALL_MS = 10_000

/** Scan files [from, to) of the snapshot with a fresh set of detectors. */
export function scanChunk(repo: Repository, from: number, to: number): ChunkResult {
  const security = createSecurityDetector()
  const auth = createAuthDetector()
  const secrets = createSecretsDetector()
  const before = repo.skipped.length
  const scan = scanSources(repo, [security.detector, auth.detector, secrets.detector], repo.files.slice(from, to))
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

/** Threads for a scan: `jobs` when given, else every core (at most 4) on a large checkout. */
export function scanThreads(files: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.floor(jobs))
  return files >= PARALLEL_FROM_FILES ? Math.min(4, availableParallelism()) : 1
}

export interface WorkerData {
  root: string
  limits: Repository['limits']
  listing: RepoFile[]
  bounds: number[]
  /** [next chunk to take] */
  next: Int32Array
  /** [chunks this worker has posted]: the main thread sleeps on it */
  progress: Int32Array
  port: MessagePort
}

export type WorkerMessage = { chunk: number; result: ChunkResult } | { chunk: number; error: string }

export function scanInChunks(repo: Repository, jobs?: number): SourceScan {
  const threads = scanThreads(repo.files.length, jobs)
  const script = threads > 1 ? workerScript() : undefined
  const bounds: number[] = []
  for (let i = 0; i < repo.files.length; i += CHUNK_FILES) bounds.push(i)
  bounds.push(repo.files.length)
  const chunks = bounds.length - 1
  const results: (ChunkResult | undefined)[] = Array.from({ length: chunks }, () => undefined)
  const next = new Int32Array(new SharedArrayBuffer(4))
  const workers: { worker: Worker; port: MessagePort; progress: Int32Array }[] = []
  if (script) {
    for (let w = 1; w < threads; w++) {
      const { port1, port2 } = new MessageChannel()
      const progress = new Int32Array(new SharedArrayBuffer(4))
      const data: WorkerData = { root: repo.root, limits: repo.limits, listing: repo.files, bounds, next, progress, port: port2 }
      const worker = new Worker(script, { workerData: data, transferList: [port2] })
      worker.unref()
      workers.push({ worker, port: port1, progress })
    }
  }
  // The main thread takes chunks like any worker.
  for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) results[c] = scanChunk(repo, bounds[c], bounds[c + 1])
  const delivered = workers.length ? collectFromWorkers(workers, results) : 0
  for (const w of workers) void w.worker.terminate()
  // Anything a worker failed on or never finished is scanned here.
  for (let c = 0; c < chunks; c++) results[c] ??= scanChunk(repo, bounds[c], bounds[c + 1])
  const merged = merge(repo, results as ChunkResult[])
  return { ...merged, scan: { ...merged.scan, threads: 1 + delivered } }
}

/**
 * A message arrives with a fresh copy of every string in it (structured clone does not share
 * them): the same path, note or host once per place. Share them again, as the main thread's scan does.
 */
function shareStrings(result: ChunkResult): ChunkResult {
  for (const group of [result.source, result.auth, result.secrets] as object[]) {
    for (const list of Object.values(group) as unknown[][]) {
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

/** Waits for the chunks the workers took; returns how many workers delivered at least one. */
function collectFromWorkers(workers: { port: MessagePort; progress: Int32Array }[], results: (ChunkResult | undefined)[]): number {
  // A chunk a worker failed on counts as answered: the main thread scans it again afterwards.
  const failed = new Set<number>()
  const missing = () => results.some((r, c) => r === undefined && !failed.has(c))
  let lastProgress = -1
  let lastChange = performance.now()
  const delivered = new Set<number>()
  while (missing()) {
    workers.forEach((w, i) => {
      for (let msg = receiveMessageOnPort(w.port); msg; msg = receiveMessageOnPort(w.port)) {
        const m = msg.message as WorkerMessage
        if ('result' in m) {
          results[m.chunk] = shareStrings(m.result)
          delivered.add(i)
        } else failed.add(m.chunk)
      }
    })
    if (!missing()) break
    const progress = workers.reduce((n, w) => n + Atomics.load(w.progress, 0), 0)
    if (progress !== lastProgress) {
      lastProgress = progress
      lastChange = performance.now()
    } else if (performance.now() - lastChange > STALL_MS) break
    // Sleep until a worker posts (it notifies on progress[0]) or 50 ms pass.
    const w = workers[0]
    Atomics.wait(w.progress, 0, Atomics.load(w.progress, 0), 50)
  }
  return delivered.size
}

function merge(repo: Repository, parts: ChunkResult[]): Omit<ChunkResult, 'skipped'> {
  const [first, ...rest] = parts.length ? parts : [scanChunk(repo, 0, 0)]
  for (const p of rest) {
    appendAll(first.source, p.source)
    appendAll(first.auth, p.auth)
    appendAll(first.secrets, p.secrets)
    first.scan.files += p.scan.files
    first.scan.sourceFiles += p.scan.sourceFiles
    first.scan.bytes += p.scan.bytes
    first.skipped.push(...p.skipped)
  }
  for (const s of first.skipped) repo.noteSkipped(s.path, s.reason)
  return { source: first.source, auth: first.auth, secrets: first.secrets, scan: first.scan }
}

/** Append each array of `part` to the same-named array of `into` (element by element: no argument-count limit). */
function appendAll<T extends object>(into: T, part: T): void {
  for (const key of Object.keys(part) as (keyof T)[]) {
    const target = into[key] as unknown[]
    for (const item of part[key] as unknown[]) target.push(item)
  }
}
