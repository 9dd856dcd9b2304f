// Spring AI's `@Tool` (or `@McpTool`) without a `name`: the tool takes its method's name. The
// rule's pattern in TOOL_DERIVED_RULES is the definition; this finds the same
// matches, at the same places, in linear time (a property test holds the two
// together). Hand-written because the pattern's bounded gaps are re-read from
// every `@Tool`: it looks up to 4,000 characters ahead for `name =` and for the
// `)` closing each annotation's arguments, which is quadratic on `@Tool(@(@…`.
// Here those two are looked up in lists made once per text.
import { isSpaceChar, isWordChar } from '../../chars.js'
import { firstFrom, offsetsOf } from './bounded-gap.js'
import type { PatternMatch } from './scan.js'

/** What the pattern's match gives: where it starts, its text, and the method's name. */
export type SpringToolMatch = PatternMatch & { groups: { name: string } }

/** The most characters the pattern lets an annotation's arguments hold before `name =` or `)`. */
const MAX_ARGUMENTS = 4000
const MAX_ANNOTATIONS = 10
const MAX_MODIFIERS = 10
const MAX_TYPE_WORDS = 6
const MAX_TYPE_WORD = 400
const MODIFIERS = ['public', 'private', 'protected', 'static', 'final']

/** `[\w<>\[\],.?]`: a character of a return type's word. */
const isTypeChar = (c: number) =>
  isWordChar(c) || c === 60 || c === 62 || c === 91 || c === 93 || c === 44 || c === 46 || c === 63

const NAME_ASSIGNED = /\bname\s*=/g

export function springToolsNamedAfterMethod(text: string): SpringToolMatch[] {
  const found: SpringToolMatch[] = []
  const nextAnnotation = annotationsOf(text)
  let at = nextAnnotation(0)
  if (at === -1) return found
  const n = text.length
  const closes = offsetsOf(text, ')')
  const names: number[] = []
  NAME_ASSIGNED.lastIndex = 0
  for (let m = NAME_ASSIGNED.exec(text); m; m = NAME_ASSIGNED.exec(text)) names.push(m.index)
  const skipSpaces = (i: number) => {
    while (i < n && isSpaceChar(text.charCodeAt(i))) i++
    return i
  }
  /** Past `(…)` opening at `open`: its `)` within MAX_ARGUMENTS characters, else -1. */
  const pastArguments = (open: number) => {
    const close = firstFrom(closes, open + 1)
    return close === -1 || close - (open + 1) > MAX_ARGUMENTS ? -1 : close + 1
  }

  /** The match starting at `start` (just before `@Tool` or `@McpTool`), or undefined. */
  const matchAt = (start: number): SpringToolMatch | undefined => {
    let p = start + annotationLength(text, start)
    const open = skipSpaces(p)
    if (text.charCodeAt(open) === 40) {
      // (?!\s*\([^)]{0,4000}\bname\s*=): a `name =` among the arguments, before their `)`.
      const name = firstFrom(names, open + 1)
      const close = firstFrom(closes, open + 1)
      if (name !== -1 && name - (open + 1) <= MAX_ARGUMENTS && (close === -1 || name < close)) return undefined
      // Unclosed arguments leave `(` where a type must start: no match.
      p = pastArguments(open)
      if (p === -1) return undefined
    }
    p = skipSpaces(p)
    // Other annotations, each with its arguments: with fewer, the next character is `@`, and no match follows.
    for (let a = 0; a < MAX_ANNOTATIONS && text.charCodeAt(p) === 64 && isWordChar(text.charCodeAt(p + 1)); a++) {
      p += 2
      while (p < n && isWordChar(text.charCodeAt(p))) p++
      if (text.charCodeAt(p) === 40) {
        p = pastArguments(p)
        if (p === -1) return undefined
      }
      p = skipSpaces(p)
    }
    // Modifiers, as many as there are (greedily): where each next one would start.
    const afterModifiers = [p]
    while (afterModifiers.length <= MAX_MODIFIERS) {
      const word = MODIFIERS.find((w) => text.startsWith(w, p))
      if (!word || !isSpaceChar(text.charCodeAt(p + word.length))) break
      p = skipSpaces(p + word.length)
      afterModifiers.push(p)
    }
    // With the most modifiers first, then fewer (a modifier may be read as a type word), the
    // fewest type words first: each a run of type characters, at most MAX_TYPE_WORD, then spaces.
    for (let k = afterModifiers.length - 1; k >= 0; k--) {
      let t = afterModifiers[k]
      for (let j = 0; j < MAX_TYPE_WORDS; j++) {
        let e = t
        while (e < n && e - t < MAX_TYPE_WORD && isTypeChar(text.charCodeAt(e))) e++
        if (e === t || !isSpaceChar(text.charCodeAt(e))) break
        t = skipSpaces(e)
        let w = t
        while (w < n && isWordChar(text.charCodeAt(w))) w++
        if (w === t) continue
        const paren = skipSpaces(w)
        if (text.charCodeAt(paren) === 40)
          return { index: start, 0: text.slice(start, paren + 1), groups: { name: text.slice(t, w) } }
      }
    }
    return undefined
  }

  while (at !== -1) {
    const m = isWordChar(text.charCodeAt(at + annotationLength(text, at))) ? undefined : matchAt(at)
    if (m) found.push(m)
    at = nextAnnotation(m ? m.index + m[0].length : at + 1)
  }
  return found
}

/**
 * Where the next `@Tool` or `@McpTool` starts at or after `from` (which only grows), or -1. Each name's next place
 * is kept until `from` passes it, because searching again from every `@Tool` is quadratic when one name is absent.
 */
function annotationsOf(text: string): (from: number) => number {
  let tool = -2
  let mcp = -2
  return (from) => {
    if (tool !== -1 && tool < from) tool = text.indexOf('@Tool', from)
    if (mcp !== -1 && mcp < from) mcp = text.indexOf('@McpTool', from)
    return tool === -1 ? mcp : mcp === -1 ? tool : Math.min(tool, mcp)
  }
}

/** The length of the annotation's name at `start`: `@McpTool` or `@Tool`. */
const annotationLength = (text: string, start: number) => (text.startsWith('@McpTool', start) ? 8 : 5)
