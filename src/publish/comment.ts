// The sticky PR comment: one per pull request and config path, found by a
// hidden marker AND written by the token's own identity (a marker pasted into
// someone else's comment is ignored), updated in place, within GitHub's limit.
import { fact, type GitHubClient } from '../github-api-helper.js'
import { shapes, type CommentFact } from '../github-facts.js'
import { forFile } from '../report/output.js'

export { COMMENT_LIMIT, commentBody, markerFor } from './comment-body.js'

export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped' | 'failed'
  detail: string
  requests: number
}

/**
 * Who the token is: GET /user for personal and app tokens; GITHUB_TOKEN cannot call it and is the github-actions bot.
 */
async function identity(client: GitHubClient): Promise<{ login: string; requests: number }> {
  const me = await fact('GET /user', () => client.request('GET /user'), shapes.login)
  return { login: me.ok ? me.value : 'github-actions[bot]', requests: 1 }
}

export function isOurs(c: CommentFact, marker: string, login: string): boolean {
  return c.body.includes(marker) && c.user.toLowerCase() === login.toLowerCase()
}

export async function upsertComment(
  client: GitHubClient,
  target: { owner: string; repo: string; issue: number },
  text: string,
  marker: string
): Promise<CommentOutcome> {
  const { owner, repo, issue } = target
  // The body as posted: through the one output pass, after every cut commentBody made.
  const body = forFile(text)
  let requests = 0
  // Who the token is matters only once a comment carries our marker (someone may have copied it): asked then, once.
  let me: string | undefined
  // Up to 5 pages of 100: a pull request with more comments than that gets a new one.
  let existing: CommentFact | undefined
  for (let page = 1; page <= 5 && !existing; page++) {
    requests++
    const list = await fact(
      `GET /repos/${owner}/${repo}/issues/${issue}/comments`,
      () =>
        client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number: issue,
          per_page: 100,
          page
        }),
      shapes.comments
    )
    if (!list.ok)
      return { action: 'failed', detail: `could not list comments: ${list.reason}. ${list.howToFix}`, requests }
    if (me === undefined && list.value.some((c) => c.body.includes(marker))) {
      const who = await identity(client)
      me = who.login
      requests += who.requests
    }
    existing = me === undefined ? undefined : list.value.find((c) => isOurs(c, marker, me!))
    if (list.value.length < 100) break
  }
  requests++
  const write = existing
    ? await fact(
        `PATCH /repos/${owner}/${repo}/issues/comments/${existing.id}`,
        () =>
          client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: existing!.id,
            body
          }),
        (d) => d
      )
    : await fact(
        `POST /repos/${owner}/${repo}/issues/${issue}/comments`,
        () =>
          client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issue,
            body
          }),
        (d) => d
      )
  if (!write.ok)
    return { action: 'failed', detail: `could not write the comment: ${write.reason}. ${write.howToFix}`, requests }
  return {
    action: existing ? 'updated' : 'created',
    detail: existing ? `updated comment ${existing.id}` : 'created the comment',
    requests
  }
}
