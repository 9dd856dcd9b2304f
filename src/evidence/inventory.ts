// The served inventory: what the MCP server itself answers to `tools/list`, read with the
// official client (golive.yaml `inventory`). A server started from the checkout runs in a
// process group of its own with an environment of PATH, HOME and the placeholders golive.yaml
// names, under a time limit, and the whole group is killed on every path. The SDK is loaded
// only when an inventory is configured: a check without one never pays for it.
import { spawn, type ChildProcess } from 'node:child_process'
import { lstatSync, openSync, readSync, closeSync, realpathSync, fstatSync } from 'node:fs'
import { resolve } from 'node:path'
import { parentPort } from 'node:worker_threads'
import type { InventoryConfig } from '../config/schema.js'
import { redactSecrets } from '../secrets/redact.js'
import { gateThreadData } from '../gate-thread.js'
import { isInside } from './repository.js'

export interface ToolAnnotations {
  readOnlyHint?: boolean
  destructiveHint?: boolean
  idempotentHint?: boolean
  openWorldHint?: boolean
}

/** One tool as the server serves it (or as a `file` inventory records it). */
export interface ServedTool {
  name: string
  title?: string
  description?: string
  inputSchema?: unknown
  /** Only the four hints, and only those the server set: a missing hint is not evidence. */
  annotations?: ToolAnnotations
}

export type InventorySource = 'command' | 'url' | 'file'

export type InventoryEvidence =
  | { configured: false }
  | {
      configured: true
      source: InventorySource
      /** A running server answered (command, url); a file is a record of an earlier answer. */
      live: boolean
      ok: true
      tools: ServedTool[]
      /** How many resources and prompts the server lists; null when it has no such capability or the list failed. */
      resources: number | null
      prompts: number | null
      stderr?: string
    }
  | {
      configured: true
      source: InventorySource
      live: boolean
      ok: false
      /**
       * Why no inventory was read: refused (pull_request_target, the CLI without --inventory), start failure, time-out,
       * malformed answer.
       */
      reason: string
      refused?: boolean
      stderr?: string
    }

export interface InventoryOptions {
  /** The checkout's root (absolute). */
  root: string
  /** Seconds the whole session with the server may take. */
  timeoutS: number
  /**
   * Why nothing from the checkout may be started here (pull_request_target, the CLI without --inventory); undefined
   * when it may.
   */
  refuseStart?: string
  /**
   * Why only a loopback `url` may be asked here (pull_request_target, the CLI without --inventory):
   * the pull request writes the address, and could point it at a service of the runner's network.
   */
  loopbackOnly?: string
  /** The environment the gate runs with: only PATH and HOME are passed on. */
  env?: NodeJS.ProcessEnv
}

export const DEFAULT_INVENTORY_TIMEOUT_S = 60
/** A `file` inventory larger than this is not read. */
export const MAX_INVENTORY_FILE_BYTES = 8 * 1024 * 1024
/** Bounds on what a server may list: pages of tools/list, tools, characters of stderr kept. */
const MAX_PAGES = 1000
const MAX_TOOLS = 10_000
const MAX_STDERR_KEPT = 2000
/** Between SIGTERM and SIGKILL to the server's process group. */
const KILL_GRACE_MS = 500

const DESCRIPTION_MAX = 4000

export async function collectInventory(
  config: InventoryConfig | undefined,
  options: InventoryOptions
): Promise<InventoryEvidence> {
  if (!config) return { configured: false }
  if (config.file !== undefined) return readInventoryFile(options.root, config.file)
  const source: InventorySource = config.command ? 'command' : 'url'
  if (config.command && options.refuseStart)
    return { configured: true, source, live: true, ok: false, refused: true, reason: options.refuseStart }
  if (config.url !== undefined && options.loopbackOnly && !isLoopbackUrl(config.url)) {
    const reason = `inventory.url is not a loopback address (127.0.0.0/8, [::1], localhost), so it was not asked: ${options.loopbackOnly}; give the loopback address of a server the workflow started, or use an inventory file`
    return { configured: true, source, live: true, ok: false, refused: true, reason }
  }
  try {
    return config.command ? await fromCommand(config, options) : await fromUrl(config.url!, options)
  } catch (e) {
    // Anything unforeseen is a reason, never a crash: the gate then says not verified.
    return { configured: true, source, live: true, ok: false, reason: oneLine((e as Error)?.message ?? String(e)) }
  }
}

// ---------------------------------------------------------------- file

/** A `tools/list` result (`{"tools": […]}`) or a JSON-RPC response wrapping one, read inside the checkout. */
export function readInventoryFile(root: string, file: string): InventoryEvidence {
  const fail = (reason: string): InventoryEvidence => ({
    configured: true,
    source: 'file',
    live: false,
    ok: false,
    reason: `${file}: ${reason}`
  })
  const abs = resolve(root, file)
  let real: string
  try {
    real = realpathSync(abs)
  } catch {
    return fail('no such file in the checkout')
  }
  if (!isInside(realpathSync(root), real)) return fail('the file is outside the checkout (or a link out of it)')
  let text: string
  let fd: number | undefined
  try {
    if (!lstatSync(real).isFile()) return fail('not a file')
    fd = openSync(real, 'r')
    const size = fstatSync(fd).size
    if (size > MAX_INVENTORY_FILE_BYTES)
      return fail(`the file is ${size} bytes; the limit is ${MAX_INVENTORY_FILE_BYTES}`)
    const buf = Buffer.alloc(size)
    let read = 0
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read)
      if (n === 0) break
      read += n
    }
    text = buf.subarray(0, read).toString('utf8')
  } catch (e) {
    return fail(`cannot be read: ${oneLine((e as Error).message)}`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return fail(`not JSON: ${oneLine((e as Error).message)}`)
  }
  const obj = data as Record<string, unknown> | null
  const result = obj && typeof obj === 'object' && 'jsonrpc' in obj ? (obj.result as unknown) : obj
  if (obj && typeof obj === 'object' && 'jsonrpc' in obj && 'error' in obj)
    return fail('the JSON-RPC response is an error, not a tools/list result')
  const tools = parseTools(result)
  if (typeof tools === 'string') return fail(tools)
  return { configured: true, source: 'file', live: false, ok: true, tools, resources: null, prompts: null }
}

/** The tools of a tools/list result, or why it is not one. Kept by hand: the `file` path must not load the SDK. */
export function parseTools(result: unknown): ServedTool[] | string {
  if (!result || typeof result !== 'object' || !Array.isArray((result as { tools?: unknown }).tools))
    return 'not a tools/list result: expected {"tools": […]} or a JSON-RPC response whose result is one'
  const list = (result as { tools: unknown[] }).tools
  if (list.length > MAX_TOOLS) return `${list.length} tools; the limit is ${MAX_TOOLS}`
  const tools: ServedTool[] = []
  for (const [i, t] of list.entries()) {
    if (!t || typeof t !== 'object') return `tools[${i}] is not an object`
    const tool = t as Record<string, unknown>
    if (typeof tool.name !== 'string' || !tool.name) return `tools[${i}] has no name`
    tools.push(servedTool(tool))
  }
  return tools
}

function servedTool(t: Record<string, unknown>): ServedTool {
  const out: ServedTool = { name: String(t.name).slice(0, 256) }
  if (typeof t.title === 'string') out.title = t.title.slice(0, 256)
  if (typeof t.description === 'string') out.description = t.description.slice(0, DESCRIPTION_MAX)
  if (t.inputSchema && typeof t.inputSchema === 'object') out.inputSchema = t.inputSchema
  const a = t.annotations
  if (a && typeof a === 'object') {
    const hints: ToolAnnotations = {}
    for (const k of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const) {
      const v = (a as Record<string, unknown>)[k]
      if (typeof v === 'boolean') hints[k] = v
    }
    if (Object.keys(hints).length) out.annotations = hints
  }
  return out
}

// ---------------------------------------------------------------- live servers

/** The minimal slice of the SDK's Client this module uses. */
interface McpClient {
  connect(transport: unknown, options?: { timeout?: number; signal?: AbortSignal }): Promise<void>
  listTools(
    params?: { cursor?: string },
    options?: { timeout?: number; signal?: AbortSignal }
  ): Promise<{ tools: unknown[]; nextCursor?: string }>
  listResources(
    params?: { cursor?: string },
    options?: { timeout?: number; signal?: AbortSignal }
  ): Promise<{ resources: unknown[]; nextCursor?: string }>
  listPrompts(
    params?: { cursor?: string },
    options?: { timeout?: number; signal?: AbortSignal }
  ): Promise<{ prompts: unknown[]; nextCursor?: string }>
  getServerCapabilities(): { resources?: unknown; prompts?: unknown; tools?: unknown } | undefined
  close(): Promise<void>
}

async function newClient(): Promise<McpClient> {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js')
  return new Client({ name: 'mcp-golive', version: '1' }, { capabilities: {} }) as unknown as McpClient
}

/** initialize, every page of tools/list, then resources/list and prompts/list when the server has them. */
async function listEverything(
  client: McpClient,
  signal: AbortSignal,
  timeoutMs: number
): Promise<{ tools: ServedTool[]; resources: number | null; prompts: number | null }> {
  const opts = { signal, timeout: timeoutMs }
  const tools: ServedTool[] = []
  const cursors = new Set<string>()
  let cursor: string | undefined
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) throw new Error(`tools/list gave more than ${MAX_PAGES} pages`)
    const r = await client.listTools(cursor === undefined ? {} : { cursor }, opts)
    const parsed = parseTools(r)
    if (typeof parsed === 'string') throw new Error(`malformed tools/list result: ${parsed}`)
    tools.push(...parsed)
    if (tools.length > MAX_TOOLS) throw new Error(`the server lists more than ${MAX_TOOLS} tools`)
    cursor = r.nextCursor
    if (cursor === undefined || cursor === '') break
    if (cursors.has(cursor)) throw new Error('tools/list repeats a cursor (its pages never end)')
    cursors.add(cursor)
  }
  const caps = client.getServerCapabilities() ?? {}
  const count = async (has: unknown, list: () => Promise<unknown[]>) => {
    if (!has) return null
    try {
      return (await list()).length
    } catch {
      return null
    }
  }
  const resources = await count(caps.resources, async () => (await client.listResources({}, opts)).resources)
  const prompts = await count(caps.prompts, async () => (await client.listPrompts({}, opts)).prompts)
  return { tools, resources, prompts }
}

/**
 * Environment of the started server: PATH and HOME of the gate's, and the placeholders golive.yaml names; nothing else.
 */
export function serverEnvironment(
  env: NodeJS.ProcessEnv,
  placeholders: Record<string, string> = {}
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of ['PATH', 'HOME'] as const) if (env[k] !== undefined) out[k] = env[k]!
  return { ...out, ...placeholders }
}

async function fromCommand(config: InventoryConfig, options: InventoryOptions): Promise<InventoryEvidence> {
  const [command, ...args] = config.command!
  const root = realpathSync(options.root)
  const cwd = resolve(root, config.cwd ?? '.')
  let realCwd: string
  try {
    realCwd = realpathSync(cwd)
  } catch {
    return {
      configured: true,
      source: 'command',
      live: true,
      ok: false,
      reason: `inventory.cwd ${JSON.stringify(config.cwd)} does not exist in the checkout`
    }
  }
  if (!isInside(root, realCwd))
    return {
      configured: true,
      source: 'command',
      live: true,
      ok: false,
      reason: 'inventory.cwd is outside the checkout'
    }
  const { ReadBuffer, serializeMessage } = await import('@modelcontextprotocol/sdk/shared/stdio.js')
  const child = spawn(command, args, {
    cwd: realCwd,
    env: serverEnvironment(options.env ?? process.env, config.env),
    stdio: ['pipe', 'pipe', 'pipe'],
    // A group of its own, so the server and everything it starts are killed together.
    detached: true,
    shell: false,
    windowsHide: true
  })
  const group = new ProcessGroup(child)
  let stderr = ''
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (s: string) => {
    if (stderr.length < MAX_STDERR_KEPT * 2) stderr += s
  })
  // The server's last words can still be in the pipe when its exit fails the run: wait for the stream's end,
  // a moment at most (a server that has not exited never ends it).
  const stderrEnded = new Promise<void>((resolve) => child.stderr!.once('end', resolve).once('close', resolve))
  const stderrRead = () => Promise.race([stderrEnded, new Promise<void>((r) => setTimeout(r, 500).unref())])
  const keptStderr = () => {
    const s = redactSecrets(stderr).trim()
    return s ? (s.length > MAX_STDERR_KEPT ? `${s.slice(0, MAX_STDERR_KEPT)}…` : s) : undefined
  }
  const transport = new ChildStdioTransport(child, new ReadBuffer(), serializeMessage)
  const controller = new AbortController()
  const timeoutMs = Math.round(options.timeoutS * 1000)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
    transport.fail(new Error(`the server did not answer within ${options.timeoutS} s (inventory-timeout)`))
  }, timeoutMs)
  try {
    await transport.started
    const client = await newClient()
    await client.connect(transport, { signal: controller.signal, timeout: timeoutMs })
    const listed = await listEverything(client, controller.signal, timeoutMs)
    if (transport.malformed) throw transport.malformed
    await client.close().catch(() => {})
    return {
      configured: true,
      source: 'command',
      live: true,
      ok: true,
      ...listed,
      ...(keptStderr() ? { stderr: keptStderr() } : {})
    }
  } catch (e) {
    // The client can see the pipe close before the exit is reported: wait for the last words unless it hung.
    if (transport.exited || !timedOut) await stderrRead()
    const why =
      transport.malformed?.message ??
      (timedOut
        ? `the server did not answer within ${options.timeoutS} s (inventory-timeout)`
        : (transport.exited ?? oneLine((e as Error)?.message ?? String(e))))
    return {
      configured: true,
      source: 'command',
      live: true,
      ok: false,
      reason: why,
      ...(keptStderr() ? { stderr: keptStderr() } : {})
    }
  } finally {
    clearTimeout(timer)
    transport.closeQuietly()
    await group.kill()
  }
}

/** Whether a URL names this machine by a loopback literal or `localhost` (which the checkout cannot redefine). */
export function isLoopbackUrl(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  // The URL parser has already made decimal, octal and short IPv4 forms dotted quads.
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

async function fromUrl(url: string, options: InventoryOptions): Promise<InventoryEvidence> {
  const timeoutMs = Math.round(options.timeoutS * 1000)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  // The SDK's default redirect policy ('same-origin') already keeps a loopback URL on this machine.
  const transportOptions = { redirectPolicy: 'same-origin' as const }
  const attempt = async (make: () => Promise<unknown>) => {
    const client = await newClient()
    const transport = await make()
    try {
      await client.connect(transport, { signal: controller.signal, timeout: timeoutMs })
      return await listEverything(client, controller.signal, timeoutMs)
    } finally {
      await client.close().catch(() => {})
    }
  }
  try {
    let listed
    try {
      listed = await attempt(
        async () =>
          new (await import('@modelcontextprotocol/sdk/client/streamableHttp.js')).StreamableHTTPClientTransport(
            new URL(url),
            transportOptions
          )
      )
    } catch (e) {
      if (controller.signal.aborted) throw e
      // Servers that speak only the older HTTP+SSE transport.
      listed = await attempt(
        async () =>
          new (await import('@modelcontextprotocol/sdk/client/sse.js')).SSEClientTransport(
            new URL(url),
            transportOptions
          )
      ).catch((e2: Error) => {
        throw new Error(`Streamable HTTP: ${transportFailure(e)}; SSE: ${transportFailure(e2)}`)
      })
    }
    return { configured: true, source: 'url', live: true, ok: true, ...listed }
  } catch (e) {
    const reason = controller.signal.aborted
      ? `the server at the URL did not answer within ${options.timeoutS} s (inventory-timeout)`
      : oneLine((e as Error)?.message ?? String(e))
    return { configured: true, source: 'url', live: true, ok: false, reason }
  } finally {
    clearTimeout(timer)
  }
}

/** One transport's failure, short enough that both fit in the reason; a schema error's dump becomes what it means. */
function transportFailure(e: unknown): string {
  const err = e as Error | undefined
  if (err?.name === 'ZodError' || err?.name === '$ZodError') return 'the answer is not a JSON-RPC message'
  const s = oneLine(err?.message ?? String(e))
  return s.length > 240 ? `${s.slice(0, 240)}…` : s
}

const oneLine = (s: string) => {
  const t = redactSecrets(s).replace(/\s+/g, ' ').trim()
  return t.length > 500 ? `${t.slice(0, 500)}…` : t
}

// ---------------------------------------------------------------- the process group

/**
 * The server's process group: SIGTERM, then SIGKILL after a short grace, to the whole group,
 * whether or not the server itself has exited (what it started may still run). In the gate
 * thread the main thread is told the group too, so a run stopped by its time limit kills it.
 */
class ProcessGroup {
  private readonly pgid: number | undefined
  constructor(child: ChildProcess) {
    this.pgid = child.pid
    if (this.pgid !== undefined && gateThreadData()) parentPort?.postMessage({ inventoryGroup: this.pgid })
  }

  private alive(): boolean {
    if (this.pgid === undefined) return false
    try {
      process.kill(-this.pgid, 0)
      return true
    } catch {
      return false
    }
  }

  private signal(sig: NodeJS.Signals): void {
    if (this.pgid === undefined) return
    try {
      process.kill(-this.pgid, sig)
    } catch {
      // ESRCH: the group is gone.
    }
  }

  async kill(): Promise<void> {
    if (this.pgid === undefined) return
    this.signal('SIGTERM')
    const until = Date.now() + KILL_GRACE_MS
    while (this.alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 25))
    // Always: a member that ignores SIGTERM, or is a zombie nobody reaps, still answers signal 0.
    this.signal('SIGKILL')
    // SIGKILL is delivered asynchronously: wait, bounded, until the group is gone and reaped.
    const reaped = Date.now() + KILL_GRACE_MS
    while (this.alive() && Date.now() < reaped) await new Promise((r) => setTimeout(r, 25))
    if (gateThreadData()) parentPort?.postMessage({ inventoryGroupDone: this.pgid })
  }
}

type JsonRpcMessage = Record<string, unknown>

/**
 * The SDK's Transport over the stdio of a child this module spawned: the SDK's own stdio
 * transport spawns the child itself, without a process group of its own, and stops only it.
 */
class ChildStdioTransport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: (message: JsonRpcMessage) => void
  /** The first line that was not a JSON-RPC message. */
  malformed?: Error
  /** How the child ended, when it ended before the session did. */
  exited?: string
  readonly started: Promise<void>
  private closed = false

  constructor(
    private readonly child: ChildProcess,
    private readonly buffer: { append(chunk: Buffer): void; readMessage(): unknown },
    private readonly serialize: (m: never) => string
  ) {
    this.started = new Promise((resolveStart, rejectStart) => {
      child.once('spawn', () => resolveStart())
      child.once('error', (err: NodeJS.ErrnoException) => {
        const why =
          err.code === 'ENOENT'
            ? `the command "${String(child.spawnfile).slice(0, 200)}" was not found on PATH`
            : `the server could not be started: ${err.message}`
        this.exited = why
        rejectStart(new Error(why))
        this.fail(new Error(why))
      })
    })
    child.on('exit', (code, signal) => {
      this.exited ??= `the server exited (${signal ? `signal ${signal}` : `code ${code}`}) before it answered`
      this.fail(new Error(this.exited))
    })
    child.stdin!.on('error', (err) => this.onerror?.(err))
    child.stdout!.on('data', (chunk: Buffer) => {
      try {
        this.buffer.append(chunk)
        for (;;) {
          const m = this.buffer.readMessage()
          if (m === null) break
          this.onmessage?.(m as JsonRpcMessage)
        }
      } catch (e) {
        this.malformed ??= new Error(
          `the server wrote something that is not JSON-RPC on standard output: ${oneLine((e as Error).message).slice(0, 200)}`
        )
        this.fail(this.malformed)
      }
    })
  }

  async start(): Promise<void> {
    await this.started
  }

  async send(message: JsonRpcMessage): Promise<void> {
    if (this.closed) throw new Error(this.malformed?.message ?? this.exited ?? 'the connection to the server is closed')
    await new Promise<void>((res, rej) =>
      this.child.stdin!.write(this.serialize(message as never), (err) => (err ? rej(err) : res()))
    )
  }

  /** Ends the session now: every request still waiting is rejected (the Client does so on close). */
  fail(error: Error): void {
    if (this.closed) return
    this.onerror?.(error)
    this.closeQuietly()
  }

  closeQuietly(): void {
    if (this.closed) return
    this.closed = true
    this.child.stdin?.end()
    this.child.stdout?.removeAllListeners('data')
    this.onclose?.()
  }

  async close(): Promise<void> {
    this.closeQuietly()
  }
}
