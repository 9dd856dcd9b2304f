// The reference servers and SDK examples in test/fixtures, against the legs a person wrote down by
// reading their code (test/real-servers/fixtures/*.json): no tool is given a leg it does not hold,
// and every leg the gate does not raise is listed below with the reason it cannot see it. A leg
// found later fails here until it leaves the list; a leg lost fails here too.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { factCounts } from '../../src/evidence/derived/capability-matrix.js'
import { goliveYaml } from '../../bench/accuracy.mjs'
import { ROOT, TODAY } from '../support/gate.js'

const LEGS = ['privateData', 'untrustedContent', 'externalCommunication'] as const
type Truth = {
  fixture: string
  subdir?: string | null
  tools: ({ name: string; inToolsList?: boolean } & Record<(typeof LEGS)[number], boolean>)[]
}

/** `fixture subdir: tool leg` → why the gate cannot see it. */
const UNSEEN: Record<string, string> = {
  // The fixture keeps index.ts only: the helpers these tools call live in lib.ts, which it does not hold.
  'filesystem: read_file privateData': 'helper file not in the fixture',
  'filesystem: read_file untrustedContent': 'helper file not in the fixture',
  'filesystem: read_text_file privateData': 'helper file not in the fixture',
  'filesystem: read_text_file untrustedContent': 'helper file not in the fixture',
  'filesystem: read_multiple_files privateData': 'helper file not in the fixture',
  'filesystem: read_multiple_files untrustedContent': 'helper file not in the fixture',
  'filesystem: edit_file privateData': 'helper file not in the fixture',
  'filesystem: search_files privateData': 'helper file not in the fixture',
  'filesystem: get_file_info privateData': 'helper file not in the fixture',
  // fastmcp's File(path=…) reads the file inside the SDK.
  'fastmcp: get_test_file_from_server privateData': 'the SDK reads the file',
  'fastmcp: get_test_file_from_server untrustedContent': 'the SDK reads the file',
  // The weather client is named in Program.cs, which the fixture does not hold: its host is unknown.
  'csharp-sdk: get_alerts externalCommunication': 'the named HttpClient is configured outside the fixture',
  'csharp-sdk: get_forecast externalCommunication': 'the named HttpClient is configured outside the fixture',
  // The fixture keeps main.go only: the knowledge base's methods live in a file it does not hold.
  'go-sdk: read_graph privateData': 'handler file not in the fixture',
  'go-sdk: search_nodes privateData': 'handler file not in the fixture',
  'go-sdk: open_nodes privateData': 'handler file not in the fixture'
}

const TRUTH = join(ROOT, 'test', 'real-servers', 'fixtures')
const truths = readdirSync(TRUTH)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(TRUTH, f), 'utf8')) as Truth)

describe('legs per tool on the reference servers and SDK examples', () => {
  const missed: string[] = []
  const wrong: string[] = []
  const calledMissing: string[] = []
  for (const t of truths) {
    const label = (t.subdir ?? t.fixture).split('/').pop()!
    const config = join(mkdtempSync(join(tmpdir(), 'golive-legs-')), 'golive.yaml')
    writeFileSync(config, goliveYaml(t))
    const { ctx } = runGate({ dir: join(ROOT, t.fixture, t.subdir ?? ''), config, today: TODAY })
    const reach = new Map(ctx.repo.capabilities.tools.map((r) => [r.tool, r]))
    if (label === 'filesystem')
      calledMissing.push(...ctx.repo.capabilities.tools.filter((r) => r.missing?.length).map((r) => r.tool))
    for (const tool of t.tools.filter((x) => x.inToolsList !== false)) {
      const raised = new Set(
        (reach.get(tool.name)?.facts ?? []).filter((f) => factCounts(f, [])).map((f) => f.leg as string)
      )
      for (const leg of LEGS) {
        const key = `${label}: ${tool.name} ${leg}`
        if (raised.has(leg) && !tool[leg]) wrong.push(key)
        if (!raised.has(leg) && tool[leg]) missed.push(key)
      }
    }
  }

  it('reads every truth file', () => {
    expect(truths.length).toBeGreaterThanOrEqual(14)
  })

  it("knows which tools call into the filesystem server's lib.ts, which the fixture does not hold", () => {
    expect(calledMissing).toEqual(
      expect.arrayContaining(['read_text_file', 'read_multiple_files', 'edit_file', 'search_files'])
    )
    expect(calledMissing).not.toContain('list_allowed_directories')
  })

  it('gives no tool a leg it does not hold', () => {
    expect(wrong).toEqual([])
  })

  it('misses only the legs listed with the reason the gate cannot see them', () => {
    expect(missed.sort()).toEqual(Object.keys(UNSEEN).sort())
  })
})
