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
import { RE2JS } from 're2js'
import { isSpaceChar } from '../chars.js'
import { isRecord, locatorOf, manifestData, nodeAt, parseYamlAll, plainData } from '../yaml-positions.js'
import type { DeploymentGap, K8sObject } from './kubernetes-objects.js'
import type { Repository } from './repository.js'

/** The start of a value the renderer could not resolve. */
export const TEMPLATED = '⟪templated⟫'
export const isTemplated = (v: unknown): boolean => typeof v === 'string' && v.includes(TEMPLATED)

const UNKNOWN = Symbol('unknown')
type Value = unknown

interface Scope {
  root: Record<string, unknown>
  dot: Value
  /** `$`: the data the template (or the named template an include renders) was given. */
  top?: Value
  /** Template variables (`$v`, `$k, $v` of a range, `$x := …`). */
  vars: Record<string, unknown>
  /**
   * The chart's named templates (`define`), for `include` and `template`; `includes`: how deep includes are nested
   * here.
   */
  defines?: Map<string, { t: Parsed; from: number; to: number }>
  includes?: number
  /** The budget of the template being rendered, shared by the includes it renders. */
  budget?: Rendered['budget']
}

const truthy = (v: Value) =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && !v.length) ||
    (isRecord(v) && !Object.keys(v).length)
  )

function get(v: Value, path: string[]): Value {
  let cur = v
  for (const k of path) {
    if (!isRecord(cur)) return undefined
    cur = cur[k]
  }
  return cur
}

/** A string `indent`/`nindent` made: written as it is, its lines already indented. */
class Indented {
  constructor(readonly text: string) {}
}

/** A value as the template writes it: `toYaml` blocks as YAML, `nil` as nothing. */
function textOf(v: Value): string {
  if (v instanceof Indented) return v.text
  if (isRecord(v) && YAML in v) {
    const y = v[YAML]
    return y === undefined || y === null ? 'null' : stringify(y, { indent: 2 }).trimEnd()
  }
  return v === undefined || v === null ? '' : String(v)
}
/** The mark `toYaml` puts on its value (it is written as YAML, not as a Go map). */
const YAML = 'yaml'

/** Stages of a pipeline, split at `|` outside strings and parentheses; undefined when unbalanced. */
function pipelineStages(expr: string): string[] | undefined {
  const stages: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i]
    if (ch === '"' || ch === '`') {
      for (i++; i < expr.length && expr[i] !== ch; i++) if (ch === '"' && expr[i] === '\\') i++
    } else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      stages.push(expr.slice(from, i).trim())
      from = i + 1
    }
  }
  if (depth !== 0) return undefined
  stages.push(expr.slice(from).trim())
  return stages.filter(Boolean)
}

/** One pipeline: `toYaml .Values.x | nindent 4`, `.Values.x | quote`; each stage a call with the value piped last. */
function evaluate(expr: string, scope: Scope): Value | typeof UNKNOWN {
  const stages = pipelineStages(expr)
  if (!stages?.length) return UNKNOWN
  let value: Value | typeof UNKNOWN = term(stages[0], scope)
  for (const stage of stages.slice(1)) {
    if (value === UNKNOWN) return UNKNOWN
    const words = callWords(stage)
    if (!words?.length) return UNKNOWN
    value = apply(words[0], [...words.slice(1).map((w) => term(w, scope)), value], scope)
  }
  return value
}

function literal(s: string): Value | typeof UNKNOWN {
  const t = s.trim()
  if (/^"(?:[^"\\]|\\.)*"$/.test(t)) {
    try {
      return JSON.parse(t) as string
    } catch {
      return t.slice(1, -1)
    }
  }
  if (/^`[^`]*`$/.test(t)) return t.slice(1, -1)
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t)
  if (t === 'true' || t === 'false') return t === 'true'
  if (t === 'nil') return null
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
  if (s === '.') return scope.dot
  if (s === '$') return scope.top ?? scope.root
  const words = s.startsWith('(') ? callWords(s) : undefined
  // `(.context.Values.global).compatibility`: a field of a parenthesised value (callWords kept it one word).
  const close = words?.length === 1 && !s.endsWith(')') ? s.lastIndexOf(')') : -1
  if (close !== -1 && /^(?:\.[\w-]+)+$/.test(s.slice(close + 1))) {
    const v = term(s.slice(0, close + 1), scope)
    return v === UNKNOWN
      ? UNKNOWN
      : get(
          v,
          s
            .slice(close + 1)
            .split('.')
            .filter(Boolean)
        )
  }
  if (s.startsWith('(') && s.endsWith(')') && words?.length === 1) {
    if (s.startsWith('('.repeat(HELM_LIMITS.maxParens))) throw parensLimit()
    return evaluate(s.slice(1, -1), scope)
  }
  const variable = /^(\$\w*)((?:\.[\w-]+)*)$/.exec(s)
  if (variable) {
    const base = variable[1] === '$' ? (scope.top ?? scope.root) : scope.vars[variable[1]]
    if (variable[1] !== '$' && !(variable[1] in scope.vars)) return UNKNOWN
    return base === UNKNOWN ? UNKNOWN : field(base, variable[2].split('.').filter(Boolean), scope)
  }
  const path = /^((?:\.[\w-]+)+)$/.exec(s)
  if (path) return field(scope.dot, path[1].split('.').filter(Boolean), scope)
  const lit = literal(s)
  if (lit !== UNKNOWN) return lit
  // A function without arguments (`list`, `dict`).
  if (/^[a-zA-Z]\w*$/.test(s)) return apply(s, [], scope)
  return call(s, scope)
}

// The parts of Helm's top-level object a template reads from any depth (`.Values` where the dot is the root, or a
// dict passed as `context`). `.Release.Namespace` is where it is installed, which the checkout does not say.
const TOP_LEVEL = /^(Values|Chart|Release|Capabilities|Template|Files)$/

/** A field path from `base`: the top-level object's parts when `base` does not hold them; `.Files` is unknown. */
function field(base: Value, path: string[], scope: Scope): Value | typeof UNKNOWN {
  if (!path.length) return base
  const from = TOP_LEVEL.test(path[0]) && !(isRecord(base) && path[0] in base) ? scope.root : base
  if (from === scope.root && (path[0] === 'Files' || (path[0] === 'Release' && path[1] === 'Namespace'))) return UNKNOWN
  return get(from, path)
}

/**
 * Words of a call: quoted strings and parenthesised groups kept whole, else runs of non-spaces; undefined when a
 * parenthesis is unbalanced.
 */
function callWords(s: string): string[] | undefined {
  const words: string[] = []
  for (let i = 0; i < s.length;) {
    if (isSpaceChar(s.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    if (s[i] === '"' || s[i] === '`') {
      for (j = i + 1; j < s.length && s[j] !== s[i]; j++) if (s[i] === '"' && s[j] === '\\') j++
      j++
    } else if (s[i] === '(') {
      let depth = 0
      for (; j < s.length; j++) {
        // Deeper than any chart writes (each level is a call deeper): the template is not rendered.
        if (s[j] === '"' || s[j] === '`') {
          const q = s[j]
          for (j++; j < s.length && s[j] !== q; j++) if (q === '"' && s[j] === '\\') j++
        } else if (s[j] === '(' && ++depth > HELM_LIMITS.maxParens) throw parensLimit()
        else if (s[j] === ')' && --depth === 0) break
      }
      if (j >= s.length) return undefined
      j++
      // `(…).field`: the field is part of the same word.
      if (s[j] === '.') while (j < s.length && !isSpaceChar(s.charCodeAt(j)) && s[j] !== '(') j++
    } else while (j < s.length && !isSpaceChar(s.charCodeAt(j))) j++
    words.push(s.slice(i, j))
    i = j
  }
  return words
}

const parensLimit = () => new RenderLimit(`parentheses nest more than ${HELM_LIMITS.maxParens} deep`)
const includeLimit = () => new RenderLimit(`include, template and tpl nest more than ${HELM_LIMITS.maxIncludes} deep`)

/** A function call written out: `include "x" .`, `printf "%s" .Values.a`, `.Capabilities.APIVersions.Has "v1"`. */
function call(s: string, scope: Scope): Value | typeof UNKNOWN {
  const words = callWords(s)
  if (!words || words.length < 2) return UNKNOWN
  return apply(
    words[0],
    words.slice(1).map((w) => term(w, scope)),
    scope
  )
}

/** The API groups a cluster serves without custom resources, as `helm template` assumes. */
const BUILT_IN_APIS = new Set([
  'v1',
  'apps/v1',
  'batch/v1',
  'policy/v1',
  'autoscaling/v1',
  'autoscaling/v2',
  'networking.k8s.io/v1',
  'rbac.authorization.k8s.io/v1',
  'storage.k8s.io/v1',
  'scheduling.k8s.io/v1',
  'coordination.k8s.io/v1',
  'discovery.k8s.io/v1',
  'admissionregistration.k8s.io/v1',
  'apiextensions.k8s.io/v1',
  'certificates.k8s.io/v1',
  'node.k8s.io/v1',
  'events.k8s.io/v1'
])

/** The Kubernetes version `.Capabilities.KubeVersion` says (a current release). */
export const KUBE_VERSION = { Version: 'v1.31.0', GitVersion: 'v1.31.0', Major: '1', Minor: '31' }

const num = (v: Value) =>
  typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN

function kindOf(v: Value): string {
  if (v === undefined || v === null) return 'invalid'
  if (Array.isArray(v)) return 'slice'
  if (isRecord(v)) return 'map'
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64'
  return typeof v === 'boolean' ? 'bool' : 'string'
}

/** Maps merged the way Sprig's merge (`overwrite` false) and mergeOverwrite do, into `dst`. */
function mergeInto(dst: Record<string, unknown>, src: Record<string, unknown>, overwrite: boolean): void {
  for (const [k, v] of Object.entries(src)) {
    const d = dst[k]
    if (isRecord(d) && isRecord(v)) mergeInto(d, v, overwrite)
    else if (!(k in dst) || overwrite || d === undefined || d === null) dst[k] = isRecord(v) ? { ...v } : v
  }
}

const REGEXES = new Map<string, RE2JS | undefined>()
/** A template's regular expression, read with RE2's syntax (Go's) and run in linear time. */
function regex(pattern: string): RE2JS | undefined {
  if (!REGEXES.has(pattern)) {
    if (REGEXES.size >= 1000) REGEXES.clear()
    try {
      REGEXES.set(pattern, RE2JS.compile(pattern))
    } catch {
      REGEXES.set(pattern, undefined)
    }
  }
  return REGEXES.get(pattern)
}

/** A semantic version constraint (`>=1.21-0`, `<1.25-0 || ^2`, `~1.2`) checked against `version`. */
function semverSatisfies(constraint: string, version: string): boolean | typeof UNKNOWN {
  const parse = (v: string) => {
    const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:[-+].*)?$/.exec(v.trim())
    return m ? [Number(m[1]), Number(m[2]) || 0, Number(m[3]) || 0] : undefined
  }
  const have = parse(version)
  if (!have) return UNKNOWN
  const cmp = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
  const alternatives = constraint.split('||').map((alt) =>
    alt
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
  )
  let known = true
  const ok = alternatives.some((alt) =>
    alt.every((c) => {
      const m = /^(>=|<=|!=|>|<|=|\^|~)?(\S+)$/.exec(c)
      const want = m && parse(m[2])
      if (!m || !want) return !(known = false)
      const d = cmp(have, want)
      const op = m[1] ?? '='
      if (op === '^') return have[0] === want[0] && d >= 0
      if (op === '~') return have[0] === want[0] && have[1] === want[1] && d >= 0
      return { '>=': d >= 0, '<=': d <= 0, '!=': d !== 0, '>': d > 0, '<': d < 0, '=': d === 0 }[op]!
    })
  )
  return known ? ok : UNKNOWN
}

/**
 * A function applied to its arguments (a piped value comes last): the template language's and the Sprig functions
 * charts use; anything else is unknown. `and`/`or` stop at the first argument that decides, as templates do.
 */
function apply(fn: string, args: (Value | typeof UNKNOWN)[], scope: Scope): Value | typeof UNKNOWN {
  if (fn === 'and' || fn === 'or') {
    for (const a of args) {
      if (a === UNKNOWN) return UNKNOWN
      if (fn === 'and' ? !truthy(a) : truthy(a)) return a
    }
    return args[args.length - 1]
  }
  if (fn === 'default')
    return args.length === 2 && args[1] !== UNKNOWN && truthy(args[1]) ? args[1] : args.length === 2 ? args[0] : UNKNOWN
  if (fn === 'ternary')
    return args.length === 3 && args[2] !== UNKNOWN ? (truthy(args[2]) ? args[0] : args[1]) : UNKNOWN
  if (fn === 'coalesce') {
    for (const a of args) {
      if (a === UNKNOWN) return UNKNOWN
      if (truthy(a)) return a
    }
    return undefined
  }
  if (!args.every((a) => a !== UNKNOWN)) return UNKNOWN
  const a = args as Value[]
  // `.Capabilities.APIVersions.Has "x"`, also through a context (`.context.Capabilities…`).
  if (/^\$?(\.[\w-]+)*\.Capabilities\.APIVersions\.Has$/.test(fn))
    return typeof a[0] === 'string' ? BUILT_IN_APIS.has(a[0].replace(/\/[A-Z]\w*$/, '')) : UNKNOWN
  const str = (i: number) => textOf(a[i])
  switch (fn) {
    case 'include':
    case 'template':
      return typeof a[0] === 'string' && a.length <= 2 ? include(a[0], a[1], scope) : UNKNOWN
    case 'tpl':
      return typeof a[0] === 'string' && a.length === 2 ? renderString(a[0], { ...scope, dot: a[1] }) : UNKNOWN
    case 'pick':
    case 'omit': {
      if (!isRecord(a[0])) return UNKNOWN
      const names = new Set(a.slice(1).map(textOf))
      return Object.fromEntries(Object.entries(a[0]).filter(([k]) => names.has(k) === (fn === 'pick')))
    }
    case 'has':
      return Array.isArray(a[1]) ? a[1].includes(a[0]) : UNKNOWN
    case 'without':
      return Array.isArray(a[0]) ? a[0].filter((x) => !a.slice(1).includes(x)) : UNKNOWN
    case 'printf': {
      if (typeof a[0] !== 'string') return UNKNOWN
      let k = 1
      return a[0].replace(/%[sdvq%]/g, (m) =>
        m === '%%' ? '%' : m === '%q' ? JSON.stringify(textOf(a[k++])) : textOf(a[k++])
      )
    }
    case 'print':
      return a.map((_, i) => str(i)).join('')
    case 'cat':
      return a
        .filter((x) => x !== undefined && x !== null)
        .map(textOf)
        .join(' ')
    case 'eq':
      return a.length >= 2 ? a.slice(1).some((x) => x === a[0]) : UNKNOWN
    case 'ne':
      return a.length === 2 ? a[0] !== a[1] : UNKNOWN
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge': {
      const [x, y] = [num(a[0]), num(a[1])]
      if (Number.isNaN(x) || Number.isNaN(y)) return UNKNOWN
      return fn === 'lt' ? x < y : fn === 'le' ? x <= y : fn === 'gt' ? x > y : x >= y
    }
    case 'not':
    case 'empty':
      return a.length === 1 ? !truthy(a[0]) : UNKNOWN
    case 'hasKey':
      return a.length === 2 ? isRecord(a[0]) && typeof a[1] === 'string' && a[1] in a[0] : UNKNOWN
    case 'required':
      return a.length === 2 && a[1] !== undefined && a[1] !== null && a[1] !== '' ? a[1] : UNKNOWN
    case 'quote':
    case 'squote': {
      const q = fn === 'quote' ? '"' : "'"
      return a
        .filter((x) => x !== undefined && x !== null)
        .map((x) => (fn === 'quote' ? JSON.stringify(textOf(x)) : `${q}${textOf(x)}${q}`))
        .join(' ')
    }
    case 'toString':
      return str(0)
    case 'int':
    case 'int64':
    case 'float64':
      return Number.isNaN(num(a[0]))
        ? a[0] === undefined || a[0] === null
          ? 0
          : UNKNOWN
        : fn === 'float64'
          ? num(a[0])
          : Math.trunc(num(a[0]))
    case 'add':
    case 'sub':
    case 'mul':
    case 'max':
    case 'min': {
      const ns = a.map(num)
      if (ns.some(Number.isNaN)) return UNKNOWN
      const ops: Record<string, (x: number, y: number) => number> = {
        add: (x, y) => x + y,
        sub: (x, y) => x - y,
        mul: (x, y) => x * y,
        max: Math.max,
        min: Math.min
      }
      return ns.reduce(ops[fn])
    }
    case 'lower':
      return str(0).toLowerCase()
    case 'upper':
      return str(0).toUpperCase()
    case 'trim':
      return str(0).trim()
    case 'trimSuffix':
      return str(1).endsWith(str(0)) && str(0) ? str(1).slice(0, str(1).length - str(0).length) : str(1)
    case 'trimPrefix':
      return str(1).startsWith(str(0)) ? str(1).slice(str(0).length) : str(1)
    case 'trunc': {
      const n = num(a[0])
      if (!Number.isInteger(n)) return UNKNOWN
      return n >= 0 ? str(1).slice(0, n) : str(1).slice(n)
    }
    case 'replace':
      return str(2).split(str(0)).join(str(1))
    case 'contains':
      return str(1).includes(str(0))
    case 'hasPrefix':
      return str(1).startsWith(str(0))
    case 'hasSuffix':
      return str(1).endsWith(str(0))
    case 'toYaml':
      return { [YAML]: a[0] }
    case 'toJson':
      return JSON.stringify(a[0] ?? null)
    case 'fromYaml': {
      const doc = parseYamlAll(str(0)).docs[0]
      const v = doc && !doc.errors.length ? plainData(doc) : undefined
      return isRecord(v) ? v : {}
    }
    case 'dict': {
      const d: Record<string, unknown> = {}
      for (let i = 0; i + 1 < a.length; i += 2) d[str(i)] = a[i + 1]
      return d
    }
    case 'list':
      return [...a]
    case 'set':
      if (!isRecord(a[0]) || a.length !== 3) return UNKNOWN
      a[0][str(1)] = a[2]
      return a[0]
    case 'unset':
      if (!isRecord(a[0])) return UNKNOWN
      delete a[0][str(1)]
      return a[0]
    case 'get':
      return isRecord(a[0]) ? (a[0][str(1)] ?? '') : UNKNOWN
    case 'index': {
      let cur: Value = a[0]
      for (const k of a.slice(1)) cur = Array.isArray(cur) ? cur[num(k)] : isRecord(cur) ? cur[textOf(k)] : undefined
      return cur
    }
    case 'merge':
    case 'mergeOverwrite':
    case 'mustMerge':
    case 'mustMergeOverwrite': {
      if (!a.every((x) => isRecord(x) || x === undefined || x === null) || !isRecord(a[0])) return UNKNOWN
      for (const src of a.slice(1)) if (isRecord(src)) mergeInto(a[0], src, fn.endsWith('Overwrite'))
      return a[0]
    }
    case 'deepCopy':
      return a[0] === undefined ? undefined : (JSON.parse(JSON.stringify(a[0])) as unknown)
    case 'len':
      return Array.isArray(a[0]) ? a[0].length : isRecord(a[0]) ? Object.keys(a[0]).length : str(0).length
    case 'kindIs':
      return kindOf(a[1]) === a[0] || (a[0] === 'float64' && kindOf(a[1]) === 'int')
    case 'typeIs':
      return a[0] === 'string' ? typeof a[1] === 'string' : kindOf(a[1]) === a[0]
    case 'kindOf':
    case 'typeOf':
      return kindOf(a[0])
    case 'semverCompare':
      return semverSatisfies(str(0), str(1))
    case 'until':
      return Number.isInteger(num(a[0]))
        ? Array.from({ length: Math.max(0, Math.min(num(a[0]), 10_000)) }, (_, i) => i)
        : UNKNOWN
    case 'split':
    case 'splitn': {
      const parts = fn === 'split' ? str(1).split(str(0)) : str(2).split(str(0))
      const n = fn === 'split' ? parts.length : num(a[1])
      if (!Number.isInteger(n) || n < 1) return UNKNOWN
      const kept = parts.length > n ? [...parts.slice(0, n - 1), parts.slice(n - 1).join(str(0))] : parts
      return Object.fromEntries(kept.map((p, i) => [`_${i}`, p]))
    }
    case 'splitList':
      return str(1).split(str(0))
    case 'join':
      return Array.isArray(a[1]) ? a[1].map(textOf).join(str(0)) : UNKNOWN
    case 'first':
      return Array.isArray(a[0]) ? a[0][0] : UNKNOWN
    case 'last':
      return Array.isArray(a[0]) ? a[0][a[0].length - 1] : UNKNOWN
    case 'keys':
      return isRecord(a[0]) ? Object.keys(a[0]) : UNKNOWN
    case 'sortAlpha':
      return Array.isArray(a[0]) ? a[0].map(textOf).sort() : UNKNOWN
    case 'uniq':
      return Array.isArray(a[0]) ? [...new Set(a[0])] : UNKNOWN
    case 'compact':
      return Array.isArray(a[0]) ? a[0].filter(truthy) : UNKNOWN
    case 'concat':
      return a.every(Array.isArray) ? a.flat() : UNKNOWN
    case 'append':
      return Array.isArray(a[0]) ? [...a[0], a[1]] : UNKNOWN
    case 'indent':
    case 'nindent': {
      const n = num(a[0])
      if (!Number.isInteger(n) || n < 0) return UNKNOWN
      const body = textOf(a[1])
        .split('\n')
        .map((l) => ' '.repeat(n) + l)
        .join('\n')
      return new Indented(fn === 'nindent' ? `\n${body}` : body)
    }
    case 'regexReplaceAll':
    case 'regexReplaceAllLiteral': {
      const re = regex(str(0))
      const repl = str(2)
      return re ? re.matcher(str(1)).replaceAll(fn === 'regexReplaceAll' ? repl : () => repl) : UNKNOWN
    }
    case 'regexMatch': {
      const re = regex(str(0))
      return re ? re.matcher(str(1)).find() : UNKNOWN
    }
    case 'regexFind': {
      const re = regex(str(0))
      const m = re?.matcher(str(1))
      return m ? (m.find() ? m.group(0) : '') : UNKNOWN
    }
    case 'lookup':
      // `helm template` has no cluster to ask: an empty map, as it renders.
      return {}
    default:
      return UNKNOWN
  }
}

/**
 * A named template rendered with `dot` as its text (trimmed, as `{{- include … }}` is written), or UNKNOWN if any part
 * of it is.
 */
function include(name: string, dot: unknown, scope: Scope): Value | typeof UNKNOWN {
  const d = scope.defines?.get(name)
  if (!d) return UNKNOWN
  // Helm goes on to 1,000 and writes what the gate cannot see past its bound: the template is not rendered.
  if ((scope.includes ?? 0) >= HELM_LIMITS.maxIncludes) throw includeLimit()
  const out: Rendered = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } }
  const vars = Object.create(null) as Record<string, unknown>
  renderLines(d.t, d.from, d.to, { ...scope, dot, top: dot, vars, includes: (scope.includes ?? 0) + 1 }, out, 0)
  return out.holes.length ? UNKNOWN : out.lines.join('\n').trim()
}

/** `tpl`: a string of the values rendered as a template. */
function renderString(text: string, scope: Scope): Value | typeof UNKNOWN {
  if ((scope.includes ?? 0) >= HELM_LIMITS.maxIncludes) throw includeLimit()
  const t = parseTemplate(text)
  const out: Rendered = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } }
  renderLines(t, 0, t.src.length, { ...scope, includes: (scope.includes ?? 0) + 1 }, out, 0)
  return out.holes.length ? UNKNOWN : out.lines.join('\n')
}

/** Every `define` of a chart's templates and helpers (its sub-charts' helpers too, as Helm shares them). */
function definesOf(repo: Repository, files: string[]): Map<string, { t: Parsed; from: number; to: number }> {
  const defines = new Map<string, { t: Parsed; from: number; to: number }>()
  for (const f of files) {
    const text = repo.read(f)
    if (text === undefined || !text.includes('define')) continue
    const t = parseTemplate(text)
    t.control.forEach((c, i) => {
      if (c?.[0] !== 'define') return
      const name = literal(c[1])
      if (typeof name === 'string' && !defines.has(name)) defines.set(name, { t, from: i + 1, to: blockEnd(t, i) })
    })
  }
  return defines
}

/** A placeholder for a value that could not be resolved: a plain YAML scalar that says so. */
const placeholder = (expr: string) =>
  `${TEMPLATED} ${expr
    .replace(/["'#:{}[\],&*!|>%@`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()}`

interface Rendered {
  lines: string[]
  /** The template line (1-based) each rendered line comes from. */
  from: number[]
  /**
   * Template lines the renderer could not resolve; `block`: a whole-line action (it could have written any keys there),
   * else one value.
   */
  holes: { line: number; expr: string; block?: boolean }[]
  /** Lines visited and characters written so far (bounded by HELM_LIMITS), shared with the includes it renders. */
  budget: { steps: number; chars: number }
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

/** Bounds on rendering one template: past one, the template is not rendered and its chart says why. */
export const HELM_LIMITS = {
  /** Template lines visited, loops unrolled (nested `range` multiplies them). */
  maxSteps: 500_000,
  /** Characters written (a repeated `toYaml` of a large value multiplies them). */
  maxChars: 4 * 1024 * 1024,
  /** Blocks open at once (`if`, `with`, `range`, and the branches of one `else if` chain). */
  maxDepth: 100,
  /** `include`, `template` and `tpl` inside one another (a define that includes itself, a chain of defines). */
  maxIncludes: 20,
  /** Parentheses inside one another in one action. */
  maxParens: 32
}

/** Thrown when rendering passes a bound; the chart says the template was not rendered. */
class RenderLimit extends Error {}

/**
 * A template's lines read once: each line's action and control keyword, and where each block's branches and end are.
 */
interface Parsed {
  src: string[]
  action: (string | undefined)[]
  control: ([string, string] | undefined)[]
  /**
   * For a block opener or an `else`: the index of the next `else`/`else if`/`end` of the same block (none: the end of
   * the text).
   */
  next: number[]
}

/**
 * The text with each comment action (a `{{` then slash-star … star-slash `}}`, over several lines too) made
 * blank, its line breaks kept so line numbers stay: a licence header in a comment is not YAML.
 */
export function withoutComments(text: string): string {
  let out = ''
  let last = 0
  for (let i = text.indexOf('/*'); i !== -1;) {
    // A comment action: `{{` (and `-` and spaces) right before the `/*`.
    let k = i - 1
    while (k >= 0 && (text[k] === ' ' || text[k] === '-')) k--
    if (k < 1 || text[k] !== '{' || text[k - 1] !== '{') {
      i = text.indexOf('/*', i + 2)
      continue
    }
    const close = text.indexOf('*/', i + 2)
    if (close === -1) break
    const end = text.indexOf('}}', close + 2)
    if (end === -1) break
    out += text.slice(last, k - 1) + text.slice(k - 1, end + 2).replace(/[^\n]/g, '')
    last = end + 2
    i = text.indexOf('/*', last)
  }
  return out + text.slice(last)
}

/** An action written over several lines (`$presets := dict` then its entries) joined into its first line; the lines
 * it took stay, blank, so line numbers hold. Past 200 lines the action is left as written. */
function joinActions(src: string[]): string[] {
  for (let i = 0; i < src.length; i++) {
    const line = src[i]
    const open = line.lastIndexOf('{{')
    if (open === -1 || line.indexOf('}}', open) !== -1) continue
    let j = i + 1
    while (j < src.length && j - i <= 200 && !src[j].includes('}}')) j++
    if (j >= src.length || j - i > 200) continue
    src[i] = [line, ...src.slice(i + 1, j + 1).map((l) => l.trim())].join(' ')
    for (let k = i + 1; k <= j; k++) src[k] = ''
    i = j
  }
  return src
}

function parseTemplate(text: string): Parsed {
  const src = joinActions(withoutComments(text).split('\n'))
  const action = src.map(actionOf)
  const control = action.map((a) => {
    const c = a === undefined ? null : controlOf(a)
    return c ? ([c[1], c[2]] as [string, string]) : undefined
  })
  const next = new Array<number>(src.length).fill(src.length)
  // One pass with a stack of open blocks, each with its last branch (so each line is looked at once).
  const open: { last: number }[] = []
  control.forEach((c, i) => {
    if (!c) return
    const [kw] = c
    if (kw === 'if' || kw === 'with' || kw === 'range' || kw === 'define' || kw === 'block') open.push({ last: i })
    else if (kw === 'else' || kw === 'else if') {
      const top = open.at(-1)
      if (top) {
        next[top.last] = i
        top.last = i
      }
    } else if (kw === 'end') {
      const top = open.pop()
      if (top) next[top.last] = i
    }
  })
  return { src, action, control, next }
}

function step(out: Rendered): void {
  if (++out.budget.steps > HELM_LIMITS.maxSteps)
    throw new RenderLimit(
      `rendering visits more than ${HELM_LIMITS.maxSteps.toLocaleString('en')} template lines (nested loops)`
    )
}

/** The end of the block opened at `i`: follows its branches to the `end`. */
function blockEnd(t: Parsed, i: number): number {
  let j = t.next[i]
  while (j < t.src.length && t.control[j]?.[0] !== 'end') j = t.next[j]
  return j
}

/** Renders template lines [i, to) in a scope; `depth`: blocks open around them. */
function renderLines(t: Parsed, i: number, to: number, scope: Scope, out: Rendered, depth: number): void {
  while (i < to) {
    step(out)
    const c = t.control[i]
    if (!c) {
      emit(t.src[i], i + 1, t.action[i], scope, out)
      i++
      continue
    }
    const [kw] = c
    // A stray `else` or `end` (no block open here) writes nothing.
    if (kw === 'end' || kw === 'else' || kw === 'else if') {
      i++
      continue
    }
    const end = Math.min(blockEnd(t, i), to)
    if (kw !== 'define' && kw !== 'block') renderBlock(t, i, end, scope, out, depth + 1)
    i = end + 1
  }
}

/** One `if`/`with`/`range` block opened at line `i`, its `end` at `end`: the branch its values choose. */
function renderBlock(t: Parsed, i: number, end: number, scope: Scope, out: Rendered, depth: number): void {
  if (depth > HELM_LIMITS.maxDepth) throw new RenderLimit(`blocks nest more than ${HELM_LIMITS.maxDepth} deep`)
  const [kw, arg] = t.control[i]!
  const bodyEnd = Math.min(t.next[i], end)
  if (kw === 'range') {
    const { names, expr } = rangeHead(arg)
    const v = evaluate(expr, scope)
    if (v === UNKNOWN) {
      // Unknown list: the body is kept once (as written) and the line is listed as templated.
      out.holes.push({ line: i + 1, expr: `${kw} ${arg}`, block: true })
      return renderLines(
        t,
        i + 1,
        bodyEnd,
        { ...scope, dot: UNKNOWN, vars: bind(scope, names, UNKNOWN, UNKNOWN) },
        out,
        depth
      )
    }
    const items: [unknown, unknown][] = Array.isArray(v)
      ? v.map((x, k) => [k, x])
      : isRecord(v)
        ? Object.keys(v)
            .sort()
            .map((k) => [k, v[k]])
        : typeof v === 'number' && v > 0
          ? Array.from({ length: Math.min(v, HELM_LIMITS.maxSteps) }, (_, k) => [k, k])
          : []
    if (items.length) {
      for (const [k, x] of items)
        renderLines(t, i + 1, bodyEnd, { ...scope, dot: x, vars: bind(scope, names, k, x) }, out, depth)
      return
    }
    if (bodyEnd < end && t.control[bodyEnd]?.[0] === 'else')
      renderLines(t, bodyEnd + 1, Math.min(t.next[bodyEnd], end), scope, out, depth)
    return
  }
  // if / with, then `else if` / `else` branches: the first whose condition holds is rendered.
  for (let b = i; b < end; b = t.next[b]) {
    step(out)
    const [bkw, barg] = t.control[b]!
    const branchEnd = Math.min(t.next[b], end)
    const isWith = bkw === 'with' || (b === i && kw === 'with')
    const { names, expr } = isWith ? rangeHead(barg) : { names: [], expr: barg }
    const cond = bkw === 'else' ? true : evaluate(expr, scope)
    if (cond === UNKNOWN) {
      // Unknown condition: the first branch is kept (as written), the others not, and the line is listed as templated.
      out.holes.push({ line: b + 1, expr: b === i ? `${kw} ${barg}` : barg, block: true })
      if (b === i) renderLines(t, b + 1, branchEnd, isWith ? { ...scope, dot: UNKNOWN } : scope, out, depth)
      return
    }
    if (truthy(cond))
      return renderLines(
        t,
        b + 1,
        branchEnd,
        isWith ? { ...scope, dot: cond, vars: bind(scope, names, cond, cond) } : scope,
        out,
        depth
      )
    if (branchEnd >= end) return
  }
}

/** `$x := v` declares `$x` in this block; `$x = v` sets it where it was declared. */
function assignVar(scope: Scope, name: string, v: unknown, declare: boolean): void {
  if (!declare) {
    for (let o: Record<string, unknown> | null = scope.vars; o; o = Object.getPrototypeOf(o) as typeof o)
      if (Object.prototype.hasOwnProperty.call(o, name)) return void (o[name] = v)
  }
  scope.vars = Object.create(scope.vars) as Record<string, unknown>
  scope.vars[name] = v
}

/** `$k, $v := expr` / `$v := expr` / `expr` of a `range` or `with`. */
function rangeHead(arg: string): { names: string[]; expr: string } {
  const at = arg.indexOf(':=')
  if (at === -1) return { names: [], expr: arg }
  const names = arg
    .slice(0, at)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^\$\w+$/.test(s))
  return { names, expr: arg.slice(at + 2) }
}

/** The variables of a scope with a range's `$k, $v` (or `$v`) bound. */
function bind(scope: Scope, names: string[], key: unknown, value: unknown): Record<string, unknown> {
  if (!names.length) return scope.vars
  const vars = Object.create(scope.vars) as Record<string, unknown>
  if (names.length === 1) vars[names[0]] = value
  else {
    vars[names[0]] = key
    vars[names[1]] = value
  }
  return vars
}

function write(out: Rendered, line: string, n: number): void {
  out.budget.chars += line.length + 1
  if (out.budget.chars > HELM_LIMITS.maxChars)
    throw new RenderLimit(
      `rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`
    )
  out.lines.push(line)
  out.from.push(n)
}

function emit(line: string, n: number, wholeAction: string | undefined, scope: Scope, out: Rendered): void {
  if (wholeAction !== undefined) {
    // A line that is one action: toYaml blocks, includes. Comments and variable assignments emit nothing.
    if (/^\/\*/.test(wholeAction)) return
    const assign = /^(\$\w+)\s*(:?=)\s*/.exec(wholeAction)
    if (assign) {
      const v = evaluate(wholeAction.slice(assign[0].length), scope)
      assignVar(scope, assign[1], v, assign[2] === ':=')
      return
    }
    const v = evaluate(wholeAction, scope)
    if (v === UNKNOWN) return void out.holes.push({ line: n, expr: wholeAction, block: true })
    if (v instanceof Indented) {
      const lines = v.text.split('\n')
      for (const l of lines[0] === '' ? lines.slice(1) : lines) write(out, l, n)
      return
    }
    // `{{-` trims the spaces before it: what it writes starts at the line's start.
    const indent = /^\s*\{\{-/.test(line) ? 0 : /^\s*/.exec(line)![0].length
    const yaml = isRecord(v) && YAML in v ? v[YAML] : v
    if (
      yaml === undefined ||
      yaml === null ||
      (isRecord(yaml) && !Object.keys(yaml).length) ||
      (Array.isArray(yaml) && !yaml.length)
    )
      return
    const text = typeof yaml === 'object' ? stringify(yaml, { indent: 2 }).trimEnd() : String(yaml)
    if (text.length > HELM_LIMITS.maxChars)
      throw new RenderLimit(
        `rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`
      )
    for (const l of text.split('\n')) write(out, `${' '.repeat(indent)}${l}`, n)
    return
  }
  let rendered = ''
  let last = 0
  for (const { index, end, expr } of inlineActions(line)) {
    const v = evaluate(expr, scope)
    rendered += line.slice(last, index)
    last = end
    // `key: {{ include … | nindent 4 }}` left unknown could write any block under the key: the key stays, empty.
    if (v === UNKNOWN && /\b(n?indent|toYaml)\b/.test(expr) && /:\s*$/.test(rendered) && !line.slice(end).trim()) {
      out.holes.push({ line: n, expr, block: true })
      rendered = rendered.trimEnd()
    } else if (v === UNKNOWN || (isRecord(v) && !(v instanceof Indented) && !(YAML in v)) || Array.isArray(v)) {
      out.holes.push({ line: n, expr })
      rendered += placeholder(expr)
    } else {
      const text = textOf(v)
      // A one-line value YAML would read as a mapping (`x/:`) breaks the whole document in Helm too; quoted, the
      // rest of the object can still be judged.
      const quoted = /^["']/.test(text)
      rendered +=
        !quoted && !text.includes('\n') && /:(\s|$)/.test(text) && /:\s*$/.test(rendered) ? JSON.stringify(text) : text
    }
  }
  rendered += line.slice(last)
  // A value `nindent` wrote starts new lines under this one.
  for (const l of rendered.split('\n')) write(out, l, n)
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
  for (let i = line.indexOf('{{'); i !== -1;) {
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
  for (const [k, v] of Object.entries(b))
    out[k] = isRecord(v) && isRecord(out[k]) ? deepMerge(out[k] as Record<string, unknown>, v) : v
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
  /** Templates not rendered (a bound passed), said so the checks on this build are not verified. */
  gaps: DeploymentGap[]
  /**
   * Templates that render nothing because a condition on the values is false: what they would have made, and the
   * condition.
   */
  disabled: DisabledTemplate[]
}

export interface DisabledTemplate {
  overlay: string
  file: string
  /** The `if` / `with` argument that is false with these values, e.g. `.Values.httpRoute.enabled`. */
  condition: string
  /** The kinds the template's text names (`kind: HTTPRoute`). */
  kinds: string[]
}

/** Every chart (a folder with Chart.yaml) rendered once per values file; the files it used. */
export function renderCharts(repo: Repository, skip: RegExp): { builds: HelmBuild[]; consumed: Set<string> } {
  const consumed = new Set<string>()
  const builds: HelmBuild[] = []
  for (const chartFile of repo.files.filter((f) => posix.basename(f.path) === 'Chart.yaml' && !skip.test(f.path))) {
    const dir = posix.dirname(chartFile.path) === '.' ? '' : posix.dirname(chartFile.path)
    const under = (p: string) => (dir ? p.startsWith(`${dir}/`) : true)
    // Sub-charts (charts/*) are left to their own Chart.yaml.
    const templates = repo.files.filter(
      (f) =>
        under(f.path) &&
        f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) &&
        /\.ya?ml$/.test(f.path) &&
        !posix.basename(f.path).startsWith('_')
    )
    const valuesFiles = repo.files.filter(
      (f) => posix.dirname(f.path) === (dir || '.') && /^values([-.][\w-]+)?\.ya?ml$/.test(posix.basename(f.path))
    )
    for (const f of [chartFile, ...templates, ...valuesFiles]) consumed.add(f.path)
    const defines = definesOf(
      repo,
      repo.files
        .filter(
          (f) =>
            under(f.path) &&
            (f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) ||
              /(^|\/)charts\/[^/]+\/templates\/[^/]+\.tpl$/.test(f.path)) &&
            /\.(ya?ml|tpl)$/.test(f.path)
        )
        .map((f) => f.path)
    )
    const chart = yamlData(repo, chartFile.path)
    const defaults = valuesFiles.find((f) => /^values\.ya?ml$/.test(posix.basename(f.path)))
    const base = defaults ? yamlData(repo, defaults.path) : {}
    const variants = [
      { label: defaults ? posix.basename(defaults.path) : 'no values.yaml', values: base },
      ...valuesFiles
        .filter((f) => f !== defaults)
        .map((f) => ({ label: posix.basename(f.path), values: deepMerge(base, yamlData(repo, f.path)) }))
    ]
    for (const v of variants) {
      const overlay = `${dir || '.'} (${v.label})`
      const root = {
        Values: v.values,
        Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, ...chart },
        // `helm template`'s release; where it is installed (`.Release.Namespace`) stays unknown.
        Release: { Name: 'release-name', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
        Capabilities: { KubeVersion: KUBE_VERSION }
      }
      const objects: K8sObject[] = []
      const gaps: DeploymentGap[] = []
      const disabled: DisabledTemplate[] = []
      for (const t of templates) {
        try {
          const rendered = renderTemplate(
            repo,
            t.path,
            { root, dot: root, vars: Object.create(null) as Record<string, unknown>, defines },
            overlay
          )
          objects.push(...rendered)
          const off = rendered.length
            ? undefined
            : disabledBy(repo, t.path, {
                root,
                dot: root,
                vars: Object.create(null) as Record<string, unknown>,
                defines
              })
          if (off) disabled.push({ overlay, file: t.path, ...off })
        } catch (e) {
          if (!(e instanceof RenderLimit)) throw e
          gaps.push({ overlay, file: t.path, message: `not rendered: ${e.message}` })
        }
      }
      builds.push({ overlay, objects, gaps, disabled })
    }
  }
  return { builds, consumed }
}

/**
 * The condition of a template wrapped whole in one `if`/`with` that is false with these values (it renders nothing
 * because of it).
 */
function disabledBy(repo: Repository, path: string, scope: Scope): { condition: string; kinds: string[] } | undefined {
  const text = repo.read(path)
  if (text === undefined) return undefined
  const t = parseTemplate(text)
  const first = t.control.findIndex((c, i) => c !== undefined || t.src[i].trim() !== '')
  const c = first === -1 ? undefined : t.control[first]
  if (!c || (c[0] !== 'if' && c[0] !== 'with')) return undefined
  const end = blockEnd(t, first)
  if (t.src.slice(end + 1).some((l) => l.trim() !== '')) return undefined
  const v = evaluate(c[1], { ...scope, budget: { steps: 0, chars: 0 } })
  if (v === UNKNOWN || truthy(v)) return undefined
  const kinds = [
    ...new Set(
      t.src.flatMap((l) => {
        const m = /^\s*kind:\s*(\w+)\s*$/.exec(l)
        return m ? [m[1]] : []
      })
    )
  ]
  return { condition: c[1], kinds }
}

function renderTemplate(repo: Repository, path: string, scope: Scope, overlay: string): K8sObject[] {
  const text = repo.read(path)
  if (text === undefined) return []
  const out: Rendered = { lines: [], from: [], holes: [], budget: { steps: 0, chars: 0 } }
  const parsed = parseTemplate(text)
  renderLines(parsed, 0, parsed.src.length, { ...scope, budget: out.budget }, out, 0)
  const { docs, lineCounter } = parseYamlAll(out.lines.join('\n'))
  // Rendered text that is not YAML hides whatever it holds: said, so the chart's checks are not verified.
  const broken = docs.find((d) => d.errors.length)
  if (broken) {
    const at = lineCounter.linePos(broken.errors[0].pos[0]).line
    throw new RenderLimit(
      `the rendered text is not YAML near template line ${out.from[at - 1] ?? at} (${broken.errors[0].code})`
    )
  }
  const objects: K8sObject[] = []
  // Each document owns the template lines from its first line to the next document's (unresolved lines between belong
  // to it).
  const docStart = docs.map((d, k) => (k === 0 ? 1 : (out.from[lineCounter.linePos(d.range[0]).line - 1] ?? 1)))
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
      templated: [...new Map(holes.filter((h) => h.block).map((h) => [h.line, h])).values()].map((h) => ({
        file: path,
        line: h.line,
        column: 1,
        note: `templated: ${h.expr.slice(0, 80)}`
      })),
      templateLines(sub) {
        const node = nodeAt(doc, sub)
        if (!node?.range) return undefined
        const a = lineCounter.linePos(node.range[0]).line
        const b = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line
        return [out.from[a - 1] ?? a, out.from[b - 1] ?? b]
      },
      // Positions in the rendered text, moved to the template lines they came from.
      locate: locatorOf(path, doc, lineCounter, [], (pos) => ({
        line: out.from[pos.line - 1] ?? pos.line,
        column: pos.column
      }))
    })
  }
  return objects
}
