import { mkdtempSync, readdirSync, readFileSync, cpSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import { explainMarkdown } from '../../src/check.js'
import { cli } from '../../src/cli.js'
import { parseConfig } from '../../src/config/load.js'
import { initConfig } from '../../src/init.js'
import { buildReport, renderReportJson, renderReportMarkdown, reportSchema } from '../../src/report/go-live-report.js'
import { runGate } from '../../src/run.js'
import { EXAMPLES, ROOT, TODAY } from '../support/gate.js'

const EXPECTED = join(ROOT, 'test/expected')

describe('explain', () => {
  it('explains every registered check, and docs/checks is what it generates', () => {
    for (const c of CHECKS) {
      expect(
        [c.title, c.passesWhen, c.explain.looksFor, c.explain.why, c.explain.fix].every((t) => t.trim().length > 0)
      ).toBe(true)
      expect(c.explain.evidence.length).toBeGreaterThan(0)
    }
    const docs = readdirSync(join(ROOT, 'docs/checks')).filter((f) => f.endsWith('.md'))
    expect(docs.sort()).toEqual(CHECKS.map((c) => `${c.id}.md`).sort())
    for (const c of CHECKS)
      expect(readFileSync(join(ROOT, 'docs/checks', `${c.id}.md`), 'utf8')).toBe(explainMarkdown(c))
  })
  it('says what, why and how for one check, and refuses unknown ids with the list', async () => {
    let out = ''
    let err = ''
    const io = { out: (s: string) => (out += s), err: (s: string) => (err += s), isTTY: false, env: {} }
    expect(await cli(['explain', 'auth.no-app-credentials'], io)).toBe(0)
    expect(out).toContain('level **critical** (never waived or attested)')
    expect(out).toContain('`ClientSecretCredential`')
    expect(await cli(['explain', 'auth.nope'], io)).toBe(2)
    expect(err).toContain('unknown check "auth.nope"')
    expect(err).not.toContain('did you mean')
  })
  it('suggests the nearest id for a typo or a missing phase', async () => {
    let err = ''
    const io = { out: () => {}, err: (s: string) => (err += s), isTTY: false, env: {} }
    expect(await cli(['explain', 'security.trifceta'], io)).toBe(2)
    expect(err).toContain('unknown check "security.trifceta"; did you mean "security.trifecta"?')
    expect(await cli(['explain', 'gateway-route'], io)).toBe(2)
    expect(err).toContain('did you mean "infra.gateway-route"?')
  })
})

describe('the go-live report', () => {
  for (const example of ['ready-server', 'unready-server']) {
    const run = () => runGate({ dir: join(EXAMPLES, example), today: TODAY })
    it(`${example}: the checked-in files are what the report gives today, byte for byte (regenerate: npm run expected)`, () => {
      const report = buildReport({ result: run().result, ctx: run().ctx, values: run().values })
      expect(renderReportJson(report)).toBe(readFileSync(join(EXPECTED, example, 'golive-report.json'), 'utf8'))
      expect(renderReportMarkdown(report)).toBe(readFileSync(join(EXPECTED, example, 'GOLIVE-REPORT.md'), 'utf8'))
      expect(() => reportSchema.parse(report)).not.toThrow()
    })
  }

  it('ready example: NEEDS_REVIEW locally (approval not read), MEDIUM risk (one leg: private data, on behalf of the user), tools found in source', () => {
    const json = JSON.parse(readFileSync(join(EXPECTED, 'ready-server', 'golive-report.json'), 'utf8'))
    expect(json.executive_summary).toMatchObject({
      overall_status: 'NEEDS_REVIEW',
      critical_issues_count: 0,
      blocking_issues_count: 0,
      verdict: 'ready'
    })
    expect(json.phase1_security.risk_level).toBe('MEDIUM')
    expect(json.phase1_security.tools).toEqual([
      expect.objectContaining({
        name: 'search_tickets',
        declared: { privateData: 'obo', untrustedContent: 'none', externalCommunication: 'none' },
        found_in_source: 'src/tools/tickets.ts:33:6'
      }),
      expect.objectContaining({
        name: 'get_ticket',
        declared: { privateData: 'obo', untrustedContent: 'none', externalCommunication: 'none' },
        found_in_source: 'src/tools/tickets.ts:46:6'
      })
    ])
    // The per-tool matrix: private data held by the declaration; nothing in source raises another leg.
    expect(json.phase1_security.tools[0].capabilities.privateData).toMatchObject({
      present: true,
      sources: ['declared']
    })
    expect(json.phase1_security.tools[0].capabilities.externalCommunication).toMatchObject({
      present: false,
      sources: []
    })
    expect(json.attestations).toEqual([expect.objectContaining({ check: 'observability.dashboard', by: '@alice' })])
    expect(json.run.config.sha256).toMatch(/^[0-9a-f]{64}$/)
    const md = readFileSync(join(EXPECTED, 'ready-server', 'GOLIVE-REPORT.md'), 'utf8')
    expect(md).toContain(
      '| `search_tickets` | yes | obo (declared) | none | none | not asked | `src/tools/tickets.ts:33:6` | not known |'
    )
    expect(json.tools).toEqual([
      {
        name: 'search_tickets',
        declared: true,
        served: null,
        registeredAt: { file: 'src/tools/tickets.ts', line: 33, column: 6 }
      },
      {
        name: 'get_ticket',
        declared: true,
        served: null,
        registeredAt: { file: 'src/tools/tickets.ts', line: 46, column: 6 }
      }
    ])
    expect(md).toContain('### 🖊️ `observability.dashboard` — attested (blocking)')
  })

  it('unready example: BLOCKED and CRITICAL, with the expired waiver shown as not current', () => {
    const json = JSON.parse(readFileSync(join(EXPECTED, 'unready-server', 'golive-report.json'), 'utf8'))
    expect(json.executive_summary.overall_status).toBe('BLOCKED')
    expect(json.executive_summary.critical_issues_count).toBeGreaterThan(5)
    expect(json.phase1_security).toMatchObject({
      risk_level: 'CRITICAL',
      legs: { private_data: true, untrusted_content: true, external_communication: true }
    })
    expect(json.waivers).toEqual([
      {
        check: 'policy.release-process',
        reason: 'first release, notes come with v1.1',
        approvedBy: '@bob',
        expires: '2026-06-30',
        current: false
      }
    ])
    expect(JSON.stringify(json)).not.toContain('kV8Q~r3aLmZpT0wqN4yB7eXcD2fG5hJ9uI1oP6sA')
  })

  it('is deterministic: two runs give the same bytes', () => {
    const a = runGate({ dir: join(EXAMPLES, 'unready-server'), today: TODAY })
    const b = runGate({ dir: join(EXAMPLES, 'unready-server'), today: TODAY })
    expect(renderReportJson(buildReport({ result: a.result, ctx: a.ctx, values: a.values }))).toBe(
      renderReportJson(buildReport({ result: b.result, ctx: b.ctx, values: b.values }))
    )
  })
})

describe('init', () => {
  const dirs = [
    ...['ready-server', 'unready-server'].map((e) => join(EXAMPLES, e)),
    ...readdirSync(join(ROOT, 'test/fixtures'))
      .filter((d) => existsSync(join(ROOT, 'test/fixtures', d, 'golive.yaml')))
      .map((d) => join(ROOT, 'test/fixtures', d))
  ]
  it.each(dirs)('writes a golive.yaml that validates for %s', async (dir) => {
    const text = await initConfig(dir)
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/)
    expect(() => parseConfig(text, 'golive.yaml')).not.toThrow()
  })

  it('on the unready example, declares the undeclared tools for review, with their capabilities guessed from evidence', async () => {
    const cfg = parseConfig(await initConfig(join(EXAMPLES, 'unready-server')), 'golive.yaml').config
    expect(cfg.tools.map((t) => t.name).sort()).toEqual([
      'mailbox_chart',
      'search_mail',
      'send_digest',
      'summarize_url'
    ])
    expect(cfg.tools[0]).toMatchObject({
      privateData: 'app-only',
      untrustedContent: 'in-context',
      externalCommunication: 'open'
    })
    expect(cfg.server.name).toBe('mcp-mailbox')
    expect(cfg.deployment).toBe('kubernetes')
  })

  it('proposes deployment: stdio, for review, when the repository has no Kubernetes manifests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-init-'))
    cpSync(join(EXAMPLES, 'unready-server'), dir, { recursive: true })
    rmSync(join(dir, 'k8s'), { recursive: true })
    const text = await initConfig(dir)
    expect(text).toContain('deployment: stdio  # review')
    expect(parseConfig(text, 'golive.yaml').config.deployment).toBe('stdio')
  })

  it('refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-init-'))
    cpSync(join(EXAMPLES, 'ready-server'), dir, { recursive: true })
    let err = ''
    const io = { out: () => {}, err: (s: string) => (err += s), isTTY: false, env: {} }
    expect(await cli(['init', dir], io)).toBe(2)
    expect(err).toContain('Pass --force to overwrite it.')
    expect(await cli(['init', dir, '--force'], io)).toBe(0)
    rmSync(join(dir, 'golive.yaml'))
    expect(await cli(['init', dir], io)).toBe(0)
    expect(parseConfig(readFileSync(join(dir, 'golive.yaml'), 'utf8'), 'golive.yaml').config.server.name).toBe(
      'mcp-servicenow'
    )
  })
})
