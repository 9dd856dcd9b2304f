// The source pass split over threads gives the same result, byte for byte, as
// one thread: same facts, same order, same skipped files. Runs the bundle (the
// worker is dist/scan-worker.js) under Node 20 and 24.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../bench/generate.mjs'
import { Repository } from '../../src/evidence/repository.js'
import {
  scanOnThisThread,
  startSourceScan,
  type SourceScan,
  type SourceScanOptions
} from '../../src/evidence/source/parallel-scan.js'
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
  writeFileSync(
    join(repo, 'python/tools/m1/secret.py'),
    `API = "https://api.example.com"\nTOKEN = "ghp_${'a1B2c3D4e5'.repeat(3)}abcdef"\n`
  )
}, 60_000)
afterAll(() => rmSync(repo, { recursive: true, force: true }))

for (const { name, bin } of nodeBinaries()) {
  const check = (dir: string, jobs: number) => {
    const r = spawnSync(
      bin,
      [CLI, 'check', dir, '--format', 'json', '--today', '2026-11-24', '--timings', '--jobs', String(jobs)],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 }
    )
    return { code: r.status, out: r.stdout, err: r.stderr, threads: Number(/(\d+) threads?\)/.exec(r.stderr)?.[1]) }
  }

  describe(`source pass over threads under ${name}`, () => {
    it('1, 2 and 3 threads give the same JSON result on a 3,000-file repository', () => {
      const one = check(repo, 1)
      const two = check(repo, 2)
      const three = check(repo, 3)
      expect(one.threads).toBe(1)
      // --timings: the stages (start: Node, the gate thread and the modules), and the checks' time for each of the six phases.
      expect(one.err).toMatch(
        /^timings: start \d+ ms, config \d+ ms, snapshot \d+ ms, evidence \d+ ms \(\d+ files, [\d.]+ MB read, 1 thread\), checks \d+ ms \(security \d+, policy \d+, infra \d+, auth \d+, observability \d+, report \d+\)$/m
      )
      expect(two.threads).toBe(2)
      expect(three.threads).toBeGreaterThanOrEqual(2)
      expect([one.code, two.code, three.code]).toEqual([1, 1, 1])
      const result = JSON.parse(one.out)
      // Not an empty result: tools, the planted secret and the skipped files are all in it.
      expect(
        result.findings.some(
          (f: { check: string; evidence: { file: string }[] }) =>
            f.check === 'policy.secrets' && f.evidence.some((e) => e.file === 'python/tools/m1/secret.py')
        )
      ).toBe(true)
      expect(result.notRead.files).toContainEqual({ path: 'src/tools/m0/zz-binary.dat', reason: 'binary' })
      expect(result.notRead.byReason).toEqual({ binary: 1, 'too large': 3 })
      // Compared as booleans: a failure should not print two megabytes of JSON.
      expect(two.out === one.out).toBe(true)
      expect(three.out === one.out).toBe(true)
    })

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

// The pass itself, from the sources with the bundle's worker script: what the CLI cannot be made to
// do from outside (a worker out of memory, workers started late) is asked of it through its options.
describe('source pass with workers that end early or start late', () => {
  const workerScript = pathToFileURL(join(ROOT, 'dist', 'scan-worker.js'))
  /** The evidence as text: every list in order (a fact table as its rows), skipped files included. */
  const asText = (repository: Repository, scan: SourceScan) => {
    const lists = (group: object) =>
      Object.entries(group).map(([key, list]) => [key, Array.isArray(list) ? list : [...(list as Iterable<unknown>)]])
    const { threads: _threads, ...counts } = scan.scan
    return JSON.stringify([lists(scan.source), lists(scan.auth), lists(scan.secrets), counts, repository.skipped])
  }
  const oneThread = () => {
    const r = new Repository(repo)
    return asText(r, scanOnThisThread(r))
  }
  const withWorkers = async (options: SourceScanOptions) => {
    const r = new Repository(repo)
    const scan = await startSourceScan(r, { workerScript, ...options }).finish()
    return { text: asText(r, scan), threads: scan.scan.threads }
  }

  it('two threads give the same evidence, in the same order, as this thread alone', async () => {
    const two = await withWorkers({ jobs: 2 })
    expect(two.threads).toBe(2)
    const one = oneThread()
    // Not empty: the planted secret and the binary file are in it.
    expect(one).toContain('secret.py')
    expect(one).toContain('zz-binary.dat')
    expect(two.text === one).toBe(true)
  }, 60_000)

  it('workers out of memory (a 4 MB heap) are seen to end, and the main thread scans what they had taken', async () => {
    // Less than 4 MB and V8 cannot start the worker; at 4 it runs out while scanning.
    const r = await withWorkers({ jobs: 3, workerLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 } })
    expect(r.threads).toBe(1)
    expect(r.text === oneThread()).toBe(true)
  }, 60_000)

  it('workers started after the main thread’s first chunk give the same evidence', async () => {
    // By default a 3,000-file repository starts with no worker; this makes the main thread start
    // the later ones after its first chunk, as when that chunk showed heavy files.
    const r = await withWorkers({ startLaterWorkersAtOnce: true })
    expect(r.threads).toBe(Math.min(4, availableParallelism()))
    expect(r.text === oneThread()).toBe(true)
  }, 60_000)
})
