// Tool discovery on GitHub's own MCP server (official Go SDK), a set the rules
// were not written from: see test/fixtures/github-mcp-server/SOURCE.md.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { ROOT } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'github-mcp-server')
const expected = JSON.parse(readFileSync(join(DIR, 'expected-tools.json'), 'utf8')) as {
  file: string
  line: number
  name: string | null
  nameFrom?: string
}[]
const ev = await collectRepoEvidence(new Repository(DIR), { jobs: 1 })

/**
 * The two `Name: name` literals (`name: null` in expected-tools.json) sit in wrappers,
 * `issueUpdateTool(t, name, …)` and `prUpdateTool(t, name, …)`; their callers pass literals
 * (read by hand: issues_granular.go lines 202, 222, 646; pullrequests_granular.go 113, 133, 153).
 */
const THROUGH_WRAPPERS = [
  ...['update_issue_title', 'update_issue_body', 'update_issue_milestone'].map(
    (n) => `${n}@pkg/github/issues_granular.go`
  ),
  ...['update_pull_request_title', 'update_pull_request_body', 'update_pull_request_state'].map(
    (n) => `${n}@pkg/github/pullrequests_granular.go`
  )
]

describe('github-mcp-server (Go SDK, mcp.Tool{Name: …})', () => {
  it('finds every tool whose name the file states, and invents none', () => {
    const want = new Set([...expected.filter((e) => e.name).map((e) => `${e.name}@${e.file}`), ...THROUGH_WRAPPERS])
    const found = new Set(ev.source.tools.filter((t) => !t.isTest).map((t) => `${t.name}@${t.at.file}`))
    const tp = [...found].filter((f) => want.has(f)).length
    console.log(
      `github-mcp-server: ${found.size} found of ${want.size} names (${expected.length} tool literals ); precision ${(tp / found.size).toFixed(3)}, recall ${(tp / want.size).toFixed(3)}`
    )
    expect([...want].filter((w) => !found.has(w))).toEqual([])
    expect([...found].filter((f) => !want.has(f))).toEqual([])
    expect(want.size).toBe(117)
    // The wrappers' own `Name: name` sites are not left behind as computed: every caller was resolved.
    expect(ev.source.tools.filter((t) => t.computed && !t.isTest)).toEqual([])
  })

  it('reads a name from a constant of the same file, at the Name: line', () => {
    expect(ev.source.tools.find((t) => t.name === 'delete_repository')?.at).toMatchObject({
      file: 'pkg/github/repositories.go',
      line: 755
    })
  })

  it('finds the ResourceLink the server returns for large files, not the comment about it', () => {
    expect(ev.source.contentTypes.filter((c) => !c.isTest).map((c) => `${c.kind}@${c.at.file}:${c.at.line}`)).toEqual([
      'resource_link@pkg/github/repositories.go:1110'
    ])
  })
})
