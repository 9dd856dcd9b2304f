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

export { registerChecks as a, mdKeepCode as b, code as c, fixMarkdown as d, checkInfo as e, fixParts as f, registry as g, isCalendarDate as i, md as m, registeredChecks as r, terminalSafe as t };
