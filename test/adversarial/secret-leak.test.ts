// The unready example commits a .env client secret and a Slack webhook. No
// surface the gate writes may contain either in full.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub } from '../support/fake-github.js'
import { EXAMPLES, ROOT } from '../support/gate.js'
import { cli, expectNoLeak, filesUnder, hostileRepo, planted, tokens } from '../support/hostile-repo.js'

const SECRETS = ['kV8Q~r3aLmZpT0wqN4yB7eXcD2fG5hJ9uI1oP6sA', 'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5oQ7sU9w']
const UNREADY = join(EXAMPLES, 'unready-server')

function assertClean(surface: string, text: string) {
  for (const s of SECRETS) expect(text, `${surface} leaks ${s.slice(0, 4)}…`).not.toContain(s)
  // The first four characters are all a reader gets.
  for (const s of SECRETS) expect(text, `${surface} leaks more than 4 characters`).not.toContain(s.slice(0, 5))
}

describe('no surface prints a found secret in full', () => {
  it('the secrets are really in the example (the test can fail)', () => {
    const all =
      readFileSync(join(UNREADY, '.env'), 'utf8') + readFileSync(join(UNREADY, 'src/mcp_mailbox/server.py'), 'utf8')
    for (const s of SECRETS) expect(all).toContain(s)
  })

  it.each(['text', 'json', 'markdown'])('CLI --format %s', (format) => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'check', UNREADY, '--format', format, '--verbose'],
      { encoding: 'utf8' }
    )
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
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: ws,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output }
    })
    expect(r.status).toBe(1)
    assertClean('action log', r.stdout + r.stderr)
    assertClean('step summary', readFileSync(summary, 'utf8'))
    assertClean('outputs', readFileSync(output, 'utf8'))
    for (const f of readdirSync(join(ws, '.golive')))
      assertClean(`.golive/${f}`, readFileSync(join(ws, '.golive', f), 'utf8'))
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
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: ws,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_API_URL: api.url,
        GITHUB_REPOSITORY: 'octo-org/mcp-servicenow',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(ROOT, 'test/fixtures/github-api/pull_request.event.json'),
        GITHUB_SHA: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        INPUT_TOKEN: 'ghs_faketokenfortests0000000000000000',
        'INPUT_API-TIMEOUT': '2'
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

// A pull request's author writes the tokens where no rule looks: golive.yaml fields, file names,
// a .env value only the .env rule knows, a quoted line cut through a token, and config errors that
// quote values. Every surface of the CLI and the action must show at most 4 characters of each.
describe('a hostile repository: planted tokens reach no surface', () => {
  const t = tokens(20261205)
  const secrets = planted(t)

  it('the tokens are found by the detectors and reach the surfaces masked (the test can fail)', () => {
    const ws = hostileRepo(t)
    const r = cli(['check', ws, '--format', 'json', '--today', '2026-12-01'])
    expect(r.status).toBe(1)
    const result = JSON.parse(r.stdout)
    const secretsFound = result.findings
      .filter((f: { check: string }) => f.check === 'policy.secrets')
      .map((f: { message: string }) => f.message)
      .join('\n')
    expect(secretsFound).toContain('.env value for API_TOKEN')
    expect(secretsFound).toContain('AWS access key id')
    expect(secretsFound).toContain('GitHub personal access token')
    expect(secretsFound).toContain('Secret-named setting with a literal value')
    expect(secretsFound).toContain('Connection string with a password')
    // Each planted place shows up, masked.
    expect(r.stdout).toContain(`src/${t.aws.slice(0, 4)}…`)
    expect(r.stdout).toContain(`${t.dotenv.slice(0, 4)}…`)
    expect(result.notRead.files.map((f: { path: string }) => f.path).join()).toContain(`${t.dotenv.slice(0, 4)}…`)
    const leaky = result.findings
      .flatMap((f: { evidence: { file?: string; line?: number; snippet?: string }[] }) => f.evidence)
      .find((e: { snippet?: string }) => e.snippet?.includes('leak = await fetch'))
    expect(leaky?.snippet).toMatch(/ghp_…|…$/)
    // The address is found as personal data in a test, shown by its first 4 characters.
    expect(
      result.findings
        .filter((f: { check: string }) => f.check === 'policy.test-data')
        .map((f: { message: string }) => f.message)
        .join('\n')
    ).toContain('e-mail')
  })

  it.each(['text', 'json', 'markdown'])('CLI check --format %s (standard output and error, and --output)', (format) => {
    const ws = hostileRepo(t)
    const r = cli(['check', ws, '--format', format, '--verbose', '--today', '2026-12-01'])
    expect(r.status).toBe(1)
    expectNoLeak(`check --format ${format}`, r.stdout + r.stderr, secrets)
    const out = cli(['check', ws, '--format', format, '--today', '2026-12-01', '--output', join(ws, `out.${format}`)])
    expect(out.status).toBe(1)
    expectNoLeak(`--output out.${format}`, readFileSync(join(ws, `out.${format}`), 'utf8'), secrets)
  })

  it('CLI report: GOLIVE-REPORT.md and golive-report.json (the whole effective config)', () => {
    const ws = hostileRepo(t)
    const r = cli(['report', ws, '--today', '2026-12-01'])
    expect(r.status).toBe(1)
    const files = filesUnder(join(ws, '.golive'))
    expect(files.map(([p]) => p.split('/').pop()).sort()).toEqual(['GOLIVE-REPORT.md', 'golive-report.json'])
    // The effective config is in the JSON report, its waiver reason masked.
    expect(readFileSync(join(ws, '.golive', 'golive-report.json'), 'utf8')).toContain(`waived ${t.dotenv.slice(0, 4)}…`)
    expect(readFileSync(join(ws, '.golive', 'golive-report.json'), 'utf8')).toContain(
      `asked by ${t.email.slice(0, 4)}…`
    )
    for (const [path, text] of files) expectNoLeak(path, text, secrets)
    expectNoLeak('report stdout', r.stdout + r.stderr, secrets)
  })

  it('the action: log, annotations, outputs, summary, result files, PR comment and check run', async () => {
    const ws = hostileRepo(t)
    const api = await startFakeGitHub()
    try {
      const r = await runAction(process.execPath, api, { ws })
      expect(r.code).toBe(1)
      expect(api.comments).toHaveLength(1)
      expectNoLeak('action log', r.stdout, secrets)
      expectNoLeak('step summary', r.summary, secrets)
      expectNoLeak('outputs', JSON.stringify(r.outputs), secrets)
      for (const [path, text] of filesUnder(join(ws, '.golive'))) expectNoLeak(path, text, secrets)
      expectNoLeak('PR comment', api.comments[0].body, secrets)
      expectNoLeak('check run', JSON.stringify(api.checkRuns), secrets)
      expectNoLeak('API requests', JSON.stringify(api.requests), secrets)
      expect(JSON.stringify(api.checkRuns)).toContain(`src/${t.aws.slice(0, 4)}…`)
    } finally {
      await api.close()
    }
  })

  it('the action without a check run: workflow-command annotations are masked too', async () => {
    const ws = hostileRepo(t)
    const api = await startFakeGitHub()
    try {
      api.faults['create-check-run'] = { status: 403 }
      const r = await runAction(process.execPath, api, { ws })
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/^::error title=policy\.secrets .*file=/m)
      expectNoLeak('annotations as workflow commands', r.stdout, secrets)
    } finally {
      await api.close()
    }
  })

  it.each([
    ['a value echoed with "got"', (yaml: string) => yaml.replace('exposure: internal', `exposure: "${t.github}"`)],
    ['an unknown key', (yaml: string) => yaml.replace('  zone: 2', `  zone: 2\n  ${t.aws}: x`)],
    ['an unknown check id', (yaml: string) => yaml.replace('check: policy.release-process', `check: ${t.github}`)],
    ['a duplicate key', (yaml: string) => yaml.replace('  zone: 2', `  ${t.aws}: 1\n  ${t.aws}: 2\n  zone: 2`)],
    // Values only a detector knows (no rule matches them in the message): learnt before the message prints.
    ['a .env value echoed with "got"', (yaml: string) => yaml.replace('exposure: internal', `exposure: "${t.dotenv}"`)],
    ['a .env value as an unknown key', (yaml: string) => yaml.replace('  zone: 2', `  zone: 2\n  ${t.dotenv}: x`)],
    [
      'a test file\'s e-mail address echoed with "got"',
      (yaml: string) => yaml.replace('exposure: internal', `exposure: "${t.email}"`)
    ],
    [
      'a duplicate key cut at 80 characters through a .env value',
      (yaml: string) =>
        yaml.replace('  zone: 2', `  ${'k'.repeat(70)}${t.dotenv}: 1\n  ${'k'.repeat(70)}${t.dotenv}: 2\n  zone: 2`)
    ]
  ])('golive.yaml errors that quote the file: %s (CLI standard error, action annotations)', async (_name, edit) => {
    const ws = hostileRepo(t)
    writeFileSync(join(ws, 'golive.yaml'), edit(readFileSync(join(ws, 'golive.yaml'), 'utf8')))
    const r = cli(['check', ws])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('golive.yaml:')
    expectNoLeak('CLI stderr', r.stdout + r.stderr, secrets)
    const api = await startFakeGitHub()
    try {
      const a = await runAction(process.execPath, api, { ws })
      expect(a.code).toBe(2)
      expect(a.stdout).toMatch(/::error .*title=golive\.yaml/)
      expectNoLeak('action log', a.stdout, secrets)
    } finally {
      await api.close()
    }
  })

  it("the inventory server's error output, cut to 2,000 characters across a .env value, shows 4 characters of it", () => {
    const ws = hostileRepo(t)
    // The server prints the value (from its argument) just across the kept stderr's cut, then fails.
    const script = "process.stderr.write('e'.repeat(1985) + ' ' + process.argv[1] + '\\n'); process.exit(3)"
    writeFileSync(
      join(ws, 'golive.yaml'),
      `${readFileSync(join(ws, 'golive.yaml'), 'utf8')}inventory:\n  command: ["${process.execPath}", "-e", ${JSON.stringify(script)}, "${t.dotenv}"]\n`
    )
    const r = cli([
      'check',
      ws,
      '--format',
      'json',
      '--inventory',
      '--inventory-timeout',
      '20',
      '--today',
      '2026-12-01'
    ])
    expect(r.status, r.stderr).toBe(1)
    // The server ran and its output reached the result (the test can fail).
    expect(r.stdout).toContain('e'.repeat(200))
    expectNoLeak('inventory stderr in the result', r.stdout + r.stderr, [t.dotenv])
  })

  it('a golive.yaml that links out of the checkout is not read (its first line was printed)', () => {
    const ws = hostileRepo(t)
    const outside = mkdtempSync(join(tmpdir(), 'golive-outside-'))
    writeFileSync(join(outside, 'token'), `${t.github}: [\n`)
    rmSync(join(ws, 'golive.yaml'))
    symlinkSync(join(outside, 'token'), join(ws, 'golive.yaml'))
    const r = cli(['check', ws])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(
      /golive\.yaml: the config file must be inside the checkout \(it is a symbolic link out of it/
    )
    expect(r.stderr).not.toContain('ghp_')
    // Named explicitly, a file outside the checkout is the user's choice: read, and its errors masked.
    const named = cli(['check', ws, '--config', join(outside, 'token')])
    expect(named.status).toBe(2)
    expectNoLeak('explicit --config', named.stderr, [t.github])
  })
})
