// What the GitHub API's answers become: a Fact (the value, or why it could not
// be read), read out of GitHub's documented response shapes. Nothing here talks
// to the API (github-api-helper.ts does): a local run, which has no token,
// needs these and not the API client, whose modules are slow to load.

export type Fact<T> =
  | { ok: true; endpoint: string; value: T }
  | {
      ok: false
      endpoint: string
      status: number | 'no token' | 'network' | 'timeout' | 'malformed'
      reason: string
      howToFix: string
    }

export const noToken = <T>(endpoint: string): Fact<T> => ({
  ok: false,
  endpoint,
  status: 'no token',
  reason: 'no token (local run)',
  howToFix:
    'Run the action, which reads the API with its `token` input (locally, `--strict` makes this block):\n\n```yaml\npermissions:\n  contents: read\n  pull-requests: write\n  checks: write\n  actions: read\nsteps:\n  - uses: actions/checkout@v5\n  - uses: mcp-golive/mcp-golive@v0\n```'
})

// ---------------------------------------------------------------- shapes of the documented responses

export interface RuleFact {
  type: string
  parameters?: Record<string, unknown>
  ruleset_id?: number
}
export interface ClassicProtection {
  requiredReviews?: number
  prRequired: boolean
  forcePushAllowed: boolean
  deletionAllowed: boolean
}
export interface EnvironmentFact {
  name: string
  reviewers: boolean
  waitTimer: boolean
  branchPolicy: boolean
}
export interface ReviewFact {
  user: string
  state: string
  commitId?: string
  submittedAt?: string
}
export interface AnalysisFact {
  tool: string
  ref: string
  createdAt: string
}
export interface SecurityUpdatesFact {
  enabled: boolean
  paused: boolean
}
export interface CommentFact {
  id: number
  body: string
  user: string
  userType?: string
  viaApp?: string
}

const obj = (d: unknown): Record<string, unknown> | undefined =>
  d && typeof d === 'object' && !Array.isArray(d) ? (d as Record<string, unknown>) : undefined

export const shapes = {
  rules: (d: unknown): RuleFact[] | undefined =>
    Array.isArray(d)
      ? d
          .filter((r) => typeof obj(r)?.type === 'string')
          .map((r) => ({
            type: String(obj(r)!.type),
            parameters: obj(obj(r)!.parameters),
            ruleset_id: obj(r)!.ruleset_id as number | undefined
          }))
      : undefined,
  classic: (d: unknown): ClassicProtection | undefined => {
    const o = obj(d)
    if (!o) return undefined
    const prr = obj(o.required_pull_request_reviews)
    return {
      prRequired: !!prr,
      requiredReviews:
        typeof prr?.required_approving_review_count === 'number'
          ? prr.required_approving_review_count
          : prr
            ? 0
            : undefined,
      forcePushAllowed: obj(o.allow_force_pushes)?.enabled === true,
      deletionAllowed: obj(o.allow_deletions)?.enabled === true
    }
  },
  branch: (d: unknown): { protected: boolean } | undefined =>
    typeof obj(d)?.protected === 'boolean' ? { protected: obj(d)!.protected as boolean } : undefined,
  environments: (d: unknown): EnvironmentFact[] | undefined => {
    const list = obj(d)?.environments
    if (!Array.isArray(list)) return undefined
    return list.map((e) => {
      const rules = Array.isArray(obj(e)?.protection_rules) ? (obj(e)!.protection_rules as unknown[]) : []
      return {
        name: String(obj(e)?.name ?? ''),
        reviewers: rules.some((r) => obj(r)?.type === 'required_reviewers'),
        waitTimer: rules.some((r) => obj(r)?.type === 'wait_timer' && Number(obj(r)?.wait_timer) > 0),
        branchPolicy: !!obj(e)?.deployment_branch_policy || rules.some((r) => obj(r)?.type === 'branch_policy')
      }
    })
  },
  reviews: (d: unknown): ReviewFact[] | undefined =>
    Array.isArray(d)
      ? d.map((r) => ({
          user: String(obj(obj(r)?.user)?.login ?? ''),
          state: String(obj(r)?.state ?? ''),
          commitId: obj(r)?.commit_id as string | undefined,
          submittedAt: obj(r)?.submitted_at as string | undefined
        }))
      : undefined,
  comments: (d: unknown): CommentFact[] | undefined =>
    Array.isArray(d)
      ? d.map((c) => ({
          id: Number(obj(c)?.id),
          body: String(obj(c)?.body ?? ''),
          user: String(obj(obj(c)?.user)?.login ?? ''),
          userType: obj(obj(c)?.user)?.type as string | undefined,
          viaApp: obj(obj(c)?.performed_via_github_app)?.slug as string | undefined
        }))
      : undefined,
  analyses: (d: unknown): AnalysisFact[] | undefined =>
    Array.isArray(d)
      ? d.map((a) => ({
          tool: String(obj(obj(a)?.tool)?.name ?? ''),
          ref: String(obj(a)?.ref ?? ''),
          createdAt: String(obj(a)?.created_at ?? '')
        }))
      : undefined,
  securityUpdates: (d: unknown): SecurityUpdatesFact | undefined =>
    typeof obj(d)?.enabled === 'boolean'
      ? { enabled: obj(d)!.enabled as boolean, paused: obj(d)!.paused === true }
      : undefined,
  /** A file's text from the contents API (base64), bounded by what the API returns inline (1 MB). */
  content: (d: unknown): string | undefined => {
    const o = obj(d)
    if (typeof o?.content !== 'string' || o.encoding !== 'base64') return undefined
    return Buffer.from(o.content, 'base64').toString('utf8')
  },
  login: (d: unknown): string | undefined => (typeof obj(d)?.login === 'string' ? (obj(d)!.login as string) : undefined)
}
