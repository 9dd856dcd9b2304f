// The parser evaluation of issue #4: tree-sitter (web-tree-sitter with the
// prebuilt grammars of tree-sitter-wasms) against our comment- and
// string-aware lexer (src/evidence/source/lexer.ts), on precision and on speed.
//
//   npm run bench:parsers
//
// Precision: tree-sitter's syntax tree is taken as the truth about which
// characters are comments, string contents and code. We count (a) the letters
// and digits the lexer classes differently, per language, on the fixtures and
// the SDKs' example servers, and (b) the evidence our detectors report that
// tree-sitter places inside a comment (each would be a false alarm).
// Speed: both classify every source file of the seeded 20,000-file synthetic
// repository (bench/generate.mjs), single-threaded, file texts already read.
//
// tree-sitter is not a dependency of the gate: it is installed here, once, into
// a temporary prefix (like Node 24 in .ci/run).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bench, describe } from 'vitest'
import { collectRepoEvidence } from '../src/evidence/index.js'
import { languageOf, Repository, type Language } from '../src/evidence/repository.js'
import { sourceViews } from '../src/evidence/source/lexer.js'
import type { FileEvidence } from '../src/findings.js'
import { generate } from './generate.mjs'

const ROOT = join(import.meta.dirname, '..')
const PREFIX = join(tmpdir(), 'golive-tree-sitter-0.25.10')
const GRAMMAR: Record<Language, string> = {
  typescript: 'typescript',
  javascript: 'javascript',
  python: 'python',
  csharp: 'c_sharp',
  go: 'go',
  java: 'java',
  kotlin: 'kotlin'
}

if (!existsSync(join(PREFIX, 'node_modules', 'web-tree-sitter', 'package.json'))) {
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--silent',
      '--prefix',
      PREFIX,
      'web-tree-sitter@0.25.10',
      'tree-sitter-wasms@0.1.13'
    ],
    { stdio: 'inherit' }
  )
}
// Loaded by path: the module is not a dependency of the project.
const ts = await import(pathToFileURL(join(PREFIX, 'node_modules', 'web-tree-sitter', 'tree-sitter.js')).href)
await ts.Parser.init()
const parsers = new Map<Language, { parse(text: string): { rootNode: TsNode; delete(): void } }>()
for (const [language, grammar] of Object.entries(GRAMMAR) as [Language, string][]) {
  const parser = new ts.Parser()
  parser.setLanguage(
    await ts.Language.load(join(PREFIX, 'node_modules', 'tree-sitter-wasms', 'out', `tree-sitter-${grammar}.wasm`))
  )
  parsers.set(language, parser)
}
const tsx = new ts.Parser()
tsx.setLanguage(
  await ts.Language.load(join(PREFIX, 'node_modules', 'tree-sitter-wasms', 'out', 'tree-sitter-tsx.wasm'))
)

interface TsNode {
  type: string
  /** Anonymous nodes are tokens: the `string` keyword of a type annotation is one. */
  isNamed: boolean
  startIndex: number
  endIndex: number
  childCount: number
  child(i: number): TsNode
}

type Class = 0 | 1 | 2 | 3 // code, comment, string content, code inside a string's interpolation

const STRING =
  /^(string|template_string|string_literal|verbatim_string_literal|raw_string_literal|interpreted_string_literal|interpolated_string_expression|character_literal|rune_literal|text_block|multiline_string_literal)$/
// Code inside a string (not `interpolated_string_text`, which is the string's own text).
const CODE_INSIDE_STRING = /^(interpolation|template_substitution|interpolated_expression|interpolated_identifier)$/

/** What tree-sitter says each character is. Offsets are UTF-16 indices (web-tree-sitter's startIndex on a JS string). */
function treeSitterClasses(text: string, language: Language, path: string): Uint8Array {
  const parser = language === 'typescript' && path.endsWith('x') ? tsx : parsers.get(language)!
  const tree = parser.parse(text)
  const out = new Uint8Array(text.length)
  const visit = (n: TsNode, inString: boolean) => {
    if (/comment/.test(n.type)) {
      out.fill(1, n.startIndex, n.endIndex)
      return
    }
    if (!inString && n.isNamed && STRING.test(n.type)) {
      // The contents, without the prefix (f, @, $, r…) and the quotes around them.
      const s = text.slice(n.startIndex, n.endIndex)
      const open = /^[^'"`]*(['"`]+)/.exec(s)
      const close = /(['"`]+)$/.exec(s)
      const from = n.startIndex + (open ? open[0].length : 0)
      const to = n.endIndex - (close && close.index >= (open ? open[0].length : 0) ? close[1].length : 0)
      if (to > from) out.fill(2, from, to)
      inString = true
    } else if (inString && CODE_INSIDE_STRING.test(n.type)) {
      out.fill(3, n.startIndex, n.endIndex)
      inString = false
    }
    for (let i = 0; i < n.childCount; i++) visit(n.child(i), inString)
  }
  visit(tree.rootNode, false)
  tree.delete()
  return out
}

/** What the lexer says: blanked in `code` → comment; kept in `code` but blanked in `bare` → string content. */
function lexerClass(text: string, views: { code: string; bare: string }, i: number): Class {
  if (views.code[i] !== text[i]) return 1
  if (views.bare[i] !== text[i]) return 2
  return 0
}

const ALNUM = /[A-Za-z0-9]/
const NAMES = ['code', 'comment', 'string', 'code in an interpolation'] as const

function sourceFiles(dir: string): { path: string; text: string; language: Language }[] {
  const repo = new Repository(dir)
  return repo.files.flatMap((f) => {
    const language = languageOf(f.path)
    const text = language && repo.read(f.path, { cache: false })
    return language && text !== undefined ? [{ path: f.path, text, language }] : []
  })
}

// ---------------------------------------------------------------- precision

const CORPUS = [
  'phase1-typescript',
  'phase1-python',
  'phase1-csharp',
  'phase1-go',
  'phase1-java',
  'third-party-text',
  'sdk-examples'
].map((d) => join(ROOT, 'test', 'fixtures', d))
const perLanguage = new Map<
  Language,
  { files: number; chars: number; differ: number; filesDiffering: number; kinds: Map<string, number> }
>()
const examples: string[] = []
let evidenceTotal = 0
const evidenceInComments: string[] = []
for (const dir of CORPUS) {
  const files = sourceFiles(dir)
  const classes = new Map<string, { text: string; cls: Uint8Array }>()
  for (const f of files) {
    const cls = treeSitterClasses(f.text, f.language, f.path)
    classes.set(f.path, { text: f.text, cls })
    const views = sourceViews(f.text, f.language)
    const row = perLanguage.get(f.language) ?? { files: 0, chars: 0, differ: 0, filesDiffering: 0, kinds: new Map() }
    perLanguage.set(f.language, row)
    row.files++
    let differ = 0
    for (let i = 0; i < f.text.length; i++) {
      if (!ALNUM.test(f.text[i])) continue
      row.chars++
      const mine = lexerClass(f.text, views, i)
      if (mine === cls[i] || (cls[i] === 3 && mine === 0)) continue
      differ++
      const kind = `tree-sitter ${NAMES[cls[i]]}, lexer ${NAMES[mine]}`
      row.kinds.set(kind, (row.kinds.get(kind) ?? 0) + 1)
      if (differ === 1 && examples.length < 12) {
        const line = f.text.slice(0, i).split('\n').length
        examples.push(
          `${f.language} ${dir.split('/').at(-1)}/${f.path}:${line}: ${kind}: ${JSON.stringify(f.text.split('\n')[line - 1].trim().slice(0, 90))}`
        )
      }
    }
    row.differ += differ
    if (differ) row.filesDiffering++
  }
  // Evidence the detectors report: none may sit in a comment.
  const ev = await collectRepoEvidence(new Repository(dir), { jobs: 1 })
  const places: FileEvidence[] = [
    ...ev.source.tools.map((t) => t.at),
    ...ev.source.contentTypes.map((c) => c.at),
    ...ev.source.networkCalls.map((c) => c.at),
    ...ev.source.thirdPartyReads.map((r) => r.at),
    ...Object.values(ev.auth).flatMap((hits) => (hits as { at: FileEvidence }[]).map((h) => h.at))
  ]
  for (const at of places) {
    const file = classes.get(at.file)
    if (!file) continue
    evidenceTotal++
    const lineStart =
      at.line === 1
        ? 0
        : file.text
            .split('\n')
            .slice(0, at.line - 1)
            .join('\n').length + 1
    if (file.cls[lineStart + at.column - 1] === 1)
      evidenceInComments.push(`${dir.split('/').at(-1)}/${at.file}:${at.line}:${at.column}`)
  }
}

// ---------------------------------------------------------------- speed

const synthetic = mkdtempSync(join(tmpdir(), 'golive-parsers-'))
generate(synthetic, 20000)
const big = sourceFiles(synthetic)
rmSync(synthetic, { recursive: true, force: true })
const bytes = big.reduce((n, f) => n + f.text.length, 0)
const time = (fn: () => void) => {
  const t = performance.now()
  fn()
  return performance.now() - t
}
const lexerMs = time(() => big.forEach((f) => sourceViews(f.text, f.language)))
const treeMs = time(() => big.forEach((f) => treeSitterClasses(f.text, f.language, f.path)))
const parseOnlyMs = time(() =>
  big.forEach((f) =>
    (f.language === 'typescript' && f.path.endsWith('x') ? tsx : parsers.get(f.language)!).parse(f.text).delete()
  )
)
const wasmBytes = [...Object.values(GRAMMAR), 'tsx'].reduce(
  (n, g) => n + readFileSync(join(PREFIX, 'node_modules', 'tree-sitter-wasms', 'out', `tree-sitter-${g}.wasm`)).length,
  0
)

const lines = [
  '',
  '## Parser evaluation: tree-sitter 0.25.10 (tree-sitter-wasms 0.1.13) against the lexer',
  '',
  'Precision — letters and digits classed differently (tree-sitter taken as the truth), fixtures and SDK examples:',
  '',
  'Interpolations (`${…}`, f-string and C# `{…}`, Kotlin `$name`) are code for both; differences inside one are counted as such.',
  '',
  '| language | files | letters/digits | differing | files with any | how |',
  '|---|---:|---:|---:|---:|---|',
  ...[...perLanguage].map(
    ([l, r]) =>
      `| ${l} | ${r.files} | ${r.chars} | ${r.differ} (${((100 * r.differ) / Math.max(1, r.chars)).toFixed(3)} %) | ${r.filesDiffering} | ${[...r.kinds].map(([k, n]) => `${k}: ${n}`).join('; ') || '—'} |`
  ),
  '',
  `Evidence the detectors report: ${evidenceTotal} places, ${evidenceInComments.length} inside a comment per tree-sitter${evidenceInComments.length ? `: ${evidenceInComments.join(', ')}` : ''}.`,
  '',
  ...(examples.length ? ['First difference per file (up to 12):', '', ...examples.map((e) => `- ${e}`), ''] : []),
  `Speed — ${big.length} source files, ${(bytes / 1e6).toFixed(1)} MB, one thread, texts in memory:`,
  '',
  '| | ms | MB/s |',
  '|---|---:|---:|',
  `| lexer (comment and string views) | ${lexerMs.toFixed(0)} | ${(bytes / 1e3 / lexerMs).toFixed(0)} |`,
  `| tree-sitter parse only | ${parseOnlyMs.toFixed(0)} | ${(bytes / 1e3 / parseOnlyMs).toFixed(0)} |`,
  `| tree-sitter parse and classify | ${treeMs.toFixed(0)} | ${(bytes / 1e3 / treeMs).toFixed(0)} |`,
  '',
  `Grammars for the five languages (plus TSX and Kotlin): ${(wasmBytes / 1e6).toFixed(1)} MB of WebAssembly that dist/ would carry.`,
  ''
]
console.log(lines.join('\n'))

// The per-file cost, for vitest's own statistics.
const sample = sourceFiles(CORPUS[0])
describe('classify one fixture server', () => {
  bench('lexer', () => sample.forEach((f) => sourceViews(f.text, f.language)))
  bench('tree-sitter', () => sample.forEach((f) => treeSitterClasses(f.text, f.language, f.path)))
})
