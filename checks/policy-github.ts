// Phase 2 facts only the GitHub API knows: branch protection (rulesets and
// classic), required reviews and the PR's approvals, protected environments.
// Honest about what could not be read: a 403 on classic protection is "could
// not read", not "unprotected".
import { type CheckContext, type CheckRun, noToken, type Outcome } from '../src/check.js'
import type { BranchFacts } from '../src/evidence/github.js'
import type { Fact, RuleFact } from '../src/github-facts.js'
import type { ApiEvidence } from '../src/findings.js'

const api = (endpoint: string, fact: string): ApiEvidence => ({ api: endpoint, fact })

function notVerified<T>(facts: Fact<T>[], what: string): Outcome {
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

interface Protection {
  prRequired: boolean
  forcePushBlocked: boolean
  deletionBlocked: boolean
  requiredApprovals: number
  evidence: ApiEvidence[]
}

/**
 * Whether classic protection is worth a request: the rules that apply to the branch leave one of
 * the protections open (or could not be read). Each request counts, and classic protection needs
 * a token with Administration: read that most runs do not have.
 */
export function classicProtectionNeeded(rules: Fact<RuleFact[]>, isDefaultBranch: boolean): boolean {
  const p = protectionOf({ rules })
  return !(p.prRequired && p.forcePushBlocked && p.deletionBlocked && (!isDefaultBranch || p.requiredApprovals >= 1))
}

/** What the rules that apply to the branch and its classic protection say, together. */
function protectionOf(b: Pick<BranchFacts, 'rules' | 'classic'>): Protection {
  const p: Protection = { prRequired: false, forcePushBlocked: false, deletionBlocked: false, requiredApprovals: 0, evidence: [] }
  if (b.rules.ok) {
    for (const r of b.rules.value) {
      if (r.type === 'pull_request') {
        p.prRequired = true
        p.requiredApprovals = Math.max(p.requiredApprovals, Number(r.parameters?.required_approving_review_count ?? 0))
      }
      if (r.type === 'non_fast_forward') p.forcePushBlocked = true
      if (r.type === 'deletion') p.deletionBlocked = true
    }
    p.evidence.push(api(b.rules.endpoint, b.rules.value.length ? `rules: ${b.rules.value.map((r) => r.type).join(', ')}` : 'no ruleset rules apply'))
  }
  if (b.classic?.ok) {
    const c = b.classic.value
    p.prRequired ||= c.prRequired
    p.forcePushBlocked ||= !c.forcePushAllowed
    p.deletionBlocked ||= !c.deletionAllowed
    p.requiredApprovals = Math.max(p.requiredApprovals, c.requiredReviews ?? 0)
    p.evidence.push(api(b.classic.endpoint, `classic protection: PR ${c.prRequired ? `required (${c.requiredReviews ?? 0} approvals)` : 'not required'}, force push ${c.forcePushAllowed ? 'allowed' : 'blocked'}, deletion ${c.deletionAllowed ? 'allowed' : 'blocked'}`))
  }
  return p
}

const PROTECTION_FIX = 'Protect the branch with a ruleset (Settings → Rules → Rulesets), readable by the gate with `contents: read`:\n\n```\ngh api -X POST repos/{owner}/{repo}/rulesets --input - <<\'JSON\'\n{"name":"protect-main","target":"branch","enforcement":"active",\n "conditions":{"ref_name":{"include":["~DEFAULT_BRANCH","refs/heads/release/*"],"exclude":[]}},\n "rules":[{"type":"deletion"},{"type":"non_fast_forward"},\n  {"type":"pull_request","parameters":{"required_approving_review_count":1,"dismiss_stale_reviews_on_push":true,"require_code_owner_review":true,"require_last_push_approval":false,"required_review_thread_resolution":false}}]}\nJSON\n```'

export const branchProtection: CheckRun = {
  id: 'policy.branch-protection',
  api: { classicProtection: classicProtectionNeeded },
  run(ctx) {
    const gh = ctx.github
    if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Branch protection')]
    const outcomes: Outcome[] = []
    // The listing names the release branches; unreadable, their protection was never asked: say so.
    const listing = gh.branchListing
    if (!listing.ok && listing.status !== 'no token' && ctx.config.releaseBranches.length) {
      outcomes.push({ ...notVerified([listing], `The branches matching ${ctx.config.releaseBranches.join(', ')}`), message: `Release branches (${ctx.config.releaseBranches.join(', ')}) could not be listed, so their protection was not read.`, needsApi: true })
    }
    return outcomes.concat(gh.branches.map((b): Outcome => {
      const p = protectionOf(b)
      const missing = [!p.prRequired && 'pull requests required', !p.forcePushBlocked && 'force pushes blocked', !p.deletionBlocked && 'deletion blocked'].filter(Boolean) as string[]
      if (!missing.length) return { status: 'passed' as const, message: `${b.branch} requires pull requests and blocks force pushes and deletion.`, evidence: p.evidence, needsApi: true }
      // What is missing may be in classic protection we could not read.
      if (!b.classic?.ok) {
        if (b.listing.ok && !b.listing.value.protected) {
          return { status: 'failed' as const, message: `${b.branch} is not protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (the branch listing says protected: false).`, evidence: [...p.evidence, api(b.listing.endpoint, 'protected: false')], fix: PROTECTION_FIX, needsApi: true }
        }
        const facts = [...(b.classic ? [b.classic] : []), ...(b.rules.ok ? [] : [b.rules])]
        return { ...notVerified(facts, `Classic branch protection of ${b.branch}`), message: `${b.branch}: ${missing.join(', ')} not seen in rulesets, and classic protection could not be read${b.listing.ok ? ' (the branch is marked protected)' : ''}.`, evidence: [...p.evidence, ...facts.filter((f) => !f.ok).map((f) => api(f.endpoint, (f as { reason: string }).reason))] }
      }
      return { status: 'failed' as const, message: `${b.branch} is not fully protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`, evidence: p.evidence, fix: PROTECTION_FIX, needsApi: true }
    }))
  }
}

export const codeReview: CheckRun = {
  id: 'policy.code-review',
  run(ctx) {
    const gh = ctx.github
    if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Required reviews')]
    const outcomes: Outcome[] = []
    const main = gh.branches[0]
    const p = protectionOf(main)
    if (p.requiredApprovals >= 1) outcomes.push({ status: 'passed', message: `${main.branch} requires ${p.requiredApprovals} approving review${p.requiredApprovals === 1 ? '' : 's'}.`, evidence: p.evidence, needsApi: true })
    else if (main.classic && !main.classic.ok && !main.rules.ok) outcomes.push(notVerified([main.rules, main.classic], 'Required reviews'))
    else if (main.classic && !main.classic.ok && !(main.listing.ok && !main.listing.value.protected)) outcomes.push({ ...notVerified([main.classic], 'Required reviews in classic protection'), message: `No ruleset requires an approving review on ${main.branch}, and classic protection could not be read.` })
    else outcomes.push({ status: 'failed', message: `${main.branch} does not require an approving review.`, evidence: p.evidence, fix: PROTECTION_FIX, needsApi: true })
    const pull = gh.context.pull
    if (pull && gh.reviews) {
      if (!gh.reviews.ok) outcomes.push(notVerified([gh.reviews], `Reviews of pull request #${pull.number}`))
      else {
        const approvals = latestByUser(gh.reviews.value).filter((r) => r.state === 'APPROVED' && r.user !== pull.author)
        const current = approvals.filter((r) => !r.commitId || r.commitId === pull.headSha)
        const ev = [api(gh.reviews.endpoint, approvals.length ? `approved by ${approvals.map((r) => `${r.user}${r.commitId && r.commitId !== pull.headSha ? ' (on an older commit)' : ''}`).join(', ')}` : 'no approving review from anyone but the author')]
        if (current.length) outcomes.push({ status: 'passed', message: `Pull request #${pull.number} is approved by ${current.map((r) => r.user).join(', ')} on its head commit.`, evidence: ev, needsApi: true })
        else if (approvals.length) outcomes.push({ status: 'failed', message: `Pull request #${pull.number} was approved only on an older commit (stale approval); it needs a review of the head commit.`, evidence: ev, needsApi: true })
        else outcomes.push({ status: 'failed', message: `Pull request #${pull.number} has no approving review from someone other than its author (${pull.author}).`, evidence: ev, fix: 'Ask a reviewer (a code owner) to approve the pull request.', needsApi: true })
      }
    }
    return outcomes
  }
}

/** A reviewer's latest review counts (a later "changes requested" replaces an approval). */
function latestByUser<T extends { user: string; state: string; submittedAt?: string }>(reviews: T[]): T[] {
  const last = new Map<string, T>()
  for (const r of reviews) if (r.state !== 'COMMENTED') last.set(r.user, r)
  return [...last.values()]
}

/** The production environment among the declared ones: the one named prod…, else the last. */
export function prodEnvironment(envs: string[]): string {
  return envs.find((e) => /^prod/i.test(e)) ?? envs[envs.length - 1]
}

/** The API half of policy.environments: GitHub environments exist and prod is protected. */
export function environmentsFromApi(ctx: CheckContext): Outcome[] {
  const gh = ctx.github
  if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/environments')], 'GitHub environments')]
  if (!gh.environments.ok) return [notVerified([gh.environments], 'GitHub environments')]
  const envs = gh.environments.value
  const wanted = ctx.config.environments
  const missing = wanted.filter((w) => !envs.some((e) => e.name.toLowerCase() === w.toLowerCase()))
  const ev = [api(gh.environments.endpoint, `environments: ${envs.map((e) => `${e.name}${e.reviewers ? ' (required reviewers)' : ''}${e.waitTimer ? ' (wait timer)' : ''}${e.branchPolicy ? ' (branch policy)' : ''}`).join(', ') || 'none'}`)]
  if (missing.length) return [{ status: 'failed', message: `GitHub environments missing: ${missing.join(', ')}.`, evidence: ev, fix: missing.map((m) => `gh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${m}`).join('\n'), needsApi: true }]
  const prodName = prodEnvironment(wanted)
  const prod = envs.find((e) => e.name.toLowerCase() === prodName.toLowerCase())!
  if (!prod.reviewers && !prod.waitTimer && !prod.branchPolicy) return [{ status: 'failed', message: `The ${prod.name} environment has no protection: no required reviewers, wait timer or deployment branch policy.`, evidence: ev, fix: `Add required reviewers to ${prod.name} (Settings → Environments), or a deployment branch policy:\n\n\`\`\`\ngh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${prod.name} -F "deployment_branch_policy[protected_branches]=true" -F "deployment_branch_policy[custom_branch_policies]=false"\n\`\`\``, needsApi: true }]
  return [{ status: 'passed', message: `GitHub environments ${wanted.join(', ')} exist and ${prod.name} is protected.`, evidence: ev, needsApi: true }]
}

export const POLICY_GITHUB_CHECKS: CheckRun[] = [branchProtection, codeReview]
