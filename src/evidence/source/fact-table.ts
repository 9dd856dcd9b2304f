// The facts a large repository yields by the hundred thousand (network calls,
// URL literals, bearer headers), kept as columns of integers and one copy of
// each distinct string, not as an object per fact: an object and its `at` cost
// about 140 bytes a fact, a row here about 30, the garbage collector has almost
// nothing to trace, and a chunk crosses from a scan worker as a few arrays.
// Rows are objects again only when a check reads them. Hand-written because
// the columns must keep the checks' row shapes and the scan's order.
import type { FileEvidence } from '../../findings.js'
import { own } from './scan.js'

/** A fact at a place in the checkout: the shape every row of a table has. */
export interface PlacedFact {
  at: FileEvidence
}

/** A row's own fields: which are strings (or absent) and which are booleans. */
export interface TableSpec<R> {
  strings: readonly (keyof R & string)[]
  flags: readonly (keyof R & string)[]
}

/** Rows written by one thread over one stretch of files: their strings, and their cells by row. */
interface Segment {
  strings: string[]
  cells: Int32Array<ArrayBuffer>
  length: number
}

/** What a table is as plain data: what a worker posts, and what arrives. */
export interface PackedTable {
  segments: Segment[]
  spec: { strings: readonly string[]; flags: readonly string[] }
}

const ABSENT = -1
/** at.file, at.line, at.column, at.note, then a word of flags (at.quoteLine is bit 0). */
const AT_CELLS = 5

export class FactTable<R extends PlacedFact> implements Iterable<R> {
  /**
   * Finished segments, in order. Tables from several chunks are put together by taking their
   * segments as they are: no string is copied or looked up again, nothing grows but this list.
   */
  private segments: Segment[] = []
  /** The segment `push` writes, with its string lookup; finished by pack, append and seal. */
  private open: (Segment & { codes: Map<string, number> }) | undefined
  private readonly width: number
  length = 0

  constructor(private readonly spec: TableSpec<R>) {
    this.width = spec.strings.length + AT_CELLS
    if (spec.flags.length > 30) throw new Error('a fact table has at most 30 flags')
  }

  /** A table a worker posted (structured clone keeps the data, not the class). */
  static revive<R extends PlacedFact>(packed: PackedTable): FactTable<R> {
    const table = new FactTable<R>(packed.spec as TableSpec<R>)
    table.segments = packed.segments
    table.length = packed.segments.reduce((n, s) => n + s.length, 0)
    return table
  }

  /** Replaces each string the table keeps with what `f` makes of it (a shared copy). */
  mapStrings(f: (s: string) => string): void {
    this.seal()
    for (const seg of this.segments) for (let i = 0; i < seg.strings.length; i++) seg.strings[i] = f(seg.strings[i])
  }

  /** The table as plain data, its segments trimmed to their rows. */
  pack(): PackedTable {
    this.seal()
    return { segments: this.segments, spec: { strings: this.spec.strings, flags: this.spec.flags } }
  }

  push(row: R): void {
    const seg = (this.open ??= {
      strings: [] as string[],
      codes: new Map<string, number>(),
      cells: new Int32Array(64 * this.width),
      length: 0
    })
    if ((seg.length + 1) * this.width > seg.cells.length) {
      const grown = new Int32Array(seg.cells.length * 2)
      grown.set(seg.cells)
      seg.cells = grown
    }
    const base = seg.length * this.width
    const c = seg.cells
    const record = row as unknown as Record<string, unknown>
    this.spec.strings.forEach((key, i) => (c[base + i] = this.code(seg, record[key] as string | undefined)))
    const at = base + this.spec.strings.length
    c[at] = this.code(seg, row.at.file)
    c[at + 1] = row.at.line
    c[at + 2] = row.at.column
    c[at + 3] = this.code(seg, row.at.note)
    let bits = row.at.quoteLine ? 1 : 0
    this.spec.flags.forEach((key, i) => record[key] && (bits |= 1 << (i + 1)))
    c[at + 4] = bits
    seg.length++
    this.length++
  }

  /** Appends every row of `other` (same spec), in order, taking its segments as they are. */
  append(other: FactTable<R>): void {
    this.seal()
    other.seal()
    for (const s of other.segments) if (s.length) this.segments.push(s)
    this.length += other.length
  }

  /** Finishes the open segment: drops its lookup and its spare capacity. */
  seal(): void {
    const seg = this.open
    if (!seg) return
    this.open = undefined
    if (seg.length)
      this.segments.push({
        strings: seg.strings,
        cells: seg.cells.slice(0, seg.length * this.width),
        length: seg.length
      })
  }

  *[Symbol.iterator](): Iterator<R> {
    this.seal()
    for (const seg of this.segments) for (let i = 0; i < seg.length; i++) yield this.row(seg, i)
  }

  private row(seg: Segment, i: number): R {
    const row: Record<string, unknown> = {}
    const place = {} as FileEvidence
    this.fill(row, place, seg, i, false)
    row.at = place
    return row as unknown as R
  }

  /**
   * Writes row i's fields into `row` and its place into `place`; `clear`: absent ones become undefined (for an object
   * reused row after row).
   */
  private fill(row: Record<string, unknown>, place: FileEvidence, seg: Segment, i: number, clear: boolean): void {
    const base = i * this.width
    const c = seg.cells
    this.spec.strings.forEach((key, k) => {
      if (c[base + k] !== ABSENT) row[key] = seg.strings[c[base + k]]
      else if (clear) row[key] = undefined
    })
    const at = base + this.spec.strings.length
    const bits = c[at + 4]
    this.spec.flags.forEach((key, k) => (row[key] = (bits & (1 << (k + 1))) !== 0))
    place.file = seg.strings[c[at]]
    place.line = c[at + 1]
    place.column = c[at + 2]
    if (bits & 1) place.quoteLine = true
    else if (clear) place.quoteLine = undefined
    if (c[at + 3] !== ABSENT) place.note = seg.strings[c[at + 3]]
    else if (clear) place.note = undefined
  }

  /**
   * Each row in turn as one object reused for every row (absent fields undefined), with `take` to
   * make the current row for keeping (the same object however often it is called for one row). A
   * walk over hundreds of thousands of rows that keeps a few then makes no object per row: those
   * grew the main thread's young generation (docs/performance.md).
   * `visit` must not keep the object it is given.
   */
  walk(visit: (row: Readonly<R>, take: () => R) => void): void {
    this.seal()
    const view: Record<string, unknown> = {}
    const place = {} as FileEvidence
    view.at = place
    let seg = this.segments[0]
    let i = 0
    let taken: R | undefined
    const take = () => (taken ??= this.row(seg, i))
    for (seg of this.segments) {
      for (i = 0; i < seg.length; i++) {
        taken = undefined
        this.fill(view, place, seg, i, true)
        visit(view as unknown as R, take)
      }
    }
  }

  /** The rows that pass; `keep` sees a reused object and must not hold it. */
  filter(keep: (row: Readonly<R>) => unknown): R[] {
    const out: R[] = []
    this.walk((row, take) => keep(row) && out.push(take()))
    return out
  }

  map<T>(f: (row: R) => T): T[] {
    const out: T[] = []
    for (const row of this) out.push(f(row))
    return out
  }

  /**
   * The rows that pass, at most `max` of them, and how many passed in all: for evidence lists,
   * which keep a few places and count the rest, without holding every row at once.
   */
  sample(keep: (row: Readonly<R>) => unknown, max: number): { rows: R[]; total: number } {
    const rows: R[] = []
    let total = 0
    this.walk((row, take) => {
      if (!keep(row)) return
      total++
      if (rows.length < max) rows.push(take())
    })
    return { rows, total }
  }

  toArray(): R[] {
    return [...this]
  }

  /** The code of `s` in the open segment, adding it on first sight. */
  private code(seg: Segment & { codes: Map<string, number> }, s: string | undefined): number {
    if (s === undefined) return ABSENT
    let c = seg.codes.get(s)
    if (c === undefined) {
      c = seg.strings.length
      // A copy: a slice of a file's text would keep the whole file alive.
      const kept = own(s)
      seg.strings.push(kept)
      seg.codes.set(kept, c)
    }
    return c
  }
}
