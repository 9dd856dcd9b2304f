import { attestationFor, type CheckDefinition } from '../../src/check.js'
import { MAX_EVIDENCE_PER_FINDING } from '../../src/findings.js'
import { attested, production } from '../shared.js'
import { appCredentials, handlesPrivateData, OBO_SNIPPET } from './shared.js'

export const identityScoping: CheckDefinition = {
  id: 'auth.identity-scoping',
  phase: 'auth',
  level: 'blocking',
  title: 'Identity scoping',
  reads: ['source'],
  passesWhen: 'tool handlers pass the user’s OBO token downstream, not a shared identity',
  explain: {
    looksFor: 'That handlers pass the user’s OBO token downstream.',
    evidence: ['an OBO call plus a per-request `Authorization: Bearer` built from a variable', 'or an attestation'],
    why: 'A shared identity shows every user everyone’s data.',
    fix: 'Pass the OBO token to every data call; attest it where the code cannot show it.'
  },
  run(ctx) {
    if (!handlesPrivateData(ctx)) return [{ status: 'not applicable', message: 'No tool declares private data.' }]
    const app = appCredentials(ctx)
    if (app.length)
      return [
        {
          status: 'failed',
          message: 'Data access uses a shared app identity somewhere, so results are not scoped to the signed-in user.',
          evidence: app.map((h) => h.at),
          fix: `Pass the user’s OBO token to every downstream call:\n\n${OBO_SNIPPET}`
        }
      ]
    const oboHits = production(ctx.repo.auth.obo)
    const forwarding = ctx.repo.auth.bearerForwarding.sample((h) => !h.isTest, MAX_EVIDENCE_PER_FINDING)
    if (oboHits.length && forwarding.total)
      return [
        {
          status: 'passed',
          message: 'Tool handlers exchange the user’s token (OBO) and send a per-request bearer token downstream.',
          evidence: [...oboHits.map((h) => h.at), ...forwarding.rows.map((h) => h.at)],
          omittedEvidence: forwarding.total - forwarding.rows.length
        }
      ]
    const att = attestationFor(ctx, 'auth.identity-scoping')
    if (att) return [attested(att, 'Data access is scoped to the signed-in user')]
    return [
      {
        status: 'not verified',
        message: 'The source does not show the OBO token being passed downstream.',
        reason: 'identity scoping could not be seen in code; a reviewer can attest it',
        evidence: oboHits.map((h) => h.at),
        fix: `Attest it in golive.yaml after review:\n\n\`\`\`yaml\nattestations:\n  - check: auth.identity-scoping\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: every handler calls the data source with the OBO token\n\`\`\``
      }
    ]
  }
}
