// What production deploys, read by checks of several phases (infra, security, auth, observability):
// the objects of the production build, their containers and their containers' environment.
import type { K8sObject } from '../src/evidence/kubernetes-objects.js'
import type { FileEvidence } from '../src/findings.js'
import { type CheckContext, dig } from '../src/check.js'

/** The production environment among the declared ones: the one named prod…, else the last. */
export function prodEnvironment(envs: string[]): string {
  return envs.find((e) => /^prod/i.test(e)) ?? envs[envs.length - 1]
}

export const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Pod',
  'ReplicationController'
])

/** The pod spec path of a workload kind. */
export function podSpecPath(kind: string): string[] {
  if (kind === 'Pod') return ['spec']
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec']
  return ['spec', 'template', 'spec']
}

export interface ContainerRef {
  object: K8sObject
  podPath: string[]
  pod: Record<string, unknown>
  list: 'initContainers' | 'containers' | 'ephemeralContainers'
  index: number
  container: Record<string, unknown>
  name: string
  at: FileEvidence
}

/**
 * The objects production runs: manifests no kustomization includes, plus the build of the overlay
 * named for golive.yaml's prod environment (a folder of that name); when no overlay is named so,
 * every build. A base fixed in the prod overlay passes; what the prod patch breaks fails there.
 */
export function deployedObjects(ctx: CheckContext): K8sObject[] {
  const chosen = chosenOverlays(ctx)
  const argo = argoSourcePaths(ctx)
  return ctx.repo.kubernetes.filter(
    (o) => (o.overlay === undefined || chosen.has(o.overlay)) && !isNonProduction(o, argo)
  )
}

/** Manifests that only development, tests, evaluations or examples use (reported apart, never blocking). */
export function nonProductionObjects(ctx: CheckContext): K8sObject[] {
  const argo = argoSourcePaths(ctx)
  return ctx.repo.kubernetes.filter((o) => isNonProduction(o, argo))
}

// Folders of development, test, evaluation and example manifests, and kind/minikube cluster settings.
export const NON_PRODUCTION_DIR = /(^|\/)(dev|local|test[\w.-]*|e2e|evals?|examples?|hack|kind|minikube)\//i

export const NON_PRODUCTION_FILE = /(^|\/)(kind|minikube|docker-compose|compose)[\w.-]*\.ya?ml$/i

/**
 * The folders Argo CD Applications deploy (`spec.source.path`, `spec.sources[].path`): what they include is production
 * whatever its folder.
 */
export function argoSourcePaths(ctx: CheckContext): string[] {
  const apps = ctx.repo.kubernetes.filter((o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'))
  return apps
    .flatMap((a) => [
      dig(a.data, 'spec', 'source', 'path'),
      ...((dig(a.data, 'spec', 'sources') as unknown[] | undefined) ?? []).map((x) => dig(x, 'path'))
    ])
    .filter((p): p is string => typeof p === 'string' && p !== '')
    .map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''))
}

/**
 * An object is non-production when the file (or the kustomization folder, or chart) it comes from is under such a
 * folder, and no Argo CD Application deploys it.
 */
export function isNonProduction(o: K8sObject, argoPaths: string[]): boolean {
  // A kustomization folder's own name is its environment (overlays/dev), which the prod overlay choice handles: only
  // the folders above it count.
  const where = o.overlay !== undefined && !o.overlay.includes(' (') ? o.overlay : o.file
  const above = where.slice(0, where.lastIndexOf('/') + 1)
  if (!NON_PRODUCTION_DIR.test(above) && !(o.overlay === undefined && NON_PRODUCTION_FILE.test(o.file))) return false
  return !argoPaths.some((p) => where === p || where.startsWith(`${p}/`))
}

/**
 * The builds production deploys: those named for the prod environment, else every build (a build whose every object
 * failed to render counts too).
 */
export function chosenOverlays(ctx: CheckContext): Set<string> {
  const overlays = [
    ...new Set(
      [...ctx.repo.kubernetes, ...(ctx.repo.deploymentGaps ?? [])].flatMap((o) =>
        o.overlay === undefined ? [] : [o.overlay]
      )
    )
  ]
  const prod = prodEnvironment(ctx.config.environments)
  // A folder (deploy/overlays/prod) or a values file (chart (values-prod.yaml)) named for prod.
  const prodOverlays = overlays.filter((d) => d.split(/[/\s().\-_]+/).includes(prod))
  return new Set(prodOverlays.length ? prodOverlays : overlays)
}

/** How an object is named in evidence: kind and name, and the overlay that builds it. */
export const objectLabel = (o: K8sObject) =>
  `${o.kind} ${o.name}${o.overlay !== undefined ? ` (${o.overlay || '.'})` : ''}`

export function workloads(ctx: CheckContext): K8sObject[] {
  return deployedObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind))
}

export function containersOf(o: K8sObject): ContainerRef[] {
  const podPath = podSpecPath(o.kind)
  const pod = (dig(o.data, ...podPath) ?? {}) as Record<string, unknown>
  const refs: ContainerRef[] = []
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const items = pod[list]
    if (!Array.isArray(items)) continue
    items.forEach((c, index) => {
      const name = String((c as Record<string, unknown>)?.name ?? `#${index}`)
      refs.push({
        object: o,
        podPath,
        pod,
        list,
        index,
        container: (c ?? {}) as Record<string, unknown>,
        name,
        at: o.locate(
          [...podPath, list, index, 'name'],
          `${objectLabel(o)}, ${list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container'} ${name}`
        )
      })
    })
  }
  return refs
}

export interface ContainerEnv {
  name: string
  value: unknown
  /** Where the entry's `name` and `value` keys are. */
  nameAt: FileEvidence
  valueAt: FileEvidence
}

/** Every `env` entry of every container of every workload, located. */
export function containerEnv(ctx: CheckContext): ContainerEnv[] {
  const out: ContainerEnv[] = []
  for (const ref of workloads(ctx).flatMap(containersOf)) {
    const env = ref.container.env
    if (!Array.isArray(env)) continue
    env.forEach((e, i) => {
      const { name, value } = (e ?? {}) as { name?: unknown; value?: unknown }
      const base = [...ref.podPath, ref.list, ref.index, 'env', i]
      const label = `${ref.at.note}: env ${String(name ?? '')}`
      out.push({
        name: String(name ?? ''),
        value,
        nameAt: ref.object.locate([...base, 'name'], label),
        valueAt: ref.object.locate([...base, 'value'], label)
      })
    })
  }
  return out
}
