// Phase 1 — Security: the lethal trifecta. Declarations in golive.yaml are
// checked against what the source and the manifests show; evidence can raise
// a capability, never remove a declared one.
// The security checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { toolsDeclared } from './tools-declared.js'
import { trifecta } from './trifecta.js'
import { privateData } from './private-data.js'
import { untrustedContent } from './untrusted-content.js'
import { externalCommunication } from './external-communication.js'
import { contentTypes } from './content-types.js'

export const SECURITY_CHECKS: readonly CheckDefinition[] = [
  toolsDeclared,
  trifecta,
  privateData,
  untrustedContent,
  externalCommunication,
  contentTypes
]
