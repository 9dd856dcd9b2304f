// The literal prefilter: a needle must be a word every match contains, or none at all.
// And the places the scan reports: the same line and column however they are found.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { LITERALS } from '../../src/evidence/source/literals.js'
import {
  LineFinder,
  matchesOf,
  needleOf,
  needlesInUse,
  needlesOf,
  patternMatches
} from '../../src/evidence/source/scan.js'
import { SECRET_RULES } from '../../src/secrets/rules.js'
import { CONTENT_RULES, TOOL_LITERAL_RULES } from '../../src/evidence/source/rules/index.js'
import { fuzz } from '../support/fuzz.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

describe('needleOf', () => {
  it('takes the longest run of required characters, escaped ones included', () => {
    expect(needleOf(/\bacquireTokenOnBehalfOf\s*\(/g)).toBe('acquireTokenOnBehalfOf')
    expect(needleOf(/(?<![\w.])fetch\s*\(/g)).toBe('fetch')
    expect(needleOf(/\bauth\.RequireBearerToken\s*\(/g)).toBe('auth.RequireBearerToken')
    expect(needleOf(/\bnet\.Dial(?:Timeout)?\s*\(/g)).toBe('net.Dial')
    // not only at the start: after a class, a group and an optional character
    expect(needleOf(/\b([A-Za-z_]\w*)\s*=\s*@?"data:(image|audio)\//g)).toBe('"data:')
    expect(needleOf(/\.(?:get|post)\s*\(\s*(?=f?['"])/g)).toBeUndefined()
  })
  it('drops a character a quantifier makes optional, ends a run at a repeat, and refuses short runs', () => {
    expect(needleOf(/\bJwtDecoders?\b/g)).toBe('JwtDecoder')
    expect(needleOf(/\bgot?x/g)).toBeUndefined()
    expect(needleOf(/abcd{0,3}efgh/g)).toBe('efgh')
    expect(needleOf(/abcdx+yz/g)).toBe('abcdx')
    expect(needleOf(/ab\x41\u0042cd/g)).toBeUndefined()
    expect(needleOf(/(?<x>a)\k<x>bcde/g)).toBe('bcde')
    // Not across a space: the views a needle is looked for in blank characters to spaces.
    expect(needleOf(/abcd efghi/g)).toBe('efghi')
  })
  it('has none for top-level alternations and case-insensitive patterns; alternations inside groups are stepped over', () => {
    expect(needleOf(/\bfoo_bar|\bbaz_qux/g)).toBeUndefined()
    expect(needleOf(/\bx-api-key/gi)).toBeUndefined()
    expect(needleOf(/['"]x-api-key['"]/g)).toBe('x-api-key')
    expect(needleOf(/\.(?:tool|registerTool)\s*\(/g)).toBeUndefined()
    expect(needleOf(/(?:a|b)[|(]\bsetRequestHandler\s*\((?:x|y)/g)).toBe('setRequestHandler')
  })
  it('matchesOf finds the same matches as matchAll when the needle is there, none when it is not', () => {
    const re = /\bfetchData\s*\(/g
    const text = 'a(); fetchData(1); fetchData (2)'
    const file = (t: string) => ({ text: t, code: t, bare: t, mayHold: () => true })
    expect([...matchesOf(file(text), 'code', re)].map((m) => m.index)).toEqual(
      [...text.matchAll(re)].map((m) => m.index)
    )
    expect([...matchesOf(file('no such call here'), 'code', re)]).toEqual([])
    // The literal scan's answer is trusted: a file said not to hold the needle is not searched.
    expect([...matchesOf({ ...file(text), mayHold: (l: string) => l !== 'fetchData' }, 'code', re)]).toEqual([])
  })

  it('patternMatches makes a finder’s needle known to the literal scan, as matchesOf does a pattern’s', () => {
    const pattern = {
      re: /\bquuxFinder\(/g,
      needle: 'quuxFinder',
      find: (t: string) => [...t.matchAll(/\bquuxFinder\(/g)].map((m) => ({ index: m.index, 0: m[0] }))
    }
    const text = 'quuxFinder(1)'
    const file = (t: string) => ({ text: t, code: t, bare: t, mayHold: () => true })
    expect(patternMatches(file(text), 'code', pattern).map((m) => m.index)).toEqual([0])
    // Unknown to the scan, a literal may be anywhere; known, a text without it is said not to hold it.
    expect(LITERALS.scan('no such call here').mayHold('quuxFinder')).toBe(false)
    expect(LITERALS.scan(`a ${text}`).mayHold('quuxFinder')).toBe(true)
    // The literal scan's answer is trusted: a file said not to hold the needle is not searched.
    expect(patternMatches({ ...file(text), mayHold: (l: string) => l !== 'quuxFinder' }, 'code', pattern)).toEqual([])
  })
})

describe('needlesOf', () => {
  it('is the needle when there is one', () => {
    expect(needlesOf(/\bnet\.Dial(?:Timeout)?\s*\(/g)).toEqual(['net.Dial'])
  })
  it('takes each branch’s needle for a top-level alternation, or none when a branch has none', () => {
    expect(needlesOf(/\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g)).toEqual([
      'NodeSDK',
      '@opentelemetry/sdk-node',
      'NodeTracerProvider'
    ])
    expect(needlesOf(/\burllib\.request\.urlopen\s*\(|\burlopen\s*\(/g)).toEqual(['urllib.request.urlopen', 'urlopen'])
    expect(needlesOf(/\bfoo_bar|\bbaz/g)).toBeUndefined()
    expect(needlesOf(/\bNodeSDK|\bnodesdk/gi)).toBeUndefined()
  })
  it('takes the branches of the first group every match passes through, not a look-around or an optional one', () => {
    expect(needlesOf(/\b(?:httpx|requests)\.(?:get|post)\s*\(/g)).toEqual(['httpx', 'requests'])
    expect(needlesOf(/(['"])(enduser\.id|user\.name)\1/g)).toEqual(['enduser.id', 'user.name'])
    expect(needlesOf(/(?:abcde|fghij)?\.(?:klmno|pqrst)/g)).toEqual(['klmno', 'pqrst'])
    expect(needlesOf(/(?=abcde|fghij)\w+/g)).toBeUndefined()
    expect(needlesOf(/(?:abcde|fg)x/g)).toBeUndefined()
    // A branch with alternatives of its own.
    expect(needlesOf(/abcde|(?:fghij|klmno)x/g)).toEqual(['abcde', 'fghij', 'klmno'])
  })
})

describe('LineFinder', () => {
  // The plain definition: one more than the newlines before the offset, and the distance from the last of them.
  const lineColumn = (t: string, offset: number) => ({
    line: t.slice(0, offset).split('\n').length,
    column: offset - t.slice(0, offset).lastIndexOf('\n')
  })

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

// What fast-check cannot generate from is taken out: zero-width assertions (which only widens what
// matches), and back-references, which in these patterns repeat a quote. The candidates are then
// held against the real pattern.
function generable(source: string): string {
  let out = ''
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      if (/\d/.test(source[i + 1])) out += `['"\`]`
      else if (source[i + 1] !== 'b' && source[i + 1] !== 'B') out += source.slice(i, i + 2)
      i++
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0
      for (let inClass = false; i < source.length; i++) {
        if (source[i] === '\\') i++
        else if (inClass) inClass = source[i] !== ']'
        else if (source[i] === '[') inClass = true
        else if (source[i] === '(') depth++
        else if (source[i] === ')' && --depth === 0) break
      }
    } else out += source[i]
  }
  return out
}

describe('the needles of the detectors’ own patterns', () => {
  it('every match of every pattern run on the fixtures holds the pattern’s needle (property)', async () => {
    for (const fixture of [
      'phase1-typescript',
      'phase1-python',
      'phase1-csharp',
      'phase1-go',
      'phase1-java',
      'third-party-text',
      'sdk-examples'
    ]) {
      await collectRepoEvidence(new Repository(join(FIXTURES, fixture)), { jobs: 1 })
    }
    const withNeedle = [...needlesInUse()].filter((e): e is [RegExp, readonly string[]] => e[1] !== null)
    // The fixtures run most of the patterns, and most have a needle: the check below is not empty.
    expect(needlesInUse().size).toBeGreaterThan(80)
    expect(withNeedle.length).toBeGreaterThan(50)
    let matched = 0
    for (const [re, needles] of withNeedle) {
      const candidates = fc.stringMatching(new RegExp(generable(re.source), re.flags.replace('g', '')))
      let matches = 0
      fc.assert(
        fc.property(candidates, (s) => {
          for (const m of s.matchAll(re)) {
            matches++
            expect(
              needles.some((n) => m[0].includes(n)),
              `${re} on ${JSON.stringify(m[0])}: none of ${needles.join(', ')}`
            ).toBe(true)
          }
        }),
        fuzz(60)
      )
      if (matches) matched++
    }
    // Nearly every pattern met real matches among its candidates (\b and lookarounds reject some).
    expect(matched / withNeedle.length).toBeGreaterThan(0.9)
  })
})

describe('the source rules’ declared needles', () => {
  it('every match of every rule holds one of the needles it declares, as written (property)', () => {
    let matched = 0
    for (const rule of [...CONTENT_RULES, ...TOOL_LITERAL_RULES]) {
      const candidates = fc.stringMatching(new RegExp(generable(rule.re.source), rule.re.flags.replace('g', '')))
      let matches = 0
      fc.assert(
        fc.property(candidates, (s) => {
          for (const m of s.matchAll(rule.re)) {
            matches++
            expect(
              rule.needles.some((n) => m[0].includes(n)),
              `${rule.re} on ${JSON.stringify(m[0])}: none of ${rule.needles.join(', ')}`
            ).toBe(true)
          }
        }),
        fuzz(60)
      )
      if (matches) matched++
    }
    expect(matched / (CONTENT_RULES.length + TOOL_LITERAL_RULES.length)).toBeGreaterThan(0.9)
  })
})

describe('the secret rules’ keywords', () => {
  it('every match of every rule holds one of its keywords, in any case (property)', () => {
    let matched = 0
    for (const rule of SECRET_RULES) {
      // fast-check generates from case-sensitive patterns only: the candidates of the pattern as
      // written, each letter then in either case (which a case-insensitive rule matches alike).
      const written = fc.stringMatching(new RegExp(generable(rule.regex.source), rule.regex.flags.replace(/[gi]/g, '')))
      const candidates = rule.regex.ignoreCase
        ? fc
            .tuple(written, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }))
            .map(([s, upper]) =>
              [...s].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('')
            )
        : written
      let matches = 0
      fc.assert(
        fc.property(candidates, (s) => {
          for (const m of s.matchAll(rule.regex)) {
            matches++
            expect(
              rule.keywords.some((k) => m[0].toLowerCase().includes(k)),
              `${rule.id} on ${JSON.stringify(m[0])}`
            ).toBe(true)
          }
        }),
        fuzz(40)
      )
      if (matches) matched++
    }
    expect(matched / SECRET_RULES.length).toBeGreaterThan(0.9)
  })
})
