import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

// Character classes of JavaScript's regular expressions, by code, for the
// hand-written scanners that must find what a pattern finds (no u flag).
/** `[A-Za-z]`: an ASCII letter. */
const isAsciiLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `\w`: an ASCII letter, digit or `_`. */
const isWordChar = (c) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** `\s`: the white space and line terminators a pattern's `\s` matches. */
function isSpaceChar(c) {
    return ((c >= 9 && c <= 13) ||
        c === 32 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}

// The one prefilter of the source pass: every rule (source rules, the detectors'
// patterns, the secret rules) declares its needles, literals one of which every
// match holds, and one scan of each file's text tells which of them it may hold,
// so a rule that cannot match, and a detector none of whose rules can, is skipped
// with a bit test instead of a regular expression or a substring search.
//
// Hand-written: the Aho-Corasick packages return match objects and walk
// grapheme clusters (the best kept one was an order of magnitude slower on the
// bench's realistic profile: docs/performance.md), and none folds case into a
// bit set.
//
// The answer is conservative, never wrong the other way: literals are matched
// with ASCII letters folded to lower case, so a bit set means "may hold it" and
// callers that need the exact case still check with `includes`; a bit clear
// means the text does not hold the literal in any case.
/** Characters a literal may hold to be indexed: printable ASCII. Others make it never skipped. */
const INDEXABLE = /^[\x20-\x7e]+$/;
class LiteralIndex {
    ids = new Map();
    folded = [];
    automaton;
    words = new Uint32Array(1);
    hits;
    asked = new Set();
    constructor() {
        // One result object, valid until the next scan: the pass looks at one file at a time.
        this.hits = {
            mayHold: (literal) => {
                const id = this.ids.get(literal);
                // Never declared: it might be there (and a test lists it, as a rule that was not declared).
                if (id === undefined) {
                    if (this.asked.size < 1000)
                        this.asked.add(literal);
                    return true;
                }
                // Not indexed, or added after the last build: it might be there.
                if (id < 0 || !this.automaton || id >= this.automaton.count)
                    return true;
                return (this.words[id >>> 5] & (1 << (id & 31))) !== 0;
            }
        };
    }
    /** Literals asked about that were never added: needles of a rule no detector declared. */
    undeclared() {
        return this.asked;
    }
    /** Makes the literals known to the next scans (a literal that cannot be indexed is never skipped). */
    add(...literals) {
        for (const literal of literals) {
            if (this.ids.has(literal))
                continue;
            if (!INDEXABLE.test(literal)) {
                this.ids.set(literal, -1);
                continue;
            }
            this.ids.set(literal, this.folded.length);
            this.folded.push(literal.toLowerCase());
        }
    }
    /** Which literals the text may hold. The answer is valid until the next scan. */
    scan(text) {
        let a = this.automaton;
        if (!a || a.count !== this.folded.length)
            a = this.automaton = build(this.folded);
        const words = this.words.length * 32 >= a.count ? this.words.fill(0) : (this.words = new Uint32Array((a.count >>> 5) + 1));
        const { classes, next, ends } = a;
        let state = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            state = next[state + (c < 128 ? classes[c] : 0)];
            if (state < 0) {
                state = -state;
                for (const id of ends.get(state))
                    words[id >>> 5] |= 1 << (id & 31);
            }
        }
        return this.hits;
    }
}
/** Aho-Corasick: a trie of the literals, its failure links, and the full transition table. */
function build(literals) {
    const classes = new Uint8Array(128);
    let width = 1;
    for (const l of literals)
        for (let i = 0; i < l.length; i++)
            if (!classes[l.charCodeAt(i)])
                classes[l.charCodeAt(i)] = width++;
    // Upper-case letters take their lower-case class: the literals are folded, and so is the text.
    for (let c = 65; c <= 90; c++)
        classes[c] = classes[c + 32];
    const children = [new Map()];
    const output = [[]];
    literals.forEach((literal, id) => {
        let s = 0;
        for (let i = 0; i < literal.length; i++) {
            const k = classes[literal.charCodeAt(i)];
            let child = children[s].get(k);
            if (child === undefined) {
                child = children.length;
                children.push(new Map());
                output.push([]);
                children[s].set(k, child);
            }
            s = child;
        }
        output[s].push(id);
    });
    // Breadth first: a state's failure state is shallower, so its row is complete when the state is reached.
    const states = children.length;
    const goto = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const queue = [];
    for (const [k, child] of children[0]) {
        goto[k] = child;
        queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
        const s = queue[q];
        output[s].push(...output[fail[s]]);
        // The failure state's row, then this state's own children over it: one native copy per state
        // instead of a map lookup per class (the automaton is built a few times a run, as the patterns
        // add their literals, so its build time counts).
        goto.copyWithin(s * width, fail[s] * width, fail[s] * width + width);
        for (const [k, child] of children[s]) {
            fail[child] = goto[fail[s] * width + k];
            goto[s * width + k] = child;
            queue.push(child);
        }
    }
    // Row offsets instead of state numbers, negated for states where a literal ends: one load and one
    // sign test per character in the scan.
    const next = new Int32Array(states * width);
    const ends = new Map();
    for (let i = 0; i < next.length; i++) {
        const t = goto[i];
        next[i] = output[t].length ? -(t * width) : t * width;
    }
    for (let s = 0; s < states; s++)
        if (output[s].length)
            ends.set(s * width, output[s]);
    return { count: literals.length, classes, width, next, ends };
}
/**
 * Whether a rule with these needles may match the text: the scan says the text may hold one of
 * them, and, unless the rule ignores case, the text holds it as written.
 */
function holdsNeedle(hits, text, needles, anyCase) {
    for (const n of needles)
        if (hits.mayHold(n) && (anyCase || text.includes(n)))
            return true;
    return false;
}
/** The index every detector of this thread registers its rules' needles with. */
const LITERALS = new LiteralIndex();

// What a candidate credential's structure says: checksums where the format has one (GitHub's
// tokens), JSON inside a JWT, the segments of a Slack token, the well-known public example keys
// (emulators, SDK documentation), and for a generic `password = "…"` whether the value is a
// literal secret at all or a name, reference, path, template, placeholder or word.
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** `n` in base 62, left-padded with '0' to `width` digits. */
function base62(n, width) {
    let out = '';
    for (let v = n; v > 0; v = Math.floor(v / 62))
        out = BASE62[v % 62] + out;
    return out.padStart(width, '0');
}
/**
 * GitHub's tokens since 2021 (`ghp_` and its kin): 30 random base62 characters, then the CRC32 of
 * those 30 in base 62 (6 characters). A token whose checksum fails was never issued.
 */
function githubChecksumHolds(token) {
    const body = token.slice(token.indexOf('_') + 1);
    if (body.length !== 36)
        return false;
    return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
// A token that fails its checksum is kept (so the redactor still cuts it) but never blocks.
const githubToken = (secret) => githubChecksumHolds(secret) ? { verified: true } : { documented: 'not a token GitHub issued (its checksum fails)' };
/** Shannon entropy in bits per character. */
function entropy(s) {
    const counts = new Map();
    for (let i = 0; i < s.length; i++)
        counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1);
    let h = 0;
    for (const c of counts.values())
        h -= (c / s.length) * Math.log2(c / s.length);
    return h;
}
function base64UrlJson(part) {
    try {
        const value = JSON.parse(Buffer.from(part.replace(/\\/g, ''), 'base64url').toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** The example token of jwt.io and RFC 7519's examples: their subject and names are known. */
const EXAMPLE_SUBJECTS = new Set(['1234567890', 'joe', 'John Doe', 'user123', 'test']);
/** A JWT counts when its header and payload decode to JSON objects, the header names an algorithm and it is signed. */
function jwt(secret) {
    const [h, p, sig] = secret.split('.');
    const header = base64UrlJson(h);
    const payload = base64UrlJson(p ?? '');
    if (!header || !payload || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none' || !sig)
        return false;
    if (EXAMPLE_SUBJECTS.has(String(payload.sub)) || EXAMPLE_SUBJECTS.has(String(payload.name)))
        return { documented: 'an example token (its subject is a documentation example)' };
    return {};
}
/** Slack tokens carry numeric team and user ids: `xoxb-<digits>-<digits>-…`. */
function slackToken(secret) {
    const parts = secret.split('-');
    return parts.length >= 4 && /^\d{8,13}$/.test(parts[1]) && /^\d{8,13}$/.test(parts[2]) && !placeholderWords(secret)
        ? {}
        : false;
}
// The public keys that documentation and emulators print for everyone.
const DOCUMENTED = new Map([
    [
        'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
        'the Azurite storage emulator’s public account key'
    ],
    ['AKIAIOSFODNN7EXAMPLE', 'the AWS documentation’s example key id'],
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'the AWS documentation’s example secret key'],
    ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'the Stripe documentation’s test key'],
    ['sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'the Stripe documentation’s test key'],
    ['pk_test_TYooMQauvdEDq54NiTphI7jx', 'the Stripe documentation’s test key']
]);
const documented = (secret) => {
    const why = DOCUMENTED.get(secret);
    return why ? { documented: why } : {};
};
/** A private key block whose body holds base64 (at least 64 characters of it), not `...` or `<your key>`. */
function privateKey(secret) {
    const body = secret.slice(secret.indexOf('-----', 10) + 5, secret.lastIndexOf('-----END'));
    if (body.includes('...') || body.includes('<') || body.includes('{'))
        return false;
    let b64 = 0;
    for (let i = 0; i < body.length; i++)
        if (isBase64(body.charCodeAt(i)))
            b64++;
    return b64 >= 64 && !placeholderWords(body) ? {} : false;
}
const isBase64 = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
/** The line of `text` around `index`. */
function lineAround(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const end = text.indexOf('\n', index);
    return text.slice(start, end < 0 ? text.length : end);
}
/** Hosts a development database runs on. */
const LOCAL_HOST = /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\]|db|postgres|mysql|redis|mongo|mongodb|host|hostname|server)(?![\w.-]*\.[a-z])/i;
/** A password in a connection URL: a literal, not a placeholder; one for a local database is documented. */
function connectionPassword(secret, m) {
    if (notALiteral(secret) || secret.length < 6 || entropy(secret) < 2.5)
        return false;
    return LOCAL_HOST.test(m[0]) ? { documented: 'a local development database' } : {};
}
/**
 * `Password=` of an ADO.NET or JDBC connection string: inside one (after `;`, `&`, `?` or at a string's start), a
 * literal.
 */
function connectionStringPassword(secret, m, text) {
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 10;
    // ; & ? " ' or a line start: the keyword begins a connection-string field.
    if (before !== 59 && before !== 38 && before !== 63 && before !== 34 && before !== 39 && before !== 10)
        return false;
    if (notALiteral(secret) || secret.length < 6)
        return false;
    return /localhost|127\.0\.0\.1|\(localdb\)/i.test(lineAround(text, m.index))
        ? { documented: 'a local development database' }
        : {};
}
// ------------------------------------------------------------------ generic assignments
/** Words a secret-named setting ends in; `key` counts after one of KEY_QUALIFIERS. */
const SECRET_WORDS = new Set([
    'secret',
    'password',
    'passwd',
    'pwd',
    'passphrase',
    'token',
    'apikey',
    'credential',
    'credentials'
]);
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'secret',
    'private',
    'client',
    'signing',
    'master',
    'account',
    'auth',
    'encryption',
    'subscription',
    'shared',
    'storage'
]);
/** Words that make a token-named setting something else: a page cursor, a CSRF nonce, a lock. */
const NOT_CREDENTIAL_WORDS = new Set([
    'page',
    'next',
    'cursor',
    'continuation',
    'csrf',
    'xsrf',
    'sync',
    'nonce',
    'state',
    'cancellation',
    'cancel',
    'idempotency',
    'lock',
    'public',
    'publishable',
    'max',
    'min',
    'count',
    'length',
    'type',
    'name',
    'header',
    'field',
    'param',
    'endpoint',
    'url',
    'uri',
    'path',
    'file',
    'env',
    'var',
    'prefix',
    'pattern',
    'regex',
    'format'
]);
/** The words of an identifier: split at `_`, `-`, `.` and lower-to-upper case changes, lower-cased. */
function identifierWords(name) {
    const words = [];
    let word = '';
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        const upper = c >= 65 && c <= 90;
        const prevLower = i > 0 && name.charCodeAt(i - 1) >= 97 && name.charCodeAt(i - 1) <= 122;
        if (c === 95 || c === 45 || c === 46 || c === 36) {
            if (word)
                words.push(word);
            word = '';
            continue;
        }
        if (upper && prevLower && word) {
            words.push(word);
            word = '';
        }
        word += name[i].toLowerCase();
    }
    if (word)
        words.push(word);
    return words;
}
/**
 * Whether a setting of this name holds a credential: its last word says so, and no word says it is a cursor, a name or
 * a path.
 */
function isSecretName(name) {
    const words = identifierWords(name);
    const last = words[words.length - 1];
    if (!last || words.some((w) => NOT_CREDENTIAL_WORDS.has(w)))
        return false;
    if (SECRET_WORDS.has(last))
        return true;
    return (last === 'key' || last === 'keys') && words.length > 1 && KEY_QUALIFIERS.has(words[words.length - 2]);
}
/** A value with one of these in it (after undoing digits for letters) is an example, not a credential. */
const PLACEHOLDER_WORDS = [
    'secret',
    'passw',
    'token',
    'apikey',
    'api-key',
    'api_key',
    'test',
    'fake',
    'dummy',
    'mock',
    'sample',
    'example',
    'changeme',
    'placeholder',
    'invalid',
    'redacted',
    'your',
    'demo',
    'xxxx',
    'pass',
    'foobar',
    'qwerty',
    'letmein',
    'admin',
    'hunter2',
    'abc123',
    '123456',
    'abcdef',
    'default'
];
const UNLEET = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a' };
function placeholderWords(value) {
    let plain = '';
    for (const ch of value.toLowerCase())
        plain += UNLEET[ch] ?? ch;
    const lower = value.toLowerCase();
    return PLACEHOLDER_WORDS.some((w) => plain.includes(w) || lower.includes(w));
}
/**
 * Why a quoted value is not a literal secret, or undefined when it may be one: a reference to a
 * variable or the environment, a name, a path or URL, a template, a word or words, a placeholder.
 */
function notALiteral(value) {
    if (value.length < 8)
        return 'too short';
    if (value.startsWith('$') || value.includes('${') || value.includes('$(') || /%\w+%/.test(value))
        return 'a variable reference';
    if (value.includes('{{') || (value.includes('<') && value.includes('>')))
        return 'a template';
    if (value.startsWith('/') ||
        value.startsWith('./') ||
        value.startsWith('../') ||
        value.startsWith('~/') ||
        value.includes('://'))
        return 'a path or URL';
    if (/\.(?:json|ya?ml|pem|key|crt|cer|pfx|p12|txt|env|cache|db|sqlite|toml|ini|cfg|conf|log|js|ts|py)$/i.test(value))
        return 'a file name';
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
        return 'an environment variable or constant name';
    if (/^(?:[a-z]+[0-9]{0,4}[-_. ])*[a-z]+[0-9]{0,4}$/i.test(value) && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value))
        return 'a word or words';
    if (/^[a-z][a-zA-Z]*(?:\.[a-zA-Z_]\w*)+$/.test(value) || /^[a-z]+(?:[A-Z][a-z0-9]+)+$/.test(value))
        return 'an identifier';
    // A class or option name in PascalCase (`InteractiveBrowserCredential`): whole words, no digits.
    if (/^(?:[A-Z][a-z]{2,}){2,}$/.test(value))
        return 'an identifier';
    if (/^(.)\1*$/.test(value) || value.includes('...') || value.includes('***'))
        return 'a placeholder';
    if (placeholderWords(value))
        return 'a placeholder';
    return undefined;
}
/**
 * The least entropy (bits per character) of a generic secret's value. Measured on the values that
 * pass every other filter in ten public MCP servers and the fixtures (bench/secret-entropy.ts): the
 * false alarms left scored 2.86 and below, the real-format values 3.54 and above.
 */
const GENERIC_MIN_ENTROPY = 3.0;
/** A secret-named setting whose quoted value is a literal with enough entropy. */
function genericAssignment(secret, m) {
    const text = m[0];
    let end = 0;
    while (end < text.length && /[\w.-]/.test(text[end]))
        end++;
    if (!isSecretName(text.slice(0, end)))
        return false;
    if (notALiteral(secret) || entropy(secret) < GENERIC_MIN_ENTROPY)
        return false;
    return {};
}
/** Values of a committed .env file: the same literal filters (the name was checked by the caller). */
function dotenvValue(value) {
    return !notALiteral(value) && entropy(value) >= GENERIC_MIN_ENTROPY;
}

// Secret rules as data. The patterns follow gitleaks' default configuration
// (MIT licence): each rule has needles (gitleaks' keywords, as written for a
// case-sensitive rule) and a regular expression whose group `secret` (or the
// whole match) is the credential. A subset of the kinds that matter for an
// MCP server: cloud keys, source-forge and chat tokens, private keys, JWTs,
// connection strings and generic assignments of secret-named settings.
const rule = (id, description, needles, regex, matches, check) => ({ id, description, needles, regex, ...(matches ? { matches } : {}), ...(check ? { check } : {}) });
// The generic assignment rule's pattern starts with `\b[\w.-]*` before its keyword, so the engine
// tries it at every word boundary and walks each identifier back and forth: on one large real
// repository it took more time than all the other secret rules together. The same matches come
// from each keyword: the identifier around it (a run of [\w.-]) starts the match at its first
// word character, and the rest of the pattern, tried just after the run, decides.
const ASSIGNMENT_KEYWORD = /secret|password|passwd|token|api[_-]?key|client[_-]?secret/gi;
const ASSIGNMENT_REST = /["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/iy;
const isIdentifierChar = (c) => isWordChar(c) || c === 46 || c === 45; // [\w.-]
function genericAssignments(text) {
    const found = [];
    ASSIGNMENT_KEYWORD.lastIndex = 0;
    for (let k = ASSIGNMENT_KEYWORD.exec(text); k; k = ASSIGNMENT_KEYWORD.exec(text)) {
        let start = k.index;
        while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1)))
            start--;
        let end = k.index + k[0].length;
        while (end < text.length && isIdentifierChar(text.charCodeAt(end)))
            end++;
        // The first word boundary of the run: its first word character (a '.' or '-' before it is not one).
        while (!isWordChar(text.charCodeAt(start)))
            start++;
        ASSIGNMENT_REST.lastIndex = end;
        const rest = ASSIGNMENT_REST.exec(text);
        // No other keyword of this run can match either; after a match, the search goes on past it, as matchAll does.
        ASSIGNMENT_KEYWORD.lastIndex = rest ? ASSIGNMENT_REST.lastIndex : end;
        if (rest)
            found.push({ index: start, 0: text.slice(start, ASSIGNMENT_REST.lastIndex), groups: rest.groups });
    }
    return found;
}
// The private-key pattern's lazy body runs to the end of the text from every header that has no
// footer after it: with many headers and no footer that is quadratic. The pattern is run only on
// the text up to the last footer (and the most a footer can span), so every header's search ends at a footer.
const PRIVATE_KEY = /(?<secret>-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g;
const PRIVATE_KEY_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/y;
/** The longest footer: '-----END', 100 characters, 'PRIVATE KEY', ' BLOCK', '-----'. */
const PRIVATE_KEY_END_MAX = 8 + 100 + 11 + 6 + 5;
function privateKeys(text) {
    let last = text.lastIndexOf('-----END');
    while (last >= 0) {
        PRIVATE_KEY_END.lastIndex = last;
        if (PRIVATE_KEY_END.test(text))
            break;
        last = last > 0 ? text.lastIndexOf('-----END', last - 1) : -1;
    }
    // Every match ends in a footer that starts at `last` at the latest, and the pattern looks at nothing past it.
    return last < 0 ? [] : text.slice(0, last + PRIVATE_KEY_END_MAX).matchAll(PRIVATE_KEY);
}
// The connection-string pattern, tried at each scheme, scans the password (a run that may hold
// further schemes) to its end before it fails for want of an '@': quadratic. A regex cannot share
// that scan between starts, so the pieces are matched here in turn, and the password's end is
// found once for every scheme inside the same run.
const CONNECTION_SCHEME = /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\//gi;
const CONNECTION_USER = /[^\s:/@'"]+:/y;
const CONNECTION_PASSWORD_END = /[\s@'"$]/g;
const CONNECTION_HOST = /[^\s'"]+/y;
function connectionStrings(text) {
    const found = [];
    // The last run searched for the password's end: no end character between runFrom and runEnd.
    let runFrom = 0;
    let runEnd = -1;
    CONNECTION_SCHEME.lastIndex = 0;
    for (let s = CONNECTION_SCHEME.exec(text); s; s = CONNECTION_SCHEME.exec(text)) {
        // After a failure the search goes on at the next character; after a match, past it, as matchAll does.
        let next = s.index + 1;
        CONNECTION_USER.lastIndex = CONNECTION_SCHEME.lastIndex;
        // The user and the password each stop at the first character outside their class, so the
        // pattern's backtracking can find no other split: the longest runs decide.
        if (CONNECTION_USER.test(text)) {
            const from = CONNECTION_USER.lastIndex;
            if (from < runFrom || from > runEnd) {
                CONNECTION_PASSWORD_END.lastIndex = runFrom = from;
                runEnd = CONNECTION_PASSWORD_END.exec(text)?.index ?? text.length;
            }
            CONNECTION_HOST.lastIndex = runEnd + 1;
            if (runEnd - from >= 3 && text[runEnd] === '@' && CONNECTION_HOST.test(text)) {
                next = CONNECTION_HOST.lastIndex;
                found.push({ index: s.index, 0: text.slice(s.index, next), groups: { secret: text.slice(from, runEnd) } });
            }
        }
        CONNECTION_SCHEME.lastIndex = next;
    }
    return found;
}
const SECRET_RULES = [
    rule('aws-access-token', 'AWS access key id', ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'], /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g, undefined, documented),
    // Every spelling the pattern takes holds 'accesskey' or 'access_key' in some case; 'aws_secret' and
    // 'secretaccesskey' missed AWSSECRET_ACCESSKEY and awssecretaccess_key (a property test found it).
    rule('aws-secret-access-key', 'AWS secret access key', ['accesskey', 'access_key'], /(?:aws_?secret_?access_?key|SecretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})\b/gi, undefined, documented),
    rule('github-pat', 'GitHub personal access token', ['ghp_'], /\b(?<secret>ghp_[0-9a-zA-Z]{36})\b/g, undefined, githubToken),
    rule('github-fine-grained-pat', 'GitHub fine-grained token', ['github_pat_'], /\b(?<secret>github_pat_[0-9a-zA-Z_]{82})\b/g),
    rule('github-oauth', 'GitHub OAuth token', ['gho_'], /\b(?<secret>gho_[0-9a-zA-Z]{36})\b/g, undefined, githubToken),
    rule('github-app-token', 'GitHub app token', ['ghu_', 'ghs_'], /\b(?<secret>(?:ghu|ghs)_[0-9a-zA-Z]{36})\b/g, undefined, githubToken),
    rule('github-refresh-token', 'GitHub refresh token', ['ghr_'], /\b(?<secret>ghr_[0-9a-zA-Z]{36})\b/g, undefined, githubToken),
    rule('gitlab-pat', 'GitLab personal access token', ['glpat-'], /\b(?<secret>glpat-[0-9a-zA-Z_-]{20})\b/g),
    rule('slack-token', 'Slack token', ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs', 'xoxe'], /\b(?<secret>xox[bpaers]-[0-9A-Za-z-]{10,})\b/g, undefined, slackToken),
    rule('slack-webhook', 'Slack webhook URL', ['hooks.slack.com'], /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{43,})/g),
    rule('private-key', 'Private key', ['-----BEGIN'], PRIVATE_KEY, privateKeys, privateKey),
    // A JWT's header is JSON, so it starts eyJ: the pattern says so, as its keyword always did.
    rule('jwt', 'JSON Web Token', ['eyJ'], /\b(?<secret>eyJ[a-zA-Z0-9]{16,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?)/g, undefined, jwt),
    rule('azure-storage-connection', 'Azure storage account key', ['AccountKey='], /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g, undefined, documented),
    rule('azure-ad-client-secret', 'Azure AD client secret', ['Q~'], /(?:^|[\\'"\x60\s>=:(,)])(?<secret>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])/g),
    rule('gcp-api-key', 'Google API key', ['AIza'], /\b(?<secret>AIza[\w-]{35})\b/g),
    rule('stripe-access-token', 'Stripe key', ['sk_live', 'rk_live', 'sk_test', 'rk_test', 'sk_prod', 'rk_prod'], /\b(?<secret>(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})\b/g, undefined, documented),
    rule('sendgrid-api-token', 'SendGrid API key', ['SG.'], /\b(?<secret>SG\.[a-zA-Z0-9=_-]{22}\.[a-zA-Z0-9=_-]{43})\b/g),
    rule('openai-api-key', 'OpenAI API key', ['sk-'], /\b(?<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})\b/g),
    rule('anthropic-api-key', 'Anthropic API key', ['sk-ant-'], /\b(?<secret>sk-ant-(?:api03|admin01)-[a-zA-Z0-9_-]{80,})\b/g),
    rule('npm-access-token', 'npm access token', ['npm_'], /\b(?<secret>npm_[a-z0-9]{36})\b/gi),
    // The schemes, not '://': nearly every file holds a URL, and the scheme pattern then ran over it whole.
    rule('connection-string-password', 'Connection string with a password', ['postgres', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'], /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\/[^\s:/@'"]+:(?<secret>[^\s@'"$]{3,})@[^\s'"]+/gi, connectionStrings, connectionPassword),
    rule('ado-connection-password', 'Connection string Password=', ['password=', 'pwd='], /\b(?:Password|Pwd)=(?<secret>[^;'"\s]{6,})/gi, undefined, connectionStringPassword),
    rule('generic-secret-assignment', 'Secret-named setting with a literal value', ['secret', 'password', 'passwd', 'token', 'api_key', 'apikey', 'api-key', 'client_secret'], /\b[\w.-]*(?:secret|password|passwd|token|api[_-]?key|client[_-]?secret)[\w.-]*["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/gi, genericAssignments, genericAssignment)
];
// Every rule's needles go to the source pass's literal scan, which tells for each file which of
// them it may hold in the same scan as the detectors' needles, as gitleaks' keyword prefilter
// does with Aho-Corasick. A text outside the pass is scanned for the secret rules' needles alone.
const NEEDLES = [...new Set(SECRET_RULES.flatMap((r) => r.needles))];
LITERALS.add(...NEEDLES);
const NEEDLES_ALONE = new LiteralIndex();
NEEDLES_ALONE.add(...NEEDLES);
/** The rules that may match the text: one of their needles is in it. */
const rulesFor = (hits, text) => SECRET_RULES.filter((r) => holdsNeedle(hits, text, r.needles, r.regex.ignoreCase));
/**
 * Values that are placeholders, not credentials (gitleaks keeps a similar allowlist). A value can be
 * a whole line ('Password=…', a .env value): `<…>` is looked for from the first '<' alone, as an
 * unanchored `<[^>]*>` scans to the end from every '<' when no '>' follows (quadratic).
 */
const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|0+)$|example|changeme|change_me|placeholder|dummy|sample|your[_-]|redacted|\$\{|\{\{|^[^<]*<[^>]*>|^test|fake|notasecret|not-a-secret|xxxx/i;
function isPlaceholder(value) {
    return PLACEHOLDER.test(value);
}
/**
 * Every credential the rules find in a text, placeholders and values their structure rules out
 * left out; each secret once (a known format before a generic assignment over the same place).
 * `hits`: the source pass's literal scan of this text, when it made one.
 */
function matchSecrets(text, hits = NEEDLES_ALONE.scan(text)) {
    const out = [];
    // Offsets already taken, so a generic rule does not report a known format's secret again.
    const taken = new Set();
    for (const rule of rulesFor(hits, text)) {
        for (const m of rule.matches ? rule.matches(text) : text.matchAll(rule.regex)) {
            const secret = m.groups?.secret ?? m[0];
            const index = m.index + Math.max(0, m[0].indexOf(secret));
            if (isPlaceholder(secret) || taken.has(index))
                continue;
            const verdict = rule.check ? rule.check(secret, m, text) : {};
            if (!verdict)
                continue;
            taken.add(index);
            out.push({ rule, secret, index, ...verdict });
        }
    }
    return out;
}
/**
 * Inline markers that tell scanners a line holds no secret (ours, gitleaks', detect-secrets',
 * Bandit's and Semgrep's): the line's findings are counted as suppressed, not reported.
 */
const ALLOW_MARKER = /notsecret|gitleaks:allow|pragma:\s{0,4}allowlist[ -]secret|#\s{0,4}nosec\b|nosemgrep|NOSONAR/i;
const ALLOW_NEXT_LINE = /pragma:\s{0,4}allowlist[ -]nextline[ -]secret/i;
/** Whether the line holding `index` (or the line before, for detect-secrets' nextline form) carries an allow marker. */
function allowedByMarker(text, index) {
    const start = text.lastIndexOf('\n', index - 1) + 1;
    const end = text.indexOf('\n', index);
    if (ALLOW_MARKER.test(text.slice(start, end < 0 ? text.length : end)))
        return true;
    if (start === 0)
        return false;
    return ALLOW_NEXT_LINE.test(text.slice(text.lastIndexOf('\n', start - 2) + 1, start));
}
/** A short digest that tells the places of one secret value together without keeping the value. */
function fingerprint(ruleId, secret) {
    return createHash('sha256').update(ruleId).update('\0').update(secret).digest('base64url').slice(0, 16);
}
/** The first 4 characters, then how long it was: enough to find it, never enough to use it. */
function maskSecret(value) {
    return `${value.slice(0, 4)}…[${value.length} chars redacted]`;
}

export { LITERALS as L, maskSecret as a, isSpaceChar as b, isPlaceholder as c, dotenvValue as d, allowedByMarker as e, fingerprint as f, isAsciiLetter as g, holdsNeedle as h, isWordChar as i, lineAround as l, matchSecrets as m };
