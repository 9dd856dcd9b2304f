import { statSync, openSync, constants, readSync, closeSync, realpathSync, lstatSync, fstatSync, existsSync } from 'node:fs';
import { resolve, isAbsolute, relative } from 'node:path';
import { closest, distance } from './mod.js';
import { createHash } from 'node:crypto';
import { d as checkInfo, b as registeredChecks, M as MAX_EVIDENCE_PER_FINDING, P as PHASES, f as blocks, S as STATUSES, a as TOOL_VERSION, T as TOOL_NAME, g as compactMatrix, h as capabilityMatrix, j as attestationFor, c as isFileEvidence, k as toolEntries } from './registry.js';
import { U as UsageError, g as gateThreadData } from './gate-thread.js';
import { d as describeIoError, r as redactThenCut, c as redactSecrets, e as redactDeep, k as knowSecrets } from './output.js';
import { r as parseYaml, s as position, M as MAX_ALIAS_COUNT, f as nodePosition, t as closestNode, u as keyAt, v as isLinearGlob, g as globMatcher, a as isTestPath, l as languageOf, i as isInside, e as distExports, q as Repository, w as dotenvSecrets, x as testDataIn, y as lineText, z as scanSources, A as createSecretsDetector } from './catalogue.js';
import { c as configSchema, n as notApplicableReason } from './schema.js';
import { c as collectRepoEvidence } from './index.js';
import { spawn } from 'node:child_process';
import { parentPort } from 'node:worker_threads';
import { m as matchSecrets } from './rules.js';

// Reads golive.yaml: bounded, positioned, every problem reported at once.
const MAX_CONFIG_BYTES = 1024 * 1024;
const NO_CONFIG_HINT = 'Create one with `mcp-golive init` (it reads the repository and writes a golive.yaml to review), or pass --config FILE.';
/** Why golive.yaml cannot be opened or read, in words, naming the file. */
function unreadable(displayPath, e) {
    const code = e?.code;
    if (code === 'ENOENT')
        return new UsageError(`${displayPath}: no such file`, [], NO_CONFIG_HINT);
    if (code === 'ELOOP')
        return new UsageError(`${displayPath}: a symbolic link loop (the link points, in the end, back at itself)`);
    return new UsageError(`${displayPath}: cannot be read: ${describeIoError(e)}`);
}
/**
 * Reads golive.yaml with a byte cap on the read itself, not on the size the file system states
 * (a /proc file states 0 and can be endless); only a regular file is opened for reading, so a
 * FIFO or a device never blocks the run.
 */
function loadConfig(path, displayPath = path) {
    let fd;
    try {
        const st = statSync(path);
        if (!st.isFile())
            throw new UsageError(`${displayPath}: not a file`);
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (e) {
        if (e instanceof UsageError)
            throw e;
        throw unreadable(displayPath, e);
    }
    const chunks = [];
    let size = 0;
    try {
        for (;;) {
            const chunk = Buffer.alloc(Math.min(64 * 1024, MAX_CONFIG_BYTES + 1 - size));
            const n = readSync(fd, chunk, 0, chunk.length, null);
            if (n === 0)
                break;
            chunks.push(chunk.subarray(0, n));
            size += n;
            if (size > MAX_CONFIG_BYTES) {
                throw new UsageError('', [
                    {
                        file: displayPath,
                        line: 1,
                        column: 1,
                        field: '',
                        message: `file is over ${MAX_CONFIG_BYTES} bytes, the limit`
                    }
                ]);
            }
        }
    }
    catch (e) {
        if (e instanceof UsageError)
            throw e;
        throw unreadable(displayPath, e);
    }
    finally {
        closeSync(fd);
    }
    const bytes = Buffer.concat(chunks);
    return parseConfig(bytes.toString('utf8'), displayPath, createHash('sha256').update(bytes).digest('hex'));
}
function parseConfig(text, file, sha256 = createHash('sha256').update(text).digest('hex')) {
    const problems = [];
    const at = (line, column, field, message) => problems.push({ file, line, column, field, message });
    const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const { doc, lineCounter } = parseYaml(src);
    // Out of stack, the parser says so once per level as it unwinds: one problem is enough.
    const overflow = doc.errors.find((err) => /call stack/i.test(err.message));
    for (const err of overflow ? [overflow] : doc.errors) {
        const pos = position(lineCounter, err.pos[0]);
        at(pos.line, pos.column, '', yamlMessage(err.code, err.message, keyText(src, err.pos[0])));
    }
    if (problems.length)
        throw new UsageError(`${file}: invalid YAML`, problems);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        at(1, 1, '', `cannot be read: ${e.message} (aliases are limited to ${MAX_ALIAS_COUNT})`);
        throw new UsageError(`${file}: invalid YAML`, problems);
    }
    if (data === null || data === undefined) {
        at(1, 1, '', 'the file is empty; it needs at least version, server and tools (see `mcp-golive init`)');
        throw new UsageError(`${file}: invalid configuration`, problems);
    }
    const result = configSchema.safeParse(data);
    if (!result.success) {
        for (const issue of result.error.issues)
            problems.push(...issueProblems(issue, doc, lineCounter, file));
    }
    problems.push(...checkIdProblems(data, doc, lineCounter, file));
    if (problems.length) {
        problems.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new UsageError(`${file}: invalid configuration`, problems);
    }
    return {
        config: result.data,
        path: file,
        sha256,
        locate: (path) => nodePosition(lineCounter, closestNode(doc, path))
    };
}
/**
 * The text of a plain key starting at `from`, up to its ':' or the line's end, shown in at most 80
 * characters: redacted before it is cut, as a secret across the cut would no longer be found.
 */
function keyText(src, from) {
    let end = from;
    while (end < src.length && end - from < MAX_KEY_READ && src[end] !== ':' && src[end] !== '\n')
        end++;
    return redactThenCut(src.slice(from, end).trim(), 80);
}
/** How much of a key is read to redact it: longer than any credential the rules know in one line. */
const MAX_KEY_READ = 4096;
/** The parser's message in ours; `text`: the source it points at (the key, for a duplicate key). */
function yamlMessage(code, message, text) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    if (code === 'DUPLICATE_KEY')
        return `duplicate key "${text.trim()}": each key may appear once in a mapping`;
    // The parser is recursive: past some thousands of levels it runs out of stack, and says so in V8's words.
    if (/call stack/i.test(first))
        return 'nested too deeply to read (a golive.yaml needs a few levels of nesting)';
    return first;
}
function fieldOf(path) {
    return path.map(String).join('.');
}
function issueProblems(issue, doc, lc, file) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const pos = nodePosition(lc, keyAt(doc, path, key) ?? closestNode(doc, path));
            const known = knownKeys(path);
            const guess = known.length ? closest(key, known) : undefined;
            const hint = guess && similar(key, guess)
                ? ` (did you mean "${guess}"?)`
                : known.length
                    ? ` (known keys: ${known.join(', ')})`
                    : '';
            return { file, ...pos, field: fieldOf([...path, key]), message: `unknown key${hint}` };
        });
    }
    const pos = nodePosition(lc, closestNode(doc, path));
    let message = issue.message;
    if (valueAt(doc, path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
        message = `missing required field`;
    }
    else if (issue.code === 'invalid_value' && 'values' in issue) {
        const allowed = issue.values.map((v) => JSON.stringify(v));
        message = allowed.length === 1 ? `must be ${allowed[0]}` : `must be one of ${allowed.join(', ')}`;
        const got = valueAt(doc, path);
        const sameNumber = typeof got === 'string' ? issue.values.find((v) => typeof v === 'number' && String(v) === got.trim()) : undefined;
        if (sameNumber !== undefined) {
            message = `must be the number ${String(sameNumber)}, not the string "${got}" (write it without quotes)`;
        }
        else if (typeof got === 'string') {
            const guess = closest(got, issue.values.map(String));
            message += similar(got, guess) ? ` (got "${got}"; did you mean "${guess}"?)` : ` (got "${got}")`;
        }
    }
    return [{ file, ...pos, field: fieldOf(path), message }];
}
function valueAt(doc, path) {
    const v = doc.getIn(path);
    return v;
}
function similar(a, b) {
    return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(2, Math.floor(b.length / 3));
}
/** The keys the schema allows at a path, for "did you mean" hints. */
function knownKeys(path) {
    let schema = configSchema;
    for (const key of path) {
        schema = unwrap(schema);
        const def = schema.def;
        if (def?.type === 'object' && def.shape)
            schema = def.shape[String(key)];
        else if (def?.type === 'array')
            schema = def.element;
        else
            return [];
    }
    const def = unwrap(schema).def;
    return def?.type === 'object' && def.shape ? Object.keys(def.shape).filter((k) => k !== '$schema') : [];
}
function unwrap(schema) {
    let s = schema;
    while (s?.def && ['default', 'optional', 'nullable', 'pipe', 'prefault'].includes(s.def.type ?? '')) {
        s = (s.def.innerType ?? s.def.in);
    }
    return s;
}
/**
 * Waivers and attestations must name a known, non-critical check (read from the raw data so these show with schema
 * errors).
 */
function checkIdProblems(data, doc, lc, file) {
    const problems = [];
    for (const [section, verb] of [
        ['waivers', 'waived'],
        ['attestations', 'attested']
    ]) {
        const list = data?.[section];
        if (!Array.isArray(list))
            continue;
        list.forEach((item, i) => {
            const id = item?.check;
            if (typeof id !== 'string')
                return;
            const path = [section, i, 'check'];
            const pos = nodePosition(lc, closestNode(doc, path));
            const entry = checkInfo(id);
            if (!entry) {
                problems.push({
                    file,
                    ...pos,
                    field: fieldOf(path),
                    message: `unknown check id "${id}" (did you mean "${closest(id, registeredChecks().map((c) => c.id))}"?)`
                });
            }
            else if (entry.level === 'critical' &&
                !(section === 'attestations' && typeof item.subject === 'string')) {
                // An attestation of a critical check with a subject approves leaving that path (or exclude pattern) out; it
                // attests nothing else.
                problems.push({
                    file,
                    ...pos,
                    field: fieldOf(path),
                    message: `"${id}" is a critical check and can never be ${verb}`
                });
            }
        });
    }
    return problems;
}

/** The kinds of evidence each check reads from files (checks not named read none, or only documents). */
const CHECK_READS = {
    'security.tools-declared': ['source'],
    'security.trifecta': ['source'],
    'security.private-data': ['source'],
    'security.untrusted-content': ['source'],
    'security.external-communication': ['source', 'manifest'],
    'security.content-types': ['source'],
    'auth.obo': ['source'],
    'auth.token-validation': ['source', 'manifest'],
    'auth.identity-scoping': ['source'],
    'auth.no-app-credentials': ['source', 'manifest'],
    'observability.tracing': ['source', 'manifest'],
    'observability.span-attributes': ['source'],
    'policy.secrets': ['source', 'manifest', 'workflow', 'config text'],
    'policy.test-data': ['source', 'config text'],
    'policy.ci-tests': ['workflow'],
    'policy.security-scanning': ['workflow'],
    'policy.dependency-updates': ['workflow'],
    'policy.container-scan': ['workflow'],
    'policy.zone': ['manifest'],
    'infra.gateway-route': ['manifest'],
    'infra.security-policy': ['manifest'],
    'infra.pod-security': ['manifest'],
    'infra.hardening': ['manifest'],
    'infra.audit-logging': ['manifest', 'source']
};
const ALL_KINDS = ['source', 'manifest', 'workflow', 'config text'];
const CONFIG_TEXT = /(^|\/)\.env(\.[\w.-]+)?$|\.(json|jsonc|toml|ini|cfg|conf|properties|env|sh|bash|ps1|txt|xml|config|tf|tfvars|bicep)$/i;
/**
 * The kinds of evidence a path could hold; a folder the walk did not enter (too deep, unreadable, the file limit) could
 * hold any.
 */
function kindsOf(path, reason) {
    if (reason === 'too deep' ||
        reason === 'file limit reached' ||
        (reason === 'unreadable' && !path.slice(path.lastIndexOf('/') + 1).includes('.')))
        return ALL_KINDS;
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return ['workflow', 'config text'];
    if (languageOf(path) !== undefined)
        return ['source'];
    if (/\.(ya?ml|tpl)$/i.test(path) || /(^|\/)Kustomization$/.test(path))
        return ['manifest', 'config text'];
    if (CONFIG_TEXT.test(path))
        return ['config text'];
    return [];
}
/** Checks that read test code and fixtures only: a file elsewhere that was not read hides nothing from them. */
const READS_TESTS_ONLY = new Set(['policy.test-data']);
/** Files of the kinds a check reads that the gate did not read (skipped). */
function unreadFilesFor(check, skipped) {
    const reads = CHECK_READS[check];
    if (!reads)
        return [];
    return skipped.filter((s) => {
        const kinds = kindsOf(s.path, s.reason);
        if (!kinds.some((k) => reads.includes(k)))
            return false;
        return !READS_TESTS_ONLY.has(check) || kinds === ALL_KINDS || isTestPath(s.path);
    });
}
/**
 * Files left out by `paths.include` / `paths.exclude` that a critical check reads, and that no
 * approval names: an attestation of that check whose `subject` is the path or a glob matching it
 * (the exclude pattern, say). Test code is left out freely (test findings never block production checks).
 */
function unapprovedExclusionsFor(check, ctx) {
    const reads = CHECK_READS[check];
    // Test code is left out freely, so a check that reads only test code has nothing left out.
    if (!reads || !ctx.repo.excluded?.length || READS_TESTS_ONLY.has(check))
        return [];
    const subjects = ctx.config.attestations
        .filter((a, i) => a.check === check && a.subject !== undefined && !ctx.unapproved?.attestations.has(i))
        .map((a) => a.subject);
    const approved = new Set(subjects);
    // A subject that is no glob the gate can match in linear time approves only the path it spells.
    const globs = subjects.filter(isLinearGlob).map((g) => globMatcher([g]));
    return (ctx.repo.excluded ?? []).filter((p) => !isTestPath(p) && kindsOf(p).some((k) => reads.includes(k)) && !approved.has(p) && !globs.some((m) => m(p)));
}
const list = (paths) => `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` (+${paths.length - 3} more)` : ''}`;
/**
 * A check's outcomes with its passes (and `not applicable`s) made `not verified` when files it reads were not read or
 * were excluded without approval.
 */
function coverOutcomes(check, outcomes, unread, excluded) {
    if (!unread.length && !excluded.length)
        return outcomes;
    const why = [
        unread.length
            ? `${unread.length} file${unread.length === 1 ? '' : 's'} it reads ${unread.length === 1 ? 'was' : 'were'} not read: ${list(unread.map((s) => `${s.path} (${s.reason})`))}`
            : '',
        excluded.length
            ? `paths.include/exclude leaves out ${excluded.length} file${excluded.length === 1 ? '' : 's'} it reads, with no attestation naming ${excluded.length === 1 ? 'it' : 'them'}: ${list(excluded)}`
            : ''
    ]
        .filter(Boolean)
        .join('; ');
    return outcomes.map((o) => o.status !== 'passed' && o.status !== 'not applicable'
        ? o
        : {
            ...o,
            status: 'not verified',
            message: `${o.message} But ${why}.`,
            reason: why,
            evidence: [
                ...unread.slice(0, 3).map((s) => ({ file: s.path, line: 1, column: 1, note: `not read: ${s.reason}` })),
                ...excluded
                    .slice(0, 3)
                    .map((p) => ({ file: p, line: 1, column: 1, note: 'left out by paths.include/exclude' })),
                ...(o.evidence ?? [])
            ],
            fix: excluded.length
                ? `Read the path (paths.include names it, paths.exclude does not), or approve leaving it out with an attestation of ${check} whose subject is the path or a glob matching it.`
                : 'Commit the file as UTF-8 text under the size and depth limits (README, Safety), or remove it.'
        });
}

/** Skipped files named in the result; the rest are counted. */
const MAX_NOT_READ_LISTED = 20;
/** Places a finding leaves out: past the cap, plus those the check itself only counted. */
function omitted(o) {
    const n = Math.max(0, (o.evidence?.length ?? 0) - MAX_EVIDENCE_PER_FINDING) + (o.omittedEvidence ?? 0);
    return n ? { omittedEvidence: n } : {};
}
function evaluate(ctx, checks, options = {}) {
    const findings = [];
    for (const check of checks) {
        const entry = check;
        let outcomes;
        const started = performance.now();
        try {
            const notApplicable = notApplicableReason(ctx, check.id);
            outcomes = notApplicable ? [{ status: 'not applicable', message: notApplicable }] : check.run(ctx);
        }
        catch (e) {
            // A check that throws is a bug of ours; it must not pass silently.
            outcomes = [
                {
                    status: 'not verified',
                    message: `the check failed internally: ${e.message}`,
                    reason: 'internal error'
                }
            ];
        }
        // A check does not pass on files it reads that the gate skipped, or that paths.include/exclude left out of a
        // critical one unapproved.
        outcomes = coverOutcomes(check.id, outcomes, unreadFilesFor(check.id, ctx.repo.skipped), entry.level === 'critical' ? unapprovedExclusionsFor(check.id, ctx) : []);
        if (options.phaseMs)
            options.phaseMs[entry.phase] = (options.phaseMs[entry.phase] ?? 0) + performance.now() - started;
        for (const o of outcomes) {
            if (o.values)
                options.values?.set(entry.id, { ...options.values.get(entry.id), ...o.values });
            let status = o.status;
            if (entry.level === 'advisory' && status === 'failed')
                status = 'warning';
            if (entry.level === 'critical' && (status === 'waived' || status === 'attested'))
                status = 'failed';
            findings.push({
                check: entry.id,
                phase: entry.phase,
                level: entry.level,
                status,
                title: entry.title,
                // Every string a finding carries is redacted here, once, so no surface can print a found secret.
                message: redactSecrets(o.message),
                evidence: (o.evidence ?? []).slice(0, MAX_EVIDENCE_PER_FINDING).map((e) => redactEvidence(e, options.lineOf)),
                ...omitted(o),
                ...(o.fix ? { fix: redactSecrets(o.fix) } : {}),
                ...(o.reason ? { reason: redactSecrets(o.reason) } : {}),
                ...(o.nonProduction ? { nonProduction: true } : {}),
                ...(o.attestation ? { attestation: o.attestation } : {}),
                ...(o.needsApi ? { needsApi: true } : {})
            });
        }
    }
    applyWaivers(findings, ctx);
    findings.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
    const acceptNotVerified = options.acceptNotVerified ?? false;
    for (const f of findings)
        f.blocking = blocks(f, { acceptNotVerified, localApi: options.localApi });
    const blocking = findings.filter((f) => f.blocking).length;
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.status]++;
    return {
        schemaVersion: 1,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        verdict: blocking ? 'blocked' : 'ready',
        blocking,
        counts,
        findings,
        config: { path: ctx.configFile.path, sha256: ctx.configFile.sha256 },
        scope: options.scope ?? 'local',
        acceptNotVerified,
        notRead: notRead(ctx),
        excluded: {
            count: ctx.repo.excluded?.length ?? 0,
            files: (ctx.repo.excluded ?? []).slice(0, MAX_NOT_READ_LISTED).map(redactSecrets)
        },
        tools: resultTools(ctx),
        capabilities: compactMatrix(capabilityMatrix(ctx.config, ctx.repo.capabilities, (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool)))
    };
}
/** The tool entries as the result carries them: places without the engine's quoting hints. */
function resultTools(ctx) {
    return toolEntries(ctx.config, ctx.repo).map((t) => ({
        ...t,
        registeredAt: t.registeredAt
            ? { file: t.registeredAt.file, line: t.registeredAt.line, column: t.registeredAt.column }
            : null,
        ...(t.annotations ? { annotations: { ...t.annotations } } : {})
    }));
}
function notRead(ctx) {
    const skipped = ctx.repo.skipped;
    const byReason = {};
    for (const s of skipped)
        byReason[s.reason] = (byReason[s.reason] ?? 0) + 1;
    return {
        count: skipped.length,
        byReason,
        files: skipped.slice(0, MAX_NOT_READ_LISTED).map((s) => ({ path: s.path, reason: s.reason }))
    };
}
/**
 * A current waiver turns an open, non-critical item into `waived`; an expired one leaves it open (report.config says
 * why).
 */
function applyWaivers(findings, ctx) {
    for (const [i, w] of ctx.config.waivers.entries()) {
        if (w.expires < ctx.today || ctx.unapproved?.waivers.has(i))
            continue;
        for (const f of findings) {
            if (f.check !== w.check || f.level === 'critical')
                continue;
            if (f.status === 'failed' || f.status === 'warning' || f.status === 'not verified') {
                f.waiver = { reason: w.reason, approvedBy: w.approvedBy, expires: w.expires, originalStatus: f.status };
                f.status = 'waived';
            }
        }
    }
}
function redactEvidence(e, lineOf) {
    if (!isFileEvidence(e))
        return { api: e.api, fact: redactSecrets(e.fact) };
    // Rebuilt key by key so the snippet comes before the note whether it was kept or is quoted now.
    const { quoteLine, snippet: kept, note, ...place } = e;
    const snippet = kept ?? (quoteLine ? lineOf?.(e.file, e.line) : undefined);
    return {
        ...place,
        ...(snippet !== undefined ? { snippet: redactSecrets(snippet) } : {}),
        ...(note !== undefined ? { note: redactSecrets(note) } : {})
    };
}

// The served inventory: what the MCP server itself answers to `tools/list`, read with the
// official client (golive.yaml `inventory`). A server started from the checkout runs in a
// process group of its own with an environment of PATH, HOME and the placeholders golive.yaml
// names, under a time limit, and the whole group is killed on every path. The SDK is loaded
// only when an inventory is configured: a check without one never pays for it.
const DEFAULT_INVENTORY_TIMEOUT_S = 60;
/** A `file` inventory larger than this is not read. */
const MAX_INVENTORY_FILE_BYTES = 8 * 1024 * 1024;
/** Bounds on what a server may list: pages of tools/list, tools, characters of stderr kept. */
const MAX_PAGES = 1000;
const MAX_TOOLS = 10_000;
const MAX_STDERR_KEPT = 2000;
/** Between SIGTERM and SIGKILL to the server's process group. */
const KILL_GRACE_MS = 500;
const DESCRIPTION_MAX = 4000;
async function collectInventory(config, options) {
    if (!config)
        return { configured: false };
    if (config.file !== undefined)
        return readInventoryFile(options.root, config.file);
    const source = config.command ? 'command' : 'url';
    if (config.command && options.refuseStart)
        return { configured: true, source, live: true, ok: false, refused: true, reason: options.refuseStart };
    if (config.url !== undefined && options.loopbackOnly && !isLoopbackUrl(config.url)) {
        const reason = `inventory.url is not a loopback address (127.0.0.0/8, [::1], localhost), so it was not asked: ${options.loopbackOnly}; give the loopback address of a server the workflow started, or use an inventory file`;
        return { configured: true, source, live: true, ok: false, refused: true, reason };
    }
    try {
        return config.command ? await fromCommand(config, options) : await fromUrl(config.url, options);
    }
    catch (e) {
        // Anything unforeseen is a reason, never a crash: the gate then says not verified.
        return { configured: true, source, live: true, ok: false, reason: oneLine(e?.message ?? String(e)) };
    }
}
// ---------------------------------------------------------------- file
/** A `tools/list` result (`{"tools": […]}`) or a JSON-RPC response wrapping one, read inside the checkout. */
function readInventoryFile(root, file) {
    const fail = (reason) => ({
        configured: true,
        source: 'file',
        live: false,
        ok: false,
        reason: `${file}: ${reason}`
    });
    const abs = resolve(root, file);
    let real;
    try {
        real = realpathSync(abs);
    }
    catch {
        return fail('no such file in the checkout');
    }
    if (!isInside(realpathSync(root), real))
        return fail('the file is outside the checkout (or a link out of it)');
    let text;
    let fd;
    try {
        if (!lstatSync(real).isFile())
            return fail('not a file');
        fd = openSync(real, 'r');
        const size = fstatSync(fd).size;
        if (size > MAX_INVENTORY_FILE_BYTES)
            return fail(`the file is ${size} bytes; the limit is ${MAX_INVENTORY_FILE_BYTES}`);
        const buf = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
            const n = readSync(fd, buf, read, size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        text = buf.subarray(0, read).toString('utf8');
    }
    catch (e) {
        return fail(`cannot be read: ${oneLine(e.message)}`);
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
    let data;
    try {
        data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        return fail(`not JSON: ${oneLine(e.message)}`);
    }
    const obj = data;
    const result = obj && typeof obj === 'object' && 'jsonrpc' in obj ? obj.result : obj;
    if (obj && typeof obj === 'object' && 'jsonrpc' in obj && 'error' in obj)
        return fail('the JSON-RPC response is an error, not a tools/list result');
    const tools = parseTools(result);
    if (typeof tools === 'string')
        return fail(tools);
    return { configured: true, source: 'file', live: false, ok: true, tools, resources: null, prompts: null };
}
/** The tools of a tools/list result, or why it is not one. Kept by hand: the `file` path must not load the SDK. */
function parseTools(result) {
    if (!result || typeof result !== 'object' || !Array.isArray(result.tools))
        return 'not a tools/list result: expected {"tools": […]} or a JSON-RPC response whose result is one';
    const list = result.tools;
    if (list.length > MAX_TOOLS)
        return `${list.length} tools; the limit is ${MAX_TOOLS}`;
    const tools = [];
    for (const [i, t] of list.entries()) {
        if (!t || typeof t !== 'object')
            return `tools[${i}] is not an object`;
        const tool = t;
        if (typeof tool.name !== 'string' || !tool.name)
            return `tools[${i}] has no name`;
        tools.push(servedTool(tool));
    }
    return tools;
}
function servedTool(t) {
    const out = { name: String(t.name).slice(0, 256) };
    if (typeof t.title === 'string')
        out.title = t.title.slice(0, 256);
    if (typeof t.description === 'string')
        out.description = t.description.slice(0, DESCRIPTION_MAX);
    if (t.inputSchema && typeof t.inputSchema === 'object')
        out.inputSchema = t.inputSchema;
    const a = t.annotations;
    if (a && typeof a === 'object') {
        const hints = {};
        for (const k of ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint']) {
            const v = a[k];
            if (typeof v === 'boolean')
                hints[k] = v;
        }
        if (Object.keys(hints).length)
            out.annotations = hints;
    }
    return out;
}
async function newClient() {
    const { Client } = await import('./client.js');
    return new Client({ name: 'mcp-golive', version: '1' }, { capabilities: {} });
}
/** initialize, every page of tools/list, then resources/list and prompts/list when the server has them. */
async function listEverything(client, signal, timeoutMs) {
    const opts = { signal, timeout: timeoutMs };
    const tools = [];
    const cursors = new Set();
    let cursor;
    for (let page = 0;; page++) {
        if (page >= MAX_PAGES)
            throw new Error(`tools/list gave more than ${MAX_PAGES} pages`);
        const r = await client.listTools(cursor === undefined ? {} : { cursor }, opts);
        const parsed = parseTools(r);
        if (typeof parsed === 'string')
            throw new Error(`malformed tools/list result: ${parsed}`);
        tools.push(...parsed);
        if (tools.length > MAX_TOOLS)
            throw new Error(`the server lists more than ${MAX_TOOLS} tools`);
        cursor = r.nextCursor;
        if (cursor === undefined || cursor === '')
            break;
        if (cursors.has(cursor))
            throw new Error('tools/list repeats a cursor (its pages never end)');
        cursors.add(cursor);
    }
    const caps = client.getServerCapabilities() ?? {};
    const count = async (has, list) => {
        if (!has)
            return null;
        try {
            return (await list()).length;
        }
        catch {
            return null;
        }
    };
    const resources = await count(caps.resources, async () => (await client.listResources({}, opts)).resources);
    const prompts = await count(caps.prompts, async () => (await client.listPrompts({}, opts)).prompts);
    return { tools, resources, prompts };
}
/**
 * Environment of the started server: PATH and HOME of the gate's, and the placeholders golive.yaml names; nothing else.
 */
function serverEnvironment(env, placeholders = {}) {
    const out = {};
    for (const k of ['PATH', 'HOME'])
        if (env[k] !== undefined)
            out[k] = env[k];
    return { ...out, ...placeholders };
}
async function fromCommand(config, options) {
    const [command, ...args] = config.command;
    const root = realpathSync(options.root);
    const cwd = resolve(root, config.cwd ?? '.');
    let realCwd;
    try {
        realCwd = realpathSync(cwd);
    }
    catch {
        return {
            configured: true,
            source: 'command',
            live: true,
            ok: false,
            reason: `inventory.cwd ${JSON.stringify(config.cwd)} does not exist in the checkout`
        };
    }
    if (!isInside(root, realCwd))
        return {
            configured: true,
            source: 'command',
            live: true,
            ok: false,
            reason: 'inventory.cwd is outside the checkout'
        };
    const { ReadBuffer, serializeMessage } = await import('./stdio.js');
    const child = spawn(command, args, {
        cwd: realCwd,
        env: serverEnvironment(options.env ?? process.env, config.env),
        stdio: ['pipe', 'pipe', 'pipe'],
        // A group of its own, so the server and everything it starts are killed together.
        detached: true,
        shell: false,
        windowsHide: true
    });
    const group = new ProcessGroup(child);
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
        if (stderr.length < MAX_STDERR_KEPT * 2)
            stderr += s;
    });
    const keptStderr = () => {
        const s = redactSecrets(stderr).trim();
        return s ? (s.length > MAX_STDERR_KEPT ? `${s.slice(0, MAX_STDERR_KEPT)}…` : s) : undefined;
    };
    const transport = new ChildStdioTransport(child, new ReadBuffer(), serializeMessage);
    const controller = new AbortController();
    const timeoutMs = Math.round(options.timeoutS * 1000);
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        transport.fail(new Error(`the server did not answer within ${options.timeoutS} s (inventory-timeout)`));
    }, timeoutMs);
    try {
        await transport.started;
        const client = await newClient();
        await client.connect(transport, { signal: controller.signal, timeout: timeoutMs });
        const listed = await listEverything(client, controller.signal, timeoutMs);
        if (transport.malformed)
            throw transport.malformed;
        await client.close().catch(() => { });
        return {
            configured: true,
            source: 'command',
            live: true,
            ok: true,
            ...listed,
            ...(keptStderr() ? { stderr: keptStderr() } : {})
        };
    }
    catch (e) {
        const why = transport.malformed?.message ??
            (timedOut
                ? `the server did not answer within ${options.timeoutS} s (inventory-timeout)`
                : (transport.exited ?? oneLine(e?.message ?? String(e))));
        return {
            configured: true,
            source: 'command',
            live: true,
            ok: false,
            reason: why,
            ...(keptStderr() ? { stderr: keptStderr() } : {})
        };
    }
    finally {
        clearTimeout(timer);
        transport.closeQuietly();
        await group.kill();
    }
}
/** Whether a URL names this machine by a loopback literal or `localhost` (which the checkout cannot redefine). */
function isLoopbackUrl(url) {
    let host;
    try {
        host = new URL(url).hostname.toLowerCase();
    }
    catch {
        return false;
    }
    // The URL parser has already made decimal, octal and short IPv4 forms dotted quads.
    return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
async function fromUrl(url, options) {
    const timeoutMs = Math.round(options.timeoutS * 1000);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    // The SDK's default redirect policy ('same-origin') already keeps a loopback URL on this machine.
    const transportOptions = { redirectPolicy: 'same-origin' };
    const attempt = async (make) => {
        const client = await newClient();
        const transport = await make();
        try {
            await client.connect(transport, { signal: controller.signal, timeout: timeoutMs });
            return await listEverything(client, controller.signal, timeoutMs);
        }
        finally {
            await client.close().catch(() => { });
        }
    };
    try {
        let listed;
        try {
            listed = await attempt(async () => new (await import('./streamableHttp.js')).StreamableHTTPClientTransport(new URL(url), transportOptions));
        }
        catch (e) {
            if (controller.signal.aborted)
                throw e;
            // Servers that speak only the older HTTP+SSE transport.
            listed = await attempt(async () => new (await import('./sse.js')).SSEClientTransport(new URL(url), transportOptions)).catch((e2) => {
                throw new Error(`Streamable HTTP: ${transportFailure(e)}; SSE: ${transportFailure(e2)}`);
            });
        }
        return { configured: true, source: 'url', live: true, ok: true, ...listed };
    }
    catch (e) {
        const reason = controller.signal.aborted
            ? `the server at the URL did not answer within ${options.timeoutS} s (inventory-timeout)`
            : oneLine(e?.message ?? String(e));
        return { configured: true, source: 'url', live: true, ok: false, reason };
    }
    finally {
        clearTimeout(timer);
    }
}
/** One transport's failure, short enough that both fit in the reason; a schema error's dump becomes what it means. */
function transportFailure(e) {
    const err = e;
    if (err?.name === 'ZodError' || err?.name === '$ZodError')
        return 'the answer is not a JSON-RPC message';
    const s = oneLine(err?.message ?? String(e));
    return s.length > 240 ? `${s.slice(0, 240)}…` : s;
}
const oneLine = (s) => {
    const t = redactSecrets(s).replace(/\s+/g, ' ').trim();
    return t.length > 500 ? `${t.slice(0, 500)}…` : t;
};
// ---------------------------------------------------------------- the process group
/**
 * The server's process group: SIGTERM, then SIGKILL after a short grace, to the whole group,
 * whether or not the server itself has exited (what it started may still run). In the gate
 * thread the main thread is told the group too, so a run stopped by its time limit kills it.
 */
class ProcessGroup {
    pgid;
    constructor(child) {
        this.pgid = child.pid;
        if (this.pgid !== undefined && gateThreadData())
            parentPort?.postMessage({ inventoryGroup: this.pgid });
    }
    alive() {
        if (this.pgid === undefined)
            return false;
        try {
            process.kill(-this.pgid, 0);
            return true;
        }
        catch {
            return false;
        }
    }
    signal(sig) {
        if (this.pgid === undefined)
            return;
        try {
            process.kill(-this.pgid, sig);
        }
        catch {
            // ESRCH: the group is gone.
        }
    }
    async kill() {
        if (this.pgid === undefined)
            return;
        this.signal('SIGTERM');
        const until = Date.now() + KILL_GRACE_MS;
        while (this.alive() && Date.now() < until)
            await new Promise((r) => setTimeout(r, 25));
        // Always: a member that ignores SIGTERM, or is a zombie nobody reaps, still answers signal 0.
        this.signal('SIGKILL');
        // SIGKILL is delivered asynchronously: wait, bounded, until the group is gone and reaped.
        const reaped = Date.now() + KILL_GRACE_MS;
        while (this.alive() && Date.now() < reaped)
            await new Promise((r) => setTimeout(r, 25));
        if (gateThreadData())
            parentPort?.postMessage({ inventoryGroupDone: this.pgid });
    }
}
/**
 * The SDK's Transport over the stdio of a child this module spawned: the SDK's own stdio
 * transport spawns the child itself, without a process group of its own, and stops only it.
 */
class ChildStdioTransport {
    child;
    buffer;
    serialize;
    onclose;
    onerror;
    onmessage;
    /** The first line that was not a JSON-RPC message. */
    malformed;
    /** How the child ended, when it ended before the session did. */
    exited;
    started;
    closed = false;
    constructor(child, buffer, serialize) {
        this.child = child;
        this.buffer = buffer;
        this.serialize = serialize;
        this.started = new Promise((resolveStart, rejectStart) => {
            child.once('spawn', () => resolveStart());
            child.once('error', (err) => {
                const why = err.code === 'ENOENT'
                    ? `the command "${String(child.spawnfile).slice(0, 200)}" was not found on PATH`
                    : `the server could not be started: ${err.message}`;
                this.exited = why;
                rejectStart(new Error(why));
                this.fail(new Error(why));
            });
        });
        child.on('exit', (code, signal) => {
            this.exited ??= `the server exited (${signal ? `signal ${signal}` : `code ${code}`}) before it answered`;
            this.fail(new Error(this.exited));
        });
        child.stdin.on('error', (err) => this.onerror?.(err));
        child.stdout.on('data', (chunk) => {
            try {
                this.buffer.append(chunk);
                for (;;) {
                    const m = this.buffer.readMessage();
                    if (m === null)
                        break;
                    this.onmessage?.(m);
                }
            }
            catch (e) {
                this.malformed ??= new Error(`the server wrote something that is not JSON-RPC on standard output: ${oneLine(e.message).slice(0, 200)}`);
                this.fail(this.malformed);
            }
        });
    }
    async start() {
        await this.started;
    }
    async send(message) {
        if (this.closed)
            throw new Error(this.malformed?.message ?? this.exited ?? 'the connection to the server is closed');
        await new Promise((res, rej) => this.child.stdin.write(this.serialize(message), (err) => (err ? rej(err) : res())));
    }
    /** Ends the session now: every request still waiting is rejected (the Client does so on close). */
    fail(error) {
        if (this.closed)
            return;
        this.onerror?.(error);
        this.closeQuietly();
    }
    closeQuietly() {
        if (this.closed)
            return;
        this.closed = true;
        this.child.stdin?.end();
        this.child.stdout?.removeAllListeners('data');
        this.onclose?.();
    }
    async close() {
        this.closeQuietly();
    }
}

// On a pull request, a waiver or attestation that the PR adds or changes
// counts only once the person it names has approved that PR: otherwise anyone
// could waive a check by writing someone else's handle into golive.yaml.
// Pure: golive.yaml at the base (API fact) and the PR's reviews in, the
// entries that do not count (and why) out.
const waiverKey = (w) => JSON.stringify([w.check, w.reason, w.approvedBy, String(w.expires ?? '')]);
const attestationKey = (a) => JSON.stringify([a.check, a.by, String(a.date ?? ''), a.note ?? '', a.subject ?? '']);
function unapprovedChanges(config, github) {
    const none = { waivers: new Map(), attestations: new Map() };
    const pull = github?.context.pull;
    if (!github || !pull)
        return none;
    // What the base branch already had; unreadable base means every entry must be approved.
    let base;
    let baseProblem;
    if (github.baseConfig?.ok) {
        const data = github.baseConfig.value === null ? {} : safeParse(github.baseConfig.value);
        base = {
            waivers: Array.isArray(data?.waivers) ? data.waivers.map(waiverKey) : [],
            attestations: Array.isArray(data?.attestations)
                ? data.attestations.map(attestationKey)
                : []
        };
    }
    else
        baseProblem = github.baseConfig
            ? `golive.yaml on ${pull.baseRef} could not be read (${github.baseConfig.reason})`
            : 'golive.yaml on the base branch was not read';
    const approvers = github.reviews?.ok
        ? new Set(github.reviews.value
            .filter((r) => r.state === 'APPROVED' &&
            r.user.toLowerCase() !== pull.author.toLowerCase() &&
            (!r.commitId || r.commitId === pull.headSha))
            .map((r) => r.user.toLowerCase()))
        : undefined;
    const judge = (handle, isNew, what) => {
        if (!isNew && !baseProblem)
            return undefined;
        if (handle.includes('/'))
            return `${what} names the team ${handle}; a team’s approval cannot be read, so it counts once merged`;
        if (!approvers)
            return `${what} is ${baseProblem ? 'not known to be unchanged' : 'added or changed in this pull request'}, and the PR’s reviews could not be read`;
        if (approvers.has(handle.slice(1).toLowerCase()))
            return undefined;
        return `${what} is ${baseProblem ? `not known to be unchanged (${baseProblem})` : 'added or changed in this pull request'}; it counts once ${handle} approves the pull request`;
    };
    const out = { waivers: new Map(), attestations: new Map() };
    config.waivers.forEach((w, i) => {
        const why = judge(w.approvedBy, !base?.waivers.includes(waiverKey(w)), `The waiver of ${w.check}`);
        if (why)
            out.waivers.set(i, why);
    });
    config.attestations.forEach((a, i) => {
        const why = judge(a.by, !base?.attestations.includes(attestationKey(a)), `The attestation of ${a.check}`);
        if (why)
            out.attestations.set(i, why);
    });
    return out;
}
function safeParse(text) {
    try {
        return distExports.parse(text, { maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch {
        return undefined;
    }
}

// One gate run, shared by the action and the CLI: load the config, snapshot
// the checkout, collect evidence, evaluate.
function resolveCheckout(dir) {
    const abs = resolve(dir);
    if (!existsSync(abs) || !statSync(abs).isDirectory())
        throw new UsageError(`${dir}: no such directory`);
    return abs;
}
/**
 * Load golive.yaml for a checkout: relative to it unless absolute. A config in the checkout must
 * stay in it (a link out of it is refused, never read: its target's text would be echoed in
 * errors); the action refuses one outside the checkout altogether. The CLI reads a path outside
 * it that the user named.
 */
function loadGateConfig(inputs) {
    const root = resolveCheckout(inputs.dir);
    const configArg = inputs.config ?? 'golive.yaml';
    const configPath = isAbsolute(configArg) ? configArg : resolve(root, configArg);
    if (inputs.configInsideCheckout || isInside(root, configPath)) {
        let real;
        try {
            real = realpathSync(configPath);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                throw new UsageError(`${configArg}: a symbolic link loop (the link points, in the end, back at itself)`);
            // A link whose target does not exist: say so, rather than "no such file" for a file that is listed.
            if (code === 'ENOENT' && isLink(configPath))
                throw new UsageError(`${configArg}: a symbolic link to a file that does not exist`);
            if (code !== 'ENOENT')
                throw new UsageError(`${configArg}: cannot be read: ${describeIoError(e)}`);
        }
        if (real !== undefined && !isInside(realpathSync(root), real)) {
            throw new UsageError(`${configArg}: the config file must be inside the checkout${isInside(root, configPath) ? ' (it is a symbolic link out of it, and is not followed)' : ''}`);
        }
    }
    const shown = relative(root, configPath);
    const displayPath = shown && !shown.startsWith('..') ? shown.split('\\').join('/') : configArg;
    try {
        return loadConfig(configPath, displayPath);
    }
    catch (e) {
        // Problems quote golive.yaml's values, and no evidence is collected yet: the redactor learns the
        // checkout's secrets first, and the file is read again so every message is made knowing them.
        if (!(e instanceof UsageError) || !e.problems.length)
            throw e;
        knowSecrets(checkoutSecretValues(root));
        return loadConfig(configPath, displayPath);
    }
}
/**
 * Every secret value the secrets detector finds in the checkout (the snapshot's bounds, no
 * paths.exclude: the config could not be read), for messages printed before the evidence exists.
 */
function checkoutSecretValues(root) {
    const repo = new Repository(root);
    const secrets = createSecretsDetector();
    scanSources(repo, [secrets.detector]);
    return foundSecretValues(repo, { secrets: secrets.result });
}
async function prepareGate(inputs) {
    const opened = openCheckout(inputs);
    return prepared(opened, await collectRepoEvidence(opened.repo, { jobs: inputs.jobs, capabilities: opened.loaded.config.capabilities }));
}
/** The config and the snapshot of the checkout, timed. */
function openCheckout(inputs) {
    const root = resolveCheckout(inputs.dir);
    const started = performance.now();
    const loaded = inputs.loaded ?? loadGateConfig(inputs);
    const t0 = performance.now();
    const repo = new Repository(root, { include: loaded.config.paths.include, exclude: loaded.config.paths.exclude });
    const t1 = performance.now();
    return { root, loaded, repo, started, t0, t1 };
}
function prepared({ root, loaded, repo, started, t0, t1 }, evidence) {
    evidence.inventory = initialInventory(loaded, root);
    // Before the inventory server runs and any check: its error output, cut to a length, and every
    // string the engine and the surfaces redact must know these.
    knowSecrets(foundSecretValues(repo, evidence));
    const t2 = performance.now();
    return { loaded, repo, evidence, timings: { config: t0 - started, snapshot: t1 - t0, evidence: t2 - t1 } };
}
/**
 * The inventory as far as a synchronous run reads it: a `file` is read here; a server (command,
 * url) only by readServedInventory, so until then it is not verified, with the reason.
 */
function initialInventory(loaded, root) {
    const inv = loaded.config.inventory;
    if (!inv)
        return { configured: false };
    if (inv.file !== undefined)
        return readInventoryFile(root, inv.file);
    return {
        configured: true,
        source: inv.command ? 'command' : 'url',
        live: true,
        ok: false,
        reason: 'this run did not ask the server for its tools'
    };
}
/** Asks the server golive.yaml's `inventory` names for its tools (before the checks, which stay pure). */
async function readServedInventory(prepared, options) {
    const inv = prepared.loaded.config.inventory;
    if (!inv || inv.file !== undefined)
        return;
    const started = performance.now();
    prepared.evidence.inventory = await collectInventory(inv, { ...options, root: prepared.repo.root });
    prepared.timings.inventory = performance.now() - started;
}
/**
 * Lines of checkout files for the evidence a report quotes: each file read again at most once (bounded like every
 * read).
 */
function lineReader(repo) {
    const texts = new Map();
    return (file, line) => {
        if (!texts.has(file))
            texts.set(file, repo.read(file, { cache: false }));
        const text = texts.get(file);
        // Redacted whole, then cut: a secret across the cut would no longer match its rule.
        return text === undefined ? undefined : redactThenCut(lineText(text, line, Infinity), SNIPPET_CHARS);
    };
}
/** A quoted line's length in the results. */
const SNIPPET_CHARS = 160;
function isLink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/**
 * Every secret value the detectors found in this run, read again from the files they were found
 * in (the detectors keep only masks): whatever the rules find in those files, the .env values
 * the secrets detector reads (dotenvSecrets, the same reader), the personal data of test files
 * (testDataIn, the same finder; a finding shows 4 characters of it), marked lines included. Given to the redactor, so
 * the same value
 * is masked wherever else it appears: in a file name, a waiver reason, a tool name.
 */
function foundSecretValues(repo, evidence) {
    const values = new Set();
    // Every file with a hit: a credential reported or suppressed by a marker, or personal data in a test.
    const files = new Set();
    for (const hit of evidence.secrets.secrets)
        files.add(hit.at.file);
    for (const at of evidence.secrets.suppressed)
        files.add(at.file);
    const testData = new Set(evidence.secrets.testData.map((hit) => hit.at.file));
    for (const file of [...files, ...testData]) {
        const text = repo.read(file, { cache: false });
        if (text === undefined)
            continue;
        if (files.has(file)) {
            for (const m of matchSecrets(text))
                values.add(m.secret);
            for (const d of dotenvSecrets(file, text))
                values.add(d.value);
        }
        if (testData.has(file))
            for (const d of testDataIn(text))
                values.add(d.value);
    }
    return [...values];
}
/**
 * The checks on prepared evidence and the API facts (the action reads those in between, knowing what the checkout
 * settles).
 */
function judgeGate(prepared, inputs) {
    const { loaded, repo, evidence } = prepared;
    const t2 = performance.now();
    const phases = {};
    const ctx = {
        config: loaded.config,
        configFile: loaded,
        repo: evidence,
        github: inputs.github,
        unapproved: unapprovedChanges(loaded.config, inputs.github),
        today: inputs.today ?? new Date().toISOString().slice(0, 10)
    };
    // Every string of the result redacted once more, those the checks did not write included: file
    // paths, waivers and attestations from golive.yaml, the files not read.
    const values = new Map();
    const result = redactDeep(evaluate(ctx, registeredChecks(), {
        values,
        acceptNotVerified: inputs.acceptNotVerified,
        scope: inputs.github ? 'github' : 'local',
        localApi: !inputs.github && !inputs.strict,
        lineOf: lineReader(repo),
        phaseMs: phases
    }));
    const t3 = performance.now();
    return { result, loaded, repo, ctx, values, timings: { ...prepared.timings, checks: t3 - t2, phases } };
}
/** A run that asks the inventory server for its tools between the evidence and the checks. */
async function runGateWithInventory(inputs, inventory) {
    const prepared = await prepareGate(inputs);
    await readServedInventory(prepared, inventory);
    return judgeGate(prepared, inputs);
}

var run = /*#__PURE__*/Object.freeze({
    __proto__: null,
    checkoutSecretValues: checkoutSecretValues,
    foundSecretValues: foundSecretValues,
    judgeGate: judgeGate,
    loadGateConfig: loadGateConfig,
    prepareGate: prepareGate,
    readServedInventory: readServedInventory,
    resolveCheckout: resolveCheckout,
    runGateWithInventory: runGateWithInventory
});

export { DEFAULT_INVENTORY_TIMEOUT_S as D, run as a, judgeGate as j, loadGateConfig as l, prepareGate as p, readServedInventory as r };
