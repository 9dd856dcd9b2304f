// An in-memory CheckContext for unit tests of one check: golive.yaml from a string (the real
// parser, so config evidence has real positions), empty evidence, and the parts a test sets.
import type { CheckContext } from '../../src/check.js'
import { parseConfig } from '../../src/config/load.js'
import type { RepoEvidence } from '../../src/evidence/index.js'
import { FactTable } from '../../src/evidence/source/fact-table.js'
import type { Hit, UrlMention } from '../../src/evidence/source/auth.js'
import { newNetworkCallTable } from '../../src/evidence/source/security.js'

/** A minimal valid golive.yaml; `extra` is appended (top-level keys). */
export function goliveYaml(extra = ''): string {
  return [
    'version: 1',
    'server:',
    '  name: demo',
    '  owner: "@org/team"',
    '  exposure: internal',
    '  zone: internal',
    'tools: []',
    extra
  ].join('\n')
}

/** Evidence of an empty checkout. */
export function emptyRepoEvidence(): RepoEvidence {
  return {
    paths: [],
    skipped: [],
    excluded: [],
    docs: { docs: [] },
    workflows: [],
    ecosystems: { used: {} },
    kubernetes: [],
    deploymentGaps: [],
    disabledTemplates: [],
    kustomizations: [],
    egress: { policies: [], openToWorld: [], fqdns: [] },
    source: {
      tools: [],
      contentTypes: [],
      networkCalls: newNetworkCallTable(),
      thirdPartyReads: [],
      mcpFiles: [],
      toolFacts: [],
      imports: [],
      declaredTypes: []
    },
    auth: {
      obo: [],
      tokenValidation: [],
      devVerifiers: [],
      appCredentials: [],
      userFlows: [],
      bearerForwarding: new FactTable<Hit>({ strings: ['what'], flags: ['isTest'] }),
      auditLogs: [],
      tracingSetup: [],
      spanUser: [],
      spanTool: [],
      urls: new FactTable<UrlMention>({ strings: ['url'], flags: [] })
    },
    secrets: { secrets: [], testData: [], suppressed: [] },
    scan: { files: 0, sourceFiles: 0, bytes: 0, threads: 1 },
    capabilities: { tools: [], server: [], unresolved: [], resolved: [] }
  }
}

export interface FakeEvidence {
  /** golive.yaml's text (default: goliveYaml()). */
  yaml?: string
  /** Changes to the empty checkout's evidence. */
  repo?: (repo: RepoEvidence) => void
  github?: CheckContext['github']
  today?: string
}

/** A CheckContext built in memory: no checkout, no scan, no API. */
export function fakeEvidence(options: FakeEvidence = {}): CheckContext {
  const loaded = parseConfig(options.yaml ?? goliveYaml(), 'golive.yaml')
  const repo = emptyRepoEvidence()
  options.repo?.(repo)
  return {
    config: loaded.config,
    configFile: loaded,
    repo,
    github: options.github,
    today: options.today ?? '2026-11-24'
  }
}
