// Helpers shared by the infra checks (and, where imported, by other areas' checks).
import type { K8sObject } from '../../src/evidence/kubernetes-objects.js'
import type { FileEvidence } from '../../src/findings.js'
import { type CheckContext, type CheckDefinition, dig, type Outcome } from '../../src/check.js'
import { prodEnvironment } from '../policy/shared.js'

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

const CONTAINER_LISTS = new Set(['initContainers', 'containers', 'ephemeralContainers'])

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

/**
 * What the deployed builds did not follow or render (kustomize components, remote bases, Helm templates past a bound).
 */
export function deploymentGaps(ctx: CheckContext): NonNullable<CheckContext['repo']['deploymentGaps']> {
  const chosen = chosenOverlays(ctx)
  return (ctx.repo.deploymentGaps ?? []).filter(
    (g) => !g.objectsUnchanged && (g.overlay === undefined || chosen.has(g.overlay))
  )
}

/**
 * An infrastructure check that cannot pass while a deployed build was not wholly followed: what it
 * did not follow could add or change any object. Its passes become `not verified`, naming each gap.
 */
export function unlessGaps(check: CheckDefinition): CheckDefinition {
  return {
    ...check,
    run(ctx) {
      const outcomes = check.run(ctx)
      const gaps = deploymentGaps(ctx)
      if (!gaps.length) return outcomes
      const said = gaps
        .slice(0, 3)
        .map((g) => `${g.file}: ${g.message}`)
        .join('; ')
      const more = gaps.length > 3 ? ` (+${gaps.length - 3} more)` : ''
      // A check that fails anyway still says what it could not read, once.
      if (!outcomes.some((o) => o.status === 'passed'))
        return outcomes.map((o, i) =>
          i ? o : { ...o, message: `${o.message} (The deployment was not wholly read: ${said}${more}.)` }
        )
      return outcomes.map((o) =>
        o.status !== 'passed'
          ? o
          : {
              ...o,
              status: 'not verified',
              message: `${o.message} But the deployment was not wholly read, so what it did not follow could change this: ${said}${more}.`,
              reason: `not followed: ${said}${more}`,
              evidence: [
                ...gaps.slice(0, 5).map((g) => ({ file: g.file, line: 1, column: 1, note: g.message })),
                ...(o.evidence ?? [])
              ],
              fix: 'Keep every base, component and patch of the production build in this repository, in forms the gate reads (see README, Kubernetes), or render the chart and commit the output the gate can read.'
            }
      )
    }
  }
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

/**
 * The unresolved Helm actions that could have written a container's settings: those inside the
 * container, and (`podLevel`) those in the pod spec outside every container (a pod securityContext
 * is inherited).
 */
export function holesFor(ref: ContainerRef, podLevel: boolean, under?: string): FileEvidence[] {
  const o = ref.object
  if (!o.templated?.length || !o.templateLines) return []
  const within = (r: [number, number] | undefined, line: number) => !!r && line >= r[0] && line <= r[1]
  const containerPath = [...ref.podPath, ref.list, ref.index]
  const container = o.templateLines(containerPath)
  const pod = o.templateLines(ref.podPath)
  const lists = (['initContainers', 'containers', 'ephemeralContainers'] as const).map((l) =>
    o.templateLines!([...ref.podPath, l])
  )
  // With `under`: a hole inside another key's value (`env:`, `resources:`, `volumes:`) cannot write that key.
  const otherKeys = (path: (string | number)[], value: Record<string, unknown>) =>
    under === undefined
      ? []
      : Object.keys(value)
          .filter((k) => k !== under && !CONTAINER_LISTS.has(k))
          .map((k) => o.templateLines!([...path, k]))
  const elsewhere = [...otherKeys(containerPath, ref.container), ...otherKeys(ref.podPath, ref.pod)]
  return o.templated.filter(
    (h) =>
      !elsewhere.some((r) => within(r, h.line)) &&
      (within(container, h.line) || (podLevel && within(pod, h.line) && !lists.some((r) => within(r, h.line))))
  )
}

/**
 * A container the gate cannot judge because a Helm template left values unresolved that could set `what`: the template
 * lines say where.
 */
export function unresolvedByTemplate(ref: ContainerRef, holes: FileEvidence[], what: string): Outcome {
  return {
    status: 'not verified',
    message: `${ref.at.note}: cannot tell whether it ${what}, because the template leaves values unresolved.`,
    reason: `templated: ${holes
      .slice(0, 3)
      .map((t) => `${t.file}:${t.line}`)
      .join(', ')}`,
    evidence: [ref.at, ...holes.slice(0, 5)]
  }
}

export const noWorkloads = (id: string, ctx: CheckContext): Outcome => {
  const apart = nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind))
  return {
    status: 'not verified',
    message: apart.length
      ? `Only non-production workload manifests were found (${[...new Set(apart.map((o) => o.file))].slice(0, 3).join(', ')}): under development, test, evaluation or example folders, which no production kustomization or Argo CD Application includes.`
      : 'No Kubernetes workload manifests (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod) were found in the repository.',
    reason: `the manifests are not in this repository; keep them here (e.g. deploy/) so ${id} can read them`
  }
}

// ---------------------------------------------------------------- Envoy Gateway

export const isRoute = (o: K8sObject) => o.kind === 'HTTPRoute' && o.apiVersion.startsWith('gateway.networking.k8s.io/')

export interface Attachment {
  route: K8sObject
  gateway: string
  namespace?: string
  at: FileEvidence
}

export function attachments(ctx: CheckContext): Attachment[] {
  const out: Attachment[] = []
  for (const route of deployedObjects(ctx).filter(isRoute)) {
    const refs = dig(route.data, 'spec', 'parentRefs')
    if (!Array.isArray(refs)) continue
    refs.forEach((r, i) => {
      const kind = (dig(r, 'kind') as string | undefined) ?? 'Gateway'
      if (kind !== 'Gateway') return
      // A parentRef without a namespace refers to the route's own namespace.
      const namespace = (dig(r, 'namespace') as string | undefined) ?? route.namespace
      out.push({
        route,
        gateway: String(dig(r, 'name') ?? ''),
        namespace,
        at: route.locate(
          ['spec', 'parentRefs', i, 'name'],
          `HTTPRoute ${route.name} → Gateway ${namespace ?? '(route namespace)'}/${dig(r, 'name')}`
        )
      })
    })
  }
  return out
}
