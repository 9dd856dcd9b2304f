import { type CheckDefinition, noToken, type Outcome } from '../../src/check.js'
import { api, notVerified, PROTECTION_FIX, protectionOf } from './shared.js'
import { counted } from '../shared.js'

export const codeReview: CheckDefinition = {
  id: 'policy.code-review',
  phase: 'policy',
  level: 'blocking',
  title: 'Code review',
  passesWhen: 'at least one approving review is required, and a PR has one from someone other than the author',
  explain: {
    looksFor: 'Required approving reviews, and the PR’s own approvals.',
    evidence: [
      '`required_approving_review_count` in rules or classic protection',
      '`GET …/pulls/{n}/reviews`: an approval from someone other than the author on the head commit'
    ],
    why: 'Four eyes on every change to a production server.',
    fix: 'Require at least one approval; get a review of the head commit (older approvals are stale).'
  },
  run(ctx) {
    const gh = ctx.github
    if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Required reviews')]
    const outcomes: Outcome[] = []
    const main = gh.branches[0]
    const p = protectionOf(main)
    if (p.requiredApprovals >= 1)
      outcomes.push({
        status: 'passed',
        message: `${main.branch} requires ${counted(p.requiredApprovals, 'approving review')}.`,
        evidence: p.evidence,
        needsApi: true
      })
    else if (main.classic && !main.classic.ok && !main.rules.ok)
      outcomes.push(notVerified([main.rules, main.classic], 'Required reviews'))
    else if (main.classic && !main.classic.ok && !(main.listing.ok && !main.listing.value.protected))
      outcomes.push({
        ...notVerified([main.classic], 'Required reviews in classic protection'),
        message: `No ruleset requires an approving review on ${main.branch}, and classic protection could not be read.`
      })
    else
      outcomes.push({
        status: 'failed',
        message: `${main.branch} does not require an approving review.`,
        evidence: p.evidence,
        fix: PROTECTION_FIX,
        needsApi: true
      })
    const pull = gh.context.pull
    if (pull && gh.reviews) {
      if (!gh.reviews.ok) outcomes.push(notVerified([gh.reviews], `Reviews of pull request #${pull.number}`))
      else {
        const approvals = latestByUser(gh.reviews.value).filter((r) => r.state === 'APPROVED' && r.user !== pull.author)
        const current = approvals.filter((r) => !r.commitId || r.commitId === pull.headSha)
        const ev = [
          api(
            gh.reviews.endpoint,
            approvals.length
              ? `approved by ${approvals.map((r) => `${r.user}${r.commitId && r.commitId !== pull.headSha ? ' (on an older commit)' : ''}`).join(', ')}`
              : 'no approving review from anyone but the author'
          )
        ]
        if (current.length)
          outcomes.push({
            status: 'passed',
            message: `Pull request #${pull.number} is approved by ${current.map((r) => r.user).join(', ')} on its head commit.`,
            evidence: ev,
            needsApi: true
          })
        else if (approvals.length)
          outcomes.push({
            status: 'failed',
            message: `Pull request #${pull.number} was approved only on an older commit (stale approval); it needs a review of the head commit.`,
            evidence: ev,
            needsApi: true
          })
        else
          outcomes.push({
            status: 'failed',
            message: `Pull request #${pull.number} has no approving review from someone other than its author (${pull.author}).`,
            evidence: ev,
            fix: 'Ask a reviewer (a code owner) to approve the pull request.',
            needsApi: true
          })
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
