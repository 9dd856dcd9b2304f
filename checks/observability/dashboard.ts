import { attestationFor, type CheckDefinition, configEvidence } from '../../src/check.js'
import { attested } from '../shared.js'

export const dashboard: CheckDefinition = {
  id: 'observability.dashboard',
  phase: 'observability',
  level: 'blocking',
  title: 'Dashboard',
  passesWhen: 'a monitoring dashboard is declared and attested or linked',
  explain: {
    looksFor: 'A monitoring dashboard.',
    evidence: ['`observability.dashboard` in golive.yaml, attested or linked from the README/docs'],
    why: 'Someone must be watching the server.',
    fix: 'Declare the dashboard and attest it.'
  },
  run(ctx) {
    const url = ctx.config.observability.dashboard
    const fix =
      '```yaml\nobservability:\n  dashboard: https://logfire.example.internal/dashboards/' +
      ctx.config.server.name +
      '\nattestations:\n  - check: observability.dashboard\n    by: "@reviewer"\n    date: ' +
      ctx.today +
      '\n    note: what the dashboard shows and who watches it\n```'
    if (!url) return [{ status: 'failed', message: 'No monitoring dashboard declared (observability.dashboard).', fix }]
    const at = configEvidence(ctx, ['observability', 'dashboard'])
    const att = attestationFor(ctx, 'observability.dashboard')
    if (att) return [attested(att, `Dashboard ${url}`, [at])]
    const docs = [ctx.repo.docs.readme, ...ctx.repo.docs.docs].filter((d): d is NonNullable<typeof d> => !!d)
    const linked = docs.find((d) => d.text.includes(url))
    if (linked)
      return [
        {
          status: 'passed',
          message: `Dashboard ${url} is declared and linked from ${linked.path}.`,
          evidence: [
            at,
            { file: linked.path, line: linked.text.slice(0, linked.text.indexOf(url)).split('\n').length, column: 1 }
          ]
        }
      ]
    return [
      {
        status: 'not verified',
        message: `Dashboard ${url} is declared, but neither attested nor linked from the README or docs.`,
        reason: 'a dashboard cannot be checked by a machine; link it from the README or have someone attest it',
        evidence: [at],
        fix
      }
    ]
  }
}
