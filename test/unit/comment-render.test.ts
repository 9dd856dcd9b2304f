// The PR comment as GitHub renders it (GFM: micromark, and cmark-gfm where installed):
// repository strings stay inert text whatever they contain.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commentBody, COMMENT_LIMIT, markerFor } from '../../src/publish/comment.js'
import { EXAMPLES, gate, variant } from '../support/gate.js'
import { gfmRenderers } from '../support/render-gfm.js'

const EVIL =
  '<img src=x onerror=alert(1)> | @octo-org/admins #123 </details> [click](https://evil.example/x) ``` \u202egnp.exe'

function evilResult() {
  const dir = variant(join(EXAMPLES, 'unready-server'), {})
  const path = join(dir, 'golive.yaml')
  const yaml = readFileSync(path, 'utf8').replace(
    '  - name: summarize_url',
    `  - name: ${JSON.stringify(EVIL)}\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n  - name: summarize_url`
  )
  writeFileSync(path, yaml)
  return gate(dir)
}

describe.each(gfmRenderers())('the PR comment rendered by $name', ({ render }) => {
  const result = evilResult()
  const marker = markerFor('golive.yaml')
  const body = commentBody(result, { marker })
  const html = render(body)

  it('carries the hostile string (so the test can fail)', () => {
    expect(result.findings.some((f) => f.message.includes('<img src=x'))).toBe(true)
  })

  it('shows no raw HTML from repository strings', () => {
    expect(html).not.toMatch(/<img\b/i)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('creates no links to other sites and no mention or issue links', () => {
    expect(html).not.toContain('href="https://evil.example')
    expect(html).not.toMatch(/@octo-org/) // the @ is always followed by a zero-width space
    expect(html).not.toMatch(/href="[^"]*\/issues\/123/)
  })

  it('keeps tables intact: every row has the header’s five cells', () => {
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1].match(/<t[dh]\b/g) ?? []).length)
    expect(rows.length).toBeGreaterThan(10)
    expect(new Set(rows)).toEqual(new Set([5]))
  })

  it('balances every <details> and strips bidi controls', () => {
    expect((html.match(/<details/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length)
    expect(html).not.toContain('\u202e')
  })

  it('starts with the hidden marker and stays under the comment limit however many findings there are', () => {
    expect(body.startsWith(`${marker}\n`)).toBe(true)
    const many = {
      ...result,
      findings: Array.from({ length: 3000 }, (_, i) => ({
        ...result.findings[0],
        status: 'failed' as const,
        blocking: true,
        message: `finding ${i} ${'x'.repeat(80)}`
      }))
    }
    const big = commentBody(many, { marker, summaryUrl: 'https://github.example/o/r/actions/runs/1' })
    expect(big.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const bigHtml = render(big)
    expect((bigHtml.match(/<details/g) ?? []).length).toBe((bigHtml.match(/<\/details>/g) ?? []).length)
  })
})
