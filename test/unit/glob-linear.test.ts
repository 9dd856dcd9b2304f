// The config's globs (paths.include/exclude, release branches) are matched in
// linear time, with the answers picomatch gives: property tests on random globs
// and normalized paths, the hostile glob that held picomatch for seconds per
// path, and the config refusing what RE2 cannot run.
import fc from 'fast-check'
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { UsageError } from '../../src/errors.js'
import { globMatcher, isLinearGlob } from '../../src/glob.js'
import { fuzz } from '../support/fuzz.js'

/** A path as the walk gives it: segments of 1–4 characters, none `.` or `..`, joined by `/`. */
const segment = fc.stringMatching(/^[ab.A-]{1,4}$/).filter((s) => s !== '.' && s !== '..')
const path = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'))

/** Globs made of the pieces real ones use: literals, stars, globstars, `?`, classes, braces, negation. */
const globPiece = fc.constantFrom(
  'a',
  'b',
  '.',
  'A',
  '-',
  '*',
  '**',
  '?',
  '[ab]',
  '[!a]',
  '{a,b.}',
  '{,a}',
  '/',
  '/',
  '**/',
  '/**',
  '[[:alpha:]]',
  '\\*'
)
const glob = fc
  .tuple(fc.boolean(), fc.array(globPiece, { minLength: 1, maxLength: 7 }))
  .map(([negated, pieces]) => `${negated ? '!' : ''}${pieces.join('')}`)

describe('config globs in linear time', () => {
  it('match as picomatch matches (dot: true), on random globs and paths', () => {
    let compared = 0
    let runs = 0
    fc.assert(
      fc.property(glob, fc.array(path, { minLength: 1, maxLength: 8 }), (g, paths) => {
        runs++
        // The few it refuses (some `.**` forms picomatch guards with other look-arounds) the config refuses too.
        if (!isLinearGlob(g)) return
        compared++
        const ours = globMatcher([g])
        const theirs = picomatch(g, { dot: true })
        for (const p of paths) expect([g, p, ours(p)]).toEqual([g, p, theirs(p)])
      }),
      fuzz(2000)
    )
    // Not a property that holds by refusing everything: nearly every glob was compared.
    expect(compared).toBeGreaterThan(runs * 0.95)
  })

  it('match case-insensitively as picomatch does with nocase, and a list matches when any glob does', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), path, (globs, p) => {
        if (!globs.every(isLinearGlob)) return
        expect(globMatcher(globs, { nocase: true })(p)).toBe(picomatch(globs, { dot: true, nocase: true })(p))
      }),
      fuzz(1000)
    )
  })

  it('the globs of real configs', () => {
    const m = globMatcher(['src/**/*.ts', '!**/*.test.ts'])
    expect(m('src/a/b.ts')).toBe(true)
    // As picomatch reads a list: any glob, and a negated one matches what it does not name.
    expect(m('docs/x.md')).toBe(true)
    expect(globMatcher(['**/test/**', '**/*.{ts,tsx}'])('a/test/b.go')).toBe(true)
    expect(globMatcher(['release/*'])('release/1.0')).toBe(true)
    expect(globMatcher(['release/*'])('release/1.0/hotfix')).toBe(false)
    expect(globMatcher(['.github/**'])('.github/workflows/ci.yml')).toBe(true)
  })

  it('a glob that held picomatch for seconds per path answers at once', () => {
    const hostile = '*a'.repeat(8) + 'b'
    // picomatch: 24 s for one 60-letter path here (each star more multiplies it).
    const started = performance.now()
    const m = globMatcher([hostile])
    for (let i = 0; i < 1000; i++) expect(m('a'.repeat(200))).toBe(false)
    expect(m(`${'a'.repeat(200)}b`)).toBe(true)
    // Not a timing assertion: the count shows 1,000 paths were answered (the test's timeout is the bound).
    expect(performance.now() - started).toBeGreaterThan(0)
  })

  it('golive.yaml refuses a glob that needs look-around, at its line and column', () => {
    const yaml =
      'version: 1\nserver:\n  name: s\n  owner: "@o/t"\n  zone: 1\ntools: []\npaths:\n  exclude:\n    - "dist/**"\n    - "!(src)/**"\n'
    let error: unknown
    try {
      parseConfig(yaml, 'golive.yaml')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).problems).toContainEqual(
      expect.objectContaining({
        file: 'golive.yaml',
        line: 10,
        column: 7,
        field: 'paths.exclude.1',
        message: expect.stringContaining('look-around')
      })
    )
  })

  it('any string is a glob it matches or refuses, never an exception (picomatch throws on "!" alone)', () => {
    expect(isLinearGlob('!')).toBe(false)
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (g) => {
        if (isLinearGlob(g)) expect(typeof globMatcher([g])('a/b.ts')).toBe('boolean')
      }),
      fuzz(2000)
    )
  })
})
