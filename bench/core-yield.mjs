// What a second core gives a check on this machine: two checks of 10,000
// realistic files each (two seeds), one after the other, then both at once.
// Two processes share nothing of Node or V8, so their yield is the machine's:
// it bounds what a second scan thread can bring to one check (ripgrep's own
// two threads meet the same limit, on far less work). The bundled CLI, one scan
// thread each (--jobs 1). Figures, not assertions (npm run bench:cores).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from './generate.mjs'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const FILES = 10_000
const RUNS = 3

/** Milliseconds until every check given has exited (all started at once). */
async function together(roots) {
  const start = performance.now()
  await Promise.all(
    roots.map(
      (root) =>
        new Promise((done, fail) =>
          spawn(process.execPath, [CLI, 'check', root, '--format', 'json', '--output', '/dev/null', '--jobs', '1'], {
            stdio: 'ignore'
          }).on('exit', (code) =>
            code === 0 || code === 1 ? done() : fail(new Error(`check of ${root} exited ${code}`))
          )
        )
    )
  )
  return performance.now() - start
}

const best = async (f) => {
  let min = Infinity
  for (let i = 0; i < RUNS; i++) min = Math.min(min, await f())
  return min
}

const roots = [1, 2].map((seed) => {
  const root = mkdtempSync(join(tmpdir(), `golive-cores-${seed}-`))
  generate(root, FILES, seed, 'realistic')
  return root
})
try {
  // One warm-up each: the first read of fresh files is not what is measured.
  for (const root of roots) await together([root])
  const alone = [await best(() => together([roots[0]])), await best(() => together([roots[1]]))]
  const both = await best(() => together(roots))
  const sequential = alone[0] + alone[1]
  console.log(`two checks of ${FILES} realistic files, --jobs 1, best of ${RUNS} (node ${process.version})`)
  console.log(`one after the other: ${alone[0].toFixed(0)} + ${alone[1].toFixed(0)} = ${sequential.toFixed(0)} ms`)
  console.log(`both at once: ${both.toFixed(0)} ms`)
  console.log(`what the second core gives: ${(sequential / both).toFixed(2)}× (2.00× would be a core's worth)`)
} finally {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
}
