import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isTestPath, Repository } from '../../src/evidence/repository.js'

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'golive-repo-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

describe('Repository snapshot', () => {
  it('a small snapshot keeps the texts the scan reads; the share of a scan worker reads them again', () => {
    const root = tree({ 'a.ts': 'first', 'b.ts': 'x' })
    const repo = new Repository(root)
    const share = new Repository(root, { listing: [{ path: 'a.ts' }] })
    expect(repo.read('a.ts', { cache: false })).toBe('first')
    expect(share.read('a.ts', { cache: false })).toBe('first')
    writeFileSync(join(root, 'a.ts'), 'second')
    expect(repo.read('a.ts')).toBe('first')
    expect(share.read('a.ts')).toBe('second')
  })

  it('lexes a text it keeps once for every pass; a text it does not keep each time', () => {
    const root = tree({ 'a.ts': 'const a = "x" // note\n' })
    const repo = new Repository(root)
    const share = new Repository(root, { listing: [{ path: 'a.ts' }] })
    const text = repo.read('a.ts', { cache: false })!
    expect(repo.views('a.ts', text, 'typescript')).toBe(repo.views('a.ts', text, 'typescript'))
    expect(repo.views('a.ts', text, 'typescript').bare).toBe('const a = " "        \n')
    const other = share.read('a.ts', { cache: false })!
    expect(share.views('a.ts', other, 'typescript')).not.toBe(share.views('a.ts', other, 'typescript'))
  })

  it('honours .gitignore (nested too) for untracked files, paths.exclude and skips node_modules and .git', () => {
    const root = tree({
      '.gitignore': 'build/\n*.log\n',
      'src/a.ts': 'x',
      'src/.gitignore': 'gen.ts\n',
      'src/gen.ts': 'x',
      'build/out.js': 'x',
      'build/kept.js': 'x',
      'debug.log': 'x',
      'node_modules/pkg/index.js': 'x',
      'vendor/lib.ts': 'x'
    })
    const env = { PATH: process.env.PATH ?? '', HOME: root, GIT_CONFIG_NOSYSTEM: '1' }
    execFileSync('git', ['init', '-q'], { cwd: root, env })
    // Committed although ignored: git tracks it, and so does the gate.
    execFileSync('git', ['add', '-f', 'build/kept.js'], { cwd: root, env })
    const repo = new Repository(root, { exclude: ['vendor/**'] })
    expect(repo.files.map((f) => f.path)).toEqual(['.gitignore', 'build/kept.js', 'src/.gitignore', 'src/a.ts'])
  })

  it('never lists or reads a link that points outside the checkout', () => {
    const outside = tree({ 'secret.txt': 'CANARY-OUTSIDE' })
    const root = tree({ 'a.ts': 'ok', 'inside.txt': 'in' })
    symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'))
    symlinkSync('../../../../../../../../etc/passwd', join(root, 'dotdot.txt'))
    symlinkSync(join(root, 'inside.txt'), join(root, 'alias.txt'))
    symlinkSync(root, join(root, 'loop'))
    const repo = new Repository(root)
    const paths = repo.files.map((f) => f.path)
    expect(paths).toContain('alias.txt')
    expect(paths).not.toContain('escape.txt')
    expect(paths).not.toContain('dotdot.txt')
    expect(repo.read('escape.txt')).toBeUndefined()
    expect(repo.read('../secret.txt')).toBeUndefined()
    expect(repo.skipped).toContainEqual({ path: 'escape.txt', reason: 'link outside the checkout' })
    expect(repo.read('alias.txt')).toBe('in')
  })

  it('lists a link to nothing neither as a file nor as a file not read', () => {
    const root = tree({ 'src/app.ts': 'ok' })
    symlinkSync('someone@laptop.4242:1733400000', join(root, 'src', '.#app.ts'))
    const repo = new Repository(root)
    expect(repo.files.map((f) => f.path)).toEqual(['src/app.ts'])
    expect(repo.skipped).toEqual([])
  })

  it('skips binaries and files over the size cap, and says so', () => {
    const root = tree({ 'img.png': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'big.ts': 'x'.repeat(2000), 'ok.ts': 'fine' })
    const repo = new Repository(root, { limits: { maxFileBytes: 1000 } })
    expect(repo.read('img.png')).toBeUndefined()
    expect(repo.read('big.ts')).toBeUndefined()
    expect(repo.read('ok.ts')).toBe('fine')
    expect(repo.skipped).toEqual(
      expect.arrayContaining([
        { path: 'big.ts', reason: 'too large' },
        { path: 'img.png', reason: 'binary' }
      ])
    )
  })

  it('parses multi-document YAML with positions', () => {
    const root = tree({ 'k.yaml': 'kind: A\n---\nkind: B\n' })
    const file = new Repository(root).yaml('k.yaml')!
    expect(file.docs).toHaveLength(2)
    expect(file.docs[1].toJS()).toEqual({ kind: 'B' })
    expect(file.lineCounter.linePos(file.docs[1].contents!.range![0]).line).toBe(3)
  })

  it('classifies test paths', () => {
    expect(isTestPath('src/server.ts')).toBe(false)
    expect(isTestPath('test/fixtures/x.json')).toBe(true)
    expect(isTestPath('pkg/server_test.go')).toBe(true)
    expect(isTestPath('tests/test_server.py')).toBe(true)
    expect(isTestPath('src/Server.Tests/ToolTests.cs')).toBe(true)
    expect(isTestPath('evals/tasks/core/list-pods/artifacts/manifest.yaml')).toBe(true)
    expect(isTestPath('src/eval/expression.ts')).toBe(false)
  })
})

describe('test path classification', () => {
  it('does not take a Java package named example for test code', () => {
    expect(isTestPath('src/main/java/com/example/weather/Tools.java')).toBe(false)
    expect(isTestPath('src/test/java/com/example/ToolsTest.java')).toBe(true)
  })
})
