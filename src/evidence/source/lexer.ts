// Comment- and string-aware views of a source file, so detectors match code and
// not the words in comments (and, where they ask, not the words in strings).
// Hand-written: one linear pass per file is what keeps a 20,000-file scan fast;
// a full parser per language is evaluated in the source-scan benchmark.
import type { Language } from '../repository.js'

export interface SourceViews {
  /** Comments replaced by spaces (newlines kept); strings intact. Same length as the text. */
  code: string
  /** Comments and the contents of string literals replaced by spaces; quotes kept. Same length. */
  bare: string
}

type Family = 'c' | 'python'

const FAMILY: Record<Language, Family> = {
  typescript: 'c', javascript: 'c', csharp: 'c', go: 'c', java: 'c', kotlin: 'c', python: 'python'
}

export function sourceViews(text: string, language: Language): SourceViews {
  const n = text.length
  const code: string[] = new Array(n)
  const bare: string[] = new Array(n)
  const family = FAMILY[language]
  const blank = (from: number, to: number, keepInCode: boolean) => {
    for (let k = from; k < to; k++) {
      const ch = text[k]
      const keep = ch === '\n' || ch === '\r' ? ch : ' '
      code[k] = keepInCode ? ch : keep
      bare[k] = keep
    }
  }
  const copy = (k: number) => {
    code[k] = text[k]
    bare[k] = text[k]
  }
  let i = 0
  while (i < n) {
    const c = text[i]
    const next = text[i + 1]
    // Comments
    if (family === 'c' && c === '/' && next === '/') {
      const end = indexOrEnd(text, '\n', i)
      blank(i, end, false)
      i = end
      continue
    }
    if (family === 'c' && c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2)
      const end = close === -1 ? n : close + 2
      blank(i, end, false)
      i = end
      continue
    }
    if (family === 'python' && c === '#') {
      const end = indexOrEnd(text, '\n', i)
      blank(i, end, false)
      i = end
      continue
    }
    // Strings
    if (family === 'python' && (c === '"' || c === "'")) {
      const triple = text.startsWith(c.repeat(3), i)
      const quote = triple ? c.repeat(3) : c
      const end = stringEnd(text, i + quote.length, quote, true, !triple)
      markString(i, quote.length, end, quote.length)
      i = end
      continue
    }
    if (family === 'c' && (c === '"' || c === "'" || (c === '`' && (language === 'typescript' || language === 'javascript' || language === 'go')))) {
      // Java/C# text blocks and raw strings: """ … """
      if (c === '"' && (language === 'java' || language === 'csharp' || language === 'kotlin') && text.startsWith('"""', i)) {
        const close = text.indexOf('"""', i + 3)
        const end = close === -1 ? n : close + 3
        markString(i, 3, end, 3)
        i = end
        continue
      }
      const verbatim = language === 'csharp' && c === '"' && (text[i - 1] === '@' || (text[i - 1] === '$' && text[i - 2] === '@') || (text[i - 1] === '@' && text[i - 2] === '$'))
      const raw = c === '`' && language === 'go'
      const end = stringEnd(text, i + 1, c, !verbatim && !raw, c !== '`' && !verbatim)
      markString(i, 1, end, 1)
      i = end
      continue
    }
    copy(i)
    i++
  }
  return { code: code.join(''), bare: bare.join('') }

  function markString(start: number, open: number, end: number, close: number) {
    for (let k = start; k < end; k++) code[k] = text[k]
    for (let k = start; k < Math.min(start + open, end); k++) bare[k] = text[k]
    blank(start + open, Math.max(start + open, end - close), true)
    for (let k = Math.max(start + open, end - close); k < end; k++) bare[k] = text[k]
  }
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from)
  return i === -1 ? text.length : i
}

/** The offset just past the closing quote; an unterminated single-line string ends at the newline. */
function stringEnd(text: string, from: number, quote: string, escapes: boolean, singleLine: boolean): number {
  let i = from
  while (i < text.length) {
    const ch = text[i]
    if (escapes && ch === '\\') {
      i += 2
      continue
    }
    if (singleLine && ch === '\n') return i
    if (text.startsWith(quote, i)) {
      // C# verbatim strings escape a quote by doubling it.
      if (!escapes && quote === '"' && text[i + 1] === '"') {
        i += 2
        continue
      }
      return i + quote.length
    }
    i++
  }
  return text.length
}
