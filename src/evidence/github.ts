// GitHub facts the checks need, read once per run, in parallel. Only the
// runner's environment and the API are read; evidence never decides.
import { readFileSync, statSync } from 'node:fs'
import { globMatcher } from '../glob.js'
import { fact, type GitHubClient } from '../github-api-helper.js'
import {
  noToken,
  shapes,
  type AnalysisFact,
  type ClassicProtection,
  type EnvironmentFact,
  type Fact,
  type ReviewFact,
  type RuleFact,
  type SecurityUpdatesFact
} from '../github-facts.js'

export interface RunContext {
  owner: string
  repo: string
  eventName: string
  sha: string
  ref: string
  apiUrl: string
  serverUrl: string
  runId?: string
  defaultBranch?: string
  pull?: { number: number; author: string; headSha: string; baseRef: string; fromFork: boolean; baseSha?: string }
}

const MAX_EVENT_BYTES = 5 * 1024 * 1024

/** The parts of the event payload the gate reads; all optional, since the file is JSON the gate does not control. */
interface EventPayload {
  repository?: { default_branch?: string }
  pull_request?: {
    number?: unknown
    user?: { login?: unknown }
    head?: { sha?: unknown; repo?: { full_name?: unknown } }
    base?: { ref?: unknown; sha?: unknown }
  }
}

/** The run's context from the runner's environment (GITHUB_REPOSITORY, GITHUB_EVENT_PATH, …). */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return undefined
  let event: EventPayload = {}
  const path = env.GITHUB_EVENT_PATH
  if (path) {
    try {
      if (statSync(path).size <= MAX_EVENT_BYTES) event = JSON.parse(readFileSync(path, 'utf8'))
    } catch {
      event = {}
    }
  }
  const pr = event.pull_request
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? String(pr?.head?.sha ?? ''),
    ref: env.GITHUB_REF ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    runId: env.GITHUB_RUN_ID,
    defaultBranch: event.repository?.default_branch,
    pull:
      pr && typeof pr.number === 'number'
        ? {
            number: pr.number as number,
            author: String(pr.user?.login ?? ''),
            headSha: String(pr.head?.sha ?? ''),
            baseRef: String(pr.base?.ref ?? ''),
            ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
            fromFork: pr.head?.repo?.full_name !== undefined && pr.head?.repo?.full_name !== `${owner}/${repo}`
          }
        : undefined
  }
}

export interface BranchFacts {
  branch: string
  rules: Fact<RuleFact[]>
  /** Undefined when the rules that apply settle every protection check, so the admin-only endpoint was not asked. */
  classic?: Fact<ClassicProtection>
  /**
   * The branch listing's `protected` flag (contents read), which tells "unprotected" from "could not read classic
   * protection".
   */
  listing: Fact<{ protected: boolean }>
}

export interface GitHubEvidence {
  context: RunContext
  defaultBranch: string
  branches: BranchFacts[]
  /** The branch listing (one page of 100): the release branches that exist and every branch's `protected` flag. */
  branchListing: Fact<{ name: string; protected: boolean }[]>
  environments: Fact<EnvironmentFact[]>
  reviews?: Fact<ReviewFact[]>
  /**
   * golive.yaml on the PR's base branch (null: the file is new in this PR), to tell which waivers and attestations the
   * PR adds.
   */
  baseConfig?: Fact<string | null>
  /**
   * Code scanning analyses of the default branch (latest first, at most one); read only when no SAST workflow is in the
   * checkout. 404 reads as none.
   */
  codeScanning?: Fact<AnalysisFact[]>
  /**
   * The Dependabot security updates setting; read only when the checkout has no dependabot.yml or Renovate config. 404
   * reads as disabled.
   */
  securityUpdates?: Fact<SecurityUpdatesFact>
  /** Number of API requests this collection made (each at most once). */
  requests: number
}

/** API facts only worth a request when the checkout does not settle a check (decided by the checks' `api` needs). */
export interface ApiHalves {
  codeScanning: boolean
  securityUpdates: boolean
  /**
   * Whether classic protection must be read, given the rules that apply to the branch (the checks decide; default:
   * always).
   */
  classicProtection?: (rules: Fact<RuleFact[]>, isDefaultBranch: boolean) => boolean
}

/** A documented 404 that means "none" or "not enabled", not "cannot read". */
function notFoundAs<T>(f: Fact<T>, value: T): Fact<T> {
  return !f.ok && f.status === 404 ? { ok: true, endpoint: f.endpoint, value } : f
}

export async function collectGitHubEvidence(
  client: GitHubClient | undefined,
  ctx: RunContext,
  releaseBranches: string[],
  configRepoPath?: string,
  halves: ApiHalves = { codeScanning: false, securityUpdates: false }
): Promise<GitHubEvidence> {
  let requests = 0
  const { owner, repo } = ctx
  const count = <T>(p: Promise<Fact<T>>) => {
    requests++
    return p
  }
  const defaultBranch = ctx.defaultBranch ?? 'main'
  const rulesEndpoint = (b: string) => `GET /repos/${owner}/${repo}/rules/branches/${b}`
  const classicEndpoint = (b: string) => `GET /repos/${owner}/${repo}/branches/${b}/protection`
  const listEndpoint = `GET /repos/${owner}/${repo}/branches`
  // One listing gives every branch's `protected` flag and the release branches that exist.
  const listed: Fact<{ name: string; protected: boolean }[]> = client
    ? await count(
        fact(
          listEndpoint,
          () => client.request('GET /repos/{owner}/{repo}/branches', { owner, repo, per_page: 100 }),
          (d) =>
            Array.isArray(d)
              ? d.map((b) => ({
                  name: String((b as { name?: unknown }).name),
                  protected: (b as { protected?: unknown }).protected === true
                }))
              : undefined
        )
      )
    : noToken(listEndpoint)
  // The config's globs, matched in linear time (dot: branch names have no segment starting with one).
  const match = releaseBranches.length ? globMatcher(releaseBranches) : () => false
  const release = listed.ok
    ? listed.value
        .filter((b) => b.name !== defaultBranch && match(b.name))
        .slice(0, 3)
        .map((b) => b.name)
    : []
  const listingOf = (branch: string): Fact<{ protected: boolean }> => {
    if (!listed.ok) return listed
    const b = listed.value.find((x) => x.name === branch)
    return b
      ? { ok: true, endpoint: listEndpoint, value: { protected: b.protected } }
      : {
          ok: false,
          endpoint: listEndpoint,
          status: 404,
          reason: `${branch} is not in the first 100 branches`,
          howToFix: 'The branch listing is read once, 100 branches at most.'
        }
  }
  const branchFacts = async (branch: string): Promise<BranchFacts> => {
    if (!client)
      return {
        branch,
        rules: noToken(rulesEndpoint(branch)),
        classic: noToken(classicEndpoint(branch)),
        listing: noToken(listEndpoint)
      }
    const rules = await count(
      fact(
        rulesEndpoint(branch),
        () => client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner, repo, branch }),
        shapes.rules
      )
    )
    // Classic protection needs Administration: read; ask only when the rules leave something open.
    if (halves.classicProtection && !halves.classicProtection(rules, branch === defaultBranch))
      return { branch, rules, listing: listingOf(branch) }
    const classic = await count(
      fact(
        classicEndpoint(branch),
        () => client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner, repo, branch }),
        shapes.classic
      )
    )
    return { branch, rules, classic, listing: listingOf(branch) }
  }
  const pull = ctx.pull
  const baseConfigEndpoint =
    pull && configRepoPath ? `GET /repos/${owner}/${repo}/contents/${configRepoPath}?ref=${pull.baseRef}` : undefined
  const analysesEndpoint = `GET /repos/${owner}/${repo}/code-scanning/analyses?ref=refs/heads/${defaultBranch}`
  const securityUpdatesEndpoint = `GET /repos/${owner}/${repo}/automated-security-fixes`
  const [branches, environments, reviews, baseConfig, codeScanning, securityUpdates] = await Promise.all([
    Promise.all([defaultBranch, ...release].map(branchFacts)),
    client
      ? count(
          fact(
            `GET /repos/${owner}/${repo}/environments`,
            () => client.request('GET /repos/{owner}/{repo}/environments', { owner, repo, per_page: 100 }),
            shapes.environments
          )
        )
      : Promise.resolve(noToken<EnvironmentFact[]>(`GET /repos/${owner}/${repo}/environments`)),
    ctx.pull
      ? client
        ? count(
            fact(
              `GET /repos/${owner}/${repo}/pulls/${ctx.pull.number}/reviews`,
              () =>
                client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                  owner,
                  repo,
                  pull_number: ctx.pull!.number,
                  per_page: 100
                }),
              shapes.reviews
            )
          )
        : Promise.resolve(noToken<ReviewFact[]>(`GET /repos/${owner}/${repo}/pulls/${ctx.pull.number}/reviews`))
      : Promise.resolve(undefined),
    baseConfigEndpoint && client
      ? count(
          fact(
            baseConfigEndpoint,
            () =>
              client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path: configRepoPath!,
                ref: pull!.baseRef
              }),
            shapes.content
          )
        ).then((f): Fact<string | null> =>
          !f.ok && f.status === 404 ? { ok: true, endpoint: f.endpoint, value: null } : f
        )
      : Promise.resolve(undefined),
    !halves.codeScanning
      ? Promise.resolve(undefined)
      : client
        ? count(
            fact(
              analysesEndpoint,
              () =>
                client.request('GET /repos/{owner}/{repo}/code-scanning/analyses', {
                  owner,
                  repo,
                  ref: `refs/heads/${defaultBranch}`,
                  per_page: 1
                }),
              shapes.analyses
            )
          ).then((f) => notFoundAs<AnalysisFact[]>(f, []))
        : Promise.resolve(noToken<AnalysisFact[]>(analysesEndpoint)),
    !halves.securityUpdates
      ? Promise.resolve(undefined)
      : client
        ? count(
            fact(
              securityUpdatesEndpoint,
              () => client.request('GET /repos/{owner}/{repo}/automated-security-fixes', { owner, repo }),
              shapes.securityUpdates
            )
          ).then((f) => notFoundAs<SecurityUpdatesFact>(f, { enabled: false, paused: false }))
        : Promise.resolve(noToken<SecurityUpdatesFact>(securityUpdatesEndpoint))
  ])
  return {
    context: ctx,
    defaultBranch,
    branches,
    branchListing: listed,
    environments,
    reviews,
    baseConfig,
    codeScanning,
    securityUpdates,
    requests
  }
}
