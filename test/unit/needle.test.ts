// The literal prefilter: a needle must be a word every match contains, or none at all.
// And the places the scan reports: the same line and column however they are found.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LineFinder, matchesOf, needleOf } from '../../src/evidence/source/scan.js'
import { fuzz } from '../support/fuzz.js'

describe('needleOf', () => {
  it('takes the leading word after \\b or a lookbehind', () => {
    expect(needleOf(/\bacquireTokenOnBehalfOf\s*\(/g)).toBe('acquireTokenOnBehalfOf')
    expect(needleOf(/(?<![\w.])fetch\s*\(/g)).toBe('fetch')
    expect(needleOf(/\bauth\.RequireBearerToken\s*\(/g)).toBe('auth')
  })
  it('drops a character made optional by a quantifier, and refuses short words', () => {
    expect(needleOf(/\bJwtDecoders?\b/g)).toBe('JwtDecoder')
    expect(needleOf(/\bgot?x/g)).toBeUndefined()
    expect(needleOf(/\bnet\.Dial/g)).toBeUndefined()
  })
  it('has none for alternations, case-insensitive patterns and leading classes', () => {
    expect(needleOf(/\bfoo_bar|\bbaz_qux/g)).toBeUndefined()
    expect(needleOf(/\bx-api-key/gi)).toBeUndefined()
    expect(needleOf(/['"]x-api-key['"]/g)).toBeUndefined()
    expect(needleOf(/\.(?:tool|registerTool)\s*\(/g)).toBeUndefined()
  })
  it('matchesOf finds the same matches as matchAll when the needle is there, none when it is not', () => {
    const re = /\bfetchData\s*\(/g
    const text = 'a(); fetchData(1); fetchData (2)'
    expect([...matchesOf(text, re)].map((m) => m.index)).toEqual([...text.matchAll(re)].map((m) => m.index))
    expect([...matchesOf('no such call here', re)]).toEqual([])
  })
})

describe('LineFinder', () => {
  // The plain definition: one more than the newlines before the offset, and the distance from the last of them.
  const lineColumn = (t: string, offset: number) => ({ line: t.slice(0, offset).split('\n').length, column: offset - t.slice(0, offset).lastIndexOf('\n') })

  it('gives the line and column of the plain definition, for offsets in any order (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ', 'é'), maxLength: 200 })
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, raw) => {
        const finder = new LineFinder(t)
        for (const r of raw) {
          const offset = t.length ? r % (t.length + 1) : 0
          expect(finder.at(offset)).toEqual(lineColumn(t, offset))
        }
      }),
      fuzz(300)
    )
  })
})
