// The bound on YAML nesting, checked before any YAML is parsed (yaml-positions.ts): it must refuse
// what nests past it, at the place it does, and nothing a real file holds.
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CST, Lexer } from 'yaml'
import { MAX_YAML_NESTING, nestingTooDeepAt } from '../../src/yaml-positions.js'
import { fuzz } from '../support/fuzz.js'
import { EXAMPLES, ROOT } from '../support/gate.js'

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules') return []
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(name) ? [path] : []
  })
}

describe('nestingTooDeepAt', () => {
  it('passes every YAML file of the fixtures and examples', () => {
    const files = [...yamlFiles(join(ROOT, 'test', 'fixtures')), ...yamlFiles(EXAMPLES)]
    expect(files.length).toBeGreaterThan(50)
    for (const f of files) expect(nestingTooDeepAt(readFileSync(f, 'utf8')), f).toBeUndefined()
  })

  it('counts open flow collections: the bound is allowed, one more is refused at its bracket', () => {
    // `a:` is a level too, so the bound is reached by its value's MAX - 1 brackets.
    const at = (n: number) => nestingTooDeepAt(`a: ${'['.repeat(n)}${']'.repeat(n)}\n`)
    expect(at(MAX_YAML_NESTING - 1)).toBeUndefined()
    expect(at(MAX_YAML_NESTING)).toBe(3 + MAX_YAML_NESTING - 1)
    expect(nestingTooDeepAt(`${'['.repeat(MAX_YAML_NESTING)}${']'.repeat(MAX_YAML_NESTING)}\n`)).toBeUndefined()
    // A flow map's own colons are not levels: only its braces are.
    expect(nestingTooDeepAt(`a: ${'{b: '.repeat(300)}1${'}'.repeat(300)}\n`)).toBe(3 + 4 * (MAX_YAML_NESTING - 1))
  })

  it('counts block indicators on one line, and starts again on the next', () => {
    expect(nestingTooDeepAt(`${'- '.repeat(MAX_YAML_NESTING + 1)}x\n`)).toBe(2 * MAX_YAML_NESTING)
    expect(nestingTooDeepAt(`${'? '.repeat(MAX_YAML_NESTING + 1)}x\n`)).toBe(2 * MAX_YAML_NESTING)
    expect(nestingTooDeepAt(Array.from({ length: 400 }, (_, i) => `k${i}: - x`).join('\n'))).toBeUndefined()
  })

  it('does not count brackets inside scalars, keys of one flow map, or nesting by indentation', () => {
    expect(
      nestingTooDeepAt(`a: "${'['.repeat(1000)}"\nb: '${'{'.repeat(1000)}'\n# ${'['.repeat(1000)}\n`)
    ).toBeUndefined()
    expect(nestingTooDeepAt(`a: ${Array.from({ length: 1000 }, (_, i) => `x[${i}]`).join(' ')}\n`)).toBeUndefined()
    expect(nestingTooDeepAt(`a: {${Array.from({ length: 1000 }, (_, i) => `k${i}: v`).join(', ')}}\n`)).toBeUndefined()
    expect(nestingTooDeepAt(Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'))).toBeUndefined()
  })

  it('offsets: the lexer tokens, its control tokens left out, are the text (so the place is right)', () => {
    const controls = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR])
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '-',
            '?',
            ':',
            ' ',
            '\n',
            '[',
            ']',
            '{',
            '}',
            ',',
            '"',
            "'",
            '#',
            '|',
            '>',
            '&',
            '*',
            '!',
            '\t',
            '\r',
            '%',
            '\ufeff'
          ),
          maxLength: 200
        }),
        (text) => {
          expect([...new Lexer().lex(text)].filter((t) => !controls.has(t)).join('')).toBe(text)
        }
      ),
      fuzz(300)
    )
  })
})
