import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq, type Document } from 'yaml'
import { readPlainYamlDocuments } from '../../src/plain-yaml.js'
import { manifestData, parseYamlAll } from '../../src/yaml-positions.js'
import { filesNamed } from '../support/files-named.js'

/** What the evidence readers see of a node: its kind, start, flow style, and a scalar's value, quoting and end. */
function shape(node: unknown): unknown {
  if (isScalar(node)) return { value: node.value, type: node.type, at: node.range?.[0], end: node.range?.[1] }
  if (isMap(node))
    return { at: node.range?.[0], flow: !!node.flow, entries: node.items.map((p) => [shape(p.key), shape(p.value)]) }
  if (isSeq(node)) return { at: node.range?.[0], flow: !!node.flow, items: node.items.map(shape) }
  return { other: String(node) }
}

/** What the reader gives agrees with the package: no errors there, the same documents, data, nodes and lines. */
function agrees(text: string): boolean {
  const plain = readPlainYamlDocuments(text)
  if (!plain) return false
  const { docs, lineCounter } = parseYamlAll(text)
  expect(docs.flatMap((d) => d.errors.map((e) => e.message))).toEqual([])
  expect(plain.docs.length).toBe(docs.length)
  docs.forEach((doc: Document.Parsed, i) => {
    const mine = plain.docs[i]
    expect(mine.errors).toEqual([])
    expect(mine.toJS()).toStrictEqual(doc.toJS())
    expect(JSON.stringify(mine.toJS())).toBe(JSON.stringify(doc.toJS()))
    expect(shape(mine.contents)).toStrictEqual(shape(doc.contents))
    expect(manifestData(mine)).toStrictEqual(manifestData(doc))
  })
  expect(plain.lineCounter.lineStarts).toEqual(lineCounter.lineStarts)
  return true
}

const SCALARS = [
  'app',
  'nginx:1.25',
  'ghcr.io/org/app@sha256:abc',
  '8080',
  '3',
  '0',
  '007',
  '100m',
  '64Mi',
  '0.5',
  '1.5',
  '1.',
  '.5',
  '1e3',
  '1.5e3',
  '0x1F',
  '0o17',
  '1234567890123456',
  '12345678901.5',
  '2026-11-02',
  '12:30',
  'true',
  'True',
  'FALSE',
  'false',
  'null',
  'NULL',
  '~',
  'yes',
  'on',
  '--port=8080',
  '--verbose',
  '-v',
  '-1',
  '-.5',
  '--1',
  '$(POD_NAME)',
  '${VAR}',
  '$x',
  '/bin/sh',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  'a,b',
  'a]',
  'a}',
  'a{b',
  '[x]',
  '{x}',
  '@x',
  '&a',
  '*a',
  '!x',
  '%x',
  '|',
  '>',
  '.inf',
  'it\u2019s',
  '',
  '__proto__'
]
const KEYS = [
  'name',
  'app.kubernetes.io/name',
  'a-b',
  '_x',
  'image',
  'true',
  'null',
  '__proto__',
  '1',
  'x y',
  'k.',
  'a/b'
]

/** A scalar as manifests write it: plain, double- or single-quoted. */
const written = fc.oneof(
  {
    arbitrary: fc.constantFrom('app', '8080', '100m', '0.5', 'true', '"a b"', "'c'", '--port', 'nginx:1.25'),
    weight: 6
  },
  fc.constantFrom(...SCALARS),
  fc.constantFrom(...SCALARS).map((s) => `"${s}"`),
  fc.constantFrom(...SCALARS).map((s) => `'${s}'`)
)

type Tree =
  | { k: 'scalar'; v: string }
  | { k: 'map'; entries: [string, Tree][]; flow: boolean }
  | { k: 'seq'; items: Tree[]; flow: boolean }
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    written.map((v): Tree => ({ k: 'scalar', v })),
    fc
      .tuple(
        fc.array(
          fc.tuple(
            fc.oneof(
              { arbitrary: fc.constantFrom('name', 'image', 'app.kubernetes.io/name'), weight: 8 },
              fc.constantFrom(...KEYS)
            ),
            tie('t')
          ),
          { maxLength: 4 }
        ),
        fc.boolean()
      )
      .map(([entries, flow]): Tree => ({ k: 'map', entries, flow })),
    fc
      .tuple(fc.array(tie('t'), { maxLength: 3 }), fc.boolean())
      .map(([items, flow]): Tree => ({ k: 'seq', items, flow }))
  )
})).t

/** A tree on one line, in flow style. */
function flowYaml(t: Tree, spaced: boolean): string {
  const s = spaced ? ' ' : ''
  if (t.k === 'scalar') return t.v
  if (t.k === 'seq') return `[${s}${t.items.map((i) => flowYaml(i, spaced)).join(`,${s || ' '}`)}${s}]`
  return `{${s}${t.entries.map(([k, v]) => `${k}: ${flowYaml(v, spaced)}`).join(', ')}${s}}`
}

/** Block YAML of a tree, indented by `step`; a collection marked flow is written on its key's or item's line. */
function blockYaml(t: Tree, indent: number, step: number, spaced: boolean): string[] {
  const pad = ' '.repeat(indent)
  if (t.k === 'scalar' || t.flow || (t.k === 'map' ? !t.entries.length : !t.items.length))
    return [pad + flowYaml(t, spaced)]
  if (t.k === 'map')
    return t.entries.flatMap(([key, v]) => {
      const head = `${pad}${key}:`
      if (v.k === 'scalar' || v.flow) return [`${head} ${flowYaml(v, spaced)}`]
      return [head, ...blockYaml(v, v.k === 'seq' && spaced ? indent : indent + step, step, spaced)]
    })
  return t.items.flatMap((item) => {
    const lines = blockYaml(item, indent + step, step, spaced)
    return [`${pad}-${' '.repeat(step - 1)}${lines[0].slice(indent + step)}`, ...lines.slice(1)]
  })
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app20
  labels: { app.kubernetes.io/name: app20 } # the selector's
spec:
  replicas: 2
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: { type: RuntimeDefault }
      containers:
        - name: app
          image: "ghcr.io/org/app:20"
          args: [--port, "8080"]
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: { drop: [ALL] }
          resources: { limits: { cpu: 100m, memory: 64Mi }, requests: { cpu: 0.5 } }
`

describe('readPlainYamlDocuments', () => {
  it('reads a Deployment with flow mappings, booleans and quantities as the package does', () => {
    expect(agrees(DEPLOYMENT)).toBe(true)
    const doc = readPlainYamlDocuments(DEPLOYMENT)!.docs[0]
    expect(manifestData(doc)).toMatchObject({ kind: 'Deployment', spec: { replicas: 2 } })
  })

  it('reads documents between `---` lines, a first `---` and comments on them', () => {
    const text = `---\n${DEPLOYMENT}--- # the service\napiVersion: v1\nkind: Service\nmetadata:\n  name: app\n`
    expect(agrees(text)).toBe(true)
    expect(readPlainYamlDocuments(text)!.docs.map((d) => (d.toJS() as { kind: string }).kind)).toEqual([
      'Deployment',
      'Service'
    ])
  })

  it('reads each YAML file of the fixtures and examples as the package does, or leaves it', () => {
    const root = join(import.meta.dirname, '..', '..')
    const yamlNamed = (name: string) => /\.ya?ml$/.test(name)
    const files = [
      ...filesNamed(join(root, 'test', 'fixtures'), yamlNamed),
      ...filesNamed(join(root, 'examples'), yamlNamed)
    ]
    let read = 0
    for (const file of files) if (agrees(readFileSync(file, 'utf8'))) read++
    expect(files.length).toBeGreaterThan(200)
    expect(read).toBeGreaterThan(files.length / 4)
  })

  it('leaves what it does not read to the package', () => {
    for (const text of [
      '',
      '# only\n',
      'a: 1\n---\n',
      '---\n---\na: 1\n',
      'a: 1\n...\n',
      '%YAML 1.2\n---\na: 1\n',
      '--- a: 1\n',
      'a: |\n  x\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a:\n',
      'a: 1\na: 2\n',
      'a: {b: 1, b: 2}\n',
      'a: {b: 1\n',
      'a: [b,\n  c]\n',
      'a: {b:1}\n',
      'a: [b, ]\n',
      'a: "x\\ny"\n',
      "a: 'it''s'\n",
      'a: 1.5e3\n',
      'a: 0x1F\n',
      'a: -1\n',
      '<<: {b: 1}\n',
      'true: 1\n',
      '"a": 1\n',
      'a:\r\n  b: 1\r\n',
      '\ta: 1\n',
      '- a\n',
      '  a: 1\n'
    ])
      expect(readPlainYamlDocuments(text), text).toBeUndefined()
  })

  it('agrees with the package on every manifest it reads', () => {
    let read = 0
    fc.assert(
      fc.property(
        fc.array(
          tree.filter((t) => t.k === 'map' && !t.flow && t.entries.length > 0),
          { minLength: 1, maxLength: 3 }
        ),
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (docs, step, spaced, leading) => {
          const text =
            (leading ? '---\n' : '') + docs.map((t) => blockYaml(t, 0, step, spaced).join('\n') + '\n').join('---\n')
          if (agrees(text)) read++
        }
      ),
      { numRuns: 3000 }
    )
    // Not vacuous: about 11 % of the generated manifests are plain enough to read (330, give or take 17, per run);
    // the bound sits far enough below that no seed fails it, as 300 did once.
    expect(read).toBeGreaterThan(150)
  })

  it('agrees with the package on a manifest changed by a character anywhere', () => {
    fc.assert(
      fc.property(
        fc.nat(DEPLOYMENT.length),
        fc.nat(2),
        fc.constantFrom(' ', '-', ':', '#', '"', "'", '[', ']', '{', '}', ',', '\n', 'a', '1', '.', '$', '&', '!', '|'),
        (at, cut, c) => {
          agrees(DEPLOYMENT.slice(0, at) + c + DEPLOYMENT.slice(at + cut))
        }
      ),
      { numRuns: 3000 }
    )
  })
})
