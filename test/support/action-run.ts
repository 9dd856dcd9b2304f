// The bundled action (dist/index.js) as a runner starts it: a child process
// with the runner's environment, pointed at the loopback fake GitHub API.
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FakeGitHub } from './fake-github.js'
import { EXAMPLES, ROOT } from './gate.js'
import { parseOutputs } from './outputs.js'

export interface ActionRun {
  code: number | null
  stdout: string
  summary: string
  outputs: Record<string, string>
  ws: string
}

export function runAction(
  bin: string,
  api: FakeGitHub,
  options: {
    example?: string
    event?: string
    eventPath?: string
    eventName?: string
    inputs?: Record<string, string>
    ws?: string
    env?: Record<string, string>
  } = {}
): Promise<ActionRun> {
  const ws = options.ws ?? mkdtempSync(join(tmpdir(), 'golive-gh-'))
  if (!options.ws) cpSync(join(EXAMPLES, options.example ?? 'ready-server'), ws, { recursive: true })
  const tag = Math.random().toString(36).slice(2)
  const summary = join(tmpdir(), `golive-summary-${tag}.md`)
  const output = join(tmpdir(), `golive-output-${tag}.txt`)
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'octo-org/mcp-servicenow',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH:
      options.eventPath ?? join(ROOT, 'test/fixtures/github-api', options.event ?? 'pull_request.event.json'),
    GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_RUN_ID: '1658821493',
    INPUT_TOKEN: 'ghs_faketokenfortests0000000000000000',
    'INPUT_API-TIMEOUT': '2'
  }
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v
  Object.assign(env, options.env)
  return new Promise((resolve) => {
    const child = spawn(bin, [join(ROOT, 'dist/index.js')], { cwd: ws, env })
    let stdout = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stdout += d))
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        summary: readFileSync(summary, 'utf8'),
        outputs: parseOutputs(readFileSync(output, 'utf8')),
        ws
      })
    )
  })
}
