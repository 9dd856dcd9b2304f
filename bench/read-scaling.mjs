// How reading files scales with threads on this machine, apart from the gate:
// open, fstat, read and decode every file of a synthetic 20,000-file
// repository on 1 and on 2 worker threads, with and without a few regular
// expressions per file; and the same expressions on texts already in memory
// (each thread's time, reading excluded), to tell the disk from the CPU.
// Figures, not assertions (node bench/read-scaling.mjs).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { list, read } from './files.mjs'
import { generate } from './generate.mjs'

const PATTERNS = [/fetch\(/g, /registerTool/g, /http\.Get/g, /ghp_[0-9a-zA-Z]{36}/g, /\bimport\b/g, /[A-Z]{4,}/g]

const matchAll = (text) => {
  let matches = 0
  for (const re of PATTERNS) for (const _ of text.matchAll(re)) matches++
  return matches
}

/** The milliseconds the mode's work takes on this thread. */
function work(files, mode) {
  const buf = Buffer.allocUnsafe(1 << 20)
  if (mode === 'in memory') {
    const texts = []
    for (const f of files) read(f, buf, (t) => texts.push(t))
    const start = performance.now()
    texts.forEach(matchAll)
    return performance.now() - start
  }
  const start = performance.now()
  for (const f of files) read(f, buf, mode === 'read only' ? () => {} : matchAll)
  return performance.now() - start
}

if (isMainThread) {
  const root = mkdtempSync(join(tmpdir(), 'golive-read-'))
  generate(root, 20000)
  const files = list(root)
  for (const mode of ['read only', 'read + 6 patterns', 'in memory']) {
    for (const threads of [1, 2]) {
      const times = []
      for (let run = 0; run < 3; run++) {
        // Each thread's own time for its half (worker start excluded): the slowest is the wall time.
        const own = await Promise.all(
          Array.from(
            { length: threads },
            (_, i) =>
              new Promise((done) =>
                new Worker(new URL(import.meta.url), {
                  workerData: { files: files.filter((_, k) => k % threads === i), mode }
                }).on('message', done)
              )
          )
        )
        times.push(Math.max(...own))
      }
      const best = Math.min(...times)
      const what = mode === 'in memory' ? '6 patterns on texts in memory' : mode
      console.log(
        `${what}, ${threads} thread${threads > 1 ? 's' : ''}: ${best.toFixed(0)} ms (best of 3, ${files.length} files)`
      )
    }
  }
  rmSync(root, { recursive: true, force: true })
} else parentPort.postMessage(work(workerData.files, workerData.mode))
