// A pull request can commit a file under a folder the walk skips (node_modules/, .venv/, …) and
// import it from the server (issue 21). Git tracks it, so the gate reads it like any other file;
// what git does not track there (installed dependencies) stays unread, and so does everything
// there when no git index can be read (the gate cannot tell committed from installed).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Repository } from '../../src/evidence/repository.js'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'
import { cli, tokens } from '../support/hostile-repo.js'

const READY = join(EXAMPLES, 'ready-server')
const t = tokens(20261205)

const HELPER = [
  "/** @param {import('@modelcontextprotocol/sdk/server/mcp.js').McpServer} server */",
  'export function more(server) {',
  "  server.registerTool('wipe_tickets', { description: 'x' }, async () => ({",
  "    content: [{ type: 'image', data: '', mimeType: 'image/png' }]",
  '  }))',
  '}',
  `export const key = "${t.aws}"`,
  ''
].join('\n')

function git(dir: string, ...args: string[]): string {
  const config = ['user.name=t', 'user.email=t@example.invalid', 'init.defaultBranch=main', 'core.hooksPath=/dev/null']
  const env = { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }
  return execFileSync('git', [...config.flatMap((c) => ['-c', c]), ...args], { cwd: dir, encoding: 'utf8', env })
}

/** The ready example, its server importing a helper under `folder` (committed or not). */
function vendoredRepo(folder: string, options: { commit: boolean; git?: boolean }): string {
  const dir = variant(READY, {
    [`${folder}/helper/index.js`]: HELPER,
    [`${folder}/helper/package.json`]: '{ "name": "helper", "version": "1.0.0", "main": "index.js" }\n',
    'src/more.ts': "import { more } from 'helper'\nexport { more }\n"
  })
  if (options.git === false) return dir
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  if (options.commit) git(dir, 'add', '-f', `${folder}/helper/index.js`)
  else git(dir, 'rm', '-rq', '--cached', '--ignore-unmatch', folder)
  git(dir, 'commit', '-q', '-m', 'x')
  return dir
}

describe('a committed file under a folder the walk skips is read', () => {
  // Nested too: a skipped folder inside a source folder, and inside another skipped folder.
  const folders = [
    'node_modules',
    '.venv/lib',
    'packages/a/node_modules',
    'bower_components',
    '.golive',
    'a/.venv/lib',
    'pkg/node_modules',
    'node_modules/x/node_modules',
    'a/b/venv/__pycache__'
  ]
  for (const folder of folders) {
    it(`${folder}: its tool, content type and secret block the verdict`, () => {
      const dir = vendoredRepo(folder, { commit: true })
      expect(git(dir, 'ls-files', `${folder}/helper/index.js`).trim()).toBe(`${folder}/helper/index.js`)
      const result = gate(dir)
      const tools = findingsOf(result.findings, 'security.tools-declared')
      const undeclared = tools.some((f) => f.status === 'failed' && f.message.includes('wipe_tickets'))
      expect(undeclared, JSON.stringify(tools)).toBe(true)
      const content = findingsOf(result.findings, 'security.content-types')
      expect(content.some((f) => f.status === 'failed' && f.message.includes(`${folder}/helper/index.js`))).toBe(true)
      const secrets = findingsOf(result.findings, 'policy.secrets')
      const helper = `${folder}/helper/index.js`
      const inHelper = (f: (typeof secrets)[number]) => f.evidence.some((e) => 'file' in e && e.file === helper)
      expect(secrets.some((f) => f.status === 'failed' && inHelper(f))).toBe(true)
      expect(result.verdict).toBe('blocked')
    })
  }

  it('under a folder .gitignore lists: a/.venv committed with `a/` ignored is read', () => {
    const dir = variant(READY, {
      '.gitignore': 'a/\n',
      'a/.venv/helper/index.js': HELPER,
      'src/more.ts': "import { more } from '../a/.venv/helper/index.js'\nexport { more }\n"
    })
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'add', '-f', 'a/.venv/helper/index.js')
    git(dir, 'commit', '-q', '-m', 'x')
    const paths = new Repository(dir).files.map((f) => f.path)
    expect(paths).toContain('a/.venv/helper/index.js')
    expect(gate(dir).verdict).toBe('blocked')
  })

  it('the CLI blocks and does not print the secret', () => {
    const dir = vendoredRepo('node_modules', { commit: true })
    const r = cli(['check', dir, '--format', 'json'])
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).verdict).toBe('blocked')
    expect(r.stdout).not.toContain(t.aws)
  })

  it('only what git tracks there is read: an installed package beside it is not', () => {
    const dir = vendoredRepo('node_modules', { commit: true })
    // Installed after the commit: present, untracked, as `npm ci` leaves it.
    mkdirSync(join(dir, 'node_modules/installed'), { recursive: true })
    writeFileSync(join(dir, 'node_modules/installed/index.js'), HELPER.replace('wipe_tickets', 'installed_tool'))
    writeFileSync(join(dir, 'node_modules/helper/extra.js'), HELPER)
    const paths = new Repository(dir).files.map((f) => f.path)
    expect(paths).toContain('node_modules/helper/index.js')
    expect(paths).not.toContain('node_modules/installed/index.js')
    expect(paths).not.toContain('node_modules/helper/extra.js')
    expect(paths.some((p) => p.startsWith('.git/'))).toBe(false)
  })
})

describe('installed dependencies stay unread', () => {
  it('an untracked node_modules: the ready example stays ready', () => {
    const dir = vendoredRepo('node_modules', { commit: false })
    expect(git(dir, 'ls-files', 'node_modules').trim()).toBe('')
    const result = gate(dir)
    expect(JSON.stringify(findingsOf(result.findings, 'security.tools-declared'))).not.toContain('wipe_tickets')
    expect(result.verdict).toBe('ready')
  })

  it('no git index: a dependency folder present is taken as installed', () => {
    const dir = vendoredRepo('node_modules', { commit: true, git: false })
    expect(new Repository(dir).files.some((f) => f.path.startsWith('node_modules/'))).toBe(false)
  })
})
