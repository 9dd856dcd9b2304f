// `check --base-result FILE` with the bundled CLI: the base's JSON result, made by the same CLI on
// the base checkout, marks what the change introduces and resolves in every format.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, ROOT, variant } from '../support/gate.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const UNREADY = join(EXAMPLES, 'unready-server')
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('check --base-result FILE (dist/cli.js)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golive-base-cli-'))
  const baseFile = join(dir, 'base.json')
  const base = run(['check', UNREADY, '--format', 'json', '--today', '2026-11-24'])
  writeFileSync(baseFile, base.out)
  const head = variant(UNREADY, {
    '.env': null,
    'src/mcp_mailbox/settings.py':
      'ALERTS = "https://hooks.slack.com/services/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zA9cE1gI3kM5oQ7sU9q"\n'
  })

  it('JSON: the additive comparison object, schemaVersion 1', () => {
    expect(base.code).toBe(1)
    const r = run(['check', head, '--format', 'json', '--today', '2026-11-24', '--base-result', baseFile])
    expect(r.code).toBe(1)
    const json = JSON.parse(r.out)
    expect(json.schemaVersion).toBe(1)
    expect(json.comparison).toEqual({
      base: { sha: null, source: 'base-result' },
      newBlocking: ['policy.secrets|failed|src/mcp_mailbox/settings.py'],
      resolved: ['policy.secrets|failed|.env']
    })
  })

  it('text and markdown: the headline counts and the new check is marked', () => {
    const text = run(['check', head, '--today', '2026-11-24', '--base-result', baseFile])
    expect(text.out.split('\n')[0]).toContain('1 new blocking, 1')
    expect(text.out).toContain('new CRITICAL policy.secrets')
    expect(text.out).toContain('resolved policy.secrets|failed|.env')
    const md = run(['check', head, '--format', 'markdown', '--today', '2026-11-24', '--base-result', baseFile])
    expect(md.out.split('\n')[1]).toMatch(/ · 1 new blocking, 1 resolved$/)
    expect(md.out.split('\n').filter((l) => l.startsWith('- 🆕 **new**'))).toHaveLength(1)
  })

  it('the same base: nothing new, nothing resolved', () => {
    const r = run(['check', UNREADY, '--format', 'json', '--today', '2026-11-24', '--base-result', baseFile])
    expect(JSON.parse(r.out).comparison).toMatchObject({ newBlocking: [], resolved: [] })
  })

  it('without --base-result: no comparison, no claim', () => {
    const r = run(['check', head, '--format', 'markdown', '--today', '2026-11-24'])
    expect(r.out).not.toMatch(/new blocking|Resolved in this PR|🆕/)
  })

  it('a file that is not a result: exit 2 naming the file and the field', () => {
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, '{"schemaVersion":1,"findings":[{"status":"failed"}]}')
    const r = run(['check', head, '--base-result', bad])
    expect(r.code).toBe(2)
    expect(r.err).toContain(`--base-result ${bad}: not a mcp-golive result (schemaVersion 1): findings.0.check`)
    expect(r.err).not.toMatch(/at .*\.js:\d+/)
    const missing = run(['check', head, '--base-result', join(dir, 'missing.json')])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('missing.json')
  })
})
