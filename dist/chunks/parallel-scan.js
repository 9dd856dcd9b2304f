import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { languageOf, isTestPath } from './repository.js';
import { a as isAsciiLetter, i as isWordChar, L as LITERALS, l as lineAround, b as isPlaceholder, d as dotenvValue, f as fingerprint, m as matchSecrets, c as allowedByMarker, e as maskSecret, g as isSpaceChar } from './rules.js';
import { d as catalogueWith } from './catalogue.js';

// Comment- and string-aware views of a source file, so detectors match code and
// not the words in comments (and, where they ask, not the words in strings).
// Hand-written: one linear pass per file is what keeps a 20,000-file scan fast;
// tree-sitter was measured against it (bench/parsers.bench.ts): the same class
// for every character of the fixtures and SDK examples, about 50× slower.
const FAMILY = {
    typescript: 'c', javascript: 'c', csharp: 'c', go: 'c', java: 'c', kotlin: 'c', python: 'python'
};
/** The characters that can open a comment or a string, per family: the lexer jumps from one to the next. */
const SPECIAL = { c: /[/"'`]/g, python: /[#"']/g };
function sourceViews(text, language) {
    return renderInBuffer(text, lexed(text, language));
}
function lexed(text, language) {
    const blanks = { comments: [], strings: [] };
    lex(text, language, 0, blanks);
    return blanks;
}
/** Every character fits a byte (no code unit above 0xFF): the views can be written one byte a character. */
const latin1 = (text) => !/[^\0-\xff]/.test(text);
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * Both views written over one reused buffer: the text once, its comments blanked (`code`), then
 * its string contents too (`bare`). Two strings per file and no parts: this is what keeps a large
 * scan's allocation, and its collector's work, small. A text with a code unit above 0xFF is
 * written two bytes a unit (UTF-16, which keeps lone surrogates as they are): cut into slices and
 * joined instead, such a text took 3 times as long (a third of the real Python files measured).
 */
function renderInBuffer(text, blanks) {
    const width = latin1(text) ? 1 : 2;
    const encoding = width === 1 ? 'latin1' : 'utf16le';
    const bytes = text.length * width;
    if (scratch.length < bytes)
        scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2));
    const buf = scratch;
    buf.write(text, 0, bytes, encoding);
    blankUnits(buf, blanks.comments, width);
    const code = buf.toString(encoding, 0, bytes);
    if (!blanks.strings.length)
        return { code, bare: code };
    blankUnits(buf, blanks.strings, width);
    return { code, bare: buf.toString(encoding, 0, bytes) };
}
/** A space for every code unit in the ranges but line breaks; `width` bytes a unit, little-endian. */
function blankUnits(buf, ranges, width) {
    for (let k = 0; k < ranges.length; k += 2) {
        for (let i = ranges[k] * width, end = ranges[k + 1] * width; i < end; i += width) {
            const low = buf[i];
            if ((low === 0x0a || low === 0x0d) && (width === 1 || buf[i + 1] === 0))
                continue;
            buf[i] = 0x20;
            if (width === 2)
                buf[i + 1] = 0;
        }
    }
}
/**
 * Finds the comments and string contents of `text`, whose first character is at `base` in the
 * file (an interpolation is lexed on its own, as if the file ended where it does).
 */
function lex(text, language, base, out) {
    const n = text.length;
    const family = FAMILY[language];
    const backtickStrings = language === 'typescript' || language === 'javascript' || language === 'go';
    const tripleQuoted = language === 'java' || language === 'csharp' || language === 'kotlin';
    const comment = (start, end) => {
        if (end > start)
            out.comments.push(base + start, base + end);
    };
    const blankString = (from, to) => {
        if (to > from)
            out.strings.push(base + from, base + to);
    };
    /**
     * A string literal [start, end) with `open` and `close` quote lengths. Its contents are blank in
     * `bare`, except the interpolations (`${…}`, f-string and C# `{…}`, Kotlin `$name`): they are
     * code, and get the views of code (recursively, so a string inside one is blanked again).
     */
    const string = (start, open, end, close, holes = []) => {
        const innerEnd = Math.max(start + open, end - close);
        let at = Math.min(start + open, end);
        for (const [from, to] of holes) {
            blankString(at, from);
            const expr = text.slice(from, to);
            // Most interpolations are a name or a call without strings or comments: no second pass.
            if (/["'`/#]/.test(expr))
                lex(expr, language, base + from, out);
            at = to;
        }
        blankString(at, Math.min(end, innerEnd));
    };
    const special = SPECIAL[family];
    special.lastIndex = 0;
    for (let m = special.exec(text); m; m = special.exec(text)) {
        const i = m.index;
        const c = text[i];
        const next = text[i + 1];
        let end = -1;
        if (family === 'c' && c === '/') {
            if (next === '/')
                comment(i, (end = indexOrEnd(text, '\n', i)));
            else if (next === '*') {
                const close = text.indexOf('*/', i + 2);
                comment(i, (end = close === -1 ? n : close + 2));
            }
        }
        else if (family === 'python' && c === '#') {
            comment(i, (end = indexOrEnd(text, '\n', i)));
        }
        else if (family === 'python') {
            const q = text.charCodeAt(i);
            const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
            const quote = triple ? (c === '"' ? '"""' : "'''") : c;
            end = stringEnd(text, i + quote.length, quote, true, !triple);
            string(i, quote.length, end, quote.length, isFString(text, i) ? braceHoles(text, i + quote.length, end - quote.length, false) : []);
        }
        else if (c === '"' && tripleQuoted && text.startsWith('"""', i)) {
            // Java text blocks and C# raw strings: """ … """ (Kotlin's and C#'s `$"""` interpolate)
            const close = text.indexOf('"""', i + 3);
            end = close === -1 ? n : close + 3;
            const holes = language === 'kotlin' ? dollarHoles(text, i + 3, end - 3, true) : language === 'csharp' && text[i - 1] === '$' ? braceHoles(text, i + 3, end - 3) : [];
            string(i, 3, end, 3, holes);
        }
        else if (c === '`' && backtickStrings && language !== 'go') {
            // A JavaScript template literal: `${…}` is code, and may hold strings and templates of its own.
            end = templateEnd(text, i + 1);
            string(i, 1, end, 1, dollarHoles(text, i + 1, end - 1, false));
        }
        else if (c !== '`' || backtickStrings) {
            const verbatim = language === 'csharp' && c === '"' && (text[i - 1] === '@' || (text[i - 1] === '$' && text[i - 2] === '@') || (text[i - 1] === '@' && text[i - 2] === '$'));
            const raw = c === '`' && language === 'go';
            end = stringEnd(text, i + 1, c, !verbatim && !raw, c !== '`' && !verbatim);
            const csharpInterpolated = language === 'csharp' && c === '"' && (text[i - 1] === '$' || (text[i - 1] === '@' && text[i - 2] === '$'));
            const holes = csharpInterpolated ? braceHoles(text, i + 1, end - 1) : language === 'kotlin' && c === '"' ? dollarHoles(text, i + 1, end - 1, true) : [];
            string(i, 1, end, 1, holes);
        }
        if (end > i)
            special.lastIndex = end;
    }
}
/** The offset just past a template literal's closing backtick, stepping over `${…}` (which may hold backticks). */
function templateEnd(text, from) {
    const stop = /[`\\$]/g;
    stop.lastIndex = from;
    for (let m = stop.exec(text); m; m = stop.exec(text)) {
        const i = m.index;
        if (text[i] === '`')
            return i + 1;
        if (text[i] === '\\')
            stop.lastIndex = i + 2;
        else if (text[i + 1] === '{')
            stop.lastIndex = closingBrace(text, i + 2, text.length) + 1;
    }
    return text.length;
}
/**
 * The offset of the `}` closing a brace opened just before `from`, in code: nested braces
 * counted; strings, template literals and comments stepped over. `to` when there is none.
 */
function closingBrace(text, from, to, cComments = true) {
    let depth = 0;
    let i = from;
    while (i < to) {
        const ch = text[i];
        if (ch === '{')
            depth++;
        else if (ch === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
        else if (ch === '`') {
            i = templateEnd(text, i + 1);
            continue;
        }
        else if (ch === '"' || ch === "'") {
            i = stringEnd(text, i + 1, ch, true, true);
            continue;
        }
        else if (cComments && ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
            const close = text[i + 1] === '/' ? indexOrEnd(text, '\n', i) : text.indexOf('*/', i + 2);
            i = close === -1 ? to : text[i + 1] === '/' ? close : close + 2;
            continue;
        }
        i++;
    }
    return to;
}
/** `${…}` regions inside a string body [from, to); with `names` (Kotlin), `$name` ones too. */
function dollarHoles(text, from, to, names) {
    const holes = [];
    const stop = /[\\$]/g;
    stop.lastIndex = from;
    for (let m = stop.exec(text); m && m.index < to; m = stop.exec(text)) {
        const i = m.index;
        if (text[i] === '\\')
            stop.lastIndex = i + 2;
        else if (text[i + 1] === '{') {
            const close = Math.min(closingBrace(text, i + 2, to), to);
            holes.push([i + 2, close]);
            stop.lastIndex = close + 1;
        }
        else if (names && (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === UNDERSCORE)) {
            let j = i + 1;
            while (j < to && isWordChar(text.charCodeAt(j)))
                j++;
            holes.push([i + 1, j]);
            stop.lastIndex = j;
        }
    }
    return holes;
}
/** Python f-string and C# `$"…"` regions: `{…}`; a doubled `{{` is a literal brace. Python has no `//` comments (it is floor division). */
function braceHoles(text, from, to, cComments = true) {
    const holes = [];
    for (let i = from; i < to; i++) {
        if (text[i] === '{' && text[i + 1] === '{')
            i++;
        else if (text[i] === '{') {
            const close = Math.min(closingBrace(text, i + 1, to, cComments), to);
            holes.push([i + 1, close]);
            i = close;
        }
    }
    return holes;
}
function indexOrEnd(text, needle, from) {
    const i = text.indexOf(needle, from);
    return i === -1 ? text.length : i;
}
/** The offset just past the closing quote; an unterminated single-line string ends at the newline. */
function stringEnd(text, from, quote, escapes, singleLine) {
    // By character code: this loop runs over every character of every string literal.
    const q = quote.charCodeAt(0);
    const long = quote.length > 1;
    const n = text.length;
    let i = from;
    while (i < n) {
        const ch = text.charCodeAt(i);
        if (escapes && ch === BACKSLASH) {
            i += 2;
            continue;
        }
        if (singleLine && ch === NEWLINE)
            return i;
        if (ch === q && (!long || text.startsWith(quote, i))) {
            // C# verbatim strings escape a quote by doubling it.
            if (!escapes && !long && q === DOUBLE_QUOTE && text.charCodeAt(i + 1) === DOUBLE_QUOTE) {
                i += 2;
                continue;
            }
            return i + quote.length;
        }
        i++;
    }
    return n;
}
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const DOUBLE_QUOTE = 0x22;
const UNDERSCORE = 0x5f;
/** A Python string whose quote is at `quote` interpolates: the one or two letters just before the quote (its prefix) hold an f, and no word character comes before them. */
function isFString(text, quote) {
    let f = false;
    let start = quote;
    while (start > quote - 2 && isAsciiLetter(text.charCodeAt(start - 1))) {
        start--;
        if ((text.charCodeAt(start) | 0x20) === 0x66)
            f = true;
    }
    return f && !isWordChar(text.charCodeAt(start - 1));
}

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
 * (10,000 realistic files on one thread, detectors that do nothing: 59 of 154 MB allocated were
 * promoted; 2 MB with this class). Each literal's getters are closures over the file's text, and
 * V8 keeps an object's own accessors in a record outside the young generation, so the text
 * outlived every scavenge; prototype getters are shared and hold nothing of a file.
 */
class ScannedFile {
    path;
    language;
    text;
    mayHold;
    isTest;
    views;
    lines;
    constructor(path, language, text, mayHold) {
        this.path = path;
        this.language = language;
        this.text = text;
        this.mayHold = mayHold;
        this.isTest = isTestPath(path);
    }
    get code() {
        return this.language ? (this.views ??= sourceViews(this.text, this.language)).code : this.text;
    }
    get bare() {
        return this.language ? (this.views ??= sourceViews(this.text, this.language)).bare : this.text;
    }
    at(offset, note) {
        // The line is quoted when a finding reports this place (engine.ts), not kept here.
        return { file: this.path, ...(this.lines ??= new LineFinder(this.text)).at(offset), quoteLine: true, ...(note ? { note: intern(note) } : {}) };
    }
}
/** A file read again after the pass (the derived tool-name step), seen as the pass's detectors see it. */
function codeFileOf(path, text) {
    return new ScannedFile(path, languageOf(path), text, () => true);
}
/** `onFile`: called as each file is begun (a scan worker's sign of life). */
function scanSources(repo, detectors, files = repo.files, onFile) {
    const stats = { files: 0, sourceFiles: 0, bytes: 0 };
    for (const d of detectors)
        if (d.prefilter)
            LITERALS.add(...d.prefilter);
    for (const f of files) {
        const language = languageOf(f.path);
        const wanted = detectors.filter((d) => (language ? !d.languages || d.languages.includes(language) : d.files === 'all'));
        if (!wanted.length)
            continue;
        const text = repo.read(f.path, { cache: false });
        if (text === undefined)
            continue;
        stats.files++;
        if (language)
            stats.sourceFiles++;
        stats.bytes += text.length;
        // One scan of the text for every literal the detectors know; the exact case is checked only for those it may hold.
        const hits = LITERALS.scan(text);
        const active = wanted.filter((d) => !d.prefilter || d.prefilter.some((l) => hits.mayHold(l) && text.includes(l)));
        if (!active.length)
            continue;
        const file = new ScannedFile(f.path, language, text, hits.mayHold);
        for (const d of active)
            d.visit(file);
    }
    return stats;
}
function needleOfSource(src) {
    let best = '';
    let run = '';
    let literalAtom = false; // the last atom read was a character appended to `run`
    const endRun = () => {
        if (run.length > best.length)
            best = run;
        run = '';
    };
    for (let i = 0; i < src.length;) {
        const c = src[i];
        const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i, i + 12));
        if (quantifier) {
            // A quantifier makes its atom optional (min 0) or repeatable: either way the run ends there.
            const min = c === '+' ? 1 : c === '{' ? Number(quantifier[1]) : 0;
            if (literalAtom && min === 0)
                run = run.slice(0, -1);
            endRun();
            literalAtom = false;
            i += quantifier[0].length;
            continue;
        }
        if (c === '|')
            return undefined; // only top-level bars are seen: groups are stepped over whole
        literalAtom = false;
        if (c === '(' || c === '[') {
            endRun();
            i = c === '(' ? groupEnd(src, i) : classEnd(src, i);
        }
        else if (c === '\\') {
            const e = src[i + 1] ?? '';
            if (/[A-Za-z0-9]/.test(e)) {
                // \b \s \w \d, back-references and \x41 \u0041 \u{41} \cA \p{L} \k<n>: not a plain character here.
                endRun();
                const long = /^\\(?:x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/.exec(src.slice(i));
                i += long ? long[0].length : 2;
            }
            else {
                run += e;
                literalAtom = true;
                i += 2;
            }
        }
        else if (c === '.' || c === '^' || c === '$' || c === ' ' || c === '\t') {
            // A space ends a run too: a needle is looked for in views that blank characters to spaces.
            endRun();
            i++;
        }
        else {
            run += c;
            literalAtom = true;
            i++;
        }
    }
    endRun();
    return best.length >= 4 ? best : undefined;
}
/**
 * Literals one of which every match holds: the needle when the pattern has one; else, for an
 * alternation (at the top level, or in the first group every match passes through), the needle of
 * each branch, when every branch has one (a branch without one may have alternatives of its own).
 * Undefined for case-insensitive patterns and when some branch has none. On the real Python of
 * AWS Labs' servers, patterns without a needle were a quarter of the source pass: most are
 * alternations such as `\bNodeSDK\s*\(|@opentelemetry\/sdk-node`, and most files hold no branch's literal.
 */
function needlesOf(re) {
    if (re.flags.includes('i'))
        return undefined;
    return needlesOfSource(re.source);
}
function needlesOfSource(src) {
    const one = needleOfSource(src);
    if (one !== undefined)
        return [one];
    const branches = topLevelBranches(src);
    if (branches.length > 1) {
        const needles = [];
        for (const branch of branches) {
            const found = needlesOfSource(branch);
            if (!found)
                return undefined;
            needles.push(...found);
        }
        return [...new Set(needles)];
    }
    // One branch: the first group that every match passes through (not a look-around, not optional)
    // and whose own branches all have needles.
    for (const { at, end, group } of topLevel(src)) {
        if (!group || /^\(\?<?[=!]/.test(src.slice(at, at + 4)) || /^(?:[*?]|\{0[,}])/.test(src.slice(end, end + 3)))
            continue;
        const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(src.slice(at))[0];
        const inner = needlesOfSource(src.slice(at + open.length, end - 1));
        if (inner)
            return inner;
    }
    return undefined;
}
/** The branches of a pattern's top-level alternation (the pattern itself when it has none). */
function topLevelBranches(src) {
    const branches = [];
    let start = 0;
    for (const { at, group } of topLevel(src)) {
        if (group || src[at] !== '|')
            continue;
        branches.push(src.slice(start, at));
        start = at + 1;
    }
    branches.push(src.slice(start));
    return branches;
}
/** A pattern's top-level groups and plain characters in order, with where each ends; escapes and classes are stepped over. */
function* topLevel(src) {
    for (let i = 0; i < src.length;) {
        const c = src[i];
        const end = c === '\\' ? i + 2 : c === '[' ? classEnd(src, i) : c === '(' ? groupEnd(src, i) : i + 1;
        if (c !== '\\' && c !== '[')
            yield { at: i, end, group: c === '(' };
        i = end;
    }
}
/** The offset just past the group opening at `open` (nested groups, classes and escapes stepped over). */
function groupEnd(src, open) {
    let depth = 0;
    for (let i = open; i < src.length; i++) {
        const c = src[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = classEnd(src, i) - 1;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i + 1;
    }
    return src.length;
}
/** The offset just past the character class opening at `open` (in JavaScript the first unescaped `]` closes it, even in `[]` or `[^]`). */
function classEnd(src, open) {
    for (let i = open + 1; i < src.length; i++) {
        if (src[i] === '\\')
            i++;
        else if (src[i] === ']')
            return i + 1;
    }
    return src.length;
}
// Keyed by the detectors' own patterns (module constants, a bounded set), so tests can list them.
const NEEDLES = new Map();
const NONE = [];
/** The any-of lists already made known to the literal scan. */
const KNOWN_ANY_OF = new WeakSet();
/**
 * Every match of a global pattern in one of a file's views, skipped when the pattern's needle is
 * not in the view: the literal scan's bit, then a substring search, are far cheaper than a regular
 * expression failing over the whole file. `anyOf`: literals one of which every match holds, for a
 * pattern whose needle cannot be read from it (an alternation). The views only blank characters,
 * so a literal (which holds no space) in a view is in the text the literal scan saw. The pattern's
 * own `lastIndex` is used, not a clone per call as `matchAll` makes.
 */
function matchesOf(file, view, re, anyOf) {
    let needles = NEEDLES.get(re);
    if (needles === undefined) {
        NEEDLES.set(re, (needles = needlesOf(re) ?? null));
        if (needles !== null)
            LITERALS.add(...needles);
    }
    if (anyOf && !KNOWN_ANY_OF.has(anyOf)) {
        KNOWN_ANY_OF.add(anyOf);
        LITERALS.add(...anyOf);
    }
    if (needles !== null && !needles.some((n) => file.mayHold(n)))
        return NONE;
    if (anyOf && !anyOf.some((n) => file.mayHold(n)))
        return NONE;
    const text = file[view];
    if (needles !== null && !needles.some((n) => text.includes(n)))
        return NONE;
    if (anyOf && !anyOf.some((n) => text.includes(n)))
        return NONE;
    if (!re.global)
        throw new TypeError(`matchesOf needs a global pattern: /${re.source}/`);
    const found = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m);
        if (m[0] === '')
            re.lastIndex++;
    }
    return found.length ? found : NONE;
}
/** The finders whose needle has been made known to the literal scan. */
const KNOWN_FINDERS = new WeakSet();
/**
 * A pattern's matches in one of a file's views: by its finder when it has one, else by `matchesOf`.
 * A finder's needle is made known to the literal scan on first use, as `matchesOf` does with a
 * pattern's, so a file without it is skipped on a bit; it is looked for in the text as read: the
 * views only blank characters, and are not made for a file without it.
 */
function patternMatches(file, view, pattern) {
    if (!pattern.find)
        return matchesOf(file, view, pattern.re);
    if (!KNOWN_FINDERS.has(pattern)) {
        KNOWN_FINDERS.add(pattern);
        LITERALS.add(pattern.needle);
    }
    return file.mayHold(pattern.needle) && file.text.includes(pattern.needle) ? pattern.find(file[view]) : [];
}

// Matches of `HEAD[^X]{0,MAX}?TAIL` in linear time: a head, then the nearest
// tail within MAX characters that no X comes before. Several source patterns
// have that shape (FastMCP addTool, Go mcp.Tool, C# and Spring named tools, C#
// DataContent); a regular expression re-reads the gap from every head, so 1 MiB
// of heads with no tail took 0.3–0.8 s each. Here every place a tail matches,
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
/** A finder (scan.ts) of a bounded-gap pattern's matches, on texts that hold `needle`. */
const gapFinder = (shape, needle) => ({ find: (text) => boundedGapMatches(text, shape), needle });

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
        const seg = (this.open ??= { strings: [], codes: new Map(), cells: new Int32Array(64 * this.width), length: 0 });
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
            this.segments.push({ strings: seg.strings, cells: seg.cells.slice(0, seg.length * this.width), length: seg.length });
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
    /** Writes row i's fields into `row` and its place into `place`; `clear`: absent ones become undefined (for an object reused row after row). */
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
     * made the main thread's young generation grow from 67 to 134 MB at 100,000 files under Node 24.
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

/** `jwt.decode(…` then, within its first 4,000 characters of arguments (the farthest, as `[^)]{0,4000}` takes), `tail`. */
const jwtDecodeThen = (tail, tailStart) => gapFinder({ head: /\bjwt\.decode\s*\(/g, stop: ')', max: 4000, tail, tailStart, greedy: true }, 'jwt.decode');
const OBO = [
    { re: /\bacquireTokenOnBehalfOf\s*\(/g, what: 'MSAL acquireTokenOnBehalfOf' },
    { re: /\bacquire_token_on_behalf_of\s*\(/g, what: 'MSAL acquire_token_on_behalf_of' },
    { re: /\bAcquireTokenOnBehalfOf\s*\(/g, what: 'MSAL AcquireTokenOnBehalfOf' },
    { re: /\bOnBehalfOfCredential\b/g, what: 'Azure Identity OnBehalfOfCredential' },
    { re: /\bGetAccessTokenForUserAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForUserAsync' },
    { re: /requested_token_use['"]?\s*[:=,]\s*['"]on_behalf_of['"]/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' },
    { re: /requested_token_use=on_behalf_of/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' },
    { re: /\bOnBehalfOfParameters\b/g, what: 'MSAL4J OnBehalfOfParameters' },
    { re: /\bEnableTokenAcquisitionToCallDownstreamApi\s*\(/g, what: 'Microsoft.Identity.Web EnableTokenAcquisitionToCallDownstreamApi' }
];
const USER_FLOWS = [
    { re: /['"]authorization_code['"]|grant_type=authorization_code/g, what: 'authorization code grant', view: 'code' },
    { re: /\b(?:acquire_token_by_authorization_code|AcquireTokenByAuthorizationCode|acquireTokenByCode|initiate_auth_code_flow|acquire_token_by_auth_code_flow|getAuthCodeUrl|get_authorization_request_url)\s*\(/g, what: 'MSAL authorization code flow' },
    { re: /\b(?:AuthorizationCodeCredential|InteractiveBrowserCredential|DeviceCodeCredential)\b|\b(?:acquire_token_by_device_flow|acquireTokenByDeviceCode|AcquireTokenWithDeviceCode|initiate_device_flow)\s*\(/g, what: 'per-user sign-in flow' }
];
// The arguments before `algorithms=` (and `verify_signature` in DEV_VERIFIERS) are at most 4,000 characters:
// unbounded, each unclosed `jwt.decode(` was scanned to the end of the file (quadratic in the number of them).
const TOKEN_VALIDATION = [
    { re: /\brequireBearerAuth\s*\(/g, what: 'MCP SDK requireBearerAuth' },
    { re: /\bTokenVerifier\b/g, what: 'MCP SDK TokenVerifier', languages: ['python'] },
    { re: /\bAuthSettings\s*\(/g, what: 'MCP SDK AuthSettings', languages: ['python'] },
    { re: /\bJWTVerifier\s*\(/g, what: 'FastMCP JWTVerifier' },
    { re: /\bAzureProvider\s*\(/g, what: 'FastMCP AzureProvider' },
    { re: /\bAddJwtBearer\s*\(/g, what: 'ASP.NET AddJwtBearer' },
    { re: /\bAddMicrosoftIdentityWebApi\s*\(/g, what: 'Microsoft.Identity.Web AddMicrosoftIdentityWebApi' },
    { re: /\bauth\.RequireBearerToken\s*\(/g, what: 'Go SDK auth.RequireBearerToken' },
    { re: /\bjwtVerify\s*\(/g, what: 'jose jwtVerify' },
    { re: /\boidc\.Config\s*\{\s*ClientID\s*:/g, what: 'go-oidc verifier with an audience (ClientID)', languages: ['go'] },
    { re: /\bjwt\.verify\s*\(/g, what: 'jsonwebtoken verify' },
    { re: /\bjwt\.decode\s*\([^)]{0,4000}\balgorithms\s*=/g, what: 'PyJWT decode with algorithms', ...jwtDecodeThen(/\balgorithms\s*=/y, 'algorithms') },
    { re: /\bJwtDecoders?\b|\boauth2ResourceServer\s*\(/g, what: 'Spring Security resource server', languages: ['java', 'kotlin'] }
];
const DEV_VERIFIERS = [
    { re: /\bStaticTokenVerifier\s*\(/g, what: 'FastMCP StaticTokenVerifier (development only)' },
    { re: /\bjwt\.decode\s*\([^)]{0,4000}verify_signature['"]?\s*:\s*False/g, what: 'PyJWT decode without signature verification', view: 'code', ...jwtDecodeThen(/verify_signature['"]?\s*:\s*False/y, 'verify_signature') },
    { re: /\bjwt\.decode\s*\(/g, what: 'jsonwebtoken decode (no verification)', languages: ['typescript', 'javascript'] }
];
/** The patterns a finder matches (for the tests that hold the two together). */
[...TOKEN_VALIDATION, ...DEV_VERIFIERS].filter((p) => p.find);
const APP_CREDENTIALS = [
    { re: /\bClientSecretCredential\b/g, what: 'Azure Identity ClientSecretCredential' },
    { re: /\bClientCertificateCredential\b/g, what: 'Azure Identity ClientCertificateCredential' },
    { re: /\bacquire_token_for_client\s*\(/g, what: 'MSAL acquire_token_for_client (app-only)' },
    { re: /\bacquireTokenByClientCredential\s*\(/g, what: 'MSAL acquireTokenByClientCredential (app-only)' },
    { re: /\bAcquireTokenForClient\s*\(/g, what: 'MSAL AcquireTokenForClient (app-only)' },
    { re: /\bGetAccessTokenForAppAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForAppAsync (app-only)' },
    { re: /grant_type['"]?\s*[:=,]\s*['"]client_credentials['"]|grant_type=client_credentials/g, what: 'client_credentials grant', view: 'code' },
    { re: /['"]x-api-key['"]/gi, what: 'x-api-key header', view: 'code' },
    { re: /\b(?:process\.env|os\.environ|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|System\.getenv)\s*[\[(.]\s*['"]?([A-Z][A-Z0-9_]{2,100})/g, what: 'API key or client secret from the environment', view: 'code' }
];
/** What a credential read from the environment is for; undefined when it is not a data-access credential. */
function credentialKind(name) {
    // LLM providers' keys are external communication (the capability checks own them).
    if (/OPENAI|ANTHROPIC|CLAUDE|GEMINI|GENAI|MISTRAL|COHERE|GROQ|OPENROUTER|PERPLEXITY|DEEPSEEK|TOGETHER_|XAI_|HUGGINGFACE|HF_|FIREWORKS|VOYAGE|LLM_|^AI_/.test(name))
        return undefined;
    if (/CLIENT_SECRET|CLIENT_CERT/.test(name))
        return 'client secret';
    // Chat platforms' bot and user tokens read data whatever the rest of the name says.
    if (/XOX[BPC]|BOT_TOKEN|USER_TOKEN/.test(name))
        return 'static';
    if (!/API_?KEY|API_TOKEN|PERSONAL_TOKEN|ACCESS_TOKEN|SERVICE_ACCOUNT_TOKEN|BOT_TOKEN|USER_TOKEN|XOX[BPC]|SUBSCRIPTION_KEY|AUTH_TOKEN/.test(name))
        return undefined;
    // The key clients present to this server (inbound), not one it sends to a data source.
    if (/MCP|SERVER|INBOUND|PROXY/.test(name))
        return undefined;
    return 'static';
}
/** Lists of headers to delete, redact or mask name a key without using it. */
const REDACTION_CONTEXT = /delete|redact|sensitive|mask|strip|remove|omit|censor|scrub|sanitiz|blocklist|denylist|filter/i;
const AUDIT_FIELDS = { who: /\b(user|enduser|upn|sub|oid|principal|caller)\b/i, tool: /\btool\b/i, outcome: /\b(outcome|status|result|success)\b/i};
const TRACING = [
    { re: /\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g, what: 'OpenTelemetry Node SDK', view: 'code' },
    { re: /\blogfire\.configure\s*\(/g, what: 'logfire.configure' },
    { re: /\blogfire\.instrument_mcp\s*\(/g, what: 'logfire.instrument_mcp' },
    { re: /\bTracerProvider\s*\(/g, what: 'OpenTelemetry TracerProvider', languages: ['python'] },
    { re: /\bAddOpenTelemetry\s*\(/g, what: '.NET AddOpenTelemetry' },
    { re: /\bsdktrace\.NewTracerProvider\s*\(|\botel\.SetTracerProvider\s*\(/g, what: 'Go OpenTelemetry SDK' },
    { re: /\bOpenTelemetrySdk\s*\.\s*builder\s*\(|\bSdkTracerProvider\s*\.\s*builder\s*\(/g, what: 'Java OpenTelemetry SDK' }
];
const SPAN_USER = /(['"])(enduser\.id|user\.id|user\.name|enduser\.name|mcp\.user)\1/g;
const SPAN_TOOL = /(['"])(mcp\.tool\.name|gen_ai\.tool\.name|tool\.name|mcp\.tool)\1/g;
const URL_LITERAL = /['"`](https?:\/\/[^'"`\s$]+)/g;
const BEARER = /['"`]Bearer\s*(?:\$\{\s*\w+|['"`]\s*\+\s*\w+|\{\s*\w+)|f['"]Bearer\s*\{\w+/g;
function collect(file, patterns, into) {
    for (const p of patterns) {
        if (p.languages && !p.languages.includes(file.language))
            continue;
        for (const m of patternMatches(file, p.view ?? 'bare', p)) {
            if (p.view === 'code' && file.bare[m.index] !== file.code[m.index] && !/^['"`]/.test(m[0])) {
                // the match starts inside a string literal that is not itself the quoted token: prose, skip
                if (!/requested_token_use|grant_type|x-api-key/i.test(m[0]))
                    continue;
            }
            if (p.what.includes('environment')) {
                const kind = credentialKind(m[1]);
                if (!kind)
                    continue;
                const what = own(`${p.what} (${m[1]})`);
                into.push({ what, at: file.at(m.index, what), isTest: file.isTest, credential: own(m[1]), credentialKind: kind });
                continue;
            }
            // The list's name is usually a few lines up: the line and the 300 characters before it.
            if (p.what.includes('header') && REDACTION_CONTEXT.test(file.text.slice(Math.max(0, m.index - 300), m.index) + lineAround(file.text, m.index)))
                continue;
            into.push({ what: p.what, at: file.at(m.index, p.what), isTest: file.isTest });
        }
    }
}
/** Statements that log all of who, which tool, outcome and trace id within a few lines. */
function collectAuditLogs(file, into) {
    const code = file.code;
    for (const m of code.matchAll(/trace_?id|traceId/gi)) {
        const start = Math.max(0, code.lastIndexOf('\n', Math.max(0, m.index - 300)));
        const window = code.slice(start, m.index + 300);
        const logCall = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300)) ?? /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(window);
        if (!logCall)
            continue;
        if (AUDIT_FIELDS.who.test(window) && AUDIT_FIELDS.tool.test(window) && AUDIT_FIELDS.outcome.test(window)) {
            // Evidence at the logging call itself (after the trace id when it follows, else in the window before).
            const after = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300));
            const offset = after ? m.index + after.index : start + logCall.index;
            into.push({ what: 'application audit log (who, tool, outcome, trace id)', at: file.at(offset, 'audit log entry'), isTest: file.isTest });
            return;
        }
    }
}
const PREFILTER$1 = ['OnBehalfOf', 'on_behalf_of', 'Bearer', 'Verifier', 'verify', 'oidc.Config', 'Jwt', 'jwt', 'AuthSettings', 'AzureProvider', 'Credential', 'credential', 'client_credentials', 'api-key', 'API_KEY', 'APIKEY', 'CLIENT_SECRET', 'ForClient', 'ForApp', 'trace', 'Trace', 'TOKEN', 'authorization_code', 'AuthorizationCode', 'ByCode', 'AuthCode', 'auth_code', 'DeviceCode', 'device_flow', 'InteractiveBrowser', 'get_authorization_request_url', 'EnableTokenAcquisition', 'SUBSCRIPTION_KEY', 'logfire', 'OpenTelemetry', 'opentelemetry', 'NodeSDK', 'setAttribute', 'set_attribute', 'SetTag', 'http://', 'https://'];
function createAuthDetector() {
    const result = { obo: [], tokenValidation: [], devVerifiers: [], appCredentials: [], userFlows: [], bearerForwarding: new FactTable({ strings: ['what'], flags: ['isTest'] }), auditLogs: [], tracingSetup: [], spanUser: [], spanTool: [], urls: new FactTable({ strings: ['url'], flags: [] }) };
    const detector = {
        prefilter: PREFILTER$1,
        visit(file) {
            if (!isCode(file))
                return;
            collect(file, OBO, result.obo);
            collect(file, TOKEN_VALIDATION, result.tokenValidation);
            collect(file, DEV_VERIFIERS, result.devVerifiers);
            collect(file, APP_CREDENTIALS, result.appCredentials);
            collect(file, USER_FLOWS, result.userFlows);
            collect(file, TRACING, result.tracingSetup);
            collectAuditLogs(file, result.auditLogs);
            for (const m of matchesOf(file, 'code', SPAN_USER))
                result.spanUser.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of matchesOf(file, 'code', SPAN_TOOL))
                result.spanTool.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of matchesOf(file, 'code', BEARER))
                result.bearerForwarding.push({ what: 'bearer token from a per-request variable', at: file.at(m.index, 'Authorization: Bearer …'), isTest: file.isTest });
            if (!file.isTest)
                for (const m of matchesOf(file, 'code', URL_LITERAL))
                    result.urls.push({ url: m[1], at: file.at(m.index + 1) });
        }
    };
    return { detector, result };
}

const inString$1 = (f, i) => f.bare[i] !== f.code[i];
const JS_FROM = /\bimport(?=\s)([^'";]{0,400}?)\bfrom\s*(['"])([^'"\n]{1,200})\2/g;
const JS_BARE = /\bimport\s*(['"])([^'"\n]{1,200})\1/g;
const JS_CALL = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)/g;
const JS_CALL_BINDING = /(?:const|let|var)\s+([\w$]+|\{[^}]{0,400}\})\s*=\s*(?:await\s+)?(?:\(\s*)?$/;
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]{0,2000})/gm;
const PY_IMPORT$1 = /^[ \t]*import[ \t]+([^\n]{1,2000})/gm;
const GO_SINGLE = /^[ \t]*import[ \t]+(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_SPEC = /^[ \t]*(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const CS_USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm;
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?(?:[ \t]+as[ \t]+(\w+))?[ \t]*(?:;|$)/gm;
const TYPE_DECLARATION = /\b(?:class|interface|record|object|enum)\s+([A-Z]\w*)/g;
/** Local names of a JS import clause: `X`, `* as X`, `{ a, b as c }`, `type { T }`. */
function jsNames(clause) {
    const names = [];
    // Clauses are at most 400 characters (JS_FROM, JS_CALL_BINDING), which bounds the patterns below.
    const c = clause.slice(0, 400).replace(/\btype\s+/g, '');
    const braces = /\{([^}]*)\}/.exec(c);
    if (braces)
        for (const part of braces[1].split(',')) {
            const m = /([\w$]+)\s*$/.exec(part.trim());
            if (m)
                names.push(m[1]);
        }
    const rest = braces ? c.replace(braces[0], '') : c;
    const star = /\*\s*as\s+([\w$]+)/.exec(rest);
    if (star)
        names.push(star[1]);
    const def = /^\s*([\w$]+)/.exec(rest);
    if (def && def[1] !== 'as')
        names.push(def[1]);
    return names;
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
/** The names a Go import path is used by: its package name as commonly derived (`go-redis/v9` → redis, `msgraph-sdk-go` → msgraphsdk, msgraph). */
function goNames(path) {
    const segs = path.split('/');
    let last = segs[segs.length - 1];
    if (/^v\d+$/.test(last) && segs.length > 1)
        last = segs[segs.length - 2];
    const base = last.replace(/^go-|-go$/g, '').replace(/\.v\d+$/, '');
    return [...new Set([base.replace(/[^\w]/g, ''), base.replace(/-sdk$/, '').replace(/[^\w]/g, ''), base.split(/[-.]/)[0]])];
}
/** Every import of a file (views: `code` keeps strings, `bare` blanks them and comments). */
function importsOf$1(file) {
    const out = [];
    const { code, bare } = file;
    switch (file.language) {
        case 'typescript':
        case 'javascript':
            if (!code.includes('import') && !code.includes('require'))
                return out;
            for (const m of code.matchAll(JS_FROM))
                if (!inString$1(file, m.index))
                    out.push({ module: m[3], names: jsNames(m[1]), members: [], offset: m.index });
            for (const m of code.matchAll(JS_BARE))
                if (!inString$1(file, m.index))
                    out.push({ module: m[2], names: [], members: [], offset: m.index });
            for (const m of code.matchAll(JS_CALL)) {
                if (inString$1(file, m.index))
                    continue;
                // At most 200 characters before the call on its line: the binding pattern is read from its end.
                const lineStart = Math.max(code.lastIndexOf('\n', m.index) + 1, m.index - 200);
                const binding = JS_CALL_BINDING.exec(code.slice(lineStart, m.index));
                const names = binding ? (binding[1].startsWith('{') ? jsNames(binding[1]) : [binding[1]]) : [];
                out.push({ module: m[2], names, members: [], offset: m.index });
            }
            break;
        case 'python':
            if (!bare.includes('import'))
                return out;
            for (const m of bare.matchAll(PY_FROM)) {
                const { names, members } = pythonNames(m[2].replace(/#.*/, ''));
                out.push({ module: m[1], names, members, offset: m.index + m[0].length - m[0].trimStart().length });
            }
            for (const m of bare.matchAll(PY_IMPORT$1)) {
                for (const part of m[1].replace(/#.*/, '').split(',')) {
                    const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part);
                    if (p)
                        out.push({ module: p[1], names: [p[2] ?? p[1].split('.')[0]], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
                }
            }
            break;
        case 'go':
            if (!code.includes('import'))
                return out;
            for (const m of code.matchAll(GO_SINGLE))
                if (!inString$1(file, m.index))
                    out.push({ module: m[2], names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]), members: [], offset: m.index });
            for (const block of code.matchAll(GO_BLOCK)) {
                if (inString$1(file, block.index))
                    continue;
                // The block's end found by search, not by a pattern: `[^)]{0,20000}\)` re-read the bound from every `import (`.
                const start = block.index + block[0].length;
                const end = code.indexOf(')', start);
                if (end < 0 || end - start > 20_000)
                    continue;
                for (const m of code.slice(start, end).matchAll(GO_SPEC))
                    out.push({ module: m[2], names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]), members: [], offset: start + m.index });
            }
            break;
        case 'csharp':
            if (!bare.includes('using'))
                return out;
            for (const m of bare.matchAll(CS_USING))
                out.push({ module: m[2], names: m[1] ? [m[1]] : [], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
            break;
        case 'java':
        case 'kotlin':
            if (!bare.includes('import'))
                return out;
            for (const m of bare.matchAll(JAVA_IMPORT)) {
                const cls = m[2] ? undefined : m[1].slice(m[1].lastIndexOf('.') + 1);
                out.push({ module: m[1], names: m[3] ? [m[3]] : cls ? [cls] : [], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
            }
            break;
    }
    return out;
}
/** The catalogue entry an import line names: the module, or a member of it (`from google import genai` → google.genai). */
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
        prefilter: ['import', 'require', 'using'],
        visit(file) {
            if (!isCode(file))
                return;
            // Read on the text as it is first: most files import nothing the catalogue knows, and their
            // comment- and string-blind views would be made for nothing. Only a file with a hit is read
            // again on its views, where an import in a comment or a string does not count.
            const raw = { language: file.language, code: file.text, bare: file.text };
            if (importsOf$1(raw).some((imp) => entryOfImport(catalogue, file.language, imp))) {
                for (const imp of importsOf$1(file)) {
                    const entry = entryOfImport(catalogue, file.language, imp);
                    if (entry)
                        into.imports.push({ entry: entry.id, module: own(imp.module), at: file.at(imp.offset, `imports ${entry.package}`), isTest: file.isTest });
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
const EXAMPLE_DOMAINS = new Set(['contoso', 'fabrikam', 'northwindtraders', 'northwind', 'adventure-works', 'adventureworks', 'woodgrovebank', 'woodgrove', 'tailspintoys', 'wingtiptoys', 'litwareinc', 'litware', 'proseware', 'fourthcoffee', 'wideworldimporters', 'treyresearch', 'margiestravel', 'lucernepublishing', 'alpineskihouse', 'cohowinery', 'company', 'mycompany', 'yourcompany', 'domain', 'mydomain', 'yourdomain', 'email', 'mail', 'acme', 'foo', 'bar', 'baz', 'ex', 'firma', 'personal', 'corp', 'sample', 'demo', 'org', 'site', 'somewhere', 'nowhere', 'host', 'server', 'users', 'noreply', 'mailinator', 'test-domain']);
/** Local parts that name nobody: generic roles and the names of cryptography's examples. */
const EXAMPLE_LOCAL = new Set(['user', 'username', 'test', 'tester', 'foo', 'bar', 'baz', 'john', 'jane', 'johndoe', 'janedoe', 'jdoe', 'jsmith', 'johnsmith', 'alice', 'bob', 'carol', 'charlie', 'dave', 'eve', 'mallory', 'someone', 'somebody', 'nobody', 'noreply', 'no-reply', 'admin', 'me', 'you', 'name', 'firstlast', 'firstnamelastname', 'email', 'example', 'info', 'support', 'hello', 'contact', 'demo', 'sample', 'runner', 'ci', 'bot', 'dev', 'developer', 'owner', 'author', 'maintainer', 'work', 'personal', 'other', 'new', 'old', 'first', 'second', 'primary', 'secondary', 'guest', 'anonymous', 'service', 'account', 'mock', 'fake']);
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
    const labels = address.slice(at + 1).toLowerCase().split('.');
    if (labels.some((l) => EXAMPLE_DOMAINS.has(l)) || labels.some((l) => /^m365x\d+$/.test(l)))
        return true;
    const local = address.slice(0, at).toLowerCase();
    const words = local.split(/[._+-]/).map(trimDigits);
    return words.some((w) => EXAMPLE_LOCAL.has(w) || w.includes('test') || w.includes('example')) || EXAMPLE_LOCAL.has(words.join(''));
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
const TENANT_CONTEXT = /tenant|\btid\b|directory/i;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]?\d{2,5}\b/g;
/** Tenant ids every Microsoft sample prints: the consumer (MSA) tenant, Microsoft's own, first-party services. */
const PUBLIC_TENANTS = new Set(['9188040d-6c67-4c5b-b112-36a304b66dad', '72f988bf-86f1-41af-91ab-2d7cd011db47', 'f8cdef31-a31e-4b4a-93e4-5f571e91255a']);
function placeholderGuid(g) {
    const hex = g.replace(/-/g, '').toLowerCase();
    return PUBLIC_TENANTS.has(g.toLowerCase()) || /^(.)\1*$/.test(hex) || /^(0123456789abcdef|123456781234)/.test(hex) || hex === '12345678123412341234123456789012';
}
/** Fictional telephone numbers (555-01xx in North America) and runs of one digit or of counting digits. */
function fictionalPhone(digits) {
    return /555(01\d\d|\d{4})$/.test(digits) || /^(\d)\1+$/.test(digits.slice(-7)) || /0123456|1234567|2345678|3456789|9876543/.test(digits);
}
const SSN_CONTEXT = /ssn|social.?security|national.?id|tax.?id/i;
/** Documentation and examples: prose, docs/ and examples/ trees. Reported apart, like test code. */
const DOC_PATH = /\.(md|mdx|markdown|rst|adoc|txt|ipynb)$|(^|\/)(docs?|documentation|examples?|samples?|demo)\//i;
const isDocPath = (path) => DOC_PATH.test(path);
const mask = (s) => own(`${s.slice(0, 4)}…`);
/** The secret-named values a .env file (not a template) assigns, with their offsets: for the detector and the redactor alike. */
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
        if (before === 58 || before === 47 || exampleAddress(m[0]) || /\.(png|jpe?g|gif|svg|webp)$/i.test(m[0]) || /^[\w.-]+@\d+\.\d+/.test(m[0]))
            continue;
        found.push({ kind: 'e-mail address', value: m[0], index: m.index, note: 'e-mail address outside the reserved test domains', fingerprint: fingerprint('e-mail', m[0].toLowerCase()) });
    }
    for (const m of GUID_MIDDLE.test(text) ? text.matchAll(GUID) : []) {
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        if (!TENANT_CONTEXT.test(before.split('\n').pop() ?? '') || placeholderGuid(m[0]))
            continue;
        found.push({ kind: 'tenant id', value: m[0], index: m.index, note: 'tenant/directory id that is not a placeholder', fingerprint: fingerprint('tenant', m[0].toLowerCase()) });
    }
    for (const m of text.matchAll(SSN)) {
        if (!SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 80), m.index)))
            continue;
        found.push({ kind: 'national id number', value: m[0], index: m.index, note: 'national id number pattern', fingerprint: fingerprint('ssn', m[0]) });
    }
    for (const m of text.matchAll(PHONE)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 8 || fictionalPhone(digits))
            continue;
        found.push({ kind: 'phone number', value: m[0], index: m.index, note: 'phone number', fingerprint: fingerprint('phone', digits) });
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
            for (const { rule, secret, index, verified, documented } of matchSecrets(file.text, file)) {
                reported.add(index);
                if (allowedByMarker(file.text, index)) {
                    result.suppressed.push(place(file, index, rule.description));
                    continue;
                }
                result.secrets.push({ rule: rule.id, description: rule.description, masked: own(maskSecret(secret)), at: place(file, index, rule.description), isTest: file.isTest, isDoc, verified: verified === true, ...(documented ? { documented } : {}), fingerprint: fingerprint(rule.id, secret) });
            }
            for (const { name, value, offset } of dotenvSecrets(file.path, file.text)) {
                if (reported.has(offset))
                    continue;
                if (allowedByMarker(file.text, offset)) {
                    result.suppressed.push(place(file, offset, `.env value for ${name}`));
                    continue;
                }
                result.secrets.push({ rule: 'dotenv-secret', description: own(`.env value for ${name}`), masked: own(maskSecret(value)), at: place(file, offset, `.env value for ${name}`), isTest: file.isTest, isDoc, verified: false, fingerprint: fingerprint(`dotenv-secret\0${name}`, value) });
            }
            if (!file.isTest || METADATA_FILE.test(file.path))
                return;
            for (const { kind, value, index, note, fingerprint: fp } of testDataIn(file.text))
                result.testData.push({ kind, masked: mask(value), at: place(file, index, note), fingerprint: fp });
        }
    };
    return { detector, result };
}

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
/** The rules whose needles the literal scan knows. */
const KNOWN = new WeakSet();
/**
 * A rule's matches in one of a file's views; none, without reading the views, when the file holds
 * none of its needles (the views only blank characters, so a match in a view is in the text).
 */
function ruleMatches(file, rule) {
    if (!KNOWN.has(rule)) {
        KNOWN.add(rule);
        LITERALS.add(...rule.needles);
    }
    if (!rule.needles.some((n) => file.mayHold(n) && file.text.includes(n)))
        return [];
    const text = file[rule.view];
    if (rule.find)
        return rule.find(text);
    const re = rule.re;
    const found = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m);
        if (m[0] === '')
            re.lastIndex++;
    }
    return found;
}
/** `HEAD[^stop]{0,4000}?TAIL` found in linear time (bounded-gap.ts): the shape of several rules. */
const gapFind = (head, stop, tail, tailStart) => (text) => boundedGapMatches(text, { head, stop, max: 4000, tail, tailStart });

// C# source rules (MCP C# SDK, Microsoft.Extensions.AI).
const BLOCKS = ['ImageContentBlock', 'AudioContentBlock', 'ResourceLinkBlock'];
const CONTENT_RULES$5 = [
    { languages: ['csharp'], view: 'bare', needles: BLOCKS, re: /\b(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b\s*(?:\(|\{|\.From)/g, kind: (m) => kindOf(m[1]) },
    { languages: ['csharp'], view: 'bare', needles: BLOCKS, re: /\bnew\s+(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b/g, kind: (m) => kindOf(m[1]) },
    // The arguments before the media type are bounded: unbounded, each `new DataContent(` was scanned to the next `;` (1 MiB: 11 s).
    {
        languages: ['csharp'],
        view: 'code',
        needles: ['DataContent'],
        re: /\bnew\s+DataContent\s*\([^;]{0,4000}?"(image|audio)\/[^"]*"/g,
        find: (text) => boundedGapMatches(text, { head: /\bnew\s+DataContent\s*\(/g, stop: ';', max: 4000, tail: /"(image|audio)\/[^"]*"/y, tailStart: '"' }),
        kind: (m) => m[1]
    }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$5 = [
    // Python decorators, with or without a name, are read by collectPythonDecoratedTools (with their server, for mounted namespaces).
    // C#: [McpServerTool(Name = "x")] (what precedes Name, and a Spring AI name below, bounded as for addTool)
    { languages: ['csharp'], needles: ['McpServerTool'], re: /\[\s*McpServerTool\s*\([^\]]{0,4000}?\bName\s*=\s*(")([^"\n]+)"/g, view: 'code', find: gapFind(/\[\s*McpServerTool\s*\(/g, ']', /\bName\s*=\s*(")([^"\n]+)"/y, 'Name') }
];
/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
const TOOL_DERIVED_RULES$5 = [
    // C#: [McpServerTool] or [McpServerTool, Description(...)] without Name, then the method
    { languages: ['csharp'], needles: ['McpServerTool'], re: /\[\s*McpServerTool\b(?![^\]]{0,4000}\bName\s*=)[^\]]{0,4000}\]\s*(?:\[[^\]]{0,4000}\]\s*){0,10}(?:(?:public|private|internal|protected|static|async|virtual|override|partial)\s+){0,10}(?:(?=([\w<>\[\],.?]{1,400}))\1\s+){1,6}?(?<name>\w+)\s*\(/g, view: 'bare' }
];

var csharp = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$5,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$5,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$5
});

const CONTENT_RULES$4 = [
    // Official SDK struct literals, mark3labs constructors.
    { languages: ['go'], view: 'bare', needles: ['ImageContent', 'AudioContent', 'ResourceLink'], re: /\bmcp\.(ImageContent|AudioContent|ResourceLink)\s*\{/g, kind: (m) => kindOf(m[1]) },
    { languages: ['go'], view: 'bare', needles: ['mcp.New'], re: /\bmcp\.New(ImageContent|AudioContent|ResourceLink|ToolResultImage|ToolResultAudio)\s*\(/g, kind: (m) => kindOf(m[1]) }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$4 = [
    // Go official SDK: &mcp.Tool{Name: "x"}; mark3labs: mcp.NewTool("x", …)
    { languages: ['go'], needles: ['mcp.Tool'], re: /mcp\.Tool\s*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g, view: 'code', find: gapFind(/mcp\.Tool\s*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name') },
    { languages: ['go'], needles: ['mcp.NewTool'], re: /\bmcp\.NewTool\s*\(\s*(["`])([^"`\n]+)\1/g, view: 'code' }
];
const TOOL_DERIVED_RULES$4 = [];

var go = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$4,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$4,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$4
});

// Spring AI's `@Tool` without a `name`: the tool takes its method's name. The
// rule's pattern in TOOL_DERIVED_RULES is the definition; this finds the same
// matches, at the same places, in linear time (a property test holds the two
// together). Hand-written because the pattern's bounded gaps are re-read from
// every `@Tool`: it looks up to 4,000 characters ahead for `name =` and for the
// `)` closing each annotation's arguments, and 1 MiB of `@Tool(@(@` took 1.5 s.
// Here those two are looked up in lists made once per text.
/** The most characters the pattern lets an annotation's arguments hold before `name =` or `)`. */
const MAX_ARGUMENTS = 4000;
const MAX_ANNOTATIONS = 10;
const MAX_MODIFIERS = 10;
const MAX_TYPE_WORDS = 6;
const MAX_TYPE_WORD = 400;
const MODIFIERS = ['public', 'private', 'protected', 'static', 'final'];
/** `[\w<>\[\],.?]`: a character of a return type's word. */
const isTypeChar = (c) => isWordChar(c) || c === 60 || c === 62 || c === 91 || c === 93 || c === 44 || c === 46 || c === 63;
const NAME_ASSIGNED = /\bname\s*=/g;
function springToolsNamedAfterMethod(text) {
    const found = [];
    let at = text.indexOf('@Tool');
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
    /** The match starting at `start` (just before `@Tool`), or undefined. */
    const matchAt = (start) => {
        let p = start + 5;
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
        for (let a = 0; a < MAX_ANNOTATIONS && text.charCodeAt(p) === 64 && isWordChar(text.charCodeAt(p + 1)); a++) {
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
            const word = MODIFIERS.find((w) => text.startsWith(w, p));
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
        const m = isWordChar(text.charCodeAt(at + 5)) ? undefined : matchAt(at);
        if (m)
            found.push(m);
        at = text.indexOf('@Tool', m ? m.index + m[0].length : at + 1);
    }
    return found;
}

const TYPES = ['ImageContent', 'AudioContent', 'ResourceLink'];
const CONTENT_RULES$3 = [
    { languages: JVM, view: 'bare', needles: TYPES, re: /\bnew\s+(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\(/g, kind: (m) => kindOf(m[1]) },
    { languages: JVM, view: 'bare', needles: TYPES, re: /\b(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\.\s*builder\s*\(/g, kind: (m) => kindOf(m[1]) }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$3 = [
    // Java SDK 1.x: Tool.builder().name("x"); 2.0: Tool.builder("x", schema); new McpSchema.Tool("x", …), new Tool("x", …); Spring AI @Tool(name = "x")
    { languages: JVM, needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: JVM, needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: JVM, needles: ['Tool'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: JVM, needles: ['@Tool'], re: /@Tool\s*\([^)]{0,4000}?\bname\s*=\s*(")([^"\n]+)"/g, view: 'code', find: gapFind(/@Tool\s*\(/g, ')', /\bname\s*=\s*(")([^"\n]+)"/y, 'name') }
];
/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
const TOOL_DERIVED_RULES$3 = [
    // Spring AI: @Tool(description = …) without name, then the method; found by hand (spring-tools.ts),
    // as the pattern's 4,000-character gaps are re-read from every `@Tool` (1 MiB of `@Tool(@(@`: 1.5 s).
    { languages: JVM, needles: ['@Tool'], find: springToolsNamedAfterMethod, re: /@Tool\b(?!\s*\([^)]{0,4000}\bname\s*=)(?:\s*\([^)]{0,4000}\))?\s*(?:@(?=(\w+))\1(?:\([^)]{0,4000}\))?\s*){0,10}(?:(?:public|private|protected|static|final)\s+){0,10}(?:(?=([\w<>\[\],.?]{1,400}))\2\s+){1,6}?(?<name>\w+)\s*\(/g, view: 'bare' }
];

var java = /*#__PURE__*/Object.freeze({
    __proto__: null,
    CONTENT_RULES: CONTENT_RULES$3,
    TOOL_DERIVED_RULES: TOOL_DERIVED_RULES$3,
    TOOL_LITERAL_RULES: TOOL_LITERAL_RULES$3
});

const CONTENT_RULES$2 = [
    // Python SDK types and FastMCP helpers.
    { languages: ['python'], view: 'bare', needles: ['ImageContent', 'AudioContent', 'ResourceLink'], re: /\b(ImageContent|AudioContent|ResourceLink)\s*\(/g, kind: (m) => kindOf(m[1]) },
    { languages: ['python'], view: 'bare', needles: ['Image', 'Audio'], re: /(?<![\w.])(Image|Audio)\s*\(\s*(?:data|path|format)\s*=/g, kind: (m) => kindOf(m[1]) },
    { languages: ['python'], view: 'bare', needles: ['Image', 'Audio'], re: /->\s*(?:list\[\s*)?(Image|Audio)\b/g, kind: (m) => kindOf(m[1]) }
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
    // was scanned to its end from every `type`, in every split of its spaces (640 KB took a minute).
    { languages: JS$1, view: 'code', needles: KINDS, re: /\btype\s*:\s*(?:(?:[^,;{}\n\s][^,;{}\n]{0,200}?)?\?\s{0,20})?(['"`])(image|audio|resource_link)\1/g, kind: (m) => m[2] },
    { languages: JS$1, view: 'code', needles: KINDS, re: /\btype\s*:[^,;{}\n]{0,200}?:\s{0,20}(['"`])(image|audio|resource_link)\1/g, kind: (m) => m[2] },
    { languages: JS$1, view: 'code', needles: KINDS, re: /(['"`])(image|audio|resource_link)\1\s+as\s+const\b/g, kind: (m) => m[2] }
];
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES$1 = [
    // TS SDK: server.tool("name", …), server.registerTool("name", …), server.experimental.tasks.registerToolTask("name", …)
    { languages: JS$1, needles: ['.tool', '.registerTool'], re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*(['"`])([^'"`\n]+)\1/g, view: 'code' },
    // FastMCP (TS): server.addTool({ name: "name", … }). What comes before the name is bounded (here and for
    // Go below): unbounded, each unclosed `{` scanned to the end of the file, and 1 MiB of them took minutes.
    { languages: JS$1, needles: ['.addTool'], re: /\.addTool\s*\(\s*\{[^}]{0,4000}?\bname\s*:\s*(['"`])([^'"`\n]+)\1/g, view: 'code', find: gapFind(/\.addTool\s*\(\s*\{/g, '}', /\bname\s*:\s*(['"`])([^'"`\n]+)\1/y, 'name') }
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

/** The most characters a tool object's literal is read for its `name` (a schema may be long). */
const MAX_OBJECT = 20_000;
/** A Go string constant or variable. The indent is matched within its line: `^\s*` ran from every line start across the blank lines below it (quadratic). */
const GO_STRING_CONSTANT = /^[^\S\n\r\u2028\u2029]*(?:const\s+)?([A-Za-z_]\w*)\s+(?:[A-Za-z_][\w.]*\s+)?=\s*"([^"\n]+)"/gm;
/** C# `const string X = "…"` / `static readonly string X = "…"`; Java and Kotlin `static final String X = "…"`, `const val X = "…"`. */
const CLASS_STRING_CONSTANT = /\b(?:const\s+string|readonly\s+string|final\s+String|const\s+val)\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"([^"\n]+)"/g;
const JS_STRING_CONSTANT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(['"`])([^'"`\n$]+)\2/g;
const PY_CLASS = /^[ \t]*class\s+([A-Za-z_]\w*)/;
const PY_STRING_ASSIGNMENT = /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(['"])([^'"\n]+)\2\s*$/;
/** String constants a file defines, by the name code uses for them (Python Enum members as `Class.MEMBER`, C# and Java members by their own name and as `Class.MEMBER`). */
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
/** The offset of the bracket closing the one at `open` (any of ( [ {), in `bare` where strings cannot hold brackets; -1 past `max`. */
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
        }
    }
    return undefined;
}
/** `const X: Tool = {`, `const X = defineTool({`, `export const X = {`, `var X = mcp.Tool{`, `X := &mcp.Tool{`: where the object of a constant opens. */
const OBJECT_CONSTANT = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>[\]]{1,200}\s*)?=\s*(?:[A-Za-z_$][\w$.]{0,200}\s*\(\s*)?\{|\b([A-Za-z_]\w*)\s*:?=\s*&?[A-Za-z_][\w.]{0,200}\s*\{/g;
/** Tool objects a file keeps in constants, by name: the literal name each holds (or the identifier it names it with). */
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
/** How far back a registration's enclosing function header is looked for. */
const MAX_FUNCTION_BACK = 20_000;
/**
 * The function whose body holds the offset, when the identifier at it is one of its parameters:
 * its name and the parameter's position (Python's `self`/`cls` not counted, as callers do not pass them).
 */
function parameterOf(file, offset, ident) {
    const re = FUNCTION_HEADERS[file.language];
    if (!re)
        return undefined;
    const from = Math.max(0, offset - MAX_FUNCTION_BACK);
    const slice = file.bare.slice(from, offset);
    let last;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice))
        last = m;
    if (!last)
        return undefined;
    const open = from + last.index + last[0].length - 1;
    const close = closingBracket(file.bare, open, 4000);
    if (close === -1 || close > offset)
        return undefined;
    const params = file.bare.slice(open + 1, close).split(',').map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '');
    const kept = file.language === 'python' ? params.filter((p) => p !== 'self' && p !== 'cls') : params;
    const index = kept.indexOf(ident);
    return index === -1 ? undefined : { fn: last[1] ?? last[2], index };
}

const JS = ['typescript', 'javascript'];
// ---------------------------------------------------------------- tools
/** True when an offset lies inside a string literal (blank in `bare`, text in `code`): a match there is prose, not code. */
function inString(file, offset) {
    return file.bare[offset] !== file.code[offset];
}
const MCP_MARKERS = /@\w+(?:\.\w+)*\.tool\b|org\.springframework\.ai\.tool|modelcontextprotocol|@modelcontextprotocol\/sdk|fastmcp|FastMCP|mcp\.server|from mcp\b|import mcp\b|ModelContextProtocol|McpServerTool|mark3labs\/mcp-go|go-sdk\/mcp|io\.modelcontextprotocol|McpSchema|McpServer|McpToolTrigger|mcpToolTrigger|setRequestHandler\s*\(\s*(?:ListToolsRequestSchema|['"`]tools\/list)/;
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
            const offset = m.index + m[0].lastIndexOf(name);
            out.tools.push({ name, derived: false, at: file.at(offset, `registers tool "${name}"`), isTest: file.isTest });
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
    if (JS.includes(file.language)) {
        collectListedTsTools(file, out);
        collectJoinedTsNames(file, out);
    }
    if (file.language === 'python') {
        collectPythonDecoratedTools(file, out);
        collectPythonMounts(file, out);
    }
}
/** A registration whose name is settled: pushed with its place. */
function pushTool(file, out, name, offset, how, server) {
    const own_ = own(name);
    out.tools.push({ name: own_, derived: false, at: file.at(offset, `registers tool "${name}"${how ? ` (${how})` : ''}`), isTest: file.isTest, ...(server ? { server: own(server) } : {}) });
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
    // Runs of other characters become one `_`, so one is all there is to trim at each end (`_+` there was quadratic on a run).
    const cleaned = base.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || method;
    return cleaned
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        // Between capitals and a capitalised word (HTTPStatus → HTTP_Status); `([A-Z]+)([A-Z][a-z])` did the same, in quadratic time on a long run of capitals.
        .replace(/(?<=[A-Z])(?=[A-Z][a-z])/g, '_')
        .toLowerCase();
}
/**
 * Azure Functions' MCP tool trigger: C# `[McpToolTrigger("name", "description")]` or with a
 * constant; in the other languages the binding's `toolName` ("toolName": "x", toolName = "x",
 * toolName: 'x'), read only in files that name the trigger.
 */
const AZURE_TRIGGER_CS = /\bMcpToolTrigger\s*\(\s*(?:(")([^"\n]+)"|([A-Za-z_][\w.]{0,200})\s*[,)])/g;
const AZURE_TOOL_NAME = /\btoolName\s*[:=]\s*(['"])([^'"\n]+)\1/g;
function collectAzureTriggerTools(file, out) {
    if (!file.mayHold('cpToolTrigger') && !file.mayHold('mcpTool'))
        return;
    if (file.language === 'csharp') {
        for (const m of matchesOf(file, 'code', AZURE_TRIGGER_CS)) {
            if (inString(file, m.index))
                continue;
            if (m[2])
                pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]));
            else
                nameByIdentifier(file, out, m[3], m.index + m[0].lastIndexOf(m[3]), false);
        }
    }
    else if (/cpToolTrigger|\.mcpTool\s*\(/.test(file.code)) {
        for (const m of matchesOf(file, 'code', AZURE_TOOL_NAME)) {
            if (!inString(file, m.index))
                pushTool(file, out, m[2], m.index + m[0].lastIndexOf(m[2]));
        }
    }
}
/**
 * Calls that name a tool with an identifier (or a tool object): TypeScript `server.registerTool(name, …)`,
 * `server.tool(TOOL.name, …)`, `server.addTool(TOOL)`; Python `Tool(name=GitTools.STATUS, …)` or
 * `Tool(name=TimeTools.GET_CURRENT_TIME.value, …)`, `@mcp.tool(name=NAME)`; Go mark3labs
 * `mcp.NewTool(string(ECHO), …)` and the official SDK's `mcp.Tool{Name: DeleteRepositoryToolName}`;
 * C# `[McpServerTool(Name = Names.Echo)]`; Java `Tool.builder(NAME, …)`, `new Tool(NAME, …)`, `@Tool(name = NAME)`.
 * Group 1 is the identifier, group 2 (when present) says it is a tool object rather than a string.
 */
const JS_NAME_USE = /\.(?:tool|registerTool|registerToolTask)\s*\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*,/g;
const JS_OBJECT_USE = /\.addTools?\s*\(\s*([A-Za-z_$][\w$]*)\s*[,)]/g;
const IDENTIFIER_NAME_USES = {
    typescript: [{ re: JS_NAME_USE }, { re: JS_OBJECT_USE, object: true }],
    javascript: [{ re: JS_NAME_USE }, { re: JS_OBJECT_USE, object: true }],
    python: [{ re: /\bTool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(?:\.value)?\s*[,)]/g }],
    go: [{ re: /\bmcp\.NewTool\s*\(\s*(?:string\s*\(\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[),]/g }, { re: /\bmcp\.Tool\s*\{[^{}]*?\bName\s*:\s*([A-Za-z_]\w*)\s*[,}\n]/g }],
    csharp: [{ re: /\[\s*McpServerTool\s*\(\s*Name\s*=\s*([A-Za-z_][\w.]{0,200})\s*[,)]/g }],
    java: [{ re: /\bTool\s*\.\s*builder\s*\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g }, { re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*([A-Za-z_][\w.]{0,200})\s*,/g }, { re: /@Tool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*[,)]/g }]
};
function collectIdentifierNamedTools(file, out) {
    const uses = IDENTIFIER_NAME_USES[file.language === 'kotlin' ? 'java' : file.language] ?? [];
    for (const use of uses) {
        for (const m of matchesOf(file, 'bare', use.re)) {
            if (inString(file, m.index))
                continue;
            nameByIdentifier(file, out, m[1], m.index + m[0].lastIndexOf(m[1]), use.object === true);
        }
    }
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
function nameByIdentifier(file, out, ident, offset, object, server) {
    const { constants, objects } = namesOf(file);
    const base = ident.endsWith('.name') || ident.endsWith('.Name') ? ident.slice(0, -5) : ident;
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
    const looped = looked ? loopNames(file, offset, base, isObject) : undefined;
    if (looped) {
        for (const n of looped)
            pushTool(file, out, n.name, n.at, `from the list ${n.list}`, server);
        return;
    }
    const at = file.at(offset, `registers a tool named by ${ident}`);
    const param = base.includes('.') || !looked ? undefined : parameterOf(file, offset, base);
    if (param) {
        out.toolFacts.push({ kind: 'param', file: file.path, fn: own(param.fn), index: param.index, object: isObject, expression: expressionText(ident), at, isTest: file.isTest });
        return;
    }
    const head = base.split('.')[0];
    const from = JS.includes(file.language) || file.language === 'python' ? importsOf(file).get(head) : undefined;
    out.toolFacts.push({ kind: 'ref', file: file.path, ident: own(from ? `${from.name}${base.slice(head.length)}` : base), object: isObject, ...(from ? { from: own(from.from) } : {}), expression: expressionText(ident), at, isTest: file.isTest, ...(server ? { server: own(server) } : {}) });
}
/**
 * TypeScript registrations whose name is an expression: joined from constants and literals
 * (`PREFIX + "get"`, `${PREFIX}get`) it is resolved; any other expression is computed.
 * A literal or a lone identifier is left to the rules above.
 */
const JS_REGISTRATION = /\.(?:tool|registerTool|registerToolTask)\s*\(/g;
const TEMPLATE_PART = /\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g;
function collectJoinedTsNames(file, out) {
    for (const m of matchesOf(file, 'bare', JS_REGISTRATION)) {
        const start = m.index + m[0].length;
        const arg = firstArgument(file.code, start);
        const text = arg.trim();
        if (!text || /^(['"])[^'"\n]*\1$|^`[^`$]*`$/.test(text) || /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(text))
            continue;
        // Object arguments (`server.tool({ … })`) and functions are other APIs' shapes, not a name.
        if (/^[{(]|=>/.test(text))
            continue;
        const at = start + (arg.length - arg.trimStart().length);
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
            out.tools.push({ name: expressionText(text), derived: false, at: file.at(at, `registers a tool whose name is computed: ${expressionText(text)}`), isTest: file.isTest, computed: { expression: expressionText(text) } });
    }
}
/** How far back a registration's loop header is looked for. */
const MAX_LOOP_BACK = 2000;
const LOOP_HEADERS = {
    typescript: /\bfor\s*\(\s*(?:const|let|var)\s+(\{[^{}()]{0,400}\}|[A-Za-z_$][\w$]*)\s+of\s+([A-Za-z_$][\w$.]*|\[)|(?:\b([A-Za-z_]\w*)|(\]))\s*\.\s*forEach\s*\(\s*(?:async\b\s*)?(?:\(\s*)?(\{[^{}()]{0,400}\}|[A-Za-z_$][\w$]*)/g,
    python: /\bfor\s+([A-Za-z_]\w*)\s+in\s+([A-Za-z_][\w.]*|\[|\()/g
};
LOOP_HEADERS.javascript = LOOP_HEADERS.typescript;
/**
 * Names from the literal a loop around the registration goes over: `for (const t of [{ name: "a" }, …])`,
 * `for (const { name } of TOOLS)` with `const TOOLS = [...]` in the file, `for name in ["a", "b"]`.
 * Undefined when no such loop is found or an element has no literal name.
 */
function loopNames(file, offset, ident, object) {
    const re = LOOP_HEADERS[file.language];
    if (!re)
        return undefined;
    const from = Math.max(0, offset - MAX_LOOP_BACK);
    const slice = file.bare.slice(from, offset);
    let last;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice))
        last = m;
    if (!last)
        return undefined;
    const variable = last[1] ?? last[5];
    let list = last[2] ?? last[3] ?? last[4];
    // The loop variable is the identifier, or an object destructured into it (`{ name, handler }`).
    const destructured = variable.startsWith('{') && new RegExp(`(?:^|[{,\\s])${ident.replace(/\$/g, '\\$')}(?=\\s*[,}=])`).test(variable);
    if (variable !== ident && !destructured)
        return undefined;
    let open;
    if (list === '[' || list === '(' || list === ']') {
        open = list === ']' ? matchingOpen(file.bare, from + last.index + last[0].indexOf(']')) : from + last.index + last[0].length - 1;
        list = 'literal';
    }
    else {
        const def = new RegExp(`\\b${list.replace(/[.$]/g, '\\$&')}\\s*(?::[^=\\n]{0,200})?=\\s*[[(]`).exec(file.bare);
        if (!def)
            return undefined;
        open = def.index + def[0].length - 1;
    }
    if (open < 0)
        return undefined;
    const elements = elementsOf(file, open);
    if (!elements?.length)
        return undefined;
    const names = [];
    for (const e of elements) {
        if (e.literal !== undefined && !object && !destructured)
            names.push({ name: e.literal, at: e.at, list });
        else if (e.object && (object || destructured)) {
            const n = objectNameAt(file, e.at);
            if (n?.literal === undefined)
                return undefined;
            names.push({ name: n.literal, at: n.at, list });
        }
        else
            return undefined;
    }
    return names;
}
/** The `[` or `(` that the bracket at `close` closes (a bounded walk back in `bare`), or -1. */
function matchingOpen(bare, close) {
    let depth = 0;
    for (let i = close; i >= 0 && i > close - 20_000; i--) {
        const ch = bare.charCodeAt(i);
        if (ch === 41 || ch === 93 || ch === 125)
            depth++;
        else if ((ch === 40 || ch === 91 || ch === 123) && --depth === 0)
            return i;
    }
    return -1;
}
/** The top-level elements of an array (or tuple) literal opening at `open`: string literals, objects, or other (neither). */
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
const PY_TOOL_DECORATOR = /@((?:\w+\.)*\w+)\.tool\b|@(\w+)\b/g;
const PY_TOOL_ALIAS = /^[ \t]*(\w+)\s*=\s*((?:\w+\.)*\w+)\.tool[ \t]*$/gm;
const PY_DECORATED_DEF = /^[ \t]*(?:#[^\n]*)?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)/;
function collectPythonDecoratedTools(file, out) {
    const bare = file.bare;
    const aliases = new Map();
    for (const m of bare.matchAll(PY_TOOL_ALIAS))
        aliases.set(m[1], m[2]);
    for (const m of bare.matchAll(PY_TOOL_DECORATOR)) {
        const server = m[1] ?? aliases.get(m[2]);
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
            const lit = /^\(\s*(?:name\s*=\s*)?(['"])([^'"\n]+)\1|\bname\s*=\s*(['"])([^'"\n]+)\3/.exec(args);
            const ident = /^\(\s*([A-Za-z_][\w.]*)\s*[,)]|\bname\s*=\s*([A-Za-z_][\w.]*)\s*[,)]/.exec(args);
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
            out.tools.push({ name: own(named.literal), derived: false, at: file.at(named.at, `registers tool "${named.literal}"`), isTest: file.isTest, handler: { name: method, at: defAt }, server: own(server) });
        }
        else if (named?.ident !== undefined) {
            nameByIdentifier(file, out, named.ident, named.at, false, server);
        }
        else {
            const at = file.at(i + rest[0].lastIndexOf(method), `registers tool "${method}"`);
            out.tools.push({ name: method, derived: true, at, isTest: file.isTest, handler: { name: method, at }, server: own(server) });
        }
    }
}
/**
 * FastMCP servers mounted on others: `main.mount(sub, namespace="jira")` (3.x), `main.mount(sub, prefix="jira")`,
 * `main.mount("jira", sub)` (2.x), `main.import_server(sub, prefix="jira")` or `import_server("jira", sub)`:
 * the sub-server's tools are served as `jira_<name>`.
 */
const PY_MOUNT = /\b(\w+)\.(?:mount|import_server)\s*\(/g;
function collectPythonMounts(file, out) {
    for (const m of matchesOf(file, 'bare', PY_MOUNT)) {
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
function collectListedTsTools(file, out) {
    const code = file.code;
    for (const m of code.matchAll(/setRequestHandler\s*\(\s*(?:ListToolsRequestSchema\b|(['"`])tools\/list\1)/g)) {
        const toolsAt = code.indexOf('tools', m.index + m[0].length);
        if (toolsAt === -1)
            continue;
        // `tools: [...]`, `tools: TOOLS`, or a list declared in the handler and returned (`const tools: Tool[] = [...]`).
        const after = /^tools\s*(?::\s*[\w$.<>[\]]{1,200}\s*=\s*|=\s*|:\s*)?/.exec(code.slice(toolsAt, toolsAt + 240));
        if (!after)
            continue;
        const valueAt = toolsAt + after[0].length;
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
/** `tools: TOOLS` where the file has `const TOOLS = [...]` (or `{ a: {...}, … }`): its elements; else a fact. */
function listedByIdentifier(file, out, ident, offset) {
    const def = new RegExp(`\\b(?:const|let|var)\\s+${ident.replace(/\$/g, '\\$')}\\b[^=\\n]{0,200}=\\s*[[{]`).exec(file.bare);
    if (def && file.bare[def.index + def[0].length - 1] === '[')
        return listElements(file, out, def.index + def[0].length - 1);
    nameByIdentifier(file, out, ident, offset, true);
}
/** Factories of tool objects outside any registration (`export default defineTool({ name: "x", … })`): facts, counted when the repository registers tools by a computed name. */
const TOOL_FACTORY = /\b(?:define|create|make|build)Tool\s*\(\s*\{/g;
const TOOL_FACTORY_NEEDLES = ['defineTool', 'createTool', 'makeTool', 'buildTool'];
function collectToolFactories(file, out) {
    for (const m of matchesOf(file, 'bare', TOOL_FACTORY, TOOL_FACTORY_NEEDLES)) {
        const n = objectNameAt(file, m.index + m[0].length - 1);
        if (n?.literal !== undefined)
            out.toolFacts.push({ kind: 'factory', file: file.path, name: own(n.literal), at: file.at(n.at, `a tool object named "${n.literal}"`), isTest: file.isTest });
    }
}
/** C#: `new DataContent(MCP_TINY_IMAGE)` with `const string MCP_TINY_IMAGE = "data:image/png;base64,…"` in the file (the C# SDK's EverythingServer). */
const DATA_URI_CONSTANT = /\b([A-Za-z_]\w*)\s*=\s*@?"data:(image|audio)\//g;
const NEW_DATA_CONTENT = /\bnew\s+DataContent\s*\(\s*([A-Za-z_]\w*)\s*[,)]/g;
function collectCsharpDataUriContent(file, out, seen) {
    const uris = new Map();
    for (const m of matchesOf(file, 'code', DATA_URI_CONSTANT))
        uris.set(m[1], m[2]);
    if (!uris.size)
        return;
    for (const m of matchesOf(file, 'bare', NEW_DATA_CONTENT)) {
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
    { languages: JS, re: /(?<![\w.])fetch\s*\(/g, client: 'fetch' },
    { languages: JS, re: /\baxios(?:\.(?:get|post|put|patch|delete|request|head))?\s*\(/g, client: 'axios' },
    { languages: JS, re: /(?<![\w.])got(?:\.(?:get|post|put|patch|delete))?\s*\(/g, client: 'got' },
    { languages: JS, re: /\bundici\.(?:request|fetch|stream)\s*\(|(?<![\w.])request\s*\(\s*(?=['"`])/g, client: 'undici' },
    { languages: JS, re: /\bhttps?\.(?:get|request)\s*\(/g, client: 'node:http' },
    { languages: JS, re: /\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+WebSocket\s*\(/g, client: 'socket' },
    { languages: ['python'], re: /\b(?:httpx|requests)\.(?:get|post|put|patch|delete|request|head|stream)\s*\(/g, client: 'httpx/requests' },
    { languages: ['python'], re: /\b(?:client|session|http|self\.\w+)\.(?:get|post|put|patch|delete|request)\s*\(\s*(?=f?['"])/g, client: 'HTTP client' },
    { languages: ['python'], re: /\burllib\.request\.urlopen\s*\(|\burlopen\s*\(/g, client: 'urllib' },
    { languages: ['python'], re: /\bsocket\.create_connection\s*\(|\.connect\s*\(\s*\(/g, client: 'socket' },
    { languages: ['csharp'], re: /\.(?:GetAsync|PostAsync|PutAsync|PatchAsync|DeleteAsync|SendAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsJsonAsync)\s*\(/g, client: 'HttpClient' },
    { languages: ['csharp'], re: /\bnew\s+TcpClient\s*\(|\bnew\s+Uri\s*\(\s*(?=")/g, client: 'socket/Uri' },
    { languages: ['go'], re: /\bhttp\.(?:Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)\s*\(/g, client: 'net/http' },
    { languages: ['go'], re: /\bnet\.Dial(?:Timeout)?\s*\(/g, client: 'net.Dial' },
    { languages: ['java', 'kotlin'], re: /\bURI\.create\s*\(|\bnew\s+URL\s*\(|\.uri\s*\(|\.url\s*\(|\bnew\s+Socket\s*\(/g, client: 'java.net/OkHttp/WebClient' },
    { languages: ['java', 'kotlin'], re: /\brestTemplate\.\w+\s*\(|\bRestTemplate\s*\(\)\s*\.\w+\s*\(/g, client: 'RestTemplate' }
];
/** Arguments that read like a URL handed in by the caller (the model): untrusted content can flow in through it. */
const CALLER_URL_NAME = /^(url|uri|link|href|target|address|page|page_?url|web_?url|source_?url|input_?url|args\.url|params\.url|request\.url)$/i;
function collectNetworkCalls(file, out) {
    const constants = stringConstants(file);
    for (const rule of CLIENT_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of matchesOf(file, 'bare', rule.re)) {
            let argStart = m.index + m[0].length;
            let arg = firstArgument(file.code, argStart);
            // Go's http.NewRequest(method, url, …) and NewRequestWithContext(ctx, method, url, …): the URL comes later.
            for (let skip = 0; skip < 2 && /^\s*(ctx|context\.\w+\(\)|"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+)\s*$/.test(arg); skip++) {
                argStart += arg.length + 1;
                arg = firstArgument(file.code, argStart);
            }
            // A URI/URL built inline is matched by its own rule; don't count the wrapper call too.
            if (/^\s*(URI\.create|new\s+URI|new\s+URL|URL\s*\()/.test(arg))
                continue;
            // A lambda is never a URL: Microsoft Graph's SDK (`graph.Me.Messages.GetAsync(r => …)`) is not a raw HttpClient call.
            if (/^\s*(?:\w+|\([^()]*\))\s*=>/.test(arg))
                continue;
            const at = file.at(m.index, rule.client);
            const literal = leadingLiteral(arg, constants);
            if (literal !== undefined) {
                const host = hostOf(literal);
                if (!host)
                    continue; // a relative path or a non-URL literal: not a network target we can judge
                out.networkCalls.push({ client: rule.client, target: literal, host, callerSupplied: false, at, isTest: file.isTest });
            }
            else if (arg.trim()) {
                const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80);
                out.networkCalls.push({ client: rule.client, expression: expr, callerSupplied: CALLER_URL_NAME.test(expr), at, isTest: file.isTest });
            }
        }
    }
}
// ---------------------------------------------------------------- third-party text
const ANY_CODE = ['typescript', 'javascript', 'python', 'csharp', 'go', 'java', 'kotlin'];
/** A string literal that starts with this REST path (optionally after a scheme and host, and an API version): prose mentioning the path does not. */
const restPath = (path) => new RegExp(`(['"\`])(?:https?://[^'"\`\\s/]+)?(?:/(?:v\\d[\\w.]*|beta|api))?${path}`, 'g');
/**
 * Reads of text that somebody outside the organisation can write: a tool that returns it puts
 * untrusted content in the model's context. Identifiers are matched with strings blanked
 * (`bare`), REST paths on string literals that begin with them (`code`). `needles` are literals
 * the view must contain before the pattern runs.
 */
const THIRD_PARTY_RULES = [
    // Microsoft Graph mail, over REST or the SDKs (JS .api('/me/messages'), Python client.me.messages.get(), C# graph.Me.Messages.GetAsync(), Go/Java me().messages()).
    // A user id is at most 400 characters: unbounded, each unclosed `Users[` was scanned to the end of the file.
    { source: 'e-mail', api: 'Microsoft Graph mail', languages: ANY_CODE, view: 'code', needles: ['/me/', '/users/'], re: restPath(String.raw `/(?:me|users/[^'"\`\s/]+)/(?:messages|mailFolders)\b`) },
    { source: 'e-mail', api: 'Microsoft Graph mail', languages: ANY_CODE, view: 'bare', needles: ['essages', 'ail_folders', 'ailFolders'], re: /\b(?:me|Me)(?:\(\))?\s*\.\s*(?:messages|Messages|mail_folders|mailFolders|MailFolders)\b|\.(?:by_user_id|byUserId|ByUserId)\s*\([^()]{0,400}\)\s*\.\s*(?:messages|Messages)\b|\bUsers\s*\[[^\]]{0,400}\]\s*\.\s*(?:Messages|MailFolders)\b/g },
    // Gmail API: service.users().messages().get(...), gmail.users.messages.list(...)
    { source: 'e-mail', api: 'Gmail API', languages: ANY_CODE, view: 'bare', needles: ['messages'], re: /\busers(?:\(\))?\s*\.\s*messages(?:\(\))?\s*\.\s*(?:get|list)\b/g },
    // IMAP clients: Python imaplib, Node imapflow, MailKit, go-imap, Jakarta Mail.
    { source: 'e-mail', api: 'IMAP', languages: ANY_CODE, view: 'bare', needles: ['IMAP', 'Imap', 'imapclient'], re: /\bimaplib\.IMAP4(?:_SSL)?\s*\(|\bnew\s+(?:ImapFlow|ImapClient)\s*\(|\bimapclient\.Dial\w*\s*\(/g },
    { source: 'e-mail', api: 'IMAP', languages: ['java', 'kotlin'], view: 'code', needles: ['getStore'], re: /\bgetStore\s*\(\s*"imaps?"/g },
    // GitHub issues and pull requests: octokit (JS), PyGithub, go-github, Octokit.NET, REST paths.
    { source: 'issues and comments', api: 'GitHub issues', languages: JS, view: 'bare', needles: ['issues.', 'pulls.'], re: /\b(?:rest|octokit|github)\s*\.\s*(?:issues\s*\.\s*(?:get|list\w*|getComment)|pulls\s*\.\s*(?:get|list\w*|getReviewComment))\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['python'], view: 'bare', needles: ['.get_'], re: /\.get_(?:issues?|issue_comments?|pulls?|review_comments|comments)\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['go'], view: 'bare', needles: ['.Issues.', '.PullRequests.'], re: /\.(?:Issues\.(?:Get|List\w*|GetComment)|PullRequests\.(?:Get|List\w*))\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['csharp'], view: 'bare', needles: ['.Issue.', '.PullRequest.'], re: /\.(?:Issue|PullRequest)\s*\.\s*(?:Get\w*|Comment\s*\.\s*Get\w*|ReviewComment\s*\.\s*Get\w*)\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['java', 'kotlin'], view: 'bare', needles: ['getIssue', 'getComments', 'queryIssues'], re: /\.(?:getIssues?|getComments|queryIssues)\s*\(/g },
    { source: 'issues and comments', api: 'issue tracker REST', languages: ANY_CODE, view: 'code', needles: ['/repos/', '/issue', '/projects/'], re: restPath(String.raw `(?:/repos/[^'"\`\s]*/(?:issues|pulls|comments)\b|/rest/api/(?:\d|latest)/(?:issue|search)\b|/projects/[^'"\`\s]*/(?:issues|merge_requests|notes)\b)`) },
    // Chat: Slack conversation history, Teams chats and channel messages.
    { source: 'chat messages', api: 'Slack conversations', languages: ANY_CODE, view: 'bare', needles: ['conversations'], re: /\bconversations(?:\.|_|\(\)\.)(?:history|replies)\s*\(/g },
    { source: 'chat messages', api: 'Slack conversations', languages: ANY_CODE, view: 'code', needles: ['conversations.'], re: /(['"])conversations\.(?:history|replies)\1/g },
    { source: 'chat messages', api: 'Microsoft Graph chats', languages: ANY_CODE, view: 'code', needles: ['/chats/', '/channels/'], re: restPath(String.raw `(?:/me)?/(?:chats|teams/[^'"\`\s/]+/channels)/[^'"\`\s]*/messages\b`) },
    // Help-desk tickets: Zendesk, Freshdesk (/api/v2/tickets), ServiceNow (/api/now/table).
    { source: 'tickets', api: 'help-desk REST', languages: ANY_CODE, view: 'code', needles: ['/tickets', '/now/table'], re: restPath(String.raw `(?:/api/v2/tickets\b|/now/table/)`) },
    // Web pages parsed for their text: cheerio, jsdom, BeautifulSoup, a headless browser going to a page.
    { source: 'web pages', api: 'HTML scraping', languages: ANY_CODE, view: 'bare', needles: ['cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'], re: /\bcheerio\.load\s*\(|\bnew\s+JSDOM\s*\(|\bBeautifulSoup\s*\(|\bpage\.goto\s*\(|\bJsoup\.(?:connect|parse)\s*\(|\bnew\s+HtmlDocument\s*\(/g }
];
/** Every rule's needles: most files hold none, and the pass's literal scan tells. */
const ANY_NEEDLE = [...new Set(THIRD_PARTY_RULES.flatMap((r) => r.needles))];
LITERALS.add(...ANY_NEEDLE);
function collectThirdPartyReads(file, out) {
    if (!ANY_NEEDLE.some((n) => file.mayHold(n)))
        return;
    for (const rule of THIRD_PARTY_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of matchesOf(file, rule.view, rule.re, rule.needles)) {
            // A path rule matches at the opening quote; point at the path itself.
            const at = file.at(rule.view === 'code' ? m.index + 1 : m.index, rule.api);
            out.thirdPartyReads.push({ source: rule.source, api: rule.api, at, isTest: file.isTest });
        }
    }
}
const QUOTED_URL = /(['"`])((?:https?|wss?):\/\/[^'"`\s]+)\1/g;
const ASSIGNED_NAME = /\b([A-Za-z_]\w*)\s*(?::\s*[\w.<>]+\s*)?:?=\s*$/;
/** `const NAME = "https://…"` style constants in the file, so a call through them counts as literal. */
function stringConstants(file) {
    const map = new Map();
    // From each URL literal back to an assignment: scanning for the literal first is what keeps this cheap.
    for (const m of matchesOf(file, 'code', QUOTED_URL)) {
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
/** The text of the first call argument (up to a top-level comma or the closing parenthesis). */
function firstArgument(code, from) {
    let depth = 0;
    let quote = '';
    for (let i = from; i < code.length && i < from + 400; i++) {
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
        else if (ch === ',' && depth === 0)
            return code.slice(from, i);
    }
    return code.slice(from, from + 400);
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
    const tpl = /^`\$\{\s*([A-Za-z_]\w*)\s*\}/.exec(a);
    if (tpl && constants.has(tpl[1]))
        return constants.get(tpl[1]);
    const ident = /^([A-Za-z_]\w*)\s*(?:\+|$)/.exec(a);
    if (ident && constants.has(ident[1]))
        return constants.get(ident[1]);
    const py = /^f?(['"])\{\s*([A-Za-z_]\w*)\s*\}/.exec(a);
    if (py && constants.has(py[2]))
        return constants.get(py[2]);
    return undefined;
}
function hostOf(url) {
    const m = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url);
    return m ? m[1].toLowerCase() : undefined;
}
// ---------------------------------------------------------------- the detector
const PREFILTER = ['tool', 'Tool', 'image', 'audio', 'resource_link', 'Image', 'Audio', 'ResourceLink', 'fetch', 'axios', 'got', 'http', 'request', 'Http', 'socket', 'Socket', 'Dial', 'URI', 'URL', 'url', 'WebSocket', 'connect', 'essages', 'ssue', 'pulls', 'PullRequest', 'conversations', 'ickets', 'now/table', 'IMAP', 'Imap', 'imap', 'cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'];
const newNetworkCallTable = () => new FactTable({ strings: ['client', 'target', 'host', 'expression'], flags: ['callerSupplied', 'isTest'] });
function createSecurityDetector() {
    const result = { tools: [], contentTypes: [], networkCalls: newNetworkCallTable(), thirdPartyReads: [], mcpFiles: [], toolFacts: [], imports: [], declaredTypes: [] };
    const detector = {
        prefilter: PREFILTER,
        visit(file) {
            if (!isCode(file))
                return;
            // Tool registrations count only in files that use an MCP SDK: `.tool("x")` elsewhere is something else.
            if (MCP_MARKERS.test(file.text)) {
                result.mcpFiles.push(file.path);
                collectTools(file, result);
            }
            if (JS.includes(file.language))
                collectToolFactories(file, result);
            collectContentTypes(file, result);
            collectNetworkCalls(file, result);
            collectThirdPartyReads(file, result);
        }
    };
    return { detector, result };
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
 * Files per scan thread by default. A thread costs about 0.4 s of CPU before it pays (starting,
 * and compiling the detectors for itself: V8 shares no compiled code between threads), which
 * about 8,000 files' scanning pays back. Measured on 2 cores: at 10,000 files one thread is 8–9%
 * faster than two; at 20,000 two are 4–6% faster.
 */
const FILES_PER_THREAD = 10_000;
/**
 * Below FILES_PER_THREAD × 2 files the count says too little: 3,700 files of which 2,400 Python
 * modules (33 MB) take longer than 20,000 small ones. So the main thread measures its own first
 * chunks, and when the rest would take it this long alone, starts the workers the cores allow.
 * Measured on 2 cores: a second thread lost 6% on a check whose scan took 0.5 s on one, broke
 * even at 0.9 s, and won 20% at 2 s (awslabs/mcp: 2.8 against 2.3 s).
 */
const REST_WORTH_A_THREAD_MS = 1_000;
/** How long the main thread scans before it judges the rest: its first files run code not yet compiled. */
const JUDGE_AFTER_MS = 150;
/** Files per chunk: small enough to balance the threads, large enough that a message per chunk is cheap. */
const CHUNK_FILES = 250;
/**
 * A scan worker's heap. A worker keeps nothing between chunks (it posts each), so a small heap is
 * enough, and a heap capped under 1 GB makes V8 grow it by a small factor: measured on 100,000
 * files, this takes the peak from 470 to 285 MB. A worker that runs out ends with an error, and what it
 * had taken is scanned by the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };
/** Scan files [from, to) of the snapshot with a fresh set of detectors. */
function scanChunk(repo, from, to) {
    const security = createSecurityDetector();
    const auth = createAuthDetector();
    const secrets = createSecretsDetector();
    const before = repo.skipped.length;
    const scan = scanSources(repo, [security.detector, createImportsDetector(security.result), auth.detector, secrets.detector], repo.files.slice(from, to));
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
/** Threads for a scan, the caller's included: `jobs` when given, else one per FILES_PER_THREAD files, at most one per core and 4. */
function scanThreads(files, jobs) {
    if (jobs !== undefined)
        return Math.max(1, Math.floor(jobs));
    return Math.max(1, Math.min(maxScanThreads(), Math.floor(files / FILES_PER_THREAD)));
}
/** The most threads a scan takes by default: one per core, and 4. */
const maxScanThreads = () => Math.min(4, availableParallelism());
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
    const threads = scanThreads(repo.files.length, jobs);
    // The caller's thread is one of the `threads`: it scans too once its own reads are done. Each
    // thread that scans compiles the detectors for itself (V8 shares no optimized code between
    // threads), so a worker more than the cores can run costs more than it brings: on 2 cores, two
    // workers beside a waiting caller scanned 20,000 files no faster than the caller alone.
    pool.start(threads - 1);
    // By default, more threads may start once the caller's own first chunks show the files are heavy.
    const later = jobs === undefined ? maxScanThreads() - threads : 0;
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
            const worker = new Worker(this.script, { workerData: data, resourceLimits: this.options.workerLimits ?? WORKER_LIMITS });
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
        if (later > 0 && (laterAtOnce || restWorthThreads(performance.now() - began, mainFiles, repo.files.length - bounds[Math.min(chunks, Atomics.load(next, 0))]))) {
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
            // the same paths, hosts and notes: measured at 100,000 files, sharing them takes the main
            // thread's old generation from 57 to 41 MB.
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

export { CALLER_URL_NAME as C, LineFinder as L, credentialKind as a, scanSources as b, chunkListing as c, dotenvSecrets as d, createSecretsDetector as e, firstArgument as f, closingBracket as g, hostOf as h, isDocPath as i, sourceViews as j, importsOf$1 as k, leadingLiteral as l, entryOfImport as m, loopNames as n, own as o, packChunk as p, parameterOf as q, expressionText as r, scanChunk as s, testDataIn as t, objectNameAt as u, codeFileOf as v, stringConstantsOf as w, toolObjectsOf as x, startSourceScan as y };
