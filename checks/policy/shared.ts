// Helpers shared by the policy checks (and, where imported, by other areas' checks).
import type { ApiEvidence, FileEvidence } from '../../src/findings.js'
import type { Fact } from '../../src/github-facts.js'
import type { CheckContext, Outcome } from '../../src/check.js'
import type { BranchFacts } from '../../src/evidence/github.js'
import type { Workflow, WorkflowStep } from '../../src/evidence/workflows.js'

export const api = (endpoint: string, fact: string): ApiEvidence => ({ api: endpoint, fact })

export function notVerified<T>(facts: Fact<T>[], what: string): Outcome {
  const failed = facts.filter((f): f is Extract<Fact<T>, { ok: false }> => !f.ok)
  const noToken = failed.every((f) => f.status === 'no token')
  return {
    status: 'not verified',
    message: `${what} could not be read${noToken ? ' (no token)' : ''}.`,
    reason: failed.map((f) => `${f.endpoint}: ${f.reason}`).join('; '),
    evidence: failed.map((f) => api(f.endpoint, f.reason)),
    fix: [...new Set(failed.map((f) => f.howToFix))].join('\n'),
    needsApi: true
  }
}

export interface Protection {
  prRequired: boolean
  forcePushBlocked: boolean
  deletionBlocked: boolean
  requiredApprovals: number
  evidence: ApiEvidence[]
}

/** What the rules that apply to the branch and its classic protection say, together. */
export function protectionOf(b: Pick<BranchFacts, 'rules' | 'classic'>): Protection {
  const p: Protection = {
    prRequired: false,
    forcePushBlocked: false,
    deletionBlocked: false,
    requiredApprovals: 0,
    evidence: []
  }
  if (b.rules.ok) {
    for (const r of b.rules.value) {
      if (r.type === 'pull_request') {
        p.prRequired = true
        p.requiredApprovals = Math.max(p.requiredApprovals, Number(r.parameters?.required_approving_review_count ?? 0))
      }
      if (r.type === 'non_fast_forward') p.forcePushBlocked = true
      if (r.type === 'deletion') p.deletionBlocked = true
    }
    p.evidence.push(
      api(
        b.rules.endpoint,
        b.rules.value.length ? `rules: ${b.rules.value.map((r) => r.type).join(', ')}` : 'no ruleset rules apply'
      )
    )
  }
  if (b.classic?.ok) {
    const c = b.classic.value
    p.prRequired ||= c.prRequired
    p.forcePushBlocked ||= !c.forcePushAllowed
    p.deletionBlocked ||= !c.deletionAllowed
    p.requiredApprovals = Math.max(p.requiredApprovals, c.requiredReviews ?? 0)
    p.evidence.push(
      api(
        b.classic.endpoint,
        `classic protection: PR ${c.prRequired ? `required (${c.requiredReviews ?? 0} approvals)` : 'not required'}, force push ${c.forcePushAllowed ? 'allowed' : 'blocked'}, deletion ${c.deletionAllowed ? 'allowed' : 'blocked'}`
      )
    )
  }
  return p
}

export const PROTECTION_FIX =
  'Protect the branch with a ruleset (Settings → Rules → Rulesets), readable by the gate with `contents: read`:\n\n```\ngh api -X POST repos/{owner}/{repo}/rulesets --input - <<\'JSON\'\n{"name":"protect-main","target":"branch","enforcement":"active",\n "conditions":{"ref_name":{"include":["~DEFAULT_BRANCH","refs/heads/release/*"],"exclude":[]}},\n "rules":[{"type":"deletion"},{"type":"non_fast_forward"},\n  {"type":"pull_request","parameters":{"required_approving_review_count":1,"dismiss_stale_reviews_on_push":true,"require_code_owner_review":true,"require_last_push_approval":false,"required_review_thread_resolution":false}}]}\nJSON\n```'

export const fileAt = (file: string, line = 1, column = 1, note?: string): FileEvidence => ({
  file,
  line,
  column,
  ...(note ? { note } : {})
})

/** The setup and test steps for the repository's main ecosystem, for fix snippets. */
export const TOOLCHAINS: { ecosystems: string[]; setup: string; test: string[]; codeql: string }[] = [
  {
    ecosystems: ['npm'],
    setup: '      - uses: actions/setup-node@v5\n        with:\n          node-version: 24',
    test: ['npm ci', 'npm test'],
    codeql: 'javascript-typescript'
  },
  {
    ecosystems: ['pip', 'uv'],
    setup: '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"',
    test: ['pip install -e . pytest', 'pytest'],
    codeql: 'python'
  },
  {
    ecosystems: ['gomod'],
    setup: '      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod',
    test: ['go test ./...'],
    codeql: 'go'
  },
  {
    ecosystems: ['nuget'],
    setup: '      - uses: actions/setup-dotnet@v5\n        with:\n          dotnet-version: 9.0.x',
    test: ['dotnet test'],
    codeql: 'csharp'
  },
  {
    ecosystems: ['maven', 'gradle'],
    setup:
      '      - uses: actions/setup-java@v5\n        with:\n          distribution: temurin\n          java-version: 21',
    test: ['mvn -B verify'],
    codeql: 'java-kotlin'
  }
]

export function toolchainsOf(ctx: CheckContext) {
  const used = Object.keys(ctx.repo.ecosystems.used)
  const found = TOOLCHAINS.filter((t) => t.ecosystems.some((e) => used.includes(e)))
  return found.length ? found : [TOOLCHAINS[0]]
}

/** The first step across all workflows that a matcher recognises. */
export function findStep(
  wfs: Workflow[],
  recognise: (s: WorkflowStep) => string | undefined
): { wf: Workflow; step: WorkflowStep; name: string } | undefined {
  for (const wf of wfs)
    for (const job of wf.jobs)
      for (const step of job.steps) {
        const name = recognise(step)
        if (name) return { wf, step, name }
      }
  return undefined
}

export function recogniseBy(actions: { match: RegExp; name: string }[], commands: { match: RegExp; name: string }[]) {
  return (s: WorkflowStep) =>
    (s.uses && actions.find((a) => a.match.test(s.uses!))?.name) ||
    (s.run && commands.find((c) => c.match.test(s.run!))?.name) ||
    undefined
}

/** An outcome from an API half: the fact read, or not verified saying what would make it readable. */
export function fromApi<T>(
  f: Fact<T> | undefined,
  judge: (value: T, endpoint: string) => Outcome,
  fileHalf: Outcome
): Outcome {
  if (!f || (!f.ok && f.status === 'no token')) return fileHalf
  if (f.ok) return judge(f.value, f.endpoint)
  return {
    status: 'not verified',
    message: `${fileHalf.message} The API could not tell whether it is set up outside the repository: ${f.reason}.`,
    reason: `${f.endpoint}: ${f.reason}`,
    evidence: [...(fileHalf.evidence ?? []), { api: f.endpoint, fact: f.reason }],
    fix: `${f.howToFix}\n\n${fileHalf.fix ?? ''}`.trim(),
    needsApi: true
  }
}

/** Places of one cause, first ones named and the rest counted: "a:1, b:2 +3 more". */
export function placesText(places: FileEvidence[], shown = 3): string {
  const named = places
    .slice(0, shown)
    .map((p) => `${p.file}:${p.line}`)
    .join(', ')
  return places.length > shown ? `${named} +${places.length - shown} more` : named
}

/** Items grouped by a key, in the order of their first appearance. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const g = groups.get(k)
    if (g) g.push(item)
    else groups.set(k, [item])
  }
  return [...groups.values()]
}
