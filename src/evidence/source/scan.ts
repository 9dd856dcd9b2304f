// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
import { isTestPath, languageOf, type Language, type RepoFile, type Repository } from '../repository.js'
import { sourceViews, type SourceViews } from './lexer.js'
import { holdsNeedle, LITERALS, type LiteralHits } from './literals.js'
import type { Rule } from './rules/rule.js'

export interface SourceFile {
  path: string
  /**
   * Undefined for files that are not source code (YAML, JSON, .env, Markdown…), seen only by `files: 'all'` detectors.
   */
  language: Language | undefined
  /** Test code, fixtures and examples: detectors tag their facts so checks can keep them from blocking. */
  isTest: boolean
  text: string
  /** Comments blanked, strings kept (offsets equal text's). */
  code: string
  /** Comments and string contents blanked (offsets equal text's). */
  bare: string
  /** False only when the text does not hold the literal in any case (from the pass's one literal scan). */
  mayHold: LiteralHits['mayHold']
  /** The views are made already (reading them costs nothing more). */
  readonly viewed?: boolean
  /** Both views as one object, made on first use (what is read once per views object is kept on it). */
  readonly views?: SourceViews
  /** file:line:column evidence for an offset, with the line as snippet. */
  at(offset: number, note?: string): { file: string; line: number; column: number; quoteLine: true; note?: string }
}

/** The texts of a file patterns run on: as read, without comments, without comments and string contents. */
export type View = 'text' | 'code' | 'bare'

/** A source file of a known language: what the source detectors see. */
export type CodeFile = SourceFile & { language: Language }

export const isCode = (f: SourceFile): f is CodeFile => f.language !== undefined

export interface Detector {
  /**
   * Every rule `visit` runs over a whole file: their needles go to the literal scan, and a file on
   * which none of them may run is not visited. Without rules, every file is.
   */
  rules?: readonly Rule[]
  languages?: readonly Language[]
  /** 'source' (default): source files of the known languages; 'all': every text file (secrets, test data). */
  files?: 'source' | 'all'
  visit(file: SourceFile): void
}

/**
 * A copy of a short string cut from a file. V8 keeps a slice's whole parent alive, so evidence
 * holding slices would keep every file's text (and its views) in memory for the whole run.
 */
export const own = (s: string): string => Buffer.from(s, 'utf8').toString('utf8')

const INTERNED = new Map<string, string>()
const MAX_INTERNED = 250_000

/**
 * `own(s)`, shared: evidence repeats the same notes, hosts and URLs hundreds of thousands of times
 * in a large repository, and one copy each is enough. Bounded; past the bound, plain copies.
 */
export function intern(s: string): string {
  const known = INTERNED.get(s)
  if (known !== undefined) return known
  const copy = own(s)
  if (INTERNED.size < MAX_INTERNED) INTERNED.set(copy, copy)
  return copy
}

/**
 * 1-based line and column of offsets in one text, without counting lines from the start for every
 * place: detectors report places mostly in increasing order within a rule, so the search goes on
 * from the last place when it can.
 */
/** The offset of a 1-based line and column in `text`: what LineFinder.at gives, the other way. */
export function offsetAt(text: string, line: number, column: number): number {
  let o = 0
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', o)
    if (nl < 0) break
    o = nl + 1
  }
  return o + column - 1
}

export class LineFinder {
  private offset = 0
  private line = 1
  private lastNewline = -1

  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) {
      this.offset = 0
      this.line = 1
      this.lastNewline = -1
    }
    for (
      let i = this.text.indexOf('\n', this.lastNewline + 1);
      i !== -1 && i < offset;
      i = this.text.indexOf('\n', i + 1)
    ) {
      this.line++
      this.lastNewline = i
    }
    this.offset = offset
    return { line: this.line, column: offset - this.lastNewline }
  }
}

/**
 * A file as the detectors see it, its views made on first use. A class, not an object literal with
 * getters: with a literal's getters, every file's text and views survived into the old generation
 * (measured in docs/performance.md). Each literal's getters are closures over the file's text, and
 * V8 keeps an object's own accessors in a record outside the young generation, so the text
 * outlived every scavenge; prototype getters are shared and hold nothing of a file.
 */
class ScannedFile implements SourceFile {
  readonly isTest: boolean
  private made: SourceViews | undefined
  private lines: LineFinder | undefined

  constructor(
    readonly path: string,
    readonly language: Language | undefined,
    readonly text: string,
    readonly mayHold: LiteralHits['mayHold'],
    /** The snapshot the text is from: it keeps the views of a text it keeps, for the passes after this one. */
    private readonly repo?: Pick<Repository, 'views'>
  ) {
    this.isTest = isTestPath(path)
  }

  private viewsOf(language: Language): SourceViews {
    return (this.made ??= this.repo
      ? this.repo.views(this.path, this.text, language)
      : sourceViews(this.text, language))
  }

  get viewed(): boolean {
    return this.made !== undefined
  }

  get views(): SourceViews | undefined {
    return this.language ? this.viewsOf(this.language) : undefined
  }

  get code(): string {
    return this.language ? this.viewsOf(this.language).code : this.text
  }

  get bare(): string {
    return this.language ? this.viewsOf(this.language).bare : this.text
  }

  at(offset: number, note?: string): ReturnType<SourceFile['at']> {
    // The line is quoted when a finding reports this place (engine.ts), not kept here.
    return {
      file: this.path,
      ...(this.lines ??= new LineFinder(this.text)).at(offset),
      quoteLine: true,
      ...(note ? { note: intern(note) } : {})
    }
  }
}

/** A file read again after the pass (the derived tool-name step), seen as the pass's detectors see it. */
export function codeFileOf(path: string, text: string, repo?: Pick<Repository, 'views'>): SourceFile {
  return new ScannedFile(path, languageOf(path), text, () => true, repo)
}

export interface ScanStats {
  /** Every file read by the pass. */
  files: number
  /** Of those, source files of a known language. */
  sourceFiles: number
  bytes: number
}

/** A detector's needles, split by how they are looked for: one list per case rule, deduplicated. */
interface Gate {
  detector: Detector
  exact: readonly string[]
  anyCase: readonly string[]
}

function gateOf(detector: Detector): Gate | undefined {
  if (!detector.rules) return undefined
  const exact = new Set<string>()
  const anyCase = new Set<string>()
  for (const r of detector.rules) for (const n of r.needles) (r.re.ignoreCase ? anyCase : exact).add(n)
  for (const n of anyCase) exact.delete(n)
  LITERALS.add(...anyCase, ...exact)
  return { detector, exact: [...exact], anyCase: [...anyCase] }
}

/** `onFile`: called as each file is begun (a scan worker's sign of life). */
export function scanSources(
  repo: Repository,
  detectors: Detector[],
  files: readonly RepoFile[] = repo.files,
  onFile?: () => void
): ScanStats {
  const stats: ScanStats = { files: 0, sourceFiles: 0, bytes: 0 }
  // Every needle is known before the first scan, so the literal automaton is built once.
  const gates = new Map(detectors.map((d) => [d, gateOf(d)]))
  for (const f of files) {
    onFile?.()
    const language = languageOf(f.path)
    const wanted = detectors.filter((d) =>
      language ? !d.languages || d.languages.includes(language) : d.files === 'all'
    )
    if (!wanted.length) continue
    const text = repo.read(f.path, { cache: false })
    if (text === undefined) continue
    stats.files++
    if (language) stats.sourceFiles++
    stats.bytes += text.length
    // One scan of the text for every needle; a detector is visited when one of its rules may run.
    const hits = LITERALS.scan(text)
    const active = wanted.filter((d) => {
      const gate = gates.get(d)
      return !gate || holdsNeedle(hits, text, gate.anyCase, true) || holdsNeedle(hits, text, gate.exact, false)
    })
    if (!active.length) continue
    const file = new ScannedFile(f.path, language, text, hits.mayHold, repo)
    for (const d of active) d.visit(file)
  }
  return stats
}

/** A match as the detectors read it: a pattern's, or a hand-written finder's that gives the same. */
export type PatternMatch = { index: number; 0: string; groups?: Record<string, string>; [group: number]: string }
