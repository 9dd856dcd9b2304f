// Infrastructure checks judge what deploys to production (issue 24 §4): manifests under development,
// test, evaluation and example folders are reported apart and never block, unless an Argo CD
// Application deploys them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'

const READY = join(EXAMPLES, 'ready-server')
const PRIVILEGED =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: eval-runner\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: runner\n          image: x\n          securityContext:\n            privileged: true\n'

describe('production scope of manifests', () => {
  for (const path of [
    'evals/k8s/runner.yaml',
    'dev/runner.yaml',
    'tests-e2e/runner.yaml',
    'examples/k8s/runner.yaml',
    'hack/runner.yaml',
    'deploy/kind-cluster.yaml'
  ]) {
    it(`${path}: reported apart as a non-production warning, the verdict stays READY`, () => {
      const result = gate(variant(READY, { [path]: PRIVILEGED }))
      const pod = findingsOf(result.findings, 'infra.pod-security')
      const apart = pod.filter((f) => f.nonProduction)
      expect(apart).toHaveLength(1)
      expect(apart[0]).toMatchObject({ status: 'warning', blocking: false })
      expect(apart[0].message).toContain('hostNetwork: true')
      expect(apart[0].message).toContain('privileged: true')
      expect(pod.filter((f) => !f.nonProduction).map((f) => f.status)).toEqual(['passed'])
      expect(result.verdict).toBe('ready')
    })
  }

  it('the same manifest in a production folder blocks', () => {
    const result = gate(variant(READY, { 'deploy/runner.yaml': PRIVILEGED }))
    expect(
      findingsOf(result.findings, 'infra.pod-security').some((f) => f.status === 'failed' && !f.nonProduction)
    ).toBe(true)
    expect(result.verdict).toBe('blocked')
  })

  it('a production kustomization that includes a dev/ folder makes it production', () => {
    const prod = readFileSync(join(READY, 'deploy/overlays/prod/kustomization.yaml'), 'utf8')
    const result = gate(
      variant(READY, {
        'dev/runner/runner.yaml': PRIVILEGED,
        'dev/runner/kustomization.yaml': 'resources:\n  - runner.yaml\n',
        'deploy/overlays/prod/kustomization.yaml': prod.replace(
          '  - ../../base',
          '  - ../../base\n  - ../../../dev/runner'
        )
      })
    )
    const failed = findingsOf(result.findings, 'infra.pod-security').filter((f) => f.status === 'failed')
    expect(failed.some((f) => !f.nonProduction && f.message.includes('eval-runner'))).toBe(true)
    expect(result.verdict).toBe('blocked')
  })

  it('a docker-compose file and a kind cluster config are never judged as production workloads', () => {
    const result = gate(
      variant(READY, {
        'docker-compose.yml': 'services:\n  mcp:\n    image: x\n    privileged: true\n    network_mode: host\n',
        'kind-config.yaml':
          'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  - role: control-plane\n    extraMounts:\n      - hostPath: /var/run/docker.sock\n        containerPath: /var/run/docker.sock\n'
      })
    )
    for (const id of ['infra.pod-security', 'infra.hardening'])
      expect(
        findingsOf(result.findings, id)
          .filter((f) => !f.nonProduction)
          .map((f) => f.status)
      ).toEqual(['passed'])
    expect(result.verdict).toBe('ready')
  })

  it('an Argo CD Application that deploys the folder makes it production', () => {
    const app =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: evals\n  namespace: argocd\nspec:\n  project: zone-2\n  source:\n    repoURL: https://github.com/contoso/x.git\n    path: evals/k8s\n  destination:\n    name: aks-zone-2-prod\n    namespace: evals\n'
    const result = gate(variant(READY, { 'evals/k8s/runner.yaml': PRIVILEGED, 'deploy/argocd/zone-2/evals.yaml': app }))
    expect(
      findingsOf(result.findings, 'infra.pod-security').some((f) => f.status === 'failed' && !f.nonProduction)
    ).toBe(true)
  })
})
