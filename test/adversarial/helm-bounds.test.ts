// A chart the renderer stops on (a bound passed) hides what it would have deployed: the
// infrastructure checks it could change are `not verified`, naming the template and the bound,
// never passed (issue 21). Before, includes nested past 20 and parentheses past 32 were left as
// unresolved values (so `hostNetwork: true` behind them passed), and `tpl` of itself overflowed the stack.
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { HELM_LIMITS } from '../../src/evidence/helm.js'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'
import { cli } from '../support/hostile-repo.js'

const READY = join(EXAMPLES, 'ready-server')

/** A pod that meets "restricted" but for `hostNetwork`, written by `host`. */
const pod = (host: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: sidecar
spec:
  hostNetwork: ${host}
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: c
      image: ghcr.io/contoso/sidecar:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities:
          drop: ["ALL"]
      resources:
        limits:
          cpu: 100m
          memory: 64Mi
${extra}`

/** A chain of `n` defines, each including the next; the last writes `true` (Helm's own bound is 1,000). */
const chain = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `{{- define "hn${i}" -}}\n${i === n - 1 ? 'true' : `{{ include "hn${i + 1}" . }}`}\n{{- end -}}\n`
  ).join('')

/** The ready example with a chart production deploys (values-prod.yaml) beside its kustomize build. */
function withChart(files: Record<string, string>, values = 'hn: true\nitems: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n') {
  return variant(READY, {
    'deploy/chart/Chart.yaml': 'apiVersion: v2\nname: sidecar\nversion: 0.1.0\n',
    'deploy/chart/values.yaml': values,
    'deploy/chart/values-prod.yaml': 'replicas: 2\n',
    ...files
  })
}

const nest = (open: string, close: string, n: number, body: string) =>
  `${Array.from({ length: n }, () => open).join('\n')}\n${body}\n${Array.from({ length: n }, () => close).join('\n')}\n`

const POD = 'deploy/chart/templates/pod.yaml'
const HELPERS = 'deploy/chart/templates/_helpers.tpl'
const INCLUDES = `nest more than ${HELM_LIMITS.maxIncludes} deep`
const LOOP = '{{- define "loop" -}}\n{{ include "loop" . }}\n{{- end -}}\n'
const parens = `{{ ${'('.repeat(40)}.Values.hn${')'.repeat(40)} }}`
const ranges = `  x: |\n${nest('{{- range $.Values.items }}', '{{- end }}', 9, '    a')}`

const CASES: { name: string; files: Record<string, string>; values?: string; bound: string }[] = [
  {
    name: 'a chain of 25 includes',
    files: { [HELPERS]: chain(25), [POD]: pod('{{ include "hn0" . }}') },
    bound: INCLUDES
  },
  {
    name: 'a define that includes itself',
    files: { [HELPERS]: LOOP, [POD]: pod('{{ include "loop" . }}') },
    bound: INCLUDES
  },
  {
    name: 'tpl of a value that is itself',
    files: { [POD]: pod('{{ tpl .Values.x . }}') },
    values: 'x: "{{ tpl .Values.x . }}"\n',
    bound: INCLUDES
  },
  {
    name: '40 parentheses',
    files: { [POD]: pod(parens) },
    bound: `parentheses nest more than ${HELM_LIMITS.maxParens} deep`
  },
  { name: 'range nested 9 deep over 10 items', files: { [POD]: pod('true', ranges) }, bound: 'template lines' },
  {
    name: 'if nested 150 deep',
    files: { [POD]: pod('true', nest('{{- if .Values.hn }}', '{{- end }}', 150, '')) },
    bound: `blocks nest more than ${HELM_LIMITS.maxDepth} deep`
  }
]

describe('a chart past a render bound', () => {
  for (const c of CASES) {
    it(`${c.name}: infra.pod-security is not verified, naming the template and the bound`, () => {
      const result = gate(withChart(c.files, c.values))
      const ps = findingsOf(result.findings, 'infra.pod-security')
      expect(
        ps.some((f) => f.status === 'passed'),
        JSON.stringify(ps)
      ).toBe(false)
      const nv = ps.find((f) => f.status === 'not verified')
      expect(nv?.message).toContain(`${POD}: not rendered:`)
      expect(nv?.message).toContain(c.bound)
      expect(result.verdict).not.toBe('ready')
    })
  }

  it('within the bounds the chart renders and its hostNetwork fails (the same chain, shorter)', () => {
    const result = gate(withChart({ [HELPERS]: chain(10), [POD]: pod('{{ include "hn0" . }}') }))
    const ps = findingsOf(result.findings, 'infra.pod-security')
    const hostNetwork = ps.some((f) => f.status === 'failed' && f.message.includes('hostNetwork: true'))
    expect(hostNetwork, JSON.stringify(ps)).toBe(true)
    // A chart with nothing hostile keeps the example ready: the cases above block because of the bound alone.
    expect(gate(withChart({ [POD]: pod('false') })).verdict).toBe('ready')
  })

  it('the CLI: blocked, and the text output names the chart template and the bound', () => {
    const dir = withChart(CASES[0].files)
    const r = cli(['check', dir, '--format', 'json'])
    expect(r.status, r.stderr).toBe(1)
    const result = JSON.parse(r.stdout)
    expect(result.verdict).toBe('blocked')
    const ps = result.findings.filter((f: { check: string }) => f.check === 'infra.pod-security')
    expect(ps.map((f: { status: string }) => f.status)).toContain('not verified')
    expect(ps.map((f: { status: string }) => f.status)).not.toContain('passed')
    const text = cli(['check', dir], { env: { NO_COLOR: '1' } })
    expect(text.status).toBe(1)
    // The text output wraps long lines: read it as one line.
    const flat = text.stdout.replace(/\s+/g, ' ')
    expect(flat).toContain('blocking infra.pod-security:')
    expect(flat).toContain(`${POD}: not rendered: include, template and tpl nest more than 20 deep`)
  })
})
