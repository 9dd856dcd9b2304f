import type { FileEvidence } from '../../src/findings.js'
import { type CheckContext, type CheckDefinition, dig, isTemplated, type Outcome } from '../../src/check.js'
import type { K8sObject } from '../../src/evidence/kubernetes-objects.js'
import { holesFor, noWorkloads, unresolvedByTemplate } from './shared.js'
import {
  type ContainerRef,
  containersOf,
  nonProductionObjects,
  objectLabel,
  podSpecPath,
  WORKLOAD_KINDS,
  workloads
} from '../deployment.js'
import { counted } from '../shared.js'

const ALLOWED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret'
])

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
  /** The pod's security context can set it too (runAsNonRoot, seccomp), not only the container's. */
  podLevel?: boolean
}

const unsetOr = (v: unknown) => v === undefined || isTemplated(v)

/** Sysctls Pod Security Standards call safe (policy version 1.37). */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_notsent_lowat'
])
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost'])
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/'

/** Settings both a pod and a container security context may carry (AppArmor, SELinux, Windows HostProcess). */
function sharedContextViolations(sc: Record<string, unknown>): { what: string; path: string[]; fix: string }[] {
  const out: { what: string; path: string[]; fix: string }[] = []
  const apparmor = dig(sc, 'appArmorProfile', 'type')
  if (apparmor !== undefined && !isTemplated(apparmor) && !APPARMOR_TYPES.has(String(apparmor)))
    out.push({
      what: `AppArmor profile ${apparmor}`,
      path: ['appArmorProfile', 'type'],
      fix: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault'
    })
  const selinux = (sc.seLinuxOptions ?? {}) as Record<string, unknown>
  const selinuxFix = 'securityContext:\n  seLinuxOptions:          # no user, no role\n    type: container_t'
  if (selinux.type !== undefined && !isTemplated(selinux.type) && !SELINUX_TYPES.has(String(selinux.type)))
    out.push({ what: `seLinuxOptions.type ${selinux.type}`, path: ['seLinuxOptions', 'type'], fix: selinuxFix })
  for (const k of ['user', 'role'])
    if (selinux[k] !== undefined && selinux[k] !== '' && !isTemplated(selinux[k]))
      out.push({ what: `seLinuxOptions.${k} is set`, path: ['seLinuxOptions', k], fix: selinuxFix })
  if (dig(sc, 'windowsOptions', 'hostProcess') === true)
    out.push({
      what: 'windowsOptions.hostProcess: true',
      path: ['windowsOptions', 'hostProcess'],
      fix: 'securityContext:\n  windowsOptions:\n    hostProcess: false'
    })
  return out
}

/** A YAML block nested under the given keys (a workload's pod spec path), fenced for a fix text. */
function yamlUnder(keys: readonly string[], body: string): string {
  const head = keys.map((k, i) => `${'  '.repeat(i)}${k}:`)
  const indent = '  '.repeat(keys.length)
  return ['```yaml', ...head, ...body.split('\n').map((l) => indent + l), '```'].join('\n')
}

/** Probe and lifecycle handlers may not aim at another host (Pod Security Standards 1.34+). */
const HANDLERS = [
  ['livenessProbe'],
  ['readinessProbe'],
  ['startupProbe'],
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop']
]

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
  const here = (sub: (string | number)[], what: string, unset = false, podLevel = false) =>
    out.push({
      what,
      at: o.locate([...cPath, ...sub], `${ref.at.note}: ${what}`),
      ...(unset ? { unset } : {}),
      ...(podLevel ? { podLevel } : {})
    })
  if (!userNamespaced(pod)) {
    const runAsNonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot
    if (runAsNonRoot !== true)
      here(
        ['securityContext', 'runAsNonRoot'],
        'runAsNonRoot is not true (container or pod)',
        unsetOr(runAsNonRoot),
        true
      )
    // A pod-level 0 is reported once for the pod (podViolations), whatever the containers say.
    if (csc.runAsUser === 0) here(['securityContext', 'runAsUser'], 'runAsUser is 0 (root)')
  }
  if (!isWindows(pod)) {
    if (csc.allowPrivilegeEscalation !== false)
      here(
        ['securityContext', 'allowPrivilegeEscalation'],
        'allowPrivilegeEscalation is not false',
        unsetOr(csc.allowPrivilegeEscalation)
      )
    const drop = dig(csc, 'capabilities', 'drop')
    if (
      !Array.isArray(drop) ||
      !drop
        .map(String)
        .map((s) => s.toUpperCase())
        .includes('ALL')
    )
      here(['securityContext', 'capabilities', 'drop'], 'capabilities do not drop ALL', unsetOr(drop))
    const seccomp = (dig(csc, 'seccompProfile', 'type') ?? dig(psc, 'seccompProfile', 'type')) as string | undefined
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      here(
        ['securityContext', 'seccompProfile', 'type'],
        `seccompProfile is ${unsetOr(seccomp) ? 'unset' : seccomp} (needs RuntimeDefault or Localhost)`,
        unsetOr(seccomp),
        true
      )
  }
  if (csc.privileged === true) here(['securityContext', 'privileged'], 'privileged: true')
  const add = dig(csc, 'capabilities', 'add')
  if (Array.isArray(add))
    for (const cap of add)
      if (String(cap).toUpperCase() !== 'NET_BIND_SERVICE' && !isTemplated(cap))
        here(['securityContext', 'capabilities', 'add'], `adds capability ${cap}`)
  if (csc.procMount !== undefined && csc.procMount !== 'Default' && !isTemplated(csc.procMount))
    here(['securityContext', 'procMount'], `procMount ${csc.procMount} (needs Default)`)
  for (const v of sharedContextViolations(csc)) here(['securityContext', ...v.path], v.what)
  for (const h of HANDLERS) {
    for (const kind of ['httpGet', 'tcpSocket']) {
      const host = dig(c, ...h, kind, 'host')
      if (host !== undefined && host !== '' && !isTemplated(host))
        here([...h, kind, 'host'], `${h.join('.')} ${kind} targets host ${host}`)
    }
  }
  const ports = c.ports
  if (Array.isArray(ports))
    ports.forEach((p, i) => {
      if (dig(p, 'hostPort')) here(['ports', i, 'hostPort'], `hostPort ${dig(p, 'hostPort')}`)
    })
  return out
}

/** Pod-level violations, reported once per workload. */
export function podViolations(o: K8sObject): { what: string; at: FileEvidence; fix: string }[] {
  const path = podSpecPath(o.kind)
  const pod = (dig(o.data, ...path) ?? {}) as Record<string, unknown>
  const psc = (pod.securityContext ?? {}) as Record<string, unknown>
  const out: { what: string; at: FileEvidence; fix: string }[] = []
  // `fix`: the YAML to write instead, under the pod spec (or, with `under`, another path).
  const add = (what: string, at: (string | number)[], fix: string, under: readonly string[] = path) =>
    out.push({ what, at: o.locate(at, `${o.kind} ${o.name}: ${what}`), fix: yamlUnder(under, fix) })
  for (const ns of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (pod[ns] === true) add(`${ns}: true`, [...path, ns], `${ns}: false   # or remove the line`)
  const volumes = pod.volumes
  if (Array.isArray(volumes)) {
    volumes.forEach((v, i) => {
      const type = Object.keys(v ?? {}).find((k) => k !== 'name')
      const name = String((v as Record<string, unknown>).name)
      if (type && !ALLOWED_VOLUMES.has(type))
        add(
          `volume ${name} is ${type}`,
          [...path, 'volumes', i, type],
          `volumes:\n  - name: ${name}\n    emptyDir: {}   # or configMap, secret, projected, persistentVolumeClaim`
        )
    })
  }
  // A pod-level setting that containers override still breaks the standard when it is explicitly unsafe.
  if (!userNamespaced(pod)) {
    if (psc.runAsNonRoot === false)
      add(
        'runAsNonRoot: false (pod)',
        [...path, 'securityContext', 'runAsNonRoot'],
        'securityContext:\n  runAsNonRoot: true'
      )
    if (psc.runAsUser === 0)
      add(
        'runAsUser: 0 (pod)',
        [...path, 'securityContext', 'runAsUser'],
        'securityContext:\n  runAsUser: 10001   # any user but root'
      )
  }
  const seccomp = dig(psc, 'seccompProfile', 'type')
  if (seccomp !== undefined && !isTemplated(seccomp) && seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
    add(
      `seccompProfile ${seccomp} (pod)`,
      [...path, 'securityContext', 'seccompProfile', 'type'],
      'securityContext:\n  seccompProfile:\n    type: RuntimeDefault'
    )
  for (const v of sharedContextViolations(psc)) add(`${v.what} (pod)`, [...path, 'securityContext', ...v.path], v.fix)
  const sysctls = psc.sysctls
  if (Array.isArray(sysctls)) {
    sysctls.forEach((sc, i) => {
      const name = dig(sc, 'name')
      if (!isTemplated(name) && !SAFE_SYSCTLS.has(String(name)))
        add(
          `sysctl ${name} is not in the safe set`,
          [...path, 'securityContext', 'sysctls', i, 'name'],
          `securityContext:\n  sysctls:   # without ${name}; only these are allowed:\n${[...SAFE_SYSCTLS].map((n) => `    # - name: ${n}`).join('\n')}`
        )
    })
  }
  const metaPath = [...path.slice(0, -1), 'metadata']
  const annotations = (dig(o.data, ...metaPath, 'annotations') ?? {}) as Record<string, unknown>
  for (const [k, v] of Object.entries(annotations)) {
    if (!k.startsWith(APPARMOR_ANNOTATION) || isTemplated(v)) continue
    const profile = String(v ?? '')
    if (profile !== '' && profile !== 'runtime/default' && !profile.startsWith('localhost/'))
      add(
        `AppArmor annotation ${k}: ${profile}`,
        [...metaPath, 'annotations', k],
        `annotations:\n  ${k}: runtime/default`,
        metaPath
      )
  }
  return out
}

/**
 * Workloads under non-production folders with what `problems` finds in each: warnings that never block, one per
 * workload.
 */
function nonProductionFindings(ctx: CheckContext, problems: (o: K8sObject) => string[]): Outcome[] {
  return nonProductionObjects(ctx)
    .filter((o) => WORKLOAD_KINDS.has(o.kind))
    .flatMap((o) => {
      const found = problems(o)
      return found.length
        ? [
            {
              status: 'warning' as const,
              nonProduction: true,
              message: `${objectLabel(o)} in ${o.file} (a non-production folder, reported apart, never blocking): ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (+${found.length - 5} more)` : ''}.`,
              evidence: [o.locate([], objectLabel(o))]
            }
          ]
        : []
    })
}

export const podSecurity: CheckDefinition = {
  id: 'infra.pod-security',
  phase: 'infra',
  level: 'blocking',
  title: 'Pod Security Standards',
  reads: ['manifest'],
  passesWhen: 'every workload meets Pod Security Standards “restricted”',
  explain: {
    looksFor: 'Pod Security Standards “restricted” for every workload.',
    evidence: [
      'Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods: runAsNonRoot, runAsUser ≠ 0, allowPrivilegeEscalation false, drop ALL (add only NET_BIND_SERVICE), seccomp RuntimeDefault/Localhost, no host namespaces, privileged, hostPath or other non-restricted volumes, host ports, unsafe sysctls, custom SELinux options, Unconfined AppArmor, non-default procMount, Windows HostProcess, probes aimed at other hosts — pod-level settings inherited, init and ephemeral containers included; Windows pods and user-namespaced pods (`hostUsers: false`) exempt where the standard exempts them. Tested on the standard’s own pass/fail cases (policy 1.37)'
    ],
    why: 'A compromised server must not become a compromised node.',
    fix: 'Set the restricted securityContext at pod and container level.'
  },
  run(ctx) {
    const ws = workloads(ctx)
    if (!ws.length) return [noWorkloads('infra.pod-security', ctx)]
    const outcomes: Outcome[] = []
    for (const o of ws) {
      for (const v of podViolations(o))
        outcomes.push({
          status: 'failed',
          message: `${o.kind} ${o.name} breaks Pod Security Standards “restricted”: ${v.what}.`,
          evidence: [v.at],
          fix: v.fix
        })
      for (const ref of containersOf(o)) {
        const vs = restrictedViolations(ref)
        // A Helm template that left values unresolved may set what is missing: only the controls an unresolved
        // action could write (in the container's security context, or the pod's for what it inherits) are not
        // verified; the others fail.
        const inContainer = holesFor(ref, false, 'securityContext')
        const inPod = holesFor(ref, true, 'securityContext')
        const couldSet = (v: Violation) => v.unset && (inContainer.length > 0 || (v.podLevel && inPod.length > 0))
        const open = vs.filter(couldSet)
        const settled = vs.filter((v) => !couldSet(v))
        const holes = open.some((v) => v.podLevel) ? inPod : inContainer
        const unresolved = open.length
          ? ` Not verified, as unresolved template values could set them (${holes
              .slice(0, 3)
              .map((h) => `${h.file}:${h.line}`)
              .join(', ')}): ${open.map((v) => v.what).join('; ')}.`
          : ''
        if (!settled.length && open.length) {
          outcomes.push({
            ...unresolvedByTemplate(
              ref,
              holes,
              `meets Pod Security Standards “restricted” (${open.map((v) => v.what).join('; ')})`
            ),
            fix: `Set the security context literally in the template or through values the template reads with \`toYaml .Values.…\`:\n\n${RESTRICTED_SNIPPET}`
          })
          continue
        }
        if (settled.length)
          outcomes.push({
            status: 'failed',
            message: `${ref.at.note} breaks Pod Security Standards “restricted”: ${settled.map((v) => v.what).join('; ')}.${unresolved}`,
            evidence: [ref.at, ...settled.map((v) => v.at)],
            fix: `Set the restricted security context (pod level is inherited by every container, init containers included):\n\n${RESTRICTED_SNIPPET}`
          })
      }
    }
    outcomes.push(
      ...nonProductionFindings(ctx, (o) => [
        ...podViolations(o).map((v) => v.what),
        ...containersOf(o).flatMap((r) =>
          restrictedViolations(r)
            .filter((v) => !v.unset)
            .map((v) => `${r.name}: ${v.what}`)
        )
      ])
    )
    if (!outcomes.some((o) => !o.nonProduction)) {
      const all = ws.flatMap(containersOf)
      outcomes.push({
        status: 'passed',
        message: `${counted(all.length, 'container')} in ${counted(ws.length, 'workload')} meet${all.length === 1 ? 's' : ''} Pod Security Standards “restricted”.`,
        evidence: all.map((r) => r.at)
      })
    }
    return outcomes
  }
}
