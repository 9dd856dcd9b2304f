import { type CheckDefinition, dig, type Outcome } from '../../src/check.js'
import type { FileEvidence } from '../../src/findings.js'
import { counted, isEnvoySecurityPolicy } from '../shared.js'
import { attachments } from './shared.js'
import { deployedObjects } from '../deployment.js'

export const securityPolicy: CheckDefinition = {
  id: 'infra.security-policy',
  phase: 'infra',
  level: 'blocking',
  title: 'Gateway security policy',
  reads: ['manifest'],
  passesWhen: 'a SecurityPolicy with JWT or OIDC targets the route or its gateway',
  explain: {
    looksFor: 'An Envoy Gateway SecurityPolicy on the route or gateway.',
    evidence: [
      '`gateway.envoyproxy.io/v1alpha1` SecurityPolicy targeting the route or its gateway, with `jwt.providers` (issuer, audiences, JWKS) or `oidc`; not `optional`, not `failOpen`'
    ],
    why: 'Requests without a valid token must not reach the server.',
    fix: 'Add the SecurityPolicy shown in the fix, with audiences.'
  },
  run(ctx) {
    const att = attachments(ctx)
    const routeNames = new Set(att.map((a) => a.route.name))
    const gatewayNames = new Set(att.map((a) => a.gateway))
    const policies = deployedObjects(ctx).filter(isEnvoySecurityPolicy)
    const snippet = `\`\`\`yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata:\n  name: ${ctx.config.server.name}-jwt\nspec:\n  targetRefs:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n      name: ${[...routeNames][0] ?? ctx.config.server.name}\n  jwt:\n    providers:\n      - name: entra\n        issuer: https://login.microsoftonline.com/<tenant-id>/v2.0\n        audiences: [api://${ctx.config.server.name}]\n        remoteJWKS:\n          uri: https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys\n\`\`\``
    const targeting = policies.filter((p) => {
      const refs = [
        ...((dig(p.data, 'spec', 'targetRefs') as unknown[]) ?? []),
        ...(dig(p.data, 'spec', 'targetRef') ? [dig(p.data, 'spec', 'targetRef')] : [])
      ]
      return refs.some(
        (r) =>
          (dig(r, 'kind') === 'HTTPRoute' && routeNames.has(String(dig(r, 'name')))) ||
          (dig(r, 'kind') === 'Gateway' && gatewayNames.has(String(dig(r, 'name'))))
      )
    })
    if (!targeting.length) {
      return [
        {
          status: 'failed',
          message: policies.length
            ? `${counted(policies.length, 'SecurityPolicy object')} found, none targeting the route (${[...routeNames].join(', ') || 'none'}) or its gateway.`
            : 'No Envoy Gateway SecurityPolicy (gateway.envoyproxy.io/v1alpha1) in the repository.',
          evidence: policies.map((p) => p.locate(['spec'], `SecurityPolicy ${p.name}`)),
          fix: snippet
        }
      ]
    }
    const outcomes: Outcome[] = []
    for (const p of targeting) {
      const providers = dig(p.data, 'spec', 'jwt', 'providers')
      const oidc = dig(p.data, 'spec', 'oidc')
      const problems: { what: string; at: FileEvidence }[] = []
      if (!(Array.isArray(providers) && providers.length) && !oidc)
        problems.push({
          what: 'has neither jwt.providers nor oidc',
          at: p.locate(['spec'], `SecurityPolicy ${p.name}`)
        })
      if (dig(p.data, 'spec', 'jwt', 'optional') === true)
        problems.push({
          what: 'jwt.optional: true lets requests without a token through',
          at: p.locate(['spec', 'jwt', 'optional'])
        })
      if (dig(p.data, 'spec', 'extAuth', 'failOpen') === true)
        problems.push({
          what: 'extAuth.failOpen: true lets requests through when the authoriser fails',
          at: p.locate(['spec', 'extAuth', 'failOpen'])
        })
      if (Array.isArray(providers))
        providers.forEach((pr, i) => {
          if (!Array.isArray(dig(pr, 'audiences')) || !(dig(pr, 'audiences') as unknown[]).length)
            problems.push({
              what: `provider ${dig(pr, 'name') ?? i} has no audiences, so tokens for any audience pass`,
              at: p.locate(['spec', 'jwt', 'providers', i])
            })
        })
      if (problems.length)
        outcomes.push({
          status: 'failed',
          message: `SecurityPolicy ${p.name}: ${problems.map((x) => x.what).join('; ')}.`,
          evidence: problems.map((x) => x.at),
          fix: snippet
        })
      else
        outcomes.push({
          status: 'passed',
          message: `SecurityPolicy ${p.name} requires ${oidc ? 'an OIDC login' : 'a valid JWT'} on ${[...routeNames].join(', ')}.`,
          evidence: [p.locate(['spec', oidc ? 'oidc' : 'jwt'], `SecurityPolicy ${p.name}`)]
        })
    }
    return outcomes
  }
}
