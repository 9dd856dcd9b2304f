// A source rule as data: the languages it reads, the view it runs on, the literals one of which
// every match holds (`needles`, case as written), and the pattern (with a hand-written finder
// where the pattern alone is not linear). A file is tested against a rule only if it holds one of
// the rule's needles: the pass's one literal scan (literals.ts) answers that on a bit.
import type { Language } from '../../repository.js'
import { boundedGapMatches } from '../bounded-gap.js'
import { LITERALS } from '../literals.js'
import type { PatternMatch, SourceFile, View } from '../scan.js'

export interface SourceRule {
  languages: readonly Language[]
  view: Exclude<View, 'text'>
  /** Literals one of which every match holds, as the text spells them. */
  needles: readonly string[]
  /** The definition: what the rule matches. */
  re: RegExp
  /** The same matches in linear time, where the pattern alone backtracks (bounded-gap.ts). */
  find?: (text: string) => PatternMatch[]
}

/** What a content rule reports: image, audio or a resource link. */
export type ContentKind = 'image' | 'audio' | 'resource_link'

export interface ContentRule extends SourceRule {
  kind: (m: PatternMatch) => ContentKind
}

export const JS: readonly Language[] = ['typescript', 'javascript']
export const JVM: readonly Language[] = ['java', 'kotlin']

/** The kind an SDK type's name stands for. */
export function kindOf(identifier: string): ContentKind {
  if (/image/i.test(identifier)) return 'image'
  if (/audio/i.test(identifier)) return 'audio'
  return 'resource_link'
}

/** The rules whose needles the literal scan knows. */
const KNOWN = new WeakSet<SourceRule>()

/**
 * A rule's matches in one of a file's views; none, without reading the views, when the file holds
 * none of its needles (the views only blank characters, so a match in a view is in the text).
 */
export function ruleMatches(
  file: Pick<SourceFile, 'mayHold' | 'text' | View>,
  rule: SourceRule
): readonly PatternMatch[] {
  if (!KNOWN.has(rule)) {
    KNOWN.add(rule)
    LITERALS.add(...rule.needles)
  }
  if (!rule.needles.some((n) => file.mayHold(n) && file.text.includes(n))) return []
  const text = file[rule.view]
  if (rule.find) return rule.find(text)
  const re = rule.re
  const found: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return found
}

/** `HEAD[^stop]{0,4000}?TAIL` found in linear time (bounded-gap.ts): the shape of several rules. */
export const gapFind = (head: RegExp, stop: string, tail: RegExp, tailStart: string) => (text: string) =>
  boundedGapMatches(text, { head, stop, max: 4000, tail, tailStart })
