import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyHost } from '../../src/evidence/derived/capability-matrix.js'
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
    expect(facts.fqdns.map((f) => `${f.host}@${f.at.line}`)).toEqual([
      'api.partner.example.net@39',
      'api.github.com@40'
    ])
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
    expect(t.message).toMatch(
      /^STOP — .*private data \(search_mail declares privateData: app-only\).*untrusted content \(.*\).*external communication \(.*api\.sendgrid\.com.*\)/
    )
    expect(t.evidence.slice(0, 3)).toEqual([
      expect.objectContaining({ file: 'golive.yaml', line: 10 }),
      expect.objectContaining({ file: 'golive.yaml', line: 11 }),
      // The first outbound channel: a URL the caller chooses (the Graph call reads the organisation's data).
      expect.objectContaining({ file: 'src/mcp_mailbox/server.py', line: 38 })
    ])
  })

  it('cannot be waived: a waiver of a critical check is a configuration error', async () => {
    const { parseConfig } = await import('../../src/config/load.js')
    expect(() =>
      parseConfig(
        'version: 1\nserver: {name: x, owner: "@a", zone: 1}\ntools: []\nwaivers:\n  - {check: security.trifecta, reason: r, approvedBy: "@a", expires: 2026-12-01}\n',
        'golive.yaml'
      )
    ).toThrow(/invalid configuration/)
  })

  it('passes the ready server: only private data (OBO)', () => {
    const [t] = findingsOf(gate(join(EXAMPLES, 'ready-server')).findings, 'security.trifecta')
    expect(t).toMatchObject({ status: 'passed', message: 'Not all three legs: only private data across the tools.' })
  })
})

describe('which YAML files are read as manifests', () => {
  function objectsIn(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'golive-manifests-'))
    for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text)
    return readKubernetesObjects(new Repository(dir)).map((o) => `${o.kind}/${o.name}`)
  }

  it('reads the objects of a manifest, and none from YAML that names no apiVersion (a lockfile is not parsed)', () => {
    expect(
      objectsIn({
        'app.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n',
        'pnpm-lock.yaml': "lockfileVersion: '9.0'\nkind: not-an-object\n"
      })
    ).toEqual(['Service/api'])
  })

  it('still reads a manifest whose apiVersion key is spelled with an escape, so it cannot hide from the gate', () => {
    const hidden = '"api\\x56ersion": apps/v1\nkind: Deployment\nmetadata:\n  name: sneaky\n'
    expect(hidden).not.toContain('apiVersion')
    expect(objectsIn({ 'deploy.yaml': hidden })).toEqual(['Deployment/sneaky'])
  })
})
