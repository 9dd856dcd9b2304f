import { L as LITERALS, h as holdsNeedle, l as lineAround, c as isPlaceholder, d as dotenvValue, f as fingerprint, i as isWordChar, m as matchSecrets, e as allowedByMarker, a as maskSecret, b as isSpaceChar } from './rules.js';
import { f as languageOf, a as isTestPath, s as sourceViews, j as isCiPath } from './repository.js';

// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
const isCode = (f) => f.language !== undefined;
/**
 * A copy of a short string cut from a file. V8 keeps a slice's whole parent alive, so evidence
 * holding slices would keep every file's text (and its views) in memory for the whole run.
 */
const own = (s) => Buffer.from(s, 'utf8').toString('utf8');
const INTERNED = new Map();
const MAX_INTERNED = 250_000;
/**
 * `own(s)`, shared: evidence repeats the same notes, hosts and URLs hundreds of thousands of times
 * in a large repository, and one copy each is enough. Bounded; past the bound, plain copies.
 */
function intern(s) {
    const known = INTERNED.get(s);
    if (known !== undefined)
        return known;
    const copy = own(s);
    if (INTERNED.size < MAX_INTERNED)
        INTERNED.set(copy, copy);
    return copy;
}
/**
 * 1-based line and column of offsets in one text, without counting lines from the start for every
 * place: detectors report places mostly in increasing order within a rule, so the search goes on
 * from the last place when it can.
 */
/** The offset of a 1-based line and column in `text`: what LineFinder.at gives, the other way. */
function offsetAt(text, line, column) {
    let o = 0;
    for (let l = 1; l < line; l++) {
        const nl = text.indexOf('\n', o);
        if (nl < 0)
            break;
        o = nl + 1;
    }
    return o + column - 1;
}
class LineFinder {
    text;
    offset = 0;
    line = 1;
    lastNewline = -1;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (offset < this.offset) {
            this.offset = 0;
            this.line = 1;
            this.lastNewline = -1;
        }
        for (let i = this.text.indexOf('\n', this.lastNewline + 1); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
            this.line++;
            this.lastNewline = i;
        }
        this.offset = offset;
        return { line: this.line, column: offset - this.lastNewline };
    }
}
/**
 * A file as the detectors see it, its views made on first use. A class, not an object literal with
 * getters: with a literal's getters, every file's text and views survived into the old generation
 * (measured in docs/performance.md). Each literal's getters are closures over the file's text, and
 * V8 keeps an object's own accessors in a record outside the young generation, so the text
 * outlived every scavenge; prototype getters are shared and hold nothing of a file.
 */
class ScannedFile {
    path;
    language;
    text;
    mayHold;
    repo;
    isTest;
    made;
    lines;
    constructor(path, language, text, mayHold, 
    /** The snapshot the text is from: it keeps the views of a text it keeps, for the passes after this one. */
    repo) {
        this.path = path;
        this.language = language;
        this.text = text;
        this.mayHold = mayHold;
        this.repo = repo;
        this.isTest = isTestPath(path);
    }
    viewsOf(language) {
        return (this.made ??= this.repo
            ? this.repo.views(this.path, this.text, language)
            : sourceViews(this.text, language));
    }
    get viewed() {
        return this.made !== undefined;
    }
    get views() {
        return this.language ? this.viewsOf(this.language) : undefined;
    }
    get code() {
        return this.language ? this.viewsOf(this.language).code : this.text;
    }
    get bare() {
        return this.language ? this.viewsOf(this.language).bare : this.text;
    }
    at(offset, note) {
        // The line is quoted when a finding reports this place (engine.ts), not kept here.
        return {
            file: this.path,
            ...(this.lines ??= new LineFinder(this.text)).at(offset),
            quoteLine: true,
            ...(note ? { note: intern(note) } : {})
        };
    }
}
/** A file read again after the pass (the derived tool-name step), seen as the pass's detectors see it. */
function codeFileOf(path, text, repo) {
    return new ScannedFile(path, languageOf(path), text, () => true, repo);
}
function gateOf(detector) {
    if (!detector.rules)
        return undefined;
    const exact = new Set();
    const anyCase = new Set();
    for (const r of detector.rules)
        for (const n of r.needles)
            (r.re.ignoreCase ? anyCase : exact).add(n);
    for (const n of anyCase)
        exact.delete(n);
    LITERALS.add(...anyCase, ...exact);
    return { detector, exact: [...exact], anyCase: [...anyCase] };
}
/** `onFile`: called as each file is begun (a scan worker's sign of life). */
function scanSources(repo, detectors, files = repo.files, onFile) {
    const stats = { files: 0, sourceFiles: 0, bytes: 0 };
    // Every needle is known before the first scan, so the literal automaton is built once.
    const gates = new Map(detectors.map((d) => [d, gateOf(d)]));
    for (const f of files) {
        const language = languageOf(f.path);
        const wanted = detectors.filter((d) => language ? !d.languages || d.languages.includes(language) : d.files === 'all');
        if (!wanted.length)
            continue;
        const text = repo.read(f.path, { cache: false });
        if (text === undefined)
            continue;
        stats.files++;
        if (language)
            stats.sourceFiles++;
        stats.bytes += text.length;
        // One scan of the text for every needle; a detector is visited when one of its rules may run.
        const hits = LITERALS.scan(text);
        const active = wanted.filter((d) => {
            const gate = gates.get(d);
            return !gate || holdsNeedle(hits, text, gate.anyCase, true) || holdsNeedle(hits, text, gate.exact, false);
        });
        if (!active.length)
            continue;
        const file = new ScannedFile(f.path, language, text, hits.mayHold, repo);
        for (const d of active)
            d.visit(file);
    }
    return stats;
}

// Matches of `HEAD[^X]{0,MAX}?TAIL` in linear time: a head, then the nearest
// tail within MAX characters that no X comes before. Several source patterns
// have that shape (FastMCP addTool, Go mcp.Tool, C# and Spring named tools, C#
// DataContent); a regular expression re-reads the gap from every head, which is
// quadratic on heads with no tail (docs/performance.md). Here every place a tail matches,
// and every X, is listed once per text, and each head's tail is found by binary
// search. Hand-written: no regex engine in JavaScript runs these in linear time.
// The patterns stay as the rules' definitions; property tests hold the two together.
/** Every offset of `needle` in the text, in order. */
function offsetsOf(text, needle) {
    const offsets = [];
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
        offsets.push(i);
    return offsets;
}
/** Where the first of the sorted offsets at or after `from` is in the list (the list's length when none is). */
function indexFrom(sorted, from) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The first of the sorted offsets at or after `from`, or -1. */
function firstFrom(sorted, from) {
    const i = indexFrom(sorted, from);
    return i < sorted.length ? sorted[i] : -1;
}
/** The last of the sorted offsets at or before `to`, or -1. */
function lastUpTo(sorted, to) {
    const i = indexFrom(sorted, to + 1) - 1;
    return i >= 0 ? sorted[i] : -1;
}
/** The matches: where each starts, its text, and the tail's groups, numbered from 1. */
function boundedGapMatches(text, shape) {
    const found = [];
    const { head, stop, max, tail } = shape;
    head.lastIndex = 0;
    let h = head.exec(text);
    if (!h)
        return found;
    const stops = offsetsOf(text, stop);
    // Every place the tail matches (sticky: each place tried once, overlapping ones too).
    const tails = [];
    const tailAt = new Map();
    for (const at of offsetsOf(text, shape.tailStart)) {
        tail.lastIndex = at;
        const t = tail.exec(text);
        if (t) {
            tails.push(at);
            tailAt.set(at, t);
        }
    }
    while (h) {
        const gapStart = h.index + h[0].length;
        const blocked = firstFrom(stops, gapStart);
        // The gap ends at the first stop, or after `max` characters.
        const limit = Math.min(gapStart + max, blocked === -1 ? text.length : blocked);
        const at = shape.greedy ? lastUpTo(tails, limit) : firstFrom(tails, gapStart);
        let end = h.index + 1;
        if (at !== -1 && at >= gapStart && at <= limit) {
            const t = tailAt.get(at);
            const m = { index: h.index, 0: text.slice(h.index, at + t[0].length) };
            for (let g = 1; g < t.length; g++)
                m[g] = t[g];
            found.push(m);
            end = at + t[0].length;
        }
        head.lastIndex = end;
        h = head.exec(text);
    }
    return found;
}
/** A rule's finder (rules/rule.ts) for a bounded-gap pattern's matches. */
const gapFinder = (shape) => (text) => boundedGapMatches(text, shape);

const JS$1 = ['typescript', 'javascript'];
const JVM = ['java', 'kotlin'];
/** The kind an SDK type's name stands for. */
function kindOf(identifier) {
    if (/image/i.test(identifier))
        return 'image';
    if (/audio/i.test(identifier))
        return 'audio';
    return 'resource_link';
}
/** Whether the rule may match the file: the literal scan's answer for its needles (the views only blank characters). */
const mayRun = (file, rule) => holdsNeedle(file, file.text, rule.needles, rule.re.ignoreCase);
const NONE = [];
/**
 * A rule's matches in its view of a file; none, without reading the view, when the file holds
 * none of its needles. The pattern's own `lastIndex` is used, not a clone per call as `matchAll` makes.
 */
function ruleMatches(file, rule) {
    if (!mayRun(file, rule))
        return NONE;
    const text = file[rule.view ?? 'bare'];
    if (rule.find)
        return rule.find(text);
    const re = rule.re;
    if (!re.global)
        throw new TypeError(`a rule needs a global pattern: /${re.source}/`);
    const found = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m);
        if (m[0] === '')
            re.lastIndex++;
    }
    return found.length ? found : NONE;
}
/** Whether the rule matches anywhere in its view of the file. */
function ruleHolds(file, rule) {
    if (!mayRun(file, rule))
        return false;
    const text = file[rule.view ?? 'bare'];
    if (rule.find)
        return rule.find(text).length > 0;
    rule.re.lastIndex = 0;
    return rule.re.test(text);
}
/** `HEAD[^stop]{0,4000}?TAIL` found in linear time (bounded-gap.ts): the shape of several rules. */
const gapFind = (head, stop, tail, tailStart) => (text) => boundedGapMatches(text, { head, stop, max: 4000, tail, tailStart });

const ABSENT = -1;
/** at.file, at.line, at.column, at.note, then a word of flags (at.quoteLine is bit 0). */
const AT_CELLS = 5;
class FactTable {
    spec;
    /**
     * Finished segments, in order. Tables from several chunks are put together by taking their
     * segments as they are: no string is copied or looked up again, nothing grows but this list.
     */
    segments = [];
    /** The segment `push` writes, with its string lookup; finished by pack, append and seal. */
    open;
    width;
    length = 0;
    constructor(spec) {
        this.spec = spec;
        this.width = spec.strings.length + AT_CELLS;
        if (spec.flags.length > 30)
            throw new Error('a fact table has at most 30 flags');
    }
    /** A table a worker posted (structured clone keeps the data, not the class). */
    static revive(packed) {
        const table = new FactTable(packed.spec);
        table.segments = packed.segments;
        table.length = packed.segments.reduce((n, s) => n + s.length, 0);
        return table;
    }
    /** Replaces each string the table keeps with what `f` makes of it (a shared copy). */
    mapStrings(f) {
        this.seal();
        for (const seg of this.segments)
            for (let i = 0; i < seg.strings.length; i++)
                seg.strings[i] = f(seg.strings[i]);
    }
    /** The table as plain data, its segments trimmed to their rows. */
    pack() {
        this.seal();
        return { segments: this.segments, spec: { strings: this.spec.strings, flags: this.spec.flags } };
    }
    push(row) {
        const seg = (this.open ??= {
            strings: [],
            codes: new Map(),
            cells: new Int32Array(64 * this.width),
            length: 0
        });
        if ((seg.length + 1) * this.width > seg.cells.length) {
            const grown = new Int32Array(seg.cells.length * 2);
            grown.set(seg.cells);
            seg.cells = grown;
        }
        const base = seg.length * this.width;
        const c = seg.cells;
        const record = row;
        this.spec.strings.forEach((key, i) => (c[base + i] = this.code(seg, record[key])));
        const at = base + this.spec.strings.length;
        c[at] = this.code(seg, row.at.file);
        c[at + 1] = row.at.line;
        c[at + 2] = row.at.column;
        c[at + 3] = this.code(seg, row.at.note);
        let bits = row.at.quoteLine ? 1 : 0;
        this.spec.flags.forEach((key, i) => record[key] && (bits |= 1 << (i + 1)));
        c[at + 4] = bits;
        seg.length++;
        this.length++;
    }
    /** Appends every row of `other` (same spec), in order, taking its segments as they are. */
    append(other) {
        this.seal();
        other.seal();
        for (const s of other.segments)
            if (s.length)
                this.segments.push(s);
        this.length += other.length;
    }
    /** Finishes the open segment: drops its lookup and its spare capacity. */
    seal() {
        const seg = this.open;
        if (!seg)
            return;
        this.open = undefined;
        if (seg.length)
            this.segments.push({
                strings: seg.strings,
                cells: seg.cells.slice(0, seg.length * this.width),
                length: seg.length
            });
    }
    *[Symbol.iterator]() {
        this.seal();
        for (const seg of this.segments)
            for (let i = 0; i < seg.length; i++)
                yield this.row(seg, i);
    }
    row(seg, i) {
        const row = {};
        const place = {};
        this.fill(row, place, seg, i, false);
        row.at = place;
        return row;
    }
    /**
     * Writes row i's fields into `row` and its place into `place`; `clear`: absent ones become undefined (for an object
     * reused row after row).
     */
    fill(row, place, seg, i, clear) {
        const base = i * this.width;
        const c = seg.cells;
        this.spec.strings.forEach((key, k) => {
            if (c[base + k] !== ABSENT)
                row[key] = seg.strings[c[base + k]];
            else if (clear)
                row[key] = undefined;
        });
        const at = base + this.spec.strings.length;
        const bits = c[at + 4];
        this.spec.flags.forEach((key, k) => (row[key] = (bits & (1 << (k + 1))) !== 0));
        place.file = seg.strings[c[at]];
        place.line = c[at + 1];
        place.column = c[at + 2];
        if (bits & 1)
            place.quoteLine = true;
        else if (clear)
            place.quoteLine = undefined;
        if (c[at + 3] !== ABSENT)
            place.note = seg.strings[c[at + 3]];
        else if (clear)
            place.note = undefined;
    }
    /**
     * Each row in turn as one object reused for every row (absent fields undefined), with `take` to
     * make the current row for keeping (the same object however often it is called for one row). A
     * walk over hundreds of thousands of rows that keeps a few then makes no object per row: those
     * grew the main thread's young generation (docs/performance.md).
     * `visit` must not keep the object it is given.
     */
    walk(visit) {
        this.seal();
        const view = {};
        const place = {};
        view.at = place;
        let seg = this.segments[0];
        let i = 0;
        let taken;
        const take = () => (taken ??= this.row(seg, i));
        for (seg of this.segments) {
            for (i = 0; i < seg.length; i++) {
                taken = undefined;
                this.fill(view, place, seg, i, true);
                visit(view, take);
            }
        }
    }
    /** The rows that pass; `keep` sees a reused object and must not hold it. */
    filter(keep) {
        const out = [];
        this.walk((row, take) => keep(row) && out.push(take()));
        return out;
    }
    map(f) {
        const out = [];
        for (const row of this)
            out.push(f(row));
        return out;
    }
    /**
     * The rows that pass, at most `max` of them, and how many passed in all: for evidence lists,
     * which keep a few places and count the rest, without holding every row at once.
     */
    sample(keep, max) {
        const rows = [];
        let total = 0;
        this.walk((row, take) => {
            if (!keep(row))
                return;
            total++;
            if (rows.length < max)
                rows.push(take());
        });
        return { rows, total };
    }
    toArray() {
        return [...this];
    }
    /** The code of `s` in the open segment, adding it on first sight. */
    code(seg, s) {
        if (s === undefined)
            return ABSENT;
        let c = seg.codes.get(s);
        if (c === undefined) {
            c = seg.strings.length;
            // A copy: a slice of a file's text would keep the whole file alive.
            const kept = own(s);
            seg.strings.push(kept);
            seg.codes.set(kept, c);
        }
        return c;
    }
}

/**
 * `jwt.decode(…` then, within its first 4,000 characters of arguments (the farthest, as `[^)]{0,4000}` takes), `tail`.
 */
const jwtDecodeThen = (tail, tailStart) => ({
    find: gapFinder({ head: /\bjwt\.decode\s*\(/g, stop: ')', max: 4000, tail, tailStart, greedy: true })
});
const OBO = [
    { needles: ['acquireTokenOnBehalfOf'], re: /\bacquireTokenOnBehalfOf\s*\(/g, what: 'MSAL acquireTokenOnBehalfOf' },
    {
        needles: ['acquire_token_on_behalf_of'],
        re: /\bacquire_token_on_behalf_of\s*\(/g,
        what: 'MSAL acquire_token_on_behalf_of'
    },
    { needles: ['AcquireTokenOnBehalfOf'], re: /\bAcquireTokenOnBehalfOf\s*\(/g, what: 'MSAL AcquireTokenOnBehalfOf' },
    { needles: ['OnBehalfOfCredential'], re: /\bOnBehalfOfCredential\b/g, what: 'Azure Identity OnBehalfOfCredential' },
    {
        needles: ['GetAccessTokenForUserAsync'],
        re: /\bGetAccessTokenForUserAsync\s*\(/g,
        what: 'Microsoft.Identity.Web GetAccessTokenForUserAsync'
    },
    // The value alone, quoted: also when the request's field is filled through a constant (`OBO_USE = "on_behalf_of"`).
    {
        needles: ['on_behalf_of'],
        re: /['"]on_behalf_of['"]/g,
        what: 'jwt-bearer grant with requested_token_use=on_behalf_of',
        view: 'code'
    },
    {
        needles: ['requested_token_use=on_behalf_of'],
        re: /requested_token_use=on_behalf_of/g,
        what: 'jwt-bearer grant with requested_token_use=on_behalf_of',
        view: 'code'
    },
    { needles: ['OnBehalfOfParameters'], re: /\bOnBehalfOfParameters\b/g, what: 'MSAL4J OnBehalfOfParameters' },
    {
        needles: ['EnableTokenAcquisitionToCallDownstreamApi'],
        re: /\bEnableTokenAcquisitionToCallDownstreamApi\s*\(/g,
        what: 'Microsoft.Identity.Web EnableTokenAcquisitionToCallDownstreamApi'
    }
];
const USER_FLOWS = [
    {
        needles: ['authorization_code'],
        re: /['"]authorization_code['"]|grant_type=authorization_code/g,
        what: 'authorization code grant',
        view: 'code'
    },
    {
        needles: [
            'acquire_token_by_authorization_code',
            'AcquireTokenByAuthorizationCode',
            'acquireTokenByCode',
            'initiate_auth_code_flow',
            'acquire_token_by_auth_code_flow',
            'getAuthCodeUrl',
            'get_authorization_request_url'
        ],
        re: /\b(?:acquire_token_by_authorization_code|AcquireTokenByAuthorizationCode|acquireTokenByCode|initiate_auth_code_flow|acquire_token_by_auth_code_flow|getAuthCodeUrl|get_authorization_request_url)\s*\(/g,
        what: 'MSAL authorization code flow'
    },
    {
        needles: [
            'AuthorizationCodeCredential',
            'InteractiveBrowserCredential',
            'DeviceCodeCredential',
            'acquire_token_by_device_flow',
            'acquireTokenByDeviceCode',
            'AcquireTokenWithDeviceCode',
            'initiate_device_flow'
        ],
        re: /\b(?:AuthorizationCodeCredential|InteractiveBrowserCredential|DeviceCodeCredential)\b|\b(?:acquire_token_by_device_flow|acquireTokenByDeviceCode|AcquireTokenWithDeviceCode|initiate_device_flow)\s*\(/g,
        what: 'per-user sign-in flow'
    }
];
// The arguments before `algorithms=` (and `verify_signature` in DEV_VERIFIERS) are at most 4,000 characters:
// unbounded, each unclosed `jwt.decode(` was scanned to the end of the file (quadratic in the number of them).
const TOKEN_VALIDATION = [
    { needles: ['requireBearerAuth'], re: /\brequireBearerAuth\s*\(/g, what: 'MCP SDK requireBearerAuth' },
    { needles: ['TokenVerifier'], re: /\bTokenVerifier\b/g, what: 'MCP SDK TokenVerifier', languages: ['python'] },
    { needles: ['AuthSettings'], re: /\bAuthSettings\s*\(/g, what: 'MCP SDK AuthSettings', languages: ['python'] },
    { needles: ['JWTVerifier'], re: /\bJWTVerifier\s*\(/g, what: 'FastMCP JWTVerifier' },
    { needles: ['AzureProvider'], re: /\bAzureProvider\s*\(/g, what: 'FastMCP AzureProvider' },
    { needles: ['AddJwtBearer'], re: /\bAddJwtBearer\s*\(/g, what: 'ASP.NET AddJwtBearer' },
    {
        needles: ['AddMicrosoftIdentityWebApi'],
        re: /\bAddMicrosoftIdentityWebApi\s*\(/g,
        what: 'Microsoft.Identity.Web AddMicrosoftIdentityWebApi'
    },
    {
        needles: ['auth.RequireBearerToken'],
        re: /\bauth\.RequireBearerToken\s*\(/g,
        what: 'Go SDK auth.RequireBearerToken'
    },
    { needles: ['jwtVerify'], re: /\bjwtVerify\s*\(/g, what: 'jose jwtVerify' },
    {
        needles: ['oidc.Config'],
        re: /\boidc\.Config\s*\{\s*ClientID\s*:/g,
        what: 'go-oidc verifier with an audience (ClientID)',
        languages: ['go']
    },
    { needles: ['jwt.verify'], re: /\bjwt\.verify\s*\(/g, what: 'jsonwebtoken verify' },
    {
        needles: ['jwt.decode'],
        re: /\bjwt\.decode\s*\([^)]{0,4000}\balgorithms\s*=/g,
        what: 'PyJWT decode with algorithms',
        ...jwtDecodeThen(/\balgorithms\s*=/y, 'algorithms')
    },
    {
        needles: ['JwtDecoder', 'oauth2ResourceServer'],
        re: /\bJwtDecoders?\b|\boauth2ResourceServer\s*\(/g,
        what: 'Spring Security resource server',
        languages: ['java', 'kotlin']
    }
];
const DEV_VERIFIERS = [
    {
        needles: ['StaticTokenVerifier'],
        re: /\bStaticTokenVerifier\s*\(/g,
        what: 'FastMCP StaticTokenVerifier (development only)'
    },
    {
        needles: ['jwt.decode'],
        re: /\bjwt\.decode\s*\([^)]{0,4000}verify_signature['"]?\s*:\s*False/g,
        what: 'PyJWT decode without signature verification',
        view: 'code',
        ...jwtDecodeThen(/verify_signature['"]?\s*:\s*False/y, 'verify_signature')
    },
    {
        needles: ['jwt.decode'],
        re: /\bjwt\.decode\s*\(/g,
        what: 'jsonwebtoken decode (no verification)',
        languages: ['typescript', 'javascript']
    }
];
/** The patterns a finder matches (for the tests that hold the two together). */
[...TOKEN_VALIDATION, ...DEV_VERIFIERS].filter((p) => p.find);
/** Literals one of which every read of the environment holds, a repository's own getter included. */
const ENV_READ_NEEDLES = [
    'process.env',
    'os.environ',
    'os.getenv',
    'Environment.GetEnvironmentVariable',
    'os.Getenv',
    'os.LookupEnv',
    'System.getenv',
    'env::var',
    // A repository's own getter (`utils.GetEnv`, `get_env_or`, `MustGetEnv`, `envOr`).
    'etEnv',
    'etenv',
    'et_env',
    'et_Env',
    'nvOr',
    'nvor',
    'nv_or',
    'nv_Or'
];
const APP_CREDENTIALS = [
    {
        needles: ['ClientSecretCredential'],
        re: /\bClientSecretCredential\b/g,
        what: 'Azure Identity ClientSecretCredential'
    },
    {
        needles: ['ClientCertificateCredential'],
        re: /\bClientCertificateCredential\b/g,
        what: 'Azure Identity ClientCertificateCredential'
    },
    {
        needles: ['acquire_token_for_client'],
        re: /\bacquire_token_for_client\s*\(/g,
        what: 'MSAL acquire_token_for_client (app-only)'
    },
    {
        needles: ['acquireTokenByClientCredential'],
        re: /\bacquireTokenByClientCredential\s*\(/g,
        what: 'MSAL acquireTokenByClientCredential (app-only)'
    },
    {
        needles: ['AcquireTokenForClient'],
        re: /\bAcquireTokenForClient\s*\(/g,
        what: 'MSAL AcquireTokenForClient (app-only)'
    },
    {
        needles: ['GetAccessTokenForAppAsync'],
        re: /\bGetAccessTokenForAppAsync\s*\(/g,
        what: 'Microsoft.Identity.Web GetAccessTokenForAppAsync (app-only)'
    },
    {
        needles: ['client_credentials'],
        re: /grant_type['"]?\s*[:=,]\s*['"]client_credentials['"]|grant_type=client_credentials/g,
        what: 'client_credentials grant',
        view: 'code'
    },
    { needles: ['x-api-key'], re: /['"]x-api-key['"]/gi, what: 'x-api-key header', view: 'code' },
    {
        needles: [...ENV_READ_NEEDLES, 'Deno.env.get', 'import.meta.env'],
        re: /\b(?:process\.env|os\.environ(?:\.get)?|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|os\.LookupEnv|System\.getenv|env::var|Deno\.env\.get|import\.meta\.env|(?:[Mm]ust_?)?[Gg]et_?[Ee]nv(?:ironment)?(?:_?[Oo]r\w{0,12}|_?[Vv]ar|[A-Z][a-z]{1,12})?|[Ee]nv_?[Oo]r[A-Z]?\w{0,12})\s*[[(.]\s*['"]?([A-Z][A-Z0-9_]{2,100})/g,
        what: 'API key or client secret from the environment',
        view: 'code'
    },
    // An environment object handed in as a parameter (`parseEnv(env)`, a Worker's bindings): `env.NAME`.
    {
        needles: ['env.'],
        re: /(?<![\w.$])env\.([A-Z][A-Z0-9_]{2,100})\b/g,
        what: 'API key or client secret from the environment',
        view: 'code'
    },
    // The name held in a constant (`os.Getenv(apiKeyEnvVar)`): resolved from the file's declarations.
    {
        needles: ENV_READ_NEEDLES,
        re: /\b(?:process\.env|os\.environ(?:\.get)?|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|os\.LookupEnv|System\.getenv|env::var|(?:[Mm]ust_?)?[Gg]et_?[Ee]nv(?:ironment)?(?:_?[Oo]r\w{0,12}|_?[Vv]ar|[A-Z][a-z]{1,12})?|[Ee]nv_?[Oo]r[A-Z]?\w{0,12})\s*[[(]\s*([A-Za-z_]\w{0,100})\s*[)\],]/g,
        what: 'API key or client secret from the environment, by a constant',
        view: 'bare'
    }
];
/** `NAME = "ENV_NAME"` declarations (Go const, Python, TS, C#, Java): a constant's name → the name it holds. */
const CONSTANT_DECLARATION = /\b([A-Za-z_]\w{0,100})[ \t]{0,200}(?::\s{0,20}[\w.]{1,60}\s{0,20})?:?=\s{0,20}["']([A-Z][A-Z0-9_]{2,100})["']/g;
/** The upper-case string constants a file declares, made once per file on the first read through a constant. */
const constantsOf = (() => {
    let last;
    return (file) => {
        if (last?.text === file.code)
            return last.map;
        const map = new Map();
        for (const m of file.code.matchAll(CONSTANT_DECLARATION))
            if (!map.has(m[1]))
                map.set(m[1], m[2]);
        last = { text: file.code, map };
        return map;
    };
})();
/** A call that reads a request header, just before its quoted name. */
const INBOUND_READ_CALL = /\b(?:get|Get|header|getHeader|get_header|GetValues|TryGetValue|has|Has|getFirst)\s{0,10}\(\s{0,10}$/;
/**
 * Whether a quoted header name at [start, end) is read from the incoming request (`headers['x-api-key']`, `.get(…)`).
 */
function inboundHeaderRead(text, start, end) {
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 20);
    if (/\[\s{0,10}$/.test(before))
        return !/^\s{0,10}\]\s{0,10}=(?!=)/.test(after);
    return INBOUND_READ_CALL.test(before);
}
/**
 * Whether the quoted name at [start, end) is one of a set of names, not a header sent with a value: a key whose value
 * is a flag (`"X-Api-Key": true`, a denylist to redact) or an element of a list of strings (`["cookie", "x-api-key"]`).
 */
function nameAmongNames(text, start, end) {
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 40);
    if (/^\s{0,20}:\s{0,20}(?:true|false|True|False|None|nil|null|1|0)\b/.test(after))
        return true;
    return /[[{,]\s{0,20}$/.test(before) && /^\s{0,20}(?:,\s{0,20}['"`]|[\]}])/.test(after);
}
/** A data store's connection string by its name: the store, then URL, URI, DSN or connection string. */
const DATA_STORE_CONNECTION = /(?:^|_)(?:DATABASE|DB|POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:DB)?|REDIS|MSSQL|SQL|COSMOS(?:DB)?|NEO4J|CLICKHOUSE|SNOWFLAKE|ELASTICSEARCH|AMQP|RABBITMQ)_(?:URL|URI|DSN|CONNECTION_?STRING)$|(?:^|_)CONNECTION_?STRING$/;
/** Secrets a server keeps for itself (signing, sessions, verifying what reaches it), not ones a data source issued. */
const OWN_SECRET = /JWT|SESSION|COOKIE|SIGNING|ENCRYPTION|CSRF|XSRF|HMAC|WEBHOOK|VERIF|CHALLENGE|DJANGO|FLASK|NEXTAUTH|REFRESH_TOKEN_SECRET/;
/** What a credential read from the environment is for; undefined when it is not a data-access credential. */
function credentialKind(name) {
    // LLM providers' keys (chat, embeddings) are external communication (the capability checks own them).
    if (/OPENAI|ANTHROPIC|CLAUDE|GEMINI|GENAI|MISTRAL|COHERE|GROQ|OPENROUTER|PERPLEXITY|DEEPSEEK|TOGETHER_|XAI_|HUGGINGFACE|HF_|FIREWORKS|VOYAGE|EMBEDDING|LLM_|^AI_/.test(name))
        return undefined;
    if (/CLIENT_SECRET|CLIENT_CERT/.test(name))
        return 'client secret';
    // Chat platforms' bot and user tokens read data whatever the rest of the name says.
    if (/XOX[BPC]|BOT_TOKEN|USER_TOKEN/.test(name))
        return 'static';
    // A database connection string (`DATABASE_URI`, `REDIS_URL`) carries the user and password the server signs in with.
    if (DATA_STORE_CONNECTION.test(name))
        return 'static';
    // A password (a database's, a client key's) signs the server in to a data source as itself; so does a secret key
    // or token a service issued (`STRIPE_SECRET_KEY`, `TFE_TOKEN`, a personal access token `AZDO_PAT`), unless the
    // server keeps it to sign or verify.
    const issued = /.(?:_SECRET(?:_ACCESS)?_KEY|_TOKEN|_PAT)$/.test(name) && !OWN_SECRET.test(name);
    if (!issued &&
        !/API_?KEY|API_TOKEN|PERSONAL_TOKEN|ACCESS_TOKEN|SERVICE_ACCOUNT_TOKEN|BOT_TOKEN|USER_TOKEN|XOX[BPC]|SUBSCRIPTION_KEY|AUTH_TOKEN|PASSWORD|PASSWD|_PWD$/.test(name))
        return undefined;
    // The key clients present to this server (inbound: `…_MCP_API_KEY`, `…_SERVER_TOKEN`), not one it sends to a
    // data source; MCP as the server's namespace before a downstream kind (`MS365_MCP_OAUTH_TOKEN`) is outbound.
    if (/(?:MCP|SERVER|SSE)_(?:AUTH_|ACCESS_|API_|SECRET_)?(?:KEY|TOKEN|SECRET|PASSWORD)$|INBOUND|PROXY/.test(name))
        return undefined;
    return 'static';
}
/** A random value generated on the same line: `process.env.AUTH_TOKEN || randomBytes(32).toString('hex')`. */
const GENERATED_FALLBACK = /\b(?:randomBytes|randomUUID|getRandomValues|token_urlsafe|token_hex|uuid4|NewRandom|GenerateKey)\s{0,10}\(/;
/** Lists of headers to delete, redact or mask name a key without using it. */
const REDACTION_CONTEXT = /delete|redact|sensitive|mask|strip|remove|omit|censor|scrub|sanitiz|blocklist|denylist|filter/i;
const AUDIT_FIELDS = {
    who: /\b(user|enduser|upn|sub|oid|principal|caller)\b/i,
    tool: /\btool\b/i,
    outcome: /\b(outcome|status|result|success)\b/i};
const TRACING = [
    {
        needles: ['NodeSDK', '@opentelemetry/sdk-node', 'NodeTracerProvider'],
        re: /\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g,
        what: 'OpenTelemetry Node SDK',
        view: 'code'
    },
    { needles: ['logfire.configure'], re: /\blogfire\.configure\s*\(/g, what: 'logfire.configure' },
    { needles: ['logfire.instrument_mcp'], re: /\blogfire\.instrument_mcp\s*\(/g, what: 'logfire.instrument_mcp' },
    {
        needles: ['TracerProvider'],
        re: /\bTracerProvider\s*\(/g,
        what: 'OpenTelemetry TracerProvider',
        languages: ['python']
    },
    { needles: ['AddOpenTelemetry'], re: /\bAddOpenTelemetry\s*\(/g, what: '.NET AddOpenTelemetry' },
    {
        needles: ['sdktrace.NewTracerProvider', 'otel.SetTracerProvider'],
        re: /\bsdktrace\.NewTracerProvider\s*\(|\botel\.SetTracerProvider\s*\(/g,
        what: 'Go OpenTelemetry SDK'
    },
    {
        needles: ['OpenTelemetrySdk', 'SdkTracerProvider'],
        re: /\bOpenTelemetrySdk\s*\.\s*builder\s*\(|\bSdkTracerProvider\s*\.\s*builder\s*\(/g,
        what: 'Java OpenTelemetry SDK'
    }
];
const SPAN_USER = {
    needles: ['enduser.id', 'user.id', 'user.name', 'enduser.name', 'mcp.user'],
    re: /(['"])(enduser\.id|user\.id|user\.name|enduser\.name|mcp\.user)\1/g,
    view: 'code'
};
const SPAN_TOOL = {
    needles: ['mcp.tool.name', 'gen_ai.tool.name', 'tool.name', 'mcp.tool'],
    re: /(['"])(mcp\.tool\.name|gen_ai\.tool\.name|tool\.name|mcp\.tool)\1/g,
    view: 'code'
};
const URL_LITERAL = { needles: ['http'], re: /['"`](https?:\/\/[^'"`\s$]+)/g, view: 'code' };
const BEARER = {
    needles: ['Bearer'],
    re: /['"`]Bearer\s*(?:\$\{\s*\w+|['"`]\s*\+\s*\w+|\{\s*\w+)|f['"]Bearer\s*\{\w+/g,
    view: 'code'
};
/** A user name's setting (`REDIS_USERNAME`, `JIRA_USER`, `DB_LOGIN`): its prefix is the credential it belongs to. */
const USER_NAME = /^([A-Z][A-Z0-9_]*?)_(?:USER(?:_?NAME)?|LOGIN)$/;
function collect(file, patterns, into, users) {
    for (const p of patterns) {
        if (p.languages && !p.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, p)) {
            if (p.view === 'code' && file.bare[m.index] !== file.code[m.index] && !/^['"`]/.test(m[0])) {
                // the match starts inside a string literal that is not itself the quoted token: prose, skip
                if (!/requested_token_use|grant_type|x-api-key/i.test(m[0]))
                    continue;
            }
            if (p.what.includes('environment')) {
                const name = p.what.endsWith('by a constant') ? constantsOf(file).get(m[1]) : m[1];
                const kind = name && credentialKind(name);
                if (name && !kind && users && USER_NAME.test(name)) {
                    const what = own(`user name from the environment (${name})`);
                    users.push({ what, at: file.at(m.index, what), isTest: file.isTest, credential: own(name) });
                }
                // A value the server makes up when none is set is its own secret (what clients present), not one issued to it.
                if (!name || !kind || GENERATED_FALLBACK.test(lineAround(file.text, m.index)))
                    continue;
                const what = own(`API key or client secret from the environment (${name})`);
                const at = file.at(m.index, what);
                into.push({ what, at, isTest: file.isTest, credential: own(name), credentialKind: kind });
                continue;
            }
            // The list's name is usually a few lines up: the line and the 300 characters before it. A header
            // read from the incoming request is the key clients reach this server with, not one it sends.
            if (p.what.includes('header')) {
                const around = file.text.slice(Math.max(0, m.index - 300), m.index) + lineAround(file.text, m.index);
                if (REDACTION_CONTEXT.test(around) || inboundHeaderRead(file.text, m.index, m.index + m[0].length))
                    continue;
                if (nameAmongNames(file.text, m.index, m.index + m[0].length))
                    continue;
            }
            into.push({ what: p.what, at: file.at(m.index, p.what), isTest: file.isTest });
        }
    }
}
/**
 * Java configuration reads by property name: MicroProfile `@ConfigProperty(name = "jdbc.password")`, Spring
 * `@Value("${…}")`.
 */
const CONFIG_PROPERTY = {
    needles: ['@ConfigProperty', '@Value'],
    re: /@ConfigProperty\s*\(\s*name\s*=\s*"([\w.-]{1,100})"|@Value\s*\(\s*"\$\{([\w.-]{1,100})(?::[^"}\n]{0,100})?\}"/g,
    view: 'code'
};
/** pydantic settings classes: `class S(BaseSettings):` at the start of a line. */
const SETTINGS_CLASS = /^class[ \t]+\w{1,100}[ \t]*\(([^)\r\n]{0,400})\)[ \t]*:/gm;
/** The headers of the classes that derive from BaseSettings. */
const SETTINGS_CLASSES = {
    needles: ['BaseSettings'],
    re: SETTINGS_CLASS,
    find: (bare) => [...bare.matchAll(SETTINGS_CLASS)].filter((m) => /\bBaseSettings\b/.test(m[1]))
};
const ENV_PREFIX = /\benv_prefix\s*[=:]\s*["']([A-Za-z0-9_]{0,60})["']/;
/** A field of the class body: `    api_key: str` or `    api_key: SecretStr = Field(...)` at its first indentation. */
const SETTINGS_FIELD = /^([ \t]+)([a-z_][a-z0-9_]{0,60})[ \t]*:[ \t]*[\w[]/gm;
/** A credential's name as an environment variable would spell it: `jdbc.password` → `JDBC_PASSWORD`. */
const asEnvName = (property) => property.toUpperCase().replace(/[.-]/g, '_');
/**
 * Credentials read through configuration rather than by an environment variable's name: Java
 * properties injected by name, and pydantic settings fields (the variable is env_prefix + field).
 */
function collectConfigured(file, into) {
    const push = (name, index) => {
        const kind = credentialKind(asEnvName(name));
        if (!kind)
            return;
        const what = own(`API key or client secret from configuration (${name})`);
        into.push({ what, at: file.at(index, what), isTest: file.isTest, credential: own(name), credentialKind: kind });
    };
    if (file.language === 'java' || file.language === 'kotlin') {
        for (const m of ruleMatches(file, CONFIG_PROPERTY))
            push(m[1] ?? m[2], m.index);
    }
    if (file.language !== 'python')
        return;
    for (const m of ruleMatches(file, SETTINGS_CLASSES)) {
        // The body: the lines after the header up to the next line that starts at the first column.
        const start = m.index + m[0].length;
        const next = /\n(?=[^\s#])/g;
        next.lastIndex = start;
        const end = next.exec(file.bare)?.index ?? file.bare.length;
        const body = file.code.slice(start, end);
        const prefix = ENV_PREFIX.exec(body)?.[1] ?? '';
        let indent;
        for (const f of body.matchAll(SETTINGS_FIELD)) {
            indent ??= f[1];
            if (f[1] !== indent || f[2] === 'model_config')
                continue;
            push(`${prefix}${f[2]}`.toUpperCase(), start + f.index + f[1].length);
        }
    }
}
/** Statements that log all of who, which tool, outcome and trace id within a few lines. */
const TRACE_ID = { needles: ['trace'], re: /trace_?id|traceId/gi, view: 'code' };
function collectAuditLogs(file, into) {
    const code = file.code;
    for (const m of ruleMatches(file, TRACE_ID)) {
        const start = Math.max(0, code.lastIndexOf('\n', Math.max(0, m.index - 300)));
        const window = code.slice(start, m.index + 300);
        const logCall = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300)) ??
            /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(window);
        if (!logCall)
            continue;
        if (AUDIT_FIELDS.who.test(window) && AUDIT_FIELDS.tool.test(window) && AUDIT_FIELDS.outcome.test(window)) {
            // Evidence at the logging call itself (after the trace id when it follows, else in the window before).
            const after = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300));
            const offset = after ? m.index + after.index : start + logCall.index;
            into.push({
                what: 'application audit log (who, tool, outcome, trace id)',
                at: file.at(offset, 'audit log entry'),
                isTest: file.isTest
            });
            return;
        }
    }
}
/** Every rule the detector runs. */
const RULES$1 = [
    ...OBO,
    ...TOKEN_VALIDATION,
    ...DEV_VERIFIERS,
    ...APP_CREDENTIALS,
    ...USER_FLOWS,
    ...TRACING,
    CONFIG_PROPERTY,
    SETTINGS_CLASSES,
    TRACE_ID,
    SPAN_USER,
    SPAN_TOOL,
    BEARER,
    URL_LITERAL
];
function createAuthDetector() {
    const result = {
        obo: [],
        tokenValidation: [],
        devVerifiers: [],
        appCredentials: [],
        credentialUsers: [],
        userFlows: [],
        bearerForwarding: new FactTable({ strings: ['what'], flags: ['isTest'] }),
        auditLogs: [],
        tracingSetup: [],
        spanUser: [],
        spanTool: [],
        urls: new FactTable({ strings: ['url'], flags: [] })
    };
    const detector = {
        rules: RULES$1,
        visit(file) {
            if (!isCode(file))
                return;
            collect(file, OBO, result.obo);
            collect(file, TOKEN_VALIDATION, result.tokenValidation);
            collect(file, DEV_VERIFIERS, result.devVerifiers);
            collect(file, APP_CREDENTIALS, result.appCredentials, (result.credentialUsers ??= []));
            collectConfigured(file, result.appCredentials);
            collect(file, USER_FLOWS, result.userFlows);
            collect(file, TRACING, result.tracingSetup);
            collectAuditLogs(file, result.auditLogs);
            for (const m of ruleMatches(file, SPAN_USER))
                result.spanUser.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of ruleMatches(file, SPAN_TOOL))
                result.spanTool.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of ruleMatches(file, BEARER))
                result.bearerForwarding.push({
                    what: 'bearer token from a per-request variable',
                    at: file.at(m.index, 'Authorization: Bearer …'),
                    isTest: file.isTest
                });
            if (!file.isTest)
                for (const m of ruleMatches(file, URL_LITERAL))
                    result.urls.push({ url: m[1], at: file.at(m.index + 1) });
        }
    };
    return { detector, result };
}
/** A Java properties line whose value comes from the environment: `spring.datasource.password=${DB_PASSWORD}`. */
const PROPERTY_FROM_ENV = {
    needles: ['${'],
    re: /^[ \t]*([A-Za-z][\w.-]{0,200})[ \t]*[=:][ \t]*\$\{([A-Za-z_][\w.]{0,100})(?::[^}\r\n]{0,200})?\}[ \t]*$/gm,
    view: 'text'
};
/**
 * Credentials a framework reads from its properties file rather than in code (Spring Boot's and
 * Quarkus' datasource): a password, key or token property filled from an environment variable.
 * A literal value there is a committed secret, policy.secrets' business.
 */
function createPropertiesCredentialDetector(result) {
    return {
        files: 'all',
        rules: [PROPERTY_FROM_ENV],
        visit(file) {
            if (!file.path.endsWith('.properties'))
                return;
            for (const m of ruleMatches(file, PROPERTY_FROM_ENV)) {
                const kind = credentialKind(asEnvName(m[1])) ?? credentialKind(asEnvName(m[2]));
                if (!kind)
                    continue;
                const what = own(`API key or client secret from configuration (${m[1]}, from \${${m[2]}})`);
                result.appCredentials.push({
                    what,
                    at: file.at(m.index, what),
                    isTest: file.isTest,
                    credential: own(m[1]),
                    credentialKind: kind
                });
            }
        }
    };
}
/** App Service / Container Apps authentication (`authsettingsV2`, `authConfigs`, `auth_settings_v2`) turned on. */
const PLATFORM_REQUIRE = {
    needles: ['uthentication'],
    re: /\brequire_?[Aa]uthentication["']?\s{0,10}[:=]\s{0,10}true\b/g,
    view: 'text'
};
/** …with at least one allowed audience: the platform then checks each token's audience before the server sees it. */
const PLATFORM_AUDIENCES = /\ballowed_?[Aa]udiences["']?\s{0,10}[:=]\s{0,10}\[\s{0,200}[^\s\]]/;
const INFRA_FILE = /\.(?:bicep|tf|json)$/i;
/**
 * Token validation the hosting platform does, declared in the repository's infrastructure: App
 * Service or Container Apps authentication that requires sign-in and names allowed audiences.
 */
function createPlatformAuthDetector(result) {
    return {
        files: 'all',
        rules: [PLATFORM_REQUIRE],
        visit(file) {
            if (!INFRA_FILE.test(file.path) || !PLATFORM_AUDIENCES.test(file.text))
                return;
            const m = ruleMatches(file, PLATFORM_REQUIRE)[0];
            if (!m)
                return;
            const what = 'platform authentication (App Service / Container Apps) requiring sign-in with allowed audiences';
            result.tokenValidation.push({ what, at: file.at(m.index, what), isTest: file.isTest });
        }
    };
}

/**
 * Check if `vhost` is a valid suffix of `hostname` (top-domain)
 *
 * It means that `vhost` needs to be a suffix of `hostname` and we then need to
 * make sure that: either they are equal, or the character preceding `vhost` in
 * `hostname` is a '.' (it should not be a partial label).
 *
 * * hostname = 'not.evil.com' and vhost = 'vil.com'      => not ok
 * * hostname = 'not.evil.com' and vhost = 'evil.com'     => ok
 * * hostname = 'not.evil.com' and vhost = 'not.evil.com' => ok
 */
function shareSameDomainSuffix(hostname, vhost) {
    if (hostname.endsWith(vhost)) {
        return (hostname.length === vhost.length ||
            hostname[hostname.length - vhost.length - 1] === '.');
    }
    return false;
}
/**
 * Given a hostname and its public suffix, extract the general domain.
 */
function extractDomainWithSuffix(hostname, publicSuffix) {
    // Locate the index of the last '.' in the part of the `hostname` preceding
    // the public suffix.
    //
    // examples:
    //   1. not.evil.co.uk  => evil.co.uk
    //         ^    ^
    //         |    | start of public suffix
    //         | index of the last dot
    //
    //   2. example.co.uk   => example.co.uk
    //     ^       ^
    //     |       | start of public suffix
    //     |
    //     | (-1) no dot found before the public suffix
    const publicSuffixIndex = hostname.length - publicSuffix.length - 2;
    const lastDotBeforeSuffixIndex = hostname.lastIndexOf('.', publicSuffixIndex);
    // No '.' found, then `hostname` is the general domain (no sub-domain)
    if (lastDotBeforeSuffixIndex === -1) {
        return hostname;
    }
    // Extract the part between the last '.'
    return hostname.slice(lastDotBeforeSuffixIndex + 1);
}
/**
 * Detects the domain based on rules and upon and a host string
 */
function getDomain(suffix, hostname, options) {
    // Check if `hostname` ends with a member of `validHosts`.
    if (options.validHosts !== null) {
        const validHosts = options.validHosts;
        for (const vhost of validHosts) {
            if ( /*@__INLINE__*/shareSameDomainSuffix(hostname, vhost)) {
                return vhost;
            }
        }
    }
    let numberOfLeadingDots = 0;
    if (hostname.startsWith('.')) {
        while (numberOfLeadingDots < hostname.length &&
            hostname[numberOfLeadingDots] === '.') {
            numberOfLeadingDots += 1;
        }
    }
    // If `hostname` is a valid public suffix, then there is no domain to return.
    // Since we already know that `getPublicSuffix` returns a suffix of `hostname`
    // there is no need to perform a string comparison and we only compare the
    // size.
    if (suffix.length === hostname.length - numberOfLeadingDots) {
        return null;
    }
    // To extract the general domain, we start by identifying the public suffix
    // (if any), then consider the domain to be the public suffix with one added
    // level of depth. (e.g.: if hostname is `not.evil.co.uk` and public suffix:
    // `co.uk`, then we take one more level: `evil`, giving the final result:
    // `evil.co.uk`).
    return /*@__INLINE__*/ extractDomainWithSuffix(hostname, suffix);
}

/**
 * Return the part of domain without suffix.
 *
 * Example: for domain 'foo.com', the result would be 'foo'.
 */
function getDomainWithoutSuffix(domain, suffix) {
    // Note: here `domain` and `suffix` cannot have the same length because in
    // this case we set `domain` to `null` instead. It is thus safe to assume
    // that `suffix` is shorter than `domain`.
    return domain.slice(0, -suffix.length - 1);
}

// `charCodeAt.call(url, i)`, not `url.charCodeAt(i)`: see `is-valid.ts`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const charCodeAt$2 = String.prototype.charCodeAt;
/**
 * Matches an ASCII tab (U+0009) or newline (U+000A / U+000D). The WHATWG URL
 * parser strips these before parsing; we only allocate a cleaned copy (and
 * re-parse) on the rare input that actually contains one.
 */
const CONTROL_CHARS = /[\t\n\r]/g;
const HAS_CONTROL_CHAR = /[\t\n\r]/;
/**
 * Matches a forbidden domain code point
 * (https://url.spec.whatwg.org/#forbidden-domain-code-point): a C0 control,
 * space, '#', '%', '/', ':', '<', '>', '?', '@', '[', '\', ']', '^', '|' or DEL.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_DOMAIN_CHAR = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;
// Set by `extractHostname` (a module-scope flag, read synchronously by
// `parseImpl` right after the call — same pattern as the reused RESULT object).
// `true` ONLY when extraction validated the returned host inline (a confirmed-
// valid, "simple" authority) so `parseImpl` can skip the separate
// `isValidHostname` pass. `false` in every other case (validation disabled, a
// complex authority — userinfo/port/brackets/trailing-dot/control — an invalid
// host, or a non-main return path); `parseImpl` then validates as usual. The
// fast path can only ever SKIP a redundant scan for hosts already known valid,
// never accept an invalid one.
let extractedHostnameValidated = false;
// Set by `extractHostname`, like `extractedHostnameValidated`: `true` ONLY when
// the returned host was in brackets ("http://[::1]/"). `parseImpl` then checks
// that it is an IPv6 address, as browsers do.
let extractedBracketedHost = false;
/**
 * True if char `code` is a valid hostname character. This is the per-char half
 * of `is-valid.ts`'s `isValidAscii` (a-z, 0-9, > U+007F) PLUS three additions:
 * A-Z (the host is lowercased before validation, so uppercase ≡ a valid
 * lowercase letter) and '-' / '_' (valid inside a label). KEEP IN SYNC with
 * `is-valid.ts`: these rules are deliberately duplicated to validate during
 * extraction, so any change to the accepted character set there must be
 * mirrored here (and vice-versa).
 */
function isValidHostnameChar(code) {
    return ((code >= 97 && code <= 122) || // a-z
        (code >= 48 && code <= 57) || // 0-9
        code > 127 || // non-ASCII (accepted, not punycode-checked)
        (code >= 65 && code <= 90) || // A-Z (becomes valid once lowercased)
        code === 45 || // '-'
        code === 95 // '_'
    );
}
/**
 * No hostname in `url`, unless a tab or newline, which browsers remove before
 * anything else, hides one ("sc:\t//host", "/\t/host"): `url` is then read
 * again without them. Only reached on inputs without a host.
 */
function noHostname(url, urlIsValidHostname, validate) {
    return HAS_CONTROL_CHAR.test(url)
        ? extractHostname(url.replace(CONTROL_CHARS, ''), urlIsValidHostname, validate)
        : null;
}
/**
 * True if char `code` may follow the first letter of a scheme: an ASCII letter,
 * a digit, '+', '-' or '.' (https://url.spec.whatwg.org/#scheme-state).
 */
function isSchemeChar(code) {
    return (((code | 32) >= 97 && (code | 32) <= 122) || // [a-zA-Z] (fold letters only)
        (code >= 48 && code <= 57) || // [0, 9]
        code === 46 || // '.'
        code === 45 || // '-'
        code === 43 // '+'
    );
}
/**
 * `hostname` percent-decoded as browsers decode the host of a special URL,
 * lower-cased and without trailing dots, or null where they find no valid host:
 * bytes that are no UTF-8 ("%FF"), a '%' not followed by two hexadecimal digits
 * ("%zz"), and characters forbidden in a domain once decoded ("%2F", "%3A",
 * "%5B::1%5D"). https://url.spec.whatwg.org/#concept-host-parser
 */
function decodeHostname(hostname) {
    let decoded;
    try {
        decoded = decodeURIComponent(hostname);
    }
    catch (_a) {
        return null;
    }
    if (FORBIDDEN_DOMAIN_CHAR.test(decoded)) {
        return null;
    }
    let end = decoded.length;
    while (end > 1 && charCodeAt$2.call(decoded, end - 1) === 46 /* '.' */) {
        end -= 1;
    }
    return decoded.slice(0, end).toLowerCase();
}
/**
 * True if `url.slice(start, end)` is a scheme, as browsers read one: an ASCII
 * letter, then scheme characters.
 */
function isScheme(url, start, end) {
    const first = charCodeAt$2.call(url, start) | 32;
    if (start === end || first < 97 || first > 122) {
        return false;
    }
    for (let i = start + 1; i < end; i += 1) {
        if (!isSchemeChar(charCodeAt$2.call(url, i))) {
            return false;
        }
    }
    return true;
}
/**
 * Classify scheme `url.slice(schemeStart, colonIndex)` as a WHATWG special
 * scheme without allocating a substring (case-insensitive via `| 32`).
 * Special schemes: ftp, file, http, https, ws, wss
 * (https://url.spec.whatwg.org/#special-scheme).
 *
 * @returns 0 = not special, 1 = special, 2 = file (its host sits only between
 *          "//" and the next slash).
 */
function getSpecialScheme(url, schemeStart, colonIndex) {
    const length = colonIndex - schemeStart;
    const c0 = charCodeAt$2.call(url, schemeStart) | 32;
    if (length === 2) {
        return c0 === 119 && (charCodeAt$2.call(url, schemeStart + 1) | 32) === 115
            ? 1
            : 0; // ws
    }
    else if (length === 3) {
        const c1 = charCodeAt$2.call(url, schemeStart + 1) | 32;
        const c2 = charCodeAt$2.call(url, schemeStart + 2) | 32;
        if (c0 === 119 && c1 === 115 && c2 === 115)
            return 1; // wss
        if (c0 === 102 && c1 === 116 && c2 === 112)
            return 1; // ftp
        return 0;
    }
    else if (length === 4) {
        const c1 = charCodeAt$2.call(url, schemeStart + 1) | 32;
        const c2 = charCodeAt$2.call(url, schemeStart + 2) | 32;
        const c3 = charCodeAt$2.call(url, schemeStart + 3) | 32;
        if (c0 === 104 && c1 === 116 && c2 === 116 && c3 === 112)
            return 1; // http
        if (c0 === 102 && c1 === 105 && c2 === 108 && c3 === 101)
            return 2; // file
        return 0;
    }
    else if (length === 5) {
        return c0 === 104 &&
            (charCodeAt$2.call(url, schemeStart + 1) | 32) === 116 &&
            (charCodeAt$2.call(url, schemeStart + 2) | 32) === 116 &&
            (charCodeAt$2.call(url, schemeStart + 3) | 32) === 112 &&
            (charCodeAt$2.call(url, schemeStart + 4) | 32) === 115
            ? 1
            : 0; // https
    }
    return 0;
}
/**
 * Extract a hostname from `url`, matching a WHATWG URL parser's host-boundary
 * behaviour (https://url.spec.whatwg.org/#concept-basic-url-parser) for tldts'
 * scope. It deliberately does NOT normalise the host (no IDNA/punycode or IPv4
 * canonicalisation; IPv6 brackets are stripped, not compressed), strips trailing
 * dots, and stays lenient where a strict parser rejects (bare host:port,
 * out-of-range port, user@host) — all documented deviations.
 *
 * @param urlIsValidHostname - when true, `url` is already a valid hostname and is
 *   returned by the same reference (factory.ts skips re-validation on that
 *   identity), keeping the common path allocation-free.
 * @param validate - when true, validate the host inline during the authority
 *   scan and publish the verdict via `extractedHostnameValidated` so `parseImpl`
 *   can skip the redundant `isValidHostname` pass for simple authorities.
 */
function extractHostname(url, urlIsValidHostname, validate = false) {
    let start = 0;
    let end = url.length;
    let hasUpper = false;
    let failedValidation = false; // inline validation failed (always so with a '%')
    let isSpecial = true; // '\' ends the host, unless non-special "scheme://"
    extractedHostnameValidated = false;
    extractedBracketedHost = false;
    if (!urlIsValidHostname) {
        // WHATWG step 1: trim leading/trailing C0 control or space (<= U+0020).
        // Tab/newline elsewhere are handled lazily below.
        while (start < url.length && charCodeAt$2.call(url, start) <= 32) {
            start += 1;
        }
        // "data:"/"javascript:" never reach a host (inline payload; data URLs may be
        // huge). `| 32` lowercases letters only; tab/newline is re-parsed below.
        if ((charCodeAt$2.call(url, start + 4) === 58 /* ':' */ &&
            (charCodeAt$2.call(url, start) | 32) === 100 /* d */ &&
            (charCodeAt$2.call(url, start + 1) | 32) === 97 /* a */ &&
            (charCodeAt$2.call(url, start + 2) | 32) === 116 /* t */ &&
            (charCodeAt$2.call(url, start + 3) | 32) === 97) /* a */ ||
            (charCodeAt$2.call(url, start + 10) === 58 /* ':' */ &&
                (charCodeAt$2.call(url, start) | 32) === 106 /* j */ &&
                (charCodeAt$2.call(url, start + 1) | 32) === 97 /* a */ &&
                (charCodeAt$2.call(url, start + 2) | 32) === 118 /* v */ &&
                (charCodeAt$2.call(url, start + 3) | 32) === 97 /* a */ &&
                (charCodeAt$2.call(url, start + 4) | 32) === 115 /* s */ &&
                (charCodeAt$2.call(url, start + 5) | 32) === 99 /* c */ &&
                (charCodeAt$2.call(url, start + 6) | 32) === 114 /* r */ &&
                (charCodeAt$2.call(url, start + 7) | 32) === 105 /* i */ &&
                (charCodeAt$2.call(url, start + 8) | 32) === 112 /* p */ &&
                (charCodeAt$2.call(url, start + 9) | 32) === 116) /* t */) {
            return null;
        }
        while (end > start + 1 && charCodeAt$2.call(url, end - 1) <= 32) {
            end -= 1;
        }
        if ((charCodeAt$2.call(url, start) === 47 /* '/' */ ||
            charCodeAt$2.call(url, start) === 92) /* '\' */ &&
            (charCodeAt$2.call(url, start + 1) === 47 /* '/' */ ||
                charCodeAt$2.call(url, start + 1) === 92) /* '\' */) {
            // Scheme-relative reference ("//host/path"). Relative to a web page, a
            // special URL, browsers skip any further slashes ("///host").
            start += 2;
            while (charCodeAt$2.call(url, start) === 47 /* '/' */ ||
                charCodeAt$2.call(url, start) === 92 /* '\' */) {
                start += 1;
            }
        }
        else {
            // The scheme ends at the first ":/". Most URLs start with "http://" or
            // "https://", so check for those before searching.
            let indexOfProtocol = charCodeAt$2.call(url, start + 4) === 115 /* 's' */
                ? start + 5
                : start + 4;
            if (charCodeAt$2.call(url, start) !== 104 /* 'h' */ ||
                charCodeAt$2.call(url, start + 1) !== 116 /* 't' */ ||
                charCodeAt$2.call(url, start + 2) !== 116 /* 't' */ ||
                charCodeAt$2.call(url, start + 3) !== 112 /* 'p' */ ||
                charCodeAt$2.call(url, indexOfProtocol) !== 58 /* ':' */ ||
                charCodeAt$2.call(url, indexOfProtocol + 1) !== 47 /* '/' */) {
                indexOfProtocol = url.indexOf(':/', start);
            }
            if (indexOfProtocol !== -1) {
                // "scheme://…". Classify the scheme, then position `start` at the host.
                const special = getSpecialScheme(url, start, indexOfProtocol);
                if (special === 1) {
                    // Special scheme: skip the run of '/' and '\' after it
                    // (special-authority-(ignore-)slashes states; '\' acts as '/').
                    start = indexOfProtocol + 2;
                    while (charCodeAt$2.call(url, start) === 47 /* '/' */ ||
                        charCodeAt$2.call(url, start) === 92 /* '\' */) {
                        start += 1;
                    }
                }
                else if (special === 2) {
                    // file: the host is only what sits between "//" and the next slash, so
                    // "file://h/x" => "h" but "file:///x" / "file:/x" => no host.
                    start = indexOfProtocol + 1;
                    let slashes = 0;
                    while ((charCodeAt$2.call(url, start) === 47 ||
                        charCodeAt$2.call(url, start) === 92) &&
                        slashes < 2) {
                        start += 1;
                        slashes += 1;
                    }
                    if (slashes < 2) {
                        return noHostname(url, urlIsValidHostname, validate);
                    }
                }
                else if (!isScheme(url, start, start + 1)) {
                    // No scheme: one starts with an ASCII letter ("1a://x" is no URL for
                    // browsers). Read the input as an authority, as below.
                    indexOfProtocol = -1;
                }
                else {
                    // Unknown scheme: validate the WHATWG scheme grammar [A-Za-z0-9+.-];
                    // a control char means it was split by a tab/newline (strip + re-parse).
                    for (let i = start; i < indexOfProtocol; i += 1) {
                        const code = charCodeAt$2.call(url, i);
                        if (!isSchemeChar(code)) {
                            if (code === 9 /* tab */ ||
                                code === 10 /* LF */ ||
                                code === 13 /* CR */) {
                                return extractHostname(url.replace(CONTROL_CHARS, ''), urlIsValidHostname, validate);
                            }
                            // A scheme ending at a first ':' (other than a slash-less special
                            // one) makes this ':/' part of an opaque path ("foo:bar://x", no
                            // host), unless a '/', '\', '?' or '#' first puts it in a path,
                            // query or fragment ("a.com/r?u=https://x"). Otherwise no scheme
                            // ends here: this ':/' is an empty port, after a slash-less
                            // special scheme ("http:a.com:/x") or an authority
                            // ("user@host:/x"). Read the input as such below.
                            if (code === 58 /* ':' */ &&
                                getSpecialScheme(url, start, i) !== 1) {
                                for (let j = i; j < indexOfProtocol; j += 1) {
                                    const c = charCodeAt$2.call(url, j);
                                    if (c === 47 || c === 92 || c === 63 || c === 35) {
                                        indexOfProtocol = -1;
                                        break;
                                    }
                                }
                                if (indexOfProtocol !== -1) {
                                    return noHostname(url, urlIsValidHostname, validate);
                                }
                            }
                            indexOfProtocol = -1;
                            break;
                        }
                    }
                    if (indexOfProtocol !== -1) {
                        // A non-special scheme has an authority only after "//" (else it is
                        // an opaque path with no host). `indexOf(':/')` already gave the
                        // first '/'.
                        if (charCodeAt$2.call(url, indexOfProtocol + 2) === 47 /* '/' */) {
                            isSpecial = false;
                            start = indexOfProtocol + 3;
                        }
                        else {
                            return noHostname(url, urlIsValidHostname, validate);
                        }
                    }
                }
            }
            if (indexOfProtocol === -1 &&
                charCodeAt$2.call(url, start) !== 91 /* '[' */) {
                // Cold path: no "scheme://" prefix, and not a bare IPv6 literal (whose
                // first ':' would otherwise look like a scheme separator; "[…]" falls
                // through to the ipv6 handling below). May be a bare host, a host:port,
                // a user@host, a slash-less special scheme ("https:host"), or an opaque
                // URI ("mailto:", "tel:", "urn:…").
                let indexOfColon = -1;
                for (let i = start; i < end; i += 1) {
                    const code = charCodeAt$2.call(url, i);
                    if (code === 9 || code === 10 || code === 13) {
                        return extractHostname(url.replace(CONTROL_CHARS, ''), urlIsValidHostname, validate);
                    }
                    if (code === 58 /* ':' */) {
                        indexOfColon = i;
                        break;
                    }
                    if (code === 47 || code === 92 || code === 63 || code === 35) {
                        break;
                    }
                }
                if (indexOfColon !== -1) {
                    // An '@' before the next delimiter => the ':' is userinfo, not a
                    // scheme ("user:pass@host", "mailto:a@b"): keep the whole authority.
                    // Not after "file:", which has no userinfo and no host without "//".
                    const special = getSpecialScheme(url, start, indexOfColon);
                    let hasIdentifier = false;
                    for (let i = special === 2 ? end : indexOfColon + 1; i < end; i += 1) {
                        const code = charCodeAt$2.call(url, i);
                        if (code === 47 || code === 92 || code === 63 || code === 35) {
                            break;
                        }
                        if (code === 64 /* '@' */) {
                            hasIdentifier = true;
                            break;
                        }
                    }
                    if (!hasIdentifier) {
                        // All-digits after ':' => a bare "host:port" (tldts accepts
                        // hostnames too); keep `start` and let the port handling trim it.
                        // Not after a special scheme though: "http:8080" is a URL.
                        let allDigits = special === 0;
                        let i = indexOfColon + 1;
                        for (; i < end; i += 1) {
                            const code = charCodeAt$2.call(url, i);
                            if (code === 47 || code === 92 || code === 63 || code === 35) {
                                break;
                            }
                            if (code < 48 /* '0' */ || code > 57 /* '9' */) {
                                allDigits = false;
                                break;
                            }
                        }
                        if (i === indexOfColon + 1) {
                            allDigits = false; // nothing after ':' => not a port
                        }
                        if (!allDigits) {
                            if (special === 0) {
                                // No "scheme://" on the cold path and not a special scheme.
                                // A second ':' before the host's end marks a bare, unbracketed
                                // IPv6 literal ("2a01:e35::1"): fall through and let the host
                                // loop + isIp classify it. Without one this is an opaque path
                                // with no host ("mailto:x", "foo:bar").
                                let isBareIpv6 = false;
                                for (let j = indexOfColon + 1; j < end; j += 1) {
                                    const code = charCodeAt$2.call(url, j);
                                    if (code === 47 ||
                                        code === 92 ||
                                        code === 63 ||
                                        code === 35) {
                                        break;
                                    }
                                    if (code === 58 /* ':' */) {
                                        isBareIpv6 = true;
                                        break;
                                    }
                                }
                                // Not a scheme either ("@host:", "a_b:/x"): an authority, if
                                // its ':' starts an empty port (digits were read above).
                                // Browsers have no host for "a_b:x".
                                const next = charCodeAt$2.call(url, i);
                                if (!isBareIpv6 &&
                                    (isScheme(url, start, indexOfColon) ||
                                        (i < end &&
                                            next !== 47 &&
                                            next !== 92 &&
                                            next !== 63 &&
                                            next !== 35))) {
                                    return noHostname(url, urlIsValidHostname, validate);
                                }
                            }
                            else {
                                start = indexOfColon + 1;
                                if (special === 2) {
                                    // file (e.g. "file:\\host"): host only between "//" and next slash.
                                    let slashes = 0;
                                    while ((charCodeAt$2.call(url, start) === 47 ||
                                        charCodeAt$2.call(url, start) === 92) &&
                                        slashes < 2) {
                                        start += 1;
                                        slashes += 1;
                                    }
                                    if (slashes < 2) {
                                        return noHostname(url, urlIsValidHostname, validate);
                                    }
                                }
                                else {
                                    while (charCodeAt$2.call(url, start) === 47 ||
                                        charCodeAt$2.call(url, start) === 92) {
                                        start += 1;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Find the host's end: first '/', '?' or '#' (and '\' for special URLs,
        // which WHATWG treats like '/'). Track the last '@' and ':' for userinfo
        // and port, plus the first ':' of the host (reset at each
        // '@') to tell a bare IPv6 (>= 2 colons) from a host:port (exactly one);
        // flag uppercase and a stray tab/newline. The loop is split on `code < 64`
        // so common host characters take fewer comparisons.
        //
        // When `validate`, also accumulate `is-valid.ts`'s checks over the scanned
        // run so a simple authority's host can be validated in this single pass.
        // `vValid` only stays meaningful for a "simple" authority (no userinfo, port,
        // brackets, control or trailing dot); those cases clear it / are rejected by
        // the guard below, falling back to `isValidHostname`.
        let indexOfIdentifier = -1;
        let indexOfPort = -1;
        let indexOfFirstColon = -1;
        let hasControl = false;
        let vValid = validate; // seeded true when validating; cleared on the first invalid char
        let vLastDot = start - 1; // mirrors is-valid.ts `lastDotIndex = -1` at host start
        let vLastCode = -1;
        if (validate && start < end) {
            // First-char rule: must be a valid host char, '.', or '_' (NOT '-').
            const c0 = charCodeAt$2.call(url, start);
            if (
            // Keep these parens: they scope /*@__INLINE__*/ for terser.
            // prettier-ignore
            !(
            /*@__INLINE__*/ (isValidHostnameChar(c0) ||
                c0 === 46 /* '.' */ ||
                c0 === 95 /* '_' */)) ||
                c0 === 45 /* '-' (isValidHostnameChar allows it mid-label, not first) */) {
                vValid = false;
            }
        }
        for (let i = start; i < end; i += 1) {
            const code = charCodeAt$2.call(url, i);
            if (code < 64) {
                if (code === 47 || code === 35 || code === 63) {
                    end = i;
                    break;
                }
                else if (code === 58 /* ':' */) {
                    if (indexOfFirstColon === -1) {
                        indexOfFirstColon = i;
                    }
                    indexOfPort = i;
                }
                else if (code === 9 || code === 10 || code === 13) {
                    hasControl = true;
                }
                else if (validate) {
                    if (code === 46 /* '.' */) {
                        if (i - vLastDot > 64 || vLastCode === 46 || vLastCode === 45) {
                            vValid = false;
                        }
                        vLastDot = i;
                    }
                    else if (code < 48 || code > 57) {
                        // < 64 and not a delimiter/dot/digit => only '-' (45) is a valid
                        // host char here; everything else (space, %, !, etc.) is invalid.
                        // A '-' must also not START a label (the byte right after a '.') —
                        // mirrors is-valid.ts; the first label is covered by the first-char
                        // rule above. (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH.)
                        if (code !== 45 || vLastCode === 46 /* label-leading '-' */) {
                            vValid = false;
                        }
                    }
                }
            }
            else if (isSpecial && code === 92 /* '\' */) {
                end = i;
                break;
            }
            else if (code === 64 /* '@' */) {
                indexOfIdentifier = i;
                indexOfFirstColon = -1; // colons before '@' are userinfo, not the host
            }
            else if (code >= 65 && code <= 90) {
                hasUpper = true;
            }
            else if (validate && !( /*@__INLINE__*/isValidHostnameChar(code))) {
                // >= 64, not '@'/']'/upper: valid only if a-z, '_', or non-ASCII.
                vValid = false;
            }
            if (validate) {
                vLastCode = code;
            }
        }
        // A tab/newline inside the authority: strip everything and re-parse (rare).
        if (hasControl) {
            return extractHostname(url.replace(CONTROL_CHARS, ''), urlIsValidHostname, validate);
        }
        // Skip userinfo. '>= start' so an empty userinfo ("http://@host") works too.
        if (indexOfIdentifier !== -1 &&
            indexOfIdentifier >= start &&
            indexOfIdentifier < end) {
            start = indexOfIdentifier + 1;
        }
        if (charCodeAt$2.call(url, start) === 91 /* '[' */) {
            // ipv6 address: return what is between the brackets, or null if they are
            // unclosed or followed by anything but a port ("[::1]x"). `parseImpl`
            // checks that they hold an IPv6 address (see `extractedBracketedHost`).
            const closingBracket = url.indexOf(']', start);
            if (closingBracket !== -1 &&
                closingBracket < end &&
                (closingBracket + 1 === end ||
                    charCodeAt$2.call(url, closingBracket + 1) === 58) /* ':' */) {
                extractedBracketedHost = true;
                return url.slice(start + 1, closingBracket).toLowerCase();
            }
            return null;
        }
        else if (indexOfPort !== -1 &&
            indexOfPort > start &&
            indexOfPort < end &&
            // A host:port has exactly one ':' in the host (so its first ':' is its
            // last); a bare, unbracketed IPv6 literal ("2a01:e35::1") has >= 2, so
            // its first ':' precedes the last. Only the former has a ':port' to trim.
            indexOfFirstColon === indexOfPort) {
            end = indexOfPort; // trim ':port'
        }
        // Empty authority ("http://", "file:///path", "//"), unless a tab or
        // newline hides one ("/\t/host"); only reachable here via extraction — a
        // bare valid hostname never lands here.
        if (start >= end) {
            return noHostname(url, urlIsValidHostname, validate);
        }
        // Publish the inline-validation verdict — but only for a "simple" authority,
        // where the scanned run equals the final host: no userinfo skip, no port
        // trim, no brackets, no trailing dot (trimmed below), and length within RFC
        // limits. Anything else leaves it `false` so `parseImpl` re-validates.
        //
        // Every clause below is load-bearing for CORRECTNESS, not just speed: the
        // loop accumulates `vValid` over the whole scanned run (it does not stop at
        // ':' or '@', so any port/userinfo bytes are included), so the verdict is
        // only sound when that run equals the final host. Do not drop a clause as
        // "redundant" — e.g. without `indexOfPort === -1`, `host:8080` would be
        // wrongly accepted.
        if (validate &&
            vValid &&
            indexOfIdentifier === -1 &&
            indexOfPort === -1 &&
            charCodeAt$2.call(url, end - 1) !== 46 /* no trailing dot */ &&
            end - start <= 255 && // total length
            end - vLastDot - 1 <= 63 && // last label length
            vLastCode !== 45 /* last char not '-' */) {
            extractedHostnameValidated = true;
        }
        failedValidation = validate && !vValid;
    }
    // Trim trailing dots
    while (end > start + 1 && charCodeAt$2.call(url, end - 1) === 46 /* '.' */) {
        end -= 1;
    }
    const hostname = start !== 0 || end !== url.length ? url.slice(start, end) : url;
    // Browsers percent-decode the host of a special URL ("%74racker.com" is
    // tracker.com). Only when validating: otherwise the host is kept as written.
    if (failedValidation && isSpecial && hostname.includes('%')) {
        return decodeHostname(hostname);
    }
    if (hasUpper) {
        return hostname.toLowerCase();
    }
    return hostname;
}

// Auto-generated by packages/tldts-utils/bin/ip-mapping.js (Node.js v26.13.1, Unicode 18.0). Do not edit.
//
// Non-ASCII code points that the host parser of browsers deletes, or maps to
// '.', or to digits, 'a'-'f' and 'x' only, as ranges: code points
// `ipMappingFirst[k]` to `ipMappingLast[k]` map, with `value = ipMappingValue[k]`
// and `offset` the position in the range: to nothing if `value` is 0, to the
// character `value + offset` if `value` is below 128, to the decimal number
// `value - 1000 + offset` if `value` is below 2000, and else to the two
// characters `value >> 8` and `value & 255`.
const ipMappingFirst = /*#__PURE__*/ new Uint32Array([170, 173, 178, 185, 739, 847, 4447, 6068, 6155, 7468, 7470, 7472, 7491, 7495, 7496, 7580, 7584, 8203, 8288, 8298, 8304, 8308, 8320, 8336, 8337, 8339, 8450, 8492, 8495, 8496, 8517, 8518, 8553, 8557, 8569, 8573, 9312, 9321, 9398, 9421, 9424, 9447, 9450, 12290, 12644, 12881, 12977, 13170, 13252, 13253, 13256, 42994, 42995, 64256, 65024, 65279, 65294, 65296, 65313, 65336, 65345, 65368, 65377, 65440, 113824, 117974, 117997, 118000, 119155, 119808, 119831, 119834, 119857, 119860, 119883, 119886, 119909, 119912, 119935, 119938, 119961, 119964, 119966, 119987, 119990, 119995, 120013, 120016, 120039, 120042, 120065, 120068, 120071, 120091, 120094, 120117, 120120, 120123, 120143, 120146, 120169, 120172, 120195, 120198, 120221, 120224, 120247, 120250, 120273, 120276, 120299, 120302, 120325, 120328, 120351, 120354, 120377, 120380, 120403, 120406, 120429, 120432, 120455, 120458, 120481, 120782, 120792, 120802, 120812, 120822, 127275, 127277, 127280, 127303, 130032, 917760]);
const ipMappingLast = /*#__PURE__*/ new Uint32Array([170, 173, 179, 185, 739, 847, 4448, 6069, 6159, 7468, 7470, 7473, 7491, 7495, 7497, 7580, 7584, 8203, 8292, 8303, 8304, 8313, 8329, 8336, 8337, 8339, 8450, 8493, 8495, 8497, 8517, 8519, 8553, 8558, 8569, 8574, 9320, 9331, 9403, 9421, 9429, 9447, 9450, 12290, 12644, 12895, 12991, 13170, 13252, 13253, 13256, 42994, 42995, 64256, 65039, 65279, 65294, 65305, 65318, 65336, 65350, 65368, 65377, 65440, 113827, 117979, 117997, 118009, 119162, 119813, 119831, 119839, 119857, 119865, 119883, 119891, 119909, 119917, 119935, 119943, 119961, 119964, 119967, 119987, 119993, 119995, 120013, 120021, 120039, 120047, 120065, 120069, 120073, 120091, 120099, 120117, 120121, 120125, 120143, 120151, 120169, 120177, 120195, 120203, 120221, 120229, 120247, 120255, 120273, 120281, 120299, 120307, 120325, 120333, 120351, 120359, 120377, 120385, 120403, 120411, 120429, 120437, 120455, 120463, 120481, 120791, 120801, 120811, 120821, 120831, 127275, 127277, 127285, 127303, 130041, 917999]);
const ipMappingValue = /*#__PURE__*/ new Uint16Array([97, 0, 50, 49, 120, 0, 0, 0, 0, 97, 98, 100, 97, 98, 100, 99, 102, 0, 0, 0, 48, 52, 48, 97, 101, 120, 99, 98, 101, 101, 100, 100, 120, 99, 120, 99, 49, 1010, 97, 120, 97, 120, 48, 46, 0, 1021, 1036, 25697, 25443, 25444, 25698, 99, 102, 26214, 0, 0, 46, 48, 97, 120, 97, 120, 46, 0, 0, 97, 120, 48, 0, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 99, 120, 97, 102, 120, 97, 120, 97, 120, 97, 100, 120, 97, 120, 97, 100, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 48, 48, 48, 48, 48, 99, 25444, 97, 120, 48, 0]);
// Bit `(cp >> 8) & 31` of `ipMappingBlocks[cp >> 13]` is set when the block of
// 256 code points holding `cp` (below U+10000) holds any of them.
const ipMappingBlocks = /*#__PURE__*/ new Uint32Array([562167821, 983059, 0, 0, 0, 128, 0, 3355443200]);

/**
 * Detection of IP addresses, as defined by the host parser of the WHATWG URL
 * standard (https://url.spec.whatwg.org/#host-parsing), which browsers follow.
 * Addresses are recognized, never rewritten: `0x7f.1` is 127.0.0.1 for a
 * browser, hence an IP here, but stays `0x7f.1`.
 */
/**
 * Value of the hexadecimal digit `code` (0 to 15), or 16 if it is not one.
 */
function hexValue(code) {
    if (code >= 48 && code <= 57) {
        return code - 48; // 0-9
    }
    const letter = code | 32; // lower-case
    return letter >= 97 && letter <= 102 ? letter - 87 : 16; // a-f
}
/**
 * Check if `hostname` is an IPv4 address: one to four numbers separated by
 * dots, each one decimal, octal (leading `0`) or hexadecimal (leading `0x`).
 * The last number fills the bytes the others leave, so `127.1` and
 * `2130706433` are both 127.0.0.1.
 * https://url.spec.whatwg.org/#concept-ipv4-parser
 */
function isIpv4(hostname) {
    const end = hostname.length;
    let i = 0;
    for (let numbers = 1; numbers <= 4; numbers += 1) {
        let radix = 10;
        if (i + 1 < end && hostname.charCodeAt(i) === 48 /* '0' */) {
            radix = 8;
            if ((hostname.charCodeAt(i + 1) | 32) === 120 /* 'x' */) {
                radix = 16;
                i += 2;
            }
        }
        const start = i;
        let value = 0;
        for (; i < end; i += 1) {
            const code = hostname.charCodeAt(i);
            if (code === 46 /* '.' */) {
                break;
            }
            const digit = hexValue(code);
            if (digit >= radix) {
                return false;
            }
            value = value * radix + digit;
        }
        // A number has digits, except "0x" which is 0.
        if (i === start && radix !== 16) {
            return false;
        }
        if (i === end) {
            return value <= 0xffffffff >>> (8 * (numbers - 1));
        }
        if (value > 255) {
            return false;
        }
        i += 1; // '.'
    }
    return false;
}
/**
 * Check if `hostname[i, end)` is made of four decimal numbers separated by
 * dots, each one between 0 and 255 and without leading zero.
 */
function isDottedDecimal(hostname, i, end) {
    for (let numbers = 1; numbers <= 4; numbers += 1) {
        const start = i;
        let value = 0;
        for (; i < end; i += 1) {
            const digit = hostname.charCodeAt(i) - 48;
            if (digit < 0 || digit > 9) {
                break;
            }
            value = value * 10 + digit;
            // Only a leading zero keeps a number of several digits below 10.
            if (value > 255 || (value < 10 && i !== start)) {
                return false;
            }
        }
        if (i === start) {
            return false;
        }
        if (numbers < 4) {
            if (hostname.charCodeAt(i) !== 46 /* '.' */) {
                return false;
            }
            i += 1;
        }
    }
    return i === end;
}
/**
 * Check if `hostname` is an IPv6 address, with or without its brackets: eight
 * groups of one to four hexadecimal digits separated by colons, where a `::`
 * may stand once for one or more missing groups, and a dotted-decimal IPv4
 * address may stand for the last two.
 * https://url.spec.whatwg.org/#concept-ipv6-parser
 */
function isIpv6(hostname) {
    let i = 0;
    let end = hostname.length;
    if (hostname.charCodeAt(0) === 91 /* '[' */) {
        if (hostname.charCodeAt(end - 1) !== 93 /* ']' */) {
            return false;
        }
        i = 1;
        end -= 1;
    }
    // An address only starts with a ':' if it starts with "::".
    if (i < end && hostname.charCodeAt(i) === 58 /* ':' */) {
        if (i + 1 === end || hostname.charCodeAt(i + 1) !== 58 /* ':' */) {
            return false;
        }
        i += 1;
    }
    let groups = 0;
    let compressed = false; // "::" was seen, and counted as one group
    // Here `i` is where a group starts: a ':' can only be the second of a "::".
    while (i < end && groups < 8) {
        if (hostname.charCodeAt(i) === 58 /* ':' */) {
            if (compressed) {
                return false;
            }
            compressed = true;
            groups += 1;
            i += 1;
            continue;
        }
        const start = i;
        while (i < end &&
            i - start < 4 &&
            hexValue(hostname.charCodeAt(i)) !== 16) {
            i += 1;
        }
        if (i === start) {
            return false;
        }
        if (i === end) {
            return compressed || groups === 7;
        }
        if (hostname.charCodeAt(i) === 46 /* '.' */) {
            return ((compressed ? groups <= 6 : groups === 6) &&
                isDottedDecimal(hostname, start, end));
        }
        // Anything else is a ':' followed by another group, or by a ':'.
        if (hostname.charCodeAt(i) !== 58 /* ':' */ || i + 1 === end) {
            return false;
        }
        groups += 1;
        i += 1;
    }
    return compressed && i === end;
}
/**
 * What the host parser of browsers maps the non-ASCII code point `cp` to, as
 * far as IP detection goes: nothing (deleted), '.', digits, 'a'-'f' or 'x', or
 * else 'g', standing for any character that keeps a label from being a number.
 * https://www.unicode.org/reports/tr46/#Processing
 */
function mapCodePoint(cp) {
    // Most letters, as in internationalized domain names, are in blocks of the
    // table without any entry.
    if (cp < 0x10000 &&
        ((ipMappingBlocks[cp >> 13] >>> ((cp >> 8) & 31)) & 1) === 0) {
        return 'g';
    }
    let low = 0;
    let high = ipMappingFirst.length - 1;
    while (low <= high) {
        const mid = (low + high) >>> 1;
        if (cp < ipMappingFirst[mid]) {
            high = mid - 1;
        }
        else if (cp > ipMappingLast[mid]) {
            low = mid + 1;
        }
        else {
            const value = ipMappingValue[mid];
            const offset = cp - ipMappingFirst[mid];
            if (value === 0) {
                return '';
            }
            if (value < 128) {
                return String.fromCharCode(value + offset);
            }
            if (value < 2000) {
                return String(value - 1000 + offset);
            }
            return String.fromCharCode(value >> 8, value & 255);
        }
    }
    return 'g';
}
/**
 * `isIp` for a host holding non-ASCII characters, read as browsers read it:
 * they first map some characters to digits or dots and delete others, so that
 * `１２７.０.０.１`, or `127.0.0.1` followed by a zero-width space, is 127.0.0.1
 * for them. The host is mapped the same way, as far as IP detection goes, and
 * checked again.
 */
function isMappedIp(hostname) {
    // Most such hosts are internationalized domain names, with a character that
    // keeps their last label from being a number: find it first.
    for (let i = hostname.length - 1; i >= 0; i -= 1) {
        let cp = hostname.charCodeAt(i);
        if (cp === 46 /* '.' */) {
            break;
        }
        if (cp < 128) {
            if (hexValue(cp) === 16 && (cp | 32) !== 120 /* 'x' */) {
                return false;
            }
            continue;
        }
        // Most letters are in blocks of 256 code points without any entry.
        if (cp < 0xd800 &&
            ((ipMappingBlocks[cp >> 13] >>> ((cp >> 8) & 31)) & 1) === 0) {
            return false;
        }
        if (cp >= 0xdc00 && cp <= 0xdfff && i > 0) {
            const high = hostname.charCodeAt(i - 1);
            if (high >= 0xd800 && high <= 0xdbff) {
                cp = (high - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
                i -= 1;
            }
        }
        const mapped = mapCodePoint(cp);
        if (mapped === 'g') {
            return false;
        }
        if (mapped === '.') {
            break;
        }
    }
    // Browsers read an IPv6 address, between brackets, as written: a host
    // holding non-ASCII characters is never one.
    if (hostname.includes(':')) {
        return false;
    }
    let ascii = '';
    for (let i = 0; i < hostname.length; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code < 128) {
            ascii += hostname.charAt(i);
        }
        else {
            let cp = code;
            if (code >= 0xd800 && code <= 0xdbff) {
                const low = hostname.charCodeAt(i + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
                    i += 1;
                }
            }
            ascii += mapCodePoint(cp);
        }
    }
    // Trailing dots go, as callers remove them from `hostname`.
    let end = ascii.length;
    while (end > 1 && ascii.charCodeAt(end - 1) === 46 /* '.' */) {
        end -= 1;
    }
    return isIp(ascii.slice(0, end));
}
/**
 * For a host ending in a number without being an IP address in ASCII: `null`,
 * unless it holds non-ASCII characters, which browsers may map (see
 * `isMappedIp`).
 */
function isNonAsciiIp(hostname) {
    for (let i = 0; i < hostname.length; i += 1) {
        if (hostname.charCodeAt(i) >= 128) {
            return isMappedIp(hostname);
        }
    }
    return null;
}
/**
 * Check if `hostname` is an IP address (either IPv4 or IPv6).
 *
 * The answer is `null` for a host ending in a number without being an IPv4
 * address (`1.2.3.4.5`, `example.123`): browsers read such a host as an
 * address and nothing else, so it is not a valid host, and never a domain.
 * `hostname` has no trailing dot: callers strip them.
 */
function isIp(hostname) {
    // Go backward over the digits ending `hostname`, decimal ones first, then
    // hexadecimal ones, down to `code`, the character before them (NaN before
    // the start of `hostname`). It tells what `hostname` may be, and most often
    // that it is not an address.
    const last = hostname.length - 1;
    let i = last;
    let code = hostname.charCodeAt(i);
    while (code >= 48 && code <= 57 /* 0-9 */) {
        i -= 1;
        code = hostname.charCodeAt(i);
    }
    const decimal = i;
    while (hexValue(code) !== 16) {
        i -= 1;
        code = hostname.charCodeAt(i);
    }
    // An IPv6 address ends with a group, which follows a ':', with "::" or
    // with a ']'. Its last label is not a number then.
    if (code === 58 /* ':' */ || code === 93 /* ']' */) {
        return isIpv6(hostname);
    }
    // An IPv4 address ends with a number: a last label only made of decimal
    // digits, or of "0x" followed by hexadecimal digits. An IPv6 address ending
    // with an IPv4 one ends with a number too.
    // https://url.spec.whatwg.org/#ends-in-a-number-checker
    if ((i === decimal && i !== last && (code === 46 /* '.' */ || i === -1)) ||
        ((code | 32) === 120 /* 'x' */ &&
            hostname.charCodeAt(i - 1) === 48 /* '0' */ &&
            (i === 1 || hostname.charCodeAt(i - 2) === 46)) /* '.' */) {
        return isIpv4(hostname) || isIpv6(hostname) ? true : isNonAsciiIp(hostname);
    }
    // A non-ASCII character right before the digits ending `hostname`, or one
    // or two characters before their "x", may be one that browsers map to a
    // digit or a dot, or delete: `hostname` may end in a number for them.
    return code >= 128 ||
        ((code | 32) === 120 /* 'x' */ &&
            (hostname.charCodeAt(i - 1) >= 128 || hostname.charCodeAt(i - 2) >= 128))
        ? isMappedIp(hostname)
        : false;
}

/**
 * Special-use domain names from the IANA "Special-Use Domain Names" registry:
 * the authoritative list, created by RFC 6761 and maintained as new RFCs add to
 * it: https://www.iana.org/assignments/special-use-domain-names/
 * Snapshot: 2026-05-24. (RFC 6761 is not obsoleted; draft-hoffman-rfc6761bis
 * proposes to retire its prose but keep this registry, so the registry is the
 * source of truth; re-sync this list against it.)
 *
 * These names never correspond to a public registration, yet neither
 * `isIcann` nor `isPrivate` marks one as special-use: most are absent from the
 * Public Suffix List (so `a.test` looks like a registrable domain), and the
 * few that are listed (`onion`, `home.arpa`) appear there as ordinary ICANN
 * suffixes. `isSpecialUse` is the single signal that covers them all.
 *
 * Per the registry and RFC 6761 ("and any names falling within these domains"),
 * the designation covers each listed name AND all of its sub-domains. DNS labels
 * are case-insensitive (RFC 4343); `hostname` is expected to be already
 * lower-cased and trailing-dot-stripped, as produced by `extractHostname`, the
 * same normalization the Public-Suffix-List lookup relies on.
 *
 * Two groups of registry entries are intentionally excluded: the numeric
 * reverse-DNS delegation zones (`10.in-addr.arpa`, the `*.ip6.arpa` ranges, …),
 * which are reverse-DNS PTR zones rather than hostnames and whose parents
 * (`in-addr.arpa`/`ip6.arpa`) are already in the Public Suffix List; and the
 * deprecated `eap-noob.arpa` entry.
 */
const SPECIAL_USE_DOMAINS = [
    'test', // RFC 6761
    'localhost', // RFC 6761
    'invalid', // RFC 6761
    'example', // RFC 6761
    'example.com', // RFC 6761
    'example.net', // RFC 6761
    'example.org', // RFC 6761
    'local', // RFC 6762 (mDNS)
    'onion', // RFC 7686 (Tor)
    'alt', // RFC 9476
    'home.arpa', // RFC 8375
    'ipv4only.arpa', // RFC 8880
    'resolver.arpa', // RFC 9462
    'service.arpa', // RFC 9665
    '6tisch.arpa', // RFC 9031
    'eap.arpa', // RFC 9965
];
/**
 * Return `true` if `hostname` is, or is a sub-domain of, a special-use domain
 * (see the registry note above). Expects an already-normalized `hostname`.
 */
function isSpecialUse(hostname) {
    for (const name of SPECIAL_USE_DOMAINS) {
        // Match on a label boundary: `hostname` is either exactly `name` or ends
        // with `.name` (so `latest` is not matched by `test`, nor `myexample.com`
        // by `example.com`).
        if (hostname.endsWith(name) &&
            (hostname.length === name.length ||
                hostname.charCodeAt(hostname.length - name.length - 1) === 46) /* '.' */) {
            return true;
        }
    }
    return false;
}

/**
 * Implements fast shallow verification of hostnames. This does not perform a
 * struct check on the content of labels (classes of Unicode characters, etc.)
 * but instead check that the structure is valid (number of labels, length of
 * labels, etc.).
 *
 * If you need stricter validation, consider using an external library.
 */
// `charCodeAt.call(s, i)`, not `s.charCodeAt(i)`: V8 specializes a
// `s.charCodeAt` call site for at most four kinds of strings (flat, sliced,
// concatenated, internalized, of one or two bytes per character...). Past
// that, it finds the method through a generic cache and no longer inlines it,
// on every call. Hostnames come here from callers and from URLs, of any kind.
// eslint-disable-next-line @typescript-eslint/unbound-method
const charCodeAt$1 = String.prototype.charCodeAt;
// KEEP IN SYNC with `extract-hostname.ts` `isValidHostnameChar` + its inline
// scan/verdict, which duplicate these structural rules to validate during
// extraction (a perf fusion). That copy additionally accepts A-Z (the host is
// not yet lowercased there) and folds in '-' / '_'. Any change to the accepted
// character set or the label/length rules here must be mirrored there.
function isValidAscii(code) {
    return ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127);
}
/**
 * Check if a hostname string is valid. It's usually a preliminary check before
 * trying to use getDomain or anything else.
 *
 * Beware: it does not check if the TLD exists.
 */
function isValidHostname (hostname) {
    if (hostname.length > 255) {
        return false;
    }
    if (hostname.length === 0) {
        return false;
    }
    if (
    /*@__INLINE__*/ !isValidAscii(charCodeAt$1.call(hostname, 0)) &&
        charCodeAt$1.call(hostname, 0) !== 46 && // '.' (dot)
        charCodeAt$1.call(hostname, 0) !== 95 // '_' (underscore)
    ) {
        return false;
    }
    // Validate hostname according to RFC
    let lastDotIndex = -1;
    let lastCharCode = -1;
    const len = hostname.length;
    for (let i = 0; i < len; i += 1) {
        const code = charCodeAt$1.call(hostname, i);
        if (code === 46 /* '.' */) {
            if (
            // Check that previous label is < 63 bytes long (64 = 63 + '.')
            i - lastDotIndex > 64 ||
                // Check that previous character was not already a '.'
                lastCharCode === 46 ||
                // Check that the previous label does not end with '-' (RFC 1035 §2.3.1 LDH).
                // '_' is intentionally NOT restricted: DNS allows any octet (RFC 2181 §11) and
                // WHATWG URL does not treat '_' as a forbidden host code point.
                lastCharCode === 45) {
                return false;
            }
            lastDotIndex = i;
        }
        else if (
        // A forbidden character in the label...
        // Keep these parens: they scope /*@__INLINE__*/ for terser.
        // prettier-ignore
        !( /*@__INLINE__*/(isValidAscii(code) || code === 45 || code === 95)) ||
            // ...or a '-' starting a label (the byte right after a '.'). A label must
            // not begin with a hyphen (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH, as amended
            // by RFC 1123 §2.1; cf. UTS #46 CheckHyphens). The first label is covered by
            // the leading-character guard above; mirrors the trailing-'-' rule below.
            (code === 45 && lastCharCode === 46)) {
            return false;
        }
        lastCharCode = code;
    }
    return (
    // Check that last label is shorter than 63 chars
    len - lastDotIndex - 1 <= 63 &&
        // Check that the last character is an allowed trailing label character.
        // Since we already checked that the char is a valid hostname character,
        // we only need to check that it's different from '-'.
        lastCharCode !== 45);
}

/**
 * Apply `options.extraSuffixes` to the built-in lookup result in `out`, as if
 * they were part of the list (`isException`: the built-in winner is an
 * exception rule). As in browsers, the longest match prevails and an exception
 * beats a rule of the same length. Remaining ties go to the built-in match
 * (unless it matched no rule: both flags falsy), then to `icann`.
 */
function extraSuffixLookup(hostname, options, isException, out) {
    const suffix = out.publicSuffix;
    if (suffix === null) {
        return;
    }
    // Best extra exception and rule, as start indices in `hostname` (smaller is
    // longer; `none` if unmatched), and whether each is ICANN.
    const none = hostname.length + 1;
    let exception = none;
    let exceptionIsIcann = false;
    let rule = none;
    let ruleIsIcann = false;
    const extra = options.extraSuffixes;
    for (let section = 0; section < 2; section += 1) {
        const isIcann = section === 0;
        const rules = isIcann
            ? options.allowIcannDomains && extra.icann
            : options.allowPrivateDomains && extra.private;
        if (!Array.isArray(rules)) {
            continue;
        }
        for (const r of rules) {
            // Sparse or untyped lists may hold non-strings.
            if (typeof r !== 'string') {
                continue;
            }
            const exceptionRule = r.startsWith('!');
            const wildcard = r.startsWith('*.');
            const body = exceptionRule ? r.slice(1) : wildcard ? r.slice(2) : r;
            // Skip empty rules, and exceptions without a parent ('!p').
            if (body === '' ||
                (exceptionRule && !body.includes('.')) ||
                !shareSameDomainSuffix(hostname, body)) {
                continue;
            }
            let start = hostname.length - body.length;
            // Strict `<`: on a tie, the first match (`icann` first) wins.
            if (exceptionRule) {
                if (start < exception) {
                    exception = start;
                    exceptionIsIcann = isIcann;
                }
                continue;
            }
            // `*.p` also matches `p`, else one more non-empty label.
            if (wildcard && start > 1 && hostname.charCodeAt(start - 2) !== 46) {
                start = hostname.lastIndexOf('.', start - 2) + 1;
            }
            if (start < rule) {
                rule = start;
                ruleIsIcann = isIcann;
            }
        }
    }
    // Start of the built-in match: an exception starts one label left of its
    // suffix.
    const suffixStart = hostname.length - suffix.length;
    const builtin = isException
        ? hostname.lastIndexOf('.', suffixStart - 2) + 1
        : suffixStart;
    // An exception wins ties with rules; a built-in exception wins ties with
    // an extra one.
    if (exception <= rule &&
        (isException ? exception < builtin : exception <= builtin)) {
        out.publicSuffix = hostname.slice(hostname.indexOf('.', exception) + 1);
        out.isIcann = exceptionIsIcann;
        out.isPrivate = !exceptionIsIcann;
    }
    else if (rule < builtin ||
        (rule === builtin && !out.isIcann && !out.isPrivate)) {
        out.publicSuffix = hostname.slice(rule);
        out.isIcann = ruleIsIcann;
        out.isPrivate = !ruleIsIcann;
    }
}

function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname = true, mixedInputs = true, validHosts = null, validateHostname = true, }) {
    return {
        allowIcannDomains,
        allowPrivateDomains,
        detectIp,
        detectSpecialUse,
        extraSuffixes,
        extractHostname,
        mixedInputs,
        validHosts,
        validateHostname,
    };
}
const DEFAULT_OPTIONS = /*@__INLINE__*/ setDefaultsImpl({});
function setDefaults(options) {
    // `null` as well: untyped callers pass it to mean "no options".
    {
        return DEFAULT_OPTIONS;
    }
}

/**
 * Returns the subdomain of a hostname string
 */
function getSubdomain(hostname, domain) {
    // If `hostname` and `domain` are the same, then there is no sub-domain
    if (domain.length === hostname.length) {
        return '';
    }
    return hostname.slice(0, -domain.length - 1);
}

/**
 * Implement a factory allowing to plug different implementations of suffix
 * lookup (e.g.: using a trie or the packed hashes datastructures). This is used
 * and exposed in `tldts.ts` and `tldts-experimental.ts` bundle entrypoints.
 */
function getEmptyResult() {
    return {
        domain: null,
        domainWithoutSuffix: null,
        hostname: null,
        isIcann: null,
        isIp: null,
        isPrivate: null,
        isSpecialUse: null,
        publicSuffix: null,
        subdomain: null,
    };
}
function parseImpl(url, step, suffixLookup, partialOptions, result) {
    const options = /*@__INLINE__*/ setDefaults();
    // Very fast approximate check to make sure `url` is a string. This is needed
    // because the library will not necessarily be used in a typed setup and
    // values of arbitrary types might be given as argument.
    if (typeof url !== 'string') {
        return result;
    }
    // Extract hostname from `url` only if needed. This can be made optional
    // using `options.extractHostname`. This option will typically be used
    // whenever we are sure the inputs to `parse` are already hostnames and not
    // arbitrary URLs.
    //
    // `mixedInput` allows to specify if we expect a mix of URLs and hostnames
    // as input. If only hostnames are expected then `extractHostname` can be
    // set to `false` to speed-up parsing. If only URLs are expected then
    // `mixedInputs` can be set to `false`. The `mixedInputs` is only a hint
    // and will not change the behavior of the library.
    // Whether `url` itself was already a valid hostname (only computed on the
    // mixedInputs path). Lets us skip the post-extraction validation below when
    // extractHostname returned `url` unchanged (same reference).
    let urlIsValid = false;
    if (!options.extractHostname) {
        // Trim trailing dots as extractHostname does (`new URL()` keeps them).
        let end = url.length;
        while (end > 1 && url.charCodeAt(end - 1) === 46 /* '.' */) {
            end -= 1;
        }
        result.hostname = end === url.length ? url : url.slice(0, end);
    }
    else if (options.mixedInputs) {
        urlIsValid = isValidHostname(url);
        result.hostname = extractHostname(url, urlIsValid, options.validateHostname);
    }
    else {
        result.hostname = extractHostname(url, false, options.validateHostname);
    }
    // A host in brackets is an IPv6 address, or the URL is invalid, as browsers
    // read it: "http://[1.2.3.4]/" and "http://[a.com]/" have no hostname. An
    // IPv4 address has no ':', every IPv6 address has one.
    if (options.extractHostname &&
        extractedBracketedHost &&
        result.hostname !== null) {
        if (isIp(result.hostname) !== true || !result.hostname.includes(':')) {
            result.hostname = null;
            return result;
        }
        if (options.detectIp) {
            result.isIp = true;
            return result;
        }
    }
    // Check if `hostname` is a valid ip address
    if (options.detectIp && result.hostname !== null) {
        const isIpAddress = isIp(result.hostname);
        result.isIp = isIpAddress === true;
        if (result.isIp) {
            return result;
        }
        // `null`: the host ends in a number, as an IPv4 address, without being
        // one. It is not a valid host then, and never a domain name.
        if (isIpAddress === null &&
            options.validateHostname &&
            options.extractHostname) {
            result.hostname = null;
            return result;
        }
    }
    // Perform hostname validation if enabled. If hostname is not valid, no need to
    // go further as there will be no valid domain or sub-domain. This validation
    // is applied before any early returns to ensure consistent behavior across
    // all API methods including getHostname().
    if (options.validateHostname &&
        options.extractHostname &&
        result.hostname !== null &&
        // Skip the re-scan when `url` was already validated and extractHostname
        // returned it unchanged (same reference => identical string, still valid).
        !(urlIsValid && result.hostname === url) &&
        // Skip the re-scan when extractHostname already validated the host inline
        // (a confirmed-valid simple authority — see extract-hostname.ts).
        !extractedHostnameValidated &&
        !isValidHostname(result.hostname)) {
        result.hostname = null;
        return result;
    }
    if (result.hostname === null) {
        return result;
    }
    // Flag special-use domains, only when opted in (`detectSpecialUse`) and only
    // for the full `parse()` result (FLAG.ALL). Computed here, before the
    // public-suffix/domain early-returns below, so single-label names like
    // `localhost` (which have no registrable domain) are still flagged.
    if (options.detectSpecialUse) {
        result.isSpecialUse = isSpecialUse(result.hostname);
    }
    // Extract public suffix (`isException`: the winner is an exception rule)
    const isException = suffixLookup(result.hostname, options, result);
    if (options.extraSuffixes !== null) {
        extraSuffixLookup(result.hostname, options, isException === true, result);
    }
    if (result.publicSuffix === null) {
        return result;
    }
    // Extract domain
    result.domain = getDomain(result.publicSuffix, result.hostname, options);
    if (result.domain === null) {
        return result;
    }
    // Extract subdomain
    result.subdomain = getSubdomain(result.hostname, result.domain);
    // Extract domain without suffix
    result.domainWithoutSuffix = getDomainWithoutSuffix(result.domain, result.publicSuffix);
    return result;
}

function fastPathLookup (hostname, options, out) {
    // Fast path for very popular suffixes; this allows to by-pass lookup
    // completely as well as any extra allocation or string manipulation.
    if (!options.allowPrivateDomains &&
        options.allowIcannDomains &&
        hostname.length > 3) {
        const last = hostname.length - 1;
        const c3 = hostname.charCodeAt(last);
        const c2 = hostname.charCodeAt(last - 1);
        const c1 = hostname.charCodeAt(last - 2);
        const c0 = hostname.charCodeAt(last - 3);
        if (c3 === 109 /* 'm' */ &&
            c2 === 111 /* 'o' */ &&
            c1 === 99 /* 'c' */ &&
            c0 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'com';
            return true;
        }
        else if (c3 === 103 /* 'g' */ &&
            c2 === 114 /* 'r' */ &&
            c1 === 111 /* 'o' */ &&
            c0 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'org';
            return true;
        }
        else if (c3 === 117 /* 'u' */ &&
            c2 === 100 /* 'd' */ &&
            c1 === 101 /* 'e' */ &&
            c0 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'edu';
            return true;
        }
        else if (c3 === 118 /* 'v' */ &&
            c2 === 111 /* 'o' */ &&
            c1 === 103 /* 'g' */ &&
            c0 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'gov';
            return true;
        }
        else if (c3 === 116 /* 't' */ &&
            c2 === 101 /* 'e' */ &&
            c1 === 110 /* 'n' */ &&
            c0 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'net';
            return true;
        }
        else if (c3 === 101 /* 'e' */ &&
            c2 === 100 /* 'd' */ &&
            c1 === 46 /* '.' */) {
            out.isIcann = true;
            out.isPrivate = false;
            out.publicSuffix = 'de';
            return true;
        }
    }
    return false;
}

// Auto-generated flat public-suffix trie. Do not edit.
const nodeFlags = /*#__PURE__*/ new Uint8Array([1, 2, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 2, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 2, 0, 1, 1, 0, 2, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 2, 2, 0, 2, 2, 2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
const edgeStart = /*#__PURE__*/ new Uint16Array([0, 0, 0, 10, 11, 18, 106, 111, 117, 118, 119, 129, 135, 142, 151, 152, 153, 154, 155, 156, 158, 159, 161, 162, 163, 165, 167, 250, 263, 265, 266, 267, 282, 284, 291, 292, 295, 296, 297, 300, 302, 321, 322, 324, 333, 338, 355, 356, 359, 360, 362, 364, 400, 401, 403, 406, 407, 411, 413, 417, 420, 452, 455, 468, 469, 477, 478, 480, 490, 504, 505, 506, 507, 516, 517, 554, 559, 575, 595, 601, 643, 645, 646, 647, 648, 675, 702, 703, 851, 857, 860, 861, 862, 870, 875, 884, 906, 907, 908, 909, 910, 911, 912, 932, 934, 935, 938, 940, 941, 943, 945, 960, 977, 982, 983, 985, 986, 987, 988, 989, 991, 994, 999, 1000, 1001, 1003, 1004, 1007, 1010, 1011, 1012, 1025, 1027, 1039, 1050, 1058, 1060, 1102, 1105, 1109, 1110, 1112, 1115, 1126, 1128, 1138, 1140, 1146, 1148, 1149, 1151, 1154, 1155, 1156, 1209, 1211, 1213, 1233, 1234, 1235, 1236, 1238, 1249, 1280, 1291, 1292, 1305, 1315, 1324, 1332, 1333, 1338, 1352, 1363, 1375, 1387, 1401, 1402, 1413, 1447, 1448, 1449, 1465, 1481, 1493, 1566, 1567, 1569, 1570, 1606, 1625, 1626, 1627, 1628, 1630, 1631, 1632, 1635, 1639, 1642, 1644, 1678, 1679, 1687, 1688, 1689, 1690, 1691, 1693, 1695, 1697, 1698, 1702, 1703, 1704, 1706, 1708, 1709, 1711, 1712, 1713, 1724, 1726, 1727, 1731, 1732, 1735, 1742, 1743, 1748, 1752, 1753, 1755, 1756, 1757, 1758, 1759, 1760, 1761, 1762, 1763, 1764, 1765, 1766, 1767, 1768, 1770, 1771, 1772, 1773, 2243, 2246, 2247, 2249, 2256, 2263, 2273, 2277, 2288, 2289, 2290, 2302, 2303, 2305, 2307, 2308, 2315, 2316, 2318, 2319, 2321, 2322, 2323, 2324, 2325, 2400, 2402, 2423, 2424, 2425, 2427, 2428, 2430, 2431, 2486, 2487, 2488, 2495, 2501, 2511, 2521, 2574, 2575, 2576, 2586, 2600, 2601, 2604, 2611, 2612, 2620, 2622, 2623, 2624, 2625, 2636, 2637, 2638, 2640, 2641, 2643, 2644, 2653, 2665, 2671, 2673, 2705, 2706, 2710, 2712, 2713, 2715, 2716, 2728, 2729, 2731, 2739, 2746, 2752, 2757, 2758, 2764, 2767, 2773, 2780, 2787, 2795, 2796, 2797, 2835, 2841, 2845, 2862, 2863, 2868, 2886, 2917, 2935, 2937, 2940, 2948, 2950, 2957, 3009, 3033, 3034, 3035, 3036, 3037, 3038, 3039, 3046, 3047, 3048, 3049, 3050, 3051, 3053, 3054, 3058, 3142, 3155, 3156, 3593, 3597, 3611, 3663, 3691, 3713, 3771, 3793, 3808, 3871, 3922, 3960, 3996, 4021, 4163, 4209, 4260, 4279, 4313, 4328, 4348, 4378, 4409, 4432, 4463, 4493, 4525, 4552, 4627, 4649, 4687, 4697, 4731, 4750, 4776, 4818, 4868, 4894, 4963, 4964, 4966, 4989, 5012, 5048, 5079, 5096, 5153, 5166, 5190, 5219, 5221, 5255, 5271, 5299, 5604, 5613, 5624, 5631, 5648, 5652, 5658, 5659, 5698, 5700, 5707, 5714, 5723, 5730, 5731, 5732, 5745, 5749, 5764, 5765, 5774, 5775, 5784, 5793, 5799, 5801, 5802, 5803, 5841, 5842, 5844, 5852, 5859, 5872, 5876, 5878, 5879, 5885, 5892, 5906, 5916, 5921, 5929, 5937, 5943, 5944, 5948, 5950, 5951, 5963, 6035, 6036, 6037, 6038, 6040, 6041, 6044, 6046, 6049, 6053, 6054, 6055, 6061, 6062, 6063, 6065, 6067, 6069, 6070, 6071, 6074, 6076, 6079, 6080, 6082, 6282, 6289, 6290, 6291, 6301, 6306, 6323, 6337, 6346, 6347, 6348, 6352, 6353, 6355, 6357, 6363, 6364, 6367, 6368, 6370, 6371, 6372, 7272, 7275, 7279, 7297, 7306, 7309, 7316, 7317, 7319, 7320, 7321, 7323, 7375, 7376, 7379, 7380, 7499, 7500, 7511, 7532, 7539, 7542, 7551, 7552, 7553, 7568, 7623, 7815, 7817, 7819, 7820, 7822, 7827, 7840, 7841, 7857, 7864, 7873, 7876, 7879, 7886, 7894, 7898, 7899, 7900, 7914, 7919, 7928, 7929, 7930, 7934, 7969, 7970, 7991, 7998, 8006, 8007, 8012, 8020, 8064, 8065, 8071, 8074, 8088, 8093, 8094, 8097, 8099, 8144, 8145, 8151, 8158, 8159, 8170, 8179, 8194, 8198, 8200, 8252, 8253, 8258, 8259, 8262, 8264, 8266, 8267, 8276, 8290, 8298, 8312, 8323, 8324, 8326, 8328, 8350, 8361, 8367, 8368, 8380, 8392, 8479, 8491, 8498, 8501, 8507, 8532, 8535, 8536, 8537, 8538, 8540, 8543, 8546, 8557, 8559, 8561, 8589, 8663, 8670, 8674, 8675, 8684, 8706, 8707, 8712, 8713, 8795, 8797, 8798, 8799, 8800, 8809, 8813, 8819, 8825, 8831, 8841, 8846, 8847, 8865, 8876, 8882, 8887, 8897, 8903, 8907, 8913, 8919, 10525, 10526, 10527, 10534, 10536]);
const edgeLength = /*#__PURE__*/ new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 8, 2, 2, 3, 3, 3, 3, 3, 8, 5, 5, 5, 5, 5, 3, 3, 5, 5, 9, 12, 19, 8, 19, 8, 11, 9, 9, 8, 7, 7, 6, 8, 9, 16, 10, 7, 7, 11, 8, 6, 6, 9, 7, 11, 7, 14, 4, 4, 4, 4, 4, 4, 10, 7, 6, 6, 6, 6, 10, 10, 6, 10, 10, 22, 11, 9, 10, 10, 10, 9, 10, 8, 7, 7, 7, 8, 21, 13, 11, 11, 9, 10, 9, 13, 10, 8, 8, 9, 12, 9, 7, 10, 7, 7, 13, 7, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 1, 4, 3, 3, 3, 3, 3, 8, 10, 7, 4, 6, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 7, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 7, 8, 5, 2, 2, 7, 4, 5, 7, 2, 2, 1, 4, 1, 11, 9, 9, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 5, 11, 9, 9, 8, 9, 9, 9, 13, 7, 7, 14, 7, 6, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6, 10, 7, 11, 9, 4, 4, 4, 4, 4, 4, 6, 6, 6, 6, 10, 13, 6, 6, 8, 7, 10, 10, 9, 9, 7, 9, 8, 8, 9, 8, 7, 10, 6, 9, 9, 10, 9, 10, 7, 8, 1, 9, 10, 12, 12, 12, 10, 9, 9, 10, 10, 9, 9, 1, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 4, 2, 3, 3, 3, 3, 7, 4, 4, 4, 3, 3, 6, 7, 3, 4, 1, 2, 2, 2, 6, 1, 2, 2, 2, 2, 2, 12, 5, 3, 8, 9, 13, 4, 4, 13, 9, 9, 11, 7, 3, 12, 9, 2, 2, 2, 3, 3, 3, 3, 3, 8, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 7, 10, 15, 15, 7, 15, 20, 15, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 8, 6, 8, 8, 6, 8, 13, 8, 8, 6, 13, 8, 11, 13, 8, 6, 13, 8, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 9, 9, 9, 10, 14, 14, 11, 13, 13, 9, 9, 9, 9, 9, 9, 2, 6, 9, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 3, 3, 3, 3, 3, 3, 7, 7, 2, 3, 2, 2, 5, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 4, 2, 2, 12, 8, 10, 8, 10, 7, 18, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 2, 3, 3, 3, 5, 5, 3, 8, 8, 6, 8, 6, 6, 4, 6, 7, 7, 7, 10, 11, 2, 5, 5, 3, 3, 3, 3, 3, 3, 5, 5, 6, 11, 10, 7, 7, 7, 4, 4, 4, 2, 3, 3, 3, 3, 3, 2, 2, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 11, 7, 6, 9, 6, 6, 8, 10, 8, 6, 8, 13, 4, 4, 4, 4, 4, 10, 8, 11, 8, 8, 8, 10, 10, 7, 5, 4, 4, 4, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 10, 13, 7, 8, 7, 11, 8, 8, 6, 9, 8, 8, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 9, 7, 6, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 9, 7, 8, 10, 8, 8, 2, 3, 3, 3, 3, 3, 2, 8, 9, 9, 2, 2, 2, 2, 5, 3, 3, 3, 4, 2, 3, 3, 3, 9, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 5, 5, 3, 5, 4, 2, 3, 2, 4, 3, 9, 2, 2, 2, 2, 2, 5, 5, 3, 3, 3, 8, 8, 13, 6, 10, 9, 4, 7, 9, 11, 2, 3, 7, 3, 3, 4, 1, 3, 4, 2, 9, 3, 3, 12, 5, 3, 7, 10, 10, 7, 4, 4, 6, 14, 7, 9, 7, 13, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 8, 15, 4, 4, 2, 3, 3, 3, 7, 4, 9, 9, 2, 3, 3, 3, 5, 3, 2, 2, 7, 2, 7, 6, 6, 7, 2, 4, 2, 2, 2, 2, 2, 2, 8, 8, 8, 9, 5, 2, 3, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 4, 2, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 2, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 9, 6, 6, 6, 9, 13, 9, 2, 2, 2, 8, 7, 9, 5, 3, 3, 3, 5, 5, 13, 12, 9, 10, 7, 7, 8, 7, 8, 6, 11, 12, 7, 10, 4, 4, 4, 7, 8, 11, 6, 7, 9, 8, 7, 10, 8, 9, 15, 7, 11, 8, 5, 4, 7, 2, 3, 3, 3, 2, 14, 10, 2, 14, 10, 2, 14, 3, 9, 13, 13, 10, 14, 16, 17, 11, 2, 14, 2, 14, 3, 9, 13, 10, 14, 16, 17, 11, 14, 10, 14, 2, 7, 3, 10, 7, 14, 10, 2, 14, 10, 9, 9, 17, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 10, 10, 10, 12, 9, 4, 10, 10, 11, 8, 8, 8, 7, 9, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 4, 4, 4, 4, 4, 4, 6, 16, 3, 3, 14, 3, 14, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 9, 9, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 14, 2, 14, 9, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 14, 17, 16, 17, 11, 2, 14, 9, 13, 10, 14, 16, 17, 11, 2, 14, 9, 13, 10, 17, 16, 11, 17, 2, 14, 10, 19, 7, 2, 14, 9, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 16, 17, 11, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 3, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 10, 14, 9, 9, 9, 9, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 4, 11, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 17, 16, 17, 11, 2, 9, 10, 10, 7, 17, 3, 3, 12, 12, 16, 15, 15, 12, 14, 14, 14, 20, 20, 13, 12, 12, 12, 12, 12, 12, 20, 25, 14, 14, 12, 12, 10, 10, 10, 10, 14, 9, 9, 9, 25, 4, 9, 17, 10, 7, 14, 16, 21, 13, 13, 14, 20, 14, 13, 17, 24, 9, 12, 13, 25, 13, 21, 20, 17, 9, 9, 9, 9, 9, 9, 12, 17, 4, 4, 9, 9, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 9, 10, 14, 12, 12, 14, 14, 10, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 2, 1, 5, 1, 6, 5, 8, 7, 11, 11, 1, 3, 3, 3, 5, 3, 3, 4, 8, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 4, 4, 4, 4, 4, 4, 4, 4, 10, 2, 2, 6, 7, 6, 2, 3, 2, 3, 6, 2, 7, 6, 10, 7, 4, 9, 12, 6, 14, 4, 12, 7, 2, 2, 1, 2, 7, 6, 4, 4, 4, 6, 8, 8, 7, 2, 2, 13, 2, 2, 2, 2, 6, 2, 8, 12, 2, 7, 7, 6, 8, 10, 12, 2, 2, 2, 3, 3, 13, 2, 2, 3, 3, 6, 7, 6, 4, 5, 6, 3, 3, 3, 3, 4, 16, 8, 5, 4, 3, 3, 3, 5, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 12, 7, 7, 13, 9, 10, 17, 12, 8, 9, 7, 17, 17, 8, 5, 12, 10, 13, 14, 5, 5, 5, 13, 5, 5, 5, 3, 3, 3, 5, 16, 5, 5, 5, 5, 7, 12, 14, 8, 12, 8, 10, 12, 9, 11, 7, 9, 7, 10, 7, 13, 13, 9, 7, 12, 8, 17, 7, 7, 16, 10, 13, 13, 8, 10, 10, 14, 17, 7, 16, 16, 15, 8, 10, 10, 12, 17, 17, 7, 17, 14, 7, 10, 17, 8, 7, 7, 7, 8, 15, 15, 7, 14, 10, 10, 10, 11, 11, 7, 7, 13, 8, 10, 7, 16, 7, 8, 7, 14, 17, 12, 10, 11, 21, 8, 9, 7, 13, 9, 8, 6, 13, 6, 12, 7, 6, 13, 10, 10, 10, 8, 18, 9, 17, 13, 10, 12, 6, 13, 6, 11, 8, 13, 10, 13, 18, 10, 13, 11, 13, 8, 16, 7, 10, 8, 16, 12, 10, 8, 8, 14, 11, 8, 15, 8, 8, 7, 7, 12, 7, 8, 9, 14, 15, 8, 10, 9, 10, 9, 15, 7, 8, 8, 12, 13, 12, 9, 10, 15, 13, 7, 10, 10, 20, 7, 6, 9, 6, 6, 14, 11, 14, 11, 16, 12, 9, 10, 16, 16, 12, 7, 11, 28, 8, 11, 10, 7, 21, 8, 7, 9, 4, 4, 4, 17, 7, 8, 6, 9, 6, 6, 13, 6, 6, 6, 6, 18, 20, 14, 8, 11, 12, 9, 10, 13, 15, 15, 19, 8, 9, 12, 7, 10, 16, 12, 9, 9, 9, 14, 12, 11, 10, 9, 12, 11, 18, 9, 9, 9, 10, 7, 7, 16, 8, 9, 7, 13, 12, 10, 14, 18, 7, 8, 11, 10, 7, 7, 8, 8, 13, 7, 7, 7, 11, 15, 13, 11, 7, 8, 15, 11, 7, 8, 18, 8, 14, 13, 18, 15, 10, 12, 12, 9, 7, 11, 11, 8, 7, 10, 8, 14, 12, 10, 18, 7, 10, 9, 7, 8, 13, 10, 14, 10, 8, 8, 23, 7, 7, 11, 12, 12, 17, 7, 7, 11, 11, 17, 16, 16, 25, 7, 8, 11, 14, 14, 8, 10, 7, 15, 7, 16, 16, 13, 9, 11, 9, 15, 15, 11, 11, 7, 7, 14, 7, 9, 7, 7, 16, 10, 13, 10, 11, 14, 7, 11, 10, 11, 7, 11, 10, 11, 15, 10, 11, 15, 10, 12, 10, 14, 13, 11, 11, 12, 13, 10, 7, 13, 16, 12, 21, 15, 9, 10, 10, 7, 11, 14, 17, 7, 7, 8, 11, 13, 12, 8, 15, 14, 14, 8, 17, 12, 10, 10, 7, 9, 19, 11, 7, 10, 7, 11, 18, 7, 11, 7, 12, 11, 8, 8, 14, 12, 7, 8, 15, 3, 7, 7, 5, 2, 9, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 5, 11, 6, 4, 7, 10, 7, 7, 11, 1, 10, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 3, 5, 6, 3, 3, 5, 2, 2, 5, 3, 4, 13, 11, 3, 3, 6, 3, 5, 14, 2, 2, 3, 8, 2, 2, 12, 5, 18, 5, 3, 3, 3, 3, 16, 5, 5, 5, 10, 7, 13, 12, 13, 9, 12, 14, 19, 9, 9, 21, 9, 9, 10, 6, 9, 6, 15, 10, 6, 12, 8, 6, 10, 15, 4, 4, 6, 6, 9, 9, 12, 16, 14, 23, 7, 7, 7, 14, 9, 7, 7, 11, 14, 10, 7, 10, 10, 10, 12, 6, 11, 10, 13, 11, 15, 11, 7, 12, 10, 3, 7, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 3, 7, 5, 1, 5, 2, 2, 2, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 10, 9, 11, 8, 7, 12, 8, 9, 7, 6, 13, 11, 6, 13, 7, 9, 9, 4, 4, 4, 4, 4, 6, 10, 7, 8, 13, 11, 8, 8, 9, 14, 7, 14, 10, 7, 9, 7, 7, 9, 6, 9, 2, 12, 5, 3, 3, 13, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 1, 7, 6, 4, 12, 3, 3, 3, 3, 3, 8, 7, 3, 3, 3, 3, 3, 3, 4, 4, 11, 15, 14, 2, 8, 3, 5, 5, 8, 10, 8, 6, 4, 7, 17, 7, 4, 5, 2, 6, 3, 5, 4, 2, 2, 12, 5, 5, 3, 15, 13, 8, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 3, 3, 3, 3, 4, 2, 3, 18, 2, 12, 5, 3, 3, 3, 3, 3, 5, 16, 8, 8, 9, 6, 6, 4, 4, 4, 4, 31, 6, 6, 10, 11, 21, 10, 9, 7, 10, 7, 7, 5, 2, 4, 4, 4, 4, 6, 5, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 4, 6, 2, 2, 2, 5, 3, 3, 3, 7, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 8, 2, 3, 3, 3, 3, 3, 5, 9, 11, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 5, 10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11, 10, 10, 10, 10, 10, 11, 10, 11, 10, 11, 10, 9, 9, 11, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 5, 5, 5, 3, 7, 8, 7, 6, 6, 11, 4, 4, 4, 4, 7, 8, 9, 9, 2, 3, 7, 4, 4, 2, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 2, 2, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 7, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 8, 8, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 6, 9, 12, 3, 7, 10, 7, 2, 2, 3, 3, 3, 3, 3, 4, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 6, 6, 8, 6, 7, 4, 4, 4, 4, 4, 4, 6, 7, 5, 5, 20, 19, 8, 10, 9, 7, 10, 6, 8, 11, 6, 6, 6, 6, 13, 12, 8, 6, 7, 14, 11, 9, 2, 5, 3, 6, 2, 3, 2, 2, 2, 2, 2, 2, 2, 5, 4, 3, 7, 6, 4, 7, 4, 3, 6, 4, 7, 2, 2, 7, 7, 7, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 9, 10, 10, 10, 11, 7, 8, 20, 7, 9, 8, 9, 8, 12, 6, 6, 6, 8, 9, 8, 12, 6, 6, 8, 13, 10, 12, 6, 6, 7, 7, 9, 6, 4, 4, 4, 4, 4, 4, 10, 6, 6, 6, 7, 14, 11, 10, 7, 8, 10, 8, 11, 14, 11, 11, 9, 7, 9, 8, 11, 13, 9, 17, 10, 9, 2, 2, 2, 9, 3, 3, 3, 3, 15, 14, 9, 5, 5, 2, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 12, 22, 19, 17, 18, 18, 19, 21, 7, 16, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 16, 11, 11, 7, 7, 7, 7, 17, 7, 8, 12, 15, 9, 19, 7, 19, 8, 21, 11, 12, 19, 14, 22, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16, 16, 19, 24, 12, 7, 14, 7, 12, 7, 8, 10, 10, 13, 7, 12, 12, 7, 7, 10, 18, 15, 12, 16, 7, 14, 12, 17, 10, 16, 17, 12, 17, 25, 7, 7, 7, 13, 6, 9, 6, 9, 18, 6, 6, 11, 20, 10, 6, 6, 6, 6, 6, 6, 17, 6, 6, 6, 15, 6, 6, 6, 6, 6, 8, 14, 11, 12, 11, 15, 13, 19, 17, 21, 7, 18, 8, 13, 13, 8, 12, 8, 6, 6, 13, 6, 15, 15, 16, 6, 6, 16, 6, 6, 6, 14, 6, 18, 6, 6, 6, 17, 18, 9, 13, 15, 8, 19, 8, 15, 15, 18, 14, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 11, 10, 11, 6, 21, 23, 12, 17, 12, 11, 14, 13, 22, 15, 15, 11, 12, 14, 12, 7, 12, 8, 12, 14, 12, 18, 10, 8, 16, 19, 17, 12, 14, 15, 8, 19, 17, 12, 13, 13, 15, 18, 13, 23, 24, 23, 21, 17, 24, 8, 21, 8, 14, 14, 16, 20, 14, 8, 8, 15, 20, 8, 19, 21, 9, 8, 13, 12, 13, 15, 11, 8, 11, 9, 9, 8, 11, 8, 21, 14, 21, 15, 15, 13, 7, 19, 7, 7, 7, 7, 7, 7, 16, 12, 17, 18, 7, 7, 11, 11, 7, 9, 9, 2, 2, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 10, 10, 7, 9, 7, 7, 7, 6, 8, 6, 6, 6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 9, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 8, 9, 8, 7, 8, 7, 8, 10, 7, 5, 5, 5, 5, 5, 5, 3, 9, 7, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 9, 11, 13, 7, 8, 9, 9, 5, 5, 5, 7, 8, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 7, 10, 9, 10, 7, 8, 5, 5, 5, 5, 5, 5, 7, 7, 9, 8, 7, 7, 6, 6, 6, 6, 6, 6, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 10, 4, 4, 4, 4, 8, 7, 7, 10, 10, 9, 8, 8, 15, 9, 8, 8, 8, 8, 8, 9, 10, 9, 10, 7, 8, 13, 5, 5, 5, 5, 5, 3, 3, 7, 7, 8, 6, 6, 6, 4, 4, 11, 9, 7, 8, 9, 10, 7, 5, 5, 5, 5, 5, 3, 3, 7, 6, 6, 13, 7, 9, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 7, 8, 7, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 6, 7, 6, 7, 6, 6, 9, 7, 4, 4, 4, 4, 4, 4, 4, 7, 8, 7, 8, 9, 8, 8, 8, 7, 10, 7, 8, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 7, 9, 7, 10, 9, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 7, 6, 6, 6, 9, 9, 4, 4, 13, 7, 10, 9, 9, 12, 7, 8, 8, 10, 8, 8, 8, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 11, 7, 9, 8, 8, 6, 6, 10, 6, 8, 8, 8, 6, 7, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 8, 16, 8, 9, 8, 7, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 10, 15, 8, 9, 8, 9, 9, 6, 6, 6, 6, 6, 6, 7, 4, 8, 7, 8, 8, 7, 8, 11, 8, 5, 5, 5, 5, 5, 3, 7, 7, 6, 11, 16, 7, 6, 4, 4, 4, 4, 9, 9, 8, 8, 8, 13, 12, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 7, 8, 8, 9, 13, 7, 7, 7, 9, 8, 8, 9, 12, 7, 12, 7, 12, 8, 7, 10, 12, 9, 9, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 9, 11, 8, 6, 6, 6, 6, 6, 12, 7, 6, 6, 6, 9, 7, 7, 6, 6, 6, 6, 6, 11, 9, 6, 6, 6, 6, 6, 7, 9, 4, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 7, 7, 7, 7, 7, 11, 7, 7, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 7, 7, 11, 11, 7, 12, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 13, 12, 8, 8, 8, 8, 7, 7, 7, 9, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 11, 7, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 10, 11, 6, 7, 9, 4, 4, 4, 4, 4, 4, 9, 9, 8, 9, 8, 8, 8, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 11, 7, 7, 7, 9, 6, 6, 11, 8, 10, 6, 6, 6, 12, 8, 8, 7, 6, 6, 8, 7, 4, 4, 4, 4, 4, 4, 4, 4, 9, 10, 9, 9, 8, 10, 9, 11, 8, 5, 5, 5, 7, 6, 6, 8, 7, 4, 4, 4, 4, 8, 7, 7, 8, 7, 8, 8, 5, 5, 5, 5, 7, 7, 8, 8, 8, 6, 6, 6, 6, 6, 10, 8, 9, 13, 6, 7, 6, 6, 8, 7, 8, 4, 4, 4, 4, 11, 8, 8, 8, 10, 5, 5, 8, 7, 8, 13, 8, 7, 6, 8, 6, 9, 7, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 6, 4, 8, 10, 10, 8, 12, 9, 13, 2, 7, 5, 5, 5, 5, 5, 7, 7, 10, 6, 6, 6, 6, 6, 6, 6, 8, 4, 4, 9, 8, 8, 8, 14, 8, 8, 8, 9, 8, 5, 5, 5, 5, 5, 3, 3, 9, 6, 6, 6, 6, 10, 12, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 11, 8, 7, 8, 8, 8, 5, 5, 3, 3, 3, 3, 7, 7, 6, 8, 6, 8, 11, 7, 6, 6, 6, 7, 4, 8, 11, 9, 10, 5, 5, 5, 3, 3, 3, 7, 7, 8, 9, 8, 15, 9, 6, 6, 6, 6, 6, 6, 11, 11, 4, 4, 4, 4, 4, 7, 9, 9, 10, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 4, 4, 4, 4, 4, 9, 9, 8, 8, 10, 13, 5, 5, 5, 3, 17, 7, 7, 7, 7, 7, 8, 6, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 9, 10, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 7, 8, 8, 6, 6, 6, 8, 8, 8, 9, 10, 8, 4, 8, 10, 9, 8, 8, 8, 9, 13, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 9, 7, 7, 7, 10, 9, 9, 8, 9, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 12, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 11, 8, 8, 9, 9, 10, 8, 9, 7, 7, 5, 5, 5, 5, 5, 5, 3, 7, 8, 7, 6, 6, 8, 6, 6, 10, 4, 7, 8, 9, 12, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 14, 7, 9, 8, 8, 6, 6, 8, 12, 12, 6, 6, 7, 7, 10, 4, 4, 4, 4, 4, 9, 9, 14, 9, 13, 8, 7, 5, 5, 5, 6, 6, 6, 7, 4, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 8, 6, 6, 6, 6, 6, 6, 12, 6, 6, 6, 6, 4, 4, 9, 9, 8, 8, 11, 7, 7, 7, 5, 5, 5, 3, 9, 8, 6, 6, 7, 4, 4, 4, 4, 4, 4, 8, 8, 11, 5, 5, 5, 7, 7, 7, 9, 6, 6, 6, 6, 6, 6, 9, 8, 4, 4, 4, 4, 7, 12, 9, 8, 8, 8, 7, 10, 10, 5, 5, 5, 5, 5, 5, 5, 3, 11, 14, 8, 7, 8, 8, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 7, 6, 8, 9, 4, 4, 4, 7, 8, 9, 7, 9, 7, 7, 9, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 9, 7, 7, 12, 14, 8, 6, 6, 12, 11, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 15, 7, 4, 4, 4, 16, 9, 9, 9, 8, 9, 9, 9, 9, 9, 8, 8, 8, 13, 11, 8, 5, 5, 5, 5, 3, 7, 6, 6, 8, 8, 8, 6, 6, 7, 10, 7, 4, 4, 4, 4, 9, 7, 8, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 9, 6, 6, 6, 6, 6, 8, 8, 7, 7, 9, 6, 6, 6, 7, 6, 6, 6, 6, 6, 15, 4, 4, 4, 4, 4, 8, 8, 7, 8, 12, 9, 8, 8, 8, 8, 8, 9, 8, 8, 10, 8, 8, 8, 8, 16, 9, 10, 2, 5, 5, 5, 5, 5, 5, 5, 9, 7, 6, 8, 9, 4, 4, 4, 4, 4, 7, 8, 8, 8, 9, 8, 11, 10, 5, 5, 5, 5, 3, 7, 8, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 4, 12, 10, 12, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 3, 3, 7, 7, 10, 8, 9, 7, 6, 10, 7, 6, 6, 4, 4, 8, 9, 7, 9, 9, 9, 9, 8, 8, 8, 8, 10, 5, 5, 5, 5, 5, 5, 8, 7, 6, 6, 6, 10, 6, 7, 10, 7, 4, 4, 4, 4, 4, 4, 4, 12, 9, 10, 7, 7, 10, 8, 10, 5, 12, 9, 6, 6, 6, 6, 6, 7, 6, 4, 4, 4, 10, 9, 9, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 13, 7, 7, 9, 7, 7, 7, 8, 9, 9, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 15, 15, 4, 4, 4, 4, 4, 10, 10, 9, 8, 9, 8, 8, 9, 7, 8, 7, 8, 5, 5, 7, 6, 6, 6, 4, 4, 4, 7, 8, 11, 8, 5, 5, 5, 5, 5, 5, 5, 7, 6, 6, 6, 6, 6, 6, 9, 11, 10, 7, 4, 4, 4, 9, 8, 8, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 6, 6, 6, 9, 9, 4, 4, 4, 4, 8, 8, 8, 9, 9, 8, 8, 8, 13, 2, 4, 2, 7, 5, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 10, 8, 8, 8, 6, 6, 6, 4, 4, 9, 8, 10, 8, 9, 8, 8, 8, 9, 8, 8, 5, 3, 3, 3, 11, 6, 6, 6, 7, 6, 6, 6, 4, 4, 9, 8, 5, 5, 5, 5, 5, 3, 11, 8, 6, 6, 6, 6, 6, 9, 7, 4, 4, 14, 10, 9, 8, 12, 8, 8, 8, 11, 15, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 11, 11, 10, 10, 7, 7, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 7, 11, 7, 7, 11, 11, 7, 8, 9, 10, 7, 7, 9, 9, 9, 9, 7, 7, 10, 8, 13, 8, 8, 8, 8, 11, 10, 6, 6, 8, 10, 11, 14, 14, 6, 6, 6, 6, 6, 6, 9, 11, 7, 7, 6, 8, 12, 11, 11, 6, 6, 10, 6, 6, 6, 6, 6, 10, 7, 7, 6, 6, 11, 6, 6, 6, 11, 8, 9, 7, 6, 10, 11, 9, 10, 11, 7, 11, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 6, 6, 8, 9, 10, 9, 6, 6, 6, 10, 6, 6, 6, 6, 11, 10, 11, 10, 9, 8, 7, 7, 7, 7, 11, 14, 8, 10, 9, 9, 8, 8, 7, 11, 8, 8, 8, 11, 11, 10, 10, 9, 10, 8, 11, 10, 8, 11, 9, 12, 8, 10, 8, 11, 8, 9, 9, 11, 11, 10, 11, 13, 8, 7, 8, 8, 9, 7, 8, 8, 8, 8, 7, 8, 2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 8, 6, 4, 4, 4, 11, 7, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 8, 7, 7, 8, 8, 4, 8, 7, 7, 7, 9, 7, 8, 9, 8, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 3, 3, 8, 6, 8, 6, 9, 4, 4, 10, 7, 3, 3, 3, 7, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 4, 10, 2, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 5, 2, 4, 2, 6, 2, 2, 9, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 9, 8, 7, 9, 6, 6, 11, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 11, 8, 8, 6, 5, 11, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 3, 3, 3, 3, 5, 7, 2, 3, 3, 3, 3, 3, 8, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 6, 3, 3, 8, 10, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 8, 9, 10, 7, 7, 1, 14, 18, 13, 18, 13, 10, 10, 16, 13, 18, 16, 13, 16, 18, 13, 22, 16, 16, 16, 14, 21, 16, 9, 14, 16, 9, 9, 14, 10, 10, 14, 12, 14, 19, 12, 11, 18, 13, 17, 15, 15, 15, 15, 16, 14, 13, 19, 18, 15, 19, 18, 12, 18, 12, 11, 20, 14, 15, 10, 17, 17, 16, 19, 20, 21, 15, 13, 16, 15, 15, 15, 1, 1, 3, 8, 7, 7, 8, 8, 8, 1, 6, 1, 1, 6, 3, 3, 4, 7, 3, 3, 5, 5, 4, 4, 4, 4, 4, 2, 7, 7, 8, 12, 3, 4, 5, 1, 3, 4, 4, 10, 4, 3, 3, 3, 8, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 9, 20, 7, 5, 5, 5, 9, 13, 5, 5, 5, 5, 5, 3, 3, 3, 3, 16, 5, 5, 5, 13, 7, 8, 8, 11, 8, 7, 9, 7, 11, 12, 9, 9, 8, 8, 11, 10, 14, 7, 12, 10, 11, 13, 7, 9, 11, 17, 17, 14, 13, 7, 8, 7, 10, 10, 7, 16, 13, 7, 8, 17, 12, 9, 8, 6, 7, 10, 6, 6, 12, 6, 8, 10, 8, 8, 8, 6, 8, 6, 14, 6, 6, 6, 13, 6, 10, 6, 6, 7, 14, 8, 6, 6, 10, 11, 10, 9, 9, 7, 7, 6, 6, 6, 9, 9, 7, 9, 10, 9, 13, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 8, 8, 6, 8, 9, 10, 9, 7, 10, 10, 8, 7, 8, 7, 10, 12, 9, 8, 10, 15, 8, 7, 8, 8, 7, 7, 15, 13, 7, 10, 9, 14, 18, 16, 7, 24, 7, 8, 10, 11, 16, 8, 14, 7, 9, 9, 9, 13, 19, 14, 15, 14, 11, 7, 13, 9, 10, 7, 13, 9, 10, 11, 12, 8, 9, 2, 3, 5, 8, 7, 4, 4, 15, 10, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 12, 5, 3, 8, 10, 15, 6, 7, 2, 3, 2, 5, 5, 12, 2, 5, 5, 5, 5, 2, 2, 5, 5, 12, 9, 5, 2, 2, 9, 5, 5, 12, 12, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 12, 5, 8, 8, 9, 5, 5, 5, 8, 19, 7, 16, 15, 14, 9, 9, 9, 9, 7, 11, 11, 11, 7, 14, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 12, 9, 9, 12, 12, 12, 15, 7, 11, 7, 14, 11, 18, 13, 8, 18, 15, 18, 12, 14, 12, 8, 8, 8, 8, 9, 9, 9, 12, 7, 10, 10, 8, 8, 12, 12, 12, 7, 12, 12, 9, 7, 7, 7, 7, 7, 8, 15, 12, 9, 10, 10, 7, 10, 10, 13, 11, 10, 9, 22, 11, 9, 8, 8, 8, 8, 8, 13, 18, 13, 9, 15, 19, 9, 7, 7, 10, 7, 7, 7, 11, 8, 13, 17, 7, 7, 10, 10, 10, 7, 20, 16, 7, 7, 7, 7, 7, 7, 11, 21, 12, 12, 13, 11, 14, 16, 8, 8, 13, 11, 7, 7, 13, 7, 7, 14, 15, 15, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 13, 10, 18, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 8, 8, 12, 12, 11, 11, 8, 12, 9, 9, 9, 13, 13, 9, 9, 9, 9, 9, 9, 6, 10, 12, 6, 6, 6, 6, 17, 11, 7, 7, 7, 7, 14, 14, 12, 6, 7, 7, 6, 6, 15, 10, 13, 10, 6, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 9, 15, 13, 6, 12, 12, 6, 19, 11, 10, 7, 7, 16, 8, 19, 17, 9, 9, 9, 9, 9, 6, 6, 6, 10, 8, 16, 8, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 20, 6, 9, 6, 14, 9, 9, 9, 6, 9, 8, 8, 12, 9, 8, 8, 8, 8, 7, 8, 12, 7, 8, 8, 8, 6, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 8, 6, 6, 13, 9, 12, 13, 12, 14, 13, 12, 11, 11, 6, 8, 8, 8, 6, 13, 12, 11, 11, 12, 6, 11, 12, 11, 13, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 15, 6, 6, 6, 6, 6, 6, 6, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 6, 18, 6, 12, 13, 13, 13, 9, 10, 15, 9, 12, 6, 6, 6, 6, 6, 6, 6, 6, 9, 15, 10, 9, 10, 13, 9, 19, 8, 18, 17, 10, 10, 8, 8, 6, 6, 6, 6, 6, 6, 10, 14, 8, 16, 16, 9, 8, 15, 8, 8, 10, 12, 14, 7, 7, 8, 8, 7, 7, 7, 7, 8, 13, 13, 11, 9, 9, 9, 12, 10, 17, 8, 11, 9, 7, 7, 14, 8, 14, 14, 7, 7, 7, 7, 7, 7, 14, 7, 7, 7, 7, 7, 10, 10, 8, 14, 7, 7, 7, 7, 8, 8, 8, 8, 8, 17, 9, 7, 15, 7, 8, 12, 7, 9, 14, 7, 7, 7, 9, 13, 8, 14, 7, 16, 18, 13, 15, 14, 12, 13, 10, 15, 9, 7, 7, 7, 10, 13, 15, 15, 9, 9, 9, 9, 19, 11, 7, 11, 11, 13, 8, 8, 8, 8, 7, 12, 19, 17, 9, 9, 13, 7, 7, 7, 9, 7, 7, 7, 12, 13, 15, 10, 8, 8, 14, 15, 12, 13, 13, 8, 12, 14, 7, 11, 7, 14, 15, 13, 12, 8, 8, 8, 8, 11, 13, 15, 15, 8, 13, 12, 8, 8, 8, 13, 10, 16, 14, 11, 8, 8, 12, 12, 9, 15, 15, 12, 12, 13, 8, 8, 9, 12, 13, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 11, 12, 11, 7, 14, 7, 13, 13, 13, 12, 18, 16, 7, 12, 11, 10, 10, 15, 9, 9, 9, 21, 7, 7, 7, 11, 16, 8, 8, 11, 11, 7, 7, 7, 7, 7, 19, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 8, 9, 12, 14, 11, 9, 9, 9, 22, 12, 3, 3, 4, 8, 8, 15, 4, 2, 2, 5, 5, 3, 3, 3, 3, 3, 3, 6, 6, 4, 4, 4, 12, 7, 10, 2, 3, 3, 3, 3, 3, 3, 3, 6, 7, 3, 7, 5, 14, 4, 4, 4, 7, 10, 4, 1, 3, 3, 6, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 2, 2, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 11, 5, 5, 5, 11, 5, 5, 3, 5, 5, 5, 5, 11, 14, 13, 9, 11, 9, 12, 8, 11, 11, 8, 11, 16, 9, 9, 7, 10, 9, 12, 8, 15, 6, 6, 7, 6, 6, 13, 10, 8, 11, 8, 6, 6, 6, 12, 16, 6, 11, 7, 8, 9, 18, 6, 6, 9, 4, 4, 6, 13, 6, 6, 6, 6, 8, 8, 9, 16, 7, 7, 14, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 15, 13, 7, 10, 7, 7, 10, 12, 16, 15, 7, 9, 9, 14, 11, 11, 10, 9, 10, 8, 12, 7, 8, 7, 7, 10, 12, 7, 12, 8, 7, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 3, 3, 5, 5, 5, 10, 8, 7, 4, 4, 4, 4, 8, 7, 10, 9, 7, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 7, 4, 5, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 2, 2, 2, 8, 12, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 7, 11, 9, 8, 8, 8, 7, 8, 9, 7, 7, 9, 7, 7, 7, 10, 7, 7, 10, 9, 10, 6, 6, 6, 6, 6, 6, 15, 7, 8, 9, 9, 8, 6, 6, 10, 9, 6, 8, 13, 9, 7, 6, 6, 6, 6, 6, 6, 12, 6, 6, 7, 6, 7, 6, 6, 6, 10, 10, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 14, 6, 6, 7, 7, 9, 6, 6, 6, 6, 9, 9, 8, 9, 10, 9, 8, 9, 12, 7, 7, 7, 8, 7, 10, 12, 11, 9, 10, 7, 7, 7, 9, 10, 10, 8, 12, 9, 7, 7, 9, 8, 8, 8, 10, 7, 7, 8, 9, 9, 7, 7, 7, 8, 2, 4, 2, 4, 6, 3, 4, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 6, 4, 7, 3, 3, 3, 3, 3, 3, 3, 12, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 5, 3, 4, 7, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 6, 4, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 4, 2, 7, 6, 8, 9, 2, 2, 2, 2, 3, 3, 3, 5, 7, 2, 3, 3, 8, 7, 7, 2, 2, 8, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 7, 7, 6, 10, 6, 9, 7, 11, 4, 6, 8, 8, 7, 8, 4, 2, 5, 5, 5, 5, 3, 3, 3, 11, 8, 9, 6, 6, 8, 7, 4, 4, 7, 6, 8, 7, 2, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 7, 2, 2, 5, 3, 3, 2, 3, 3, 3, 3, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 12, 5, 5, 3, 3, 3, 5, 10, 12, 6, 15, 4, 6, 6, 7, 14, 9, 3, 3, 3, 3, 3, 8, 2, 2, 3, 5, 5, 5, 3, 3, 3, 3, 3, 3, 8, 8, 6, 8, 7, 5, 8, 4, 6, 11, 2, 2, 4, 7, 3, 3, 2, 9, 8, 8, 5, 5, 5, 3, 3, 3, 5, 5, 5, 9, 7, 7, 6, 6, 10, 6, 8, 8, 6, 8, 9, 7, 4, 4, 4, 4, 4, 7, 6, 6, 8, 7, 7, 10, 9, 9, 8, 11, 8, 7, 7, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 7, 6, 2, 5, 5, 11, 6, 7, 6, 4, 8, 9, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 5, 3, 3, 3, 3, 3, 9, 9, 6, 4, 8, 7, 7, 5, 9, 8, 6, 2, 6, 8, 7, 8, 5, 5, 5, 5, 5, 3, 3, 3, 16, 8, 7, 7, 7, 8, 7, 7, 7, 7, 9, 6, 9, 6, 10, 7, 7, 7, 6, 10, 8, 9, 11, 11, 8, 4, 4, 10, 8, 8, 6, 9, 6, 11, 8, 8, 8, 15, 7, 8, 9, 5, 3, 3, 3, 3, 3, 5, 2, 2, 3, 8, 9, 10, 7, 3, 2, 2, 2, 2, 2, 2, 3, 6, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 11, 5, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 12, 7, 4, 12, 4, 6, 5, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 11, 10, 6, 4, 6, 10, 8, 3, 3, 3, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 4, 4, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8, 7, 13, 12, 10, 10, 8, 8, 7, 7, 9, 12, 11, 6, 6, 8, 8, 9, 7, 7, 7, 10, 15, 10, 4, 4, 4, 4, 4, 11, 8, 8, 9, 7, 9, 14, 14, 12, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 12, 5, 5, 11, 10, 7, 9, 3, 8, 7, 3, 15, 13, 11, 4, 4, 2, 2, 2, 19, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 22, 18, 6, 14, 17, 4, 4, 19, 16, 18, 2, 3, 3, 7, 2, 3, 2, 3, 3, 6, 4, 2, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 9, 9, 2, 3, 2, 2, 2, 3, 3, 3, 5, 7, 14, 7, 7, 12, 9, 13, 6, 11, 6, 10, 9, 7, 7, 8, 12, 12, 8, 8, 8, 10, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 10, 7, 8, 11, 8, 12, 9, 4, 14, 7, 7, 9, 13, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 3, 2, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 12, 9, 8, 8, 9, 8, 6, 17, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 4, 4, 8, 8, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 7, 8, 8, 8, 10, 7, 13, 10, 8, 9, 3, 3, 5, 3, 5, 3, 3, 3, 3, 3, 7, 7, 6, 6, 10, 13, 11, 11, 8, 8, 9, 8, 9, 9, 10, 10, 10, 11, 10, 10, 13, 13, 16, 15, 11, 12, 9, 9, 10, 9, 11, 10, 9, 9, 14, 7, 8, 3, 10, 7, 7, 3, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 11, 6, 6, 7, 4, 6, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 6, 4, 4, 2, 2, 2, 3, 3, 3, 3, 4, 4, 6, 6, 6, 6, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 11, 6, 10, 9, 12, 7, 7, 11, 14, 9, 7, 12, 3, 3, 7, 12, 11, 12, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 10, 3, 3, 3, 11, 3, 5, 9, 11, 8, 12, 14, 9, 7, 8, 7, 7, 11, 11, 7, 7, 10, 9, 8, 10, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 11, 8, 8, 8, 7, 7, 10, 8, 7, 13, 12, 7, 17, 10, 8, 8, 11, 7, 11, 11, 14, 7, 11, 7, 8, 6, 9, 20, 8, 7, 9, 16, 7, 10, 6, 11, 10, 8, 9, 7, 16, 11, 11, 9, 8, 9, 8, 8, 8, 11, 8, 15, 8, 8, 9, 7, 8, 8, 11, 10, 7, 5, 7, 10, 10, 15, 7, 7, 7, 8, 7, 8, 8, 10, 11, 10, 10, 10, 11, 11, 7, 8, 6, 8, 8, 10, 6, 8, 6, 6, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 16, 6, 15, 6, 7, 11, 11, 7, 9, 10, 11, 13, 10, 6, 16, 8, 10, 12, 11, 6, 6, 6, 6, 6, 6, 6, 10, 6, 10, 7, 7, 7, 11, 7, 11, 6, 6, 6, 6, 6, 6, 17, 7, 7, 6, 6, 12, 22, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 7, 6, 6, 5, 6, 6, 8, 11, 6, 9, 14, 11, 9, 11, 7, 7, 8, 6, 6, 6, 8, 10, 9, 6, 6, 6, 6, 9, 7, 6, 6, 6, 6, 6, 15, 6, 4, 4, 4, 6, 4, 17, 8, 11, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 6, 6, 6, 10, 6, 10, 6, 6, 6, 6, 12, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 6, 6, 18, 6, 6, 6, 8, 9, 10, 7, 8, 9, 10, 11, 7, 13, 6, 8, 8, 6, 6, 14, 7, 7, 7, 7, 10, 7, 14, 9, 6, 6, 9, 15, 9, 7, 14, 6, 11, 14, 13, 7, 12, 8, 7, 7, 7, 7, 7, 12, 7, 10, 9, 16, 6, 8, 6, 5, 17, 6, 8, 10, 4, 6, 4, 10, 15, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 4, 4, 11, 7, 4, 4, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 19, 17, 6, 10, 11, 6, 6, 6, 6, 18, 6, 6, 11, 4, 4, 4, 5, 6, 6, 6, 9, 5, 6, 4, 6, 6, 4, 6, 6, 6, 6, 10, 6, 6, 4, 6, 6, 10, 6, 10, 6, 6, 6, 6, 11, 6, 6, 10, 6, 6, 8, 6, 6, 6, 8, 6, 11, 4, 11, 9, 10, 9, 11, 4, 8, 4, 11, 12, 7, 9, 8, 6, 7, 7, 8, 12, 12, 11, 13, 10, 11, 7, 7, 7, 9, 7, 11, 10, 7, 7, 7, 16, 11, 10, 11, 17, 9, 9, 8, 8, 7, 7, 7, 9, 7, 7, 7, 14, 7, 13, 9, 11, 10, 14, 10, 10, 12, 11, 10, 7, 10, 5, 14, 8, 8, 8, 9, 7, 8, 7, 7, 9, 8, 7, 8, 7, 7, 7, 7, 7, 7, 7, 11, 8, 10, 8, 7, 8, 14, 11, 8, 9, 9, 9, 8, 24, 10, 10, 12, 7, 7, 15, 11, 8, 8, 12, 11, 8, 9, 9, 7, 8, 9, 10, 11, 10, 11, 7, 12, 7, 7, 11, 9, 8, 14, 13, 12, 8, 11, 10, 8, 8, 7, 7, 14, 9, 10, 8, 9, 11, 7, 14, 8, 8, 13, 8, 8, 12, 7, 10, 14, 14, 11, 9, 10, 9, 9, 7, 7, 11, 11, 13, 9, 13, 5, 5, 5, 7, 9, 5, 11, 12, 14, 8, 7, 7, 11, 10, 9, 7, 8, 8, 7, 10, 11, 11, 5, 5, 7, 5, 5, 5, 7, 7, 15, 7, 7, 8, 7, 15, 12, 12, 10, 7, 8, 7, 11, 7, 7, 7, 23, 11, 8, 8, 11, 10, 7, 8, 11, 7, 19, 7, 7, 6, 9, 9, 9, 11, 3, 4, 7, 8, 6, 6, 4, 10, 8, 2, 2]);
const edgeChild = /*#__PURE__*/ new Uint16Array([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 8, 9, 1, 0, 0, 0, 0, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 1, 1, 1, 1, 1, 18, 1, 1, 1, 1, 1, 1, 8, 1, 8, 1, 8, 14, 1, 1, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 15, 24, 1, 1, 1, 1, 1, 1, 1, 21, 1, 1, 1, 1, 1, 1, 22, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 23, 1, 1, 1, 17, 19, 1, 1, 1, 16, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 20, 1, 1, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 27, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 8, 8, 8, 8, 1, 36, 0, 0, 0, 1, 1, 1, 1, 39, 38, 1, 1, 1, 1, 1, 37, 1, 1, 1, 1, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 43, 44, 0, 0, 0, 0, 8, 1, 1, 1, 8, 1, 1, 1, 47, 49, 49, 49, 47, 49, 47, 47, 48, 49, 47, 49, 47, 47, 47, 47, 47, 47, 49, 47, 47, 48, 47, 47, 47, 47, 49, 50, 50, 48, 49, 47, 47, 47, 47, 47, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 53, 55, 53, 53, 53, 55, 53, 54, 53, 56, 53, 54, 54, 53, 53, 53, 54, 56, 54, 56, 53, 54, 54, 8, 58, 58, 57, 59, 54, 56, 53, 53, 51, 52, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 63, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 70, 71, 8, 1, 1, 69, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 80, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 8, 1, 1, 1, 1, 96, 1, 98, 1, 1, 1, 1, 1, 1, 1, 1, 101, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 104, 104, 1, 1, 8, 1, 107, 1, 1, 1, 1, 1, 1, 1, 105, 1, 106, 1, 108, 1, 1, 1, 1, 1, 109, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 117, 118, 1, 1, 1, 1, 1, 1, 120, 120, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 128, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 133, 130, 132, 127, 1, 131, 1, 1, 121, 1, 1, 1, 1, 124, 1, 134, 1, 1, 1, 1, 1, 1, 126, 1, 1, 115, 116, 1, 8, 135, 113, 119, 1, 1, 8, 1, 1, 1, 114, 122, 1, 8, 8, 8, 125, 123, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 8, 8, 1, 1, 1, 1, 1, 8, 141, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 143, 1, 1, 1, 1, 1, 1, 1, 1, 144, 145, 8, 8, 142, 140, 49, 49, 147, 53, 53, 146, 149, 148, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 1, 0, 151, 139, 1, 0, 1, 1, 8, 8, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 155, 154, 23, 1, 1, 8, 8, 1, 23, 8, 8, 1, 1, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 160, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 1, 143, 1, 1, 159, 1, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 164, 1, 1, 1, 1, 1, 141, 1, 1, 1, 1, 1, 1, 1, 1, 141, 1, 1, 164, 1, 1, 164, 1, 1, 1, 1, 1, 1, 1, 170, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 143, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 176, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 179, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 164, 1, 1, 1, 1, 174, 166, 166, 8, 1, 8, 178, 1, 1, 1, 1, 1, 167, 167, 167, 161, 1, 1, 1, 165, 167, 171, 177, 1, 1, 1, 1, 165, 165, 1, 1, 163, 161, 174, 165, 169, 182, 173, 182, 1, 1, 180, 1, 173, 162, 165, 1, 1, 1, 1, 165, 1, 168, 1, 1, 1, 8, 1, 183, 1, 172, 1, 1, 1, 172, 171, 175, 181, 163, 174, 1, 1, 1, 1, 1, 1, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 186, 185, 185, 186, 185, 185, 185, 185, 187, 187, 185, 185, 186, 185, 186, 185, 185, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 189, 8, 1, 1, 8, 1, 8, 8, 8, 8, 1, 8, 8, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 203, 1, 205, 206, 204, 203, 203, 1, 1, 209, 1, 210, 208, 1, 8, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 221, 203, 203, 203, 203, 221, 1, 1, 1, 1, 224, 225, 223, 1, 1, 1, 1, 1, 1, 227, 227, 1, 1, 1, 227, 227, 229, 230, 228, 1, 232, 1, 1, 1, 1, 8, 238, 239, 240, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 207, 211, 1, 1, 1, 1, 158, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 235, 1, 1, 1, 9, 1, 1, 1, 1, 246, 1, 1, 243, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 194, 218, 1, 1, 1, 214, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 201, 1, 1, 1, 1, 1, 1, 1, 219, 1, 1, 1, 1, 234, 1, 1, 1, 1, 184, 1, 222, 1, 217, 1, 1, 1, 220, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 199, 1, 8, 1, 1, 1, 8, 1, 1, 1, 1, 202, 1, 1, 1, 216, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 248, 1, 1, 1, 1, 1, 192, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 233, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 191, 193, 1, 1, 1, 196, 8, 1, 1, 1, 1, 1, 1, 1, 237, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 195, 1, 1, 1, 1, 1, 1, 1, 242, 1, 1, 1, 200, 1, 1, 1, 215, 1, 193, 1, 231, 212, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 219, 1, 1, 1, 1, 198, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 188, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 213, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 244, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 245, 1, 1, 193, 1, 1, 1, 1, 197, 1, 1, 1, 213, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 236, 1, 1, 1, 190, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 226, 1, 1, 1, 8, 8, 1, 1, 1, 1, 1, 1, 1, 247, 1, 1, 241, 1, 1, 8, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 258, 0, 0, 0, 0, 0, 259, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 1, 263, 1, 1, 1, 0, 264, 261, 262, 1, 1, 1, 1, 1, 1, 269, 1, 271, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 267, 1, 1, 1, 1, 1, 273, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 272, 1, 1, 1, 8, 1, 1, 1, 1, 268, 1, 1, 1, 266, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 270, 1, 1, 1, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 8, 1, 1, 1, 1, 8, 1, 1, 279, 1, 1, 14, 1, 1, 1, 8, 8, 276, 277, 1, 1, 1, 1, 278, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 281, 1, 1, 8, 17, 1, 1, 1, 1, 1, 1, 282, 1, 1, 1, 280, 8, 8, 1, 1, 1, 1, 1, 1, 1, 282, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 291, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 295, 295, 1, 0, 0, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 185, 1, 300, 301, 1, 8, 1, 1, 1, 1, 8, 303, 1, 1, 302, 1, 1, 305, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 310, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 8, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 8, 0, 323, 0, 0, 324, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 340, 1, 1, 1, 1, 1, 1, 0, 0, 63, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 348, 0, 0, 0, 0, 0, 0, 0, 0, 0, 350, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 366, 366, 367, 366, 0, 1, 213, 1, 1, 14, 362, 1, 360, 0, 0, 0, 0, 0, 0, 0, 363, 1, 1, 368, 1, 1, 243, 1, 1, 1, 1, 361, 1, 1, 358, 1, 364, 1, 356, 1, 365, 1, 357, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 359, 359, 1, 1, 1, 9, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 355, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 371, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 305, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 411, 411, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 403, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 379, 390, 1, 1, 378, 413, 1, 384, 1, 1, 376, 408, 1, 1, 394, 375, 380, 1, 1, 1, 387, 418, 396, 1, 1, 1, 1, 1, 1, 397, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 406, 410, 0, 0, 86, 1, 1, 0, 404, 381, 417, 382, 385, 392, 1, 407, 0, 1, 0, 86, 401, 399, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 420, 1, 1, 391, 1, 86, 1, 0, 1, 1, 1, 423, 1, 0, 0, 86, 398, 0, 1, 377, 1, 1, 1, 0, 1, 1, 400, 1, 0, 1, 1, 1, 0, 1, 425, 388, 1, 1, 0, 1, 0, 0, 416, 0, 1, 1, 1, 86, 409, 1, 1, 405, 402, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 383, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 415, 0, 86, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 419, 1, 1, 1, 0, 0, 422, 0, 0, 0, 1, 395, 1, 0, 86, 421, 1, 0, 0, 0, 0, 424, 1, 1, 0, 0, 1, 0, 1, 0, 393, 0, 389, 0, 1, 1, 1, 0, 1, 1, 0, 412, 386, 414, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 433, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 8, 1, 1, 1, 8, 441, 441, 1, 1, 1, 8, 8, 1, 441, 1, 1, 8, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 453, 1, 1, 0, 1, 1, 1, 1, 243, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 471, 471, 1, 1, 0, 0, 356, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 484, 1, 483, 1, 1, 1, 1, 1, 1, 1, 1, 1, 488, 1, 8, 8, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 496, 1, 1, 1, 498, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 495, 1, 490, 1, 1, 1, 1, 477, 1, 1, 1, 1, 1, 1, 1, 1, 1, 491, 8, 1, 1, 1, 1, 497, 1, 1, 1, 492, 486, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 356, 1, 474, 1, 1, 8, 494, 1, 1, 356, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 479, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 497, 1, 1, 1, 1, 356, 1, 493, 1, 1, 1, 487, 481, 1, 1, 1, 1, 1, 482, 1, 499, 485, 1, 1, 1, 1, 1, 480, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 475, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 489, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 478, 1, 1, 1, 1, 1, 476, 1, 258, 500, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 506, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 8, 1, 71, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 510, 510, 510, 510, 510, 510, 510, 0, 510, 510, 510, 510, 510, 1, 510, 510, 510, 0, 510, 510, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 514, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 519, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 521, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 518, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 522, 517, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 516, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 520, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 532, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 237, 237, 1, 536, 1, 1, 1, 535, 1, 1, 1, 1, 1, 531, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 533, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 537, 1, 1, 534, 1, 1, 1, 1, 1, 1, 1, 1, 411, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 538, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 549, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 8, 1, 552, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 557, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 63, 1, 1, 8, 8, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 572, 1, 1, 1, 1, 1, 1, 1, 573, 1, 1, 1, 1, 1, 1, 1, 571, 1, 1, 1, 8, 1, 1, 575, 277, 1, 1, 1, 8, 8, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 579, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 585, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 139, 1, 1, 8, 590, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 114, 1, 1, 1, 8, 1, 1, 1, 1, 8, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 595, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 151, 1, 1, 1, 266, 1, 1, 8, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 620, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 258, 1, 367, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 625, 1, 1, 1, 1, 0, 627, 0, 86, 0, 626, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 8, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 634, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 629, 629, 0, 633, 631, 629, 629, 629, 629, 629, 635, 629, 629, 639, 629, 629, 629, 629, 629, 629, 629, 629, 629, 629, 636, 633, 629, 629, 633, 629, 629, 629, 629, 629, 629, 629, 629, 629, 629, 629, 629, 629, 631, 629, 629, 629, 629, 629, 637, 629, 629, 629, 629, 629, 629, 0, 0, 0, 1, 638, 1, 1, 1, 632, 1, 1, 1, 1, 1, 630, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 643, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 652, 0, 0, 0, 0, 0, 1, 8, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 8, 1, 1, 8, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 68, 320, 346, 452, 581, 0, 4, 72, 274, 293, 322, 347, 373, 427, 454, 0, 543, 565, 582, 645, 11, 0, 64, 95, 438, 450, 470, 623, 0, 541, 564, 578, 662, 0, 34, 6, 0, 505, 544, 650, 608, 74, 0, 7, 325, 294, 428, 507, 457, 584, 86, 646, 0, 624, 349, 459, 509, 11, 112, 328, 550, 6, 34, 0, 351, 86, 430, 86, 527, 12, 6, 138, 287, 313, 0, 663, 554, 0, 611, 0, 67, 6, 6, 290, 102, 2, 473, 439, 451, 644, 0, 6, 0, 6, 326, 110, 6, 609, 545, 586, 0, 508, 429, 311, 327, 10, 75, 111, 647, 589, 431, 352, 339, 460, 153, 78, 330, 593, 555, 649, 612, 374, 369, 523, 6, 79, 156, 13, 314, 288, 568, 594, 613, 560, 598, 618, 661, 40, 6, 299, 334, 372, 344, 256, 34, 574, 601, 256, 45, 254, 304, 335, 345, 447, 464, 525, 312, 0, 77, 610, 0, 444, 458, 338, 86, 286, 86, 0, 628, 592, 548, 332, 462, 86, 432, 426, 0, 0, 0, 11, 603, 619, 255, 0, 465, 448, 577, 562, 621, 665, 92, 256, 46, 336, 436, 466, 617, 0, 556, 333, 315, 86, 253, 87, 31, 429, 34, 6, 434, 370, 343, 654, 640, 570, 597, 559, 0, 297, 88, 34, 446, 463, 0, 34, 467, 0, 257, 641, 563, 11, 449, 468, 256, 287, 93, 260, 642, 622, 605, 526, 469, 437, 289, 265, 94, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 670, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 455, 0, 0, 0, 0, 0, 0, 0, 0, 89, 653, 136, 0, 0, 551, 596, 0, 0, 0, 0, 0, 0, 0, 30, 0, 599, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 455, 0, 0, 0, 0, 547, 0, 296, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 285, 0, 0, 0, 0, 0, 0, 0, 667, 0, 0, 0, 0, 0, 666, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 435, 0, 0, 0, 528, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 539, 0, 0, 0, 0, 0, 0, 445, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 249, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 561, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 540, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 308, 321, 0, 0, 0, 0, 0, 576, 317, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 558, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 501, 0, 0, 0, 354, 0, 0, 0, 0, 81, 0, 292, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 616, 0, 0, 0, 0, 648, 567, 0, 0, 0, 0, 283, 0, 0, 0, 0, 0, 0, 503, 0, 0, 524, 0, 0, 0, 0, 0, 65, 0, 0, 0, 306, 61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 285, 0, 0, 0, 0, 0, 319, 660, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 669, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 318, 0, 0, 0, 0, 0, 0, 615, 0, 0, 0, 0, 0, 0, 569, 0, 0, 0, 0, 0, 0, 0, 0, 0, 614, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 251, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 546, 0, 0, 0, 0, 0, 602, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 530, 0, 529, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 298, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 502, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 329, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 583, 0, 0, 0, 0, 0, 0, 0, 0, 337, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 275, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 656, 0, 0, 600, 0, 0, 0, 0, 0, 0, 0, 0, 0, 284, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 659, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 566, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 316, 0, 542, 0, 664, 0, 0, 472, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 443, 0, 0, 0, 591, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 33, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 331, 0, 0, 0, 252, 0, 0, 0, 0, 0, 0, 606, 0, 0, 0, 0, 137, 0, 0, 0, 0, 0, 607, 0, 0, 0, 0, 0, 0, 0, 455, 461, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 440, 0, 353, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 309, 0, 0, 341, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 580, 0, 0, 0, 456, 0, 0, 442, 0, 0, 0, 0, 0, 0, 651, 0, 0, 0, 587, 0, 0, 97, 0, 588, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 553, 504, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 307, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 455, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 658, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 657, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 668, 0, 0, 0, 0, 0, 604, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 342, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 655, 0, 0, 250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 673, 673, 673, 673, 673, 673, 673, 672, 674]);
const labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobj*appsofforgcomnetuwukiloappsrelumesiteairoappdevsframerorgmilcomnetedugovcoradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunsoftrputercrbtsflutterflowcloudzyrospawnbasesliplanemodelencelambforgeshiptodaymagicpatternsnetlifyhostneyondigitaloceanrailwayhostedclaudepymaiahasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopstrwencrpplxzeaburwasmerframerzeropsaiwebinfrarocketpreviewmythexconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedstaticrunngrok-freeblacktopsclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecomeaccoagricorgnetgovshopofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnpvfloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogooruskzorgcomnetinteduxyzaéroportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimhostneyjoteluluencowayjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejotehostravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomeinfusion-ailinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz網絡网络公司orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrsites*sharedframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesstagingjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesonhomemadeis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappfreshasitedevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdataaspirethemeslikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsphronusercontentauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycameraprairielearn-user-contentfrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacshipstaticownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapiwordsmithmcpcontentfastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectgünstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsgünstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformhäkkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilexportmszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra教育敎育網絡网絡组織組織网络網络组织組织公司政府個人个人箇人ltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatixportiservwp2tempurlfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormyᬩᬮᬶmilwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedgeايرانایرانjclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinosüdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforlì-cesenatuscanyvallée-d-aostemantovavallée-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavalléedaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentinsüd-tiroltrentinosüd-tirolmonzabrianzatrentino-südtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevalléeaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-süd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforlìcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentinsüdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-südtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-süd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzasüdtirolreggiocalabriatrentinoaadigetrentin-südtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forlìvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforlìtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-südtirolbalsan-südtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara長野京都岐阜大阪三重群馬千葉滋賀佐賀奈良adednelgaccogogror秋田愛知高知埼玉沖縄栃木熊本岩手青森山梨新潟島根鳥取長崎香川宮城石川大分宮崎茨城山口兵庫山形徳島広島福島福岡岡山富山静岡愛媛福井東京xn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste北海道penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez神奈川鹿児島和歌山bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaefjusfsxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovipdiskmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachafaablekeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxspheronachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipbg5de5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsentrypagesazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalervålerxn--vler-qoaossandeheroysandeherøybøboheroyherøyxn--hery-iraxn--b-5gavalerbøboxn--b-5gasandesandexn--hery-iraxn--vler-qoavålerhåreålaahavaofsfvfhlolnlalrlhmfmtmahcostntbuåstrmreigersundmyspreadshopgálsáeidsvolltingvollgildeskalflorøvadsøvardøvanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-landsøndre-landtjieltexn--vrggt-xqadsør-aurdalsor-aurdalheradstordmoldefordeførdeseljefedjeryggehemnexn--krehamn-dxasognegranesøgnebrynetjomevallebykletokkegiskedovretjømehobølvoldasaudatolgasømnaviknadønnasomnadonnatranafrananesnaraumasmolatrænafrænalesjasmølaørstaorstahitrafloraaukraloppafrøyarissasnasahalsagalsaromsaraisaráisafroyasnåsagronghobolfjelltydalårdalardalaskimharamkraanghkekråanghkesorumbarumhurumbærumsørummodumsálátbálátfrognbjugnvåganvagangulenskienløtenlotenstrynvefsnxn--merker-kuaskaunsveiobømlobomloskjåkvardoflorovadsosalatbalatsálatklæbuklabuselbubarduulvikskjakklepprisørxn--nttery-byaeflåeidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnesåsnesrørosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyradøyandøyrødøymeløyaskøylurøydyrøymåsøyværøynærøyhoylandethøylandetdivtasvuodnalørenskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunjárgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkvæfjordsongdalenmjondalenmjøndalenxn--gls-elackragerogáŋgaviikagangaviikasørreisasorreisasør-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikrøyrvikroyrviksvelvikvenneslaevje-og-hornnessandnessjøenmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabrønnøysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontrøgstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hvegårsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenjárgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkrødsheradkrodsheradkvinnheradbrønnøyxn--mtta-vrjjat-k7afxn--lrenskog-54akvitsøyvárggátkarlsøyosterøyinderøyhamarøybronnoysundxn--aurskog-hland-jnbbahccavuotnabáhccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvmålselvxn--unjrga-rtamøre-og-romsdalmore-og-romsdalhareidmelandørlandorlandstrandålgårdsolundalgardafjordåfjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesnåasesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-totenøstre-totenvestfoldxn--mely-iraálaheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordjølsterjolsteraremarkhedmarknååmesjevuemienaamesjevuemiexn--vard-jrarollagmeråkermerakerorskogørskogxn--bdddj-mrabdákŋoluoktaxn--osyro-wuaaknoluoktatrysilskjervøymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdallærdalhurdalsirdalverdallerdallardaloppdalåseralaseralhadselkragerødivttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettromsøxn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblbájddarbajddarxn--laheadju-7yarennesøyxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordbåtsfjordbatsfjordmuosátbievátloabátkárášjohkanøtterøyxn--mjndalen-64anordkappláhppilahppialstahaugsiljanverranrøykenroykenhaldenlyngenbergenhortenhønefosshonefosstroandinbeiarnvarggatosoyroosøyrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyaskánitskanitraholtråholtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandjørpelanddeatnuringsakersør-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstjørdalnaustdalhjartdalgjøvikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdrøbakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iramálatvuopmimalatvuopmitysværkirkenesbirkenesmoskenesbáidárxn--fjord-lraxn--rdal-poabahcavuotnabáhcavuotnaxn--frde-gralindåsbearalvahkixn--hobl-iraráhkkerávjuxn--loabt-0qavågåáltábodøsundlundraderådeetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvamåmliamlibokntinnroangranosenoslobodorøstroststatåmotamotivguprivøyeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerhábmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularhápmirhapmirmelhusfosnesøksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergtønsberglindasxn--sndre-land-0cbnamsosxn--srum-graøystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26fčáhcesuolocahcesuoloakrehamnåkrehamnsandøykarmøyfinnøytranøyvågsøyaverøynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildeskålporsanguxn--trgstad-r1anávuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaevenáššivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalváhkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8aporsáŋgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierváivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsundålesundalesundfetsundfarsundovre-eikerøvre-eikerakershusxn--moreke-juasørfoldøstfoldostfoldsorfoldhøyangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordkåfjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogrømskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkvænangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandskånlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnagáivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimbådåddjåxn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholtålenxn--vads-jraxn--jlster-byamosjøenxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppegårdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangevågberlevågkristiansandxn--rsta-frahornindalstjørdalshalsenstjordalshalsensandnessjoenhámmárfeastaxn--lrdal-srasør-fronsor-fronnord-odalkristiansundmátta-várjjatvestvågøynesoddennotoddenbuskerudøygardenoygardensalangenlavangenralingenrælingenlodingenlødingenleaŋgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadhægebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomoårekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-hølandxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorimāoriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobooktnasheimdnseero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfaniptimemywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintabontopleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitdeedprodomgspdnscodebergheyflowstatichostlinkyhostmymagicblacktopsorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaxportorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5is-agitpagewawamscofigma-govgreybullcaffeinefigmacanvaceerosoltstscwputernippybarsywirechunksupportchatgptsquareomniweopensocialcpanelplaycodefusebasenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderarunableagentalorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusdeepdynamicxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsrunableschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopno-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-byservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerpubatomsorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropseurekatritonstackitlimazeropsaccoorgmilgovяспборгкоммскбизмирсамаракрымсочиакодпроргобрупрצהלממשלישובאקדמיהองค์กรธุรกิจรัฐบาลศึกษาทหารเน็ต教育網絡組織公司政府個人닷넷한국澳门新闻澳門联通家電嘉里招聘通販닷컴삼성コムგეбгрфеюadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzazελευ世界台灣购物公益点看臺灣网络書籍在线网站手机机构大拿游戏信息台湾谷歌慈善商标香港中国餐厅网址中國商城食品微博政务移动集团公司八卦商店健康网店政府时尚佛山中信娱乐广东企业homedepotengineeringاماراتrepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf亚马逊淡马锡alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxiみんなストアセールcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9cקוםհայоргсрбмонкомбелмкдқазрусукрمصرقطرعربكومdadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolarລາວคอมไทยtourslocusnexuslexusgiftsbeatsboatspartspressglassswissकॉमनेटtiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparisファッションworkssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday中文网xn--unup4y天主教飞利浦新加坡enterprises我爱你嘉里大酒店christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbankكاثوليكxn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbankپاكستانپاکستانnextdirectالسعوديهالعليانxn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownloadمليسياxn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7gஇலங்கைcontractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmartഭാരതംsupportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrimмоскваالسعودیةcoffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspaceонлайнvermögensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltiendaभारतम्africatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburgفلسطينlplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstreamభారత్unicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearchالاردنmarketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzukiアマゾンクラウドポイントbhartiグーグルxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgmابوظبيdiscoverreviewবাংলাxn--5su34j936bgsgmoscowobserverapartmentsдетиارامكوсайтeurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0hتونسموقعبارتڀارتشبكةعمانبيتكعراقreadkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilipsලංකාಭಾರತfitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcvermögensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56aভাৰতভারতभारतभारोतviajeshermeshughesxn--j1aefसंगठनvillasଭାରତclaimshotelsભારતzapposphotosjuegoscondostatamotorsgratistennisਭਾਰਤtkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b電訊盈科xn--gecrj9cstatefarmaccountantaquarelleolayangroup香格里拉xn--p1ai组织机构xn--1ck2e1bxn--mgbt3dhdschwarzموريتانياabudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsuالسعوديةstcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundationישראלxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrxالبحرينdiamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fhкатоликcaravanசிங்கப்பூர்richardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchenஇந்தியாweatherchannelallfinanzxn--kput3iالسعودیۃxn--90aisxn--efvy88hالجزائرxn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammxبازاربھارتسوريةorganicfreseniusسورياxn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082fاليمنهمراهpolitieسودانايرانایرانnetflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigitalالمغربbarcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
const rulesRoot = 671;
const exceptionsRoot = 675;

// NOTE: kept (intentionally) near-identical to packages/tldts-icann/src/suffix-trie.ts.
// They are separate copies rather than a shared helper because the lookup is
// only fast when the typed arrays are module-scope monomorphic globals —
// closing over them (a shared factory) measured ~20% slower. The ICANN build
// also specializes (constant mask, no isIcann/isPrivate). Keep the two in sync.
// `charCodeAt.call(hostname, i)`, not `hostname.charCodeAt(i)`: see
// `is-valid.ts` in tldts-core.
// eslint-disable-next-line @typescript-eslint/unbound-method
const charCodeAt = String.prototype.charCodeAt;
// `edgeOffset` (where each label starts in `labelText`), `edgeHash` (djb2 of
// each label) and `wildcardEdge` (each node's '*' edge, or -1) are derived once
// at load instead of being shipped: the bundle then carries only the
// compressible `labelText` + structure, while the lookup binary-searches
// integer hashes. The cost is a single ~1ms pass at first import — cheaper than
// the object trie it replaces. Kept at module scope (not captured in a closure)
// so V8 treats the typed arrays as fast monomorphic globals.
const numberOfNodes = nodeFlags.length;
const numberOfEdges = edgeLength.length;
const edgeOffset = new Uint32Array(numberOfEdges);
const edgeHash = new Uint32Array(numberOfEdges);
const wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
for (let node = 0, offset = 0; node < numberOfNodes; node += 1) {
    for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
        edgeOffset[edge] = offset;
        const end = offset + edgeLength[edge];
        let hash = 5381;
        for (let i = end - 1; i >= offset; i -= 1) {
            hash = (hash * 33) ^ labelText.charCodeAt(i);
        }
        edgeHash[edge] = hash >>> 0;
        if (edgeLength[edge] === 1 &&
            labelText.charCodeAt(offset) === 42 /* '*' */) {
            wildcardEdge[node] = edge;
        }
        offset = end;
    }
}
// Result of the last `walk`, kept in module scope to avoid allocating a match
// object. Safe because lookups are synchronous and read right after `walk`.
let matchNode = -1;
let matchStart = 0;
let matchEnd = 0;
/**
 * True if edge `edge`'s label equals `hostname[start, start + length)`.
 */
function labelEquals(edge, hostname, start, length) {
    if (edgeLength[edge] !== length) {
        return false;
    }
    const offset = edgeOffset[edge];
    for (let i = 0; i < length; i += 1) {
        if (labelText.charCodeAt(offset + i) !== hostname.charCodeAt(start + i)) {
            return false;
        }
    }
    return true;
}
/**
 * Find the child edge of `node` whose label is `hostname[start, start + length)`.
 * Edges are sorted by hash, so binary-search the hash then verify the label
 * (scanning the rare run of equal hashes). Returns the edge index or -1.
 */
function findEdge(node, hash, hostname, start, length) {
    let lo = edgeStart[node];
    let hi = edgeStart[node + 1];
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const value = edgeHash[mid];
        if (value < hash) {
            lo = mid + 1;
        }
        else if (value > hash) {
            hi = mid;
        }
        else {
            for (let e = mid; e >= lo && edgeHash[e] === hash; e -= 1) {
                if (labelEquals(e, hostname, start, length))
                    return e;
            }
            for (let e = mid + 1; e < hi && edgeHash[e] === hash; e += 1) {
                if (labelEquals(e, hostname, start, length))
                    return e;
            }
            return -1;
        }
    }
    return -1;
}
/**
 * Walk `hostname`'s labels right-to-left from `root`, recording the deepest
 * node whose flag passes `allowedMask` (with the label boundaries of that match
 * in `matchStart`/`matchEnd`). Returns whether any match was found.
 * An empty label (leading dot or `..`) never matches a `*` edge.
 */
function walk(hostname, root, allowedMask) {
    let node = root;
    let end = hostname.length;
    let hash = 5381;
    matchNode = -1;
    for (let i = hostname.length - 1; i >= 0; i -= 1) {
        const code = charCodeAt.call(hostname, i);
        if (code === 46 /* '.' */) {
            const start = i + 1;
            let edge = findEdge(node, hash >>> 0, hostname, start, end - start);
            if (edge === -1 && end !== start) {
                edge = wildcardEdge[node];
            }
            if (edge === -1) {
                return matchNode !== -1;
            }
            node = edgeChild[edge];
            if ((nodeFlags[node] & allowedMask) !== 0) {
                matchNode = node;
                matchStart = start;
                matchEnd = end;
            }
            end = i;
            hash = 5381;
        }
        else {
            hash = (hash * 33) ^ code;
        }
    }
    // Left-most label: hostname[0, end). Same find/descend/record as the loop —
    // duplicated rather than folded into the loop (via `i >= -1`) because that
    // extra per-character branch measured slightly slower on the hot path.
    let edge = findEdge(node, hash >>> 0, hostname, 0, end);
    if (edge === -1 && end !== 0) {
        edge = wildcardEdge[node];
    }
    if (edge !== -1) {
        node = edgeChild[edge];
        if ((nodeFlags[node] & allowedMask) !== 0) {
            matchNode = node;
            matchStart = 0;
            matchEnd = end;
        }
    }
    return matchNode !== -1;
}
/**
 * Check if `hostname` has a valid public suffix in the trie.
 */
function suffixLookup(hostname, options, out) {
    if (fastPathLookup(hostname, options, out)) {
        return false;
    }
    const allowedMask = (options.allowPrivateDomains ? 2 /* RULE_TYPE.PRIVATE */ : 0) |
        (options.allowIcannDomains ? 1 /* RULE_TYPE.ICANN */ : 0);
    // Exceptions have priority and strip their own left-most label (e.g. the
    // rule '!www.ck' makes the suffix of 'www.ck' be 'ck').
    if (walk(hostname, exceptionsRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1 /* RULE_TYPE.ICANN */) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2 /* RULE_TYPE.PRIVATE */) !== 0;
        out.publicSuffix = hostname.slice(matchEnd + 1);
        return true;
    }
    if (walk(hostname, rulesRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1 /* RULE_TYPE.ICANN */) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2 /* RULE_TYPE.PRIVATE */) !== 0;
        out.publicSuffix = hostname.slice(matchStart);
        return false;
    }
    // No match: the prevailing '*' rule makes the right-most label the suffix.
    out.isIcann = false;
    out.isPrivate = false;
    const lastDot = hostname.lastIndexOf('.');
    out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
    return false;
}

function parse(url, options) {
    return parseImpl(url, 5 /* FLAG.ALL */, suffixLookup, options, getEmptyResult());
}

var PERSON_NAME_LIST = "aadi\naadidev\naadinath\naaditya\naadrika\naagam\naagney\naagneya\naalbers\naalerud\naaliyah\naalok\naaltje\naaltonen\naamod\naanand\naanandaswarup\naanandinii\naanjaneya\naanuoluwapo\naaratrika\naarav\naaron\naarya\naaryan\naas\naasa\naasen\naasha\naashritha\naatmaj\naatmaja\naatreya\naayushmaan\naayushman\naba\nababii\nabaco\nabadan\nabadon\nabadzic\nabadzija\nabagail\nabak\nabaka\nabakan\nabakay\nabani\nabar\nabate\nabay\nabayomi\nabazovic\nabbas\nabbate\nabbey\nabbie\nabbigail\nabbondanza\nabbondanzio\nabbondio\nabbos\nabbosov\nabbosova\nabbott\nabbrescia\nabby\nabd\nabdallah\nabdel\nabdelkader\nabdellah\nabderrahmane\nabdi\nabdiel\nabdon\nabdone\nabdonie\nabdou\nabdoul\nabdoulaye\nabdourahmane\nabdramane\nabdul\nabdulahad\nabdulahadyev\nabdulahadyeva\nabdulazim\nabdulazimov\nabdulazimova\nabdulaziz\nabdulazizov\nabdulazizova\nabdulboriy\nabdulboriyev\nabdulboriyeva\nabdulhafiz\nabdulhafizov\nabdulhafizova\nabdulhakim\nabdulhakimov\nabdulhakimova\nabdulhay\nabdulhayov\nabdulhayova\nabdulholiq\nabdulholiqov\nabdulholiqova\nabduljabbor\nabduljabborov\nabduljabborova\nabduljalil\nabduljalilov\nabduljalilova\nabdulkarim\nabdulkarimov\nabdulkarimova\nabdulla\nabdullah\nabdullatif\nabdullatifov\nabdullatifova\nabdullayeva\nabdulmalik\nabdulmalikov\nabdulmalikova\nabdulqahhor\nabdulqahhorov\nabdulqahhorova\nabdulqodir\nabdulqodirov\nabdulqodirova\nabdulvahhob\nabdulvahhobov\nabdulvahhobova\nabdulvali\nabdulvaliyev\nabdulvaliyeva\nabdulvohid\nabdulvohidov\nabdulvohidova\nabdurrahiym\nabdurrahmon\nabdurrauf\nabdurrazzoq\nabdussamad\nabe\nabebi\nabegglen\nabeiku\nabel\nabelard\nabelardo\nabele\nabelin\nabeline\nabena\nabendam\nabeni\nabenzio\naberg\nabernathy\nabeyta\nabhaidev\nabhaya\nabhirath\nabhisyanta\nabibatou\nabibo\nabicht\nabidin\nabigael\nabigaelle\nabigail\nabigale\nabigayle\nabigel\nabimanyu\nabimbola\nabiodun\nabiola\nabiona\nabiputra\nabisola\nabisoye\nabluc\nabner\nabodunrin\nabolina\nabolins\naboltina\naboltins\nabondance\nabosede\nabou\naboubacar\naboubakar\nabraham\nabrahamo\nabrahamsson\nabramio\nabramo\nabramovic\nabrego\nabreu\nabril\nabsalon\nabsar\nabshire\nabsolon\nabt\nabu\naby\nabyasa\nacace\nacacie\nacacio\nacanski\nacanthe\nacar\nacario\nacaryatanaya\naccardi\naccardo\naccursio\naccurso\nace\nacela\nacelya\naceto\nacevedo\nachaire\nachalesvara\nachari\nacharya\nacharyanandana\nacharyasuta\nacheampong\nachil\nachiles\nachille\nachilles\nachim\nachintya\nachkinadze\nachraf\nachyut\nacic\nacilia\nacilio\nacim\nacimovic\nacin\naciscolo\nackerman\nackermann\naclan\nacosta\nacquadro\nacquaviva\nacquistapace\nacrisio\nacuk\naculina\nacun\nacuna\nada\nadadevoh\nadah\nadal\nadalan\nadalard\nadalardo\nadalbald\nadalbaude\nadalberon\nadalbert\nadalberta\nadalberto\nadalfredo\nadalgisa\nadalgiso\nadaline\nadalric\nadalrico\nadalsinde\nadam\nadama\nadamcova\nadamczak\nadamczyk\nadame\nadamec\nadamek\nadami\nadamiak\nadamiec\nadamkova\nadamo\nadamova\nadamovic\nadamowicz\nadams\nadamski\nadamus\nadan\nadaobi\nadar\nadas\nadasevic\nadaugo\nadberilgen\nadcock\naddari\naddie\naddis\naddison\naddo\naddolorata\nade\nadea\nadebankole\nadebayo\nadebisi\nadebiyi\nadebola\nadebowale\nadeboye\nadebukola\nadedaramola\nadedayo\nadedeji\nadedoyin\nadegbite\nadegboye\nadegoke\nadegrin\nadegrine\nadekitan\nadekola\nadekunle\nadel\nadela\nadelaida\nadelaide\nadelajda\nadelakun\nadelardo\nadelasia\nadelbert\nadelberto\nadelchi\nadele\nadeleke\nadelfo\nadelgardo\nadelia\nadelie\nadelin\nadelina\nadeline\nadeliya\nadell\nadella\nadelle\nadelmo\nadelphe\nadeltrude\nadelusi\nadelya\nadem\nademayowa\nademiluyi\nademola\naden\nadenet\nadenike\nadeniyan\nadeniyi\nadeodat\nadeodato\nadeogun\nadeola\nadeolu\nadeoluwa\nadeoti\nadepeju\naderibigbe\naderinsola\naderogba\naderonke\naderopo\nadesewa\nadeshina\nadesina\nadesiyan\nadesoji\nadesua\nadetayo\nadetoke\nadetoun\nadewale\nadewunmi\nadewura\nadeyemo\nadeyi\nadheesh\nadhemar\nadhiarja\nadhikari\nadhiraj\nadhitama\nadhrit\nadi\nadiarja\nadib\nadiba\nadiga\nadigun\nadika\nadikara\nadikavi\nadil\nadile\nadin\nadina\nadinata\nadinath\nadisa\naditeya\naditya\nadityanandan\nadityanandana\nadja\nadjutor\nadnan\nado\nadolf\nadolfa\nadolfina\nadolfo\nadolfs\nadolph\nadolphe\nadolphie\nadolphus\nadomah\nadomako\nadone\nadongo\nadonis\nadonise\nadorno\nadragna\nadrain\nadraman\nadrastee\nadrehilde\nadria\nadriaan\nadrian\nadriana\nadrianna\nadriano\nadriansyah\nadriel\nadrien\nadriena\nadrienne\nadrijana\nadrione\nadripathi\nadu\nadunni\nadusei\nadutwum\nadvaya\nadwitiya\nadwoa\naebi\naebischer\naeby\nafanasi\nafanasie\nafaq\naffan\naffinito\naffor\nafforov\nafforova\nafi\nafia\nafifah\nafirifa\nafitap\nafoakwa\nafolabi\nafolarin\nafolayan\nafonja\nafonso\nafra\nafro\nafruza\nafsar\nafsin\nafton\nafua\nafunku\nafur\nafurov\nafurova\nafzuna\naga\nagabay\nagabio\nagafia\nagah\nagakagan\nagalak\nagamennone\nagaoglu\nagape\nagapet\nagapito\nagarwal\nagasti\nagastya\nagata\nagatha\nagathange\nagathe\nagathon\nagaton\nagazio\nagboola\nagca\nagenore\nagesilao\nagilbert\nagilberte\naglae\naglaia\naglaja\nagnan\nagnane\nagneflete\nagnello\nagnes\nagnesa\nagnese\nagneta\nagneya\nagnieszka\nagnimitra\nagniprava\nagnivesh\nagnos\nagostina\nagostinelli\nagostini\nagostino\nagosto\nagrata\nagresta\nagripina\nagripino\nagrippa\nagrippin\nagrippine\nagrypina\naguayo\naguilar\naguilera\naguirre\naguridic\nagus\nagustian\nagustin\nagustina\nagyapong\nagyare\nagyei\nagyemang\nahalya\nahenk\nahic\nahilya\nahlem\nahlke\nahluwalia\nahmad\nahmed\nahmet\nahmetspahic\nahonen\nahortor\nahrenberg\nahrens\nahror\nahrorov\nahrorova\nahsen\nahuja\naiace\naicha\naida\naidan\naidano\naidara\naiden\naiello\naigare\naigars\naigbiniode\naigner\naigroz\naileen\naimable\naime\naimee\naimone\naina\nainars\naino\nairlangga\naisha\naishani\naissa\naissata\naissatou\naisyah\naiyana\najakaiye\najala\najan\najana\najani\najao\najayi\najda\najeet\najeng\najewole\najiman\najimat\najimin\najiono\najit\najita\najla\najlin\najna\najoke\najose\najvazovic\nakal\nakalp\nakan\nakande\nakanmu\nakanni\nakar\nakarsana\nakas\nakata\nakay\nakbaba\nakbas\nakbatur\nakbay\nakboga\nakboru\nakbudak\nakbugra\nakbulak\nakbulut\nakca\nakcakoca\nakcal\nakcan\nakcay\nakcora\nakdag\nakdemir\nakdogan\nake\nakeem\nakel\nakerele\nakesson\nakgoz\nakgul\nakgun\nakif\nakifa\nakifovic\nakinkunmi\nakinlabi\nakinrinola\nakintade\nakinwale\nakkan\nakkas\nakkaya\nakkoc\nakkor\nakkoyun\nakkoyunlu\nakkun\nakkunlu\nakkurt\nakkus\nakmal\nakmalov\nakmalova\nakman\nakofa\nakorfa\nakos\nakosua\nakoto\nakowua\nakram\nakramov\nakramova\nakroor\naksakal\naksam\naksel\naksentic\naksentijevic\nakshainie\nakshaj\nakshat\nakshata\nakshayakeerti\nakshita\naksic\naksil\naksin\naksit\naksovic\naksoy\naksungur\naktan\naktas\naktay\naktekin\naktimur\nakua\nakula\nakumaa\nakunna\nakvelina\nakwasi\nakwesi\nakyeampong\nakyel\nakyena\nakyurek\nakyuz\nala\nalaba\nalaban\nalabi\nalaboru\naladag\nalade\naladic\naladino\naladogan\naladzic\nalaimo\nalain\nalaina\nalaine\nalais\nalakovic\nalakurt\nalamanno\nalambana\nalamsyah\nalamu\nalan\nalana\nalanis\nalaniz\nalanna\nalano\nalanovic\nalara\nalarcon\nalargic\nalarico\nalassane\nalavanja\nalavantic\nalayna\nalayunt\nalayuntlu\nalba\nalban\nalbane\nalbanese\nalbano\nalbena\nalberade\nalberic\nalberico\nalbert\nalberta\nalberte\nalbertha\nalberti\nalbertina\nalbertine\nalbertino\nalberto\nalbertyn\nalbertyna\nalbin\nalbina\nalbino\nalboino\nalbrecht\nalbrechtova\nalbrico\nalbu\nalbuquerque\nalcala\nalcamo\nalcantar\nalcaraz\nalceo\nalceste\nalcestiso\nalcibiade\nalcide\nalcidie\nalcime\nalcina\nalcine\nalcino\nalcyone\nalda\naldea\naldegonde\naldemir\nalden\naldo\naldobrando\naldogan\naldonce\naldric\nalea\naleandro\naleardo\naleaume\nalec\naleen\nalejandra\nalejandrin\nalejandro\nalek\naleksa\naleksandar\naleksander\naleksandra\naleksandro\naleksandrowicz\naleksej\naleksi\naleksic\nalekso\naleksy\naleman\nalemka\nalen\nalena\nalene\nalenia\nalenka\naleo\naleodor\naleramo\nales\nalesea\naleska\nalessa\nalessandra\nalessandrini\nalessandro\nalessi\nalessia\nalessio\naleth\naletha\nalev\nalevtina\nalex\nalexa\nalexander\nalexandr\nalexandra\nalexandre\nalexandrea\nalexandrescu\nalexandria\nalexandrina\nalexandrine\nalexandro\nalexandros\nalexandru\nalexane\nalexanne\nalexe\nalexei\nalexej\nalexia\nalexie\nalexine\nalexis\nalexys\nalexzander\naleya\naleyna\nalf\nalfano\nalfaro\nalfermann\nalfieri\nalfio\nalfons\nalfonsa\nalfonsino\nalfonso\nalfonz\nalfonzo\nalford\nalfred\nalfreda\nalfredo\nalfreds\nalgirds\nalgis\nalgiso\nalgu\nali\nalia\nalic\nalica\nalican\nalice\nalicea\nalicia\nalicic\nalicja\nalico\nalida\nalidi\nalienor\naliette\naligbe\nalighiero\nalih\nalija\nalika\nalikavazovic\nalima\nalin\nalina\naline\naliona\naliou\nalioune\nalis\nalisa\nalisan\nalisha\nalisher\nalisherov\nalisherova\nalisir\nalison\nalissa\nalissia\nalistair\nalistar\nalivernini\nalivia\nalix\nalixe\naliya\naliyah\naliyev\naliyeva\naliz\naliza\nalizadeh\nalize\nalizee\naljancic\naljaz\naljosa\nalka\nalkaboluk\nalkaevli\nalkan\nalkaya\nalkhamis\nalkovic\nalksne\nalksnis\nalla\nallan\nallegra\nallegretti\nallen\nallene\nallgeyer\nalliaume\nallie\nallison\nally\nalma\nalmanza\nalmaraz\nalmasac\nalmeida\nalmerigo\nalmila\nalmine\nalmira\nalmire\nalmiro\nalmonte\naloba\naloi\nalois\naloise\naloisie\naloisio\naloizs\nalojz\nalojza\nalojzije\nalok\nalon\nalondra\nalone\nalonso\nalonzo\naloys\naloyse\nalp\nalpagut\nalparac\nalparsbeg\nalparslan\nalpata\nalpay\nalpaya\nalpaykagan\nalpbilge\nalpdirek\nalpdogan\nalper\nalperen\nalpertunga\nalpgerey\nalpha\nalphan\nalphee\nalphonse\nalphonsine\nalphonso\nalpike\nalpilig\nalpinien\nalpkara\nalpkuluk\nalpkutlu\nalpman\nalptegin\nalptugrul\nalptunga\nalpturan\nalptutuk\nalpugan\nalpulug\nalpurungu\nalpurungututuk\nalpyoruk\nalsu\nalta\naltamirano\naltan\naltankagan\naltankan\naltay\naltea\naltemur\naltenwerth\nalthea\nalthee\naltieri\nalton\naltuga\naltun\naltuntas\naluga\nalva\nalvah\nalvar\nalvarado\nalvarez\nalvaro\nalvena\nalvera\nalverede\nalverta\nalves\nalviero\nalvin\nalvina\nalvine\nalvis\nalvise\nalwar\naly\nalya\nalyah\nalyanak\nalyce\nalycia\nalysa\nalysha\nalyson\nalyssa\nalyssia\nalysson\nalzbeta\nama\namabela\namabile\namac\namadea\namadeo\namadeus\namado\namador\namadori\namadou\namady\namaechi\namael\namahle\namalia\namaliane\namalie\namalija\namalio\namalric\namalthee\naman\namand\namanda\namande\namandin\namandine\namando\namani\namann\namant\namanta\namante\namanzio\namar\namara\namaral\namaranaath\namarande\namaranthe\namaranto\namaresh\namari\namarnath\namaryllis\namat\namata\namath\namato\namatore\namauri\namaury\namaya\nambar\namber\namberg\nambra\nambre\nambrine\nambrogio\nambroise\nambroisie\nambrose\nambrosiano\nambrosini\nambrosino\nambrosio\nambroz\nambrozova\nambrozy\namdy\namea\namedee\namedeo\namedeu\namel\namelia\nameliane\namelie\namelien\nameline\namelio\namely\namelya\namen\namendola\namerica\namerico\namerigo\namerio\nameth\namethyste\nameyatma\nami\namici\namicie\namico\namid\namie\namiel\namilcare\namin\namina\naminat\naminata\namine\naminte\namintore\naminu\namir\namira\namish\namit\namita\namiya\namla\namleto\nammann\nammar\nammoscato\namo\namoa\namoako\namoasi\namodini\namogh\namoke\namon\namone\namong\namope\namore\namorim\namoroso\namoruso\namos\namour\nampadu\namparo\nampelio\nampofo\namponsah\namra\namrak\namrein\namrit\namrita\namritambu\namul\namundsen\namy\namya\namza\nana\nanaadi\nanabel\nanabela\nanabelle\nanacleto\nanae\nanael\nanaelle\nanagh\nanahi\nanahita\nanaida\nanais\nanal\nanala\nanamaria\nanamarija\nanamika\nanand\nananda\nanandamayi\nanandya\nanang\nananta\nanar\nanas\nanasooya\nanasov\nanasova\nanass\nanastacio\nanastase\nanastasia\nanastasie\nanastasija\nanastasije\nanastaz\nanastazia\nanastazie\nanastazija\nanastazio\nanastazja\nanasuya\nanatazie\nanatol\nanatole\nanatoli\nanatolia\nanatolie\nanatolii\nanaya\nanca\nancelin\nanceline\nanci\nancica\nancilla\nancona\nancuk\nancuta\nanda\nandac\nandel\nandela\nandelin\nandelina\nandelko\nandelo\nandelova\nandeol\nanders\nandersen\nanderson\nandersone\nandersons\nandersson\nandesilic\nandi\nandic\nanding\nandini\nandjelina\nandoche\nandonov\nandonovic\nandorful\nandra\nandrada\nandrade\nandras\nandraz\nandre\nandrea\nandreane\nandreanne\nandreas\nandreassen\nandreasson\nandree\nandreea\nandrei\nandrej\nandreja\nandrejevic\nandrejic\nandrejin\nandrekovic\nandreo\nandreoli\nandres\nandresen\nandrew\nandri\nandrian\nandriana\nandriani\nandries\nandrija\nandrijana\nandrin\nandrina\nandris\nandrisani\nandriska\nandrle\nandrlova\nandro\nandromeda\nandronic\nandrzej\nandrzejczak\nandrzejewski\nandy\nandzejs\nandzelika\nandzs\nanej\nanele\nanelli\nanemona\nanemone\nanes\nanesa\naneta\nanette\nanezka\nangadreme\nange\nangela\nangele\nangeles\nangeletti\nangeli\nangelica\nangelika\nangelina\nangeline\nangelini\nangelino\nangelique\nangelis\nangelita\nangelo\nangeloni\nangelucci\nanggabaya\nanggraini\nanggreny\nanggriawan\nanggun\nanghel\nanghelina\nangie\nangilbe\nangilberte\nangilran\nangoustan\nangster\nanguiano\nangulo\nangus\nanh\nani\nania\nanibal\nanica\nanicee\nanicet\naniceto\nanicette\naniello\nanik\nanika\nanil\nanila\nanilaabh\nanilabh\nanina\nanis\nanise\nanish\nanisoara\nanissa\nanita\naniya\naniyah\nanja\nanjali\nanjaneya\nanjani\nanjela\nanjelica\nanjolaoluwa\nanjos\nanjushree\nanjushri\nanka\nankal\nanko\nankra\nankunding\nann\nanna\nannabel\nannabell\nannabella\nannabelle\nannaelle\nannagrazia\nannalena\nannalise\nannamae\nannamaria\nannamarie\nannapurna\nanne\nanneke\nanneli\nannelie\nannemarie\nannemijn\nannetta\nannette\nanni\nannibal\nannibale\nannie\nannika\nannikki\nanno\nannonciade\nannunziata\nanny\nanokye\nanom\nanora\nanouar\nanouck\nanouk\nanrijs\nansa\nansaldo\nansbert\nansberte\nansel\nanselm\nanselma\nanselme\nanselmi\nanselmo\nansgar\nansgary\nanshula\nanslavs\nansley\nansovino\nanstrudie\nant\nantal\nantalova\nantczak\nante\nantea\nantek\nantelmo\nantenucci\nantero\nantezza\nanthelme\nanthelmette\nanthony\nantide\nantigone\nantim\nantimo\nantino\nantioco\nantoaneta\nantoci\nantoine\nantoinette\nanton\nantonacci\nantone\nantonela\nantonella\nantonelli\nantonello\nantonetta\nantonette\nantoni\nantonia\nantonic\nantonie\nantonietta\nantonija\nantonin\nantonina\nantonine\nantonini\nantonio\nantoniu\nantono\nantonovic\nantonucci\nantony\nantos\nantosova\nantovic\nantti\nanttila\nantun\nantunes\nantunovic\nantusevic\nantwan\nantwi\nantwon\nanuar\nanucin\nanuja\nanunay\nanuraag\nanurag\nanusic\nanuska\nanusuya\nanuta\nanvar\nanvaryev\nanvaryeva\nanwesha\nanya\nanzalone\nanze\napa\napak\naparicio\napatarkan\naphelie\napicella\napitz\napodaca\napolena\napollina\napollinaire\napollinare\napollinary\napolline\napollo\napollonia\naponte\napostol\nappia\nappiah\nappoline\naprancur\napril\naprile\napsara\napuleio\naqil\naqila\naquilin\naquiline\naquilino\naquino\nara\narabela\narabella\narabelle\naraboga\naraceli\naracely\narademir\naragon\naraja\narajs\naral\naraldo\naram\narame\naramini\narana\naranda\naranka\narap\nararat\naras\naratone\naraujo\narbay\narbuz\narcade\narcadi\narcadie\narcadii\narcadio\narcangeli\narce\narch\narchambaud\narchan\narchange\narcher\narchibald\narchie\narchimede\narchippo\narchuleta\narcibaldo\narcuk\narda\nardana\nardelean\nardeleanu\nardella\narden\nardianto\nardith\nardito\nardiyanti\narduino\naregger\narellano\narely\naremu\naren\narena\narenas\narendt\narens\naresio\nareta\narevalo\nargelia\nargenio\nargentina\nargento\nargimiro\nargine\nargiolas\nargo\nargono\nargu\narguello\nargun\narhanic\nari\naria\nariadna\narialdo\narian\nariana\nariane\narianna\narias\nariberto\naric\naricie\narie\nariel\nariela\nariele\narielle\narif\narifin\narij\narija\narijit\narijs\narike\narin\narina\narindam\narinola\narion\nariosto\naris\narisa\naristarco\nariste\naristeo\naristid\naristide\naristione\naristita\naristo\naristofane\naristotele\narjen\narjun\narkad\narkadijs\narkadiusz\narkady\narlene\narleta\narlette\narlie\narlo\narlovic\narmagan\narman\narmance\narmand\narmande\narmandine\narmando\narmani\narmas\narmel\narmeline\narmelle\narmendariz\narmenta\narmida\narmide\narmijo\narmin\narmine\narminio\narmins\narmstrong\narna\narnac\narnaldo\narnaud\narnaude\narnaut\narndt\narne\narnesen\narnesh\narno\narnold\narnolda\narnoldo\narnost\narnostka\narnould\narnulfo\narolde\naron\narona\naronne\narora\narpad\narpasi\narpat\narredondo\narreola\narriaga\narrigo\narroyo\narsal\narsen\narsene\narsenic\narsenie\narsenije\narseniusz\narsic\narsinoe\narsipatra\narslan\narslanargun\narslanboru\narslanoglu\narslansungur\narslantegin\narslanyabgu\narslon\narslonov\narslonova\narsun\nart\narta\nartanto\nartawan\narteaga\nartemis\nartemisa\narthaud\nartheme\narthur\narthurine\narthus\nartioli\nartiom\narto\nartuk\nartukac\nartur\narturo\narturs\nartus\nartut\naruk\narun\naruna\narunthavanathan\narved\narvel\narvid\narvids\narvidsson\narvilla\narwa\narwen\narya\naryal\naryan\naryani\naryanna\naryanti\naryee\narystarch\narzen\nasa\nasad\nasadov\nasadova\nasadulloh\nasadullohyev\nasadullohyeva\nasake\nasal\nasamoa\nasamoah\nasan\nasanboga\nasanin\nasante\nasantudun\nasantugrul\nasare\nasaro\nasartegin\nascanio\nascelin\nasceline\nascension\nasceric\naschenbroich\nascione\nasdrubale\nasel\nasella\nasenso\nasha\nashlee\nashleigh\nashlesh\nashley\nashly\nashlynn\nashmi\nashok\nashton\nashtyn\nasia\nasiama\nasiedu\nasija\nasil\nasila\nasilbek\nasilbekov\nasilbekova\nasimi\nasimodeo\nasirwada\nasirwanda\nasiya\nasja\naskraba\naskrabic\naslan\naslanoglu\naslesha\naslijan\nasliya\nasma\nasmaa\nasmadi\nasman\nasmianto\nasmita\nasmuni\nasolat\nasonja\naspere\naspers\nassa\nassetou\nassia\nassil\nassmus\nassomption\nassuncao\nassunta\nassunto\nassya\nasta\nastafei\nastalogul\nastarte\nasterie\nasterio\nastianatte\nastolfi\nastou\nastree\nastrid\nastrida\nastride\nastuti\nasuela\nasug\nasuk\naswandi\naswani\nasya\nata\natac\natakagan\natakan\natakol\natalan\natalay\nataleo\nataman\natan\natanas\natanasia\natanasio\natanasov\natanazie\natanazy\natanda\natasagun\natasever\natasu\nataullah\natay\natberilgen\natena\natencio\nates\nathalie\nathanase\nathanasie\nathena\nathenais\nathina\nathos\natik\natila\natilla\natinuke\natlas\natma\natmaca\natmaja\natmanand\natmananda\natreyee\natreyi\natta\nattila\nattilano\nattilio\natuncu\natzeni\natzori\naube\naubert\naubertine\nauberto\naubin\naubree\naubrey\naubry\naucamp\naudace\naude\naudebert\naudeline\naudie\naudouin\naudra\naudran\naudreanne\naudrey\nauer\naufderhar\naugucjo\naugust\naugusta\nauguste\naugustin\naugustina\naugustine\naugustino\naugusto\naugustus\naugustyn\naugustyna\naugustyniak\nauld\naulia\naura\naure\naurea\naurel\naurele\naurelia\naurelian\naureliana\naureliano\naurelie\naurelien\naurelienne\naurelija\naurelio\naureliu\naurelle\naurian\nauriane\naurica\nauro\nauron\naurora\naurore\nausilia\nausiliatrice\nausilio\nausten\naustin\naustyn\nautumn\nauxane\nauxence\nauzina\nauzins\nava\navadhesh\navallone\navalos\navan\navani\navantika\navar\navaz\navazyev\navazyeva\navdal\nave\naveline\naverardo\navery\navi\naviel\navigaelle\navila\naviles\navino\navis\navital\navluc\navni\navola\navoye\navram\navril\navsar\navsec\nawa\nawar\nawaz\nawero\nawesi\nawodiran\nawolowo\nawuah\naxel\naxeline\naxelle\naxelsson\naxenia\naxinte\naxmann\naya\nayaan\nayah\nayala\nayan\nayana\nayanda\nayandokun\nayas\nayaz\naybalta\nayban\naybar\naybars\naybeg\naycan\naydan\naydarkagan\naydemir\nayden\naydogan\naydogdu\naydogmus\nayebatari\nayem\naygul\naygun\nayhan\nayinde\nayinke\nayisat\nayize\naykac\naykagan\naykal\naykan\naykurt\naykut\nayla\naylan\nayleen\naylin\nayline\nayluc\nayluctarkan\nayma\nayman\naymane\naymard\naymardine\naymen\naymeric\naymon\naymonde\naymonier\naynur\nayobami\nayodeji\nayodele\nayoka\nayomide\nayomikun\nayoola\nayotude\nayoub\nayren\nayruk\naysar\nayse\naytac\naytak\naytek\naytekin\naytug\nayu\nayushmati\nayvaz\nayverdi\naza\nazad\nazak\nazalea\nazalee\nazamat\nazamatov\nazamatova\nazara\nazban\nazdajic\nazeglio\nazelia\nazelie\nazeline\nazelio\nazer\nazevedo\nazgan\nazganaz\nazic\nazime\nazinic\naziz\naziza\nazizah\nazizhan\nazizov\nazizova\nazmi\nazra\nazubuike\nazzahra\nazzurra\nbaa\nbaaba\nbaafi\nbaah\nbaala\nbaalaaditya\nbaalagopaal\nbaarck\nbaawia\nbaba\nbabac\nbabacan\nbabacar\nbabalj\nbabalola\nbabaoglu\nbabarogic\nbabasola\nbabatunde\nbabatunji\nbabatz\nbabawale\nbabel\nbabeta\nbabette\nbabic\nbabila\nbabin\nbabini\nbabka\nbabkova\nbabou\nbabovic\nbabtunde\nbabur\nbaburic\nbaby\nbac\nbaca\nbacalo\nbacara\nbaccayman\nbacci\nbacco\nbach\nbacher\nbachmann\nbaciu\nbacker\nbacman\nbacova\nbadabul\nbadane\nbade\nbadea\nbademci\nbadenhorst\nbader\nbadiane\nbadillo\nbadis\nbadji\nbadjuk\nbadr\nbadruk\nbadu\nbadur\nbaez\nbaeza\nbafana\nbafode\nbaga\nbagaalp\nbagan\nbaganz\nbagas\nbagasatulu\nbagaskara\nbagatarkan\nbagatengrikagan\nbagatur\nbagaturcigsi\nbagaturgerey\nbagaturipi\nbagatursepi\nbagdagul\nbaggio\nbaghy\nbaginski\nbagiya\nbagnoud\nbagtas\nbagus\nbagya\nbaha\nbahar\nbahena\nbahia\nbahl\nbahna\nbahno\nbahnova\nbahodir\nbahodirov\nbahodirova\nbahri\nbahriddin\nbahriddinov\nbahriddinova\nbahringer\nbahrom\nbahromov\nbahromova\nbahtiyar\nbahula\nbahun\nbahuraksa\nbahuwarna\nbahuwirya\nbaidehi\nbaijayanti\nbailee\nbailey\nbaiocco\nbajare\nbajars\nbajc\nbajcetic\nbajcic\nbajer\nbajerova\nbajragin\nbajsanski\nbak\nbakagul\nbakal\nbakan\nbakaran\nbakare\nbakarec\nbakary\nbakda\nbakhoum\nbakhtiyor\nbakhtiyorov\nbakhtiyorova\nbaki\nbakiadi\nbakianto\nbakidin\nbakijan\nbakiman\nbakiono\nbakke\nbakken\nbakker\nbakos\nbakowski\nbakti\nbaktiadi\nbaktianto\nbaktiono\nbakula\nbala\nbalaaditya\nbalaban\nbalabanovic\nbalachandra\nbaladitya\nbalagopal\nbalagovind\nbalajic\nbalaka\nbalakatay\nbalamani\nbalamantri\nbalan\nbalangga\nbalapati\nbalasevic\nbalaskovic\nbalat\nbalaz\nbalazevic\nbalazova\nbalazs\nbalboni\nbalcar\nbalcarova\nbalcer\nbalcerzak\nbalck\nbaldacci\nbaldassarre\nbalde\nbalderas\nbalderico\nbaldi\nbaldini\nbaldo\nbaldomero\nbaldovino\nbaldu\nbalducci\nbaldwin\nbalesevic\nbalestra\nbaleta\nbaletic\nbalevic\nbalgopal\nbalidin\nbalijan\nbalincic\nbalint\nbalistreri\nbaljak\nbalkow\nballa\nballarin\nballesteros\nballouhey\nbalmer\nbalnuweit\nbalode\nbalodis\nbalog\nbalogh\nbalogova\nbalogsandor\nbalogun\nbaloun\nbalounova\nbaloyi\nbalsamo\nbalta\nbaltag\nbaltar\nbaltazar\nbalthazar\nbaltin\nbaltur\nbalzano\nbalzer\nbambang\nbambina\nbamidele\nbamiloye\nbamisebi\nban\nbanach\nbanara\nbanas\nbanasiak\nbanasik\nbanawa\nbanawi\nbancar\nbanda\nbandhu\nbandhul\nbandic\nbandicstimac\nbandini\nbandl\nbandopadhyay\nbanel\nbanerjee\nbang\nbangizwe\nbangu\nbani\nbanic\nbanica\nbanicevic\nbanicjokic\nbanja\nbanjac\nbanjak\nbanjalic\nbanjari\nbanji\nbankim\nbankimchandra\nbankole\nbanna\nbanov\nbanse\nbanu\nbanuelos\nbanuta\nbao\nbaptista\nbaptiste\nbar\nbara\nbarajas\nbarak\nbarakova\nbaraktore\nbaral\nbaraldi\nbaran\nbaranjec\nbaranka\nbarankova\nbaranova\nbaranowski\nbaranski\nbarbagallo\nbarbala\nbarbara\nbarbaricsehic\nbarbarigo\nbarbarosoglu\nbarbarossa\nbarbarulo\nbarbato\nbarbe\nbarbeg\nbarbera\nbarberi\nbarberis\nbarbero\nbarbier\nbarbieri\nbarbiero\nbarboga\nbarbol\nbarbora\nbarbosa\nbarbro\nbarbu\nbarbulescu\nbarbulsun\nbarca\nbarcadogdu\nbarcadogmus\nbarcadurdu\nbarcadurmus\nbarcan\nbarcatoyun\nbarchinoy\nbardek\nbardo\nbardomiano\nbarela\nbares\nbaresova\nbaretta\nbargan\nbari\nbarica\nbarile\nbarilla\nbarinic\nbaris\nbarisic\nbarkan\nbarkdogdu\nbarkdogmus\nbarkdurdu\nbarkdurmus\nbarlas\nbarletta\nbarmaklak\nbarman\nbarna\nbarnaba\nbarnabas\nbarnabe\nbarnard\nbarney\nbarno\nbaron\nbarone\nbaroni\nbarons\nbarosevcic\nbarosevic\nbarr\nbarra\nbarragan\nbarras\nbarraza\nbarre\nbarreca\nbarrera\nbarresi\nbarreto\nbarrett\nbarretta\nbarrientos\nbarrios\nbarros\nbarrows\nbarry\nbars\nbarsaba\nbarsbeg\nbarsboga\nbarsgan\nbarsimeo\nbarskan\nbarsotti\nbarsurungu\nbart\nbarta\nbartak\nbartakova\nbartczak\nbartell\nbartels\nbarth\nbarthelemy\nbartholome\nbartimee\nbartkowiak\nbartnik\nbartoletti\nbartoli\nbartolini\nbartolo\nbartolomea\nbartolomei\nbartolomej\nbartolomeo\nbartolomeu\nbartolucci\nbarton\nbartonova\nbartos\nbartosek\nbartosik\nbartoskova\nbartosova\nbartova\nbartovic\nbartovicova\nbartu\nbartulin\nbartunek\nbartunkova\nbarylla\nbarzani\nbas\nbasademir\nbasak\nbasan\nbasanti\nbasanyalavac\nbasar\nbasara\nbasarab\nbasaran\nbasaric\nbasat\nbasbug\nbaseda\nbaser\nbasgan\nbashirian\nbasil\nbasile\nbasileo\nbasilia\nbasilio\nbasilisse\nbaskurt\nbasma\nbasnet\nbasoglu\nbassani\nbassi\nbassiano\nbassilla\nbasso\nbasson\nbasta\nbastac\nbastajic\nbastar\nbastiaan\nbastian\nbastiano\nbastien\nbastola\nbastova\nbastugrul\nbasu\nbasut\nbasynat\nbathilde\nbatilda\nbatinicsantic\nbatista\nbatnozic\nbato\nbatrak\nbattaglia\nbattal\nbattig\nbattista\nbattisti\nbattistini\nbattke\nbatu\nbatuhan\nbatuk\nbatur\nbaturalp\nbatz\nbauch\nbaucido\nbaudouin\nbauer\nbauermeister\nbauerova\nbaumann\nbaumbach\nbaumeister\nbaumgartner\nbaur\nbauschinger\nbauschke\nbavaud\nbawer\nbay\nbaya\nbayancar\nbayankagan\nbayat\nbaybars\nbaybicen\nbayboga\nbaybora\nbaybure\nbaydar\nbaydemir\nbaydur\nbayeni\nbayer\nbayerova\nbaykal\nbaykam\nbaykara\nbaykoca\nbaykuzu\nbaylee\nbaymunke\nbayna\nbaynal\nbaypure\nbayrac\nbayrak\nbayraktar\nbayraktutan\nbayram\nbayruk\nbaysoy\nbaysungur\nbaytara\nbaytas\nbayuncur\nbayur\nbayurku\nbayutmus\nbayuttu\nbaz\nbazant\nbazantova\nbazil\nbazyli\nbeahan\nbeat\nbeata\nbeate\nbeato\nbeatrice\nbeatrico\nbeatrix\nbeatriz\nbeatrycze\nbeatty\nbeatus\nbeau\nbeauchemin\nbeaulah\nbeavogui\nbebe\nbeceapa\nbecerra\nbech\nbechtelar\nbeck\nbecka\nbeckel\nbeckem\nbecker\nbeckmann\nbeckova\nbecky\nbecvar\nbecvarova\nbedewitz\nbedini\nbedir\nbedirhan\nbediz\nbednar\nbednarczyk\nbednarek\nbednarik\nbednarikova\nbednarova\nbednarski\nbednarz\nbedran\nbedreddin\nbedri\nbedrich\nbedriska\nbeek\nbeele\nbeer\nbeerli\nbeg\nbegarslan\nbegbars\nbegbilgeciksin\nbegboga\nbegcur\nbegdemir\nbegdilli\nbegdurmus\nbeggerow\nbegi\nbegil\nbegine\nbegitutuk\nbegkulu\nbeglen\nbegni\nbegoyim\nbegtas\nbegtegin\nbegtuzun\nbeh\nbehcet\nbehic\nbehlul\nbehr\nbehram\nbehrem\nbehrenbruch\nbehruz\nbehruzov\nbehruzova\nbehzat\nbeier\nbein\nbeissmann\nbejan\nbejenari\nbejenaru\nbek\nbekavac\nbekbekec\nbekcic\nbekdik\nbekec\nbekecarslan\nbekecarslantegin\nbekectegin\nbeker\nbekir\nbekjarev\nbekker\nbeklemis\nbekmurod\nbekmurodyev\nbekmurodyeva\nbeko\nbekonja\nbekovac\nbektas\nbektasoglu\nbektur\nbekvalac\nbela\nbelavske\nbelavskis\nbelcar\nbelcevic\nbelcim\nbelcir\nbelec\nbelek\nbelemir\nbelenzada\nbelgi\nbelguc\nbelic\nbelimir\nbelina\nbelinda\nbelivuk\nbell\nbella\nbelle\nbelli\nbellini\nbellino\nbello\nbellomo\nbellotti\nbellucci\nbelma\nbelmonte\nbelo\nbelohlavek\nbelohlavkova\nbelojevic\nbelopoljac\nbelosevac\nbelosevic\nbelotti\nbelovic\nbelovljev\nbelovukovic\nbeltir\nbeltrame\nbeltrami\nbeltramo\nbeltran\nbeltun\nbelvisi\nbelz\nben\nbenadik\nbenakovic\nbenasicpavlovic\nbenatti\nbenavides\nbenavidez\nbence\nbenda\nbende\nbendeguz\nbender\nbendova\nbenecke\nbenedek\nbenedetta\nbenedetti\nbenedetto\nbenedict\nbenedicte\nbenedikt\nbenedikta\nbenedita\nbenedykt\nbenes\nbenesova\nbenett\nbenetti\nbengi\nbengt\nbengtsson\nbengu\nbeniamin\nbeniamina\nbeniamino\nbenice\nbenicio\nbenigna\nbenigne\nbenigni\nbenigno\nbenini\nbenitez\nbenito\nbenja\nbenjamim\nbenjamin\nbenli\nbenlidemir\nbennardo\nbennemann\nbenner\nbennet\nbennett\nbennie\nbenninger\nbenno\nbenny\nbeno\nbenoit\nbenone\nbenova\nbent\nbente\nbenthe\nbentivoglio\nbentley\nbenton\nbenvenuta\nbenvenuti\nbenvenuto\nbenyamin\nbenz\nbenzing\nbera\nberak\nberan\nberanek\nberanger\nberangere\nberankova\nberanova\nberard\nberardi\nberardo\nberat\nberberoglu\nbercem\nberceste\nbercin\nberdan\nberdibeg\nberend\nberendey\nberends\nberengario\nberenice\nberenico\nberenika\nberetta\nberfin\nberg\nbergamasco\nbergamini\nberge\nberger\nberggren\nberginsenge\nberglund\nbergman\nbergmane\nbergmanis\nbergnaum\nbergqvist\nbergrova\nbergstrom\nbergu\nberibak\nberinay\nberislav\nberit\nberitan\nberivan\nberk\nberka\nberkan\nberkay\nberke\nberkin\nberkis\nberkova\nberky\nberkyaruk\nberkyova\nbermek\nbermudez\nbernabei\nbernadetta\nbernadette\nbernadine\nbernal\nbernard\nbernarda\nbernardi\nbernardini\nbernardo\nbernardova\nbernasconi\nbernatovic\nbernd\nberneice\nberner\nberney\nbernhard\nbernice\nbernie\nberniece\nbernier\nberning\nbernita\nbernolak\nbernolakova\nberntsen\nberonico\nberran\nberre\nberrios\nberry\nberset\nbert\nberta\nbertaccini\nbertalan\nbertani\nbertelli\nbertelsen\nbertenbreiter\nbertha\nberthe\nberthoud\nberti\nbertille\nbertilo\nbertini\nberto\nbertold\nbertolda\nbertoldo\nbertolfo\nbertolini\nbertolussi\nbertram\nbertrand\nberva\nberxwedan\nberyl\nberzina\nberzins\nberzite\nberzits\nbesar\nbesentegin\nbeser\nbeserler\nbesikci\nbesim\nbesir\nbeso\nbesok\nbesra\nbessie\nbest\nbester\nbetancourt\nbetania\nbetemir\nbeth\nbethany\nbethel\nbethke\nbeti\nbetina\nbetschart\nbetsy\nbetta\nbette\nbetti\nbettie\nbettina\nbetty\nbettye\nbetz\nbeulah\nbeushausen\nbeutelspacher\nbeuve\nbeverly\nbevilacqua\nbevk\nbeya\nbeye\nbeyeler\nbeyer\nbeyizci\nbeyrek\nbeyrem\nbezdek\nbezdekova\nbezjak\nbezuidenhout\nbhaanumati\nbhaasvan\nbhaaswar\nbhadra\nbhadrak\nbhadraksh\nbhadran\nbhadresha\nbhagavaan\nbhagirathi\nbhagvan\nbhagwanti\nbhagwati\nbhamini\nbhana\nbhandari\nbhanumati\nbharadwaj\nbharat\nbhardwaj\nbhargava\nbhargavi\nbhasvan\nbhaswar\nbhat\nbhattacharya\nbhattarai\nbhattathiri\nbhaumik\nbhavani\nbhaves\nbheeshma\nbhekimuzi\nbhekizizwe\nbhekumbuso\nbhembe\nbhengani\nbhengu\nbhilangana\nbhima\nbhisham\nbhishma\nbhoj\nbhoopat\nbhoopati\nbhooshan\nbhooshit\nbhramar\nbhudev\nbhudeva\nbhupati\nbhupen\nbhushan\nbhushit\nbhuvanesh\nbhuvaneshwar\nbhuyeni\nbiagetti\nbiagi\nbiagini\nbiagio\nbianc\nbianca\nbiancheri\nbianchetti\nbianchi\nbianchini\nbianco\nbianka\nbiasci\nbiase\nbiba\nbibek\nbibi\nbibiana\nbibianna\nbibiano\nbiborka\nbicanin\nbiccari\nbice\nbicek\nbicekova\nbicer\nbich\nbichler\nbickel\nbicknell\nbidaud\nbideau\nbiedermann\nbiedrzynski\nbielak\nbielawski\nbielecki\nbieler\nbielert\nbielik\nbielikova\nbielski\nbienasch\nbienias\nbieniek\nbienkowski\nbieri\nbiernacki\nbiernat\nbiesenbach\nbigdeli\nbiggi\nbiglebauer\nbigna\nbijay\nbijl\nbikash\nbila\nbilal\nbildik\nbilek\nbilel\nbilen\nbilge\nbilgebayuncur\nbilgebeg\nbilgeciksin\nbilgekagan\nbilgekan\nbilgekulucur\nbilgekutluk\nbilgen\nbilgetacam\nbilgetardu\nbilgetegin\nbilgetonyukuk\nbilgez\nbilgic\nbilgin\nbilig\nbiligkongulsengun\nbilik\nbiljan\nbiljana\nbilkova\nbill\nbillie\nbilly\nbilogravic\nbilol\nbilolyev\nbilolyeva\nbilopavlovic\nbilski\nbilva\nbilwa\nbily\nbina\nbinafsha\nbinbegi\nbindi\nbindir\nbindo\nbineta\nbinh\nbini\nbino\nbinova\nbins\nbinta\nbintou\nbionaz\nbiondi\nbirane\nbirca\nbircakovic\nbircanin\nbirdie\nbirgit\nbirgita\nbirgitta\nbirgitte\nbirina\nbirinci\nbirino\nbirins\nbirjesh\nbirkemeyer\nbirlik\nbiro\nbirol\nbirtasevic\nbirzina\nbirzins\nbirzniece\nbirznieks\nbisconti\nbiseniece\nbisenieks\nbisenija\nbiserka\nbisgaard\nbishal\nbishnu\nbisio\nbiskicmerkas\nbisset\nbitca\nbiteye\nbittner\nbittnerova\nbivoj\nbivol\nbivolarevic\nbiyela\nbizetic\nbizjak\nbizumic\nbizzarri\nbjarne\nbjelanovic\nbjeletic\nbjelic\nbjelica\nbjelicic\nbjelinic\nbjelivuk\nbjelja\nbjeljac\nbjelkic\nbjelobaba\nbjelobrk\nbjeloglav\nbjelogrlic\nbjelojevic\nbjerke\nbjerregaard\nbjork\nbjorklund\nbjorn\nblacanin\nblaga\nblagica\nblagoje\nblaha\nblaho\nblahomil\nblahomila\nblahomir\nblahomira\nblahoslav\nblahoslava\nblahova\nblair\nblaise\nblake\nblanc\nblanca\nblanchard\nblanche\nblanckenberg\nblanco\nblanda\nblandine\nblanduzia\nblank\nblanka\nblaschek\nblaser\nblasi\nblasko\nblaskovic\nblassneck\nblatancic\nblatter\nblaua\nblaus\nblaz\nblazanovic\nblaze\nblazej\nblazek\nblazena\nblazer\nblazevic\nblazkova\nblecha\nblechova\nblekte\nbless\nblessing\nblick\nbloch\nblochwitz\nblock\nblockhaus\nblom\nblomqvist\nblum\nblume\nboadi\nboadu\nboahen\nboakye\nboas\nboaten\nboateng\nboaz\nbob\nboban\nbobana\nbobbi\nbobbie\nbobby\nbobek\nbober\nbobeta\nbobinac\nbobkova\nboboc\nbobur\nboburov\nboburova\nbocchi\nboccia\nbocek\nbochenek\nbocic\nbock\nbockai\nbockova\nbockovac\nbocokic\nboda\nbode\nbodea\nbodhan\nbodhi\nbodi\nbodian\nbodini\nbodiroga\nbodnar\nbodrug\nboduroglu\nboehm\nboer\nboet\nboffa\nboga\nbogac\nbogacuk\nbogan\nbogdan\nbogdana\nbogdashin\nbogde\nboge\nbogenrieder\nbogisavljevic\nbogisich\nboglarka\nbognar\nbogoljub\nbogoljubovic\nbogosavac\nbogu\nbogucki\nbogusz\nbohac\nbohacek\nbohackova\nbohacova\nbohdan\nbohdana\nbohemond\nbohge\nbohm\nbohmova\nbohuchval\nbohumil\nbohumila\nbohumir\nbohumira\nbohun\nbohuna\nbohus\nbohuse\nbohuslav\nbohuslava\nboi\nboico\nboirac\nbojan\nbojana\nboje\nbojislava\nbokanovic\nbokde\nboke\nbolat\nbolatito\nboldaz\nboldizsar\nbolemir\nbolen\nboleslav\nboleslava\nboleslavs\nbolf\nbolkovac\nbolle\nbolliger\nbolm\nbolmus\nbologna\nbolot\nbolsun\nbolta\nboltic\nbolukbas\nbolun\nbolunovic\nboluwatife\nbomestar\nbon\nbona\nbonagiunta\nbonaldo\nbonanni\nbonanno\nbonato\nbonaventura\nbonavita\nbonazzi\nboncuk\nbondare\nbondarenco\nbondars\nbonde\nbonderovic\nbondra\nbondrova\nbondzic\nbonek\nbonelli\nbonetti\nbong\nbonge\nbonginkosi\nbongiorno\nbongiovanni\nbongo\nbongul\nbongulboga\nboni\nbonifac\nboniface\nbonifacio\nbonifazi\nbonilla\nbonini\nbonis\nbonisch\nbonita\nbonito\nbonnet\nbonnie\nbono\nbonomi\nbonomo\nbonsra\nbonsu\nbora\nboran\nboratav\nborbala\nborbely\nborcanin\nborcul\nbordian\nbordoni\nborek\nborelli\nborer\nborge\nborgeaud\nborgeling\nborges\nborghi\nborgia\nborgschulze\nborilovic\nborincevic\nboris\nborisavljevic\nborislav\nborislava\nborivoj\nborivoje\nborjan\nbork\nborka\nborko\nborkovacki\nborkovic\nborkowski\nborlukcu\nbormann\nborna\nbornak\nborner\nbornscheuer\nboroka\nboros\nborovac\nborovicka\nborovickova\nborowiec\nborowski\nborrego\nborrelli\nborrmann\nbors\nborsch\nborta\nbortecine\nbortolin\nbortolo\nbortoluzzi\nbortot\nboru\nborubars\nboruschewski\nborusengun\nborut\nborys\nbos\nbosak\nbosakova\nbosanac\nbosancic\nboscaino\nbosch\nboschetti\nboschi\nbosco\nboscolo\nboshoff\nbosi\nbosiljcic\nbosiljka\nbosiljkic\nbosiljkovic\nboska\nbosko\nboskova\nbosler\nbosman\nbosnjakovicholik\nbossard\nbosshard\nbosson\nbossy\nbostan\nbota\nbotan\nbotello\nbotezatu\nbotha\nbotir\nbotiryev\nbotiryeva\nbotnari\nbotnaru\nbotond\nbotsford\nbotta\nbottner\nbouba\nboubacar\nboubou\nboucek\nbouchard\nboucher\nbouchra\nbouckova\nbouda\nboudova\nboulton\nbourcard\nbourgeois\nbourlet\nbourrouag\nbouschen\nbouska\nbouskova\nbouwes\nbove\nbovolenta\nbowie\nboxhammer\nboyan\nboyankulu\nboyd\nboyde\nboye\nboyer\nboyes\nboylabaga\nboylabagatarkan\nboylakutlutarkan\nboyle\nboz\nboza\nbozalo\nbozan\nbozanic\nbozanovic\nbozboru\nbozdogan\nbozdok\nbozdokov\nbozek\nbozena\nbozetech\nbozetecha\nbozic\nbozica\nbozicanin\nbozicic\nbozickovic\nbozidar\nbozidara\nbozislav\nbozkurt\nbozkus\nbozoglu\nbozok\nbozsik\nbozzi\nbozzo\nbrabcova\nbrabec\nbrabencova\nbrabenec\nbrad\nbrada\nbradac\nbradacova\nbraden\nbradford\nbradley\nbradly\nbradova\nbradtke\nbradut\nbradvic\nbrady\nbraeden\nbraga\nbrahaj\nbrahim\nbrahma\nbrahmaanand\nbrahmabrata\nbrahmanandam\nbrahmdev\nbraia\nbrain\nbrajan\nbrajen\nbrajendra\nbrajesh\nbrakus\nbram\nbrambilla\nbranca\nbrancaleone\nbranco\nbrand\nbrandenburg\nbrandi\nbrandis\nbrandli\nbrando\nbrandon\nbrandt\nbrandusa\nbrandy\nbrandyn\nbranimir\nbranimira\nbranislav\nbranislava\nbranka\nbrankica\nbranko\nbrannon\nbranson\nbrant\nbratina\nbratislav\nbratislava\nbratojevic\nbratonozic\nbratovic\nbratu\nbrauer\nbraulio\nbraun\nbraunova\nbrautigam\nbravo\nbraxton\nbrayan\nbrazda\nbrazdil\nbrazdilova\nbrazdova\nbreana\nbreanna\nbreanne\nbrecko\nbredenkamp\nbrehmer\nbreitenberg\nbreitenstein\nbrejcha\nbrejchova\nbrekke\nbremer\nbremser\nbrenda\nbrendan\nbrenden\nbrendon\nbrenke\nbrenkis\nbrenn\nbrenna\nbrennan\nbrenner\nbrennon\nbreno\nbrent\nbresciani\nbreskovic\nbressan\nbret\nbretislav\nbretislava\nbreton\nbrett\nbrettschneider\nbreu\nbreuer\nbrezancic\nbrezina\nbrezinova\nbreznik\nbrezo\nbrezovac\nbrezovnjacki\nbria\nbriac\nbrian\nbriana\nbrianne\nbriano\nbrice\nbridget\nbridgette\nbridie\nbriede\nbriedis\nbrielle\nbriesenick\nbrieuc\nbrigandi\nbrigida\nbrigita\nbrigito\nbrigitta\nbrigitte\nbrignone\nbrijesh\nbringmann\nbrinjak\nbrink\nbrinkmann\nbrinza\nbriones\nbrionna\nbrisa\nbriseno\nbrisuda\nbrit\nbrita\nbritney\nbrito\nbrits\nbritt\nbrittany\nbrix\nbriza\nbrizova\nbrizzi\nbrkanovic\nbrkic\nbrniclevada\nbrock\nbroda\nbroderick\nbrody\nbroek\nbroening\nbrogi\nbrogli\nbromfield\nbromme\nbronislav\nbronislava\nbronislavs\nbrook\nbrooke\nbrooklyn\nbrooks\nbrosch\nbrouwer\nbrown\nbroz\nbrozek\nbrozkova\nbrozova\nbruce\nbruckmann\nbruder\nbruen\nbrugger\nbruggmann\nbruhns\nbruijn\nbrumat\nbrun\nbruna\nbrune\nbrunehaut\nbrunehilde\nbrunelli\nbrunet\nbrunetti\nbrunhilda\nbruni\nbrunilde\nbrunkevica\nbrunkevics\nbrunner\nbruno\nbruns\nbruschi\nbruto\nbruun\nbruyn\nbruzzone\nbryan\nbryana\nbryant\nbryce\nbrycen\nbrychta\nbrychtova\nbrygida\nbryon\nbrzezinski\nbrzozowski\nbuac\nbuaca\nbubalo\nbubenik\nbubenikova\nbucalo\nbucalovic\nbucan\nbucanin\nbuccheri\nbucci\nbucek\nbuch\nbuchele\nbucher\nbuchholz\nbuchi\nbuchrucker\nbuchta\nbuchtova\nbuck\nbuckalovic\nbuckova\nbuckridge\nbucur\nbuczek\nbuczkowski\nbuczynski\nbud\nbuda\nbudag\nbudai\nbudak\nbuddha\nbuddhana\nbuddy\nbuder\nbudhil\nbudi\nbudiman\nbudimcic\nbudimir\nbudislav\nbudivoj\nbudiyanto\nbudreiko\nbudunlu\nbudus\nbudustudun\nbudzinski\nbudzynski\nbueno\nbuford\nbuga\nbugday\nbugduz\nbugduzemen\nbuge\nbugra\nbugrakarakagan\nbugu\nbugubilge\nbuhl\nbuhle\nbuhler\nbuhlmann\nbui\nbuile\nbuilis\nbujak\nbujor\nbukak\nbukaktutuk\nbukduz\nbuke\nbukebuyrac\nbukebuyruc\nbuker\nbukey\nbukola\nbukovska\nbukovsky\nbukowski\nbuktegin\nbukusboga\nbulacapan\nbulah\nbulaja\nbulak\nbulan\nbulat\nbulatovic\nbuldur\nbulent\nbulgak\nbulgarelli\nbuljat\nbuljin\nbuljubasic\nbuljugic\nbulmaz\nbulmus\nbulovan\nbulthuis\nbultmann\nbuluc\nbulug\nbuluk\nbulus\nbulut\nbumen\nbundgaard\nbunea\nbunescu\nbungener\nbunjes\nbunmi\nbunoza\nbunsuz\nbunul\nbunusevac\nbunyamin\nbuongiorno\nbuonomo\nburak\nburani\nburazer\nburazor\nburcak\nburckhardt\nburda\nburdette\nburdova\nburduja\nbure\nbures\nburesova\nburevic\nburger\nburghagen\nburgic\nburgio\nburgos\nburgucan\nburgut\nburhan\nburhon\nburhonov\nburhonova\nburian\nburianek\nburiankova\nburianova\nburkay\nburkek\nburkhard\nburkhardt\nburklein\nburkut\nburlacu\nburley\nburluk\nburmeister\nburnice\nburri\nburslan\nburuiana\nburuk\nburulday\nburulgu\nburunduk\nburzynski\nbusa\nbusak\nbusari\nbusayo\nbusch\nbuschbaum\nbuscher\nbusemann\nbusetincan\nbusisiwe\nbuslaver\nbuss\nbusse\nbussmann\nbustamante\nbuster\nbustos\nbusuioc\nbusulgan\nbutak\nbutarevic\nbutera\nbuthelezi\nbutnaru\nbutt\nbuttner\nbutuk\nbuu\nbuuren\nbuyan\nbuyancuk\nbuyandemir\nbuyankara\nbuyat\nbuyrac\nbuyruc\nbuyruk\nbuzac\nbuzactutuk\nbuzzi\nbyrd\nbyron\nbyrtus\nbyrtusova\nbystrik\ncaba\ncabaj\ncaballero\ncaban\ncabdar\ncabras\ncabrera\ncabro\ncabus\ncaccamo\ncaccavo\ncacciamani\ncacciapuoti\ncacciatore\ncace\ncada\ncade\ncaden\ncadena\ncadoni\ncadova\ncaesar\ncaetana\ncafer\ncaforio\ncagak\ncagan\ncagatay\ncagdas\ncager\ncaggiano\ncagla\ncaglar\ncaglayan\ncagru\ncaha\ncahid\ncahova\ncahya\ncahyadi\ncahyanto\ncahyo\ncahyono\ncaiazza\ncaiazzo\ncaillat\ncailler\ncaino\ncaio\ncaitlin\ncaitlyn\ncaius\ncajka\ncajko\ncajner\ncajzler\ncaket\ncakrabirawa\ncakrabuana\ncakrajiya\ncakrawala\ncakrawangsa\ncalabrese\ncalabria\ncalabro\ncalafiore\ncalame\ncalandro\ncalanico\ncalapkulu\ncalcedonio\ncaldera\ncalderon\ncale\ncaleb\ncalebe\ncaleigh\ncaleta\ncali\ncalifano\ncalin\ncalina\ncalista\ncalite\ncalitis\ncalixte\ncallegari\ncallie\ncalligaris\ncallisto\ncallum\ncalo\ncalogera\ncalogero\ncalpurnia\ncalvillo\ncalvin\ncam\ncamacho\ncamagic\ncamara\ncamarillo\ncamden\ncamdzic\ncamelia\ncamelien\ncameron\ncamil\ncamila\ncamilia\ncamilla\ncamille\ncamilli\ncamillien\ncamillo\ncammarata\ncammisa\ncampagna\ncampana\ncampanella\ncampanile\ncampanini\ncampbell\ncampisi\ncampo\ncampoli\ncampos\ncampus\ncamren\ncamron\ncamryn\ncamylle\ncan\ncana\ncanaki\ncanale\ncanales\ncanalp\ncancar\ncancelliere\ncancellieri\ncandace\ncandan\ncandar\ncandela\ncandelaria\ncandelario\ncandice\ncandida\ncandide\ncandido\ncandra\ncandrakanta\ncandrlic\ncanel\ncanepa\ncaner\ncangiano\ncangul\ncanh\ncanino\ncanjko\ncankan\ncankar\ncannas\ncannata\ncannella\ncannone\ncannur\ncano\ncanova\ncansel\ncansu\ncantagallo\ncantemir\ncantidio\ncantoni\ncantu\ncanu\ncanziano\ncao\ncap\ncapa\ncapannolo\ncapanoglu\ncapasso\ncapatina\ncapecchi\ncapek\ncapelli\ncapitani\ncapitolina\ncapizzi\ncapkova\ncapkovic\ncapkovicova\ncapkunovic\ncaplovic\ncaplovicova\ncapoccia\ncapocotta\ncapogna\ncapone\ncaporaso\ncapova\ncappai\ncappelletti\ncappelli\ncappello\ncappiello\ncapponi\ncapraro\ncapriotti\ncaprnjic\ncapuano\ncapucine\ncaputo\ncara\ncaraballo\ncaracciolo\ncaradonna\ncaraka\ncaraman\ncarapic\ncarapina\ncaraus\ncaravesa\ncarbajal\ncarbon\ncarbone\ncarboni\ncardella\ncardenas\ncardia\ncardinale\ncardinali\ncardini\ncardona\ncardone\ncardoso\ncare\ncareddu\ncarella\ncaretti\ncarey\ncaribert\ncaric\ncaricari\ncaridad\ncarina\ncarine\ncarini\ncarissa\ncarl\ncarla\ncarlee\ncarles\ncarleton\ncarletti\ncarley\ncarli\ncarlie\ncarlijn\ncarlini\ncarlino\ncarlo\ncarloman\ncarloni\ncarlos\ncarlota\ncarloto\ncarlotta\ncarlotti\ncarlowitz\ncarlsen\ncarlsohn\ncarlton\ncarlucci\ncarmel\ncarmela\ncarmella\ncarmelo\ncarmen\ncarmina\ncarminati\ncarmine\ncarminho\ncarmo\ncarmona\ncarna\ncarneiro\ncarnevale\ncarnic\ncarnogurska\ncarnogursky\ncarnovale\ncarol\ncarola\ncarolanne\ncarole\ncarolin\ncarolina\ncaroline\ncarolis\ncarollo\ncarolyn\ncarolyne\ncaron\ncaronte\ncarosi\ncarovic\ncarp\ncarpentier\ncarponio\ncarranza\ncarrara\ncarraro\ncarrasco\ncarrasquillo\ncarre\ncarreon\ncarrera\ncarrero\ncarrie\ncarrieri\ncarriero\ncarrillo\ncarrion\ncarroll\ncarrozza\ncarrozzo\ncarrus\ncarson\ncarstens\ncart\ncarta\ncarter\ncartl\ncartwright\ncarub\ncaruso\ncarvajal\ncarvalho\ncarvelli\ncary\ncas\ncasadei\ncasadio\ncasagrande\ncasale\ncasali\ncasandra\ncasano\ncasanova\ncasares\ncasarez\ncasas\ncasavecchia\ncascio\ncascone\ncasella\ncaselli\ncaserta\ncasey\ncasian\ncasiana\ncasilda\ncasillas\ncasimer\ncasimir\ncasimira\ncasimiro\ncasini\ncaslav\ncasolaro\ncaspar\ncaspari\ncasper\ncaspers\ncassandra\ncassandre\ncassano\ncassiano\ncassidy\ncassie\ncassien\ncassim\ncassin\ncassio\ncassiopea\ncassiopee\ncastagna\ncastaldi\ncastaldo\ncastaneda\ncastellana\ncastellani\ncastellano\ncastellanos\ncastelli\ncastelyn\ncastens\ncastiello\ncastiglioni\ncastille\ncastillo\ncasto\ncastro\ncasu\ncasula\ncat\ncatalano\ncatalbas\ncataldi\ncataldo\ncataleya\ncatalin\ncatalina\ncatalinac\ncatana\ncatania\ncatanzaro\ncatarina\ncatarsi\ncatellani\ncatena\ncaterina\ncaterino\ncatharina\ncatharine\ncatherine\ncathrine\ncathryn\ncathy\ncatic\ncatinca\ncato\ncatrin\ncatrina\ncatrinel\ncattaneo\ncattani\ncatullo\ncatur\ncaturangga\ncaua\ncauna\ncaune\ncavalic\ncavaliere\ncavalieri\ncavaljuga\ncavallari\ncavallaro\ncavalli\ncavallini\ncavallo\ncavazos\ncavdarevic\ncavic\ncavid\ncavlina\ncavriani\ncawisadi\ncawisono\ncawuk\ncayadi\ncayla\ncazac\ncazacu\ncazares\ncazimir\nceasar\nceballos\nceban\ncebanu\ncebe\ncebekhulu\ncebotari\ncebula\nceca\ncecan\nceccarelli\nceccarini\ncecchetti\ncecchi\ncecchini\ncecco\ncecelia\ncecep\ncecere\ncech\ncechova\ncecil\ncecile\ncecilia\ncecilie\ncecilio\ncecylia\ncecyliusz\ncederblad\ncedillo\ncedomir\ncedric\ncedrick\ncedrik\ncedrin\ncehmajster\nceja\ncejka\ncejkova\ncelal\ncelaleddin\ncelano\ncelar\ncelasun\ncele\ncelebija\ncelen\ncelentano\nceleste\ncelestin\ncelestina\ncelestine\ncelestino\ncelestyn\ncelestyna\nceli\ncelia\ncelian\ncelie\ncelien\ncelik\ncelil\ncelina\nceline\ncelinia\ncelli\ncellini\ncelma\ncelmina\ncelmins\ncelms\ncelso\ncem\ncemal\ncemali\ncemani\ncemen\ncemeti\ncemgen\ncemil\ncemplunk\ncenan\ncene\ncenek\ncengija\ncengkal\ncengkir\ncenk\ncenka\ncenni\ncenteno\ncentofanti\ncepeda\ncerar\ncerasela\ncerda\nceren\ncerise\ncerkasin\ncermak\ncermakova\ncerna\ncerne\ncernei\ncernik\ncernikova\ncernoch\ncernochova\ncernohorska\ncernohorsky\ncerny\ncerrani\ncerrato\ncerri\ncerullo\ncerutti\ncervantes\ncervantez\ncervena\ncervenak\ncervenakova\ncervenka\ncervenkova\ncerveny\ncervinka\ncervinkova\ncesaire\ncesar\ncesare\ncesaretti\ncesario\ncesminaz\ncestmir\ncestmira\ncetin\ncetinel\ncetiner\ncevahir\ncevat\ncevik\nceyda\nceyhun\nceykun\nceyla\nceylan\nceylin\nceylinaz\ncezar\ncezara\ncezary\ncezmi\nchaanakya\nchaaruchandra\nchacon\nchad\nchadd\nchadrick\nchahine\nchahinez\nchai\nchaim\nchaima\nchaitan\nchakor\nchakradhar\nchakravartee\nchakravarti\nchakrika\nchaloupka\nchaloupkova\nchalupa\nchalupka\nchalupkova\nchalupova\nchamplin\nchan\nchanakya\nchance\nchanda\nchandak\nchandan\nchandani\nchandi\nchandini\nchandira\nchandler\nchandni\nchandra\nchandraayan\nchandrabhaga\nchandrabhan\nchandradev\nchandrakala\nchandraketu\nchandrakin\nchandramani\nchandramauli\nchandramohan\nchandran\nchandranath\nchandrani\nchandraprabha\nchandraswaroopa\nchandravati\nchanel\nchanelle\nchang\nchanh\nchantal\nchapa\nchapal\nchapala\nchappuis\nchapron\nchapuis\nchapuisat\ncharak\ncharity\ncharl\ncharlaine\ncharleen\ncharlemagne\ncharlene\ncharles\ncharley\ncharli\ncharlie\ncharline\ncharlize\ncharlotta\ncharlotte\ncharly\ncharpentier\ncharuchandra\ncharumati\ncharuvrat\ncharvat\ncharvatova\ncharvi\nchase\nchasity\nchassot\nchaten\nchattopadhyay\nchatur\nchatura\nchaturaanan\nchaturbhuj\nchaturvedi\nchau\nchauncey\nchavarria\nchavez\nchaya\nchayenne\nchayma\nchaz\nche\ncheick\ncheikh\ncheikhou\nchekhouna\nchelsea\nchelsey\nchelsie\nchen\ncheng\ncherchi\ncherechi\ncherif\ncherubini\ncherubino\ncheryl\nchesley\nchessa\nchessari\nchester\nchet\nchetan\nchetanaanand\nchettri\nchetty\ncheuk\ncheung\nchevalier\ncheyanne\ncheyenne\nchi\nchiacchio\nchiaffredo\nchiamaka\nchianese\nchiara\nchiaravalle\nchiavacci\nchibike\nchibuike\nchicu\nchidaakaash\nchidaatma\nchidambar\nchidambaram\nchidananda\nchidinma\nchidozie\nchien\nchieu\nchihai\nchila\nchildebert\nchiliza\nchilperic\nchimamanda\nchimenti\nchinedu\nchinh\nchinmayanand\nchinmayananda\nchinyere\nchiodi\nchira\nchiranjeev\nchiranjeeve\nchiriac\nchirico\nchiril\nchirila\nchirill\nchirilov\nchirine\nchirita\nchis\nchisom\nchitraksh\nchitrali\nchitramala\nchitrangada\nchiu\nchivu\nchizoba\nchladek\nchladkova\nchloe\nchlup\nchlupova\nchmelar\nchmelarova\nchmelik\nchmelikova\nchmiel\nchmielewski\nchmura\ncho\nchoi\nchojnacki\nchojnowski\ncholewa\nchollet\nchong\nchopard\nchopra\nchoquart\nchovancova\nchovanec\nchow\nchoy\nchrabros\nchraniboj\nchranibor\nchranislav\nchranislava\nchretien\nchris\nchrist\nchrista\nchristaller\nchristelle\nchristen\nchristensen\nchrister\nchristiaan\nchristian\nchristiana\nchristiane\nchristiano\nchristiansen\nchristie\nchristin\nchristina\nchristine\nchristodule\nchristoffer\nchristop\nchristoph\nchristophe\nchristopher\nchristy\nchroma\nchromy\nchrudos\nchrysole\nchrysostome\nchrzanowski\nchu\nchuan\nchudik\nchudikova\nchudoba\nchudobova\nchudzik\nchui\nchuit\nchukwu\nchung\nchuong\nchuyen\nchval\nchvatal\nchvatalova\nchvojka\nchvojkova\nchyna\nchytil\nchytilova\nciaccio\nciacio\nciampa\ncianci\nciani\nciaobella\nciara\nciavarella\ncibotari\ncibula\ncibulka\ncibulkova\ncibulova\ncicala\ncicatiello\nciccarelli\ncicchetti\ncicco\nciccone\ncicek\ncicem\ncicero\ncichocki\ncichon\ncichy\ncici\ncicmak\ncielo\ncierna\ncierny\ncierpinski\ncierra\nciesielski\nciesla\ncieslak\ncieslik\ncifarelli\ncigdem\nciger\ncigerova\ncigoj\ncihad\ncihak\ncihakova\ncihan\ncihangir\ncihansah\ncihlar\ncihlarova\ncikota\ncilay\ncilenti\nciler\ncilikan\ncilli\ncilliers\ncilvenaz\ncimbaljevic\ncimen\ncimerman\ncimesa\ncimmino\ncincurak\ncindy\ncinelli\ncingolani\ncini\ncino\ncinta\ncinthia\ncintron\ncinzia\ncioban\nciobanu\nciocan\nciocco\ncioffi\ncioni\nciorba\nciornii\nciotola\nciotti\ncipanj\ncipolla\ncipollaro\ncipolletta\nciprian\ncipriana\ncipriani\ncipriano\ncirano\ncirelli\nciriaco\nciril\ncirilla\ncirillo\ncirino\nciro\ncirule\ncirulis\ncisar\ncisarova\ncise\ncisem\ncisil\ncisneros\nciss\ncisse\ncissokho\ncistoslav\ncistoslava\nciszewski\ncitlalli\ncitra\ncitro\ncittadino\nciubotaru\nciuffetelli\nciuffreda\nciulla\nciumac\ncivan\nciwan\nciya\ncizek\ncizkova\ncizmar\nclaas\nclaasen\nclaes\nclaesson\nclaeys\nclair\nclaire\nclara\nclarabelle\nclare\nclarence\nclarenzio\nclarisa\nclarissa\nclarisse\nclarius\nclark\nclarke\nclaud\nclaude\nclaudia\nclaudie\nclaudien\nclaudine\nclaudio\nclaudiu\nclaus\nclausen\nclavdia\nclay\nclayton\nclea\ncleandre\ncleandro\ncleem\nclelia\nclelie\nclemence\nclemens\nclement\nclemente\nclementina\nclementine\nclemenzia\nclemmie\ncleo\ncleofe\ncleonico\ncleopatra\ncleophee\ncleora\nclerc\nclery\ncleta\ncletus\ncleve\ncleveland\nclifford\nclifton\nclimaco\nclinio\nclint\nclinton\nclio\nclodomiro\nclodoveo\ncloe\ncloete\ncloos\nclorinda\nclotaire\nclothilde\nclotilde\nclottu\nclovis\ncloyd\nclyde\ncobanovic\ncobrda\ncobrdova\ncobulmak\ncoby\ncoccia\ncocco\ncoco\ncocukboru\ncodin\ncodreanu\ncodrin\ncodrina\ncodrut\ncodruta\ncody\ncoelho\ncoen\ncoinchon\ncointa\ncojocari\ncojocaru\ncojuhari\ncokan\ncokov\ncokramayul\ncol\ncola\ncolak\ncolakovic\ncolangelo\ncolanic\ncolantuono\ncolaric\ncolby\ncole\ncolella\ncoleman\ncolesnic\ncoletta\ncolette\ncolin\ncolina\ncoline\ncolins\ncollado\ncollazo\ncolleen\ncollet\ncollien\ncollier\ncollin\ncollins\ncolman\ncolmanno\ncolmazio\ncolomba\ncolombano\ncolombe\ncolombo\ncolon\ncolonna\ncolpan\ncolt\ncolten\ncolton\ncolu\ncolucci\ncolumbus\ncolunga\ncoly\ncoman\ncome\ncomfort\ncomito\ncomo\nconcas\nconceicao\nconcepcion\nconception\nconcetta\nconcetto\nconchita\nconcordio\ncondrea\nconforti\ncong\ncongiu\nconiglio\nconka\nconkova\nconn\nconnell\nconnelly\nconner\nconnie\nconnolly\nconnor\nconor\nconrad\nconroy\nconsidine\nconsiglio\nconsolata\nconstanca\nconstance\nconstant\nconstanta\nconstantia\nconstantin\nconstantina\nconstantinescu\nconstantinov\nconstatin\nconsuela\nconsuelo\ncont\nconte\nconti\ncontini\ncontreras\ncontu\ncook\ncooper\ncoppola\ncora\ncorak\ncoralia\ncoralie\ncoraline\ncorazza\ncorbin\ncorbiniano\ncorboz\ncordelia\ncordell\ncordero\ncordes\ncordia\ncordie\ncordioli\ncordova\ncorekci\ncorene\ncoreno\ncorentin\ncorentine\ncoretti\ncorey\ncorina\ncorine\ncorinna\ncorinne\ncoriolano\ncorkery\ncormier\ncornea\ncornejo\ncornel\ncornelia\ncornelio\ncornelis\ncornelissen\ncorneliu\ncornelius\ncornell\ncornelsen\ncorona\ncoronado\ncoronato\ncorradi\ncorradini\ncorrado\ncorral\ncorrales\ncorrao\ncorrea\ncorreale\ncorreia\ncorret\ncorridori\ncorrine\ncors\ncorsi\ncorsini\ncorso\ncorsten\ncorte\ncortes\ncortese\ncortesi\ncortez\ncorti\ncortinovis\ncortney\ncorto\ncorvin\ncorwin\ncory\ncosentino\ncosima\ncosimo\ncoskun\ncoskuner\ncoslovich\ncosma\ncosmin\ncosmina\ncossu\ncosta\ncostache\ncostante\ncostantin\ncostantini\ncostantino\ncostanza\ncostanzo\ncostea\ncostel\ncostin\ncotorobai\ncotruta\ncotthardt\ncottier\ncotto\ncottone\ncoty\ncoufal\ncoufalova\ncoulibaly\ncoulon\ncoumba\ncourten\ncourtney\ncousin\ncovaci\ncovalciuc\ncovalenco\ncovali\ncovarrubias\ncoviello\ncox\ncoy\ncozma\ncozzani\ncozzi\ncozzolino\ncraciun\ncraig\ncrawford\ncrea\ncreciun\ncremenzio\ncremin\ncremona\ncremonesi\ncrenguta\ncreola\ncrepaldi\ncrescente\ncrescenzi\ncrescenzia\ncrescenzio\ncresnik\ncrespi\ncrespignano\ncrespo\ncretu\ncrevatin\ncrews\ncrimi\ncrin\ncrina\ncrippa\ncrisafulli\ncrisan\ncriscenti\ncrisci\ncriscione\ncrispino\ncrist\ncristal\ncristaldo\ncristea\ncristescu\ncristian\ncristiana\ncristiano\ncristin\ncristina\ncristobal\ncristofaro\ncristofor\ncristoforo\ncristopher\ncritelli\ncrnogaj\ncroce\ncrocefissa\ncrocefisso\ncroitor\ncroitoru\ncrona\ncronida\ncronin\ncronjager\ncronnje\ncrooks\ncrosskofp\ncruciani\ncruciata\ncrudu\ncruickshank\ncruz\ncrystal\ncrystel\ncsaba\ncsanad\ncsapo\ncseh\ncsenge\ncsongor\ncsonka\ncsordas\nctibor\nctibora\nctirad\nctirada\nctislav\nctislava\ncubeyr\ncuc\ncucchiara\ncucciniello\ncuche\ncucos\ncucu\ncudara\ncudars\ncudina\ncuellar\ncujba\ncukalac\ncukalovic\ncukic\ncukovic\ncukteras\nculibrk\ncullen\ncullinan\ncumhur\ncummerata\ncummings\ncunegonda\ncuneyt\ncung\ncunha\ncuniberto\ncuomo\ncuong\ncupido\ncurci\ncurcio\ncurda\ncurdova\ncuriel\ncurreli\ncurt\ncurtis\ncusimano\ncuslovic\ncusnir\ncusumano\ncuzia\ncuzzocrea\ncvagic\ncvetka\ncvetkovic\ncvetljanin\ncvetojevic\ncvetuljski\ncvijan\ncvijancevic\ncvijanovic\ncvijetic\ncvijetin\ncvijetinovic\ncvijic\ncvjeticanin\ncybulski\ncydney\ncygan\ncynthia\ncyntie\ncyprian\ncyprich\ncyprichova\ncyprien\ncyra\ncyrian\ncyriaque\ncyrielle\ncyril\ncyrila\ncyrille\ncyrine\ncyrus\ncyryl\nczaja\nczajka\nczajkowski\nczapla\nczarnecki\nczech\nczechowski\nczekaj\nczerniak\nczersky\nczerwinski\nczyz\nczyzewski\ndaako\ndaan\ndaantje\ndabcevic\ndabek\ndabic\ndabija\ndabiziv\ndabizljevic\ndabkowski\ndabnjak\ndabo\ndabovic\ndabrowski\ndach\ndachert\ndacian\ndaciana\ndaciano\ndacin\ndacio\ndackovic\ndacovic\ndada\ndadap\ndadi\ndadic\ndado\ndadova\ndaevi\ndaevika\ndafina\ndafne\ndafunic\ndag\ndagdas\ndagel\ndaghan\ndaglaroglu\ndagmar\ndagmara\ndagoberto\ndagovic\ndags\ndahl\ndahlberg\ndahlia\ndahm\ndahmen\ndaiana\ndaidone\ndaija\ndaimer\ndainuvite\ndaisevic\ndaisha\ndaisy\ndaiwik\ndajana\ndajic\ndajlic\ndakickozic\ndakota\ndaksha\ndakshayani\ndal\ndale\ndaley\ndalgaard\ndalia\ndalibor\ndalibora\ndaliborka\ndalida\ndalie\ndalila\ndalima\ndaliman\ndalimil\ndalimila\ndalimin\ndalimir\ndalimira\ndaliono\ndalla\ndallas\ndalleaste\ndallenbach\ndallin\ndalmasso\ndalmazio\ndalton\ndam\ndamanik\ndamar\ndamaris\ndamaske\ndamaso\ndamayanti\ndame\ndameon\ndamian\ndamiana\ndamiani\ndamiano\ndamico\ndamien\ndamife\ndamil\ndamilare\ndamilola\ndamin\ndamion\ndamir\ndamjan\ndamjanka\ndamla\ndamljanovic\ndamm\ndamocle\ndamodara\ndamola\ndamon\ndamu\ndan\ndana\ndanae\ndanang\ndanciu\ndandak\ndandapaani\ndandre\ndane\ndanek\ndanenhauer\ndangelo\ndanh\ndani\ndania\ndanial\ndanica\ndaniel\ndaniela\ndaniele\ndaniella\ndanielle\ndanielo\ndaniels\ndanielsen\ndanielsone\ndanielsons\ndanielsson\ndaniil\ndanijel\ndanijela\ndanika\ndanil\ndanila\ndanilo\ndanilova\ndanio\ndanique\ndanis\ndanisova\ndaniswara\ndanjuma\ndanka\ndanko\ndankova\ndanneberg\ndanner\ndannie\ndanny\ndano\ndanova\ndanso\ndante\ndanu\ndanuja\ndanuse\ndanuta\ndany\ndanyka\ndanyl\ndao\ndaouda\ndaphne\ndaphnee\ndaphney\ndara\ndarasimi\ndarazac\ndarby\ndarcy\ndare\ndarek\ndaren\ndaria\ndarian\ndariana\ndariati\ndarie\ndarien\ndarii\ndarija\ndarijan\ndarimin\ndarin\ndarina\ndarine\ndarinka\ndario\ndarion\ndaris\ndarius\ndariusz\ndarja\ndarko\ndarla\ndarleen\ndarlene\ndarmaji\ndarman\ndarmana\ndarmanto\ndarmawan\ndarnell\ndarojat\ndaron\ndarrel\ndarrell\ndarren\ndarrick\ndarrin\ndarrion\ndarron\ndarryl\ndarshan\ndarshwana\ndarsirah\ndarta\ndarteh\ndartey\ndartono\ndaru\ndaruna\ndarwin\ndaryani\ndaryl\ndasa\ndascalu\ndashawn\ndasia\ndasic\ndatkovic\ndatta\ndattilo\ndaub\ndaubner\ndaudrich\ndauer\ndaugherty\ndaum\ndauth\ndautzenberg\ndave\ndaver\ndavey\ndavi\ndavid\ndavida\ndavide\ndavidova\ndavidovic\ndavidovicamic\ndavids\ndavidsen\ndavies\ndavila\ndavin\ndavina\ndavino\ndavion\ndavis\ndavoli\ndavon\ndavonte\ndavor\ndavorin\ndavriya\ndavron\ndavronov\ndavronova\ndavud\ndavy\ndawid\ndawn\ndawson\ndax\ndayaamay\ndayaananda\ndayaanidhi\ndayamayee\ndayan\ndayana\ndayane\ndayna\ndayne\ndayton\ndea\ndeak\ndean\ndeane\ndeangelo\ndeanna\ndeb\ndebbie\ndebeljak\ndebenjak\ndebnar\ndebnarova\ndebora\ndeborah\ndebowski\ndebra\ndebski\ndec\ndecebal\ndecimo\ndecker\ndeckert\ndeckow\ndeclan\ndeclerck\ndeclercq\ndecock\ndecoster\ndedejic\ndedek\ndedijer\ndedkova\ndedric\ndedrick\ndee\ndeeksha\ndeen\ndeenabandhu\ndeepali\ndeepan\ndeepankar\ndeependra\ndeepesh\ndeepika\ndeeptanshu\ndeeptendu\ndeeptiman\ndeeptimay\ndeeptimayee\ndeeptimoy\ndeeptimoyee\ndeerberg\ndeevakar\ndefne\ndegano\ndege\ndegis\ndegna\ndegrassi\ndehmel\ndeiana\ndeion\ndej\ndeja\ndejah\ndejan\ndejana\ndejanovic\ndejon\ndejova\ndejuan\ndekany\ndekker\ndekys\ndekysova\ndel\ndelacruz\ndelafuente\ndelagarza\ndelal\ndelalic\ndelaney\ndelao\ndelapaz\ndelarosa\ndelatorre\ndelazy\ndelbert\ndeleon\ndelfina\ndelfino\ndelgadillo\ndelgado\ndelia\ndelie\ndelilah\ndelinda\ndelizia\ndell\ndella\ndelle\ndelmer\ndelogu\ndelonge\ndelores\ndelpha\ndelphia\ndelphin\ndelphine\ndelrio\ndelta\ndelvalle\ndemarco\ndemarcus\ndemario\ndemba\ndembele\ndeme\ndemet\ndemeter\ndemetra\ndemetria\ndemetrio\ndemetris\ndemetrius\ndemetriusz\ndemetrova\ndemi\ndemilade\ndemir\ndemiralp\ndemirbas\ndemirel\ndemirhan\ndemocrito\ndemond\ndemontis\ndemostene\ndemurtas\ndemut\nden\ndena\ndenaro\ndenesik\ndeneval\ndengler\ndenis\ndenisa\ndenise\ndenisz\ndeniz\ndenizalp\ndenkel\ndenner\ndennis\ndenny\ndenti\ndenzinger\ndenzler\ndeodata\ndeodato\ndeon\ndeondre\ndeontae\ndeonte\ndepold\nder\ndera\ndereck\nderek\nderick\nderin\nderiu\nderon\nderr\nderrick\ndersim\ndertmann\ndervis\nderya\ndesai\ndesanka\ndeschamps\ndesdemona\ndeshaun\ndeshawn\ndeshpande\ndesiderata\ndesiderato\ndesiderio\ndesimir\ndesire\ndesiree\ndesmet\ndesmond\ndesogus\ndespina\ndessie\ndestan\ndestany\ndeste\ndestin\ndestinee\ndestiney\ndestini\ndestiny\ndestro\ndethloff\ndetmar\ndetrich\ndeuschle\ndev\ndevadatt\ndevagya\ndevajyoti\ndevak\ndevald\ndevan\ndevangana\ndevani\ndevante\ndevar\ndevasree\ndevcickatic\ndevdan\ndevedzic\ndeven\ndeventer\ndevesh\ndeveshwar\ndevetak\ndevi\ndevika\ndevin\ndevkota\ndevon\ndevonte\ndevos\ndevota\ndevran\ndevrnja\ndevvrat\ndevyn\ndewayne\ndewey\ndewi\ndewilde\ndewitt\ndex\ndexter\ndexx\ndezider\ndhaanyalakshmi\ndhakal\ndhana\ndhanadeepa\ndhanalakshmi\ndhananjay\ndhanapati\ndhanesh\ndhanpati\ndhanu\ndhanvin\ndhara\ndharani\ndharitri\ndharmaketu\ndhatri\ndhawan\ndhlamini\ndhlomo\ndhruv\ndhyanesh\ndhyaneshwar\ndia\ndiaby\ndiack\ndiaconescu\ndiaconu\ndiagne\ndiah\ndiakhate\ndiallo\ndiamanka\ndiamante\ndiamanti\ndiamond\ndian\ndiana\ndiane\ndianna\ndianne\ndianora\ndiao\ndiar\ndiara\ndiarra\ndiatta\ndiattara\ndiaw\ndiawara\ndiaz\ndibbert\ndickens\ndicki\ndickinson\ndicle\ndiclehan\ndida\ndidem\ndidier\ndidimo\ndidina\ndieckmann\ndiede\ndiedhiou\ndiedrich\ndiego\ndieke\ndiekmann\ndiem\ndieme\ndien\ndiene\ndienel\ndieng\ndiep\ndies\ndieter\ndietrich\ndietsche\ndietz\ndietzsch\ndieu\ndieudonne\ndieudonnee\ndieye\ndieynaba\ndiezel\ndigambar\ndigambara\ndigdaya\ndijana\ndijk\ndijkstra\ndikmen\ndiksha\ndilafruz\ndilan\ndilara\ndilaver\ndilay\ndilbar\ndilber\ndilberay\ndildar\ndildora\ndilek\ndiler\ndiletta\ndilfuza\ndilhan\ndilla\ndillan\ndillon\ndilmurod\ndilmurodyev\ndilmurodyeva\ndilnoza\ndilorom\ndilovan\ndilrabo\ndilruba\ndima\ndimas\ndimaz\ndimcevic\ndimcic\ndimic\ndimitri\ndimitric\ndimitrii\ndimitrij\ndimitrije\ndimitrijevic\ndimitrina\ndimitrovski\ndimkic\ndimkovic\ndimnjasevic\ndimovic\ndimsic\ndina\ndinakar\ndinc\ndinca\ndincer\ndinda\ndinesh\ndingarac\ndingelstedt\ndingiswayo\ndinh\ndini\ndinis\ndinkar\ndino\ndinu\ndio\ndiocleziano\ndiodata\ndiodoro\ndiogene\ndiogo\ndiome\ndiomede\ndion\ndione\ndiongue\ndionigi\ndionisi\ndionisia\ndionisio\ndionizy\ndionyz\ndionyzos\ndiop\ndior\ndiouf\ndioum\ndipa\ndipali\ndipankar\ndipendra\ndipesh\ndippenaar\ndippl\ndiptendu\ndirenc\ndirgantara\ndiri\ndirike\ndirikis\ndirja\ndirk\ndirksen\ndiroj\ndirok\ndistefano\ndita\nditte\ndittmann\ndittmar\ndittmer\ndittrich\ndittrichova\nditya\ndivaakar\ndivakar\ndivald\ndivine\ndivis\ndiviska\ndivisova\ndivjot\ndivna\ndivo\ndivya\ndix\ndixie\ndixon\ndiyor\ndiyora\ndiyorov\ndiyorova\ndizanov\ndizdar\ndizik\ndjak\ndjayden\ndjeneba\ndjenna\ndjetka\ndjibril\ndjitte\ndjokoto\ndjurasek\ndlamini\ndlouha\ndlouhy\ndluhos\ndmitri\ndmitrii\ndoanh\ndobaj\ndobbrunz\ndobel\ndobes\ndobesova\ndobias\ndobiasova\ndobler\ndobosz\ndobrava\ndobre\ndobrescu\ndobrila\ndobrilovic\ndobrinkovic\ndobromil\ndobromila\ndobromir\ndobromira\ndobrosavljevic\ndobroslav\ndobroslava\ndobrovolna\ndobrovolny\ndobrowolski\ndobrzynski\ndocekal\ndocekalova\ndochia\ndock\ndockal\ndockalova\ndocolomanska\ndocolomansky\ndoda\ndodaro\ndodato\ndodo\ndodon\ndogan\ndoganay\ndoganer\ndogaru\ndogu\ndoherty\ndohnal\ndohnalova\ndohring\ndoina\ndoinita\ndokonal\ndokoupil\ndokoupilova\ndokoza\ndolacek\ndolce\ndolch\ndolci\ndold\ndolecek\ndoleckova\ndolejs\ndolejsi\ndolejsova\ndolezal\ndolezalova\ndolezel\ndolezelova\ndolinar\ndolly\ndolnicar\ndolores\ndolovic\ndolunay\ndomagoj\ndomanovic\ndomanski\ndomazet\ndombrovska\ndombrovskis\ndombrowski\ndomen\ndomenic\ndomenica\ndomenick\ndomenico\ndomenik\ndomezio\ndomingo\ndomingues\ndominguez\ndominiak\ndominic\ndominici\ndominick\ndominik\ndominika\ndominique\ndominquez\ndomisevac\ndomitille\ndomiziano\ndomjan\ndomljan\ndomnica\ndon\ndona\ndonald\ndonalda\ndonaldo\ndonat\ndonata\ndonatella\ndonatello\ndonati\ndonato\ndonavon\ndoncic\ndonda\ndondu\ndondur\ndonevic\ndongen\ndongol\ndonica\ndonie\ndonka\ndonkor\ndonna\ndonnell\ndonnelly\ndonnie\ndonny\ndono\ndooley\ndoorn\ndopsa\ndor\ndora\ndorana\ndorcas\ndoreen\ndorel\ndoria\ndorian\ndoriana\ndoriane\ndoriano\ndoric\ndorica\ndorin\ndorina\ndorine\ndorinel\ndoring\ndoris\ndorit\ndorka\ndorli\ndorner\ndornik\ndoro\ndoronjski\ndorontic\ndoronzo\ndorota\ndorotea\ndoroteja\ndoroteo\ndorothea\ndorothee\ndorothy\ndorottya\ndorre\ndorris\ndortha\ndorthe\ndorthy\ndoru\ndoskocil\ndoskocilova\ndoskoczynski\ndostal\ndostalova\ndoubek\ndoubkova\ndoubrava\ndoubravka\ndoubravova\ndouce\ndoug\ndouglas\ndounia\ndousa\ndousova\ndouwe\ndov\ndovie\ndovud\ndovudov\ndovudova\ndower\ndoyinsola\ndoyle\ndoza\ndrabek\ndrabik\ndrabkova\ndrac\ndracic\ndraga\ndragan\ndragana\ndraganovic\ndraghici\ndragic\ndragica\ndragin\ndraginja\ndragisa\ndrago\ndragoi\ndragoje\ndragojlo\ndragojlov\ndragoljub\ndragomir\ndragone\ndragoni\ndragos\ndragoslav\ndragoviczafred\ndragu\ndragutin\ndrahomil\ndrahomila\ndrahomir\ndrahomira\ndrahon\ndrahos\ndrahoslav\ndrahoslava\ndrahotin\ndrahotina\ndrahuse\ndrahutin\ndrajat\ndrakcic\ndrake\ndrame\ndramlic\ndraskovic\ndraupadi\ndraza\ndrazen\ndrca\ndrcelic\ndrechsler\ndrees\ndreher\ndreier\ndreimane\ndreimanis\ndreissigacker\ndren\ndrenjacevic\ndresevic\ndressler\ndrew\ndrews\ndries\ndriessen\ndrina\ndrinic\ndrinjak\ndriss\ndrljaca\ndrljan\ndrmanac\ndrmanovic\ndrmoncic\ndron\ndrona\ndroogendijk\ndroppa\ndroppova\ndroz\ndrozd\ndrozdova\ndrozdowski\ndrozdz\ndruina\ndrvarevic\ndrvenica\ndrzewiecki\ndrzimir\ndrzislav\ndua\nduah\nduane\nduanne\nduarte\ndubashi\ndube\ndubiel\ndubochet\ndubois\ndubovska\ndubovsky\ndubravec\ndubravka\ndubravko\ndubska\ndubsky\ndubuis\ndubuque\nduca\nducci\nduccio\nduchon\nduchonova\nduck\nduco\nducommun\nducret\nducu\nduda\ndudas\ndudek\ndudekova\ndudkova\ndudley\ndudova\nduduzile\ndudziak\ndudzik\ndudzinski\ndue\nduenas\ndufek\ndufkova\ndufour\ndugac\ndugaja\nduilio\nduje\ndujo\ndukovac\ndula\ndulari\ndulce\ndulcinea\ndulina\ndulla\ndullova\ndulova\nduma\ndumanjic\ndumas\nduminy\ndumisani\ndumitra\ndumitrache\ndumitrana\ndumitrascu\ndumitrescu\ndumitrita\ndumitriu\ndumitru\ndumnic\ndumont\nduncan\ndundar\ndune\ndung\ndunja\ndunka\ndunkova\ndunya\nduong\ndupan\ndupont\ndupuis\ndupuy\ndurak\nduran\ndurand\ndurante\ndurdane\ndurdona\ndurga\ndurgan\ndurgeshwari\ndurica\nduricova\nduris\ndurisova\ndurmaz\ndurmus\ndurodola\ndurriye\nduru\ndururbunsuz\ndurward\ndusan\ndusana\ndusanka\ndusek\ndusenkalkar\ndusica\ndusik\ndusikova\nduska\ndusko\nduskova\ndustin\ndusty\nduszynski\nduta\ndutkiewicz\ndutoit\ndutta\ndutto\nduuk\nduval\nduvnjakculjak\nduy\nduyen\nduyet\nduygu\nduygulu\ndvizac\ndvokic\ndvonc\ndvoncova\ndvoracek\ndvorackova\ndvorak\ndvorakova\ndvoranac\ndvorska\ndvorsky\ndwaipayan\ndwaipayana\ndwamena\ndwayne\ndwi\ndwight\ndwivedi\ndyah\ndyer\ndyett\ndylan\ndylano\ndylus\ndyna\ndzakmic\ndzakula\ndzal\ndzanija\ndzene\ndzenis\ndzenopoljac\ndzepina\ndziedzic\ndzigumovic\ndzigurski\ndzikic\ndzile\ndzinic\ndzirkale\ndzirkalis\ndzirkstite\ndziuba\ndzodanovic\ndzokoto\ndzurjanin\ndzurjaninova\nearl\nearlene\nearline\nearnest\nearnestine\neaster\neaston\nebba\nebe\neberardo\neberhard\neberhardt\nebert\nebiere\nebin\nebiowei\nebony\nebren\nebru\nebubechukwu\nebunoluwa\nebuzer\necaterina\necclesio\nece\necehan\necem\necevit\nechevarria\necker\neckhardt\necmel\necoffey\necrin\necvet\neda\nedd\nedda\neddi\neddie\neddy\nede\nedelberga\neden\nedgar\nedgard\nedgardo\nedgaro\nedgars\nedhem\nedi\nedil\nedilberto\nedison\nedita\nedite\nedith\neditta\nediz\nedmee\nedmond\nedmondo\nedmund\nedna\nedoardo\nedorh\nedouard\neduard\neduarda\neduardo\neduards\nedun\nedvard\nedvarda\nedvardsen\nedvige\nedvin\nedvins\nedward\nedwardo\nedwards\nedwin\nedwina\nedyta\nedyth\nedythe\nedzus\neef\neefje\neekalabya\neero\neeva\nefe\neffertz\neffie\neffler\nefim\nefimia\nefisio\nefken\neflah\nefraim\nefrain\nefrem\nefren\nefrosinia\nefsun\neftalya\neftimia\neftimie\nega\negbochukwu\nege\negeli\negelja\negeljic\negemen\negeo\negeric\neggenmueller\negger\negic\negidio\negils\neginardo\negisto\negizia\neglantine\negle\negli\neglite\neglitis\negmont\negon\negona\negor\negrim\nehigiator\nehm\nehmann\nehrig\neich\neichenberger\neide\neifert\neileen\neinar\neinars\neinert\neino\neirik\neisenlauer\neizens\neja\neka\nekaaksh\nekadant\nekaksh\nekalavya\nekaling\nekaparnika\nekdant\nekec\nekici\nekim\nekin\neklund\nekmel\neko\nekow\nekpo\nekrem\neksioglu\neksteen\nekstrom\nekundayo\nekwueme\nela\neladio\nelaide\nelaina\nelaine\nelakshi\nelanur\nelb\nelbe\nelbek\nelbekov\nelbekova\nelbert\nelciboga\nelcin\nelda\neldon\neldor\neldora\neldorov\neldorova\neldred\neldridge\nelea\neleanor\neleanora\neleanore\neleazar\nelebiyo\nelecta\nelektra\nelena\nelene\neleni\nelenor\nelenora\neleonora\neleonore\neleonoro\nelettra\neleuterio\neleuthere\neleyth\nelfrida\nelfrieda\nelgin\neli\nelia\neliabeth\neliah\neliahou\nelian\neliana\neliane\neliano\nelias\neliasova\neliasson\neliasz\nelicin\nelide\nelie\neliel\neliette\neliezer\nelif\nelifio\neligibile\neligio\nelija\nelijah\nelimena\nelin\nelina\neline\nelinor\nelinore\nelio\neliodoro\nelion\neliona\nelior\neliot\neliott\nelisa\nelisabet\nelisabeta\nelisabeth\nelisabetta\nelisaveta\nelise\nelisea\nelisee\neliseo\nelisha\nelisio\neliska\nelissa\nelita\neliza\nelizabet\nelizabeta\nelizabeth\nelizabeto\nelizaveta\nelize\nelizej\nelizeus\nelizo\nelizondo\nelka\nelkin\nella\nellada\nelle\nellen\nelli\nellie\nelliot\nelliott\nellis\nellsworth\nelly\nelma\nelmar\nelmars\nelmas\nelmastasoglu\nelmer\nelmira\nelmo\nelmore\nelmurod\nelmurodyev\nelmurodyeva\nelna\nelnora\nelnur\nelnurov\nelnurova\neloa\neloan\neloane\nelodia\nelodie\nelody\nelogio\neloi\neloisa\neloise\nelon\nelona\nelone\nelora\nelouan\nelouise\neloy\nelpidio\nelroy\nels\nelsa\nelsbeth\nelse\nelsie\nelss\nelta\nelti\nelton\neluh\nelva\nelvan\nelvera\nelvezio\nelvia\nelvie\nelvin\nelvina\nelvino\nelvira\nelvire\nelvis\nelwin\nelwira\nelworthy\nelwyn\nelya\nelyanora\nelyas\nelyes\nelyne\nelynn\nelyor\nelyorov\nelyorova\nelyse\nelyssa\nelza\nelzbieta\nelzear\nema\neman\nemanoil\nemanuel\nemanuela\nemanuele\nemanuelly\nemanuil\nemard\nemas\nembranthiri\nembuh\nemced\nemeka\nemel\nemelia\nemelie\nemeline\nemely\nemerald\nemerance\nemerencie\nemeric\nemerich\nemerson\nemert\nemery\nemese\nemi\nemidio\nemie\nemiel\nemig\nemil\nemile\nemili\nemilia\nemilian\nemiliana\nemiliano\nemilie\nemilien\nemilija\nemilijan\nemilio\nemils\nemily\nemin\nemine\nemir\nemirhan\nemma\nemmalee\nemmanuel\nemmanuelle\nemmelie\nemmelmann\nemmely\nemmerich\nemmerico\nemmet\nemmett\nemmi\nemmie\nemmitt\nemmy\nemna\nemong\nemory\nempirio\nempluk\nemrah\nemre\nemrullah\nemy\nena\nenache\nenachi\nenakshi\nendah\nender\nenderby\nenderun\nendra\nendrigo\nendzina\nendzins\nene\nenea\nenecone\nenes\nengel\nengelbert\nengelen\nengelmann\nengholm\nengin\nengstrom\nenguerrand\neni\nenid\nenie\nenimia\nenio\neniola\nenis\nenise\nenna\nennio\nenno\nenoch\nenola\nenora\nenos\nenrica\nenrico\nenrique\nenriquez\nensar\nensio\nenteng\nenver\nenya\nenyo\nenzo\nephraim\nepifani\nepiphane\neplinius\nera\neracla\neraclide\neraldo\neralp\nerardo\nerasmo\nerasmus\nerast\neray\nerazim\nerazmus\nerbay\nerben\nerbenova\nerberk\nerberto\nerbulak\nercan\nercetin\nercin\nercolano\nercole\nercoli\nercument\nerda\nerdal\nerdem\nerdeni\nerdenikatun\nerdeniozuk\nerdinc\nerdman\nerdmann\nerdogan\nerel\neremia\neren\nerenia\nerentuz\nerez\nergene\nergenekatun\nergin\nerginsoy\nergun\nerguner\nerhan\nerhard\nerhardt\neriberto\neric\nerica\nerich\nerick\nericka\nerico\nerik\nerika\neriks\neriksen\neriksson\nerin\nerinc\nerine\nerkam\nerkan\nerke\nerkekli\nerkki\nerlei\nerling\nerm\nerma\nerman\nermanno\nermelinda\nermen\nermenegarda\nermenegilda\nermenegildo\nermes\nermete\nermilo\nermini\nerminia\nerminio\nermins\nerna\nernecjo\nernest\nernesta\nernestina\nernestine\nernestino\nernesto\nerni\nernie\nernser\nernst\nerol\neron\neronat\neros\nerrante\nerrera\nerrichiello\nerrico\nersan\nersilia\nersin\nertan\nerten\nertenozuk\nertl\nertugrul\nerturk\nervin\nervina\nervins\nerwan\nerwann\nerwes\nerwin\neryn\nesanu\nesat\nesau\nesben\nesbensen\nescalante\nescamilla\nescobar\nescobedo\nesen\nesenbike\nesenwein\neser\nesha\neshana\neshita\nesi\nesin\nesma\nesmee\nesmeralda\nesmeray\nesmira\nesparza\nesperanza\nespinal\nespino\nespinosa\nespinoza\nesposito\nesquibel\nesquivel\nesra\nesref\nesse\nesser\nessie\nesta\nesteban\nestefania\nestel\nestela\nestell\nestella\nestelle\nester\nestera\nesterina\nestevan\nesteves\nestevez\nesther\nestiawan\nestiono\nestrada\nestrella\nesuperio\nesupofo\neszter\netela\neterie\netha\nethan\nethann\nethel\nethelyn\nethem\nethyl\netienne\netil\nettie\nettore\netzebeth\neubert\neuclide\neudes\neudochia\neudokia\neudoksja\neudora\neudoxe\neudoxie\neufebio\neufemia\neufemio\neufrasia\neufronio\neufrosina\neufrozina\neugen\neugene\neugenia\neugenie\neugenio\neugeniu\neugeniusz\neugster\neula\neulah\neulalia\neulalie\neuna\neunice\neunika\neuphrasie\neuridice\neurydice\neusebe\neusebia\neusebie\neusebio\neusebiu\neusebius\neuseo\neustache\neustatiu\neustorgio\neustosio\neustracjusz\neutalia\neutalio\neva\nevald\nevaldo\nevalds\nevalyn\nevan\nevandro\nevangelina\nevangeline\nevangelista\nevangelisti\nevanghelina\nevann\nevans\nevar\nevarist\nevariste\nevaristo\nevasio\nevdochia\nevdokija\neve\nevelien\neveliina\nevelin\nevelina\neveline\nevelino\nevelyn\nevelyne\neven\nevensen\neverardo\neverett\neverette\nevers\nevert\neverts\nevgheni\nevghenia\nevghenii\nevi\nevidio\nevie\nevin\nevliyaoglu\nevo\nevodio\nevola\nevran\nevrard\nevremondo\nevren\nevsen\nevstifejev\nevy\nevzen\nevzenie\newa\newald\newan\newatomi\newelina\newell\newen\newenn\neya\neyal\neyiz\neylul\neymen\neyram\neysan\neytan\neythan\neyup\nezechiel\nezechiele\nezekiel\nezequiel\nezio\nezra\nezrak\nfaas\nfabbri\nfabbricatore\nfabbro\nfabia\nfabian\nfabiana\nfabiani\nfabiano\nfabianova\nfabie\nfabien\nfabienne\nfabijan\nfabijanovic\nfabio\nfabiola\nfabjan\nfabre\nfabrice\nfabricia\nfabricio\nfabris\nfabrizi\nfabrizio\nfaculjak\nfadda\nfadekemi\nfadel\nfaderera\nfadi\nfadime\nfadipe\nfady\nfae\nfagunwa\nfahey\nfahham\nfahner\nfahrettin\nfahri\nfahriddin\nfahriddinov\nfahriddinova\nfahriye\nfahrunissa\nfaik\nfaiq\nfaisz\nfaith\nfaizah\nfajardo\nfajdetic\nfajdiga\nfajimi\nfajnor\nfajnorova\nfaktor\nfalabi\nfalba\nfalbo\nfalcao\nfalchi\nfalcioni\nfalco\nfalcone\nfaleti\nfalih\nfalk\nfalkowski\nfall\nfaller\nfaloye\nfalter\nfalzone\nfamiano\nfamke\nfan\nfanara\nfancello\nfanelli\nfanika\nfankhauser\nfanni\nfannie\nfanny\nfanta\nfantin\nfantine\nfantini\nfantova\nfantozzi\nfanyana\nfara\nfaraci\nfarago\nfarah\nfarangiz\nfaraone\nfarber\nfarcas\nfarcic\nfardau\nfarella\nfares\nfaresta\nfarhunnisa\nfaria\nfarias\nfarida\nfarin\nfarina\nfaris\nfarkas\nfarkasova\nfarkasovska\nfarkasovsky\nfarouk\nfarra\nfarrell\nfarris\nfarruh\nfarruhov\nfarruhova\nfaruk\nfasano\nfasasi\nfasayo\nfasih\nfasoli\nfassbender\nfathina\nfathonah\nfatih\nfatim\nfatima\nfatimata\nfatimo\nfatin\nfatma\nfatos\nfatou\nfatouma\nfatoumata\nfaty\nfauche\nfaulhaber\nfaure\nfaust\nfausta\nfaustin\nfaustina\nfaustine\nfaustino\nfausto\nfaustyn\nfaustyna\nfava\nfavara\nfavaro\nfavero\nfavian\nfavre\nfay\nfaya\nfaye\nfayen\nfayenne\nfaysal\nfayzbek\nfayzbekov\nfayzbekova\nfazekas\nfazilat\nfazilet\nfazio\nfazliddin\nfazliddinyev\nfazliddinyeva\nfazullah\nfeba\nfebe\nfebi\nfebian\nfebriana\nfebrianti\nfebrina\nfeda\nfedai\nfedde\nfedele\nfederica\nfederici\nfederico\nfedor\nfedora\nfedro\nfeeney\nfeest\nfeher\nfehime\nfehintola\nfehmi\nfehr\nfehrig\nfeil\nfejfar\nfejfarova\nfekete\nfekonja\nfelber\nfeld\nfelder\nfeleppa\nfelice\nfelici\nfelicia\nfelician\nfeliciano\nfelicie\nfelicien\nfelicita\nfelicitas\nfelicite\nfelicity\nfeliks\nfelina\nfeline\nfelipa\nfelipe\nfelix\nfeliziani\nfelke\nfeller\nfelton\nfem\nfemina\nfemke\nfemm\nfencl\nfenclova\nfender\nfenja\nfenna\nfenne\nfenner\nfenske\nfeo\nfeodor\nfeodora\nfeodosia\nferah\nferamus\nferamuz\nferat\nferay\nferda\nferdi\nferdinand\nferdinanda\nferdinando\nferdynanda\nferenc\nferencova\nferhan\nferhat\nferide\nferidun\nferiel\nferiha\nferilli\nferit\nferjan\nferko\nferkova\nferluga\nferman\nfermiano\nfermin\nfermo\nfern\nfernanda\nfernandes\nfernandez\nfernando\nferne\nferracuti\nferraiuolo\nferrando\nferrante\nferranti\nferrara\nferrari\nferrarini\nferrario\nferraris\nferraro\nferrarotti\nferre\nferreira\nferrer\nferreri\nferrero\nferretti\nferri\nferrigno\nferrini\nferro\nferroni\nferruccio\nferruh\nferry\nferuza\nferyel\nfesta\nfesto\nfestuccia\nfeuerbach\nfevronia\nfevzi\nfeyyaz\nfeyza\nfeyzullah\nfiacre\nfiala\nfialova\nfiammetta\nfibikemi\nfichardt\nfichera\nfico\nficova\nfidan\nfidel\nfidele\nfidelie\nfidelis\nfidelius\nfidenziano\nfidenzio\nfiedler\nfiedlerova\nfieke\nfien\nfiene\nfiep\nfierro\nfiete\nfietz\nfigen\nfigl\nfigueiredo\nfigueroa\nfigura\nfiifi\nfikayomi\nfikret\nfikri\nfikriye\nfilc\nfilcova\nfilemon\nfilibert\nfiliberto\nfilice\nfilimon\nfilip\nfilipa\nfilipan\nfilipe\nfilipek\nfilipiak\nfilipino\nfilipova\nfilipowicz\nfilipowski\nfilipp\nfilippa\nfilippi\nfilippini\nfilippis\nfilippo\nfilipponi\nfiliz\nfilofteia\nfilomen\nfilomena\nfilomeno\nfilotije\nfilou\nfilsinger\nfily\nfincke\nfine\nfini\nfinia\nfinja\nfink\nfinka\nfinke\nfinkova\nfinlay\nfinley\nfinn\nfinnja\nfinnley\nfinocchiaro\nfinotti\nfinstad\nfiodor\nfiona\nfionn\nfior\nfioravanti\nfiordaliso\nfiore\nfiorella\nfiorelli\nfiorentini\nfiorentino\nfiorenza\nfiorenziano\nfiorenzo\nfioretti\nfiori\nfiorillo\nfiorini\nfiorucci\nfiras\nfirdavs\nfirdavsyev\nfirdavsyeva\nfirdevs\nfirgantoro\nfirmansyah\nfirmin\nfisbah\nfischer\nfischerova\nfischetti\nfiser\nfiserova\nfish\nfisher\nfister\nfitrat\nfitratov\nfitratova\nfitri\nfitria\nfitriani\nfitschen\nfjeld\nflacco\nflacer\nflak\nflaman\nflaminia\nflanjak\nflatley\nflavia\nflavian\nflaviana\nflaviano\nflavie\nflavien\nflavio\nflaviu\nflavius\nfleano\nfleischer\nfleischmann\nfleta\nfletcher\nfleur\nfleury\nflip\nflis\nflo\nfloare\nfloarea\nfloder\nflodoard\nfloor\nfloortje\nflor\nflora\nflorczak\nflore\nflorea\nflorek\nflorence\nflorencia\nflorencio\nflorencja\nflorent\nflorenta\nflorentin\nflorentina\nflorentine\nflorentyn\nflorentyna\nflores\nflorescu\nflorestan\nflorez\nflorian\nfloriana\nfloriane\nfloriano\nflorianova\nflorica\nfloricelovic\nflorida\nfloridia\nflorie\nflorin\nflorina\nflorine\nflorio\nfloris\nflossie\nflottmann\nfloy\nfloyd\nfluckiger\nflurin\nflurina\nflynn\nfoca\nfocsa\nfode\nfodor\nfodulovic\nfofana\nfofie\nfoged\nfogele\nfogelis\nfoglia\nfois\nfojtik\nfojtikova\nfok\nfolafoluwa\nfolashade\nfolco\nfolivarski\nfoltyn\nfoltynova\nfolu\nfonda\nfonseca\nfontaine\nfontana\nfonti\nforconi\nford\nforest\nforetay\nforgione\nforkel\nforlani\nforman\nformanek\nformankova\nformanova\nformica\nfornara\nforrest\nforsberg\nforst\nforster\nfort\nforte\nfortova\nfortugno\nfortunat\nfortunata\nfortunato\nfortune\nfortunee\nfos\nfosca\nfoschi\nfosco\nfoss\nfossum\nfoster\nfosu\nfoti\nfotih\nfotihov\nfotihova\nfotima\nfoucauld\nfoulques\nfourie\nfournier\nfousek\nfouskova\nfrackowiak\nfraczek\nfraga\nfrahmeke\nframi\nfran\nfrana\nfranc\nfranca\nfrance\nfrances\nfrancesca\nfranceschi\nfranceschini\nfrancesco\nfrancesconi\nfrancese\nfrancette\nfrancezi\nfranchi\nfranchini\nfranci\nfrancia\nfrancine\nfrancis\nfrancisc\nfrancisca\nfrancisco\nfrancisko\nfranciskovic\nfrancisque\nfranciszek\nfranciszka\nfranck\nfranco\nfrancois\nfrancoise\nfrancova\nfrandsen\nfranecki\nfranek\nfraney\nfranic\nfranjicabramic\nfranjiczelic\nfranjo\nfrank\nfranka\nfranke\nfrankie\nfranklin\nfrankova\nfrankowski\nfransson\nfranta\nfrantisek\nfrantiska\nfrantz\nfranz\nfranze\nfranzis\nfranziska\nfranzmann\nfranzoni\nfrasca\nfratczak\nfratello\nfratila\nfratti\nfrau\nfrauen\nfrauendorf\nfrazi\nfred\nfreda\nfreddie\nfreddy\nfrederic\nfrederica\nfrederick\nfrederico\nfrederik\nfrederike\nfrederiko\nfrederiksen\nfrederique\nfredrick\nfredrik\nfredriksen\nfredriksson\nfredy\nfreeda\nfreek\nfreeman\nfrei\nfreida\nfreigang\nfreimane\nfreimanis\nfreimann\nfreimuth\nfreisen\nfreitas\nfreja\nfrenkel\nfrenkie\nfrenzel\nfreriks\nfrey\nfreya\nfreymond\nfrezza\nfrias\nfrick\nfricke\nfrida\nfrido\nfridolin\nfridrich\nfridrichova\nfried\nfrieda\nfriedek\nfriedenberg\nfriederike\nfriedli\nfriedmann\nfriedrich\nfriesen\nfriess\nfrigan\nfrigerio\nfrigo\nfrisch\nfritsch\nfritz\nfrohn\nfrontiniano\nfrosch\nfrunza\nfrunze\nfrusina\nfruzsina\nfryderyk\nfrydrych\nfrydrychova\nftorek\nftorekova\nfuat\nfucci\nfuchs\nfuchsova\nfucik\nfucikova\nfuentes\nfuga\nfuhlbrugge\nfujiati\nfuksa\nfuksova\nfulbert\nfulberto\nfulcran\nfuldem\nfulden\nfulgence\nfulgenzio\nfuller\nfulop\nfulvia\nfulvio\nfulya\nfumagalli\nfumarola\nfunani\nfunda\nfundak\nfung\nfunk\nfunmilade\nfunmilayo\nfuoco\nfurdi\nfureyya\nfurgala\nfurio\nfurkan\nfurlan\nfurman\nfurno\nfurrer\nfurseo\nfurtado\nfurtuna\nfuruzan\nfusaro\nfusco\nfuscolo\nfusenig\nfust\nfusun\nfuze\nfuzuli\nfynn\ngaba\ngabe\ngabhezi\ngabi\ngabin\ngabino\ngabius\ngabler\ngabor\ngaborova\ngabriel\ngabriela\ngabriele\ngabriella\ngabrielle\ngabrielli\ngabrielo\ngabrielova\ngabrijela\ngabrovsek\ngabud\ngacanovic\ngacevic\ngacic\ngacina\ngacinovic\ngad\ngada\ngadang\ngaddini\ngade\ngadiaga\ngading\ngadis\ngadomski\ngadschiew\ngaduh\ngadzic\ngael\ngaelle\ngaetan\ngaetano\ngaffar\ngagan\ngage\ngages\ngagic\ngagliano\ngagliardi\ngaglioffo\ngagovic\ngagricic\ngagro\ngahwiler\ngaia\ngail\ngaile\ngailis\ngailite\ngailitis\ngaillard\ngaiman\ngaina\ngaio\ngaitan\ngaj\ngaja\ngajaadhar\ngajabahu\ngajadhar\ngajana\ngajbaahu\ngajda\ngajdos\ngajdosova\ngajec\ngajewski\ngajgicmatic\ngajski\ngakstadter\ngal\ngala\ngalak\ngalander\ngalang\ngalante\ngalar\ngalarza\ngalasso\ngalatea\ngalati\ngaldino\ngaleazzi\ngaleazzo\ngalfryd\ngalic\ngalih\ngalileo\ngalina\ngalinac\ngalindo\ngaliono\ngaljak\ngaljen\ngaljer\ngall\ngallardo\ngallegos\ngalli\ngallicano\ngallo\ngalluzzo\ngalosevic\ngaluh\ngalur\ngalvan\ngalvez\ngama\ngaman\ngamani\ngamanto\ngamba\ngamberini\ngambino\ngambira\ngamblang\ngamboa\ngamez\ngamlin\ngamper\ngamze\nganak\nganaka\nganapati\nganda\ngandewa\ngandharv\ngandharva\ngandhi\ngandi\ngandolfo\nganea\nganep\nganesh\nganesha\ngangan\ngangemi\ngangesh\ngangnus\ngangsa\ngangsar\nganjaran\ngantar\nganzmann\nganzzuparic\ngaona\ngara\ngaran\ngarance\ngarang\ngaratva\ngarau\ngaravaglia\ngaray\ngarcia\ngarda\ngarden\ngardner\ngarett\ngarfield\ngargiulo\ngaribay\ngarica\ngarifo\ngarik\ngarika\ngarimberto\ngarland\ngarnet\ngarnett\ngarnier\ngarofalo\ngaronja\ngarret\ngarrett\ngarrick\ngarrido\ngarrison\ngarry\ngarth\ngarud\ngaruda\ngary\ngarza\ngasior\ngasiorowski\ngasjune\ngasjuns\ngaspar\ngaspard\ngaspare\ngaspari\ngasparini\ngasparova\ngasparovic\ngasparovicova\ngasper\ngaspic\ngassama\ngasse\ngasser\ngast\ngastel\ngastelum\ngasti\ngaston\ngastone\ngastono\ngati\ngatien\ngatik\ngatot\ngatra\ngatsha\ngatta\ngatti\ngatto\ngatzka\ngaud\ngaudenzia\ngaudenzio\ngauder\ngaudiano\ngaudino\ngaudio\ngauraang\ngaurang\ngauranga\ngautam\ngautama\ngautami\ngauthier\ngautier\ngautiero\ngavin\ngavino\ngavric\ngavril\ngavrila\ngavrilita\ngavriliuc\ngavrilo\ngavrilovic\ngavrovic\ngavxar\ngawati\ngawlik\ngawron\ngawronski\ngayatri\ngaye\ngayle\ngaytan\ngazanfer\ngazdic\ngazi\ngazibara\ngaziova\ngazivoda\ngazo\ngazzola\ngbadamosi\ngbadebo\ngbeminiyi\ngbemisola\ngbogboade\ngbolahan\ngbowoade\ngeanina\ngebhardt\ngedeon\ngedeone\ngederts\ngeese\ngeeta\ngeetanjali\ngehre\ngehrig\ngehring\ngehrke\ngeiger\ngeisendorf\ngeisler\ngeissler\ngejza\ngelila\ngelin\ngelincik\ngellert\ngelling\ngelsomina\ngeltrude\ngelu\ngema\ngemine\ngemini\ngeminiano\ngemma\ngenadij\ngencer\ngenchi\ngene\ngeneral\ngenerosa\ngeneroso\ngenesia\ngenesio\ngenesis\ngeneva\ngenevieve\ngenjega\ngenna\ngennaro\ngenoud\ngenoveffa\ngenovese\ngenoveva\ngens\ngenta\ngentiana\ngentile\ngentili\ngenziano\ngeo\ngeoffrey\ngeoffroy\ngeorg\ngeorge\ngeorgel\ngeorges\ngeorgescu\ngeorgeta\ngeorgette\ngeorgia\ngeorgian\ngeorgiana\ngeorgianna\ngeorgije\ngeorgina\ngeorgo\ngeovanni\ngeovanny\ngeovany\ngerace\ngeraci\ngerald\ngeralda\ngeraldina\ngeraldine\ngerard\ngerarda\ngerardina\ngerardo\ngerasim\ngerasimo\ngeraud\ngerazim\ngerazym\ngerbennow\ngerber\ngerberge\ngerbert\ngerda\ngerdel\ngeremia\ngergely\ngergo\ngerhard\ngerharda\ngerhardt\ngerhold\ngerino\ngerlach\ngermain\ngermaine\ngerman\ngermana\ngermani\ngermano\ngerolamo\ngeronimo\ngeronzio\ngerrit\ngerritsen\ngerry\ngerschler\ngerson\ngertrud\ngertruda\ngertrude\ngertrudo\ngervais\ngervasi\ngervasio\ngerwig\ngesell\ngesualdo\ngeta\ngeurts\ngevheri\ngeyer\ngeza\ngfeller\nghale\nghaliyati\nghanaanand\nghanashyam\nghani\nghanshyam\nghenadi\nghenadie\nghennadi\ngheorghe\ngheorghi\ngheorghii\ngheorghina\ngheorghita\ngheorghiu\ngherardo\ngherghina\ngherman\nghilardi\nghirmai\nghislain\nghita\nghosh\ngia\ngiac\ngiacalone\ngiaccio\ngiachi\ngiacinta\ngiacinto\ngiacobbe\ngiacomelli\ngiacomo\ngiada\ngiadero\ngiambattista\ngiampaoli\ngiampaolo\ngian\ngianbattista\ngiancarlo\ngiandomenico\ngianfranco\ngiang\ngianina\ngianluca\ngianluigi\ngianmarco\ngianmaria\ngianmario\ngianna\ngiannelli\ngiannetti\ngianni\ngiannini\ngiannone\ngiannotti\ngianotti\ngianpaolo\ngianpiero\ngianpietro\ngiansante\ngianuario\ngiao\ngiap\ngiardina\ngiardini\ngiasone\ngibala\ngibbs\ngibran\ngibson\ngica\ngicu\ngideon\ngiehl\ngiel\ngielen\ngierisch\ngiesa\ngiesche\ngifty\ngigaba\ngiger\ngigi\ngigli\ngiglio\ngigliola\ngigliotti\ngijs\ngil\ngilang\ngilbert\ngilberta\ngilberto\ngilca\ngilda\ngilde\ngildo\ngiles\ngiliola\ngill\ngilles\ngillian\ngillieron\ngillo\ngina\ngineto\nginevra\nginewra\nginger\nginneken\ngino\ngioacchina\ngioacchini\ngioacchino\ngiobbe\ngioberto\ngioconda\ngiocondo\ngioele\ngioia\ngion\ngiona\ngionata\ngiordani\ngiordano\ngiorgetti\ngiorgi\ngiorgia\ngiorgian\ngiorgiana\ngiorgio\ngiosue\ngiosuele\ngiotto\ngiovani\ngiovanna\ngiovannelli\ngiovannetti\ngiovanni\ngiovannini\ngiovanny\ngiove\ngioventino\ngiovenzio\ngiovinazzo\ngirard\ngirardet\ngirardi\ngirardo\ngirart\ngiraud\ngiraudo\ngiray\ngirbu\ngiri\ngirija\ngirik\ngirika\ngirindra\ngiriraaj\ngiriraj\ngirish\ngirja\ngirolamo\ngiron\ngirone\ngirts\ngisca\ngisela\ngisele\ngisella\ngislason\ngislebert\ngisselle\ngita\ngitanjali\ngitte\ngiuda\ngiudice\ngiuditta\ngiuffrida\ngiugliano\ngiulia\ngiuliana\ngiuliani\ngiuliano\ngiulio\ngiulitta\ngiunta\ngiurgiu\ngiuseppa\ngiuseppe\ngiuseppina\ngiusta\ngiusti\ngiustiniano\ngiusto\ngiustra\ngizela\ngizem\ngladyce\ngladys\nglasnovic\nglasson\nglatting\nglauco\nglavac\nglavak\nglavati\ngleason\ngleb\ngledic\ngleichner\nglen\nglenda\nglenn\nglenna\nglennie\ngligorije\nglintic\ngloor\ngloria\nglorie\nglosli\nglover\nglozanski\ngluhovic\nglukcevic\nglumac\nglumpak\ngning\ngningue\ngobbi\ngobel\ngobinda\ngockeritz\ngocnik\ngocnikova\ngodanj\ngodeberta\ngodec\ngodfrey\ngodinez\ngodiva\ngodlewski\ngodoy\ngoebel\ngoedicke\ngoffredo\ngohler\ngojko\ngokalp\ngokben\ngokboru\ngokce\ngokcegol\ngokcen\ngokcicek\ngokmen\ngoknur\ngoksin\ngolban\ngolda\ngoldbeck\ngolden\ngoldfuss\ngoldkamp\ngoldkuhle\ngoldner\ngolec\ngolia\ngolicsamarzija\ngolinelli\ngoller\ngolling\ngollnow\ngollum\ngolob\ngolomski\ngolub\ngombai\ngombay\ngombert\ngomberto\ngomes\ngomez\ngomis\ngonca\ngoncalo\ngoncalves\ngoncear\ngondebaud\ngondulfo\ngonenc\ngonerio\ngongor\ngonsalwy\ngonta\ngonthier\ngontran\ngonul\ngonultas\ngonzaga\ngonzague\ngonzales\ngonzalez\ngonzalo\ngoodwin\ngoonam\ngoosen\ngoossens\ngopaal\ngopal\ngopee\ngopi\ngora\ngorakhanatha\ngorakhnath\ngoral\ngoran\ngorana\ngoranka\ngorazd\ngorczany\ngordan\ngordana\ngordhan\ngordiano\ngordon\ngorea\ngorecki\ngori\ngoricanec\ngorisek\ngorjanski\ngorka\ngorkem\ngorlich\ngormer\ngorniak\ngorny\ngorski\ngorun\ngosto\ngoswamee\ngoswami\ngothard\ngottardo\ngottfried\ngotthardt\ngottlieb\ngottschalk\ngottwald\ngottwaldova\ngotum\ngotz\ngotzelmann\ngoudiaby\ngoundo\ngouranga\ngoutam\ngovender\ngovinda\ngovoni\ngowda\ngoy\ngoyette\ngozde\ngraaf\ngraber\ngrabez\ngrabic\ngrablovic\ngrabovac\ngrabowski\ngrace\ngracia\ngracian\ngraciana\ngracie\ngraciela\ngraciliano\ngracja\ngraczyk\ngradimir\ngradisar\ngradistanac\ngradojevic\ngrady\ngradzki\ngraf\ngraham\ngrams\ngran\ngrana\ngranado\ngranados\ngranat\ngranata\ngranato\ngrande\ngrandi\ngrandjean\ngrange\ngrant\ngranville\ngrasse\ngrassi\ngrasso\ngratian\ngratiana\ngratiela\ngrato\ngratzky\ngrau\ngraudina\ngraudins\ngraur\ngravina\ngrayce\ngrayson\ngrazia\ngraziana\ngraziani\ngraziano\ngraziella\ngrazina\ngrbesa\ngreb\ngrebenarzarmen\ngreco\ngrecu\ngreen\ngreenfelder\ngreenholt\ngreg\ngreger\ngregersen\ngregg\ngregoire\ngregor\ngregorc\ngregori\ngregoria\ngregorian\ngregorio\ngregorova\ngregory\ngregus\ngregusova\ngreithanner\ngreppi\ngreschner\ngreta\ngretchen\ngreyson\ngrezia\ngrga\ngrgic\ngrgo\ngrgur\ngrgurevic\ngribuste\ngribusts\ngrieco\ngriego\ngriem\ngriesbacher\ngriese\ngriffin\ngriffiths\ngrigoras\ngrigore\ngrigorescu\ngrigori\ngrigorije\ngrijalva\ngril\ngrilli\ngrillo\ngrimaldi\ngrimaldo\ngrimes\ngrimm\ngrinberga\ngrinbergs\ngriselda\ngrizelda\ngrkavac\ngrkinic\ngrladinovic\ngrm\ngrob\ngrobelaar\ngrochowski\ngroduma\ngrodums\ngroebli\ngroen\ngromisch\ngroot\ngroothuizen\ngros\ngrosjean\ngross\ngrosser\ngrossheim\ngrossi\ngrosskopf\ngrosso\ngrosu\ngrothaus\ngrothkopp\ngrotke\ngrotzinger\ngrover\ngroza\ngrozdana\ngrozdanovic\ngruba\ngrube\ngruber\ngrubesicbarbir\ngrubnic\ngrubrova\ngrudzien\ngrun\ngrundmann\ngrundza\ngrundzova\ngruner\ngruning\ngruppuso\ngruszczynski\ngruszecki\ngruszka\ngry\ngrygar\ngrygarova\ngrzegorczyk\ngrzegorz\ngrzelak\ngrzesiak\ngrzesik\ngrzeskowiak\ngrznar\ngrznarova\ngrzyb\ngrzybowski\ngrzywacz\nguadalupe\nguajardo\ngualberto\ngualtieri\ngualtiero\nguardado\nguarino\nguarneri\nguarnieri\nguastella\nguastone\ngubio\ngucanin\ngudakesa\ngudakesha\ngudrite\ngudrun\nguelfo\nguenda\nguendalina\nguenievre\nguerin\nguerra\nguerreiro\nguerrero\nguerrieri\nguerriero\nguerrini\nguerrino\nguevara\ngueye\nguglielmi\nguglielmo\nguha\nguher\ngui\nguiberto\nguida\nguidetti\nguidi\nguido\nguidotti\nguilhem\nguilhemine\nguilherme\nguillaume\nguillemette\nguillen\nguillermina\nguillermo\nguillot\nguinand\nguiscardo\nguiseppe\nguisse\ngul\ngula\ngulam\ngulay\ngulbahar\ngulbaxor\ngulben\ngulchexra\ngulcin\nguldem\nguldemeister\ngulden\nguldeste\ngulegen\ngulemen\ngulen\nguler\ngulgowski\ngulgun\ngulhan\ngulino\ngulistan\nguliwe\nguljamol\nguljaxon\ngulli\ngulnaz\ngulnora\ngulnoza\nguloy\ngulpembe\ngulriz\ngulsen\ngulseren\ngulsora\ngulsum\ngultekin\ngulumser\ngulyas\ngulzira\ngulzoda\ngumede\ngumesindo\ngummelt\ngumus\ngumuspala\ngun\ngunars\ngunarto\ngunawan\ngunay\nguncicek\ngunday\ngundelinda\ngundersen\ngundogdu\ngundogmus\nguner\ngunes\nguneta\ngungor\ngunilla\nguniz\ngunjaca\ngunkel\ngunnar\ngunnarsson\ngunnel\ngunner\ngunnur\ngunsel\ngunseli\ngunter\ngunther\ngunyaruk\ngunz\ngupta\ngurbig\ngurbuz\ngurcan\ngurdal\ngurdev\ngurhan\ngurkan\ngurmen\ngurol\ngurrieri\ngursel\nguru\ngurule\ngurung\ngus\ngusan\ngusanovic\ngusatovic\ngusavac\ngusevac\ngusic\ngusikowski\ngusmeroli\ngusovic\ngussie\ngust\ngustafsson\ngustav\ngustava\ngustave\ngustavine\ngustavino\ngustavo\ngut\ngutal\ngutierrez\ngutjahr\ngutkowski\ngutmann\ngutowicz\ngutowski\ngutrovac\ngutschank\ngutu\nguus\nguusje\nguven\nguvenalp\nguvercin\nguy\nguyot\nguzey\nguzik\nguzina\nguzman\nguzun\ngvendolina\ngvozden\ngwacela\ngwala\ngwen\ngwenaelle\ngwendoline\ngwendolyn\ngwido\ngwozdz\ngwozdzik\ngyamfi\ngyasi\ngyawali\ngyorgy\nhaack\nhaaf\nhaag\nhaan\nhaas\nhabbab\nhabeeb\nhabel\nhaber\nhabib\nhabiba\nhabibi\nhabibov\nhabibova\nhabil\nhablak\nhablakova\nhabsuda\nhabsudova\nhaby\nhac\nhache\nhacib\nhack\nhackbusch\nhackelbusch\nhackett\nhadfield\nhadi\nhadja\nhadley\nhadriel\nhadrien\nhadwich\nhadzibeganovic\nhaferkamp\nhafi\nhafid\nhafliger\nhafner\nhafsa\nhafshah\nhagen\nhagenes\nhahn\nhai\nhaikal\nhailee\nhailey\nhailie\nhaim\nhairyanto\nhajar\nhajdinjak\nhajdu\nhajduk\nhajek\nhajkova\nhajna\nhajnc\nhajny\nhakala\nhakan\nhakansson\nhakem\nhaki\nhakim\nhakon\nhakyemez\nhal\nhala\nhalak\nhalakova\nhalas\nhalasz\nhald\nhalda\nhaldova\nhaldun\nhale\nhaleigh\nhaley\nhalie\nhalil\nhalilyev\nhalilyeva\nhalim\nhalima\nhalimah\nhalina\nhalis\nhalit\nhall\nhalle\nhallie\nhallmann\nhalova\nhaluk\nhaluska\nhaluskova\nhalvorsen\nhalvorson\nham\nhamal\nhamalainen\nhamann\nhamdi\nhamdullah\nhamed\nhami\nhamid\nhamidou\nhamidov\nhamidova\nhamill\nhamilton\nhamima\nhamish\nhamit\nhammad\nhammes\nhampl\nhamplova\nhamsini\nhamza\nhamzah\nhamzaoglu\nhamzayev\nhamzayeva\nhan\nhana\nhanacek\nhanackova\nhanae\nhanak\nhanakova\nhand\nhandan\nhandayani\nhande\nhandoko\nhandzic\nhane\nhanefi\nhanekom\nhanenberger\nhang\nhanga\nhango\nhanh\nhani\nhania\nhanifa\nhanifat\nhanizar\nhank\nhanko\nhankova\nhanna\nhannabel\nhannah\nhanne\nhannecker\nhannele\nhannes\nhanni\nhannich\nhanniske\nhanno\nhannu\nhanousek\nhanouskova\nhanova\nhans\nhansen\nhansjorg\nhanspeter\nhansruedi\nhansson\nhansueli\nhanus\nhanusova\nhanzal\nhanzalova\nhanzl\nhanzlik\nhanzlikova\nhanzlova\nhao\nhara\nharac\nharalamb\nharalambie\nharald\nharamija\nharber\nhardana\nhardi\nhardiansyah\nhardouin\nhardy\nhargasser\nhari\nharimurti\nharinakshi\nharinarayan\nharini\nharit\nharita\nhariyah\nharja\nharjasa\nharjaya\nharjo\nharley\nharmon\nharmony\nharms\nharnapp\nharo\nharold\nharon\nharoun\nharouna\nharoune\nharper\nharriet\nharris\nharrison\nharry\nharsana\nharsanto\nharsaya\nhartaka\nhartana\nhartati\nharter\nharting\nhartlieb\nhartman\nhartmann\nhartmanova\nharto\nhartwig\nhartz\nharun\nharvey\nharyanti\nharyanto\nhas\nhasan\nhasanah\nhasanica\nhasano\nhascak\nhascakova\nhaschke\nhasek\nhaseki\nhasibi\nhasim\nhasin\nhaskell\nhaskova\nhasler\nhasmet\nhasna\nhassan\nhassanah\nhassane\nhasse\nhassfeld\nhassie\nhasta\nhastal\nhastuti\nhata\nhatem\nhathorn\nhatip\nhatouma\nhattab\nhattie\nhattingh\nhau\nhauck\nhaug\nhaugaard\nhaugen\nhauke\nhaupt\nhauser\nhava\nhavel\nhavelka\nhavelkova\nhaven\nhaverney\nhavla\nhavlicek\nhavlickova\nhavlik\nhavlikova\nhavlova\nhavojic\nhavranek\nhavrankova\nhawa\nhawar\nhaya\nhayal\nhayali\nhayat\nhayati\nhaydar\nhayden\nhayes\nhaylee\nhayley\nhaylie\nhayworth\nhazan\nhazar\nhazel\nhazes\nhazle\nheaney\nhearne\nheath\nheathcote\nheather\nheaven\nheber\nheberstreit\nhechler\nhecht\nheck\nhecko\nheckova\nhector\nheczko\nheczkova\nheda\nhedda\nhedegaard\nhedelin\nhedermann\nhedi\nhediger\nhedlund\nhedvig\nhedviga\nhedvigo\nhedvika\nheefer\nheema\nheerden\nhegedus\nheger\nhegerova\nhegmann\nhehl\nheidelmann\nheidenreich\nheidi\nheidler\nheidrun\nheijden\nheikki\nheikkila\nheikkinen\nhein\nheinemann\nheinig\nheinke\nheinonen\nheinrich\nheinz\nheinze\nheiser\nheist\nheitor\nheja\nhejda\nhejdova\nhejduk\nhejdukova\nhejl\nhejlova\nhejna\nhejnova\nhektoro\nhelen\nhelena\nhelene\nheleno\nheleta\nhelga\nhelie\nhelier\nhelin\nhelio\nhelios\nhelle\nhellen\nheller\nhellmann\nhellstrom\nhelm\nhelmer\nhelmke\nhelmut\nheloisa\nheloise\nhelpling\nhenderson\nhendra\nhendri\nhendrik\nhendrika\nhendriks\nhendrych\nhendrychova\nhengmith\nhenkel\nhennes\nhennezel\nhenning\nhenri\nhenrich\nhenrick\nhenrie\nhenrieta\nhenrieto\nhenrietta\nhenriette\nhenrik\nhenrike\nhenriksen\nhenriksson\nhenrique\nhenriques\nhenriquez\nhenry\nhenryk\nhenryka\nhense\nhensel\nhentel\nhentschel\nhentschke\nhepperle\nheracleea\nherberger\nherbert\nherberta\nherbrand\nheredia\nheretik\nheretikova\nhering\nherjavec\nherlambang\nherluin\nherman\nhermanek\nhermankova\nhermann\nhermanova\nhermans\nhermansen\nhermansson\nhermawan\nhermecke\nhermelin\nhermenegildo\nhermina\nhermine\nherminia\nherminio\nhermiono\nhermiston\nherms\nhernadez\nhernan\nhernandes\nhernandez\nherold\nherrera\nherrmann\nherschmann\nhershel\nherta\nhertel\nhertha\nhertzog\nheru\nherve\nherweg\nherwig\nheryanto\nherzenberg\nherzog\nhess\nhesse\nhessek\nhessel\nhessler\nhester\nhesti\nhettie\nhettinger\nhetzler\nheuck\nheunis\nheuvel\nheval\nhevi\nheydemuller\nheyden\nhiba\nhicabi\nhicham\nhickle\nhidalgo\nhidaya\nhidayanto\nhidayat\nhidde\nhideo\nhidosanin\nhiebl\nhien\nhiep\nhieronim\nhieu\nhikmat\nhikmatov\nhikmatova\nhikmet\nhilaire\nhilal\nhilar\nhilario\nhilarion\nhilarius\nhilary\nhilbert\nhilda\nhildebert\nhildebrand\nhildegard\nhildenbrand\nhilgendorf\nhill\nhillard\nhillary\nhillel\nhiller\nhilll\nhills\nhilma\nhilmi\nhilola\nhilpert\nhilton\nhiltunen\nhimadri\nhimani\nhimawan\nhimeno\nhimmet\nhincmar\nhincu\nhind\nhinek\nhingsen\nhingst\nhinojosa\nhinrichs\nhintz\nhipolit\nhipolito\nhippolyte\nhira\nhiram\nhiranmay\nhiranmaya\nhiranya\nhirnstajn\nhirsch\nhirschberg\nhirt\nhirthe\nhirvonen\nhisam\nhitchinson\nhjalmar\nhjort\nhjorth\nhladik\nhladikova\nhladka\nhladky\nhlapec\nhlasni\nhlatshwayo\nhlavac\nhlavacek\nhlavacekova\nhlavackova\nhlavacova\nhlavata\nhlavati\nhlavaty\nhlavka\nhlavkova\nhlengiwe\nhlinka\nhlinkova\nhlongwa\nhlongwane\nhlousek\nhlouskova\nhoa\nhoai\nhoan\nhoang\nhoat\nhobart\nhoc\nhocevar\nhochstrasser\nhocke\nhodanovac\nhodea\nhodel\nhodkiewicz\nhodler\nhodovanj\nhoeger\nhofer\nhoff\nhoffman\nhoffmann\nhoffmannova\nhofman\nhofmann\nhofmanova\nhofstetter\nhoft\nhohenberger\nhohl\nhohn\nhohne\nhohnheiser\nhohosbabic\nhoi\nhojimurod\nhojimurodyev\nhojimurodyeva\nhola\nholan\nholanova\nholas\nholasova\nholcova\nhold\nholden\nholdt\nholec\nholecek\nholeckova\nholguin\nholik\nholikova\nholinski\nholl\nhollard\nhollie\nhollis\nholly\nholm\nholmberg\nholmes\nholmgren\nholmqvist\nholoubek\nholoubkova\nholtfreter\nholub\nholubova\nholuby\nholubyova\nholy\nholz\nholzdeppe\nholzner\nhoma\nhomenick\nhomer\nhomero\nhommel\nhomola\nhomolka\nhomolkova\nhomolova\nhonegger\nhong\nhonig\nhonor\nhonore\nhonorine\nhonorius\nhonz\nhooss\nhop\nhope\nhopland\nhoppe\nhora\nhorac\nhorace\nhoracek\nhoracio\nhorackova\nhoracy\nhorak\nhorakova\nhoratiu\nhordt\nhorea\nhorejsi\nhoria\nhorky\nhorn\nhorna\nhornak\nhornakova\nhorne\nhornicek\nhornickova\nhornik\nhornikova\nhornung\nhorova\nhorska\nhorsky\nhorst\nhort\nhortense\nhortensia\nhortensie\nhortenzia\nhortenzie\nhorvat\nhorvath\nhorvathova\nhorvatova\nhorymir\nhorymira\nhosea\nhosek\nhosiyat\nhoskova\nhossa\nhossova\nhostimil\nhostimila\nhostimir\nhostimira\nhostislav\nhostislava\nhostivit\nhottinguer\nhotz\nhouda\nhoudek\nhoudkova\nhougaard\nhouska\nhouskova\nhouston\nhovanjek\nhovard\nhovorka\nhovorkova\nhoward\nhowe\nhowell\nhoyt\nhoza\nhozan\nhozova\nhrabal\nhrabalova\nhrabovska\nhrabovsky\nhradecka\nhradecky\nhradil\nhradilova\nhrasko\nhraskova\nhrbacek\nhrbackova\nhrbek\nhrbkova\nhrda\nhrdina\nhrdinova\nhrdlicka\nhrdlickova\nhrdy\nhresicdubaic\nhribar\nhric\nhricova\nhrkalovic\nhrmo\nhrmova\nhrncir\nhrncirova\nhrnjak\nhroch\nhrochova\nhromadka\nhromadkova\nhron\nhronova\nhrovat\nhruba\nhrubes\nhrubesova\nhruby\nhruska\nhruskova\nhrusovska\nhrusovsky\nhruza\nhruzova\nhrvatin\nhrvoj\nhrvoje\nhrvojka\nhuan\nhuang\nhuba\nhubacek\nhubackova\nhubenbecker\nhuber\nhubert\nhuberto\nhubl\nhubner\nhubova\nhuccet\nhuckestein\nhud\nhudak\nhudavendigar\nhudayi\nhudcova\nhudec\nhudecek\nhudeckova\nhudson\nhue\nhuebel\nhuel\nhuels\nhuerta\nhuet\nhug\nhugel\nhugh\nhughes\nhugo\nhuguenin\nhugues\nhuguette\nhuhn\nhui\nhuisman\nhuixtlacatl\nhujo\nhuke\nhulda\nhulka\nhulki\nhulkova\nhuls\nhulusi\nhulya\nhuma\nhumaira\nhuman\nhumay\nhumayun\nhumbert\nhumberto\nhumeyra\nhuml\nhumlova\nhuneke\nhuner\nhung\nhunor\nhunter\nhunziker\nhuong\nhurkan\nhurlimann\nhurram\nhurramov\nhurramova\nhurshida\nhursit\nhurtado\nhusak\nhusakova\nhusakovichodzic\nhusameddin\nhusamettin\nhuseby\nhusein\nhusek\nhuseyin\nhusida\nhuskova\nhusnida\nhusniya\nhusnora\nhusnu\nhusrev\nhussein\nhutagalung\nhutapea\nhutasoit\nhuth\nhuttcher\nhutter\nhuu\nhuub\nhuwiler\nhuy\nhuyen\nhuynh\nhuzanic\nhuzeyfe\nhvalimir\nhvezdoslav\nhvezdoslava\nhyacint\nhyacinta\nhyatt\nhybl\nhyblova\nhyman\nhynek\nhynkova\nhypolit\niacob\niacolare\niacono\niacopo\niacopone\niacov\niacovino\niacovone\niago\nian\niana\niancu\niandolo\nianina\nianira\nianis\nianna\niannaccone\niannello\nianni\niannone\niannucci\nianos\niaria\niaroslav\niaroslava\niasmina\niatco\niazzetta\niban\nibarra\nibe\nibidapo\nibikunle\nibironke\nibodulloh\nibodullohyev\nibodullohyeva\niboja\nibou\nibra\nibrahim\nibrahima\nibrani\nibranovic\nibric\nibrohim\nibrohimov\nibrohimova\nibukunoluwa\nibun\nica\nicaro\nicelic\nicha\nichim\nicie\nicilio\niclal\nico\nida\nidan\nidea\nidell\nidella\nidil\nidir\nido\nidowu\nidris\nidriss\nidrissa\nidy\nierardi\nieremia\niersel\niezzi\nifa\nifeanyichukwu\nifeoluwa\nifeoma\niffar\niffet\nifora\nifunanya\nige\niginia\niginio\nigino\niglesias\niglicar\nignac\nignacie\nignacio\nignacy\nignat\nignata\nignatius\nignazio\nignjat\nigor\nigori\nigov\nigric\nihasz\nihly\nihnacak\nihnacakova\nihsan\nihtiyor\nihtiyorov\nihtiyorova\nihvan\nika\nikbal\nike\nikeme\nikenna\nikeoluwa\niker\nikhidie\nikhsan\nikicitoyun\nikin\nikrime\nikrom\nikromov\nikromova\nila\nilai\nilan\nilana\nilancic\nilaria\nilarie\nilario\nilarion\nilay\nilayda\nilbey\nilbilge\nilc\nilda\nildebrando\nildefonso\nildegarda\nildegonda\nildika\nildike\nileana\nilene\nilenia\nilgegu\nilgmars\nilham\nilhami\nilhan\nilia\nilian\niliana\niliane\nilias\nilic\nilicin\nilie\nilies\niliescu\nilija\nilin\nilinca\nilincic\nilinka\nilisic\nilja\niljana\nilkay\nilkben\nilke\nilker\nilknur\nilko\nilksen\nilkyaz\nilles\nillidio\nilling\nilluminato\nilmari\nilmars\nilona\nilori\nilqar\nilsa\nilse\nilupeju\nilva\nilyan\nilyana\nilyane\nilyas\nilyass\nilyes\nilyess\nilyos\nilyosov\nilyosova\nilza\nilzo\nima\nimad\nimam\niman\nimane\nimani\nimelda\nimen\nimene\nimge\nimhof\nimke\nimmacolata\nimmacolato\nimmanuel\nimmelman\nimogen\nimogene\nimoleoluwa\nimpellizzeri\nimprota\nimran\nimrane\nimre\nimrem\nimrich\nimron\nimronov\nimronova\nina\ninanc\ninara\ninars\ninaya\ninc\ninca\ninci\nincoronata\nindah\nindelicato\ninder\nindiana\nindira\nindra\nindrikis\nindro\nindy\nines\ninesa\ninessa\ninez\ninga\ninge\ningeborg\ningeborga\ninger\ningmars\ningrassia\ningrid\ningrida\ningrosso\ninguna\ninioluwa\ninja\ninka\ninkeri\ninna\ninnocent\ninnocente\ninnocenti\ninnocenty\ninnocenza\ninnocenzo\nino\ninocenc\ninocentiu\ninsa\nintan\ninyoni\ninza\ninzerillo\nioan\nioana\nioanina\niodice\niolanda\niole\nion\niona\nione\nionel\nionela\nionelia\nionescu\nionica\nionita\nionne\nionut\niordache\niorga\niorio\niosefina\niosif\niotti\niovino\niovu\nipek\nippocrate\nippoliti\nippolito\nira\niraida\nirawan\nirawati\nirem\niremide\nirena\nirene\nirenej\nireneo\nireneus\nireneusz\nireno\nireti\niretioluwa\nirfan\nirfandi\niriana\niride\niridenta\nirimia\nirina\nirinc\nirinckol\nirinel\niris\nirisa\nirizarry\nirma\nirmak\nirmeli\nirmina\nirnanto\niroda\nirsad\nirtis\nirvin\nirving\nirwan\nirwin\niryna\nisa\nisaac\nisabeau\nisabel\nisabela\nisabell\nisabella\nisabelle\nisabelly\nisac\nisacco\nisadora\nisadore\nisai\nisaia\nisaiah\nisaias\nisak\nisakov\nisaksson\nisaure\nisbrucker\nischirione\nise\nisee\nisekenmeier\niseoluwa\niseult\nishaq\nishola\niside\nisidor\nisidora\nisidore\nisidoro\nisidro\nisioma\nisis\nisisa\nisla\nislam\nisler\nislom\nislomov\nislomova\nismael\nismaele\nismaelo\nismail\nismaila\nismerie\nismet\nismoil\nismoilov\nismoilova\nisobel\nisokun\nisolda\nisom\nisotta\nispas\nispiranovic\nisra\nisraa\nisrael\nissa\nissac\nissam\nissiaka\nistokovic\nistrate\nistrati\nistvan\nisvan\niswahyudi\nita\nitalia\nitalo\niten\nitil\nitri\nitt\nitunuoluwa\nitzel\niulia\niulian\niuliana\niuliano\niuliu\niuri\niurie\niurii\niustin\niustina\niustinian\niva\nivah\nivan\nivana\nivancan\nivancic\nivancica\nivanisic\nivanka\nivankovicbon\nivanna\nivano\nivanoe\nivanov\nivanova\nivanovs\nivar\nivas\nivascu\nive\nivek\niven\niversen\niveta\nivetta\nivic\nivica\nivkovac\nivna\nivo\nivona\nivone\nivonne\nivor\nivory\nivy\niwan\niwanowski\niwanski\nixtiyar\niyabode\niyad\niyadunni\niyalla\niyanda\niyanuoluwa\niyed\niyengar\niyer\niyinoluwa\niyos\niyosov\niza\nizaak\nizabela\nizabella\nizaiah\nizaias\nizajasz\nizak\nizako\nizdebski\nize\nizel\nizia\nizidor\nizidora\nizmael\nizolda\nizoldo\niztok\nizydor\nizzet\nizzettin\nizzi\nizzo\nizzy\njaakko\njaarsveld\njabal\njabari\njablanov\njabulile\njace\njacek\njacey\njachym\njacimovic\njacinthe\njacinto\njack\njackeline\njackie\njacklyn\njackowski\njackson\njacky\njaclyn\njaco\njacob\njacoba\njacobi\njacobo\njacobs\njacobsen\njacobson\njacobus\njacovic\njacqueline\njacquelyn\njacques\njacquet\njacynthe\njad\njada\njade\njaden\njadesola\njadon\njadran\njadrana\njadranka\njadranko\njadro\njadwiga\njadyn\njaeden\njael\njaelynn\njaeman\njaga\njagadish\njagadisha\njagapati\njagaraga\njagathi\njagdeep\njagdish\njager\njaggi\njagica\njagielski\njagmeet\njagodic\njagodzinski\njagusch\njagusic\njahn\njahnke\njahnu\njahoda\njahodova\njai\njaida\njaiden\njail\njailani\njailey\njailyn\njaiman\njaime\njaimes\njaimini\njaimy\njain\njairo\njais\njaivey\njaiyeola\njaka\njakab\njakayla\njake\njakelino\njakes\njakesova\njakl\njaklova\njakob\njakobcin\njakobek\njakobino\njakobo\njakobs\njakobsen\njakobsson\njakolic\njakopic\njakoubek\njakoubkova\njakov\njakub\njakuba\njakubcova\njakubczyk\njakubec\njakubiak\njakubina\njakubka\njakubowski\njakusmejarec\njale\njaleel\njalen\njalil\njalol\njalolov\njalolova\njalon\njalou\njalyn\njamaal\njamal\njamalia\njaman\njamar\njamarcus\njambor\njamel\njames\njameson\njamey\njamie\njamil\njamila\njamir\njamiro\njamison\njamiu\njammie\njamnik\njamol\njamolov\njamolova\njamrozy\njamshid\njamshidov\njamshidova\njan\njana\njanacek\njanackova\njanae\njanaina\njanak\njanakova\njanas\njanata\njanatova\njanca\njancek\njancekova\njancik\njancikova\njancova\njanda\njander\njandova\njane\njanecek\njanecekova\njanecic\njanecka\njaneckova\njanek\njanekovic\njanelle\njanessa\njanet\njaneta\njanevski\njanez\njangid\njani\njaniak\njanica\njanice\njanicek\njanich\njanick\njanicki\njanickova\njanie\njanik\njanikova\njanin\njanina\njanine\njanis\njaniszewski\njaniya\njanja\njanjo\njanka\njanke\njanko\njankovicbeslic\njankovitch\njankovska\njankovskis\njankowiak\njankowski\njanku\njanna\njannah\njanne\njannek\njannes\njanni\njannie\njannik\njannis\njano\njanos\njanosch\njanosevicfranz\njanosik\njanosikova\njanoska\njanoskova\njanota\njanotova\njanousek\njanouskova\njanovska\njanovsky\njanowski\njansa\njansen\njanska\njansky\njansone\njansons\njansova\njanssen\njanssens\njansson\njantjies\njantosovic\njantosovicova\njanu\njanuar\njanus\njanusko\njanusz\njanuszewski\njany\njaphet\njaquan\njaquelin\njaqueline\njaquez\njara\njaramillo\njarc\njardan\njared\njaren\njares\njaresova\njarets\njari\njarmil\njarmila\njarne\njarnec\njarno\njaro\njarod\njarolim\njarolima\njaromil\njaromir\njaromira\njaron\njaros\njaroslav\njaroslava\njarosova\njarosz\njarred\njarrell\njarret\njarrett\njarrod\njarvinen\njarvis\njarwa\njarwadi\njarwi\njarzabek\njasarevic\njasek\njasen\njasenko\njasin\njasinski\njaskiewicz\njaskolski\njaskova\njasmani\njasmijn\njasmin\njasmina\njasmine\njasna\njasnena\njason\njasper\njassem\njassim\njasso\njast\njastrzebski\njasur\njasuryev\njasuryeva\njaswadi\njati\njatmiko\njauk\njaunita\njautrite\njavas\njavi\njavier\njavlon\njavlonov\njavlonova\njavohir\njavohirov\njavohirova\njavon\njavonte\njavurek\njavurkova\njawad\njawed\njaworski\njax\njaxon\njaxx\njay\njaya\njayadi\njayce\njaycee\njayda\njayde\njayden\njaydon\njayeng\njaylan\njaylano\njaylen\njaylin\njaylinn\njaylon\njayme\njayne\njayson\njayvano\njazbinsek\njazeps\njazlyn\njazmin\njazmyn\njazmyne\njazvinsak\njazz\njazzlyn\njazzlynn\njean\njeana\njeanette\njeanie\njeanne\njeannel\njeanneret\njeannette\njeannie\njeannot\njech\njechova\njed\njedediah\njedidiah\njedlicka\njedlickova\njedlovska\njedlovsky\njedrzejczak\njedrzejczyk\njedrzejewski\njef\njeff\njefferey\njeffery\njeffrey\njeffry\njefri\njefta\njeftic\njeftovic\njegorov\njehanne\njekabs\njekabsone\njekabsons\njela\njelacic\njelasic\njelen\njelena\njelenova\njelica\njelinek\njelinkova\njelisavac\njelisaveta\njelita\njelka\njella\njelle\njellinghaus\njelmer\njelte\njena\njendek\njendekova\njenel\njenicek\njenickova\njenifer\njenkac\njenkins\njenko\njenna\njennah\njenni\njennie\njennifer\njennings\njenny\njennyfer\njenovefa\njens\njensen\njente\njeorga\njeppe\njeppesen\njerab\njerabek\njerabkova\njerad\njerald\njeram\njeramie\njeramy\njerde\njereb\njerel\njeremi\njeremiah\njeremias\njeremiasz\njeremic\njeremie\njereminov\njeremy\njergic\njergus\njerinic\njerinkic\njerkov\njerkovic\njermain\njermaine\njermey\njernej\njerod\njerome\njeromo\njeromy\njeronimo\njeronym\njerrell\njerrod\njerrold\njerry\njerschabek\njerzy\njesa\njesenicnik\njesika\njesper\njespersen\njess\njesse\njessica\njessie\njessika\njesslyn\njesslynn\njessy\njessyca\njesus\njet\njett\njette\njettie\njeusa\njevgenijs\njevon\njevremcevic\njevremov\njevremovic\njevric\njevrosima\njevrosimov\njevrosimovic\njevtanovic\njevtic\njevtovic\njewel\njewell\njez\njezdic\njezdimir\njezdimirovic\njezek\njezierski\njezkova\njezova\njha\njibril\njidde\njihane\njil\njilek\njilji\njilkova\njill\njillian\njim\njimena\njimenez\njimi\njiminez\njimmie\njimmy\njimoh\njimram\njinane\njinawi\njindra\njindrich\njindriska\njindrova\njinte\njinthe\njip\njira\njirak\njirakova\njiranek\njirankova\njirasek\njiraskova\njiri\njirik\njirikova\njirina\njirka\njirkova\njirku\njirousek\njirouskova\njirova\njirsa\njirsova\njitender\njitendra\njitka\njiyan\njoachim\njoah\njoakim\njoakimo\njoan\njoana\njoanie\njoann\njoanna\njoanne\njoannie\njoanny\njoany\njoao\njoaquim\njoaquin\njoas\njob\njocelyn\njocelyne\njocjo\njockovic\njodi\njodie\njody\njoe\njoel\njoelina\njoeline\njoelle\njoep\njoes\njoesph\njoey\njohan\njohana\njohancjo\njohanino\njohann\njohanna\njohanne\njohannes\njohannessen\njohannsen\njohano\njohansen\njohansson\njohar\njohathan\njohn\njohnathan\njohnathon\njohnnie\njohnny\njohnova\njohnpaul\njohns\njohnsen\njohnson\njohnston\njokanovic\njokic\njokicic\njokin\njokinen\njoko\njokovic\njoksimovic\njolana\njolanda\njolanta\njolayemi\njoleen\njolie\njolien\njolijn\njolin\njolina\njoline\njoly\njon\njona\njonah\njonas\njonasova\njonata\njonatan\njonatano\njonathan\njonathon\njonatova\njones\njong\njonge\njonker\njonna\njono\njonsson\njonte\njoojo\njoost\njop\njordaan\njordan\njordana\njordane\njordanovic\njordi\njordon\njordy\njordyn\njorg\njorga\njorge\njorgen\njorin\njoris\njorn\njorrit\njort\njosan\njoscha\njoschua\njose\njosef\njosefa\njosefien\njosefin\njosefina\njosefine\njosep\njoseph\njosephin\njosephine\njosette\njosh\njoshi\njoshua\njoshuah\njosiah\njosiane\njosianne\njosic\njosie\njosiko\njosip\njosipa\njosko\njoso\njossa\njosse\njosselin\njost\njostiak\njosua\njosue\njosuo\njosy\njoubert\njoud\njourdain\njovan\njovana\njovancevic\njovani\njovanka\njovanny\njovanovic\njovanovicfilicic\njovany\njovicic\njovin\njoy\njoya\njoyce\njoza\njoze\njozef\njozefa\njozefina\njozefino\njozefo\njozica\njozsef\njozue\njozwiak\njozwik\njuan\njuana\njuanita\njuarez\njucken\njuda\njudah\njudd\njude\njudge\njudicael\njudita\njudite\njudith\njudito\njudson\njudy\njudyta\njugoslav\njuha\njuhani\njuhart\njuhasz\njuhl\njuho\njukka\njukuma\njukums\njula\njulan\njule\njules\njuli\njulia\njulian\njuliana\njuliane\njulianne\njulide\njulie\njulien\njulienne\njuliet\njulieta\njulieto\njuliette\njuliino\njulija\njulijana\njulijs\njulika\njulina\njulio\njulita\njulius\njuliusz\njumadi\njumagul\njumari\njumike\njumikis\njuna\njunayd\njunck\njune\njunek\njung\njungbluth\njungton\njunior\njunius\njunkova\njuno\njunon\njur\njurado\njuraj\njurasic\njuraskovic\njurcik\njurcikova\njure\njurecka\njureckova\njurek\njurg\njurgens\njurgis\njuri\njurica\njuricova\njurik\njurikova\njurina\njurinova\njurisevic\njurisic\njurisicspajic\njurisin\njurjevic\njurkiewicz\njurkovic\njurkovicova\njurkowski\njurre\njusma\njusra\njust\njuste\njusten\njusteno\njustesen\njustice\njustin\njustina\njustine\njuston\njustus\njustyn\njustyna\njusuf\njuszczak\njuta\njuul\njuvenal\njuwan\njuwita\njuwon\njyoti\njyotis\njyotsana\nkaan\nkaarina\nkaat\nkabat\nkabatova\nkabic\nkabil\nkablinovic\nkacaniklic\nkacar\nkacarevic\nkacavenda\nkacey\nkaci\nkacie\nkacirek\nkacirkova\nkacper\nkacprzak\nkacung\nkaczmarczyk\nkaczmarek\nkaczmarski\nkaczor\nkaczorowski\nkaczynski\nkadar\nkade\nkadem\nkaden\nkader\nkaderabek\nkaderabkova\nkadiatou\nkadidia\nkadidiatou\nkadijevic\nkadin\nkadir\nkadlec\nkadlecova\nkadnar\nkadri\nkadrican\nkadriye\nkady\nkaela\nkaelyn\nkaesmacher\nkafenda\nkafendova\nkafka\nkafkova\nkafle\nkagan\nkagi\nkagiso\nkahina\nkahl\nkahler\nkahlert\nkahles\nkahlmeyer\nkahveci\nkahyang\nkai\nkaia\nkailash\nkailee\nkailey\nkailyn\nkaina\nkainovic\nkairav\nkais\nkaiser\nkaisrova\nkaitlin\nkaitlyn\nkaitovic\nkaj\nkaja\nkajen\nkajetan\nkajganic\nkakkar\nkala\nkalab\nkalaba\nkalabic\nkalabova\nkalajanovic\nkalajdzic\nkalajic\nkalajitovic\nkalamiza\nkalas\nkalasova\nkale\nkalea\nkaleb\nkaleigh\nkaleja\nkalejs\nkalender\nkalendic\nkalervo\nkaleta\nkalevi\nkaley\nkali\nkalic\nkalidou\nkalim\nkalin\nkalina\nkalinda\nkalinik\nkalinova\nkalinowski\nkalinski\nkaliska\nkalisky\nkalistrat\nkalisz\nkalivoda\nkalivodova\nkallabis\nkallay\nkallayova\nkalle\nkallensee\nkallie\nkallio\nkallis\nkalna\nkalnaja\nkalnajs\nkalnina\nkalnins\nkalns\nkalocsay\nkalous\nkalousek\nkalouskova\nkalousova\nkalova\nkalpana\nkalyan\nkalyani\nkama\nkamal\nkamala\nkamalesh\nkamara\nkamaria\nkamat\nkambali\nkamber\nkambic\nkamel\nkamelya\nkamenicki\nkamenik\nkamenikova\nkamenov\nkameron\nkamidin\nkamil\nkamila\nkamile\nkamilla\nkamille\nkaminski\nkamla\nkamlesh\nkamol\nkamola\nkamoliddin\nkamoliddinyev\nkamoliddinyeva\nkamolov\nkamolova\nkampf\nkampschulte\nkamran\nkamren\nkamron\nkamryn\nkamuran\nkan\nkana\nkanak\nkanaka\nkanaria\nkanchan\nkanda\nkande\nkandecki\nkandji\nkane\nkanea\nkani\nkania\nkanic\nkaniewski\nkanimal\nkanishka\nkaniyar\nkanizaj\nkanka\nkankova\nkannan\nkannen\nkano\nkanova\nkante\nkanti\nkantor\nkantorova\nkanzaki\nkapgar\nkaplan\nkaplanova\nkapoor\nkappe\nkappler\nkaproncai\nkapsa\nkapulica\nkapusta\nkara\nkarabocek\nkarabulut\nkarac\nkaraca\nkaracic\nkaradamis\nkaradas\nkaraduman\nkaraer\nkarahan\nkarajcic\nkarak\nkarakasevic\nkaram\nkaraman\nkaramarkovic\nkaramata\nkaramba\nkaramoko\nkaran\nkarapetric\nkaras\nkarasek\nkarasicevic\nkaraskova\nkarasova\nkaratosic\nkaraulac\nkaraulic\nkaravidic\nkarban\nkarbanova\nkarczewski\nkardache\nkardi\nkardinal\nkardos\nkareem\nkarel\nkarelle\nkarem\nkaren\nkarhoff\nkari\nkariane\nkarianne\nkarika\nkarikari\nkarim\nkarima\nkarimah\nkariman\nkarin\nkarina\nkarine\nkarja\nkarjalainen\nkarki\nkarklina\nkarklins\nkarl\nkarla\nkarlak\nkarlee\nkarley\nkarli\nkarlic\nkarlie\nkarlijn\nkarlik\nkarlikova\nkarlinski\nkarlis\nkarlo\nkarlotta\nkarlova\nkarlsen\nkarlsone\nkarlsons\nkarlsson\nkarma\nkarman\nkarmela\nkarmen\nkarmeno\nkarna\nkarol\nkarolann\nkaroliina\nkarolina\nkaroline\nkarolino\nkarolo\nkarpinski\nkarrass\nkarsa\nkarsana\nkarson\nkarst\nkarsten\nkarta\nkartal\nkarthik\nkartik\nkartika\nkarul\nkarulova\nkarunanidhi\nkarus\nkarwowski\nkarya\nkasal\nkasalova\nkasandra\nkasanin\nkasapoglu\nkasavica\nkaselj\nkaser\nkasey\nkashyap\nkashyapi\nkasian\nkasik\nkasikova\nkasikovic\nkasim\nkasiran\nkasiyah\nkaspar\nkasparek\nkasparkova\nkasparova\nkasper\nkasperek\nkasprzak\nkasprzyk\nkass\nkassandra\nkasse\nkassim\nkassulke\nkasten\nkasterovic\nkastner\nkastor\nkasusra\nkaszuba\nkata\nkatariina\nkatarina\nkatarincek\nkatarzyna\nkate\nkatelin\nkatell\nkatelyn\nkatelynn\nkaterina\nkaterino\nkatharina\nkather\nkatherine\nkatheryn\nkathleen\nkathlyn\nkathrada\nkathrin\nkathrine\nkathryn\nkathryne\nkathy\nkatia\nkatic\nkatica\nkatie\nkatija\nkatina\nkatja\nkatlyn\nkatlynn\nkato\nkatoi\nkatona\nkatrin\nkatrina\nkatrine\nkatrusa\nkatryn\nkattie\nkatulic\nkatun\nkaty\nkatzinski\nkaufmann\nkaul\nkaulina\nkaulins\nkaur\nkausemann\nkautzer\nkavcic\nkavka\nkavkova\nkavon\nkawa\nkawaca\nkawaya\nkawecki\nkawohl\nkawtar\nkay\nkaya\nkayaalp\nkayca\nkaycee\nkayden\nkayla\nkaylah\nkaylee\nkayleigh\nkayley\nkayli\nkayliah\nkaylie\nkaylin\nkayna\nkaynak\nkayode\nkayra\nkays\nkayun\nkazanc\nkazda\nkazdova\nkazenski\nkazi\nkazimierz\nkazimir\nkazimira\nkazkatun\nkazmarek\nkazmierczak\nkeagan\nkeano\nkeanu\nkeara\nkeaton\nkeba\nkebe\nkececi\nkedzierski\nkedziora\nkeebler\nkeefe\nkeegan\nkeeley\nkeeling\nkeely\nkeenan\nkeerti\nkees\nkeet\nkehinde\nkeil\nkeiner\nkeira\nkeisha\nkeita\nkeith\nkeizare\nkeizars\nkeji\nkekic\nkekik\nkeklik\nkeleka\nkeleman\nkelemen\nkeles\nkellen\nkeller\nkelley\nkelli\nkellie\nkelly\nkelm\nkelsi\nkelsie\nkelton\nkelvin\nkelya\nkelyan\nkemal\nkemalettin\nkemba\nkemfelja\nkemi\nkemmer\nkemp\nkempe\nkemper\nkempis\nkempter\nken\nkenan\nkenari\nkendall\nkende\nkendra\nkendrick\nkenes\nkenina\nkenins\nkeniz\nkenizova\nkenji\nkenna\nkennedi\nkennedy\nkenneth\nkennith\nkenny\nkeno\nkensi\nkent\nkenton\nkenya\nkenyatta\nkenyon\nkenza\nkenzi\nkenzie\nkenzo\nkenzy\nkeon\nkepa\nkepez\nkeramet\nkerami\nkerekes\nkerem\nkeremsah\nkeren\nkerim\nkerl\nkerluke\nkern\nkerry\nkerstin\nkertzmann\nkeseroglu\nkeshaun\nkeshawn\nkesina\nkeskin\nkesme\nkessaf\nkesselring\nkesselschlager\nkessler\nketsia\nkette\nkettenis\nkeung\nkeutel\nkeven\nkevin\nkevon\nkevser\nkeyan\nkeyken\nkeyla\nkeyon\nkeyshawn\nkezia\nkezlik\nkgabu\nkha\nkhac\nkhadidiatou\nkhadidja\nkhadija\nkhadim\nkhadka\nkhady\nkhai\nkhalid\nkhalifa\nkhalil\nkhan\nkhang\nkhanh\nkhanna\nkhanyisile\nkhatri\nkhawula\nkhe\nkhem\nkhethiwe\nkhiem\nkhiet\nkhieu\nkhoa\nkhoan\nkhoat\nkhoi\nkhoudia\nkhouma\nkhoza\nkhuc\nkhue\nkhulekani\nkhumalo\nkhumalu\nkhuong\nkhuyen\nkhuzwayo\nkian\nkiana\nkiandra\nkianna\nkiano\nkiara\nkiarra\nkicanovic\nkicema\nkiceskulov\nkicevac\nkicic\nkick\nkiehn\nkiel\nkiem\nkien\nkiera\nkieran\nkiessling\nkiet\nkieu\nkihas\nkihn\nkika\nkikelomo\nkiki\nkilback\nkiley\nkilian\nkillian\nkilyan\nkim\nkimberley\nkimberly\nkimi\nkimo\nkin\nkinadeter\nkincso\nkindelan\nkindl\nkindlova\nkine\nking\nkinga\nkinh\nkinnunen\nkinzel\nkinzy\nkip\nkira\nkiraly\nkiran\nkirana\nkiraz\nkirch\nkirilo\nkirk\nkirlin\nkirst\nkirsten\nkirstin\nkirti\nkis\nkisabaka\nkisfalubac\nkisiel\nkiss\nkita\nkitic\nkitonjic\nkitty\nkiyan\nkizivat\nkjeld\nkjeldsen\nkjell\nklaas\nklabuhn\nklacar\nkladar\nkladarin\nklanac\nklander\nklanjo\nklapec\nklapka\nklapkova\nklapper\nklara\nklarencjusz\nklaro\nklasanovic\nklasnja\nklauder\nklaudia\nklaudian\nklaudie\nklaudino\nklaudius\nklaudiusz\nklaudo\nklaus\nklausen\nklavina\nklavins\nklavs\nklea\nkleber\nklecina\nklecka\nkleckova\nkleeberg\nkleiber\nklein\nkleinert\nkleininger\nkleinmann\nkleinova\nkleinsteuber\nkleiss\nklemen\nklemencic\nklemens\nklement\nklementina\nklementino\nklementova\nklementyna\nklemme\nkleopatra\nkleopatro\nklerk\nkleven\nklikovac\nklima\nklimczak\nklimek\nkliment\nklimentova\nklimes\nklimesova\nklimova\nklimovic\nklinac\nklincov\nkling\nklinger\nklinic\nklink\nklisanin\nklitemnestro\nkljecanin\nklocko\nklopsch\nklose\nkloss\nklotildo\nklotylda\nkloucek\nklouckova\nklouda\nkloudova\nkluge\nklusener\nkluwe\nkmet\nkmetova\nkmiec\nkmiecik\nknabe\nknap\nknapik\nknapova\nknecht\nkneifel\nknetsch\nknez\nknies\nknippel\nknobel\nknoblich\nknoetze\nknoll\nknorr\nknorscheidt\nknotek\nknotkova\nknudsen\nknut\nknuto\nkobe\nkobela\nkobia\nkobs\nkobus\nkoby\nkoc\nkocchar\nkocer\nkoch\nkochan\nkochova\nkoci\nkocian\nkocianova\nkocis\nkocisova\nkocjan\nkock\nkocman\nkocmanova\nkocoglu\nkocourek\nkocourkova\nkocsis\nkocyigit\nkoczulla\nkoderisch\nkody\nkoehl\nkoehler\nkoelpin\nkoen\nkoenig\nkoepp\nkoester\nkofferschlager\nkofi\nkofler\nkofranek\nkogan\nkogut\nkoha\nkohle\nkohler\nkohlmann\nkohnle\nkohout\nkohoutek\nkohoutkova\nkohoutova\nkohrbruck\nkohre\nkohrt\nkohs\nkoirala\nkoivisto\nkoj\nkojcic\nkojcinovic\nkojo\nkok\nkoka\nkokalj\nkokanov\nkokanovic\nkokar\nkoko\nkokoskov\nkokovic\nkoks\nkoksal\nkola\nkolacek\nkolackova\nkolade\nkolak\nkolakovic\nkolar\nkolarac\nkolarevic\nkolaric\nkolarik\nkolarikova\nkolarov\nkolarova\nkolasa\nkolawole\nkolb\nkolby\nkole\nkoleiski\nkolek\nkolembus\nkolenc\nkolesar\nkolesaric\nkolesarova\nkoleta\nkolgjeraj\nkolkova\nkollar\nkollarova\nkolly\nkolman\nkolmanova\nkolnik\nkolnikova\nkolokas\nkoloman\nkolombin\nkolombina\nkolompar\nkolonja\nkolos\nkolotzei\nkolovic\nkolumban\nkolumbin\nkolumbina\nkolundzic\nkolundzicradic\nkolundzija\nkomad\nkomadinic\nkomadinovic\nkomak\nkomanov\nkomanovic\nkomar\nkomarcevic\nkomarcic\nkomarek\nkomarica\nkomarkova\nkomarnicki\nkomaromy\nkomarov\nkomatina\nkomatinovic\nkomatovic\nkomazec\nkomil\nkomila\nkomilov\nkomilova\nkominek\nkominkova\nkomljen\nkomljenovic\nkomluski\nkomnenic\nkomnenov\nkomnenovic\nkomoll\nkomorowski\nkomron\nkomronov\nkomronova\nkon\nkonate\nkoncar\nkonda\nkondza\nkonecna\nkonecny\nkong\nkonicek\nkonickova\nkonieczna\nkonieczny\nkonig\nkoning\nkonopelski\nkonopka\nkonow\nkonrad\nkonrads\nkonstance\nkonstancie\nkonstancja\nkonstantin\nkonstantins\nkonstanty\nkonstantyn\nkonsuela\nkonta\nkonte\nkonya\nkonzuela\nkoob\nkoomson\nkopal\nkopalova\nkopanec\nkopano\nkopas\nkopczynski\nkopec\nkopecek\nkopecka\nkopeckova\nkopecky\nkopecna\nkopecny\nkoper\nkopernick\nkopf\nkopriva\nkoprivec\nkoprivova\nkora\nkoralia\nkoray\nkorbel\nkorbelova\nkorbin\nkorbinian\nkorda\nkordic\nkordin\nkordula\nkordulup\nkorec\nkorecova\nkorede\nkorey\nkorhonen\nkorica\nkorina\nkorinek\nkorinkova\nkorinna\nkorkmaz\nkorkut\nkorkutovic\nkormukcu\nkornel\nkorneli\nkornelia\nkornelie\nkornelius\nkorneliusz\nkorol\nkorosec\nkorotaj\nkorpas\nkorsa\nkorta\nkortajarena\nkorusac\nkory\nkorzeniowski\nkos\nkosalec\nkosanin\nkosarac\nkoscalek\nkose\nkosenkow\nkoseoglu\nkosevic\nkosik\nkosikova\nkosina\nkosinova\nkosinski\nkoskinen\nkosma\nkosmas\nkosnicar\nkosnicarevic\nkosoko\nkosova\nkosowski\nkospic\nkoss\nkosta\nkostadinovic\nkostal\nkostalova\nkostecki\nkoster\nkostic\nkostin\nkostka\nkostkaova\nkostkova\nkostrec\nkostrecova\nkostrzewa\nkostunica\nkosutarac\nkosutic\nkoszewski\nkot\nkotaranin\nkotaras\nkotarcevic\nkotarlic\nkotas\nkotasova\nkotek\nkotevic\nkotkova\nkotlar\nkotlarova\nkotowski\nkotrba\nkotrbova\nkotrljanovic\nkotzin\nkouba\nkoubaa\nkoubek\nkoubkova\nkoubova\nkoudela\nkoudelka\nkoudelkova\nkoudelova\nkoukal\nkoukalova\nkouril\nkourilova\nkoutna\nkoutny\nkovac\nkovacek\nkovacevic\nkovacic\nkovacik\nkovacikova\nkovacova\nkovacs\nkovalski\nkovar\nkovarik\nkovarikova\nkovarova\nkovcin\nkovincic\nkovinjalo\nkovjanic\nkovljenic\nkovrlija\nkowal\nkowalczuk\nkowalczyk\nkowalewski\nkowalick\nkowalik\nkowalinski\nkowalski\nkoya\nkoyluoglu\nkoyuncu\nkoza\nkozak\nkozakiewicz\nkozakova\nkozarac\nkozarev\nkozarevic\nkozarski\nkozel\nkozey\nkozic\nkozlica\nkozlina\nkozlova\nkozlovacki\nkozma\nkozova\nkrabbe\nkraft\nkragl\nkragulj\nkraguljac\nkrahovski\nkraig\nkraincanic\nkrajci\nkrajcik\nkrajcir\nkrajcirova\nkrajco\nkrajcova\nkrajcovic\nkrajcovicova\nkrajewski\nkrajicek\nkrajicekova\nkrajickova\nkrajina\nkrajinovic\nkrajisnik\nkrajnc\nkrajnovic\nkrakowiak\nkral\nkralicek\nkralickova\nkralik\nkralikova\nkralj\nkralja\nkraljinovic\nkralova\nkramaric\nkramer\nkrance\nkrancis\nkranjski\nkranz\nkrasava\nkrasic\nkrasnova\nkrasomil\nkrasomila\nkrasoslav\nkrastina\nkrastins\nkratka\nkratky\nkratochvil\nkratochvilova\nkratofil\nkrauel\nkraule\nkraulis\nkraus\nkrause\nkrausova\nkrauspe\nkrauze\nkrawczyk\nkrawiec\nkrcevinac\nkrcmar\nkrcmarevic\nkrcmarova\nkreb\nkrebs\nkrecek\nkreckova\nkregar\nkreiger\nkreissig\nkrejci\nkrejcik\nkrejcikova\nkrejcir\nkrejcirova\nkrejcova\nkremanac\nkremenovic\nkrenek\nkrenkova\nkresimir\nkreslina\nkreslins\nkresoja\nkresojevic\nkresomysl\nkresonja\nkresse\nkrestalica\nkreutz\nkreuzo\nkrga\nkricak\nkricka\nkrickovic\nkrieger\nkriel\nkrieva\nkrievina\nkrievins\nkrievs\nkrige\nkrijn\nkrijt\nkrilovic\nkrimhildo\nkrinulovic\nkrippner\nkris\nkrisan\nkrisanov\nkrisanovic\nkrishna\nkrishnadas\nkrishnadasa\nkrisjanis\nkriss\nkrista\nkristan\nkristen\nkristensen\nkristi\nkristian\nkristiana\nkristians\nkristiansen\nkristic\nkristie\nkristiina\nkristijan\nkristin\nkristina\nkristine\nkristino\nkristjan\nkristof\nkristofer\nkristoffer\nkristoffersen\nkristofova\nkristopher\nkristy\nkristyna\nkrisztian\nkrisztofer\nkrivacevic\nkrivaja\nkrivanek\nkrivankova\nkrivcevic\nkrivda\nkrivokuca\nkrivosic\nkrivosija\nkriz\nkrizaj\nkrizan\nkrizek\nkrizic\nkrizkova\nkrizova\nkrkalo\nkrkeljic\nkrkic\nkrkljus\nkrkobabic\nkrmelj\nkrnjajic\nkrockert\nkrodinger\nkroger\nkrogh\nkrohn\nkrol\nkrolikowski\nkron\nkronberga\nkronbergs\nkropacek\nkropackova\nkroupa\nkroupova\nkrpovic\nkrsmanic\nkrsmanovic\nkrsmic\nkrspogacin\nkrstajic\nkrstanovic\nkrstekanic\nkrstic\nkrsticic\nkrstin\nkrstinic\nkrstivojevic\nkrsto\nkrstonic\nkrueger\nkrug\nkrugel\nkruger\nkruk\nkrukowski\nkrull\nkrumina\nkrumins\nkruno\nkrunoslav\nkrupa\nkrupicka\nkrupickova\nkrupinski\nkrupka\nkrupkova\nkrupova\nkrusarovski\nkruschinski\nkruskovic\nkruszewski\nkruzevic\nkrvavac\nkrysiak\nkryspin\nkrystal\nkrystel\nkrystian\nkrystina\nkrystof\nkrystyna\nkrzeminski\nkrznaric\nkrzysztof\nkrzyzanowski\nksantipo\nksawera\nksawery\nksenia\nksenija\nksenofont\nkshlerin\nksiazek\nkub\nkuba\nkubacki\nkubad\nkubadov\nkubadova\nkubanek\nkubankova\nkubat\nkubatova\nkubcova\nkubec\nkubelka\nkubelkova\nkubena\nkubera\nkubes\nkubesova\nkubheka\nkubiak\nkubica\nkubicek\nkubicki\nkubickova\nkubicova\nkubik\nkubikova\nkubilay\nkubin\nkubinova\nkubis\nkubisova\nkubli\nkubova\nkubra\nkubura\nkuc\nkuca\nkucara\nkucera\nkucerova\nkuchar\nkucharczyk\nkucharova\nkucharski\nkuchta\nkuchtova\nkucinac\nkucinski\nkucova\nkucukler\nkuczynski\nkuday\nkuddusi\nkudeljas\nkudlacek\nkudlackova\nkudrna\nkudrnova\nkufahl\nkuhar\nkuhic\nkuhlee\nkuhlman\nkuhn\nkuhnel\nkuhnemund\nkuhnen\nkuhnert\nkuhnke\nkuhnl\nkuijpers\nkuiper\nkujavec\nkujawa\nkujawski\nkujoe\nkukla\nkuklova\nkukuljica\nkukuruznjak\nkula\nkulas\nkulesza\nkulhanek\nkulhankova\nkulhava\nkulhavy\nkulig\nkulik\nkulimann\nkulinski\nkulma\nkulmane\nkulmanis\nkumar\nkumari\nkumbernuss\nkumcuoglu\nkumi\nkummle\nkumru\nkumuda\nkumush\nkunc\nkuncara\nkuncova\nkunde\nkunene\nkunes\nkunesova\nkung\nkunhuta\nkunicbukovac\nkunstek\nkunt\nkunter\nkunthara\nkunz\nkunze\nkupcova\nkupec\nkupfer\nkuphal\nkupka\nkupkova\nkupprion\nkuprion\nkupusinac\nkuraica\nkurcubic\nkurek\nkurevija\nkuridza\nkurija\nkurilic\nkurjacic\nkurjacki\nkurka\nkurkova\nkurmazovic\nkurnia\nkurniawan\nkurnicki\nkurnoga\nkurobasa\nkurowski\nkurrat\nkursad\nkurschilgen\nkursteiner\nkurt\nkurtak\nkurtanjek\nkurtis\nkurtovic\nkurtuma\nkurucev\nkurucic\nkurutluoglu\nkurzemniece\nkurzemnieks\nkus\nkusan\nkusanovic\nkuschewitz\nkuschmann\nkusi\nkusic\nkuske\nkusljevic\nkusljic\nkusmawati\nkustermann\nkusters\nkusuma\nkusumo\nkuswandari\nkuswoyo\nkutbettin\nkutch\nkuter\nkutlay\nkutlija\nkutscherauer\nkutzner\nkuvalis\nkuypers\nkuzel\nkuzelj\nkuzelova\nkuzet\nkuzey\nkuzman\nkuzmanic\nkuzmanicsarac\nkuzmina\nkuzucu\nkvacanovic\nkvapil\nkvapilova\nkvarme\nkvasina\nkvasnicka\nkvasnickova\nkvekic\nkveta\nkveton\nkvetos\nkvetoslav\nkvetoslava\nkvetuse\nkvido\nkvrgic\nkwaakye\nkwabena\nkwadwo\nkwaku\nkwame\nkwamena\nkwan\nkwarteng\nkwasi\nkwasniewski\nkweku\nkwesi\nkwiatkowski\nkwiecien\nkwiecinski\nkwintyn\nkwok\nkwong\nkyan\nkyano\nkyara\nkyei\nkyla\nkyle\nkylee\nkyleigh\nkyler\nkylian\nkyliann\nkylie\nkyllian\nkyllikki\nkyncl\nkynclova\nkyra\nkysel\nkysela\nkyselova\nlaack\nlaakso\nlaaksonen\nlaal\nlaan\nlabadie\nlabalo\nlaban\nlabanac\nlabate\nlabotic\nlaboy\nlabuda\nlabudova\nlabuh\nlabus\nlac\nlacanin\nlace\nlacerda\nlacey\nlach\nlachlan\nlacina\nlacinova\nlacis\nlack\nlacko\nlackova\nlacman\nlacnjevac\nlacramioara\nlacroix\nlacy\nlada\nladarius\nladega\nladewig\nladina\nladislao\nladislau\nladislav\nladislava\nladji\nlaetitia\nlaezza\nlafayette\nlaforza\nlagana\nlagrange\nlahna\nlahtinen\nlai\nlaia\nlaila\nlailasari\nlaine\nlaisha\nlaitinen\nlaitkam\nlaivina\nlaivins\nlajos\nlakatos\nlakatosova\nlaketa\nlaketic\nlakic\nlakin\nlakomy\nlaksana\nlakshman\nlakshmi\nlakshmidhar\nlakshminath\nlaksita\nlaksmiwati\nlal\nlala\nlale\nlaletin\nlalic\nlalie\nlalita\nlam\nlama\nlamacchia\nlamar\nlambelet\nlambert\nlamberti\nlamberto\nlambic\nlamia\nlamih\nlamine\nlammert\nlamont\nlamos\nlamula\nlan\nlana\nlanang\nlance\nlancelot\nlancilotto\nlanda\nlanden\nlander\nlandi\nlandmane\nlandmanis\nlandmann\nlandolfo\nlandova\nlandry\nlane\nlaney\nlanfranco\nlang\nlanga\nlange\nlanger\nlangeveldt\nlangfeld\nlanggeng\nlanghirt\nlangosh\nlangova\nlangr\nlangrova\nlangworth\nlanig\nlanjar\nlantar\nlanteri\nlanz\nlanza\nlap\nlapcevic\nlapenna\nlapina\nlapins\nlapo\nlapsina\nlapsins\nlara\nlaras\nlari\nlarina\nlarisa\nlarissa\nlarkin\nlaron\nlarry\nlars\nlarsen\nlarson\nlarsson\nlarue\nlarysa\nlascar\nlascio\nlaskowski\nlasma\nlasmane\nlasmanis\nlasmanto\nlasmono\nlasota\nlassana\nlasse\nlaswi\nlaszlo\nlatal\nlatalova\nlatif\nlatifa\nlatifat\nlatife\nlatika\nlatini\nlatkovska\nlatkovskis\nlatofat\nlatorre\nlatoya\nlattanzi\nlatupono\nlau\nlauberga\nlaubergs\nlaubscher\nlauckner\nlauinger\nlaura\nlaurane\nlaure\nlaureano\nlaureen\nlaurel\nlaureline\nlauren\nlaurenc\nlaurence\nlaurencie\nlaurencja\nlaurencjusz\nlaurenco\nlaurene\nlaurens\nlaurent\nlaurentia\nlaurentino\nlaurentiu\nlaurenty\nlaurentyna\nlaurenz\nlauretta\nlauri\nlaurian\nlauriane\nlaurianne\nlauriano\nlauridsen\nlaurie\nlaurin\nlaurine\nlauro\nlaursen\nlaury\nlauryn\nlausecker\nlautone\nlaux\nlava\nlavada\nlavanya\nlavecchia\nlavern\nlaverna\nlaverne\nlavicka\nlavickova\nlavina\nlavinia\nlavinio\nlavize\nlavon\nlavonne\nlaw\nlawal\nlawrence\nlawrencia\nlaws\nlawson\nlax\nlaxman\nlaxmi\nlayana\nlayanah\nlayla\nlaylo\nlayne\nlazanski\nlazar\nlazarac\nlazare\nlazarev\nlazarevic\nlazari\nlazaro\nlazarov\nlazendic\nlazetic\nlazic\nlazin\nlazinica\nlaziz\nlazizov\nlazizova\nlazuardi\nlazzari\nlazzarini\nlazzaro\nlea\nleah\nleahu\nleal\nleale\nlean\nleana\nleander\nleandr\nleandra\nleandre\nleandro\nleane\nleann\nleanna\nleanne\nleannon\nleano\nleart\nleatha\nlebeda\nlebedova\nleberer\nlebron\nlebsack\nlecca\nlecce\nlech\nlecic\nleclerc\nleclercq\nlecomte\nleda\nledda\nledesma\nledion\nledner\nlee\nleela\nleelou\nleena\nleendert\nleeuw\nleeuwen\nlefebvre\nlefevre\nleffler\nlega\nlegawa\nleggio\nlegrand\nlegros\nlegzdina\nlegzdins\nlehmann\nlehna\nlehner\nlehtinen\nlehto\nlehtonen\nleia\nleibold\nleide\nleif\nleigh\nleila\nleilani\nleimbach\nleina\nleinonen\nleipold\nleist\nleite\nleiter\nleiteritz\nleitheim\nleiva\nleiwesmeier\nlejina\nlejins\nlejla\nlejniece\nlejnieks\nleke\nlela\nlelah\nleland\nlelia\nlelli\nlelovic\nlemaic\nlemaire\nlemajic\nleman\nlembah\nlembede\nlemic\nlemide\nlemke\nlemmens\nlemoine\nlempi\nlemuel\nlemus\nlen\nlena\nlenart\nlene\nlenfers\nlengyel\nlenhard\nleni\nlenia\nlenja\nlenk\nlenka\nlenn\nlenna\nlennard\nlennart\nlenne\nlennert\nlenni\nlennie\nlennon\nlennox\nlenny\nlenora\nlenore\nlentini\nleny\nlenya\nlenz\nlenzen\nlenzi\nleo\nleodegar\nleokadie\nleola\nleon\nleona\nleonard\nleonardi\nleonardo\nleoncini\nleone\nleonel\nleonetti\nleonhard\nleoni\nleonia\nleonid\nleonida\nleonidas\nleonids\nleonie\nleonilda\nleonio\nleonis\nleonne\nleono\nleonor\nleonora\nleonore\nleontijevic\nleontin\nleontina\nleontine\nleontyn\nleontyna\nleonzio\nleopardi\nleopardo\nleopold\nleopolda\nleopoldina\nleopoldine\nleopoldino\nleopoldo\nleopoldyna\nleora\nleos\nlepore\nleposava\nleposavic\nlepovic\nleppanen\nlepsanovic\nlepsik\nlepsikova\nlepthin\nlequesne\nlera\nlerato\nlere\nlerma\nlero\nleroux\nleroy\nlerzan\nlesana\nlesch\nleschnik\nlesek\nlesendric\nlesevic\nlesiak\nlesina\nlesjak\nlesley\nleslie\nlesly\nlesmana\nlesniak\nlesniewski\nlessie\nlestari\nlester\nleszczynski\nleta\nletha\nleticia\nleticie\nletitia\nletizia\nletsoalo\nletterio\nletzelter\nleu\nleuba\nleuenberger\nleufroy\nleung\nleuschke\nleutarevic\nleutenegger\nlev\nleva\nlevajac\nlevana\nlevanic\nlevent\nlevente\nlevi\nlevin\nlevio\nlevke\nlevoslav\nlevy\nlew\nlewandowski\nlewicki\nlewin\nlewis\nlewke\nlex\nlexi\nlexie\nlexus\nleya\nleyan\nleyckes\nleye\nleyla\nleyna\nleyva\nlezzi\nlia\nliah\nliam\nlian\nliana\nliang\nliara\nlias\nliba\nlibal\nlibalova\nlibbie\nlibby\nlibena\nliberata\nliberati\nliberato\nliberatore\nlibere\nliberio\nlibero\nliberto\nlibor\nlibora\nliboria\nliborio\nliboslav\nliboslava\nlibrizzi\nlibusa\nlibuse\nlica\nlicata\nliccardo\nlicciardello\nlice\nlichtenfeld\nlichtenhagen\nlichtl\nlicia\nlicis\nlicitra\nlida\nlidaka\nlidaks\nlidania\nlidia\nlidija\nlidio\nlidmila\nlidya\nlie\nliebach\nliebe\nliebich\nliebold\nlieder\nlieke\nlielmane\nlielmanis\nliem\nlien\nliene\nlienshoft\nliepa\nliepina\nliepins\nliet\nlietald\nlieto\nlieu\nlieuwe\nlieve\nlieze\nliga\nligia\nligorio\nliguori\nliisa\nliksma\nlila\nlilan\nlilas\nlili\nlilia\nlilian\nliliana\nliliane\nlilianna\nlilic\nlilie\nlilien\nlilio\nlilith\nliliya\nlilla\nlilli\nlillian\nlilliana\nlillie\nlilly\nlilou\nlilwenn\nlily\nlilya\nlilyan\nlima\nliman\nlimar\nlimbu\nlimon\nlimoncuoglu\nlin\nlina\nlinares\nlincoln\nlind\nlinda\nlindberg\nlinde\nlinden\nlindenberg\nlindenmayer\nlindgren\nlindholm\nlindner\nlindqvist\nlindsay\nlindsey\nlindstrom\nline\nlinett\nling\nlinh\nlinhart\nlinhartova\nliniger\nlinke\nlinn\nlinne\nlinnea\nlinnenbaum\nlinnie\nlino\nlinoi\nlinoy\nlinsey\nlintang\nlinus\nlinwood\nlio\nlioara\nlion\nlionel\nlior\nliora\nliotta\nlipan\nlipar\nlipari\nlipinski\nlipka\nlippe\nlippi\nlippmann\nlippolis\nlipske\nlipski\nliptak\nliptakova\nlipus\nlira\nlirik\nliron\nlirone\nlis\nlisa\nlisandro\nlisann\nlisanne\nlisbeth\nlischka\nlise\nliselotte\nlisette\nlisi\nlisicka\nlisicky\nlisiecki\nliska\nliskova\nlisnic\nlison\nlisowski\nlital\nlittel\nlitterio\nlittle\nlitzy\nliu\nliuba\nliubov\nliubovi\nliudmila\nliusea\nliuzzi\nliv\nliva\nlivaja\nlivazovic\nliverani\nlivia\nliviana\nlivie\nlivija\nlivino\nlivio\nliviu\nlivius\nliya\nliyah\nliyam\nliyan\nliyana\nliz\nliza\nlizbeth\nlize\nlizeth\nlizz\nlizzie\nlizzy\nljevnaic\nljiljan\nljiljana\nljuba\nljubica\nljubisa\nljubojevic\nljubomir\nljubomirovic\nljubotina\nljubovic\nljudevit\nllamas\nllewellyn\nlloyd\nloa\nloan\nloane\nlobar\nlobinger\nloboda\nloc\nloca\nlocatelli\nlocci\nlochner\nlockman\nlocs\nloddo\nlodi\nlodina\nlodins\nlodovica\nlodovico\nloek\nloera\nloes\nloet\nloffredo\nlofgren\nlogan\nlogar\nlogina\nlogins\nlogozar\nlogsch\nlohan\nlohmann\nlohre\nlohse\nloi\nloiacono\nloic\nlois\nloise\nlokar\nlola\nlolade\nlolita\nlolli\nloma\nlombard\nlombardi\nlombardini\nlombardo\nlomeli\nlomic\nlomovic\nlon\nlonardi\nloncar\nlondon\nlone\nlong\nlonghi\nlongin\nlongo\nlongobardi\nlongoria\nlonie\nlonnie\nlonny\nlonzo\nloogen\nloon\nlopes\nlopez\nlora\nloraine\nlore\nloredana\nloreen\nlorelei\nlorella\nloren\nlorena\nlorenc\nlorencova\nlorene\nloreno\nlorentzen\nlorenz\nlorenza\nlorenzini\nlorenzo\nloreta\nloreti\nloreto\nloretta\nlori\nlorian\nloriana\nlorik\nlorin\nlorine\nloris\nlorna\nlorrain\nlorraine\nlorusso\nlos\nlosch\nloser\nlosickrizmanic\nloska\nlot\nlota\nlotar\nlothaire\nlothar\nlotito\nlott\nlotta\nlotte\nlotter\nlotti\nlottie\nlou\nloua\nlouan\nlouane\nlouann\nlouay\nloubna\nloubser\nlouca\nlouda\nloudova\nlouie\nlouis\nlouisa\nlouise\nlouison\nlouka\nloula\nloum\nlouna\nlounis\nloup\nlourdes\nloureiro\nlourenco\nlourinho\nlouvenia\nlouw\nlova\nlovato\nlovisa\nlovorka\nlovric\nlovro\nlowa\nlowe\nlowell\nlowie\nloy\nloya\nloyal\nloyce\nlozada\nlozano\nlua\nluan\nluana\nluat\nlubbers\nlubica\nlubin\nlubina\nlubinova\nlubke\nlubomir\nlubomira\nlubor\nlubos\nluboslav\nluboslava\nlubowitz\nluc\nluca\nlucanovic\nlucar\nlucarelli\nlucarini\nlucas\nlucca\nlucchese\nlucchesi\nluce\nlucentiu\nlucero\nluchetti\nluchian\nluchini\nlucia\nlucian\nluciana\nluciani\nluciano\nlucic\nlucica\nlucidi\nlucie\nlucien\nlucienne\nlucija\nlucijan\nlucile\nlucilla\nlucille\nlucinda\nlucio\nlucious\nlucius\nlucja\nlucjan\nluconi\nlucretia\nlucretiu\nlucrezia\nlucy\nludano\nludban\nludek\nludie\nludise\nludivine\nludivoj\nludka\nludmila\nludolf\nludolphe\nludomil\nludomila\nludomir\nludomira\nludoslav\nludoslava\nludovic\nludovica\nludovico\nludovikino\nludoviko\nludovit\nludvig\nludvik\nludvika\nludvikova\nludwig\nludwik\nludwika\nlue\nlueilwitz\nluella\nluena\nluettgen\nluevano\nlufft\nlugli\nlugo\nluhung\nlui\nluigi\nluigia\nluis\nluisa\nluise\nluiz\nluiza\nluize\nlujza\nluk\nluka\nlukac\nlukacevic\nlukacin\nlukacova\nlukacs\nlukas\nlukasek\nlukaskova\nlukasova\nluke\nlukenda\nlukendic\nlukes\nlukesova\nlukhona\nlukic\nlukickovanovic\nlukita\nlukman\nluko\nlukoschek\nlukrecie\nlukrecius\nlula\nlulu\nluluh\nlulut\nluminita\nluminosa\nlumir\nlumira\nluna\nlund\nlundberg\nlunde\nlundgren\nlundin\nlundqvist\nlundstrom\nlune\nlung\nlungelo\nlungu\nluong\nluongo\nlupasco\nlupascu\nlupe\nlupi\nlupica\nlupo\nluppi\nluppino\nluptak\nluptakova\nlupu\nlura\nlurhur\nlurline\nluscher\nluse\nlusis\nlustenberger\nlutfan\nlutfi\nlutfiya\nlutfiyev\nlutfiyeva\nlutfullah\nlutfulloh\nlutfullohov\nlutfullohova\nluther\nluthfi\nluthi\nluthuli\nlutibor\nlutje\nlutobor\nlutz\nluu\nluuk\nluus\nluwar\nluwes\nlux\nluyken\nluyt\nluz\nluzaic\nluzar\nluzi\nluzie\nluzzi\nlwandle\nlya\nlyam\nlyan\nlyana\nlyda\nlydia\nlydie\nlyes\nlykke\nlyla\nlyle\nlylia\nlylou\nlyn\nlyna\nlynch\nlynda\nlyne\nlynette\nlynn\nlynne\nlyric\nlysanne\nmaad\nmaaike\nmaak\nmaan\nmaarit\nmaarten\nmaartje\nmaas\nmaayane\nmabaso\nmabel\nmabela\nmabelle\nmabhida\nmabizela\nmable\nmabruk\nmabrukov\nmabrukova\nmabunda\nmac\nmaca\nmacaire\nmacak\nmacakova\nmacaluso\nmacanic\nmacari\nmacaria\nmacario\nmaccabeo\nmacchi\nmacchia\nmacdonald\nmace\nmacedo\nmacejkovic\nmacek\nmacele\nmaceo\nmacey\nmacgyver\nmach\nmacha\nmachac\nmachacek\nmachackova\nmachacova\nmachado\nmachala\nmachalek\nmachalkova\nmachalova\nmachova\nmachtig\nmaci\nmaciag\nmacias\nmacie\nmaciejewski\nmack\nmackenzie\nmackiewicz\nmacko\nmackova\nmackowiak\nmacovei\nmacri\nmactar\nmacura\nmacurova\nmacy\nmaczey\nmadalena\nmadalin\nmadalina\nmadaline\nmadalyn\nmadan\nmaddalena\nmaddison\nmaddox\nmadej\nmadejova\nmadeleine\nmadelief\nmadeline\nmadelyn\nmadelynn\nmader\nmadera\nmadetzky\nmadge\nmadhuri\nmadic\nmadid\nmadidov\nmadidova\nmadie\nmadilyn\nmadina\nmadisen\nmadison\nmadisyn\nmadita\nmadlaina\nmadleen\nmadlen\nmadonna\nmadrid\nmadrigal\nmads\nmadsen\nmadubuko\nmaduma\nmadunicflauder\nmady\nmadyson\nmadzic\nmae\nmaegan\nmael\nmaelie\nmaeline\nmaelis\nmaelle\nmaely\nmaelyne\nmaelys\nmaes\nmaestas\nmaeva\nmaeve\nmafalda\nmaffei\nmaffeo\nmaftei\nmagalhaes\nmagali\nmagana\nmagar\nmagda\nmagdalen\nmagdalena\nmagdalenic\nmagdaleno\nmagdic\nmaggi\nmaggiani\nmaggie\nmaggio\nmaggiore\nmaggiorino\nmagi\nmaglajic\nmagliocco\nmagnani\nmagno\nmagnolia\nmagnus\nmagnussen\nmagnusson\nmagoza\nmaguelone\nmaguette\nmagyar\nmahabeer\nmahajan\nmahamadou\nmahan\nmahanov\nmahanova\nmaharani\nmahardika\nmaharjan\nmahault\nmahaut\nmahdi\nmahe\nmahendra\nmaher\nmahesa\nmahesh\nmahestri\nmaheswar\nmaheswara\nmaheswari\nmahfud\nmahir\nmahlangu\nmahmoud\nmahmud\nmahmudi\nmahmut\nmahrus\nmahrusov\nmahrusova\nmahulena\nmahzan\nmahzun\nmai\nmaia\nmaica\nmaida\nmaiello\nmaier\nmaija\nmaik\nmaike\nmaila\nmailin\nmaillard\nmailo\nmaily\nmailys\nmaimouna\nmaimunah\nmaina\nmainardi\nmaio\nmaione\nmaiorico\nmair\nmaira\nmaisch\nmaissa\nmaissane\nmaite\nmaiwenn\nmaiya\nmaj\nmaja\nmajaca\nmajcan\nmajcen\nmajcher\nmajchrzak\nmajda\nmajer\nmajerova\nmajeska\nmajesky\nmajewski\nmajka\nmajkic\nmajnik\nmajor\nmajovic\nmajstorovic\nmajstrenko\nmak\nmakan\nmakar\nmakara\nmakary\nmakayla\nmakela\nmakenna\nmakenzie\nmakhanya\nmakhtar\nmakinde\nmakinen\nmakinwa\nmakkink\nmakowski\nmaks\nmaksim\nmaksimo\nmaksimovic\nmakso\nmaksud\nmaksym\nmaksymilian\nmakuachukwu\nmakuta\nmala\nmalachi\nmalachovska\nmalachovsky\nmalagoli\nmalai\nmalak\nmalan\nmalaspina\nmalatesta\nmalati\nmalavasi\nmalave\nmalbasik\nmalco\nmalcolm\nmaldonado\nmalea\nmalec\nmalecek\nmalecic\nmaleckova\nmalek\nmalena\nmalene\nmalenica\nmalerba\nmalesevic\nmalfa\nmalia\nmalicanin\nmalick\nmalicki\nmalik\nmalika\nmalikova\nmalin\nmalina\nmalinda\nmalinga\nmalinic\nmalinova\nmalinowski\nmalisa\nmalisek\nmalisekova\nmaliszewski\nmalivuk\nmalizia\nmalkova\nmalkus\nmallaury\nmallie\nmallmann\nmallory\nmalmgren\nmalo\nmalobabic\nmalojcic\nmalone\nmalou\nmaloxat\nmaltasic\nmalte\nmaltese\nmalthe\nmalti\nmalucha\nmaluleke\nmalvic\nmalvina\nmalvine\nmalvino\nmalwina\nmaly\nmama\nmamadou\nmamady\nmamaliga\nmaman\nmamante\nmamert\nmamie\nmamojka\nmamojkova\nmamoudou\nmamour\nmamula\nman\nmanah\nmanak\nmanakova\nmanal\nmanar\nmanasse\nmanastirlic\nmanca\nmancinelli\nmancini\nmancino\nmancio\nmancuso\nmanda\nmandaakin\nmandakini\nmandala\nmandaric\nmandasari\nmandic\nmandla\nmandokovic\nmandrapa\nmandy\nmane\nmanea\nmanel\nmanelle\nmanetti\nmanetto\nmanfred\nmanfredi\nmanfredo\nmanga\nmangala\nmangalya\nmangane\nmangano\nmangione\nmangunsong\nmanh\nmani\nmanica\nmanicone\nmanik\nmanikya\nmanil\nmanilio\nmaniscalco\nmanisha\nmanjak\nmanjencic\nmanjo\nmanjusha\nmanley\nmanlio\nmann\nmanna\nmanninen\nmannino\nmanno\nmanns\nmanoah\nmanoj\nmanolache\nmanole\nmanon\nmanona\nmansell\nmansour\nmansson\nmansueto\nmansur\nmansurov\nmansurova\nmansvet\nmante\nmanti\nmantovani\nmanu\nmanuel\nmanuela\nmanuele\nmanullang\nmanz\nmanzanares\nmanzella\nmanzi\nmanzo\nmaphikelela\nmaphisa\nmaqsud\nmaqsudov\nmaqsudova\nmar\nmara\nmaracic\nmaragno\nmarah\nmarahrens\nmarais\nmarak\nmarakovic\nmaram\nmaran\nmarana\nmarangi\nmarangon\nmarangoni\nmarani\nmarano\nmarar\nmaras\nmarasovic\nmarat\nmarbun\nmarc\nmarceau\nmarcec\nmarcel\nmarcela\nmarceli\nmarcelin\nmarcelina\nmarceline\nmarcelino\nmarcell\nmarcella\nmarcelle\nmarcelli\nmarcello\nmarcellus\nmarcelo\nmarcet\nmarchal\nmarchand\nmarchesan\nmarchese\nmarchesi\nmarchesini\nmarcheta\nmarchetti\nmarchetto\nmarchewka\nmarchewski\nmarchi\nmarchini\nmarcia\nmarciano\nmarcik\nmarcin\nmarciniak\nmarcinko\nmarcinkova\nmarcinkovic\nmarcinkowski\nmarcis\nmarco\nmarcon\nmarconi\nmarcos\nmarcovecchio\nmarcu\nmarcucci\nmarcus\nmarcussen\nmarczak\nmardari\nmardhiyah\nmardon\nmardonov\nmardonova\nmare\nmarecek\nmareckova\nmarega\nmareike\nmarek\nmarelli\nmareme\nmaren\nmarena\nmares\nmaresca\nmaresova\nmareta\nmarga\nmargana\nmargaret\nmargareta\nmargarete\nmargareto\nmargarett\nmargaretta\nmargarette\nmargarida\nmargarita\nmargaux\nmarge\nmargers\nmargherita\nmargic\nmargie\nmarginean\nmargiotta\nmargis\nmargit\nmargita\nmargo\nmargot\nmargret\nmargrethe\nmargrit\nmargrith\nmarguerite\nmari\nmaria\nmariadi\nmariah\nmariam\nmariama\nmariame\nmarian\nmariana\nmariane\nmariani\nmarianna\nmarianne\nmariano\nmarianova\nmaribel\nmaric\nmarica\nmaricarmen\nmaricevic\nmaricica\nmarie\nmarieke\nmariela\nmariella\nmarielle\nmariem\nmarieme\nmarieta\nmarietta\nmarija\nmarijan\nmarijana\nmarijn\nmarik\nmarika\nmarikova\nmarilena\nmarilie\nmarilou\nmarilu\nmarilyn\nmarilyne\nmarin\nmarina\nmarincic\nmarine\nmarinela\nmarinella\nmarinelli\nmarinescu\nmarinetta\nmarini\nmarinjo\nmarinko\nmarinkovic\nmarino\nmarinovic\nmarinucci\nmarinus\nmario\nmarioara\nmariola\nmarion\nmariotti\nmaris\nmarisa\nmarisavljevic\nmarisol\nmarissa\nmarit\nmarita\nmarite\nmaritza\nmariuca\nmariucci\nmarius\nmariz\nmarja\nmarjan\nmarjane\nmarjanov\nmarjanovic\nmarjatta\nmarjeta\nmarjolaine\nmarjorie\nmarjory\nmark\nmarkelj\nmarketa\nmarkham\nmarkiewicz\nmarkika\nmarkku\nmarko\nmarkotic\nmarkova\nmarkovic\nmarkovicsarac\nmarkowski\nmarks\nmarkus\nmarl\nmarla\nmarlee\nmarleen\nmarlen\nmarlena\nmarlene\nmarley\nmarli\nmarlie\nmarlies\nmarlin\nmarlis\nmarlo\nmarlon\nmarly\nmarmeggi\nmarner\nmarnie\nmaro\nmaroevic\nmarolo\nmarone\nmarongiu\nmaros\nmarosicevic\nmarotta\nmarouane\nmarovic\nmarpaung\nmarquardt\nmarquart\nmarques\nmarquez\nmarquis\nmarquise\nmarra\nmarras\nmarrazzo\nmarrero\nmarrit\nmarrone\nmarroquin\nmarsalek\nmarsalkova\nmarschek\nmarsella\nmarsenic\nmarsha\nmarshall\nmarsik\nmarsikova\nmarsili\nmarsito\nmarsudi\nmart\nmarta\nmartac\nmartaka\nmartana\nmartani\nmarte\nmartel\nmartelli\nmartellucci\nmarten\nmarteno\nmartens\nmartensson\nmartha\nmarthe\nmarti\nmartial\nmartim\nmartin\nmartina\nmartinac\nmartincova\nmartine\nmartinec\nmartinek\nmartinelli\nmartines\nmartinez\nmartini\nmartinkova\nmartino\nmartinov\nmartinovic\nmartins\nmartinsen\nmartinsson\nmarton\nmartorana\nmartti\nmartucci\nmarty\nmartyna\nmarunica\nmarut\nmaruta\nmarvin\nmarwa\nmarwan\nmarwane\nmarwata\nmarwen\nmarwin\nmarx\nmarxen\nmary\nmaryadi\nmaryam\nmaryann\nmaryanto\nmaryati\nmaryjane\nmarylou\nmaryna\nmaryse\nmarzano\nmarzec\nmarzi\nmarzia\nmarziali\nmarzio\nmarzocchi\nmas\nmasa\nmasala\nmasaryk\nmasarykova\nmascarenas\nmascia\nmasciandaro\nmascolo\nmasek\nmaseko\nmashinini\nmashxura\nmasi\nmasia\nmasiero\nmasinka\nmaskova\nmaslac\nmaslanka\nmaslo\nmaslova\nmasojevic\nmason\nmasopust\nmasopustova\nmassa\nmassamba\nmassari\nmassaro\nmassima\nmassimi\nmassimiliano\nmassimo\nmassinissa\nmasson\nmastrogiacomo\nmastroianni\nmastronardi\nmastropietro\nmasucci\nmata\nmatan\nmatanic\nmatar\nmatarazzo\nmataz\nmate\nmateescu\nmatei\nmatej\nmateja\nmatejicek\nmatejickova\nmatejka\nmatejkova\nmateo\nmatera\nmateus\nmateusz\nmathebula\nmatheo\nmathes\nmatheus\nmathew\nmathias\nmathies\nmathieu\nmathijs\nmathilda\nmathilde\nmathis\nmathisen\nmathiszik\nmathurin\nmathuys\nmathys\nmatias\nmatiasko\nmatiaskova\nmatic\nmatija\nmatijanic\nmatijasevic\nmatijevic\nmatilda\nmatilde\nmatis\nmatisone\nmatisons\nmatiss\nmatisse\nmatjaz\nmatko\nmato\nmatoric\nmatos\nmatous\nmatousek\nmatouskova\nmatousova\nmatranga\nmatroniano\nmats\nmatschke\nmatt\nmatta\nmattea\nmattei\nmatteo\nmattern\nmattes\nmatteucci\nmattheo\nmatthes\nmatthew\nmatthey\nmatthias\nmatthieu\nmatthijs\nmatthis\nmatti\nmattia\nmattias\nmattie\nmattila\nmattioli\nmattis\nmatton\nmattsson\nmatula\nmatulova\nmatus\nmatusiak\nmatusina\nmatuska\nmatuskova\nmatuszak\nmatuszewski\nmatyas\nmatyasova\nmatylda\nmatys\nmatysiak\nmatysova\nmatz\nmau\nmaud\nmaude\nmaudie\nmaugeri\nmaugis\nmaulana\nmaura\nmaureen\nmaurer\nmauri\nmaurice\nmauricette\nmauricio\nmaurilio\nmaurine\nmaurits\nmaurizi\nmaurizio\nmauro\nmauroff\nmaurycy\nmautner\nmautone\nmauzer\nmavdud\nmavdudyev\nmavdudyeva\nmaverick\nmavis\nmavlon\nmavlonov\nmavlonova\nmavluda\nmavundla\nmawuena\nmawusi\nmax\nmaxa\nmaxbuba\nmaxellende\nmaxence\nmaxens\nmaxfuza\nmaxi\nmaxie\nmaxim\nmaxima\nmaxime\nmaximilian\nmaximiliano\nmaximilien\nmaximillia\nmaximillian\nmaximo\nmaximus\nmaxine\nmaxmilian\nmaxova\nmaxsuma\nmaxwell\nmay\nmaya\nmayane\nmayar\nmayasari\nmaybach\nmaybell\nmaybelle\nmaye\nmayer\nmayerova\nmayert\nmayeul\nmayhos\nmayla\nmayline\nmaylis\nmaymie\nmaynard\nmayoor\nmayorga\nmayowa\nmayra\nmaysa\nmayson\nmayssa\nmayte\nmazanek\nmazankova\nmazbut\nmazhar\nmazibuko\nmazie\nmazilu\nmazjane\nmazjanis\nmazlum\nmazur\nmazurek\nmazurkiewicz\nmazza\nmazzanti\nmazzarella\nmazzaro\nmazzei\nmazzeo\nmazzi\nmazzini\nmazzocchi\nmazzola\nmazzoleno\nmazzone\nmazzoni\nmazzotta\nmazzotti\nmbacke\nmbalienhle\nmballo\nmbatha\nmbaye\nmbende\nmbengue\nmbodj\nmboup\nmbow\nmbuso\nmcclure\nmccullough\nmcdermott\nmcglynn\nmchunu\nmckayla\nmckenna\nmckenzie\nmclaren\nmclaughlin\nmclean\nmcmillan\nmeagan\nmeaghan\nmebold\nmecca\nmeciar\nmeciarova\nmecislav\nmecislava\nmeda\nmedard\nmedardo\nmedea\nmedeiros\nmedek\nmedeot\nmederic\nmedhurst\nmedici\nmedina\nmedine\nmedkova\nmedne\nmednis\nmedoro\nmedoune\nmedrano\nmedugno\nmedved\nmedvedova\nmedya\nmeena\nmeenakshi\nmeer\nmees\nmeeuwis\nmegan\nmegane\nmegantara\nmegdanac\nmeggie\nmeghan\nmeghnad\nmeghnath\nmegna\nmehdi\nmehl\nmehlhorn\nmehloluhlaza\nmehlorn\nmehmet\nmehra\nmehriban\nmehrotra\nmehtap\nmeichtry\nmeier\nmeiere\nmeiers\nmeijer\nmeik\nmeike\nmeili\nmeintjies\nmeire\nmeireles\nmeisch\nmeissa\nmeissner\nmeister\nmejia\nmekhi\nmeksa\nmekss\nmelandri\nmelani\nmelania\nmelanie\nmelanio\nmelany\nmelba\nmelcer\nmelcerova\nmelchiade\nmelchior\nmelchiorre\nmelda\nmeldere\nmelderis\nmele\nmelek\nmelendez\nmelenija\nmelezio\nmelgar\nmeli\nmelia\nmelichar\nmelicharova\nmelih\nmelike\nmeliksah\nmelillo\nmelina\nmelinda\nmeline\nmelis\nmelisa\nmelisande\nmelissa\nmelissandre\nmelita\nmelitina\nmelker\nmelle\nmellett\nmellie\nmellina\nmelngaile\nmelngailis\nmelnic\nmelo\nmelodi\nmelodie\nmelody\nmeloni\nmels\nmeltem\nmelusine\nmelvil\nmelvin\nmelvina\nmelvyn\nmelyna\nmelyssa\nmelzer\nmemduh\nmemoli\nmena\nmenahem\nmenaka\nmenard\nmenardo\nmencarelli\nmence\nmenchaca\nmencl\nmenclova\nmenconi\nmendel\nmendes\nmendez\nmendoza\nmendy\nmenegatti\nmenelao\nmenemencioglu\nmenendez\nmeneo\nmenga\nmengoni\nmenka\nmenna\nmenne\nmenno\nmennone\nmenodora\nmenon\nmenozzi\nmenrat\nmensa\nmensah\nmensik\nmensikova\nmensing\nmenu\nmeo\nmeral\nmeraz\nmercado\nmercede\nmercedes\nmercia\nmercier\nmercuri\nmercurio\nmeredith\nmerel\nmerete\nmereu\nmereuta\nmeriam\nmerian\nmeric\nmeriem\nmerih\nmerijn\nmerino\nmerjem\nmerkel\nmerl\nmerlak\nmerle\nmerli\nmerlin\nmerlo\nmermoud\nmerola\nmerovee\nmerritt\nmerseburg\nmert\nmerta\nmertens\nmertie\nmertoglu\nmertova\nmertz\nmerve\nmervin\nmerwan\nmerwe\nmeryam\nmeryem\nmeryl\nmerz\nmesa\nmesaric\nmesarosbelanji\nmeskuna\nmeskune\nmeskuns\nmesloh\nmesquita\nmessalina\nmessana\nmessina\nmestan\nmesut\nmeszaros\nmeta\nmete\nmetello\nmetin\nmetod\nmetodej\nmetra\nmetrofane\nmette\nmettler\nmetz\nmetzger\nmetzner\nmeulen\nmeunier\nmevlut\nmewes\nmex\nmeyer\nmeylan\nmeyra\nmeza\nmezei\nmfeka\nmfumu\nmgenge\nmhambi\nmhlanga\nmhlongo\nmia\nmica\nmicael\nmicaela\nmicah\nmican\nmicco\nmiccoli\nmiceli\nmicha\nmichael\nmichaela\nmichal\nmichala\nmichalak\nmichalcova\nmichalczyk\nmichale\nmichalec\nmichalek\nmichalik\nmichalikova\nmichalina\nmichalkova\nmichallek\nmichalova\nmichalski\nmicheal\nmichel\nmichela\nmichelangelo\nmichele\nmicheletti\nmicheline\nmichelle\nmichelucci\nmichiels\nmichna\nmichnova\nmicillo\nmicjo\nmick\nmicka\nmickael\nmickova\nmicu\nmidas\nmieke\nmiel\nmielczarek\nmielke\nmien\nmierzejewski\nmiettinen\nmigliaccio\nmiglio\nmigliore\nmigliorini\nmignogna\nmiguel\nmiha\nmihael\nmihaela\nmihai\nmihail\nmihaila\nmihailescu\nmihailo\nmihailov\nmihailova\nmihailovs\nmihajlo\nmihal\nmihalache\nmihalachi\nmihalcea\nmihalik\nmihalikova\nmihaljec\nmihalova\nmihaly\nmihnea\nmihriban\nmija\nmijakovic\nmijat\nmijatovic\nmijic\nmijota\nmik\nmika\nmikac\nmikael\nmikaela\nmikail\nmikayla\nmike\nmikel\nmikelis\nmikelsone\nmikelsons\nmikes\nmikesicmerda\nmikesova\nmikicvucak\nmikitenko\nmikkel\nmikki\nmikko\nmiklas\nmiklos\nmiklosko\nmikloskova\nmiko\nmikodanic\nmikolas\nmikova\nmikula\nmikulas\nmikulasek\nmikulaskova\nmikulik\nmikulikova\nmikulova\nmikulski\nmikus\nmikusova\nmikuta\nmila\nmilada\nmiladin\nmilak\nmilakovic\nmilan\nmilana\nmilani\nmilanka\nmilanko\nmilankovic\nmilano\nmilazzo\nmilczarek\nmilde\nmildred\nmile\nmilea\nmilella\nmilena\nmiler\nmiles\nmileta\nmilewski\nmiley\nmilford\nmilhan\nmilic\nmilica\nmilik\nmilisav\nmilisickovacevic\nmilitaru\nmilitello\nmilivoj\nmiljan\nmiljana\nmiljanovic\nmiljenko\nmilka\nmilla\nmille\nmiller\nmillicent\nmillidge\nmillie\nmills\nmilly\nmilo\nmilojica\nmilomir\nmilon\nmilorad\nmilos\nmiloslav\nmiloslava\nmilota\nmilotova\nmilou\nmilous\nmilovan\nmilovin\nmilred\nmilsom\nmilton\nmiluse\nmilutin\nmima\nmimma\nmimo\nmina\nminac\nminacova\nminah\nminakshi\nminar\nminarik\nminarikova\nminarova\nmindru\nmindy\nmine\nminelli\nminerva\nminervina\nminervino\nmingarelli\nminh\nmink\nminka\nminna\nminnie\nminniti\nminodora\nmintzlaff\nmio\nmioara\nmiodrag\nmiomir\nmiotto\nmir\nmira\nmirabela\nmirabella\nmirac\nmiracle\nmiramontes\nmiran\nmiranda\nmiranov\nmiranova\nmiray\nmiraziz\nmirazizov\nmirazizova\nmircea\nmirco\nmirea\nmireille\nmirek\nmirela\nmireles\nmirella\nmireya\nmirga\nmirgova\nmiriam\nmiriama\nmiriamo\nmirja\nmirjam\nmirjana\nmirka\nmirkelam\nmirko\nmirna\nmiro\nmirocleto\nmiromil\nmiromila\nmiron\nmirona\nmironov\nmironova\nmiroslav\nmiroslava\nmirre\nmirski\nmirta\nmirte\nmirthe\nmirtil\nmirto\nmiruna\nmirza\nmirziyo\nmirziyoyev\nmirziyoyeva\nmisa\nmisael\nmisaele\nmisbah\nmiscancuk\nmischa\nmishra\nmisiak\nmisik\nmisikova\nmiskiewicz\nmisko\nmislav\nmissouri\nmistretta\nmisty\nmisztal\nmitanovic\nmitar\nmitch\nmitchel\nmitchell\nmithat\nmitica\nmitja\nmitos\nmitra\nmitrut\nmittie\nmitu\nmiu\nmiya\nmizgin\nmkhatshwa\nmkhize\nmlad\nmladek\nmladen\nmladkova\nmlakar\nmlcoch\nmlcochova\nmlejnek\nmlejnkova\nmlikota\nmlinar\nmnata\nmngomezulu\nmnisi\nmnislav\nmnislava\nmoa\nmobolaji\nmoc\nmocan\nmocanu\nmoccia\nmoche\nmockenhaupt\nmocks\nmocnik\nmoctar\nmodest\nmodesta\nmodesto\nmodibo\nmodica\nmodise\nmodou\nmodrite\nmodupe\nmody\nmodzelewski\nmoe\nmoede\nmoedl\nmoeller\nmoen\nmoffa\nmofifoluwa\nmofokeng\nmoga\nmogbadunade\nmogenburg\nmoguenara\nmohamad\nmohamadou\nmohamed\nmohammad\nmohammed\nmohan\nmohana\nmohinder\nmohini\nmohir\nmohirov\nmohirova\nmohnacki\nmohr\nmohrhard\nmohsner\nmoira\nmoise\nmoisei\nmoises\nmoisette\nmojca\nmojica\nmojisola\nmojisoluwa\nmojmir\nmojzesz\nmojzis\nmojzisova\nmok\nmokra\nmokros\nmokrosova\nmokry\nmokwena\nmol\nmoldner\nmoldovan\nmoldovanu\nmoldoveanu\nmolefe\nmolenaar\nmolenda\nmolina\nmolinari\nmolinaro\nmolitor\nmoll\nmollenbeck\nmoller\nmollica\nmollie\nmollinger\nmolly\nmolnar\nmolnarova\nmoloi\nmolteni\nmolzan\nmomcilovic\nmomir\nmomira\nmona\nmonaca\nmonache\nmonaci\nmonaco\nmonahan\nmonaldo\nmonalisa\nmonde\nmondragon\nmong\nmonica\nmonika\nmoniko\nmonique\nmonitore\nmonnard\nmonni\nmonod\nmonroe\nmonroy\nmonserrat\nmonserrate\nmontag\nmontagna\nmontagner\nmontalbano\nmontalto\nmontalvo\nmontana\nmontanari\nmontanaro\nmontanez\nmontano\nmonte\nmontefusco\nmonteiro\nmonteleone\nmontemayor\nmontemurro\nmontenegro\nmontero\nmonteros\nmonterosso\nmontes\nmontesano\nmontez\nmonti\nmonticelli\nmontoya\nmonty\nmonvids\nmoonsamy\nmoore\nmoormann\nmoors\nmoos\nmoosa\nmora\nmorabito\nmoradeke\nmoraes\nmorais\nmorales\nmorandi\nmorar\nmorari\nmoraru\nmoras\nmoravcik\nmoravcikova\nmoravcova\nmoravec\nmoravek\nmoravkova\nmorawo\nmorawski\nmorax\nmorayo\nmoraz\nmordenti\nmordhorst\nmoreau\nmoreira\nmorel\nmorelli\nmorello\nmorena\nmorenike\nmoreno\nmoretti\nmoretto\nmorgan\nmorgana\nmorgane\nmorgante\nmorgenstern\nmorhelfer\nmori\nmoriah\nmoric\nmoriconi\nmorin\nmorini\nmoris\nmorissette\nmoritz\nmorkel\nmorne\nmoro\nmorolake\nmoroni\nmorova\nmoroz\nmorozova\nmorozovs\nmorra\nmorreale\nmorri\nmorris\nmorrison\nmorrone\nmorsch\nmorten\nmortensen\nmortimer\nmorton\nmory\nmosca\nmoscato\nmoscheles\nmosciski\nmose\nmoseley\nmoseo\nmoser\nmoses\nmoshe\nmosinmileoluwa\nmoslavac\nmoss\nmossie\nmostert\nmosti\nmosunmola\nmota\nmotalo\nmotaung\nmotchebon\nmotisi\nmotl\nmotloung\nmotlova\nmotta\nmotteau\nmottet\nmottola\nmotunrayo\nmotycka\nmotyckova\nmotyka\nmotzenbbacker\nmoucka\nmouckova\nmouctar\nmoudra\nmoudry\nmouhamadou\nmouhamed\nmouhameth\nmouhammadou\nmoulin\nmoura\nmoussa\nmoustafa\nmoustapha\nmoxidil\nmoxigul\nmoxina\nmoxinur\nmoxira\nmoya\nmoyosore\nmozell\nmozelle\nmozes\nmphahlele\nmpho\nmpilo\nmpumelelo\nmqwebu\nmracek\nmrackova\nmraz\nmrazek\nmrazkova\nmrazova\nmrkvicka\nmrkvickova\nmroczek\nmroczkowski\nmroz\nmrozek\nmrugalla\nmsibi\nmsizi\nmstislav\nmthembu\nmthethwa\nmthunzi\nmtolo\nmtshali\nmuammer\nmuattar\nmuaviye\nmuaz\nmuazzam\nmubina\nmucalj\nmucavac\nmuceniece\nmucenieks\nmucha\nmuchova\nmuckenthaler\nmudau\nmudie\nmudite\nmueller\nmues\nmuesser\nmufid\nmufiz\nmufizov\nmufizova\nmuge\nmugur\nmugurel\nmuhamado\nmuhammad\nmuhammadov\nmuhammadova\nmuhammed\nmuhar\nmuharrem\nmuhleis\nmuhsin\nmuhsinov\nmuhsinova\nmuhtar\nmuhterem\nmuhtesem\nmuhtor\nmuhtorov\nmuhtorova\nmuhyiddin\nmuinat\nmuizniece\nmuiznieks\nmujdat\nmujde\nmujgan\nmujur\nmuk\nmukadder\nmukaddes\nmukaram\nmukerrem\nmukesh\nmukhopadhyay\nmuktedi\nmuktedir\nmuktefi\nmukul\nmulas\nmulder\nmule\nmuller\nmullerova\nmulrain\nmulya\nmulyani\nmulyanto\nmulyono\nmumpuni\nmumtaz\nmunaro\nmunch\nmunda\nmunevver\nmunguia\nmuni\nmunif\nmunifyev\nmunifyeva\nmunir\nmuniz\nmunk\nmunkas\nmunoz\nmunsamy\nmuntean\nmunteanu\nmura\nmuradbasic\nmurat\nmurati\nmuratore\nmurawski\nmurazik\nmuren\nmuresan\nmurgia\nmuriel\nmuriela\nmurillo\nmurilo\nmurl\nmuro\nmurod\nmurodov\nmurodova\nmurolo\nmurphy\nmurray\nmurru\nmursinin\nmursita\nmurtas\nmurti\nmusa\nmusat\nmusawenkosi\nmuschg\nmusella\nmusi\nmusil\nmusilova\nmusir\nmuslih\nmusso\nmustafa\nmustafo\nmustafoyev\nmustafoyeva\nmustapha\nmusteata\nmustika\nmustofa\nmustonen\nmusulmon\nmusulmonov\nmusulmonova\nmusumeci\nmusy\nmuszynski\nmutahhar\nmuteber\nmutemed\nmutia\nmutiat\nmuttalib\nmuyassar\nmuyiwa\nmuzaffar\nmuzaffarov\nmuzaffarova\nmuzaffer\nmuzdad\nmuzenjak\nmuziano\nmuzik\nmuzikova\nmya\nmyah\nmybs\nmyburg\nmyburgh\nmydlo\nmydlova\nmyhrer\nmyla\nmylan\nmylene\nmyles\nmylo\nmyra\nmyriam\nmyrl\nmyrna\nmyron\nmyrthe\nmyrtice\nmyrtie\nmyrtil\nmyrtille\nmyrtis\nmyrtle\nmyska\nmyskova\nnababan\nnabein\nnabi\nnabil\nnabila\nnabin\nnabow\nnaca\nnaci\nnada\nnadalina\nnadege\nnadejda\nnader\nnadezda\nnadi\nnadia\nnadine\nnadir\nnadja\nnadzieja\nnae\nnael\nnaelle\nnaemi\nnaf\nnafisa\nnafiz\nnagabhushanam\nnagel\nnaglav\nnagode\nnagy\nnagyova\nnagypalfi\nnahel\nnahid\nnahil\nnahla\nnaia\nnaik\nnail\nnaila\nnaim\nnaima\nnainggolan\nnair\nnais\nnaja\nnajam\nnajduk\nnajera\nnajib\nnajla\nnajman\nnajmanova\nnajmiddin\nnajmiddinov\nnajmiddinova\nnajmudin\nnajwa\nnakia\nnala\nnalan\nnalar\nnalbantoglu\nnalini\nnam\nnamaga\nnamazio\nnambeesan\nnamboothiri\nname\nnamike\nnamikis\nnana\nnanaic\nnancy\nnand\nnanda\nnandi\nnando\nnandor\nnaneta\nnanez\nnang\nnanna\nnannen\nnanni\nnannie\nnaomi\nnaomie\nnaoufal\nnaoufel\nnapitupulu\nnapoleon\nnapoleone\nnapoletano\nnapoli\nnapolitano\nnappi\nnara\nnaradi\nnaranjo\nnarayan\nnarcis\nnarcisa\nnarcisi\nnarciso\nnarcisse\nnardi\nnardo\nnarendra\nnargiza\nnarimon\nnarimonov\nnarimonova\nnarin\nnarinder\nnarji\nnarpati\nnarseo\nnarsete\nnarvaez\nnasab\nnascimento\nnash\nnashiruddin\nnasiba\nnasim\nnasir\nnasriddin\nnasriddinov\nnasriddinova\nnasrullah\nnassim\nnastas\nnastase\nnastja\nnastvogel\nnasyiah\nnasyidah\nnat\nnatacha\nnatale\nnatali\nnatalia\nnatalie\nnatalija\nnatalina\nnatan\nnatanael\nnataniel\nnatasa\nnatasha\nnate\nnatera\nnath\nnathalie\nnathan\nnathanael\nnathania\nnathanial\nnathaniel\nnathen\nnatiq\nnatka\nnatsir\nnau\nnaubert\nnaud\nnaude\nnaudet\nnauer\nnaumann\nnaumovskicizmar\nnaura\nnava\nnaval\nnavarra\nnavarrete\nnavarro\nnaveen\nnavin\nnavratil\nnavratilova\nnawal\nnawel\nnawfel\nnawrocki\nnawrot\nnawroz\nnaya\nnayar\nnayel\nnayeli\nnayla\nnaz\nnazan\nnazario\nnazariusz\nnazary\nnazif\nnazifov\nnazifova\nnazim\nnazmi\nnazrulloh\nnazrullohyev\nnazrullohyeva\nnazzareno\nnazzaro\nncusi\nndaba\nndandali\nndao\nndaw\nndebele\nndiaye\nndione\nndir\nndleleni\nndlovu\nndondoloza\nndong\nndour\nndoye\nndukwu\nnea\nneacsu\nneagoe\nneagu\nneal\nneamtu\nnebioglu\nnebojsa\nnecas\nnecasova\nnecat\nnecati\nnecdet\nnechifor\nnechita\nnecib\nnecla\nnecmettin\nnecula\nned\nneda\nnedbal\nnedbalova\nnedelcu\nnedeljko\nnedim\nnedjeljka\nnedjeljko\nnedoma\nnedomova\nnedra\nnedved\nnedvedova\nneela\nneele\nneeltje\nnefeli\nnegara\nnegoita\nnegrea\nnegrete\nnegri\nnegron\nnegru\nnegruta\nneha\nnehemie\nnehir\nnehoslav\nnehru\nneil\nneila\nneill\nneimke\nneiva\nneja\nnejat\nnejc\nnejedla\nnejedly\nnejla\nneklan\nnel\nnela\nnelda\nnele\nnelea\nneli\nnelia\nnelio\nnell\nnella\nnelle\nnellea\nnelli\nnellie\nnelly\nnels\nnelson\nnelu\nnelya\nnemanja\nnemcova\nnemec\nnemecek\nnemeckova\nnemes\nnemet\nnemeth\nnena\nnenad\nnenadov\nnenadovic\nnene\nneo\nneoma\nneonila\nneopolo\nneoterio\nnepomuk\nnera\nnerea\nnereo\nnergis\nneri\nnerius\nnermine\nnesa\nneset\nnesim\nnesladek\nneslisah\nnespor\nnesporova\nnesrin\nnesrine\nnesti\nnestor\nnestore\nnesvadba\nnesvadbova\nneto\nnettie\nneubauer\nneubauerova\nneubert\nneuendorf\nneumair\nneuman\nneumann\nneumannova\nneumanova\nneupert\nneurohr\nneuschwander\nneva\nnevarez\nneven\nnevena\nnevenka\nneves\nnevin\nnevio\nnevra\nnevzat\nnewell\nnewroz\nnewton\nney\nneyla\nnezaj\nnezamysl\nnga\nngai\nngan\nngcobo\nngcolosi\nngema\nnghi\nnghia\nnghiem\nnghiep\nngo\nngoc\nngom\nngon\nngozi\nngubane\nnguer\nnguyen\nnguyenova\nnguyet\nngwazi\nngwenya\nnha\nnhan\nnhat\nnhi\nnhiem\nnhien\nnhlakanipho\nnhlapo\nnhleko\nnhon\nnhu\nnhuan\nnhung\nnhuong\nnia\nniame\nniane\nniang\nniass\nniasse\nnica\nnicanor\nnicarete\nnicastro\nniccolai\nnicea\nniceforo\nnicephore\nniceto\nnicezio\nnichifor\nnicholas\nnicholaus\nnichole\nnick\nnicklas\nnicklaus\nnickolas\nnicla\nniclas\nnico\nnicoara\nnicodemo\nnicodim\nnicola\nnicolae\nnicolaev\nnicolai\nnicolaie\nnicolas\nnicolay\nnicole\nnicoleen\nnicolescu\nnicoleta\nnicoletta\nnicolette\nnicoletti\nnicoline\nnicolini\nnicolo\nnicolosi\nnicon\nnicosia\nnicotra\nnicu\nniculae\nniculescu\nniculina\nniculita\nnicusor\nnicuta\nnida\nnidia\nnieddu\nniedermeier\nniedra\nniedziela\nniedzielski\nniedzwiecki\nniek\nniekerk\nnieklauson\nniels\nnielsen\nniem\nniemczyk\nniemi\nniemiec\nnieminen\nniene\nnienke\nnienow\nnieto\nnieves\nniewiadomski\nnigar\nnigel\nniggeler\nnigora\nnigro\nnihad\nnihal\nnihan\nnihat\nnijland\nnijs\nnik\nnika\nnike\nnikita\nnikki\nnikkie\nnikko\nniklas\nniklaus\nniklavs\nniko\nnikodem\nnikodema\nnikol\nnikola\nnikolai\nnikolao\nnikolas\nnikolasz\nnikolaus\nnikolcjo\nnikoleta\nnikolickovacic\nnikolina\nniksa\nnil\nnila\nnilam\nnilde\nnilgun\nnils\nnilsen\nnilsson\nnilufar\nnimakoah\nnimas\nnimit\nnimrod\nnina\nninalowo\nnine\nnineli\nninfa\nningrum\nninh\nniniano\nninioluwa\nnino\nninon\nninthe\nnio\nniouma\nniraj\nniranjan\nnirbhay\nniro\nniroula\nnisa\nnisan\nnischal\nnissen\nnistiman\nnistor\nnita\nnitra\nnitu\nnitzsche\nnives\nniyaga\nniyazi\nniyilolawa\nnizamettin\nnizar\nnizom\nnizomiddin\nnizomiddinov\nnizomiddinova\nnizomov\nnizomova\nnjegomirka\nnkansa\nnkansah\nnkanyezi\nnkomo\nnkosenye\nnkosi\nnkosingiphile\nnkosinhle\nnkosiyabo\nnkrumah\nnnamdi\nnoa\nnoack\nnoah\nnoaho\nnoam\nnoami\nnoan\nnoar\nnobile\nnobili\nnoble\nnobre\nnocentini\nnocera\nnocerino\nnodira\nnodler\nnoe\nnoel\nnoelia\nnoelie\nnoella\nnoelle\nnoema\nnoemi\nnoemie\nnoemy\nnofoto\nnoga\nnogueira\nnoh\nnoha\nnoham\nnohan\nnoila\nnojeem\nnokuthula\nnola\nnolan\nnolann\nnolen\nnolhan\nnolte\nnolwazi\nnomi\nnomvethe\nnomvula\nnona\nnondlela\nnonhlanhla\nnonjabulo\nnonkululeko\nnonna\nnonyana\nnoor\nnoortje\nnora\nnorah\nnorberg\nnorbert\nnorberta\nnorberto\nnordby\nnordin\nnordskaug\nnordstrom\nnore\nnorene\nnorhane\nnorica\nnoriega\nnorina\nnorma\nnorman\nnormand\nnormann\nnorris\nnorthoff\nnorval\nnorwood\nnosek\nnosir\nnosirjon\nnosirjonov\nnosirjonova\nnosirov\nnosirova\nnoskova\nnostriano\nnota\nnotaro\nnoto\nnoud\nnouha\nnour\nnoura\nnourane\nnouri\nnourmont\nnout\nnova\nnovac\nnovacek\nnovackova\nnovak\nnovakova\nnovan\nnovella\nnovelli\nnovello\nnovi\nnoviana\nnovita\nnovitasari\nnovosad\nnovosadova\nnovotna\nnovotny\nnovy\nnowacki\nnowaczyk\nnowak\nnowakowski\nnowi\nnowicki\nnowinski\nnowosadek\nnox\nnozima\nnozipho\nnozulu\nnqobile\nnrima\nnsele\nnsia\nntanzi\nnthabiseng\nnti\nntiamoa\nntim\nntokozo\nntombela\nntombizodwa\nntuli\nnubia\nnucci\nnuccia\nnucera\nnuda\nnudem\nnugraha\nnugroho\nnukhet\nnuman\nnumanoglu\nnunes\nnunez\nnuno\nnunziata\nnunzio\nnuong\nnur\nnuraini\nnural\nnuran\nnuray\nnurbek\nnurbekov\nnurbekova\nnurdiyanti\nnuredin\nnurettin\nnurgul\nnurgun\nnuri\nnuria\nnuriddin\nnuriddinov\nnuriddinova\nnurlaela\nnurlan\nnurlanov\nnurlanova\nnursel\nnurseli\nnurul\nnurullah\nnusa\nnusrat\nnusratov\nnusratova\nnusratulloh\nnusratullohyev\nnusratullohyeva\nnusret\nnussbeck\nnuzzo\nnwachukwu\nnwogu\nnwuzor\nnxumalo\nnya\nnyaako\nnyah\nnyame\nnyana\nnyanda\nnyantakyi\nnyasia\nnyberg\nnygaard\nnygard\nnylen\nnynke\nnyoman\nnystrom\nnytra\nnzimande\noana\noancea\noanh\noba\nobanijesu\nobeng\noberbrunner\noberem\noberg\nobergfoll\noberlin\nobermaier\noberman\nobiageli\nobianuju\nobid\nobidov\nobidova\nobie\nobioma\noblak\nobrad\nobren\nobrezanac\nobsut\nobsutova\nocalan\nocampo\nocasio\nocchipinti\noceane\nochoa\nochs\nochse\nocie\noctav\noctave\noctavia\noctavian\noctaviana\noctavio\noctaviu\noda\noddone\nodehnal\nodehnalova\nodelia\nodell\noderico\nodessa\nodeta\nodetola\nodetta\nodette\nodidone\nodie\nodil\nodile\nodilia\nodilon\nodilyev\nodilyeva\nodin\nodobasic\nodolen\nodon\nodorico\nodunayo\nodunsi\noeser\nofelia\nofelie\nofelya\nofori\nofosu\noger\noggiano\nogindan\noginni\nognjana\nognjen\nogooluwa\nogulana\nogunbamigbe\nogunbanwo\nogunbiyi\nogunbo\nogunde\nogunwande\nogunwobi\nogunyeye\noguz\noguzhan\nojala\nojars\nojaswini\nojeda\nojo\nojua\nokan\noke\nokey\nokiki\noklobdzija\nokonkwo\nokpattah\noksan\nokta\noktavian\noktaviani\noktavie\noktavius\noktay\nokto\noktovian\nokumus\nokuneva\nokunola\nokur\nokyere\nola\nolabode\noladara\noladare\noladeji\noladimeji\noladipupo\nolaf\nolah\nolahova\nolaide\nolaiya\nolajumoke\nolakunle\nolamide\nolanrewaju\nolansile\nolaoluwa\nolari\nolariu\nolaru\nolasunkanmi\nolasunmbo\nolasupo\nolatunbosun\nolavi\nolawale\nolayinka\nolbina\nolbram\nolbrich\nolcay\nolczak\noldrich\noldriska\nole\noleg\nolegs\noleinic\nolejniczak\nolejnik\noleksandr\nolen\nolena\nolesea\noleta\nolga\nolgerts\nolgica\noliga\nolim\nolimov\nolimova\nolimpia\nolimpiada\nolimpian\nolimpio\nolimpiu\nolin\nolinda\nolindo\noliphant\noliva\nolivares\nolivarez\nolivas\nolive\noliveira\noliver\nolivera\noliveri\nolivi\nolivia\nolivie\nolivier\noliviera\nolivieri\noliviero\nolivija\noliviu\nolivo\nolivova\noliwia\noliwier\nolla\nolle\nollie\nolmos\nolof\nolofsson\nololade\nolowokeere\noloyede\nolsen\nolson\nolsson\nolstad\nolszewski\noltean\nolteanu\nolubode\nolubukola\nolubunmi\nolufeyikemi\nolufeyisayo\nolufunke\nolufunmi\nolufunmilayo\nolugbayila\nolujimi\nolukotun\nolukunga\nolumide\nolumorotimi\nolusanya\nolusola\nolutola\nolutomiwa\noluwafemi\noluwagbemi\noluwagbemiga\noluwakemi\noluwamumibori\noluwamuyiwa\noluwanisola\noluwasanmi\noluwasegun\noluwasemilore\noluwaseun\noluwaseyi\noluwashina\noluwatimilehin\noluwatobiloba\noluwatofunmi\noluwatosin\noluwatoyosi\noluwatumise\noluwole\noluwunmi\nolvera\nolympe\nolympia\nolympie\noma\nomad\nomadov\nomadova\noman\nomana\nomani\nomar\nomari\nomawunmi\nombeline\nombline\nombretta\nomer\nomero\nomidina\nomina\nomobobola\nomobolaji\nomobolanle\nomodunni\nomojola\nomolabake\nomolara\nomolola\nomosalewa\nomosanya\nomotara\nomotayo\nomotola\nomotolani\nomotoso\nomotoun\nomowale\nomowumi\nona\nonder\nondina\nondine\nondra\nondracek\nondrackova\nondrasek\nondrej\nondrejka\nondricka\nondrova\nondrus\nondrusova\nonesta\nonesto\noni\nonic\nonie\nonnen\nonofrio\nonohinosen\nonome\nonorata\nonorina\nonorino\nonorio\nonoriode\nonose\nontiveros\nonufry\nonur\nonyinyechukwu\noona\noormila\noosterhuis\noosthuizen\nopacic\nopal\nopalina\nopaline\nopan\noparinde\nopemipo\nopeoluwa\nopeyemi\nophelia\nophelie\nophey\nopoku\noppenheimer\noppliger\noppong\noprea\nopric\nopricovic\nopris\nopsenica\nopuic\nopuku\nopung\nopuvacic\noqil\noqilyev\noqilyeva\noquendo\nora\norak\noral\noraloglu\noran\noraovcic\norasanin\noravec\norazio\norban\norbanic\norbay\norchidea\nordonez\norefice\norell\norellana\noren\norenzio\noreofe\norest\noreste\norestes\norfeo\norge\norgulan\norhan\noriana\noriande\noriane\norie\norietta\norif\norifov\norifova\norin\norio\norion\norland\norlandi\norlando\norlane\norlo\norlovic\norn\nornelas\nornella\noro\noronzo\norosco\norosz\norozco\norpha\norrin\norru\norsag\norsagova\norsanic\norsini\norsino\norso\norsola\norsolina\norsos\norta\nortansa\nortega\nortensia\nortensio\nortenzi\north\northmann\nortiz\nortolani\norval\norville\norvokki\norzechowski\norzu\nosanna\nosbaldo\nosborne\noscar\noschkenat\nose\nosei\nosenberg\noshin\nosinski\nosis\noskar\noskari\noskaro\nosmak\nosman\nosmanlic\nosmondo\nosmund\nosorio\nossowski\nostendarp\nostervald\nostoja\nostringer\nostrovska\nostrovskis\nostrowski\nostuni\nostwald\nosuagwu\nosunleke\nosuntokun\nosvald\nosvaldo\noswald\noswaldo\nota\notabek\notabekov\notabekova\notahal\notahalova\notakar\notakara\notartic\notcenas\notcenasova\notello\notero\notha\nothmane\notho\noti\notilia\notilie\notilija\notis\notiwa\notmar\noto\notokar\notomar\nott\nottaviani\nottaviano\nottavio\notte\nottilia\nottilie\nottis\notto\nottone\nottonello\notuo\notylie\noumar\noumayra\noumou\noury\nousmane\noussama\nova\novcina\novidio\novidiu\novidius\nowais\nowczarek\nowen\nowokoniran\nowolabi\nowoyemi\nowusu\noxana\noya\noyadiran\noyaifo\noybek\noybekov\noybekova\noyebola\noyelude\noyenike\noyeniyi\noyetoro\noyeyemi\noyga\noyindamola\noyindasola\noyinkansola\noyinlola\noyku\noymen\noynur\noysha\nozan\nozana\nozanic\nozanne\nozansoy\nozberk\nozbey\nozbir\nozcan\nozdemir\nozden\nozdenak\nozdogan\nozella\nozer\nozere\nozers\nozge\nozgorkey\nozgur\nozhan\nozkan\nozkara\nozkok\nozlem\nozlen\noznur\nozod\nozoda\nozodbek\nozodbekov\nozodbekova\nozodov\nozodova\nozola\nozolina\nozolins\nozols\nozren\noztonga\noztuna\nozturk\nozuna\nozy\npablo\npabon\npacanin\npacariz\npace\npacheco\npaci\npaciano\npacifici\npacifico\npacini\npaco\npacocha\npacome\npacomio\npaczkowski\npadam\npadberg\npadilla\npadma\npadmasari\npadmi\npadovan\npadron\npadula\npaduraru\npaesler\npaez\npagac\npagan\npaganelli\npagani\npagano\npagliai\npagliuca\npahanic\npahert\npaige\npaiman\npaimo\npaiva\npaivi\npaja\npajak\npajcic\npajeska\npajkuric\npajonk\npajtl\npakalniete\npakalnietis\npakize\npaksut\npal\npala\npalacios\npalackovic\npalacz\npaladi\npaladini\npalano\npalasti\npalastri\npalatino\npalavestra\npalazzi\npalazzo\npalazzolo\npalecek\npaleckova\npalemon\npalermo\npalic\npaligoric\npalii\npalija\npalikuca\npalisaski\npaljevic\npalla\npalladia\npalladino\npalladio\npallentin\npallesen\npallotta\npalm\npalma\npalmazio\npalmeri\npalmieri\npalmira\npalmiro\npalmisani\npalmisano\npaloma\npalombi\npalombo\npalomino\npalomo\npalsson\npaltere\npalters\npaluch\npalumbo\npam\npamela\npamfil\npammachio\npamper\npana\npanagachie\npanait\npanaro\npanca\npancario\npancrazio\npandey\npandolfi\npandu\npanek\npanetta\npanezic\npanfilo\npang\npangeran\npangestu\npani\npanicker\npanico\npanisic\npanjak\npanjevic\npanji\npanka\npankova\npankrac\npankracy\npanna\npansy\npantaleo\npantaleon\npantaleone\npantano\npantelei\npantoja\npanza\npanzeri\npanzig\npaola\npaolella\npaoletti\npaoli\npaolicelli\npaolillo\npaolini\npaolino\npaolo\npaolucci\npaone\npaonessa\npap\npapa\npapak\npapaleo\npapapietro\npapez\npapezova\npapini\npapp\npappalardo\nparadiso\nparam\nparamartha\nparamita\nparaschiv\nparaschiva\nparascovia\nparavinja\npardi\npardini\npardo\nparedes\nparente\nparfait\nparide\npariggiano\nparis\nparise\nparisi\nparisian\nparizek\nparizkova\npark\nparker\nparkin\nparla\nparlier\nparmakovic\nparman\nparmenio\nparnell\nparodi\nparojcic\nparovic\nparra\nparrinello\nparrino\nparsival\nparsla\npartida\npartyka\nparun\nparvati\nparvu\npasagic\npasalic\npasat\npasca\npascal\npascale\npascali\npascarella\npascari\npascaru\npaschke\npascu\npascucci\npasek\npasekova\npasic\npasini\npaska\npaskal\npaskala\npasko\npaskova\npasqua\npasquale\npasquali\npasquini\npassarelli\npasseri\npassero\npassuello\npastar\npasternak\npastore\npastorelli\npastorino\npaszkowski\npasztor\npat\npataca\npatacic\npatafta\npataki\npatane\npatarac\npatek\npatel\npaterne\npaterniano\npaterson\npathe\npatience\npatil\npatila\npatino\npatko\npatkova\npatkovic\npatocka\npatockova\npatrascu\npatriarca\npatrice\npatricia\npatricie\npatricija\npatricio\npatrick\npatrik\npatriko\npatrizia\npatrizio\npatrnogic\npatroclo\npatrone\npatru\npatrun\npatruno\npatrycja\npatrycjusz\npatrycy\npatryk\npatsy\npatti\npattie\npatty\npatzwahl\npau\npaucek\npaukner\npauko\npaukova\npaukovic\npaul\npaula\npaule\npaulette\npaulica\npaulien\npauliina\npaulin\npaulina\npauline\npaulino\npaulo\npaulova\npaulse\npauluka\npauluks\npaun\npaunkovic\npauside\npava\npavan\npavani\npavcic\npave\npavel\npavelek\npavelic\npavelka\npavelkova\npaver\npavesic\npavica\npavils\npavla\npavlacic\npavlas\npavlasova\npavle\npavlica\npavlicek\npavlicic\npavlickova\npavlicova\npavlik\npavlikova\npavlikovska\npavlikovsky\npavlin\npavlina\npavlov\npavlova\npavlovic\npavlovska\npavlovskis\npavlu\npavol\npavone\npavrlisak\npavuk\npavukova\npawelec\npawlak\npawlicki\npawlik\npawlikowski\npaxton\npayidar\npayton\npaz\npazdera\npazderova\npazmanj\npeaquin\npearl\npearlie\npearline\npecar\npece\npecek\npech\npecha\npechacek\npechackova\npechova\npecina\npecine\npecka\npeckova\npecora\npecoraro\npecorella\npede\npedersen\npedone\npedraza\npedrazzini\npedro\npedroni\npedrotti\npedroza\npeer\npeeters\npeggie\npeggy\npeixoto\npekar\npekarek\npekarkova\npekarova\npekka\npekkan\npektemek\npelaghia\npelagia\npelagie\npelayo\npelc\npelcova\npeleo\npelhrim\npelikan\npelikanova\npelin\npelinsu\npelle\npellecchia\npellegrini\npellegrino\npellicano\npellitteri\npelumi\npeluso\npembe\npena\npence\npencic\npencis\npenda\npenelopa\npenelope\npenezic\npenic\npenjisevic\npenna\npennestri\npenny\npenovic\npentti\npenzo\npeovic\npepe\npepelcevic\npepijn\npepin\npepo\nper\npera\nperales\nperalta\nperan\nperceval\npercival\npercy\nperdana\nperea\nperego\npereira\nperes\nperez\nperi\nperica\npericle\nperihan\nperikles\nperilli\nperin\nperina\nperini\nperinova\nperkasa\nperkona\nperkons\nperl\nperla\nperlas\nperle\npermadi\npermata\nperna\npernica\npernicova\npernilla\npero\nperoni\nperotti\nperoutka\nperoutkova\nperpetuo\nperra\nperran\nperret\nperri\nperrier\nperrin\nperrine\nperrini\nperrone\nperrot\nperrotta\nperroy\nperry\npersa\nperseo\npersida\npersson\npertev\npertiwi\nperugini\nperuna\nperuzzi\nperver\npervin\nperzida\npesaresi\npesce\npesek\npeselman\npeska\npesko\npeskova\npesorda\npession\npesta\npestova\npetar\npetcu\npete\npetek\npeter\npeteris\npeterka\npeterkova\npeters\npetersen\npeterson\npetersone\npetersons\npetit\npetito\npetko\npetr\npetra\npetrak\npetrakova\npetralia\npetrana\npetrarca\npetras\npetrasova\npetre\npetrea\npetrella\npetrelli\npetrescu\npetri\npetrica\npetricek\npetrickova\npetrija\npetrijevcanin\npetrik\npetrikova\npetrini\npetrinsak\npetrisevac\npetrisor\npetro\npetrone\npetronela\npetronila\npetronilla\npetronille\npetronio\npetronius\npetrov\npetrova\npetrovac\npetrovicka\npetrovicky\npetrovska\npetrovskis\npetru\npetrucci\npetruse\npetruska\npetruskova\npetrut\npetruta\npetteri\npettersen\npettersson\npetula\npetzold\npeyami\npeyton\npezzella\npezzi\npfannerstill\npfeffer\npfeiffer\npfennig\npfersich\npfingsten\npfister\npflieger\npflugner\npham\nphan\nphap\npharell\nphat\npheobe\nphi\nphil\nphila\nphilander\nphilani\nphileas\nphileine\nphilemon\nphilibert\nphiline\nphilip\nphilipp\nphilippa\nphilippe\nphilippine\nphillip\nphillips\nphilomene\nphilothee\nphilou\nphiwokwakhe\nphoebe\nphoenix\nphong\nphu\nphuc\nphung\nphuoc\nphuong\nphyllis\npia\npiacentini\npiaget\npiana\npianese\npianigiani\npiasecki\npiatek\npiatkowski\npiazza\npiazzolla\npibiri\npica\npicard\npicariello\npicchi\npiccinini\npiccione\npicco\npiccoli\npiccolo\npicha\npichardo\npichler\npichlmaier\npichova\npictet\npie\npiechota\npieczek\npiekarski\npien\npienaar\npiera\npierangelo\npierce\npiergiorgio\npieri\npierini\npierluigi\npiermarco\npiero\npierre\npierrick\npierro\npiersilvio\npiesker\npiet\npieter\npieterse\npietras\npietro\npietruszka\npietrzak\npietrzyk\npietsch\npiga\npignatelli\npiguet\npiha\npikover\npilar\npilarova\npilarski\npilat\npilato\npilatova\npilch\npili\npilla\npillai\npillay\npillitteri\npim\npimentel\npina\npinardi\npineda\npingpank\npinheiro\npinho\npini\npink\npinkie\npinna\npinnock\npinon\npintea\npinter\npintilie\npinto\npintus\npinzari\npinzaru\npio\npiorkowski\npiotr\npiotrowicz\npiotrowski\npip\npiper\npipitone\npippa\npippig\npippo\npiras\npiraye\npircher\npiredda\npires\npirjo\npirkko\npiron\npirone\npirrello\npirrone\npirvu\npisa\npisani\npisano\npisarevic\npischedda\npisciotta\npiscitelli\npiscopo\npiskorjanac\npisova\npisu\npit\npithey\npitinac\npitkanen\npitschugin\npittalis\npittard\npitzalis\npius\npiva\npivar\npivetta\npivonka\npivonkova\npiwowarczyk\npizarro\npizzi\npizzimenti\npizzitola\npizzo\npizzuti\npjescic\npjesivac\nplacek\nplacento\nplacha\nplachy\nplacic\nplacida\nplacido\nplacinta\nplacko\nplackova\nplahinek\nplakalovic\nplamadeala\nplamenac\nplank\nplantak\nplascar\nplaskur\nplass\nplatania\nplaton\nplatone\nplatzer\nplauk\nplautz\nplazonja\nplazonjic\nplch\nplchova\nplejo\nplekanec\nplekanecova\nplemic\nplesa\nplesca\npleska\npleskonjic\nplessis\npletsch\npleun\nplinio\nplomb\nplotzitzka\nplsek\nplskova\npluhar\npluharova\npluta\nplutarco\npocan\npoche\npocrnja\npodbarac\npodgorski\npodhradska\npodhradsky\npodkonicka\npodkonicky\npodnar\npodniece\npodnieks\npodpadac\npodzimek\npodzimkova\npodzina\npodzins\npoehn\npoels\npoeschl\npogacic\npoge\npoggi\npoggio\npogorzelski\npohl\npohland\npohle\npohlova\npoirier\npokorna\npokorny\npol\npola\npolacek\npolach\npolachova\npolackova\npolak\npolakova\npolancec\npolanco\npolanska\npolansky\npolasek\npolaskova\npolat\npole\npolese\npoletti\npoli\npoliak\npoliakova\npolidori\npolidoro\npolifemo\npolifka\npolikarp\npolimeno\npolina\npolis\npolissena\npoliti\npolito\npolivka\npolivkova\npolizzi\npollen\npollich\npollina\npollione\npollmacher\npollock\npolly\npolona\npolsak\npolverino\npolykarp\npolyxena\npomp\npompei\npompeo\npompili\npompilia\npompilio\npompiliu\npomponio\nponce\nponitzsch\nponjavic\npons\nponti\npontus\nponziano\nponzio\npooja\npoon\npoore\npoornima\npop\npopa\npopcic\npopelka\npopelkova\npopescu\npopov\npopova\npopovici\npoppy\npoprzan\npopusoi\nporcari\nporcu\nporebski\nporfirio\nporfiriusz\nporfiry\nporgante\nporgants\nporras\nporsche\nporta\nporter\nporth\nportillo\nportmann\nporzia\nporziano\nposada\nposchmann\nposer\npospichal\npospichalova\npospisil\npospisilova\npost\npostic\npostica\npostiglione\npostma\npostolachi\npostumio\npotenza\npotgieter\npothuvaal\npotkonjak\npotnar\npotocar\npotocnik\npottel\npotucek\npotuckova\npoul\npoulsen\npour\npouros\npourova\npouye\npowell\npowlowski\npoyrazoglu\npozarac\npozzi\npozzo\npraba\nprabawa\nprabin\nprabowo\nprabu\nprachar\npracharova\npradana\npradhan\npradipta\nprado\nprah\nprajapat\nprakasa\nprakash\nprakatur\nprakosa\npramila\npran\npranata\npranawa\npranay\nprangart\nprange\npranowo\nprasad\nprasanna\nprasasta\nprascovia\nprasek\nprasetya\nprasetyo\nprashant\npraskova\nprassede\nprastuti\npratama\npratesi\nprathamesh\npratico\npratiwi\nprato\npravdan\npravdomil\npravdomila\npravomil\npravomila\npravoslav\npravoslava\nprayag\nprayitna\nprayoga\nprayogo\nprazak\nprazakova\nprchal\nprchalova\nprebil\nprebiracevic\npreciado\nprecious\npreda\npredic\nprediger\npredin\npredojev\npredojevic\npredovic\npredrag\npredragovic\npreez\npreity\npreloscan\nprem\nprema\nprempeh\npremysl\nprencipe\npreocanin\nprepelita\nprerad\npreradovic\npreseren\npresley\npressler\npresti\npreston\nprete\npretkalnina\npretkalnins\npretorius\npreuk\npreuss\nprevost\nprey\npreziosi\npriamo\npribyl\npribylova\npribyslav\npribyslava\nprice\npridane\npridans\npriedite\nprieditis\npriemer\nprieto\nprihoda\nprihodova\nprikryl\nprikrylova\nprima\nprimerose\nprimo\nprimoz\nprince\nprincess\nprincipato\npringle\nprinsen\nprinsloo\nprisacari\nprisacaru\nprisca\npriscila\npriscilla\npriscille\nprisco\npriska\nprita\nprivat\nprivato\nprivitera\npriya\npriyala\nprkosovacki\nprobst\nprochazka\nprochazkova\nprocopio\nprocter\nprodan\nprofira\nprohaska\nproietti\nprokes\nprokesova\nprokles\nprokop\nprokopa\nprokopova\nprokul\npromise\nprosacco\nprosek\nproserpina\nprosic\nproske\nproskova\nprosper\nprospera\nprospero\nprotasio\nproteo\nprotic\nprovaznik\nprovaznikova\nprovenzano\nprovidenci\nprucha\npruchova\nprudence\nprudenzia\nprudenzio\nprune\nprus\nprusa\nprusova\npruteanu\nprvoslav\nprzybylski\nprzybysz\npsenicka\npsenickova\nptacek\nptackova\nptak\npticar\npuacmatesic\npublio\npuca\npucci\npuccio\npuchalski\npuck\npuddu\npudjiastuti\npuente\npuga\npuggioni\npugliese\npugliesi\npuglisi\npuharic\npuiu\npuji\npuk\npukite\npukitis\npulcherie\npuleo\npulido\npun\npuneet\npupak\npupakova\npupolo\npuput\npurdy\npurna\npurnama\npurnawarman\npurnawati\npurnima\npurushottam\npurwa\npurwadi\npurwanti\npurwanto\npury\npuscas\npusch\npushti\npusicio\npuskarcuk\npuspa\npuspasari\npuspita\nputi\nputincanin\nputnik\nputnina\nputnins\nputra\nputri\nputu\nputzolu\npuzavac\npuzigaca\npytel\npython\nqizilgul\nqobil\nqori\nqosim\nquaglia\nquan\nquang\nquaranta\nquarta\nquartenoud\nquartey\nquartilla\nquarto\nquasimodo\nqudrat\nque\nqueen\nqueenie\nqueiroz\nquentin\nquentine\nquerano\nquesada\nquevedo\nquezada\nquieta\nquigley\nquin\nquincy\nquinn\nquinodoz\nquinones\nquinonez\nquinta\nquintairos\nquintana\nquintanilla\nquinten\nquintero\nquintia\nquintiliano\nquintilio\nquintino\nquinto\nquinton\nquinty\nquinziano\nquinzio\nquirin\nquirino\nquiros\nquiroz\nquiteria\nquitterie\nquitzon\nquliyev\nquoc\nquy\nquyen\nquyet\nquynh\nraabe\nrabenstein\nrabia\nrabic\nrabljenovic\nrac\nraca\nrach\nrachael\nrachel\nrachela\nrachele\nrachelle\nrachid\nrachmawati\nraci\nracordon\nracova\nracu\nracz\nraczynski\nrada\nradan\nradana\nradebe\nradecki\nradegast\nradek\nradeke\nraden\nradenko\nradha\nradhost\nradigovic\nradijevac\nradika\nradim\nradimir\nradimira\nradin\nradina\nradinovic\nradion\nradisa\nradisavcevic\nradisavic\nradisavljevic\nradisevic\nradislav\nradislava\nradit\nraditya\nradivoj\nradivojac\nradivoje\nradivojsa\nradka\nradko\nradl\nradler\nradlovic\nradmanovic\nradmil\nradmila\nradmilo\nrado\nradoi\nradojka\nradolfo\nradomil\nradomila\nradomir\nradomira\nradomirovic\nradomski\nradonja\nradonjanin\nradonjic\nrados\nradosav\nradoslav\nradoslava\nradotic\nradova\nradovac\nradovan\nradovana\nradovanac\nradovankovic\nradovanlija\nradovanov\nradslava\nradtke\nradu\nraducu\nradul\nradulaski\nradulescu\nradulic\nradulj\nraduljeskovic\nraduljevic\nradulovic\nradusic\nradusilovic\nradusinovic\nraduski\nraduz\nradvan\nradvanji\nrae\nraegan\nrael\nraf\nrafael\nrafaela\nrafaelo\nrafailovic\nrafet\nraff\nraffa\nraffaele\nraffaella\nrafi\nrafid\nrafidyev\nrafidyeva\nrafila\nrafiq\nrageshwari\nrageswari\nrago\nragone\nragusa\nrahardian\nraharja\nrahayu\nraheem\nrahel\nrahelo\nrahim\nrahimah\nrahime\nrahimov\nrahimova\nrahma\nrahman\nrahmat\nrahmawati\nrahmi\nrahn\nrahsaan\nrahsan\nrahul\nraich\nraide\nraif\nraifyev\nraifyeva\nraihan\nraik\nrailean\nraileanu\nraimondi\nraimondo\nraimund\nraina\nrainald\nrainaldo\nrainelda\nrainer\nrainhard\nrainold\nraisa\nraj\nrajab\nrajabov\nrajabova\nrajan\nrajana\nrajasa\nrajata\nrajcevic\nrajendra\nrajh\nrajina\nrajinder\nrajiv\nrajko\nrajmund\nrajna\nrajnold\nrajs\nrajsa\nrajsic\nrajtek\nraju\nrak\nrakanovic\nrakaric\nrakas\nrakesh\nrakinic\nrakita\nrakova\nrakovic\nrakowski\nrakusic\nralbovski\nraleigh\nralf\nrallo\nralph\nraluca\nrama\nramaa\nramac\nramadan\nramadhani\nramata\nramatoulaye\nramazan\nrambaldi\nrambousek\nrambouskova\nramella\nramesh\nrameshwar\nrami\nramirez\nramiro\nramiz\nramon\nramona\nramos\nrampazzo\nramy\nramziddin\nramziddinov\nramziddinova\nramziya\nrana\nrandal\nrandall\nrandazzo\nrandi\nrandolf\nrandolph\nrandunkovic\nrandy\nranek\nraneri\nranftl\nrangel\nrangelov\nrangen\nrangga\nrania\nranieri\nraniero\nranim\nraniolo\nranjan\nranjeet\nranjit\nranko\nranolfo\nransom\nrantanen\nrantsch\nranucci\nranya\nranz\nraoul\nraphael\nraphaelle\nrapisarda\nraposo\nrapovac\nrapp\nrapuano\nrapulane\nraquel\nrares\nrasanen\nrascanin\nrascon\nrasetarevic\nrasetic\nrasevic\nrashad\nrashawn\nrasheed\nrasheedah\nrashid\nrashidov\nrashidova\nrasic\nrasifa\nrasim\nrasinac\nrasit\nraska\nrasko\nraskova\nrasmus\nrasmussen\nrasovic\nraspopovic\nraspudic\nrastislav\nrastislava\nrata\nrataj\nratajczak\nratajova\nrath\nrati\nratibor\nratih\nratimir\nratke\nratkovcic\nratmir\nratna\nratniece\nratnieks\nratti\nrau\nraubuch\nraucher\nrauf\nraufyev\nraufyeva\nraukuc\nraul\nrausch\nrauso\nraut\nrautenkranz\nravaioli\nraven\nravet\nravi\nravn\nravshan\nravshanov\nravshanova\nrawane\nraxmatulloh\nraxmatullohyev\nraxmatullohyeva\nray\nraya\nrayan\nrayane\nrayen\nrayhan\nraymond\nraymonde\nraymundo\nraynor\nrayona\nrayxona\nrayyan\nrazic\nrazo\nrazvan\nrea\nreagan\nreale\nreanna\nreba\nrebeca\nrebecca\nrebeka\nrebekah\nrebekka\nrebeko\nrecai\nrecchia\nrecep\nrecevic\nreda\nredaelli\nreddy\nredmond\nreece\nreed\nrees\nreese\nrefah\nrefet\nrefik\nregalado\nregan\nreggie\nreghina\nregina\nreginald\nreginaldo\nregine\nregis\nregitze\nregnars\nregolo\nregula\nreha\nrehacek\nrehackova\nrehak\nrehakova\nrehor\nrehorka\nrehorova\nrehwagen\nreiber\nreichardt\nreichel\nreichert\nreichling\nreid\nreif\nreifenrath\nreilly\nreimann\nrein\nreina\nreinberg\nreine\nreinelt\nreinger\nreinhard\nreinhardt\nreinhold\nreinke\nreis\nreitze\nrejan\nrejean\nrejeanne\nreka\nreksa\nrelja\nrelu\nremes\nremesova\nremeta\nremi\nremig\nremigio\nremilekun\nremington\nremo\nremondo\nrempel\nremus\nremy\nremzi\nrenard\nrenars\nrenas\nrenat\nrenata\nrenate\nrenato\nrenaud\nrenault\nrencar\nrenda\nrendon\nrendra\nrendulic\nrendy\nrene\nrenee\nrenen\nrenette\nrengin\nrenja\nrenk\nrenna\nrenner\nrennich\nrenovcevic\nrenovica\nrens\nrensburg\nrenske\nrenteria\nrentz\nrenz\nrenzi\nrenzo\nrepac\nrepetto\nrepija\nrepiska\nrepisky\nreppin\nresat\nresele\nresendez\nresid\nreskovic\nresnik\nreso\nrespati\nrespicio\nressie\nrestivo\nrestle\nrestorff\nrestu\nresul\nreta\nretha\nretno\nreto\nretta\nretzke\nreuben\nreuber\nreumann\nreus\nreuss\nreusse\nreva\nrevenco\nrevi\nrex\nrey\nreybaud\nreyes\nreyhan\nreymond\nreymundo\nreyna\nreynold\nreynolds\nreynoso\nreza\nrezac\nrezacova\nrezek\nrezkova\nreznicek\nreznickova\nrezzan\nrhea\nrheder\nrhett\nrhianna\nrhiannon\nrhoda\nrhoden\nrhodes\nrhonda\nria\nriaan\nriad\nrian\nriana\nribar\nribaupierre\nribeiro\nribicgreganic\nrica\nricardo\nricards\nricario\nriccarda\nriccardi\nriccardo\nricci\nricciardi\nriccio\nriccobono\nrice\nrichard\nricharda\nrichards\nrichardson\nrichelmo\nrichie\nrichmond\nrichter\nrichtr\nrichtrova\nrick\nrickard\nrickey\nrickie\nricky\nrico\nridge\nridolfi\nridwan\nriedel\nriediger\nrieger\nrieke\nriekmann\nriekstina\nriekstins\nriepl\nriermeier\nriester\nriethmuller\nrietman\nrietmuller\nrietscher\nrifat\nriff\nrigard\nriggi\nriggio\nrighetti\nrighi\nrigoberto\nrigoni\nriha\nrihova\nriisberg\nriitta\nrija\nrika\nrike\nrikke\nriley\nrim\nrima\nrimai\nrimma\nrina\nrinaldi\nrinaldo\nrincon\nriner\nringel\nringer\nrini\nrink\nrino\nrio\nriojas\nriolo\nrios\nriparbelli\nripken\nrippin\nris\nristana\nristic\nrita\nritchie\nritesh\nritosek\nritschel\nritsma\nrittenberg\nritter\nrittgasser\nrittweg\nritva\nritz\nriv\nriva\nrivas\nriver\nrivera\nrivero\nriviere\nrivka\nriyad\nriyanti\nrizki\nrizvon\nrizvonyev\nrizvonyeva\nrizza\nrizzi\nrizzo\nroan\nroba\nrobak\nrobaldo\nrobb\nrobbe\nrobbie\nrobel\nrobert\nroberta\nroberti\nrobertina\nroberto\nroberts\nrobertson\nrobi\nrobin\nrobina\nrobinson\nrobiya\nrobledo\nrobles\nrobu\nrobyn\nrocca\nrocchi\nrocco\nroch\nrocha\nrochaix\nrochat\nroche\nrochelle\nrocio\nrockmeier\nrockomanovic\nrocky\nrod\nrodan\nrodarte\nrodehau\nroderick\nroderik\nroderyk\nrodger\nrodiano\nrodica\nrodigari\nrodiger\nrodion\nrodney\nrodolfo\nrodoljub\nrodolphe\nrodowski\nrodrick\nrodrigez\nrodrigo\nrodrigue\nrodrigues\nrodriguez\nrodriquez\nroecker\nroel\nrogahn\nrogala\nrogalski\nrogelio\nroger\nrogers\nroggatz\nrogolino\nrogowski\nrogoz\nrogulja\nrohan\nrohana\nrohit\nrohlander\nrohrer\nroj\nrojas\nrojek\nrojo\nrok\nrokhaya\nrokia\nroko\nrokossa\nroksana\nroland\nrolande\nrolando\nrold\nroldan\nroleder\nrolf\nrolfo\nrolfson\nrolland\nrollin\nrollo\nroloff\nrolon\nroma\nromagnoli\nromaguera\nromain\nromaine\nroman\nromana\nromancik\nromancikova\nromanciuc\nromane\nromanelli\nromani\nromaniello\nromanini\nromanita\nromano\nromanovska\nromanovskis\nromanowski\nromans\nromcevic\nromee\nromeo\nromero\nromeu\nromilda\nromina\nromo\nromoaldo\nromola\nromolo\nromuald\nromualdo\nromul\nromulus\nromy\nron\nrona\nronak\nronald\nronaldo\nronan\nrondinone\nrondoni\nrondovic\nroni\nronja\nronke\nronnie\nronny\nroob\nroos\nroosevelt\nrooyen\nroque\nrory\nrosa\nrosado\nrosalee\nrosales\nrosalia\nrosalie\nrosalina\nrosalind\nrosalinda\nrosalyn\nrosamond\nrosamunda\nrosan\nrosana\nrosandic\nrosanna\nrosario\nrosas\nrosati\nrosbach\nrosca\nroschinsky\nroscoe\nrose\nroselin\nroseline\nrosella\nroselyn\nrosemarie\nrosemary\nrosenauer\nrosenbauer\nrosenbaum\nrosendo\nrosenthal\nroser\nrosetta\nrosevic\nrosi\nrosiak\nrosie\nrosina\nrosinski\nrosita\nroskic\nrosksch\nroslyn\nrosman\nrosmunda\nross\nrossana\nrossberg\nrossella\nrosselli\nrosset\nrossetti\nrossi\nrossie\nrossini\nrossler\nrosso\nrossouw\nrostislav\nrostislava\nrosu\nrota\nrotari\nrotaru\nroth\nrothenbacher\nrother\nrothlisberger\nrotimi\nrotolo\nrotondo\nrottger\nrotundo\nroubal\nroubalova\nrougemont\nroulin\nrous\nrousova\nrousseau\nroussel\nroux\nrovcanin\nrovena\nrover\nrowan\nrowe\nrowena\nrowland\nroxana\nroxane\nroxanne\nroxelana\nroxy\nroy\nroya\nroyal\nroybal\nroyce\nroyer\nroza\nrozac\nrozalia\nrozalie\nrozalija\nrozalinda\nrozamunda\nrozana\nrozanski\nrozella\nrozenbaha\nrozenbahs\nrozgic\nrozina\nrozita\nrozite\nrozitis\nroziya\nrozkalne\nrozkalns\nrozo\nrozsypal\nrozsypalova\nrozvita\nrozycki\nruben\nrubene\nrubenis\nruberto\nrubiano\nrubie\nrubino\nrubio\nruby\nrubye\nrucco\nruch\nruchan\nrucinski\nruckdeschel\nrucker\nrudan\nrudi\nrudiger\nrudinski\nrudis\nrudite\nrudnicki\nrudolf\nrudolfa\nrudolfina\nrudolfo\nrudolfova\nrudolfs\nrudolph\nrudra\nrudy\nrudzinski\nrudzite\nrudzitis\nrudzki\nruecker\nruedi\nruegg\nruelas\nrufina\nrufino\nrufo\nrufus\nruggeri\nruggero\nruggieri\nruggiero\nruhsar\nrui\nruiter\nruiz\nruken\nrukhmani\nrukmin\nrukneddin\nrumena\nrumenic\nrumpf\nruna\nrunce\nruncis\nrune\nrunolfsdottir\nrunolfsson\nrunte\nruotolo\nrupert\nruperto\nrupinder\nrupnik\nrupprecht\nruprecht\nrus\nrusanoski\nrusciano\nrusin\nrusins\nruslan\nruslana\nrusman\nrusnac\nrusova\nruss\nrussel\nrussell\nrusso\nrussu\nrustam\nrustamov\nrustamova\nrustu\nrusty\nrusu\nrut\nruta\nruter\nruth\nruthe\nrutherford\nruthie\nrutilo\nrutkowski\nruttimann\nruud\nruxanda\nruxandra\nruya\nruza\nruzek\nruzena\nruzica\nruzicka\nruzickova\nruzkova\nryad\nryan\nryann\nryba\nrybak\nrybar\nrybarczyk\nrybarik\nrybarikova\nrybarova\nrybicki\nrybnicek\nrybnicekova\nrybova\nryder\nrydl\nrydlova\nryjikh\nrylan\nrylee\nryleigh\nryley\nrym\nrysava\nrysavy\nryszard\nryzih\nrzepka\nsaad\nsaadat\nsaadi\nsaadiyev\nsaadiyeva\nsaar\nsaarinen\nsaavedra\nsaba\nsabadell\nsabaly\nsaban\nsabar\nsabatini\nsabatino\nsabato\nsabau\nsabazio\nsabbatini\nsabdat\nsabele\nsabia\nsabian\nsabin\nsabina\nsabine\nsabino\nsabir\nsabljak\nsabolcec\nsabolski\nsaboxat\nsaboxon\nsabri\nsabrina\nsabrine\nsabryna\nsacchet\nsacchetti\nsacchi\nsacco\nsaccone\nsacha\nsachin\nsachse\nsacid\nsack\nsada\nsadan\nsadar\nsadberk\nsadettin\nsadi\nsadie\nsadiki\nsadilek\nsadilkova\nsadina\nsadio\nsadl\nsadoqat\nsadovic\nsadowski\nsadri\nsadriddin\nsadriddinov\nsadriddinova\nsadullah\nsadye\nsadzak\nsaefullah\nsaenz\nsaer\nsafa\nsafae\nsafar\nsafaric\nsafarik\nsafarikova\nsafarova\nsaffet\nsaffiro\nsaffo\nsafi\nsafia\nsafiatou\nsafietou\nsafina\nsafir\nsafira\nsafiryev\nsafiryeva\nsafitri\nsafiya\nsaflanis\nsafo\nsafouan\nsafouane\nsafoyev\nsafoyeva\nsafranek\nsafrankova\nsafta\nsafura\nsagadi\nsagafe\nsagar\nsage\nsagna\nsagodic\nsagonas\nsahap\nsaheed\nsahin\nsahinalp\nsahner\nsahra\nsahsuvar\nsai\nsaia\nsaid\nsaida\nsaidov\nsaidova\nsaiful\nsaige\nsaile\nsailer\nsaim\nsaini\nsaiq\nsaiz\nsajinovic\nsajtos\nsaka\nsakanovic\nsakari\nsakho\nsakina\nsakir\nsakti\nsakura\nsala\nsaladino\nsalahudin\nsalaj\nsalako\nsalami\nsalamone\nsalamoun\nsalas\nsalatiello\nsalazar\nsalcedo\nsalcido\nsaldana\nsaldivar\nsalek\nsalemi\nsalemme\nsalerno\nsalgado\nsalierno\nsalif\nsalih\nsalim\nsalimah\nsalimata\nsalimatou\nsalinas\nsaliou\nsalis\nsalkova\nsall\nsallie\nsally\nsalma\nsalman\nsalmina\nsalminen\nsalmins\nsalo\nsaloh\nsalohov\nsalohova\nsalome\nsalomea\nsalomena\nsalomey\nsalomon\nsalomone\nsalomoun\nsalonen\nsalow\nsalsabila\nsalsabilla\nsalustio\nsalvador\nsalvadori\nsalvati\nsalvatore\nsalvatori\nsalvi\nsalvo\nsalvucci\nsalwa\nsalwator\nsaly\nsalzano\nsalzer\nsalzmann\nsam\nsamac\nsamandar\nsamandarov\nsamandarova\nsamaniego\nsamanta\nsamantha\nsamara\nsamardzija\nsamb\nsamba\nsambe\nsambou\nsamed\nsameer\nsamek\nsamel\nsamelova\nsami\nsamia\nsamiah\nsamih\nsamil\nsamim\nsamina\nsamir\nsamira\nsamiryev\nsamiryeva\nsamiya\nsamkova\nsammartano\nsammartino\nsammert\nsammie\nsammy\nsamo\nsamohod\nsamohodaj\nsamolov\nsamolovac\nsamona\nsamosir\nsamsalovic\nsamson\nsamsonova\nsamsul\nsamu\nsamuel\nsamuela\nsamuele\nsamuelo\nsamuelsson\nsamukelisiwe\nsamy\nsan\nsana\nsanaa\nsanabria\nsanadrovic\nsanches\nsanchez\nsancho\nsanctis\nsanda\nsandalj\nsandberg\nsandeep\nsander\nsanders\nsandic\nsando\nsandor\nsandova\nsandoval\nsandoz\nsandra\nsandrine\nsandro\nsandstrom\nsandu\nsandy\nsane\nsanele\nsanem\nsanfilippo\nsanford\nsang\nsanja\nsanjay\nsanjin\nsanka\nsanna\nsanne\nsannino\nsanobar\nsans\nsansone\nsanta\nsantacruz\nsantamaria\nsantana\nsantangelo\nsantarelli\nsantarossa\nsantarsia\nsantarsiero\nsante\nsanti\nsantiago\nsantillan\nsantilli\nsantina\nsantinelli\nsantini\nsantino\nsantis\nsanto\nsantoni\nsantor\nsantori\nsantoro\nsantos\nsantosh\nsantoso\nsantucci\nsanusi\nsanya\nsanziana\nsao\nsaodat\nsaphira\nsapiente\nsapienza\nsaponaro\nsaporito\nsaptono\nsaputra\nsaputri\nsara\nsarabia\nsaracino\nsarada\nsaragih\nsarah\nsarai\nsaraiva\nsarala\nsarani\nsaraswati\nsarbello\nsarbu\nsardella\nsardina\nsardor\nsardorov\nsardorova\nsare\nsargac\nsari\nsaric\nsarina\nsarisha\nsarita\nsarka\nsarkozi\nsarla\nsarlota\nsarmite\nsarnataro\nsarno\nsaroja\nsarpong\nsarr\nsarra\nsarti\nsartika\nsartor\nsartori\nsaruga\nsarvar\nsarvari\nsarvarov\nsarvarova\nsarvin\nsarvinoz\nsasa\nsascha\nsasek\nsasha\nsaskia\nsaskie\nsaskova\nsaso\nsassano\nsassi\nsasso\nsatine\nsatish\nsatner\nsatria\nsatta\nsattelmaier\nsatterfield\nsatu\nsaturniano\nsaturnin\nsaturnino\nsatya\nsatyen\nsauceda\nsaucedo\nsauer\nsauerland\nsaul\nsaulcerite\nsauliete\nsaulietis\nsaumweber\nsaussure\nsauveur\nsava\nsavanah\nsavanna\nsavannah\nsavary\nsavas\nsavciuc\nsavel\nsaverio\nsaveta\nsavevski\nsavi\nsavin\nsavina\nsavini\nsavinien\nsavino\nsavion\nsavoca\nsavoia\nsavolainen\nsavova\nsavu\nsavva\nsawayn\nsawicki\nsaxida\nsaxona\nsayan\nsayyora\nsbrana\nscaglione\nscala\nscalia\nscalise\nscalzo\nscano\nscanu\nscarano\nscardino\nscarlett\nscarpa\nscarpellini\nscc\nschacht\nschaden\nschaefer\nschafer\nschaffarzik\nschaffel\nschaffer\nschahbasian\nschaller\nschamberger\nschaning\nschar\nscharer\nscharf\nschaub\nschedler\nscheer\nscheidegger\nschejbal\nschejbalova\nschelk\nschellenbeck\nschembera\nschenk\nscherbarth\nscherer\nscherini\nschermann\nscherrer\nschersing\nscherz\nschettino\nscheurer\nscheuring\nscheytt\nschiavi\nschiavo\nschiavon\nschiavone\nschielke\nschieskow\nschifano\nschildhauer\nschillaci\nschiller\nschilling\nschima\nschimmel\nschimmer\nschindzielorz\nschinner\nschiopu\nschipper\nschirmer\nschirrmeister\nschirru\nschlachter\nschlangen\nschlatter\nschlawitz\nschlechtweg\nschley\nschleyer\nschlicht\nschlitzer\nschmalzle\nschmeler\nschmid\nschmidt\nschmidtchen\nschmidtova\nschmitt\nschmitz\nschmuhl\nschneider\nschneidrova\nschnelting\nschnider\nschnieder\nschniedermeier\nschnurer\nschnyder\nschoberg\nschoch\nschockel\nschoeman\nschoen\nscholastika\nscholastique\nscholten\nscholtz\nscholz\nschonball\nschonbeck\nschonberg\nschondelmaier\nschonebeck\nschonenberger\nschonfeld\nschonherr\nschonlebe\nschorderet\nschorr\nschott\nschottmann\nschotz\nschouren\nschowalter\nschrader\nschramm\nschreck\nschreiber\nschreiner\nschreiter\nschrepfer\nschroder\nschroeder\nschuermann\nschuff\nschuhaj\nschuldt\nschuler\nschulist\nschult\nschulte\nschultz\nschultze\nschulz\nschulze\nschumacher\nschumann\nschumm\nschupp\nschuppe\nschuppel\nschurch\nschuri\nschuster\nschutz\nschutzbach\nschutze\nschuyler\nschwab\nschwalm\nschwanbeck\nschwandke\nschwanitz\nschwarthoff\nschwartz\nschwarz\nschwarzer\nschwarzkopf\nschwarzmeier\nschwarzova\nschwatlo\nschweisfurth\nschweitz\nschweizer\nschwennen\nschwerdtner\nschwidde\nschwirkschlies\nschwizgebel\nschwuchow\nsciacca\nscocco\nscognamiglio\nscolastica\nscopece\nscorza\nscot\nscott\nscotti\nscottie\nscotty\nscripnic\nscrofani\nscuderi\nscurtu\nscutaru\nseamus\nsean\nseb\nsebas\nsebastiaan\nsebastian\nsebastiana\nsebastiani\nsebastiano\nsebastiao\nsebastien\nsebastjan\nsebek\nsebela\nsebelova\nsebenji\nsebesta\nsebestian\nsebestova\nsebkova\nsebnem\nsecaeddin\nsecchi\nsecci\nsechi\nsecil\nseck\nseckin\nseckou\nseconda\nsecondiano\nsecondina\nsecondo\nsecrieru\nseda\nsedarevic\nsedat\nsedef\nseden\nsedillo\nsediva\nsedivy\nsedlacek\nsedlackova\nsedlak\nsedlakova\nsedlar\nsedlarova\nsedliak\nsedliakova\nsedova\nsedrick\nsedrik\nseeger\nseelig\nsef\nsefer\nseff\nsefik\nsefora\nsegavcic\nseghei\nsegilola\nsegnane\nsegolene\nsegota\nsegovia\nsegunmaru\nsegura\nseher\nsehlevent\nsehls\nsehnal\nsehnalova\nsehrazat\nseibold\nseidel\nseiders\nseidl\nseidlova\nseifert\nseifertova\nseigel\nseiler\nseitz\nsejeja\nsejejs\nsekanina\nsekaninova\nsekinat\nsekou\nsekularac\nselahattin\nselale\nselami\nselcan\nselcuk\nselda\nselen\nselena\nselene\nselim\nselin\nselina\nselma\nselmer\nselvaggia\nselvi\nselyan\nsem\nsema\nseme\nsemenica\nsemerad\nsemeradova\nsemeraro\nsemih\nsemion\nsemiramide\nsemisch\nsemplicio\nsemprini\nsempronio\nsemra\nsemsi\nsen\nsena\nsenatore\nsenay\nsene\nsener\nsenesio\nsenger\nsenghor\nsengul\nsenica\nsenk\nsenka\nsenkel\nsenko\nsenkova\nsenn\nsenna\nsenne\nsennur\nsenofonte\nsenol\nsenta\nsenzangakhona\nsep\nsepe\nsepetci\nsephora\nsepp\nseppe\nseppo\nsepti\nsepulveda\nserafettin\nserafim\nserafima\nserafin\nserafina\nserafini\nserafino\nseraina\nserap\nseraphin\nserapione\nserban\nserbulent\nserdar\nseref\nseremet\nseren\nserena\nserenity\nserenus\nserfontein\nserge\nsergei\nsergej\nsergen\nsergey\nserghei\nsergi\nsergio\nsergiu\nsergiusz\nserhad\nserhat\nserif\nserin\nserine\nsermet\nsermin\nserna\nserpa\nserpil\nserr\nserra\nserrano\nserrato\nsertac\nsertap\nservac\nservan\nserver\nservidio\nserviliano\nserzante\nserzants\nsessa\nsesta\nsestak\nsestakova\nsestito\nsesto\nsetala\nseth\nsethi\nsetiawan\nsettar\nsettimio\nsettimo\nsetula\nsetya\nsev\nseval\nsevara\nsevcenco\nsevcik\nsevcikova\nsevda\nsever\nsevera\nseveri\nseveriano\nseverin\nseverina\nseverine\nseverino\nsevero\nseverova\nsevgi\nsevi\nsevil\nsevilla\nsevim\nsevinc\nsevket\nsevki\nsevtap\nsevval\nsewald\nseweryn\nsexmus\nseyban\nseyda\nseydi\nseydou\nseye\nseyfettin\nseyfi\nseyfullah\nseyidova\nseyma\nseynabou\nseyyit\nsezek\nsfiso\nsforza\nshad\nshade\nshah\nshahboz\nshahbozov\nshahbozova\nshahobiddin\nshahobiddinov\nshahobiddinova\nshahriyor\nshahriyorov\nshahriyorova\nshahzod\nshahzodov\nshahzodova\nshai\nshaily\nshaima\nshaina\nshaka\nshakila\nshakira\nshakti\nshakuntala\nshakya\nshalewa\nshamsiddin\nshamsiddinov\nshamsiddinova\nshana\nshanahan\nshane\nshanel\nshanelle\nshani\nshania\nshanice\nshanie\nshaniya\nshankar\nshanna\nshannon\nshanny\nshanon\nshantanu\nshanti\nshany\nsharda\nshari\nsharma\nsharmila\nsharon\nshashi\nshashikala\nshaun\nshawn\nshawna\nshay\nshayan\nshaylee\nshayma\nshayna\nshayne\nshea\nsheela\nsheila\nshekoni\nsheldon\nshelia\nshelley\nshelly\nshemar\nsher\nsheri\nsheridan\nsherine\nsherly\nsherman\nsherpa\nsherri\nsherry\nsherwood\nsheryl\nsherzod\nsherzodov\nsherzodova\nshezi\nshields\nshilpa\nshirel\nshirine\nshirisha\nshirley\nshiu\nshiv\nshivakari\nshobhana\nshodiyor\nshodiyorov\nshodiyorova\nshohibov\nshohibova\nshola\nshongwe\nshresth\nshrestha\nshresthi\nshreya\nshreyashi\nshridevi\nshrishti\nshristi\nshubha\nshubhaprada\nshukla\nshukrulloh\nshukrulloha\nshum\nshwet\nshyann\nshyanne\nshyrel\nsiana\nsiara\nsibel\nsibilla\nsibiya\nsibongile\nsibusiso\nsibyl\nsibyla\nsibylle\nsiciliano\nsico\nsicuro\nsid\nsiddarth\nsiddhartha\nsiddhi\nsiddhran\nsidibe\nsidiq\nsidler\nsidlo\nsidlova\nsidney\nsidoine\nsidon\nsidonia\nsidonie\nsidonio\nsidra\nsidy\nsiebe\nsiebel\nsiebert\nsiedlecki\nsiegling\nsiegrist\nsielemann\nsiem\nsiemon\nsien\nsiena\nsiener\nsienkiewicz\nsienna\nsiep\nsieradzki\nsierra\nsietniece\nsietnieks\nsieu\nsievers\nsiewert\nsifiso\nsigebert\nsigfrid\nsigfrido\nsigismond\nsigismondo\nsigmund\nsigne\nsignorelli\nsignorile\nsignorini\nsigrid\nsigrist\nsigurd\nsihab\nsihabeddin\nsihem\nsihler\nsihombing\nsihotang\nsiino\nsiir\nsijuade\nsiketanc\nsikora\nsikorova\nsikorski\nsil\nsilan\nsilas\nsile\nsileiko\nsilenzi\nsilhava\nsilhavy\nsilina\nsilins\nsilis\nsilja\nsilje\nsilke\nsillah\nsiloe\nsilva\nsilvan\nsilvana\nsilvano\nsilvere\nsilverio\nsilvester\nsilvestr\nsilvestri\nsilvestrini\nsilvestro\nsilvia\nsilvian\nsilviana\nsilvie\nsilvija\nsilvio\nsilviu\nsilvius\nsim\nsima\nsimacek\nsimackova\nsimak\nsimakova\nsimanek\nsimanjuntak\nsimankova\nsimao\nsimatic\nsimbolon\nsimcic\nsimcik\nsimcikova\nsimea\nsimecek\nsimeckova\nsimek\nsimen\nsimeoli\nsimeon\nsimeona\nsimeone\nsimeoni\nsimeti\nsimge\nsimi\nsimic\nsimicevic\nsimicsebalj\nsimijonovic\nsimiloluwa\nsimin\nsimina\nsimion\nsimionescu\nsimisola\nsimjanovic\nsimkova\nsimljesa\nsimmen\nsimo\nsimoes\nsimojlovic\nsimon\nsimona\nsimoncelli\nsimone\nsimonet\nsimonetta\nsimonetti\nsimoni\nsimonida\nsimonini\nsimonis\nsimono\nsimonova\nsimonovic\nsimonovicova\nsimonsen\nsimova\nsimsek\nsimula\nsimulov\nsimunek\nsimunkova\nsimunovic\nsimurdic\nsin\nsina\nsinaga\nsinan\nsinanoglu\nsinasi\nsincere\nsinclair\nsindelar\nsindelarova\nsindisiwe\nsindler\nsindlerova\nsindre\nsinem\nsinenhlanhla\nsinesio\nsinfronio\nsingh\nsinh\nsinha\nsini\nsinica\nsinikka\nsinisa\nsinja\nsinkler\nsinnhuber\nsinopoli\nsintia\nsip\nsipan\nsipek\nsipes\nsiphephelo\nsiphiwe\nsipho\nsipkova\nsipos\nsipova\nsiptar\nsir\nsira\nsiracusa\nsiragusa\nsirait\nsirante\nsirants\nsirbu\nsire\nsiregar\nsireno\nsirghi\nsiri\nsiria\nsiriano\nsiricio\nsirin\nsirine\nsirineu\nsirio\nsiro\nsirojiddin\nsirojiddinov\nsirojiddinova\nsiroka\nsiroky\nsirova\nsirovs\nsischka\nsiska\nsiskova\nsisneros\nsister\nsisto\nsitara\nsitaric\nsitek\nsithembiso\nsithole\nsithuli\nsiti\nsitompul\nsitorus\nsitumorang\nsiu\nsiv\nsivak\nsivakova\nsiwek\nsiwele\nsixt\nsixte\nsixtine\nsixtus\nsiyanda\nsiyaya\nsizakele\nsizani\nsjoberg\nsjoerd\nsjogren\nsjors\nskacel\nskacelova\nskaidrite\nskala\nskalicka\nskalicky\nskalova\nskalski\nskander\nskandovic\nskarlet\nskarleta\nskeledzija\nskenderija\nskiba\nskibicki\nskibinski\nskiles\nskipped\nsklenar\nsklenarova\nsklenka\nsklenkova\nskoczylas\nskoda\nskodova\nskoglund\nskokan\nskokanova\nskopal\nskopalova\nskora\nskorepa\nskorepova\nskorupan\nskov\nskowron\nskowronek\nskowronski\nskrabal\nskrabalova\nskracic\nskriniar\nskriniarova\nskrivanek\nskrivankova\nskroban\nskrzypczak\nskrzypek\nskudra\nskultety\nskultetyova\nskutecka\nskutecky\nskuterud\nsky\nskye\nskyla\nskylar\nslaba\nslaby\nsladakovic\nsladek\nsladic\nsladka\nsladkova\nsladky\nsladoje\nsladojevic\nsladovic\nslam\nslama\nslamarski\nslamek\nslamet\nslamova\nslanina\nslaninova\nslankamenac\nslastan\nslastanova\nslatinac\nslava\nslavek\nslaven\nslavena\nslaviboj\nslavibor\nslavica\nslavicek\nslavickova\nslavik\nslavikova\nslavka\nslavko\nslavkovic\nslavoboj\nslavoj\nslavoljub\nslavomil\nslavomila\nslavomir\nslavomira\nslechta\nslechtova\nslezak\nslezakova\nslijepac\nslijepcevic\nsliwa\nsliwinski\nsloboda\nslobodan\nslobodanka\nslobodanovic\nslobodjanac\nslobodnik\nslobodnikova\nslobodova\nsloka\nslonja\nslota\nslotova\nslotta\nslovacek\nslovackova\nslovak\nslovakova\nsluka\nslukova\nslusarczyk\nsmaic\nsmailbegovic\nsmajda\nsmajdova\nsmajlovic\nsmaranda\nsmedsrud\nsmeets\nsmejkal\nsmejkalova\nsmekal\nsmekalova\nsmeralda\nsmerda\nsmerdova\nsmet\nsmetana\nsmetanova\nsmets\nsmid\nsmidova\nsmieja\nsmil\nsmiljan\nsmiljana\nsmiljanec\nsmilla\nsmit\nsmita\nsmite\nsmith\nsmitham\nsmitran\nsmits\nsmogeli\nsmola\nsmolik\nsmolikova\nsmolinski\nsmoljanec\nsmoljanic\nsmolka\nsmolkova\nsmolova\nsmrcak\nsmrcka\nsmrckova\nsmrek\nsmrekova\nsmriti\nsmrz\nsmrzova\nsmuge\nsmugis\nsmutna\nsmutny\nsmyth\nsnajdr\nsnajdrova\nsname\nsnedden\nsnejana\nsnell\nsnezana\nsnjezana\nsnooke\nsnyman\nsoan\nsoare\nsoares\nsoave\nsobar\nsobczak\nsobczyk\nsobek\nsobeslav\nsobeslava\nsobieraj\nsobit\nsobitov\nsobitova\nsobkova\nsobolewski\nsoboll\nsobota\nsobotka\nsobotkova\nsobowale\nsoccorsi\nsoccorso\nsocha\nsochacki\nsochirca\nsochor\nsochorova\nsocolov\nsocrate\nsoda\nsodano\nsodar\nsoderberg\nsodiq\nsodiqov\nsodiqova\nsofer\nsofia\nsofiane\nsofie\nsofija\nsofinjo\nsofio\nsofronia\nsofronie\nsohan\nsohane\nsohib\nsojka\nsojkova\nsokhela\nsokhna\nsokol\nsokolicmihalak\nsokolova\nsokolowski\nsokrat\nsolak\nsolal\nsolange\nsolano\nsolar\nsolberg\nsolc\nsolcova\nsoldati\nsoldo\nsoledad\nsoleh\nsolene\nsolenn\nsolga\nsolheim\nsolinas\nsoline\nsolis\nsoliz\nsoljic\nsoller\nsolli\nsollner\nsolmaz\nsolocone\nsolomon\nsolon\nsolorio\nsolorzano\nsolta\nsoltan\nsoltanov\nsoltanova\nsoltes\nsoltesova\nsoltys\nsoltysova\nsolveig\nsolveiga\nsom\nsoma\nsomayaji\nsomma\nsommer\nsommrova\nsomnath\nsomogyi\nsomrak\nsomssich\nsomu\nson\nsona\nsondisa\nsondore\nsondors\nsondre\nsong\nsongul\nsonia\nsonja\nsonjo\nsonke\nsonko\nsonn\nsonnabend\nsonnenfeld\nsonny\nsonya\nsoof\nsoos\nsophia\nsophie\nsoraia\nsorana\nsoraya\nsorbello\nsorce\nsoren\nsorgic\nsoria\nsorin\nsorina\nsormaz\nsoro\nsorrentino\nsorsa\nsosa\nsosare\nsosars\nsosnowski\nsostarec\nsostarko\nsostene\nsosteneo\nsostrato\nsotelo\nsoter\nsothole\nsotic\nsotira\nsoto\nsotra\nsottile\nsouare\nsoucek\nsouckova\nsoukup\nsoukupova\nsouleyman\nsouleymane\nsoumare\nsoumaya\nsousa\nsoutter\nsouza\nsova\nsovagovic\nsovova\nsow\nsowa\nsowande\nsowinski\nsoyinka\nsozeri\nspacek\nspacil\nspacilova\nspackova\nspada\nspadafora\nspadaro\nspadoni\nspagnolo\nspagnuolo\nspahn\nspaniel\nspank\nspano\nspanovic\nspanu\nsparacino\nsparic\nspartaco\nspasenic\nspasenovic\nspasic\nspaskovic\nspasojev\nspasojevic\nspasovski\nspataro\nspataru\nspela\nspelmeyer\nspencer\nsperanta\nsperanza\nsperanzio\nspernjak\nspicka\nspickova\nspidola\nspiegelburg\nspielvogel\nspies\nspiga\nspina\nspinelli\nspinka\nspinner\nspinu\nspiranec\nspiridon\nspirydion\nspitzmuller\nspizzirri\nsplichal\nsplichalova\nsplinter\nspoerri\nspoljaricperhat\nsporer\nsporrer\nsporri\nspottel\nsprenger\nsproge\nsprogis\nsprude\nsprunger\nspurna\nspurny\nspytihnev\nsrakic\nsramek\nsramkova\nsrb\nsrboljub\nsrbova\nsrecko\nsredoje\nsrna\nsroka\nstabile\nstacey\nstachowiak\nstachowicz\nstachura\nstachurski\nstacy\nstadelmann\nstaden\nstaffieri\nstahl\nstaicu\nstajhofer\nstalder\nstamatiadis\nstamm\nstampf\nstan\nstana\nstanca\nstanciu\nstancu\nstanek\nstanescu\nstanford\nstang\nstanger\nstangl\nstanicic\nstanijanovic\nstanijevic\nstanikic\nstanimir\nstanisa\nstanislao\nstanislas\nstanislav\nstanislava\nstaniszewski\nstanivukovic\nstankiewicz\nstanko\nstankova\nstankovicmarton\nstanley\nstanton\nstanzione\nstapic\nstara\nstarcevicmatijasko\nstarek\nstark\nstarkova\nstarovlah\nstary\nstasa\nstascik\nstasiak\nstasni\nstasta\nstastna\nstastny\nstaszewski\nstaub\nstauffer\nstauss\nstavila\nstawicki\nstaza\nstec\nsteding\nsteen\nsteenkamp\nsteeve\nstef\nstefan\nstefana\nstefancic\nstefanescu\nstefani\nstefania\nstefaniak\nstefanie\nstefanino\nstefanka\nstefankova\nstefano\nstefanova\nstefanski\nstefek\nsteffen\nsteffensen\nsteffny\nstefkova\nstefl\nsteflova\nstegmann\nstehlik\nstehlikova\nstehr\nsteidl\nsteigauf\nsteiger\nstein\nsteina\nsteinecke\nsteiner\nsteinerova\nsteinert\nsteinkamp\nsteinmann\nsteinmetz\nsteins\nstejskal\nstejskalova\nstela\nstelian\nsteliana\nstelkens\nstella\nstelmach\nsteluta\nsten\nstengel\nstengl\nstensrud\nstenzel\nstepan\nstepana\nstepanek\nstepanic\nstepanida\nstepanka\nstepankova\nstepanov\nstepanova\nstepanovic\nstephaans\nstephan\nstephane\nstephania\nstephanie\nstephany\nstephen\nstephon\nstepien\nstepniak\nster\nsterba\nsterbova\nsterling\nstern\nsterre\nstettler\nsteuber\nsteuk\nstevan\nsteve\nstevelic\nsteven\nstevie\nstevilovic\nstewart\nsteyn\nstibor\nstiborova\nstiedemann\nstief\nstifel\nstig\nstigliano\nstijn\nstiliano\nstimac\nstina\nstine\nstipan\nstipe\nstirbu\nstiriaco\nstjepan\nstocker\nstockert\nstockli\nstodola\nstodolova\nstoian\nstoica\nstojan\nstojanka\nstojmir\nstokanovic\nstokes\nstoklasa\nstoklasova\nstolarczyk\nstolarski\nstoll\nstolla\nstolle\nstoltenberg\nstolz\nstone\nstoppler\nstorl\nstorm\nstorp\nstorti\nstoutjesdijk\nstower\nstracke\nstrahinja\nstraka\nstrakova\nstrand\nstrano\nstranska\nstranski\nstransky\nstratan\nstratmann\nstratulat\nstraub\nstrausa\nstrauss\nstrautina\nstrautins\nstrautmane\nstrautmanis\nstrazdina\nstrazdins\nstreck\nstreese\nstrege\nstreich\nstreit\nstrejcek\nstrejckova\nstreller\nstrepacki\nstribor\nstrieder\nstriezel\nstriga\nstrikinac\nstrmota\nstrnad\nstrnadova\nstrnisko\nstrniskova\nstroe\nstrogies\nstrohschank\nstrom\nstroman\nstromberg\nstrosin\nstrouhal\nstrouhalova\nstrukelj\nstrunz\nstrutz\nstrydon\nstrzelczyk\nstrzelecki\nstuart\nstube\nstubican\nstuchlik\nstuchlikova\nstucki\nstudena\nstudeny\nstuder\nstudnicka\nstudnickova\nstuparic\nstupka\nstupkova\nsturmer\nstutz\nstyger\nsuarez\nsuartini\nsuat\nsubash\nsubedi\nsubhash\nsubhashini\nsubhasini\nsubhi\nsubodh\nsubomi\nsubrt\nsubrtova\nsucameli\nsucera\nsucevic\nsucha\nsuchanek\nsuchankova\nsucheta\nsuchomel\nsuchomelova\nsuchy\nsuci\nsuciu\nsude\nsudeva\nsudi\nsudiati\nsudrajat\nsue\nsuelen\nsuen\nsuffa\nsuheyl\nsuhrob\nsuhrobov\nsuhrobova\nsujata\nsujdovic\nsujew\nsuk\nsukalo\nsukalovic\nsukanya\nsukara\nsukova\nsukru\nsukute\nsukuts\nsulaimon\nsulaymon\nsulaymonov\nsulaymonova\nsulc\nsulcova\nsule\nsuleyman\nsuleymanoglu\nsulhof\nsulovnjak\nsulton\nsultonov\nsultonova\nsuma\nsuman\nsumayyah\nsumeet\nsumitra\nsummer\nsun\nsunaric\nsunay\nsuncica\nsundalic\nsundberg\nsune\nsunita\nsunniva\nsunny\nsuong\nsuperina\nsupriyanto\nsurace\nsuraj\nsurano\nsuresh\nsuriano\nsurka\nsurkova\nsurma\nsurth\nsururi\nsurya\nsuryakant\nsuryakanta\nsuryakantam\nsuryatmi\nsuryono\nsusa\nsusac\nsusak\nsusan\nsusana\nsusanna\nsusanne\nsusano\nsusanti\nsushant\nsusheel\nsushil\nsushma\nsusie\nsuski\nsussmann\nsustr\nsustrova\nsutakovic\nsutanovac\nsuter\nsutermeister\nsuthar\nsuthe\nsutschet\nsutter\nsutz\nsuus\nsuvacarov\nsuvajac\nsuvajcevic\nsuvajdzic\nsuvala\nsuwarno\nsuyuna\nsuzan\nsuzana\nsuzanne\nsuze\nsuzie\nsuzon\nsuzovic\nsvab\nsvabova\nsvacina\nsvacinova\nsvanda\nsvandova\nsvarc\nsvarcova\nsvatava\nsvatoboj\nsvatobor\nsvatomir\nsvaton\nsvatonova\nsvatopluk\nsvatos\nsvatoslav\nsvatoslava\nsvatosova\nsvea\nsveatoslav\nsvebor\nsvec\nsvecova\nsvehla\nsvehlova\nsvejda\nsvejdova\nsven\nsvend\nsvendsen\nsvenja\nsvensson\nsverre\nsvestka\nsvestkova\nsvet\nsvetislav\nsvetla\nsvetlana\nsvetlik\nsvetlikova\nsvetluse\nsvetolik\nsvetomir\nsvetoslav\nsvetozar\nsveva\nsvircev\nsvitak\nsvitakova\nsvitlana\nsviturno\nsvoboda\nsvobodova\nsvorcan\nsvozil\nsvozilova\nsvrakacic\nsvrbik\nsvrbikova\nsvrtan\nswami\nswan\nswaniawski\nswann\nswapnil\nswara\nswarnalata\nswart\nswarup\nswassane\nsweta\nswiatek\nswiderski\nswierczynski\nswift\nswillims\nsyahreza\nsyahrini\nsybilla\nsybille\nsyble\nsydnee\nsydney\nsydni\nsydnie\nsykora\nsykorova\nsylla\nsylva\nsylvain\nsylvan\nsylvester\nsylvestre\nsylvia\nsylviane\nsylvie\nsylwester\nsylwia\nsymcox\nsynek\nsynkova\nsynne\nsyrine\nsyrova\nsyrovy\nszabo\nszabolcs\nszafranski\nszalai\nszasz\nszatkowski\nszczepan\nszczepaniak\nszczepanik\nszczepanski\nszczerba\nszczesna\nszczesniak\nszczesny\nsze\nszekely\nszekeres\nszelag\nszendrei\nszeto\nszewczyk\nszikra\nszilagyi\nszofi\nszofia\nszoke\nszonja\nszostak\nszucs\nszulc\nszwarc\nszwed\nszymanski\nszymczak\nszymczyk\nszymkowiak\nszymon\nszyszka\ntabacek\ntabea\ntabita\ntabitha\ntaborska\ntaborsky\ntabris\ntabrisov\ntabrisova\ntacconi\ntaceddin\ntachl\ntacjana\ntad\ntaddei\ntaddeo\ntade\ntadeas\ntadej\ntadeo\ntadija\ntafelmeier\ntafoya\ntagliabue\ntagliaferri\ntagore\ntaha\ntahincioglu\ntahir\ntahirova\ntahirovic\ntahlia\ntahsin\ntai\ntaib\ntaide\ntaina\ntais\ntaisia\ntaiwo\ntakacs\ntakalic\ntakyi\ntal\ntalabani\ntalapka\ntalarico\ntalat\ntalavanic\ntalay\ntalberga\ntalbergs\ntalea\ntalha\ntali\ntalia\ntalip\ntalis\ntalita\ntalivaldis\ntall\ntallarico\ntallone\ntalon\ntalpa\ntalrits\ntalwar\ntalya\ntam\ntamang\ntamara\ntamas\ntamayo\ntamba\ntamburini\ntamer\ntamez\ntami\ntamia\ntamina\ntamindzic\ntamino\ntammaro\ntammo\ntammy\ntampolja\ntampubolon\ntamunoemi\ntan\ntana\ntanackovic\ntanase\ntanasijevic\ntancos\ntancosova\ntancrede\ntancredi\ntandon\ntaner\ntang\ntangen\ntanguy\ntania\ntanirika\ntanja\ntanjga\ntanju\ntankosic\ntankred\ntanner\ntansu\ntantri\ntanurdzic\ntanushree\ntanushri\ntanya\ntanyeli\ntanzi\ntao\ntaormina\ntapan\ntapani\ntapavica\ntapavicki\ntapia\ntapio\ntar\ntara\ntaran\ntarantino\ntaras\ntarcisio\ntari\ntarihoran\ntarik\ntarja\ntarkan\ntarnowski\ntarquini\ntarquinia\ntarsilla\ntarso\ntartamella\ntarun\ntaryn\ntas\ntasa\ntasche\ntasdik\ntasha\ntaslak\ntasnim\ntasnime\ntassi\ntassinari\ntasso\ntassone\ntaswir\ntat\ntatana\ntatar\ntataranni\ntatarka\ntatarkaova\ntatarkova\ntatarova\ntataru\ntate\ntatiana\ntatjana\ntatomirov\ntatum\ntatyana\ntaufan\ntaufik\ntaufratshofer\ntaurean\ntaurin\ntavani\ntavares\ntawia\ntaya\ntayfun\ntayler\ntaylor\ntayyar\ntazegul\ntaziana\ntaziano\ntazio\ntcacenco\ntcaci\ntea\nteagan\ntecla\nted\ntedde\nteddy\ntedeschi\ntedesco\ntedi\nteea\ntegethof\nteguh\nteicane\nteicans\nteichmann\nteije\nteixeira\ntej\nteja\ntejada\ntejas\ntejeda\ntejumola\ntekand\ntekelioglu\ntekin\ntekinalp\ntekla\ntelak\ntelchide\ntelebar\ntelemaco\ntelenta\ntelesca\ntelica\ntella\ntellervo\ntellez\ntello\ntelly\ntemel\ntemidayo\ntemistocle\ntemitope\nteo\nteobald\nteobaldo\nteodata\nteodolinda\nteodor\nteodora\nteodorescu\nteodorik\nteodoro\nteodosia\nteodosio\nteodoto\nteodoz\nteodozie\nteofan\nteofil\nteofila\nteofilovic\nteogene\nteohari\nteokarevic\nteoman\nteona\nteovanovic\ntepavac\ntepavcevic\ntepic\ntepla\nteply\ntepper\ntepsa\ntepsic\nteran\nterenc\nterence\nterencius\nterencjusz\nterenzi\nterenzio\nteresa\nteresi\ntereza\ntereze\nterezia\nterezie\nterezija\nterezo\nterheiden\nteri\nterlecki\nterlizzi\nterlouw\ntermine\nterrance\nterrazas\nterrell\nterrence\nterri\nterrill\nterry\ntertuliano\nterzi\nterzic\nterzija\nterzin\nterzo\ntesanovic\ntesar\ntesarova\ntesauro\ntesi\ntesifonte\ntesla\ntesnim\ntesnime\ntess\ntessa\ntessie\ntesta\ntetiana\nteudosia\nteufel\nteun\nteunis\ntevdenic\ntevfik\ntevhid\ntevin\ntezcan\ntezel\ntezer\nthabisa\nthac\nthach\nthad\nthaddeus\nthadie\nthai\nthais\nthalea\nthalia\ntham\nthamrin\nthamsanqa\nthando\nthang\nthanh\nthanina\nthao\nthapa\nthat\nthe\nthea\ntheele\nthelma\nthemba\ntheo\ntheobald\ntheodor\ntheodora\ntheodore\ntheodorik\ntheodose\ntheodosie\ntheofan\ntheofil\ntheofila\ntheophane\ntheophile\ntheophraste\ntheotime\ntheresa\ntherese\ntheresia\ntheron\ntheu\ntheunis\ntheunissen\ntheuns\nthi\nthiago\nthiam\nthiao\nthiaw\nthibaud\nthibault\nthibaut\nthibert\nthibo\nthieke\nthiel\nthien\nthierno\nthierry\nthies\nthieu\nthije\nthijmen\nthijn\nthijs\nthilo\nthimm\nthinh\nthiomas\nthiongane\nthioub\nthioune\nthirza\nthisell\ntho\nthoa\nthoai\nthobeka\nthoi\nthom\nthomas\nthomka\nthomkova\nthommen\nthompson\nthomsen\nthomson\nthone\nthong\nthora\nthorben\nthore\nthoresen\nthorge\nthoyana\nthranhardt\nthriene\nthu\nthuan\nthuat\nthuc\nthulani\nthulisile\nthumbeza\nthuong\nthurman\nthusi\nthust\nthuy\nthuyet\nthy\nthyssen\ntia\ntiago\ntian\ntiana\ntianna\ntiano\ntiara\ntibaldo\ntibbe\ntiber\ntiberia\ntiberio\ntiberiu\ntiberius\ntiberti\ntibo\ntibor\ntiburcius\ntiburzio\ntica\ntich\nticha\ntichomil\ntichomir\ntichon\ntichy\nticone\ntidiane\ntidow\ntiedtke\ntieme\ntien\ntiep\ntierra\nties\ntietze\ntieu\ntiffany\ntiguida\ntihomir\ntihomirovic\ntiina\ntija\ntijana\ntijanic\ntijerina\ntijmen\ntijn\ntijs\ntikas\ntil\ntilda\ntilen\ntilgner\ntilio\ntill\ntilla\ntillack\ntillman\ntillmann\ntilotta\ntiltina\ntiltins\ntim\ntimaric\ntimbul\ntimea\ntimeo\ntimm\ntimmermann\ntimmermans\ntimmothy\ntimmy\ntimo\ntimofei\ntimoleon\ntimon\ntimotei\ntimotej\ntimoteo\ntimoteus\ntimothe\ntimothee\ntimothy\ntimotic\ntimur\ntin\ntina\ntinca\ntincuta\ntine\ntinguely\ntinh\ntino\ntintor\ntiozzo\ntiphaine\ntira\ntirado\ntirele\ntirelis\ntirelli\ntiril\ntirone\ntirri\ntirta\ntirtayasa\ntirza\ntischler\ntischmann\ntissot\ntiti\ntitien\ntitilayo\ntitilope\ntitin\ntito\ntitouan\ntittman\ntitus\ntivontschik\ntizian\ntiziana\ntiziano\ntizio\ntjark\ntjasa\ntkaczyk\ntoader\ntoai\ntoan\ntobben\ntobia\ntobias\ntobiasz\ntobiloba\ntobin\ntobler\ntoby\ntod\ntodaro\ntodd\ntodor\ntofan\ntofani\ntoft\ntohir\ntohirov\ntohirova\ntoivonen\ntojic\ntokarski\ntoke\ntokgoz\ntoki\ntokunbo\ntoldo\ntoledo\ntolga\ntolomeo\ntolu\ntolulope\ntolunay\ntoluwalope\ntoluwani\ntoluwanimi\ntom\ntoma\ntomala\ntoman\ntomanek\ntomankova\ntomanova\ntomanovic\ntomas\ntomasa\ntomasek\ntomaselli\ntomasello\ntomasevicrigo\ntomasi\ntomaska\ntomaskova\ntomaso\ntomasova\ntomasovic\ntomassoni\ntomasz\ntomaszewski\ntomaz\ntomazovic\ntomcic\ntomczak\ntomczyk\ntome\ntomecek\ntomecekova\ntomeckova\ntomei\ntomek\ntomes\ntomescu\ntomesova\ntomi\ntomiloba\ntomislav\ntomislava\ntomka\ntomke\ntomko\ntomkova\ntomljanovic\ntommasi\ntommaso\ntommie\ntommy\ntomo\ntomori\ntomovic\ntomusilovic\ntomys\nton\ntonat\ntonci\ntoncic\ntoncica\ntone\ntonelli\ntoney\ntong\ntoni\ntonija\ntonini\ntonka\ntonko\ntonkovac\ntonn\ntonnin\ntony\ntonya\ntoon\ntop\ntopal\ntopaloglu\ntopalov\ntopalovic\ntopalski\ntopcuoglu\ntope\ntopfer\ntopic\ntopisirovic\ntopolovac\ntopolovic\ntor\ntoraman\ntorben\ntorbjorn\ntorchia\ntorchio\ntore\ntorey\ntorgersen\ntorkvat\ntormas\ntornatore\ntoro\ntorok\ntorp\ntorphy\ntorquato\ntorrance\ntorre\ntorres\ntorresi\ntorrey\ntorrez\ntorri\ntorriani\ntorrisi\ntorsten\ntortora\ntortorici\ntosca\ntoscane\ntoscano\ntosco\ntosi\ntoska\ntotaro\ntoth\ntothova\ntoti\ntotman\ntoto\ntoure\ntoussaint\ntovar\ntowne\ntoy\ntoyip\ntoyipov\ntoyipova\ntra\ntrac\ntrace\ntracey\ntrach\ntraci\ntracy\ntracz\ntraian\ntraini\ntrajan\ntralli\ntram\ntrampeli\ntramposch\ntran\ntrandafir\ntrang\ntranh\ntranova\ntranquillo\ntrantow\ntraore\ntrapani\ntrasea\ntrauth\ntrautmann\ntravaglini\ntravan\ntraverso\ntravica\ntravis\ntravnicek\ntravnickova\ntravon\ntrcek\ntrcka\ntrckova\ntre\ntreff\ntrejo\ntremaine\ntremayne\ntremblay\ntremmel\ntrent\ntrenton\ntreskavica\ntress\ntressa\ntressie\ntretinjak\ntretola\ntreutel\ntreva\ntrever\ntrevino\ntrevion\ntrevisan\ntrevor\ntrey\ntri\ntriboi\ntribuljak\ntricia\ntrien\ntriet\ntrieu\ntrif\ntrifan\ntrikic\ntrikosanin\ntrilochan\ntrilochana\ntrilok\ntrilokanath\ntrilokesh\ntriloki\ntrine\ntrinh\ntrinity\ntriolo\ntripodi\ntrisha\ntriska\ntriskova\ntristan\ntristano\ntristian\ntristin\ntriston\ntrivedi\ntrivkanovic\ntrnka\ntrnkova\ntroels\ntrofim\ntroisi\ntrojan\ntrojanova\ntrojanowski\ntrombetta\ntromp\ntrong\ntrovato\ntroy\ntrpimir\ntrpko\ntrtica\ntru\ntruben\ntrubenova\ntruc\ntrudie\ntruhlar\ntruhlarova\ntrujillo\ntrung\ntruong\ntruter\ntrycia\ntrystan\ntrzcinski\ntrzeciak\ntsabalala\ntsabita\ntsamonikian\ntsang\ntschiers\ntschirch\ntschudi\ntse\ntshabalala\ntsipora\ntsoi\ntsotetsi\ntsui\ntuan\ntuana\ntuba\ntubanski\ntuca\ntucci\ntuccillo\ntucek\ntuch\ntucholke\ntuckett\ntuckova\ntucs\ntudor\ntudora\ntudorache\ntudorita\ntudose\ntudosia\ntudow\ntue\ntufan\ntufano\ntufo\ntugay\ntugba\ntugiman\ntuglu\ntugluk\ntugrul\ntugtekin\ntuhfe\ntulay\ntulin\ntulla\ntullia\ntulliano\ntullio\ntuma\ntumbarello\ntumer\ntumino\ntumova\ntunaboylu\ntunahan\ntunar\ntunay\ntunc\ntuncer\ntunceri\ntung\ntunkova\ntuomas\ntuominen\ntuong\nturajlic\nturan\nturcan\nturcanu\nturchi\nturco\nturcok\nturcokova\nturcotte\nturcu\nturecek\ntureckova\nturek\nturgay\nturgut\nturi\nturibio\nturinski\nturk\nturkan\nturkay\nturkdogan\nturker\nturkes\nturkova\nturna\nturnadzic\nturner\nturold\nturunen\nturza\ntuschmo\ntushar\ntussio\ntustonja\ntutku\ntutu\ntutuncu\ntuula\ntuulikki\ntuur\ntuva\ntuy\ntuyen\ntuyet\ntuzun\ntvrda\ntvrdik\ntvrdikova\ntvrdy\ntvrtko\ntwan\ntwardowski\ntweneboa\ntwila\ntwumasi\ntybalt\ntycho\ntygo\ntyler\ntymeo\ntymon\ntymoteusz\ntyra\ntyree\ntyreek\ntyrel\ntyrell\ntyrese\ntyrique\ntyron\ntyrone\ntyshawn\ntyson\nubaldo\nubavic\nubavin\nubavkic\nubaydulloh\nubaydullohyev\nubaydullohyeva\nuberacker\nubertino\nuberto\nubiparip\nubiparipovic\nubner\nubovic\nuca\nuchechi\nuchita\nuchqun\nuchqunov\nuchqunova\nuda\nudai\nudicki\nudilovic\nudit\nudo\nudovcic\nudovicic\nudovicki\nudre\nudris\nudvardi\nueli\nuffe\nufuk\nugarak\nugis\nugljesic\nugo\nugolina\nugolini\nugolino\nugrcic\nugricic\nuguccione\nugur\nuher\nuhlemann\nuhlig\nuhlir\nuhlirova\nuhra\nuhrig\nuhrova\nuibel\nuitterdijk\nujjawal\nujjwal\nukbe\nukraden\nulberto\nulderico\nulduz\nulemek\nulf\nulfa\nulfet\nulfo\nulgen\nuli\nuliana\nulibarri\nulices\nuliczka\nulises\nulisse\nuliva\nulker\nulku\nulla\nullmann\nulloa\nullrich\nulom\nulomov\nulpiano\nulrich\nulrichova\nulrico\nulrik\nulrika\nulstano\nultimo\nuluhan\nulus\nuluthando\nulva\nulvi\nulviye\nulwazi\nulya\nulysse\numa\numang\numar\numarov\numarova\numay\numaya\numbach\numberto\numi\numid\numida\numidulloh\numidullohyev\numidullohyeva\numidyev\numidyeva\numile\numit\numlauft\numminger\nummiye\numolac\numran\numur\numuralp\numut\nuna\nunal\nundine\nunger\nunggul\nungureanu\nunique\nunjani\nunna\nunsel\nunseli\nunterpaintner\nuntila\nupendra\nupik\nupton\nuqbaloy\nural\nuram\nuramova\nuranio\nurbain\nurban\nurbancova\nurbanczyk\nurbanec\nurbanek\nurbaniak\nurbankova\nurbano\nurbanova\nurbanowicz\nurbanski\nurbansky\nurbina\nurblik\nurblikova\nurdino\nurena\nurfon\nurfonov\nurfonova\nurhig\nuriah\nurias\nuribe\nuriel\nuriele\nurmila\nuros\nurrutia\nurs\nursachi\nursicio\nursino\nurska\nursmaro\nurso\nursu\nursula\nursule\nursulo\nusada\nusai\nusamah\nusame\nusha\nusman\nusmon\nusmonov\nusmonova\nusyi\nutama\nutami\nutjesanovic\nutku\nuttam\nuve\nuwais\nuyainah\nuyen\nuygu\nuys\nuzayr\nuzayrov\nuzayrova\nuzbegim\nuzelac\nuzeyir\nuzodimma\nuzun\nvaca\nvacarciuc\nvacca\nvaccari\nvaccaro\nvacek\nvacha\nvachova\nvaciete\nvacietis\nvackova\nvaclav\nvaclava\nvaclavek\nvaclavik\nvaclavikova\nvaclavkova\nvaculik\nvaculikova\nvada\nvadim\nvadlja\nvaduva\nvafo\nvafoyev\nvafoyeva\nvagn\nvagner\nvagnerova\nvaha\nvahala\nvahdet\nvahid\nvahide\nvahlensieck\nvaidehi\nvaijayanthi\nvaijayanti\nvailati\nvaip\nvaisanen\nvaishnavi\nvaishno\nvaishvi\nvaivade\nvaivads\nvajcik\nvajcikova\nvajda\nvajdicka\nvajdova\nvajzenbach\nvakareskov\nval\nvala\nvalach\nvalachova\nvalachovic\nvalachovicova\nvaladez\nvalasek\nvalaskova\nvalburga\nvaldemar\nvaldemara\nvaldemars\nvaldes\nvaldez\nvaldivia\nvalek\nvalencia\nvalencicbrkic\nvalent\nvalenta\nvalente\nvalenti\nvalentijn\nvalentim\nvalentin\nvalentina\nvalentine\nvalentini\nvalentino\nvalentins\nvalentova\nvalentyn\nvalentyna\nvalenza\nvalenzuela\nvaler\nvalera\nvalere\nvaleri\nvaleria\nvalerian\nvaleriana\nvaleriano\nvalerico\nvalerie\nvalerii\nvalerija\nvalerijs\nvalerio\nvaleriu\nvalery\nvales\nvalesova\nvalfredo\nvalfrido\nvali\nvalic\nvalid\nvalkai\nvalkova\nvalladares\nvalle\nvallejo\nvalles\nvallet\nvalletta\nvalli\nvallie\nvallienne\nvallone\nvalova\nvalsecchi\nvaltena\nvalter\nvaltere\nvalters\nvaltr\nvaltteri\nvaluska\nvaluskova\nvalverde\nvan\nvana\nvanaga\nvanags\nvance\nvancura\nvancurova\nvanda\nvandamme\nvandenberghe\nvandenbroeck\nvandervort\nvandevelde\nvanecek\nvaneckova\nvanegas\nvanek\nvanekova\nvanesa\nvanessa\nvang\nvangermain\nvanh\nvania\nvanicek\nvanickova\nvanja\nvankova\nvanna\nvanni\nvannini\nvanova\nvanya\nvaradi\nvaralakshmi\nvarela\nvarenina\nvarga\nvargas\nvargova\nvaricak\nvarinac\nvarma\nvarman\nvarmuza\nvarnica\nvaro\nvarriale\nvarrier\nvarsava\nvartic\nvarvara\nvarzic\nvarzicbiuklia\nvarzicbiuklija\nvasadi\nvasak\nvasakova\nvasanti\nvasco\nvascotto\nvasek\nvasicek\nvasickova\nvasil\nvasile\nvasilescu\nvasili\nvasilica\nvasilie\nvasilina\nvasilisa\nvasiliu\nvasilj\nvasils\nvasja\nvaska\nvasko\nvaskova\nvasliddin\nvasquez\nvass\nvassallo\nvasseur\nvasudev\nvasudeva\nvasudha\nvasundhara\nvater\nvatroslav\nvaughn\nvavra\nvavrik\nvavrikov\nvavrikova\nvavrinec\nvavrova\nvaz\nvazquez\nveaceslav\nvecchi\nvecchio\nvecdi\nveceaslav\nvecera\nvecerova\nveceslav\nvecumniece\nvecumnieks\nveda\nvedang\nvedanga\nvedanshi\nvedasto\nvedat\nvedran\nvedrana\nveduna\nvedvik\nveen\nveenstra\nveerle\nvefa\nvefik\nvega\nvegar\nvegge\nvehbi\nveiga\nveikko\nveinberga\nveinbergs\nveisa\nveiss\nveit\nvejnovic\nvejvoda\nvejvodova\nvekecki\nvekic\nvela\nvelaja\nvelana\nvelanac\nvelaphi\nvelasco\nvelasquez\nvelazquez\nvelda\nvelde\nvelden\nveldsman\nveleslav\nveleslava\nvelez\nveli\nvelibor\nvelimir\nvelimira\nvelina\nvelio\nvelioglu\nvelislav\nvelislava\nveliz\nvella\nvelma\nvelva\nven\nvena\nvenance\nvenanzio\nvencel\nvenceslao\nvenceslas\nvenceslav\nvenceslava\nvendel\nvendelin\nvendelina\nvendula\nvendulka\nvenegas\nvenek\nvenera\nveneranda\nvenerando\nvenere\nvenerio\nvenezia\nvenghaus\nveniamin\nvenka\nventer\nventimiglia\nventura\nventurelli\nventuri\nventurini\nvenuse\nvenusta\nvenustiano\nvenusto\nvera\nverano\nverax\nverbeek\nvercesi\nverda\nverde\nverdes\nverdiana\nverdie\nverdugo\nverduzco\nvere\nverecondo\nverena\nverenzio\nveres\nvergara\nvergie\nvergiliu\nverginia\nverhaeghe\nverhoeven\nveriana\nverica\nveridiana\nverla\nverlie\nverma\nverme\nvermeulen\nvern\nverna\nverner\nvernerova\nvernice\nvernie\nverniest\nvernon\nvero\nverona\nveronese\nveronica\nveronika\nveroniko\nveronique\nveroslav\nveroslava\nversfeld\nverstraete\nverulo\nverzi\nvesel\nvesela\nveselicacatipovic\nveselicic\nveselinka\nveselova\nvesely\nvesic\nvesile\nvesin\nveskovic\nveslava\nvesma\nvesna\nvespasiano\nvesper\nvesta\nvestergaard\nveta\nveum\nveverka\nveverkova\nvey\nveysel\nveysi\nvezi\nvezio\nvezmar\nvezzoli\nviale\nvianello\nvianney\nvibeke\nvic\nvica\nvicari\nvicdan\nvicen\nvicenova\nvicenta\nvicente\nvicentia\nvicentiu\nvicha\nvichi\nvichova\nvicinanza\nvicini\nvicki\nvickie\nvicky\nvicol\nvictoire\nvictor\nvictoria\nvictorien\nvictorin\nvid\nvida\nvidacek\nvidak\nvidal\nviderscak\nvidhur\nvidhya\nvidiano\nvidmar\nvidone\nvidor\nvidosavljevic\nvidranjski\nvidur\nvidya\nvieira\nviellehner\nvien\nvienna\nviera\nvierin\nvieroslava\nvieru\nviet\nvieve\nvieweg\nviggo\nvigil\nvigile\nvigo\nvijay\nvijeko\nvijolite\nvik\nviklund\nviktor\nviktoria\nviktorie\nviktorija\nviktorin\nviktoro\nvila\nvilakazi\nvilcjo\nvildan\nvilde\nvilem\nvilema\nvilemina\nvilfredo\nvilhelm\nvilhelmine\nvilhelmino\nvilhelmo\nviliam\nviliana\nvilibald\nviliberto\nvilimek\nvilimkova\nviljem\nviljoen\nvilka\nvilks\nvilla\nvilladsen\nvillagomez\nvillalobos\nvillalpando\nvillani\nvillanueva\nvillareal\nvillari\nvillarreal\nvillasenor\nville\nvillegas\nvilliers\nvilly\nvilma\nvilmar\nvilmars\nvilmos\nvilsone\nvilsons\nviluma\nvilums\nvimal\nvimala\nviman\nvin\nvinay\nvince\nvincenc\nvincencie\nvincent\nvincentiu\nvincenza\nvincenzi\nvincenzo\nvinci\nvinciane\nvincze\nvindonio\nvinebaldo\nvinfrido\nvinh\nvinicio\nvink\nvinka\nvinketa\nvinnie\nvino\nvins\nvinsen\nvinsova\nvintere\nvinters\nvinther\nvintila\nvinz\nviola\nviolante\nviolet\nvioleta\nvioletta\nviolette\nvioli\nviolina\nviorel\nviorela\nviorelia\nviorica\nvirag\nvirgie\nvirgil\nvirgile\nvirgilio\nvirgiliu\nvirgin\nvirginia\nvirginie\nvirginio\nvirlan\nvirman\nvirone\nvirtanen\nvisagie\nvisan\nvisani\nvisarion\nviscardo\nvisco\nvisconti\nvisek\nvisekruna\nvisentin\nvishnu\nvishwamitra\nvisintin\nviskova\nvisnja\nvisnovska\nvisnovsky\nvisser\nvissia\nvit\nvita\nvital\nvitale\nvitali\nvitalia\nvitalico\nvitalie\nvitalii\nvitalijs\nvitalina\nvitasek\nvitaskova\nvitazoslav\nvitek\nvitezslav\nvitezslava\nviti\nvitiello\nvitina\nvitins\nvitkova\nvitman\nvito\nvitola\nvitold\nvitolina\nvitolins\nvitols\nvitor\nvitoria\nvitoslav\nvitova\nvittore\nvittori\nvittoria\nvittoriano\nvittorio\nvituma\nvitums\nvitus\nviva\nvivaldo\nvive\nvivi\nvivian\nviviana\nviviane\nviviani\nvivianne\nviviano\nvivien\nvivienne\nviviers\nvizbulite\nvizitiu\nvizziello\nvjekoslav\nvjenceslav\nvlach\nvlachova\nvlad\nvlada\nvladan\nvladana\nvladek\nvladena\nvladilena\nvladimer\nvladimir\nvladimira\nvladimiro\nvladislav\nvladislava\nvladivoj\nvladlen\nvladlena\nvlado\nvlah\nvlaicu\nvlas\nvlasak\nvlasakova\nvlasic\nvlasta\nvlastimil\nvlastimila\nvlastimir\nvlastimira\nvlastislav\nvlastislava\nvlatka\nvlatko\nvlcek\nvlckova\nvliet\nvlk\nvlkova\nvoboril\nvoborilova\nvodak\nvodakova\nvodicka\nvodickova\nvodingo\nvodrazka\nvodrazkova\nvoelkel\nvogel\nvogelgsang\nvogronicopacic\nvogt\nvoichita\nvoicu\nvoigt\nvoinea\nvojacek\nvojackova\nvojen\nvojin\nvojislava\nvojmil\nvojmir\nvojmira\nvojslav\nvojslava\nvojta\nvojtech\nvojtechova\nvojtek\nvojtekova\nvojteska\nvojtisek\nvojtiskova\nvojtkova\nvojtova\nvok\nvokoun\nvokounova\nvokuhl\nvoldemars\nvolek\nvolf\nvolfango\nvolfgang\nvolfova\nvolk\nvolkan\nvolker\nvolkman\nvolkmann\nvolkova\nvolle\nvollis\nvolna\nvolny\nvolpe\nvolpi\nvon\nvona\nvondra\nvondracek\nvondrackova\nvondrak\nvondrakova\nvondrova\nvong\nvonrueden\nvontein\nvoracek\nvorackova\nvorel\nvorisek\nvoriskova\nvorlicek\nvorlickova\nvorlova\nvoros\nvorsila\nvos\nvosil\nvosilyev\nvosilyeva\nvosloo\nvotava\nvotavova\nvotruba\nvotrubova\nvrabcova\nvrabec\nvrabie\nvracar\nvracarevic\nvrana\nvranjic\nvranjkoviccenan\nvranova\nvratislav\nvratislava\nvratko\nvrba\nvrbanac\nvrbas\nvrbaslija\nvrbova\nvrekalovic\nvreni\nvries\nvrinda\nvrugic\nvrund\nvrzal\nvrzalova\nvseboj\nvsebor\nvserad\nvseslav\nvsevolod\nvuceta\nvucetic\nvucevac\nvuckovac\nvuckovic\nvuco\nvucurevic\nvuillermoz\nvujadin\nvujakovic\nvujeva\nvujica\nvuk\nvukadin\nvukaljevic\nvukalovic\nvukan\nvukanovic\nvukasin\nvukasinac\nvukasovic\nvukcevic\nvukelic\nvukelja\nvukeljic\nvukica\nvukobradovic\nvukobrat\nvukota\nvuksa\nvuksanicpuljek\nvuksanovic\nvuksic\nvulcevic\nvuleta\nvuletas\nvuletin\nvulic\nvulicevic\nvulisic\nvulmaro\nvulovic\nvulpiano\nvunak\nvunjak\nvunturisevic\nvuong\nvuslat\nvusumuzi\nvyas\nvybiral\nvybiralova\nvydarena\nvydareny\nvydra\nvydrova\nvymazal\nvymazalova\nvyskocil\nvyskocilova\nvyslouzil\nvyslouzilova\nwaal\nwacana\nwachenbrunner\nwachtel\nwackrill\nwade\nwadi\nwael\nwaelchi\nwage\nwagenaar\nwagner\nwagnerova\nwahyu\nwahyudin\nwahyuni\nwaibel\nwaino\nwakan\nwakiman\nwal\nwalczak\nwalder\nwaldmann\nwaldo\nwale\nwalenty\nwalentyn\nwalentyna\nwaleran\nwaleria\nwalerian\nwalery\nwalgierz\nwalid\nwalker\nwalkowiak\nwallace\nwallin\nwallner\nwallstab\nwalsh\nwalter\nwalther\nwalton\nwaltrova\nwaluyo\nwaly\nwalz\nwan\nwanda\nwandrille\nwane\nwanesa\nwang\nwani\nwanner\nwannes\nwaqila\nward\nwardana\nwardaya\nwardi\nwarji\nwarley\nwarre\nwarren\nwarsa\nwarsita\nwarta\nwartenberg\nwaschbusch\nwashington\nwasiak\nwasik\nwasilewski\nwasis\nwasita\nwasiu\nwaskita\nwasowski\nwasser\nwassilew\nwassiluk\nwassim\nwastuti\nwaters\nwatsica\nwatson\nwava\nwawan\nwawrzyniak\nwawrzyniec\nwaylon\nwayne\nwdowiak\nweber\nwebrova\nwebster\nwegmann\nwegrzyn\nwehner\nwehrle\nwehrli\nwehrsen\nweibel\nweidlich\nweidner\nweigel\nweight\nweiler\nweimann\nweimer\nweinand\nweis\nweiss\nweissnat\nweissova\nwelat\nwelch\nweldon\nweller\nwellington\nwelsch\nwelti\nwelz\nwelzel\nwende\nwendell\nwendy\nwenger\nweniger\nwenk\nwentzel\nwerle\nwerner\nweronika\nwerrmann\nwershansky\nwertag\nwes\nwesley\nwessel\nwessels\nwessinghage\nwest\nwesthuyzen\nwestley\nweston\nwet\nwettstein\nweyel\nwezel\nwhite\nwhitney\nwiacek\nwiafe\nwiara\nwibisono\nwibke\nwibowo\nwicaksono\nwichmann\nwickert\nwidiastuti\nwidmer\nwidodo\nwidya\nwiebe\nwiebke\nwiecek\nwiechmann\nwieckowski\nwieczorek\nwiegand\nwiegelmann\nwiem\nwierig\nwierzbicki\nwies\nwiese\nwieser\nwijaya\nwijayanti\nwijk\nwikstrom\nwiktor\nwiktoria\nwilber\nwilbert\nwilbur\nwilburn\nwilcox\nwilczek\nwilczynski\nwilderman\nwiley\nwilford\nwilfred\nwilfredo\nwilfrid\nwilfried\nwilfryd\nwilhelm\nwilhelmina\nwilhelmine\nwilk\nwilkinson\nwilky\nwill\nwilla\nwillane\nwillard\nwillem\nwillems\nwillemsen\nwilli\nwilliam\nwilliams\nwilliamson\nwillie\nwillis\nwillms\nwilloughby\nwillow\nwillwacher\nwilly\nwilma\nwilmer\nwilson\nwilton\nwilts\nwimmer\nwinarno\nwinarsih\nwincenty\nwinda\nwindler\nwinfield\nwiniarski\nwinifred\nwinkelmann\nwinkler\nwinklerova\nwinnifred\nwinona\nwinston\nwinter\nwintheiser\nwinther\nwira\nwirda\nwirginia\nwirth\nwirz\nwischek\nwischer\nwisniewski\nwisnu\nwisoky\nwisozk\nwissam\nwissem\nwissing\nwit\nwitalis\nwitczak\nwitek\nwitkowski\nwittich\nwitting\nwittl\nwiza\nwnuk\nwojcicki\nwojciechowski\nwojcik\nwojtas\nwojtasik\nwojtczak\nwojtkowiak\nwojtowicz\nwolak\nwold\nwolf\nwolfarth\nwolff\nwolfgang\nwolfova\nwolinski\nwollenberg\nwollmann\nwolmerans\nwolny\nwolpert\nwolski\nwolters\nwong\nwood\nwoodrow\nwos\nwoschler\nwosiyane\nwout\nwouter\nwouters\nwoytkowska\nwozniak\nwright\nwrobel\nwroblewski\nwrona\nwronski\nwuckert\nwuhn\nwujak\nwulan\nwulandari\nwunsch\nwunsche\nwuraola\nwurm\nwuthrich\nwyatt\nwyludda\nwyman\nwypych\nwysocki\nwyss\nwyszynski\nxaba\nxacon\nxairo\nxalima\nxana\nxanana\nxander\nxanh\nxatun\nxaver\nxaverie\nxaverius\nxavi\nxavier\nxaviere\nxebat\nxelil\nxem\nxenia\nxenie\nxenophon\nxezal\nxiana\nxicoy\nximena\nxochitl\nxuan\nxuyen\nxzavier\nyaa\nyaamoa\nyacine\nyacouba\nyade\nyadira\nyael\nyaelle\nyagmur\nyago\nyahya\nyahyo\nyahyoyev\nyahyoyeva\nyakubu\nyaman\nyami\nyamileth\nyamina\nyan\nyana\nyance\nyanes\nyanez\nyang\nyango\nyani\nyanis\nyann\nyanni\nyannic\nyannick\nyannik\nyannis\nyanuar\nyaprak\nyaqub\nyara\nyarah\nyaren\nyaretzi\nyaro\nyaron\nyasar\nyasemin\nyasin\nyasmeen\nyasmin\nyasmina\nyasmine\nyasser\nyassin\nyassine\nyassir\nyavuz\nyaw\nyawson\nyaya\nyazid\nyazmin\nybarra\nyeboa\nyeboah\nyebra\nyejide\nyekta\nyelda\nyeliz\nyen\nyener\nyengwa\nyenthe\nyesenia\nyesilkaya\nyesim\nyessenia\nyessi\nyetkin\nyetkiner\nyetunde\nyeung\nyewande\nyfke\nyibanathi\nyigit\nyim\nyin\nyinthe\nyip\nyirenkyi\nyiu\nylan\nylvi\nylvie\nyoan\nyoann\nyoav\nyoel\nyoga\nyogendra\nyogesh\nyoginder\nyohan\nyohann\nyolanda\nyolande\nyona\nyonca\nyong\nyoni\nyono\nyoqub\nyoqubov\nyoqubova\nyorbek\nyorbekov\nyorbekova\nyoro\nyorqin\nyorulmaz\nyosef\nyoshiko\nyosra\nyossef\nyost\nyosun\nyoucef\nyoumna\nyouna\nyounes\nyouness\nyoung\nyoup\nyouri\nyousef\nyousra\nyoussef\nyoussou\nyoussouf\nyoussouph\nyoussoupha\nyozida\nyoznur\nyoznurov\nyoznurova\nysaline\nyse\nysee\nyseult\nyuce\nyucel\nyudhistira\nyue\nyuen\nyuksel\nyulia\nyuliana\nyulianti\nyulianto\nyuliarti\nyumi\nyumni\nyuna\nyundt\nyung\nyuni\nyuniar\nyunita\nyunta\nyunus\nyunusov\nyunusova\nyuri\nyusiv\nyussuf\nyusuf\nyusufyev\nyusufyeva\nyvan\nyven\nyves\nyvette\nyvonne\nzabaleta\nzabedeo\nzabina\nzabir\nzabirov\nzabirova\nzaboj\nzaborowski\nzaborska\nzaborsky\nzabranska\nzabransky\nzabrdac\nzac\nzaccaria\nzaccaro\nzaccheo\nzacek\nzach\nzachar\nzacharia\nzachariah\nzacharias\nzachariasz\nzacharie\nzachary\nzache\nzachery\nzachova\nzack\nzackary\nzackery\nzackova\nzaczkiewicz\nzadig\nzadnik\nzadravec\nzadric\nzaenab\nzafar\nzafarov\nzafarova\nzafer\nzafir\nzagarac\nzagaria\nzago\nzagorscak\nzagorsek\nzagorski\nzahar\nzaharia\nzahide\nzahir\nzahit\nzahn\nzahra\nzahradka\nzahradkova\nzahradnik\nzahradnikova\nzahrah\nzaida\nzain\nzainab\nzaira\nzaituc\nzajac\nzajacova\nzajaczkowski\nzajic\nzajicek\nzajickova\nzajicova\nzak\nzakaria\nzakariya\nzakary\nzakarya\nzakelina\nzaki\nzakir\nzakova\nzakrzewski\nzala\nzalako\nzalan\nzalar\nzalesak\nzalesakova\nzaleski\nzalewski\nzalindra\nzalite\nzalitis\nzama\nzamarreno\nzamarripa\nzambon\nzamboni\nzambrana\nzambrano\nzambuto\nzamecnik\nzamecnikova\nzamenhof\nzamfir\nzamfira\nzamir\nzamira\nzamora\nzampieri\nzamudio\nzan\nzana\nzanatta\nzander\nzandt\nzane\nzanele\nzanella\nzanelli\nzaneta\nzanete\nzanetta\nzanetti\nzani\nzanis\nzanita\nzanna\nzanner\nzanobi\nzanon\nzanotti\nzapalac\nzapata\nzapletal\nzapletalova\nzaporojan\nzappacosta\nzappala\nzappia\nzara\nzaragoza\nzarate\nzaraza\nzareba\nzaremba\nzaria\nzarije\nzarina\nzarins\nzarko\nzarkovic\nzaruba\nzarubova\nzarzycki\nzatloukal\nzatloukalova\nzauber\nzaur\nzavadil\nzavadilova\nzavala\nzavida\nzavis\nzavrel\nzavrelova\nzawada\nzawadzki\nzayas\nzayd\nzaydov\nzaydova\nzayn\nzayneb\nzayniddin\nzayniddinov\nzayniddinova\nzbinden\nzbislav\nzbodulja\nzboncak\nzboril\nzborilova\nzbyhnev\nzbyhneva\nzbynek\nzbynka\nzbysek\nzbyska\nzbyslav\nzbyslava\nzdan\nzdana\nzdarska\nzdarsky\nzdelar\nzdena\nzdencan\nzdenek\nzdenka\nzdenko\nzderad\nzdeslav\nzdeslava\nzdik\nzdirad\nzdislav\nzdislava\nzdravcevic\nzdravko\nzdrazil\nzdrazilova\nzdunek\nzebic\nzebrowski\nzec\nzechariah\nzedda\nzednik\nzednikova\nzef\nzefiro\nzehnder\nzehra\nzeidler\nzeidmane\nzeidmanis\nzeinab\nzejak\nzejnep\nzekai\nzekan\nzekeriyya\nzekiye\nzekl\nzelaya\nzelda\nzelena\nzelenka\nzelenkova\nzeleny\nzelibor\nzelie\nzeliha\nzelimir\nzelimira\nzelinda\nzelinka\nzelinkova\nzelislav\nzelislava\nzeljka\nzeljko\nzella\nzelma\nzelmir\nzelmira\nzeltina\nzeltins\nzeltite\nzeman\nzemanek\nzemankova\nzemanova\nzemlak\nzemlicka\nzemlickova\nzena\nzenaide\nzender\nzenebio\nzeni\nzenija\nzennaro\nzeno\nzenobia\nzenobie\nzenobio\nzenon\nzenone\nzenovia\nzente\nzenzele\nzepeda\nzephirin\nzephyr\nzerajic\nzeravica\nzerdest\nzerrin\nzerya\nzeteny\nzetico\nzetta\nzeuch\nzev\nzeyd\nzeyen\nzeyhle\nzeynab\nzeyneb\nzeynel\nzeynep\nzezula\nzezulova\nzgela\nzgrabljic\nzhang\nzhao\nzheng\nzhou\nzhu\nziad\nzibere\nzibers\nzidek\nzidkova\nzieba\nziedite\nziegler\nzielinski\nzielonka\nziemann\nzieme\nziemele\nziemelis\nzietek\nziga\nzigfrida\nzigfrids\nzigmars\nzigmund\nzigova\nzigrida\nzihni\nzijan\nzijlstra\nzika\nzikmund\nzikmundova\nzikova\nzilan\nzile\nzilola\nzima\nzimanyi\nzimka\nzimkova\nzimmer\nzimmerman\nzimmermann\nzimonja\nzimonjic\nzimova\nzin\nzina\nzinaic\nzinaida\nzinajic\nzindovic\nzineb\nzinedine\nzingaretti\nzingg\nzinovia\nzinser\nzintl\nzion\nzipac\nzipalovic\nzipancic\nzipp\nzipse\nziramov\nzirojevic\nzirovic\nzita\nzithulele\nzito\nzitomir\nzitomira\nzitoslav\nzitoslava\nziva\nzivadinovic\nzivak\nzivaljevic\nzivan\nzivana\nzivanac\nzivanovic\nziver\nziviccojbasic\nziya\nziyad\nziyanda\nziyo\nziyoyev\nziyoyeva\nzizanovic\nzizi\nzizka\nzizkova\nzlamal\nzlamalova\nzlata\nzlatan\nzlatanovic\nzlatica\nzlatka\nzlatko\nzlatomir\nzlatomira\nzlatuse\nzmegac\nzmuda\nzobuhle\nzoe\nzoeva\nzoey\nzofia\nzofie\nzofija\nzohid\nzohidov\nzohidova\nzohir\nzohirov\nzohirova\nzohra\nzoia\nzoie\nzoila\nzoilo\nzoja\nzokir\nzola\nzollinger\nzollo\nzoltan\nzondi\nzondo\nzora\nzoran\nzorana\nzordan\nzorica\nzorina\nzorka\nzoroslav\nzoroslava\nzosim\nzosima\nzosimo\nzotti\nzoubek\nzoubkova\nzouhar\nzouharova\nzoyir\nzrinislav\nzrinko\nzrna\nzrno\nzschunke\nzselyke\nzsofia\nzsolt\nzsombor\nzubak\nzubane\nzubayr\nzubayrov\nzubayrova\nzuber\nzubeyde\nzubeyr\nzubite\nzubrik\nzubrikova\nzucca\nzuhal\nzuiderveld\nzuk\nzukowski\nzula\nzulaika\nzulaikha\nzulal\nzulauf\nzuleyha\nzulfa\nzulfikar\nzuliani\nzuljevicgrafina\nzulkarnain\nzullo\nzulu\nzuma\nzumbo\nzumrut\nzumsande\nzunda\nzungu\nzuniga\nzunino\nzurawski\nzurcher\nzurek\nzurkova\nzuxra\nzuzana\nzuzanna\nzvaigzne\nzvanic\nzvejniece\nzvejnieks\nzverina\nzverinova\nzvezdana\nzviedre\nzviedrs\nzvinele\nzvinelis\nzvonar\nzvonimir\nzvonimira\nzvonko\nzwane\nzwiener\nzwolinski\nzyad\nzych\nzygmunt\nzyl";

var COMMON_WORD_LIST = "the\nof\nand\nto\na\nin\nfor\nis\non\nthat\nby\nthis\nwith\ni\nyou\nit\nnot\nor\nbe\nare\nfrom\nat\nas\nyour\nall\nhave\nnew\nmore\nan\nwas\nwe\nwill\nhome\ncan\nus\nabout\nif\npage\nmy\nhas\nsearch\nfree\nbut\nour\none\nother\ndo\nno\ninformation\ntime\nthey\nsite\nhe\nup\nmay\nwhat\nwhich\ntheir\nnews\nout\nuse\nany\nthere\nsee\nonly\nso\nhis\nwhen\ncontact\nhere\nbusiness\nwho\nweb\nalso\nnow\nhelp\nget\npm\nview\nonline\nc\ne\nfirst\nam\nbeen\nwould\nhow\nwere\nme\ns\nservices\nsome\nthese\nclick\nits\nlike\nservice\nx\nthan\nfind\nprice\ndate\nback\ntop\npeople\nhad\nlist\nname\njust\nover\nstate\nyear\nday\ninto\nemail\ntwo\nhealth\nn\nworld\nre\nnext\nused\ngo\nb\nwork\nlast\nmost\nproducts\nmusic\nbuy\ndata\nmake\nthem\nshould\nproduct\nsystem\npost\nher\ncity\nt\nadd\npolicy\nnumber\nsuch\nplease\navailable\ncopyright\nsupport\nmessage\nafter\nbest\nsoftware\nthen\njan\ngood\nvideo\nwell\nd\nwhere\ninfo\nrights\npublic\nbooks\nhigh\nschool\nthrough\nm\neach\nlinks\nshe\nreview\nyears\norder\nvery\nprivacy\nbook\nitems\ncompany\nr\nread\ngroup\nsex\nneed\nmany\nuser\nsaid\nde\ndoes\nset\nunder\ngeneral\nresearch\nuniversity\njanuary\nmail\nfull\nmap\nreviews\nprogram\nlife\nknow\ngames\nway\ndays\nmanagement\np\npart\ncould\ngreat\nunited\nhotel\nreal\nf\nitem\ninternational\ncenter\nebay\nmust\nstore\ntravel\ncomments\nmade\ndevelopment\nreport\noff\nmember\ndetails\nline\nterms\nbefore\nhotels\ndid\nsend\nright\ntype\nbecause\nlocal\nthose\nusing\nresults\noffice\neducation\nnational\ncar\ndesign\ntake\nposted\ninternet\naddress\ncommunity\nwithin\nstates\narea\nwant\nphone\ndvd\nshipping\nreserved\nsubject\nbetween\nforum\nfamily\nl\nlong\nbased\nw\ncode\nshow\no\neven\nblack\ncheck\nspecial\nprices\nwebsite\nindex\nbeing\nwomen\nmuch\nsign\nfile\nlink\nopen\ntoday\ntechnology\nsouth\ncase\nproject\nsame\npages\nuk\nversion\nsection\nown\nfound\nsports\nhouse\nrelated\nsecurity\nboth\ng\ncounty\namerican\nphoto\ngame\nmembers\npower\nwhile\ncare\nnetwork\ndown\ncomputer\nsystems\nthree\ntotal\nplace\nend\nfollowing\ndownload\nh\nhim\nwithout\nper\naccess\nthink\nnorth\nresources\ncurrent\nposts\nbig\nmedia\nlaw\ncontrol\nwater\nhistory\npictures\nsize\nart\npersonal\nsince\nincluding\nguide\nshop\ndirectory\nboard\nlocation\nchange\nwhite\ntext\nsmall\nrating\nrate\ngovernment\nchildren\nduring\nusa\nreturn\nstudents\nv\nshopping\naccount\ntimes\nsites\nlevel\ndigital\nprofile\nprevious\nform\nevents\nlove\nold\njohn\nmain\ncall\nhours\nimage\ndepartment\ntitle\ndescription\nnon\nk\ny\ninsurance\nanother\nwhy\nshall\nproperty\nclass\ncd\nstill\nmoney\nquality\nevery\nlisting\ncontent\ncountry\nprivate\nlittle\nvisit\nsave\ntools\nlow\nreply\ncustomer\ndecember\ncompare\nmovies\ninclude\ncollege\nvalue\narticle\nyork\nman\ncard\njobs\nprovide\nj\nfood\nsource\nauthor\ndifferent\npress\nu\nlearn\nsale\naround\nprint\ncourse\njob\ncanada\nprocess\nteen\nroom\nstock\ntraining\ntoo\ncredit\npoint\njoin\nscience\nmen\ncategories\nadvanced\nwest\nsales\nlook\nenglish\nleft\nteam\nestate\nbox\nconditions\nselect\nwindows\nphotos\ngay\nthread\nweek\ncategory\nnote\nlive\nlarge\ngallery\ntable\nregister\nhowever\njune\noctober\nnovember\nmarket\nlibrary\nreally\naction\nstart\nseries\nmodel\nfeatures\nair\nindustry\nplan\nhuman\nprovided\ntv\nyes\nrequired\nsecond\nhot\naccessories\ncost\nmovie\nforums\nmarch\nla\nseptember\nbetter\nsay\nquestions\njuly\nyahoo\ngoing\nmedical\ntest\nfriend\ncome\ndec\nserver\npc\nstudy\napplication\ncart\nstaff\narticles\nsan\nfeedback\nagain\nplay\nlooking\nissues\napril\nnever\nusers\ncomplete\nstreet\ntopic\ncomment\nfinancial\nthings\nworking\nagainst\nstandard\ntax\nperson\nbelow\nmobile\nless\ngot\nblog\nparty\npayment\nequipment\nlogin\nstudent\nlet\nprograms\noffers\nlegal\nabove\nrecent\npark\nstores\nside\nact\nproblem\nred\ngive\nmemory\nperformance\nsocial\nq\naugust\nquote\nlanguage\nstory\nsell\noptions\nexperience\nrates\ncreate\nkey\nbody\nyoung\namerica\nimportant\nfield\nfew\neast\npaper\nsingle\nii\nage\nactivities\nclub\nexample\ngirls\nadditional\npassword\nz\nlatest\nsomething\nroad\ngift\nquestion\nchanges\nnight\nca\nhard\ntexas\noct\npay\nfour\npoker\nstatus\nbrowse\nissue\nrange\nbuilding\nseller\ncourt\nfebruary\nalways\nresult\naudio\nlight\nwrite\nwar\nnov\noffer\nblue\ngroups\nal\neasy\ngiven\nfiles\nevent\nrelease\nanalysis\nrequest\nfax\nchina\nmaking\npicture\nneeds\npossible\nmight\nprofessional\nyet\nmonth\nmajor\nstar\nareas\nfuture\nspace\ncommittee\nhand\nsun\ncards\nproblems\nlondon\nwashington\nmeeting\nrss\nbecome\ninterest\nid\nchild\nkeep\nenter\ncalifornia\nporn\nshare\nsimilar\ngarden\nschools\nmillion\nadded\nreference\ncompanies\nlisted\nbaby\nlearning\nenergy\nrun\ndelivery\nnet\npopular\nterm\nfilm\nstories\nput\ncomputers\njournal\nreports\nco\ntry\nwelcome\ncentral\nimages\npresident\nnotice\ngod\noriginal\nhead\nradio\nuntil\ncell\ncolor\nself\ncouncil\naway\nincludes\ntrack\naustralia\ndiscussion\narchive\nonce\nothers\nentertainment\nagreement\nformat\nleast\nsociety\nmonths\nlog\nsafety\nfriends\nsure\nfaq\ntrade\nedition\ncars\nmessages\nmarketing\ntell\nfurther\nupdated\nassociation\nable\nhaving\nprovides\ndavid\nfun\nalready\ngreen\nstudies\nclose\ncommon\ndrive\nspecific\nseveral\ngold\nfeb\nliving\nsep\ncollection\ncalled\nshort\narts\nlot\nask\ndisplay\nlimited\npowered\nsolutions\nmeans\ndirector\ndaily\nbeach\npast\nnatural\nwhether\ndue\net\nelectronics\nfive\nupon\nperiod\nplanning\ndatabase\nsays\nofficial\nweather\nmar\nland\naverage\ndone\ntechnical\nwindow\nfrance\npro\nregion\nisland\nrecord\ndirect\nmicrosoft\nconference\nenvironment\nrecords\nst\ndistrict\ncalendar\ncosts\nstyle\nurl\nfront\nstatement\nupdate\nparts\naug\never\ndownloads\nearly\nmiles\nsound\nresource\npresent\napplications\neither\nago\ndocument\nword\nworks\nmaterial\nbill\napr\nwritten\ntalk\nfederal\nhosting\nrules\nfinal\nadult\ntickets\nthing\ncentre\nrequirements\nvia\ncheap\nnude\nkids\nfinance\ntrue\nminutes\nelse\nmark\nthird\nrock\ngifts\neurope\nreading\ntopics\nbad\nindividual\ntips\nplus\nauto\ncover\nusually\nedit\ntogether\nvideos\npercent\nfast\nfunction\nfact\nunit\ngetting\nglobal\ntech\nmeet\nfar\neconomic\nen\nplayer\nprojects\nlyrics\noften\nsubscribe\nsubmit\ngermany\namount\nwatch\nincluded\nfeel\nthough\nbank\nrisk\nthanks\neverything\ndeals\nvarious\nwords\nlinux\njul\nproduction\ncommercial\njames\nweight\ntown\nheart\nadvertising\nreceived\nchoose\ntreatment\nnewsletter\narchives\npoints\nknowledge\nmagazine\nerror\ncamera\njun\ngirl\ncurrently\nconstruction\ntoys\nregistered\nclear\ngolf\nreceive\ndomain\nmethods\nchapter\nmakes\nprotection\npolicies\nloan\nwide\nbeauty\nmanager\nindia\nposition\ntaken\nsort\nlistings\nmodels\nmichael\nknown\nhalf\ncases\nstep\nengineering\nflorida\nsimple\nquick\nnone\nwireless\nlicense\npaul\nfriday\nlake\nwhole\nannual\npublished\nlater\nbasic\nsony\nshows\ncorporate\ngoogle\nchurch\nmethod\npurchase\ncustomers\nactive\nresponse\npractice\nhardware\nfigure\nmaterials\nfire\nholiday\nchat\nenough\ndesigned\nalong\namong\ndeath\nwriting\nspeed\nhtml\ncountries\nloss\nface\nbrand\ndiscount\nhigher\neffects\ncreated\nremember\nstandards\noil\nbit\nyellow\npolitical\nincrease\nadvertise\nkingdom\nbase\nnear\nenvironmental\nthought\nstuff\nfrench\nstorage\noh\njapan\ndoing\nloans\nshoes\nentry\nstay\nnature\norders\navailability\nafrica\nsummary\nturn\nmean\ngrowth\nnotes\nagency\nking\nmonday\neuropean\nactivity\ncopy\nalthough\ndrug\npics\nwestern\nincome\nforce\ncash\nemployment\noverall\nbay\nriver\ncommission\nad\npackage\ncontents\nseen\nplayers\nengine\nport\nalbum\nregional\nstop\nsupplies\nstarted\nadministration\nbar\ninstitute\nviews\nplans\ndouble\ndog\nbuild\nscreen\nexchange\ntypes\nsoon\nsponsored\nlines\nelectronic\ncontinue\nacross\nbenefits\nneeded\nseason\napply\nsomeone\nheld\nny\nanything\nprinter\ncondition\neffective\nbelieve\norganization\neffect\nasked\neur\nmind\nsunday\nselection\ncasino\npdf\nlost\ntour\nmenu\nvolume\ncross\nanyone\nmortgage\nhope\nsilver\ncorporation\nwish\ninside\nsolution\nmature\nrole\nrather\nweeks\naddition\ncame\nsupply\nnothing\ncertain\nusr\nexecutive\nrunning\nlower\nnecessary\nunion\njewelry\naccording\ndc\nclothing\nmon\ncom\nparticular\nfine\nnames\nrobert\nhomepage\nhour\ngas\nskills\nsix\nbush\nislands\nadvice\ncareer\nmilitary\nrental\ndecision\nleave\nbritish\nteens\npre\nhuge\nsat\nwoman\nfacilities\nzip\nbid\nkind\nsellers\nmiddle\nmove\ncable\nopportunities\ntaking\nvalues\ndivision\ncoming\ntuesday\nobject\nlesbian\nappropriate\nmachine\nlogo\nlength\nactually\nnice\nscore\nstatistics\nclient\nok\nreturns\ncapital\nfollow\nsample\ninvestment\nsent\nshown\nsaturday\nchristmas\nengland\nculture\nband\nflash\nms\nlead\ngeorge\nchoice\nwent\nstarting\nregistration\nfri\nthursday\ncourses\nconsumer\nhi\nairport\nforeign\nartist\noutside\nfurniture\nlevels\nchannel\nletter\nmode\nphones\nideas\nwednesday\nstructure\nfund\nsummer\nallow\ndegree\ncontract\nbutton\nreleases\nwed\nhomes\nsuper\nmale\nmatter\ncustom\nvirginia\nalmost\ntook\nlocated\nmultiple\nasian\ndistribution\neditor\ninn\nindustrial\ncause\npotential\nsong\ncnet\nltd\nlos\nhp\nfocus\nlate\nfall\nfeatured\nidea\nrooms\nfemale\nresponsible\ninc\ncommunications\nwin\nassociated\nthomas\nprimary\ncancer\nnumbers\nreason\ntool\nbrowser\nspring\nfoundation\nanswer\nvoice\neg\nfriendly\nschedule\ndocuments\ncommunication\npurpose\nfeature\nbed\ncomes\npolice\neveryone\nindependent\nip\napproach\ncameras\nbrown\nphysical\noperating\nhill\nmaps\nmedicine\ndeal\nhold\nratings\nchicago\nforms\nglass\nhappy\ntue\nsmith\nwanted\ndeveloped\nthank\nsafe\nunique\nsurvey\nprior\ntelephone\nsport\nready\nfeed\nanimal\nsources\nmexico\npopulation\npa\nregular\nsecure\nnavigation\noperations\ntherefore\nass\nsimply\nevidence\nstation\nchristian\nround\npaypal\nfavorite\nunderstand\noption\nmaster\nvalley\nrecently\nprobably\nthu\nrentals\nsea\nbuilt\npublications\nblood\ncut\nworldwide\nimprove\nconnection\npublisher\nhall\nlarger\nanti\nnetworks\nearth\nparents\nnokia\nimpact\ntransfer\nintroduction\nkitchen\nstrong\ntel\ncarolina\nwedding\nproperties\nhospital\nground\noverview\nship\naccommodation\nowners\ndisease\ntx\nexcellent\npaid\nitaly\nperfect\nhair\nopportunity\nkit\nclassic\nbasis\ncommand\ncities\nwilliam\nexpress\nanal\naward\ndistance\ntree\npeter\nassessment\nensure\nthus\nwall\nie\ninvolved\nel\nextra\nespecially\ninterface\npussy\npartners\nbudget\nrated\nguides\nsuccess\nmaximum\nma\noperation\nexisting\nquite\nselected\nboy\namazon\npatients\nrestaurants\nbeautiful\nwarning\nwine\nlocations\nhorse\nvote\nforward\nflowers\nstars\nsignificant\nlists\ntechnologies\nowner\nretail\nanimals\nuseful\ndirectly\nmanufacturer\nways\nest\nson\nproviding\nrule\nmac\nhousing\ntakes\niii\ngmt\nbring\ncatalog\nsearches\nmax\ntrying\nmother\nauthority\nconsidered\ntold\nxml\ntraffic\nprogramme\njoined\ninput\nstrategy\nfeet\nagent\nvalid\nbin\nmodern\nsenior\nireland\nsexy\nteaching\ndoor\ngrand\ntesting\ntrial\ncharge\nunits\ninstead\ncanadian\ncool\nnormal\nwrote\nenterprise\nships\nentire\neducational\nmd\nleading\nmetal\npositive\nfl\nfitness\nchinese\nopinion\nmb\nasia\nfootball\nabstract\nuses\noutput\nfunds\nmr\ngreater\nlikely\ndevelop\nemployees\nartists\nalternative\nprocessing\nresponsibility\nresolution\njava\nguest\nseems\npublication\npass\nrelations\ntrust\nvan\ncontains\nsession\nmulti\nphotography\nrepublic\nfees\ncomponents\nvacation\ncentury\nacademic\nassistance\ncompleted\nskin\ngraphics\nindian\nprev\nads\nmary\nil\nexpected\nring\ngrade\ndating\npacific\nmountain\norganizations\npop\nfilter\nmailing\nvehicle\nlonger\nconsider\nint\nnorthern\nbehind\npanel\nfloor\ngerman\nbuying\nmatch\nproposed\ndefault\nrequire\niraq\nboys\noutdoor\ndeep\nmorning\notherwise\nallows\nrest\nprotein\nplant\nreported\nhit\ntransportation\nmm\npool\nmini\npolitics\npartner\ndisclaimer\nauthors\nboards\nfaculty\nparties\nfish\nmembership\nmission\neye\nstring\nsense\nmodified\npack\nreleased\nstage\ninternal\ngoods\nrecommended\nborn\nunless\nrichard\ndetailed\njapanese\nrace\napproved\nbackground\ntarget\nexcept\ncharacter\nusb\nmaintenance\nability\nmaybe\nfunctions\ned\nmoving\nbrands\nplaces\nphp\npretty\ntrademarks\nphentermine\nspain\nsouthern\nyourself\netc\nwinter\nrape\nbattery\nyouth\npressure\nsubmitted\nboston\nincest\ndebt\nkeywords\nmedium\ntelevision\ninterested\ncore\nbreak\npurposes\nthroughout\nsets\ndance\nwood\nmsn\nitself\ndefined\npapers\nplaying\nawards\nfee\nstudio\nreader\nvirtual\ndevice\nestablished\nanswers\nrent\nlas\nremote\ndark\nprogramming\nexternal\napple\nle\nregarding\ninstructions\nmin\noffered\ntheory\nenjoy\nremove\naid\nsurface\nminimum\nvisual\nhost\nvariety\nteachers\nisbn\nmartin\nmanual\nblock\nsubjects\nagents\nincreased\nrepair\nfair\ncivil\nsteel\nunderstanding\nsongs\nfixed\nwrong\nbeginning\nhands\nassociates\nfinally\naz\nupdates\ndesktop\nclasses\nparis\nohio\ngets\nsector\ncapacity\nrequires\njersey\nun\nfat\nfully\nfather\nelectric\nsaw\ninstruments\nquotes\nofficer\ndriver\nbusinesses\ndead\nrespect\nunknown\nspecified\nrestaurant\nmike\ntrip\npst\nworth\nmi\nprocedures\npoor\nteacher\nxxx\neyes\nrelationship\nworkers\nfarm\nfucking\ngeorgia\npeace\ntraditional\ncampus\ntom\nshowing\ncreative\ncoast\nbenefit\nprogress\nfunding\ndevices\nlord\ngrant\nsub\nagree\nfiction\nhear\nsometimes\nwatches\ncareers\nbeyond\ngoes\nfamilies\nled\nmuseum\nthemselves\nfan\ntransport\ninteresting\nblogs\nwife\nevaluation\naccepted\nformer\nimplementation\nten\nhits\nzone\ncomplex\nth\ncat\ngalleries\nreferences\ndie\npresented\njack\nflat\nflow\nagencies\nliterature\nrespective\nparent\nspanish\nmichigan\ncolumbia\nsetting\ndr\nscale\nstand\neconomy\nhighest\nhelpful\nmonthly\ncritical\nframe\nmusical\ndefinition\nsecretary\nangeles\nnetworking\npath\naustralian\nemployee\nchief\ngives\nkb\nbottom\nmagazines\npackages\ndetail\nfrancisco\nlaws\nchanged\npet\nheard\nbegin\nindividuals\ncolorado\nroyal\nclean\nswitch\nrussian\nlargest\nafrican\nguy\ntitles\nrelevant\nguidelines\njustice\nconnect\nbible\ndev\ncup\nbasket\napplied\nweekly\nvol\ninstallation\ndescribed\ndemand\npp\nsuite\nvegas\nna\nsquare\nchris\nattention\nadvance\nskip\ndiet\narmy\nauction\ngear\nlee\nos\ndifference\nallowed\ncorrect\ncharles\nnation\nselling\nlots\npiece\nsheet\nfirm\nseven\nolder\nillinois\nregulations\nelements\nspecies\njump\ncells\nmodule\nresort\nfacility\nrandom\npricing\ndvds\ncertificate\nminister\nmotion\nlooks\nfashion\ndirections\nvisitors\ndocumentation\nmonitor\ntrading\nforest\ncalls\nwhose\ncoverage\ncouple\ngiving\nchance\nvision\nball\nending\nclients\nactions\nlisten\ndiscuss\naccept\nautomotive\nnaked\ngoal\nsuccessful\nsold\nwind\ncommunities\nclinical\nsituation\nsciences\nmarkets\nlowest\nhighly\npublishing\nappear\nemergency\ndeveloping\nlives\ncurrency\nleather\ndetermine\nmilf\ntemperature\npalm\nannouncements\npatient\nactual\nhistorical\nstone\nbob\ncommerce\nringtones\nperhaps\npersons\ndifficult\nscientific\nsatellite\nfit\ntests\nvillage\naccounts\namateur\nex\nmet\npain\nxbox\nparticularly\nfactors\ncoffee\nwww\nsettings\ncum\nbuyer\ncultural\nsteve\neasily\noral\nford\nposter\nedge\nfunctional\nroot\nau\nfi\nclosed\nholidays\nice\npink\nzealand\nbalance\nmonitoring\ngraduate\nreplies\nshot\nnc\narchitecture\ninitial\nlabel\nthinking\nscott\nllc\nsec\nrecommend\ncanon\nhardcore\nleague\nwaste\nminute\nbus\nprovider\noptional\ndictionary\ncold\naccounting\nmanufacturing\nsections\nchair\nfishing\neffort\nphase\nfields\nbag\nfantasy\npo\nletters\nmotor\nva\nprofessor\ncontext\ninstall\nshirt\napparel\ngenerally\ncontinued\nfoot\nmass\ncrime\ncount\nbreast\ntechniques\nibm\nrd\njohnson\nsc\nquickly\ndollars\nwebsites\nreligion\nclaim\ndriving\npermission\nsurgery\npatch\nheat\nwild\nmeasures\ngeneration\nkansas\nmiss\nchemical\ndoctor\ntask\nreduce\nbrought\nhimself\nnor\ncomponent\nenable\nexercise\nbug\nsanta\nmid\nguarantee\nleader\ndiamond\nisrael\nse\nprocesses\nsoft\nservers\nalone\nmeetings\nseconds\njones\narizona\nkeyword\ninterests\nflight\ncongress\nfuel\nusername\nwalk\nfuck\nproduced\nitalian\npaperback\nclassifieds\nwait\nsupported\npocket\nsaint\nrose\nfreedom\nargument\ncompetition\ncreating\njim\ndrugs\njoint\npremium\nproviders\nfresh\ncharacters\nattorney\nupgrade\ndi\nfactor\ngrowing\nthousands\nkm\nstream\napartments\npick\nhearing\neastern\nauctions\ntherapy\nentries\ndates\ngenerated\nsigned\nupper\nadministrative\nserious\nprime\nsamsung\nlimit\nbegan\nlouis\nsteps\nerrors\nshops\nbondage\ndel\nefforts\ninformed\nga\nac\nthoughts\ncreek\nft\nworked\nquantity\nurban\npractices\nsorted\nreporting\nessential\nmyself\ntours\nplatform\nload\naffiliate\nlabor\nimmediately\nadmin\nnursing\ndefense\nmachines\ndesignated\ntags\nheavy\ncovered\nrecovery\njoe\nguys\nintegrated\nconfiguration\ncock\nmerchant\ncomprehensive\nexpert\nuniversal\nprotect\ndrop\nsolid\ncds\npresentation\nlanguages\nbecame\norange\ncompliance\nvehicles\nprevent\ntheme\nrich\nim\ncampaign\nmarine\nimprovement\nvs\nguitar\nfinding\npennsylvania\nexamples\nipod\nsaying\nspirit\nar\nclaims\nporno\nchallenge\nmotorola\nacceptance\nstrategies\nmo\nseem\naffairs\ntouch\nintended\ntowards\nsa\ngoals\nhire\nelection\nsuggest\nbranch\ncharges\nserve\naffiliates\nreasons\nmagic\nmount\nsmart\ntalking\ngave\nones\nlatin\nmultimedia\nxp\ntits\navoid\ncertified\nmanage\ncorner\nrank\ncomputing\noregon\nelement\nbirth\nvirus\nabuse\ninteractive\nrequests\nseparate\nquarter\nprocedure\nleadership\ntables\ndefine\nracing\nreligious\nfacts\nbreakfast\nkong\ncolumn\nplants\nfaith\nchain\ndeveloper\nidentify\navenue\nmissing\ndied\napproximately\ndomestic\nsitemap\nrecommendations\nmoved\nhouston\nreach\ncomparison\nmental\nviewed\nmoment\nextended\nsequence\ninch\nattack\nsorry\ncenters\nopening\ndamage\nlab\nreserve\nrecipes\ncvs\ngamma\nplastic\nproduce\nsnow\nplaced\ntruth\ncounter\nfailure\nfollows\neu\nweekend\ndollar\ncamp\nontario\nautomatically\ndes\nminnesota\nfilms\nbridge\nnative\nfill\nwilliams\nmovement\nprinting\nbaseball\nowned\napproval\ndraft\nchart\nplayed\ncontacts\ncc\njesus\nreaders\nclubs\nlcd\nwa\njackson\nequal\nadventure\nmatching\noffering\nshirts\nprofit\nleaders\nposters\ninstitutions\nassistant\nvariable\nave\ndj\nadvertisement\nexpect\nparking\nheadlines\nyesterday\ncompared\ndetermined\nwholesale\nworkshop\nrussia\ngone\ncodes\nkinds\nextension\nseattle\nstatements\ngolden\ncompletely\nteams\nfort\ncm\nwi\nlighting\nsenate\nforces\nfunny\nbrother\ngene\nturned\nportable\ntried\nelectrical\napplicable\ndisc\nreturned\npattern\nct\nhentai\nboat\nnamed\ntheatre\nlaser\nearlier\nmanufacturers\nsponsor\nclassical\nicon\nwarranty\ndedicated\nindiana\ndirection\nharry\nbasketball\nobjects\nends\ndelete\nevening\nassembly\nnuclear\ntaxes\nmouse\nsignal\ncriminal\nissued\nbrain\nsexual\nwisconsin\npowerful\ndream\nobtained\nfalse\nda\ncast\nflower\nfelt\npersonnel\npassed\nsupplied\nidentified\nfalls\npic\nsoul\naids\nopinions\npromote\nstated\nstats\nhawaii\nprofessionals\nappears\ncarry\nflag\ndecided\nnj\ncovers\nhr\nem\nadvantage\nhello\ndesigns\nmaintain\ntourism\npriority\nnewsletters\nadults\nclips\nsavings\niv\ngraphic\natom\npayments\nrw\nestimated\nbinding\nbrief\nended\nwinning\neight\nanonymous\niron\nstraight\nscript\nserved\nwants\nmiscellaneous\nprepared\nvoid\ndining\nalert\nintegration\natlanta\ndakota\ntag\ninterview\nmix\nframework\ndisk\ninstalled\nqueen\nvhs\ncredits\nclearly\nfix\nhandle\nsweet\ndesk\ncriteria\npubmed\ndave\nmassachusetts\ndiego\nhong\nvice\nassociate\nne\ntruck\nbehavior\nenlarge\nray\nfrequently\nrevenue\nmeasure\nchanging\nvotes\ndu\nduty\nlooked\ndiscussions\nbear\ngain\nfestival\nlaboratory\nocean\nflights\nexperts\nsigns\nlack\ndepth\niowa\nwhatever\nlogged\nlaptop\nvintage\ntrain\nexactly\ndry\nexplore\nmaryland\nspa\nconcept\nnearly\neligible\ncheckout\nreality\nforgot\nhandling\norigin\nknew\ngaming\nfeeds\nbillion\ndestination\nscotland\nfaster\nintelligence\ndallas\nbought\ncon\nups\nnations\nroute\nfollowed\nspecifications\nbroken\ntripadvisor\nfrank\nalaska\nzoom\nblow\nbattle\nresidential\nanime\nspeak\ndecisions\nindustries\nprotocol\nquery\nclip\npartnership\neditorial\nnt\nexpression\nes\nequity\nprovisions\nspeech\nwire\nprinciples\nsuggestions\nrural\nshared\nsounds\nreplacement\ntape\nstrategic\njudge\nspam\neconomics\nacid\nbytes\ncent\nforced\ncompatible\nfight\napartment\nheight\nnull\nzero\nspeaker\nfiled\ngb\nnetherlands\nobtain\nbc\nconsulting\nrecreation\noffices\ndesigner\nremain\nmanaged\npr\nfailed\nmarriage\nroll\nkorea\nbanks\nfr\nparticipants\nsecret\nbath\naa\nkelly\nleads\nnegative\naustin\nfavorites\ntoronto\ntheater\nsprings\nmissouri\nandrew\nvar\nperform\nhealthy\ntranslation\nestimates\nfont\nassets\ninjury\nmt\njoseph\nministry\ndrivers\nlawyer\nfigures\nmarried\nprotected\nproposal\nsharing\nphiladelphia\nportal\nwaiting\nbirthday\nbeta\nfail\ngratis\nbanking\nofficials\nbrian\ntoward\nwon\nslightly\nassist\nconduct\ncontained\nlingerie\nshemale\nlegislation\ncalling\nparameters\njazz\nserving\nbags\nprofiles\nmiami\ncomics\nmatters\nhouses\ndoc\npostal\nrelationships\ntennessee\nwear\ncontrols\nbreaking\ncombined\nultimate\nwales\nrepresentative\nfrequency\nintroduced\nminor\nfinish\ndepartments\nresidents\nnoted\ndisplayed\nmom\nreduced\nphysics\nrare\nspent\nperformed\nextreme\nsamples\ndavis\ndaniel\nbars\nreviewed\nrow\noz\nforecast\nremoved\nhelps\nsingles\nadministrator\ncycle\namounts\ncontain\naccuracy\ndual\nrise\nusd\nsleep\nmg\nbird\npharmacy\nbrazil\ncreation\nstatic\nscene\nhunter\naddresses\nlady\ncrystal\nfamous\nwriter\nchairman\nviolence\nfans\noklahoma\nspeakers\ndrink\nacademy\ndynamic\ngender\neat\npermanent\nagriculture\ndell\ncleaning\nconstitutes\nportfolio\npractical\ndelivered\ncollectibles\ninfrastructure\nexclusive\nseat\nconcerns\ncolour\nvendor\noriginally\nintel\nutilities\nphilosophy\nregulation\nofficers\nreduction\naim\nbids\nreferred\nsupports\nnutrition\nrecording\nregions\njunior\ntoll\nles\ncape\nann\nrings\nmeaning\ntip\nsecondary\nwonderful\nmine\nladies\nhenry\nticket\nannounced\nguess\nagreed\nprevention\nwhom\nski\nsoccer\nmath\nimport\nposting\npresence\ninstant\nmentioned\nautomatic\nhealthcare\nviewing\nmaintained\nch\nincreasing\nmajority\nconnected\nchrist\ndan\ndogs\nsd\ndirectors\naspects\naustria\nahead\nmoon\nparticipation\nscheme\nutility\npreview\nfly\nmanner\nmatrix\ncontaining\ncombination\ndevel\namendment\ndespite\nstrength\nguaranteed\nturkey\nlibraries\nproper\ndistributed\ndegrees\nsingapore\nenterprises\ndelta\nfear\nseeking\ninches\nphoenix\nrs\nconvention\nshares\nprincipal\ndaughter\nstanding\nvoyeur\ncomfort\ncolors\nwars\ncisco\nordering\nkept\nalpha\nappeal\ncruise\nbonus\ncertification\npreviously\nhey\nbookmark\nbuildings\nspecials\nbeat\ndisney\nhousehold\nbatteries\nadobe\nsmoking\nbbc\nbecomes\ndrives\narms\nalabama\ntea\nimproved\ntrees\navg\nachieve\npositions\ndress\nsubscription\ndealer\ncontemporary\nsky\nutah\nnearby\nrom\ncarried\nhappen\nexposure\npanasonic\nhide\npermalink\nsignature\ngambling\nrefer\nmiller\nprovision\noutdoors\nclothes\ncaused\nluxury\nbabes\nframes\nviagra\ncertainly\nindeed\nnewspaper\ntoy\ncircuit\nlayer\nprinted\nslow\nremoval\neasier\nsrc\nliability\ntrademark\nhip\nprinters\nfaqs\nnine\nadding\nkentucky\nmostly\neric\nspot\ntaylor\ntrackback\nprints\nspend\nfactory\ninterior\nrevised\ngrow\namericans\noptical\npromotion\nrelative\namazing\nclock\ndot\nhiv\nidentity\nsuites\nconversion\nfeeling\nhidden\nreasonable\nvictoria\nserial\nrelief\nrevision\nbroadband\ninfluence\nratio\npda\nimportance\nrain\nonto\ndsl\nplanet\nwebmaster\ncopies\nrecipe\nzum\npermit\nseeing\nproof\ndna\ndiff\ntennis\nbass\nprescription\nbedroom\nempty\ninstance\nhole\npets\nride\nlicensed\norlando\nspecifically\ntim\nbureau\nmaine\nsql\nrepresent\nconservation\npair\nideal\nspecs\nrecorded\ndon\npieces\nfinished\nparks\ndinner\nlawyers\nsydney\nstress\ncream\nss\nruns\ntrends\nyeah\ndiscover\nsexo\nap\npatterns\nboxes\nlouisiana\nhills\njavascript\nfourth\nnm\nadvisor\nmn\nmarketplace\nnd\nevil\naware\nwilson\nshape\nevolution\nirish\ncertificates\nobjectives\nstations\nsuggested\ngps\nop\nremains\nacc\ngreatest\nfirms\nconcerned\neuro\noperator\nstructures\ngeneric\nencyclopedia\nusage\ncap\nink\ncharts\ncontinuing\nmixed\ncensus\ninterracial\npeak\ntn\ncompetitive\nexist\nwheel\ntransit\ndick\nsuppliers\nsalt\ncompact\npoetry\nlights\ntracking\nangel\nbell\nkeeping\npreparation\nattempt\nreceiving\nmatches\naccordance\nwidth\nnoise\nengines\nforget\narray\ndiscussed\naccurate\nstephen\nelizabeth\nclimate\nreservations\npin\nplaystation\nalcohol\ngreek\ninstruction\nmanaging\nannotation\nsister\nraw\ndifferences\nwalking\nexplain\nsmaller\nnewest\nestablish\ngnu\nhappened\nexpressed\njeff\nextent\nsharp\nlesbians\nben\nlane\nparagraph\nkill\nmathematics\naol\ncompensation\nce\nexport\nmanagers\naircraft\nmodules\nsweden\nconflict\nconducted\nversions\nemployer\noccur\npercentage\nknows\nmississippi\ndescribe\nconcern\nbackup\nrequested\ncitizens\nconnecticut\nheritage\npersonals\nimmediate\nholding\ntrouble\nspread\ncoach\nkevin\nagricultural\nexpand\nsupporting\naudience\nassigned\njordan\ncollections\nages\nparticipate\nplug\nspecialist\ncook\naffect\nvirgin\nexperienced\ninvestigation\nraised\nhat\ninstitution\ndirected\ndealers\nsearching\nsporting\nhelping\nperl\naffected\nlib\nbike\ntotally\nplate\nexpenses\nindicate\nblonde\nab\nproceedings\nfavourite\ntransmission\nanderson\nutc\ncharacteristics\nder\nlose\norganic\nseek\nexperiences\nalbums\ncheats\nextremely\nverzeichnis\ncontracts\nguests\nhosted\ndiseases\nconcerning\ndevelopers\nequivalent\nchemistry\ntony\nneighborhood\nnevada\nkits\nthailand\nvariables\nagenda\nanyway\ncontinues\ntracks\nadvisory\ncam\ncurriculum\nlogic\ntemplate\nprince\ncircle\nsoil\ngrants\nanywhere\npsychology\nresponses\natlantic\nwet\ncircumstances\nedward\ninvestor\nidentification\nram\nleaving\nwildlife\nappliances\nmatt\nelementary\ncooking\nspeaking\nsponsors\nfox\nunlimited\nrespond\nsizes\nplain\nexit\nentered\niran\narm\nkeys\nlaunch\nwave\nchecking\ncosta\nbelgium\nprintable\nholy\nacts\nguidance\nmesh\ntrail\nenforcement\nsymbol\ncrafts\nhighway\nbuddy\nhardcover\nobserved\ndean\nsetup\npoll\nbooking\nglossary\nfiscal\ncelebrity\nstyles\ndenver\nunix\nfilled\nbond\nchannels\nericsson\nappendix\nnotify\nblues\nchocolate\npub\nportion\nscope\nhampshire\nsupplier\ncables\ncotton\nbluetooth\ncontrolled\nrequirement\nauthorities\nbiology\ndental\nkilled\nborder\nancient\ndebate\nrepresentatives\nstarts\npregnancy\ncauses\narkansas\nbiography\nleisure\nattractions\nlearned\ntransactions\nnotebook\nexplorer\nhistoric\nattached\nopened\ntm\nhusband\ndisabled\nauthorized\ncrazy\nupcoming\nbritain\nconcert\nretirement\nscores\nfinancing\nefficiency\nsp\ncomedy\nadopted\nefficient\nweblog\nlinear\ncommitment\nspecialty\nbears\njean\nhop\ncarrier\nedited\nconstant\nvisa\nmouth\njewish\nmeter\nlinked\nportland\ninterviews\nconcepts\nnh\ngun\nreflect\npure\ndeliver\nwonder\nhell\nlessons\nfruit\nbegins\nqualified\nreform\nlens\nalerts\ntreated\ndiscovery\ndraw\nmysql\nclassified\nrelating\nassume\nconfidence\nalliance\nfm\nconfirm\nwarm\nneither\nlewis\nhoward\noffline\nleaves\nengineer\nlifestyle\nconsistent\nreplace\nclearance\nconnections\ninventory\nconverter\nsuck\norganisation\nbabe\nchecks\nreached\nbecoming\nblowjob\nsafari\nobjective\nindicated\nsugar\ncrew\nlegs\nsam\nstick\nsecurities\nallen\npdt\nrelation\nenabled\ngenre\nslide\nmontana\nvolunteer\ntested\nrear\ndemocratic\nenhance\nswitzerland\nexact\nbound\nparameter\nadapter\nprocessor\nnode\nformal\ndimensions\ncontribute\nlock\nhockey\nstorm\nmicro\ncolleges\nlaptops\nmile\nshowed\nchallenges\neditors\nmens\nthreads\nbowl\nsupreme\nbrothers\nrecognition\npresents\nref\ntank\nsubmission\ndolls\nestimate\nencourage\nnavy\nkid\nregulatory\ninspection\nconsumers\ncancel\nlimits\nterritory\ntransaction\nmanchester\nweapons\npaint\ndelay\npilot\noutlet\ncontributions\ncontinuous\ndb\nczech\nresulting\ncambridge\ninitiative\nnovel\npan\nexecution\ndisability\nincreases\nultra\nwinner\nidaho\ncontractor\nph\nepisode\nexamination\npotter\ndish\nplays\nbulletin\nia\npt\nindicates\nmodify\noxford\nadam\ntruly\nepinions\npainting\ncommitted\nextensive\naffordable\nuniverse\ncandidate\ndatabases\npatent\nslot\npsp\noutstanding\nha\neating\nperspective\nplanned\nwatching\nlodge\nmessenger\nmirror\ntournament\nconsideration\nds\ndiscounts\nsterling\nsessions\nkernel\nboobs\nstocks\nbuyers\njournals\ngray\ncatalogue\nea\njennifer\nantonio\ncharged\nbroad\ntaiwan\nund\nchosen\ndemo\ngreece\nlg\nswiss\nsarah\nclark\nlabour\nhate\nterminal\npublishers\nnights\nbehalf\ncaribbean\nliquid\nrice\nnebraska\nloop\nsalary\nreservation\nfoods\ngourmet\nguard\nproperly\norleans\nsaving\nnfl\nremaining\nempire\nresume\ntwenty\nnewly\nraise\nprepare\navatar\ngary\ndepending\nillegal\nexpansion\nvary\nhundreds\nrome\narab\nlincoln\nhelped\npremier\ntomorrow\npurchased\nmilk\ndecide\nconsent\ndrama\nvisiting\nperforming\ndowntown\nkeyboard\ncontest\ncollected\nnw\nbands\nboot\nsuitable\nff\nabsolutely\nmillions\nlunch\ndildo\naudit\npush\nchamber\nguinea\nfindings\nmuscle\nfeaturing\niso\nimplement\nclicking\nscheduled\npolls\ntypical\ntower\nyours\nsum\nmisc\ncalculator\nsignificantly\nchicken\ntemporary\nattend\nshower\nalan\nsending\njason\ntonight\ndear\nsufficient\nholdem\nshell\nprovince\ncatholic\noak\nvat\nawareness\nvancouver\ngovernor\nbeer\nseemed\ncontribution\nmeasurement\nswimming\nspyware\nformula\nconstitution\npackaging\nsolar\njose\ncatch\njane\npakistan\nps\nreliable\nconsultation\nnorthwest\nsir\ndoubt\nearn\nfinder\nunable\nperiods\nclassroom\ntasks\ndemocracy\nattacks\nkim\nwallpaper\nmerchandise\nconst\nresistance\ndoors\nsymptoms\nresorts\nbiggest\nmemorial\nvisitor\ntwin\nforth\ninsert\nbaltimore\ngateway\nky\ndont\nalumni\ndrawing\ncandidates\ncharlotte\nordered\nbiological\nfighting\ntransition\nhappens\npreferences\nspy\nromance\ninstrument\nbruce\nsplit\nthemes\npowers\nheaven\nbr\nbits\npregnant\ntwice\nclassification\nfocused\negypt\nphysician\nhollywood\nbargain\nwikipedia\ncellular\nnorway\nvermont\nasking\nblocks\nnormally\nlo\nspiritual\nhunting\ndiabetes\nsuit\nml\nshift\nchip\nres\nsit\nbodies\nphotographs\ncutting\nwow\nsimon\nwriters\nmarks\nflexible\nloved\nfavourites\nmapping\nnumerous\nrelatively\nbirds\nsatisfaction\nrepresents\nchar\nindexed\npittsburgh\nsuperior\npreferred\nsaved\npaying\ncartoon\nshots\nintellectual\nmoore\ngranted\nchoices\ncarbon\nspending\ncomfortable\nmagnetic\ninteraction\nlistening\neffectively\nregistry\ncrisis\noutlook\nmassive\ndenmark\nemployed\nbright\ntreat\nheader\ncs\npoverty\nformed\npiano\necho\nque\ngrid\nsheets\npatrick\nexperimental\npuerto\nrevolution\nconsolidation\ndisplays\nplasma\nallowing\nearnings\nvoip\nmystery\nlandscape\ndependent\nmechanical\njourney\ndelaware\nbidding\nconsultants\nrisks\nbanner\napplicant\ncharter\nfig\nbarbara\ncooperation\ncounties\nacquisition\nports\nimplemented\nsf\ndirectories\nrecognized\ndreams\nblogger\nnotification\nkg\nlicensing\nstands\nteach\noccurred\ntextbooks\nrapid\npull\nhairy\ndiversity\ncleveland\nut\nreverse\ndeposit\nseminar\ninvestments\nlatina\nnasa\nwheels\nsexcam\nspecify\naccessibility\ndutch\nsensitive\ntemplates\nformats\ntab\ndepends\nboots\nholds\nrouter\nconcrete\nsi\nediting\npoland\nfolder\nwomens\ncss\ncompletion\nupload\npulse\nuniversities\ntechnique\ncontractors\nmilfhunter\nvoting\ncourts\nnotices\nsubscriptions\ncalculate\nmc\ndetroit\nalexander\nbroadcast\nconverted\nmetro\ntoshiba\nanniversary\nimprovements\nstrip\nspecification\npearl\naccident\nnick\naccessible\naccessory\nresident\nplot\nqty\npossibly\nairline\ntypically\nrepresentation\nregard\npump\nexists\narrangements\nsmooth\nconferences\nuniprotkb\nbeastiality\nstrike\nconsumption\nbirmingham\nflashing\nlp\nnarrow\nafternoon\nthreat\nsurveys\nsitting\nputting\nconsultant\ncontroller\nownership\ncommittees\npenis\nlegislative\nresearchers\nvietnam\ntrailer\nanne\ncastle\ngardens\nmissed\nmalaysia\nunsubscribe\nantique\nlabels\nwilling\nbio\nmolecular\nupskirt\nacting\nheads\nstored\nexam\nlogos\nresidence\nattorneys\nmilfs\nantiques\ndensity\nhundred\nryan\noperators\nstrange\nsustainable\nphilippines\nstatistical\nbeds\nbreasts\nmention\ninnovation\npcs\nemployers\ngrey\nparallel\nhonda\namended\noperate\nbills\nbold\nbathroom\nstable\nopera\ndefinitions\nvon\ndoctors\nlesson\ncinema\nasset\nag\nscan\nelections\ndrinking\nblowjobs\nreaction\nblank\nenhanced\nentitled\nsevere\ngenerate\nstainless\nnewspapers\nhospitals\nvi\ndeluxe\nhumor\naged\nmonitors\nexception\nlived\nduration\nbulk\nsuccessfully\nindonesia\npursuant\nsci\nfabric\nedt\nvisits\nprimarily\ntight\ndomains\ncapabilities\npmid\ncontrast\nrecommendation\nflying\nrecruitment\nsin\nberlin\ncute\norganized\nba\npara\nsiemens\nadoption\nimproving\ncr\nexpensive\nmeant\ncapture\npounds\nbuffalo\norganisations\nplane\npg\nexplained\nseed\nprogrammes\ndesire\nexpertise\nmechanism\ncamping\nee\njewellery\nmeets\nwelfare\npeer\ncaught\neventually\nmarked\ndriven\nmeasured\nmedline\nbottle\nagreements\nconsidering\ninnovative\nmarshall\nmassage\nrubber\nconclusion\nclosing\ntampa\nthousand\nmeat\nlegend\ngrace\nsusan\ning\nks\nadams\npython\nmonster\nalex\nbang\nvilla\nbone\ncolumns\ndisorders\nbugs\ncollaboration\nhamilton\ndetection\nftp\ncookies\ninner\nformation\ntutorial\nmed\nengineers\nentity\ncruises\ngate\nholder\nproposals\nmoderator\nsw\ntutorials\nsettlement\nportugal\nlawrence\nroman\nduties\nvaluable\nerotic\ntone\ncollectables\nethics\nforever\ndragon\nbusy\ncaptain\nfantastic\nimagine\nbrings\nheating\nleg\nneck\nhd\nwing\ngovernments\npurchasing\nscripts\nabc\nstereo\nappointed\ntaste\ndealing\ncommit\ntiny\noperational\nrail\nairlines\nliberal\nlivecam\njay\ntrips\ngap\nsides\ntube\nturns\ncorresponding\ndescriptions\ncache\nbelt\njacket\ndetermination\nanimation\noracle\ner\nmatthew\nlease\nproductions\naviation\nhobbies\nproud\nexcess\ndisaster\nconsole\ncommands\njr\ntelecommunications\ninstructor\ngiant\nachieved\ninjuries\nshipped\nbestiality\nseats\napproaches\nbiz\nalarm\nvoltage\nanthony\nnintendo\nusual\nloading\nstamps\nappeared\nfranklin\nangle\nrob\nvinyl\nhighlights\nmining\ndesigners\nmelbourne\nongoing\nworst\nimaging\nbetting\nscientists\nliberty\nwyoming\nblackjack\nargentina\nera\nconvert\npossibility\nanalyst\ncommissioner\ndangerous\ngarage\nexciting\nreliability\nthongs\ngcc\nunfortunately\nrespectively\nvolunteers\nattachment\nringtone\nfinland\nmorgan\nderived\npleasure\nhonor\nasp\noriented\neagle\ndesktops\npants\ncolumbus\nnurse\nprayer\nappointment\nworkshops\nhurricane\nquiet\nluck\npostage\nproducer\nrepresented\nmortgages\ndial\nresponsibilities\ncheese\ncomic\ncarefully\njet\nproductivity\ninvestors\ncrown\npar\nunderground\ndiagnosis\nmaker\ncrack\nprinciple\npicks\nvacations\ngang\nsemester\ncalculated\ncumshot\nfetish\napplies\ncasinos\nappearance\nsmoke\napache\nfilters\nincorporated\nnv\ncraft\ncake\nnotebooks\napart\nfellow\nblind\nlounge\nmad\nalgorithm\nsemi\ncoins\nandy\ngross\nstrongly\ncafe\nvalentine\nhilton\nken\nproteins\nhorror\nsu\nexp\nfamiliar\ncapable\ndouglas\ndebian\ntill\ninvolving\npen\ninvesting\nchristopher\nadmission\nepson\nshoe\nelected\ncarrying\nvictory\nsand\nmadison\nterrorism\njoy\neditions\ncpu\nmainly\nethnic\nran\nparliament\nactor\nfinds\nseal\nsituations\nfifth\nallocated\ncitizen\nvertical\ncorrections\nstructural\nmunicipal\ndescribes\nprize\nsr\noccurs\njon\nabsolute\ndisabilities\nconsists\nanytime\nsubstance\nprohibited\naddressed\nlies\npipe\nsoldiers\nnr\nguardian\nlecture\nsimulation\nlayout\ninitiatives\nill\nconcentration\nclassics\nlbs\nlay\ninterpretation\nhorses\nlol\ndirty\ndeck\nwayne\ndonate\ntaught\nbankruptcy\nmp\nworker\noptimization\nalive\ntemple\nsubstances\nprove\ndiscovered\nwings\nbreaks\ngenetic\nrestrictions\nparticipating\nwaters\npromise\nthin\nexhibition\nprefer\nridge\ncabinet\nmodem\nharris\nmph\nbringing\nsick\ndose\nevaluate\ntiffany\ntropical\ncollect\nbet\ncomposition\ntoyota\nstreets\nnationwide\nvector\ndefinitely\nshaved\nturning\nbuffer\npurple\nexistence\ncommentary\nlarry\nlimousines\ndevelopments\ndef\nimmigration\ndestinations\nlets\nmutual\npipeline\nnecessarily\nsyntax\nli\nattribute\nprison\nskill\nchairs\nnl\neveryday\napparently\nsurrounding\nmountains\nmoves\npopularity\ninquiry\nethernet\nchecked\nexhibit\nthrow\ntrend\nsierra\nvisible\ncats\ndesert\npostposted\nya\noldest\nrhode\nnba\nbusty\ncoordinator\nobviously\nmercury\nsteven\nhandbook\ngreg\nnavigate\nworse\nsummit\nvictims\nepa\nspaces\nfundamental\nburning\nescape\ncoupons\nsomewhat\nreceiver\nsubstantial\ntr\nprogressive\ncialis\nbb\nboats\nglance\nscottish\nchampionship\narcade\nrichmond\nsacramento\nimpossible\nron\nrussell\ntells\nobvious\nfiber\ndepression\ngraph\ncovering\nplatinum\njudgment\nbedrooms\ntalks\nfiling\nfoster\nmodeling\npassing\nawarded\ntestimonials\ntrials\ntissue\nnz\nmemorabilia\nclinton\nmasters\nbonds\ncartridge\nalberta\nexplanation\nfolk\norg\ncommons\ncincinnati\nsubsection\nfraud\nelectricity\npermitted\nspectrum\narrival\nokay\npottery\nemphasis\nroger\naspect\nworkplace\nawesome\nmexican\nconfirmed\ncounts\npriced\nwallpapers\nhist\ncrash\nlift\ndesired\ninter\ncloser\nassumes\nheights\nshadow\nriding\ninfection\nfirefox\nlisa\nexpense\ngrove\neligibility\nventure\nclinic\nkorean\nhealing\nprincess\nmall\nentering\npacket\nspray\nstudios\ninvolvement\ndad\nbuttons\nplacement\nobservations\nvbulletin\nfunded\nthompson\nwinners\nextend\nroads\nsubsequent\npat\ndublin\nrolling\nfell\nmotorcycle\nyard\ndisclosure\nestablishment\nmemories\nnelson\nte\narrived\ncreates\nfaces\ntourist\ncocks\nav\nmayor\nmurder\nsean\nadequate\nsenator\nyield\npresentations\ngrades\ncartoons\npour\ndigest\nreg\nlodging\ntion\ndust\nhence\nwiki\nentirely\nreplaced\nradar\nrescue\nundergraduate\nlosses\ncombat\nreducing\nstopped\noccupation\nlakes\nbutt\ndonations\nassociations\ncitysearch\nclosely\nradiation\ndiary\nseriously\nkings\nshooting\nkent\nadds\nnsw\near\nflags\npci\nbaker\nlaunched\nelsewhere\npollution\nconservative\nguestbook\nshock\neffectiveness\nwalls\nabroad\nebony\ntie\nward\ndrawn\narthur\nian\nvisited\nroof\nwalker\ndemonstrate\natmosphere\nsuggests\nkiss\nbeast\nra\noperated\nexperiment\ntargets\noverseas\npurchases\ndodge\ncounsel\nfederation\npizza\ninvited\nyards\nassignment\nchemicals\ngordon\nmod\nfarmers\nrc\nqueries\nbmw\nrush\nukraine\nabsence\nnearest\ncluster\nvendors\nmpeg\nwhereas\nyoga\nserves\nwoods\nsurprise\nlamp\nrico\npartial\nshoppers\nphil\neverybody\ncouples\nnashville\nranking\njokes\ncst\nhttp\nceo\nsimpson\ntwiki\nsublime\ncounseling\npalace\nacceptable\nsatisfied\nglad\nwins\nmeasurements\nverify\nglobe\ntrusted\ncopper\nmilwaukee\nrack\nmedication\nwarehouse\nshareware\nec\nrep\ndicke\nkerry\nreceipt\nsupposed\nordinary\nnobody\nghost\nviolation\nconfigure\nstability\nmit\napplying\nsouthwest\nboss\npride\ninstitutional\nexpectations\nindependence\nknowing\nreporter\nmetabolism\nkeith\nchampion\ncloudy\nlinda\nross\npersonally\nchile\nanna\nplenty\nsolo\nsentence\nthroat\nignore\nmaria\nuniform\nexcellence\nwealth\ntall\nrm\nsomewhere\nvacuum\ndancing\nattributes\nrecognize\nbrass\nwrites\nplaza\npdas\noutcomes\nsurvival\nquest\npublish\nsri\nscreening\ntoe\nthumbnail\ntrans\njonathan\nwhenever\nnova\nlifetime\napi\npioneer\nbooty\nforgotten\nacrobat\nplates\nacres\nvenue\nathletic\nthermal\nessays\nbehaviour\nvital\ntelling\nfairly\ncoastal\nconfig\ncf\ncharity\nintelligent\nedinburgh\nvt\nexcel\nmodes\nobligation\ncampbell\nwake\nstupid\nharbor\nhungary\ntraveler\nurw\nsegment\nrealize\nregardless\nlan\nenemy\npuzzle\nrising\naluminum\nwells\nwishlist\nopens\ninsight\nsms\nshit\nrestricted\nrepublican\nsecrets\nlucky\nlatter\nmerchants\nthick\ntrailers\nrepeat\nsyndrome\nphilips\nattendance\npenalty\ndrum\nglasses\nenables\nnec\niraqi\nbuilder\nvista\njessica\nchips\nterry\nflood\nfoto\nease\narguments\namsterdam\norgy\narena\nadventures\npupils\nstewart\nannouncement\ntabs\noutcome\nxx\nappreciate\nexpanded\ncasual\ngrown\npolish\nlovely\nextras\ngm\ncentres\njerry\nclause\nsmile\nlands\nri\ntroops\nindoor\nbulgaria\narmed\nbroker\ncharger\nregularly\nbelieved\npine\ncooling\ntend\ngulf\nrt\nrick\ntrucks\ncp\nmechanisms\ndivorce\nlaura\nshopper\ntokyo\npartly\nnikon\ncustomize\ntradition\ncandy\npills\ntiger\ndonald\nfolks\nsensor\nexposed\ntelecom\nhunt\nangels\ndeputy\nindicators\nsealed\nthai\nemissions\nphysicians\nloaded\nfred\ncomplaint\nscenes\nexperiments\nballs\nafghanistan\ndd\nboost\nspanking\nscholarship\ngovernance\nmill\nfounded\nsupplements\nchronic\nicons\ntranny\nmoral\nden\ncatering\naud\nfinger\nkeeps\npound\nlocate\ncamcorder\npl\ntrained\nburn\nimplementing\nroses\nlabs\nourselves\nbread\ntobacco\nwooden\nmotors\ntough\nroberts\nincident\ngonna\ndynamics\nlie\ncrm\nrf\nconversation\ndecrease\ncumshots\nchest\npension\nbilly\nrevenues\nemerging\nworship\nbukkake\ncapability\nak\nfe\ncraig\nherself\nproducing\nchurches\nprecision\ndamages\nreserves\ncontributed\nsolve\nshorts\nreproduction\nminority\ntd\ndiverse\namp\ningredients\nsb\nah\njohnny\nsole\nfranchise\nrecorder\ncomplaints\nfacing\nsm\nnancy\npromotions\ntones\npassion\nrehabilitation\nmaintaining\nsight\nlaid\nclay\ndefence\npatches\nweak\nrefund\nusc\ntowns\nenvironments\ntrembl\ndivided\nblvd\nreception\namd\nwise\nemails\ncyprus\nwv\nodds\ncorrectly\ninsider\nseminars\nconsequences\nmakers\nhearts\ngeography\nappearing\nintegrity\nworry\nns\ndiscrimination\neve\ncarter\nlegacy\nmarc\npleased\ndanger\nvitamin\nwidely\nprocessed\nphrase\ngenuine\nraising\nimplications\nfunctionality\nparadise\nhybrid\nreads\nroles\nintermediate\nemotional\nsons\nleaf\npad\nglory\nplatforms\nja\nbigger\nbilling\ndiesel\nversus\ncombine\novernight\ngeographic\nexceed\nbs\nrod\nsaudi\nfault\ncuba\nhrs\npreliminary\ndistricts\nintroduce\nsilk\npromotional\nkate\nchevrolet\nbabies\nbi\nkaren\ncompiled\nromantic\nrevealed\nspecialists\ngenerator\nalbert\nexamine\njimmy\ngraham\nsuspension\nbristol\nmargaret\ncompaq\nsad\ncorrection\nwolf\nslowly\nauthentication\ncommunicate\nrugby\nsupplement\nshowtimes\ncal\nportions\ninfant\npromoting\nsectors\nsamuel\nfluid\ngrounds\nfits\nkick\nregards\nmeal\nta\nhurt\nmachinery\nbandwidth\nunlike\nequation\nbaskets\nprobability\npot\ndimension\nwright\nimg\nbarry\nproven\nschedules\nadmissions\ncached\nwarren\nslip\nstudied\nreviewer\ninvolves\nquarterly\nrpm\nprofits\ndevil\ngrass\ncomply\nmarie\nflorist\nillustrated\ncherry\ncontinental\nalternate\ndeutsch\nachievement\nlimitations\nkenya\nwebcam\ncuts\nfuneral\nnutten\nearrings\nenjoyed\nautomated\nchapters\npee\ncharlie\nquebec\nnipples\npassenger\nconvenient\ndennis\nmars\nfrancis\ntvs\nsized\nmanga\nnoticed\nsocket\nsilent\nliterary\negg\nmhz\nsignals\ncaps\norientation\npill\ntheft\nchildhood\nswing\nsymbols\nlat\nmeta\nhumans\nanalog\nfacial\nchoosing\ntalent\ndated\nflexibility\nseeker\nwisdom\nshoot\nboundary\nmint\npackard\noffset\npayday\nphilip\nelite\ngi\nspin\nholders\nbelieves\nswedish\npoems\ndeadline\njurisdiction\nrobot\ndisplaying\nwitness\ncollins\nequipped\nstages\nencouraged\nsur\nwinds\npowder\nbroadway\nacquired\nassess\nwash\ncartridges\nstones\nentrance\ngnome\nroots\ndeclaration\nlosing\nattempts\ngadgets\nnoble\nglasgow\nautomation\nimpacts\nrev\ngospel\nadvantages\nshore\nloves\ninduced\nll\nknight\npreparing\nloose\naims\nrecipient\nlinking\nextensions\nappeals\ncl\nearned\nillness\nislamic\nathletics\nsoutheast\nieee\nho\nalternatives\npending\nparker\ndetermining\nlebanon\ncorp\npersonalized\nkennedy\ngt\nsh\nconditioning\nteenage\nsoap\nae\ntriple\ncooper\nnyc\nvincent\njam\nsecured\nunusual\nanswered\npartnerships\ndestruction\nslots\nincreasingly\nmigration\ndisorder\nroutine\ntoolbar\nbasically\nrocks\nconventional\ntitans\napplicants\nwearing\naxis\nsought\ngenes\nmounted\nhabitat\nfirewall\nmedian\nguns\nscanner\nherein\noccupational\nanimated\nhorny\njudicial\nrio\nhs\nadjustment\nhero\ninteger\ntreatments\nbachelor\nattitude\ncamcorders\nengaged\nfalling\nbasics\nmontreal\ncarpet\nrv\nstruct\nlenses\nbinary\ngenetics\nattended\ndifficulty\npunk\ncollective\ncoalition\npi\ndropped\nenrollment\nduke\nwalter\nai\npace\nbesides\nwage\nproducers\not\ncollector\narc\nhosts\ninterfaces\nadvertisers\nmoments\natlas\nstrings\ndawn\nrepresenting\nobservation\nfeels\ntorture\ncarl\ndeleted\ncoat\nmitchell\nmrs\nrica\nrestoration\nconvenience\nreturning\nralph\nopposition\ncontainer\nyr\ndefendant\nwarner\nconfirmation\napp\nembedded\ninkjet\nsupervisor\nwizard\ncorps\nactors\nliver\nperipherals\nliable\nbrochure\nmorris\nbestsellers\npetition\neminem\nrecall\nantenna\npicked\nassumed\ndeparture\nminneapolis\nbelief\nkilling\nbikini\nmemphis\nshoulder\ndecor\nlookup\ntexts\nharvard\nbrokers\nroy\nion\ndiameter\nottawa\ndoll\nic\npodcast\ntit\nseasons\nperu\ninteractions\nrefine\nbidder\nsinger\nevans\nherald\nliteracy\nfails\naging\nnike\nintervention\npissing\nfed\nplugin\nattraction\ndiving\ninvite\nmodification\nalice\nlatinas\nsuppose\ncustomized\nreed\ninvolve\nmoderate\nterror\nyounger\nthirty\nmice\nopposite\nunderstood\nrapidly\ndealtime\nban\ntemp\nintro\nmercedes\nzus\nassurance\nfisting\nclerk\nhappening\nvast\nmills\noutline\namendments\ntramadol\nholland\nreceives\njeans\nmetropolitan\ncompilation\nverification\nfonts\nent\nodd\nwrap\nrefers\nmood\nfavor\nveterans\nquiz\nmx\nsigma\ngr\nattractive\nxhtml\noccasion\nrecordings\njefferson\nvictim\ndemands\nsleeping\ncareful\next\nbeam\ngardening\nobligations\narrive\norchestra\nsunset\ntracked\nmoreover\nminimal\npolyphonic\nlottery\ntops\nframed\naside\noutsourcing\nlicence\nadjustable\nallocation\nmichelle\nessay\ndiscipline\namy\nts\ndemonstrated\ndialogue\nidentifying\nalphabetical\ncamps\ndeclared\ndispatched\naaron\nhandheld\ntrace\ndisposal\nshut\nflorists\npacks\nge\ninstalling\nswitches\nromania\nvoluntary\nncaa\nthou\nconsult\nphd\ngreatly\nblogging\nmask\ncycling\nmidnight\nng\ncommonly\npe\nphotographer\ninform\nturkish\ncoal\ncry\nmessaging\npentium\nquantum\nmurray\nintent\ntt\nzoo\nlargely\npleasant\nannounce\nconstructed\nadditions\nrequiring\nspoke\naka\narrow\nengagement\nsampling\nrough\nweird\ntee\nrefinance\nlion\ninspired\nholes\nweddings\nblade\nsuddenly\noxygen\ncookie\nmeals\ncanyon\ngoto\nmeters\nmerely\ncalendars\narrangement\nconclusions\npasses\nbibliography\npointer\ncompatibility\nstretch\ndurham\nfurthermore\npermits\ncooperative\nmuslim\nxl\nneil\nsleeve\nnetscape\ncleaner\ncricket\nbeef\nfeeding\nstroke\ntownship\nrankings\nmeasuring\ncad\nhats\nrobin\nrobinson\njacksonville\nstrap\nheadquarters\nsharon\ncrowd\ntcp\ntransfers\nsurf\nolympic\ntransformation\nremained\nattachments\ndv\ndir\nentities\ncustoms\nadministrators\npersonality\nrainbow\nhook\nroulette\ndecline\ngloves\nisraeli\nmedicare\ncord\nskiing\ncloud\nfacilitate\nsubscriber\nvalve\nval\nhewlett\nexplains\nproceed\nflickr\nfeelings\nknife\njamaica\npriorities\nshelf\nbookstore\ntiming\nliked\nparenting\nadopt\ndenied\nfotos\nincredible\nbritney\nfreeware\nfucked\ndonation\nouter\ncrop\ndeaths\nrivers\ncommonwealth\npharmaceutical\nmanhattan\ntales\nkatrina\nworkforce\nislam\nnodes\ntu\nfy\nthumbs\nseeds\ncited\nlite\nghz\nhub\ntargeted\norganizational\nskype\nrealized\ntwelve\nfounder\ndecade\ngamecube\nrr\ndispute\nportuguese\ntired\ntitten\nadverse\neverywhere\nexcerpt\neng\nsteam\ndischarge\nef\ndrinks\nace\nvoices\nacute\nhalloween\nclimbing\nstood\nsing\ntons\nperfume\ncarol\nhonest\nalbany\nhazardous\nrestore\nstack\nmethodology\nsomebody\nsue\nep\nhousewares\nreputation\nresistant\ndemocrats\nrecycling\nhang\ngbp\ncurve\ncreator\namber\nqualifications\nmuseums\ncoding\nslideshow\ntracker\nvariation\npassage\ntransferred\ntrunk\nhiking\nlb\ndamn\npierre\njelsoft\nheadset\nphotograph\noakland\ncolombia\nwaves\ncamel\ndistributor\nlamps\nunderlying\nhood\nwrestling\nsuicide\narchived\nphotoshop\njp\nchi\nbt\narabia\ngathering\nprojection\njuice\nchase\nmathematical\nlogical\nsauce\nfame\nextract\nspecialized\ndiagnostic\npanama\nindianapolis\naf\npayable\ncorporations\ncourtesy\ncriticism\nautomobile\nconfidential\nrfc\nstatutory\naccommodations\nathens\nnortheast\ndownloaded\njudges\nsl\nseo\nretired\nisp\nremarks\ndetected\ndecades\npaintings\nwalked\narising\nnissan\nbracelet\nins\neggs\njuvenile\ninjection\nyorkshire\npopulations\nprotective\nafraid\nacoustic\nrailway\ncassette\ninitially\nindicator\npointed\nhb\njpg\ncausing\nmistake\nnorton\nlocked\neliminate\ntc\nfusion\nmineral\nsunglasses\nruby\nsteering\nbeads\nfortune\npreference\ncanvas\nthreshold\nparish\nclaimed\nscreens\ncemetery\nplanner\ncroatia\nflows\nstadium\nvenezuela\nexploration\nmins\nfewer\nsequences\ncoupon\nnurses\nssl\nstem\nproxy\ngangbang\nastronomy\nlanka\nopt\nedwards\ndrew\ncontests\nflu\ntranslate\nannounces\nmlb\ncostume\ntagged\nberkeley\nvoted\nkiller\nbikes\ngates\nadjusted\nrap\ntune\nbishop\npulled\ncorn\ngp\nshaped\ncompression\nseasonal\nestablishing\nfarmer\ncounters\nputs\nconstitutional\ngrew\nperfectly\ntin\nslave\ninstantly\ncultures\nnorfolk\ncoaching\nexamined\ntrek\nencoding\nlitigation\nsubmissions\noem\nheroes\npainted\nlycos\nir\nzdnet\nbroadcasting\nhorizontal\nartwork\ncosmetic\nresulted\nportrait\nterrorist\ninformational\nethical\ncarriers\necommerce\nmobility\nfloral\nbuilders\nties\nstruggle\nschemes\nsuffering\nneutral\nfisher\nrat\nspears\nprospective\ndildos\nbedding\nultimately\njoining\nheading\nequally\nartificial\nbearing\nspectacular\ncoordination\nconnector\nbrad\ncombo\nseniors\nworlds\nguilty\naffiliated\nactivation\nnaturally\nhaven\ntablet\njury\ndos\ntail\nsubscribers\ncharm\nlawn\nviolent\nmitsubishi\nunderwear\nbasin\nsoup\npotentially\nranch\nconstraints\ncrossing\ninclusive\ndimensional\ncottage\ndrunk\nconsiderable\ncrimes\nresolved\nmozilla\nbyte\ntoner\nnose\nlatex\nbranches\nanymore\noclc\ndelhi\nholdings\nalien\nlocator\nselecting\nprocessors\npantyhose\nplc\nbroke\nnepal\nzimbabwe\ndifficulties\njuan\ncomplexity\nmsg\nconstantly\nbrowsing\nresolve\nbarcelona\npresidential\ndocumentary\ncod\nterritories\nmelissa\nmoscow\nthesis\nthru\njews\nnylon\npalestinian\ndiscs\nrocky\nbargains\nfrequent\ntrim\nnigeria\nceiling\npixels\nensuring\nhispanic\ncv\ncb\nlegislature\nhospitality\ngen\nanybody\nprocurement\ndiamonds\nespn\nfleet\nuntitled\nbunch\ntotals\nmarriott\nsinging\ntheoretical\nafford\nexercises\nstarring\nreferral\nnhl\nsurveillance\noptimal\nquit\ndistinct\nprotocols\nlung\nhighlight\nsubstitute\ninclusion\nhopefully\nbrilliant\nturner\nsucking\ncents\nreuters\nti\nfc\ngel\ntodd\nspoken\nomega\nevaluated\nstayed\ncivic\nassignments\nfw\nmanuals\ndoug\nsees\ntermination\nwatched\nsaver\nthereof\ngrill\nhouseholds\ngs\nredeem\nrogers\ngrain\naaa\nauthentic\nregime\nwanna\nwishes\nbull\nmontgomery\narchitectural\nlouisville\ndepend\ndiffer\nmacintosh\nmovements\nranging\nmonica\nrepairs\nbreath\namenities\nvirtually\ncole\nmart\ncandle\nhanging\ncolored\nauthorization\ntale\nverified\nlynn\nformerly\nprojector\nbp\nsituated\ncomparative\nstd\nseeks\nherbal\nloving\nstrictly\nrouting\ndocs\nstanley\npsychological\nsurprised\nretailer\nvitamins\nelegant\ngains\nrenewal\nvid\ngenealogy\nopposed\ndeemed\nscoring\nexpenditure\npanties\nbrooklyn\nliverpool\nsisters\ncritics\nconnectivity\nspots\noo\nalgorithms\nhacker\nmadrid\nsimilarly\nmargin\ncoin\nbbw\nsolely\nfake\nsalon\ncollaborative\nnorman\nfda\nexcluding\nturbo\nheaded\nvoters\ncure\nmadonna\ncommander\narch\nni\nmurphy\nthinks\nthats\nsuggestion\nhdtv\nsoldier\nphillips\nasin\naimed\njustin\nbomb\nharm\ninterval\nmirrors\nspotlight\ntricks\nreset\nbrush\ninvestigate\nthy\nexpansys\npanels\nrepeated\nassault\nconnecting\nspare\nlogistics\ndeer\nkodak\ntongue\nbowling\ntri\ndanish\npal\nmonkey\nproportion\nfilename\nskirt\nflorence\ninvest\nhoney\num\nanalyses\ndrawings\nsignificance\nscenario\nye\nfs\nlovers\natomic\napprox\nsymposium\narabic\ngauge\nessentials\njunction\nprotecting\nnn\nfaced\nmat\nrachel\nsolving\ntransmitted\nweekends\nscreenshots\nproduces\noven\nted\nintensive\nchains\nkingston\nsixth\nengage\ndeviant\nnoon\nswitching\nquoted\nadapters\ncorrespondence\nfarms\nimports\nsupervision\ncheat\nbronze\nexpenditures\nsandy\nseparation\ntestimony\nsuspect\ncelebrities\nmacro\nsender\nmandatory\nboundaries\ncrucial\nsyndication\ngym\ncelebration\nkde\nadjacent\nfiltering\ntuition\nspouse\nexotic\nviewer\nsignup\nthreats\nluxembourg\npuzzles\nreaching\nvb\ndamaged\ncams\nreceptor\npiss\nlaugh\njoel\nsurgical\ndestroy\ncitation\npitch\nautos\nyo\npremises\nperry\nproved\noffensive\nimperial\ndozen\nbenjamin\ndeployment\nteeth\ncloth\nstudying\ncolleagues\nstamp\nlotus\nsalmon\nolympus\nseparated\nproc\ncargo\ntan\ndirective\nfx\nsalem\nmate\ndl\nstarter\nupgrades\nlikes\nbutter\npepper\nweapon\nluggage\nburden\nchef\ntapes\nzones\nraces\nisle\nstylish\nslim\nmaple\nluke\ngrocery\noffshore\ngoverning\nretailers\ndepot\nkenneth\ncomp\nalt\npie\nblend\nharrison\nls\njulie\noccasionally\ncbs\nattending\nemission\npete\nspec\nfinest\nrealty\njanet\nbow\npenn\nrecruiting\napparent\ninstructional\nphpbb\nautumn\ntraveling\nprobe\nmidi\npermissions\nbiotechnology\ntoilet\nranked\njackets\nroutes\npacked\nexcited\noutreach\nhelen\nmounting\nrecover\ntied\nlopez\nbalanced\nprescribed\ncatherine\ntimely\ntalked\nupskirts\ndebug\ndelayed\nchuck\nreproduced\nhon\ndale\nexplicit\ncalculation\nvillas\nebook\nconsolidated\nboob\nexclude\npeeing\noccasions\nbrooks\nequations\nnewton\noils\nsept\nexceptional\nanxiety\nbingo\nwhilst\nspatial\nrespondents\nunto\nlt\nceramic\nprompt\nprecious\nminds\nannually\nconsiderations\nscanners\natm\nxanax\neq\npays\ncox\nfingers\nsunny\nebooks\ndelivers\nje\nqueensland\nnecklace\nmusicians\nleeds\ncomposite\nunavailable\ncedar\narranged\nlang\ntheaters\nadvocacy\nraleigh\nstud\nfold\nessentially\ndesigning\nthreaded\nuv\nqualify\nfingering\nblair\nhopes\nassessments\ncms\nmason\ndiagram\nburns\npumps\nslut\nejaculation\nfootwear\nsg\nvic\nbeijing\npeoples\nvictor\nmario\npos\nattach\nlicenses\nutils\nremoving\nadvised\nbrunswick\nspider\nphys\nranges\npairs\nsensitivity\ntrails\npreservation\nhudson\nisolated\ncalgary\ninterim\nassisted\ndivine\nstreaming\napprove\nchose\ncompound\nintensity\ntechnological\nsyndicate\nabortion\ndialog\nvenues\nblast\nwellness\ncalcium\nnewport\nantivirus\naddressing\npole\ndiscounted\nindians\nshield\nharvest\nmembrane\nprague\npreviews\nbangladesh\nconstitute\nlocally\nconcluded\npickup\ndesperate\nmothers\nnascar\niceland\ndemonstration\ngovernmental\nmanufactured\ncandles\ngraduation\nmega\nbend\nsailing\nvariations\nmoms\nsacred\naddiction\nmorocco\nchrome\ntommy\nspringfield\nrefused\nbrake\nexterior\ngreeting\necology\noliver\ncongo\nglen\nbotswana\nnav\ndelays\nsynthesis\nolive\nundefined\nunemployment\ncyber\nverizon\nscored\nenhancement\nnewcastle\nclone\ndicks\nvelocity\nlambda\nrelay\ncomposed\ntears\nperformances\noasis\nbaseline\ncab\nangry\nfa\nsocieties\nsilicon\nbrazilian\nidentical\npetroleum\ncompete\nist\nnorwegian\nlover\nbelong\nhonolulu\nbeatles\nlips\nescort\nretention\nexchanges\npond\nrolls\nthomson\nbarnes\nsoundtrack\nwondering\nmalta\ndaddy\nlc\nferry\nrabbit\nprofession\nseating\ndam\ncnn\nseparately\nphysiology\nlil\ncollecting\ndas\nexports\nomaha\ntire\nparticipant\nscholarships\nrecreational\ndominican\nchad\nelectron\nloads\nfriendship\nheather\npassport\nmotel\nunions\ntreasury\nwarrant\nsys\nsolaris\nfrozen\noccupied\njosh\nroyalty\nscales\nrally\nobserver\nsunshine\nstrain\ndrag\nceremony\nsomehow\narrested\nexpanding\nprovincial\ninvestigations\nicq\nripe\nyamaha\nrely\nmedications\nhebrew\ngained\nrochester\ndying\nlaundry\nstuck\nsolomon\nplacing\nstops\nhomework\nadjust\nassessed\nadvertiser\nenabling\nencryption\nfilling\ndownloadable\nsophisticated\nimposed\nsilence\nscsi\nfocuses\nsoviet\npossession\ncu\nlaboratories\ntreaty\nvocal\ntrainer\norgan\nstronger\nvolumes\nadvances\nvegetables\nlemon\ntoxic\ndns\nthumbnails\ndarkness\npty\nws\nnuts\nnail\nbizrate\nvienna\nimplied\nspan\nstanford\nsox\nstockings\njoke\nrespondent\npacking\nstatute\nrejected\nsatisfy\ndestroyed\nshelter\nchapel\ngamespot\nmanufacture\nlayers\nwordpress\nguided\nvulnerability\naccountability\ncelebrate\naccredited\nappliance\ncompressed\nbahamas\npowell\nmixture\nzoophilia\nbench\nuniv\ntub\nrider\nscheduling\nradius\nperspectives\nmortality\nlogging\nhampton\nchristians\nborders\ntherapeutic\npads\nbutts\ninns\nbobby\nimpressive\nsheep\naccordingly\narchitect\nrailroad\nlectures\nchallenging\nwines\nnursery\nharder\ncups\nash\nmicrowave\ncheapest\naccidents\ntravesti\nrelocation\nstuart\ncontributors\nsalvador\nali\nsalad\nnp\nmonroe\ntender\nviolations\nfoam\ntemperatures\npaste\nclouds\ncompetitions\ndiscretion\ntft\ntanzania\npreserve\njvc\npoem\nvibrator\nunsigned\nstaying\ncosmetics\neaster\ntheories\nrepository\npraise\njeremy\nvenice\njo\nconcentrations\nvibrators\nestonia\nchristianity\nveteran\nstreams\nlanding\nsigning\nexecuted\nkatie\nnegotiations\nrealistic\ndt\ncgi\nshowcase\nintegral\nasks\nrelax\nnamibia\ngenerating\nchristina\ncongressional\nsynopsis\nhardly\nprairie\nreunion\ncomposer\nbean\nsword\nabsent\nphotographic\nsells\necuador\nhoping\naccessed\nspirits\nmodifications\ncoral\npixel\nfloat\ncolin\nbias\nimported\npaths\nbubble\npor\nacquire\ncontrary\nmillennium\ntribune\nvessel\nacids\nfocusing\nviruses\ncheaper\nadmitted\ndairy\nadmit\nmem\nfancy\nequality\nsamoa\ngc\nachieving\ntap\nstickers\nfisheries\nexceptions\nreactions\nleasing\nlauren\nbeliefs\nci\nmacromedia\ncompanion\nsquad\nanalyze\nashley\nscroll\nrelate\ndivisions\nswim\nwages\nadditionally\nsuffer\nforests\nfellowship\nnano\ninvalid\nconcerts\nmartial\nmales\nvictorian\nretain\ncolours\nexecute\ntunnel\ngenres\ncambodia\npatents\ncopyrights\nyn\nchaos\nlithuania\nmastercard\nwheat\nchronicles\nobtaining\nbeaver\nupdating\ndistribute\nreadings\ndecorative\nkijiji\nconfused\ncompiler\nenlargement\neagles\nbases\nvii\naccused\nbee\ncampaigns\nunity\nloud\nconjunction\nbride\nrats\ndefines\nairports\ninstances\nindigenous\nbegun\ncfr\nbrunette\npackets\nanchor\nsocks\nvalidation\nparade\ncorruption\nstat\ntrigger\nincentives\ncholesterol\ngathered\nessex\nslovenia\nnotified\ndifferential\nbeaches\nfolders\ndramatic\nsurfaces\nterrible\nrouters\ncruz\npendant\ndresses\nbaptist\nscientist\nstarsmerchant\nhiring\nclocks\narthritis\nbios\nfemales\nwallace\nnevertheless\nreflects\ntaxation\nfever\npmc\ncuisine\nsurely\npractitioners\ntranscript\nmyspace\ntheorem\ninflation\nthee\nnb\nruth\npray\nstylus\ncompounds\npope\ndrums\ncontracting\ntopless\narnold\nstructured\nreasonably\njeep\nchicks\nbare\nhung\ncattle\nmba\nradical\ngraduates\nrover\nrecommends\ncontrolling\ntreasure\nreload\ndistributors\nflame\nlevitra\ntanks\nassuming\nmonetary\nelderly\npit\narlington\nmono\nparticles\nfloating\nextraordinary\ntile\nindicating\nbolivia\nspell\nhottest\nstevens\ncoordinate\nkuwait\nexclusively\nemily\nalleged\nlimitation\nwidescreen\ncompile\nsquirting\nwebster\nstruck\nrx\nillustration\nplymouth\nwarnings\nconstruct\napps\ninquiries\nbridal\nannex\nmag\ngsm\ninspiration\ntribal\ncurious\naffecting\nfreight\nrebate\nmeetup\neclipse\nsudan\nddr\ndownloading\nrec\nshuttle\naggregate\nstunning\ncycles\naffects\nforecasts\ndetect\nsluts\nactively\nciao\nampland\nknee\nprep\npb\ncomplicated\nchem\nfastest\nbutler\nshopzilla\ninjured\ndecorating\npayroll\ncookbook\nexpressions\nton\ncourier\nuploaded\nshakespeare\nhints\ncollapse\namericas\nconnectors\ntwinks\nunlikely\noe\ngif\npros\nconflicts\ntechno\nbeverage\ntribute\nwired\nelvis\nimmune\nlatvia\ntravelers\nforestry\nbarriers\ncant\njd\nrarely\ngpl\ninfected\nofferings\nmartha\ngenesis\nbarrier\nargue\nincorrect\ntrains\nmetals\nbicycle\nfurnishings\nletting\narise\nguatemala\nceltic\nthereby\nirc\njamie\nparticle\nperception\nminerals\nadvise\nhumidity\nbottles\nboxing\nwy\ndm\nbangkok\nrenaissance\npathology\nsara\nbra\nordinance\nhughes\nphotographers\nbitch\ninfections\njeffrey\nchess\noperates\nbrisbane\nconfigured\nsurvive\noscar\nfestivals\nmenus\njoan\npossibilities\nduck\nreveal\ncanal\namino\nphi\ncontributing\nherbs\nclinics\nmls\ncow\nmanitoba\nanalytical\nmissions\nwatson\nlying\ncostumes\nstrict\ndive\nsaddam\ncirculation\ndrill\noffense\nthreesome\nbryan\ncet\nprotest\nhandjob\nassumption\njerusalem\nhobby\ntries\ntransexuales\ninvention\nnickname\nfiji\ntechnician\ninline\nexecutives\nenquiries\nwashing\naudi\nstaffing\ncognitive\nexploring\ntrick\nenquiry\nclosure\nraid\nppc\ntimber\nvolt\nintense\ndiv\nplaylist\nregistrar\nshowers\nsupporters\nruling\nsteady\ndirt\nstatutes\nwithdrawal\nmyers\ndrops\npredicted\nwider\nsaskatchewan\njc\ncancellation\nplugins\nenrolled\nsensors\nscrew\nministers\npublicly\nhourly\nblame\ngeneva\nfreebsd\nveterinary\nacer\nprostores\nreseller\ndist\nhanded\nsuffered\nintake\ninformal\nrelevance\nincentive\nbutterfly\ntucson\nmechanics\nheavily\nswingers\nfifty\nheaders\nmistakes\nnumerical\nons\ngeek\nuncle\ndefining\nxnxx\ncounting\nreflection\nsink\naccompanied\nassure\ninvitation\ndevoted\nprinceton\njacob\nsodium\nrandy\nspirituality\nhormone\nmeanwhile\nproprietary\ntimothy\nchildrens\nbrick\ngrip\nnaval\nthumbzilla\nmedieval\nporcelain\navi\nbridges\npichunter\ncaptured\nwatt\nthehun\ndecent\ncasting\ndayton\ntranslated\nshortly\ncameron\ncolumnists\npins\ncarlos\nreno\ndonna\nandreas\nwarrior\ndiploma\ncabin\ninnocent\nbdsm\nscanning\nide\nconsensus\npolo\nvalium\ncopying\nrpg\ndelivering\ncordless\npatricia\nhorn\neddie\nuganda\nfired\njournalism\npd\nprot\ntrivia\nadidas\nperth\nfrog\ngrammar\nintention\nsyria\ndisagree\nklein\nharvey\ntires\nlogs\nundertaken\ntgp\nhazard\nretro\nleo\nlivesex\nstatewide\nsemiconductor\ngregory\nepisodes\nboolean\ncircular\nanger\ndiy\nmainland\nillustrations\nsuits\nchances\ninteract\nsnap\nhappiness\narg\nsubstantially\nbizarre\nglenn\nur\nauckland\nolympics\nfruits\nidentifier\ngeo\nworldsex\nribbon\ncalculations\ndoe\njpeg\nconducting\nstartup\nsuzuki\ntrinidad\nati\nkissing\nwal\nhandy\nswap\nexempt\ncrops\nreduces\naccomplished\ncalculators\ngeometry\nimpression\nabs\nslovakia\nflip\nguild\ncorrelation\ngorgeous\ncapitol\nsim\ndishes\nrna\nbarbados\nchrysler\nnervous\nrefuse\nextends\nfragrance\nmcdonald\nreplica\nplumbing\nbrussels\ntribe\nneighbors\ntrades\nsuperb\nbuzz\ntransparent\nnuke\nrid\ntrinity\ncharleston\nhandled\nlegends\nboom\ncalm\nchampions\nfloors\nselections\nprojectors\ninappropriate\nexhaust\ncomparing\nshanghai\nspeaks\nburton\nvocational\ndavidson\ncopied\nscotia\nfarming\ngibson\npharmacies\nfork\ntroy\nln\nroller\nintroducing\nbatch\norganize\nappreciated\nalter\nnicole\nlatino\nghana\nedges\nuc\nmixing\nhandles\nskilled\nfitted\nalbuquerque\nharmony\ndistinguished\nasthma\nprojected\nassumptions\nshareholders\ntwins\ndevelopmental\nrip\nzope\nregulated\ntriangle\namend\nanticipated\noriental\nreward\nwindsor\nzambia\ncompleting\ngmbh\nbuf\nld\nhydrogen\nwebshots\nsprint\ncomparable\nchick\nadvocate\nsims\nconfusion\ncopyrighted\ntray\ninputs\nwarranties\ngenome\nescorts\ndocumented\nthong\nmedal\npaperbacks\ncoaches\nvessels\nharbour\nwalks\nsucks\nsol\nkeyboards\nsage\nknives\neco\nvulnerable\narrange\nartistic\nbat\nhonors\nbooth\nindie\nreflected\nunified\nbones\nbreed\ndetector\nignored\npolar\nfallen\nprecise\nsussex\nrespiratory\nnotifications\nmsgid\ntransexual\nmainstream\ninvoice\nevaluating\nlip\nsubcommittee\nsap\ngather\nsuse\nmaternity\nbacked\nalfred\ncolonial\nmf\ncarey\nmotels\nforming\nembassy\ncave\njournalists\ndanny\nrebecca\nslight\nproceeds\nindirect\namongst\nwool\nfoundations\nmsgstr\narrest\nvolleyball\nmw\nadipex\nhorizon\nnu\ndeeply\ntoolbox\nict\nmarina\nliabilities\nprizes\nbosnia\nbrowsers\ndecreased\npatio\ndp\ntolerance\nsurfing\ncreativity\nlloyd\ndescribing\noptics\npursue\nlightning\novercome\neyed\nou\nquotations\ngrab\ninspector\nattract\nbrighton\nbeans\nbookmarks\nellis\ndisable\nsnake\nsucceed\nleonard\nlending\noops\nreminder\nnipple\nxi\nsearched\nbehavioral\nriverside\nbathrooms\nplains\nsku\nht\nraymond\ninsights\nabilities\ninitiated\nsullivan\nza\nmidwest\nkaraoke\ntrap\nlonely\nfool\nve\nnonprofit\nlancaster\nsuspended\nhereby\nobserve\njulia\ncontainers\nattitudes\nkarl\nberry\ncollar\nsimultaneously\nracial\nintegrate\nbermuda\namanda\nsociology\nmobiles\nscreenshot\nexhibitions\nkelkoo\nconfident\nretrieved\nexhibits\nofficially\nconsortium\ndies\nterrace\nbacteria\npts\nreplied\nseafood\nnovels\nrh\nrrp\nrecipients\nplayboy\nought\ndelicious\ntraditions\nfg\njail\nsafely\nfinite\nkidney\nperiodically\nfixes\nsends\ndurable\nmazda\nallied\nthrows\nmoisture\nhungarian\nroster\nreferring\nsymantec\nspencer\nwichita\nnasdaq\nuruguay\nooo\nhz\ntransform\ntimer\ntablets\ntuning\ngotten\neducators\ntyler\nfutures\nvegetable\nverse\nhighs\nhumanities\nindependently\nwanting\ncustody\nscratch\nlaunches\nipaq\nalignment\nmasturbating\nhenderson\nbk\nbritannica\ncomm\nellen\ncompetitors\nnhs\nrocket\naye\nbullet\ntowers\nracks\nlace\nnasty\nvisibility\nlatitude\nconsciousness\nste\ntumor\nugly\ndeposits\nbeverly\nmistress\nencounter\ntrustees\nwatts\nduncan\nreprints\nhart\nbernard\nresolutions\nment\naccessing\nforty\ntubes\nattempted\ncol\nmidlands\npriest\nfloyd\nronald\nanalysts\nqueue\ndx\nsk\ntrance\nlocale\nnicholas\nbiol\nyu\nbundle\nhammer\ninvasion\nwitnesses\nrunner\nrows\nadministered\nnotion\nsq\nskins\nmailed\noc\nfujitsu\nspelling\narctic\nexams\nrewards\nbeneath\nstrengthen\ndefend\naj\nfrederick\nmedicaid\ntreo\ninfrared\nseventh\ngods\nune\nwelsh\nbelly\naggressive\ntex\nadvertisements\nquarters\nstolen\ncia\nsublimedirectory\nsoonest\nhaiti\ndisturbed\ndetermines\nsculpture\npoly\nears\ndod\nwp\nfist\nnaturals\nneo\nmotivation\nlenders\npharmacology\nfitting\nfixtures\nbloggers\nmere\nagrees\npassengers\nquantities\npetersburg\nconsistently\npowerpoint\ncons\nsurplus\nelder\nsonic\nobituaries\ncheers\ndig\ntaxi\npunishment\nappreciation\nsubsequently\nom\nbelarus\nnat\nzoning\ngravity\nprovidence\nthumb\nrestriction\nincorporate\nbackgrounds\ntreasurer\nguitars\nessence\nflooring\nlightweight\nethiopia\ntp\nmighty\nathletes\nhumanity\ntranscription\njm\nholmes\ncomplications\nscholars\ndpi\nscripting\ngis\nremembered\ngalaxy\nchester\nsnapshot\ncaring\nloc\nworn\nsynthetic\nshaw\nvp\nsegments\ntestament\nexpo\ndominant\ntwist\nspecifics\nitunes\nstomach\npartially\nburied\ncn\nnewbie\nminimize\ndarwin\nranks\nwilderness\ndebut\ngenerations\ntournaments\nbradley\ndeny\nanatomy\nbali\njudy\nsponsorship\nheadphones\nfraction\ntrio\nproceeding\ncube\ndefects\nvolkswagen\nuncertainty\nbreakdown\nmilton\nmarker\nreconstruction\nsubsidiary\nstrengths\nclarity\nrugs\nsandra\nadelaide\nencouraging\nfurnished\nmonaco\nsettled\nfolding\nemirates\nterrorists\nairfare\ncomparisons\nbeneficial\ndistributions\nvaccine\nbelize\ncrap\nfate\nviewpicture\npromised\nvolvo\npenny\nrobust\nbookings\nthreatened\nminolta\nrepublicans\ndiscusses\ngui\nporter\ngras\njungle\nver\nrn\nresponded\nrim\nabstracts\nzen\nivory\nalpine\ndis\nprediction\npharmaceuticals\nandale\nfabulous\nremix\nalias\nthesaurus\nindividually\nbattlefield\nliterally\nnewer\nkay\necological\nspice\noval\nimplies\ncg\nsoma\nser\ncooler\nappraisal\nconsisting\nmaritime\nperiodic\nsubmitting\noverhead\nascii\nprospect\nshipment\nbreeding\ncitations\ngeographical\ndonor\nmozambique\ntension\nhref\nbenz\ntrash\nshapes\nwifi\ntier\nfwd\nearl\nmanor\nenvelope\ndiane\nhomeland\ndisclaimers\nchampionships\nexcluded\nandrea\nbreeds\nrapids\ndisco\nsheffield\nbailey\naus\nendif\nfinishing\nemotions\nwellington\nincoming\nprospects\nlexmark\ncleaners\nbulgarian\nhwy\neternal\ncashiers\nguam\ncite\naboriginal\nremarkable\nrotation\nnam\npreventing\nproductive\nboulevard\neugene\nix\ngdp\npig\nmetric\ncompliant\nminus\npenalties\nbennett\nimagination\nhotmail\nrefurbished\njoshua\narmenia\nvaried\ngrande\nclosest\nactivated\nactress\nmess\nconferencing\nassign\narmstrong\npoliticians\ntrackbacks\nlit\naccommodate\ntigers\naurora\nuna\nslides\nmilan\npremiere\nlender\nvillages\nshade\nchorus\nchristine\nrhythm\ndigit\nargued\ndietary\nsymphony\nclarke\nsudden\naccepting\nprecipitation\nmarilyn\nlions\nfindlaw\nada\npools\ntb\nlyric\nclaire\nisolation\nspeeds\nsustained\nmatched\napproximate\nrope\ncarroll\nrational\nprogrammer\nfighters\nchambers\ndump\ngreetings\ninherited\nwarming\nincomplete\nvocals\nchronicle\nfountain\nchubby\ngrave\nlegitimate\nbiographies\nburner\nyrs\nfoo\ninvestigator\ngba\nplaintiff\nfinnish\ngentle\nbm\nprisoners\ndeeper\nmuslims\nhose\nmediterranean\nnightlife\nfootage\nhowto\nworthy\nreveals\narchitects\nsaints\nentrepreneur\ncarries\nsig\nfreelance\nduo\nexcessive\ndevon\nscreensaver\nhelena\nsaves\nregarded\nvaluation\nunexpected\ncigarette\nfog\ncharacteristic\nmarion\nlobby\negyptian\ntunisia\nmetallica\noutlined\nconsequently\nheadline\ntreating\npunch\nappointments\nstr\ngotta\ncowboy\nnarrative\nbahrain\nenormous\nkarma\nconsist\nbetty\nqueens\nacademics\npubs\nquantitative\nshemales\nlucas\nscreensavers\nsubdivision\ntribes\nvip\ndefeat\nclicks\ndistinction\nhonduras\nnaughty\nhazards\ninsured\nharper\nlivestock\nmardi\nexemption\ntenant\nsustainability\ncabinets\ntattoo\nshake\nalgebra\nshadows\nholly\nformatting\nsilly\nnutritional\nyea\nmercy\nhartford\nfreely\nmarcus\nsunrise\nwrapping\nmild\nfur\nnicaragua\nweblogs\ntimeline\ntar\nbelongs\nrj\nreadily\naffiliation\nsoc\nfence\nnudist\ninfinite\ndiana\nensures\nrelatives\nlindsay\nclan\nlegally\nshame\nsatisfactory\nrevolutionary\nbracelets\nsync\ncivilian\ntelephony\nmesa\nfatal\nremedy\nrealtors\nbreathing\nbriefly\nthickness\nadjustments\ngraphical\ngenius\ndiscussing\naerospace\nfighter\nmeaningful\nflesh\nretreat\nadapted\nbarely\nwherever\nestates\nrug\ndemocrat\nborough\nmaintains\nfailing\nshortcuts\nka\nretained\nvoyeurweb\npamela\nandrews\nmarble\nextending\njesse\nspecifies\nhull\nlogitech\nsurrey\nbriefing\nbelkin\ndem\naccreditation\nwav\nblackberry\nhighland\nmeditation\nmodular\nmicrophone\nmacedonia\ncombining\nbrandon\ninstrumental\ngiants\norganizing\nshed\nballoon\nmoderators\nwinston\nmemo\nham\nsolved\ntide\nkazakhstan\nhawaiian\nstandings\npartition\ninvisible\ngratuit\nconsoles\nfunk\nfbi\nqatar\nmagnet\ntranslations\nporsche\ncayman\njaguar\nreel\nsheer\ncommodity\nposing\nwang\nkilometers\nrp\nbind\nthanksgiving\nrand\nhopkins\nurgent\nguarantees\ninfants\ngothic\ncylinder\nwitch\nbuck\nindication\neh\ncongratulations\ntba\ncohen\nsie\nusgs\npuppy\nkathy\nacre\ngraphs\nsurround\ncigarettes\nrevenge\nexpires\nenemies\nlows\ncontrollers\naqua\nchen\nemma\nconsultancy\nfinances\naccepts\nenjoying\nconventions\neva\npatrol\nsmell\npest\nhc\nitaliano\ncoordinates\nrca\nfp\ncarnival\nroughly\nsticker\npromises\nresponding\nreef\nphysically\ndivide\nstakeholders\nhydrocodone\ngst\nconsecutive\ncornell\nsatin\nbon\ndeserve\nattempting\nmailto\npromo\njj\nrepresentations\nchan\nworried\ntunes\ngarbage\ncompeting\ncombines\nmas\nbeth\nbradford\nlen\nphrases\nkai\npeninsula\nchelsea\nboring\nreynolds\ndom\njill\naccurately\nspeeches\nreaches\nschema\nconsiders\nsofa\ncatalogs\nministries\nvacancies\nquizzes\nparliamentary\nobj\nprefix\nlucia\nsavannah\nbarrel\ntyping\nnerve\ndans\nplanets\ndeficit\nboulder\npointing\nrenew\ncoupled\nviii\nmyanmar\nmetadata\nharold\ncircuits\nfloppy\ntexture\nhandbags\njar\nev\nsomerset\nincurred\nacknowledge\nthoroughly\nantigua\nnottingham\nthunder\ntent\ncaution\nidentifies\nquestionnaire\nqualification\nlocks\nmodelling\nnamely\nminiature\ndept\nhack\ndare\neuros\ninterstate\npirates\naerial\nhawk\nconsequence\nrebel\nsystematic\nperceived\norigins\nhired\nmakeup\ntextile\nlamb\nmadagascar\nnathan\ntobago\npresenting\ncos\ntroubleshooting\nuzbekistan\nindexes\npac\nrl\nerp\ncenturies\ngl\nmagnitude\nui\nrichardson\nhindu\ndh\nfragrances\nvocabulary\nlicking\nearthquake\nvpn\nfundraising\nfcc\nmarkers\nweights\nalbania\ngeological\nassessing\nlasting\nwicked\neds\nintroduces\nkills\nroommate\nwebcams\npushed\nwebmasters\nro\ndf\ncomputational\nacdbentity\nparticipated\njunk\nhandhelds\nwax\nlucy\nanswering\nhans\nimpressed\nslope\nreggae\nfailures\npoet\nconspiracy\nsurname\ntheology\nnails\nevident\nwhats\nrides\nrehab\nepic\nsaturn\norganizer\nnut\nallergy\nsake\ntwisted\ncombinations\npreceding\nmerit\nenzyme\ncumulative\nzshops\nplanes\nedmonton\ntackle\ndisks\ncondo\npokemon\namplifier\nambien\narbitrary\nprominent\nretrieve\nlexington\nvernon\nsans\nworldcat\ntitanium\nirs\nfairy\nbuilds\ncontacted\nshaft\nlean\nbye\ncdt\nrecorders\noccasional\nleslie\ncasio\ndeutsche\nana\npostings\ninnovations\nkitty\npostcards\ndude\ndrain\nmonte\nfires\nalgeria\nblessed\nluis\nreviewing\ncardiff\ncornwall\nfavors\npotato\npanic\nexplicitly\nsticks\nleone\ntranssexual\nez\ncitizenship\nexcuse\nreforms\nbasement\nonion\nstrand\npf\nsandwich\nuw\nlawsuit\nalto\ninformative\ngirlfriend\nbloomberg\ncheque\nhierarchy\ninfluenced\nbanners\nreject\neau\nabandoned\nbd\ncircles\nitalic\nbeats\nmerry\nmil\nscuba\ngore\ncomplement\ncult\ndash\npassive\nmauritius\nvalued\ncage\nchecklist\nbangbus\nrequesting\ncourage\nverde\nlauderdale\nscenarios\ngazette\nhitachi\ndivx\nextraction\nbatman\nelevation\nhearings\ncoleman\nhugh\nlap\nutilization\nbeverages\ncalibration\njake\neval\nefficiently\nanaheim\nping\ntextbook\ndried\nentertaining\nprerequisite\nluther\nfrontier\nsettle\nstopping\nrefugees\nknights\nhypothesis\npalmer\nmedicines\nflux\nderby\nsao\npeaceful\naltered\npontiac\nregression\ndoctrine\nscenic\ntrainers\nmuze\nenhancements\nrenewable\nintersection\npasswords\nsewing\nconsistency\ncollectors\nconclude\nrecognised\nmunich\noman\ncelebs\ngmc\npropose\nhh\nazerbaijan\nlighter\nrage\nadsl\nuh\nprix\nastrology\nadvisors\npavilion\ntactics\ntrusts\noccurring\nsupplemental\ntravelling\ntalented\nannie\npillow\ninduction\nderek\nprecisely\nshorter\nharley\nspreading\nprovinces\nrelying\nfinals\nparaguay\nsteal\nparcel\nrefined\nfd\nbo\nfifteen\nwidespread\nincidence\nfears\npredict\nboutique\nacrylic\nrolled\ntuner\navon\nincidents\npeterson\nrays\nasn\nshannon\ntoddler\nenhancing\nflavor\nalike\nwalt\nhomeless\nhorrible\nhungry\nmetallic\nacne\nblocked\ninterference\nwarriors\npalestine\nlistprice\nlibs\nundo\ncadillac\natmospheric\nmalawi\nwm\npk\nsagem\nknowledgestorm\ndana\nhalo\nppm\ncurtis\nparental\nreferenced\nstrikes\nlesser\npublicity\nmarathon\nant\nproposition\ngays\npressing\ngasoline\napt\ndressed\nscout\nbelfast\nexec\ndealt\nniagara\ninf\neos\nwarcraft\ncharms\ncatalyst\ntrader\nbucks\nallowance\nvcr\ndenial\nuri\ndesignation\nthrown\nprepaid\nraises\ngem\nduplicate\nelectro\ncriterion\nbadge\nwrist\ncivilization\nanalyzed\nvietnamese\nheath\ntremendous\nballot\nlexus\nvarying\nremedies\nvalidity\ntrustee\nmaui\nhandjobs\nweighted\nangola\nsquirt\nperforms\nplastics\nrealm\ncorrected\njenny\nhelmet\nsalaries\npostcard\nelephant\nyemen\nencountered\ntsunami\nscholar\nnickel\ninternationally\nsurrounded\npsi\nbuses\nexpedia\ngeology\npct\nwb\ncreatures\ncoating\ncommented\nwallet\ncleared\nsmilies\nvids\naccomplish\nboating\ndrainage\nshakira\ncorners\nbroader\nvegetarian\nrouge\nyeast\nyale\nnewfoundland\nsn\nqld\npas\nclearing\ninvestigated\ndk\nambassador\ncoated\nintend\nstephanie\ncontacting\nvegetation\ndoom\nfindarticles\nlouise\nkenny\nspecially\nowen\nroutines\nhitting\nyukon\nbeings\nbite\nissn\naquatic\nreliance\nhabits\nstriking\nmyth\ninfectious\npodcasts\nsingh\ngig\ngilbert\nsas\nferrari\ncontinuity\nbrook\nfu\noutputs\nphenomenon\nensemble\ninsulin\nassured\nbiblical\nweed\nconscious\naccent\nmysimon\neleven\nwives\nambient\nutilize\nmileage\noecd\nprostate\nadaptor\nauburn\nunlock\nhyundai\npledge\nvampire\nangela\nrelates\nnitrogen\nxerox\ndice\nmerger\nsoftball\nreferrals\nquad\ndock\ndifferently\nfirewire\nmods\nnextel\nframing\norganised\nmusician\nblocking\nrwanda\nsorts\nintegrating\nvsnet\nlimiting\ndispatch\nrevisions\npapua\nrestored\nhint\narmor\nriders\nchargers\nremark\ndozens\nvaries\nmsie\nreasoning\nwn\nliz\nrendered\npicking\ncharitable\nguards\nannotated\nccd\nsv\nconvinced\nopenings\nbuys\nburlington\nreplacing\nresearcher\nwatershed\ncouncils\noccupations\nacknowledged\nnudity\nkruger\npockets\ngranny\npork\nzu\nequilibrium\nviral\ninquire\npipes\ncharacterized\nladen\naruba\ncottages\nrealtor\nmerge\nprivilege\nedgar\ndevelops\nqualifying\nchassis\ndubai\nestimation\nbarn\npushing\nllp\nfleece\npediatric\nboc\nfare\ndg\nasus\npierce\nallan\ndressing\ntechrepublic\nsperm\nvg\nbald\nfilme\ncraps\nfuji\nfrost\nleon\ninstitutes\nmold\ndame\nfo\nsally\nyacht\ntracy\nprefers\ndrilling\nbrochures\nherb\ntmp\nalot\nate\nbreach\nwhale\ntraveller\nappropriations\nsuspected\ntomatoes\nbenchmark\nbeginners\ninstructors\nhighlighted\nbedford\nstationery\nidle\nmustang\nunauthorized\nclusters\nantibody\ncompetent\nmomentum\nfin\nwiring\nio\npastor\nmud\ncalvin\nuni\nshark\ncontributor\ndemonstrates\nphases\ngrateful\nemerald\ngradually\nlaughing\ngrows\ncliff\ndesirable\ntract\nul\nballet\nol\njournalist\nabraham\njs\nbumper\nafterwards\nwebpage\nreligions\ngarlic\nhostels\nshine\nsenegal\nexplosion\npn\nbanned\nwendy\nbriefs\nsignatures\ndiffs\ncove\nmumbai\nozone\ndisciplines\ncasa\nmu\ndaughters\nconversations\nradios\ntariff\nnvidia\nopponent\npasta\nsimplified\nmuscles\nserum\nwrapped\nswift\nmotherboard\nruntime\ninbox\nfocal\nbibliographic\nvagina\neden\ndistant\nincl\nchampagne\nala\ndecimal\nhq\ndeviation\nsuperintendent\npropecia\ndip\nnbc\nsamba\nhostel\nhousewives\nemploy\nmongolia\npenguin\nmagical\ninfluences\ninspections\nirrigation\nmiracle\nmanually\nreprint\nreid\nwt\nhydraulic\ncentered\nrobertson\nflex\nyearly\npenetration\nwound\nbelle\nrosa\nconviction\nhash\nomissions\nwritings\nhamburg\nlazy\nmv\nmpg\nretrieval\nqualities\ncindy\nlolita\nfathers\ncarb\ncharging\ncas\nmarvel\nlined\ncio\ndow\nprototype\nimportantly\nrb\npetite\napparatus\nupc\nterrain\ndui\npens\nexplaining\nyen\nstrips\ngossip\nrangers\nnomination\nempirical\nmh\nrotary\nworm\ndependence\ndiscrete\nbeginner\nboxed\nlid\nsexuality\npolyester\ncubic\ndeaf\ncommitments\nsuggesting\nsapphire\nkinase\nskirts\nmats\nremainder\ncrawford\nlabeled\nprivileges\ntelevisions\nspecializing\nmarking\ncommodities\npvc\nserbia\nsheriff\ngriffin\ndeclined\nguyana\nspies\nblah\nmime\nneighbor\nmotorcycles\nelect\nhighways\nthinkpad\nconcentrate\nintimate\nreproductive\npreston\ndeadly\ncunt\nfeof\nbunny\nchevy\nmolecules\nrounds\nlongest\nrefrigerator\ntions\nintervals\nsentences\ndentists\nusda\nexclusion\nworkstation\nholocaust\nkeen\nflyer\npeas\ndosage\nreceivers\nurls\ncustomise\ndisposition\nvariance\nnavigator\ninvestigators\ncameroon\nbaking\nmarijuana\nadaptive\ncomputed\nneedle\nbaths\nenb\ngg\ncathedral\nbrakes\nog\nnirvana\nko\nfairfield\nowns\ntil\ninvision\nsticky\ndestiny\ngenerous\nmadness\nemacs\nclimb\nblowing\nfascinating\nlandscapes\nheated\nlafayette\njackie\nwto\ncomputation\nhay\ncardiovascular\nww\nsparc\ncardiac\nsalvation\ndover\nadrian\npredictions\naccompanying\nvatican\nbrutal\nlearners\ngd\nselective\narbitration\nconfiguring\ntoken\neditorials\nzinc\nsacrifice\nseekers\nguru\nisa\nremovable\nconvergence\nyields\ngibraltar\nlevy\nsuited\nnumeric\nanthropology\nskating\nkinda\naberdeen\nemperor\ngrad\nmalpractice\ndylan\nbras\nbelts\nblacks\neducated\nrebates\nreporters\nburke\nproudly\npix\nnecessity\nrendering\nmic\ninserted\npulling\nbasename\nkyle\nobesity\ncurves\nsuburban\ntouring\nclara\nvertex\nbw\nhepatitis\nnationally\ntomato\nandorra\nwaterproof\nexpired\nmj\ntravels\nflush\nwaiver\npale\nspecialties\nhayes\nhumanitarian\ninvitations\nfunctioning\ndelight\nsurvivor\ngarcia\ncingular\neconomies\nalexandria\nbacterial\nmoses\ncounted\nundertake\ndeclare\ncontinuously\njohns\nvalves\ngaps\nimpaired\nachievements\ndonors\ntear\njewel\nteddy\nlf\nconvertible\nata\nteaches\nventures\nnil\nbufing\nstranger\ntragedy\njulian\nnest\npam\ndryer\npainful\nvelvet\ntribunal\nruled\nnato\npensions\nprayers\nfunky\nsecretariat\nnowhere\ncop\nparagraphs\ngale\njoins\nadolescent\nnominations\nwesley\ndim\nlately\ncancelled\nscary\nmattress\nmpegs\nbrunei\nlikewise\nbanana\nintroductory\nslovak\ncakes\nstan\nreservoir\noccurrence\nidol\nbloody\nmixer\nremind\nwc\nworcester\nsbjct\ndemographic\ncharming\nmai\ntooth\ndisciplinary\nannoying\nrespected\nstays\ndisclose\naffair\ndrove\nwasher\nupset\nrestrict\nspringer\nbeside\nmines\nportraits\nrebound\nlogan\nmentor\ninterpreted\nevaluations\nfought\nbaghdad\nelimination\nmetres\nhypothetical\nimmigrants\ncomplimentary\nhelicopter\npencil\nfreeze\nhk\nperformer\nabu\ntitled\ncommissions\nsphere\npowerseller\nmoss\nratios\nconcord\ngraduated\nendorsed\nty\nsurprising\nwalnut\nlance\nladder\nitalia\nunnecessary\ndramatically\nliberia\nsherman\ncork\nmaximize\ncj\nhansen\nsenators\nworkout\nmali\nyugoslavia\nbleeding\ncharacterization\ncolon\nlikelihood\nlanes\npurse\nfundamentals\ncontamination\nmtv\nendangered\ncompromise\nmasturbation\noptimize\nstating\ndome\ncaroline\nleu\nexpiration\nnamespace\nalign\nperipheral\nbless\nengaging\nnegotiation\ncrest\nopponents\ntriumph\nnominated\nconfidentiality\nelectoral\nchangelog\nwelding\norgasm\ndeferred\nalternatively\nheel\nalloy\ncondos\nplots\npolished\nyang\ngently\ngreensboro\ntulsa\nlocking\ncasey\ncontroversial\ndraws\nfridge\nblanket\nbloom\nqc\nsimpsons\nlou\nelliott\nrecovered\nfraser\njustify\nupgrading\nblades\npgp\nloops\nsurge\nfrontpage\ntrauma\naw\ntahoe\nadvert\npossess\ndemanding\ndefensive\nsip\nflashers\nsubaru\nforbidden\ntf\nvanilla\nprogrammers\npj\nmonitored\ninstallations\ndeutschland\npicnic\nsouls\narrivals\nspank\ncw\npractitioner\nmotivated\nwr\ndumb\nsmithsonian\nhollow\nvault\nsecurely\nexamining\nfioricet\ngroove\nrevelation\nrg\npursuit\ndelegation\nwires\nbl\ndictionaries\nmails\nbacking\ngreenhouse\nsleeps\nvc\nblake\ntransparency\ndee\ntravis\nwx\nendless\nfigured\norbit\ncurrencies\nniger\nbacon\nsurvivors\npositioning\nheater\ncolony\ncannon\ncircus\npromoted\nforbes\nmae\nmoldova\nmel\ndescending\npaxil\nspine\ntrout\nenclosed\nfeat\ntemporarily\nntsc\ncooked\nthriller\ntransmit\napnic\nfatty\ngerald\npressed\nfrequencies\nscanned\nreflections\nhunger\nmariah\nsic\nmunicipality\nusps\njoyce\ndetective\nsurgeon\ncement\nexperiencing\nfireplace\nendorsement\nbg\nplanners\ndisputes\ntextiles\nmissile\nintranet\ncloses\nseq\npsychiatry\npersistent\ndeborah\nconf\nmarco\nassists\nsummaries\nglow\ngabriel\nauditor\nwma\naquarium\nviolin\nprophet\ncir\nbracket\nlooksmart\nisaac\noxide\noaks\nmagnificent\nerik\ncolleague\nnaples\npromptly\nmodems\nadaptation\nhu\nharmful\npaintball\nprozac\nsexually\nenclosure\nacm\ndividend\nnewark\nkw\npaso\nglucose\nphantom\nnorm\nplayback\nsupervisors\nwestminster\nturtle\nips\ndistances\nabsorption\ntreasures\ndsc\nwarned\nneural\nware\nfossil\nmia\nhometown\nbadly\ntranscripts\napollo\nwan\ndisappointed\npersian\ncontinually\ncommunist\ncollectible\nhandmade\ngreene\nentrepreneurs\nrobots\ngrenada\ncreations\njade\nscoop\nacquisitions\nfoul\nkeno\ngtk\nearning\nmailman\nsanyo\nnested\nbiodiversity\nexcitement\nsomalia\nmovers\nverbal\nblink\npresently\nseas\ncarlo\nworkflow\nmysterious\nnovelty\nbryant\ntiles\nvoyuer\nlibrarian\nsubsidiaries\nswitched\nstockholm\ntamil\ngarmin\nru\npose\nfuzzy\nindonesian\ngrams\ntherapist\nrichards\nmrna\nbudgets\ntoolkit\npromising\nrelaxation\ngoat\nrender\ncarmen\nira\nsen\nthereafter\nhardwood\nerotica\ntemporal\nsail\nforge\ncommissioners\ndense\ndts\nbrave\nforwarding\nqt\nawful\nnightmare\nairplane\nreductions\nsouthampton\nistanbul\nimpose\norganisms\nsega\ntelescope\nviewers\nasbestos\nportsmouth\ncdna\nmeyer\nenters\npod\nsavage\nadvancement\nwu\nharassment\nwillow\nresumes\nbolt\ngage\nthrowing\nexisted\nwhore\ngenerators\nlu\nwagon\nbarbie\ndat\nfavour\nsoa\nknock\nurge\nsmtp\ngenerates\npotatoes\nthorough\nreplication\ninexpensive\nkurt\nreceptors\npeers\nroland\noptimum\nneon\ninterventions\nquilt\nhuntington\ncreature\nours\nmounts\nsyracuse\ninternship\nlone\nrefresh\naluminium\nsnowboard\nbeastality\nwebcast\nmichel\nevanescence\nsubtle\ncoordinated\nnotre\nshipments\nmaldives\nstripes\nfirmware\nantarctica\ncope\nshepherd\nlm\ncanberra\ncradle\nchancellor\nmambo\nlime\nkirk\nflour\ncontroversy\nlegendary\nbool\nsympathy\nchoir\navoiding\nbeautifully\nblond\nexpects\ncho\njumping\nfabrics\nantibodies\npolymer\nhygiene\nwit\npoultry\nvirtue\nburst\nexaminations\nsurgeons\nbouquet\nimmunology\npromotes\nmandate\nwiley\ndepartmental\nbbs\nspas\nind\ncorpus\njohnston\nterminology\ngentleman\nfibre\nreproduce\nconvicted\nshades\njets\nindices\nroommates\nadware\nqui\nintl\nthreatening\nspokesman\nzoloft\nactivists\nfrankfurt\nprisoner\ndaisy\nhalifax\nencourages\nultram\ncursor\nassembled\nearliest\ndonated\nstuffed\nrestructuring\ninsects\nterminals\ncrude\nmorrison\nmaiden\nsimulations\ncz\nsufficiently\nexamines\nviking\nmyrtle\nbored\ncleanup\nyarn\nknit\nconditional\nmug\ncrossword\nbother\nbudapest\nconceptual\nknitting\nattacked\nhl\nbhutan\nliechtenstein\nmating\ncompute\nredhead\narrives\ntranslator\nautomobiles\ntractor\nallah\ncontinent\nob\nunwrap\nfares\nlongitude\nresist\nchallenged\ntelecharger\nhoped\npike\nsafer\ninsertion\ninstrumentation\nids\nhugo\nwagner\nconstraint\ngroundwater\ntouched\nstrengthening\ncologne\ngzip\nwishing\nranger\nsmallest\ninsulation\nnewman\nmarsh\nricky\nctrl\nscared\ntheta\ninfringement\nbent\nlaos\nsubjective\nmonsters\nasylum\nlightbox\nrobbie\nstake\ncocktail\noutlets\nswaziland\nvarieties\narbor\nmediawiki\nconfigurations\npoison";

/** Positions without the line text: the snippet could hold the secret. */
function place(file, offset, note) {
    const { quoteLine: _never, ...at } = file.at(offset, note);
    return at;
}
const ENV_FILE = /(^|\/)\.env(\.[\w-]+)?$/;
const ENV_TEMPLATE = /\.(example|sample|template|dist|defaults?)$/;
/**
 * `NAME=value` lines of a .env file. The leading \s* crosses line ends, so from every line start in
 * a run of blank lines it would scan to the run's end (quadratic): a line start that only blank
 * space separates from an earlier one is skipped, as the earlier one reached the same text and failed.
 */
const DOTENV_ASSIGNMENT = /^(?<!^\s+?)\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*["']?([^"'\s#]+)/gm;
const ENV_SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_KEY|CONNECTION_STRING|CLIENT_KEY)/i;
/** Domains reserved for documentation and tests (RFC 2606, RFC 6761, RFC 6762) and private top-level names. */
const RESERVED_MAIL = /@([\w-]+\.)*(example\.(com|org|net)|test|example|invalid|localhost|local|internal|lan|home|corp|localdomain)$/i;
/** Second-level names of documentation and examples: Microsoft's fictitious companies, generic words. */
const EXAMPLE_DOMAINS = new Set([
    'contoso',
    'fabrikam',
    'northwindtraders',
    'northwind',
    'adventure-works',
    'adventureworks',
    'woodgrovebank',
    'woodgrove',
    'tailspintoys',
    'wingtiptoys',
    'litwareinc',
    'litware',
    'proseware',
    'fourthcoffee',
    'wideworldimporters',
    'treyresearch',
    'margiestravel',
    'lucernepublishing',
    'alpineskihouse',
    'cohowinery',
    'company',
    'mycompany',
    'yourcompany',
    'domain',
    'mydomain',
    'yourdomain',
    'email',
    'mail',
    'acme',
    'foo',
    'bar',
    'baz',
    'ex',
    'firma',
    'personal',
    'corp',
    'sample',
    'demo',
    'org',
    'site',
    'somewhere',
    'nowhere',
    'host',
    'server',
    'users',
    'noreply',
    'mailinator',
    'test-domain'
]);
/** Local parts that name nobody: generic roles and the names of cryptography's examples. */
const EXAMPLE_LOCAL = new Set([
    'user',
    'username',
    'test',
    'tester',
    'foo',
    'bar',
    'baz',
    'john',
    'jane',
    'johndoe',
    'janedoe',
    'jdoe',
    'jsmith',
    'johnsmith',
    'alice',
    'bob',
    'carol',
    'charlie',
    'dave',
    'eve',
    'mallory',
    'someone',
    'somebody',
    'nobody',
    'noreply',
    'no-reply',
    'admin',
    'me',
    'you',
    'name',
    'firstlast',
    'firstnamelastname',
    'email',
    'example',
    'info',
    'support',
    'hello',
    'contact',
    'demo',
    'sample',
    'runner',
    'ci',
    'bot',
    'dev',
    'developer',
    'owner',
    'author',
    'maintainer',
    'work',
    'personal',
    'other',
    'new',
    'old',
    'first',
    'second',
    'primary',
    'secondary',
    'guest',
    'anonymous',
    'service',
    'account',
    'mock',
    'fake'
]);
/** Files whose addresses are their authors' (package metadata, ownership), not test data. */
const METADATA_FILE = /(^|\/)(pyproject\.toml|package\.json|setup\.(py|cfg)|Cargo\.toml|[^/]*\.gemspec|pom\.xml|build\.gradle(\.kts)?|go\.mod|AUTHORS[^/]*|CODEOWNERS|\.mailmap|LICENSE[^/]*|NOTICE[^/]*|CHANGELOG[^/]*|[^/]*\.lock)$/i;
/** The domain of an e-mail address, from just after its '@'. */
const EMAIL_DOMAIN = /[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/y;
const isLocalChar = (c) => isWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45; // [A-Za-z0-9._%+-]
/** A word without its trailing digits (user1 → user); by hand, as /\d+$/ retries from every digit of a run. */
function trimDigits(w) {
    let end = w.length;
    while (end > 0 && w.charCodeAt(end - 1) >= 48 && w.charCodeAt(end - 1) <= 57)
        end--;
    return w.slice(0, end);
}
/** Whether an address is a documentation or test address rather than a real person's or tenant's. */
function exampleAddress(address) {
    if (RESERVED_MAIL.test(address))
        return true;
    const at = address.lastIndexOf('@');
    const labels = address
        .slice(at + 1)
        .toLowerCase()
        .split('.');
    if (labels.some((l) => EXAMPLE_DOMAINS.has(l)) || labels.some((l) => /^m365x\d+$/.test(l)))
        return true;
    const local = address.slice(0, at).toLowerCase();
    const words = local.split(/[._+-]/).map(trimDigits);
    return (words.some((w) => EXAMPLE_LOCAL.has(w) || w.includes('test') || w.includes('example')) ||
        EXAMPLE_LOCAL.has(words.join('')));
}
let personNames;
let commonWords;
/**
 * Whether an address looks like a person's: a real registrable domain (a public suffix, no service
 * subdomain such as a calendar's `group.calendar…` ids) and a local part with a given or family name
 * in it (`maria.k`, `nowak88`, `jkowalski`), or of two or more words none of them common English
 * (`ulbrecht.vormsand`). Role and descriptive addresses (`team@`, `shared.calendar@`, `uid123@`) are not.
 */
function personalAddress(address) {
    const at = address.lastIndexOf('@');
    const domain = parse(address.slice(at + 1).toLowerCase());
    if (!domain.isIcann || !domain.domain || domain.subdomain)
        return false;
    personNames ??= new Set(PERSON_NAME_LIST.split('\n'));
    commonWords ??= new Set(COMMON_WORD_LIST.split('\n'));
    const words = address
        .slice(0, at)
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 2);
    if (words.some((w) => w.length >= 3 && personName(personNames, w)))
        return true;
    return words.length >= 2 && !words.some((w) => commonWords.has(w));
}
/** A name, an initial and a name (`jkowalski`), or two names run together (`annanowak`). */
function personName(names, w) {
    if (names.has(w) || (w.length >= 5 && names.has(w.slice(1))))
        return true;
    for (let i = 3; i <= w.length - 3; i++)
        if (names.has(w.slice(0, i)) && names.has(w.slice(i)))
            return true;
    return false;
}
/**
 * The matches of /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, found from each '@'. That
 * pattern, tried at every word boundary of a long run without a good '@' after it, scans the run
 * to its end each time (quadratic), and a regex cannot share the scan between starts. Every start
 * in the run before an '@' reaches that '@' and the same domain, so the first boundary decides.
 */
function emailAddresses(text) {
    const found = [];
    let from = 0; // where the search goes on: after the last match
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > from && isLocalChar(text.charCodeAt(start - 1)))
            start--;
        while (start < at && isWordChar(text.charCodeAt(start - 1)) === isWordChar(text.charCodeAt(start)))
            start++;
        if (start === at)
            continue;
        EMAIL_DOMAIN.lastIndex = at + 1;
        if (!EMAIL_DOMAIN.test(text))
            continue;
        from = EMAIL_DOMAIN.lastIndex;
        found.push({ index: start, 0: text.slice(start, from) });
    }
    return found;
}
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Part of every GUID, starting with a literal the engine can skip to: tried first, as most files hold none. */
const GUID_MIDDLE = /-[0-9a-f]{4}-[0-9a-f]{4}-/i;
// An Azure subscription id (`subscription_id`, `/subscriptions/<id>/…`) names a customer's tenant data as much as a
// tenant id.
const TENANT_CONTEXT = /tenant|\btid\b|directory|subscription/i;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]?\d{2,5}\b/g;
/** Tenant ids every Microsoft sample prints: the consumer (MSA) tenant, Microsoft's own, first-party services. */
const PUBLIC_TENANTS = new Set([
    '9188040d-6c67-4c5b-b112-36a304b66dad',
    '72f988bf-86f1-41af-91ab-2d7cd011db47',
    'f8cdef31-a31e-4b4a-93e4-5f571e91255a'
]);
/**
 * Documentation placeholders built of runs of one character (`aaaabbbb-0000-cccc-1111-dddd2222eeee`,
 * `11111111-2222-…`).
 */
function runsOfFour(hex) {
    let run = 1;
    for (let i = 1; i <= hex.length; i++) {
        if (i < hex.length && hex[i] === hex[i - 1])
            run++;
        else if (run < 4)
            return false;
        else
            run = 1;
    }
    return true;
}
function placeholderGuid(g) {
    const hex = g.replace(/-/g, '').toLowerCase();
    return (PUBLIC_TENANTS.has(g.toLowerCase()) ||
        /^(.)\1*$/.test(hex) ||
        runsOfFour(hex) ||
        /^(0123456789abcdef|123456781234)/.test(hex) ||
        hex === '12345678123412341234123456789012');
}
/** Fictional telephone numbers (555-01xx in North America) and runs of one digit or of counting digits. */
function fictionalPhone(digits) {
    return (/555(01\d\d|\d{4})$/.test(digits) ||
        /^(\d)\1+$/.test(digits.slice(-7)) ||
        /0123456|1234567|2345678|3456789|9876543/.test(digits));
}
const SSN_CONTEXT = /ssn|social.?security|national.?id|tax.?id/i;
/** Documentation and examples: prose, docs/ and examples/ trees. Reported apart, like test code. */
const DOC_PATH = /\.(md|mdx|markdown|rst|adoc|txt|ipynb)$|(^|\/)(docs?|documentation|examples?|samples?|demo)\//i;
const isDocPath = (path) => DOC_PATH.test(path);
const mask = (s) => own(`${s.slice(0, 4)}…`);
/** How far before a value its doc comment's `@example` tag may be. */
const EXAMPLE_REACH = 2000;
/** An OpenAPI or settings `example:` key before the value on its line. */
const EXAMPLE_KEY = /\bexamples?["']?\s{0,10}[:=]/i;
/**
 * Whether the value at `index` is a documentation example: inside a doc comment after its `@example`
 * tag (generated API types carry them), or the value of an `example:` key. Reads at most
 * EXAMPLE_REACH characters before the value, so many values in one file stay linear.
 */
function inDocumentedExample(text, index) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    if (EXAMPLE_KEY.test(text.slice(Math.max(lineStart, index - 200), index)))
        return true;
    const before = text.slice(Math.max(0, index - EXAMPLE_REACH), index);
    const tag = before.lastIndexOf('@example');
    return tag >= 0 && !before.includes('*/', tag);
}
/**
 * The secret-named values a .env file (not a template) assigns, with their offsets: for the detector and the redactor
 * alike.
 */
function dotenvSecrets(path, text) {
    if (!ENV_FILE.test(path) || ENV_TEMPLATE.test(path))
        return [];
    const found = [];
    for (const m of text.matchAll(DOTENV_ASSIGNMENT)) {
        const [, name, value] = m;
        if (!ENV_SECRET_NAME.test(name) || isPlaceholder(value) || !dotenvValue(value))
            continue;
        found.push({ name, value, offset: m.index + m[0].lastIndexOf(value) });
    }
    return found;
}
/**
 * Real-looking personal and tenant data in a test file's text, with the values: for the detector,
 * which keeps only masks, and for the redactor, which masks the same values wherever else they print.
 */
function testDataIn(text) {
    const found = [];
    for (const m of emailAddresses(text)) {
        // After ':' or '/': a URL's user part or a chat id (19:abc@thread.v2), not an address.
        const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
        if (before === 58 ||
            before === 47 ||
            exampleAddress(m[0]) ||
            !personalAddress(m[0]) ||
            /\.(png|jpe?g|gif|svg|webp)$/i.test(m[0]) ||
            /^[\w.-]+@\d+\.\d+/.test(m[0]))
            continue;
        found.push({
            kind: 'e-mail address',
            value: m[0],
            index: m.index,
            note: 'a person’s name at a real domain, outside the reserved test domains',
            fingerprint: fingerprint('e-mail', m[0].toLowerCase())
        });
    }
    for (const m of GUID_MIDDLE.test(text) ? text.matchAll(GUID) : []) {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        if (!TENANT_CONTEXT.test(before.split('\n').pop() ?? '') || placeholderGuid(m[0]))
            continue;
        found.push({
            kind: 'tenant id',
            value: m[0],
            index: m.index,
            note: 'tenant/directory id that is not a placeholder',
            fingerprint: fingerprint('tenant', m[0].toLowerCase())
        });
    }
    for (const m of text.matchAll(SSN)) {
        if (!SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 80), m.index)))
            continue;
        found.push({
            kind: 'national id number',
            value: m[0],
            index: m.index,
            note: 'national id number pattern',
            fingerprint: fingerprint('ssn', m[0])
        });
    }
    for (const m of text.matchAll(PHONE)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 8 || fictionalPhone(digits))
            continue;
        found.push({
            kind: 'phone number',
            value: m[0],
            index: m.index,
            note: 'phone number',
            fingerprint: fingerprint('phone', digits)
        });
    }
    return found;
}
function createSecretsDetector() {
    const result = { secrets: [], testData: [], suppressed: [] };
    const detector = {
        files: 'all',
        visit(file) {
            const isDoc = isDocPath(file.path);
            // Offsets the rules reported, so the .env pass does not report a value twice (a set: linear in the hits).
            const reported = new Set();
            // Whether the file says "example" anywhere: looked for once, at its first hit.
            let examples;
            for (const { rule, secret, index, verified, documented: known } of matchSecrets(file.text, file)) {
                examples ??= /example/i.test(file.text);
                const example = examples && !known && inDocumentedExample(file.text, index);
                const documented = known ?? (example ? 'a documentation example' : undefined);
                reported.add(index);
                if (allowedByMarker(file.text, index)) {
                    result.suppressed.push(place(file, index, rule.description));
                    continue;
                }
                result.secrets.push({
                    rule: rule.id,
                    description: rule.description,
                    masked: own(maskSecret(secret)),
                    at: place(file, index, rule.description),
                    isTest: file.isTest,
                    isDoc,
                    verified: verified === true,
                    ...(documented ? { documented } : {}),
                    fingerprint: fingerprint(rule.id, secret)
                });
            }
            for (const { name, value, offset } of dotenvSecrets(file.path, file.text)) {
                if (reported.has(offset))
                    continue;
                if (allowedByMarker(file.text, offset)) {
                    result.suppressed.push(place(file, offset, `.env value for ${name}`));
                    continue;
                }
                result.secrets.push({
                    rule: 'dotenv-secret',
                    description: own(`.env value for ${name}`),
                    masked: own(maskSecret(value)),
                    at: place(file, offset, `.env value for ${name}`),
                    isTest: file.isTest,
                    isDoc,
                    verified: false,
                    fingerprint: fingerprint(`dotenv-secret\0${name}`, value)
                });
            }
            if (!file.isTest || METADATA_FILE.test(file.path))
                return;
            for (const { kind, value, index, note, fingerprint: fp } of testDataIn(file.text))
                result.testData.push({ kind, masked: mask(value), at: place(file, index, note), fingerprint: fp });
        }
    };
    return { detector, result };
}

// C# source rules (MCP C# SDK, Microsoft.Extensions.AI).
const BLOCKS = ['ImageContentBlock', 'AudioContentBlock', 'ResourceLinkBlock'];
const CONTENT_RULES$5 = [
    {
        languages: ['csharp'],
        view: 'bare',
        needles: BLOCKS,
        re: /\b(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b\s*(?:\(|\{|\.From)/g,
        kind: (m) => kindOf(m[1])
    },
    {
        languages: ['csharp'],
        view: 'bare',
        needles: BLOCKS,
        re: /\bnew\s+(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b/g,
        kind: (m) => kindOf(m[1])
    },
    // The arguments before the media type are bounded: unbounded, each `new DataContent(` was scanned to the next `;`.
    {
        languages: ['csharp'],
        view: 'code',
        needles: ['DataContent'],
        re: /\bnew\s+DataContent\s*\([^;]{0,4000}?"(image|audio)\/[^"]*"/g,
        find: (text) => boundedGapMatches(text, {
            head: /\bnew\s+DataContent\s*\(/g,
            stop: ';',
            max: 4000,
            tail: /"(image|audio)\/[^"]*"/y,
            tailStart: '"'
        }),
        kind: (m) => m[1]
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$5 = [
    // Python decorators, with or without a name, are read by collectPythonDecoratedTools (with their server, for mounted
    // namespaces).
    // C#: [McpServerTool(Name = "x")] (what precedes Name, and a Spring AI name below, bounded as for addTool)
    {
        languages: ['csharp'],
        needles: ['McpServerTool'],
        re: /\[\s*McpServerTool\s*\([^\]]{0,4000}?\bName\s*=\s*(")([^"\n]+)"/g,
        view: 'code',
        find: gapFind(/\[\s*McpServerTool\s*\(/g, ']', /\bName\s*=\s*(")([^"\n]+)"/y, 'Name')
    }
];
/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
const TOOL_DERIVED_RULES$5 = [
    // C#: [McpServerTool] or [McpServerTool, Description(...)] without Name, then the method
    {
        languages: ['csharp'],
        needles: ['McpServerTool'],
        re: /\[\s*McpServerTool\b(?![^\]]{0,4000}\bName\s*=)[^\]]{0,4000}\]\s*(?:\[[^\]]{0,4000}\]\s*){0,10}(?:(?:public|private|internal|protected|static|async|virtual|override|partial)\s+){0,10}(?:(?=([\w<>[\],.?]{1,400}))\1\s+){1,6}?(?<name>\w+)\s*\(/g,
        view: 'bare'
    }
];

var csharp = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$5,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$5,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$5
});

const CONTENT_RULES$4 = [
    // Official SDK struct literals, mark3labs constructors.
    {
        languages: ['go'],
        view: 'bare',
        needles: ['ImageContent', 'AudioContent', 'ResourceLink'],
        re: /\bmcp\.(ImageContent|AudioContent|ResourceLink)\s*\{/g,
        kind: (m) => kindOf(m[1])
    },
    {
        languages: ['go'],
        view: 'bare',
        needles: ['mcp.New'],
        re: /\bmcp\.New(ImageContent|AudioContent|ResourceLink|ToolResultImage|ToolResultAudio)\s*\(/g,
        kind: (m) => kindOf(m[1])
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$4 = [
    // Go official SDK: &mcp.Tool{Name: "x"}; mark3labs: mcp.NewTool("x", …)
    {
        languages: ['go'],
        needles: ['mcp.Tool'],
        re: /mcp\.Tool\s*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g,
        view: 'code',
        find: gapFind(/mcp\.Tool\s*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name')
    },
    { languages: ['go'], needles: ['mcp.NewTool'], re: /\bmcp\.NewTool\s*\(\s*(["`])([^"`\n]+)\1/g, view: 'code' }
];
/**
 * Go: a literal of a repository's own `Tool` type in the protocol's shape (`api.Tool{Name: "pods_list", …,
 * InputSchema: …}`), which the server turns into the SDK's tool elsewhere (`&mcp.Tool{Name: tool.Tool.Name}`): a
 * name and an input schema are what the protocol requires of every tool, so the pair marks one without an SDK import
 * in the file (security.ts reads the schema). The SDK's own `mcp.Tool` is the literal rule's (above).
 */
const GO_TOOL_SHAPE = {
    languages: ['go'],
    needles: ['Tool'],
    re: /(?<![\w.])(?:[A-Za-z_]\w*\.)?Tool[ \t]*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g,
    view: 'code',
    find: gapFind(/(?<![\w.])(?:[A-Za-z_]\w*\.)?Tool[ \t]*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name')
};
const TOOL_DERIVED_RULES$4 = [];

var go = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$4,
    GO_TOOL_SHAPE: GO_TOOL_SHAPE,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$4,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$4
});

// Spring AI's `@Tool` (or `@McpTool`) without a `name`: the tool takes its method's name. The
// rule's pattern in TOOL_DERIVED_RULES is the definition; this finds the same
// matches, at the same places, in linear time (a property test holds the two
// together). Hand-written because the pattern's bounded gaps are re-read from
// every `@Tool`: it looks up to 4,000 characters ahead for `name =` and for the
// `)` closing each annotation's arguments, which is quadratic on `@Tool(@(@…`.
// Here those two are looked up in lists made once per text.
/** The most characters the pattern lets an annotation's arguments hold before `name =` or `)`. */
const MAX_ARGUMENTS = 4000;
const MAX_ANNOTATIONS$1 = 10;
const MAX_MODIFIERS = 10;
const MAX_TYPE_WORDS = 6;
const MAX_TYPE_WORD = 400;
const MODIFIERS$1 = ['public', 'private', 'protected', 'static', 'final'];
/** `[\w<>\[\],.?]`: a character of a return type's word. */
const isTypeChar = (c) => isWordChar(c) || c === 60 || c === 62 || c === 91 || c === 93 || c === 44 || c === 46 || c === 63;
const NAME_ASSIGNED = /\bname\s*=/g;
function springToolsNamedAfterMethod(text) {
    const found = [];
    const nextAnnotation = annotationsOf(text);
    let at = nextAnnotation(0);
    if (at === -1)
        return found;
    const n = text.length;
    const closes = offsetsOf(text, ')');
    const names = [];
    NAME_ASSIGNED.lastIndex = 0;
    for (let m = NAME_ASSIGNED.exec(text); m; m = NAME_ASSIGNED.exec(text))
        names.push(m.index);
    const skipSpaces = (i) => {
        while (i < n && isSpaceChar(text.charCodeAt(i)))
            i++;
        return i;
    };
    /** Past `(…)` opening at `open`: its `)` within MAX_ARGUMENTS characters, else -1. */
    const pastArguments = (open) => {
        const close = firstFrom(closes, open + 1);
        return close === -1 || close - (open + 1) > MAX_ARGUMENTS ? -1 : close + 1;
    };
    /** The match starting at `start` (just before `@Tool` or `@McpTool`), or undefined. */
    const matchAt = (start) => {
        let p = start + annotationLength(text, start);
        const open = skipSpaces(p);
        if (text.charCodeAt(open) === 40) {
            // (?!\s*\([^)]{0,4000}\bname\s*=): a `name =` among the arguments, before their `)`.
            const name = firstFrom(names, open + 1);
            const close = firstFrom(closes, open + 1);
            if (name !== -1 && name - (open + 1) <= MAX_ARGUMENTS && (close === -1 || name < close))
                return undefined;
            // Unclosed arguments leave `(` where a type must start: no match.
            p = pastArguments(open);
            if (p === -1)
                return undefined;
        }
        p = skipSpaces(p);
        // Other annotations, each with its arguments: with fewer, the next character is `@`, and no match follows.
        for (let a = 0; a < MAX_ANNOTATIONS$1 && text.charCodeAt(p) === 64 && isWordChar(text.charCodeAt(p + 1)); a++) {
            p += 2;
            while (p < n && isWordChar(text.charCodeAt(p)))
                p++;
            if (text.charCodeAt(p) === 40) {
                p = pastArguments(p);
                if (p === -1)
                    return undefined;
            }
            p = skipSpaces(p);
        }
        // Modifiers, as many as there are (greedily): where each next one would start.
        const afterModifiers = [p];
        while (afterModifiers.length <= MAX_MODIFIERS) {
            const word = MODIFIERS$1.find((w) => text.startsWith(w, p));
            if (!word || !isSpaceChar(text.charCodeAt(p + word.length)))
                break;
            p = skipSpaces(p + word.length);
            afterModifiers.push(p);
        }
        // With the most modifiers first, then fewer (a modifier may be read as a type word), the
        // fewest type words first: each a run of type characters, at most MAX_TYPE_WORD, then spaces.
        for (let k = afterModifiers.length - 1; k >= 0; k--) {
            let t = afterModifiers[k];
            for (let j = 0; j < MAX_TYPE_WORDS; j++) {
                let e = t;
                while (e < n && e - t < MAX_TYPE_WORD && isTypeChar(text.charCodeAt(e)))
                    e++;
                if (e === t || !isSpaceChar(text.charCodeAt(e)))
                    break;
                t = skipSpaces(e);
                let w = t;
                while (w < n && isWordChar(text.charCodeAt(w)))
                    w++;
                if (w === t)
                    continue;
                const paren = skipSpaces(w);
                if (text.charCodeAt(paren) === 40)
                    return { index: start, 0: text.slice(start, paren + 1), groups: { name: text.slice(t, w) } };
            }
        }
        return undefined;
    };
    while (at !== -1) {
        const m = isWordChar(text.charCodeAt(at + annotationLength(text, at))) ? undefined : matchAt(at);
        if (m)
            found.push(m);
        at = nextAnnotation(m ? m.index + m[0].length : at + 1);
    }
    return found;
}
/**
 * Where the next `@Tool` or `@McpTool` starts at or after `from` (which only grows), or -1. Each name's next place
 * is kept until `from` passes it, because searching again from every `@Tool` is quadratic when one name is absent.
 */
function annotationsOf(text) {
    let tool = -2;
    let mcp = -2;
    return (from) => {
        if (tool !== -1 && tool < from)
            tool = text.indexOf('@Tool', from);
        if (mcp !== -1 && mcp < from)
            mcp = text.indexOf('@McpTool', from);
        return tool === -1 ? mcp : mcp === -1 ? tool : Math.min(tool, mcp);
    };
}
/** The length of the annotation's name at `start`: `@McpTool` or `@Tool`. */
const annotationLength = (text, start) => (text.startsWith('@McpTool', start) ? 8 : 5);

const TYPES = ['ImageContent', 'AudioContent', 'ResourceLink'];
/** Spring AI's `@Tool` and its MCP annotations' `@McpTool`: the same attributes, the same default name. */
const TOOL_ANNOTATIONS = ['@Tool', '@McpTool'];
const CONTENT_RULES$3 = [
    {
        languages: JVM,
        view: 'bare',
        needles: TYPES,
        re: /\bnew\s+(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\(/g,
        kind: (m) => kindOf(m[1])
    },
    {
        languages: JVM,
        view: 'bare',
        needles: TYPES,
        re: /\b(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\.\s*builder\s*\(/g,
        kind: (m) => kindOf(m[1])
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$3 = [
    // Java SDK 1.x: Tool.builder().name("x"); 2.0: Tool.builder("x", schema); new McpSchema.Tool("x", …), new Tool("x",
    // …); Spring AI @Tool(name = "x") and @McpTool(name = "x")
    {
        languages: JVM,
        needles: ['builder'],
        re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*(")([^"\n]+)"/g,
        view: 'code'
    },
    { languages: JVM, needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: JVM, needles: ['Tool'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    {
        languages: JVM,
        needles: TOOL_ANNOTATIONS,
        re: /@(?:Mcp)?Tool\s*\([^)]{0,4000}?\bname\s*=\s*(")([^"\n]+)"/g,
        view: 'code',
        find: gapFind(/@(?:Mcp)?Tool\s*\(/g, ')', /\bname\s*=\s*(")([^"\n]+)"/y, 'name')
    }
];
/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
const TOOL_DERIVED_RULES$3 = [
    // Spring AI: @Tool or @McpTool(description = …) without name, then the method; found by hand (spring-tools.ts),
    // as the pattern's 4,000-character gaps are re-read from every `@Tool` (quadratic on `@Tool(@(@…`).
    {
        languages: JVM,
        needles: TOOL_ANNOTATIONS,
        find: springToolsNamedAfterMethod,
        re: /@(?:Mcp)?Tool\b(?!\s*\([^)]{0,4000}\bname\s*=)(?:\s*\([^)]{0,4000}\))?\s*(?:@(?=(\w+))\1(?:\([^)]{0,4000}\))?\s*){0,10}(?:(?:public|private|protected|static|final)\s+){0,10}(?:(?=([\w<>[\],.?]{1,400}))\2\s+){1,6}?(?<name>\w+)\s*\(/g,
        view: 'bare'
    }
];

var java = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$3,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$3,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$3
});

const CONTENT_RULES$2 = [
    // Python SDK types and FastMCP helpers.
    {
        languages: ['python'],
        view: 'bare',
        needles: ['ImageContent', 'AudioContent', 'ResourceLink'],
        re: /\b(ImageContent|AudioContent|ResourceLink)\s*\(/g,
        kind: (m) => kindOf(m[1])
    },
    {
        languages: ['python'],
        view: 'bare',
        needles: ['Image', 'Audio'],
        re: /(?<![\w.])(Image|Audio)\s*\(\s*(?:data|path|format)\s*=/g,
        kind: (m) => kindOf(m[1])
    },
    {
        languages: ['python'],
        view: 'bare',
        needles: ['Image', 'Audio'],
        re: /->\s*(?:list\[\s*)?(Image|Audio)\b/g,
        kind: (m) => kindOf(m[1])
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$2 = [
    // Python low-level: Tool(name="name", …) / types.Tool(name=…)
    { languages: ['python'], needles: ['Tool'], re: /\bTool\s*\(\s*name\s*=\s*(['"])([^'"\n]+)\1/g, view: 'code' }
];
const TOOL_DERIVED_RULES$2 = [];

var python = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$2,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$2,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$2
});

const KINDS = ['image', 'audio', 'resource_link'];
const CONTENT_RULES$1 = [
    // TS object literal type: "image" | "audio" | "resource_link", also in ternaries and `as const`. A ternary's
    // condition is at most 200 characters and the gaps at most 20: unbounded, a line of `type:` and spaces
    // was scanned to its end from every `type`, in every split of its spaces (polynomial in the line's length).
    {
        languages: JS$1,
        view: 'code',
        needles: KINDS,
        re: /\btype\s*:\s*(?:(?:[^,;{}\n\s][^,;{}\n]{0,200}?)?\?\s{0,20})?(['"`])(image|audio|resource_link)\1/g,
        kind: (m) => m[2]
    },
    {
        languages: JS$1,
        view: 'code',
        needles: KINDS,
        re: /\btype\s*:[^,;{}\n]{0,200}?:\s{0,20}(['"`])(image|audio|resource_link)\1/g,
        kind: (m) => m[2]
    },
    {
        languages: JS$1,
        view: 'code',
        needles: KINDS,
        re: /(['"`])(image|audio|resource_link)\1\s+as\s+const\b/g,
        kind: (m) => m[2]
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$1 = [
    // TS SDK: server.tool("name", …), server.registerTool("name", …), server.experimental.tasks.registerToolTask("name",
    // …)
    {
        languages: JS$1,
        needles: ['.tool', '.registerTool'],
        re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*(['"`])([^'"`\n]+)\1/g,
        view: 'code'
    },
    // FastMCP (TS): server.addTool({ name: "name", … }). What comes before the name is bounded (here and for
    // Go below): unbounded, each unclosed `{` scanned to the end of the file: quadratic in them.
    {
        languages: JS$1,
        needles: ['.addTool'],
        re: /\.addTool\s*\(\s*\{[^}]{0,4000}?\bname\s*:\s*(['"`])([^'"`\n]+)\1/g,
        view: 'code',
        find: gapFind(/\.addTool\s*\(\s*\{/g, '}', /\bname\s*:\s*(['"`])([^'"`\n]+)\1/y, 'name')
    }
];
const TOOL_DERIVED_RULES$1 = [];

var typescript = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$1,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$1,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$1
});

const LANGUAGES = [typescript, python, csharp, go, java];
const CONTENT_RULES = LANGUAGES.flatMap((l) => l.CONTENT_RULES);
const TOOL_LITERAL_RULES = LANGUAGES.flatMap((l) => l.TOOL_LITERAL_RULES);
const TOOL_DERIVED_RULES = LANGUAGES.flatMap((l) => l.TOOL_DERIVED_RULES);

// What one file says about the names of its tools beyond a literal at the
// registration: string constants, tool objects kept in constants, the modules
// an identifier is imported from, and the function whose parameter a
// registration's name is. Used in the pass (within a file) and by the derived
// step that follows identifiers across files (tool-resolve.ts). Hand-written:
// no library reads these idioms across five languages, and a parser per
// language would cost the pass far more than these bounded scans.
/** The most characters a tool object's literal is read for its `name` (a schema may be long). */
const MAX_OBJECT = 20_000;
/**
 * A Go string constant or variable. The indent is matched within its line: `^\s*` ran from every line start across the
 * blank lines below it (quadratic).
 */
const GO_STRING_CONSTANT = /^[^\S\n\r\u2028\u2029]*(?:const\s+)?([A-Za-z_]\w*)\s+(?:[A-Za-z_][\w.]*\s+)?=\s*"([^"\n]+)"/gm;
/**
 * C# `const string X = "…"` / `static readonly string X = "…"`; Java and Kotlin `static final String X = "…"`, `const
 * val X = "…"`.
 */
const CLASS_STRING_CONSTANT = /\b(?:const\s+string|readonly\s+string|final\s+String|const\s+val)\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"([^"\n]+)"/g;
const JS_STRING_CONSTANT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(['"`])([^'"`\n$]+)\2/g;
const PY_CLASS = /^[ \t]*class\s+([A-Za-z_]\w*)/;
const PY_STRING_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(['"])([^'"\n]+)\2\s*$/;
/**
 * String constants a file defines, by the name code uses for them (Python Enum members as `Class.MEMBER`, C# and Java
 * members by their own name and as `Class.MEMBER`).
 */
function stringConstantsOf(file) {
    const constants = new Map();
    const code = file.code;
    if (file.language === 'go') {
        for (const m of code.matchAll(GO_STRING_CONSTANT))
            constants.set(m[1], m[2]);
    }
    else if (file.language === 'python') {
        // Module constants by name; members of a class (an Enum) as Class.MEMBER, while its body lasts.
        let cls;
        for (const line of code.split('\n')) {
            if (!line.trim())
                continue;
            const indent = /^[ \t]*/.exec(line)[0].length;
            const header = PY_CLASS.exec(line);
            if (header) {
                cls = { name: header[1], indent };
                continue;
            }
            if (cls && indent <= cls.indent)
                cls = undefined;
            const m = PY_STRING_ASSIGNMENT.exec(line);
            if (!m)
                continue;
            if (cls)
                constants.set(`${cls.name}.${m[1]}`, m[3]);
            else if (indent === 0)
                constants.set(m[1], m[3]);
        }
    }
    else if (file.language === 'csharp' || file.language === 'java' || file.language === 'kotlin') {
        const classes = classNamesAt(file.bare);
        for (const m of code.matchAll(CLASS_STRING_CONSTANT)) {
            constants.set(m[1], m[2]);
            const cls = classes(m.index);
            if (cls)
                constants.set(`${cls}.${m[1]}`, m[2]);
        }
    }
    else {
        for (const m of code.matchAll(JS_STRING_CONSTANT))
            constants.set(m[1], m[3]);
    }
    return constants;
}
const CLASS_HEADER = /\b(?:class|interface|object)\s+([A-Za-z_]\w*)/g;
/** The class a member at an offset is declared in: the last class header before it (nesting is rare for constants). */
function classNamesAt(bare) {
    const headers = [...bare.matchAll(CLASS_HEADER)].map((m) => ({ at: m.index, name: m[1] }));
    return (offset) => {
        let found;
        for (const h of headers) {
            if (h.at > offset)
                break;
            found = h.name;
        }
        return found;
    };
}
/**
 * The offset of the bracket closing the one at `open` (any of ( [ {), in `bare` where strings cannot hold brackets; -1
 * past `max`.
 */
function closingBracket(bare, open, max = MAX_OBJECT) {
    let depth = 0;
    const end = Math.min(bare.length, open + max);
    for (let i = open; i < end; i++) {
        const ch = bare.charCodeAt(i);
        if (ch === 40 || ch === 91 || ch === 123)
            depth++;
        else if (ch === 41 || ch === 93 || ch === 125) {
            if (--depth === 0)
                return i;
        }
    }
    return -1;
}
const OBJECT_NAME = /^(?:name|Name|"name"|'name')\s*[:=]\s*(['"`])([^'"`\n$]+)\1/;
const OBJECT_NAME_REF = /^(?:name|Name)\s*[:=]\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*[,}\n]/;
/** A shorthand property (`{ name, description, execute }`): the constant `name` the module holds. */
const OBJECT_NAME_SHORTHAND = /^name\s*[,}\n]/;
/**
 * The tool name an object or struct literal opening at `open` holds at its own depth: a `name:` /
 * `Name:` / `name=` field with a literal (`literal`), or with an identifier (`ref`). Fields of
 * nested objects (a schema's properties) are not the tool's.
 */
function objectNameAt(file, open) {
    const { code, bare } = file;
    const close = closingBracket(bare, open);
    const end = close === -1 ? Math.min(bare.length, open + MAX_OBJECT) : close;
    let depth = 0;
    for (let i = open; i < end; i++) {
        const ch = bare.charCodeAt(i);
        if (ch === 40 || ch === 91 || ch === 123)
            depth++;
        else if (ch === 41 || ch === 93 || ch === 125)
            depth--;
        else if (depth === 1 && (ch === 110 || ch === 78 || ch === 34 || ch === 39) && !/[\w$.]/.test(bare[i - 1] ?? '')) {
            const rest = code.slice(i, i + 400);
            const lit = OBJECT_NAME.exec(rest);
            if (lit)
                return { literal: lit[2], at: i + lit[0].lastIndexOf(lit[2]) };
            const ref = OBJECT_NAME_REF.exec(rest);
            if (ref)
                return { ref: ref[1], at: i + ref[0].indexOf(ref[1], 4) };
            if (OBJECT_NAME_SHORTHAND.test(rest))
                return { ref: 'name', at: i };
        }
    }
    return undefined;
}
/**
 * `const X: Tool = {`, `const X = defineTool({`, `export const X = {`, `var X = mcp.Tool{`, `X := &mcp.Tool{`: where
 * the object of a constant opens.
 */
const OBJECT_CONSTANT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>[\]]{1,200}\s*)?=\s*(?:[A-Za-z_$][\w$.]{0,200}\s*\(\s*)?\{|\b([A-Za-z_]\w*)\s*:?=\s*&?[A-Za-z_][\w.]{0,200}\s*\{/g;
/**
 * Tool objects a file keeps in constants, by name: the literal name each holds (or the identifier it names it with).
 */
function toolObjectsOf(file) {
    const objects = new Map();
    for (const m of file.bare.matchAll(OBJECT_CONSTANT)) {
        const name = objectNameAt(file, m.index + m[0].length - 1);
        if (name)
            objects.set(m[1] ?? m[2], name);
    }
    return objects;
}
const JS_IMPORT = /\bimport\s+(?:type\s+)?(?:([A-Za-z_$][\w$]*)\s*(?:,\s*)?)?(?:\{([^{}]{0,4000})\}\s*)?from\s*(['"])([^'"\n]+)\3/g;
const PY_IMPORT = /^[ \t]*from\s+([.\w]+)\s+import\s+(\(?)([^)\n]{0,4000})/gm;
/** The identifiers a TypeScript, JavaScript or Python file imports from other modules. */
function importsOf(file) {
    const imports = new Map();
    if (file.language === 'python') {
        for (const m of file.code.matchAll(PY_IMPORT)) {
            let list = m[3];
            if (m[2]) {
                const close = file.code.indexOf(')', m.index + m[0].length - m[3].length);
                if (close !== -1)
                    list = file.code.slice(m.index + m[0].length - m[3].length, close);
            }
            for (const part of list.split(',')) {
                const w = /^\s*([A-Za-z_]\w*)(?:\s+as\s+([A-Za-z_]\w*))?\s*$/.exec(part);
                if (w)
                    imports.set(w[2] ?? w[1], { from: m[1], name: w[1] });
            }
        }
        return imports;
    }
    for (const m of file.code.matchAll(JS_IMPORT)) {
        if (m[1])
            imports.set(m[1], { from: m[4], name: 'default' });
        for (const part of (m[2] ?? '').split(',')) {
            const w = /^\s*(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?\s*$/.exec(part);
            if (w)
                imports.set(w[2] ?? w[1], { from: m[4], name: w[1] });
        }
    }
    return imports;
}
/** Function headers, per language: the name, then where the parameter list opens. */
const FUNCTION_HEADERS = {
    go: /\bfunc\s+(?:\([^()\n]{0,200}\)\s*)?([A-Za-z_]\w*)\s*(?:\[[^[\]\n]{0,400}\]\s*)?\(/g,
    python: /\bdef\s+([A-Za-z_]\w*)\s*\(/g,
    typescript: /\bfunction(?:\s*\*\s*|\s+)([A-Za-z_$][\w$]*)\s*(?:<[^<>\n]{0,400}>\s*)?\(|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?\(/g,
    javascript: /\bfunction(?:\s*\*\s*|\s+)([A-Za-z_$][\w$]*)\s*\(|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s+)?\(/g
};
const JS_LANGUAGES = new Set(['typescript', 'javascript']);
/** A TypeScript or JavaScript class method's header at a line's start: modifiers, its name, its parameters. */
const JS_METHOD = /^[ \t]*(?:(?:public|private|protected|static|async|readonly|override)[ \t]+)*([A-Za-z_$][\w$]*)[ \t]*(?:<[^<>\n]{0,400}>[ \t]*)?\(/gm;
const NOT_METHODS$1 = new Set(['if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'await', 'with']);
/**
 * The class method whose body holds `offset`: the nearest header before it (a call at a line's start is not one: no
 * body follows its parentheses) whose braces close after it.
 */
function enclosingMethod(bare, offset) {
    const from = Math.max(0, offset - MAX_FUNCTION_BACK);
    const slice = bare.slice(from, offset);
    const headers = [];
    JS_METHOD.lastIndex = 0;
    for (let m = JS_METHOD.exec(slice); m; m = JS_METHOD.exec(slice))
        headers.push(m);
    for (let k = headers.length - 1; k >= 0; k--) {
        const m = headers[k];
        if (NOT_METHODS$1.has(m[1]))
            continue;
        const open = from + m.index + m[0].length - 1;
        const close = closingBracket(bare, open, 4000);
        if (close === -1 || close > offset)
            continue;
        const body = /^\s*(?::[^{};=]{0,200})?\{/.exec(bare.slice(close + 1, close + 260));
        if (!body)
            continue;
        const end = closingBracket(bare, close + body[0].length, 200_000);
        if (end !== -1 && end < offset)
            continue;
        return { match: m, at: from + m.index, open };
    }
    return undefined;
}
/** How far back a registration's enclosing function header is looked for. */
const MAX_FUNCTION_BACK = 20_000;
/** The last match of the global `re` in the `back` characters before `offset`, and where that window starts. */
function lastMatchBefore(text, offset, re, back) {
    const from = Math.max(0, offset - back);
    const slice = text.slice(from, offset);
    let match;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice))
        match = m;
    return match && { match, from };
}
/**
 * The function whose body holds the offset, when the identifier at it is one of its parameters:
 * its name and the parameter's position (Python's `self`/`cls` not counted, as callers do not pass them).
 */
function parameterOf(file, offset, ident) {
    const re = FUNCTION_HEADERS[file.language];
    if (!re)
        return undefined;
    const found = lastMatchBefore(file.bare, offset, re, MAX_FUNCTION_BACK);
    const method = JS_LANGUAGES.has(file.language ?? '') ? enclosingMethod(file.bare, offset) : undefined;
    if (!found && !method)
        return undefined;
    // A class method (`private register(server, tool) {`) nearer the registration than a function header is its own.
    const header = found && found.from + found.match.index;
    const last = method && (header === undefined || method.at > header) ? method.match : found.match;
    const open = method && last === method.match ? method.open : found.from + found.match.index + last[0].length - 1;
    const close = closingBracket(file.bare, open, 4000);
    if (close === -1 || close > offset)
        return undefined;
    const params = file.bare
        .slice(open + 1, close)
        .split(',')
        .map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '');
    const kept = file.language === 'python' ? params.filter((p) => p !== 'self' && p !== 'cls') : params;
    const index = kept.indexOf(ident);
    return index === -1 ? undefined : { fn: last[1] ?? last[2], index };
}
/** How far back a Python method's class header, and how far on its body, are read. */
const MAX_CLASS_BACK = 20_000;
const MAX_CLASS_BODY = 100_000;
const PY_CLASS_HEADER = /^([ \t]*)class[ \t]+[A-Za-z_]\w*/gm;
const PY_STRING = /^\s*(['"])([^'"\n]{1,200})\1\s*$/;
/**
 * `self.<attr>` at a Python offset, when its class sets the attribute from a literal: `self.attr = "x"`
 * in the class, or the base constructor given it (`super().__init__("x")` or `(name_kw="x")` as its only
 * argument, or `attr="x"`), the shape of servers that define one class per tool.
 */
function pythonSelfAttributeOf(file, offset, attr) {
    const found = lastMatchBefore(file.bare, offset, PY_CLASS_HEADER, MAX_CLASS_BACK);
    if (!found)
        return undefined;
    const { match: header, from } = found;
    const start = from + header.index;
    const indent = header[1].length;
    // The body ends at the first non-blank line indented no deeper than the header.
    let end = Math.min(file.bare.length, start + MAX_CLASS_BODY);
    for (let nl = file.bare.indexOf('\n', start); nl !== -1 && nl < end; nl = file.bare.indexOf('\n', nl + 1)) {
        const line = /^[ \t]*(\S?)/.exec(file.bare.slice(nl + 1, nl + 1 + indent + 2));
        if (line[1] && line[0].length - 1 <= indent) {
            end = nl;
            break;
        }
    }
    if (offset > end)
        return undefined;
    const code = file.code.slice(start, end);
    const bare = file.bare.slice(start, end);
    const assigned = new RegExp(`\\bself\\.${attr}\\s*=\\s*(['"])([^'"\\n]{1,200})\\1`).exec(code);
    if (assigned)
        return assigned[2];
    const init = /\bsuper\s*\([^()]{0,200}\)\s*\.\s*__init__\s*\(/.exec(bare);
    if (!init)
        return undefined;
    const open = init.index + init[0].length - 1;
    const close = closingBracket(bare, open, 4000);
    if (close === -1)
        return undefined;
    const args = splitTopLevel(bare.slice(open + 1, close), code.slice(open + 1, close));
    const given = args.filter((a) => a.trim());
    const keyword = (a) => /^\s*([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(a);
    for (const a of given) {
        const kw = keyword(a);
        if (kw?.[1] === attr)
            return PY_STRING.exec(kw[2])?.[2];
    }
    // A single argument is the name whatever the base calls its parameter (`tool_name="x"`).
    if (given.length !== 1)
        return undefined;
    return PY_STRING.exec(keyword(given[0])?.[2] ?? given[0])?.[2];
}
/**
 * A list split at its top-level commas: depth is counted on `bare` (strings blanked) and the parts are cut
 * from `code` (strings kept); `angles` counts `<…>` as brackets too (generic types in typed parameter lists).
 */
function splitTopLevel(bare, code = bare, angles = false) {
    const parts = [];
    let depth = 0;
    let last = 0;
    for (let i = 0; i < bare.length; i++) {
        const c = bare[i];
        if (c === '(' || c === '[' || c === '{' || (angles && c === '<'))
            depth++;
        else if (c === ')' || c === ']' || c === '}' || (angles && c === '>'))
            depth--;
        else if (c === ',' && depth === 0) {
            parts.push(code.slice(last, i));
            last = i + 1;
        }
    }
    parts.push(code.slice(last));
    return parts;
}
/** A Java or Kotlin class header's name; its body's brace is looked for by hand, within MAX_CLASS_HEADER characters. */
const JVM_CLASS = /\bclass[ \t]+([A-Za-z_]\w*)/g;
const MAX_CLASS_HEADER = 400;
/** How many assignments of a field are read for the method each is in. */
const MAX_ASSIGNMENTS = 20;
/**
 * Java and Kotlin: the field a registration names its tool with, set from a parameter in methods of its class (a
 * builder of the repository's own: `setName(String name) { this.name = name; … }` … `Tool.builder(name, schema)`): the
 * class, and each such method with the parameter's place (undefined when the identifier is no field so set).
 */
function fieldSettersOf(file, offset, ident) {
    const field = /^(?:this\.)?([A-Za-z_]\w*)$/.exec(ident)?.[1];
    if (!field)
        return undefined;
    const bare = file.bare;
    // The innermost class whose body holds the registration.
    let cls;
    for (const m of bare.matchAll(JVM_CLASS)) {
        if (m.index > offset)
            break;
        const after = m.index + m[0].length;
        const open = bare.indexOf('{', after);
        const semicolon = bare.indexOf(';', after);
        if (open === -1 || open - after > MAX_CLASS_HEADER || (semicolon !== -1 && semicolon < open))
            continue;
        const close = closingBracket(bare, open, 400_000);
        if (close > offset)
            cls = { name: m[1], open, close };
    }
    if (!cls)
        return undefined;
    const setters = [];
    const assigned = new RegExp(`(?<![\\w$.])(?:this\\.)?${field}[ \\t]*=(?!=)[ \\t]*([A-Za-z_]\\w*)[ \\t]*[;\\n}]`, 'g');
    const body = bare.slice(cls.open, cls.close);
    let count = 0;
    for (const m of body.matchAll(assigned)) {
        if (++count > MAX_ASSIGNMENTS)
            break;
        const method = methodAround(bare, cls.open + m.index, file.language === 'kotlin');
        if (!method)
            continue;
        const index = method.params.indexOf(m[1]);
        if (index !== -1 && !setters.some((s) => s.fn === method.name))
            setters.push({ fn: method.name, index });
    }
    return setters.length ? { cls: cls.name, setters } : undefined;
}
/**
 * The method whose body's brace is the innermost one open at `at` (walked back by hand, past nested blocks): its name
 * and its parameters' names (Java's last word of each, Kotlin's first).
 */
function methodAround(bare, at, kotlin) {
    let depth = 0;
    let open = -1;
    for (let i = at - 1; i >= 0 && i > at - 20_000; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 125)
            depth++;
        else if (ch === 123 && depth-- === 0) {
            open = i;
            break;
        }
    }
    if (open === -1)
        return undefined;
    // `) {`, `): Builder {`, `) throws IOException {`: the parameters close just before.
    const close = bare.lastIndexOf(')', open);
    if (close === -1 || open - close > 260)
        return undefined;
    const between = bare.slice(close + 1, open).trim();
    if (between && !/^(?::|throws\b)[^(){};=]*$/.test(between))
        return undefined;
    let paren = -1;
    depth = 0;
    for (let i = close; i >= 0 && i > close - 4000; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 41)
            depth++;
        else if (ch === 40 && --depth === 0) {
            paren = i;
            break;
        }
    }
    if (paren === -1)
        return undefined;
    const name = lastWord(bare.slice(Math.max(0, paren - 200), paren));
    if (!name || /^(?:if|for|while|switch|catch|synchronized|return|new)$/.test(name))
        return undefined;
    const params = splitTopLevel(bare.slice(paren + 1, close), bare.slice(paren + 1, close), true).map((p) => (kotlin ? /^\s*(?:va[lr]\s+)?([A-Za-z_]\w*)/.exec(p)?.[1] : lastWord(p)) ?? '');
    return { name, params };
}
/** The identifier a text ends with, spaces after it allowed (read back by hand: a pattern anchored at `$` is not). */
function lastWord(text) {
    let end = text.length;
    while (end > 0 && isSpaceChar(text.charCodeAt(end - 1)))
        end--;
    let start = end;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1)))
        start--;
    return start < end && !/^\d/.test(text[start]) ? text.slice(start, end) : undefined;
}

// Java and Kotlin methods annotated as tools by an annotation whose simple name is `Tool` or ends in `Tool`: Spring
// AI's and Quarkus's `@Tool`, the MCP annotations' `@McpTool`, and a server's own annotation type (an `@interface`
// it discovers by reflection, as Jenkins' MCP plugin does). The tool is named by the annotation's `name` attribute,
// else by the method's own name (what `method.getName()` gives those servers). The rules of rules/java.ts already
// find `@Tool` and `@McpTool` whose arguments hold no nested annotation; this reads the rest, with the arguments'
// brackets balanced (`annotations = @Tool.Annotations(readOnlyHint = true)` closes a parenthesis early for them).
// Hand-written: brackets are paired once per file, so every annotation is read in time linear in the text.
/** Where a tool annotation may be: `@` and a (qualified) name, matched whole. */
const ANNOTATION = /@([A-Za-z_][\w.]{0,300})/g;
/** The annotations a tool may be named by without its type in sight: SDKs' own. */
const SDK_TOOL_ANNOTATIONS = new Set(['Tool', 'McpTool']);
/** The most annotations between the tool's and its method, and the most characters of a method's header. */
const MAX_ANNOTATIONS = 10;
const MAX_HEADER = 1000;
const MODIFIERS = new Set([
    'public',
    'private',
    'protected',
    'static',
    'final',
    'abstract',
    'synchronized',
    'default',
    'suspend',
    'override',
    'open',
    'internal',
    'fun'
]);
const NOT_METHODS = new Set(['class', 'interface', 'record', 'enum', 'new', 'return', 'object', 'if', 'for', 'while']);
/** Each `(`'s partner `)` in `bare`, paired in one pass; -1 where unclosed. */
function parenPartners(bare) {
    const partners = new Map();
    const stack = [];
    for (let i = bare.indexOf('('); i !== -1 && i < bare.length; i++) {
        const ch = bare.charCodeAt(i);
        if (ch === 40)
            stack.push(i);
        else if (ch === 41 && stack.length)
            partners.set(stack.pop(), i);
    }
    return partners;
}
/** The methods of a Java or Kotlin file annotated by an annotation whose simple name is or ends in `Tool`. */
function annotatedTools(file) {
    const { bare, code } = file;
    const found = [];
    let partners;
    const n = bare.length;
    const skipSpaces = (i) => {
        while (i < n && isSpaceChar(bare.charCodeAt(i)))
            i++;
        return i;
    };
    ANNOTATION.lastIndex = 0;
    for (let m = ANNOTATION.exec(bare); m; m = ANNOTATION.exec(bare)) {
        const simple = m[1].slice(m[1].lastIndexOf('.') + 1);
        if (!simple.endsWith('Tool') || m[1].endsWith('.'))
            continue;
        let p = skipSpaces(m.index + m[0].length);
        let args;
        if (bare.charCodeAt(p) === 40) {
            partners ??= parenPartners(bare);
            const close = partners.get(p);
            if (close === undefined)
                continue;
            args = { open: p, close };
            p = skipSpaces(close + 1);
        }
        // Other annotations between it and the method, each with its arguments.
        for (let a = 0; a < MAX_ANNOTATIONS && bare.charCodeAt(p) === 64 && isWordChar(bare.charCodeAt(p + 1)); a++) {
            p += 1;
            while (p < n && (isWordChar(bare.charCodeAt(p)) || bare.charCodeAt(p) === 46))
                p++;
            p = skipSpaces(p);
            if (bare.charCodeAt(p) === 40) {
                partners ??= parenPartners(bare);
                const close = partners.get(p);
                if (close === undefined)
                    break;
                p = skipSpaces(close + 1);
            }
        }
        const method = methodAt(bare, p);
        if (!method)
            continue;
        const tool = { annotation: simple, method: method.name, methodAt: method.at, knownShape: false };
        if (args) {
            const inner = { bare: bare.slice(args.open + 1, args.close), code: code.slice(args.open + 1, args.close) };
            let offset = args.open + 1;
            for (const part of splitTopLevel(inner.bare, inner.code)) {
                const attr = /^(\s*name\s*=\s*)(?:"([^"\n]+)"|([A-Za-z_][\w.]{0,200})\s*$)/.exec(part);
                if (attr) {
                    if (attr[2] !== undefined)
                        tool.literal = attr[2];
                    else
                        tool.ident = attr[3];
                    tool.nameAt = offset + attr[1].length + (attr[2] !== undefined ? 1 : 0);
                    break;
                }
                offset += part.length + 1;
            }
        }
        tool.knownShape = SDK_TOOL_ANNOTATIONS.has(m[1]) && knownShape(file, args);
        found.push(tool);
        ANNOTATION.lastIndex = Math.max(ANNOTATION.lastIndex, method.at);
    }
    return found;
}
/**
 * Whether the rules of rules/java.ts find this `@Tool` / `@McpTool` already: their `name = "x"` before the first `)`
 * (in the code), `name = X` first, or no nested brackets and no `name =` at all (the method's name).
 */
function knownShape(file, args) {
    if (!args)
        return true;
    const codeClose = file.code.indexOf(')', args.open);
    const upToClose = file.code.slice(args.open, codeClose === -1 ? args.close : codeClose);
    if (/\bname\s*=\s*"/.test(upToClose) || /^\(\s*name\s*=\s*[A-Za-z_]/.test(upToClose))
        return true;
    const inner = file.bare.slice(args.open + 1, args.close);
    return !inner.includes('(') && !/\bname\s*=/.test(inner);
}
/**
 * The method whose header starts at `p`: modifiers, type words (generics, arrays), its name, `(`. Undefined for a
 * class, a field or anything else.
 */
function methodAt(bare, p) {
    const end = Math.min(bare.length, p + MAX_HEADER);
    let depth = 0;
    let i = p;
    for (; i < end; i++) {
        const ch = bare[i];
        if (ch === '<')
            depth++;
        else if (ch === '>')
            depth--;
        else if (depth === 0 && (ch === '(' || ch === '{' || ch === ';' || ch === '=' || ch === '@'))
            break;
    }
    if (bare[i] !== '(')
        return undefined;
    const header = bare.slice(p, i);
    const trimmed = header.trimEnd();
    let s = trimmed.length;
    while (s > 0 && isWordChar(trimmed.charCodeAt(s - 1)))
        s--;
    const name = trimmed.slice(s);
    if (!name || /^\d/.test(name) || NOT_METHODS.has(name) || MODIFIERS.has(name))
        return undefined;
    // Before the name: a return type (Java) or `fun` (Kotlin), after any modifiers; nothing else.
    const words = trimmed
        .slice(0, s)
        .split(/[\s,]+/)
        .filter(Boolean);
    if (!words.length || words.some((w) => !/^[\w.[\]?<>]+$/.test(w) || NOT_METHODS.has(w)))
        return undefined;
    return { name, at: p + s };
}

// Tools registered from data: a loop (`for … of`, `forEach`, Python's `for … in` and comprehensions, Go's `range`)
// around a registration goes over a list or an object of tool definitions, and each definition gives a tool: its
// literal `name` field, its key, a string, or a function (Python: the function's own name). The definition's
// handler field (or the function) is kept, so capabilities can follow each tool's own code. A list the file
// imports is left as a fact for the derived step (tool-resolve.ts). Hand-written, as tool-names.ts is.
/** How far back a registration's loop header is looked for. */
const MAX_LOOP_BACK = 4000;
/** Where a loop starts, per language: its header is read by hand from there. */
const LOOP_STARTS = {
    typescript: /\bfor\s*\(\s*(?:const|let|var)\s+|\.\s*(?:forEach|map)\s*\(/g,
    javascript: /\bfor\s*\(\s*(?:const|let|var)\s+|\.\s*(?:forEach|map)\s*\(/g,
    python: /\bfor[ \t]+/g,
    go: /\bfor[ \t]+/g
};
/** The innermost loop whose body holds `offset`, with what it goes over. */
function enclosingLoop(file, offset) {
    const re = LOOP_STARTS[file.language];
    if (!re)
        return undefined;
    const from = Math.max(0, offset - MAX_LOOP_BACK);
    const slice = file.bare.slice(from, offset);
    const starts = [];
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice))
        starts.push(from + m.index + m[0].length);
    // A Python comprehension names its loop after the registration: `[mcp.tool()(f) for f in FUNCS]`.
    if (file.language === 'python') {
        const comp = comprehensionAt(file, offset);
        if (comp)
            return comp;
    }
    for (let k = starts.length - 1; k >= 0; k--) {
        const loop = file.language === 'python'
            ? pythonLoop(file, starts[k], offset)
            : file.language === 'go'
                ? goLoop(file, starts[k], offset)
                : jsLoop(file, starts[k], offset);
        if (loop)
            return loop;
    }
    return undefined;
}
/** The list expression of a loop, read: an array literal, `Object.values(X)`, `this.X`, `X as Tool[]`, `X(…)`. */
function iterable(file, at, end) {
    const text = file.bare.slice(at, end);
    const lead = text.length - text.trimStart().length;
    if (text[lead] === '[' || text[lead] === '(' || text[lead] === '{')
        return { open: at + lead, mode: text[lead] === '{' ? 'values' : 'elements' };
    const m = /^\s*(?:Object\s*\.\s*(values|entries|keys)\s*\(\s*)?(?:[A-Za-z_$][\w$]*\s*\.\s*)?([A-Za-z_$][\w$]*)/.exec(text);
    if (!m)
        return undefined;
    const call = /^\s*\(/.exec(text.slice(m[0].length));
    // `.items()` / `.values()` / `.keys()` of a Python dict.
    const py = /^\s*\.\s*(items|values|keys)\s*\(\s*\)/.exec(text.slice(m[0].length));
    const mode = m[1]
        ? m[1]
        : py
            ? py[1] === 'items'
                ? 'entries'
                : py[1]
            : 'elements';
    return { ident: m[2], mode, ...(call ? { call: at + m[0].length + call[0].length - 1 } : {}) };
}
/** `for (const V of LIST) …`, `LIST.forEach((V) => …)`: the loop when its body holds `offset`. */
function jsLoop(file, at, offset) {
    const bare = file.bare;
    if (bare[at - 1] === '(' && /\.\s*(?:forEach|map)\s*\($/.test(bare.slice(Math.max(0, at - 20), at))) {
        const close = closingBracket(bare, at - 1, 200_000);
        if (close !== -1 && close < offset)
            return undefined;
        const cb = /^\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?(\(\s*)?/.exec(bare.slice(at, at + 100));
        const variable = variableAt(bare, at + cb[0].length);
        if (!variable)
            return undefined;
        // The receiver: an array literal, `Object.values(X)`, or a name.
        let b = bare.lastIndexOf('.', at) - 1;
        while (b >= 0 && /\s/.test(bare[b]))
            b--;
        let list;
        if (bare[b] === ']') {
            const open = openingBracket(bare, b);
            list = open === -1 ? undefined : { open, mode: 'elements' };
        }
        else if (bare[b] === ')') {
            const open = openingBracket(bare, b);
            const callee = open === -1 ? undefined : /Object\s*\.\s*(values|entries|keys)\s*$/.exec(bare.slice(open - 40, open));
            list = callee ? iterable(file, open - callee[0].length, b + 1) : undefined;
        }
        else {
            const start = dottedNameBefore(bare, b);
            list = start === -1 ? undefined : iterable(file, start, b + 1);
        }
        return list && { variable, ...list, headerEnd: at + cb[0].length + variable.length };
    }
    const paren = bare.lastIndexOf('(', at);
    const headerClose = closingBracket(bare, paren, 4000);
    if (headerClose === -1 || headerClose > offset)
        return undefined;
    const variable = variableAt(bare, at);
    if (!variable)
        return undefined;
    const of = /^\s+of\s+/.exec(bare.slice(at + variable.length, headerClose));
    if (!of)
        return undefined;
    if (!holdsBody(bare, headerClose + 1, offset))
        return undefined;
    const list = iterable(file, at + variable.length + of[0].length, headerClose);
    return list && { variable, ...list, headerEnd: headerClose };
}
/** Where the name (`tools`, `this.tools`) that ends at `end` starts, walked back by hand; -1 when none ends there. */
function dottedNameBefore(bare, end) {
    const word = (c) => c !== undefined && /[\w$]/.test(c);
    let i = end;
    while (i >= 0 && word(bare[i]))
        i--;
    if (i === end)
        return -1;
    let j = i;
    while (j >= 0 && /\s/.test(bare[j]))
        j--;
    if (bare[j] !== '.')
        return i + 1;
    j--;
    while (j >= 0 && /\s/.test(bare[j]))
        j--;
    let k = j;
    while (k >= 0 && word(bare[k]))
        k--;
    return k === j ? i + 1 : k + 1;
}
/** Whether the statement or block starting after `from` holds `offset`. */
function holdsBody(bare, from, offset) {
    let i = from;
    while (i < bare.length && /\s/.test(bare[i]))
        i++;
    if (bare[i] === '{') {
        const close = closingBracket(bare, i, 200_000);
        return close === -1 || close > offset;
    }
    // One statement: it ends at a `;` or a line break outside brackets.
    let depth = 0;
    for (; i < offset; i++) {
        const ch = bare[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}')
            depth--;
        else if (depth <= 0 && (ch === ';' || ch === '\n'))
            return false;
    }
    return true;
}
/** A loop variable at `at`: a name, or an object or array pattern. */
function variableAt(bare, at) {
    if (bare[at] === '{' || bare[at] === '[') {
        const close = closingBracket(bare, at, 400);
        return close === -1 ? undefined : bare.slice(at, close + 1);
    }
    return /^[A-Za-z_$][\w$]*/.exec(bare.slice(at, at + 100))?.[0];
}
/** The bracket that the one at `close` closes (a bounded walk back), or -1. */
function openingBracket(bare, close) {
    let depth = 0;
    for (let i = close; i >= 0 && i > close - 200_000; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 41 || ch === 93 || ch === 125)
            depth++;
        else if ((ch === 40 || ch === 91 || ch === 123) && --depth === 0)
            return i;
    }
    return -1;
}
/** Python `for V in LIST:` whose indented body (or the rest of its line) holds `offset`. */
function pythonLoop(file, at, offset) {
    const bare = file.bare;
    const head = /^(\(?[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\)?)\s+in\s+/.exec(bare.slice(at, at + 200));
    if (!head)
        return undefined;
    const listAt = at + head[0].length;
    // The header ends at the `:` outside brackets.
    let depth = 0;
    let colon = -1;
    for (let i = listAt; i < Math.min(bare.length, listAt + 200_000); i++) {
        const ch = bare[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}')
            depth--;
        else if (ch === ':' && depth === 0) {
            colon = i;
            break;
        }
        else if (ch === '\n' && depth === 0)
            break;
    }
    if (colon === -1 || colon > offset)
        return undefined;
    const lineStart = bare.lastIndexOf('\n', at) + 1;
    const indent = /^[ \t]*/.exec(bare.slice(lineStart, at))[0].length;
    // The body: the rest of the header's line, then lines indented deeper.
    for (let nl = bare.indexOf('\n', colon); nl !== -1 && nl < offset; nl = bare.indexOf('\n', nl + 1)) {
        const line = /^[ \t]*(\S?)/.exec(bare.slice(nl + 1, nl + 200));
        if (line[1] && line[0].length - 1 <= indent)
            return undefined;
    }
    const list = iterable(file, listAt, colon);
    return list && { variable: head[1].replace(/^\(|\)$/g, ''), ...list, headerEnd: colon };
}
/** `[mcp.tool()(f) for f in LIST]`: the comprehension whose expression holds `offset`. */
function comprehensionAt(file, offset) {
    const bare = file.bare;
    const open = unclosedBefore(bare, offset);
    if (open === -1 || (bare[open] !== '[' && bare[open] !== '(' && bare[open] !== '{'))
        return undefined;
    const close = closingBracket(bare, open, 200_000);
    if (close === -1)
        return undefined;
    const m = /\bfor\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+in\s+/.exec(bare.slice(offset, close));
    if (!m)
        return undefined;
    const listAt = offset + m.index + m[0].length;
    const end = /\bif\b/.exec(bare.slice(listAt, close));
    const list = iterable(file, listAt, end ? listAt + end.index : close);
    return list && { variable: m[1], ...list, headerEnd: offset };
}
/** The innermost bracket still open at `offset` (a bounded walk back), or -1. */
function unclosedBefore(bare, offset) {
    let depth = 0;
    for (let i = offset - 1; i >= 0 && i > offset - 4000; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 41 || ch === 93 || ch === 125)
            depth++;
        else if (ch === 40 || ch === 91 || ch === 123) {
            if (depth === 0) {
                // The registration's own call: `mcp.tool()(f)` is inside a `(`, the comprehension's bracket is further out.
                if (ch === 40 && /[\w$)\]]\s*$/.test(bare.slice(Math.max(0, i - 2), i)))
                    continue;
                return i;
            }
            depth--;
        }
    }
    return -1;
}
/** Go `for _, t := range LIST {`: the loop when its body holds `offset`. */
function goLoop(file, at, offset) {
    const bare = file.bare;
    const head = /^(?:[A-Za-z_]\w*\s*,\s*)?([A-Za-z_]\w*)\s*:?=\s*range\s+/.exec(bare.slice(at, at + 200));
    if (!head)
        return undefined;
    const brace = bare.indexOf('{', at + head[0].length);
    if (brace === -1 || brace > offset)
        return undefined;
    const close = closingBracket(bare, brace, 200_000);
    if (close !== -1 && close < offset)
        return undefined;
    const list = iterable(file, at + head[0].length, brace);
    return list && { variable: head[1], ...list, headerEnd: brace };
}
/**
 * What of each definition the identifier the registration names its tool with is: the loop variable itself (`self`,
 * or `name` when the registration takes a tool object), its `name` field (`t.name`, `{ name }`, `const { name } = t`),
 * or the key of an entry (`[key, def]`, `for key, fn in d.items()`). Undefined when the identifier is not the loop's.
 */
function pickOf(file, loop, offset, ident, object) {
    const field = ident.endsWith('.name') || ident.endsWith('.Name');
    const base = field ? ident.slice(0, -5) : ident;
    const v = loop.variable;
    const parts = v
        .replace(/^[[{]|[\]}]$/g, '')
        .split(',')
        .map((p) => p.trim());
    if (v.startsWith('{')) {
        // `{ name }` or `{ name: n }`: the definition's name field.
        const named = parts.some((p) => p === base || new RegExp(`^name\\s*:\\s*${escape(base)}$`).test(p));
        return named && !field && (parts.includes(base) ? base === 'name' : true) ? 'name' : undefined;
    }
    if (parts.length > 1 || v.startsWith('[')) {
        // An entry (`[key, def]`, Python `key, fn`): the key, or the value.
        const index = parts.indexOf(base);
        if (index === -1)
            return undefined;
        if (loop.mode === 'entries' || loop.mode === 'values')
            return index === 0 ? 'key' : 'name';
        // A Python tuple of (function, name) or (name, function): the element at that index.
        return index === 0 ? 'self' : undefined;
    }
    if (v === base)
        return field || object ? 'name' : loop.mode === 'keys' ? 'key' : 'self';
    // The loop's code takes the name out of the definition: `const { name, …rest } = t`, `const name = t.name`.
    const between = file.bare.slice(loop.headerEnd, offset);
    const ev = escape(v);
    const eb = escape(base);
    if (new RegExp(`\\{[^{}]*(?:^|[{,\\s])(?:name\\s*:\\s*)?${eb}\\s*[,}][^{}]*\\}\\s*=\\s*${ev}\\b`).test(between) ||
        new RegExp(`\\b${eb}\\s*(?::[^=\\n]{0,100})?=\\s*${ev}\\s*\\.\\s*name\\b`).test(between))
        return 'name';
    return undefined;
}
const escape = (s) => s.replace(/[.$]/g, '\\$&');
/** The definition of a list in a file: `const X = [`, `X: Tool[] = [`, `static X = {`, Python `X = (`. */
function listDefinition(bare, ident) {
    const def = new RegExp(`(?<![\\w$.])${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=\\s*(?:\\[\\]\\w*\\s*\\{|[[({])`).exec(bare);
    return def ? def.index + def[0].length - 1 : -1;
}
/**
 * Where a list the file defines opens: a constant (listDefinition), or what a function of the file returns
 * (`function getTools() { return [ … ] }`, `getTools(): Tool[] { return [ … ] }`, `const getTools = () => [ … ]`).
 */
function listOpening(bare, ident, depth = 0) {
    const open = listDefinition(bare, ident);
    if (open !== -1)
        return open;
    const returned = returnedList(bare, ident);
    return returned !== -1 || depth >= MAX_ALIAS_DEPTH ? returned : aliasedList(bare, ident, depth);
}
/** How many names deep a list held by another name is followed (`list = readOnly ? all.filter(…) : all`). */
const MAX_ALIAS_DEPTH = 2;
/**
 * A list another of the file's names holds, chosen or filtered: `export const list_of_tools = isReadOnlyMode ?
 * all_tools.filter(…) : all_tools`. Each branch is a name, or a name filtered or sorted; the first that the file
 * defines as a list. A filter keeps some of the list: its elements are the ones the server may list.
 */
function aliasedList(bare, ident, depth) {
    const alias = new RegExp(`(?<![\\w$.])${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=(?![=>])\\s*([^;]{1,400})`).exec(bare);
    if (!alias)
        return -1;
    // The statement ends at the first line that does not go on with `?`, `:`, `.`, `&&` or `||`.
    const value = alias[1].split(/\n(?![ \t]*[?:.|&])/)[0];
    const question = value.indexOf('?');
    for (const choice of question === -1 ? [value] : value.slice(question + 1).split(':')) {
        const name = /^\s*([A-Za-z_$][\w$]*)\s*(?:\.\s*(?:filter|slice|concat|sort|toSorted)\s*\([\s\S]*)?$/.exec(choice)?.[1];
        if (!name || name === ident)
            continue;
        const open = listOpening(bare, name, depth + 1);
        if (open !== -1)
            return open;
    }
    return -1;
}
/** The list literal a function of the file returns, when its body returns that literal and nothing else; or -1. */
function returnedList(bare, ident) {
    for (const fn of functionsNamed(bare, ident)) {
        if (fn.returns.length !== 1)
            continue;
        const list = /^\s*(?:\(\s*)?\[/.exec(bare.slice(fn.returns[0], fn.returns[0] + 200));
        if (list)
            return fn.returns[0] + list[0].length - 1;
    }
    return -1;
}
/**
 * The functions the file defines as `ident`: `function ident(…) {`, a method `ident(…): T {`, `const ident = (…) =>`
 * with a body or an expression. Their bodies' own returns, not those of functions nested in them.
 */
function functionsNamed(bare, ident) {
    const e = escape(ident);
    const found = [];
    const arrow = new RegExp(`(?<![\\w$.])${e}\\s*(?::[^=\\n;]{0,200})?=\\s*(?:async\\s*)?\\(([^()]{0,400})\\)\\s*(?::[^=\\n]{0,200})?=>\\s*`).exec(bare);
    if (arrow) {
        const at = arrow.index + arrow[0].length;
        if (bare[at] !== '{')
            found.push({ params: paramsOf(arrow[1]), from: at, to: at, returns: [at] });
        else
            found.push(bodyOf(bare, at, arrow[1]));
    }
    const header = new RegExp(`(?<![\\w$.])${e}\\s*\\(([^()]{0,400})\\)\\s*(?::[^{};=]{0,200})?\\{`, 'g');
    for (let m = header.exec(bare); m; m = header.exec(bare))
        found.push(bodyOf(bare, m.index + m[0].length - 1, m[1]));
    return found.filter((f) => f.to !== -1);
}
/** The function whose body opens at `open`: its own returns, read at its depth. */
function bodyOf(bare, open, params) {
    const close = closingBracket(bare, open, 200_000);
    const returns = [];
    let depth = 0;
    for (let i = open + 1; close !== -1 && i < close; i++) {
        const ch = bare.charCodeAt(i);
        if (ch === 40 || ch === 91 || ch === 123)
            depth++;
        else if (ch === 41 || ch === 93 || ch === 125)
            depth--;
        else if (depth === 0 &&
            ch === 114 &&
            bare.startsWith('return', i) &&
            !/[\w$]/.test(bare[i - 1] ?? '') &&
            !/[\w$]/.test(bare[i + 6] ?? ''))
            returns.push(i + 6);
    }
    return { params: paramsOf(params), from: open, to: close, returns };
}
/** The names a parameter list binds (`tools: Tool[]`, `...rest`; a destructured one binds none of them here). */
const paramsOf = (list) => new Set(splitTopLevel(list)
    .map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1])
    .filter((p) => !!p));
/** How many names, calls and returns the source of a list is followed through. */
const MAX_FLOW_DEPTH = 10;
/** Calls on a list that keep its elements (a `map` that spreads each into a new object keeps its name too). */
const KEEPS_ELEMENTS = /^\.\s*(?:filter|map|slice|concat|sort|toSorted|toReversed|reverse)\s*\(/;
/**
 * JavaScript and TypeScript: where the list `ident` stands for comes from, followed as the data flows (`const tools =
 * getAvailableTools(grant)`, a function that returns `tools.map(…)` of `getFilteredTools(…)`, which returns
 * `filterToolsForGrant(NEON_TOOLS, grant)`): a literal (listOpening); the expression a name is bound to, in its
 * function first, else the last binding before `before`; each return of a function of the file; a name the file
 * imports. A call of a function whose returns lead to no list (they filter a parameter) stands for its first argument.
 * A parameter leads nowhere, and so does a field (`config.tools`).
 */
function listSource(file, ident, before = file.bare.length) {
    return nameSource(file, ident, before, undefined, 0, new Set());
}
function nameSource(file, ident, before, scope, depth, seen) {
    const key = `${scope?.from ?? -1}:${ident}`;
    if (depth > MAX_FLOW_DEPTH || scope?.params.has(ident) || seen.has(key))
        return undefined;
    seen.add(key);
    const bare = file.bare;
    const local = scope && bindingOf(bare, ident, scope.from, Math.min(scope.to, before));
    if (local !== undefined)
        return expressionSource(file, local, scope, depth + 1, seen);
    const open = listOpening(bare, ident);
    if (open !== -1)
        return { open };
    const called = functionSource(file, ident, depth, seen);
    if (called)
        return called;
    const bound = bindingOf(bare, ident, 0, before);
    const source = bound === undefined ? undefined : expressionSource(file, bound, undefined, depth + 1, seen);
    if (source)
        return source;
    const imported = importsOf(file).get(ident);
    return imported ? { imported: { name: imported.name, from: imported.from } } : undefined;
}
/** What a function of the file returns: the source of its first return that leads to one. */
function functionSource(file, ident, depth, seen) {
    for (const fn of functionsNamed(file.bare, ident))
        for (const at of fn.returns) {
            const source = expressionSource(file, at, fn, depth + 1, seen);
            if (source)
                return source;
        }
    return undefined;
}
/** Where the value of the last `const|let|var ident =` between `from` and `to` starts, or undefined. */
function bindingOf(bare, ident, from, to) {
    const re = new RegExp(`(?<![\\w$.])(?:const|let|var)\\s+${escape(ident)}\\s*(?::[^=\\n;]{0,200})?=(?![=>])\\s*`, 'g');
    re.lastIndex = from;
    let at;
    for (let m = re.exec(bare); m && m.index < to; m = re.exec(bare))
        at = m.index + m[0].length;
    return at;
}
/** The source of the expression that starts at `at`: a literal, `[...x]`, a name, or a call, with what keeps them. */
function expressionSource(file, at, scope, depth, seen) {
    const bare = file.bare;
    const head = bare.slice(at, at + 400);
    const lead = head.length - head.trimStart().length;
    const start = at + lead;
    if (bare[start] === '(')
        return expressionSource(file, start + 1, scope, depth + 1, seen);
    if (bare[start] === '[') {
        const spread = /^\[\s*\.\.\.\s*([A-Za-z_$][\w$]*)\s*\]/.exec(head.slice(lead));
        return spread ? nameSource(file, spread[1], start, scope, depth + 1, seen) : { open: start };
    }
    const name = /^(?:await\s+)?([A-Za-z_$][\w$]*)\s*/.exec(head.slice(lead));
    if (!name || /^(?:new|function|async|this|null|undefined|true|false)$/.test(name[1]))
        return undefined;
    const after = start + name[0].length;
    if (bare[after] === '(') {
        const called = functionSource(file, name[1], depth, seen) ??
            (importsOf(file).has(name[1]) ? nameSource(file, name[1], start, undefined, depth + 1, seen) : undefined);
        if (called)
            return called;
        const close = closingBracket(bare, after, 4000);
        const first = close === -1 ? '' : splitTopLevel(bare.slice(after + 1, close))[0];
        return first.trim() ? expressionSource(file, after + 1, scope, depth + 1, seen) : undefined;
    }
    if (bare[after] === '.' && !KEEPS_ELEMENTS.test(bare.slice(after, after + 40)))
        return undefined;
    return nameSource(file, name[1], start, scope, depth + 1, seen);
}
/** How many calls deep a loop's list is followed (`filterTools(sortTools(getTools()))`). */
const MAX_CALL_DEPTH = 3;
/**
 * The list a loop's name stands for in the file: a list it defines, a function of the file that returns one, or for
 * a call of any other function (`filterTools(getAllTools(), enabled)`, which filters or orders its argument) the list
 * its first argument is; `name` alone when that argument is a name the file imports. Undefined: the name itself.
 */
function localList(file, ident, call, depth) {
    const open = listDefinition(file.bare, ident);
    if (open !== -1)
        return { open, name: ident };
    if (call === undefined)
        return undefined;
    const returned = returnedList(file.bare, ident);
    if (returned !== -1)
        return { open: returned, name: ident };
    const close = depth < MAX_CALL_DEPTH ? closingBracket(file.bare, call, 4000) : -1;
    if (close === -1)
        return undefined;
    const first = splitTopLevel(file.bare.slice(call + 1, close))[0];
    const inner = first.trim() ? iterable(file, call + 1, call + 1 + first.length) : undefined;
    if (!inner)
        return undefined;
    if (inner.open !== undefined)
        return { open: inner.open, name: 'literal' };
    const found = localList(file, inner.ident, inner.call, depth + 1);
    if (found)
        return found;
    return importsOf(file).has(inner.ident) ? { name: inner.ident } : undefined;
}
/** The top-level parts of the list or object literal opening at `open` (entries split at `:` for objects). */
function partsOf(file, open) {
    const close = closingBracket(file.bare, open, 200_000);
    if (close === -1)
        return undefined;
    const object = file.bare[open] === '{';
    const parts = [];
    let start = open + 1;
    for (const raw of splitTopLevel(file.bare.slice(open + 1, close), file.code.slice(open + 1, close))) {
        const lead = raw.length - raw.trimStart().length;
        const text = raw.trim();
        const at = start + lead;
        start += raw.length + 1;
        if (!text)
            continue;
        if (!object) {
            parts.push({ at, text });
            continue;
        }
        const entry = /^(?:(['"`])([^'"`\n]+)\1|([A-Za-z_$][\w$]*))\s*:\s*/.exec(text);
        if (entry)
            parts.push({
                at: at + entry[0].length,
                key: entry[2] ?? entry[3],
                keyAt: at + (entry[1] ? 1 : 0),
                text: text.slice(entry[0].length)
            });
        // `{ handler }` is a shorthand field in JavaScript; in Go, `{tool, handler}` is positional.
        else if (file.language !== 'go' && /^[A-Za-z_$][\w$]*$/.test(text))
            parts.push({ at, key: text, keyAt: at, text });
        else
            parts.push({ at, text });
    }
    return parts;
}
/** A definition's handler field (`handler: listTeams`, `handler: async (args) => …`, `Handler: h`), at its depth. */
const HANDLER_FIELD = /^(?:handler|handle|execute|callback|fn|run|invoke|func|function)$/i;
/**
 * The handler of the definition whose object or struct literal opens at `open`: the value of its handler field, a
 * name (a function or class) or where the value starts; positional Go struct literals (`{tool, handler}`) by place.
 */
function handlerFieldAt(file, open) {
    const parts = partsOf(file, open);
    if (!parts)
        return undefined;
    const keyed = parts.find((p) => p.key !== undefined && HANDLER_FIELD.test(p.key) && p.text !== p.key);
    const shorthand = parts.find((p) => p.key !== undefined && HANDLER_FIELD.test(p.key) && p.text === p.key);
    // A method written in the literal: `async handler(args) { … }`.
    const method = file.bare
        .slice(open, closingBracket(file.bare, open, 200_000))
        .search(/[{,]\s*(?:async\s+)?(?:handler|handle|execute|run|invoke)\s*\([^()]{0,400}\)\s*[:{]/);
    if (keyed)
        return valueHandler(file, keyed.at, keyed.text);
    if (shorthand)
        return { name: shorthand.key, at: shorthand.at };
    if (method !== -1) {
        const at = open + method + /[A-Za-z]/.exec(file.bare.slice(open + method)).index;
        return { at };
    }
    if (file.language === 'go' && parts.length >= 2 && parts.every((p) => p.key === undefined))
        return valueHandler(file, parts[1].at, parts[1].text);
    return undefined;
}
function valueHandler(file, at, text) {
    const name = /^&?([A-Za-z_$][\w$]*)$/.exec(text);
    return name ? { name: name[1], at: at + text.indexOf(name[1]) } : { at };
}
/**
 * The tools of a list: each definition's name as `pick` says, or undefined when one gives none (a list that is not of
 * tools, or one whose names cannot be known). Identifiers among the elements are tool objects of the file, or
 * (Python) functions, whose name is the tool's.
 */
function toolsOfList(file, open, mode, pick, list) {
    const parts = partsOf(file, open);
    if (!parts?.length)
        return undefined;
    const objects = file.bare[open] === '{';
    const tools = [];
    let named;
    let constants;
    for (const p of parts) {
        if (objects && mode === 'elements')
            return undefined;
        if (pick === 'key') {
            if (p.key === undefined)
                return undefined;
            tools.push({ name: p.key, at: p.keyAt, list, derived: false });
            continue;
        }
        const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(p.text);
        if (lit && pick === 'self') {
            tools.push({ name: lit[2], at: p.at + 1, list, derived: false });
            continue;
        }
        if (p.text.startsWith('{') || /^[\w.&]*\{/.test(p.text)) {
            const brace = p.at + p.text.indexOf('{');
            const n = objectNameAt(file, brace);
            if (n?.literal === undefined)
                return undefined;
            const handler = handlerFieldAt(file, brace);
            tools.push({ name: n.literal, at: n.at, list, derived: false, ...(handler ? { handler } : {}) });
            continue;
        }
        // A Python tuple `(fn, "name")` or `("name", fn)`: the literal is the name, the function its handler.
        if (file.language === 'python' && p.text.startsWith('(')) {
            const inner = partsOf(file, p.at)?.map((q) => q.text) ?? [];
            const name = inner.map((t) => /^(['"])([^'"\n]+)\1$/.exec(t)?.[2]).find((n) => n !== undefined);
            const fn = inner.find((t) => /^[A-Za-z_][\w.]*$/.test(t));
            if (name === undefined && !fn)
                return undefined;
            const fnAt = fn ? p.at + file.code.slice(p.at).indexOf(fn) : p.at;
            const handler = fn
                ? { name: fn.split('.').pop(), at: fnAt + fn.length - fn.split('.').pop().length }
                : undefined;
            if (name !== undefined)
                tools.push({ name, at: p.at, list, derived: false, ...(handler ? { handler } : {}) });
            else
                tools.push({ name: handler.name, at: handler.at, list, derived: true, handler });
            continue;
        }
        const ident = /^(?:\.\.\.)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/.exec(p.text);
        if (!ident)
            return undefined;
        if (file.language === 'python') {
            const fn = ident[1].split('.').pop();
            const at = p.at + p.text.length - fn.length;
            tools.push({ name: fn, at, list, derived: true, handler: { name: fn, at } });
            continue;
        }
        if (pick === 'self') {
            const value = (constants ??= stringConstantsOf(file)).get(ident[1]);
            if (value === undefined)
                return undefined;
            tools.push({ name: value, at: p.at, list, derived: false });
            continue;
        }
        const object = (named ??= toolObjectsOf(file)).get(ident[1]);
        if (object?.literal === undefined)
            return undefined;
        tools.push({ name: object.literal, at: object.at, list, derived: false });
    }
    return tools;
}
/**
 * Tools named by `ident` at a registration inside a loop over definitions: the list's tools, when the file defines
 * it; a fact for the derived step when the file imports it; undefined otherwise.
 */
function loopTools(file, offset, ident, object) {
    const loop = enclosingLoop(file, offset);
    if (!loop)
        return undefined;
    const pick = pickOf(file, loop, offset, ident, object);
    if (!pick)
        return undefined;
    if (loop.open !== undefined) {
        const tools = toolsOfList(file, loop.open, loop.mode, pick, 'literal');
        return tools && { tools };
    }
    const js = file.language === 'typescript' || file.language === 'javascript';
    const local = localList(file, loop.ident, loop.call, 0);
    if (local?.open !== undefined) {
        const mode = file.bare[local.open] === '{' && loop.mode === 'elements' ? 'values' : loop.mode;
        const tools = toolsOfList(file, local.open, mode, pick, local.name);
        if (tools)
            return { tools };
        // Tool objects other modules export, listed here: the derived step reads this list again and follows them.
        const parts = js && file.bare[local.open] === '[' ? partsOf(file, local.open) : undefined;
        if (local.name !== 'literal' && parts?.length && parts.every((p) => /^(?:\.\.\.)?[A-Za-z_$][\w$]*$/.test(p.text)))
            return { imported: { name: local.name, from: '', mode, pick, namespace: false } };
        return undefined;
    }
    const list = local?.name ?? loop.ident;
    if (!js && file.language !== 'python')
        return undefined;
    const imported = importsOf(file).get(list);
    if (imported)
        return { imported: { name: imported.name, from: imported.from, mode: loop.mode, pick, namespace: false } };
    const namespace = new RegExp(`\\bimport\\s+\\*\\s+as\\s+${escape(list)}\\s+from\\s*(['"])([^'"\\n]+)\\1`).exec(file.code);
    if (namespace)
        return { imported: { name: '*', from: namespace[2], mode: loop.mode, pick, namespace: true } };
    // A name bound to what functions make of a list (`const tools = getAvailableTools(grant)`): followed to its source.
    const source = js && loop.call === undefined ? listSource(file, loop.ident, offset) : undefined;
    if (source && 'imported' in source)
        return { imported: { ...source.imported, mode: loop.mode, pick, namespace: false } };
    const tools = source && toolsOfList(file, source.open, loop.mode, pick, loop.ident);
    return tools ? { tools } : undefined;
}
/**
 * The handler value starting at `at` (a lambda, a call that makes one, a name): where it ends (a `,` or a closing
 * bracket outside brackets), and a lambda's parameter list, for capabilities to read it as the tool's code.
 */
function handlerValueAt(file, at) {
    const bare = file.bare;
    let depth = 0;
    let end = at;
    for (const limit = Math.min(bare.length, at + 200_000); end < limit; end++) {
        const ch = bare[end];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (--depth < 0)
                break;
        }
        else if (ch === ',' && depth === 0)
            break;
    }
    const lambda = /^(?:async\s+)?(?:function\s*(?:[\w$]+\s*)?|[A-Za-z_$][\w$]*\s*)?\(([^()]{0,400})\)|^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(file.code.slice(at, Math.min(end, at + 500)));
    return { end, params: lambda?.[1] ?? lambda?.[2] ?? '' };
}
/** Python: the function a definition's call names as its handler (`Tool(name="x", handler=handle_x)`). */
function keywordHandlerAt(file, open) {
    for (const p of partsOf(file, open) ?? []) {
        const kw = /^([A-Za-z_]\w*)\s*=\s*([A-Za-z_]\w*)$/.exec(p.text);
        if (kw && HANDLER_FIELD.test(kw[1]))
            return { name: kw[2], at: p.at + p.text.lastIndexOf(kw[2]) };
    }
    return undefined;
}
/**
 * Go: the handler of the struct literal a tool's literal sits in (`{Tool: mcp.NewTool("x", …), Handler: h}`,
 * `{mcp.NewTool("x", …), h}`, `{Tool: mcp.Tool{Name: "x"}, Handler: r.xHandler()}`), a list's element as a rule.
 */
function elementHandlerAt(file, offset) {
    const bare = file.bare;
    let depth = 0;
    let levels = 0;
    for (let i = offset - 1; i >= 0 && i > offset - 4000 && levels < 3; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 41 || ch === 93 || ch === 125)
            depth++;
        else if (ch === 40 || ch === 91 || ch === 123) {
            if (depth > 0) {
                depth--;
                continue;
            }
            levels++;
            const h = ch === 123
                ? handlerFieldAt(file, i)
                : ch === 40 && file.language === 'python'
                    ? keywordHandlerAt(file, i)
                    : undefined;
            if (h)
                return h;
        }
    }
    return undefined;
}

const JS = ['typescript', 'javascript'];
// ---------------------------------------------------------------- tools
/**
 * True when an offset lies inside a string literal (blank in `bare`, text in `code`): a match there is prose, not code.
 */
function inString(file, offset) {
    return file.bare[offset] !== file.code[offset];
}
/**
 * Files that use an MCP SDK: where `.tool("x")` is a registration. Besides the SDKs by name, the protocol's own
 * result types (`CallToolResult`, `ListToolsResult`), which every SDK names, mark one on an SDK the gate does not list.
 */
const MCP_MARKERS = {
    needles: [
        '.tool',
        'modelcontextprotocol',
        'fastmcp',
        'FastMCP',
        'mcp.server',
        'from mcp',
        'import mcp',
        'ModelContextProtocol',
        'McpServer',
        'mark3labs/mcp-go',
        'go-sdk/mcp',
        'McpSchema',
        'springframework.ai.mcp',
        'McpToolTrigger',
        'mcpToolTrigger',
        'setRequestHandler',
        'mcp-adapter',
        'mcp-handler',
        'CallToolResult',
        'ListToolsResult'
    ],
    view: 'text',
    re: /@\w+(?:\.\w+)*\.tool\b|org\.springframework\.ai\.tool|modelcontextprotocol|@modelcontextprotocol\/sdk|fastmcp|FastMCP|mcp\.server|from mcp\b|import mcp\b|ModelContextProtocol|McpServerTool|mark3labs\/mcp-go|go-sdk\/mcp|io\.modelcontextprotocol|McpSchema|McpServer|springframework\.ai\.mcp|McpToolTrigger|mcpToolTrigger|@vercel\/mcp-adapter|['"]mcp-handler['"]|setRequestHandler\s*\(\s*(?:ListToolsRequestSchema|['"`]tools\/list)|\b(?:CallToolResult|ListToolsResult)\b/
};
/** A tool named by a literal at `offset`; in a Go list of {tool, handler} structs or a Python `Tool(name=…,
 * handler=…)`, with the element's handler. */
function pushLiteralTool(file, out, name, offset) {
    const handler = file.language === 'go' || file.language === 'python' ? elementHandlerAt(file, offset) : undefined;
    out.tools.push({
        name,
        derived: false,
        at: file.at(offset, `registers tool "${name}"`),
        isTest: file.isTest,
        ...(handler
            ? {
                handler: { ...(handler.name ? { name: own(handler.name) } : {}), at: file.at(handler.at, 'handles the tool') }
            }
            : {})
    });
}
function collectTools(file, out) {
    for (const rule of TOOL_LITERAL_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, rule)) {
            if (inString(file, m.index))
                continue;
            // A template literal with interpolations is an expression: read by collectJoinedTsNames.
            if (m[1] === '`' && m[2].includes('${'))
                continue;
            const name = own(m[2]);
            pushLiteralTool(file, out, name, m.index + m[0].lastIndexOf(name));
        }
    }
    for (const rule of TOOL_DERIVED_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, rule)) {
            const method = m.groups.name;
            const offset = m.index + m[0].lastIndexOf(method);
            const name = own(file.language === 'csharp' ? csharpToolName(method) : method);
            const at = file.at(offset, `registers tool "${name}"`);
            out.tools.push({ name, derived: true, at, isTest: file.isTest, handler: { name: own(method), at } });
        }
    }
    collectAzureTriggerTools(file, out);
    collectIdentifierNamedTools(file, out);
    if (file.language === 'java' || file.language === 'kotlin')
        collectAnnotatedTools(file, out);
    if (JS.includes(file.language)) {
        collectListedTsTools(file, out);
        collectJoinedTsNames(file, out);
    }
    if (file.language === 'python') {
        collectPythonDecoratedTools(file, out);
        collectPythonFunctionTools(file, out);
        collectPythonMounts(file, out);
    }
}
/**
 * Python functions registered by reference: `mcp.add_tool(fn)`, `mcp.add_tool(fn, name="x")`, `mcp.tool()(fn)`,
 * `mcp.tool(name="x")(fn)`; in a loop or a comprehension over a list of functions, each of them. The tool's name is
 * the `name=` literal, else the function's own name; the function is its handler.
 */
const PY_FUNCTION_TOOL = { needles: ['add_tool', '.tool'], re: /\.(add_tool|tool)[ \t]*\(/g };
const PY_MODULE_DEF = /^(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
const PY_WRAPPERS = new WeakMap();
function pythonWrappers(file) {
    let wrappers = PY_WRAPPERS.get(file);
    if (wrappers)
        return wrappers;
    wrappers = new Map();
    PY_WRAPPERS.set(file, wrappers);
    for (const site of pythonRegistrationSites(file)) {
        if (!site.parameter)
            continue;
        const def = moduleDefAround(file, site.at);
        if (!def || wrappers.has(def))
            continue;
        wrappers.set(def, { server: site.server, passesName: /\bname\s*=/.test(site.args) });
    }
    return wrappers;
}
/** The module-level function whose body holds `offset`: its header at column 0, no line at column 0 since. */
function moduleDefAround(file, offset) {
    const found = lastMatchBefore(file.bare, offset, PY_MODULE_DEF, MAX_WRAPPER_BODY);
    if (!found)
        return undefined;
    const after = file.bare.slice(found.from + found.match.index + found.match[0].length, offset);
    return /\n[^\s#)\]}]/.test(after) ? undefined : found.match[1];
}
/** How far back a decorator's own definition is looked for from the registration in its body. */
const MAX_WRAPPER_BODY = 20_000;
/** `mcp.add_tool(fn, …)`, `mcp.tool(…)(fn)`: each registration of a function by reference, read once per file. */
const PY_SITES = new WeakMap();
function pythonRegistrationSites(file) {
    let sites = PY_SITES.get(file);
    if (sites)
        return sites;
    sites = [];
    PY_SITES.set(file, sites);
    const bare = file.bare;
    for (const m of ruleMatches(file, PY_FUNCTION_TOOL)) {
        const open = m.index + m[0].length - 1;
        const close = closingBracket(bare, open, 5000);
        if (close === -1)
            continue;
        let args = file.code.slice(open + 1, close);
        let argsAt = open + 1;
        const next = m[1] === 'tool' ? /^[ \t]*\(/.exec(bare.slice(close + 1, close + 20)) : null;
        // A decorator (`@mcp.tool(…)`) registers what it decorates, elsewhere.
        if (m[1] === 'tool' && !next && /@[ \t]*[\w.]*$/.test(bare.slice(Math.max(0, m.index - 200), m.index)))
            continue;
        // Else `mcp.tool(fn, name="x")` (FastMCP 2) gives the function first, as `add_tool` does.
        if (next) {
            // `mcp.tool(…)(fn)`: the function is the second call's argument.
            const second = close + 1 + next[0].length - 1;
            const end = closingBracket(bare, second, 5000);
            if (end === -1)
                continue;
            const named = /\bname\s*=\s*(['"])([^'"\n]+)\1/.exec(args);
            const passed = /\bname\s*=/.test(args) && !named ? ', name=…' : '';
            args = `${file.code.slice(second + 1, end)}${named ? `, ${named[0]}` : passed}`;
            argsAt = second + 1;
        }
        const fn = /^\s*(?:fn\s*=\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?:[,)]|$)/.exec(args);
        if (!fn)
            continue;
        const at = argsAt + fn[0].indexOf(fn[1]);
        const server = /((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)$/.exec(bare.slice(Math.max(0, m.index - 200), m.index))?.[1] ?? '';
        const parameter = !fn[1].includes('.') && parameterOf(file, at, fn[1]) !== undefined;
        sites.push({ fn: fn[1], at, args, server, parameter });
    }
    return sites;
}
function collectPythonFunctionTools(file, out) {
    // A decorator of the file's own that registers its argument: the functions it decorates are the tools.
    const used = new Set();
    for (const [name] of pythonWrappers(file))
        if (new RegExp(`^[ \\t]*@${name}\\b`, 'm').test(file.bare))
            used.add(name);
    for (const site of pythonRegistrationSites(file)) {
        const { fn, at, args } = site;
        if (site.parameter && used.size) {
            const def = moduleDefAround(file, at);
            if (def && used.has(def))
                continue;
        }
        const last = fn.split('.').pop();
        const named = /\bname\s*=\s*(['"])([^'"\n]+)\1/.exec(args)?.[2];
        const looped = fn.includes('.') ? undefined : loopTools(file, at, fn, false);
        if (looped && 'tools' in looped) {
            for (const n of looped.tools)
                out.tools.push(listedRegistration(file, n, file.isTest, `from the list ${n.list}`));
            continue;
        }
        if (looped) {
            out.toolFacts.push({
                kind: 'list',
                file: file.path,
                ...looped.imported,
                expression: expressionText(fn),
                at: file.at(at, `registers the functions of the list ${looped.imported.name}`),
                isTest: file.isTest
            });
            continue;
        }
        // A parameter of the function around it (a wrapper of its own): the name cannot be known here.
        if (site.parameter && named === undefined) {
            out.tools.push({
                name: expressionText(fn),
                derived: false,
                at: file.at(at, `registers a tool whose name is computed: ${fn}`),
                isTest: file.isTest,
                computed: { expression: expressionText(fn) }
            });
            continue;
        }
        const name = named ?? last;
        out.tools.push({
            name: own(name),
            derived: named === undefined,
            at: file.at(at + fn.length - last.length, `registers tool "${name}"`),
            isTest: file.isTest,
            handler: { name: own(last), at: file.at(at + fn.length - last.length, 'handles the tool') }
        });
    }
}
/**
 * Java and Kotlin methods annotated by an annotation named `Tool` or `…Tool` (annotated-tools.ts) that the rules of
 * rules/java.ts do not find: the SDKs' `@Tool` and `@McpTool` with nested arguments, and other `…Tool` annotations
 * when the file declares the type or imports it from an MCP library; else a fact, as the type may be declared in
 * another file of the repository.
 */
const JVM_TOOL_ANNOTATION = { needles: ['Tool'], re: /@[\w.]{0,300}Tool\b/, view: 'bare' };
/** The packages of MCP libraries whose annotations name tools. */
const MCP_ANNOTATION_PACKAGES = /^(?:io\.modelcontextprotocol|org\.springframework\.ai|org\.springaicommunity\.mcp|io\.quarkiverse\.mcp)\./;
function collectAnnotatedTools(file, out) {
    if (!ruleHolds(file, JVM_TOOL_ANNOTATION))
        return;
    let declared;
    for (const t of annotatedTools(file)) {
        if (t.knownShape)
            continue;
        const handler = { name: own(t.method), at: file.at(t.methodAt, 'handles the tool') };
        if (t.ident !== undefined) {
            nameByIdentifier(file, out, t.ident, t.nameAt, false);
            continue;
        }
        const name = t.literal ?? t.method;
        const offset = t.literal !== undefined ? t.nameAt : t.methodAt;
        const tool = {
            name: own(name),
            derived: t.literal === undefined,
            at: file.at(offset, `registers tool "${name}" (@${t.annotation})`),
            isTest: file.isTest,
            handler
        };
        declared ??= new Set([...file.bare.matchAll(/@interface\s+([A-Za-z_]\w*)/g)].map((m) => m[1]));
        const imported = new RegExp(`\\bimport\\s+([\\w.]+)\\.${t.annotation}\\b`).exec(file.code)?.[1];
        if (SDK_TOOL_ANNOTATIONS.has(t.annotation) ||
            declared.has(t.annotation) ||
            MCP_ANNOTATION_PACKAGES.test(`${imported}.`))
            out.tools.push(tool);
        else
            out.toolFacts.push({ kind: 'annotation', file: file.path, annotation: own(t.annotation), tool });
    }
}
/** A registration whose name is settled: pushed with its place. */
function pushTool(file, out, name, offset, how, server) {
    const own_ = own(name);
    out.tools.push({
        name: own_,
        derived: false,
        at: file.at(offset, `registers tool "${name}"${how ? ` (${how})` : ''}`),
        isTest: file.isTest,
        ...(server ? { server: own(server) } : {})
    });
}
/** The expression as a computed registration shows it: one line, at most 120 characters. */
const expressionText = (s) => own(s.trim().replace(/\s+/g, ' ').slice(0, 120));
/**
 * The name the C# SDK gives a tool from its method (AIFunctionMcpServerTool): an `Async` suffix
 * dropped, other characters than ASCII letters and digits made `_`, then snake_case in lower case
 * (JsonNamingPolicy.SnakeCaseLower): `GetAlertsAsync` → `get_alerts`, `GetHTTPStatus` → `get_http_status`.
 */
function csharpToolName(method) {
    const base = method.length > 5 && method.endsWith('Async') ? method.slice(0, -5) : method;
    // Runs of other characters become one `_`, so one is all there is to trim at each end (`_+` there was quadratic on a
    // run).
    const cleaned = base.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || method;
    return (cleaned
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        // Between capitals and a capitalised word (HTTPStatus → HTTP_Status); `([A-Z]+)([A-Z][a-z])` did the same, in
        // quadratic time on a long run of capitals.
        .replace(/(?<=[A-Z])(?=[A-Z][a-z])/g, '_')
        .toLowerCase());
}
/**
 * Azure Functions' MCP tool trigger: C# `[McpToolTrigger("name", "description")]` or with a
 * constant; in the other languages the binding's `toolName` ("toolName": "x", toolName = "x",
 * toolName: 'x'), read only in files that name the trigger.
 */
const AZURE_TRIGGER_CS = {
    needles: ['McpToolTrigger'],
    re: /\bMcpToolTrigger\s*\(\s*(?:(")([^"\n]+)"|([A-Za-z_][\w.]{0,200})\s*[,)])/g,
    view: 'code'
};
const AZURE_TRIGGER = { needles: ['cpToolTrigger', '.mcpTool'], re: /cpToolTrigger|\.mcpTool\s*\(/, view: 'code' };
const AZURE_TOOL_NAME = { needles: ['toolName'], re: /\btoolName\s*[:=]\s*(['"])([^'"\n]+)\1/g, view: 'code' };
function collectAzureTriggerTools(file, out) {
    if (file.language === 'csharp') {
        for (const m of ruleMatches(file, AZURE_TRIGGER_CS)) {
            if (inString(file, m.index))
                continue;
            if (m[2])
                pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]));
            else
                nameByIdentifier(file, out, m[3], m.index + m[0].lastIndexOf(m[3]), false);
        }
    }
    else if (ruleHolds(file, AZURE_TRIGGER)) {
        for (const m of ruleMatches(file, AZURE_TOOL_NAME)) {
            if (!inString(file, m.index))
                pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]));
        }
    }
}
const JS_NAME_USE = {
    needles: ['tool', 'registerTool', 'registerToolTask'],
    re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*,/g
};
// `(server.registerTool as (…) => RegisteredTool)(this.name, …)`: a registration cast to a type first, in a base class
// whose subclasses give the name (tool-resolve.ts). The cast is at most 2,000 characters.
const JS_CAST_NAME_USE = {
    needles: ['.registerTool', '.tool'],
    re: /\.(?:tool|registerTool)[ \t]+as[ \t\n(][\s\S]{0,2000}?\)[ \t\n]*\([ \t\n]*(this\.[A-Za-z_$][\w$]*)[ \t\n]*,/g
};
const JS_OBJECT_USE = {
    needles: ['.addTool'],
    re: /\.addTools?\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g,
    object: true
};
const IDENTIFIER_NAME_USES = {
    typescript: [JS_NAME_USE, JS_CAST_NAME_USE, JS_OBJECT_USE],
    javascript: [JS_NAME_USE, JS_CAST_NAME_USE, JS_OBJECT_USE],
    python: [{ needles: ['Tool'], re: /\bTool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(?:\.value)?\s*[,)]/g }],
    go: [
        {
            needles: ['mcp.NewTool'],
            re: /\bmcp\.NewTool\s*\(\s*(?:string\s*\(\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[),]/g
        },
        { needles: ['mcp.Tool'], re: /\bmcp\.Tool\s*\{[^{}]*?\bName\s*:\s*([A-Za-z_]\w*)\s*[,}\n]/g }
    ],
    csharp: [{ needles: ['McpServerTool'], re: /\[\s*McpServerTool\s*\(\s*Name\s*=\s*([A-Za-z_][\w.]{0,200})\s*[,)]/g }],
    java: [
        { needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g },
        // The 1.x builder: `Tool.builder().name(NAME)`, as the literal rule reads it.
        {
            needles: ['builder'],
            re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*\)/g
        },
        { needles: ['Tool'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*([A-Za-z_][\w.]{0,200})\s*,/g },
        { needles: ['Tool'], re: /@(?:Mcp)?Tool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g }
    ]
};
function collectIdentifierNamedTools(file, out) {
    const uses = IDENTIFIER_NAME_USES[file.language === 'kotlin' ? 'java' : file.language] ?? [];
    for (const use of uses) {
        for (const m of ruleMatches(file, use)) {
            if (inString(file, m.index))
                continue;
            nameByIdentifier(file, out, m[1], m.index + m[0].lastIndexOf(m[1]), use.object === true);
        }
    }
}
/** How far a tool literal's fields are read for its input schema. */
const MAX_TOOL_LITERAL = 20_000;
function collectGoToolShapes(file, out) {
    // Literals one after another are read once each; unclosed ones cannot make the reading quadratic.
    let budget = 2 * file.bare.length + MAX_TOOL_LITERAL;
    for (const m of ruleMatches(file, GO_TOOL_SHAPE)) {
        if (inString(file, m.index) || file.code.startsWith('mcp.', m.index))
            continue;
        const open = file.bare.indexOf('{', m.index);
        const read = fieldAtTopLevel(file.bare, open, 'InputSchema', Math.min(MAX_TOOL_LITERAL, budget));
        budget -= read.chars;
        if (read.found)
            pushLiteralTool(file, out, own(m[2]), m.index + m[0].lastIndexOf(m[2]));
        if (budget <= 0)
            return;
    }
}
/**
 * Whether the literal opening at `open` has the field `field:` among its own (not a nested literal's), read for at
 * most `max` characters; and how many it read.
 */
function fieldAtTopLevel(bare, open, field, max) {
    let depth = 0;
    const end = Math.min(bare.length, open + max);
    for (let i = open; i < end; i++) {
        const ch = bare[i];
        if (ch === '{' || ch === '(' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ')' || ch === ']') {
            if (--depth === 0)
                return { found: false, chars: i - open };
        }
        else if (depth === 1 && ch === field[0] && bare.startsWith(field, i) && !/[\w.]/.test(bare[i - 1] ?? '')) {
            if (/^\s*:/.test(bare.slice(i + field.length, i + field.length + 20)))
                return { found: true, chars: i - open };
        }
    }
    return { found: false, chars: end - open };
}
/** Identifier-named registrations per file whose loop and enclosing function are looked for. */
const MAX_LOOKBACKS = 500;
const LOOKBACKS = new WeakMap();
/** Per file, what the identifier resolution needs, made once. */
const FILE_NAMES = new WeakMap();
function namesOf(file) {
    let names = FILE_NAMES.get(file);
    if (!names)
        FILE_NAMES.set(file, (names = { constants: stringConstantsOf(file), objects: toolObjectsOf(file) }));
    return names;
}
/**
 * A registration named by an identifier at `offset`: a string constant of the file, a tool object
 * of the file (`X` or `X.name`), the elements of a literal array a loop goes over, or else a fact
 * for the derived step (a parameter of the enclosing function, or a name from another file).
 */
function nameByIdentifier(file, out, ident, offset, object, server, list = false) {
    const { constants, objects } = namesOf(file);
    const jvm = file.language === 'java' || file.language === 'kotlin';
    // Java's `this.name` is a field, not a tool object's name.
    const base = !jvm && (ident.endsWith('.name') || ident.endsWith('.Name')) ? ident.slice(0, -5) : ident;
    const isObject = object || base !== ident;
    const constant = isObject ? undefined : constants.get(ident);
    if (constant !== undefined)
        return pushTool(file, out, constant, offset, `constant ${ident}`, server);
    const obj = objects.get(base);
    if (obj?.literal !== undefined)
        return pushTool(file, out, obj.literal, offset, `tool object ${base}`, server);
    if (obj?.ref !== undefined && constants.has(obj.ref))
        return pushTool(file, out, constants.get(obj.ref), offset, `tool object ${base}`, server);
    // Each look back reads up to 20,000 characters: a file of many such registrations gets a bounded number.
    const budget = (LOOKBACKS.get(file) ?? 0) + 1;
    LOOKBACKS.set(file, budget);
    const looked = budget <= MAX_LOOKBACKS;
    const looped = looked ? loopTools(file, offset, base, isObject) : undefined;
    if (looped && 'tools' in looped) {
        for (const n of looped.tools)
            out.tools.push(listedRegistration(file, n, file.isTest, `from the list ${n.list}`, server));
        return;
    }
    if (looped) {
        out.toolFacts.push({
            kind: 'list',
            file: file.path,
            ...looped.imported,
            expression: expressionText(ident),
            at: file.at(offset, `registers the tools of the list ${looped.imported.name}`),
            isTest: file.isTest,
            ...(server ? { server: own(server) } : {})
        });
        return;
    }
    const selfAttribute = file.language === 'python' && /^self\.[A-Za-z_]\w*$/.test(ident) && looked
        ? pythonSelfAttributeOf(file, offset, ident.slice(5))
        : undefined;
    if (selfAttribute !== undefined)
        return pushTool(file, out, selfAttribute, offset, `${ident}, set in its class`, server);
    const at = file.at(offset, `registers a tool named by ${ident}`);
    const param = base.includes('.') || !looked ? undefined : parameterOf(file, offset, base);
    if (param)
        return pushParamFact(file, out, param, { object: isObject, ...(list ? { list } : {}) }, ident, at);
    // A field of a builder of the repository's own, set by its setters: each call of one names a tool.
    const setters = jvm && looked ? fieldSettersOf(file, offset, base) : undefined;
    if (setters) {
        for (const s of setters.setters)
            out.toolFacts.push({
                kind: 'param',
                file: file.path,
                fn: own(s.fn),
                index: s.index,
                object: false,
                receiver: own(setters.cls),
                expression: expressionText(ident),
                at,
                isTest: file.isTest
            });
        return;
    }
    const head = base.split('.')[0];
    const from = JS.includes(file.language) || file.language === 'python' ? importsOf(file).get(head) : undefined;
    out.toolFacts.push({
        kind: 'ref',
        file: file.path,
        ident: own(from ? `${from.name}${base.slice(head.length)}` : base),
        object: isObject,
        ...(from ? { from: own(from.from) } : {}),
        expression: expressionText(ident),
        at,
        isTest: file.isTest,
        ...(server ? { server: own(server) } : {})
    });
}
/**
 * TypeScript registrations whose name is an expression: joined from constants and literals
 * (`PREFIX + "get"`, `${PREFIX}get`) it is resolved; any other expression is computed.
 * A literal or a lone identifier is left to the rules above.
 */
const JS_REGISTRATION = {
    needles: ['tool', 'registerTool', 'registerToolTask'],
    re: /\.(?:tool|registerTool|registerToolTask)\s*\(/g
};
const TEMPLATE_PART = /\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g;
/** A registration named by a parameter of its function (`fn`'s `index`th): each call of the function names a tool. */
function pushParamFact(file, out, param, how, expression, at) {
    out.toolFacts.push({
        kind: 'param',
        file: file.path,
        fn: own(param.fn),
        index: param.index,
        ...how,
        expression: expressionText(expression),
        at,
        isTest: file.isTest
    });
}
function collectJoinedTsNames(file, out) {
    for (const m of ruleMatches(file, JS_REGISTRATION)) {
        const start = m.index + m[0].length;
        const arg = firstArgument(file.code, start);
        const text = arg.trim();
        if (!text || /^(['"])[^'"\n]*\1$|^`[^`$]*`$/.test(text) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(text))
            continue;
        // Object arguments (`server.tool({ … })`) and functions are other APIs' shapes, not a name.
        if (/^[{(]|=>/.test(text))
            continue;
        const at = start + (arg.length - arg.trimStart().length);
        // A parameter with a name to fall back on (`toolName || "web_fetch"`): each call of the function names the tool.
        const fallback = /^([A-Za-z_$][\w$]*)\s*(?:\|\||\?\?)\s*(['"`])([^'"`\n$]+)\2$/.exec(text);
        const param = fallback ? parameterOf(file, at, fallback[1]) : undefined;
        if (param) {
            const where = file.at(at, `registers a tool named by ${expressionText(text)}`);
            pushParamFact(file, out, param, { object: false, fallback: own(fallback[3]) }, text, where);
            continue;
        }
        const { constants } = namesOf(file);
        let name;
        if (text.startsWith('`') && text.endsWith('`')) {
            let unresolved = false;
            name = text.slice(1, -1).replace(TEMPLATE_PART, (_, id) => constants.get(id) ?? ((unresolved = true), ''));
            if (unresolved || name.includes('${'))
                name = undefined;
        }
        else {
            const parts = text.split('+').map((p) => p.trim());
            const values = parts.map((p) => /^(['"`])([^'"`\n$]*)\1$/.exec(p)?.[2] ?? constants.get(p));
            if (parts.length > 1 && values.every((v) => v !== undefined))
                name = values.join('');
        }
        if (name)
            pushTool(file, out, name, at, `joined from ${expressionText(text)}`);
        else
            out.tools.push({
                name: expressionText(text),
                derived: false,
                at: file.at(at, `registers a tool whose name is computed: ${expressionText(text)}`),
                isTest: file.isTest,
                computed: { expression: expressionText(text) }
            });
    }
}
/**
 * Names from the definitions a loop around the registration goes over (tool-lists.ts): a literal list, or one the
 * file defines; a list the file imports is a fact for the derived step. Undefined when there is no such loop.
 */
function loopNames(file, offset, ident, object) {
    const found = loopTools(file, offset, ident, object);
    return found && 'tools' in found ? found.tools : undefined;
}
/** A tool a list gives, pushed with its place and its handler. */
function listedRegistration(file, n, isTest, how, server, site) {
    return {
        name: own(n.name),
        derived: n.derived,
        at: file.at(n.at, `registers tool "${n.name}" (${how})`),
        isTest,
        ...(n.handler
            ? {
                handler: {
                    ...(n.handler.name ? { name: own(n.handler.name) } : {}),
                    at: file.at(n.handler.at, `handles the tool`)
                }
            }
            : {}),
        ...(server ? { server: own(server) } : {}),
        ...(site && site.file !== file.path ? { site } : {})
    };
}
/**
 * The top-level elements of an array (or tuple) literal opening at `open`: string literals, objects, or other
 * (neither).
 */
function elementsOf(file, open) {
    // A list of tool objects with their handlers runs long: read up to 200,000 characters of it.
    const close = closingBracket(file.bare, open, 200_000);
    if (close === -1)
        return undefined;
    const elements = [];
    let depth = 0;
    let start = open + 1;
    for (let i = open + 1; i <= close; i++) {
        const ch = file.bare.charCodeAt(i);
        if (ch === 40 || ch === 91 || ch === 123)
            depth++;
        else if ((ch === 41 || ch === 93 || ch === 125) && depth > 0)
            depth--;
        else if ((ch === 44 && depth === 0) || i === close) {
            const text = file.code.slice(start, i);
            const lead = text.length - text.trimStart().length;
            const t = text.trim();
            if (t) {
                const lit = /^(['"`])([^'"`\n$]+)\1$/.exec(t);
                if (lit)
                    elements.push({ literal: lit[2], at: start + lead + 1 });
                else if (t.startsWith('{'))
                    elements.push({ object: true, at: start + lead });
                else
                    elements.push({ at: start + lead });
            }
            start = i + 1;
        }
    }
    return elements;
}
/**
 * Python: `@mcp.tool`, `@mcp.tool()`, `@apps.tool(resource_uri=…, icons=[Icon(…)])`, `@mcp.tool(name="x")`,
 * `@mcp.tool("x")`, `@mcp.tool(name=NAME)`, and aliases (`tool = mcp.tool`, then `@tool()`), then
 * `def name` / `async def name`. The tool's server (the receiver) is kept for mounted namespaces.
 * Hand-written: the arguments nest brackets, which a regular expression cannot balance.
 */
const PY_TOOL_DECORATOR = { needles: ['@'], re: /@((?:\w+\.)*\w+)\.tool\b|@(\w+)\b/g };
const PY_TOOL_ALIAS = { needles: ['.tool'], re: /^[ \t]*(\w+)\s*=\s*((?:\w+\.)*\w+)\.tool[ \t]*$/gm };
const PY_DECORATED_DEF = /^[ \t]*(?:#[^\n]*)?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)/;
function collectPythonDecoratedTools(file, out) {
    const bare = file.bare;
    const aliases = new Map();
    for (const m of ruleMatches(file, PY_TOOL_ALIAS))
        aliases.set(m[1], m[2]);
    for (const m of ruleMatches(file, PY_TOOL_DECORATOR)) {
        // A decorator of the file's own that registers what it decorates: named as it passes a `name=` on, if it does.
        const wrapper = m[1] === undefined && !aliases.has(m[2]) ? pythonWrappers(file).get(m[2]) : undefined;
        const server = m[1] ?? aliases.get(m[2]) ?? wrapper?.server;
        if (server === undefined)
            continue;
        let i = m.index + m[0].length;
        while (bare[i] === ' ' || bare[i] === '\t')
            i++;
        let named;
        if (bare[i] === '(') {
            const close = matchingParen(bare, i);
            if (close === -1)
                continue;
            const args = file.code.slice(i, close);
            // The file's own decorator passes on only a `name=` keyword, if any: a positional literal may be anything.
            const passes = wrapper === undefined || wrapper.passesName;
            const lit = passes
                ? (wrapper
                    ? /\bname\s*=\s*(['"])([^'"\n]+)\1/
                    : /^\(\s*(?:name\s*=\s*)?(['"])([^'"\n]+)\1|\bname\s*=\s*(['"])([^'"\n]+)\3/).exec(args)
                : null;
            const ident = passes
                ? (wrapper
                    ? /\bname\s*=\s*([A-Za-z_][\w.]*)\s*[,)]/
                    : /^\(\s*([A-Za-z_][\w.]*)\s*[,)]|\bname\s*=\s*([A-Za-z_][\w.]*)\s*[,)]/).exec(args)
                : null;
            if (lit)
                named = { literal: lit[2] ?? lit[4], at: i + lit.index + lit[0].lastIndexOf(lit[2] ?? lit[4]) };
            else if (ident)
                named = { ident: ident[1] ?? ident[2], at: i + ident.index + ident[0].lastIndexOf(ident[1] ?? ident[2]) };
            i = close;
        }
        const rest = PY_DECORATED_DEF.exec(bare.slice(i, i + 2000));
        if (!rest)
            continue;
        const method = own(rest[1]);
        const defAt = file.at(i + rest[0].lastIndexOf(method), `handles the tool`);
        if (named?.literal !== undefined) {
            out.tools.push({
                name: own(named.literal),
                derived: false,
                at: file.at(named.at, `registers tool "${named.literal}"`),
                isTest: file.isTest,
                handler: { name: method, at: defAt },
                server: own(server)
            });
        }
        else if (named?.ident !== undefined) {
            nameByIdentifier(file, out, named.ident, named.at, false, server);
        }
        else {
            const at = file.at(i + rest[0].lastIndexOf(method), `registers tool "${method}"`);
            out.tools.push({
                name: method,
                derived: true,
                at,
                isTest: file.isTest,
                handler: { name: method, at },
                server: own(server)
            });
        }
    }
}
/**
 * FastMCP servers mounted on others: `main.mount(sub, namespace="jira")` (3.x), `main.mount(sub, prefix="jira")`,
 * `main.mount("jira", sub)` (2.x), `main.import_server(sub, prefix="jira")` or `import_server("jira", sub)`:
 * the sub-server's tools are served as `jira_<name>`.
 */
const PY_MOUNT = { needles: ['mount', 'import_server'], re: /\b(\w+)\.(?:mount|import_server)\s*\(/g };
function collectPythonMounts(file, out) {
    for (const m of ruleMatches(file, PY_MOUNT)) {
        const open = m.index + m[0].length - 1;
        const close = matchingParen(file.bare, open);
        if (close === -1)
            continue;
        const args = file.code.slice(open + 1, close - 1);
        // Positional arguments first (a prefix string may come before or after the server), then keywords.
        const parts = args.split(',').map((a) => a.trim());
        const literal = (a) => (a ? /^(['"])([^'"\n]*)\1$/.exec(a)?.[2] : undefined);
        const identifier = (a) => (a && /^[A-Za-z_][\w.]{0,200}$/.test(a) ? a : undefined);
        const first = literal(parts[0]);
        const child = first !== undefined ? identifier(parts[1]) : identifier(parts[0]);
        if (!child)
            continue;
        const keyword = /\b(?:namespace|prefix)\s*=\s*(['"])([^'"\n]*)\1/.exec(args);
        const prefix = first ?? literal(parts[1]) ?? keyword?.[2] ?? '';
        out.toolFacts.push({ kind: 'mount', file: file.path, parent: own(m[1]), child: own(child), prefix: own(prefix) });
    }
}
/** The offset just past the parenthesis that closes the one at `open`, or -1. */
function matchingParen(text, open) {
    const close = closingBracket(text, open, 5000);
    return close < 0 ? -1 : close + 1;
}
/**
 * TS SDK low-level server: setRequestHandler(ListToolsRequestSchema, …) (v1) or setRequestHandler('tools/list', …) (v2)
 * returning { tools: [{ name: "x" }, TOOL_OBJECT, …] }: objects in the list, or tool objects it names.
 */
const LIST_TOOLS_HANDLER = {
    needles: ['setRequestHandler'],
    re: /setRequestHandler\s*\(\s*(?:ListToolsRequestSchema\b|(['"`])tools\/list\1)/g,
    view: 'code'
};
function collectListedTsTools(file, out) {
    const code = file.code;
    for (const m of ruleMatches(file, LIST_TOOLS_HANDLER)) {
        const toolsAt = code.indexOf('tools', m.index + m[0].length);
        if (toolsAt === -1)
            continue;
        // `tools: [...]`, `tools: TOOLS`, or a list declared in the handler and returned (`const tools: Tool[] = [...]`).
        const after = /^tools\s*(?::\s*[\w$.<>[\]]{1,200}\s*=\s*|=\s*|:\s*)?/.exec(code.slice(toolsAt, toolsAt + 240));
        if (!after)
            continue;
        const valueAt = toolsAt + after[0].length;
        // `{ tools }`: the list is the variable of that name.
        if (after[0].trimEnd() === 'tools' && /^\s*[,}]/.test(code.slice(valueAt, valueAt + 40))) {
            listedByIdentifier(file, out, 'tools', toolsAt);
            continue;
        }
        if (code[valueAt] !== '[') {
            // `tools: TOOLS` or `tools: Object.values(TOOLS)`: a list kept elsewhere.
            const ident = /^(?:Object\.values\s*\(\s*)?([A-Za-z_$][\w$]*)/.exec(code.slice(valueAt, valueAt + 200));
            if (ident)
                listedByIdentifier(file, out, ident[1], valueAt + ident[0].lastIndexOf(ident[1]));
            continue;
        }
        listElements(file, out, valueAt);
    }
}
/** The tools an array literal at `open` lists: objects with a literal name, or tool objects by identifier. */
function listElements(file, out, open) {
    for (const e of elementsOf(file, open) ?? []) {
        if (e.object) {
            const n = objectNameAt(file, e.at);
            if (n?.literal !== undefined)
                pushTool(file, out, n.literal, n.at);
            else if (n?.ref !== undefined)
                nameByIdentifier(file, out, n.ref, n.at, false);
            continue;
        }
        const ident = /^(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(file.code.slice(e.at, e.at + 200));
        if (ident && e.literal === undefined)
            nameByIdentifier(file, out, ident[1], e.at + ident[0].length - ident[1].length, true);
    }
}
/**
 * `tools: TOOLS` where the file has `const TOOLS = [...]` (or `{ a: {...}, … }`): its elements. Where `TOOLS` is
 * imported, or made by a function (`const TOOLS = createTools()`) the file defines or imports, the list there: a fact
 * for the derived step when it is another module's. Else a fact for the name.
 */
function listedByIdentifier(file, out, ident, offset) {
    const id = ident.replace(/\$/g, '\\$');
    const def = new RegExp(`\\b(?:const|let|var)\\s+${id}\\b[^=\\n]{0,200}=\\s*(?:[[{]|(?:await\\s+)?([A-Za-z_$][\\w$]*)\\s*\\(\\s*\\))`).exec(file.bare);
    if (def && def[1] === undefined && file.bare[def.index + def[0].length - 1] === '[')
        return listElements(file, out, def.index + def[0].length - 1);
    const maker = def?.[1];
    if (maker) {
        const open = listOpening(file.bare, maker);
        if (open !== -1 && file.bare[open] === '[')
            return listElements(file, out, open);
    }
    const imported = JS.includes(file.language) ? importsOf(file).get(maker ?? ident) : undefined;
    if (imported && (maker || !def)) {
        out.toolFacts.push({
            kind: 'list',
            file: file.path,
            name: imported.name,
            from: imported.from,
            mode: 'elements',
            pick: 'name',
            namespace: false,
            expression: expressionText(ident),
            at: file.at(offset, `lists the tools of ${imported.name}`),
            isTest: file.isTest
        });
        return;
    }
    nameByIdentifier(file, out, ident, offset, true, undefined, true);
}
/**
 * Factories of tool objects outside any registration (`export default defineTool({ name: "x", … })`): facts, counted
 * when the repository registers tools by a computed name.
 */
const TOOL_FACTORY = {
    needles: ['defineTool', 'createTool', 'makeTool', 'buildTool'],
    re: /\b(?:define|create|make|build)Tool\s*\(\s*\{/g
};
function collectToolFactories(file, out) {
    for (const m of ruleMatches(file, TOOL_FACTORY)) {
        const n = objectNameAt(file, m.index + m[0].length - 1);
        if (n?.literal !== undefined)
            out.toolFacts.push({
                kind: 'factory',
                file: file.path,
                name: own(n.literal),
                at: file.at(n.at, `a tool object named "${n.literal}"`),
                isTest: file.isTest
            });
    }
}
/**
 * C#: `new DataContent(MCP_TINY_IMAGE)` with `const string MCP_TINY_IMAGE = "data:image/png;base64,…"` in the file (the
 * C# SDK's EverythingServer).
 */
const DATA_URI_CONSTANT = {
    needles: ['"data:'],
    re: /\b([A-Za-z_]\w*)\s*=\s*@?"data:(image|audio)\//g,
    view: 'code'
};
const NEW_DATA_CONTENT = { needles: ['DataContent'], re: /\bnew\s+DataContent\s*\(\s*([A-Za-z_]\w*)\s*[,)]/g };
function collectCsharpDataUriContent(file, out, seen) {
    const uris = new Map();
    for (const m of ruleMatches(file, DATA_URI_CONSTANT))
        uris.set(m[1], m[2]);
    if (!uris.size)
        return;
    for (const m of ruleMatches(file, NEW_DATA_CONTENT)) {
        const kind = uris.get(m[1]);
        const offset = m.index + m[0].indexOf('DataContent');
        if (!kind || seen.has(offset))
            continue;
        seen.add(offset);
        out.contentTypes.push({ kind, at: file.at(offset, `${kind} content (data URI ${m[1]})`), isTest: file.isTest });
    }
}
function collectContentTypes(file, out) {
    const seen = new Set();
    if (file.language === 'csharp')
        collectCsharpDataUriContent(file, out, seen);
    for (const rule of CONTENT_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, rule)) {
            if (rule.view === 'code' && inString(file, m.index))
                continue;
            const kind = rule.kind(m);
            const offset = m.index + Math.max(0, m[0].search(/image|audio|resource_link|Image|Audio|Resource/));
            if (seen.has(offset))
                continue;
            seen.add(offset);
            out.contentTypes.push({ kind, at: file.at(offset, `${kind.replace('_', ' ')} content`), isTest: file.isTest });
        }
    }
}
// ---------------------------------------------------------------- network calls
/** HTTP clients and sockets: the call, and where its first argument starts. */
const CLIENT_RULES = [
    { languages: JS, needles: ['fetch'], re: /(?<![\w.])fetch\s*\(/g, client: 'fetch' },
    {
        languages: JS,
        needles: ['axios'],
        re: /\baxios(?:\.(?:get|post|put|patch|delete|request|head))?\s*\(/g,
        client: 'axios'
    },
    { languages: JS, needles: ['got'], re: /(?<![\w.])got(?:\.(?:get|post|put|patch|delete))?\s*\(/g, client: 'got' },
    {
        languages: JS,
        needles: ['undici.', 'request'],
        re: /\bundici\.(?:request|fetch|stream)\s*\(|(?<![\w.])request\s*\(\s*(?=['"`])/g,
        client: 'undici'
    },
    { languages: JS, needles: ['http'], re: /\bhttps?\.(?:get|request)\s*\(/g, client: 'node:http' },
    {
        languages: JS,
        needles: ['net.', 'WebSocket'],
        re: /\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+WebSocket\s*\(/g,
        client: 'socket'
    },
    {
        languages: ['python'],
        needles: ['httpx', 'requests'],
        re: /\b(?:httpx|requests)\.(?:get|post|put|patch|delete|request|head|stream)\s*\(/g,
        client: 'httpx/requests'
    },
    {
        languages: ['python'],
        needles: ['client', 'session', 'http', 'self.'],
        // A literal URL, or a variable named as one (`client.get(url)` on a client some factory made).
        re: /\b(?:client|session|http|self\.\w+)\.(?:get|post|put|patch|delete|request)\s*\(\s*(?=f?['"]|(?:url|uri|page_url|target_url|source_url)\s*[,)])/g,
        client: 'HTTP client'
    },
    {
        languages: ['python'],
        needles: ['urllib.request.urlopen', 'urlopen'],
        re: /\burllib\.request\.urlopen\s*\(|\burlopen\s*\(/g,
        client: 'urllib'
    },
    {
        languages: ['python'],
        needles: ['socket.create_connection', '.connect'],
        re: /\bsocket\.create_connection\s*\(|\.connect\s*\(\s*\(/g,
        client: 'socket'
    },
    {
        languages: ['csharp'],
        needles: [
            'GetAsync',
            'PostAsync',
            'PutAsync',
            'PatchAsync',
            'DeleteAsync',
            'SendAsync',
            'GetStringAsync',
            'GetStreamAsync',
            'GetByteArrayAsync',
            'GetFromJsonAsync',
            'PostAsJsonAsync'
        ],
        // Type arguments too: `GetFromJsonAsync<JsonDocument>(url)`.
        re: /\.(?:GetAsync|PostAsync|PutAsync|PatchAsync|DeleteAsync|SendAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsJsonAsync)\s*(?:<[^<>()\n]{1,200}>\s*)?\(/g,
        client: 'HttpClient'
    },
    {
        languages: ['csharp'],
        needles: ['TcpClient', 'Uri'],
        re: /\bnew\s+TcpClient\s*\(|\bnew\s+Uri\s*\(\s*(?=")/g,
        client: 'socket/Uri'
    },
    {
        languages: ['go'],
        needles: ['http.'],
        re: /\bhttp\.(?:Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)\s*\(/g,
        client: 'net/http'
    },
    { languages: ['go'], needles: ['net.Dial'], re: /\bnet\.Dial(?:Timeout)?\s*\(/g, client: 'net.Dial' },
    {
        languages: ['java', 'kotlin'],
        needles: ['URI.create', 'URL', '.uri', '.url', 'Socket'],
        re: /\bURI\.create\s*\(|\bnew\s+URL\s*\(|\.uri\s*\(|\.url\s*\(|\bnew\s+Socket\s*\(/g,
        client: 'java.net/OkHttp/WebClient'
    },
    {
        languages: ['java', 'kotlin'],
        needles: ['restTemplate.', 'RestTemplate'],
        re: /\brestTemplate\.\w+\s*\(|\bRestTemplate\s*\(\)\s*\.\w+\s*\(/g,
        client: 'RestTemplate'
    }
];
/** Arguments that read like a URL handed in by the caller (the model): untrusted content can flow in through it. */
const CALLER_URL_NAME = /^(url|uri|link|href|target|address|page|page_?url|web_?url|source_?url|input_?url|args\.url|params\.url|request\.url)$/i;
function collectNetworkCalls(file, out) {
    // The file's URL constants, read at the first call: most files make none.
    let constants;
    for (const rule of CLIENT_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, rule)) {
            let argStart = m.index + m[0].length;
            let arg = firstArgument(file.code, argStart);
            // Go's http.NewRequest(method, url, …) and NewRequestWithContext(ctx, method, url, …): the URL comes later.
            for (let skip = 0; skip < 2 &&
                /^\s*(ctx|context\.\w+\(\)|"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+)\s*$/.test(arg); skip++) {
                argStart += arg.length + 1;
                arg = firstArgument(file.code, argStart);
            }
            // A URI/URL built inline is matched by its own rule; don't count the wrapper call too.
            if (/^\s*(URI\.create|new\s+URI|new\s+URL|URL\s*\()/.test(arg))
                continue;
            // A lambda is never a URL: Microsoft Graph's SDK (`graph.Me.Messages.GetAsync(r => …)`) is not a raw HttpClient
            // call.
            if (/^\s*(?:\w+|\([^()]*\))\s*=>/.test(arg))
                continue;
            const at = file.at(m.index, rule.client);
            const literal = leadingLiteral(arg, (constants ??= stringConstants(file)));
            if (literal !== undefined) {
                const host = hostOf(literal);
                if (!host)
                    continue; // a relative path or a non-URL literal: not a network target we can judge
                out.networkCalls.push({
                    client: rule.client,
                    target: literal,
                    host,
                    callerSupplied: false,
                    sends: sendsBody(file.code, m[0], m.index + m[0].length),
                    at,
                    isTest: file.isTest
                });
            }
            else if (arg.trim()) {
                const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80);
                out.networkCalls.push({
                    client: rule.client,
                    expression: expr,
                    callerSupplied: CALLER_URL_NAME.test(expr),
                    sends: sendsBody(file.code, m[0], m.index + m[0].length),
                    at,
                    isTest: file.isTest
                });
            }
        }
    }
}
// ---------------------------------------------------------------- third-party text
const ANY_CODE = ['typescript', 'javascript', 'python', 'csharp', 'go', 'java', 'kotlin'];
/**
 * A string literal that starts with this REST path (optionally after a scheme and host, and an API version): prose
 * mentioning the path does not.
 */
const restPath = (path) => new RegExp(`(['"\`])(?:https?://[^'"\`\\s/]+)?(?:/(?:v\\d[\\w.]*|beta|api))?${path}`, 'g');
/**
 * Reads of text that somebody outside the organisation can write: a tool that returns it puts
 * untrusted content in the model's context. Identifiers are matched with strings blanked
 * (`bare`), REST paths on string literals that begin with them (`code`). `needles` are literals
 * the view must contain before the pattern runs.
 */
const THIRD_PARTY_RULES = [
    // Microsoft Graph mail, over REST or the SDKs (JS .api('/me/messages'), Python client.me.messages.get(), C#
    // graph.Me.Messages.GetAsync(), Go/Java me().messages()).
    // A user id is at most 400 characters: unbounded, each unclosed `Users[` was scanned to the end of the file.
    {
        source: 'e-mail',
        api: 'Microsoft Graph mail',
        languages: ANY_CODE,
        view: 'code',
        needles: ['/me/', '/users/'],
        re: restPath(String.raw `/(?:me|users/[^'"\`\s/]+)/(?:messages|mailFolders)\b`)
    },
    {
        source: 'e-mail',
        api: 'Microsoft Graph mail',
        languages: ANY_CODE,
        view: 'bare',
        needles: ['essages', 'ail_folders', 'ailFolders'],
        re: /\b(?:me|Me)(?:\(\))?\s*\.\s*(?:messages|Messages|mail_folders|mailFolders|MailFolders)\b|\.(?:by_user_id|byUserId|ByUserId)\s*\([^()]{0,400}\)\s*\.\s*(?:messages|Messages)\b|\bUsers\s*\[[^\]]{0,400}\]\s*\.\s*(?:Messages|MailFolders)\b/g
    },
    // Gmail API: service.users().messages().get(...), gmail.users.messages.list(...)
    {
        source: 'e-mail',
        api: 'Gmail API',
        languages: ANY_CODE,
        view: 'bare',
        needles: ['messages'],
        re: /\busers(?:\(\))?\s*\.\s*messages(?:\(\))?\s*\.\s*(?:get|list)\b/g
    },
    // IMAP clients: Python imaplib, Node imapflow, MailKit, go-imap, Jakarta Mail.
    {
        source: 'e-mail',
        api: 'IMAP',
        languages: ANY_CODE,
        view: 'bare',
        needles: ['IMAP', 'Imap', 'imapclient'],
        re: /\bimaplib\.IMAP4(?:_SSL)?\s*\(|\bnew\s+(?:ImapFlow|ImapClient)\s*\(|\bimapclient\.Dial\w*\s*\(/g
    },
    {
        source: 'e-mail',
        api: 'IMAP',
        languages: ['java', 'kotlin'],
        view: 'code',
        needles: ['getStore'],
        re: /\bgetStore\s*\(\s*"imaps?"/g
    },
    // GitHub issues and pull requests: octokit (JS), PyGithub, go-github, Octokit.NET, REST paths.
    {
        source: 'issues and comments',
        api: 'GitHub issues',
        languages: JS,
        view: 'bare',
        needles: ['issues', 'pulls'],
        re: /\b(?:rest|octokit|github)\s*\.\s*(?:issues\s*\.\s*(?:get|list\w*|getComment)|pulls\s*\.\s*(?:get|list\w*|getReviewComment))\s*\(/g
    },
    {
        source: 'issues and comments',
        api: 'GitHub issues',
        languages: ['python'],
        view: 'bare',
        needles: ['.get_'],
        re: /\.get_(?:issues?|issue_comments?|pulls?|review_comments|comments)\s*\(/g
    },
    {
        source: 'issues and comments',
        api: 'GitHub issues',
        languages: ['go'],
        view: 'bare',
        needles: ['.Issues.', '.PullRequests.'],
        re: /\.(?:Issues\.(?:Get|List\w*|GetComment)|PullRequests\.(?:Get|List\w*))\s*\(/g
    },
    {
        source: 'issues and comments',
        api: 'GitHub issues',
        languages: ['csharp'],
        view: 'bare',
        needles: ['.Issue', '.PullRequest'],
        re: /\.(?:Issue|PullRequest)\s*\.\s*(?:Get\w*|Comment\s*\.\s*Get\w*|ReviewComment\s*\.\s*Get\w*)\s*\(/g
    },
    {
        source: 'issues and comments',
        api: 'GitHub issues',
        languages: ['java', 'kotlin'],
        view: 'bare',
        needles: ['getIssue', 'getComments', 'queryIssues'],
        re: /\.(?:getIssues?|getComments|queryIssues)\s*\(/g
    },
    {
        source: 'issues and comments',
        api: 'issue tracker REST',
        languages: ANY_CODE,
        view: 'code',
        needles: ['/repos/', '/rest/api/', '/projects/'],
        re: restPath(String.raw `(?:/repos/[^'"\`\s]*/(?:issues|pulls|comments)\b|/rest/api/(?:\d|latest)/(?:issue|search)\b|/projects/[^'"\`\s]*/(?:issues|merge_requests|notes)\b)`)
    },
    // Chat: Slack conversation history, Teams chats and channel messages.
    {
        source: 'chat messages',
        api: 'Slack conversations',
        languages: ANY_CODE,
        view: 'bare',
        needles: ['conversations'],
        re: /\bconversations(?:\.|_|\(\)\.)(?:history|replies)\s*\(/g
    },
    {
        source: 'chat messages',
        api: 'Slack conversations',
        languages: ANY_CODE,
        view: 'code',
        needles: ['conversations.'],
        re: /(['"])conversations\.(?:history|replies)\1/g
    },
    {
        source: 'chat messages',
        api: 'Microsoft Graph chats',
        languages: ANY_CODE,
        view: 'code',
        needles: ['/chats/', '/channels/'],
        re: restPath(String.raw `(?:/me)?/(?:chats|teams/[^'"\`\s/]+/channels)/[^'"\`\s]*/messages\b`)
    },
    // Help-desk tickets: Zendesk, Freshdesk (/api/v2/tickets), ServiceNow (/api/now/table).
    {
        source: 'tickets',
        api: 'help-desk REST',
        languages: ANY_CODE,
        view: 'code',
        needles: ['/tickets', '/now/table'],
        re: restPath(String.raw `(?:/api/v2/tickets\b|/now/table/)`)
    },
    // Web pages parsed for their text: cheerio, jsdom, BeautifulSoup, a headless browser going to a page.
    {
        source: 'web pages',
        api: 'HTML scraping',
        languages: ANY_CODE,
        view: 'bare',
        needles: ['cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'],
        re: /\bcheerio\.load\s*\(|\bnew\s+JSDOM\s*\(|\bBeautifulSoup\s*\(|\bpage\.goto\s*\(|\bJsoup\.(?:connect|parse)\s*\(|\bnew\s+HtmlDocument\s*\(/g
    }
];
function collectThirdPartyReads(file, out) {
    for (const rule of THIRD_PARTY_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of ruleMatches(file, rule)) {
            // A path rule matches at the opening quote; point at the path itself.
            const at = file.at(rule.view === 'code' ? m.index + 1 : m.index, rule.api);
            out.thirdPartyReads.push({ source: rule.source, api: rule.api, at, isTest: file.isTest });
        }
    }
}
const QUOTED_URL = { needles: ['://'], re: /(['"`])((?:https?|wss?):\/\/[^'"`\s]+)\1/g, view: 'code' };
const ASSIGNED_NAME = /\b([A-Za-z_]\w*)\s*(?::\s*[\w.<>]+\s*)?:?=\s*$/;
/** `const NAME = "https://…"` style constants in the file, so a call through them counts as literal. */
function stringConstants(file) {
    const map = new Map();
    // From each URL literal back to an assignment: scanning for the literal first is what keeps this cheap.
    for (const m of ruleMatches(file, QUOTED_URL)) {
        // Only a literal right after `=` can be a constant's value (most are call arguments): a cheap look back first.
        let j = m.index - 1;
        while (j >= 0 && /\s/.test(file.code[j]))
            j--;
        if (file.code[j] !== '=')
            continue;
        const before = ASSIGNED_NAME.exec(file.code.slice(Math.max(0, m.index - 120), m.index));
        if (before)
            map.set(before[1], m[2]);
    }
    return map;
}
const BODY_METHOD = /(?:^|[^\w$])(?:post|put|patch)\w*\s*[(<]?$/i;
const BODY_VERB = /(['"`])(?:POST|PUT|PATCH)\1|\b(?:HttpMethod\.(?:Post|Put|Patch|POST|PUT|PATCH)|http\.Method(?:Post|Put|Patch))\b/;
const METHOD_OPTION = /\bmethod\s*[:=]\s*(['"`])(?:post|put|patch)\1/i;
const DELETE_VERB = /\bHttpMethod\.(?:Delete|DELETE)\b|\bhttp\.MethodDelete\b|(['"`])DELETE\1/;
/**
 * Whether a request sends a body out: a method named for it (`PostAsync`, `requests.post`, `axios.put`) or a verb
 * in its arguments (`fetch(u, { method: 'POST' })`, `http.NewRequest("PATCH", …)`, `HttpMethod.Post`).
 */
function sendsBody(code, call, argsAt) {
    if (BODY_METHOD.test(call.slice(-60).trimEnd()))
        return true;
    const args = callArguments(code, argsAt);
    return BODY_VERB.test(args) || METHOD_OPTION.test(args);
}
/** Whether a call hands on the DELETE verb in its arguments (`Send(Request(HttpMethod.Delete, path))`). */
function sendsDelete(code, argsAt) {
    return DELETE_VERB.test(callArguments(code, argsAt));
}
/** The text of a call's arguments, up to its closing parenthesis (bounded). */
const callArguments = (code, from) => argumentText(code, from, 1_000, false);
/** The text of the first call argument (up to a top-level comma or the closing parenthesis). */
const firstArgument = (code, from) => argumentText(code, from, 400, true);
/** From `from` to the closing parenthesis of the call (or, `toComma`, the first top-level comma), at most `limit`. */
function argumentText(code, from, limit, toComma) {
    let depth = 0;
    let quote = '';
    for (let i = from; i < code.length && i < from + limit; i++) {
        const ch = code[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = '';
            continue;
        }
        if (ch === '"' || ch === "'" || ch === '`')
            quote = ch;
        else if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0)
                return code.slice(from, i);
            depth--;
        }
        else if (toComma && ch === ',' && depth === 0)
            return code.slice(from, i);
    }
    return code.slice(from, Math.min(code.length, from + limit));
}
/**
 * The URL the argument starts with: a string literal (f-strings, template
 * literals and `@"…"` included, up to the first interpolation), or a known
 * constant, or a template/concatenation that starts with one.
 */
function leadingLiteral(arg, constants) {
    const a = arg.trim();
    const lit = /^(?:[fr]|\$@?|@\$?)?(['"`])((?:https?|wss?):\/\/[^'"`\s{]*)/.exec(a);
    if (lit)
        return lit[2];
    // The object's own field counts as the constant it was given (`${this.baseUrl}`, `self.base_url + path`).
    const tpl = /^`\$\{\s*(?:(?:this|self)\s*\.\s*)?([A-Za-z_]\w*)\s*\}/.exec(a);
    if (tpl && constants.has(tpl[1]))
        return constants.get(tpl[1]);
    const ident = /^(?:(?:this|self)\s*\.\s*)?([A-Za-z_]\w*)\s*(?:\+|$)/.exec(a);
    if (ident && constants.has(ident[1]))
        return constants.get(ident[1]);
    const py = /^f?(['"])\{\s*(?:self\s*\.\s*)?([A-Za-z_]\w*)\s*\}/.exec(a);
    if (py && constants.has(py[2]))
        return constants.get(py[2]);
    return undefined;
}
function hostOf(url) {
    const m = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url);
    return m ? m[1].toLowerCase() : undefined;
}
// ---------------------------------------------------------------- the detector
/** Every rule the detector runs over a whole file. */
const RULES = [
    MCP_MARKERS,
    ...TOOL_LITERAL_RULES,
    ...TOOL_DERIVED_RULES,
    AZURE_TRIGGER_CS,
    AZURE_TRIGGER,
    AZURE_TOOL_NAME,
    ...Object.values(IDENTIFIER_NAME_USES).flat(),
    GO_TOOL_SHAPE,
    JS_REGISTRATION,
    LIST_TOOLS_HANDLER,
    PY_TOOL_ALIAS,
    PY_TOOL_DECORATOR,
    PY_MOUNT,
    PY_FUNCTION_TOOL,
    JVM_TOOL_ANNOTATION,
    TOOL_FACTORY,
    ...CONTENT_RULES,
    DATA_URI_CONSTANT,
    NEW_DATA_CONTENT,
    ...CLIENT_RULES,
    QUOTED_URL,
    ...THIRD_PARTY_RULES
];
const newNetworkCallTable = () => new FactTable({
    strings: ['client', 'target', 'host', 'expression'],
    flags: ['callerSupplied', 'isTest', 'sends']
});
function createSecurityDetector() {
    const result = {
        tools: [],
        contentTypes: [],
        networkCalls: newNetworkCallTable(),
        thirdPartyReads: [],
        mcpFiles: [],
        toolFacts: [],
        imports: [],
        declaredTypes: []
    };
    const detector = {
        rules: RULES,
        visit(file) {
            if (!isCode(file))
                return;
            // Tool registrations count only in files that use an MCP SDK: `.tool("x")` elsewhere is something else.
            if (ruleHolds(file, MCP_MARKERS)) {
                result.mcpFiles.push(file.path);
                collectTools(file, result);
            }
            if (file.language === 'go')
                collectGoToolShapes(file, result);
            if (JS.includes(file.language))
                collectToolFactories(file, result);
            collectContentTypes(file, result);
            // A CI script's calls and reads are the workflow's, not the server's: kept, as test code's are, not raised.
            const served = isCiPath(file.path) && !file.isTest ? Object.create(file, { isTest: { value: true } }) : file;
            collectNetworkCalls(served, result);
            collectThirdPartyReads(served, result);
        }
    };
    return { detector, result };
}

export { listElements as A, listedByIdentifier as B, CALLER_URL_NAME as C, scanSources as D, dotenvSecrets as E, testDataIn as F, createSecretsDetector as G, isCode as H, FactTable as I, intern as J, createSecurityDetector as K, LineFinder as L, createAuthDetector as M, createPlatformAuthDetector as N, createPropertiesCredentialDetector as O, closingBracket as a, sendsBody as b, credentialKind as c, handlerValueAt as d, splitTopLevel as e, firstArgument as f, codeFileOf as g, hostOf as h, isDocPath as i, stringConstantsOf as j, own as k, leadingLiteral as l, toolsOfList as m, listedRegistration as n, offsetAt as o, partsOf as p, importsOf as q, handlerFieldAt as r, sendsDelete as s, toolObjectsOf as t, loopNames as u, parameterOf as v, expressionText as w, objectNameAt as x, listOpening as y, listSource as z };
