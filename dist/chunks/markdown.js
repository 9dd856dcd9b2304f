import { i as isFileEvidence, b as cellText, P as PHASE_TITLES } from './capability-matrix.js';
import { a as TOOL_VERSION } from './version.js';
import { c as code, m as md, b as mdKeepCode, d as fixMarkdown } from './dates.js';
import { g as groupByPhase, S as STATUS_ICON, n as notReadSummary, s as someOf, e as excludedSummary } from './group.js';
import { o as object, a as array, c as string, e as literal, h as union, b as boolean } from './catalogue.js';

// "New in this PR": the blocking findings of this run compared with the base
// branch's, by a key that survives edits elsewhere in a file (no line numbers).
// The base comes as a digest stored on its commit's check run, or as a full
// JSON result file; either is untrusted text and is parsed, never believed.
/**
 * A finding's stable key: check id, status, and its first piece of evidence (a file path, or the
 * API endpoint), without line or column, which shift with every edit above them.
 */
function findingKey(f) {
    const first = f.evidence[0];
    const where = first ? (isFileEvidence(first) ? first.file : first.api) : '';
    return `${f.check}|${f.status}|${where}`;
}
/** The distinct keys of a result's blocking findings, sorted. */
function blockingKeys(result) {
    return [...new Set(result.findings.filter((f) => f.blocking).map(findingKey))].sort();
}
/** Checks whose every finding is `not applicable`. */
function notJudgedChecks(result) {
    const judged = new Set(result.findings.filter((f) => f.status !== 'not applicable').map((f) => f.check));
    return [...new Set(result.findings.map((f) => f.check))].filter((c) => !judged.has(c)).sort();
}
function compare(head, base, source) {
    const now = blockingKeys(head);
    const before = new Set(base.keys);
    const current = new Set(now);
    const notJudged = new Set(base.notJudged);
    return {
        base: { sha: base.sha, source },
        newBlocking: now.filter((k) => !before.has(k) && !notJudged.has(k.slice(0, k.indexOf('|')))),
        resolved: [...before].filter((k) => !current.has(k)).sort()
    };
}
const DIGEST_HEAD = '<!-- mcp-golive:base-digest v1 ';
const DIGEST_TAIL = ' -->';
/**
 * The check run's `output.text` takes at most 65,535 characters; a digest that does not fit is not stored (a partial
 * one would claim findings new).
 */
const DIGEST_LIMIT = 60_000;
const digestShape = object({
    v: literal(1),
    sha: string().max(64).nullable(),
    config: string().max(4096).nullable(),
    blocking: array(string().max(8192)).max(50_000),
    notJudged: array(string().max(200)).max(1000).default([])
});
/**
 * The digest stored on this run's check run, for pull requests based on this commit: the keys of the
 * blocking findings only (no message, no snippet: nothing a check quoted from the repository but a
 * path), in a hidden comment. `<` and `>` are written as JSON escapes so no key can close the comment.
 * Undefined when it does not fit.
 */
function digestText(result, sha) {
    const json = JSON.stringify({
        v: 1,
        sha,
        config: result.config.path,
        blocking: blockingKeys(result),
        notJudged: notJudgedChecks(result)
    })
        .replaceAll('<', '\\u003c')
        .replaceAll('>', '\\u003e');
    const text = `${DIGEST_HEAD}${json}${DIGEST_TAIL}\n`;
    return text.length <= DIGEST_LIMIT ? text : undefined;
}
/** The digest in a check run's `output.text`, or why there is none. */
function parseDigest(text) {
    if (typeof text !== 'string' || !text)
        return { ok: false, why: 'the check run has no output text' };
    const start = text.indexOf(DIGEST_HEAD);
    if (start < 0)
        return { ok: false, why: 'the check run holds no result digest' };
    const end = text.indexOf(DIGEST_TAIL, start + DIGEST_HEAD.length);
    if (end < 0)
        return { ok: false, why: 'the result digest is cut off' };
    let data;
    try {
        data = JSON.parse(text.slice(start + DIGEST_HEAD.length, end));
    }
    catch (e) {
        return { ok: false, why: `the result digest is not JSON (${e.message})` };
    }
    const parsed = digestShape.safeParse(data);
    if (!parsed.success)
        return {
            ok: false,
            why: `the result digest has an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'top level'}: ${parsed.error.issues[0]?.message})`
        };
    return {
        ok: true,
        base: {
            sha: parsed.data.sha,
            configPath: parsed.data.config,
            keys: parsed.data.blocking,
            notJudged: parsed.data.notJudged
        }
    };
}
const resultShape = object({
    schemaVersion: literal(1),
    config: object({ path: string() }).partial().optional(),
    findings: array(object({
        check: string(),
        status: string(),
        blocking: boolean().optional(),
        evidence: array(union([object({ file: string() }), object({ api: string() })])).default([])
    }))
});
/**
 * A JSON result file (`golive-result.json` of the base checkout), as the base; the message says which field is wrong.
 */
function parseBaseResult(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        return { ok: false, why: `not JSON (${e.message})` };
    }
    const parsed = resultShape.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
            ok: false,
            why: `not a mcp-golive result (schemaVersion 1): ${issue?.path.join('.') || 'top level'}: ${issue?.message}`
        };
    }
    const findings = parsed.data.findings;
    return {
        ok: true,
        base: {
            sha: null,
            configPath: parsed.data.config?.path ?? null,
            keys: blockingKeys({ findings: findings }),
            notJudged: notJudgedChecks({ findings: findings })
        }
    };
}
/** A key's parts (the place may itself hold a `|`). */
function keyParts(key) {
    const a = key.indexOf('|');
    const b = key.indexOf('|', a + 1);
    return a < 0 || b < 0
        ? { check: key, status: '', where: '' }
        : { check: key.slice(0, a), status: key.slice(a + 1, b), where: key.slice(b + 1) };
}
/** "2 new blocking, 1 resolved" for the headline; empty without a base. */
function comparisonLine(result) {
    const c = result.comparison;
    if (!c)
        return '';
    return `${c.newBlocking.length} new blocking, ${c.resolved.length} resolved`;
}
/** Whether any of these findings is blocking and new in this pull request. */
function hasNewBlocking(result, findings) {
    const c = result.comparison;
    if (!c?.newBlocking.length)
        return false;
    const fresh = new Set(c.newBlocking);
    return findings.some((f) => f.blocking && fresh.has(findingKey(f)));
}

// The Markdown checklist: the PR comment, the check run's summary and the job
// summary. What blocks comes first, one line per check; the phases follow,
// collapsed. Every repository-supplied string goes through escape.ts.
/** Where `explain`'s pages are published, for the release that made this result. */
const CHECK_DOCS_BASE = `https://github.com/mcp-golive/mcp-golive/blob/v${TOOL_VERSION}/docs/checks`;
const checkDocsUrl = (check) => `${CHECK_DOCS_BASE}/${encodeURIComponent(check)}.md`;
/** At most `max` characters of a repository string, before it is escaped (so an escape is never split). */
function clip(text, max) {
    const s = String(text);
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function evidenceMarkdown(e, linkBase) {
    if (isFileEvidence(e)) {
        const where = clip(`${e.file}:${e.line}:${e.column}`, 300);
        const note = e.note ? ` — ${md(clip(e.note, 300))}` : '';
        if (linkBase)
            return `[${code(where)}](${linkBase}/${e.file.split('/').map(encodeURIComponent).join('/')}#L${e.line})${note}`;
        return `${code(where)}${note}`;
    }
    return `${code(clip(e.api, 200))}: ${md(clip(e.fact, 300))}`;
}
const LEVELS = [
    {
        findings: Infinity,
        evidence: 10,
        fixes: true,
        passedEvidence: true,
        checkDetail: true,
        summaryChars: 300,
        messageChars: 2000
    },
    {
        findings: Infinity,
        evidence: 10,
        fixes: true,
        passedEvidence: false,
        checkDetail: true,
        summaryChars: 300,
        messageChars: 2000,
        cut: 'the evidence of passed checks'
    },
    {
        findings: 10,
        evidence: 5,
        fixes: true,
        passedEvidence: false,
        checkDetail: true,
        summaryChars: 300,
        messageChars: 1000,
        cut: 'findings past the first 10 of each check and the evidence of passed checks'
    },
    {
        findings: 3,
        evidence: 3,
        fixes: true,
        passedEvidence: false,
        checkDetail: true,
        summaryChars: 240,
        messageChars: 600,
        cut: 'findings past the first 3 of each check and the evidence of passed checks'
    },
    {
        findings: 1,
        evidence: 1,
        fixes: false,
        passedEvidence: false,
        checkDetail: true,
        summaryChars: 200,
        messageChars: 300,
        cut: 'findings past the first of each check, the fixes and the evidence of passed checks'
    },
    {
        findings: 0,
        evidence: 0,
        fixes: false,
        passedEvidence: false,
        checkDetail: false,
        summaryChars: 160,
        messageChars: 0,
        cut: 'every check’s findings, evidence and fixes (the tables and the blocking list are complete)'
    },
    {
        findings: 0,
        evidence: 0,
        fixes: false,
        passedEvidence: false,
        checkDetail: false,
        summaryChars: 60,
        messageChars: 0,
        cut: 'every check’s findings, evidence and fixes, and the summaries past 60 characters'
    }
];
function findingDetail(f, d, linkBase) {
    const out = [];
    out.push(`- ${STATUS_ICON[f.status]} **${f.status}** — ${mdKeepCode(clip(f.message, d.messageChars))}`);
    for (const e of f.evidence.slice(0, d.evidence))
        out.push(`  - ${evidenceMarkdown(e, linkBase)}`);
    const more = f.evidence.length - Math.min(d.evidence, f.evidence.length) + (f.omittedEvidence ?? 0);
    if (more > 0)
        out.push(`  - +${more} more`);
    if (f.reason)
        out.push(`  - not verified because: ${md(clip(f.reason, 500))}`);
    if (f.waiver)
        out.push(`  - waived by ${code(clip(f.waiver.approvedBy, 100))} until ${md(f.waiver.expires)}: ${md(clip(f.waiver.reason, 500))}`);
    if (f.attestation)
        out.push(`  - attested by ${code(clip(f.attestation.by, 100))} on ${md(f.attestation.date)}${f.attestation.note ? `: ${md(clip(f.attestation.note, 500))}` : ''}`);
    return out;
}
/** Resolved findings named in the body; the JSON result has all. */
const MAX_RESOLVED_LINES = 10;
/** Tools shown in the comment's capability table; the JSON result has all. */
const MAX_TOOL_ROWS = 30;
/** Check-level counts: how many of the checks are in each status (a check's status is its worst finding's). */
function checkCounts(result) {
    const groups = groupByPhase(result.findings).flatMap((p) => p.checks);
    const byStatus = {};
    for (const c of groups)
        byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    const blocking = blockingChecks(groups);
    return { total: groups.length, byStatus, blocking, critical: blocking.filter((c) => c.level === 'critical').length };
}
/** Checks with a blocking finding, critical first, in phase order otherwise. */
function blockingChecks(groups) {
    const open = groups.filter((c) => c.findings.some((f) => f.blocking));
    return [...open.filter((c) => c.level === 'critical'), ...open.filter((c) => c.level !== 'critical')];
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "9 of 33 checks block (3 critical) · 36 findings open", the one sentence every surface leads with. */
function verdictLine(result) {
    const c = checkCounts(result);
    // Only with a base result: without one the gate claims nothing about what this PR changed.
    const compared = result.comparison ? ` · ${comparisonLine(result)}` : '';
    if (result.verdict === 'ready')
        return `all ${plural(c.total, 'check')} pass or are covered${compared}`;
    return `${c.blocking.length} of ${plural(c.total, 'check')} block${c.critical ? ` (${c.critical} critical)` : ''} · ${plural(result.blocking, 'blocking finding')}${compared}`;
}
function statusCounts(byStatus) {
    return Object.entries(byStatus)
        .sort(([a], [b]) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))
        .map(([s, n]) => `${n} ${s}`)
        .join(' · ');
}
const STATUS_ORDER = ['failed', 'not verified', 'warning', 'waived', 'attested', 'passed', 'not applicable'];
function blockingLine(c, d, linkBase, result) {
    const open = c.findings.filter((f) => f.blocking);
    const head = open[0];
    const where = head.evidence[0] ? ` — ${evidenceMarkdown(head.evidence[0], linkBase)}` : '';
    const more = open.length > 1 ? ` · ${open.length} blocking findings` : '';
    const mark = c.level === 'critical' ? '🛑 **critical**' : `${STATUS_ICON[head.status]} blocking`;
    const fresh = result && hasNewBlocking(result, open) ? '🆕 **new** ' : '';
    return `- ${fresh}${mark} [${code(c.check)}](${checkDocsUrl(c.check)}) ${head.status}: ${mdKeepCode(clip(head.message, d.summaryChars))}${where}${more}`;
}
/**
 * The checklist at the most detailed level that fits `limit`; the blocking list and every phase's table are always
 * there.
 */
function renderMarkdown(result, options = {}) {
    const measure = options.measure ?? ((s) => s.length);
    let body = '';
    for (const [i, d] of LEVELS.entries()) {
        // The last level is kept whatever it measures: it has no per-check detail left to cut.
        const rendered = renderAt(result, d, options, i === LEVELS.length - 1 ? undefined : options.limit);
        if (rendered === undefined)
            continue;
        body = rendered;
        if (options.limit === undefined || measure(body) <= options.limit)
            return body;
    }
    return body;
}
/**
 * The body at one level of detail, or undefined as soon as it is longer than `stopAt` characters (a character is at
 * least a byte, so this holds for either measure).
 */
function renderAt(result, d, options, stopAt) {
    const out = [];
    let length = 0;
    let counted = 0;
    const tooLong = () => {
        if (stopAt === undefined)
            return false;
        for (; counted < out.length; counted++)
            length += out[counted].length + 1;
        return length > stopAt;
    };
    const counts = checkCounts(result);
    const icon = result.verdict === 'ready' ? '✅' : '⛔';
    out.push(`## ${icon} ${options.heading ?? 'MCP go-live'}: ${result.verdict === 'ready' ? 'ready' : 'blocked'} — ${verdictLine(result)}`);
    out.push('');
    const findings = result.findings.length;
    out.push(`Checks: ${statusCounts(counts.byStatus)} (${plural(findings, 'finding')})${result.scope === 'local' ? ' · local evidence only (GitHub API facts not read)' : ''}`);
    out.push('');
    if (counts.blocking.length) {
        out.push(`### Blocking (${plural(counts.blocking.length, 'check')})`, '');
        for (const c of counts.blocking)
            out.push(blockingLine(c, d, options.linkBase, result));
    }
    const resolved = result.comparison?.resolved ?? [];
    if (resolved.length) {
        out.push('', `### Resolved in this PR (${resolved.length} blocking finding${resolved.length === 1 ? '' : 's'} of the base)`, '');
        for (const k of resolved.slice(0, MAX_RESOLVED_LINES)) {
            const { check, status, where } = keyParts(k);
            out.push(`- ✅ ${code(check)} was ${md(status)}${where ? ` at ${code(clip(where, 300))}` : ''}`);
        }
        if (resolved.length > MAX_RESOLVED_LINES)
            out.push(`- +${resolved.length - MAX_RESOLVED_LINES} more (see the JSON result)`);
    }
    // The trifecta per tool, compact: only tools holding a leg, each cell saying where it comes from.
    const holding = (result.capabilities ?? []).filter((r) => r.privateData.present || r.untrustedContent.present || r.externalCommunication.present);
    if (holding.length) {
        const held = (r) => [r.privateData, r.untrustedContent, r.externalCommunication].filter((c) => c.present).length;
        out.push('', `<details><summary>Tools holding a trifecta leg (${holding.length})</summary>`, '');
        out.push('| Tool | Legs held | Private data | Untrusted content | External communication |', '|---|---|---|---|---|');
        for (const r of holding.slice(0, MAX_TOOL_ROWS))
            out.push(`| ${code(r.tool)} | ${held(r)} of 3 | ${md(cellText(r.privateData))} | ${md(cellText(r.untrustedContent))} | ${md(cellText(r.externalCommunication))} |`);
        if (holding.length > MAX_TOOL_ROWS)
            out.push(`| … and ${holding.length - MAX_TOOL_ROWS} more (see the JSON result) | | | | |`);
        out.push('', '</details>', '');
    }
    for (const { phase, checks } of groupByPhase(result.findings)) {
        const phaseCounts = {};
        for (const c of checks)
            phaseCounts[c.status] = (phaseCounts[c.status] ?? 0) + 1;
        out.push(`<details><summary>${PHASE_TITLES[phase]} — ${statusCounts(phaseCounts)}</summary>`, '');
        out.push('| | Check | Level | Status | Summary |', '|---|---|---|---|---|');
        for (const c of checks) {
            const head = c.findings.find((f) => f.status === c.status) ?? c.findings[0];
            out.push(`| ${STATUS_ICON[c.status]} | ${code(c.check)} | ${c.level} | ${c.status} | ${mdKeepCode(clip(head.message, d.summaryChars))}${c.findings.length > 1 ? ` (+${c.findings.length - 1})` : ''} |`);
        }
        out.push('');
        if (d.checkDetail) {
            for (const c of checks) {
                const open = c.findings.some((f) => f.blocking ||
                    f.status === 'warning' ||
                    f.status === 'waived' ||
                    f.status === 'attested' ||
                    f.status === 'not verified');
                if (!open && !d.passedEvidence)
                    continue;
                const shown = c.findings.slice(0, d.findings);
                if (!shown.length)
                    continue;
                out.push(`**${code(c.check)}** — ${c.status}`, '');
                for (const f of shown)
                    out.push(...findingDetail(f, d, options.linkBase));
                if (shown.length < c.findings.length)
                    out.push(`- +${c.findings.length - shown.length} more`);
                const fix = d.fixes ? c.findings.find((f) => f.fix && (f.blocking || f.status === 'warning'))?.fix : undefined;
                if (fix)
                    out.push('', '<details><summary>How to fix</summary>', '', fixMarkdown(clip(fix, 4000)), '', '</details>');
                out.push('');
                if (tooLong())
                    return undefined;
            }
        }
        out.push('</details>', '');
    }
    const notRead = notReadSummary(result);
    const inCode = (p) => code(clip(p, 200));
    if (notRead)
        out.push(`> ${md(notRead)}: the verdict does not cover them (${someOf(result.notRead.files.map((f) => f.path), result.notRead.count, 5, inCode)}).`, '');
    const excluded = excludedSummary(result);
    if (excluded)
        out.push(`> ${excluded} (${someOf(result.excluded.files, result.excluded.count, 5, inCode)}).`, '');
    if (d.cut) {
        const where = options.summaryUrl ? `the [run’s page](${options.summaryUrl})` : 'the workflow run';
        out.push(`> ✂️ Shortened to fit ${options.surface ? `the ${options.surface}` : 'the limit'}: left out ${d.cut}. The full checklist and report are in the \`.golive/\` folder, uploaded as the \`golive-report\` artifact of ${where}; \`npx mcp-golive check\` shows them locally.`, '');
    }
    out.push(`<sub>${md(result.tool.name)} ${md(result.tool.version)} · config ${code(clip(result.config.path, 200))} sha256 ${code(result.config.sha256.slice(0, 12))}</sub>`);
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

export { SUMMARY_LIMIT as S, compare as a, parseBaseResult as b, checkCounts as c, digestText as d, blockingChecks as e, fitSummary as f, hasNewBlocking as h, parseDigest as p, renderMarkdown as r, verdictLine as v };
