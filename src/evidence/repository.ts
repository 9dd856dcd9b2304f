// One bounded, read-only snapshot of the checkout. Every other evidence reader
// goes through it: it honours .gitignore for files git does not track (a committed
// file is read whatever .gitignore says) and paths.include/exclude, never
// follows a link out of the checkout, never reads a file over the size cap or a
// binary, and reads each file at most once.
import ignore, { type Ignore } from 'ignore'
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import picomatch from 'picomatch'
import type { Document, LineCounter } from 'yaml'
import { globMatcher } from '../glob.js'
import { trackedPaths, type TrackedPaths } from './git-index.js'
import { readPlainYamlDocuments } from '../plain-yaml.js'
import { parseYamlAll } from '../yaml-positions.js'
import { sourceViews, type SourceViews } from './source/lexer.js'

export const DEFAULT_LIMITS = {
  /** Files larger than this are listed as skipped, never read. */
  maxFileBytes: 1024 * 1024,
  /** Files past this count are not listed (the gate says so). */
  maxFiles: 200_000,
  /** Directory depth past which the walk stops. */
  maxDepth: 64
}
export type Limits = typeof DEFAULT_LIMITS

/**
 * A snapshot of fewer files than this keeps every text it reads, up to KEPT_TEXT_CHARS in all: the
 * capability and tool passes read hundreds of files again after the scan (issue 23).
 */
const KEEP_TEXTS_BELOW_FILES = 10_000
const KEPT_TEXT_CHARS = 32_000_000

/**
 * Folders not walked, whatever .gitignore says: VCS data and installed dependencies are not the
 * server's source. Only what git tracks under them is read (a pull request can commit a file there
 * that the server imports); `.git` itself is never walked.
 */
const ALWAYS_SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.hg',
  '.svn',
  'bower_components',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  '.golive'
])

export interface RepoFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  /** For a link: the file inside the checkout it resolves to (checked when listed). */
  target?: string
}

export interface SkippedFile {
  path: string
  reason:
    | 'too large'
    | 'binary'
    | 'link outside the checkout'
    | 'link'
    | 'unreadable'
    | 'file limit reached'
    | 'too deep'
    | 'nested too deeply'
    | 'name not UTF-8'
}

export interface YamlFile {
  path: string
  docs: Document.Parsed[]
  lineCounter: LineCounter
}

export class Repository {
  readonly root: string
  readonly files: RepoFile[] = []
  readonly skipped: SkippedFile[] = []
  /**
   * Files `paths.include` or `paths.exclude` left out: shown in the result, and a critical check they
   * could hold evidence for is not verified (an include that names every file but one hides it too).
   */
  readonly excluded: string[] = []
  readonly limits: Limits
  private readonly byPath = new Map<string, RepoFile>()
  private readonly textCache = new Map<string, string | undefined>()
  /** Characters of the texts a read with `cache: false` kept anyway (see KEEP_TEXTS_BELOW_FILES); -1: keeps none. */
  private keptChars = -1
  private readonly yamlCache = new Map<string, YamlFile | undefined>()
  private readonly viewCache = new Map<string, { language: Language; views: SourceViews }>()
  private readonly realRoot: string
  /** The paths git tracks, read once when .gitignore first matches (null: no index, so nothing is ignored). */
  private tracked: TrackedPaths | null | undefined
  /** One buffer every read fills (the text is decoded from it at once): no allocation per file. */
  private readonly scratch = { buf: Buffer.allocUnsafe(64 * 1024) }

  /**
   * `listing`: the files of a snapshot taken already (a scan worker reads its share of the main thread's snapshot; no
   * walk).
   */
  constructor(
    root: string,
    options: { include?: string[]; exclude?: string[]; limits?: Partial<Limits>; listing?: RepoFile[] } = {}
  ) {
    this.root = root
    this.realRoot = realpathSync(root)
    this.limits = { ...DEFAULT_LIMITS, ...options.limits }
    if (options.listing) {
      for (const f of options.listing) this.files.push(f)
    } else {
      // The config's globs: matched in linear time (they and the paths come from the checkout).
      const include = options.include?.length ? globMatcher(options.include) : () => true
      const exclude = options.exclude?.length ? globMatcher(options.exclude) : () => false
      this.walk('', [], 0, (p) => {
        if (include(p) && !exclude(p)) return true
        this.excluded.push(p)
        return false
      })
      this.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    }
    for (const f of this.files) this.byPath.set(f.path, f)
    // A scan worker's share of a snapshot is read once and let go.
    if (!options.listing && this.files.length < KEEP_TEXTS_BELOW_FILES) this.keptChars = 0
  }

  /**
   * `trackedOnly`: under a folder the gate otherwise skips (installed dependencies), where only the
   * files git tracks are read and untracked folders are not entered.
   */
  private walk(
    dir: string,
    ignores: { base: string; ig: Ignore }[],
    depth: number,
    keep: (p: string) => boolean,
    trackedOnly = false
  ): void {
    if (depth > this.limits.maxDepth) {
      this.skipped.push({ path: dir, reason: 'too deep' })
      return
    }
    const abs = join(this.realRoot, dir)
    let entries
    try {
      entries = readdirSync(abs, { withFileTypes: true })
    } catch {
      this.skipped.push({ path: dir || '.', reason: 'unreadable' })
      return
    }
    const gitignore = !trackedOnly && entries.find((e) => e.name === '.gitignore' && e.isFile())
    if (gitignore) {
      const text = readBounded(join(abs, '.gitignore'), 256 * 1024)
      if (text !== undefined) ignores = [...ignores, { base: dir, ig: ignore().add(text) }]
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name
      // A name that is not UTF-8 was decoded with replacement characters: no path the gate can open names it.
      if (e.name.includes('\ufffd')) {
        this.skipped.push({ path: rel, reason: 'name not UTF-8' })
        continue
      }
      const isDir = e.isDirectory()
      let tracked = trackedOnly
      if (trackedOnly) {
        if (!this.isCommitted(rel, isDir)) continue
      } else if (isDir && ALWAYS_SKIPPED_DIRS.has(e.name)) {
        if (e.name === '.git' || !this.isCommitted(rel, true)) continue
        tracked = true
      } else if (isIgnored(ignores, rel, isDir) && !this.isTracked(rel, isDir)) continue
      if (this.files.length >= this.limits.maxFiles) {
        if (!this.skipped.some((s) => s.reason === 'file limit reached'))
          this.skipped.push({ path: rel, reason: 'file limit reached' })
        return
      }
      if (isDir) {
        this.walk(rel, ignores, depth + 1, keep, tracked)
      } else if (e.isSymbolicLink()) {
        this.addLink(rel, keep)
      } else if (e.isFile()) {
        // The size is checked when the file is read (fstat on the open file): one syscall less per file.
        if (keep(rel)) this.files.push({ path: rel })
      }
    }
  }

  /**
   * Whether git tracks the path (a folder: holds a tracked path). Git applies .gitignore only to
   * untracked files, so a committed file it matches is read; without an index that can be read the
   * gate cannot tell committed from not, and every file present counts as tracked.
   */
  private isTracked(rel: string, isDir: boolean): boolean {
    if (this.tracked === undefined) this.tracked = trackedPaths(this.realRoot) ?? null
    if (this.tracked === null) return true
    return isDir ? this.tracked.dirs.has(rel) : this.tracked.files.has(rel)
  }

  /**
   * Whether the index names the path (a folder: holds a tracked path). Unlike `isTracked`, no index
   * means no: without one, a dependency folder present is taken as installed, not committed.
   */
  private isCommitted(rel: string, isDir: boolean): boolean {
    if (this.tracked === undefined) this.tracked = trackedPaths(this.realRoot) ?? null
    if (this.tracked === null) return false
    return isDir ? this.tracked.dirs.has(rel) : this.tracked.files.has(rel)
  }

  /**
   * A link is kept only when it resolves to a regular file inside the checkout; linked folders are never walked (no
   * loops).
   */
  private addLink(rel: string, keep: (p: string) => boolean): void {
    if (!keep(rel)) return
    let target: string
    try {
      target = realpathSync(join(this.realRoot, rel))
    } catch (e) {
      // A link to nothing (an editor's lock file, `.#name -> user@host.pid`) holds nothing to read or to miss.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return
      this.skipped.push({ path: rel, reason: 'link' })
      return
    }
    if (!isInside(this.realRoot, target)) {
      this.skipped.push({ path: rel, reason: 'link outside the checkout' })
      return
    }
    if (!statSync(target).isFile()) {
      this.skipped.push({ path: rel, reason: 'link' })
      return
    }
    this.files.push({ path: rel, target })
  }

  has(path: string): boolean {
    return this.byPath.has(path)
  }

  /** Files whose path matches one of the globs (matched against the whole relative path). */
  glob(patterns: string | string[], options: { nocase?: boolean } = {}): RepoFile[] {
    const m = picomatch(patterns, { dot: true, nocase: options.nocase })
    return this.files.filter((f) => m(f.path))
  }

  /**
   * The file's text, or undefined when it is not in the snapshot, is binary or
   * cannot be read. Cached unless `cache: false` (the one-pass source scan reads
   * each file once and lets it go, to keep memory flat on large repositories), which a small
   * snapshot caches all the same, within KEPT_TEXT_CHARS.
   */
  read(path: string, options: { cache?: boolean } = {}): string | undefined {
    if (this.textCache.has(path)) return this.textCache.get(path)
    const file = this.byPath.get(path)
    if (!file) return undefined
    // A listed regular file lies under folders the walk entered (never through a link); a link was
    // resolved and checked when it was listed, and is checked again here in case it changed.
    let real = join(this.realRoot, path)
    if (file.target) {
      try {
        real = realpathSync(real)
      } catch {
        return undefined
      }
      if (!isInside(this.realRoot, real)) return undefined
    }
    const buf = readCapped(real, this.limits.maxFileBytes, this.scratch)
    if (buf === 'unreadable' || buf === 'too large') {
      this.noteSkipped(path, buf)
      if (options.cache !== false) this.textCache.set(path, undefined)
      return undefined
    }
    const text = decodeText(path, buf)
    if (text === undefined) this.noteSkipped(path, 'binary')
    if (options.cache !== false) this.textCache.set(path, text)
    else if (this.keptChars >= 0 && this.keptChars + (text?.length ?? 0) <= KEPT_TEXT_CHARS) {
      this.keptChars += text?.length ?? 0
      this.textCache.set(path, text)
    }
    return text
  }

  /**
   * The views of a file's `text` without comments (`code`) and without string contents too
   * (`bare`). Lexed once for a text the snapshot keeps, within KEPT_TEXT_CHARS: the source scan and
   * the capability pass both read them.
   */
  views(path: string, text: string, language: Language): SourceViews {
    const kept = this.viewCache.get(path)
    if (kept?.language === language) return kept.views
    const views = sourceViews(text, language)
    if (
      this.keptChars >= 0 &&
      this.keptChars + 2 * text.length <= KEPT_TEXT_CHARS &&
      this.textCache.get(path) === text
    ) {
      this.keptChars += 2 * text.length
      this.viewCache.set(path, { language, views })
    }
    return views
  }

  /** Every YAML document of a file, parsed with positions (multi-document files included). */
  yaml(path: string): YamlFile | undefined {
    if (this.yamlCache.has(path)) return this.yamlCache.get(path)
    const text = this.read(path)
    let parsed: YamlFile | undefined
    if (text !== undefined) {
      const plain = readPlainYamlDocuments(text)
      if (plain) parsed = { path, ...plain }
      else {
        const { docs, lineCounter, tooDeep } = parseYamlAll(text)
        // Refused unparsed: said like a file not read, so the verdict does not seem to cover it.
        if (tooDeep) this.noteSkipped(path, 'nested too deeply')
        parsed = { path, docs, lineCounter }
      }
    }
    this.yamlCache.set(path, parsed)
    return parsed
  }

  noteSkipped(path: string, reason: SkippedFile['reason']): void {
    if (!this.skipped.some((s) => s.path === path)) this.skipped.push({ path, reason })
  }
}

/**
 * The text a file holds as its language's runtime would read it: UTF-16 with a byte-order mark
 * decoded as such; a NUL byte in a source file kept as text (Node and Python run such a file); any
 * other file with a NUL in its first 8,000 bytes is binary (undefined).
 */
export function decodeText(path: string, buf: Buffer): string | undefined {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2))
  }
  if (buf.subarray(0, 8000).includes(0) && languageOf(path) === undefined) return undefined
  const text = buf.toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function isIgnored(ignores: { base: string; ig: Ignore }[], rel: string, isDir: boolean): boolean {
  for (const { base, ig } of ignores) {
    const sub = base ? rel.slice(base.length + 1) : rel
    if (ig.ignores(isDir ? `${sub}/` : sub)) return true
  }
  return false
}

export function isInside(root: string, target: string): boolean {
  const r = relative(root, target)
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[A-Za-z]:/.test(r))
}

/**
 * The file's bytes, or why not: opened once, its size checked on the open descriptor before
 * reading. The bytes are in `scratch` (grown to the largest file read), valid until the next read.
 */
function readCapped(path: string, max: number, scratch: { buf: Buffer }): Buffer | 'unreadable' | 'too large' {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const size = fstatSync(fd).size
    if (size > max) return 'too large'
    if (scratch.buf.length < size)
      scratch.buf = Buffer.allocUnsafe(Math.min(max, Math.max(size, scratch.buf.length * 2)))
    const buf = scratch.buf
    let off = 0
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off)
      if (n === 0) break
      off += n
    }
    return buf.subarray(0, off)
  } catch {
    return 'unreadable'
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function readBounded(path: string, max: number): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buf = Buffer.alloc(max)
    const n = readSync(fd, buf, 0, max, 0)
    return buf.subarray(0, n).toString('utf8')
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The line at a 1-based number, trimmed and cut to a readable length. */
export function lineText(text: string, line: number, max = 160): string {
  let start = 0
  for (let n = 1; n < line; n++) {
    const i = text.indexOf('\n', start)
    if (i === -1) return ''
    start = i + 1
  }
  const end = text.indexOf('\n', start)
  const s = text.slice(start, end === -1 ? undefined : end).trim()
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}

/** Source and test classification shared by the scanners. */
export const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  py: 'python',
  cs: 'csharp',
  go: 'go',
  java: 'java',
  kt: 'kotlin'
}
export type Language = 'typescript' | 'javascript' | 'python' | 'csharp' | 'go' | 'java' | 'kotlin'

export function languageOf(path: string): Language | undefined {
  if (path.endsWith('.d.ts')) return undefined
  const dot = path.lastIndexOf('.')
  return dot === -1 ? undefined : LANGUAGE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()]
}

// Not `examples/`: a Java package such as com/example is production code, and so is an SDK's example server.
// `evals/` holds the tasks a model is graded on (their clusters' manifests, seeded data), never the server; not
// `eval/`, which may be a module that evaluates expressions.
const TEST_DIR = /(^|\/)(tests?|__tests__|__mocks__|spec|specs|testdata|test-data|fixtures?|mocks?|e2e|evals)\//i
const TEST_FILE =
  /(\.(test|spec)\.[cm]?[jt]sx?$)|(_test\.(go|py)$)|((^|\/)test_[^/]*\.py$)|(Tests?\.(cs|java|kt)$)|((^|\/)conftest\.py$)/

/** Test code and fixtures: findings there are reported separately and never block production checks. */
/** Scripts of the repository's CI (`.github/scripts/…`): they run in its workflows, never in the server. */
export function isCiPath(path: string): boolean {
  return /^\.(?:github|gitlab|circleci)\//.test(path)
}

export function isTestPath(path: string): boolean {
  return TEST_DIR.test(path) || TEST_FILE.test(path)
}
