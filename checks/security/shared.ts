// Helpers shared by the security checks (and, where imported, by other areas' checks).
import type { ToolDeclaration } from '../../src/config/schema.js'
import {
  attestationFor,
  capabilityMatrix,
  type CheckContext,
  classifyHost,
  configEvidence,
  factCounts,
  type Outcome
} from '../../src/check.js'
import { attested, counted, firstNames } from '../shared.js'
import type { ToolCapabilities } from '../../src/evidence/derived/capability-matrix.js'
import type { FileEvidence } from '../../src/findings.js'
import type { Leg as LegName } from '../../src/evidence/derived/catalogue.js'
import type { CapabilityFact, ServerFact, ToolReach, UnknownTarget } from '../../src/evidence/derived/capabilities.js'

export const TOOL_INDEXES = new WeakMap<readonly ToolDeclaration[], Map<string, number>>()

/** Where a declared tool is in golive.yaml's list (the first of that name), from a map made once per list. */
export function toolIndex(ctx: CheckContext, name: string): number {
  let index = TOOL_INDEXES.get(ctx.config.tools)
  if (!index) {
    index = new Map()
    for (const [i, t] of ctx.config.tools.entries()) if (!index.has(t.name)) index.set(t.name, i)
    TOOL_INDEXES.set(ctx.config.tools, index)
  }
  return index.get(name) ?? -1
}

// ---------------------------------------------------------------- per-tool capabilities

export const MATRICES = new WeakMap<object, ToolCapabilities[]>()

/** The tool × leg matrix of this run (declared, raised by evidence), made once. */
export function toolMatrix(ctx: CheckContext): ToolCapabilities[] {
  let m = MATRICES.get(ctx.repo.capabilities)
  if (!m) {
    m = capabilityMatrix(
      ctx.config,
      ctx.repo.capabilities,
      (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool)
    )
    MATRICES.set(ctx.repo.capabilities, m)
  }
  return m
}

export const LEG_WORDS: Record<LegName, string> = {
  privateData: 'private data',
  untrustedContent: 'untrusted content',
  externalCommunication: 'external communication'
}

export const factEvidence = (f: CapabilityFact) => ({ ...f.at, note: f.via })

/** The declaration evidence asks for: the least that is true of what was found. */
export function declarationFor(leg: LegName, facts: CapabilityFact[], ctx: CheckContext): string {
  if (leg === 'privateData')
    return ctx.repo.auth.obo.some((h) => !h.isTest)
      ? 'obo'
      : 'obo   # or app-only / api-key: how the tool is authorised'
  if (leg === 'untrustedContent') return 'in-context   # or sanitized, with an attestation'
  return facts.some((f) => f.source !== 'host' && f.source !== 'llm') ? 'open' : 'allowlisted'
}

/**
 * Tools whose evidence holds a leg the declaration denies, one failure per tool, then what is not
 * tied to a tool: a failure when none of the tools that may hold it declares the leg.
 */
export function evidenceOutcomes(ctx: CheckContext, leg: LegName): Outcome[] {
  const outcomes: Outcome[] = []
  const declared = new Map(ctx.config.tools.map((t) => [t.name, t]))
  for (const row of toolMatrix(ctx)) {
    const cell = row[leg]
    if (!cell.evidence.length) continue
    const decl = declared.get(row.tool)
    const denies = !decl || cell.declared === 'none'
    const needsOpen =
      leg === 'externalCommunication' &&
      cell.declared === 'allowlisted' &&
      cell.evidence.some((f) => f.source === 'caller-url' || f.source === 'send')
    const unlisted =
      leg === 'externalCommunication' && cell.declared === 'allowlisted'
        ? cell.evidence.filter(
            (f) => f.source === 'host' && f.host && classifyHost(f.host, ctx.config.egress.allowedHosts) === 'public'
          )
        : []
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
        ? '```yaml\negress:\n  allowedHosts:\n' +
          [...new Set(unlisted.map((f) => f.host))].map((h) => `    - ${h}`).join('\n') +
          '\n```'
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

// ---------------------------------------------------------------- code the gate could not read

/** Each tool's reach by name, made once per run (four checks ask for every declared tool). */
const REACHES = new WeakMap<object, Map<string, ToolReach>>()

/** Said of a tool whose handler calls a function imported from a module that is not in the checkout. */
export const MISSING_CODE = 'it calls code the checkout does not hold'

/** Said of a tool whose handler calls code of the checkout the gate could not follow to a definition. */
export const UNFOLLOWED_CODE = 'it calls code of the checkout the gate could not follow'

/** Said of a tool whose code goes on past the most functions the gate follows from one tool. */
export const UNWALKED_CODE = 'it calls more code than the gate follows for one tool'

/** Said of a tool that starts a program: what the program reads or sends is not in the code the gate reads. */
export const RUNS_PROGRAM = 'it runs a program whose reach the gate cannot read'

/** Said of a tool that calls a service's SDK the catalogue does not list: what it reads or sends is the service's. */
export const CALLS_UNKNOWN_SDK = "it calls a service's SDK whose reach the gate does not know"

/** Said of a tool that reads the organisation's own service: whether others wrote the text it returns is open. */
export const CONFIGURED_READ = "it reads the organisation's own service, whose text others may write"

/** Said of a tool whose HTTP calls go where the gate cannot tell: what they fetch may be private or outsiders' text. */
export const UNRESOLVED_TARGET = 'it calls a URL the gate cannot resolve'

/** Said of a tool that sends a request body to a URL the gate cannot resolve: where its data goes is not known. */
export const UNRESOLVED_SEND = 'it sends to a URL the gate cannot resolve'

/** Said of a tool beside a package that sends which no handler was followed to: the tool may be the one using it. */
export const UNTIED_SENDER = 'it may use a package that sends, in code no handler was followed to'

/** Said of a tool that writes to a service: whether others read what it writes (a shared page, a comment) is open. */
export const UNCLEAR_WRITE = 'it writes to a service whose readers the gate cannot tell'

/**
 * Why the gate could not read a declared tool's code (so evidence cannot raise its legs), or undefined. For the
 * read legs, a call whose target the gate cannot tell is unread too: it may fetch either.
 */
export function unreadReason(ctx: CheckContext, tool: string, leg?: LegName): string | undefined {
  if (ctx.repo.scan.sourceFiles === 0) return 'the source is in no language the gate reads'
  const reach = reachOf(ctx, tool)
  if (!reach) return 'no registration found in source'
  if (!reach.handler) return 'no handler found'
  // Evidence of the leg decides it whatever else the code does (a call to a host inside is none).
  if (leg && reach.facts.some((f) => f.leg === leg && factCounts(f, ctx.config.egress.allowedHosts))) return undefined
  if (reach.missing?.length) return MISSING_CODE
  if (reach.unfollowed?.length) return UNFOLLOWED_CODE
  if (reach.truncated?.length) return UNWALKED_CODE
  if (reach.programs?.length) return RUNS_PROGRAM
  if (reach.sdks?.length) return CALLS_UNKNOWN_SDK
  if (leg && leg !== 'externalCommunication' && unresolvedCalls(ctx, tool).length) return UNRESOLVED_TARGET
  if (leg === 'untrustedContent' && configuredReads(reach).length) return CONFIGURED_READ
  // A request with a body to a target the gate cannot tell, in the tool's code or beside it, may carry its data out.
  if (leg === 'externalCommunication' && unresolvedCalls(ctx, tool).some((u) => u.sends)) return UNRESOLVED_SEND
  if (leg === 'externalCommunication' && reach.writes?.length) return UNCLEAR_WRITE
  if (leg === 'externalCommunication' && untiedSenders(ctx, tool).length) return UNTIED_SENDER
  return undefined
}

/** The languages whose source the gate reads, as a message names them. */
export const SOURCE_LANGUAGES = 'TypeScript, JavaScript, Python, C#, Go or Java'
/** Why a check that needs the source read none of it. */
export const NO_SOURCE_REASON = 'no source files in the checkout (or all excluded by paths.exclude / .gitignore)'

/**
 * Why no tool's code could be read at all, or undefined: then a leg neither declared nor seen is not known to be
 * absent (a browser server whose tools live in a dependency passed "no untrusted content" on nothing read). No source
 * the gate reads; an SDK with no registration found; only computed names; registrations none of whose handlers was
 * found.
 */
export function toolsUnread(ctx: CheckContext): string | undefined {
  if (ctx.repo.scan.sourceFiles === 0) return 'the source is in no language the gate reads'
  const found = ctx.repo.source.tools.filter((t) => !t.isTest)
  // A framework's one registration of whatever list it is handed (`server.registerTool(await name, …)`) reads no tool.
  if (found.length && found.every((t) => t.computed)) return 'the only tool registrations found have computed names'
  if (ctx.repo.capabilities.tools.some((t) => t.handler)) return undefined
  if (found.length) return 'no tool’s handler was found in source'
  return ctx.repo.source.mcpFiles?.length
    ? 'no tool registration was found in source'
    : 'no MCP SDK or registration idiom the gate reads was found'
}

/** The outcome of a leg check that found nothing, when no tool is declared and none's code could be read. */
export function nothingReadOutcome(ctx: CheckContext, leg: LegName, check: string): Outcome | undefined {
  // Declared tools are held against their own code (unreadOutcomes); this is for a golive.yaml that declares none.
  const why = ctx.config.tools.length ? undefined : toolsUnread(ctx)
  if (!why) return undefined
  return {
    status: 'not verified',
    message: `No tool’s code could be read (${why}), so whether any tool reaches ${LEG_WORDS[leg]} is not known.`,
    reason: why,
    fix: `Let the gate read the tools (a registration and handler in a language it reads, or the inventory: \`mcp-golive explain security.tools-declared\`), declare each tool’s legs in golive.yaml, or have a reviewer attest it:\n\n\`\`\`yaml\nattestations:\n  - check: ${check}\n    subject: server\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: what the tools reach\n\`\`\``
  }
}

/** Reads of the host the server's configuration names (an issue tracker, a wiki, a ticket queue of its own). */
const configuredReads = (reach: ToolReach | undefined): FileEvidence[] =>
  (reach?.facts ?? []).filter((f) => f.source === 'configured-host').map((f) => f.at)

/** Packages that can send (mail, chat, a service's posts) used where no handler led, that the tool may be using. */
function untiedSenders(ctx: CheckContext, tool: string): ServerFact[] {
  return (
    byCandidate(SENDERS, ctx.repo.capabilities, ctx.repo.capabilities.server, (f) => f.source === 'send').get(tool) ??
    []
  )
}

/** Per capabilities, per tool: the server's facts and calls that name it a candidate (made once; asked per tool). */
const SENDERS = new WeakMap<object, Map<string, ServerFact[]>>()
const UNRESOLVED = new WeakMap<object, Map<string, (UnknownTarget & { candidates: string[] })[]>>()
function byCandidate<T extends { candidates: string[] }>(
  cache: WeakMap<object, Map<string, T[]>>,
  key: object,
  items: readonly T[],
  keep: (item: T) => boolean = () => true
): Map<string, T[]> {
  let index = cache.get(key)
  if (!index) {
    cache.set(key, (index = new Map()))
    for (const item of items) {
      if (!keep(item)) continue
      for (const tool of new Set(item.candidates)) {
        const list = index.get(tool)
        if (list) list.push(item)
        else index.set(tool, [item])
      }
    }
  }
  return index
}

function reachOf(ctx: CheckContext, tool: string): ToolReach | undefined {
  let reaches = REACHES.get(ctx.repo.capabilities)
  if (!reaches)
    REACHES.set(ctx.repo.capabilities, (reaches = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))))
  return reaches.get(tool)
}

/** Calls with a target the gate cannot tell that the tool makes, or that sit beside it where no handler led. */
function unresolvedCalls(ctx: CheckContext, tool: string): UnknownTarget[] {
  return [
    ...(reachOf(ctx, tool)?.unknownTargets ?? []),
    ...(byCandidate(UNRESOLVED, ctx.repo.capabilities, ctx.repo.capabilities.unresolved).get(tool) ?? [])
  ]
}

/** Per reason: how the fix starts, and where in the code a tool shows it (the first place is quoted). */
const UNREAD: Record<string, { fix: string; where: (ctx: CheckContext, tool: string) => FileEvidence[] }> = {
  [UNRESOLVED_TARGET]: {
    fix: 'Build the URL from a constant or a configuration key the gate can read',
    where: (ctx, tool) => unresolvedCalls(ctx, tool).map((u) => u.at)
  },
  [UNRESOLVED_SEND]: {
    fix: 'Build the URL from a constant or a configuration key the gate can read',
    where: (ctx, tool) => unresolvedCalls(ctx, tool).flatMap((u) => (u.sends ? [u.at] : []))
  },
  [CONFIGURED_READ]: {
    fix: 'Declare `untrustedContent` if people other than the user write what the tool reads (issues, comments, messages, tickets)',
    where: (ctx, tool) => configuredReads(reachOf(ctx, tool))
  },
  [UNCLEAR_WRITE]: {
    fix: 'Declare `externalCommunication` if others read what the tool writes',
    where: (ctx, tool) => reachOf(ctx, tool)?.writes ?? []
  },
  [UNTIED_SENDER]: {
    fix: 'Declare `externalCommunication` on the tools that use the package',
    where: (ctx, tool) => untiedSenders(ctx, tool).map((f) => f.at)
  },
  [RUNS_PROGRAM]: {
    fix: 'Declare the legs the program gives the tool (a CLI of a hosting service reads its private repositories and the issues others write there, and can post)',
    where: (ctx, tool) => reachOf(ctx, tool)?.programs ?? []
  },
  [CALLS_UNKNOWN_SDK]: {
    fix: "Add the package to golive.yaml `capabilities` with the legs it gives (a service's API behind a key reads the account's data; what a tool sends through it leaves to the service)",
    where: (ctx, tool) => reachOf(ctx, tool)?.sdks ?? []
  },
  [UNFOLLOWED_CODE]: {
    fix: "Call the module's functions through a static import the gate can follow, or declare the legs the tool holds",
    where: (ctx, tool) => reachOf(ctx, tool)?.unfollowed ?? []
  },
  [UNWALKED_CODE]: {
    fix: 'Have a reviewer read what the tool reaches and attest it, or declare the legs the tool holds',
    where: (ctx, tool) => reachOf(ctx, tool)?.truncated ?? []
  },
  [MISSING_CODE]: {
    fix: 'Commit the module the handler imports (or generate it before the gate runs)',
    where: (ctx, tool) => reachOf(ctx, tool)?.missing ?? []
  }
}

/**
 * Declared tools that deny a leg (`none`) but whose code the gate could not read: one `not verified` per
 * reason, naming the tools, unless a reviewer attests the tool for this check. Fail closed: a `none` the
 * gate cannot hold against code is not a pass.
 */
export function unreadOutcomes(ctx: CheckContext, leg: LegName, check: string): Outcome[] {
  const byReason = new Map<string, string[]>()
  const outcomes: Outcome[] = []
  for (const [i, t] of ctx.config.tools.entries()) {
    if (t[leg] !== 'none') continue
    const why = unreadReason(ctx, t.name, leg)
    if (!why) continue
    const att = attestationFor(ctx, check, t.name)
    if (att) {
      outcomes.push(
        attested(att, `Tool "${t.name}" has no ${LEG_WORDS[leg]}`, [configEvidence(ctx, ['tools', i, leg])])
      )
      continue
    }
    byReason.set(why, [...(byReason.get(why) ?? []), t.name])
  }
  for (const [why, tools] of byReason) {
    const shown = firstNames(tools, 10)
    outcomes.push({
      status: 'not verified',
      message: `${counted(tools.length, 'tool')} declared \`${leg}: none\` could not be checked against code (${why}): ${shown}.`,
      reason: why,
      evidence: tools
        .slice(0, 10)
        .flatMap((name) => [
          configEvidence(ctx, ['tools', toolIndex(ctx, name), leg]),
          ...(UNREAD[why]?.where(ctx, name) ?? []).slice(0, 1)
        ]),
      fix: `${UNREAD[why]?.fix ?? 'Name the handler so the gate can follow it'}, or have a reviewer read the code and attest it:\n\n\`\`\`yaml\nattestations:\n  - check: ${check}\n    subject: ${tools[0]}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: what the tool reaches\n\`\`\``
    })
  }
  return outcomes
}
