// Comment- and string-aware views of a source file, so detectors match code and
// not the words in comments (and, where they ask, not the words in strings).
// Hand-written: one linear pass per file is what keeps a 20,000-file scan fast;
// tree-sitter was measured against it (bench/parsers.bench.ts): the same class
// for every character of the fixtures and SDK examples, and far slower
// (docs/performance.md, "Why a lexer and not tree-sitter").
import { isAsciiLetter, isWordChar } from '../../chars.js'
import type { Language } from '../repository.js'

export interface SourceViews {
  /** Comments replaced by spaces (newlines kept); strings intact. Same length as the text. */
  code: string
  /** Comments and the contents of string literals replaced by spaces; quotes kept. Same length. */
  bare: string
}

type Family = 'c' | 'python'

const FAMILY: Record<Language, Family> = {
  typescript: 'c',
  javascript: 'c',
  csharp: 'c',
  go: 'c',
  java: 'c',
  kotlin: 'c',
  python: 'python'
}

/** The characters that can open a comment or a string, per family: the lexer jumps from one to the next. */
const SPECIAL: Record<Family, RegExp> = { c: /[/"'`]/g, python: /[#"']/g }

/** Spaces for every character but line breaks, so offsets and line numbers stay the same. */
const blank = (s: string) => (s.includes('\n') || s.includes('\r') ? s.replace(/[^\n\r]/g, ' ') : ' '.repeat(s.length))

/**
 * What the lexer finds, as offset pairs [from, to) in text order, none overlapping: `comments` are
 * blank in both views, `strings` (the contents of string literals, interpolations excepted) in
 * `bare` only. An interpolation's own comments and strings lie inside its string, so the order holds.
 */
interface Blanks {
  comments: number[]
  strings: number[]
}

export function sourceViews(text: string, language: Language): SourceViews {
  return renderInBuffer(text, lexed(text, language))
}

/** The same views cut from the text and joined: the tests' reference for the buffer. */
export function sourceViewsBySlices(text: string, language: Language): SourceViews {
  return renderBySlices(text, lexed(text, language))
}

function lexed(text: string, language: Language): Blanks {
  const blanks: Blanks = { comments: [], strings: [] }
  lex(text, language, 0, blanks)
  return blanks
}

/** Every character fits a byte (no code unit above 0xFF): the views can be written one byte a character. */
const latin1 = (text: string) => !/[^\0-\xff]/.test(text)

let scratch = Buffer.allocUnsafe(1 << 16)

/**
 * Both views written over one reused buffer: the text once, its comments blanked (`code`), then
 * its string contents too (`bare`). Two strings per file and no parts: this is what keeps a large
 * scan's allocation, and its collector's work, small. A text with a code unit above 0xFF is
 * written two bytes a unit (UTF-16, which keeps lone surrogates as they are): cut into slices and
 * joined instead, such a text took 3 times as long (a third of the real Python files measured).
 */
function renderInBuffer(text: string, blanks: Blanks): SourceViews {
  const width = latin1(text) ? 1 : 2
  const encoding = width === 1 ? 'latin1' : 'utf16le'
  const bytes = text.length * width
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2))
  const buf = scratch
  buf.write(text, 0, bytes, encoding)
  blankUnits(buf, blanks.comments, width)
  const code = buf.toString(encoding, 0, bytes)
  if (!blanks.strings.length) return { code, bare: code }
  blankUnits(buf, blanks.strings, width)
  return { code, bare: buf.toString(encoding, 0, bytes) }
}

/** A space for every code unit in the ranges but line breaks; `width` bytes a unit, little-endian. */
function blankUnits(buf: Buffer, ranges: number[], width: 1 | 2): void {
  for (let k = 0; k < ranges.length; k += 2) {
    for (let i = ranges[k] * width, end = ranges[k + 1] * width; i < end; i += width) {
      const low = buf[i]
      if ((low === 0x0a || low === 0x0d) && (width === 1 || buf[i + 1] === 0)) continue
      buf[i] = 0x20
      if (width === 2) buf[i + 1] = 0
    }
  }
}

function renderBySlices(text: string, blanks: Blanks): SourceViews {
  const code = blanked(text, blanks.comments)
  if (!blanks.strings.length) return { code, bare: code }
  return { code, bare: blanked(code, blanks.strings) }
}

function blanked(text: string, ranges: number[]): string {
  if (!ranges.length) return text
  const parts: string[] = []
  let at = 0
  for (let k = 0; k < ranges.length; k += 2) {
    parts.push(text.slice(at, ranges[k]), blank(text.slice(ranges[k], ranges[k + 1])))
    at = ranges[k + 1]
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/**
 * Finds the comments and string contents of `text`, whose first character is at `base` in the
 * file (an interpolation is lexed on its own, as if the file ended where it does).
 */
function lex(text: string, language: Language, base: number, out: Blanks): void {
  const n = text.length
  const family = FAMILY[language]
  const backtickStrings = language === 'typescript' || language === 'javascript' || language === 'go'
  const tripleQuoted = language === 'java' || language === 'csharp' || language === 'kotlin'
  const regexLiterals = language === 'typescript' || language === 'javascript'
  const comment = (start: number, end: number) => {
    if (end > start) out.comments.push(base + start, base + end)
  }
  const blankString = (from: number, to: number) => {
    if (to > from) out.strings.push(base + from, base + to)
  }
  /**
   * A string literal [start, end) with `open` and `close` quote lengths. Its contents are blank in
   * `bare`, except the interpolations (`${…}`, f-string and C# `{…}`, Kotlin `$name`): they are
   * code, and get the views of code (recursively, so a string inside one is blanked again).
   */
  const string = (start: number, open: number, end: number, close: number, holes: [number, number][] = []) => {
    const innerEnd = Math.max(start + open, end - close)
    let at = Math.min(start + open, end)
    for (const [from, to] of holes) {
      blankString(at, from)
      const expr = text.slice(from, to)
      // Most interpolations are a name or a call without strings or comments: no second pass.
      if (/["'`/#]/.test(expr)) lex(expr, language, base + from, out)
      at = to
    }
    blankString(at, Math.min(end, innerEnd))
  }
  const special = SPECIAL[family]
  special.lastIndex = 0
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index
    const c = text[i]
    const next = text[i + 1]
    let end = -1
    if (family === 'c' && c === '/') {
      if (next === '/') comment(i, (end = indexOrEnd(text, '\n', i)))
      else if (next === '*') {
        const close = text.indexOf('*/', i + 2)
        comment(i, (end = close === -1 ? n : close + 2))
      } else if (regexLiterals && opensRegex(text, i)) {
        // A regular expression literal: its quotes open no string, and its brackets are blank in `bare` as a string's.
        end = regexEnd(text, i + 1)
        if (end > i) blankString(i + 1, text.lastIndexOf('/', end - 1))
      }
    } else if (family === 'python' && c === '#') {
      comment(i, (end = indexOrEnd(text, '\n', i)))
    } else if (family === 'python') {
      const q = text.charCodeAt(i)
      const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q
      const quote = triple ? (c === '"' ? '"""' : "'''") : c
      end = stringEnd(text, i + quote.length, quote, true, !triple)
      string(
        i,
        quote.length,
        end,
        quote.length,
        isFString(text, i) ? braceHoles(text, i + quote.length, end - quote.length, false) : []
      )
    } else if (c === '"' && tripleQuoted && text.startsWith('"""', i)) {
      // Java text blocks and C# raw strings: """ … """ (Kotlin's and C#'s `$"""` interpolate)
      const close = text.indexOf('"""', i + 3)
      end = close === -1 ? n : close + 3
      const holes =
        language === 'kotlin'
          ? dollarHoles(text, i + 3, end - 3, true)
          : language === 'csharp' && text[i - 1] === '$'
            ? braceHoles(text, i + 3, end - 3)
            : []
      string(i, 3, end, 3, holes)
    } else if (c === '`' && backtickStrings && language !== 'go') {
      // A JavaScript template literal: `${…}` is code, and may hold strings and templates of its own.
      end = templateEnd(text, i + 1)
      string(i, 1, end, 1, dollarHoles(text, i + 1, end - 1, false))
    } else if (c !== '`' || backtickStrings) {
      const verbatim =
        language === 'csharp' &&
        c === '"' &&
        (text[i - 1] === '@' ||
          (text[i - 1] === '$' && text[i - 2] === '@') ||
          (text[i - 1] === '@' && text[i - 2] === '$'))
      const raw = c === '`' && language === 'go'
      end = stringEnd(text, i + 1, c, !verbatim && !raw, c !== '`' && !verbatim)
      const csharpInterpolated =
        language === 'csharp' && c === '"' && (text[i - 1] === '$' || (text[i - 1] === '@' && text[i - 2] === '$'))
      const holes = csharpInterpolated
        ? braceHoles(text, i + 1, end - 1)
        : language === 'kotlin' && c === '"'
          ? dollarHoles(text, i + 1, end - 1, true)
          : []
      string(i, 1, end, 1, holes)
    }
    if (end > i) special.lastIndex = end
  }
}

/** Keywords after which a `/` starts a regular expression rather than dividing. */
const REGEX_KEYWORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof'
])

/**
 * Whether the `/` at `at` (not a comment) opens a regular expression literal: what comes before it is an operator, an
 * opening bracket, a separator or a keyword, not a value (a name, a number, a closing bracket) that it would divide.
 * `<` is left out, as TSX's `</tag>` follows it; `}` too, as an object literal may be divided.
 */
function opensRegex(text: string, at: number): boolean {
  let b = at - 1
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--
  if (b < 0) return true
  const prev = text[b]
  if ('(,=:[!&|?{;+-*%>~^\n\r'.includes(prev)) return true
  if (!isWordChar(text.charCodeAt(b)) && prev !== '$') return false
  let w = b
  while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--
  return REGEX_KEYWORDS.has(text.slice(w, b + 1)) && text[w - 1] !== '.'
}

/**
 * The offset just past a regular expression literal's flags, its body starting at `from`: a `/` inside a class
 * (`[/]`) or escaped does not close it. -1 when a line break comes first (not a literal after all: a division).
 */
function regexEnd(text: string, from: number): number {
  let inClass = false
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === BACKSLASH) i++
    else if (ch === NEWLINE || ch === 0x0d) return -1
    else if (ch === 0x5b) inClass = true
    else if (ch === 0x5d) inClass = false
    else if (ch === 0x2f && !inClass) {
      let j = i + 1
      while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++
      return j
    }
  }
  return -1
}

/** The offset just past a template literal's closing backtick, stepping over `${…}` (which may hold backticks). */
function templateEnd(text: string, from: number): number {
  const stop = /[`\\$]/g
  stop.lastIndex = from
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const i = m.index
    if (text[i] === '`') return i + 1
    if (text[i] === '\\') stop.lastIndex = i + 2
    else if (text[i + 1] === '{') stop.lastIndex = closingBrace(text, i + 2, text.length, true, true) + 1
  }
  return text.length
}

/**
 * The offset of the `}` closing a brace opened just before `from`, in code: nested braces
 * counted; strings, template literals, comments and (in a template's `${…}`) regular expression
 * literals stepped over (`${name.replace(/"/g, '')}` holds no string). `to` when there is none.
 */
function closingBrace(text: string, from: number, to: number, cComments = true, regexLiterals = false): number {
  let depth = 0
  let i = from
  while (i < to) {
    const ch = text[i]
    if (ch === '{') depth++
    else if (ch === '}') {
      if (depth === 0) return i
      depth--
    } else if (ch === '`') {
      i = templateEnd(text, i + 1)
      continue
    } else if (ch === '"' || ch === "'") {
      i = stringEnd(text, i + 1, ch, true, true)
      continue
    } else if (cComments && ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const close = text[i + 1] === '/' ? indexOrEnd(text, '\n', i) : text.indexOf('*/', i + 2)
      i = close === -1 ? to : text[i + 1] === '/' ? close : close + 2
      continue
    } else if (regexLiterals && ch === '/' && opensRegex(text, i)) {
      const end = regexEnd(text, i + 1)
      if (end !== -1) {
        i = end
        continue
      }
    }
    i++
  }
  return to
}

/** `${…}` regions inside a string body [from, to); with `names` (Kotlin), `$name` ones too. */
function dollarHoles(text: string, from: number, to: number, names: boolean): [number, number][] {
  const holes: [number, number][] = []
  const stop = /[\\$]/g
  stop.lastIndex = from
  for (let m = stop.exec(text); m && m.index < to; m = stop.exec(text)) {
    const i = m.index
    if (text[i] === '\\') stop.lastIndex = i + 2
    else if (text[i + 1] === '{') {
      const close = Math.min(closingBrace(text, i + 2, to), to)
      holes.push([i + 2, close])
      stop.lastIndex = close + 1
    } else if (names && (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === UNDERSCORE)) {
      let j = i + 1
      while (j < to && isWordChar(text.charCodeAt(j))) j++
      holes.push([i + 1, j])
      stop.lastIndex = j
    }
  }
  return holes
}

/**
 * Python f-string and C# `$"…"` regions: `{…}`; a doubled `{{` is a literal brace. Python has no `//` comments (it is
 * floor division).
 */
function braceHoles(text: string, from: number, to: number, cComments = true): [number, number][] {
  const holes: [number, number][] = []
  for (let i = from; i < to; i++) {
    if (text[i] === '{' && text[i + 1] === '{') i++
    else if (text[i] === '{') {
      const close = Math.min(closingBrace(text, i + 1, to, cComments), to)
      holes.push([i + 1, close])
      i = close
    }
  }
  return holes
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from)
  return i === -1 ? text.length : i
}

/** The offset just past the closing quote; an unterminated single-line string ends at the newline. */
function stringEnd(text: string, from: number, quote: string, escapes: boolean, singleLine: boolean): number {
  // By character code: this loop runs over every character of every string literal.
  const q = quote.charCodeAt(0)
  const long = quote.length > 1
  const n = text.length
  let i = from
  while (i < n) {
    const ch = text.charCodeAt(i)
    if (escapes && ch === BACKSLASH) {
      i += 2
      continue
    }
    if (singleLine && ch === NEWLINE) return i
    if (ch === q && (!long || text.startsWith(quote, i))) {
      // C# verbatim strings escape a quote by doubling it.
      if (!escapes && !long && q === DOUBLE_QUOTE && text.charCodeAt(i + 1) === DOUBLE_QUOTE) {
        i += 2
        continue
      }
      return i + quote.length
    }
    i++
  }
  return n
}

const BACKSLASH = 0x5c
const NEWLINE = 0x0a
const DOUBLE_QUOTE = 0x22
const UNDERSCORE = 0x5f

/**
 * A Python string whose quote is at `quote` interpolates: the one or two letters just before the quote (its prefix)
 * hold an f, and no word character comes before them.
 */
export function isFString(text: string, quote: number): boolean {
  let f = false
  let start = quote
  while (start > quote - 2 && isAsciiLetter(text.charCodeAt(start - 1))) {
    start--
    if ((text.charCodeAt(start) | 0x20) === 0x66) f = true
  }
  return f && !isWordChar(text.charCodeAt(start - 1))
}
