// The go-live report: the record an approver signs off. GOLIVE-REPORT.md for
// people, golive-report.json for machines (including the fields the go-live
// review service accepts). Deterministic: the same inputs give the same bytes;
// the only time in it is the run date passed in.
import { z } from 'zod'
import { registrationFinder } from '../evidence/derived/tools.js'
import type { CheckContext } from '../check.js'
import type { RunResult } from '../engine.js'
import { isFileEvidence, PHASE_TITLES, type Evidence } from '../findings.js'
import { cellText } from '../evidence/derived/capability-matrix.js'
import { code, md, mdKeepCode } from './escape.js'
import { groupByPhase, someOf, STATUS_ICON } from './group.js'

const cellSchema = z.object({
  present: z.boolean(),
  sources: z.array(z.enum(['declared', 'evidence'])),
  declared: z.string().optional(),
  evidence: z.array(z.string())
})
const evidenceSchema = z.union([
  z.object({ file: z.string(), line: z.number(), column: z.number(), note: z.string().optional() }),
  z.object({ api: z.string(), fact: z.string() })
])

/** One tool name as the JSON result's `tools` array and the per-tool table list it (src/evidence/derived/tools.ts). */
export const toolEntrySchema = z.object({
  name: z.string(),
  declared: z.boolean().describe('golive.yaml declares it'),
  served: z.boolean().nullable().describe('the server serves it (tools/list); null when no inventory was read'),
  registeredAt: z
    .object({ file: z.string(), line: z.number(), column: z.number() })
    .nullable()
    .describe('where the source registers it; null when not found'),
  annotations: z
    .object({
      readOnlyHint: z.boolean().optional(),
      destructiveHint: z.boolean().optional(),
      idempotentHint: z.boolean().optional(),
      openWorldHint: z.boolean().optional()
    })
    .optional()
    .describe('the hints the server set; absent: not annotated (or not asked)'),
  capabilities: z.record(z.string(), z.unknown()).optional().describe('per-tool capabilities, when known')
})

export const reportSchema = z.object({
  report_version: z.literal('1.0'),
  server_info: z.object({
    server_name: z.string(),
    repository_url: z.string().nullable(),
    developer_email: z.string().nullable(),
    owner: z.string(),
    exposure: z.enum(['internal', 'public']),
    zone: z.union([z.string(), z.number()])
  }),
  executive_summary: z.object({
    overall_status: z.enum(['APPROVED', 'NEEDS_REVIEW', 'BLOCKED']),
    critical_issues_count: z.number().int(),
    blocking_issues_count: z.number().int(),
    verdict: z.enum(['ready', 'blocked']),
    counts: z.record(z.string(), z.number().int())
  }),
  not_read: z
    .object({
      count: z.number().int(),
      by_reason: z.record(z.string(), z.number().int()),
      files: z.array(z.object({ path: z.string(), reason: z.string() }))
    })
    .describe('Files in the checkout the gate did not read (binary, undecodable, too deep, too large): the first 20'),
  excluded: z
    .object({ count: z.number().int(), files: z.array(z.string()) })
    .describe('Files golive.yaml paths.include/exclude left out: the first 20'),
  phase1_security: z.object({
    risk_level: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']),
    legs: z.object({ private_data: z.boolean(), untrusted_content: z.boolean(), external_communication: z.boolean() }),
    tools: z.array(
      z.object({
        name: z.string(),
        declared: z.object({
          privateData: z.string(),
          untrustedContent: z.string(),
          externalCommunication: z.string()
        }),
        found_in_source: z.string().nullable(),
        capabilities: z
          .object({ privateData: cellSchema, untrustedContent: cellSchema, externalCommunication: cellSchema })
          .optional()
      })
    )
  }),
  run: z.object({
    tool: z.object({ name: z.string(), version: z.string() }),
    date: z.string(),
    commit: z.string().nullable(),
    ref: z.string().nullable(),
    config: z.object({ path: z.string(), sha256: z.string(), effective: z.unknown() }),
    scope: z.enum(['local', 'github'])
  }),
  phases: z.array(
    z.object({
      phase: z.string(),
      title: z.string(),
      checks: z.array(
        z.object({
          id: z.string(),
          level: z.string(),
          status: z.string(),
          findings: z.array(
            z.object({
              status: z.string(),
              message: z.string(),
              evidence: z.array(evidenceSchema),
              fix: z.string().optional(),
              reason: z.string().optional()
            })
          )
        })
      )
    })
  ),
  waivers: z.array(
    z.object({
      check: z.string(),
      reason: z.string(),
      approvedBy: z.string(),
      expires: z.string(),
      current: z.boolean()
    })
  ),
  attestations: z.array(
    z.object({
      check: z.string(),
      by: z.string(),
      date: z.string(),
      note: z.string().optional(),
      subject: z.string().optional()
    })
  ),
  approvals: z.array(
    z.object({
      reviewer: z.string(),
      state: z.string(),
      submitted_at: z.string().nullable(),
      commit: z.string().nullable()
    })
  ),
  tools: z
    .array(toolEntrySchema)
    .describe(
      "One entry per tool name: declared, served, registered in source; the same entries as the JSON result's tools"
    )
})

export type GoLiveReport = z.infer<typeof reportSchema>

export function reportJsonSchema(): unknown {
  return {
    $id: 'https://raw.githubusercontent.com/mcp-golive/mcp-golive/main/schema/golive-report.schema.json',
    title: 'golive-report.json',
    ...(z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as object)
  }
}

export interface ReportInputs {
  result: RunResult
  ctx: CheckContext
  /** The structured values the checks' outcomes carried, by check id (GateRun.values). */
  values: ReadonlyMap<string, Record<string, unknown>>
  repositoryUrl?: string | null
  commit?: string | null
  ref?: string | null
}

const cleanEvidence = (e: Evidence) =>
  isFileEvidence(e)
    ? { file: e.file, line: e.line, column: e.column, ...(e.note ? { note: e.note } : {}) }
    : { api: e.api, fact: e.fact }

/**
 * The trifecta's legs as its check emitted them; all present when the check gave none (it failed internally): unknown
 * is not low risk.
 */
function trifectaLegsOf(values: ReportInputs['values']): TrifectaLegValues {
  const legs = values.get('security.trifecta')?.legs as TrifectaLegValues | undefined
  return legs ?? { privateData: true, untrustedContent: true, externalCommunication: true }
}

interface TrifectaLegValues {
  privateData: boolean
  untrustedContent: boolean
  externalCommunication: boolean
}

export function buildReport({
  result,
  ctx,
  values,
  repositoryUrl = null,
  commit = null,
  ref = null
}: ReportInputs): GoLiveReport {
  const legs = trifectaLegsOf(values)
  const present = [legs.privateData, legs.untrustedContent, legs.externalCommunication].filter(Boolean).length
  const approval = result.findings.find((f) => f.check === 'report.approval')
  const overall = result.verdict === 'blocked' ? 'BLOCKED' : approval?.status === 'passed' ? 'APPROVED' : 'NEEDS_REVIEW'
  const open = result.findings.filter((f) => f.blocking)
  const registrationOf = registrationFinder(ctx.repo.source.tools.filter((t) => !t.isTest))
  const reviews = ctx.github?.reviews?.ok ? ctx.github.reviews.value : []
  const matrix = new Map(result.capabilities.map((r) => [r.tool, r]))
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
        const reg = registrationOf(t)
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
                  privateData: matrix.get(t.name)!.privateData,
                  untrustedContent: matrix.get(t.name)!.untrustedContent,
                  externalCommunication: matrix.get(t.name)!.externalCommunication
                }
              }
            : {})
        }
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
  }
}

export function renderReportJson(report: GoLiveReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no')

/** "read-only, not destructive, open world": the hints a server set, in words; a missing hint is not evidence. */
function annotationText(t: GoLiveReport['tools'][number]): string {
  if (t.served === null) return 'not known'
  if (!t.served) return ''
  const a = t.annotations
  if (!a || !Object.keys(a).length) return 'not annotated'
  const words: string[] = []
  if (a.readOnlyHint !== undefined) words.push(a.readOnlyHint ? 'read-only' : 'not read-only')
  if (a.destructiveHint !== undefined) words.push(a.destructiveHint ? 'destructive' : 'not destructive')
  if (a.idempotentHint !== undefined) words.push(a.idempotentHint ? 'idempotent' : 'not idempotent')
  if (a.openWorldHint !== undefined) words.push(a.openWorldHint ? 'open world' : 'closed world')
  return words.join(', ')
}

/** The per-tool table: one row per entry of `tools`, with the declared capabilities beside it. */
function toolRows(report: GoLiveReport): string[] {
  const declared = new Map(report.phase1_security.tools.map((t) => [t.name, t]))
  return report.tools.map((t) => {
    const d = declared.get(t.name)
    // The declared value, and where the leg is held from (declared, evidence in source) when it is.
    const cell = (leg: 'privateData' | 'untrustedContent' | 'externalCommunication') =>
      `${d!.declared[leg]}${d!.capabilities?.[leg].present ? ` (${md(cellText(d!.capabilities[leg]))})` : ''}`
    const caps = d
      ? `${cell('privateData')} | ${cell('untrustedContent')} | ${cell('externalCommunication')}`
      : '— | — | —'
    const served = t.served === null ? 'not asked' : yesNo(t.served)
    const where = t.registeredAt
      ? code(`${t.registeredAt.file}:${t.registeredAt.line}:${t.registeredAt.column}`)
      : 'not found'
    return `| ${code(t.name)} | ${yesNo(t.declared)} | ${caps} | ${served} | ${where} | ${md(annotationText(t))} |`
  })
}

/** Files the verdict does not cover: those not read, and those golive.yaml left out, each counted and named. */
function notCoveredSection(report: GoLiveReport): string[] {
  const { not_read: notRead, excluded } = report
  const out = ['## Files the verdict does not cover', '']
  if (!notRead.count && !excluded.count)
    return [...out, 'Every file in the checkout was read, and paths.include/exclude left none out.', '']
  if (notRead.count) {
    const why = Object.entries(notRead.by_reason)
      .map(([reason, n]) => `${n} ${reason}`)
      .join(', ')
    const item = (f: (typeof notRead.files)[number]) => `${code(f.path)} (${md(f.reason)})`
    out.push(
      `${notRead.count} file${notRead.count === 1 ? ' was' : 's were'} not read (${md(why)}): ${someOf(notRead.files, notRead.count, notRead.files.length, item)}.`,
      ''
    )
  }
  if (excluded.count)
    out.push(
      `Left out by paths.include/exclude: ${excluded.count} file${excluded.count === 1 ? '' : 's'}: ${someOf(excluded.files, excluded.count, excluded.files.length, code)}.`,
      ''
    )
  return out
}

export function renderReportMarkdown(report: GoLiveReport): string {
  const s = report.server_info
  const e = report.executive_summary
  const out: string[] = [
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
  ]
  for (const p of report.phases) {
    out.push(`## ${p.title}`, '')
    for (const c of p.checks) {
      out.push(
        `### ${STATUS_ICON[c.status as keyof typeof STATUS_ICON] ?? ''} ${code(c.id)} — ${c.status} (${c.level})`,
        ''
      )
      for (const f of c.findings) {
        out.push(`- **${f.status}**: ${mdKeepCode(f.message)}`)
        for (const ev of f.evidence.slice(0, 10))
          out.push(
            `  - ${'file' in ev ? `${code(`${ev.file}:${ev.line}:${ev.column}`)}${ev.note ? ` — ${md(ev.note)}` : ''}` : `${code(ev.api)}: ${md(ev.fact)}`}`
          )
        if (f.reason) out.push(`  - not verified because: ${md(f.reason)}`)
      }
      out.push('')
    }
  }
  out.push(
    '## Waivers',
    '',
    ...(report.waivers.length
      ? [
          '| Check | Reason | Approved by | Expires | Current |',
          '|---|---|---|---|---|',
          ...report.waivers.map(
            (w) =>
              `| ${code(w.check)} | ${md(w.reason)} | ${code(w.approvedBy)} | ${md(w.expires)} | ${yesNo(w.current)} |`
          )
        ]
      : ['None.']),
    ''
  )
  out.push(
    '## Attestations',
    '',
    ...(report.attestations.length
      ? [
          '| Check | By | Date | Subject | Note |',
          '|---|---|---|---|---|',
          ...report.attestations.map(
            (a) =>
              `| ${code(a.check)} | ${code(a.by)} | ${md(a.date)} | ${a.subject ? code(a.subject) : ''} | ${md(a.note ?? '')} |`
          )
        ]
      : ['None.']),
    ''
  )
  out.push(
    '## Approvals',
    '',
    ...(report.approvals.length
      ? [
          '| Reviewer | State | Submitted | Commit |',
          '|---|---|---|---|',
          ...report.approvals.map(
            (a) =>
              `| ${code(a.reviewer)} | ${md(a.state)} | ${md(a.submitted_at ?? '')} | ${a.commit ? code(a.commit.slice(0, 12)) : ''} |`
          )
        ]
      : [report.run.scope === 'local' ? 'Not read (local run without a token).' : 'None on this run.']),
    ''
  )
  return `${out.join('\n')}`
}
