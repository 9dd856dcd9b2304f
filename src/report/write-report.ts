// Writes the go-live report files next to each other; used by `report` and by every action run.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GateRun } from '../run.js'
import { buildReport, renderReportJson, renderReportMarkdown } from './go-live-report.js'

export function writeReportFiles(outDir: string, run: GateRun, meta: { repositoryUrl?: string | null; commit?: string | null; ref?: string | null }): string[] {
  const report = buildReport({ result: run.result, ctx: run.ctx, ...meta })
  mkdirSync(outDir, { recursive: true })
  const md = join(outDir, 'GOLIVE-REPORT.md')
  const json = join(outDir, 'golive-report.json')
  writeFileSync(md, renderReportMarkdown(report))
  writeFileSync(json, renderReportJson(report))
  return [md, json]
}
