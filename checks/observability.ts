// Phase 5 — Observability: traces to the declared Logfire/OpenTelemetry
// endpoint, spans that name user and tool, and a dashboard people look at.
import { attestationFor, type CheckContext, type CheckRun, configEvidence, hostOf } from '../src/check.js'
import type { FileEvidence } from '../src/findings.js'
import { containerEnv } from './infra.js'

const ENDPOINT_ENV = /^(OTEL_EXPORTER_OTLP_ENDPOINT|OTEL_EXPORTER_OTLP_TRACES_ENDPOINT|LOGFIRE_BASE_URL)$/

/** Places that name the exporter endpoint's host: URL literals in source and OTLP env vars in manifests. */
function endpointMentions(ctx: CheckContext, host: string | undefined): { url: string; at: FileEvidence }[] {
  const atHost = (m: { url: string }) => hostOf(m.url) === host
  const env = containerEnv(ctx).filter((e) => ENDPOINT_ENV.test(e.name) && typeof e.value === 'string')
  return [...ctx.repo.auth.urls.filter(atHost), ...env.map((e) => ({ url: e.value as string, at: e.valueAt })).filter(atHost)]
}

export const tracing: CheckRun = {
  id: 'observability.tracing',
  run(ctx) {
    const setup = ctx.repo.auth.tracingSetup.filter((h) => !h.isTest)
    const endpoint = ctx.config.observability.endpoint
    const snippet = '```ts\nimport { NodeSDK } from "@opentelemetry/sdk-node"\nimport { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"\n\nnew NodeSDK({\n  serviceName: "' + ctx.config.server.name + '",\n  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_ENDPOINT + "/v1/traces" }),\n}).start()\n```\n\n(Python: `logfire.configure()` and `logfire.instrument_mcp()`.)'
    if (!setup.length) return [{ status: 'failed', message: 'No OpenTelemetry or Logfire tracing set up in source.', fix: snippet }]
    if (!endpoint) return [{ status: 'failed', message: 'Tracing is set up, but golive.yaml declares no observability.endpoint to check the exporter against.', evidence: setup.map((h) => h.at), fix: '```yaml\nobservability:\n  endpoint: https://logfire.example.internal\n```' }]
    const host = hostOf(endpoint)
    const matching = endpointMentions(ctx, host)
    if (!matching.length) return [{ status: 'failed', message: `Tracing is set up (${setup[0].what}), but nothing points its exporter at ${host} (the declared endpoint).`, evidence: setup.map((h) => h.at), fix: `Set the exporter endpoint in the deployment:\n\n\`\`\`yaml\nenv:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: ${endpoint}\n\`\`\`` }]
    return [{ status: 'passed', message: `${[...new Set(setup.map((h) => h.what))].join(', ')} exports to ${host}.`, evidence: [...setup.map((h) => h.at), ...matching.map((m) => ({ ...m.at, note: m.at.note ?? 'exporter endpoint' }))] }]
  }
}

export const spanAttributes: CheckRun = {
  id: 'observability.span-attributes',
  run(ctx) {
    const user = ctx.repo.auth.spanUser.filter((h) => !h.isTest)
    const tool = ctx.repo.auth.spanTool.filter((h) => !h.isTest)
    if (user.length && tool.length) return [{ status: 'passed', message: `Spans name the user (${user[0].what}) and the tool (${tool[0].what}).`, evidence: [user[0].at, tool[0].at] }]
    const missing = [!user.length && 'the user (e.g. enduser.id)', !tool.length && 'the tool (e.g. mcp.tool.name)'].filter(Boolean).join(' and ')
    return [{ status: 'failed', message: `No span attribute names ${missing}.`, evidence: [...user, ...tool].map((h) => h.at), fix: '```ts\nspan.setAttribute("enduser.id", user)\nspan.setAttribute("mcp.tool.name", toolName)\n```' }]
  }
}

export const dashboard: CheckRun = {
  id: 'observability.dashboard',
  run(ctx) {
    const url = ctx.config.observability.dashboard
    const fix = '```yaml\nobservability:\n  dashboard: https://logfire.example.internal/dashboards/' + ctx.config.server.name + '\nattestations:\n  - check: observability.dashboard\n    by: "@reviewer"\n    date: ' + ctx.today + '\n    note: what the dashboard shows and who watches it\n```'
    if (!url) return [{ status: 'failed', message: 'No monitoring dashboard declared (observability.dashboard).', fix }]
    const at = configEvidence(ctx, ['observability', 'dashboard'])
    const att = attestationFor(ctx, 'observability.dashboard')
    if (att) return [{ status: 'attested', message: `Dashboard ${url} (attested by ${att.by} on ${att.date}).`, evidence: [at], attestation: { by: att.by, date: att.date, note: att.note } }]
    const docs = [ctx.repo.docs.readme, ...ctx.repo.docs.docs].filter((d): d is NonNullable<typeof d> => !!d)
    const linked = docs.find((d) => d.text.includes(url))
    if (linked) return [{ status: 'passed', message: `Dashboard ${url} is declared and linked from ${linked.path}.`, evidence: [at, { file: linked.path, line: linked.text.slice(0, linked.text.indexOf(url)).split('\n').length, column: 1 }] }]
    return [{ status: 'not verified', message: `Dashboard ${url} is declared, but neither attested nor linked from the README or docs.`, reason: 'a dashboard cannot be checked by a machine; link it from the README or have someone attest it', evidence: [at], fix }]
  }
}

export const OBSERVABILITY_CHECKS: CheckRun[] = [tracing, spanAttributes, dashboard]
