import { type CheckDefinition, dig } from '../../src/check.js'
import { production } from '../shared.js'
import { deployedObjects } from '../deployment.js'

export const auditLogging: CheckDefinition = {
  id: 'infra.audit-logging',
  phase: 'infra',
  level: 'blocking',
  title: 'Audit logging',
  reads: ['manifest', 'source'],
  passesWhen: 'Envoy access logs and/or an application audit log record who, which tool, when, outcome and trace id',
  explain: {
    looksFor: 'Audit logs: who, which tool, when, outcome, trace id.',
    evidence: [
      'EnvoyProxy `spec.telemetry.accessLog` not disabled',
      'an application log statement with user, tool, outcome and trace id'
    ],
    why: 'Every tool call on behalf of a user must be traceable.',
    fix: 'Log each tool call with those fields, and/or enable Envoy access logs.'
  },
  run(ctx) {
    const proxies = deployedObjects(ctx).filter(
      (o) => o.kind === 'EnvoyProxy' && o.apiVersion.startsWith('gateway.envoyproxy.io/')
    )
    const enabled = proxies.filter(
      (p) =>
        dig(p.data, 'spec', 'telemetry', 'accessLog') !== undefined &&
        dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') !== true
    )
    const app = production(ctx.repo.auth.auditLogs)
    const evidence = [
      ...enabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog'], `EnvoyProxy ${p.name}: access log`)),
      ...app.map((a) => a.at)
    ]
    if (evidence.length) {
      const parts = [
        enabled.length ? `Envoy access logs (${enabled.map((p) => p.name).join(', ')})` : '',
        app.length ? 'an application audit log with user, tool, outcome and trace id' : ''
      ].filter(Boolean)
      return [{ status: 'passed', message: `Audit logging: ${parts.join(' and ')}.`, evidence }]
    }
    const disabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') === true)
    return [
      {
        status: 'failed',
        message: disabled.length
          ? `Envoy access logs are disabled (${disabled.map((p) => p.name).join(', ')}) and no application audit log was found.`
          : 'No Envoy access log (EnvoyProxy spec.telemetry.accessLog) and no application audit log recording user, tool, outcome and trace id.',
        evidence: disabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog', 'disable'])),
        fix: 'Log every tool call with who, which tool, when, the outcome and the trace id, e.g.:\n\n```ts\nlogger.info({ audit: true, user: authInfo.extra.user, tool: name, outcome, traceId: span.spanContext().traceId, timestamp: new Date().toISOString() })\n```\n\nand/or enable Envoy access logs:\n\n```yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyProxy\nmetadata:\n  name: internal-proxy-config\n  namespace: envoy-gateway-system\nspec:\n  telemetry:\n    accessLog:\n      settings:\n        - format:\n            type: JSON\n          sinks:\n            - type: File\n              file:\n                path: /dev/stdout\n```'
      }
    ]
  }
}
