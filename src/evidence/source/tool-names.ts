// What one file says about the names of its tools beyond a literal at the
// registration: string constants, tool objects kept in constants, the modules
// an identifier is imported from, and the function whose parameter a
// registration's name is. Used in the pass (within a file) and by the derived
// step that follows identifiers across files (tool-resolve.ts). Hand-written:
// no library reads these idioms across five languages, and a parser per
// language would cost the pass far more than these bounded scans.
import { isSpaceChar, isWordChar } from '../../chars.js'
import type { Language } from '../repository.js'
import type { SourceFile } from './scan.js'

type Text = Pick<SourceFile, 'code' | 'bare' | 'language'>

/** The most characters a tool object's literal is read for its `name` (a schema may be long). */
const MAX_OBJECT = 20_000

/**
 * A Go string constant or variable. The indent is matched within its line: `^\s*` ran from every line start across the
 * blank lines below it (quadratic).
 */
export const GO_STRING_CONSTANT =
  /^[^\S\n\r\u2028\u2029]*(?:const\s+)?([A-Za-z_]\w*)\s+(?:[A-Za-z_][\w.]*\s+)?=\s*"([^"\n]+)"/gm
/**
 * C# `const string X = "…"` / `static readonly string X = "…"`; Java and Kotlin `static final String X = "…"`, `const
 * val X = "…"`.
 */
const CLASS_STRING_CONSTANT =
  /\b(?:const\s+string|readonly\s+string|final\s+String|const\s+val)\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"([^"\n]+)"/g
const JS_STRING_CONSTANT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(['"`])([^'"`\n$]+)\2/g
const PY_CLASS = /^[ \t]*class\s+([A-Za-z_]\w*)/
const PY_STRING_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(['"])([^'"\n]+)\2\s*$/

/**
 * String constants a file defines, by the name code uses for them (Python Enum members as `Class.MEMBER`, C# and Java
 * members by their own name and as `Class.MEMBER`).
 */
export function stringConstantsOf(file: Text): Map<string, string> {
  const constants = new Map<string, string>()
  const code = file.code
  if (file.language === 'go') {
    for (const m of code.matchAll(GO_STRING_CONSTANT)) constants.set(m[1], m[2])
  } else if (file.language === 'python') {
    // Module constants by name; members of a class (an Enum) as Class.MEMBER, while its body lasts.
    let cls: { name: string; indent: number } | undefined
    for (const line of code.split('\n')) {
      if (!line.trim()) continue
      const indent = /^[ \t]*/.exec(line)![0].length
      const header = PY_CLASS.exec(line)
      if (header) {
        cls = { name: header[1], indent }
        continue
      }
      if (cls && indent <= cls.indent) cls = undefined
      const m = PY_STRING_ASSIGNMENT.exec(line)
      if (!m) continue
      if (cls) constants.set(`${cls.name}.${m[1]}`, m[3])
      else if (indent === 0) constants.set(m[1], m[3])
    }
  } else if (file.language === 'csharp' || file.language === 'java' || file.language === 'kotlin') {
    const classes = classNamesAt(file.bare)
    for (const m of code.matchAll(CLASS_STRING_CONSTANT)) {
      constants.set(m[1], m[2])
      const cls = classes(m.index)
      if (cls) constants.set(`${cls}.${m[1]}`, m[2])
    }
  } else {
    for (const m of code.matchAll(JS_STRING_CONSTANT)) constants.set(m[1], m[3])
  }
  return constants
}

const CLASS_HEADER = /\b(?:class|interface|object)\s+([A-Za-z_]\w*)/g

/** The class a member at an offset is declared in: the last class header before it (nesting is rare for constants). */
function classNamesAt(bare: string): (offset: number) => string | undefined {
  const headers = [...bare.matchAll(CLASS_HEADER)].map((m) => ({ at: m.index, name: m[1] }))
  return (offset) => {
    let found: string | undefined
    for (const h of headers) {
      if (h.at > offset) break
      found = h.name
    }
    return found
  }
}

/**
 * The offset of the bracket closing the one at `open` (any of ( [ {), in `bare` where strings cannot hold brackets; -1
 * past `max`.
 */
export function closingBracket(bare: string, open: number, max = MAX_OBJECT): number {
  let depth = 0
  const end = Math.min(bare.length, open + max)
  for (let i = open; i < end; i++) {
    const ch = bare.charCodeAt(i)
    if (ch === 40 || ch === 91 || ch === 123) depth++
    else if (ch === 41 || ch === 93 || ch === 125) {
      if (--depth === 0) return i
    }
  }
  return -1
}

const OBJECT_NAME = /^(?:name|Name|"name"|'name')\s*[:=]\s*(['"`])([^'"`\n$]+)\1/
const OBJECT_NAME_REF = /^(?:name|Name)\s*[:=]\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*[,}\n]/
/** A shorthand property (`{ name, description, execute }`): the constant `name` the module holds. */
const OBJECT_NAME_SHORTHAND = /^name\s*[,}\n]/

/**
 * The tool name an object or struct literal opening at `open` holds at its own depth: a `name:` /
 * `Name:` / `name=` field with a literal (`literal`), or with an identifier (`ref`). Fields of
 * nested objects (a schema's properties) are not the tool's.
 */
export function objectNameAt(
  file: Pick<SourceFile, 'code' | 'bare'>,
  open: number
): { literal?: string; ref?: string; at: number } | undefined {
  const { code, bare } = file
  const close = closingBracket(bare, open)
  const end = close === -1 ? Math.min(bare.length, open + MAX_OBJECT) : close
  let depth = 0
  for (let i = open; i < end; i++) {
    const ch = bare.charCodeAt(i)
    if (ch === 40 || ch === 91 || ch === 123) depth++
    else if (ch === 41 || ch === 93 || ch === 125) depth--
    else if (depth === 1 && (ch === 110 || ch === 78 || ch === 34 || ch === 39) && !/[\w$.]/.test(bare[i - 1] ?? '')) {
      const rest = code.slice(i, i + 400)
      const lit = OBJECT_NAME.exec(rest)
      if (lit) return { literal: lit[2], at: i + lit[0].lastIndexOf(lit[2]) }
      const ref = OBJECT_NAME_REF.exec(rest)
      if (ref) return { ref: ref[1], at: i + ref[0].indexOf(ref[1], 4) }
      if (OBJECT_NAME_SHORTHAND.test(rest)) return { ref: 'name', at: i }
    }
  }
  return undefined
}

/**
 * `const X: Tool = {`, `const X = defineTool({`, `export const X = {`, `var X = mcp.Tool{`, `X := &mcp.Tool{`: where
 * the object of a constant opens.
 */
const OBJECT_CONSTANT =
  /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>[\]]{1,200}\s*)?=\s*(?:[A-Za-z_$][\w$.]{0,200}\s*\(\s*)?\{|\b([A-Za-z_]\w*)\s*:?=\s*&?[A-Za-z_][\w.]{0,200}\s*\{/g

/**
 * Tool objects a file keeps in constants, by name: the literal name each holds (or the identifier it names it with).
 */
export function toolObjectsOf(
  file: Pick<SourceFile, 'code' | 'bare'>
): Map<string, { literal?: string; ref?: string; at: number }> {
  const objects = new Map<string, { literal?: string; ref?: string; at: number }>()
  for (const m of file.bare.matchAll(OBJECT_CONSTANT)) {
    const name = objectNameAt(file, m.index + m[0].length - 1)
    if (name) objects.set(m[1] ?? m[2], name)
  }
  return objects
}

export interface ImportedName {
  /** The module as the import statement writes it: `./tools.js`, `.servers.jira`, `pkg.mod`. */
  from: string
  /** The name in that module. */
  name: string
}

const JS_IMPORT =
  /\bimport\s+(?:type\s+)?(?:([A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\{([^{}]{0,4000})\}\s*)?from\s*(['"])([^'"\n]+)\3/g
const PY_IMPORT = /^[ \t]*from\s+([.\w]+)\s+import\s+(\(?)([^)\n]{0,4000})/gm

/** The identifiers a TypeScript, JavaScript or Python file imports from other modules. */
export function importsOf(file: Pick<SourceFile, 'code' | 'language'>): Map<string, ImportedName> {
  const imports = new Map<string, ImportedName>()
  if (file.language === 'python') {
    for (const m of file.code.matchAll(PY_IMPORT)) {
      let list = m[3]
      if (m[2]) {
        const close = file.code.indexOf(')', m.index + m[0].length - m[3].length)
        if (close !== -1) list = file.code.slice(m.index + m[0].length - m[3].length, close)
      }
      for (const part of list.split(',')) {
        const w = /^\s*([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/.exec(part)
        if (w) imports.set(w[2] ?? w[1], { from: m[1], name: w[1] })
      }
    }
    return imports
  }
  for (const m of file.code.matchAll(JS_IMPORT)) {
    if (m[1]) imports.set(m[1], { from: m[4], name: 'default' })
    for (const part of (m[2] ?? '').split(',')) {
      const w = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part)
      if (w) imports.set(w[2] ?? w[1], { from: m[4], name: w[1] })
    }
  }
  return imports
}

/** Function headers, per language: the name, then where the parameter list opens. */
const FUNCTION_HEADERS: Partial<Record<Language, RegExp>> = {
  go: /\bfunc\s+(?:\([^()\n]{0,200}\)\s*)?([A-Za-z_]\w*)\s*(?:\[[^[\]\n]{0,400}\]\s*)?\(/g,
  python: /\bdef\s+([A-Za-z_]\w*)\s*\(/g,
  typescript:
    /\bfunction(?:\s*\*\s*|\s+)([A-Za-z_$][\w$]*)\s*(?:<[^<>\n]{0,400}>\s*)?\(|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?\(/g,
  javascript:
    /\bfunction(?:\s*\*\s*|\s+)([A-Za-z_$][\w$]*)\s*\(|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?\(/g
}

const JS_LANGUAGES = new Set<string>(['typescript', 'javascript'])
/** A TypeScript or JavaScript class method's header at a line's start: modifiers, its name, its parameters. */
const JS_METHOD =
  /^[ \t]*(?:(?:public|private|protected|static|async|readonly|override)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*(?:<[^<>\n]{0,400}>[ \t]*)?\(/gm
const NOT_METHODS = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'await', 'with'])

/**
 * The class method whose body holds `offset`: the nearest header before it (a call at a line's start is not one: no
 * body follows its parentheses) whose braces close after it.
 */
function enclosingMethod(
  bare: string,
  offset: number
): { match: RegExpExecArray; at: number; open: number } | undefined {
  const from = Math.max(0, offset - MAX_FUNCTION_BACK)
  const slice = bare.slice(from, offset)
  const headers: RegExpExecArray[] = []
  JS_METHOD.lastIndex = 0
  for (let m = JS_METHOD.exec(slice); m; m = JS_METHOD.exec(slice)) headers.push(m)
  for (let k = headers.length - 1; k >= 0; k--) {
    const m = headers[k]
    if (NOT_METHODS.has(m[1])) continue
    const open = from + m.index + m[0].length - 1
    const close = closingBracket(bare, open, 4000)
    if (close === -1 || close > offset) continue
    const body = /^\s*(?::[^{};=]{0,200})?\{/.exec(bare.slice(close + 1, close + 260))
    if (!body) continue
    const end = closingBracket(bare, close + body[0].length, 200_000)
    if (end !== -1 && end < offset) continue
    return { match: m, at: from + m.index, open }
  }
  return undefined
}

/** How far back a registration's enclosing function header is looked for. */
const MAX_FUNCTION_BACK = 20_000

/** The last match of the global `re` in the `back` characters before `offset`, and where that window starts. */
export function lastMatchBefore(
  text: string,
  offset: number,
  re: RegExp,
  back: number
): { match: RegExpExecArray; from: number } | undefined {
  const from = Math.max(0, offset - back)
  const slice = text.slice(from, offset)
  let match: RegExpExecArray | undefined
  re.lastIndex = 0
  for (let m = re.exec(slice); m; m = re.exec(slice)) match = m
  return match && { match, from }
}

/**
 * The function whose body holds the offset, when the identifier at it is one of its parameters:
 * its name and the parameter's position (Python's `self`/`cls` not counted, as callers do not pass them).
 */
export function parameterOf(file: Text, offset: number, ident: string): { fn: string; index: number } | undefined {
  const re = FUNCTION_HEADERS[file.language as Language]
  if (!re) return undefined
  const found = lastMatchBefore(file.bare, offset, re, MAX_FUNCTION_BACK)
  const method = JS_LANGUAGES.has(file.language ?? '') ? enclosingMethod(file.bare, offset) : undefined
  if (!found && !method) return undefined
  // A class method (`private register(server, tool) {`) nearer the registration than a function header is its own.
  const header = found && found.from + found.match.index
  const last = method && (header === undefined || method.at > header) ? method.match : found!.match
  const open = method && last === method.match ? method.open : found!.from + found!.match.index + last[0].length - 1
  const close = closingBracket(file.bare, open, 4000)
  if (close === -1 || close > offset) return undefined
  const params = file.bare
    .slice(open + 1, close)
    .split(',')
    .map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '')
  const kept = file.language === 'python' ? params.filter((p) => p !== 'self' && p !== 'cls') : params
  const index = kept.indexOf(ident)
  return index === -1 ? undefined : { fn: last[1] ?? last[2], index }
}

/** How far back a Python method's class header, and how far on its body, are read. */
const MAX_CLASS_BACK = 20_000
const MAX_CLASS_BODY = 100_000
const PY_CLASS_HEADER = /^([ \t]*)class[ \t]+[A-Za-z_]\w*/gm
const PY_STRING = /^\s*(['"])([^'"\n]{1,200})\1\s*$/

/**
 * `self.<attr>` at a Python offset, when its class sets the attribute from a literal: `self.attr = "x"`
 * in the class, or the base constructor given it (`super().__init__("x")` or `(name_kw="x")` as its only
 * argument, or `attr="x"`), the shape of servers that define one class per tool.
 */
export function pythonSelfAttributeOf(file: Text, offset: number, attr: string): string | undefined {
  const found = lastMatchBefore(file.bare, offset, PY_CLASS_HEADER, MAX_CLASS_BACK)
  if (!found) return undefined
  const { match: header, from } = found
  const start = from + header.index
  const indent = header[1].length
  // The body ends at the first non-blank line indented no deeper than the header.
  let end = Math.min(file.bare.length, start + MAX_CLASS_BODY)
  for (let nl = file.bare.indexOf('\n', start); nl !== -1 && nl < end; nl = file.bare.indexOf('\n', nl + 1)) {
    const line = /^[ \t]*(\S?)/.exec(file.bare.slice(nl + 1, nl + 1 + indent + 2))!
    if (line[1] && line[0].length - 1 <= indent) {
      end = nl
      break
    }
  }
  if (offset > end) return undefined
  const code = file.code.slice(start, end)
  const bare = file.bare.slice(start, end)
  const assigned = new RegExp(`\\bself\\.${attr}\\s*=\\s*(['"])([^'"\\n]{1,200})\\1`).exec(code)
  if (assigned) return assigned[2]
  const init = /\bsuper\s*\([^()]{0,200}\)\s*\.\s*__init__\s*\(/.exec(bare)
  if (!init) return undefined
  const open = init.index + init[0].length - 1
  const close = closingBracket(bare, open, 4000)
  if (close === -1) return undefined
  const args = splitTopLevel(bare.slice(open + 1, close), code.slice(open + 1, close))
  const given = args.filter((a) => a.trim())
  const keyword = (a: string) => /^\s*([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(a)
  for (const a of given) {
    const kw = keyword(a)
    if (kw?.[1] === attr) return PY_STRING.exec(kw[2])?.[2]
  }
  // A single argument is the name whatever the base calls its parameter (`tool_name="x"`).
  if (given.length !== 1) return undefined
  return PY_STRING.exec(keyword(given[0])?.[2] ?? given[0])?.[2]
}

/**
 * A list split at its top-level commas: depth is counted on `bare` (strings blanked) and the parts are cut
 * from `code` (strings kept); `angles` counts `<…>` as brackets too (generic types in typed parameter lists).
 */
export function splitTopLevel(bare: string, code = bare, angles = false): string[] {
  const parts: string[] = []
  let depth = 0
  let last = 0
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]
    if (c === '(' || c === '[' || c === '{' || (angles && c === '<')) depth++
    else if (c === ')' || c === ']' || c === '}' || (angles && c === '>')) depth--
    else if (c === ',' && depth === 0) {
      parts.push(code.slice(last, i))
      last = i + 1
    }
  }
  parts.push(code.slice(last))
  return parts
}

/** A Java or Kotlin class header's name; its body's brace is looked for by hand, within MAX_CLASS_HEADER characters. */
const JVM_CLASS = /\bclass[ \t]+([A-Za-z_]\w*)/g
const MAX_CLASS_HEADER = 400
/** How many assignments of a field are read for the method each is in. */
const MAX_ASSIGNMENTS = 20

/**
 * Java and Kotlin: the field a registration names its tool with, set from a parameter in methods of its class (a
 * builder of the repository's own: `setName(String name) { this.name = name; … }` … `Tool.builder(name, schema)`): the
 * class, and each such method with the parameter's place (undefined when the identifier is no field so set).
 */
export function fieldSettersOf(
  file: Text,
  offset: number,
  ident: string
): { cls: string; setters: { fn: string; index: number }[] } | undefined {
  const field = /^(?:this\.)?([A-Za-z_]\w*)$/.exec(ident)?.[1]
  if (!field) return undefined
  const bare = file.bare
  // The innermost class whose body holds the registration.
  let cls: { name: string; open: number; close: number } | undefined
  for (const m of bare.matchAll(JVM_CLASS)) {
    if (m.index > offset) break
    const after = m.index + m[0].length
    const open = bare.indexOf('{', after)
    const semicolon = bare.indexOf(';', after)
    if (open === -1 || open - after > MAX_CLASS_HEADER || (semicolon !== -1 && semicolon < open)) continue
    const close = closingBracket(bare, open, 400_000)
    if (close > offset) cls = { name: m[1], open, close }
  }
  if (!cls) return undefined
  const setters: { fn: string; index: number }[] = []
  const assigned = new RegExp(`(?<![\\w$.])(?:this\\.)?${field}[ \\t]*=(?!=)[ \\t]*([A-Za-z_]\\w*)[ \\t]*[;\\n}]`, 'g')
  const body = bare.slice(cls.open, cls.close)
  let count = 0
  for (const m of body.matchAll(assigned)) {
    if (++count > MAX_ASSIGNMENTS) break
    const method = methodAround(bare, cls.open + m.index, file.language === 'kotlin')
    if (!method) continue
    const index = method.params.indexOf(m[1])
    if (index !== -1 && !setters.some((s) => s.fn === method.name)) setters.push({ fn: method.name, index })
  }
  return setters.length ? { cls: cls.name, setters } : undefined
}

/**
 * The method whose body's brace is the innermost one open at `at` (walked back by hand, past nested blocks): its name
 * and its parameters' names (Java's last word of each, Kotlin's first).
 */
function methodAround(bare: string, at: number, kotlin: boolean): { name: string; params: string[] } | undefined {
  let depth = 0
  let open = -1
  for (let i = at - 1; i >= 0 && i > at - 20_000; i--) {
    const ch = bare.charCodeAt(i)
    if (ch === 125) depth++
    else if (ch === 123 && depth-- === 0) {
      open = i
      break
    }
  }
  if (open === -1) return undefined
  // `) {`, `): Builder {`, `) throws IOException {`: the parameters close just before.
  const close = bare.lastIndexOf(')', open)
  if (close === -1 || open - close > 260) return undefined
  const between = bare.slice(close + 1, open).trim()
  if (between && !/^(?::|throws\b)[^(){};=]*$/.test(between)) return undefined
  let paren = -1
  depth = 0
  for (let i = close; i >= 0 && i > close - 4000; i--) {
    const ch = bare.charCodeAt(i)
    if (ch === 41) depth++
    else if (ch === 40 && --depth === 0) {
      paren = i
      break
    }
  }
  if (paren === -1) return undefined
  const name = lastWord(bare.slice(Math.max(0, paren - 200), paren))
  if (!name || /^(?:if|for|while|switch|catch|synchronized|return|new)$/.test(name)) return undefined
  const params = splitTopLevel(bare.slice(paren + 1, close), bare.slice(paren + 1, close), true).map(
    (p) => (kotlin ? /^\s*(?:va[lr]\s+)?([A-Za-z_]\w*)/.exec(p)?.[1] : lastWord(p)) ?? ''
  )
  return { name, params }
}

/** The identifier a text ends with, spaces after it allowed (read back by hand: a pattern anchored at `$` is not). */
function lastWord(text: string): string | undefined {
  let end = text.length
  while (end > 0 && isSpaceChar(text.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--
  return start < end && !/^\d/.test(text[start]) ? text.slice(start, end) : undefined
}
