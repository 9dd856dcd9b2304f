// A reader for the plain shape most golive.yaml files have (block mappings and sequences, one-line
// scalars, one-line lists of scalars, comments), giving what the `yaml` package would: the same data
// and the same position for every path. Anything else, or anything it is unsure of, is left to the
// package (undefined). Why: a golive.yaml that declares hundreds of tools is the first YAML a
// check parses, and the package's code then runs before V8 has optimised it (docs/performance.md).
import { LineCounter } from 'yaml'

/** A node of the document: where it starts, and its entries (a mapping) or items (a sequence). */
interface SimpleNode {
  at: number
  map?: Map<string, SimpleNode>
  items?: SimpleNode[]
}

export interface SimpleYaml {
  /** What `doc.toJS()` gives. */
  data: Record<string, unknown>
  /** Line and column of the deepest node along a path, as `nodePosition(lc, closestNode(doc, path))` gives. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number }
}

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

/** Plain scalars YAML 1.2's core schema reads as null or a boolean: left to the package. */
const KEYWORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'])

/** The document's data and positions, or undefined when the text is not of the plain shape. */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  if (!plainCharacters(text)) return undefined
  const lines = significantLines(text)
  if (!lines.length || lines[0].indent !== 0) return undefined
  const reader = new Reader(lines)
  let root: { node: SimpleNode; value: unknown }
  try {
    root = reader.map(0, 0)
    if (reader.pos !== lines.length) return undefined
  } catch (e) {
    if (e instanceof NotSimple) return undefined
    throw e
  }
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
  return {
    data: root.value as Record<string, unknown>,
    locate: (path) => {
      let node: SimpleNode | undefined = root.node
      let last = root.node
      for (const key of path) {
        node = node.map ? node.map.get(String(key)) : node.items ? node.items[Number(key)] : undefined
        if (!node) break
        last = node
      }
      const { line, col } = lineCounter.linePos(last.at)
      return { line, column: col }
    }
  }
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

/** A plain mapping key followed by `:` and a space or the line's end: the key's length, or 0. */
function keyLength(text: string): number {
  const c = text.charCodeAt(0)
  if (!(isLetter(c) || c === 0x5f)) return 0
  let i = 1
  while (i < text.length && isKeyChar(text.charCodeAt(i))) i++
  if (text.charCodeAt(i) !== 0x3a) return 0
  return i + 1 === text.length || text.charCodeAt(i + 1) === 0x20 ? i : 0
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isKeyChar = (c: number) => isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d

/** Whether what is left of a line from `i` is spaces, then at most a comment that a space opened. */
function restIsComment(text: string, i: number): boolean {
  const start = i
  while (i < text.length && text.charCodeAt(i) === 0x20) i++
  return i === text.length || (text.charCodeAt(i) === 0x23 && i > start)
}

class Reader {
  pos = 0
  constructor(private readonly lines: Line[]) {}

  /** The block mapping whose keys start at column `indent`, from the current line. */
  map(indent: number, depth: number): { node: SimpleNode; value: unknown } {
    if (depth > MAX_DEPTH) notSimple()
    const node: SimpleNode = { at: this.lines[this.pos].start, map: new Map() }
    const value: Record<string, unknown> = {}
    while (this.pos < this.lines.length && this.lines[this.pos].indent === indent) {
      const line = this.lines[this.pos]
      const n = keyLength(line.text)
      if (!n) notSimple()
      const key = line.text.slice(0, n)
      if (KEYWORDS.has(key) || key === '__proto__' || node.map!.has(key)) notSimple()
      let i = n + 1
      while (i < line.text.length && line.text.charCodeAt(i) === 0x20) i++
      let entry: { node: SimpleNode; value: unknown }
      if (i === line.text.length || line.text.charCodeAt(i) === 0x23) {
        // A block under the key: a mapping indented further, or a sequence indented at least as far.
        this.pos++
        const next = this.lines[this.pos]
        if (!next) notSimple()
        if (isItem(next.text) && next.indent >= indent) entry = this.seq(next.indent, depth + 1)
        else if (next.indent > indent) entry = this.map(next.indent, depth + 1)
        else entry = notSimple()
      } else {
        entry = inlineValue(line, i)
        this.pos++
        if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
      }
      node.map!.set(key, entry.node)
      value[key] = entry.value
    }
    if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
    return { node, value }
  }

  /** The block sequence whose `-` are at column `indent`, from the current line. */
  seq(indent: number, depth: number): { node: SimpleNode; value: unknown } {
    if (depth > MAX_DEPTH) notSimple()
    const node: SimpleNode = { at: this.lines[this.pos].start, items: [] }
    const value: unknown[] = []
    while (
      this.pos < this.lines.length &&
      this.lines[this.pos].indent === indent &&
      isItem(this.lines[this.pos].text)
    ) {
      const line = this.lines[this.pos]
      let i = 1
      while (i < line.text.length && line.text.charCodeAt(i) === 0x20) i++
      if (i === line.text.length || line.text.charCodeAt(i) === 0x23 || isItem(line.text.slice(i))) notSimple()
      let item: { node: SimpleNode; value: unknown }
      if (keyLength(line.text.slice(i))) {
        // A mapping that starts on the item's line: its keys are at the column of the first.
        this.lines[this.pos] = { indent: indent + i, start: line.start + i, text: line.text.slice(i) }
        item = this.map(indent + i, depth + 1)
      } else {
        item = inlineValue(line, i)
        this.pos++
        if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
      }
      node.items!.push(item.node)
      value.push(item.value)
    }
    if (this.pos < this.lines.length && this.lines[this.pos].indent > indent) notSimple()
    return { node, value }
  }
}

/** A line that is a sequence item: `-` then a space or the line's end. */
const isItem = (text: string) => text.charCodeAt(0) === 0x2d && (text.length === 1 || text.charCodeAt(1) === 0x20)

/** The value that starts at `i` of a line and ends it (a scalar or a one-line list), and its node. */
function inlineValue(line: Line, i: number): { node: SimpleNode; value: unknown } {
  const text = line.text
  if (text.charCodeAt(i) === 0x5b) {
    const node: SimpleNode = { at: line.start + i, items: [] }
    const value: unknown[] = []
    let j = i + 1
    while (j < text.length && text.charCodeAt(j) === 0x20) j++
    if (text.charCodeAt(j) === 0x5d) j++
    else
      for (;;) {
        const s = scalarAt(text, j, true)
        node.items!.push({ at: line.start + j })
        value.push(s.value)
        j = s.end
        while (j < text.length && text.charCodeAt(j) === 0x20) j++
        const c = text.charCodeAt(j)
        if (c === 0x5d) {
          j++
          break
        }
        if (c !== 0x2c) notSimple()
        j++
        while (j < text.length && text.charCodeAt(j) === 0x20) j++
      }
    if (!restIsComment(text, j)) notSimple()
    return { node, value }
  }
  const s = scalarAt(text, i, false)
  if (!restIsComment(text, s.end)) notSimple()
  return { node: { at: line.start + i }, value: s.value }
}

/** The scalar at `i` (quoted, or plain in block or flow context) and where it ends. */
function scalarAt(text: string, i: number, flow: boolean): { value: unknown; end: number } {
  const q = text.charCodeAt(i)
  if (q === 0x22 || q === 0x27) {
    const close = text.indexOf(q === 0x22 ? '"' : "'", i + 1)
    if (close === -1 || text.charCodeAt(close + 1) === q) notSimple()
    const value = text.slice(i + 1, close)
    if (q === 0x22 && value.includes('\\')) notSimple()
    return { value, end: close + 1 }
  }
  // A plain scalar starts with a letter, a digit, `_` or `/`: no indicator of YAML's.
  if (!(isLetter(q) || isDigit(q) || q === 0x5f || q === 0x2f)) notSimple()
  let j = i
  let end = i
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x20) {
      if (text.charCodeAt(j + 1) === 0x23) break
      continue
    }
    if (c === 0x3a) {
      const d = text.charCodeAt(j + 1)
      if (j + 1 === text.length || d === 0x20 || (flow && (d === 0x2c || d === 0x5d))) notSimple()
    }
    if (flow && (c === 0x2c || c === 0x5d)) break
    if (flow && (c === 0x5b || c === 0x7b || c === 0x7d)) notSimple()
    end = j + 1
  }
  const plain = text.slice(i, end)
  return { value: plainValue(plain), end }
}

/** A plain scalar as the core schema reads it: a decimal integer or a string; anything else is left to the package. */
function plainValue(plain: string): unknown {
  if (KEYWORDS.has(plain)) notSimple()
  if (!isDigit(plain.charCodeAt(0))) return plain
  let digits = 0
  while (digits < plain.length && isDigit(plain.charCodeAt(digits))) digits++
  if (digits === plain.length) return digits <= 15 ? Number(plain) : notSimple()
  // An ISO date is a string in YAML 1.2 (the core schema has no timestamps).
  if (/^\d{4}-\d\d-\d\d$/.test(plain)) return plain
  return notSimple()
}
