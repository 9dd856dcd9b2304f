import type { Fact, RuleFact } from '../../src/github-facts.js'
import { type CheckDefinition, noToken, type Outcome } from '../../src/check.js'
import { api, notVerified, PROTECTION_FIX, protectionOf } from './shared.js'

/**
 * Whether classic protection is worth a request: the rules that apply to the branch leave one of
 * the protections open (or could not be read). Each request counts, and classic protection needs
 * a token with Administration: read that most runs do not have.
 */
export function classicProtectionNeeded(rules: Fact<RuleFact[]>, isDefaultBranch: boolean): boolean {
  const p = protectionOf({ rules })
  return !(p.prRequired && p.forcePushBlocked && p.deletionBlocked && (!isDefaultBranch || p.requiredApprovals >= 1))
}

export const branchProtection: CheckDefinition = {
  id: 'policy.branch-protection',
  phase: 'policy',
  level: 'blocking',
  title: 'Branch protection',
  passesWhen: 'the default and release branches require a PR and block force pushes and deletion',
  explain: {
    looksFor: 'Protection of the default branch and release branches.',
    evidence: [
      '`GET /repos/{o}/{r}/rules/branches/{b}` (rulesets; contents read)',
      'classic `GET …/branches/{b}/protection` (Administration: read)',
      'the branch listing’s `protected` flag'
    ],
    why: 'Without it, anyone with write access can push to production unreviewed.',
    fix: 'Add a ruleset requiring pull requests and blocking force pushes and deletion; classic rules need a fine-grained token with Administration: read to be read.'
  },
  api: { classicProtection: classicProtectionNeeded },
  run(ctx) {
    const gh = ctx.github
    if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Branch protection')]
    const outcomes: Outcome[] = []
    // The listing names the release branches; unreadable, their protection was never asked: say so.
    const listing = gh.branchListing
    if (!listing.ok && listing.status !== 'no token' && ctx.config.releaseBranches.length) {
      outcomes.push({
        ...notVerified([listing], `The branches matching ${ctx.config.releaseBranches.join(', ')}`),
        message: `Release branches (${ctx.config.releaseBranches.join(', ')}) could not be listed, so their protection was not read.`,
        needsApi: true
      })
    }
    return outcomes.concat(
      gh.branches.map((b): Outcome => {
        const p = protectionOf(b)
        const missing = [
          !p.prRequired && 'pull requests required',
          !p.forcePushBlocked && 'force pushes blocked',
          !p.deletionBlocked && 'deletion blocked'
        ].filter(Boolean) as string[]
        if (!missing.length)
          return {
            status: 'passed' as const,
            message: `${b.branch} requires pull requests and blocks force pushes and deletion.`,
            evidence: p.evidence,
            needsApi: true
          }
        // What is missing may be in classic protection we could not read.
        if (!b.classic?.ok) {
          if (b.listing.ok && !b.listing.value.protected) {
            return {
              status: 'failed' as const,
              message: `${b.branch} is not protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (the branch listing says protected: false).`,
              evidence: [...p.evidence, api(b.listing.endpoint, 'protected: false')],
              fix: PROTECTION_FIX,
              needsApi: true
            }
          }
          const facts = [...(b.classic ? [b.classic] : []), ...(b.rules.ok ? [] : [b.rules])]
          return {
            ...notVerified(facts, `Classic branch protection of ${b.branch}`),
            message: `${b.branch}: ${missing.join(', ')} not seen in rulesets, and classic protection could not be read${b.listing.ok ? ' (the branch is marked protected)' : ''}.`,
            evidence: [
              ...p.evidence,
              ...facts.filter((f) => !f.ok).map((f) => api(f.endpoint, (f as { reason: string }).reason))
            ]
          }
        }
        return {
          status: 'failed' as const,
          message: `${b.branch} is not fully protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
          evidence: p.evidence,
          fix: PROTECTION_FIX,
          needsApi: true
        }
      })
    )
  }
}
