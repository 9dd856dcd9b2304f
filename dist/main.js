import { CHECKS } from './chunks/checks.js';
import { g as getInput, l as log } from './chunks/log.js';
import { resolve, relative, join } from 'node:path';
import { U as UsageError, E as EXIT } from './chunks/errors.js';
import { statSync, readFileSync } from 'node:fs';
import { g as globMatcher } from './chunks/glob.js';
import { f as fact, c as createClient, a as comparisonFor, b as createCheckRun, d as checkRunSummary, w as workflowAnnotations } from './chunks/base-result.js';
import { n as noToken, s as shapes, e as explainMarkdown, p as plannedApiHalves } from './chunks/check.js';
import { i as isInside } from './chunks/repository.js';
import { j as jobsInput } from './chunks/jobs.js';
import { D as DEFAULT_TIME_LIMIT_S, a as applyTimeLimit } from './chunks/gate-thread.js';
import { f as forFile, p as prepareOutputDir, w as writeOutputFile, d as describeIoError } from './chunks/output.js';
import 'node:crypto';
import './chunks/catalogue.js';
import { r as renderMarkdown, S as SUMMARY_LIMIT, c as checkCounts, f as fitSummary } from './chunks/markdown.js';
import { r as registeredChecks, a as registerChecks } from './chunks/dates.js';
import { i as isFileEvidence } from './chunks/capability-matrix.js';
import { n as notReadSummary, e as excludedSummary } from './chunks/group.js';
import { renderJson } from './chunks/json.js';
import { writeReportFiles } from './chunks/write-report.js';
import { D as DEFAULT_INVENTORY_TIMEOUT_S, l as loadGateConfig, p as prepareGate, r as readServedInventory, j as judgeGate } from './chunks/run.js';
import { markerFor, commentBody } from './chunks/comment-body.js';
import './chunks/security.js';
import './chunks/rules.js';
import 'node:zlib';
import './chunks/tools.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunks/_commonjsHelpers.js';
import 'node:tls';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'process';
import 'buffer';
import 'node:os';
import './chunks/version.js';
import './chunks/go-live-report.js';
import './chunks/mod.js';
import './chunks/schema.js';
import './chunks/parallel-scan.js';
import 'node:module';
import 'node:child_process';

// GitHub facts the checks need, read once per run, in parallel. Only the
// runner's environment and the API are read; evidence never decides.
const MAX_EVENT_BYTES = 5 * 1024 * 1024;
/** The run's context from the runner's environment (GITHUB_REPOSITORY, GITHUB_EVENT_PATH, …). */
function readRunContext(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return undefined;
    let event = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            if (statSync(path).size <= MAX_EVENT_BYTES)
                event = JSON.parse(readFileSync(path, 'utf8'));
        }
        catch {
            event = {};
        }
    }
    const pr = event.pull_request;
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: env.GITHUB_SHA ?? String(pr?.head?.sha ?? ''),
        ref: env.GITHUB_REF ?? '',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID,
        defaultBranch: event.repository?.default_branch,
        pull: pr && typeof pr.number === 'number'
            ? {
                number: pr.number,
                author: String(pr.user?.login ?? ''),
                headSha: String(pr.head?.sha ?? ''),
                baseRef: String(pr.base?.ref ?? ''),
                ...(typeof pr.base?.sha === 'string' ? { baseSha: pr.base.sha } : {}),
                fromFork: pr.head?.repo?.full_name !== undefined && pr.head?.repo?.full_name !== `${owner}/${repo}`
            }
            : undefined
    };
}
/** A documented 404 that means "none" or "not enabled", not "cannot read". */
function notFoundAs(f, value) {
    return !f.ok && f.status === 404 ? { ok: true, endpoint: f.endpoint, value } : f;
}
async function collectGitHubEvidence(client, ctx, releaseBranches, configRepoPath, halves = { codeScanning: false, securityUpdates: false }) {
    let requests = 0;
    const { owner, repo } = ctx;
    const count = (p) => {
        requests++;
        return p;
    };
    const defaultBranch = ctx.defaultBranch ?? 'main';
    const rulesEndpoint = (b) => `GET /repos/${owner}/${repo}/rules/branches/${b}`;
    const classicEndpoint = (b) => `GET /repos/${owner}/${repo}/branches/${b}/protection`;
    const listEndpoint = `GET /repos/${owner}/${repo}/branches`;
    // One listing gives every branch's `protected` flag and the release branches that exist.
    const listed = client
        ? await count(fact(listEndpoint, () => client.request('GET /repos/{owner}/{repo}/branches', { owner, repo, per_page: 100 }), (d) => Array.isArray(d)
            ? d.map((b) => ({
                name: String(b.name),
                protected: b.protected === true
            }))
            : undefined))
        : noToken(listEndpoint);
    // The config's globs, matched in linear time (dot: branch names have no segment starting with one).
    const match = releaseBranches.length ? globMatcher(releaseBranches) : () => false;
    const release = listed.ok
        ? listed.value
            .filter((b) => b.name !== defaultBranch && match(b.name))
            .slice(0, 3)
            .map((b) => b.name)
        : [];
    const listingOf = (branch) => {
        if (!listed.ok)
            return listed;
        const b = listed.value.find((x) => x.name === branch);
        return b
            ? { ok: true, endpoint: listEndpoint, value: { protected: b.protected } }
            : {
                ok: false,
                endpoint: listEndpoint,
                status: 404,
                reason: `${branch} is not in the first 100 branches`,
                howToFix: 'The branch listing is read once, 100 branches at most.'
            };
    };
    const branchFacts = async (branch) => {
        if (!client)
            return {
                branch,
                rules: noToken(rulesEndpoint(branch)),
                classic: noToken(classicEndpoint(branch)),
                listing: noToken(listEndpoint)
            };
        const rules = await count(fact(rulesEndpoint(branch), () => client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner, repo, branch }), shapes.rules));
        // Classic protection needs Administration: read; ask only when the rules leave something open.
        if (halves.classicProtection && !halves.classicProtection(rules, branch === defaultBranch))
            return { branch, rules, listing: listingOf(branch) };
        const classic = await count(fact(classicEndpoint(branch), () => client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { owner, repo, branch }), shapes.classic));
        return { branch, rules, classic, listing: listingOf(branch) };
    };
    const pull = ctx.pull;
    const baseConfigEndpoint = pull && configRepoPath ? `GET /repos/${owner}/${repo}/contents/${configRepoPath}?ref=${pull.baseRef}` : undefined;
    const analysesEndpoint = `GET /repos/${owner}/${repo}/code-scanning/analyses?ref=refs/heads/${defaultBranch}`;
    const securityUpdatesEndpoint = `GET /repos/${owner}/${repo}/automated-security-fixes`;
    const [branches, environments, reviews, baseConfig, codeScanning, securityUpdates] = await Promise.all([
        Promise.all([defaultBranch, ...release].map(branchFacts)),
        client
            ? count(fact(`GET /repos/${owner}/${repo}/environments`, () => client.request('GET /repos/{owner}/{repo}/environments', { owner, repo, per_page: 100 }), shapes.environments))
            : Promise.resolve(noToken(`GET /repos/${owner}/${repo}/environments`)),
        ctx.pull
            ? client
                ? count(fact(`GET /repos/${owner}/${repo}/pulls/${ctx.pull.number}/reviews`, () => client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
                    owner,
                    repo,
                    pull_number: ctx.pull.number,
                    per_page: 100
                }), shapes.reviews))
                : Promise.resolve(noToken(`GET /repos/${owner}/${repo}/pulls/${ctx.pull.number}/reviews`))
            : Promise.resolve(undefined),
        baseConfigEndpoint && client
            ? count(fact(baseConfigEndpoint, () => client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path: configRepoPath,
                ref: pull.baseRef
            }), shapes.content)).then((f) => !f.ok && f.status === 404 ? { ok: true, endpoint: f.endpoint, value: null } : f)
            : Promise.resolve(undefined),
        !halves.codeScanning
            ? Promise.resolve(undefined)
            : client
                ? count(fact(analysesEndpoint, () => client.request('GET /repos/{owner}/{repo}/code-scanning/analyses', {
                    owner,
                    repo,
                    ref: `refs/heads/${defaultBranch}`,
                    per_page: 1
                }), shapes.analyses)).then((f) => notFoundAs(f, []))
                : Promise.resolve(noToken(analysesEndpoint)),
        !halves.securityUpdates
            ? Promise.resolve(undefined)
            : client
                ? count(fact(securityUpdatesEndpoint, () => client.request('GET /repos/{owner}/{repo}/automated-security-fixes', { owner, repo }), shapes.securityUpdates)).then((f) => notFoundAs(f, { enabled: false, paused: false }))
                : Promise.resolve(noToken(securityUpdatesEndpoint))
    ]);
    return {
        context: ctx,
        defaultBranch,
        branches,
        branchListing: listed,
        environments,
        reviews,
        baseConfig,
        codeScanning,
        securityUpdates,
        requests
    };
}

// The sticky PR comment: one per pull request and config path, found by a
// hidden marker AND written by the token's own identity (a marker pasted into
// someone else's comment is ignored), updated in place, within GitHub's limit.
/**
 * Who the token is: GET /user for personal and app tokens; GITHUB_TOKEN cannot call it and is the github-actions bot.
 */
async function identity(client) {
    const me = await fact('GET /user', () => client.request('GET /user'), shapes.login);
    return { login: me.ok ? me.value : 'github-actions[bot]', requests: 1 };
}
function isOurs(c, marker, login) {
    return c.body.includes(marker) && c.user.toLowerCase() === login.toLowerCase();
}
async function upsertComment(client, target, text, marker) {
    const { owner, repo, issue } = target;
    // The body as posted: through the one output pass, after every cut commentBody made.
    const body = forFile(text);
    let requests = 0;
    // Who the token is matters only once a comment carries our marker (someone may have copied it): asked then, once.
    let me;
    // Up to 5 pages of 100: a pull request with more comments than that gets a new one.
    let existing;
    for (let page = 1; page <= 5 && !existing; page++) {
        requests++;
        const list = await fact(`GET /repos/${owner}/${repo}/issues/${issue}/comments`, () => client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issue,
            per_page: 100,
            page
        }), shapes.comments);
        if (!list.ok)
            return { action: 'failed', detail: `could not list comments: ${list.reason}. ${list.howToFix}`, requests };
        if (me === undefined && list.value.some((c) => c.body.includes(marker))) {
            const who = await identity(client);
            me = who.login;
            requests += who.requests;
        }
        existing = me === undefined ? undefined : list.value.find((c) => isOurs(c, marker, me));
        if (list.value.length < 100)
            break;
    }
    requests++;
    const write = existing
        ? await fact(`PATCH /repos/${owner}/${repo}/issues/comments/${existing.id}`, () => client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner,
            repo,
            comment_id: existing.id,
            body
        }), (d) => d)
        : await fact(`POST /repos/${owner}/${repo}/issues/${issue}/comments`, () => client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: issue,
            body
        }), (d) => d);
    if (!write.ok)
        return { action: 'failed', detail: `could not write the comment: ${write.reason}. ${write.howToFix}`, requests };
    return {
        action: existing ? 'updated' : 'created',
        detail: existing ? `updated comment ${existing.id}` : 'created the comment',
        requests
    };
}

const LEVEL = { critical: 'error', blocking: 'error', advisory: 'warning' };
const SEVERITY = { critical: '9.0', blocking: '7.0', advisory: '4.0' };
function renderSarif(result) {
    const rules = registeredChecks().map((e) => ({
        id: e.id,
        name: e.title.replace(/[^A-Za-z0-9]+/g, ''),
        shortDescription: { text: e.title },
        fullDescription: { text: `Passes when ${e.passesWhen}.` },
        // The same text as `mcp-golive explain` and docs/checks/<id>.md.
        help: { text: `${e.title}: passes when ${e.passesWhen}.`, markdown: explainMarkdown(e) },
        defaultConfiguration: { level: LEVEL[e.level] },
        properties: { tags: ['mcp', 'go-live', e.phase], 'security-severity': SEVERITY[e.level], level: e.level }
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    for (const f of result.findings) {
        if (f.status !== 'failed' && f.status !== 'warning' && f.status !== 'not verified')
            continue;
        const files = f.evidence.filter(isFileEvidence);
        results.push({
            ruleId: f.check,
            ruleIndex: index.get(f.check),
            level: f.status === 'failed' && f.level !== 'advisory' ? 'error' : f.status === 'not verified' ? 'note' : 'warning',
            message: { text: `${f.status === 'not verified' ? 'Not verified: ' : ''}${f.message}` },
            locations: (files.length ? files : [{ file: result.config.path, line: 1, column: 1 }]).slice(0, 10).map((e) => ({
                physicalLocation: {
                    artifactLocation: { uri: e.file, uriBaseId: '%SRCROOT%' },
                    region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) }
                }
            })),
            properties: { status: f.status, blocking: !!f.blocking }
        });
    }
    const log = {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: result.tool.name,
                        version: result.tool.version,
                        informationUri: 'https://github.com/mcp-golive/mcp-golive',
                        rules
                    }
                },
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: notCovered(result) }],
                results
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/**
 * The files the verdict does not cover, as notifications: a count for each list, then one per listed file (the
 * result lists the first 20 of each).
 */
function notCovered(result) {
    const at = (uri) => [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }];
    const out = [];
    const notRead = notReadSummary(result);
    if (notRead) {
        out.push({ level: 'warning', message: { text: `${notRead}: the verdict does not cover them.` } });
        for (const f of result.notRead.files)
            out.push({ level: 'warning', message: { text: `Not read (${f.reason}).` }, locations: at(f.path) });
    }
    const excluded = excludedSummary(result);
    if (excluded) {
        out.push({ level: 'warning', message: { text: `${excluded}: the verdict does not cover them.` } });
        for (const f of result.excluded.files)
            out.push({ level: 'warning', message: { text: 'Left out by paths.include/exclude.' }, locations: at(f) });
    }
    return out;
}

// The action: read the inputs, run the gate on the checkout, write the result
// files, publish, and fail the step while a blocking item is open. The only
// code from the checkout it runs is the inventory server golive.yaml names,
// and never under pull_request_target.
async function run(env = process.env) {
    const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    try {
        // 1. Inputs.
        const dir = resolve(workspace, getInput('working-directory') || '.');
        if (!isInside(workspace, dir))
            throw new UsageError(`working-directory must be inside the workspace (${workspace})`);
        const config = getInput('config') || 'golive.yaml';
        const token = getInput('token');
        const acceptNotVerified = getInput('accept-not-verified') === 'true';
        const wantComment = getInput('comment') !== 'false';
        const wantCheckRun = getInput('check-run') !== 'false';
        const timeoutS = Number(getInput('api-timeout') || '15');
        if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 300)
            throw new UsageError(`api-timeout must be a number of seconds between 1 and 300, got "${getInput('api-timeout')}"`);
        // The same parser and cap as the CLI's --jobs; the default is capped the same way (src/jobs.ts).
        const jobs = jobsInput(getInput('jobs'), 'jobs');
        if (jobs?.capped)
            log.info(jobs.capped);
        const timeLimitS = getInput('time-limit') || String(DEFAULT_TIME_LIMIT_S);
        applyTimeLimit('time-limit', timeLimitS);
        const inventoryTimeoutS = Number(getInput('inventory-timeout') || String(Math.min(DEFAULT_INVENTORY_TIMEOUT_S, Number(timeLimitS))));
        if (!(Number.isFinite(inventoryTimeoutS) && inventoryTimeoutS > 0 && inventoryTimeoutS <= Number(timeLimitS)))
            throw new UsageError(`inventory-timeout must be a number of seconds above 0 and at most time-limit (${timeLimitS}), got "${getInput('inventory-timeout')}"`);
        // 2. The config, the checkout's evidence, then the facts only the API knows (in parallel, each once).
        const loaded = loadGateConfig({ dir, config, configInsideCheckout: true });
        const context = readRunContext(env);
        const client = token && context ? createClient({ token, baseUrl: context.apiUrl, timeoutMs: timeoutS * 1000 }) : undefined;
        if (!context)
            log.warning('Not running in a GitHub Actions context (GITHUB_REPOSITORY unset): API checks are not verified.');
        else if (!token)
            log.warning('No token: API checks are not verified and block unless accept-not-verified is set.');
        // The checkout first: what it settles is not asked of the API (CodeQL default setup and Dependabot
        // security updates leave no file, so those are read only when the files do not pass).
        const prepared = await prepareGate({ dir, loaded, jobs: jobs?.jobs });
        // The inventory server runs code from the checkout: never when the workflow runs with the base repository's secrets
        // on a pull request's code.
        await readServedInventory(prepared, {
            timeoutS: inventoryTimeoutS,
            env,
            ...(env.GITHUB_EVENT_NAME === 'pull_request_target'
                ? {
                    refuseStart: "under pull_request_target the gate starts nothing from the checkout (the pull request's code would run with the base repository's secrets); run the gate on pull_request, or use an inventory file",
                    loopbackOnly: "under pull_request_target the pull request writes this address and could point it at a service of the runner's network"
                }
                : {})
        });
        const configRepoPath = relative(workspace, resolve(dir, loaded.path)).split('\\').join('/');
        const github = context
            ? await collectGitHubEvidence(client, context, loaded.config.releaseBranches, configRepoPath, plannedApiHalves(registeredChecks(), prepared.evidence))
            : undefined;
        // 3. The gate. Without context it is a local run (API checks not verified).
        const gate = judgeGate(prepared, { loaded, github, acceptNotVerified, strict: true });
        const { result } = gate;
        // New in this PR: the base branch's result, only read (the same under pull_request_target).
        let baseRequests = 0;
        if (context?.pull) {
            const baseResult = getInput('base-result');
            const compared = await comparisonFor(result, {
                client,
                owner: context.owner,
                repo: context.repo,
                baseSha: context.pull.baseSha,
                configPath: result.config.path,
                ...(baseResult ? { baseResultFile: resolve(workspace, baseResult) } : {}),
                debug: log.debug,
                warn: log.warning
            });
            if (compared.comparison)
                result.comparison = compared.comparison;
            baseRequests = compared.requests;
        }
        // 4. Files first: whatever happens while publishing, the result is kept.
        const outDir = join(dir, '.golive');
        // Never through a link: a pull request controls the checkout, .golive/ included.
        const place = { checkout: dir };
        prepareOutputDir(outDir, place);
        const jsonPath = join(outDir, 'golive-result.json');
        const sarifPath = join(outDir, 'golive.sarif');
        writeOutputFile(jsonPath, renderJson(result), place);
        writeOutputFile(sarifPath, renderSarif(result), place);
        const linkBase = context
            ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.pull?.headSha || context.sha}`
            : undefined;
        const markdown = renderMarkdown(result, { linkBase });
        writeOutputFile(join(outDir, 'summary.md'), markdown, place);
        writeReportFiles(outDir, gate, {
            repositoryUrl: context ? `${context.serverUrl}/${context.owner}/${context.repo}` : null,
            commit: context?.pull?.headSha || context?.sha || null,
            ref: context?.ref || null
        }, place);
        log.setOutput('verdict', result.verdict);
        log.setOutput('blocking', String(result.blocking));
        log.setOutput('report-path', outDir);
        log.setOutput('json-path', jsonPath);
        log.setOutput('sarif-path', sarifPath);
        // 5. Publish. A failure here is said in the log and the summary; it never changes the verdict.
        const notes = await publish({
            client,
            context,
            result,
            linkBase,
            wantComment,
            wantCheckRun,
            configPath: loaded.path,
            apiRequests: (github?.requests ?? 0) + baseRequests
        });
        const summaryUrl = context?.runId
            ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`
            : undefined;
        // 8 KiB kept for the publishing notes below the checklist.
        const jobSummary = renderMarkdown(result, {
            linkBase,
            summaryUrl,
            limit: SUMMARY_LIMIT - 8192,
            measure: (s) => Buffer.byteLength(s),
            surface: 'job summary'
        });
        await writeSummary(jobSummary + (notes.length ? `\n### Publishing\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''), env);
        // 6. The verdict.
        if (result.verdict === 'blocked') {
            const open = checkCounts(result).blocking.length;
            log.setFailed(`MCP go-live: blocked — ${open} check${open === 1 ? '' : 's'} open (${result.blocking} blocking finding${result.blocking === 1 ? '' : 's'}).`);
            return EXIT.blocked;
        }
        log.info(`MCP go-live: ready (${result.counts.passed} passed${result.counts.attested ? `, ${result.counts.attested} attested` : ''}).`);
        return EXIT.ready;
    }
    catch (e) {
        if (e instanceof UsageError) {
            for (const p of e.problems)
                log.error(`${p.field ? `${p.field}: ` : ''}${p.message}`, {
                    file: p.file,
                    startLine: p.line,
                    startColumn: p.column,
                    title: 'golive.yaml'
                });
            log.setFailed(e.describe());
        }
        else if (e?.code && e.syscall) {
            // A file-system failure the run did not foresee: which file, and why, in words.
            const errno = e;
            log.setFailed(`${errno.syscall}${errno.path ? ` ${errno.path}` : ''}: ${describeIoError(e)}`);
        }
        else {
            log.setFailed(`internal error: ${e?.message ?? String(e)}`);
            log.debug(e?.stack ?? '');
        }
        log.setOutput('verdict', 'error');
        return EXIT.usage;
    }
}
/** The comment and the check run; returns what a reader should know about them. */
async function publish(p) {
    const notes = [];
    let requests = p.apiRequests;
    const summaryUrl = p.context?.runId
        ? `${p.context.serverUrl}/${p.context.owner}/${p.context.repo}/actions/runs/${p.context.runId}`
        : undefined;
    if (p.client && p.context?.pull && p.wantComment) {
        const marker = markerFor(p.configPath);
        const outcome = await upsertComment(p.client, { owner: p.context.owner, repo: p.context.repo, issue: p.context.pull.number }, commentBody(p.result, { marker, linkBase: p.linkBase, summaryUrl }), marker);
        requests += outcome.requests;
        if (outcome.action === 'failed') {
            const why = p.context.pull.fromFork ? ' (a fork pull request gets a read-only token under `pull_request`)' : '';
            log.warning(`The PR comment was not written: ${outcome.detail}${why}`);
            notes.push(`The PR comment was not written${why}: ${outcome.detail}`);
        }
        else
            log.info(`PR comment: ${outcome.detail}.`);
    }
    let annotated = false;
    if (p.client && p.context && p.wantCheckRun) {
        const sha = p.context.pull?.headSha || p.context.sha;
        const outcome = await createCheckRun(p.client, { owner: p.context.owner, repo: p.context.repo, sha }, p.result, checkRunSummary(p.result, { linkBase: p.linkBase, summaryUrl }), summaryUrl);
        requests += outcome.requests;
        annotated = outcome.ok;
        if (!outcome.ok) {
            log.warning(`The check run was not written: ${outcome.detail}`);
            notes.push(`The check run was not written: ${outcome.detail}. Annotations were written as workflow commands instead.`);
        }
        else
            log.info(`Check run: ${outcome.detail}.`);
    }
    if (!annotated) {
        for (const a of workflowAnnotations(p.result))
            log[a.level](a.message, { file: a.file, startLine: a.line, startColumn: a.column, title: a.title });
    }
    log.info(`GitHub API requests: ${requests}.`);
    return notes;
}
async function writeSummary(markdown, env) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    const body = fitSummary(markdown);
    try {
        await log.summary(body);
    }
    catch (e) {
        log.warning(`Could not write the job summary: ${e.message}`);
    }
}
/** The action in the gate thread, with the registry the composition root (app/main.ts) hands in. */
function runAction(checks) {
    registerChecks(checks);
    run().then((code) => {
        process.exitCode = code;
    });
}

// The action's gate thread (started by src/index.ts as dist/main.js): the registry of checks meets
// src/ here (src/ never imports checks/).
runAction(CHECKS);
