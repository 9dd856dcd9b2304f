import { type CheckDefinition, configEvidence, type Outcome } from '../../src/check.js'
import { counted } from '../shared.js'

/** Waivers may run at most this long, and are flagged this many days before they end. */
export const MAX_WAIVER_DAYS = 180
export const WAIVER_WARNING_DAYS = 14

const DAY = 86_400_000
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

export const config: CheckDefinition = {
  id: 'report.config',
  phase: 'report',
  level: 'blocking',
  title: 'Configuration',
  passesWhen: 'golive.yaml is valid and every waiver is current',
  explain: {
    looksFor: 'The configuration the verdict rests on.',
    evidence: [
      'golive.yaml validity and its waivers: expired fails, more than 180 days ahead fails, 14 days or less warns'
    ],
    why: 'An expired waiver means an open item is open again.',
    fix: 'Fix the item or renew the waiver with its approver.'
  },
  run(ctx) {
    const outcomes: Outcome[] = []
    ctx.config.waivers.forEach((w, i) => {
      const left = daysBetween(ctx.today, w.expires)
      const at = configEvidence(ctx, ['waivers', i, 'expires'], `waiver of ${w.check}`)
      if (left < 0) {
        outcomes.push({
          status: 'failed',
          message: `The waiver of ${w.check} expired on ${w.expires}; ${w.check} is open again.`,
          evidence: [at],
          fix: `Fix ${w.check}, or have ${w.approvedBy} renew the waiver with a new \`expires\` date (at most ${MAX_WAIVER_DAYS} days ahead).`
        })
      } else if (left > MAX_WAIVER_DAYS) {
        outcomes.push({
          status: 'failed',
          message: `The waiver of ${w.check} runs until ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead.`,
          evidence: [at],
          fix: `Set \`expires\` to ${MAX_WAIVER_DAYS} days from now or less, and renew it when it ends.`
        })
      } else if (left <= WAIVER_WARNING_DAYS) {
        outcomes.push({
          status: 'warning',
          message: `The waiver of ${w.check} expires on ${w.expires} (in ${counted(left, 'day')}).`,
          evidence: [at],
          fix: `Fix ${w.check} before ${w.expires}, or have ${w.approvedBy} renew the waiver.`
        })
      }
    })
    for (const [i, why] of ctx.unapproved?.waivers ?? [])
      outcomes.push({
        status: 'not verified',
        message: `${why}.`,
        reason: 'waiver not approved by its approver on this pull request',
        evidence: [configEvidence(ctx, ['waivers', i, 'approvedBy'])],
        fix: `Ask ${ctx.config.waivers[i].approvedBy} to approve the pull request.`,
        needsApi: true
      })
    for (const [i, why] of ctx.unapproved?.attestations ?? [])
      outcomes.push({
        status: 'not verified',
        message: `${why}.`,
        reason: 'attestation not approved by its author on this pull request',
        evidence: [configEvidence(ctx, ['attestations', i, 'by'])],
        fix: `Ask ${ctx.config.attestations[i].by} to approve the pull request.`,
        needsApi: true
      })
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
