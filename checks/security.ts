// Phase 1 — Security: the lethal trifecta. Declarations in golive.yaml are
// checked against what the source and the manifests show; evidence can raise
// a capability, never remove a declared one.
import { attestationFor, capabilityMatrix, type CheckContext, type CheckRun, classifyHost, computedRegistrations, configEvidence, descriptionsOf, factCounts, type Outcome, poisonSigns, servedTools, toolEntries } from '../src/check.js'
import type { ToolDeclaration } from '../src/config/schema.js'
import type { NetworkCall } from '../src/evidence/source/security.js'
import { MAX_EVIDENCE_PER_FINDING, type Evidence, type FileEvidence } from '../src/findings.js'
import type { ToolEntry } from '../src/evidence/derived/tools.js'
import type { ServedTool } from '../src/evidence/inventory.js'
import { deployedObjects } from './infra.js'
import type { HostClass, ToolCapabilities } from '../src/evidence/derived/capability-matrix.js'
import type { CapabilityFact, ServerFact } from '../src/evidence/derived/capabilities.js'
import type { Leg as LegName } from '../src/evidence/derived/catalogue.js'

const where = (e: FileEvidence) => `${e.file}:${e.line}:${e.column}`

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

export const toolsDeclared: CheckRun = {
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

// ---------------------------------------------------------------- per-tool capabilities

const MATRICES = new WeakMap<object, ToolCapabilities[]>()

/** The tool × leg matrix of this run (declared, raised by evidence), made once. */
export function toolMatrix(ctx: CheckContext): ToolCapabilities[] {
  let m = MATRICES.get(ctx.repo.capabilities)
  if (!m) {
    m = capabilityMatrix(ctx.config, ctx.repo.capabilities, (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool))
    MATRICES.set(ctx.repo.capabilities, m)
  }
  return m
}

const LEG_WORDS: Record<LegName, string> = { privateData: 'private data', untrustedContent: 'untrusted content', externalCommunication: 'external communication' }
const factEvidence = (f: CapabilityFact) => ({ ...f.at, note: f.via })

/** The declaration evidence asks for: the least that is true of what was found. */
function declarationFor(leg: LegName, facts: CapabilityFact[], ctx: CheckContext): string {
  if (leg === 'privateData') return ctx.repo.auth.obo.some((h) => !h.isTest) ? 'obo' : 'obo   # or app-only / api-key: how the tool is authorised'
  if (leg === 'untrustedContent') return 'in-context   # or sanitized, with an attestation'
  return facts.some((f) => f.source !== 'host' && f.source !== 'llm') ? 'open' : 'allowlisted'
}

/**
 * Tools whose evidence holds a leg the declaration denies, one failure per tool, then what is not
 * tied to a tool: a failure when none of the tools that may hold it declares the leg.
 */
function evidenceOutcomes(ctx: CheckContext, leg: LegName): Outcome[] {
  const outcomes: Outcome[] = []
  const declared = new Map(ctx.config.tools.map((t) => [t.name, t]))
  for (const row of toolMatrix(ctx)) {
    const cell = row[leg]
    if (!cell.evidence.length) continue
    const decl = declared.get(row.tool)
    const denies = !decl || cell.declared === 'none'
    const needsOpen = leg === 'externalCommunication' && cell.declared === 'allowlisted' && cell.evidence.some((f) => f.source === 'caller-url' || f.source === 'send')
    const unlisted = leg === 'externalCommunication' && cell.declared === 'allowlisted' ? cell.evidence.filter((f) => f.source === 'host' && f.host && classifyHost(f.host, ctx.config.egress.allowedHosts) === 'public') : []
    if (!denies && !needsOpen && !unlisted.length) continue
    const value = declarationFor(leg, cell.evidence, ctx)
    const first = cell.evidence[0]
    const where = `${first.at.file}:${first.at.line}`
    const message = needsOpen
      ? `Tool "${row.tool}" declares \`${leg}: allowlisted\`, but where it connects is chosen at run time: ${first.via} (${where}).`
      : unlisted.length
        ? `Tool "${row.tool}" connects to hosts not in \`egress.allowedHosts\`: ${[...new Set(unlisted.map((f) => f.host))].join(', ')}.`
        : `Tool "${row.tool}" reaches ${LEG_WORDS[leg]} — ${first.via} (${where}) — but ${decl ? `declares \`${leg}: none\`` : 'is not declared'}.`
    outcomes.push({
      status: 'failed',
      message,
      evidence: (unlisted.length ? unlisted : cell.evidence).map(factEvidence),
      fix: unlisted.length
        ? '```yaml\negress:\n  allowedHosts:\n' + [...new Set(unlisted.map((f) => f.host))].map((h) => `    - ${h}`).join('\n') + '\n```'
        : `Declare what the tool does (evidence raises a leg, never lowers it), or remove the code that does it:\n\n\`\`\`yaml\ntools:\n  - name: ${row.tool}\n    ${leg}: ${needsOpen ? 'open' : value}\n\`\`\``
    })
  }
  const byVia = new Map<string, ServerFact[]>()
  for (const f of ctx.repo.capabilities.server) {
    if (f.leg !== leg || !factCounts(f, ctx.config.egress.allowedHosts)) continue
    const list = byVia.get(f.via) ?? []
    list.push(f)
    byVia.set(f.via, list)
  }
  const rows = new Map(toolMatrix(ctx).map((r) => [r.tool, r]))
  for (const [via, facts] of byVia) {
    const candidates = facts[0].candidates
    if (candidates.some((t) => rows.get(t)?.[leg].sources.includes('declared'))) continue
    if (!candidates.length && !ctx.config.tools.length) continue
    outcomes.push({
      status: 'failed',
      message: `The server reaches ${LEG_WORDS[leg]} — ${via} (${facts[0].at.file}:${facts[0].at.line}) — in code no tool's handler was followed to, and none of the tools that may hold it declares it: ${candidates.slice(0, 10).join(', ')}${candidates.length > 10 ? `, and ${candidates.length - 10} more` : ''}.`,
      evidence: facts.map(factEvidence),
      fix: `Declare \`${leg}\` on the tool that uses it (evidence raises a leg, never lowers it), or remove the code:\n\n\`\`\`yaml\ntools:\n  - name: ${candidates[0] ?? 'the_tool'}\n    ${leg}: ${declarationFor(leg, facts, ctx)}\n\`\`\``
    })
  }
  return outcomes
}

export const privateData: CheckRun = {
  id: 'security.private-data',
  run(ctx) {
    const outcomes: Outcome[] = ctx.config.tools
      .filter((t) => t.privateData === 'app-only' || t.privateData === 'api-key')
      .map((t) => ({
        status: 'failed' as const,
        message: `Tool "${t.name}" reaches private data with ${t.privateData === 'app-only' ? 'an app-only identity' : 'an API key'}, not on behalf of the signed-in user.`,
        evidence: [configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])],
        fix: 'Exchange the user’s token with the on-behalf-of flow and call the data source with it; then declare `privateData: obo`. See `mcp-golive explain auth.obo`.'
      }))
    outcomes.push(...evidenceOutcomes(ctx, 'privateData'))
    // `obo` is a claim about the identity the data client is built with: the source must show the exchange.
    const oboWithEvidence = toolMatrix(ctx).filter((r) => r.privateData.declared === 'obo' && r.privateData.evidence.length)
    const obo = ctx.repo.auth.obo.filter((h) => !h.isTest)
    const appCredentials = ctx.repo.auth.appCredentials.filter((h) => !h.isTest)
    if (oboWithEvidence.length && !obo.length) {
      const names = oboWithEvidence.map((r) => r.tool).join(', ')
      outcomes.push(appCredentials.length
        ? { status: 'failed', message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but the source builds its clients with an app identity (${appCredentials[0].what}) and never exchanges the user's token.`, evidence: [...appCredentials.map((h) => h.at), ...oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))], fix: 'Build the data client with the on-behalf-of token (e.g. OnBehalfOfCredential / acquire_token_on_behalf_of), or declare the identity the tool really uses (`app-only` or `api-key`).' }
        : { status: 'not verified', message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but no on-behalf-of exchange was found in the source.`, reason: 'the identity the data client is built with could not be read', evidence: oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0])) })
    }
    if (!outcomes.length) {
      const declaredObo = ctx.config.tools.filter((t) => t.privateData === 'obo')
      outcomes.push({ status: 'passed', message: declaredObo.length ? `Private data only on behalf of the user (${declaredObo.map((t) => t.name).join(', ')}).` : 'No tool declares or is seen reaching private data.', evidence: declaredObo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])) })
    }
    return outcomes
  }
}

export const untrustedContent: CheckRun = {
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
    outcomes.push(...evidenceOutcomes(ctx, 'untrustedContent'))
    if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
      outcomes.unshift({ status: 'passed', message: 'No tool puts untrusted content in the model’s context.', evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent'])) })
    }
    return outcomes
  }
}

// ---------------------------------------------------------------- external communication

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

export const externalCommunication: CheckRun = {
  id: 'security.external-communication',
  run(ctx) {
    const outcomes: Outcome[] = []
    const allowed = ctx.config.egress.allowedHosts
    ctx.config.tools.forEach((t, i) => {
      const at = configEvidence(ctx, ['tools', i, 'externalCommunication'])
      if (t.externalCommunication === 'open') outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares open external communication.`, evidence: [at], fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).' })
      else if (t.externalCommunication === 'allowlisted' && !allowed.length) outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`, evidence: [at], fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```' })
    })
    outcomes.push(...evidenceOutcomes(ctx, 'externalCommunication'))
    // One finding per call-site family (same file, client and computed expression); a URL a tool argument chooses is raised above instead.
    const families = new Map<string, { client: string; expression?: string; at: FileEvidence; count: number }>()
    const callerLines = new Set(toolMatrix(ctx).flatMap((r) => r.externalCommunication.evidence.concat(r.untrustedContent.evidence).filter((f) => f.source === 'caller-url').map((f) => `${f.at.file}:${f.at.line}`)))
    const computed = [...productionCalls(ctx).computed.filter((c) => !c.callerSupplied), ...ctx.repo.capabilities.tools.flatMap((t) => t.unknownTargets)]
    for (const c of computed) {
      if (callerLines.has(`${c.at.file}:${c.at.line}`)) continue
      const key = `${c.at.file}|${c.client}|${c.expression}`
      const family = families.get(key)
      if (family) family.count++
      else families.set(key, { client: c.client, expression: c.expression, at: c.at, count: 1 })
    }
    for (const c of families.values()) {
      const subject = `${c.at.file}:${c.at.line}`
      const att = attestationFor(ctx, 'security.external-communication', subject)
      if (att && att.subject) {
        outcomes.push({ status: 'attested', message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`, evidence: [c.at], attestation: { by: att.by, date: att.date, note: att.note } })
      } else {
        outcomes.push({ status: 'warning', message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`)${c.count > 1 ? `, as at ${c.count - 1} more place${c.count === 2 ? '' : 's'} in the file` : ''}.`, evidence: [c.at], fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\`` })
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

export const contentTypes: CheckRun = {
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

/** The union over all tools of the three capabilities: declared values, raised by evidence (never lowered), and what the server holds apart from any tool. */
export function trifectaLegs(ctx: CheckContext): TrifectaLegs {
  const legs: TrifectaLegs = { privateData: { present: false, evidence: [], why: [] }, untrustedContent: { present: false, evidence: [], why: [] }, externalCommunication: { present: false, evidence: [], why: [] } }
  const raise = (leg: Leg, why: string, evidence: Evidence[]) => {
    leg.present = true
    leg.why.push(why)
    leg.evidence.push(...evidence)
  }
  const declared = new Map(ctx.config.tools.map((t, i) => [t.name, i]))
  for (const row of toolMatrix(ctx)) {
    for (const name of ['privateData', 'untrustedContent', 'externalCommunication'] as const) {
      const cell = row[name]
      if (cell.sources.includes('declared')) raise(legs[name], `${row.tool} declares ${name}: ${cell.declared}`, [configEvidence(ctx, ['tools', declared.get(row.tool)!, name])])
      else if (cell.evidence.length) raise(legs[name], `${row.tool}: ${cell.evidence[0].via}`, cell.evidence.slice(0, 2).map(factEvidence))
    }
  }
  const allowed = ctx.config.egress.allowedHosts
  for (const name of ['privateData', 'untrustedContent', 'externalCommunication'] as const) {
    const facts = ctx.repo.capabilities.server.filter((f) => f.leg === name && factCounts(f, allowed))
    if (facts.length) raise(legs[name], `the server (not tied to a tool): ${[...new Set(facts.map((f) => f.via))].slice(0, 3).join('; ')}`, facts.slice(0, 3).map(factEvidence))
  }
  if (ctx.repo.egress.openToWorld.length) raise(legs.externalCommunication, 'a network policy allows egress to the world', ctx.repo.egress.openToWorld.slice(0, 2))
  return legs
}

export const trifecta: CheckRun = {
  id: 'security.trifecta',
  run(ctx) {
    const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx)
    const legs = [['private data', priv], ['untrusted content', untrusted], ['external communication', external]] as const
    // The report's risk level reads the legs from the finding, not from this check's logic.
    const values = { legs: { privateData: priv.present, untrustedContent: untrusted.present, externalCommunication: external.present } }
    if (legs.every(([, l]) => l.present)) {
      // A single tool holding all three is the worst case: one call can read, be steered and send.
      const whole = toolMatrix(ctx).filter((r) => r.privateData.present && r.untrustedContent.present && r.externalCommunication.present).map((r) => r.tool)
      const single = whole.length ? `${whole.join(', ')} ${whole.length === 1 ? 'holds' : 'each hold'} all three legs by ${whole.length === 1 ? 'itself' : 'themselves'}, and ` : ''
      return [{
        status: 'failed',
        message: `STOP — ${single}the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
        evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(priv.evidence.slice(1), untrusted.evidence.slice(1), external.evidence.slice(1)),
        fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.'
,
        values
      }]
    }
    const present = legs.filter(([, l]) => l.present).map(([n]) => n)
    return [{ status: 'passed', message: present.length ? `Not all three legs: only ${present.join(' and ')} across the tools.` : 'None of the three legs is present across the tools.', evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6), values }]
  }
}

export const SECURITY_CHECKS: CheckRun[] = [toolsDeclared, trifecta, privateData, untrustedContent, externalCommunication, contentTypes]
