// On a pull request, a waiver or attestation that the PR adds or changes
// counts only once the person it names has approved that PR: otherwise anyone
// could waive a check by writing someone else's handle into golive.yaml.
// Pure: golive.yaml at the base (API fact) and the PR's reviews in, the
// entries that do not count (and why) out.
import { parse } from 'yaml'
import type { Attestation, GoliveConfig, Waiver } from './config/schema.js'
import type { GitHubEvidence } from './evidence/github.js'
import { MAX_ALIAS_COUNT } from './yaml-positions.js'

export interface Unapproved {
  waivers: Map<number, string>
  attestations: Map<number, string>
}

const waiverKey = (w: Partial<Waiver>) => JSON.stringify([w.check, w.reason, w.approvedBy, String(w.expires ?? '')])
const attestationKey = (a: Partial<Attestation>) =>
  JSON.stringify([a.check, a.by, String(a.date ?? ''), a.note ?? '', a.subject ?? ''])

export function unapprovedChanges(config: GoliveConfig, github: GitHubEvidence | undefined): Unapproved {
  const none: Unapproved = { waivers: new Map(), attestations: new Map() }
  const pull = github?.context.pull
  if (!github || !pull) return none
  // What the base branch already had; unreadable base means every entry must be approved.
  let base: { waivers: string[]; attestations: string[] } | undefined
  let baseProblem: string | undefined
  if (github.baseConfig?.ok) {
    const data = github.baseConfig.value === null ? {} : safeParse(github.baseConfig.value)
    base = {
      waivers: Array.isArray(data?.waivers) ? (data.waivers as Partial<Waiver>[]).map(waiverKey) : [],
      attestations: Array.isArray(data?.attestations)
        ? (data.attestations as Partial<Attestation>[]).map(attestationKey)
        : []
    }
  } else
    baseProblem = github.baseConfig
      ? `golive.yaml on ${pull.baseRef} could not be read (${github.baseConfig.reason})`
      : 'golive.yaml on the base branch was not read'
  const approvers = github.reviews?.ok
    ? new Set(
        github.reviews.value
          .filter(
            (r) =>
              r.state === 'APPROVED' &&
              r.user.toLowerCase() !== pull.author.toLowerCase() &&
              (!r.commitId || r.commitId === pull.headSha)
          )
          .map((r) => r.user.toLowerCase())
      )
    : undefined
  const judge = (handle: string, isNew: boolean, what: string): string | undefined => {
    if (!isNew && !baseProblem) return undefined
    if (handle.includes('/'))
      return `${what} names the team ${handle}; a team’s approval cannot be read, so it counts once merged`
    if (!approvers)
      return `${what} is ${baseProblem ? 'not known to be unchanged' : 'added or changed in this pull request'}, and the PR’s reviews could not be read`
    if (approvers.has(handle.slice(1).toLowerCase())) return undefined
    return `${what} is ${baseProblem ? `not known to be unchanged (${baseProblem})` : 'added or changed in this pull request'}; it counts once ${handle} approves the pull request`
  }
  const out: Unapproved = { waivers: new Map(), attestations: new Map() }
  config.waivers.forEach((w, i) => {
    const why = judge(w.approvedBy, !base?.waivers.includes(waiverKey(w)), `The waiver of ${w.check}`)
    if (why) out.waivers.set(i, why)
  })
  config.attestations.forEach((a, i) => {
    const why = judge(a.by, !base?.attestations.includes(attestationKey(a)), `The attestation of ${a.check}`)
    if (why) out.attestations.set(i, why)
  })
  return out
}

function safeParse(text: string): Record<string, unknown[]> | undefined {
  try {
    return parse(text, { maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown[]>
  } catch {
    return undefined
  }
}
