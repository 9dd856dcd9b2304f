// Helpers shared by the infra checks; what several phases read of the deployment is in checks/deployment.ts.
import type { K8sObject } from '../../src/evidence/kubernetes-objects.js'
import type { FileEvidence } from '../../src/findings.js'
import { type CheckContext, type CheckDefinition, dig, type Outcome } from '../../src/check.js'
import {
  chosenOverlays,
  type ContainerRef,
  nonProductionObjects,
  WORKLOAD_KINDS,
  deployedObjects
} from '../deployment.js'

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

const CONTAINER_LISTS = new Set(['initContainers', 'containers', 'ephemeralContainers'])

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
