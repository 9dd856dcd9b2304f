import { type CheckDefinition, type CheckRun, rootCodeownersRule } from '../../src/check.js'

/** Who may approve the go-live: golive.yaml approvers and the owners of CODEOWNERS' root rule. */
function approversOf(ctx: Parameters<CheckRun['run']>[0]): string[] {
  return [...new Set([...ctx.config.approvers, ...(rootCodeownersRule(ctx.repo.docs.codeowners)?.owners ?? [])])]
}

export const approval: CheckDefinition = {
  id: 'report.approval',
  phase: 'report',
  level: 'blocking',
  title: 'Go-live approval',
  passesWhen: 'the go-live is approved by a CODEOWNER or an approver',
  explain: {
    looksFor: 'The go-live approval.',
    evidence: ['on a PR: an approving review by a golive.yaml `approvers` entry or a CODEOWNER'],
    why: 'A named person signs off the go-live.',
    fix: 'Ask an approver to review the pull request.'
  },
  run(ctx) {
    const approvers = approversOf(ctx)
    const gh = ctx.github
    const pull = gh?.context.pull
    if (!gh)
      return [
        {
          status: 'not verified',
          message: 'Go-live approval is read from the pull request’s reviews; a local run cannot see them (no token).',
          reason: 'no token (local run)',
          needsApi: true
        }
      ]
    if (!pull)
      return [
        {
          status: 'not applicable',
          message: `Approval is judged on pull requests; this is a ${gh.context.eventName || 'non-PR'} run.`
        }
      ]
    if (!gh.reviews?.ok)
      return [
        {
          status: 'not verified',
          message: `The reviews of pull request #${pull.number} could not be read.`,
          reason: gh.reviews && !gh.reviews.ok ? `${gh.reviews.endpoint}: ${gh.reviews.reason}` : 'not requested',
          fix: gh.reviews && !gh.reviews.ok ? gh.reviews.howToFix : undefined,
          needsApi: true
        }
      ]
    const users = approvers.filter((a) => !a.includes('/')).map((a) => a.slice(1).toLowerCase())
    const teams = approvers.filter((a) => a.includes('/'))
    const approved = gh.reviews.value.filter(
      (r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase()
    )
    const byApprover = approved.filter((r) => users.includes(r.user.toLowerCase()))
    const evidence = [
      {
        api: gh.reviews.endpoint,
        fact: approved.length
          ? `approved by ${approved.map((r) => `${r.user}${r.submittedAt ? ` at ${r.submittedAt}` : ''}${r.commitId ? ` on ${r.commitId.slice(0, 7)}` : ''}`).join(', ')}`
          : 'no approving review'
      }
    ]
    if (byApprover.length)
      return [
        {
          status: 'passed',
          message: `Go-live approved by ${byApprover.map((r) => r.user).join(', ')}.`,
          evidence,
          needsApi: true
        }
      ]
    if (approved.length && teams.length)
      return [
        {
          status: 'not verified',
          message: `Approved by ${approved.map((r) => r.user).join(', ')}, but whether they belong to ${teams.join(', ')} cannot be read with this token.`,
          reason: 'team membership needs a token with members: read (organisation)',
          evidence,
          fix: 'List the approvers by handle in golive.yaml `approvers`, or give the action a token with Members: read.',
          needsApi: true
        }
      ]
    return [
      {
        status: 'failed',
        message: `No approval from a code owner or an approver (${approvers.join(', ') || 'none listed'}).`,
        evidence,
        fix: 'Ask one of the approvers to review and approve the pull request, or list approvers in golive.yaml `approvers`.',
        needsApi: true
      }
    ]
  }
}
