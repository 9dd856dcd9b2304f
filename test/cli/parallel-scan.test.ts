// The source pass split over threads gives the same result, byte for byte, as
// one thread: same facts, same order, same skipped files. Runs the bundle (the
// worker is dist/scan-worker.js) under Node 20 and 24.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript module of the benchmarks, without types
import { generate } from '../../bench/generate.mjs'
import { EXAMPLES, ROOT } from '../support/gate.js'
import { nodeBinaries } from '../support/node-binaries.js'

const CLI = join(ROOT, 'dist', 'cli.js')
let repo: string

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'golive-parallel-'))
  // 12 chunks of 250 files: enough that every thread of 2 or 3 takes some, however late a worker starts.
  generate(repo, 3000, 7)
  // Files the pass has to skip, spread over several chunks: binary (a NUL in a file of no source language) and too large.
  writeFileSync(join(repo, 'src/tools/m0/zz-binary.dat'), Buffer.from([0x63, 0x6f, 0x6e, 0x00, 0x01, 0x02]))
  writeFileSync(join(repo, 'python/tools/m1/secret.py'), `API = "https://api.example.com"\nTOKEN = "ghp_${'a1B2c3D4e5'.repeat(3)}abcdef"\n`)
}, 60_000)
afterAll(() => rmSync(repo, { recursive: true, force: true }))

for (const { name, bin } of nodeBinaries()) {
  const check = (dir: string, jobs: number) => {
    const r = spawnSync(bin, [CLI, 'check', dir, '--format', 'json', '--today', '2026-11-24', '--timings', '--jobs', String(jobs)], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 })
    return { code: r.status, out: r.stdout, err: r.stderr, threads: Number(/(\d+) threads?\)/.exec(r.stderr)?.[1]) }
  }

  describe(`source pass over threads under ${name}`, () => {
    it('1, 2 and 3 threads give the same JSON result on a 3,000-file repository', () => {
      const one = check(repo, 1)
      const two = check(repo, 2)
      const three = check(repo, 3)
      expect(one.threads).toBe(1)
      // --timings: the stages (start: Node, the gate thread and the modules), and the checks' time for each of the six phases.
      expect(one.err).toMatch(/^timings: start \d+ ms, config \d+ ms, snapshot \d+ ms, evidence \d+ ms \(\d+ files, [\d.]+ MB read, 1 thread\), checks \d+ ms \(security \d+, policy \d+, infra \d+, auth \d+, observability \d+, report \d+\)$/m)
      expect(two.threads).toBe(2)
      expect(three.threads).toBeGreaterThanOrEqual(2)
      expect([one.code, two.code, three.code]).toEqual([1, 1, 1])
      const result = JSON.parse(one.out)
      // Not an empty result: tools, the planted secret and the skipped files are all in it.
      expect(result.findings.some((f: { check: string; evidence: { file: string }[] }) => f.check === 'policy.secrets' && f.evidence.some((e) => e.file === 'python/tools/m1/secret.py'))).toBe(true)
      expect(result.notRead.files).toContainEqual({ path: 'src/tools/m0/zz-binary.dat', reason: 'binary' })
      expect(result.notRead.byReason).toEqual({ binary: 1, 'too large': 3 })
      // Compared as booleans: a failure should not print two megabytes of JSON.
      expect(two.out === one.out).toBe(true)
      expect(three.out === one.out).toBe(true)
    })

    it('workers started while the main thread scans (its first chunks showed heavy files) give the same JSON result', () => {
      // By default a 3,000-file repository starts with no worker; the test switch makes the main
      // thread judge the rest worth more threads after its first chunk.
      const r = spawnSync(bin, [CLI, 'check', repo, '--format', 'json', '--today', '2026-11-24', '--timings'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28, env: { ...process.env, MCP_GOLIVE_TEST_LATE_WORKERS: '1' } })
      expect(r.status).toBe(1)
      expect(Number(/(\d+) threads?\)/.exec(r.stderr)?.[1])).toBe(Math.min(4, availableParallelism()))
      expect(r.stdout === check(repo, 1).out).toBe(true)
    }, 60_000)

    it('a worker that runs out of memory is given up: same result, exit 1, no stack trace', () => {
      // A 4 MB heap (less and V8 cannot even start the worker): the workers run out while scanning,
      // and the main thread scans what they had taken once the stall watchdog gives them up.
      const r = spawnSync(bin, [CLI, 'check', repo, '--format', 'json', '--today', '2026-11-24', '--timings', '--jobs', '2'], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28, env: { ...process.env, MCP_GOLIVE_TEST_WORKER_HEAP_MB: '4' } })
      expect(r.stderr).not.toMatch(/ERR_WORKER_OUT_OF_MEMORY|\n\s+at /)
      expect(r.status).toBe(1)
      expect(r.stderr).toMatch(/^timings: /m)
      expect(r.stdout === check(repo, 1).out).toBe(true)
    }, 60_000)

    it('the examples come out the same with 2 threads as with 1', () => {
      for (const example of ['ready-server', 'unready-server']) {
        const dir = join(EXAMPLES, example)
        expect(check(dir, 2).out).toBe(check(dir, 1).out)
      }
    })

    it('--jobs must be a whole number from 1 to 64 (exit 2)', () => {
      for (const bad of ['0', 'two', '1.5', '65']) {
        const r = spawnSync(bin, [CLI, 'check', repo, '--jobs', bad], { encoding: 'utf8' })
        expect(r.status).toBe(2)
        expect(r.stderr).toContain('--jobs must be a whole number')
      }
    })
  })
}
