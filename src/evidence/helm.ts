// Helm charts read as data: the templates rendered with the chart's values by a
// small evaluator of the template language's common forms — `.Values` paths,
// `if`/`else`/`with`/`range` on them, `toYaml … | (n)indent`, `quote`,
// `default` — one build per values file (values.yaml, and values-<env>.yaml over
// it). What it cannot resolve (named templates, functions it does not know,
// conditions on them) is not guessed: the value becomes a marked placeholder
// and the line is listed as templated, so checks say "not verified" there
// instead of passing or failing. Nothing is executed; `helm template` is not run.
// Hand-written: Helm's engine is Go's text/template plus Sprig; no JavaScript
// library renders charts, and none that ran a chart's code would be safe here.
import { posix } from 'node:path'
import { stringify } from 'yaml'
import { isSpaceChar } from '../chars.js'
import { isRecord, locatorOf, manifestData, nodeAt, parseYamlAll, plainData } from '../yaml-positions.js'
import type { K8sObject } from './kubernetes-objects.js'
import type { Repository } from './repository.js'

/** The start of a value the renderer could not resolve. */
export const TEMPLATED = '⟪templated⟫'
export const isTemplated = (v: unknown): boolean => typeof v === 'string' && v.includes(TEMPLATED)

const UNKNOWN = Symbol('unknown')
type Value = unknown

interface Scope {
  root: Record<string, unknown>
  dot: Value
}

const truthy = (v: Value) => !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && !v.length) || (isRecord(v) && !Object.keys(v).length))

function get(v: Value, path: string[]): Value {
  let cur = v
  for (const k of path) {
    if (!isRecord(cur)) return undefined
    cur = cur[k]
  }
  return cur
}

/** One pipeline: `toYaml .Values.x | nindent 4`, `.Values.x | quote`, `not .Values.y`, `.Values.z | default "a"`. */
function evaluate(expr: string, scope: Scope): Value | typeof UNKNOWN {
  const stages = expr.split('|').map((s) => s.trim()).filter(Boolean)
  let value: Value | typeof UNKNOWN = term(stages[0] ?? '', scope)
  for (const stage of stages.slice(1)) {
    const [fn, ...args] = stage.split(/\s+/)
    if (value === UNKNOWN) return UNKNOWN
    if (fn === 'quote' || fn === 'squote' || fn === 'toString') value = value === undefined || value === null ? '' : String(value)
    else if (fn === 'default') value = truthy(value) ? value : literal(args.join(' '))
    else if (fn === 'toYaml') value = { yaml: value }
    else if (fn === 'nindent' || fn === 'indent' || fn === 'trim' || fn === 'int' || fn === 'lower' || fn === 'upper') value = fn === 'lower' && typeof value === 'string' ? value.toLowerCase() : fn === 'upper' && typeof value === 'string' ? value.toUpperCase() : value
    else return UNKNOWN
  }
  return value
}

function literal(s: string): Value | typeof UNKNOWN {
  const t = s.trim()
  if (/^"(?:[^"\\]|\\.)*"$/.test(t)) return t.slice(1, -1)
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t)
  if (t === 'true' || t === 'false') return t === 'true'
  return UNKNOWN
}

// A line terminator: what `.` does not match without the s flag.
const LINE_BREAK = /[\n\r\u2028\u2029]/
/** `m` unless its group `g` holds a line break. With the s flag `.+$` takes the rest at once; without it, a line
 * break after a run of spaces made `\s+` retry every shorter run (quadratic). The check refuses what `.` refused. */
const noBreak = (m: RegExpExecArray | null, g: number) => (m && !LINE_BREAK.test(m[g]) ? m : null)
/** The operand of a `not …` / `toYaml …` term, else undefined. */
export const notOperand = (s: string): string | undefined => noBreak(/^not\s+(.+)$/s.exec(s), 1)?.[1]
export const toYamlOperand = (s: string): string | undefined => noBreak(/^toYaml\s+(.+)$/s.exec(s), 1)?.[1]

function term(t: string, scope: Scope): Value | typeof UNKNOWN {
  const s = t.trim()
  const not = notOperand(s)
  if (not !== undefined) {
    const v = term(not, scope)
    return v === UNKNOWN ? UNKNOWN : !truthy(v)
  }
  const toYaml = toYamlOperand(s)
  if (toYaml !== undefined) {
    const v = term(toYaml, scope)
    return v === UNKNOWN ? UNKNOWN : { yaml: v }
  }
  if (s === '.') return scope.dot
  const values = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(s)
  if (values) return get(scope.root.Values, values[1].split('.').filter(Boolean))
  const chart = /^\$?\.Chart\.(\w+)$/.exec(s)
  if (chart) return get(scope.root.Chart, [chart[1]])
  const field = /^\.((?:[\w-]+)(?:\.[\w-]+)*)$/.exec(s)
  if (field && !/^(Release|Capabilities|Template|Files)\b/.test(field[1])) return get(scope.dot, field[1].split('.'))
  const lit = literal(s)
  return lit
}

/** A placeholder for a value that could not be resolved: a plain YAML scalar that says so. */
const placeholder = (expr: string) => `${TEMPLATED} ${expr.replace(/["'#:{}[\],&*!|>%@`]/g, '').replace(/\s+/g, ' ').trim()}`

interface Rendered {
  lines: string[]
  /** The template line (1-based) each rendered line comes from. */
  from: number[]
  /** Template lines the renderer could not resolve; `block`: a whole-line action (it could have written any keys there), else one value. */
  holes: { line: number; expr: string; block?: boolean }[]
}

// A line that is one action, `{{- expr -}}`; group 2 is the expression. Formerly /^\s*\{\{-?\s*(.*?)\s*-?\}\}\s*$/,
// whose three runs around `(.*?)` could split the same spaces many ways (cubic on a long line). Here the spaces
// after `{{` are taken at once (`(?=(\s*))\1`), and the expression is words without line breaks ending on a
// non-space that is not the `-` of a closing `-}}`: one way to read each line, same expression as before.
const ACTION_LINE = /^\s*\{\{-?(?=(\s*))\1((?:[^\S\n\r\u2028\u2029]*(?!-\}\}\s*$)\S)*)\s*-?\}\}\s*$/
/** The expression of a line that is one action, else undefined. */
export const actionOf = (line: string): string | undefined => ACTION_LINE.exec(line)?.[2]
// The s flag and noBreak: see there.
const CONTROL = /^(if|else if|else|with|range|end|define|block)\b\s*(.*)$/s
/** [, keyword, argument] of a control action (`if …`, `end`), else null. */
export const controlOf = (action: string) => noBreak(CONTROL.exec(action), 2)

/** Renders template lines [from, to) with a scope; returns the index after the block's `end`. */
function renderBlock(src: string[], i: number, scope: Scope, active: boolean, out: Rendered): number {
  let taken = false
  let branchActive = active
  while (i < src.length) {
    const line = src[i]
    const action = actionOf(line)
    const control = action === undefined ? null : controlOf(action)
    if (control) {
      const [, kw, arg] = control
      if (kw === 'end') return i + 1
      if (kw === 'else' || kw === 'else if') {
        if (!active || taken) branchActive = false
        else if (kw === 'else') branchActive = true
        else {
          const c = evaluate(arg, scope)
          if (c === UNKNOWN) {
            out.holes.push({ line: i + 1, expr: arg })
            branchActive = false
          } else branchActive = truthy(c)
        }
        taken ||= branchActive
        i++
        continue
      }
      // A nested block: if / with / range / define.
      const cond = kw === 'define' || kw === 'block' ? undefined : evaluate(arg, scope)
      if (!branchActive || kw === 'define' || kw === 'block') {
        i = renderBlock(src, i + 1, scope, false, out)
        continue
      }
      if (cond === UNKNOWN) {
        // Unknown condition: its first branch is kept (as written), the others not, and the line is listed as templated.
        out.holes.push({ line: i + 1, expr: `${kw} ${arg}`, block: true })
        i = renderBlockWithElse(src, i + 1, { ...scope, dot: UNKNOWN }, true, scope, out, false)
        continue
      }
      if (kw === 'range' && Array.isArray(cond) && cond.length) {
        let end = i + 1
        for (const item of cond) end = renderBlock(src, i + 1, { ...scope, dot: item }, true, out)
        i = end
        continue
      }
      const on = kw === 'range' ? false : truthy(cond)
      i = renderBlockWithElse(src, i + 1, kw === 'with' ? { ...scope, dot: cond } : scope, on, scope, out, !on)
      continue
    }
    if (branchActive) emit(line, i + 1, action, scope, out)
    i++
  }
  return i
}

/**
 * An if/with block whose first branch is `on`; `elseOpen`: a later else branch may still be taken.
 * Else branches see the outer scope. Returns the index after the block's `end`.
 */
function renderBlockWithElse(src: string[], i: number, inner: Scope, on: boolean, outer: Scope, out: Rendered, elseOpen: boolean): number {
  let depth = 0
  let j = i
  for (; j < src.length; j++) {
    const c = actionOf(src[j])
    const kw = c ? controlOf(c)?.[1] : undefined
    if (!kw) continue
    if (kw === 'if' || kw === 'with' || kw === 'range' || kw === 'define' || kw === 'block') depth++
    else if (kw === 'end') {
      if (depth === 0) break
      depth--
    } else if ((kw === 'else' || kw === 'else if') && depth === 0) break
  }
  renderBlock(src.slice(0, j), i, inner, on, out)
  if (j >= src.length) return j
  const [, kw, arg] = controlOf(actionOf(src[j])!)!
  if (kw === 'end') return j + 1
  let next = elseOpen
  if (kw === 'else if' && elseOpen) {
    const c = evaluate(arg, outer)
    if (c === UNKNOWN) {
      out.holes.push({ line: j + 1, expr: arg, block: true })
      next = false
    } else next = truthy(c)
    return renderBlockWithElse(src, j + 1, outer, next, outer, out, elseOpen && !next && c !== UNKNOWN)
  }
  return renderBlockWithElse(src, j + 1, outer, kw === 'else' ? elseOpen : false, outer, out, false)
}

function emit(line: string, n: number, wholeAction: string | undefined, scope: Scope, out: Rendered): void {
  if (wholeAction !== undefined) {
    // A line that is one action: toYaml blocks, includes. Comments and variable assignments emit nothing.
    if (/^\/\*/.test(wholeAction) || /^\$\w+\s*:?=/.test(wholeAction)) return
    const v = evaluate(wholeAction, scope)
    const indent = Number(/\b(?:n?indent)\s+(\d+)/.exec(wholeAction)?.[1] ?? /^\s*/.exec(line)![0].length)
    if (v === UNKNOWN) return void out.holes.push({ line: n, expr: wholeAction, block: true })
    const yaml = isRecord(v) && 'yaml' in v ? v.yaml : v
    if (yaml === undefined || yaml === null || (isRecord(yaml) && !Object.keys(yaml).length) || (Array.isArray(yaml) && !yaml.length)) return
    const text = typeof yaml === 'object' ? stringify(yaml, { indent: 2 }).trimEnd() : String(yaml)
    for (const l of text.split('\n')) {
      out.lines.push(`${' '.repeat(indent)}${l}`)
      out.from.push(n)
    }
    return
  }
  let rendered = ''
  let last = 0
  for (const { index, end, expr } of inlineActions(line)) {
    const v = evaluate(expr, scope)
    rendered += line.slice(last, index)
    if (v === UNKNOWN || isRecord(v) || Array.isArray(v)) {
      out.holes.push({ line: n, expr })
      rendered += placeholder(expr)
    } else rendered += v === undefined || v === null ? '' : String(v)
    last = end
  }
  rendered += line.slice(last)
  out.lines.push(rendered)
  out.from.push(n)
}

/**
 * The actions `{{ expr }}` in a line, as /\{\{-?\s*(.*?)\s*-?\}\}/g finds them: from each `{{` (and its `-` and
 * spaces) to the first `}}` after it, the expression without the spaces and `-` before the `}}`; none where a line
 * break falls in the expression. By hand: that regex, tried again at every `{{`, read on to the line's end each
 * time (cubic on a long line); here the next `}}` and the next line break are found once and reused, since the
 * place each `{{` starts looking from only moves forward.
 */
export function inlineActions(line: string): { index: number; end: number; expr: string }[] {
  const found: { index: number; end: number; expr: string }[] = []
  const breaks = /[\n\r\u2028\u2029]/g
  let close = -1 // the first `}}` at or after `from` (as last asked)
  let exprEnd = -1 // where the expression before that `}}` ends: before its spaces and `-`
  let brk = -1 // the first line break at or after `from`, or line.length
  for (let i = line.indexOf('{{'); i !== -1; ) {
    let from = i + 2
    if (line[from] === '-') from++
    while (from < line.length && isSpaceChar(line.charCodeAt(from))) from++
    if (close < from) {
      close = line.indexOf('}}', from)
      if (close === -1) break // no `}}` after here: no later `{{` has one either
      exprEnd = close > from && line[close - 1] === '-' ? close - 1 : close
      while (exprEnd > from && isSpaceChar(line.charCodeAt(exprEnd - 1))) exprEnd--
    }
    if (brk < from) {
      breaks.lastIndex = from
      brk = breaks.exec(line)?.index ?? line.length
    }
    const stop = Math.max(exprEnd, from)
    if (brk < stop) {
      i = line.indexOf('{{', i + 1)
      continue
    }
    found.push({ index: i, end: close + 2, expr: line.slice(from, stop) })
    i = line.indexOf('{{', close + 2)
  }
  return found
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  for (const [k, v] of Object.entries(b)) out[k] = isRecord(v) && isRecord(out[k]) ? deepMerge(out[k] as Record<string, unknown>, v) : v
  return out
}

function yamlData(repo: Repository, path: string): Record<string, unknown> {
  const doc = repo.yaml(path)?.docs[0]
  const v = doc && !doc.errors.length ? plainData(doc) : undefined
  return isRecord(v) ? v : {}
}

export interface HelmBuild {
  /** `<chart dir> (values file)` */
  overlay: string
  objects: K8sObject[]
}

/** Every chart (a folder with Chart.yaml) rendered once per values file; the files it used. */
export function renderCharts(repo: Repository, skip: RegExp): { builds: HelmBuild[]; consumed: Set<string> } {
  const consumed = new Set<string>()
  const builds: HelmBuild[] = []
  for (const chartFile of repo.files.filter((f) => posix.basename(f.path) === 'Chart.yaml' && !skip.test(f.path))) {
    const dir = posix.dirname(chartFile.path) === '.' ? '' : posix.dirname(chartFile.path)
    const under = (p: string) => (dir ? p.startsWith(`${dir}/`) : true)
    // Sub-charts (charts/*) are left to their own Chart.yaml.
    const templates = repo.files.filter((f) => under(f.path) && f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) && /\.ya?ml$/.test(f.path) && !posix.basename(f.path).startsWith('_'))
    const valuesFiles = repo.files.filter((f) => posix.dirname(f.path) === (dir || '.') && /^values([-.][\w-]+)?\.ya?ml$/.test(posix.basename(f.path)))
    for (const f of [chartFile, ...templates, ...valuesFiles]) consumed.add(f.path)
    const chart = yamlData(repo, chartFile.path)
    const defaults = valuesFiles.find((f) => /^values\.ya?ml$/.test(posix.basename(f.path)))
    const base = defaults ? yamlData(repo, defaults.path) : {}
    const variants = [{ label: defaults ? posix.basename(defaults.path) : 'no values.yaml', values: base }, ...valuesFiles.filter((f) => f !== defaults).map((f) => ({ label: posix.basename(f.path), values: deepMerge(base, yamlData(repo, f.path)) }))]
    for (const v of variants) {
      const overlay = `${dir || '.'} (${v.label})`
      const root = { Values: v.values, Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, ...chart }, Release: {} }
      const objects: K8sObject[] = []
      for (const t of templates) objects.push(...renderTemplate(repo, t.path, { root, dot: root }, overlay))
      builds.push({ overlay, objects })
    }
  }
  return { builds, consumed }
}

function renderTemplate(repo: Repository, path: string, scope: Scope, overlay: string): K8sObject[] {
  const text = repo.read(path)
  if (text === undefined) return []
  const out: Rendered = { lines: [], from: [], holes: [] }
  renderBlock(text.split('\n'), 0, scope, true, out)
  const { docs, lineCounter } = parseYamlAll(out.lines.join('\n'))
  const objects: K8sObject[] = []
  // Each document owns the template lines from its first line to the next document's (unresolved lines between belong to it).
  const docStart = docs.map((d, k) => (k === 0 ? 1 : out.from[lineCounter.linePos(d.range[0]).line - 1] ?? 1))
  for (const [k, doc] of docs.entries()) {
    const data = manifestData(doc)
    if (!data) continue
    const [first, last] = [docStart[k], (docStart[k + 1] ?? Number.MAX_SAFE_INTEGER) - 1]
    const holes = out.holes.filter((h) => h.line >= first && h.line <= last)
    const meta = isRecord(data.metadata) ? data.metadata : {}
    objects.push({
      apiVersion: data.apiVersion,
      kind: data.kind,
      name: typeof meta.name === 'string' ? meta.name : '',
      namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
      data,
      file: path,
      overlay,
      templated: [...new Map(holes.filter((h) => h.block).map((h) => [h.line, h])).values()].map((h) => ({ file: path, line: h.line, column: 1, note: `templated: ${h.expr.slice(0, 80)}` })),
      templateLines(sub) {
        const node = nodeAt(doc, sub)
        if (!node?.range) return undefined
        const a = lineCounter.linePos(node.range[0]).line
        const b = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line
        return [out.from[a - 1] ?? a, out.from[b - 1] ?? b]
      },
      // Positions in the rendered text, moved to the template lines they came from.
      locate: locatorOf(path, doc, lineCounter, [], (pos) => ({ line: out.from[pos.line - 1] ?? pos.line, column: pos.column }))
    })
  }
  return objects
}
