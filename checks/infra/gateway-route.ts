import type { CheckDefinition, Outcome } from '../../src/check.js'
import { attachments, isRoute } from './shared.js'
import { chosenOverlays, deployedObjects } from '../deployment.js'

const parentRefSnippet = (name: string, namespace: string) =>
  `\`\`\`yaml\nspec:\n  parentRefs:\n    - name: ${name}\n      namespace: ${namespace}\n\`\`\``

export const gatewayRoute: CheckDefinition = {
  id: 'infra.gateway-route',
  phase: 'infra',
  level: 'blocking',
  title: 'Gateway route',
  reads: ['manifest'],
  passesWhen: 'an HTTPRoute attaches to the right Gateway in envoy-gateway-system',
  explain: {
    looksFor: 'An HTTPRoute attached to the right Gateway.',
    evidence: [
      'HTTPRoute parentRefs: namespace (default: the route’s own) `envoy-gateway-system`, name internal (public only with `exposure: public` and a reason)'
    ],
    why: 'Traffic must pass the gateway that authenticates and logs it.',
    fix: 'Attach the route to `internal` in `envoy-gateway-system`.'
  },
  run(ctx) {
    const gw = ctx.config.gateway
    const wanted = ctx.config.server.exposure === 'public' ? gw.public : gw.internal
    const routeSnippet = `\`\`\`yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${ctx.config.server.name}\nspec:\n  parentRefs:\n    - name: ${wanted}\n      namespace: ${gw.namespace}\n  rules:\n    - backendRefs:\n        - name: ${ctx.config.server.name}\n          port: 8080\n\`\`\``
    const att = attachments(ctx)
    if (!deployedObjects(ctx).some(isRoute)) {
      // A chart's route template switched off by the values: said as such, not as a missing route.
      const off = (ctx.repo.disabledTemplates ?? []).filter(
        (d) => d.kinds.includes('HTTPRoute') && chosenOverlays(ctx).has(d.overlay)
      )
      if (off.length)
        return [
          {
            status: 'failed',
            message: `${off.map((d) => `${d.file} is disabled by \`${d.condition.replace(/^\$?\.Values\./, '')}\` (false in ${d.overlay})`).join('; ')}: no HTTPRoute is deployed, so the server is not exposed through Envoy Gateway.`,
            evidence: off.map((d) => ({ file: d.file, line: 1, column: 1, note: `disabled by ${d.condition}` })),
            fix: `Enable it in the production values (e.g. \`${off[0].condition.replace(/^\$?\.Values\./, '')}: true\`), attached to the ${wanted} Gateway.`
          }
        ]
      return [
        {
          status: 'failed',
          message:
            'No HTTPRoute (gateway.networking.k8s.io) in the repository: the server is not exposed through Envoy Gateway.',
          fix: `Add an HTTPRoute attached to the ${wanted} Gateway:\n\n${routeSnippet}`
        }
      ]
    }
    const outcomes: Outcome[] = []
    const inNs = att.filter((a) => a.namespace === gw.namespace)
    const right = inNs.filter((a) => a.gateway === wanted)
    const wrongExposure = inNs.filter((a) => a.gateway === gw.public && ctx.config.server.exposure !== 'public')
    for (const a of wrongExposure)
      outcomes.push({
        status: 'failed',
        message: `HTTPRoute ${a.route.name} attaches to the public Gateway ${gw.namespace}/${gw.public}, but golive.yaml declares exposure: internal.`,
        evidence: [a.at],
        fix: `Attach it to the internal Gateway, or declare \`exposure: public\` with an \`exposureReason\` in golive.yaml:\n\n${parentRefSnippet(gw.internal, gw.namespace)}`
      })
    for (const a of att.filter((x) => x.namespace !== gw.namespace))
      outcomes.push({
        status: 'failed',
        message: `HTTPRoute ${a.route.name} attaches to a Gateway outside ${gw.namespace} (${a.namespace ?? 'its own namespace'}/${a.gateway}).`,
        evidence: [a.at],
        fix: `Point the parentRef at the Gateway in ${gw.namespace}:\n\n${parentRefSnippet(a.gateway, gw.namespace)}`
      })
    if (!right.length && !outcomes.length)
      outcomes.push({
        status: 'failed',
        message: `No HTTPRoute attaches to the ${wanted} Gateway in ${gw.namespace}.`,
        evidence: att.map((a) => a.at),
        fix: routeSnippet
      })
    if (right.length && !outcomes.length)
      outcomes.push({
        status: 'passed',
        message: `HTTPRoute ${right.map((a) => a.route.name).join(', ')} attaches to ${gw.namespace}/${wanted}.`,
        evidence: right.map((a) => a.at)
      })
    return outcomes
  }
}
