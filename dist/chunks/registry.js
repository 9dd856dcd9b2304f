import { l as languageOf, a as isTestPath, p as plainData, b as isRecord, c as parseYamlAll, m as manifestData, d as locatorOf, n as nodeAt, e as distExports, R as RE2JS, f as nodePosition, M as MAX_ALIAS_COUNT, L as LEGS, q as isDocPath, k as credentialKind, o as hostOf, h as LineFinder } from './jobs.js';
import { posix, dirname } from 'node:path';
import { i as isSpaceChar, a as isWordChar } from './rules.js';
import 'node:zlib';
import 'node:fs';

/** A count and its noun, plural unless the count is 1: `3 places`, `1 call`. */
const counted = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** Facts grouped by their cause (a kind, a class, a credential), in the order each cause is first seen. */
function byCause(facts, cause) {
    const groups = new Map();
    for (const f of facts) {
        const k = cause(f);
        const g = groups.get(k);
        if (g)
            g.push(f);
        else
            groups.set(k, [f]);
    }
    return [...groups];
}
/** The first names of a list, the rest counted: `a, b, c +2 more`. */
const firstNames = (names, shown) => names.slice(0, shown).join(', ') + (names.length > shown ? ` +${names.length - shown} more` : '');
/** The first places of a list, `file:line:column`, and "+N more" past `shown`. */
function firstPlaces(places, shown = 3) {
    const said = places
        .slice(0, shown)
        .map((p) => `${p.file}:${p.line}:${p.column}`)
        .join(', ');
    return places.length > shown ? `${said} (+${places.length - shown} more)` : said;
}
/** Evidence a finding carries for a cause found in many places: the first ones. */
const MAX_EVIDENCE = 20;
/** The facts found outside test code: what production runs. */
const production = (facts) => facts.filter((f) => !f.isTest);
/** The outcome of an attestation in golive.yaml: `what`, said to be vouched for by its author on its date. */
function attested(att, what, evidence) {
    const attestation = { by: att.by, date: att.date, note: att.note };
    const message = `${what} (attested by ${att.by} on ${att.date}).`;
    return { status: 'attested', message, ...(evidence && { evidence }), attestation };
}
/** An Envoy Gateway SecurityPolicy: the gateway's authentication in front of the server. */
const isEnvoySecurityPolicy = (o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1';

// The vocabulary every module shares: phases, levels, statuses, evidence and
// findings. The JSON result, the PR comment, SARIF and the report all speak it.
const PHASES = ['security', 'policy', 'infra', 'auth', 'observability', 'report'];
const PHASE_TITLES = {
    security: 'Phase 1 — Security: the lethal trifecta',
    policy: 'Phase 2 — Policy compliance',
    infra: 'Phase 3 — Infrastructure',
    auth: 'Phase 4 — Authentication',
    observability: 'Phase 5 — Observability',
    report: 'Phase 6 — Final verification'
};
const STATUSES = ['passed', 'attested', 'failed', 'warning', 'not verified', 'waived', 'not applicable'];
const isFileEvidence = (e) => 'file' in e;
/** Evidence kept per finding; the rest is counted (`omittedEvidence`), so no surface grows with the repository. */
const MAX_EVIDENCE_PER_FINDING = 50;
/** Statuses that leave a blocking or critical item open. */
function blocks(f, options = {}) {
    if (f.level === 'advisory' || f.nonProduction)
        return false;
    if (f.status === 'failed')
        return true;
    // accept-not-verified never covers a critical check: like a waiver, it cannot stand in for one.
    if (f.status === 'not verified')
        return !((options.acceptNotVerified && f.level !== 'critical') || (options.localApi && f.needsApi));
    return false;
}
/** Severity order used to pick the status that stands for a check and to sort output, worst first. */
const STATUS_RANK = {
    failed: 0,
    'not verified': 1,
    warning: 2,
    waived: 3,
    attested: 4,
    passed: 5,
    'not applicable': 6
};
function worstStatus(statuses) {
    return statuses.reduce((w, s) => (STATUS_RANK[s] < STATUS_RANK[w] ? s : w), 'not applicable');
}

// Which packages of the checkout make up the MCP server: those whose source uses an MCP SDK, and
// the packages of the repository they depend on (by the dependency manifests). A file outside
// them (another package of a monorepo, a loose script beside the server) is code the server never
// runs. Packages are per ecosystem: a JavaScript file belongs to the nearest package.json above
// it, a Go file to the nearest go.mod, and so on; a file with none above it is loose.
const ECOSYSTEM_OF = {
    typescript: 'npm',
    javascript: 'npm',
    python: 'python',
    go: 'go',
    csharp: 'dotnet',
    java: 'jvm',
    kotlin: 'jvm'
};
const MANIFEST = [
    { ecosystem: 'npm', match: /(^|\/)package\.json$/ },
    { ecosystem: 'python', match: /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/ },
    { ecosystem: 'go', match: /(^|\/)go\.mod$/ },
    { ecosystem: 'dotnet', match: /\.(csproj|fsproj)$/ },
    { ecosystem: 'jvm', match: /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/ }
];
/** Folders of tooling around a server: build and release scripts, CI, benchmarks, load tests and evaluations. */
const TOOLING_DIR = /(^|\/)(scripts?|hack|ci|\.github|\.circleci|\.buildkite|benchmarks?|bench|loadtests?|load-tests?|perf|evals?|evaluations?|tooling|build-tools)\//i;
/** Manifests read for their dependencies are at most this long (a package.json of megabytes is not one). */
const MAX_MANIFEST = 256 * 1024;
const folderOf = (path) => (path.includes('/') ? dirname(path) : '');
/** The package a file belongs to: the deepest folder above it with a manifest of its ecosystem. */
function packageOf(scope, file) {
    const language = languageOf(file);
    if (!language)
        return undefined;
    const ecosystem = ECOSYSTEM_OF[language];
    let best;
    for (const p of scope.packages) {
        if (p.ecosystem !== ecosystem || (p.dir && !file.startsWith(p.dir + '/')))
            continue;
        if (!best || p.dir.length > best.dir.length)
            best = p;
    }
    return best;
}
/**
 * Why a source file is outside the server, or undefined when it is inside (or the scope is unknown):
 * its package neither uses an MCP SDK nor is a dependency of one that does, or it is a loose
 * script of an ecosystem whose loose files serve nothing.
 */
function outsideServer(scope, file, mcpFiles = []) {
    const tooling = TOOLING_DIR.exec(file);
    if (tooling)
        return `${tooling[2]}/ holds tooling (scripts, CI, benchmarks, evaluations) the server does not run`;
    // A file that uses an MCP SDK is the server's wherever else it lies.
    if (!scope?.known || mcpFiles.includes(file))
        return undefined;
    const language = languageOf(file);
    if (!language)
        return undefined;
    const pkg = packageOf(scope, file);
    if (pkg)
        return pkg.inScope
            ? undefined
            : `${pkg.manifest} is a package that uses no MCP SDK and no serving package depends on`;
    if (scope.looseServes.includes(ECOSYSTEM_OF[language]))
        return undefined;
    return `${file} is a script in no package of the server (no ${language} manifest above it, and the server's ${language} files are in packages)`;
}
/** Local names a manifest gives its package, and the names or paths of what it depends on. */
function dependenciesOf(ecosystem, manifest, text) {
    if (ecosystem === 'npm') {
        try {
            const json = JSON.parse(text);
            const deps = [];
            for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
                const d = json[field];
                if (d && typeof d === 'object')
                    deps.push(...Object.keys(d));
            }
            return { name: typeof json.name === 'string' ? json.name : undefined, deps, paths: [] };
        }
        catch {
            return { deps: [], paths: [] };
        }
    }
    if (ecosystem === 'python') {
        const name = /^[ \t]*name[ \t]*=[ \t]*["']([^"'\n]{1,200})["']/m.exec(text)?.[1];
        // Requirement names at the start of a quoted entry or a poetry key: `"helper-lib>=1"`, `helper-lib = "…"`.
        const deps = [...text.matchAll(/^[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]{0,100})["']?[ \t]*[<>=!~;[,"']/gm)].map((m) => m[1]);
        const norm = (s) => s.toLowerCase().replace(/[-_.]+/g, '-');
        return { name: name && norm(name), deps: deps.map(norm), paths: [] };
    }
    if (ecosystem === 'go') {
        const name = /^[ \t]*module[ \t]+(\S{1,300})/m.exec(text)?.[1];
        const deps = [
            ...text.matchAll(/^[ \t]*(?:require[ \t]+)?([\w-]{1,100}(?:\.[\w-]{1,100}){1,10}\/\S{1,300})[ \t]+v\S{1,100}/gm)
        ].map((m) => m[1]);
        const paths = [...text.matchAll(/=>\s*(\.{1,2}\/\S{0,300})/g)].map((m) => posix.join(folderOf(manifest), m[1]));
        return { name, deps, paths };
    }
    if (ecosystem === 'dotnet') {
        const paths = [...text.matchAll(/<ProjectReference\s+Include\s*=\s*"([^"\n]{1,300})"/g)].map((m) => folderOf(posix.join(folderOf(manifest), m[1].replace(/\\/g, '/'))));
        return { deps: [], paths };
    }
    return { deps: [], paths: [] };
}
/** The server's packages in this checkout, from its manifests and the files that use an MCP SDK. */
function readServerScope(repo, mcpFiles) {
    const packages = [];
    for (const f of repo.files) {
        if (f.path.split('/').includes('node_modules'))
            continue;
        const m = MANIFEST.find((x) => x.match.test(f.path));
        if (m)
            packages.push({ dir: folderOf(f.path), manifest: f.path, ecosystem: m.ecosystem, serves: false, inScope: false });
    }
    // One package per folder and ecosystem (pyproject.toml and setup.py side by side are one).
    const unique = new Map();
    for (const p of packages)
        if (!unique.has(`${p.ecosystem}:${p.dir}`))
            unique.set(`${p.ecosystem}:${p.dir}`, p);
    const scope = { packages: [...unique.values()], looseServes: [], known: false };
    for (const file of mcpFiles) {
        // A test, or a script that probes or packages the server, does not make its package the server's.
        if (isTestPath(file) || TOOLING_DIR.test(file))
            continue;
        const language = languageOf(file);
        if (!language)
            continue;
        scope.known = true;
        const pkg = packageOf(scope, file);
        if (pkg)
            pkg.serves = true;
        else if (!scope.looseServes.includes(ECOSYSTEM_OF[language]))
            scope.looseServes.push(ECOSYSTEM_OF[language]);
    }
    // JVM builds (Maven modules, Gradle projects) are not followed: their packages all count, failing closed.
    for (const p of scope.packages)
        if (p.ecosystem === 'jvm')
            p.serves = true;
    const byName = new Map();
    const edges = new Map();
    for (const p of scope.packages) {
        const text = repo.read(p.manifest);
        if (text === undefined || text.length > MAX_MANIFEST) {
            // A manifest the gate cannot read may depend on anything: its package counts.
            p.serves = true;
            continue;
        }
        const { name, deps, paths } = dependenciesOf(p.ecosystem, p.manifest, text);
        if (name)
            byName.set(`${p.ecosystem}:${name}`, p);
        edges.set(p, { deps, paths });
    }
    const byDir = new Map(scope.packages.map((p) => [`${p.ecosystem}:${p.dir}`, p]));
    const queue = scope.packages.filter((p) => p.serves);
    for (const p of queue)
        p.inScope = true;
    while (queue.length) {
        const p = queue.shift();
        const e = edges.get(p);
        if (!e)
            continue;
        const next = [
            ...e.deps.map((d) => byName.get(`${p.ecosystem}:${d}`)),
            ...e.paths.map((d) => byDir.get(`${p.ecosystem}:${posix.normalize(d).replace(/\/$/, '')}`))
        ];
        for (const q of next) {
            if (q && !q.inScope) {
                q.inScope = true;
                queue.push(q);
            }
        }
    }
    return scope;
}

// Helm charts read as data: the templates rendered with the chart's values by a
// small evaluator of the template language's common forms — `.Values` paths,
// `if`/`else`/`with`/`range` on them, `toYaml … | (n)indent`, `quote`,
// `default` — one build per values file (values.yaml, and values-<env>.yaml over
// it). What it cannot resolve (named templates, functions it does not know,
// conditions on them) is not guessed: the value becomes a marked placeholder
// and the line is listed as templated, so checks say "not verified" there
// instead of passing or failing. Nothing is executed; `helm template` is not run.
// Hand-written: Helm's engine is Go's text/template plus Sprig; no JavaScript
// library renders charts, and none that ran a chart's code would be safe here.
/** The start of a value the renderer could not resolve. */
const TEMPLATED = '⟪templated⟫';
const isTemplated = (v) => typeof v === 'string' && v.includes(TEMPLATED);
const UNKNOWN = Symbol('unknown');
const truthy = (v) => !(v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && !v.length) ||
    (isRecord(v) && !Object.keys(v).length));
function get(v, path) {
    let cur = v;
    for (const k of path) {
        if (!isRecord(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** A string `indent`/`nindent` made: written as it is, its lines already indented. */
class Indented {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** A value as the template writes it: `toYaml` blocks as YAML, `nil` as nothing. */
function textOf(v) {
    if (v instanceof Indented)
        return v.text;
    if (isRecord(v) && YAML in v) {
        const y = v[YAML];
        return y === undefined || y === null ? 'null' : distExports.stringify(y, { indent: 2 }).trimEnd();
    }
    return v === undefined || v === null ? '' : String(v);
}
/** The mark `toYaml` puts on its value (it is written as YAML, not as a Go map). */
const YAML = 'yaml';
/** Stages of a pipeline, split at `|` outside strings and parentheses; undefined when unbalanced. */
function pipelineStages(expr) {
    const stages = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < expr.length; i++) {
        const ch = expr[i];
        if (ch === '"' || ch === '`') {
            for (i++; i < expr.length && expr[i] !== ch; i++)
                if (ch === '"' && expr[i] === '\\')
                    i++;
        }
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === '|' && depth === 0) {
            stages.push(expr.slice(from, i).trim());
            from = i + 1;
        }
    }
    if (depth !== 0)
        return undefined;
    stages.push(expr.slice(from).trim());
    return stages.filter(Boolean);
}
/** One pipeline: `toYaml .Values.x | nindent 4`, `.Values.x | quote`; each stage a call with the value piped last. */
function evaluate(expr, scope) {
    const stages = pipelineStages(expr);
    if (!stages?.length)
        return UNKNOWN;
    let value = term(stages[0], scope);
    for (const stage of stages.slice(1)) {
        if (value === UNKNOWN)
            return UNKNOWN;
        const words = callWords(stage);
        if (!words?.length)
            return UNKNOWN;
        value = apply(words[0], [...words.slice(1).map((w) => term(w, scope)), value], scope);
    }
    return value;
}
function literal(s) {
    const t = s.trim();
    if (/^"(?:[^"\\]|\\.)*"$/.test(t)) {
        try {
            return JSON.parse(t);
        }
        catch {
            return t.slice(1, -1);
        }
    }
    if (/^`[^`]*`$/.test(t))
        return t.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(t))
        return Number(t);
    if (t === 'true' || t === 'false')
        return t === 'true';
    if (t === 'nil')
        return null;
    return UNKNOWN;
}
// A line terminator: what `.` does not match without the s flag.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** `m` unless its group `g` holds a line break. With the s flag `.+$` takes the rest at once; without it, a line
 * break after a run of spaces made `\s+` retry every shorter run (quadratic). The check refuses what `.` refused. */
const noBreak = (m, g) => (m && !LINE_BREAK.test(m[g]) ? m : null);
function term(t, scope) {
    const s = t.trim();
    if (s === '.')
        return scope.dot;
    if (s === '$')
        return scope.top ?? scope.root;
    const words = s.startsWith('(') ? callWords(s) : undefined;
    // `(.context.Values.global).compatibility`: a field of a parenthesised value (callWords kept it one word).
    const close = words?.length === 1 && !s.endsWith(')') ? s.lastIndexOf(')') : -1;
    if (close !== -1 && /^(?:\.[\w-]+)+$/.test(s.slice(close + 1))) {
        const v = term(s.slice(0, close + 1), scope);
        return v === UNKNOWN
            ? UNKNOWN
            : get(v, s
                .slice(close + 1)
                .split('.')
                .filter(Boolean));
    }
    if (s.startsWith('(') && s.endsWith(')') && words?.length === 1) {
        if (s.startsWith('('.repeat(HELM_LIMITS.maxParens)))
            throw parensLimit();
        return evaluate(s.slice(1, -1), scope);
    }
    const variable = /^(\$\w*)((?:\.[\w-]+)*)$/.exec(s);
    if (variable) {
        const base = variable[1] === '$' ? (scope.top ?? scope.root) : scope.vars[variable[1]];
        if (variable[1] !== '$' && !(variable[1] in scope.vars))
            return UNKNOWN;
        return base === UNKNOWN ? UNKNOWN : field(base, variable[2].split('.').filter(Boolean), scope);
    }
    const path = /^((?:\.[\w-]+)+)$/.exec(s);
    if (path)
        return field(scope.dot, path[1].split('.').filter(Boolean), scope);
    const lit = literal(s);
    if (lit !== UNKNOWN)
        return lit;
    // A function without arguments (`list`, `dict`).
    if (/^[a-zA-Z]\w*$/.test(s))
        return apply(s, [], scope);
    return call(s, scope);
}
// The parts of Helm's top-level object a template reads from any depth (`.Values` where the dot is the root, or a
// dict passed as `context`). `.Release.Namespace` is where it is installed, which the checkout does not say.
const TOP_LEVEL = /^(Values|Chart|Release|Capabilities|Template|Files)$/;
/** A field path from `base`: the top-level object's parts when `base` does not hold them; `.Files` is unknown. */
function field(base, path, scope) {
    if (!path.length)
        return base;
    const from = TOP_LEVEL.test(path[0]) && !(isRecord(base) && path[0] in base) ? scope.root : base;
    if (from === scope.root && (path[0] === 'Files' || (path[0] === 'Release' && path[1] === 'Namespace')))
        return UNKNOWN;
    return get(from, path);
}
/**
 * Words of a call: quoted strings and parenthesised groups kept whole, else runs of non-spaces; undefined when a
 * parenthesis is unbalanced.
 */
function callWords(s) {
    const words = [];
    for (let i = 0; i < s.length;) {
        if (isSpaceChar(s.charCodeAt(i))) {
            i++;
            continue;
        }
        let j = i;
        if (s[i] === '"' || s[i] === '`') {
            for (j = i + 1; j < s.length && s[j] !== s[i]; j++)
                if (s[i] === '"' && s[j] === '\\')
                    j++;
            j++;
        }
        else if (s[i] === '(') {
            let depth = 0;
            for (; j < s.length; j++) {
                // Deeper than any chart writes (each level is a call deeper): the template is not rendered.
                if (s[j] === '"' || s[j] === '`') {
                    const q = s[j];
                    for (j++; j < s.length && s[j] !== q; j++)
                        if (q === '"' && s[j] === '\\')
                            j++;
                }
                else if (s[j] === '(' && ++depth > HELM_LIMITS.maxParens)
                    throw parensLimit();
                else if (s[j] === ')' && --depth === 0)
                    break;
            }
            if (j >= s.length)
                return undefined;
            j++;
            // `(…).field`: the field is part of the same word.
            if (s[j] === '.')
                while (j < s.length && !isSpaceChar(s.charCodeAt(j)) && s[j] !== '(')
                    j++;
        }
        else
            while (j < s.length && !isSpaceChar(s.charCodeAt(j)))
                j++;
        words.push(s.slice(i, j));
        i = j;
    }
    return words;
}
const parensLimit = () => new RenderLimit(`parentheses nest more than ${HELM_LIMITS.maxParens} deep`);
const includeLimit = () => new RenderLimit(`include, template and tpl nest more than ${HELM_LIMITS.maxIncludes} deep`);
/** A function call written out: `include "x" .`, `printf "%s" .Values.a`, `.Capabilities.APIVersions.Has "v1"`. */
function call(s, scope) {
    const words = callWords(s);
    if (!words || words.length < 2)
        return UNKNOWN;
    return apply(words[0], words.slice(1).map((w) => term(w, scope)), scope);
}
/** The API groups a cluster serves without custom resources, as `helm template` assumes. */
const BUILT_IN_APIS = new Set([
    'v1',
    'apps/v1',
    'batch/v1',
    'policy/v1',
    'autoscaling/v1',
    'autoscaling/v2',
    'networking.k8s.io/v1',
    'rbac.authorization.k8s.io/v1',
    'storage.k8s.io/v1',
    'scheduling.k8s.io/v1',
    'coordination.k8s.io/v1',
    'discovery.k8s.io/v1',
    'admissionregistration.k8s.io/v1',
    'apiextensions.k8s.io/v1',
    'certificates.k8s.io/v1',
    'node.k8s.io/v1',
    'events.k8s.io/v1'
]);
/** The Kubernetes version `.Capabilities.KubeVersion` says (a current release). */
const KUBE_VERSION = { Version: 'v1.31.0', GitVersion: 'v1.31.0', Major: '1', Minor: '31' };
const num = (v) => typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
function kindOf(v) {
    if (v === undefined || v === null)
        return 'invalid';
    if (Array.isArray(v))
        return 'slice';
    if (isRecord(v))
        return 'map';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    return typeof v === 'boolean' ? 'bool' : 'string';
}
/** Maps merged the way Sprig's merge (`overwrite` false) and mergeOverwrite do, into `dst`. */
function mergeInto(dst, src, overwrite) {
    for (const [k, v] of Object.entries(src)) {
        const d = dst[k];
        if (isRecord(d) && isRecord(v))
            mergeInto(d, v, overwrite);
        else if (!(k in dst) || overwrite || d === undefined || d === null)
            dst[k] = isRecord(v) ? { ...v } : v;
    }
}
const REGEXES = new Map();
/** A template's regular expression, read with RE2's syntax (Go's) and run in linear time. */
function regex(pattern) {
    if (!REGEXES.has(pattern)) {
        if (REGEXES.size >= 1000)
            REGEXES.clear();
        try {
            REGEXES.set(pattern, RE2JS.compile(pattern));
        }
        catch {
            REGEXES.set(pattern, undefined);
        }
    }
    return REGEXES.get(pattern);
}
/** A semantic version constraint (`>=1.21-0`, `<1.25-0 || ^2`, `~1.2`) checked against `version`. */
function semverSatisfies(constraint, version) {
    const parse = (v) => {
        const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:[-+].*)?$/.exec(v.trim());
        return m ? [Number(m[1]), Number(m[2]) || 0, Number(m[3]) || 0] : undefined;
    };
    const have = parse(version);
    if (!have)
        return UNKNOWN;
    const cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
    const alternatives = constraint.split('||').map((alt) => alt
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean));
    let known = true;
    const ok = alternatives.some((alt) => alt.every((c) => {
        const m = /^(>=|<=|!=|>|<|=|\^|~)?(\S+)$/.exec(c);
        const want = m && parse(m[2]);
        if (!m || !want)
            return !(known = false);
        const d = cmp(have, want);
        const op = m[1] ?? '=';
        if (op === '^')
            return have[0] === want[0] && d >= 0;
        if (op === '~')
            return have[0] === want[0] && have[1] === want[1] && d >= 0;
        return { '>=': d >= 0, '<=': d <= 0, '!=': d !== 0, '>': d > 0, '<': d < 0, '=': d === 0 }[op];
    }));
    return known ? ok : UNKNOWN;
}
/**
 * A function applied to its arguments (a piped value comes last): the template language's and the Sprig functions
 * charts use; anything else is unknown. `and`/`or` stop at the first argument that decides, as templates do.
 */
function apply(fn, args, scope) {
    if (fn === 'and' || fn === 'or') {
        for (const a of args) {
            if (a === UNKNOWN)
                return UNKNOWN;
            if (fn === 'and' ? !truthy(a) : truthy(a))
                return a;
        }
        return args[args.length - 1];
    }
    if (fn === 'default')
        return args.length === 2 && args[1] !== UNKNOWN && truthy(args[1]) ? args[1] : args.length === 2 ? args[0] : UNKNOWN;
    if (fn === 'ternary')
        return args.length === 3 && args[2] !== UNKNOWN ? (truthy(args[2]) ? args[0] : args[1]) : UNKNOWN;
    if (fn === 'coalesce') {
        for (const a of args) {
            if (a === UNKNOWN)
                return UNKNOWN;
            if (truthy(a))
                return a;
        }
        return undefined;
    }
    if (!args.every((a) => a !== UNKNOWN))
        return UNKNOWN;
    const a = args;
    // `.Capabilities.APIVersions.Has "x"`, also through a context (`.context.Capabilities…`).
    if (/^\$?(\.[\w-]+)*\.Capabilities\.APIVersions\.Has$/.test(fn))
        return typeof a[0] === 'string' ? BUILT_IN_APIS.has(a[0].replace(/\/[A-Z]\w*$/, '')) : UNKNOWN;
    const str = (i) => textOf(a[i]);
    switch (fn) {
        case 'include':
        case 'template':
            return typeof a[0] === 'string' && a.length <= 2 ? include(a[0], a[1], scope) : UNKNOWN;
        case 'tpl':
            return typeof a[0] === 'string' && a.length === 2 ? renderString(a[0], { ...scope, dot: a[1] }) : UNKNOWN;
        case 'pick':
        case 'omit': {
            if (!isRecord(a[0]))
                return UNKNOWN;
            const names = new Set(a.slice(1).map(textOf));
            return Object.fromEntries(Object.entries(a[0]).filter(([k]) => names.has(k) === (fn === 'pick')));
        }
        case 'has':
            return Array.isArray(a[1]) ? a[1].includes(a[0]) : UNKNOWN;
        case 'without':
            return Array.isArray(a[0]) ? a[0].filter((x) => !a.slice(1).includes(x)) : UNKNOWN;
        case 'printf': {
            if (typeof a[0] !== 'string')
                return UNKNOWN;
            let k = 1;
            return a[0].replace(/%[sdvq%]/g, (m) => m === '%%' ? '%' : m === '%q' ? JSON.stringify(textOf(a[k++])) : textOf(a[k++]));
        }
        case 'print':
            return a.map((_, i) => str(i)).join('');
        case 'cat':
            return a
                .filter((x) => x !== undefined && x !== null)
                .map(textOf)
                .join(' ');
        case 'eq':
            return a.length >= 2 ? a.slice(1).some((x) => x === a[0]) : UNKNOWN;
        case 'ne':
            return a.length === 2 ? a[0] !== a[1] : UNKNOWN;
        case 'lt':
        case 'le':
        case 'gt':
        case 'ge': {
            const [x, y] = [num(a[0]), num(a[1])];
            if (Number.isNaN(x) || Number.isNaN(y))
                return UNKNOWN;
            return fn === 'lt' ? x < y : fn === 'le' ? x <= y : fn === 'gt' ? x > y : x >= y;
        }
        case 'not':
        case 'empty':
            return a.length === 1 ? !truthy(a[0]) : UNKNOWN;
        case 'hasKey':
            return a.length === 2 ? isRecord(a[0]) && typeof a[1] === 'string' && a[1] in a[0] : UNKNOWN;
        case 'required':
            return a.length === 2 && a[1] !== undefined && a[1] !== null && a[1] !== '' ? a[1] : UNKNOWN;
        case 'quote':
        case 'squote': {
            const q = fn === 'quote' ? '"' : "'";
            return a
                .filter((x) => x !== undefined && x !== null)
                .map((x) => (fn === 'quote' ? JSON.stringify(textOf(x)) : `${q}${textOf(x)}${q}`))
                .join(' ');
        }
        case 'toString':
            return str(0);
        case 'int':
        case 'int64':
        case 'float64':
            return Number.isNaN(num(a[0]))
                ? a[0] === undefined || a[0] === null
                    ? 0
                    : UNKNOWN
                : fn === 'float64'
                    ? num(a[0])
                    : Math.trunc(num(a[0]));
        case 'add':
        case 'sub':
        case 'mul':
        case 'max':
        case 'min': {
            const ns = a.map(num);
            if (ns.some(Number.isNaN))
                return UNKNOWN;
            const ops = {
                add: (x, y) => x + y,
                sub: (x, y) => x - y,
                mul: (x, y) => x * y,
                max: Math.max,
                min: Math.min
            };
            return ns.reduce(ops[fn]);
        }
        case 'lower':
            return str(0).toLowerCase();
        case 'upper':
            return str(0).toUpperCase();
        case 'trim':
            return str(0).trim();
        case 'trimSuffix':
            return str(1).endsWith(str(0)) && str(0) ? str(1).slice(0, str(1).length - str(0).length) : str(1);
        case 'trimPrefix':
            return str(1).startsWith(str(0)) ? str(1).slice(str(0).length) : str(1);
        case 'trunc': {
            const n = num(a[0]);
            if (!Number.isInteger(n))
                return UNKNOWN;
            return n >= 0 ? str(1).slice(0, n) : str(1).slice(n);
        }
        case 'replace':
            return str(2).split(str(0)).join(str(1));
        case 'contains':
            return str(1).includes(str(0));
        case 'hasPrefix':
            return str(1).startsWith(str(0));
        case 'hasSuffix':
            return str(1).endsWith(str(0));
        case 'toYaml':
            return { [YAML]: a[0] };
        case 'toJson':
            return JSON.stringify(a[0] ?? null);
        case 'fromYaml': {
            const doc = parseYamlAll(str(0)).docs[0];
            const v = doc && !doc.errors.length ? plainData(doc) : undefined;
            return isRecord(v) ? v : {};
        }
        case 'dict': {
            const d = {};
            for (let i = 0; i + 1 < a.length; i += 2)
                d[str(i)] = a[i + 1];
            return d;
        }
        case 'list':
            return [...a];
        case 'set':
            if (!isRecord(a[0]) || a.length !== 3)
                return UNKNOWN;
            a[0][str(1)] = a[2];
            return a[0];
        case 'unset':
            if (!isRecord(a[0]))
                return UNKNOWN;
            delete a[0][str(1)];
            return a[0];
        case 'get':
            return isRecord(a[0]) ? (a[0][str(1)] ?? '') : UNKNOWN;
        case 'index': {
            let cur = a[0];
            for (const k of a.slice(1))
                cur = Array.isArray(cur) ? cur[num(k)] : isRecord(cur) ? cur[textOf(k)] : undefined;
            return cur;
        }
        case 'merge':
        case 'mergeOverwrite':
        case 'mustMerge':
        case 'mustMergeOverwrite': {
            if (!a.every((x) => isRecord(x) || x === undefined || x === null) || !isRecord(a[0]))
                return UNKNOWN;
            for (const src of a.slice(1))
                if (isRecord(src))
                    mergeInto(a[0], src, fn.endsWith('Overwrite'));
            return a[0];
        }
        case 'deepCopy':
            return a[0] === undefined ? undefined : JSON.parse(JSON.stringify(a[0]));
        case 'len':
            return Array.isArray(a[0]) ? a[0].length : isRecord(a[0]) ? Object.keys(a[0]).length : str(0).length;
        case 'kindIs':
            return kindOf(a[1]) === a[0] || (a[0] === 'float64' && kindOf(a[1]) === 'int');
        case 'typeIs':
            return a[0] === 'string' ? typeof a[1] === 'string' : kindOf(a[1]) === a[0];
        case 'kindOf':
        case 'typeOf':
            return kindOf(a[0]);
        case 'semverCompare':
            return semverSatisfies(str(0), str(1));
        case 'until':
            return Number.isInteger(num(a[0]))
                ? Array.from({ length: Math.max(0, Math.min(num(a[0]), 10_000)) }, (_, i) => i)
                : UNKNOWN;
        case 'split':
        case 'splitn': {
            const parts = fn === 'split' ? str(1).split(str(0)) : str(2).split(str(0));
            const n = fn === 'split' ? parts.length : num(a[1]);
            if (!Number.isInteger(n) || n < 1)
                return UNKNOWN;
            const kept = parts.length > n ? [...parts.slice(0, n - 1), parts.slice(n - 1).join(str(0))] : parts;
            return Object.fromEntries(kept.map((p, i) => [`_${i}`, p]));
        }
        case 'splitList':
            return str(1).split(str(0));
        case 'join':
            return Array.isArray(a[1]) ? a[1].map(textOf).join(str(0)) : UNKNOWN;
        case 'first':
            return Array.isArray(a[0]) ? a[0][0] : UNKNOWN;
        case 'last':
            return Array.isArray(a[0]) ? a[0][a[0].length - 1] : UNKNOWN;
        case 'keys':
            return isRecord(a[0]) ? Object.keys(a[0]) : UNKNOWN;
        case 'sortAlpha':
            return Array.isArray(a[0]) ? a[0].map(textOf).sort() : UNKNOWN;
        case 'uniq':
            return Array.isArray(a[0]) ? [...new Set(a[0])] : UNKNOWN;
        case 'compact':
            return Array.isArray(a[0]) ? a[0].filter(truthy) : UNKNOWN;
        case 'concat':
            return a.every(Array.isArray) ? a.flat() : UNKNOWN;
        case 'append':
            return Array.isArray(a[0]) ? [...a[0], a[1]] : UNKNOWN;
        case 'indent':
        case 'nindent': {
            const n = num(a[0]);
            if (!Number.isInteger(n) || n < 0)
                return UNKNOWN;
            const body = textOf(a[1])
                .split('\n')
                .map((l) => ' '.repeat(n) + l)
                .join('\n');
            return new Indented(fn === 'nindent' ? `\n${body}` : body);
        }
        case 'regexReplaceAll':
        case 'regexReplaceAllLiteral': {
            const re = regex(str(0));
            const repl = str(2);
            return re ? re.matcher(str(1)).replaceAll(fn === 'regexReplaceAll' ? repl : () => repl) : UNKNOWN;
        }
        case 'regexMatch': {
            const re = regex(str(0));
            return re ? re.matcher(str(1)).find() : UNKNOWN;
        }
        case 'regexFind': {
            const re = regex(str(0));
            const m = re?.matcher(str(1));
            return m ? (m.find() ? m.group(0) : '') : UNKNOWN;
        }
        case 'lookup':
            // `helm template` has no cluster to ask: an empty map, as it renders.
            return {};
        default:
            return UNKNOWN;
    }
}
/**
 * A named template rendered with `dot` as its text (trimmed, as `{{- include … }}` is written), or UNKNOWN if any part
 * of it is.
 */
function include(name, dot, scope) {
    const d = scope.defines?.get(name);
    if (!d)
        return UNKNOWN;
    // Helm goes on to 1,000 and writes what the gate cannot see past its bound: the template is not rendered.
    if ((scope.includes ?? 0) >= HELM_LIMITS.maxIncludes)
        throw includeLimit();
    const out = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } };
    const vars = Object.create(null);
    renderLines(d.t, d.from, d.to, { ...scope, dot, top: dot, vars, includes: (scope.includes ?? 0) + 1 }, out, 0);
    return out.holes.length ? UNKNOWN : out.lines.join('\n').trim();
}
/** `tpl`: a string of the values rendered as a template. */
function renderString(text, scope) {
    if ((scope.includes ?? 0) >= HELM_LIMITS.maxIncludes)
        throw includeLimit();
    const t = parseTemplate(text);
    const out = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } };
    renderLines(t, 0, t.src.length, { ...scope, includes: (scope.includes ?? 0) + 1 }, out, 0);
    return out.holes.length ? UNKNOWN : out.lines.join('\n');
}
/** Every `define` of a chart's templates and helpers (its sub-charts' helpers too, as Helm shares them). */
function definesOf(repo, files) {
    const defines = new Map();
    for (const f of files) {
        const text = repo.read(f);
        if (text === undefined || !text.includes('define'))
            continue;
        const t = parseTemplate(text);
        t.control.forEach((c, i) => {
            if (c?.[0] !== 'define')
                return;
            const name = literal(c[1]);
            if (typeof name === 'string' && !defines.has(name))
                defines.set(name, { t, from: i + 1, to: blockEnd(t, i) });
        });
    }
    return defines;
}
/** A placeholder for a value that could not be resolved: a plain YAML scalar that says so. */
const placeholder = (expr) => `${TEMPLATED} ${expr
    .replace(/["'#:{}[\],&*!|>%@`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()}`;
// A line that is one action, `{{- expr -}}`; group 2 is the expression. Formerly /^\s*\{\{-?\s*(.*?)\s*-?\}\}\s*$/,
// whose three runs around `(.*?)` could split the same spaces many ways (cubic on a long line). Here the spaces
// after `{{` are taken at once (`(?=(\s*))\1`), and the expression is words without line breaks ending on a
// non-space that is not the `-` of a closing `-}}`: one way to read each line, same expression as before.
const ACTION_LINE = /^\s*\{\{-?(?=(\s*))\1((?:[^\S\n\r\u2028\u2029]*(?!-\}\}\s*$)\S)*)\s*-?\}\}\s*$/;
/** The expression of a line that is one action, else undefined. */
const actionOf = (line) => ACTION_LINE.exec(line)?.[2];
// The s flag and noBreak: see there.
const CONTROL = /^(if|else if|else|with|range|end|define|block)\b\s*(.*)$/s;
/** [, keyword, argument] of a control action (`if …`, `end`), else null. */
const controlOf = (action) => noBreak(CONTROL.exec(action), 2);
/** Bounds on rendering one template: past one, the template is not rendered and its chart says why. */
const HELM_LIMITS = {
    /** Template lines visited, loops unrolled (nested `range` multiplies them). */
    maxSteps: 500_000,
    /** Characters written (a repeated `toYaml` of a large value multiplies them). */
    maxChars: 4 * 1024 * 1024,
    /** Blocks open at once (`if`, `with`, `range`, and the branches of one `else if` chain). */
    maxDepth: 100,
    /** `include`, `template` and `tpl` inside one another (a define that includes itself, a chain of defines). */
    maxIncludes: 20,
    /** Parentheses inside one another in one action. */
    maxParens: 32
};
/** Thrown when rendering passes a bound; the chart says the template was not rendered. */
class RenderLimit extends Error {
}
/**
 * The text with each comment action (a `{{` then slash-star … star-slash `}}`, over several lines too) made
 * blank, its line breaks kept so line numbers stay: a licence header in a comment is not YAML.
 */
function withoutComments(text) {
    let out = '';
    let last = 0;
    for (let i = text.indexOf('/*'); i !== -1;) {
        // A comment action: `{{` (and `-` and spaces) right before the `/*`.
        let k = i - 1;
        while (k >= 0 && (text[k] === ' ' || text[k] === '-'))
            k--;
        if (k < 1 || text[k] !== '{' || text[k - 1] !== '{') {
            i = text.indexOf('/*', i + 2);
            continue;
        }
        const close = text.indexOf('*/', i + 2);
        if (close === -1)
            break;
        const end = text.indexOf('}}', close + 2);
        if (end === -1)
            break;
        out += text.slice(last, k - 1) + text.slice(k - 1, end + 2).replace(/[^\n]/g, '');
        last = end + 2;
        i = text.indexOf('/*', last);
    }
    return out + text.slice(last);
}
/** An action written over several lines (`$presets := dict` then its entries) joined into its first line; the lines
 * it took stay, blank, so line numbers hold. Past 200 lines the action is left as written. */
function joinActions(src) {
    for (let i = 0; i < src.length; i++) {
        const line = src[i];
        const open = line.lastIndexOf('{{');
        if (open === -1 || line.indexOf('}}', open) !== -1)
            continue;
        let j = i + 1;
        while (j < src.length && j - i <= 200 && !src[j].includes('}}'))
            j++;
        if (j >= src.length || j - i > 200)
            continue;
        src[i] = [line, ...src.slice(i + 1, j + 1).map((l) => l.trim())].join(' ');
        for (let k = i + 1; k <= j; k++)
            src[k] = '';
        i = j;
    }
    return src;
}
function parseTemplate(text) {
    const src = joinActions(withoutComments(text).split('\n'));
    const action = src.map(actionOf);
    const control = action.map((a) => {
        const c = a === undefined ? null : controlOf(a);
        return c ? [c[1], c[2]] : undefined;
    });
    const next = new Array(src.length).fill(src.length);
    // One pass with a stack of open blocks, each with its last branch (so each line is looked at once).
    const open = [];
    control.forEach((c, i) => {
        if (!c)
            return;
        const [kw] = c;
        if (kw === 'if' || kw === 'with' || kw === 'range' || kw === 'define' || kw === 'block')
            open.push({ last: i });
        else if (kw === 'else' || kw === 'else if') {
            const top = open.at(-1);
            if (top) {
                next[top.last] = i;
                top.last = i;
            }
        }
        else if (kw === 'end') {
            const top = open.pop();
            if (top)
                next[top.last] = i;
        }
    });
    return { src, action, control, next };
}
function step(out) {
    if (++out.budget.steps > HELM_LIMITS.maxSteps)
        throw new RenderLimit(`rendering visits more than ${HELM_LIMITS.maxSteps.toLocaleString('en')} template lines (nested loops)`);
}
/** The end of the block opened at `i`: follows its branches to the `end`. */
function blockEnd(t, i) {
    let j = t.next[i];
    while (j < t.src.length && t.control[j]?.[0] !== 'end')
        j = t.next[j];
    return j;
}
/** Renders template lines [i, to) in a scope; `depth`: blocks open around them. */
function renderLines(t, i, to, scope, out, depth) {
    while (i < to) {
        step(out);
        const c = t.control[i];
        if (!c) {
            emit(t.src[i], i + 1, t.action[i], scope, out);
            i++;
            continue;
        }
        const [kw] = c;
        // A stray `else` or `end` (no block open here) writes nothing.
        if (kw === 'end' || kw === 'else' || kw === 'else if') {
            i++;
            continue;
        }
        const end = Math.min(blockEnd(t, i), to);
        if (kw !== 'define' && kw !== 'block')
            renderBlock(t, i, end, scope, out, depth + 1);
        i = end + 1;
    }
}
/** One `if`/`with`/`range` block opened at line `i`, its `end` at `end`: the branch its values choose. */
function renderBlock(t, i, end, scope, out, depth) {
    if (depth > HELM_LIMITS.maxDepth)
        throw new RenderLimit(`blocks nest more than ${HELM_LIMITS.maxDepth} deep`);
    const [kw, arg] = t.control[i];
    const bodyEnd = Math.min(t.next[i], end);
    if (kw === 'range') {
        const { names, expr } = rangeHead(arg);
        const v = evaluate(expr, scope);
        if (v === UNKNOWN) {
            // Unknown list: the body is kept once (as written) and the line is listed as templated.
            out.holes.push({ line: i + 1, expr: `${kw} ${arg}`, block: true });
            return renderLines(t, i + 1, bodyEnd, { ...scope, dot: UNKNOWN, vars: bind(scope, names, UNKNOWN, UNKNOWN) }, out, depth);
        }
        const items = Array.isArray(v)
            ? v.map((x, k) => [k, x])
            : isRecord(v)
                ? Object.keys(v)
                    .sort()
                    .map((k) => [k, v[k]])
                : typeof v === 'number' && v > 0
                    ? Array.from({ length: Math.min(v, HELM_LIMITS.maxSteps) }, (_, k) => [k, k])
                    : [];
        if (items.length) {
            for (const [k, x] of items)
                renderLines(t, i + 1, bodyEnd, { ...scope, dot: x, vars: bind(scope, names, k, x) }, out, depth);
            return;
        }
        if (bodyEnd < end && t.control[bodyEnd]?.[0] === 'else')
            renderLines(t, bodyEnd + 1, Math.min(t.next[bodyEnd], end), scope, out, depth);
        return;
    }
    // if / with, then `else if` / `else` branches: the first whose condition holds is rendered.
    for (let b = i; b < end; b = t.next[b]) {
        step(out);
        const [bkw, barg] = t.control[b];
        const branchEnd = Math.min(t.next[b], end);
        const isWith = bkw === 'with' || (b === i && kw === 'with');
        const { names, expr } = isWith ? rangeHead(barg) : { names: [], expr: barg };
        const cond = bkw === 'else' ? true : evaluate(expr, scope);
        if (cond === UNKNOWN) {
            // Unknown condition: the first branch is kept (as written), the others not, and the line is listed as templated.
            out.holes.push({ line: b + 1, expr: b === i ? `${kw} ${barg}` : barg, block: true });
            if (b === i)
                renderLines(t, b + 1, branchEnd, isWith ? { ...scope, dot: UNKNOWN } : scope, out, depth);
            return;
        }
        if (truthy(cond))
            return renderLines(t, b + 1, branchEnd, isWith ? { ...scope, dot: cond, vars: bind(scope, names, cond, cond) } : scope, out, depth);
        if (branchEnd >= end)
            return;
    }
}
/** `$x := v` declares `$x` in this block; `$x = v` sets it where it was declared. */
function assignVar(scope, name, v, declare) {
    if (!declare) {
        for (let o = scope.vars; o; o = Object.getPrototypeOf(o))
            if (Object.prototype.hasOwnProperty.call(o, name))
                return void (o[name] = v);
    }
    scope.vars = Object.create(scope.vars);
    scope.vars[name] = v;
}
/** `$k, $v := expr` / `$v := expr` / `expr` of a `range` or `with`. */
function rangeHead(arg) {
    const at = arg.indexOf(':=');
    if (at === -1)
        return { names: [], expr: arg };
    const names = arg
        .slice(0, at)
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^\$\w+$/.test(s));
    return { names, expr: arg.slice(at + 2) };
}
/** The variables of a scope with a range's `$k, $v` (or `$v`) bound. */
function bind(scope, names, key, value) {
    if (!names.length)
        return scope.vars;
    const vars = Object.create(scope.vars);
    if (names.length === 1)
        vars[names[0]] = value;
    else {
        vars[names[0]] = key;
        vars[names[1]] = value;
    }
    return vars;
}
function write(out, line, n) {
    out.budget.chars += line.length + 1;
    if (out.budget.chars > HELM_LIMITS.maxChars)
        throw new RenderLimit(`rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`);
    out.lines.push(line);
    out.from.push(n);
}
function emit(line, n, wholeAction, scope, out) {
    if (wholeAction !== undefined) {
        // A line that is one action: toYaml blocks, includes. Comments and variable assignments emit nothing.
        if (/^\/\*/.test(wholeAction))
            return;
        const assign = /^(\$\w+)\s*(:?=)\s*/.exec(wholeAction);
        if (assign) {
            const v = evaluate(wholeAction.slice(assign[0].length), scope);
            assignVar(scope, assign[1], v, assign[2] === ':=');
            return;
        }
        const v = evaluate(wholeAction, scope);
        if (v === UNKNOWN)
            return void out.holes.push({ line: n, expr: wholeAction, block: true });
        if (v instanceof Indented) {
            const lines = v.text.split('\n');
            for (const l of lines[0] === '' ? lines.slice(1) : lines)
                write(out, l, n);
            return;
        }
        // `{{-` trims the spaces before it: what it writes starts at the line's start.
        const indent = /^\s*\{\{-/.test(line) ? 0 : /^\s*/.exec(line)[0].length;
        const yaml = isRecord(v) && YAML in v ? v[YAML] : v;
        if (yaml === undefined ||
            yaml === null ||
            (isRecord(yaml) && !Object.keys(yaml).length) ||
            (Array.isArray(yaml) && !yaml.length))
            return;
        const text = typeof yaml === 'object' ? distExports.stringify(yaml, { indent: 2 }).trimEnd() : String(yaml);
        if (text.length > HELM_LIMITS.maxChars)
            throw new RenderLimit(`rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`);
        for (const l of text.split('\n'))
            write(out, `${' '.repeat(indent)}${l}`, n);
        return;
    }
    let rendered = '';
    let last = 0;
    for (const { index, end, expr } of inlineActions(line)) {
        const v = evaluate(expr, scope);
        rendered += line.slice(last, index);
        last = end;
        // `key: {{ include … | nindent 4 }}` left unknown could write any block under the key: the key stays, empty.
        if (v === UNKNOWN && /\b(n?indent|toYaml)\b/.test(expr) && /:\s*$/.test(rendered) && !line.slice(end).trim()) {
            out.holes.push({ line: n, expr, block: true });
            rendered = rendered.trimEnd();
        }
        else if (v === UNKNOWN || (isRecord(v) && !(v instanceof Indented) && !(YAML in v)) || Array.isArray(v)) {
            out.holes.push({ line: n, expr });
            rendered += placeholder(expr);
        }
        else {
            const text = textOf(v);
            // A one-line value YAML would read as a mapping (`x/:`) breaks the whole document in Helm too; quoted, the
            // rest of the object can still be judged.
            const quoted = /^["']/.test(text);
            rendered +=
                !quoted && !text.includes('\n') && /:(\s|$)/.test(text) && /:\s*$/.test(rendered) ? JSON.stringify(text) : text;
        }
    }
    rendered += line.slice(last);
    // A value `nindent` wrote starts new lines under this one.
    for (const l of rendered.split('\n'))
        write(out, l, n);
}
/**
 * The actions `{{ expr }}` in a line, as /\{\{-?\s*(.*?)\s*-?\}\}/g finds them: from each `{{` (and its `-` and
 * spaces) to the first `}}` after it, the expression without the spaces and `-` before the `}}`; none where a line
 * break falls in the expression. By hand: that regex, tried again at every `{{`, read on to the line's end each
 * time (cubic on a long line); here the next `}}` and the next line break are found once and reused, since the
 * place each `{{` starts looking from only moves forward.
 */
function inlineActions(line) {
    const found = [];
    const breaks = /[\n\r\u2028\u2029]/g;
    let close = -1; // the first `}}` at or after `from` (as last asked)
    let exprEnd = -1; // where the expression before that `}}` ends: before its spaces and `-`
    let brk = -1; // the first line break at or after `from`, or line.length
    for (let i = line.indexOf('{{'); i !== -1;) {
        let from = i + 2;
        if (line[from] === '-')
            from++;
        while (from < line.length && isSpaceChar(line.charCodeAt(from)))
            from++;
        if (close < from) {
            close = line.indexOf('}}', from);
            if (close === -1)
                break; // no `}}` after here: no later `{{` has one either
            exprEnd = close > from && line[close - 1] === '-' ? close - 1 : close;
            while (exprEnd > from && isSpaceChar(line.charCodeAt(exprEnd - 1)))
                exprEnd--;
        }
        if (brk < from) {
            breaks.lastIndex = from;
            brk = breaks.exec(line)?.index ?? line.length;
        }
        const stop = Math.max(exprEnd, from);
        if (brk < stop) {
            i = line.indexOf('{{', i + 1);
            continue;
        }
        found.push({ index: i, end: close + 2, expr: line.slice(from, stop) });
        i = line.indexOf('{{', close + 2);
    }
    return found;
}
function deepMerge(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = isRecord(v) && isRecord(out[k]) ? deepMerge(out[k], v) : v;
    return out;
}
function yamlData(repo, path) {
    const doc = repo.yaml(path)?.docs[0];
    const v = doc && !doc.errors.length ? plainData(doc) : undefined;
    return isRecord(v) ? v : {};
}
/** Every chart (a folder with Chart.yaml) rendered once per values file; the files it used. */
function renderCharts(repo, skip) {
    const consumed = new Set();
    const builds = [];
    for (const chartFile of repo.files.filter((f) => posix.basename(f.path) === 'Chart.yaml' && !skip.test(f.path))) {
        const dir = posix.dirname(chartFile.path) === '.' ? '' : posix.dirname(chartFile.path);
        const under = (p) => (dir ? p.startsWith(`${dir}/`) : true);
        // Sub-charts (charts/*) are left to their own Chart.yaml.
        const templates = repo.files.filter((f) => under(f.path) &&
            f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) &&
            /\.ya?ml$/.test(f.path) &&
            !posix.basename(f.path).startsWith('_'));
        const valuesFiles = repo.files.filter((f) => posix.dirname(f.path) === (dir || '.') && /^values([-.][\w-]+)?\.ya?ml$/.test(posix.basename(f.path)));
        for (const f of [chartFile, ...templates, ...valuesFiles])
            consumed.add(f.path);
        const defines = definesOf(repo, repo.files
            .filter((f) => under(f.path) &&
            (f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) ||
                /(^|\/)charts\/[^/]+\/templates\/[^/]+\.tpl$/.test(f.path)) &&
            /\.(ya?ml|tpl)$/.test(f.path))
            .map((f) => f.path));
        const chart = yamlData(repo, chartFile.path);
        const defaults = valuesFiles.find((f) => /^values\.ya?ml$/.test(posix.basename(f.path)));
        const base = defaults ? yamlData(repo, defaults.path) : {};
        const variants = [
            { label: defaults ? posix.basename(defaults.path) : 'no values.yaml', values: base },
            ...valuesFiles
                .filter((f) => f !== defaults)
                .map((f) => ({ label: posix.basename(f.path), values: deepMerge(base, yamlData(repo, f.path)) }))
        ];
        for (const v of variants) {
            const overlay = `${dir || '.'} (${v.label})`;
            const root = {
                Values: v.values,
                Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, ...chart },
                // `helm template`'s release; where it is installed (`.Release.Namespace`) stays unknown.
                Release: { Name: 'release-name', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 },
                Capabilities: { KubeVersion: KUBE_VERSION }
            };
            const objects = [];
            const gaps = [];
            const disabled = [];
            for (const t of templates) {
                try {
                    const rendered = renderTemplate(repo, t.path, { root, dot: root, vars: Object.create(null), defines }, overlay);
                    objects.push(...rendered);
                    const off = rendered.length
                        ? undefined
                        : disabledBy(repo, t.path, {
                            root,
                            dot: root,
                            vars: Object.create(null),
                            defines
                        });
                    if (off)
                        disabled.push({ overlay, file: t.path, ...off });
                }
                catch (e) {
                    if (!(e instanceof RenderLimit))
                        throw e;
                    gaps.push({ overlay, file: t.path, message: `not rendered: ${e.message}` });
                }
            }
            builds.push({ overlay, objects, gaps, disabled });
        }
    }
    return { builds, consumed };
}
/**
 * The condition of a template wrapped whole in one `if`/`with` that is false with these values (it renders nothing
 * because of it).
 */
function disabledBy(repo, path, scope) {
    const text = repo.read(path);
    if (text === undefined)
        return undefined;
    const t = parseTemplate(text);
    const first = t.control.findIndex((c, i) => c !== undefined || t.src[i].trim() !== '');
    const c = first === -1 ? undefined : t.control[first];
    if (!c || (c[0] !== 'if' && c[0] !== 'with'))
        return undefined;
    const end = blockEnd(t, first);
    if (t.src.slice(end + 1).some((l) => l.trim() !== ''))
        return undefined;
    const v = evaluate(c[1], { ...scope, budget: { steps: 0, chars: 0 } });
    if (v === UNKNOWN || truthy(v))
        return undefined;
    const kinds = [
        ...new Set(t.src.flatMap((l) => {
            const m = /^\s*kind:\s*(\w+)\s*$/.exec(l);
            return m ? [m[1]] : [];
        }))
    ];
    return { condition: c[1], kinds };
}
function renderTemplate(repo, path, scope, overlay) {
    const text = repo.read(path);
    if (text === undefined)
        return [];
    const out = { lines: [], from: [], holes: [], budget: { steps: 0, chars: 0 } };
    const parsed = parseTemplate(text);
    renderLines(parsed, 0, parsed.src.length, { ...scope, budget: out.budget }, out, 0);
    const { docs, lineCounter } = parseYamlAll(out.lines.join('\n'));
    // Rendered text that is not YAML hides whatever it holds: said, so the chart's checks are not verified.
    const broken = docs.find((d) => d.errors.length);
    if (broken) {
        const at = lineCounter.linePos(broken.errors[0].pos[0]).line;
        throw new RenderLimit(`the rendered text is not YAML near template line ${out.from[at - 1] ?? at} (${broken.errors[0].code})`);
    }
    const objects = [];
    // Each document owns the template lines from its first line to the next document's (unresolved lines between belong
    // to it).
    const docStart = docs.map((d, k) => (k === 0 ? 1 : (out.from[lineCounter.linePos(d.range[0]).line - 1] ?? 1)));
    for (const [k, doc] of docs.entries()) {
        const data = manifestData(doc);
        if (!data)
            continue;
        const [first, last] = [docStart[k], (docStart[k + 1] ?? Number.MAX_SAFE_INTEGER) - 1];
        const holes = out.holes.filter((h) => h.line >= first && h.line <= last);
        const meta = isRecord(data.metadata) ? data.metadata : {};
        objects.push({
            apiVersion: data.apiVersion,
            kind: data.kind,
            name: typeof meta.name === 'string' ? meta.name : '',
            namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
            data,
            file: path,
            overlay,
            templated: [...new Map(holes.filter((h) => h.block).map((h) => [h.line, h])).values()].map((h) => ({
                file: path,
                line: h.line,
                column: 1,
                note: `templated: ${h.expr.slice(0, 80)}`
            })),
            templateLines(sub) {
                const node = nodeAt(doc, sub);
                if (!node?.range)
                    return undefined;
                const a = lineCounter.linePos(node.range[0]).line;
                const b = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line;
                return [out.from[a - 1] ?? a, out.from[b - 1] ?? b];
            },
            // Positions in the rendered text, moved to the template lines they came from.
            locate: locatorOf(path, doc, lineCounter, [], (pos) => ({
                line: out.from[pos.line - 1] ?? pos.line,
                column: pos.column
            }))
        });
    }
    return objects;
}

// Kustomize overlays read as data: resources followed inside the checkout, the
// namespace set, and patches applied — strategic merge (lists of containers,
// env, volumes and ports merged by their key, `$patch: delete` honoured) and
// JSON 6902 add/replace/remove — so the objects the checks judge are the ones
// an overlay deploys. Nothing is run: no kustomize build, no plugins, no remote
// bases, no generators. Every value keeps the place it came from, so evidence
// points at the patch line that set it, or else at the base.
// Hand-written: kustomize is a Go program; no JavaScript library applies its
// patches, let alone with source positions.
/** Origins travel with the nodes they describe, so a list item keeps its place when items are added or deleted. */
class Provenance {
    nodes = new WeakMap();
    keys = new WeakMap();
    setKey(container, key, origin) {
        let m = this.keys.get(container);
        if (!m)
            this.keys.set(container, (m = new Map()));
        m.set(key, origin);
    }
}
/**
 * A deep copy whose every object and list remembers where it came from. Keys starting with `$` (patch directives) are
 * dropped.
 */
function copy(value, at, path, prov) {
    if (Array.isArray(value)) {
        const out = value.map((v, i) => copy(v, at, [...path, i], prov));
        prov.nodes.set(out, { at, path });
        return out;
    }
    if (isRecord(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (!k.startsWith('$'))
                out[k] = copy(v, at, [...path, k], prov);
        prov.nodes.set(out, { at, path });
        return out;
    }
    return value;
}
/** The place of a path in a rendered object: the last patch that set it or a node on the way, else the base. */
function locateRendered(root, prov, path, note) {
    let best = prov.nodes.get(root);
    let from = 0;
    let node = root;
    for (let i = 0; i < path.length; i++) {
        if (!node || typeof node !== 'object')
            break;
        const key = path[i];
        const keyOrigin = prov.keys.get(node)?.get(key);
        if (keyOrigin) {
            best = keyOrigin;
            from = i + 1;
        }
        const child = node[key];
        if (child && typeof child === 'object') {
            const nodeOrigin = prov.nodes.get(child);
            if (nodeOrigin) {
                best = nodeOrigin;
                from = i + 1;
            }
        }
        node = child;
    }
    return best.at([...best.path, ...path.slice(from)], note);
}
/** Strategic-merge keys of the built-in kinds' lists the checks read (Kubernetes' patchMergeKey). */
const MERGE_KEYS = {
    containers: 'name',
    initContainers: 'name',
    ephemeralContainers: 'name',
    env: 'name',
    volumes: 'name',
    volumeMounts: 'mountPath',
    imagePullSecrets: 'name'
};
/**
 * Kinds kustomize knows the schema of; for others (CRDs: HTTPRoute, SecurityPolicy…) a strategic merge replaces lists,
 * as kustomize does.
 */
const BUILTIN_GROUPS = /^(v1|apps\/v1|batch\/v1|networking\.k8s\.io\/v1|policy\/v1|rbac\.authorization\.k8s\.io\/v1)$/;
function mergeMap(target, patch, at, path, prov, builtin) {
    for (const [k, pv] of Object.entries(patch)) {
        if (k.startsWith('$'))
            continue;
        const tv = target[k];
        if (pv === null) {
            delete target[k];
            prov.setKey(target, k, { at, path: [...path, k] });
        }
        else if (isRecord(pv) && isRecord(tv) && pv.$patch !== 'replace') {
            mergeMap(tv, pv, at, [...path, k], prov, builtin);
        }
        else if (builtin && Array.isArray(pv) && Array.isArray(tv) && (MERGE_KEYS[k] || k === 'ports')) {
            mergeList(tv, pv, k, at, [...path, k], prov);
        }
        else {
            target[k] = copy(pv, at, [...path, k], prov);
            prov.setKey(target, k, { at, path: [...path, k] });
        }
    }
}
function mergeList(target, patch, field, at, path, prov) {
    patch.forEach((item, i) => {
        if (!isRecord(item))
            return;
        // Container ports merge by containerPort, a Service's by port.
        const key = MERGE_KEYS[field] ?? ('containerPort' in item ? 'containerPort' : 'port');
        const j = target.findIndex((x) => isRecord(x) && x[key] === item[key]);
        if (item.$patch === 'delete') {
            if (j >= 0)
                target.splice(j, 1);
        }
        else if (j >= 0) {
            // The merge key is the same on both sides: it keeps the base's place.
            const { [key]: _same, ...rest } = item;
            mergeMap(target[j], rest, at, [...path, i], prov, true);
        }
        else {
            target.push(copy(item, at, [...path, i], prov));
        }
    });
}
/** RFC 6902 add / replace / remove on a rendered object; copy, move and test are not applied (noted). */
function applyJson6902(root, ops, at, prov, say) {
    ops.forEach((op, i) => {
        if (!isRecord(op) || typeof op.path !== 'string')
            return;
        const keys = op.path
            .split('/')
            .slice(1)
            .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (!keys.length)
            return;
        let parent = root;
        for (const k of keys.slice(0, -1))
            parent = Array.isArray(parent) ? parent[Number(k)] : isRecord(parent) ? parent[k] : undefined;
        const last = keys[keys.length - 1];
        const origin = { at, path: [i, 'value'] };
        if (op.op === 'add' || op.op === 'replace') {
            const value = copy(op.value, at, [i, 'value'], prov);
            if (Array.isArray(parent)) {
                const idx = last === '-' ? parent.length : Number(last);
                if (op.op === 'add')
                    parent.splice(idx, 0, value);
                else
                    parent[idx] = value;
                prov.setKey(parent, idx, origin);
            }
            else if (isRecord(parent)) {
                parent[last] = value;
                prov.setKey(parent, last, origin);
            }
        }
        else if (op.op === 'remove') {
            if (Array.isArray(parent))
                parent.splice(Number(last), 1);
            else if (isRecord(parent))
                delete parent[last];
        }
        else
            say(`JSON 6902 op "${String(op.op)}" is not applied`);
    });
}
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const CLUSTER_SCOPED = new Set([
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'GatewayClass',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration'
]);
/**
 * The documents of a patch: from a file, or from an inline string whose positions are mapped back into the
 * kustomization.
 */
function patchDocs(repo, k, entry, entryPath, say) {
    if (typeof entry === 'string' && !entry.includes('\n') && /\.ya?ml$/i.test(entry))
        return fileDocs(repo, k, entry, say);
    const inline = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined;
    if (inline !== undefined) {
        const scalarPath = typeof entry === 'string' ? entryPath : [...entryPath, 'patch'];
        const scalar = nodeAt(k.doc, scalarPath);
        const { docs, lineCounter } = parseYamlAll(inline);
        const shift = inlineShift(repo, k, scalar);
        return docs
            .filter((d) => !d.errors.length)
            .map((d) => ({ data: plainData(d), at: locatorOf(k.file, d, lineCounter, [], shift) }));
    }
    if (isRecord(entry) && typeof entry.path === 'string')
        return fileDocs(repo, k, entry.path, say);
    return [];
}
function fileDocs(repo, k, rel, say) {
    const file = resolveLocal(k.dir, rel);
    if (file === undefined)
        return (say(`patch ${rel} is remote or outside the checkout; not applied`), []);
    const parsed = repo.yaml(file);
    if (!parsed)
        return (say(`patch ${rel} was not read (not in the checkout, or skipped); not applied`), []);
    return parsed.docs
        .filter((d) => !d.errors.length)
        .map((d) => ({ data: plainData(d), at: locatorOf(file, d, parsed.lineCounter) }));
}
/** Positions inside a block scalar (`patch: |-`) are its lines, indented, from the line after the indicator. */
function inlineShift(repo, k, scalar) {
    const start = nodePosition(k.lineCounter, scalar);
    if (!(scalar instanceof distExports.Scalar) || (scalar.type !== distExports.Scalar.BLOCK_LITERAL && scalar.type !== distExports.Scalar.BLOCK_FOLDED))
        return () => start;
    const text = repo.read(k.file) ?? '';
    const firstContentLine = text.split('\n')[start.line] ?? ''; // the line after the indicator (0-based index = 1-based line)
    const indent = /^ */.exec(firstContentLine)[0].length;
    return (p) => ({ line: start.line + p.line, column: p.column + indent });
}
/** A local path relative to a folder of the checkout; undefined for remote or escaping references. */
function resolveLocal(dir, rel) {
    if (/^[a-z][\w+.-]*:\/\/|^github\.com\/|[?&]ref=|^git@/i.test(rel))
        return undefined;
    const p = posix.normalize(posix.join(dir || '.', rel));
    if (p.startsWith('..') || posix.isAbsolute(p))
        return undefined;
    return p === '.' ? '' : p.replace(/\/$/, '');
}
/**
 * Each target name's pattern compiled once (undefined: RE2 cannot read it); bounded, as the patterns come from the
 * checkout.
 */
const NAME_PATTERNS = new Map();
const MAX_NAME_PATTERNS = 1000;
/**
 * A patch target's name is a Go regular expression that must match the whole name, as kustomize's
 * selector reads it. It is read with RE2's syntax (Go's) and matched in linear time by re2js: the
 * pattern and the names both come from the checkout, and JavaScript's backtracking engine takes
 * twice as long with each letter more on `(a|a)*x` (docs/performance.md). A pattern RE2
 * cannot read is compared as a plain name.
 */
function nameMatches(pattern, name) {
    if (!NAME_PATTERNS.has(pattern)) {
        if (NAME_PATTERNS.size >= MAX_NAME_PATTERNS)
            NAME_PATTERNS.clear();
        let re;
        try {
            re = RE2JS.compile(`^(?:${pattern})$`);
        }
        catch {
            re = undefined;
        }
        NAME_PATTERNS.set(pattern, re);
    }
    const re = NAME_PATTERNS.get(pattern);
    return re ? re.matches(name) : pattern === name;
}
function matches(o, t) {
    const meta = (o.data.metadata ?? {});
    const name = String(meta.name ?? '');
    // Kind, name and namespace are each a regular expression matching the whole value, as kustomize's selector reads
    // them.
    if (t.kind && !nameMatches(String(t.kind), String(o.data.kind ?? '')))
        return false;
    if (t.name && !nameMatches(String(t.name), name))
        return false;
    if (t.namespace && !nameMatches(String(t.namespace), String(meta.namespace ?? '')))
        return false;
    if (t.labelSelector) {
        const labels = (meta.labels ?? {});
        for (const term of t.labelSelector.split(',')) {
            const [k, v] = term.split('=').map((s) => s.trim());
            if (v === undefined ? !(k in labels) : String(labels[k]) !== v)
                return false;
        }
    }
    return true;
}
/**
 * Builds every root kustomization (one no other kustomization includes) from the raw objects of
 * the checkout. Returns the builds and the files they consumed (resources and patches).
 */
function buildKustomizations(repo, rawObjectsOf, skip) {
    const files = repo.files.filter((f) => KUSTOMIZATION_NAMES.includes(posix.basename(f.path)) && !skip.test(f.path));
    const byDir = new Map();
    for (const f of files) {
        const parsed = repo.yaml(f.path);
        const doc = parsed?.docs[0];
        if (!parsed || !doc || doc.errors.length)
            continue;
        const data = plainData(doc);
        if (!isRecord(data))
            continue;
        const dir = posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path);
        if (!byDir.has(dir))
            byDir.set(dir, { file: f.path, dir, data, doc, lineCounter: parsed.lineCounter });
    }
    const consumed = new Set();
    const included = new Set();
    const list = (k, field) => Array.isArray(k.data[field]) ? k.data[field] : [];
    for (const k of byDir.values()) {
        for (const r of [...list(k, 'resources'), ...list(k, 'bases'), ...list(k, 'components')]) {
            const p = typeof r === 'string' ? resolveLocal(k.dir, r) : undefined;
            if (p !== undefined && byDir.has(p))
                included.add(p);
        }
    }
    /** `into`: a component's parent's objects, which the component adds to and patches (else a new list). */
    const build = (k, stack, gaps, into) => {
        const say = (message) => void gaps.push({ file: k.file, message });
        if (stack.includes(k.dir)) {
            say(`includes itself through ${stack.join(' → ')}; not followed again`);
            return into ?? [];
        }
        const objects = into ?? [];
        for (const field of ['resources', 'bases']) {
            list(k, field).forEach((r) => {
                if (typeof r !== 'string')
                    return;
                const p = resolveLocal(k.dir, r);
                if (p === undefined)
                    return say(`${r} is remote or outside the checkout; not followed`);
                const sub = byDir.get(p);
                if (sub)
                    objects.push(...build(sub, [...stack, k.dir], gaps));
                else if (repo.has(p)) {
                    consumed.add(p);
                    for (const o of rawObjectsOf(p)) {
                        const prov = new Provenance();
                        objects.push({ data: copy(o.data, o.locate, [], prov), prov, file: o.file });
                    }
                }
                else
                    say(`resource ${r} not found in the checkout`);
            });
        }
        // Components after the resources, before this kustomization's own patches (as kustomize orders them): each adds its
        // resources and patches everything so far.
        list(k, 'components').forEach((r) => {
            if (typeof r !== 'string')
                return;
            const p = resolveLocal(k.dir, r);
            if (p === undefined)
                return say(`component ${r} is remote or outside the checkout; not applied`);
            const sub = byDir.get(p);
            if (!sub)
                return say(`component ${r} not found in the checkout; not applied`);
            build(sub, [...stack, k.dir], gaps, objects);
        });
        // namespace: set on every namespaced object, pointing at the kustomization's `namespace:`.
        if (typeof k.data.namespace === 'string') {
            const origin = { at: locatorOf(k.file, k.doc, k.lineCounter), path: ['namespace'] };
            for (const o of objects) {
                if (CLUSTER_SCOPED.has(String(o.data.kind)))
                    continue;
                const meta = (isRecord(o.data.metadata) ? o.data.metadata : (o.data.metadata = {}));
                meta.namespace = k.data.namespace;
                o.prov.setKey(meta, 'namespace', origin);
            }
        }
        const strategic = (patch, target) => {
            if (!isRecord(patch.data))
                return;
            const t = target ?? {
                kind: patch.data.kind,
                name: patch.data.metadata?.name
            };
            for (const o of objects.filter((x) => matches(x, t)))
                mergeMap(o.data, patch.data, patch.at, [], o.prov, BUILTIN_GROUPS.test(String(o.data.apiVersion)));
        };
        const json6902 = (patch, target, where) => {
            if (!target)
                return say(`${where}: a JSON 6902 patch without a target is not applied`);
            for (const o of objects.filter((x) => matches(x, target)))
                applyJson6902(o.data, patch.data, patch.at, o.prov, (m) => say(`${where}: ${m}`));
        };
        const targetOf = (e) => isRecord(e) && isRecord(e.target) ? e.target : undefined;
        list(k, 'patchesStrategicMerge').forEach((e, i) => {
            if (typeof e === 'string' && /\.ya?ml$/i.test(e) && !e.includes('\n'))
                consumed.add(resolveLocal(k.dir, e) ?? e);
            for (const p of patchDocs(repo, k, e, ['patchesStrategicMerge', i], say))
                strategic(p);
        });
        list(k, 'patches').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patches', i], say)) {
                if (Array.isArray(p.data))
                    json6902(p, targetOf(e), `patches[${i}]`);
                else
                    strategic(p, targetOf(e));
            }
        });
        list(k, 'patchesJson6902').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patchesJson6902', i], say))
                json6902(p, targetOf(e), `patchesJson6902[${i}]`);
        });
        // namePrefix / nameSuffix after this level's patches (they target the names before it), as kustomize does.
        const prefix = typeof k.data.namePrefix === 'string' ? k.data.namePrefix : '';
        const suffix = typeof k.data.nameSuffix === 'string' ? k.data.nameSuffix : '';
        if (prefix || suffix) {
            const origin = {
                at: locatorOf(k.file, k.doc, k.lineCounter),
                path: [prefix ? 'namePrefix' : 'nameSuffix']
            };
            for (const o of objects) {
                const meta = o.data.metadata;
                if (!isRecord(meta) || typeof meta.name !== 'string' || CLUSTER_SCOPED.has(String(o.data.kind)))
                    continue;
                meta.name = `${prefix}${meta.name}${suffix}`;
                o.prov.setKey(meta, 'name', origin);
            }
        }
        // Generated ConfigMaps and Secrets hold no pod settings or routes; the others may change any object.
        for (const field of [
            'generators',
            'transformers',
            'helmCharts',
            'helmChartInflationGenerator',
            'replacements',
            'vars',
            'openapi',
            'crds'
        ])
            if (k.data[field] !== undefined)
                say(`${field} is not applied`);
        for (const field of ['configMapGenerator', 'secretGenerator'])
            if (k.data[field] !== undefined)
                gaps.push({ file: k.file, message: `${field} is not applied`, objectsUnchanged: true });
        return objects;
    };
    const builds = [];
    for (const k of [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
        consumed.add(k.file);
        if (included.has(k.dir))
            continue;
        const gaps = [];
        const rendered = build(k, [], gaps);
        for (const g of gaps)
            g.overlay = k.dir;
        const notes = gaps.map((g) => `${g.file}: ${g.message}`);
        builds.push({
            dir: k.dir,
            notes,
            gaps,
            objects: rendered.map((r) => {
                const meta = (r.data.metadata ?? {});
                return {
                    apiVersion: String(r.data.apiVersion ?? ''),
                    kind: String(r.data.kind ?? ''),
                    name: typeof meta.name === 'string' ? meta.name : '',
                    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
                    data: r.data,
                    file: r.file,
                    overlay: k.dir,
                    locate: (path, note) => locateRendered(r.data, r.prov, path, note)
                };
            })
        });
    }
    return { builds, consumed };
}

const SKIP = /(^|\/)(\.github|node_modules|test|tests|fixtures|testdata)\//;
function readDeployment(repo) {
    const rawByFile = new Map();
    const rawObjectsOf = (file) => {
        let objects = rawByFile.get(file);
        if (!objects)
            rawByFile.set(file, (objects = objectsInFile(repo, file)));
        return objects;
    };
    const manifests = repo
        .glob(['**/*.yaml', '**/*.yml'])
        .filter((f) => !SKIP.test(f.path) && !/(^|\/)(golive|dependabot|\.?codecov|mkdocs|action)\.ya?ml$/.test(f.path));
    const charts = renderCharts(repo, SKIP);
    const { builds, consumed } = buildKustomizations(repo, (file) => (charts.consumed.has(file) ? [] : rawObjectsOf(file)), SKIP);
    const standalone = manifests
        .filter((f) => !consumed.has(f.path) && !charts.consumed.has(f.path))
        .flatMap((f) => rawObjectsOf(f.path));
    const gaps = [...builds.flatMap((b) => b.gaps), ...charts.builds.flatMap((b) => b.gaps)];
    return {
        objects: [...standalone, ...builds.flatMap((b) => b.objects), ...charts.builds.flatMap((b) => b.objects)],
        notes: gaps.map((g) => `${g.file}: ${g.message}`),
        gaps,
        disabled: charts.builds.flatMap((b) => b.disabled)
    };
}
function objectsInFile(repo, path) {
    const out = [];
    // Most YAML in a checkout is no manifest (lockfiles, CI and docs settings), and parsing with
    // positions is the slow part (a large lockfile: docs/performance.md). An object needs an apiVersion,
    // which the file spells out, unless an escape in a double-quoted key hides it: then it is parsed.
    const text = repo.read(path);
    if (text === undefined || (!text.includes('apiVersion') && !text.includes('\\')))
        return out;
    const file = repo.yaml(path);
    if (!file)
        return out;
    for (const doc of file.docs) {
        const obj = manifestData(doc);
        if (!obj)
            continue;
        if (obj.kind === 'List' && Array.isArray(obj.items)) {
            obj.items.forEach((item, i) => {
                const o = toObject(item, path, doc, file.lineCounter, ['items', i]);
                if (o)
                    out.push(o);
            });
        }
        else {
            const o = toObject(obj, path, doc, file.lineCounter, []);
            if (o)
                out.push(o);
        }
    }
    return out;
}
function toObject(value, path, doc, lc, base) {
    const o = value;
    if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string')
        return undefined;
    const meta = (o.metadata ?? {});
    return {
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: typeof meta.name === 'string' ? meta.name : '',
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
        data: o,
        file: path,
        locate: locatorOf(path, doc, lc, base)
    };
}
/** A value at a path of plain data. */
function dig(data, ...path) {
    let v = data;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
/**
 * kustomization.yaml files, read as data: their namespace and local resources (no remote bases, no plugins, nothing
 * run).
 */
function readKustomizations(repo) {
    const out = [];
    for (const f of repo.glob(['**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'])) {
        const doc = repo.yaml(f.path)?.docs[0];
        if (!doc || doc.errors.length)
            continue;
        let data;
        try {
            data = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {});
        }
        catch {
            continue;
        }
        const resources = Array.isArray(data.resources)
            ? data.resources.map(String).filter((r) => !/^[a-z]+:\/\//i.test(r))
            : [];
        out.push({
            file: f.path,
            dir: f.path.replace(/\/[^/]*$/, ''),
            namespace: typeof data.namespace === 'string' ? data.namespace : undefined,
            resources
        });
    }
    return out;
}

// What the GitHub API's answers become: a Fact (the value, or why it could not
// be read), read out of GitHub's documented response shapes. Nothing here talks
// to the API (github-api-helper.ts does): a local run, which has no token,
// needs these and not the API client, whose modules are slow to load.
const noToken = (endpoint) => ({
    ok: false,
    endpoint,
    status: 'no token',
    reason: 'no token (local run)',
    howToFix: 'Run the action, which reads the API with its `token` input (locally, `--strict` makes this block):\n\n```yaml\npermissions:\n  contents: read\n  pull-requests: write\n  checks: write\n  actions: read\nsteps:\n  - uses: actions/checkout@v5\n  - uses: mcp-golive/mcp-golive@v0\n```'
});
const obj = (d) => d && typeof d === 'object' && !Array.isArray(d) ? d : undefined;
const shapes = {
    rules: (d) => Array.isArray(d)
        ? d
            .filter((r) => typeof obj(r)?.type === 'string')
            .map((r) => ({
            type: String(obj(r).type),
            parameters: obj(obj(r).parameters),
            ruleset_id: obj(r).ruleset_id
        }))
        : undefined,
    classic: (d) => {
        const o = obj(d);
        if (!o)
            return undefined;
        const prr = obj(o.required_pull_request_reviews);
        return {
            prRequired: !!prr,
            requiredReviews: typeof prr?.required_approving_review_count === 'number'
                ? prr.required_approving_review_count
                : prr
                    ? 0
                    : undefined,
            forcePushAllowed: obj(o.allow_force_pushes)?.enabled === true,
            deletionAllowed: obj(o.allow_deletions)?.enabled === true
        };
    },
    branch: (d) => typeof obj(d)?.protected === 'boolean' ? { protected: obj(d).protected } : undefined,
    environments: (d) => {
        const list = obj(d)?.environments;
        if (!Array.isArray(list))
            return undefined;
        return list.map((e) => {
            const rules = Array.isArray(obj(e)?.protection_rules) ? obj(e).protection_rules : [];
            return {
                name: String(obj(e)?.name ?? ''),
                reviewers: rules.some((r) => obj(r)?.type === 'required_reviewers'),
                waitTimer: rules.some((r) => obj(r)?.type === 'wait_timer' && Number(obj(r)?.wait_timer) > 0),
                branchPolicy: !!obj(e)?.deployment_branch_policy || rules.some((r) => obj(r)?.type === 'branch_policy')
            };
        });
    },
    reviews: (d) => Array.isArray(d)
        ? d.map((r) => ({
            user: String(obj(obj(r)?.user)?.login ?? ''),
            state: String(obj(r)?.state ?? ''),
            commitId: obj(r)?.commit_id,
            submittedAt: obj(r)?.submitted_at
        }))
        : undefined,
    comments: (d) => Array.isArray(d)
        ? d.map((c) => ({
            id: Number(obj(c)?.id),
            body: String(obj(c)?.body ?? ''),
            user: String(obj(obj(c)?.user)?.login ?? ''),
            userType: obj(obj(c)?.user)?.type,
            viaApp: obj(obj(c)?.performed_via_github_app)?.slug
        }))
        : undefined,
    analyses: (d) => Array.isArray(d)
        ? d.map((a) => ({
            tool: String(obj(obj(a)?.tool)?.name ?? ''),
            ref: String(obj(a)?.ref ?? ''),
            createdAt: String(obj(a)?.created_at ?? '')
        }))
        : undefined,
    securityUpdates: (d) => typeof obj(d)?.enabled === 'boolean'
        ? { enabled: obj(d).enabled, paused: obj(d).paused === true }
        : undefined,
    /** A file's text from the contents API (base64), bounded by what the API returns inline (1 MB). */
    content: (d) => {
        const o = obj(d);
        if (typeof o?.content !== 'string' || o.encoding !== 'base64')
            return undefined;
        return Buffer.from(o.content, 'base64').toString('utf8');
    },
    login: (d) => (typeof obj(d)?.login === 'string' ? obj(d).login : undefined)
};

// README, CODEOWNERS and changelog: the documents people read.
const README_NAMES = ['README.md', 'README.markdown', 'README.rst', 'README.txt', 'README', 'readme.md', 'Readme.md'];
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
function readDocs(repo) {
    const readmePath = README_NAMES.find((p) => repo.has(p));
    const readmeText = readmePath ? repo.read(readmePath) : undefined;
    const codeownersPath = CODEOWNERS_PATHS.find((p) => repo.has(p));
    const codeownersText = codeownersPath ? repo.read(codeownersPath) : undefined;
    const changelog = repo.files.find((f) => /^(CHANGELOG|CHANGES|HISTORY|RELEASES?)(\.md|\.rst|\.txt)?$/i.test(f.path))?.path;
    const docs = repo
        .glob(['docs/**/*.md'])
        .slice(0, 50)
        .filter((f) => !isTestPath(f.path))
        .map((f) => ({ path: f.path, text: repo.read(f.path) ?? '' }));
    return {
        readme: readmePath && readmeText !== undefined ? { path: readmePath, text: readmeText } : undefined,
        codeowners: codeownersPath && codeownersText !== undefined
            ? { path: codeownersPath, rules: parseCodeowners(codeownersText) }
            : undefined,
        changelog,
        docs
    };
}
const ROOT_PATTERNS = new Set(['*', '/', '/*', '/**', '**', '**/*']);
/**
 * The last rule for the whole repository, with or without owners: on GitHub the last matching rule wins, so an
 * ownerless one un-owns what came before.
 */
function lastRootCodeownersRule(codeowners) {
    return codeowners?.rules.filter((r) => ROOT_PATTERNS.has(r.pattern)).at(-1);
}
/** The rule that owns the whole repository: the last root rule, when it names owners. */
function rootCodeownersRule(codeowners) {
    const last = lastRootCodeownersRule(codeowners);
    return last && last.owners.length > 0 ? last : undefined;
}
/**
 * A CODEOWNERS line without its comment: from the first `#` at its start or after whitespace, past the
 * line's last line terminator (a lone CR or U+2028 is still in `raw`). It is what `/(^|\s)#.*$/` removed,
 * written out because that pattern scanned from every `#` to the next terminator: a long line of `\t#`
 * took quadratic time.
 */
function withoutComment(raw) {
    const start = Math.max(raw.lastIndexOf('\r'), raw.lastIndexOf('\n'), raw.lastIndexOf('\u2028'), raw.lastIndexOf('\u2029')) + 1;
    for (let p = raw.indexOf('#', start); p !== -1; p = raw.indexOf('#', p + 1)) {
        if (p === 0)
            return '';
        if (/\s/.test(raw[p - 1]))
            return raw.slice(0, p - 1);
    }
    return raw;
}
/** CODEOWNERS lines: a pattern followed by owners; comments and blank lines skipped. */
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = withoutComment(raw).trim();
        if (!line)
            return;
        const [pattern, ...owners] = line.split(/\s+/);
        rules.push({ pattern, owners, line: i + 1 });
    });
    return rules;
}

const isArgo = (o, kind) => o.kind === kind && o.apiVersion.startsWith('argoproj.io/');
/** `{{.cluster}}`, `{{ .cluster }}` (goTemplate) and `{{cluster}}` (fasttemplate), with the element's values. */
function fill(value, params) {
    if (typeof value === 'string') {
        return value.replace(/\{\{\s*\.?([\w.]+)\s*\}\}/g, (whole, key) => {
            const v = key
                .split('.')
                .reduce((acc, k) => (acc && typeof acc === 'object' ? acc[k] : undefined), params);
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
            out.push({
                name: o.name,
                file: o.file,
                labels: labelsOf(o.data.metadata),
                spec: asRecord(o.data.spec),
                at: o.locate(['metadata', 'name'], `Application ${o.name}`)
            });
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
                        out.push({
                            name,
                            file: o.file,
                            labels: labelsOf(app.metadata),
                            spec: asRecord(app.spec),
                            generatedBy: { appSet: o.name, generator, expanded: true },
                            at: o.locate(['spec', 'generators', gi, 'list', 'elements', ei], `ApplicationSet ${o.name} → Application ${name}`)
                        });
                    });
                }
                else if (generator) {
                    const name = String(asRecord(template.metadata).name ?? o.name);
                    out.push({
                        name,
                        file: o.file,
                        labels: labelsOf(template.metadata),
                        spec: asRecord(template.spec),
                        generatedBy: { appSet: o.name, generator, expanded: false },
                        at: o.locate(['spec', 'generators', gi], `ApplicationSet ${o.name} (${generator} generator)`)
                    });
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
    return [
        app.file,
        app.name,
        s.project,
        dest.name,
        dest.server,
        dest.namespace,
        ...sources.flatMap((src) => [
            src.path,
            ...(Array.isArray(dig(src, 'helm', 'valueFiles')) ? dig(src, 'helm', 'valueFiles') : [])
        ])
    ]
        .filter((v) => typeof v === 'string')
        .join(' ');
}

// A literal string as part of a regular expression (for patterns built from data).
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Tool names compare exactly; names derived from a function or method compare without case and separators (C#
 * `GetTicket` ~ `get_ticket`).
 */
const normaliseToolName = (name) => name.toLowerCase().replace(/[-_\s]/g, '');
/**
 * The first of `regs` that registers a tool, as `regs.find((r) => registers(r, tool))` finds it, from
 * two maps made once: comparing every declared tool with every registration is quadratic, and a
 * server can declare hundreds of tools.
 */
function registrationFinder(regs) {
    const byName = new Map();
    const derivedByNormalised = new Map();
    regs.forEach((r, i) => {
        if (r.computed)
            return;
        if (!byName.has(r.name))
            byName.set(r.name, i);
        if (r.derived && !derivedByNormalised.has(normaliseToolName(r.name)))
            derivedByNormalised.set(normaliseToolName(r.name), i);
    });
    return (tool) => {
        const i = Math.min(byName.get(tool.name) ?? Infinity, derivedByNormalised.get(normaliseToolName(tool.name)) ?? Infinity);
        return i === Infinity ? undefined : regs[i];
    };
}
/** Production registrations whose name is known, once per name. */
function productionRegistrations(repo) {
    const seen = new Set();
    return repo.source.tools.filter((t) => !t.isTest && !t.computed && !seen.has(t.name) && (seen.add(t.name), true));
}
/** Production registrations whose name the code computes (the expression is in `name` and `computed`). */
function computedRegistrations(repo) {
    return repo.source.tools.filter((t) => !t.isTest && !!t.computed);
}
/** The served tools when an inventory answered (live or from a file); undefined otherwise. */
function servedTools(inventory) {
    return inventory?.configured && inventory.ok ? inventory.tools : undefined;
}
/** Entries per run's evidence (and config), made once: the check, the JSON result and the report all read them. */
const ENTRIES = new WeakMap();
/**
 * One entry per tool name: the declared names in golive.yaml's order, then served names, then names only the source
 * registers.
 */
function toolEntries(config, repo) {
    const cached = ENTRIES.get(repo);
    if (cached?.tools === config.tools)
        return cached.entries;
    const served = servedTools(repo.inventory);
    const servedByName = new Map((served ?? []).map((t) => [t.name, t]));
    const regs = productionRegistrations(repo);
    const registrationOf = registrationFinder(regs);
    const entries = [];
    const listed = new Set();
    const claimed = new Set();
    const add = (name, declared, registration) => {
        if (listed.has(name))
            return;
        listed.add(name);
        const reg = registration ?? registrationOf({ name });
        if (reg)
            claimed.add(reg);
        const tool = servedByName.get(name);
        entries.push({
            name,
            declared,
            served: served ? servedByName.has(name) : null,
            registeredAt: reg ? reg.at : null,
            ...(tool?.annotations ? { annotations: { ...tool.annotations } } : {})
        });
    };
    for (const t of config.tools)
        add(t.name, true);
    for (const t of served ?? [])
        add(t.name, false);
    // A registration whose derived name is a listed name once normalised is that tool, not another.
    const listedNormalised = new Set([...listed].map(normaliseToolName));
    for (const r of regs)
        if (!claimed.has(r) && !(r.derived && listedNormalised.has(normaliseToolName(r.name))))
            add(r.name, false, r);
    ENTRIES.set(repo, { tools: config.tools, entries });
    return entries;
}
// ---------------------------------------------------------------- tool poisoning
/** Characters a reader does not see: Unicode tag characters (U+E0000–E007F), zero-width and bidirectional controls. */
const INVISIBLE$1 = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
/** Instructions to the model inside a description, each a fixed phrase or a gap of bounded length. */
const POISON_SIGNS = [
    { why: 'a hidden instruction tag', re: /<\/?(?:important|system|instructions?|secret|hidden|critical|admin)\b/i },
    {
        why: '"ignore previous instructions"',
        re: /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|other)\s+(?:instructions?|rules|prompts?)\b/i
    },
    {
        why: 'an instruction to hide something from the user',
        re: /\b(?:do\s+not|don't|never)\s+(?:tell|mention|inform|reveal|show)\b[^.\n]{0,40}\buser\b/i
    },
    {
        why: 'an instruction to read local files or secrets',
        re: /\b(?:read|open|cat|send|include|pass|upload)\b[^.\n]{0,60}(?:~\/|\.ssh\b|id_rsa|\/etc\/passwd|\.env\b|mcp\.json|credentials|private\s+key)/i
    },
    {
        why: 'an instruction to call other tools',
        re: /\b(?:before|after|instead\s+of)\s+(?:using|calling)\s+(?:any|this|the|another|other|every)\b[^.\n]{0,40}\btools?\b|\b(?:you\s+must|always)\s+(?:first\s+)?(?:call|invoke|use)\s+(?:the\s+)?(?:\w+\s+)?tool\b/i
    }
];
/** Writes invisible and control characters as \u{…} so a quote shows what a reader would not see. */
function visible(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 ||
            cp === 0x7f ||
            (cp >= 0x200b && cp <= 0x200f) ||
            (cp >= 0x202a && cp <= 0x202e) ||
            (cp >= 0x2060 && cp <= 0x2069) ||
            cp === 0xfeff ||
            (cp >= 0xe0000 && cp <= 0xe007f))
            out += `\\u{${cp.toString(16).toUpperCase()}}`;
        else
            out += ch;
    }
    return out;
}
const QUOTE_MAX = 160;
function quoteAround(text, index) {
    const start = Math.max(0, index - 40);
    const cut = text.slice(start, start + QUOTE_MAX);
    return `${start > 0 ? '…' : ''}${visible(cut)}${start + QUOTE_MAX < text.length ? '…' : ''}`;
}
/** Signs that a tool description (or a parameter's) speaks to the model rather than describing the tool. */
function poisonSigns(text) {
    const signs = [];
    const hidden = INVISIBLE$1.exec(text);
    if (hidden)
        signs.push({ why: 'invisible Unicode characters', quote: quoteAround(text, hidden.index) });
    for (const s of POISON_SIGNS) {
        const m = s.re.exec(text);
        if (m)
            signs.push({ why: s.why, quote: quoteAround(text, m.index) });
    }
    return signs;
}
/** The description texts of a served tool: its own and, one level down, its parameters'. */
function descriptionsOf(tool) {
    const out = [];
    if (tool.description)
        out.push({ where: 'description', text: tool.description });
    const props = tool.inputSchema?.properties;
    if (props && typeof props === 'object') {
        for (const [k, v] of Object.entries(props).slice(0, 200)) {
            const d = v?.description;
            if (typeof d === 'string' && d)
                out.push({ where: `parameter ${k}`, text: d.slice(0, 4000) });
        }
    }
    return out;
}

/** Hosts that are not the outside world: cluster-internal names, private suffixes, loopback. */
const INTERNAL_HOST = /(^localhost$)|(^127\.)|(^\[?::1\]?$)|(\.svc$)|(\.svc\.cluster\.local$)|(\.cluster\.local$)|(\.internal$)|(\.local$)|(^10\.)|(^192\.168\.)|(^172\.(1[6-9]|2\d|3[01])\.)/;
/** Reserved for documentation and tests (RFC 2606, RFC 6761): never a real destination. */
const TEST_HOST = /(^|\.)(example\.(com|org|net)|test|example|invalid|localhost)$/;
/** Identity providers: token validation and the OBO exchange talk to them; they are not data egress. */
const IDENTITY_HOST = /^(login\.microsoftonline\.com|login\.windows\.net|sts\.windows\.net|login\.microsoft\.com)$/;
function classifyHost(host, allowed) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (allowed.some((a) => (a.startsWith('*.') ? h.endsWith(a.slice(1)) : h === a.toLowerCase())))
        return 'allowlisted';
    if (INTERNAL_HOST.test(h))
        return 'internal';
    if (TEST_HOST.test(h))
        return 'test';
    if (IDENTITY_HOST.test(h))
        return 'identity';
    return 'public';
}
/**
 * Whether a fact holds its leg: a call to a written host counts only when the host is outside (public or allowlisted).
 */
function factCounts(f, allowed) {
    if (f.source !== 'host' || !f.host)
        return true;
    const cls = classifyHost(f.host, allowed);
    return cls === 'public' || cls === 'allowlisted';
}
/** Whether the declaration alone holds the leg (`sanitized` does unless attested). */
function declaredLeg(t, leg, attested) {
    if (leg === 'privateData')
        return t.privateData !== 'none';
    if (leg === 'untrustedContent')
        return t.untrustedContent === 'in-context' || (t.untrustedContent === 'sanitized' && !attested(t.name));
    return t.externalCommunication !== 'none';
}
/** One row per tool declared or registered (declared first, in golive.yaml's order). */
function capabilityMatrix(config, evidence, attested = () => false) {
    const allowed = config.egress.allowedHosts;
    const reach = new Map(evidence.tools.map((t) => [t.tool, t]));
    const norm = (n) => n.toLowerCase().replace(/[-_\s]/g, '');
    const reachNormalised = new Map(evidence.tools.map((t) => [norm(t.tool), t]));
    const rows = [];
    const seen = new Set();
    const row = (tool, decl) => {
        const r = reach.get(tool) ?? reachNormalised.get(norm(tool));
        if (r)
            seen.add(r.tool);
        const cells = {};
        for (const leg of LEGS) {
            const facts = (r?.facts ?? []).filter((f) => f.leg === leg && factCounts(f, allowed));
            const byDecl = decl ? declaredLeg(decl, leg, attested) : false;
            const sources = [
                ...(byDecl ? ['declared'] : []),
                ...(facts.length ? ['evidence'] : [])
            ];
            cells[leg] = { present: sources.length > 0, ...(decl ? { declared: decl[leg] } : {}), sources, evidence: facts };
        }
        return { tool, ...cells };
    };
    for (const t of config.tools)
        rows.push(row(t.name, t));
    for (const t of evidence.tools)
        if (!seen.has(t.tool))
            rows.push(row(t.tool, undefined));
    return rows;
}
const MAX_CELL_EVIDENCE = 3;
function compactMatrix(rows) {
    return rows.map((r) => {
        const out = { tool: r.tool };
        for (const leg of LEGS) {
            const c = r[leg];
            out[leg] = {
                present: c.present,
                sources: c.sources,
                ...(c.declared !== undefined ? { declared: c.declared } : {}),
                evidence: c.evidence.slice(0, MAX_CELL_EVIDENCE).map((f) => `${f.at.file}:${f.at.line} ${f.via}`)
            };
        }
        return out;
    });
}
/** One cell of the tables: `—`, `declared`, `evidence (file:line)`, or both. */
function cellText(c) {
    if (!c.present)
        return '—';
    const place = c.evidence[0]?.split(' ')[0];
    return c.sources.map((s) => (s === 'evidence' && place ? `evidence (${place})` : s)).join(' + ');
}

/** The API requests the registry's checks need for this checkout. */
function plannedApiHalves(checks, repo) {
    const halves = { codeScanning: false, securityUpdates: false };
    for (const c of checks) {
        if (c.api?.optional)
            Object.assign(halves, Object.fromEntries(Object.entries(c.api.optional(repo)).filter(([, v]) => v)));
        if (c.api?.classicProtection)
            halves.classicProtection = c.api.classicProtection;
    }
    return halves;
}
/** The markdown of `mcp-golive explain <id>`, docs/checks/<id>.md and the SARIF rules' help. */
function explainMarkdown(check) {
    const x = check.explain;
    return [
        `# ${check.id} — ${check.title}`,
        '',
        `${PHASE_TITLES[check.phase]} · level **${check.level}**${check.level === 'critical' ? ' (never waived or attested)' : ''}`,
        '',
        `Passes when ${check.passesWhen}.`,
        '',
        '## What it looks for',
        '',
        x.looksFor,
        '',
        '## Evidence that counts',
        '',
        ...x.evidence.map((e) => `- ${e}`),
        '',
        '## Why it matters',
        '',
        x.why,
        '',
        '## How to fix it',
        '',
        x.fix,
        ''
    ].join('\n');
}
/** Evidence pointing into golive.yaml at a field path. */
function configEvidence(ctx, path, note) {
    return { file: ctx.configFile.path, ...ctx.configFile.locate(path), note };
}
/** The attestation for a check (and subject, when given), if golive.yaml has one. */
function attestationFor(ctx, check, subject) {
    return ctx.config.attestations.find((a, i) => a.check === check &&
        (subject === undefined || a.subject === undefined || a.subject === subject) &&
        !ctx.unapproved?.attestations.has(i));
}

var check = /*#__PURE__*/Object.freeze({
    __proto__: null,
    LineFinder: LineFinder,
    argoApplications: argoApplications,
    attestationFor: attestationFor,
    capabilityMatrix: capabilityMatrix,
    classifyHost: classifyHost,
    computedRegistrations: computedRegistrations,
    configEvidence: configEvidence,
    credentialKind: credentialKind,
    descriptionsOf: descriptionsOf,
    dig: dig,
    escapeRegExp: escapeRegExp,
    explainMarkdown: explainMarkdown,
    factCounts: factCounts,
    hostOf: hostOf,
    isDocPath: isDocPath,
    isTemplated: isTemplated,
    isTestPath: isTestPath,
    isWordChar: isWordChar,
    lastRootCodeownersRule: lastRootCodeownersRule,
    noToken: noToken,
    outsideServer: outsideServer,
    placementText: placementText,
    plannedApiHalves: plannedApiHalves,
    poisonSigns: poisonSigns,
    rootCodeownersRule: rootCodeownersRule,
    servedTools: servedTools,
    toolEntries: toolEntries
});

const handlesPrivateData = (ctx) => ctx.config.tools.some((t) => t.privateData !== 'none');
const OBO_SNIPPET = '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```';
/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
function appCredentials(ctx) {
    return credentialsByScope(ctx).inside;
}
/**
 * Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the
 * server, unless every file that uses an MCP SDK is an example: then the examples are the server.
 */
function serverSource(ctx) {
    const mcp = (ctx.repo.source.mcpFiles ?? []).filter((f) => !isTestPath(f));
    const examplesServe = mcp.length > 0 && mcp.every(isDocPath);
    return (h) => (examplesServe || !isDocPath(h.at.file)) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file);
}
/** Why a hit's file is code the server never runs (another package, a tooling script), or undefined. */
const outsideOfServer = (ctx, h) => outsideServer(ctx.repo.serverScope, h.at.file, ctx.repo.source.mcpFiles ?? []);
/** User names read beside the server's credentials (`REDIS_USERNAME`), in the server's own code. */
function credentialUsers(ctx) {
    return production(ctx.repo.auth.credentialUsers ?? []).filter((h) => serverSource(ctx)(h) && !outsideOfServer(ctx, h));
}
/**
 * App credentials split by where they are read: in the server (they block), or in code the server
 * never runs (reported apart), each of the latter with the reason.
 */
function credentialsByScope(ctx) {
    const outside = [];
    const inServer = production(ctx.repo.auth.appCredentials)
        .filter(serverSource(ctx))
        .filter((h) => {
        const why = outsideOfServer(ctx, h);
        if (why)
            outside.push({ hit: h, why });
        return !why;
    });
    return { inside: judged(ctx, inServer), outside };
}
function judged(ctx, hits) {
    // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
    // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
    // repository has user flows and no client-credentials flow at all.
    const userFlows = [...production(ctx.repo.auth.obo), ...production(ctx.repo.auth.userFlows ?? [])];
    const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file));
    const userFlowFiles = new Set(userFlows.map((h) => h.at.file));
    const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0;
    return hits.filter((h) => h.credentialKind !== 'client secret' ||
        !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file))));
}

const obo = {
    id: 'auth.obo',
    phase: 'auth',
    level: 'blocking',
    title: 'On-behalf-of exchange',
    reads: ['source'],
    passesWhen: 'the on-behalf-of exchange is used for downstream data access',
    explain: {
        looksFor: 'The on-behalf-of exchange for downstream data access.',
        evidence: [
            'MSAL `acquireTokenOnBehalfOf` / `acquire_token_on_behalf_of` / `AcquireTokenOnBehalfOf`, Azure Identity `OnBehalfOfCredential`, Microsoft.Identity.Web `GetAccessTokenForUserAsync`, the jwt-bearer grant with `requested_token_use=on_behalf_of`'
        ],
        why: 'Data must be fetched as the signed-in user, never as the app.',
        fix: 'Exchange the incoming token with OBO before each downstream call.'
    },
    run(ctx) {
        const hits = production(ctx.repo.auth.obo);
        if (hits.length)
            return [
                {
                    status: 'passed',
                    message: `The on-behalf-of exchange is used (${[...new Set(hits.map((h) => h.what))].join(', ')}).`,
                    evidence: hits.map((h) => h.at)
                }
            ];
        if (!handlesPrivateData(ctx))
            return [
                {
                    status: 'not applicable',
                    message: 'No tool declares private data, so no downstream call needs the user’s identity.'
                }
            ];
        return [
            {
                status: 'failed',
                message: 'Tools declare private data, but no on-behalf-of exchange was found in source (MSAL acquireTokenOnBehalfOf / acquire_token_on_behalf_of / AcquireTokenOnBehalfOf, OnBehalfOfCredential, GetAccessTokenForUserAsync, or the jwt-bearer grant with requested_token_use=on_behalf_of).',
                fix: `Exchange the incoming token for a downstream token on behalf of the user:\n\n${OBO_SNIPPET}`
            }
        ];
    }
};

/** The production environment among the declared ones: the one named prod…, else the last. */
function prodEnvironment(envs) {
    return envs.find((e) => /^prod/i.test(e)) ?? envs[envs.length - 1];
}
const WORKLOAD_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'Job',
    'CronJob',
    'Pod',
    'ReplicationController'
]);
/** The pod spec path of a workload kind. */
function podSpecPath(kind) {
    if (kind === 'Pod')
        return ['spec'];
    if (kind === 'CronJob')
        return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    return ['spec', 'template', 'spec'];
}
/**
 * The objects production runs: manifests no kustomization includes, plus the build of the overlay
 * named for golive.yaml's prod environment (a folder of that name); when no overlay is named so,
 * every build. A base fixed in the prod overlay passes; what the prod patch breaks fails there.
 */
function deployedObjects(ctx) {
    const chosen = chosenOverlays(ctx);
    const argo = argoSourcePaths(ctx);
    return ctx.repo.kubernetes.filter((o) => (o.overlay === undefined || chosen.has(o.overlay)) && !isNonProduction(o, argo));
}
/** Manifests that only development, tests, evaluations or examples use (reported apart, never blocking). */
function nonProductionObjects(ctx) {
    const argo = argoSourcePaths(ctx);
    return ctx.repo.kubernetes.filter((o) => isNonProduction(o, argo));
}
// Folders of development, test, evaluation and example manifests, and kind/minikube cluster settings.
const NON_PRODUCTION_DIR = /(^|\/)(dev|local|test[\w.-]*|e2e|evals?|examples?|hack|kind|minikube)\//i;
const NON_PRODUCTION_FILE = /(^|\/)(kind|minikube|docker-compose|compose)[\w.-]*\.ya?ml$/i;
/**
 * The folders Argo CD Applications deploy (`spec.source.path`, `spec.sources[].path`): what they include is production
 * whatever its folder.
 */
function argoSourcePaths(ctx) {
    const apps = ctx.repo.kubernetes.filter((o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'));
    return apps
        .flatMap((a) => [
        dig(a.data, 'spec', 'source', 'path'),
        ...(dig(a.data, 'spec', 'sources') ?? []).map((x) => dig(x, 'path'))
    ])
        .filter((p) => typeof p === 'string' && p !== '')
        .map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
}
/**
 * An object is non-production when the file (or the kustomization folder, or chart) it comes from is under such a
 * folder, and no Argo CD Application deploys it.
 */
function isNonProduction(o, argoPaths) {
    // A kustomization folder's own name is its environment (overlays/dev), which the prod overlay choice handles: only
    // the folders above it count.
    const where = o.overlay !== undefined && !o.overlay.includes(' (') ? o.overlay : o.file;
    const above = where.slice(0, where.lastIndexOf('/') + 1);
    if (!NON_PRODUCTION_DIR.test(above) && !(o.overlay === undefined && NON_PRODUCTION_FILE.test(o.file)))
        return false;
    return !argoPaths.some((p) => where === p || where.startsWith(`${p}/`));
}
/**
 * The builds production deploys: those named for the prod environment, else every build (a build whose every object
 * failed to render counts too).
 */
function chosenOverlays(ctx) {
    const overlays = [
        ...new Set([...ctx.repo.kubernetes, ...(ctx.repo.deploymentGaps ?? [])].flatMap((o) => o.overlay === undefined ? [] : [o.overlay]))
    ];
    const prod = prodEnvironment(ctx.config.environments);
    // A folder (deploy/overlays/prod) or a values file (chart (values-prod.yaml)) named for prod.
    const prodOverlays = overlays.filter((d) => d.split(/[/\s().\-_]+/).includes(prod));
    return new Set(prodOverlays.length ? prodOverlays : overlays);
}
/** How an object is named in evidence: kind and name, and the overlay that builds it. */
const objectLabel = (o) => `${o.kind} ${o.name}${o.overlay !== undefined ? ` (${o.overlay || '.'})` : ''}`;
function workloads(ctx) {
    return deployedObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind));
}
function containersOf(o) {
    const podPath = podSpecPath(o.kind);
    const pod = (dig(o.data, ...podPath) ?? {});
    const refs = [];
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        const items = pod[list];
        if (!Array.isArray(items))
            continue;
        items.forEach((c, index) => {
            const name = String(c?.name ?? `#${index}`);
            refs.push({
                object: o,
                podPath,
                pod,
                list,
                index,
                container: (c ?? {}),
                name,
                at: o.locate([...podPath, list, index, 'name'], `${objectLabel(o)}, ${list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container'} ${name}`)
            });
        });
    }
    return refs;
}
/** Every `env` entry of every container of every workload, located. */
function containerEnv(ctx) {
    const out = [];
    for (const ref of workloads(ctx).flatMap(containersOf)) {
        const env = ref.container.env;
        if (!Array.isArray(env))
            continue;
        env.forEach((e, i) => {
            const { name, value } = (e ?? {});
            const base = [...ref.podPath, ref.list, ref.index, 'env', i];
            const label = `${ref.at.note}: env ${String(name ?? '')}`;
            out.push({
                name: String(name ?? ''),
                value,
                nameAt: ref.object.locate([...base, 'name'], label),
                valueAt: ref.object.locate([...base, 'value'], label)
            });
        });
    }
    return out;
}

const tokenValidation = {
    id: 'auth.token-validation',
    phase: 'auth',
    level: 'blocking',
    title: 'Token validation',
    reads: ['source', 'manifest'],
    passesWhen: 'incoming bearer tokens are validated (issuer, audience, signature)',
    explain: {
        looksFor: 'Validation of incoming bearer tokens.',
        evidence: [
            '`requireBearerAuth`, `TokenVerifier`/`AuthSettings`, FastMCP `JWTVerifier`/`AzureProvider`, `AddJwtBearer`/`AddMicrosoftIdentityWebApi`, Go `auth.RequireBearerToken`, jose `jwtVerify`, or the gateway’s JWT SecurityPolicy',
            'development-only verifiers (`StaticTokenVerifier`, decode without verification) fail'
        ],
        why: 'An unvalidated token is no authentication.',
        fix: 'Validate issuer, audience and signature against the tenant’s keys.'
    },
    run(ctx) {
        const dev = production(ctx.repo.auth.devVerifiers);
        const hits = production(ctx.repo.auth.tokenValidation);
        const gateway = deployedObjects(ctx).filter((o) => isEnvoySecurityPolicy(o) &&
            o.data.spec?.jwt?.providers?.length &&
            o.data.spec?.jwt?.optional !== true);
        // One finding per verifier, with every place it is used.
        const outcomes = byCause(dev, (d) => d.what).map(([what, ds]) => ({
            status: 'failed',
            message: `${what} accepts tokens it does not validate${ds.length > 1 ? ` (${counted(ds.length, 'place')}: ${firstPlaces(ds.map((d) => d.at))})` : ''}.`,
            evidence: ds.slice(0, MAX_EVIDENCE).map((d) => d.at),
            fix: 'Validate issuer, audience and signature against the identity provider’s keys (e.g. `requireBearerAuth` with a JWKS verifier, FastMCP `JWTVerifier`, ASP.NET `AddMicrosoftIdentityWebApi`).'
        }));
        if (hits.length || gateway.length) {
            outcomes.push({
                status: 'passed',
                message: `Incoming bearer tokens are validated: ${[...new Set(hits.map((h) => h.what)), ...gateway.map((g) => `gateway SecurityPolicy ${g.name}`)].join(', ')}.`,
                evidence: [
                    ...hits.map((h) => h.at),
                    ...gateway.map((g) => g.locate(['spec', 'jwt'], `SecurityPolicy ${g.name}`))
                ]
            });
        }
        else {
            outcomes.push({
                status: 'failed',
                message: 'No validation of incoming bearer tokens found, in the server or at the gateway.',
                fix: '```ts\napp.post("/mcp", requireBearerAuth({ verifier }), handler)\n```\n\nwith a verifier that checks issuer, audience and signature (e.g. jose `jwtVerify` against the tenant’s JWKS).'
            });
        }
        return outcomes;
    }
};

const identityScoping = {
    id: 'auth.identity-scoping',
    phase: 'auth',
    level: 'blocking',
    title: 'Identity scoping',
    reads: ['source'],
    passesWhen: 'tool handlers pass the user’s OBO token downstream, not a shared identity',
    explain: {
        looksFor: 'That handlers pass the user’s OBO token downstream.',
        evidence: ['an OBO call plus a per-request `Authorization: Bearer` built from a variable', 'or an attestation'],
        why: 'A shared identity shows every user everyone’s data.',
        fix: 'Pass the OBO token to every data call; attest it where the code cannot show it.'
    },
    run(ctx) {
        if (!handlesPrivateData(ctx))
            return [{ status: 'not applicable', message: 'No tool declares private data.' }];
        const app = appCredentials(ctx);
        if (app.length)
            return [
                {
                    status: 'failed',
                    message: 'Data access uses a shared app identity somewhere, so results are not scoped to the signed-in user.',
                    evidence: app.map((h) => h.at),
                    fix: `Pass the user’s OBO token to every downstream call:\n\n${OBO_SNIPPET}`
                }
            ];
        const oboHits = production(ctx.repo.auth.obo);
        const forwarding = ctx.repo.auth.bearerForwarding.sample((h) => !h.isTest, MAX_EVIDENCE_PER_FINDING);
        if (oboHits.length && forwarding.total)
            return [
                {
                    status: 'passed',
                    message: 'Tool handlers exchange the user’s token (OBO) and send a per-request bearer token downstream.',
                    evidence: [...oboHits.map((h) => h.at), ...forwarding.rows.map((h) => h.at)],
                    omittedEvidence: forwarding.total - forwarding.rows.length
                }
            ];
        const att = attestationFor(ctx, 'auth.identity-scoping');
        if (att)
            return [attested(att, 'Data access is scoped to the signed-in user')];
        return [
            {
                status: 'not verified',
                message: 'The source does not show the OBO token being passed downstream.',
                reason: 'identity scoping could not be seen in code; a reviewer can attest it',
                evidence: oboHits.map((h) => h.at),
                fix: `Attest it in golive.yaml after review:\n\n\`\`\`yaml\nattestations:\n  - check: auth.identity-scoping\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: every handler calls the data source with the OBO token\n\`\`\``
            }
        ];
    }
};

/** Places of one cause, the first ones named and the rest counted. */
function placesText$1(hits, shown = 3) {
    const named = hits
        .slice(0, shown)
        .map((h) => `${h.at.file}:${h.at.line}`)
        .join(', ');
    return hits.length > shown ? `${named} +${hits.length - shown} more` : named;
}
/** Env vars in manifests that carry a client secret or an API key. */
function secretEnv(ctx) {
    const userFlowOnly = !production(ctx.repo.auth.appCredentials).some((h) => !h.credentialKind) &&
        (production(ctx.repo.auth.obo).length > 0 || production(ctx.repo.auth.userFlows ?? []).length > 0);
    return containerEnv(ctx).filter((e) => {
        const kind = credentialKind(e.name.toUpperCase());
        return kind === 'static' || (kind === 'client secret' && !userFlowOnly);
    });
}
function groupByCredential(hits) {
    const groups = new Map();
    for (const h of hits) {
        const key = h.credential ?? h.what;
        groups.set(key, [...(groups.get(key) ?? []), h]);
    }
    return groups;
}
/** Credentials read only by code the server never runs (tooling, other packages): one warning each, never blocking. */
function outsideFindings(outside) {
    const why = new Map(outside.map((o) => [o.hit, o.why]));
    return [...groupByCredential(outside.map((o) => o.hit))].map(([name, group]) => ({
        status: 'warning',
        nonProduction: true,
        message: `${name}, read in ${group.length} place${group.length === 1 ? '' : 's'} outside the server (${placesText$1(group)}): reported apart, not blocking — ${why.get(group[0])}.`,
        evidence: group.map((h) => h.at)
    }));
}
const noAppCredentials = {
    id: 'auth.no-app-credentials',
    phase: 'auth',
    level: 'critical',
    title: 'No app credentials',
    reads: ['source', 'manifest'],
    passesWhen: 'no API keys or service principals are used for data access',
    explain: {
        looksFor: 'App-only credentials and API keys for data access.',
        evidence: [
            '`ClientSecretCredential`, `ClientCertificateCredential`, `acquire_token_for_client`, `acquireTokenByClientCredential`, `AcquireTokenForClient`, `GetAccessTokenForAppAsync`, `grant_type=client_credentials`, `x-api-key`, API key or client secret env vars in code and manifests'
        ],
        why: 'API keys and service principals bypass the user’s permissions — a red flag that stops go-live.',
        fix: 'Replace them with OBO; authenticate the app itself with workload identity federation.'
    },
    run(ctx) {
        const { inside: hits, outside } = credentialsByScope(ctx);
        const env = secretEnv(ctx);
        const apart = outsideFindings(outside);
        if (!hits.length && !env.length)
            return [
                {
                    status: 'passed',
                    message: 'No app-only credentials, service principal secrets or API keys for data access in source or manifests.'
                },
                ...apart
            ];
        // One finding per credential (its name, or the client-credentials call), every place it is read as evidence.
        const groups = groupByCredential(hits);
        // A user name read beside a password or token of the same prefix is half of that credential: one cause.
        const users = new Map();
        for (const u of credentialUsers(ctx)) {
            const prefix = u.credential.replace(/_(?:USER(?:_?NAME)?|LOGIN)$/, '_');
            const keys = [...groups.keys()].filter((k) => k.startsWith(prefix) && groups.get(k)[0].credential);
            const key = keys.find((k) => /PASSWORD|PASSWD|PWD/.test(k)) ??
                keys.find((k) => groups.get(k)[0].credentialKind === 'static') ??
                keys[0];
            if (!key)
                continue;
            groups.get(key).push(u);
            users.set(key, [...new Set([...(users.get(key) ?? []), u.credential])]);
        }
        const outcomes = [...groups].map(([name, group]) => ({
            status: 'failed',
            message: `${group[0].credential ? `${name} (${group[0].credentialKind === 'client secret' ? 'a client secret outside any user flow' : 'a static key or token for a data source'}${users.has(name) ? `, with the user name ${users.get(name).join(', ')}` : ''})` : name}, read in ${counted(group.length, 'place')}: ${placesText$1(group)} — data access must use the user’s identity (OBO), not the app’s.`,
            evidence: group.map((h) => h.at),
            fix: `Replace it with the on-behalf-of exchange:\n\n${OBO_SNIPPET}`
        }));
        outcomes.push(...apart);
        // Each name once, the first five named and the rest counted.
        const unique = [...new Set(env.map((e) => e.name))];
        const names = firstNames(unique, 5);
        if (env.length)
            outcomes.push({
                status: 'failed',
                message: `The deployment hands the server a client secret or API key (${names}).`,
                evidence: env.map((e) => e.nameAt),
                fix: `Remove the secret from the deployment; let the pod prove who it is with workload identity federation, and reach data with OBO tokens:\n\n\`\`\`yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${ctx.config.server.name}\n  annotations:\n    azure.workload.identity/client-id: <app client id>\n---\n# the Deployment's pod template\nmetadata:\n  labels:\n    azure.workload.identity/use: "true"\nspec:\n  serviceAccountName: ${ctx.config.server.name}\n  containers:\n    - name: server\n      env: []   # no ${names}\n\`\`\``
            });
        return outcomes;
    }
};

const AUTH_CHECKS = [obo, tokenValidation, identityScoping, noAppCredentials];

/**
 * What the deployed builds did not follow or render (kustomize components, remote bases, Helm templates past a bound).
 */
function deploymentGaps(ctx) {
    const chosen = chosenOverlays(ctx);
    return (ctx.repo.deploymentGaps ?? []).filter((g) => !g.objectsUnchanged && (g.overlay === undefined || chosen.has(g.overlay)));
}
/**
 * An infrastructure check that cannot pass while a deployed build was not wholly followed: what it
 * did not follow could add or change any object. Its passes become `not verified`, naming each gap.
 */
function unlessGaps(check) {
    return {
        ...check,
        run(ctx) {
            const outcomes = check.run(ctx);
            const gaps = deploymentGaps(ctx);
            if (!gaps.length)
                return outcomes;
            const said = gaps
                .slice(0, 3)
                .map((g) => `${g.file}: ${g.message}`)
                .join('; ');
            const more = gaps.length > 3 ? ` (+${gaps.length - 3} more)` : '';
            // A check that fails anyway still says what it could not read, once.
            if (!outcomes.some((o) => o.status === 'passed'))
                return outcomes.map((o, i) => i ? o : { ...o, message: `${o.message} (The deployment was not wholly read: ${said}${more}.)` });
            return outcomes.map((o) => o.status !== 'passed'
                ? o
                : {
                    ...o,
                    status: 'not verified',
                    message: `${o.message} But the deployment was not wholly read, so what it did not follow could change this: ${said}${more}.`,
                    reason: `not followed: ${said}${more}`,
                    evidence: [
                        ...gaps.slice(0, 5).map((g) => ({ file: g.file, line: 1, column: 1, note: g.message })),
                        ...(o.evidence ?? [])
                    ],
                    fix: 'Keep every base, component and patch of the production build in this repository, in forms the gate reads (see README, Kubernetes), or render the chart and commit the output the gate can read.'
                });
        }
    };
}
const CONTAINER_LISTS = new Set(['initContainers', 'containers', 'ephemeralContainers']);
/**
 * The unresolved Helm actions that could have written a container's settings: those inside the
 * container, and (`podLevel`) those in the pod spec outside every container (a pod securityContext
 * is inherited).
 */
function holesFor(ref, podLevel, under) {
    const o = ref.object;
    if (!o.templated?.length || !o.templateLines)
        return [];
    const within = (r, line) => !!r && line >= r[0] && line <= r[1];
    const containerPath = [...ref.podPath, ref.list, ref.index];
    const container = o.templateLines(containerPath);
    const pod = o.templateLines(ref.podPath);
    const lists = ['initContainers', 'containers', 'ephemeralContainers'].map((l) => o.templateLines([...ref.podPath, l]));
    // With `under`: a hole inside another key's value (`env:`, `resources:`, `volumes:`) cannot write that key.
    const otherKeys = (path, value) => under === undefined
        ? []
        : Object.keys(value)
            .filter((k) => k !== under && !CONTAINER_LISTS.has(k))
            .map((k) => o.templateLines([...path, k]));
    const elsewhere = [...otherKeys(containerPath, ref.container), ...otherKeys(ref.podPath, ref.pod)];
    return o.templated.filter((h) => !elsewhere.some((r) => within(r, h.line)) &&
        (within(container, h.line) || (podLevel && within(pod, h.line) && !lists.some((r) => within(r, h.line)))));
}
/**
 * A container the gate cannot judge because a Helm template left values unresolved that could set `what`: the template
 * lines say where.
 */
function unresolvedByTemplate(ref, holes, what) {
    return {
        status: 'not verified',
        message: `${ref.at.note}: cannot tell whether it ${what}, because the template leaves values unresolved.`,
        reason: `templated: ${holes
            .slice(0, 3)
            .map((t) => `${t.file}:${t.line}`)
            .join(', ')}`,
        evidence: [ref.at, ...holes.slice(0, 5)]
    };
}
const noWorkloads = (id, ctx) => {
    const apart = nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind));
    return {
        status: 'not verified',
        message: apart.length
            ? `Only non-production workload manifests were found (${[...new Set(apart.map((o) => o.file))].slice(0, 3).join(', ')}): under development, test, evaluation or example folders, which no production kustomization or Argo CD Application includes.`
            : 'No Kubernetes workload manifests (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod) were found in the repository.',
        reason: `the manifests are not in this repository; keep them here (e.g. deploy/) so ${id} can read them`
    };
};
// ---------------------------------------------------------------- Envoy Gateway
const isRoute = (o) => o.kind === 'HTTPRoute' && o.apiVersion.startsWith('gateway.networking.k8s.io/');
function attachments(ctx) {
    const out = [];
    for (const route of deployedObjects(ctx).filter(isRoute)) {
        const refs = dig(route.data, 'spec', 'parentRefs');
        if (!Array.isArray(refs))
            continue;
        refs.forEach((r, i) => {
            const kind = dig(r, 'kind') ?? 'Gateway';
            if (kind !== 'Gateway')
                return;
            // A parentRef without a namespace refers to the route's own namespace.
            const namespace = dig(r, 'namespace') ?? route.namespace;
            out.push({
                route,
                gateway: String(dig(r, 'name') ?? ''),
                namespace,
                at: route.locate(['spec', 'parentRefs', i, 'name'], `HTTPRoute ${route.name} → Gateway ${namespace ?? '(route namespace)'}/${dig(r, 'name')}`)
            });
        });
    }
    return out;
}

const parentRefSnippet = (name, namespace) => `\`\`\`yaml\nspec:\n  parentRefs:\n    - name: ${name}\n      namespace: ${namespace}\n\`\`\``;
const gatewayRoute = {
    id: 'infra.gateway-route',
    phase: 'infra',
    level: 'blocking',
    title: 'Gateway route',
    reads: ['manifest'],
    passesWhen: 'an HTTPRoute attaches to the right Gateway in envoy-gateway-system',
    explain: {
        looksFor: 'An HTTPRoute attached to the right Gateway.',
        evidence: [
            'HTTPRoute parentRefs: namespace (default: the route’s own) `envoy-gateway-system`, name internal (public only with `exposure: public` and a reason)'
        ],
        why: 'Traffic must pass the gateway that authenticates and logs it.',
        fix: 'Attach the route to `internal` in `envoy-gateway-system`.'
    },
    run(ctx) {
        const gw = ctx.config.gateway;
        const wanted = ctx.config.server.exposure === 'public' ? gw.public : gw.internal;
        const routeSnippet = `\`\`\`yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${ctx.config.server.name}\nspec:\n  parentRefs:\n    - name: ${wanted}\n      namespace: ${gw.namespace}\n  rules:\n    - backendRefs:\n        - name: ${ctx.config.server.name}\n          port: 8080\n\`\`\``;
        const att = attachments(ctx);
        if (!deployedObjects(ctx).some(isRoute)) {
            // A chart's route template switched off by the values: said as such, not as a missing route.
            const off = (ctx.repo.disabledTemplates ?? []).filter((d) => d.kinds.includes('HTTPRoute') && chosenOverlays(ctx).has(d.overlay));
            if (off.length)
                return [
                    {
                        status: 'failed',
                        message: `${off.map((d) => `${d.file} is disabled by \`${d.condition.replace(/^\$?\.Values\./, '')}\` (false in ${d.overlay})`).join('; ')}: no HTTPRoute is deployed, so the server is not exposed through Envoy Gateway.`,
                        evidence: off.map((d) => ({ file: d.file, line: 1, column: 1, note: `disabled by ${d.condition}` })),
                        fix: `Enable it in the production values (e.g. \`${off[0].condition.replace(/^\$?\.Values\./, '')}: true\`), attached to the ${wanted} Gateway.`
                    }
                ];
            return [
                {
                    status: 'failed',
                    message: 'No HTTPRoute (gateway.networking.k8s.io) in the repository: the server is not exposed through Envoy Gateway.',
                    fix: `Add an HTTPRoute attached to the ${wanted} Gateway:\n\n${routeSnippet}`
                }
            ];
        }
        const outcomes = [];
        const inNs = att.filter((a) => a.namespace === gw.namespace);
        const right = inNs.filter((a) => a.gateway === wanted);
        const wrongExposure = inNs.filter((a) => a.gateway === gw.public && ctx.config.server.exposure !== 'public');
        for (const a of wrongExposure)
            outcomes.push({
                status: 'failed',
                message: `HTTPRoute ${a.route.name} attaches to the public Gateway ${gw.namespace}/${gw.public}, but golive.yaml declares exposure: internal.`,
                evidence: [a.at],
                fix: `Attach it to the internal Gateway, or declare \`exposure: public\` with an \`exposureReason\` in golive.yaml:\n\n${parentRefSnippet(gw.internal, gw.namespace)}`
            });
        for (const a of att.filter((x) => x.namespace !== gw.namespace))
            outcomes.push({
                status: 'failed',
                message: `HTTPRoute ${a.route.name} attaches to a Gateway outside ${gw.namespace} (${a.namespace ?? 'its own namespace'}/${a.gateway}).`,
                evidence: [a.at],
                fix: `Point the parentRef at the Gateway in ${gw.namespace}:\n\n${parentRefSnippet(a.gateway, gw.namespace)}`
            });
        if (!right.length && !outcomes.length)
            outcomes.push({
                status: 'failed',
                message: `No HTTPRoute attaches to the ${wanted} Gateway in ${gw.namespace}.`,
                evidence: att.map((a) => a.at),
                fix: routeSnippet
            });
        if (right.length && !outcomes.length)
            outcomes.push({
                status: 'passed',
                message: `HTTPRoute ${right.map((a) => a.route.name).join(', ')} attaches to ${gw.namespace}/${wanted}.`,
                evidence: right.map((a) => a.at)
            });
        return outcomes;
    }
};

const securityPolicy = {
    id: 'infra.security-policy',
    phase: 'infra',
    level: 'blocking',
    title: 'Gateway security policy',
    reads: ['manifest'],
    passesWhen: 'a SecurityPolicy with JWT or OIDC targets the route or its gateway',
    explain: {
        looksFor: 'An Envoy Gateway SecurityPolicy on the route or gateway.',
        evidence: [
            '`gateway.envoyproxy.io/v1alpha1` SecurityPolicy targeting the route or its gateway, with `jwt.providers` (issuer, audiences, JWKS) or `oidc`; not `optional`, not `failOpen`'
        ],
        why: 'Requests without a valid token must not reach the server.',
        fix: 'Add the SecurityPolicy shown in the fix, with audiences.'
    },
    run(ctx) {
        const att = attachments(ctx);
        const routeNames = new Set(att.map((a) => a.route.name));
        const gatewayNames = new Set(att.map((a) => a.gateway));
        const policies = deployedObjects(ctx).filter(isEnvoySecurityPolicy);
        const snippet = `\`\`\`yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata:\n  name: ${ctx.config.server.name}-jwt\nspec:\n  targetRefs:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n      name: ${[...routeNames][0] ?? ctx.config.server.name}\n  jwt:\n    providers:\n      - name: entra\n        issuer: https://login.microsoftonline.com/<tenant-id>/v2.0\n        audiences: [api://${ctx.config.server.name}]\n        remoteJWKS:\n          uri: https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys\n\`\`\``;
        const targeting = policies.filter((p) => {
            const refs = [
                ...(dig(p.data, 'spec', 'targetRefs') ?? []),
                ...(dig(p.data, 'spec', 'targetRef') ? [dig(p.data, 'spec', 'targetRef')] : [])
            ];
            return refs.some((r) => (dig(r, 'kind') === 'HTTPRoute' && routeNames.has(String(dig(r, 'name')))) ||
                (dig(r, 'kind') === 'Gateway' && gatewayNames.has(String(dig(r, 'name')))));
        });
        if (!targeting.length) {
            return [
                {
                    status: 'failed',
                    message: policies.length
                        ? `${counted(policies.length, 'SecurityPolicy object')} found, none targeting the route (${[...routeNames].join(', ') || 'none'}) or its gateway.`
                        : 'No Envoy Gateway SecurityPolicy (gateway.envoyproxy.io/v1alpha1) in the repository.',
                    evidence: policies.map((p) => p.locate(['spec'], `SecurityPolicy ${p.name}`)),
                    fix: snippet
                }
            ];
        }
        const outcomes = [];
        for (const p of targeting) {
            const providers = dig(p.data, 'spec', 'jwt', 'providers');
            const oidc = dig(p.data, 'spec', 'oidc');
            const problems = [];
            if (!(Array.isArray(providers) && providers.length) && !oidc)
                problems.push({
                    what: 'has neither jwt.providers nor oidc',
                    at: p.locate(['spec'], `SecurityPolicy ${p.name}`)
                });
            if (dig(p.data, 'spec', 'jwt', 'optional') === true)
                problems.push({
                    what: 'jwt.optional: true lets requests without a token through',
                    at: p.locate(['spec', 'jwt', 'optional'])
                });
            if (dig(p.data, 'spec', 'extAuth', 'failOpen') === true)
                problems.push({
                    what: 'extAuth.failOpen: true lets requests through when the authoriser fails',
                    at: p.locate(['spec', 'extAuth', 'failOpen'])
                });
            if (Array.isArray(providers))
                providers.forEach((pr, i) => {
                    if (!Array.isArray(dig(pr, 'audiences')) || !dig(pr, 'audiences').length)
                        problems.push({
                            what: `provider ${dig(pr, 'name') ?? i} has no audiences, so tokens for any audience pass`,
                            at: p.locate(['spec', 'jwt', 'providers', i])
                        });
                });
            if (problems.length)
                outcomes.push({
                    status: 'failed',
                    message: `SecurityPolicy ${p.name}: ${problems.map((x) => x.what).join('; ')}.`,
                    evidence: problems.map((x) => x.at),
                    fix: snippet
                });
            else
                outcomes.push({
                    status: 'passed',
                    message: `SecurityPolicy ${p.name} requires ${oidc ? 'an OIDC login' : 'a valid JWT'} on ${[...routeNames].join(', ')}.`,
                    evidence: [p.locate(['spec', oidc ? 'oidc' : 'jwt'], `SecurityPolicy ${p.name}`)]
                });
        }
        return outcomes;
    }
};

const ALLOWED_VOLUMES = new Set([
    'configMap',
    'csi',
    'downwardAPI',
    'emptyDir',
    'ephemeral',
    'persistentVolumeClaim',
    'projected',
    'secret'
]);
const RESTRICTED_SNIPPET = `\`\`\`yaml
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: server
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
\`\`\``;
const unsetOr = (v) => v === undefined || isTemplated(v);
/** Sysctls Pod Security Standards call safe (policy version 1.37). */
const SAFE_SYSCTLS = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.ip_local_reserved_ports',
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    'net.ipv4.tcp_rmem',
    'net.ipv4.tcp_wmem',
    'net.ipv4.tcp_slow_start_after_idle',
    'net.ipv4.tcp_notsent_lowat'
]);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
/** Settings both a pod and a container security context may carry (AppArmor, SELinux, Windows HostProcess). */
function sharedContextViolations(sc) {
    const out = [];
    const apparmor = dig(sc, 'appArmorProfile', 'type');
    if (apparmor !== undefined && !isTemplated(apparmor) && !APPARMOR_TYPES.has(String(apparmor)))
        out.push({
            what: `AppArmor profile ${apparmor}`,
            path: ['appArmorProfile', 'type'],
            fix: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault'
        });
    const selinux = (sc.seLinuxOptions ?? {});
    const selinuxFix = 'securityContext:\n  seLinuxOptions:          # no user, no role\n    type: container_t';
    if (selinux.type !== undefined && !isTemplated(selinux.type) && !SELINUX_TYPES.has(String(selinux.type)))
        out.push({ what: `seLinuxOptions.type ${selinux.type}`, path: ['seLinuxOptions', 'type'], fix: selinuxFix });
    for (const k of ['user', 'role'])
        if (selinux[k] !== undefined && selinux[k] !== '' && !isTemplated(selinux[k]))
            out.push({ what: `seLinuxOptions.${k} is set`, path: ['seLinuxOptions', k], fix: selinuxFix });
    if (dig(sc, 'windowsOptions', 'hostProcess') === true)
        out.push({
            what: 'windowsOptions.hostProcess: true',
            path: ['windowsOptions', 'hostProcess'],
            fix: 'securityContext:\n  windowsOptions:\n    hostProcess: false'
        });
    return out;
}
/** A YAML block nested under the given keys (a workload's pod spec path), fenced for a fix text. */
function yamlUnder(keys, body) {
    const head = keys.map((k, i) => `${'  '.repeat(i)}${k}:`);
    const indent = '  '.repeat(keys.length);
    return ['```yaml', ...head, ...body.split('\n').map((l) => indent + l), '```'].join('\n');
}
/** Probe and lifecycle handlers may not aim at another host (Pod Security Standards 1.34+). */
const HANDLERS = [
    ['livenessProbe'],
    ['readinessProbe'],
    ['startupProbe'],
    ['lifecycle', 'postStart'],
    ['lifecycle', 'preStop']
];
/** A pod in its own user namespace (`hostUsers: false`): root inside is not root on the node. */
const userNamespaced = (pod) => pod.hostUsers === false;
/** Windows pods are exempt from the Linux-only controls (privilege escalation, capabilities, seccomp). */
const isWindows = (pod) => dig(pod, 'os', 'name') === 'windows';
/** Every way a container (with its pod's settings inherited) falls short of "restricted". */
function restrictedViolations(ref) {
    const out = [];
    const { object: o, podPath, pod, container: c, list, index } = ref;
    const csc = (c.securityContext ?? {});
    const psc = (pod.securityContext ?? {});
    const cPath = [...podPath, list, index];
    const here = (sub, what, unset = false, podLevel = false) => out.push({
        what,
        at: o.locate([...cPath, ...sub], `${ref.at.note}: ${what}`),
        ...(unset ? { unset } : {}),
        ...(podLevel ? { podLevel } : {})
    });
    if (!userNamespaced(pod)) {
        const runAsNonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot;
        if (runAsNonRoot !== true)
            here(['securityContext', 'runAsNonRoot'], 'runAsNonRoot is not true (container or pod)', unsetOr(runAsNonRoot), true);
        // A pod-level 0 is reported once for the pod (podViolations), whatever the containers say.
        if (csc.runAsUser === 0)
            here(['securityContext', 'runAsUser'], 'runAsUser is 0 (root)');
    }
    if (!isWindows(pod)) {
        if (csc.allowPrivilegeEscalation !== false)
            here(['securityContext', 'allowPrivilegeEscalation'], 'allowPrivilegeEscalation is not false', unsetOr(csc.allowPrivilegeEscalation));
        const drop = dig(csc, 'capabilities', 'drop');
        if (!Array.isArray(drop) ||
            !drop
                .map(String)
                .map((s) => s.toUpperCase())
                .includes('ALL'))
            here(['securityContext', 'capabilities', 'drop'], 'capabilities do not drop ALL', unsetOr(drop));
        const seccomp = (dig(csc, 'seccompProfile', 'type') ?? dig(psc, 'seccompProfile', 'type'));
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
            here(['securityContext', 'seccompProfile', 'type'], `seccompProfile is ${unsetOr(seccomp) ? 'unset' : seccomp} (needs RuntimeDefault or Localhost)`, unsetOr(seccomp), true);
    }
    if (csc.privileged === true)
        here(['securityContext', 'privileged'], 'privileged: true');
    const add = dig(csc, 'capabilities', 'add');
    if (Array.isArray(add))
        for (const cap of add)
            if (String(cap).toUpperCase() !== 'NET_BIND_SERVICE' && !isTemplated(cap))
                here(['securityContext', 'capabilities', 'add'], `adds capability ${cap}`);
    if (csc.procMount !== undefined && csc.procMount !== 'Default' && !isTemplated(csc.procMount))
        here(['securityContext', 'procMount'], `procMount ${csc.procMount} (needs Default)`);
    for (const v of sharedContextViolations(csc))
        here(['securityContext', ...v.path], v.what);
    for (const h of HANDLERS) {
        for (const kind of ['httpGet', 'tcpSocket']) {
            const host = dig(c, ...h, kind, 'host');
            if (host !== undefined && host !== '' && !isTemplated(host))
                here([...h, kind, 'host'], `${h.join('.')} ${kind} targets host ${host}`);
        }
    }
    const ports = c.ports;
    if (Array.isArray(ports))
        ports.forEach((p, i) => {
            if (dig(p, 'hostPort'))
                here(['ports', i, 'hostPort'], `hostPort ${dig(p, 'hostPort')}`);
        });
    return out;
}
/** Pod-level violations, reported once per workload. */
function podViolations(o) {
    const path = podSpecPath(o.kind);
    const pod = (dig(o.data, ...path) ?? {});
    const psc = (pod.securityContext ?? {});
    const out = [];
    // `fix`: the YAML to write instead, under the pod spec (or, with `under`, another path).
    const add = (what, at, fix, under = path) => out.push({ what, at: o.locate(at, `${o.kind} ${o.name}: ${what}`), fix: yamlUnder(under, fix) });
    for (const ns of ['hostNetwork', 'hostPID', 'hostIPC'])
        if (pod[ns] === true)
            add(`${ns}: true`, [...path, ns], `${ns}: false   # or remove the line`);
    const volumes = pod.volumes;
    if (Array.isArray(volumes)) {
        volumes.forEach((v, i) => {
            const type = Object.keys(v ?? {}).find((k) => k !== 'name');
            const name = String(v.name);
            if (type && !ALLOWED_VOLUMES.has(type))
                add(`volume ${name} is ${type}`, [...path, 'volumes', i, type], `volumes:\n  - name: ${name}\n    emptyDir: {}   # or configMap, secret, projected, persistentVolumeClaim`);
        });
    }
    // A pod-level setting that containers override still breaks the standard when it is explicitly unsafe.
    if (!userNamespaced(pod)) {
        if (psc.runAsNonRoot === false)
            add('runAsNonRoot: false (pod)', [...path, 'securityContext', 'runAsNonRoot'], 'securityContext:\n  runAsNonRoot: true');
        if (psc.runAsUser === 0)
            add('runAsUser: 0 (pod)', [...path, 'securityContext', 'runAsUser'], 'securityContext:\n  runAsUser: 10001   # any user but root');
    }
    const seccomp = dig(psc, 'seccompProfile', 'type');
    if (seccomp !== undefined && !isTemplated(seccomp) && seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
        add(`seccompProfile ${seccomp} (pod)`, [...path, 'securityContext', 'seccompProfile', 'type'], 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault');
    for (const v of sharedContextViolations(psc))
        add(`${v.what} (pod)`, [...path, 'securityContext', ...v.path], v.fix);
    const sysctls = psc.sysctls;
    if (Array.isArray(sysctls)) {
        sysctls.forEach((sc, i) => {
            const name = dig(sc, 'name');
            if (!isTemplated(name) && !SAFE_SYSCTLS.has(String(name)))
                add(`sysctl ${name} is not in the safe set`, [...path, 'securityContext', 'sysctls', i, 'name'], `securityContext:\n  sysctls:   # without ${name}; only these are allowed:\n${[...SAFE_SYSCTLS].map((n) => `    # - name: ${n}`).join('\n')}`);
        });
    }
    const metaPath = [...path.slice(0, -1), 'metadata'];
    const annotations = (dig(o.data, ...metaPath, 'annotations') ?? {});
    for (const [k, v] of Object.entries(annotations)) {
        if (!k.startsWith(APPARMOR_ANNOTATION) || isTemplated(v))
            continue;
        const profile = String(v ?? '');
        if (profile !== '' && profile !== 'runtime/default' && !profile.startsWith('localhost/'))
            add(`AppArmor annotation ${k}: ${profile}`, [...metaPath, 'annotations', k], `annotations:\n  ${k}: runtime/default`, metaPath);
    }
    return out;
}
/**
 * Workloads under non-production folders with what `problems` finds in each: warnings that never block, one per
 * workload.
 */
function nonProductionFindings(ctx, problems) {
    return nonProductionObjects(ctx)
        .filter((o) => WORKLOAD_KINDS.has(o.kind))
        .flatMap((o) => {
        const found = problems(o);
        return found.length
            ? [
                {
                    status: 'warning',
                    nonProduction: true,
                    message: `${objectLabel(o)} in ${o.file} (a non-production folder, reported apart, never blocking): ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (+${found.length - 5} more)` : ''}.`,
                    evidence: [o.locate([], objectLabel(o))]
                }
            ]
            : [];
    });
}
const podSecurity = {
    id: 'infra.pod-security',
    phase: 'infra',
    level: 'blocking',
    title: 'Pod Security Standards',
    reads: ['manifest'],
    passesWhen: 'every workload meets Pod Security Standards “restricted”',
    explain: {
        looksFor: 'Pod Security Standards “restricted” for every workload.',
        evidence: [
            'Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods: runAsNonRoot, runAsUser ≠ 0, allowPrivilegeEscalation false, drop ALL (add only NET_BIND_SERVICE), seccomp RuntimeDefault/Localhost, no host namespaces, privileged, hostPath or other non-restricted volumes, host ports, unsafe sysctls, custom SELinux options, Unconfined AppArmor, non-default procMount, Windows HostProcess, probes aimed at other hosts — pod-level settings inherited, init and ephemeral containers included; Windows pods and user-namespaced pods (`hostUsers: false`) exempt where the standard exempts them. Tested on the standard’s own pass/fail cases (policy 1.37)'
        ],
        why: 'A compromised server must not become a compromised node.',
        fix: 'Set the restricted securityContext at pod and container level.'
    },
    run(ctx) {
        const ws = workloads(ctx);
        if (!ws.length)
            return [noWorkloads('infra.pod-security', ctx)];
        const outcomes = [];
        for (const o of ws) {
            for (const v of podViolations(o))
                outcomes.push({
                    status: 'failed',
                    message: `${o.kind} ${o.name} breaks Pod Security Standards “restricted”: ${v.what}.`,
                    evidence: [v.at],
                    fix: v.fix
                });
            for (const ref of containersOf(o)) {
                const vs = restrictedViolations(ref);
                // A Helm template that left values unresolved may set what is missing: only the controls an unresolved
                // action could write (in the container's security context, or the pod's for what it inherits) are not
                // verified; the others fail.
                const inContainer = holesFor(ref, false, 'securityContext');
                const inPod = holesFor(ref, true, 'securityContext');
                const couldSet = (v) => v.unset && (inContainer.length > 0 || (v.podLevel && inPod.length > 0));
                const open = vs.filter(couldSet);
                const settled = vs.filter((v) => !couldSet(v));
                const holes = open.some((v) => v.podLevel) ? inPod : inContainer;
                const unresolved = open.length
                    ? ` Not verified, as unresolved template values could set them (${holes
                        .slice(0, 3)
                        .map((h) => `${h.file}:${h.line}`)
                        .join(', ')}): ${open.map((v) => v.what).join('; ')}.`
                    : '';
                if (!settled.length && open.length) {
                    outcomes.push({
                        ...unresolvedByTemplate(ref, holes, `meets Pod Security Standards “restricted” (${open.map((v) => v.what).join('; ')})`),
                        fix: `Set the security context literally in the template or through values the template reads with \`toYaml .Values.…\`:\n\n${RESTRICTED_SNIPPET}`
                    });
                    continue;
                }
                if (settled.length)
                    outcomes.push({
                        status: 'failed',
                        message: `${ref.at.note} breaks Pod Security Standards “restricted”: ${settled.map((v) => v.what).join('; ')}.${unresolved}`,
                        evidence: [ref.at, ...settled.map((v) => v.at)],
                        fix: `Set the restricted security context (pod level is inherited by every container, init containers included):\n\n${RESTRICTED_SNIPPET}`
                    });
            }
        }
        outcomes.push(...nonProductionFindings(ctx, (o) => [
            ...podViolations(o).map((v) => v.what),
            ...containersOf(o).flatMap((r) => restrictedViolations(r)
                .filter((v) => !v.unset)
                .map((v) => `${r.name}: ${v.what}`))
        ]));
        if (!outcomes.some((o) => !o.nonProduction)) {
            const all = ws.flatMap(containersOf);
            outcomes.push({
                status: 'passed',
                message: `${counted(all.length, 'container')} in ${counted(ws.length, 'workload')} meet${all.length === 1 ? 's' : ''} Pod Security Standards “restricted”.`,
                evidence: all.map((r) => r.at)
            });
        }
        return outcomes;
    }
};

const hardening = {
    id: 'infra.hardening',
    phase: 'infra',
    level: 'advisory',
    title: 'Container hardening',
    reads: ['manifest'],
    passesWhen: 'readOnlyRootFilesystem and CPU/memory limits on every container',
    explain: {
        looksFor: 'Read-only root filesystem and resource limits.',
        evidence: ['`readOnlyRootFilesystem: true`, `resources.limits.cpu` and `.memory` per container'],
        why: 'Limits contain a runaway or abused server.',
        fix: 'Add them to every container.'
    },
    run(ctx) {
        const ws = workloads(ctx);
        if (!ws.length)
            return [noWorkloads('infra.hardening', ctx)];
        const outcomes = [];
        for (const ref of ws.flatMap(containersOf)) {
            if (ref.list === 'ephemeralContainers')
                continue;
            const missing = [];
            if (dig(ref.container, 'securityContext', 'readOnlyRootFilesystem') !== true)
                missing.push('readOnlyRootFilesystem: true');
            if (dig(ref.container, 'resources', 'limits', 'cpu') === undefined)
                missing.push('a CPU limit');
            if (dig(ref.container, 'resources', 'limits', 'memory') === undefined)
                missing.push('a memory limit');
            // Only unresolved actions that could write a missing setting leave it not verified; the others fail.
            const holesOf = (m) => holesFor(ref, false, m.startsWith('readOnly') ? 'securityContext' : 'resources');
            const open = missing.filter((m) => holesOf(m).length);
            const settled = missing.filter((m) => !open.includes(m));
            if (open.length && !settled.length)
                outcomes.push(unresolvedByTemplate(ref, [...new Set(open.flatMap(holesOf))], `has ${open.join(', ')}`));
            else if (settled.length)
                outcomes.push({
                    status: 'failed',
                    message: `${ref.at.note} lacks ${settled.join(', ')}.${open.length ? ` (Not verified, unresolved template values could set them: ${open.join(', ')}.)` : ''}`,
                    evidence: [ref.at],
                    fix: '```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n```'
                });
        }
        if (!outcomes.length)
            outcomes.push({
                status: 'passed',
                message: 'Every container has a read-only root filesystem and CPU and memory limits.',
                evidence: ws.flatMap(containersOf).map((r) => r.at)
            });
        return outcomes;
    }
};

const auditLogging = {
    id: 'infra.audit-logging',
    phase: 'infra',
    level: 'blocking',
    title: 'Audit logging',
    reads: ['manifest', 'source'],
    passesWhen: 'Envoy access logs and/or an application audit log record who, which tool, when, outcome and trace id',
    explain: {
        looksFor: 'Audit logs: who, which tool, when, outcome, trace id.',
        evidence: [
            'EnvoyProxy `spec.telemetry.accessLog` not disabled',
            'an application log statement with user, tool, outcome and trace id'
        ],
        why: 'Every tool call on behalf of a user must be traceable.',
        fix: 'Log each tool call with those fields, and/or enable Envoy access logs.'
    },
    run(ctx) {
        const proxies = deployedObjects(ctx).filter((o) => o.kind === 'EnvoyProxy' && o.apiVersion.startsWith('gateway.envoyproxy.io/'));
        const enabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog') !== undefined &&
            dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') !== true);
        const app = production(ctx.repo.auth.auditLogs);
        const evidence = [
            ...enabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog'], `EnvoyProxy ${p.name}: access log`)),
            ...app.map((a) => a.at)
        ];
        if (evidence.length) {
            const parts = [
                enabled.length ? `Envoy access logs (${enabled.map((p) => p.name).join(', ')})` : '',
                app.length ? 'an application audit log with user, tool, outcome and trace id' : ''
            ].filter(Boolean);
            return [{ status: 'passed', message: `Audit logging: ${parts.join(' and ')}.`, evidence }];
        }
        const disabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') === true);
        return [
            {
                status: 'failed',
                message: disabled.length
                    ? `Envoy access logs are disabled (${disabled.map((p) => p.name).join(', ')}) and no application audit log was found.`
                    : 'No Envoy access log (EnvoyProxy spec.telemetry.accessLog) and no application audit log recording user, tool, outcome and trace id.',
                evidence: disabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog', 'disable'])),
                fix: 'Log every tool call with who, which tool, when, the outcome and the trace id, e.g.:\n\n```ts\nlogger.info({ audit: true, user: authInfo.extra.user, tool: name, outcome, traceId: span.spanContext().traceId, timestamp: new Date().toISOString() })\n```\n\nand/or enable Envoy access logs:\n\n```yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyProxy\nmetadata:\n  name: internal-proxy-config\n  namespace: envoy-gateway-system\nspec:\n  telemetry:\n    accessLog:\n      settings:\n        - format:\n            type: JSON\n          sinks:\n            - type: File\n              file:\n                path: /dev/stdout\n```'
            }
        ];
    }
};

const INFRA_CHECKS = [
    gatewayRoute,
    securityPolicy,
    podSecurity,
    hardening,
    auditLogging
].map(unlessGaps);

const ENDPOINT_ENV = /^(OTEL_EXPORTER_OTLP_ENDPOINT|OTEL_EXPORTER_OTLP_TRACES_ENDPOINT|LOGFIRE_BASE_URL)$/;
/** Places that name the exporter endpoint's host: URL literals in source and OTLP env vars in manifests. */
function endpointMentions(ctx, host) {
    const atHost = (m) => hostOf(m.url) === host;
    const env = containerEnv(ctx).filter((e) => ENDPOINT_ENV.test(e.name) && typeof e.value === 'string');
    return [
        ...ctx.repo.auth.urls.filter(atHost),
        ...env.map((e) => ({ url: e.value, at: e.valueAt })).filter(atHost)
    ];
}
const tracing = {
    id: 'observability.tracing',
    phase: 'observability',
    level: 'blocking',
    title: 'Tracing',
    reads: ['source', 'manifest'],
    passesWhen: 'OpenTelemetry or Logfire tracing exports to the declared endpoint',
    explain: {
        looksFor: 'OpenTelemetry or Logfire tracing to the declared endpoint.',
        evidence: [
            'NodeSDK, `logfire.configure`, `logfire.instrument_mcp`, TracerProvider, `AddOpenTelemetry`, Go/Java SDK setup',
            'the exporter endpoint in code or `OTEL_EXPORTER_OTLP_ENDPOINT` in manifests, matching `observability.endpoint`'
        ],
        why: 'Without traces, an incident cannot be reconstructed.',
        fix: 'Set up the SDK and point the exporter at the organisation’s Logfire.'
    },
    run(ctx) {
        const setup = production(ctx.repo.auth.tracingSetup);
        const endpoint = ctx.config.observability.endpoint;
        const snippet = '```ts\nimport { NodeSDK } from "@opentelemetry/sdk-node"\nimport { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"\n\nnew NodeSDK({\n  serviceName: "' +
            ctx.config.server.name +
            '",\n  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_ENDPOINT + "/v1/traces" }),\n}).start()\n```\n\n(Python: `logfire.configure()` and `logfire.instrument_mcp()`.)';
        if (!setup.length)
            return [{ status: 'failed', message: 'No OpenTelemetry or Logfire tracing set up in source.', fix: snippet }];
        if (!endpoint)
            return [
                {
                    status: 'failed',
                    message: 'Tracing is set up, but golive.yaml declares no observability.endpoint to check the exporter against.',
                    evidence: setup.map((h) => h.at),
                    fix: '```yaml\nobservability:\n  endpoint: https://logfire.example.internal\n```'
                }
            ];
        const host = hostOf(endpoint);
        const matching = endpointMentions(ctx, host);
        if (!matching.length)
            return [
                {
                    status: 'failed',
                    message: `Tracing is set up (${setup[0].what}), but nothing points its exporter at ${host} (the declared endpoint).`,
                    evidence: setup.map((h) => h.at),
                    fix: `Set the exporter endpoint in the deployment:\n\n\`\`\`yaml\nenv:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: ${endpoint}\n\`\`\``
                }
            ];
        return [
            {
                status: 'passed',
                message: `${[...new Set(setup.map((h) => h.what))].join(', ')} exports to ${host}.`,
                evidence: [
                    ...setup.map((h) => h.at),
                    ...matching.map((m) => ({ ...m.at, note: m.at.note ?? 'exporter endpoint' }))
                ]
            }
        ];
    }
};

const spanAttributes = {
    id: 'observability.span-attributes',
    phase: 'observability',
    level: 'advisory',
    title: 'Span attributes',
    reads: ['source'],
    passesWhen: 'spans name the user and the tool',
    explain: {
        looksFor: 'Spans that name the user and the tool.',
        evidence: ['`enduser.id`/`user.id` and `mcp.tool.name`/`gen_ai.tool.name` attributes'],
        why: 'Traces must answer “who called which tool”.',
        fix: 'Set both attributes on the tool span.'
    },
    run(ctx) {
        const user = production(ctx.repo.auth.spanUser);
        const tool = production(ctx.repo.auth.spanTool);
        if (user.length && tool.length)
            return [
                {
                    status: 'passed',
                    message: `Spans name the user (${user[0].what}) and the tool (${tool[0].what}).`,
                    evidence: [user[0].at, tool[0].at]
                }
            ];
        const missing = [!user.length && 'the user (e.g. enduser.id)', !tool.length && 'the tool (e.g. mcp.tool.name)']
            .filter(Boolean)
            .join(' and ');
        return [
            {
                status: 'failed',
                message: `No span attribute names ${missing}.`,
                evidence: [...user, ...tool].map((h) => h.at),
                fix: '```ts\nspan.setAttribute("enduser.id", user)\nspan.setAttribute("mcp.tool.name", toolName)\n```'
            }
        ];
    }
};

const dashboard = {
    id: 'observability.dashboard',
    phase: 'observability',
    level: 'blocking',
    title: 'Dashboard',
    passesWhen: 'a monitoring dashboard is declared and attested or linked',
    explain: {
        looksFor: 'A monitoring dashboard.',
        evidence: ['`observability.dashboard` in golive.yaml, attested or linked from the README/docs'],
        why: 'Someone must be watching the server.',
        fix: 'Declare the dashboard and attest it.'
    },
    run(ctx) {
        const url = ctx.config.observability.dashboard;
        const fix = '```yaml\nobservability:\n  dashboard: https://logfire.example.internal/dashboards/' +
            ctx.config.server.name +
            '\nattestations:\n  - check: observability.dashboard\n    by: "@reviewer"\n    date: ' +
            ctx.today +
            '\n    note: what the dashboard shows and who watches it\n```';
        if (!url)
            return [{ status: 'failed', message: 'No monitoring dashboard declared (observability.dashboard).', fix }];
        const at = configEvidence(ctx, ['observability', 'dashboard']);
        const att = attestationFor(ctx, 'observability.dashboard');
        if (att)
            return [attested(att, `Dashboard ${url}`, [at])];
        const docs = [ctx.repo.docs.readme, ...ctx.repo.docs.docs].filter((d) => !!d);
        const linked = docs.find((d) => d.text.includes(url));
        if (linked)
            return [
                {
                    status: 'passed',
                    message: `Dashboard ${url} is declared and linked from ${linked.path}.`,
                    evidence: [
                        at,
                        { file: linked.path, line: linked.text.slice(0, linked.text.indexOf(url)).split('\n').length, column: 1 }
                    ]
                }
            ];
        return [
            {
                status: 'not verified',
                message: `Dashboard ${url} is declared, but neither attested nor linked from the README or docs.`,
                reason: 'a dashboard cannot be checked by a machine; link it from the README or have someone attest it',
                evidence: [at],
                fix
            }
        ];
    }
};

const OBSERVABILITY_CHECKS = [tracing, spanAttributes, dashboard];

const api = (endpoint, fact) => ({ api: endpoint, fact });
function notVerified(facts, what) {
    const failed = facts.filter((f) => !f.ok);
    const noToken = failed.every((f) => f.status === 'no token');
    return {
        status: 'not verified',
        message: `${what} could not be read${noToken ? ' (no token)' : ''}.`,
        reason: failed.map((f) => `${f.endpoint}: ${f.reason}`).join('; '),
        evidence: failed.map((f) => api(f.endpoint, f.reason)),
        fix: [...new Set(failed.map((f) => f.howToFix))].join('\n'),
        needsApi: true
    };
}
/** What the rules that apply to the branch and its classic protection say, together. */
function protectionOf(b) {
    const p = {
        prRequired: false,
        forcePushBlocked: false,
        deletionBlocked: false,
        requiredApprovals: 0,
        evidence: []
    };
    if (b.rules.ok) {
        for (const r of b.rules.value) {
            if (r.type === 'pull_request') {
                p.prRequired = true;
                p.requiredApprovals = Math.max(p.requiredApprovals, Number(r.parameters?.required_approving_review_count ?? 0));
            }
            if (r.type === 'non_fast_forward')
                p.forcePushBlocked = true;
            if (r.type === 'deletion')
                p.deletionBlocked = true;
        }
        p.evidence.push(api(b.rules.endpoint, b.rules.value.length ? `rules: ${b.rules.value.map((r) => r.type).join(', ')}` : 'no ruleset rules apply'));
    }
    if (b.classic?.ok) {
        const c = b.classic.value;
        p.prRequired ||= c.prRequired;
        p.forcePushBlocked ||= !c.forcePushAllowed;
        p.deletionBlocked ||= !c.deletionAllowed;
        p.requiredApprovals = Math.max(p.requiredApprovals, c.requiredReviews ?? 0);
        p.evidence.push(api(b.classic.endpoint, `classic protection: PR ${c.prRequired ? `required (${c.requiredReviews ?? 0} approvals)` : 'not required'}, force push ${c.forcePushAllowed ? 'allowed' : 'blocked'}, deletion ${c.deletionAllowed ? 'allowed' : 'blocked'}`));
    }
    return p;
}
const PROTECTION_FIX = 'Protect the branch with a ruleset (Settings → Rules → Rulesets), readable by the gate with `contents: read`:\n\n```\ngh api -X POST repos/{owner}/{repo}/rulesets --input - <<\'JSON\'\n{"name":"protect-main","target":"branch","enforcement":"active",\n "conditions":{"ref_name":{"include":["~DEFAULT_BRANCH","refs/heads/release/*"],"exclude":[]}},\n "rules":[{"type":"deletion"},{"type":"non_fast_forward"},\n  {"type":"pull_request","parameters":{"required_approving_review_count":1,"dismiss_stale_reviews_on_push":true,"require_code_owner_review":true,"require_last_push_approval":false,"required_review_thread_resolution":false}}]}\nJSON\n```';
const fileAt = (file, line = 1, column = 1, note) => ({
    file,
    line,
    column,
    ...(note ? { note } : {})
});
/** The setup and test steps for the repository's main ecosystem, for fix snippets. */
const TOOLCHAINS = [
    {
        ecosystems: ['npm'],
        setup: '      - uses: actions/setup-node@v5\n        with:\n          node-version: 24',
        test: ['npm ci', 'npm test'],
        codeql: 'javascript-typescript'
    },
    {
        ecosystems: ['pip', 'uv'],
        setup: '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"',
        test: ['pip install -e . pytest', 'pytest'],
        codeql: 'python'
    },
    {
        ecosystems: ['gomod'],
        setup: '      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod',
        test: ['go test ./...'],
        codeql: 'go'
    },
    {
        ecosystems: ['nuget'],
        setup: '      - uses: actions/setup-dotnet@v5\n        with:\n          dotnet-version: 9.0.x',
        test: ['dotnet test'],
        codeql: 'csharp'
    },
    {
        ecosystems: ['maven', 'gradle'],
        setup: '      - uses: actions/setup-java@v5\n        with:\n          distribution: temurin\n          java-version: 21',
        test: ['mvn -B verify'],
        codeql: 'java-kotlin'
    }
];
function toolchainsOf(ctx) {
    const used = Object.keys(ctx.repo.ecosystems.used);
    const found = TOOLCHAINS.filter((t) => t.ecosystems.some((e) => used.includes(e)));
    return found.length ? found : [TOOLCHAINS[0]];
}
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
    return (s) => (s.uses && actions.find((a) => a.match.test(s.uses))?.name) ||
        (s.run && commands.find((c) => c.match.test(s.run))?.name) ||
        undefined;
}
/** An outcome from an API half: the fact read, or not verified saying what would make it readable. */
function fromApi(f, judge, fileHalf) {
    if (!f || (!f.ok && f.status === 'no token'))
        return fileHalf;
    if (f.ok)
        return judge(f.value, f.endpoint);
    return {
        status: 'not verified',
        message: `${fileHalf.message} The API could not tell whether it is set up outside the repository: ${f.reason}.`,
        reason: `${f.endpoint}: ${f.reason}`,
        evidence: [...(fileHalf.evidence ?? []), { api: f.endpoint, fact: f.reason }],
        fix: `${f.howToFix}\n\n${fileHalf.fix ?? ''}`.trim(),
        needsApi: true
    };
}
/** Places of one cause, first ones named and the rest counted: "a:1, b:2 +3 more". */
function placesText(places, shown = 3) {
    const named = places
        .slice(0, shown)
        .map((p) => `${p.file}:${p.line}`)
        .join(', ');
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
        // Only names MCP allows (letters, digits, _ - .): a snippet is shown verbatim, so nothing else from the repository
        // goes in.
        tools: `## Tools\n\n${ctx.config.tools.map((t) => `- \`${/^[\w.-]{1,128}$/.test(t.name) ? t.name : 'tool_name'}\`: …`).join('\n') || '- `tool_name`: …'}`,
        auth: '## Authentication\n\nOn-behalf-of (OBO) the signed-in user; tokens validated at the gateway and in the server.',
        owner: `## Owner\n\n${ctx.config.server.owner}`
    };
    return '```markdown\n' + sections.map((s) => parts[s]).join('\n\n') + '\n```';
}
const readme = {
    id: 'policy.readme',
    phase: 'policy',
    level: 'blocking',
    title: 'README',
    passesWhen: 'a README names what the server does, its tools, its auth and its owner',
    explain: {
        looksFor: 'A README that says what the server does, its tools, its authentication and its owner.',
        evidence: [
            'README.md at the root: a prose paragraph, every declared tool name, auth words (OBO, Entra, OAuth, JWT…), the owner handle or an owner line'
        ],
        why: 'Reviewers and on-call engineers need to know what runs and who owns it.',
        fix: 'Add the four parts; the finding names what is missing.'
    },
    run(ctx) {
        const doc = ctx.repo.docs.readme;
        if (!doc) {
            return [
                {
                    status: 'failed',
                    message: 'No README at the repository root.',
                    fix: `Add README.md with: what the server does, its tools, how it authenticates (OBO), and who owns it.\n\n${readmeSkeleton(ctx, ['purpose', 'tools', 'auth', 'owner'])}`
                }
            ];
        }
        const text = doc.text;
        const items = [
            { what: 'what the server does', section: 'purpose', line: purposeLine(text) },
            { what: 'its tools', section: 'tools', line: toolsLine(text, ctx) },
            {
                what: 'its authentication',
                section: 'auth',
                line: lineOf(text, /\b(auth(entication|orization)?|OAuth|OBO|on[- ]behalf[- ]of|Entra|bearer|sign[- ]?in|JWT|OIDC)\b/i)
            },
            {
                what: 'its owner',
                section: 'owner',
                line: lineOf(text, new RegExp(`${escapeRegExp(ctx.config.server.owner)}|\\b(owner|owned by|maintainer|maintained by|contact)\\b`, 'i'))
            }
        ];
        const missing = items.filter((i) => i.line === undefined);
        const evidence = items.filter((i) => i.line !== undefined).map((i) => fileAt(doc.path, i.line, 1, i.what));
        if (missing.length) {
            return [
                {
                    status: 'failed',
                    message: `${doc.path} does not say ${missing.map((m) => m.what).join(', ')}.`,
                    evidence: evidence.length ? evidence : [fileAt(doc.path)],
                    fix: `Add to ${doc.path}: ${missing.map((m) => m.what).join('; ')}.\n\n${readmeSkeleton(ctx, missing.map((m) => m.section))}`
                }
            ];
        }
        return [
            {
                status: 'passed',
                message: `${doc.path} names what the server does, its tools, its authentication and its owner.`,
                evidence
            }
        ];
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
 * after it, on its line). Searched for, not tested line by line with a pattern per tool, which costs
 * the README's lines times the declared tools.
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
    phase: 'policy',
    level: 'advisory',
    title: 'CODEOWNERS',
    passesWhen: 'CODEOWNERS covers the repository',
    explain: {
        looksFor: 'A CODEOWNERS rule for the whole repository.',
        evidence: ['.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS with a `*` rule'],
        why: 'Code owners are who reviews and approves changes.',
        fix: 'Add `* @org/team`.'
    },
    run(ctx) {
        const co = ctx.repo.docs.codeowners;
        const fix = `Add .github/CODEOWNERS with a rule for the whole repository:\n\n\`\`\`\n* ${ctx.config.server.owner}\n\`\`\``;
        if (!co)
            return [
                { status: 'failed', message: 'No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).', fix }
            ];
        const root = rootCodeownersRule(co);
        if (root)
            return [
                {
                    status: 'passed',
                    message: `${co.path} assigns the whole repository to ${root.owners.join(' ')}.`,
                    evidence: [fileAt(co.path, root.line)]
                }
            ];
        const ownerless = lastRootCodeownersRule(co);
        if (ownerless)
            return [
                {
                    status: 'failed',
                    message: `${co.path} line ${ownerless.line}: the last rule for the whole repository (\`${ownerless.pattern}\`) names no owner, and on GitHub the last matching rule wins, so the repository has no owner.`,
                    evidence: [fileAt(co.path, ownerless.line)],
                    fix
                }
            ];
        return [
            {
                status: 'failed',
                message: `${co.path} has no rule for the whole repository (\`*\`), so some files have no owner.`,
                evidence: [fileAt(co.path, co.rules[0]?.line ?? 1)],
                fix
            }
        ];
    }
};

/**
 * Whether classic protection is worth a request: the rules that apply to the branch leave one of
 * the protections open (or could not be read). Each request counts, and classic protection needs
 * a token with Administration: read that most runs do not have.
 */
function classicProtectionNeeded(rules, isDefaultBranch) {
    const p = protectionOf({ rules });
    return !(p.prRequired && p.forcePushBlocked && p.deletionBlocked && (!isDefaultBranch || p.requiredApprovals >= 1));
}
const branchProtection = {
    id: 'policy.branch-protection',
    phase: 'policy',
    level: 'blocking',
    title: 'Branch protection',
    passesWhen: 'the default and release branches require a PR and block force pushes and deletion',
    explain: {
        looksFor: 'Protection of the default branch and release branches.',
        evidence: [
            '`GET /repos/{o}/{r}/rules/branches/{b}` (rulesets; contents read)',
            'classic `GET …/branches/{b}/protection` (Administration: read)',
            'the branch listing’s `protected` flag'
        ],
        why: 'Without it, anyone with write access can push to production unreviewed.',
        fix: 'Add a ruleset requiring pull requests and blocking force pushes and deletion; classic rules need a fine-grained token with Administration: read to be read.'
    },
    api: { classicProtection: classicProtectionNeeded },
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Branch protection')];
        const outcomes = [];
        // The listing names the release branches; unreadable, their protection was never asked: say so.
        const listing = gh.branchListing;
        if (!listing.ok && listing.status !== 'no token' && ctx.config.releaseBranches.length) {
            outcomes.push({
                ...notVerified([listing], `The branches matching ${ctx.config.releaseBranches.join(', ')}`),
                message: `Release branches (${ctx.config.releaseBranches.join(', ')}) could not be listed, so their protection was not read.`,
                needsApi: true
            });
        }
        return outcomes.concat(gh.branches.map((b) => {
            const p = protectionOf(b);
            const missing = [
                !p.prRequired && 'pull requests required',
                !p.forcePushBlocked && 'force pushes blocked',
                !p.deletionBlocked && 'deletion blocked'
            ].filter(Boolean);
            if (!missing.length)
                return {
                    status: 'passed',
                    message: `${b.branch} requires pull requests and blocks force pushes and deletion.`,
                    evidence: p.evidence,
                    needsApi: true
                };
            // What is missing may be in classic protection we could not read.
            if (!b.classic?.ok) {
                if (b.listing.ok && !b.listing.value.protected) {
                    return {
                        status: 'failed',
                        message: `${b.branch} is not protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (the branch listing says protected: false).`,
                        evidence: [...p.evidence, api(b.listing.endpoint, 'protected: false')],
                        fix: PROTECTION_FIX,
                        needsApi: true
                    };
                }
                const facts = [...(b.classic ? [b.classic] : []), ...(b.rules.ok ? [] : [b.rules])];
                return {
                    ...notVerified(facts, `Classic branch protection of ${b.branch}`),
                    message: `${b.branch}: ${missing.join(', ')} not seen in rulesets, and classic protection could not be read${b.listing.ok ? ' (the branch is marked protected)' : ''}.`,
                    evidence: [
                        ...p.evidence,
                        ...facts.filter((f) => !f.ok).map((f) => api(f.endpoint, f.reason))
                    ]
                };
            }
            return {
                status: 'failed',
                message: `${b.branch} is not fully protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
                evidence: p.evidence,
                fix: PROTECTION_FIX,
                needsApi: true
            };
        }));
    }
};

const codeReview = {
    id: 'policy.code-review',
    phase: 'policy',
    level: 'blocking',
    title: 'Code review',
    passesWhen: 'at least one approving review is required, and a PR has one from someone other than the author',
    explain: {
        looksFor: 'Required approving reviews, and the PR’s own approvals.',
        evidence: [
            '`required_approving_review_count` in rules or classic protection',
            '`GET …/pulls/{n}/reviews`: an approval from someone other than the author on the head commit'
        ],
        why: 'Four eyes on every change to a production server.',
        fix: 'Require at least one approval; get a review of the head commit (older approvals are stale).'
    },
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Required reviews')];
        const outcomes = [];
        const main = gh.branches[0];
        const p = protectionOf(main);
        if (p.requiredApprovals >= 1)
            outcomes.push({
                status: 'passed',
                message: `${main.branch} requires ${counted(p.requiredApprovals, 'approving review')}.`,
                evidence: p.evidence,
                needsApi: true
            });
        else if (main.classic && !main.classic.ok && !main.rules.ok)
            outcomes.push(notVerified([main.rules, main.classic], 'Required reviews'));
        else if (main.classic && !main.classic.ok && !(main.listing.ok && !main.listing.value.protected))
            outcomes.push({
                ...notVerified([main.classic], 'Required reviews in classic protection'),
                message: `No ruleset requires an approving review on ${main.branch}, and classic protection could not be read.`
            });
        else
            outcomes.push({
                status: 'failed',
                message: `${main.branch} does not require an approving review.`,
                evidence: p.evidence,
                fix: PROTECTION_FIX,
                needsApi: true
            });
        const pull = gh.context.pull;
        if (pull && gh.reviews) {
            if (!gh.reviews.ok)
                outcomes.push(notVerified([gh.reviews], `Reviews of pull request #${pull.number}`));
            else {
                const approvals = latestByUser(gh.reviews.value).filter((r) => r.state === 'APPROVED' && r.user !== pull.author);
                const current = approvals.filter((r) => !r.commitId || r.commitId === pull.headSha);
                const ev = [
                    api(gh.reviews.endpoint, approvals.length
                        ? `approved by ${approvals.map((r) => `${r.user}${r.commitId && r.commitId !== pull.headSha ? ' (on an older commit)' : ''}`).join(', ')}`
                        : 'no approving review from anyone but the author')
                ];
                if (current.length)
                    outcomes.push({
                        status: 'passed',
                        message: `Pull request #${pull.number} is approved by ${current.map((r) => r.user).join(', ')} on its head commit.`,
                        evidence: ev,
                        needsApi: true
                    });
                else if (approvals.length)
                    outcomes.push({
                        status: 'failed',
                        message: `Pull request #${pull.number} was approved only on an older commit (stale approval); it needs a review of the head commit.`,
                        evidence: ev,
                        needsApi: true
                    });
                else
                    outcomes.push({
                        status: 'failed',
                        message: `Pull request #${pull.number} has no approving review from someone other than its author (${pull.author}).`,
                        evidence: ev,
                        fix: 'Ask a reviewer (a code owner) to approve the pull request.',
                        needsApi: true
                    });
            }
        }
        return outcomes;
    }
};
/** A reviewer's latest review counts (a later "changes requested" replaces an approval). */
function latestByUser(reviews) {
    const last = new Map();
    for (const r of reviews)
        if (r.state !== 'COMMENTED')
            last.set(r.user, r);
    return [...last.values()];
}

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
    phase: 'policy',
    level: 'advisory',
    title: 'Release process',
    passesWhen: 'a release process exists (release workflow, tags/releases, changelog)',
    explain: {
        looksFor: 'A release process.',
        evidence: [
            'a workflow on releases or version tags',
            'release tools (release-please, changesets, semantic-release, GoReleaser, gh release)',
            'a CHANGELOG'
        ],
        why: 'Releases must be reproducible and traceable.',
        fix: 'Add a release workflow on `v*` tags and keep a changelog.'
    },
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
        return [
            {
                status: 'failed',
                message: 'No release process: no workflow on releases or tags, no release tool, no changelog.',
                fix: 'Add a release workflow, e.g. on version tags:\n\n```yaml\nname: release\non:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n        env:\n          GH_TOKEN: ${{ github.token }}\n```\n\nand keep a CHANGELOG.md.'
            }
        ];
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
    phase: 'policy',
    level: 'critical',
    title: 'Tests in CI',
    reads: ['workflow'],
    passesWhen: 'a CI workflow runs the tests on pull requests',
    explain: {
        looksFor: 'A workflow that runs the tests on pull requests.',
        evidence: [
            '.github/workflows parsed: `on: pull_request`, a step running a test command (npm test, pytest, go test, dotnet test, mvn verify, …); local reusable workflows followed'
        ],
        why: 'No CI means no evidence the code works — a red flag that stops go-live.',
        fix: 'Add a workflow on `pull_request` that installs and runs the tests.'
    },
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
                    return [
                        {
                            status: 'passed',
                            message: `${wf.path} runs the tests on pull requests (job \`${job.id}\`).`,
                            evidence: [fileAt(wf.path, step.line, step.column, step.run?.split('\n')[0])]
                        }
                    ];
                const called = job.uses?.startsWith('./') ? wfs.find((w) => w.path === job.uses.slice(2)) : undefined;
                const calledStep = called?.jobs.flatMap((j) => j.steps).find(stepRunsTests);
                if (called && calledStep) {
                    return [
                        {
                            status: 'passed',
                            message: `${wf.path} runs the tests on pull requests through ${called.path}.`,
                            evidence: [
                                fileAt(wf.path, job.line, job.column),
                                fileAt(called.path, calledStep.line, calledStep.column, calledStep.run?.split('\n')[0])
                            ]
                        }
                    ];
                }
            }
        }
        const broken = wfs.filter((w) => w.error);
        const evidence = [...onPr, ...broken].map((w) => fileAt(w.path, 1, 1, w.error ? `not read: ${w.error}` : 'runs on pull requests, no test step'));
        const message = onPr.length
            ? `Workflows run on pull requests (${onPr.map((w) => w.path).join(', ')}) but no step runs a test command.`
            : `No workflow runs on pull_request (${counted(wfs.length, 'workflow')} read).`;
        return [{ status: 'failed', message, evidence, fix }];
    }
};
function ciFix(ctx) {
    const t = toolchainsOf(ctx)[0];
    return `Add a workflow that runs the tests on every pull request, e.g. \`.github/workflows/ci.yml\`:\n\n\`\`\`yaml\nname: ci\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${t.setup}\n${t.test.map((c) => `      - run: ${c}`).join('\n')}\n\`\`\``;
}

const testData = {
    id: 'policy.test-data',
    phase: 'policy',
    level: 'critical',
    title: 'Test data only',
    reads: ['source', 'config text'],
    readsOnlyTests: true,
    passesWhen: 'test fixtures hold test/mock data only',
    explain: {
        looksFor: 'Test code and fixtures hold test data only.',
        evidence: [
            'e-mail addresses outside reserved test domains, tenant/directory GUIDs that are not placeholders, national id numbers, phone numbers, credentials — in test paths'
        ],
        why: 'Production data in tests leaks personal data and tenant identifiers.',
        fix: 'Use example.com addresses, the zero GUID and invented values.'
    },
    run(ctx) {
        const hits = ctx.repo.secrets.testData;
        if (!hits.length)
            return [
                {
                    status: 'passed',
                    message: 'Test code and fixtures hold test data only: no real e-mail addresses, tenant ids, national id numbers or phone numbers (credentials are policy.secrets’ business).'
                }
            ];
        return groupBy(hits, (h) => h.fingerprint).map((group) => ({
            status: 'failed',
            message: `Test data holds what looks like a real ${group[0].kind} (${group[0].masked}) in ${counted(group.length, 'place')}: ${placesText(group.map((h) => h.at))}.`,
            evidence: group.map((h) => h.at),
            fix: 'Replace it with mock data: e-mail addresses at example.com, the zero GUID 00000000-0000-0000-0000-000000000000 for tenants, invented names and numbers.'
        }));
    }
};

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
const secrets = {
    id: 'policy.secrets',
    phase: 'policy',
    level: 'critical',
    title: 'No committed secrets',
    reads: ['source', 'manifest', 'workflow', 'config text'],
    passesWhen: 'no credentials are committed anywhere in the repository',
    explain: {
        looksFor: 'Committed credentials anywhere in the repository.',
        evidence: [
            'rules after gitleaks’ default set: cloud keys, GitHub/GitLab/Slack/npm tokens, private keys, JWTs, connection strings with passwords, secret-named settings, .env values'
        ],
        why: 'A committed secret is leaked: everyone with read access has it.',
        fix: 'Revoke it, remove it, load it from a secret store at run time. Findings show at most the first 4 characters.'
    },
    run(ctx) {
        const { secrets: hits, suppressed } = ctx.repo.secrets;
        const allowed = suppressed.length
            ? ` ${counted(suppressed.length, 'place')} carry an inline allow marker and were not reported.`
            : '';
        if (!hits.length)
            return [
                { status: 'passed', message: `No committed credentials found (${ctx.repo.scan.files} files read).${allowed}` }
            ];
        // One finding per secret value: its places as evidence. A value blocks when it is in production
        // code and not a public example, or when its checksum proves it was issued, wherever it is.
        const outcomes = groupBy(hits, (h) => h.fingerprint).map((group) => {
            const production = group.filter((h) => !h.isTest && !h.isDoc);
            const first = production[0] ?? group[0];
            const blocking = group.some((h) => h.verified) || (production.length > 0 && !first.documented);
            const places = [...production, ...group.filter((h) => h.isTest || h.isDoc)].map((h) => h.at);
            const where = production.length
                ? ''
                : group.some((h) => h.isTest)
                    ? ' (test code)'
                    : ' (documentation or examples)';
            const why = first.documented
                ? ` It is ${first.documented}.`
                : group.some((h) => h.verified)
                    ? ' Its checksum holds: it was issued, not made up.'
                    : '';
            return {
                status: 'failed',
                message: `${first.description} (${first.masked}) committed in ${counted(places.length, 'place')}${where}: ${placesText(places)}.${why}`,
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

/** The API half of policy.environments: GitHub environments exist and prod is protected. */
function environmentsFromApi(ctx) {
    const gh = ctx.github;
    if (!gh)
        return [notVerified([noToken('GET /repos/{owner}/{repo}/environments')], 'GitHub environments')];
    if (!gh.environments.ok)
        return [notVerified([gh.environments], 'GitHub environments')];
    const envs = gh.environments.value;
    const wanted = ctx.config.environments;
    const missing = wanted.filter((w) => !envs.some((e) => e.name.toLowerCase() === w.toLowerCase()));
    const ev = [
        api(gh.environments.endpoint, `environments: ${envs.map((e) => `${e.name}${e.reviewers ? ' (required reviewers)' : ''}${e.waitTimer ? ' (wait timer)' : ''}${e.branchPolicy ? ' (branch policy)' : ''}`).join(', ') || 'none'}`)
    ];
    if (missing.length)
        return [
            {
                status: 'failed',
                message: `GitHub environments missing: ${missing.join(', ')}.`,
                evidence: ev,
                fix: missing
                    .map((m) => `gh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${m}`)
                    .join('\n'),
                needsApi: true
            }
        ];
    const prodName = prodEnvironment(wanted);
    const prod = envs.find((e) => e.name.toLowerCase() === prodName.toLowerCase());
    if (!prod.reviewers && !prod.waitTimer && !prod.branchPolicy)
        return [
            {
                status: 'failed',
                message: `The ${prod.name} environment has no protection: no required reviewers, wait timer or deployment branch policy.`,
                evidence: ev,
                fix: `Add required reviewers to ${prod.name} (Settings → Environments), or a deployment branch policy:\n\n\`\`\`\ngh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${prod.name} -F "deployment_branch_policy[protected_branches]=true" -F "deployment_branch_policy[custom_branch_policies]=false"\n\`\`\``,
                needsApi: true
            }
        ];
    return [
        {
            status: 'passed',
            message: `GitHub environments ${wanted.join(', ')} exist and ${prod.name} is protected.`,
            evidence: ev,
            needsApi: true
        }
    ];
}
const DEPLOY_COMMAND = /\b(kubectl\s+apply|helm\s+(upgrade|install)|kustomize\s+build|argocd\s+app\s+sync|az\s+(aks|webapp|containerapp)\b|flux\s+reconcile)/;
const environments = {
    id: 'policy.environments',
    phase: 'policy',
    level: 'blocking',
    title: 'Environment separation',
    passesWhen: 'dev and prod are separate, and prod is protected',
    explain: {
        looksFor: 'Separate dev and prod.',
        evidence: [
            'overlays/<env>, environments/<env>, values-<env>.yaml with distinct namespaces',
            'deploy jobs that declare `environment:`',
            '`GET …/environments`: the environments exist and prod has reviewers, a wait timer or a branch policy'
        ],
        why: 'Production must not be reachable by a mistake in dev.',
        fix: 'One overlay and namespace per environment; protect the prod environment.'
    },
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
            outcomes.push({
                status: 'failed',
                message: `No deployment configuration for ${missing.map((m) => m.env).join(', ')} (looked for overlays/<env>, environments/<env>, values-<env>.yaml).`,
                evidence: perEnv.filter((e) => e.path).map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })),
                fix: 'Keep one overlay per environment, each with its own namespace:\n\n```yaml\n# deploy/overlays/prod/kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ' +
                    ctx.config.server.name +
                    '-prod\nresources:\n  - ../../base\n```'
            });
        }
        const nsValues = [...namespaces.values()];
        if (nsValues.length > 1 && new Set(nsValues).size < nsValues.length) {
            outcomes.push({
                status: 'failed',
                message: `Environments share a namespace (${[...namespaces.entries()].map(([e, n]) => `${e}: ${n}`).join(', ')}).`,
                fix: 'Give every environment its own namespace (and host).'
            });
        }
        const deployJobs = ctx.repo.workflows.flatMap((w) => w.jobs
            .filter((j) => j.steps.some((s) => DEPLOY_COMMAND.test(s.run ?? '')) &&
            new RegExp(prodName, 'i').test(`${j.id} ${j.steps.map((s) => s.run ?? '').join(' ')}`))
            .map((j) => ({ w, j })));
        for (const { w, j } of deployJobs) {
            if (!j.environment || !new RegExp(`^${prodName}`, 'i').test(j.environment))
                outcomes.push({
                    status: 'failed',
                    message: `Job \`${j.id}\` in ${w.path} deploys to ${prodName} without \`environment: ${prodName}\`, so no reviewers or branch policy gate it.`,
                    evidence: [{ file: w.path, line: j.line, column: j.column }],
                    fix: `\`\`\`yaml\njobs:\n  ${j.id}:\n    environment: ${prodName}\n\`\`\``
                });
        }
        if (!outcomes.length) {
            const envJobs = ctx.repo.workflows.flatMap((w) => w.jobs
                .filter((j) => j.environment)
                .map((j) => ({ file: w.path, line: j.line, column: j.column, note: `environment: ${j.environment}` })));
            outcomes.push({
                status: 'passed',
                message: `Separate deployment configuration for ${envs.join(', ')}${namespaces.size ? ` (namespaces ${[...namespaces.values()].join(', ')})` : ''}.`,
                evidence: [...perEnv.map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })), ...envJobs]
            });
        }
        // The API half: GitHub environments exist and prod is protected.
        return [...outcomes, ...environmentsFromApi(ctx)];
    }
};

function codeqlFix(ctx) {
    const languages = toolchainsOf(ctx)
        .map((t) => t.codeql)
        .join(', ');
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
/** The SAST step in the checkout's workflows, if any. */
function sastStep(repo) {
    return findStep(repo.workflows, recogniseBy(SAST_ACTIONS, SAST_COMMANDS));
}
const securityScanning = {
    id: 'policy.security-scanning',
    phase: 'policy',
    level: 'critical',
    title: 'Security scanning',
    reads: ['workflow'],
    passesWhen: 'a SAST scanner runs (CodeQL or another)',
    explain: {
        looksFor: 'A SAST scanner in CI.',
        evidence: ['CodeQL, Semgrep, Snyk Code, SonarQube, Bearer, gosec, Bandit, Checkmarx, Microsoft Security DevOps'],
        why: 'No security scanning is a red flag that stops go-live.',
        fix: 'Add CodeQL for the repository’s languages.'
    },
    // CodeQL default setup leaves no file: the API is asked only when no SAST step is in a workflow.
    api: { optional: (repo) => ({ codeScanning: !sastStep(repo) }) },
    run(ctx) {
        const found = sastStep(ctx.repo);
        if (found)
            return [
                {
                    status: 'passed',
                    message: `${found.name} runs in ${found.wf.path}.`,
                    evidence: [
                        fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
                    ]
                }
            ];
        const fileHalf = {
            status: 'failed',
            message: `No SAST scanner (CodeQL, Semgrep, Snyk Code, SonarQube, gosec, Bandit, …) runs in any workflow${ctx.github ? '' : ' (CodeQL default setup, which has no workflow file, is read from the API by the action)'}.`,
            fix: codeqlFix(ctx)
        };
        return [
            fromApi(ctx.github?.codeScanning, (analyses, endpoint) => {
                const latest = analyses[0];
                if (latest)
                    return {
                        status: 'passed',
                        message: `${latest.tool || 'A code scanning tool'} analyses ${latest.ref || ctx.github.defaultBranch} (latest ${latest.createdAt.slice(0, 10)}); no workflow file in the repository, so it is set up in the repository settings (e.g. CodeQL default setup).`,
                        evidence: [
                            { api: endpoint, fact: `latest analysis: ${latest.tool} on ${latest.ref} at ${latest.createdAt}` }
                        ],
                        needsApi: true
                    };
                return {
                    ...fileHalf,
                    message: `${fileHalf.message.replace(/\.$/, '')}, and the default branch has no code scanning analysis.`,
                    evidence: [{ api: endpoint, fact: 'no code scanning analysis' }],
                    needsApi: true
                };
            }, fileHalf)
        ];
    }
};

/** Ecosystems a dependency bot must cover; docker and github-actions are noted but do not fail. */
const REQUIRED_ECOSYSTEMS = new Set(['npm', 'pip', 'uv', 'gomod', 'nuget', 'maven', 'gradle']);
const SAME_ECOSYSTEM = { pip: ['pip', 'uv'], uv: ['uv', 'pip'] };
const dependencyUpdates = {
    id: 'policy.dependency-updates',
    phase: 'policy',
    level: 'blocking',
    title: 'Dependency updates',
    reads: ['workflow'],
    passesWhen: 'Dependabot or Renovate covers the server’s ecosystems',
    explain: {
        looksFor: 'Dependabot or Renovate for the ecosystems in use.',
        evidence: [
            '.github/dependabot.yml `updates[].package-ecosystem` against manifests (package.json, pyproject.toml, go.mod, *.csproj, pom.xml, …)',
            'renovate.json'
        ],
        why: 'Known-vulnerable dependencies are the easiest way in.',
        fix: 'Add each ecosystem to dependabot.yml.'
    },
    // Dependabot security updates leave no file: the API is asked only when no config covers the ecosystems.
    api: { optional: (repo) => ({ securityUpdates: !repo.ecosystems.dependabot && !repo.ecosystems.renovate }) },
    run(ctx) {
        const { used, dependabot, renovate } = ctx.repo.ecosystems;
        const needed = Object.keys(used).filter((e) => REQUIRED_ECOSYSTEMS.has(e));
        if (renovate)
            return [
                {
                    status: 'passed',
                    message: `Renovate is configured (${renovate.path}); it covers every ecosystem it detects.`,
                    evidence: [fileAt(renovate.path)]
                }
            ];
        const snippet = (ecos) => '```yaml\nversion: 2\nupdates:\n' +
            ecos
                .map((e) => `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly`)
                .join('\n') +
            '\n```';
        const all = Object.keys(used);
        if (!dependabot) {
            const fileHalf = {
                status: needed.length ? 'failed' : 'warning',
                message: needed.length
                    ? `Neither Dependabot nor Renovate is configured; the repository uses ${needed.join(', ')}.`
                    : 'Neither Dependabot nor Renovate is configured.',
                evidence: needed.map((e) => fileAt(used[e], 1, 1, `${e} manifest`)),
                fix: `Add .github/dependabot.yml:\n\n${snippet(all.length ? all : ['npm'])}`
            };
            return [
                fromApi(ctx.github?.securityUpdates, (setting, endpoint) => {
                    if (setting.enabled && !setting.paused)
                        return {
                            status: 'passed',
                            message: 'Dependabot security updates are enabled in the repository settings (no dependabot.yml: vulnerable dependencies are updated, others are not; a dependabot.yml adds version updates).',
                            evidence: [{ api: endpoint, fact: 'enabled: true, paused: false' }],
                            needsApi: true
                        };
                    return {
                        ...fileHalf,
                        message: `${fileHalf.message} Dependabot security updates are ${setting.enabled ? 'paused' : 'not enabled'} either.`,
                        evidence: [
                            ...(fileHalf.evidence ?? []),
                            { api: endpoint, fact: setting.enabled ? 'enabled: true, paused: true' : 'not enabled' }
                        ],
                        needsApi: true
                    };
                }, fileHalf)
            ];
        }
        if (dependabot.error)
            return [
                {
                    status: 'failed',
                    message: `${dependabot.path} cannot be read: ${dependabot.error}.`,
                    evidence: [fileAt(dependabot.path)],
                    fix: `Fix ${dependabot.path}:\n\n${snippet(all)}`
                }
            ];
        const covered = new Set(dependabot.ecosystems.map((e) => e.name));
        const missing = needed.filter((e) => !(SAME_ECOSYSTEM[e] ?? [e]).some((x) => covered.has(x)));
        const optionalMissing = all.filter((e) => !REQUIRED_ECOSYSTEMS.has(e) && !covered.has(e));
        const evidence = dependabot.ecosystems.map((e) => fileAt(dependabot.path, e.line, e.column, e.name));
        if (missing.length) {
            return [
                {
                    status: 'failed',
                    message: `${dependabot.path} does not cover ${missing.join(', ')} (seen in ${missing.map((e) => used[e]).join(', ')}).`,
                    evidence,
                    fix: `Add to the \`updates\` list of ${dependabot.path}:\n\n${snippet(missing).replace('version: 2\nupdates:\n', '')}`
                }
            ];
        }
        const note = optionalMissing.length ? ` Not covered, and worth adding: ${optionalMissing.join(', ')}.` : '';
        return [{ status: 'passed', message: `${dependabot.path} covers ${[...covered].join(', ')}.${note}`, evidence }];
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
    phase: 'policy',
    level: 'advisory',
    title: 'Container scan',
    reads: ['workflow'],
    passesWhen: 'the container image is scanned',
    explain: {
        looksFor: 'A scan of the container image.',
        evidence: ['Trivy, Grype, Docker Scout, Snyk Container, Defender in a workflow'],
        why: 'Base images carry vulnerabilities of their own.',
        fix: 'Add a Trivy step after the image build.'
    },
    run(ctx) {
        const hasImage = ctx.repo.paths.some((p) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/.test(p)) ||
            ctx.repo.workflows.some((w) => w.jobs.some((j) => j.steps.some((s) => /docker\/build-push-action@/.test(s.uses ?? '') || /\bdocker\s+build\b/.test(s.run ?? ''))));
        if (!hasImage)
            return [{ status: 'not applicable', message: 'No container image is built from this repository.' }];
        const found = findStep(ctx.repo.workflows, recogniseBy(CONTAINER_SCAN_ACTIONS, CONTAINER_SCAN_COMMANDS));
        if (found)
            return [
                {
                    status: 'passed',
                    message: `${found.name} scans the image in ${found.wf.path}.`,
                    evidence: [
                        fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
                    ]
                }
            ];
        return [
            {
                status: 'failed',
                message: 'The repository builds a container image, but no workflow scans it (Trivy, Grype, Docker Scout, Snyk Container, Defender).',
                fix: '```yaml\n- name: Scan the image\n  uses: aquasecurity/trivy-action@0.33.1\n  with:\n    image-ref: ${{ env.IMAGE }}\n    exit-code: "1"\n    severity: CRITICAL,HIGH\n```'
            }
        ];
    }
};

/** "prod", "production", "engineering-prod", "values-prod.yaml" — not "product" or "reproduce". */
const PROD_WORD = /(^|[^a-z])prod(uction)?([^a-z]|$)/i;
/** "zone-2", "zone_b", "zone3" — not "timezone". */
const ZONE_IN_TEXT = /(?:^|[^a-z])zone[-_ ]?([0-9a-z]+)/i;
const zone = {
    id: 'policy.zone',
    phase: 'policy',
    level: 'blocking',
    title: 'Zone model',
    reads: ['manifest'],
    passesWhen: 'the production deployment lands in the declared zone',
    explain: {
        looksFor: 'The production deployment lands in the declared zone.',
        evidence: [
            'Argo CD Applications naming prod (name, folder, destination, source path or values file): zone labels, zone folders, projects or destinations',
            'ApplicationSets: list generators expanded from the file; other generators ask a live system and are not verified unless the template names the zone'
        ],
        why: 'The zone model decides which networks and data a workload may reach.',
        fix: 'Keep the prod Application in the repository with a zone label matching `server.zone`.'
    },
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
            return [
                {
                    status: 'not verified',
                    message: 'No Argo CD Application for production was found, so where prod lands cannot be read.',
                    reason: 'no argoproj.io Application/ApplicationSet naming prod in this repository',
                    evidence: apps.map((a) => a.at),
                    fix: `Keep the prod Application in the repository, under a zone folder or with a zone label:\n\n\`\`\`yaml\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${ctx.config.server.name}-prod\n  labels:\n    zone: "${declared}"\nspec:\n  project: zone-${declared}\n\`\`\``
                }
            ];
        }
        const outcomes = [];
        for (const a of prodApps) {
            const z = zoneOf(a);
            const from = a.generatedBy ? ` (generated by ApplicationSet ${a.generatedBy.appSet})` : '';
            if (z === undefined && a.generatedBy && !a.generatedBy.expanded) {
                outcomes.push({
                    status: 'not verified',
                    message: `ApplicationSet ${a.generatedBy.appSet} makes its Applications with a ${a.generatedBy.generator} generator, which asks a live system; where they land cannot be read from the repository.`,
                    reason: `${a.generatedBy.generator} generator: its parameters are not in the files`,
                    evidence: [a.at],
                    fix: `Put the zone in the ApplicationSet's template:\n\n${templateLabel}`
                });
            }
            else if (z === undefined)
                outcomes.push({
                    status: 'not verified',
                    message: `Application ${a.name}${from} says nothing about its zone.`,
                    reason: 'no zone label, folder, project, destination or source path',
                    evidence: [a.at],
                    fix: a.generatedBy
                        ? `Add a zone label to the ApplicationSet's template (or a \`zone\` key to each list element, used as \`'{{.zone}}'\`):\n\n${templateLabel}`
                        : `Add a zone label:\n\n\`\`\`yaml\nmetadata:\n  labels:\n    zone: "${declared}"\n\`\`\``
                });
            else if (z !== declared)
                outcomes.push({
                    status: 'failed',
                    message: `Application ${a.name}${from} lands in zone ${z}, but golive.yaml declares zone ${declared}.`,
                    evidence: [a.at],
                    fix: `Move the Application to the zone-${declared} project/cluster, or correct \`server.zone\`.`
                });
            else
                outcomes.push({
                    status: 'passed',
                    message: `Production Application ${a.name}${from} lands in zone ${declared}.`,
                    evidence: [a.at]
                });
        }
        return outcomes;
    }
};

const POLICY_CHECKS = [
    readme,
    codeowners,
    branchProtection,
    codeReview,
    releaseProcess,
    ciTests,
    testData,
    secrets,
    environments,
    securityScanning,
    dependencyUpdates,
    containerScan,
    zone
];

/** Waivers may run at most this long, and are flagged this many days before they end. */
const MAX_WAIVER_DAYS = 180;
const WAIVER_WARNING_DAYS = 14;
const DAY = 86_400_000;
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const config = {
    id: 'report.config',
    phase: 'report',
    level: 'blocking',
    title: 'Configuration',
    passesWhen: 'golive.yaml is valid and every waiver is current',
    explain: {
        looksFor: 'The configuration the verdict rests on.',
        evidence: [
            'golive.yaml validity and its waivers: expired fails, more than 180 days ahead fails, 14 days or less warns'
        ],
        why: 'An expired waiver means an open item is open again.',
        fix: 'Fix the item or renew the waiver with its approver.'
    },
    run(ctx) {
        const outcomes = [];
        ctx.config.waivers.forEach((w, i) => {
            const left = daysBetween(ctx.today, w.expires);
            const at = configEvidence(ctx, ['waivers', i, 'expires'], `waiver of ${w.check}`);
            if (left < 0) {
                outcomes.push({
                    status: 'failed',
                    message: `The waiver of ${w.check} expired on ${w.expires}; ${w.check} is open again.`,
                    evidence: [at],
                    fix: `Fix ${w.check}, or have ${w.approvedBy} renew the waiver with a new \`expires\` date (at most ${MAX_WAIVER_DAYS} days ahead).`
                });
            }
            else if (left > MAX_WAIVER_DAYS) {
                outcomes.push({
                    status: 'failed',
                    message: `The waiver of ${w.check} runs until ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead.`,
                    evidence: [at],
                    fix: `Set \`expires\` to ${MAX_WAIVER_DAYS} days from now or less, and renew it when it ends.`
                });
            }
            else if (left <= WAIVER_WARNING_DAYS) {
                outcomes.push({
                    status: 'warning',
                    message: `The waiver of ${w.check} expires on ${w.expires} (in ${counted(left, 'day')}).`,
                    evidence: [at],
                    fix: `Fix ${w.check} before ${w.expires}, or have ${w.approvedBy} renew the waiver.`
                });
            }
        });
        for (const [i, why] of ctx.unapproved?.waivers ?? [])
            outcomes.push({
                status: 'not verified',
                message: `${why}.`,
                reason: 'waiver not approved by its approver on this pull request',
                evidence: [configEvidence(ctx, ['waivers', i, 'approvedBy'])],
                fix: `Ask ${ctx.config.waivers[i].approvedBy} to approve the pull request.`,
                needsApi: true
            });
        for (const [i, why] of ctx.unapproved?.attestations ?? [])
            outcomes.push({
                status: 'not verified',
                message: `${why}.`,
                reason: 'attestation not approved by its author on this pull request',
                evidence: [configEvidence(ctx, ['attestations', i, 'by'])],
                fix: `Ask ${ctx.config.attestations[i].by} to approve the pull request.`,
                needsApi: true
            });
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
    phase: 'report',
    level: 'blocking',
    title: 'Go-live approval',
    passesWhen: 'the go-live is approved by a CODEOWNER or an approver',
    explain: {
        looksFor: 'The go-live approval.',
        evidence: ['on a PR: an approving review by a golive.yaml `approvers` entry or a CODEOWNER'],
        why: 'A named person signs off the go-live.',
        fix: 'Ask an approver to review the pull request.'
    },
    run(ctx) {
        const approvers = approversOf(ctx);
        const gh = ctx.github;
        const pull = gh?.context.pull;
        if (!gh)
            return [
                {
                    status: 'not verified',
                    message: 'Go-live approval is read from the pull request’s reviews; a local run cannot see them (no token).',
                    reason: 'no token (local run)',
                    needsApi: true
                }
            ];
        if (!pull)
            return [
                {
                    status: 'not applicable',
                    message: `Approval is judged on pull requests; this is a ${gh.context.eventName || 'non-PR'} run.`
                }
            ];
        if (!gh.reviews?.ok)
            return [
                {
                    status: 'not verified',
                    message: `The reviews of pull request #${pull.number} could not be read.`,
                    reason: gh.reviews && !gh.reviews.ok ? `${gh.reviews.endpoint}: ${gh.reviews.reason}` : 'not requested',
                    fix: gh.reviews && !gh.reviews.ok ? gh.reviews.howToFix : undefined,
                    needsApi: true
                }
            ];
        const users = approvers.filter((a) => !a.includes('/')).map((a) => a.slice(1).toLowerCase());
        const teams = approvers.filter((a) => a.includes('/'));
        const approved = gh.reviews.value.filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase());
        const byApprover = approved.filter((r) => users.includes(r.user.toLowerCase()));
        const evidence = [
            {
                api: gh.reviews.endpoint,
                fact: approved.length
                    ? `approved by ${approved.map((r) => `${r.user}${r.submittedAt ? ` at ${r.submittedAt}` : ''}${r.commitId ? ` on ${r.commitId.slice(0, 7)}` : ''}`).join(', ')}`
                    : 'no approving review'
            }
        ];
        if (byApprover.length)
            return [
                {
                    status: 'passed',
                    message: `Go-live approved by ${byApprover.map((r) => r.user).join(', ')}.`,
                    evidence,
                    needsApi: true
                }
            ];
        if (approved.length && teams.length)
            return [
                {
                    status: 'not verified',
                    message: `Approved by ${approved.map((r) => r.user).join(', ')}, but whether they belong to ${teams.join(', ')} cannot be read with this token.`,
                    reason: 'team membership needs a token with members: read (organisation)',
                    evidence,
                    fix: 'List the approvers by handle in golive.yaml `approvers`, or give the action a token with Members: read.',
                    needsApi: true
                }
            ];
        return [
            {
                status: 'failed',
                message: `No approval from a code owner or an approver (${approvers.join(', ') || 'none listed'}).`,
                evidence,
                fix: 'Ask one of the approvers to review and approve the pull request, or list approvers in golive.yaml `approvers`.',
                needsApi: true
            }
        ];
    }
};

const REPORT_CHECKS = [config, approval];

const TOOL_INDEXES = new WeakMap();
/** Where a declared tool is in golive.yaml's list (the first of that name), from a map made once per list. */
function toolIndex(ctx, name) {
    let index = TOOL_INDEXES.get(ctx.config.tools);
    if (!index) {
        index = new Map();
        for (const [i, t] of ctx.config.tools.entries())
            if (!index.has(t.name))
                index.set(t.name, i);
        TOOL_INDEXES.set(ctx.config.tools, index);
    }
    return index.get(name) ?? -1;
}
// ---------------------------------------------------------------- per-tool capabilities
const MATRICES = new WeakMap();
/** The tool × leg matrix of this run (declared, raised by evidence), made once. */
function toolMatrix(ctx) {
    let m = MATRICES.get(ctx.repo.capabilities);
    if (!m) {
        m = capabilityMatrix(ctx.config, ctx.repo.capabilities, (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool));
        MATRICES.set(ctx.repo.capabilities, m);
    }
    return m;
}
const LEG_WORDS = {
    privateData: 'private data',
    untrustedContent: 'untrusted content',
    externalCommunication: 'external communication'
};
const factEvidence = (f) => ({ ...f.at, note: f.via });
/** The declaration evidence asks for: the least that is true of what was found. */
function declarationFor(leg, facts, ctx) {
    if (leg === 'privateData')
        return ctx.repo.auth.obo.some((h) => !h.isTest)
            ? 'obo'
            : 'obo   # or app-only / api-key: how the tool is authorised';
    if (leg === 'untrustedContent')
        return 'in-context   # or sanitized, with an attestation';
    return facts.some((f) => f.source !== 'host' && f.source !== 'llm') ? 'open' : 'allowlisted';
}
/**
 * Tools whose evidence holds a leg the declaration denies, one failure per tool, then what is not
 * tied to a tool: a failure when none of the tools that may hold it declares the leg.
 */
function evidenceOutcomes(ctx, leg) {
    const outcomes = [];
    const declared = new Map(ctx.config.tools.map((t) => [t.name, t]));
    for (const row of toolMatrix(ctx)) {
        const cell = row[leg];
        if (!cell.evidence.length)
            continue;
        const decl = declared.get(row.tool);
        const denies = !decl || cell.declared === 'none';
        const needsOpen = leg === 'externalCommunication' &&
            cell.declared === 'allowlisted' &&
            cell.evidence.some((f) => f.source === 'caller-url' || f.source === 'send');
        const unlisted = leg === 'externalCommunication' && cell.declared === 'allowlisted'
            ? cell.evidence.filter((f) => f.source === 'host' && f.host && classifyHost(f.host, ctx.config.egress.allowedHosts) === 'public')
            : [];
        if (!denies && !needsOpen && !unlisted.length)
            continue;
        const value = declarationFor(leg, cell.evidence, ctx);
        const first = cell.evidence[0];
        const where = `${first.at.file}:${first.at.line}`;
        const message = needsOpen
            ? `Tool "${row.tool}" declares \`${leg}: allowlisted\`, but where it connects is chosen at run time: ${first.via} (${where}).`
            : unlisted.length
                ? `Tool "${row.tool}" connects to hosts not in \`egress.allowedHosts\`: ${[...new Set(unlisted.map((f) => f.host))].join(', ')}.`
                : `Tool "${row.tool}" reaches ${LEG_WORDS[leg]} — ${first.via} (${where}) — but ${decl ? `declares \`${leg}: none\`` : 'is not declared'}.`;
        outcomes.push({
            status: 'failed',
            message,
            evidence: (unlisted.length ? unlisted : cell.evidence).map(factEvidence),
            fix: unlisted.length
                ? '```yaml\negress:\n  allowedHosts:\n' +
                    [...new Set(unlisted.map((f) => f.host))].map((h) => `    - ${h}`).join('\n') +
                    '\n```'
                : `Declare what the tool does (evidence raises a leg, never lowers it), or remove the code that does it:\n\n\`\`\`yaml\ntools:\n  - name: ${row.tool}\n    ${leg}: ${needsOpen ? 'open' : value}\n\`\`\``
        });
    }
    const byVia = new Map();
    for (const f of ctx.repo.capabilities.server) {
        if (f.leg !== leg || !factCounts(f, ctx.config.egress.allowedHosts))
            continue;
        const list = byVia.get(f.via) ?? [];
        list.push(f);
        byVia.set(f.via, list);
    }
    const rows = new Map(toolMatrix(ctx).map((r) => [r.tool, r]));
    for (const [via, facts] of byVia) {
        const candidates = facts[0].candidates;
        if (candidates.some((t) => rows.get(t)?.[leg].sources.includes('declared')))
            continue;
        if (!candidates.length && !ctx.config.tools.length)
            continue;
        outcomes.push({
            status: 'failed',
            message: `The server reaches ${LEG_WORDS[leg]} — ${via} (${facts[0].at.file}:${facts[0].at.line}) — in code no tool's handler was followed to, and none of the tools that may hold it declares it: ${candidates.slice(0, 10).join(', ')}${candidates.length > 10 ? `, and ${candidates.length - 10} more` : ''}.`,
            evidence: facts.map(factEvidence),
            fix: `Declare \`${leg}\` on the tool that uses it (evidence raises a leg, never lowers it), or remove the code:\n\n\`\`\`yaml\ntools:\n  - name: ${candidates[0] ?? 'the_tool'}\n    ${leg}: ${declarationFor(leg, facts, ctx)}\n\`\`\``
        });
    }
    return outcomes;
}
// ---------------------------------------------------------------- code the gate could not read
/** Each tool's reach by name, made once per run (four checks ask for every declared tool). */
const REACHES = new WeakMap();
/** Said of a tool whose HTTP calls go where the gate cannot tell: what they fetch may be private or outsiders' text. */
const UNRESOLVED_TARGET = 'it calls a URL the gate cannot resolve';
/**
 * Why the gate could not read a declared tool's code (so evidence cannot raise its legs), or undefined. For the
 * read legs, a call whose target the gate cannot tell is unread too: it may fetch either.
 */
function unreadReason(ctx, tool, leg) {
    if (ctx.repo.scan.sourceFiles === 0)
        return 'the source is in no language the gate reads';
    const reach = reachOf(ctx, tool);
    if (!reach)
        return 'no registration found in source';
    if (!reach.handler)
        return 'no handler found';
    if (leg &&
        leg !== 'externalCommunication' &&
        unresolvedCalls(ctx, tool).length &&
        !reach.facts.some((f) => f.leg === leg))
        return UNRESOLVED_TARGET;
    return undefined;
}
function reachOf(ctx, tool) {
    let reaches = REACHES.get(ctx.repo.capabilities);
    if (!reaches)
        REACHES.set(ctx.repo.capabilities, (reaches = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))));
    return reaches.get(tool);
}
/** Calls with a target the gate cannot tell that the tool makes, or that sit beside it where no handler led. */
function unresolvedCalls(ctx, tool) {
    return [
        ...(reachOf(ctx, tool)?.unknownTargets ?? []),
        ...ctx.repo.capabilities.unresolved.filter((u) => u.candidates.includes(tool))
    ];
}
/**
 * Declared tools that deny a leg (`none`) but whose code the gate could not read: one `not verified` per
 * reason, naming the tools, unless a reviewer attests the tool for this check. Fail closed: a `none` the
 * gate cannot hold against code is not a pass.
 */
function unreadOutcomes(ctx, leg, check) {
    const byReason = new Map();
    const outcomes = [];
    for (const [i, t] of ctx.config.tools.entries()) {
        if (t[leg] !== 'none')
            continue;
        const why = unreadReason(ctx, t.name, leg);
        if (!why)
            continue;
        const att = attestationFor(ctx, check, t.name);
        if (att) {
            outcomes.push(attested(att, `Tool "${t.name}" has no ${LEG_WORDS[leg]}`, [configEvidence(ctx, ['tools', i, leg])]));
            continue;
        }
        byReason.set(why, [...(byReason.get(why) ?? []), t.name]);
    }
    for (const [why, tools] of byReason) {
        const shown = firstNames(tools, 10);
        outcomes.push({
            status: 'not verified',
            message: `${counted(tools.length, 'tool')} declared \`${leg}: none\` could not be checked against code (${why}): ${shown}.`,
            reason: why,
            evidence: tools
                .slice(0, 10)
                .flatMap((name) => [
                configEvidence(ctx, ['tools', toolIndex(ctx, name), leg]),
                ...(why === UNRESOLVED_TARGET ? unresolvedCalls(ctx, name) : []).slice(0, 1).map((u) => u.at)
            ]),
            fix: `${why === UNRESOLVED_TARGET ? 'Build the URL from a constant or a configuration key the gate can read' : 'Name the handler so the gate can follow it'}, or have a reviewer read the code and attest it:\n\n\`\`\`yaml\nattestations:\n  - check: ${check}\n    subject: ${tools[0]}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: what the tool reaches\n\`\`\``
        });
    }
    return outcomes;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** What to add to golive.yaml so the gate asks the server itself which tools it serves. */
const INVENTORY_FIX = 'Let the gate ask the server which tools it serves: add an `inventory` block to golive.yaml (see the README, "The served inventory"):\n\n```yaml\ninventory:\n  command: [node, dist/index.js]   # or url: http://127.0.0.1:8080/mcp, or file: mcp-tools.json\n```';
const declarationFix = (name) => `Declare it in golive.yaml (and decide each capability honestly), or remove it from the server:\n\n\`\`\`yaml\ntools:\n  - name: ${name}\n    privateData: none          # none | obo | app-only | api-key\n    untrustedContent: none     # none | sanitized | in-context\n    externalCommunication: none  # none | allowlisted | open\n\`\`\``;
/** Where the served inventory comes from, as evidence: the inventory block of golive.yaml, or the file. */
function inventoryEvidence(ctx, note) {
    const inv = ctx.config.inventory;
    if (inv?.file !== undefined)
        return { file: inv.file, line: 1, column: 1, note };
    return configEvidence(ctx, ['inventory', inv?.command ? 'command' : 'url'], note);
}
const toolsDeclared = {
    id: 'security.tools-declared',
    phase: 'security',
    level: 'blocking',
    title: 'Tools declared',
    reads: ['source'],
    passesWhen: 'every tool registered in source is declared in golive.yaml, and every declared tool is found in source',
    explain: {
        looksFor: 'Every tool the server registers in source, compared with the tools golive.yaml declares.',
        evidence: [
            'TypeScript/JavaScript: `server.tool("x")`, `server.registerTool("x")`, FastMCP `addTool({ name })`, low-level `setRequestHandler(ListToolsRequestSchema)` tool arrays',
            'Python: `@mcp.tool`, `@mcp.tool()`, `@mcp.tool(name="x")`, `Tool(name="x")`',
            'C#: `[McpServerTool]` methods and `Name = "x"`',
            'Go: `mcp.AddTool(server, &mcp.Tool{Name: "x"})`, mark3labs `mcp.NewTool("x")`',
            'Java: `Tool.builder().name("x")`, `new McpSchema.Tool("x", …)`, Spring AI `@Tool`'
        ],
        why: 'Phase 1 judges the union of all tools a session can reach; a tool the declaration leaves out escapes the trifecta review.',
        fix: 'Declare every registered tool with its three capabilities, or remove the registration. A declared tool that is not found is a warning: delete the declaration if the tool is gone.'
    },
    run(ctx) {
        const inventory = ctx.repo.inventory;
        const served = servedTools(inventory);
        if (ctx.repo.scan.sourceFiles === 0 && !served) {
            return [
                {
                    status: 'not verified',
                    message: 'No TypeScript, JavaScript, Python, C#, Go or Java source was found, so the registered tools could not be read.',
                    reason: 'no source files in the checkout (or all excluded by paths.exclude / .gitignore)',
                    fix: INVENTORY_FIX
                }
            ];
        }
        const outcomes = [];
        const entries = toolEntries(ctx.config, ctx.repo);
        const declaredAt = (name) => configEvidence(ctx, ['tools', toolIndex(ctx, name), 'name']);
        const regAt = (e) => (e.registeredAt ? [e.registeredAt] : []);
        if (inventory?.configured && !inventory.ok) {
            const from = inventory.source === 'file'
                ? `the inventory file ${ctx.config.inventory?.file ?? ''}`
                : inventory.source === 'url'
                    ? 'the server at inventory.url'
                    : 'the server inventory.command starts';
            outcomes.push({
                status: 'not verified',
                message: `The served tools could not be read from ${from}, so the source alone decides below.${inventory.stderr ? ` Its standard error: ${inventory.stderr}` : ''}`,
                reason: inventory.reason,
                evidence: [inventoryEvidence(ctx, inventory.refused ? 'not started' : 'not read')],
                fix: inventory.refused
                    ? 'Run the gate where it may start the server (on pull_request, or the CLI with --inventory on a checkout you trust), or export tools/list to a file in a trusted job and name it as `inventory.file`.'
                    : 'Make the server start with only PATH, HOME and the placeholders under `inventory.env`, answer on standard output with JSON-RPC only (logs go to standard error), and list its tools within `inventory-timeout`.'
            });
        }
        if (served) {
            const live = inventory?.configured && inventory.live;
            const what = live ? 'the server serves' : `the inventory file ${ctx.config.inventory?.file ?? ''} records`;
            for (const e of entries.filter((e) => e.served && !e.declared)) {
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${e.name}" is served (${what} it) but not declared in golive.yaml: a session can call it.`,
                    evidence: [inventoryEvidence(ctx, `serves tool "${e.name}"`), ...regAt(e)],
                    fix: declarationFix(e.name)
                });
            }
            for (const e of entries.filter((e) => e.declared && !e.served)) {
                outcomes.push(live
                    ? {
                        status: 'failed',
                        message: `Tool "${e.name}" is declared in golive.yaml but the server does not serve it: the declaration is stale.`,
                        evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                        fix: 'Remove the declaration if the tool is gone, or check that the server registers it under this exact name when started as `inventory` starts it.'
                    }
                    : {
                        status: 'warning',
                        message: `Tool "${e.name}" is declared in golive.yaml but not in the inventory file: the file or the declaration is out of date.`,
                        evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                        fix: 'Export tools/list again and commit it, or remove the declaration if the tool is gone.'
                    });
            }
            outcomes.push(...metadataOutcomes(ctx, served, what));
        }
        else {
            const mcpFiles = ctx.repo.source.mcpFiles ?? [];
            const registered = entries.filter((e) => e.registeredAt);
            const computed = computedRegistrations(ctx.repo);
            if (mcpFiles.length && !registered.length && !computed.length) {
                outcomes.push({
                    status: 'not verified',
                    message: `An MCP SDK is used (${plural(mcpFiles.length, 'file')}) but no tool registration was found in source: the gate cannot tell which tools the server serves.`,
                    reason: 'no registration idiom the gate reads was found',
                    evidence: mcpFiles.slice(0, 5).map((f) => ({ file: f, line: 1, column: 1, note: 'uses an MCP SDK' })),
                    fix: INVENTORY_FIX
                });
            }
            if (computed.length) {
                outcomes.push({
                    status: 'not verified',
                    message: `${plural(computed.length, 'tool registration')} in source ${computed.length === 1 ? 'has a name' : 'have names'} the code computes, so the tool names clients see are not known: ${computed
                        .slice(0, 10)
                        .map((r) => `\`${r.computed.expression}\` at ${r.at.file}:${r.at.line}`)
                        .join(', ')}${computed.length > 10 ? ', …' : ''}.`,
                    reason: 'computed tool names',
                    evidence: computed.map((r) => ({ ...r.at, note: `name computed as ${r.computed.expression}` })),
                    fix: INVENTORY_FIX
                });
            }
        }
        // Registered in source but neither declared nor served: a session can reach it when the server is started
        // otherwise.
        for (const e of entries.filter((e) => e.registeredAt && !e.declared && !e.served)) {
            outcomes.push({
                status: 'failed',
                message: `Tool "${e.name}" is registered in source but not declared in golive.yaml.`,
                evidence: regAt(e),
                fix: declarationFix(e.name)
            });
        }
        if (!served) {
            for (const e of entries.filter((e) => e.declared && !e.registeredAt)) {
                outcomes.push({
                    status: 'not verified',
                    message: `Tool "${e.name}" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.`,
                    reason: 'declared tool without a registration the gate reads',
                    evidence: [declaredAt(e.name)],
                    fix: `${INVENTORY_FIX}\n\nOr remove the declaration if the tool is gone (\`mcp-golive explain security.tools-declared\` lists the registration idioms the gate reads).`
                });
            }
        }
        if (!outcomes.length) {
            const names = entries.map((e) => e.name);
            const basis = served
                ? inventory?.configured && inventory.live
                    ? 'served by the server (tools/list)'
                    : `recorded in the inventory file ${ctx.config.inventory?.file ?? ''}`
                : 'registered in source';
            outcomes.push({
                status: 'passed',
                message: names.length
                    ? `All ${plural(names.length, 'tool')} ${basis} ${names.length === 1 ? 'is' : 'are'} declared, and every declared tool is ${served ? 'served' : 'registered'}: ${names.join(', ')}.`
                    : `No tool is ${basis}, and golive.yaml declares none.`,
                evidence: served ? [inventoryEvidence(ctx, 'tools/list'), ...entries.flatMap(regAt)] : entries.flatMap(regAt)
            });
        }
        return outcomes;
    }
};
/** Annotations that contradict the declaration, missing descriptions, and descriptions that speak to the model. */
function metadataOutcomes(ctx, served, what) {
    const out = [];
    const declared = new Map(ctx.config.tools.map((t) => [t.name, t]));
    const missingDescription = [];
    for (const tool of served) {
        const decl = declared.get(tool.name);
        const at = inventoryEvidence(ctx, `serves tool "${tool.name}"`);
        if (decl &&
            tool.annotations?.openWorldHint === true &&
            decl.externalCommunication === 'none' &&
            decl.untrustedContent === 'none') {
            out.push({
                status: 'failed',
                message: `Tool "${tool.name}" is annotated \`openWorldHint: true\` (it reaches the world outside the server) but golive.yaml declares \`externalCommunication: none\` and \`untrustedContent: none\`.`,
                evidence: [at, configEvidence(ctx, ['tools', toolIndex(ctx, tool.name), 'externalCommunication'])],
                fix: 'Declare what the tool really does (`externalCommunication` and `untrustedContent`), or set `openWorldHint: false` if it only touches a closed domain.'
            });
        }
        if (!tool.description?.trim())
            missingDescription.push(tool.name);
        for (const d of descriptionsOf(tool)) {
            const signs = poisonSigns(d.text);
            if (signs.length) {
                out.push({
                    status: 'failed',
                    message: `Tool "${tool.name}" carries instructions to the model in its ${d.where} (tool poisoning): ${signs.map((s) => `${s.why}: "${s.quote}"`).join('; ')}.`,
                    evidence: [at],
                    fix: 'A description says what the tool does, for the model and the reviewer; it never tells the model what to do beyond that. Remove the instruction (and any hidden characters) from the text the server serves.'
                });
            }
        }
    }
    if (missingDescription.length) {
        out.push({
            status: 'warning',
            message: `${plural(missingDescription.length, 'tool')} ${what === 'the server serves' ? 'served' : 'listed'} without a description: ${missingDescription.join(', ')}. Clients and reviewers rely on it.`,
            evidence: [inventoryEvidence(ctx, 'tools/list')],
            fix: 'Give each tool a description of what it does and what it returns.'
        });
    }
    return out;
}

/** The check whose attestation vouches for a tool's leg. */
const LEG_CHECK = {
    privateData: 'security.private-data',
    untrustedContent: 'security.untrusted-content',
    externalCommunication: 'security.external-communication'
};
/**
 * The union over all tools of the three capabilities: declared values, raised by evidence (never lowered), and what the
 * server holds apart from any tool.
 */
function trifectaLegs(ctx) {
    const legs = {
        privateData: { present: false, evidence: [], why: [] },
        untrustedContent: { present: false, evidence: [], why: [] },
        externalCommunication: { present: false, evidence: [], why: [] }
    };
    const raise = (leg, why, evidence) => {
        leg.present = true;
        leg.why.push(why);
        leg.evidence.push(...evidence);
    };
    const declared = new Map(ctx.config.tools.map((t, i) => [t.name, i]));
    for (const row of toolMatrix(ctx)) {
        for (const name of ['privateData', 'untrustedContent', 'externalCommunication']) {
            const cell = row[name];
            if (cell.sources.includes('declared'))
                raise(legs[name], `${row.tool} declares ${name}: ${cell.declared}`, [
                    configEvidence(ctx, ['tools', declared.get(row.tool), name])
                ]);
            else if (cell.evidence.length)
                raise(legs[name], `${row.tool}: ${cell.evidence[0].via}`, cell.evidence.slice(0, 2).map(factEvidence));
        }
    }
    const allowed = ctx.config.egress.allowedHosts;
    for (const name of ['privateData', 'untrustedContent', 'externalCommunication']) {
        const facts = ctx.repo.capabilities.server.filter((f) => f.leg === name && factCounts(f, allowed));
        if (facts.length)
            raise(legs[name], `the server (not tied to a tool): ${[...new Set(facts.map((f) => f.via))].slice(0, 3).join('; ')}`, facts.slice(0, 3).map(factEvidence));
    }
    if (ctx.repo.egress.openToWorld.length)
        raise(legs.externalCommunication, 'a network policy allows egress to the world', ctx.repo.egress.openToWorld.slice(0, 2));
    return legs;
}
const trifecta = {
    id: 'security.trifecta',
    phase: 'security',
    level: 'critical',
    title: 'Lethal trifecta',
    reads: ['source'],
    passesWhen: 'the union of all tools’ capabilities does not hold all three of private data, untrusted content and external communication',
    explain: {
        looksFor: 'Whether the union of all tools holds private data, untrusted content and external communication at once.',
        evidence: [
            'golive.yaml capabilities per tool',
            'evidence that raises a capability: caller-supplied URLs fetched or text outsiders write read — mail, issues and comments, chat, tickets, scraped pages (untrusted content), calls to public hosts or egress open to the world (external communication)'
        ],
        why: 'The lethal trifecta lets an attacker who controls content make the model send private data out. All three in one server is a STOP: redesign, never waived.',
        fix: 'Remove one leg for every session: usually drop the outbound channel and keep outside text out of the model’s context, or split the server.'
    },
    run(ctx) {
        const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx);
        const legs = [
            ['private data', priv],
            ['untrusted content', untrusted],
            ['external communication', external]
        ];
        // The report's risk level reads the legs from the finding, not from this check's logic.
        const values = {
            legs: { privateData: priv.present, untrustedContent: untrusted.present, externalCommunication: external.present }
        };
        if (legs.every(([, l]) => l.present)) {
            // A single tool holding all three is the worst case: one call can read, be steered and send.
            const whole = toolMatrix(ctx)
                .filter((r) => r.privateData.present && r.untrustedContent.present && r.externalCommunication.present)
                .map((r) => r.tool);
            const single = whole.length
                ? `${whole.join(', ')} ${whole.length === 1 ? 'holds' : 'each hold'} all three legs by ${whole.length === 1 ? 'itself' : 'themselves'}, and `
                : '';
            return [
                {
                    status: 'failed',
                    message: `STOP — ${single}the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
                    evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(priv.evidence.slice(1), untrusted.evidence.slice(1), external.evidence.slice(1)),
                    fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.',
                    values
                }
            ];
        }
        const present = legs.filter(([, l]) => l.present).map(([n]) => n);
        // Fail closed: a missing leg that a tool whose code was not read denies may be there.
        const unread = new Map();
        for (const t of ctx.config.tools) {
            const denied = ['privateData', 'untrustedContent', 'externalCommunication'].filter((leg) => t[leg] === 'none' &&
                !values.legs[leg] &&
                !attestationFor(ctx, LEG_CHECK[leg], t.name) &&
                unreadReason(ctx, t.name, leg));
            if (denied.length)
                unread.set(t.name, unreadReason(ctx, t.name, denied[0]));
        }
        if (unread.size) {
            const missing = legs.filter(([, l]) => !l.present).map(([n]) => n);
            const tools = [...unread.keys()];
            const reasons = [...new Set(unread.values())];
            return [
                {
                    status: 'not verified',
                    message: `${present.length ? `Only ${present.join(' and ')} in the code read` : 'No leg in the code read'}, but the code of ${counted(tools.length, 'tool')} that ${tools.length === 1 ? 'denies' : 'deny'} ${missing.join(' and ')} was not read (${reasons.join('; ')}): ${firstNames(tools, 10)}.`,
                    reason: reasons.join('; '),
                    evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
                    fix: 'Let the gate read the tools’ code (a registration and handler in a language it reads), or have a reviewer check each tool’s legs and attest them on security.private-data, security.untrusted-content and security.external-communication.',
                    values
                }
            ];
        }
        return [
            {
                status: 'passed',
                message: present.length
                    ? `Not all three legs: only ${present.join(' and ')} across the tools.`
                    : 'None of the three legs is present across the tools.',
                evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
                values
            }
        ];
    }
};

const privateData = {
    id: 'security.private-data',
    phase: 'security',
    level: 'blocking',
    title: 'Private data on behalf of the user',
    reads: ['source'],
    passesWhen: 'every tool with private data reaches it on behalf of the user (obo)',
    explain: {
        looksFor: 'How each tool reaches private data.',
        evidence: ['`privateData` per tool in golive.yaml'],
        why: 'Only on-behalf-of access keeps data scoped to what the signed-in user may see.',
        fix: 'Use the OBO exchange for every downstream call and declare `privateData: obo`.'
    },
    run(ctx) {
        const outcomes = ctx.config.tools
            .filter((t) => t.privateData === 'app-only' || t.privateData === 'api-key')
            .map((t) => ({
            status: 'failed',
            message: `Tool "${t.name}" reaches private data with ${t.privateData === 'app-only' ? 'an app-only identity' : 'an API key'}, not on behalf of the signed-in user.`,
            evidence: [configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])],
            fix: 'Exchange the user’s token with the on-behalf-of flow and call the data source with it; then declare `privateData: obo`. See `mcp-golive explain auth.obo`.'
        }));
        outcomes.push(...evidenceOutcomes(ctx, 'privateData'));
        outcomes.push(...unreadOutcomes(ctx, 'privateData', 'security.private-data'));
        // `obo` is a claim about the identity the data client is built with: the source must show the exchange.
        const oboWithEvidence = toolMatrix(ctx).filter((r) => r.privateData.declared === 'obo' && r.privateData.evidence.length);
        const obo = production(ctx.repo.auth.obo);
        const appCredentials = production(ctx.repo.auth.appCredentials);
        if (oboWithEvidence.length && !obo.length) {
            const names = oboWithEvidence.map((r) => r.tool).join(', ');
            outcomes.push(appCredentials.length
                ? {
                    status: 'failed',
                    message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but the source builds its clients with an app identity (${appCredentials[0].what}) and never exchanges the user's token.`,
                    evidence: [
                        ...appCredentials.map((h) => h.at),
                        ...oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
                    ],
                    fix: 'Build the data client with the on-behalf-of token (e.g. OnBehalfOfCredential / acquire_token_on_behalf_of), or declare the identity the tool really uses (`app-only` or `api-key`).'
                }
                : {
                    status: 'not verified',
                    message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but no on-behalf-of exchange was found in the source.`,
                    reason: 'the identity the data client is built with could not be read',
                    evidence: oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
                });
        }
        if (!outcomes.length) {
            const declaredObo = ctx.config.tools.filter((t) => t.privateData === 'obo');
            outcomes.push({
                status: 'passed',
                message: declaredObo.length
                    ? `Private data only on behalf of the user (${declaredObo.map((t) => t.name).join(', ')}).`
                    : 'No tool declares or is seen reaching private data.',
                evidence: declaredObo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData']))
            });
        }
        return outcomes;
    }
};

const untrustedContent = {
    id: 'security.untrusted-content',
    phase: 'security',
    level: 'blocking',
    title: 'No untrusted content in context',
    reads: ['source'],
    passesWhen: 'no tool puts untrusted content in the model’s context',
    explain: {
        looksFor: 'Whether text an outsider can author reaches the model.',
        evidence: [
            '`untrustedContent` per tool',
            'attestations for `sanitized`',
            'source that fetches caller-supplied URLs',
            'source that reads text outsiders write: mail (Microsoft Graph, Gmail, IMAP), GitHub/GitLab/Jira issues and comments, Slack and Teams messages, help-desk tickets, scraped web pages'
        ],
        why: 'Untrusted text in the context is how prompt injection arrives.',
        fix: 'Return structured data the server controls; if content must pass, sanitise it and have a reviewer attest it (`attestations` with `check: security.untrusted-content` and `subject: <tool>`).'
    },
    run(ctx) {
        const outcomes = [];
        for (const [i, t] of ctx.config.tools.entries()) {
            const at = configEvidence(ctx, ['tools', i, 'untrustedContent']);
            if (t.untrustedContent === 'in-context') {
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" puts untrusted content in the model’s context.`,
                    evidence: [at],
                    fix: 'Keep outside text out of the model’s context: return identifiers or structured fields the server controls, or sanitise it and have a reviewer attest to it (`untrustedContent: sanitized` plus an attestation).'
                });
            }
            else if (t.untrustedContent === 'sanitized') {
                const att = attestationFor(ctx, 'security.untrusted-content', t.name);
                outcomes.push(att
                    ? attested(att, `Tool "${t.name}" sanitises untrusted content`, [at])
                    : {
                        status: 'not verified',
                        message: `Tool "${t.name}" declares sanitised untrusted content; a machine cannot check sanitisation.`,
                        reason: 'sanitisation needs an attestation by a named reviewer',
                        evidence: [at],
                        fix: `Have a reviewer attest it in golive.yaml:\n\n\`\`\`yaml\nattestations:\n  - check: security.untrusted-content\n    subject: ${t.name}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: how the content is sanitised\n\`\`\``
                    });
            }
        }
        outcomes.push(...evidenceOutcomes(ctx, 'untrustedContent'));
        outcomes.push(...unreadOutcomes(ctx, 'untrustedContent', 'security.untrusted-content'));
        if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
            outcomes.unshift({
                status: 'passed',
                message: 'No tool puts untrusted content in the model’s context.',
                evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent']))
            });
        }
        return outcomes;
    }
};

const SORTED = new WeakMap();
/**
 * One walk over the network-call table for all the checks of a run: at 100,000 files it holds
 * 320,000 calls, and each walk makes a row object of each. Kept per table and allowlist.
 */
function productionCalls(ctx) {
    const table = ctx.repo.source.networkCalls;
    const allowed = ctx.config.egress.allowedHosts;
    const cached = SORTED.get(table);
    if (cached && cached.allowed === allowed)
        return cached.calls;
    const calls = {
        public: { hosts: [], rows: [], total: 0 },
        known: { rows: [], total: 0 },
        computed: [],
        callerSupplied: []
    };
    const hosts = new Set();
    const classOf = new Map();
    // A walk that makes a row only for what it keeps: the table holds every call of the checkout.
    table.walk((c, take) => {
        if (c.isTest)
            return;
        if (c.callerSupplied)
            calls.callerSupplied.push(take());
        if (!c.host) {
            calls.computed.push(take());
            return;
        }
        let cls = classOf.get(c.host);
        if (cls === undefined)
            classOf.set(c.host, (cls = classifyHost(c.host, allowed)));
        const bucket = cls === 'public' ? calls.public : calls.known;
        if (cls === 'public')
            hosts.add(c.host);
        bucket.total++;
        if (bucket.rows.length < MAX_EVIDENCE_PER_FINDING)
            bucket.rows.push(take());
    });
    calls.public.hosts = [...hosts];
    SORTED.set(table, { allowed, calls });
    return calls;
}
const externalCommunication = {
    id: 'security.external-communication',
    phase: 'security',
    level: 'blocking',
    title: 'No external communication',
    reads: ['source', 'manifest'],
    passesWhen: 'no tool communicates externally, and no evidence contradicts it',
    explain: {
        looksFor: 'Outbound communication declared and seen.',
        evidence: [
            '`externalCommunication` per tool and `egress.allowedHosts`',
            'HTTP clients and sockets in source (fetch, axios, got, undici, node:http, httpx, requests, urllib, HttpClient, net/http, java.net, OkHttp, WebClient, sockets) and their targets',
            'NetworkPolicy and CiliumNetworkPolicy egress'
        ],
        why: 'An outbound channel is how data leaves; with private data and untrusted content it completes the trifecta.',
        fix: 'Call only cluster-internal, allowlisted hosts; restrict egress with a NetworkPolicy; attest computed targets (`subject: file:line`).'
    },
    run(ctx) {
        const outcomes = [];
        const allowed = ctx.config.egress.allowedHosts;
        ctx.config.tools.forEach((t, i) => {
            const at = configEvidence(ctx, ['tools', i, 'externalCommunication']);
            if (t.externalCommunication === 'open')
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" declares open external communication.`,
                    evidence: [at],
                    fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).'
                });
            else if (t.externalCommunication === 'allowlisted' && !allowed.length)
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`,
                    evidence: [at],
                    fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```'
                });
        });
        outcomes.push(...evidenceOutcomes(ctx, 'externalCommunication'));
        outcomes.push(...unreadOutcomes(ctx, 'externalCommunication', 'security.external-communication'));
        // One finding per call-site family (same file, client and computed expression); a URL a tool argument chooses is
        // raised above instead.
        const families = new Map();
        const callerLines = new Set(toolMatrix(ctx).flatMap((r) => r.externalCommunication.evidence
            .concat(r.untrustedContent.evidence)
            .filter((f) => f.source === 'caller-url')
            .map((f) => `${f.at.file}:${f.at.line}`)));
        const computed = [
            ...productionCalls(ctx).computed.filter((c) => !c.callerSupplied),
            ...ctx.repo.capabilities.tools.flatMap((t) => t.unknownTargets)
        ];
        for (const c of computed) {
            if (callerLines.has(`${c.at.file}:${c.at.line}`))
                continue;
            const key = `${c.at.file}|${c.client}|${c.expression}`;
            const family = families.get(key);
            if (family)
                family.count++;
            else
                families.set(key, { client: c.client, expression: c.expression, at: c.at, count: 1 });
        }
        for (const c of families.values()) {
            const subject = `${c.at.file}:${c.at.line}`;
            const att = attestationFor(ctx, 'security.external-communication', subject);
            if (att && att.subject) {
                outcomes.push({
                    status: 'attested',
                    message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`,
                    evidence: [c.at],
                    attestation: { by: att.by, date: att.date, note: att.note }
                });
            }
            else {
                outcomes.push({
                    status: 'warning',
                    message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`)${c.count > 1 ? `, as at ${counted(c.count - 1, 'more place')} in the file` : ''}.`,
                    evidence: [c.at],
                    fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\``
                });
            }
        }
        const egress = ctx.repo.egress;
        if (egress.openToWorld.length) {
            outcomes.push({
                status: 'failed',
                message: 'A network policy allows egress to the whole world.',
                evidence: egress.openToWorld,
                fix: 'Allow egress only to the namespaces and services the server needs:\n\n```yaml\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: tickets\n    ports:\n      - port: 8080\n```'
            });
        }
        const fqdns = egress.fqdns.filter((f) => classifyHost(f.host.replace(/^\*\./, 'x.'), allowed) === 'public');
        if (fqdns.length)
            outcomes.push({
                status: 'failed',
                message: `A Cilium policy allows egress to external hosts that are not allowlisted: ${fqdns.map((f) => f.host).join(', ')}.`,
                evidence: fqdns.map((f) => f.at),
                fix: 'Remove the toFQDNs rule, or list the hosts under `egress.allowedHosts` if the communication is approved.'
            });
        const hasWorkloads = deployedObjects(ctx).some((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob'].includes(o.kind));
        if (hasWorkloads && !egress.policies.length) {
            outcomes.push({
                status: 'warning',
                message: 'No NetworkPolicy or CiliumNetworkPolicy restricts egress, so nothing but the code stops the server talking to the world.',
                fix: '```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ' +
                    ctx.config.server.name +
                    '-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n          protocol: UDP\n```'
            });
        }
        if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
            const internal = productionCalls(ctx).known;
            const n = internal.total;
            outcomes.unshift({
                status: 'passed',
                message: `No tool communicates externally${n ? `; ${counted(n, 'call')} in source go to internal, allowlisted or identity-provider hosts` : ''}${egress.policies.length ? '; egress is restricted by network policy' : ''}.`,
                evidence: [...internal.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })), ...egress.policies],
                omittedEvidence: n - internal.rows.length
            });
        }
        return outcomes;
    }
};

const contentTypes = {
    id: 'security.content-types',
    phase: 'security',
    level: 'critical',
    title: 'No prohibited content types',
    reads: ['source'],
    passesWhen: 'no image, audio or resource-link content is produced in source',
    explain: {
        looksFor: 'Image, audio and resource-link content produced in production source.',
        evidence: [
            'TS `type: "image" | "audio" | "resource_link"`',
            'Python `ImageContent`, `AudioContent`, `ResourceLink`, FastMCP `Image`, `Audio`',
            'C# `ImageContentBlock`, `AudioContentBlock`, `ResourceLinkBlock`, `DataContent` with image/audio types',
            'Go `mcp.ImageContent{}`, `NewImageContent`, `NewToolResultImage`, …',
            'Java `McpSchema.ImageContent`, `AudioContent`, `ResourceLink`'
        ],
        why: 'These content types are prohibited: they carry content a reviewer cannot read and can smuggle instructions.',
        fix: 'Return text content only. Uses in test code are reported apart and do not block.'
    },
    run(ctx) {
        const uses = ctx.repo.source.contentTypes;
        const prod = uses.filter((u) => !u.isTest);
        const test = uses.filter((u) => u.isTest);
        // One finding per content kind, with the count of places and the first ones.
        const outcomes = byCause(prod, (u) => u.kind).map(([kind, us]) => ({
            status: 'failed',
            message: `Prohibited ${kind.replace('_', ' ')} content is produced ${us.length === 1 ? 'at' : `in ${counted(us.length, 'place')}:`} ${firstPlaces(us.map((u) => u.at))}.`,
            evidence: us.slice(0, MAX_EVIDENCE).map((u) => u.at),
            fix: 'Return text content only: describe the image or audio in text, or return an identifier the client resolves through its own, authorised channel. Resource links are not allowed either.'
        }));
        if (test.length)
            outcomes.push({
                status: 'warning',
                nonProduction: true,
                message: `${counted(test.length, 'use')} of prohibited content types in test code (reported, not blocking).`,
                evidence: test.map((u) => u.at)
            });
        if (!prod.length)
            outcomes.unshift({
                status: 'passed',
                message: `No image, audio or resource-link content in production source (${ctx.repo.scan.sourceFiles} source files read).`
            });
        return outcomes;
    }
};

const SECURITY_CHECKS = [
    toolsDeclared,
    trifecta,
    privateData,
    untrustedContent,
    externalCommunication,
    contentTypes
];

const CHECKS = [
    ...SECURITY_CHECKS,
    ...POLICY_CHECKS,
    ...INFRA_CHECKS,
    ...AUTH_CHECKS,
    ...OBSERVABILITY_CHECKS,
    ...REPORT_CHECKS
];
/** The check ids, the public contract: they appear in the PR comment, JSON, SARIF, waivers and `explain`. */
CHECKS.map((c) => c.id);
const ids = new Set();
for (const c of CHECKS) {
    if (ids.has(c.id))
        throw new Error(`check ${c.id} is registered twice`);
    if (c.id.split('.')[0] !== c.phase)
        throw new Error(`check ${c.id} is listed under phase ${c.phase}`);
    ids.add(c.id);
}

// Calendar dates as golive.yaml and --today write them. Date.parse rolls an
// impossible day over (2026-02-30 is 2 March), so a date is taken only when it
// reads back the same.
/** YYYY-MM-DD naming a day that exists (2026-02-30, 2026-13-45 do not). */
function isCalendarDate(s) {
    if (typeof s !== 'string' || s.length !== 10 || s[4] !== '-' || s[7] !== '-')
        return false;
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(5, 7));
    const d = Number(s.slice(8, 10));
    if (![y, m, d].every(Number.isInteger) || !/^\d{4}-\d{2}-\d{2}$/.test(s))
        return false;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Every string that comes from the repository (tool names, file names, waiver
// reasons, messages quoting them) passes through here before it is printed as
// Markdown: no HTML, no @-mention pings, no #-references, no links, no way out
// of a table cell or a <details> block. Hand-written because the rules are
// GitHub-specific (mentions, references) and no library covers them.
const ZWSP = '\u200b';
/**
 * Text for a terminal or a log, one value at a time: control characters (newlines and tabs
 * included), line and paragraph separators and bidi overrides are shown as `\uXXXX`, so a value
 * can neither drive the terminal nor start a line of its own (a fake verdict, a workflow command).
 */
function terminalSafe(s) {
    return String(s).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Bidi controls and zero-width characters that can make text read differently from what it is. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Inline Markdown text: specials escaped, mentions and references broken, newlines folded. */
function md(text) {
    return (String(text)
        .replace(INVISIBLE, '')
        .replace(/[\r\n]+/g, ' ')
        // Only what can change meaning inline: code, emphasis, links, headings/references, tables, strikethrough, HTML.
        .replace(/[\\`*[\]#|~<>&]/g, (c) => ENTITY[c] ?? `\\${c}`)
        // `_` is emphasis only at a word boundary (GFM ignores intraword underscores): keep `send_digest` readable.
        .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
        // After every `@`: a mention needs a letter next, an e-mail autolink (`a@.com`) anything that is not a space.
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        // Every `www.`, not only after a word boundary: GFM autolinks it after `_` and `*` too (`_www.x`).
        .replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`));
}
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
/** An inline code span that cannot be broken out of; mentions inside code are never linked. */
function code(text) {
    const s = String(text)
        .replace(INVISIBLE, '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/\|/g, '¦');
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${s || ' '}${pad}${fence}`;
}
/** A fenced code block for multi-line text (fix snippets), with a fence longer than any inside. */
function codeBlock(text, lang = '') {
    const s = String(text).replace(INVISIBLE, '');
    const longest = Math.max(2, ...(s.match(/`{3,}/g) ?? []).map((m) => m.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${s}\n${fence}`;
}
/** A fix text split at its fenced snippets: prose, lang, body, prose, lang, body, …, prose. */
function fixParts(fix) {
    // Split only up to the last closing fence: an opening fence after it closes nothing, and the lazy
    // pattern scanned from each of them to the end (quadratic in their number); the rest is prose.
    const closers = [...fix.matchAll(/^```$/gm)];
    const end = closers.length ? closers[closers.length - 1].index + 3 : 0;
    const parts = fix.slice(0, end).split(/^```([A-Za-z0-9-]*)\n([\s\S]*?)^```$/m);
    parts[parts.length - 1] += fix.slice(end);
    return parts;
}
/**
 * Fix texts are our templates with repository values filled in: prose, and
 * fenced snippets. Prose is escaped line by line; each snippet becomes a code
 * block with a fence nothing inside can close.
 */
function fixMarkdown(fix) {
    const out = [];
    const parts = fixParts(fix);
    // split with two capture groups yields: prose, lang, body, prose, lang, body, …, prose
    for (let i = 0; i < parts.length; i += 3) {
        const prose = parts[i].trim();
        if (prose)
            out.push(prose
                .split('\n')
                .map((l) => mdKeepCode(l))
                .join('  \n'));
        if (i + 2 < parts.length)
            out.push(codeBlock(parts[i + 2].replace(/\n$/, ''), parts[i + 1]));
    }
    return out.join('\n\n');
}
/** Prose with `code spans` kept as code (rebuilt safely) and the rest escaped. */
function mdKeepCode(line) {
    return line
        .split(/(`[^`\n]+`)/)
        .map((seg, i) => (i % 2 === 1 ? code(seg.slice(1, -1)) : md(seg)))
        .join('');
}

// Kept equal to package.json's version (a unit test checks it), so the bundle needs no JSON import.
const TOOL_NAME = 'mcp-golive';
const TOOL_VERSION = '0.1.0';

let registered;
function registerChecks(checks) {
    registered = checks;
}
function registeredChecks() {
    if (!registered)
        throw new Error('no checks registered: start through app/ (or call registerChecks in the test setup)');
    return registered;
}
/** A check by id, in the registered list. */
function checkInfo(id) {
    return registeredChecks().find((c) => c.id === id);
}

var registry = /*#__PURE__*/Object.freeze({
    __proto__: null,
    checkInfo: checkInfo,
    registerChecks: registerChecks,
    registeredChecks: registeredChecks
});

export { toolEntries as A, dig as B, CHECKS as C, readDeployment as D, readDocs as E, readKustomizations as F, readServerScope as G, check as H, registry as I, MAX_EVIDENCE_PER_FINDING as M, PHASE_TITLES as P, STATUS_RANK as S, TOOL_NAME as T, TOOL_VERSION as a, registeredChecks as b, isFileEvidence as c, code as d, explainMarkdown as e, fixParts as f, cellText as g, mdKeepCode as h, isCalendarDate as i, fixMarkdown as j, registrationFinder as k, PHASES as l, md as m, noToken as n, rootCodeownersRule as o, plannedApiHalves as p, checkInfo as q, registerChecks as r, shapes as s, terminalSafe as t, blocks as u, STATUSES as v, worstStatus as w, compactMatrix as x, capabilityMatrix as y, attestationFor as z };
