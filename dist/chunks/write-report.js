import { join } from 'node:path';
import { r as redactDeep, p as prepareOutputDir, w as writeOutputFile } from './output.js';
import { buildReport, renderReportMarkdown, renderReportJson } from './go-live-report.js';
import 'node:fs';
import './errors.js';
import './rules.js';
import 'node:crypto';
import 'node:zlib';
import './tools.js';
import './capability-matrix.js';
import './catalogue.js';
import './dates.js';
import './group.js';

// Writes the go-live report files next to each other; used by `report` and by every action run.
function writeReportFiles(outDir, run, meta, place) {
    // The report carries the whole effective config (waiver reasons, tool names, hosts): every
    // string in it is redacted before it is escaped or cut, and the files once more as written.
    const report = redactDeep(buildReport({ result: run.result, ctx: run.ctx, values: run.values, ...meta }));
    prepareOutputDir(outDir, place);
    const md = join(outDir, 'GOLIVE-REPORT.md');
    const json = join(outDir, 'golive-report.json');
    writeOutputFile(md, renderReportMarkdown(report), place);
    writeOutputFile(json, renderReportJson(report), place);
    return [md, json];
}

export { writeReportFiles };
