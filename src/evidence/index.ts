// Collects the evidence of the checkout once, before any check runs. Evidence
// only describes what is there; the checks in checks/ decide what it means.
import type { GoliveConfig } from '../config/schema.js'
import { readDocs, type DocsEvidence } from './docs.js'
import { readEcosystems, type EcosystemEvidence } from './ecosystems.js'
import type { Repository, SkippedFile } from './repository.js'
import { readWorkflows, type Workflow } from './workflows.js'

export interface RepoEvidence {
  /** Every file path in the snapshot, for checks that look for a file by name. */
  paths: string[]
  skipped: SkippedFile[]
  docs: DocsEvidence
  workflows: Workflow[]
  ecosystems: EcosystemEvidence
}

export function collectRepoEvidence(repo: Repository, _config: GoliveConfig): RepoEvidence {
  return {
    paths: repo.files.map((f) => f.path),
    skipped: repo.skipped,
    docs: readDocs(repo),
    workflows: readWorkflows(repo),
    ecosystems: readEcosystems(repo)
  }
}
