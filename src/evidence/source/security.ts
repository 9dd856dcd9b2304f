// Phase 1 evidence from source: the tools a server registers, the prohibited
// content types it produces, and the network calls it makes — in TypeScript /
// JavaScript, Python, C#, Go and Java. Patterns run on the lexer's views, so
// words in comments never match, and identifiers are matched where string
// contents are blanked (`bare`), literals where they are kept (`code`).
// Hand-written: no library knows the MCP SDKs' registration idioms.
import type { FileEvidence } from '../../findings.js'
import { isCiPath, type Language } from '../repository.js'
import { isCode, own, type CodeFile, type Detector, type SourceFile } from './scan.js'
import { FactTable } from './fact-table.js'
import { CONTENT_RULES, TOOL_DERIVED_RULES, TOOL_LITERAL_RULES } from './rules/index.js'
import { GO_TOOL_SHAPE } from './rules/go.js'
import { ruleHolds, ruleMatches, type ContentKind, type Rule } from './rules/rule.js'
import {
  closingBracket,
  fieldSettersOf,
  importsOf,
  lastMatchBefore,
  objectNameAt,
  parameterOf,
  pythonSelfAttributeOf,
  stringConstantsOf,
  toolObjectsOf
} from './tool-names.js'

export { GO_STRING_CONSTANT } from './tool-names.js'
import type { CapabilityImport, DeclaredType } from './imports.js'
import { annotatedTools, SDK_TOOL_ANNOTATIONS } from './annotated-tools.js'
import { elementHandlerAt, listOpening, loopTools, type ImportedList, type ListedTool } from './tool-lists.js'

export interface ToolRegistration {
  name: string
  /** How the name was found: a literal, or derived from a function/method name. */
  derived: boolean
  at: FileEvidence
  isTest: boolean
  /** The name is computed and could not be resolved: `name` holds the expression (cut to 120 characters). */
  computed?: { expression: string }
  /** The function or method the registration names, or where the body it is given starts. */
  handler?: { name?: string; at: FileEvidence }
  /**
   * Python: the server object the tool is registered on (`jira` of `@jira.tool`), for namespaces of mounted servers.
   */
  server?: string
  /**
   * For a tool from a list kept apart from its registration (a loop over it), or named where a function that registers
   * it is called: where the registration is.
   */
  site?: FileEvidence
}

/**
 * What a file says about tool names that the file alone cannot settle; the derived step after the
 * pass (tool-resolve.ts) resolves these across files. `ref`: a registration names its tool with an
 * identifier (`object`: a tool object whose `name` is the name) not defined in the file; `from` is
 * the module it is imported from. `param`: a function's parameter is the name a registration inside
 * it uses (a wrapper such as `MustTool(name, …)`). `mount`: a server mounted on another with a
 * namespace (`parent.mount(child, namespace="p")`). `factory`: a tool object made by a factory
 * call (`defineTool({ name: "x" })`) outside any registration, counted only if the repository
 * registers tools by a computed name. `annotation`: a Java or Kotlin method annotated by a `…Tool` annotation the file
 * neither declares nor imports from an SDK, a tool when the repository declares that annotation type (`@interface`).
 */
export type ToolFact =
  | {
      kind: 'ref'
      file: string
      ident: string
      object: boolean
      from?: string
      expression: string
      at: FileEvidence
      isTest: boolean
      server?: string
    }
  | {
      kind: 'param'
      file: string
      fn: string
      index: number
      object: boolean
      /** The parameter is a list of tool definitions (`tools: tools` in a tools/list handler), not one name. */
      list?: boolean
      /** Calls count only on this class (a builder's setter): `setName` is a common method's name too. */
      receiver?: string
      /** The name when a call leaves the parameter out (`toolName || "web_fetch"`). */
      fallback?: string
      expression: string
      at: FileEvidence
      isTest: boolean
    }
  | { kind: 'mount'; file: string; parent: string; child: string; prefix: string }
  | ({
      kind: 'list'
      file: string
      expression: string
      at: FileEvidence
      isTest: boolean
      server?: string
    } & ImportedList)
  | { kind: 'factory'; file: string; name: string; at: FileEvidence; isTest: boolean }
  | { kind: 'annotation'; file: string; annotation: string; tool: ToolRegistration }

export type { ContentKind }

export interface ContentTypeUse {
  kind: ContentKind
  at: FileEvidence
  isTest: boolean
}

export interface NetworkCall {
  client: string
  /** The literal URL or host when the target is written in the code; undefined when computed. */
  target?: string
  /** The host of the target, when known. */
  host?: string
  /** The argument text when it is computed (an identifier or expression). */
  expression?: string
  /** The argument is a parameter that reads like a caller-supplied URL. */
  callerSupplied: boolean
  /** The request carries a body out (POST, PUT or PATCH). */
  sends: boolean
  at: FileEvidence
  isTest: boolean
}

/** What kind of outside author wrote the text a read returns. */
export type ThirdPartySource = 'e-mail' | 'issues and comments' | 'chat messages' | 'tickets' | 'web pages'

/** A read of text that third parties author (mail, issues, chat, tickets, scraped pages): untrusted content. */
export interface ThirdPartyRead {
  source: ThirdPartySource
  /** The API as the code names it, e.g. "Microsoft Graph /me/messages" or "octokit issues.listComments". */
  api: string
  at: FileEvidence
  isTest: boolean
}

export interface SourceSecurityEvidence {
  tools: ToolRegistration[]
  contentTypes: ContentTypeUse[]
  /** Dense in a large repository: kept as a table, rows made when read. */
  networkCalls: FactTable<NetworkCall>
  thirdPartyReads: ThirdPartyRead[]
  /** Source files that use an MCP SDK at all (so "no tools found" can be told from "not an MCP server"). */
  mcpFiles: string[]
  /** Facts about tool names for the derived step after the pass; empty once it has run. */
  toolFacts: ToolFact[]
  /** Imports of packages the capability catalogue knows (filled by imports.ts's detector). */
  imports: CapabilityImport[]
  /** Types C#, Java and Kotlin files declare (filled by imports.ts's detector). */
  declaredTypes: DeclaredType[]
}

const JS: readonly Language[] = ['typescript', 'javascript']

/** Where the tool collectors put what they find: the derived step hands them a scratch one too. */
export type ToolsOut = Pick<SourceSecurityEvidence, 'tools' | 'toolFacts'>

// ---------------------------------------------------------------- tools

/**
 * True when an offset lies inside a string literal (blank in `bare`, text in `code`): a match there is prose, not code.
 */
function inString(file: CodeFile, offset: number): boolean {
  return file.bare[offset] !== file.code[offset]
}

/** Registrations whose first argument is the tool name as a string literal (rules/<language>.ts). */
export { TOOL_LITERAL_RULES }

/** Registrations whose name is the decorated function or method's name (rules/<language>.ts). */
// They are written so that no text makes them backtrack more than linearly: what sits between brackets is
// at most 4,000 characters; an attribute's or annotation's name and each word of the return type
// are matched whole (`(?=(…+))\1` is a group the engine cannot give characters back from, as
// JavaScript has no atomic groups); the return type is at most six words of at most 400 characters
// (a word may hold brackets, so `[McpServerTool]pub…` repeated was one word to the end of the file). The earlier forms
// let a
// run of spaces be split between the type and the gap after it in every way, polynomial in a long
// run of spaces after `[McpServerTool]`.
export { TOOL_DERIVED_RULES }

/**
 * Files that use an MCP SDK: where `.tool("x")` is a registration. Besides the SDKs by name, the protocol's own
 * result types (`CallToolResult`, `ListToolsResult`), which every SDK names, mark one on an SDK the gate does not list.
 */
const MCP_MARKERS: Rule = {
  needles: [
    '.tool',
    'modelcontextprotocol',
    'fastmcp',
    'FastMCP',
    'mcp.server',
    'from mcp',
    'import mcp',
    'ModelContextProtocol',
    'McpServer',
    'mark3labs/mcp-go',
    'go-sdk/mcp',
    'McpSchema',
    'springframework.ai.mcp',
    'McpToolTrigger',
    'mcpToolTrigger',
    'setRequestHandler',
    'mcp-adapter',
    'mcp-handler',
    'CallToolResult',
    'ListToolsResult'
  ],
  view: 'text',
  re: /@\w+(?:\.\w+)*\.tool\b|org\.springframework\.ai\.tool|modelcontextprotocol|@modelcontextprotocol\/sdk|fastmcp|FastMCP|mcp\.server|from mcp\b|import mcp\b|ModelContextProtocol|McpServerTool|mark3labs\/mcp-go|go-sdk\/mcp|io\.modelcontextprotocol|McpSchema|McpServer|springframework\.ai\.mcp|McpToolTrigger|mcpToolTrigger|@vercel\/mcp-adapter|['"]mcp-handler['"]|setRequestHandler\s*\(\s*(?:ListToolsRequestSchema|['"`]tools\/list)|\b(?:CallToolResult|ListToolsResult)\b/
}

/** A tool named by a literal at `offset`; in a Go list of {tool, handler} structs or a Python `Tool(name=…,
 * handler=…)`, with the element's handler. */
function pushLiteralTool(file: CodeFile, out: SourceSecurityEvidence, name: string, offset: number): void {
  const handler = file.language === 'go' || file.language === 'python' ? elementHandlerAt(file, offset) : undefined
  out.tools.push({
    name,
    derived: false,
    at: file.at(offset, `registers tool "${name}"`),
    isTest: file.isTest,
    ...(handler
      ? {
          handler: { ...(handler.name ? { name: own(handler.name) } : {}), at: file.at(handler.at, 'handles the tool') }
        }
      : {})
  })
}

function collectTools(file: CodeFile, out: SourceSecurityEvidence): void {
  for (const rule of TOOL_LITERAL_RULES) {
    if (!rule.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, rule)) {
      if (inString(file, m.index)) continue
      // A template literal with interpolations is an expression: read by collectJoinedTsNames.
      if (m[1] === '`' && m[2].includes('${')) continue
      const name = own(m[2])
      pushLiteralTool(file, out, name, m.index + m[0].lastIndexOf(name))
    }
  }
  for (const rule of TOOL_DERIVED_RULES) {
    if (!rule.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, rule)) {
      const method = m.groups!.name
      const offset = m.index + m[0].lastIndexOf(method)
      const name = own(file.language === 'csharp' ? csharpToolName(method) : method)
      const at = file.at(offset, `registers tool "${name}"`)
      out.tools.push({ name, derived: true, at, isTest: file.isTest, handler: { name: own(method), at } })
    }
  }
  collectAzureTriggerTools(file, out)
  collectIdentifierNamedTools(file, out)
  if (file.language === 'java' || file.language === 'kotlin') collectAnnotatedTools(file, out)
  if (JS.includes(file.language)) {
    collectListedTsTools(file, out)
    collectJoinedTsNames(file, out)
  }
  if (file.language === 'python') {
    collectPythonDecoratedTools(file, out)
    collectPythonFunctionTools(file, out)
    collectPythonMounts(file, out)
  }
}

/**
 * Python functions registered by reference: `mcp.add_tool(fn)`, `mcp.add_tool(fn, name="x")`, `mcp.tool()(fn)`,
 * `mcp.tool(name="x")(fn)`; in a loop or a comprehension over a list of functions, each of them. The tool's name is
 * the `name=` literal, else the function's own name; the function is its handler.
 */
const PY_FUNCTION_TOOL: Rule = { needles: ['add_tool', '.tool'], re: /\.(add_tool|tool)[ \t]*\(/g }

/**
 * A decorator the file defines whose body registers its argument as a tool (`def tool(annotations=None): def
 * deco(fn): return mcp.tool(annotations=annotations)(fn)`, or `def tool(fn): mcp.add_tool(fn); return fn`): by its
 * module-level name, the server it registers on, and whether it passes a `name=` on.
 */
interface PythonWrapper {
  server: string
  passesName: boolean
}
const PY_MODULE_DEF = /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm
const PY_WRAPPERS = new WeakMap<CodeFile, Map<string, PythonWrapper>>()

function pythonWrappers(file: CodeFile): Map<string, PythonWrapper> {
  let wrappers = PY_WRAPPERS.get(file)
  if (wrappers) return wrappers
  wrappers = new Map()
  PY_WRAPPERS.set(file, wrappers)
  for (const site of pythonRegistrationSites(file)) {
    if (!site.parameter) continue
    const def = moduleDefAround(file, site.at)
    if (!def || wrappers.has(def)) continue
    wrappers.set(def, { server: site.server, passesName: /\bname\s*=/.test(site.args) })
  }
  return wrappers
}

/** The module-level function whose body holds `offset`: its header at column 0, no line at column 0 since. */
function moduleDefAround(file: CodeFile, offset: number): string | undefined {
  const found = lastMatchBefore(file.bare, offset, PY_MODULE_DEF, MAX_WRAPPER_BODY)
  if (!found) return undefined
  const after = file.bare.slice(found.from + found.match.index + found.match[0].length, offset)
  return /\n[^\s#)\]}]/.test(after) ? undefined : found.match[1]
}
/** How far back a decorator's own definition is looked for from the registration in its body. */
const MAX_WRAPPER_BODY = 20_000

interface RegistrationSite {
  /** The registered function as written, where it is, and the registration's arguments (with a second call's). */
  fn: string
  at: number
  args: string
  /** The receiver (`mcp` of `mcp.tool`). */
  server: string
  /** It is a parameter of the function around it. */
  parameter: boolean
}

/** `mcp.add_tool(fn, …)`, `mcp.tool(…)(fn)`: each registration of a function by reference, read once per file. */
const PY_SITES = new WeakMap<CodeFile, RegistrationSite[]>()
function pythonRegistrationSites(file: CodeFile): RegistrationSite[] {
  let sites = PY_SITES.get(file)
  if (sites) return sites
  sites = []
  PY_SITES.set(file, sites)
  const bare = file.bare
  for (const m of ruleMatches(file, PY_FUNCTION_TOOL)) {
    const open = m.index + m[0].length - 1
    const close = closingBracket(bare, open, 5000)
    if (close === -1) continue
    let args = file.code.slice(open + 1, close)
    let argsAt = open + 1
    const next = m[1] === 'tool' ? /^[ \t]*\(/.exec(bare.slice(close + 1, close + 20)) : null
    // A decorator (`@mcp.tool(…)`) registers what it decorates, elsewhere.
    if (m[1] === 'tool' && !next && /@[ \t]*[\w.]*$/.test(bare.slice(Math.max(0, m.index - 200), m.index))) continue
    // Else `mcp.tool(fn, name="x")` (FastMCP 2) gives the function first, as `add_tool` does.
    if (next) {
      // `mcp.tool(…)(fn)`: the function is the second call's argument.
      const second = close + 1 + next[0].length - 1
      const end = closingBracket(bare, second, 5000)
      if (end === -1) continue
      const named = /\bname\s*=\s*(['"])([^'"\n]+)\1/.exec(args)
      const passed = /\bname\s*=/.test(args) && !named ? ', name=…' : ''
      args = `${file.code.slice(second + 1, end)}${named ? `, ${named[0]}` : passed}`
      argsAt = second + 1
    }
    const fn = /^\s*(?:fn\s*=\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?:[,)]|$)/.exec(args)
    if (!fn) continue
    const at = argsAt + fn[0].indexOf(fn[1])
    const server = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)$/.exec(bare.slice(Math.max(0, m.index - 200), m.index))?.[1] ?? ''
    const parameter = !fn[1].includes('.') && parameterOf(file, at, fn[1]) !== undefined
    sites.push({ fn: fn[1], at, args, server, parameter })
  }
  return sites
}

function collectPythonFunctionTools(file: CodeFile, out: SourceSecurityEvidence): void {
  // A decorator of the file's own that registers its argument: the functions it decorates are the tools.
  const used = new Set<string>()
  for (const [name] of pythonWrappers(file)) if (new RegExp(`^[ \\t]*@${name}\\b`, 'm').test(file.bare)) used.add(name)
  for (const site of pythonRegistrationSites(file)) {
    const { fn, at, args } = site
    if (site.parameter && used.size) {
      const def = moduleDefAround(file, at)
      if (def && used.has(def)) continue
    }
    const last = fn.split('.').pop()!
    const named = /\bname\s*=\s*(['"])([^'"\n]+)\1/.exec(args)?.[2]
    const looped = fn.includes('.') ? undefined : loopTools(file, at, fn, false)
    if (looped && 'tools' in looped) {
      for (const n of looped.tools) out.tools.push(listedRegistration(file, n, file.isTest, `from the list ${n.list}`))
      continue
    }
    if (looped) {
      out.toolFacts.push({
        kind: 'list',
        file: file.path,
        ...looped.imported,
        expression: expressionText(fn),
        at: file.at(at, `registers the functions of the list ${looped.imported.name}`),
        isTest: file.isTest
      })
      continue
    }
    // A parameter of the function around it (a wrapper of its own): the name cannot be known here.
    if (site.parameter && named === undefined) {
      out.tools.push({
        name: expressionText(fn),
        derived: false,
        at: file.at(at, `registers a tool whose name is computed: ${fn}`),
        isTest: file.isTest,
        computed: { expression: expressionText(fn) }
      })
      continue
    }
    const name = named ?? last
    out.tools.push({
      name: own(name),
      derived: named === undefined,
      at: file.at(at + fn.length - last.length, `registers tool "${name}"`),
      isTest: file.isTest,
      handler: { name: own(last), at: file.at(at + fn.length - last.length, 'handles the tool') }
    })
  }
}

/**
 * Java and Kotlin methods annotated by an annotation named `Tool` or `…Tool` (annotated-tools.ts) that the rules of
 * rules/java.ts do not find: the SDKs' `@Tool` and `@McpTool` with nested arguments, and other `…Tool` annotations
 * when the file declares the type or imports it from an MCP library; else a fact, as the type may be declared in
 * another file of the repository.
 */
const JVM_TOOL_ANNOTATION: Rule = { needles: ['Tool'], re: /@[\w.]{0,300}Tool\b/, view: 'bare' }
/** The packages of MCP libraries whose annotations name tools. */
const MCP_ANNOTATION_PACKAGES =
  /^(?:io\.modelcontextprotocol|org\.springframework\.ai|org\.springaicommunity\.mcp|io\.quarkiverse\.mcp)\./

function collectAnnotatedTools(file: CodeFile, out: SourceSecurityEvidence): void {
  if (!ruleHolds(file, JVM_TOOL_ANNOTATION)) return
  let declared: Set<string> | undefined
  for (const t of annotatedTools(file)) {
    if (t.knownShape) continue
    const handler = { name: own(t.method), at: file.at(t.methodAt, 'handles the tool') }
    if (t.ident !== undefined) {
      nameByIdentifier(file, out, t.ident, t.nameAt!, false)
      continue
    }
    const name = t.literal ?? t.method
    const offset = t.literal !== undefined ? t.nameAt! : t.methodAt
    const tool: ToolRegistration = {
      name: own(name),
      derived: t.literal === undefined,
      at: file.at(offset, `registers tool "${name}" (@${t.annotation})`),
      isTest: file.isTest,
      handler
    }
    declared ??= new Set([...file.bare.matchAll(/@interface\s+([A-Za-z_]\w*)/g)].map((m) => m[1]))
    const imported = new RegExp(`\\bimport\\s+([\\w.]+)\\.${t.annotation}\\b`).exec(file.code)?.[1]
    if (
      SDK_TOOL_ANNOTATIONS.has(t.annotation) ||
      declared.has(t.annotation) ||
      MCP_ANNOTATION_PACKAGES.test(`${imported}.`)
    )
      out.tools.push(tool)
    else out.toolFacts.push({ kind: 'annotation', file: file.path, annotation: own(t.annotation), tool })
  }
}

/** A registration whose name is settled: pushed with its place. */
function pushTool(file: CodeFile, out: ToolsOut, name: string, offset: number, how?: string, server?: string): void {
  const own_ = own(name)
  out.tools.push({
    name: own_,
    derived: false,
    at: file.at(offset, `registers tool "${name}"${how ? ` (${how})` : ''}`),
    isTest: file.isTest,
    ...(server ? { server: own(server) } : {})
  })
}

/** The expression as a computed registration shows it: one line, at most 120 characters. */
export const expressionText = (s: string) => own(s.trim().replace(/\s+/g, ' ').slice(0, 120))

/**
 * The name the C# SDK gives a tool from its method (AIFunctionMcpServerTool): an `Async` suffix
 * dropped, other characters than ASCII letters and digits made `_`, then snake_case in lower case
 * (JsonNamingPolicy.SnakeCaseLower): `GetAlertsAsync` → `get_alerts`, `GetHTTPStatus` → `get_http_status`.
 */
export function csharpToolName(method: string): string {
  const base = method.length > 5 && method.endsWith('Async') ? method.slice(0, -5) : method
  // Runs of other characters become one `_`, so one is all there is to trim at each end (`_+` there was quadratic on a
  // run).
  const cleaned = base.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || method
  return (
    cleaned
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      // Between capitals and a capitalised word (HTTPStatus → HTTP_Status); `([A-Z]+)([A-Z][a-z])` did the same, in
      // quadratic time on a long run of capitals.
      .replace(/(?<=[A-Z])(?=[A-Z][a-z])/g, '_')
      .toLowerCase()
  )
}

/**
 * Azure Functions' MCP tool trigger: C# `[McpToolTrigger("name", "description")]` or with a
 * constant; in the other languages the binding's `toolName` ("toolName": "x", toolName = "x",
 * toolName: 'x'), read only in files that name the trigger.
 */
const AZURE_TRIGGER_CS: Rule = {
  needles: ['McpToolTrigger'],
  re: /\bMcpToolTrigger\s*\(\s*(?:(")([^"\n]+)"|([A-Za-z_][\w.]{0,200})\s*[,)])/g,
  view: 'code'
}
const AZURE_TRIGGER: Rule = { needles: ['cpToolTrigger', '.mcpTool'], re: /cpToolTrigger|\.mcpTool\s*\(/, view: 'code' }
const AZURE_TOOL_NAME: Rule = { needles: ['toolName'], re: /\btoolName\s*[:=]\s*(['"])([^'"\n]+)\1/g, view: 'code' }

function collectAzureTriggerTools(file: CodeFile, out: SourceSecurityEvidence): void {
  if (file.language === 'csharp') {
    for (const m of ruleMatches(file, AZURE_TRIGGER_CS)) {
      if (inString(file, m.index)) continue
      if (m[2]) pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]))
      else nameByIdentifier(file, out, m[3], m.index + m[0].lastIndexOf(m[3]), false)
    }
  } else if (ruleHolds(file, AZURE_TRIGGER)) {
    for (const m of ruleMatches(file, AZURE_TOOL_NAME)) {
      if (!inString(file, m.index)) pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]))
    }
  }
}

/**
 * Calls that name a tool with an identifier (or a tool object): TypeScript `server.registerTool(name, …)`,
 * `server.tool(TOOL.name, …)`, `server.addTool(TOOL)`; Python `Tool(name=GitTools.STATUS, …)` or
 * `Tool(name=TimeTools.GET_CURRENT_TIME.value, …)`, `@mcp.tool(name=NAME)`; Go mark3labs
 * `mcp.NewTool(string(ECHO), …)` and the official SDK's `mcp.Tool{Name: DeleteRepositoryToolName}`;
 * C# `[McpServerTool(Name = Names.Echo)]`; Java `Tool.builder(NAME, …)`, `new Tool(NAME, …)`, `@Tool(name = NAME)`,
 * `@McpTool(name = NAME)`.
 * Group 1 is the identifier, group 2 (when present) says it is a tool object rather than a string.
 */
type NameUse = Rule & { object?: boolean }
const JS_NAME_USE: NameUse = {
  needles: ['tool', 'registerTool', 'registerToolTask'],
  re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*,/g
}
// `(server.registerTool as (…) => RegisteredTool)(this.name, …)`: a registration cast to a type first, in a base class
// whose subclasses give the name (tool-resolve.ts). The cast is at most 2,000 characters.
const JS_CAST_NAME_USE: NameUse = {
  needles: ['.registerTool', '.tool'],
  re: /\.(?:tool|registerTool)[ \t]+as[ \t\n(][\s\S]{0,2000}?\)[ \t\n]*\([ \t\n]*(this\.[A-Za-z_$][\w$]*)[ \t\n]*,/g
}
const JS_OBJECT_USE: NameUse = {
  needles: ['.addTool'],
  re: /\.addTools?\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g,
  object: true
}
const IDENTIFIER_NAME_USES: Partial<Record<Language, NameUse[]>> = {
  typescript: [JS_NAME_USE, JS_CAST_NAME_USE, JS_OBJECT_USE],
  javascript: [JS_NAME_USE, JS_CAST_NAME_USE, JS_OBJECT_USE],
  python: [{ needles: ['Tool'], re: /\bTool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(?:\.value)?\s*[,)]/g }],
  go: [
    {
      needles: ['mcp.NewTool'],
      re: /\bmcp\.NewTool\s*\(\s*(?:string\s*\(\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[),]/g
    },
    { needles: ['mcp.Tool'], re: /\bmcp\.Tool\s*\{[^{}]*?\bName\s*:\s*([A-Za-z_]\w*)\s*[,}\n]/g }
  ],
  csharp: [{ needles: ['McpServerTool'], re: /\[\s*McpServerTool\s*\(\s*Name\s*=\s*([A-Za-z_][\w.]{0,200})\s*[,)]/g }],
  java: [
    { needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g },
    // The 1.x builder: `Tool.builder().name(NAME)`, as the literal rule reads it.
    {
      needles: ['builder'],
      re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\)/g
    },
    { needles: ['Tool'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*([A-Za-z_][\w.]{0,200})\s*,/g },
    { needles: ['Tool'], re: /@(?:Mcp)?Tool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g }
  ]
}

function collectIdentifierNamedTools(file: CodeFile, out: SourceSecurityEvidence): void {
  const uses = IDENTIFIER_NAME_USES[file.language === 'kotlin' ? 'java' : file.language] ?? []
  for (const use of uses) {
    for (const m of ruleMatches(file, use)) {
      if (inString(file, m.index)) continue
      nameByIdentifier(file, out, m[1], m.index + m[0].lastIndexOf(m[1]), use.object === true)
    }
  }
}

/** How far a tool literal's fields are read for its input schema. */
const MAX_TOOL_LITERAL = 20_000

function collectGoToolShapes(file: CodeFile, out: SourceSecurityEvidence): void {
  // Literals one after another are read once each; unclosed ones cannot make the reading quadratic.
  let budget = 2 * file.bare.length + MAX_TOOL_LITERAL
  for (const m of ruleMatches(file, GO_TOOL_SHAPE)) {
    if (inString(file, m.index) || file.code.startsWith('mcp.', m.index)) continue
    const open = file.bare.indexOf('{', m.index)
    const read = fieldAtTopLevel(file.bare, open, 'InputSchema', Math.min(MAX_TOOL_LITERAL, budget))
    budget -= read.chars
    if (read.found) pushLiteralTool(file, out, own(m[2]), m.index + m[0].lastIndexOf(m[2]))
    if (budget <= 0) return
  }
}

/**
 * Whether the literal opening at `open` has the field `field:` among its own (not a nested literal's), read for at
 * most `max` characters; and how many it read.
 */
function fieldAtTopLevel(bare: string, open: number, field: string, max: number): { found: boolean; chars: number } {
  let depth = 0
  const end = Math.min(bare.length, open + max)
  for (let i = open; i < end; i++) {
    const ch = bare[i]
    if (ch === '{' || ch === '(' || ch === '[') depth++
    else if (ch === '}' || ch === ')' || ch === ']') {
      if (--depth === 0) return { found: false, chars: i - open }
    } else if (depth === 1 && ch === field[0] && bare.startsWith(field, i) && !/[\w.]/.test(bare[i - 1] ?? '')) {
      if (/^\s*:/.test(bare.slice(i + field.length, i + field.length + 20))) return { found: true, chars: i - open }
    }
  }
  return { found: false, chars: end - open }
}

/** Identifier-named registrations per file whose loop and enclosing function are looked for. */
const MAX_LOOKBACKS = 500
const LOOKBACKS = new WeakMap<CodeFile, number>()

/** Per file, what the identifier resolution needs, made once. */
const FILE_NAMES = new WeakMap<
  CodeFile,
  { constants: Map<string, string>; objects: ReturnType<typeof toolObjectsOf> }
>()
function namesOf(file: CodeFile) {
  let names = FILE_NAMES.get(file)
  if (!names) FILE_NAMES.set(file, (names = { constants: stringConstantsOf(file), objects: toolObjectsOf(file) }))
  return names
}

/**
 * A registration named by an identifier at `offset`: a string constant of the file, a tool object
 * of the file (`X` or `X.name`), the elements of a literal array a loop goes over, or else a fact
 * for the derived step (a parameter of the enclosing function, or a name from another file).
 */
function nameByIdentifier(
  file: CodeFile,
  out: ToolsOut,
  ident: string,
  offset: number,
  object: boolean,
  server?: string,
  list = false
): void {
  const { constants, objects } = namesOf(file)
  const jvm = file.language === 'java' || file.language === 'kotlin'
  // Java's `this.name` is a field, not a tool object's name.
  const base = !jvm && (ident.endsWith('.name') || ident.endsWith('.Name')) ? ident.slice(0, -5) : ident
  const isObject = object || base !== ident
  const constant = isObject ? undefined : constants.get(ident)
  if (constant !== undefined) return pushTool(file, out, constant, offset, `constant ${ident}`, server)
  const obj = objects.get(base)
  if (obj?.literal !== undefined) return pushTool(file, out, obj.literal, offset, `tool object ${base}`, server)
  if (obj?.ref !== undefined && constants.has(obj.ref))
    return pushTool(file, out, constants.get(obj.ref)!, offset, `tool object ${base}`, server)
  // Each look back reads up to 20,000 characters: a file of many such registrations gets a bounded number.
  const budget = (LOOKBACKS.get(file) ?? 0) + 1
  LOOKBACKS.set(file, budget)
  const looked = budget <= MAX_LOOKBACKS
  const looped = looked ? loopTools(file, offset, base, isObject) : undefined
  if (looped && 'tools' in looped) {
    for (const n of looped.tools)
      out.tools.push(listedRegistration(file, n, file.isTest, `from the list ${n.list}`, server))
    return
  }
  if (looped) {
    out.toolFacts.push({
      kind: 'list',
      file: file.path,
      ...looped.imported,
      expression: expressionText(ident),
      at: file.at(offset, `registers the tools of the list ${looped.imported.name}`),
      isTest: file.isTest,
      ...(server ? { server: own(server) } : {})
    })
    return
  }
  const selfAttribute =
    file.language === 'python' && /^self\.[A-Za-z_]\w*$/.test(ident) && looked
      ? pythonSelfAttributeOf(file, offset, ident.slice(5))
      : undefined
  if (selfAttribute !== undefined)
    return pushTool(file, out, selfAttribute, offset, `${ident}, set in its class`, server)
  const at = file.at(offset, `registers a tool named by ${ident}`)
  const param = base.includes('.') || !looked ? undefined : parameterOf(file, offset, base)
  if (param) return pushParamFact(file, out, param, { object: isObject, ...(list ? { list } : {}) }, ident, at)
  // A field of a builder of the repository's own, set by its setters: each call of one names a tool.
  const setters = jvm && looked ? fieldSettersOf(file, offset, base) : undefined
  if (setters) {
    for (const s of setters.setters)
      out.toolFacts.push({
        kind: 'param',
        file: file.path,
        fn: own(s.fn),
        index: s.index,
        object: false,
        receiver: own(setters.cls),
        expression: expressionText(ident),
        at,
        isTest: file.isTest
      })
    return
  }
  const head = base.split('.')[0]
  const from = JS.includes(file.language) || file.language === 'python' ? importsOf(file).get(head) : undefined
  out.toolFacts.push({
    kind: 'ref',
    file: file.path,
    ident: own(from ? `${from.name}${base.slice(head.length)}` : base),
    object: isObject,
    ...(from ? { from: own(from.from) } : {}),
    expression: expressionText(ident),
    at,
    isTest: file.isTest,
    ...(server ? { server: own(server) } : {})
  })
}

/**
 * TypeScript registrations whose name is an expression: joined from constants and literals
 * (`PREFIX + "get"`, `${PREFIX}get`) it is resolved; any other expression is computed.
 * A literal or a lone identifier is left to the rules above.
 */
const JS_REGISTRATION: Rule = {
  needles: ['tool', 'registerTool', 'registerToolTask'],
  re: /\.(?:tool|registerTool|registerToolTask)\s*\(/g
}
const TEMPLATE_PART = /\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g

type ParamFact = Extract<ToolFact, { kind: 'param' }>

/** A registration named by a parameter of its function (`fn`'s `index`th): each call of the function names a tool. */
function pushParamFact(
  file: CodeFile,
  out: ToolsOut,
  param: { fn: string; index: number },
  how: Pick<ParamFact, 'object' | 'list' | 'fallback'>,
  expression: string,
  at: FileEvidence
): void {
  out.toolFacts.push({
    kind: 'param',
    file: file.path,
    fn: own(param.fn),
    index: param.index,
    ...how,
    expression: expressionText(expression),
    at,
    isTest: file.isTest
  })
}

function collectJoinedTsNames(file: CodeFile, out: SourceSecurityEvidence): void {
  for (const m of ruleMatches(file, JS_REGISTRATION)) {
    const start = m.index + m[0].length
    const arg = firstArgument(file.code, start)
    const text = arg.trim()
    if (!text || /^(['"])[^'"\n]*\1$|^`[^`$]*`$/.test(text) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(text))
      continue
    // Object arguments (`server.tool({ … })`) and functions are other APIs' shapes, not a name.
    if (/^[{(]|=>/.test(text)) continue
    const at = start + (arg.length - arg.trimStart().length)
    // A parameter with a name to fall back on (`toolName || "web_fetch"`): each call of the function names the tool.
    const fallback = /^([A-Za-z_$][\w$]*)\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n$]+)\2$/.exec(text)
    const param = fallback ? parameterOf(file, at, fallback[1]) : undefined
    if (param) {
      const where = file.at(at, `registers a tool named by ${expressionText(text)}`)
      pushParamFact(file, out, param, { object: false, fallback: own(fallback![3]) }, text, where)
      continue
    }
    const { constants } = namesOf(file)
    let name: string | undefined
    if (text.startsWith('`') && text.endsWith('`')) {
      let unresolved = false
      name = text.slice(1, -1).replace(TEMPLATE_PART, (_, id: string) => constants.get(id) ?? ((unresolved = true), ''))
      if (unresolved || name.includes('${')) name = undefined
    } else {
      const parts = text.split('+').map((p) => p.trim())
      const values = parts.map((p) => /^(['"`])([^'"`\n$]*)\1$/.exec(p)?.[2] ?? constants.get(p))
      if (parts.length > 1 && values.every((v) => v !== undefined)) name = values.join('')
    }
    if (name) pushTool(file, out, name, at, `joined from ${expressionText(text)}`)
    else
      out.tools.push({
        name: expressionText(text),
        derived: false,
        at: file.at(at, `registers a tool whose name is computed: ${expressionText(text)}`),
        isTest: file.isTest,
        computed: { expression: expressionText(text) }
      })
  }
}

/**
 * Names from the definitions a loop around the registration goes over (tool-lists.ts): a literal list, or one the
 * file defines; a list the file imports is a fact for the derived step. Undefined when there is no such loop.
 */
export function loopNames(file: CodeFile, offset: number, ident: string, object: boolean): ListedTool[] | undefined {
  const found = loopTools(file, offset, ident, object)
  return found && 'tools' in found ? found.tools : undefined
}

/** A tool a list gives, pushed with its place and its handler. */
export function listedRegistration(
  file: SourceFile,
  n: ListedTool,
  isTest: boolean,
  how: string,
  server?: string,
  site?: FileEvidence
): ToolRegistration {
  return {
    name: own(n.name),
    derived: n.derived,
    at: file.at(n.at, `registers tool "${n.name}" (${how})`),
    isTest,
    ...(n.handler
      ? {
          handler: {
            ...(n.handler.name ? { name: own(n.handler.name) } : {}),
            at: file.at(n.handler.at, `handles the tool`)
          }
        }
      : {}),
    ...(server ? { server: own(server) } : {}),
    ...(site && site.file !== file.path ? { site } : {})
  }
}

/**
 * The top-level elements of an array (or tuple) literal opening at `open`: string literals, objects, or other
 * (neither).
 */
function elementsOf(file: CodeFile, open: number): { literal?: string; object?: boolean; at: number }[] | undefined {
  // A list of tool objects with their handlers runs long: read up to 200,000 characters of it.
  const close = closingBracket(file.bare, open, 200_000)
  if (close === -1) return undefined
  const elements: { literal?: string; object?: boolean; at: number }[] = []
  let depth = 0
  let start = open + 1
  for (let i = open + 1; i <= close; i++) {
    const ch = file.bare.charCodeAt(i)
    if (ch === 40 || ch === 91 || ch === 123) depth++
    else if ((ch === 41 || ch === 93 || ch === 125) && depth > 0) depth--
    else if ((ch === 44 && depth === 0) || i === close) {
      const text = file.code.slice(start, i)
      const lead = text.length - text.trimStart().length
      const t = text.trim()
      if (t) {
        const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(t)
        if (lit) elements.push({ literal: lit[2], at: start + lead + 1 })
        else if (t.startsWith('{')) elements.push({ object: true, at: start + lead })
        else elements.push({ at: start + lead })
      }
      start = i + 1
    }
  }
  return elements
}

/**
 * Python: `@mcp.tool`, `@mcp.tool()`, `@apps.tool(resource_uri=…, icons=[Icon(…)])`, `@mcp.tool(name="x")`,
 * `@mcp.tool("x")`, `@mcp.tool(name=NAME)`, and aliases (`tool = mcp.tool`, then `@tool()`), then
 * `def name` / `async def name`. The tool's server (the receiver) is kept for mounted namespaces.
 * Hand-written: the arguments nest brackets, which a regular expression cannot balance.
 */
const PY_TOOL_DECORATOR: Rule = { needles: ['@'], re: /@((?:\w+\.)*\w+)\.tool\b|@(\w+)\b/g }
const PY_TOOL_ALIAS: Rule = { needles: ['.tool'], re: /^[ \t]*(\w+)\s*=\s*((?:\w+\.)*\w+)\.tool[ \t]*$/gm }
const PY_DECORATED_DEF = /^[ \t]*(?:#[^\n]*)?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)/

function collectPythonDecoratedTools(file: CodeFile, out: SourceSecurityEvidence): void {
  const bare = file.bare
  const aliases = new Map<string, string>()
  for (const m of ruleMatches(file, PY_TOOL_ALIAS)) aliases.set(m[1], m[2])
  for (const m of ruleMatches(file, PY_TOOL_DECORATOR)) {
    // A decorator of the file's own that registers what it decorates: named as it passes a `name=` on, if it does.
    const wrapper = m[1] === undefined && !aliases.has(m[2]) ? pythonWrappers(file).get(m[2]) : undefined
    const server = m[1] ?? aliases.get(m[2]) ?? wrapper?.server
    if (server === undefined) continue
    let i = m.index + m[0].length
    while (bare[i] === ' ' || bare[i] === '\t') i++
    let named: { literal?: string; ident?: string; at: number } | undefined
    if (bare[i] === '(') {
      const close = matchingParen(bare, i)
      if (close === -1) continue
      const args = file.code.slice(i, close)
      // The file's own decorator passes on only a `name=` keyword, if any: a positional literal may be anything.
      const passes = wrapper === undefined || wrapper.passesName
      const lit = passes
        ? (wrapper
            ? /\bname\s*=\s*(['"])([^'"\n]+)\1/
            : /^\(\s*(?:name\s*=\s*)?(['"])([^'"\n]+)\1|\bname\s*=\s*(['"])([^'"\n]+)\3/
          ).exec(args)
        : null
      const ident = passes
        ? (wrapper
            ? /\bname\s*=\s*([A-Za-z_][\w.]*)\s*[,)]/
            : /^\(\s*([A-Za-z_][\w.]*)\s*[,)]|\bname\s*=\s*([A-Za-z_][\w.]*)\s*[,)]/
          ).exec(args)
        : null
      if (lit) named = { literal: lit[2] ?? lit[4], at: i + lit.index + lit[0].lastIndexOf(lit[2] ?? lit[4]) }
      else if (ident)
        named = { ident: ident[1] ?? ident[2], at: i + ident.index + ident[0].lastIndexOf(ident[1] ?? ident[2]) }
      i = close
    }
    const rest = PY_DECORATED_DEF.exec(bare.slice(i, i + 2000))
    if (!rest) continue
    const method = own(rest[1])
    const defAt = file.at(i + rest[0].lastIndexOf(method), `handles the tool`)
    if (named?.literal !== undefined) {
      out.tools.push({
        name: own(named.literal),
        derived: false,
        at: file.at(named.at, `registers tool "${named.literal}"`),
        isTest: file.isTest,
        handler: { name: method, at: defAt },
        server: own(server)
      })
    } else if (named?.ident !== undefined) {
      nameByIdentifier(file, out, named.ident, named.at, false, server)
    } else {
      const at = file.at(i + rest[0].lastIndexOf(method), `registers tool "${method}"`)
      out.tools.push({
        name: method,
        derived: true,
        at,
        isTest: file.isTest,
        handler: { name: method, at },
        server: own(server)
      })
    }
  }
}

/**
 * FastMCP servers mounted on others: `main.mount(sub, namespace="jira")` (3.x), `main.mount(sub, prefix="jira")`,
 * `main.mount("jira", sub)` (2.x), `main.import_server(sub, prefix="jira")` or `import_server("jira", sub)`:
 * the sub-server's tools are served as `jira_<name>`.
 */
const PY_MOUNT: Rule = { needles: ['mount', 'import_server'], re: /\b(\w+)\.(?:mount|import_server)\s*\(/g }

function collectPythonMounts(file: CodeFile, out: SourceSecurityEvidence): void {
  for (const m of ruleMatches(file, PY_MOUNT)) {
    const open = m.index + m[0].length - 1
    const close = matchingParen(file.bare, open)
    if (close === -1) continue
    const args = file.code.slice(open + 1, close - 1)
    // Positional arguments first (a prefix string may come before or after the server), then keywords.
    const parts = args.split(',').map((a) => a.trim())
    const literal = (a: string | undefined) => (a ? /^(['"])([^'"\n]*)\1$/.exec(a)?.[2] : undefined)
    const identifier = (a: string | undefined) => (a && /^[A-Za-z_][\w.]{0,200}$/.test(a) ? a : undefined)
    const first = literal(parts[0])
    const child = first !== undefined ? identifier(parts[1]) : identifier(parts[0])
    if (!child) continue
    const keyword = /\b(?:namespace|prefix)\s*=\s*(['"])([^'"\n]*)\1/.exec(args)
    const prefix = first ?? literal(parts[1]) ?? keyword?.[2] ?? ''
    out.toolFacts.push({ kind: 'mount', file: file.path, parent: own(m[1]), child: own(child), prefix: own(prefix) })
  }
}

/** The offset just past the parenthesis that closes the one at `open`, or -1. */
function matchingParen(text: string, open: number): number {
  const close = closingBracket(text, open, 5000)
  return close < 0 ? -1 : close + 1
}

/**
 * TS SDK low-level server: setRequestHandler(ListToolsRequestSchema, …) (v1) or setRequestHandler('tools/list', …) (v2)
 * returning { tools: [{ name: "x" }, TOOL_OBJECT, …] }: objects in the list, or tool objects it names.
 */
const LIST_TOOLS_HANDLER: Rule = {
  needles: ['setRequestHandler'],
  re: /setRequestHandler\s*\(\s*(?:ListToolsRequestSchema\b|(['"`])tools\/list\1)/g,
  view: 'code'
}

function collectListedTsTools(file: CodeFile, out: SourceSecurityEvidence): void {
  const code = file.code
  for (const m of ruleMatches(file, LIST_TOOLS_HANDLER)) {
    const toolsAt = code.indexOf('tools', m.index + m[0].length)
    if (toolsAt === -1) continue
    // `tools: [...]`, `tools: TOOLS`, or a list declared in the handler and returned (`const tools: Tool[] = [...]`).
    const after = /^tools\s*(?::\s*[\w$.<>[\]]{1,200}\s*=\s*|=\s*|:\s*)?/.exec(code.slice(toolsAt, toolsAt + 240))
    if (!after) continue
    const valueAt = toolsAt + after[0].length
    // `{ tools }`: the list is the variable of that name.
    if (after[0].trimEnd() === 'tools' && /^\s*[,}]/.test(code.slice(valueAt, valueAt + 40))) {
      listedByIdentifier(file, out, 'tools', toolsAt)
      continue
    }
    if (code[valueAt] !== '[') {
      // `tools: TOOLS` or `tools: Object.values(TOOLS)`: a list kept elsewhere.
      const ident = /^(?:Object\.values\s*\(\s*)?([A-Za-z_$][\w$]*)/.exec(code.slice(valueAt, valueAt + 200))
      if (ident) listedByIdentifier(file, out, ident[1], valueAt + ident[0].lastIndexOf(ident[1]))
      continue
    }
    listElements(file, out, valueAt)
  }
}

/** The tools an array literal at `open` lists: objects with a literal name, or tool objects by identifier. */
export function listElements(file: CodeFile, out: ToolsOut, open: number): void {
  for (const e of elementsOf(file, open) ?? []) {
    if (e.object) {
      const n = objectNameAt(file, e.at)
      if (n?.literal !== undefined) pushTool(file, out, n.literal, n.at)
      else if (n?.ref !== undefined) nameByIdentifier(file, out, n.ref, n.at, false)
      continue
    }
    const ident = /^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(file.code.slice(e.at, e.at + 200))
    if (ident && e.literal === undefined)
      nameByIdentifier(file, out, ident[1], e.at + ident[0].length - ident[1].length, true)
  }
}

/**
 * `tools: TOOLS` where the file has `const TOOLS = [...]` (or `{ a: {...}, … }`): its elements. Where `TOOLS` is
 * imported, or made by a function (`const TOOLS = createTools()`) the file defines or imports, the list there: a fact
 * for the derived step when it is another module's. Else a fact for the name.
 */
export function listedByIdentifier(file: CodeFile, out: ToolsOut, ident: string, offset: number): void {
  const id = ident.replace(/\$/g, '\\$')
  const def = new RegExp(
    `\\b(?:const|let|var)\\s+${id}\\b[^=\\n]{0,200}=\\s*(?:[[{]|(?:await\\s+)?([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\))`
  ).exec(file.bare)
  if (def && def[1] === undefined && file.bare[def.index + def[0].length - 1] === '[')
    return listElements(file, out, def.index + def[0].length - 1)
  const maker = def?.[1]
  if (maker) {
    const open = listOpening(file.bare, maker)
    if (open !== -1 && file.bare[open] === '[') return listElements(file, out, open)
  }
  const imported = JS.includes(file.language) ? importsOf(file).get(maker ?? ident) : undefined
  if (imported && (maker || !def)) {
    out.toolFacts.push({
      kind: 'list',
      file: file.path,
      name: imported.name,
      from: imported.from,
      mode: 'elements',
      pick: 'name',
      namespace: false,
      expression: expressionText(ident),
      at: file.at(offset, `lists the tools of ${imported.name}`),
      isTest: file.isTest
    })
    return
  }
  nameByIdentifier(file, out, ident, offset, true, undefined, true)
}

/**
 * Factories of tool objects outside any registration (`export default defineTool({ name: "x", … })`): facts, counted
 * when the repository registers tools by a computed name.
 */
const TOOL_FACTORY: Rule = {
  needles: ['defineTool', 'createTool', 'makeTool', 'buildTool'],
  re: /\b(?:define|create|make|build)Tool\s*\(\s*\{/g
}

function collectToolFactories(file: CodeFile, out: SourceSecurityEvidence): void {
  for (const m of ruleMatches(file, TOOL_FACTORY)) {
    const n = objectNameAt(file, m.index + m[0].length - 1)
    if (n?.literal !== undefined)
      out.toolFacts.push({
        kind: 'factory',
        file: file.path,
        name: own(n.literal),
        at: file.at(n.at, `a tool object named "${n.literal}"`),
        isTest: file.isTest
      })
  }
}

// ---------------------------------------------------------------- content types

// The content rules, per language, are in rules/<language>.ts.
export { CONTENT_RULES }

/**
 * C#: `new DataContent(MCP_TINY_IMAGE)` with `const string MCP_TINY_IMAGE = "data:image/png;base64,…"` in the file (the
 * C# SDK's EverythingServer).
 */
const DATA_URI_CONSTANT: Rule = {
  needles: ['"data:'],
  re: /\b([A-Za-z_]\w*)\s*=\s*@?"data:(image|audio)\//g,
  view: 'code'
}
const NEW_DATA_CONTENT: Rule = { needles: ['DataContent'], re: /\bnew\s+DataContent\s*\(\s*([A-Za-z_]\w*)\s*[,)]/g }

function collectCsharpDataUriContent(file: CodeFile, out: SourceSecurityEvidence, seen: Set<number>): void {
  const uris = new Map<string, ContentKind>()
  for (const m of ruleMatches(file, DATA_URI_CONSTANT)) uris.set(m[1], m[2] as ContentKind)
  if (!uris.size) return
  for (const m of ruleMatches(file, NEW_DATA_CONTENT)) {
    const kind = uris.get(m[1])
    const offset = m.index + m[0].indexOf('DataContent')
    if (!kind || seen.has(offset)) continue
    seen.add(offset)
    out.contentTypes.push({ kind, at: file.at(offset, `${kind} content (data URI ${m[1]})`), isTest: file.isTest })
  }
}

function collectContentTypes(file: CodeFile, out: SourceSecurityEvidence): void {
  const seen = new Set<number>()
  if (file.language === 'csharp') collectCsharpDataUriContent(file, out, seen)
  for (const rule of CONTENT_RULES) {
    if (!rule.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, rule)) {
      if (rule.view === 'code' && inString(file, m.index)) continue
      const kind = rule.kind(m)
      const offset = m.index + Math.max(0, m[0].search(/image|audio|resource_link|Image|Audio|Resource/))
      if (seen.has(offset)) continue
      seen.add(offset)
      out.contentTypes.push({ kind, at: file.at(offset, `${kind.replace('_', ' ')} content`), isTest: file.isTest })
    }
  }
}

// ---------------------------------------------------------------- network calls

/** HTTP clients and sockets: the call, and where its first argument starts. */
const CLIENT_RULES: (Rule & { languages: readonly Language[]; client: string })[] = [
  { languages: JS, needles: ['fetch'], re: /(?<![\w.])fetch\s*\(/g, client: 'fetch' },
  {
    languages: JS,
    needles: ['axios'],
    re: /\baxios(?:\.(?:get|post|put|patch|delete|request|head))?\s*\(/g,
    client: 'axios'
  },
  { languages: JS, needles: ['got'], re: /(?<![\w.])got(?:\.(?:get|post|put|patch|delete))?\s*\(/g, client: 'got' },
  {
    languages: JS,
    needles: ['undici.', 'request'],
    re: /\bundici\.(?:request|fetch|stream)\s*\(|(?<![\w.])request\s*\(\s*(?=['"`])/g,
    client: 'undici'
  },
  { languages: JS, needles: ['http'], re: /\bhttps?\.(?:get|request)\s*\(/g, client: 'node:http' },
  {
    languages: JS,
    needles: ['net.', 'WebSocket'],
    re: /\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+WebSocket\s*\(/g,
    client: 'socket'
  },
  {
    languages: ['python'],
    needles: ['httpx', 'requests'],
    re: /\b(?:httpx|requests)\.(?:get|post|put|patch|delete|request|head|stream)\s*\(/g,
    client: 'httpx/requests'
  },
  {
    languages: ['python'],
    needles: ['client', 'session', 'http', 'self.'],
    // A literal URL, or a variable named as one (`client.get(url)` on a client some factory made).
    re: /\b(?:client|session|http|self\.\w+)\.(?:get|post|put|patch|delete|request)\s*\(\s*(?=f?['"]|(?:url|uri|page_url|target_url|source_url)\s*[,)])/g,
    client: 'HTTP client'
  },
  {
    languages: ['python'],
    needles: ['urllib.request.urlopen', 'urlopen'],
    re: /\burllib\.request\.urlopen\s*\(|\burlopen\s*\(/g,
    client: 'urllib'
  },
  {
    languages: ['python'],
    needles: ['socket.create_connection', '.connect'],
    re: /\bsocket\.create_connection\s*\(|\.connect\s*\(\s*\(/g,
    client: 'socket'
  },
  {
    languages: ['csharp'],
    needles: [
      'GetAsync',
      'PostAsync',
      'PutAsync',
      'PatchAsync',
      'DeleteAsync',
      'SendAsync',
      'GetStringAsync',
      'GetStreamAsync',
      'GetByteArrayAsync',
      'GetFromJsonAsync',
      'PostAsJsonAsync'
    ],
    // Type arguments too: `GetFromJsonAsync<JsonDocument>(url)`.
    re: /\.(?:GetAsync|PostAsync|PutAsync|PatchAsync|DeleteAsync|SendAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsJsonAsync)\s*(?:<[^<>()\n]{1,200}>\s*)?\(/g,
    client: 'HttpClient'
  },
  {
    languages: ['csharp'],
    needles: ['TcpClient', 'Uri'],
    re: /\bnew\s+TcpClient\s*\(|\bnew\s+Uri\s*\(\s*(?=")/g,
    client: 'socket/Uri'
  },
  {
    languages: ['go'],
    needles: ['http.'],
    re: /\bhttp\.(?:Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)\s*\(/g,
    client: 'net/http'
  },
  { languages: ['go'], needles: ['net.Dial'], re: /\bnet\.Dial(?:Timeout)?\s*\(/g, client: 'net.Dial' },
  {
    languages: ['java', 'kotlin'],
    needles: ['URI.create', 'URL', '.uri', '.url', 'Socket'],
    re: /\bURI\.create\s*\(|\bnew\s+URL\s*\(|\.uri\s*\(|\.url\s*\(|\bnew\s+Socket\s*\(/g,
    client: 'java.net/OkHttp/WebClient'
  },
  {
    languages: ['java', 'kotlin'],
    needles: ['restTemplate.', 'RestTemplate'],
    re: /\brestTemplate\.\w+\s*\(|\bRestTemplate\s*\(\)\s*\.\w+\s*\(/g,
    client: 'RestTemplate'
  }
]

/** Arguments that read like a URL handed in by the caller (the model): untrusted content can flow in through it. */
export const CALLER_URL_NAME =
  /^(url|uri|link|href|target|address|page|page_?url|web_?url|source_?url|input_?url|args\.url|params\.url|request\.url)$/i

function collectNetworkCalls(file: CodeFile, out: SourceSecurityEvidence): void {
  // The file's URL constants, read at the first call: most files make none.
  let constants: Map<string, string> | undefined
  for (const rule of CLIENT_RULES) {
    if (!rule.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, rule)) {
      let argStart = m.index + m[0].length
      let arg = firstArgument(file.code, argStart)
      // Go's http.NewRequest(method, url, …) and NewRequestWithContext(ctx, method, url, …): the URL comes later.
      for (
        let skip = 0;
        skip < 2 &&
        /^\s*(ctx|context\.\w+\(\)|"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+)\s*$/.test(arg);
        skip++
      ) {
        argStart += arg.length + 1
        arg = firstArgument(file.code, argStart)
      }
      // A URI/URL built inline is matched by its own rule; don't count the wrapper call too.
      if (/^\s*(URI\.create|new\s+URI|new\s+URL|URL\s*\()/.test(arg)) continue
      // A lambda is never a URL: Microsoft Graph's SDK (`graph.Me.Messages.GetAsync(r => …)`) is not a raw HttpClient
      // call.
      if (/^\s*(?:\w+|\([^()]*\))\s*=>/.test(arg)) continue
      const at = file.at(m.index, rule.client)
      const literal = leadingLiteral(arg, (constants ??= stringConstants(file)))
      if (literal !== undefined) {
        const host = hostOf(literal)
        if (!host) continue // a relative path or a non-URL literal: not a network target we can judge
        out.networkCalls.push({
          client: rule.client,
          target: literal,
          host,
          callerSupplied: false,
          sends: sendsBody(file.code, m[0], m.index + m[0].length),
          at,
          isTest: file.isTest
        })
      } else if (arg.trim()) {
        const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80)
        out.networkCalls.push({
          client: rule.client,
          expression: expr,
          callerSupplied: CALLER_URL_NAME.test(expr),
          sends: sendsBody(file.code, m[0], m.index + m[0].length),
          at,
          isTest: file.isTest
        })
      }
    }
  }
}

// ---------------------------------------------------------------- third-party text

const ANY_CODE: readonly Language[] = ['typescript', 'javascript', 'python', 'csharp', 'go', 'java', 'kotlin']
/**
 * A string literal that starts with this REST path (optionally after a scheme and host, and an API version): prose
 * mentioning the path does not.
 */
const restPath = (path: string) =>
  new RegExp(`(['"\`])(?:https?://[^'"\`\\s/]+)?(?:/(?:v\\d[\\w.]*|beta|api))?${path}`, 'g')

/**
 * Reads of text that somebody outside the organisation can write: a tool that returns it puts
 * untrusted content in the model's context. Identifiers are matched with strings blanked
 * (`bare`), REST paths on string literals that begin with them (`code`). `needles` are literals
 * the view must contain before the pattern runs.
 */
const THIRD_PARTY_RULES: (Rule & {
  source: ThirdPartySource
  api: string
  languages: readonly Language[]
  view: 'code' | 'bare'
})[] = [
  // Microsoft Graph mail, over REST or the SDKs (JS .api('/me/messages'), Python client.me.messages.get(), C#
  // graph.Me.Messages.GetAsync(), Go/Java me().messages()).
  // A user id is at most 400 characters: unbounded, each unclosed `Users[` was scanned to the end of the file.
  {
    source: 'e-mail',
    api: 'Microsoft Graph mail',
    languages: ANY_CODE,
    view: 'code',
    needles: ['/me/', '/users/'],
    re: restPath(String.raw`/(?:me|users/[^'"\`\s/]+)/(?:messages|mailFolders)\b`)
  },
  {
    source: 'e-mail',
    api: 'Microsoft Graph mail',
    languages: ANY_CODE,
    view: 'bare',
    needles: ['essages', 'ail_folders', 'ailFolders'],
    re: /\b(?:me|Me)(?:\(\))?\s*\.\s*(?:messages|Messages|mail_folders|mailFolders|MailFolders)\b|\.(?:by_user_id|byUserId|ByUserId)\s*\([^()]{0,400}\)\s*\.\s*(?:messages|Messages)\b|\bUsers\s*\[[^\]]{0,400}\]\s*\.\s*(?:Messages|MailFolders)\b/g
  },
  // Gmail API: service.users().messages().get(...), gmail.users.messages.list(...)
  {
    source: 'e-mail',
    api: 'Gmail API',
    languages: ANY_CODE,
    view: 'bare',
    needles: ['messages'],
    re: /\busers(?:\(\))?\s*\.\s*messages(?:\(\))?\s*\.\s*(?:get|list)\b/g
  },
  // IMAP clients: Python imaplib, Node imapflow, MailKit, go-imap, Jakarta Mail.
  {
    source: 'e-mail',
    api: 'IMAP',
    languages: ANY_CODE,
    view: 'bare',
    needles: ['IMAP', 'Imap', 'imapclient'],
    re: /\bimaplib\.IMAP4(?:_SSL)?\s*\(|\bnew\s+(?:ImapFlow|ImapClient)\s*\(|\bimapclient\.Dial\w*\s*\(/g
  },
  {
    source: 'e-mail',
    api: 'IMAP',
    languages: ['java', 'kotlin'],
    view: 'code',
    needles: ['getStore'],
    re: /\bgetStore\s*\(\s*"imaps?"/g
  },
  // GitHub issues and pull requests: octokit (JS), PyGithub, go-github, Octokit.NET, REST paths.
  {
    source: 'issues and comments',
    api: 'GitHub issues',
    languages: JS,
    view: 'bare',
    needles: ['issues', 'pulls'],
    re: /\b(?:rest|octokit|github)\s*\.\s*(?:issues\s*\.\s*(?:get|list\w*|getComment)|pulls\s*\.\s*(?:get|list\w*|getReviewComment))\s*\(/g
  },
  {
    source: 'issues and comments',
    api: 'GitHub issues',
    languages: ['python'],
    view: 'bare',
    needles: ['.get_'],
    re: /\.get_(?:issues?|issue_comments?|pulls?|review_comments|comments)\s*\(/g
  },
  {
    source: 'issues and comments',
    api: 'GitHub issues',
    languages: ['go'],
    view: 'bare',
    needles: ['.Issues.', '.PullRequests.'],
    re: /\.(?:Issues\.(?:Get|List\w*|GetComment)|PullRequests\.(?:Get|List\w*))\s*\(/g
  },
  {
    source: 'issues and comments',
    api: 'GitHub issues',
    languages: ['csharp'],
    view: 'bare',
    needles: ['.Issue', '.PullRequest'],
    re: /\.(?:Issue|PullRequest)\s*\.\s*(?:Get\w*|Comment\s*\.\s*Get\w*|ReviewComment\s*\.\s*Get\w*)\s*\(/g
  },
  {
    source: 'issues and comments',
    api: 'GitHub issues',
    languages: ['java', 'kotlin'],
    view: 'bare',
    needles: ['getIssue', 'getComments', 'queryIssues'],
    re: /\.(?:getIssues?|getComments|queryIssues)\s*\(/g
  },
  {
    source: 'issues and comments',
    api: 'issue tracker REST',
    languages: ANY_CODE,
    view: 'code',
    needles: ['/repos/', '/rest/api/', '/projects/'],
    re: restPath(
      String.raw`(?:/repos/[^'"\`\s]*/(?:issues|pulls|comments)\b|/rest/api/(?:\d|latest)/(?:issue|search)\b|/projects/[^'"\`\s]*/(?:issues|merge_requests|notes)\b)`
    )
  },
  // Chat: Slack conversation history, Teams chats and channel messages.
  {
    source: 'chat messages',
    api: 'Slack conversations',
    languages: ANY_CODE,
    view: 'bare',
    needles: ['conversations'],
    re: /\bconversations(?:\.|_|\(\)\.)(?:history|replies)\s*\(/g
  },
  {
    source: 'chat messages',
    api: 'Slack conversations',
    languages: ANY_CODE,
    view: 'code',
    needles: ['conversations.'],
    re: /(['"])conversations\.(?:history|replies)\1/g
  },
  {
    source: 'chat messages',
    api: 'Microsoft Graph chats',
    languages: ANY_CODE,
    view: 'code',
    needles: ['/chats/', '/channels/'],
    re: restPath(String.raw`(?:/me)?/(?:chats|teams/[^'"\`\s/]+/channels)/[^'"\`\s]*/messages\b`)
  },
  // Help-desk tickets: Zendesk, Freshdesk (/api/v2/tickets), ServiceNow (/api/now/table).
  {
    source: 'tickets',
    api: 'help-desk REST',
    languages: ANY_CODE,
    view: 'code',
    needles: ['/tickets', '/now/table'],
    re: restPath(String.raw`(?:/api/v2/tickets\b|/now/table/)`)
  },
  // Web pages parsed for their text: cheerio, jsdom, BeautifulSoup, a headless browser going to a page.
  {
    source: 'web pages',
    api: 'HTML scraping',
    languages: ANY_CODE,
    view: 'bare',
    needles: ['cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'],
    re: /\bcheerio\.load\s*\(|\bnew\s+JSDOM\s*\(|\bBeautifulSoup\s*\(|\bpage\.goto\s*\(|\bJsoup\.(?:connect|parse)\s*\(|\bnew\s+HtmlDocument\s*\(/g
  }
]

function collectThirdPartyReads(file: CodeFile, out: SourceSecurityEvidence): void {
  for (const rule of THIRD_PARTY_RULES) {
    if (!rule.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, rule)) {
      // A path rule matches at the opening quote; point at the path itself.
      const at = file.at(rule.view === 'code' ? m.index + 1 : m.index, rule.api)
      out.thirdPartyReads.push({ source: rule.source, api: rule.api, at, isTest: file.isTest })
    }
  }
}

const QUOTED_URL: Rule = { needles: ['://'], re: /(['"`])((?:https?|wss?):\/\/[^'"`\s]+)\1/g, view: 'code' }
const ASSIGNED_NAME = /\b([A-Za-z_]\w*)\s*(?::\s*[\w.<>]+\s*)?:?=\s*$/

/** `const NAME = "https://…"` style constants in the file, so a call through them counts as literal. */
export function stringConstants(file: CodeFile): Map<string, string> {
  const map = new Map<string, string>()
  // From each URL literal back to an assignment: scanning for the literal first is what keeps this cheap.
  for (const m of ruleMatches(file, QUOTED_URL)) {
    // Only a literal right after `=` can be a constant's value (most are call arguments): a cheap look back first.
    let j = m.index - 1
    while (j >= 0 && /\s/.test(file.code[j])) j--
    if (file.code[j] !== '=') continue
    const before = ASSIGNED_NAME.exec(file.code.slice(Math.max(0, m.index - 120), m.index))
    if (before) map.set(before[1], m[2])
  }
  return map
}

const BODY_METHOD = /(?:^|[^\w$])(?:post|put|patch)\w*\s*[(<]?$/i
const BODY_VERB =
  /(['"`])(?:POST|PUT|PATCH)\1|\b(?:HttpMethod\.(?:Post|Put|Patch|POST|PUT|PATCH)|http\.Method(?:Post|Put|Patch))\b/
const METHOD_OPTION = /\bmethod\s*[:=]\s*(['"`])(?:post|put|patch)\1/i
const DELETE_VERB = /\bHttpMethod\.(?:Delete|DELETE)\b|\bhttp\.MethodDelete\b|(['"`])DELETE\1/

/**
 * Whether a request sends a body out: a method named for it (`PostAsync`, `requests.post`, `axios.put`) or a verb
 * in its arguments (`fetch(u, { method: 'POST' })`, `http.NewRequest("PATCH", …)`, `HttpMethod.Post`).
 */
export function sendsBody(code: string, call: string, argsAt: number): boolean {
  if (BODY_METHOD.test(call.slice(-60).trimEnd())) return true
  const args = callArguments(code, argsAt)
  return BODY_VERB.test(args) || METHOD_OPTION.test(args)
}

/** Whether a call hands on the DELETE verb in its arguments (`Send(Request(HttpMethod.Delete, path))`). */
export function sendsDelete(code: string, argsAt: number): boolean {
  return DELETE_VERB.test(callArguments(code, argsAt))
}

/** The text of a call's arguments, up to its closing parenthesis (bounded). */
const callArguments = (code: string, from: number): string => argumentText(code, from, 1_000, false)

/** The text of the first call argument (up to a top-level comma or the closing parenthesis). */
export const firstArgument = (code: string, from: number): string => argumentText(code, from, 400, true)

/** From `from` to the closing parenthesis of the call (or, `toComma`, the first top-level comma), at most `limit`. */
function argumentText(code: string, from: number, limit: number, toComma: boolean): string {
  let depth = 0
  let quote = ''
  for (let i = from; i < code.length && i < from + limit; i++) {
    const ch = code[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = ''
      continue
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch
    else if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return code.slice(from, i)
      depth--
    } else if (toComma && ch === ',' && depth === 0) return code.slice(from, i)
  }
  return code.slice(from, Math.min(code.length, from + limit))
}

/**
 * The URL the argument starts with: a string literal (f-strings, template
 * literals and `@"…"` included, up to the first interpolation), or a known
 * constant, or a template/concatenation that starts with one.
 */
export function leadingLiteral(arg: string, constants: Map<string, string>): string | undefined {
  const a = arg.trim()
  const lit = /^(?:[fr]|\$@?|@\$?)?(['"`])((?:https?|wss?):\/\/[^'"`\s{]*)/.exec(a)
  if (lit) return lit[2]
  // The object's own field counts as the constant it was given (`${this.baseUrl}`, `self.base_url + path`).
  const tpl = /^`\$\{\s*(?:(?:this|self)\s*\.\s*)?([A-Za-z_]\w*)\s*\}/.exec(a)
  if (tpl && constants.has(tpl[1])) return constants.get(tpl[1])
  const ident = /^(?:(?:this|self)\s*\.\s*)?([A-Za-z_]\w*)\s*(?:\+|$)/.exec(a)
  if (ident && constants.has(ident[1])) return constants.get(ident[1])
  const py = /^f?(['"])\{\s*(?:self\s*\.\s*)?([A-Za-z_]\w*)\s*\}/.exec(a)
  if (py && constants.has(py[2])) return constants.get(py[2])
  return undefined
}

export function hostOf(url: string): string | undefined {
  const m = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url)
  return m ? m[1].toLowerCase() : undefined
}

// ---------------------------------------------------------------- the detector

/** Every rule the detector runs over a whole file. */
const RULES: readonly Rule[] = [
  MCP_MARKERS,
  ...TOOL_LITERAL_RULES,
  ...TOOL_DERIVED_RULES,
  AZURE_TRIGGER_CS,
  AZURE_TRIGGER,
  AZURE_TOOL_NAME,
  ...Object.values(IDENTIFIER_NAME_USES).flat(),
  GO_TOOL_SHAPE,
  JS_REGISTRATION,
  LIST_TOOLS_HANDLER,
  PY_TOOL_ALIAS,
  PY_TOOL_DECORATOR,
  PY_MOUNT,
  PY_FUNCTION_TOOL,
  JVM_TOOL_ANNOTATION,
  TOOL_FACTORY,
  ...CONTENT_RULES,
  DATA_URI_CONSTANT,
  NEW_DATA_CONTENT,
  ...CLIENT_RULES,
  QUOTED_URL,
  ...THIRD_PARTY_RULES
]

export const newNetworkCallTable = () =>
  new FactTable<NetworkCall>({
    strings: ['client', 'target', 'host', 'expression'],
    flags: ['callerSupplied', 'isTest', 'sends']
  })

export function createSecurityDetector(): { detector: Detector; result: SourceSecurityEvidence } {
  const result: SourceSecurityEvidence = {
    tools: [],
    contentTypes: [],
    networkCalls: newNetworkCallTable(),
    thirdPartyReads: [],
    mcpFiles: [],
    toolFacts: [],
    imports: [],
    declaredTypes: []
  }
  const detector: Detector = {
    rules: RULES,
    visit(file) {
      if (!isCode(file)) return
      // Tool registrations count only in files that use an MCP SDK: `.tool("x")` elsewhere is something else.
      if (ruleHolds(file, MCP_MARKERS)) {
        result.mcpFiles.push(file.path)
        collectTools(file, result)
      }
      if (file.language === 'go') collectGoToolShapes(file, result)
      if (JS.includes(file.language)) collectToolFactories(file, result)
      collectContentTypes(file, result)
      // A CI script's calls and reads are the workflow's, not the server's: kept, as test code's are, not raised.
      const served =
        isCiPath(file.path) && !file.isTest ? (Object.create(file, { isTest: { value: true } }) as CodeFile) : file
      collectNetworkCalls(served, result)
      collectThirdPartyReads(served, result)
    }
  }
  return { detector, result }
}
