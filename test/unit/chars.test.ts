// The character classes the hand-written scanners share are the patterns' own
// classes: checked on every UTF-16 code unit.
import { describe, expect, it } from 'vitest'
import { isAsciiLetter, isSpaceChar, isWordChar } from '../../src/chars.js'

describe('character classes by code', () => {
  it('agree with [A-Za-z], \\w and \\s on every code unit, and are false past the text (NaN)', () => {
    const differ: string[] = []
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (isAsciiLetter(c) !== /[A-Za-z]/.test(ch)) differ.push(`letter ${c}`)
      if (isWordChar(c) !== /\w/.test(ch)) differ.push(`word ${c}`)
      if (isSpaceChar(c) !== /\s/.test(ch)) differ.push(`space ${c}`)
    }
    expect(differ).toEqual([])
    expect([isAsciiLetter(NaN), isWordChar(NaN), isSpaceChar(NaN)]).toEqual([false, false, false])
  })
})
