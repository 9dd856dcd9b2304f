import type { NetworkCall } from '../../src/evidence/source/security.js'
import {
  attestationFor,
  type CheckContext,
  type CheckDefinition,
  classifyHost,
  configEvidence,
  type Outcome
} from '../../src/check.js'
import type { HostClass } from '../../src/evidence/derived/capability-matrix.js'
import { type FileEvidence, MAX_EVIDENCE_PER_FINDING } from '../../src/findings.js'
import { evidenceOutcomes, nothingReadOutcome, toolMatrix, unreadOutcomes } from './shared.js'
import { deployedObjects } from '../deployment.js'
import { counted } from '../shared.js'

/** The production network calls, sorted once for the checks that read them. */
interface ProductionCalls {
  /** Calls to public hosts that are not allowlisted: every such host, the first places, and how many calls. */
  public: { hosts: string[]; rows: NetworkCall[]; total: number }
  /** Calls to internal, allowlisted, test or identity-provider hosts: the first places, and how many. */
  known: { rows: NetworkCall[]; total: number }
  /** Calls whose target is computed. */
  computed: NetworkCall[]
  callerSupplied: NetworkCall[]
}

const SORTED = new WeakMap<object, { allowed: string[]; calls: ProductionCalls }>()

/**
 * One walk over the network-call table for all the checks of a run: at 100,000 files it holds
 * 320,000 calls, and each walk makes a row object of each. Kept per table and allowlist.
 */
function productionCalls(ctx: CheckContext): ProductionCalls {
  const table = ctx.repo.source.networkCalls
  const allowed = ctx.config.egress.allowedHosts
  const cached = SORTED.get(table)
  if (cached && cached.allowed === allowed) return cached.calls
  const calls: ProductionCalls = {
    public: { hosts: [], rows: [], total: 0 },
    known: { rows: [], total: 0 },
    computed: [],
    callerSupplied: []
  }
  const hosts = new Set<string>()
  const classOf = new Map<string, HostClass>()
  // A walk that makes a row only for what it keeps: the table holds every call of the checkout.
  table.walk((c, take) => {
    if (c.isTest) return
    if (c.callerSupplied) calls.callerSupplied.push(take())
    if (!c.host) {
      calls.computed.push(take())
      return
    }
    let cls = classOf.get(c.host)
    if (cls === undefined) classOf.set(c.host, (cls = classifyHost(c.host, allowed)))
    const bucket = cls === 'public' ? calls.public : calls.known
    if (cls === 'public') hosts.add(c.host)
    bucket.total++
    if (bucket.rows.length < MAX_EVIDENCE_PER_FINDING) bucket.rows.push(take())
  })
  calls.public.hosts = [...hosts]
  SORTED.set(table, { allowed, calls })
  return calls
}

export const externalCommunication: CheckDefinition = {
  id: 'security.external-communication',
  phase: 'security',
  level: 'blocking',
  title: 'No external communication',
  reads: ['source', 'manifest'],
  passesWhen: 'no tool communicates externally, and no evidence contradicts it',
  explain: {
    looksFor: 'Outbound communication declared and seen.',
    evidence: [
      '`externalCommunication` per tool and `egress.allowedHosts`',
      'HTTP clients and sockets in source (fetch, axios, got, undici, node:http, httpx, requests, urllib, HttpClient, net/http, java.net, OkHttp, WebClient, sockets) and their targets',
      'NetworkPolicy and CiliumNetworkPolicy egress'
    ],
    why: 'An outbound channel is how data leaves; with private data and untrusted content it completes the trifecta.',
    fix: 'Call only cluster-internal, allowlisted hosts; restrict egress with a NetworkPolicy; attest computed targets (`subject: file:line`).'
  },
  run(ctx) {
    const outcomes: Outcome[] = []
    const allowed = ctx.config.egress.allowedHosts
    ctx.config.tools.forEach((t, i) => {
      const at = configEvidence(ctx, ['tools', i, 'externalCommunication'])
      if (t.externalCommunication === 'open')
        outcomes.push({
          status: 'failed',
          message: `Tool "${t.name}" declares open external communication.`,
          evidence: [at],
          fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).'
        })
      else if (t.externalCommunication === 'allowlisted' && !allowed.length)
        outcomes.push({
          status: 'failed',
          message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`,
          evidence: [at],
          fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```'
        })
    })
    outcomes.push(...evidenceOutcomes(ctx, 'externalCommunication'))
    outcomes.push(...unreadOutcomes(ctx, 'externalCommunication', 'security.external-communication'))
    // One finding per call-site family (same file, client and computed expression); a URL a tool argument chooses is
    // raised above instead.
    const families = new Map<string, { client: string; expression?: string; at: FileEvidence; count: number }>()
    const callerLines = new Set(
      toolMatrix(ctx).flatMap((r) =>
        r.externalCommunication.evidence
          .concat(r.untrustedContent.evidence)
          .filter((f) => f.source === 'caller-url')
          .map((f) => `${f.at.file}:${f.at.line}`)
      )
    )
    const computed = [
      ...productionCalls(ctx).computed.filter((c) => !c.callerSupplied),
      ...ctx.repo.capabilities.tools.flatMap((t) => t.unknownTargets)
    ]
    // The source scan and the per-tool reach may both name a call, by two names of its client: one finding a line;
    // a call whose target a tool's reach told (a base address, a vendor's API) is no longer computed.
    const seenLines = new Set<string>(ctx.repo.capabilities.resolved)
    for (const c of computed) {
      const line = `${c.at.file}:${c.at.line}`
      if (callerLines.has(line) || seenLines.has(line)) continue
      seenLines.add(line)
      const key = `${c.at.file}|${c.client}|${c.expression}`
      const family = families.get(key)
      if (family) family.count++
      else families.set(key, { client: c.client, expression: c.expression, at: c.at, count: 1 })
    }
    for (const c of families.values()) {
      const subject = `${c.at.file}:${c.at.line}`
      const att = attestationFor(ctx, 'security.external-communication', subject)
      if (att && att.subject) {
        outcomes.push({
          status: 'attested',
          message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`,
          evidence: [c.at],
          attestation: { by: att.by, date: att.date, note: att.note }
        })
      } else {
        outcomes.push({
          status: 'warning',
          message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`)${c.count > 1 ? `, as at ${counted(c.count - 1, 'more place')} in the file` : ''}.`,
          evidence: [c.at],
          fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\``
        })
      }
    }
    const egress = ctx.repo.egress
    if (egress.openToWorld.length) {
      outcomes.push({
        status: 'failed',
        message: 'A network policy allows egress to the whole world.',
        evidence: egress.openToWorld,
        fix: 'Allow egress only to the namespaces and services the server needs:\n\n```yaml\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: tickets\n    ports:\n      - port: 8080\n```'
      })
    }
    const fqdns = egress.fqdns.filter((f) => classifyHost(f.host.replace(/^\*\./, 'x.'), allowed) === 'public')
    if (fqdns.length)
      outcomes.push({
        status: 'failed',
        message: `A Cilium policy allows egress to external hosts that are not allowlisted: ${fqdns.map((f) => f.host).join(', ')}.`,
        evidence: fqdns.map((f) => f.at),
        fix: 'Remove the toFQDNs rule, or list the hosts under `egress.allowedHosts` if the communication is approved.'
      })
    const hasWorkloads = deployedObjects(ctx).some((o) =>
      ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob'].includes(o.kind)
    )
    if (hasWorkloads && !egress.policies.length) {
      outcomes.push({
        status: 'warning',
        message:
          'No NetworkPolicy or CiliumNetworkPolicy restricts egress, so nothing but the code stops the server talking to the world.',
        fix:
          '```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ' +
          ctx.config.server.name +
          '-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n          protocol: UDP\n```'
      })
    }
    if (outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) return outcomes
    const nothingRead = nothingReadOutcome(ctx, 'externalCommunication', 'security.external-communication')
    if (nothingRead) outcomes.unshift(nothingRead)
    else {
      const internal = productionCalls(ctx).known
      const n = internal.total
      outcomes.unshift({
        status: 'passed',
        message: `No tool communicates externally${n ? `; ${counted(n, 'call')} in source go to internal, allowlisted or identity-provider hosts` : ''}${egress.policies.length ? '; egress is restricted by network policy' : ''}.`,
        evidence: [...internal.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })), ...egress.policies],
        omittedEvidence: n - internal.rows.length
      })
    }
    return outcomes
  }
}
