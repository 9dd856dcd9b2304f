// Writes the go-live report files next to each other; used by `report` and by every action run.
import { join } from 'node:path'
import type { GateRun } from '../run.js'
import { redactDeep } from '../secrets/redact.js'
import { buildReport, renderReportJson, renderReportMarkdown } from './go-live-report.js'
import { prepareOutputDir, writeOutputFile, type OutputPlace } from './output.js'

export function writeReportFiles(
  outDir: string,
  run: GateRun,
  meta: { repositoryUrl?: string | null; commit?: string | null; ref?: string | null },
  place: OutputPlace
): string[] {
  // The report carries the whole effective config (waiver reasons, tool names, hosts): every
  // string in it is redacted before it is escaped or cut, and the files once more as written.
  const report = redactDeep(buildReport({ result: run.result, ctx: run.ctx, values: run.values, ...meta }))
  prepareOutputDir(outDir, place)
  const md = join(outDir, 'GOLIVE-REPORT.md')
  const json = join(outDir, 'golive-report.json')
  writeOutputFile(md, renderReportMarkdown(report), place)
  writeOutputFile(json, renderReportJson(report), place)
  return [md, json]
}
