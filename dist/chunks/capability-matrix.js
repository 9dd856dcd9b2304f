import { L as LEGS } from './catalogue.js';

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

/** Hosts that are not the outside world: cluster-internal names, private suffixes, loopback. */
const INTERNAL_HOST = /(^localhost$)|(^127\.)|(^\[?::1\]?$)|(\.svc$)|(\.svc\.cluster\.local$)|(\.cluster\.local$)|(\.internal$)|(\.local$)|(^10\.)|(^192\.168\.)|(^172\.(1[6-9]|2\d|3[01])\.)/;
/** Reserved for documentation and tests (RFC 2606, RFC 6761): never a real destination. */
const TEST_HOST = /(^|\.)(example\.(com|org|net)|test|example|invalid|localhost)$/;
/** Identity providers: token validation and the OBO exchange talk to them; they are not data egress. */
const IDENTITY_HOST = /^(login\.microsoftonline\.com|login\.windows\.net|sts\.windows\.net|login\.microsoft\.com)$/;
function classifyHost(host, allowed) {
    const h = host.toLowerCase().replace(/^\[|\]$/g, '');
    if (allowed.some((a) => (a.startsWith('*.') ? h.endsWith(a.slice(1)) : h === a.toLowerCase())))
        return 'allowlisted';
    if (INTERNAL_HOST.test(h))
        return 'internal';
    if (TEST_HOST.test(h))
        return 'test';
    if (IDENTITY_HOST.test(h))
        return 'identity';
    return 'public';
}
/**
 * Whether a fact holds its leg: a call to a written host counts only when the host is outside (public or allowlisted).
 */
function factCounts(f, allowed) {
    if (f.source !== 'host' || !f.host)
        return true;
    const cls = classifyHost(f.host, allowed);
    return cls === 'public' || cls === 'allowlisted';
}
/** Whether the declaration alone holds the leg (`sanitized` does unless attested). */
function declaredLeg(t, leg, attested) {
    if (leg === 'privateData')
        return t.privateData !== 'none';
    if (leg === 'untrustedContent')
        return t.untrustedContent === 'in-context' || (t.untrustedContent === 'sanitized' && !attested(t.name));
    return t.externalCommunication !== 'none';
}
/** One row per tool declared or registered (declared first, in golive.yaml's order). */
function capabilityMatrix(config, evidence, attested = () => false) {
    const allowed = config.egress.allowedHosts;
    const reach = new Map(evidence.tools.map((t) => [t.tool, t]));
    const norm = (n) => n.toLowerCase().replace(/[-_\s]/g, '');
    const reachNormalised = new Map(evidence.tools.map((t) => [norm(t.tool), t]));
    const rows = [];
    const seen = new Set();
    const row = (tool, decl) => {
        const r = reach.get(tool) ?? reachNormalised.get(norm(tool));
        if (r)
            seen.add(r.tool);
        const cells = {};
        for (const leg of LEGS) {
            const facts = (r?.facts ?? []).filter((f) => f.leg === leg && factCounts(f, allowed));
            const byDecl = decl ? declaredLeg(decl, leg, attested) : false;
            const sources = [
                ...(byDecl ? ['declared'] : []),
                ...(facts.length ? ['evidence'] : [])
            ];
            cells[leg] = { present: sources.length > 0, ...(decl ? { declared: decl[leg] } : {}), sources, evidence: facts };
        }
        return { tool, ...cells };
    };
    for (const t of config.tools)
        rows.push(row(t.name, t));
    for (const t of evidence.tools)
        if (!seen.has(t.tool))
            rows.push(row(t.tool, undefined));
    return rows;
}
const MAX_CELL_EVIDENCE = 3;
function compactMatrix(rows) {
    return rows.map((r) => {
        const out = { tool: r.tool };
        for (const leg of LEGS) {
            const c = r[leg];
            out[leg] = {
                present: c.present,
                sources: c.sources,
                ...(c.declared !== undefined ? { declared: c.declared } : {}),
                evidence: c.evidence.slice(0, MAX_CELL_EVIDENCE).map((f) => `${f.at.file}:${f.at.line} ${f.via}`)
            };
        }
        return out;
    });
}
/** One cell of the tables: `—`, `declared`, `evidence (file:line)`, or both. */
function cellText(c) {
    if (!c.present)
        return '—';
    const place = c.evidence[0]?.split(' ')[0];
    return c.sources.map((s) => (s === 'evidence' && place ? `evidence (${place})` : s)).join(' + ');
}

export { MAX_EVIDENCE_PER_FINDING as M, PHASE_TITLES as P, STATUS_RANK as S, classifyHost as a, cellText as b, capabilityMatrix as c, PHASES as d, blocks as e, factCounts as f, STATUSES as g, compactMatrix as h, isFileEvidence as i, worstStatus as w };
