// Phase 4 — Authentication: on behalf of the user, tokens validated, no
// app-only identities or API keys for data access.
import { attestationFor, type CheckContext, type CheckRun, credentialKind, isDocPath, type Outcome } from '../src/check.js'
import type { Hit } from '../src/evidence/source/auth.js'
import { MAX_EVIDENCE_PER_FINDING } from '../src/findings.js'
import { containerEnv, deployedObjects, type ContainerEnv } from './infra.js'

const prod = (hits: Hit[]) => hits.filter((h) => !h.isTest)
const handlesPrivateData = (ctx: CheckContext) => ctx.config.tools.some((t) => t.privateData !== 'none')

const OBO_SNIPPET = '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```'

/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
function appCredentials(ctx: CheckContext): Hit[] {
  // Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the server.
  const hits = prod(ctx.repo.auth.appCredentials).filter((h) => !isDocPath(h.at.file) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file))
  // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
  // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
  // repository has user flows and no client-credentials flow at all.
  const userFlows = [...prod(ctx.repo.auth.obo), ...prod(ctx.repo.auth.userFlows ?? [])]
  const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file))
  const userFlowFiles = new Set(userFlows.map((h) => h.at.file))
  const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0
  return hits.filter((h) => h.credentialKind !== 'client secret' || !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file))))
}

/** Places of one cause, the first ones named and the rest counted. */
function placesText(hits: Hit[], shown = 3): string {
  const named = hits.slice(0, shown).map((h) => `${h.at.file}:${h.at.line}`).join(', ')
  return hits.length > shown ? `${named} +${hits.length - shown} more` : named
}

/** Env vars in manifests that carry a client secret or an API key. */
function secretEnv(ctx: CheckContext): ContainerEnv[] {
  const userFlowOnly = !prod(ctx.repo.auth.appCredentials).some((h) => !h.credentialKind) && (prod(ctx.repo.auth.obo).length > 0 || prod(ctx.repo.auth.userFlows ?? []).length > 0)
  return containerEnv(ctx).filter((e) => {
    const kind = credentialKind(e.name.toUpperCase())
    return kind === 'static' || (kind === 'client secret' && !userFlowOnly)
  })
}

export const noAppCredentials: CheckRun = {
  id: 'auth.no-app-credentials',
  run(ctx) {
    const hits = appCredentials(ctx)
    const env = secretEnv(ctx)
    if (!hits.length && !env.length) return [{ status: 'passed', message: 'No app-only credentials, service principal secrets or API keys for data access in source or manifests.' }]
    // One finding per credential (its name, or the client-credentials call), every place it is read as evidence.
    const groups = new Map<string, Hit[]>()
    for (const h of hits) {
      const key = h.credential ?? h.what
      groups.set(key, [...(groups.get(key) ?? []), h])
    }
    const outcomes: Outcome[] = [...groups].map(([name, group]) => ({
      status: 'failed' as const,
      message: `${group[0].credential ? `${name} (${group[0].credentialKind === 'client secret' ? 'a client secret outside any user flow' : 'a static key or token for a data source'})` : name}, read in ${group.length} place${group.length === 1 ? '' : 's'}: ${placesText(group)} — data access must use the user’s identity (OBO), not the app’s.`,
      evidence: group.map((h) => h.at),
      fix: `Replace it with the on-behalf-of exchange:\n\n${OBO_SNIPPET}`
    }))
    // Each name once, the first five named and the rest counted.
    const unique = [...new Set(env.map((e) => e.name))]
    const names = unique.slice(0, 5).join(', ') + (unique.length > 5 ? ` +${unique.length - 5} more` : '')
    if (env.length) outcomes.push({ status: 'failed', message: `The deployment hands the server a client secret or API key (${names}).`, evidence: env.map((e) => e.nameAt), fix: `Remove the secret from the deployment; let the pod prove who it is with workload identity federation, and reach data with OBO tokens:\n\n\`\`\`yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${ctx.config.server.name}\n  annotations:\n    azure.workload.identity/client-id: <app client id>\n---\n# the Deployment's pod template\nmetadata:\n  labels:\n    azure.workload.identity/use: "true"\nspec:\n  serviceAccountName: ${ctx.config.server.name}\n  containers:\n    - name: server\n      env: []   # no ${names}\n\`\`\`` })
    return outcomes
  }
}

export const obo: CheckRun = {
  id: 'auth.obo',
  run(ctx) {
    const hits = prod(ctx.repo.auth.obo)
    if (hits.length) return [{ status: 'passed', message: `The on-behalf-of exchange is used (${[...new Set(hits.map((h) => h.what))].join(', ')}).`, evidence: hits.map((h) => h.at) }]
    if (!handlesPrivateData(ctx)) return [{ status: 'not applicable', message: 'No tool declares private data, so no downstream call needs the user’s identity.' }]
    return [{ status: 'failed', message: 'Tools declare private data, but no on-behalf-of exchange was found in source (MSAL acquireTokenOnBehalfOf / acquire_token_on_behalf_of / AcquireTokenOnBehalfOf, OnBehalfOfCredential, GetAccessTokenForUserAsync, or the jwt-bearer grant with requested_token_use=on_behalf_of).', fix: `Exchange the incoming token for a downstream token on behalf of the user:\n\n${OBO_SNIPPET}` }]
  }
}

export const tokenValidation: CheckRun = {
  id: 'auth.token-validation',
  run(ctx) {
    const dev = prod(ctx.repo.auth.devVerifiers)
    const hits = prod(ctx.repo.auth.tokenValidation)
    const gateway = deployedObjects(ctx).filter((o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1' && (o.data as { spec?: { jwt?: { providers?: unknown[]; optional?: boolean } } }).spec?.jwt?.providers?.length && (o.data as { spec?: { jwt?: { optional?: boolean } } }).spec?.jwt?.optional !== true)
    const outcomes: Outcome[] = dev.map((d) => ({ status: 'failed' as const, message: `${d.what} accepts tokens it does not validate.`, evidence: [d.at], fix: 'Validate issuer, audience and signature against the identity provider’s keys (e.g. `requireBearerAuth` with a JWKS verifier, FastMCP `JWTVerifier`, ASP.NET `AddMicrosoftIdentityWebApi`).' }))
    if (hits.length || gateway.length) {
      outcomes.push({ status: 'passed', message: `Incoming bearer tokens are validated: ${[...new Set(hits.map((h) => h.what)), ...gateway.map((g) => `gateway SecurityPolicy ${g.name}`)].join(', ')}.`, evidence: [...hits.map((h) => h.at), ...gateway.map((g) => g.locate(['spec', 'jwt'], `SecurityPolicy ${g.name}`))] })
    } else {
      outcomes.push({ status: 'failed', message: 'No validation of incoming bearer tokens found, in the server or at the gateway.', fix: '```ts\napp.post("/mcp", requireBearerAuth({ verifier }), handler)\n```\n\nwith a verifier that checks issuer, audience and signature (e.g. jose `jwtVerify` against the tenant’s JWKS).' })
    }
    return outcomes
  }
}

export const identityScoping: CheckRun = {
  id: 'auth.identity-scoping',
  run(ctx) {
    if (!handlesPrivateData(ctx)) return [{ status: 'not applicable', message: 'No tool declares private data.' }]
    const app = appCredentials(ctx)
    if (app.length) return [{ status: 'failed', message: 'Data access uses a shared app identity somewhere, so results are not scoped to the signed-in user.', evidence: app.map((h) => h.at), fix: `Pass the user’s OBO token to every downstream call:\n\n${OBO_SNIPPET}` }]
    const oboHits = prod(ctx.repo.auth.obo)
    const forwarding = ctx.repo.auth.bearerForwarding.sample((h) => !h.isTest, MAX_EVIDENCE_PER_FINDING)
    if (oboHits.length && forwarding.total) return [{ status: 'passed', message: 'Tool handlers exchange the user’s token (OBO) and send a per-request bearer token downstream.', evidence: [...oboHits.map((h) => h.at), ...forwarding.rows.map((h) => h.at)], omittedEvidence: forwarding.total - forwarding.rows.length }]
    const att = attestationFor(ctx, 'auth.identity-scoping')
    if (att) return [{ status: 'attested', message: `Data access is scoped to the signed-in user (attested by ${att.by} on ${att.date}).`, attestation: { by: att.by, date: att.date, note: att.note } }]
    return [{ status: 'not verified', message: 'The source does not show the OBO token being passed downstream.', reason: 'identity scoping could not be seen in code; a reviewer can attest it', evidence: oboHits.map((h) => h.at), fix: `Attest it in golive.yaml after review:\n\n\`\`\`yaml\nattestations:\n  - check: auth.identity-scoping\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: every handler calls the data source with the OBO token\n\`\`\`` }]
  }
}

export const AUTH_CHECKS: CheckRun[] = [obo, tokenValidation, identityScoping, noAppCredentials]
