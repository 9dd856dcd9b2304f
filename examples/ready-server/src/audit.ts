// The application audit log: one JSON line per tool call with who, which tool,
// when, the outcome and the trace id, collected by the cluster's log pipeline.
import { trace } from '@opentelemetry/api'

export function auditToolCall(user: string, tool: string, outcome: 'ok' | 'error'): void {
  const traceId = trace.getActiveSpan()?.spanContext().traceId ?? ''
  console.log(JSON.stringify({ audit: true, timestamp: new Date().toISOString(), user, tool, outcome, traceId }))
}
