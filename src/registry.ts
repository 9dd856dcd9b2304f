// The checks this thread runs. src/ never imports checks/: the composition root (app/) hands the
// registry in once, at start, and the engine, config loading, SARIF and `explain` read it here.
import type { CheckDefinition } from './check.js'

let registered: readonly CheckDefinition[] | undefined

export function registerChecks(checks: readonly CheckDefinition[]): void {
  registered = checks
}

export function registeredChecks(): readonly CheckDefinition[] {
  if (!registered)
    throw new Error('no checks registered: start through app/ (or call registerChecks in the test setup)')
  return registered
}

/** A check by id, in the registered list. */
export function checkInfo(id: string): CheckDefinition | undefined {
  return registeredChecks().find((c) => c.id === id)
}
