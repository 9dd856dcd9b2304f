// Checks on in-memory evidence (test/support/fake-evidence.ts): each case sets the one fact the
// check turns on, so a change in the check's logic fails here without a fixture repository.
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import { plannedApiHalves, type CheckDefinition } from '../../src/check.js'
import { evaluate } from '../../src/engine.js'
import type { RepoEvidence } from '../../src/evidence/index.js'
import { emptyRepoEvidence, fakeEvidence, goliveYaml } from '../support/fake-evidence.js'

const check = (id: string): CheckDefinition => CHECKS.find((c) => c.id === id)!
const at = (file: string, line: number) => ({ file, line, column: 1 })

describe('checks on in-memory evidence', () => {
  it('security.content-types fails on production image content and only warns on test code', () => {
    const ctx = fakeEvidence({
      repo: (r) => {
        r.scan.sourceFiles = 2
        r.source.contentTypes.push(
          { kind: 'image', at: at('src/tools.ts', 12), isTest: false },
          { kind: 'audio', at: at('test/tools.test.ts', 3), isTest: true }
        )
      }
    })
    const outcomes = check('security.content-types').run(ctx)
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'warning'])
    expect(outcomes[0].message).toContain('src/tools.ts:12:1')
    const read = fakeEvidence({ repo: (r) => (r.scan.sourceFiles = 3) })
    expect(
      check('security.content-types')
        .run(read)
        .map((o) => o.status)
    ).toEqual(['passed'])
  })

  it('security.content-types is not verified when no source in a language the gate reads was found', () => {
    const [outcome, ...rest] = check('security.content-types').run(fakeEvidence())
    expect(rest).toEqual([])
    expect(outcome).toMatchObject({ status: 'not verified', reason: expect.stringContaining('no source files') })
  })

  it('policy.codeowners passes on a `*` rule with owners and fails on a last ownerless one', () => {
    const owned = fakeEvidence({
      repo: (r) =>
        (r.docs.codeowners = { path: '.github/CODEOWNERS', rules: [{ pattern: '*', owners: ['@org/team'], line: 1 }] })
    })
    expect(
      check('policy.codeowners')
        .run(owned)
        .map((o) => o.status)
    ).toEqual(['passed'])
    const ownerless = fakeEvidence({
      repo: (r) =>
        (r.docs.codeowners = {
          path: '.github/CODEOWNERS',
          rules: [
            { pattern: '*', owners: ['@org/team'], line: 1 },
            { pattern: '*', owners: [], line: 2 }
          ]
        })
    })
    expect(check('policy.codeowners').run(ownerless)[0]).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('line 2')
    })
    expect(check('policy.codeowners').run(fakeEvidence())[0].status).toBe('failed')
  })

  it('security.trifecta emits its legs as values, raised by a world-open egress policy', () => {
    const open = fakeEvidence({ repo: (r) => r.egress.openToWorld.push(at('k8s/netpol.yaml', 7)) })
    const [outcome] = check('security.trifecta').run(open)
    // No tool declared and no source read: the two legs not seen are not known to be absent.
    expect(outcome).toMatchObject({ status: 'not verified', reason: 'the source is in no language the gate reads' })
    expect(outcome.values).toEqual({
      legs: { privateData: false, untrustedContent: false, externalCommunication: true }
    })
  })

  it('no tool declared and none whose code was read: no leg check passes on nothing seen', () => {
    const sdkOnly = fakeEvidence({
      repo: (r) => {
        r.scan.sourceFiles = 4
        r.source.mcpFiles = ['src/index.ts']
      }
    })
    for (const id of [
      'security.private-data',
      'security.untrusted-content',
      'security.external-communication',
      'security.trifecta'
    ]) {
      const [outcome, ...rest] = check(id).run(sdkOnly)
      expect(rest, id).toEqual([])
      expect(outcome, id).toMatchObject({ status: 'not verified', reason: 'no tool registration was found in source' })
    }
    // Only a registration whose name is computed (a framework's loop over whatever it is handed): nothing read either.
    const computed = fakeEvidence({
      repo: (r) => {
        r.scan.sourceFiles = 4
        r.source.tools.push({
          name: 'tool.name',
          derived: false,
          at: at('src/server.ts', 9),
          isTest: false,
          computed: { expression: 'tool.name' }
        })
      }
    })
    expect(check('security.private-data').run(computed)[0]).toMatchObject({
      status: 'not verified',
      reason: 'the only tool registrations found have computed names'
    })
    // One tool whose handler was read, reaching nothing: each passes.
    const read = fakeEvidence({
      repo: (r) => {
        r.scan.sourceFiles = 4
        r.source.mcpFiles = ['src/index.ts']
        r.source.tools.push({ name: 'ping', derived: false, at: at('src/index.ts', 3), isTest: false })
        r.capabilities.tools.push({
          tool: 'ping',
          registration: at('src/index.ts', 3),
          handler: at('src/index.ts', 4),
          facts: [],
          unknownTargets: [],
          reached: [{ file: 'src/index.ts', from: 4, to: 6 }]
        })
      }
    })
    for (const id of ['security.private-data', 'security.untrusted-content', 'security.trifecta'])
      expect(check(id).run(read)[0].status, id).toBe('passed')
  })

  it('the engine keeps values off the findings and hands them out by check id', () => {
    const values = new Map<string, Record<string, unknown>>()
    const result = evaluate(fakeEvidence(), CHECKS, { values })
    expect(values.get('security.trifecta')).toEqual({
      legs: { privateData: false, untrustedContent: false, externalCommunication: false }
    })
    expect(result.findings.some((f) => 'values' in f)).toBe(false)
    // The engine runs what it is given, in that order, and nothing else.
    expect(evaluate(fakeEvidence(), [check('policy.codeowners')]).findings.map((f) => f.check)).toEqual([
      'policy.codeowners'
    ])
  })

  it('an advisory check that fails is a warning, from the level its definition carries', () => {
    const result = evaluate(fakeEvidence(), [check('policy.codeowners')])
    expect(check('policy.codeowners').level).toBe('advisory')
    expect(result.findings[0].status).toBe('warning')
  })

  it('API requests are planned from the checks’ declared needs', () => {
    const repo = emptyRepoEvidence()
    expect(plannedApiHalves(CHECKS, repo)).toMatchObject({ codeScanning: true, securityUpdates: true })
    repo.ecosystems.renovate = { path: 'renovate.json' }
    expect(plannedApiHalves(CHECKS, repo)).toMatchObject({ codeScanning: true, securityUpdates: false })
    expect(plannedApiHalves([], repo)).toEqual({ codeScanning: false, securityUpdates: false })
    expect(typeof plannedApiHalves(CHECKS, repo).classicProtection).toBe('function')
  })

  it('the registry keeps the catalogue order and levels', () => {
    expect(CHECKS.length).toBe(33)
    expect(CHECKS[0]).toMatchObject({ id: 'security.tools-declared', phase: 'security', level: 'blocking' })
    expect(CHECKS.at(-1)).toMatchObject({ id: 'report.approval', phase: 'report', level: 'blocking' })
    expect(goliveYaml()).toContain('version: 1')
  })
})

describe('fail closed: a declared `none` the gate could not hold against code', () => {
  const TOOL = [
    'tools:',
    '  - name: read_mail',
    '    privateData: none',
    '    untrustedContent: none',
    '    externalCommunication: none'
  ]
  const yaml = (extra: string[] = []) => goliveYaml().replace('tools: []', [...TOOL, ...extra].join('\n'))
  const handled = (r: RepoEvidence) => {
    r.scan.sourceFiles = 3
    r.capabilities.tools.push({
      tool: 'read_mail',
      registration: at('src/server.rs', 4),
      handler: at('src/server.rs', 9),
      facts: [],
      unknownTargets: [],
      reached: []
    })
  }
  const statuses = (id: string, ctx: ReturnType<typeof fakeEvidence>) =>
    check(id)
      .run(ctx)
      .map((o) => o.status)

  it('no source in a language the gate reads: every leg and the trifecta are not verified, naming the tool', () => {
    const ctx = fakeEvidence({ yaml: yaml() })
    for (const id of ['security.private-data', 'security.untrusted-content', 'security.external-communication'])
      expect(statuses(id, ctx)).toEqual(['not verified'])
    const [t] = check('security.trifecta').run(ctx)
    expect(t).toMatchObject({ status: 'not verified', message: expect.stringContaining('read_mail') })
    expect(t.reason).toContain('no language the gate reads')
  })

  it('a tool whose handler was not found: not verified; with its handler followed: passed', () => {
    const unfound = fakeEvidence({
      yaml: yaml(),
      repo: (r) => {
        handled(r)
        delete r.capabilities.tools[0].handler
      }
    })
    expect(statuses('security.private-data', unfound)).toEqual(['not verified'])
    expect(check('security.private-data').run(unfound)[0].reason).toBe('no handler found')
    expect(statuses('security.trifecta', unfound)).toEqual(['not verified'])
    const unregistered = fakeEvidence({
      yaml: yaml(),
      repo: (r) => {
        handled(r)
        r.capabilities.tools.length = 0
      }
    })
    expect(check('security.external-communication').run(unregistered)[0]).toMatchObject({
      status: 'not verified',
      reason: 'no registration found in source'
    })
    const seen = fakeEvidence({ yaml: yaml(), repo: handled })
    expect(statuses('security.private-data', seen)).toEqual(['passed'])
    expect(statuses('security.trifecta', seen)).toEqual(['passed'])
  })

  it('a tool calling a URL the gate cannot resolve: its read legs are not verified, its outbound leg warns', () => {
    const ctx = fakeEvidence({
      yaml: yaml(),
      repo: (r) => {
        handled(r)
        r.capabilities.tools[0].unknownTargets.push({
          client: 'HttpClient',
          expression: 'projectUrl',
          at: at('src/server.rs', 12)
        })
      }
    })
    for (const id of ['security.private-data', 'security.untrusted-content']) {
      const [o] = check(id).run(ctx)
      expect(o, id).toMatchObject({ status: 'not verified', reason: 'it calls a URL the gate cannot resolve' })
      expect(o.evidence!.map((e) => ('file' in e ? `${e.file}:${e.line}` : ''))).toContain('src/server.rs:12')
    }
    expect(statuses('security.external-communication', ctx)).toContain('warning')
    expect(statuses('security.trifecta', ctx)).toEqual(['not verified'])
  })

  it('a URL the gate cannot resolve beside a tool no handler led to: that tool read legs are not verified', () => {
    const beside = (candidates: string[]) =>
      fakeEvidence({
        yaml: yaml(),
        repo: (r) => {
          handled(r)
          r.capabilities.unresolved.push({
            client: 'HttpClient',
            expression: 'endpoint',
            at: at('src/server.rs', 30),
            candidates
          })
        }
      })
    const [o] = check('security.private-data').run(beside(['read_mail']))
    expect(o).toMatchObject({ status: 'not verified', reason: 'it calls a URL the gate cannot resolve' })
    expect(o.evidence!.map((e) => ('file' in e ? `${e.file}:${e.line}` : ''))).toContain('src/server.rs:30')
    expect(statuses('security.trifecta', beside(['read_mail']))).toEqual(['not verified'])
    // Beside other tools only: this one stays decided by its own code.
    expect(statuses('security.private-data', beside(['send_mail']))).toEqual(['passed'])
  })

  it('a tool calling a module the checkout does not hold: the legs it shows no evidence for are not verified', () => {
    const ctx = fakeEvidence({
      yaml: yaml(),
      repo: (r) => {
        handled(r)
        r.capabilities.tools[0].missing = [at('src/server.ts', 7)]
      }
    })
    for (const id of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      const [o] = check(id).run(ctx)
      expect(o, id).toMatchObject({ status: 'not verified', reason: 'it calls code the checkout does not hold' })
      expect(o.evidence!.map((e) => ('file' in e ? `${e.file}:${e.line}` : ''))).toContain('src/server.ts:7')
    }
    expect(statuses('security.trifecta', ctx)).toEqual(['not verified'])
  })

  it('a reviewer who attests the tool on each leg check makes the trifecta decidable again', () => {
    const attest = (check: string) => [
      `  - check: ${check}`,
      '    subject: read_mail',
      '    by: "@reviewer"',
      '    date: 2026-11-20',
      '    note: reads nothing, sends nothing'
    ]
    const ctx = fakeEvidence({
      yaml: yaml([
        'attestations:',
        ...attest('security.private-data'),
        ...attest('security.untrusted-content'),
        ...attest('security.external-communication')
      ])
    })
    expect(statuses('security.private-data', ctx)).toEqual(['attested'])
    expect(statuses('security.trifecta', ctx)).toEqual(['passed'])
  })
})
