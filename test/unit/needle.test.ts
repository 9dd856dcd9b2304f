// The literal prefilter: every rule declares its needles, literals one of which every match holds,
// and the pass's one literal scan decides which rules run on a file. And the places the scan
// reports: the same line and column however they are found.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { LITERALS } from '../../src/evidence/source/literals.js'
import { sourceDetectors } from '../../src/evidence/source/parallel-scan.js'
import { ruleMatches, type Rule } from '../../src/evidence/source/rules/rule.js'
import { LineFinder } from '../../src/evidence/source/scan.js'
import { SECRET_RULES } from '../../src/secrets/rules.js'
import { fuzz } from '../support/fuzz.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')

/** Every rule the pass's detectors declare. */
const declared = (): Rule[] => [...new Set(sourceDetectors().detectors.flatMap((d) => d.rules ?? []))]

describe('ruleMatches', () => {
  const file = (t: string) => ({ text: t, code: t, bare: t, mayHold: () => true })
  it('finds the same matches as matchAll when a needle is there, none when none is', () => {
    const rule: Rule = { needles: ['fetchData'], re: /\bfetchData\s*\(/g, view: 'code' }
    const text = 'a(); fetchData(1); fetchData (2)'
    expect(ruleMatches(file(text), rule).map((m) => m.index)).toEqual([...text.matchAll(rule.re)].map((m) => m.index))
    expect(ruleMatches(file('no such call here'), rule)).toEqual([])
    // The literal scan's answer is trusted: a file said not to hold the needle is not searched.
    expect(ruleMatches({ ...file(text), mayHold: (l: string) => l !== 'fetchData' }, rule)).toEqual([])
  })
  it('looks for the needles as written, or in any case when the pattern ignores case', () => {
    const exact: Rule = { needles: ['x-api-key'], re: /x-api-key/g, view: 'code' }
    const anyCase: Rule = { needles: ['x-api-key'], re: /x-api-key/gi, view: 'code' }
    expect(ruleMatches(file('"X-API-KEY"'), exact)).toEqual([])
    expect(ruleMatches(file('"X-API-KEY"'), anyCase).map((m) => m.index)).toEqual([1])
  })
  it('runs a rule by its finder when it has one', () => {
    const rule: Rule = {
      needles: ['quux'],
      re: /\bquux\(/g,
      view: 'code',
      find: (t) => [...t.matchAll(/\bquux\(/g)].map((m) => ({ index: m.index, 0: m[0] }))
    }
    expect(ruleMatches(file('a quux(1)'), rule).map((m) => m.index)).toEqual([2])
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

describe('the needles every rule declares', () => {
  it('every match of every rule of the pass holds one of the needles it declares (property)', () => {
    const rules = declared()
    // Every detector of the pass declares its rules: the check below is not empty.
    expect(rules.length).toBeGreaterThan(120)
    let matched = 0
    for (const rule of rules) {
      const candidates = fc.stringMatching(new RegExp(generable(rule.re.source), rule.re.flags.replace(/[gi]/g, '')))
      const fold = (s: string) => (rule.re.ignoreCase ? s.toLowerCase() : s)
      const flags = rule.re.flags.replace('g', '')
      let matches = 0
      fc.assert(
        fc.property(candidates, (s) => {
          // What the rule reports: its finder's matches when it has one, else the pattern's.
          for (const m of rule.find ? rule.find(s) : s.matchAll(new RegExp(rule.re.source, `${flags}g`))) {
            matches++
            expect(
              rule.needles.some((n) => fold(m[0]).includes(fold(n))),
              `${rule.re} on ${JSON.stringify(m[0])}: none of ${rule.needles.join(', ')}`
            ).toBe(true)
          }
        }),
        fuzz(40)
      )
      if (matches) matched++
    }
    // Nearly every rule met real matches among its candidates (\b and lookarounds reject some).
    expect(matched / rules.length).toBeGreaterThan(0.85)
  })

  it('the pass asks the literal scan only about needles its detectors declared', async () => {
    for (const fixture of [
      'phase1-typescript',
      'phase1-python',
      'phase1-csharp',
      'phase1-go',
      'phase1-java',
      'third-party-text',
      'sdk-examples',
      'app-credentials',
      'tool-idioms'
    ]) {
      await collectRepoEvidence(new Repository(join(FIXTURES, fixture)), { jobs: 1 })
    }
    // A rule a detector runs without declaring it would be asked about here, and its file could be skipped.
    expect([...LITERALS.undeclared()]).toEqual([])
  })
})

describe('the secret rules’ needles', () => {
  it('every match of every rule holds one of its needles (in any case for a case-insensitive rule) (property)', () => {
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
              rule.needles.some((k) =>
                rule.regex.ignoreCase ? m[0].toLowerCase().includes(k.toLowerCase()) : m[0].includes(k)
              ),
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
