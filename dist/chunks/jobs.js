import { freemem, availableParallelism } from 'node:os';
import { U as UsageError } from './errors.js';

// Threads for the source pass: `--jobs`, the action's `jobs` input and the default all go through
// one cap, by the cores and the free memory, so no way of asking starts more than the machine holds.
/** Free memory a scan thread may count on: its heap, and room for the file texts it holds. */
const MB_PER_SCAN_THREAD = 64;
/** The most threads a scan takes when not told: past 4, a thread brings little (docs/performance.md). */
const DEFAULT_MAX_THREADS = 4;
/** This machine: its cores, and the least of the free memory and what a cgroup limit leaves this process. */
function thisMachine() {
    const available = process.availableMemory?.();
    const free = freemem();
    return {
        cores: availableParallelism(),
        freeBytes: available !== undefined && available > 0 ? Math.min(free, available) : free
    };
}
/**
 * The threads `jobs` gets on a machine with these cores and this much free memory, and why fewer when capped:
 * more threads than cores only cost memory, and past free memory they crash. `option` names what asked.
 */
function cappedJobs(jobs, machine, option = '--jobs') {
    const cores = Math.max(1, Math.floor(machine.cores));
    const byMemory = Math.max(1, Math.floor(machine.freeBytes / (MB_PER_SCAN_THREAD * 1024 * 1024)));
    const cap = Math.min(cores, byMemory);
    if (jobs <= cap)
        return { jobs };
    const why = byMemory < cores
        ? `${Math.round(machine.freeBytes / 1048576)} MB free memory, ${MB_PER_SCAN_THREAD} MB a thread`
        : `${cores} core${cores === 1 ? '' : 's'}`;
    return { jobs: cap, capped: `${option} ${jobs} capped to ${cap} (${why})` };
}
/** `--jobs` or the action's `jobs`: undefined when not given, else a whole number from 1 to 64, capped. */
function jobsInput(value, option, machine = thisMachine()) {
    if (value === undefined || value === '')
        return undefined;
    const jobs = Number(value);
    if (!(typeof value === 'string' && /^\d+$/.test(value) && jobs >= 1 && jobs <= 64))
        throw new UsageError(`${option} must be a whole number from 1 to 64, got "${String(value)}"`);
    return cappedJobs(jobs, machine, option);
}

export { DEFAULT_MAX_THREADS as D, MB_PER_SCAN_THREAD as M, cappedJobs as c, jobsInput as j, thisMachine as t };
