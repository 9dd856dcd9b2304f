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
  'go-wrapper': { served: ['count_items', 'list_items'], computed: [] },
  // A class's list of definitions registered in loops through a method, a regular expression with a quote inside the
  // list; decoys: a loop over field names that ends before a registration, strings registered in a test file.
  'ts-registry': { served: ['delete-note', 'list-notes', 'ping'], computed: [] },
  // Lists kept in other modules: an array of default-imported tool objects (forEach, destructured), a namespace's
  // exports (Object.values, destructured in the loop); decoy: a list of colours no registration is in.
  'ts-imported-list': { served: ['bookEvent', 'cancelEvent', 'purge_cache'], computed: [] },
  // Functions registered by reference: a loop over a list, a comprehension over an imported list, a name= override;
  // decoys: a loop over units, a function defined after the loops, functions registered in a test file.
  'py-functions': {
    served: ['cancel_order', 'count_stock', 'list_orders', 'move_stock', 'read_audit_log'],
    computed: []
  },
  // A slice of {tool, handler} structs ranged over (positional and keyed); decoy: names printed in a loop.
  'go-range': { served: ['get_thing', 'list_things'], computed: [] },
  // A low-level server whose tools/list returns what a function of another module makes; decoy: another function
  // returning named objects that no handler lists.
  'ts-lowlevel-split': { served: ['browser_get_text', 'browser_navigate'], computed: [] },
  // A low-level server whose tools/list returns a list imported from another module (a constant tool object among
  // literals); decoy: another imported list of named objects.
  'ts-lowlevel-imported': { served: ['publish_note', 'read_note'], computed: [] },
  // A loop over a call that filters what a function of the file returns: tool objects imported from other modules,
  // with their handlers; decoys: prompts and colours listed and looped the same way.
  'ts-list-function': { served: ['read_file', 'search_files', 'write_file'], computed: [] },
  // Decorators of the file's own that register what they decorate (a factory passing `name=` on, a plain one calling
  // add_tool); decoys: a decorator that only logs, one that registers a resource, the computed name in their bodies.
  'py-wrapper': { served: ['archive_note', 'list_notes', 'remove_note'], computed: [] },
  // The server's own `@Tool` (nested `@Tool.Annotations(…)` in its arguments, `name` after them) and its own
  // `@ReportTool` declared in another file; decoys: `@Tooltip`, another library's `@PowerTool`, a comment.
  'java-annotation': {
    served: ['getBuild', 'monthly_report', 'trigger_build', 'weeklyReport', 'whoAmI'],
    computed: []
  },
  // Tool classes: the server's own builder makes the SDK's Tool from a field its setter sets, called with a constant of
  // the class or of another package's class; the SDK's 1.x builder and constructor named by constants; decoys: a
  // thread's setName in a file that names the builder, a call in a comment, a name set in a test.
  'java-tool-classes': { served: ['echo', 'notify_watchers', 'ping', 'search_tickets'], computed: [] },
  // A low-level server whose tools/list handler returns the list its function is handed, made by a function of another
  // module; decoy: a list of tool names no handler returns.
  'ts-lowlevel-param': { served: ['fetch_page', 'get_status', 'upload_report'], computed: [] },
  // A low-level server whose tools/list returns a list another module chooses by a flag (`readOnly ? all.filter(…) :
  // all`) from tool objects of their own modules; decoy: named objects of the same module no handler lists.
  'ts-lowlevel-chosen': { served: ['notes_delete', 'notes_get'], computed: [] },
  // A loop over the values of an object another module exports as its default, of tool modules' default objects: one
  // names its tool by a shorthand `name` (`export const name = …` beside it), one by a constant; decoy: a theme's
  // default object of named colours that only a log goes over.
  'ts-default-registry': { served: ['news_search', 'web_search'], computed: [] },
  // FastMCP 2's `tool(fn, name=…)` with the function first: on the server's own subclass (`self.tool(find,
  // name="notes-find")`) and on an instance, named after the function; a named decorator beside them.
  'py-fastmcp2-tool': { served: ['notes-find', 'ping', 'stats'], computed: [] },
  // Go: the server's own Tool type in the protocol's shape (a name and an input schema), in other packages than the
  // one that hands it to the SDK, and in its own; decoys: a plugin's Tool with no schema, one with a nested literal's.
  'go-own-tool-type': { served: ['items_count', 'items_list', 'ping'], computed: [] },
  // A loop over a name bound to what functions of another module make of a list (a grant's filter, a read-only
  // filter, a map that spreads each definition), down to the list a third module keeps; decoy: prompts looped the same
  // way.
  'ts-list-flow': { served: ['delete_project', 'list_projects'], computed: [] },
  // A registration named by a parameter with a name to fall back on (`toolName || 'web_fetch'`, `name ?? …`): each
  // call's name, the fallback where a call leaves it out; decoy: another function's fallback that names no tool.
  'ts-default-name': { served: ['crawling', 'web_fetch', 'web_search'], computed: [] }
}

/** Per tool: where its handler was found and the legs the code it reaches holds. */
async function reachOf(name: string) {
  return new Map(
    (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).capabilities.tools.map((t) => [
      t.tool,
      { handler: t.handler && `${t.handler.file}:${t.handler.line}`, legs: [...new Set(t.facts.map((f) => f.leg))] }
    ])
  )
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

  it('records the annotated Java method as the handler of its tool', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'java-annotation')), { jobs: 1 })).source.tools
    const trigger = tools.find((t) => t.name === 'trigger_build')!
    expect(trigger.handler?.name).toBe('triggerBuild')
    expect(trigger.handler?.at).toMatchObject({
      file: 'src/main/java/com/acme/mcp/extensions/BuildTools.java',
      line: 18
    })
  })

  it('records the handler each imported tool object of a returned list names, in its own module', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'ts-list-function')), { jobs: 1 })).source.tools
    const handler = (name: string) => {
      const h = tools.find((t) => t.name === name)?.handler
      return h && { name: h.name, file: h.at.file, line: h.at.line }
    }
    expect(handler('read_file')).toEqual({ name: undefined, file: 'src/tools/files.ts', line: 6 })
    expect(handler('write_file')).toEqual({ name: 'saveFile', file: 'src/tools/files.ts', line: 15 })
    expect(handler('search_files')).toBeUndefined()
  })

  it('records the function a decorator of the file registers as its handler', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'py-wrapper')), { jobs: 1 })).source.tools
    expect(tools.find((t) => t.name === 'remove_note')?.handler).toMatchObject({
      name: 'delete_note',
      at: { file: 'notes/server.py', line: 48 }
    })
  })

  it('records the handler of a decorated tool', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'py-mount')), { jobs: 1 })).source.tools
    const cancel = tools.find((t) => t.name === 'orders_cancel')!
    expect(cancel.handler?.name).toBe('cancel_order')
    expect(cancel.handler?.at).toMatchObject({ file: 'shop/orders.py', line: 20 })
  })

  it('registrations from data in test files are kept as tests', async () => {
    for (const [name, want] of [
      ['ts-registry', ['test_only_a', 'test_only_b']],
      ['py-functions', ['only_in_tests']]
    ] as const) {
      const tools = (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).source.tools
      expect(tools.filter((t) => t.isTest).map((t) => t.name)).toEqual(want)
    }
  })

  it('records the handler each definition of a list names, where it is defined', async () => {
    const handlers = async (name: string) =>
      new Map(
        (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).source.tools
          .filter((t) => !t.isTest)
          .map((t) => [t.name, t.handler && { name: t.handler.name, file: t.handler.at.file, line: t.handler.at.line }])
      )
    const registry = await handlers('ts-registry')
    // A class: its run method.
    expect(registry.get('list-notes')).toEqual({ name: 'ListNotesHandler', file: 'src/handlers/notes.ts', line: 6 })
    expect(registry.get('delete-note')).toEqual({ name: 'DeleteNoteHandler', file: 'src/handlers/notes.ts', line: 12 })
    const imported = await handlers('ts-imported-list')
    expect(imported.get('bookEvent')).toEqual({ name: undefined, file: 'src/tools/bookEvent.ts', line: 4 })
    expect(imported.get('purge_cache')).toEqual({ name: undefined, file: 'src/admin/purge.ts', line: 4 })
    const py = await handlers('py-functions')
    expect(py.get('cancel_order')).toEqual({ name: 'cancel_order', file: 'inventory/server.py', line: 13 })
    expect(py.get('count_stock')).toEqual({ name: 'count_stock', file: 'inventory/stock.py', line: 1 })
    expect(py.get('read_audit_log')).toEqual({ name: 'audit_log', file: 'inventory/server.py', line: 18 })
    const go = await handlers('go-range')
    expect(go.get('list_things')).toEqual({ name: 'listThings', file: 'tools/things.go', line: 16 })
    expect(go.get('get_thing')).toEqual({ name: 'getThing', file: 'tools/things.go', line: 21 })
  })

  it('capabilities follow each listed tool into its own handler, not the list', async () => {
    const reach = async (name: string) =>
      new Map(
        (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).capabilities.tools.map((t) => [
          t.tool,
          { handler: t.handler && `${t.handler.file}:${t.handler.line}`, legs: [...new Set(t.facts.map((f) => f.leg))] }
        ])
      )
    const registry = await reach('ts-registry')
    expect(registry.get('list-notes')).toEqual({ handler: 'src/handlers/notes.ts:6', legs: ['externalCommunication'] })
    expect(registry.get('delete-note')?.handler).toBe('src/handlers/notes.ts:12')
    const go = await reach('go-range')
    expect(go.get('list_things')).toEqual({ handler: 'tools/things.go:16', legs: ['externalCommunication'] })
    // The other tool of the same list reaches no network: its own handler, not the list's.
    expect(go.get('get_thing')).toEqual({ handler: 'tools/things.go:21', legs: [] })
    const py = await reach('py-functions')
    // The function in the list, not the next definition after the loop.
    expect(py.get('list_orders')?.handler).toBe('inventory/server.py:8')
    expect(py.get('count_stock')?.handler).toBe('inventory/stock.py:1')
  })

  it('a low-level server dispatches in a module neither the list nor its handler file imports', async () => {
    const reach = async (name: string) =>
      new Map(
        (await collectRepoEvidence(new Repository(join(DIR, name)), { jobs: 1 })).capabilities.tools.map((t) => [
          t.tool,
          { handler: t.handler && `${t.handler.file}:${t.handler.line}`, legs: [...new Set(t.facts.map((f) => f.leg))] }
        ])
      )
    const split = await reach('ts-lowlevel-split')
    // The switch's branches, not the decoy switch on a preset name above them.
    expect(split.get('browser_navigate')).toEqual({
      handler: 'src/toolHandler.ts:26',
      legs: ['untrustedContent', 'externalCommunication']
    })
    expect(split.get('browser_get_text')).toEqual({ handler: 'src/toolHandler.ts:29', legs: ['untrustedContent'] })
    const imported = await reach('ts-lowlevel-imported')
    // A file the caller names: its text may be anyone's.
    expect(imported.get('read_note')).toEqual({
      handler: 'src/dispatch.ts:4',
      legs: ['privateData', 'untrustedContent']
    })
    expect(imported.get('publish_note')).toEqual({ handler: 'src/dispatch.ts:7', legs: ['externalCommunication'] })
  })

  it('a tool class is run by its own method, whatever builds its name', async () => {
    const reach = await reachOf('java-tool-classes')
    const dir = 'src/main/java/com/acme/tickets/tools'
    expect(reach.get('search_tickets')).toEqual({
      handler: `${dir}/tickets/SearchTicketsTool.java:25`,
      legs: ['privateData']
    })
    expect(reach.get('notify_watchers')).toEqual({
      handler: `${dir}/tickets/NotifyWatchersTool.java:29`,
      legs: ['externalCommunication']
    })
    // An overriding `call`, and `apply` of a class that is the handler function: no leg of the others.
    expect(reach.get('ping')).toEqual({ handler: `${dir}/misc/PingTool.java:15`, legs: [] })
    expect(reach.get('echo')).toEqual({ handler: `${dir}/misc/EchoTool.java:14`, legs: [] })
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'java-tool-classes')), { jobs: 1 })).source.tools
    expect(tools.filter((t) => t.isTest).map((t) => t.name)).toEqual(['only_in_tests'])
  })

  it('a switch hands each tool to its own class, several in one file, one run by its base', async () => {
    const reach = await reachOf('ts-lowlevel-param')
    // The switch that serves the tools, not the one that shortens what is logged.
    expect(reach.get('upload_report')).toEqual({ handler: 'src/toolHandler.ts:17', legs: ['externalCommunication'] })
    expect(reach.get('get_status')).toEqual({ handler: 'src/toolHandler.ts:20', legs: [] })
    // The fourth class's execute, not the first three of the file.
    expect(reach.get('fetch_page')).toEqual({
      handler: 'src/toolHandler.ts:23',
      legs: ['untrustedContent', 'externalCommunication']
    })
  })

  it("a Go tool of the server's own type is run by the handler beside it in its struct", async () => {
    const reach = await reachOf('go-own-tool-type')
    expect(reach.get('items_list')).toEqual({ handler: 'pkg/toolsets/items/items.go:24', legs: ['privateData'] })
    expect(reach.get('items_count')).toEqual({ handler: 'pkg/toolsets/items/items.go:33', legs: [] })
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'go-own-tool-type')), { jobs: 1 })).source.tools
    expect(tools.filter((t) => t.isTest).map((t) => t.name)).toEqual(['test_probe'])
  })

  it('a tool registered in a shared loop is served by the function a table keeps under its name', async () => {
    const reach = await reachOf('ts-list-flow')
    expect(reach.get('list_projects')?.legs).toEqual(['privateData'])
    expect(reach.get('delete_project')?.legs).toEqual([])
  })

  it('a tool a function registers under the name its caller gives is served by that registration', async () => {
    const reach = await reachOf('ts-default-name')
    const fetching = { handler: 'src/tools/fetch.ts:6', legs: ['untrustedContent', 'externalCommunication'] }
    expect(reach.get('web_fetch')).toEqual(fetching)
    expect(reach.get('crawling')).toEqual(fetching)
    expect(reach.get('web_search')).toEqual({ handler: 'src/tools/fetch.ts:13', legs: [] })
  })

  it('a computed registration names its place and expression, cut to 120 characters', async () => {
    const tools = (await collectRepoEvidence(new Repository(join(DIR, 'ts-loop')), { jobs: 1 })).source.tools
    const c = tools.find((t) => t.computed)!
    expect(c.name).toBe('plugin.id')
    expect(c.at).toMatchObject({ file: 'src/server.ts', line: 20 })
  })
})
