// Traces to Logfire over OTLP. The endpoint comes from the deployment
// (OTEL_EXPORTER_OTLP_ENDPOINT); the default is the organisation's instance.
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { NodeSDK } from '@opentelemetry/sdk-node'

const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'https://logfire.observability.contoso.internal'

export const sdk = new NodeSDK({
  serviceName: 'mcp-servicenow',
  traceExporter: new OTLPTraceExporter({ url: `${endpoint}/v1/traces` })
})
sdk.start()
