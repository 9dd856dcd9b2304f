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

describe('no API surface carries a found secret', () => {
  it('PR comment, check-run summary and annotations, and the log stay clean', async () => {
    const { startFakeGitHub } = await import('../support/fake-github.js')
    const { spawn } = await import('node:child_process')
    const api = await startFakeGitHub()
    try {
      const ws = mkdtempSync(join(tmpdir(), 'golive-leak-api-'))
      cpSync(UNREADY, ws, { recursive: true })
      const summary = join(tmpdir(), `golive-leak-summary-${Date.now()}.md`)
      writeFileSync(summary, '')
      const env = {
        PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'octo-org/mcp-servicenow',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/github-api/pull_request.event.json'), GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e', INPUT_TOKEN: 'ghs_faketokenfortests0000000000000000', 'INPUT_API-TIMEOUT': '2'
      }
      const log = await new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'dist/index.js')], { cwd: ws, env })
        let out = ''
        child.stdout.on('data', (d) => (out += d))
        child.stderr.on('data', (d) => (out += d))
        child.on('close', () => resolve(out))
      })
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0].body).toContain('policy.secrets')
      assertClean('PR comment', api.comments[0].body)
      assertClean('check run', JSON.stringify(api.checkRuns))
      expect(JSON.stringify(api.checkRuns)).toContain('"path":".env"')
      assertClean('action log', log)
      assertClean('step summary', readFileSync(summary, 'utf8'))
      assertClean('API requests', JSON.stringify(api.requests))
    } finally {
      await api.close()
    }
  })
})
