// Phase 2 — Policy compliance: repository, documentation, CI, scanning,
// dependency updates and release process, judged from the checkout's files.
// The policy checks in catalogue order (CHECKS.md): a new check is one module here and one line in this list.
import type { CheckDefinition } from '../../src/check.js'
import { readme } from './readme.js'
import { codeowners } from './codeowners.js'
import { branchProtection } from './branch-protection.js'
import { codeReview } from './code-review.js'
import { releaseProcess } from './release-process.js'
import { ciTests } from './ci-tests.js'
import { testData } from './test-data.js'
import { secrets } from './secrets.js'
import { environments } from './environments.js'
import { securityScanning } from './security-scanning.js'
import { dependencyUpdates } from './dependency-updates.js'
import { containerScan } from './container-scan.js'
import { zone } from './zone.js'

export const POLICY_CHECKS: readonly CheckDefinition[] = [
  readme,
  codeowners,
  branchProtection,
  codeReview,
  releaseProcess,
  ciTests,
  testData,
  secrets,
  environments,
  securityScanning,
  dependencyUpdates,
  containerScan,
  zone
]
