import { d as PHASES, S as STATUS_RANK, w as worstStatus } from './capability-matrix.js';

// Findings grouped for people: by phase, then by check, worst status first.
function groupByPhase(findings) {
    return PHASES.map((phase) => {
        const byCheck = new Map();
        for (const f of findings) {
            if (f.phase !== phase)
                continue;
            // Pushed, not copied: a copy per finding was quadratic in a check's findings.
            const list = byCheck.get(f.check);
            if (list)
                list.push(f);
            else
                byCheck.set(f.check, [f]);
        }
        const checks = [...byCheck.entries()].map(([check, fs]) => ({
            check,
            title: fs[0].title,
            level: fs[0].level,
            status: worstStatus(fs
                .filter((f) => !f.nonProduction)
                .map((f) => f.status)
                .concat(fs.every((f) => f.nonProduction) ? fs.map((f) => f.status) : [])),
            findings: [...fs].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])
        }));
        return { phase, checks };
    }).filter((p) => p.checks.length > 0);
}
const STATUS_ICON = {
    passed: '✅',
    attested: '🖊️',
    failed: '❌',
    warning: '⚠️',
    'not verified': '❔',
    waived: '⏸️',
    'not applicable': '➖'
};
/** The first `shown` items, then "+N more" for the rest of `total`: how every surface lists files. */
function someOf(items, total, shown, format) {
    const listed = items.slice(0, shown).map(format);
    return [...listed, ...(total > listed.length ? [`+${total - listed.length} more`] : [])].join(', ');
}
/** "Left out by paths.include/exclude: N files", as every surface says it; undefined when none. */
function excludedSummary(result) {
    const n = result.excluded?.count ?? 0;
    return n ? `Left out by paths.include/exclude: ${n} file${n === 1 ? '' : 's'}` : undefined;
}
/** One line for the text and markdown surfaces: how many files were not read, and why. */
function notReadSummary(result) {
    const n = result.notRead.count;
    if (!n)
        return undefined;
    const why = Object.entries(result.notRead.byReason)
        .map(([reason, k]) => `${k} ${reason}`)
        .join(', ');
    return `${n} file${n === 1 ? ' was' : 's were'} not read (${why})`;
}

export { STATUS_ICON as S, excludedSummary as e, groupByPhase as g, notReadSummary as n, someOf as s };
