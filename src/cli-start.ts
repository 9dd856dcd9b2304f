// The CLI's first module: it decides which thread runs a command before the engine is loaded. A
// command that runs the gate starts the gate thread at once, and only that thread loads the checks
// and the engine, so starting it overlaps nothing this thread would load first (issue 23); even the
// writer of error messages (and the secret rules it redacts with) loads only when one is said.
import * as nodeModule from 'node:module'
import { EXIT } from './errors.js'
import { gateThreadData, runInGateThread } from './gate-thread.js'
import { TOOL_NAME } from './version.js'

/** Says `line` on standard error as every output is said (redacted, neutralised); loaded only when needed. */
async function sayError(line: (describeIoError: (e: unknown) => string) => string): Promise<void> {
  const { describeIoError, processStreams } = await import('./report/output.js')
  processStreams.err(line(describeIoError))
}

/** The commands that run the gate: they run in a gate thread (see gate-thread.ts); the others load nothing more. */
export const GATE_COMMANDS = new Set(['check', 'report', 'init'])

/** Runs the loaded CLI; `exitCode` may change the code it ends with (2 when standard output could not be written). */
export type RunCli = (exitCode: (code: number) => number) => void

/** The commands that only print a text of the CLI's own: they load neither the engine nor the checks. */
const TEXT_COMMANDS = new Set(['--help', '-h', 'help', '--version', '-V', 'version'])

/** Whether `command` (the first argument) reads the registry of checks: all but help and version do. */
export function commandNeedsChecks(command: string | undefined): boolean {
  return command !== undefined && !TEXT_COMMANDS.has(command)
}

/** What startCli reads of the process, and how it starts a gate thread (a test hands in its own). */
export interface CliProcess {
  argv: string[]
  gateThread: boolean
  startGateThread: typeof runInGateThread
}

/**
 * Starts the CLI whose composition root is `entry`, when executed (node dist/cli.js, or the
 * `mcp-golive` bin) or in the gate thread that started; not when imported by tests. `loadCli`
 * imports the CLI and, when `command` needs them, the checks: in this thread only for a command
 * that runs no gate. Returns what it did.
 */
export function startCli(
  entry: URL,
  loadCli: (command: string | undefined) => Promise<RunCli>,
  proc: CliProcess = { argv: process.argv, gateThread: !!gateThreadData(), startGateThread: runInGateThread }
): 'gate thread' | 'in this thread' | 'not run' {
  if (proc.gateThread) {
    enableCompileCache()
    void loadCli(proc.argv[2]).then((run) => run((code) => code))
    return 'in this thread'
  }
  if (!/(^|[\\/])(cli\.(js|ts)|mcp-golive)$/.test(proc.argv[1] ?? '')) return 'not run'
  // A reader that stops early (`mcp-golive check | head`) closes the pipe: the rest of the output
  // is dropped, without a stack trace, and the exit code is still the verdict. Any other failure to
  // write (a full disk, /dev/full) is said once on standard error, and the exit code is 2.
  let stdoutFailed = false
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return
    if (!stdoutFailed) void sayError((describe) => `${TOOL_NAME}: cannot write to standard output: ${describe(err)}\n`)
    stdoutFailed = true
    process.exitCode = EXIT.usage
  })
  const exitCode = (code: number) => (stdoutFailed ? EXIT.usage : code)
  if (GATE_COMMANDS.has(proc.argv[2])) {
    proc.startGateThread(
      entry,
      async (why) => {
        await sayError(() => `${TOOL_NAME}: ${why}\n`)
        return EXIT.usage
      },
      exitCode
    )
    return 'gate thread'
  }
  enableCompileCache()
  void loadCli(proc.argv[2]).then((run) => run(exitCode))
  return 'in this thread'
}

/**
 * Node 22.1 and later keep the code they compile for the engine (about 2.5 MB of JavaScript) in the
 * system's temporary directory, so the next run skips compiling it (NODE_DISABLE_COMPILE_CACHE=1
 * turns it off); Node 20 has no such cache and runs as before.
 */
function enableCompileCache(): void {
  try {
    ;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()
  } catch {
    // A cache that cannot be made (a read-only temporary directory) costs only the time it would save.
  }
}
