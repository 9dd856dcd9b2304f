// Tools registered from data: a loop (`for … of`, `forEach`, Python's `for … in` and comprehensions, Go's `range`)
// around a registration goes over a list or an object of tool definitions, and each definition gives a tool: its
// literal `name` field, its key, a string, or a function (Python: the function's own name). The definition's
// handler field (or the function) is kept, so capabilities can follow each tool's own code. A list the file
// imports is left as a fact for the derived step (tool-resolve.ts). Hand-written, as tool-names.ts is.
import {
  closingBracket,
  importsOf,
  objectNameAt,
  splitTopLevel,
  stringConstantsOf,
  toolObjectsOf
} from './tool-names.js'
import type { CodeFile } from './scan.js'

type Text = Pick<CodeFile, 'code' | 'bare' | 'language'>

/** A tool a list gives: its name, where the name is, the list, and the handler its definition names. */
export interface ListedTool {
  name: string
  at: number
  list: string
  /** The name is a function's own (Python), not a literal. */
  derived: boolean
  /** `name`: a function or class the definition names; without it, `at` is where the handler's value starts. */
  handler?: { name?: string; at: number }
}

/** What a loop goes over: the definitions (`elements`), an object's values or keys, or its entries. */
export type ListMode = 'elements' | 'values' | 'keys' | 'entries'
/** What of each definition the registration names the tool with: the element itself, its `name` field, its key. */
export type ListPick = 'self' | 'name' | 'key'

/** A list kept in another module, for the derived step: its name there, and how the loop reads it. */
export interface ImportedList {
  /** The list's name in its module (`*`: a namespace's exports). */
  name: string
  /** The module as imported; empty: the file itself (a list it defines of tool objects it imports). */
  from: string
  mode: ListMode
  pick: ListPick
  /** `import * as tools`: the module's exports are the definitions. */
  namespace: boolean
}

/** How far back a registration's loop header is looked for. */
const MAX_LOOP_BACK = 4000

/** Where a loop starts, per language: its header is read by hand from there. */
const LOOP_STARTS: Partial<Record<CodeFile['language'], RegExp>> = {
  typescript: /\bfor\s*\(\s*(?:const|let|var)\s+|\.\s*(?:forEach|map)\s*\(/g,
  javascript: /\bfor\s*\(\s*(?:const|let|var)\s+|\.\s*(?:forEach|map)\s*\(/g,
  python: /\bfor[ \t]+/g,
  go: /\bfor[ \t]+/g
}

interface Loop {
  /** `t`, `{ name, handler }`, `[key, def]`, `fn, name` (a Python tuple). */
  variable: string
  /** Offset of an array, tuple or object literal the loop goes over. */
  open?: number
  /** Or the name of the list (its last segment: `tools` of `this.tools`). */
  ident?: string
  /** When the name is called (`getTools()`, `filterTools(all, enabled)`): where its arguments open. */
  call?: number
  mode: ListMode
  /** Where the header ends: the loop's code between it and the registration may name the definition's fields. */
  headerEnd: number
}

/** The innermost loop whose body holds `offset`, with what it goes over. */
export function enclosingLoop(file: Text, offset: number): Loop | undefined {
  const re = LOOP_STARTS[file.language]
  if (!re) return undefined
  const from = Math.max(0, offset - MAX_LOOP_BACK)
  const slice = file.bare.slice(from, offset)
  const starts: number[] = []
  re.lastIndex = 0
  for (let m = re.exec(slice); m; m = re.exec(slice)) starts.push(from + m.index + m[0].length)
  // A Python comprehension names its loop after the registration: `[mcp.tool()(f) for f in FUNCS]`.
  if (file.language === 'python') {
    const comp = comprehensionAt(file, offset)
    if (comp) return comp
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    const loop =
      file.language === 'python'
        ? pythonLoop(file, starts[k], offset)
        : file.language === 'go'
          ? goLoop(file, starts[k], offset)
          : jsLoop(file, starts[k], offset)
    if (loop) return loop
  }
  return undefined
}

/** The list expression of a loop, read: an array literal, `Object.values(X)`, `this.X`, `X as Tool[]`, `X(…)`. */
function iterable(file: Text, at: number, end: number): Pick<Loop, 'open' | 'ident' | 'mode' | 'call'> | undefined {
  const text = file.bare.slice(at, end)
  const lead = text.length - text.trimStart().length
  if (text[lead] === '[' || text[lead] === '(' || text[lead] === '{')
    return { open: at + lead, mode: text[lead] === '{' ? 'values' : 'elements' }
  const m = /^\s*(?:Object\s*\.\s*(values|entries|keys)\s*\(\s*)?(?:[A-Za-z_$][\w$]*\s*\.\s*)?([A-Za-z_$][\w$]*)/.exec(
    text
  )
  if (!m) return undefined
  const call = /^\s*\(/.exec(text.slice(m[0].length))
  // `.items()` / `.values()` / `.keys()` of a Python dict.
  const py = /^\s*\.\s*(items|values|keys)\s*\(\s*\)/.exec(text.slice(m[0].length))
  const mode: ListMode = m[1]
    ? (m[1] as ListMode)
    : py
      ? py[1] === 'items'
        ? 'entries'
        : (py[1] as ListMode)
      : 'elements'
  return { ident: m[2], mode, ...(call ? { call: at + m[0].length + call[0].length - 1 } : {}) }
}

/** `for (const V of LIST) …`, `LIST.forEach((V) => …)`: the loop when its body holds `offset`. */
function jsLoop(file: Text, at: number, offset: number): Loop | undefined {
  const bare = file.bare
  if (bare[at - 1] === '(' && /\.\s*(?:forEach|map)\s*\($/.test(bare.slice(Math.max(0, at - 20), at))) {
    const close = closingBracket(bare, at - 1, 200_000)
    if (close !== -1 && close < offset) return undefined
    const cb = /^\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?(\(\s*)?/.exec(bare.slice(at, at + 100))!
    const variable = variableAt(bare, at + cb[0].length)
    if (!variable) return undefined
    // The receiver: an array literal, `Object.values(X)`, or a name.
    let b = bare.lastIndexOf('.', at) - 1
    while (b >= 0 && /\s/.test(bare[b])) b--
    let list: Pick<Loop, 'open' | 'ident' | 'mode'> | undefined
    if (bare[b] === ']') {
      const open = openingBracket(bare, b)
      list = open === -1 ? undefined : { open, mode: 'elements' }
    } else if (bare[b] === ')') {
      const open = openingBracket(bare, b)
      const callee =
        open === -1 ? undefined : /Object\s*\.\s*(values|entries|keys)\s*$/.exec(bare.slice(open - 40, open))
      list = callee ? iterable(file, open - callee[0].length, b + 1) : undefined
    } else {
      const start = dottedNameBefore(bare, b)
      list = start === -1 ? undefined : iterable(file, start, b + 1)
    }
    return list && { variable, ...list, headerEnd: at + cb[0].length + variable.length }
  }
  const paren = bare.lastIndexOf('(', at)
  const headerClose = closingBracket(bare, paren, 4000)
  if (headerClose === -1 || headerClose > offset) return undefined
  const variable = variableAt(bare, at)
  if (!variable) return undefined
  const of = /^\s+of\s+/.exec(bare.slice(at + variable.length, headerClose))
  if (!of) return undefined
  if (!holdsBody(bare, headerClose + 1, offset)) return undefined
  const list = iterable(file, at + variable.length + of[0].length, headerClose)
  return list && { variable, ...list, headerEnd: headerClose }
}

/** Where the name (`tools`, `this.tools`) that ends at `end` starts, walked back by hand; -1 when none ends there. */
function dottedNameBefore(bare: string, end: number): number {
  const word = (c: string | undefined) => c !== undefined && /[\w$]/.test(c)
  let i = end
  while (i >= 0 && word(bare[i])) i--
  if (i === end) return -1
  let j = i
  while (j >= 0 && /\s/.test(bare[j])) j--
  if (bare[j] !== '.') return i + 1
  j--
  while (j >= 0 && /\s/.test(bare[j])) j--
  let k = j
  while (k >= 0 && word(bare[k])) k--
  return k === j ? i + 1 : k + 1
}

/** Whether the statement or block starting after `from` holds `offset`. */
function holdsBody(bare: string, from: number, offset: number): boolean {
  let i = from
  while (i < bare.length && /\s/.test(bare[i])) i++
  if (bare[i] === '{') {
    const close = closingBracket(bare, i, 200_000)
    return close === -1 || close > offset
  }
  // One statement: it ends at a `;` or a line break outside brackets.
  let depth = 0
  for (; i < offset; i++) {
    const ch = bare[i]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') depth--
    else if (depth <= 0 && (ch === ';' || ch === '\n')) return false
  }
  return true
}

/** A loop variable at `at`: a name, or an object or array pattern. */
function variableAt(bare: string, at: number): string | undefined {
  if (bare[at] === '{' || bare[at] === '[') {
    const close = closingBracket(bare, at, 400)
    return close === -1 ? undefined : bare.slice(at, close + 1)
  }
  return /^[A-Za-z_$][\w$]*/.exec(bare.slice(at, at + 100))?.[0]
}

/** The bracket that the one at `close` closes (a bounded walk back), or -1. */
function openingBracket(bare: string, close: number): number {
  let depth = 0
  for (let i = close; i >= 0 && i > close - 200_000; i--) {
    const ch = bare.charCodeAt(i)
    if (ch === 41 || ch === 93 || ch === 125) depth++
    else if ((ch === 40 || ch === 91 || ch === 123) && --depth === 0) return i
  }
  return -1
}

/** Python `for V in LIST:` whose indented body (or the rest of its line) holds `offset`. */
function pythonLoop(file: Text, at: number, offset: number): Loop | undefined {
  const bare = file.bare
  const head = /^(\(?[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\)?)\s+in\s+/.exec(bare.slice(at, at + 200))
  if (!head) return undefined
  const listAt = at + head[0].length
  // The header ends at the `:` outside brackets.
  let depth = 0
  let colon = -1
  for (let i = listAt; i < Math.min(bare.length, listAt + 200_000); i++) {
    const ch = bare[i]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') depth--
    else if (ch === ':' && depth === 0) {
      colon = i
      break
    } else if (ch === '\n' && depth === 0) break
  }
  if (colon === -1 || colon > offset) return undefined
  const lineStart = bare.lastIndexOf('\n', at) + 1
  const indent = /^[ \t]*/.exec(bare.slice(lineStart, at))![0].length
  // The body: the rest of the header's line, then lines indented deeper.
  for (let nl = bare.indexOf('\n', colon); nl !== -1 && nl < offset; nl = bare.indexOf('\n', nl + 1)) {
    const line = /^[ \t]*(\S?)/.exec(bare.slice(nl + 1, nl + 200))!
    if (line[1] && line[0].length - 1 <= indent) return undefined
  }
  const list = iterable(file, listAt, colon)
  return list && { variable: head[1].replace(/^\(|\)$/g, ''), ...list, headerEnd: colon }
}

/** `[mcp.tool()(f) for f in LIST]`: the comprehension whose expression holds `offset`. */
function comprehensionAt(file: Text, offset: number): Loop | undefined {
  const bare = file.bare
  const open = unclosedBefore(bare, offset)
  if (open === -1 || (bare[open] !== '[' && bare[open] !== '(' && bare[open] !== '{')) return undefined
  const close = closingBracket(bare, open, 200_000)
  if (close === -1) return undefined
  const m = /\bfor\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\s+/.exec(bare.slice(offset, close))
  if (!m) return undefined
  const listAt = offset + m.index + m[0].length
  const end = /\bif\b/.exec(bare.slice(listAt, close))
  const list = iterable(file, listAt, end ? listAt + end.index : close)
  return list && { variable: m[1], ...list, headerEnd: offset }
}

/** The innermost bracket still open at `offset` (a bounded walk back), or -1. */
function unclosedBefore(bare: string, offset: number): number {
  let depth = 0
  for (let i = offset - 1; i >= 0 && i > offset - 4000; i--) {
    const ch = bare.charCodeAt(i)
    if (ch === 41 || ch === 93 || ch === 125) depth++
    else if (ch === 40 || ch === 91 || ch === 123) {
      if (depth === 0) {
        // The registration's own call: `mcp.tool()(f)` is inside a `(`, the comprehension's bracket is further out.
        if (ch === 40 && /[\w$)\]]\s*$/.test(bare.slice(Math.max(0, i - 2), i))) continue
        return i
      }
      depth--
    }
  }
  return -1
}

/** Go `for _, t := range LIST {`: the loop when its body holds `offset`. */
function goLoop(file: Text, at: number, offset: number): Loop | undefined {
  const bare = file.bare
  const head = /^(?:[A-Za-z_]\w*\s*,\s*)?([A-Za-z_]\w*)\s*:?=\s*range\s+/.exec(bare.slice(at, at + 200))
  if (!head) return undefined
  const brace = bare.indexOf('{', at + head[0].length)
  if (brace === -1 || brace > offset) return undefined
  const close = closingBracket(bare, brace, 200_000)
  if (close !== -1 && close < offset) return undefined
  const list = iterable(file, at + head[0].length, brace)
  return list && { variable: head[1], ...list, headerEnd: brace }
}

/**
 * What of each definition the identifier the registration names its tool with is: the loop variable itself (`self`,
 * or `name` when the registration takes a tool object), its `name` field (`t.name`, `{ name }`, `const { name } = t`),
 * or the key of an entry (`[key, def]`, `for key, fn in d.items()`). Undefined when the identifier is not the loop's.
 */
export function pickOf(file: Text, loop: Loop, offset: number, ident: string, object: boolean): ListPick | undefined {
  const field = ident.endsWith('.name') || ident.endsWith('.Name')
  const base = field ? ident.slice(0, -5) : ident
  const v = loop.variable
  const parts = v
    .replace(/^[[{]|[\]}]$/g, '')
    .split(',')
    .map((p) => p.trim())
  if (v.startsWith('{')) {
    // `{ name }` or `{ name: n }`: the definition's name field.
    const named = parts.some((p) => p === base || new RegExp(`^name\\s*:\\s*${escape(base)}$`).test(p))
    return named && !field && (parts.includes(base) ? base === 'name' : true) ? 'name' : undefined
  }
  if (parts.length > 1 || v.startsWith('[')) {
    // An entry (`[key, def]`, Python `key, fn`): the key, or the value.
    const index = parts.indexOf(base)
    if (index === -1) return undefined
    if (loop.mode === 'entries' || loop.mode === 'values') return index === 0 ? 'key' : 'name'
    // A Python tuple of (function, name) or (name, function): the element at that index.
    return index === 0 ? 'self' : undefined
  }
  if (v === base) return field || object ? 'name' : loop.mode === 'keys' ? 'key' : 'self'
  // The loop's code takes the name out of the definition: `const { name, …rest } = t`, `const name = t.name`.
  const between = file.bare.slice(loop.headerEnd, offset)
  const ev = escape(v)
  const eb = escape(base)
  if (
    new RegExp(`\\{[^{}]*(?:^|[{,\\s])(?:name\\s*:\\s*)?${eb}\\s*[,}][^{}]*\\}\\s*=\\s*${ev}\\b`).test(between) ||
    new RegExp(`\\b${eb}\\s*(?::[^=\\n]{0,100})?=\\s*${ev}\\s*\\.\\s*name\\b`).test(between)
  )
    return 'name'
  return undefined
}

const escape = (s: string) => s.replace(/[.$]/g, '\\$&')

/** The definition of a list in a file: `const X = [`, `X: Tool[] = [`, `static X = {`, Python `X = (`. */
export function listDefinition(bare: string, ident: string): number {
  const def = new RegExp(`(?<![\\w$.])${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=\\s*(?:\\[\\]\\w*\\s*\\{|[[({])`).exec(
    bare
  )
  return def ? def.index + def[0].length - 1 : -1
}

/**
 * Where a list the file defines opens: a constant (listDefinition), or what a function of the file returns
 * (`function getTools() { return [ … ] }`, `getTools(): Tool[] { return [ … ] }`, `const getTools = () => [ … ]`).
 */
export function listOpening(bare: string, ident: string, depth = 0): number {
  const open = listDefinition(bare, ident)
  if (open !== -1) return open
  const returned = returnedList(bare, ident)
  return returned !== -1 || depth >= MAX_ALIAS_DEPTH ? returned : aliasedList(bare, ident, depth)
}

/** How many names deep a list held by another name is followed (`list = readOnly ? all.filter(…) : all`). */
const MAX_ALIAS_DEPTH = 2

/**
 * A list another of the file's names holds, chosen or filtered: `export const list_of_tools = isReadOnlyMode ?
 * all_tools.filter(…) : all_tools`. Each branch is a name, or a name filtered or sorted; the first that the file
 * defines as a list. A filter keeps some of the list: its elements are the ones the server may list.
 */
function aliasedList(bare: string, ident: string, depth: number): number {
  const alias = new RegExp(`(?<![\\w$.])${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=(?![=>])\\s*([^;]{1,400})`).exec(bare)
  if (!alias) return -1
  // The statement ends at the first line that does not go on with `?`, `:`, `.`, `&&` or `||`.
  const value = alias[1].split(/\n(?![ \t]*[?:.|&])/)[0]
  const question = value.indexOf('?')
  for (const choice of question === -1 ? [value] : value.slice(question + 1).split(':')) {
    const name = /^\s*([A-Za-z_$][\w$]*)\s*(?:\.\s*(?:filter|slice|concat|sort|toSorted)\s*\([\s\S]*)?$/.exec(
      choice
    )?.[1]
    if (!name || name === ident) continue
    const open = listOpening(bare, name, depth + 1)
    if (open !== -1) return open
  }
  return -1
}

/** The list literal a function of the file returns, when its body returns that literal and nothing else; or -1. */
export function returnedList(bare: string, ident: string): number {
  for (const fn of functionsNamed(bare, ident)) {
    if (fn.returns.length !== 1) continue
    const list = /^\s*(?:\(\s*)?\[/.exec(bare.slice(fn.returns[0], fn.returns[0] + 200))
    if (list) return fn.returns[0] + list[0].length - 1
  }
  return -1
}

/** A function of the file: its parameters, its body, and where each of its own `return`s' expressions starts. */
interface FunctionScope {
  params: Set<string>
  from: number
  to: number
  returns: number[]
}

/**
 * The functions the file defines as `ident`: `function ident(…) {`, a method `ident(…): T {`, `const ident = (…) =>`
 * with a body or an expression. Their bodies' own returns, not those of functions nested in them.
 */
function functionsNamed(bare: string, ident: string): FunctionScope[] {
  const e = escape(ident)
  const found: FunctionScope[] = []
  const arrow = new RegExp(
    `(?<![\\w$.])${e}\\s*(?::[^=\\n;]{0,200})?=\\s*(?:async\\s*)?\\(([^()]{0,400})\\)\\s*(?::[^=\\n]{0,200})?=>\\s*`
  ).exec(bare)
  if (arrow) {
    const at = arrow.index + arrow[0].length
    if (bare[at] !== '{') found.push({ params: paramsOf(arrow[1]), from: at, to: at, returns: [at] })
    else found.push(bodyOf(bare, at, arrow[1]))
  }
  const header = new RegExp(`(?<![\\w$.])${e}\\s*\\(([^()]{0,400})\\)\\s*(?::[^{};=]{0,200})?\\{`, 'g')
  for (let m = header.exec(bare); m; m = header.exec(bare)) found.push(bodyOf(bare, m.index + m[0].length - 1, m[1]))
  return found.filter((f) => f.to !== -1)
}

/** The function whose body opens at `open`: its own returns, read at its depth. */
function bodyOf(bare: string, open: number, params: string): FunctionScope {
  const close = closingBracket(bare, open, 200_000)
  const returns: number[] = []
  let depth = 0
  for (let i = open + 1; close !== -1 && i < close; i++) {
    const ch = bare.charCodeAt(i)
    if (ch === 40 || ch === 91 || ch === 123) depth++
    else if (ch === 41 || ch === 93 || ch === 125) depth--
    else if (
      depth === 0 &&
      ch === 114 &&
      bare.startsWith('return', i) &&
      !/[\w$]/.test(bare[i - 1] ?? '') &&
      !/[\w$]/.test(bare[i + 6] ?? '')
    )
      returns.push(i + 6)
  }
  return { params: paramsOf(params), from: open, to: close, returns }
}

/** The names a parameter list binds (`tools: Tool[]`, `...rest`; a destructured one binds none of them here). */
const paramsOf = (list: string) =>
  new Set(
    splitTopLevel(list)
      .map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1])
      .filter((p): p is string => !!p)
  )

/** How many names, calls and returns the source of a list is followed through. */
const MAX_FLOW_DEPTH = 10

/** Where the list a name stands for comes from: a literal of the file, or a name a module exports. */
export type ListSource = { open: number } | { imported: { name: string; from: string } }

/** Calls on a list that keep its elements (a `map` that spreads each into a new object keeps its name too). */
const KEEPS_ELEMENTS = /^\.\s*(?:filter|map|slice|concat|sort|toSorted|toReversed|reverse)\s*\(/

/**
 * JavaScript and TypeScript: where the list `ident` stands for comes from, followed as the data flows (`const tools =
 * getAvailableTools(grant)`, a function that returns `tools.map(…)` of `getFilteredTools(…)`, which returns
 * `filterToolsForGrant(NEON_TOOLS, grant)`): a literal (listOpening); the expression a name is bound to, in its
 * function first, else the last binding before `before`; each return of a function of the file; a name the file
 * imports. A call of a function whose returns lead to no list (they filter a parameter) stands for its first argument.
 * A parameter leads nowhere, and so does a field (`config.tools`).
 */
export function listSource(file: Text, ident: string, before = file.bare.length): ListSource | undefined {
  return nameSource(file, ident, before, undefined, 0, new Set())
}

function nameSource(
  file: Text,
  ident: string,
  before: number,
  scope: FunctionScope | undefined,
  depth: number,
  seen: Set<string>
): ListSource | undefined {
  const key = `${scope?.from ?? -1}:${ident}`
  if (depth > MAX_FLOW_DEPTH || scope?.params.has(ident) || seen.has(key)) return undefined
  seen.add(key)
  const bare = file.bare
  const local = scope && bindingOf(bare, ident, scope.from, Math.min(scope.to, before))
  if (local !== undefined) return expressionSource(file, local, scope, depth + 1, seen)
  const open = listOpening(bare, ident)
  if (open !== -1) return { open }
  const called = functionSource(file, ident, depth, seen)
  if (called) return called
  const bound = bindingOf(bare, ident, 0, before)
  const source = bound === undefined ? undefined : expressionSource(file, bound, undefined, depth + 1, seen)
  if (source) return source
  const imported = importsOf(file).get(ident)
  return imported ? { imported: { name: imported.name, from: imported.from } } : undefined
}

/** What a function of the file returns: the source of its first return that leads to one. */
function functionSource(file: Text, ident: string, depth: number, seen: Set<string>): ListSource | undefined {
  for (const fn of functionsNamed(file.bare, ident))
    for (const at of fn.returns) {
      const source = expressionSource(file, at, fn, depth + 1, seen)
      if (source) return source
    }
  return undefined
}

/** Where the value of the last `const|let|var ident =` between `from` and `to` starts, or undefined. */
function bindingOf(bare: string, ident: string, from: number, to: number): number | undefined {
  const re = new RegExp(`(?<![\\w$.])(?:const|let|var)\\s+${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=(?![=>])\\s*`, 'g')
  re.lastIndex = from
  let at: number | undefined
  for (let m = re.exec(bare); m && m.index < to; m = re.exec(bare)) at = m.index + m[0].length
  return at
}

/** The source of the expression that starts at `at`: a literal, `[...x]`, a name, or a call, with what keeps them. */
function expressionSource(
  file: Text,
  at: number,
  scope: FunctionScope | undefined,
  depth: number,
  seen: Set<string>
): ListSource | undefined {
  const bare = file.bare
  const head = bare.slice(at, at + 400)
  const lead = head.length - head.trimStart().length
  const start = at + lead
  if (bare[start] === '(') return expressionSource(file, start + 1, scope, depth + 1, seen)
  if (bare[start] === '[') {
    const spread = /^\[\s*\.\.\.\s*([A-Za-z_$][\w$]*)\s*\]/.exec(head.slice(lead))
    return spread ? nameSource(file, spread[1], start, scope, depth + 1, seen) : { open: start }
  }
  const name = /^(?:await\s+)?([A-Za-z_$][\w$]*)\s*/.exec(head.slice(lead))
  if (!name || /^(?:new|function|async|this|null|undefined|true|false)$/.test(name[1])) return undefined
  const after = start + name[0].length
  if (bare[after] === '(') {
    const called =
      functionSource(file, name[1], depth, seen) ??
      (importsOf(file).has(name[1]) ? nameSource(file, name[1], start, undefined, depth + 1, seen) : undefined)
    if (called) return called
    const close = closingBracket(bare, after, 4000)
    const first = close === -1 ? '' : splitTopLevel(bare.slice(after + 1, close))[0]
    return first.trim() ? expressionSource(file, after + 1, scope, depth + 1, seen) : undefined
  }
  if (bare[after] === '.' && !KEEPS_ELEMENTS.test(bare.slice(after, after + 40))) return undefined
  return nameSource(file, name[1], start, scope, depth + 1, seen)
}

/** How many calls deep a loop's list is followed (`filterTools(sortTools(getTools()))`). */
const MAX_CALL_DEPTH = 3

/**
 * The list a loop's name stands for in the file: a list it defines, a function of the file that returns one, or for
 * a call of any other function (`filterTools(getAllTools(), enabled)`, which filters or orders its argument) the list
 * its first argument is; `name` alone when that argument is a name the file imports. Undefined: the name itself.
 */
function localList(
  file: Text,
  ident: string,
  call: number | undefined,
  depth: number
): { open?: number; name: string } | undefined {
  const open = listDefinition(file.bare, ident)
  if (open !== -1) return { open, name: ident }
  if (call === undefined) return undefined
  const returned = returnedList(file.bare, ident)
  if (returned !== -1) return { open: returned, name: ident }
  const close = depth < MAX_CALL_DEPTH ? closingBracket(file.bare, call, 4000) : -1
  if (close === -1) return undefined
  const first = splitTopLevel(file.bare.slice(call + 1, close))[0]
  const inner = first.trim() ? iterable(file, call + 1, call + 1 + first.length) : undefined
  if (!inner) return undefined
  if (inner.open !== undefined) return { open: inner.open, name: 'literal' }
  const found = localList(file, inner.ident!, inner.call, depth + 1)
  if (found) return found
  return importsOf(file).has(inner.ident!) ? { name: inner.ident! } : undefined
}

/** One part of a list or an object literal: its text's start, and for an object's entry its key. */
interface Part {
  at: number
  key?: string
  keyAt?: number
  text: string
}

/** The top-level parts of the list or object literal opening at `open` (entries split at `:` for objects). */
export function partsOf(file: Pick<CodeFile, 'code' | 'bare' | 'language'>, open: number): Part[] | undefined {
  const close = closingBracket(file.bare, open, 200_000)
  if (close === -1) return undefined
  const object = file.bare[open] === '{'
  const parts: Part[] = []
  let start = open + 1
  for (const raw of splitTopLevel(file.bare.slice(open + 1, close), file.code.slice(open + 1, close))) {
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const at = start + lead
    start += raw.length + 1
    if (!text) continue
    if (!object) {
      parts.push({ at, text })
      continue
    }
    const entry = /^(?:(['"`])([^'"`\n]+)\1|([A-Za-z_$][\w$]*))\s*:\s*/.exec(text)
    if (entry)
      parts.push({
        at: at + entry[0].length,
        key: entry[2] ?? entry[3],
        keyAt: at + (entry[1] ? 1 : 0),
        text: text.slice(entry[0].length)
      })
    // `{ handler }` is a shorthand field in JavaScript; in Go, `{tool, handler}` is positional.
    else if (file.language !== 'go' && /^[A-Za-z_$][\w$]*$/.test(text)) parts.push({ at, key: text, keyAt: at, text })
    else parts.push({ at, text })
  }
  return parts
}

/** A definition's handler field (`handler: listTeams`, `handler: async (args) => …`, `Handler: h`), at its depth. */
const HANDLER_FIELD = /^(?:handler|handle|execute|callback|fn|run|invoke|func|function)$/i

/**
 * The handler of the definition whose object or struct literal opens at `open`: the value of its handler field, a
 * name (a function or class) or where the value starts; positional Go struct literals (`{tool, handler}`) by place.
 */
export function handlerFieldAt(
  file: Pick<CodeFile, 'code' | 'bare' | 'language'>,
  open: number
): ListedTool['handler'] | undefined {
  const parts = partsOf(file, open)
  if (!parts) return undefined
  const keyed = parts.find((p) => p.key !== undefined && HANDLER_FIELD.test(p.key) && p.text !== p.key)
  const shorthand = parts.find((p) => p.key !== undefined && HANDLER_FIELD.test(p.key) && p.text === p.key)
  // A method written in the literal: `async handler(args) { … }`.
  const method = file.bare
    .slice(open, closingBracket(file.bare, open, 200_000))
    .search(/[{,]\s*(?:async\s+)?(?:handler|handle|execute|run|invoke)\s*\([^()]{0,400}\)\s*[:{]/)
  if (keyed) return valueHandler(file, keyed.at, keyed.text)
  if (shorthand) return { name: shorthand.key, at: shorthand.at }
  if (method !== -1) {
    const at = open + method + /[A-Za-z]/.exec(file.bare.slice(open + method))!.index
    return { at }
  }
  if (file.language === 'go' && parts.length >= 2 && parts.every((p) => p.key === undefined))
    return valueHandler(file, parts[1].at, parts[1].text)
  return undefined
}

function valueHandler(file: Pick<CodeFile, 'code'>, at: number, text: string): ListedTool['handler'] {
  const name = /^&?([A-Za-z_$][\w$]*)$/.exec(text)
  return name ? { name: name[1], at: at + text.indexOf(name[1]) } : { at }
}

/**
 * The tools of a list: each definition's name as `pick` says, or undefined when one gives none (a list that is not of
 * tools, or one whose names cannot be known). Identifiers among the elements are tool objects of the file, or
 * (Python) functions, whose name is the tool's.
 */
export function toolsOfList(
  file: Pick<CodeFile, 'code' | 'bare' | 'language'>,
  open: number,
  mode: ListMode,
  pick: ListPick,
  list: string
): ListedTool[] | undefined {
  const parts = partsOf(file, open)
  if (!parts?.length) return undefined
  const objects = file.bare[open] === '{'
  const tools: ListedTool[] = []
  let named: ReturnType<typeof toolObjectsOf> | undefined
  let constants: Map<string, string> | undefined
  for (const p of parts) {
    if (objects && mode === 'elements') return undefined
    if (pick === 'key') {
      if (p.key === undefined) return undefined
      tools.push({ name: p.key, at: p.keyAt!, list, derived: false })
      continue
    }
    const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(p.text)
    if (lit && pick === 'self') {
      tools.push({ name: lit[2], at: p.at + 1, list, derived: false })
      continue
    }
    if (p.text.startsWith('{') || /^[\w.&]*\{/.test(p.text)) {
      const brace = p.at + p.text.indexOf('{')
      const n = objectNameAt(file, brace)
      if (n?.literal === undefined) return undefined
      const handler = handlerFieldAt(file, brace)
      tools.push({ name: n.literal, at: n.at, list, derived: false, ...(handler ? { handler } : {}) })
      continue
    }
    // A Python tuple `(fn, "name")` or `("name", fn)`: the literal is the name, the function its handler.
    if (file.language === 'python' && p.text.startsWith('(')) {
      const inner = partsOf(file, p.at)?.map((q) => q.text) ?? []
      const name = inner.map((t) => /^(['"])([^'"\n]+)\1$/.exec(t)?.[2]).find((n) => n !== undefined)
      const fn = inner.find((t) => /^[A-Za-z_][\w.]*$/.test(t))
      if (name === undefined && !fn) return undefined
      const fnAt = fn ? p.at + file.code.slice(p.at).indexOf(fn) : p.at
      const handler = fn
        ? { name: fn.split('.').pop()!, at: fnAt + fn.length - fn.split('.').pop()!.length }
        : undefined
      if (name !== undefined) tools.push({ name, at: p.at, list, derived: false, ...(handler ? { handler } : {}) })
      else tools.push({ name: handler!.name, at: handler!.at, list, derived: true, handler })
      continue
    }
    const ident = /^(?:\.\.\.)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/.exec(p.text)
    if (!ident) return undefined
    if (file.language === 'python') {
      const fn = ident[1].split('.').pop()!
      const at = p.at + p.text.length - fn.length
      tools.push({ name: fn, at, list, derived: true, handler: { name: fn, at } })
      continue
    }
    if (pick === 'self') {
      const value = (constants ??= stringConstantsOf(file)).get(ident[1])
      if (value === undefined) return undefined
      tools.push({ name: value, at: p.at, list, derived: false })
      continue
    }
    const object = (named ??= toolObjectsOf(file)).get(ident[1])
    if (object?.literal === undefined) return undefined
    tools.push({ name: object.literal, at: object.at, list, derived: false })
  }
  return tools
}

/**
 * Tools named by `ident` at a registration inside a loop over definitions: the list's tools, when the file defines
 * it; a fact for the derived step when the file imports it; undefined otherwise.
 */
export function loopTools(
  file: Pick<CodeFile, 'code' | 'bare' | 'language'>,
  offset: number,
  ident: string,
  object: boolean
): { tools: ListedTool[] } | { imported: ImportedList } | undefined {
  const loop = enclosingLoop(file, offset)
  if (!loop) return undefined
  const pick = pickOf(file, loop, offset, ident, object)
  if (!pick) return undefined
  if (loop.open !== undefined) {
    const tools = toolsOfList(file, loop.open, loop.mode, pick, 'literal')
    return tools && { tools }
  }
  const js = file.language === 'typescript' || file.language === 'javascript'
  const local = localList(file, loop.ident!, loop.call, 0)
  if (local?.open !== undefined) {
    const mode = file.bare[local.open] === '{' && loop.mode === 'elements' ? 'values' : loop.mode
    const tools = toolsOfList(file, local.open, mode, pick, local.name)
    if (tools) return { tools }
    // Tool objects other modules export, listed here: the derived step reads this list again and follows them.
    const parts = js && file.bare[local.open] === '[' ? partsOf(file, local.open) : undefined
    if (local.name !== 'literal' && parts?.length && parts.every((p) => /^(?:\.\.\.)?[A-Za-z_$][\w$]*$/.test(p.text)))
      return { imported: { name: local.name, from: '', mode, pick, namespace: false } }
    return undefined
  }
  const list = local?.name ?? loop.ident!
  if (!js && file.language !== 'python') return undefined
  const imported = importsOf(file).get(list)
  if (imported)
    return { imported: { name: imported.name, from: imported.from, mode: loop.mode, pick, namespace: false } }
  const namespace = new RegExp(`\\bimport\\s+\\*\\s+as\\s+${escape(list)}\\s+from\\s*(['"])([^'"\\n]+)\\1`).exec(
    file.code
  )
  if (namespace) return { imported: { name: '*', from: namespace[2], mode: loop.mode, pick, namespace: true } }
  // A name bound to what functions make of a list (`const tools = getAvailableTools(grant)`): followed to its source.
  const source = js && loop.call === undefined ? listSource(file, loop.ident!, offset) : undefined
  if (source && 'imported' in source)
    return { imported: { ...source.imported, mode: loop.mode, pick, namespace: false } }
  const tools = source && toolsOfList(file, source.open, loop.mode, pick, loop.ident!)
  return tools ? { tools } : undefined
}

/**
 * The handler value starting at `at` (a lambda, a call that makes one, a name): where it ends (a `,` or a closing
 * bracket outside brackets), and a lambda's parameter list, for capabilities to read it as the tool's code.
 */
export function handlerValueAt(file: Pick<CodeFile, 'code' | 'bare'>, at: number): { end: number; params: string } {
  const bare = file.bare
  let depth = 0
  let end = at
  for (const limit = Math.min(bare.length, at + 200_000); end < limit; end++) {
    const ch = bare[end]
    if (ch === '(' || ch === '[' || ch === '{') depth++
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth < 0) break
    } else if (ch === ',' && depth === 0) break
  }
  const lambda =
    /^(?:async\s+)?(?:function\s*(?:[\w$]+\s*)?|[A-Za-z_$][\w$]*\s*)?\(([^()]{0,400})\)|^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(
      file.code.slice(at, Math.min(end, at + 500))
    )
  return { end, params: lambda?.[1] ?? lambda?.[2] ?? '' }
}

/** Python: the function a definition's call names as its handler (`Tool(name="x", handler=handle_x)`). */
function keywordHandlerAt(file: Pick<CodeFile, 'code' | 'bare' | 'language'>, open: number) {
  for (const p of partsOf(file, open) ?? []) {
    const kw = /^([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)$/.exec(p.text)
    if (kw && HANDLER_FIELD.test(kw[1])) return { name: kw[2], at: p.at + p.text.lastIndexOf(kw[2]) }
  }
  return undefined
}

/**
 * Go: the handler of the struct literal a tool's literal sits in (`{Tool: mcp.NewTool("x", …), Handler: h}`,
 * `{mcp.NewTool("x", …), h}`, `{Tool: mcp.Tool{Name: "x"}, Handler: r.xHandler()}`), a list's element as a rule.
 */
export function elementHandlerAt(file: Pick<CodeFile, 'code' | 'bare' | 'language'>, offset: number) {
  const bare = file.bare
  let depth = 0
  let levels = 0
  for (let i = offset - 1; i >= 0 && i > offset - 4000 && levels < 3; i--) {
    const ch = bare.charCodeAt(i)
    if (ch === 41 || ch === 93 || ch === 125) depth++
    else if (ch === 40 || ch === 91 || ch === 123) {
      if (depth > 0) {
        depth--
        continue
      }
      levels++
      const h =
        ch === 123
          ? handlerFieldAt(file, i)
          : ch === 40 && file.language === 'python'
            ? keywordHandlerAt(file, i)
            : undefined
      if (h) return h
    }
  }
  return undefined
}
