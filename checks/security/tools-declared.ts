import {
  type CheckContext,
  type CheckDefinition,
  computedRegistrations,
  configEvidence,
  descriptionsOf,
  type Outcome,
  poisonSigns,
  servedTools,
  toolEntries
} from '../../src/check.js'
import type { Evidence } from '../../src/findings.js'
import type { ToolEntry } from '../../src/evidence/derived/tools.js'
import type { ServedTool } from '../../src/evidence/inventory.js'
import { NO_SOURCE_REASON, SOURCE_LANGUAGES, toolIndex } from './shared.js'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What to add to golive.yaml so the gate asks the server itself which tools it serves. */
const INVENTORY_FIX =
  'Let the gate ask the server which tools it serves: add an `inventory` block to golive.yaml (see the README, "The served inventory"):\n\n```yaml\ninventory:\n  command: [node, dist/index.js]   # or url: http://127.0.0.1:8080/mcp, or file: mcp-tools.json\n```'

const declarationFix = (name: string) =>
  `Declare it in golive.yaml (and decide each capability honestly), or remove it from the server:\n\n\`\`\`yaml\ntools:\n  - name: ${name}\n    privateData: none          # none | obo | app-only | api-key\n    untrustedContent: none     # none | sanitized | in-context\n    externalCommunication: none  # none | allowlisted | open\n\`\`\``

/** Where the served inventory comes from, as evidence: the inventory block of golive.yaml, or the file. */
function inventoryEvidence(ctx: CheckContext, note: string): Evidence {
  const inv = ctx.config.inventory
  if (inv?.file !== undefined) return { file: inv.file, line: 1, column: 1, note }
  return configEvidence(ctx, ['inventory', inv?.command ? 'command' : 'url'], note)
}

export const toolsDeclared: CheckDefinition = {
  id: 'security.tools-declared',
  phase: 'security',
  level: 'blocking',
  title: 'Tools declared',
  reads: ['source'],
  passesWhen: 'every tool registered in source is declared in golive.yaml, and every declared tool is found in source',
  explain: {
    looksFor: 'Every tool the server registers in source, compared with the tools golive.yaml declares.',
    evidence: [
      'TypeScript/JavaScript: `server.tool("x")`, `server.registerTool("x")`, FastMCP `addTool({ name })`, low-level `setRequestHandler(ListToolsRequestSchema)` tool arrays, a base class registering `this.name` for subclasses that set `static toolName = "x"`, a loop over a list other modules filter or map from a literal one, a name the callers of a registering function hand it (`toolName || "x"` included)',
      'Python: `@mcp.tool`, `@mcp.tool()`, `@mcp.tool(name="x")`, `Tool(name="x")`',
      'C#: `[McpServerTool]` methods and `Name = "x"`',
      'Go: `mcp.AddTool(server, &mcp.Tool{Name: "x"})`, mark3labs `mcp.NewTool("x")`, a `&mcp.Tool{Name: "x"}` handed to any call beside its handler, the server\'s own `api.Tool{Name: "x", InputSchema: …}`',
      'Java: `Tool.builder().name("x")`, `new McpSchema.Tool("x", …)`, Spring AI `@Tool`'
    ],
    why: 'Phase 1 judges the union of all tools a session can reach; a tool the declaration leaves out escapes the trifecta review.',
    fix: 'Declare every registered tool with its three capabilities, or remove the registration. A declared tool that is not found is a warning: delete the declaration if the tool is gone.'
  },
  run(ctx) {
    const inventory = ctx.repo.inventory
    const served = servedTools(inventory)
    if (ctx.repo.scan.sourceFiles === 0 && !served) {
      return [
        {
          status: 'not verified',
          message: `No ${SOURCE_LANGUAGES} source was found, so the registered tools could not be read.`,
          reason: NO_SOURCE_REASON,
          fix: INVENTORY_FIX
        }
      ]
    }
    const outcomes: Outcome[] = []
    const entries = toolEntries(ctx.config, ctx.repo)
    const declaredAt = (name: string) => configEvidence(ctx, ['tools', toolIndex(ctx, name), 'name'])
    const regAt = (e: ToolEntry) => (e.registeredAt ? [e.registeredAt] : [])
    if (inventory?.configured && !inventory.ok) {
      const from =
        inventory.source === 'file'
          ? `the inventory file ${ctx.config.inventory?.file ?? ''}`
          : inventory.source === 'url'
            ? 'the server at inventory.url'
            : 'the server inventory.command starts'
      outcomes.push({
        status: 'not verified',
        message: `The served tools could not be read from ${from}, so the source alone decides below.${inventory.stderr ? ` Its standard error: ${inventory.stderr}` : ''}`,
        reason: inventory.reason,
        evidence: [inventoryEvidence(ctx, inventory.refused ? 'not started' : 'not read')],
        fix: inventory.refused
          ? 'Run the gate where it may start the server (on pull_request, or the CLI with --inventory on a checkout you trust), or export tools/list to a file in a trusted job and name it as `inventory.file`.'
          : 'Make the server start with only PATH, HOME and the placeholders under `inventory.env`, answer on standard output with JSON-RPC only (logs go to standard error), and list its tools within `inventory-timeout`.'
      })
    }
    if (served) {
      const live = inventory?.configured && inventory.live
      const what = live ? 'the server serves' : `the inventory file ${ctx.config.inventory?.file ?? ''} records`
      for (const e of entries.filter((e) => e.served && !e.declared)) {
        outcomes.push({
          status: 'failed',
          message: `Tool "${e.name}" is served (${what} it) but not declared in golive.yaml: a session can call it.`,
          evidence: [inventoryEvidence(ctx, `serves tool "${e.name}"`), ...regAt(e)],
          fix: declarationFix(e.name)
        })
      }
      for (const e of entries.filter((e) => e.declared && !e.served)) {
        outcomes.push(
          live
            ? {
                status: 'failed',
                message: `Tool "${e.name}" is declared in golive.yaml but the server does not serve it: the declaration is stale.`,
                evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                fix: 'Remove the declaration if the tool is gone, or check that the server registers it under this exact name when started as `inventory` starts it.'
              }
            : {
                status: 'warning',
                message: `Tool "${e.name}" is declared in golive.yaml but not in the inventory file: the file or the declaration is out of date.`,
                evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                fix: 'Export tools/list again and commit it, or remove the declaration if the tool is gone.'
              }
        )
      }
      outcomes.push(...metadataOutcomes(ctx, served, what))
    } else {
      const mcpFiles = ctx.repo.source.mcpFiles ?? []
      const registered = entries.filter((e) => e.registeredAt)
      const computed = computedRegistrations(ctx.repo)
      if (mcpFiles.length && !registered.length && !computed.length) {
        outcomes.push({
          status: 'not verified',
          message: `An MCP SDK is used (${plural(mcpFiles.length, 'file')}) but no tool registration was found in source: the gate cannot tell which tools the server serves.`,
          reason: 'no registration idiom the gate reads was found',
          evidence: mcpFiles.slice(0, 5).map((f) => ({ file: f, line: 1, column: 1, note: 'uses an MCP SDK' })),
          fix: INVENTORY_FIX
        })
      }
      // No SDK the gate knows and nothing registered: an SDK it cannot read, not a server without tools.
      if (!mcpFiles.length && !registered.length && !computed.length && !entries.some((e) => e.declared)) {
        outcomes.push({
          status: 'not verified',
          message:
            'No tool registration and no MCP SDK the gate reads were found in source: the server may use an SDK or idiom the gate does not know, so which tools it serves is not known.',
          reason: 'no MCP SDK or registration idiom the gate reads was found',
          fix: INVENTORY_FIX
        })
      }
      if (computed.length) {
        outcomes.push({
          status: 'not verified',
          message: `${plural(computed.length, 'tool registration')} in source ${computed.length === 1 ? 'has a name' : 'have names'} the code computes, so the tool names clients see are not known: ${computed
            .slice(0, 10)
            .map((r) => `\`${r.computed!.expression}\` at ${r.at.file}:${r.at.line}`)
            .join(', ')}${computed.length > 10 ? ', …' : ''}.`,
          reason: 'computed tool names',
          evidence: computed.map((r) => ({ ...r.at, note: `name computed as ${r.computed!.expression}` })),
          fix: INVENTORY_FIX
        })
      }
    }
    // Registered in source but neither declared nor served: a session can reach it when the server is started
    // otherwise.
    for (const e of entries.filter((e) => e.registeredAt && !e.declared && !e.served)) {
      outcomes.push({
        status: 'failed',
        message: `Tool "${e.name}" is registered in source but not declared in golive.yaml.`,
        evidence: regAt(e),
        fix: declarationFix(e.name)
      })
    }
    if (!served) {
      for (const e of entries.filter((e) => e.declared && !e.registeredAt)) {
        outcomes.push({
          status: 'not verified',
          message: `Tool "${e.name}" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.`,
          reason: 'declared tool without a registration the gate reads',
          evidence: [declaredAt(e.name)],
          fix: `${INVENTORY_FIX}\n\nOr remove the declaration if the tool is gone (\`mcp-golive explain security.tools-declared\` lists the registration idioms the gate reads).`
        })
      }
    }
    if (!outcomes.length) {
      const names = entries.map((e) => e.name)
      const basis = served
        ? inventory?.configured && inventory.live
          ? 'served by the server (tools/list)'
          : `recorded in the inventory file ${ctx.config.inventory?.file ?? ''}`
        : 'registered in source'
      outcomes.push({
        status: 'passed',
        message: names.length
          ? `All ${plural(names.length, 'tool')} ${basis} ${names.length === 1 ? 'is' : 'are'} declared, and every declared tool is ${served ? 'served' : 'registered'}: ${names.join(', ')}.`
          : `No tool is ${basis}, and golive.yaml declares none.`,
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
    if (
      decl &&
      tool.annotations?.openWorldHint === true &&
      decl.externalCommunication === 'none' &&
      decl.untrustedContent === 'none'
    ) {
      out.push({
        status: 'failed',
        message: `Tool "${tool.name}" is annotated \`openWorldHint: true\` (it reaches the world outside the server) but golive.yaml declares \`externalCommunication: none\` and \`untrustedContent: none\`.`,
        evidence: [at, configEvidence(ctx, ['tools', toolIndex(ctx, tool.name), 'externalCommunication'])],
        fix: 'Declare what the tool really does (`externalCommunication` and `untrustedContent`), or set `openWorldHint: false` if it only touches a closed domain.'
      })
    }
    if (!tool.description?.trim()) missingDescription.push(tool.name)
    for (const d of descriptionsOf(tool)) {
      const signs = poisonSigns(d.text)
      if (signs.length) {
        out.push({
          status: 'failed',
          message: `Tool "${tool.name}" carries instructions to the model in its ${d.where} (tool poisoning): ${signs.map((s) => `${s.why}: "${s.quote}"`).join('; ')}.`,
          evidence: [at],
          fix: 'A description says what the tool does, for the model and the reviewer; it never tells the model what to do beyond that. Remove the instruction (and any hidden characters) from the text the server serves.'
        })
      }
    }
  }
  if (missingDescription.length) {
    out.push({
      status: 'warning',
      message: `${plural(missingDescription.length, 'tool')} ${what === 'the server serves' ? 'served' : 'listed'} without a description: ${missingDescription.join(', ')}. Clients and reviewers rely on it.`,
      evidence: [inventoryEvidence(ctx, 'tools/list')],
      fix: 'Give each tool a description of what it does and what it returns.'
    })
  }
  return out
}
