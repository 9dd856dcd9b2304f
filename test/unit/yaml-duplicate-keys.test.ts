// Duplicate keys found in linear time (yaml-positions.ts): the same errors, at the same places, as
// the `yaml` package's quadratic `uniqueKeys`, and a 1 MB flat mapping parsed in seconds.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { parseYaml, parseYamlAll } from '../../src/yaml-positions.js'
import { fuzz } from '../support/fuzz.js'

const errorsOf = (docs: { errors: { code: string; pos: [number, number] }[] }[]) =>
  docs.flatMap((d) => d.errors.map((e) => `${e.code}@${e.pos[0]}`))

describe('duplicate keys', () => {
  it('are the errors the package reports, at the same offsets (random mappings of a few keys)', () => {
    const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', 'true', 'null', '~', '? c')
    const entry = fc.tuple(key, fc.constantFrom('1', 'x', '{a: 1, a: 2}', '[1]'))
    const mapping = fc
      .array(entry, { minLength: 1, maxLength: 6 })
      .map((es) => es.map(([k, v]) => (k.startsWith('?') ? `${k}\n: ${v}` : `${k}: ${v}`)).join('\n'))
    const doc = fc.oneof(
      mapping,
      mapping.map((m) => `top:\n${m.replace(/^/gm, '  ')}`),
      fc
        .array(fc.tuple(key, key), { minLength: 1, maxLength: 4 })
        .map((ps) => `{${ps.map(([k, v]) => `${k.replace('? ', '')}: ${v.replace('? ', '')}`).join(', ')}}`)
    )
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (docs) => {
        const text = docs.join('\n---\n') + '\n'
        const want = errorsOf(
          parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, version: '1.2' }) as never
        )
        expect(errorsOf(parseYamlAll(text).docs as never)).toEqual(want)
      }),
      fuzz(200)
    )
  })

  it('are refused in golive.yaml at the second key', () => {
    const { doc } = parseYaml('a: 1\nb:\n  c: 1\n  c: 2\n')
    expect(doc.errors.map((e) => [e.code, e.pos[0]])).toEqual([['DUPLICATE_KEY', 17]])
  })

  it('merge keys may repeat and are merged', () => {
    const { docs } = parseYamlAll('base: &b {hostNetwork: true}\nspec:\n  <<: *b\n  <<: {x: 1}\n')
    expect(docs[0].errors).toEqual([])
    expect(docs[0].toJS()).toMatchObject({ spec: { hostNetwork: true, x: 1 } })
  })

  it('a 1 MB flat mapping is parsed in seconds, not minutes (the check was quadratic)', () => {
    let text = ''
    for (let i = 0; text.length < 1024 * 1024; i++) text += `key${i}: v\n`
    text += 'key7: again\n'
    const started = performance.now()
    const { docs } = parseYamlAll(text)
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(docs[0].errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY'])
  }, 60_000)
})
