// The dense facts (network calls, URL literals, bearer headers) live in column
// tables. What goes in must come out, in order, whether the rows were written
// by one thread or posted by workers chunk by chunk; and a check that keeps only
// the first places of a dense table still counts the rest.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FactTable, type PackedTable } from '../../src/evidence/source/fact-table.js'
import { newNetworkCallTable, type NetworkCall } from '../../src/evidence/source/security.js'
import { MAX_EVIDENCE_PER_FINDING } from '../../src/findings.js'
import { findingsOf, gate, variant } from '../support/gate.js'
import { fuzz } from '../support/fuzz.js'

const call = (over: Partial<NetworkCall> & { line: number }): NetworkCall => {
  const { line, ...rest } = over
  return {
    client: 'fetch',
    callerSupplied: false,
    sends: false,
    isTest: false,
    at: { file: 'src/a.ts', line, column: 3, quoteLine: true, note: 'fetch' },
    ...rest
  }
}

/** What crosses a worker boundary: the structured clone of the packed table, made a table again. */
const posted = <R extends NetworkCall>(t: FactTable<R>) => FactTable.revive<R>(structuredClone(t.pack()) as PackedTable)

describe('fact tables', () => {
  it('passes every string of every segment through mapStrings, the open one included, and nothing else', () => {
    // Two like tables: one read as it is, one mapped before anything reads it (reading seals a table).
    const build = () => {
      const a = newNetworkCallTable()
      a.push(call({ line: 1, target: 'https://api.example.com/x', host: 'api.example.com' }))
      const b = newNetworkCallTable()
      b.push(
        call({
          line: 2,
          client: 'axios',
          expression: 'url',
          callerSupplied: true,
          at: { file: 'src/b.ts', line: 2, column: 5 }
        })
      )
      a.append(posted(b))
      // A row pushed after the append sits in a segment still open.
      a.push(call({ line: 3, host: 'internal.svc' }))
      return a
    }
    const mapped = build()
    mapped.mapStrings((s) => s.toUpperCase())
    const up = (r: NetworkCall): NetworkCall =>
      JSON.parse(JSON.stringify(r), (_k, v) => (typeof v === 'string' ? v.toUpperCase() : v))
    expect([...mapped]).toEqual([...build()].map(up))
  })

  it('walks the rows with one reused object, and take makes each row once, unchanged by later rows', () => {
    const rows = [
      call({ line: 1, target: 'https://api.example.com/x', host: 'api.example.com' }),
      call({
        line: 2,
        client: 'axios',
        expression: 'url',
        callerSupplied: true,
        at: { file: 'src/b.ts', line: 2, column: 5 }
      }),
      call({ line: 3, host: 'internal.svc', isTest: true })
    ]
    const t = newNetworkCallTable()
    for (const r of rows) t.push(r)
    const seen: NetworkCall[] = []
    const taken: NetworkCall[] = []
    const views = new Set<object>()
    t.walk((row, take) => {
      views.add(row)
      // The reused object reads like the row: absent fields are undefined, not stale.
      seen.push(JSON.parse(JSON.stringify(row)))
      taken.push(take())
      // Taken twice for one row: the same row, not a second copy.
      expect(take()).toBe(taken.at(-1))
    })
    expect(views.size).toBe(1)
    expect(seen).toEqual(rows)
    expect(taken).toStrictEqual([...t])
    expect(t.filter((r) => !r.isTest)).toStrictEqual(
      rows.slice(0, 2).map((r) => [...t].find((x) => x.at.line === r.at.line))
    )
  })

  it('gives back each row as written: absent strings stay absent, flags and notes kept', () => {
    const rows = [
      call({ line: 1, target: 'https://api.example.com/x', host: 'api.example.com' }),
      call({ line: 2, client: 'axios', expression: 'url', callerSupplied: true }),
      call({ line: 3, expression: 'BASE + path', isTest: true, at: { file: 'test/b.ts', line: 3, column: 9 } })
    ]
    const t = newNetworkCallTable()
    for (const r of rows) t.push(r)
    expect(t.length).toBe(3)
    expect(t.toArray()).toEqual(rows)
    expect(t.toArray()[1]).not.toHaveProperty('host')
    expect(t.toArray()[2].at).not.toHaveProperty('note')
    expect(t.toArray()[2].at).not.toHaveProperty('quoteLine')
  })

  it('stores each distinct string once per segment, however many rows name it', () => {
    const t = newNetworkCallTable()
    for (let i = 1; i <= 1000; i++)
      t.push(call({ line: i, target: 'http://svc.tools.svc.cluster.local/x', host: 'svc.tools.svc.cluster.local' }))
    const packed = t.pack()
    expect(packed.segments).toHaveLength(1)
    // client "fetch" (also the note), the target, the host and the file: four strings for 1,000 rows.
    expect(packed.segments[0].strings).toEqual([
      'fetch',
      'http://svc.tools.svc.cluster.local/x',
      'svc.tools.svc.cluster.local',
      'src/a.ts'
    ])
  })

  it('keeps the order of chunks put together, posted or not, for any split (property)', () => {
    const row = fc.record({
      line: fc.integer({ min: 1, max: 1_000_000 }),
      column: fc.integer({ min: 1, max: 5000 }),
      file: fc.constantFrom('a.ts', 'b/c.py', 'd e.go', 'ü.cs'),
      host: fc.option(fc.domain(), { nil: undefined }),
      expression: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      callerSupplied: fc.boolean(),
      sends: fc.boolean(),
      isTest: fc.boolean()
    })
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 30 }), { maxLength: 8 }), fc.boolean(), (chunks, viaWorkers) => {
        const want: NetworkCall[] = []
        const merged = newNetworkCallTable()
        for (const chunk of chunks) {
          const t = newNetworkCallTable()
          for (const r of chunk) {
            const c: NetworkCall = {
              client: 'fetch',
              ...(r.host ? { target: `https://${r.host}/`, host: r.host } : {}),
              ...(r.expression !== undefined ? { expression: r.expression } : {}),
              callerSupplied: r.callerSupplied,
              sends: r.sends,
              isTest: r.isTest,
              at: { file: r.file, line: r.line, column: r.column, quoteLine: true, note: 'fetch' }
            }
            t.push(c)
            want.push(c)
          }
          merged.append(viaWorkers ? posted(t) : t)
        }
        expect(merged.length).toBe(want.length)
        expect(merged.toArray()).toEqual(want)
      }),
      fuzz(200)
    )
  })

  it('samples the first rows that pass and counts them all', () => {
    const t = newNetworkCallTable()
    for (let i = 1; i <= 120; i++) t.push(call({ line: i, host: i % 3 ? 'a.svc' : 'b.svc', target: 'http://x/' }))
    const s = t.sample((c) => c.host === 'a.svc', 5)
    expect(s.total).toBe(80)
    expect(s.rows.map((c) => c.at.line)).toEqual([1, 2, 4, 5, 7])
  })
})

describe('a check keeps the first places of a dense table and counts the rest', () => {
  it('security.external-communication over 70 internal calls lists 50 and omits 20', () => {
    const calls = Array.from(
      { length: 70 },
      (_, i) => `  await fetch("http://tickets-${i % 7}.tickets.svc.cluster.local/api/${i}")`
    ).join('\n')
    const dir = variant(undefined, {
      'golive.yaml':
        'version: 1\nserver:\n  name: many-calls\n  owner: "@acme/team"\n  zone: 1\ntools:\n  - name: list\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n',
      'package.json': '{ "name": "many-calls", "dependencies": { "@modelcontextprotocol/sdk": "1.0.0" } }',
      'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\nconst server = new McpServer({ name: 'x', version: '1' })\nserver.registerTool('list', {}, async () => {\n${calls}\n  return { content: [] }\n})\n`
    })
    const [passed] = findingsOf(gate(dir).findings, 'security.external-communication').filter(
      (f) => f.status === 'passed'
    )
    expect(passed.message).toContain('70 calls in source go to internal')
    expect(passed.evidence).toHaveLength(MAX_EVIDENCE_PER_FINDING)
    expect(passed.omittedEvidence).toBe(20)
    // The first fifty, in file order: lines 4 to 53.
    expect(passed.evidence.map((e) => ('line' in e ? e.line : 0))).toEqual(Array.from({ length: 50 }, (_, i) => i + 4))
  })
})
