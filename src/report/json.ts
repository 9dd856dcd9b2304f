// The machine-readable result: the JSON contract (schemaVersion 1). Later
// versions add fields, never rename them.
import type { RunResult } from '../engine.js'

export function renderJson(result: RunResult): string {
  return `${JSON.stringify(result, null, 2)}\n`
}
