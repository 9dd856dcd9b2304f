// Phase 1 evidence on one small server per language: every tool with its
// file:line:column, every prohibited content type, every egress form, and the
// decoys (comments, docstrings, strings, test code) that must not fire.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { ROOT, TODAY, findingsOf } from '../support/gate.js'

const fixture = (lang: string) => join(ROOT, 'test', 'fixtures', `phase1-${lang}`)
const evidenceOf = (lang: string) => runGate({ dir: fixture(lang), today: TODAY })
const loc = (e: { file: string; line: number; column: number }) => `${e.file}:${e.line}:${e.column}`

const EXPECTED: Record<string, { tools: string[]; content: string[]; hosts: string[]; caller: number }> = {
  typescript: {
    tools: [
      'list_files@src/lowlevel.ts:9:14',
      'read_file@src/lowlevel.ts:13:14',
      'echo@src/server.ts:12:14',
      'add@src/server.ts:17:4'
    ],
    content: ['image@src/server.ts:22:33', 'audio@src/server.ts:29:20', 'resource_link@src/server.ts:32:30'],
    hosts: ['files.storage.svc.cluster.local', 'api.github.com', 'docs.example.com'],
    caller: 1
  },
  python: {
    tools: [
      'lowlevel_tool@src/weather/server.py:39:24',
      'renamed@src/weather/server.py:27:17',
      'greet@src/weather/server.py:17:5',
      'add_numbers@src/weather/server.py:22:11',
      'chart@src/weather/server.py:34:5'
    ],
    content: [
      'audio@src/weather/server.py:44:16',
      'resource_link@src/weather/server.py:46:16',
      'image@src/weather/server.py:47:12',
      'image@src/weather/server.py:35:12',
      'image@src/weather/server.py:34:16'
    ],
    hosts: ['example.org', 'hooks.slack.com'],
    caller: 1
  },
  csharp: {
    tools: [
      'get_weather@src/WeatherServer/WeatherTools.cs:16:28',
      'echo@src/WeatherServer/WeatherTools.cs:14:26',
      'snapshot@src/WeatherServer/WeatherTools.cs:26:37'
    ],
    content: ['image@src/WeatherServer/WeatherTools.cs:27:13', 'audio@src/WeatherServer/WeatherTools.cs:29:51'],
    hosts: ['api.weather.gov', 'forecast.weather.svc.cluster.local'],
    caller: 0
  },
  go: {
    tools: ['greet@cmd/server/main.go:15:39', 'hello_world@cmd/server/mark3labs.go:10:23'],
    content: ['image@cmd/server/main.go:23:57', 'image@cmd/server/mark3labs.go:12:23'],
    hosts: ['api.openai.com', 'users.directory.svc.cluster.local'],
    caller: 0
  },
  java: {
    tools: [
      'get_time@src/main/java/com/example/weather/Tools.java:14:65',
      'calculator@src/main/java/com/example/weather/Tools.java:17:29',
      'getWeather@src/main/java/com/example/weather/Tools.java:21:19'
    ],
    content: ['image@src/main/java/com/example/weather/Tools.java:18:90'],
    hosts: ['api.weather.gov'],
    caller: 0
  }
}

describe.each(Object.keys(EXPECTED))('Phase 1 evidence in %s', (lang) => {
  const { ctx } = evidenceOf(lang)
  const src = ctx.repo.source
  const want = EXPECTED[lang]

  it('finds every production tool registration at its name, and nothing in comments or strings', () => {
    // The order is the detectors' order, which says nothing about the server: compared as sets.
    expect(
      src.tools
        .filter((t) => !t.isTest)
        .map((t) => `${t.name}@${loc(t.at)}`)
        .sort()
    ).toEqual([...want.tools].sort())
    expect(src.tools.map((t) => t.name).filter((n) => n.startsWith('ghost'))).toEqual([])
  })

  it('finds every prohibited content type in production code', () => {
    expect(src.contentTypes.filter((c) => !c.isTest).map((c) => `${c.kind}@${loc(c.at)}`)).toEqual(want.content)
  })

  it('finds the network calls with their hosts, and caller-supplied URLs', () => {
    expect(src.networkCalls.filter((c) => c.host).map((c) => c.host)).toEqual(want.hosts)
    expect(src.networkCalls.filter((c) => c.callerSupplied)).toHaveLength(want.caller)
  })
})

describe('Phase 1 checks on the fixtures', () => {
  it('tools-declared: a declared tool without a registration is not verified (no pass beside it) without an inventory', () => {
    const r = evidenceOf('typescript').result
    const f = findingsOf(r.findings, 'security.tools-declared')
    expect(f.map((x) => x.status)).toEqual(['not verified'])
    expect(f[0].message).toContain('"declared_only"')
    expect(f[0].evidence[0]).toMatchObject({ file: 'golive.yaml', line: 23 })
    expect(f[0].fix).toContain('inventory')
    const java = findingsOf(evidenceOf('java').result.findings, 'security.tools-declared')
    expect(java.map((x) => x.status)).toEqual(['passed'])
  })

  it('tools-declared: derived C# names match declarations without case and separators', () => {
    const f = findingsOf(evidenceOf('csharp').result.findings, 'security.tools-declared')
    expect(f.map((x) => x.status)).toEqual(['passed'])
  })

  it('content-types: production uses fail one by one; test-code uses are reported apart and never block', () => {
    const r = evidenceOf('typescript').result
    const f = findingsOf(r.findings, 'security.content-types')
    expect(f.filter((x) => x.status === 'failed').map((x) => loc(x.evidence[0] as never))).toEqual([
      'src/server.ts:22:33',
      'src/server.ts:29:20',
      'src/server.ts:32:30'
    ])
    const test = f.find((x) => x.nonProduction)!
    expect(test).toMatchObject({ status: 'warning', evidence: [{ file: 'test/media.test.ts', line: 3, column: 65 }] })
  })

  it('external-communication: public hosts contradict `none` on the tool that calls them; internal and reserved test hosts do not', () => {
    const f = findingsOf(evidenceOf('python').result.findings, 'security.external-communication')
    const failed = f.filter((x) => x.status === 'failed')
    expect(failed.map((x) => x.message)).toEqual([
      'Tool "renamed" reaches external communication — httpx → hooks.slack.com (src/weather/server.py:29) — but declares `externalCommunication: none`.'
    ])
    expect(failed[0].evidence).toEqual([
      expect.objectContaining({ file: 'src/weather/server.py', line: 29 }),
      expect.objectContaining({ file: 'src/weather/server.py', line: 30 })
    ])
    expect(failed[0].fix).toContain('externalCommunication: open')
    // The URL the tool argument chooses is raised on the tool, not left as a target nobody can tell.
    expect(f.filter((x) => x.status === 'warning')).toEqual([])
  })

  it('untrusted-content: fetching a caller-supplied URL contradicts `none`', () => {
    const f = findingsOf(evidenceOf('python').result.findings, 'security.untrusted-content')
    // And the low-level tool, whose call_tool handler is not followed, is not verified.
    expect(f.map((x) => x.status)).toEqual(['failed', 'not verified'])
    expect(f[1].message).toContain('lowlevel_tool')
    expect(f[0].evidence[0]).toMatchObject({ file: 'src/weather/server.py', line: 30 })
  })

  it('trifecta: the evidence raises legs the declaration denies', () => {
    // Python fixture: untrusted + external are raised by evidence; private data is denied by every tool, but the
    // low-level tool's handler is not followed, so its denial is not held against code: not verified, not passed.
    const [t] = findingsOf(evidenceOf('python').result.findings, 'security.trifecta')
    expect(t.status).toBe('not verified')
    expect(t.message).toBe(
      'Only untrusted content and external communication in the code read, but the code of 1 tool that denies private data could not be checked (no handler found): lowlevel_tool.'
    )
  })
})

describe('Python decorators with arguments (found on the SDK examples)', () => {
  it('reads the def after @x.tool(icons=[Icon(...)]) and @apps.tool(resource_uri=...), skipping other decorators and comments', async () => {
    const { variant } = await import('../support/gate.js')
    const dir = variant(fixture('python'), {
      'src/weather/more.py':
        'from mcp.server.mcpserver import MCPServer, Icon\nmcp = MCPServer("x")\n\n@mcp.tool(\n    icons=[Icon(src="data:image/png", sizes=["16x16"])],\n)\n@traced  # decorator below\nasync def with_icons() -> str:\n    return "ok"\n\n@apps.tool(resource_uri="ui://clock", title="Get (Time)")\ndef get_time() -> str:\n    return "now"\n'
    })
    const tools = runGate({ dir, today: TODAY }).ctx.repo.source.tools.filter(
      (t) => t.at.file === 'src/weather/more.py'
    )
    expect(tools.map((t) => `${t.name}@${t.at.line}`)).toEqual(['with_icons@8', 'get_time@12'])
  })
})

describe('Untrusted content raised by reads of text outsiders write (test/fixtures/third-party-text)', () => {
  const { ctx, result } = runGate({
    dir: fixture('typescript').replace('phase1-typescript', 'third-party-text'),
    today: TODAY
  })

  it('finds mail, issues, chat, tickets and scraped pages in five languages at the call, and no decoy', () => {
    const reads = ctx.repo.source.thirdPartyReads.map((r) => `${r.source}@${loc(r.at)}${r.isTest ? ' (test)' : ''}`)
    expect(reads.sort()).toEqual([
      'chat messages@triage/server.py:12:21',
      'e-mail@mailbox/MailServer/MailTools.cs:14:32',
      'e-mail@src/tools/mail.ts:5:33',
      'issues and comments@issues-go/main.go:19:24',
      'issues and comments@src/tools/issues.ts:10:36',
      'issues and comments@src/tools/issues.ts:11:36',
      'issues and comments@test/issues.test.ts:7:24 (test)',
      'tickets@triage/server.py:19:23',
      'web pages@scraper/src/main/java/com/example/scraper/PageTools.java:10:16'
    ])
  })

  it('a Graph SDK call with a request-configuration lambda is not a computed HttpClient target', () => {
    expect(ctx.repo.source.networkCalls.filter((c) => c.at.file.endsWith('MailTools.cs'))).toEqual([])
  })

  it('contradicts `untrustedContent: none` on each tool that reads outsiders’ text, and on the server for what no tool reaches, never the test one', () => {
    const f = findingsOf(result.findings, 'security.untrusted-content').filter((x) => x.status === 'failed')
    expect(f.map((x) => /^Tool "([^"]+)"/.exec(x.message)?.[1] ?? 'server').sort()).toEqual([
      'channel_digest',
      'issue_comments',
      'latest_mail',
      'server',
      'server',
      'status_page',
      'summarize_issue'
    ])
    const server = f.filter((x) => x.message.startsWith('The server'))
    expect(server.map((x) => (x.evidence[0] as { file: string }).file)).toEqual([
      'src/tools/mail.ts',
      'src/tools/mail.ts'
    ])
    expect(f.flatMap((x) => x.evidence).map((e) => (e as { file: string }).file)).not.toContain('test/issues.test.ts')
  })

  it('raises the untrusted-content leg of the trifecta although every tool declares none', () => {
    const [t] = findingsOf(result.findings, 'security.trifecta')
    expect(t.message).toMatch(/^Only private data and untrusted content in the code read/)
    // src/tools/mail.ts uses the Graph SDK, which can send mail, in code no tool's handler leads to: any tool may be
    // the one using it, so external communication is not verified, never passed.
    expect(t.status).toBe('not verified')
    expect(t.message).toMatch(/deny external communication could not be checked \(it may use a package that sends/)
  })
})

describe('Evidence quotes its line only when a finding reports it', () => {
  it('scan evidence holds no line text; the reported finding quotes the line, and a secret’s place is never quoted', async () => {
    const { readFileSync } = await import('node:fs')
    const { ctx, result } = evidenceOf('java')
    const reg = ctx.repo.source.tools.find((t) => !t.isTest)!
    expect(reg.at).not.toHaveProperty('snippet')
    const reported = result.findings
      .flatMap((f) => f.evidence)
      .find((e) => 'file' in e && e.file === reg.at.file && e.line === reg.at.line) as { snippet?: string }
    expect(reported.snippet).toBe(
      readFileSync(join(fixture('java'), reg.at.file), 'utf8')
        .split('\n')
        .at(reg.at.line - 1)!
        .trim()
    )
    expect(reported).not.toHaveProperty('quoteLine')
    const secrets = runGate({ dir: join(ROOT, 'examples', 'unready-server'), today: TODAY }).result.findings.filter(
      (f) => f.check === 'policy.secrets'
    )
    expect(secrets.flatMap((f) => f.evidence).length).toBeGreaterThan(0)
    for (const e of secrets.flatMap((f) => f.evidence)) expect(e).not.toHaveProperty('snippet')
  })
})
