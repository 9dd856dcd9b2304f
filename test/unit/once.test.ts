// once(): what the capability pass indexes per file is made on first use, and only once.
import { describe, expect, it } from 'vitest'
import { once } from '../../src/evidence/derived/once.js'

describe('once', () => {
  it('runs nothing until first called, then gives the same value every call', () => {
    let runs = 0
    const get = once(() => ({ run: ++runs }))
    expect(runs).toBe(0)
    const first = get()
    expect(get()).toBe(first)
    expect(runs).toBe(1)
  })

  it('keeps an undefined value too', () => {
    let runs = 0
    const get = once(() => void runs++)
    get()
    get()
    expect(runs).toBe(1)
  })
})
