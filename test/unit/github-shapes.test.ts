// The gate's readers of API answers (shapes in src/github-api-helper.ts) on
// GitHub's documented example responses, unchanged
// (test/fixtures/github-api/documented).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shapes } from '../../src/github-facts.js'
import { ROOT } from '../support/gate.js'

const example = (key: string): unknown =>
  JSON.parse(readFileSync(join(ROOT, 'test/fixtures/github-api/documented', `${key}.json`), 'utf8'))

describe('the documented example responses, read by the gate', () => {
  it('rules for a branch: every rule with its type, parameters and ruleset', () => {
    expect(shapes.rules(example('repository-rule-items'))).toEqual([
      { type: 'commit_message_pattern', parameters: { operator: 'starts_with', pattern: 'issue' }, ruleset_id: 42 },
      { type: 'commit_author_email_pattern', parameters: { operator: 'contains', pattern: 'github' }, ruleset_id: 73 }
    ])
  })

  it('classic protection: 2 approvals required, force pushes and deletions allowed', () => {
    expect(shapes.classic(example('branch-protection'))).toEqual({
      prRequired: true,
      requiredReviews: 2,
      forcePushAllowed: true,
      deletionAllowed: true
    })
  })

  it('environments: staging, with required reviewers, a wait timer and a branch policy', () => {
    expect(shapes.environments(example('environments'))).toEqual([
      { name: 'staging', reviewers: true, waitTimer: true, branchPolicy: true }
    ])
  })

  it('reviews: who, what, on which commit', () => {
    expect(shapes.reviews(example('pull-request-review-items'))).toEqual([
      {
        user: 'octocat',
        state: 'APPROVED',
        commitId: 'ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091',
        submittedAt: '2019-11-17T17:43:43Z'
      }
    ])
  })

  it('issue comments: id, body and author', () => {
    expect(shapes.comments(example('issue-comment-items'))).toEqual([
      { id: 1, body: 'Me too', user: 'octocat', userType: 'User', viaApp: undefined }
    ])
  })

  it('the authenticated user: the login, in both examples', () => {
    expect(shapes.login(example('private-user-response-with-public-and-private-profile-information'))).toBe('octocat')
    expect(shapes.login(example('private-user-response-with-public-profile-information'))).toBe('octocat')
  })

  it('repository content: base64 decoded (the example is a README, not a golive.yaml)', () => {
    expect(shapes.content(example('content-file-response-if-content-is-a-file'))).toMatch(/^# Yoga Bo/)
  })

  it('answers of the wrong shape are not read as facts', () => {
    expect(shapes.rules(example('branch-protection'))).toBeUndefined()
    expect(shapes.classic(example('repository-rule-items'))).toBeUndefined()
    expect(shapes.environments(example('issue-comment-items'))).toBeUndefined()
    expect(shapes.login(example('issue-comment-items'))).toBeUndefined()
  })
})
