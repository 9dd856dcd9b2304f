// The check run "MCP go-live": the verdict as conclusion and annotations on the
// files at fault, 50 per request (the API's limit). Without `checks: write`,
// workflow-command annotations instead, most severe first, within the per-step
// limit of 10 errors and 10 warnings.
import type { RunResult } from '../engine.js'
import { isFileEvidence, STATUS_RANK, type Finding } from '../findings.js'
import { fact, type GitHubClient } from '../github-api-helper.js'
import { forFile } from '../report/output.js'
import { checkCounts, renderMarkdown, type MarkdownOptions } from '../report/markdown.js'
import { digestText } from '../report/comparison.js'

export const CHECK_RUN_NAME = 'MCP go-live'
const BATCH = 50
const MAX_ANNOTATIONS = 500
/** The API refuses a summary over 65,535 characters. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_000

/** The check run's summary: the same layout as the comment, cut by the same rules to its own limit. */
export function checkRunSummary(
  result: RunResult,
  options: Pick<MarkdownOptions, 'linkBase' | 'summaryUrl'> = {}
): string {
  return renderMarkdown(result, { ...options, limit: CHECK_RUN_SUMMARY_LIMIT, surface: 'check run' })
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'failure' | 'warning' | 'notice'
  title: string
  message: string
}

/** Open findings with a file location, most severe first. */
export function annotationsOf(result: RunResult): Annotation[] {
  const open = result.findings
    .filter((f) => f.status === 'failed' || f.status === 'warning' || f.status === 'not verified')
    .sort((a, b) => Number(!!b.blocking) - Number(!!a.blocking) || STATUS_RANK[a.status] - STATUS_RANK[b.status])
  const out: Annotation[] = []
  for (const f of open) {
    for (const e of f.evidence.filter(isFileEvidence).slice(0, 5)) {
      out.push({
        path: e.file,
        start_line: e.line,
        end_line: e.line,
        annotation_level: level(f),
        title: `${f.check} (${f.status})`.slice(0, 255),
        message: f.message.slice(0, 64_000)
      })
    }
  }
  return out.slice(0, MAX_ANNOTATIONS)
}

function blockedTitle(result: RunResult): string {
  const n = checkCounts(result).blocking.length
  return `Blocked: ${n} check${n === 1 ? '' : 's'} open (${result.blocking} finding${result.blocking === 1 ? '' : 's'})`
}

function level(f: Finding): Annotation['annotation_level'] {
  if (f.blocking) return 'failure'
  return f.status === 'not verified' ? 'notice' : 'warning'
}

export async function createCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; sha: string },
  result: RunResult,
  summary: string,
  detailsUrl?: string
): Promise<{ ok: boolean; detail: string; requests: number }> {
  const { owner, repo, sha } = target
  const annotations = annotationsOf(result)
  const digest = digestText(result, sha)
  // What is sent, through the one output pass after every cut.
  const output = (batch: Annotation[]) => ({
    title: result.verdict === 'ready' ? 'Ready for go-live' : forFile(blockedTitle(result)),
    summary: forFile(summary.length > CHECK_RUN_SUMMARY_LIMIT ? checkRunSummary(result) : summary),
    // Read back by pull requests based on this commit ("new in this PR"); redacted like every output.
    ...(digest ? { text: forFile(digest) } : {}),
    annotations: batch.map((a) => ({
      ...a,
      path: forFile(a.path),
      title: forFile(a.title),
      message: forFile(a.message)
    }))
  })
  let requests = 1
  const created = await fact(
    `POST /repos/${owner}/${repo}/check-runs`,
    () =>
      client.request('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name: CHECK_RUN_NAME,
        head_sha: sha,
        status: 'completed',
        conclusion: result.verdict === 'ready' ? 'success' : 'failure',
        details_url: detailsUrl,
        output: output(annotations.slice(0, BATCH))
      }),
    (d) => (typeof (d as { id?: unknown })?.id === 'number' ? (d as { id: number }).id : undefined)
  )
  if (!created.ok)
    return { ok: false, detail: `could not create the check run: ${created.reason}. ${created.howToFix}`, requests }
  for (let i = BATCH; i < annotations.length; i += BATCH) {
    requests++
    const more = await fact(
      `PATCH /repos/${owner}/${repo}/check-runs/${created.value}`,
      () =>
        client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          owner,
          repo,
          check_run_id: created.value,
          output: output(annotations.slice(i, i + BATCH))
        }),
      (d) => d
    )
    if (!more.ok)
      return { ok: false, detail: `annotations after the first ${i} could not be added: ${more.reason}`, requests }
  }
  return {
    ok: true,
    detail: `check run ${created.value} with ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}`,
    requests
  }
}

/**
 * Workflow-command annotations when no check run can be written: 10 errors and 10 warnings per step at
 * most, each a different message (a finding's first place, saying how many more it has), so the few
 * slots are not spent on one finding's places.
 */
export function workflowAnnotations(
  result: RunResult
): { level: 'error' | 'warning'; file: string; line: number; column: number; title: string; message: string }[] {
  const seen = new Map<string, { a: Annotation; more: number }>()
  for (const a of annotationsOf(result)) {
    const key = `${a.title}\u0000${a.message}`
    const s = seen.get(key)
    if (s) s.more++
    else seen.set(key, { a, more: 0 })
  }
  const distinct = [...seen.values()].map(({ a, more }) => ({
    ...a,
    message: more ? `${a.message.slice(0, 60_000)} (and ${more} more place${more === 1 ? '' : 's'})` : a.message
  }))
  const errors = distinct.filter((a) => a.annotation_level === 'failure').slice(0, 10)
  const warnings = distinct.filter((a) => a.annotation_level !== 'failure').slice(0, 10)
  return [
    ...errors.map((a) => ({
      level: 'error' as const,
      file: a.path,
      line: a.start_line,
      column: 1,
      title: a.title,
      message: a.message
    })),
    ...warnings.map((a) => ({
      level: 'warning' as const,
      file: a.path,
      line: a.start_line,
      column: 1,
      title: a.title,
      message: a.message
    }))
  ]
}
