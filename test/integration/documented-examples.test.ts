// The bundled action served GitHub's documented example responses, unchanged
// (test/fixtures/github-api/documented), on every endpoint it reads: what the
// gate concludes from them, checked against what the examples say.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction, type ActionRun } from '../support/action-run.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'
import { ROOT } from '../support/gate.js'
import { nodeBinaries } from '../support/node-binaries.js'

const example = (key: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/github-api/documented', `${key}.json`), 'utf8'))

describe('the documented examples, served verbatim (bundled action, Node 24 when present)', () => {
  let api: FakeGitHub
  let run: ActionRun
  let findings: { check: string; status: string; message: string; reason?: string }[]
  beforeAll(async () => {
    api = await startFakeGitHub()
    api.answers = {
      rules: example('repository-rule-items'),
      protection: example('branch-protection'),
      branches: example('short-branch-with-protection-items'),
      environments: example('environments'),
      reviews: example('pull-request-review-items'),
      contents: example('content-file-response-if-content-is-a-file'),
      'list-comments': example('issue-comment-items'),
      'create-comment': example('issue-comment'),
      user: example('private-user-response-with-public-and-private-profile-information'),
      'create-check-run': example('check-run-example-of-completed-conclusion')
    }
    run = await runAction(nodeBinaries().at(-1)!.bin, api)
    findings = JSON.parse(readFileSync(run.outputs['json-path'], 'utf8')).findings
  })
  afterAll(async () => {
    await api.close()
  })
  const of = (check: string) => findings.filter((f) => f.check === check)

  it('asks classic protection, because the example rules (commit message and author patterns) protect nothing', () => {
    expect(api.requests.filter((q) => q.path.endsWith('/branches/main/protection'))).toHaveLength(1)
  })

  it('branch protection: the example requires 2 approvals but allows force pushes and deletions, so it fails', () => {
    expect(of('policy.branch-protection').map((f) => [f.status, f.message])).toEqual([
      ['failed', 'main is not fully protected: force pushes blocked, deletion blocked are missing.']
    ])
  })

  it('code review: 2 required approvals pass; octocat’s approval is on another commit than the PR head, so it is stale', () => {
    const [required, pull] = of('policy.code-review')
    expect(required).toMatchObject({ status: 'passed', message: 'main requires 2 approving reviews.' })
    expect(pull).toMatchObject({
      status: 'failed',
      message:
        'Pull request #2 was approved only on an older commit (stale approval); it needs a review of the head commit.'
    })
  })

  it('environments: the example has staging only, so there is no protected prod environment', () => {
    expect(
      of('policy.environments')
        .filter((f) => f.message.startsWith('GitHub'))
        .map((f) => [f.status, f.message])
    ).toEqual([['failed', 'GitHub environments missing: dev, prod.']])
  })

  it('the base golive.yaml is the example README, which holds no attestation: alice’s counts once she approves', () => {
    expect(
      of('report.config')
        .filter((f) => f.status !== 'passed')
        .map((f) => [f.status, f.message])
    ).toEqual([
      [
        'not verified',
        'The attestation of observability.dashboard is added or changed in this pull request; it counts once @alice approves the pull request.'
      ]
    ])
  })

  it('writes the comment (no marked comment among the example’s) and the check run, and finishes', () => {
    expect(api.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/2/comments'))).toHaveLength(1)
    expect(api.requests.some((q) => q.path === '/user')).toBe(false)
    expect(api.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/check-runs'))).toHaveLength(1)
    expect(run.code).toBe(1)
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)/)
  })
})
