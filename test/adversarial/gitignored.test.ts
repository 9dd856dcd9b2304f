// A pull request controls .gitignore: a file it commits and also lists there must not vanish from
// the gate (issue 21). Git applies .gitignore only to untracked files, and so does the gate: a
// tracked file is read whatever .gitignore says; an untracked one it matches (build output, a local
// .env) is not part of the commit and is left out; without a git index every file present is read.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIndex, trackedPaths } from '../../src/evidence/git-index.js'
import { Repository } from '../../src/evidence/repository.js'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'
import { cli, tokens } from '../support/hostile-repo.js'

const READY = join(EXAMPLES, 'ready-server')
const t = tokens(20261221)
const TOOL = (name: string) =>
  `import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nexport function more(server: McpServer): void {\n  server.registerTool('${name}', { description: 'x' }, async () => ({ content: [{ type: 'text', text: 'ok' }] }))\n}\n`

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.invalid',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'core.hooksPath=/dev/null',
      ...args
    ],
    { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' } }
  )
}

/** The ready example as a git repository whose .gitignore lists files it also commits. */
function hidingRepo(options: { initArgs?: string[]; after?: (dir: string) => void } = {}): string {
  const dir = variant(READY, {
    '.gitignore': 'src/tools/hidden.ts\ngenerated/\n*.local.ts\n',
    'src/tools/hidden.ts': TOOL('drop_database'),
    'generated/keys.ts': `export const key = "${t.aws}"\n`,
    // Not committed: a developer's local settings, which the commit does not hold.
    'src/dev.local.ts': `export const token = "${t.github}"\n`
  })
  git(dir, 'init', '-q', ...(options.initArgs ?? []))
  git(dir, 'add', '-A')
  git(dir, 'add', '-f', 'src/tools/hidden.ts', 'generated/keys.ts')
  options.after?.(dir)
  git(dir, 'commit', '-q', '-m', 'x')
  return dir
}

describe('a committed file that .gitignore lists is read', () => {
  it('its undeclared tool and its secret block the verdict (engine)', () => {
    const dir = hidingRepo()
    expect(git(dir, 'ls-files', 'src/tools/hidden.ts', 'generated/keys.ts').trim().split('\n')).toHaveLength(2)
    const result = gate(dir)
    const tools = findingsOf(result.findings, 'security.tools-declared')
    expect(
      tools.some((f) => f.status === 'failed' && f.message.includes('drop_database')),
      JSON.stringify(tools)
    ).toBe(true)
    const secrets = findingsOf(result.findings, 'policy.secrets')
    expect(
      secrets.some(
        (f) => f.status === 'failed' && f.evidence.some((e) => 'file' in e && e.file === 'generated/keys.ts')
      )
    ).toBe(true)
    // The untracked file .gitignore matches is not part of the commit: not read, not reported.
    expect(JSON.stringify(result)).not.toContain('dev.local.ts')
    expect(result.verdict).toBe('blocked')
  })

  it('the CLI says so, and prints neither secret', () => {
    const dir = hidingRepo()
    const r = cli(['check', dir, '--format', 'json'])
    expect(r.status).toBe(1)
    const result = JSON.parse(r.stdout)
    expect(
      result.findings.some(
        (f: { check: string; status: string; message: string }) =>
          f.check === 'security.tools-declared' && f.status === 'failed' && f.message.includes('drop_database')
      )
    ).toBe(true)
    expect(r.stdout).not.toContain(t.aws)
    expect(r.stdout).not.toContain(t.github)
  })

  it('in index versions 2, 3 (an intent-to-add entry) and 4, and in a SHA-256 repository', () => {
    const variants: { name: string; version: number; initArgs?: string[]; after?: (dir: string) => void }[] = [
      {
        name: 'v3',
        version: 3,
        after: (dir) => {
          writeFileSync(join(dir, 'src/tools/later.ts'), 'x')
          git(dir, 'add', '-N', 'src/tools/later.ts')
        }
      },
      { name: 'v4', version: 4, after: (dir) => git(dir, 'update-index', '--index-version', '4') },
      { name: 'sha256', version: 2, initArgs: ['--object-format=sha256'] }
    ]
    for (const v of variants) {
      const dir = hidingRepo(v)
      expect(readFileSync(join(dir, '.git/index')).readUInt32BE(4), v.name).toBe(v.version)
      const listed = git(dir, 'ls-files', '-z').split('\0').filter(Boolean).sort()
      const tracked = trackedPaths(dir)
      expect(tracked, v.name).toBeDefined()
      expect([...tracked!.files].sort(), v.name).toEqual(listed)
      expect(
        new Repository(dir).files.map((f) => f.path),
        v.name
      ).toEqual(expect.arrayContaining(['src/tools/hidden.ts', 'generated/keys.ts']))
    }
  })

  it('a git worktree (.git is a file naming the git directory) is read the same way', () => {
    const main = hidingRepo()
    const wt = join(main, '..', `${main.split('/').pop()}-wt`)
    git(main, 'worktree', 'add', '-q', wt)
    const repo = new Repository(wt)
    expect(repo.files.map((f) => f.path)).toEqual(expect.arrayContaining(['src/tools/hidden.ts', 'generated/keys.ts']))
    expect(repo.files.map((f) => f.path)).not.toContain('src/dev.local.ts')
  })
})

describe('without an index the gate cannot tell committed from not', () => {
  it('no .git: every file present is read, whatever .gitignore says', () => {
    const dir = variant(READY, { '.gitignore': 'src/tools/\n', 'src/tools/hidden.ts': TOOL('drop_database') })
    const tools = findingsOf(gate(dir).findings, 'security.tools-declared')
    expect(tools.some((f) => f.status === 'failed' && f.message.includes('drop_database'))).toBe(true)
  })

  it('a split index, a truncated or a foreign index file: not trusted, so every file is read', () => {
    const dir = hidingRepo({ after: (d) => git(d, 'update-index', '--split-index') })
    expect(trackedPaths(dir)).toBeUndefined()
    expect(new Repository(dir).files.map((f) => f.path)).toContain('src/dev.local.ts')
    const whole = hidingRepo()
    const buf = readFileSync(join(whole, '.git/index'))
    expect(parseIndex(buf, 20)).toBeDefined()
    for (const cut of [13, 60, buf.length - 25])
      expect(parseIndex(buf.subarray(0, cut), 20), String(cut)).toBeUndefined()
    expect(
      parseIndex(Buffer.concat([Buffer.from('PACK'), Buffer.from([0, 0, 0, 2, 0, 0, 0, 1]), Buffer.alloc(80, 120)]), 20)
    ).toBeUndefined()
  })
})
