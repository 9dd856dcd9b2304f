// The literal scan of the source pass: its "may hold" must never be false for a
// literal the text holds, or a detector would skip evidence. It is held against
// the plain definition (ASCII letters folded, then a substring search).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LiteralIndex } from '../../src/evidence/source/literals.js'
import { matchSecrets, SECRET_RULES } from '../../src/secrets/rules.js'
import { fuzz } from '../support/fuzz.js'

const fold = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

describe('LiteralIndex', () => {
  // A small alphabet, so literals overlap, nest and share prefixes and suffixes (what failure links are for).
  const unit = fc.constantFrom('a', 'b', 'A', 'B', 'c', '-', '_', '.', ' ', '\n', 'é', 'K', '\u212a', '😀')
  const literal = fc.string({
    unit: fc.constantFrom('a', 'b', 'A', 'B', 'c', '-', '_', '.'),
    minLength: 1,
    maxLength: 6
  })

  it('says a text may hold a literal exactly when it holds it with ASCII case folded (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(literal, { minLength: 1, maxLength: 70 }),
        fc.array(fc.string({ unit, maxLength: 80 }), { minLength: 1, maxLength: 4 }),
        (literals, texts) => {
          const index = new LiteralIndex()
          index.add(...literals)
          // Several texts in turn: the bits of one scan must not leak into the next.
          for (const text of texts) {
            const hits = index.scan(text)
            for (const l of literals)
              expect(hits.mayHold(l), `${JSON.stringify(l)} in ${JSON.stringify(text)}`).toBe(
                fold(text).includes(fold(l))
              )
          }
        }
      ),
      fuzz(400)
    )
  })

  it('never skips a literal it could not index or did not know when it scanned', () => {
    const index = new LiteralIndex()
    index.add('token', 'ключ')
    expect(index.scan('nothing here').mayHold('token')).toBe(false)
    expect(index.scan('nothing here').mayHold('ключ')).toBe(true)
    // Known only after the scan, and never added: both "may be there".
    const hits = index.scan('nothing here')
    index.add('secret')
    expect(hits.mayHold('secret')).toBe(true)
    expect(hits.mayHold('never added')).toBe(true)
    // The next scan covers the new literal.
    expect(index.scan('no such word').mayHold('secret')).toBe(false)
    expect(index.scan('a SECRET word').mayHold('secret')).toBe(true)
  })

  it('finds a literal that ends where a longer one fails, and one inside another', () => {
    const index = new LiteralIndex()
    index.add('sk-ant-', 'k-a', 'ghp_', 'hp')
    const hits = index.scan('xsk-anx ghq')
    expect([hits.mayHold('sk-ant-'), hits.mayHold('k-a'), hits.mayHold('ghp_'), hits.mayHold('hp')]).toEqual([
      false,
      true,
      false,
      false
    ])
    expect(index.scan('GHP_').mayHold('hp')).toBe(true)
  })
})

describe('secret keywords from the literal scan', () => {
  it('runs a rule whose keyword is in the text in any case, and no other', () => {
    const key = ['ghp', '_', 'A'.repeat(36)].join('')
    expect(matchSecrets(`const t = "${key}"`).map((m) => m.rule.id)).toEqual(['github-pat'])
    // The keyword is case-folded ('GHP_'), but the rule's own pattern decides: no match.
    expect(matchSecrets(`const t = "${key.toUpperCase()}"`)).toEqual([])
    // A scan that says the keyword is absent keeps the rule from running at all.
    expect(matchSecrets(`const t = "${key}"`, { mayHold: () => false })).toEqual([])
  })
})

describe('the generic secret assignment rule, found from its keywords', () => {
  const rule = SECRET_RULES.find((r) => r.id === 'generic-secret-assignment')!
  const plain = (text: string) =>
    [...text.matchAll(rule.regex)].map((m) => ({ index: m.index, text: m[0], secret: m.groups?.secret }))
  const fast = (text: string) =>
    [...rule.matches!(text)].map((m) => ({ index: m.index, text: m[0], secret: m.groups?.secret }))

  it('finds the same matches as the rule’s pattern, in the same order (property)', () => {
    // Assignments in every spelling (identifiers around keywords, with dots and dashes at either
    // end; operators; quotes; values long, short, holding a keyword or a character outside the
    // class), run together or apart, and loose pieces that break them.
    const part = (...xs: string[]) => fc.constantFrom(...xs)
    const assignment = fc
      .tuple(
        part('', 'my', '.', '-', '.-', 'db.', 'x_', 'a-b.'),
        part('token', 'TOKEN', 'Secret', 'password', 'passwd', 'api_key', 'API-KEY', 'apikey', 'client-secret', 'tok'),
        part('', '_id', '.value', '-', 'S'),
        part('', '"', "'"),
        part('', ' ', '\n', '  '),
        part(':', '=', ':=', '=>', '==', '>', ''),
        part('', ' ', '\n'),
        part('"', "'", '`', ''),
        part('AbCdEf0123456789', 'short', 'tokenABCDEFGHIJKL', 'ab+/=~!@#$%^&*-_.', 'abcdef€ghijklmn', 'x'.repeat(11)),
        part('"', "'", '', '"x')
      )
      .map((parts) => parts.join(''))
    const noise = part(' ', '\n', ';', ',', '(', 'x', '.', '-', '"', 'token', '=')
    fc.assert(
      fc.property(fc.array(fc.oneof(assignment, noise), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('')
        expect(fast(text)).toEqual(plain(text))
      }),
      fuzz(3000)
    )
  })

  it('agrees on the cases that matter: the match starts at the identifier, and the search goes on after a match', () => {
    const value = 'AbCdEf0123456789'
    const text = `.-my.db_password = "${value}"; x.api-key: '${value}x' token=>"short" passwd := "${value}"`
    expect(fast(text)).toEqual(plain(text))
    expect(plain(text).map((m) => m.index)).toEqual([
      text.indexOf('my.db'),
      text.indexOf('x.api'),
      text.indexOf('passwd')
    ])
  })
})
