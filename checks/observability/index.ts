// Phase 5 — Observability: traces to the declared Logfire/OpenTelemetry
// endpoint, spans that name user and tool, and a dashboard people look at.
// The observability checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { tracing } from './tracing.js'
import { spanAttributes } from './span-attributes.js'
import { dashboard } from './dashboard.js'

export const OBSERVABILITY_CHECKS: readonly CheckDefinition[] = [tracing, spanAttributes, dashboard]
