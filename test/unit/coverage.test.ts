// Files the gate does not read, or that paths.exclude leaves out, must not let a check pass (issue 21):
// a source file with a NUL byte or in UTF-16 is read as its runtime reads it; what is still skipped
// makes the checks that read its kind `not verified`, naming it; an excluded file is shown, and a
// critical check it could hold evidence for is `not verified` unless an attestation names it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'

const READY = join(EXAMPLES, 'ready-server')
const TOOL = (name: string) =>
  `import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nexport function more(server: McpServer): void {\n  server.registerTool('${name}', { description: 'x' }, async () => ({ content: [{ type: 'image', data: 'AAAA', mimeType: 'image/png' }] }))\n}\n`
const statusOf = (dir: string, check: string) => findingsOf(gate(dir).findings, check).map((f) => f.status)

describe('source the runtime would run is read', () => {
  it('a NUL byte in a TypeScript file no longer hides its undeclared tool and image content', () => {
    const dir = variant(READY, { 'src/tools/more.ts': `// \u0000\n${TOOL('delete_everything')}` })
    const result = gate(dir)
    expect(
      findingsOf(result.findings, 'security.tools-declared').some(
        (f) => f.status === 'failed' && f.message.includes('delete_everything')
      )
    ).toBe(true)
    expect(findingsOf(result.findings, 'security.content-types').map((f) => f.status)).toContain('failed')
    expect(result.verdict).toBe('blocked')
  })

  it('UTF-16 source with a byte-order mark is decoded (little and big endian)', () => {
    for (const [bom, enc] of [
      [[0xff, 0xfe], 'utf16le'],
      [[0xfe, 0xff], 'utf16be']
    ] as const) {
      const dir = variant(READY, {})
      const le = Buffer.from(TOOL('wipe_disk'), 'utf16le')
      const body = enc === 'utf16le' ? le : Buffer.from(le).swap16()
      writeFileSync(join(dir, 'src/tools/more.ts'), Buffer.concat([Buffer.from(bom), body]))
      expect(
        findingsOf(gate(dir).findings, 'security.tools-declared').some(
          (f) => f.status === 'failed' && f.message.includes('wipe_disk')
        ),
        enc
      ).toBe(true)
    }
  })
})

describe('what is still skipped makes the checks that read it not verified, naming the file', () => {
  it('a source file over the size cap: source checks are not verified, and the verdict is not READY', () => {
    const big = `${TOOL('huge_tool')}${'// padding\n'.repeat(110_000)}`
    const dir = variant(READY, { 'src/tools/big.ts': big })
    const result = gate(dir)
    const [content] = findingsOf(result.findings, 'security.content-types')
    expect(content.status).toBe('not verified')
    expect(content.message).toContain('src/tools/big.ts (too large)')
    expect(content.evidence[0]).toMatchObject({ file: 'src/tools/big.ts' })
    expect(result.verdict).toBe('blocked')
    // A check that reads no source keeps its status.
    expect(statusOf(dir, 'infra.pod-security')).toEqual(['passed'])
  })

  it('policy.test-data reads tests only: a large file elsewhere leaves it judged, a large test file does not', () => {
    const padding = '// padding\n'.repeat(110_000)
    const outside = variant(READY, { 'src/generated/bundle.ts': `export const x = 1\n${padding}` })
    expect(statusOf(outside, 'policy.test-data')).toEqual(['passed'])
    expect(statusOf(outside, 'policy.secrets')).toEqual(['not verified'])
    const inside = variant(READY, { 'tests/fixtures/bundle.ts': `export const x = 1\n${padding}` })
    expect(statusOf(inside, 'policy.test-data')).toEqual(['not verified'])
  })

  it('a file name that is not UTF-8: named in the not-read list, source checks not verified', () => {
    const dir = variant(READY, {})
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'src/tools/')), Buffer.from([0x66, 0xff, 0x2e, 0x74, 0x73])]),
      TOOL('hidden_tool')
    )
    const result = gate(dir)
    expect(result.notRead.files).toContainEqual({ path: 'src/tools/f\ufffd.ts', reason: 'name not UTF-8' })
    expect(findingsOf(result.findings, 'security.tools-declared')[0].status).toBe('not verified')
  })

  it('a folder past the depth limit: every file check is not verified', () => {
    const dir = variant(READY, {})
    const deep = join(dir, 'src', ...Array.from({ length: 70 }, () => 'd'))
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, 'x.ts'), TOOL('deep_tool'))
    const result = gate(dir)
    expect(result.notRead.byReason['too deep']).toBe(1)
    expect(findingsOf(result.findings, 'security.content-types')[0].status).toBe('not verified')
    expect(findingsOf(result.findings, 'infra.pod-security')[0].status).toBe('not verified')
  })

  it('a binary image changes nothing', () => {
    const dir = variant(READY, { 'docs/logo.png': '\u0000PNG' })
    expect(gate(dir).verdict).toBe('ready')
  })
})

describe('paths.exclude is shown, and does not turn BLOCKED into READY', () => {
  const config = readFileSync(join(READY, 'golive.yaml'), 'utf8')
  const excluding = (extra = '') =>
    variant(READY, {
      'src/tools/more.ts': TOOL('search_tickets'),
      'golive.yaml': `${config}paths:\n  exclude: ["src/tools/more.ts"]\n${extra}`
    })

  it('excluding the file with image content: the critical check is not verified, the exclusion listed', () => {
    const blocked = gate(variant(READY, { 'src/tools/more.ts': TOOL('search_tickets') }))
    expect(findingsOf(blocked.findings, 'security.content-types')[0].status).toBe('failed')
    const result = gate(excluding())
    expect(result.excluded).toEqual({ count: 1, files: ['src/tools/more.ts'] })
    const [f] = findingsOf(result.findings, 'security.content-types')
    expect(f.status).toBe('not verified')
    expect(f.message).toContain('paths.include/exclude leaves out 1 file it reads')
    expect(result.verdict).toBe('blocked')
  })

  it('an attestation of the check naming the path (or the pattern) approves leaving it out', () => {
    const att = (subject: string) =>
      config.replace(
        'attestations:\n',
        `attestations:\n  - check: security.content-types\n    by: "@alice"\n    date: 2026-11-02\n    subject: "${subject}"\n    note: vendored, reviewed\n`
      )
    for (const subject of ['src/tools/more.ts', 'src/tools/m*.ts']) {
      const dir = variant(READY, {
        'src/tools/more.ts': TOOL('search_tickets'),
        'golive.yaml': `${att(subject)}paths:\n  exclude: ["src/tools/m*.ts"]\n`
      })
      const [f] = findingsOf(gate(dir).findings, 'security.content-types')
      expect(f.status, subject).toBe('passed')
    }
    // An attestation naming another path approves nothing.
    const other = variant(READY, {
      'src/tools/more.ts': TOOL('search_tickets'),
      'golive.yaml': `${att('src/other.ts')}paths:\n  exclude: ["src/tools/m*.ts"]\n`
    })
    expect(findingsOf(gate(other).findings, 'security.content-types')[0].status).toBe('not verified')
    // It approves the exclusion and nothing else: with the file read, the critical check still fails on it.
    const read = variant(READY, {
      'src/tools/more.ts': TOOL('search_tickets'),
      'golive.yaml': att('src/tools/more.ts')
    })
    const [f] = findingsOf(gate(read).findings, 'security.content-types')
    expect(f.status).toBe('failed')
    expect(gate(read).verdict).toBe('blocked')
  })

  it('excluding test code is free', () => {
    const dir = variant(READY, { 'golive.yaml': `${config}paths:\n  exclude: ["test/**"]\n` })
    const result = gate(dir)
    expect(result.excluded.count).toBe(2)
    expect(result.verdict).toBe('ready')
  })
})

describe('coverage from what a check declares it reads', () => {
  it('covers a new check by its declared kinds alone, and its tests-only flag', async () => {
    const { unreadFilesFor } = await import('../../src/coverage.js')
    const skipped = [
      { path: 'deploy/app.yaml', reason: 'too large' as const },
      { path: 'src/a.ts', reason: 'binary' as const },
      { path: 'test/b.ts', reason: 'binary' as const }
    ]
    expect(unreadFilesFor({ reads: ['manifest'] }, skipped).map((s) => s.path)).toEqual(['deploy/app.yaml'])
    expect(unreadFilesFor({ reads: ['source'], readsOnlyTests: true }, skipped).map((s) => s.path)).toEqual([
      'test/b.ts'
    ])
    expect(unreadFilesFor({}, skipped)).toEqual([])
  })
})

describe('coverage (property): no check passes on a file of its kind that was not read', () => {
  it('for any skipped path and reason, every check that reads the path’s kind is not verified, the others unchanged', async () => {
    const fc = (await import('fast-check')).default
    const { coverOutcomes, kindsOf, unreadFilesFor } = await import('../../src/coverage.js')
    const { CHECKS } = await import('../../checks/index.js')
    const { fuzz } = await import('../support/fuzz.js')
    const path = fc
      .tuple(
        fc.constantFrom('', 'src/', 'deploy/', '.github/workflows/', 'a/b/c/'),
        fc.constantFrom('x', 'f\ufffd', '.env'),
        fc.constantFrom('.ts', '.py', '.go', '.yaml', '.yml', '.json', '.png', '', '.tpl')
      )
      .map(([d, n, e]) => `${d}${n}${e}`)
    const reason = fc.constantFrom(
      'too large',
      'binary',
      'unreadable',
      'name not UTF-8',
      'too deep',
      'file limit reached',
      'nested too deeply'
    ) as never
    fc.assert(
      fc.property(path, reason, fc.constantFrom(...CHECKS), (p: string, r: never, check: (typeof CHECKS)[number]) => {
        const skipped = [{ path: p, reason: r }]
        const unread = unreadFilesFor(check, skipped)
        const [o] = coverOutcomes(check.id, [{ status: 'passed', message: 'ok.' }], unread, [])
        if (unread.length) {
          expect(o.status).toBe('not verified')
          expect(o.message).toContain(p)
        } else expect(o.status).toBe('passed')
        // A folder the walk did not enter could hold anything.
        if (r === ('too deep' as never) || r === ('file limit reached' as never)) expect(kindsOf(p, r).length).toBe(4)
      }),
      fuzz(300)
    )
  })
})
