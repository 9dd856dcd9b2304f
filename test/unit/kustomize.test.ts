// Kustomize overlays on Envoy Gateway's own example manifests (copied in
// test/fixtures/real-manifests/envoy-gateway): the checks judge what the prod
// overlay deploys, and evidence points at the line a value came from — the
// patch that set it, or the base.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { readDeployment } from '../../src/evidence/kubernetes-objects.js'
import { Repository } from '../../src/evidence/repository.js'
import { ROOT, findingsOf, gate, variant } from '../support/gate.js'

const EG = join(ROOT, 'test/fixtures/real-manifests/envoy-gateway')
const where = (f: { evidence: unknown[] }) =>
  f.evidence.map((e) => {
    const x = e as { file: string; line: number; column: number }
    return `${x.file}:${x.line}:${x.column}`
  })
const check = (dir: string, id: string) => findingsOf(gate(dir).findings, id)

describe('overlays built from the checkout', () => {
  it('every root kustomization is built: resources followed, namespace set; base manifests are not judged on their own', async () => {
    const objects = (await collectRepoEvidence(new Repository(EG))).kubernetes
    const names = objects.map((o) => `${o.kind}/${o.namespace ?? '-'}/${o.name}@${o.overlay ?? 'none'}`)
    expect(names).toContain('Deployment/backend-prod/backend@deploy/overlays/prod')
    expect(names).toContain('Deployment/backend-dev/backend@deploy/overlays/dev')
    expect(names).toContain('EnvoyProxy/envoy-gateway-system/json-access-logging@none')
    expect(names.filter((n) => n.startsWith('Deployment/'))).toHaveLength(2)
    expect(objects.some((o) => o.kind === 'Kustomization' || o.file.endsWith('hardening.yaml'))).toBe(false)
  })

  it('the base’s pod security, fixed by the prod patch, passes; the evidence is the container, where the base declares it', () => {
    const [f] = check(EG, 'infra.pod-security')
    expect(f.status).toBe('passed')
    expect(where(f)).toEqual(['deploy/base/application.yaml:42:11'])
    expect(f.evidence[0]).toMatchObject({ note: 'Deployment backend (deploy/overlays/prod), container backend' })
  })

  it('without the prod overlay, the base itself (as dev builds it) fails, at the base’s lines', () => {
    const dir = variant(EG, { 'deploy/overlays/prod': null })
    const failed = check(dir, 'infra.pod-security').filter((f) => f.status === 'failed')
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.flatMap(where).every((w) => w.startsWith('deploy/base/application.yaml:'))).toBe(true)
    expect(failed.map((f) => f.message).join(' ')).toContain('runAsNonRoot')
  })

  it('a violation the prod patch introduces fails with the patch file’s line', () => {
    const dir = variant(EG, {
      'deploy/overlays/prod/hardening.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: backend
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: backend
          securityContext:
            allowPrivilegeEscalation: false
            privileged: true
            capabilities:
              drop: [ALL]
`
    })
    const failed = check(dir, 'infra.pod-security').filter((f) => f.status === 'failed')
    const privileged = failed.find((f) => f.message.includes('privileged'))!
    expect(privileged).toBeDefined()
    expect(where(privileged)).toContain('deploy/overlays/prod/hardening.yaml:17:13')
  })

  it('an inline JSON 6902 patch that points the route at the public gateway fails at the patch’s line in the kustomization', () => {
    const dir = variant(EG, {
      'deploy/overlays/prod/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: backend-prod
resources:
  - ../../base
patches:
  - path: hardening.yaml
  - target:
      kind: HTTPRoute
      name: foo
    patch: |-
      - op: replace
        path: /spec/parentRefs/0
        value:
          name: public
          namespace: envoy-gateway-system
`
    })
    const route = check(dir, 'infra.gateway-route')
    const bad = route.find((f) => f.status === 'failed' && f.message.includes('HTTPRoute foo'))!
    expect(bad.message).toContain('public Gateway envoy-gateway-system/public')
    expect(where(bad)).toEqual(['deploy/overlays/prod/kustomization.yaml:15:11'])
    // bar is not targeted: it keeps the base's parentRef (eg, no namespace), at the base's line.
    const bar = route.find((f) => f.message.includes('HTTPRoute bar'))!
    expect(bar.status).toBe('failed')
    expect(where(bar)).toEqual(['deploy/base/jwt.yaml:44:5'])
  })

  it('a target name is a Go regular expression for the whole name, matched in linear time', async () => {
    const long = 'a'.repeat(40)
    const overlay = (name: string) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../base
patches:
  - target:
      kind: ConfigMap
      name: '${name}'
    patch: |-
      - op: add
        path: /data/patched
        value: "yes"
`
    const base = {
      'base/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - maps.yaml\n',
      'base/maps.yaml': ['foo', 'fooo', long]
        .map((n) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\ndata:\n  a: "1"\n`)
        .join('---\n')
    }
    const patched = async (name: string) => {
      const dir = variant(undefined, { ...base, 'overlay/kustomization.yaml': overlay(name) })
      return (await collectRepoEvidence(new Repository(dir))).kubernetes
        .filter((o) => (o.data as { data?: { patched?: string } }).data?.patched === 'yes')
        .map((o) => o.name)
    }
    expect(await patched('f.o')).toEqual(['foo'])
    expect(await patched('fo+')).toEqual(['foo', 'fooo'])
    // Anchored: a pattern that matches part of a name does not select it.
    expect(await patched('fo')).toEqual([])
    // RE2 syntax, as kustomize (Go) reads it; a pattern it cannot read is a plain name.
    expect(await patched('(?i)FOO')).toEqual(['foo'])
    expect(await patched('fo(?=o)')).toEqual([])
    // Each more letter doubled a backtracking engine's time on this one (40 letters: days); it does not match.
    expect(await patched('(a|a)*x')).toEqual([])
    expect(await patched('(a|a)*')).toEqual([long])
  })

  it('patchesStrategicMerge (deprecated) with $patch: delete removes a hostPath sidecar the base adds', async () => {
    const sidecar = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sidecar
spec:
  template:
    spec:
      containers:
        - name: app
          image: app:1
        - name: logs
          image: fluentbit:3
      volumes:
        - name: host
          hostPath:
            path: /var/log
`
    const base = {
      'deploy/base/sidecar.yaml': sidecar,
      'deploy/base/kustomization.yaml': 'resources:\n  - application.yaml\n  - jwt.yaml\n  - sidecar.yaml\n'
    }
    const withDelete = variant(EG, {
      ...base,
      'deploy/overlays/prod/drop-logs.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sidecar\nspec:\n  template:\n    spec:\n      containers:\n        - name: logs\n          $patch: delete\n      volumes:\n        - name: host\n          $patch: delete\n',
      'deploy/overlays/prod/kustomization.yaml':
        'namespace: backend-prod\nresources:\n  - ../../base\npatchesStrategicMerge:\n  - drop-logs.yaml\n'
    })
    const built = (await collectRepoEvidence(new Repository(withDelete))).kubernetes.find(
      (o) => o.name === 'sidecar' && o.overlay === 'deploy/overlays/prod'
    )!
    const spec = (
      built.data as { spec: { template: { spec: { containers: { name: string }[]; volumes: unknown[] } } } }
    ).spec.template.spec
    expect(spec.containers.map((c) => c.name)).toEqual(['app'])
    expect(spec.volumes).toEqual([])
    expect(check(withDelete, 'infra.pod-security').some((f) => f.message.includes('hostPath'))).toBe(false)
    const without = variant(EG, {
      ...base,
      'deploy/overlays/prod/kustomization.yaml': 'namespace: backend-prod\nresources:\n  - ../../base\n'
    })
    expect(check(without, 'infra.pod-security').some((f) => f.message.includes('hostPath'))).toBe(true)
  })

  it('namePrefix renames; remote bases and components are said, not followed; a cycle ends', () => {
    const dir = variant(EG, {
      'deploy/overlays/prod/kustomization.yaml':
        'namePrefix: prod-\nresources:\n  - ../../base\n  - https://example.com/remote//base?ref=v1\n  - ../loop-a\ncomponents:\n  - ../../components/x\n',
      'deploy/overlays/loop-a/kustomization.yaml': 'resources:\n  - ../loop-b\n',
      'deploy/overlays/loop-b/kustomization.yaml': 'resources:\n  - ../loop-a\n'
    })
    const { objects, notes } = readDeployment(new Repository(dir))
    expect(objects.some((o) => o.name === 'prod-backend' && o.kind === 'Deployment')).toBe(true)
    expect(notes).toContain(
      'deploy/overlays/prod/kustomization.yaml: https://example.com/remote//base?ref=v1 is remote or outside the checkout; not followed'
    )
    expect(notes).toContain(
      'deploy/overlays/prod/kustomization.yaml: component ../../components/x not found in the checkout; not applied'
    )
    expect(notes.some((n) => n.includes('includes itself'))).toBe(true)
    // What was not followed is said in the infrastructure checks, which do not pass on the part they read.
    const [pod] = check(dir, 'infra.pod-security')
    expect(pod.message).toContain('https://example.com/remote//base?ref=v1 is remote or outside the checkout')
    const [audit] = check(dir, 'infra.audit-logging')
    expect(audit.status).toBe('not verified')
    expect(audit.evidence[0]).toMatchObject({ file: 'deploy/overlays/prod/kustomization.yaml' })
  })
})

const PROD_K = 'deploy/overlays/prod/kustomization.yaml'
const prodWith = (extra: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: backend-prod\nresources:\n  - ../../base\npatches:\n  - path: hardening.yaml\n${extra}`

describe('what a kustomization does beyond resources and patches', () => {
  it('a component is followed: one that adds hostNetwork: true fails pod security, at the component’s line', () => {
    const dir = variant(EG, {
      [PROD_K]: prodWith('components:\n  - ../../components/net\n'),
      // An inline patch: no file of its own that the gate would judge as a manifest anyway.
      'deploy/components/net/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - target:\n      kind: Deployment\n    patch: |-\n      - op: add\n        path: /spec/template/spec/hostNetwork\n        value: true\n'
    })
    const failed = check(dir, 'infra.pod-security').filter((f) => f.status === 'failed')
    expect(failed.map((f) => f.message).join(' ')).toContain('hostNetwork: true')
    expect(failed.flatMap(where)[0]).toMatch(/^deploy\/components\/net\/kustomization.yaml:/)
  })

  it('replacements, helmCharts, generators and unsupported patch operations are said, and the checks are not verified', () => {
    for (const extra of [
      'replacements:\n  - path: r.yaml\n',
      'helmCharts:\n  - name: x\n    repo: https://charts.example.com\n',
      'transformers:\n  - t.yaml\n',
      '  - target:\n      kind: Deployment\n    patch: |-\n      - op: copy\n        from: /spec\n        path: /x\n',
      '  - path: ../../../outside.yaml\n'
    ]) {
      const dir = variant(EG, { [PROD_K]: prodWith(extra) })
      const [pod] = check(dir, 'infra.pod-security')
      expect(pod.status, extra).toBe('not verified')
      expect(pod.reason, extra).toMatch(/not (applied|followed)/)
    }
    // A generated ConfigMap changes no pod setting: said, and the check still passes.
    const gen = variant(EG, { [PROD_K]: prodWith('configMapGenerator:\n  - name: c\n    literals: [a=b]\n') })
    expect(check(gen, 'infra.pod-security')[0].status).toBe('passed')
  })

  it('a patch target’s kind is a regular expression, as its name is', () => {
    const dir = variant(EG, {
      [PROD_K]: prodWith(
        '  - target:\n      kind: Deploy.*\n    patch: |-\n      - op: add\n        path: /spec/template/spec/hostPID\n        value: true\n'
      )
    })
    expect(
      check(dir, 'infra.pod-security')
        .filter((f) => f.status === 'failed')
        .map((f) => f.message)
        .join(' ')
    ).toContain('hostPID: true')
  })

  it('YAML merge keys are merged in patches, as kubectl and kustomize merge them', () => {
    const dir = variant(EG, {
      'deploy/overlays/prod/hardening.yaml': `x-net: &net\n  hostIPC: true\n---\n${readFileSync(join(EG, 'deploy/overlays/prod/hardening.yaml'), 'utf8').replace('      securityContext:\n', '      <<: *netref\n      securityContext:\n').replace('apiVersion: apps/v1', 'apiVersion: apps/v1\nx-anchor: &netref\n  hostIPC: true')}`
    })
    expect(
      check(dir, 'infra.pod-security')
        .filter((f) => f.status === 'failed')
        .map((f) => f.message)
        .join(' ')
    ).toContain('hostIPC: true')
  })
})
