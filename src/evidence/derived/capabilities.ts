// What each tool reaches: from its registration to its handler, from the handler through the
// functions it calls in the repository (bounded depth, nothing executed), to the packages the
// capability catalogue knows and the URLs HTTP clients are given. A tool argument that reaches a
// client's URL means the model chooses where the server connects. What cannot be tied to a tool
// belongs to the server, with the tools that may hold it. Only the files a tool reaches are read
// again here; the source pass has already found every catalogue import.
// Hand-written over the lexer's views: a parser per language (tree-sitter grammars) was not
// measured against it in this change; these are brackets, indentation and identifiers.
import { posix } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { closingBracket, splitTopLevel } from '../source/tool-names.js'
import { handlerValueAt } from '../source/tool-lists.js'
import type { FileEvidence } from '../../findings.js'
import { isTestPath, languageOf, type Language, type Repository } from '../repository.js'
import { sourceViews } from '../source/lexer.js'
import { LineFinder, offsetAt } from '../source/scan.js'
import { entryOfImport, importsOf, importsOfViewed, type ImportLine } from '../source/imports.js'
import {
  CALLER_URL_NAME,
  firstArgument,
  sendsBody,
  sendsDelete,
  hostOf,
  leadingLiteral,
  type SourceSecurityEvidence,
  type ToolRegistration
} from '../source/security.js'
import { localReads, writesFile } from './local-reach.js'
import {
  accessOfChain,
  accessOfListed,
  accessOfName,
  authoredObject,
  listsReads,
  methodKey,
  objectOf,
  takesStatement,
  wordsOf,
  type Access
} from './access.js'
import { once } from './once.js'
import { ServiceSdks } from './service-sdks.js'
import { classifyHost } from './capability-matrix.js'
import {
  catalogueWith,
  PROGRAMS,
  type Catalogue,
  type CatalogueEntry,
  type ChannelKind,
  type CustomCapability,
  type Leg
} from './catalogue.js'

/** One reason a tool (or the server) holds a leg. */
export interface CapabilityFact {
  leg: Leg
  /** What raised it, in words: `slack-sdk: Slack Web API…`, `httpx → api.example.com`, `a tool argument is the URL`. */
  via: string
  /**
   * package: any use of a catalogue package; send/llm: a call that sends; host: a call to a written host;
   * caller-url: a URL the caller chooses; read: a third-party read rule; configured-host: a call to the
   * host the server's configuration names (the organisation's own service); local: files on the server's disk or
   * its whole environment.
   */
  source: 'package' | ChannelKind | 'host' | 'caller-url' | 'read' | 'configured-host' | 'local'
  /** For `host`: the host, for the checks to classify. */
  host?: string
  at: FileEvidence
}

/** A client call whose target is computed from something other than a tool argument. */
export interface UnknownTarget {
  client: string
  expression: string
  /** The request carries a body out (POST, PUT or PATCH): what it sends may leave. */
  sends?: boolean
  at: FileEvidence
}

export interface ToolReach {
  tool: string
  registration: FileEvidence
  /** Where the handler's code was found; undefined when it could not be (facts then come from the server view). */
  handler?: FileEvidence
  facts: CapabilityFact[]
  unknownTargets: UnknownTarget[]
  /** The code followed from the handler, by file and lines. */
  reached: { file: string; from: number; to: number }[]
  /** A call the handler makes into a module the checkout does not hold (the first one). */
  missing?: FileEvidence[]
  /** A call into code of the checkout the gate could not follow (a method of what a loader returned): the first. */
  unfollowed?: FileEvidence[]
  /** Code the walk found but did not follow, stopped at its bound (MAX_SPANS_PER_TOOL): the first function left. */
  truncated?: FileEvidence[]
  /** A write to a service whose readers the gate cannot tell (the organisation's own, or a vendor's): the first. */
  writes?: FileEvidence[]
  /** Programs the tool starts (a process): what they reach is theirs, code the gate cannot read. The first few. */
  programs?: FileEvidence[]
  /** Calls into a service's SDK the catalogue does not list, made with a credential (service-sdks.ts): a few. */
  sdks?: FileEvidence[]
}

export interface ServerFact extends CapabilityFact {
  /** The tools that may hold it: those registered in the file, else all. */
  candidates: string[]
}

export interface CapabilityEvidence {
  tools: ToolReach[]
  server: ServerFact[]
  /** Calls whose target cannot be told that no tool's handler reached, with the tools registered beside them. */
  unresolved: (UnknownTarget & { candidates: string[] })[]
  /** `file:line` of calls whose target a tool's reach told (a vendor's API, a base address, the configured host). */
  resolved: string[]
}

const MAX_DEPTH = 4
/** A string a branch compares with: `case "x":`, `== "x"`, `"x" ===`, `"x".equals(`. */
const COMPARED_STRING =
  /\bcase[ \t]+(['"`])([\w.:/-]{1,100})\1|[!=]==?[ \t]*(['"`])([\w.:/-]{1,100})\3|(['"`])([\w.:/-]{1,100})\5[ \t]*(?:[!=]==?|\.equals\()/g
const ARROW_CONST =
  /\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:async\b[ \t]*)?(?:\(([^()]{0,400})\)|([A-Za-z_$][\w$]*))[ \t]*(?::[^=;{\n]{1,200})?=>[ \t]*\{/g
// A function kept in an object's property (`list_projects: async ({ params }, client) => { … }`), a table of handlers.
const ARROW_PROPERTY =
  /[{,][ \t\n]*(?:(['"])([A-Za-z][\w-]{0,100})\1|([A-Za-z_$][\w$]*))[ \t]*:[ \t]*(?:async\b[ \t]*)?(?:\(([^()]{0,400})\)|([A-Za-z_$][\w$]*))[ \t]*(?::[^=;{:\n]{1,200})?=>[ \t]*\{/g
const PLAIN_CALL = /^\s*\(/
const GENERIC_CALL = /^\s*(?:<(?:[^<>()\n]|<[^<>()\n]{0,100}>){1,200}>\s*)?\(/
// C# generic calls on an object are mostly a factory's (`factory.GetClientAsync<T>()`), which the client bindings
// already follow; a bare one is the class's own helper (`SendAsync<Book>(request)`), followed like any call.
const TYPE_ARGUMENTS = new Set<Language>(['typescript', 'javascript'])
const MAX_SPANS_PER_TOOL = 120
const KEYWORDS = new Set([
  'async',
  'err',
  '_',
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'new',
  'using',
  'lock',
  'foreach',
  'await',
  'throw',
  'typeof',
  'sizeof',
  'nameof',
  'when',
  'else',
  'function',
  'synchronized',
  'do',
  'try',
  'fixed',
  'in',
  'of',
  'and',
  'or',
  'not',
  'with',
  'as',
  'def',
  'class',
  'import',
  'from',
  'func',
  'go',
  'defer',
  'var',
  'let',
  'const',
  'fun',
  'super',
  'this',
  'self',
  'base',
  'true',
  'false',
  'null',
  'None',
  'nil',
  'elif',
  'except',
  'lambda',
  'yield',
  'pass'
])
/** Methods that take the URL they connect to (names compared in lower case). */
const URL_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'request',
  'fetch',
  'stream',
  'urlopen',
  'goto',
  'navigate',
  'visit',
  'connect',
  'newrequest',
  'newrequestwithcontext',
  'getasync',
  'postasync',
  'putasync',
  'deleteasync',
  'patchasync',
  'getstringasync',
  'getstreamasync',
  'getbytearrayasync',
  'getfromjsonasync',
  'postasjsonasync',
  // `HttpClient.SendAsync(request)` (C#, Java): the URL is the request's, which the method takes first.
  'sendasync',
  'uri',
  'url',
  'create',
  'scrape_url',
  'crawl_url',
  'scrapeurl',
  'crawlurl',
  'scrape',
  'crawl',
  'getforobject',
  'getforentity',
  'postforobject',
  'exchange',
  'fromurl',
  'gotoasync',
  'navigateasync',
  'dial',
  'postform',
  // A browser's: Selenium's `navigate().to(url)` and C#'s `Navigate().GoToUrl(url)`, rod's, HtmlUnit's.
  'to',
  'gotourl',
  'mustnavigate',
  'getpage'
])
/** The URL argument comes after these: a context, an HTTP method. */
const LEADING_NON_URL =
  /^\s*(ctx|context\.\w+\(\)|(["'])(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\2|method|http_method|httpMethod|verb|http\.Method\w+|HttpMethod\.\w+)\s*$/
/** A URL wrapped in a constructor: look inside. */
const URL_WRAPPER = /^\s*(?:URI\.create|new\s+URI|new\s+URL|URL|new\s+Uri|Uri\.parse|url\.Parse)\s*\(/
const FETCH: CatalogueEntry = {
  id: 'builtin:fetch',
  ecosystem: 'npm',
  package: 'fetch',
  legs: [],
  kind: 'generic-http',
  reason: 'the global fetch: decided by each call’s URL'
}

interface Definition {
  name: string
  nameOffset: number
  params: string[]
  start: number
  end: number
  /** The declared return type's text (`: FirecrawlApp`, `*slack.Client`, `-> Jira`, `WebClient`), when written. */
  returns?: string
}

interface ParsedFile {
  path: string
  language: Language
  text: string
  code: string
  bare: string
  /** Every import of the file. */
  imports: ImportLine[]
  lines: LineFinder
  defs: Definition[]
  /** The definitions by name. */
  defsByName: Map<string, Definition[]>
  /** Where the definitions' names are: a name there defines, it does not call. */
  defAt: Set<number>
  bindings: Map<string, CatalogueEntry>
  /** Members bound to a client (`self.jira = Jira(…)`, `this.http = axios.create()`), for classes built on this one. */
  members: Map<string, CatalogueEntry>
  /** Variables given a call's result the file cannot tell (`r = Manager.get_connection()`), by the callee. */
  assignedFrom: Map<string, string>
  /** Names imported from the repository's own modules, with the file that defines them. */
  importedFrom: Map<string, string>
  /** Of those, the names imported under another name (`search as find_issues`): local → the module's. */
  renamed: Map<string, string>
  /** Names imported from a relative module the checkout does not hold (generated, or left out). */
  missing: Set<string>
  /** Definitions looked up in the modules the file imports, by name (found or not), made once. */
  nearDefs: Map<string, { file: ParsedFile; def: Definition }[]>
  /** Definitions looked up two imports away, by name (found or not), made once. */
  farDefs: Map<string, { file: ParsedFile; def: Definition }[]>
  /** The file's functions that return a client (`getClient(): FirecrawlApp`). */
  returning: Map<string, CatalogueEntry>
  /** Bindings made inside a function (a local variable): they hold only there. */
  scoped: { name: string; entry: CatalogueEntry; start: number; end: number }[]
  constants: Map<string, string>
  /** The URL constants the file itself defines (`constants` adds those it imports from the repository's modules). */
  ownConstants: Map<string, string>
  linked: string[]
  /** The files of its directory and extension that `linked` begins with (this one among them), when it does. */
  siblings: readonly string[] | undefined
}

type Span = { start: number; end: number }

/** Offset just past the bracket matching the one at `open` in `text` (a bare view), or -1. */
function closing(text: string, open: number, limit = 200_000): number {
  const close = closingBracket(text, open, limit)
  return close < 0 ? -1 : close + 1
}

/** Split a parameter or argument list at its top-level commas (generic `<…>` counted as brackets). */
const splitTop = (list: string): string[] =>
  splitTopLevel(list, list, true)
    .map((s) => s.trim())
    .filter(Boolean)

function paramNames(text: string, language: Language): string[] {
  const names: string[] = []
  // A parameter list of at most 2,000 characters: it bounds the patterns below.
  const list = text.slice(0, 2000)
  for (const raw of splitTop(list)) {
    const p = raw.replace(/\[[^\]]*\]|@\w+(\([^)]*\))?/g, ' ').trim()
    if (p.startsWith('{')) {
      for (const m of p.matchAll(/([A-Za-z_$][\w$]*)\s*(?=[,}:=])/g)) names.push(m[1])
      continue
    }
    if (
      language === 'python' ||
      language === 'typescript' ||
      language === 'javascript' ||
      language === 'go' ||
      language === 'kotlin'
    ) {
      const m = /^[*.\s]*([A-Za-z_$][\w$]*)/.exec(p)
      if (m) names.push(m[1])
    } else {
      const m = /([A-Za-z_$][\w$]*)\s*(?:=[^]*)?$/.exec(p)
      if (m) names.push(m[1])
    }
  }
  return names
}

/** A type named for what a call returns: a response, a result, an error. */
const RESPONSE_TYPE = /(?:Response|Result|Reply|Error|Exception)$/

/** The functions and methods a file defines, with their bodies. */
export function definitionsOf(language: Language, bare: string): Definition[] {
  const defs: Definition[] = []
  if (language === 'python') {
    for (const m of bare.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/gm)) {
      const open = m.index + m[0].length - 1
      const close = closing(bare, open)
      if (close < 0) continue
      const indent = m[1].length
      let end = bare.length
      const lineEnd = bare.indexOf('\n', close)
      for (let i = lineEnd; i !== -1 && i < bare.length; i = bare.indexOf('\n', i + 1)) {
        const line = /^[ \t]*(\S?)/.exec(bare.slice(i + 1, i + 200))!
        if (
          line[1] &&
          line[1] !== '#' &&
          line[0].length - 1 <= indent &&
          line[0].length - 1 >= 0 &&
          !/^[ \t]*[)\]}]/.test(bare.slice(i + 1, i + 50))
        ) {
          end = i
          break
        }
      }
      const returns = /^[ \t]*->[ \t]*([^:\n]{1,120}):/.exec(bare.slice(close, close + 130))?.[1]
      defs.push({
        name: m[2],
        nameOffset: m.index + m[0].indexOf(m[2], m[1].length),
        params: paramNames(bare.slice(open + 1, close - 1), language),
        start: m.index,
        end,
        returns
      })
    }
    return defs
  }
  const re =
    language === 'go'
      ? /\bfunc[ \t]*(?:\([^)]{0,200}\)[ \t]*)?(\w+)[ \t]*(?:\[[^\]]{0,200}\])?\(/g
      : // A generic function (`request<T>(url)`) is defined with its type parameters before the list.
        /(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*(?:<(?:[^<>()\n]|<[^<>()\n]{0,100}>){1,200}>[ \t]*)?\(/g
  if (language === 'typescript' || language === 'javascript') {
    /** An arrow function whose body's `{` ends the match `m`, named `name` at `nameOffset`. */
    const arrow = (m: RegExpExecArray, name: string, nameOffset: number, params: string, start: number) => {
      const end = closing(bare, m.index + m[0].length - 1)
      if (end >= 0) defs.push({ name, nameOffset, params: paramNames(params, language), start, end, returns: '' })
    }
    // A function kept in a constant (`const readHandler = async (args: Args) => { … }`), handed to a registration.
    for (const m of bare.matchAll(ARROW_CONST))
      arrow(m, m[1], m.index + m[0].indexOf(m[1]), m[2] ?? m[3] ?? '', m.index)
    // In a table's property: only names that join words (`list_projects`, `getPage`), as a `handler:` or `get:` of an
    // options object is no function a call names.
    for (const m of bare.matchAll(ARROW_PROPERTY)) {
      const name = m[2] ?? m[3]
      const at = m.index + m[0].indexOf(name)
      if (WORD_JOIN.test(name)) arrow(m, name, at, m[4] ?? m[5] ?? '', at)
    }
  }
  for (const m of bare.matchAll(re)) {
    const name = m[1]
    if (KEYWORDS.has(name)) continue
    const nameOffset = m.index + m[0].indexOf(name)
    if (language !== 'go') {
      let b = nameOffset - 1
      while (b >= 0 && (bare[b] === ' ' || bare[b] === '\t')) b--
      // `.` a call on something; `@` an annotation or decorator written before the method it marks.
      if (bare[b] === '.' || bare[b] === '@') continue
      const before = /([A-Za-z_$][\w$]*)[ \t]*$/.exec(bare.slice(Math.max(0, b - 40), b + 1))
      if (before && (before[1] === 'new' || before[1] === 'return' || before[1] === 'await' || before[1] === 'throw'))
        continue
    }
    const open = m.index + m[0].length - 1
    const close = closing(bare, open, 20_000)
    if (close < 0) continue
    // After the parameters: an optional return type or throws clause, then the body. A Go result of `interface{}` or
    // `struct{}` holds braces that open no body: read as other characters of the same length.
    const next = bare.slice(close, close + 400)
    const after = /^[^;{}=]{0,300}?(\{|=>)/.exec(
      language === 'go' ? next.replace(/\b(?:interface|struct)\{\}/g, (m) => m.replace(/[{}]/g, '_')) : next
    )
    if (!after || (language !== 'go' && /[()]/.test(after[0].slice(0, -1).replace(/\([^()]*\)/g, '')))) continue
    // TypeScript writes only a return type there: `getClient(session) as { … }` and `parse(x) || {}` are calls.
    if ((language === 'typescript' || language === 'javascript') && !/^\s*(?::|\{|=>)/.test(after[0])) continue
    // Go: the result after the parameters, a function type too (a factory that makes the handler).
    if (
      language === 'go' &&
      !/^\s*(?:\([^)]*\)|func\s*\([^)]*\)\s*(?:\([^)]*\)|[\w.*[\]]+)?|[\w.*[\]]+)?\s*\{$/.test(after[0])
    )
      continue
    // A C# attribute list (`[McpServerTool, Description("…")]`) closes before the method it marks.
    if (language === 'csharp' && after[0].includes(']')) continue
    const bodyAt = close + after[0].length - after[1].length
    let end: number
    if (after[1] === '{') end = closing(bare, bodyAt)
    else {
      const brace = /^=>\s*\{/.exec(bare.slice(bodyAt, bodyAt + 50))
      end = brace ? closing(bare, bodyAt + brace[0].length - 1) : bare.indexOf(';', bodyAt)
    }
    if (end < 0) end = bare.length
    // TypeScript and Go write the type after the parameters; C# and Java before the name.
    const lineStart = bare.lastIndexOf('\n', nameOffset) + 1
    const returns =
      language === 'typescript' || language === 'javascript' || language === 'go' || language === 'kotlin'
        ? after[0].slice(0, -after[1].length)
        : bare.slice(Math.max(lineStart, nameOffset - 120), nameOffset)
    defs.push({
      name,
      nameOffset,
      params: paramNames(bare.slice(open + 1, close - 1), language),
      start: m.index,
      end,
      returns
    })
  }
  return defs
}

/** Names bound to catalogue entries: the imports, then variables, fields and parameters made from them. */
type Bound = 'bindings' | 'scoped' | 'returning' | 'members' | 'assignedFrom'
type Later =
  'nearDefs' | 'farDefs' | 'linked' | 'defs' | 'defsByName' | 'defAt' | 'constants' | 'importedFrom' | 'missing'
function bindingsOf(
  file: Omit<ParsedFile, Bound | Later>,
  defs: Definition[],
  entries: Map<string, CatalogueEntry>
): Pick<ParsedFile, Bound> {
  const bindings = new Map<string, CatalogueEntry>()
  const assignedFrom = new Map<string, string>()
  const scoped: ParsedFile['scoped'] = []
  /** The innermost function around an offset (none at the top level). */
  const scopeOf = (o: number) => {
    let best: Definition | undefined
    for (const d of defs) if (d.start <= o && o < d.end && (!best || d.start >= best.start)) best = d
    return best
  }
  const members = new Map<string, CatalogueEntry>()
  const bind = (name: string, e: CatalogueEntry, at: number, member: boolean) => {
    if (member && !members.has(name)) members.set(name, e)
    if (KEYWORDS.has(name) || bindings.has(name)) return
    let scope = member ? undefined : scopeOf(at)
    // Python's `global discord_client` before it: the function gives the module's name its value.
    if (scope && file.language === 'python' && globalIn(bare.slice(scope.start, at), name)) scope = undefined
    if (!scope) bindings.set(name, e)
    else if (!scoped.some((b) => b.name === name && b.start === scope.start))
      scoped.push({ name, entry: e, start: scope.start, end: scope.end })
  }
  if (file.language === 'typescript' || file.language === 'javascript') bindings.set('fetch', FETCH)
  for (const [name, entry] of entries) bindings.set(name, entry)
  const bare = file.bare
  const root = (chain: string) =>
    bindings.get(chain) ??
    bindings.get(chain.split('.')[0]) ??
    bindings.get(chain.slice(chain.lastIndexOf('.') + 1)) ??
    lifespanHeld(chain)
  // A client the server's lifespan made and yields in its context (`ctx.request_context.lifespan_context.db`): the
  // one bound in the function that gives it that name (`yield AppContext(db=database)`), the SDK's documented idiom.
  const lifespanHeld = (chain: string) => {
    const held = /\blifespan_context\.([A-Za-z_]\w*)$/.exec(chain)?.[1]
    if (!held) return undefined
    const given = new RegExp(`(?<![\\w.])${held}[ \\t]*=[ \\t]*([A-Za-z_]\\w*)[ \\t]*[,)]`).exec(bare)?.[1]
    return (
      scoped.find((b) => b.name === held)?.entry ??
      (given ? (scoped.find((b) => b.name === given)?.entry ?? bindings.get(given)) : undefined)
    )
  }
  /** Functions of the file that return a client: their type says so, or they return one made in them. */
  const returning = new Map<string, CatalogueEntry>()
  // What each function returns when it makes something (`return new Client(…)`): read once, looked up each round.
  const made = new Map<Definition, string | undefined>()
  const returnedBy = (d: Definition) => {
    for (const t of d.returns?.match(/[A-Za-z_$][\w$.]*/g) ?? []) {
      // What a client's call gives back (`httpx.Response`, `aiohttp.ClientResponse`) is data, not a client to follow.
      if (RESPONSE_TYPE.test(t)) continue
      const e = KEYWORDS.has(t) ? undefined : root(t)
      if (e) return e
    }
    if (!made.has(d))
      made.set(
        d,
        /\breturn[ \t]{1,8}(?:await[ \t]{1,8})?(?:new[ \t]{1,8})?&?[ \t]{0,8}([A-Za-z_$][\w$.]*)[ \t]{0,8}[({]/.exec(
          bare.slice(d.start, d.end)
        )?.[1]
      )
    const callee = made.get(d)
    return callee ? root(callee) : undefined
  }
  // The patterns' matches do not depend on what is bound: found once, decided again each round.
  // One whitespace run between the name and `=` (the type absorbs its own trailing blanks): two would be quadratic.
  const assignments = [
    ...bare.matchAll(
      /(?:\b(?:self|this)\s*\.\s*|(?<![\w$.]))([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*\w+)?[ \t]*(?::[ \t]*[\w.<>[\]|,?*][\w.<>[\]|, \t?*]{0,79})?:?=(?![=>])[ \t]*(?:await[ \t]+)?(?:new[ \t]+)?&?[ \t]*((?:self\.|this\.)?[A-Za-z_$][\w$.]*)/g
    )
  ]
  const withs = [...bare.matchAll(/\bwith[ \t]+(?:await[ \t]+)?([\w.]+)\([^\n]{0,300}?\)[ \t]+as[ \t]+(\w+)/g)]
  // C# names its properties in Pascal case (`private GraphServiceClient Graph => …`).
  const typed = [
    ...bare.matchAll(
      file.language === 'csharp'
        ? /(?<![\w.])([A-Z][\w.]*)(?:<[^<>;\n]{0,200}>)?\??[ \t]+([A-Za-z_]\w*)\b/g
        : /(?<![\w.])([A-Z][\w.]*)(?:<[^<>;\n]{0,200}>)?\??[ \t]+([a-z_]\w*)\b/g
    )
  ]
  const goTyped = file.language === 'go' ? [...bare.matchAll(/\b([a-z_]\w*)[ \t]+\*?([a-z]\w*)\.[A-Z]\w*/g)] : []
  // Found from each colon, the name read behind it: a pattern that starts at every identifier walks the whole file.
  const colonTyped = [...bare.matchAll(/:(?<=(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*:)[ \t]*([A-Z][\w$.]*)/g)]
  for (let round = 0; round < 3; round++) {
    const before = bindings.size + scoped.length
    for (const d of defs) {
      if (returning.has(d.name)) continue
      const e = returnedBy(d)
      if (e) returning.set(d.name, e)
    }
    // The local client a call's receiver names, when the call is the whole value (asked only then: bracket matching).
    const handleOf = (head: string, m: RegExpExecArray) => {
      const local = scoped.find(
        (b) =>
          b.name === head && b.name !== m[1] && b.start <= m.index && m.index < b.end && b.entry.kind !== 'generic-http'
      )
      return local && singleCall(bare, m.index + m[0].length) ? local.entry : undefined
    }
    for (const m of assignments) {
      const callee = m[2].replace(/^(?:self|this)\./, '')
      const head = callee.split('.')[0]
      const e =
        root(callee) ??
        // What one call of a local client gives in the same function (`conn = sqlite3.connect(…)`, then
        // `cur = conn.cursor()`); not an HTTP client's, whose calls give responses (`response.json().get("ok")`
        // requests nothing), nor a chain's, whose end is a result (`files().create(…).execute()`).
        handleOf(head, m) ??
        (/^[ \t]*\(/.test(bare.slice(m.index + m[0].length, m.index + m[0].length + 5))
          ? returning.get(callee.slice(callee.lastIndexOf('.') + 1))
          : genericClient(bare, m.index + m[0].length, root))
      if (e)
        bind(m[1], e, m.index, /^(?:self|this)\b/.test(m[0]) || (file.language !== 'python' && /^[A-Z_]/.test(m[1])))
      else if (
        !assignedFrom.has(m[1]) &&
        /^[ \t]*\(/.test(bare.slice(m.index + m[0].length, m.index + m[0].length + 5))
      ) {
        assignedFrom.set(m[1], callee.slice(callee.lastIndexOf('.') + 1))
      }
      if (e && /^(?:self|this)\b/.test(m[0]) && !members.has(m[1])) members.set(m[1], e)
    }
    for (const m of withs) {
      // `async with pool.connection() as conn`: from a client bound in the file or in the same function.
      const head = m[1].split('.')[0]
      const e = root(m[1]) ?? scoped.find((b) => b.name === head && b.start <= m.index && m.index < b.end)?.entry
      if (e) bind(m[2], e, m.index, false)
    }
    // Typed fields and parameters: `GraphServiceClient graph`, `client: WebClient`, `c *slack.Client`.
    for (const m of typed) {
      const e = root(m[1])
      if (e && !bindings.has(m[2]) && !KEYWORDS.has(m[2])) bindings.set(m[2], e)
    }
    for (const m of goTyped) {
      const e = bindings.get(m[2])
      if (e && !bindings.has(m[1]) && !KEYWORDS.has(m[1])) bindings.set(m[1], e)
    }
    for (const m of colonTyped) {
      const e = root(m[2])
      if (e && !bindings.has(m[1]) && !KEYWORDS.has(m[1])) bindings.set(m[1], e)
    }
    if (bindings.size + scoped.length === before) break
  }
  return { bindings, scoped, returning, members, assignedFrom }
}

/** Whether the call whose arguments open at `at` (after blanks) is the whole value: nothing is chained after it. */
function singleCall(bare: string, at: number): boolean {
  const open = /^[ \t]*\(/.exec(bare.slice(at, at + 20))
  if (!open) return false
  const end = closing(bare, at + open[0].length - 1, 20_000)
  return end > 0 && !/^[ \t]*[.[]/.test(bare.slice(end, end + 20))
}

/** Whether a Python function's text declares `global name` (`global a, name`). */
function globalIn(body: string, name: string): boolean {
  for (const m of body.matchAll(/\bglobal[ \t]+([\w \t,]{1,300})/g))
    if (m[1].split(',').some((n) => n.trim() === name)) return true
  return false
}

/**
 * The client a generic call's type argument names: `GetClientAsync<WorkItemTrackingHttpClient>()`,
 * `sync.OnceValue[*agile.Client](…)`.
 */
function genericClient(
  bare: string,
  at: number,
  root: (name: string) => CatalogueEntry | undefined
): CatalogueEntry | undefined {
  const args = /^[ \t]*(?:<([^<>()\n]{1,200})>|\[([^[\]()\n]{1,200})\])[ \t]*\(/.exec(bare.slice(at, at + 220))
  for (const t of (args?.[1] ?? args?.[2])?.match(/[A-Za-z_$][\w$.]*/g) ?? []) {
    const e = KEYWORDS.has(t) ? undefined : root(t)
    if (e) return e
  }
  return undefined
}

/**
 * Files a file can call into: relative JS imports, local Python modules, the same Go package or C#/Java directory,
 * C#/Java types it names.
 */
/**
 * The repository's paths by directory and by file name, made once: linking a file looked through every path per import.
 */
class PathIndex {
  readonly byDir = new Map<string, string[]>()
  readonly byName = new Map<string, string[]>()
  constructor(readonly all: Set<string>) {
    for (const p of all) {
      const cut = p.lastIndexOf('/')
      const dir = cut < 0 ? '' : p.slice(0, cut)
      const name = p.slice(cut + 1)
      let d = this.byDir.get(dir)
      if (!d) this.byDir.set(dir, (d = []))
      d.push(p)
      let n = this.byName.get(name)
      if (!n) this.byName.set(name, (n = []))
      n.push(p)
    }
  }
  has(p: string) {
    return this.all.has(p)
  }

  private readonly sources = new Map<string, string[]>()
  /** A directory's files with an extension, tests left out: made once per directory for all the files it holds. */
  sourcesIn(dir: string, ext: string): string[] {
    const key = `${dir}\0${ext}`
    let list = this.sources.get(key)
    if (!list)
      this.sources.set(key, (list = (this.byDir.get(dir) ?? []).filter((p) => p.endsWith(ext) && !isTestPath(p))))
    return list
  }
}

const REEXPORT = /\bexport[ \t]*(?:\*|\{[^{}]{0,400}\})[ \t]*from[ \t]*(['"])(\.[^'"\n]{0,200})\1/g

function linkedFiles(
  path: string,
  language: Language,
  text: string,
  code: string,
  bare: string,
  paths: PathIndex,
  types: Map<string, string[]>,
  imports: ReturnType<typeof importsOf>,
  importedFrom: Map<string, string>,
  missing: Set<string> = new Set(),
  siblings: { of?: readonly string[] } = {},
  renamed: Map<string, string> = new Map()
): string[] {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
  const join = (a: string, b: string) => {
    const parts = (a ? `${a}/${b}` : b).split('/')
    const out: string[] = []
    for (const p of parts) {
      if (p === '..') out.pop()
      else if (p && p !== '.') out.push(p)
    }
    return out.join('/')
  }
  const linked = new Set<string>()
  if (language === 'typescript' || language === 'javascript') {
    // Re-exports link too: a package's barrel (`export * from './client'`) leads to its modules.
    const reexports = [...code.matchAll(REEXPORT)]
    const reexported = reexports.map((m): Pick<ImportLine, 'module' | 'names' | 'renamed'> => ({
      module: m[2],
      names: []
    }))
    for (const imp of [...imports, ...reexported]) {
      if (!imp.module.startsWith('.')) continue
      const base = join(dir, imp.module)
      const stem = base.replace(/\.[mc]?js$/, '')
      const tried = [base, ...['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'].map((x) => `${stem}${x}`)]
      const found = [...tried, ...['ts', 'tsx', 'js', 'jsx', 'mjs'].map((x) => `${base}/index.${x}`)].find((cand) =>
        paths.has(cand)
      )
      if (found) {
        linked.add(found)
        for (const n of imp.names) importedFrom.set(n, found)
        for (const [n, original] of imp.renamed ?? []) renamed.set(n, original)
      } else for (const n of imp.names) missing.add(n)
    }
  } else if (language === 'python') {
    for (const imp of imports) {
      const dots = /^\.*/.exec(imp.module)![0].length
      const mod = imp.module.slice(dots).replace(/\./g, '/')
      const bases: string[] = []
      if (dots) {
        let d = dir
        for (let i = 1; i < dots; i++) d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : ''
        bases.push(join(d, mod))
      } else if (mod) bases.push(mod)
      if (dots && !bases.some((b) => paths.has(`${b}.py`) || paths.has(`${b}/__init__.py`)))
        for (const n of imp.names) if (!imp.members.some((m) => paths.has(`${bases[0]}/${m}.py`))) missing.add(n)
      for (const b of bases) {
        // Importing `a.b.c` runs `a/b/__init__.py` too: a package's re-exports are one step away.
        const parent = b.includes('/') ? [`${b.slice(0, b.lastIndexOf('/'))}/__init__.py`] : []
        for (const cand of [
          `${b}.py`,
          `${b}/__init__.py`,
          ...imp.members.map((m) => `${b ? `${b}/` : ''}${m}.py`),
          ...parent
        ]) {
          const module = cand === `${b}.py` || cand === `${b}/__init__.py`
          // A module beside the entry script, imported by its bare name (`from whatsapp import …` in a folder).
          const at = paths.has(cand)
            ? cand
            : !dots
              ? paths.byName.get(cand.slice(cand.lastIndexOf('/') + 1))?.find((p) => p.endsWith(`/${cand}`))
              : undefined
          if (!at) continue
          linked.add(at)
          if (module)
            for (const n of imp.names)
              if (!importedFrom.has(n)) {
                importedFrom.set(n, at)
                const original = imp.renamed?.get(n)
                if (original) renamed.set(n, original)
              }
        }
      }
    }
  } else {
    const ext = path.slice(path.lastIndexOf('.'))
    siblings.of = paths.sourcesIn(dir, ext)
    for (const p of siblings.of) if (p !== path) linked.add(p)
    if (language !== 'go') {
      for (const word of new Set(bare.match(/\b[A-Z]\w*\b/g) ?? []))
        for (const f of types.get(word) ?? []) if (f !== path) linked.add(f)
    } else {
      for (const imp of imports) {
        const segs = imp.module.split('/')
        // Only an import that names a directory of the repository: the standard library and modules elsewhere do not.
        for (let k = Math.min(segs.length - 1, 4); k >= 1; k--) {
          const tail = segs.slice(segs.length - k).join('/')
          const dirs = [...paths.byDir.keys()].filter((d) => d === tail || d.endsWith(`/${tail}`))
          for (const d of dirs)
            for (const p of paths.byDir.get(d)!) if (p.endsWith('.go') && !p.endsWith('_test.go')) linked.add(p)
          if (dirs.length) break
        }
      }
    }
  }
  void text
  void code
  return [...linked]
}

export function deriveCapabilities(
  repo: Pick<Repository, 'read'> & Partial<Pick<Repository, 'views'>>,
  paths: readonly string[],
  source: SourceSecurityEvidence,
  custom: readonly CustomCapability[] = []
): CapabilityEvidence {
  const catalogue = catalogueWith(custom)
  const pathSet = new PathIndex(new Set(paths))
  const types = new Map<string, string[]>()
  for (const t of source.declaredTypes) {
    if (isTestPath(t.file)) continue
    const list = types.get(t.name) ?? []
    list.push(t.file)
    types.set(t.name, list)
  }
  // C#: the `global using` lines of any file and the SDK's implicit usings (`<ImplicitUsings>enable`, which bring
  // System.Net.Http among others) apply to every file of the project.
  const projectUsings = once((): ImportLine[] => {
    const out: ImportLine[] = []
    if (paths.some((p) => p.endsWith('.csproj') && /<ImplicitUsings>\s*(?:enable|true)\s*</i.test(repo.read(p) ?? '')))
      out.push({ module: 'System.Net.Http', names: [], members: [], offset: 0 })
    for (const p of filesNaming('csharp', 'global')) {
      const f = parse(p)
      for (const m of f?.bare.matchAll(GLOBAL_USING) ?? [])
        out.push({ module: m[2], names: m[1] ? [m[1]] : [], members: [], offset: m.index })
    }
    return out
  })
  const parsed = new Map<string, ParsedFile | null>()
  const parse = (path: string): ParsedFile | undefined => {
    if (parsed.has(path)) return parsed.get(path) ?? undefined
    const language = languageOf(path)
    const text = language ? repo.read(path) : undefined
    if (!language || text === undefined) {
      parsed.set(path, null)
      return undefined
    }
    // Most files are parsed for a definition or two, or to find a tool's name: even the lexing is made on first use.
    const views = once(() => repo.views?.(path, text, language) ?? sourceViews(text, language))
    const imports = once(() => importsOfViewed(language, views()))
    const defs = once(() => definitionsOf(language, views().bare))
    const defsByName = once(() => byName(defs()))
    const bound = once(() => {
      const entries = new Map<string, CatalogueEntry>()
      for (const imp of language === 'csharp' ? [...imports(), ...projectUsings()] : imports()) {
        const e = entryOfImport(catalogue, language, imp) ?? sdks.entryOf(language, imp.module)
        if (!e) continue
        for (const n of imp.names) entries.set(n, e)
        for (const t of e.types ?? []) entries.set(t, e)
        if (language === 'csharp' || !imp.names.length) for (const t of e.types ?? []) entries.set(t, e)
      }
      return bindingsOf(file, defs(), entries)
    })
    const linking = once(() => {
      const importedFrom = new Map<string, string>()
      const missing = new Set<string>()
      const siblings: { of?: readonly string[] } = {}
      const renamed = new Map<string, string>()
      const { code, bare } = views()
      const linked = linkedFiles(
        path,
        language,
        text,
        code,
        bare,
        pathSet,
        types,
        imports(),
        importedFrom,
        missing,
        siblings,
        renamed
      )
      return { importedFrom, renamed, missing, linked, siblings: siblings.of }
    })
    const defAt = once(() => new Set(defs().map((d) => d.nameOffset)))
    const ownConstants = once(() => urlConstants(views().code))
    const constants = once(() => {
      const own = ownConstants()
      // A URL constant another module of the repository defines, imported here (`from .search import ARXIV_API_URL`).
      let all: Map<string, string> | undefined
      for (const [name, from] of linking().importedFrom) {
        if (own.has(name) || from === path) continue
        const url = parse(from)?.ownConstants.get(name)
        if (url) (all ??= new Map(own)).set(name, url)
      }
      return all ?? own
    })
    const file: ParsedFile = {
      path,
      language,
      text,
      get code() {
        return views().code
      },
      get bare() {
        return views().bare
      },
      get imports() {
        return imports()
      },
      lines: new LineFinder(text),
      get defs() {
        return defs()
      },
      get defsByName() {
        return defsByName()
      },
      get defAt() {
        return defAt()
      },
      get bindings() {
        return bound().bindings
      },
      get scoped() {
        return bound().scoped
      },
      get returning() {
        return bound().returning
      },
      get members() {
        return bound().members
      },
      get assignedFrom() {
        return bound().assignedFrom
      },
      nearDefs: new Map(),
      farDefs: new Map(),
      get constants() {
        return constants()
      },
      get ownConstants() {
        return ownConstants()
      },
      get importedFrom() {
        return linking().importedFrom
      },
      get renamed() {
        return linking().renamed
      },
      get linked() {
        return linking().linked
      },
      get missing() {
        return linking().missing
      },
      get siblings() {
        return linking().siblings
      }
    }
    parsed.set(path, file)
    return file
  }

  // The files of a language that name an identifier, read once each (a tool kept in a variable another file registers).
  const byLanguage = new Map<Language, string[]>()
  /** Languages with more files than are searched: a type not found may be declared in one not read. */
  const beyond = new Set<Language>()
  for (const p of paths) {
    const l = languageOf(p)
    if (!l || isTestPath(p)) continue
    const list = byLanguage.get(l) ?? []
    if (list.length < MAX_USE_FILES) list.push(p)
    else beyond.add(l)
    byLanguage.set(l, list)
  }
  const sdks = new ServiceSdks(
    function* () {
      for (const list of byLanguage.values())
        for (const p of list) {
          const f = parse(p)
          if (f) yield f
        }
    },
    paths,
    (language, imp) => entryOfImport(catalogue, language, imp) !== undefined,
    (p) => repo.read(p)
  )
  const texts = new Map<string, string | undefined>()
  /** A file's text, read once for the lookups below. */
  const textOf = (p: string) => {
    if (!texts.has(p)) texts.set(p, repo.read(p))
    return texts.get(p)
  }
  // The files of a language whose text holds a name, searched once per name: callers ask again for each tool.
  const naming = new Map<string, string[]>()
  const filesNaming = (language: Language, name: string): string[] => {
    const key = `${language}:${name}`
    let files = naming.get(key)
    if (!files)
      naming.set(key, (files = (byLanguage.get(language) ?? []).filter((p) => textOf(p)?.includes(name) ?? false)))
    return files
  }
  let namedClients: Map<string, string> | undefined
  // The one base address the checkout gives an HttpClient that has no name (a DI singleton, a typed client): where
  // its relative requests go; none, or several that differ, and they stay unresolved.
  // Or, when every base address given one is read from configuration, the organisation's own service.
  const defaultBases = once(() => {
    const hosts = new Set<string>()
    let configured = 0
    for (const p of filesNaming('csharp', 'BaseAddress')) {
      const f = parse(p)
      for (const base of f ? unnamedBases(f) : []) {
        if (base.host) hosts.add(base.host)
        else if (base.configured) configured++
        else return { host: undefined, configured: false }
      }
    }
    return {
      host: hosts.size === 1 && !configured ? [...hosts][0] : undefined,
      configured: configured > 0 && !hosts.size
    }
  })
  const defaultClientHost = () => defaultBases().host
  const defaultClientConfigured = () => defaultBases().configured
  // Configuration files of a Spring application (`application.properties`, `application.yml`), read once.
  let config: Map<string, string> | undefined
  const configValue = (key: string): string | undefined => {
    if (!config) {
      config = new Map()
      for (const p of paths) {
        if (isTestPath(p) || !/(?:^|\/)application[\w-]*\.(?:properties|ya?ml)$/.test(p)) continue
        const text = repo.read(p)
        if (text === undefined) continue
        if (p.endsWith('.properties')) {
          for (const m of text.matchAll(/^[ \t]*([\w.-]+)[ \t]*[=:][ \t]*([^\n]*)$/gm)) {
            const value = m[2].trimEnd()
            if (value && !config.has(m[1])) config.set(m[1], value)
          }
        } else flattenYaml(text, config)
      }
    }
    return config.get(key)
  }
  /** The namespaces the checkout's C# files declare, and their first segments. */
  const ownNamespaces = once(() => {
    const index = { declared: new Set<string>(), roots: new Set<string>() }
    for (const p of filesNaming('csharp', 'namespace')) {
      const m = NAMESPACE_DECLARATION.exec(textOf(p) ?? '')
      if (!m) continue
      index.declared.add(m[1])
      index.roots.add(m[1].split('.')[0])
    }
    return index
  })
  /** A `<ProjectReference>` of a project file of the checkout to a project file the checkout does not hold. */
  const absentProjectReference = once(() =>
    paths.some((p) => {
      if (!p.endsWith('.csproj') || isTestPath(p)) return false
      const dir = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''
      for (const m of (textOf(p) ?? '').matchAll(PROJECT_REFERENCE)) {
        // A path out of the checkout (`../Shared/…`) starts with `..`, which no path of the checkout does.
        if (!pathSet.has(posix.normalize(posix.join(dir, m[1].replace(/\\/g, '/'))))) return true
      }
      return false
    })
  )
  // The files that declare a type, by language and name (none means a library's type): one pass per language, made on
  // the first lookup of a type there.
  const declaringIndexes = new Map<Language, Map<string, string[]>>()
  const declaringIndex = (language: Language): Map<string, string[]> => {
    let index = declaringIndexes.get(language)
    if (index) return index
    declaringIndexes.set(language, (index = new Map()))
    // Go also declares types in a `type ( … )` group: a line of the name and its kind.
    const declaration = language === 'go' ? GO_TYPE_DECLARATION : TYPE_DECLARATION
    for (const p of byLanguage.get(language) ?? []) {
      for (const m of textOf(p)?.matchAll(declaration) ?? []) {
        const name = m[1] ?? m[2]
        const files = index.get(name)
        if (!files) index.set(name, [p])
        else if (files.at(-1) !== p) files.push(p)
      }
    }
    return index
  }
  const definedNames = new Map<string, string[]>()
  const dispatchIndexes = new Map<Language, Map<string, string[]>>()
  const dispatchIndex = (language: Language) => {
    let index = dispatchIndexes.get(language)
    if (!index) {
      dispatchIndexes.set(language, (index = new Map()))
      for (const p of byLanguage.get(language) ?? []) {
        for (const m of textOf(p)?.matchAll(COMPARED_STRING) ?? []) {
          const value = m[2] ?? m[4] ?? m[6]
          const files = index.get(value)
          if (!files) index.set(value, [p])
          else if (files.at(-1) !== p) files.push(p)
        }
      }
    }
    return index
  }
  /** Per language, how many of the registered tools' names each file compares. */
  const dispatched = new Map<Language, Map<string, number>>()
  const dispatchedNames = (language: Language) => {
    let counts = dispatched.get(language)
    if (!counts) {
      dispatched.set(language, (counts = new Map()))
      const index = dispatchIndex(language)
      for (const name of new Set(source.tools.filter((t) => !t.isTest).map((t) => t.name)))
        for (const p of index.get(name) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1)
    }
    return counts
  }
  const toolNamesByFile = once(() => {
    const byFile = new Map<string, Set<string>>()
    for (const t of source.tools) if (!t.isTest) byFile.set(t.at.file, (byFile.get(t.at.file) ?? new Set()).add(t.name))
    return byFile
  })
  // Per language, the types each class or interface extends or implements: made on the first call through one.
  const subtypeIndexes = new Map<Language, Map<string, Subtype[]>>()
  const subtypes = (language: Language, type: string): Subtype[] => {
    let index = subtypeIndexes.get(language)
    if (!index) {
      subtypeIndexes.set(language, (index = new Map()))
      for (const p of byLanguage.get(language) ?? []) {
        for (const m of textOf(p)?.matchAll(TYPE_HEADER) ?? []) {
          for (const base of supertypesOf(language, m[2])) {
            if (base === m[1]) continue
            const list = index.get(base)
            if (list) list.push({ file: p, type: m[1] })
            else index.set(base, [{ file: p, type: m[1] }])
          }
        }
      }
    }
    return index.get(type) ?? []
  }
  const lookups: Lookups = {
    subtypes,
    filesNaming,
    typeFiles: (language, name) => {
      const files = declaringIndex(language).get(name) ?? []
      return files.length || !beyond.has(language) ? files : undefined
    },
    baseHost: (f, name) =>
      springBaseHost(f, name, parse, filesNaming, configValue) ??
      (f.language === 'csharp' ? defaultClientHost() : undefined),
    configuredBase: (f) => f.language === 'csharp' && defaultClientConfigured(),
    propertyUrl: (f, expr) =>
      configurationPropertyUrl(f, expr, parse, (type) => lookups.typeFiles?.(f.language, type), configValue),
    ownNamespaceAbsent: (f, type) => {
      // Only where a project of the checkout references one the checkout does not hold (a subfolder of a solution).
      if (f.language !== 'csharp' || !absentProjectReference()) return undefined
      // Usings do not say which namespace a type is from: only a service the class is given (a constructor's
      // parameter or a field), never one it makes (`new StringBuilder(…)`), is taken for the shared code's.
      const given = new RegExp(`\\b${type}(?:<[^<>;\\n]{0,200}>)?\\??[ \\t]+@?[A-Za-z_]\\w*[ \\t]*[,);=]`)
      if (!given.test(f.bare) || new RegExp(`\\bnew[ \\t]+${type}\\b`).test(f.bare)) return undefined
      const { declared, roots } = ownNamespaces()
      for (const imp of f.imports) {
        const ns = imp.module
        if (declared.has(ns) || !roots.has(ns.split('.')[0])) continue
        if (![...declared].some((d) => d.startsWith(`${ns}.`))) return ns
      }
      return undefined
    },
    goInterfaceMethods: once(() => {
      const methods = new Set<string>()
      for (const p of filesNaming('go', 'interface')) {
        const g = isTestPath(p) ? undefined : parse(p)
        for (const m of g?.bare.matchAll(GO_INTERFACE) ?? []) {
          const end = closing(g!.bare, m.index + m[0].length - 1, 20_000)
          const body = end > 0 ? g!.bare.slice(m.index + m[0].length, end - 1) : ''
          for (const d of body.matchAll(/^[ \t]*([A-Z]\w*)[ \t]*\(/gm)) methods.add(d[1])
        }
      }
      return methods
    }),
    definingFiles: (language, name) => {
      const key = `${language}:${name}`
      let files = definedNames.get(key)
      if (!files)
        definedNames.set(key, (files = filesNaming(language, name).filter((p) => definedIn(parse(p), name).length > 0)))
      return files
    },
    toolsIn: (file) => toolNamesByFile().get(file)?.size ?? 0,
    dispatchFiles: (language, name) => {
      const files = dispatchIndex(language).get(name) ?? []
      if (files.length < 2) return files
      // The dispatcher compares most of the tools' names; a switch that logs or sanitises a few of them is not it.
      const names = dispatchedNames(language)
      return [...files].sort((a, b) => (names.get(b) ?? 0) - (names.get(a) ?? 0))
    },
    namedClientHost: (name) => {
      if (!namedClients) {
        namedClients = new Map()
        for (const p of filesNaming('csharp', 'AddHttpClient')) {
          const f = parse(p)
          if (f) for (const [n, host] of namedClientsIn(f)) if (!namedClients.has(n)) namedClients.set(n, host)
        }
      }
      return namedClients.get(name)
    }
  }
  const seen = new Set<string>()
  const tools: ToolReach[] = []
  const registrations: ToolRegistration[] = []
  for (const reg of source.tools) {
    if (reg.isTest || seen.has(reg.name)) continue
    seen.add(reg.name)
    registrations.push(reg)
  }
  const handlers = registrations.map((reg) => handlerOfTool(reg, parse, lookups))
  // Tools that share one handler (a loop's lambda handing the name on) are each served by their own code somewhere:
  // a function or method named as the tool (`notion_append_block_children(args) {…}` in a table of handlers).
  const named = namedHandlers(handlers, registrations, byLanguage, textOf, parse)
  registrations.forEach((reg, i) => tools.push(reachOf(reg, handlers[i], parse, catalogue, lookups, named.get(i))))

  // The source pass's reads of third-party text and its network calls, in code a tool reaches, are that tool's.
  const inReach = (t: ToolReach, at: FileEvidence) =>
    t.reached.some((r) => r.file === at.file && r.from <= at.line && at.line <= r.to)
  // A URL named like one is the caller's only in the handler, or where a tool argument reaches it.
  const callerIn = (t: ToolReach, at: FileEvidence, expression: string) =>
    t.reached.some((r, i) => {
      if (r.file !== at.file || at.line < r.from || at.line > r.to) return false
      const taint = TAINT.get(t)?.[i]
      return !taint || mentions(expression, taint)
    })
  const tied = new Set<string>()
  // The reads and calls by file, made once: a large server has thousands of tools and hundreds of thousands of calls.
  const readsByFile = new Map<string, SourceSecurityEvidence['thirdPartyReads']>()
  for (const r of source.thirdPartyReads) {
    if (r.isTest) continue
    const list = readsByFile.get(r.at.file) ?? []
    list.push(r)
    readsByFile.set(r.at.file, list)
  }
  const reachedFiles = new Set(tools.flatMap((t) => t.reached.map((r) => r.file)))
  const callsByFile = new Map<
    string,
    { client: string; host?: string; expression?: string; callerSupplied: boolean; sends?: boolean; at: FileEvidence }[]
  >()
  source.networkCalls.walk((c, take) => {
    if (c.isTest || !(c.host || c.callerSupplied) || !reachedFiles.has(c.at.file)) return
    const row = take()
    const list = callsByFile.get(row.at.file) ?? []
    list.push(row)
    callsByFile.set(row.at.file, list)
  })
  for (const t of tools) {
    if (!t.reached.length) continue
    const has = new Set([...t.facts.map((f) => `${f.at.file}:${f.at.line}`), ...(SETTLED.get(t) ?? [])])
    for (const file of new Set(t.reached.map((r) => r.file))) {
      for (const r of readsByFile.get(file) ?? []) {
        if (!inReach(t, r.at)) continue
        tied.add(`${r.at.file}:${r.at.line}`)
        const here = t.facts.filter((f) => f.at.file === r.at.file && f.at.line === r.at.line)
        // A package read held as private data only (its object named no text) still reads what the rule names.
        const held = has.has(`${r.at.file}:${r.at.line}`) && !here.some((f) => f.leg === 'privateData')
        if (!held && !here.some((f) => f.leg === 'untrustedContent'))
          t.facts.push({ leg: 'untrustedContent', via: `${r.source} (${r.api})`, source: 'read', at: r.at })
      }
      for (const row of callsByFile.get(file) ?? []) {
        if (!inReach(t, row.at)) continue
        const key = `${row.at.file}:${row.at.line}`
        tied.add(key)
        if (has.has(key)) continue
        has.add(key)
        if (row.host) {
          t.facts.push({
            leg: 'externalCommunication',
            via: `${row.client} → ${row.host}`,
            source: 'host',
            host: row.host,
            at: row.at
          })
          t.facts.push(...vendorFacts(catalogue, row.host, row.at))
        } else if (!callerIn(t, row.at, row.expression ?? '')) {
          const rf = parse(row.at.file)
          const configured = rf && configuredTarget(rf, offsetOf(rf, row.at.line, row.at.column), row.expression ?? '')
          if (configured) t.facts.push(configuredFact(row.client, row.expression ?? '', row.at))
          else
            t.unknownTargets.push({
              client: row.client,
              expression: row.expression ?? '',
              sends: row.sends,
              at: row.at
            })
        } else {
          t.facts.push({
            leg: 'untrustedContent',
            via: `${row.client} fetches a URL the caller chooses (\`${row.expression}\`)`,
            source: 'caller-url',
            at: row.at
          })
          t.facts.push({
            leg: 'externalCommunication',
            via: `${row.client} connects where the caller chooses (\`${row.expression}\`)`,
            source: 'caller-url',
            at: row.at
          })
        }
      }
    }
  }

  // What no tool reached belongs to the server, with the tools that may hold it.
  const server: ServerFact[] = []
  const unresolved: CapabilityEvidence['unresolved'] = []
  const reachedEntries = new Set(tools.flatMap((t) => [...t.facts.map((f) => f.via), ...(TOUCHED.get(t) ?? [])]))
  const allTools = tools.map((t) => t.tool)
  const byRegistrationFile = once(() => {
    const byFile = new Map<string, string[]>()
    for (const t of tools) {
      const list = byFile.get(t.registration.file)
      if (list) list.push(t.tool)
      else byFile.set(t.registration.file, [t.tool])
    }
    return byFile
  })
  const registeredIn = (file: string) => byRegistrationFile().get(file) ?? []
  const candidatesOf = (file: string) => {
    const here = registeredIn(file)
    return here.length ? here : allTools
  }
  const byId = new Map(catalogue.entries.map((e) => [e.id, e]))
  const reported = new Set<string>()
  for (const imp of source.imports) {
    if (imp.isTest) continue
    const e = byId.get(imp.entry)
    if (!e || !e.legs.length || reachedEntries.has(viaOf(e))) continue
    for (const leg of e.legs) {
      const key = `${e.id}|${leg}`
      if (reported.has(key)) continue
      reported.add(key)
      server.push({
        leg,
        via: viaOf(e),
        source: e.kind === 'llm' ? 'llm' : e.kind === 'send' ? 'send' : 'package',
        at: imp.at,
        candidates: candidatesOf(imp.at.file)
      })
    }
  }
  const reachedLines = new Set([
    ...tied,
    ...tools.flatMap((t) => [...(SETTLED.get(t) ?? [])]),
    ...tools.flatMap((t) => [
      ...t.facts.map((f) => `${f.at.file}:${f.at.line}`),
      ...t.unknownTargets.map((u) => `${u.at.file}:${u.at.line}`)
    ])
  ])
  for (const r of source.thirdPartyReads) {
    if (r.isTest || reachedLines.has(`${r.at.file}:${r.at.line}`)) continue
    server.push({
      leg: 'untrustedContent',
      via: `${r.source} (${r.api})`,
      source: 'read',
      at: r.at,
      candidates: candidatesOf(r.at.file)
    })
  }
  source.networkCalls.walk((c, take) => {
    if (c.isTest || reachedLines.has(`${c.at.file}:${c.at.line}`)) return
    if (c.callerSupplied) {
      const row = take()
      server.push({
        leg: 'untrustedContent',
        via: `${row.client} fetches a URL the caller chooses (\`${row.expression}\`)`,
        source: 'caller-url',
        at: row.at,
        candidates: candidatesOf(row.at.file)
      })
      server.push({
        leg: 'externalCommunication',
        via: `${row.client} connects where the caller chooses (\`${row.expression}\`)`,
        source: 'caller-url',
        at: row.at,
        candidates: candidatesOf(row.at.file)
      })
    } else if (c.host) {
      const row = take()
      server.push({
        leg: 'externalCommunication',
        via: `${row.client} → ${row.host}`,
        source: 'host',
        host: row.host,
        at: row.at,
        candidates: candidatesOf(row.at.file)
      })
    } else {
      // A computed target beside tools no handler was followed to: those tools may be the ones calling it.
      const here = registeredIn(c.at.file)
      if (here.length) {
        const row = take()
        unresolved.push({
          client: row.client,
          expression: row.expression ?? '',
          sends: row.sends,
          at: row.at,
          candidates: here
        })
      }
    }
  })
  const resolved = new Set(
    tools.flatMap((t) => [
      ...(SETTLED.get(t) ?? []),
      ...t.facts
        .filter((x) => x.source === 'host' || x.source === 'configured-host')
        .map((x) => `${x.at.file}:${x.at.line}`)
    ])
  )
  return { tools, server, unresolved, resolved: [...resolved] }
}

const viaOf = (e: CatalogueEntry) => `${e.package}: ${e.reason}`

/** A C# file's namespace (block or file-scoped). */
const NAMESPACE_DECLARATION = /^[ \t]*namespace[ \t]+([A-Za-z_][\w.]{0,200})/m
/** A project file's reference to another project of the solution. */
const PROJECT_REFERENCE = /<ProjectReference[ \t\r\n]+Include[ \t]*=[ \t]*"([^"\n]{1,300})"/g

/** A Go interface type's declaration, up to its opening brace. */
const GO_INTERFACE = /\btype[ \t]+[A-Za-z_]\w*(?:\[[^[\]\n]{0,200}\])?[ \t]+interface[ \t]*\{/g

/** A module loaded at run time: `import('./x')`, `require(name)`, `importlib.import_module(…)`, `__import__(…)`. */
const DYNAMIC_IMPORT = /(?<![\w$.])import[ \t]*\(|\bimport_module[ \t]*\(|\b__import__[ \t]*\(/

/** A call to a vendor's API host reaches what the vendor's SDK would: its entry's legs. */
function vendorFacts(catalogue: Catalogue, host: string, at: FileEvidence): CapabilityFact[] {
  const e = catalogue.byHost(host)
  if (!e) return []
  return e.legs
    .filter((leg) => leg !== 'externalCommunication')
    .map((leg) => ({ leg, via: `${viaOf(e)} (its API at ${host})`, source: 'package' as const, at }))
}

/** What a call to a host reaches: a channel to it, and what a vendor's SDK would at its API host. */
const hostFacts = (catalogue: Catalogue, client: string, host: string, at: FileEvidence): CapabilityFact[] => [
  { leg: 'externalCommunication', via: `${client} → ${host}`, source: 'host', host, at },
  ...vendorFacts(catalogue, host, at)
]

function urlConstants(code: string): Map<string, string> {
  const map = new Map<string, string>()
  // Every entry holds a URL literal: a file without one has none to find.
  if (!code.includes('://')) return map
  // Found from each URL, the name read behind it (a pattern that starts at every identifier walks the whole file).
  for (const m of code.matchAll(
    /(?:https?|wss?):\/\/(?<=\b([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.<>]+[ \t]*)?:?=[ \t]*[fr]?['"`](?:https?|wss?):\/\/)[^'"`\s{]+/g
  ))
    map.set(m[1], m[0])
  // A name given a member of such a table: `const endpoint = this.baseURLs.search`.
  const members = /\b([A-Za-z_]\w*)[ \t]*:?=[ \t]*(?:[A-Za-z_$][\w$]*\.)+([A-Za-z_]\w*)[ \t]*[;\n]/g
  // An object's or a dictionary's URL-valued keys: `search: 'https://…'`, `"search": "https://…"`.
  // Found from each colon, the key read behind it (a pattern that starts at every identifier walks the whole file).
  for (const m of code.matchAll(
    /:(?<=(?<![\w$])(?:"([A-Za-z_]\w*)"|'([A-Za-z_]\w*)'|([A-Za-z_]\w*))[ \t]*:)[ \t]*['"`]((?:https?|wss?):\/\/[^'"`\s{]+)/g
  )) {
    const key = m[1] ?? m[2] ?? m[3]
    if (!map.has(key)) map.set(key, m[4])
  }
  if (map.size)
    for (const m of code.matchAll(members)) if (!map.has(m[1]) && map.has(m[2])) map.set(m[1], map.get(m[2])!)
  return map
}

const GENERIC_ARGS = /^<(?:[\w.?, \t[\]]|<[\w.?, \t[\]]{0,100}>){1,200}>[ \t]*(?=\()/

/**
 * A chain's steps with the first argument each call is given, past a leading context (`db.ExecContext(ctx, "DELETE
 * …")`: the statement); a step that is not called has none.
 */
function callsOf(f: Pick<ParsedFile, 'code'>, chain: { name: string; argsAt?: number }[]) {
  return chain.map((c) => {
    if (c.argsAt === undefined) return { name: c.name, args: undefined }
    const first = firstArgument(f.code, c.argsAt)
    return {
      name: c.name,
      args: /^\s*(?:ctx|context|cancellationToken|ct)\s*$/.test(first)
        ? firstArgument(f.code, c.argsAt + first.length + 1)
        : first
    }
  })
}

/**
 * The identifiers of a chain after `at` (`.a.b(…).c(`): each member and whether it is called, with the call's
 * arguments' start.
 */
function chainAfter(bare: string, from: number): { name: string; argsAt?: number; end: number }[] {
  const out: { name: string; argsAt?: number; end: number }[] = []
  let i = from
  let name = ''
  for (let steps = 0; steps < 12; steps++) {
    while (bare[i] === ' ' || bare[i] === '\t' || bare[i] === '\n' || bare[i] === '\r') i++
    // `a?.b` and TypeScript's non-null `a!.b` go on to the member.
    if ((bare[i] === '?' || bare[i] === '!') && bare[i + 1] === '.') i++
    // A generic method's type arguments before its call: `GetFromJsonAsync<JsonElement>(url)`.
    if (bare[i] === '<' && name) {
      const typeArgs = GENERIC_ARGS.exec(bare.slice(i, i + 220))
      if (typeArgs) i += typeArgs[0].length
    }
    // An indexer on the way (`Me.Contacts[id].DeleteAsync()`, `tables["x"].query(…)`) goes on to what it selects.
    if (bare[i] === '[' && name) {
      const close = closing(bare, i, 2_000)
      if (close < 0) break
      i = close
      continue
    }
    if (bare[i] === '(') {
      const close = closing(bare, i, 20_000)
      out.push({ name, argsAt: i + 1, end: close < 0 ? i + 1 : close })
      if (close < 0) break
      i = close
      name = ''
    } else if (bare[i] === '.') {
      const m = /^\.\s*([A-Za-z_$][\w$]*)/.exec(bare.slice(i, i + 200))
      if (!m) break
      if (name) out.push({ name, end: i })
      name = m[1]
      i += m[0].length
    } else break
  }
  if (name) out.push({ name, end: i })
  return out
}

/** Where a tool's code starts: its handler (and a class's other run methods), in its file. */
interface FoundHandler {
  handlerFile: ParsedFile
  handler: { span: Span; params: string[] }
  extra: { span: Span; params: string[] }[]
  at: FileEvidence
}

/** The handler of a tool's registration: the function or body it names, or the one the server dispatches it to. */
function handlerOfTool(
  reg: ToolRegistration,
  parse: (path: string) => ParsedFile | undefined,
  lookups: Lookups
): FoundHandler | undefined {
  const file = parse(reg.at.file)
  if (!file) return undefined
  const offset = offsetOf(file, reg.at.line, reg.at.column)
  type Handler = { span: Span; params: string[] }
  /** The first of the files in which `find` finds the tool's handler, with that file. */
  const firstIn = (paths: Iterable<string>, find: (f: ParsedFile, path: string) => Handler | undefined) => {
    for (const p of paths) {
      const f = parse(p)
      const h = f && find(f, p)
      if (h) return { h, f: f! }
    }
    return undefined
  }
  const here = [file.path, ...file.linked]
  // A tool from a list of definitions: the handler the source pass found for it (source/tool-lists.ts).
  const listed = listedHandler(reg, parse)
  const found =
    (listed && { h: listed.handler, f: listed.file }) ??
    firstIn([file.path], (f) => handlerOf(f, offset, reg, parse)) ??
    // A low-level server lists its tools apart and dispatches on the name (`case "search":`).
    firstIn(here, (f, p) => dispatchOf(f, reg.name, p === file.path ? offset : -1)) ??
    // Or in a file neither imports: the dispatcher a call handler elsewhere hands the name to.
    firstIn(
      (lookups.dispatchFiles?.(file.language, reg.name) ?? []).filter((p) => !here.includes(p)),
      (f) => dispatchOf(f, reg.name, -1)
    ) ??
    // A low-level server that lists one tool serves it from its one call handler.
    (lookups.toolsIn?.(file.path) === 1 ? firstIn(here, (f) => callToolHandler(f)) : undefined) ??
    // A tool kept in a variable (`var GetIssueTool = mcp.NewTool(…)`) that another file registers with its handler.
    variableRegistration(file, offset, lookups.filesNaming, firstIn, parse) ??
    // A tool from a list another module keeps: the handler of the registration that goes over the list.
    (reg.site
      ? firstIn([reg.site.file], (f) => handlerOf(f, offsetOf(f, reg.site!.line, reg.site!.column), reg, parse))
      : undefined)
  let handler = found?.h
  const handlerFile = found?.f ?? file
  // A tool written as a class (the name given to the base class, the description a method): its run method.
  let extra: Handler[] = []
  if (!handler) {
    const methods = classHandlers(file, offset)
    if (methods.length) [handler, ...extra] = methods
  }
  if (!handler) return undefined
  const { line, column } = handlerFile.lines.at(handler.span.start)
  const at = { file: handlerFile.path, line, column, note: `handler of "${reg.name}"` }
  return { handlerFile, handler, extra, at }
}

/**
 * What a tool reaches from its handler (handlerOfTool), and from `named`, the function of its own name that serves
 * it when its handler serves other tools too.
 */
function reachOf(
  reg: ToolRegistration,
  found: FoundHandler | undefined,
  parse: (path: string) => ParsedFile | undefined,
  catalogue: Catalogue,
  lookups: Lookups = NO_LOOKUPS,
  named?: { file: ParsedFile; def: Definition }
): ToolReach {
  const reach: ToolReach = { tool: reg.name, registration: reg.at, facts: [], unknownTargets: [], reached: [] }
  if (!found) return reach
  const { handlerFile, handler, extra } = found
  reach.handler = found.at
  const visited = new Set<string>()
  /** The functions walked, whatever the function they were reached under. */
  const walked = new Set<string>()
  const factKeys = new Set<string>()
  const addFact = (f: CapabilityFact) => {
    const key = `${f.leg}|${f.via}|${f.at.file}:${f.at.line}`
    if (factKeys.has(key)) return
    // One place per package and leg is enough evidence.
    if (f.source !== 'host' && f.source !== 'caller-url' && reach.facts.some((x) => x.leg === f.leg && x.via === f.via))
      return
    factKeys.add(key)
    reach.facts.push(f)
  }
  /** Packages reached without their SDK (a plain HTTP call to its API host, a program run): how, for the evidence. */
  const reachedThrough = new Map<CatalogueEntry, string>()
  /** Per private-data package: where the tool reads through it, where its use is unclear, whether it writes. */
  const access = new Map<
    CatalogueEntry,
    {
      read?: FileEvidence
      unclear?: FileEvidence
      wrote: boolean
      /** Where it first writes. */
      wroteAt?: FileEvidence
      callerStatement?: FileEvidence
      /** A read of what the catalogue names as text others write (its `content` words). */
      content?: FileEvidence
      /** A write that authors such text: others will read it, so the tool communicates out. */
      published?: FileEvidence
    }
  >()
  const noteAccess = (
    entry: CatalogueEntry,
    a: Access | undefined,
    where: FileEvidence,
    callerStatement = false,
    words: string[] = [],
    callWords: string[] = [],
    names: string[] = []
  ) => {
    let n = access.get(entry)
    if (!n) access.set(entry, (n = { wrote: false }))
    if (callerStatement) n.callerStatement ??= where
    if (a === 'read') n.read ??= where
    else if (a === 'write') {
      n.wrote = true
      n.wroteAt ??= where
    } else n.unclear ??= where
    if (a !== 'write' && readsContent(entry, names)) n.content ??= where
    // A package that lists its reads is not told by its words: a browser's `goForward` forwards no message.
    const authored =
      a === 'write' && entry.legs.includes('untrustedContent') && !listsReads(entry)
        ? authoredObject(callWords, words)
        : undefined
    // A package that names its text-bearing objects publishes only through them (a sprint or a watcher is not one).
    // A call that names no object of its own (`client.api(path).post(…)`) writes what the names on its way say.
    const object =
      authored && !authored.head && entry.content?.length
        ? [...names, reg.name]
            .map((x) => objectOf(x, contentWords(entry).keep))
            .find((o) => o && holdsContent(entry, o))
        : authored
    if (authored && (!entry.content?.length || (object && holdsContent(entry, object)))) n.published ??= where
  }
  /** Lines whose call is settled as a use of a vendor's API: the source pass's network call there is this tool's. */
  const settled = new Set<string>()
  SETTLED.set(reach, settled)
  const work: {
    file: ParsedFile
    span: Span
    tainted: Set<string>
    depth: number
    path: string[]
    /** Parameters given a client by the caller. */
    handed: Map<string, CatalogueEntry>
    /** Parameters the caller gave a URL it wrote (`request(`${API_BASE}/alerts`)`): where the parameter points. */
    given: UrlsGiven
    /** Parameters the caller gave a URL on the host the server's configuration names (`buildUrl(path)`). */
    configured?: Deferred<boolean>
    /** Parameters the caller gave a URL a function of its own builds on its own base: not the tool caller's choice. */
    based?: Set<string>
    /** Whether what the function returns reaches the tool's result (asked only of a tool that changes files). */
    shows: () => boolean
    /** The caller handed a body verb on (`this.request(path, { method: 'PATCH', body })`): its requests write. */
    writes?: boolean
    /** The caller handed DELETE on (`Send(JsonRequest(HttpMethod.Delete, path))`): its requests read nothing back. */
    deletes?: boolean
    /** Reached through an interface: the implementation of the call. */
    dispatched?: boolean
    /** Parameters the function's callers gave a function of the repository (`getClient`): what a call of one runs. */
    functions?: Map<string, Callees>
  }[] = [handler, ...extra].map((h) => {
    const callers = givenByCallers(handlerFile, h.span, parse, lookups)
    return {
      file: handlerFile,
      span: h.span,
      tainted: argumentsOf(h.params),
      depth: 0,
      path: [],
      handed: new Map(callers.clients),
      given: new Map(),
      shows: () => true,
      functions: callers.functions
    }
  })
  if (named)
    work.push({
      file: named.file,
      span: { start: named.def.start, end: named.def.end },
      tainted: argumentsOf(named.def.params),
      depth: 0,
      path: [],
      handed: new Map(),
      given: new Map(),
      shows: () => true
    })
  // Functions walked: code met again under the same function is skipped, and costs the budget nothing.
  let spans = 0
  // An implementation queued first goes past the budget: it is the call its caller made, not one more (bounded).
  while (work.length && (spans < MAX_SPANS_PER_TOOL || (work[0].dispatched && spans < 2 * MAX_SPANS_PER_TOOL))) {
    const {
      file: f,
      span,
      tainted,
      depth,
      path,
      handed,
      given,
      configured,
      based,
      shows,
      writes,
      deletes,
      functions
    } = work.shift()!
    // A call to a vendor's API host (`http.NewRequest("POST", LinearAPIEndpoint, …)`) is a use of its API: what the
    // repository's functions on the way say (`GetIssue` reads, `CreateIssue` writes and sends) decides its legs.
    const vendorUse = (vendor: CatalogueEntry, where: FileEvidence, host: string, verb: string) => {
      reachedThrough.set(vendor, `its API at ${host}`)
      // In the handler itself only the tool's name says what it does (`listRepositories`); else the request's verb.
      const names = path.length ? path : [reg.name]
      const access =
        accessOfPath(vendor, names) ??
        (/^(?:get|head)/i.test(verb) ? 'read' : /^(?:put|patch|delete)/i.test(verb) ? 'write' : undefined)
      // A read's object may be named only by its class (`JiraIssueService.get`): the file's name counts for reads.
      const fileName = access === 'read' ? [f.path.slice(f.path.lastIndexOf('/') + 1).replace(/\.\w+$/, '')] : []
      const file = fileName.flatMap((n) => wordsOf(n))
      // The file's name only when the names on the way name no object (`JiraIssueService.get`).
      const objectNames = names.some((n) => objectOf(n, contentWords(vendor).keep)) ? names : [...names, ...fileName]
      noteAccess(vendor, access, where, false, [...file, ...names.flatMap((p) => wordsOf(p))], [], objectNames)
      const hit = sendCalled(vendor, names)
      if (hit)
        addFact({
          leg: 'externalCommunication',
          via: `${vendor.package} ${hit}: sends data out`,
          source: 'send',
          at: where
        })
      settled.add(`${where.file}:${where.line}`)
    }
    // The same code reached under another function that tells read from write is walked again for it (bounded).
    const key = `${f.path}:${span.start}|${path.find((p) => /^resolve/i.test(p) || accessOfName(p)) ?? ''}`
    if (visited.has(key)) continue
    visited.add(key)
    walked.add(`${f.path}:${span.start}`)
    spans++
    reach.reached.push({
      file: f.path,
      from: f.lines.at(span.start).line,
      to: f.lines.at(Math.max(span.start, span.end - 1)).line
    })
    const body = f.bare.slice(span.start, span.end)
    propagateTaintIn(f, span, tainted)
    // A URL a function built on a base of its own is not one the tool's caller chose (`based`).
    taintOf(reach).push(
      depth === 0 ? undefined : based?.size ? new Set([...tainted].filter((n) => !based.has(n))) : tainted
    )
    const at = (o: number, note: string): FileEvidence =>
      ({ file: f.path, ...f.lines.at(o), quoteLine: true, note }) as FileEvidence
    // Reading to change a stored file (`create_entities` loads, then saves) gives nothing read back.
    const changing = accessOfPath(LOCAL, [reg.name, ...path]) === 'write'
    for (const r of localReadsIn(f, span)) {
      const where = at(r.offset, r.call)
      if (r.kind === 'environment') {
        addFact({
          leg: 'privateData',
          via: `${r.call}: the server's whole environment, its secrets too`,
          source: 'local',
          at: where
        })
        continue
      }
      // An upload hands the file on whatever the tool changes.
      if (changing && !r.uploads) {
        // Unless the function that changes the file returns what it read (`applyFileEdits` returns a diff) to the
        // tool's result: the caller then sees the file. What it sees is its own edit and its surroundings.
        if (
          r.content &&
          writesFile(f.language, f.bare, f.code, span.start, span.end) &&
          returnedAt(f, span, r.offset) &&
          shows()
        )
          addFact({
            leg: 'privateData',
            via: `${r.call}: a file on the server's disk, changed and shown back`,
            source: 'local',
            at: where
          })
        continue
      }
      addFact({ leg: 'privateData', via: `${r.call}: files on the server's disk`, source: 'local', at: where })
      if (r.content && !r.uploads && mentions(leadOf(r.path) || r.path, tainted))
        addFact({
          leg: 'untrustedContent',
          via: `${r.call} returns the file the caller names (\`${r.path.replace(/\s+/g, ' ').slice(0, 60)}\`): anyone may have written it`,
          source: 'local',
          at: where
        })
    }
    for (const m of processStartsIn(f, span)) {
      // The program is the first literal the start is given or the lines after it add (`command.add("gh")`).
      const program = /(['"`])([\w./@-]{1,80})\1/.exec(f.code.slice(span.start + m.index, span.start + m.index + 300))
      const known = program && PROGRAMS.get(program[2].slice(program[2].lastIndexOf('/') + 1))
      if (known) {
        // A program whose reach is known is used like a package: the tool and the functions on its way say how.
        const names = [reg.name, ...path]
        reachedThrough.set(known, `run as the ${known.package} program`)
        const where = at(span.start + m.index, `starts "${known.package}"`)
        noteAccess(
          known,
          accessOfPath(known, names),
          where,
          false,
          names.flatMap((n) => wordsOf(n)),
          [],
          names
        )
        continue
      }
      reach.programs ??= []
      if (reach.programs.length < 3)
        reach.programs.push(at(span.start + m.index, program ? `starts "${program[2]}"` : 'starts a program'))
    }
    if (f.language === 'csharp' && lookups.namedClientHost)
      for (const c of namedClientCalls(f, span)) {
        const host = lookups.namedClientHost(c.name)
        if (!host) continue
        for (const fact of hostFacts(catalogue, `HttpClient "${c.name}"`, host, at(c.at, `HttpClient "${c.name}"`)))
          addFact(fact)
      }
    const senders = new Set<CatalogueEntry>()
    // The names tainted in this body when its walk ends: a callee asks about a URL it was handed later, when a walk
    // that shares the set may have added to it.
    let taintedAfter: Set<string> | undefined
    let deferred = false
    const taintedHere = () => taintedAfter ?? tainted
    for (const token of bodyTokens(f, span, body)) {
      const { o, name, afterDot, onSelf, calls } = token
      // Go has no `self`: a field of a struct typed as a client is reached through the receiver (`c.db.Query(…)`).
      const found = afterDot
        ? f.language === 'go'
          ? f.bindings.get(name)
          : undefined
        : (clientAt(f, name, o, handed) ??
          memoOf(ELSEWHERE, f, onSelf ? `self.${name}` : name, () =>
            onSelf
              ? inheritedMember(f, name, parse)
              : (importedClient(f, name, parse) ?? clientFromLinked(f, name, parse) ?? packageBinding(f, name, parse))
          ))
      // A service's SDK the catalogue does not know is the last thing a name can be: what the code tells comes first.
      const bound = found?.opaque ? undefined : found
      // `this.scraper().scrape(url)`: the call returns a client, and the chain goes on from it.
      const made = bound || afterDot || !calls ? undefined : f.returning.get(name)
      // `services.JiraClient()`: what another Go package makes or holds; the call itself only gets it.
      const fromPackage = afterDot && !bound && f.language === 'go' ? packageClient(f, o, name, parse) : undefined
      const reached = bound ?? made ?? fromPackage
      const opaque = reached?.opaque ? reached : found?.opaque ? found : undefined
      const entry = reached?.opaque ? undefined : reached
      if (!entry && opaque) {
        // The tool's legs through it are the service's: not verified, never passed (its calls are still followed).
        reach.sdks ??= []
        if (reach.sdks.length < 3 && !reach.sdks.some((s) => s.note === `calls the ${opaque.package} SDK`))
          reach.sdks.push(at(o, `calls the ${opaque.package} SDK`))
        // What a call reads back is behind the credential the client was made with: the account's data.
        if (accessOfChain(opaque, callsOf(f, chainAfter(f.bare, o + name.length))) === 'read')
          addFact({
            leg: 'privateData',
            via: `${opaque.package}: reads the account behind the credential it was made with (${opaque.reason})`,
            source: 'package',
            at: at(o, opaque.package)
          })
      }
      // `error instanceof NeonDbError`: a type test names the package's class and uses nothing of it.
      if (entry && !/\binstanceof[ \t]+$/.test(f.bare.slice(Math.max(0, o - 16), o))) {
        const chain = chainAfter(f.bare, o + name.length).slice(made || (fromPackage && calls) ? 1 : 0)
        // What a client handed in makes is a client too, for the rest of the function: `with conn.cursor() as
        // cursor`, `cursor = conn.cursor()` (the file's own bindings cannot know a parameter's client).
        if (handed.size && handed.get(name) === entry && chain.length) {
          const end = chain[chain.length - 1].end
          const made = /^[ \t]*\)?[ \t]*as[ \t]+([A-Za-z_]\w*)/.exec(f.bare.slice(end, end + 60))?.[1]
          const lineStart = f.bare.lastIndexOf('\n', o) + 1
          const given = /(?:^|[^\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?=[ \t]*(?:await[ \t]+)?$/.exec(
            f.bare.slice(Math.max(lineStart, o - 200), o)
          )?.[1]
          for (const n of [made, given]) if (n && !KEYWORDS.has(n) && !handed.has(n)) handed.set(n, entry)
        }
        // A private-data client's read legs wait for what the tool does with it (read or only write); so do those of
        // a package that lists its reads (a browser that only clicks brings no page text back).
        const listed = listsReads(entry)
        const gated = listed || entry.legs.includes('privateData')
        // Making a client is not using it: a name given a value (`_graph = new Lazy<GraphServiceClient>(() =>`), the
        // type as a type argument (`Lazy<GraphServiceClient>`), and `new GraphServiceClient(…)` with nothing called.
        const after = f.bare.slice(o + name.length, o + name.length + 4)
        const assigned = !chain.length && /^[ \t]*=(?![=>])/.test(after)
        const typeArgument =
          !chain.length && /^[ \t]*>/.test(after) && /<[ \t]*$/.test(f.bare.slice(Math.max(0, o - 4), o))
        const constructed =
          chain.length === 1 && chain[0].name === '' && /\bnew[ \t]+$/.test(f.bare.slice(Math.max(0, o - 12), o))
        const makes = assigned || typeArgument || constructed
        if (gated) {
          const calls = callsOf(f, chain)
          // A statement the caller writes (`new SqlCommand(sql, conn)`, `cursor.execute(query)`) selects any rows.
          // Unless the tool and the functions on its way say they only write (`create_table`): it selects nothing.
          const callerStatement =
            calls.some((c) => c.args !== undefined && takesStatement(c.name) && mentions(leadOf(c.args), tainted)) &&
            accessOfPath(entry, [reg.name, ...path]) !== 'write'
          const callWords = chain.flatMap((c) => wordsOf(c.name))
          const words = [...path.flatMap((w) => wordsOf(w)), ...callWords]
          const does = listed ? accessOfListed(entry, calls) : accessOfChain(entry, calls)
          // A client made with the caller's statement (`new SqlCommand(sql, conn)`) runs it: that is a use; one made
          // with another object (`new GraphServiceClient(new TokenProvider(…))`) is given no statement.
          if (!makes || (callerStatement && !/^\s*new\b/.test(calls[0]?.args ?? '')))
            noteAccess(entry, does, at(o, entry.package), callerStatement, words, callWords, [
              ...path,
              ...chain.map((c) => c.name)
            ])
        }
        for (const leg of entry.legs) {
          if (gated && leg !== 'externalCommunication') continue
          const sends = leg === 'externalCommunication' && entry.kind !== 'generic-http'
          const source = sends ? (entry.kind ?? 'send') : 'package'
          addFact({ leg, via: viaOf(entry), source, at: at(o, `${entry.package}`) })
        }
        const typed = listed && entry.send?.length ? handsToPage(entry, chain, f.code, tainted) : undefined
        if (typed)
          addFact({
            leg: 'externalCommunication',
            via: `${entry.package} ${typed}: the page it is on receives what the tool's caller wrote`,
            source: 'send',
            at: at(o, `${entry.package} ${typed}`)
          })
        if (entry.send?.length && !listed) {
          senders.add(entry)
          const hit = sendCalled(
            entry,
            chain.map((c) => c.name)
          )
          if (hit)
            addFact({
              leg: 'externalCommunication',
              via: `${entry.package} ${hit}: sends data out`,
              source: 'send',
              at: at(o, `${entry.package} ${hit}`)
            })
        }
        if (entry.kind === 'generic-http') {
          const calls = chain.length ? chain : []
          const direct = !made && /^\s*\(/.test(f.bare.slice(o + name.length, o + name.length + 20))
          // The first call given a URL: `webClient.post().uri(SEARCH)` names it after a method that takes none.
          const targets = calls.filter(
            (c) =>
              c.argsAt !== undefined &&
              (URL_METHODS.has(c.name.toLowerCase()) || (c.name === '' && direct)) &&
              firstArgument(f.code, c.argsAt).trim() !== ''
          )
          for (const c of targets.slice(0, 1)) {
            const where = at(o, `${entry.package}${c.name ? `.${c.name}` : ''}`)
            const base = () => lookups.baseHost(f, name)
            const configuredBase = () => lookups.configuredBase?.(f, name) ?? false
            // A helper's request whose verb its caller chose (`fetch(url, { ...init })`) writes when that did.
            const handedVerb = /^(?:get|head)/i.test(c.name)
              ? undefined
              : writes
                ? 'post'
                : deletes
                  ? 'delete'
                  : undefined
            urlFact(
              f,
              c.argsAt!,
              entry,
              tainted,
              depth,
              where,
              reach,
              addFact,
              catalogue,
              handedVerb ?? c.name,
              vendorUse,
              base,
              withPropertyUrl(f, c.argsAt!, given, lookups),
              configured,
              requestOnBase(f, c, based, configuredBase),
              configuredBase
            )
          }
        }
        continue
      }
      if (token.skip) continue
      // At the depth only a call through an interface is followed, one step: its implementation is that call.
      const deep = depth >= MAX_DEPTH
      if (depth > MAX_DEPTH || (deep && !afterDot)) continue
      // A generic call (`request<Alerts>(url)`) is a call too, in the languages that write type arguments there.
      const generic = TYPE_ARGUMENTS.has(f.language) || (f.language === 'csharp' && !afterDot)
      if (token.calledAt === undefined)
        token.calledAt = (generic ? GENERIC_CALL : PLAIN_CALL).exec(
          f.bare.slice(o + name.length, o + name.length + 240)
        )
      const calledAt = token.calledAt
      // A method value handed to the registration (`s.AddTool(tool, h.Handle)`) is the handler.
      if (
        afterDot &&
        !calledAt &&
        !(depth === 0 && /^\s*[,)]/.test(f.bare.slice(o + name.length, o + name.length + 20)))
      )
        continue
      const targets =
        (!afterDot && calledAt && functions?.get(name)) ||
        calleesOf(f, name, o, afterDot, !!calledAt, parse, lookups, deep)
      // A method of an interface the repository declares that no class of it implements: its code is elsewhere.
      if (targets.unimplemented && !reach.missing?.length)
        reach.missing = [
          at(o, `${name}: a method of ${targets.unimplemented}, which no class of the checkout implements`)
        ]
      // A method of a type of the organisation's own code that lies outside the checkout (a shared project).
      if (targets.elsewhere && !reach.missing?.length)
        reach.missing = [at(o, `${name}: a method of ${targets.elsewhere}, which the checkout does not hold`)]
      if (deep && !targets.dispatched) continue
      // A call into a module the checkout does not hold: what it reaches cannot be read.
      if (calledAt && !afterDot && !targets.length && f.missing.has(name) && !reach.missing?.length)
        reach.missing = [at(o, `${name}: imported from a module the checkout does not hold`)]
      // A Go method of a type of the package that no file declares: the file with its methods is not in the checkout.
      if (afterDot && !targets.length && f.language === 'go' && !reach.missing?.length) {
        const receiver = /(?<![\w.])([A-Za-z_]\w*)[ \t]*\.[ \t]*$/.exec(f.bare.slice(Math.max(0, o - 80), o))?.[1]
        const type = receiver && goLocalType(f.bare, receiver)
        if (type && lookups.typeFiles?.('go', type)?.length === 0)
          reach.missing = [at(o, `${receiver}.${name}: a method of ${type}, which no file of the checkout declares`)]
      }
      // A method called on what a loader of the repository returned (`m = await loadModule('contacts')`, which
      // imports its module at run time), that no definition the gate can follow answers, where the repository
      // defines a function of that name: the call goes into code of the checkout the gate did not follow.
      if (afterDot && calledAt && !targets.length && !reach.unfollowed?.length) {
        const receiver = /(?<![\w.$])([A-Za-z_$][\w$]*)[ \t]*\.[ \t]*$/.exec(f.bare.slice(Math.max(0, o - 80), o))?.[1]
        const maker = receiver ? f.assignedFrom.get(receiver) : undefined
        // Not a client's method (`r = get_connection()`, then `r.hset(…)`), nor the function the call is in.
        const client = () =>
          receiver &&
          (clientAt(f, receiver, o, handed) ??
            importedClient(f, receiver, parse) ??
            clientFromLinked(f, receiver, parse))
        const defined = () =>
          (lookups.definingFiles?.(f.language, name) ?? []).some(
            (p) => p !== f.path || !!f.defsByName.get(name)?.some((d) => !(d.start <= o && o < d.end))
          )
        const loads = () =>
          definitionsNamed(f, maker!, parse, false).some(({ file, def }) =>
            DYNAMIC_IMPORT.test(file.code.slice(def.start, def.end))
          )
        if (maker && loads() && !client() && defined())
          reach.unfollowed = [at(o, `${receiver}.${name}: a method of a module ${maker} loads at run time`)]
      }
      for (const target of targets) {
        // A name used without a call is a function handed on (the handler itself, a callback); below
        // the handler only one of this file is, as a variable elsewhere may share a function's name.
        if (!calledAt && depth > 0 && target.file !== f) continue
        if (target.file === f && target.def.nameOffset === o) continue
        if (target.file === f && target.def.start <= span.start && target.def.end >= span.end) continue
        const params = target.def.params
        const t = new Set<string>()
        const clients = new Map<string, CatalogueEntry>()
        const urls = new Deferred<string>()
        const onConfigured = new Deferred<boolean>()
        const onBase = new Set<string>()
        if (calledAt) {
          const close = closing(f.bare, o + name.length + calledAt[0].length - 1, 20_000)
          const args = close > 0 ? splitTop(f.code.slice(o + name.length + calledAt[0].length, close - 1)) : []
          const shift = params[0] === 'self' || params[0] === 'cls' ? 1 : 0
          args.forEach((a, i) => {
            // A client handed to a function of the repository is that client in it (`run(conn, sql)`).
            const named = /^(?:self\.|this\.)?([A-Za-z_$][\w$]*)$/.exec(a.trim())?.[1]
            const param = params[i + shift]
            const client = named && param && !KEYWORDS.has(named) ? clientAt(f, named, o, handed) : undefined
            if (client && param) clients.set(param, client)
            // A callback handed to it is given what the parameter's type says (`operation: (page: Page) => …`).
            if (param && LAMBDA_HEAD.test(a))
              for (const [p, e] of callbackClients(a, f.language, target, param)) if (!handed.has(p)) handed.set(p, e)
            const value = a.replace(/^\w+\s*=(?!=)\s*/, '')
            // A URL on the configured host (`buildEndpointUrl(path)`, a parameter given one) is not the caller's.
            const toConfigured = () =>
              configuredTarget(f, o, value, taintedHere()) ||
              !!configured?.has(leadOf(valueOf(f, o, value.trim())).trim())
            const untainted = !mentions(leadOf(value), tainted)
            if (untainted || toConfigured()) {
              // The URL handed, and whether it is on the configured host, are found when the callee asks: few do.
              if (param) {
                const url = once(() => urlGiven(f, o, a, given))
                urls.set(param, url)
                deferred ||= untainted
                onConfigured.set(param, () => !url() && (!untainted || toConfigured()))
              }
              return
            }
            const kw = /^(\w+)\s*=[^=]/.exec(a)
            if (kw && f.language === 'python') t.add(kw[1])
            else if (params[i + shift]) t.add(params[i + shift])
            // `send(issueUrl(key))`: the tool argument is in the URL's path, the function chose its base.
            if (param && (leadThrough(f, o, value).at !== o || based?.has(leadOf(valueOf(f, o, value.trim())).trim())))
              onBase.add(param)
          })
        } else if (depth === 0) for (const p of argumentsOf(params)) t.add(p)
        // An implementation is the call itself: walked next, before the calls queued beside it use up the budget.
        work[targets.dispatched ? 'unshift' : 'push']({
          file: target.file,
          span: { start: target.def.start, end: target.def.end },
          tainted: t,
          depth: depth + 1,
          path: calledAt ? [...path, name] : path,
          handed: clients,
          given: urls,
          configured: onConfigured,
          based: onBase,
          // The handler's own result is the tool's; a callee's is when the caller returns what it got.
          shows: calledAt ? once(() => shows() && returnedAt(f, span, o)) : shows,
          writes: writes || (!!calledAt && sendsBody(f.code, '', o + name.length + calledAt[0].length)),
          deletes: deletes || (!!calledAt && sendsDelete(f.code, o + name.length + calledAt[0].length)),
          dispatched: targets.dispatched
        })
      }
    }
    if (deferred) taintedAfter = new Set(tainted)
    // Code that uses an SDK and calls a method it names as sending sends, through a wrapper too
    // (`c.client.PostMessageContext(…)` in a function typed with `slack.MsgOption`).
    for (const entry of senders) {
      for (const m of body.matchAll(/\.[ \t]*([A-Za-z_$][\w$]*)[ \t]*\(/g)) {
        const hit = sendCalled(entry, [m[1]])
        if (hit)
          addFact({
            leg: 'externalCommunication',
            via: `${entry.package} ${hit}: sends data out`,
            source: 'send',
            at: at(span.start + m.index! + 1, `${entry.package} ${hit}`)
          })
      }
    }
  }
  // The bound stopped the walk before code it had found: what that code reaches is not known (fail closed).
  const left = work.find((w) => !walked.has(`${w.file.path}:${w.span.start}`))
  if (left)
    reach.truncated = [
      {
        file: left.file.path,
        ...left.file.lines.at(left.span.start),
        note: `not followed: the gate follows at most ${MAX_SPANS_PER_TOOL} functions from one tool`
      }
    ]
  // Reading holds the read legs; only writing does not; a use that cannot be told holds them (fail closed).
  for (const [entry, n] of access) {
    const sent = reach.facts.some((x) => x.leg === 'externalCommunication' && x.via.startsWith(`${entry.package} `))
    const through = reachedThrough.has(entry) ? ` (${reachedThrough.get(entry)})` : ''
    if (n.published && !sent)
      addFact({
        leg: 'externalCommunication',
        via: `${entry.package}: writes text others read (${entry.reason})${through}`,
        source: 'send',
        at: n.published
      })
    // A write to a service that carries messages to others, not saying it authors text they read, may still.
    else if (n.wroteAt && !sent && entry.kind === 'send') reach.writes ??= [n.wroteAt]
    const where = n.read ?? (n.wrote ? undefined : n.unclear)
    if (!where) continue
    for (const leg of entry.legs) {
      if (leg === 'externalCommunication') continue
      // A package that says which of its objects hold others' text: a use that names none of them reads none.
      if (leg === 'untrustedContent' && entry.content?.length && !n.content) continue
      addFact({ leg, via: viaOf(entry) + through, source: 'package', at: where })
    }
    // Rows a query of the caller's own selects hold whatever the store's users wrote.
    if (n.callerStatement && !entry.legs.includes('untrustedContent'))
      addFact({
        leg: 'untrustedContent',
        via: `${entry.package}: runs a query the tool's caller writes, returning any rows it selects`,
        source: 'package',
        at: n.callerStatement
      })
  }
  TOUCHED.set(reach, [...access.keys()].map(viaOf))
  return reach
}

interface Lookups {
  filesNaming: (language: Language, name: string) => string[]
  /** The repository's files that declare a type (class, interface, struct) of this name. */
  typeFiles?: (language: Language, name: string) => string[] | undefined
  /** The host of the base URL a client named `name` in `f` was built with elsewhere, when it can be told. */
  baseHost: (f: ParsedFile, name: string) => string | undefined
  /** The client named `name` in `f` was given its base URL from the server's configuration elsewhere. */
  configuredBase?: (f: ParsedFile, name: string) => boolean
  /** A Spring `@ConfigurationProperties` bean's property (`props.getUrl()`): the URL the configuration gives it. */
  propertyUrl?: (f: ParsedFile, expr: string) => string | undefined
  /** How many tools the file registers (a low-level server's list). */
  toolsIn?: (file: string) => number
  /** The files that compare something with this string (`case "x":`, `=== "x"`): where a name may be dispatched. */
  dispatchFiles?: (language: Language, name: string) => string[]
  /** The host of a C# named HttpClient's base address (`AddHttpClient("name", c => c.BaseAddress = …)`). */
  namedClientHost?: (name: string) => string | undefined
  /** The source files of the language that define a function or method of this name. */
  definingFiles?: (language: Language, name: string) => string[]
  /** The methods the Go interfaces of the repository declare. */
  goInterfaceMethods?: () => Set<string>
  /**
   * For a C# type no file of the checkout declares, in a checkout whose project references another it does not
   * hold: the namespace of the organisation's own code it comes from, that no file of the checkout declares
   * (`using AzureDevOpsMcp.Shared.Services` beside `namespace AzureDevOpsMcp.Manager`), or undefined.
   */
  ownNamespaceAbsent?: (f: ParsedFile, type: string) => string | undefined
  /** The classes and interfaces of the repository (tests left out) that name a type as their base or interface. */
  subtypes?: (language: Language, type: string) => Subtype[]
}
const NO_LOOKUPS: Lookups = { filesNaming: () => [], baseHost: () => undefined }

/** A YAML file's scalar values by their dotted keys (`tavily.api.uri`), as Spring reads them. */
function flattenYaml(text: string, into: Map<string, string>): void {
  let docs: unknown[]
  try {
    docs = parseAllDocuments(text).map((d) => d.toJS({ maxAliasCount: 10 }) as unknown)
  } catch {
    return
  }
  const walk = (v: unknown, prefix: string, depth: number) => {
    if (depth > 12) return
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k, depth + 1)
    } else if ((typeof v === 'string' || typeof v === 'number') && prefix && !into.has(prefix))
      into.set(prefix, String(v))
  }
  for (const d of docs) walk(d, '', 0)
}

/** `given`, plus the URL the configuration gives the call's first argument when it is a properties bean's. */
function withPropertyUrl(f: ParsedFile, argsAt: number, given: UrlsGiven, lookups: Lookups): UrlsGiven {
  // Spring's beans are Java's and Kotlin's: other languages' calls are not read again.
  if (f.language !== 'java' && f.language !== 'kotlin') return given
  const arg = firstArgument(f.code, argsAt).trim()
  const url = lookups.propertyUrl?.(f, arg)
  const key = leadOf(arg).trim()
  return url ? { get: (name) => (name === key ? url : given.get(name)) } : given
}

/** A property read off a bean: `props.getBatchUrl()`, `props.url` (Kotlin). */
const PROPERTY_READ = /^(?:this\.)?([A-Za-z_]\w*)[ \t]*\.[ \t]*(?:get([A-Z]\w*)[ \t]*\([ \t]*\)|([a-z]\w*))$/
const CONFIGURATION_PROPERTIES =
  /@ConfigurationProperties[ \t]*\([ \t]*(?:(?:prefix|value)[ \t]*=[ \t]*)?"([\w.-]{1,200})"/

/**
 * Spring: the URL a `@ConfigurationProperties(prefix = "p")` bean's property holds (`props.getBatchUrl()`), from the
 * application's configuration (`p.batch-url` or `p.batchUrl`), else the field's own literal default.
 */
function configurationPropertyUrl(
  f: ParsedFile,
  expr: string,
  parse: Parse,
  typeFiles: (type: string) => string[] | undefined,
  configValue: (key: string) => string | undefined
): string | undefined {
  const m = PROPERTY_READ.exec(expr)
  if (!m) return undefined
  const prop = m[2] ? m[2][0].toLowerCase() + m[2].slice(1) : m[3]
  // The holder's type: a field or parameter (`PushplusProperties props`), or Kotlin's `props: PushplusProperties`.
  const type = new RegExp(`\\b([A-Z]\\w*)[ \\t]+${m[1]}[ \\t]*[;=,)]|\\b${m[1]}[ \\t]*:[ \\t]*([A-Z]\\w*)\\b`).exec(
    f.bare
  )
  const typeName = type?.[1] ?? type?.[2]
  if (!typeName) return undefined
  for (const p of (typeFiles(typeName) ?? []).slice(0, 5)) {
    const other = parse(p)
    const prefix = other && CONFIGURATION_PROPERTIES.exec(other.code)?.[1]
    if (!prefix) continue
    const kebab = prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    const own = new RegExp(`\\b${prop}[ \\t]*=[ \\t]*"([^"\\n]{1,500})"`).exec(other.code)?.[1]
    const url = configValue(`${prefix}.${kebab}`) ?? configValue(`${prefix}.${prop}`) ?? own
    if (url && hostOf(url)) return url
  }
  return undefined
}

/**
 * Spring: the client a field or parameter holds, injected by `@Qualifier(NAME)`, is the `@Bean` marked with the
 * same qualifier; its `.baseUrl(x)` is a literal, or a field given `@Value("${key}")` that the application's
 * configuration sets (a `${ENV:default}` value gives its default).
 */
function springBaseHost(
  f: ParsedFile,
  name: string,
  parse: Parse,
  filesNaming: (language: Language, name: string) => string[],
  configValue: (key: string) => string | undefined
): string | undefined {
  if (f.language !== 'java' && f.language !== 'kotlin') return undefined
  const q = new RegExp(
    `@Qualifier\\(\\s*([\\w.]+|"[^"\\n]{1,100}")\\s*\\)\\s*(?:final\\s+)?[\\w.]+(?:<[^<>\\n]{0,100}>)?\\s+${name}\\b`
  ).exec(f.code)?.[1]
  if (!q) return undefined
  const bare = q.replace(/^.*\./, '')
  for (const p of filesNaming(f.language, bare).slice(0, 20)) {
    const other = parse(p)
    if (!other) continue
    for (const m of other.code.matchAll(/@Qualifier\(\s*([\w.]+|"[^"\n]{1,100}")\s*\)/g)) {
      if (m[1].replace(/^.*\./, '') !== bare) continue
      const def = other.defs.find((d) => d.start >= m.index && d.start - m.index < 400)
      if (!def) continue
      const arg = /\.(?:baseUrl|rootUri)\(\s*([^()\n]{1,200}?)\s*\)/.exec(
        other.code.slice(def.start, Math.min(def.end, def.start + 4000))
      )?.[1]
      if (!arg) continue
      const literal = /^"([^"]+)"$/.exec(arg)?.[1]
      const field = /^(?:this\.)?(\w+)$/.exec(arg)?.[1]
      const key = field
        ? new RegExp(`@Value\\(\\s*"\\$\\{([\\w.-]+)(?::([^}"]*))?\\}"\\s*\\)[^;=]{0,200}?\\b${field}\\b`).exec(
            other.code
          )
        : undefined
      let url = literal ?? (key ? (configValue(key[1]) ?? key[2]) : undefined)
      const nested = url && /^\$\{[\w.-]+:([^}]*)\}$/.exec(url)
      if (nested) url = nested[1]
      const host = url ? hostOf(url) : undefined
      if (host) return host
    }
  }
  return undefined
}

const ADD_NAMED_CLIENT = /\bAddHttpClient[ \t]*\([ \t]*"([^"\n]{1,100})"[ \t]*,/g
const BASE_ADDRESS = /\bBaseAddress[ \t]*=[ \t]*new[ \t]+Uri[ \t]*\([ \t]*[$@]{0,2}"([^"\n]{1,500})"/
/** A base address given to an HttpClient: `new Uri(…)` (its argument read next), or any other value. */
const BASE_ADDRESS_SET = /\bBaseAddress[ \t]*=(?!=)[ \t]*(?:(new[ \t]+Uri[ \t]*\()|([^;\n]{1,300}))/g
/** A .NET configuration read: `config["Jira:Url"]`, `GetValue<string>(…)`, `GetSection(…)`. */
const CONFIG_READ = /\[[ \t]*"[\w:.-]{1,100}"[ \t]*\]|\bGet(?:Value|Section|ConnectionString)\b/

/** A process started, in the five languages: the standard libraries' ways, and Node's `child_process` by name. */
const PROCESS_START =
  /\bnew[ \t]+ProcessBuilder\b|\bRuntime\.getRuntime\(\)[ \t]*\.[ \t]*exec\b|\bsubprocess\.(?:run|Popen|call|check_output|check_call)\b|\bos\.(?:system|popen)\b|\basyncio\.create_subprocess_(?:exec|shell)\b|\bexec\.Command(?:Context)?\b|\bProcess\.Start\b|\bnew[ \t]+ProcessStartInfo\b|\bchild_process\.(?:exec|execFile|spawn)(?:Sync)?\b|(?<![\w$.])(?:spawn|spawnSync|execFile|execFileSync|execSync|execa)[ \t]*\(/g

/** Where a file starts processes, found once per file: the spans of many tools cover the same code. */
const PROCESS_STARTS = new WeakMap<ParsedFile, number[]>()
function processStartsIn(f: ParsedFile, span: Span): { index: number }[] {
  let all = PROCESS_STARTS.get(f)
  if (!all) PROCESS_STARTS.set(f, (all = [...f.bare.matchAll(PROCESS_START)].map((m) => m.index)))
  return all.filter((o) => o >= span.start && o < span.end).map((o) => ({ index: o - span.start }))
}

const GLOBAL_USING = /^[ \t]*global[ \t]+using[ \t]+(?:static[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm

/** The hosts of the base addresses a file gives HttpClients outside a named client's registration. */
function unnamedBases(f: ParsedFile): { host?: string; configured?: boolean }[] {
  const named = namedClientRegistrations(f)
  const out: { host?: string; configured?: boolean }[] = []
  for (const m of f.code.matchAll(BASE_ADDRESS_SET)) {
    if (named.some((s) => s.start <= m.index && m.index < s.end)) continue
    const value = m[1] ? firstArgument(f.code, m.index + m[0].length) : m[2]
    const url = /^\s*[$@]{0,2}"([^"\n]{1,500})"/.exec(value)?.[1] ?? f.constants.get(value.trim())
    const host = url ? hostOf(url) : undefined
    if (host) out.push({ host })
    // `new Uri(options.BaseUrl.TrimEnd('/') + "/")`, `new Uri(config["Jira:Url"])`, an environment variable.
    else out.push({ configured: !url && (ENV_READ.test(value) || CONFIG_READ.test(value) || URLISH.test(value)) })
  }
  return out
}

/** The `AddHttpClient("name", …)` registrations of a file: the name, and the call's span. */
function namedClientRegistrations(f: ParsedFile): (Span & { name: string })[] {
  const out: (Span & { name: string })[] = []
  for (const m of f.code.matchAll(ADD_NAMED_CLIENT)) {
    const close = closing(f.bare, f.bare.indexOf('(', m.index), 20_000)
    if (close > 0) out.push({ name: m[1], start: m.index, end: close })
  }
  return out
}

/** C# named clients a file configures with a written base address: name → host. */
function namedClientsIn(f: ParsedFile): Map<string, string> {
  const out = new Map<string, string>()
  for (const r of namedClientRegistrations(f)) {
    const url = BASE_ADDRESS.exec(f.code.slice(r.start, r.end))?.[1]
    const host = url ? hostOf(url) : undefined
    if (host && !out.has(r.name)) out.set(r.name, host)
  }
  return out
}

const CREATE_CLIENT =
  /(?<![\w.])([A-Za-z_]\w*)[ \t]*=[ \t]*(?:[\w.]{1,200}\.)?CreateClient[ \t]*\([ \t]*"([^"\n]{1,100})"[ \t]*\)/g
const HTTP_CLIENT_CALL =
  /(?<![\w.])([A-Za-z_]\w*)[ \t]*\.[ \t]*(?:Get|Post|Put|Patch|Delete|Send|GetString|GetStream|GetByteArray|GetFromJson|PostAsJson|PutAsJson|PatchAsJson|DeleteFromJson)Async[ \t]*(?:<[^<>()\n]{1,200}>[ \t]*)?\(/g

/**
 * The calls a span makes on a client it gets by name (`var client = factory.CreateClient("WeatherApi")`): the name
 * and the call's offset. A URL written with its own host goes there, not to the base address.
 */
function namedClientCalls(f: ParsedFile, span: Span): { name: string; at: number }[] {
  const body = f.code.slice(span.start, span.end)
  const names = new Map<string, string>()
  for (const m of body.matchAll(CREATE_CLIENT)) names.set(m[1], m[2])
  if (!names.size) return []
  const out: { name: string; at: number }[] = []
  for (const m of body.matchAll(HTTP_CLIENT_CALL)) {
    const name = names.get(m[1])
    if (!name) continue
    const url = leadingLiteral(firstArgument(body, m.index + m[0].length), f.constants)
    if (url !== undefined && hostOf(url)) continue
    out.push({ name, at: span.start + m.index })
  }
  return out
}

/** Receivers whose type the call cannot tell from a declaration in the file. */
const TYPED = new Set<Language>(['java', 'csharp', 'typescript', 'kotlin'])

type Callee = { file: ParsedFile; def: Definition }
/** What a call may mean; `dispatched` when through an interface, `unimplemented` naming one no class implements. */
type Callees = Callee[] & { unimplemented?: string; dispatched?: boolean; elsewhere?: string }

/**
 * The definitions a call may mean. A method called on something whose declared type the file tells (a variable,
 * field or parameter, `private final JiraIssueService jiraIssueService`, `client: Linear`; or a call of the
 * repository's whose return type is written, `provider.get().rulesApi().showRule(…)`) is that type's: a type of the
 * repository leads to its file, or to the classes that implement it when it is an interface; a library's
 * (`Map<String, Object> toolContext; toolContext.get(…)`) leads nowhere. Otherwise, by name. `typedOnly`: only
 * what the type tells.
 */
function calleesOf(
  f: ParsedFile,
  name: string,
  o: number,
  afterDot: boolean,
  called: boolean,
  parse: Parse,
  lookups: Lookups,
  typedOnly = false
): Callees {
  if (afterDot && called) {
    const typed = typedCallees(f, name, o, parse, lookups, 0)
    if (typed?.unimplemented) {
      // An object or a function may implement it (`const client: Api = { get() {…} }`): by name; else it is elsewhere.
      const named = definitionsNamed(f, name, parse, called, o)
      return named.length ? (typedOnly ? [] : named) : typed
    }
    if (typed || typedOnly) return typed ?? []
  }
  if (typedOnly) return []
  const named = definitionsNamed(f, name, parse, called, o)
  if (named.length || !afterDot || !called || f.language !== 'go') return named
  return goImplementations(f, name, parse, lookups)
}

/**
 * A Go method no definition the call's package sees answers, that an interface of the repository declares
 * (`s.remote.CreateIssue(…)`, the field typed `remote.Client`): its implementations, the methods of that name the
 * repository's types have, wherever a `main` wires them in. Go's types implement an interface without saying so.
 */
function goImplementations(f: ParsedFile, name: string, parse: Parse, lookups: Lookups): Callees {
  if (!/^[A-Z]/.test(name) || !lookups.goInterfaceMethods?.().has(name)) return []
  const found: Callees = []
  for (const p of lookups.definingFiles?.('go', name) ?? []) {
    if (p === f.path || isTestPath(p)) continue
    const other = parse(p)
    for (const def of other?.defsByName.get(name) ?? [])
      if (/^func[ \t]*\(/.test(other!.bare.slice(def.start, def.start + 8)) && found.length < 4)
        found.push({ file: other!, def })
  }
  if (found.length) found.dispatched = true
  return found
}

/** How many calls back a receiver's type is followed (`a.b().c().d()`), and a local's initializer. */
const MAX_TYPE_HOPS = 3

/**
 * The methods a call on a receiver of a known type means (undefined when the type is not known): the type's own or
 * its base class's; for an interface or abstract class that has none, its implementations'. `unimplemented` names
 * the interface when the checkout holds no class that implements the method it declares.
 */
function typedCallees(
  f: ParsedFile,
  name: string,
  o: number,
  parse: Parse,
  lookups: Lookups,
  hops: number
): Callees | undefined {
  if (!lookups.typeFiles || !TYPED.has(f.language)) return undefined
  let b = o - 1
  while (b >= 0 && (f.bare[b] === ' ' || f.bare[b] === '\t')) b--
  if (f.bare[b] !== '.') return undefined
  b--
  if (f.bare[b] === '?' || f.bare[b] === '!') b--
  const type = typeBefore(f, b + 1, parse, lookups, hops)
  if (type === null) return []
  if (!type) return undefined
  const files = lookups.typeFiles(f.language, type)
  if (!files) return undefined
  if (!files.length) {
    // Not a library's type when it comes from a namespace of the organisation's own that the checkout lacks.
    const from = lookups.ownNamespaceAbsent?.(f, type)
    return Object.assign([] as Callees, from ? { elsewhere: `${type}, of ${from}` } : {})
  }
  const found = membersOf(type, name, files, parse, lookups, 0)
  const here = found.filter(({ file, def }) => !(file === f && def.start <= o && o < def.end))
  if (here.length) return here.slice(0, 3)
  const impls = implementationsOf(f.language, type, name, files, parse, lookups)
  if (impls) return impls
  // A method a class has from a library base, or one of a plugin point many classes implement: found by name.
  return undefined
}

/**
 * The type of the expression that ends just before `end` (a bare view's offset), when the file tells it: a name
 * declared with its type (or a local given a value whose type is told), a constructor call, or a call whose
 * definition writes its return type. Null: what a library's method returns (`context.get()`), no type of ours.
 */
function typeBefore(
  f: ParsedFile,
  end: number,
  parse: Parse,
  lookups: Lookups,
  hops: number
): string | null | undefined {
  let e = end - 1
  while (e >= 0 && /\s/.test(f.bare[e])) e--
  if (f.bare[e] !== ')') {
    const named = /([A-Za-z_$][\w$]*)$/.exec(f.bare.slice(Math.max(0, e - 100), e + 1))?.[1]
    if (!named || KEYWORDS.has(named)) return undefined
    const declared =
      declaredType(f, named) ??
      (/\bthis[ \t]*\.[ \t]*$/.test(f.bare.slice(Math.max(0, e - named.length - 20), e - named.length + 1))
        ? inheritedMemberType(f, named, e - named.length, parse, lookups)
        : undefined)
    if (declared || hops >= MAX_TYPE_HOPS) return declared
    // A class's own name: a static method of it (`Records.load(id)`).
    if (/^[A-Z]/.test(named) && f.bare[e - named.length] !== '.' && lookups.typeFiles?.(f.language, named)?.length)
      return named
    // `var api = provider.get();`: the type of what the local was given, in the function it is used in.
    const init = initializerEnd(f, named, e)
    return init === undefined ? undefined : typeBefore(f, init, parse, lookups, hops + 1)
  }
  if (hops >= MAX_TYPE_HOPS) return undefined
  const open = openingBracket(f.bare, e)
  if (open < 0) return undefined
  const head = /(new[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?:<[^<>()\n]{0,200}>[ \t]*)?$/.exec(
    f.bare.slice(Math.max(0, open - 300), open)
  )
  if (!head) return undefined
  if (head[1]) return /^[A-Z]/.test(head[2]) ? head[2] : undefined
  const at = open - head[0].length + (head[1]?.length ?? 0)
  let d = at - 1
  while (d >= 0 && (f.bare[d] === ' ' || f.bare[d] === '\t')) d--
  const typed = f.bare[d] === '.' ? typedCallees(f, head[2], at, parse, lookups, hops + 1) : undefined
  if (typed && !typed.length && !typed.unimplemented) return null
  const defs = f.bare[d] === '.' ? typed : (f.defsByName.get(head[2]) ?? []).map((def) => ({ file: f, def }))
  const types = new Set((defs ?? []).map(({ file, def }) => returnTypeOf(file.language, def.returns)))
  const [only] = types
  return types.size === 1 ? only : undefined
}

/** Offset of the bracket that opens the one that closes at `close` (a bare view), or -1. */
function openingBracket(bare: string, close: number, limit = 20_000): number {
  let depth = 0
  for (let i = close; i >= Math.max(0, close - limit); i--) {
    const ch = bare[i]
    if (ch === ')' || ch === ']' || ch === '}') depth++
    else if ((ch === '(' || ch === '[' || ch === '{') && --depth === 0) return i
  }
  return -1
}

/** The client a name holds at `at` in a file: handed in by the caller, bound in the function there, or in the file. */
const clientAt = (
  f: ParsedFile,
  name: string,
  at: number,
  handed?: Map<string, CatalogueEntry>
): CatalogueEntry | undefined =>
  handed?.get(name) ??
  f.scoped.find((b) => b.name === name && b.start <= at && at < b.end)?.entry ??
  f.bindings.get(name)

/** The innermost function of the file whose span holds the offset `at`. */
const innermostDef = (f: ParsedFile, at: number): Definition | undefined =>
  f.defs.filter((d) => d.start <= at && at < d.end).sort((a, b) => b.start - a.start)[0]

/** Where the value a local was given (`var x = …;`, `const x = …`) ends, in the function that uses it at `at`. */
function initializerEnd(f: ParsedFile, name: string, at: number): number | undefined {
  const def = innermostDef(f, at)
  if (!def) return undefined
  const escaped = name.replace(/\$/g, '\\$')
  const assigned = new RegExp(`\\b(?:var|val|const|let)[ \\t]+${escaped}[ \\t]*=(?!=)`).exec(
    f.bare.slice(def.start, at)
  )
  if (!assigned) return undefined
  // The statement ends at a `;`, or a line that does not go on with `.`, outside brackets.
  const from = def.start + assigned.index + assigned[0].length
  let depth = 0
  for (let i = from; i < Math.min(at, from + 2000); i++) {
    const ch = f.bare[i]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth < 0) return i
    } else if (depth === 0 && (ch === ';' || (ch === '\n' && !/^\s*[.?]/.test(f.bare.slice(i, i + 200))))) return i
  }
  return undefined
}

/** The type a definition's written return type names (`public RulesApi `, `: Linear {`), by its last name. */
function returnTypeOf(language: Language, returns: string | undefined): string | undefined {
  if (!returns) return undefined
  const m =
    language === 'java' || language === 'csharp'
      ? /([A-Z][\w$]*)(?:<[^<>\n]{0,200}>)?(?:\[\])?\??[ \t]*$/.exec(returns)
      : /^[ \t]*:[ \t]*(?:[\w$]+\.)*([A-Z][\w$]*)/.exec(returns)
  return m?.[1]
}

/** How many classes a call through an interface is followed into: more is a plugin point (each tool), not a service. */
const MAX_IMPLEMENTATIONS = 3

/**
 * The methods `name` of the classes of the repository that implement or extend `type`, an interface or abstract
 * class that has none of its own: an injected service's implementation. Undefined for a concrete class, or when more
 * than MAX_IMPLEMENTATIONS classes do; empty, with the interface named, when none does and the type declares it.
 */
function implementationsOf(
  language: Language,
  type: string,
  name: string,
  files: string[],
  parse: Parse,
  lookups: Lookups
): Callees | undefined {
  const declaring = files.map((p) => parse(p)).find((f) => f && classBody(f, type)?.abstract)
  if (!declaring || !lookups.subtypes) return undefined
  // The classes that implement it, and those that implement an interface or extend an abstract class that does.
  const classes: Subtype[] = []
  const seen = new Set<string>()
  let level = lookups.subtypes(language, type)
  for (let depth = 0; depth < 2 && level.length; depth++) {
    const next: Subtype[] = []
    for (const s of level) {
      const body = parse(s.file) && classBody(parse(s.file)!, s.type)
      if (!body || seen.has(`${s.file}:${s.type}`)) continue
      seen.add(`${s.file}:${s.type}`)
      classes.push(s)
      if (body.abstract) next.push(...lookups.subtypes(language, s.type))
    }
    level = next
  }
  if (classes.length > MAX_IMPLEMENTATIONS) return undefined
  const found = classes.flatMap((s) => {
    const parts = partsOf(language, s, parse, lookups)
    return membersOf(s.type, name, parts, parse, lookups, 0, Math.max(5, parts.length))
  })
  if (found.length || classes.length) return Object.assign(found.slice(0, MAX_IMPLEMENTATIONS), { dispatched: true })
  const body = classBody(declaring, type)!
  const declares = new RegExp(
    `(?<![\\w$.])${name.replace(/\$/g, '\\$')}[ \\t]*(?:<[^<>()\\n]{0,200}>[ \\t]*)?\\(`
  ).test(declaring.bare.slice(body.start, body.end))
  return declares ? Object.assign([], { unimplemented: type }) : undefined
}

/**
 * The method of a browser's chain that hands the page what the tool's caller wrote: text it types, files it sets, or
 * a script it runs there (a method that also reads back runs its first argument; what follows goes to that script).
 */
function handsToPage(
  entry: CatalogueEntry,
  chain: { name: string; argsAt?: number; end: number }[],
  code: string,
  tainted: Set<string>
): string | undefined {
  for (const c of chain) {
    if (c.argsAt === undefined) continue
    const key = methodKey(c.name)
    const hit = entry.send!.find((s) => methodKey(s) === key)
    if (!hit) continue
    const args = splitTop(code.slice(c.argsAt, Math.max(c.argsAt, c.end - 1)))
    const script = entry.read?.some((r) => methodKey(r) === key)
    if ((script ? args.slice(0, 1) : args).some((a) => !LAMBDA_HEAD.test(a) && mentions(a, tainted))) return hit
  }
  return undefined
}

/** The start of a lambda or function literal: `async (page) =>`, `page ->`, `lambda page:`, `func(p Page)`. */
const LAMBDA_HEAD = /^\s*(?:async\s+)?(?:\([^()]{0,300}\)|[A-Za-z_$][\w$]*)\s*(?:=>|->)|^\s*(?:lambda\b|func\s*\()/
const LAMBDA_PARAMS =
  /^\s*(?:async\s+)?(?:\(([^()]{0,300})\)|([A-Za-z_$][\w$]*))\s*(?:=>|->)|^\s*lambda\b([^:\n]{0,300}):|^\s*func\s*\(([^()]{0,300})\)/

/**
 * The clients a callback's parameters are, from the type the function it is handed to declares for it: a function
 * type's parameters in order (`(page: Page) => T`, `func(p playwright.Page)`, `Callable[[Page], T]`, `Func<IPage, T>`).
 */
function callbackClients(
  arg: string,
  language: Language,
  target: { file: ParsedFile; def: Definition },
  param: string
): [string, CatalogueEntry][] {
  const head = LAMBDA_PARAMS.exec(arg)
  if (!head) return []
  const names = paramNames(head[1] ?? head[2] ?? head[3] ?? head[4] ?? '', language)
  const { file, def } = target
  const open = file.bare.indexOf('(', def.nameOffset + def.name.length)
  const close = open < 0 || open > def.end ? -1 : closing(file.bare, open, 20_000)
  if (close < 0) return []
  const declared = splitTop(file.bare.slice(open + 1, close - 1)).find((p) =>
    p.match(/[A-Za-z_$][\w$]*/g)?.includes(param)
  )
  // The first bracket of the declared type holds the callback's parameter types (a `Callable`'s one level in).
  const group = declared ? /[([<]/.exec(declared) : null
  if (!group) return []
  const shut = closingOf(declared!, group.index)
  let types = declared!.slice(group.index + 1, shut)
  if (/^\s*\[/.test(types)) types = types.slice(types.indexOf('[') + 1, closingOf(types, types.indexOf('[')))
  const out: [string, CatalogueEntry][] = []
  splitTop(types).forEach((t, i) => {
    const entry = t
      .match(/[A-Za-z_$][\w$]*/g)
      ?.map((id) => file.bindings.get(id))
      .find(Boolean)
    if (entry && names[i] && !KEYWORDS.has(names[i])) out.push([names[i], entry])
  })
  return out
}

/** Files a handler's enclosing function's callers are looked for in, and the calls read in each. */
const MAX_CALLER_FILES = 8
const MAX_CALLS_PER_FILE = 4

/** What the callers of a function hand its parameters: clients (`slack`), and functions of the repository. */
interface HandedByCallers {
  clients: Map<string, CatalogueEntry>
  functions: Map<string, Callees>
}
const NOTHING_HANDED: HandedByCallers = { clients: new Map(), functions: new Map() }
const handedByCallers = new WeakMap<ParsedFile, Map<number, HandedByCallers>>()

/**
 * What the function a tool's handler is written in is given where the repository calls it: `registerTools(server,
 * slack, makeApp)` hands the handlers inside `registerTools` the Slack client and the function that makes a client,
 * which the parameters' names alone (`client`, `getClient`) do not tell.
 */
function givenByCallers(f: ParsedFile, handler: Span, parse: Parse, lookups: Lookups): HandedByCallers {
  const around = f.defs
    .filter((d) => d.start < handler.start && handler.end <= d.end && d.params.length)
    .sort((a, b) => b.start - a.start)[0]
  if (!around) return NOTHING_HANDED
  let known = handedByCallers.get(f)
  if (!known) handedByCallers.set(f, (known = new Map()))
  const cached = known.get(around.start)
  if (cached) return cached
  const out: HandedByCallers = { clients: new Map(), functions: new Map() }
  known.set(around.start, out)
  const shift = around.params[0] === 'self' || around.params[0] === 'cls' ? 1 : 0
  const wanted = new Set(around.params.slice(shift).filter((p) => !KEYWORDS.has(p)))
  // Only parameters the handler uses: most functions around a handler are handed the server alone.
  if (!mentions(f.bare.slice(handler.start, handler.end), wanted)) return out
  const callers = lookups.filesNaming(f.language, around.name).slice(0, MAX_CALLER_FILES)
  const call = new RegExp(`(?<![\\w$])${around.name.replace(/\$/g, '\\$')}[ \\t]*\\(`, 'g')
  for (const p of callers) {
    const g = parse(p)
    if (!g) continue
    let calls = 0
    for (const m of g.bare.matchAll(call)) {
      if (g.defAt.has(m.index) || ++calls > MAX_CALLS_PER_FILE) continue
      const close = closing(g.bare, m.index + m[0].length - 1, 20_000)
      if (close < 0) continue
      splitTop(g.code.slice(m.index + m[0].length, close - 1)).forEach((a, i) => {
        // A keyword argument names its parameter (`register_tools(mcp, client=jira)`).
        const kw = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(a)
        const param = kw ? kw[1] : around.params[i + shift]
        const named = /^(?:self\.|this\.)?([A-Za-z_$][\w$]*)$/.exec(a.slice(kw?.[0].length ?? 0).trim())?.[1]
        if (!param || !wanted.has(param) || !named || KEYWORDS.has(named)) return
        if (out.clients.has(param) || out.functions.has(param)) return
        const client = clientAt(g, named, m.index) ?? importedClient(g, named, parse)
        if (client) {
          out.clients.set(param, client)
          return
        }
        const made = definitionsNamed(g, named, parse, false)
        if (made.length) out.functions.set(param, made)
      })
    }
  }
  return out
}

/** The offset of the bracket closing the one at `open` (angle brackets too; `=>` is no bracket), or the end. */
function closingOf(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '(' || c === '[' || c === '<') depth++
    else if (c === ')' || c === ']' || (c === '>' && text[i - 1] !== '=' && text[i - 1] !== '-')) {
      if (--depth === 0) return i
    }
  }
  return text.length
}

/** How many base classes a method is looked for in, when the class does not define it. */
const MAX_BASES = 2

/**
 * The methods called `name` of the type declared in `files`: those in its class's body (a file of many tool classes
 * defines `execute` in each), else its base class's; where the class's body cannot be read, every one in the file.
 */
function membersOf(
  type: string,
  name: string,
  files: string[],
  parse: Parse,
  lookups: Lookups,
  depth: number,
  limit = 5
): Callee[] {
  const found: Callee[] = []
  for (const p of files.slice(0, limit)) {
    const other = parse(p)
    const defs = other?.defsByName.get(name) ?? []
    const body = other && classBody(other, type)
    if (!body) {
      for (const def of defs) found.push({ file: other!, def })
      continue
    }
    const own = defs.filter((d) => body.start < d.start && d.end <= body.end)
    for (const def of own) found.push({ file: other!, def })
    const base = own.length || depth >= MAX_BASES ? undefined : body.base
    const baseFiles = base ? lookups.typeFiles?.(other!.language, base) : undefined
    if (baseFiles?.length) found.push(...membersOf(base!, name, baseFiles, parse, lookups, depth + 1))
  }
  return found
}

/** The most files of one C# partial class whose members are looked through. */
const MAX_PARTS = 40

/**
 * The files that hold a class's members: its own, and for a C# `partial` class every file that declares it (an API
 * client split by resource, `BookStackApiClient.Books.cs`, `BookStackApiClient.Pages.cs`).
 */
function partsOf(language: Language, s: Subtype, parse: Parse, lookups: Lookups): string[] {
  const f = language === 'csharp' ? parse(s.file) : undefined
  if (!f || !new RegExp(`\\bpartial[ \\t]+(?:class|record|struct)[ \\t]+${s.type}\\b`).test(f.bare)) return [s.file]
  const others = (lookups.typeFiles?.(language, s.type) ?? []).filter((p) => p !== s.file)
  return [s.file, ...others].slice(0, MAX_PARTS)
}

type ClassBody = Span & { base?: string; abstract?: boolean }

/** The class a class header extends (`class A extends B`). */
const EXTENDS = /\bextends[ \t]+([A-Za-z_$][\w$]*)/

/** Per file, the class bodies looked up by type (null: none declared there). */
const CLASS_BODIES = new WeakMap<ParsedFile, Map<string, ClassBody | null>>()

/**
 * The body of the class, interface or record `type` a file declares, the class it extends, if one is written, and
 * whether it is an interface or abstract class (its methods may have no body).
 */
function classBody(f: ParsedFile, type: string): ClassBody | undefined {
  let bodies = CLASS_BODIES.get(f)
  if (!bodies) CLASS_BODIES.set(f, (bodies = new Map()))
  if (!bodies.has(type)) bodies.set(type, readClassBody(f, type) ?? null)
  return bodies.get(type) ?? undefined
}

function readClassBody(f: ParsedFile, type: string): ClassBody | undefined {
  const header = new RegExp(
    `\\b(class|interface|record|struct|object)[ \\t]+${type.replace(/\$/g, '\\$')}(?![\\w$])([^{;]{0,400})\\{`
  ).exec(f.bare)
  if (!header) return undefined
  const open = header.index + header[0].length - 1
  const end = closing(f.bare, open)
  if (end < 0) return undefined
  const base = EXTENDS.exec(header[2])?.[1]
  const lineStart = f.bare.lastIndexOf('\n', header.index) + 1
  const abstract = header[1] === 'interface' || /\babstract\b/.test(f.bare.slice(lineStart, header.index))
  return { start: open, end, ...(base ? { base } : {}), ...(abstract ? { abstract } : {}) }
}

/** A class or interface that names a type after `extends` or `implements` (`:` in C# and Kotlin). */
interface Subtype {
  file: string
  type: string
}

/** The declarations of classes, interfaces, records and structs, with what follows the name up to the body. */
const TYPE_HEADER = /\b(?:class|interface|record|struct)[ \t]+([A-Za-z_$][\w$]*)(?![\w$])([^{;]{0,400})\{/g

/** The types a declaration's header (what follows its name) says it extends or implements, each by its last name. */
function supertypesOf(language: Language, header: string): string[] {
  let h = header
  // Type arguments (`Base<T>`, `<T extends Foo>`) and constructor arguments (`Base(x)`, a primary constructor).
  for (let i = 0; i < 3; i++) h = h.replace(/<[^<>]*>/g, ' ').replace(/\([^()]*\)/g, ' ')
  if (language === 'csharp' || language === 'kotlin') {
    const colon = h.indexOf(':')
    if (colon < 0) return []
    h = h.slice(colon + 1).replace(/\bwhere\b[^]*$/, '')
  } else {
    const at = /\b(?:extends|implements)\b/.exec(h)
    if (!at) return []
    h = h.slice(at.index).replace(/\bpermits\b[^]*$/, '')
  }
  return [...h.matchAll(/[A-Za-z_$][\w$.]*/g)]
    .map((m) => m[0].slice(m[0].lastIndexOf('.') + 1))
    .filter((t) => t !== 'extends' && t !== 'implements' && t !== 'by')
}

/** Per file, the types its names are declared with, found once per name (a member is looked up from many tools). */
const DECLARED_TYPES = new WeakMap<ParsedFile, Map<string, string | undefined>>()
/** The type a variable, field or parameter is declared with in the file (`Type name`, `name: Type`), if written. */
function declaredType(f: ParsedFile, receiver: string): string | undefined {
  let types = DECLARED_TYPES.get(f)
  if (!types) DECLARED_TYPES.set(f, (types = new Map()))
  if (!types.has(receiver)) types.set(receiver, readDeclaredType(f, receiver))
  return types.get(receiver)
}

function readDeclaredType(f: ParsedFile, receiver: string): string | undefined {
  const escaped = receiver.replace(/\$/g, '\\$')
  const re =
    f.language === 'typescript' || f.language === 'kotlin'
      ? // A TypeScript getter writes the type it gives after its parentheses (`get client(): ApiClient`).
        new RegExp(
          `(?<![\\w$.])(?:get[ \t]+${escaped}[ \t]*\\([ \t]*\\)|${escaped}[ \t]*\\??)[ \t]*:[ \t]*([A-Z][\\w$]*)`
        )
      : new RegExp(`(?<![\\w$.])([A-Z][\\w$]*)(?:<[^<>;\\n]{0,200}>)?(?:\\[\\])?\\??[ \t]+${escaped}\\b`)
  return re.exec(f.bare)?.[1]
}

/**
 * The type of a member `this.name` that the class at `at` inherits: declared in a base class of the repository
 * (`protected get apiClient(): ApiClient` in the tools' base class), up to MAX_BASES classes up.
 */
function inheritedMemberType(
  f: ParsedFile,
  name: string,
  at: number,
  parse: Parse,
  lookups: Lookups
): string | undefined {
  let base = classAt(f, at)?.base
  for (let depth = 0; base && depth < MAX_BASES; depth++) {
    const files = lookups.typeFiles?.(f.language, base) ?? []
    let next: string | undefined
    for (const p of files.slice(0, 5)) {
      const g = parse(p)
      const body = g && classBody(g, base)
      if (!body) continue
      const type = declaredType(g, name)
      if (type) return type
      next ??= body.base
    }
    base = next
  }
  return undefined
}

/** Per file, its classes (a brace language's): each body and the class it extends, in text order. */
const CLASSES = new WeakMap<ParsedFile, ClassBody[]>()
/** The innermost class whose body holds the offset `at`: the last header before it whose body closes after it. */
function classAt(f: ParsedFile, at: number): ClassBody | undefined {
  let classes = CLASSES.get(f)
  if (!classes) {
    classes = []
    for (const m of f.bare.matchAll(/\bclass[ \t]+(?=([A-Za-z_$][\w$]*))\1[^{;]{0,400}\{/g)) {
      const open = m.index + m[0].length - 1
      const base = EXTENDS.exec(m[0])?.[1]
      classes.push({ start: open, end: closing(f.bare, open), ...(base ? { base } : {}) })
    }
    CLASSES.set(f, classes)
  }
  let found: ClassBody | undefined
  for (const c of classes) if (c.start < at && at < c.end) found = c
  return found
}

/** Per tool, the lines settled as uses of a vendor's API. */
const SETTLED = new WeakMap<ToolReach, Set<string>>()

const flatName = (s: string) => s.toLowerCase().replace(/[_/.]/g, '')

/**
 * The method of `entry`'s send list that a call through `names` makes: a name holding it
 * (`PostMessageContext` makes `PostMessage`) unless its words say it reads (`get_issue_transitions`
 * makes no `issue_transition`); a send of several parts (`messages.send`) across the names.
 */
function sendCalled(entry: CatalogueEntry, names: string[]): string | undefined {
  const joined = flatName(names.join('.'))
  return entry.send?.find((s) =>
    /[./]/.test(s)
      ? joined.includes(flatName(s))
      : names.some((n) => flatName(n).includes(flatName(s)) && accessOfName(n, entry) !== 'read')
  )
}
const stem = (w: string) => w.replace(/s$/, '')

/** A package's text-bearing objects as words (`keep`: verbs that stay nouns there) and stems, made once per entry. */
const CONTENT_WORDS = new WeakMap<CatalogueEntry, { keep: Set<string>; want: Set<string> }>()
function contentWords(entry: CatalogueEntry): { keep: Set<string>; want: Set<string> } {
  let words = CONTENT_WORDS.get(entry)
  if (!words) {
    const keep = new Set((entry.content ?? []).map((c) => c.toLowerCase()))
    CONTENT_WORDS.set(entry, (words = { keep, want: new Set([...keep].map(stem)) }))
  }
  return words
}

/** Whether an object (`issue`, `work item`) is one the catalogue says holds text others write. */
const holdsContent = (entry: CatalogueEntry, object: { head: string; pair: string }) =>
  contentWords(entry).want.has(stem(object.head)) || contentWords(entry).want.has(stem(object.pair))

/**
 * Whether a read is of one of the objects the catalogue says hold text others write: the object one of the names on
 * its way says it reads (`get_issue`, `conversations_history`), not a word before it (`issue_get_watchers`).
 */
function readsContent(entry: CatalogueEntry, names: string[]): boolean {
  if (!entry.content?.length) return false
  return names.some((n) => {
    const object = objectOf(n, contentWords(entry).keep)
    return !!object && holdsContent(entry, object)
  })
}

/** No package: the standard library's file reads, judged by the repository's function names alone. */
const LOCAL = { read: [], write: [], send: [] }

/**
 * What the repository's functions from the handler to a vendor call say it does: the first one whose name
 * tells; one that resolves an identifier (`resolveIssueIdentifier`) gives its caller an id, not the data.
 */
function accessOfPath(entry: Pick<CatalogueEntry, 'read' | 'write' | 'send'>, path: string[]): Access | undefined {
  for (const p of path) {
    if (/^resolve/i.test(p)) return 'write'
    const a = accessOfName(p, entry)
    if (a) return a
  }
  return undefined
}

/** The private-data packages a tool used, read or not: they are its, not the server's. */
const TOUCHED = new WeakMap<ToolReach, string[]>()

function urlFact(
  f: ParsedFile,
  argsAt: number,
  entry: CatalogueEntry,
  tainted: Set<string>,
  depth: number,
  at: FileEvidence,
  reach: ToolReach,
  addFact: (x: CapabilityFact) => void,
  catalogue: Catalogue,
  method = '',
  vendorUse?: (vendor: CatalogueEntry, at: FileEvidence, host: string, verb: string) => void,
  baseHost?: () => string | undefined,
  given: UrlsGiven = new Map<string, string>(),
  configured: { has(name: string): boolean } = new Set<string>(),
  based: Set<string> = new Set(),
  configuredBase?: () => boolean
): void {
  let from = argsAt
  let arg = firstArgument(f.code, from)
  // A verb the tool's caller chooses (`NewRequest(ctx, method, url, body)`) may read or write.
  let verbChosen = false
  for (let skip = 0; skip < 2 && LEADING_NON_URL.test(arg); skip++) {
    verbChosen ||= mentions(arg, tainted)
    from += arg.length + 1
    arg = firstArgument(f.code, from)
  }
  // A keyword argument that is not the URL (`AsyncClient(proxy=proxy_url)`, `timeout=30`) names no target.
  if (f.language === 'python' && /^\s*(?!(?:url|base_url|uri|endpoint)\s*=)\w+\s*=(?!=)/.test(arg)) return
  const wrapped = URL_WRAPPER.exec(arg)
  if (wrapped) arg = firstArgument(f.code, from + arg.indexOf('(', wrapped.index) + 1)
  if (!arg.trim()) return
  // A member of a constant table: `this.baseURLs.search`, `ENDPOINTS.search`, `urls["search"]`.
  const member =
    /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)+([A-Za-z_$][\w$]*)\s*$|^\s*[A-Za-z_$][\w$.]*\[\s*['"]([\w-]+)['"]\s*\]\s*$/.exec(
      arg
    )
  // A template or concatenation led by such a member: `${this.baseURLs.research}/${id}`.
  const led = member ? undefined : /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)+([A-Za-z_$][\w$]*)\s*$/.exec(leadOf(arg))
  const fromTable = member ? f.constants.get(member[1] ?? member[2]) : led ? f.constants.get(led[1]) : undefined
  // A tool argument is the caller's choice, whatever default it is given (`url: str = "https://…"`); a name in
  // capitals is a constant.
  const valueLead = leadOf(valueOf(f, argsAt, arg.trim())).trim()
  const fromArgument = mentions(leadOf(arg), tainted)
  const setApart = fromArgument ? fieldSetApart(f, argsAt, valueLead) : undefined
  const chosen =
    fromArgument &&
    !/^\s*[A-Z][A-Z0-9_]*\s*$/.test(leadOf(arg)) &&
    builtByCaller(f, argsAt, arg, tainted) !== false &&
    !based.has(valueLead) &&
    !setApart
  const literal = chosen
    ? undefined
    : (leadingLiteral(arg, f.constants) ??
      fromTable ??
      given.get(leadOf(arg).trim()) ??
      // A local the function built from a constant (`const url = \`${this.baseUrl}${path}\``).
      urlGiven(f, argsAt, arg, given))
  const client = entry.package
  /** A call to `host`: the organisation's data at a vendor is a use of its API (true); else a channel there. */
  const reachHost = (host: string): boolean => {
    const vendor = vendorUse ? catalogue.byHost(host) : undefined
    // The organisation's data at a vendor (not a public search or scrape API, where the query itself leaves).
    if (vendor?.legs.includes('privateData')) {
      vendorUse!(vendor, at, host, method)
      return true
    }
    for (const fact of hostFacts(catalogue, client, host, at)) addFact(fact)
    return false
  }
  if (literal !== undefined) {
    const host = hostOf(literal)
    if (host && reachHost(host)) return
    // A body sent to a service on this machine or the cluster (a sidecar, a bridge): whether it goes on is its code.
    if (
      host &&
      classifyHost(host, []) === 'internal' &&
      (/^(?:post|put|patch)/i.test(method) || sendsBody(f.code, method + '(', argsAt))
    )
      reach.writes ??= [at]
    return
  }
  // A path on a client built elsewhere with its base URL (a Spring bean's `.baseUrl(…)`): that base's host. A URI
  // builder (`uriBuilder -> uriBuilder.pathSegment(…).build()`) only adds a path to it, whatever its arguments.
  const builder = /^\s*(?:\(\s*)?[A-Za-z_$][\w$]*\s*\)?\s*(?:->|=>)/.test(arg.slice(0, 200))
  const base =
    builder || /^\s*[A-Z_][A-Z0-9_]*\s*$|^\s*["'`]\//.test(arg) || relativePath(f, argsAt, arg)
      ? baseHost?.()
      : undefined
  const sends = () => sendsBody(f.code, method + '(', argsAt)
  if (builder && !base) {
    const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80)
    if (!reach.unknownTargets.some((u) => u.client === client && u.expression === expr))
      reach.unknownTargets.push({ client, expression: expr, sends: sends(), at })
    return
  }
  if (base) {
    reachHost(base)
    return
  }
  const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80)
  // A URL's name tells only in the handler itself; deeper, only a tool argument passed down does.
  if (chosen || (depth === 0 && CALLER_URL_NAME.test(expr))) {
    addFact({
      leg: 'untrustedContent',
      via: `${client} fetches a URL from a tool argument (\`${expr}\`)`,
      source: 'caller-url',
      at
    })
    addFact({
      leg: 'externalCommunication',
      via: `${client} connects where the tool argument says (\`${expr}\`)`,
      source: 'caller-url',
      at
    })
    return
  }
  // A configured base that falls back to a public service's address connects there unless configured otherwise.
  const target = targetLead(f, argsAt, arg)
  const fallback = configuredDefault(f, target.lead)
  const fallbackHost = fallback ? hostOf(fallback) : undefined
  if (fallbackHost && classifyHost(fallbackHost, []) !== 'internal') {
    reachHost(fallbackHost)
    return
  }
  if (
    setApart?.configured ||
    configuredTarget(f, argsAt, arg, tainted, target) ||
    configured.has(valueLead) ||
    // A path on a client whose base address the configuration gives (a typed HttpClient).
    configuredBase?.()
  ) {
    // Only writing to the organisation's own service reads nothing back from it: the call is settled as this tool's.
    if (!/^(?:post|put|patch|delete)(?:async)?$/i.test(method)) {
      addFact(configuredFact(client, expr, at))
      if (verbChosen) reach.writes ??= [at]
    } else {
      SETTLED.get(reach)?.add(`${at.file}:${at.line}`)
      // A delete carries nothing out; a body may be read by others.
      if (!/^delete/i.test(method)) reach.writes ??= [at]
    }
    return
  }
  if (!reach.unknownTargets.some((u) => u.client === client && u.expression === expr))
    reach.unknownTargets.push({ client, expression: expr, sends: sends(), at })
}

/**
 * Whether a request's target is a path relative to its client's base address: a literal (`$"_apis/git/{id}"`,
 * `"api/items"`), a local given one, or one led by a constant that is one (`$"{ApiBase}/{id}"`); no scheme.
 */
function relativePath(f: ParsedFile, at: number, arg: string): boolean {
  let value = valueOf(f, at, arg.trim())
  // A builder or a URI made from it (`new StringBuilder($"_apis/…").Append(…)`): its first argument.
  const built = /^\s*(?:new\s+)?[\w.]*(?:StringBuilder|UriBuilder|Uri|URI|URL)\s*\(/.exec(value)
  if (built) value = firstArgument(value, built[0].length)
  const quoted = /^\s*(?:[fFrRbBuU]{1,2}|\$@?|@\$?)?(["'`])([^"'`\n]{0,200})/.exec(value)
  if (!quoted) return false
  let text = quoted[2]
  const led = /^(?:\$\{|\{)\s*([A-Za-z_]\w*)\s*\}/.exec(text)
  if (led) {
    const constant = new RegExp(`\\b${led[1]}[ \\t]*=[ \\t]*@?(["'])([^"'\\n]{0,200})\\1`).exec(f.code)
    if (!constant) return false
    text = constant[2] + text.slice(led[0].length)
  }
  return /^\/?[\w.-]/.test(text) && !/^[a-z][\w+.-]*:/i.test(text)
}

/**
 * Whether a URL a function of the file builds (`BuildProjectApiUrl(projectId)`, directly or through a local) leads
 * with a tool argument: one of its returns that makes a value leads with a parameter the call gives a tool argument
 * (or with one it cannot map); false when none does; undefined when the URL is no such call or no return makes a value.
 */
function builtByCaller(f: ParsedFile, at: number, arg: string, tainted: Set<string>): boolean | undefined {
  const value = valueOf(f, at, arg.trim())
  const call = /^\s*(?:(?:this|self)\s*\.\s*)?([A-Za-z_]\w*)\s*\(/.exec(value)
  const defs = call ? (f.defsByName.get(call[1]) ?? []) : []
  if (defs.length !== 1) return undefined
  const def = defs[0]
  const returns = valueReturns(f, def)
  if (!returns.length) return undefined
  const params = argumentsOf(def.params)
  propagateTaintIn(f, { start: def.start, end: def.end }, params)
  const close = closing(value, call![0].length - 1, 2000)
  const given = close > 0 ? splitTop(value.slice(call![0].length, close - 1)) : undefined
  for (const r of returns) {
    const through = leadThrough(f, r.at, r.value)
    // Led by another function's own value, or by none of its parameters: not what the caller gave.
    if (through.at !== r.at) continue
    const first = firstMentioned(through.lead, params)
    if (!first) continue
    // Led by a parameter: the caller's when the call gives it a tool argument (or when that cannot be told).
    const passed = given?.[def.params.indexOf(first)]
    if (passed === undefined || mentions(leadOf(passed), tainted)) return true
  }
  return false
}

/**
 * The `return` statements of a function that make a value, each with its first value (`return u, nil` makes `u`);
 * an early return of nothing or of an error's zero value (`return "", err`, `return None`) makes none.
 */
function valueReturns(f: ParsedFile, def: Span): { at: number; value: string }[] {
  const out: { at: number; value: string }[] = []
  for (const r of returnsIn(f, def)) {
    const first = splitTop(f.code.slice(r.start + 6, r.end))[0] ?? ''
    if (first && !NO_VALUE.test(first)) out.push({ at: r.start, value: first })
  }
  return out
}

/** What a function returns when it makes no value: an empty string, nil, null, None, undefined, zero or false. */
const NO_VALUE = /^(?:""|''|``|nil|null|None|undefined|0|false|False)$/

/**
 * A URL led by an object's field (`client.baseURL + "/x/" + uid`) where the object was made by a function of this file
 * (`client, err := newClient(ctx, uid)`) that sets the field, in each place it does (`baseURL: cfg.URL`,
 * `base_url=url`), from nothing its parameters give: the caller's argument then picks only a path on a host the code
 * fixed, `configured` when each value is the configuration's. Undefined when a value is the caller's or the field is
 * not found set (fail closed).
 */
function fieldSetApart(f: ParsedFile, at: number, lead: string): { configured: boolean } | undefined {
  const member = /^([A-Za-z_$][\w$]*)[ \t]*\.[ \t]*([A-Za-z_$][\w$]*)$/.exec(lead)
  if (!member) return undefined
  const field = member[2].replace(/\$/g, '\\$')
  const maker = /^(?:await[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*\(/.exec(valueOf(f, at, member[1]))?.[1]
  const makers = maker ? (f.defsByName.get(maker) ?? []) : []
  if (makers.length !== 1) return undefined
  const { start, end, params } = makers[0]
  const given = argumentsOf(params)
  propagateTaintIn(f, { start, end }, given)
  const values: { at: number; value: string }[] = []
  for (const m of f.bare
    .slice(start, end)
    .matchAll(new RegExp(`(?<![\\w$.])${field}[ \\t]*(?::(?!=)|=(?![=>]))[ \\t]*`, 'g'))) {
    const from = start + m.index + m[0].length
    const value = /^[^,\n;}]{1,300}/.exec(f.code.slice(from, end))?.[0]?.trim()
    if (!value || mentions(leadOf(value), given)) return undefined
    values.push({ at: from, value })
  }
  return values.length ? { configured: values.every((v) => configuredTarget(f, v.at, v.value)) } : undefined
}

/**
 * The lead of a URL (leadOf), seen through calls of the file's own functions: a function that returns what it was
 * given first (`concat(base, path)`) is led by that argument; one that returns its own value (`buildUrl(path)`
 * returning `concat(endpoint.baseUrl(), path)`) by that value, `at` then its place in the function.
 */
function leadThrough(f: ParsedFile, at: number, expr: string, hops = 0): { lead: string; at: number } {
  const lead = leadOf(expr).trim()
  const call = /^(?:(?:this|self)[ \t]*\.[ \t]*)?([A-Za-z_]\w*)[ \t]*\(/.exec(lead)
  const defs = call && hops < 2 ? (f.defsByName.get(call[1]) ?? []) : []
  if (defs.length !== 1 || closing(lead, call![0].length - 1, 2000) !== lead.length) return { lead, at }
  const def = defs[0]
  const ret = valueReturns(f, def)[0]
  if (!ret) return { lead, at }
  const inner = leadThrough(f, ret.at, ret.value, hops + 1)
  if (inner.at !== ret.at) return inner
  const params = new Set(def.params)
  const first = firstMentioned(inner.lead, params)
  if (!first) return inner
  const arg = splitTop(lead.slice(call![0].length, -1))[def.params.indexOf(first)]
  return arg === undefined ? { lead, at } : leadThrough(f, at, arg, hops + 1)
}

/** The URL an argument at `at` names when the caller wrote it (a literal, a constant, or a local given one). */
function urlGiven(f: ParsedFile, at: number, arg: string, given: UrlsGiven): string | undefined {
  const a = arg.trim()
  const value = valueOf(f, at, a)
  const url =
    leadingLiteral(value, f.constants) ??
    given.get(leadOf(value).trim()) ??
    // Or what a function of the file that builds it leads it with (`url = build_search_url(query)`).
    leadingLiteral(leadThrough(f, at, value).lead, f.constants)
  return url && hostOf(url) ? url : undefined
}

/**
 * `based`, plus the request a `SendAsync(request)` sends on a client whose base address the configuration gives: a
 * tool argument in it is in the path on that base (a typed client's requests are relative), not a host it chooses.
 */
function requestOnBase(
  f: ParsedFile,
  c: { name: string; argsAt?: number },
  based: Set<string> | undefined,
  configuredBase: () => boolean
): Set<string> | undefined {
  if (c.argsAt === undefined || !/^sendasync$/i.test(c.name) || !configuredBase()) return based
  const request = firstArgument(f.code, c.argsAt).trim()
  return /^[A-Za-z_]\w*$/.test(request) ? new Set([...(based ?? []), request]) : based
}

const configuredFact = (client: string, expr: string, at: FileEvidence): CapabilityFact => ({
  leg: 'privateData',
  via: `${client} → the host the server's configuration names (\`${expr}\`): the organisation's own service`,
  source: 'configured-host',
  at
})

/** Names of a URL's host that configuration sets (`this.apiPrefix`, `cfg.URL`, `settings.base_url`). */
const URLISH = /url|uri|host|prefix|endpoint|origin|server|address|domain|instance/i
const ENV_READ = /process\.env|import\.meta\.env|os\.(?:environ|getenv|Getenv)|System\.getenv|GetEnvironmentVariable/
const HOLDERS = new Set(['this', 'self', 'config', 'cfg', 'conf', 'settings', 'options', 'opts', 'env'])

/**
 * Whether a call's URL points at a host the server's configuration names, with no tool argument
 * in it: the expression, or what the local variable it names was last given in its function.
 */
function configuredTarget(
  f: ParsedFile,
  at: number,
  expr: string,
  tainted: Set<string> = new Set(),
  target = targetLead(f, at, expr)
): boolean {
  const { lead, through } = target
  // The caller's arguments are not in a function's own value.
  if (through.at === at && mentions(lead, tainted)) return false
  if (ENV_READ.test(lead)) return true
  // A field of the class named bare (`endpointParams.baseUrl()` in Java) is also `this.endpointParams`.
  const head = /^[A-Za-z_$][\w$]*/.exec(lead)?.[0]
  const leads = head && FIELDS_UNQUALIFIED.has(f.language) && isField(f, head) ? [lead, `this.${lead}`] : [lead]
  return leads.some((l) => {
    for (const m of l.matchAll(/(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*\.[ \t]*([A-Za-z_$][\w$]*)/g)) {
      if (!URLISH.test(m[2])) continue
      // A Go receiver or a config value (`c.baseURL`, `cfg.URL`): a short or configuration-named holder.
      if (HOLDERS.has(m[1]) || /config|settings/i.test(m[1]) || (f.language === 'go' && m[1].length <= 3)) return true
    }
    return false
  })
}

/** Per file, what was found for a position and an expression: every tool whose walk passes there asks the same. */
function memoOf<T>(memo: WeakMap<ParsedFile, Map<string, T>>, f: ParsedFile, key: string, make: () => T): T {
  let byKey = memo.get(f)
  if (!byKey) memo.set(f, (byKey = new Map()))
  let value = byKey.get(key)
  if (value === undefined && !byKey.has(key)) byKey.set(key, (value = make()))
  return value as T
}

/** A type declared by its kind and name (`class JiraClient`, `type Client struct`), in any language. */
const TYPE_DECLARATION = /\b(?:class|interface|record|struct|enum|trait|object|type)[ \t]+([A-Za-z_$][\w$]*)/g
/** Go's, also each line of a `type ( … )` group: the name, then its kind. */
const GO_TYPE_DECLARATION =
  /\b(?:class|interface|record|struct|enum|trait|object|type)[ \t]+([A-Za-z_$][\w$]*)|^[ \t]+([A-Za-z_$][\w$]*)[ \t]+(?:struct|interface)\b/gm

/** A name in a body, with what its neighbours say: a member (`x.name`), one of `self`/`this`, called. */
interface BodyToken {
  o: number
  name: string
  afterDot: boolean
  onSelf: boolean
  calls: boolean
  /** A keyword, or the name a definition gives itself: never a call to follow. */
  skip: boolean
  /** The call's opening (type arguments too, where the language writes them there), read on the first walk. */
  calledAt?: RegExpExecArray | null
}
/** The URLs a caller handed its callee's parameters, by parameter. */
interface UrlsGiven {
  get(name: string): string | undefined
}

/**
 * Values by parameter, made on the first ask: what a walk hands its callee, which may never ask (a URL, whether one
 * is on the configured host). A parameter handed several takes the last that gives one.
 */
class Deferred<T> {
  private readonly makes = new Map<string, () => T | undefined>()
  set(name: string, make: () => T | undefined): void {
    const before = this.makes.get(name)
    this.makes.set(name, once(before ? () => make() || before() : make))
  }
  get(name: string): T | undefined {
    return this.makes.get(name)?.()
  }
  has(name: string): boolean {
    return !!this.get(name)
  }
}

const BODY_TOKENS = new WeakMap<ParsedFile, Map<string, BodyToken[]>>()
/** The names in the body at `span` (`body`, its bare text), read once per body: every tool's walk reads the same. */
function bodyTokens(f: ParsedFile, span: Span, body: string): BodyToken[] {
  return memoOf(BODY_TOKENS, f, `${span.start}:${span.end}`, () => {
    const tokens: BodyToken[] = []
    for (const m of body.matchAll(/[A-Za-z_$][\w$]*/g)) {
      const o = span.start + m.index
      const name = m[0]
      let b = o - 1
      while (b >= 0 && (f.bare[b] === ' ' || f.bare[b] === '\t')) b--
      const dot = f.bare[b] === '.'
      const afterDot = dot && !/(?:self|this)\s*$/.test(f.bare.slice(Math.max(0, b - 6), b))
      const calls = /^\s*\(/.test(f.bare.slice(o + name.length, o + name.length + 20))
      tokens.push({ o, name, afterDot, onSelf: dot && !afterDot, calls, skip: KEYWORDS.has(name) || f.defAt.has(o) })
    }
    return tokens
  })
}

/** Per file, the client a name holds through another module (`self.jira`, an imported pool), found once per name. */
const ELSEWHERE = new WeakMap<ParsedFile, Map<string, CatalogueEntry | undefined>>()

const LOCAL_READS = new WeakMap<ParsedFile, ReturnType<typeof localReads>>()
/** The local reads in a span of a file, from one pass over the whole file: the tools' walks pass the same bodies. */
function localReadsIn(f: ParsedFile, span: Span): ReturnType<typeof localReads> {
  let all = LOCAL_READS.get(f)
  if (!all) LOCAL_READS.set(f, (all = localReads(f.language, f.bare, f.code)))
  return all.filter((r) => r.offset >= span.start && r.offset < span.end)
}

const TARGET_LEADS = new WeakMap<ParsedFile, Map<string, { lead: string; through: { lead: string; at: number } }>>()
/** What leads a call's URL: through the function that builds it and the local that holds its base. */
function targetLead(f: ParsedFile, at: number, expr: string): { lead: string; through: { lead: string; at: number } } {
  return memoOf(TARGET_LEADS, f, `${at}|${expr}`, () => findTargetLead(f, at, expr))
}

function findTargetLead(
  f: ParsedFile,
  at: number,
  expr: string
): { lead: string; through: { lead: string; at: number } } {
  const target = valueOf(f, at, expr.trim())
  const through = leadThrough(f, at, target)
  const direct = through.lead || target
  // A URL object's text (`u.String()`, `uri.toString()`) points where the object does.
  const led =
    /^([A-Za-z_$][\w$]*)[ \t]*\.[ \t]*(?:String|toString|ToString)[ \t]*\([ \t]*\)$/.exec(direct)?.[1] ?? direct
  // A base a call was given in a local (`buildURL(baseURL, …)` after `baseURL := config.URL`): what the local holds.
  const lead = IDENTIFIER.test(led) ? leadOf(valueOf(f, through.at, led)).trim() || led : led
  return { lead, through }
}

/** A default after a read of the environment: `|| X`, `?? X`, `or X`, or the read's second argument. */
const ENV_DEFAULT =
  /(?:\|\||\?\?|\bor\b)[ \t]*([A-Za-z_$][\w$]*|(?:[fr]?)(['"`])[^'"`\n]{1,300}?\2)|(?:getenv|Getenv|\.get|getProperty)[ \t]*\([ \t]*['"][\w.-]{1,100}['"][ \t]*,[ \t]*([A-Za-z_$][\w$]*|(['"`])[^'"`\n]{1,300}?\4)/

/**
 * The URL a base read from the configuration falls back to (`process.env.API_URL || DEFAULT_API_URL`,
 * `os.getenv("API_URL", "https://api.example.com")`), from what leads the call's URL (`targetLead`): where the
 * server connects unless configured otherwise.
 */
function configuredDefault(f: ParsedFile, lead: string): string | undefined {
  const env = ENV_READ.exec(lead)
  if (!env) return undefined
  const m = ENV_DEFAULT.exec(lead.slice(env.index))
  const given = m?.[1] ?? m?.[3]
  return given ? leadingLiteral(given, f.constants) : undefined
}

/** Languages whose methods name their class's fields without `this.`. */
const FIELDS_UNQUALIFIED = new Set<Language>(['java', 'csharp', 'kotlin'])

/** Whether the file declares `name` as a field or property (`private final EndpointParams endpointParams;`). */
function isField(f: ParsedFile, name: string): boolean {
  return new RegExp(
    `\\b(?:private|protected|public|internal|readonly|final)\\b[^;=(){}\\n]{0,200}?(?<![\\w$.])${name.replace(/\$/g, '\\$')}[ \\t]*[;={:]`
  ).test(f.bare)
}

/** Per file, where the value of each module-level name starts (undefined: none), found once per name. */
const MODULE_VALUES = new WeakMap<ParsedFile, Map<string, number | undefined>>()
function moduleValueAt(f: ParsedFile, name: string, escaped: string): number | undefined {
  return memoOf(MODULE_VALUES, f, name, () => {
    const top = new RegExp(
      `^(?:(?:export[ \\t]+)?(?:const|let|var|val)[ \\t]+)?${escaped}[ \\t]*(?::[^=\\n]{0,80})?=(?![=>])`,
      'm'
    ).exec(f.code)
    return top && !innermostDef(f, top.index) ? top.index + top[0].length : undefined
  })
}

const VALUES = new WeakMap<ParsedFile, Map<string, string>>()
/** What a local variable named by `expr` was last given before `at` in its function, else `expr`. */
function valueOf(f: ParsedFile, at: number, expr: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.exec(expr)?.[0]
  if (!name) return expr
  return memoOf(VALUES, f, `${at}|${name}`, () => findValue(f, at, expr, name))
}

function findValue(f: ParsedFile, at: number, expr: string, name: string): string {
  const def = innermostDef(f, at)
  const from = def?.start ?? Math.max(0, at - 5000)
  const text = f.code.slice(from, at)
  let value: string | undefined
  let valueAt = 0
  const escaped = name.replace(/\$/g, '\\$')
  // Go gives the first of several names the first value (`u, err := buildURL(base, path)`), never a later one.
  const [notAfter, others] =
    f.language === 'go' ? ['(?<!,[ \\t]*)', '(?:[ \\t]*,[ \\t]*[A-Za-z_$][\\w$]*){0,3}'] : ['', '']
  for (const m of text.matchAll(
    new RegExp(`(?<![\\w$.])${notAfter}${escaped}${others}[ \\t]*(?::[^=\\n]{0,80})?:?=(?![=>])`, 'g')
  )) {
    value = text.slice(m.index + m[0].length, m.index + m[0].length + 400)
    valueAt = from + m.index + m[0].length
  }
  // Else a module's own constant or setting, given at the start of a line outside any function
  // (`GITHUB_API = os.getenv("GITHUB_API_URL", "https://api.github.com")`, `const BASE = process.env.BASE`).
  if (value === undefined && def) {
    const top = moduleValueAt(f, name, escaped)
    if (top !== undefined) value = f.code.slice((valueAt = top), top + 400)
  }
  if (value === undefined) return expr
  const semi = value.indexOf(';')
  if (semi >= 0) value = value.slice(0, semi)
  // A call or literal whose brackets are still open goes on to its closing one (`url = build_url(\n  query,\n)`).
  const lineEnd = value.indexOf('\n')
  const open = lineEnd < 0 ? null : /[([{]/.exec(value.slice(0, lineEnd))
  if (open) {
    const close = closing(f.bare, valueAt + open.index, 400)
    if (close > valueAt + lineEnd && close <= valueAt + value.length) return value.slice(0, close - valueAt).trim()
  }
  // A statement without `;` ends at a line that does not go on (`?`, `:`, `+`, `.` carry it).
  const lines = value.split('\n')
  let end = 1
  while (end < lines.length && /^\s*[?:+.|&]/.test(lines[end])) end++
  return lines.slice(0, end).join('\n').trim()
}

/** Parameters that carry the request's context or the server, never what the model wrote. */
const NOT_ARGUMENTS = new Set([
  'ctx',
  'context',
  'extra',
  'exchange',
  'session',
  'server',
  'cancellationToken',
  'ct',
  'self',
  'cls',
  'this',
  // The TypeScript SDK's second handler argument, destructured (`async (args, { requestInfo, authInfo }) => …`):
  // the transport's headers and the caller's token, which the client sets, not the model.
  'requestInfo',
  'authInfo',
  'signal',
  'sessionId',
  'requestId',
  'sendNotification',
  'sendRequest'
])
const argumentsOf = (params: string[]) => new Set(params.filter((p) => !NOT_ARGUMENTS.has(p)))

/** Per span of `reached`, the tool arguments in it (undefined for the handler's own span). */
const TAINT = new WeakMap<ToolReach, (Set<string> | undefined)[]>()
function taintOf(reach: ToolReach): (Set<string> | undefined)[] {
  let list = TAINT.get(reach)
  if (!list) TAINT.set(reach, (list = []))
  return list
}

/** The first identifier of `text` that is one of `names`. */
function firstMentioned(text: string, names: Set<string>): string | undefined {
  for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (names.has(m[0])) return m[0]
  return undefined
}

const mentions = (text: string, names: Set<string>) => firstMentioned(text, names) !== undefined

/** Variables assigned from tool arguments become tool arguments (two passes, in order). */
/**
 * The part of an expression that decides where a URL made from it points: the first operand of a
 * concatenation, the first interpolation of a template that starts with one; nothing for a literal
 * prefix (`"https://api.x.com/" + id` and `${BASE}/v2/${id}` keep their host).
 */
export function leadOf(expr: string): string {
  const e = expr.trim().replace(/^(?:await|new)\s+/, '')
  // Go's `base.JoinPath(elem…)`, a URL's method, joins onto its receiver; `url.JoinPath(base, …)` onto its first one.
  const joinedOnto = /^((?:[A-Za-z_$][\w$]*\.){0,3}[A-Za-z_$][\w$]*)[ \t]*\.[ \t]*JoinPath[ \t]*\(/.exec(e)?.[1]
  if (joinedOnto && joinedOnto !== 'url' && e.endsWith(')')) return leadOf(joinedOnto)
  // A call that joins a path onto a base (`buildURL(c.baseURL, path)`, `urljoin(BASE, p)`) points where its base does.
  const join = URL_JOIN.exec(e)
  if (join) {
    const first = firstArgument(e, join[0].length)
    if (first.length + join[0].length < e.length && e.endsWith(')')) return leadOf(first)
  }
  const quoted = /^(?:[fFrRbB]{1,2}|\$@?|@\$?)?(['"`])/.exec(e)
  if (quoted) {
    const rest = e.slice(quoted[0].length)
    const interp = /^(?:\$\{|\{)([^{}]{1,200})\}/.exec(rest)
    return interp ? interp[1] : ''
  }
  let depth = 0
  for (let i = 0; i < e.length; i++) {
    const ch = e[i]
    if ('([{'.includes(ch)) depth++
    else if (')]}'.includes(ch)) depth--
    else if (depth === 0 && ch === '+' && e[i + 1] !== '+' && e[i - 1] !== '+') return e.slice(0, i)
  }
  return e
}

/** Functions that join a path onto the base URL they are given first. */
const URL_JOIN =
  /^(?:[A-Za-z_$][\w$]*\.){0,3}(?:urljoin|url_join|joinUrl|joinURL|join_url|buildUrl|buildURL|build_url|makeUrl|makeURL|JoinPath|StringBuilder|URLBuilder|UriBuilder)[ \t]*\(/

/** A body's assignments (the names given a value, the value) and loops (the name, what it goes over). */
interface Assignments {
  assigned: { names: string[]; rhs: string; lead?: string }[]
  loops: { name: string; over: string }[]
}

function assignmentsOf(body: string, code: string): Assignments {
  const assigned: Assignments['assigned'] = []
  for (const m of body.matchAll(
    /(?:\b(?:const|let|var|val)[ \t]{1,8})?(?<![\w$.])(\{[\w$,\s:.]{0,300}\}|[A-Za-z_$][\w$]*(?:[ \t]{0,8},[ \t]{0,8}[A-Za-z_$][\w$]*){0,8})[ \t]{0,8}(?::[ \t]{0,8}[\w.<>[\]| ]{1,80})?[ \t]{0,8}:?=(?![=>])([^\n;]{1,400})/g
  ))
    assigned.push({
      names: m[1].match(/[A-Za-z_$][\w$]*/g) ?? [],
      rhs: code.slice(m.index + m[0].length - m[2].length, m.index + m[0].length)
    })
  const loops: Assignments['loops'] = []
  for (const m of body.matchAll(
    /\bfor(?:[ \t]*\([ \t]*|[ \t]+)(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]+(?:in|of)[ \t]+([^\n:{]{1,200})/g
  ))
    loops.push({ name: m[1], over: m[2] })
  return { assigned, loops }
}

/** `whole`: a name anywhere in the value passes on (data, not where a URL points). */
function spreadTaint({ assigned, loops }: Assignments, tainted: Set<string>, whole: boolean): void {
  for (let round = 0; round < 2; round++) {
    for (const a of assigned) {
      if (!mentions(whole ? a.rhs : (a.lead ??= leadOf(a.rhs)), tainted)) continue
      for (const n of a.names) tainted.add(n)
    }
    for (const l of loops) if (mentions(l.over, tainted)) tainted.add(l.name)
  }
}

/** Passes `tainted` on through the assignments and loops of `body` (`code`, its text with strings). */
function propagateTaint(body: string, code: string, tainted: Set<string>, whole = false): void {
  spreadTaint(assignmentsOf(body, code), tainted, whole)
}

const ASSIGNMENTS = new WeakMap<ParsedFile, Map<string, Assignments>>()
/** propagateTaint over the body at `span`, whose assignments are read once: every tool's walk passes the same. */
function propagateTaintIn(f: ParsedFile, span: Span, tainted: Set<string>, whole = false): void {
  const assignments = memoOf(ASSIGNMENTS, f, `${span.start}:${span.end}`, () =>
    assignmentsOf(f.bare.slice(span.start, span.end), f.code.slice(span.start, span.end))
  )
  spreadTaint(assignments, tainted, whole)
}

/** The function's `return` statements in a span, each to the end of its statement (a callback's count too). */
function returnsIn(f: ParsedFile, span: Span): Span[] {
  const out: Span[] = []
  for (let i = f.bare.indexOf('return', span.start); i >= 0 && i < span.end; i = f.bare.indexOf('return', i + 6)) {
    if (/[\w$.]/.test(f.bare[i - 1] ?? ' ') || /[\w$]/.test(f.bare[i + 6] ?? ' ')) continue
    let depth = 0
    let end = i + 6
    for (; end < span.end; end++) {
      const ch = f.bare[end]
      if (ch === '(' || ch === '[' || ch === '{') depth++
      else if (ch === ')' || ch === ']' || ch === '}') {
        if (depth-- === 0) break
      } else if (depth === 0 && (ch === ';' || ch === '\n')) break
    }
    out.push({ start: i, end })
  }
  return out
}

const ASSIGNED =
  /(?:^|[^\w$.])([A-Za-z_$][\w$]*(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*){0,4})[ \t]*(?::[^=\n]{0,80})?:?=(?![=>])[^=;\n]{0,200}$/

/**
 * Whether the value made at `o` is what the function in `span` returns: it is in a `return`, or kept in a variable
 * (and those made from it) that one names.
 */
function returnedAt(f: ParsedFile, span: Span, o: number): boolean {
  const returns = returnsIn(f, span)
  if (returns.some((r) => r.start <= o && o < r.end)) return true
  const lineStart = f.bare.lastIndexOf('\n', o) + 1
  const kept = ASSIGNED.exec(f.bare.slice(Math.max(lineStart, span.start, o - 200), o))
  if (!kept) return false
  // Go's `err` beside the value is not it.
  const names = new Set([...kept[1].matchAll(/[A-Za-z_$][\w$]*/g)].map((n) => n[0]).filter((n) => !KEYWORDS.has(n)))
  if (!names.size) return false
  propagateTaintIn(f, span, names, true)
  return returns.some((r) => mentions(f.code.slice(r.start, r.end), names))
}

function byName(defs: Definition[]): Map<string, Definition[]> {
  const map = new Map<string, Definition[]>()
  for (const d of defs) {
    const list = map.get(d.name)
    if (list) list.push(d)
    else map.set(d.name, [d])
  }
  return map
}

const MAX_FAR_FILES = 200

/** A `self.x` / `this.x` bound in a file this one links (the base class or the client a mixin builds on). */
function inheritedMember(
  f: ParsedFile,
  name: string,
  parse: (p: string) => ParsedFile | undefined
): CatalogueEntry | undefined {
  for (const p of f.linked.slice(0, MAX_FAR_FILES)) {
    const e = parse(p)?.members.get(name)
    if (e) return e
  }
  return undefined
}

type Parse = (p: string) => ParsedFile | undefined

/** A client another module of the repository makes and exports (`export const pool = new pg.Pool()`). */
function importedClient(f: ParsedFile, name: string, parse: Parse): CatalogueEntry | undefined {
  const from = f.importedFrom.get(name)
  return from && from !== f.path ? parse(from)?.bindings.get(name) : undefined
}

/** A Go package's exported client (`services.AgileClient()`, `db.Pool`): bound or returned in that package. */
function packageClient(f: ParsedFile, o: number, name: string, parse: Parse): CatalogueEntry | undefined {
  if (!/^[A-Z]/.test(name)) return undefined
  const pkg = /(?<![\w.])([a-z]\w*)[ \t]*\.[ \t]*$/.exec(f.bare.slice(Math.max(0, o - 60), o))?.[1]
  if (!pkg || f.bindings.has(pkg) || KEYWORDS.has(pkg)) return undefined
  for (const p of f.linked.slice(0, MAX_FAR_FILES)) {
    const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')))
    if (dir !== pkg && !dir.endsWith(`/${pkg}`)) continue
    const g = parse(p)
    const e = g?.bindings.get(name) ?? g?.returning.get(name)
    if (e) return e
  }
  return undefined
}

/**
 * Go: a client a variable of the package holds in another of its files (`var pool *pgxpool.Pool`). Only a variable
 * declared at the top of that file: its functions' parameters and locals are bound there too, and are not shared.
 */
function packageBinding(f: ParsedFile, name: string, parse: Parse): CatalogueEntry | undefined {
  if (f.language !== 'go') return undefined
  for (const p of f.siblings ?? []) {
    const g = p === f.path ? undefined : parse(p)
    const e = g?.bindings.get(name)
    if (e && declaresPackageVariable(g!.bare, name)) return e
  }
  return undefined
}

/** Whether Go source declares `name` as a variable of its package: `var name …`, or a line of a `var ( … )` block. */
function declaresPackageVariable(bare: string, name: string): boolean {
  if (new RegExp(`^var[ \\t]+${name}\\b`, 'm').test(bare)) return true
  for (const m of bare.matchAll(/^var[ \t]*\(/gm)) {
    const open = m.index + m[0].length - 1
    const close = closing(bare, open, 20_000)
    if (close > 0 && new RegExp(`^[ \\t]+${name}\\b`, 'm').test(bare.slice(open + 1, close - 1))) return true
  }
  return false
}

/** A variable given what a linked file's function returns, when that is a client (`r = Manager.get_connection()`). */
function clientFromLinked(f: ParsedFile, name: string, parse: Parse): CatalogueEntry | undefined {
  const callee = f.assignedFrom.get(name)
  if (!callee) return undefined
  for (const p of f.linked.slice(0, MAX_FAR_FILES)) {
    const g = parse(p)
    // Go: a package variable holding the client's maker (`var JiraClient = sync.OnceValue[*jira.Client](…)`).
    const e = g?.returning.get(callee) ?? (f.language === 'go' ? g?.bindings.get(callee) : undefined)
    if (e) return e
  }
  return undefined
}

/**
 * The definitions a call may mean: in the file, in a file it links, else in one those link (a package's re-exports).
 */
function definitionsNamed(
  f: ParsedFile,
  name: string,
  parse: (p: string) => ParsedFile | undefined,
  far = true,
  at = -1
): { file: ParsedFile; def: Definition }[] {
  // Not the function the call is in (a tool named like the method it calls).
  const here = (f.defsByName.get(name) ?? []).filter((d) => !(d.start <= at && at < d.end))
  if (here.length) return here.slice(0, 3).map((def) => ({ file: f, def }))
  // What the modules the file imports define is looked up once per name: every body of a file asks for the same.
  let near = f.nearDefs.get(name)
  if (!near) f.nearDefs.set(name, (near = importedDefinitions(f, name, parse)))
  if (near.length || !far) return near
  const known = f.farDefs.get(name)
  if (known) return known
  let found: { file: ParsedFile; def: Definition }[] = []
  let files = 0
  const look = (q: string): boolean => {
    const other = parse(q)
    const defs = definedIn(other, name)
    if (defs.length) found = defs.slice(0, 3).map((def) => ({ file: other!, def }))
    return defs.length > 0
  }
  search: for (const p of f.linked) {
    for (const q of parse(p)?.linked ?? []) {
      // A module that imports the caller back is not where the name is defined: the search goes on past it.
      if (q === f.path) continue
      if (++files > MAX_FAR_FILES) break search
      if (look(q)) break search
      // A barrel that only re-exports (`export * from './client'`) is one step more.
      const barrel = parse(q)
      if (!barrel || barrel.defs.length) continue
      for (const r of barrel.linked) {
        if (r === f.path) continue
        if (++files > MAX_FAR_FILES) break search
        if (look(r)) break search
      }
    }
  }
  f.farDefs.set(name, found)
  return found
}

/** Per file, the words of its text, made the second time a name is looked for there (most files are asked once). */
const WORDS = new WeakMap<ParsedFile, Set<string> | null>()
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/
/** Whether the file's text holds `name`: an identifier as a whole word, anything else as text. */
function holdsName(f: ParsedFile, name: string): boolean {
  const words = WORDS.get(f)
  if (!words || !IDENTIFIER.test(name)) {
    if (words === undefined) WORDS.set(f, null)
    else if (words === null) WORDS.set(f, new Set(f.text.match(/[\w$]+/g)))
    return f.text.includes(name)
  }
  return words.has(name)
}

/** A file's definitions of `name`; the text first: a file that does not name it is not lexed for its definitions. */
const definedIn = (f: ParsedFile | undefined, name: string): Definition[] =>
  (f && holdsName(f, name) && f.defsByName.get(name)) || []

/** The definitions of `name` in the modules `f` imports: renamed, then its directory's, then the others'. */
function importedDefinitions(
  f: ParsedFile,
  name: string,
  parse: (p: string) => ParsedFile | undefined
): { file: ParsedFile; def: Definition }[] {
  // A function imported under another name is defined under its own in the module it comes from.
  const original = f.renamed.get(name)
  const from = original ? parse(f.importedFrom.get(name)!) : undefined
  const theirs = (original && from?.defsByName.get(original)) || []
  if (theirs.length) return theirs.slice(0, 3).map((def) => ({ file: from!, def }))
  let rest = f.linked
  if (f.siblings) {
    // A package's files all look for the same names: each directory is searched once per name.
    const there = siblingDefinitions(f.siblings, name, parse).find((d) => d.file !== f)
    if (there) return there.defs.slice(0, 3).map((def) => ({ file: there.file, def }))
    rest = f.linked.slice(f.siblings.length - (f.siblings.includes(f.path) ? 1 : 0))
  }
  for (const p of rest) {
    const other = parse(p)
    const defs = definedIn(other, name)
    if (defs.length) return defs.slice(0, 3).map((def) => ({ file: other!, def }))
  }
  return []
}

const siblingDefs = new WeakMap<readonly string[], Map<string, { file: ParsedFile; defs: Definition[] }[]>>()
/** The files of one directory that define `name`, in the directory's order, found once for all of them. */
function siblingDefinitions(
  siblings: readonly string[],
  name: string,
  parse: (p: string) => ParsedFile | undefined
): { file: ParsedFile; defs: Definition[] }[] {
  let byName = siblingDefs.get(siblings)
  if (!byName) siblingDefs.set(siblings, (byName = new Map()))
  let found = byName.get(name)
  if (!found) {
    found = []
    for (const p of siblings) {
      const other = parse(p)
      const defs = definedIn(other, name)
      if (defs.length) found.push({ file: other!, defs })
    }
    byName.set(name, found)
  }
  return found
}

function offsetOf(f: ParsedFile, line: number, column: number): number {
  return offsetAt(f.text, line, column)
}

/** The quotes a literal can be written in, in the five languages. */
const QUOTES = ['"', "'", '`']
/** Per file, the quoted literals that could be a tool's name: made once, looked up for each tool a package holds. */
const quotedNames = new WeakMap<ParsedFile, Set<string>>()
const QUOTABLE_NAME = /^[\w$.:/-]{1,200}$/
/** Whether a file quotes a name (`"search"`, `'search'`, `` `search` ``) anywhere in its text. */
function quotes(f: ParsedFile, name: string): boolean {
  if (!QUOTABLE_NAME.test(name)) return QUOTES.some((q) => f.text.includes(q + name + q))
  let names = quotedNames.get(f)
  if (!names) {
    names = new Set()
    for (const m of f.text.matchAll(/(["'`])([\w$.:/-]{1,200})\1/g)) names.add(m[2])
    quotedNames.set(f, names)
  }
  return names.has(name)
}

/** A line that gives a constant a literal (`STATUS = "git_status"`, `static final String X =`), up to the literal. */
const HOLDING_LINE =
  /^[ \t]*(?:(?:export|public|private|static|final|const|readonly)[ \t]+){0,4}[A-Z][A-Z0-9_]*[ \t]*(?::[ \t]*[\w.]+[ \t]*)?=[ \t]*$/

/**
 * Whether the code compares a quoted name (`case "x"`, `== "x"`, `"x".equals(`) or a constant holds it: what a
 * dispatch on it needs, read around each quoting before the dispatch's patterns are made and run.
 */
function comparesOrHolds(code: string, name: string): boolean {
  for (const q of QUOTES) {
    const quoted = q + name + q
    for (let i = code.indexOf(quoted); i >= 0; i = code.indexOf(quoted, i + 1)) {
      const line = code.slice(code.lastIndexOf('\n', i - 1) + 1, i)
      const after = code.slice(i + quoted.length, i + quoted.length + 12)
      if (
        /(?:\bcase|[!=]=|\.equals\()[ \t]*$/.test(line) ||
        /^[ \t]*(?:[!=]=|\.equals\()/.test(after) ||
        HOLDING_LINE.test(line)
      )
        return true
    }
  }
  return false
}

/**
 * The branch of a dispatcher that serves the tool: `case "name":` up to the next case, or the
 * block of `if name == "name"` / `name === 'name'` / `"name".equals(name)`; its tool arguments
 * are the enclosing function's parameters and what is taken from them before the branch.
 */
function dispatchOf(f: ParsedFile, name: string, registration: number): { span: Span; params: string[] } | undefined {
  // The text first: every dispatch compares the name as a quoted literal (or a constant holding one), and a file
  // that does not quote it is not lexed for it.
  if (!quotes(f, name) || !comparesOrHolds(f.code, name)) return undefined
  const lit = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // The name may be held by a constant (`STATUS = "git_status"`, an enum member): its uses dispatch too. Only a
  // constant's name (upper case, at the start of a line): `name="x"` in a call is not one.
  const held = [
    ...f.code.matchAll(
      new RegExp(
        `^[ \\t]*(?:(?:export|public|private|static|final|const|readonly)[ \\t]+){0,4}([A-Z][A-Z0-9_]*)[ \\t]*(?::[ \\t]*[\\w.]+[ \\t]*)?=[ \\t]*(['"])${lit}\\2`,
        'gm'
      )
    )
  ].map((m) => m[1])
  // An enum member's value in Python: `case TimeTools.GET_CURRENT_TIME.value:`.
  const constant = held.length
    ? `|(?:[A-Za-z_$][\\w$]*\\.)?(?:${[...new Set(held)].join('|')})(?:\\.value)?(?![\\w$])`
    : ''
  const re = new RegExp(
    `\\bcase[ \\t]+(?:(['"\`])${lit}\\1${constant})[ \\t]*[:|]|(?:[!=]==?|\\.equals\\()[ \\t]*(?:(['"\`])${lit}\\2${constant})|(['"\`])${lit}\\3[ \\t]*(?:===?|\\.equals\\()`,
    'g'
  )
  // A `case "x"` inside the file's tools/call handler dispatches the tool; one elsewhere (a module loader's switch
  // on the same words) only when the handler has none.
  const handler = callToolHandler(f)?.span
  let outside: { span: Span; params: string[] } | undefined
  for (const m of f.code.matchAll(re)) {
    if (m.index === undefined || Math.abs(m.index - registration) < 4) continue
    const inHandler = !handler || (handler.start <= m.index && m.index < handler.end)
    if (!inHandler && outside) continue
    const after = m.index + m[0].length
    // A guard (`if name != "fetch": raise …`): the rest of the function serves the tool.
    const guard = /!=/.test(m[0])
    let span: Span | undefined
    if (guard) {
      // Only one that leaves: `if (recording && name !== "close") { record(…) }` goes on for every tool.
      const end = guardEnd(f, m.index, after)
      if (!/\b(?:return|raise|throw)\b/.test(f.bare.slice(after, end))) continue
      span = { start: end, end: -1 }
    } else if (f.language === 'python') span = indentedBlock(f.bare, m.index)
    else if (m[0].startsWith('case')) span = { start: after, end: caseEnd(f.bare, after) }
    else {
      const open = /^[^;{}\n]{0,200}\{/.exec(f.bare.slice(after, after + 210))
      const close = open ? closing(f.bare, after + open[0].length - 1) : -1
      if (close > 0) span = { start: after, end: close }
    }
    if (!span) continue
    const around = innermostDef(f, m.index!)
    const from = around?.start ?? Math.max(0, m.index - 20_000)
    // The dispatcher is often a lambda (`async (request) => { switch … }`): its parameters, not the method's.
    let lambda: { start: number; open: number; params: string[] } | undefined
    for (const h of f.bare
      .slice(from, m.index)
      .matchAll(/\(([^()]{0,400})\)(?:[ \t]{0,8}:[ \t]{0,8}[\w$.<>[\]| \t]{1,100})?[ \t]{0,8}(?:=>|->)[ \t]{0,8}\{/g)) {
      const open = from + h.index + h[0].length - 1
      if (closing(f.bare, open) > m.index)
        lambda = { start: from + h.index, open, params: paramNames(h[1], f.language) }
    }
    const start = lambda?.start ?? around?.start
    if (guard) {
      if (start === undefined) continue
      span.end = lambda ? closing(f.bare, lambda.open) : around!.end
      if (span.end <= span.start) continue
    }
    const params = new Set(argumentsOf(lambda?.params ?? around?.params ?? []))
    if (start !== undefined) propagateTaint(f.bare.slice(start, m.index), f.code.slice(start, m.index), params)
    if (inHandler) return { span, params: [...params] }
    outside = { span, params: [...params] }
  }
  return outside
}

const GO_BUILTIN_TYPES = new Set(
  'bool string int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr byte rune float32 float64 any error'.split(
    ' '
  )
)

/** The package-local type a Go variable was made as (`kb := knowledgeBase{…}`, `var s store`), if the file says. */
function goLocalType(bare: string, variable: string): string | undefined {
  const made = new RegExp(
    `(?<![\\w.])${variable}[ \\t]*(?::=|=)[ \\t]*&?([A-Za-z_]\\w*)[ \\t]*\\{|\\bvar[ \\t]+${variable}[ \\t]+\\*?([A-Za-z_]\\w*)[ \\t]*$`,
    'm'
  ).exec(bare)
  const type = made?.[1] ?? made?.[2]
  return type && !GO_BUILTIN_TYPES.has(type) ? type : undefined
}

/** A tool name that says what its function is called: words joined by `_`, `-` or a capital, not a lone word. */
const NAME_CHARS = /^[A-Za-z][\w-]*$/
const WORD_JOIN = /[A-Za-z0-9][_-][A-Za-z0-9]|[a-z0-9][A-Z]/
const distinctName = (name: string) => NAME_CHARS.test(name) && WORD_JOIN.test(name)
/** The most tools looked up by name in one run: a bound on the one pass over the files it takes. */
const MAX_NAMED_LOOKUPS = 500

/**
 * For tools whose handler serves other tools too, the function or method of their own name in the repository's
 * files of the registration's language, found in one pass over them: by the tool's index.
 */
function namedHandlers(
  handlers: (FoundHandler | undefined)[],
  registrations: ToolRegistration[],
  byLanguage: Map<Language, string[]>,
  textOf: (path: string) => string | undefined,
  parse: (path: string) => ParsedFile | undefined
): Map<number, { file: ParsedFile; def: Definition }> {
  const found = new Map<number, { file: ParsedFile; def: Definition }>()
  const byHandler = new Map<string, number[]>()
  handlers.forEach((h, i) => {
    if (!h) return
    const key = `${h.at.file}:${h.at.line}:${h.at.column}`
    const group = byHandler.get(key)
    if (group) group.push(i)
    else byHandler.set(key, [i])
  })
  const wanted = new Map<Language, Map<string, number>>()
  let count = 0
  for (const group of byHandler.values()) {
    if (group.length < 2) continue
    for (const i of group) {
      const language = languageOf(registrations[i].at.file)
      if (!language || !distinctName(registrations[i].name) || count >= MAX_NAMED_LOOKUPS) continue
      count++
      const names = wanted.get(language) ?? new Map<string, number>()
      names.set(registrations[i].name, i)
      wanted.set(language, names)
    }
  }
  for (const [language, names] of wanted) {
    const word = new RegExp(`(?<![\\w$])(?:${[...names.keys()].join('|')})(?![\\w$])`, 'g')
    for (const p of byLanguage.get(language) ?? []) {
      const hits = new Set([...(textOf(p)?.matchAll(word) ?? [])].map((m) => m[0]))
      if (!hits.size) continue
      const f = parse(p)
      for (const name of hits) {
        const i = names.get(name)!
        const def = f?.defsByName.get(name)?.find((d) => d.end > d.start)
        const handler = handlers[i]!.at
        if (!def || found.has(i) || (handler.file === p && f!.lines.at(def.start).line === handler.line)) continue
        found.set(i, { file: f!, def })
      }
    }
  }
  return found
}

/** A tool kept in a variable (`var GetIssueTool = mcp.NewTool(…)`) that another file registers with its handler. */
function variableRegistration<T>(
  file: ParsedFile,
  offset: number,
  filesNaming: Lookups['filesNaming'],
  firstIn: (
    paths: Iterable<string>,
    find: (f: ParsedFile) => { span: Span; params: string[] } | undefined
  ) => T | undefined,
  parse: Parse
): T | undefined {
  const v = registrationVariable(file, offset)
  if (!v) return undefined
  const use = new RegExp(`(?<![\\w$])${v}(?![\\w$])`, 'g')
  return firstIn(
    filesNaming(file.language, v).filter((p) => p !== file.path),
    (f) => {
      for (const m of f.bare.matchAll(use)) {
        const h = registeredWith(f, m.index, v, parse)
        if (h) return h
      }
      return undefined
    }
  )
}

/** Where a guard's statement ends: its Python block, its braces, or its line. */
function guardEnd(f: ParsedFile, at: number, after: number): number {
  if (f.language === 'python') return indentedBlock(f.bare, at).end
  const open = /^[^;{}\n]{0,200}\{/.exec(f.bare.slice(after, after + 210))
  if (open) return Math.max(after, closing(f.bare, after + open[0].length - 1))
  const end = /[;\n]/.exec(f.bare.slice(after, after + 2000))
  return end ? after + end.index + 1 : after
}

/**
 * The handler of every tool call in a low-level server (`@server.call_tool()`, `on_call_tool=…`,
 * `setRequestHandler(CallToolRequestSchema, …)`): the handler of its one tool when it lists only one.
 */
const callToolHandlers = new WeakMap<ParsedFile, { span: Span; params: string[] } | undefined>()
function callToolHandler(f: ParsedFile): { span: Span; params: string[] } | undefined {
  // A file's one call handler is the same for every tool that looks in it (a package's files, for each of its tools).
  if (!callToolHandlers.has(f)) callToolHandlers.set(f, findCallToolHandler(f))
  return callToolHandlers.get(f)
}

function findCallToolHandler(f: ParsedFile): { span: Span; params: string[] } | undefined {
  // The words first: the patterns below have no literal start and would walk every file.
  if (!f.text.includes('call_tool') && !f.text.includes('CallToolRequestSchema')) return undefined
  const named =
    /@[\w.]+\.call_tool\([ \t]*\)[ \t]*\r?\n[ \t]*(?:async[ \t]+)?def[ \t]+(\w+)|\bon_call_tool[ \t]*=[ \t]*(\w+)|\.call_tool\([ \t]*\)[ \t]*\([ \t]*(\w+)[ \t]*\)|setRequestHandler\([ \t]*CallToolRequestSchema[ \t]*,[ \t]*(?:this\.)?([A-Za-z_$][\w$]*)[ \t]*\)/.exec(
      f.bare
    )
  const name = named && (named[1] ?? named[2] ?? named[3] ?? named[4])
  const def = name ? f.defs.find((d) => d.name === name) : undefined
  if (def) return { span: { start: def.start, end: def.end }, params: [...argumentsOf(def.params)] }
  const lambda =
    /setRequestHandler\([ \t]*CallToolRequestSchema[ \t]*,[ \t]*(?:async[ \t]*)?\(([^()]{0,400})\)[^{]{0,200}?=>[ \t]*\{/.exec(
      f.bare
    )
  if (!lambda) return undefined
  const open = lambda.index + lambda[0].length - 1
  const end = closing(f.bare, open)
  return end > 0
    ? { span: { start: open, end }, params: [...argumentsOf(paramNames(lambda[1], f.language))] }
    : undefined
}

/** Where a `case` branch ends: the next `case` or `default` at its depth, or the switch's closing bracket. */
function caseEnd(bare: string, from: number): number {
  let depth = 0
  for (let i = from; i < bare.length && i < from + 50_000; i++) {
    const ch = bare[i]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return i
      depth--
    } else if (
      depth === 0 &&
      (ch === 'c' || ch === 'd') &&
      !/[\w$]/.test(bare[i - 1] ?? '') &&
      /^(?:case|default)\b/.test(bare.slice(i, i + 8))
    )
      return i
  }
  return Math.min(bare.length, from + 50_000)
}

/** The lines indented deeper than the line holding `at` (a Python branch). */
function indentedBlock(bare: string, at: number): Span {
  const lineStart = bare.lastIndexOf('\n', at) + 1
  const indent = /^[ \t]*/.exec(bare.slice(lineStart))![0].length
  const start = bare.indexOf('\n', at)
  if (start < 0) return { start: at, end: bare.length }
  let end = bare.length
  for (let i = start; i !== -1 && i < bare.length; i = bare.indexOf('\n', i + 1)) {
    const line = /^[ \t]*(\S?)/.exec(bare.slice(i + 1, i + 200))!
    if (line[1] && line[0].length - 1 <= indent) {
      end = i
      break
    }
  }
  return { start, end }
}

const MAX_USE_FILES = 2000

/** The variable the registration's innermost call is assigned to (`var GetIssueTool = mcp.NewTool("x", …)`). */
function registrationVariable(f: ParsedFile, offset: number): string | undefined {
  const bare = f.bare
  let depth = 0
  for (let i = offset - 1; i >= 0 && i > offset - 4000; i--) {
    const ch = bare[i]
    if (ch === ')' || ch === ']' || ch === '}') depth++
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth > 0) {
        depth--
        continue
      }
      if (ch !== '(') return undefined
      const lineStart = bare.lastIndexOf('\n', i) + 1
      const v = /([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,80})?:?=[ \t]*(?:new[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*$/.exec(
        bare.slice(Math.max(lineStart, i - 200), i)
      )
      return v && !KEYWORDS.has(v[1]) ? v[1] : undefined
    }
  }
  return undefined
}

/**
 * The call that hands a tool variable over with its handler (`addTool(tools.GetIssueTool,
 * tools.GetIssueHandler(client))`, `s.AddTool(GetIssueTool, handleGetIssue)`): its arguments, when another of
 * them is a function, a lambda, or a call to a function of the repository (a factory that makes the handler).
 */
function registeredWith(
  f: ParsedFile,
  at: number,
  name: string,
  parse: Parse
): { span: Span; params: string[] } | undefined {
  const bare = f.bare
  let depth = 0
  for (let i = at - 1; i >= 0 && i > at - 2000; i--) {
    const ch = bare[i]
    if (ch === ')' || ch === ']' || ch === '}') depth++
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth > 0) {
        depth--
        continue
      }
      if (ch !== '(') return undefined
      const close = closing(bare, i, 20_000)
      if (close < 0) return undefined
      const args = f.code.slice(i + 1, close - 1)
      const params: string[] = []
      for (const m of args.matchAll(/\bfunc[ \t]{0,8}\(([^()]{0,400})\)|\(([^()]{0,400})\)[ \t]{0,8}(?:=>|->)/g))
        params.push(...paramNames(m[1] ?? m[2] ?? '', f.language))
      const handing = splitTop(args).some((part) => {
        if (new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(part)) return false
        if (/=>|->|\bfunc[ \t]*\(|\blambda\b/.test(part)) return true
        const callee = /^&?(?:[A-Za-z_$][\w$]*\.)*([A-Za-z_$][\w$]*)[ \t]*(?:\(|$)/.exec(part.trim())?.[1]
        return !!callee && !KEYWORDS.has(callee) && definitionsNamed(f, callee, parse, true).length > 0
      })
      return handing ? { span: { start: i, end: close }, params } : undefined
    }
  }
  return undefined
}

/**
 * The names of the method a tool class is run by (`run_tool`, `execute`, `__call__`, `handleCall`, `_arun`, Java's
 * `apply` of a class that is the handler function).
 */
const RUN_METHOD = /^_{0,2}(?:a?run|execute|call|handle|invoke|perform|apply)(?:_?(?:tool|call|async|impl))?_{0,2}$/i

/**
 * The run methods of the class whose body holds the registration at `offset`, innermost class first; none when the
 * class has no method named like one (what runs it is then not known, and its facts stay the server's).
 */
function classHandlers(f: ParsedFile, offset: number): { span: Span; params: string[] }[] {
  let body: Span | undefined
  if (f.language === 'python') {
    for (const m of f.bare.slice(0, offset).matchAll(/^([ \t]*)class[ \t]+\w+/gm)) {
      const block = indentedBlock(f.bare, m.index)
      if (block.start <= offset && offset < block.end) body = block
    }
  } else body = classAt(f, offset)
  if (!body) return []
  const inClass = f.defs.filter((d) => body.start <= d.start && d.end <= body.end)
  // Only the class's own methods, not functions nested in them.
  const own = inClass.filter((d) => !inClass.some((o) => o !== d && o.start <= d.start && d.end <= o.end))
  return own
    .filter((d) => RUN_METHOD.test(d.name) && !(d.start <= offset && offset < d.end))
    .map((d) => ({ span: { start: d.start, end: d.end }, params: d.params }))
}

/** Whether call arguments hold a function: a lambda, or a name the file defines or sees from another module. */
function namesHandler(f: ParsedFile, args: string, parse?: Parse): boolean {
  if (/=>|->|\bfunc[ \t]*\(|\blambda\b/.test(args)) return true
  for (const part of splitTop(args)) {
    const name = /^&?([A-Za-z_$][\w$]*)$/.exec(part.trim())?.[1]
    if (!name || KEYWORDS.has(name)) continue
    // Defined in the file, or where the file sees it: a Go package's other files, a module it imports.
    if (f.defsByName.has(name) || (parse && definitionsNamed(f, name, parse, false).length)) return true
  }
  return false
}

/**
 * Whether the registration at `offset` is inside a Spring AI `@Tool(…)` or `@McpTool(…)` annotation: no `;` or `{`
 * since the last one within 4,000 characters.
 */
function annotatedByTool(bare: string, offset: number): boolean {
  const at = Math.max(bare.lastIndexOf('@Tool', offset), bare.lastIndexOf('@McpTool', offset))
  if (at < 0 || offset - at > 4000) return false
  const between = bare.slice(at, offset)
  return !between.includes(';') && !between.includes('{')
}

/** Whether an argument after the one holding `offset` in the call is a function literal (a lambda, `func(…)`). */
function functionAfter(f: ParsedFile, call: { open: number; close: number }, offset: number): boolean {
  let at = call.open + 1
  for (const arg of splitTop(f.code.slice(call.open + 1, call.close - 1))) {
    if (at > offset && (LAMBDA_HEAD.test(arg) || /^\s*(?:async\s+)?function\b/.test(arg))) return true
    at += arg.length + 1
  }
  return false
}

const REGISTERING_CALL =
  /(?:^|\.)(?:tool|registerTool|registerToolTask|addTool|AddTool|AddTools|AddToolHandler|SyncToolSpecification|AsyncToolSpecification|SyncToolRegistration|toolSpecification|callHandler|tools)$/

const HANDLER_FIELD = /(?<![\w$.])(?:handler(?:func)?|handle|execute|callback|fn|run|invoke)[ \t]*(?::[ \t]*|(?=\())/gi

/**
 * The handler a struct or object literal holding the registration names in a field of its own
 * (`Handler: func(ctx, req) {…}`, `handler: listTeams`, `async handler(params) {…}`): the value and its parameters.
 */
function literalHandler(f: ParsedFile, from: number): { span: Span; params: string[] } | undefined {
  const bare = f.bare
  let depth = 0
  let open = -1
  for (let i = from - 1; i >= 0 && i > from - 2000; i--) {
    const ch = bare[i]
    if (ch === ')' || ch === ']' || ch === '}') depth++
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) {
        if (ch === '{') open = i
        break
      }
      depth--
    }
  }
  if (open < 0) return undefined
  const close = closing(bare, open, 50_000)
  if (close < 0) return undefined
  const body = bare.slice(open + 1, close - 1)
  for (const m of body.matchAll(HANDLER_FIELD)) {
    // Only the literal's own fields, not those of a literal inside it.
    let level = 0
    for (let i = 0; i < m.index; i++) {
      const ch = body[i]
      if (ch === '(' || ch === '[' || ch === '{') level++
      else if (ch === ')' || ch === ']' || ch === '}') level--
    }
    if (level !== 0) continue
    const start = open + 1 + m.index + m[0].length
    let end = start
    let d = 0
    for (; end < close - 1; end++) {
      const ch = bare[end]
      if (ch === '(' || ch === '[' || ch === '{') d++
      else if (ch === ')' || ch === ']' || ch === '}') d--
      else if (ch === ',' && d === 0) break
    }
    const value = f.code.slice(start, end)
    const lambda = /^(?:(?:async[ \t]+)?(?:func|function)[ \t]*|async[ \t]*)?\(([^()]{0,400})\)/.exec(value.trimStart())
    return { span: { start, end }, params: lambda ? paramNames(lambda[1], f.language) : [] }
  }
  return undefined
}

/** The handler the source pass found: the definition at its place, or (without a name) the value that starts there. */
function listedHandler(reg: ToolRegistration, parse: Parse) {
  const f = reg.handler && parse(reg.handler.at.file)
  if (!f) return undefined
  const o = offsetOf(f, reg.handler!.at.line, reg.handler!.at.column)
  const def = f.defs.find((d) => d.nameOffset === o)
  if (def) return { file: f, handler: { span: { start: def.start, end: def.end }, params: def.params } }
  if (reg.handler!.name) return undefined
  const value = handlerValueAt(f, o)
  return { file: f, handler: { span: { start: o, end: value.end }, params: paramNames(value.params, f.language) } }
}

/** The handler's body and its parameters (the tool's arguments). */
/** Whether `offset` is inside the parameter list of `def`. */
function inParameters(bare: string, def: Definition, offset: number): boolean {
  const open = bare.indexOf('(', def.nameOffset)
  return open !== -1 && open < offset && closing(bare, open) > offset
}

function handlerOf(
  f: ParsedFile,
  offset: number,
  reg: ToolRegistration,
  parse?: Parse
): { span: Span; params: string[] } | undefined {
  const bare = f.bare
  const decorated =
    reg.derived ||
    f.language === 'csharp' ||
    (f.language === 'python' &&
      !/\bTool\s*\(\s*name\s*=\s*$/.test(bare.slice(Math.max(0, offset - 40), offset).replace(/['"]$/, ''))) ||
    ((f.language === 'java' || f.language === 'kotlin') && annotatedByTool(bare, offset))
  if (
    decorated &&
    !(f.language === 'python' && /\bTool\s*\(\s*name/.test(bare.slice(Math.max(0, offset - 60), offset)))
  ) {
    // An attribute on a parameter (`Run([McpToolTrigger("x")] ToolInvocationContext context)`) marks the method it is
    // in; any other marks the next one.
    const def =
      f.defs.find((d) => d.nameOffset < offset && offset < d.end && inParameters(bare, d, offset)) ??
      f.defs.find((d) => d.nameOffset >= offset - 1)
    if (def) return { span: { start: def.start, end: def.end }, params: def.params }
  }
  // A call registers the tool: the outermost enclosing call that registers, its arguments, and the chain after it.
  let depth = 0
  let call: { open: number; close: number } | undefined
  let innermost: { open: number; close: number; callee: string } | undefined
  let levels = 0
  /** Whether the name sits in an object or list inside the innermost call, not among its arguments. */
  let nested = false
  for (let i = offset - 1; i >= 0 && i > offset - 8000 && levels < 6; i--) {
    const ch = bare[i]
    if (ch === ')' || ch === ']' || ch === '}') depth++
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth > 0) {
        depth--
        continue
      }
      if (ch !== '(') {
        if (!innermost) nested = true
        continue
      }
      levels++
      const callee = /((?:new\s+)?[A-Za-z_$][\w$.]*)\s*$/.exec(bare.slice(Math.max(0, i - 200), i))?.[1] ?? ''
      const close = closing(bare, i)
      if (close < 0) break
      innermost ??= { open: i, close, callee }
      if (REGISTERING_CALL.test(callee.replace(/^new\s+/, ''))) call = { open: i, close }
    }
  }
  // A repository's own wrapper (`MustTool("x", "…", listTeams)`): its arguments name the handler.
  // Read without its strings: a description that draws an arrow (`search -> download -> read`) holds no lambda.
  if (!call && innermost && !nested && namesHandler(f, f.bare.slice(innermost.open + 1, innermost.close - 1), parse))
    call = innermost
  // A tool literal handed to a call beside a function (`fxctx.NewTool(&mcp.Tool{Name: "x"}, func(…) {…})`): that
  // call pairs the tool with its handler, whatever the library names it.
  if (!call && innermost && nested && functionAfter(f, innermost, offset)) call = innermost
  if (!call && innermost) {
    // `server.ServerTool{Tool: mcp.NewTool("x", …), Handler: func(…) {…}}`: the literal's handler field.
    const field = literalHandler(f, offset) ?? literalHandler(f, innermost.open)
    if (field) return field
    // `tool := mcp.NewTool("x", …)` / `var tool = Tool.builder()…`: follow the variable to the call that registers it.
    const lineStart = bare.lastIndexOf('\n', innermost.open) + 1
    const v = /([A-Za-z_$][\w$]*)\s*(?::=|=)[^=]*$/.exec(
      bare.slice(Math.max(lineStart, innermost.open - 300), innermost.open)
    )
    if (v) {
      for (const m of bare.slice(innermost.close).matchAll(new RegExp(`\\b${v[1]}\\b`, 'g'))) {
        const o = innermost.close + m.index
        const h = handlerOf(f, o + 1, { ...reg, derived: false, at: { ...reg.at } }, parse)
        if (h) return h
        break
      }
    }
    return undefined
  }
  if (!call) return undefined
  let end = call.close
  for (const c of chainAfter(bare, end)) end = Math.max(end, c.end)
  // The handler's parameters: those of a lambda among the arguments (`async ({ url }) =>`, `(ex, req) ->`, `func(ctx,
  // req)`), or of a function named there.
  const args = f.code.slice(call.open, end)
  const params: string[] = []
  for (const m of args.matchAll(
    /(?:\(([^()]{0,400})\)(?:[ \t]{0,8}:[ \t]{0,8}[\w$.<>[\]| \t]{1,100})?|(?<![\w$])([A-Za-z_$][\w$]*))[ \t]{0,8}(?:=>|->)|\bfunc[ \t]{0,8}\(([^()]{0,400})\)/g
  ))
    params.push(...paramNames(m[1] ?? m[2] ?? m[3] ?? '', f.language))
  return { span: { start: call.open, end }, params }
}
