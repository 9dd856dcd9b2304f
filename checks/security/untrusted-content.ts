import { attestationFor, type CheckDefinition, configEvidence, type Outcome } from '../../src/check.js'
import { attested } from '../shared.js'
import { evidenceOutcomes, nothingReadOutcome, unreadOutcomes } from './shared.js'

export const untrustedContent: CheckDefinition = {
  id: 'security.untrusted-content',
  phase: 'security',
  level: 'blocking',
  title: 'No untrusted content in context',
  reads: ['source'],
  passesWhen: 'no tool puts untrusted content in the model’s context',
  explain: {
    looksFor: 'Whether text an outsider can author reaches the model.',
    evidence: [
      '`untrustedContent` per tool',
      'attestations for `sanitized`',
      'source that fetches caller-supplied URLs',
      'source that reads text outsiders write: mail (Microsoft Graph, Gmail, IMAP), GitHub/GitLab/Jira issues and comments, Slack and Teams messages, help-desk tickets, scraped web pages'
    ],
    why: 'Untrusted text in the context is how prompt injection arrives.',
    fix: 'Return structured data the server controls; if content must pass, sanitise it and have a reviewer attest it (`attestations` with `check: security.untrusted-content` and `subject: <tool>`).'
  },
  run(ctx) {
    const outcomes: Outcome[] = []
    for (const [i, t] of ctx.config.tools.entries()) {
      const at = configEvidence(ctx, ['tools', i, 'untrustedContent'])
      if (t.untrustedContent === 'in-context') {
        outcomes.push({
          status: 'failed',
          message: `Tool "${t.name}" puts untrusted content in the model’s context.`,
          evidence: [at],
          fix: 'Keep outside text out of the model’s context: return identifiers or structured fields the server controls, or sanitise it and have a reviewer attest to it (`untrustedContent: sanitized` plus an attestation).'
        })
      } else if (t.untrustedContent === 'sanitized') {
        const att = attestationFor(ctx, 'security.untrusted-content', t.name)
        outcomes.push(
          att
            ? attested(att, `Tool "${t.name}" sanitises untrusted content`, [at])
            : {
                status: 'not verified',
                message: `Tool "${t.name}" declares sanitised untrusted content; a machine cannot check sanitisation.`,
                reason: 'sanitisation needs an attestation by a named reviewer',
                evidence: [at],
                fix: `Have a reviewer attest it in golive.yaml:\n\n\`\`\`yaml\nattestations:\n  - check: security.untrusted-content\n    subject: ${t.name}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: how the content is sanitised\n\`\`\``
              }
        )
      }
    }
    outcomes.push(...evidenceOutcomes(ctx, 'untrustedContent'))
    outcomes.push(...unreadOutcomes(ctx, 'untrustedContent', 'security.untrusted-content'))
    if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
      outcomes.unshift(
        nothingReadOutcome(ctx, 'untrustedContent', 'security.untrusted-content') ?? {
          status: 'passed',
          message: 'No tool puts untrusted content in the model’s context.',
          evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent']))
        }
      )
    }
    return outcomes
  }
}
