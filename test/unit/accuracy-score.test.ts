// The accuracy harness's scoring (bench/accuracy-score.mjs) on hand-made truth and
// reports in the shape `check --format json` prints: tool recall by served name,
// legs on the right tool, the trifecta, and the credential findings a reviewer keeps.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  capabilityPresent,
  compareRows,
  markdownTable,
  scoreRepo,
  settingKey,
  totals
} from '../../bench/accuracy-score.mjs'
import { goliveYaml, mirrorGitDir, writeTreeSkippingMissing } from '../../bench/accuracy.mjs'

const tool = (
  name: string,
  legs: Partial<Record<'privateData' | 'untrustedContent' | 'externalCommunication', boolean>> = {},
  extra: Record<string, unknown> = {}
) => ({
  name,
  at: 'src/server.ts:1',
  privateData: false,
  untrustedContent: false,
  externalCommunication: false,
  why: 'test',
  ...legs,
  ...extra
})

const truth = {
  repo: 'acme/tickets',
  commit: 'a'.repeat(40),
  subdir: null,
  language: 'typescript',
  tools: [
    tool('get_ticket', { privateData: true, untrustedContent: true }),
    tool('post_comment', { externalCommunication: true }),
    tool('ping'),
    tool('hidden_dispatch', { privateData: true }, { inToolsList: false })
  ],
  credentials: {
    trueSecrets: [{ file: 'src/config.ts', line: 7, what: 'live token' }],
    appCredentials: [
      { name: 'TICKETS_API_TOKEN', why: 'static token' },
      { name: 'db.password', why: 'database' }
    ],
    notAppCredentials: [{ name: 'MCP_INBOUND_KEY', why: 'inbound key' }]
  }
}

const finding = (
  check: string,
  status: string,
  message: string,
  evidence: Record<string, unknown>[] = [],
  blocking?: boolean
) => ({ check, status, message, evidence, ...(blocking === undefined ? {} : { blocking }) })

describe('scoreRepo', () => {
  it('counts a declared tool as found unless the gate says no registration of it was found, and only listed tools in recall', () => {
    const report = {
      verdict: 'blocked',
      findings: [
        finding(
          'security.tools-declared',
          'warning',
          'Tool "post_comment" is declared in golive.yaml but no registration of it was found in source.'
        ),
        finding(
          'security.tools-declared',
          'warning',
          'Tool "hidden_dispatch" is declared in golive.yaml but no registration of it was found in source.'
        ),
        finding(
          'security.tools-declared',
          'failed',
          'Tool "comment" is registered in source but not declared in golive.yaml.'
        ),
        finding(
          'security.tools-declared',
          'failed',
          'Tool "get_ticket" is registered in source but not declared in golive.yaml.'
        )
      ]
    }
    const s = scoreRepo(truth, report)
    expect(s.tools.truth).toBe(3)
    expect(s.tools.found).toBe(2)
    expect(s.tools.recall).toBeCloseTo(2 / 3)
    expect(s.tools.missed).toEqual(['post_comment'])
    // an undeclared name the truth knows is not a false positive; one it does not know is
    expect(s.tools.falsePositives).toEqual(['comment'])
    expect(s.tools.unlistedFound).toBe(0)
    expect(s.tools.status).toBe('failed')
  })

  it('finds nothing when the gate read no source', () => {
    const s = scoreRepo(truth, {
      findings: [
        finding(
          'security.tools-declared',
          'not verified',
          'No TypeScript, JavaScript, Python, C#, Go or Java source was found, so the registered tools could not be read.'
        )
      ]
    })
    expect(s.tools.found).toBe(0)
    expect(s.tools.missed).toEqual(['get_ticket', 'post_comment', 'ping'])
  })

  it('counts the tools tools[] gives a registration, beside not-verified findings about computed names and other tools', () => {
    const report = {
      tools: [
        { name: 'get_ticket', declared: true, served: null, registeredAt: { file: 'src/server.ts', line: 3 } },
        { name: 'post_comment', declared: true, served: null, registeredAt: null },
        { name: 'ping', declared: true, served: null, registeredAt: { file: 'src/server.ts', line: 9 } },
        { name: 'hidden_dispatch', declared: true, served: null, registeredAt: { file: 'src/server.ts', line: 12 } }
      ],
      findings: [
        finding(
          'security.tools-declared',
          'not verified',
          '1 tool registration in source has a name the code computes, so the tool names clients see are not known: `name` at src/server.ts:20.'
        ),
        finding(
          'security.tools-declared',
          'not verified',
          'Tool "post_comment" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.'
        )
      ]
    }
    const s = scoreRepo(truth, report)
    expect([s.tools.found, s.tools.missed, s.tools.unlistedFound]).toEqual([2, ['post_comment'], 1])
    // An SDK used with no registration read at all is still nothing found.
    const none = scoreRepo(truth, {
      ...report,
      findings: [
        finding(
          'security.tools-declared',
          'not verified',
          'An MCP SDK is used (1 file) but no tool registration was found in source: the gate cannot tell which tools the server serves.'
        )
      ]
    })
    expect(none.tools.found).toBe(0)
  })

  it('attributes legs from the report tools[] when present, preferring what was observed over what was declared', () => {
    const report = {
      findings: [],
      tools: [
        {
          name: 'get_ticket',
          capabilities: {
            privateData: { declared: 'none', observed: true },
            untrustedContent: { declared: 'none', observed: false },
            externalCommunication: 'none'
          }
        },
        { name: 'ping', capabilities: { privateData: { declared: 'none', evidence: [{ file: 'a', line: 1 }] } } },
        { name: 'post_comment', capabilities: ['externalCommunication'] }
      ]
    }
    const s = scoreRepo(truth, report)
    expect(s.attribution).toBe('tools[]')
    expect(s.legs.privateData).toMatchObject({ truth: 1, rightTool: 1, falseTools: ['ping'], missedTools: [] })
    expect(s.legs.untrustedContent).toMatchObject({
      truth: 1,
      rightTool: 0,
      missedTools: ['get_ticket'],
      serverRaised: false
    })
    expect(s.legs.externalCommunication).toMatchObject({ truth: 1, rightTool: 1, falseTools: [], serverRaised: true })
  })

  it('falls back to the leg checks: a named tool gets the leg, a server-wide finding raises it for the server only', () => {
    const report = {
      findings: [
        finding(
          'security.untrusted-content',
          'failed',
          'The source fetches caller-supplied URLs (1 place), so outside text can reach the model, but every tool declares `untrustedContent: none`.'
        ),
        finding('security.external-communication', 'failed', 'Tool "ping" declares open external communication.'),
        finding(
          'security.external-communication',
          'warning',
          'Cannot tell where fetch at src/a.ts:3 connects: the target is computed (`url`).'
        ),
        finding(
          'security.trifecta',
          'passed',
          'Not all three legs: only untrusted content and external communication across the tools.'
        )
      ]
    }
    const s = scoreRepo(truth, report)
    expect(s.attribution).toBe('findings')
    expect(s.legs.untrustedContent).toMatchObject({ rightTool: 0, serverRaised: true, serverTruth: true })
    expect(s.legs.externalCommunication).toMatchObject({ rightTool: 0, falseTools: ['ping'], serverRaised: true })
    expect(s.legs.privateData.serverRaised).toBe(false)
    expect(s.trifecta).toEqual({ truth: true, raised: false })
  })

  it('a failed trifecta raises all three legs', () => {
    const s = scoreRepo(truth, {
      findings: [
        finding('security.trifecta', 'failed', 'STOP — the server holds all three legs of the lethal trifecta: …')
      ]
    })
    expect(s.trifecta).toEqual({ truth: true, raised: true })
    expect(s.legs.privateData.serverRaised).toBe(true)
  })

  it('keeps secret findings at a truth secret apart from the rest, and counts only blocking ones', () => {
    const report = {
      findings: [
        finding(
          'policy.secrets',
          'failed',
          'A token committed in src/config.ts',
          [{ file: 'src/config.ts', line: 7 }],
          true
        ),
        finding(
          'policy.secrets',
          'failed',
          'Secret-named setting in README.md',
          [{ file: 'README.md', line: 3 }],
          true
        ),
        finding(
          'policy.test-data',
          'failed',
          'A real e-mail address in test data',
          [{ file: 'test/a.ts', line: 1 }],
          true
        ),
        finding('policy.secrets', 'warning', 'test key (not blocking)', [{ file: 'src/config.ts', line: 7 }], false)
      ]
    }
    const s = scoreRepo(truth, report)
    expect(s.secrets).toMatchObject({
      blocking: 3,
      secretsCheck: 2,
      testData: 1,
      atTruthSecret: 1,
      truth: 1,
      truthFound: 1
    })
  })

  it('judges app-credential findings by the names they mention, as whole setting names', () => {
    const report = {
      findings: [
        finding(
          'auth.no-app-credentials',
          'failed',
          'API key or client secret from the environment (TICKETS_API_TOKEN) — data access must use the user’s identity.'
        ),
        finding(
          'auth.no-app-credentials',
          'failed',
          'API key or client secret from the environment (MCP_INBOUND_KEY) — …'
        ),
        finding(
          'auth.no-app-credentials',
          'failed',
          'The deployment hands the server a client secret or API key (OTHER_TICKETS_API_TOKEN_V2).'
        ),
        finding('auth.no-app-credentials', 'failed', 'x-api-key header', [
          { file: 'src/a.ts', line: 3, snippet: "headers['x-api-key'] = process.env.TICKETS_API_TOKEN" }
        ])
      ]
    }
    const s = scoreRepo(truth, report)
    expect(s.appCredentials).toMatchObject({
      findings: 4,
      matchTruth: 2,
      notAppCredential: 1,
      unjudged: 1,
      truth: 2,
      missed: ['db.password']
    })
    expect(settingKey('jdbc.password')).toBe(settingKey('JDBC_PASSWORD'))
  })
})

describe('capabilityPresent', () => {
  it('reads booleans, enum values, arrays and objects', () => {
    expect(capabilityPresent('none')).toBe(false)
    expect(capabilityPresent('in-context')).toBe(true)
    expect(capabilityPresent({ declared: 'open', observed: 'none' })).toBe(false)
    expect(capabilityPresent({ present: true })).toBe(true)
    expect(capabilityPresent([])).toBe(false)
    // a provenance label is not a detection
    expect(capabilityPresent({ value: 'none', source: 'declared' })).toBe(false)
  })
})

describe('the harness output', () => {
  it('declares every truth tool once with no legs, quoting names as YAML needs', () => {
    const yaml = goliveYaml({ ...truth, tools: [...truth.tools, tool('get_ticket'), tool('invalid tool: "x"')] })
    expect(yaml.match(/- name:/g)).toHaveLength(5)
    expect(yaml).toContain('  - name: "invalid tool: \\"x\\""')
    expect(yaml).not.toMatch(/privateData: (obo|app-only|api-key)/)
  })

  it('prints one row per repository and a total row that sums them', () => {
    const a = scoreRepo(truth, { findings: [] })
    const b = scoreRepo(
      { ...truth, repo: 'acme/other' },
      {
        findings: [
          finding(
            'security.tools-declared',
            'warning',
            'Tool "ping" is declared in golive.yaml but no registration of it was found in source.'
          )
        ]
      }
    )
    const t = totals([a, b, { repo: 'acme/broken', error: 'no mirror' }])
    expect(t.tools).toMatchObject({ truth: 6, found: 5 })
    expect(t.tools.meanRecall).toBeCloseTo((1 + 2 / 3) / 2)
    expect(t.errors).toBe(1)
    const table = markdownTable([a, b]).split('\n')
    expect(table).toHaveLength(5)
    expect(table[4]).toContain('5 / 6')
  })

  it('compares a run with an earlier one repository by repository', () => {
    const before = scoreRepo(truth, {
      findings: [
        finding(
          'security.tools-declared',
          'warning',
          'Tool "ping" is declared in golive.yaml but no registration of it was found in source.'
        )
      ]
    })
    const after = scoreRepo(truth, { findings: [finding('security.trifecta', 'failed', 'STOP')] })
    const rows = compareRows([before], [after, scoreRepo({ ...truth, repo: 'acme/new' }, { findings: [] })]).split('\n')
    expect(rows[2]).toContain('| 2 → 3 / 3 |')
    expect(rows[2]).toContain('| 0 0 0 → 1 1 1 |')
    expect(rows[3]).toContain('acme/new (new)')
  })
})

describe('reading a fetched snapshot', () => {
  it('finds owner+name/repo case-insensitively and writes the blobs a snapshot has when one is missing', () => {
    const mirror = mkdtempSync(join(tmpdir(), 'accuracy-mirror-'))
    try {
      const work = join(mirror, 'work')
      mkdirSync(join(work, 'src'), { recursive: true })
      writeFileSync(join(work, 'src', 'server.ts'), 'server.registerTool("ping", {}, async () => ({ content: [] }))\n')
      writeFileSync(join(work, 'big.gif'), 'pretend this is over 4 MiB\n')
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: work,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@example.com',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@example.com'
          }
        }).trim()
      git('init', '-q')
      git('add', '.')
      git('commit', '-q', '-m', 'x')
      const commit = git('rev-parse', 'HEAD')
      const big = git('rev-parse', 'HEAD:big.gif')
      const bare = join(mirror, 'Acme+Tickets', 'repo')
      execFileSync('git', ['clone', '-q', '--bare', work, bare])
      rmSync(join(bare, 'objects', big.slice(0, 2), big.slice(2)))
      expect(mirrorGitDir(mirror, 'acme/tickets')).toBe(bare)
      expect(mirrorGitDir(mirror, 'acme/other')).toBeNull()
      const out = join(mirror, 'out')
      mkdirSync(out)
      expect(writeTreeSkippingMissing(bare, commit, out)).toBe(1)
      expect(readFileSync(join(out, 'src', 'server.ts'), 'utf8')).toContain('registerTool("ping"')
      expect(existsSync(join(out, 'big.gif'))).toBe(false)
    } finally {
      rmSync(mirror, { recursive: true, force: true })
    }
  })
})
