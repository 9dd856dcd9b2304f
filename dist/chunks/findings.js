// The vocabulary every module shares: phases, levels, statuses, evidence and
// findings. The JSON result, the PR comment, SARIF and the report all speak it.
const PHASES = ['security', 'policy', 'infra', 'auth', 'observability', 'report'];
const PHASE_TITLES = {
    security: 'Phase 1 — Security: the lethal trifecta',
    policy: 'Phase 2 — Policy compliance',
    infra: 'Phase 3 — Infrastructure',
    auth: 'Phase 4 — Authentication',
    observability: 'Phase 5 — Observability',
    report: 'Phase 6 — Final verification'
};
const STATUSES = ['passed', 'attested', 'failed', 'warning', 'not verified', 'waived', 'not applicable'];
const isFileEvidence = (e) => 'file' in e;
/** Evidence kept per finding; the rest is counted (`omittedEvidence`), so no surface grows with the repository. */
const MAX_EVIDENCE_PER_FINDING = 50;
/** Statuses that leave a blocking or critical item open. */
function blocks(f, options = {}) {
    if (f.level === 'advisory' || f.nonProduction)
        return false;
    if (f.status === 'failed')
        return true;
    // accept-not-verified never covers a critical check: like a waiver, it cannot stand in for one.
    if (f.status === 'not verified')
        return !((options.acceptNotVerified && f.level !== 'critical') || (options.localApi && f.needsApi));
    return false;
}
/** Severity order used to pick the status that stands for a check and to sort output, worst first. */
const STATUS_RANK = {
    failed: 0,
    'not verified': 1,
    warning: 2,
    waived: 3,
    attested: 4,
    passed: 5,
    'not applicable': 6
};
function worstStatus(statuses) {
    return statuses.reduce((w, s) => (STATUS_RANK[s] < STATUS_RANK[w] ? s : w), 'not applicable');
}

export { MAX_EVIDENCE_PER_FINDING as M, PHASES as P, STATUSES as S, STATUS_RANK as a, blocks as b, PHASE_TITLES as c, isFileEvidence as i, worstStatus as w };
