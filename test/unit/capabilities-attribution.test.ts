// Attribution from a tool's registration to what it reaches, on shapes real servers use and the
// first fixtures did not: C# attributes and Java annotations before a method (not functions of
// their own), Spring AI @McpTool methods calling an injected service, Python tools written as one
// class per tool (the handler is a method of the class), Go tools kept in package variables and
// registered with their handler factories from another package, and a chat SDK whose reads hold
// private data and text others write while its posting only sends.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { definitionsOf } from '../../src/evidence/derived/capabilities.js'
import { ROOT, TODAY } from '../support/gate.js'

type Legs = ('privateData' | 'untrustedContent' | 'externalCommunication')[]
const ORDER = ['privateData', 'untrustedContent', 'externalCommunication']
const legsOf = (facts: { leg: string }[]) =>
  [...new Set(facts.map((f) => f.leg))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
const norm = (n: string) => n.toLowerCase().replace(/[-_\s]/g, '')

const EXPECTED: Record<string, Record<string, Legs>> = {
  csharp: {
    ListRows: ['privateData'],
    InsertRow: [],
    RunQuery: ['privateData', 'untrustedContent'],
    CountRows: ['privateData']
  },
  java: { get_issue: ['privateData'], delete_issue: [], now: [] },
  python: {
    read_inbox: ['privateData', 'untrustedContent'],
    send_mail: ['externalCommunication'],
    echo: [],
    list_labels: ['privateData']
  },
  go: { get_item: ['privateData'], delete_item: [], ping: [] },
  // A connection handed from the method that opens it to the one that queries.
  handed: { table_count: ['privateData'], clear_cache: [], list_tables: ['privateData'], ping: [] },
  // A Spring bean's base URL from application.properties, reached through an injected @Service.
  spring: { web_search: ['untrustedContent', 'externalCommunication'], setting: [] },
  // A hand-written client of a vendor's API host: a use of its API, read or written as its functions' names say.
  'vendor-host': {
    get_issue: ['privateData', 'untrustedContent'],
    list_teams: ['privateData'],
    create_issue: ['externalCommunication'],
    rename_project: []
  },
  typescript: {
    'send-message': ['externalCommunication'],
    'read-messages': ['privateData', 'untrustedContent']
  }
}

describe.each(Object.keys(EXPECTED))('attribution to the right tool, in %s', (lang) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'attribution', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [norm(t.tool), t]))

  it('finds each handler and raises each leg on the tool that holds it only', () => {
    for (const t of Object.keys(EXPECTED[lang])) expect(reach.get(norm(t))?.handler, t).toBeDefined()
    const got = Object.fromEntries(Object.keys(EXPECTED[lang]).map((t) => [t, legsOf(reach.get(norm(t))?.facts ?? [])]))
    expect(got).toEqual(EXPECTED[lang])
  })

  it('leaves no read leg to the server', () => {
    expect(ctx.repo.capabilities.server.filter((s) => s.leg !== 'externalCommunication')).toEqual([])
  })
})

describe('definitions', () => {
  it('are not the attributes or annotations written before a method', () => {
    const cs = `[McpServerTool(Title = "x"), Description("Lists.")]\npublic async Task<int> ListRows(string a)\n{\n  return 1;\n}\n`
    expect(definitionsOf('csharp', cs).map((d) => d.name)).toEqual(['ListRows'])
    const java = `@McpTool(name = GET, description = "Gets")\npublic String get(@McpToolParam(description = "id") String id) {\n  return id;\n}\n`
    expect(definitionsOf('java', java).map((d) => d.name)).toEqual(['get'])
  })

  it('are not TypeScript calls whose value is cast or defaulted before a brace', () => {
    const ts = [
      'const app = getClient(session) as { scrape(u: string): Promise<string> }',
      'const opts = parse(raw) || { retries: 3 }',
      'async function run(url: string): Promise<void> {',
      '  await go(url)',
      '}',
      'const handler = { call(x) { return x } }'
    ].join('\n')
    expect(definitionsOf('typescript', ts).map((d) => d.name)).toEqual(['run', 'call'])
  })
})
