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

const CHART = join(ROOT, 'test/fixtures/real-manifests/envoy-gateway-helm')
const TEMPLATE = 'charts/gateway-helm/templates/envoy-gateway-deployment.yaml'
const where = (f: { evidence: unknown[] }) =>
  f.evidence.map((e) => {
    const x = e as { file: string; line: number; column: number }
    return `${x.file}:${x.line}:${x.column}`
  })

describe('Helm charts', () => {
  it('renders the chart’s Deployment with its values: toYaml blocks, with/else, range, include left as templated', async () => {
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
    expect(c.image.startsWith(TEMPLATED)).toBe(true)
    expect(d.templated!.map((t) => t.line)).toEqual([12, 24, 33, 108])
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
