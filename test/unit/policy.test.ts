import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readme } from '../../checks/policy/readme.js'
import type { CheckContext, Outcome } from '../../src/check.js'
import { escapeRegExp } from '../../src/regexp.js'
import { fuzz } from '../support/fuzz.js'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'

const READY = join(EXAMPLES, 'ready-server')
const UNREADY = join(EXAMPLES, 'unready-server')
const status = (dir: string, check: string) => findingsOf(gate(dir).findings, check).map((f) => f.status)

describe('policy.readme', () => {
  it('passes on the ready example, citing the lines it read', () => {
    const [f] = findingsOf(gate(READY).findings, 'policy.readme')
    expect(f.status).toBe('passed')
    expect(f.evidence).toContainEqual({ file: 'README.md', line: 3, column: 1, note: 'what the server does' })
  })
  it('names what is missing', () => {
    const [f] = findingsOf(gate(UNREADY).findings, 'policy.readme')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('what the server does, its tools, its authentication, its owner')
  })
  it('fails when a declared tool is not named', () => {
    const dir = variant(READY, {
      'README.md': `# x\n\nThis server lets an assistant search tickets for the signed-in user safely.\n\n## Tools\n- search_tickets\n\n## Auth\nOBO.\n\n## Owner\n@contoso/team-tickets\n`
    })
    const [f] = findingsOf(gate(dir).findings, 'policy.readme')
    expect(f.status).toBe('failed')
    expect(f.message).toBe('README.md does not say its tools.')
  })
  it('fails without a README and shows a template naming the tools', () => {
    const [f] = findingsOf(gate(variant(READY, { 'README.md': null })).findings, 'policy.readme')
    expect(f.status).toBe('failed')
    expect(f.fix).toContain('`search_tickets`')
  })
})

describe('policy.codeowners (advisory)', () => {
  it('passes with a root rule', () => {
    const [f] = findingsOf(gate(READY).findings, 'policy.codeowners')
    expect(f).toMatchObject({ status: 'passed', evidence: [{ file: '.github/CODEOWNERS', line: 2 }] })
  })
  it('warns (never fails) without a root rule', () => {
    const dir = variant(READY, { '.github/CODEOWNERS': '/deploy/ @contoso/platform\n' })
    expect(status(dir, 'policy.codeowners')).toEqual(['warning'])
    expect(gate(dir).verdict).toBe('ready')
  })
  it('an ownerless root rule after an owned one owns nothing (on GitHub the last match wins)', () => {
    const dir = variant(READY, { '.github/CODEOWNERS': '* @contoso/team\n/docs/ @contoso/docs\n*\n' })
    const [f] = findingsOf(gate(dir).findings, 'policy.codeowners')
    expect(f.status).toBe('warning')
    expect(f.message).toContain('line 3')
    expect(f.evidence[0]).toMatchObject({ file: '.github/CODEOWNERS', line: 3 })
    // An owned root rule after the ownerless one owns the repository again.
    const again = variant(READY, { '.github/CODEOWNERS': '*\n* @contoso/team\n' })
    expect(findingsOf(gate(again).findings, 'policy.codeowners')[0]).toMatchObject({
      status: 'passed',
      evidence: [{ line: 2 }]
    })
  })
})

describe('policy.ci-tests (critical)', () => {
  it('passes with the test step located', () => {
    const [f] = findingsOf(gate(READY).findings, 'policy.ci-tests')
    expect(f.status).toBe('passed')
    expect(f.evidence[0]).toMatchObject({ file: '.github/workflows/ci.yml', line: 18, column: 9 })
  })
  it('fails when the workflow runs on push only', () => {
    const [f] = findingsOf(gate(UNREADY).findings, 'policy.ci-tests')
    expect(f.status).toBe('failed')
    expect(f.fix).toContain('pytest')
  })
  it('fails when pull-request workflows run no test command, and names them', () => {
    const dir = variant(READY, {
      '.github/workflows/ci.yml':
        'on: pull_request\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm run lint\n'
    })
    const [f] = findingsOf(gate(dir).findings, 'policy.ci-tests')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('.github/workflows/ci.yml')
  })
  it('follows a local reusable workflow', () => {
    const dir = variant(READY, {
      '.github/workflows/ci.yml': 'on: [pull_request]\njobs:\n  call:\n    uses: ./.github/workflows/test.yml\n',
      '.github/workflows/test.yml':
        'on: workflow_call\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n'
    })
    const [f] = findingsOf(gate(dir).findings, 'policy.ci-tests')
    expect(f.status).toBe('passed')
    expect(f.evidence[1]).toMatchObject({ file: '.github/workflows/test.yml', line: 6 })
  })
  it('does not take a comment for a test command', () => {
    const dir = variant(READY, {
      '.github/workflows/ci.yml':
        'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      # - run: npm test\n      - run: echo hi\n'
    })
    expect(status(dir, 'policy.ci-tests')).toEqual(['failed'])
  })
})

describe('policy.security-scanning (critical)', () => {
  it('recognises CodeQL', () => {
    const [f] = findingsOf(gate(READY).findings, 'policy.security-scanning')
    expect(f).toMatchObject({ status: 'passed', message: 'CodeQL runs in .github/workflows/codeql.yml.' })
  })
  it('recognises Semgrep run as a command', () => {
    const dir = variant(UNREADY, {
      '.github/workflows/sast.yml':
        'on: pull_request\njobs:\n  s:\n    runs-on: ubuntu-latest\n    steps:\n      - run: semgrep ci\n'
    })
    expect(status(dir, 'policy.security-scanning')).toEqual(['passed'])
  })
  it('fails without a scanner, with a CodeQL snippet for the repo’s language', () => {
    const [f] = findingsOf(gate(UNREADY).findings, 'policy.security-scanning')
    expect(f.status).toBe('failed')
    expect(f.fix).toContain('languages: python')
  })
})

describe('policy.dependency-updates', () => {
  it('passes when Dependabot covers npm', () => {
    expect(status(READY, 'policy.dependency-updates')).toEqual(['passed'])
  })
  it('fails when Dependabot misses an ecosystem in use', () => {
    const dir = variant(READY, {
      '.github/dependabot.yml':
        'version: 2\nupdates:\n  - package-ecosystem: docker\n    directory: /\n    schedule: { interval: weekly }\n'
    })
    const [f] = findingsOf(gate(dir).findings, 'policy.dependency-updates')
    expect(f.status).toBe('failed')
    expect(f.message).toContain('does not cover npm (seen in package.json)')
  })
  it('passes with Renovate', () => {
    const dir = variant(UNREADY, { 'renovate.json': '{ "extends": ["config:recommended"] }\n' })
    expect(status(dir, 'policy.dependency-updates')).toEqual(['passed'])
  })
})

describe('policy.release-process (advisory)', () => {
  it('passes on tags, release tooling and a changelog', () => {
    const [f] = findingsOf(gate(READY).findings, 'policy.release-process')
    expect(f.status).toBe('passed')
    expect(f.evidence.map((e) => ('file' in e ? e.file : ''))).toEqual([
      '.github/workflows/release.yml',
      '.github/workflows/release.yml',
      'CHANGELOG.md'
    ])
  })
})

describe('report.config and waivers', () => {
  it('fails on an expired waiver, pointing at its expiry line', () => {
    const [f] = findingsOf(gate(UNREADY).findings, 'report.config')
    expect(f).toMatchObject({ status: 'failed', evidence: [{ file: 'golive.yaml', line: 24, column: 14 }] })
  })
  it('an expired waiver does not waive; a current one does', () => {
    expect(status(UNREADY, 'policy.release-process')).toEqual(['warning'])
    const r = gate(UNREADY, '2026-06-20')
    const [f] = findingsOf(r.findings, 'policy.release-process')
    expect(f.status).toBe('waived')
    expect(f.waiver).toMatchObject({ approvedBy: '@bob', expires: '2026-06-30', originalStatus: 'warning' })
    expect(findingsOf(r.findings, 'report.config').map((x) => x.status)).toEqual(['passed', 'warning'])
  })
})

describe('verdict', () => {
  it('is ready for the ready example and blocked for the other', () => {
    expect(gate(READY)).toMatchObject({ verdict: 'ready', blocking: 0 })
    const r = gate(UNREADY)
    expect(r.verdict).toBe('blocked')
    expect(r.blocking).toBe(
      r.findings.filter(
        (f) =>
          f.level !== 'advisory' &&
          (f.status === 'failed' || (f.status === 'not verified' && !f.needsApi)) &&
          !f.nonProduction
      ).length
    )
    expect(r.findings.filter((f) => f.needsApi && f.status === 'not verified').every((f) => !f.blocking)).toBe(true)
  })
})

describe('waiver limits', () => {
  it('a waiver more than 180 days ahead fails report.config and names its line', () => {
    const r = gate(join(EXAMPLES, 'unready-server'), '2025-12-01')
    const f = findingsOf(r.findings, 'report.config').find((x) => x.status === 'failed')!
    expect(f.message).toBe('The waiver of policy.release-process runs until 2026-06-30, more than 180 days ahead.')
    expect(f.evidence[0]).toMatchObject({ file: 'golive.yaml', line: 24 })
  })
})

describe('policy.readme: where the tools are named', () => {
  // The definition: the first line on which the name stands with no letter, digit or _ next to it,
  // tested line by line with a pattern per tool (what the check did before it searched).
  const byLines = (text: string, name: string) => {
    const re = new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}([^A-Za-z0-9_]|$)`)
    const i = text.split('\n').findIndex((l) => re.test(l))
    return i === -1 ? undefined : i + 1
  }
  const toolsLine = (text: string, names: string[]) => {
    const ctx = {
      repo: { docs: { readme: { path: 'README.md', text } } },
      config: { server: { owner: '@o/t' }, tools: names.map((name) => ({ name })) }
    } as unknown as CheckContext
    const [outcome] = readme.run(ctx) as Outcome[]
    const found = outcome.evidence?.find((e) => 'note' in e && e.note === 'its tools')
    return found && 'line' in found ? found.line : undefined
  }
  const piece = fc.constantFrom('get', 'get_x', 'x', '_', '1', ' ', '\n', '\r\n', '`', '-', '.', 'é', 'Ā', ' x\nget ')
  const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''))
  const name = fc.constantFrom('get', 'get_x', 'x', 'x.get', 'get-x', 'é', 'x\nget')

  it('is the first line where every declared name has been seen, as the line-by-line pattern finds it', () => {
    fc.assert(
      fc.property(text, fc.array(name, { minLength: 1, maxLength: 3 }), (t, names) => {
        const lines = names.map((n) => byLines(t, n))
        const expected = lines.every((l) => l !== undefined) ? Math.min(...(lines as number[])) : undefined
        expect(toolsLine(t, names)).toBe(expected)
      }),
      fuzz(1500)
    )
  })
})
