// Every fix text of phases 2–5 gives the exact snippet to add — YAML for
// manifests and workflows, code for auth, tracing and secrets — shown, never
// applied. Checked on every open finding of the examples and fixtures that
// fail those phases.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { ROOT, TODAY } from '../support/gate.js'

const DIRS = [
  'examples/unready-server',
  'test/fixtures/infra-cases',
  'test/fixtures/real-manifests/pod-security-admission',
  'test/fixtures/real-manifests/argo-cd',
  'test/fixtures/real-manifests/envoy-gateway',
  'test/fixtures/real-manifests/envoy-gateway-helm'
]
/** policy.test-data names the replacement values in prose (example.com addresses, the zero GUID): there is no block to add. */
const PROSE_FIX = new Set(['policy.test-data'])

describe.each(DIRS)('fix texts on %s', (dir) => {
  const open = runGate({ dir: join(ROOT, dir), today: TODAY }).result.findings.filter(
    (f) =>
      /^(policy|infra|auth|observability)\./.test(f.check) &&
      (f.status === 'failed' || f.status === 'warning') &&
      !PROSE_FIX.has(f.check)
  )

  it('has open findings in phases 2–5 to look at', () => {
    expect(open.length).toBeGreaterThan(0)
  })

  it('every open finding gives a fenced snippet', () => {
    expect(
      open.filter((f) => !/```[a-z]*\n[\s\S]+?\n```/.test(f.fix ?? '')).map((f) => `${f.check}: ${f.message}`)
    ).toEqual([])
  })
})

describe('the snippets say what to write for that finding', () => {
  const findings = runGate({ dir: join(ROOT, 'test/fixtures/real-manifests/pod-security-admission'), today: TODAY })
    .result.findings
  const fixFor = (message: string) => findings.find((f) => f.message.includes(message))?.fix ?? ''

  it('a hostPath volume: the same volume name, as emptyDir, under the pod spec', () => {
    expect(fixFor('volume volume1 is hostPath')).toContain('spec:\n  volumes:\n    - name: volume1\n      emptyDir: {}')
  })

  it('an unsafe sysctl: the allowed list, without it', () => {
    expect(fixFor('sysctl othersysctl')).toMatch(/without othersysctl[\s\S]*# - name: net\.ipv4\.ip_local_port_range/)
  })

  it('a Windows HostProcess pod: hostProcess false in the pod security context', () => {
    expect(fixFor('windowsOptions.hostProcess: true (pod)')).toContain(
      '  securityContext:\n    windowsOptions:\n      hostProcess: false'
    )
  })

  it('a committed secret: read from the environment in the file’s language, filled from a Kubernetes Secret', () => {
    const f = runGate({ dir: join(ROOT, 'examples/unready-server'), today: TODAY }).result.findings.find(
      (x) => x.check === 'policy.secrets' && x.message.includes('.py')
    )!
    expect(f.fix).toContain('os.environ["SERVICE_CREDENTIAL"]')
    expect(f.fix).toContain('secretKeyRef:')
  })
})
