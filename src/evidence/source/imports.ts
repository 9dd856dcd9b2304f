// The imports of a source file, in the five languages: what module each names and which local
// names it binds. The source pass keeps those the capability catalogue knows (and, in C#, Java
// and Kotlin, the types each file declares, so a call can be followed to another file); the
// derived evidence reads the rest again for the few files a tool reaches. Hand-written: a
// full parser per language is far more than the import lines need, and these run on every file.
import type { FileEvidence } from '../../findings.js'
import { isCiPath, type Language } from '../repository.js'
import { catalogueWith, type Catalogue } from '../derived/catalogue.js'
import { isCode, own, type CodeFile, type Detector, type SourceFile } from './scan.js'
import type { SourceViews } from './lexer.js'
import type { Rule } from './rules/rule.js'

export interface ImportLine {
  /**
   * The module as written: `@slack/web-api`, `slack_sdk.web`, `github.com/slack-go/slack`, `Microsoft.Graph`,
   * `com.slack.api.Slack`.
   */
  module: string
  /** Local names the import binds (a C# `using` binds none). */
  names: string[]
  /** Names imported from the module (`from x import a` → a), to look `x.a` up as well. */
  members: string[]
  /** Names bound under another name than the module gives them (`{ search as findIssues }`): local → the module's. */
  renamed?: Map<string, string>
  offset: number
}

/** A catalogue package imported by a file: evidence that the file can reach it. */
export interface CapabilityImport {
  /** The catalogue entry's id (`npm:@slack/web-api`). */
  entry: string
  module: string
  at: FileEvidence
  isTest: boolean
}

/**
 * A class, record, interface or object a C#, Java or Kotlin file declares: calls to its methods can be followed there.
 */
export interface DeclaredType {
  name: string
  file: string
}

const inString = (f: Pick<CodeFile, 'code' | 'bare'>, i: number) => f.bare[i] !== f.code[i]

const JS_FROM = /\bimport(?=\s)([^'";]{0,400}?)\bfrom\s*(['"])([^'"\n]{1,200})\2/g
const JS_BARE = /\bimport\s*(['"])([^'"\n]{1,200})\1/g
const JS_CALL = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)/g
const JS_CALL_BINDING = /(?:const|let|var)\s+([\w$]+|\{[^}]{0,400}\})\s*=\s*(?:await\s+)?(?:\(\s*)?$/
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]{0,2000})/gm
const PY_IMPORT = /^[ \t]*import[ \t]+([^\n]{1,2000})/gm
const GO_SINGLE = /^[ \t]*import[ \t]+(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm
const GO_SPEC = /^[ \t]*(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm
const CS_USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?(?:[ \t]+as[ \t]+(\w+))?[ \t]*(?:;|$)/gm
const TYPE_DECLARATION = /\b(?:class|interface|record|object|enum)\s+([A-Z]\w*)/g

/**
 * The import patterns of each language as rules: a file that holds none of a language's needles
 * imports nothing, and the literal scan tells the pass so (the views are not made for it).
 */
const IMPORT_RULES: Record<'js' | 'python' | 'go' | 'csharp' | 'java', readonly Rule[]> = {
  js: [
    { needles: ['import'], re: JS_FROM, view: 'code' },
    { needles: ['import'], re: JS_BARE, view: 'code' },
    { needles: ['require', 'import'], re: JS_CALL, view: 'code' }
  ],
  python: [
    { needles: ['import'], re: PY_FROM },
    { needles: ['import'], re: PY_IMPORT }
  ],
  go: [
    { needles: ['import'], re: GO_SINGLE, view: 'code' },
    { needles: ['import'], re: GO_BLOCK, view: 'code' }
  ],
  csharp: [{ needles: ['using'], re: CS_USING }],
  java: [{ needles: ['import'], re: JAVA_IMPORT }]
}
const TYPE_DECLARATIONS: Rule = { needles: ['class', 'interface', 'record', 'object', 'enum'], re: TYPE_DECLARATION }

/** Whether a text may hold an import of the group: one of its rules' needles. */
const mayImport = (text: string, group: keyof typeof IMPORT_RULES) =>
  IMPORT_RULES[group].some((r) => r.needles.some((n) => text.includes(n)))

/** Local names of a JS import clause: `X`, `* as X`, `{ a, b as c }`, `type { T }`. */
function jsNames(clause: string, renamed?: Map<string, string>): string[] {
  const names: string[] = []
  // Clauses are at most 400 characters (JS_FROM, JS_CALL_BINDING), which bounds the patterns below.
  const c = clause.slice(0, 400).replace(/\btype\s+/g, '')
  const braces = /\{([^}]*)\}/.exec(c)
  if (braces) bracedNames(braces[1], names, renamed)
  const rest = braces ? c.replace(braces[0], '') : c
  const star = /\*\s*as\s+([\w$]+)/.exec(rest)
  if (star) names.push(star[1])
  const def = /^\s*([\w$]+)/.exec(rest)
  if (def && def[1] !== 'as') names.push(def[1])
  return names
}

/** The names a braced list binds (`a, b as c`, `type T`, `a: b` in a destructured require), into `names`. */
function bracedNames(list: string, names: string[], renamed?: Map<string, string>): void {
  for (const part of list.split(',')) {
    // One name, its `as` and its `type` are short: a longer part is no name (and the patterns stay bounded).
    const p = part.trim().replace(/^type\s+/, '')
    if (p.length > 400) continue
    const m = /([\w$]+)\s*$/.exec(p)
    if (!m) continue
    names.push(m[1])
    // `{ a as b }` in an import, `{ a: b }` in a destructured require.
    const from = /^([\w$]+)\s*(?:\bas\b|:)/.exec(p)?.[1]
    if (from && from !== m[1]) renamed?.set(m[1], from)
  }
}

/** Where a braced import clause ends: `} from './module'`. */
const JS_CLAUSE_END = /\}\s*from\s*(['"])([^'"\n]{1,200})\1/g
/** The most characters of one braced import clause read back from its end. */
const MAX_BRACED_CLAUSE = 20_000

/**
 * Braced imports longer than JS_FROM reads (`import {` and one name a line, past 400 characters), read from each
 * `} from '…'` back to its `{`. Hand-written because a pattern bounded that far would re-read the bound from every
 * `import`; here each character is looked at once, as no search goes back past the previous clause's end.
 */
function longBracedImports(file: Pick<CodeFile, 'code' | 'bare'>, read: Set<number>): ImportLine[] {
  const { code } = file
  const out: ImportLine[] = []
  let floor = 0
  for (const m of code.matchAll(JS_CLAUSE_END)) {
    const end = m.index
    const lower = Math.max(floor, end - MAX_BRACED_CLAUSE)
    floor = end + m[0].length
    if (inString(file, end)) continue
    let open = end - 1
    while (open >= lower && code[open] !== '{' && code[open] !== '}' && code[open] !== ';') open--
    if (open < lower || code[open] !== '{') continue
    const inner = code.slice(open + 1, end)
    if (/['"`]/.test(inner)) continue
    const lead = code.slice(Math.max(lower, open - 200), open)
    const head = /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,\s*)?$/.exec(lead)
    if (!head) continue
    const start = open - lead.length + head.index
    if (read.has(start)) continue
    const names: string[] = head[1] ? [head[1]] : []
    const renamed = new Map<string, string>()
    bracedNames(inner, names, renamed)
    out.push({ module: m[2], names, members: [], offset: start, ...(renamed.size ? { renamed } : {}) })
  }
  return out
}

/** `a, b as c` and `(a,\n b)`: the names bound, and the members imported. */
function pythonNames(list: string): { names: string[]; members: string[] } {
  const names: string[] = []
  const members: string[] = []
  for (const part of list.replace(/[()]/g, '').split(',')) {
    const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part)
    if (!m) continue
    members.push(m[1])
    names.push(m[2] ?? m[1].split('.')[0])
  }
  return { names, members }
}

/**
 * The names a Go import path is used by: its package name as commonly derived (`go-redis/v9` → redis, `msgraph-sdk-go`
 * → msgraphsdk, msgraph).
 */
function goNames(path: string): string[] {
  let names = goNamesOf.get(path)
  if (!names) {
    names = goNamesOfPath(path)
    // The same few paths (`net/http`, the SDK) are imported by most files of a module: worked out once each.
    if (goNamesOf.size < 10_000) goNamesOf.set(path, names)
  }
  return [...names]
}
const goNamesOf = new Map<string, string[]>()

function goNamesOfPath(path: string): string[] {
  const segs = path.split('/')
  let last = segs[segs.length - 1]
  if (/^v\d+$/.test(last) && segs.length > 1) last = segs[segs.length - 2]
  const base = last.replace(/^go-|-go$/g, '').replace(/\.v\d+$/, '')
  return [
    ...new Set([base.replace(/[^\w]/g, ''), base.replace(/-sdk$/, '').replace(/[^\w]/g, ''), base.split(/[-.]/)[0]])
  ]
}

const importsOfViews = new WeakMap<SourceViews, { language: Language; imports: ImportLine[] }>()

/**
 * The imports of a file's views, read once for a views object the snapshot keeps: the source pass
 * and the capability pass read the same files.
 */
export function importsOfViewed(language: Language, views: SourceViews): ImportLine[] {
  const known = importsOfViews.get(views)
  if (known?.language === language) return known.imports
  const imports = importsOf({ language, code: views.code, bare: views.bare })
  importsOfViews.set(views, { language, imports })
  return imports
}

/** Every import of a file (views: `code` keeps strings, `bare` blanks them and comments). */
export function importsOf(file: Pick<CodeFile, 'language' | 'code' | 'bare'>): ImportLine[] {
  const out: ImportLine[] = []
  const { code, bare } = file
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      if (!mayImport(code, 'js')) return out
      for (const m of code.matchAll(JS_FROM)) {
        if (inString(file, m.index)) continue
        const renamed = new Map<string, string>()
        const names = jsNames(m[1], renamed)
        out.push({ module: m[3], names, members: [], offset: m.index, ...(renamed.size ? { renamed } : {}) })
      }
      out.push(...longBracedImports(file, new Set(out.map((i) => i.offset))))
      for (const m of code.matchAll(JS_BARE))
        if (!inString(file, m.index)) out.push({ module: m[2], names: [], members: [], offset: m.index })
      for (const m of code.matchAll(JS_CALL)) {
        if (inString(file, m.index)) continue
        // At most 200 characters before the call on its line: the binding pattern is read from its end.
        const lineStart = Math.max(code.lastIndexOf('\n', m.index) + 1, m.index - 200)
        const binding = JS_CALL_BINDING.exec(code.slice(lineStart, m.index))
        const names = binding ? (binding[1].startsWith('{') ? jsNames(binding[1]) : [binding[1]]) : []
        out.push({ module: m[2], names, members: [], offset: m.index })
      }
      break
    case 'python':
      if (!mayImport(bare, 'python')) return out
      for (const m of bare.matchAll(PY_FROM)) {
        const { names, members } = pythonNames(m[2].replace(/#.*/, ''))
        const renamed = new Map(
          names.flatMap((n, i) => (n !== members[i] && !members[i].includes('.') ? [[n, members[i]]] : []))
        )
        out.push({
          module: m[1],
          names,
          members,
          offset: m.index + m[0].length - m[0].trimStart().length,
          ...(renamed.size ? { renamed } : {})
        })
      }
      for (const m of bare.matchAll(PY_IMPORT)) {
        for (const part of m[1].replace(/#.*/, '').split(',')) {
          const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part)
          if (p)
            out.push({
              module: p[1],
              names: [p[2] ?? p[1].split('.')[0]],
              members: [],
              offset: m.index + m[0].length - m[0].trimStart().length
            })
        }
      }
      break
    case 'go':
      if (!mayImport(code, 'go')) return out
      for (const m of code.matchAll(GO_SINGLE))
        if (!inString(file, m.index))
          out.push({
            module: m[2],
            names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]),
            members: [],
            offset: m.index
          })
      for (const block of code.matchAll(GO_BLOCK)) {
        if (inString(file, block.index)) continue
        // The block's end found by search, not by a pattern: `[^)]{0,20000}\)` re-read the bound from every `import (`.
        const start = block.index + block[0].length
        const end = code.indexOf(')', start)
        if (end < 0 || end - start > 20_000) continue
        for (const m of code.slice(start, end).matchAll(GO_SPEC))
          out.push({
            module: m[2],
            names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]),
            members: [],
            offset: start + m.index
          })
      }
      break
    case 'csharp':
      if (!mayImport(bare, 'csharp')) return out
      for (const m of bare.matchAll(CS_USING))
        out.push({
          module: m[2],
          names: m[1] ? [m[1]] : [],
          members: [],
          offset: m.index + m[0].length - m[0].trimStart().length
        })
      break
    case 'java':
    case 'kotlin':
      if (!mayImport(bare, 'java')) return out
      for (const m of bare.matchAll(JAVA_IMPORT)) {
        const cls = m[2] ? undefined : m[1].slice(m[1].lastIndexOf('.') + 1)
        out.push({
          module: m[1],
          names: m[3] ? [m[3]] : cls ? [cls] : [],
          members: [],
          offset: m.index + m[0].length - m[0].trimStart().length
        })
      }
      break
  }
  return out
}

/**
 * The catalogue entry an import line names: the module, or a member of it (`from google import genai` → google.genai).
 */
export function entryOfImport(catalogue: Catalogue, language: Language, imp: ImportLine) {
  for (const member of imp.members) {
    const hit = catalogue.lookup(language, `${imp.module}.${member}`)
    if (hit) return hit
  }
  return catalogue.lookup(language, imp.module)
}

/** The types a C#, Java or Kotlin file declares. */
export function declaredTypesOf(file: Pick<CodeFile, 'bare'>): string[] {
  return [...new Set([...file.bare.matchAll(TYPE_DECLARATION)].map((m) => m[1]))]
}

/** The source pass's part: catalogue imports of every file, and the types C#, Java and Kotlin files declare. */
export function createImportsDetector(into: { imports: CapabilityImport[]; declaredTypes: DeclaredType[] }): Detector {
  const catalogue = catalogueWith()
  return {
    rules: [...Object.values(IMPORT_RULES).flat(), TYPE_DECLARATIONS],
    visit(file: SourceFile) {
      if (!isCode(file)) return
      // Read on the text as it is first: most files import nothing the catalogue knows, and their
      // comment- and string-blind views would be made for nothing. Only a file with a hit is read
      // again on its views, where an import in a comment or a string does not count.
      const raw = { language: file.language, code: file.text, bare: file.text }
      if (file.viewed || importsOf(raw).some((imp) => entryOfImport(catalogue, file.language, imp))) {
        for (const imp of file.views ? importsOfViewed(file.language, file.views) : importsOf(file)) {
          const entry = entryOfImport(catalogue, file.language, imp)
          if (entry)
            into.imports.push({
              entry: entry.id,
              module: own(imp.module),
              at: file.at(imp.offset, `imports ${entry.package}`),
              isTest: file.isTest || isCiPath(file.path)
            })
        }
      }
      // A type named in a comment only links a file to one more candidate for a call: read on the text.
      if (file.language === 'csharp' || file.language === 'java' || file.language === 'kotlin') {
        for (const name of declaredTypesOf({ bare: file.text }))
          into.declaredTypes.push({ name: own(name), file: file.path })
      }
    }
  }
}
