import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyHost } from '../../checks/security.js'
import { readKubernetesObjects } from '../../src/evidence/kubernetes-objects.js'
import { readEgress } from '../../src/evidence/network-policy.js'
import { Repository } from '../../src/evidence/repository.js'
import { EXAMPLES, ROOT, findingsOf, gate } from '../support/gate.js'

describe('egress from network policies', () => {
  const facts = readEgress(readKubernetesObjects(new Repository(join(ROOT, 'test/fixtures/egress-policies'))))

  it('finds rules open to the world, with their lines', () => {
    expect(facts.policies).toHaveLength(3)
    expect(facts.openToWorld.map((e) => `${e.line}:${e.column} ${e.note}`)).toEqual([
      '10:7 NetworkPolicy allow-all-egress: egress rule without `to` allows every destination',
      '37:11 CiliumNetworkPolicy to-world: toEntities world'
    ])
  })

  it('lists the FQDNs a Cilium policy allows', () => {
    expect(facts.fqdns.map((f) => `${f.host}@${f.at.line}`)).toEqual(['api.partner.example.net@39', 'api.github.com@40'])
  })
})

describe('host classification', () => {
  it.each([
    ['servicenow-proxy.tickets.svc.cluster.local', 'internal'],
    ['billing.svc', 'internal'],
    ['10.0.0.4', 'internal'],
    ['docs.example.com', 'test'],
    ['api.test', 'test'],
    ['login.microsoftonline.com', 'identity'],
    ['api.partner.io', 'allowlisted'],
    ['eu.api.vendor.com', 'allowlisted'],
    ['api.github.com', 'public'],
    ['example.com.evil.io', 'public']
  ])('%s is %s', (host, cls) => {
    expect(classifyHost(host, ['api.partner.io', '*.vendor.com'])).toBe(cls)
  })
})

describe('the trifecta on the examples', () => {
  it('STOPs the unready server naming the three legs with evidence', () => {
    const [t] = findingsOf(gate(join(EXAMPLES, 'unready-server')).findings, 'security.trifecta')
    expect(t.status).toBe('failed')
    expect(t.level).toBe('critical')
    expect(t.message).toMatch(/^STOP — .*private data \(search_mail declares privateData: app-only\).*untrusted content \(.*\).*external communication \(.*api\.sendgrid\.com.*\)/)
    expect(t.evidence.slice(0, 3)).toEqual([
      expect.objectContaining({ file: 'golive.yaml', line: 10 }),
      expect.objectContaining({ file: 'golive.yaml', line: 11 }),
      expect.objectContaining({ file: 'src/mcp_mailbox/server.py', line: 27 })
    ])
  })

  it('cannot be waived: a waiver of a critical check is a configuration error', async () => {
    const { parseConfig } = await import('../../src/config/load.js')
    expect(() => parseConfig('version: 1\nserver: {name: x, owner: "@a", zone: 1}\ntools: []\nwaivers:\n  - {check: security.trifecta, reason: r, approvedBy: "@a", expires: 2026-12-01}\n', 'golive.yaml')).toThrow(/invalid configuration/)
  })

  it('passes the ready server: only private data (OBO)', () => {
    const [t] = findingsOf(gate(join(EXAMPLES, 'ready-server')).findings, 'security.trifecta')
    expect(t).toMatchObject({ status: 'passed', message: 'Not all three legs: only private data across the tools.' })
  })
})
