import { c as PHASE_TITLES, i as isFileEvidence } from './findings.js';
import { c as code, m as md, a as mdKeepCode, f as fixMarkdown } from './escape.js';
import { b as cellText } from './capability-matrix.js';
import { g as groupByPhase, S as STATUS_ICON, n as notReadSummary } from './group.js';
import './catalogue.js';

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
/** Tools shown in the comment's capability table; the JSON result has all. */
const MAX_TOOL_ROWS = 30;
function renderMarkdown(result, options = {}) {
    const out = [];
    const icon = result.verdict === 'ready' ? '✅' : '⛔';
    out.push(`## ${icon} ${options.heading ?? 'MCP go-live'}: ${result.verdict === 'ready' ? 'ready' : 'blocked'}`);
    out.push('');
    const counts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(' · ');
    out.push(`**${result.blocking}** blocking · ${counts}${result.scope === 'local' ? ' · local evidence only (GitHub API facts not read)' : ''}`);
    out.push('');
    // The trifecta per tool, compact: only tools holding a leg, each cell saying where it comes from.
    const holding = (result.capabilities ?? []).filter((r) => r.privateData.present || r.untrustedContent.present || r.externalCommunication.present);
    if (holding.length) {
        out.push('| Tool | Private data | Untrusted content | External communication |', '|---|---|---|---|');
        for (const r of holding.slice(0, MAX_TOOL_ROWS))
            out.push(`| ${code(r.tool)} | ${md(cellText(r.privateData))} | ${md(cellText(r.untrustedContent))} | ${md(cellText(r.externalCommunication))} |`);
        if (holding.length > MAX_TOOL_ROWS)
            out.push(`| … and ${holding.length - MAX_TOOL_ROWS} more (see the JSON result) | | | |`);
        out.push('');
    }
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
    const notRead = notReadSummary(result);
    if (notRead)
        out.push(`> ${md(notRead)}: the verdict does not cover them (${result.notRead.files.slice(0, 5).map((f) => code(f.path)).join(', ')}${result.notRead.count > 5 ? ', …' : ''}).`, '');
    out.push(`<sub>${md(result.tool.name)} ${md(result.tool.version)} · config ${code(result.config.path)} sha256 ${code(result.config.sha256.slice(0, 12))}</sub>`);
    return `${out.join('\n')}\n`;
}
/** The job summary is dropped, not truncated, over 1 MiB: stay under it. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024;
/** The step summary within SUMMARY_LIMIT bytes: cut at a character boundary, with a line saying where the rest is. */
function fitSummary(markdown) {
    if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT)
        return markdown;
    // A streaming decode leaves out a character the cut split (`.replace(/\uFFFD*$/, '')` did, in
    // quadratic time on a run of U+FFFD, and took genuine ones with it).
    const head = new TextDecoder().decode(Buffer.from(markdown).subarray(0, SUMMARY_LIMIT - 200), { stream: true });
    return `${head}\n\n… (truncated: the full result is in the JSON file)\n`;
}

export { SUMMARY_LIMIT, evidenceMarkdown, fitSummary, renderMarkdown };
