import { r as registrationFinder } from './tools.js';
import { P as PHASE_TITLES, i as isFileEvidence, b as cellText } from './capability-matrix.js';
import { m as md, c as code, b as mdKeepCode } from './dates.js';
import { g as groupByPhase, S as STATUS_ICON, s as someOf } from './group.js';
import { o as object, c as string, a as array, k as _enum, h as union, r as record, b as boolean, n as number, j as unknown, e as literal, w as toJSONSchema } from './catalogue.js';

// The go-live report: the record an approver signs off. GOLIVE-REPORT.md for
// people, golive-report.json for machines (including the fields the go-live
// review service accepts). Deterministic: the same inputs give the same bytes;
// the only time in it is the run date passed in.
const cellSchema = object({
    present: boolean(),
    sources: array(_enum(['declared', 'evidence'])),
    declared: string().optional(),
    evidence: array(string())
});
const evidenceSchema = union([
    object({ file: string(), line: number(), column: number(), note: string().optional() }),
    object({ api: string(), fact: string() })
]);
/** One tool name as the JSON result's `tools` array and the per-tool table list it (src/evidence/derived/tools.ts). */
const toolEntrySchema = object({
    name: string(),
    declared: boolean().describe('golive.yaml declares it'),
    served: boolean().nullable().describe('the server serves it (tools/list); null when no inventory was read'),
    registeredAt: object({ file: string(), line: number(), column: number() })
        .nullable()
        .describe('where the source registers it; null when not found'),
    annotations: object({
        readOnlyHint: boolean().optional(),
        destructiveHint: boolean().optional(),
        idempotentHint: boolean().optional(),
        openWorldHint: boolean().optional()
    })
        .optional()
        .describe('the hints the server set; absent: not annotated (or not asked)'),
    capabilities: record(string(), unknown()).optional().describe('per-tool capabilities, when known')
});
const reportSchema = object({
    report_version: literal('1.0'),
    server_info: object({
        server_name: string(),
        repository_url: string().nullable(),
        developer_email: string().nullable(),
        owner: string(),
        exposure: _enum(['internal', 'public']),
        zone: union([string(), number()])
    }),
    executive_summary: object({
        overall_status: _enum(['APPROVED', 'NEEDS_REVIEW', 'BLOCKED']),
        critical_issues_count: number().int(),
        blocking_issues_count: number().int(),
        verdict: _enum(['ready', 'blocked']),
        counts: record(string(), number().int())
    }),
    not_read: object({
        count: number().int(),
        by_reason: record(string(), number().int()),
        files: array(object({ path: string(), reason: string() }))
    })
        .describe('Files in the checkout the gate did not read (binary, undecodable, too deep, too large): the first 20'),
    excluded: object({ count: number().int(), files: array(string()) })
        .describe('Files golive.yaml paths.include/exclude left out: the first 20'),
    phase1_security: object({
        risk_level: _enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']),
        legs: object({ private_data: boolean(), untrusted_content: boolean(), external_communication: boolean() }),
        tools: array(object({
            name: string(),
            declared: object({
                privateData: string(),
                untrustedContent: string(),
                externalCommunication: string()
            }),
            found_in_source: string().nullable(),
            capabilities: object({ privateData: cellSchema, untrustedContent: cellSchema, externalCommunication: cellSchema })
                .optional()
        }))
    }),
    run: object({
        tool: object({ name: string(), version: string() }),
        date: string(),
        commit: string().nullable(),
        ref: string().nullable(),
        config: object({ path: string(), sha256: string(), effective: unknown() }),
        scope: _enum(['local', 'github'])
    }),
    phases: array(object({
        phase: string(),
        title: string(),
        checks: array(object({
            id: string(),
            level: string(),
            status: string(),
            findings: array(object({
                status: string(),
                message: string(),
                evidence: array(evidenceSchema),
                fix: string().optional(),
                reason: string().optional()
            }))
        }))
    })),
    waivers: array(object({
        check: string(),
        reason: string(),
        approvedBy: string(),
        expires: string(),
        current: boolean()
    })),
    attestations: array(object({
        check: string(),
        by: string(),
        date: string(),
        note: string().optional(),
        subject: string().optional()
    })),
    approvals: array(object({
        reviewer: string(),
        state: string(),
        submitted_at: string().nullable(),
        commit: string().nullable()
    })),
    tools: array(toolEntrySchema)
        .describe("One entry per tool name: declared, served, registered in source; the same entries as the JSON result's tools")
});
function reportJsonSchema() {
    return {
        $id: 'https://raw.githubusercontent.com/mcp-golive/mcp-golive/main/schema/golive-report.schema.json',
        title: 'golive-report.json',
        ...toJSONSchema(reportSchema, { target: 'draft-2020-12' })
    };
}
const cleanEvidence = (e) => isFileEvidence(e)
    ? { file: e.file, line: e.line, column: e.column, ...(e.note ? { note: e.note } : {}) }
    : { api: e.api, fact: e.fact };
/**
 * The trifecta's legs as its check emitted them; all present when the check gave none (it failed internally): unknown
 * is not low risk.
 */
function trifectaLegsOf(values) {
    const legs = values.get('security.trifecta')?.legs;
    return legs ?? { privateData: true, untrustedContent: true, externalCommunication: true };
}
function buildReport({ result, ctx, values, repositoryUrl = null, commit = null, ref = null }) {
    const legs = trifectaLegsOf(values);
    const present = [legs.privateData, legs.untrustedContent, legs.externalCommunication].filter(Boolean).length;
    const approval = result.findings.find((f) => f.check === 'report.approval');
    const overall = result.verdict === 'blocked' ? 'BLOCKED' : approval?.status === 'passed' ? 'APPROVED' : 'NEEDS_REVIEW';
    const open = result.findings.filter((f) => f.blocking);
    const registrationOf = registrationFinder(ctx.repo.source.tools.filter((t) => !t.isTest));
    const reviews = ctx.github?.reviews?.ok ? ctx.github.reviews.value : [];
    const matrix = new Map(result.capabilities.map((r) => [r.tool, r]));
    return {
        report_version: '1.0',
        server_info: {
            server_name: ctx.config.server.name,
            repository_url: repositoryUrl,
            developer_email: ctx.config.server.contact ?? null,
            owner: ctx.config.server.owner,
            exposure: ctx.config.server.exposure,
            zone: ctx.config.server.zone
        },
        executive_summary: {
            overall_status: overall,
            critical_issues_count: open.filter((f) => f.level === 'critical').length,
            blocking_issues_count: open.length,
            verdict: result.verdict,
            counts: { ...result.counts }
        },
        not_read: {
            count: result.notRead.count,
            by_reason: { ...result.notRead.byReason },
            files: result.notRead.files.map((f) => ({ path: f.path, reason: f.reason }))
        },
        excluded: { count: result.excluded.count, files: [...result.excluded.files] },
        phase1_security: {
            risk_level: present === 3 ? 'CRITICAL' : present === 2 ? 'HIGH' : present === 1 ? 'MEDIUM' : 'LOW',
            legs: {
                private_data: legs.privateData,
                untrusted_content: legs.untrustedContent,
                external_communication: legs.externalCommunication
            },
            tools: ctx.config.tools.map((t) => {
                const reg = registrationOf(t);
                return {
                    name: t.name,
                    declared: {
                        privateData: t.privateData,
                        untrustedContent: t.untrustedContent,
                        externalCommunication: t.externalCommunication
                    },
                    found_in_source: reg ? `${reg.at.file}:${reg.at.line}:${reg.at.column}` : null,
                    ...(matrix.has(t.name)
                        ? {
                            capabilities: {
                                privateData: matrix.get(t.name).privateData,
                                untrustedContent: matrix.get(t.name).untrustedContent,
                                externalCommunication: matrix.get(t.name).externalCommunication
                            }
                        }
                        : {})
                };
            })
        },
        run: {
            tool: result.tool,
            date: ctx.today,
            commit,
            ref,
            config: { path: result.config.path, sha256: result.config.sha256, effective: ctx.config },
            scope: result.scope
        },
        phases: groupByPhase(result.findings).map(({ phase, checks }) => ({
            phase,
            title: PHASE_TITLES[phase],
            checks: checks.map((c) => ({
                id: c.check,
                level: c.level,
                status: c.status,
                findings: c.findings.map((f) => ({
                    status: f.status,
                    message: f.message,
                    evidence: f.evidence.map(cleanEvidence),
                    ...(f.fix ? { fix: f.fix } : {}),
                    ...(f.reason ? { reason: f.reason } : {})
                }))
            }))
        })),
        waivers: ctx.config.waivers.map((w) => ({ ...w, current: w.expires >= ctx.today })),
        attestations: ctx.config.attestations.map((a) => ({ ...a })),
        approvals: reviews.map((r) => ({
            reviewer: r.user,
            state: r.state,
            submitted_at: r.submittedAt ?? null,
            commit: r.commitId ?? null
        })),
        tools: result.tools
    };
}
function renderReportJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
const yesNo = (b) => (b ? 'yes' : 'no');
/** "read-only, not destructive, open world": the hints a server set, in words; a missing hint is not evidence. */
function annotationText(t) {
    if (t.served === null)
        return 'not known';
    if (!t.served)
        return '';
    const a = t.annotations;
    if (!a || !Object.keys(a).length)
        return 'not annotated';
    const words = [];
    if (a.readOnlyHint !== undefined)
        words.push(a.readOnlyHint ? 'read-only' : 'not read-only');
    if (a.destructiveHint !== undefined)
        words.push(a.destructiveHint ? 'destructive' : 'not destructive');
    if (a.idempotentHint !== undefined)
        words.push(a.idempotentHint ? 'idempotent' : 'not idempotent');
    if (a.openWorldHint !== undefined)
        words.push(a.openWorldHint ? 'open world' : 'closed world');
    return words.join(', ');
}
/** The per-tool table: one row per entry of `tools`, with the declared capabilities beside it. */
function toolRows(report) {
    const declared = new Map(report.phase1_security.tools.map((t) => [t.name, t]));
    return report.tools.map((t) => {
        const d = declared.get(t.name);
        // The declared value, and where the leg is held from (declared, evidence in source) when it is.
        const cell = (leg) => `${d.declared[leg]}${d.capabilities?.[leg].present ? ` (${md(cellText(d.capabilities[leg]))})` : ''}`;
        const caps = d
            ? `${cell('privateData')} | ${cell('untrustedContent')} | ${cell('externalCommunication')}`
            : '— | — | —';
        const served = t.served === null ? 'not asked' : yesNo(t.served);
        const where = t.registeredAt
            ? code(`${t.registeredAt.file}:${t.registeredAt.line}:${t.registeredAt.column}`)
            : 'not found';
        return `| ${code(t.name)} | ${yesNo(t.declared)} | ${caps} | ${served} | ${where} | ${md(annotationText(t))} |`;
    });
}
/** Files the verdict does not cover: those not read, and those golive.yaml left out, each counted and named. */
function notCoveredSection(report) {
    const { not_read: notRead, excluded } = report;
    const out = ['## Files the verdict does not cover', ''];
    if (!notRead.count && !excluded.count)
        return [...out, 'Every file in the checkout was read, and paths.include/exclude left none out.', ''];
    if (notRead.count) {
        const why = Object.entries(notRead.by_reason)
            .map(([reason, n]) => `${n} ${reason}`)
            .join(', ');
        const item = (f) => `${code(f.path)} (${md(f.reason)})`;
        out.push(`${notRead.count} file${notRead.count === 1 ? ' was' : 's were'} not read (${md(why)}): ${someOf(notRead.files, notRead.count, notRead.files.length, item)}.`, '');
    }
    if (excluded.count)
        out.push(`Left out by paths.include/exclude: ${excluded.count} file${excluded.count === 1 ? '' : 's'}: ${someOf(excluded.files, excluded.count, excluded.files.length, code)}.`, '');
    return out;
}
function renderReportMarkdown(report) {
    const s = report.server_info;
    const e = report.executive_summary;
    const out = [
        `# Go-live report: ${md(s.server_name)}`,
        '',
        `**${e.overall_status}** — ${e.blocking_issues_count} blocking finding${e.blocking_issues_count === 1 ? '' : 's'} open${e.critical_issues_count ? ` (${e.critical_issues_count} of them critical)` : ''} · verdict ${e.verdict}${report.run.scope === 'local' ? ' (local evidence only: GitHub API facts not read)' : ''}`,
        '',
        '| | |',
        '|---|---|',
        `| Server | ${code(s.server_name)} |`,
        `| Owner | ${code(s.owner)} |`,
        `| Repository | ${s.repository_url ? code(s.repository_url) : 'not known'} |`,
        `| Commit | ${report.run.commit ? code(report.run.commit) : 'not known'}${report.run.ref ? ` (${code(report.run.ref)})` : ''} |`,
        `| Date | ${md(report.run.date)} |`,
        `| Exposure, zone | ${md(s.exposure)}, zone ${md(String(s.zone))} |`,
        `| Tool | ${md(report.run.tool.name)} ${md(report.run.tool.version)} |`,
        `| Configuration | ${code(report.run.config.path)} sha256 ${code(report.run.config.sha256)} |`,
        '',
        ...notCoveredSection(report),
        '## Phase 1 — the lethal trifecta, per tool',
        '',
        `Risk level **${report.phase1_security.risk_level}**: private data ${yesNo(report.phase1_security.legs.private_data)}, untrusted content ${yesNo(report.phase1_security.legs.untrusted_content)}, external communication ${yesNo(report.phase1_security.legs.external_communication)} (declared, raised by evidence).`,
        '',
        '| Tool | Declared | Private data | Untrusted content | External communication | Served | Found in source | Annotations |',
        '|---|---|---|---|---|---|---|---|',
        ...toolRows(report),
        ''
    ];
    for (const p of report.phases) {
        out.push(`## ${p.title}`, '');
        for (const c of p.checks) {
            out.push(`### ${STATUS_ICON[c.status] ?? ''} ${code(c.id)} — ${c.status} (${c.level})`, '');
            for (const f of c.findings) {
                out.push(`- **${f.status}**: ${mdKeepCode(f.message)}`);
                for (const ev of f.evidence.slice(0, 10))
                    out.push(`  - ${'file' in ev ? `${code(`${ev.file}:${ev.line}:${ev.column}`)}${ev.note ? ` — ${md(ev.note)}` : ''}` : `${code(ev.api)}: ${md(ev.fact)}`}`);
                if (f.reason)
                    out.push(`  - not verified because: ${md(f.reason)}`);
            }
            out.push('');
        }
    }
    out.push('## Waivers', '', ...(report.waivers.length
        ? [
            '| Check | Reason | Approved by | Expires | Current |',
            '|---|---|---|---|---|',
            ...report.waivers.map((w) => `| ${code(w.check)} | ${md(w.reason)} | ${code(w.approvedBy)} | ${md(w.expires)} | ${yesNo(w.current)} |`)
        ]
        : ['None.']), '');
    out.push('## Attestations', '', ...(report.attestations.length
        ? [
            '| Check | By | Date | Subject | Note |',
            '|---|---|---|---|---|',
            ...report.attestations.map((a) => `| ${code(a.check)} | ${code(a.by)} | ${md(a.date)} | ${a.subject ? code(a.subject) : ''} | ${md(a.note ?? '')} |`)
        ]
        : ['None.']), '');
    out.push('## Approvals', '', ...(report.approvals.length
        ? [
            '| Reviewer | State | Submitted | Commit |',
            '|---|---|---|---|',
            ...report.approvals.map((a) => `| ${code(a.reviewer)} | ${md(a.state)} | ${md(a.submitted_at ?? '')} | ${a.commit ? code(a.commit.slice(0, 12)) : ''} |`)
        ]
        : [report.run.scope === 'local' ? 'Not read (local run without a token).' : 'None on this run.']), '');
    return `${out.join('\n')}`;
}

export { buildReport, renderReportJson, renderReportMarkdown, reportJsonSchema, reportSchema, toolEntrySchema };
