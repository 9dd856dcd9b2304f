// The registry: the checks that run, in catalogue order. A check is listed
// here only when it is implemented; there are no stubs.
import type { CheckDefinition } from '../src/check.js'
import { AUTH_CHECKS } from './auth.js'
import { CATALOGUE } from './catalogue.js'
import { INFRA_CHECKS } from './infra.js'
import { OBSERVABILITY_CHECKS } from './observability.js'
import { POLICY_CHECKS } from './policy.js'
import { POLICY_GITHUB_CHECKS } from './policy-github.js'
import { REPORT_CHECKS } from './report.js'
import { SECURITY_CHECKS } from './security.js'

const order = new Map(CATALOGUE.map((e, i) => [e.id, i]))

export const CHECKS: readonly CheckDefinition[] = [...SECURITY_CHECKS, ...POLICY_CHECKS, ...POLICY_GITHUB_CHECKS, ...INFRA_CHECKS, ...AUTH_CHECKS, ...OBSERVABILITY_CHECKS, ...REPORT_CHECKS].sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999))
