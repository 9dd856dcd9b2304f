// Kubernetes objects from the YAML files of the checkout, with positions.
// Read as data only: no kustomize build, no Helm rendering, nothing executed.
import type { Document, LineCounter } from 'yaml'
import type { FileEvidence } from '../findings.js'
import { locatorOf, manifestData, MAX_ALIAS_COUNT } from '../yaml-positions.js'
import { renderCharts, type DisabledTemplate } from './helm.js'
import { buildKustomizations } from './kustomize.js'
import type { Repository } from './repository.js'

export interface K8sObject {
  apiVersion: string
  kind: string
  name: string
  namespace?: string
  /** The object as plain data (aliases bounded). */
  data: Record<string, unknown>
  file: string
  /**
   * The kustomization folder whose build this object is (resources, namespace and patches applied); undefined for a
   * manifest no kustomization includes.
   */
  overlay?: string
  /**
   * Helm: whole-line template actions that could not be resolved (they could write any keys there; checks say "not
   * verified").
   */
  templated?: FileEvidence[]
  /** Helm: the template lines a path's value was rendered from. */
  templateLines?(path: readonly (string | number)[]): [number, number] | undefined
  /** Where a path inside the object is, for evidence (in an overlay: the patch line that set it, else the base). */
  locate(path: readonly (string | number)[], note?: string): FileEvidence
}

/**
 * Something a build could not follow or render (a remote base, a component, a template past a bound): the checks on
 * that build are not verified.
 */
export interface DeploymentGap {
  /** The build it concerns: a kustomization folder or `<chart dir> (values file)`; undefined for every build. */
  overlay?: string
  /** The file that says it (the kustomization, the template). */
  file: string
  message: string
  /** Said, but it cannot change the objects the checks judge (a generated ConfigMap): the checks stay as they are. */
  objectsUnchanged?: true
}

const SKIP = /(^|\/)(\.github|node_modules|test|tests|fixtures|testdata)\//

/**
 * The objects the repository deploys: every kustomization that no other includes, built (see
 * kustomize.ts), plus every manifest no kustomization includes. Without kustomizations: every
 * object with apiVersion and kind in the YAML files (multi-document, `List` items expanded).
 */
export function readKubernetesObjects(repo: Repository): K8sObject[] {
  return readDeployment(repo).objects
}

export function readDeployment(repo: Repository): {
  objects: K8sObject[]
  notes: string[]
  gaps: DeploymentGap[]
  disabled: DisabledTemplate[]
} {
  const rawByFile = new Map<string, K8sObject[]>()
  const rawObjectsOf = (file: string): K8sObject[] => {
    let objects = rawByFile.get(file)
    if (!objects) rawByFile.set(file, (objects = objectsInFile(repo, file)))
    return objects
  }
  const manifests = repo
    .glob(['**/*.yaml', '**/*.yml'])
    .filter((f) => !SKIP.test(f.path) && !/(^|\/)(golive|dependabot|\.?codecov|mkdocs|action)\.ya?ml$/.test(f.path))
  const charts = renderCharts(repo, SKIP)
  const { builds, consumed } = buildKustomizations(
    repo,
    (file) => (charts.consumed.has(file) ? [] : rawObjectsOf(file)),
    SKIP
  )
  const standalone = manifests
    .filter((f) => !consumed.has(f.path) && !charts.consumed.has(f.path))
    .flatMap((f) => rawObjectsOf(f.path))
  const gaps = [...builds.flatMap((b) => b.gaps), ...charts.builds.flatMap((b) => b.gaps)]
  return {
    objects: [...standalone, ...builds.flatMap((b) => b.objects), ...charts.builds.flatMap((b) => b.objects)],
    notes: gaps.map((g) => `${g.file}: ${g.message}`),
    gaps,
    disabled: charts.builds.flatMap((b) => b.disabled)
  }
}

function objectsInFile(repo: Repository, path: string): K8sObject[] {
  const out: K8sObject[] = []
  // Most YAML in a checkout is no manifest (lockfiles, CI and docs settings), and parsing with
  // positions is the slow part (a large lockfile: docs/performance.md). An object needs an apiVersion,
  // which the file spells out, unless an escape in a double-quoted key hides it: then it is parsed.
  const text = repo.read(path)
  if (text === undefined || (!text.includes('apiVersion') && !text.includes('\\'))) return out
  const file = repo.yaml(path)
  if (!file) return out
  for (const doc of file.docs) {
    const obj = manifestData(doc)
    if (!obj) continue
    if (obj.kind === 'List' && Array.isArray(obj.items)) {
      obj.items.forEach((item, i) => {
        const o = toObject(item, path, doc, file.lineCounter, ['items', i])
        if (o) out.push(o)
      })
    } else {
      const o = toObject(obj, path, doc, file.lineCounter, [])
      if (o) out.push(o)
    }
  }
  return out
}

function toObject(
  value: unknown,
  path: string,
  doc: Document,
  lc: LineCounter,
  base: (string | number)[]
): K8sObject | undefined {
  const o = value as Record<string, unknown>
  if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string') return undefined
  const meta = (o.metadata ?? {}) as Record<string, unknown>
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    data: o,
    file: path,
    locate: locatorOf(path, doc, lc, base)
  }
}

/** A value at a path of plain data. */
export function dig(data: unknown, ...path: (string | number)[]): unknown {
  let v: unknown = data
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[k]
  }
  return v
}

export interface Kustomization {
  file: string
  dir: string
  namespace?: string
  resources: string[]
}

/**
 * kustomization.yaml files, read as data: their namespace and local resources (no remote bases, no plugins, nothing
 * run).
 */
export function readKustomizations(repo: Repository): Kustomization[] {
  const out: Kustomization[] = []
  for (const f of repo.glob(['**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'])) {
    const doc = repo.yaml(f.path)?.docs[0]
    if (!doc || doc.errors.length) continue
    let data: Record<string, unknown>
    try {
      data = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {}) as Record<string, unknown>
    } catch {
      continue
    }
    const resources = Array.isArray(data.resources)
      ? data.resources.map(String).filter((r) => !/^[a-z]+:\/\//i.test(r))
      : []
    out.push({
      file: f.path,
      dir: f.path.replace(/\/[^/]*$/, ''),
      namespace: typeof data.namespace === 'string' ? data.namespace : undefined,
      resources
    })
  }
  return out
}
