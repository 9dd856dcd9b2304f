// The bundled action (dist/index.js) as the runner starts it: inputs and files
// through the environment, results through GITHUB_OUTPUT, the step summary and
// the exit code. No API here (see the GitHub integration tests for that).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, ROOT } from '../support/gate.js'
import { nodeBinaries } from '../support/node-binaries.js'
import { parseOutputs } from '../support/outputs.js'

function runAction(
  bin: string,
  example: string,
  inputs: Record<string, string> = {},
  extraEnv: Record<string, string> = {}
) {
  const ws = mkdtempSync(join(tmpdir(), 'golive-ws-'))
  cpSync(join(EXAMPLES, example), ws, { recursive: true })
  for (const f of ['summary.md', 'output.txt']) writeFileSync(join(ws, '..', `${ws.split('/').pop()}-${f}`), '')
  const summary = join(ws, '..', `${ws.split('/').pop()}-summary.md`)
  const output = join(ws, '..', `${ws.split('/').pop()}-output.txt`)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: tmpdir(),
    ...extraEnv
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const r = spawnSync(bin, [join(ROOT, 'dist', 'index.js')], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 })
  return {
    ws,
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: parseOutputs(readFileSync(output, 'utf8'))
  }
}

for (const { name, bin } of nodeBinaries()) {
  describe(`dist/index.js under ${name}`, () => {
    it('outside a GitHub context, API checks are not verified and block by default', () => {
      const r = runAction(bin, 'ready-server')
      expect(r.code).toBe(1)
      expect(r.outputs.verdict).toBe('blocked')
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      const blocking = json.findings
        .filter((f: { blocking: boolean }) => f.blocking)
        .map((f: { check: string; status: string }) => `${f.check}:${f.status}`)
      expect(blocking).toEqual([
        'policy.branch-protection:not verified',
        'policy.code-review:not verified',
        'policy.environments:not verified',
        'report.approval:not verified'
      ])
    })

    it('passes on the ready example when not-verified items are accepted: outputs, summary and result file', () => {
      const r = runAction(bin, 'ready-server', { 'accept-not-verified': 'true' })
      expect(r.code).toBe(0)
      expect(r.outputs.verdict).toBe('ready')
      expect(r.outputs.blocking).toBe('0')
      expect(r.outputs['report-path']).toBe(join(r.ws, '.golive'))
      const json = JSON.parse(readFileSync(r.outputs['json-path'], 'utf8'))
      expect(json).toMatchObject({ schemaVersion: 1, verdict: 'ready', blocking: 0 })
      expect(r.summary).toMatch(/^## ✅ MCP go-live: ready/)
    })

    it('fails the step on the unready example and explains it in the summary', () => {
      const r = runAction(bin, 'unready-server')
      expect(r.code).toBe(1)
      expect(r.outputs.verdict).toBe('blocked')
      expect(Number(r.outputs.blocking)).toBeGreaterThan(0)
      expect(r.stdout).toMatch(
        new RegExp(`::error::MCP go-live: blocked — \\d+ checks open \\(${r.outputs.blocking} blocking findings\\)`)
      )
      expect(r.summary).toMatch(/### Blocking \(\d+ checks\)/)
      expect(r.summary).toContain('| ❌ | `policy.ci-tests` | critical | failed |')
    })

    it('a bad config fails with exit 2 and an annotation on the file, line and column', () => {
      const r = runAction(bin, 'ready-server', { config: 'missing.yaml' })
      expect(r.code).toBe(2)
      expect(r.outputs.verdict).toBe('error')
      expect(r.stdout).toContain('missing.yaml: no such file')
      const bad = runAction(bin, 'ready-server', { config: '../../../etc/hostname' })
      expect(bad.code).toBe(2)
      expect(bad.stdout).toMatch(/must be inside the checkout|no such file/)
    })

    it('a check past its time-limit input fails the step: exit 2, the reason, verdict error', () => {
      const r = runAction(bin, 'ready-server', { 'time-limit': '0.001' })
      expect(r.code).toBe(2)
      expect(r.stdout).toContain(
        '::error::the check did not finish within 0.001 s (time-limit); unless the checkout is very large'
      )
      expect(r.outputs.verdict).toBe('error')
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /)
      // Stopped, not merely failed at the end: it got nowhere near the report or the summary.
      expect(r.outputs['json-path']).toBeUndefined()
      expect(r.summary).toBe('')
      const bad = runAction(bin, 'ready-server', { 'time-limit': 'ten' })
      expect(bad.code).toBe(2)
      expect(bad.outputs.verdict).toBe('error')
      expect(bad.stdout).toContain(
        '::error::time-limit must be a number of seconds above 0 and at most 21600, got "ten"'
      )
    })

    it('reports config problems as file annotations', () => {
      const ws = runAction(bin, 'ready-server', { config: 'golive.yaml' }).ws
      writeFileSync(join(ws, 'bad.yaml'), 'version: 2\n')
      const r = spawnSync(bin, [join(ROOT, 'dist', 'index.js')], {
        cwd: ws,
        env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, INPUT_CONFIG: 'bad.yaml' },
        encoding: 'utf8'
      })
      expect(r.status).toBe(2)
      expect(r.stdout).toContain('::error title=golive.yaml,file=bad.yaml,line=1,col=10::version: must be 1')
    })
  })
}
