// The comparison with the base branch's result: keys that survive moved lines, a digest that
// round-trips through a check run's text and carries no secret, and no claims without a base.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunResult } from '../../src/engine.js'
import type { Finding } from '../../src/findings.js'
import {
  blockingKeys,
  compare,
  DIGEST_LIMIT,
  digestText,
  findingKey,
  parseBaseResult,
  parseDigest
} from '../../src/report/comparison.js'
import { renderMarkdown, verdictLine } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { forFile } from '../../src/report/output.js'
import { EXAMPLES, gate, variant } from '../support/gate.js'

const UNREADY = join(EXAMPLES, 'unready-server')
const base = gate(UNREADY)
const head = gate(
  variant(UNREADY, {
    '.env': null,
    'src/mcp_mailbox/settings.py':
      'ALERTS = "https://hooks.slack.com/services/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zA9cE1gI3kM5oQ7sU9q"\n'
  })
)
const digestOf = (r: RunResult) => {
  const parsed = parseDigest(digestText(r, 'abc'))
  if (!parsed.ok) throw new Error(parsed.why)
  return parsed.base
}
const blockingFinding = (file: string): Finding => ({
  check: 'policy.secrets',
  phase: 'policy',
  level: 'critical',
  status: 'failed',
  title: 't',
  message: 'm',
  evidence: [{ file, line: 3, column: 1 }],
  blocking: true
})

describe('finding keys', () => {
  it('check, status and the first file, not the line', () => {
    const f = base.findings.find((x) => x.blocking && x.evidence[0] && 'file' in x.evidence[0])!
    const moved = { ...f, evidence: [{ ...f.evidence[0], line: (f.evidence[0] as { line: number }).line + 40 }] }
    expect(findingKey(moved)).toBe(findingKey(f))
    expect(findingKey({ ...f, status: 'not verified' })).not.toBe(findingKey(f))
    expect(findingKey(f)).toMatch(/^[a-z-]+\.[a-z-]+\|failed\|[^|]+$/)
  })
})

describe('compare', () => {
  it('marks the finding the change introduces and the one it resolves, nothing else', () => {
    const c = compare(head, digestOf(base), 'check-run')
    expect(c).toEqual({
      base: { sha: 'abc', source: 'check-run' },
      newBlocking: ['policy.secrets|failed|src/mcp_mailbox/settings.py'],
      resolved: ['policy.secrets|failed|.env']
    })
    expect(compare(base, digestOf(base), 'check-run')).toMatchObject({ newBlocking: [], resolved: [] })
  })

  it('a check the base did not judge (not applicable there) is not claimed new', () => {
    const d = digestOf(base)
    const extra: Finding = { ...blockingFinding('x.py'), check: 'report.approval' }
    const now = { findings: [...base.findings, extra] }
    expect(compare(now, d, 'check-run').newBlocking).toEqual(['report.approval|failed|x.py'])
    expect(compare(now, { ...d, notJudged: ['report.approval'] }, 'check-run').newBlocking).toEqual([])
  })
})

describe('the digest on the check run', () => {
  it('round-trips the blocking keys of the base', () => {
    expect(digestOf(base).keys).toEqual(blockingKeys(base))
    expect(digestOf(base).keys.length).toBeGreaterThan(20)
    expect(digestOf(base).configPath).toBe('golive.yaml')
  })

  it('a path cannot close the hidden comment', () => {
    const r = { ...base, findings: [blockingFinding('a-->b<!--c.py')] }
    const text = digestText(r, null)!
    expect(text.indexOf('-->')).toBe(text.length - 4)
    expect(digestOf(r).keys).toEqual(['policy.secrets|failed|a-->b<!--c.py'])
  })

  it('a token in a blocking finding’s path is masked in what is sent', () => {
    const token = `ghp_${'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5'}`
    const r = { ...base, findings: [blockingFinding(`src/${token}.py`)] }
    const sent = forFile(digestText(r, null)!)
    expect(sent).toContain('policy.secrets|failed|src/')
    expect(sent).not.toContain(token.slice(0, 8))
  })

  it('too large to store: none at all (a partial digest would claim findings new)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => blockingFinding(`src/${'d'.repeat(40)}/${i}.py`))
    expect(digestText({ ...base, findings: many }, null)).toBeUndefined()
    expect(JSON.stringify(many.map(findingKey)).length).toBeGreaterThan(DIGEST_LIMIT)
  })

  it('anything else is refused with the reason', () => {
    expect(parseDigest(undefined)).toMatchObject({ ok: false, why: 'the check run has no output text' })
    expect(parseDigest('## summary')).toMatchObject({ ok: false, why: 'the check run holds no result digest' })
    expect(
      parseDigest('<!-- mcp-golive:base-digest v1 {"v":2,"sha":null,"config":null,"blocking":[]} -->')
    ).toMatchObject({ ok: false, why: expect.stringContaining('unexpected shape (v') })
  })
})

describe('a base result file', () => {
  it('a full JSON result gives the same keys as its digest', () => {
    const parsed = parseBaseResult(JSON.stringify(base))
    expect(parsed.ok && parsed.base.keys).toEqual(blockingKeys(base))
  })
  it('names what is wrong', () => {
    expect(parseBaseResult('{')).toMatchObject({ ok: false, why: expect.stringContaining('not JSON') })
    expect(parseBaseResult('{"schemaVersion":1,"findings":[{"check":3}]}')).toMatchObject({
      ok: false,
      why: expect.stringContaining('findings.0.check')
    })
  })
})

describe('the renderers', () => {
  const compared: RunResult = { ...head, comparison: compare(head, digestOf(base), 'check-run') }

  it('without a base, no claim anywhere', () => {
    const md = renderMarkdown(head)
    expect(md).not.toMatch(/new blocking|resolved|🆕/i)
    expect(renderText(head, { colour: false })).not.toMatch(/new blocking|resolved/i)
  })

  it('the headline counts, only the new check is marked, the resolved key is listed', () => {
    const md = renderMarkdown(compared)
    expect(md.split('\n')[0]).toMatch(/ · 1 new blocking, 1 resolved$/)
    expect(md.split('\n').filter((l) => l.includes('🆕'))).toEqual([
      expect.stringMatching(/^- 🆕 \*\*new\*\* 🛑 \*\*critical\*\* \[`policy\.secrets`\]/)
    ])
    expect(md).toContain('- ✅ `policy.secrets` was failed at `.env`')
    const text = renderText(compared, { colour: false })
    expect(text.split('\n')[0]).toContain('1 new blocking')
    expect(text).toContain('new CRITICAL policy.secrets')
    expect(text).toContain('resolved policy.secrets|failed|.env')
  })

  it('a ready result says what it resolved', () => {
    const ready = gate(join(EXAMPLES, 'ready-server'))
    expect(verdictLine({ ...ready, comparison: compare(ready, digestOf(base), 'check-run') })).toMatch(
      / · 0 new blocking, \d+ resolved$/
    )
  })
})
