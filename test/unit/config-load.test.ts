import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConfig, MAX_CONFIG_BYTES, parseConfig } from '../../src/config/load.js'
import { UsageError, type Problem } from '../../src/errors.js'

const VALID = `version: 1
server:
  name: mcp-x
  owner: "@org/team"
  zone: 2
tools:
  - name: search
    privateData: obo
    untrustedContent: none
    externalCommunication: none
`

function problems(text: string): Problem[] {
  try {
    parseConfig(text, 'golive.yaml')
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError)
    return (e as UsageError).problems
  }
  throw new Error('expected a UsageError')
}

describe('golive.yaml loading', () => {
  it('accepts a valid file and fills defaults', () => {
    const { config, sha256 } = parseConfig(VALID, 'golive.yaml')
    expect(config.server.exposure).toBe('internal')
    expect(config.environments).toEqual(['dev', 'prod'])
    expect(config.gateway).toEqual({ namespace: 'envoy-gateway-system', internal: 'internal', public: 'public' })
    expect(sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reports YAML syntax errors with line and column', () => {
    const [p] = problems('version: 1\nserver:\n  name: [unclosed\n')
    expect(p.file).toBe('golive.yaml')
    expect(p.line).toBeGreaterThanOrEqual(3)
    expect(p.column).toBeGreaterThanOrEqual(1)
  })

  it('reports duplicate keys at the second key', () => {
    const ps = problems(VALID.replace('  zone: 2\n', '  zone: 2\n  zone: 3\n'))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ line: 6, column: 3, message: expect.stringContaining('duplicate key') })
  })

  it('reports unknown keys with a suggestion, and every problem at once', () => {
    const text =
      VALID.replace('    externalCommunication: none\n', '    externalComunication: none\n') + 'enviroments: [dev]\n'
    const ps = problems(text)
    const unknownTool = ps.find((p) => p.field === 'tools.0.externalComunication')
    expect(unknownTool).toMatchObject({
      line: 10,
      column: 5,
      message: 'unknown key (did you mean "externalCommunication"?)'
    })
    const missing = ps.find((p) => p.field === 'tools.0.externalCommunication')
    expect(missing?.message).toBe('missing required field')
    expect(ps.find((p) => p.field === 'enviroments')).toMatchObject({
      line: 11,
      column: 1,
      message: expect.stringContaining('did you mean "environments"')
    })
  })

  it('reports wrong types at the value', () => {
    const ps = problems(VALID.replace('zone: 2', 'zone: [2]'))
    expect(ps[0]).toMatchObject({ field: 'server.zone', line: 5, column: 9 })
  })

  it('reports bad enum values with the allowed values and a guess', () => {
    const ps = problems(VALID.replace('privateData: obo', 'privateData: OBO'))
    expect(ps[0]).toMatchObject({ field: 'tools.0.privateData', line: 8, column: 18 })
    expect(ps[0].message).toContain('must be one of "none", "obo", "app-only", "api-key"')
    expect(ps[0].message).toContain('did you mean "obo"')
  })

  it('refuses alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 10; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`
      )
    const ps = problems(bomb.join('\n') + '\n')
    expect(ps[0].message).toMatch(/alias/i)
    expect(ps[0].line).toBe(1)
  })

  it('refuses nesting past the bound before parsing, at the place it passes it', () => {
    // `server:` is the first level and its value starts at column 9, so the 256th `[` (column 264) is one too many.
    const ps = problems(`version: 1\nserver: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`)
    expect(ps).toEqual([
      { file: 'golive.yaml', line: 2, column: 264, field: '', message: 'nested more than 256 levels deep' }
    ])
    expect(problems(`version: 1\nserver:\n  ${'- '.repeat(300)}x\n`)[0]).toMatchObject({
      line: 3,
      column: 515,
      message: 'nested more than 256 levels deep'
    })
  })

  it('says in words of its own where the parser runs out of stack, once', () => {
    // Nesting by indentation is not bounded before parsing (a file under 1 MiB cannot nest it past
    // about 1,450 levels); a main thread's stack (tests run in forks) ends the parser before that.
    const ps = problems(
      `version: 1\nserver:\n${Array.from({ length: 1400 }, (_, i) => `${' '.repeat(i + 1)}a${i}:\n`).join('')}`
    )
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ message: 'nested too deeply to read (a golive.yaml needs a few levels of nesting)' })
    expect(ps[0].line).toBeGreaterThan(100)
  })

  it('refuses waivers of critical checks and unknown check ids, with positions', () => {
    const text =
      VALID +
      'waivers:\n  - check: policy.secrets\n    reason: r\n    approvedBy: "@a"\n    expires: 2027-01-01\n  - check: policy.release-note\n    reason: r\n    approvedBy: "@a"\n    expires: 2027-01-01\n'
    const ps = problems(text)
    expect(ps[0]).toMatchObject({
      field: 'waivers.0.check',
      line: 12,
      column: 12,
      message: '"policy.secrets" is a critical check and can never be waived'
    })
    expect(ps[1]).toMatchObject({
      field: 'waivers.1.check',
      line: 16,
      message: 'unknown check id "policy.release-note" (did you mean "policy.release-process"?)'
    })
  })

  it('says how to create a missing file', () => {
    try {
      loadConfig('/nonexistent/golive.yaml', 'golive.yaml')
      expect.unreachable()
    } catch (e) {
      expect((e as UsageError).describe()).toContain('mcp-golive init')
    }
  })

  it('refuses a file over 1 MiB without parsing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-big-'))
    const path = join(dir, 'golive.yaml')
    writeFileSync(path, VALID + `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)
    try {
      loadConfig(path, 'golive.yaml')
      expect.unreachable()
    } catch (e) {
      expect((e as UsageError).problems[0]).toMatchObject({ file: 'golive.yaml', line: 1, column: 1 })
      expect((e as UsageError).problems[0].message).toContain('limit')
    }
  })

  it('needs exposureReason when exposure is public', () => {
    const ps = problems(VALID.replace('  zone: 2', '  zone: 2\n  exposure: public'))
    expect(ps[0]).toMatchObject({ field: 'server.exposureReason', message: 'exposure: public needs an exposureReason' })
  })

  it('reads a BOM and CRLF line endings', () => {
    const { config } = parseConfig('\ufeff' + VALID.replace(/\n/g, '\r\n'), 'golive.yaml')
    expect(config.tools[0].name).toBe('search')
  })
})
