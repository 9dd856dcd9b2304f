// The one prefilter of the source pass: every rule (source rules, the detectors'
// patterns, the secret rules) declares its needles, literals one of which every
// match holds, and one scan of each file's text tells which of them it may hold,
// so a rule that cannot match, and a detector none of whose rules can, is skipped
// with a bit test instead of a regular expression or a substring search.
//
// Hand-written: the Aho-Corasick packages return match objects and walk
// grapheme clusters (the best kept one was an order of magnitude slower on the
// bench's realistic profile: docs/performance.md), and none folds case into a
// bit set.
//
// The answer is conservative, never wrong the other way: literals are matched
// with ASCII letters folded to lower case, so a bit set means "may hold it" and
// callers that need the exact case still check with `includes`; a bit clear
// means the text does not hold the literal in any case.

/** Characters a literal may hold to be indexed: printable ASCII. Others make it never skipped. */
const INDEXABLE = /^[\x20-\x7e]+$/

/** What one scan found: which literals a text may hold (in any case). */
export interface LiteralHits {
  /** False only when the text does not hold `literal` in any case. */
  mayHold(literal: string): boolean
}

/** A deterministic automaton over the literals known when it was built. */
interface Automaton {
  /** Literals it covers: ids below this. */
  count: number
  /** Character class of each ASCII code (0: in no literal). */
  classes: Uint8Array
  width: number
  /** Next state, as the row's offset (state × width), negated when the state ends a literal. */
  next: Int32Array
  /** For an ending state's row offset: the ids of the literals that end there (with the shorter ones it holds). */
  ends: Map<number, number[]>
}

export class LiteralIndex {
  private readonly ids = new Map<string, number>()
  private readonly folded: string[] = []
  private automaton: Automaton | undefined
  private words = new Uint32Array(1)
  private readonly hits: LiteralHits
  private readonly asked = new Set<string>()

  constructor() {
    // One result object, valid until the next scan: the pass looks at one file at a time.
    this.hits = {
      mayHold: (literal) => {
        const id = this.ids.get(literal)
        // Never declared: it might be there (and a test lists it, as a rule that was not declared).
        if (id === undefined) {
          if (this.asked.size < 1000) this.asked.add(literal)
          return true
        }
        // Not indexed, or added after the last build: it might be there.
        if (id < 0 || !this.automaton || id >= this.automaton.count) return true
        return (this.words[id >>> 5] & (1 << (id & 31))) !== 0
      }
    }
  }

  /** Literals asked about that were never added: needles of a rule no detector declared. */
  undeclared(): ReadonlySet<string> {
    return this.asked
  }

  /** Makes the literals known to the next scans (a literal that cannot be indexed is never skipped). */
  add(...literals: readonly string[]): void {
    for (const literal of literals) {
      if (this.ids.has(literal)) continue
      if (!INDEXABLE.test(literal)) {
        this.ids.set(literal, -1)
        continue
      }
      this.ids.set(literal, this.folded.length)
      this.folded.push(literal.toLowerCase())
    }
  }

  /** Which literals the text may hold. The answer is valid until the next scan. */
  scan(text: string): LiteralHits {
    let a = this.automaton
    if (!a || a.count !== this.folded.length) a = this.automaton = build(this.folded)
    const words =
      this.words.length * 32 >= a.count ? this.words.fill(0) : (this.words = new Uint32Array((a.count >>> 5) + 1))
    const { classes, next, ends } = a
    let state = 0
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i)
      state = next[state + (c < 128 ? classes[c] : 0)]
      if (state < 0) {
        state = -state
        for (const id of ends.get(state)!) words[id >>> 5] |= 1 << (id & 31)
      }
    }
    return this.hits
  }
}

/** Aho-Corasick: a trie of the literals, its failure links, and the full transition table. */
function build(literals: readonly string[]): Automaton {
  const classes = new Uint8Array(128)
  let width = 1
  for (const l of literals)
    for (let i = 0; i < l.length; i++) if (!classes[l.charCodeAt(i)]) classes[l.charCodeAt(i)] = width++
  // Upper-case letters take their lower-case class: the literals are folded, and so is the text.
  for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]

  const children: Map<number, number>[] = [new Map()]
  const output: number[][] = [[]]
  literals.forEach((literal, id) => {
    let s = 0
    for (let i = 0; i < literal.length; i++) {
      const k = classes[literal.charCodeAt(i)]
      let child = children[s].get(k)
      if (child === undefined) {
        child = children.length
        children.push(new Map())
        output.push([])
        children[s].set(k, child)
      }
      s = child
    }
    output[s].push(id)
  })

  // Breadth first: a state's failure state is shallower, so its row is complete when the state is reached.
  const states = children.length
  const goto = new Int32Array(states * width)
  const fail = new Int32Array(states)
  const queue: number[] = []
  for (const [k, child] of children[0]) {
    goto[k] = child
    queue.push(child)
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]
    output[s].push(...output[fail[s]])
    // The failure state's row, then this state's own children over it: one native copy per state
    // instead of a map lookup per class (the automaton is built a few times a run, as the patterns
    // add their literals, so its build time counts).
    goto.copyWithin(s * width, fail[s] * width, fail[s] * width + width)
    for (const [k, child] of children[s]) {
      fail[child] = goto[fail[s] * width + k]
      goto[s * width + k] = child
      queue.push(child)
    }
  }

  // Row offsets instead of state numbers, negated for states where a literal ends: one load and one
  // sign test per character in the scan.
  const next = new Int32Array(states * width)
  const ends = new Map<number, number[]>()
  for (let i = 0; i < next.length; i++) {
    const t = goto[i]
    next[i] = output[t].length ? -(t * width) : t * width
  }
  for (let s = 0; s < states; s++) if (output[s].length) ends.set(s * width, output[s])
  return { count: literals.length, classes, width, next, ends }
}

/**
 * Whether a rule with these needles may match the text: the scan says the text may hold one of
 * them, and, unless the rule ignores case, the text holds it as written.
 */
export function holdsNeedle(hits: LiteralHits, text: string, needles: readonly string[], anyCase: boolean): boolean {
  for (const n of needles) if (hits.mayHold(n) && (anyCase || text.includes(n))) return true
  return false
}

/** The index every detector of this thread registers its rules' needles with. */
export const LITERALS = new LiteralIndex()
