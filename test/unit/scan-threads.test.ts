// How many threads a source pass takes, and when it starts more (workers that
// end early or start late are in test/cli/parallel-scan.test.ts).
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { restWorthThreads, scanThreads } from '../../src/evidence/source/parallel-scan.js'

describe('scanThreads', () => {
  // The caller's thread counts: 2 means the caller and one worker.
  const cores = availableParallelism()

  it('gives one thread per 10,000 files by default, at most one per core and 4', () => {
    expect(scanThreads(0)).toBe(1)
    expect(scanThreads(9_999)).toBe(1)
    expect(scanThreads(20_000)).toBe(Math.min(2, cores))
    expect(scanThreads(39_999)).toBe(Math.min(3, cores))
    expect(scanThreads(1_000_000)).toBe(Math.min(4, cores))
  })

  it('takes --jobs as given, whatever the number of files', () => {
    expect(scanThreads(10, 3)).toBe(3)
    expect(scanThreads(1_000_000, 1)).toBe(1)
  })
})

describe('restWorthThreads', () => {
  it('judges only after 150 ms of scanning: the first files run code not yet compiled', () => {
    expect(restWorthThreads(149, 250, 1_000_000)).toBe(false)
    expect(restWorthThreads(150, 250, 1_000_000)).toBe(true)
  })

  it('starts more threads when the rest, at the pace so far, would take a second or more alone', () => {
    // 200 ms for 500 files: 0.4 ms a file, so 2,500 files left take 1 s and 2,499 do not.
    expect(restWorthThreads(200, 500, 2_500)).toBe(true)
    expect(restWorthThreads(200, 500, 2_499)).toBe(false)
    expect(restWorthThreads(1_000, 500, 0)).toBe(false)
    expect(restWorthThreads(1_000, 0, 5_000)).toBe(false)
  })
})
