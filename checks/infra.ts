// Phase 3 — Infrastructure: the route through Envoy Gateway, the gateway's
// security policy, Pod Security Standards "restricted", hardening and audit logs.
import { type CheckContext, type CheckRun, dig, isTemplated, type Outcome } from '../src/check.js'
import type { K8sObject } from '../src/evidence/kubernetes-objects.js'
import type { FileEvidence } from '../src/findings.js'
import { prodEnvironment } from './policy-github.js'

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'ReplicationController'])

/** The pod spec path of a workload kind. */
function podSpecPath(kind: string): string[] {
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
  return ctx.repo.kubernetes.filter((o) => (o.overlay === undefined || chosen.has(o.overlay)) && !isNonProduction(o, argo))
}

/** Manifests that only development, tests, evaluations or examples use (reported apart, never blocking). */
export function nonProductionObjects(ctx: CheckContext): K8sObject[] {
  const argo = argoSourcePaths(ctx)
  return ctx.repo.kubernetes.filter((o) => isNonProduction(o, argo))
}

// Folders of development, test, evaluation and example manifests, and kind/minikube cluster settings.
const NON_PRODUCTION_DIR = /(^|\/)(dev|local|test[\w.-]*|e2e|evals?|examples?|hack|kind|minikube)\//i
const NON_PRODUCTION_FILE = /(^|\/)(kind|minikube|docker-compose|compose)[\w.-]*\.ya?ml$/i

/** The folders Argo CD Applications deploy (`spec.source.path`, `spec.sources[].path`): what they include is production whatever its folder. */
function argoSourcePaths(ctx: CheckContext): string[] {
  const apps = ctx.repo.kubernetes.filter((o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'))
  return apps.flatMap((a) => [dig(a.data, 'spec', 'source', 'path'), ...((dig(a.data, 'spec', 'sources') as unknown[] | undefined) ?? []).map((x) => dig(x, 'path'))]).filter((p): p is string => typeof p === 'string' && p !== '').map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''))
}

/** An object is non-production when the file (or the kustomization folder, or chart) it comes from is under such a folder, and no Argo CD Application deploys it. */
function isNonProduction(o: K8sObject, argoPaths: string[]): boolean {
  // A kustomization folder's own name is its environment (overlays/dev), which the prod overlay choice handles: only the folders above it count.
  const where = o.overlay !== undefined && !o.overlay.includes(' (') ? o.overlay : o.file
  const above = where.slice(0, where.lastIndexOf('/') + 1)
  if (!NON_PRODUCTION_DIR.test(above) && !(o.overlay === undefined && NON_PRODUCTION_FILE.test(o.file))) return false
  return !argoPaths.some((p) => where === p || where.startsWith(`${p}/`))
}

/** The builds production deploys: those named for the prod environment, else every build (a build whose every object failed to render counts too). */
function chosenOverlays(ctx: CheckContext): Set<string> {
  const overlays = [...new Set([...ctx.repo.kubernetes, ...(ctx.repo.deploymentGaps ?? [])].flatMap((o) => (o.overlay === undefined ? [] : [o.overlay])))]
  const prod = prodEnvironment(ctx.config.environments)
  // A folder (deploy/overlays/prod) or a values file (chart (values-prod.yaml)) named for prod.
  const prodOverlays = overlays.filter((d) => d.split(/[/\s().\-_]+/).includes(prod))
  return new Set(prodOverlays.length ? prodOverlays : overlays)
}

/** What the deployed builds did not follow or render (kustomize components, remote bases, Helm templates past a bound). */
export function deploymentGaps(ctx: CheckContext): NonNullable<CheckContext['repo']['deploymentGaps']> {
  const chosen = chosenOverlays(ctx)
  return (ctx.repo.deploymentGaps ?? []).filter((g) => !g.objectsUnchanged && (g.overlay === undefined || chosen.has(g.overlay)))
}

/**
 * An infrastructure check that cannot pass while a deployed build was not wholly followed: what it
 * did not follow could add or change any object. Its passes become `not verified`, naming each gap.
 */
function unlessGaps(check: CheckRun): CheckRun {
  return {
    id: check.id,
    run(ctx) {
      const outcomes = check.run(ctx)
      const gaps = deploymentGaps(ctx)
      if (!gaps.length) return outcomes
      const said = gaps.slice(0, 3).map((g) => `${g.file}: ${g.message}`).join('; ')
      const more = gaps.length > 3 ? ` (+${gaps.length - 3} more)` : ''
      // A check that fails anyway still says what it could not read, once.
      if (!outcomes.some((o) => o.status === 'passed')) return outcomes.map((o, i) => (i ? o : { ...o, message: `${o.message} (The deployment was not wholly read: ${said}${more}.)` }))
      return outcomes.map((o) => (o.status !== 'passed' ? o : {
        ...o,
        status: 'not verified',
        message: `${o.message} But the deployment was not wholly read, so what it did not follow could change this: ${said}${more}.`,
        reason: `not followed: ${said}${more}`,
        evidence: [...gaps.slice(0, 5).map((g) => ({ file: g.file, line: 1, column: 1, note: g.message })), ...(o.evidence ?? [])],
        fix: 'Keep every base, component and patch of the production build in this repository, in forms the gate reads (see README, Kubernetes), or render the chart and commit the output the gate can read.'
      }))
    }
  }
}

/** How an object is named in evidence: kind and name, and the overlay that builds it. */
export const objectLabel = (o: K8sObject) => `${o.kind} ${o.name}${o.overlay !== undefined ? ` (${o.overlay || '.'})` : ''}`

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
      refs.push({ object: o, podPath, pod, list, index, container: (c ?? {}) as Record<string, unknown>, name, at: o.locate([...podPath, list, index, 'name'], `${objectLabel(o)}, ${list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container'} ${name}`) })
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
      out.push({ name: String(name ?? ''), value, nameAt: ref.object.locate([...base, 'name'], label), valueAt: ref.object.locate([...base, 'value'], label) })
    })
  }
  return out
}

const ALLOWED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'])

const RESTRICTED_SNIPPET = `\`\`\`yaml
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: server
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
\`\`\``

/** A violation; `unset`: the setting is missing or templated (a Helm value the gate could not resolve might set it). */
export interface Violation {
  what: string
  at: FileEvidence
  unset?: boolean
}

const unsetOr = (v: unknown) => v === undefined || isTemplated(v)

/**
 * The unresolved Helm actions that could have written a container's settings: those inside the
 * container, and (`podLevel`) those in the pod spec outside every container (a pod securityContext
 * is inherited).
 */
function holesFor(ref: ContainerRef, podLevel: boolean): FileEvidence[] {
  const o = ref.object
  if (!o.templated?.length || !o.templateLines) return []
  const within = (r: [number, number] | undefined, line: number) => !!r && line >= r[0] && line <= r[1]
  const container = o.templateLines([...ref.podPath, ref.list, ref.index])
  const pod = o.templateLines(ref.podPath)
  const lists = (['initContainers', 'containers', 'ephemeralContainers'] as const).map((l) => o.templateLines!([...ref.podPath, l]))
  return o.templated.filter((h) => within(container, h.line) || (podLevel && within(pod, h.line) && !lists.some((r) => within(r, h.line))))
}

/** A container the gate cannot judge because a Helm template left values unresolved that could set `what`: the template lines say where. */
function unresolvedByTemplate(ref: ContainerRef, holes: FileEvidence[], what: string): Outcome {
  return { status: 'not verified', message: `${ref.at.note}: cannot tell whether it ${what}, because the template leaves values unresolved.`, reason: `templated: ${holes.slice(0, 3).map((t) => `${t.file}:${t.line}`).join(', ')}`, evidence: [ref.at, ...holes.slice(0, 5)] }
}

/** Sysctls Pod Security Standards call safe (policy version 1.37). */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'
])
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost'])
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/'

/** Settings both a pod and a container security context may carry (AppArmor, SELinux, Windows HostProcess). */
function sharedContextViolations(sc: Record<string, unknown>): { what: string; path: string[]; fix: string }[] {
  const out: { what: string; path: string[]; fix: string }[] = []
  const apparmor = dig(sc, 'appArmorProfile', 'type')
  if (apparmor !== undefined && !isTemplated(apparmor) && !APPARMOR_TYPES.has(String(apparmor))) out.push({ what: `AppArmor profile ${apparmor}`, path: ['appArmorProfile', 'type'], fix: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault' })
  const selinux = (sc.seLinuxOptions ?? {}) as Record<string, unknown>
  const selinuxFix = 'securityContext:\n  seLinuxOptions:          # no user, no role\n    type: container_t'
  if (selinux.type !== undefined && !isTemplated(selinux.type) && !SELINUX_TYPES.has(String(selinux.type))) out.push({ what: `seLinuxOptions.type ${selinux.type}`, path: ['seLinuxOptions', 'type'], fix: selinuxFix })
  for (const k of ['user', 'role']) if (selinux[k] !== undefined && selinux[k] !== '' && !isTemplated(selinux[k])) out.push({ what: `seLinuxOptions.${k} is set`, path: ['seLinuxOptions', k], fix: selinuxFix })
  if (dig(sc, 'windowsOptions', 'hostProcess') === true) out.push({ what: 'windowsOptions.hostProcess: true', path: ['windowsOptions', 'hostProcess'], fix: 'securityContext:\n  windowsOptions:\n    hostProcess: false' })
  return out
}

/** A YAML block nested under the given keys (a workload's pod spec path), fenced for a fix text. */
function yamlUnder(keys: readonly string[], body: string): string {
  const head = keys.map((k, i) => `${'  '.repeat(i)}${k}:`)
  const indent = '  '.repeat(keys.length)
  return ['```yaml', ...head, ...body.split('\n').map((l) => indent + l), '```'].join('\n')
}

/** Probe and lifecycle handlers may not aim at another host (Pod Security Standards 1.34+). */
const HANDLERS = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']]

/** A pod in its own user namespace (`hostUsers: false`): root inside is not root on the node. */
const userNamespaced = (pod: Record<string, unknown>) => pod.hostUsers === false
/** Windows pods are exempt from the Linux-only controls (privilege escalation, capabilities, seccomp). */
const isWindows = (pod: Record<string, unknown>) => dig(pod, 'os', 'name') === 'windows'

/** Every way a container (with its pod's settings inherited) falls short of "restricted". */
export function restrictedViolations(ref: ContainerRef): Violation[] {
  const out: Violation[] = []
  const { object: o, podPath, pod, container: c, list, index } = ref
  const csc = (c.securityContext ?? {}) as Record<string, unknown>
  const psc = (pod.securityContext ?? {}) as Record<string, unknown>
  const cPath = [...podPath, list, index]
  const here = (sub: (string | number)[], what: string, unset = false) => out.push({ what, at: o.locate([...cPath, ...sub], `${ref.at.note}: ${what}`), ...(unset ? { unset } : {}) })
  if (!userNamespaced(pod)) {
    const runAsNonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot
    if (runAsNonRoot !== true) here(['securityContext', 'runAsNonRoot'], 'runAsNonRoot is not true (container or pod)', unsetOr(runAsNonRoot))
    // A pod-level 0 is reported once for the pod (podViolations), whatever the containers say.
    if (csc.runAsUser === 0) here(['securityContext', 'runAsUser'], 'runAsUser is 0 (root)')
  }
  if (!isWindows(pod)) {
    if (csc.allowPrivilegeEscalation !== false) here(['securityContext', 'allowPrivilegeEscalation'], 'allowPrivilegeEscalation is not false', unsetOr(csc.allowPrivilegeEscalation))
    const drop = dig(csc, 'capabilities', 'drop')
    if (!Array.isArray(drop) || !drop.map(String).map((s) => s.toUpperCase()).includes('ALL')) here(['securityContext', 'capabilities', 'drop'], 'capabilities do not drop ALL', unsetOr(drop))
    const seccomp = (dig(csc, 'seccompProfile', 'type') ?? dig(psc, 'seccompProfile', 'type')) as string | undefined
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') here(['securityContext', 'seccompProfile', 'type'], `seccompProfile is ${unsetOr(seccomp) ? 'unset' : seccomp} (needs RuntimeDefault or Localhost)`, unsetOr(seccomp))
  }
  if (csc.privileged === true) here(['securityContext', 'privileged'], 'privileged: true')
  const add = dig(csc, 'capabilities', 'add')
  if (Array.isArray(add)) for (const cap of add) if (String(cap).toUpperCase() !== 'NET_BIND_SERVICE' && !isTemplated(cap)) here(['securityContext', 'capabilities', 'add'], `adds capability ${cap}`)
  if (csc.procMount !== undefined && csc.procMount !== 'Default' && !isTemplated(csc.procMount)) here(['securityContext', 'procMount'], `procMount ${csc.procMount} (needs Default)`)
  for (const v of sharedContextViolations(csc)) here(['securityContext', ...v.path], v.what)
  for (const h of HANDLERS) {
    for (const kind of ['httpGet', 'tcpSocket']) {
      const host = dig(c, ...h, kind, 'host')
      if (host !== undefined && host !== '' && !isTemplated(host)) here([...h, kind, 'host'], `${h.join('.')} ${kind} targets host ${host}`)
    }
  }
  const ports = c.ports
  if (Array.isArray(ports)) ports.forEach((p, i) => { if (dig(p, 'hostPort')) here(['ports', i, 'hostPort'], `hostPort ${dig(p, 'hostPort')}`) })
  return out
}

/** Pod-level violations, reported once per workload. */
export function podViolations(o: K8sObject): { what: string; at: FileEvidence; fix: string }[] {
  const path = podSpecPath(o.kind)
  const pod = (dig(o.data, ...path) ?? {}) as Record<string, unknown>
  const psc = (pod.securityContext ?? {}) as Record<string, unknown>
  const out: { what: string; at: FileEvidence; fix: string }[] = []
  // `fix`: the YAML to write instead, under the pod spec (or, with `under`, another path).
  const add = (what: string, at: (string | number)[], fix: string, under: readonly string[] = path) => out.push({ what, at: o.locate(at, `${o.kind} ${o.name}: ${what}`), fix: yamlUnder(under, fix) })
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC']) if (pod[ns] === true) add(`${ns}: true`, [...path, ns], `${ns}: false   # or remove the line`)
  const volumes = pod.volumes
  if (Array.isArray(volumes)) {
    volumes.forEach((v, i) => {
      const type = Object.keys(v ?? {}).find((k) => k !== 'name')
      const name = String((v as Record<string, unknown>).name)
      if (type && !ALLOWED_VOLUMES.has(type)) add(`volume ${name} is ${type}`, [...path, 'volumes', i, type], `volumes:\n  - name: ${name}\n    emptyDir: {}   # or configMap, secret, projected, persistentVolumeClaim`)
    })
  }
  // A pod-level setting that containers override still breaks the standard when it is explicitly unsafe.
  if (!userNamespaced(pod)) {
    if (psc.runAsNonRoot === false) add('runAsNonRoot: false (pod)', [...path, 'securityContext', 'runAsNonRoot'], 'securityContext:\n  runAsNonRoot: true')
    if (psc.runAsUser === 0) add('runAsUser: 0 (pod)', [...path, 'securityContext', 'runAsUser'], 'securityContext:\n  runAsUser: 10001   # any user but root')
  }
  const seccomp = dig(psc, 'seccompProfile', 'type')
  if (seccomp !== undefined && !isTemplated(seccomp) && seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') add(`seccompProfile ${seccomp} (pod)`, [...path, 'securityContext', 'seccompProfile', 'type'], 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault')
  for (const v of sharedContextViolations(psc)) add(`${v.what} (pod)`, [...path, 'securityContext', ...v.path], v.fix)
  const sysctls = psc.sysctls
  if (Array.isArray(sysctls)) {
    sysctls.forEach((sc, i) => {
      const name = dig(sc, 'name')
      if (!isTemplated(name) && !SAFE_SYSCTLS.has(String(name))) add(`sysctl ${name} is not in the safe set`, [...path, 'securityContext', 'sysctls', i, 'name'], `securityContext:\n  sysctls:   # without ${name}; only these are allowed:\n${[...SAFE_SYSCTLS].map((n) => `    # - name: ${n}`).join('\n')}`)
    })
  }
  const metaPath = [...path.slice(0, -1), 'metadata']
  const annotations = (dig(o.data, ...metaPath, 'annotations') ?? {}) as Record<string, unknown>
  for (const [k, v] of Object.entries(annotations)) {
    if (!k.startsWith(APPARMOR_ANNOTATION) || isTemplated(v)) continue
    const profile = String(v ?? '')
    if (profile !== '' && profile !== 'runtime/default' && !profile.startsWith('localhost/')) add(`AppArmor annotation ${k}: ${profile}`, [...metaPath, 'annotations', k], `annotations:\n  ${k}: runtime/default`, metaPath)
  }
  return out
}

const noWorkloads = (id: string, ctx: CheckContext): Outcome => {
  const apart = nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind))
  return {
    status: 'not verified',
    message: apart.length
      ? `Only non-production workload manifests were found (${[...new Set(apart.map((o) => o.file))].slice(0, 3).join(', ')}): under development, test, evaluation or example folders, which no production kustomization or Argo CD Application includes.`
      : 'No Kubernetes workload manifests (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod) were found in the repository.',
    reason: `the manifests are not in this repository; keep them here (e.g. deploy/) so ${id} can read them`
  }
}

/** Workloads under non-production folders with what `problems` finds in each: warnings that never block, one per workload. */
function nonProductionFindings(ctx: CheckContext, problems: (o: K8sObject) => string[]): Outcome[] {
  return nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind)).flatMap((o) => {
    const found = problems(o)
    return found.length ? [{ status: 'warning' as const, nonProduction: true, message: `${objectLabel(o)} in ${o.file} (a non-production folder, reported apart, never blocking): ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (+${found.length - 5} more)` : ''}.`, evidence: [o.locate([], objectLabel(o))] }] : []
  })
}

export const podSecurity: CheckRun = {
  id: 'infra.pod-security',
  run(ctx) {
    const ws = workloads(ctx)
    if (!ws.length) return [noWorkloads('infra.pod-security', ctx)]
    const outcomes: Outcome[] = []
    for (const o of ws) {
      for (const v of podViolations(o)) outcomes.push({ status: 'failed', message: `${o.kind} ${o.name} breaks Pod Security Standards “restricted”: ${v.what}.`, evidence: [v.at], fix: v.fix })
      for (const ref of containersOf(o)) {
        const vs = restrictedViolations(ref)
        // A Helm template that left values unresolved may set what is missing: say so rather than fail on a guess.
        const holes = holesFor(ref, true)
        if (vs.length && holes.length && vs.every((v) => v.unset)) {
          outcomes.push({ ...unresolvedByTemplate(ref, holes, `meets Pod Security Standards “restricted” (${vs.map((v) => v.what).join('; ')})`), fix: `Set the security context literally in the template or through values the template reads with \`toYaml .Values.…\`:\n\n${RESTRICTED_SNIPPET}` })
          continue
        }
        if (vs.length) outcomes.push({ status: 'failed', message: `${ref.at.note} breaks Pod Security Standards “restricted”: ${vs.map((v) => v.what).join('; ')}.`, evidence: [ref.at, ...vs.map((v) => v.at)], fix: `Set the restricted security context (pod level is inherited by every container, init containers included):\n\n${RESTRICTED_SNIPPET}` })
      }
    }
    outcomes.push(...nonProductionFindings(ctx, (o) => [...podViolations(o).map((v) => v.what), ...containersOf(o).flatMap((r) => restrictedViolations(r).filter((v) => !v.unset).map((v) => `${r.name}: ${v.what}`))]))
    if (!outcomes.some((o) => !o.nonProduction)) {
      const all = ws.flatMap(containersOf)
      outcomes.push({ status: 'passed', message: `${all.length} container${all.length === 1 ? '' : 's'} in ${ws.length} workload${ws.length === 1 ? '' : 's'} meet${all.length === 1 ? 's' : ''} Pod Security Standards “restricted”.`, evidence: all.map((r) => r.at) })
    }
    return outcomes
  }
}

export const hardening: CheckRun = {
  id: 'infra.hardening',
  run(ctx) {
    const ws = workloads(ctx)
    if (!ws.length) return [noWorkloads('infra.hardening', ctx)]
    const outcomes: Outcome[] = []
    for (const ref of ws.flatMap(containersOf)) {
      if (ref.list === 'ephemeralContainers') continue
      const missing: string[] = []
      if (dig(ref.container, 'securityContext', 'readOnlyRootFilesystem') !== true) missing.push('readOnlyRootFilesystem: true')
      if (dig(ref.container, 'resources', 'limits', 'cpu') === undefined) missing.push('a CPU limit')
      if (dig(ref.container, 'resources', 'limits', 'memory') === undefined) missing.push('a memory limit')
      const holes = holesFor(ref, false)
      if (missing.length && holes.length) outcomes.push(unresolvedByTemplate(ref, holes, `has ${missing.join(', ')}`))
      else if (missing.length) outcomes.push({ status: 'failed', message: `${ref.at.note} lacks ${missing.join(', ')}.`, evidence: [ref.at], fix: '```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n```' })
    }
    if (!outcomes.length) outcomes.push({ status: 'passed', message: 'Every container has a read-only root filesystem and CPU and memory limits.', evidence: ws.flatMap(containersOf).map((r) => r.at) })
    return outcomes
  }
}

// ---------------------------------------------------------------- Envoy Gateway

const isRoute = (o: K8sObject) => o.kind === 'HTTPRoute' && o.apiVersion.startsWith('gateway.networking.k8s.io/')

interface Attachment {
  route: K8sObject
  gateway: string
  namespace?: string
  at: FileEvidence
}

function attachments(ctx: CheckContext): Attachment[] {
  const out: Attachment[] = []
  for (const route of deployedObjects(ctx).filter(isRoute)) {
    const refs = dig(route.data, 'spec', 'parentRefs')
    if (!Array.isArray(refs)) continue
    refs.forEach((r, i) => {
      const kind = (dig(r, 'kind') as string | undefined) ?? 'Gateway'
      if (kind !== 'Gateway') return
      // A parentRef without a namespace refers to the route's own namespace.
      const namespace = (dig(r, 'namespace') as string | undefined) ?? route.namespace
      out.push({ route, gateway: String(dig(r, 'name') ?? ''), namespace, at: route.locate(['spec', 'parentRefs', i, 'name'], `HTTPRoute ${route.name} → Gateway ${namespace ?? '(route namespace)'}/${dig(r, 'name')}`) })
    })
  }
  return out
}

const parentRefSnippet = (name: string, namespace: string) => `\`\`\`yaml\nspec:\n  parentRefs:\n    - name: ${name}\n      namespace: ${namespace}\n\`\`\``

export const gatewayRoute: CheckRun = {
  id: 'infra.gateway-route',
  run(ctx) {
    const gw = ctx.config.gateway
    const wanted = ctx.config.server.exposure === 'public' ? gw.public : gw.internal
    const routeSnippet = `\`\`\`yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${ctx.config.server.name}\nspec:\n  parentRefs:\n    - name: ${wanted}\n      namespace: ${gw.namespace}\n  rules:\n    - backendRefs:\n        - name: ${ctx.config.server.name}\n          port: 8080\n\`\`\``
    const att = attachments(ctx)
    if (!deployedObjects(ctx).some(isRoute)) {
      // A chart's route template switched off by the values: said as such, not as a missing route.
      const off = (ctx.repo.disabledTemplates ?? []).filter((d) => d.kinds.includes('HTTPRoute') && chosenOverlays(ctx).has(d.overlay))
      if (off.length) return [{ status: 'failed', message: `${off.map((d) => `${d.file} is disabled by \`${d.condition.replace(/^\$?\.Values\./, '')}\` (false in ${d.overlay})`).join('; ')}: no HTTPRoute is deployed, so the server is not exposed through Envoy Gateway.`, evidence: off.map((d) => ({ file: d.file, line: 1, column: 1, note: `disabled by ${d.condition}` })), fix: `Enable it in the production values (e.g. \`${off[0].condition.replace(/^\$?\.Values\./, '')}: true\`), attached to the ${wanted} Gateway.` }]
      return [{ status: 'failed', message: 'No HTTPRoute (gateway.networking.k8s.io) in the repository: the server is not exposed through Envoy Gateway.', fix: `Add an HTTPRoute attached to the ${wanted} Gateway:\n\n${routeSnippet}` }]
    }
    const outcomes: Outcome[] = []
    const inNs = att.filter((a) => a.namespace === gw.namespace)
    const right = inNs.filter((a) => a.gateway === wanted)
    const wrongExposure = inNs.filter((a) => a.gateway === gw.public && ctx.config.server.exposure !== 'public')
    for (const a of wrongExposure) outcomes.push({ status: 'failed', message: `HTTPRoute ${a.route.name} attaches to the public Gateway ${gw.namespace}/${gw.public}, but golive.yaml declares exposure: internal.`, evidence: [a.at], fix: `Attach it to the internal Gateway, or declare \`exposure: public\` with an \`exposureReason\` in golive.yaml:\n\n${parentRefSnippet(gw.internal, gw.namespace)}` })
    for (const a of att.filter((x) => x.namespace !== gw.namespace)) outcomes.push({ status: 'failed', message: `HTTPRoute ${a.route.name} attaches to a Gateway outside ${gw.namespace} (${a.namespace ?? 'its own namespace'}/${a.gateway}).`, evidence: [a.at], fix: `Point the parentRef at the Gateway in ${gw.namespace}:\n\n${parentRefSnippet(a.gateway, gw.namespace)}` })
    if (!right.length && !outcomes.length) outcomes.push({ status: 'failed', message: `No HTTPRoute attaches to the ${wanted} Gateway in ${gw.namespace}.`, evidence: att.map((a) => a.at), fix: routeSnippet })
    if (right.length && !outcomes.length) outcomes.push({ status: 'passed', message: `HTTPRoute ${right.map((a) => a.route.name).join(', ')} attaches to ${gw.namespace}/${wanted}.`, evidence: right.map((a) => a.at) })
    return outcomes
  }
}

export const securityPolicy: CheckRun = {
  id: 'infra.security-policy',
  run(ctx) {
    const att = attachments(ctx)
    const routeNames = new Set(att.map((a) => a.route.name))
    const gatewayNames = new Set(att.map((a) => a.gateway))
    const policies = deployedObjects(ctx).filter((o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1')
    const snippet = `\`\`\`yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata:\n  name: ${ctx.config.server.name}-jwt\nspec:\n  targetRefs:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n      name: ${[...routeNames][0] ?? ctx.config.server.name}\n  jwt:\n    providers:\n      - name: entra\n        issuer: https://login.microsoftonline.com/<tenant-id>/v2.0\n        audiences: [api://${ctx.config.server.name}]\n        remoteJWKS:\n          uri: https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys\n\`\`\``
    const targeting = policies.filter((p) => {
      const refs = [...((dig(p.data, 'spec', 'targetRefs') as unknown[]) ?? []), ...(dig(p.data, 'spec', 'targetRef') ? [dig(p.data, 'spec', 'targetRef')] : [])]
      return refs.some((r) => (dig(r, 'kind') === 'HTTPRoute' && routeNames.has(String(dig(r, 'name')))) || (dig(r, 'kind') === 'Gateway' && gatewayNames.has(String(dig(r, 'name')))))
    })
    if (!targeting.length) {
      return [{ status: 'failed', message: policies.length ? `${policies.length} SecurityPolicy object${policies.length === 1 ? '' : 's'} found, none targeting the route (${[...routeNames].join(', ') || 'none'}) or its gateway.` : 'No Envoy Gateway SecurityPolicy (gateway.envoyproxy.io/v1alpha1) in the repository.', evidence: policies.map((p) => p.locate(['spec'], `SecurityPolicy ${p.name}`)), fix: snippet }]
    }
    const outcomes: Outcome[] = []
    for (const p of targeting) {
      const providers = dig(p.data, 'spec', 'jwt', 'providers')
      const oidc = dig(p.data, 'spec', 'oidc')
      const problems: { what: string; at: FileEvidence }[] = []
      if (!(Array.isArray(providers) && providers.length) && !oidc) problems.push({ what: 'has neither jwt.providers nor oidc', at: p.locate(['spec'], `SecurityPolicy ${p.name}`) })
      if (dig(p.data, 'spec', 'jwt', 'optional') === true) problems.push({ what: 'jwt.optional: true lets requests without a token through', at: p.locate(['spec', 'jwt', 'optional']) })
      if (dig(p.data, 'spec', 'extAuth', 'failOpen') === true) problems.push({ what: 'extAuth.failOpen: true lets requests through when the authoriser fails', at: p.locate(['spec', 'extAuth', 'failOpen']) })
      if (Array.isArray(providers)) providers.forEach((pr, i) => {
        if (!Array.isArray(dig(pr, 'audiences')) || !(dig(pr, 'audiences') as unknown[]).length) problems.push({ what: `provider ${dig(pr, 'name') ?? i} has no audiences, so tokens for any audience pass`, at: p.locate(['spec', 'jwt', 'providers', i]) })
      })
      if (problems.length) outcomes.push({ status: 'failed', message: `SecurityPolicy ${p.name}: ${problems.map((x) => x.what).join('; ')}.`, evidence: problems.map((x) => x.at), fix: snippet })
      else outcomes.push({ status: 'passed', message: `SecurityPolicy ${p.name} requires ${oidc ? 'an OIDC login' : 'a valid JWT'} on ${[...routeNames].join(', ')}.`, evidence: [p.locate(['spec', oidc ? 'oidc' : 'jwt'], `SecurityPolicy ${p.name}`)] })
    }
    return outcomes
  }
}

export const auditLogging: CheckRun = {
  id: 'infra.audit-logging',
  run(ctx) {
    const proxies = deployedObjects(ctx).filter((o) => o.kind === 'EnvoyProxy' && o.apiVersion.startsWith('gateway.envoyproxy.io/'))
    const enabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog') !== undefined && dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') !== true)
    const app = ctx.repo.auth.auditLogs.filter((a) => !a.isTest)
    const evidence = [...enabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog'], `EnvoyProxy ${p.name}: access log`)), ...app.map((a) => a.at)]
    if (evidence.length) {
      const parts = [enabled.length ? `Envoy access logs (${enabled.map((p) => p.name).join(', ')})` : '', app.length ? 'an application audit log with user, tool, outcome and trace id' : ''].filter(Boolean)
      return [{ status: 'passed', message: `Audit logging: ${parts.join(' and ')}.`, evidence }]
    }
    const disabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') === true)
    return [{
      status: 'failed',
      message: disabled.length ? `Envoy access logs are disabled (${disabled.map((p) => p.name).join(', ')}) and no application audit log was found.` : 'No Envoy access log (EnvoyProxy spec.telemetry.accessLog) and no application audit log recording user, tool, outcome and trace id.',
      evidence: disabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog', 'disable'])),
      fix: 'Log every tool call with who, which tool, when, the outcome and the trace id, e.g.:\n\n```ts\nlogger.info({ audit: true, user: authInfo.extra.user, tool: name, outcome, traceId: span.spanContext().traceId, timestamp: new Date().toISOString() })\n```\n\nand/or enable Envoy access logs:\n\n```yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyProxy\nmetadata:\n  name: internal-proxy-config\n  namespace: envoy-gateway-system\nspec:\n  telemetry:\n    accessLog:\n      settings:\n        - format:\n            type: JSON\n          sinks:\n            - type: File\n              file:\n                path: /dev/stdout\n```'
    }]
  }
}

export const INFRA_CHECKS: CheckRun[] = [gatewayRoute, securityPolicy, podSecurity, hardening, auditLogging].map(unlessGaps)
