// golive.yaml under random and mutated input: always a valid config or a
// positioned UsageError — never another exception, never a hang.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/load.js'
import { UsageError } from '../../src/errors.js'
import { fuzz } from '../support/fuzz.js'

const VALID =
  'version: 1\nserver:\n  name: mcp-x\n  owner: "@org/team"\n  zone: 2\ntools:\n  - name: search\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none\nwaivers: []\n'

function outcome(text: string): 'valid' | 'usage' {
  try {
    parseConfig(text, 'golive.yaml')
    return 'valid'
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    for (const p of e.problems) {
      expect(p.file).toBe('golive.yaml')
      expect(p.line).toBeGreaterThanOrEqual(1)
      expect(p.column).toBeGreaterThanOrEqual(1)
      expect(p.line).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length + 1)
    }
    expect(e.describe()).not.toMatch(/\n\s+at /)
    return 'usage'
  }
}

/** Mutations of the valid file: insertions, deletions and replacements of characters that matter to YAML. */
const mutation = fc.array(
  fc.tuple(
    fc.nat({ max: VALID.length }),
    fc.nat({ max: 4 }),
    fc.constantFrom(
      '',
      ' ',
      '\t',
      ':',
      '-',
      '"',
      "'",
      '&a',
      '*a',
      '\n',
      '\r\n',
      '{',
      '}',
      '[',
      ']',
      '#',
      '|',
      '>',
      '\ufeff',
      '!!binary',
      '\u0000',
      '\uFFFD',
      'zone: 3\n',
      '  ',
      '@'
    )
  ),
  { maxLength: 6 }
)

describe('golive.yaml fuzzing', () => {
  it('mutated files give a valid config or positioned problems', () => {
    fc.assert(
      fc.property(mutation, (edits) => {
        let text = VALID
        for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del))
        outcome(text)
      }),
      fuzz(400)
    )
  })

  it('random YAML-ish text gives a valid config or positioned problems', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'b',
            ':',
            ' ',
            '\n',
            '-',
            '"',
            "'",
            '[',
            ']',
            '{',
            '}',
            '&',
            '*',
            '!',
            '#',
            '\t',
            '1',
            '\\',
            '%'
          ),
          maxLength: 300
        }),
        (text) => {
          outcome(text)
        }
      ),
      fuzz(400)
    )
  })

  it('deep nesting, huge scalars and alias bombs stay bounded', () => {
    expect(outcome('a: ' + '['.repeat(500) + ']'.repeat(500) + '\n')).toBe('usage')
    expect(outcome(VALID.replace('name: mcp-x', `name: ${'x'.repeat(200_000)}`))).toBe('usage')
    const bomb = [
      'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)
    ].join('\n')
    const started = Date.now()
    expect(outcome(bomb)).toBe('usage')
    expect(Date.now() - started).toBeLessThan(5_000) // a bound on a hang, not a benchmark
  })

  it('the valid file with CRLF, a BOM or tabs in comments stays valid', () => {
    expect(outcome(VALID.replace(/\n/g, '\r\n'))).toBe('valid')
    expect(outcome('\ufeff' + VALID)).toBe('valid')
    expect(outcome(VALID + '#\tcomment\n')).toBe('valid')
  })
})
