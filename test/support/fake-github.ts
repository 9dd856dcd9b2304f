// A loopback HTTP server that speaks the parts of the GitHub REST API the gate
// uses, answering with the documented example payloads in
// test/fixtures/github-api. Faults can be switched on per route; every request
// is recorded so tests assert on what the gate sent.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ROOT } from './gate.js'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/github-api', name), 'utf8'))

export type Fault =
  | { status: 401 | 403 | 404 | 500 | 502; message?: string }
  | { rateLimit: 403 | 429; retryAfter?: number; once?: boolean }
  | { status: 500; once: true }
  | { delayMs: number }
  | { malformed: true }

export interface RecordedRequest {
  method: string
  /** The route it matched (see ROUTES), undefined when none did. */
  route?: string
  path: string
  query: string
  body?: any
}

export interface Comment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface FakeGitHub {
  url: string
  requests: RecordedRequest[]
  comments: Comment[]
  checkRuns: { id: number; body: any; patches: any[] }[]
  /** Faults by route name (see ROUTES). */
  faults: Record<string, Fault>
  /** Overrides of a route's documented answer. */
  answers: Record<string, unknown>
  /** The token's identity; `null` makes GET /user answer 403 as it does for GITHUB_TOKEN. */
  login: string | null
  /** golive.yaml on the base branch for GET …/contents; null answers 404 (the file is new in the PR). */
  baseConfig: string | null
  close(): Promise<void>
}

const ROUTES: { name: string; method: string; re: RegExp }[] = [
  { name: 'rules', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/rules\/branches\/(.+)$/ },
  { name: 'protection', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/branches\/(.+)\/protection$/ },
  { name: 'branches', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/branches$/ },
  { name: 'branch', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/branches\/(.+)$/ },
  { name: 'environments', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/environments$/ },
  { name: 'reviews', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/ },
  { name: 'contents', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/ },
  { name: 'code-scanning', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/code-scanning\/analyses$/ },
  { name: 'security-updates', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/automated-security-fixes$/ },
  { name: 'user', method: 'GET', re: /^\/user$/ },
  { name: 'list-comments', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/ },
  { name: 'create-comment', method: 'POST', re: /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/ },
  { name: 'update-comment', method: 'PATCH', re: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/ },
  { name: 'create-check-run', method: 'POST', re: /^\/repos\/[^/]+\/[^/]+\/check-runs$/ },
  { name: 'update-check-run', method: 'PATCH', re: /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/ },
  { name: 'commit-check-runs', method: 'GET', re: /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/ }
]

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    requests: [],
    comments: [],
    checkRuns: [],
    faults: {},
    answers: {},
    login: 'golive-bot',
    baseConfig: null
  }
  const served = new Map<string, number>()
  const server: Server = createServer((req, res) => void handle(req, res))

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const body = raw ? JSON.parse(raw) : undefined
    const route = ROUTES.find((r) => r.method === req.method && r.re.test(url.pathname))
    state.requests.push({ method: req.method ?? '', route: route?.name, path: url.pathname, query: url.search, body })
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...headers
      })
      res.end(typeof data === 'string' ? data : JSON.stringify(data))
    }
    if (!route) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    const count = (served.get(route.name) ?? 0) + 1
    served.set(route.name, count)
    const fault = state.faults[route.name]
    if (fault) {
      if ('delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs))
      else if ('malformed' in fault) return send(200, '{"truncated": [')
      else if ('rateLimit' in fault) {
        if (!fault.once || count === 1) {
          const reset = String(Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 1))
          return send(
            fault.rateLimit,
            {
              message: 'API rate limit exceeded',
              documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
            },
            { 'retry-after': String(fault.retryAfter ?? 1), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
          )
        }
      } else if ('once' in fault) {
        if (count === 1) return send(500, { message: 'Server Error' })
      } else
        return send(fault.status, {
          message:
            fault.message ??
            (fault.status === 403
              ? 'Resource not accessible by integration'
              : fault.status === 404
                ? 'Not Found'
                : fault.status === 401
                  ? 'Bad credentials'
                  : 'Server Error'),
          documentation_url: 'https://docs.github.com/rest'
        })
    }
    if (route.name in state.answers) return send(200, state.answers[route.name])
    switch (route.name) {
      case 'rules':
        return send(200, fixture('branch-rules.json'))
      case 'protection':
        return send(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection'
        })
      case 'branches':
        return send(200, fixture('branches.json'))
      case 'branch':
        return send(200, {
          ...(fixture('branch.json') as object),
          name: decodeURIComponent(route.re.exec(url.pathname)![1])
        })
      case 'environments':
        return send(200, fixture('environments.json'))
      case 'reviews':
        return send(200, fixture('reviews.json'))
      case 'contents': {
        if (state.baseConfig === null)
          return send(404, {
            message: 'Not Found',
            documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content'
          })
        const path = decodeURIComponent(route.re.exec(url.pathname)![1])
        return send(200, {
          type: 'file',
          encoding: 'base64',
          size: state.baseConfig.length,
          name: path.split('/').pop(),
          path,
          content: Buffer.from(state.baseConfig).toString('base64'),
          sha: '3d21ec53a331a6f037a91c368710b99387d012c1'
        })
      }
      // The documented examples; a test switches to "none" with a fault ({ status: 404 }) or an answer ([]).
      case 'code-scanning':
        return send(200, fixture('code-scanning-analyses.json'))
      case 'security-updates':
        return send(200, fixture('automated-security-fixes.json'))
      case 'user':
        return state.login === null
          ? send(403, { message: 'Resource not accessible by integration' })
          : send(200, { ...(fixture('user.json') as object), login: state.login })
      case 'list-comments':
        return send(
          200,
          state.comments.map((c) => ({
            id: c.id,
            node_id: `IC_${c.id}`,
            body: c.body,
            user: c.user,
            author_association: 'NONE',
            created_at: '2026-11-24T10:00:00Z'
          }))
        )
      case 'create-comment': {
        const c = {
          id: 1000 + state.comments.length,
          body: body.body,
          user: { login: state.login ?? 'github-actions[bot]', type: state.login ? 'User' : 'Bot' }
        }
        state.comments.push(c)
        return send(201, { ...c, node_id: `IC_${c.id}` })
      }
      case 'update-comment': {
        const id = Number(route.re.exec(url.pathname)![1])
        const c = state.comments.find((x) => x.id === id)
        if (!c) return send(404, { message: 'Not Found' })
        c.body = body.body
        return send(200, c)
      }
      case 'create-check-run': {
        const run = { id: 4 + state.checkRuns.length, body, patches: [] as any[] }
        state.checkRuns.push(run)
        return send(201, {
          id: run.id,
          head_sha: body.head_sha,
          name: body.name,
          status: body.status,
          conclusion: body.conclusion,
          check_suite: { id: 5 },
          pull_requests: []
        })
      }
      // The check runs this server was sent for that commit (so a push run's check run is read back by a PR based on it).
      case 'commit-check-runs': {
        const sha = decodeURIComponent(route.re.exec(url.pathname)![1])
        const name = url.searchParams.get('check_name')
        const runs = state.checkRuns
          .filter((r) => r.body.head_sha === sha && (!name || r.body.name === name))
          .map((r) => ({
            id: r.id,
            head_sha: sha,
            name: r.body.name,
            status: r.body.status,
            conclusion: r.body.conclusion,
            completed_at: '2026-11-24T10:00:00Z',
            output: {
              title: r.body.output?.title ?? null,
              summary: r.body.output?.summary ?? null,
              text: r.body.output?.text ?? null,
              annotations_count: 0
            }
          }))
        return send(200, { total_count: runs.length, check_runs: runs })
      }
      case 'update-check-run': {
        const run = state.checkRuns.find((r) => r.id === Number(route.re.exec(url.pathname)![1]))
        run?.patches.push(body)
        return send(200, { id: run?.id })
      }
    }
    return send(500, { message: 'unhandled' })
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r()))
  })
}
