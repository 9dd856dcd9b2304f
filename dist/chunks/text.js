import { i as isFileEvidence, P as PHASE_TITLES } from './capability-matrix.js';
import { t as terminalSafe, f as fixParts } from './dates.js';
import { e as blockingChecks, v as verdictLine, h as hasNewBlocking } from './markdown.js';
import { g as groupByPhase, n as notReadSummary, e as excludedSummary, s as someOf } from './group.js';
import './catalogue.js';
import './version.js';

// Terminal output: the verdict and what blocks first, then each phase, one line per check, then
// what blocks and the verdict again, wrapped to the terminal's width. Colour only on a TTY and
// never with NO_COLOR.
const COLOURS = {
    passed: 32,
    attested: 36,
    failed: 31,
    warning: 33,
    'not verified': 35,
    waived: 34,
    'not applicable': 90
};
/** Width when stdout is not a terminal. */
const DEFAULT_WIDTH = 100;
/** Findings listed per check before a count, unless --verbose. */
const FINDINGS_SHOWN = 10;
/**
 * A multi-line text (a fix) made terminal-safe line by line: its own line breaks stay, nothing else can drive the
 * terminal.
 */
const terminalSafeLines = (s) => s.split('\n').map(terminalSafe).join('\n');
function evidenceText(e) {
    if (isFileEvidence(e))
        return `${e.file}:${e.line}:${e.column}${e.note ? ` (${e.note})` : ''}`;
    return `${e.api}: ${e.fact}`;
}
/**
 * Plain text wrapped at spaces to `width` columns, the first line after `first`, the rest after
 * `rest` (a hanging indent); a word longer than a line is cut. Hand-written: a greedy wrap is a
 * few lines, and the text is wrapped before it is coloured, so no ANSI-aware library is needed.
 */
function wrap(text, width, first, rest = ' '.repeat(first.length)) {
    const lines = [];
    let line = first;
    let empty = true;
    for (const word of text.split(' ')) {
        if (!word)
            continue;
        const room = width - line.length - (empty ? 0 : 1);
        if (word.length <= room) {
            line += (empty ? '' : ' ') + word;
            empty = false;
            continue;
        }
        if (!empty)
            lines.push(line);
        line = lines.length || !empty ? rest : first;
        let w = word;
        const max = Math.max(10, width - line.length);
        while (w.length > max) {
            lines.push(line + w.slice(0, max));
            w = w.slice(max);
        }
        line += w;
        empty = false;
    }
    lines.push(line);
    return lines;
}
/** The fence languages of fix snippets and the source languages they are written for. */
const SNIPPET_LANGUAGES = {
    ts: ['typescript', 'javascript'],
    typescript: ['typescript', 'javascript'],
    js: ['typescript', 'javascript'],
    python: ['python'],
    py: ['python'],
    go: ['go'],
    java: ['java', 'kotlin'],
    kotlin: ['java', 'kotlin'],
    csharp: ['csharp'],
    cs: ['csharp']
};
/**
 * A fix as terminal lines: prose wrapped, snippets indented (never fenced), and only the snippets
 * for the server's languages: one in another language is left out with a line saying so.
 */
function fixLines(fix, width, indent, languages) {
    const parts = fixParts(terminalSafeLines(fix));
    const known = !!languages && languages.size > 0;
    const matches = (lang) => !known || !SNIPPET_LANGUAGES[lang] || SNIPPET_LANGUAGES[lang].some((l) => languages.has(l));
    const out = [];
    const left = new Set();
    for (let i = 0; i < parts.length; i += 3) {
        const next = i + 1 < parts.length ? parts[i + 1] : undefined;
        const dropNext = next !== undefined && !matches(next);
        const prose = parts[i].trim();
        if (prose)
            for (const p of prose.split('\n'))
                out.push(...wrap(p, width, indent));
        if (next === undefined)
            continue;
        if (dropNext)
            left.add(next);
        else
            for (const l of (parts[i + 2].endsWith('\n') ? parts[i + 2].slice(0, -1) : parts[i + 2]).split('\n'))
                out.push(`${indent}    ${l}`);
    }
    if (left.size)
        out.push(...wrap(`(an example in ${[...left].join(', ')} is left out: this server's source is ${[...languages].sort().join(', ')})`, width, indent));
    return out;
}
function renderText(result, options) {
    const width = Math.max(40, options.width ?? DEFAULT_WIDTH);
    const paint = (s, code) => (options.colour ? `\u001b[${code}m${s}\u001b[0m` : s);
    const bold = (s) => (options.colour ? `\u001b[1m${s}\u001b[0m` : s);
    const phases = groupByPhase(result.findings);
    const blocking = blockingChecks(phases.flatMap((p) => p.checks));
    const verdict = result.verdict === 'ready' ? paint('READY', 32) : paint('BLOCKED', 31);
    const scope = result.scope === 'local' ? ' (local evidence only: GitHub API facts not read)' : '';
    const lines = [];
    const blockingList = (full) => {
        if (!blocking.length)
            return;
        lines.push(bold(`Blocking (${blocking.length} check${blocking.length === 1 ? '' : 's'}):`));
        for (const c of blocking) {
            const f = c.findings.find((x) => x.blocking);
            const mark = c.level === 'critical' ? 'CRITICAL' : 'blocking';
            const fresh = hasNewBlocking(result, c.findings) ? 'new ' : '';
            const head = `  ${fresh}${mark} ${c.check}`;
            if (!full) {
                lines.push(`  ${fresh}${c.level === 'critical' ? paint(mark, 31) : mark} ${c.check}`);
                continue;
            }
            const wrapped = wrap(terminalSafe(f.message), width, `${head}: `, '      ');
            wrapped[0] = wrapped[0].replace(mark, c.level === 'critical' ? paint(mark, 31) : mark);
            lines.push(...wrapped);
            const at = f.evidence[0];
            if (at)
                lines.push(...wrap(`at ${terminalSafe(evidenceText(at))}`, width, '      '));
        }
        lines.push('');
    };
    // What blocks, first: a reader sees it without scrolling.
    const opening = wrap(`${verdictLine(result)}${scope}`, width, `MCP go-live: ${result.verdict === 'ready' ? 'READY' : 'BLOCKED'} — `, '  ');
    opening[0] = `${bold('MCP go-live:')} ${verdict}${opening[0].slice(`MCP go-live: ${result.verdict === 'ready' ? 'READY' : 'BLOCKED'}`.length)}`;
    lines.push(...opening, '');
    blockingList(true);
    const resolved = result.comparison?.resolved ?? [];
    if (resolved.length) {
        lines.push(bold(`Resolved in this PR (${resolved.length} blocking finding${resolved.length === 1 ? '' : 's'} of the base):`));
        for (const k of resolved.slice(0, 10))
            lines.push(...wrap(terminalSafe(k), width, '  resolved ', '      '));
        if (resolved.length > 10)
            lines.push(`  +${resolved.length - 10} more (see the JSON result)`);
        lines.push('');
    }
    for (const { phase, checks } of phases) {
        lines.push(bold(PHASE_TITLES[phase]));
        for (const c of checks)
            lines.push(...checkLines(c));
        lines.push('');
    }
    function checkLines(c) {
        const out = [];
        const head = c.findings.find((f) => f.status === c.status) ?? c.findings[0];
        const more = c.findings.length > 1 ? ` (+${c.findings.length - 1} more)` : '';
        const prefix = `  ${c.status.padEnd(14)} ${c.check.padEnd(32)} `;
        const first = wrap(`${terminalSafe(head.message)}${more}`, width, prefix, ' '.repeat(Math.min(prefix.length, 20)));
        first[0] = first[0].replace(c.status, paint(c.status, COLOURS[c.status]));
        out.push(...first);
        const open = c.findings.filter((f) => f.blocking || f.status === 'warning' || options.verbose);
        const shown = options.verbose ? open : open.slice(0, FINDINGS_SHOWN);
        for (const f of shown) {
            if (c.findings.length > 1) {
                const l = wrap(terminalSafe(f.message), width, `      - ${f.status}: `, '        ');
                l[0] = l[0].replace(f.status, paint(f.status, COLOURS[f.status]));
                out.push(...l);
            }
            for (const e of f.evidence.slice(0, options.verbose ? undefined : 5))
                out.push(...wrap(`at ${terminalSafe(evidenceText(e))}`, width, '        ', '          '));
            if (f.reason)
                out.push(...wrap(`why not verified: ${terminalSafe(f.reason)}`, width, '        '));
            if (f.waiver)
                out.push(...wrap(`waived by ${terminalSafe(f.waiver.approvedBy)} until ${f.waiver.expires}: ${terminalSafe(f.waiver.reason)}`, width, '        '));
        }
        if (shown.length < open.length)
            out.push(`      … and ${open.length - shown.length} more (--verbose lists them)`);
        // One fix per check, however many of its findings carry it.
        const fix = c.findings.find((f) => f.fix && f.blocking)?.fix;
        if (fix)
            out.push('        fix:', ...fixLines(fix, width, '          ', options.languages));
        return out;
    }
    const notRead = notReadSummary(result);
    if (notRead) {
        lines.push(`Not read: ${notRead}; the verdict does not cover them.`);
        const shown = result.notRead.files.slice(0, options.verbose ? undefined : 5);
        for (const f of shown)
            lines.push(`  ${terminalSafe(f.path)} (${terminalSafe(f.reason)})`);
        if (result.notRead.count > shown.length)
            lines.push(`  +${result.notRead.count - shown.length} more (the JSON result lists the first 20)`);
        lines.push('');
    }
    // Files paths.include/exclude left out: the verdict does not cover them either.
    const excluded = excludedSummary(result);
    if (excluded)
        lines.push(`${excluded} (${someOf(result.excluded.files, result.excluded.count, 5, terminalSafe)}).`, '');
    blockingList(false);
    const counts = Object.entries(result.counts)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
    const plain = `Verdict: ${result.verdict === 'ready' ? 'READY' : 'BLOCKED'} — `;
    const last = wrap(`${verdictLine(result)}; findings: ${counts}${scope}`, width, plain, '  ');
    last[0] = `${bold('Verdict:')} ${verdict} — ${last[0].slice(plain.length)}`;
    lines.push(...last);
    return `${lines.join('\n')}\n`;
}

export { DEFAULT_WIDTH, evidenceText, fixLines, renderText, terminalSafe, wrap };
