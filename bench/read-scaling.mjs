// How reading files scales with threads on this machine, apart from the gate:
// open, fstat, read and decode every file of a synthetic 20,000-file
// repository on 1 and on 2 worker threads, with and without a few regular
// expressions per file. Figures, not assertions (node bench/read-scaling.mjs).
import { closeSync, fstatSync, mkdtempSync, openSync, readdirSync, readSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { generate } from './generate.mjs'

function list(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') list(p, out)
    } else out.push(p)
  }
  return out
}

const PATTERNS = [/fetch\(/g, /registerTool/g, /http\.Get/g, /ghp_[0-9a-zA-Z]{36}/g, /\bimport\b/g, /[A-Z]{4,}/g]

function work(files, withPatterns) {
  const buf = Buffer.allocUnsafe(1 << 20)
  let matches = 0
  for (const f of files) {
    const fd = openSync(f, 'r')
    const size = fstatSync(fd).size
    if (size <= buf.length) {
      const text = buf.toString('utf8', 0, readSync(fd, buf, 0, size, 0))
      if (withPatterns) for (const re of PATTERNS) for (const _ of text.matchAll(re)) matches++
    }
    closeSync(fd)
  }
  return matches
}

if (isMainThread) {
  const root = mkdtempSync(join(tmpdir(), 'golive-read-'))
  generate(root, 20000)
  const files = list(root)
  for (const withPatterns of [false, true]) {
    for (const threads of [1, 2]) {
      const times = []
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        await Promise.all(Array.from({ length: threads }, (_, i) => new Promise((done) => new Worker(new URL(import.meta.url), { workerData: { files: files.filter((_, k) => k % threads === i), withPatterns } }).on('message', done))))
        times.push(performance.now() - start)
      }
      const best = Math.min(...times)
      console.log(`${withPatterns ? 'read + 6 patterns' : 'read only'}, ${threads} thread${threads > 1 ? 's' : ''}: ${best.toFixed(0)} ms (best of 3, ${files.length} files)`)
    }
  }
  rmSync(root, { recursive: true, force: true })
} else parentPort.postMessage(work(workerData.files, workerData.withPatterns))
