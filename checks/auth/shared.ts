// Helpers shared by the auth checks (and, where imported, by other areas' checks).
import type { Hit } from '../../src/evidence/source/auth.js'
import { type CheckContext, isDocPath, isTestPath, outsideServer } from '../../src/check.js'
import { production } from '../shared.js'

export const handlesPrivateData = (ctx: CheckContext) => ctx.config.tools.some((t) => t.privateData !== 'none')

export const OBO_SNIPPET =
  '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```'

/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
export function appCredentials(ctx: CheckContext): Hit[] {
  return credentialsByScope(ctx).inside
}

/**
 * Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the
 * server, unless every file that uses an MCP SDK is an example: then the examples are the server.
 */
function serverSource(ctx: CheckContext): (h: Hit) => boolean {
  const mcp = (ctx.repo.source.mcpFiles ?? []).filter((f) => !isTestPath(f))
  const examplesServe = mcp.length > 0 && mcp.every(isDocPath)
  return (h) => (examplesServe || !isDocPath(h.at.file)) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file)
}

/** Why a hit's file is code the server never runs (another package, a tooling script), or undefined. */
export const outsideOfServer = (ctx: CheckContext, h: Hit) =>
  outsideServer(ctx.repo.serverScope, h.at.file, ctx.repo.source.mcpFiles ?? [])

/** User names read beside the server's credentials (`REDIS_USERNAME`), in the server's own code. */
export function credentialUsers(ctx: CheckContext): Hit[] {
  return production(ctx.repo.auth.credentialUsers ?? []).filter((h) => serverSource(ctx)(h) && !outsideOfServer(ctx, h))
}

/**
 * App credentials split by where they are read: in the server (they block), or in code the server
 * never runs (reported apart), each of the latter with the reason.
 */
export function credentialsByScope(ctx: CheckContext): { inside: Hit[]; outside: { hit: Hit; why: string }[] } {
  const outside: { hit: Hit; why: string }[] = []
  const inServer = production(ctx.repo.auth.appCredentials)
    .filter(serverSource(ctx))
    .filter((h) => {
      const why = outsideOfServer(ctx, h)
      if (why) outside.push({ hit: h, why })
      return !why
    })
  return { inside: judged(ctx, inServer), outside }
}

function judged(ctx: CheckContext, hits: Hit[]): Hit[] {
  // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
  // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
  // repository has user flows and no client-credentials flow at all.
  const userFlows = [...production(ctx.repo.auth.obo), ...production(ctx.repo.auth.userFlows ?? [])]
  const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file))
  const userFlowFiles = new Set(userFlows.map((h) => h.at.file))
  const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0
  return hits.filter(
    (h) =>
      h.credentialKind !== 'client secret' ||
      !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file)))
  )
}
