// The only module that talks to the GitHub API. Every request is bounded
// (timeout, one retry on 5xx and rate limits) and made at most once per run;
// a failure becomes a `Fact` that says what could not be read and how to make
// it readable, never an exception that stops the gate.
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import type { Fact } from './github-facts.js'

const GitHubOctokit = Octokit.plugin(retry, throttling)
export type GitHubClient = InstanceType<typeof GitHubOctokit>

export interface ClientOptions {
  token: string
  baseUrl: string
  /** Per-request timeout; a slow API cannot hold the gate for long. */
  timeoutMs?: number
  userAgent?: string
}

/**
 * How long a rate-limited request may wait before it is retried once; longer waits give up (and the check says not
 * verified).
 */
const MAX_RATE_LIMIT_WAIT_S = 20

/** The URL without its trailing slashes (by hand: `/\/+$/` is retried from every slash of a long run, quadratic). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length
  while (end > 0 && url[end - 1] === '/') end--
  return url.slice(0, end)
}

export function createClient(options: ClientOptions): GitHubClient {
  const timeoutMs = options.timeoutMs ?? 15_000
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: withoutTrailingSlashes(options.baseUrl),
    userAgent: options.userAgent ?? 'mcp-golive',
    request: {
      // A fresh timeout per request: the fetch is aborted when it runs over.
      fetch: (url: string | URL | Request, init?: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    },
    // One retry, soon: a run waits seconds at most for a flaky API, never minutes.
    retry: { retries: 1, retryAfterBaseValue: 200, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: {
      onRateLimit: (retryAfter: number, _opts: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S,
      onSecondaryRateLimit: (retryAfter: number, _opts: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
  })
}

/** The permission each endpoint needs, for the "how to make it readable" line. */
const PERMISSION_HINTS: { match: RegExp; hint: string }[] = [
  {
    match: /\/branches\/[^/]+\/protection$/,
    hint: 'Classic branch protection needs "Administration: read", which no GITHUB_TOKEN `permissions:` key grants: use a fine-grained token with Administration: read as the `token` input, or move the rules to a ruleset (readable with `contents: read`).'
  },
  { match: /\/rules\/branches\//, hint: 'Add `permissions: { contents: read }` (metadata read) to the workflow.' },
  { match: /\/environments/, hint: 'Add `actions: read` to the workflow’s `permissions:`.' },
  { match: /\/pulls\/\d+\/reviews/, hint: 'Add `pull-requests: read` to the workflow’s `permissions:`.' },
  {
    match: /\/issues\/\d+\/comments/,
    hint: 'Add `pull-requests: write` (fork pull requests get a read-only token under `pull_request`).'
  },
  { match: /\/check-runs/, hint: 'Add `checks: write` to the workflow’s `permissions:`.' },
  {
    match: /\/code-scanning\//,
    hint: 'Add `security-events: read` to the workflow’s `permissions:` (a private repository also needs GitHub Advanced Security for code scanning).'
  },
  {
    match: /\/automated-security-fixes$/,
    hint: 'Reading the Dependabot security updates setting needs "Administration: read", which no GITHUB_TOKEN `permissions:` key grants: pass a fine-grained token with Administration: read as the `token` input, or commit a .github/dependabot.yml (read from the checkout).'
  }
]

export function permissionHint(endpoint: string): string {
  return (
    PERMISSION_HINTS.find((h) => h.match.test(endpoint))?.hint ?? 'Check the token’s permissions for this endpoint.'
  )
}

interface RequestError {
  status?: number
  message?: string
  name?: string
  response?: { headers?: Record<string, string> }
}

/** Run one request and turn any failure into a Fact that explains itself. */
export async function fact<T>(
  endpoint: string,
  request: () => Promise<{ data: unknown }>,
  shape: (data: unknown) => T | undefined
): Promise<Fact<T>> {
  try {
    const { data } = await request()
    // octokit hands back the raw text when a JSON response does not parse.
    if (typeof data === 'string')
      return {
        ok: false,
        endpoint,
        status: 'malformed',
        reason: 'the response was not valid JSON',
        howToFix: 'Retry the run; the API answered with a truncated or broken body.'
      }
    const value = shape(data)
    if (value === undefined)
      return {
        ok: false,
        endpoint,
        status: 'malformed',
        reason: 'the response was not in the documented shape',
        howToFix: 'Retry the run; if it persists, the API answered something unexpected.'
      }
    return { ok: true, endpoint, value }
  } catch (e) {
    const err = e as RequestError
    // octokit reports a failed fetch (our timeout, a refused connection) as a 500 whose message says so.
    const aborted = /aborted|timeout|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|fetch failed|socket|bad port/i.test(
      String(err.message)
    )
    const status = typeof err.status === 'number' && err.status > 0 && !aborted ? err.status : undefined
    if (status === undefined) {
      const timeout = /abort|timeout/i.test(`${err.message}`)
      const malformed = /JSON|Unexpected token|parse/i.test(String(err.message))
      return {
        ok: false,
        endpoint,
        status: timeout ? 'timeout' : malformed ? 'malformed' : 'network',
        reason: timeout
          ? 'the API did not answer in time'
          : malformed
            ? 'the response was not valid JSON'
            : `the API could not be reached (${String(err.message).slice(0, 120)})`,
        howToFix: 'Retry the run; the gate reports what it could not read instead of guessing.'
      }
    }
    const remaining = err.response?.headers?.['x-ratelimit-remaining']
    if (status === 429 || (status === 403 && remaining === '0'))
      return {
        ok: false,
        endpoint,
        status,
        reason: `rate limited (HTTP ${status})`,
        howToFix: 'Retry later, or run with a token that has its own rate limit.'
      }
    if (status === 401)
      return {
        ok: false,
        endpoint,
        status,
        reason: 'the token was refused (HTTP 401)',
        howToFix: 'Pass a valid token as the `token` input.'
      }
    if (status === 403 || status === 404)
      return {
        ok: false,
        endpoint,
        status,
        reason: `the token may not read it (HTTP ${status})`,
        howToFix: permissionHint(endpoint)
      }
    return {
      ok: false,
      endpoint,
      status,
      reason: `the API failed (HTTP ${status})`,
      howToFix: 'Retry the run; GitHub answered with a server error.'
    }
  }
}
