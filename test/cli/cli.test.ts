// The bundled CLI, as a user runs it: `node dist/cli.js …`, under Node 20 and 24.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../src/findings.js'
import { EXAMPLES, ROOT } from '../support/gate.js'
import { nodeBinaries } from '../support/node-binaries.js'
import { utilLinuxScript } from '../support/pty.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const READY = join(EXAMPLES, 'ready-server')
const UNREADY = join(EXAMPLES, 'unready-server')

for (const { name, bin } of nodeBinaries()) {
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(bin, [CLI, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 60_000
    })
    return { code: r.status, out: r.stdout, err: r.stderr }
  }

  describe(`dist/cli.js under ${name}`, () => {
    it('prints its version and help', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
      expect(run(['--version'])).toMatchObject({ code: 0, out: `${pkg.version}\n` })
      const help = run(['--help'])
      expect(help.code).toBe(0)
      expect(help.out).toContain('mcp-golive check [DIR]')
    })

    it('README command: the ready example is ready (exit 0), grouped by phase, verdict last', () => {
      const r = run(['check', READY], { NO_COLOR: '1' })
      expect(r.code).toBe(0)
      expect(r.out).toContain('Phase 2 — Policy compliance')
      expect(r.out).not.toContain('\u001b[')
      const all = r.out.trimEnd().split('\n')
      const at = all.findLastIndex((l) => l.startsWith('Verdict:'))
      const last = all.slice(at).join(' ')
      expect(all.length - at).toBeLessThanOrEqual(3)
      expect(Math.max(...all.filter((l) => !l.startsWith('    ')).map((l) => l.length))).toBeLessThanOrEqual(100)
      expect(last).toMatch(/^Verdict: READY — all \d+ checks pass or are covered; findings: \d+ passed/)
      expect(r.out.startsWith('MCP go-live: READY')).toBe(true)
      expect(last).toContain('local evidence only')
    })

    it('the unready example is blocked (exit 1) and shows why with file:line:column', () => {
      const r = run(['check', UNREADY])
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/failed\s+policy\.ci-tests/)
      expect(r.out).toContain('at golive.yaml:24:14 (waiver of policy.release-process)')
      const lines = r.out.trimEnd().split('\n')
      expect(lines.length - lines.findLastIndex((l) => l.startsWith('Verdict:'))).toBeLessThanOrEqual(3)
      expect(lines.findLast((l) => l.startsWith('Verdict:'))).toMatch(
        /^Verdict: BLOCKED — [1-9]\d* of \d+ checks block/
      )
      expect(lines[0]).toMatch(/^MCP go-live: BLOCKED — [1-9]\d* of \d+ checks block/)
      expect(lines.slice(0, 6).some((l) => /^Blocking \(\d+ checks\):/.test(l))).toBe(true)
    })

    it('writes the JSON contract', () => {
      const out = join(mkdtempSync(join(tmpdir(), 'golive-cli-')), 'result.json')
      const r = run(['check', UNREADY, '--format', 'json', '--output', out])
      expect(r.code).toBe(1)
      expect(r.out).toBe('')
      const json = JSON.parse(readFileSync(out, 'utf8'))
      expect(json.schemaVersion).toBe(1)
      expect(json.tool).toEqual({ name: 'mcp-golive', version: expect.stringMatching(/^\d+\.\d+\.\d+/) })
      expect(json.verdict).toBe('blocked')
      expect(Object.keys(json.counts).sort()).toEqual([...STATUSES].sort())
      type F = { level: string; status: string; nonProduction?: boolean; needsApi?: boolean; blocking: boolean }
      // Locally, a finding blocks when it is failed or not verified, not advisory, not test code — and not an API fact the CLI cannot read.
      const expected = json.findings.filter(
        (f: F) =>
          f.level !== 'advisory' &&
          !f.nonProduction &&
          (f.status === 'failed' || (f.status === 'not verified' && !f.needsApi))
      )
      expect(json.findings.filter((f: F) => f.blocking)).toEqual(expected)
      expect(json.blocking).toBe(expected.length)
      expect(json.scope).toBe('local')
      for (const f of json.findings) {
        expect(Object.keys(f)).toEqual(
          expect.arrayContaining(['check', 'phase', 'level', 'status', 'title', 'message', 'evidence'])
        )
        expect(STATUSES).toContain(f.status)
      }
    })

    it('renders markdown', () => {
      const r = run(['check', READY, '--format', 'markdown'])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(/^<!-- mcp-golive:comment [^\n]*\n## ✅ MCP go-live: ready/)
      expect(r.out).toContain('| ✅ | `policy.ci-tests` | critical | passed |')
    })

    it('keeps the compiled engine for the next run under Node 22 and later, in the temporary directory', () => {
      const tmp = mkdtempSync(join(tmpdir(), 'golive-tmp-'))
      expect(run(['check', READY, '--output', join(tmp, 'out.txt')], { TMPDIR: tmp }).code).toBe(0)
      const major = Number(spawnSync(bin, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout)
      const cache = join(tmp, 'node-compile-cache')
      expect(existsSync(cache) && readdirSync(cache).length > 0).toBe(major >= 22)
    })

    it('colours only on a TTY (never when piped)', () => {
      expect(run(['check', READY]).out).not.toContain('\u001b[')
    })

    it.skipIf(!utilLinuxScript)(
      'colours on a terminal, though the gate runs in a thread of its own (whose stdout is a pipe)',
      () => {
        // script(1) gives the CLI a pseudo-terminal as stdout.
        const r = spawnSync('script', ['-qec', `'${bin}' '${CLI}' check '${READY}'`, '/dev/null'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
          timeout: 60_000
        })
        expect(r.status).toBe(0)
        expect(r.stdout).toContain('\u001b[1mVerdict:\u001b[0m \u001b[32mREADY\u001b[0m')
      }
    )

    it('a reader that closes the pipe early gets no stack trace, and the exit code is still the verdict', async () => {
      const child = spawn(bin, [CLI, 'check', UNREADY, '--format', 'json', '--verbose'], {
        env: { PATH: process.env.PATH ?? '' }
      })
      // Closed before the CLI writes: its first write fails with EPIPE, as under `| head`.
      child.stdout.destroy()
      let err = ''
      child.stderr.on('data', (d) => (err += d))
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect(err).toBe('')
      expect(code).toBe(1)
    })

    it('a check past its --time-limit is stopped: exit 2 and the reason, no stack trace, no partial output', () => {
      // The limit is counted from the gate thread's start; a thousandth of a second ends any run.
      const r = run(['check', READY, '--time-limit', '0.001'])
      expect(r.code).toBe(2)
      expect(r.err).toBe(
        'mcp-golive: the check did not finish within 0.001 s (time-limit); unless the checkout is very large, a file in it may make a pattern take too long: please report it\n'
      )
      expect(r.out).toBe('')
      const report = run([
        'report',
        READY,
        '--out',
        mkdtempSync(join(tmpdir(), 'golive-report-')),
        '--time-limit',
        '0.001'
      ])
      expect(report.code).toBe(2)
      expect(report.err).toContain('did not finish within 0.001 s (time-limit)')
      // A limit the run stays within changes nothing.
      expect(run(['check', READY, '--time-limit', '120']).code).toBe(0)
    })

    it('a --time-limit that is not a number of seconds above 0 is a usage error', () => {
      for (const bad of ['0', '-1', 'soon', '', '21601', 'Infinity']) {
        const r = run(['check', READY, `--time-limit=${bad}`])
        expect(r.code, bad).toBe(2)
        expect(r.err, bad).toBe(
          `mcp-golive: --time-limit must be a number of seconds above 0 and at most 21600, got "${bad}"\n`
        )
      }
    })

    it('exits 2 with positioned messages and no stack trace on a bad golive.yaml', () => {
      const dir = mkdtempSync(join(tmpdir(), 'golive-bad-'))
      writeFileSync(
        join(dir, 'golive.yaml'),
        'version: 1\nserver:\n  name: x\n  owner: alice\n  zone: 1\ntools: []\nextra: 1\n'
      )
      const r = run(['check', dir])
      expect(r.code).toBe(2)
      expect(r.err).toContain('golive.yaml:4:10: server.owner: a GitHub handle or team')
      expect(r.err).toContain('golive.yaml:7:1: extra: unknown key')
      expect(r.err).not.toMatch(/\n\s+at /)
    })

    it('exits 2 on a missing golive.yaml and says how to create one', () => {
      const r = run(['check', mkdtempSync(join(tmpdir(), 'golive-none-'))])
      expect(r.code).toBe(2)
      expect(r.err).toContain('golive.yaml: no such file')
      expect(r.err).toContain('mcp-golive init')
    })

    it('exits 2 on usage errors', () => {
      expect(run(['check', '--format', 'xml']).code).toBe(2)
      expect(run(['check', '--nope']).err).toContain("Unknown option '--nope'")
      expect(run(['frobnicate']).code).toBe(2)
      expect(run(['check', '/does/not/exist']).err).toContain('/does/not/exist: no such directory')
    })
  })
}
