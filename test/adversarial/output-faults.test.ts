// The output side under a hostile checkout and a hostile machine: results are
// never written through a link, a place that cannot be written is said plainly
// (exit 2, no stack trace), values cannot make a line of their own or command
// the runner, and impossible dates and option values are refused.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub } from '../support/fake-github.js'
import { EXAMPLES, variant } from '../support/gate.js'
import { cli } from '../support/hostile-repo.js'

const READY = join(EXAMPLES, 'ready-server')
const STACK = /\n\s+at .+:\d+:\d+\)?\n/
const ready = () => variant(READY, {})
const victim = () => {
  const dir = mkdtempSync(join(tmpdir(), 'golive-victim-'))
  writeFileSync(join(dir, 'victim'), 'keep me\n')
  return join(dir, 'victim')
}

describe('results are never written through a link', () => {
  it('report: .golive is a link to a directory outside the checkout', () => {
    const ws = ready()
    const outside = mkdtempSync(join(tmpdir(), 'golive-outside-'))
    symlinkSync(outside, join(ws, '.golive'))
    const r = cli(['report', ws, '--today', '2026-11-24'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/\.golive is a symbolic link inside the checkout/)
    expect(r.stderr).not.toMatch(STACK)
    expect(existsSync(join(outside, 'GOLIVE-REPORT.md'))).toBe(false)
  })

  it('report: a file in .golive is a link to a file outside', () => {
    const ws = ready()
    const target = victim()
    mkdirSync(join(ws, '.golive'))
    symlinkSync(target, join(ws, '.golive', 'GOLIVE-REPORT.md'))
    const r = cli(['report', ws, '--today', '2026-11-24'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/GOLIVE-REPORT\.md: it is a symbolic link inside the checkout/)
    expect(readFileSync(target, 'utf8')).toBe('keep me\n')
    expect(lstatSync(join(ws, '.golive', 'GOLIVE-REPORT.md')).isSymbolicLink()).toBe(true)
  })

  it('check --output to a link inside the checkout; init over a golive.yaml link', () => {
    const ws = ready()
    const target = victim()
    symlinkSync(target, join(ws, 'out.json'))
    const r = cli(['check', ws, '--format', 'json', '--output', join(ws, 'out.json')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/out\.json: it is a symbolic link inside the checkout/)
    expect(readFileSync(target, 'utf8')).toBe('keep me\n')
    const empty = mkdtempSync(join(tmpdir(), 'golive-init-'))
    const other = victim()
    // A dangling link: existsSync says no file, and the write would have followed it.
    rmSync(other)
    symlinkSync(other, join(empty, 'golive.yaml'))
    const i = cli(['init', empty])
    expect(i.status).toBe(2)
    expect(existsSync(other)).toBe(false)
  })

  it('the action: .golive linked out of the checkout fails the step with the reason, writes nothing there', async () => {
    const ws = ready()
    const outside = mkdtempSync(join(tmpdir(), 'golive-outside-'))
    symlinkSync(outside, join(ws, '.golive'))
    const api = await startFakeGitHub()
    try {
      const r = await runAction(process.execPath, api, { ws })
      expect(r.code).toBe(2)
      expect(r.stdout).toMatch(/::error::cannot write results to .*\.golive is a symbolic link inside the checkout/)
      expect(existsSync(join(outside, 'golive-result.json'))).toBe(false)
    } finally {
      await api.close()
    }
  })

  it('the action: the result files are written although posting fails', async () => {
    const api = await startFakeGitHub()
    try {
      api.faults['create-comment'] = { status: 500 }
      api.faults['create-check-run'] = { status: 500 }
      const r = await runAction(process.execPath, api, {})
      expect(r.code).toBe(0)
      for (const f of ['golive-result.json', 'golive.sarif', 'summary.md', 'GOLIVE-REPORT.md', 'golive-report.json'])
        expect(existsSync(join(r.ws, '.golive', f)), f).toBe(true)
    } finally {
      await api.close()
    }
  })
})

describe('a place that cannot be written is said plainly', () => {
  it('a directory that may not be written: the path and EACCES, exit 2 (not "internal error")', () => {
    const ws = ready()
    // root may write any mode: sysfs refuses even root.
    const asRoot = process.getuid?.() === 0
    const out = asRoot ? '/sys/kernel' : mkdtempSync(join(tmpdir(), 'golive-ro-'))
    if (!asRoot) chmodSync(out, 0o500)
    const r = cli(['report', ws, '--out', out])
    if (!asRoot) chmodSync(out, 0o700)
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`cannot write ${join(out, 'GOLIVE-REPORT.md')}: EACCES (permission denied)`)
    expect(r.stderr).not.toMatch(/internal error|please report/)
  })

  it('report --out /proc/…: refused at once, not a hang past the time limit', () => {
    const started = Date.now()
    const r = cli(['report', ready(), '--out', '/proc/golive-x/y', '--time-limit', '20'])
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/cannot create the directory \/proc\/golive-x for results: E[A-Z]+ \(/)
  })

  it('standard output is full (/dev/full): a clear message, exit 2, no stack trace', () => {
    for (const args of [['check', ready()], ['--help']]) {
      const r = cli(args, { stdout: '/dev/full' })
      expect(r.status, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/cannot write to standard output: ENOSPC \(no space left on device\)/)
      expect(r.stderr).not.toMatch(STACK)
    }
  })
})

describe('values cannot make lines of their own or command the runner', () => {
  const evil = 'x\n::error title=pwned::owned\nVerdict: READY\u001b[2J\u0007'
  it('a tool name and a file name with newlines, escapes and workflow commands, in text output', () => {
    const ws = variant(READY, {})
    const yaml = readFileSync(join(ws, 'golive.yaml'), 'utf8').replace(
      'environments: [dev, prod]',
      `  - name: ${JSON.stringify(evil)}\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\nenvironments: [dev, prod]`
    )
    writeFileSync(join(ws, 'golive.yaml'), yaml)
    writeFileSync(join(ws, '::error title=file::owned.bin'), Buffer.from([0, 1, 0]))
    const r = cli(['check', ws, '--verbose'])
    // The declared tool is registered nowhere: blocked, and the run is printed in full.
    expect(r.status).toBe(1)
    const lines = r.stdout.split('\n')
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([])
    expect(lines.filter((l) => /^Verdict:/.test(l))).toHaveLength(1)
    expect(r.stdout).not.toMatch(/[\u0007\u001b]/)
    expect(r.stdout).toContain('\\u000a')
    // The file not read is listed, its name inert.
    expect(r.stdout).toMatch(/\\u003a:error title=file::owned\.bin|::error title=file::owned\.bin/)
  })

  it('a config error with ESC, BEL and a newline prints them escaped', () => {
    const ws = variant(READY, {})
    writeFileSync(
      join(ws, 'golive.yaml'),
      readFileSync(join(ws, 'golive.yaml'), 'utf8').replace('exposure: internal', `exposure: ${JSON.stringify(evil)}`)
    )
    const r = cli(['check', ws])
    expect(r.status).toBe(2)
    expect(r.stderr).not.toMatch(/[\u0007\u001b]/)
    expect(r.stderr.split('\n').filter((l) => /^\s*::|^Verdict/.test(l))).toEqual([])
  })
})

describe('messages that say what is wrong', () => {
  const withYaml = (edit: (y: string) => string) => {
    const ws = variant(READY, {})
    writeFileSync(join(ws, 'golive.yaml'), edit(readFileSync(join(ws, 'golive.yaml'), 'utf8')))
    return ws
  }
  it('version: "1" is the string, not the number', () => {
    const r = cli(['check', withYaml((y) => y.replace('version: 1', 'version: "1"'))])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('golive.yaml:2:10: version: must be the number 1, not the string "1"')
  })
  it('a duplicate key is named', () => {
    const r = cli(['check', withYaml((y) => y.replace('  zone: 2', '  zone: 2\n  zone: 3'))])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/golive\.yaml:\d+:\d+: duplicate key "zone"/)
  })
  it('a symbolic link loop is said as such; an unreadable golive.yaml says which file and why', () => {
    const ws = ready()
    rmSync(join(ws, 'golive.yaml'))
    symlinkSync('golive.yaml', join(ws, 'golive.yaml'))
    const r = cli(['check', ws])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/golive\.yaml: a symbolic link loop/)
    // /proc/self/mem states size 0 and fails to read with EIO.
    const io = cli(['check', ready(), '--config', '/proc/self/mem'])
    expect(io.status).toBe(2)
    expect(io.stderr).toContain('/proc/self/mem: cannot be read: EIO (input/output error')
    expect(io.stderr).not.toMatch(/internal error/)
  })
  it('a /proc file whose size reads 0 is read (with a byte cap), and judged as YAML', () => {
    const r = cli(['check', ready(), '--config', '/proc/self/maps'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/\/proc\/self\/maps/)
    // /proc/kallsyms states size 0 and holds megabytes (on Linux): the cap holds on the read itself.
    const kallsyms = existsSync('/proc/kallsyms') ? readFileSync('/proc/kallsyms').length : 0
    expect(statSync('/proc/kallsyms', { throwIfNoEntry: false })?.size ?? 0).toBe(0)
    if (kallsyms > 1024 * 1024) {
      const big = cli(['check', ready(), '--config', '/proc/kallsyms'])
      expect(big.status).toBe(2)
      expect(big.stderr).toContain('/proc/kallsyms:1:1: file is over 1048576 bytes, the limit')
    }
  })
})

describe('impossible dates and options are refused', () => {
  it.each(['2026-13-45', '2026-02-30', '2025-02-29'])('--today %s', (day) => {
    const r = cli(['check', ready(), '--today', day])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain(`--today must be a calendar date as YYYY-MM-DD, got "${day}" (that day does not exist)`)
  })
  it('--today 2028-02-29 (a leap day) is a day', () => {
    expect(cli(['check', ready(), '--today', '2028-02-29']).status).toBe(0)
  })
  it('a waiver expiring on 2026-02-30 is refused at its line and column', () => {
    const ws = variant(READY, {})
    writeFileSync(
      join(ws, 'golive.yaml'),
      `${readFileSync(join(ws, 'golive.yaml'), 'utf8')}waivers:\n  - check: policy.release-process\n    reason: r\n    approvedBy: "@alice"\n    expires: 2026-02-30\n`
    )
    const r = cli(['check', ws])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/golive\.yaml:\d+:14: waivers\.0\.expires: not a calendar date/)
  })
  it('--jobs 64 is capped by the cores, and says so', () => {
    const r = cli(['check', ready(), '--jobs', '64', '--timings'])
    expect(r.status).toBe(0)
    const cap = Math.min(64, availableParallelism())
    if (cap < 64) expect(r.stderr).toMatch(new RegExp(`--jobs 64 capped to \\d+ \\(`))
    const threads = Number(/(\d+) threads?\)/.exec(r.stderr)?.[1])
    expect(threads).toBeLessThanOrEqual(cap)
  })
})
