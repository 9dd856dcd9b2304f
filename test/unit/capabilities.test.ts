// What each tool reaches, on our own servers in the five languages (test/fixtures/capabilities):
// a caller-chosen URL through a bound client, a vendor SDK that sends, a scraping or search SDK,
// an LLM provider, private data behind a repository helper two calls deep, a clean tool beside
// them, and decoys (a package listed but unused, a comment, a test) that raise nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { leadOf, type CapabilityFact } from '../../src/evidence/derived/capabilities.js'
import { factCounts } from '../../src/evidence/derived/capability-matrix.js'
import { ROOT, TODAY, findingsOf, variant } from '../support/gate.js'

type Legs = ('privateData' | 'untrustedContent' | 'externalCommunication')[]
const EXPECTED: Record<string, Record<string, Legs>> = {
  python: {
    fetch_page: ['untrustedContent', 'externalCommunication'],
    notify: ['externalCommunication'],
    // A search API is sent the query: data leaves to a third party.
    search_web: ['untrustedContent', 'externalCommunication'],
    summarize: ['externalCommunication'],
    lookup_customer: ['privateData'],
    add: []
  },
  typescript: {
    fetch_page: ['untrustedContent', 'externalCommunication'],
    notify: ['externalCommunication'],
    scrape: ['untrustedContent'],
    summarize: ['externalCommunication'],
    lookup_customer: ['privateData'],
    add: []
  },
  csharp: {
    fetch_page: ['untrustedContent', 'externalCommunication'],
    notify: ['externalCommunication'],
    scrape: ['untrustedContent'],
    summarize: ['externalCommunication'],
    lookup_customer: ['privateData'],
    add: []
  },
  java: {
    fetch_page: ['untrustedContent', 'externalCommunication'],
    notify: ['externalCommunication'],
    scrape: ['untrustedContent'],
    summarize: ['externalCommunication'],
    lookup_customer: ['privateData'],
    add: []
  },
  go: {
    fetch_page: ['untrustedContent', 'externalCommunication'],
    notify: ['externalCommunication'],
    scrape: ['untrustedContent'],
    summarize: ['externalCommunication'],
    lookup_customer: ['privateData'],
    add: [],
    list_invoices: ['privateData'],
    ping: [],
    export_ledger: ['privateData'],
    currency: [],
    post_update: ['externalCommunication'],
    read_channel: ['privateData', 'untrustedContent']
  }
}

const ORDER = ['privateData', 'untrustedContent', 'externalCommunication']
// A call to an internal host holds no leg (the checks ask the same of factCounts).
const legsOf = (facts: CapabilityFact[]) =>
  [...new Set(facts.filter((f) => factCounts(f, [])).map((f) => f.leg))].sort(
    (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)
  )

/** Each tool's reach in a fixture of test/fixtures/capabilities. */
const reachIn = (fixture: string) =>
  new Map(
    runGate({
      dir: join(ROOT, 'test', 'fixtures', 'capabilities', fixture),
      today: TODAY
    }).ctx.repo.capabilities.tools.map((t) => [t.tool, t])
  )

/** The legs each of `tools` holds, by its name. */
const legsByTool = (reach: ReturnType<typeof reachIn>, tools: string[]) =>
  Object.fromEntries(tools.map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))

describe.each(Object.keys(EXPECTED))('capabilities per tool in %s', (lang) => {
  const { ctx, result } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('raises each leg on the tool that holds it, and nothing on the others', () => {
    const got = Object.fromEntries(Object.keys(EXPECTED[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(EXPECTED[lang])
  })

  it('finds every handler, and leaves nothing to the server (the decoys raise nothing)', () => {
    for (const t of Object.keys(EXPECTED[lang])) expect(reach.get(t)?.handler, t).toBeDefined()
    expect(ctx.repo.capabilities.server.map((s) => `${s.leg} ${s.via} ${s.at.file}`)).toEqual([])
  })

  it('fails each leg check naming the tool, the evidence and the declaration to write', () => {
    for (const [check, leg] of [
      ['security.private-data', 'privateData'],
      ['security.untrusted-content', 'untrustedContent'],
      ['security.external-communication', 'externalCommunication']
    ] as const) {
      const failed = findingsOf(result.findings, check).filter((f) => f.status === 'failed')
      const tools = Object.entries(EXPECTED[lang])
        .filter(([, legs]) => legs.includes(leg))
        .map(([t]) => t)
      expect(failed.map((f) => /^Tool "([^"]+)"/.exec(f.message)?.[1]).sort(), check).toEqual(tools.sort())
      for (const f of failed) expect(f.fix).toMatch(new RegExp(`${leg}: `))
    }
  })
})

// Low-level servers list their tools apart and dispatch on the name; a helper whose parameter is
// named like a URL but is given a constant, and a constant table of endpoints, stay apart from the caller.
const DISPATCH: Record<string, Record<string, Legs>> = {
  typescript: {
    scrape_page: ['untrustedContent', 'externalCommunication'],
    web_search: ['untrustedContent', 'externalCommunication'],
    report_status: [],
    word_count: [],
    // Compared through a constant that holds the name, and with the literal first.
    fetch_page: ['untrustedContent', 'externalCommunication'],
    ping_url: ['untrustedContent', 'externalCommunication']
  },
  python: {
    fetch_url: ['untrustedContent', 'externalCommunication'],
    post_message: ['externalCommunication'],
    health: [],
    echo: []
  }
}

describe.each(Object.keys(DISPATCH))('a server that dispatches on the tool name, in %s', (lang) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'dispatch', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it("takes each branch as its tool's handler and raises the legs there only", () => {
    const got = Object.fromEntries(Object.keys(DISPATCH[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(DISPATCH[lang])
    for (const t of Object.keys(DISPATCH[lang])) expect(reach.get(t)?.handler, t).toBeDefined()
  })

  it('gives each call to the one branch it is in, not to every tool of the dispatcher', () => {
    const owners = new Map<string, Set<string>>()
    for (const t of Object.keys(DISPATCH[lang]))
      for (const f of reach.get(t)?.facts ?? []) {
        // A helper in another module may serve several branches; the dispatcher's own lines serve one each.
        if (f.at.file !== reach.get(t)?.handler?.file) continue
        const at = `${f.at.file}:${f.at.line}`
        owners.set(at, (owners.get(at) ?? new Set()).add(t))
      }
    expect([...owners].filter(([, tools]) => tools.size > 1)).toEqual([])
  })
})

describe('a client bound in a base class, used by a mixin a package re-exports', () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'mixins', 'python'), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('follows the method two imports away to `self.jira`; only the tool that comments sends', () => {
    expect(legsOf(reach.get('get_issue')?.facts ?? [])).toEqual(['privateData', 'untrustedContent'])
    expect(reach.get('get_issue')!.facts.find((f) => f.leg === 'privateData')!.at.file).toBe('tracker/issues.py')
    // Commenting only writes: the tool sends, it reads nothing back.
    expect(legsOf(reach.get('comment_issue')?.facts ?? [])).toEqual(['externalCommunication'])
    expect(reach.get('comment_issue')!.facts.find((f) => f.leg === 'externalCommunication')!.via).toMatch(
      /issue_add_comment: sends data out/
    )
    expect(legsOf(reach.get('shout')?.facts ?? [])).toEqual([])
    expect(ctx.repo.capabilities.server.filter((s) => s.leg === 'privateData')).toEqual([])
  })

  it('takes a method that reads for no send, though its name holds one (`get_issue_transitions`)', () => {
    expect(reach.get('list_transitions')?.handler).toBeDefined()
    expect(legsOf(reach.get('list_transitions')?.facts ?? [])).not.toContain('externalCommunication')
  })
})

// Two tools on the same client: only the one that reads data back holds the private-data leg.
const READ_WRITE: Record<string, Record<string, Legs>> = {
  typescript: {
    list_customers: ['privateData'],
    create_customer: [],
    find_orders: ['privateData'],
    delete_order: [],
    run_report: ['privateData', 'untrustedContent']
  },
  python: {
    get_issue: ['privateData', 'untrustedContent'],
    create_issue: ['externalCommunication'],
    add_watcher: [],
    get_session: ['privateData'],
    save_session: [],
    read_inbox: ['privateData', 'untrustedContent'],
    send_email: ['externalCommunication']
  }
}

describe.each(Object.keys(READ_WRITE))('reading and only writing through one client, in %s', (lang) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'read-write', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('gives the private-data leg to the tool that reads, not to the one that only writes', () => {
    const got = Object.fromEntries(Object.keys(READ_WRITE[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(READ_WRITE[lang])
  })

  it('leaves a package only written through to its tools, not to the server', () => {
    expect(ctx.repo.capabilities.server.filter((s) => s.leg !== 'externalCommunication')).toEqual([])
  })
})

// A package that names the objects holding others' text (client-go: logs and events): a use that names none of them
// holds private data only, whether its name says it reads (`List`) or says nothing (`ServerVersion`).
describe('content objects of a package', () => {
  it('raises untrusted content only on the tool whose calls name one', () => {
    expect(legsByTool(reachIn('content-objects'), ['pod_logs', 'cluster_version', 'namespaces'])).toEqual({
      pod_logs: ['privateData', 'untrustedContent'],
      cluster_version: ['privateData'],
      namespaces: ['privateData']
    })
  })
})

// A type test on a package's error class (`error instanceof DatabaseError`) names the package and uses nothing of it.
describe('a type test is no use of a package', () => {
  it('leaves the tool that only tests an error class clean, and raises the one that queries', () => {
    expect(legsByTool(reachIn('type-test'), ['status', 'rows'])).toEqual({ status: [], rows: ['privateData'] })
  })
})

// Azure Functions' trigger is an attribute on a parameter of the method it registers, not one before the next method.
describe('a tool registered by an attribute on its parameter', () => {
  it("walks the method the attribute is in: the next tool's fetch is not this one's", () => {
    const reach = reachIn('trigger-parameter')
    expect(legsByTool(reach, ['make_badge', 'preview_page'])).toEqual({
      make_badge: [],
      preview_page: ['untrustedContent', 'externalCommunication']
    })
    expect(reach.get('make_badge')?.handler?.line).toBe(10)
  })
})

// A Go handler whose result is `interface{}` (grafana's `getDashboardProperty`): the braces are its type, not its body.
// And one in another file of the package, handed to a wrapper of the repository (grafana's `manageRulesRead`).
describe('a Go handler that returns interface{}', () => {
  it('is found and walked: its query raises private data there, and the other tool stays clean', () => {
    const reach = reachIn('go-interface-result')
    expect(reach.get('panel_property')?.handler).toBeDefined()
    expect(legsByTool(reach, ['panel_property', 'panel_title'])).toEqual({
      panel_property: ['privateData'],
      panel_title: []
    })
  })

  it("takes a function of the package's other file, handed to the repository's wrapper, as the handler", () => {
    const reach = reachIn('go-interface-result')
    expect(reach.get('panel_note')?.handler).toBeDefined()
    expect(legsByTool(reach, ['panel_note'])).toEqual({ panel_note: ['privateData'] })
    expect(reach.get('panel_note')!.facts[0].at.file).toBe('tools/notes.go')
  })

  it("takes a path joined onto the configured base (`c.baseURL.JoinPath(path).String()`) for that host, not the caller's", () => {
    expect(legsByTool(reachIn('go-interface-result'), ['list_alerts'])).toEqual({ list_alerts: ['privateData'] })
  })
})

// Writing text others read through a tracker's SDK (a comment, a work item) sends it out; deleting,
// watching or queuing writes none. The clients come from another Go package (`sync.OnceValue`, a
// function) and from a C# factory's type argument (`GetClientAsync<WorkItemTrackingHttpClient>()`).
const PUBLISH: Record<string, Record<string, Legs>> = {
  go: {
    get_issue: ['privateData', 'untrustedContent'],
    add_comment: ['externalCommunication'],
    delete_issue: [],
    add_watcher: [],
    get_sprint: ['privateData']
  },
  csharp: {
    get_work_item: ['privateData', 'untrustedContent'],
    create_work_item: ['externalCommunication'],
    queue_build: [],
    list_projects: ['privateData']
  }
}

describe.each(Object.keys(PUBLISH))('writing text others read, in %s', (lang) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'publish', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('raises external communication on the tool that authors a text object, and on no other write', () => {
    const got = Object.fromEntries(Object.keys(PUBLISH[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(PUBLISH[lang])
    const sent = Object.keys(PUBLISH[lang]).find((t) => PUBLISH[lang][t].includes('externalCommunication'))!
    expect(reach.get(sent)!.facts[0].via).toMatch(/writes text others read/)
  })
})

// Go tools made by factories (`server.ServerTool{Tool: mcp.NewTool(…), Handler: …}`) and registered
// elsewhere, whose client comes from a helper in another package of the module.
describe("Go handlers in a factory's struct literal, with the client from another package", () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'go-factory'), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('takes the Handler field as the handler, a lambda or a named function', () => {
    expect(reach.get('list_workspaces')?.handler?.file).toBe('internal/tools/workspaces.go')
    expect(reach.get('delete_workspace')?.handler?.file).toBe('internal/tools/workspaces.go')
    expect(reach.get('server_version')?.handler?.file).toBe('internal/tools/version.go')
  })

  it('follows the client the helper returns: the listing tool reads, the deleting one only writes', () => {
    const names = ['list_workspaces', 'delete_workspace', 'server_version']
    const got = Object.fromEntries(names.map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual({ list_workspaces: ['privateData'], delete_workspace: [], server_version: [] })
    expect(reach.get('list_workspaces')!.facts[0].at).toMatchObject({ file: 'internal/tools/workspaces.go', line: 34 })
    expect(ctx.repo.capabilities.server.filter((s) => s.leg === 'privateData')).toEqual([])
  })
})

// A client made by a function of the file from the data source the caller names, its address from the configuration:
// the caller's argument is a path on that host. The same shape with the address given by the caller is the caller's.
describe.each([
  ['go', 49],
  ['typescript', 27]
])('a URL led by the field of a client a function made, in %s', (lang, line) => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', `client-field-${lang}`)
  const { ctx } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('reads the configured host when the field comes from the configuration, the caller only naming a path', () => {
    expect(legsOf(reach.get('list_namespaces')!.facts)).toEqual(['privateData'])
    expect(reach.get('list_namespaces')!.facts[0]).toMatchObject({ source: 'configured-host', at: { line } })
  })

  it('still fetches where the caller says when the function sets the field from its parameter', () => {
    expect(legsOf(reach.get('probe_target')!.facts)).toEqual(['untrustedContent', 'externalCommunication'])
  })
})

// A URL a function of the file builds: whose it is follows the parameter that leads the value it returns, past the
// early returns that make none (`return "", err`, `return null`), to what the call gives that parameter (and what a
// local given there holds).
describe('a URL built by a function with early returns', () => {
  const caps = (lang: string) =>
    new Map(
      runGate({
        dir: join(ROOT, 'test', 'fixtures', 'capabilities', `client-field-${lang}`),
        today: TODAY
      }).ctx.repo.capabilities.tools.map((t) => [t.tool, t])
    )

  it("is the caller's when its value leads with the caller's address, past a first `return null`", () => {
    const link = caps('typescript').get('fetch_link')!
    expect(legsOf(link.facts)).toEqual(['untrustedContent', 'externalCommunication'])
    expect(link.facts.map((f) => f.source)).toEqual(['caller-url', 'caller-url'])
  })

  it("is the configured host's when it leads with the configured base the call gives (Go `u, err := build(base, id)`)", () => {
    const render = caps('go').get('render_panel')!
    expect(legsOf(render.facts)).toEqual(['privateData'])
    expect(render.facts[0]).toMatchObject({ source: 'configured-host' })
    expect(render.unknownTargets).toEqual([])
  })
})

// A function that registers tools is handed its clients by its caller (`registerTools(server, slack, makeScraper)`):
// the parameters' names and types say nothing, the call site does. A client handed in is that client in the handlers;
// a function handed in is what a handler's call of the parameter runs. A parameter handed a string reaches nothing.
const HANDED_BY_CALLERS: Record<string, Record<string, Legs>> = {
  typescript: {
    read_channel: ['privateData', 'untrustedContent'],
    scrape_page: ['untrustedContent', 'externalCommunication'],
    label: []
  },
  python: {
    get_issue: ['privateData', 'untrustedContent'],
    web_search: ['untrustedContent', 'externalCommunication'],
    label: []
  }
}

describe.each(Object.keys(HANDED_BY_CALLERS))(
  'clients a registering function is handed by its caller, in %s',
  (lang) => {
    const reach = reachIn(`handed-by-callers-${lang}`)

    it('raises what the handed client or function reaches on the tool that uses it, and nothing on the others', () => {
      expect(legsByTool(reach, Object.keys(HANDED_BY_CALLERS[lang]))).toEqual(HANDED_BY_CALLERS[lang])
    })

    it('points at the caller’s file for what a handed function makes', () => {
      const tool = lang === 'typescript' ? 'scrape_page' : 'web_search'
      const made = reach.get(tool)!.facts.find((f) => f.leg === 'untrustedContent')!
      expect(made.at.file).toBe(lang === 'typescript' ? 'src/index.ts' : 'src/tracker/server.py')
    })
  }
)

// A base read from the configuration with a default (`process.env.API_URL || DEFAULT_API_URL`,
// `os.getenv("GITHUB_API_URL", "https://api.github.com")`): a public default is where the server connects unless
// configured otherwise, a service's API there is that service; a default on this machine, or none, is the
// organisation's own service.
describe.each(['typescript', 'python'])('a configured base with a default, in %s', (lang) => {
  const reach = reachIn(`configured-default-${lang}`)
  const own = lang === 'typescript' ? ['list_dashboards', 'list_alerts'] : ['query_metrics']

  it('is the public service it falls back to', () => {
    if (lang === 'typescript') {
      const scrape = reach.get('scrape')!
      expect(legsOf(scrape.facts)).toEqual(['untrustedContent', 'externalCommunication'])
      expect(scrape.facts.find((f) => f.leg === 'externalCommunication')).toMatchObject({ host: 'api.firecrawl.dev' })
    } else {
      const repos = reach.get('list_repositories')!
      expect(repos.facts.find((f) => f.leg === 'privateData')?.via).toContain('its API at api.github.com')
      expect(repos.unknownTargets).toEqual([])
    }
  })

  it('is the organisation’s own service when it falls back to this machine, or to nothing', () => {
    for (const tool of own) {
      expect(legsOf(reach.get(tool)!.facts), tool).toEqual(['privateData'])
      expect(reach.get(tool)!.facts[0], tool).toMatchObject({ source: 'configured-host' })
    }
  })
})

// A URL built away from the call: on a constant another module defines and this one imports, by a function of the
// file (`url = build_search_url(\n query,\n)`, a call over several lines) that leads it with that constant, and
// handed to a helper that makes the request. The tool argument is only a parameter on that host.
const URL_BUILT_ELSEWHERE: Record<string, Record<string, Legs>> = {
  python: {
    search: ['untrustedContent', 'externalCommunication'],
    abstract: ['untrustedContent', 'externalCommunication'],
    word_count: []
  },
  typescript: {
    web_search: ['untrustedContent', 'externalCommunication'],
    extract: ['untrustedContent', 'externalCommunication'],
    word_count: []
  }
}

describe.each(Object.keys(URL_BUILT_ELSEWHERE))('a URL built on an imported constant, in %s', (lang) => {
  const reach = reachIn(`url-built-elsewhere-${lang}`)

  it('goes to the constant’s host, whatever the caller puts in its query', () => {
    expect(legsByTool(reach, Object.keys(URL_BUILT_ELSEWHERE[lang]))).toEqual(URL_BUILT_ELSEWHERE[lang])
    const host = lang === 'python' ? 'export.arxiv.org' : 'api.tavily.com'
    for (const tool of Object.keys(URL_BUILT_ELSEWHERE[lang]).filter((t) => t !== 'word_count')) {
      expect(
        reach.get(tool)!.facts.find((f) => f.leg === 'externalCommunication'),
        tool
      ).toMatchObject({ host })
      expect(reach.get(tool)!.unknownTargets, tool).toEqual([])
    }
  })
})

// A server calling the host its configuration names (an API client built from the environment):
// the organisation's own data, not a channel the caller chooses nor a target it cannot tell.
const CONFIGURED: Record<string, Record<string, Legs>> = {
  typescript: {
    find_projects: ['privateData'],
    find_teams: ['privateData'],
    fetch_page: ['untrustedContent', 'externalCommunication'],
    echo: []
  },
  python: { list_dashboards: ['privateData'], create_annotation: [], api_request: ['privateData'] }
}

describe.each(Object.keys(CONFIGURED))('a call to the host configuration names, in %s', (lang) => {
  const { ctx } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'configured-host', lang),
    today: TODAY
  })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('is private data of the tool that reads through it, with no unknown target', () => {
    const got = Object.fromEntries(Object.keys(CONFIGURED[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(CONFIGURED[lang])
    const first = Object.keys(CONFIGURED[lang])[0]
    expect(reach.get(first)!.facts.find((f) => f.leg === 'privateData')!.source).toBe('configured-host')
    for (const t of Object.keys(CONFIGURED[lang])) expect(reach.get(t)!.unknownTargets, t).toEqual([])
  })

  it.runIf(lang === 'python')('takes a verb the caller chooses as a read that may also write', () => {
    expect(reach.get('api_request')!.writes?.map((w) => `${w.file}:${w.line}`)).toEqual(['monitor/client.py:18'])
    expect(reach.get('list_dashboards')!.writes).toBeUndefined()
  })

  it.runIf(lang === 'typescript')("takes a definition's `async handler()` and follows it through a barrel", () => {
    expect(reach.get('find_teams')?.handler?.file).toBe('src/tools/find-teams.ts')
    expect(reach.get('find_teams')!.facts.find((f) => f.leg === 'privateData')!.at.file).toBe('src/api/client.ts')
  })
})

const VENDOR_FIELD: Record<string, Legs> = {
  retrieve_page: ['privateData', 'untrustedContent'],
  // A page the tool writes text into is read by the workspace.
  append_text: ['externalCommunication'],
  // Users are not among the objects the vendor's entry says others write.
  list_users: ['privateData']
}

describe.each(['typescript', 'python'])("a vendor's API at a base URL kept in the client's field, in %s", (lang) => {
  const { ctx } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'vendor-host-field', lang),
    today: TODAY
  })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('resolves the field to the vendor host and decides each tool by the object it reads or writes', () => {
    const got = Object.fromEntries(Object.keys(VENDOR_FIELD).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(VENDOR_FIELD)
    for (const t of Object.keys(VENDOR_FIELD)) {
      expect(reach.get(t)!.unknownTargets, t).toEqual([])
      for (const f of reach.get(t)!.facts) expect(f.via, t).toContain('its API at api.notion.com')
    }
  })
})

describe("C# tools given the one HttpClient the host registers with the organisation's base address", () => {
  const { ctx, result } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'csharp-base-address'),
    today: TODAY
  })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('sends each relative path to the base address, and decides each tool by what it reads or writes there', () => {
    const got = Object.fromEntries([...reach].map(([t, r]) => [t, legsOf(r.facts)]))
    expect(got).toEqual({
      getWorkItem: ['privateData', 'untrustedContent'],
      getWorkItemTypes: ['privateData'],
      getPullRequestReviewers: ['privateData'],
      listRepositories: ['privateData'],
      // A path built from tool arguments on a fixed base is not a URL the caller chooses.
      getDiffs: ['privateData'],
      addComment: ['externalCommunication'],
      // Through the implicit usings' HttpClient and a global using's blob client.
      getWikiPage: ['privateData', 'untrustedContent'],
      listAttachments: ['privateData'],
      getProject: []
    })
    for (const r of reach.values()) {
      if (r.tool === 'getProject') continue
      expect(r.unknownTargets, r.tool).toEqual([])
      if (r.tool !== 'listAttachments')
        for (const f of r.facts) expect(f.via, r.tool).toContain('its API at dev.azure.com')
    }
  })

  it("takes a URL a method builds on a configured domain as not the caller's, though it cannot tell the host", () => {
    expect(reach.get('getProject')!.unknownTargets.map((u) => `${u.at.file}:${u.at.line}`)).toEqual([
      'Boards/Tools/GitLabTools.cs:17'
    ])
  })

  it('says "cannot tell where" only for the call whose target was not told', () => {
    const warnings = findingsOf(result.findings, 'security.external-communication').filter(
      (f) => f.status === 'warning'
    )
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('GitLabTools.cs:17')])
  })
})

describe('C# tools on a typed HttpClient whose base address the environment gives', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'csharp-configured-base')
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it("takes each relative request to the organisation's own service: a read holds private data, a write nothing", () => {
    const got = Object.fromEntries([...reach].map(([t, r]) => [t, legsOf(r.facts)]))
    expect(got).toEqual({ get_ticket: ['privateData'], list_queues: ['privateData'], add_note: [], ping: [] })
    for (const t of ['get_ticket', 'list_queues', 'add_note']) expect(reach.get(t)!.unknownTargets, t).toEqual([])
    expect(reach.get('get_ticket')!.facts[0].at.file).toBe('Tracker/Services/TrackerClient.cs')
    expect(reach.get('add_note')!.writes?.map((w) => w.file)).toEqual(['Tracker/Services/TrackerClient.cs'])
  })

  it('never passes untrusted content for a read of that service: whether others wrote its text is open', () => {
    const unread = findingsOf(result.findings, 'security.untrusted-content').filter((f) => f.status === 'not verified')
    expect(unread.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /\(it reads the organisation's own service, whose text others may write\): get_ticket, list_queues\.$/
      )
    ])
    expect(findingsOf(result.findings, 'security.trifecta').map((f) => f.status)).toEqual(['not verified'])
  })

  it('assumes no base when another unnamed client is given a written host', () => {
    // A second unnamed client with a written host: relative paths could go to either base, so neither is assumed.
    const twoBases = variant(dir, {
      'Tracker/Services/StatusPage.cs': [
        'namespace Tracker.Services;',
        '',
        'public static class StatusPage',
        '{',
        '    public static readonly HttpClient Client = new HttpClient { BaseAddress = new Uri("https://status.example.com/") };',
        '}'
      ].join('\n')
    })
    const two = runGate({ dir: twoBases, today: TODAY }).ctx.repo.capabilities.tools
    const ticket = two.find((t) => t.tool === 'get_ticket')!
    expect(legsOf(ticket.facts)).toEqual([])
    expect(ticket.unknownTargets.map((u) => u.expression)).toEqual(['path'])
  })
})

describe("Python: modules imported under other names, a local connection's cursor, a client set through `global`", () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'python-bindings')
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('follows each tool into the module its helper comes from and decides it by what it reaches there', () => {
    const got = Object.fromEntries([...reach].map(([t, r]) => [t, legsOf(r.facts.filter((f) => f.source !== 'host'))]))
    expect(got).toEqual({
      // sqlite3's connection is made, then read through the cursor it gives.
      search_contacts: ['privateData'],
      count_contacts: ['privateData'],
      send_note: [],
      bridge_status: [],
      // The Discord client the module holds is the one `on_ready` sets with `global client`.
      read_channel: ['privateData', 'untrustedContent'],
      post_channel: ['privateData', 'externalCommunication'],
      list_roles: ['privateData']
    })
    expect(reach.get('search_contacts')!.facts[0].at.file).toBe('app/store.py')
  })

  it("takes an HTTP response's methods for no request", () => {
    for (const r of reach.values()) expect(r.unknownTargets, r.tool).toEqual([])
    const warnings = findingsOf(result.findings, 'security.external-communication').filter(
      (f) => f.status === 'warning'
    )
    expect(warnings).toEqual([])
  })

  it('never passes a body sent to a service on this machine: where the bridge sends it is its own code', () => {
    const unread = findingsOf(result.findings, 'security.external-communication').filter(
      (f) => f.status === 'not verified'
    )
    expect(unread.map((f) => f.message)).toEqual([
      expect.stringMatching(/\(it writes to a service whose readers the gate cannot tell\): send_note\.$/)
    ])
    expect(reach.get('send_note')!.writes?.map((w) => `${w.file}:${w.line}`)).toEqual(['app/bridge.py:9'])
    expect(reach.get('bridge_status')!.writes).toBeUndefined()
  })
})

describe('TypeScript: a function imported under another name', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript-renamed')
  const { ctx } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it("is the module's function of its own name, not another module's of that name", () => {
    expect(reach.get('find_issues')!.reached.map((r) => r.file)).toEqual(['src/index.ts', 'src/tracker.ts'])
    expect(legsOf(reach.get('find_issues')!.facts)).toEqual(['privateData', 'untrustedContent'])
    expect(reach.get('word_count')!.reached.map((r) => r.file)).toEqual(['src/index.ts', 'src/text.ts'])
    expect(legsOf(reach.get('word_count')!.facts)).toEqual([])
  })
})

describe('TypeScript low-level server: the tools/call switch, and the request context beside the arguments', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript-low-level')
  const { ctx } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it("dispatches each tool in the tools/call handler's switch, not in a loader's switch on the same words", () => {
    expect(reach.get('search')!.handler?.line).toBe(31)
    expect(reach.get('search')!.facts.map((f) => `${f.source} ${f.host}`)).toEqual(['host api.duckduckgo.com'])
    expect(reach.get('status')!.handler?.line).toBe(36)
  })

  it("takes a URL from the request's headers for one the gate cannot resolve, not one the model chose", () => {
    expect(reach.get('status')!.facts).toEqual([])
    expect(reach.get('status')!.unknownTargets.map((u) => u.expression)).toEqual(['upstream'])
  })
})

describe('TypeScript: tools a default export lists, and a module a loader imports at run time', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript-dynamic-loader')
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('finds the tools of `{ tools }` in the tools/list handler, the default export of another module', () => {
    expect(ctx.repo.source.tools.map((t) => `${t.name} ${t.at.file}:${t.at.line}`)).toEqual([
      'notes src/tools.ts:4',
      'weather src/tools.ts:10'
    ])
    const literal = variant(dir, {
      'src/tools.ts': [
        'export default [',
        "  { name: 'notes', description: 'n', inputSchema: { type: 'object' } },",
        "  { name: 'weather', description: 'w', inputSchema: { type: 'object' } }",
        ']'
      ].join('\n')
    })
    expect(runGate({ dir: literal, today: TODAY }).ctx.repo.source.tools.map((t) => t.name)).toEqual([
      'notes',
      'weather'
    ])
  })

  it('never passes a tool that calls into a module the gate could not follow, and says where', () => {
    expect(reach.get('notes')!.unfollowed?.map((u) => `${u.file}:${u.line}`)).toEqual(['src/index.ts:23'])
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      const unread = findingsOf(result.findings, check).filter((f) => f.status === 'not verified')
      expect(
        unread.map((f) => f.message),
        check
      ).toEqual([expect.stringMatching(/\(it calls code of the checkout the gate could not follow\): notes\.$/)])
    }
    expect(reach.get('weather')!.unfollowed).toBeUndefined()
    expect(findingsOf(result.findings, 'security.trifecta').map((f) => f.status)).toEqual(['not verified'])
  })
})

describe('Go: a method of an interface the repository declares, implemented in a package only main imports', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'go-interface-impl')
  const { ctx } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('follows the call to the types that implement it and decides the tool by what they do', () => {
    const create = reach.get('issue_create')!
    expect(create.reached.map((r) => r.file)).toContain('remote/tracker/tracker.go')
    expect(create.facts.map((f) => `${f.leg} ${f.at.file}:${f.at.line}`)).toEqual([
      'externalCommunication remote/tracker/tracker.go:25'
    ])
  })

  it("does not take a library type's method for a repository method of the same name no interface declares", () => {
    const flush = reach.get('cache_flush')!
    expect(new Set(flush.reached.map((r) => r.file))).toEqual(new Set(['server/server.go']))
    expect(flush.facts).toEqual([])
  })
})

describe("C#: a service of the organisation's shared project, outside the checkout", () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'csharp-shared-outside')
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('is code the checkout does not hold, not a library: the tool is never passed', () => {
    expect(reach.get('list_projects')!.missing?.map((m) => `${m.file}:${m.line} ${m.note}`)).toEqual([
      'Tools/BoardTools.cs:16 GetCoreApiAsync: a method of BoardService, of Acme.Boards.Shared.Services, which the checkout does not hold'
    ])
    const unread = findingsOf(result.findings, 'security.private-data').filter((f) => f.status === 'not verified')
    expect(unread.map((f) => f.message)).toEqual([
      expect.stringMatching(/\(it calls code the checkout does not hold\): list_projects\.$/)
    ])
  })

  it('takes the namespace for a library when no project of the checkout references one it lacks', () => {
    const csproj = readFileSync(join(dir, 'Manager.csproj'), 'utf8').replace(/<ProjectReference[^>]*>/, '')
    const alone = variant(dir, { 'Manager.csproj': csproj })
    const tools = runGate({ dir: alone, today: TODAY }).ctx.repo.capabilities.tools
    expect(tools.find((t) => t.tool === 'list_projects')!.missing).toBeUndefined()
  })

  it("leaves the project's own types and the standard library's as they are", () => {
    expect(reach.get('format_title')!.missing).toBeUndefined()
    expect(reach.get('format_title')!.reached.map((r) => r.file)).toContain('Services/TitleFormatter.cs')
    expect(reach.get('count_words')!.missing).toBeUndefined()
  })
})

describe('where a URL made from an expression points', () => {
  it('is decided by its first operand or interpolation, not by a literal prefix', () => {
    expect(leadOf('`${baseUrl}/v2${path}`')).toBe('baseUrl')
    expect(leadOf('f"{url}?q={query}"')).toBe('url')
    expect(leadOf('"https://api.example.com/" + id')).toBe('')
    expect(leadOf('`https://api.example.com/${id}`')).toBe('')
    expect(leadOf('base + "/items/" + id')).toBe('base ')
    expect(leadOf('await args.url')).toBe('args.url')
    // A path joined onto a base points where the base does.
    expect(leadOf('buildURL(c.baseURL, urlPath)')).toBe('c.baseURL')
    expect(leadOf('urllib.parse.urljoin(BASE, path)')).toBe('BASE')
    expect(leadOf('url.JoinPath(target, "api")')).toBe('target')
  })
})

describe('the per-tool matrix in the JSON result, the PR comment and the trifecta', () => {
  const { result } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'python'), today: TODAY })

  it('gives each tool its three legs with their source and first evidence', () => {
    const fetch = result.capabilities.find((r) => r.tool === 'fetch_page')!
    expect(fetch.untrustedContent).toMatchObject({ present: true, sources: ['evidence'], declared: 'none' })
    expect(fetch.untrustedContent.evidence[0]).toMatch(/^server\/main\.py:19 httpx fetches a URL from a tool argument/)
    expect(result.capabilities.find((r) => r.tool === 'add')!.externalCommunication).toEqual({
      present: false,
      sources: [],
      declared: 'none',
      evidence: []
    })
  })

  it('puts a compact table of the tools holding a leg in the comment', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.js')
    const md = renderMarkdown(result)
    expect(md).toContain('| `fetch_page` | 2 of 3 | — | evidence (server/main.py:19) | evidence (server/main.py:19) |')
    // The read is the cursor's (`cur.fetchone()`), the connection it comes from is only made.
    expect(md).toContain('| `lookup_customer` | 1 of 3 | evidence (server/db.py:8) | — | — |')
    expect(md).not.toContain('| `add` |')
  })

  it('names a single tool that holds all three legs first', async () => {
    const { variant } = await import('../support/gate.js')
    const dir = variant(join(ROOT, 'test', 'fixtures', 'capabilities', 'python'), {
      'server/extra.py':
        'import httpx\nimport psycopg2\nfrom server.main import mcp\n\n\n@mcp.tool()\nasync def leak(url: str) -> str:\n    with psycopg2.connect("dbname=crm") as conn:\n        rows = conn.cursor().fetchall()\n    async with httpx.AsyncClient() as client:\n        return (await client.post(url, json=rows)).text\n',
      'golive.yaml': null
    })
    const { writeFileSync, readFileSync } = await import('node:fs')
    writeFileSync(
      join(dir, 'golive.yaml'),
      readFileSync(join(ROOT, 'test', 'fixtures', 'capabilities', 'python', 'golive.yaml'), 'utf8') +
        '  - name: leak\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n'
    )
    const [t] = findingsOf(runGate({ dir, today: TODAY }).result.findings, 'security.trifecta')
    expect(t.status).toBe('failed')
    expect(t.message).toMatch(/^STOP — leak holds all three legs by itself, and the server holds all three legs/)
  })
})

describe('golive.yaml capabilities: a team’s own package', () => {
  it('raises the legs it declares on the tool that uses it, and refuses an entry without a reason at its line', async () => {
    const { variant } = await import('../support/gate.js')
    const { readFileSync, writeFileSync } = await import('node:fs')
    const base = join(ROOT, 'test', 'fixtures', 'capabilities', 'python')
    const dir = variant(base, {
      'server/crm_tool.py':
        'from acme_crm import CrmClient\nfrom server.main import mcp\n\ncrm = CrmClient()\n\n\n@mcp.tool()\ndef crm_lookup(account: str) -> str:\n    return crm.account(account).name\n'
    })
    const yaml =
      readFileSync(join(base, 'golive.yaml'), 'utf8') +
      '  - name: crm_lookup\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\ncapabilities:\n  - package: acme-crm\n    ecosystem: pypi\n    imports: [acme_crm]\n    legs: [privateData]\n    reason: customer accounts\n'
    writeFileSync(join(dir, 'golive.yaml'), yaml)
    const { ctx, result } = runGate({ dir, today: TODAY })
    expect(legsOf(ctx.repo.capabilities.tools.find((t) => t.tool === 'crm_lookup')!.facts)).toEqual(['privateData'])
    expect(
      findingsOf(result.findings, 'security.private-data').map((f) => /^Tool "([^"]+)"/.exec(f.message)?.[1])
    ).toContain('crm_lookup')
    writeFileSync(join(dir, 'golive.yaml'), yaml.replace('    reason: customer accounts\n', ''))
    let problems: { field: string; line: number }[] = []
    try {
      runGate({ dir, today: TODAY })
    } catch (e) {
      problems = (e as { problems: typeof problems }).problems
    }
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'capabilities.0.reason',
        line: yaml.split('\n').indexOf('  - package: acme-crm') + 1
      })
    ])
  })
})

describe('a URL the gate cannot resolve beside a tool whose handler does not lead to it', () => {
  const { ctx, result } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'unresolved'),
    today: TODAY
  })

  it('is kept with the tools registered in its file', () => {
    expect(ctx.repo.capabilities.unresolved.map((u) => `${u.at.file}:${u.at.line} ${u.candidates.join(',')}`)).toEqual([
      'src/Actions/ActionTools.cs:23 run_action'
    ])
  })

  it('leaves the read legs and the trifecta not verified, never passed', () => {
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.trifecta']) {
      const statuses = findingsOf(result.findings, check).map((f) => f.status)
      expect(statuses, check).toContain('not verified')
      expect(statuses, check).not.toContain('passed')
    }
  })
})

describe('a Go handler that is a method of a type no file of the checkout declares', () => {
  const { ctx, result } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'go-missing'), today: TODAY })
  const reach = (tool: string) => ctx.repo.capabilities.tools.find((t) => t.tool === tool)!

  it('marks the tool as calling code the checkout does not hold, naming the method', () => {
    expect(reach('read_note').missing?.map((m) => `${m.file}:${m.line} ${m.note}`)).toEqual([
      'cmd/notes/main.go:15 book.ReadNote: a method of noteBook, which no file of the checkout declares'
    ])
  })

  it('follows a method of a type declared in a grouped type block of another file', () => {
    expect(reach('get_value').missing).toBeUndefined()
    expect(legsOf(reach('get_value').facts)).toEqual(['privateData'])
  })

  it('leaves the unreadable tool not verified, never passed', () => {
    const unread = findingsOf(result.findings, 'security.private-data').filter((f) => f.status === 'not verified')
    expect(unread.map((f) => f.message)).toEqual([expect.stringContaining('does not hold): read_note.')])
  })
})

describe('tools of a list registered in a loop, served from a table of functions named as the tools', () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'handler-table'), today: TODAY })
  const reach = (tool: string) => ctx.repo.capabilities.tools.find((t) => t.tool === tool)!
  const files = (tool: string) => reach(tool).reached.map((r) => `${r.file}:${r.from}`)

  it("takes the loop's registration in another module as each listed tool's handler", () => {
    for (const tool of ['wiki_read_page', 'wiki_add_comment', 'wiki_remove_page', 'search'])
      expect(reach(tool).handler, tool).toMatchObject({ file: 'src/index.ts', line: 11 })
  })

  it('follows each tool into the function of its own name as well', () => {
    expect(files('wiki_read_page')).toContain('src/handlers.ts:7')
    expect(files('wiki_add_comment')).toContain('src/handlers.ts:10')
    // A one-word name says nothing of which function serves it: the decoy `search` is not followed.
    expect(files('search')).toEqual(['src/index.ts:11'])
  })

  it("reads through a helper whose verb is the caller's, and writes without reading", () => {
    expect(legsOf(reach('wiki_read_page').facts)).toEqual(['privateData'])
    expect(legsOf(reach('wiki_add_comment').facts)).toEqual([])
  })

  it('leaves external communication not verified for the tool that writes, whose readers are not known', () => {
    const { result } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'handler-table'), today: TODAY })
    const unread = findingsOf(result.findings, 'security.external-communication').filter(
      (f) => f.status === 'not verified'
    )
    // Not wiki_remove_page: a delete carries nothing out.
    expect(unread.map((f) => f.message)).toEqual([
      expect.stringContaining('(it writes to a service whose readers the gate cannot tell): wiki_add_comment.')
    ])
  })
})

describe("clients made in the server's lifespan and taken from the request context", () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'lifespan-client'), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('gives each tool what it does with the client it takes, and the server nothing untied', () => {
    const got = Object.fromEntries([...reach].map(([t, r]) => [t, legsOf(r.facts)]))
    expect(got).toEqual({ list_orders: ['privateData'], send_receipt: ['externalCommunication'], word_count: [] })
    expect(reach.get('list_orders')!.facts[0].at).toMatchObject({ file: 'orders/server.py', line: 36 })
    expect(ctx.repo.capabilities.server).toEqual([])
  })
})

describe('a low-level Python server whose tool objects name their handler', () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'python-tool-objects'), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it("takes the function the object's handler keyword names, and follows it", () => {
    expect(reach.get('list_orders')!.handler).toMatchObject({ file: 'orders/server.py', line: 18 })
    expect(reach.get('echo')!.handler).toMatchObject({ file: 'orders/server.py', line: 23 })
    const got = Object.fromEntries([...reach].map(([t, r]) => [t, legsOf(r.facts)]))
    expect(got).toEqual({ list_orders: ['privateData'], echo: [] })
  })
})

describe('a statement the caller writes, run through a client a builder made', () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'caller-statement'), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('gives untrusted content to the tool that reads with it, not to the one that only creates', () => {
    expect(legsOf(reach.get('read_query')!.facts)).toEqual(['privateData', 'untrustedContent'])
    expect(legsOf(reach.get('create_table')!.facts)).not.toContain('untrustedContent')
  })
})

describe.each(['python', 'typescript'])('a tool that starts a program, in %s', (lang) => {
  const { ctx, result } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'programs', lang),
    today: TODAY
  })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('uses a program whose reach is known as a package: the tool says whether it reads or writes', () => {
    expect(legsOf(reach.get('list_issues')!.facts)).toEqual(['privateData', 'untrustedContent'])
    expect(reach.get('list_issues')!.facts[0].via).toContain('(run as the gh program)')
    if (lang === 'python') expect(legsOf(reach.get('create_issue')!.facts)).toEqual(['externalCommunication'])
    expect(reach.get('list_issues')!.programs).toBeUndefined()
  })

  it('names any other program it starts', () => {
    expect(reach.get('sync')!.programs?.map((p) => p.note)).toEqual(['starts "acme-sync"'])
    expect(reach.get('word_count')!.programs).toBeUndefined()
  })

  it("leaves every leg the other program's tool denies not verified, never passed", () => {
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      const unread = findingsOf(result.findings, check).filter((f) => f.status === 'not verified')
      expect(
        unread.map((f) => f.message),
        check
      ).toEqual([expect.stringContaining('(it runs a program whose reach the gate cannot read): sync.')])
      expect(
        findingsOf(result.findings, check).map((f) => f.status),
        check
      ).not.toContain('passed')
    }
  })
})

describe('a package that sends, reached through a context no handler can be followed through', () => {
  const { result } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'untied-sender'), today: TODAY })

  it('leaves external communication and the trifecta not verified, never passed', () => {
    for (const check of ['security.external-communication', 'security.trifecta']) {
      const statuses = findingsOf(result.findings, check).map((f) => f.status)
      expect(statuses, check).toContain('not verified')
      expect(statuses, check).not.toContain('passed')
    }
    expect(
      findingsOf(result.findings, 'security.external-communication').find((f) => f.status === 'not verified')?.message
    ).toContain('(it may use a package that sends, in code no handler was followed to): send_report, word_count.')
  })
})

describe('JDBC statements made by the connection', () => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'jdbc'), today: TODAY })
  const legs = (tool: string) => legsOf(ctx.repo.capabilities.tools.find((t) => t.tool === tool)?.facts ?? [])

  it('gives untrusted content to the tools that run a statement their caller writes', () => {
    expect(legs('read_query')).toEqual(['privateData', 'untrustedContent'])
    expect(legs('prepared_query')).toEqual(['privateData', 'untrustedContent'])
  })

  it('gives a fixed statement private data only', () => {
    expect(legs('count_orders')).toEqual(['privateData'])
  })
})

describe('a request body sent to a URL the gate cannot resolve', () => {
  const { ctx, result } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'unresolved-send'),
    today: TODAY
  })
  const sending = (tool: string) =>
    ctx.repo.capabilities.tools.find((t) => t.tool === tool)!.unknownTargets.filter((u) => u.sends)

  it('marks the POST as sending and the GET as not', () => {
    expect(sending('publish_note').map((u) => `${u.at.file}:${u.at.line}`)).toEqual(['notes/server.py:30'])
    expect(sending('fetch_note')).toEqual([])
  })

  it('leaves external communication not verified for the sending tool only', () => {
    const unread = findingsOf(result.findings, 'security.external-communication').filter(
      (f) => f.status === 'not verified'
    )
    expect(unread.map((f) => f.message)).toEqual([
      expect.stringContaining('(it sends to a URL the gate cannot resolve): publish_note.')
    ])
    expect(unread[0].evidence.map((e) => ('file' in e ? `${e.file}:${e.line}` : ''))).toContain('notes/server.py:30')
  })

  it('does not pass the trifecta when the sending tool may be its third leg', () => {
    const statuses = findingsOf(result.findings, 'security.trifecta').map((f) => f.status)
    expect(statuses).toEqual(['not verified'])
  })
})

describe('a low-level server that finds the handler in a table by the name', () => {
  const { ctx, result } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'table-dispatch'),
    today: TODAY
  })

  it('takes no comparison with the name as a branch of one tool', () => {
    for (const t of ctx.repo.capabilities.tools) expect(t.handler, t.tool).toBeUndefined()
  })

  it('leaves the legs not verified, never passed', () => {
    for (const check of ['security.private-data', 'security.trifecta'])
      expect(
        findingsOf(result.findings, check).map((f) => f.status),
        check
      ).not.toContain('passed')
  })
})

// A browser, in the five languages, brings page text back only when a tool reads the page; going where the caller
// says is untrusted content and external communication, a page the server chooses is its host; Playwright’s request
// context is an HTTP client. The page is also handed to a callback whose type the helper declares (`(page: Page) => …`).
const BROWSER: Record<string, Record<string, Legs>> = {
  typescript: {
    page_text: ['untrustedContent'],
    click: [],
    go_forward: [],
    open_url: ['untrustedContent', 'externalCommunication'],
    open_docs: ['externalCommunication'],
    visible_html: ['untrustedContent'],
    fetch_api: ['untrustedContent', 'externalCommunication'],
    fill: ['externalCommunication'],
    // A file of the server's disk handed to the page, not read back: private data, and where it goes is the page's.
    upload_file: ['privateData', 'externalCommunication'],
    run_script: ['untrustedContent', 'externalCommunication'],
    text_of: ['untrustedContent'],
    word_count: []
  },
  python: {
    page_text: ['untrustedContent'],
    click: [],
    open_url: ['untrustedContent', 'externalCommunication'],
    open_docs: ['externalCommunication'],
    upload_file: ['privateData', 'externalCommunication'],
    heading: ['untrustedContent'],
    page_source: ['untrustedContent'],
    visit: ['untrustedContent', 'externalCommunication'],
    press_enter: [],
    type_text: ['externalCommunication'],
    run_script: ['untrustedContent', 'externalCommunication'],
    value_of: ['untrustedContent'],
    echo: []
  },
  go: {
    page_text: ['untrustedContent'],
    click: [],
    open_url: ['untrustedContent', 'externalCommunication'],
    open_docs: ['externalCommunication'],
    type_text: ['externalCommunication']
  },
  java: {
    page_text: ['untrustedContent'],
    click: [],
    open_url: ['untrustedContent', 'externalCommunication'],
    open_docs: ['externalCommunication'],
    type_text: ['externalCommunication']
  },
  csharp: {
    page_text: ['untrustedContent'],
    click: [],
    open_url: ['untrustedContent', 'externalCommunication'],
    open_docs: ['externalCommunication'],
    type_text: ['externalCommunication']
  }
}

describe.each(Object.keys(BROWSER))('reading a page, acting on it and where it goes, in %s', (lang) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'browser', lang), today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('raises untrusted content on the tools that read page text, not on those that only act', () => {
    const got = Object.fromEntries(Object.keys(BROWSER[lang]).map((t) => [t, legsOf(reach.get(t)?.facts ?? [])]))
    expect(got).toEqual(BROWSER[lang])
  })

  it("takes a caller's URL as the caller's choice and a written one as its host", () => {
    expect(reach.get('open_url')!.facts.map((f) => f.source)).toEqual(['caller-url', 'caller-url'])
    expect(reach.get('open_docs')!.facts.map((f) => [f.source, f.host])).toEqual([['host', 'docs.acme-widgets.com']])
    for (const t of Object.keys(BROWSER[lang])) expect(reach.get(t)!.unknownTargets, t).toEqual([])
    expect(ctx.repo.capabilities.server).toEqual([])
  })
})

/** Per language: the implementation a call through the interface reaches, the test folder, the unimplemented call. */
const IMPLEMENTED: Record<string, { impl: string; tests: string; unimplemented: string }> = {
  java: {
    impl: 'src/main/java/com/example/ledger/http/HttpInvoiceApi.java',
    tests: 'src/test/',
    unimplemented:
      'src/main/java/com/example/ledger/tools/LedgerTools.java:35 noteViewed: a method of ViewLog, which no class of the checkout implements'
  },
  csharp: {
    impl: 'Ledger/Http/HttpGateway.cs',
    tests: 'tests/',
    unimplemented:
      'Ledger/Tools/LedgerTools.cs:30 NoteViewedAsync: a method of IViewLog, which no class of the checkout implements'
  },
  typescript: {
    impl: 'src/http/http-invoice-api.ts',
    tests: 'test/',
    unimplemented:
      'src/tools/ledger-tools.ts:19 noteViewed: a method of ViewLog, which no class of the checkout implements'
  }
}

describe.each(Object.keys(IMPLEMENTED))('a call through an interface the tools are given, in %s', (lang) => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'interface-impl', lang)
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = (tool: string) => ctx.repo.capabilities.tools.find((t) => t.tool === tool)!
  const { impl, tests, unimplemented } = IMPLEMENTED[lang]

  it("reaches the implementation's request to the configured service: private data, nothing else", () => {
    expect(legsOf(reach('get_invoice').facts)).toEqual(['privateData'])
    expect(reach('get_invoice').facts.map((f) => `${f.source} ${f.at.file}`)).toEqual([`configured-host ${impl}`])
    expect(reach('get_invoice').unknownTargets).toEqual([])
  })

  it('follows the implementation in the source, never the one in a test folder', () => {
    const files = reach('get_invoice').reached.map((r) => r.file)
    expect(files).toContain(impl)
    expect(files.filter((f) => f.startsWith(tests))).toEqual([])
  })

  it('marks a method no class of the checkout implements as code it cannot read', () => {
    expect(reach('record_view').missing?.map((m) => `${m.file}:${m.line} ${m.note}`)).toEqual([unimplemented])
    expect(legsOf(reach('record_view').facts)).toEqual([])
  })

  it('leaves that tool not verified on every leg, never passed', () => {
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      // The invoice reads are not verified for untrusted content on their own: the service is the organisation's.
      const unread = findingsOf(result.findings, check).filter(
        (f) => f.status === 'not verified' && !f.message.includes("the organisation's own service")
      )
      expect(
        unread.map((f) => f.message),
        check
      ).toEqual([expect.stringContaining('(it calls code the checkout does not hold): record_view.')])
    }
  })

  it.runIf(lang === 'java')('types a chain of calls by what each returns, through a provider interface', () => {
    // `ledger.get().accounts().listAll()`: LedgerServer.get() returns a Ledger, whose accounts() an AccountsApi.
    expect(legsOf(reach('list_accounts').facts)).toEqual(['privateData'])
    expect(reach('list_accounts').reached.map((r) => r.file)).toEqual(
      expect.arrayContaining([
        'src/main/java/com/example/ledger/LedgerServer.java',
        'src/main/java/com/example/ledger/api/AccountsApi.java',
        'src/main/java/com/example/ledger/http/OkLedgerHttp.java'
      ])
    )
  })

  it.runIf(lang === 'csharp')(
    "takes a URL a service builds on a base it cannot place as unresolved, not the caller's",
    () => {
      const root = variant(dir, {
        'Ledger/Services/InvoiceService.cs': readFileSync(
          join(dir, 'Ledger/Services/InvoiceService.cs'),
          'utf8'
        ).replace('_settings.BaseUrl', '_settings.Root')
      })
      const other = runGate({ dir: root, today: TODAY }).ctx.repo.capabilities.tools.find(
        (t) => t.tool === 'get_invoice'
      )!
      expect(legsOf(other.facts)).toEqual([])
      expect([...new Set(other.unknownTargets.map((u) => `${u.at.file}:${u.at.line}`))]).toEqual([`${impl}:16`])
    }
  )

  it.runIf(lang === 'csharp')('follows up to three implementations, none of one that many classes implement', () => {
    const gateways = (names: string[]) =>
      Object.fromEntries(
        names.map((n) => [
          `Ledger/Http/Gateway${n}.cs`,
          `namespace Ledger.Http;\n\npublic sealed class Gateway${n} : Ledger.Interfaces.IHttpGateway\n{\n` +
            `    public Task<string> GetAsync(string url)\n    {\n        return File.ReadAllTextAsync(url);\n    }\n}\n`
        ])
      )
    const reached = (names: string[]) =>
      runGate({ dir: variant(dir, gateways(names)), today: TODAY })
        .ctx.repo.capabilities.tools.find((t) => t.tool === 'get_invoice')!
        .reached.map((r) => r.file)
        .filter((f) => f.startsWith('Ledger/Http/'))
    expect(new Set(reached(['B', 'C']))).toEqual(new Set([impl, 'Ledger/Http/GatewayB.cs', 'Ledger/Http/GatewayC.cs']))
    // Five classes: a plugin point (each tool's own), not an injected service.
    expect(reached(['B', 'C', 'D', 'E'])).toEqual([])
  })
})

// A script of the repository's CI reads issues and posts to a URL it is given: the workflow's, not the server's.
const CI_SCRIPT = `import { Octokit } from '@octokit/rest'

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN })

export async function releaseNotes(url) {
  const issues = await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'voice' })
  const res = await fetch(url, { method: 'POST', body: JSON.stringify(issues.data) })
  return res.status
}
`

describe('a CI script beside the server', () => {
  const base = join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript')
  const serverFacts = (path: string) => {
    const { ctx, result } = runGate({ dir: variant(base, { [path]: CI_SCRIPT }), today: TODAY })
    const facts = ctx.repo.capabilities.server.filter((f) => f.at.file === path)
    const findings = result.findings.filter(
      (f) =>
        f.check.startsWith('security.') &&
        f.status !== 'passed' &&
        f.evidence.some((e) => 'file' in e && e.file === path)
    )
    return { facts, findings }
  }

  it('raises nothing for the server from `.github/scripts`', () => {
    const { facts, findings } = serverFacts('.github/scripts/release-notes.mjs')
    expect(facts).toEqual([])
    expect(findings).toEqual([])
  })

  it('raises the same code as the server’s when it sits in the server’s source', () => {
    const { facts } = serverFacts('src/release-notes.mjs')
    expect(new Set(facts.map((f) => f.leg))).toEqual(
      new Set(['privateData', 'untrustedContent', 'externalCommunication'])
    )
  })
})

// Microsoft Graph's objects: a directory read holds private data only; a message read holds others' text; a post
// through `client.api(path)` (a call that names no object) publishes what the tool's name says it writes.
describe('Microsoft Graph through the JavaScript client', () => {
  const base = join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript')
  const dir = variant(base, {
    'src/teams.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { Client } from '@microsoft/microsoft-graph-client'
import { z } from 'zod'

const server = new McpServer({ name: 'teams', version: '1.0.0' })
const client = Client.init({ authProvider: (done) => done(null, process.env.GRAPH_TOKEN ?? '') })

server.registerTool('search_users', { inputSchema: { q: z.string() } }, async ({ q }) => {
  const users = await client.api('/users').filter(\`startswith(displayName,'\${q}')\`).get()
  return { content: [{ type: 'text', text: JSON.stringify(users.value) }] }
})

server.registerTool('get_chat_messages', { inputSchema: { chatId: z.string() } }, async ({ chatId }) => {
  const messages = await client.api(\`/chats/\${chatId}/messages\`).get()
  return { content: [{ type: 'text', text: JSON.stringify(messages.value) }] }
})

server.registerTool('send_chat_message', { inputSchema: { chatId: z.string(), text: z.string() } }, async ({ chatId, text }) => {
  await client.api(\`/chats/\${chatId}/messages\`).post({ body: { content: text } })
  return { content: [{ type: 'text', text: 'sent' }] }
})
`
  })
  const { ctx } = runGate({ dir, today: TODAY })
  const legs = (tool: string) => legsOf(ctx.repo.capabilities.tools.find((t) => t.tool === tool)?.facts ?? [])

  it('reads the directory as private data, messages as others’ text too, and a post as sent', () => {
    expect(legs('search_users')).toEqual(['privateData'])
    expect(legs('get_chat_messages')).toEqual(['privateData', 'untrustedContent'])
    expect(legs('send_chat_message')).toEqual(['externalCommunication'])
  })
})

// Making a client is not using it: a constructor that assigns a lazily made Graph client (a type argument, a
// `new` with nothing called) gives no leg to the tools that reach it; what each tool calls on it decides.
describe('a client made in a constructor every tool reaches, in csharp', () => {
  const base = join(ROOT, 'test', 'fixtures', 'capabilities', 'csharp')
  const dir = variant(base, {
    'src/CapsServer/MailTools.cs': `using System.ComponentModel;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using ModelContextProtocol.Server;

namespace CapsServer;

public sealed class Mailbox
{
    private readonly Lazy<GraphServiceClient> _graph;

    public Mailbox()
    {
        _graph = new Lazy<GraphServiceClient>(() =>
            new GraphServiceClient(new BearerProvider(Environment.GetEnvironmentVariable("GRAPH_TOKEN"))));
    }

    private GraphServiceClient Graph => _graph.Value;

    public async Task<string> ListMessages() => (await Graph.Me.Messages.GetAsync())!.ToString()!;

    public async Task DeleteContact(string id) => await Graph.Me.Contacts[id].DeleteAsync();
}

[McpServerToolType]
public sealed class MailTools
{
    [McpServerTool(Name = "mail_list"), Description("Lists mail.")]
    public static Task<string> MailList() => new Mailbox().ListMessages();

    [McpServerTool(Name = "mailbox_open"), Description("Opens the mailbox.")]
    public static string MailboxOpen()
    {
        var mailbox = new Mailbox();
        return mailbox.GetHashCode().ToString();
    }

    [McpServerTool(Name = "contact_delete"), Description("Deletes a contact.")]
    public static async Task<string> ContactDelete(string id)
    {
        await new Mailbox().DeleteContact(id);
        return "deleted";
    }
}
`
  })
  const yaml =
    readFileSync(join(base, 'golive.yaml'), 'utf8') +
    '  - name: mail_list\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n' +
    '  - name: contact_delete\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n' +
    '  - name: mailbox_open\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n'
  writeFileSync(join(dir, 'golive.yaml'), yaml)
  const { ctx } = runGate({ dir, today: TODAY })
  const legs = (tool: string) => legsOf(ctx.repo.capabilities.tools.find((t) => t.tool === tool)?.facts ?? [])

  it('raises the read legs on the tool that reads, and none on those that only delete or make it', () => {
    expect(legs('mail_list')).toEqual(['privateData', 'untrustedContent'])
    expect(legs('contact_delete')).toEqual([])
    // Only the client's making is on its way: no leg.
    expect(legs('mailbox_open')).toEqual([])
  })
})

// Idioms from held-out public servers (round 13), each in a fixture of our own: a Go framework the gate does not
// list, known by the protocol's types, whose tool literal sits beside its handler; a C# API client split into
// partial classes behind an interface, sending HttpRequestMessages on a configured base address; a Spring
// `@ConfigurationProperties` URL given to Hutool's client; a Python package that re-exports its handlers.
describe('tools and legs through frameworks, partial classes, configuration beans and re-exports', () => {
  const legsIn = (dir: string) => {
    const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', dir), today: TODAY })
    return {
      ctx,
      legs: Object.fromEntries(ctx.repo.capabilities.tools.map((t) => [t.tool, legsOf(t.facts)])),
      reach: new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))
    }
  }

  it('finds the tools of an SDK it does not list by the protocol types, and takes the function beside each as its handler', () => {
    const { ctx, legs, reach } = legsIn('go-unknown-sdk')
    expect(ctx.repo.source.tools.map((t) => t.name).sort()).toEqual(['get-pod-logs', 'list-namespaces', 'server-time'])
    // A pod's log is text its workload was sent; a namespace list is the cluster's own data.
    expect(legs).toEqual({
      'list-namespaces': ['privateData'],
      'get-pod-logs': ['privateData', 'untrustedContent'],
      'server-time': []
    })
    expect(reach.get('list-namespaces')!.handler).toMatchObject({ file: 'internal/tools/namespaces.go', line: 14 })
  })

  it('follows an interface into every file of a partial class: a GET reads the configured service, a POST writes, a DELETE neither', () => {
    const { legs, reach } = legsIn('csharp-partial-client')
    expect(legs).toEqual({ wiki_pages_list: ['privateData'], wiki_pages_create: [], wiki_pages_delete: [] })
    expect(reach.get('wiki_pages_list')!.facts[0]).toMatchObject({
      source: 'configured-host',
      at: { file: 'src/Wiki/Api/WikiClient.cs', line: 23 }
    })
    expect(reach.get('wiki_pages_create')!.writes).toHaveLength(1)
    // The page id in a DELETE's path is no host the caller chooses, and nothing is read back.
    expect(reach.get('wiki_pages_delete')!.writes).toBeUndefined()
    expect(reach.get('wiki_pages_delete')!.unknownTargets).toEqual([])
  })

  it("resolves a configuration bean's URL from application.yml, so the post goes to that host", () => {
    const { legs, reach } = legsIn('java-config-properties')
    expect(legs).toEqual({ send: ['externalCommunication'] })
    expect(reach.get('send')!.facts[0]).toMatchObject({ host: 'api.pushnotes.io', source: 'host' })
  })

  // The tool's description draws arrows (`search_papers -> download_paper`): no lambda, so the dispatch is the handler.
  it('follows a handler re-exported by the package, past a module that imports the server back, into a helper typed to return a response', () => {
    const { legs, reach } = legsIn('python-reexport')
    expect(reach.get('search_papers')!.handler?.file).toBe('src/papers/server.py')
    expect(legs).toEqual({ search_papers: ['untrustedContent', 'externalCommunication'] })
    expect(reach.get('search_papers')!.facts[0].at.file).toBe('src/papers/tools/search.py')
  })
})

// A base class that registers `this.name` through a cast (`(server.registerTool as …)(this.name, …)`), and concrete
// subclasses that name their tools with a `static toolName`, a literal or an imported constant.
describe('tools written as subclasses of a registering base class', () => {
  const { ctx } = runGate({
    dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'typescript-class-tools'),
    today: TODAY
  })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('names each concrete subclass, through an abstract class between, and no other', () => {
    const names = ctx.repo.source.tools.filter((t) => !t.computed).map((t) => t.name)
    expect(names.sort()).toEqual(['fetch-page', 'list-issues', 'list-orders', 'server-time'])
    expect(ctx.repo.source.tools.find((t) => t.name === 'list-orders')!.at).toMatchObject({
      file: 'src/tools/listOrders.ts',
      line: 9
    })
  })

  it("follows each subclass's run method for its legs", () => {
    const got = Object.fromEntries(
      ['fetch-page', 'list-issues', 'list-orders', 'server-time'].map((t) => [t, legsOf(reach.get(t)?.facts ?? [])])
    )
    expect(got).toEqual({
      'fetch-page': ['untrustedContent', 'externalCommunication'],
      // `this.tracker.listIssues(…)`: the member's type is written by a getter of the base class, in another file.
      'list-issues': ['privateData', 'untrustedContent'],
      'list-orders': ['privateData'],
      'server-time': []
    })
  })
})

// A tool whose code goes on past the bound of functions the gate follows from one tool: the rest is unread.
describe('a tool that calls more functions than the walk follows', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'capabilities', 'walk-bound')
  const { ctx, result } = runGate({ dir, today: TODAY })
  const reach = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))

  it('says where the walk stopped, and never passes the legs the rest could hold', () => {
    const full = reach.get('full-report')!
    expect(full.facts).toEqual([])
    expect(full.truncated?.map((t) => `${t.file}:${t.line}`)).toEqual([expect.stringMatching(/^src\/steps\.ts:\d+$/)])
    for (const check of ['security.private-data', 'security.untrusted-content', 'security.external-communication']) {
      const unread = findingsOf(result.findings, check).filter((f) => f.status === 'not verified')
      expect(
        unread.map((f) => f.message),
        check
      ).toEqual([expect.stringMatching(/\(it calls more code than the gate follows for one tool\): full-report\.$/)])
    }
  })

  it('passes the tool whose few calls were all followed', () => {
    expect(reach.get('short-report')!.truncated).toBeUndefined()
    expect(reach.get('short-report')!.reached.map((r) => r.file)).toContain('src/steps.ts')
  })
})
