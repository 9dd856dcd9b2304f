#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { t as terminalSafe, a as registerChecks, i as isCalendarDate } from './dates.js';
import { E as EXIT, U as UsageError, f as formatProblem } from './errors.js';
import { D as DEFAULT_TIME_LIMIT_S, g as gateThreadData, a as applyTimeLimit, s as sinceProcessStart } from './gate-thread.js';
import { j as jobsInput } from './jobs.js';
export { M as MB_PER_SCAN_THREAD, c as cappedJobs } from './jobs.js';
import { d as describeIoError, a as processStreams, b as writeOutputFileIn, w as writeOutputFile, p as prepareOutputDir } from './output.js';
import { T as TOOL_NAME, a as TOOL_VERSION } from './version.js';
import 'node:worker_threads';
import 'node:os';
import './rules.js';
import 'node:crypto';
import 'node:zlib';

// The CLI: the same engine as the action, run locally with no token.
// `--version` and `--help` load nothing else (fast cold start); commands load
// their modules on demand.
/**
 * Seconds the inventory server may take by default (src/evidence/inventory.ts keeps the same; not imported, so --help
 * loads nothing).
 */
const DEFAULT_INVENTORY_TIMEOUT_S = 60;
const HELP = `${TOOL_NAME} ${TOOL_VERSION} — is this MCP server ready for production?

Usage:
  ${TOOL_NAME} check [DIR] [--config FILE] [--format text|json|markdown] [--output FILE] [--strict]
  ${TOOL_NAME} report [DIR] [--out DIR] [--config FILE] [--today DATE]
                                      write GOLIVE-REPORT.md and golive-report.json (default DIR/.golive)
  ${TOOL_NAME} init [DIR] [--force]   write a golive.yaml from the repository's evidence, to review
  ${TOOL_NAME} explain CHECK          what a check looks for, why, and how to fix it
  ${TOOL_NAME} schema [--report]      print the JSON Schema of golive.yaml (or of the report file)
  ${TOOL_NAME} --help | --version

check options:
  --config FILE    golive.yaml to use (default: DIR/golive.yaml)
  --format FORMAT  text (default), json or markdown
  --output FILE    write the result there instead of standard output
  --today DATE     judge waiver expiry on this day (YYYY-MM-DD; default today, UTC)
  --verbose        show the evidence of passed checks too
  --strict         checks that need the GitHub API (not readable locally) block too
  --timings        print the time of each stage (from the process's start), and of the checks per phase, to standard error
  --jobs N         threads for the source pass (default: one per 10,000 files, at most 4); capped by cores and free memory
  --time-limit S   stop with exit 2 after S seconds (default ${DEFAULT_TIME_LIMIT_S}; also for report)
  --inventory      start the server golive.yaml's inventory.command names, to list its tools (it runs
                   code from the checkout: only on a checkout you trust; also for report)
  --inventory-timeout S
                   seconds the inventory server may take (default 60, at most the time limit; also for report)
  --base-result FILE
                   the JSON result (--format json) of the base branch: mark blocking findings new and resolved

Exit codes: 0 ready, 1 blocking items open, 2 usage or configuration error.
Without a GitHub token, facts only the GitHub API knows are not read: the verdict covers local evidence.`;
async function cli(argv, io) {
    try {
        const [command, ...rest] = argv;
        if (!command || command === '--help' || command === '-h' || command === 'help') {
            io.out(`${HELP}\n`);
            return command ? EXIT.ready : EXIT.usage;
        }
        if (command === '--version' || command === '-V' || command === 'version') {
            io.out(`${TOOL_VERSION}\n`);
            return EXIT.ready;
        }
        if (command === 'check')
            return await check(rest, io);
        if (command === 'report')
            return await report(rest, io);
        if (command === 'init')
            return await init(rest, io);
        if (command === 'explain')
            return await explain(rest, io);
        if (command === 'docs')
            return await docs(rest, io);
        if (command === 'schema') {
            const { values } = parse(rest, { report: { type: 'boolean', default: false } });
            const schema = values.report
                ? (await import('./go-live-report.js')).reportJsonSchema()
                : (await import('./schema.js').then(function (n) { return n.s; })).configJsonSchema();
            io.out(`${JSON.stringify(schema, null, 2)}\n`);
            return EXIT.ready;
        }
        throw new UsageError(`unknown command "${command}"`, [], `Run \`${TOOL_NAME} --help\` for the commands.`);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.err(`${TOOL_NAME}: ${describeForTerminal(e)}\n`);
            return EXIT.usage;
        }
        // A file-system failure the run did not foresee is still the user's to act on: say which and why.
        const errno = e;
        if (errno?.code && errno.syscall) {
            io.err(`${TOOL_NAME}: ${terminalSafe(`${errno.syscall}${errno.path ? ` ${errno.path}` : ''}`)}: ${describeIoError(e)}\n`);
            return EXIT.usage;
        }
        // A bug of ours: say so plainly, without a stack trace unless asked for.
        io.err(`${TOOL_NAME}: internal error: ${terminalSafe(e?.message ?? String(e))}\n${io.env.MCP_GOLIVE_DEBUG ? `${e?.stack}\n` : 'Set MCP_GOLIVE_DEBUG=1 for details, and please report it.\n'}`);
        return EXIT.usage;
    }
}
/** A usage error for a terminal: each value in it shown with its control characters and newlines escaped. */
function describeForTerminal(e) {
    const lines = e.problems.map((p) => formatProblem({ ...p, file: terminalSafe(p.file), field: terminalSafe(p.field), message: terminalSafe(p.message) }));
    if (!lines.length || e.message)
        lines.unshift(terminalSafe(e.message));
    if (e.hint)
        lines.push(terminalSafe(e.hint));
    return lines.join('\n');
}
/** --today: a day that exists, as YYYY-MM-DD. */
function todayOption(value) {
    if (value === undefined)
        return undefined;
    const today = String(value);
    if (!isCalendarDate(today))
        throw new UsageError(`--today must be a calendar date as YYYY-MM-DD, got "${today}"${/^\d{4}-\d{2}-\d{2}$/.test(today) ? ' (that day does not exist)' : ''}`);
    return today;
}
/** --jobs, capped by the cores and the free memory of this machine. */
function jobsOption(value, io) {
    const r = jobsInput(value, '--jobs');
    if (r?.capped)
        io.err(`${TOOL_NAME}: ${r.capped}\n`);
    return r?.jobs;
}
/** --inventory and --inventory-timeout: the CLI starts nothing from the checkout unless told to. */
function inventoryOptions(values, env) {
    const limit = values['time-limit'] === undefined ? DEFAULT_TIME_LIMIT_S : Number(values['time-limit']);
    const given = values['inventory-timeout'];
    const timeoutS = given === undefined ? Math.min(DEFAULT_INVENTORY_TIMEOUT_S, limit) : Number(given);
    if (given !== undefined &&
        !(String(given).trim() !== '' && Number.isFinite(timeoutS) && timeoutS > 0 && timeoutS <= limit)) {
        throw new UsageError(`--inventory-timeout must be a number of seconds above 0 and at most the time limit (${limit}), got "${String(given)}"`);
    }
    if (values.inventory)
        return { timeoutS, env };
    return {
        timeoutS,
        env,
        refuseStart: 'the CLI starts nothing from the checkout unless --inventory is given (inventory.command runs code from the repository)',
        loopbackOnly: 'without --inventory the CLI asks only this machine (the repository writes the address, and could point it at a service of your network)'
    };
}
function parse(args, options) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new UsageError(e.message.replace(/^TypeError \[\w+\]: /, ''), [], `Run \`${TOOL_NAME} --help\` for the options.`);
    }
}
async function check(args, io) {
    const { values, positionals } = parse(args, {
        config: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        today: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        timings: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        'time-limit': { type: 'string' },
        inventory: { type: 'boolean', default: false },
        'inventory-timeout': { type: 'string' },
        'base-result': { type: 'string' }
    });
    if (positionals.length > 1)
        throw new UsageError(`check takes one directory, got ${positionals.length}`);
    if (values['time-limit'] !== undefined)
        applyTimeLimit('--time-limit', String(values['time-limit']));
    const jobs = jobsOption(values.jobs, io);
    const format = String(values.format);
    if (!['text', 'json', 'markdown'].includes(format))
        throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
    const today = todayOption(values.today);
    const inventory = inventoryOptions(values, io.env);
    const { runGateWithInventory } = await import('./run.js').then(function (n) { return n.a; });
    // Before the run: Node, the gate thread and the modules the run needs.
    const startMs = sinceProcessStart();
    const { result, timings, ctx } = await runGateWithInventory({
        dir: positionals[0] ?? '.',
        config: values.config,
        today,
        strict: values.strict,
        jobs
    }, inventory);
    if (values.timings)
        io.err(`timings: start ${startMs.toFixed(0)} ms, config ${timings.config.toFixed(0)} ms, snapshot ${timings.snapshot.toFixed(0)} ms, evidence ${timings.evidence.toFixed(0)} ms${timings.inventory === undefined ? '' : `, inventory ${timings.inventory.toFixed(0)} ms`} (${ctx.repo.scan.files} files, ${(ctx.repo.scan.bytes / 1e6).toFixed(1)} MB read, ${ctx.repo.scan.threads} thread${ctx.repo.scan.threads === 1 ? '' : 's'}), checks ${timings.checks.toFixed(0)} ms (${Object.entries(timings.phases)
            .map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`)
            .join(', ')})\n`);
    if (values['base-result'] !== undefined)
        result.comparison = (await import('./base-result.js').then(function (n) { return n.e; })).comparisonWithFile(result, String(values['base-result']));
    let text;
    if (format === 'json')
        text = (await import('./json.js')).renderJson(result);
    else if (format === 'markdown') {
        // Exactly the body the action posts as the PR comment, so another CI can post it too.
        const { commentBody, markerFor } = await import('./comment-body.js');
        text = commentBody(result, { marker: markerFor(result.config.path) });
    }
    else {
        const colour = io.isTTY && !values.output && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
        const { languageOf } = await import('./repository.js').then(function (n) { return n.w; });
        const languages = new Set(ctx.repo.paths.map(languageOf).filter((l) => l !== undefined));
        text = (await import('./text.js')).renderText(result, {
            colour,
            verbose: values.verbose,
            width: values.output ? undefined : io.columns,
            languages
        });
    }
    // A file named by --output is written like every result: never through a link inside the checkout.
    if (values.output)
        writeOutputFileIn(String(values.output), text, { checkout: positionals[0] ?? '.' });
    else
        io.out(text);
    return result.verdict === 'ready' ? EXIT.ready : EXIT.blocked;
}
async function report(args, io) {
    const { values, positionals } = parse(args, {
        config: { type: 'string' },
        out: { type: 'string' },
        today: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'time-limit': { type: 'string' },
        inventory: { type: 'boolean', default: false },
        'inventory-timeout': { type: 'string' }
    });
    if (values['time-limit'] !== undefined)
        applyTimeLimit('--time-limit', String(values['time-limit']));
    const today = todayOption(values.today);
    const dir = positionals[0] ?? '.';
    const inventory = inventoryOptions(values, io.env);
    const { runGateWithInventory } = await import('./run.js').then(function (n) { return n.a; });
    const { writeReportFiles } = await import('./write-report.js');
    const run = await runGateWithInventory({ dir, config: values.config, today, strict: values.strict }, inventory);
    const outDir = values.out ?? join(dir, '.golive');
    const files = writeReportFiles(outDir, run, {}, { checkout: dir });
    io.out(`${files.join('\n')}\n`);
    return run.result.verdict === 'ready' ? EXIT.ready : EXIT.blocked;
}
async function init(args, io) {
    const { values, positionals } = parse(args, { force: { type: 'boolean', default: false } });
    const { resolveCheckout } = await import('./run.js').then(function (n) { return n.a; });
    const dir = resolveCheckout(positionals[0] ?? '.');
    const target = join(dir, 'golive.yaml');
    if (existsSync(target) && !values.force)
        throw new UsageError(`${target} exists`, [], 'Pass --force to overwrite it.');
    const { initConfig } = await import('./init.js');
    writeOutputFile(target, await initConfig(dir), { checkout: dir });
    io.out(`wrote ${target}: review every line marked \`# review\`, then run \`${TOOL_NAME} check\`.\n`);
    return EXIT.ready;
}
async function explain(args, io) {
    const { positionals } = parse(args, {});
    const { explainMarkdown } = await import('./check.js').then(function (n) { return n.q; });
    const { checkInfo, registeredChecks } = await import('./dates.js').then(function (n) { return n.g; });
    const EXPLAINED_IDS = registeredChecks().map((c) => c.id);
    const id = positionals[0];
    const info = id ? checkInfo(id) : undefined;
    const text = info ? explainMarkdown(info) : undefined;
    if (!text) {
        const { closest, distance } = await import('./mod.js');
        // A near miss (a typo, a missing phase prefix) is named; anything further gets the list.
        const near = id ? closest(id, EXPLAINED_IDS) : undefined;
        const suggestion = id &&
            (EXPLAINED_IDS.find((c) => c.endsWith(`.${id}`)) ??
                (near && distance(id, near) <= Math.max(2, Math.floor(id.length / 4)) ? near : undefined));
        throw new UsageError(id ? `unknown check "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}` : 'explain needs a check id', [], `Check ids: ${EXPLAINED_IDS.join(', ')}`);
    }
    io.out(text);
    return EXIT.ready;
}
/** Writes docs/checks/<id>.md from the same source as `explain` (run by `npm run bundle`). */
async function docs(args, io) {
    const { positionals } = parse(args, {});
    const { explainMarkdown } = await import('./check.js').then(function (n) { return n.q; });
    const { registeredChecks } = await import('./dates.js').then(function (n) { return n.g; });
    const checks = registeredChecks();
    const out = positionals[0] ?? 'docs/checks';
    prepareOutputDir(out, { checkout: out });
    for (const check of checks)
        writeOutputFile(join(out, `${check.id}.md`), explainMarkdown(check), { checkout: out });
    io.out(`wrote ${checks.length} files to ${out}\n`);
    return EXIT.ready;
}
/**
 * Runs the CLI with the registry the composition root (app/cli.ts) hands in, in the thread
 * src/cli-start.ts chose: the gate thread for a command that runs the gate, else the main thread.
 * `exitCode` may change the code the command ends with.
 */
function runCli(checks, exitCode) {
    const gateThread = gateThreadData();
    registerChecks(checks);
    void cli(process.argv.slice(2), {
        ...processStreams,
        isTTY: gateThread?.isTTY ?? !!process.stdout.isTTY,
        columns: gateThread ? gateThread.columns : process.stdout.isTTY ? process.stdout.columns : undefined,
        env: process.env
    }).then((code) => {
        process.exitCode = exitCode(code);
    });
}

export { cli, runCli };
