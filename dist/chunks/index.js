import { N as catalogueWith, a as isTestPath, l as languageOf, O as sourceViews, h as LineFinder, P as firstArgument, Q as leadingLiteral, k as hostOf, S as CALLER_URL_NAME, T as closingBracket, e as distExports, f as nodePosition, U as own, V as loopNames, W as parameterOf, X as expressionText, Y as objectNameAt, Z as codeFileOf, $ as stringConstantsOf, a0 as toolObjectsOf } from './catalogue.js';
import { i as importsOf, e as entryOfImport, a as startSourceScan } from './parallel-scan.js';
import { B as dig, D as readDeployment, E as readDocs, F as readKustomizations, G as readServerScope } from './registry.js';
import { posix } from 'node:path';

/** Words that name reading data back. */
const READ_WORDS = new Set([
    'get list search query read fetch find select download scan describe count lookup retrieve export load browse',
    'view show aggregate distinct stat exists peek poll receive recv consume history explain filter iter jql cql',
    'watch inspect dump lrange zrange xrange xread xreadgroup hgetall hget hmget mget smembers sismember hkeys',
    'hvals hexists hlen llen scard zcard zscore xlen xinfo lindex zrangebyscore zrevrange srandmember scalar reader',
    'fetchall fetchone fetchmany fetchval fetchrow'
]
    .join(' ')
    .split(' '));
/** Words that name writing, deleting or sending without reading back. */
const WRITE_WORDS = new Set([
    'create add insert update upsert set put delete remove del drop send post publish upload write move copy assign',
    'transition link unlink edit patch archive unarchive close reopen rename replace save store push append incr',
    'increment decr decrement expire clear purge truncate invite kick ban pin unpin react reply forward share',
    'submit approve reject merge commit lock unlock enable disable restart cancel schedule mark star unstar follow',
    'unfollow register deregister grant revoke attach detach tag untag mute unmute join leave modify change alter',
    'reset flush trash untrash hset hdel lpush rpush lrem xack destroy sadd srem zadd zrem xadd xdel hmset mset',
    'setex psetex setnx hincrby incrby persist pexpire lset ltrim xtrim'
]
    .join(' ')
    .split(' '));
/** Methods that do what their first argument says (a statement, a command, a path). */
const DISPATCH = new Set(['send execute executemany exec query request call invoke run raw sql perform post'].join(' ').split(' '));
const SQL_READ = /^(?:select|with|show|describe|desc|explain|pragma|values|table)\b/i;
const SQL_WRITE = /^(?:insert|update|delete|create|drop|alter|truncate|merge|replace|grant|revoke|upsert|copy|vacuum|comment)\b/i;
/** The words of an identifier or a path: `issue_get_watchers`, `postMessage`, `GetObjectCommand`, `/rest/search`. */
function wordsOf(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
const flat = (s) => s.toLowerCase().replace(/[_/.]/g, '');
/** What a method name says: the package's own lists first, then its words (reading wins: fail closed). */
function accessOfName(name, entry) {
    const f = flat(name);
    if (!f)
        return undefined;
    // ADO.NET's `ExecuteNonQuery` runs a statement that returns no rows.
    if (f.includes('nonquery'))
        return 'write';
    if (entry?.read?.some((r) => flat(r) === f))
        return 'read';
    if (entry?.write?.some((w) => flat(w) === f) || entry?.send?.some((s) => flat(s) === f))
        return 'write';
    const words = wordsOf(name);
    if (words.some((w) => READ_WORDS.has(w)))
        return 'read';
    if (words.some((w) => WRITE_WORDS.has(w)))
        return 'write';
    return undefined;
}
/** What a dispatcher's first argument says: SQL's first keyword, a literal path's words, a command type's name. */
function accessOfArgument(arg) {
    const text = arg.trim();
    const literal = /^(?:[fFrRbBuU]{1,2})?(?:'''|"""|['"`])\s*([^'"`]{0,300})/.exec(text);
    if (literal) {
        const body = literal[1].trim();
        if (SQL_READ.test(body))
            return 'read';
        if (SQL_WRITE.test(body))
            return 'write';
        const words = wordsOf(body);
        if (words.some((w) => READ_WORDS.has(w)))
            return 'read';
        if (words.some((w) => WRITE_WORDS.has(w)))
            return 'write';
        return undefined;
    }
    const command = /^(?:new\s+)?([A-Z][\w$]*)\s*[({]/.exec(text);
    return command ? accessOfName(command[1]) : undefined;
}
/**
 * What a use of a client does: the calls of the chain after it, read if any reads, write if
 * some write and none reads; undefined when it cannot be told (a constructor, a reference).
 */
function accessOfChain(entry, chain) {
    let wrote = false;
    for (const c of chain) {
        if (c.args === undefined)
            continue;
        const lower = c.name.toLowerCase();
        let a;
        // A constructor or a direct call given a statement (`new NpgsqlCommand("select …", conn)`).
        if (!c.name)
            a = c.args.trim() ? accessOfArgument(c.args) : undefined;
        else if (lower === 'get' || lower === 'head')
            a = 'read';
        else if (DISPATCH.has(lower))
            a = (c.args.trim() && accessOfArgument(c.args)) || (lower === 'post' || lower === 'send' ? 'write' : undefined);
        else
            a = accessOfName(c.name, entry);
        if (a === 'read')
            return 'read';
        if (a === 'write')
            wrote = true;
    }
    if (wrote)
        return 'write';
    // Only member names and no classified call (`client.messages` handed on): their words, if any.
    for (const c of chain)
        if (c.args === undefined && c.name && accessOfName(c.name, entry) === 'read')
            return 'read';
    return undefined;
}

// What each tool reaches: from its registration to its handler, from the handler through the
// functions it calls in the repository (bounded depth, nothing executed), to the packages the
// capability catalogue knows and the URLs HTTP clients are given. A tool argument that reaches a
// client's URL means the model chooses where the server connects. What cannot be tied to a tool
// belongs to the server, with the tools that may hold it. Only the files a tool reaches are read
// again here; the source pass has already found every catalogue import.
// Hand-written over the lexer's views: a parser per language (tree-sitter grammars) was not
// measured against it in this change; these are brackets, indentation and identifiers.
const MAX_DEPTH = 4;
const MAX_SPANS_PER_TOOL = 120;
const KEYWORDS = new Set([
    'async',
    'err',
    '_',
    'if',
    'for',
    'while',
    'switch',
    'catch',
    'return',
    'new',
    'using',
    'lock',
    'foreach',
    'await',
    'throw',
    'typeof',
    'sizeof',
    'nameof',
    'when',
    'else',
    'function',
    'synchronized',
    'do',
    'try',
    'fixed',
    'in',
    'of',
    'and',
    'or',
    'not',
    'with',
    'as',
    'def',
    'class',
    'import',
    'from',
    'func',
    'go',
    'defer',
    'var',
    'let',
    'const',
    'fun',
    'super',
    'this',
    'self',
    'base',
    'true',
    'false',
    'null',
    'None',
    'nil',
    'elif',
    'except',
    'lambda',
    'yield',
    'pass'
]);
/** Methods that take the URL they connect to (names compared in lower case). */
const URL_METHODS = new Set([
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'head',
    'options',
    'request',
    'fetch',
    'stream',
    'urlopen',
    'goto',
    'navigate',
    'visit',
    'connect',
    'newrequest',
    'newrequestwithcontext',
    'getasync',
    'postasync',
    'putasync',
    'deleteasync',
    'patchasync',
    'getstringasync',
    'getstreamasync',
    'getbytearrayasync',
    'getfromjsonasync',
    'postasjsonasync',
    'uri',
    'url',
    'create',
    'scrape_url',
    'crawl_url',
    'scrapeurl',
    'crawlurl',
    'scrape',
    'crawl',
    'getforobject',
    'getforentity',
    'postforobject',
    'exchange',
    'fromurl',
    'gotoasync',
    'navigateasync',
    'dial',
    'postform'
]);
/** The URL argument comes after these: a context, an HTTP method. */
const LEADING_NON_URL = /^\s*(ctx|context\.\w+\(\)|"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+|HttpMethod\.\w+)\s*$/;
/** A URL wrapped in a constructor: look inside. */
const URL_WRAPPER = /^\s*(?:URI\.create|new\s+URI|new\s+URL|URL|new\s+Uri|Uri\.parse|url\.Parse)\s*\(/;
const FETCH = {
    id: 'builtin:fetch',
    ecosystem: 'npm',
    package: 'fetch',
    legs: [],
    kind: 'generic-http',
    reason: 'the global fetch: decided by each call’s URL'
};
/** Offset just past the bracket matching the one at `open` in `text` (a bare view), or -1. */
function closing(text, open, limit = 200_000) {
    const close = closingBracket(text, open, limit);
    return close < 0 ? -1 : close + 1;
}
/** Split a parameter or argument list at its top-level commas. */
function splitTop(list) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < list.length; i++) {
        const ch = list[i];
        if ('([{<'.includes(ch))
            depth++;
        else if (')]}>'.includes(ch))
            depth--;
        else if (ch === ',' && depth === 0) {
            out.push(list.slice(from, i));
            from = i + 1;
        }
    }
    out.push(list.slice(from));
    return out.map((s) => s.trim()).filter(Boolean);
}
function paramNames(text, language) {
    const names = [];
    // A parameter list of at most 2,000 characters: it bounds the patterns below.
    const list = text.slice(0, 2000);
    for (const raw of splitTop(list)) {
        const p = raw.replace(/\[[^\]]*\]|@\w+(\([^)]*\))?/g, ' ').trim();
        if (p.startsWith('{')) {
            for (const m of p.matchAll(/([A-Za-z_$][\w$]*)\s*(?=[,}:=])/g))
                names.push(m[1]);
            continue;
        }
        if (language === 'python' ||
            language === 'typescript' ||
            language === 'javascript' ||
            language === 'go' ||
            language === 'kotlin') {
            const m = /^[*.\s]*([A-Za-z_$][\w$]*)/.exec(p);
            if (m)
                names.push(m[1]);
        }
        else {
            const m = /([A-Za-z_$][\w$]*)\s*(?:=[^]*)?$/.exec(p);
            if (m)
                names.push(m[1]);
        }
    }
    return names;
}
/** The functions and methods a file defines, with their bodies. */
function definitionsOf(language, bare) {
    const defs = [];
    if (language === 'python') {
        for (const m of bare.matchAll(/^([ \t]*)(?:async[ \t]+)?def[ \t]+(\w+)[ \t]*\(/gm)) {
            const open = m.index + m[0].length - 1;
            const close = closing(bare, open);
            if (close < 0)
                continue;
            const indent = m[1].length;
            let end = bare.length;
            const lineEnd = bare.indexOf('\n', close);
            for (let i = lineEnd; i !== -1 && i < bare.length; i = bare.indexOf('\n', i + 1)) {
                const line = /^[ \t]*(\S?)/.exec(bare.slice(i + 1, i + 200));
                if (line[1] &&
                    line[1] !== '#' &&
                    line[0].length - 1 <= indent &&
                    line[0].length - 1 >= 0 &&
                    !/^[ \t]*[)\]}]/.test(bare.slice(i + 1, i + 50))) {
                    end = i;
                    break;
                }
            }
            const returns = /^[ \t]*->[ \t]*([^:\n]{1,120}):/.exec(bare.slice(close, close + 130))?.[1];
            defs.push({
                name: m[2],
                nameOffset: m.index + m[0].indexOf(m[2], m[1].length),
                params: paramNames(bare.slice(open + 1, close - 1), language),
                start: m.index,
                end,
                returns
            });
        }
        return defs;
    }
    const re = language === 'go'
        ? /\bfunc[ \t]*(?:\([^)]{0,200}\)[ \t]*)?(\w+)[ \t]*(?:\[[^\]]{0,200}\])?\(/g
        : /(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*\(/g;
    for (const m of bare.matchAll(re)) {
        const name = m[1];
        if (KEYWORDS.has(name))
            continue;
        const nameOffset = m.index + m[0].indexOf(name);
        if (language !== 'go') {
            let b = nameOffset - 1;
            while (b >= 0 && (bare[b] === ' ' || bare[b] === '\t'))
                b--;
            if (bare[b] === '.')
                continue;
            const before = /([A-Za-z_$][\w$]*)[ \t]*$/.exec(bare.slice(Math.max(0, b - 40), b + 1));
            if (before && (before[1] === 'new' || before[1] === 'return' || before[1] === 'await' || before[1] === 'throw'))
                continue;
        }
        const open = m.index + m[0].length - 1;
        const close = closing(bare, open, 20_000);
        if (close < 0)
            continue;
        // After the parameters: an optional return type or throws clause, then the body.
        const after = /^[^;{}=]{0,300}?(\{|=>)/.exec(bare.slice(close, close + 400));
        if (!after || (language !== 'go' && /[()]/.test(after[0].slice(0, -1).replace(/\([^()]*\)/g, ''))))
            continue;
        if (language === 'go' && !/^\s*(?:\([^)]*\)|[\w.*[\]]+)?\s*\{$/.test(after[0]))
            continue;
        const bodyAt = close + after[0].length - after[1].length;
        let end;
        if (after[1] === '{')
            end = closing(bare, bodyAt);
        else {
            const brace = /^=>\s*\{/.exec(bare.slice(bodyAt, bodyAt + 50));
            end = brace ? closing(bare, bodyAt + brace[0].length - 1) : bare.indexOf(';', bodyAt);
        }
        if (end < 0)
            end = bare.length;
        // TypeScript and Go write the type after the parameters; C# and Java before the name.
        const lineStart = bare.lastIndexOf('\n', nameOffset) + 1;
        const returns = language === 'typescript' || language === 'javascript' || language === 'go' || language === 'kotlin'
            ? after[0].slice(0, -after[1].length)
            : bare.slice(Math.max(lineStart, nameOffset - 120), nameOffset);
        defs.push({
            name,
            nameOffset,
            params: paramNames(bare.slice(open + 1, close - 1), language),
            start: m.index,
            end,
            returns
        });
    }
    return defs;
}
function bindingsOf(file, defs, entries) {
    const bindings = new Map();
    const assignedFrom = new Map();
    const scoped = [];
    /** The innermost function around an offset (none at the top level). */
    const scopeOf = (o) => {
        let best;
        for (const d of defs)
            if (d.start <= o && o < d.end && (!best || d.start >= best.start))
                best = d;
        return best;
    };
    const members = new Map();
    const bind = (name, e, at, member) => {
        if (member && !members.has(name))
            members.set(name, e);
        if (KEYWORDS.has(name) || bindings.has(name))
            return;
        const scope = member ? undefined : scopeOf(at);
        if (!scope)
            bindings.set(name, e);
        else if (!scoped.some((b) => b.name === name && b.start === scope.start))
            scoped.push({ name, entry: e, start: scope.start, end: scope.end });
    };
    if (file.language === 'typescript' || file.language === 'javascript')
        bindings.set('fetch', FETCH);
    for (const [name, entry] of entries)
        bindings.set(name, entry);
    const bare = file.bare;
    const root = (chain) => bindings.get(chain) ?? bindings.get(chain.split('.')[0]) ?? bindings.get(chain.slice(chain.lastIndexOf('.') + 1));
    /** Functions of the file that return a client: their type says so, or they return one made in them. */
    const returning = new Map();
    const returnedBy = (d) => {
        for (const t of d.returns?.match(/[A-Za-z_$][\w$.]*/g) ?? []) {
            const e = KEYWORDS.has(t) ? undefined : root(t);
            if (e)
                return e;
        }
        const made = /\breturn[ \t]{1,8}(?:await[ \t]{1,8})?(?:new[ \t]{1,8})?&?[ \t]{0,8}([A-Za-z_$][\w$.]*)[ \t]{0,8}[({]/.exec(bare.slice(d.start, d.end));
        return made ? root(made[1]) : undefined;
    };
    for (let round = 0; round < 3; round++) {
        const before = bindings.size;
        for (const d of defs) {
            if (returning.has(d.name))
                continue;
            const e = returnedBy(d);
            if (e)
                returning.set(d.name, e);
        }
        // One whitespace run between the name and `=` (the type absorbs its own trailing blanks): two would be quadratic.
        for (const m of bare.matchAll(/(?:\b(?:self|this)\s*\.\s*|(?<![\w$.]))([A-Za-z_$][\w$]*)(?:[ \t]*,[ \t]*\w+)?[ \t]*(?::[ \t]*[\w.<>[\]|,?*][\w.<>[\]|, \t?*]{0,79})?:?=(?![=>])[ \t]*(?:await[ \t]+)?(?:new[ \t]+)?&?[ \t]*((?:self\.|this\.)?[A-Za-z_$][\w$.]*)/g)) {
            const callee = m[2].replace(/^(?:self|this)\./, '');
            const e = root(callee) ??
                (/^[ \t]*\(/.test(bare.slice(m.index + m[0].length, m.index + m[0].length + 5))
                    ? returning.get(callee.slice(callee.lastIndexOf('.') + 1))
                    : undefined);
            if (e)
                bind(m[1], e, m.index, /^(?:self|this)\b/.test(m[0]) || (file.language !== 'python' && /^[A-Z_]/.test(m[1])));
            else if (!assignedFrom.has(m[1]) && /^[ \t]*\(/.test(bare.slice(m.index + m[0].length).slice(0, 5))) {
                assignedFrom.set(m[1], callee.slice(callee.lastIndexOf('.') + 1));
            }
            if (e && /^(?:self|this)\b/.test(m[0]) && !members.has(m[1]))
                members.set(m[1], e);
        }
        for (const m of bare.matchAll(/\bwith[ \t]+(?:await[ \t]+)?([\w.]+)\([^\n]{0,300}?\)[ \t]+as[ \t]+(\w+)/g)) {
            const e = root(m[1]);
            if (e)
                bind(m[2], e, m.index, false);
        }
        // Typed fields and parameters: `GraphServiceClient graph`, `client: WebClient`, `c *slack.Client`.
        for (const m of bare.matchAll(/(?<![\w.])([A-Z][\w.]*)(?:<[^<>;\n]{0,200}>)?\??[ \t]+([a-z_]\w*)\b/g)) {
            const e = root(m[1]);
            if (e && !bindings.has(m[2]) && !KEYWORDS.has(m[2]))
                bindings.set(m[2], e);
        }
        if (file.language === 'go') {
            for (const m of bare.matchAll(/\b([a-z_]\w*)[ \t]+\*?([a-z]\w*)\.[A-Z]\w*/g)) {
                const e = bindings.get(m[2]);
                if (e && !bindings.has(m[1]) && !KEYWORDS.has(m[1]))
                    bindings.set(m[1], e);
            }
        }
        for (const m of bare.matchAll(/(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*:[ \t]*([A-Z][\w$.]*)/g)) {
            const e = root(m[2]);
            if (e && !bindings.has(m[1]) && !KEYWORDS.has(m[1]))
                bindings.set(m[1], e);
        }
        if (bindings.size === before)
            break;
    }
    return { bindings, scoped, returning, members, assignedFrom };
}
/**
 * Files a file can call into: relative JS imports, local Python modules, the same Go package or C#/Java directory,
 * C#/Java types it names.
 */
/**
 * The repository's paths by directory and by file name, made once: linking a file looked through every path per import.
 */
class PathIndex {
    all;
    byDir = new Map();
    byName = new Map();
    constructor(all) {
        this.all = all;
        for (const p of all) {
            const cut = p.lastIndexOf('/');
            const dir = cut < 0 ? '' : p.slice(0, cut);
            const name = p.slice(cut + 1);
            let d = this.byDir.get(dir);
            if (!d)
                this.byDir.set(dir, (d = []));
            d.push(p);
            let n = this.byName.get(name);
            if (!n)
                this.byName.set(name, (n = []));
            n.push(p);
        }
    }
    has(p) {
        return this.all.has(p);
    }
}
const REEXPORT = /\bexport[ \t]*(?:\*|\{[^{}]{0,400}\})[ \t]*from[ \t]*(['"])(\.[^'"\n]{0,200})\1/g;
function linkedFiles(path, language, text, code, bare, paths, types, imports, importedFrom) {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const join = (a, b) => {
        const parts = (a ? `${a}/${b}` : b).split('/');
        const out = [];
        for (const p of parts) {
            if (p === '..')
                out.pop();
            else if (p && p !== '.')
                out.push(p);
        }
        return out.join('/');
    };
    const linked = new Set();
    if (language === 'typescript' || language === 'javascript') {
        // Re-exports link too: a package's barrel (`export * from './client'`) leads to its modules.
        const reexports = [...code.matchAll(REEXPORT)];
        for (const imp of [...imports, ...reexports.map((m) => ({ module: m[2], names: [] }))]) {
            if (!imp.module.startsWith('.'))
                continue;
            const base = join(dir, imp.module);
            const tried = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.js`, `${base}.mjs`];
            for (const cand of [...tried, `${base}/index.ts`, `${base}/index.js`]) {
                if (!paths.has(cand))
                    continue;
                linked.add(cand);
                for (const n of imp.names)
                    importedFrom.set(n, cand);
                break;
            }
        }
    }
    else if (language === 'python') {
        for (const imp of imports) {
            const dots = /^\.*/.exec(imp.module)[0].length;
            const mod = imp.module.slice(dots).replace(/\./g, '/');
            const bases = [];
            if (dots) {
                let d = dir;
                for (let i = 1; i < dots; i++)
                    d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '';
                bases.push(join(d, mod));
            }
            else if (mod)
                bases.push(mod);
            for (const b of bases) {
                // Importing `a.b.c` runs `a/b/__init__.py` too: a package's re-exports are one step away.
                const parent = b.includes('/') ? [`${b.slice(0, b.lastIndexOf('/'))}/__init__.py`] : [];
                for (const cand of [
                    `${b}.py`,
                    `${b}/__init__.py`,
                    ...imp.members.map((m) => `${b ? `${b}/` : ''}${m}.py`),
                    ...parent
                ]) {
                    if (paths.has(cand)) {
                        linked.add(cand);
                        const module = cand === `${b}.py` || cand === `${b}/__init__.py`;
                        if (module)
                            for (const n of imp.names)
                                if (!importedFrom.has(n))
                                    importedFrom.set(n, cand);
                    }
                    else if (!dots) {
                        const hit = paths.byName.get(cand.slice(cand.lastIndexOf('/') + 1))?.find((p) => p.endsWith(`/${cand}`));
                        if (hit)
                            linked.add(hit);
                    }
                }
            }
        }
    }
    else {
        const ext = path.slice(path.lastIndexOf('.'));
        for (const p of paths.byDir.get(dir) ?? [])
            if (p !== path && p.endsWith(ext) && !isTestPath(p))
                linked.add(p);
        if (language !== 'go') {
            for (const word of new Set(bare.match(/\b[A-Z]\w*\b/g) ?? []))
                for (const f of types.get(word) ?? [])
                    if (f !== path)
                        linked.add(f);
        }
        else {
            for (const imp of imports) {
                const segs = imp.module.split('/');
                // Only an import that names a directory of the repository: the standard library and modules elsewhere do not.
                for (let k = Math.min(segs.length - 1, 4); k >= 1; k--) {
                    const tail = segs.slice(segs.length - k).join('/');
                    const dirs = [...paths.byDir.keys()].filter((d) => d === tail || d.endsWith(`/${tail}`));
                    for (const d of dirs)
                        for (const p of paths.byDir.get(d))
                            if (p.endsWith('.go') && !p.endsWith('_test.go'))
                                linked.add(p);
                    if (dirs.length)
                        break;
                }
            }
        }
    }
    return [...linked];
}
function deriveCapabilities(repo, paths, source, custom = []) {
    const catalogue = catalogueWith(custom);
    const pathSet = new PathIndex(new Set(paths));
    const types = new Map();
    for (const t of source.declaredTypes) {
        if (isTestPath(t.file))
            continue;
        const list = types.get(t.name) ?? [];
        list.push(t.file);
        types.set(t.name, list);
    }
    const parsed = new Map();
    const parse = (path) => {
        if (parsed.has(path))
            return parsed.get(path) ?? undefined;
        const language = languageOf(path);
        const text = language ? repo.read(path) : undefined;
        if (!language || text === undefined) {
            parsed.set(path, null);
            return undefined;
        }
        const { code, bare } = sourceViews(text, language);
        const imports = importsOf({ language, code, bare });
        const entries = new Map();
        for (const imp of imports) {
            const e = entryOfImport(catalogue, language, imp);
            if (!e)
                continue;
            for (const n of imp.names)
                entries.set(n, e);
            for (const t of e.types ?? [])
                entries.set(t, e);
            if (language === 'csharp' || !imp.names.length)
                for (const t of e.types ?? [])
                    entries.set(t, e);
        }
        const base = { path, language, text, code, bare, lines: new LineFinder(text) };
        const defs = definitionsOf(language, bare);
        const importedFrom = new Map();
        const file = {
            ...base,
            defs,
            defsByName: byName(defs),
            ...bindingsOf(base, defs, entries),
            farDefs: new Map(),
            constants: urlConstants(code),
            importedFrom,
            linked: linkedFiles(path, language, text, code, bare, pathSet, types, imports, importedFrom)
        };
        parsed.set(path, file);
        return file;
    };
    const seen = new Set();
    const tools = [];
    for (const reg of source.tools) {
        if (reg.isTest || seen.has(reg.name))
            continue;
        seen.add(reg.name);
        tools.push(reachOf(reg, parse, catalogue));
    }
    // The source pass's reads of third-party text and its network calls, in code a tool reaches, are that tool's.
    const inReach = (t, at) => t.reached.some((r) => r.file === at.file && r.from <= at.line && at.line <= r.to);
    // A URL named like one is the caller's only in the handler, or where a tool argument reaches it.
    const callerIn = (t, at, expression) => t.reached.some((r, i) => {
        if (r.file !== at.file || at.line < r.from || at.line > r.to)
            return false;
        const taint = TAINT.get(t)?.[i];
        return !taint || mentions(expression, taint);
    });
    const tied = new Set();
    // The reads and calls by file, made once: a large server has thousands of tools and hundreds of thousands of calls.
    const readsByFile = new Map();
    for (const r of source.thirdPartyReads) {
        if (r.isTest)
            continue;
        const list = readsByFile.get(r.at.file) ?? [];
        list.push(r);
        readsByFile.set(r.at.file, list);
    }
    const reachedFiles = new Set(tools.flatMap((t) => t.reached.map((r) => r.file)));
    const callsByFile = new Map();
    source.networkCalls.walk((c, take) => {
        if (c.isTest || !(c.host || c.callerSupplied) || !reachedFiles.has(c.at.file))
            return;
        const row = take();
        const list = callsByFile.get(row.at.file) ?? [];
        list.push(row);
        callsByFile.set(row.at.file, list);
    });
    for (const t of tools) {
        if (!t.reached.length)
            continue;
        const has = new Set(t.facts.map((f) => `${f.at.file}:${f.at.line}`));
        for (const file of new Set(t.reached.map((r) => r.file))) {
            for (const r of readsByFile.get(file) ?? []) {
                if (!inReach(t, r.at))
                    continue;
                tied.add(`${r.at.file}:${r.at.line}`);
                if (!has.has(`${r.at.file}:${r.at.line}`))
                    t.facts.push({ leg: 'untrustedContent', via: `${r.source} (${r.api})`, source: 'read', at: r.at });
            }
            for (const row of callsByFile.get(file) ?? []) {
                if (!inReach(t, row.at))
                    continue;
                const key = `${row.at.file}:${row.at.line}`;
                tied.add(key);
                if (has.has(key))
                    continue;
                has.add(key);
                if (row.host) {
                    t.facts.push({
                        leg: 'externalCommunication',
                        via: `${row.client} → ${row.host}`,
                        source: 'host',
                        host: row.host,
                        at: row.at
                    });
                    t.facts.push(...vendorFacts(catalogue, row.host, row.at));
                }
                else if (!callerIn(t, row.at, row.expression ?? '')) {
                    const rf = parse(row.at.file);
                    const configured = rf && configuredTarget(rf, offsetOf(rf, row.at.line, row.at.column), row.expression ?? '');
                    if (configured)
                        t.facts.push(configuredFact(row.client, row.expression ?? '', row.at));
                    else
                        t.unknownTargets.push({ client: row.client, expression: row.expression ?? '', at: row.at });
                }
                else {
                    t.facts.push({
                        leg: 'untrustedContent',
                        via: `${row.client} fetches a URL the caller chooses (\`${row.expression}\`)`,
                        source: 'caller-url',
                        at: row.at
                    });
                    t.facts.push({
                        leg: 'externalCommunication',
                        via: `${row.client} connects where the caller chooses (\`${row.expression}\`)`,
                        source: 'caller-url',
                        at: row.at
                    });
                }
            }
        }
    }
    // What no tool reached belongs to the server, with the tools that may hold it.
    const server = [];
    const reachedEntries = new Set(tools.flatMap((t) => [...t.facts.map((f) => f.via), ...(TOUCHED.get(t) ?? [])]));
    const allTools = tools.map((t) => t.tool);
    const candidatesOf = (file) => {
        const here = tools.filter((t) => t.registration.file === file).map((t) => t.tool);
        return here.length ? here : allTools;
    };
    const byId = new Map(catalogue.entries.map((e) => [e.id, e]));
    const reported = new Set();
    for (const imp of source.imports) {
        if (imp.isTest)
            continue;
        const e = byId.get(imp.entry);
        if (!e || !e.legs.length || reachedEntries.has(viaOf(e)))
            continue;
        for (const leg of e.legs) {
            const key = `${e.id}|${leg}`;
            if (reported.has(key))
                continue;
            reported.add(key);
            server.push({
                leg,
                via: viaOf(e),
                source: e.kind === 'llm' ? 'llm' : e.kind === 'send' ? 'send' : 'package',
                at: imp.at,
                candidates: candidatesOf(imp.at.file)
            });
        }
    }
    const reachedLines = new Set([
        ...tied,
        ...tools.flatMap((t) => [
            ...t.facts.map((f) => `${f.at.file}:${f.at.line}`),
            ...t.unknownTargets.map((u) => `${u.at.file}:${u.at.line}`)
        ])
    ]);
    for (const r of source.thirdPartyReads) {
        if (r.isTest || reachedLines.has(`${r.at.file}:${r.at.line}`))
            continue;
        server.push({
            leg: 'untrustedContent',
            via: `${r.source} (${r.api})`,
            source: 'read',
            at: r.at,
            candidates: candidatesOf(r.at.file)
        });
    }
    source.networkCalls.walk((c, take) => {
        if (c.isTest || reachedLines.has(`${c.at.file}:${c.at.line}`))
            return;
        if (c.callerSupplied) {
            const row = take();
            server.push({
                leg: 'untrustedContent',
                via: `${row.client} fetches a URL the caller chooses (\`${row.expression}\`)`,
                source: 'caller-url',
                at: row.at,
                candidates: candidatesOf(row.at.file)
            });
            server.push({
                leg: 'externalCommunication',
                via: `${row.client} connects where the caller chooses (\`${row.expression}\`)`,
                source: 'caller-url',
                at: row.at,
                candidates: candidatesOf(row.at.file)
            });
        }
        else if (c.host) {
            const row = take();
            server.push({
                leg: 'externalCommunication',
                via: `${row.client} → ${row.host}`,
                source: 'host',
                host: row.host,
                at: row.at,
                candidates: candidatesOf(row.at.file)
            });
        }
    });
    return { tools, server };
}
const viaOf = (e) => `${e.package}: ${e.reason}`;
/** A call to a vendor's API host reaches what the vendor's SDK would: its entry's legs. */
function vendorFacts(catalogue, host, at) {
    const e = catalogue.byHost(host);
    if (!e)
        return [];
    return e.legs
        .filter((leg) => leg !== 'externalCommunication')
        .map((leg) => ({ leg, via: `${viaOf(e)} (its API at ${host})`, source: 'package', at }));
}
function urlConstants(code) {
    const map = new Map();
    for (const m of code.matchAll(/\b([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.<>]+[ \t]*)?:?=[ \t]*[fr]?(['"`])((?:https?|wss?):\/\/[^'"`\s{]+)/g))
        map.set(m[1], m[3]);
    // A name given a member of such a table: `const endpoint = this.baseURLs.search`.
    const members = /\b([A-Za-z_]\w*)[ \t]*:?=[ \t]*(?:[A-Za-z_$][\w$]*\.)+([A-Za-z_]\w*)[ \t]*[;\n]/g;
    // An object's or a dictionary's URL-valued keys: `search: 'https://…'`, `"search": "https://…"`.
    for (const m of code.matchAll(/(?<![\w$])(['"]?)([A-Za-z_]\w*)\1[ \t]*:[ \t]*(['"`])((?:https?|wss?):\/\/[^'"`\s{]+)/g))
        if (!map.has(m[2]))
            map.set(m[2], m[4]);
    for (const m of code.matchAll(members))
        if (!map.has(m[1]) && map.has(m[2]))
            map.set(m[1], map.get(m[2]));
    return map;
}
/**
 * The identifiers of a chain after `at` (`.a.b(…).c(`): each member and whether it is called, with the call's
 * arguments' start.
 */
function chainAfter(bare, from) {
    const out = [];
    let i = from;
    let name = '';
    for (let steps = 0; steps < 12; steps++) {
        while (bare[i] === ' ' || bare[i] === '\t' || bare[i] === '\n' || bare[i] === '\r')
            i++;
        if (bare[i] === '?' && bare[i + 1] === '.')
            i++;
        if (bare[i] === '(') {
            const close = closing(bare, i, 20_000);
            out.push({ name, argsAt: i + 1, end: close < 0 ? i + 1 : close });
            if (close < 0)
                break;
            i = close;
            name = '';
        }
        else if (bare[i] === '.') {
            const m = /^\.\s*([A-Za-z_$][\w$]*)/.exec(bare.slice(i, i + 200));
            if (!m)
                break;
            if (name)
                out.push({ name, end: i });
            name = m[1];
            i += m[0].length;
        }
        else
            break;
    }
    if (name)
        out.push({ name, end: i });
    return out;
}
function reachOf(reg, parse, catalogue) {
    const reach = { tool: reg.name, registration: reg.at, facts: [], unknownTargets: [], reached: [] };
    const file = parse(reg.at.file);
    if (!file)
        return reach;
    const offset = offsetOf(file, reg.at.line, reg.at.column);
    let handler = handlerOf(file, offset, reg);
    let handlerFile = file;
    // A low-level server lists its tools apart and dispatches on the name (`case "search":`).
    if (!handler) {
        for (const p of [file.path, ...file.linked]) {
            const other = parse(p);
            handler = other && dispatchOf(other, reg.name, p === file.path ? offset : -1);
            if (handler) {
                handlerFile = other;
                break;
            }
        }
    }
    if (!handler)
        return reach;
    const { line, column } = handlerFile.lines.at(handler.span.start);
    reach.handler = { file: handlerFile.path, line, column, note: `handler of "${reg.name}"` };
    const visited = new Set();
    const factKeys = new Set();
    const addFact = (f) => {
        const key = `${f.leg}|${f.via}|${f.at.file}:${f.at.line}`;
        if (factKeys.has(key))
            return;
        // One place per package and leg is enough evidence.
        if (f.source !== 'host' && f.source !== 'caller-url' && reach.facts.some((x) => x.leg === f.leg && x.via === f.via))
            return;
        factKeys.add(key);
        reach.facts.push(f);
    };
    /** Per private-data package: where the tool reads through it, where its use is unclear, whether it writes. */
    const access = new Map();
    const noteAccess = (entry, a, where) => {
        let n = access.get(entry);
        if (!n)
            access.set(entry, (n = { wrote: false }));
        if (a === 'read')
            n.read ??= where;
        else if (a === 'write')
            n.wrote = true;
        else
            n.unclear ??= where;
    };
    const work = [
        { file: handlerFile, span: handler.span, tainted: argumentsOf(handler.params), depth: 0 }
    ];
    let spans = 0;
    while (work.length && spans++ < MAX_SPANS_PER_TOOL) {
        const { file: f, span, tainted, depth } = work.shift();
        const key = `${f.path}:${span.start}`;
        if (visited.has(key))
            continue;
        visited.add(key);
        reach.reached.push({
            file: f.path,
            from: f.lines.at(span.start).line,
            to: f.lines.at(Math.max(span.start, span.end - 1)).line
        });
        const body = f.bare.slice(span.start, span.end);
        propagateTaint(body, f.code.slice(span.start, span.end), tainted);
        taintOf(reach).push(depth === 0 ? undefined : tainted);
        const at = (o, note) => ({ file: f.path, ...f.lines.at(o), quoteLine: true, note });
        const senders = new Set();
        for (const m of body.matchAll(/[A-Za-z_$][\w$]*/g)) {
            const o = span.start + m.index;
            const name = m[0];
            let b = o - 1;
            while (b >= 0 && (f.bare[b] === ' ' || f.bare[b] === '\t'))
                b--;
            const afterDot = f.bare[b] === '.' && !/(?:self|this)\s*$/.test(f.bare.slice(Math.max(0, b - 6), b));
            const onSelf = f.bare[b] === '.' && !afterDot;
            const elsewhere = () => onSelf ? inheritedMember(f, name, parse) : (importedClient(f, name, parse) ?? clientFromLinked(f, name, parse));
            const local = () => f.scoped.find((b) => b.name === name && b.start <= o && o < b.end)?.entry ?? f.bindings.get(name);
            const bound = afterDot ? undefined : (local() ?? elsewhere());
            // `this.scraper().scrape(url)`: the call returns a client, and the chain goes on from it.
            const made = bound || afterDot || !/^\s*\(/.test(f.bare.slice(o + name.length, o + name.length + 20))
                ? undefined
                : f.returning.get(name);
            const entry = bound ?? made;
            if (entry) {
                const chain = chainAfter(f.bare, o + name.length).slice(made ? 1 : 0);
                // A private-data client's read legs wait for what the tool does with it (read or only write).
                const gated = entry.legs.includes('privateData');
                if (gated) {
                    const argsOf = (c) => c.argsAt === undefined ? undefined : firstArgument(f.code, c.argsAt);
                    const calls = chain.map((c) => ({ name: c.name, args: argsOf(c) }));
                    noteAccess(entry, accessOfChain(entry, calls), at(o, entry.package));
                }
                for (const leg of entry.legs) {
                    if (gated && leg !== 'externalCommunication')
                        continue;
                    const sends = leg === 'externalCommunication' && entry.kind !== 'generic-http';
                    const source = sends ? (entry.kind ?? 'send') : 'package';
                    addFact({ leg, via: viaOf(entry), source, at: at(o, `${entry.package}`) });
                }
                if (entry.send?.length) {
                    senders.add(entry);
                    const joined = chain
                        .map((c) => c.name)
                        .join('.')
                        .toLowerCase()
                        .replace(/_/g, '');
                    const hit = entry.send.find((s) => joined.includes(s.toLowerCase().replace(/[_/]/g, '')));
                    if (hit)
                        addFact({
                            leg: 'externalCommunication',
                            via: `${entry.package} ${hit}: sends data out`,
                            source: 'send',
                            at: at(o, `${entry.package} ${hit}`)
                        });
                }
                if (entry.kind === 'generic-http') {
                    const calls = chain.length ? chain : [];
                    const direct = !made && /^\s*\(/.test(f.bare.slice(o + name.length, o + name.length + 20));
                    const targets = calls.filter((c) => c.argsAt !== undefined && (URL_METHODS.has(c.name.toLowerCase()) || (c.name === '' && direct)));
                    for (const c of targets.slice(0, 1)) {
                        const where = at(o, `${entry.package}${c.name ? `.${c.name}` : ''}`);
                        urlFact(f, c.argsAt, entry, tainted, depth, where, reach, addFact, catalogue, c.name);
                    }
                }
                continue;
            }
            if (depth >= MAX_DEPTH || KEYWORDS.has(name))
                continue;
            const calledAt = /^\s*\(/.exec(f.bare.slice(o + name.length, o + name.length + 20));
            // A method value handed to the registration (`s.AddTool(tool, h.Handle)`) is the handler.
            if (afterDot &&
                !calledAt &&
                !(depth === 0 && /^\s*[,)]/.test(f.bare.slice(o + name.length, o + name.length + 20))))
                continue;
            for (const target of definitionsNamed(f, name, parse, !!calledAt, o)) {
                // A name used without a call is a function handed on (the handler itself, a callback); below
                // the handler only one of this file is, as a variable elsewhere may share a function's name.
                if (!calledAt && depth > 0 && target.file !== f)
                    continue;
                if (target.file === f && target.def.nameOffset === o)
                    continue;
                if (target.file === f && target.def.start <= span.start && target.def.end >= span.end)
                    continue;
                const params = target.def.params;
                const t = new Set();
                if (calledAt) {
                    const close = closing(f.bare, o + name.length + calledAt[0].length - 1, 20_000);
                    const args = close > 0 ? splitTop(f.code.slice(o + name.length + calledAt[0].length, close - 1)) : [];
                    const shift = params[0] === 'self' || params[0] === 'cls' ? 1 : 0;
                    args.forEach((a, i) => {
                        if (!mentions(leadOf(a.replace(/^\w+\s*=(?!=)\s*/, '')), tainted))
                            return;
                        const kw = /^(\w+)\s*=[^=]/.exec(a);
                        if (kw && f.language === 'python')
                            t.add(kw[1]);
                        else if (params[i + shift])
                            t.add(params[i + shift]);
                    });
                }
                else if (depth === 0)
                    for (const p of argumentsOf(params))
                        t.add(p);
                work.push({
                    file: target.file,
                    span: { start: target.def.start, end: target.def.end },
                    tainted: t,
                    depth: depth + 1
                });
            }
        }
        // Code that uses an SDK and calls a method it names as sending sends, through a wrapper too
        // (`c.client.PostMessageContext(…)` in a function typed with `slack.MsgOption`).
        for (const entry of senders) {
            for (const m of body.matchAll(/\.[ \t]*([A-Za-z_$][\w$]*)[ \t]*\(/g)) {
                const called = m[1].toLowerCase().replace(/_/g, '');
                const hit = entry.send.find((s) => called.includes(s.toLowerCase().replace(/[_/]/g, '')));
                if (hit)
                    addFact({
                        leg: 'externalCommunication',
                        via: `${entry.package} ${hit}: sends data out`,
                        source: 'send',
                        at: at(span.start + m.index + 1, `${entry.package} ${hit}`)
                    });
            }
        }
    }
    // Reading holds the read legs; only writing does not; a use that cannot be told holds them (fail closed).
    for (const [entry, n] of access) {
        const where = n.read ?? (n.wrote ? undefined : n.unclear);
        if (!where)
            continue;
        for (const leg of entry.legs) {
            if (leg !== 'externalCommunication')
                addFact({ leg, via: viaOf(entry), source: 'package', at: where });
        }
    }
    TOUCHED.set(reach, [...access.keys()].map(viaOf));
    return reach;
}
/** The private-data packages a tool used, read or not: they are its, not the server's. */
const TOUCHED = new WeakMap();
function urlFact(f, argsAt, entry, tainted, depth, at, reach, addFact, catalogue, method = '') {
    let from = argsAt;
    let arg = firstArgument(f.code, from);
    for (let skip = 0; skip < 2 && LEADING_NON_URL.test(arg); skip++) {
        from += arg.length + 1;
        arg = firstArgument(f.code, from);
    }
    const wrapped = URL_WRAPPER.exec(arg);
    if (wrapped)
        arg = firstArgument(f.code, from + arg.indexOf('(', wrapped.index) + 1);
    if (!arg.trim())
        return;
    // A member of a constant table: `this.baseURLs.search`, `ENDPOINTS.search`, `urls["search"]`.
    const member = /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)+([A-Za-z_$][\w$]*)\s*$|^\s*[A-Za-z_$][\w$.]*\[\s*['"]([\w-]+)['"]\s*\]\s*$/.exec(arg);
    // A template or concatenation led by such a member: `${this.baseURLs.research}/${id}`.
    const led = member ? undefined : /^\s*(?:[A-Za-z_$][\w$]*\s*\.\s*)+([A-Za-z_$][\w$]*)\s*$/.exec(leadOf(arg));
    const fromTable = member ? f.constants.get(member[1] ?? member[2]) : led ? f.constants.get(led[1]) : undefined;
    const literal = leadingLiteral(arg, f.constants) ?? fromTable;
    const client = entry.package;
    if (literal !== undefined) {
        const host = hostOf(literal);
        if (host)
            addFact({ leg: 'externalCommunication', via: `${client} → ${host}`, source: 'host', host, at });
        if (host)
            for (const fact of vendorFacts(catalogue, host, at))
                addFact(fact);
        return;
    }
    const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80);
    // A URL's name tells only in the handler itself; deeper, only a tool argument passed down does.
    if (mentions(leadOf(arg), tainted) || (depth === 0 && CALLER_URL_NAME.test(expr))) {
        addFact({
            leg: 'untrustedContent',
            via: `${client} fetches a URL from a tool argument (\`${expr}\`)`,
            source: 'caller-url',
            at
        });
        addFact({
            leg: 'externalCommunication',
            via: `${client} connects where the tool argument says (\`${expr}\`)`,
            source: 'caller-url',
            at
        });
        return;
    }
    if (configuredTarget(f, argsAt, arg, tainted)) {
        // Only writing to the organisation's own service reads nothing back from it.
        if (!/^(?:post|put|patch|delete)(?:async)?$/i.test(method))
            addFact(configuredFact(client, expr, at));
        return;
    }
    if (!reach.unknownTargets.some((u) => u.client === client && u.expression === expr))
        reach.unknownTargets.push({ client, expression: expr, at });
}
const configuredFact = (client, expr, at) => ({
    leg: 'privateData',
    via: `${client} → the host the server's configuration names (\`${expr}\`): the organisation's own service`,
    source: 'configured-host',
    at
});
/** Names of a URL's host that configuration sets (`this.apiPrefix`, `cfg.URL`, `settings.base_url`). */
const URLISH = /url|uri|host|prefix|endpoint|origin|server|address|domain|instance/i;
const ENV_READ = /process\.env|import\.meta\.env|os\.(?:environ|getenv|Getenv)|System\.getenv|GetEnvironmentVariable/;
const HOLDERS = new Set(['this', 'self', 'config', 'cfg', 'conf', 'settings', 'options', 'opts', 'env']);
/**
 * Whether a call's URL points at a host the server's configuration names, with no tool argument
 * in it: the expression, or what the local variable it names was last given in its function.
 */
function configuredTarget(f, at, expr, tainted = new Set()) {
    const target = valueOf(f, at, expr.trim());
    const lead = leadOf(target) || target;
    if (mentions(lead, tainted))
        return false;
    if (ENV_READ.test(lead))
        return true;
    for (const m of lead.matchAll(/(?<![\w$])([A-Za-z_$][\w$]*)[ \t]*\.[ \t]*([A-Za-z_$][\w$]*)/g)) {
        if (!URLISH.test(m[2]))
            continue;
        // A Go receiver or a config value (`c.baseURL`, `cfg.URL`): a short or configuration-named holder.
        if (HOLDERS.has(m[1]) || /config|settings/i.test(m[1]) || (f.language === 'go' && m[1].length <= 3))
            return true;
    }
    return false;
}
/** What a local variable named by `expr` was last given before `at` in its function, else `expr`. */
function valueOf(f, at, expr) {
    const name = /^[A-Za-z_$][\w$]*$/.exec(expr)?.[0];
    if (!name)
        return expr;
    const def = f.defs.filter((d) => d.start <= at && at < d.end).sort((a, b) => b.start - a.start)[0];
    const from = def?.start ?? Math.max(0, at - 5000);
    const text = f.code.slice(from, at);
    let value;
    const escaped = name.replace(/\$/g, '\\$');
    for (const m of text.matchAll(new RegExp(`(?<![\\w$.])${escaped}[ \\t]*(?::[^=\\n]{0,80})?:?=(?![=>])`, 'g'))) {
        value = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
    }
    if (value === undefined)
        return expr;
    const semi = value.indexOf(';');
    if (semi >= 0)
        value = value.slice(0, semi);
    // A statement without `;` ends at a line that does not go on (`?`, `:`, `+`, `.` carry it).
    const lines = value.split('\n');
    let end = 1;
    while (end < lines.length && /^\s*[?:+.|&]/.test(lines[end]))
        end++;
    return lines.slice(0, end).join('\n').trim();
}
/** Parameters that carry the request's context or the server, never what the model wrote. */
const NOT_ARGUMENTS = new Set([
    'ctx',
    'context',
    'extra',
    'exchange',
    'session',
    'server',
    'cancellationToken',
    'ct',
    'self',
    'cls',
    'this'
]);
const argumentsOf = (params) => new Set(params.filter((p) => !NOT_ARGUMENTS.has(p)));
/** Per span of `reached`, the tool arguments in it (undefined for the handler's own span). */
const TAINT = new WeakMap();
function taintOf(reach) {
    let list = TAINT.get(reach);
    if (!list)
        TAINT.set(reach, (list = []));
    return list;
}
const mentions = (text, names) => {
    for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g))
        if (names.has(m[0]))
            return true;
    return false;
};
/** Variables assigned from tool arguments become tool arguments (two passes, in order). */
/**
 * The part of an expression that decides where a URL made from it points: the first operand of a
 * concatenation, the first interpolation of a template that starts with one; nothing for a literal
 * prefix (`"https://api.x.com/" + id` and `${BASE}/v2/${id}` keep their host).
 */
function leadOf(expr) {
    const e = expr.trim().replace(/^(?:await|new)\s+/, '');
    const quoted = /^(?:[fFrRbB]{1,2}|\$@?|@\$?)?(['"`])/.exec(e);
    if (quoted) {
        const rest = e.slice(quoted[0].length);
        const interp = /^(?:\$\{|\{)([^{}]{1,200})\}/.exec(rest);
        return interp ? interp[1] : '';
    }
    let depth = 0;
    for (let i = 0; i < e.length; i++) {
        const ch = e[i];
        if ('([{'.includes(ch))
            depth++;
        else if (')]}'.includes(ch))
            depth--;
        else if (depth === 0 && ch === '+' && e[i + 1] !== '+' && e[i - 1] !== '+')
            return e.slice(0, i);
    }
    return e;
}
function propagateTaint(body, code, tainted) {
    for (let round = 0; round < 2; round++) {
        for (const m of body.matchAll(/(?:\b(?:const|let|var|val)[ \t]{1,8})?(?<![\w$.])(\{[\w$,\s:.]{0,300}\}|[A-Za-z_$][\w$]*(?:[ \t]{0,8},[ \t]{0,8}[A-Za-z_$][\w$]*){0,8})[ \t]{0,8}(?::[ \t]{0,8}[\w.<>[\]| ]{1,80})?[ \t]{0,8}:?=(?![=>])([^\n;]{1,400})/g)) {
            const rhs = code.slice(m.index + m[0].length - m[2].length, m.index + m[0].length);
            if (!mentions(leadOf(rhs), tainted))
                continue;
            for (const n of m[1].matchAll(/[A-Za-z_$][\w$]*/g))
                tainted.add(n[0]);
        }
        for (const m of body.matchAll(/\bfor(?:[ \t]*\([ \t]*|[ \t]+)(?:(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]+(?:in|of)[ \t]+([^\n:{]{1,200})/g))
            if (mentions(m[2], tainted))
                tainted.add(m[1]);
    }
}
function byName(defs) {
    const map = new Map();
    for (const d of defs) {
        const list = map.get(d.name);
        if (list)
            list.push(d);
        else
            map.set(d.name, [d]);
    }
    return map;
}
const MAX_FAR_FILES = 200;
/** A `self.x` / `this.x` bound in a file this one links (the base class or the client a mixin builds on). */
function inheritedMember(f, name, parse) {
    for (const p of f.linked.slice(0, MAX_FAR_FILES)) {
        const e = parse(p)?.members.get(name);
        if (e)
            return e;
    }
    return undefined;
}
/** A client another module of the repository makes and exports (`export const pool = new pg.Pool()`). */
function importedClient(f, name, parse) {
    const from = f.importedFrom.get(name);
    return from && from !== f.path ? parse(from)?.bindings.get(name) : undefined;
}
/** A variable given what a linked file's function returns, when that is a client (`r = Manager.get_connection()`). */
function clientFromLinked(f, name, parse) {
    const callee = f.assignedFrom.get(name);
    if (!callee)
        return undefined;
    for (const p of f.linked.slice(0, MAX_FAR_FILES)) {
        const e = parse(p)?.returning.get(callee);
        if (e)
            return e;
    }
    return undefined;
}
/**
 * The definitions a call may mean: in the file, in a file it links, else in one those link (a package's re-exports).
 */
function definitionsNamed(f, name, parse, far = true, at = -1) {
    // Not the function the call is in (a tool named like the method it calls).
    const here = (f.defsByName.get(name) ?? []).filter((d) => !(d.start <= at && at < d.end));
    if (here.length)
        return here.slice(0, 3).map((def) => ({ file: f, def }));
    for (const p of f.linked) {
        const other = parse(p);
        const defs = other?.defsByName.get(name) ?? [];
        if (defs.length)
            return defs.slice(0, 3).map((def) => ({ file: other, def }));
    }
    if (!far)
        return [];
    const known = f.farDefs.get(name);
    if (known)
        return known;
    let found = [];
    let files = 0;
    const look = (q) => {
        const other = parse(q);
        const defs = other?.defsByName.get(name) ?? [];
        if (defs.length)
            found = defs.slice(0, 3).map((def) => ({ file: other, def }));
        return defs.length > 0;
    };
    search: for (const p of f.linked) {
        for (const q of parse(p)?.linked ?? []) {
            if (q === f.path || ++files > MAX_FAR_FILES)
                break search;
            if (look(q))
                break search;
            // A barrel that only re-exports (`export * from './client'`) is one step more.
            const barrel = parse(q);
            if (!barrel || barrel.defs.length)
                continue;
            for (const r of barrel.linked) {
                if (r === f.path || ++files > MAX_FAR_FILES)
                    break search;
                if (look(r))
                    break search;
            }
        }
    }
    f.farDefs.set(name, found);
    return found;
}
function offsetOf(f, line, column) {
    let o = 0;
    for (let l = 1; l < line; l++) {
        const nl = f.text.indexOf('\n', o);
        if (nl < 0)
            break;
        o = nl + 1;
    }
    return o + column - 1;
}
/**
 * The branch of a dispatcher that serves the tool: `case "name":` up to the next case, or the
 * block of `if name == "name"` / `name === 'name'` / `"name".equals(name)`; its tool arguments
 * are the enclosing function's parameters and what is taken from them before the branch.
 */
function dispatchOf(f, name, registration) {
    if (!f.code.includes(name))
        return undefined;
    const lit = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`\\bcase[ \\t]+(['"\`])${lit}\\1[ \\t]*[:|]|(?:[!=]==?|\\.equals\\()[ \\t]*(['"\`])${lit}\\2|(['"\`])${lit}\\3[ \\t]*(?:===?|\\.equals\\()`, 'g');
    for (const m of f.code.matchAll(re)) {
        if (m.index === undefined || Math.abs(m.index - registration) < 4 || /!=/.test(m[0]))
            continue;
        const after = m.index + m[0].length;
        let span;
        if (f.language === 'python')
            span = indentedBlock(f.bare, m.index);
        else if (m[0].startsWith('case'))
            span = { start: after, end: caseEnd(f.bare, after) };
        else {
            const open = /^[^;{}\n]{0,200}\{/.exec(f.bare.slice(after, after + 210));
            const close = open ? closing(f.bare, after + open[0].length - 1) : -1;
            if (close > 0)
                span = { start: after, end: close };
        }
        if (!span)
            continue;
        const around = f.defs.filter((d) => d.start <= m.index && m.index < d.end).sort((a, b) => b.start - a.start)[0];
        const from = around?.start ?? Math.max(0, m.index - 20_000);
        // The dispatcher is often a lambda (`async (request) => { switch … }`): its parameters, not the method's.
        let lambda;
        for (const h of f.bare
            .slice(from, m.index)
            .matchAll(/\(([^()]{0,400})\)(?:[ \t]{0,8}:[ \t]{0,8}[\w$.<>[\]| \t]{1,100})?[ \t]{0,8}(?:=>|->)[ \t]{0,8}\{/g)) {
            const open = from + h.index + h[0].length - 1;
            if (closing(f.bare, open) > m.index)
                lambda = { start: from + h.index, params: paramNames(h[1], f.language) };
        }
        const start = lambda?.start ?? around?.start;
        const params = new Set(argumentsOf(lambda?.params ?? around?.params ?? []));
        if (start !== undefined)
            propagateTaint(f.bare.slice(start, m.index), f.code.slice(start, m.index), params);
        return { span, params: [...params] };
    }
    return undefined;
}
/** Where a `case` branch ends: the next `case` or `default` at its depth, or the switch's closing bracket. */
function caseEnd(bare, from) {
    let depth = 0;
    for (let i = from; i < bare.length && i < from + 50_000; i++) {
        const ch = bare[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
        else if (depth === 0 &&
            (ch === 'c' || ch === 'd') &&
            !/[\w$]/.test(bare[i - 1] ?? '') &&
            /^(?:case|default)\b/.test(bare.slice(i, i + 8)))
            return i;
    }
    return Math.min(bare.length, from + 50_000);
}
/** The lines indented deeper than the line holding `at` (a Python branch). */
function indentedBlock(bare, at) {
    const lineStart = bare.lastIndexOf('\n', at) + 1;
    const indent = /^[ \t]*/.exec(bare.slice(lineStart))[0].length;
    const start = bare.indexOf('\n', at);
    if (start < 0)
        return { start: at, end: bare.length };
    let end = bare.length;
    for (let i = start; i !== -1 && i < bare.length; i = bare.indexOf('\n', i + 1)) {
        const line = /^[ \t]*(\S?)/.exec(bare.slice(i + 1, i + 200));
        if (line[1] && line[0].length - 1 <= indent) {
            end = i;
            break;
        }
    }
    return { start, end };
}
/** Whether call arguments hold a function: a lambda, or a name the file (or a file it links) defines. */
function namesHandler(f, args) {
    if (/=>|->|\bfunc[ \t]*\(|\blambda\b/.test(args))
        return true;
    for (const part of splitTop(args)) {
        const name = /^&?([A-Za-z_$][\w$]*)$/.exec(part.trim())?.[1];
        if (name && !KEYWORDS.has(name) && f.defsByName.has(name))
            return true;
    }
    return false;
}
/**
 * Whether the registration at `offset` is inside a Spring AI `@Tool(…)` annotation: no `;` or `{` since the last
 * `@Tool` within 4,000 characters.
 */
function annotatedByTool(bare, offset) {
    const at = bare.lastIndexOf('@Tool', offset);
    if (at < 0 || offset - at > 4000)
        return false;
    const between = bare.slice(at, offset);
    return !between.includes(';') && !between.includes('{');
}
const REGISTERING_CALL = /(?:^|\.)(?:tool|registerTool|registerToolTask|addTool|AddTool|AddTools|AddToolHandler|SyncToolSpecification|AsyncToolSpecification|SyncToolRegistration|toolSpecification|callHandler|tools)$/;
const HANDLER_FIELD = /(?<![\w$.])(?:handler(?:func)?|handle|execute|callback|fn|run|invoke)[ \t]*(?::[ \t]*|(?=\())/gi;
/**
 * The handler a struct or object literal holding the registration names in a field of its own
 * (`Handler: func(ctx, req) {…}`, `handler: listTeams`, `async handler(params) {…}`): the value and its parameters.
 */
function literalHandler(f, from) {
    const bare = f.bare;
    let depth = 0;
    let open = -1;
    for (let i = from - 1; i >= 0 && i > from - 2000; i--) {
        const ch = bare[i];
        if (ch === ')' || ch === ']' || ch === '}')
            depth++;
        else if (ch === '(' || ch === '[' || ch === '{') {
            if (depth === 0) {
                if (ch === '{')
                    open = i;
                break;
            }
            depth--;
        }
    }
    if (open < 0)
        return undefined;
    const close = closing(bare, open, 50_000);
    if (close < 0)
        return undefined;
    const body = bare.slice(open + 1, close - 1);
    for (const m of body.matchAll(HANDLER_FIELD)) {
        // Only the literal's own fields, not those of a literal inside it.
        let level = 0;
        for (let i = 0; i < m.index; i++) {
            const ch = body[i];
            if (ch === '(' || ch === '[' || ch === '{')
                level++;
            else if (ch === ')' || ch === ']' || ch === '}')
                level--;
        }
        if (level !== 0)
            continue;
        const start = open + 1 + m.index + m[0].length;
        let end = start;
        let d = 0;
        for (; end < close - 1; end++) {
            const ch = bare[end];
            if (ch === '(' || ch === '[' || ch === '{')
                d++;
            else if (ch === ')' || ch === ']' || ch === '}')
                d--;
            else if (ch === ',' && d === 0)
                break;
        }
        const value = f.code.slice(start, end);
        const lambda = /^(?:(?:async[ \t]+)?(?:func|function)[ \t]*|async[ \t]*)?\(([^()]{0,400})\)/.exec(value.trimStart());
        return { span: { start, end }, params: lambda ? paramNames(lambda[1], f.language) : [] };
    }
    return undefined;
}
/** The handler's body and its parameters (the tool's arguments). */
function handlerOf(f, offset, reg) {
    const bare = f.bare;
    const decorated = reg.derived ||
        f.language === 'csharp' ||
        (f.language === 'python' &&
            !/\bTool\s*\(\s*name\s*=\s*$/.test(bare.slice(Math.max(0, offset - 40), offset).replace(/['"]$/, ''))) ||
        ((f.language === 'java' || f.language === 'kotlin') && annotatedByTool(bare, offset));
    if (decorated &&
        !(f.language === 'python' && /\bTool\s*\(\s*name/.test(bare.slice(Math.max(0, offset - 60), offset)))) {
        const def = f.defs.find((d) => d.nameOffset >= offset - 1);
        if (def)
            return { span: { start: def.start, end: def.end }, params: def.params };
    }
    // A call registers the tool: the outermost enclosing call that registers, its arguments, and the chain after it.
    let depth = 0;
    let call;
    let innermost;
    let levels = 0;
    /** Whether the name sits in an object or list inside the innermost call, not among its arguments. */
    let nested = false;
    for (let i = offset - 1; i >= 0 && i > offset - 8000 && levels < 6; i--) {
        const ch = bare[i];
        if (ch === ')' || ch === ']' || ch === '}')
            depth++;
        else if (ch === '(' || ch === '[' || ch === '{') {
            if (depth > 0) {
                depth--;
                continue;
            }
            if (ch !== '(') {
                if (!innermost)
                    nested = true;
                continue;
            }
            levels++;
            const callee = /((?:new\s+)?[A-Za-z_$][\w$.]*)\s*$/.exec(bare.slice(Math.max(0, i - 200), i))?.[1] ?? '';
            const close = closing(bare, i);
            if (close < 0)
                break;
            innermost ??= { open: i, close, callee };
            if (REGISTERING_CALL.test(callee.replace(/^new\s+/, '')))
                call = { open: i, close };
        }
    }
    // A repository's own wrapper (`MustTool("x", "…", listTeams)`): its arguments name the handler.
    if (!call && innermost && !nested && namesHandler(f, f.code.slice(innermost.open + 1, innermost.close - 1)))
        call = innermost;
    if (!call && innermost) {
        // `server.ServerTool{Tool: mcp.NewTool("x", …), Handler: func(…) {…}}`: the literal's handler field.
        const field = literalHandler(f, offset) ?? literalHandler(f, innermost.open);
        if (field)
            return field;
        // `tool := mcp.NewTool("x", …)` / `var tool = Tool.builder()…`: follow the variable to the call that registers it.
        const lineStart = bare.lastIndexOf('\n', innermost.open) + 1;
        const v = /([A-Za-z_$][\w$]*)\s*(?::=|=)[^=]*$/.exec(bare.slice(Math.max(lineStart, innermost.open - 300), innermost.open));
        if (v) {
            for (const m of bare.slice(innermost.close).matchAll(new RegExp(`\\b${v[1]}\\b`, 'g'))) {
                const o = innermost.close + m.index;
                const h = handlerOf(f, o + 1, { ...reg, derived: false, at: { ...reg.at } });
                if (h)
                    return h;
                break;
            }
        }
        return undefined;
    }
    if (!call)
        return undefined;
    let end = call.close;
    for (const c of chainAfter(bare, end))
        end = Math.max(end, c.end);
    // The handler's parameters: those of a lambda among the arguments (`async ({ url }) =>`, `(ex, req) ->`, `func(ctx,
    // req)`), or of a function named there.
    const args = f.code.slice(call.open, end);
    const params = [];
    for (const m of args.matchAll(/(?:\(([^()]{0,400})\)(?:[ \t]{0,8}:[ \t]{0,8}[\w$.<>[\]| \t]{1,100})?|(?<![\w$])([A-Za-z_$][\w$]*))[ \t]{0,8}(?:=>|->)|\bfunc[ \t]{0,8}\(([^()]{0,400})\)/g))
        params.push(...paramNames(m[1] ?? m[2] ?? m[3] ?? '', f.language));
    return { span: { start: call.open, end }, params };
}

// Which package ecosystems the repository uses, and which of them Dependabot or
// Renovate keeps up to date.
/** Dependabot's `package-ecosystem` names, keyed by the manifest that reveals them. */
const MANIFESTS = [
    { ecosystem: 'npm', match: /(^|\/)package\.json$/ },
    { ecosystem: 'pip', match: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|setup\.py|Pipfile)$/ },
    { ecosystem: 'uv', match: /(^|\/)uv\.lock$/ },
    { ecosystem: 'gomod', match: /(^|\/)go\.mod$/ },
    { ecosystem: 'nuget', match: /\.(csproj|fsproj|sln)$|(^|\/)packages\.config$/ },
    { ecosystem: 'maven', match: /(^|\/)pom\.xml$/ },
    { ecosystem: 'gradle', match: /(^|\/)build\.gradle(\.kts)?$/ },
    { ecosystem: 'docker', match: /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/ },
    { ecosystem: 'github-actions', match: /^\.github\/workflows\/[^/]+\.ya?ml$/ }
];
const RENOVATE_PATHS = [
    'renovate.json',
    'renovate.json5',
    '.renovaterc',
    '.renovaterc.json',
    '.github/renovate.json',
    '.github/renovate.json5',
    '.gitlab/renovate.json'
];
function readEcosystems(repo) {
    const used = {};
    for (const f of repo.files) {
        if (f.path.split('/').some((seg) => seg === 'test' || seg === 'tests' || seg === 'fixtures' || seg === 'examples'))
            continue;
        for (const m of MANIFESTS)
            if (!used[m.ecosystem] && m.match.test(f.path))
                used[m.ecosystem] = f.path;
    }
    const ev = { used };
    const dependabotPath = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((p) => repo.has(p));
    if (dependabotPath) {
        const file = repo.yaml(dependabotPath);
        const doc = file?.docs[0];
        const ecosystems = [];
        let error;
        if (!file || !doc || doc.errors.length)
            error = doc?.errors[0]?.message.split('\n')[0] ?? 'unreadable';
        else {
            const updates = distExports.isMap(doc.contents) ? doc.contents.get('updates', true) : undefined;
            if (distExports.isSeq(updates)) {
                for (const u of updates.items) {
                    if (!distExports.isMap(u))
                        continue;
                    const eco = u.get('package-ecosystem', true);
                    const dir = u.get('directory', true) ?? u.get('directories', true);
                    if (distExports.isScalar(eco))
                        ecosystems.push({
                            name: String(eco.value),
                            directory: distExports.isScalar(dir) ? String(dir.value) : '/',
                            ...nodePosition(file.lineCounter, eco)
                        });
                }
            }
            else
                error = 'no `updates` list';
        }
        ev.dependabot = { path: dependabotPath, ecosystems, error };
    }
    const renovatePath = RENOVATE_PATHS.find((p) => repo.has(p));
    if (renovatePath)
        ev.renovate = { path: renovatePath };
    else if (repo.has('package.json') && /"renovate"\s*:/.test(repo.read('package.json') ?? ''))
        ev.renovate = { path: 'package.json' };
    return ev;
}

const WORLD_CIDRS = new Set(['0.0.0.0/0', '::/0']);
function readEgress(objects) {
    const facts = { policies: [], openToWorld: [], fqdns: [] };
    for (const o of objects) {
        if (o.kind === 'NetworkPolicy' && o.apiVersion.startsWith('networking.k8s.io/')) {
            const types = dig(o.data, 'spec', 'policyTypes');
            const egress = dig(o.data, 'spec', 'egress');
            if (!(Array.isArray(types) && types.includes('Egress')) && !Array.isArray(egress))
                continue;
            facts.policies.push(o.locate(['metadata', 'name'], `NetworkPolicy ${o.name}`));
            if (!Array.isArray(egress))
                continue;
            egress.forEach((rule, i) => {
                const to = dig(rule, 'to');
                if (!Array.isArray(to) || to.length === 0) {
                    facts.openToWorld.push(o.locate(['spec', 'egress', i], `NetworkPolicy ${o.name}: egress rule without \`to\` allows every destination`));
                    return;
                }
                to.forEach((peer, j) => {
                    const cidr = dig(peer, 'ipBlock', 'cidr');
                    if (typeof cidr === 'string' && WORLD_CIDRS.has(cidr))
                        facts.openToWorld.push(o.locate(['spec', 'egress', i, 'to', j, 'ipBlock', 'cidr'], `NetworkPolicy ${o.name}: egress to ${cidr}`));
                });
            });
        }
        else if ((o.kind === 'CiliumNetworkPolicy' || o.kind === 'CiliumClusterwideNetworkPolicy') &&
            o.apiVersion.startsWith('cilium.io/')) {
            const specs = Array.isArray(dig(o.data, 'specs'))
                ? dig(o.data, 'specs').map((_, k) => ['specs', k])
                : [['spec']];
            for (const base of specs) {
                const egress = dig(o.data, ...base, 'egress');
                if (!Array.isArray(egress))
                    continue;
                facts.policies.push(o.locate(['metadata', 'name'], `${o.kind} ${o.name}`));
                egress.forEach((rule, i) => {
                    const entities = dig(rule, 'toEntities');
                    if (Array.isArray(entities)) {
                        entities.forEach((e, j) => {
                            if (e === 'world' || e === 'all')
                                facts.openToWorld.push(o.locate([...base, 'egress', i, 'toEntities', j], `${o.kind} ${o.name}: toEntities ${e}`));
                        });
                    }
                    const cidrs = dig(rule, 'toCIDR');
                    if (Array.isArray(cidrs))
                        cidrs.forEach((c, j) => WORLD_CIDRS.has(String(c)) &&
                            facts.openToWorld.push(o.locate([...base, 'egress', i, 'toCIDR', j], `${o.kind} ${o.name}: toCIDR ${c}`)));
                    const fqdns = dig(rule, 'toFQDNs');
                    if (Array.isArray(fqdns)) {
                        fqdns.forEach((f, j) => {
                            const host = (dig(f, 'matchName') ?? dig(f, 'matchPattern'));
                            if (typeof host === 'string')
                                facts.fqdns.push({
                                    host: host.toLowerCase(),
                                    at: o.locate([...base, 'egress', i, 'toFQDNs', j], `${o.kind} ${o.name}: toFQDNs ${host}`)
                                });
                        });
                    }
                });
            }
        }
    }
    // The same base policy built by several overlays is one fact.
    const once = (xs, key) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);
    const where = (e) => `${e.file}:${e.line}:${e.column}:${e.note ?? ''}`;
    return {
        policies: once(facts.policies, where),
        openToWorld: once(facts.openToWorld, where),
        fqdns: once(facts.fqdns, (f) => where(f.at))
    };
}

// The derived step after the source pass: tool names that one file could not
// settle, resolved across the repository's own files. The pass scans files
// one at a time (in worker threads), so it records facts (tool-names named by
// an identifier from elsewhere, wrapper functions whose parameter is a tool's
// name, servers mounted under a namespace, tool objects made by a factory);
// here they are followed through imports, the same directory (a Go, C# or Java
// package), and wrapper calls. What still cannot be resolved becomes a
// registration with `computed`, so the check can say `not verified` there.
/** The most files read again by the step: a bound on its cost in a large repository. */
const MAX_FILES_READ = 2_000;
/** How many times a wrapper's callers are followed to their own callers. */
const MAX_WRAPPER_DEPTH = 4;
/** Files read again, with what they define, each once. */
class Files {
    repo;
    cache = new Map();
    reads = 0;
    constructor(repo) {
        this.repo = repo;
    }
    get(path) {
        let entry = this.cache.get(path);
        if (entry === undefined) {
            entry = null;
            if (this.reads < MAX_FILES_READ && languageOf(path)) {
                this.reads++;
                const text = this.repo.read(path, { cache: false });
                if (text !== undefined)
                    entry = { file: codeFileOf(path, text) };
            }
            this.cache.set(path, entry);
        }
        return entry ?? undefined;
    }
    constants(path) {
        const e = this.get(path);
        return e ? (e.constants ??= stringConstantsOf(e.file)) : undefined;
    }
    objects(path) {
        const e = this.get(path);
        return e ? (e.objects ??= toolObjectsOf(e.file)) : undefined;
    }
}
function resolveToolFacts(repo, source) {
    const facts = source.toolFacts;
    source.toolFacts = [];
    if (!facts.length)
        return;
    const files = new Files(repo);
    // The pass has listed the files it could not read; reading them again must not list them twice.
    const listed = repo.skipped.length;
    const paths = new Set(repo.files.map((f) => f.path));
    const tools = source.tools;
    for (const f of facts)
        if (f.kind === 'ref')
            resolveRef(f, files, paths, repo, tools);
    const params = facts.filter((f) => f.kind === 'param');
    if (params.length)
        resolveWrappers(params, files, source, tools);
    const computed = tools.some((t) => t.computed && !t.isTest);
    for (const f of facts) {
        if (f.kind === 'factory' && computed)
            tools.push({ name: f.name, derived: false, at: f.at, isTest: f.isTest });
    }
    applyMounts(facts.filter((f) => f.kind === 'mount'), tools);
    repo.skipped.splice(listed);
}
const computedTool = (f, server) => ({
    name: f.expression,
    derived: false,
    at: { ...f.at, note: own(`registers a tool whose name is computed: ${f.expression}`) },
    isTest: f.isTest,
    computed: { expression: f.expression },
    ...(server ? { server } : {})
});
/**
 * An identifier from another file: followed through its import (TypeScript, Python) or looked up in the same package
 * (Go, C#, Java).
 */
function resolveRef(f, files, paths, repo, tools) {
    const language = languageOf(f.file);
    const candidates = f.from
        ? moduleFiles(f.file, f.from, language, paths, repo)
        : packageFiles(f.file, f.ident, language, repo);
    for (const path of candidates) {
        const name = nameIn(path, f.ident, f.object, files, paths, repo, 0);
        if (name !== undefined) {
            tools.push({
                name: own(name.value),
                derived: false,
                at: { ...f.at, note: own(`registers tool "${name.value}" (${f.ident} in ${name.path})`) },
                isTest: f.isTest,
                ...(f.server ? { server: f.server } : {})
            });
            return;
        }
    }
    tools.push(computedTool(f, f.server));
}
/** The string an identifier holds in a file (a constant, or a tool object's name), following re-exports a few steps. */
function nameIn(path, ident, object, files, paths, repo, depth) {
    const entry = files.get(path);
    if (!entry)
        return undefined;
    const base = ident.endsWith('.name') || ident.endsWith('.Name') ? ident.slice(0, -5) : ident;
    if (!object && base === ident) {
        const c = files.constants(path).get(ident);
        if (c !== undefined)
            return { value: c, path };
    }
    if (base === 'default') {
        const d = /\bexport\s+default\s+(?:[A-Za-z_$][\w$.]*\s*\(\s*)?\{/.exec(entry.file.bare);
        const n = d ? objectNameAt(entry.file, d.index + d[0].length - 1) : undefined;
        if (n?.literal !== undefined)
            return { value: n.literal, path };
    }
    const o = files.objects(path).get(base);
    if (o?.literal !== undefined)
        return { value: o.literal, path };
    if (o?.ref !== undefined) {
        const c = files.constants(path).get(o.ref);
        if (c !== undefined)
            return { value: c, path };
    }
    // `export { X } from './x'`, `export * from './x'`: one step further.
    const language = languageOf(path);
    if (depth < 3 && (language === 'typescript' || language === 'javascript')) {
        for (const m of entry.file.code.matchAll(/\bexport\s+(?:\*|\{([^{}]{0,4000})\})\s*from\s*(['"])([^'"\n]+)\2/g)) {
            if (m[1] !== undefined && !new RegExp(`(?:^|[\\s,])${base.replace(/\$/g, '\\$')}(?:\\s|,|$)`).test(m[1]))
                continue;
            for (const next of moduleFiles(path, m[3], language, paths, repo)) {
                const found = nameIn(next, ident, object, files, paths, repo, depth + 1);
                if (found)
                    return found;
            }
        }
    }
    return undefined;
}
const JS_EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx', '.cjs'];
/**
 * The repository files a module specifier may name, from the importing file (relative specifiers, and Python's absolute
 * modules).
 */
function moduleFiles(file, spec, language, paths, repo) {
    if (language === 'python') {
        const dots = /^\.*/.exec(spec)[0].length;
        const rest = spec.slice(dots).split('.').filter(Boolean).join('/');
        if (dots) {
            let dir = posix.dirname(file);
            for (let i = 1; i < dots; i++)
                dir = posix.dirname(dir);
            const base = posix.join(dir === '.' ? '' : dir, rest);
            return [`${base}.py`, `${base}/__init__.py`].filter((p) => paths.has(p));
        }
        // An absolute module: a file whose path ends with it (the package may sit under src/ or a subfolder).
        const ends = [`/${rest}.py`, `/${rest}/__init__.py`];
        return repo.files
            .map((f) => f.path)
            .filter((p) => p === `${rest}.py` || p === `${rest}/__init__.py` || ends.some((e) => p.endsWith(e)));
    }
    if (!spec.startsWith('.'))
        return [];
    const base = posix.normalize(posix.join(posix.dirname(file), spec));
    const stem = base.replace(/\.(?:[cm]?js|jsx|tsx?)$/, '');
    const candidates = [base, ...JS_EXTENSIONS.map((e) => stem + e), ...JS_EXTENSIONS.map((e) => `${base}/index${e}`)];
    return candidates.filter((p, i) => paths.has(p) && candidates.indexOf(p) === i);
}
/**
 * Go, C#, Java, Kotlin: the files of the same language in the same directory (a Go package; where C# and Java keep a
 * namespace's classes), or, for `pkg.Name`, in a directory named `pkg`.
 */
function packageFiles(file, ident, language, repo) {
    if (!language || language === 'typescript' || language === 'javascript' || language === 'python')
        return [];
    const dir = posix.dirname(file);
    const qualifier = ident.includes('.') ? ident.split('.')[0] : undefined;
    const same = repo.files
        .map((f) => f.path)
        .filter((p) => p !== file && posix.dirname(p) === dir && languageOf(p) === language);
    if (!qualifier || language !== 'go')
        return same;
    const other = repo.files
        .map((f) => f.path)
        .filter((p) => languageOf(p) === 'go' && posix.basename(posix.dirname(p)) === qualifier);
    return [...same, ...other];
}
/**
 * Wrappers: a function whose parameter a registration inside it names its tool with (`func ConvertTool(name, …) {
 * mcp.Tool{Name: name} }`).
 * Each call of it in the MCP files of its language gives a name (a literal, a constant of the
 * calling file), or is itself inside a wrapper (followed), or is computed.
 */
function resolveWrappers(params, files, source, tools) {
    let wrappers = params.map((p) => ({
        fn: p.fn,
        index: p.index,
        object: p.object,
        language: languageOf(p.file),
        site: p
    }));
    const seen = new Set(wrappers.map((w) => `${w.language}:${w.fn}`));
    for (let depth = 0; depth < MAX_WRAPPER_DEPTH && wrappers.length; depth++) {
        const next = [];
        for (const w of wrappers) {
            let calls = 0;
            for (const path of source.mcpFiles) {
                if (languageOf(path) !== w.language)
                    continue;
                const entry = files.get(path);
                if (!entry || !entry.file.bare.includes(w.fn))
                    continue;
                const file = entry.file;
                const call = new RegExp(`(?<![\\w$])(?:[A-Za-z_$][\\w$]*\\.)?${w.fn.replace(/\$/g, '\\$')}\\s*(?:\\[[^\\]\\n]{0,200}\\]\\s*)?\\(`, 'g');
                for (const m of file.bare.matchAll(call)) {
                    // Not the wrapper's own definition.
                    if (/(?:func|def|function)\s+(?:\([^()\n]{0,200}\)\s*)?$/.test(file.bare.slice(Math.max(0, m.index - 220), m.index)))
                        continue;
                    const arg = argumentAt(file, m.index + m[0].length - 1, w.index);
                    if (!arg)
                        continue;
                    calls++;
                    const text = file.code.slice(arg.from, arg.to).trim();
                    const at = arg.from + (file.code.slice(arg.from, arg.to).length - file.code.slice(arg.from, arg.to).trimStart().length);
                    const isTest = file.isTest;
                    const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(text);
                    if (lit) {
                        tools.push({
                            name: own(lit[2]),
                            derived: false,
                            at: file.at(at + 1, `registers tool "${lit[2]}" (through ${w.fn})`),
                            isTest
                        });
                        continue;
                    }
                    const ident = /^(?:string\s*\(\s*)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\)?$/.exec(text);
                    const constant = ident && !w.object ? files.constants(path).get(ident[1]) : undefined;
                    if (constant !== undefined) {
                        tools.push({
                            name: own(constant),
                            derived: false,
                            at: file.at(at, `registers tool "${constant}" (through ${w.fn}, constant ${ident[1]})`),
                            isTest
                        });
                        continue;
                    }
                    const object = ident && w.object ? files.objects(path).get(ident[1])?.literal : undefined;
                    if (object !== undefined) {
                        tools.push({
                            name: own(object),
                            derived: false,
                            at: file.at(at, `registers tool "${object}" (through ${w.fn}, tool object ${ident[1]})`),
                            isTest
                        });
                        continue;
                    }
                    const looped = ident && !ident[1].includes('.') ? loopNames(file, at, ident[1], w.object) : undefined;
                    if (looped) {
                        for (const n of looped)
                            tools.push({
                                name: own(n.name),
                                derived: false,
                                at: file.at(n.at, `registers tool "${n.name}" (through ${w.fn}, from the list ${n.list})`),
                                isTest
                            });
                        continue;
                    }
                    const param = ident && !ident[1].includes('.') ? parameterOf(file, at, ident[1]) : undefined;
                    const expression = expressionText(text);
                    const site = {
                        kind: 'param',
                        file: path,
                        fn: param?.fn ?? '',
                        index: param?.index ?? 0,
                        object: w.object,
                        expression,
                        at: file.at(at, `registers a tool named by ${expression}`),
                        isTest
                    };
                    if (param && !seen.has(`${w.language}:${param.fn}`)) {
                        seen.add(`${w.language}:${param.fn}`);
                        next.push({ fn: param.fn, index: param.index, object: w.object, language: w.language, site });
                    }
                    else if (!param)
                        tools.push(computedTool(site));
                }
            }
            // A wrapper nobody calls in sight: its registration's name is unknown.
            if (!calls)
                tools.push(computedTool(w.site));
        }
        wrappers = next;
    }
    for (const w of wrappers)
        tools.push(computedTool(w.site));
}
/** The text range of the call's argument at `index` (the call's `(` at `open`), top-level commas only. */
function argumentAt(file, open, index) {
    const close = closingBracket(file.bare, open, 200_000);
    if (close === -1)
        return undefined;
    let depth = 0;
    let n = 0;
    let start = open + 1;
    for (let i = open + 1; i <= close; i++) {
        const ch = file.bare.charCodeAt(i);
        if (i === close || (ch === 44 && depth === 0)) {
            if (n === index)
                return file.bare.slice(start, i).trim() ? { from: start, to: i } : undefined;
            n++;
            start = i + 1;
        }
        else if (ch === 40 || ch === 91 || ch === 123)
            depth++;
        else if (ch === 41 || ch === 93 || ch === 125)
            depth--;
    }
    return undefined;
}
/** Tools of a mounted server served under its namespace: `prefix_name`, through every mount above it. */
function applyMounts(mounts, tools) {
    if (!mounts.length)
        return;
    const byChild = new Map();
    for (const m of mounts) {
        const child = m.child.split('.').pop();
        const list = byChild.get(child) ?? [];
        list.push(m.prefix);
        byChild.set(child, list);
    }
    const parentOf = new Map(mounts.map((m) => [m.child.split('.').pop(), m.parent.split('.').pop()]));
    for (const t of tools) {
        if (!t.server || t.computed)
            continue;
        const server = t.server.split('.').pop();
        if (!byChild.has(server))
            continue;
        // The chain of mounts up to the top server (a bounded walk: a cycle ends it).
        let name = t.name;
        let at = server;
        for (let hop = 0; at && byChild.has(at) && hop < 8; hop++) {
            const prefix = byChild.get(at)[0];
            if (prefix)
                name = `${prefix}_${name}`;
            at = parentOf.get(at);
        }
        if (name !== t.name) {
            t.at = { ...t.at, note: own(`registers tool "${name}" (${t.name} on ${t.server}, mounted with its namespace)`) };
            t.name = own(name);
            // A mounted name is the served name, not one derived to compare loosely.
            t.derived = false;
        }
    }
}

// GitHub Actions workflows, parsed (not grepped) with positions: the triggers,
// the jobs, their environments and every step's `uses` and `run`.
function readWorkflows(repo) {
    return repo.glob(['.github/workflows/*.yml', '.github/workflows/*.yaml']).map((f) => readWorkflow(repo, f.path));
}
function readWorkflow(repo, path) {
    const wf = { path, on: [], branches: {}, tags: [], jobs: [] };
    const file = repo.yaml(path);
    const doc = file?.docs[0];
    if (!file || !doc)
        return { ...wf, error: 'unreadable' };
    if (doc.errors.length)
        return { ...wf, error: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` };
    const root = doc.contents;
    if (!distExports.isMap(root))
        return { ...wf, error: 'not a mapping' };
    const get = (m, key) => distExports.isMap(m) ? m.items.find((p) => distExports.isScalar(p.key) && p.key.value === key)?.value : undefined;
    const str = (n) => distExports.isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined;
    wf.name = str(get(root, 'name'));
    // `on` may be read as the boolean true by YAML 1.1 parsers; we parse as 1.2, where it stays "on".
    const on = get(root, 'on') ?? get(root, 'true');
    if (distExports.isScalar(on))
        wf.on = [String(on.value)];
    else if (distExports.isSeq(on))
        wf.on = on.items.map(str).filter((s) => !!s);
    else if (distExports.isMap(on)) {
        for (const p of on.items) {
            const event = str(p.key);
            if (!event)
                continue;
            wf.on.push(event);
            const branches = get(p.value, 'branches');
            if (distExports.isSeq(branches))
                wf.branches[event] = branches.items.map(str).filter((s) => !!s);
            const tags = get(p.value, 'tags');
            if (event === 'push' && distExports.isSeq(tags))
                wf.tags = tags.items.map(str).filter((s) => !!s);
        }
    }
    const jobs = get(root, 'jobs');
    if (distExports.isMap(jobs)) {
        for (const p of jobs.items) {
            const id = str(p.key);
            if (!id)
                continue;
            const pos = nodePosition(file.lineCounter, p.key);
            const job = { id, ...pos, steps: [] };
            const env = get(p.value, 'environment');
            job.environment = str(env) ?? str(get(env, 'name'));
            job.uses = str(get(p.value, 'uses'));
            const steps = get(p.value, 'steps');
            if (distExports.isSeq(steps)) {
                for (const s of steps.items) {
                    const withNode = get(s, 'with');
                    const withValues = {};
                    if (distExports.isMap(withNode))
                        for (const w of withNode.items)
                            if (str(w.key))
                                withValues[str(w.key)] = str(w.value) ?? '';
                    job.steps.push({
                        name: str(get(s, 'name')),
                        uses: str(get(s, 'uses')),
                        run: str(get(s, 'run')),
                        with: withValues,
                        ...nodePosition(file.lineCounter, s)
                    });
                }
            }
            wf.jobs.push(job);
        }
    }
    return wf;
}

// Collects the evidence of the checkout once, before any check runs. Evidence
// only describes what is there; the checks in checks/ decide what it means.
/** The evidence of a checkout, its source pass split over threads when it is large (see parallel-scan.ts). */
async function collectRepoEvidence(repo, options = {}) {
    // One pass over the source files: every detector sees each file once (split over threads on a
    // large checkout). While worker threads scan, this one reads the rest, then scans with them.
    const scanning = startSourceScan(repo, { jobs: options.jobs });
    const reads = readCheckout(repo);
    return assembleEvidence(repo, reads, await scanning.finish(), options);
}
/** What the checkout's files other than the source say, and the files those reads skipped. */
function readCheckout(repo) {
    const listed = repo.skipped.length;
    const { objects: kubernetes, gaps: deploymentGaps, disabled: disabledTemplates } = readDeployment(repo);
    const docs = readDocs(repo);
    const workflows = readWorkflows(repo);
    const ecosystems = readEcosystems(repo);
    const kustomizations = readKustomizations(repo);
    // Files skipped by those reads are listed after the source pass's, as when they were read after it.
    const skippedByReads = repo.skipped.splice(listed);
    return { kubernetes, deploymentGaps, disabledTemplates, docs, workflows, ecosystems, kustomizations, skippedByReads };
}
function assembleEvidence(repo, reads, scanned, options) {
    const { skippedByReads, docs, workflows, ecosystems, kubernetes, deploymentGaps, disabledTemplates, kustomizations } = reads;
    const { source, auth, secrets, scan } = scanned;
    const paths = repo.files.map((f) => f.path);
    // Tool names one file could not settle, followed across the repository's files.
    resolveToolFacts(repo, source);
    for (const s of skippedByReads)
        repo.noteSkipped(s.path, s.reason);
    const capabilities = deriveCapabilities(repo, paths, source, options.capabilities);
    const serverScope = readServerScope(repo, source.mcpFiles);
    return {
        serverScope,
        paths,
        skipped: repo.skipped,
        excluded: repo.excluded,
        docs,
        workflows,
        ecosystems,
        kubernetes,
        deploymentGaps,
        disabledTemplates,
        kustomizations,
        egress: readEgress(kubernetes),
        source,
        auth,
        secrets,
        scan,
        capabilities
    };
}

export { collectRepoEvidence as c };
