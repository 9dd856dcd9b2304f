// The derived step after the source pass: tool names that one file could not
// settle, resolved across the repository's own files. The pass scans files
// one at a time (in worker threads), so it records facts (tool-names named by
// an identifier from elsewhere, wrapper functions whose parameter is a tool's
// name, servers mounted under a namespace, tool objects made by a factory);
// here they are followed through imports, the same directory (a Go, C# or Java
// package), and wrapper calls. What still cannot be resolved becomes a
// registration with `computed`, so the check can say `not verified` there.
import { posix } from 'node:path'
import { languageOf, type Language, type Repository } from '../repository.js'
import { codeFileOf, own, type CodeFile, type SourceFile } from './scan.js'
import {
  expressionText,
  loopNames,
  type SourceSecurityEvidence,
  type ToolFact,
  type ToolRegistration
} from './security.js'
import { closingBracket, objectNameAt, parameterOf, stringConstantsOf, toolObjectsOf } from './tool-names.js'

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
  constructor(private readonly repo: Repository) {}

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
  if (!facts.length) return
  const files = new Files(repo)
  // The pass has listed the files it could not read; reading them again must not list them twice.
  const listed = repo.skipped.length
  const paths = new Set(repo.files.map((f) => f.path))
  const tools = source.tools
  for (const f of facts) if (f.kind === 'ref') resolveRef(f, files, paths, repo, tools)
  const params = facts.filter((f): f is Param => f.kind === 'param')
  if (params.length) resolveWrappers(params, files, source, tools)
  const computed = tools.some((t) => t.computed && !t.isTest)
  for (const f of facts) {
    if (f.kind === 'factory' && computed) tools.push({ name: f.name, derived: false, at: f.at, isTest: f.isTest })
  }
  applyMounts(
    facts.filter((f): f is Extract<ToolFact, { kind: 'mount' }> => f.kind === 'mount'),
    tools
  )
  repo.skipped.splice(listed)
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
  const candidates = f.from
    ? moduleFiles(f.file, f.from, language, paths, repo)
    : packageFiles(f.file, f.ident, language, repo)
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
  if (!object && base === ident) {
    const c = files.constants(path)!.get(ident)
    if (c !== undefined) return { value: c, path }
  }
  if (base === 'default') {
    const d = /\bexport\s+default\s+(?:[A-Za-z_$][\w$.]*\s*\(\s*)?\{/.exec(entry.file.bare)
    const n = d ? objectNameAt(entry.file, d.index + d[0].length - 1) : undefined
    if (n?.literal !== undefined) return { value: n.literal, path }
  }
  const o = files.objects(path)!.get(base)
  if (o?.literal !== undefined) return { value: o.literal, path }
  if (o?.ref !== undefined) {
    const c = files.constants(path)!.get(o.ref)
    if (c !== undefined) return { value: c, path }
  }
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
 * namespace's classes), or, for `pkg.Name`, in a directory named `pkg`.
 */
function packageFiles(file: string, ident: string, language: Language | undefined, repo: Repository): string[] {
  if (!language || language === 'typescript' || language === 'javascript' || language === 'python') return []
  const dir = posix.dirname(file)
  const qualifier = ident.includes('.') ? ident.split('.')[0] : undefined
  const same = repo.files
    .map((f) => f.path)
    .filter((p) => p !== file && posix.dirname(p) === dir && languageOf(p) === language)
  if (!qualifier || language !== 'go') return same
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
  source: SourceSecurityEvidence,
  tools: ToolRegistration[]
): void {
  type Wrapper = { fn: string; index: number; object: boolean; language: Language; site: Param }
  let wrappers: Wrapper[] = params.map((p) => ({
    fn: p.fn,
    index: p.index,
    object: p.object,
    language: languageOf(p.file)!,
    site: p
  }))
  const seen = new Set(wrappers.map((w) => `${w.language}:${w.fn}`))
  for (let depth = 0; depth < MAX_WRAPPER_DEPTH && wrappers.length; depth++) {
    const next: Wrapper[] = []
    for (const w of wrappers) {
      let calls = 0
      for (const path of source.mcpFiles) {
        if (languageOf(path) !== w.language) continue
        const entry = files.get(path)
        if (!entry || !entry.file.bare.includes(w.fn)) continue
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
          const arg = argumentAt(file, m.index + m[0].length - 1, w.index)
          if (!arg) continue
          calls++
          const text = file.code.slice(arg.from, arg.to).trim()
          const at =
            arg.from + (file.code.slice(arg.from, arg.to).length - file.code.slice(arg.from, arg.to).trimStart().length)
          const isTest = file.isTest
          const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(text)
          if (lit) {
            tools.push({
              name: own(lit[2]),
              derived: false,
              at: file.at(at + 1, `registers tool "${lit[2]}" (through ${w.fn})`),
              isTest
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
              isTest
            })
            continue
          }
          const object = ident && w.object ? files.objects(path)!.get(ident[1])?.literal : undefined
          if (object !== undefined) {
            tools.push({
              name: own(object),
              derived: false,
              at: file.at(at, `registers tool "${object}" (through ${w.fn}, tool object ${ident![1]})`),
              isTest
            })
            continue
          }
          const looped =
            ident && !ident[1].includes('.') ? loopNames(file as CodeFile, at, ident[1], w.object) : undefined
          if (looped) {
            for (const n of looped)
              tools.push({
                name: own(n.name),
                derived: false,
                at: file.at(n.at, `registers tool "${n.name}" (through ${w.fn}, from the list ${n.list})`),
                isTest
              })
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
            next.push({ fn: param.fn, index: param.index, object: w.object, language: w.language, site })
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
