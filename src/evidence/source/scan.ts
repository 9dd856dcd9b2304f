// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
import { isTestPath, languageOf, type Language, type RepoFile, type Repository } from '../repository.js'
import { sourceViews } from './lexer.js'
import { LITERALS, type LiteralHits } from './literals.js'

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
   * Literals (exact case) one of which a file must hold for the detector to look at it: the cheap test before any work.
   */
  prefilter?: readonly string[]
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
  private views: ReturnType<typeof sourceViews> | undefined
  private lines: LineFinder | undefined

  constructor(
    readonly path: string,
    readonly language: Language | undefined,
    readonly text: string,
    readonly mayHold: LiteralHits['mayHold']
  ) {
    this.isTest = isTestPath(path)
  }

  get code(): string {
    return this.language ? (this.views ??= sourceViews(this.text, this.language)).code : this.text
  }

  get bare(): string {
    return this.language ? (this.views ??= sourceViews(this.text, this.language)).bare : this.text
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
export function codeFileOf(path: string, text: string): SourceFile {
  return new ScannedFile(path, languageOf(path), text, () => true)
}

export interface ScanStats {
  /** Every file read by the pass. */
  files: number
  /** Of those, source files of a known language. */
  sourceFiles: number
  bytes: number
}

/** `onFile`: called as each file is begun (a scan worker's sign of life). */
export function scanSources(
  repo: Repository,
  detectors: Detector[],
  files: readonly RepoFile[] = repo.files,
  onFile?: () => void
): ScanStats {
  const stats: ScanStats = { files: 0, sourceFiles: 0, bytes: 0 }
  for (const d of detectors) if (d.prefilter) LITERALS.add(...d.prefilter)
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
    // One scan of the text for every literal the detectors know; the exact case is checked only for those it may hold.
    const hits = LITERALS.scan(text)
    const active = wanted.filter((d) => !d.prefilter || d.prefilter.some((l) => hits.mayHold(l) && text.includes(l)))
    if (!active.length) continue
    const file = new ScannedFile(f.path, language, text, hits.mayHold)
    for (const d of active) d.visit(file)
  }
  return stats
}

/**
 * The longest literal a regular expression cannot match without (at least 4 characters): a run of
 * plain and escaped characters outside any group or class, each required once. Undefined for
 * case-insensitive patterns and top-level alternations. Hand-written because no library reads a
 * JavaScript pattern for its required literal; it is conservative — what it cannot read ends a
 * run, and without a needle the pattern always runs.
 */
export function needleOf(re: RegExp): string | undefined {
  return re.flags.includes('i') ? undefined : needleOfSource(re.source)
}

function needleOfSource(src: string): string | undefined {
  let best = ''
  let run = ''
  let literalAtom = false // the last atom read was a character appended to `run`
  const endRun = () => {
    if (run.length > best.length) best = run
    run = ''
  }
  for (let i = 0; i < src.length;) {
    const c = src[i]
    const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i, i + 12))
    if (quantifier) {
      // A quantifier makes its atom optional (min 0) or repeatable: either way the run ends there.
      const min = c === '+' ? 1 : c === '{' ? Number(quantifier[1]) : 0
      if (literalAtom && min === 0) run = run.slice(0, -1)
      endRun()
      literalAtom = false
      i += quantifier[0].length
      continue
    }
    if (c === '|') return undefined // only top-level bars are seen: groups are stepped over whole
    literalAtom = false
    if (c === '(' || c === '[') {
      endRun()
      i = c === '(' ? groupEnd(src, i) : classEnd(src, i)
    } else if (c === '\\') {
      const e = src[i + 1] ?? ''
      if (/[A-Za-z0-9]/.test(e)) {
        // \b \s \w \d, back-references and \x41 \u0041 \u{41} \cA \p{L} \k<n>: not a plain character here.
        endRun()
        const long =
          /^\\(?:x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/.exec(
            src.slice(i)
          )
        i += long ? long[0].length : 2
      } else {
        run += e
        literalAtom = true
        i += 2
      }
    } else if (c === '.' || c === '^' || c === '$' || c === ' ' || c === '\t') {
      // A space ends a run too: a needle is looked for in views that blank characters to spaces.
      endRun()
      i++
    } else {
      run += c
      literalAtom = true
      i++
    }
  }
  endRun()
  return best.length >= 4 ? best : undefined
}

/**
 * Literals one of which every match holds: the needle when the pattern has one; else, for an
 * alternation (at the top level, or in the first group every match passes through), the needle of
 * each branch, when every branch has one (a branch without one may have alternatives of its own).
 * Undefined for case-insensitive patterns and when some branch has none. On the real Python of
 * AWS Labs' servers, patterns without a needle were a quarter of the source pass: most are
 * alternations such as `\bNodeSDK\s*\(|@opentelemetry\/sdk-node`, and most files hold no branch's literal.
 */
export function needlesOf(re: RegExp): readonly string[] | undefined {
  if (re.flags.includes('i')) return undefined
  return needlesOfSource(re.source)
}

function needlesOfSource(src: string): string[] | undefined {
  const one = needleOfSource(src)
  if (one !== undefined) return [one]
  const branches = topLevelBranches(src)
  if (branches.length > 1) {
    const needles: string[] = []
    for (const branch of branches) {
      const found = needlesOfSource(branch)
      if (!found) return undefined
      needles.push(...found)
    }
    return [...new Set(needles)]
  }
  // One branch: the first group that every match passes through (not a look-around, not optional)
  // and whose own branches all have needles.
  for (const { at, end, group } of topLevel(src)) {
    if (!group || /^\(\?<?[=!]/.test(src.slice(at, at + 4)) || /^(?:[*?]|\{0[,}])/.test(src.slice(end, end + 3)))
      continue
    const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(src.slice(at))![0]
    const inner = needlesOfSource(src.slice(at + open.length, end - 1))
    if (inner) return inner
  }
  return undefined
}

/** The branches of a pattern's top-level alternation (the pattern itself when it has none). */
function topLevelBranches(src: string): string[] {
  const branches: string[] = []
  let start = 0
  for (const { at, group } of topLevel(src)) {
    if (group || src[at] !== '|') continue
    branches.push(src.slice(start, at))
    start = at + 1
  }
  branches.push(src.slice(start))
  return branches
}

/**
 * A pattern's top-level groups and plain characters in order, with where each ends; escapes and classes are stepped
 * over.
 */
function* topLevel(src: string): Generator<{ at: number; end: number; group: boolean }> {
  for (let i = 0; i < src.length;) {
    const c = src[i]
    const end = c === '\\' ? i + 2 : c === '[' ? classEnd(src, i) : c === '(' ? groupEnd(src, i) : i + 1
    if (c !== '\\' && c !== '[') yield { at: i, end, group: c === '(' }
    i = end
  }
}

/** The offset just past the group opening at `open` (nested groups, classes and escapes stepped over). */
function groupEnd(src: string, open: number): number {
  let depth = 0
  for (let i = open; i < src.length; i++) {
    const c = src[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(src, i) - 1
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return src.length
}

/**
 * The offset just past the character class opening at `open` (in JavaScript the first unescaped `]` closes it, even in
 * `[]` or `[^]`).
 */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++
    else if (src[i] === ']') return i + 1
  }
  return src.length
}

// Keyed by the detectors' own patterns (module constants, a bounded set), so tests can list them.
const NEEDLES = new Map<RegExp, readonly string[] | null>()

/** Every pattern `matchesOf` has run so far, with its needles, one of which every match holds (null: none). */
export const needlesInUse = (): ReadonlyMap<RegExp, readonly string[] | null> => NEEDLES

const NONE: readonly RegExpExecArray[] = []

/** The any-of lists already made known to the literal scan. */
const KNOWN_ANY_OF = new WeakSet<readonly string[]>()

/**
 * Every match of a global pattern in one of a file's views, skipped when the pattern's needle is
 * not in the view: the literal scan's bit, then a substring search, are far cheaper than a regular
 * expression failing over the whole file. `anyOf`: literals one of which every match holds, for a
 * pattern whose needle cannot be read from it (an alternation). The views only blank characters,
 * so a literal (which holds no space) in a view is in the text the literal scan saw. The pattern's
 * own `lastIndex` is used, not a clone per call as `matchAll` makes.
 */
export function matchesOf(
  file: Pick<SourceFile, 'mayHold' | View>,
  view: View,
  re: RegExp,
  anyOf?: readonly string[]
): readonly RegExpExecArray[] {
  let needles = NEEDLES.get(re)
  if (needles === undefined) {
    NEEDLES.set(re, (needles = needlesOf(re) ?? null))
    if (needles !== null) LITERALS.add(...needles)
  }
  if (anyOf && !KNOWN_ANY_OF.has(anyOf)) {
    KNOWN_ANY_OF.add(anyOf)
    LITERALS.add(...anyOf)
  }
  if (needles !== null && !needles.some((n) => file.mayHold(n))) return NONE
  if (anyOf && !anyOf.some((n) => file.mayHold(n))) return NONE
  const text = file[view]
  if (needles !== null && !needles.some((n) => text.includes(n))) return NONE
  if (anyOf && !anyOf.some((n) => text.includes(n))) return NONE
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: /${re.source}/`)
  const found: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return found.length ? found : NONE
}

/** A match as the detectors read it: a pattern's, or a hand-written finder's that gives the same. */
export type PatternMatch = { index: number; 0: string; groups?: Record<string, string>; [group: number]: string }

/** A hand-written finder of a pattern's matches: the same ones, in linear time, on texts that hold `needle`. */
export interface Finder<T extends PatternMatch = PatternMatch> {
  find: (text: string) => T[]
  needle: string
}

/**
 * A detector's pattern; with a finder, the pattern is the definition and the finder gives its matches (property tests
 * hold the two together).
 */
export type FoundPattern = { re: RegExp } & ({ find?: undefined; needle?: undefined } | Finder)

/** The finders whose needle has been made known to the literal scan. */
const KNOWN_FINDERS = new WeakSet<Finder>()

/**
 * A pattern's matches in one of a file's views: by its finder when it has one, else by `matchesOf`.
 * A finder's needle is made known to the literal scan on first use, as `matchesOf` does with a
 * pattern's, so a file without it is skipped on a bit; it is looked for in the text as read: the
 * views only blank characters, and are not made for a file without it.
 */
export function patternMatches(
  file: Pick<SourceFile, 'mayHold' | 'text' | View>,
  view: View,
  pattern: FoundPattern
): readonly PatternMatch[] {
  if (!pattern.find) return matchesOf(file, view, pattern.re)
  if (!KNOWN_FINDERS.has(pattern)) {
    KNOWN_FINDERS.add(pattern)
    LITERALS.add(pattern.needle)
  }
  return file.mayHold(pattern.needle) && file.text.includes(pattern.needle) ? pattern.find(file[view]) : []
}
