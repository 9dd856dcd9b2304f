import type { CheckDefinition, Outcome } from '../../src/check.js'
import { byCause, counted, firstPlaces, isEnvoySecurityPolicy, MAX_EVIDENCE, production } from '../shared.js'
import { deployedObjects } from '../deployment.js'

export const tokenValidation: CheckDefinition = {
  id: 'auth.token-validation',
  phase: 'auth',
  level: 'blocking',
  title: 'Token validation',
  reads: ['source', 'manifest'],
  passesWhen: 'incoming bearer tokens are validated (issuer, audience, signature)',
  explain: {
    looksFor: 'Validation of incoming bearer tokens.',
    evidence: [
      '`requireBearerAuth`, `TokenVerifier`/`AuthSettings`, FastMCP `JWTVerifier`/`AzureProvider`, `AddJwtBearer`/`AddMicrosoftIdentityWebApi`, Go `auth.RequireBearerToken`, jose `jwtVerify`, or the gateway’s JWT SecurityPolicy',
      'development-only verifiers (`StaticTokenVerifier`, decode without verification) fail'
    ],
    why: 'An unvalidated token is no authentication.',
    fix: 'Validate issuer, audience and signature against the tenant’s keys.'
  },
  run(ctx) {
    const dev = production(ctx.repo.auth.devVerifiers)
    const hits = production(ctx.repo.auth.tokenValidation)
    const gateway = deployedObjects(ctx).filter(
      (o) =>
        isEnvoySecurityPolicy(o) &&
        (o.data as { spec?: { jwt?: { providers?: unknown[]; optional?: boolean } } }).spec?.jwt?.providers?.length &&
        (o.data as { spec?: { jwt?: { optional?: boolean } } }).spec?.jwt?.optional !== true
    )
    // One finding per verifier, with every place it is used.
    const outcomes: Outcome[] = byCause(dev, (d) => d.what).map(([what, ds]) => ({
      status: 'failed' as const,
      message: `${what} accepts tokens it does not validate${ds.length > 1 ? ` (${counted(ds.length, 'place')}: ${firstPlaces(ds.map((d) => d.at))})` : ''}.`,
      evidence: ds.slice(0, MAX_EVIDENCE).map((d) => d.at),
      fix: 'Validate issuer, audience and signature against the identity provider’s keys (e.g. `requireBearerAuth` with a JWKS verifier, FastMCP `JWTVerifier`, ASP.NET `AddMicrosoftIdentityWebApi`).'
    }))
    if (hits.length || gateway.length) {
      outcomes.push({
        status: 'passed',
        message: `Incoming bearer tokens are validated: ${[...new Set(hits.map((h) => h.what)), ...gateway.map((g) => `gateway SecurityPolicy ${g.name}`)].join(', ')}.`,
        evidence: [
          ...hits.map((h) => h.at),
          ...gateway.map((g) => g.locate(['spec', 'jwt'], `SecurityPolicy ${g.name}`))
        ]
      })
    } else {
      outcomes.push({
        status: 'failed',
        message: 'No validation of incoming bearer tokens found, in the server or at the gateway.',
        fix: '```ts\napp.post("/mcp", requireBearerAuth({ verifier }), handler)\n```\n\nwith a verifier that checks issuer, audience and signature (e.g. jose `jwtVerify` against the tenant’s JWKS).'
      })
    }
    return outcomes
  }
}
