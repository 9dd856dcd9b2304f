import { c as PHASE_TITLES, i as isFileEvidence } from './findings.js';
import { g as groupByPhase, S as STATUS_ICON } from './group.js';

// Every string that comes from the repository (tool names, file names, waiver
// reasons, messages quoting them) passes through here before it is printed as
// Markdown: no HTML, no @-mention pings, no #-references, no links, no way out
// of a table cell or a <details> block. Hand-written because the rules are
// GitHub-specific (mentions, references) and no library covers them.
const ZWSP = '\u200b';
/** Bidi controls and zero-width characters that can make text read differently from what it is. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** Inline Markdown text: specials escaped, mentions and references broken, newlines folded. */
function md(text) {
    return String(text)
        .replace(INVISIBLE, '')
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_{}[\]()#+\-.!|~<>&"']/g, (c) => ENTITY[c] ?? `\\${c}`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '|': '&#124;' };
/** An inline code span that cannot be broken out of; mentions inside code are never linked. */
function code(text) {
    const s = String(text).replace(INVISIBLE, '').replace(/[\r\n]+/g, ' ').replace(/\|/g, '¦');
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
/**
 * Fix texts are our templates with repository values filled in: prose, and
 * fenced snippets. Prose is escaped line by line; each snippet becomes a code
 * block with a fence nothing inside can close.
 */
function fixMarkdown(fix) {
    const out = [];
    const parts = fix.split(/^```([A-Za-z0-9-]*)\n([\s\S]*?)^```$/m);
    // split with two capture groups yields: prose, lang, body, prose, lang, body, …, prose
    for (let i = 0; i < parts.length; i += 3) {
        const prose = parts[i].trim();
        if (prose)
            out.push(prose.split('\n').map((l) => mdKeepCode(l)).join('  \n'));
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

// The Markdown checklist: the job summary and, in a PR, the comment body.
// Every repository-supplied string goes through escape.ts.
function evidenceMarkdown(e, linkBase) {
    if (isFileEvidence(e)) {
        const where = `${e.file}:${e.line}:${e.column}`;
        const note = e.note ? ` — ${md(e.note)}` : '';
        if (linkBase)
            return `[${code(where)}](${linkBase}/${e.file.split('/').map(encodeURIComponent).join('/')}#L${e.line})${note}`;
        return `${code(where)}${note}`;
    }
    return `${code(e.api)}: ${md(e.fact)}`;
}
function findingDetail(f, linkBase) {
    const out = [];
    out.push(`- ${STATUS_ICON[f.status]} **${f.status}** — ${mdKeepCode(f.message)}`);
    for (const e of f.evidence.slice(0, 10))
        out.push(`  - ${evidenceMarkdown(e, linkBase)}`);
    if (f.evidence.length > 10)
        out.push(`  - … and ${f.evidence.length - 10} more`);
    if (f.reason)
        out.push(`  - not verified because: ${md(f.reason)}`);
    if (f.waiver)
        out.push(`  - waived by ${code(f.waiver.approvedBy)} until ${md(f.waiver.expires)}: ${md(f.waiver.reason)}`);
    if (f.attestation)
        out.push(`  - attested by ${code(f.attestation.by)} on ${md(f.attestation.date)}${f.attestation.note ? `: ${md(f.attestation.note)}` : ''}`);
    if (f.fix && (f.blocking || f.status === 'warning')) {
        out.push('', '<details><summary>How to fix</summary>', '', fixMarkdown(f.fix), '', '</details>', '');
    }
    return out;
}
function renderMarkdown(result, options = {}) {
    const out = [];
    const icon = result.verdict === 'ready' ? '✅' : '⛔';
    out.push(`## ${icon} ${options.heading ?? 'MCP go-live'}: ${result.verdict === 'ready' ? 'ready' : 'blocked'}`);
    out.push('');
    const counts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(' · ');
    out.push(`**${result.blocking}** blocking · ${counts}${result.scope === 'local' ? ' · local evidence only (GitHub API facts not read)' : ''}`);
    out.push('');
    for (const { phase, checks } of groupByPhase(result.findings)) {
        out.push(`### ${PHASE_TITLES[phase]}`, '');
        out.push('| | Check | Level | Status | Summary |', '|---|---|---|---|---|');
        for (const c of checks) {
            const head = c.findings.find((f) => f.status === c.status) ?? c.findings[0];
            out.push(`| ${STATUS_ICON[c.status]} | ${code(c.check)} | ${c.level} | ${c.status} | ${mdKeepCode(head.message)}${c.findings.length > 1 ? ` (+${c.findings.length - 1})` : ''} |`);
        }
        out.push('');
        const open = checks.filter((c) => c.findings.some((f) => f.blocking || f.status === 'warning' || f.status === 'waived' || f.status === 'attested' || f.status === 'not verified'));
        for (const c of open) {
            out.push(`<details${c.findings.some((f) => f.blocking) ? ' open' : ''}><summary>${md(c.check)} — ${md(c.status)}</summary>`, '');
            const shown = c.findings.slice(0, options.maxFindingsPerCheck ?? c.findings.length);
            for (const f of shown)
                out.push(...findingDetail(f, options.linkBase));
            if (shown.length < c.findings.length)
                out.push(`- … and ${c.findings.length - shown.length} more (see the JSON result)`);
            out.push('', '</details>', '');
        }
        const passed = checks.filter((c) => !open.includes(c));
        if (passed.length && !options.omitPassedEvidence) {
            out.push('<details><summary>Evidence for passed checks</summary>', '');
            for (const c of passed)
                for (const f of c.findings)
                    out.push(...findingDetail(f, options.linkBase));
            out.push('', '</details>', '');
        }
    }
    out.push(`<sub>${md(result.tool.name)} ${md(result.tool.version)} · config ${code(result.config.path)} sha256 ${code(result.config.sha256.slice(0, 12))}</sub>`);
    return `${out.join('\n')}\n`;
}

export { evidenceMarkdown, renderMarkdown };
