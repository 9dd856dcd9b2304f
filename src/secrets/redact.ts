// Every string the gate prints passes through here: a credential found by any
// rule, or a value any detector of this run found (a .env value, say), is cut
// to its first 4 characters, whatever surface prints it and wherever it sits in
// the string (a file name, a waiver reason, a tool name).
import { maskSecret, matchSecrets } from './rules.js'

/** Known values shorter than this are masked only where a rule finds them: a short one would mask ordinary words. */
export const MIN_KNOWN_SECRET = 6

/** Characters a known value is indexed by: every known value is at least this long. */
const KEY = MIN_KNOWN_SECRET

/**
 * Values found in this run, by their first KEY characters, longest first within a key. Matched by
 * hand over UTF-16 code units: a grapheme-aware matcher (the maintained Aho-Corasick packages are)
 * would miss a secret followed by a combining mark, and the key map finds every candidate in one
 * pass, whatever the number of values.
 */
const known = new Map<string, string[]>()
/** The first two code units of every key, as one number: most places in a text start no key, and this says so. */
const leads = new Set<number>()
const leadAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1)

/**
 * Makes found secret values known to every later redaction in this thread (the run calls it once its detectors are
 * done).
 */
export function knowSecrets(values: Iterable<string>): void {
  for (const value of values) {
    if (typeof value !== 'string' || value.length < MIN_KNOWN_SECRET) continue
    const key = value.slice(0, KEY)
    leads.add(leadAt(key, 0))
    const list = known.get(key)
    if (!list) known.set(key, [value])
    else if (!list.includes(value)) {
      list.push(value)
      list.sort((a, b) => b.length - a.length)
    }
  }
}

/** How many values are known (for tests and `--timings`). */
export function knownSecretCount(): number {
  let n = 0
  for (const list of known.values()) n += list.length
  return n
}

/** Spans [start, end) of known values in the text: the longest at each place, overlaps included. */
function knownSpans(text: string): [number, number][] {
  const spans: [number, number][] = []
  if (!known.size) return spans
  for (let i = 0; i + KEY <= text.length; i++) {
    if (!leads.has(leadAt(text, i))) continue
    const list = known.get(text.slice(i, i + KEY))
    if (!list) continue
    const hit = list.find((v) => text.startsWith(v, i))
    if (hit === undefined) continue
    // No skipping past it: a value that starts inside this one and ends after it must be masked too.
    spans.push([i, i + hit.length])
  }
  return spans
}

/** The text with every credential the rules find, and every known value, masked. */
export function redactSecrets(text: string): string {
  if (!text) return text
  const spans: [number, number][] = [
    ...knownSpans(text),
    ...matchSecrets(text).map((m): [number, number] => [m.index, m.index + m.secret.length])
  ]
  if (!spans.length) return text
  // Leftmost first, the longest of those starting together; a span inside or across one kept is
  // masked with it (the union), so no part of either is left in clear.
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  let out = ''
  let at = 0
  for (let i = 0; i < spans.length;) {
    const start = spans[i][0]
    let end = spans[i][1]
    for (i++; i < spans.length && spans[i][0] < end; i++) end = Math.max(end, spans[i][1])
    out += text.slice(at, start) + maskSecret(text.slice(start, end))
    at = end
  }
  return out + text.slice(at)
}

/**
 * A copy of a value (the JSON result, the report, a config) with every string in it redacted,
 * object keys too: done before anything is escaped or cut, so neither can hide a secret from the
 * rules. Non-plain objects are left as they are (the results hold none).
 */
export function redactDeep<T>(value: T): T {
  // A result repeats its strings (file paths, notes, check ids) thousands of times: each distinct one is redacted once.
  const done = new Map<string, string>()
  const redact = (text: string): string => {
    let safe = done.get(text)
    if (safe === undefined) done.set(text, (safe = redactSecrets(text)))
    return safe
  }
  const copy = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v)
    if (Array.isArray(v)) return v.map(copy)
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) out[redact(k)] = copy(x)
      return out
    }
    return v
  }
  return copy(value) as T
}

/**
 * `text` cut to at most `max` characters with `tail` after it, redacted first: a secret that
 * straddles the cut would no longer match its rule, and its first part would print in clear.
 */
export function redactThenCut(text: string, max: number, tail = '…'): string {
  const safe = redactSecrets(text)
  if (safe.length <= max) return safe
  return `${safe.slice(0, Math.max(0, max - tail.length))}${tail}`
}
