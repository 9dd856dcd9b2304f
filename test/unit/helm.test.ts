// Helm charts rendered as data on Envoy Gateway's own chart (copied in
// test/fixtures/real-manifests/envoy-gateway-helm): values resolved from
// values.yaml and values-<env>.yaml, evidence at the template's lines, and
// "not verified" where a template leaves what a check needs unresolved.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { TEMPLATED } from '../../src/evidence/helm.js'
import { ROOT, findingsOf, gate, variant } from '../support/gate.js'
import { goliveYaml } from '../support/fake-evidence.js'

const CHART = join(ROOT, 'test/fixtures/real-manifests/envoy-gateway-helm')
const TEMPLATE = 'charts/gateway-helm/templates/envoy-gateway-deployment.yaml'
const where = (f: { evidence: unknown[] }) =>
  f.evidence.map((e) => {
    const x = e as { file: string; line: number; column: number }
    return `${x.file}:${x.line}:${x.column}`
  })

describe('Helm charts', () => {
  it('renders the chart’s Deployment with its values: toYaml blocks, with/else, range, its named templates', async () => {
    const objects = (await collectRepoEvidence(new Repository(CHART))).kubernetes
    const d = objects.find((o) => o.kind === 'Deployment')!
    expect(d).toMatchObject({ name: 'envoy-gateway', file: TEMPLATE, overlay: 'charts/gateway-helm (values.yaml)' })
    const spec = (
      d.data as {
        spec: {
          replicas: number
          template: { spec: { containers: Record<string, any>[]; volumes: Record<string, any>[] } }
        }
      }
    ).spec
    expect(spec.replicas).toBe(1)
    const c = spec.template.spec.containers[0]
    expect(c.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      runAsUser: 65532,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' }
    })
    expect(c.resources).toEqual({ limits: { memory: '1024Mi' }, requests: { cpu: '100m', memory: '256Mi' } })
    // range over .Values.deployment.ports, then the `if .Values.topologyInjector.enabled` branch
    expect(c.ports.map((p: { name: string }) => p.name)).toEqual(['grpc', 'ratelimit', 'wasm', 'metrics', 'webhook'])
    // `with .Values.deployment.envoyGateway.wasmCacheVolume` is empty: its else branch
    expect(spec.template.spec.volumes.find((v) => v.name === 'wasm-cache')).toEqual({
      name: 'wasm-cache',
      emptyDir: {}
    })
    // The chart's named templates render from _helpers.tpl: labels, the image (its values hold the release
    // pipeline's `${GatewayImage}`), the empty pull secrets; only where it is installed stays unknown.
    expect(c.image).toBe('${GatewayImage}/:')
    expect((d.data as any).metadata.labels).toMatchObject({
      'control-plane': 'envoy-gateway',
      'app.kubernetes.io/name': 'gateway-helm',
      'app.kubernetes.io/managed-by': 'Helm'
    })
    expect((d.data as any).spec.template.spec.imagePullSecrets).toEqual([])
    expect((d.data as any).metadata.namespace.startsWith(TEMPLATED)).toBe(true)
    expect(d.templated).toEqual([])
  })

  it('passes pod security from values, at the container’s line in the template; the missing CPU limit is a finding', () => {
    const [ps] = findingsOf(gate(CHART).findings, 'infra.pod-security')
    expect(ps.status).toBe('passed')
    expect(where(ps)).toEqual([`${TEMPLATE}:80:9`])
    const [h] = findingsOf(gate(CHART).findings, 'infra.hardening')
    expect(h.status).toBe('warning')
    expect(h.message).toContain('lacks a CPU limit')
  })

  it('values-prod.yaml is its own build; the prod build is the one judged, and what it breaks fails at the template line', async () => {
    const dir = variant(CHART, {
      'charts/gateway-helm/values-prod.yaml':
        'deployment:\n  envoyGateway:\n    securityContext:\n      privileged: true\n'
    })
    const overlays = new Set((await collectRepoEvidence(new Repository(dir))).kubernetes.map((o) => o.overlay))
    expect(overlays).toEqual(new Set(['charts/gateway-helm (values.yaml)', 'charts/gateway-helm (values-prod.yaml)']))
    const failed = findingsOf(gate(dir).findings, 'infra.pod-security').filter((f) => f.status === 'failed')
    expect(failed).toHaveLength(1)
    expect(failed[0].message).toContain(
      '(charts/gateway-helm (values-prod.yaml)), container envoy-gateway breaks Pod Security Standards “restricted”: privileged: true'
    )
    expect(where(failed[0])).toContain(`${TEMPLATE}:95:11`)
  })

  it('a security context the template takes from a named template is not verified, naming the line', () => {
    const dir = variant(CHART, {
      [TEMPLATE]: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp
spec:
  template:
    spec:
      containers:
        - name: server
          image: "{{ .Values.image }}"
          securityContext:
            {{- include "mcp.securityContext" . | nindent 12 }}
          resources:
            limits:
              cpu: 500m
              memory: 256Mi
`
    })
    const [ps] = findingsOf(gate(dir).findings, 'infra.pod-security')
    expect(ps.status).toBe('not verified')
    expect(ps.reason).toBe(`templated: ${TEMPLATE}:12`)
    expect(ps.message).toContain('cannot tell whether it meets Pod Security Standards')
  })

  it('if / else if / else on values, and a literal violation next to an unresolved include still fails', async () => {
    const dir = variant(CHART, {
      'charts/gateway-helm/values.yaml': 'mode: strict\nhardened: false\n',
      [TEMPLATE]: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp
spec:
  template:
    spec:
      containers:
        - name: server
          {{- include "mcp.extra" . | nindent 10 }}
          securityContext:
          {{- if .Values.hardened }}
            runAsNonRoot: true
          {{- else if eq .Values.mode "strict" }}
            runAsNonRoot: false
          {{- else }}
            privileged: true
          {{- end }}
`
    })
    const d = (await collectRepoEvidence(new Repository(dir))).kubernetes.find((o) => o.kind === 'Deployment')!
    // `eq` is evaluated: the `else if` branch is the one rendered; the include of a define the chart lacks stays unresolved.
    expect((d.data as any).spec.template.spec.containers[0].securityContext).toEqual({ runAsNonRoot: false })
    expect(d.templated!.map((t) => t.line)).toEqual([10])
    const literal = variant(dir, {
      [TEMPLATE]: readFileSync(join(dir, TEMPLATE), 'utf8').replace(
        '{{- else if eq .Values.mode "strict" }}',
        '{{- else if .Values.mode }}'
      )
    })
    const [ps] = findingsOf(gate(literal).findings, 'infra.pod-security')
    // runAsNonRoot: false is written, not missing: a failure even with the include unresolved.
    expect(ps.status).toBe('failed')
    expect(ps.message).toContain('runAsNonRoot is not true')
  })
})

describe('template forms real charts use (issue 24 §4)', () => {
  it('include of a define in _helpers.tpl, printf, default, trunc/trimSuffix, and/or/not/eq/ne, hasKey, empty, required, tpl', async () => {
    const dir = variant(CHART, {
      'charts/gateway-helm/values.yaml':
        'nameOverride: ""\nnet:\n  host: false\nsc:\n  runAsNonRoot: true\nmode: strict\nextraName: "{{ .Release.Name }}x"\n',
      'charts/gateway-helm/templates/_helpers.tpl':
        '{{- define "mcp.name" -}}\n{{- default "mcp-server-with-a-rather-long-name-that-goes-past-the-limit-of-63-chars" .Values.nameOverride | trunc 63 | trimSuffix "-" }}\n{{- end }}\n{{- define "mcp.full" -}}\n{{ printf "%s-%s" "x" (include "mcp.name" .) }}\n{{- end }}\n',
      [TEMPLATE]: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "mcp.name" . }}
spec:
  template:
    spec:
      {{- if and (not .Values.net.host) (eq .Values.mode "strict") }}
      hostNetwork: false
      {{- end }}
      {{- if or .Values.net.host (ne .Values.mode "strict") }}
      hostPID: true
      {{- end }}
      {{- if hasKey .Values.sc "runAsNonRoot" }}
      securityContext:
        runAsNonRoot: {{ required "sc.runAsNonRoot" .Values.sc.runAsNonRoot }}
      {{- end }}
      {{- if empty .Values.nameOverride }}
      serviceAccountName: {{ printf "%s-sa" "mcp" }}
      {{- end }}
      containers:
        - name: server
`
    })
    const d = (await collectRepoEvidence(new Repository(dir))).kubernetes.find((o) => o.kind === 'Deployment')!
    const spec = (d.data as any).spec.template.spec
    expect(d.name).toBe('mcp-server-with-a-rather-long-name-that-goes-past-the-limit-of')
    expect(spec.hostNetwork).toBe(false)
    expect(spec.hostPID).toBeUndefined()
    expect(spec.securityContext).toEqual({ runAsNonRoot: true })
    expect(spec.serviceAccountName).toBe('mcp-sa')
    expect(d.templated ?? []).toEqual([])
  })

  it('nested parentheses and a define that includes itself stop rendering at a bound, not the stack', async () => {
    const cases = [
      ['include "loop" .', 'include, template and tpl nest more than 20 deep'],
      [`not ${'('.repeat(50_000)}true${')'.repeat(50_000)}`, 'parentheses nest more than 32 deep']
    ]
    for (const [action, bound] of cases) {
      const dir = variant(CHART, {
        'charts/gateway-helm/templates/_helpers.tpl': '{{- define "loop" -}}\n{{ include "loop" . }}\n{{- end }}\n',
        [TEMPLATE]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: {{ ${action} }}\n`
      })
      const ev = await collectRepoEvidence(new Repository(dir))
      // What it would have written is unknown, so it is said, not rendered as an unresolved value.
      expect(ev.kubernetes.find((o) => o.kind === 'ConfigMap' && o.name === 'cm')).toBeUndefined()
      expect(ev.deploymentGaps?.map((g) => `${g.file}: ${g.message}`)).toContain(`${TEMPLATE}: not rendered: ${bound}`)
    }
  })
})

describe('a template the values switch off', () => {
  it('is said as disabled by its condition, not as a missing HTTPRoute', () => {
    const values = readFileSync(join(CHART, 'charts/gateway-helm/values.yaml'), 'utf8')
    const dir = variant(CHART, {
      'charts/gateway-helm/values.yaml': `${values}\nhttpRoute:\n  enabled: false\n`,
      'charts/gateway-helm/templates/httproute.yaml':
        '{{- if .Values.httpRoute.enabled }}\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: mcp\nspec:\n  parentRefs:\n    - name: internal\n      namespace: envoy-gateway-system\n{{- end }}\n'
    })
    const [f] = findingsOf(gate(dir).findings, 'infra.gateway-route')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('templates/httproute.yaml is disabled by `httpRoute.enabled`')
    expect(f.message).not.toContain('No HTTPRoute (gateway.networking.k8s.io) in the repository')
  })
})

// The forms of a library chart (a common/ sub-chart of helpers, as many public charts vendor one), written here in
// the same shape: labels merged from dicts, a security context rendered through a helper, presets in an action
// over several lines, API checks on the cluster's capabilities.
const LIBRARY = `{{- define "lib.render" -}}
{{- $value := typeIs "string" .value | ternary .value (.value | toYaml) }}
{{- if contains "{{" (toJson .value) }}
  {{- tpl $value .context }}
{{- else }}
    {{- $value }}
{{- end }}
{{- end -}}
{{- define "lib.merge" -}}
{{- $dst := dict -}}
{{- range .values -}}
{{- $dst = include "lib.render" (dict "value" . "context" $.context) | fromYaml | merge $dst -}}
{{- end -}}
{{ $dst | toYaml }}
{{- end -}}
{{- define "lib.labels" -}}
{{- $default := dict "app.kubernetes.io/name" .context.Chart.Name "app.kubernetes.io/instance" .context.Release.Name -}}
{{ template "lib.merge" (dict "values" (list .customLabels $default) "context" .context) }}
{{- end -}}
{{- define "lib.securityContext" -}}
{{- $adapted := omit .secContext "enabled" -}}
{{- if (((.context.Values.global).compatibility).openshift) -}}
{{- $adapted = omit $adapted "runAsUser" -}}
{{- end -}}
{{- toYaml $adapted -}}
{{- end -}}
{{- define "lib.resources" -}}
{{- $presets := dict
  "small" (dict
      "limits" (dict "cpu" "750m" "memory" "768Mi")
   )
-}}
{{- index $presets .type | toYaml -}}
{{- end -}}
{{- define "lib.pdb.apiVersion" -}}
{{- if and (.Capabilities.APIVersions.Has "policy/v1") (semverCompare ">=1.21-0" .Capabilities.KubeVersion.Version) -}}
policy/v1
{{- else -}}
policy/v1beta1
{{- end -}}
{{- end -}}
`

describe('a library chart’s helpers (issue 24 §4)', () => {
  it('renders labels, the security context and resources through them; only the namespace stays unknown', async () => {
    const dir = variant(undefined, {
      'golive.yaml': goliveYaml(),
      'chart/Chart.yaml': 'apiVersion: v2\nname: mcp\nversion: 1.0.0\n',
      'chart/charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\ntype: library\nversion: 1.0.0\n',
      'chart/charts/lib/templates/_helpers.tpl': LIBRARY,
      'chart/values.yaml': `commonLabels:
  team: search
resourcesPreset: small
containerSecurityContext:
  enabled: true
  runAsNonRoot: true
  runAsUser: 1001
  allowPrivilegeEscalation: false
  capabilities:
    drop: ["ALL"]
  seccompProfile:
    type: RuntimeDefault
`,
      'chart/templates/pdb.yaml':
        'apiVersion: {{ include "lib.pdb.apiVersion" . }}\nkind: PodDisruptionBudget\nmetadata:\n  name: mcp\n',
      'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
  namespace: {{ .Release.Namespace | quote }}
  labels: {{- include "lib.labels" (dict "customLabels" .Values.commonLabels "context" $) | nindent 4 }}
    app.kubernetes.io/component: server
spec:
  template:
    spec:
      containers:
        - name: server
          image: mcp:1
          {{- if .Values.containerSecurityContext.enabled }}
          securityContext: {{- include "lib.securityContext" (dict "secContext" .Values.containerSecurityContext "context" $) | nindent 12 }}
          {{- end }}
          resources: {{- include "lib.resources" (dict "type" .Values.resourcesPreset) | nindent 12 }}
`
    })
    const objects = (await collectRepoEvidence(new Repository(dir))).kubernetes
    const d = objects.find((o) => o.kind === 'Deployment')!
    const data = d.data as any
    expect(d.name).toBe('release-name-mcp')
    expect(data.metadata.labels).toEqual({
      team: 'search',
      'app.kubernetes.io/name': 'mcp',
      'app.kubernetes.io/instance': 'release-name',
      'app.kubernetes.io/component': 'server'
    })
    expect(data.spec.template.spec.containers[0].securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 1001,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' }
    })
    expect(data.spec.template.spec.containers[0].resources).toEqual({ limits: { cpu: '750m', memory: '768Mi' } })
    // Where the release is installed is not in the checkout.
    expect(data.metadata.namespace.startsWith(TEMPLATED)).toBe(true)
    expect(d.templated).toEqual([])
    expect(objects.find((o) => o.kind === 'PodDisruptionBudget')?.apiVersion).toBe('policy/v1')
    const [ps] = findingsOf(gate(dir).findings, 'infra.pod-security')
    expect(ps.status).toBe('passed')
  })

  it('a helper it cannot resolve leaves the key empty and the container not verified, never passed', async () => {
    const dir = variant(undefined, {
      'golive.yaml': goliveYaml(),
      'chart/Chart.yaml': 'apiVersion: v2\nname: mcp\nversion: 1.0.0\n',
      'chart/values.yaml': 'sc: {}\n',
      'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp
spec:
  template:
    spec:
      containers:
        - name: server
          image: mcp:1
          securityContext: {{- include "not.defined" .Values.sc | nindent 12 }}
`
    })
    const d = (await collectRepoEvidence(new Repository(dir))).kubernetes.find((o) => o.kind === 'Deployment')!
    expect(d.templated?.map((t) => t.line)).toEqual([11])
    const [ps] = findingsOf(gate(dir).findings, 'infra.pod-security')
    expect(ps.status).toBe('not verified')
  })
})

describe('pod security with unresolved template values (issue 24 §4)', () => {
  const chart = (spec: string) =>
    variant(undefined, {
      'golive.yaml': goliveYaml(),
      'chart/Chart.yaml': 'apiVersion: v2\nname: mcp\nversion: 1.0.0\n',
      'chart/values.yaml': 'x: {}\n',
      'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: mcp
spec:
  template:
    spec:
${spec}`
    })

  it('an unresolved action under env: cannot set the security context: what is missing fails', () => {
    const dir = chart(`      containers:
        - name: server
          image: mcp:1
          env: {{- include "not.defined" . | nindent 12 }}
          securityContext:
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
`)
    const [ps] = findingsOf(gate(dir).findings, 'infra.pod-security')
    expect(ps.status).toBe('failed')
    expect(ps.message).toContain('allowPrivilegeEscalation is not false; capabilities do not drop ALL.')
  })

  it('a pod-level unresolved security context leaves only what a pod can set not verified', () => {
    const dir = chart(`      securityContext: {{- include "not.defined" . | nindent 8 }}
      containers:
        - name: server
          image: mcp:1
`)
    const ps = findingsOf(gate(dir).findings, 'infra.pod-security')
    expect(ps.map((f) => f.status)).toEqual(['failed'])
    // allowPrivilegeEscalation and capabilities are container settings: no pod value can set them.
    expect(ps[0].message).toContain(
      'breaks Pod Security Standards “restricted”: allowPrivilegeEscalation is not false; capabilities do not drop ALL. Not verified, as unresolved template values could set them (chart/templates/deployment.yaml:8): runAsNonRoot is not true (container or pod); seccompProfile is unset'
    )
  })
})
