// The source pass gives up on its workers when none shows a sign of life: the
// rule, on a clock the test sets (the end-to-end case, a worker out of memory,
// is in test/cli/parallel-scan.test.ts), and how many threads a pass takes.
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { restWorthThreads, scanThreads, StallWatch } from '../../src/evidence/source/parallel-scan.js'

describe('StallWatch', () => {
  it('is alive while the count moves, and dead once it has stood still for longer than the limit', () => {
    const watch = new StallWatch(2000)
    expect(watch.alive(0, 0)).toBe(true)
    expect(watch.alive(0, 2000)).toBe(true)
    // A worker began a file: the limit counts from now.
    expect(watch.alive(1, 2500)).toBe(true)
    expect(watch.alive(1, 4500)).toBe(true)
    expect(watch.alive(1, 4501)).toBe(false)
  })

  it('counts from the first look, not from zero: workers that began before the main thread looked are alive', () => {
    const watch = new StallWatch(2000)
    expect(watch.alive(40, 10_000)).toBe(true)
    expect(watch.alive(40, 11_999)).toBe(true)
    expect(watch.alive(40, 12_001)).toBe(false)
  })
})

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
