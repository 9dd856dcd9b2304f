import { workerData, isMainThread, Worker, parentPort } from 'node:worker_threads';
import { U as UsageError } from './errors.js';

// The gate runs in a thread of its own, started by the entry module (the CLI or
// the action) with its young generation capped. Why: the main thread's heap
// cannot be sized once the process runs (an action cannot pass Node flags, and
// `v8.setFlagsFromString` does not change a heap already made; measured), and
// V8 grows the young generation with what a run allocates, which took a large
// check over the memory target under Node 24 (docs/performance.md). A thread
// costs time to start, so only the commands that run the gate use one.
/**
 * The gate thread's young generation, in MB: 32 took more memory for no speed, and 8 was slower on
 * some runs (docs/performance.md).
 */
const GATE_YOUNG_GENERATION_MB = 16;
/** Said when the gate thread runs out of memory: what a user can do about it. */
const OUT_OF_MEMORY = 'the check ran out of memory; leave generated and vendored directories out with paths.exclude in golive.yaml';
/**
 * Seconds a gate run may take before the main thread stops it (`--time-limit`, the action's
 * `time-limit` input). A check of 100,000 files takes seconds; what takes minutes is a file that
 * makes a pattern backtrack, which no JavaScript can interrupt from inside: this turns that hang
 * into exit 2 with a reason instead of a job that runs until the runner's own timeout.
 */
const DEFAULT_TIME_LIMIT_S = 600;
const MAX_TIME_LIMIT_S = 21_600;
/**
 * Checks the time limit given as `option` (a number of seconds above 0 and at most MAX_TIME_LIMIT_S)
 * and, in the gate thread, tells the main thread (the limit counts from the thread's start).
 */
function applyTimeLimit(option, value) {
    const seconds = Number(value);
    if (!(value.trim() !== '' && Number.isFinite(seconds) && seconds > 0 && seconds <= MAX_TIME_LIMIT_S)) {
        throw new UsageError(`${option} must be a number of seconds above 0 and at most ${MAX_TIME_LIMIT_S}, got "${value}"`);
    }
    if (gateThreadData())
        parentPort?.postMessage({ timeLimitS: seconds });
}
/** In the gate thread: what the main thread passed; undefined in the main thread. */
function gateThreadData() {
    return !isMainThread && workerData?.gateThread
        ? workerData
        : undefined;
}
/** Milliseconds since the process started, in either thread (a thread's own clock starts with the thread). */
function sinceProcessStart() {
    const data = gateThreadData();
    return data ? performance.timeOrigin + performance.now() - data.processStart : performance.now();
}
/**
 * Runs the module `entry` (the CLI itself, or the action's main.ts) in a gate thread, with the
 * process's arguments, and sets the process's exit code to the thread's. A thread that dies (out of memory, a crash)
 * cannot
 * report itself: `onFailure` is told why, and gives the exit code. `exitCode` may change the
 * code the thread ended with (the CLI's is 2 when standard output could not be written).
 */
function runInGateThread(entry, onFailure, exitCode = (code) => code) {
    void runGateThread(entry).then(async (end) => {
        process.exitCode = exitCode(end.failure === undefined ? end.code : await onFailure(end.failure));
    });
}
/** Runs `entry` in a gate thread with these heap limits and resolves with how it ended. */
function runGateThread(entry, resourceLimits = { maxYoungGenerationSizeMb: GATE_YOUNG_GENERATION_MB }) {
    const data = {
        gateThread: true,
        isTTY: !!process.stdout.isTTY,
        columns: process.stdout.isTTY ? process.stdout.columns : undefined,
        processStart: performance.timeOrigin
    };
    const started = performance.now();
    const thread = new Worker(entry, { argv: process.argv.slice(2), workerData: data, resourceLimits });
    let failure;
    let timer;
    const limitTo = (seconds) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            failure ??= `the check did not finish within ${seconds} s (time-limit); unless the checkout is very large, a file in it may make a pattern take too long: please report it`;
            // Stops the thread wherever it is, a backtracking pattern included, and its scan workers with it.
            void thread.terminate();
        }, Math.max(0, started + seconds * 1000 - performance.now()));
    };
    limitTo(DEFAULT_TIME_LIMIT_S);
    // Process groups of inventory servers the thread started: a thread stopped by the time limit cannot kill them itself.
    const groups = new Set();
    thread.on('message', (m) => {
        if (typeof m?.timeLimitS === 'number')
            limitTo(m.timeLimitS);
        if (typeof m?.inventoryGroup === 'number')
            groups.add(m.inventoryGroup);
        if (typeof m?.inventoryGroupDone === 'number')
            groups.delete(m.inventoryGroupDone);
    });
    thread.on('error', (err) => {
        failure = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : `internal error: ${err.message || String(err)}`;
    });
    return new Promise((resolve) => thread.on('exit', (code) => {
        clearTimeout(timer);
        for (const pgid of groups) {
            try {
                process.kill(-pgid, 'SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
        resolve(failure === undefined ? { code } : { code, failure });
    }));
}

export { DEFAULT_TIME_LIMIT_S as D, applyTimeLimit as a, gateThreadData as g, runInGateThread as r, sinceProcessStart as s };
