// Helpers shared by the auth checks (and, where imported, by other areas' checks).
import type { Hit } from '../../src/evidence/source/auth.js'
import { type CheckContext, isDocPath } from '../../src/check.js'
import { production } from '../shared.js'

export const handlesPrivateData = (ctx: CheckContext) => ctx.config.tools.some((t) => t.privateData !== 'none')

export const OBO_SNIPPET = '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```'

/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
export function appCredentials(ctx: CheckContext): Hit[] {
  // Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the server.
  const hits = production(ctx.repo.auth.appCredentials).filter((h) => !isDocPath(h.at.file) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file))
  // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
  // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
  // repository has user flows and no client-credentials flow at all.
  const userFlows = [...production(ctx.repo.auth.obo), ...production(ctx.repo.auth.userFlows ?? [])]
  const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file))
  const userFlowFiles = new Set(userFlows.map((h) => h.at.file))
  const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0
  return hits.filter((h) => h.credentialKind !== 'client secret' || !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file))))
}
