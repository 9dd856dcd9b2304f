import { statSync, mkdirSync, constants, openSync, writeSync, closeSync, lstatSync } from 'node:fs';
import { resolve, sep, relative, join, isAbsolute, dirname } from 'node:path';
import { U as UsageError } from './errors.js';
import { m as matchSecrets, a as maskSecret } from './rules.js';

// Every string the gate prints passes through here: a credential found by any
// rule, or a value any detector of this run found (a .env value, say), is cut
// to its first 4 characters, whatever surface prints it and wherever it sits in
// the string (a file name, a waiver reason, a tool name).
/** Known values shorter than this are masked only where a rule finds them: a short one would mask ordinary words. */
const MIN_KNOWN_SECRET = 6;
/** Characters a known value is indexed by: every known value is at least this long. */
const KEY = MIN_KNOWN_SECRET;
/**
 * Values found in this run, by their first KEY characters, longest first within a key. Matched by
 * hand over UTF-16 code units: a grapheme-aware matcher (the maintained Aho-Corasick packages are)
 * would miss a secret followed by a combining mark, and the key map finds every candidate in one
 * pass, whatever the number of values.
 */
const known = new Map();
/** The first two code units of every key, as one number: most places in a text start no key, and this says so. */
const leads = new Set();
const leadAt = (text, i) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
/**
 * Makes found secret values known to every later redaction in this thread (the run calls it once its detectors are
 * done).
 */
function knowSecrets(values) {
    for (const value of values) {
        if (typeof value !== 'string' || value.length < MIN_KNOWN_SECRET)
            continue;
        const key = value.slice(0, KEY);
        leads.add(leadAt(key, 0));
        const list = known.get(key);
        if (!list)
            known.set(key, [value]);
        else if (!list.includes(value)) {
            list.push(value);
            list.sort((a, b) => b.length - a.length);
        }
    }
}
/** Spans [start, end) of known values in the text: the longest at each place, overlaps included. */
function knownSpans(text) {
    const spans = [];
    if (!known.size)
        return spans;
    for (let i = 0; i + KEY <= text.length; i++) {
        if (!leads.has(leadAt(text, i)))
            continue;
        const list = known.get(text.slice(i, i + KEY));
        if (!list)
            continue;
        const hit = list.find((v) => text.startsWith(v, i));
        if (hit === undefined)
            continue;
        // No skipping past it: a value that starts inside this one and ends after it must be masked too.
        spans.push([i, i + hit.length]);
    }
    return spans;
}
/** The text with every credential the rules find, and every known value, masked. */
function redactSecrets(text) {
    if (!text)
        return text;
    const spans = [
        ...knownSpans(text),
        ...matchSecrets(text).map((m) => [m.index, m.index + m.secret.length])
    ];
    if (!spans.length)
        return text;
    // Leftmost first, the longest of those starting together; a span inside or across one kept is
    // masked with it (the union), so no part of either is left in clear.
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let out = '';
    let at = 0;
    for (let i = 0; i < spans.length;) {
        const start = spans[i][0];
        let end = spans[i][1];
        for (i++; i < spans.length && spans[i][0] < end; i++)
            end = Math.max(end, spans[i][1]);
        out += text.slice(at, start) + maskSecret(text.slice(start, end));
        at = end;
    }
    return out + text.slice(at);
}
/**
 * A copy of a value (the JSON result, the report, a config) with every string in it redacted,
 * object keys too: done before anything is escaped or cut, so neither can hide a secret from the
 * rules. Non-plain objects are left as they are (the results hold none).
 */
function redactDeep(value) {
    // A result repeats its strings (file paths, notes, check ids) thousands of times: each distinct one is redacted once.
    const done = new Map();
    const redact = (text) => {
        let safe = done.get(text);
        if (safe === undefined)
            done.set(text, (safe = redactSecrets(text)));
        return safe;
    };
    const copy = (v) => {
        if (typeof v === 'string')
            return redact(v);
        if (Array.isArray(v))
            return v.map(copy);
        if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[redact(k)] = copy(x);
            return out;
        }
        return v;
    };
    return copy(value);
}
/**
 * `text` cut to at most `max` characters with `tail` after it, redacted first: a secret that
 * straddles the cut would no longer match its rule, and its first part would print in clear.
 */
function redactThenCut(text, max, tail = '…') {
    const safe = redactSecrets(text);
    if (safe.length <= max)
        return safe;
    return `${safe.slice(0, Math.max(0, max - tail.length))}${tail}`;
}

// The one way out of the process. Every string the gate writes — standard
// output and error, result files, the action's log, annotations, summary, PR
// comment and check run — passes through one of these functions, which redact
// it (src/secrets/redact.ts) after everything else was done to it; text for a
// log or a terminal also loses any line a runner would take as a workflow
// command. Files are written without following a link, into directories that
// are not links, and a failure says what and where (exit 2, no stack trace).
// test/unit/output-sinks.test.ts fails when a module writes around them.
/** What an errno means, in words, for messages about files. */
const ERRNO_WORDS = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a part of the path is not a directory',
    EISDIR: 'is a directory',
    ELOOP: 'a symbolic link loop, or a link where none is followed',
    EIO: 'input/output error (the device or file system failed)',
    EEXIST: 'exists already',
    ENXIO: 'no reader on the other end (a pipe or device)',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the name is too long',
    EFBIG: 'the file is too large',
    EPIPE: 'the reader closed the pipe',
    EAGAIN: 'the device would block'
};
/** `CODE (words)` for a failed file operation, or its message when it has no code. */
function describeIoError(e) {
    const code = e?.code;
    if (code)
        return ERRNO_WORDS[code] ? `${code} (${ERRNO_WORDS[code]})` : code;
    return e?.message ?? String(e);
}
/**
 * A line the Actions runner reads as a command: `::name …::` at its start after blank space (the
 * runner trims it), or the older `##[name]` anywhere in it. Written with one character escaped
 * (`\u003a`, `\u005b`), so the text reads the same and commands nothing.
 */
function neutralizeCommands(text) {
    if (!text.includes('::') && !text.includes('##['))
        return text;
    return text
        .split('\n')
        .map((line) => {
        let i = 0;
        while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r'))
            i++;
        const out = line.startsWith('::', i) ? `${line.slice(0, i)}\\u003a${line.slice(i + 1)}` : line;
        return out.split('##[').join('##\\u005b');
    })
        .join('\n');
}
/** Text for a terminal or a log: redacted, then no workflow command left in it. */
function forLog(text) {
    return neutralizeCommands(redactSecrets(text));
}
/** Text for a file or an API body (Markdown, JSON, SARIF): redacted. */
function forFile(text) {
    return redactSecrets(text);
}
/** Standard output and error of this process (or of the gate thread, which the main thread passes on). */
const processStreams = {
    out: (s) => void process.stdout.write(forLog(s)),
    err: (s) => void process.stderr.write(forLog(s))
};
function isWithin(root, path) {
    const rel = relative(root, path);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
function lstatOrUndefined(path) {
    try {
        return lstatSync(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new UsageError(`cannot write results to ${path}: ${describeIoError(e)}`);
    }
}
/**
 * Makes `dir` a directory to write results in, one component at a time: inside the checkout an
 * existing component must be a real directory (not a link), outside it a directory (links
 * allowed: the user named the place). A missing one is made on its own, never with a recursive
 * mkdir (which loops in native code under /proc). Returns the absolute path.
 */
function prepareOutputDir(dir, place) {
    const root = resolve(place.checkout);
    const target = resolve(dir);
    // The walk starts at the checkout when the target is in it, else at the file-system root.
    const start = isWithin(root, target) ? root : target.slice(0, target.indexOf(sep) + 1) || sep;
    if (start === root) {
        const st = lstatOrUndefined(root);
        if (!st?.isDirectory())
            throw new UsageError(`cannot write results under ${root}: not a directory`);
    }
    let at = start;
    for (const part of relative(start, target).split(sep).filter(Boolean)) {
        at = join(at, part);
        const inside = isWithin(root, at);
        const st = lstatOrUndefined(at);
        if (st?.isSymbolicLink()) {
            if (inside)
                throw new UsageError(`cannot write results to ${dir}: ${relative(root, at) || at} is a symbolic link inside the checkout, and results are never written through a link`, [], 'Remove the link (a pull request may have added it), or pass another directory.');
            let real;
            try {
                real = statSync(at);
            }
            catch (e) {
                throw new UsageError(`cannot write results to ${dir}: ${at}: ${describeIoError(e)}`);
            }
            if (!real.isDirectory())
                throw new UsageError(`cannot write results to ${dir}: ${at} is not a directory`);
            continue;
        }
        if (st) {
            if (!st.isDirectory())
                throw new UsageError(`cannot write results to ${dir}: ${at} is not a directory`);
            continue;
        }
        try {
            mkdirSync(at);
        }
        catch (e) {
            throw new UsageError(`cannot create the directory ${at} for results: ${describeIoError(e)}`);
        }
    }
    return target;
}
/**
 * Writes a result file, redacted: never through a link (O_NOFOLLOW, and a link found first is
 * refused by name), never into a FIFO or device inside the checkout. `file` is in a directory
 * prepareOutputDir made. Errors become a UsageError naming the file and the errno.
 */
function writeOutputFile(file, text, place) {
    const root = resolve(place.checkout);
    const path = resolve(file);
    const inside = isWithin(root, path);
    const st = lstatOrUndefined(path);
    if (st?.isSymbolicLink() && inside)
        throw new UsageError(`cannot write ${file}: it is a symbolic link inside the checkout, and results are never written through a link`, [], 'Remove the link (a pull request may have added it), or pass another path.');
    if (st && !st.isSymbolicLink() && !st.isFile() && inside)
        throw new UsageError(`cannot write ${file}: it exists and is not a regular file`);
    // O_NONBLOCK: a FIFO with no reader fails (ENXIO) instead of blocking the run.
    const flags = constants.O_WRONLY |
        constants.O_CREAT |
        constants.O_TRUNC |
        (inside ? constants.O_NOFOLLOW | constants.O_NONBLOCK : 0);
    let fd;
    try {
        fd = openSync(path, flags, 0o644);
        const bytes = Buffer.from(forFile(text), 'utf8');
        for (let done = 0; done < bytes.length;)
            done += writeSync(fd, bytes, done, bytes.length - done);
    }
    catch (e) {
        throw new UsageError(`cannot write ${file}: ${describeIoError(e)}`);
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** writeOutputFile for a file whose directory may not exist yet. */
function writeOutputFileIn(file, text, place) {
    prepareOutputDir(dirname(resolve(file)), place);
    writeOutputFile(file, text, place);
}

var output = /*#__PURE__*/Object.freeze({
    __proto__: null,
    describeIoError: describeIoError,
    forFile: forFile,
    forLog: forLog,
    neutralizeCommands: neutralizeCommands,
    prepareOutputDir: prepareOutputDir,
    processStreams: processStreams,
    writeOutputFile: writeOutputFile,
    writeOutputFileIn: writeOutputFileIn
});

export { processStreams as a, writeOutputFileIn as b, forLog as c, describeIoError as d, redactThenCut as e, forFile as f, redactSecrets as g, knowSecrets as k, output as o, prepareOutputDir as p, redactDeep as r, writeOutputFile as w };
