import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { t as thisMachine, c as cappedJobs, D as DEFAULT_MAX_THREADS } from './jobs.js';
import { H as isCode, k as own, I as FactTable, J as intern, D as scanSources, K as createSecurityDetector, M as createAuthDetector, N as createPlatformAuthDetector, O as createPropertiesCredentialDetector, G as createSecretsDetector } from './security.js';
import { j as isCiPath } from './repository.js';
import { x as catalogueWith } from './catalogue.js';

const inString = (f, i) => f.bare[i] !== f.code[i];
const JS_FROM = /\bimport(?=\s)([^'";]{0,400}?)\bfrom\s*(['"])([^'"\n]{1,200})\2/g;
const JS_BARE = /\bimport\s*(['"])([^'"\n]{1,200})\1/g;
const JS_CALL = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)/g;
const JS_CALL_BINDING = /(?:const|let|var)\s+([\w$]+|\{[^}]{0,400}\})\s*=\s*(?:await\s+)?(?:\(\s*)?$/;
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]{0,2000})/gm;
const PY_IMPORT = /^[ \t]*import[ \t]+([^\n]{1,2000})/gm;
const GO_SINGLE = /^[ \t]*import[ \t]+(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_SPEC = /^[ \t]*(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const CS_USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm;
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?(?:[ \t]+as[ \t]+(\w+))?[ \t]*(?:;|$)/gm;
const TYPE_DECLARATION = /\b(?:class|interface|record|object|enum)\s+([A-Z]\w*)/g;
/**
 * The import patterns of each language as rules: a file that holds none of a language's needles
 * imports nothing, and the literal scan tells the pass so (the views are not made for it).
 */
const IMPORT_RULES = {
    js: [
        { needles: ['import'], re: JS_FROM, view: 'code' },
        { needles: ['import'], re: JS_BARE, view: 'code' },
        { needles: ['require', 'import'], re: JS_CALL, view: 'code' }
    ],
    python: [
        { needles: ['import'], re: PY_FROM },
        { needles: ['import'], re: PY_IMPORT }
    ],
    go: [
        { needles: ['import'], re: GO_SINGLE, view: 'code' },
        { needles: ['import'], re: GO_BLOCK, view: 'code' }
    ],
    csharp: [{ needles: ['using'], re: CS_USING }],
    java: [{ needles: ['import'], re: JAVA_IMPORT }]
};
const TYPE_DECLARATIONS = { needles: ['class', 'interface', 'record', 'object', 'enum'], re: TYPE_DECLARATION };
/** Whether a text may hold an import of the group: one of its rules' needles. */
const mayImport = (text, group) => IMPORT_RULES[group].some((r) => r.needles.some((n) => text.includes(n)));
/** Local names of a JS import clause: `X`, `* as X`, `{ a, b as c }`, `type { T }`. */
function jsNames(clause, renamed) {
    const names = [];
    // Clauses are at most 400 characters (JS_FROM, JS_CALL_BINDING), which bounds the patterns below.
    const c = clause.slice(0, 400).replace(/\btype\s+/g, '');
    const braces = /\{([^}]*)\}/.exec(c);
    if (braces)
        bracedNames(braces[1], names, renamed);
    const rest = braces ? c.replace(braces[0], '') : c;
    const star = /\*\s*as\s+([\w$]+)/.exec(rest);
    if (star)
        names.push(star[1]);
    const def = /^\s*([\w$]+)/.exec(rest);
    if (def && def[1] !== 'as')
        names.push(def[1]);
    return names;
}
/** The names a braced list binds (`a, b as c`, `type T`, `a: b` in a destructured require), into `names`. */
function bracedNames(list, names, renamed) {
    for (const part of list.split(',')) {
        // One name, its `as` and its `type` are short: a longer part is no name (and the patterns stay bounded).
        const p = part.trim().replace(/^type\s+/, '');
        if (p.length > 400)
            continue;
        const m = /([\w$]+)\s*$/.exec(p);
        if (!m)
            continue;
        names.push(m[1]);
        // `{ a as b }` in an import, `{ a: b }` in a destructured require.
        const from = /^([\w$]+)\s*(?:\bas\b|:)/.exec(p)?.[1];
        if (from && from !== m[1])
            renamed?.set(m[1], from);
    }
}
/** Where a braced import clause ends: `} from './module'`. */
const JS_CLAUSE_END = /\}\s*from\s*(['"])([^'"\n]{1,200})\1/g;
/** The most characters of one braced import clause read back from its end. */
const MAX_BRACED_CLAUSE = 20_000;
/**
 * Braced imports longer than JS_FROM reads (`import {` and one name a line, past 400 characters), read from each
 * `} from '…'` back to its `{`. Hand-written because a pattern bounded that far would re-read the bound from every
 * `import`; here each character is looked at once, as no search goes back past the previous clause's end.
 */
function longBracedImports(file, read) {
    const { code } = file;
    const out = [];
    let floor = 0;
    for (const m of code.matchAll(JS_CLAUSE_END)) {
        const end = m.index;
        const lower = Math.max(floor, end - MAX_BRACED_CLAUSE);
        floor = end + m[0].length;
        if (inString(file, end))
            continue;
        let open = end - 1;
        while (open >= lower && code[open] !== '{' && code[open] !== '}' && code[open] !== ';')
            open--;
        if (open < lower || code[open] !== '{')
            continue;
        const inner = code.slice(open + 1, end);
        if (/['"`]/.test(inner))
            continue;
        const lead = code.slice(Math.max(lower, open - 200), open);
        const head = /\bimport\s+(?:type\s+)?(?:([\w$]+)\s*,\s*)?$/.exec(lead);
        if (!head)
            continue;
        const start = open - lead.length + head.index;
        if (read.has(start))
            continue;
        const names = head[1] ? [head[1]] : [];
        const renamed = new Map();
        bracedNames(inner, names, renamed);
        out.push({ module: m[2], names, members: [], offset: start, ...(renamed.size ? { renamed } : {}) });
    }
    return out;
}
/** `a, b as c` and `(a,\n b)`: the names bound, and the members imported. */
function pythonNames(list) {
    const names = [];
    const members = [];
    for (const part of list.replace(/[()]/g, '').split(',')) {
        const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part);
        if (!m)
            continue;
        members.push(m[1]);
        names.push(m[2] ?? m[1].split('.')[0]);
    }
    return { names, members };
}
/**
 * The names a Go import path is used by: its package name as commonly derived (`go-redis/v9` → redis, `msgraph-sdk-go`
 * → msgraphsdk, msgraph).
 */
function goNames(path) {
    let names = goNamesOf.get(path);
    if (!names) {
        names = goNamesOfPath(path);
        // The same few paths (`net/http`, the SDK) are imported by most files of a module: worked out once each.
        if (goNamesOf.size < 10_000)
            goNamesOf.set(path, names);
    }
    return [...names];
}
const goNamesOf = new Map();
function goNamesOfPath(path) {
    const segs = path.split('/');
    let last = segs[segs.length - 1];
    if (/^v\d+$/.test(last) && segs.length > 1)
        last = segs[segs.length - 2];
    const base = last.replace(/^go-|-go$/g, '').replace(/\.v\d+$/, '');
    return [
        ...new Set([base.replace(/[^\w]/g, ''), base.replace(/-sdk$/, '').replace(/[^\w]/g, ''), base.split(/[-.]/)[0]])
    ];
}
const importsOfViews = new WeakMap();
/**
 * The imports of a file's views, read once for a views object the snapshot keeps: the source pass
 * and the capability pass read the same files.
 */
function importsOfViewed(language, views) {
    const known = importsOfViews.get(views);
    if (known?.language === language)
        return known.imports;
    const imports = importsOf({ language, code: views.code, bare: views.bare });
    importsOfViews.set(views, { language, imports });
    return imports;
}
/** Every import of a file (views: `code` keeps strings, `bare` blanks them and comments). */
function importsOf(file) {
    const out = [];
    const { code, bare } = file;
    switch (file.language) {
        case 'typescript':
        case 'javascript':
            if (!mayImport(code, 'js'))
                return out;
            for (const m of code.matchAll(JS_FROM)) {
                if (inString(file, m.index))
                    continue;
                const renamed = new Map();
                const names = jsNames(m[1], renamed);
                out.push({ module: m[3], names, members: [], offset: m.index, ...(renamed.size ? { renamed } : {}) });
            }
            out.push(...longBracedImports(file, new Set(out.map((i) => i.offset))));
            for (const m of code.matchAll(JS_BARE))
                if (!inString(file, m.index))
                    out.push({ module: m[2], names: [], members: [], offset: m.index });
            for (const m of code.matchAll(JS_CALL)) {
                if (inString(file, m.index))
                    continue;
                // At most 200 characters before the call on its line: the binding pattern is read from its end.
                const lineStart = Math.max(code.lastIndexOf('\n', m.index) + 1, m.index - 200);
                const binding = JS_CALL_BINDING.exec(code.slice(lineStart, m.index));
                const names = binding ? (binding[1].startsWith('{') ? jsNames(binding[1]) : [binding[1]]) : [];
                out.push({ module: m[2], names, members: [], offset: m.index });
            }
            break;
        case 'python':
            if (!mayImport(bare, 'python'))
                return out;
            for (const m of bare.matchAll(PY_FROM)) {
                const { names, members } = pythonNames(m[2].replace(/#.*/, ''));
                const renamed = new Map(names.flatMap((n, i) => (n !== members[i] && !members[i].includes('.') ? [[n, members[i]]] : [])));
                out.push({
                    module: m[1],
                    names,
                    members,
                    offset: m.index + m[0].length - m[0].trimStart().length,
                    ...(renamed.size ? { renamed } : {})
                });
            }
            for (const m of bare.matchAll(PY_IMPORT)) {
                for (const part of m[1].replace(/#.*/, '').split(',')) {
                    const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part);
                    if (p)
                        out.push({
                            module: p[1],
                            names: [p[2] ?? p[1].split('.')[0]],
                            members: [],
                            offset: m.index + m[0].length - m[0].trimStart().length
                        });
                }
            }
            break;
        case 'go':
            if (!mayImport(code, 'go'))
                return out;
            for (const m of code.matchAll(GO_SINGLE))
                if (!inString(file, m.index))
                    out.push({
                        module: m[2],
                        names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]),
                        members: [],
                        offset: m.index
                    });
            for (const block of code.matchAll(GO_BLOCK)) {
                if (inString(file, block.index))
                    continue;
                // The block's end found by search, not by a pattern: `[^)]{0,20000}\)` re-read the bound from every `import (`.
                const start = block.index + block[0].length;
                const end = code.indexOf(')', start);
                if (end < 0 || end - start > 20_000)
                    continue;
                for (const m of code.slice(start, end).matchAll(GO_SPEC))
                    out.push({
                        module: m[2],
                        names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]),
                        members: [],
                        offset: start + m.index
                    });
            }
            break;
        case 'csharp':
            if (!mayImport(bare, 'csharp'))
                return out;
            for (const m of bare.matchAll(CS_USING))
                out.push({
                    module: m[2],
                    names: m[1] ? [m[1]] : [],
                    members: [],
                    offset: m.index + m[0].length - m[0].trimStart().length
                });
            break;
        case 'java':
        case 'kotlin':
            if (!mayImport(bare, 'java'))
                return out;
            for (const m of bare.matchAll(JAVA_IMPORT)) {
                const cls = m[2] ? undefined : m[1].slice(m[1].lastIndexOf('.') + 1);
                out.push({
                    module: m[1],
                    names: m[3] ? [m[3]] : cls ? [cls] : [],
                    members: [],
                    offset: m.index + m[0].length - m[0].trimStart().length
                });
            }
            break;
    }
    return out;
}
/**
 * The catalogue entry an import line names: the module, or a member of it (`from google import genai` → google.genai).
 */
function entryOfImport(catalogue, language, imp) {
    for (const member of imp.members) {
        const hit = catalogue.lookup(language, `${imp.module}.${member}`);
        if (hit)
            return hit;
    }
    return catalogue.lookup(language, imp.module);
}
/** The types a C#, Java or Kotlin file declares. */
function declaredTypesOf(file) {
    return [...new Set([...file.bare.matchAll(TYPE_DECLARATION)].map((m) => m[1]))];
}
/** The source pass's part: catalogue imports of every file, and the types C#, Java and Kotlin files declare. */
function createImportsDetector(into) {
    const catalogue = catalogueWith();
    return {
        rules: [...Object.values(IMPORT_RULES).flat(), TYPE_DECLARATIONS],
        visit(file) {
            if (!isCode(file))
                return;
            // Read on the text as it is first: most files import nothing the catalogue knows, and their
            // comment- and string-blind views would be made for nothing. Only a file with a hit is read
            // again on its views, where an import in a comment or a string does not count.
            const raw = { language: file.language, code: file.text, bare: file.text };
            if (file.viewed || importsOf(raw).some((imp) => entryOfImport(catalogue, file.language, imp))) {
                for (const imp of file.views ? importsOfViewed(file.language, file.views) : importsOf(file)) {
                    const entry = entryOfImport(catalogue, file.language, imp);
                    if (entry)
                        into.imports.push({
                            entry: entry.id,
                            module: own(imp.module),
                            at: file.at(imp.offset, `imports ${entry.package}`),
                            isTest: file.isTest || isCiPath(file.path)
                        });
                }
            }
            // A type named in a comment only links a file to one more candidate for a call: read on the text.
            if (file.language === 'csharp' || file.language === 'java' || file.language === 'kotlin') {
                for (const name of declaredTypesOf({ bare: file.text }))
                    into.declaredTypes.push({ name: own(name), file: file.path });
            }
        }
    };
}

// The one pass over the checkout's files, split over threads. The files are cut
// into contiguous chunks; the scan workers and the main thread take chunks from
// a shared counter until none is left, and the main thread puts the facts
// together in chunk order, so the evidence is the same, in the same order,
// whatever the number of threads. The pass is asynchronous: the main thread
// yields to its event loop between its own chunks, so the workers' messages,
// errors and exits arrive as events, and a worker that dies (out of memory, a
// crash) is seen at once and what it had taken is scanned here.
// Hand-written because no library does an order-preserving split over a shared
// counter with the caller's thread scanning too (worker pools only dispatch).
/**
 * Files per scan thread by default. A thread costs CPU before it pays (starting, and compiling the
 * detectors for itself: V8 shares no compiled code between threads), which some thousands of
 * files' scanning pays back; the measurements that set this are in docs/performance.md.
 */
const FILES_PER_THREAD = 10_000;
/**
 * Below FILES_PER_THREAD × 2 files the count says too little: a few thousand large Python modules
 * take longer than 20,000 small files. So the main thread measures its own first chunks, and when
 * the rest would take it this long alone, starts the workers the cores allow: about where a second
 * thread breaks even on 2 cores (docs/performance.md).
 */
const REST_WORTH_A_THREAD_MS = 1_000;
/** How long the main thread scans before it judges the rest: its first files run code not yet compiled. */
const JUDGE_AFTER_MS = 150;
/** Files per chunk: small enough to balance the threads, large enough that a message per chunk is cheap. */
const CHUNK_FILES = 250;
/**
 * A scan worker's heap. A worker keeps nothing between chunks (it posts each), so a small heap is
 * enough, and a heap capped under 1 GB makes V8 grow it by a small factor, which lowers the peak
 * memory of a large check (docs/performance.md). A worker that runs out ends with an error, and what it
 * had taken is scanned by the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };
/** A fresh set of the pass's detectors, and the evidence they fill. */
function sourceDetectors() {
    const security = createSecurityDetector();
    const auth = createAuthDetector();
    const secrets = createSecretsDetector();
    const detectors = [
        security.detector,
        createImportsDetector(security.result),
        auth.detector,
        createPlatformAuthDetector(auth.result),
        createPropertiesCredentialDetector(auth.result),
        secrets.detector
    ];
    return { detectors, security, auth, secrets };
}
/** Scan files [from, to) of the snapshot with a fresh set of detectors. */
function scanChunk(repo, from, to) {
    const { detectors, security, auth, secrets } = sourceDetectors();
    const before = repo.skipped.length;
    const scan = scanSources(repo, detectors, repo.files.slice(from, to));
    // The chunk's skipped files travel with its facts, so they are listed in file order too.
    const skipped = repo.skipped.splice(before);
    return { source: security.result, auth: auth.result, secrets: secrets.result, scan, skipped };
}
/** The bundled worker script next to this module's chunk; undefined when running from TypeScript sources. */
function workerScript() {
    for (const rel of ['./scan-worker.js', '../scan-worker.js']) {
        const url = new URL(rel, import.meta.url);
        if (url.protocol === 'file:' && existsSync(fileURLToPath(url)))
            return url;
    }
    return undefined;
}
/**
 * The threads a scan starts with, and how many more it may start once its first files show they are slow (only when
 * not told how many): together within the cap `--jobs` has (src/jobs.ts).
 */
function scanPlan(files, jobs, machine) {
    if (jobs !== undefined)
        return { threads: Math.max(1, Math.floor(jobs)), later: 0 };
    const most = cappedJobs(DEFAULT_MAX_THREADS, machine).jobs;
    const threads = Math.max(1, Math.min(most, Math.floor(files / FILES_PER_THREAD)));
    return { threads, later: most - threads };
}
/**
 * Whether the rest of the files would take the main thread long enough alone to start more
 * threads, judged from how long its first `done` files took (`ms`).
 */
function restWorthThreads(ms, done, left) {
    return ms >= JUDGE_AFTER_MS && done > 0 && (ms / done) * left >= REST_WORTH_A_THREAD_MS;
}
/** A chunk's files from their WorkerData form. */
function chunkListing(data, chunk) {
    const files = data.chunks[chunk].split('\0').map((path) => ({ path }));
    for (const [i, target] of data.links[chunk])
        files[i].target = target;
    return files;
}
/** The evidence groups of a chunk: each is a record of lists (arrays, or fact tables for the dense ones). */
const groupsOf = (r) => [r.source, r.auth, r.secrets];
/** Each list of a chunk's groups replaced by what `f` makes of it. */
function mapLists(result, f) {
    for (const group of groupsOf(result))
        for (const [key, list] of Object.entries(group))
            group[key] = f(list);
    return result;
}
/** A chunk as a worker posts it: its fact tables as plain data (a class does not survive the copy). */
const packChunk = (result) => mapLists(result, (list) => (list instanceof FactTable ? list.pack() : list));
/** The tables of a posted chunk made tables again (every list that is not an array was one). */
const reviveChunk = (result) => mapLists(result, (list) => (Array.isArray(list) ? list : FactTable.revive(list)));
/**
 * Starts the source pass: with more than one thread, the workers start scanning now, and the
 * caller's thread is free until `finish` (it reads the manifests and workflows meanwhile).
 * `finish` scans chunks on the caller's thread too, until none is left, puts the chunks together,
 * scans what no worker delivered, and gives the evidence.
 */
function startSourceScan(repo, options = {}) {
    const { jobs } = options;
    const bounds = chunkBounds(repo);
    const pool = new ScanWorkers(repo, bounds, options);
    const { threads, later } = scanPlan(repo.files.length, jobs, thisMachine());
    // The caller's thread is one of the `threads`: it scans too once its own reads are done. Each
    // thread that scans compiles the detectors for itself (V8 shares no optimized code between
    // threads), so a worker more than the cores can run costs more than it brings (docs/performance.md).
    pool.start(threads - 1);
    // By default, more threads (`later`) may start once the caller's own first chunks show the files are heavy.
    return { finish: () => finishScan(repo, bounds, pool, later, options.startLaterWorkersAtOnce === true) };
}
/**
 * The scan workers of one pass: they take chunks from the counter they share with the main
 * thread, and post each chunk's facts. What they post is put together as it arrives; a worker's
 * end (done, out of memory, crashed) settles its `ended` promise.
 */
class ScanWorkers {
    repo;
    bounds;
    options;
    workers = [];
    /** One per worker, settled when it has exited (after its last message: Node delivers those first). */
    ended = [];
    /** [next chunk to take] */
    next = new Int32Array(new SharedArrayBuffer(4));
    /** Each worker that posted a chunk's facts. */
    delivered = new Set();
    /** Told each chunk a worker posted; set by finish. */
    onChunk = () => { };
    listings;
    /** Looked for when a worker is first wanted: a check of one thread does not look. */
    script;
    constructor(repo, bounds, options) {
        this.repo = repo;
        this.bounds = bounds;
        this.options = options;
    }
    /** Starts `count` workers (none when running from TypeScript sources, where there is no worker script). */
    start(count) {
        if (count <= 0)
            return;
        if (this.script === undefined)
            this.script = this.options.workerScript ?? workerScript() ?? null;
        if (!this.script)
            return;
        this.listings ??= this.listChunks();
        for (let w = 0; w < count; w++) {
            const data = { root: this.repo.root, limits: this.repo.limits, ...this.listings, next: this.next };
            const worker = new Worker(this.script, {
                workerData: data,
                resourceLimits: this.options.workerLimits ?? WORKER_LIMITS
            });
            const index = this.workers.length;
            worker.on('message', (m) => {
                // A chunk a worker failed on is left for the main thread to scan afterwards.
                if (!('result' in m))
                    return;
                this.delivered.add(index);
                this.onChunk(m.chunk, shareStrings(reviveChunk(m.result)));
            });
            this.ended.push(new Promise((resolve) => {
                // A worker that fails (out of memory, a crash) must not take the run down: what it had
                // taken is scanned by the main thread. Without a listener, its 'error' would end the process.
                worker.on('error', () => { });
                worker.on('exit', () => resolve());
            }));
            this.workers.push(worker);
        }
    }
    listChunks() {
        const listings = { chunks: [], links: [] };
        for (let c = 0; c + 1 < this.bounds.length; c++) {
            const files = this.repo.files.slice(this.bounds[c], this.bounds[c + 1]);
            listings.chunks.push(files.map((f) => f.path).join('\0'));
            listings.links.push(files.flatMap((f, i) => (f.target === undefined ? [] : [[i, f.target]])));
        }
        return listings;
    }
}
/** Where each chunk of the snapshot's files begins, and the end. */
function chunkBounds(repo) {
    const bounds = [];
    for (let i = 0; i < repo.files.length; i += CHUNK_FILES)
        bounds.push(i);
    bounds.push(repo.files.length);
    return bounds;
}
/** Lets the event loop run: the workers' messages and ends are taken in. */
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));
async function finishScan(repo, bounds, pool, later, laterAtOnce) {
    const chunks = bounds.length - 1;
    const merged = new InOrderMerge(chunks);
    const { next } = pool;
    // What arrives in order is appended at once, and let go.
    pool.onChunk = (chunk, result) => merged.add(chunk, result);
    // This thread takes chunks from the workers' counter until none is left, and takes in what the
    // workers posted between its chunks.
    let mainScanned = false;
    let mainFiles = 0;
    const began = performance.now();
    for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
        merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]));
        mainScanned = true;
        mainFiles += bounds[c + 1] - bounds[c];
        if (later > 0 &&
            (laterAtOnce ||
                restWorthThreads(performance.now() - began, mainFiles, repo.files.length - bounds[Math.min(chunks, Atomics.load(next, 0))]))) {
            pool.start(later);
            later = 0;
        }
        if (pool.workers.length)
            await yieldToEvents();
    }
    // Then it waits for the chunks the workers hold: until every chunk is in, or every worker has
    // ended (each has posted all it scanned by then, or died). Stopping them once all is in spares
    // waiting for their teardown.
    if (pool.workers.length) {
        await new Promise((resolve) => {
            const allIn = () => merged.settled === chunks && resolve();
            pool.onChunk = (chunk, result) => {
                merged.add(chunk, result);
                allIn();
            };
            allIn();
            void Promise.all(pool.ended).then(() => resolve());
        });
        for (const worker of pool.workers)
            void worker.terminate();
    }
    // Everything no worker delivered (one failed or died) is scanned here.
    for (let c = 0; c < chunks; c++) {
        if (merged.has(c))
            continue;
        merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]));
        mainScanned = true;
    }
    const result = merged.finish(repo);
    const delivered = pool.delivered.size;
    return { ...result, scan: { ...result.scan, threads: delivered + (mainScanned || !delivered ? 1 : 0) } };
}
/**
 * Chunk results put together in chunk order as they arrive: a chunk is appended as soon as every
 * chunk before it is in, so only what arrived early is held apart.
 */
class InOrderMerge {
    chunks;
    pending = new Map();
    done = new Set();
    next = 0;
    into;
    constructor(chunks) {
        this.chunks = chunks;
    }
    has(chunk) {
        return this.done.has(chunk);
    }
    /** How many chunks are in. */
    get settled() {
        return this.done.size;
    }
    add(chunk, result) {
        if (this.done.has(chunk))
            return;
        this.done.add(chunk);
        this.pending.set(chunk, result);
        for (let r = this.pending.get(this.next); r; r = this.pending.get(this.next)) {
            this.pending.delete(this.next++);
            if (this.into)
                append(this.into, r);
            else
                this.into = r;
        }
    }
    finish(repo) {
        const all = this.into ?? scanChunk(repo, 0, 0);
        for (const s of all.skipped)
            repo.noteSkipped(s.path, s.reason);
        return { source: all.source, auth: all.auth, secrets: all.secrets, scan: all.scan };
    }
}
/** Appends chunk `p`'s facts, counts and skipped files to `into`. */
function append(into, p) {
    appendAll(into.source, p.source);
    appendAll(into.auth, p.auth);
    appendAll(into.secrets, p.secrets);
    into.scan.files += p.scan.files;
    into.scan.sourceFiles += p.scan.sourceFiles;
    into.scan.bytes += p.scan.bytes;
    into.skipped.push(...p.skipped);
}
/**
 * A message arrives with a fresh copy of every string in it (structured clone does not share
 * them): the same path, note or host once per place. Share them again, as the main thread's scan does.
 */
function shareStrings(result) {
    for (const group of groupsOf(result)) {
        for (const list of Object.values(group)) {
            // A table keeps one copy of each string per chunk, but every chunk's table has its own copy of
            // the same paths, hosts and notes, and sharing them shrinks the main thread's old generation
            // (docs/performance.md).
            if (list instanceof FactTable) {
                list.mapStrings(intern);
                continue;
            }
            if (!Array.isArray(list))
                continue;
            for (let i = 0; i < list.length; i++)
                if (typeof list[i] === 'string' && list[i].length <= 512)
                    list[i] = intern(list[i]);
            for (const item of list) {
                if (typeof item !== 'object' || item === null)
                    continue;
                shareFields(item);
                const at = item.at;
                if (typeof at === 'object' && at !== null)
                    shareFields(at);
            }
        }
    }
    return result;
}
function shareFields(o) {
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'string' && v.length <= 512)
            o[k] = intern(v);
}
/** Append each list of `part` to the same-named list of `into` (element by element: no argument-count limit). */
function appendAll(into, part) {
    for (const key of Object.keys(part)) {
        const target = into[key];
        if (target instanceof FactTable)
            target.append(part[key]);
        else
            for (const item of part[key])
                target.push(item);
    }
}

export { startSourceScan as a, chunkListing as c, entryOfImport as e, importsOfViewed as i, packChunk as p, scanChunk as s };
