import { type CheckDefinition, dig, type Outcome } from '../../src/check.js'
import { holesFor, noWorkloads, unresolvedByTemplate } from './shared.js'
import { containersOf, workloads } from '../deployment.js'

export const hardening: CheckDefinition = {
  id: 'infra.hardening',
  phase: 'infra',
  level: 'advisory',
  title: 'Container hardening',
  reads: ['manifest'],
  passesWhen: 'readOnlyRootFilesystem and CPU/memory limits on every container',
  explain: {
    looksFor: 'Read-only root filesystem and resource limits.',
    evidence: ['`readOnlyRootFilesystem: true`, `resources.limits.cpu` and `.memory` per container'],
    why: 'Limits contain a runaway or abused server.',
    fix: 'Add them to every container.'
  },
  run(ctx) {
    const ws = workloads(ctx)
    if (!ws.length) return [noWorkloads('infra.hardening', ctx)]
    const outcomes: Outcome[] = []
    for (const ref of ws.flatMap(containersOf)) {
      if (ref.list === 'ephemeralContainers') continue
      const missing: string[] = []
      if (dig(ref.container, 'securityContext', 'readOnlyRootFilesystem') !== true)
        missing.push('readOnlyRootFilesystem: true')
      if (dig(ref.container, 'resources', 'limits', 'cpu') === undefined) missing.push('a CPU limit')
      if (dig(ref.container, 'resources', 'limits', 'memory') === undefined) missing.push('a memory limit')
      // Only unresolved actions that could write a missing setting leave it not verified; the others fail.
      const holesOf = (m: string) => holesFor(ref, false, m.startsWith('readOnly') ? 'securityContext' : 'resources')
      const open = missing.filter((m) => holesOf(m).length)
      const settled = missing.filter((m) => !open.includes(m))
      if (open.length && !settled.length)
        outcomes.push(unresolvedByTemplate(ref, [...new Set(open.flatMap(holesOf))], `has ${open.join(', ')}`))
      else if (settled.length)
        outcomes.push({
          status: 'failed',
          message: `${ref.at.note} lacks ${settled.join(', ')}.${open.length ? ` (Not verified, unresolved template values could set them: ${open.join(', ')}.)` : ''}`,
          evidence: [ref.at],
          fix: '```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n```'
        })
    }
    if (!outcomes.length)
      outcomes.push({
        status: 'passed',
        message: 'Every container has a read-only root filesystem and CPU and memory limits.',
        evidence: ws.flatMap(containersOf).map((r) => r.at)
      })
    return outcomes
  }
}
