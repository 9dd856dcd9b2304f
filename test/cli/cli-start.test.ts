// The CLI's first module: a command that runs the gate starts the gate thread before the engine
// and the checks are loaded, and this thread never loads them; the other commands load them here.
import { describe, expect, it } from 'vitest'
import { commandNeedsChecks, startCli, type CliProcess } from '../../src/cli-start.js'

const ENTRY = new URL('file:///x/dist/cli.js')

/** Runs startCli on `args` with a fake thread start and a fake load, and says what happened in which order. */
async function start(args: string[], gateThread = false, argv1 = '/x/dist/cli.js') {
  const events: string[] = []
  const listeners = process.stdout.listenerCount('error')
  const proc: CliProcess = {
    argv: ['node', argv1, ...args],
    gateThread,
    startGateThread: (entry) => void events.push(`thread started: ${entry.href}`)
  }
  const did = startCli(
    ENTRY,
    async (command) => {
      events.push(`engine imported for ${command}`)
      return () => void events.push('engine ran')
    },
    proc
  )
  await new Promise((r) => setTimeout(r, 10))
  for (const l of process.stdout.listeners('error').slice(listeners))
    process.stdout.off('error', l as (...a: unknown[]) => void)
  return { did, events }
}

describe('startCli', () => {
  it.each(['check', 'report', 'init'])('%s: starts the gate thread and imports no engine in this thread', async (c) => {
    expect(await start([c, '.'])).toEqual({ did: 'gate thread', events: [`thread started: ${ENTRY.href}`] })
  })

  it('in the gate thread: imports the engine and runs it, and starts no thread', async () => {
    expect(await start(['check', '.'], true)).toEqual({
      did: 'in this thread',
      events: ['engine imported for check', 'engine ran']
    })
  })

  it.each(['--version', 'explain', 'schema'])('%s: runs in this thread, no gate thread', async (c) => {
    expect(await start([c])).toEqual({ did: 'in this thread', events: [`engine imported for ${c}`, 'engine ran'] })
  })

  it.each(['--version', '-V', 'version', '--help', '-h', 'help', undefined])('%s: needs no checks', (c) => {
    expect(commandNeedsChecks(c)).toBe(false)
  })

  it.each(['check', 'report', 'init', 'explain', 'docs', 'schema', 'chek'])('%s: needs the checks', (c) => {
    expect(commandNeedsChecks(c)).toBe(true)
  })

  it('imported by a test (not executed as the CLI): does nothing', async () => {
    expect(await start(['check'], false, '/x/node_modules/vitest/vitest.mjs')).toEqual({ did: 'not run', events: [] })
  })
})
