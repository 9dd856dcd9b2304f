// The derived step after the source pass: tool names that one file could not
// settle, resolved across the repository's own files. The pass scans files
// one at a time (in worker threads), so it records facts (tool-names named by
// an identifier from elsewhere, wrapper functions whose parameter is a tool's
// name, servers mounted under a namespace, tool objects made by a factory);
// here they are followed through imports, the same directory (a Go, C# or Java
// package), and wrapper calls. What still cannot be resolved becomes a
// registration with `computed`, so the check can say `not verified` there.
import { posix } from 'node:path'
import { isSpaceChar, isWordChar } from '../../chars.js'
import { languageOf, type Language, type Repository } from '../repository.js'
import { codeFileOf, offsetAt, own, type CodeFile, type SourceFile } from './scan.js'
import {
  expressionText,
  listedByIdentifier,
  listedRegistration,
  listElements,
  loopNames,
  type SourceSecurityEvidence,
  type ToolFact,
  type ToolRegistration,
  type ToolsOut
} from './security.js'
import { closingBracket, importsOf, objectNameAt, parameterOf, stringConstantsOf, toolObjectsOf } from './tool-names.js'
import { handlerFieldAt, listOpening, listSource, partsOf, toolsOfList } from './tool-lists.js'
import type { FileEvidence } from '../../findings.js'

/** The most files read again by the step: a bound on its cost in a large repository. */
const MAX_FILES_READ = 2_000
/** How many times a wrapper's callers are followed to their own callers. */
const MAX_WRAPPER_DEPTH = 4

type Ref = Extract<ToolFact, { kind: 'ref' }>
type Param = Extract<ToolFact, { kind: 'param' }>

/** Files read again, with what they define, each once. */
class Files {
  private readonly cache = new Map<
    string,
    { file: SourceFile; constants?: Map<string, string>; objects?: ReturnType<typeof toolObjectsOf> } | null
  >()
  private reads = 0
  private types?: Map<string, string[]>
  constructor(
    private readonly repo: Repository,
    private readonly declared: SourceSecurityEvidence['declaredTypes'] = []
  ) {}

  /** The files that declare a C#, Java or Kotlin type of this name (a class of constants another package keeps). */
  declaring(type: string): string[] {
    if (!this.types) {
      this.types = new Map()
      for (const d of this.declared) this.types.set(d.name, [...(this.types.get(d.name) ?? []), d.file])
    }
    return this.types.get(type) ?? []
  }

  get(path: string) {
    let entry = this.cache.get(path)
    if (entry === undefined) {
      entry = null
      if (this.reads < MAX_FILES_READ && languageOf(path)) {
        this.reads++
        const text = this.repo.read(path, { cache: false })
        if (text !== undefined) entry = { file: codeFileOf(path, text, this.repo) }
      }
      this.cache.set(path, entry)
    }
    return entry ?? undefined
  }

  constants(path: string) {
    const e = this.get(path)
    return e ? (e.constants ??= stringConstantsOf(e.file)) : undefined
  }

  objects(path: string) {
    const e = this.get(path)
    return e ? (e.objects ??= toolObjectsOf(e.file)) : undefined
  }
}

export function resolveToolFacts(repo: Repository, source: SourceSecurityEvidence): void {
  const facts = source.toolFacts
  source.toolFacts = []
  if (!facts.length && !source.tools.some((t) => t.handler?.name && !t.isTest)) return
  const files = new Files(repo, source.declaredTypes)
  // The pass has listed the files it could not read; reading them again must not list them twice.
  const listed = repo.skipped.length
  const paths = new Set(repo.files.map((f) => f.path))
  const tools = source.tools
  for (const f of facts) if (f.kind === 'ref') resolveRef(f, files, paths, repo, tools)
  for (const f of facts) if (f.kind === 'list') resolveList(f, files, paths, repo, tools)
  const params = facts.filter((f): f is Param => f.kind === 'param')
  if (params.length) resolveWrappers(params, files, paths, repo, source, tools)
  resolveAnnotations(
    facts.filter((f): f is Extract<ToolFact, { kind: 'annotation' }> => f.kind === 'annotation'),
    files,
    source,
    tools
  )
  const computed = tools.some((t) => t.computed && !t.isTest)
  for (const f of facts) {
    if (f.kind === 'factory' && computed) tools.push({ name: f.name, derived: false, at: f.at, isTest: f.isTest })
  }
  applyMounts(
    facts.filter((f): f is Extract<ToolFact, { kind: 'mount' }> => f.kind === 'mount'),
    tools
  )
  resolveHandlers(
    tools.filter((t) => t.handler?.name && !t.isTest),
    files,
    paths,
    repo
  )
  repo.skipped.splice(listed)
}

/**
 * Methods annotated by a `…Tool` annotation the file did not know: tools when the repository declares that annotation
 * type (`@interface JenkinsTool`, found among the types its files declare); another library's annotation is not one.
 */
function resolveAnnotations(
  facts: Extract<ToolFact, { kind: 'annotation' }>[],
  files: Files,
  source: SourceSecurityEvidence,
  tools: ToolRegistration[]
): void {
  if (!facts.length) return
  const declared = new Map<string, boolean>()
  for (const name of new Set(facts.map((f) => f.annotation))) {
    const declaration = new RegExp(`@interface\\s+${name}\\b`)
    declared.set(
      name,
      source.declaredTypes.some((d) => d.name === name && declaration.test(files.get(d.file)?.file.bare ?? ''))
    )
  }
  for (const f of facts) if (declared.get(f.annotation)) tools.push(f.tool)
}

type ListFact = Extract<ToolFact, { kind: 'list' }>

/**
 * A list of definitions another module keeps (`import { tools } from './tools'`, `import * as tools from './tools'`):
 * its tools, read there; definitions that module imports in turn are followed through their imports.
 */
function resolveList(f: ListFact, files: Files, paths: Set<string>, repo: Repository, tools: ToolRegistration[]): void {
  const language = languageOf(f.file)
  const found: ToolRegistration[] = []
  for (const path of f.from === '' ? [f.file] : moduleFiles(f.file, f.from, language, paths, repo)) {
    const entry = files.get(path)
    if (!entry) continue
    const file = entry.file as CodeFile
    const how = `from the list ${f.name === '*' ? f.expression : f.name} in ${path}`
    // A namespace's exports, or the list's elements, by the names they are written with.
    const elements: { spec?: string; ident: string }[] = []
    if (f.namespace) {
      for (const m of file.code.matchAll(/\bexport\s*\{([^{}]{0,4000})\}\s*from\s*(['"])([^'"\n]+)\2/g))
        for (const part of m[1].split(','))
          if (part.trim()) elements.push({ spec: m[3], ident: part.trim().split(/\s+/)[0] })
      for (const m of file.bare.matchAll(/\bexport\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g))
        elements.push({ ident: m[1] })
    } else {
      const list =
        f.name === 'default'
          ? { file, open: defaultListOpening(file) }
          : followedList(file, path, f.name, language, files, paths, repo)
      if (!list || list.open === -1) continue
      const listed = toolsOfList(list.file, list.open, f.mode, f.pick, f.name)
      if (listed) {
        for (const n of listed) found.push(listedRegistration(list.file, n, f.isTest, how, f.server, f.at))
        continue
      }
      if (list.file !== file) return void tools.push(computedTool(f, f.server))
      for (const p of partsOf(file, list.open) ?? []) {
        const ident = /^(?:\.\.\.)?([A-Za-z_$][\w$]*)$/.exec(p.text)?.[1]
        if (!ident) return void tools.push(computedTool(f, f.server))
        elements.push({ ident })
      }
    }
    const imports = importsOf(file)
    for (const e of elements) {
      // `export { default as x } from './x'`: that module's default; an imported name: its module's.
      const imported = e.spec ? { from: e.spec, name: e.ident } : imports.get(e.ident)
      const targets = imported ? moduleFiles(path, imported.from, language, paths, repo) : [path]
      const name = imported ? imported.name : e.ident
      let resolved = false
      for (const target of targets) {
        const value = nameIn(target, name, true, files, paths, repo, 0)
        if (!value) continue
        const other = files.get(value.path)!.file as CodeFile
        const object = objectOf(other, name)
        const handler = object === -1 ? undefined : handlerFieldAt(other, object)
        found.push({
          name: own(value.value),
          derived: false,
          at: { ...f.at, note: own(`registers tool "${value.value}" (${how})`) },
          isTest: f.isTest,
          ...(handler
            ? {
                handler: {
                  ...(handler.name ? { name: own(handler.name) } : {}),
                  at: other.at(handler.at, 'handles the tool')
                }
              }
            : {}),
          ...(f.server ? { server: f.server } : {})
        })
        resolved = true
        break
      }
      if (!resolved) return void tools.push(computedTool(f, f.server))
    }
  }
  if (!found.length) return void tools.push(computedTool(f, f.server))
  tools.push(...found)
}

/** How many modules a list's source is followed through (`getTools` → `filterTools(ALL)` → `ALL`). */
const MAX_LIST_MODULES = 4

/**
 * Where the list a module keeps as `name` opens: defined there, or (JavaScript, TypeScript) where its data comes from,
 * in that module or in the modules it imports it from (tool-lists.ts, listSource).
 */
function followedList(
  file: CodeFile,
  path: string,
  name: string,
  language: Language | undefined,
  files: Files,
  paths: Set<string>,
  repo: Repository
): { file: CodeFile; open: number } | undefined {
  const open = listOpening(file.bare, name)
  if (open !== -1) return { file, open }
  if (language !== 'typescript' && language !== 'javascript') return undefined
  let at = { file, path, name }
  for (let hop = 0; hop < MAX_LIST_MODULES; hop++) {
    const source = listSource(at.file, at.name)
    if (!source) return undefined
    if ('open' in source) return { file: at.file, open: source.open }
    const next = moduleFiles(at.path, source.imported.from, language, paths, repo)
      .map((p) => ({ path: p, entry: files.get(p) }))
      .find((c) => c.entry)
    if (!next) return undefined
    at = { file: next.entry!.file as CodeFile, path: next.path, name: source.imported.name }
  }
  return undefined
}

/** Where the object literal a file keeps in `name` (or exports as its default) opens, or -1. */
function objectOf(file: SourceFile, name: string): number {
  const re =
    name === 'default'
      ? /\bexport\s+default\s+(?:[A-Za-z_$][\w$.]*\s*\(\s*)?\{/
      : new RegExp(
          `\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\b[^=\\n]{0,200}=\\s*(?:[A-Za-z_$][\\w$.]*\\s*\\(\\s*)?\\{`
        )
  const m = re.exec(file.bare)
  if (m) return m.index + m[0].length - 1
  // `const x: Tool = {…}; export default x`.
  const alias =
    name === 'default' ? /\bexport\s+default\s+([A-Za-z_$][\w$]*)[ \t]*(?:;[ \t]*)?$/m.exec(file.bare) : null
  return alias ? objectOf(file, alias[1]) : -1
}

/** A class's method that runs a tool written as a class (`runTool`, `execute`, `handle`, `__call__`). */
const RUN_METHOD =
  /^[ \t]*(?:(?:public|private|protected|static|override)[ \t]+)*(?:async[ \t]+)?(?:def[ \t]+)?(_{0,2}(?:a?run|execute|call|handle|invoke|perform)(?:_?(?:tool|call|async|impl))?_{0,2})[ \t]*\(/gim

/**
 * Handlers a definition names (`handler: ListCalendarsHandler`, a Python function in a list): their definition, in
 * the file or in the module it is imported from; a class's run method. The handler's place becomes the definition's,
 * so capabilities reads its code; a name that cannot be found keeps its place.
 */
function resolveHandlers(tools: ToolRegistration[], files: Files, paths: Set<string>, repo: Repository): void {
  const done = new Map<string, FileEvidence | null>()
  for (const t of tools) {
    const h = t.handler!
    const key = `${h.at.file}|${h.name}`
    if (!done.has(key)) done.set(key, definitionOf(h.at.file, h.name!, files, paths, repo, 0) ?? null)
    const at = done.get(key)
    if (at) t.handler = { name: h.name, at }
  }
}

/** Where a function or class named `name` is defined, seen from a file: there, or in the module it is imported from. */
function definitionOf(
  file: string,
  name: string,
  files: Files,
  paths: Set<string>,
  repo: Repository,
  depth: number
): FileEvidence | undefined {
  const entry = files.get(file)
  if (!entry || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined
  const def = definedAt(entry.file.bare, name)
  if (def) return def.isClass ? runMethodOf(entry.file, def.at) : entry.file.at(def.at, 'handles the tool')
  const imported = depth < 3 ? importsOf(entry.file).get(name) : undefined
  if (!imported) return undefined
  for (const path of moduleFiles(file, imported.from, languageOf(file), paths, repo)) {
    const other = files.get(path)
    const target = imported.name === 'default' && other ? defaultName(other.file) : imported.name
    const found = target && definitionOf(path, target, files, paths, repo, depth + 1)
    if (found) return found
  }
  return undefined
}

/** What comes before a function's or class's name where it is defined (`def `, `func (r *T) `, `class `). */
const DEFINES_BEFORE = /(?:\bfunction(?:\s*\*)?\s*|\bdef\s+|\bfunc\s+(?:\([^()\n]{0,200}\)\s*)?|\b(class)\s+)$/
const DECLARES_BEFORE = /\b(?:const|let|var)\s+$/
/** What comes after a variable's name that holds a function (`= async (a: A) =>`, `= function`). */
const HOLDS_FUNCTION_AFTER =
  /\s*=\s*(?:async\s*)?(?:function\b|\([^()]{0,400}\)\s*(?::[^=]{0,200})?=>|[A-Za-z_$][\w$]*\s*=>)/y

/**
 * Where `name` is first defined as a function, a class or a variable holding a function. Each place
 * the name is written is tried, not each offset of the text: a file names a handler a few times.
 */
function definedAt(bare: string, name: string): { at: number; isClass: boolean } | undefined {
  for (let i = bare.indexOf(name); i >= 0; i = bare.indexOf(name, i + 1)) {
    const end = i + name.length
    if ((i > 0 && /[\w$]/.test(bare[i - 1])) || (end < bare.length && /[\w$]/.test(bare[end]))) continue
    const before = bare.slice(Math.max(0, i - 240), i)
    const defines = DEFINES_BEFORE.exec(before)
    if (defines) return { at: i, isClass: defines[1] !== undefined }
    HOLDS_FUNCTION_AFTER.lastIndex = end
    if (DECLARES_BEFORE.test(before) && HOLDS_FUNCTION_AFTER.test(bare)) return { at: i, isClass: false }
  }
  return undefined
}

/**
 * Where the list a module exports as its default opens (`export default [...]`, `export default { WebSearchTool, … }`,
 * `export default tools`), or -1.
 */
function defaultListOpening(file: SourceFile): number {
  const literal = /\bexport\s+default\s+[[{]/.exec(file.bare)
  if (literal) return literal.index + literal[0].length - 1
  const name = defaultName(file)
  return name ? listOpening(file.bare, name) : -1
}

/** The name a module's default export has (`export default class X`, `export default X`). */
function defaultName(file: SourceFile): string | undefined {
  return /\bexport\s+default\s+(?:async\s+)?(?:class\s+|function(?:\s*\*)?\s*)?([A-Za-z_$][\w$]*)/.exec(file.bare)?.[1]
}

/** The run method of the class whose name is at `at`: the first one named like one in its body; else the class. */
function runMethodOf(file: SourceFile, at: number): FileEvidence {
  const open = file.bare.indexOf('{', at)
  const close = open === -1 ? -1 : closingBracket(file.bare, open, 200_000)
  if (open !== -1 && close !== -1) {
    const body = file.bare.slice(open, close)
    RUN_METHOD.lastIndex = 0
    const m = RUN_METHOD.exec(body)
    if (m) return file.at(open + m.index + m[0].lastIndexOf(m[1]), 'handles the tool')
  }
  return file.at(at, 'handles the tool')
}

const computedTool = (
  f: { expression: string; at: ToolRegistration['at']; isTest: boolean },
  server?: string
): ToolRegistration => ({
  name: f.expression,
  derived: false,
  at: { ...f.at, note: own(`registers a tool whose name is computed: ${f.expression}`) },
  isTest: f.isTest,
  computed: { expression: f.expression },
  ...(server ? { server } : {})
})

/**
 * An identifier from another file: followed through its import (TypeScript, Python) or looked up in the same package
 * (Go, C#, Java).
 */
function resolveRef(f: Ref, files: Files, paths: Set<string>, repo: Repository, tools: ToolRegistration[]): void {
  const language = languageOf(f.file)
  // A base class registering `this.name`: each concrete subclass gives its tool's name.
  if ((language === 'typescript' || language === 'javascript') && /^this\.[A-Za-z_$][\w$]*$/.test(f.expression)) {
    const named = subclassTools(f, files, paths, repo)
    if (named.length) {
      tools.push(...named)
      return
    }
  }
  const candidates = f.from
    ? moduleFiles(f.file, f.from, language, paths, repo)
    : packageFiles(f.file, f.ident, language, repo, files)
  for (const path of candidates) {
    const name = nameIn(path, f.ident, f.object, files, paths, repo, 0)
    if (name !== undefined) {
      tools.push({
        name: own(name.value),
        derived: false,
        at: { ...f.at, note: own(`registers tool "${name.value}" (${f.ident} in ${name.path})`) },
        isTest: f.isTest,
        ...(f.server ? { server: f.server } : {})
      })
      return
    }
  }
  tools.push(computedTool(f, f.server))
}

/** How many classes below a registering base class are looked at: its tools, and the abstract classes between. */
const MAX_SUBCLASSES = 1_000
/** The longest class body read for its fields (a base class of many helpers runs to tens of thousands). */
const MAX_CLASS = 400_000
const CLASS_EXTENDS =
  /\b(abstract[ \t]+)?class[ \t]+(?=([A-Za-z_$][\w$]*))\2(?:[ \t]*<[^{}\n]{0,200}>)?[ \t]+extends[ \t]+(?=((?:[A-Za-z_$][\w$]*\.)*))\3(?=([A-Za-z_$][\w$]*))\4[^{]{0,400}\{/g

/** The TypeScript and JavaScript classes of the repository by the class they extend, read once per run. */
const SUBCLASSES = new WeakMap<Files, Map<string, { path: string; name: string; abstract: boolean; open: number }[]>>()
function subclassIndex(files: Files, repo: Repository) {
  let index = SUBCLASSES.get(files)
  if (index) return index
  SUBCLASSES.set(files, (index = new Map()))
  for (const { path } of repo.files) {
    const language = languageOf(path)
    if ((language !== 'typescript' && language !== 'javascript') || path.endsWith('.d.ts')) continue
    const file = files.get(path)?.file
    if (!file?.bare.includes('extends')) continue
    for (const m of file.bare.matchAll(CLASS_EXTENDS)) {
      const list = index.get(m[4]) ?? []
      list.push({ path, name: m[2], abstract: !!m[1], open: m.index + m[0].length - 1 })
      index.set(m[4], list)
    }
  }
  return index
}

/** The class whose body holds `offset`, by name. */
function enclosingClass(bare: string, offset: number): string | undefined {
  let name: string | undefined
  for (const m of bare.slice(0, offset).matchAll(/\bclass[ \t]+(?=([A-Za-z_$][\w$]*))\1[^{;]{0,400}\{/g)) {
    const close = closingBracket(bare, m.index + m[0].length - 1, MAX_CLASS)
    if (close > offset || close < 0) name = m[1]
  }
  return name
}

/**
 * A base class that registers `this.name` (`(server.registerTool as …)(this.name, …)`): its tools are its concrete
 * subclasses, each named by a string field it sets (the field the registration reads, or `toolName`, static or not).
 */
function subclassTools(f: Ref, files: Files, paths: Set<string>, repo: Repository): ToolRegistration[] {
  const file = files.get(f.file)?.file
  if (!file) return []
  const base = enclosingClass(file.bare, offsetAt(file.bare, f.at.line, f.at.column))
  if (!base) return []
  const field = f.expression.slice('this.'.length)
  const fieldRe = new RegExp(
    `(?:^|[;{}\\n])[ \\t]*(?:(?:public|protected|private|static|readonly|override|declare)[ \\t]+)*(${field}|toolName|TOOL_NAME)[ \\t]*(?::[^=;\\n]{1,80})?=[ \\t]*(?:(['"\`])([^'"\`\\n]{1,200})\\2|([A-Za-z_$][\\w$]*)[ \\t]*(?:;|$))`,
    'gm'
  )
  const index = subclassIndex(files, repo)
  const out: ToolRegistration[] = []
  const seen = new Set<string>([base])
  const queue = [base]
  for (let looked = 0; queue.length && looked < MAX_SUBCLASSES;) {
    for (const sub of index.get(queue.shift()!) ?? []) {
      looked++
      if (seen.has(sub.name)) continue
      seen.add(sub.name)
      queue.push(sub.name)
      if (sub.abstract) continue
      const other = files.get(sub.path)?.file
      if (!other) continue
      const close = closingBracket(other.bare, sub.open, MAX_CLASS)
      const body = other.code.slice(sub.open, close < 0 ? undefined : close)
      // Only the class's own fields: what a method inside it assigns is not its name.
      const found = [...body.matchAll(fieldRe)].filter(
        (m) => braceDepth(other.bare, sub.open, sub.open + m.index + m[0].indexOf(m[1])) === 1
      )
      const m = found.find((x) => x[1] === field) ?? found[0]
      // A literal, or a constant of the file or one it imports (`static toolName = EXPORT_TOOL_NAME`).
      const value = m && (m[3] ?? (m[4] ? constantValue(sub.path, m[4], files, paths, repo) : undefined))
      if (!m || value === undefined) continue
      const offset = sub.open + m.index + m[0].lastIndexOf(m[3] ?? m[4])
      out.push({
        name: own(value),
        derived: false,
        at: other.at(offset, `names tool "${value}" (${sub.name} extends ${base}, which registers ${f.expression})`),
        isTest: other.isTest
      })
    }
  }
  return out
}

/** The string a constant holds: defined in the file, or imported from a module of the repository. */
function constantValue(
  path: string,
  name: string,
  files: Files,
  paths: Set<string>,
  repo: Repository
): string | undefined {
  const own = files.constants(path)?.get(name)
  if (own !== undefined) return own
  const file = files.get(path)?.file
  const imported = file ? importsOf(file).get(name) : undefined
  if (!imported) return undefined
  for (const p of moduleFiles(path, imported.from, languageOf(path), paths, repo)) {
    const value = nameIn(p, imported.name, false, files, paths, repo, 0)
    if (value !== undefined) return value.value
  }
  return undefined
}

/** How many braces are open at `at`, counted from `from` (the class body's own brace is 1). */
function braceDepth(bare: string, from: number, at: number): number {
  let depth = 0
  for (let i = from; i <= at && i < bare.length; i++) {
    if (bare[i] === '{') depth++
    else if (bare[i] === '}') depth--
  }
  return depth
}

/** The string an identifier holds in a file (a constant, or a tool object's name), following re-exports a few steps. */
function nameIn(
  path: string,
  ident: string,
  object: boolean,
  files: Files,
  paths: Set<string>,
  repo: Repository,
  depth: number
): { value: string; path: string } | undefined {
  const entry = files.get(path)
  if (!entry) return undefined
  const base = ident.endsWith('.name') || ident.endsWith('.Name') ? ident.slice(0, -5) : ident
  /** The name an object of the file gives: its literal, or the constant of the file it names. */
  const nameOfObject = (o: { literal?: string; ref?: string } | undefined) => {
    const value = o?.literal ?? (o?.ref !== undefined ? files.constants(path)!.get(o.ref) : undefined)
    return value !== undefined ? { value, path } : undefined
  }
  if (!object && base === ident) {
    const c = files.constants(path)!.get(ident)
    if (c !== undefined) return { value: c, path }
  }
  if (base === 'default') {
    const d = /\bexport\s+default\s+(?:[A-Za-z_$][\w$.]*\s*\(\s*)?\{/.exec(entry.file.bare)
    // `export default { name, … }` beside `export const name = 'brave_web_search'` too.
    const found = nameOfObject(d ? objectNameAt(entry.file, d.index + d[0].length - 1) : undefined)
    if (found) return found
    // `export default createEventTool`: the constant it names.
    const alias = /\bexport\s+default\s+([A-Za-z_$][\w$]*)[ \t]*(?:;[ \t]*)?$/m.exec(entry.file.bare)?.[1]
    if (alias && alias !== 'default') return nameIn(path, alias, object, files, paths, repo, depth + 1)
  }
  const found = nameOfObject(files.objects(path)!.get(base))
  if (found) return found
  // `export { X } from './x'`, `export * from './x'`: one step further.
  const language = languageOf(path)
  if (depth < 3 && (language === 'typescript' || language === 'javascript')) {
    for (const m of entry.file.code.matchAll(/\bexport\s+(?:\*|\{([^{}]{0,4000})\})\s*from\s*(['"])([^'"\n]+)\2/g)) {
      if (m[1] !== undefined && !new RegExp(`(?:^|[\\s,])${base.replace(/\$/g, '\\$')}(?:\\s|,|$)`).test(m[1])) continue
      for (const next of moduleFiles(path, m[3], language, paths, repo)) {
        const found = nameIn(next, ident, object, files, paths, repo, depth + 1)
        if (found) return found
      }
    }
  }
  return undefined
}

const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx', '.cjs']

/**
 * The repository files a module specifier may name, from the importing file (relative specifiers, and Python's absolute
 * modules).
 */
function moduleFiles(
  file: string,
  spec: string,
  language: Language | undefined,
  paths: Set<string>,
  repo: Repository
): string[] {
  if (language === 'python') {
    const dots = /^\.*/.exec(spec)![0].length
    const rest = spec.slice(dots).split('.').filter(Boolean).join('/')
    if (dots) {
      let dir = posix.dirname(file)
      for (let i = 1; i < dots; i++) dir = posix.dirname(dir)
      const base = posix.join(dir === '.' ? '' : dir, rest)
      return [`${base}.py`, `${base}/__init__.py`].filter((p) => paths.has(p))
    }
    // An absolute module: a file whose path ends with it (the package may sit under src/ or a subfolder).
    const ends = [`/${rest}.py`, `/${rest}/__init__.py`]
    return repo.files
      .map((f) => f.path)
      .filter((p) => p === `${rest}.py` || p === `${rest}/__init__.py` || ends.some((e) => p.endsWith(e)))
  }
  if (!spec.startsWith('.')) return []
  const base = posix.normalize(posix.join(posix.dirname(file), spec))
  const stem = base.replace(/\.(?:[cm]?js|jsx|tsx?)$/, '')
  const candidates = [base, ...JS_EXTENSIONS.map((e) => stem + e), ...JS_EXTENSIONS.map((e) => `${base}/index${e}`)]
  return candidates.filter((p, i) => paths.has(p) && candidates.indexOf(p) === i)
}

/**
 * Go, C#, Java, Kotlin: the files of the same language in the same directory (a Go package; where C# and Java keep a
 * namespace's classes), and, for `pkg.Name`, those in a directory named `pkg` (Go) or declaring the class `pkg`.
 */
function packageFiles(
  file: string,
  ident: string,
  language: Language | undefined,
  repo: Repository,
  files: Files
): string[] {
  if (!language || language === 'typescript' || language === 'javascript' || language === 'python') return []
  const dir = posix.dirname(file)
  const qualifier = ident.includes('.') ? ident.split('.')[0] : undefined
  const same = repo.files
    .map((f) => f.path)
    .filter((p) => p !== file && posix.dirname(p) === dir && languageOf(p) === language)
  // `ToolNames.SEARCH`: the class is declared in a file of another package too.
  if (qualifier && language !== 'go') {
    const declaring = files.declaring(qualifier).filter((p) => p !== file && languageOf(p) === language)
    return [...same, ...declaring.filter((p) => !same.includes(p))]
  }
  if (!qualifier) return same
  const other = repo.files
    .map((f) => f.path)
    .filter((p) => languageOf(p) === 'go' && posix.basename(posix.dirname(p)) === qualifier)
  return [...same, ...other]
}

/**
 * Wrappers: a function whose parameter a registration inside it names its tool with (`func ConvertTool(name, …) {
 * mcp.Tool{Name: name} }`).
 * Each call of it in the MCP files of its language gives a name (a literal, a constant of the
 * calling file), or is itself inside a wrapper (followed), or is computed.
 */
function resolveWrappers(
  params: Param[],
  files: Files,
  paths: Set<string>,
  repo: Repository,
  source: SourceSecurityEvidence,
  tools: ToolRegistration[]
): void {
  type Wrapper = {
    fn: string
    index: number
    object: boolean
    list: boolean
    receiver?: string
    language: Language
    site: Param
    /** The registration in the first wrapper: where each name's tool is served from (its handler is there). */
    origin: FileEvidence
  }
  let wrappers: Wrapper[] = params.map((p) => ({
    fn: p.fn,
    index: p.index,
    object: p.object,
    list: p.list === true,
    ...(p.receiver ? { receiver: p.receiver } : {}),
    language: languageOf(p.file)!,
    site: p,
    origin: p.at
  }))
  const seen = new Set(wrappers.map((w) => `${w.language}:${w.fn}`))
  const naming = new Map<string, string[]>()
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH && wrappers.length; depth++) {
    const next: Wrapper[] = []
    for (const w of wrappers) {
      let calls = 0
      const receiver = w.receiver && `${w.language}:${w.receiver}`
      if (receiver && !naming.has(receiver)) naming.set(receiver, filesNaming(repo, w.language, w.receiver!))
      for (const path of receiver ? naming.get(receiver)! : source.mcpFiles) {
        if (languageOf(path) !== w.language) continue
        const entry = files.get(path)
        if (!entry || !entry.file.bare.includes(w.fn) || (w.receiver && !entry.file.bare.includes(w.receiver))) continue
        const file = entry.file
        const call = new RegExp(
          `(?<![\\w$])(?:[A-Za-z_$][\\w$]*\\.)?${w.fn.replace(/\$/g, '\\$')}\\s*(?:\\[[^\\]\\n]{0,200}\\]\\s*)?\\(`,
          'g'
        )
        for (const m of file.bare.matchAll(call)) {
          // Not the wrapper's own definition.
          if (
            /(?:func|def|function)\s+(?:\([^()\n]{0,200}\)\s*)?$/.test(
              file.bare.slice(Math.max(0, m.index - 220), m.index)
            )
          )
            continue
          // Nor a method's definition: a body follows its parameters.
          const close = closingBracket(file.bare, m.index + m[0].length - 1, 4000)
          if (close !== -1 && /^\s*(?::[^{};=]{0,200})?\{/.test(file.bare.slice(close + 1, close + 260))) continue
          if (w.receiver && !onReceiver(file.bare, m.index + m[0].lastIndexOf(w.fn), w.receiver)) continue
          const arg = argumentAt(file, m.index + m[0].length - 1, w.index)
          const fallback = w.site.fallback
          const left = !arg || /^(?:undefined|null)?$/.test(file.code.slice(arg.from, arg.to).trim())
          if (left && fallback !== undefined) {
            calls++
            tools.push({
              name: fallback,
              derived: false,
              at: file.at(
                m.index + m[0].length - 1,
                `registers tool "${fallback}" (through ${w.fn}, its default name)`
              ),
              isTest: file.isTest,
              site: w.origin
            })
            continue
          }
          if (!arg) continue
          calls++
          const text = file.code.slice(arg.from, arg.to).trim()
          const at =
            arg.from + (file.code.slice(arg.from, arg.to).length - file.code.slice(arg.from, arg.to).trimStart().length)
          const isTest = file.isTest
          if (w.list) {
            const outer = listArgument(file as CodeFile, text, at, w, files, paths, repo, tools)
            if (outer && !seen.has(`${w.language}:${outer.fn}`)) {
              seen.add(`${w.language}:${outer.fn}`)
              next.push({ ...w, fn: outer.fn, index: outer.index, site: outer })
            }
            continue
          }
          const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(text)
          if (lit) {
            tools.push({
              name: own(lit[2]),
              derived: false,
              at: file.at(at + 1, `registers tool "${lit[2]}" (through ${w.fn})`),
              isTest,
              site: w.origin
            })
            continue
          }
          const ident = /^(?:string\s*\(\s*)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\)?$/.exec(text)
          const constant = ident && !w.object ? files.constants(path)!.get(ident[1]) : undefined
          if (constant !== undefined) {
            tools.push({
              name: own(constant),
              derived: false,
              at: file.at(at, `registers tool "${constant}" (through ${w.fn}, constant ${ident![1]})`),
              isTest,
              site: w.origin
            })
            continue
          }
          const object = ident && w.object ? files.objects(path)!.get(ident[1])?.literal : undefined
          if (object !== undefined) {
            tools.push({
              name: own(object),
              derived: false,
              at: file.at(at, `registers tool "${object}" (through ${w.fn}, tool object ${ident![1]})`),
              isTest,
              site: w.origin
            })
            continue
          }
          const looped =
            ident && !ident[1].includes('.') ? loopNames(file as CodeFile, at, ident[1], w.object) : undefined
          if (looped) {
            for (const n of looped)
              tools.push(listedRegistration(file, n, isTest, `through ${w.fn}, from the list ${n.list}`))
            continue
          }
          const param = ident && !ident[1].includes('.') ? parameterOf(file, at, ident[1]) : undefined
          const expression = expressionText(text)
          const site: Param = {
            kind: 'param',
            file: path,
            fn: param?.fn ?? '',
            index: param?.index ?? 0,
            object: w.object,
            expression,
            at: file.at(at, `registers a tool named by ${expression}`),
            isTest
          }
          if (param && !seen.has(`${w.language}:${param.fn}`)) {
            seen.add(`${w.language}:${param.fn}`)
            next.push({ ...w, fn: param.fn, index: param.index, site })
          } else if (!param && ident) {
            // A constant another module or class keeps (`ToolNames.SEARCH`, an imported `SEARCH`).
            const head = ident[1].split('.')[0]
            const language = languageOf(path)
            const from =
              language === 'typescript' || language === 'javascript' || language === 'python'
                ? importsOf(file).get(head)
                : undefined
            const ref: Ref = {
              kind: 'ref',
              file: path,
              ident: own(from ? `${from.name}${ident[1].slice(head.length)}` : ident[1]),
              object: w.object,
              ...(from ? { from: own(from.from) } : {}),
              expression,
              at: site.at,
              isTest
            }
            resolveRef(ref, files, paths, repo, tools)
          } else if (!param) tools.push(computedTool(site))
        }
      }
      // A wrapper nobody calls in sight: its registration's name is unknown.
      if (!calls) tools.push(computedTool(w.site))
    }
    wrappers = next
  }
  for (const w of wrappers) tools.push(computedTool(w.site))
}

/**
 * A list of definitions handed to a wrapper (`setupRequestHandlers(server, TOOLS)` whose tools/list handler returns
 * its parameter), read as the source pass reads a listed identifier in the calling file; the calling function's
 * parameter is returned when the list is one in turn.
 */
function listArgument(
  file: CodeFile,
  text: string,
  at: number,
  w: { fn: string; object: boolean },
  files: Files,
  paths: Set<string>,
  repo: Repository,
  tools: ToolRegistration[]
): Param | undefined {
  const out: ToolsOut = { tools: [], toolFacts: [] }
  const ident = /^[A-Za-z_$][\w$]*$/.exec(text)?.[0]
  if (text.startsWith('[')) listElements(file, out, at)
  else if (ident) listedByIdentifier(file, out, ident, at)
  else {
    tools.push(computedTool({ expression: expressionText(text), at: file.at(at, ''), isTest: file.isTest }))
    return undefined
  }
  for (const t of out.tools) {
    t.at = { ...t.at, note: own(`${t.at.note} (through ${w.fn})`) }
    tools.push(t)
  }
  let param: Param | undefined
  for (const f of out.toolFacts) {
    if (f.kind === 'list') resolveList(f, files, paths, repo, tools)
    else if (f.kind === 'param' && f.list) param = f
    else if (f.kind === 'param' || f.kind === 'ref') tools.push(computedTool(f))
  }
  return param
}

/**
 * The files of a language whose text names a class (a builder's setter is called in tool classes that need not name
 * the SDK), read raw so that only those are lexed, and bounded as the step's other reads are.
 */
function filesNaming(repo: Repository, language: Language, cls: string): string[] {
  const found: string[] = []
  let reads = 0
  for (const f of repo.files) {
    if (languageOf(f.path) !== language) continue
    if (++reads > MAX_FILES_READ) break
    if (repo.read(f.path, { cache: false })?.includes(cls)) found.push(f.path)
  }
  return found
}

/** How many calls a chain is walked back through to its head. */
const MAX_CHAIN = 50

/**
 * Whether the method called at `at` is called on the class `cls`: the chain it ends (`Cls.forOutput(…).setName(`,
 * `new Cls(…).setName(`) starts at the class, or at a variable the file declares as one or makes from it.
 */
function onReceiver(bare: string, at: number, cls: string): boolean {
  let i = at - 1
  const skip = () => {
    while (i >= 0 && isSpaceChar(bare.charCodeAt(i))) i--
  }
  skip()
  if (bare[i] !== '.') return false
  for (let hop = 0; hop < MAX_CHAIN; hop++) {
    i--
    skip()
    if (bare[i] === ')') {
      let depth = 0
      for (; i >= 0; i--) {
        const ch = bare.charCodeAt(i)
        if (ch === 41) depth++
        else if (ch === 40 && --depth === 0) break
      }
      i--
      skip()
    }
    const end = i
    while (i >= 0 && isWordChar(bare.charCodeAt(i))) i--
    if (i === end) return false
    const name = bare.slice(i + 1, end + 1)
    skip()
    if (bare[i] === '.') continue
    return name === cls || declaredAs(bare, name, cls)
  }
  return false
}

/**
 * Whether a variable is declared with the class's type, or first given a value that starts at the class (`var b =
 * Cls.create()`, `new Cls()`, either branch of `cond ? Cls.a() : Cls.b()`).
 */
function declaredAs(bare: string, variable: string, cls: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(variable)) return false
  const typed = new RegExp(
    `\\b${cls}(?:<[^<>;\\n]{0,200}>)?[ \\t]+${variable}\\b|\\b${variable}[ \\t]*:[ \\t]*${cls}\\b`
  )
  if (typed.test(bare)) return true
  const assigned = new RegExp(`(?<![\\w$.])${variable}[ \\t]*=(?!=)`).exec(bare)
  if (!assigned) return false
  const from = assigned.index + assigned[0].length
  const end = bare.indexOf(';', from)
  const value = bare.slice(from, end === -1 || end - from > 400 ? from + 400 : end)
  const choice = value.indexOf('?')
  return new RegExp(`^\\s*(?:new\\s+)?${cls}\\b`).test(choice === -1 ? value : value.slice(choice + 1))
}

/** The text range of the call's argument at `index` (the call's `(` at `open`), top-level commas only. */
function argumentAt(file: SourceFile, open: number, index: number): { from: number; to: number } | undefined {
  const close = closingBracket(file.bare, open, 200_000)
  if (close === -1) return undefined
  let depth = 0
  let n = 0
  let start = open + 1
  for (let i = open + 1; i <= close; i++) {
    const ch = file.bare.charCodeAt(i)
    if (i === close || (ch === 44 && depth === 0)) {
      if (n === index) return file.bare.slice(start, i).trim() ? { from: start, to: i } : undefined
      n++
      start = i + 1
    } else if (ch === 40 || ch === 91 || ch === 123) depth++
    else if (ch === 41 || ch === 93 || ch === 125) depth--
  }
  return undefined
}

/** Tools of a mounted server served under its namespace: `prefix_name`, through every mount above it. */
function applyMounts(mounts: Extract<ToolFact, { kind: 'mount' }>[], tools: ToolRegistration[]): void {
  if (!mounts.length) return
  const byChild = new Map<string, string[]>()
  for (const m of mounts) {
    const child = m.child.split('.').pop()!
    const list = byChild.get(child) ?? []
    list.push(m.prefix)
    byChild.set(child, list)
  }
  const parentOf = new Map(mounts.map((m) => [m.child.split('.').pop()!, m.parent.split('.').pop()!]))
  for (const t of tools) {
    if (!t.server || t.computed) continue
    const server = t.server.split('.').pop()!
    if (!byChild.has(server)) continue
    // The chain of mounts up to the top server (a bounded walk: a cycle ends it).
    let name = t.name
    let at: string | undefined = server
    for (let hop = 0; at && byChild.has(at) && hop < 8; hop++) {
      const prefix = byChild.get(at)![0]
      if (prefix) name = `${prefix}_${name}`
      at = parentOf.get(at)
    }
    if (name !== t.name) {
      t.at = { ...t.at, note: own(`registers tool "${name}" (${t.name} on ${t.server}, mounted with its namespace)`) }
      t.name = own(name)
      // A mounted name is the served name, not one derived to compare loosely.
      t.derived = false
    }
  }
}
