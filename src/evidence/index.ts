// Collects the evidence of the checkout once, before any check runs. Evidence
// only describes what is there; the checks in checks/ decide what it means.
import { deriveCapabilities, type CapabilityEvidence } from './derived/capabilities.js'
import type { CustomCapability } from './derived/catalogue.js'
import { readServerScope, type ServerScope } from './derived/server-scope.js'
import { readDocs, type DocsEvidence } from './docs.js'
import { readEcosystems, type EcosystemEvidence } from './ecosystems.js'
import {
  readDeployment,
  readKustomizations,
  type DeploymentGap,
  type K8sObject,
  type Kustomization
} from './kubernetes-objects.js'
import type { InventoryEvidence } from './inventory.js'
import { readEgress, type EgressFacts } from './network-policy.js'
import type { DisabledTemplate } from './helm.js'
import type { Repository, SkippedFile } from './repository.js'
import type { AuthEvidence } from './source/auth.js'
import { scanOnThisThread, startSourceScan, type SourceScan } from './source/parallel-scan.js'
import type { ScanStats } from './source/scan.js'
import type { SecretsEvidence } from './source/secrets.js'
import { resolveToolFacts } from './source/tool-resolve.js'
import type { SourceSecurityEvidence } from './source/security.js'
import { readWorkflows, type Workflow } from './workflows.js'

export interface RepoEvidence {
  /** Every file path in the snapshot, for checks that look for a file by name. */
  paths: string[]
  skipped: SkippedFile[]
  /** Files left out by paths.include / paths.exclude. */
  excluded?: string[]
  docs: DocsEvidence
  workflows: Workflow[]
  ecosystems: EcosystemEvidence
  kubernetes: K8sObject[]
  /**
   * What the kustomize and Helm builds did not follow or render: the infrastructure checks on those builds are not
   * verified.
   */
  deploymentGaps?: DeploymentGap[]
  /** Helm templates the values switch off (`if .Values.x.enabled` false), with the kinds they would make. */
  disabledTemplates?: DisabledTemplate[]
  kustomizations: Kustomization[]
  egress: EgressFacts
  /** Facts from the one pass over source files. */
  source: SourceSecurityEvidence
  /** Authentication, audit and tracing facts from the same pass. */
  auth: AuthEvidence
  /** Committed credentials anywhere, and personal or tenant data in test code. */
  secrets: SecretsEvidence
  scan: ScanStats & { threads: number }
  /** What the server serves (golive.yaml `inventory`); set by the run, absent when no inventory is configured. */
  inventory?: InventoryEvidence
  /** What each tool reaches (derived from the source facts and the files tools reach). */
  capabilities: CapabilityEvidence
  /** The packages that make up the MCP server (those using an MCP SDK and what they depend on). */
  serverScope?: ServerScope
}

interface EvidenceOptions {
  /** Threads for the source pass (default: one per 10,000 files, at most one per core, and 4). */
  jobs?: number
  capabilities?: readonly CustomCapability[]
}

/** The evidence of a checkout, its source pass split over threads when it is large (see parallel-scan.ts). */
export async function collectRepoEvidence(repo: Repository, options: EvidenceOptions = {}): Promise<RepoEvidence> {
  // One pass over the source files: every detector sees each file once (split over threads on a
  // large checkout). While worker threads scan, this one reads the rest, then scans with them.
  const scanning = startSourceScan(repo, { jobs: options.jobs })
  const reads = readCheckout(repo)
  return assembleEvidence(repo, reads, await scanning.finish(), options)
}

/**
 * The same evidence with the source pass on this thread alone, synchronously: for callers that
 * want no workers and no promise (the tests' runGate). Same facts, in the same order.
 */
export function collectRepoEvidenceOnThisThread(
  repo: Repository,
  options: Omit<EvidenceOptions, 'jobs'> = {}
): RepoEvidence {
  const reads = readCheckout(repo)
  return assembleEvidence(repo, reads, scanOnThisThread(repo), options)
}

/** What the checkout's files other than the source say, and the files those reads skipped. */
function readCheckout(repo: Repository) {
  const listed = repo.skipped.length
  const { objects: kubernetes, gaps: deploymentGaps, disabled: disabledTemplates } = readDeployment(repo)
  const docs = readDocs(repo)
  const workflows = readWorkflows(repo)
  const ecosystems = readEcosystems(repo)
  const kustomizations = readKustomizations(repo)
  // Files skipped by those reads are listed after the source pass's, as when they were read after it.
  const skippedByReads = repo.skipped.splice(listed)
  return { kubernetes, deploymentGaps, disabledTemplates, docs, workflows, ecosystems, kustomizations, skippedByReads }
}

function assembleEvidence(
  repo: Repository,
  reads: ReturnType<typeof readCheckout>,
  scanned: SourceScan,
  options: EvidenceOptions
): RepoEvidence {
  const { skippedByReads, docs, workflows, ecosystems, kubernetes, deploymentGaps, disabledTemplates, kustomizations } =
    reads
  const { source, auth, secrets, scan } = scanned
  const paths = repo.files.map((f) => f.path)
  // Tool names one file could not settle, followed across the repository's files.
  resolveToolFacts(repo, source)
  for (const s of skippedByReads) repo.noteSkipped(s.path, s.reason)
  const capabilities = deriveCapabilities(repo, paths, source, options.capabilities)
  const serverScope = readServerScope(repo, source.mcpFiles)
  return {
    serverScope,
    paths,
    skipped: repo.skipped,
    excluded: repo.excluded,
    docs,
    workflows,
    ecosystems,
    kubernetes,
    deploymentGaps,
    disabledTemplates,
    kustomizations,
    egress: readEgress(kubernetes),
    source,
    auth,
    secrets,
    scan,
    capabilities
  }
}
