// The registry: the checks that run, in catalogue order (CHECKS.md), each joined to its public
// contract (catalogue.ts) and explanation (explain.ts). A check is listed here only when it is
// implemented; there are no stubs.
import type { CheckDefinition, CheckRun } from '../src/check.js'
import { AUTH_CHECKS } from './auth.js'
import { CATALOGUE } from './catalogue.js'
import { EXPLANATIONS } from './explain.js'
import { INFRA_CHECKS } from './infra.js'
import { OBSERVABILITY_CHECKS } from './observability.js'
import { POLICY_CHECKS } from './policy.js'
import { POLICY_GITHUB_CHECKS } from './policy-github.js'
import { REPORT_CHECKS } from './report.js'
import { SECURITY_CHECKS } from './security.js'

const RUNS: readonly CheckRun[] = [...SECURITY_CHECKS, ...POLICY_CHECKS, ...POLICY_GITHUB_CHECKS, ...INFRA_CHECKS, ...AUTH_CHECKS, ...OBSERVABILITY_CHECKS, ...REPORT_CHECKS]
const runs = new Map(RUNS.map((r) => [r.id, r]))

export const CHECKS: readonly CheckDefinition[] = CATALOGUE.flatMap((entry) => {
  const r = runs.get(entry.id)
  const explain = EXPLANATIONS[entry.id]
  if (!r) return []
  if (!explain) throw new Error(`check ${entry.id} has no explanation`)
  return [{ ...entry, explain, ...(r.api ? { api: r.api } : {}), run: r.run }]
})

for (const r of RUNS) if (!CATALOGUE.some((e) => e.id === r.id)) throw new Error(`check ${r.id} is not in the catalogue`)
