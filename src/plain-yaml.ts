// A reader for the plain shape most golive.yaml files and Kubernetes manifests have (block mappings
// and sequences, one-line scalars, one-line flow collections, comments, `---` between documents),
// giving what the `yaml` package would: the same data and the same position for every node.
// Anything else, or anything it is unsure of, is left to the package (undefined). Why: the package's
// code runs before V8 has optimised it on the first YAML a check parses, which made a golive.yaml of
// hundreds of tools and a hundred small manifests cost more than the source scan (docs/performance.md).
import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'

export type PlainValue = string | number | boolean | null

export interface PlainScalar {
  kind: 'scalar'
  /** Offsets of the scalar's first character and one past its last (quotes included). */
  at: number
  end: number
  value: PlainValue
  quote: 'plain' | 'double' | 'single'
}

export interface PlainMap {
  kind: 'map'
  at: number
  flow: boolean
  entries: [PlainScalar, PlainNode][]
}

export interface PlainSeq {
  kind: 'seq'
  at: number
  flow: boolean
  items: PlainNode[]
}

export type PlainNode = PlainScalar | PlainMap | PlainSeq

interface Line {
  indent: number
  /** Offset of the line's first character that is not a space. */
  start: number
  /** The line from `start` to its end. */
  text: string
}

/** Thrown inside the reader when the text leaves the plain shape; the caller parses it with the package. */
class NotSimple extends Error {}

const notSimple = (): never => {
  throw new NotSimple()
}

/** Nesting deeper than this is left to the package (its own limits and errors apply). */
const MAX_DEPTH = 64

/** Plain scalars YAML 1.2's core schema reads as null or a boolean. */
const NULLS = new Set(['null', 'Null', 'NULL'])
const TRUES = new Set(['true', 'True', 'TRUE'])
const FALSES = new Set(['false', 'False', 'FALSE'])

/**
 * The root mapping of each document of a text of the plain shape, or undefined. With `documents`
 * false a text of one document without `---` is read (a golive.yaml); with it true, documents
 * separated by `---` lines (a manifest), none of them empty.
 */
export function readPlainYaml(text: string, documents: boolean): PlainMap[] | undefined {
  if (!plainCharacters(text)) return undefined
  const lines = significantLines(text)
  const roots: PlainMap[] = []
  try {
    let from = 0
    for (let i = 0; i <= lines.length; i++) {
      const separator = i < lines.length && isSeparator(lines[i])
      if (i < lines.length && !separator) continue
      if (separator && !documents) return undefined
      // A `---` first opens the first document; any other empty document is left to the package.
      if (i > from) roots.push(readDocument(lines.slice(from, i)))
      else if (i !== 0 || i === lines.length) return undefined
      from = i + 1
    }
  } catch (e) {
    if (e instanceof NotSimple) return undefined
    throw e
  }
  return roots
}

function readDocument(lines: Line[]): PlainMap {
  if (lines[0].indent !== 0) notSimple()
  const reader = new Reader(lines)
  const root = reader.map(0, 0)
  if (reader.pos !== lines.length) notSimple()
  return root
}

/**
 * A `---` line (a comment may follow it). Any other line at the start of a row that begins with
 * `---`, `...` or a directive's `%` is left to the package.
 */
function isSeparator(line: Line): boolean {
  if (line.indent !== 0) return false
  const t = line.text
  if (t.startsWith('---') && (t.length === 3 || t.charCodeAt(3) === 0x20)) {
    return restIsComment(t, 3) ? true : notSimple()
  }
  if (t.startsWith('...') || t.charCodeAt(0) === 0x25) notSimple()
  return false
}

/** Line starts, as the package's LineCounter records them. */
export function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
  return lineCounter
}

/** Only printable characters, no tabs, no carriage returns, no byte order mark and no line separators. */
function plainCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c >= 0x20 && c <= 0x7e)) continue
    if (c < 0xa0 || c === 0xfeff || c >= 0xfffe || c === 0x2028 || c === 0x2029) return false
    if (c >= 0xd800 && c <= 0xdfff) return false
  }
  return true
}

/** The lines that are neither blank nor only a comment. */
function significantLines(text: string): Line[] {
  const lines: Line[] = []
  for (let from = 0; from <= text.length;) {
    let end = text.indexOf('\n', from)
    if (end === -1) end = text.length
    let i = from
    while (i < end && text.charCodeAt(i) === 0x20) i++
    if (i < end && text.charCodeAt(i) !== 0x23) lines.push({ indent: i - from, start: i, text: text.slice(i, end) })
    from = end + 1
  }
  return lines
}

/** A plain mapping key at `i` followed by `:` and a space (or, in a block, the line's end): the key's end, or 0. */
function keyEnd(text: string, i: number, flow: boolean): number {
  const c = text.charCodeAt(i)
  if (!(isLetter(c) || c === 0x5f)) return 0
  let j = i + 1
  while (j < text.length && isKeyChar(text.charCodeAt(j))) j++
  if (text.charCodeAt(j) !== 0x3a) return 0
  return (!flow && j + 1 === text.length) || text.charCodeAt(j + 1) === 0x20 ? j : 0
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
/** Letters, digits, `_`, `-`, `.` and `/`: the characters of keys such as `app.kubernetes.io/name`. */
const isKeyChar = (c: number) => isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x2f

/** Whether what is left of a line from `i` is spaces, then at most a comment that a space opened. */
function restIsComment(text: string, i: number): boolean {
  const start = i
  while (i < text.length && text.charCodeAt(i) === 0x20) i++
  return i === text.length || (text.charCodeAt(i) === 0x23 && i > start)
}

const skipSpaces = (text: string, i: number): number => {
  while (i < text.length && text.charCodeAt(i) === 0x20) i++
  return i
}

/** A key as a scalar node; keywords, numbers and keys an object cannot hold as data are left to the package. */
function keyScalar(text: string, i: number, end: number, start: number): PlainScalar {
  const key = text.slice(i, end)
  if (NULLS.has(key) || TRUES.has(key) || FALSES.has(key) || key === '__proto__') notSimple()
  return { kind: 'scalar', at: start + i, end: start + end, value: key, quote: 'plain' }
}

/** Adds an entry to a mapping; a key said twice is left to the package (which reports it). */
function addEntry(node: PlainMap, keys: Set<string>, key: PlainScalar, value: PlainNode): void {
  const k = key.value as string
  if (keys.has(k)) notSimple()
  keys.add(k)
  node.entries.push([key, value])
}

class Reader {
  pos = 0
  constructor(private readonly lines: Line[]) {}

  /** The block mapping whose keys start at column `indent`, from the current line. */
  map(indent: number, depth: number): PlainMap {
    if (depth > MAX_DEPTH) notSimple()
    const node: PlainMap = { kind: 'map', at: this.lines[this.pos].start, flow: false, entries: [] }
    const keys = new Set<string>()
    while (this.pos < this.lines.length && this.lines[this.pos].indent === indent) {
      const line = this.lines[this.pos]
      const n = keyEnd(line.text, 0, false)
      if (!n) notSimple()
      const key = keyScalar(line.text, 0, n, line.start)
      const i = skipSpaces(line.text, n + 1)
      let entry: PlainNode
      if (i === line.text.length || line.text.charCodeAt(i) === 0x23) {
        // A block under the key: a mapping indented further, or a sequence indented at least as far.
        this.pos++
        const next = this.lines[this.pos]
        if (!next) notSimple()
        if (isItem(next.text) && next.indent >= indent) entry = this.seq(next.indent, depth + 1)
        else if (next.indent > indent) entry = this.map(next.indent, depth + 1)
        else entry = notSimple()
      } else {
        entry = inlineValue(line, i, depth + 1)
        this.pos++
        if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
      }
      addEntry(node, keys, key, entry)
    }
    if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
    return node
  }

  /** The block sequence whose `-` are at column `indent`, from the current line. */
  seq(indent: number, depth: number): PlainSeq {
    if (depth > MAX_DEPTH) notSimple()
    const node: PlainSeq = { kind: 'seq', at: this.lines[this.pos].start, flow: false, items: [] }
    while (
      this.pos < this.lines.length &&
      this.lines[this.pos].indent === indent &&
      isItem(this.lines[this.pos].text)
    ) {
      const line = this.lines[this.pos]
      const i = skipSpaces(line.text, 1)
      if (i === line.text.length || line.text.charCodeAt(i) === 0x23 || isItem(line.text.slice(i))) notSimple()
      if (keyEnd(line.text, i, false)) {
        // A mapping that starts on the item's line: its keys are at the column of the first.
        this.lines[this.pos] = { indent: indent + i, start: line.start + i, text: line.text.slice(i) }
        node.items.push(this.map(indent + i, depth + 1))
      } else {
        node.items.push(inlineValue(line, i, depth + 1))
        this.pos++
        if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
      }
    }
    if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
    return node
  }
}

/** A line that is a sequence item: `-` then a space or the line's end. */
const isItem = (text: string) => text.charCodeAt(0) === 0x2d && (text.length === 1 || text.charCodeAt(1) === 0x20)

/** The value that starts at `i` of a line and ends it (a scalar or a one-line flow collection). */
function inlineValue(line: Line, i: number, depth: number): PlainNode {
  const c = line.text.charCodeAt(i)
  const { node, end } =
    c === 0x5b || c === 0x7b
      ? flowCollection(line.text, i, line.start, depth)
      : scalarAt(line.text, i, false, line.start)
  if (!restIsComment(line.text, end)) notSimple()
  return node
}

/** The flow sequence (`[`) or mapping (`{`) at `i`, closed on the same line, and where it ends. */
function flowCollection(text: string, i: number, start: number, depth: number): { node: PlainNode; end: number } {
  if (depth > MAX_DEPTH) notSimple()
  const isSeq = text.charCodeAt(i) === 0x5b
  const close = isSeq ? 0x5d : 0x7d
  const node: PlainSeq | PlainMap = isSeq
    ? { kind: 'seq', at: start + i, flow: true, items: [] }
    : { kind: 'map', at: start + i, flow: true, entries: [] }
  const keys = new Set<string>()
  let j = skipSpaces(text, i + 1)
  if (text.charCodeAt(j) === close) return { node, end: j + 1 }
  for (;;) {
    let key: PlainScalar | undefined
    if (!isSeq) {
      const n = keyEnd(text, j, true)
      if (!n) notSimple()
      key = keyScalar(text, j, n, start)
      j = skipSpaces(text, n + 1)
    }
    const c = text.charCodeAt(j)
    const item = c === 0x5b || c === 0x7b ? flowCollection(text, j, start, depth + 1) : scalarAt(text, j, true, start)
    if (key) addEntry(node as PlainMap, keys, key, item.node)
    else (node as PlainSeq).items.push(item.node)
    j = skipSpaces(text, item.end)
    const d = text.charCodeAt(j)
    if (d === close) return { node, end: j + 1 }
    if (d !== 0x2c) notSimple()
    j = skipSpaces(text, j + 1)
  }
}

/** The scalar at `i` (quoted, or plain in block or flow context) and where it ends. */
function scalarAt(text: string, i: number, flow: boolean, start: number): { node: PlainScalar; end: number } {
  const q = text.charCodeAt(i)
  if (q === 0x22 || q === 0x27) {
    const close = text.indexOf(q === 0x22 ? '"' : "'", i + 1)
    if (close === -1 || text.charCodeAt(close + 1) === q) notSimple()
    const value = text.slice(i + 1, close)
    if (q === 0x22 && value.includes('\\')) notSimple()
    const quote = q === 0x22 ? 'double' : 'single'
    return { node: { kind: 'scalar', at: start + i, end: start + close + 1, value, quote }, end: close + 1 }
  }
  if (!plainStart(text, i)) notSimple()
  let end = i
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x20) {
      if (text.charCodeAt(j + 1) === 0x23) break
      continue
    }
    if (c === 0x3a) {
      const d = text.charCodeAt(j + 1)
      if (j + 1 === text.length || d === 0x20 || (flow && (d === 0x2c || d === 0x5d || d === 0x7d))) notSimple()
    }
    if (flow && (c === 0x2c || c === 0x5d || c === 0x7d)) break
    if (flow && (c === 0x5b || c === 0x7b)) notSimple()
    end = j + 1
  }
  const value = plainValue(text.slice(i, end))
  return { node: { kind: 'scalar', at: start + i, end: start + end, value, quote: 'plain' }, end }
}

/**
 * A plain scalar starts with a letter, a digit, `_`, `/` or `$` (no indicator of YAML's), or with
 * `-` or `--` before a letter (a command's flag).
 */
function plainStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2f || c === 0x24) return true
  if (c !== 0x2d) return false
  const d = text.charCodeAt(i + 1)
  return isLetter(d) || (d === 0x2d && isLetter(text.charCodeAt(i + 2)))
}

/**
 * A plain scalar as the core schema reads it: null, a boolean, a decimal integer or fraction, or a
 * string; anything else (exponents, hexadecimal, octal, long integers) is left to the package.
 */
function plainValue(plain: string): PlainValue {
  if (NULLS.has(plain)) return null
  if (TRUES.has(plain)) return true
  if (FALSES.has(plain)) return false
  if (!isDigit(plain.charCodeAt(0))) return plain
  let digits = 0
  while (digits < plain.length && isDigit(plain.charCodeAt(digits))) digits++
  if (digits === plain.length) return digits <= 15 ? Number(plain) : notSimple()
  // A fraction of a few digits: the number the package parses; `1.`, exponents and long ones are left to it.
  if (/^\d{1,9}\.\d{1,6}$/.test(plain)) return Number(plain)
  // Anything else that could read as a number is left to the package; the rest (`100m`, `64Mi`, a date) are strings.
  if (/^\d+\.\d*(?:[eE][-+]?\d+)?$|^\d+[eE][-+]?\d+$|^0[xo]/.test(plain)) return notSimple()
  return plain
}

/** The node's data, as the package's `toJS()` gives it. */
export function plainNodeData(node: PlainNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(plainNodeData)
  const out: Record<string, unknown> = {}
  for (const [key, value] of node.entries) out[key.value as string] = plainNodeData(value)
  return out
}

/** The deepest node along a path from `root`. */
export function plainNodeAt(root: PlainNode, path: readonly PropertyKey[]): PlainNode {
  let last = root
  for (const key of path) {
    let next: PlainNode | undefined
    if (last.kind === 'map') next = last.entries.find(([k]) => k.value === String(key))?.[1]
    else if (last.kind === 'seq') next = last.items[Number(key)]
    if (!next) break
    last = next
  }
  return last
}

/**
 * The documents of a manifest of the plain shape as the package's documents (`parseAllDocuments`
 * with merge keys), or undefined to parse it with the package. Nodes keep their start offsets
 * (`range[0]`, what positions are read from); a collection's end is its start.
 */
export function readPlainYamlDocuments(
  text: string
): { docs: Document.Parsed[]; lineCounter: LineCounter } | undefined {
  const roots = readPlainYaml(text, true)
  if (!roots) return undefined
  const docs = roots.map((root) => {
    const doc = new Document(undefined, { version: '1.2', merge: true, uniqueKeys: false })
    doc.contents = yamlNode(root)
    doc.range = [root.at, root.at, root.at]
    return doc as unknown as Document.Parsed
  })
  return { docs, lineCounter: lineCounterOf(text) }
}

function yamlNode(node: PlainNode): Scalar | YAMLMap | YAMLSeq {
  if (node.kind === 'scalar') {
    const scalar = new Scalar(node.value)
    scalar.range = [node.at, node.end, node.end]
    scalar.type =
      node.quote === 'double' ? Scalar.QUOTE_DOUBLE : node.quote === 'single' ? Scalar.QUOTE_SINGLE : Scalar.PLAIN
    return scalar
  }
  const collection = node.kind === 'map' ? new YAMLMap() : new YAMLSeq()
  collection.range = [node.at, node.at, node.at]
  if (node.flow) collection.flow = true
  if (node.kind === 'map')
    for (const [key, value] of node.entries)
      (collection as YAMLMap).items.push(new Pair(yamlNode(key), yamlNode(value)))
  else for (const item of node.items) (collection as YAMLSeq).items.push(yamlNode(item))
  return collection
}
