// Matches of `HEAD[^X]{0,MAX}?TAIL` in linear time: a head, then the nearest
// tail within MAX characters that no X comes before. Several source patterns
// have that shape (FastMCP addTool, Go mcp.Tool, C# and Spring named tools, C#
// DataContent); a regular expression re-reads the gap from every head, which is
// quadratic on heads with no tail (docs/performance.md). Here every place a tail matches,
// and every X, is listed once per text, and each head's tail is found by binary
// search. Hand-written: no regex engine in JavaScript runs these in linear time.
// The patterns stay as the rules' definitions; property tests hold the two together.

import type { PatternMatch } from './scan.js'

export interface BoundedGap {
  /** Global; where a match may start. Its matches never overlap one another. */
  head: RegExp
  /** The character the gap may not hold. */
  stop: string
  /** The most characters in the gap. */
  max: number
  /** Sticky; what must follow the gap. Its groups are the match's. */
  tail: RegExp
  /** What every match of the tail starts with: it is tried only there. */
  tailStart: string
  /** `[^X]{0,MAX}` instead of `{0,MAX}?`: the farthest tail, not the nearest. */
  greedy?: boolean
}

/** Every offset of `needle` in the text, in order. */
export function offsetsOf(text: string, needle: string): number[] {
  const offsets: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) offsets.push(i)
  return offsets
}

/** Where the first of the sorted offsets at or after `from` is in the list (the list's length when none is). */
function indexFrom(sorted: number[], from: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid] < from) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first of the sorted offsets at or after `from`, or -1. */
export function firstFrom(sorted: number[], from: number): number {
  const i = indexFrom(sorted, from)
  return i < sorted.length ? sorted[i] : -1
}

/** The last of the sorted offsets at or before `to`, or -1. */
function lastUpTo(sorted: number[], to: number): number {
  const i = indexFrom(sorted, to + 1) - 1
  return i >= 0 ? sorted[i] : -1
}

/** The matches: where each starts, its text, and the tail's groups, numbered from 1. */
export function boundedGapMatches(text: string, shape: BoundedGap): PatternMatch[] {
  const found: PatternMatch[] = []
  const { head, stop, max, tail } = shape
  head.lastIndex = 0
  let h = head.exec(text)
  if (!h) return found
  const stops = offsetsOf(text, stop)
  // Every place the tail matches (sticky: each place tried once, overlapping ones too).
  const tails: number[] = []
  const tailAt = new Map<number, RegExpExecArray>()
  for (const at of offsetsOf(text, shape.tailStart)) {
    tail.lastIndex = at
    const t = tail.exec(text)
    if (t) {
      tails.push(at)
      tailAt.set(at, t)
    }
  }
  while (h) {
    const gapStart = h.index + h[0].length
    const blocked = firstFrom(stops, gapStart)
    // The gap ends at the first stop, or after `max` characters.
    const limit = Math.min(gapStart + max, blocked === -1 ? text.length : blocked)
    const at = shape.greedy ? lastUpTo(tails, limit) : firstFrom(tails, gapStart)
    let end = h.index + 1
    if (at !== -1 && at >= gapStart && at <= limit) {
      const t = tailAt.get(at)!
      const m: PatternMatch = { index: h.index, 0: text.slice(h.index, at + t[0].length) }
      for (let g = 1; g < t.length; g++) m[g] = t[g]
      found.push(m)
      end = at + t[0].length
    }
    head.lastIndex = end
    h = head.exec(text)
  }
  return found
}

/** A rule's finder (rules/rule.ts) for a bounded-gap pattern's matches. */
export const gapFinder =
  (shape: BoundedGap) =>
  (text: string): PatternMatch[] =>
    boundedGapMatches(text, shape)
