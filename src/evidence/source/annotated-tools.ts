// Java and Kotlin methods annotated as tools by an annotation whose simple name is `Tool` or ends in `Tool`: Spring
// AI's and Quarkus's `@Tool`, the MCP annotations' `@McpTool`, and a server's own annotation type (an `@interface`
// it discovers by reflection, as Jenkins' MCP plugin does). The tool is named by the annotation's `name` attribute,
// else by the method's own name (what `method.getName()` gives those servers). The rules of rules/java.ts already
// find `@Tool` and `@McpTool` whose arguments hold no nested annotation; this reads the rest, with the arguments'
// brackets balanced (`annotations = @Tool.Annotations(readOnlyHint = true)` closes a parenthesis early for them).
// Hand-written: brackets are paired once per file, so every annotation is read in time linear in the text.
import { isSpaceChar, isWordChar } from '../../chars.js'
import { splitTopLevel } from './tool-names.js'
import type { CodeFile } from './scan.js'

/** An annotated method: the tool's name as written (a literal or an identifier), or the method's own. */
export interface AnnotatedTool {
  /** The annotation's simple name (`Tool`, `McpTool`, `JenkinsTool`). */
  annotation: string
  /** The method, and where its name is. */
  method: string
  methodAt: number
  /** The `name` attribute: a string literal's text, or an identifier (a constant). */
  literal?: string
  ident?: string
  /** Where the attribute's value is. */
  nameAt?: number
  /** Whether the rules of rules/java.ts find it already (a `@Tool` or `@McpTool` without nested arguments). */
  knownShape: boolean
}

/** Where a tool annotation may be: `@` and a (qualified) name, matched whole. */
const ANNOTATION = /@([A-Za-z_][\w.]{0,300})/g
/** The annotations a tool may be named by without its type in sight: SDKs' own. */
export const SDK_TOOL_ANNOTATIONS = new Set(['Tool', 'McpTool'])
/** The most annotations between the tool's and its method, and the most characters of a method's header. */
const MAX_ANNOTATIONS = 10
const MAX_HEADER = 1000
const MODIFIERS = new Set([
  'public',
  'private',
  'protected',
  'static',
  'final',
  'abstract',
  'synchronized',
  'default',
  'suspend',
  'override',
  'open',
  'internal',
  'fun'
])
const NOT_METHODS = new Set(['class', 'interface', 'record', 'enum', 'new', 'return', 'object', 'if', 'for', 'while'])

/** Each `(`'s partner `)` in `bare`, paired in one pass; -1 where unclosed. */
function parenPartners(bare: string): Map<number, number> {
  const partners = new Map<number, number>()
  const stack: number[] = []
  for (let i = bare.indexOf('('); i !== -1 && i < bare.length; i++) {
    const ch = bare.charCodeAt(i)
    if (ch === 40) stack.push(i)
    else if (ch === 41 && stack.length) partners.set(stack.pop()!, i)
  }
  return partners
}

/** The methods of a Java or Kotlin file annotated by an annotation whose simple name is or ends in `Tool`. */
export function annotatedTools(file: Pick<CodeFile, 'code' | 'bare'>): AnnotatedTool[] {
  const { bare, code } = file
  const found: AnnotatedTool[] = []
  let partners: Map<number, number> | undefined
  const n = bare.length
  const skipSpaces = (i: number) => {
    while (i < n && isSpaceChar(bare.charCodeAt(i))) i++
    return i
  }
  ANNOTATION.lastIndex = 0
  for (let m = ANNOTATION.exec(bare); m; m = ANNOTATION.exec(bare)) {
    const simple = m[1].slice(m[1].lastIndexOf('.') + 1)
    if (!simple.endsWith('Tool') || m[1].endsWith('.')) continue
    let p = skipSpaces(m.index + m[0].length)
    let args: { open: number; close: number } | undefined
    if (bare.charCodeAt(p) === 40) {
      partners ??= parenPartners(bare)
      const close = partners.get(p)
      if (close === undefined) continue
      args = { open: p, close }
      p = skipSpaces(close + 1)
    }
    // Other annotations between it and the method, each with its arguments.
    for (let a = 0; a < MAX_ANNOTATIONS && bare.charCodeAt(p) === 64 && isWordChar(bare.charCodeAt(p + 1)); a++) {
      p += 1
      while (p < n && (isWordChar(bare.charCodeAt(p)) || bare.charCodeAt(p) === 46)) p++
      p = skipSpaces(p)
      if (bare.charCodeAt(p) === 40) {
        partners ??= parenPartners(bare)
        const close = partners.get(p)
        if (close === undefined) break
        p = skipSpaces(close + 1)
      }
    }
    const method = methodAt(bare, p)
    if (!method) continue
    const tool: AnnotatedTool = { annotation: simple, method: method.name, methodAt: method.at, knownShape: false }
    if (args) {
      const inner = { bare: bare.slice(args.open + 1, args.close), code: code.slice(args.open + 1, args.close) }
      let offset = args.open + 1
      for (const part of splitTopLevel(inner.bare, inner.code)) {
        const attr = /^(\s*name\s*=\s*)(?:"([^"\n]+)"|([A-Za-z_][\w.]{0,200})\s*$)/.exec(part)
        if (attr) {
          if (attr[2] !== undefined) tool.literal = attr[2]
          else tool.ident = attr[3]
          tool.nameAt = offset + attr[1].length + (attr[2] !== undefined ? 1 : 0)
          break
        }
        offset += part.length + 1
      }
    }
    tool.knownShape = SDK_TOOL_ANNOTATIONS.has(m[1]) && knownShape(file, args)
    found.push(tool)
    ANNOTATION.lastIndex = Math.max(ANNOTATION.lastIndex, method.at)
  }
  return found
}

/**
 * Whether the rules of rules/java.ts find this `@Tool` / `@McpTool` already: their `name = "x"` before the first `)`
 * (in the code), `name = X` first, or no nested brackets and no `name =` at all (the method's name).
 */
function knownShape(file: Pick<CodeFile, 'code' | 'bare'>, args: { open: number; close: number } | undefined): boolean {
  if (!args) return true
  const codeClose = file.code.indexOf(')', args.open)
  const upToClose = file.code.slice(args.open, codeClose === -1 ? args.close : codeClose)
  if (/\bname\s*=\s*"/.test(upToClose) || /^\(\s*name\s*=\s*[A-Za-z_]/.test(upToClose)) return true
  const inner = file.bare.slice(args.open + 1, args.close)
  return !inner.includes('(') && !/\bname\s*=/.test(inner)
}

/**
 * The method whose header starts at `p`: modifiers, type words (generics, arrays), its name, `(`. Undefined for a
 * class, a field or anything else.
 */
function methodAt(bare: string, p: number): { name: string; at: number } | undefined {
  const end = Math.min(bare.length, p + MAX_HEADER)
  let depth = 0
  let i = p
  for (; i < end; i++) {
    const ch = bare[i]
    if (ch === '<') depth++
    else if (ch === '>') depth--
    else if (depth === 0 && (ch === '(' || ch === '{' || ch === ';' || ch === '=' || ch === '@')) break
  }
  if (bare[i] !== '(') return undefined
  const header = bare.slice(p, i)
  const trimmed = header.trimEnd()
  let s = trimmed.length
  while (s > 0 && isWordChar(trimmed.charCodeAt(s - 1))) s--
  const name = trimmed.slice(s)
  if (!name || /^\d/.test(name) || NOT_METHODS.has(name) || MODIFIERS.has(name)) return undefined
  // Before the name: a return type (Java) or `fun` (Kotlin), after any modifiers; nothing else.
  const words = trimmed
    .slice(0, s)
    .split(/[\s,]+/)
    .filter(Boolean)
  if (!words.length || words.some((w) => !/^[\w.[\]?<>]+$/.test(w) || NOT_METHODS.has(w))) return undefined
  return { name, at: p + s }
}
