// YAML parsing with positions, shared by the config loader and the evidence
// readers. Bounded: aliases are capped and keys must be unique.
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node, type Pair } from 'yaml'
import type { FileEvidence } from './findings.js'

export const MAX_ALIAS_COUNT = 100

export interface ParsedYaml {
  doc: Document.Parsed
  lineCounter: LineCounter
}

export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' })
  return { doc, lineCounter }
}

export function parseYamlAll(text: string): { docs: Document.Parsed[]; lineCounter: LineCounter } {
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' })
  const docs = Array.isArray(parsed) ? parsed : [] // an EmptyStream has no documents
  return { docs, lineCounter }
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
export function locatorOf(file: string, doc: Document, lineCounter: LineCounter, base: readonly PropertyKey[] = [], shift?: (p: { line: number; column: number }) => { line: number; column: number }): (path: readonly PropertyKey[], note?: string) => FileEvidence {
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
export function manifestData(doc: Document): (Record<string, unknown> & { kind: string; apiVersion: string }) | undefined {
  if (doc.errors.length || !isMap(doc.contents)) return undefined
  const data = plainData(doc)
  return isRecord(data) && typeof data.kind === 'string' && typeof data.apiVersion === 'string' ? (data as Record<string, unknown> & { kind: string; apiVersion: string }) : undefined
}

export function nodePosition(lineCounter: LineCounter, node: Node | undefined | null): { line: number; column: number } {
  const offset = node?.range?.[0] ?? 0
  return position(lineCounter, offset)
}
