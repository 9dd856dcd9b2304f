// Phase 6 — Final verification: the configuration the verdict rests on.
import { type CheckRun, configEvidence, type Outcome, rootCodeownersRule } from '../src/check.js'

/** Waivers may run at most this long, and are flagged this many days before they end. */
export const MAX_WAIVER_DAYS = 180
export const WAIVER_WARNING_DAYS = 14

const DAY = 86_400_000
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

export const config: CheckRun = {
  id: 'report.config',
  run(ctx) {
    const outcomes: Outcome[] = []
    ctx.config.waivers.forEach((w, i) => {
      const left = daysBetween(ctx.today, w.expires)
      const at = configEvidence(ctx, ['waivers', i, 'expires'], `waiver of ${w.check}`)
      if (left < 0) {
        outcomes.push({ status: 'failed', message: `The waiver of ${w.check} expired on ${w.expires}; ${w.check} is open again.`, evidence: [at], fix: `Fix ${w.check}, or have ${w.approvedBy} renew the waiver with a new \`expires\` date (at most ${MAX_WAIVER_DAYS} days ahead).` })
      } else if (left > MAX_WAIVER_DAYS) {
        outcomes.push({ status: 'failed', message: `The waiver of ${w.check} runs until ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead.`, evidence: [at], fix: `Set \`expires\` to ${MAX_WAIVER_DAYS} days from now or less, and renew it when it ends.` })
      } else if (left <= WAIVER_WARNING_DAYS) {
        outcomes.push({ status: 'warning', message: `The waiver of ${w.check} expires on ${w.expires} (in ${left} day${left === 1 ? '' : 's'}).`, evidence: [at], fix: `Fix ${w.check} before ${w.expires}, or have ${w.approvedBy} renew the waiver.` })
      }
    })
    for (const [i, why] of ctx.unapproved?.waivers ?? []) outcomes.push({ status: 'not verified', message: `${why}.`, reason: 'waiver not approved by its approver on this pull request', evidence: [configEvidence(ctx, ['waivers', i, 'approvedBy'])], fix: `Ask ${ctx.config.waivers[i].approvedBy} to approve the pull request.`, needsApi: true })
    for (const [i, why] of ctx.unapproved?.attestations ?? []) outcomes.push({ status: 'not verified', message: `${why}.`, reason: 'attestation not approved by its author on this pull request', evidence: [configEvidence(ctx, ['attestations', i, 'by'])], fix: `Ask ${ctx.config.attestations[i].by} to approve the pull request.`, needsApi: true })
    if (!outcomes.some((o) => o.status === 'failed')) {
      const waivers = ctx.config.waivers.length
      outcomes.unshift({
        status: 'passed',
        message: `${ctx.configFile.path} is valid (sha256 ${ctx.configFile.sha256.slice(0, 12)}…)${waivers ? ` and its ${waivers} waiver${waivers === 1 ? ' is' : 's are'} current` : ''}.`,
        evidence: [configEvidence(ctx, [])]
      })
    }
    return outcomes
  }
}

/** Who may approve the go-live: golive.yaml approvers and the owners of CODEOWNERS' root rule. */
function approversOf(ctx: Parameters<CheckRun['run']>[0]): string[] {
  return [...new Set([...ctx.config.approvers, ...(rootCodeownersRule(ctx.repo.docs.codeowners)?.owners ?? [])])]
}

export const approval: CheckRun = {
  id: 'report.approval',
  run(ctx) {
    const approvers = approversOf(ctx)
    const gh = ctx.github
    const pull = gh?.context.pull
    if (!gh) return [{ status: 'not verified', message: 'Go-live approval is read from the pull request’s reviews; a local run cannot see them (no token).', reason: 'no token (local run)', needsApi: true }]
    if (!pull) return [{ status: 'not applicable', message: `Approval is judged on pull requests; this is a ${gh.context.eventName || 'non-PR'} run.` }]
    if (!gh.reviews?.ok) return [{ status: 'not verified', message: `The reviews of pull request #${pull.number} could not be read.`, reason: gh.reviews && !gh.reviews.ok ? `${gh.reviews.endpoint}: ${gh.reviews.reason}` : 'not requested', fix: gh.reviews && !gh.reviews.ok ? gh.reviews.howToFix : undefined, needsApi: true }]
    const users = approvers.filter((a) => !a.includes('/')).map((a) => a.slice(1).toLowerCase())
    const teams = approvers.filter((a) => a.includes('/'))
    const approved = gh.reviews.value.filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase())
    const byApprover = approved.filter((r) => users.includes(r.user.toLowerCase()))
    const evidence = [{ api: gh.reviews.endpoint, fact: approved.length ? `approved by ${approved.map((r) => `${r.user}${r.submittedAt ? ` at ${r.submittedAt}` : ''}${r.commitId ? ` on ${r.commitId.slice(0, 7)}` : ''}`).join(', ')}` : 'no approving review' }]
    if (byApprover.length) return [{ status: 'passed', message: `Go-live approved by ${byApprover.map((r) => r.user).join(', ')}.`, evidence, needsApi: true }]
    if (approved.length && teams.length) return [{ status: 'not verified', message: `Approved by ${approved.map((r) => r.user).join(', ')}, but whether they belong to ${teams.join(', ')} cannot be read with this token.`, reason: 'team membership needs a token with members: read (organisation)', evidence, fix: 'List the approvers by handle in golive.yaml `approvers`, or give the action a token with Members: read.', needsApi: true }]
    return [{ status: 'failed', message: `No approval from a code owner or an approver (${approvers.join(', ') || 'none listed'}).`, evidence, fix: 'Ask one of the approvers to review and approve the pull request, or list approvers in golive.yaml `approvers`.', needsApi: true }]
  }
}

export const REPORT_CHECKS: CheckRun[] = [config, approval]
