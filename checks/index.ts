// The registry: the checks that run, in catalogue order (CHECKS.md). Each check is one module under
// checks/<phase>/ carrying its public contract (id, level, title), its explanation and its run; the
// phase's index.ts lists it. The catalogue, `explain`, docs, SARIF rules and the schema derive from here.
import type { CheckDefinition } from '../src/check.js'
import { AUTH_CHECKS } from './auth/index.js'
import { INFRA_CHECKS } from './infra/index.js'
import { OBSERVABILITY_CHECKS } from './observability/index.js'
import { POLICY_CHECKS } from './policy/index.js'
import { REPORT_CHECKS } from './report/index.js'
import { SECURITY_CHECKS } from './security/index.js'

export const CHECKS: readonly CheckDefinition[] = [
  ...SECURITY_CHECKS,
  ...POLICY_CHECKS,
  ...INFRA_CHECKS,
  ...AUTH_CHECKS,
  ...OBSERVABILITY_CHECKS,
  ...REPORT_CHECKS
]

/** The check ids, the public contract: they appear in the PR comment, JSON, SARIF, waivers and `explain`. */
export const CHECK_IDS: readonly string[] = CHECKS.map((c) => c.id)

const ids = new Set<string>()
for (const c of CHECKS) {
  if (ids.has(c.id)) throw new Error(`check ${c.id} is registered twice`)
  if (c.id.split('.')[0] !== c.phase) throw new Error(`check ${c.id} is listed under phase ${c.phase}`)
  ids.add(c.id)
}
