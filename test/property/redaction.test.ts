// The redaction property: for any secret the detectors find, no surface shows
// it in full (nor any 8 characters of it in a row), whatever string or path
// carries it. In process over the redactor and every renderer, on generated
// real-format tokens in generated surroundings; then through the real CLI on
// generated hostile repositories, the token across the quoted line's cut at a
// generated offset (CLI, report files, the action's every surface), and through
// golive.yaml errors that quote a value only a detector knows (a .env value, a
// test file's e-mail address) at a generated place and offset.
import fc from 'fast-check'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { forFile, forLog } from '../../src/report/output.js'
import { knowSecrets, redactDeep, redactSecrets, redactThenCut } from '../../src/secrets/redact.js'
import { matchSecrets } from '../../src/secrets/rules.js'
import { testDataIn } from '../../src/evidence/source/secrets.js'
import { secretValuesIn } from '../../src/run.js'
import { fuzz } from '../support/fuzz.js'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub } from '../support/fake-github.js'
import { cli, expectNoLeak, filesUnder, hostileRepo, leakedPart, planted, tokens } from '../support/hostile-repo.js'

const base62 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
const base32 = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
const str = (unit: fc.Arbitrary<string>, n: number) => fc.string({ unit, minLength: n, maxLength: n })
/** Tokens in the shapes the rules know. */
const ruleToken = fc.oneof(
  str(base62, 36).map((s) => `ghp_${s}`),
  str(base62, 36).map((s) => `gho_${s}`),
  str(base32, 16).map((s) => `AKIA${s}`),
  str(base62, 20).map((s) => `glpat-${s}`),
  str(base62, 24).map((s) => `sk_live_${s}`)
)
/** What surrounds a token in a string that reaches output: text, path separators, punctuation, escapes. */
const around = fc.string({
  unit: fc.constantFrom('a', ' ', '/', '.', '-', '_', ':', '"', '\n', '`', '*', '@', '#', '|', 'é', '\u0301', '\t'),
  maxLength: 30
})

const lowerDigits = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789')
const lower = fc.constantFrom(...'bcdfghjklmnpqrvwxz')
const word = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')
/** [detector, file, its text, the value it holds]. */
type Flagged = [string, string, string, string]
const flagged: fc.Arbitrary<Flagged> = fc.oneof<fc.Arbitrary<Flagged>[]>(
  ruleToken.map((v) => ['known format', 'src/a.ts', `const k = '${v}'\n`, v]),
  str(word, 35).map((v) => ['Google API key', 'src/a.ts', `const k = 'AIza${v}'\n`, `AIza${v}`]),
  str(lowerDigits, 36).map((v) => ['npm token', 'src/a.ts', `//r/:_authToken=npm_${v}\n`, `npm_${v}`]),
  fc
    .tuple(fc.constantFrom('dbPassword', 'apiKey', 'client_secret', 'authToken'), str(base62, 20))
    .map(([name, v]) => ['secret-named setting', 'src/a.ts', `const ${name} = "Wv${v}"\n`, `Wv${v}`]),
  str(base62, 14).map((v) => [
    'connection string',
    'src/a.ts',
    `const url = "postgres://app:Pw${v}@db.prod.internal/app"\n`,
    `Pw${v}`
  ]),
  str(base62, 14).map((v) => ['ADO Password=', 'src/a.cs', `var c = "Server=db;Password=Pw${v};";\n`, `Pw${v}`]),
  str(base62, 32).map((v) => ['Azure client secret', 'src/a.ts', `const s = 'abc1Q~${v}'\n`, `abc1Q~${v}`]),
  str(base62, 22).map((v) => ['.env value', '.env', `API_TOKEN=Qz${v}\n`, `Qz${v}`]),
  fc
    .tuple(str(lower, 9), str(lower, 10))
    // A person's name in the local part: what makes an address personal data.
    .map(([l, d]) => ['test data', 'test/a.test.ts', `const who = 'anna.${l}@${d}.net'\n`, `anna.${l}@${d}.net`])
)

describe('redaction property (in process)', () => {
  it('the detectors find each generated token (the property can fail)', () => {
    // Placeholders (a run of one letter, "fake", "xxxx" in it) are left out by the rules, by design.
    const found = fc.sample(ruleToken, fuzz(200)).filter((t) => matchSecrets(` ${t} `).some((m) => m.secret === t))
    expect(found.length).toBeGreaterThan(190)
  })

  it('a rule token, anywhere in any string, is masked by every output function', () => {
    fc.assert(
      fc.property(ruleToken, around, around, (t, before, after) => {
        // A token glued to a word character is not a token to its rule (\b): left out, as the detectors leave it.
        fc.pre(!/\w$/.test(before) && !/^\w/.test(after))
        const s = `${before}${t}${after}`
        // A secret the detectors find: a placeholder is not one.
        fc.pre(matchSecrets(s).some((m) => m.secret === t))
        for (const out of [redactSecrets(s), forLog(s), forFile(s), JSON.stringify(redactDeep({ [s]: [s] }))])
          expect(leakedPart(out, t)).toBeUndefined()
      }),
      fuzz(300)
    )
  })

  it('a value only a detector found (known to the redactor) is masked anywhere, glued to anything, and across a cut', () => {
    fc.assert(
      fc.property(str(base62, 20), around, around, fc.integer({ min: 0, max: 60 }), (v, before, after, cut) => {
        const value = `Qz${v}`
        knowSecrets([value])
        const s = `${before}${value}${after}`
        expect(leakedPart(redactSecrets(s), value)).toBeUndefined()
        expect(leakedPart(forLog(`x${s}x`), value)).toBeUndefined()
        expect(leakedPart(redactThenCut(s, cut), value)).toBeUndefined()
      }),
      fuzz(300)
    )
  })

  it('personal data the test-data detector finds is masked anywhere once the run knows it', () => {
    const lower = fc.constantFrom(...'bcdfghjklmnpqrvwxz')
    const personal = fc.oneof(
      // A person's name in the local part: what makes an address personal data.
      fc
        .tuple(fc.constantFrom('marta', 'nowak', 'anna', 'kowalski'), str(lower, 6), str(lower, 10))
        .map(([n, l, d]) => `${n}.${l}@${d}.net`),
      fc
        .tuple(
          fc.integer({ min: 20, max: 89 }),
          str(fc.constantFrom(...'2468'), 4),
          str(fc.constantFrom(...'13579'), 4)
        )
        .map(([cc, a, b]) => `+${cc} ${a} ${b}`)
    )
    fc.assert(
      fc.property(personal, around, around, fc.integer({ min: 0, max: 40 }), (value, before, after, cut) => {
        // Found the detector's way, in a test file's text: the values the run gives the redactor.
        const found = testDataIn(`const who = '${value}'\n`).map((d) => d.value)
        expect(found).toContain(value)
        knowSecrets(found)
        const s = `${before}${value}${after}`
        for (const out of [
          redactSecrets(s),
          forLog(s),
          forFile(s),
          JSON.stringify(redactDeep({ [s]: [s] })),
          redactThenCut(s, cut)
        ])
          expect(leakedPart(out, value)).toBeUndefined()
      }),
      fuzz(200)
    )
  })

  // Every detector, each value learnt the way the run learns it (secretValuesIn, from a generated file that detector
  // flags): known formats, secret-named settings, connection strings, ADO Password=, an Azure client secret, a .env
  // value and personal data in a test. Then the bare value, anywhere in any string, is masked by every output function.
  it('every detector finds the value in nearly every generated file (the property below can fail)', () => {
    const sample = fc.sample(flagged, fuzz(300))
    const found = sample.filter(([, file, text, v]) =>
      secretValuesIn(file, text, { credentials: true, testData: true }).includes(v)
    )
    expect(found.length).toBeGreaterThan(sample.length * 0.9)
    // Each detector is in the sample, and found there.
    expect(new Set(found.map(([kind]) => kind)).size).toBe(9)
  })

  it('every detector: what it finds in a generated file is masked anywhere else, and across a cut', () => {
    fc.assert(
      fc.property(flagged, around, around, fc.integer({ min: 0, max: 60 }), ([kind, file, text, value], b, a, cut) => {
        const found = secretValuesIn(file, text, { credentials: true, testData: true })
        // A value its detector does not take (a placeholder, an identifier) is not a secret it found.
        fc.pre(found.includes(value))
        knowSecrets(found)
        const s = `${b}${value}${a}`
        for (const out of [
          redactSecrets(s),
          forLog(s),
          forFile(s),
          JSON.stringify(redactDeep({ [s]: [s] })),
          redactThenCut(s, cut)
        ])
          expect(leakedPart(out, value), kind).toBeUndefined()
      }),
      fuzz(400)
    )
  })

  it('overlapping secrets are masked as one, nothing of either left', () => {
    knowSecrets(['Ov3rlapAAAA1111', '1111BBBBcccc9'])
    const out = redactSecrets('x Ov3rlapAAAA1111BBBBcccc9 y')
    expect(out).toBe('x Ov3r…[24 chars redacted] y')
  })
})

describe('redaction property (the real CLI, generated hostile repositories)', () => {
  it('no output of any surface shows a planted token', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: -40, max: 4 }), (seed, cutAt) => {
        const t = tokens(seed)
        const secrets = planted(t)
        const ws = hostileRepo(t, { cutAt })
        for (const format of ['text', 'json', 'markdown']) {
          const r = cli(['check', ws, '--format', format, '--verbose', '--today', '2026-12-01'])
          expect(r.status).toBe(1)
          expectNoLeak(`check --format ${format} (seed ${seed}, cut ${cutAt})`, r.stdout + r.stderr, secrets)
        }
        const out = cli(['check', ws, '--format', 'json', '--today', '2026-12-01', '--output', join(ws, 'out.json')])
        expect(out.status).toBe(1)
        expectNoLeak(`check --output (seed ${seed})`, readFileSync(join(ws, 'out.json'), 'utf8'), secrets)
        const rep = cli(['report', ws, '--today', '2026-12-01'])
        expect(rep.status).toBe(1)
        expectNoLeak(`report (seed ${seed})`, rep.stdout + rep.stderr, secrets)
        const files = filesUnder(join(ws, '.golive'))
        expect(files).toHaveLength(2)
        for (const [path, text] of files) expectNoLeak(`${path} (seed ${seed})`, text, secrets)
        // The token is in the file, and the quoted line reached the JSON result masked.
        expect(readFileSync(join(ws, 'src/servicenow.ts'), 'utf8')).toContain(t.github)
        // init writes a golive.yaml from the evidence (a tool registered under a name holding a found value).
        rmSync(join(ws, 'golive.yaml'))
        const init = cli(['init', ws])
        expect(init.status, init.stderr).toBe(0)
        const written = readFileSync(join(ws, 'golive.yaml'), 'utf8')
        expect(written).toContain(`lookup_${t.generic.slice(0, 4)}…`)
        expectNoLeak(`init (seed ${seed})`, init.stdout + init.stderr + written, secrets)
      }),
      fuzz(3)
    )
  }, 240_000)

  it('the action: no log line, annotation, summary, output, result file (SARIF too), comment or check run shows a planted token', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: -40, max: 4 }),
        async (seed, cutAt) => {
          const t = tokens(seed)
          const secrets = planted(t)
          const ws = hostileRepo(t, { cutAt })
          const api = await startFakeGitHub()
          try {
            const r = await runAction(process.execPath, api, { ws })
            expect(r.code).toBe(1)
            expectNoLeak(`action log (seed ${seed})`, r.stdout, secrets)
            expectNoLeak('step summary', r.summary, secrets)
            expectNoLeak('outputs', JSON.stringify(r.outputs), secrets)
            const files = filesUnder(join(ws, '.golive'))
            expect(files.map(([p]) => p.split('/').pop())).toContain('golive.sarif')
            for (const [path, text] of files) expectNoLeak(`${path} (seed ${seed})`, text, secrets)
            expectNoLeak('PR comment', api.comments.map((c) => c.body).join('\n'), secrets)
            expectNoLeak('check run', JSON.stringify(api.checkRuns), secrets)
          } finally {
            await api.close()
          }
        }
      ),
      fuzz(2)
    )
  }, 240_000)

  it('no golive.yaml error shows a value only a detector knows, wherever the file quotes it', () => {
    const places = [
      (v: string, pad: string) => ['exposure: internal', `exposure: "${pad}${v}"`],
      (v: string, pad: string) => ['  zone: 2', `  zone: 2\n  ${pad}${v}: x`],
      // A duplicate key is quoted cut at 80 characters: the pad puts the value across the cut.
      (v: string, pad: string) => ['  zone: 2', `  ${pad}${v}: 1\n  ${pad}${v}: 2\n  zone: 2`]
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: places.length - 1 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('email', 'dotenv', 'generic', 'connection') as fc.Arbitrary<
          'email' | 'dotenv' | 'generic' | 'connection'
        >,
        (seed, place, padLength, kind) => {
          const t = tokens(seed)
          const ws = hostileRepo(t)
          const value = t[kind]
          const [from, to] = places[place](value, 'k'.repeat(padLength))
          writeFileSync(join(ws, 'golive.yaml'), readFileSync(join(ws, 'golive.yaml'), 'utf8').replace(from, to))
          const r = cli(['check', ws])
          expect(r.status).toBe(2)
          expect(r.stderr).toContain('golive.yaml:')
          expectNoLeak(`config error (seed ${seed}, place ${place}, pad ${padLength})`, r.stdout + r.stderr, [value])
        }
      ),
      fuzz(4)
    )
  }, 240_000)
})
