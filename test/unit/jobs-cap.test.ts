// `--jobs 64` on a small machine took 1.3 GB (issue 21): the threads are capped by the cores and by
// the free memory, and the CLI says so. The machine is passed in, so low memory can be tested here.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cappedJobs, MB_PER_SCAN_THREAD } from '../../src/cli.js'
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
