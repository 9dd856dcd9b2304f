// YAML parsing with positions, shared by the config loader and the evidence
// readers. Bounded: aliases are capped and keys must be unique.
import {
  CST,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  YAMLParseError,
  type Document,
  type Node,
  type Pair
} from 'yaml'
import type { FileEvidence } from './findings.js'
import { lineCounterOf } from './plain-yaml.js'

export const MAX_ALIAS_COUNT = 100

export interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
}

/**
 * Nesting a YAML text may reach before it is refused unparsed. The parser's memory grows with the
 * depth, and past some thousands of levels it runs out of stack on a text of nothing but `[` (a
 * golive.yaml, or any workflow or manifest in the checkout). No real file comes near: a CRD's
 * schema nests by indentation, which this does not count, and indentation alone cannot nest deeper
 * than about 1,450 levels in a file under the 1 MiB cap.
 */
export const MAX_YAML_NESTING = 256

/** The control tokens of the `yaml` lexer, which are not characters of the text. */
const CONTROL_TOKENS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR])

/**
 * Where `text` nests deeper than MAX_YAML_NESTING, as an offset; undefined if it does not. Nesting
 * here is open flow collections (`[`, `{`) plus block indicators (`-`, `?`, `:`) outside them on one
 * line, read from the `yaml` lexer's tokens (which keep quoted brackets and `a[0]` inside scalars).
 * Hand-written because the `yaml` package has no depth limit.
 */
export function nestingTooDeepAt(text: string): number | undefined {
  if (!mayNestTooDeeply(text)) return undefined
  let offset = 0
  let flow = 0
  let onLine = 0
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') flow++
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1)
    else if (flow === 0 && (token === '-' || token === '?' || token === ':')) onLine++
    else if (token.includes('\n')) onLine = 0
    if (flow + onLine > MAX_YAML_NESTING) return offset
    if (!CONTROL_TOKENS.has(token)) offset += token.length
  }
  return undefined
}

/**
 * A bound that needs no lexer: the nesting is at most every `[` and `{` of the text plus the most `-`, `?` and `:` on
 * one line.
 */
function mayNestTooDeeply(text: string): boolean {
  let opens = 0
  let onLine = 0
  let mostOnLine = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x5b || c === 0x7b) opens++
    else if (c === 0x2d || c === 0x3f || c === 0x3a) onLine++
    else if (c === 0x0a) {
      if (onLine > mostOnLine) mostOnLine = onLine
      onLine = 0
    }
  }
  return opens + Math.max(mostOnLine, onLine) > MAX_YAML_NESTING
}

/** A document that holds only the error of a text refused unparsed, for callers that read `doc.errors`. */
function refused(offset: number): Document.Parsed {
  const doc = parseDocument('')
  doc.errors.push(
    new YAMLParseError([offset, offset + 1], 'RESOURCE_EXHAUSTION', `nested more than ${MAX_YAML_NESTING} levels deep`)
  )
  return doc
}

export function parseYaml(text: string): ParsedYaml {
  const deep = nestingTooDeepAt(text)
  // Line starts of a text refused unparsed, as the parser would have recorded them.
  if (deep !== undefined) return { doc: refused(deep), lineCounter: lineCounterOf(text) }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2' })
  addDuplicateKeyErrors(doc)
  return { doc, lineCounter }
}

/**
 * Every document of a text; one that nests too deeply is one document holding the error. Merge keys
 * (`<<: *base`) are merged, as kubectl and kustomize merge them in manifests and patches.
 */
export function parseYamlAll(text: string): { docs: Document.Parsed[]; lineCounter: LineCounter; tooDeep?: true } {
  const deep = nestingTooDeepAt(text)
  if (deep !== undefined) return { docs: [refused(deep)], lineCounter: lineCounterOf(text), tooDeep: true }
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, {
    lineCounter,
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    version: '1.2'
  })
  const docs = Array.isArray(parsed) ? parsed : [] // an EmptyStream has no documents
  for (const doc of docs) addDuplicateKeyErrors(doc)
  return { docs, lineCounter }
}

/**
 * The parser's own duplicate-key errors (same code and text), found with one set per mapping. The
 * `yaml` package's `uniqueKeys` compares each key with every earlier one of its mapping, which is
 * quadratic on a large flat mapping. Keys are equal as the package compares them (scalars of the same value;
 * a collection or alias key equals only itself); merge keys may repeat.
 */
function addDuplicateKeyErrors(doc: Document.Parsed): void {
  let added = false
  // The package's `visit` freezes a copy of the path at every collection; this walk visits the same
  // mappings in the same order (keys before values, aliases not followed) without it.
  const walk = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) walk(item)
      return
    }
    if (!isMap(node)) return
    const seen = new Set<unknown>()
    for (const pair of node.items) {
      const key = pair.key
      if (!isScalar(key) || typeof key.value === 'symbol') continue
      if (!seen.has(key.value)) {
        seen.add(key.value)
        continue
      }
      const at = key.range?.[0] ?? 0
      doc.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
      added = true
    }
    for (const pair of node.items) {
      walk(pair.key)
      walk(pair.value)
    }
  }
  walk(doc.contents)
  // Errors in text order, as the parser reports them, so the first one said is the first in the file.
  if (added) doc.errors.sort((a, b) => a.pos[0] - b.pos[0])
}

/** 1-based line and column of an offset. */
export function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}

/** One step down a path: in a mapping, the entry with that key (its key node and value); in a sequence, the item. */
function child(node: unknown, key: PropertyKey): { at: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key))
    return pair && { at: pair.key, value: pair.value }
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)]
    return item ? { at: item, value: item } : undefined
  }
  return undefined
}

/** The node at a path, walking maps and sequences; undefined when absent. */
export function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents
  for (const key of path) node = child(node, key)?.value
  return (node ?? undefined) as Node | undefined
}

/** The key node of a mapping entry at path + key, for errors about the key itself. */
export function keyAt(doc: Document, path: readonly PropertyKey[], key: string): Node | undefined {
  const parent = path.length ? nodeAt(doc, path) : doc.contents
  if (!isMap(parent)) return undefined
  const pair = parent.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === key)
  return pair?.key as Node | undefined
}

/** The deepest node that exists along a path (so an error about a missing field points at its parent). */
export function closestNode(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? (doc.contents as Node | null) : nodeAt(doc, path.slice(0, n))
    if (node) return node
  }
  return undefined
}

/**
 * Where evidence about a path points: the key of the deepest mapping entry found along it (`hostPath:`,
 * not its value's first line), or the sequence item; the document when nothing matches.
 */
export function evidenceNode(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = doc.contents
  let last: unknown = node
  for (const key of path) {
    const step = child(node, key)
    if (!step) break
    last = step.at
    node = step.value
    if (!node) break
  }
  return (last ?? undefined) as Node | undefined
}

/**
 * Evidence for paths in a YAML document: where each path's node is (`evidenceNode`, under `base`),
 * moved by `shift` when the document was parsed from other text than the file's (a rendered
 * template, an inline patch).
 */
export function locatorOf(
  file: string,
  doc: Document,
  lineCounter: LineCounter,
  base: readonly PropertyKey[] = [],
  shift?: (p: { line: number; column: number }) => { line: number; column: number }
): (path: readonly PropertyKey[], note?: string) => FileEvidence {
  return (path, note) => {
    const pos = nodePosition(lineCounter, evidenceNode(doc, [...base, ...path]))
    return { file, ...(shift ? shift(pos) : pos), ...(note ? { note } : {}) }
  }
}

/** A document as plain data, aliases bounded; undefined when it cannot be (an alias bomb). */
export function plainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    return undefined
  }
}

/** A mapping of plain data (not null, not a list). */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * A Kubernetes-style document as plain data: a mapping with `kind` and `apiVersion`, aliases bounded.
 * Undefined for anything else (errors, a scalar or list at the top, an alias bomb).
 */
export function manifestData(
  doc: Document
): (Record<string, unknown> & { kind: string; apiVersion: string }) | undefined {
  if (doc.errors.length || !isMap(doc.contents)) return undefined
  const data = plainData(doc)
  return isRecord(data) && typeof data.kind === 'string' && typeof data.apiVersion === 'string'
    ? (data as Record<string, unknown> & { kind: string; apiVersion: string })
    : undefined
}

export function nodePosition(
  lineCounter: LineCounter,
  node: Node | undefined | null
): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0
  return position(lineCounter, offset)
}
