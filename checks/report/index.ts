// Phase 6 — Final verification: the configuration the verdict rests on.
// The report checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { config } from './config.js'
import { approval } from './approval.js'

export const REPORT_CHECKS: readonly CheckDefinition[] = [config, approval]
