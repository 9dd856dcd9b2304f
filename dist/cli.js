#!/usr/bin/env node
import * as nodeModule from 'node:module';
import { E as EXIT } from './chunks/errors.js';
import { r as runInGateThread, g as gateThreadData } from './chunks/gate-thread.js';
import { T as TOOL_NAME } from './chunks/version.js';
import 'node:worker_threads';

// The CLI's first module: it decides which thread runs a command before the engine is loaded. A
// command that runs the gate starts the gate thread at once, and only that thread loads the checks
// and the engine, so starting it overlaps nothing this thread would load first (issue 23); even the
// writer of error messages (and the secret rules it redacts with) loads only when one is said.
/** Says `line` on standard error as every output is said (redacted, neutralised); loaded only when needed. */
async function sayError(line) {
    const { describeIoError, processStreams } = await import('./chunks/output.js').then(function (n) { return n.o; });
    processStreams.err(line(describeIoError));
}
/** The commands that run the gate: they run in a gate thread (see gate-thread.ts); the others load nothing more. */
const GATE_COMMANDS = new Set(['check', 'report', 'init']);
/** The commands that only print a text of the CLI's own: they load neither the engine nor the checks. */
const TEXT_COMMANDS = new Set(['--help', '-h', 'help', '--version', '-V', 'version']);
/** Whether `command` (the first argument) reads the registry of checks: all but help and version do. */
function commandNeedsChecks(command) {
    return command !== undefined && !TEXT_COMMANDS.has(command);
}
/**
 * Starts the CLI whose composition root is `entry`, when executed (node dist/cli.js, or the
 * `mcp-golive` bin) or in the gate thread that started; not when imported by tests. `loadCli`
 * imports the CLI and, when `command` needs them, the checks: in this thread only for a command
 * that runs no gate. Returns what it did.
 */
function startCli(entry, loadCli, proc = { argv: process.argv, gateThread: !!gateThreadData(), startGateThread: runInGateThread }) {
    if (proc.gateThread) {
        enableCompileCache();
        void loadCli(proc.argv[2]).then((run) => run((code) => code));
        return 'in this thread';
    }
    if (!/(^|[\\/])(cli\.(js|ts)|mcp-golive)$/.test(proc.argv[1] ?? ''))
        return 'not run';
    // A reader that stops early (`mcp-golive check | head`) closes the pipe: the rest of the output
    // is dropped, without a stack trace, and the exit code is still the verdict. Any other failure to
    // write (a full disk, /dev/full) is said once on standard error, and the exit code is 2.
    let stdoutFailed = false;
    process.stdout.on('error', (err) => {
        if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')
            return;
        if (!stdoutFailed)
            void sayError((describe) => `${TOOL_NAME}: cannot write to standard output: ${describe(err)}\n`);
        stdoutFailed = true;
        process.exitCode = EXIT.usage;
    });
    const exitCode = (code) => (stdoutFailed ? EXIT.usage : code);
    if (GATE_COMMANDS.has(proc.argv[2])) {
        proc.startGateThread(entry, async (why) => {
            await sayError(() => `${TOOL_NAME}: ${why}\n`);
            return EXIT.usage;
        }, exitCode);
        return 'gate thread';
    }
    enableCompileCache();
    void loadCli(proc.argv[2]).then((run) => run(exitCode));
    return 'in this thread';
}
/**
 * Node 22.1 and later keep the code they compile for the engine (about 2.5 MB of JavaScript) in the
 * system's temporary directory, so the next run skips compiling it (NODE_DISABLE_COMPILE_CACHE=1
 * turns it off); Node 20 has no such cache and runs as before.
 */
function enableCompileCache() {
    try {
        ;
        nodeModule.enableCompileCache?.();
    }
    catch {
        // A cache that cannot be made (a read-only temporary directory) costs only the time it would save.
    }
}

// The CLI's composition root: the registry of checks meets src/ here (src/ never imports checks/).
// Both load only once src/cli-start.ts has chosen the thread: a check starts its gate thread first,
// and `--version` and `--help` load no checks at all.
startCli(new URL(import.meta.url), async (command) => {
    const [checks, { runCli }] = await Promise.all([
        commandNeedsChecks(command) ? import('./chunks/checks.js').then((m) => m.CHECKS) : [],
        import('./chunks/cli.js')
    ]);
    return (exitCode) => runCli(checks, exitCode);
});
