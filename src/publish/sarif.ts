// SARIF 2.1.0 for code scanning: one rule per check id, one result per open
// finding with a file location.
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif'
import { explainMarkdown } from '../check.js'
import { registeredChecks } from '../registry.js'
import type { RunResult } from '../engine.js'
import { isFileEvidence, type Finding } from '../findings.js'
import { excludedSummary, notReadSummary } from '../report/group.js'

const LEVEL: Record<Finding['level'], Result.level> = { critical: 'error', blocking: 'error', advisory: 'warning' }
const SEVERITY: Record<Finding['level'], string> = { critical: '9.0', blocking: '7.0', advisory: '4.0' }

export function renderSarif(result: RunResult): string {
  const rules: ReportingDescriptor[] = registeredChecks().map((e) => ({
    id: e.id,
    name: e.title.replace(/[^A-Za-z0-9]+/g, ''),
    shortDescription: { text: e.title },
    fullDescription: { text: `Passes when ${e.passesWhen}.` },
    // The same text as `mcp-golive explain` and docs/checks/<id>.md.
    help: { text: `${e.title}: passes when ${e.passesWhen}.`, markdown: explainMarkdown(e) },
    defaultConfiguration: { level: LEVEL[e.level] },
    properties: { tags: ['mcp', 'go-live', e.phase], 'security-severity': SEVERITY[e.level], level: e.level }
  }))
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results: Result[] = []
  for (const f of result.findings) {
    if (f.status !== 'failed' && f.status !== 'warning' && f.status !== 'not verified') continue
    const files = f.evidence.filter(isFileEvidence)
    results.push({
      ruleId: f.check,
      ruleIndex: index.get(f.check),
      level:
        f.status === 'failed' && f.level !== 'advisory' ? 'error' : f.status === 'not verified' ? 'note' : 'warning',
      message: { text: `${f.status === 'not verified' ? 'Not verified: ' : ''}${f.message}` },
      locations: (files.length ? files : [{ file: result.config.path, line: 1, column: 1 }]).slice(0, 10).map((e) => ({
        physicalLocation: {
          artifactLocation: { uri: e.file, uriBaseId: '%SRCROOT%' },
          region: { startLine: Math.max(1, e.line), startColumn: Math.max(1, e.column) }
        }
      })),
      properties: { status: f.status, blocking: !!f.blocking }
    })
  }
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            informationUri: 'https://github.com/mcp-golive/mcp-golive',
            rules
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notCovered(result) }],
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * The files the verdict does not cover, as notifications: a count for each list, then one per listed file (the
 * result lists the first 20 of each).
 */
function notCovered(result: RunResult): Notification[] {
  const at = (uri: string) => [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' } } }]
  const out: Notification[] = []
  const notRead = notReadSummary(result)
  if (notRead) {
    out.push({ level: 'warning', message: { text: `${notRead}: the verdict does not cover them.` } })
    for (const f of result.notRead.files)
      out.push({ level: 'warning', message: { text: `Not read (${f.reason}).` }, locations: at(f.path) })
  }
  const excluded = excludedSummary(result)
  if (excluded) {
    out.push({ level: 'warning', message: { text: `${excluded}: the verdict does not cover them.` } })
    for (const f of result.excluded.files)
      out.push({ level: 'warning', message: { text: 'Left out by paths.include/exclude.' }, locations: at(f) })
  }
  return out
}
