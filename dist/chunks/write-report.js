import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, renderReportMarkdown, renderReportJson } from './go-live-report.js';
import './security.js';
import './findings.js';
import './kubernetes-objects.js';
import './chars.js';
import 'process';
import 'buffer';
import './index.js';
import './capability-matrix.js';
import './catalogue.js';
import './escape.js';
import './group.js';

// Writes the go-live report files next to each other; used by `report` and by every action run.
function writeReportFiles(outDir, run, meta) {
    const report = buildReport({ result: run.result, ctx: run.ctx, ...meta });
    mkdirSync(outDir, { recursive: true });
    const md = join(outDir, 'GOLIVE-REPORT.md');
    const json = join(outDir, 'golive-report.json');
    writeFileSync(md, renderReportMarkdown(report));
    writeFileSync(json, renderReportJson(report));
    return [md, json];
}

export { writeReportFiles };
