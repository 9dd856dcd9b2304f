// The helpers checks of several phases share (checks/shared.ts): what each check built by hand
// before, so a change here shows in every check's message at once.
import { describe, expect, it } from 'vitest'
import { attested, counted, isEnvoySecurityPolicy, production } from '../../checks/shared.js'
import type { K8sObject } from '../../src/evidence/kubernetes-objects.js'

const policy = (apiVersion: string, kind = 'SecurityPolicy') => ({ apiVersion, kind }) as K8sObject

describe('checks/shared.ts', () => {
  it('counts a noun: singular for one, plural otherwise, zero included', () => {
    expect(counted(1, 'place')).toBe('1 place')
    expect(counted(0, 'place')).toBe('0 places')
    expect(counted(3, 'approving review')).toBe('3 approving reviews')
  })

  it('keeps the facts outside test code, in order', () => {
    const facts = [
      { isTest: false, n: 1 },
      { isTest: true, n: 2 },
      { isTest: false, n: 3 }
    ]
    expect(production(facts).map((f) => f.n)).toEqual([1, 3])
  })

  it('says who attested and when, with the evidence only when there is some', () => {
    const att = { check: 'observability.dashboard', by: '@alice', date: '2026-11-20', note: 'watched' }
    const bare = attested(att, 'Dashboard https://d.example')
    expect(bare.message).toBe('Dashboard https://d.example (attested by @alice on 2026-11-20).')
    expect(bare.attestation).toEqual({ by: '@alice', date: '2026-11-20', note: 'watched' })
    expect(Object.keys(bare)).toEqual(['status', 'message', 'attestation'])
    const at = { file: 'golive.yaml', line: 3, column: 3 }
    expect(Object.keys(attested(att, 'x', [at]))).toEqual(['status', 'message', 'evidence', 'attestation'])
  })

  it('knows Envoy Gateway SecurityPolicies by kind and API group version', () => {
    expect(isEnvoySecurityPolicy(policy('gateway.envoyproxy.io/v1alpha1'))).toBe(true)
    expect(isEnvoySecurityPolicy(policy('security.istio.io/v1'))).toBe(false)
    expect(isEnvoySecurityPolicy(policy('gateway.envoyproxy.io/v1alpha1', 'ClientTrafficPolicy'))).toBe(false)
  })
})
