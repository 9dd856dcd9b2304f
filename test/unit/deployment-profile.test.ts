// golive.yaml `deployment:` (issue 25): a local tool run over stdio is not judged on the platform's
// infrastructure and gateway, and is still judged on security, policy and data-access authentication.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOT_APPLICABLE_TO_LOCAL_TOOL } from '../../src/deployment.js'
import { EXAMPLES, gate, variant } from '../support/gate.js'

/** The unready example as a local tool: its Kubernetes manifests removed, `deployment:` set. */
function localTool(deployment: string, keepManifests = false) {
  const dir = variant(join(EXAMPLES, 'unready-server'), keepManifests ? {} : { k8s: null })
  const path = join(dir, 'golive.yaml')
  writeFileSync(path, `${readFileSync(path, 'utf8')}\ndeployment: ${deployment}\n`)
  return gate(dir)
}

describe.each(['stdio', 'none'])('deployment: %s', (deployment) => {
  const result = localTool(deployment)

  it('has no infrastructure or gateway blocking item; each such check says why it does not apply', () => {
    const blocking = result.findings.filter((f) => f.blocking)
    expect(blocking.filter((f) => f.phase === 'infra')).toEqual([])
    for (const id of Object.keys(NOT_APPLICABLE_TO_LOCAL_TOOL)) {
      const fs = result.findings.filter((f) => f.check === id)
      expect(fs).toHaveLength(1)
      expect(fs[0].status).toBe('not applicable')
      expect(fs[0].message).toContain(`deployment: ${deployment}`)
    }
  })

  it('still fails the security, policy and data-access checks', () => {
    const failed = new Set(result.findings.filter((f) => f.blocking).map((f) => f.check))
    for (const id of ['security.trifecta', 'security.content-types', 'policy.secrets', 'auth.no-app-credentials'])
      expect(failed).toContain(id)
    expect(result.verdict).toBe('blocked')
  })
})

describe('deployment: kubernetes and the default', () => {
  it('the default judges the platform: the unready example without manifests fails its gateway route', () => {
    const dir = variant(join(EXAMPLES, 'unready-server'), { k8s: null })
    const result = gate(dir)
    expect(result.findings.some((f) => f.check === 'infra.gateway-route' && f.blocking)).toBe(true)
  })

  it('a local tool whose repository holds Kubernetes workloads is judged as deployed', () => {
    const result = localTool('stdio', true)
    expect(result.findings.find((f) => f.check === 'infra.gateway-route')?.status).not.toBe('not applicable')
    expect(result.findings.some((f) => f.phase === 'infra' && f.blocking)).toBe(true)
  })
})
