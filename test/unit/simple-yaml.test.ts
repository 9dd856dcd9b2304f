import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq } from 'yaml'
import { readSimpleYaml } from '../../src/config/simple-yaml.js'
import { closestNode, nodePosition, parseYaml } from '../../src/yaml-positions.js'
import { filesNamed } from '../support/files-named.js'

/** Every path to a node of the package's document, plus paths past each (absent keys, items, symbols aside). */
function pathsOf(node: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(path, [...path, 'absent'], [...path, 0], [...path, '0'], [...path, 99])
  if (isMap(node))
    for (const pair of node.items) if (isScalar(pair.key)) pathsOf(pair.value, [...path, String(pair.key.value)], out)
  if (isSeq(node)) node.items.forEach((item, i) => pathsOf(item, [...path, i], out))
  return out
}

/** What the reader gives agrees with the package: no errors there, the same data, the same position for every path. */
function agrees(text: string): boolean {
  const simple = readSimpleYaml(text)
  if (!simple) return false
  const { doc, lineCounter } = parseYaml(text)
  expect(doc.errors.map((e) => e.message)).toEqual([])
  const data = doc.toJS()
  expect(simple.data).toStrictEqual(data)
  expect(JSON.stringify(simple.data)).toBe(JSON.stringify(data))
  for (const path of pathsOf(doc.contents))
    expect(simple.locate(path), JSON.stringify(path)).toEqual(nodePosition(lineCounter, closestNode(doc, path)))
  return true
}

const SCALARS = [
  'tool_1',
  'obo',
  'none',
  '1',
  '42',
  '007',
  '1234567890123456',
  '1e3',
  '0x1F',
  '0o17',
  '1.5',
  '.5',
  '-1',
  '+1',
  '2026-11-02',
  '2026-11-02T10:00:00Z',
  '12:30',
  'true',
  'True',
  'FALSE',
  'null',
  'Null',
  '~',
  'yes',
  'no',
  'on',
  "it's",
  'a: b',
  'a:b',
  'x:',
  'a #b',
  'a#b',
  '-x',
  '- x',
  '?x',
  '@x',
  '`x',
  '!x',
  '&a',
  '*a',
  '%x',
  '|',
  '>',
  'a,b',
  'a]',
  '[x]',
  '{x}',
  'https://example.com/a?b=c#d',
  '/path/to',
  '_under',
  'Full-text search over the signed-in user\u2019s tickets.',
  'caf\u00e9',
  'a\\b',
  'tab\there',
  '',
  ' lead',
  'trail ',
  'a  b',
  '__proto__',
  'constructor'
]
const KEYS = ['name', 'tools', 'privateData', 'a-b', '_x', 'true', 'null', '__proto__', 'x y', '1', 'key:', 'k#']

/** A value written as golive.yaml files write them. */
const written = fc.oneof(
  { arbitrary: fc.constantFrom('tool_1', 'obo', '42', '2026-11-02', 'a b', '"@t/x"', "'y'", '[a, b]'), weight: 6 },
  fc.constantFrom(...SCALARS),
  fc.constantFrom(...SCALARS).map((s) => `"${s}"`),
  fc.constantFrom(...SCALARS).map((s) => `'${s}'`),
  fc.array(fc.constantFrom(...SCALARS, '"@a"', "'b'"), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
  fc.constantFrom('[]', '[ ]', '[a,b]', '[a , b ]', '[a, ]', '[a', 'a # note', '"a" # note', '"a"x')
)

type Tree = { k: 'scalar'; v: string } | { k: 'map'; entries: [string, Tree][] } | { k: 'seq'; items: Tree[] }
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    written.map((v): Tree => ({ k: 'scalar', v })),
    fc
      .array(
        fc.tuple(
          fc.oneof({ arbitrary: fc.constantFrom('name', 'tools', 'a-b', '_x'), weight: 8 }, fc.constantFrom(...KEYS)),
          tie('t')
        ),
        { minLength: 1, maxLength: 4 }
      )
      .map((entries): Tree => ({ k: 'map', entries })),
    fc.array(tie('t'), { minLength: 1, maxLength: 3 }).map((items): Tree => ({ k: 'seq', items }))
  )
})).t

/** Block YAML of a tree, indented by `step`, sequences under a key at its column or further. */
function blockYaml(t: Tree, indent: number, step: number, flush: boolean, comment: boolean): string[] {
  const pad = ' '.repeat(indent)
  if (t.k === 'scalar') return [pad + t.v]
  if (t.k === 'map')
    return t.entries.flatMap(([key, v]) => {
      const head = `${pad}${key}:`
      if (v.k === 'scalar') return [`${head} ${v.v}`]
      const under = v.k === 'seq' && flush ? indent : indent + step
      return [
        comment ? `${head} # why` : head,
        ...(comment ? [`${pad}  # note`] : []),
        ...blockYaml(v, under, step, flush, comment)
      ]
    })
  return t.items.flatMap((item) => {
    const lines = blockYaml(item, indent + step, step, flush, comment)
    const first = lines[0].slice(indent + step)
    return [`${pad}-${' '.repeat(step - 1)}${first}`, ...lines.slice(1)]
  })
}

describe('readSimpleYaml', () => {
  it('reads each golive.yaml of the examples and fixtures as the yaml package does, or leaves it', () => {
    const root = join(import.meta.dirname, '..', '..')
    const configNamed = (name: string) => /^golive\.ya?ml$/.test(name)
    const files = [
      ...filesNamed(join(root, 'examples'), configNamed),
      ...filesNamed(join(root, 'test', 'fixtures'), configNamed)
    ]
    let read = 0
    for (const file of files) if (agrees(readFileSync(file, 'utf8'))) read++
    expect(files.length).toBeGreaterThan(20)
    // Most are of the plain shape; the rest show what is left to the package.
    expect(read).toBeGreaterThan(files.length / 2)
  })

  it('reads a config of hundreds of tools', () => {
    const tools = Array.from(
      { length: 300 },
      (_, i) => `  - name: tool_${i}\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none`
    )
    const text = `version: 1\nserver:\n  name: bench\n  owner: "@bench/team"\n  zone: 1\ntools:\n${tools.join('\n')}\n`
    expect(agrees(text)).toBe(true)
    expect(readSimpleYaml(text)!.locate(['tools', 299, 'externalCommunication'])).toEqual({ line: 1206, column: 28 })
  })

  it('leaves what it does not read to the package', () => {
    for (const text of [
      'a: 1\n  b: 2\n',
      'a: |\n  x\n',
      'a: b\n  c\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a:\n',
      'a: 1\na: 2\n',
      '---\na: 1\n',
      'a: "x\\ny"\n',
      'a: {b: 1\n',
      'a: {b: 1}}\n',
      'a:\r\n  b: 1\r\n',
      '\ta: 1\n',
      '- a\n',
      '  a: 1\n',
      '# only\n',
      ''
    ])
      expect(readSimpleYaml(text), text).toBeUndefined()
  })

  it('agrees with the package on every block document it reads', () => {
    let read = 0
    fc.assert(
      fc.property(
        tree.filter((t) => t.k === 'map'),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (t, step, flush, comment, trailingNewline) => {
          const text = blockYaml(t, 0, Math.max(step, 2), flush, comment).join('\n') + (trailingNewline ? '\n' : '')
          if (agrees(text)) read++
        }
      ),
      { numRuns: 3000 }
    )
    expect(read).toBeGreaterThan(300)
  })

  it('agrees with the package on texts changed by a character anywhere', () => {
    const base =
      'version: 1\nserver:\n  name: a\n  owner: "@t/x"\ntools:\n  - name: t_1\n    tags: [a, "b"]\n  - name: t_2 # c\nenvironments:\n- dev\n- prod\n'
    fc.assert(
      fc.property(
        fc.nat(base.length),
        fc.nat(2),
        fc.constantFrom(
          ' ',
          '-',
          ':',
          '#',
          '"',
          "'",
          '[',
          ']',
          ',',
          '\n',
          'a',
          '1',
          '@',
          '&',
          '*',
          '!',
          '|',
          '{',
          '\\'
        ),
        (at, cut, c) => {
          agrees(base.slice(0, at) + c + base.slice(at + cut))
        }
      ),
      { numRuns: 3000 }
    )
  })
})
