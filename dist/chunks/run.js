import { statSync, openSync, constants, readSync, closeSync, realpathSync, lstatSync, fstatSync, existsSync } from 'node:fs';
import { resolve, isAbsolute, relative } from 'node:path';
import { closest, distance } from './mod.js';
import { createHash } from 'node:crypto';
import { c as catalogueEntry, a as CHECK_IDS, C as CATALOGUE } from './catalogue2.js';
import { U as UsageError, g as gateThreadData } from './gate-thread.js';
import { d as describeIoError, r as redactThenCut, c as redactSecrets, e as redactDeep, k as knowSecrets } from './output.js';
import { p as parseYaml, a as position, M as MAX_ALIAS_COUNT, n as nodePosition, c as closestNode, k as keyAt, i as isRecord, d as distExports } from './yaml-positions.js';
import { c as configSchema, n as notApplicableReason } from './schema.js';
import { d as deployedObjects, a as attestationFor, c as containerEnv, b as configEvidence, p as prodEnvironment, e as environmentsFromApi, f as classicProtectionNeeded, S as SECURITY_CHECKS, P as POLICY_GITHUB_CHECKS, I as INFRA_CHECKS, t as toolEntries } from './security.js';
import { i as isDocPath, a as credentialKind, h as hostOf, L as LineFinder, d as dotenvSecrets, t as testDataIn, b as scanSources, e as createSecretsDetector } from './parallel-scan.js';
import { M as MAX_EVIDENCE_PER_FINDING, P as PHASES, b as blocks, S as STATUSES, i as isFileEvidence } from './findings.js';
import { r as rootCodeownersRule, l as lastRootCodeownersRule, c as collectRepoEvidence } from './index2.js';
import { d as dig } from './kubernetes-objects.js';
import { i as isWordChar, m as matchSecrets } from './rules.js';
import { isTestPath, languageOf, isInside, Repository, lineText } from './repository.js';
import { g as globMatcher } from './glob.js';
import { c as compactMatrix, a as capabilityMatrix } from './capability-matrix.js';
import { a as TOOL_VERSION, T as TOOL_NAME } from './version.js';
import { spawn } from 'node:child_process';
import { parentPort } from 'node:worker_threads';

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
                throw new UsageError('', [{ file: displayPath, line: 1, column: 1, field: '', message: `file is over ${MAX_CONFIG_BYTES} bytes, the limit` }]);
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
            const hint = guess && similar(key, guess) ? ` (did you mean "${guess}"?)` : known.length ? ` (known keys: ${known.join(', ')})` : '';
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
/** Waivers and attestations must name a known, non-critical check (read from the raw data so these show with schema errors). */
function checkIdProblems(data, doc, lc, file) {
    const problems = [];
    for (const [section, verb] of [['waivers', 'waived'], ['attestations', 'attested']]) {
        const list = data?.[section];
        if (!Array.isArray(list))
            continue;
        list.forEach((item, i) => {
            const id = item?.check;
            if (typeof id !== 'string')
                return;
            const path = [section, i, 'check'];
            const pos = nodePosition(lc, closestNode(doc, path));
            const entry = catalogueEntry(id);
            if (!entry) {
                problems.push({ file, ...pos, field: fieldOf(path), message: `unknown check id "${id}" (did you mean "${closest(id, [...CHECK_IDS])}"?)` });
            }
            else if (entry.level === 'critical' && !(section === 'attestations' && typeof item.subject === 'string')) {
                // An attestation of a critical check with a subject approves leaving that path (or exclude pattern) out; it attests nothing else.
                problems.push({ file, ...pos, field: fieldOf(path), message: `"${id}" is a critical check and can never be ${verb}` });
            }
        });
    }
    return problems;
}

// Phase 4 — Authentication: on behalf of the user, tokens validated, no
// app-only identities or API keys for data access.
const prod = (hits) => hits.filter((h) => !h.isTest);
const handlesPrivateData = (ctx) => ctx.config.tools.some((t) => t.privateData !== 'none');
const OBO_SNIPPET = '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```';
/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
function appCredentials(ctx) {
    // Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the server.
    const hits = prod(ctx.repo.auth.appCredentials).filter((h) => !isDocPath(h.at.file) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file));
    // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
    // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
    // repository has user flows and no client-credentials flow at all.
    const userFlows = [...prod(ctx.repo.auth.obo), ...prod(ctx.repo.auth.userFlows ?? [])];
    const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file));
    const userFlowFiles = new Set(userFlows.map((h) => h.at.file));
    const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0;
    return hits.filter((h) => h.credentialKind !== 'client secret' || !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file))));
}
/** Places of one cause, the first ones named and the rest counted. */
function placesText$1(hits, shown = 3) {
    const named = hits.slice(0, shown).map((h) => `${h.at.file}:${h.at.line}`).join(', ');
    return hits.length > shown ? `${named} +${hits.length - shown} more` : named;
}
/** Env vars in manifests that carry a client secret or an API key. */
function secretEnv(ctx) {
    const userFlowOnly = !prod(ctx.repo.auth.appCredentials).some((h) => !h.credentialKind) && (prod(ctx.repo.auth.obo).length > 0 || prod(ctx.repo.auth.userFlows ?? []).length > 0);
    return containerEnv(ctx).filter((e) => {
        const kind = credentialKind(e.name.toUpperCase());
        return kind === 'static' || (kind === 'client secret' && !userFlowOnly);
    });
}
const noAppCredentials = {
    id: 'auth.no-app-credentials',
    run(ctx) {
        const hits = appCredentials(ctx);
        const env = secretEnv(ctx);
        if (!hits.length && !env.length)
            return [{ status: 'passed', message: 'No app-only credentials, service principal secrets or API keys for data access in source or manifests.' }];
        // One finding per credential (its name, or the client-credentials call), every place it is read as evidence.
        const groups = new Map();
        for (const h of hits) {
            const key = h.credential ?? h.what;
            groups.set(key, [...(groups.get(key) ?? []), h]);
        }
        const outcomes = [...groups].map(([name, group]) => ({
            status: 'failed',
            message: `${group[0].credential ? `${name} (${group[0].credentialKind === 'client secret' ? 'a client secret outside any user flow' : 'a static key or token for a data source'})` : name}, read in ${group.length} place${group.length === 1 ? '' : 's'}: ${placesText$1(group)} — data access must use the user’s identity (OBO), not the app’s.`,
            evidence: group.map((h) => h.at),
            fix: `Replace it with the on-behalf-of exchange:\n\n${OBO_SNIPPET}`
        }));
        const names = env.map((e) => e.name).join(', ');
        if (env.length)
            outcomes.push({ status: 'failed', message: `The deployment hands the server a client secret or API key (${names}).`, evidence: env.map((e) => e.nameAt), fix: `Remove the secret from the deployment; let the pod prove who it is with workload identity federation, and reach data with OBO tokens:\n\n\`\`\`yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${ctx.config.server.name}\n  annotations:\n    azure.workload.identity/client-id: <app client id>\n---\n# the Deployment's pod template\nmetadata:\n  labels:\n    azure.workload.identity/use: "true"\nspec:\n  serviceAccountName: ${ctx.config.server.name}\n  containers:\n    - name: server\n      env: []   # no ${names}\n\`\`\`` });
        return outcomes;
    }
};
const obo = {
    id: 'auth.obo',
    run(ctx) {
        const hits = prod(ctx.repo.auth.obo);
        if (hits.length)
            return [{ status: 'passed', message: `The on-behalf-of exchange is used (${[...new Set(hits.map((h) => h.what))].join(', ')}).`, evidence: hits.map((h) => h.at) }];
        if (!handlesPrivateData(ctx))
            return [{ status: 'not applicable', message: 'No tool declares private data, so no downstream call needs the user’s identity.' }];
        return [{ status: 'failed', message: 'Tools declare private data, but no on-behalf-of exchange was found in source (MSAL acquireTokenOnBehalfOf / acquire_token_on_behalf_of / AcquireTokenOnBehalfOf, OnBehalfOfCredential, GetAccessTokenForUserAsync, or the jwt-bearer grant with requested_token_use=on_behalf_of).', fix: `Exchange the incoming token for a downstream token on behalf of the user:\n\n${OBO_SNIPPET}` }];
    }
};
const tokenValidation = {
    id: 'auth.token-validation',
    run(ctx) {
        const dev = prod(ctx.repo.auth.devVerifiers);
        const hits = prod(ctx.repo.auth.tokenValidation);
        const gateway = deployedObjects(ctx).filter((o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1' && o.data.spec?.jwt?.providers?.length && o.data.spec?.jwt?.optional !== true);
        const outcomes = dev.map((d) => ({ status: 'failed', message: `${d.what} accepts tokens it does not validate.`, evidence: [d.at], fix: 'Validate issuer, audience and signature against the identity provider’s keys (e.g. `requireBearerAuth` with a JWKS verifier, FastMCP `JWTVerifier`, ASP.NET `AddMicrosoftIdentityWebApi`).' }));
        if (hits.length || gateway.length) {
            outcomes.push({ status: 'passed', message: `Incoming bearer tokens are validated: ${[...new Set(hits.map((h) => h.what)), ...gateway.map((g) => `gateway SecurityPolicy ${g.name}`)].join(', ')}.`, evidence: [...hits.map((h) => h.at), ...gateway.map((g) => g.locate(['spec', 'jwt'], `SecurityPolicy ${g.name}`))] });
        }
        else {
            outcomes.push({ status: 'failed', message: 'No validation of incoming bearer tokens found, in the server or at the gateway.', fix: '```ts\napp.post("/mcp", requireBearerAuth({ verifier }), handler)\n```\n\nwith a verifier that checks issuer, audience and signature (e.g. jose `jwtVerify` against the tenant’s JWKS).' });
        }
        return outcomes;
    }
};
const identityScoping = {
    id: 'auth.identity-scoping',
    run(ctx) {
        if (!handlesPrivateData(ctx))
            return [{ status: 'not applicable', message: 'No tool declares private data.' }];
        const app = appCredentials(ctx);
        if (app.length)
            return [{ status: 'failed', message: 'Data access uses a shared app identity somewhere, so results are not scoped to the signed-in user.', evidence: app.map((h) => h.at), fix: `Pass the user’s OBO token to every downstream call:\n\n${OBO_SNIPPET}` }];
        const oboHits = prod(ctx.repo.auth.obo);
        const forwarding = ctx.repo.auth.bearerForwarding.sample((h) => !h.isTest, MAX_EVIDENCE_PER_FINDING);
        if (oboHits.length && forwarding.total)
            return [{ status: 'passed', message: 'Tool handlers exchange the user’s token (OBO) and send a per-request bearer token downstream.', evidence: [...oboHits.map((h) => h.at), ...forwarding.rows.map((h) => h.at)], omittedEvidence: forwarding.total - forwarding.rows.length }];
        const att = attestationFor(ctx, 'auth.identity-scoping');
        if (att)
            return [{ status: 'attested', message: `Data access is scoped to the signed-in user (attested by ${att.by} on ${att.date}).`, attestation: { by: att.by, date: att.date, note: att.note } }];
        return [{ status: 'not verified', message: 'The source does not show the OBO token being passed downstream.', reason: 'identity scoping could not be seen in code; a reviewer can attest it', evidence: oboHits.map((h) => h.at), fix: `Attest it in golive.yaml after review:\n\n\`\`\`yaml\nattestations:\n  - check: auth.identity-scoping\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: every handler calls the data source with the OBO token\n\`\`\`` }];
    }
};
const AUTH_CHECKS = [obo, tokenValidation, identityScoping, noAppCredentials];

// Phase 5 — Observability: traces to the declared Logfire/OpenTelemetry
// endpoint, spans that name user and tool, and a dashboard people look at.
const ENDPOINT_ENV = /^(OTEL_EXPORTER_OTLP_ENDPOINT|OTEL_EXPORTER_OTLP_TRACES_ENDPOINT|LOGFIRE_BASE_URL)$/;
/** Places that name the exporter endpoint's host: URL literals in source and OTLP env vars in manifests. */
function endpointMentions(ctx, host) {
    const atHost = (m) => hostOf(m.url) === host;
    const env = containerEnv(ctx).filter((e) => ENDPOINT_ENV.test(e.name) && typeof e.value === 'string');
    return [...ctx.repo.auth.urls.filter(atHost), ...env.map((e) => ({ url: e.value, at: e.valueAt })).filter(atHost)];
}
const tracing = {
    id: 'observability.tracing',
    run(ctx) {
        const setup = ctx.repo.auth.tracingSetup.filter((h) => !h.isTest);
        const endpoint = ctx.config.observability.endpoint;
        const snippet = '```ts\nimport { NodeSDK } from "@opentelemetry/sdk-node"\nimport { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"\n\nnew NodeSDK({\n  serviceName: "' + ctx.config.server.name + '",\n  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_ENDPOINT + "/v1/traces" }),\n}).start()\n```\n\n(Python: `logfire.configure()` and `logfire.instrument_mcp()`.)';
        if (!setup.length)
            return [{ status: 'failed', message: 'No OpenTelemetry or Logfire tracing set up in source.', fix: snippet }];
        if (!endpoint)
            return [{ status: 'failed', message: 'Tracing is set up, but golive.yaml declares no observability.endpoint to check the exporter against.', evidence: setup.map((h) => h.at), fix: '```yaml\nobservability:\n  endpoint: https://logfire.example.internal\n```' }];
        const host = hostOf(endpoint);
        const matching = endpointMentions(ctx, host);
        if (!matching.length)
            return [{ status: 'failed', message: `Tracing is set up (${setup[0].what}), but nothing points its exporter at ${host} (the declared endpoint).`, evidence: setup.map((h) => h.at), fix: `Set the exporter endpoint in the deployment:\n\n\`\`\`yaml\nenv:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: ${endpoint}\n\`\`\`` }];
        return [{ status: 'passed', message: `${[...new Set(setup.map((h) => h.what))].join(', ')} exports to ${host}.`, evidence: [...setup.map((h) => h.at), ...matching.map((m) => ({ ...m.at, note: m.at.note ?? 'exporter endpoint' }))] }];
    }
};
const spanAttributes = {
    id: 'observability.span-attributes',
    run(ctx) {
        const user = ctx.repo.auth.spanUser.filter((h) => !h.isTest);
        const tool = ctx.repo.auth.spanTool.filter((h) => !h.isTest);
        if (user.length && tool.length)
            return [{ status: 'passed', message: `Spans name the user (${user[0].what}) and the tool (${tool[0].what}).`, evidence: [user[0].at, tool[0].at] }];
        const missing = [!user.length && 'the user (e.g. enduser.id)', !tool.length && 'the tool (e.g. mcp.tool.name)'].filter(Boolean).join(' and ');
        return [{ status: 'failed', message: `No span attribute names ${missing}.`, evidence: [...user, ...tool].map((h) => h.at), fix: '```ts\nspan.setAttribute("enduser.id", user)\nspan.setAttribute("mcp.tool.name", toolName)\n```' }];
    }
};
const dashboard = {
    id: 'observability.dashboard',
    run(ctx) {
        const url = ctx.config.observability.dashboard;
        const fix = '```yaml\nobservability:\n  dashboard: https://logfire.example.internal/dashboards/' + ctx.config.server.name + '\nattestations:\n  - check: observability.dashboard\n    by: "@reviewer"\n    date: ' + ctx.today + '\n    note: what the dashboard shows and who watches it\n```';
        if (!url)
            return [{ status: 'failed', message: 'No monitoring dashboard declared (observability.dashboard).', fix }];
        const at = configEvidence(ctx, ['observability', 'dashboard']);
        const att = attestationFor(ctx, 'observability.dashboard');
        if (att)
            return [{ status: 'attested', message: `Dashboard ${url} (attested by ${att.by} on ${att.date}).`, evidence: [at], attestation: { by: att.by, date: att.date, note: att.note } }];
        const docs = [ctx.repo.docs.readme, ...ctx.repo.docs.docs].filter((d) => !!d);
        const linked = docs.find((d) => d.text.includes(url));
        if (linked)
            return [{ status: 'passed', message: `Dashboard ${url} is declared and linked from ${linked.path}.`, evidence: [at, { file: linked.path, line: linked.text.slice(0, linked.text.indexOf(url)).split('\n').length, column: 1 }] }];
        return [{ status: 'not verified', message: `Dashboard ${url} is declared, but neither attested nor linked from the README or docs.`, reason: 'a dashboard cannot be checked by a machine; link it from the README or have someone attest it', evidence: [at], fix }];
    }
};
const OBSERVABILITY_CHECKS = [tracing, spanAttributes, dashboard];

const isArgo = (o, kind) => o.kind === kind && o.apiVersion.startsWith('argoproj.io/');
/** `{{.cluster}}`, `{{ .cluster }}` (goTemplate) and `{{cluster}}` (fasttemplate), with the element's values. */
function fill(value, params) {
    if (typeof value === 'string') {
        return value.replace(/\{\{\s*\.?([\w.]+)\s*\}\}/g, (whole, key) => {
            const v = key.split('.').reduce((acc, k) => (acc && typeof acc === 'object' ? acc[k] : undefined), params);
            return v === undefined || typeof v === 'object' ? whole : String(v);
        });
    }
    if (Array.isArray(value))
        return value.map((v) => fill(v, params));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, params)]));
    return value;
}
const asRecord = (v) => (isRecord(v) ? v : {});
const labelsOf = (meta) => Object.fromEntries(Object.entries(asRecord(asRecord(meta).labels)).map(([k, v]) => [k, String(v)]));
function argoApplications(objects) {
    const out = [];
    for (const o of objects) {
        if (isArgo(o, 'Application')) {
            out.push({ name: o.name, file: o.file, labels: labelsOf(o.data.metadata), spec: asRecord(o.data.spec), at: o.locate(['metadata', 'name'], `Application ${o.name}`) });
        }
        else if (isArgo(o, 'ApplicationSet')) {
            const template = asRecord(dig(o.data, 'spec', 'template'));
            const generators = dig(o.data, 'spec', 'generators');
            (Array.isArray(generators) ? generators : []).forEach((g, gi) => {
                const [generator] = Object.keys(asRecord(g));
                const elements = dig(g, 'list', 'elements');
                if (generator === 'list' && Array.isArray(elements)) {
                    elements.forEach((element, ei) => {
                        const app = asRecord(fill(template, asRecord(element)));
                        const name = String(asRecord(app.metadata).name ?? o.name);
                        out.push({ name, file: o.file, labels: labelsOf(app.metadata), spec: asRecord(app.spec), generatedBy: { appSet: o.name, generator, expanded: true }, at: o.locate(['spec', 'generators', gi, 'list', 'elements', ei], `ApplicationSet ${o.name} → Application ${name}`) });
                    });
                }
                else if (generator) {
                    const name = String(asRecord(template.metadata).name ?? o.name);
                    out.push({ name, file: o.file, labels: labelsOf(template.metadata), spec: asRecord(template.spec), generatedBy: { appSet: o.name, generator, expanded: false }, at: o.locate(['spec', 'generators', gi], `ApplicationSet ${o.name} (${generator} generator)`) });
                }
            });
        }
    }
    return out;
}
/** The text that can say where an Application lands: its file, project, destination and source paths. */
function placementText(app) {
    const s = app.spec;
    const sources = [s.source, ...(Array.isArray(s.sources) ? s.sources : [])].map(asRecord);
    const dest = asRecord(s.destination);
    return [app.file, app.name, s.project, dest.name, dest.server, dest.namespace, ...sources.flatMap((src) => [src.path, ...(Array.isArray(dig(src, 'helm', 'valueFiles')) ? dig(src, 'helm', 'valueFiles') : [])])]
        .filter((v) => typeof v === 'string')
        .join(' ');
}

// A literal string as part of a regular expression (for patterns built from data).
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const fileAt = (file, line = 1, column = 1, note) => ({ file, line, column, ...(note ? { note } : {}) });
/** First line (1-based) in a text that matches, or undefined. */
function lineOf(text, re) {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => re.test(l));
    return i === -1 ? undefined : i + 1;
}
/** The README text to add, section by section, with the declared tools and owner filled in. */
function readmeSkeleton(ctx, sections) {
    const parts = {
        purpose: `# ${ctx.config.server.name}\n\nWhat it does, in one paragraph.`,
        // Only names MCP allows (letters, digits, _ - .): a snippet is shown verbatim, so nothing else from the repository goes in.
        tools: `## Tools\n\n${ctx.config.tools.map((t) => `- \`${/^[\w.-]{1,128}$/.test(t.name) ? t.name : 'tool_name'}\`: …`).join('\n') || '- `tool_name`: …'}`,
        auth: '## Authentication\n\nOn-behalf-of (OBO) the signed-in user; tokens validated at the gateway and in the server.',
        owner: `## Owner\n\n${ctx.config.server.owner}`
    };
    return '```markdown\n' + sections.map((s) => parts[s]).join('\n\n') + '\n```';
}
const readme = {
    id: 'policy.readme',
    run(ctx) {
        const doc = ctx.repo.docs.readme;
        if (!doc) {
            return [{
                    status: 'failed',
                    message: 'No README at the repository root.',
                    fix: `Add README.md with: what the server does, its tools, how it authenticates (OBO), and who owns it.\n\n${readmeSkeleton(ctx, ['purpose', 'tools', 'auth', 'owner'])}`
                }];
        }
        const text = doc.text;
        const items = [
            { what: 'what the server does', section: 'purpose', line: purposeLine(text) },
            { what: 'its tools', section: 'tools', line: toolsLine(text, ctx) },
            { what: 'its authentication', section: 'auth', line: lineOf(text, /\b(auth(entication|orization)?|OAuth|OBO|on[- ]behalf[- ]of|Entra|bearer|sign[- ]?in|JWT|OIDC)\b/i) },
            { what: 'its owner', section: 'owner', line: lineOf(text, new RegExp(`${escapeRegExp(ctx.config.server.owner)}|\\b(owner|owned by|maintainer|maintained by|contact)\\b`, 'i')) }
        ];
        const missing = items.filter((i) => i.line === undefined);
        const evidence = items.filter((i) => i.line !== undefined).map((i) => fileAt(doc.path, i.line, 1, i.what));
        if (missing.length) {
            return [{
                    status: 'failed',
                    message: `${doc.path} does not say ${missing.map((m) => m.what).join(', ')}.`,
                    evidence: evidence.length ? evidence : [fileAt(doc.path)],
                    fix: `Add to ${doc.path}: ${missing.map((m) => m.what).join('; ')}.\n\n${readmeSkeleton(ctx, missing.map((m) => m.section))}`
                }];
        }
        return [{ status: 'passed', message: `${doc.path} names what the server does, its tools, its authentication and its owner.`, evidence }];
    }
};
/** A prose paragraph of at least eight words that is not a heading, badge or code. */
function purposeLine(text) {
    const lines = text.split('\n');
    let inCode = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].trim();
        if (l.startsWith('```'))
            inCode = !inCode;
        if (inCode || !l || /^(#|!\[|\[!\[|<|\||>)/.test(l))
            continue;
        if (l.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= 8)
            return i + 1;
    }
    return undefined;
}
/** Every declared tool named, or, with no tools declared, a "Tools" section. */
function toolsLine(text, ctx) {
    const tools = ctx.config.tools;
    if (!tools.length)
        return lineOf(text, /^#+\s*tools\b/i);
    let first = Infinity;
    for (const t of tools) {
        const offset = offsetNaming(text, t.name);
        if (offset === undefined)
            return undefined;
        first = Math.min(first, offset);
    }
    return new LineFinder(text).at(first).line;
}
/**
 * Where `name` first stands in the text as a word of its own (no letter, digit or _ just before or
 * after it, on its line). Searched for, not tested line by line with a pattern per tool: a README
 * of 200 KB and 448 declared tools took 110 ms that way.
 */
function offsetNaming(text, name) {
    if (name.includes('\n'))
        return undefined;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length)))
            return at;
    }
    return undefined;
}
const codeowners = {
    id: 'policy.codeowners',
    run(ctx) {
        const co = ctx.repo.docs.codeowners;
        const fix = `Add .github/CODEOWNERS with a rule for the whole repository:\n\n\`\`\`\n* ${ctx.config.server.owner}\n\`\`\``;
        if (!co)
            return [{ status: 'failed', message: 'No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).', fix }];
        const root = rootCodeownersRule(co);
        if (root)
            return [{ status: 'passed', message: `${co.path} assigns the whole repository to ${root.owners.join(' ')}.`, evidence: [fileAt(co.path, root.line)] }];
        const ownerless = lastRootCodeownersRule(co);
        if (ownerless)
            return [{ status: 'failed', message: `${co.path} line ${ownerless.line}: the last rule for the whole repository (\`${ownerless.pattern}\`) names no owner, and on GitHub the last matching rule wins, so the repository has no owner.`, evidence: [fileAt(co.path, ownerless.line)], fix }];
        return [{ status: 'failed', message: `${co.path} has no rule for the whole repository (\`*\`), so some files have no owner.`, evidence: [fileAt(co.path, co.rules[0]?.line ?? 1)], fix }];
    }
};
/** Commands that run a test suite, per ecosystem. */
const TEST_COMMAND = /\b(npm\s+(run\s+)?test|npm\s+run\s+test:\S+|npm\s+t\b|yarn\s+(run\s+)?test|pnpm\s+(run\s+)?test|bun\s+test|npx\s+(vitest|jest|mocha|playwright\s+test)|vitest(\s+run)?\b|jest\b|mocha\b|(python3?\s+-m\s+)?pytest\b|uv\s+run\s+pytest|poetry\s+run\s+pytest|tox\b|nox\b|hatch\s+(run\s+)?test|go\s+test\b|gotestsum\b|dotnet\s+test\b|mvn\b.*\b(test|verify)\b|mvnw\b.*\b(test|verify)\b|gradle(w)?\b.*\b(test|check|build)\b|make\s+(test|check)\b|cargo\s+test\b)/;
const PR_EVENTS = ['pull_request', 'pull_request_target'];
function stepRunsTests(step) {
    return !!step.run && TEST_COMMAND.test(step.run);
}
const ciTests = {
    id: 'policy.ci-tests',
    run(ctx) {
        const wfs = ctx.repo.workflows;
        const fix = ciFix(ctx);
        if (!wfs.length)
            return [{ status: 'failed', message: 'No CI workflow under .github/workflows.', fix }];
        const onPr = wfs.filter((w) => w.on.some((e) => PR_EVENTS.includes(e)));
        for (const wf of onPr) {
            for (const job of wf.jobs) {
                const step = job.steps.find(stepRunsTests);
                if (step)
                    return [{ status: 'passed', message: `${wf.path} runs the tests on pull requests (job \`${job.id}\`).`, evidence: [fileAt(wf.path, step.line, step.column, step.run?.split('\n')[0])] }];
                const called = job.uses?.startsWith('./') ? wfs.find((w) => w.path === job.uses.slice(2)) : undefined;
                const calledStep = called?.jobs.flatMap((j) => j.steps).find(stepRunsTests);
                if (called && calledStep) {
                    return [{ status: 'passed', message: `${wf.path} runs the tests on pull requests through ${called.path}.`, evidence: [fileAt(wf.path, job.line, job.column), fileAt(called.path, calledStep.line, calledStep.column, calledStep.run?.split('\n')[0])] }];
                }
            }
        }
        const broken = wfs.filter((w) => w.error);
        const evidence = [...onPr, ...broken].map((w) => fileAt(w.path, 1, 1, w.error ? `not read: ${w.error}` : 'runs on pull requests, no test step'));
        const message = onPr.length
            ? `Workflows run on pull requests (${onPr.map((w) => w.path).join(', ')}) but no step runs a test command.`
            : `No workflow runs on pull_request (${wfs.length} workflow${wfs.length === 1 ? '' : 's'} read).`;
        return [{ status: 'failed', message, evidence, fix }];
    }
};
/** The setup and test steps for the repository's main ecosystem, for fix snippets. */
const TOOLCHAINS = [
    { ecosystems: ['npm'], setup: '      - uses: actions/setup-node@v5\n        with:\n          node-version: 24', test: ['npm ci', 'npm test'], codeql: 'javascript-typescript' },
    { ecosystems: ['pip', 'uv'], setup: '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"', test: ['pip install -e . pytest', 'pytest'], codeql: 'python' },
    { ecosystems: ['gomod'], setup: '      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod', test: ['go test ./...'], codeql: 'go' },
    { ecosystems: ['nuget'], setup: '      - uses: actions/setup-dotnet@v5\n        with:\n          dotnet-version: 9.0.x', test: ['dotnet test'], codeql: 'csharp' },
    { ecosystems: ['maven', 'gradle'], setup: '      - uses: actions/setup-java@v5\n        with:\n          distribution: temurin\n          java-version: 21', test: ['mvn -B verify'], codeql: 'java-kotlin' }
];
function toolchainsOf(ctx) {
    const used = Object.keys(ctx.repo.ecosystems.used);
    const found = TOOLCHAINS.filter((t) => t.ecosystems.some((e) => used.includes(e)));
    return found.length ? found : [TOOLCHAINS[0]];
}
function ciFix(ctx) {
    const t = toolchainsOf(ctx)[0];
    return `Add a workflow that runs the tests on every pull request, e.g. \`.github/workflows/ci.yml\`:\n\n\`\`\`yaml\nname: ci\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${t.setup}\n${t.test.map((c) => `      - run: ${c}`).join('\n')}\n\`\`\``;
}
function codeqlFix(ctx) {
    const languages = toolchainsOf(ctx).map((t) => t.codeql).join(', ');
    return `Add CodeQL, e.g. \`.github/workflows/codeql.yml\`:\n\n\`\`\`yaml\nname: codeql\non:\n  pull_request:\n  push:\n    branches: [main]\n  schedule:\n    - cron: "17 3 * * 1"\npermissions:\n  contents: read\n  security-events: write\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: github/codeql-action/init@v4\n        with:\n          languages: ${languages}\n      - uses: github/codeql-action/analyze@v4\n\`\`\``;
}
/** Actions and commands that are static application security testing. */
const SAST_ACTIONS = [
    { match: /^github\/codeql-action\/(init|analyze)@/i, name: 'CodeQL' },
    { match: /^(returntocorp|semgrep)\/semgrep-action@/i, name: 'Semgrep' },
    { match: /^snyk\/actions\/[^@]+@/i, name: 'Snyk' },
    { match: /^sonarsource\/(sonarqube-scan-action|sonarcloud-github-action)@/i, name: 'SonarQube' },
    { match: /^bearer\/bearer-action@/i, name: 'Bearer' },
    { match: /^securego\/gosec@/i, name: 'gosec' },
    { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Security DevOps' },
    { match: /^checkmarx\/[^@]+@/i, name: 'Checkmarx' },
    { match: /^fortify\/[^@]+@/i, name: 'Fortify' },
    { match: /^shiftleftsecurity\/[^@]+@/i, name: 'ShiftLeft' }
];
const SAST_COMMANDS = [
    { match: /\bsemgrep\s+(scan|ci)\b/, name: 'Semgrep' },
    { match: /\bbandit\s+-r\b/, name: 'Bandit' },
    { match: /\bgosec\b/, name: 'gosec' },
    { match: /\bsnyk\s+code\s+test\b/, name: 'Snyk Code' },
    { match: /\bcodeql\s+database\s+(create|analyze)\b/, name: 'CodeQL CLI' },
    { match: /\bsonar-scanner\b/, name: 'SonarQube' }
];
/** The first step across all workflows that a matcher recognises. */
function findStep(wfs, recognise) {
    for (const wf of wfs)
        for (const job of wf.jobs)
            for (const step of job.steps) {
                const name = recognise(step);
                if (name)
                    return { wf, step, name };
            }
    return undefined;
}
function recogniseBy(actions, commands) {
    return (s) => (s.uses && actions.find((a) => a.match.test(s.uses))?.name) || (s.run && commands.find((c) => c.match.test(s.run))?.name) || undefined;
}
/** The SAST step in the checkout's workflows, if any. */
function sastStep(repo) {
    return findStep(repo.workflows, recogniseBy(SAST_ACTIONS, SAST_COMMANDS));
}
/**
 * Which API halves are worth a request: only those whose check the checkout alone does not
 * pass (CodeQL default setup has no workflow file; Dependabot security updates no config file).
 */
function apiHalvesNeeded(repo) {
    return { codeScanning: !sastStep(repo), securityUpdates: !repo.ecosystems.dependabot && !repo.ecosystems.renovate, classicProtection: classicProtectionNeeded };
}
/** An outcome from an API half: the fact read, or not verified saying what would make it readable. */
function fromApi(f, judge, fileHalf) {
    if (!f || (!f.ok && f.status === 'no token'))
        return fileHalf;
    if (f.ok)
        return judge(f.value, f.endpoint);
    return { status: 'not verified', message: `${fileHalf.message} The API could not tell whether it is set up outside the repository: ${f.reason}.`, reason: `${f.endpoint}: ${f.reason}`, evidence: [...(fileHalf.evidence ?? []), { api: f.endpoint, fact: f.reason }], fix: `${f.howToFix}\n\n${fileHalf.fix ?? ''}`.trim(), needsApi: true };
}
const securityScanning = {
    id: 'policy.security-scanning',
    run(ctx) {
        const found = sastStep(ctx.repo);
        if (found)
            return [{ status: 'passed', message: `${found.name} runs in ${found.wf.path}.`, evidence: [fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])] }];
        const fileHalf = {
            status: 'failed',
            message: `No SAST scanner (CodeQL, Semgrep, Snyk Code, SonarQube, gosec, Bandit, …) runs in any workflow${ctx.github ? '' : ' (CodeQL default setup, which has no workflow file, is read from the API by the action)'}.`,
            fix: codeqlFix(ctx)
        };
        return [fromApi(ctx.github?.codeScanning, (analyses, endpoint) => {
                const latest = analyses[0];
                if (latest)
                    return { status: 'passed', message: `${latest.tool || 'A code scanning tool'} analyses ${latest.ref || ctx.github.defaultBranch} (latest ${latest.createdAt.slice(0, 10)}); no workflow file in the repository, so it is set up in the repository settings (e.g. CodeQL default setup).`, evidence: [{ api: endpoint, fact: `latest analysis: ${latest.tool} on ${latest.ref} at ${latest.createdAt}` }], needsApi: true };
                return { ...fileHalf, message: `${fileHalf.message.replace(/\.$/, '')}, and the default branch has no code scanning analysis.`, evidence: [{ api: endpoint, fact: 'no code scanning analysis' }], needsApi: true };
            }, fileHalf)];
    }
};
/** Ecosystems a dependency bot must cover; docker and github-actions are noted but do not fail. */
const REQUIRED_ECOSYSTEMS = new Set(['npm', 'pip', 'uv', 'gomod', 'nuget', 'maven', 'gradle']);
const SAME_ECOSYSTEM = { pip: ['pip', 'uv'], uv: ['uv', 'pip'] };
const dependencyUpdates = {
    id: 'policy.dependency-updates',
    run(ctx) {
        const { used, dependabot, renovate } = ctx.repo.ecosystems;
        const needed = Object.keys(used).filter((e) => REQUIRED_ECOSYSTEMS.has(e));
        if (renovate)
            return [{ status: 'passed', message: `Renovate is configured (${renovate.path}); it covers every ecosystem it detects.`, evidence: [fileAt(renovate.path)] }];
        const snippet = (ecos) => '```yaml\nversion: 2\nupdates:\n' + ecos.map((e) => `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly`).join('\n') + '\n```';
        const all = Object.keys(used);
        if (!dependabot) {
            const fileHalf = {
                status: needed.length ? 'failed' : 'warning',
                message: needed.length ? `Neither Dependabot nor Renovate is configured; the repository uses ${needed.join(', ')}.` : 'Neither Dependabot nor Renovate is configured.',
                evidence: needed.map((e) => fileAt(used[e], 1, 1, `${e} manifest`)),
                fix: `Add .github/dependabot.yml:\n\n${snippet(all.length ? all : ['npm'])}`
            };
            return [fromApi(ctx.github?.securityUpdates, (setting, endpoint) => {
                    if (setting.enabled && !setting.paused)
                        return { status: 'passed', message: 'Dependabot security updates are enabled in the repository settings (no dependabot.yml: vulnerable dependencies are updated, others are not; a dependabot.yml adds version updates).', evidence: [{ api: endpoint, fact: 'enabled: true, paused: false' }], needsApi: true };
                    return { ...fileHalf, message: `${fileHalf.message} Dependabot security updates are ${setting.enabled ? 'paused' : 'not enabled'} either.`, evidence: [...(fileHalf.evidence ?? []), { api: endpoint, fact: setting.enabled ? 'enabled: true, paused: true' : 'not enabled' }], needsApi: true };
                }, fileHalf)];
        }
        if (dependabot.error)
            return [{ status: 'failed', message: `${dependabot.path} cannot be read: ${dependabot.error}.`, evidence: [fileAt(dependabot.path)], fix: `Fix ${dependabot.path}:\n\n${snippet(all)}` }];
        const covered = new Set(dependabot.ecosystems.map((e) => e.name));
        const missing = needed.filter((e) => !(SAME_ECOSYSTEM[e] ?? [e]).some((x) => covered.has(x)));
        const optionalMissing = all.filter((e) => !REQUIRED_ECOSYSTEMS.has(e) && !covered.has(e));
        const evidence = dependabot.ecosystems.map((e) => fileAt(dependabot.path, e.line, e.column, e.name));
        if (missing.length) {
            return [{ status: 'failed', message: `${dependabot.path} does not cover ${missing.join(', ')} (seen in ${missing.map((e) => used[e]).join(', ')}).`, evidence, fix: `Add to the \`updates\` list of ${dependabot.path}:\n\n${snippet(missing).replace('version: 2\nupdates:\n', '')}` }];
        }
        const note = optionalMissing.length ? ` Not covered, and worth adding: ${optionalMissing.join(', ')}.` : '';
        return [{ status: 'passed', message: `${dependabot.path} covers ${[...covered].join(', ')}.${note}`, evidence }];
    }
};
const RELEASE_ACTIONS = [
    { match: /^(googleapis|google-github-actions)\/release-please-action@/i, name: 'release-please' },
    { match: /^changesets\/action@/i, name: 'changesets' },
    { match: /^goreleaser\/goreleaser-action@/i, name: 'GoReleaser' },
    { match: /^softprops\/action-gh-release@/i, name: 'action-gh-release' },
    { match: /^(ncipollo|actions)\/(create-)?release(-action)?@/i, name: 'GitHub release' },
    { match: /^pypa\/gh-action-pypi-publish@/i, name: 'PyPI publish' },
    { match: /^docker\/build-push-action@/i, name: 'image build and push' }
];
const RELEASE_COMMANDS = [
    { match: /\bsemantic-release\b/, name: 'semantic-release' },
    { match: /\bgh\s+release\s+create\b/, name: 'gh release' },
    { match: /\bnpm\s+publish\b/, name: 'npm publish' }
];
const releaseProcess = {
    id: 'policy.release-process',
    run(ctx) {
        const evidence = [];
        const notes = [];
        const onRelease = ctx.repo.workflows.find((w) => w.on.includes('release') || w.tags.length > 0);
        if (onRelease) {
            evidence.push(fileAt(onRelease.path, 1, 1, 'runs on releases or tags'));
            notes.push(`${onRelease.path} runs on releases or version tags`);
        }
        const tool = findStep(ctx.repo.workflows, recogniseBy(RELEASE_ACTIONS, RELEASE_COMMANDS));
        if (tool) {
            evidence.push(fileAt(tool.wf.path, tool.step.line, tool.step.column, tool.name));
            notes.push(`${tool.name} in ${tool.wf.path}`);
        }
        if (ctx.repo.docs.changelog) {
            evidence.push(fileAt(ctx.repo.docs.changelog));
            notes.push(`a changelog (${ctx.repo.docs.changelog})`);
        }
        if (evidence.length)
            return [{ status: 'passed', message: `Release process: ${notes.join('; ')}.`, evidence }];
        return [{
                status: 'failed',
                message: 'No release process: no workflow on releases or tags, no release tool, no changelog.',
                fix: 'Add a release workflow, e.g. on version tags:\n\n```yaml\nname: release\non:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n        env:\n          GH_TOKEN: ${{ github.token }}\n```\n\nand keep a CHANGELOG.md.'
            }];
    }
};
// ---------------------------------------------------------------- secrets and test data
/** How the file's kind reads a value at run time instead: an environment variable filled from a Kubernetes Secret. */
function secretAtRunTime(file) {
    const read = {
        py: '```python\nimport os\n\nvalue = os.environ["SERVICE_CREDENTIAL"]\n```',
        ts: '```ts\nconst value = process.env.SERVICE_CREDENTIAL\n```',
        cs: '```csharp\nvar value = Environment.GetEnvironmentVariable("SERVICE_CREDENTIAL");\n```',
        go: '```go\nvalue := os.Getenv("SERVICE_CREDENTIAL")\n```',
        java: '```java\nString value = System.getenv("SERVICE_CREDENTIAL");\n```'
    };
    const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
    const code = read[{ js: 'ts', mjs: 'ts', cjs: 'ts', tsx: 'ts', jsx: 'ts', kt: 'java' }[ext] ?? ext];
    const manifest = '```yaml\nenv:\n  - name: SERVICE_CREDENTIAL\n    valueFrom:\n      secretKeyRef:\n        name: service-credential   # created by your secret store, never committed\n        key: value\n```';
    return code ? `${code}\n\nwith the variable set from a Kubernetes Secret:\n\n${manifest}` : manifest;
}
/** Places of one cause, first ones named and the rest counted: "a:1, b:2 +3 more". */
function placesText(places, shown = 3) {
    const named = places.slice(0, shown).map((p) => `${p.file}:${p.line}`).join(', ');
    return places.length > shown ? `${named} +${places.length - shown} more` : named;
}
/** Items grouped by a key, in the order of their first appearance. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const g = groups.get(k);
        if (g)
            g.push(item);
        else
            groups.set(k, [item]);
    }
    return [...groups.values()];
}
const secrets = {
    id: 'policy.secrets',
    run(ctx) {
        const { secrets: hits, suppressed } = ctx.repo.secrets;
        const allowed = suppressed.length ? ` ${suppressed.length} place${suppressed.length === 1 ? '' : 's'} carry an inline allow marker and were not reported.` : '';
        if (!hits.length)
            return [{ status: 'passed', message: `No committed credentials found (${ctx.repo.scan.files} files read).${allowed}` }];
        // One finding per secret value: its places as evidence. A value blocks when it is in production
        // code and not a public example, or when its checksum proves it was issued, wherever it is.
        const outcomes = groupBy(hits, (h) => h.fingerprint).map((group) => {
            const production = group.filter((h) => !h.isTest && !h.isDoc);
            const first = (production[0] ?? group[0]);
            const blocking = group.some((h) => h.verified) || (production.length > 0 && !first.documented);
            const places = [...production, ...group.filter((h) => h.isTest || h.isDoc)].map((h) => h.at);
            const where = production.length ? '' : group.some((h) => h.isTest) ? ' (test code)' : ' (documentation or examples)';
            const why = first.documented ? ` It is ${first.documented}.` : group.some((h) => h.verified) ? ' Its checksum holds: it was issued, not made up.' : '';
            return {
                status: 'failed',
                message: `${first.description} (${first.masked}) committed in ${places.length} place${places.length === 1 ? '' : 's'}${where}: ${placesText(places)}.${why}`,
                evidence: places,
                ...(blocking ? {} : { nonProduction: true }),
                fix: blocking
                    ? `Revoke the credential now (it is in the history; rewriting history does not un-leak it), remove it from the repository, and load it at run time from a secret store:\n\n${secretAtRunTime(first.at.file)}`
                    : 'Use a value no service accepts (e.g. "test-token"), or mark the line `# notsecret` when it is a public example.'
            };
        });
        if (allowed)
            outcomes[0] = { ...outcomes[0], message: outcomes[0].message + allowed };
        return outcomes;
    }
};
const testData = {
    id: 'policy.test-data',
    run(ctx) {
        const hits = ctx.repo.secrets.testData;
        if (!hits.length)
            return [{ status: 'passed', message: 'Test code and fixtures hold test data only: no real e-mail addresses, tenant ids, national id numbers or phone numbers (credentials are policy.secrets’ business).' }];
        return groupBy(hits, (h) => h.fingerprint).map((group) => ({
            status: 'failed',
            message: `Test data holds what looks like a real ${group[0].kind} (${group[0].masked}) in ${group.length} place${group.length === 1 ? '' : 's'}: ${placesText(group.map((h) => h.at))}.`,
            evidence: group.map((h) => h.at),
            fix: 'Replace it with mock data: e-mail addresses at example.com, the zero GUID 00000000-0000-0000-0000-000000000000 for tenants, invented names and numbers.'
        }));
    }
};
// ---------------------------------------------------------------- environments, zone, container scan
const DEPLOY_COMMAND = /\b(kubectl\s+apply|helm\s+(upgrade|install)|kustomize\s+build|argocd\s+app\s+sync|az\s+(aks|webapp|containerapp)\b|flux\s+reconcile)/;
const environments = {
    id: 'policy.environments',
    run(ctx) {
        const envs = ctx.config.environments;
        const prodName = prodEnvironment(envs);
        const outcomes = [];
        // Deployment configuration per environment: kustomize overlays, Helm values files or environment folders.
        const perEnv = envs.map((env) => {
            const re = new RegExp(`(^|/)(overlays|environments|envs?|clusters|deploy)/${env}(/|$)|(^|/)values[-.]${env}\\.ya?ml$|(^|/)${env}/kustomization\\.ya?ml$`, 'i');
            return { env, path: ctx.repo.paths.find((p) => re.test(p)) };
        });
        const missing = perEnv.filter((e) => !e.path);
        const namespaces = new Map();
        for (const { env, path } of perEnv) {
            if (!path)
                continue;
            const dir = path.replace(/\/[^/]*$/, '');
            const k = ctx.repo.kubernetes.find((o) => o.file.startsWith(`${dir}/`) && o.namespace);
            const kustom = ctx.repo.kustomizations.find((x) => x.dir === dir || x.file.startsWith(`${dir}/`));
            const ns = kustom?.namespace ?? k?.namespace;
            if (ns)
                namespaces.set(env, ns);
        }
        if (missing.length) {
            outcomes.push({ status: 'failed', message: `No deployment configuration for ${missing.map((m) => m.env).join(', ')} (looked for overlays/<env>, environments/<env>, values-<env>.yaml).`, evidence: perEnv.filter((e) => e.path).map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })), fix: 'Keep one overlay per environment, each with its own namespace:\n\n```yaml\n# deploy/overlays/prod/kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ' + ctx.config.server.name + '-prod\nresources:\n  - ../../base\n```' });
        }
        const nsValues = [...namespaces.values()];
        if (nsValues.length > 1 && new Set(nsValues).size < nsValues.length) {
            outcomes.push({ status: 'failed', message: `Environments share a namespace (${[...namespaces.entries()].map(([e, n]) => `${e}: ${n}`).join(', ')}).`, fix: 'Give every environment its own namespace (and host).' });
        }
        const deployJobs = ctx.repo.workflows.flatMap((w) => w.jobs.filter((j) => j.steps.some((s) => DEPLOY_COMMAND.test(s.run ?? '')) && new RegExp(prodName, 'i').test(`${j.id} ${j.steps.map((s) => s.run ?? '').join(' ')}`)).map((j) => ({ w, j })));
        for (const { w, j } of deployJobs) {
            if (!j.environment || !new RegExp(`^${prodName}`, 'i').test(j.environment))
                outcomes.push({ status: 'failed', message: `Job \`${j.id}\` in ${w.path} deploys to ${prodName} without \`environment: ${prodName}\`, so no reviewers or branch policy gate it.`, evidence: [{ file: w.path, line: j.line, column: j.column }], fix: `\`\`\`yaml\njobs:\n  ${j.id}:\n    environment: ${prodName}\n\`\`\`` });
        }
        if (!outcomes.length) {
            const envJobs = ctx.repo.workflows.flatMap((w) => w.jobs.filter((j) => j.environment).map((j) => ({ file: w.path, line: j.line, column: j.column, note: `environment: ${j.environment}` })));
            outcomes.push({ status: 'passed', message: `Separate deployment configuration for ${envs.join(', ')}${namespaces.size ? ` (namespaces ${[...namespaces.values()].join(', ')})` : ''}.`, evidence: [...perEnv.map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })), ...envJobs] });
        }
        // The API half: GitHub environments exist and prod is protected.
        return [...outcomes, ...environmentsFromApi(ctx)];
    }
};
/** "prod", "production", "engineering-prod", "values-prod.yaml" — not "product" or "reproduce". */
const PROD_WORD = /(^|[^a-z])prod(uction)?([^a-z]|$)/i;
/** "zone-2", "zone_b", "zone3" — not "timezone". */
const ZONE_IN_TEXT = /(?:^|[^a-z])zone[-_ ]?([0-9a-z]+)/i;
const zone = {
    id: 'policy.zone',
    run(ctx) {
        const declared = String(ctx.config.server.zone);
        const apps = argoApplications(ctx.repo.kubernetes);
        const prodApps = apps.filter((a) => PROD_WORD.test(`${placementText(a)} ${Object.values(a.labels).join(' ')}`));
        const templateLabel = `\`\`\`yaml\nspec:\n  template:\n    metadata:\n      labels:\n        zone: "${declared}"\n\`\`\``;
        const zoneOf = (a) => {
            const label = Object.entries(a.labels).find(([k]) => /zone/i.test(k))?.[1];
            return label ?? ZONE_IN_TEXT.exec(placementText(a))?.[1];
        };
        if (!prodApps.length) {
            return [{ status: 'not verified', message: 'No Argo CD Application for production was found, so where prod lands cannot be read.', reason: 'no argoproj.io Application/ApplicationSet naming prod in this repository', evidence: apps.map((a) => a.at), fix: `Keep the prod Application in the repository, under a zone folder or with a zone label:\n\n\`\`\`yaml\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${ctx.config.server.name}-prod\n  labels:\n    zone: "${declared}"\nspec:\n  project: zone-${declared}\n\`\`\`` }];
        }
        const outcomes = [];
        for (const a of prodApps) {
            const z = zoneOf(a);
            const from = a.generatedBy ? ` (generated by ApplicationSet ${a.generatedBy.appSet})` : '';
            if (z === undefined && a.generatedBy && !a.generatedBy.expanded) {
                outcomes.push({ status: 'not verified', message: `ApplicationSet ${a.generatedBy.appSet} makes its Applications with a ${a.generatedBy.generator} generator, which asks a live system; where they land cannot be read from the repository.`, reason: `${a.generatedBy.generator} generator: its parameters are not in the files`, evidence: [a.at], fix: `Put the zone in the ApplicationSet's template:\n\n${templateLabel}` });
            }
            else if (z === undefined)
                outcomes.push({ status: 'not verified', message: `Application ${a.name}${from} says nothing about its zone.`, reason: 'no zone label, folder, project, destination or source path', evidence: [a.at], fix: a.generatedBy ? `Add a zone label to the ApplicationSet's template (or a \`zone\` key to each list element, used as \`'{{.zone}}'\`):\n\n${templateLabel}` : `Add a zone label:\n\n\`\`\`yaml\nmetadata:\n  labels:\n    zone: "${declared}"\n\`\`\`` });
            else if (z !== declared)
                outcomes.push({ status: 'failed', message: `Application ${a.name}${from} lands in zone ${z}, but golive.yaml declares zone ${declared}.`, evidence: [a.at], fix: `Move the Application to the zone-${declared} project/cluster, or correct \`server.zone\`.` });
            else
                outcomes.push({ status: 'passed', message: `Production Application ${a.name}${from} lands in zone ${declared}.`, evidence: [a.at] });
        }
        return outcomes;
    }
};
const CONTAINER_SCAN_ACTIONS = [
    { match: /^aquasecurity\/trivy-action@/i, name: 'Trivy' },
    { match: /^anchore\/scan-action@/i, name: 'Grype' },
    { match: /^docker\/scout-action@/i, name: 'Docker Scout' },
    { match: /^snyk\/actions\/docker@/i, name: 'Snyk Container' },
    { match: /^azure\/container-scan@/i, name: 'Azure container scan' },
    { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Defender for DevOps' }
];
const CONTAINER_SCAN_COMMANDS = [
    { match: /\btrivy\s+(image|fs|repo)\b/, name: 'Trivy' },
    { match: /\bgrype\b/, name: 'Grype' },
    { match: /\bdocker\s+scout\s+(cves|quickview)\b/, name: 'Docker Scout' },
    { match: /\bsnyk\s+container\s+test\b/, name: 'Snyk Container' }
];
const containerScan = {
    id: 'policy.container-scan',
    run(ctx) {
        const hasImage = ctx.repo.paths.some((p) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/.test(p)) || ctx.repo.workflows.some((w) => w.jobs.some((j) => j.steps.some((s) => /docker\/build-push-action@/.test(s.uses ?? '') || /\bdocker\s+build\b/.test(s.run ?? ''))));
        if (!hasImage)
            return [{ status: 'not applicable', message: 'No container image is built from this repository.' }];
        const found = findStep(ctx.repo.workflows, recogniseBy(CONTAINER_SCAN_ACTIONS, CONTAINER_SCAN_COMMANDS));
        if (found)
            return [{ status: 'passed', message: `${found.name} scans the image in ${found.wf.path}.`, evidence: [fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])] }];
        return [{ status: 'failed', message: 'The repository builds a container image, but no workflow scans it (Trivy, Grype, Docker Scout, Snyk Container, Defender).', fix: '```yaml\n- name: Scan the image\n  uses: aquasecurity/trivy-action@0.33.1\n  with:\n    image-ref: ${{ env.IMAGE }}\n    exit-code: "1"\n    severity: CRITICAL,HIGH\n```' }];
    }
};
const POLICY_CHECKS = [readme, codeowners, ciTests, securityScanning, dependencyUpdates, releaseProcess, secrets, testData, environments, zone, containerScan];

// Phase 6 — Final verification: the configuration the verdict rests on.
/** Waivers may run at most this long, and are flagged this many days before they end. */
const MAX_WAIVER_DAYS = 180;
const WAIVER_WARNING_DAYS = 14;
const DAY = 86_400_000;
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const config = {
    id: 'report.config',
    run(ctx) {
        const outcomes = [];
        ctx.config.waivers.forEach((w, i) => {
            const left = daysBetween(ctx.today, w.expires);
            const at = configEvidence(ctx, ['waivers', i, 'expires'], `waiver of ${w.check}`);
            if (left < 0) {
                outcomes.push({ status: 'failed', message: `The waiver of ${w.check} expired on ${w.expires}; ${w.check} is open again.`, evidence: [at], fix: `Fix ${w.check}, or have ${w.approvedBy} renew the waiver with a new \`expires\` date (at most ${MAX_WAIVER_DAYS} days ahead).` });
            }
            else if (left > MAX_WAIVER_DAYS) {
                outcomes.push({ status: 'failed', message: `The waiver of ${w.check} runs until ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead.`, evidence: [at], fix: `Set \`expires\` to ${MAX_WAIVER_DAYS} days from now or less, and renew it when it ends.` });
            }
            else if (left <= WAIVER_WARNING_DAYS) {
                outcomes.push({ status: 'warning', message: `The waiver of ${w.check} expires on ${w.expires} (in ${left} day${left === 1 ? '' : 's'}).`, evidence: [at], fix: `Fix ${w.check} before ${w.expires}, or have ${w.approvedBy} renew the waiver.` });
            }
        });
        for (const [i, why] of ctx.unapproved?.waivers ?? [])
            outcomes.push({ status: 'not verified', message: `${why}.`, reason: 'waiver not approved by its approver on this pull request', evidence: [configEvidence(ctx, ['waivers', i, 'approvedBy'])], fix: `Ask ${ctx.config.waivers[i].approvedBy} to approve the pull request.`, needsApi: true });
        for (const [i, why] of ctx.unapproved?.attestations ?? [])
            outcomes.push({ status: 'not verified', message: `${why}.`, reason: 'attestation not approved by its author on this pull request', evidence: [configEvidence(ctx, ['attestations', i, 'by'])], fix: `Ask ${ctx.config.attestations[i].by} to approve the pull request.`, needsApi: true });
        if (!outcomes.some((o) => o.status === 'failed')) {
            const waivers = ctx.config.waivers.length;
            outcomes.unshift({
                status: 'passed',
                message: `${ctx.configFile.path} is valid (sha256 ${ctx.configFile.sha256.slice(0, 12)}…)${waivers ? ` and its ${waivers} waiver${waivers === 1 ? ' is' : 's are'} current` : ''}.`,
                evidence: [configEvidence(ctx, [])]
            });
        }
        return outcomes;
    }
};
/** Who may approve the go-live: golive.yaml approvers and the owners of CODEOWNERS' root rule. */
function approversOf(ctx) {
    return [...new Set([...ctx.config.approvers, ...(rootCodeownersRule(ctx.repo.docs.codeowners)?.owners ?? [])])];
}
const approval = {
    id: 'report.approval',
    run(ctx) {
        const approvers = approversOf(ctx);
        const gh = ctx.github;
        const pull = gh?.context.pull;
        if (!gh)
            return [{ status: 'not verified', message: 'Go-live approval is read from the pull request’s reviews; a local run cannot see them (no token).', reason: 'no token (local run)', needsApi: true }];
        if (!pull)
            return [{ status: 'not applicable', message: `Approval is judged on pull requests; this is a ${gh.context.eventName || 'non-PR'} run.` }];
        if (!gh.reviews?.ok)
            return [{ status: 'not verified', message: `The reviews of pull request #${pull.number} could not be read.`, reason: gh.reviews && !gh.reviews.ok ? `${gh.reviews.endpoint}: ${gh.reviews.reason}` : 'not requested', fix: gh.reviews && !gh.reviews.ok ? gh.reviews.howToFix : undefined, needsApi: true }];
        const users = approvers.filter((a) => !a.includes('/')).map((a) => a.slice(1).toLowerCase());
        const teams = approvers.filter((a) => a.includes('/'));
        const approved = gh.reviews.value.filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase());
        const byApprover = approved.filter((r) => users.includes(r.user.toLowerCase()));
        const evidence = [{ api: gh.reviews.endpoint, fact: approved.length ? `approved by ${approved.map((r) => `${r.user}${r.submittedAt ? ` at ${r.submittedAt}` : ''}${r.commitId ? ` on ${r.commitId.slice(0, 7)}` : ''}`).join(', ')}` : 'no approving review' }];
        if (byApprover.length)
            return [{ status: 'passed', message: `Go-live approved by ${byApprover.map((r) => r.user).join(', ')}.`, evidence, needsApi: true }];
        if (approved.length && teams.length)
            return [{ status: 'not verified', message: `Approved by ${approved.map((r) => r.user).join(', ')}, but whether they belong to ${teams.join(', ')} cannot be read with this token.`, reason: 'team membership needs a token with members: read (organisation)', evidence, fix: 'List the approvers by handle in golive.yaml `approvers`, or give the action a token with Members: read.', needsApi: true }];
        return [{ status: 'failed', message: `No approval from a code owner or an approver (${approvers.join(', ') || 'none listed'}).`, evidence, fix: 'Ask one of the approvers to review and approve the pull request, or list approvers in golive.yaml `approvers`.', needsApi: true }];
    }
};
const REPORT_CHECKS = [config, approval];

const order = new Map(CATALOGUE.map((e, i) => [e.id, i]));
const CHECKS = [...SECURITY_CHECKS, ...POLICY_CHECKS, ...POLICY_GITHUB_CHECKS, ...INFRA_CHECKS, ...AUTH_CHECKS, ...OBSERVABILITY_CHECKS, ...REPORT_CHECKS].sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999));

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
/** The kinds of evidence a path could hold; a folder the walk did not enter (too deep, unreadable, the file limit) could hold any. */
function kindsOf(path, reason) {
    if (reason === 'too deep' || reason === 'file limit reached' || (reason === 'unreadable' && !path.slice(path.lastIndexOf('/') + 1).includes('.')))
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
/** Files of the kinds a check reads that the gate did not read (skipped). */
function unreadFilesFor(check, skipped) {
    const reads = CHECK_READS[check];
    if (!reads)
        return [];
    return skipped.filter((s) => kindsOf(s.path, s.reason).some((k) => reads.includes(k)));
}
/**
 * Files left out by `paths.exclude` that a critical check reads, and that no approval names: an
 * attestation of that check whose `subject` is the path, or the exclude pattern that matched it.
 * Test code is left out freely (test findings never block production checks).
 */
function unapprovedExclusionsFor(check, ctx) {
    const reads = CHECK_READS[check];
    if (!reads || !ctx.repo.excluded?.length)
        return [];
    const patterns = (ctx.config.paths?.exclude ?? []).map((g) => ({ g, m: globMatcher([g]) }));
    const matchedBy = (path) => patterns.filter((x) => x.m(path)).map((x) => x.g);
    const approved = new Set(ctx.config.attestations.filter((a, i) => a.check === check && a.subject !== undefined && !ctx.unapproved?.attestations.has(i)).map((a) => a.subject));
    return (ctx.repo.excluded ?? []).filter((p) => !isTestPath(p) && kindsOf(p).some((k) => reads.includes(k)) && !approved.has(p) && !matchedBy(p).some((g) => approved.has(g)));
}
const list = (paths) => `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` (+${paths.length - 3} more)` : ''}`;
/** A check's outcomes with its passes (and `not applicable`s) made `not verified` when files it reads were not read or were excluded without approval. */
function coverOutcomes(check, outcomes, unread, excluded) {
    if (!unread.length && !excluded.length)
        return outcomes;
    const why = [
        unread.length ? `${unread.length} file${unread.length === 1 ? '' : 's'} it reads ${unread.length === 1 ? 'was' : 'were'} not read: ${list(unread.map((s) => `${s.path} (${s.reason})`))}` : '',
        excluded.length ? `paths.exclude leaves out ${excluded.length} file${excluded.length === 1 ? '' : 's'} it reads, with no attestation naming ${excluded.length === 1 ? 'it' : 'them'}: ${list(excluded)}` : ''
    ].filter(Boolean).join('; ');
    return outcomes.map((o) => (o.status !== 'passed' && o.status !== 'not applicable') ? o : {
        ...o,
        status: 'not verified',
        message: `${o.message} But ${why}.`,
        reason: why,
        evidence: [...unread.slice(0, 3).map((s) => ({ file: s.path, line: 1, column: 1, note: `not read: ${s.reason}` })), ...excluded.slice(0, 3).map((p) => ({ file: p, line: 1, column: 1, note: 'excluded by paths.exclude' })), ...(o.evidence ?? [])],
        fix: excluded.length ? `Remove the path from paths.exclude, or approve leaving it out with an attestation of ${check} whose subject is the path (or the exclude pattern).` : 'Commit the file as UTF-8 text under the size and depth limits (README, Safety), or remove it.'
    });
}

// Runs every registered check on the evidence, applies waivers and decides the
// verdict. No I/O here: evidence comes in, findings go out.
/** Skipped files named in the result; the rest are counted. */
const MAX_NOT_READ_LISTED = 20;
/** Places a finding leaves out: past the cap, plus those the check itself only counted. */
function omitted(o) {
    const n = Math.max(0, (o.evidence?.length ?? 0) - MAX_EVIDENCE_PER_FINDING) + (o.omittedEvidence ?? 0);
    return n ? { omittedEvidence: n } : {};
}
function evaluate(ctx, options = {}) {
    const findings = [];
    for (const check of CHECKS) {
        const entry = catalogueEntry(check.id);
        if (!entry)
            throw new Error(`check ${check.id} is not in the catalogue`);
        let outcomes;
        const started = performance.now();
        try {
            const notApplicable = notApplicableReason(ctx, check.id);
            outcomes = notApplicable ? [{ status: 'not applicable', message: notApplicable }] : check.run(ctx);
        }
        catch (e) {
            // A check that throws is a bug of ours; it must not pass silently.
            outcomes = [{ status: 'not verified', message: `the check failed internally: ${e.message}`, reason: 'internal error' }];
        }
        // A check does not pass on files it reads that the gate skipped, or that paths.exclude left out of a critical check unapproved.
        outcomes = coverOutcomes(check.id, outcomes, unreadFilesFor(check.id, ctx.repo.skipped), entry.level === 'critical' ? unapprovedExclusionsFor(check.id, ctx) : []);
        if (options.phaseMs)
            options.phaseMs[entry.phase] = (options.phaseMs[entry.phase] ?? 0) + performance.now() - started;
        for (const o of outcomes) {
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
        excluded: { count: ctx.repo.excluded?.length ?? 0, files: (ctx.repo.excluded ?? []).slice(0, MAX_NOT_READ_LISTED).map(redactSecrets) },
        tools: resultTools(ctx),
        capabilities: compactMatrix(capabilityMatrix(ctx.config, ctx.repo.capabilities, (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool)))
    };
}
/** The tool entries as the result carries them: places without the engine's quoting hints. */
function resultTools(ctx) {
    return toolEntries(ctx.config, ctx.repo).map((t) => ({
        ...t,
        registeredAt: t.registeredAt ? { file: t.registeredAt.file, line: t.registeredAt.line, column: t.registeredAt.column } : null,
        ...(t.annotations ? { annotations: { ...t.annotations } } : {})
    }));
}
function notRead(ctx) {
    const skipped = ctx.repo.skipped;
    const byReason = {};
    for (const s of skipped)
        byReason[s.reason] = (byReason[s.reason] ?? 0) + 1;
    return { count: skipped.length, byReason, files: skipped.slice(0, MAX_NOT_READ_LISTED).map((s) => ({ path: s.path, reason: s.reason })) };
}
/** A current waiver turns an open, non-critical item into `waived`; an expired one leaves it open (report.config says why). */
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
    const fail = (reason) => ({ configured: true, source: 'file', live: false, ok: false, reason: `${file}: ${reason}` });
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
/** Environment of the started server: PATH and HOME of the gate's, and the placeholders golive.yaml names; nothing else. */
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
        return { configured: true, source: 'command', live: true, ok: false, reason: `inventory.cwd ${JSON.stringify(config.cwd)} does not exist in the checkout` };
    }
    if (!isInside(root, realCwd))
        return { configured: true, source: 'command', live: true, ok: false, reason: 'inventory.cwd is outside the checkout' };
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
        return { configured: true, source: 'command', live: true, ok: true, ...listed, ...(keptStderr() ? { stderr: keptStderr() } : {}) };
    }
    catch (e) {
        const why = transport.malformed?.message ?? (timedOut ? `the server did not answer within ${options.timeoutS} s (inventory-timeout)` : (transport.exited ?? oneLine(e?.message ?? String(e))));
        return { configured: true, source: 'command', live: true, ok: false, reason: why, ...(keptStderr() ? { stderr: keptStderr() } : {}) };
    }
    finally {
        clearTimeout(timer);
        transport.closeQuietly();
        await group.kill();
    }
}
async function fromUrl(url, options) {
    const timeoutMs = Math.round(options.timeoutS * 1000);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
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
            listed = await attempt(async () => new (await import('./streamableHttp.js')).StreamableHTTPClientTransport(new URL(url)));
        }
        catch (e) {
            if (controller.signal.aborted)
                throw e;
            // Servers that speak only the older HTTP+SSE transport.
            listed = await attempt(async () => new (await import('./sse.js')).SSEClientTransport(new URL(url))).catch((e2) => {
                throw new Error(`Streamable HTTP: ${transportFailure(e)}; SSE: ${transportFailure(e2)}`);
            });
        }
        return { configured: true, source: 'url', live: true, ok: true, ...listed };
    }
    catch (e) {
        const reason = controller.signal.aborted ? `the server at the URL did not answer within ${options.timeoutS} s (inventory-timeout)` : oneLine(e?.message ?? String(e));
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
                const why = err.code === 'ENOENT' ? `the command "${String(child.spawnfile).slice(0, 200)}" was not found on PATH` : `the server could not be started: ${err.message}`;
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
            attestations: Array.isArray(data?.attestations) ? data.attestations.map(attestationKey) : []
        };
    }
    else
        baseProblem = github.baseConfig ? `golive.yaml on ${pull.baseRef} could not be read (${github.baseConfig.reason})` : 'golive.yaml on the base branch was not read';
    const approvers = github.reviews?.ok ? new Set(github.reviews.value.filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase() && (!r.commitId || r.commitId === pull.headSha)).map((r) => r.user.toLowerCase())) : undefined;
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
    return { configured: true, source: inv.command ? 'command' : 'url', live: true, ok: false, reason: 'this run did not ask the server for its tools' };
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
/** Lines of checkout files for the evidence a report quotes: each file read again at most once (bounded like every read). */
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
 * (testDataIn, the same finder; a finding shows 4 characters of it), marked lines included. Given to the redactor, so the same value
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
/** The checks on prepared evidence and the API facts (the action reads those in between, knowing what the checkout settles). */
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
    const result = redactDeep(evaluate(ctx, { acceptNotVerified: inputs.acceptNotVerified, scope: inputs.github ? 'github' : 'local', localApi: !inputs.github && !inputs.strict, lineOf: lineReader(repo), phaseMs: phases }));
    const t3 = performance.now();
    return { result, loaded, repo, ctx, timings: { ...prepared.timings, checks: t3 - t2, phases } };
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

export { DEFAULT_INVENTORY_TIMEOUT_S as D, apiHalvesNeeded as a, run as b, judgeGate as j, loadGateConfig as l, prepareGate as p, readServedInventory as r };
