// Helpers checks of several phases share; a phase's own helpers stay in checks/<phase>/shared.ts.
import type { Outcome } from '../src/check.js'
import type { GoliveConfig } from '../src/config/schema.js'
import type { K8sObject } from '../src/evidence/kubernetes-objects.js'
import type { Evidence } from '../src/findings.js'

/** A count and its noun, plural unless the count is 1: `3 places`, `1 call`. */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** Facts grouped by their cause (a kind, a class, a credential), in the order each cause is first seen. */
export function byCause<T>(facts: readonly T[], cause: (f: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const f of facts) {
    const k = cause(f)
    const g = groups.get(k)
    if (g) g.push(f)
    else groups.set(k, [f])
  }
  return [...groups]
}

/** The first names of a list, the rest counted: `a, b, c +2 more`. */
export const firstNames = (names: readonly string[], shown: number): string =>
  names.slice(0, shown).join(', ') + (names.length > shown ? ` +${names.length - shown} more` : '')

/** The first places of a list, `file:line:column`, and "+N more" past `shown`. */
export function firstPlaces(places: readonly { file: string; line: number; column: number }[], shown = 3): string {
  const said = places
    .slice(0, shown)
    .map((p) => `${p.file}:${p.line}:${p.column}`)
    .join(', ')
  return places.length > shown ? `${said} (+${places.length - shown} more)` : said
}

/** Evidence a finding carries for a cause found in many places: the first ones. */
export const MAX_EVIDENCE = 20

/** The facts found outside test code: what production runs. */
export const production = <T extends { isTest: boolean }>(facts: readonly T[]): T[] => facts.filter((f) => !f.isTest)

/** The outcome of an attestation in golive.yaml: `what`, said to be vouched for by its author on its date. */
export function attested(att: GoliveConfig['attestations'][number], what: string, evidence?: Evidence[]): Outcome {
  const attestation = { by: att.by, date: att.date, note: att.note }
  const message = `${what} (attested by ${att.by} on ${att.date}).`
  return { status: 'attested', message, ...(evidence && { evidence }), attestation }
}

/** An Envoy Gateway SecurityPolicy: the gateway's authentication in front of the server. */
export const isEnvoySecurityPolicy = (o: K8sObject): boolean =>
  o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1'
