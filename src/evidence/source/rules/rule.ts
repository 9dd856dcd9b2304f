// A rule as data: the literals one of which every match holds (`needles`, as the text spells them,
// or in any case when the pattern ignores case), the view it runs on, and the pattern (with a
// hand-written finder where the pattern alone is not linear). Every pattern the source pass runs
// over a whole file is a rule, and every detector declares its rules: the pass's one literal scan
// (literals.ts) then tells on a bit which rules may run on a file, and which detectors to visit.
import type { Language } from '../../repository.js'
import { boundedGapMatches } from '../bounded-gap.js'
import { holdsNeedle } from '../literals.js'
import type { PatternMatch, SourceFile, View } from '../scan.js'

export interface Rule {
  /** Literals one of which every match holds, as the text spells them (in any case if `re` ignores case). */
  needles: readonly string[]
  /** The definition: what the rule matches (global). */
  re: RegExp
  /** The view it runs on (default `bare`: comments and string contents blanked). */
  view?: View
  /** The same matches in linear time, where the pattern alone backtracks (bounded-gap.ts). */
  find?: (text: string) => PatternMatch[]
}

/** A rule of rules/<language>.ts: for some languages, on a view without comments. */
export interface SourceRule extends Rule {
  languages: readonly Language[]
  view: Exclude<View, 'text'>
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

/** Whether the rule may match the file: the literal scan's answer for its needles (the views only blank characters). */
export const mayRun = (file: Pick<SourceFile, 'mayHold' | 'text'>, rule: Rule): boolean =>
  holdsNeedle(file, file.text, rule.needles, rule.re.ignoreCase)

const NONE: readonly PatternMatch[] = []

/**
 * A rule's matches in its view of a file; none, without reading the view, when the file holds
 * none of its needles. The pattern's own `lastIndex` is used, not a clone per call as `matchAll` makes.
 */
export function ruleMatches(file: Pick<SourceFile, 'mayHold' | 'text' | View>, rule: Rule): readonly PatternMatch[] {
  if (!mayRun(file, rule)) return NONE
  const text = file[rule.view ?? 'bare']
  if (rule.find) return rule.find(text)
  const re = rule.re
  if (!re.global) throw new TypeError(`a rule needs a global pattern: /${re.source}/`)
  const found: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return found.length ? found : NONE
}

/** Whether the rule matches anywhere in its view of the file. */
export function ruleHolds(file: Pick<SourceFile, 'mayHold' | 'text' | View>, rule: Rule): boolean {
  if (!mayRun(file, rule)) return false
  const text = file[rule.view ?? 'bare']
  if (rule.find) return rule.find(text).length > 0
  rule.re.lastIndex = 0
  return rule.re.test(text)
}

/** `HEAD[^stop]{0,4000}?TAIL` found in linear time (bounded-gap.ts): the shape of several rules. */
export const gapFind = (head: RegExp, stop: string, tail: RegExp, tailStart: string) => (text: string) =>
  boundedGapMatches(text, { head, stop, max: 4000, tail, tailStart })
