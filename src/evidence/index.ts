// Collects the evidence of the checkout once, before any check runs. Evidence
// only describes what is there; the checks in checks/ decide what it means.
import type { GoliveConfig } from '../config/schema.js'
import { readDocs, type DocsEvidence } from './docs.js'
import { readEcosystems, type EcosystemEvidence } from './ecosystems.js'
import { readKubernetesObjects, type K8sObject } from './kubernetes-objects.js'
import { readEgress, type EgressFacts } from './network-policy.js'
import type { Repository, SkippedFile } from './repository.js'
import { createAuthDetector, type AuthEvidence } from './source/auth.js'
import { scanSources, type ScanStats } from './source/scan.js'
import { createSecurityDetector, type SourceSecurityEvidence } from './source/security.js'
import { readWorkflows, type Workflow } from './workflows.js'

export interface RepoEvidence {
  /** Every file path in the snapshot, for checks that look for a file by name. */
  paths: string[]
  skipped: SkippedFile[]
  docs: DocsEvidence
  workflows: Workflow[]
  ecosystems: EcosystemEvidence
  kubernetes: K8sObject[]
  egress: EgressFacts
  /** Facts from the one pass over source files. */
  source: SourceSecurityEvidence
  /** Authentication, audit and tracing facts from the same pass. */
  auth: AuthEvidence
  scan: ScanStats
}

export function collectRepoEvidence(repo: Repository, _config: GoliveConfig): RepoEvidence {
  // One pass over the source files: every detector sees each file once.
  const security = createSecurityDetector()
  const auth = createAuthDetector()
  const scan = scanSources(repo, [security.detector, auth.detector])
  const kubernetes = readKubernetesObjects(repo)
  return {
    paths: repo.files.map((f) => f.path),
    skipped: repo.skipped,
    docs: readDocs(repo),
    workflows: readWorkflows(repo),
    ecosystems: readEcosystems(repo),
    kubernetes,
    egress: readEgress(kubernetes),
    source: security.result,
    auth: auth.result,
    scan
  }
}
