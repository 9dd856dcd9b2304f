// The per-tool matrix of the trifecta's legs: for each tool, each leg with where it comes from
// (the declaration in golive.yaml, the evidence in source, or both). The checks judge it; the
// JSON result, the report and the PR comment show it.
import type { GoliveConfig } from '../../config/schema.js'
import type { CapabilityEvidence, CapabilityFact } from './capabilities.js'
import { LEGS, type Leg } from './catalogue.js'

/** Hosts that are not the outside world: cluster-internal names, private suffixes, loopback. */
const INTERNAL_HOST =
  /(^localhost$)|(^127\.)|(^\[?::1\]?$)|(\.svc$)|(\.svc\.cluster\.local$)|(\.cluster\.local$)|(\.internal$)|(\.local$)|(^10\.)|(^192\.168\.)|(^172\.(1[6-9]|2\d|3[01])\.)/
/** Reserved for documentation and tests (RFC 2606, RFC 6761): never a real destination. */
const TEST_HOST = /(^|\.)(example\.(com|org|net)|test|example|invalid|localhost)$/
/** Identity providers: token validation and the OBO exchange talk to them; they are not data egress. */
const IDENTITY_HOST = /^(login\.microsoftonline\.com|login\.windows\.net|sts\.windows\.net|login\.microsoft\.com)$/

export type HostClass = 'allowlisted' | 'internal' | 'test' | 'identity' | 'public'

export function classifyHost(host: string, allowed: readonly string[]): HostClass {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  if (allowed.some((a) => (a.startsWith('*.') ? h.endsWith(a.slice(1)) : h === a.toLowerCase()))) return 'allowlisted'
  if (INTERNAL_HOST.test(h)) return 'internal'
  if (TEST_HOST.test(h)) return 'test'
  if (IDENTITY_HOST.test(h)) return 'identity'
  return 'public'
}

/**
 * Whether a fact holds its leg: a call to a written host counts only when the host is outside (public or allowlisted).
 */
export function factCounts(f: Pick<CapabilityFact, 'source' | 'host'>, allowed: readonly string[]): boolean {
  if (f.source !== 'host' || !f.host) return true
  const cls = classifyHost(f.host, allowed)
  return cls === 'public' || cls === 'allowlisted'
}

export interface LegCell {
  present: boolean
  /** The declared value, when golive.yaml declares the tool. */
  declared?: string
  sources: ('declared' | 'evidence')[]
  evidence: CapabilityFact[]
}

export type ToolCapabilities = { tool: string } & Record<Leg, LegCell>

type Declaration = GoliveConfig['tools'][number]

/** Whether the declaration alone holds the leg (`sanitized` does unless attested). */
export function declaredLeg(t: Declaration, leg: Leg, attested: (tool: string) => boolean): boolean {
  if (leg === 'privateData') return t.privateData !== 'none'
  if (leg === 'untrustedContent')
    return t.untrustedContent === 'in-context' || (t.untrustedContent === 'sanitized' && !attested(t.name))
  return t.externalCommunication !== 'none'
}

/** One row per tool declared or registered (declared first, in golive.yaml's order). */
export function capabilityMatrix(
  config: Pick<GoliveConfig, 'tools' | 'egress'>,
  evidence: CapabilityEvidence,
  attested: (tool: string) => boolean = () => false
): ToolCapabilities[] {
  const allowed = config.egress.allowedHosts
  const reach = new Map(evidence.tools.map((t) => [t.tool, t]))
  const norm = (n: string) => n.toLowerCase().replace(/[-_\s]/g, '')
  const reachNormalised = new Map(evidence.tools.map((t) => [norm(t.tool), t]))
  const rows: ToolCapabilities[] = []
  const seen = new Set<string>()
  const row = (tool: string, decl: Declaration | undefined): ToolCapabilities => {
    const r = reach.get(tool) ?? reachNormalised.get(norm(tool))
    if (r) seen.add(r.tool)
    const cells = {} as Record<Leg, LegCell>
    for (const leg of LEGS) {
      const facts = (r?.facts ?? []).filter((f) => f.leg === leg && factCounts(f, allowed))
      const byDecl = decl ? declaredLeg(decl, leg, attested) : false
      const sources: LegCell['sources'] = [
        ...(byDecl ? ['declared' as const] : []),
        ...(facts.length ? ['evidence' as const] : [])
      ]
      cells[leg] = { present: sources.length > 0, ...(decl ? { declared: decl[leg] } : {}), sources, evidence: facts }
    }
    return { tool, ...cells }
  }
  for (const t of config.tools) rows.push(row(t.name, t))
  for (const t of evidence.tools) if (!seen.has(t.tool)) rows.push(row(t.tool, undefined))
  return rows
}

/** A cell as the JSON result and the reports carry it: present, from where, and the first places of the evidence. */
export interface CompactCell {
  present: boolean
  sources: LegCell['sources']
  declared?: string
  evidence: string[]
}
export type CompactToolCapabilities = { tool: string } & Record<Leg, CompactCell>

const MAX_CELL_EVIDENCE = 3

export function compactMatrix(rows: readonly ToolCapabilities[]): CompactToolCapabilities[] {
  return rows.map((r) => {
    const out = { tool: r.tool } as CompactToolCapabilities
    for (const leg of LEGS) {
      const c = r[leg]
      out[leg] = {
        present: c.present,
        sources: c.sources,
        ...(c.declared !== undefined ? { declared: c.declared } : {}),
        evidence: c.evidence.slice(0, MAX_CELL_EVIDENCE).map((f) => `${f.at.file}:${f.at.line} ${f.via}`)
      }
    }
    return out
  })
}

/** One cell of the tables: `—`, `declared`, `evidence (file:line)`, or both. */
export function cellText(c: CompactCell): string {
  if (!c.present) return '—'
  const place = c.evidence[0]?.split(' ')[0]
  return c.sources.map((s) => (s === 'evidence' && place ? `evidence (${place})` : s)).join(' + ')
}
