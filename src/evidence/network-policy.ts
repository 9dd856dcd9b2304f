// Egress rules from NetworkPolicy and CiliumNetworkPolicy objects: which of
// them open the way to the world, and to which named hosts.
import type { FileEvidence } from '../findings.js'
import { dig, type K8sObject } from './kubernetes-objects.js'

export interface EgressFacts {
  /** Policies that restrict egress at all (any egress rule or policyTypes: Egress). */
  policies: FileEvidence[]
  /** Rules that allow egress to everything (no `to`, 0.0.0.0/0, ::/0, toEntities world/all). */
  openToWorld: FileEvidence[]
  /** FQDNs a Cilium policy allows (toFQDNs matchName / matchPattern). */
  fqdns: { host: string; at: FileEvidence }[]
}

const WORLD_CIDRS = new Set(['0.0.0.0/0', '::/0'])

export function readEgress(objects: K8sObject[]): EgressFacts {
  const facts: EgressFacts = { policies: [], openToWorld: [], fqdns: [] }
  for (const o of objects) {
    if (o.kind === 'NetworkPolicy' && o.apiVersion.startsWith('networking.k8s.io/')) {
      const types = dig(o.data, 'spec', 'policyTypes')
      const egress = dig(o.data, 'spec', 'egress')
      if (!(Array.isArray(types) && types.includes('Egress')) && !Array.isArray(egress)) continue
      facts.policies.push(o.locate(['metadata', 'name'], `NetworkPolicy ${o.name}`))
      if (!Array.isArray(egress)) continue
      egress.forEach((rule, i) => {
        const to = dig(rule, 'to')
        if (!Array.isArray(to) || to.length === 0) {
          facts.openToWorld.push(
            o.locate(
              ['spec', 'egress', i],
              `NetworkPolicy ${o.name}: egress rule without \`to\` allows every destination`
            )
          )
          return
        }
        to.forEach((peer, j) => {
          const cidr = dig(peer, 'ipBlock', 'cidr')
          if (typeof cidr === 'string' && WORLD_CIDRS.has(cidr))
            facts.openToWorld.push(
              o.locate(['spec', 'egress', i, 'to', j, 'ipBlock', 'cidr'], `NetworkPolicy ${o.name}: egress to ${cidr}`)
            )
        })
      })
    } else if (
      (o.kind === 'CiliumNetworkPolicy' || o.kind === 'CiliumClusterwideNetworkPolicy') &&
      o.apiVersion.startsWith('cilium.io/')
    ) {
      const specs = Array.isArray(dig(o.data, 'specs'))
        ? (dig(o.data, 'specs') as unknown[]).map((_, k) => ['specs', k])
        : [['spec']]
      for (const base of specs) {
        const egress = dig(o.data, ...base, 'egress')
        if (!Array.isArray(egress)) continue
        facts.policies.push(o.locate(['metadata', 'name'], `${o.kind} ${o.name}`))
        egress.forEach((rule, i) => {
          const entities = dig(rule, 'toEntities')
          if (Array.isArray(entities)) {
            entities.forEach((e, j) => {
              if (e === 'world' || e === 'all')
                facts.openToWorld.push(
                  o.locate([...base, 'egress', i, 'toEntities', j], `${o.kind} ${o.name}: toEntities ${e}`)
                )
            })
          }
          const cidrs = dig(rule, 'toCIDR')
          if (Array.isArray(cidrs))
            cidrs.forEach(
              (c, j) =>
                WORLD_CIDRS.has(String(c)) &&
                facts.openToWorld.push(
                  o.locate([...base, 'egress', i, 'toCIDR', j], `${o.kind} ${o.name}: toCIDR ${c}`)
                )
            )
          const fqdns = dig(rule, 'toFQDNs')
          if (Array.isArray(fqdns)) {
            fqdns.forEach((f, j) => {
              const host = (dig(f, 'matchName') ?? dig(f, 'matchPattern')) as string | undefined
              if (typeof host === 'string')
                facts.fqdns.push({
                  host: host.toLowerCase(),
                  at: o.locate([...base, 'egress', i, 'toFQDNs', j], `${o.kind} ${o.name}: toFQDNs ${host}`)
                })
            })
          }
        })
      }
    }
  }
  // The same base policy built by several overlays is one fact.
  const once = <T>(xs: T[], key: (x: T) => string) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i)
  const where = (e: { file: string; line: number; column: number; note?: string }) =>
    `${e.file}:${e.line}:${e.column}:${e.note ?? ''}`
  return {
    policies: once(facts.policies, where),
    openToWorld: once(facts.openToWorld, where),
    fqdns: once(facts.fqdns, (f) => where(f.at))
  }
}
