// The secret rules and the secrets detector read whole files of a repository the gate does not
// trust (up to 1 MiB, one line may be all of it). Their patterns used to backtrack polynomially;
// these tests hold the rewrites to the former patterns' results, and run each former attack at
// 1 MiB through the code that uses it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { Repository } from '../../src/evidence/repository.js'
import { scanSources } from '../../src/evidence/source/scan.js'
import { createSecretsDetector, DOTENV_ASSIGNMENT, emailAddresses } from '../../src/evidence/source/secrets.js'
import { isPlaceholder, matchSecrets, SECRET_RULES, type SecretRegexMatch } from '../../src/secrets/rules.js'
import { fuzz } from '../support/fuzz.js'

// The former forms, kept to compare with.
/** The former private-key pattern (now run only up to the last footer, rules.ts). */
const OLD_PRIVATE_KEY =
  /(?<secret>-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g
/** The former connection-string pattern (now matched piece by piece, rules.ts). */
const OLD_CONNECTION =
  /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\/[^\s:/@'"]+:(?<secret>[^\s@'"$]{3,})@[^\s'"]+/gi
/** The former placeholder pattern (`<[^>]*>` unanchored). */
const OLD_PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|0+)$|example|changeme|change_me|placeholder|dummy|sample|your[_-]|redacted|\$\{|\{\{|<[^>]*>|^test|fake|notasecret|not-a-secret|xxxx/i
/** The former e-mail pattern of the secrets detector (now emailAddresses). */
const OLD_EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g
/** The former .env assignment pattern of the secrets detector (now DOTENV_ASSIGNMENT). */
const OLD_DOTENV = /^\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*["']?([^"'\s#]+)/gm

const rule = (id: string) => SECRET_RULES.find((r) => r.id === id)!
const shape = (ms: Iterable<SecretRegexMatch>) =>
  [...ms].map((m) => ({ index: m.index, text: m[0], secret: m.groups?.secret }))
const part = (...xs: string[]) => fc.constantFrom(...xs)
/** Texts of pieces run together: whole or broken forms of what a pattern looks for, and noise. */
const textOf = (...pieces: fc.Arbitrary<string>[]) =>
  fc.array(fc.oneof(...pieces), { maxLength: 12 }).map((xs) => xs.join(''))
const joined = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((xs) => xs.join(''))
/** The gate's file limit (1 MiB), less room for the lines added after an attack. */
const MIB = 1024 * 1024 - 100
const repeatTo = (unit: string, size: number) => unit.repeat(Math.floor(size / unit.length))

describe('the private-key rule, run up to the last footer', () => {
  const privateKey = rule('private-key')

  it('finds what the former pattern found (property)', () => {
    // Headers and footers whole or broken, with more of the class around 'PRIVATE KEY'; bodies around 64 characters.
    const fence = (word: string) =>
      joined(
        part('-----', '----'),
        part(word),
        part('', ' RSA', ' EC', '-', ' PRIVATE KEY-----'),
        part(' ', ''),
        part('PRIVATE KEY', 'PRIVATE', 'PUBLIC KEY'),
        part('', ' BLOCK'),
        part('-----', '----', '-----X', '------')
      )
    const body = part('A'.repeat(30), 'A'.repeat(63), 'B'.repeat(64), '\n', 'x'.repeat(70))
    const key = joined(fence('BEGIN'), body, body, fence('END'))
    const text = textOf(
      key,
      key,
      fence('BEGIN'),
      fence('END'),
      body,
      part('-----BEGIN', '-----END', ' ', 'PRIVATE KEY-----')
    )
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(privateKey.matches!(t))).toEqual(shape(t.matchAll(OLD_PRIVATE_KEY)))
      }),
      fuzz(1000)
    )
  })

  it('keeps the footer the former pattern took, with more of its class after the last footer', () => {
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END RSA PRIVATE KEY-----`
    const longest = `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END${' '.repeat(100)}PRIVATE KEY BLOCK-----`
    for (const t of [
      key,
      longest,
      `${key} PRIVATE KEY----- PRIVATE KEY BLOCK-----`,
      `${key}${' PRIVATE KEY-----'.repeat(10)}`,
      `x${key}\n${key}-----BEGIN PRIVATE KEY-----`
    ])
      expect(shape(privateKey.matches!(t))).toEqual(shape(t.matchAll(OLD_PRIVATE_KEY)))
  })

  it('handles 1 MiB of headers without a footer after them, and finds the key before them', () => {
    // The former pattern: 40k chars 0.33 s, 160k 6.2 s (quadratic), so 1 MiB ≈ 4.5 min.
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n-----END RSA PRIVATE KEY-----\n`
    const text = key + repeatTo('-----BEGINPRIVATE KEY-', MIB) + 'N'
    const found = matchSecrets(text)
    expect(found.map((m) => [m.rule.id, m.index, m.secret])).toEqual([['private-key', 0, key.trimEnd()]])
  })
})

describe('the connection-string rule, matched piece by piece', () => {
  const connection = rule('connection-string-password')

  it('finds what the former pattern found (property)', () => {
    // scheme://user:password@host, each piece whole, empty, short or broken by a character outside its class.
    const url = joined(
      part('postgres', 'POSTGRESQL', 'redis', 'rediss', 'mongodb+srv', 'amqps', 'mssql', 'x', 'amqp', ''),
      part('://', '://', '://', ':/'),
      part('user', 'u', 'user', '', 'a b', 'u/v', 'u@'),
      part(':', ':', ':', ''),
      part(
        'hunter2',
        'hunter2',
        'pw',
        'p:w/x',
        'p:w/x',
        'pa$s',
        'p w',
        "p'w",
        'p\u00a0w',
        'redis://a:',
        'redis://a:b',
        ''
      ),
      part('@', '@', '@', ''),
      part('db:5432/x', 'h', 'h', '', ' h', '"h', 'h@k', 'h\u00e9')
    )
    const text = textOf(url, url, part(' ', '\t', '\n', '"', "'", '@', ':', '/', '$', 'x', '_', 'redis://', 'é'))
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(connection.matches!(t))).toEqual(shape(t.matchAll(OLD_CONNECTION)))
      }),
      fuzz(1000)
    )
  })

  it('handles 1 MiB of schemes whose password never reaches an "@", and finds the one on the next line', () => {
    // The former pattern: 40k chars 0.21 s, 160k 2.2 s, 1 MiB 63 s measured (quadratic; the densest
    // schemes there are, one every 9 characters, so this is as bad as this rule gets).
    const text = repeatTo('amqp://a:', MIB) + '\t\npostgres://user:Vq7rLm2xKp9w@db.internal.prod.net:5432/x'
    const found = matchSecrets(text)
    expect(found.map((m) => [m.rule.id, m.index, m.secret])).toEqual([
      ['connection-string-password', text.indexOf('user:') + 5, 'Vq7rLm2xKp9w']
    ])
  })
})

describe('the generic assignment rule (found from its keywords, genericAssignments)', () => {
  it('handles 1 MiB of one identifier that ends in a keyword but no good value, and finds the assignment on the next line', () => {
    // The rule's pattern (still its definition, not run): 40k chars 0.92 s, 160k 15.7 s (quadratic), so 1 MiB ≈ 11 min.
    const text = 'C' + repeatTo('.A', MIB) + 'token = "short"\napi_key: "Vq7rLm2xKp9wZt4N"'
    const found = matchSecrets(text)
    expect(found.map((m) => [m.rule.id, m.index, m.secret])).toEqual([
      ['generic-secret-assignment', text.indexOf('Vq7r'), 'Vq7rLm2xKp9wZt4N']
    ])
  })
})

describe('placeholders: `<…>` looked for from the first "<"', () => {
  it('tells the same values from credentials as the former pattern (property)', () => {
    const text = textOf(
      part(
        '<',
        '<',
        '>',
        '<x>',
        'x',
        'X',
        '*',
        '.',
        '-',
        '0',
        'a',
        'test',
        'example',
        'Change_Me',
        '${',
        '{{',
        'your-',
        '\n'
      )
    )
    fc.assert(
      fc.property(text, (t) => {
        expect(isPlaceholder(t)).toBe(OLD_PLACEHOLDER.test(t))
      }),
      fuzz(1000)
    )
  })

  it('handles a 1 MiB value full of "<" without a ">", and keeps it as a credential', () => {
    // The former pattern: 40k chars 0.33 s, 160k 6.8 s, 1 MiB 207 s measured (quadratic).
    const value = 'H' + repeatTo('<G', MIB)
    const found = matchSecrets(`Password=${value}`)
    expect(found.map((m) => [m.rule.id, m.index, m.secret.length])).toEqual([
      ['ado-connection-password', 9, value.length]
    ])
    expect(isPlaceholder(value + '>')).toBe(true)
  })
})

describe('e-mail addresses in test code, found from each "@"', () => {
  it('finds what the former pattern found (property)', () => {
    // local@domain with local parts that start or end on either side of a word boundary, and domains good and bad.
    const address = joined(
      part('', 'jane', 'j.doe', '%x', '.a', '-', '_b', 'a+b', '..', '1'),
      part('@', '@', '@@', ''),
      part('contoso.com', 'b.co', 'b.c', 'x', 'a.b.cd1', 'a-b.de_f', '1.2.3', 'b.cc-d', '.de', '')
    )
    const text = textOf(address, address, part('a', 'Z', '0', '_', '.', '%', '+', '-', '@', ' ', '\n', 'é'))
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(emailAddresses(t))).toEqual(shape(t.matchAll(OLD_EMAIL)))
      }),
      fuzz(1000)
    )
  })

  it('agrees where a match ends inside a run: the next one may start at its end', () => {
    for (const t of ['a@b.cc-d@e.ff', 'a@b.cc.d@e.ff', 'a@b.cc_d@e.ff', '%%a.b@c.de', '..@a.bc', 'x@1.2.3.com'])
      expect(shape(emailAddresses(t))).toEqual(shape(t.matchAll(OLD_EMAIL)))
  })
})

describe('.env assignments: a line start after blank lines only is not tried again', () => {
  it('finds what the former pattern found, with the same groups (property)', () => {
    // NAME=value lines, whole or broken, among blank lines of every line end and space.
    const line = joined(
      part('', ' ', '\t', '\n  ', '\u00a0'),
      part('', 'export ', 'export\t', 'export'),
      part('API_TOKEN', 'a', '_x1', '1x', ''),
      part('', ' ', '\n'),
      part('=', '=', ':', ''),
      part('', ' ', '\n'),
      part('', '"', "'"),
      part('secret1', 'v', '#c', '"', '', 'a b')
    )
    const blank = part('\n', '\r', '\r\n', '\u2028', '\u2029', ' ', '\t', '\u00a0', '\ufeff')
    const text = textOf(line, line, blank, blank, part('x', '=', '#'))
    const groups = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0], m[1], m[2]])
    fc.assert(
      fc.property(text, (t) => {
        expect(groups(t.matchAll(DOTENV_ASSIGNMENT))).toEqual(groups(t.matchAll(OLD_DOTENV)))
      }),
      fuzz(1000)
    )
  })
})

describe('the secrets detector on 1 MiB files shaped against its patterns', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

  function detect(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'golive-secrets-linear-'))
    dirs.push(dir)
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    const { detector, result } = createSecretsDetector()
    scanSources(new Repository(dir, {}), [detector])
    return result
  }

  it('a .env file of blank lines: the value after them is found, in its place', () => {
    // The former pattern: 40k chars 0.56 s, 160k 9.3 s (quadratic), so 1 MiB ≈ 7 min.
    const text = 'x' + repeatTo('\n\t', MIB) + '\to\nt=o\nAPI_TOKEN=Vq7rLm2xKp9w\n'
    const { secrets } = detect({ '.env': text })
    const line = text.split('\n').length - 1
    expect(secrets.map((s) => [s.rule, s.at.file, s.at.line, s.at.column])).toEqual([
      ['dotenv-secret', '.env', line, 11]
    ])
  })

  it('a test file of one long run before a bad "@": the address after it is found, in its place', () => {
    // The former pattern: 40k chars 0.74 s, 160k 12.9 s (quadratic), so 1 MiB ≈ 9 min.
    const text = repeatTo('%_-', MIB) + '@x marta.kowalczyk@northwave-logistics.pl'
    const { testData } = detect({ 'test/data.txt': text })
    expect(testData.map((d) => [d.kind, d.at.file, d.at.line, d.at.column])).toEqual([
      ['e-mail address', 'test/data.txt', 1, text.indexOf('marta') + 1]
    ])
  })
})
