// The source pass gives up on its workers when none shows a sign of life: the
// rule, on a clock the test sets (the end-to-end case, a worker out of memory,
// is in test/cli/parallel-scan.test.ts).
import { describe, expect, it } from 'vitest'
import { StallWatch } from '../../src/evidence/source/parallel-scan.js'

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
