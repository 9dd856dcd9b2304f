import { P as PHASE_TITLES, c as capabilityMatrix, a as classifyHost, f as factCounts } from './capability-matrix.js';
import { L as LineFinder, c as credentialKind, h as hostOf, i as isDocPath } from './security.js';
import { posix, dirname } from 'node:path';
import { f as languageOf, a as isTestPath, m as plainData, o as isRecord, q as parseYamlAll, t as manifestData, u as locatorOf, v as nodeAt, g as distExports, n as nodePosition, M as MAX_ALIAS_COUNT } from './repository.js';
import { R as RE2JS } from './glob.js';
import { b as isSpaceChar, i as isWordChar } from './rules.js';
import { c as computedRegistrations, d as descriptionsOf, p as poisonSigns, s as servedTools, t as toolEntries } from './tools.js';

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

export { attestationFor as a, escapeRegExp as b, configEvidence as c, dig as d, explainMarkdown as e, argoApplications as f, placementText as g, readDeployment as h, isTemplated as i, readDocs as j, readKustomizations as k, lastRootCodeownersRule as l, readServerScope as m, noToken as n, outsideServer as o, plannedApiHalves as p, check as q, rootCodeownersRule as r, shapes as s };
