import { type CheckContext, type CheckDefinition, hostOf } from '../../src/check.js'
import type { FileEvidence } from '../../src/findings.js'
import { containerEnv } from '../deployment.js'
import { production } from '../shared.js'

const ENDPOINT_ENV = /^(OTEL_EXPORTER_OTLP_ENDPOINT|OTEL_EXPORTER_OTLP_TRACES_ENDPOINT|LOGFIRE_BASE_URL)$/

/** Places that name the exporter endpoint's host: URL literals in source and OTLP env vars in manifests. */
function endpointMentions(ctx: CheckContext, host: string | undefined): { url: string; at: FileEvidence }[] {
  const atHost = (m: { url: string }) => hostOf(m.url) === host
  const env = containerEnv(ctx).filter((e) => ENDPOINT_ENV.test(e.name) && typeof e.value === 'string')
  return [
    ...ctx.repo.auth.urls.filter(atHost),
    ...env.map((e) => ({ url: e.value as string, at: e.valueAt })).filter(atHost)
  ]
}

export const tracing: CheckDefinition = {
  id: 'observability.tracing',
  phase: 'observability',
  level: 'blocking',
  title: 'Tracing',
  reads: ['source', 'manifest'],
  passesWhen: 'OpenTelemetry or Logfire tracing exports to the declared endpoint',
  explain: {
    looksFor: 'OpenTelemetry or Logfire tracing to the declared endpoint.',
    evidence: [
      'NodeSDK, `logfire.configure`, `logfire.instrument_mcp`, TracerProvider, `AddOpenTelemetry`, Go/Java SDK setup',
      'the exporter endpoint in code or `OTEL_EXPORTER_OTLP_ENDPOINT` in manifests, matching `observability.endpoint`'
    ],
    why: 'Without traces, an incident cannot be reconstructed.',
    fix: 'Set up the SDK and point the exporter at the organisation’s Logfire.'
  },
  run(ctx) {
    const setup = production(ctx.repo.auth.tracingSetup)
    const endpoint = ctx.config.observability.endpoint
    const snippet =
      '```ts\nimport { NodeSDK } from "@opentelemetry/sdk-node"\nimport { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"\n\nnew NodeSDK({\n  serviceName: "' +
      ctx.config.server.name +
      '",\n  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_ENDPOINT + "/v1/traces" }),\n}).start()\n```\n\n(Python: `logfire.configure()` and `logfire.instrument_mcp()`.)'
    if (!setup.length)
      return [{ status: 'failed', message: 'No OpenTelemetry or Logfire tracing set up in source.', fix: snippet }]
    if (!endpoint)
      return [
        {
          status: 'failed',
          message:
            'Tracing is set up, but golive.yaml declares no observability.endpoint to check the exporter against.',
          evidence: setup.map((h) => h.at),
          fix: '```yaml\nobservability:\n  endpoint: https://logfire.example.internal\n```'
        }
      ]
    const host = hostOf(endpoint)
    const matching = endpointMentions(ctx, host)
    if (!matching.length)
      return [
        {
          status: 'failed',
          message: `Tracing is set up (${setup[0].what}), but nothing points its exporter at ${host} (the declared endpoint).`,
          evidence: setup.map((h) => h.at),
          fix: `Set the exporter endpoint in the deployment:\n\n\`\`\`yaml\nenv:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: ${endpoint}\n\`\`\``
        }
      ]
    return [
      {
        status: 'passed',
        message: `${[...new Set(setup.map((h) => h.what))].join(', ')} exports to ${host}.`,
        evidence: [
          ...setup.map((h) => h.at),
          ...matching.map((m) => ({ ...m.at, note: m.at.note ?? 'exporter endpoint' }))
        ]
      }
    ]
  }
}
