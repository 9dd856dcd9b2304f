// `--jobs 64` on a small machine took 1.3 GB (issue 21): the threads are capped by the cores and by
// the free memory, and the CLI says so. The machine is passed in, so low memory can be tested here.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/errors.js'
import { scanPlan } from '../../src/evidence/source/parallel-scan.js'
import { cappedJobs, jobsInput, MB_PER_SCAN_THREAD, thisMachine } from '../../src/jobs.js'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub } from '../support/fake-github.js'
import { EXAMPLES } from '../support/gate.js'
import { cli } from '../support/hostile-repo.js'

const MB = 1024 * 1024

describe('--jobs is capped by cores and free memory', () => {
  it('64 threads on 32 cores with 200 MB free: 3 threads, the memory said', () => {
    expect(cappedJobs(64, { cores: 32, freeBytes: 200 * MB })).toEqual({
      jobs: 3,
      capped: `--jobs 64 capped to 3 (200 MB free memory, ${MB_PER_SCAN_THREAD} MB a thread)`
    })
  })

  it('less free memory than one thread needs still leaves one thread', () => {
    const tiny = cappedJobs(64, { cores: 64, freeBytes: 10 * MB })
    expect(tiny).toEqual({ jobs: 1, capped: expect.stringContaining('10 MB free memory') })
    expect(cappedJobs(8, { cores: 8, freeBytes: 0 }).jobs).toBe(1)
  })

  it('memory enough: the cores cap, and say so', () => {
    const twoCores = cappedJobs(64, { cores: 2, freeBytes: 16 * 1024 * MB })
    expect(twoCores).toEqual({ jobs: 2, capped: '--jobs 64 capped to 2 (2 cores)' })
    expect(cappedJobs(64, { cores: 1, freeBytes: 16 * 1024 * MB }).capped).toBe('--jobs 64 capped to 1 (1 core)')
  })

  it('within both: as asked, nothing said', () => {
    expect(cappedJobs(3, { cores: 4, freeBytes: 4 * MB_PER_SCAN_THREAD * MB })).toEqual({ jobs: 3 })
    // The cap grows with memory: a thread per 64 MB, up to the cores.
    for (const free of [64, 128, 256, 512, 1024]) {
      expect(cappedJobs(64, { cores: 64, freeBytes: free * MB }).jobs).toBe(free / MB_PER_SCAN_THREAD)
    }
  })

  it('the CLI says it capped, on standard error, and the run goes on', () => {
    const r = cli(['check', join(EXAMPLES, 'ready-server'), '--format', 'json', '--jobs', '64'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/--jobs 64 capped to \d+ \(/)
    const cap = Number(/capped to (\d+)/.exec(r.stderr)![1])
    expect(cap).toBeGreaterThanOrEqual(1)
    expect(cap).toBeLessThanOrEqual(availableParallelism())
    expect(JSON.parse(r.stdout).verdict).toBe('ready')
  })
})

// Without --jobs the pass takes up to 4 threads (one per 10,000 files, more when the first files are slow): the same
// cap holds, so a default run on a machine short of memory does not start threads it cannot hold.
describe('the default thread count and the action input go through the same cap', () => {
  const plenty = 16 * 1024 * MB

  it('by default: one thread per 10,000 files, at most 4, the cores and one per 64 MB free', () => {
    expect(scanPlan(1_000_000, undefined, { cores: 32, freeBytes: plenty })).toEqual({ threads: 4, later: 0 })
    expect(scanPlan(1_000_000, undefined, { cores: 2, freeBytes: plenty })).toEqual({ threads: 2, later: 0 })
    expect(scanPlan(1_000_000, undefined, { cores: 32, freeBytes: 200 * MB })).toEqual({ threads: 3, later: 0 })
    expect(scanPlan(1_000_000, undefined, { cores: 32, freeBytes: 10 * MB })).toEqual({ threads: 1, later: 0 })
  })

  it('the threads started later, when the first files are slow, stay within the cap too', () => {
    expect(scanPlan(100, undefined, { cores: 32, freeBytes: plenty })).toEqual({ threads: 1, later: 3 })
    expect(scanPlan(100, undefined, { cores: 32, freeBytes: 130 * MB })).toEqual({ threads: 1, later: 1 })
    expect(scanPlan(100, undefined, { cores: 32, freeBytes: 50 * MB })).toEqual({ threads: 1, later: 0 })
  })

  it('jobs given (already capped by jobsInput): as given, none later', () => {
    expect(scanPlan(100, 3, { cores: 32, freeBytes: plenty })).toEqual({ threads: 3, later: 0 })
  })

  it('the action input and --jobs: one parser, one cap, the option named', () => {
    const twoCores = { cores: 2, freeBytes: plenty }
    expect(jobsInput('64', 'jobs', twoCores)).toEqual({ jobs: 2, capped: 'jobs 64 capped to 2 (2 cores)' })
    expect(jobsInput('64', '--jobs', twoCores)?.capped).toBe('--jobs 64 capped to 2 (2 cores)')
    expect(jobsInput(undefined, 'jobs', twoCores)).toBeUndefined()
    expect(jobsInput('', 'jobs', twoCores)).toBeUndefined()
    for (const bad of ['0', '65', '1.5', 'many'])
      expect(() => jobsInput(bad, 'jobs', twoCores)).toThrow(
        new UsageError(`jobs must be a whole number from 1 to 64, got "${bad}"`)
      )
  })

  it('this machine: free memory is the least of free and what a cgroup leaves', () => {
    const m = thisMachine()
    expect(m.cores).toBe(availableParallelism())
    expect(m.freeBytes).toBeGreaterThan(0)
  })

  it('the CLI without --jobs scans with no more threads than the cap', () => {
    const r = cli(['check', join(EXAMPLES, 'ready-server'), '--timings'])
    expect(r.status, r.stderr).toBe(0)
    const threads = Number(/(\d+) threads?\)/.exec(r.stderr + r.stdout)![1])
    expect(threads).toBeGreaterThanOrEqual(1)
    expect(threads).toBeLessThanOrEqual(cappedJobs(4, thisMachine()).jobs)
  })

  it('the action: input jobs is capped and said in the log; a bad value fails the step naming it', async () => {
    const api = await startFakeGitHub()
    try {
      const r = await runAction(process.execPath, api, { inputs: { jobs: '64' } })
      expect(r.code, r.stdout).toBe(0)
      expect(r.stdout).toMatch(/jobs 64 capped to \d+ \(/)
      const bad = await runAction(process.execPath, api, { inputs: { jobs: '0' } })
      expect(bad.code).toBe(2)
      expect(bad.stdout).toContain('jobs must be a whole number from 1 to 64, got "0"')
    } finally {
      await api.close()
    }
  }, 60_000)
})
