// The unready example commits a .env client secret and a Slack webhook. No
// surface the gate writes may contain either in full.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, ROOT } from '../support/gate.js'

const SECRETS = ['kV8Q~r3aLmZpT0wqN4yB7eXcD2fG5hJ9uI1oP6sA', 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7sU9w']
const UNREADY = join(EXAMPLES, 'unready-server')

function assertClean(surface: string, text: string) {
  for (const s of SECRETS) expect(text, `${surface} leaks ${s.slice(0, 4)}…`).not.toContain(s)
  // The first four characters are all a reader gets.
  for (const s of SECRETS) expect(text, `${surface} leaks more than 4 characters`).not.toContain(s.slice(0, 5))
}

describe('no surface prints a found secret in full', () => {
  it('the secrets are really in the example (the test can fail)', () => {
    const all = readFileSync(join(UNREADY, '.env'), 'utf8') + readFileSync(join(UNREADY, 'src/mcp_mailbox/server.py'), 'utf8')
    for (const s of SECRETS) expect(all).toContain(s)
  })

  it.each(['text', 'json', 'markdown'])('CLI --format %s', (format) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', UNREADY, '--format', format, '--verbose'], { encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('.env')
    assertClean(`cli ${format}`, r.stdout + r.stderr)
  })

  it('the action: log, step summary, outputs and result files', () => {
    const ws = mkdtempSync(join(tmpdir(), 'golive-leak-'))
    cpSync(UNREADY, ws, { recursive: true })
    const summary = join(ws, '..', `${ws.split('/').pop()}-summary.md`)
    const output = join(ws, '..', `${ws.split('/').pop()}-output.txt`)
    writeFileSync(summary, '')
    writeFileSync(output, '')
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output } })
    expect(r.status).toBe(1)
    assertClean('action log', r.stdout + r.stderr)
    assertClean('step summary', readFileSync(summary, 'utf8'))
    assertClean('outputs', readFileSync(output, 'utf8'))
    for (const f of readdirSync(join(ws, '.golive'))) assertClean(`.golive/${f}`, readFileSync(join(ws, '.golive', f), 'utf8'))
    expect(readFileSync(summary, 'utf8')).toContain('policy.secrets')
  })
})
