import type { CheckDefinition } from '../../src/check.js'
import { production } from '../shared.js'
import { handlesPrivateData, OBO_SNIPPET } from './shared.js'

export const obo: CheckDefinition = {
  id: 'auth.obo',
  phase: 'auth',
  level: 'blocking',
  title: 'On-behalf-of exchange',
  reads: ['source'],
  passesWhen: 'the on-behalf-of exchange is used for downstream data access',
  explain: {
    looksFor: 'The on-behalf-of exchange for downstream data access.',
    evidence: [
      'MSAL `acquireTokenOnBehalfOf` / `acquire_token_on_behalf_of` / `AcquireTokenOnBehalfOf`, Azure Identity `OnBehalfOfCredential`, Microsoft.Identity.Web `GetAccessTokenForUserAsync`, the jwt-bearer grant with `requested_token_use=on_behalf_of`'
    ],
    why: 'Data must be fetched as the signed-in user, never as the app.',
    fix: 'Exchange the incoming token with OBO before each downstream call.'
  },
  run(ctx) {
    const hits = production(ctx.repo.auth.obo)
    if (hits.length)
      return [
        {
          status: 'passed',
          message: `The on-behalf-of exchange is used (${[...new Set(hits.map((h) => h.what))].join(', ')}).`,
          evidence: hits.map((h) => h.at)
        }
      ]
    if (!handlesPrivateData(ctx))
      return [
        {
          status: 'not applicable',
          message: 'No tool declares private data, so no downstream call needs the user’s identity.'
        }
      ]
    return [
      {
        status: 'failed',
        message:
          'Tools declare private data, but no on-behalf-of exchange was found in source (MSAL acquireTokenOnBehalfOf / acquire_token_on_behalf_of / AcquireTokenOnBehalfOf, OnBehalfOfCredential, GetAccessTokenForUserAsync, or the jwt-bearer grant with requested_token_use=on_behalf_of).',
        fix: `Exchange the incoming token for a downstream token on behalf of the user:\n\n${OBO_SNIPPET}`
      }
    ]
  }
}
