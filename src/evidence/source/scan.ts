// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
import { isTestPath, languageOf, type Language, type RepoFile, type Repository } from '../repository.js'
import { sourceViews } from './lexer.js'

export interface SourceFile {
  path: string
  /** Undefined for files that are not source code (YAML, JSON, .env, Markdown…), seen only by `files: 'all'` detectors. */
  language: Language | undefined
  /** Test code, fixtures and examples: detectors tag their facts so checks can keep them from blocking. */
  isTest: boolean
  text: string
  /** Comments blanked, strings kept (offsets equal text's). */
  code: string
  /** Comments and string contents blanked (offsets equal text's). */
  bare: string
  /** file:line:column evidence for an offset, with the line as snippet. */
  at(offset: number, note?: string): { file: string; line: number; column: number; quoteLine: true; note?: string }
}

/** A source file of a known language: what the source detectors see. */
export type CodeFile = SourceFile & { language: Language }

export const isCode = (f: SourceFile): f is CodeFile => f.language !== undefined

export interface Detector {
  /** Cheap test on the raw text before any work: a detector skips files where it is false. */
  prefilter?: RegExp
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
    for (let i = this.text.indexOf('\n', this.lastNewline + 1); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      this.line++
      this.lastNewline = i
    }
    this.offset = offset
    return { line: this.line, column: offset - this.lastNewline }
  }
}

export interface ScanStats {
  /** Every file read by the pass. */
  files: number
  /** Of those, source files of a known language. */
  sourceFiles: number
  bytes: number
}

export function scanSources(repo: Repository, detectors: Detector[], files: readonly RepoFile[] = repo.files): ScanStats {
  const stats: ScanStats = { files: 0, sourceFiles: 0, bytes: 0 }
  for (const f of files) {
    const language = languageOf(f.path)
    const wanted = detectors.filter((d) => (language ? !d.languages || d.languages.includes(language) : d.files === 'all'))
    if (!wanted.length) continue
    const text = repo.read(f.path, { cache: false })
    if (text === undefined) continue
    stats.files++
    if (language) stats.sourceFiles++
    stats.bytes += text.length
    const active = wanted.filter((d) => !d.prefilter || d.prefilter.test(text))
    if (!active.length) continue
    let views: ReturnType<typeof sourceViews> | undefined
    const lines = new LineFinder(text)
    const file: SourceFile = {
      path: f.path,
      language,
      isTest: isTestPath(f.path),
      text,
      get code() {
        return language ? (views ??= sourceViews(text, language)).code : text
      },
      get bare() {
        return language ? (views ??= sourceViews(text, language)).bare : text
      },
      at(offset, note) {
        // The line is quoted when a finding reports this place (engine.ts), not kept here.
        return { file: f.path, ...lines.at(offset), quoteLine: true, ...(note ? { note: intern(note) } : {}) }
      }
    }
    for (const d of active) d.visit(file)
  }
  return stats
}

/**
 * The word a regular expression cannot match without: its leading literal (after `\b` or a
 * lookbehind), at least 4 characters. Undefined for case-insensitive patterns and alternations.
 * Hand-written because no library reads a JavaScript pattern for its required literal; it is
 * conservative — when in doubt there is no needle and the pattern always runs.
 */
export function needleOf(re: RegExp): string | undefined {
  if (re.flags.includes('i') || re.source.includes('|')) return undefined
  const m = /^(?:\\b|\(\?<!(?:[^()\\]|\\.)*\))*([A-Za-z_][A-Za-z0-9_]*)(.?)/.exec(re.source)
  if (!m) return undefined
  // A quantifier after the run makes its last character optional.
  const word = /[?*{]/.test(m[2]) ? m[1].slice(0, -1) : m[1]
  return word.length >= 4 ? word : undefined
}

const NEEDLES = new WeakMap<RegExp, string | null>()

/**
 * `view.matchAll(re)`, skipped when the pattern's needle is not in the view: a substring search
 * is far cheaper than a regular expression failing over the whole file (the literal prefilter).
 */
export function matchesOf(view: string, re: RegExp): Iterable<RegExpExecArray> {
  let needle = NEEDLES.get(re)
  if (needle === undefined) NEEDLES.set(re, (needle = needleOf(re) ?? null))
  return needle !== null && !view.includes(needle) ? [] : view.matchAll(re)
}
