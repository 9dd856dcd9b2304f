// Phase 1 — Security: the lethal trifecta. Declarations in golive.yaml are
// checked against what the source and the manifests show; evidence can raise
// a capability, never remove a declared one.
import { attestationFor, configEvidence, type CheckContext, type CheckDefinition, type Outcome } from '../src/check.js'
import type { ToolDeclaration } from '../src/config/schema.js'
import type { NetworkCall } from '../src/evidence/source/security.js'
import { MAX_EVIDENCE_PER_FINDING, type Evidence, type FileEvidence } from '../src/findings.js'
import { computedRegistrations, descriptionsOf, poisonSigns, servedTools, toolEntries, type ToolEntry } from '../src/evidence/derived/tools.js'
import type { ServedTool } from '../src/evidence/inventory.js'
import { deployedObjects } from './infra.js'

const where = (e: FileEvidence) => `${e.file}:${e.line}:${e.column}`

// The matching of names lives with the tool entries (src/evidence/derived/tools.ts); kept exported here for the checks that used it.
export { registers, registrationFinder } from '../src/evidence/derived/tools.js'

const TOOL_INDEXES = new WeakMap<readonly ToolDeclaration[], Map<string, number>>()

/** Where a declared tool is in golive.yaml's list (the first of that name), from a map made once per list. */
function toolIndex(ctx: CheckContext, name: string): number {
  let index = TOOL_INDEXES.get(ctx.config.tools)
  if (!index) {
    index = new Map()
    for (const [i, t] of ctx.config.tools.entries()) if (!index.has(t.name)) index.set(t.name, i)
    TOOL_INDEXES.set(ctx.config.tools, index)
  }
  return index.get(name) ?? -1
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What to add to golive.yaml so the gate asks the server itself which tools it serves. */
const INVENTORY_FIX = 'Let the gate ask the server which tools it serves: add an `inventory` block to golive.yaml (see the README, "The served inventory"):\n\n```yaml\ninventory:\n  command: [node, dist/index.js]   # or url: http://127.0.0.1:8080/mcp, or file: mcp-tools.json\n```'

const declarationFix = (name: string) => `Declare it in golive.yaml (and decide each capability honestly), or remove it from the server:\n\n\`\`\`yaml\ntools:\n  - name: ${name}\n    privateData: none          # none | obo | app-only | api-key\n    untrustedContent: none     # none | sanitized | in-context\n    externalCommunication: none  # none | allowlisted | open\n\`\`\``

/** Where the served inventory comes from, as evidence: the inventory block of golive.yaml, or the file. */
function inventoryEvidence(ctx: CheckContext, note: string): Evidence {
  const inv = ctx.config.inventory
  if (inv?.file !== undefined) return { file: inv.file, line: 1, column: 1, note }
  return configEvidence(ctx, ['inventory', inv?.command ? 'command' : 'url'], note)
}

export const toolsDeclared: CheckDefinition = {
  id: 'security.tools-declared',
  run(ctx) {
    const inventory = ctx.repo.inventory
    const served = servedTools(inventory)
    if (ctx.repo.scan.sourceFiles === 0 && !served) {
      return [{ status: 'not verified', message: 'No TypeScript, JavaScript, Python, C#, Go or Java source was found, so the registered tools could not be read.', reason: 'no source files in the checkout (or all excluded by paths.exclude / .gitignore)', fix: INVENTORY_FIX }]
    }
    const outcomes: Outcome[] = []
    const entries = toolEntries(ctx.config, ctx.repo)
    const declaredAt = (name: string) => configEvidence(ctx, ['tools', toolIndex(ctx, name), 'name'])
    const regAt = (e: ToolEntry) => (e.registeredAt ? [e.registeredAt] : [])
    if (inventory?.configured && !inventory.ok) {
      const from = inventory.source === 'file' ? `the inventory file ${ctx.config.inventory?.file ?? ''}` : inventory.source === 'url' ? 'the server at inventory.url' : 'the server inventory.command starts'
      outcomes.push({
        status: 'not verified',
        message: `The served tools could not be read from ${from}, so the source alone decides below.${inventory.stderr ? ` Its standard error: ${inventory.stderr}` : ''}`,
        reason: inventory.reason,
        evidence: [inventoryEvidence(ctx, inventory.refused ? 'not started' : 'not read')],
        fix: inventory.refused ? 'Run the gate where it may start the server (on pull_request, or the CLI with --inventory on a checkout you trust), or export tools/list to a file in a trusted job and name it as `inventory.file`.' : 'Make the server start with only PATH, HOME and the placeholders under `inventory.env`, answer on standard output with JSON-RPC only (logs go to standard error), and list its tools within `inventory-timeout`.'
      })
    }
    if (served) {
      const live = inventory?.configured && inventory.live
      const what = live ? 'the server serves' : `the inventory file ${ctx.config.inventory?.file ?? ''} records`
      for (const e of entries.filter((e) => e.served && !e.declared)) {
        outcomes.push({ status: 'failed', message: `Tool "${e.name}" is served (${what} it) but not declared in golive.yaml: a session can call it.`, evidence: [inventoryEvidence(ctx, `serves tool "${e.name}"`), ...regAt(e)], fix: declarationFix(e.name) })
      }
      for (const e of entries.filter((e) => e.declared && !e.served)) {
        outcomes.push(live
          ? { status: 'failed', message: `Tool "${e.name}" is declared in golive.yaml but the server does not serve it: the declaration is stale.`, evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')], fix: 'Remove the declaration if the tool is gone, or check that the server registers it under this exact name when started as `inventory` starts it.' }
          : { status: 'warning', message: `Tool "${e.name}" is declared in golive.yaml but not in the inventory file: the file or the declaration is out of date.`, evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')], fix: 'Export tools/list again and commit it, or remove the declaration if the tool is gone.' })
      }
      outcomes.push(...metadataOutcomes(ctx, served, what))
    } else {
      const mcpFiles = ctx.repo.source.mcpFiles ?? []
      const registered = entries.filter((e) => e.registeredAt)
      const computed = computedRegistrations(ctx.repo)
      if (mcpFiles.length && !registered.length && !computed.length) {
        outcomes.push({ status: 'not verified', message: `An MCP SDK is used (${plural(mcpFiles.length, 'file')}) but no tool registration was found in source: the gate cannot tell which tools the server serves.`, reason: 'no registration idiom the gate reads was found', evidence: mcpFiles.slice(0, 5).map((f) => ({ file: f, line: 1, column: 1, note: 'uses an MCP SDK' })), fix: INVENTORY_FIX })
      }
      if (computed.length) {
        outcomes.push({ status: 'not verified', message: `${plural(computed.length, 'tool registration')} in source ${computed.length === 1 ? 'has a name' : 'have names'} the code computes, so the tool names clients see are not known: ${computed.slice(0, 10).map((r) => `\`${r.computed!.expression}\` at ${r.at.file}:${r.at.line}`).join(', ')}${computed.length > 10 ? ', …' : ''}.`, reason: 'computed tool names', evidence: computed.map((r) => ({ ...r.at, note: `name computed as ${r.computed!.expression}` })), fix: INVENTORY_FIX })
      }
    }
    // Registered in source but neither declared nor served: a session can reach it when the server is started otherwise.
    for (const e of entries.filter((e) => e.registeredAt && !e.declared && !e.served)) {
      outcomes.push({ status: 'failed', message: `Tool "${e.name}" is registered in source but not declared in golive.yaml.`, evidence: regAt(e), fix: declarationFix(e.name) })
    }
    if (!served) {
      for (const e of entries.filter((e) => e.declared && !e.registeredAt)) {
        outcomes.push({ status: 'not verified', message: `Tool "${e.name}" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.`, reason: 'declared tool without a registration the gate reads', evidence: [declaredAt(e.name)], fix: `${INVENTORY_FIX}\n\nOr remove the declaration if the tool is gone (\`mcp-golive explain security.tools-declared\` lists the registration idioms the gate reads).` })
      }
    }
    if (!outcomes.length) {
      const names = entries.map((e) => e.name)
      const basis = served ? (inventory?.configured && inventory.live ? 'served by the server (tools/list)' : `recorded in the inventory file ${ctx.config.inventory?.file ?? ''}`) : 'registered in source'
      outcomes.push({
        status: 'passed',
        message: names.length ? `All ${plural(names.length, 'tool')} ${basis} ${names.length === 1 ? 'is' : 'are'} declared, and every declared tool is ${served ? 'served' : 'registered'}: ${names.join(', ')}.` : `No tool is ${basis}, and golive.yaml declares none.`,
        evidence: served ? [inventoryEvidence(ctx, 'tools/list'), ...entries.flatMap(regAt)] : entries.flatMap(regAt)
      })
    }
    return outcomes
  }
}

/** Annotations that contradict the declaration, missing descriptions, and descriptions that speak to the model. */
function metadataOutcomes(ctx: CheckContext, served: ServedTool[], what: string): Outcome[] {
  const out: Outcome[] = []
  const declared = new Map(ctx.config.tools.map((t) => [t.name, t]))
  const missingDescription: string[] = []
  for (const tool of served) {
    const decl = declared.get(tool.name)
    const at = inventoryEvidence(ctx, `serves tool "${tool.name}"`)
    if (decl && tool.annotations?.openWorldHint === true && decl.externalCommunication === 'none' && decl.untrustedContent === 'none') {
      out.push({ status: 'failed', message: `Tool "${tool.name}" is annotated \`openWorldHint: true\` (it reaches the world outside the server) but golive.yaml declares \`externalCommunication: none\` and \`untrustedContent: none\`.`, evidence: [at, configEvidence(ctx, ['tools', toolIndex(ctx, tool.name), 'externalCommunication'])], fix: 'Declare what the tool really does (`externalCommunication` and `untrustedContent`), or set `openWorldHint: false` if it only touches a closed domain.' })
    }
    if (!tool.description?.trim()) missingDescription.push(tool.name)
    for (const d of descriptionsOf(tool)) {
      const signs = poisonSigns(d.text)
      if (signs.length) {
        out.push({ status: 'failed', message: `Tool "${tool.name}" carries instructions to the model in its ${d.where} (tool poisoning): ${signs.map((s) => `${s.why}: "${s.quote}"`).join('; ')}.`, evidence: [at], fix: 'A description says what the tool does, for the model and the reviewer; it never tells the model what to do beyond that. Remove the instruction (and any hidden characters) from the text the server serves.' })
      }
    }
  }
  if (missingDescription.length) {
    out.push({ status: 'warning', message: `${plural(missingDescription.length, 'tool')} ${what === 'the server serves' ? 'served' : 'listed'} without a description: ${missingDescription.join(', ')}. Clients and reviewers rely on it.`, evidence: [inventoryEvidence(ctx, 'tools/list')], fix: 'Give each tool a description of what it does and what it returns.' })
  }
  return out
}

export const privateData: CheckDefinition = {
  id: 'security.private-data',
  run(ctx) {
    const bad = ctx.config.tools.filter((t) => t.privateData === 'app-only' || t.privateData === 'api-key')
    if (!bad.length) {
      const obo = ctx.config.tools.filter((t) => t.privateData === 'obo')
      return [{ status: 'passed', message: obo.length ? `Private data only on behalf of the user (${obo.map((t) => t.name).join(', ')}).` : 'No tool declares access to private data.', evidence: obo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])) }]
    }
    return bad.map((t) => ({
      status: 'failed' as const,
      message: `Tool "${t.name}" reaches private data with ${t.privateData === 'app-only' ? 'an app-only identity' : 'an API key'}, not on behalf of the signed-in user.`,
      evidence: [configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])],
      fix: 'Exchange the user’s token with the on-behalf-of flow and call the data source with it; then declare `privateData: obo`. See `mcp-golive explain auth.obo`.'
    }))
  }
}

/** Network calls whose target is a parameter that reads like a URL from the caller: outside text reaches the model. */
const callerFetches = (ctx: CheckContext) => productionCalls(ctx).callerSupplied
/** Production reads of text outsiders write: mail, issues and comments, chat, tickets, scraped pages. */
const thirdPartyReads = (ctx: CheckContext) => ctx.repo.source.thirdPartyReads.filter((r) => !r.isTest)
/** "e-mail (Microsoft Graph mail), issues and comments (GitHub issues)": what the reads are, once each. */
const describeReads = (reads: ReturnType<typeof thirdPartyReads>) =>
  [...new Set(reads.map((r) => `${r.source} (${r.api})`))].join(', ')

export const untrustedContent: CheckDefinition = {
  id: 'security.untrusted-content',
  run(ctx) {
    const outcomes: Outcome[] = []
    for (const [i, t] of ctx.config.tools.entries()) {
      const at = configEvidence(ctx, ['tools', i, 'untrustedContent'])
      if (t.untrustedContent === 'in-context') {
        outcomes.push({ status: 'failed', message: `Tool "${t.name}" puts untrusted content in the model’s context.`, evidence: [at], fix: 'Keep outside text out of the model’s context: return identifiers or structured fields the server controls, or sanitise it and have a reviewer attest to it (`untrustedContent: sanitized` plus an attestation).' })
      } else if (t.untrustedContent === 'sanitized') {
        const att = attestationFor(ctx, 'security.untrusted-content', t.name)
        outcomes.push(att
          ? { status: 'attested', message: `Tool "${t.name}" sanitises untrusted content (attested by ${att.by} on ${att.date}).`, evidence: [at], attestation: { by: att.by, date: att.date, note: att.note } }
          : { status: 'not verified', message: `Tool "${t.name}" declares sanitised untrusted content; a machine cannot check sanitisation.`, reason: 'sanitisation needs an attestation by a named reviewer', evidence: [at], fix: `Have a reviewer attest it in golive.yaml:\n\n\`\`\`yaml\nattestations:\n  - check: security.untrusted-content\n    subject: ${t.name}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: how the content is sanitised\n\`\`\`` })
      }
    }
    const declaredNone = ctx.config.tools.every((t) => t.untrustedContent === 'none')
    const fetches = callerFetches(ctx)
    if (fetches.length && declaredNone) {
      outcomes.push({ status: 'failed', message: `The source fetches caller-supplied URLs (${fetches.length} place${fetches.length === 1 ? '' : 's'}), so outside text can reach the model, but every tool declares \`untrustedContent: none\`.`, evidence: fetches.map((c) => c.at), fix: 'Declare the tool that does this with `untrustedContent: in-context` (or `sanitized` with an attestation) — or stop fetching URLs the caller chooses.' })
    }
    const reads = thirdPartyReads(ctx)
    if (reads.length && declaredNone) {
      outcomes.push({
        status: 'failed',
        message: `The source reads text that outsiders write — ${describeReads(reads)} — so it can reach the model, but every tool declares \`untrustedContent: none\`.`,
        evidence: reads.map((r) => r.at),
        fix: 'Declare the tool that returns this text with `untrustedContent: in-context` (or `sanitized` with an attestation) — or return only fields the server controls (ids, dates, senders), not the bodies.'
      })
    }
    if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
      outcomes.unshift({ status: 'passed', message: 'No tool puts untrusted content in the model’s context.', evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent'])) })
    }
    return outcomes
  }
}

// ---------------------------------------------------------------- external communication

/** Hosts that are not the outside world: cluster-internal names, private suffixes, loopback. */
const INTERNAL_HOST = /(^localhost$)|(^127\.)|(^\[?::1\]?$)|(\.svc$)|(\.svc\.cluster\.local$)|(\.cluster\.local$)|(\.internal$)|(\.local$)|(^10\.)|(^192\.168\.)|(^172\.(1[6-9]|2\d|3[01])\.)/
/** Reserved for documentation and tests (RFC 2606, RFC 6761): never a real destination. */
const TEST_HOST = /(^|\.)(example\.(com|org|net)|test|example|invalid|localhost)$/
/** Identity providers: token validation and the OBO exchange talk to them; they are not data egress. */
const IDENTITY_HOST = /^(login\.microsoftonline\.com|login\.windows\.net|sts\.windows\.net|login\.microsoft\.com)$/

export type HostClass = 'allowlisted' | 'internal' | 'test' | 'identity' | 'public'

export function classifyHost(host: string, allowed: string[]): HostClass {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '')
  if (allowed.some((a) => (a.startsWith('*.') ? h.endsWith(a.slice(1)) : h === a.toLowerCase()))) return 'allowlisted'
  if (INTERNAL_HOST.test(h)) return 'internal'
  if (TEST_HOST.test(h)) return 'test'
  if (IDENTITY_HOST.test(h)) return 'identity'
  return 'public'
}

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
  const calls: ProductionCalls = { public: { hosts: [], rows: [], total: 0 }, known: { rows: [], total: 0 }, computed: [], callerSupplied: [] }
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
  run(ctx) {
    const outcomes: Outcome[] = []
    const allowed = ctx.config.egress.allowedHosts
    ctx.config.tools.forEach((t, i) => {
      const at = configEvidence(ctx, ['tools', i, 'externalCommunication'])
      if (t.externalCommunication === 'open') outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares open external communication.`, evidence: [at], fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).' })
      else if (t.externalCommunication === 'allowlisted' && !allowed.length) outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`, evidence: [at], fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```' })
    })
    const pub = productionCalls(ctx).public
    if (pub.total) {
      outcomes.push({
        status: 'failed',
        message: `The source calls public hosts that are not allowlisted: ${pub.hosts.join(', ')}.`,
        evidence: pub.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })),
        omittedEvidence: pub.total - pub.rows.length,
        fix: 'Remove these calls, route them through an internal service, or — if the communication is intended and approved — declare the tool `externalCommunication: allowlisted` and list the hosts:\n\n```yaml\negress:\n  allowedHosts:\n' + pub.hosts.map((h) => `    - ${h}`).join('\n') + '\n```'
      })
    }
    for (const c of productionCalls(ctx).computed) {
      const subject = `${c.at.file}:${c.at.line}`
      const att = attestationFor(ctx, 'security.external-communication', subject)
      if (att && att.subject) {
        outcomes.push({ status: 'attested', message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`, evidence: [c.at], attestation: { by: att.by, date: att.date, note: att.note } })
      } else {
        outcomes.push({ status: 'warning', message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`).`, evidence: [c.at], fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\`` })
      }
    }
    const egress = ctx.repo.egress
    if (egress.openToWorld.length) {
      outcomes.push({ status: 'failed', message: 'A network policy allows egress to the whole world.', evidence: egress.openToWorld, fix: 'Allow egress only to the namespaces and services the server needs:\n\n```yaml\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: tickets\n    ports:\n      - port: 8080\n```' })
    }
    const fqdns = egress.fqdns.filter((f) => classifyHost(f.host.replace(/^\*\./, 'x.'), allowed) === 'public')
    if (fqdns.length) outcomes.push({ status: 'failed', message: `A Cilium policy allows egress to external hosts that are not allowlisted: ${fqdns.map((f) => f.host).join(', ')}.`, evidence: fqdns.map((f) => f.at), fix: 'Remove the toFQDNs rule, or list the hosts under `egress.allowedHosts` if the communication is approved.' })
    const hasWorkloads = deployedObjects(ctx).some((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob'].includes(o.kind))
    if (hasWorkloads && !egress.policies.length) {
      outcomes.push({ status: 'warning', message: 'No NetworkPolicy or CiliumNetworkPolicy restricts egress, so nothing but the code stops the server talking to the world.', fix: '```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ' + ctx.config.server.name + '-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n          protocol: UDP\n```' })
    }
    if (!outcomes.some((o) => o.status === 'failed')) {
      const internal = productionCalls(ctx).known
      const n = internal.total
      outcomes.unshift({ status: 'passed', message: `No tool communicates externally${n ? `; ${n} call${n === 1 ? '' : 's'} in source go to internal, allowlisted or identity-provider hosts` : ''}${egress.policies.length ? '; egress is restricted by network policy' : ''}.`, evidence: [...internal.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })), ...egress.policies], omittedEvidence: n - internal.rows.length })
    }
    return outcomes
  }
}

export const contentTypes: CheckDefinition = {
  id: 'security.content-types',
  run(ctx) {
    const uses = ctx.repo.source.contentTypes
    const prod = uses.filter((u) => !u.isTest)
    const test = uses.filter((u) => u.isTest)
    const outcomes: Outcome[] = prod.map((u) => ({
      status: 'failed' as const,
      message: `Prohibited ${u.kind.replace('_', ' ')} content is produced at ${where(u.at)}.`,
      evidence: [u.at],
      fix: 'Return text content only: describe the image or audio in text, or return an identifier the client resolves through its own, authorised channel. Resource links are not allowed either.'
    }))
    if (test.length) outcomes.push({ status: 'warning', nonProduction: true, message: `${test.length} use${test.length === 1 ? '' : 's'} of prohibited content types in test code (reported, not blocking).`, evidence: test.map((u) => u.at) })
    if (!prod.length) outcomes.unshift({ status: 'passed', message: `No image, audio or resource-link content in production source (${ctx.repo.scan.sourceFiles} source files read).` })
    return outcomes
  }
}

/** One leg of the trifecta: present or not, and why. */
export interface Leg {
  present: boolean
  evidence: Evidence[]
  why: string[]
}

export interface TrifectaLegs {
  privateData: Leg
  untrustedContent: Leg
  externalCommunication: Leg
}

/** The union over all tools of the three capabilities: declared values, raised by evidence (never lowered). */
export function trifectaLegs(ctx: CheckContext): TrifectaLegs {
  const tools = ctx.config.tools
  const idx = (t: ToolDeclaration) => tools.indexOf(t)
  const legs: TrifectaLegs = { privateData: { present: false, evidence: [], why: [] }, untrustedContent: { present: false, evidence: [], why: [] }, externalCommunication: { present: false, evidence: [], why: [] } }
  const raise = (leg: Leg, why: string, evidence: Evidence[]) => {
    leg.present = true
    leg.why.push(why)
    leg.evidence.push(...evidence)
  }
  for (const t of tools) {
    if (t.privateData !== 'none') raise(legs.privateData, `${t.name} declares privateData: ${t.privateData}`, [configEvidence(ctx, ['tools', idx(t), 'privateData'])])
    if (t.untrustedContent === 'in-context' || (t.untrustedContent === 'sanitized' && !attestationFor(ctx, 'security.untrusted-content', t.name))) raise(legs.untrustedContent, `${t.name} declares untrustedContent: ${t.untrustedContent}`, [configEvidence(ctx, ['tools', idx(t), 'untrustedContent'])])
    if (t.externalCommunication !== 'none') raise(legs.externalCommunication, `${t.name} declares externalCommunication: ${t.externalCommunication}`, [configEvidence(ctx, ['tools', idx(t), 'externalCommunication'])])
  }
  const fetches = callerFetches(ctx)
  if (fetches.length) raise(legs.untrustedContent, 'the source fetches caller-supplied URLs', fetches.slice(0, 3).map((c) => c.at))
  const reads = thirdPartyReads(ctx)
  if (reads.length) raise(legs.untrustedContent, `the source reads ${describeReads(reads)}`, reads.slice(0, 3).map((r) => r.at))
  const pub = productionCalls(ctx).public
  if (pub.total) raise(legs.externalCommunication, `the source calls ${pub.hosts.join(', ')}`, pub.rows.slice(0, 3).map((c) => c.at))
  if (ctx.repo.egress.openToWorld.length) raise(legs.externalCommunication, 'a network policy allows egress to the world', ctx.repo.egress.openToWorld.slice(0, 2))
  return legs
}

export const trifecta: CheckDefinition = {
  id: 'security.trifecta',
  run(ctx) {
    const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx)
    const legs = [['private data', priv], ['untrusted content', untrusted], ['external communication', external]] as const
    if (legs.every(([, l]) => l.present)) {
      return [{
        status: 'failed',
        message: `STOP — the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
        evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(priv.evidence.slice(1), untrusted.evidence.slice(1), external.evidence.slice(1)),
        fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.'
      }]
    }
    const present = legs.filter(([, l]) => l.present).map(([n]) => n)
    return [{ status: 'passed', message: present.length ? `Not all three legs: only ${present.join(' and ')} across the tools.` : 'None of the three legs is present across the tools.', evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6) }]
  }
}

export const SECURITY_CHECKS: CheckDefinition[] = [toolsDeclared, trifecta, privateData, untrustedContent, externalCommunication, contentTypes]
