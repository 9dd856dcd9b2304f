// Phase 3 — Infrastructure: the route through Envoy Gateway, the gateway's
// security policy, Pod Security Standards "restricted", hardening and audit logs.
// The infra checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { unlessGaps } from './shared.js'
import { gatewayRoute } from './gateway-route.js'
import { securityPolicy } from './security-policy.js'
import { podSecurity } from './pod-security.js'
import { hardening } from './hardening.js'
import { auditLogging } from './audit-logging.js'

export const INFRA_CHECKS: readonly CheckDefinition[] = [
  gatewayRoute,
  securityPolicy,
  podSecurity,
  hardening,
  auditLogging
].map(unlessGaps)
