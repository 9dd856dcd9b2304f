// Kustomize overlays read as data: resources followed inside the checkout, the
// namespace set, and patches applied — strategic merge (lists of containers,
// env, volumes and ports merged by their key, `$patch: delete` honoured) and
// JSON 6902 add/replace/remove — so the objects the checks judge are the ones
// an overlay deploys. Nothing is run: no kustomize build, no plugins, no remote
// bases, no generators. Every value keeps the place it came from, so evidence
// points at the patch line that set it, or else at the base.
// Hand-written: kustomize is a Go program; no JavaScript library applies its
// patches, let alone with source positions.
import { posix } from 'node:path'
import { Scalar, type Document, type LineCounter, type Node } from 'yaml'
import { RE2JS } from 're2js'
import type { FileEvidence } from '../findings.js'
import { isRecord, locatorOf, nodeAt, nodePosition, parseYamlAll, plainData } from '../yaml-positions.js'
import type { DeploymentGap, K8sObject } from './kubernetes-objects.js'
import type { Repository } from './repository.js'

type Path = readonly (string | number)[]
/** Where a path inside some YAML lies: a base object, a patch file, or an inline patch in a kustomization. */
type Locator = (path: Path, note?: string) => FileEvidence
interface Origin {
  at: Locator
  path: Path
}
type Data = Record<string, unknown>

/** Origins travel with the nodes they describe, so a list item keeps its place when items are added or deleted. */
class Provenance {
  readonly nodes = new WeakMap<object, Origin>()
  readonly keys = new WeakMap<object, Map<string | number, Origin>>()
  setKey(container: object, key: string | number, origin: Origin): void {
    let m = this.keys.get(container)
    if (!m) this.keys.set(container, (m = new Map()))
    m.set(key, origin)
  }
}

/**
 * A deep copy whose every object and list remembers where it came from. Keys starting with `$` (patch directives) are
 * dropped.
 */
function copy(value: unknown, at: Locator, path: Path, prov: Provenance): unknown {
  if (Array.isArray(value)) {
    const out = value.map((v, i) => copy(v, at, [...path, i], prov))
    prov.nodes.set(out, { at, path })
    return out
  }
  if (isRecord(value)) {
    const out: Data = {}
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = copy(v, at, [...path, k], prov)
    prov.nodes.set(out, { at, path })
    return out
  }
  return value
}

/** The place of a path in a rendered object: the last patch that set it or a node on the way, else the base. */
function locateRendered(root: Data, prov: Provenance, path: Path, note?: string): FileEvidence {
  let best = prov.nodes.get(root)!
  let from = 0
  let node: unknown = root
  for (let i = 0; i < path.length; i++) {
    if (!node || typeof node !== 'object') break
    const key = path[i]
    const keyOrigin = prov.keys.get(node)?.get(key)
    if (keyOrigin) {
      best = keyOrigin
      from = i + 1
    }
    const child = (node as Record<string | number, unknown>)[key]
    if (child && typeof child === 'object') {
      const nodeOrigin = prov.nodes.get(child)
      if (nodeOrigin) {
        best = nodeOrigin
        from = i + 1
      }
    }
    node = child
  }
  return best.at([...best.path, ...path.slice(from)], note)
}

/** Strategic-merge keys of the built-in kinds' lists the checks read (Kubernetes' patchMergeKey). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  imagePullSecrets: 'name'
}
/**
 * Kinds kustomize knows the schema of; for others (CRDs: HTTPRoute, SecurityPolicy…) a strategic merge replaces lists,
 * as kustomize does.
 */
const BUILTIN_GROUPS = /^(v1|apps\/v1|batch\/v1|networking\.k8s\.io\/v1|policy\/v1|rbac\.authorization\.k8s\.io\/v1)$/

function mergeMap(target: Data, patch: Data, at: Locator, path: Path, prov: Provenance, builtin: boolean): void {
  for (const [k, pv] of Object.entries(patch)) {
    if (k.startsWith('$')) continue
    const tv = target[k]
    if (pv === null) {
      delete target[k]
      prov.setKey(target, k, { at, path: [...path, k] })
    } else if (isRecord(pv) && isRecord(tv) && pv.$patch !== 'replace') {
      mergeMap(tv, pv, at, [...path, k], prov, builtin)
    } else if (builtin && Array.isArray(pv) && Array.isArray(tv) && (MERGE_KEYS[k] || k === 'ports')) {
      mergeList(tv, pv, k, at, [...path, k], prov)
    } else {
      target[k] = copy(pv, at, [...path, k], prov)
      prov.setKey(target, k, { at, path: [...path, k] })
    }
  }
}

function mergeList(
  target: unknown[],
  patch: unknown[],
  field: string,
  at: Locator,
  path: Path,
  prov: Provenance
): void {
  patch.forEach((item, i) => {
    if (!isRecord(item)) return
    // Container ports merge by containerPort, a Service's by port.
    const key = MERGE_KEYS[field] ?? ('containerPort' in item ? 'containerPort' : 'port')
    const j = target.findIndex((x) => isRecord(x) && x[key] === item[key])
    if (item.$patch === 'delete') {
      if (j >= 0) target.splice(j, 1)
    } else if (j >= 0) {
      // The merge key is the same on both sides: it keeps the base's place.
      const { [key]: _same, ...rest } = item
      mergeMap(target[j] as Data, rest, at, [...path, i], prov, true)
    } else {
      target.push(copy(item, at, [...path, i], prov))
    }
  })
}

/** RFC 6902 add / replace / remove on a rendered object; copy, move and test are not applied (noted). */
function applyJson6902(
  root: Data,
  ops: unknown[],
  at: Locator,
  prov: Provenance,
  say: (message: string) => void
): void {
  ops.forEach((op, i) => {
    if (!isRecord(op) || typeof op.path !== 'string') return
    const keys = op.path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    if (!keys.length) return
    let parent: unknown = root
    for (const k of keys.slice(0, -1))
      parent = Array.isArray(parent) ? parent[Number(k)] : isRecord(parent) ? parent[k] : undefined
    const last = keys[keys.length - 1]
    const origin = { at, path: [i, 'value'] }
    if (op.op === 'add' || op.op === 'replace') {
      const value = copy(op.value, at, [i, 'value'], prov)
      if (Array.isArray(parent)) {
        const idx = last === '-' ? parent.length : Number(last)
        if (op.op === 'add') parent.splice(idx, 0, value)
        else parent[idx] = value
        prov.setKey(parent, idx, origin)
      } else if (isRecord(parent)) {
        parent[last] = value
        prov.setKey(parent, last, origin)
      }
    } else if (op.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1)
      else if (isRecord(parent)) delete parent[last]
    } else say(`JSON 6902 op "${String(op.op)}" is not applied`)
  })
}

// ---------------------------------------------------------------- reading

interface KustomizationFile {
  file: string
  dir: string
  data: Data
  doc: Document.Parsed
  lineCounter: LineCounter
}

const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'GatewayClass',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration'
])

/**
 * The documents of a patch: from a file, or from an inline string whose positions are mapped back into the
 * kustomization.
 */
function patchDocs(
  repo: Repository,
  k: KustomizationFile,
  entry: unknown,
  entryPath: Path,
  say: (message: string) => void
): { data: unknown; at: Locator }[] {
  if (typeof entry === 'string' && !entry.includes('\n') && /\.ya?ml$/i.test(entry))
    return fileDocs(repo, k, entry, say)
  const inline =
    typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined
  if (inline !== undefined) {
    const scalarPath = typeof entry === 'string' ? entryPath : [...entryPath, 'patch']
    const scalar = nodeAt(k.doc, scalarPath)
    const { docs, lineCounter } = parseYamlAll(inline)
    const shift = inlineShift(repo, k, scalar)
    return docs
      .filter((d) => !d.errors.length)
      .map((d) => ({ data: plainData(d), at: locatorOf(k.file, d, lineCounter, [], shift) }))
  }
  if (isRecord(entry) && typeof entry.path === 'string') return fileDocs(repo, k, entry.path, say)
  return []
}

function fileDocs(
  repo: Repository,
  k: KustomizationFile,
  rel: string,
  say: (message: string) => void
): { data: unknown; at: Locator }[] {
  const file = resolveLocal(k.dir, rel)
  if (file === undefined) return (say(`patch ${rel} is remote or outside the checkout; not applied`), [])
  const parsed = repo.yaml(file)
  if (!parsed) return (say(`patch ${rel} was not read (not in the checkout, or skipped); not applied`), [])
  return parsed.docs
    .filter((d) => !d.errors.length)
    .map((d) => ({ data: plainData(d), at: locatorOf(file, d, parsed.lineCounter) }))
}

/** Positions inside a block scalar (`patch: |-`) are its lines, indented, from the line after the indicator. */
function inlineShift(repo: Repository, k: KustomizationFile, scalar: Node | undefined) {
  const start = nodePosition(k.lineCounter, scalar)
  if (!(scalar instanceof Scalar) || (scalar.type !== Scalar.BLOCK_LITERAL && scalar.type !== Scalar.BLOCK_FOLDED))
    return () => start
  const text = repo.read(k.file) ?? ''
  const firstContentLine = text.split('\n')[start.line] ?? '' // the line after the indicator (0-based index = 1-based line)
  const indent = /^ */.exec(firstContentLine)![0].length
  return (p: { line: number; column: number }) => ({ line: start.line + p.line, column: p.column + indent })
}

/** A local path relative to a folder of the checkout; undefined for remote or escaping references. */
function resolveLocal(dir: string, rel: string): string | undefined {
  if (/^[a-z][\w+.-]*:\/\/|^github\.com\/|[?&]ref=|^git@/i.test(rel)) return undefined
  const p = posix.normalize(posix.join(dir || '.', rel))
  if (p.startsWith('..') || posix.isAbsolute(p)) return undefined
  return p === '.' ? '' : p.replace(/\/$/, '')
}

interface Target {
  kind?: string
  name?: string
  namespace?: string
  labelSelector?: string
}

/**
 * Each target name's pattern compiled once (undefined: RE2 cannot read it); bounded, as the patterns come from the
 * checkout.
 */
const NAME_PATTERNS = new Map<string, RE2JS | undefined>()
const MAX_NAME_PATTERNS = 1000

/**
 * A patch target's name is a Go regular expression that must match the whole name, as kustomize's
 * selector reads it. It is read with RE2's syntax (Go's) and matched in linear time by re2js: the
 * pattern and the names both come from the checkout, and JavaScript's backtracking engine takes
 * twice as long with each letter more on `(a|a)*x` (docs/performance.md). A pattern RE2
 * cannot read is compared as a plain name.
 */
function nameMatches(pattern: string, name: string): boolean {
  if (!NAME_PATTERNS.has(pattern)) {
    if (NAME_PATTERNS.size >= MAX_NAME_PATTERNS) NAME_PATTERNS.clear()
    let re: RE2JS | undefined
    try {
      re = RE2JS.compile(`^(?:${pattern})$`)
    } catch {
      re = undefined
    }
    NAME_PATTERNS.set(pattern, re)
  }
  const re = NAME_PATTERNS.get(pattern)
  return re ? re.matches(name) : pattern === name
}

function matches(o: Rendered, t: Target): boolean {
  const meta = (o.data.metadata ?? {}) as Data
  const name = String(meta.name ?? '')
  // Kind, name and namespace are each a regular expression matching the whole value, as kustomize's selector reads
  // them.
  if (t.kind && !nameMatches(String(t.kind), String(o.data.kind ?? ''))) return false
  if (t.name && !nameMatches(String(t.name), name)) return false
  if (t.namespace && !nameMatches(String(t.namespace), String(meta.namespace ?? ''))) return false
  if (t.labelSelector) {
    const labels = (meta.labels ?? {}) as Data
    for (const term of t.labelSelector.split(',')) {
      const [k, v] = term.split('=').map((s) => s.trim())
      if (v === undefined ? !(k in labels) : String(labels[k]) !== v) return false
    }
  }
  return true
}

interface Rendered {
  data: Data
  prov: Provenance
  /** The file the object was first read from. */
  file: string
}

export interface KustomizeBuild {
  /** The kustomization folder. */
  dir: string
  objects: K8sObject[]
  /**
   * What was not followed or applied (remote bases, unresolved components, unsupported ops), said rather than guessed.
   */
  notes: string[]
  /** The same, for the checks: each makes the checks on this build not verified. */
  gaps: DeploymentGap[]
}

/**
 * Builds every root kustomization (one no other kustomization includes) from the raw objects of
 * the checkout. Returns the builds and the files they consumed (resources and patches).
 */
export function buildKustomizations(
  repo: Repository,
  rawObjectsOf: (file: string) => K8sObject[],
  skip: RegExp
): { builds: KustomizeBuild[]; consumed: Set<string> } {
  const files = repo.files.filter((f) => KUSTOMIZATION_NAMES.includes(posix.basename(f.path)) && !skip.test(f.path))
  const byDir = new Map<string, KustomizationFile>()
  for (const f of files) {
    const parsed = repo.yaml(f.path)
    const doc = parsed?.docs[0]
    if (!parsed || !doc || doc.errors.length) continue
    const data = plainData(doc)
    if (!isRecord(data)) continue
    const dir = posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path)
    if (!byDir.has(dir)) byDir.set(dir, { file: f.path, dir, data, doc, lineCounter: parsed.lineCounter })
  }
  const consumed = new Set<string>()
  const included = new Set<string>()
  const list = (k: KustomizationFile, field: string): unknown[] =>
    Array.isArray(k.data[field]) ? (k.data[field] as unknown[]) : []
  for (const k of byDir.values()) {
    for (const r of [...list(k, 'resources'), ...list(k, 'bases'), ...list(k, 'components')]) {
      const p = typeof r === 'string' ? resolveLocal(k.dir, r) : undefined
      if (p !== undefined && byDir.has(p)) included.add(p)
    }
  }

  /** `into`: a component's parent's objects, which the component adds to and patches (else a new list). */
  const build = (k: KustomizationFile, stack: string[], gaps: DeploymentGap[], into?: Rendered[]): Rendered[] => {
    const say = (message: string) => void gaps.push({ file: k.file, message })
    if (stack.includes(k.dir)) {
      say(`includes itself through ${stack.join(' → ')}; not followed again`)
      return into ?? []
    }
    const objects: Rendered[] = into ?? []
    for (const field of ['resources', 'bases']) {
      list(k, field).forEach((r) => {
        if (typeof r !== 'string') return
        const p = resolveLocal(k.dir, r)
        if (p === undefined) return say(`${r} is remote or outside the checkout; not followed`)
        const sub = byDir.get(p)
        if (sub) objects.push(...build(sub, [...stack, k.dir], gaps))
        else if (repo.has(p)) {
          consumed.add(p)
          for (const o of rawObjectsOf(p)) {
            const prov = new Provenance()
            objects.push({ data: copy(o.data, o.locate, [], prov) as Data, prov, file: o.file })
          }
        } else say(`resource ${r} not found in the checkout`)
      })
    }
    // Components after the resources, before this kustomization's own patches (as kustomize orders them): each adds its
    // resources and patches everything so far.
    list(k, 'components').forEach((r) => {
      if (typeof r !== 'string') return
      const p = resolveLocal(k.dir, r)
      if (p === undefined) return say(`component ${r} is remote or outside the checkout; not applied`)
      const sub = byDir.get(p)
      if (!sub) return say(`component ${r} not found in the checkout; not applied`)
      build(sub, [...stack, k.dir], gaps, objects)
    })
    // namespace: set on every namespaced object, pointing at the kustomization's `namespace:`.
    if (typeof k.data.namespace === 'string') {
      const origin: Origin = { at: locatorOf(k.file, k.doc, k.lineCounter), path: ['namespace'] }
      for (const o of objects) {
        if (CLUSTER_SCOPED.has(String(o.data.kind))) continue
        const meta = (isRecord(o.data.metadata) ? o.data.metadata : (o.data.metadata = {})) as Data
        meta.namespace = k.data.namespace
        o.prov.setKey(meta, 'namespace', origin)
      }
    }
    const strategic = (patch: { data: unknown; at: Locator }, target?: Target) => {
      if (!isRecord(patch.data)) return
      const t: Target = target ?? {
        kind: patch.data.kind as string | undefined,
        name: (patch.data.metadata as Data | undefined)?.name as string | undefined
      }
      for (const o of objects.filter((x) => matches(x, t)))
        mergeMap(o.data, patch.data, patch.at, [], o.prov, BUILTIN_GROUPS.test(String(o.data.apiVersion)))
    }
    const json6902 = (patch: { data: unknown; at: Locator }, target: Target | undefined, where: string) => {
      if (!target) return say(`${where}: a JSON 6902 patch without a target is not applied`)
      for (const o of objects.filter((x) => matches(x, target)))
        applyJson6902(o.data, patch.data as unknown[], patch.at, o.prov, (m) => say(`${where}: ${m}`))
    }
    const targetOf = (e: unknown): Target | undefined =>
      isRecord(e) && isRecord(e.target) ? (e.target as Target) : undefined
    list(k, 'patchesStrategicMerge').forEach((e, i) => {
      if (typeof e === 'string' && /\.ya?ml$/i.test(e) && !e.includes('\n')) consumed.add(resolveLocal(k.dir, e) ?? e)
      for (const p of patchDocs(repo, k, e, ['patchesStrategicMerge', i], say)) strategic(p)
    })
    list(k, 'patches').forEach((e, i) => {
      if (isRecord(e) && typeof e.path === 'string') consumed.add(resolveLocal(k.dir, e.path) ?? e.path)
      for (const p of patchDocs(repo, k, e, ['patches', i], say)) {
        if (Array.isArray(p.data)) json6902(p, targetOf(e), `patches[${i}]`)
        else strategic(p, targetOf(e))
      }
    })
    list(k, 'patchesJson6902').forEach((e, i) => {
      if (isRecord(e) && typeof e.path === 'string') consumed.add(resolveLocal(k.dir, e.path) ?? e.path)
      for (const p of patchDocs(repo, k, e, ['patchesJson6902', i], say))
        json6902(p, targetOf(e), `patchesJson6902[${i}]`)
    })
    // namePrefix / nameSuffix after this level's patches (they target the names before it), as kustomize does.
    const prefix = typeof k.data.namePrefix === 'string' ? k.data.namePrefix : ''
    const suffix = typeof k.data.nameSuffix === 'string' ? k.data.nameSuffix : ''
    if (prefix || suffix) {
      const origin: Origin = {
        at: locatorOf(k.file, k.doc, k.lineCounter),
        path: [prefix ? 'namePrefix' : 'nameSuffix']
      }
      for (const o of objects) {
        const meta = o.data.metadata
        if (!isRecord(meta) || typeof meta.name !== 'string' || CLUSTER_SCOPED.has(String(o.data.kind))) continue
        meta.name = `${prefix}${meta.name}${suffix}`
        o.prov.setKey(meta, 'name', origin)
      }
    }
    // Generated ConfigMaps and Secrets hold no pod settings or routes; the others may change any object.
    for (const field of [
      'generators',
      'transformers',
      'helmCharts',
      'helmChartInflationGenerator',
      'replacements',
      'vars',
      'openapi',
      'crds'
    ])
      if (k.data[field] !== undefined) say(`${field} is not applied`)
    for (const field of ['configMapGenerator', 'secretGenerator'])
      if (k.data[field] !== undefined)
        gaps.push({ file: k.file, message: `${field} is not applied`, objectsUnchanged: true })
    return objects
  }

  const builds: KustomizeBuild[] = []
  for (const k of [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
    consumed.add(k.file)
    if (included.has(k.dir)) continue
    const gaps: DeploymentGap[] = []
    const rendered = build(k, [], gaps)
    for (const g of gaps) g.overlay = k.dir
    const notes = gaps.map((g) => `${g.file}: ${g.message}`)
    builds.push({
      dir: k.dir,
      notes,
      gaps,
      objects: rendered.map((r) => {
        const meta = (r.data.metadata ?? {}) as Data
        return {
          apiVersion: String(r.data.apiVersion ?? ''),
          kind: String(r.data.kind ?? ''),
          name: typeof meta.name === 'string' ? meta.name : '',
          namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
          data: r.data,
          file: r.file,
          overlay: k.dir,
          locate: (path, note) => locateRendered(r.data, r.prov, path, note)
        }
      })
    })
  }
  return { builds, consumed }
}
