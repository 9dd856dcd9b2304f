// Tool discovery by idiom, on our own fixture servers (test/fixtures/tool-idioms, written in the
// shape of each idiom, not copied): the names a client would see, including decoys that must not
// be found (a name in a comment or a string, a dict that is not a tool, a tool only in tests) and
// registrations whose name cannot be known, which must be reported as computed, not dropped.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { ROOT } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'tool-idioms')

const CASES: Record<string, { served: string[]; computed: string[] }> = {
  // Typed tool objects in constants, one imported through a re-export, reaching a tools/list handler.
  'ts-objects': { served: ['weather_alerts', 'weather_forecast'], computed: [] },
  // Loops over literal lists (objects and strings), a template literal of a constant, and a loop over a parameter.
  'ts-loop': { served: ['copy_file', 'files_stat', 'move_file', 'read_json', 'read_text'], computed: ['plugin.id'] },
  // FastMCP: servers mounted with a namespace (3.x keyword and 2.x positional forms), a decorator alias, name= overrides.
  'py-mount': {
    served: ['catalog_search_products', 'health', 'orders_cancel', 'orders_get_order', 'orders_list_open'],
    computed: []
  },
  // Azure Functions' MCP tool trigger, named by a literal and by constants of another file of the project.
  'cs-trigger': { served: ['get_stock', 'ping', 'reserve_item'], computed: [] },
  // A wrapper (Define → convert → mcp.Tool{Name: name}) called in another file with a literal and a constant.
  'go-wrapper': { served: ['count_items', 'list_items'], computed: [] }
}

describe('tool names as clients see them, by idiom', () => {
  for (const [name, want] of Object.entries(CASES)) {
    it(`${name}: every served name, no decoy, the unknowable as computed`, async () => {
      const tools = (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).source.tools.filter(
        (t) => !t.isTest
      )
      expect([...new Set(tools.filter((t) => !t.computed).map((t) => t.name))].sort()).toEqual(want.served)
      expect(tools.filter((t) => t.computed).map((t) => t.computed!.expression)).toEqual(want.computed)
      for (const t of tools) expect(t.at.file.startsWith('test')).toBe(false)
    })
  }

  it('keeps the tool registered only in a test file, marked as test', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'py-mount')), { jobs: 1 })).source.tools
    expect(tools.filter((t) => t.isTest).map((t) => t.name)).toEqual(['only_in_tests'])
  })

  it('records the handler of a decorated tool', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'py-mount')), { jobs: 1 })).source.tools
    const cancel = tools.find((t) => t.name === 'orders_cancel')!
    expect(cancel.handler?.name).toBe('cancel_order')
    expect(cancel.handler?.at).toMatchObject({ file: 'shop/orders.py', line: 20 })
  })

  it('a computed registration names its place and expression, cut to 120 characters', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'ts-loop')), { jobs: 1 })).source.tools
    const c = tools.find((t) => t.computed)!
    expect(c.name).toBe('plugin.id')
    expect(c.at).toMatchObject({ file: 'src/server.ts', line: 20 })
  })
})
