// inventory.url starts nothing, but the pull request writes it: under pull_request_target, and in
// the CLI without --inventory, the gate asks only loopback addresses (and follows no redirect out
// of the origin), so a pull request cannot point it at a service of the runner's network (a
// metadata endpoint, an internal API) and have the answer parsed and quoted.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { afterAll, describe, expect, it } from 'vitest'
import { cli as cliInProcess } from '../../src/cli.js'
import { isLoopbackUrl } from '../../src/evidence/inventory.js'
import type { Finding } from '../../src/findings.js'
import { runGateWithInventory } from '../../src/run.js'
import { runAction } from '../support/action-run.js'
import { startFakeGitHub } from '../support/fake-github.js'
import { ROOT, TODAY } from '../support/gate.js'

const TS = join(ROOT, 'test', 'fixtures', 'inventory', 'ts-server')
const CONTEXT = 'under pull_request_target the pull request writes this address'
const toolsFindings = (findings: Finding[]) => findings.filter((f) => f.check === 'security.tools-declared')
/** This machine's first address that is not loopback (the runner's network), if it has one. */
const outward = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === 'IPv4')?.address

const servers: Server[] = []
afterAll(async () => {
  for (const s of servers) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

/** An MCP server serving the fixture's three tools on `host`; `hits` counts the requests it got. */
async function mcpServer(host: string, handle?: (req: IncomingMessage, res: ServerResponse) => boolean) {
  const hits: string[] = []
  const server = createServer(async (req, res) => {
    hits.push(`${req.method} ${req.url}`)
    if (handle?.(req, res)) return
    if (req.method !== 'POST') return void res.writeHead(405).end()
    const mcp = new McpServer({ name: 'tickets', version: '1.0.0' })
    for (const name of ['search_tickets', 'create_ticket', 'tickets_purge'])
      mcp.registerTool(name, { description: 'x' }, async () => ({ content: [] }))
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
    await mcp.connect(transport)
    await transport.handleRequest(req, res)
  })
  await new Promise<void>((r) => server.listen(0, host, r))
  servers.push(server)
  const { port } = server.address() as AddressInfo
  return { url: `http://${host}:${port}/mcp`, hits }
}

/** The TypeScript fixture with inventory.url in place of its command. */
function withUrl(url: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'golive-url-'))
  cpSync(TS, ws, { recursive: true })
  writeFileSync(
    join(ws, 'golive.yaml'),
    readFileSync(join(TS, 'golive.yaml'), 'utf8').replace('command: [node, server.mjs]', `url: ${url}`)
  )
  return ws
}

const run = async (ws: string, loopbackOnly?: string) =>
  (
    await runGateWithInventory(
      { dir: ws, today: TODAY },
      { timeoutS: 5, env: process.env, ...(loopbackOnly ? { loopbackOnly } : {}) }
    )
  ).result

describe('which addresses are loopback', () => {
  it('127.0.0.0/8 in any form the URL parser reads, [::1] and localhost; nothing else', () => {
    for (const url of [
      'http://127.0.0.1:8080/mcp',
      'http://127.9.8.7/',
      'http://2130706433/',
      'http://0x7f.1/',
      'http://127.1/',
      'http://[::1]:3000/mcp',
      'http://LOCALHOST/mcp'
    ])
      expect(isLoopbackUrl(url), url).toBe(true)
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/mcp',
      'http://0.0.0.0/',
      'http://[::]/',
      'http://localhost.example.com/',
      'http://127.0.0.1.nip.io/',
      'http://192.168.1.1/',
      'http://[fd00::2]/',
      'not a url'
    ])
      expect(isLoopbackUrl(url), url).toBe(false)
  })
})

describe('only loopback is asked where the pull request writes the address', () => {
  it("an address of the runner's network is not asked: not verified, saying why, and it blocks", async () => {
    const target = outward ? await mcpServer(outward) : { url: 'http://10.255.255.1:8080/mcp', hits: [] as string[] }
    const r = await run(withUrl(target.url), CONTEXT)
    const nv = toolsFindings(r.findings).find((f) => f.status === 'not verified')
    expect(nv?.reason).toContain('inventory.url is not a loopback address')
    expect(nv?.reason).toContain('pull_request_target')
    expect(nv?.blocking).toBe(true)
    expect(r.tools.every((t) => t.served === null)).toBe(true)
    expect(target.hits).toEqual([])
    // Where the address may be asked (pull_request, the CLI with --inventory), the same server answers.
    if (outward) {
      const allowed = await run(withUrl(target.url))
      expect(target.hits.length).toBeGreaterThan(0)
      expect(allowed.tools.every((t) => t.served === true)).toBe(true)
    }
  })

  it('a loopback server is asked, and its tools compared', async () => {
    const local = await mcpServer('127.0.0.1')
    const r = await run(withUrl(local.url), CONTEXT)
    expect(local.hits.length).toBeGreaterThan(0)
    expect(r.tools.map((t) => [t.name, t.served])).toEqual([
      ['search_tickets', true],
      ['create_ticket', true],
      ['tickets_purge', true]
    ])
  })

  // The SDK follows redirects within the origin only (redirectPolicy 'same-origin', set explicitly).
  it('a loopback address that redirects elsewhere is not followed', async () => {
    const elsewhere = await mcpServer('127.0.0.1')
    const redirecting = await mcpServer(
      '127.0.0.1',
      (_req, res) => (res.writeHead(307, { location: elsewhere.url }).end(), true)
    )
    const r = await run(withUrl(redirecting.url), CONTEXT)
    expect(redirecting.hits.length).toBeGreaterThan(0)
    expect(elsewhere.hits).toEqual([])
    expect(toolsFindings(r.findings).some((f) => f.status === 'not verified')).toBe(true)
  })

  it('the CLI without --inventory asks only loopback; with it, the address', async () => {
    const ws = withUrl('http://10.255.255.1:8080/mcp')
    let out = ''
    const code = await cliInProcess(['check', ws, '--format', 'json', '--today', TODAY], {
      out: (s) => (out += s),
      err: () => {},
      isTTY: false,
      env: process.env
    })
    expect(code).toBe(1)
    const nv = toolsFindings(JSON.parse(out).findings).find((f) => f.status === 'not verified')
    expect(nv?.reason).toContain('inventory.url is not a loopback address')
    expect(nv?.reason).toContain('--inventory')
  })

  it('the action under pull_request_target refuses it, and under pull_request asks it', async () => {
    const api = await startFakeGitHub()
    try {
      for (const [event, refused] of [
        ['pull_request_target', true],
        ['pull_request', false]
      ] as const) {
        const r = await runAction(process.execPath, api, {
          ws: withUrl('http://10.255.255.1:8080/mcp'),
          eventName: event,
          inputs: { 'inventory-timeout': '2' }
        })
        const result = JSON.parse(readFileSync(join(r.ws, '.golive', 'golive-result.json'), 'utf8'))
        const reason = toolsFindings(result.findings).find((f) => f.status === 'not verified')?.reason ?? ''
        expect(reason.includes('not a loopback address'), `${event}: ${reason}`).toBe(refused)
      }
    } finally {
      await api.close()
    }
  })
})
