// Phase 4 — Authentication: on behalf of the user, tokens validated, no
// app-only identities or API keys for data access.
// The auth checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { obo } from './obo.js'
import { tokenValidation } from './token-validation.js'
import { identityScoping } from './identity-scoping.js'
import { noAppCredentials } from './no-app-credentials.js'

export const AUTH_CHECKS: readonly CheckDefinition[] = [obo, tokenValidation, identityScoping, noAppCredentials]
