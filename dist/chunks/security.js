import { M as MAX_EVIDENCE_PER_FINDING } from './findings.js';
import { d as dig, i as isTemplated } from './kubernetes-objects.js';
import { f as factCounts, a as capabilityMatrix, d as classifyHost } from './capability-matrix.js';

// What the GitHub API's answers become: a Fact (the value, or why it could not
// be read), read out of GitHub's documented response shapes. Nothing here talks
// to the API (github-api-helper.ts does): a local run, which has no token,
// needs these and not the API client, whose modules took 60 ms to load.
const noToken = (endpoint) => ({ ok: false, endpoint, status: 'no token', reason: 'no token (local run)', howToFix: 'Run the action, which reads the API with its `token` input (locally, `--strict` makes this block):\n\n```yaml\npermissions:\n  contents: read\n  pull-requests: write\n  checks: write\n  actions: read\nsteps:\n  - uses: actions/checkout@v5\n  - uses: mcp-golive/mcp-golive@v0\n```' });
const obj = (d) => (d && typeof d === 'object' && !Array.isArray(d) ? d : undefined);
const shapes = {
    rules: (d) => (Array.isArray(d) ? d.filter((r) => typeof obj(r)?.type === 'string').map((r) => ({ type: String(obj(r).type), parameters: obj(obj(r).parameters), ruleset_id: obj(r).ruleset_id })) : undefined),
    classic: (d) => {
        const o = obj(d);
        if (!o)
            return undefined;
        const prr = obj(o.required_pull_request_reviews);
        return {
            prRequired: !!prr,
            requiredReviews: typeof prr?.required_approving_review_count === 'number' ? prr.required_approving_review_count : prr ? 0 : undefined,
            forcePushAllowed: obj(o.allow_force_pushes)?.enabled === true,
            deletionAllowed: obj(o.allow_deletions)?.enabled === true
        };
    },
    branch: (d) => (typeof obj(d)?.protected === 'boolean' ? { protected: obj(d).protected } : undefined),
    environments: (d) => {
        const list = obj(d)?.environments;
        if (!Array.isArray(list))
            return undefined;
        return list.map((e) => {
            const rules = Array.isArray(obj(e)?.protection_rules) ? obj(e).protection_rules : [];
            return {
                name: String(obj(e)?.name ?? ''),
                reviewers: rules.some((r) => obj(r)?.type === 'required_reviewers'),
                waitTimer: rules.some((r) => obj(r)?.type === 'wait_timer' && Number(obj(r)?.wait_timer) > 0),
                branchPolicy: !!obj(e)?.deployment_branch_policy || rules.some((r) => obj(r)?.type === 'branch_policy')
            };
        });
    },
    reviews: (d) => (Array.isArray(d) ? d.map((r) => ({ user: String(obj(obj(r)?.user)?.login ?? ''), state: String(obj(r)?.state ?? ''), commitId: obj(r)?.commit_id, submittedAt: obj(r)?.submitted_at })) : undefined),
    comments: (d) => (Array.isArray(d) ? d.map((c) => ({ id: Number(obj(c)?.id), body: String(obj(c)?.body ?? ''), user: String(obj(obj(c)?.user)?.login ?? ''), userType: obj(obj(c)?.user)?.type, viaApp: obj(obj(c)?.performed_via_github_app)?.slug })) : undefined),
    analyses: (d) => (Array.isArray(d) ? d.map((a) => ({ tool: String(obj(obj(a)?.tool)?.name ?? ''), ref: String(obj(a)?.ref ?? ''), createdAt: String(obj(a)?.created_at ?? '') })) : undefined),
    securityUpdates: (d) => (typeof obj(d)?.enabled === 'boolean' ? { enabled: obj(d).enabled, paused: obj(d).paused === true } : undefined),
    /** A file's text from the contents API (base64), bounded by what the API returns inline (1 MB). */
    content: (d) => {
        const o = obj(d);
        if (typeof o?.content !== 'string' || o.encoding !== 'base64')
            return undefined;
        return Buffer.from(o.content, 'base64').toString('utf8');
    },
    login: (d) => (typeof obj(d)?.login === 'string' ? obj(d).login : undefined)
};

/** Evidence pointing into golive.yaml at a field path. */
function configEvidence(ctx, path, note) {
    return { file: ctx.configFile.path, ...ctx.configFile.locate(path), note };
}
/** The attestation for a check (and subject, when given), if golive.yaml has one. */
function attestationFor(ctx, check, subject) {
    return ctx.config.attestations.find((a, i) => a.check === check && (subject === undefined || a.subject === undefined || a.subject === subject) && !ctx.unapproved?.attestations.has(i));
}

/** Tool names compare exactly; names derived from a function or method compare without case and separators (C# `GetTicket` ~ `get_ticket`). */
const normaliseToolName = (name) => name.toLowerCase().replace(/[-_\s]/g, '');
/**
 * The first of `regs` that registers a tool, as `regs.find((r) => registers(r, tool))` finds it, from
 * two maps made once: comparing every declared tool with every registration took 40–60 ms on
 * AWS Labs' 448 tools.
 */
function registrationFinder(regs) {
    const byName = new Map();
    const derivedByNormalised = new Map();
    regs.forEach((r, i) => {
        if (r.computed)
            return;
        if (!byName.has(r.name))
            byName.set(r.name, i);
        if (r.derived && !derivedByNormalised.has(normaliseToolName(r.name)))
            derivedByNormalised.set(normaliseToolName(r.name), i);
    });
    return (tool) => {
        const i = Math.min(byName.get(tool.name) ?? Infinity, derivedByNormalised.get(normaliseToolName(tool.name)) ?? Infinity);
        return i === Infinity ? undefined : regs[i];
    };
}
/** Production registrations whose name is known, once per name. */
function productionRegistrations(repo) {
    const seen = new Set();
    return repo.source.tools.filter((t) => !t.isTest && !t.computed && !seen.has(t.name) && (seen.add(t.name), true));
}
/** Production registrations whose name the code computes (the expression is in `name` and `computed`). */
function computedRegistrations(repo) {
    return repo.source.tools.filter((t) => !t.isTest && !!t.computed);
}
/** The served tools when an inventory answered (live or from a file); undefined otherwise. */
function servedTools(inventory) {
    return inventory?.configured && inventory.ok ? inventory.tools : undefined;
}
/** Entries per run's evidence (and config), made once: the check, the JSON result and the report all read them. */
const ENTRIES = new WeakMap();
/** One entry per tool name: the declared names in golive.yaml's order, then served names, then names only the source registers. */
function toolEntries(config, repo) {
    const cached = ENTRIES.get(repo);
    if (cached?.tools === config.tools)
        return cached.entries;
    const served = servedTools(repo.inventory);
    const servedByName = new Map((served ?? []).map((t) => [t.name, t]));
    const regs = productionRegistrations(repo);
    const registrationOf = registrationFinder(regs);
    const entries = [];
    const listed = new Set();
    const claimed = new Set();
    const add = (name, declared, registration) => {
        if (listed.has(name))
            return;
        listed.add(name);
        const reg = registration ?? registrationOf({ name });
        if (reg)
            claimed.add(reg);
        const tool = servedByName.get(name);
        entries.push({ name, declared, served: served ? servedByName.has(name) : null, registeredAt: reg ? reg.at : null, ...(tool?.annotations ? { annotations: { ...tool.annotations } } : {}) });
    };
    for (const t of config.tools)
        add(t.name, true);
    for (const t of served ?? [])
        add(t.name, false);
    // A registration whose derived name is a listed name once normalised is that tool, not another.
    const listedNormalised = new Set([...listed].map(normaliseToolName));
    for (const r of regs)
        if (!claimed.has(r) && !(r.derived && listedNormalised.has(normaliseToolName(r.name))))
            add(r.name, false, r);
    ENTRIES.set(repo, { tools: config.tools, entries });
    return entries;
}
// ---------------------------------------------------------------- tool poisoning
/** Characters a reader does not see: Unicode tag characters (U+E0000–E007F), zero-width and bidirectional controls. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/;
/** Instructions to the model inside a description, each a fixed phrase or a gap of bounded length. */
const POISON_SIGNS = [
    { why: 'a hidden instruction tag', re: /<\/?(?:important|system|instructions?|secret|hidden|critical|admin)\b/i },
    { why: '"ignore previous instructions"', re: /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|other)\s+(?:instructions?|rules|prompts?)\b/i },
    { why: 'an instruction to hide something from the user', re: /\b(?:do\s+not|don't|never)\s+(?:tell|mention|inform|reveal|show)\b[^.\n]{0,40}\buser\b/i },
    { why: 'an instruction to read local files or secrets', re: /\b(?:read|open|cat|send|include|pass|upload)\b[^.\n]{0,60}(?:~\/|\.ssh\b|id_rsa|\/etc\/passwd|\.env\b|mcp\.json|credentials|private\s+key)/i },
    { why: 'an instruction to call other tools', re: /\b(?:before|after|instead\s+of)\s+(?:using|calling)\s+(?:any|this|the|another|other|every)\b[^.\n]{0,40}\btools?\b|\b(?:you\s+must|always)\s+(?:first\s+)?(?:call|invoke|use)\s+(?:the\s+)?(?:\w+\s+)?tool\b/i }
];
/** Writes invisible and control characters as \u{…} so a quote shows what a reader would not see. */
function visible(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 || cp === 0x7f || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2069) || cp === 0xfeff || (cp >= 0xe0000 && cp <= 0xe007f))
            out += `\\u{${cp.toString(16).toUpperCase()}}`;
        else
            out += ch;
    }
    return out;
}
const QUOTE_MAX = 160;
function quoteAround(text, index) {
    const start = Math.max(0, index - 40);
    const cut = text.slice(start, start + QUOTE_MAX);
    return `${start > 0 ? '…' : ''}${visible(cut)}${start + QUOTE_MAX < text.length ? '…' : ''}`;
}
/** Signs that a tool description (or a parameter's) speaks to the model rather than describing the tool. */
function poisonSigns(text) {
    const signs = [];
    const hidden = INVISIBLE.exec(text);
    if (hidden)
        signs.push({ why: 'invisible Unicode characters', quote: quoteAround(text, hidden.index) });
    for (const s of POISON_SIGNS) {
        const m = s.re.exec(text);
        if (m)
            signs.push({ why: s.why, quote: quoteAround(text, m.index) });
    }
    return signs;
}
/** The description texts of a served tool: its own and, one level down, its parameters'. */
function descriptionsOf(tool) {
    const out = [];
    if (tool.description)
        out.push({ where: 'description', text: tool.description });
    const props = tool.inputSchema?.properties;
    if (props && typeof props === 'object') {
        for (const [k, v] of Object.entries(props).slice(0, 200)) {
            const d = v?.description;
            if (typeof d === 'string' && d)
                out.push({ where: `parameter ${k}`, text: d.slice(0, 4000) });
        }
    }
    return out;
}

const api = (endpoint, fact) => ({ api: endpoint, fact });
function notVerified(facts, what) {
    const failed = facts.filter((f) => !f.ok);
    const noToken = failed.every((f) => f.status === 'no token');
    return {
        status: 'not verified',
        message: `${what} could not be read${noToken ? ' (no token)' : ''}.`,
        reason: failed.map((f) => `${f.endpoint}: ${f.reason}`).join('; '),
        evidence: failed.map((f) => api(f.endpoint, f.reason)),
        fix: [...new Set(failed.map((f) => f.howToFix))].join('\n'),
        needsApi: true
    };
}
/**
 * Whether classic protection is worth a request: the rules that apply to the branch leave one of
 * the protections open (or could not be read). Each request counts, and classic protection needs
 * a token with Administration: read that most runs do not have.
 */
function classicProtectionNeeded(rules, isDefaultBranch) {
    const p = protectionOf({ rules });
    return !(p.prRequired && p.forcePushBlocked && p.deletionBlocked && (!isDefaultBranch || p.requiredApprovals >= 1));
}
/** What the rules that apply to the branch and its classic protection say, together. */
function protectionOf(b) {
    const p = { prRequired: false, forcePushBlocked: false, deletionBlocked: false, requiredApprovals: 0, evidence: [] };
    if (b.rules.ok) {
        for (const r of b.rules.value) {
            if (r.type === 'pull_request') {
                p.prRequired = true;
                p.requiredApprovals = Math.max(p.requiredApprovals, Number(r.parameters?.required_approving_review_count ?? 0));
            }
            if (r.type === 'non_fast_forward')
                p.forcePushBlocked = true;
            if (r.type === 'deletion')
                p.deletionBlocked = true;
        }
        p.evidence.push(api(b.rules.endpoint, b.rules.value.length ? `rules: ${b.rules.value.map((r) => r.type).join(', ')}` : 'no ruleset rules apply'));
    }
    if (b.classic?.ok) {
        const c = b.classic.value;
        p.prRequired ||= c.prRequired;
        p.forcePushBlocked ||= !c.forcePushAllowed;
        p.deletionBlocked ||= !c.deletionAllowed;
        p.requiredApprovals = Math.max(p.requiredApprovals, c.requiredReviews ?? 0);
        p.evidence.push(api(b.classic.endpoint, `classic protection: PR ${c.prRequired ? `required (${c.requiredReviews ?? 0} approvals)` : 'not required'}, force push ${c.forcePushAllowed ? 'allowed' : 'blocked'}, deletion ${c.deletionAllowed ? 'allowed' : 'blocked'}`));
    }
    return p;
}
const PROTECTION_FIX = 'Protect the branch with a ruleset (Settings → Rules → Rulesets), readable by the gate with `contents: read`:\n\n```\ngh api -X POST repos/{owner}/{repo}/rulesets --input - <<\'JSON\'\n{"name":"protect-main","target":"branch","enforcement":"active",\n "conditions":{"ref_name":{"include":["~DEFAULT_BRANCH","refs/heads/release/*"],"exclude":[]}},\n "rules":[{"type":"deletion"},{"type":"non_fast_forward"},\n  {"type":"pull_request","parameters":{"required_approving_review_count":1,"dismiss_stale_reviews_on_push":true,"require_code_owner_review":true,"require_last_push_approval":false,"required_review_thread_resolution":false}}]}\nJSON\n```';
const branchProtection = {
    id: 'policy.branch-protection',
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Branch protection')];
        const outcomes = [];
        // The listing names the release branches; unreadable, their protection was never asked: say so.
        const listing = gh.branchListing;
        if (!listing.ok && listing.status !== 'no token' && ctx.config.releaseBranches.length) {
            outcomes.push({ ...notVerified([listing], `The branches matching ${ctx.config.releaseBranches.join(', ')}`), message: `Release branches (${ctx.config.releaseBranches.join(', ')}) could not be listed, so their protection was not read.`, needsApi: true });
        }
        return outcomes.concat(gh.branches.map((b) => {
            const p = protectionOf(b);
            const missing = [!p.prRequired && 'pull requests required', !p.forcePushBlocked && 'force pushes blocked', !p.deletionBlocked && 'deletion blocked'].filter(Boolean);
            if (!missing.length)
                return { status: 'passed', message: `${b.branch} requires pull requests and blocks force pushes and deletion.`, evidence: p.evidence, needsApi: true };
            // What is missing may be in classic protection we could not read.
            if (!b.classic?.ok) {
                if (b.listing.ok && !b.listing.value.protected) {
                    return { status: 'failed', message: `${b.branch} is not protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (the branch listing says protected: false).`, evidence: [...p.evidence, api(b.listing.endpoint, 'protected: false')], fix: PROTECTION_FIX, needsApi: true };
                }
                const facts = [...(b.classic ? [b.classic] : []), ...(b.rules.ok ? [] : [b.rules])];
                return { ...notVerified(facts, `Classic branch protection of ${b.branch}`), message: `${b.branch}: ${missing.join(', ')} not seen in rulesets, and classic protection could not be read${b.listing.ok ? ' (the branch is marked protected)' : ''}.`, evidence: [...p.evidence, ...facts.filter((f) => !f.ok).map((f) => api(f.endpoint, f.reason))] };
            }
            return { status: 'failed', message: `${b.branch} is not fully protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`, evidence: p.evidence, fix: PROTECTION_FIX, needsApi: true };
        }));
    }
};
const codeReview = {
    id: 'policy.code-review',
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Required reviews')];
        const outcomes = [];
        const main = gh.branches[0];
        const p = protectionOf(main);
        if (p.requiredApprovals >= 1)
            outcomes.push({ status: 'passed', message: `${main.branch} requires ${p.requiredApprovals} approving review${p.requiredApprovals === 1 ? '' : 's'}.`, evidence: p.evidence, needsApi: true });
        else if (main.classic && !main.classic.ok && !main.rules.ok)
            outcomes.push(notVerified([main.rules, main.classic], 'Required reviews'));
        else if (main.classic && !main.classic.ok && !(main.listing.ok && !main.listing.value.protected))
            outcomes.push({ ...notVerified([main.classic], 'Required reviews in classic protection'), message: `No ruleset requires an approving review on ${main.branch}, and classic protection could not be read.` });
        else
            outcomes.push({ status: 'failed', message: `${main.branch} does not require an approving review.`, evidence: p.evidence, fix: PROTECTION_FIX, needsApi: true });
        const pull = gh.context.pull;
        if (pull && gh.reviews) {
            if (!gh.reviews.ok)
                outcomes.push(notVerified([gh.reviews], `Reviews of pull request #${pull.number}`));
            else {
                const approvals = latestByUser(gh.reviews.value).filter((r) => r.state === 'APPROVED' && r.user !== pull.author);
                const current = approvals.filter((r) => !r.commitId || r.commitId === pull.headSha);
                const ev = [api(gh.reviews.endpoint, approvals.length ? `approved by ${approvals.map((r) => `${r.user}${r.commitId && r.commitId !== pull.headSha ? ' (on an older commit)' : ''}`).join(', ')}` : 'no approving review from anyone but the author')];
                if (current.length)
                    outcomes.push({ status: 'passed', message: `Pull request #${pull.number} is approved by ${current.map((r) => r.user).join(', ')} on its head commit.`, evidence: ev, needsApi: true });
                else if (approvals.length)
                    outcomes.push({ status: 'failed', message: `Pull request #${pull.number} was approved only on an older commit (stale approval); it needs a review of the head commit.`, evidence: ev, needsApi: true });
                else
                    outcomes.push({ status: 'failed', message: `Pull request #${pull.number} has no approving review from someone other than its author (${pull.author}).`, evidence: ev, fix: 'Ask a reviewer (a code owner) to approve the pull request.', needsApi: true });
            }
        }
        return outcomes;
    }
};
/** A reviewer's latest review counts (a later "changes requested" replaces an approval). */
function latestByUser(reviews) {
    const last = new Map();
    for (const r of reviews)
        if (r.state !== 'COMMENTED')
            last.set(r.user, r);
    return [...last.values()];
}
/** The production environment among the declared ones: the one named prod…, else the last. */
function prodEnvironment(envs) {
    return envs.find((e) => /^prod/i.test(e)) ?? envs[envs.length - 1];
}
/** The API half of policy.environments: GitHub environments exist and prod is protected. */
function environmentsFromApi(ctx) {
    const gh = ctx.github;
    if (!gh)
        return [notVerified([noToken('GET /repos/{owner}/{repo}/environments')], 'GitHub environments')];
    if (!gh.environments.ok)
        return [notVerified([gh.environments], 'GitHub environments')];
    const envs = gh.environments.value;
    const wanted = ctx.config.environments;
    const missing = wanted.filter((w) => !envs.some((e) => e.name.toLowerCase() === w.toLowerCase()));
    const ev = [api(gh.environments.endpoint, `environments: ${envs.map((e) => `${e.name}${e.reviewers ? ' (required reviewers)' : ''}${e.waitTimer ? ' (wait timer)' : ''}${e.branchPolicy ? ' (branch policy)' : ''}`).join(', ') || 'none'}`)];
    if (missing.length)
        return [{ status: 'failed', message: `GitHub environments missing: ${missing.join(', ')}.`, evidence: ev, fix: missing.map((m) => `gh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${m}`).join('\n'), needsApi: true }];
    const prodName = prodEnvironment(wanted);
    const prod = envs.find((e) => e.name.toLowerCase() === prodName.toLowerCase());
    if (!prod.reviewers && !prod.waitTimer && !prod.branchPolicy)
        return [{ status: 'failed', message: `The ${prod.name} environment has no protection: no required reviewers, wait timer or deployment branch policy.`, evidence: ev, fix: `Add required reviewers to ${prod.name} (Settings → Environments), or a deployment branch policy:\n\n\`\`\`\ngh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${prod.name} -F "deployment_branch_policy[protected_branches]=true" -F "deployment_branch_policy[custom_branch_policies]=false"\n\`\`\``, needsApi: true }];
    return [{ status: 'passed', message: `GitHub environments ${wanted.join(', ')} exist and ${prod.name} is protected.`, evidence: ev, needsApi: true }];
}
const POLICY_GITHUB_CHECKS = [branchProtection, codeReview];

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod', 'ReplicationController']);
/** The pod spec path of a workload kind. */
function podSpecPath(kind) {
    if (kind === 'Pod')
        return ['spec'];
    if (kind === 'CronJob')
        return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    return ['spec', 'template', 'spec'];
}
/**
 * The objects production runs: manifests no kustomization includes, plus the build of the overlay
 * named for golive.yaml's prod environment (a folder of that name); when no overlay is named so,
 * every build. A base fixed in the prod overlay passes; what the prod patch breaks fails there.
 */
function deployedObjects(ctx) {
    const chosen = chosenOverlays(ctx);
    const argo = argoSourcePaths(ctx);
    return ctx.repo.kubernetes.filter((o) => (o.overlay === undefined || chosen.has(o.overlay)) && !isNonProduction(o, argo));
}
/** Manifests that only development, tests, evaluations or examples use (reported apart, never blocking). */
function nonProductionObjects(ctx) {
    const argo = argoSourcePaths(ctx);
    return ctx.repo.kubernetes.filter((o) => isNonProduction(o, argo));
}
// Folders of development, test, evaluation and example manifests, and kind/minikube cluster settings.
const NON_PRODUCTION_DIR = /(^|\/)(dev|local|test[\w.-]*|e2e|evals?|examples?|hack|kind|minikube)\//i;
const NON_PRODUCTION_FILE = /(^|\/)(kind|minikube|docker-compose|compose)[\w.-]*\.ya?ml$/i;
/** The folders Argo CD Applications deploy (`spec.source.path`, `spec.sources[].path`): what they include is production whatever its folder. */
function argoSourcePaths(ctx) {
    const apps = ctx.repo.kubernetes.filter((o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'));
    return apps.flatMap((a) => [dig(a.data, 'spec', 'source', 'path'), ...(dig(a.data, 'spec', 'sources') ?? []).map((x) => dig(x, 'path'))]).filter((p) => typeof p === 'string' && p !== '').map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
}
/** An object is non-production when the file (or the kustomization folder, or chart) it comes from is under such a folder, and no Argo CD Application deploys it. */
function isNonProduction(o, argoPaths) {
    // A kustomization folder's own name is its environment (overlays/dev), which the prod overlay choice handles: only the folders above it count.
    const where = o.overlay !== undefined && !o.overlay.includes(' (') ? o.overlay : o.file;
    const above = where.slice(0, where.lastIndexOf('/') + 1);
    if (!NON_PRODUCTION_DIR.test(above) && !(o.overlay === undefined && NON_PRODUCTION_FILE.test(o.file)))
        return false;
    return !argoPaths.some((p) => where === p || where.startsWith(`${p}/`));
}
/** The builds production deploys: those named for the prod environment, else every build (a build whose every object failed to render counts too). */
function chosenOverlays(ctx) {
    const overlays = [...new Set([...ctx.repo.kubernetes, ...(ctx.repo.deploymentGaps ?? [])].flatMap((o) => (o.overlay === undefined ? [] : [o.overlay])))];
    const prod = prodEnvironment(ctx.config.environments);
    // A folder (deploy/overlays/prod) or a values file (chart (values-prod.yaml)) named for prod.
    const prodOverlays = overlays.filter((d) => d.split(/[/\s().\-_]+/).includes(prod));
    return new Set(prodOverlays.length ? prodOverlays : overlays);
}
/** What the deployed builds did not follow or render (kustomize components, remote bases, Helm templates past a bound). */
function deploymentGaps(ctx) {
    const chosen = chosenOverlays(ctx);
    return (ctx.repo.deploymentGaps ?? []).filter((g) => !g.objectsUnchanged && (g.overlay === undefined || chosen.has(g.overlay)));
}
/**
 * An infrastructure check that cannot pass while a deployed build was not wholly followed: what it
 * did not follow could add or change any object. Its passes become `not verified`, naming each gap.
 */
function unlessGaps(check) {
    return {
        id: check.id,
        run(ctx) {
            const outcomes = check.run(ctx);
            const gaps = deploymentGaps(ctx);
            if (!gaps.length)
                return outcomes;
            const said = gaps.slice(0, 3).map((g) => `${g.file}: ${g.message}`).join('; ');
            const more = gaps.length > 3 ? ` (+${gaps.length - 3} more)` : '';
            // A check that fails anyway still says what it could not read, once.
            if (!outcomes.some((o) => o.status === 'passed'))
                return outcomes.map((o, i) => (i ? o : { ...o, message: `${o.message} (The deployment was not wholly read: ${said}${more}.)` }));
            return outcomes.map((o) => (o.status !== 'passed' ? o : {
                ...o,
                status: 'not verified',
                message: `${o.message} But the deployment was not wholly read, so what it did not follow could change this: ${said}${more}.`,
                reason: `not followed: ${said}${more}`,
                evidence: [...gaps.slice(0, 5).map((g) => ({ file: g.file, line: 1, column: 1, note: g.message })), ...(o.evidence ?? [])],
                fix: 'Keep every base, component and patch of the production build in this repository, in forms the gate reads (see README, Kubernetes), or render the chart and commit the output the gate can read.'
            }));
        }
    };
}
/** How an object is named in evidence: kind and name, and the overlay that builds it. */
const objectLabel = (o) => `${o.kind} ${o.name}${o.overlay !== undefined ? ` (${o.overlay || '.'})` : ''}`;
function workloads(ctx) {
    return deployedObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind));
}
function containersOf(o) {
    const podPath = podSpecPath(o.kind);
    const pod = (dig(o.data, ...podPath) ?? {});
    const refs = [];
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
        const items = pod[list];
        if (!Array.isArray(items))
            continue;
        items.forEach((c, index) => {
            const name = String(c?.name ?? `#${index}`);
            refs.push({ object: o, podPath, pod, list, index, container: (c ?? {}), name, at: o.locate([...podPath, list, index, 'name'], `${objectLabel(o)}, ${list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container'} ${name}`) });
        });
    }
    return refs;
}
/** Every `env` entry of every container of every workload, located. */
function containerEnv(ctx) {
    const out = [];
    for (const ref of workloads(ctx).flatMap(containersOf)) {
        const env = ref.container.env;
        if (!Array.isArray(env))
            continue;
        env.forEach((e, i) => {
            const { name, value } = (e ?? {});
            const base = [...ref.podPath, ref.list, ref.index, 'env', i];
            const label = `${ref.at.note}: env ${String(name ?? '')}`;
            out.push({ name: String(name ?? ''), value, nameAt: ref.object.locate([...base, 'name'], label), valueAt: ref.object.locate([...base, 'value'], label) });
        });
    }
    return out;
}
const ALLOWED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);
const RESTRICTED_SNIPPET = `\`\`\`yaml
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: server
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: ["ALL"]
\`\`\``;
const unsetOr = (v) => v === undefined || isTemplated(v);
/**
 * The unresolved Helm actions that could have written a container's settings: those inside the
 * container, and (`podLevel`) those in the pod spec outside every container (a pod securityContext
 * is inherited).
 */
function holesFor(ref, podLevel) {
    const o = ref.object;
    if (!o.templated?.length || !o.templateLines)
        return [];
    const within = (r, line) => !!r && line >= r[0] && line <= r[1];
    const container = o.templateLines([...ref.podPath, ref.list, ref.index]);
    const pod = o.templateLines(ref.podPath);
    const lists = ['initContainers', 'containers', 'ephemeralContainers'].map((l) => o.templateLines([...ref.podPath, l]));
    return o.templated.filter((h) => within(container, h.line) || (podLevel && within(pod, h.line) && !lists.some((r) => within(r, h.line))));
}
/** A container the gate cannot judge because a Helm template left values unresolved that could set `what`: the template lines say where. */
function unresolvedByTemplate(ref, holes, what) {
    return { status: 'not verified', message: `${ref.at.note}: cannot tell whether it ${what}, because the template leaves values unresolved.`, reason: `templated: ${holes.slice(0, 3).map((t) => `${t.file}:${t.line}`).join(', ')}`, evidence: [ref.at, ...holes.slice(0, 5)] };
}
/** Sysctls Pod Security Standards call safe (policy version 1.37). */
const SAFE_SYSCTLS = new Set([
    'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
    'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem', 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'
]);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
/** Settings both a pod and a container security context may carry (AppArmor, SELinux, Windows HostProcess). */
function sharedContextViolations(sc) {
    const out = [];
    const apparmor = dig(sc, 'appArmorProfile', 'type');
    if (apparmor !== undefined && !isTemplated(apparmor) && !APPARMOR_TYPES.has(String(apparmor)))
        out.push({ what: `AppArmor profile ${apparmor}`, path: ['appArmorProfile', 'type'], fix: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault' });
    const selinux = (sc.seLinuxOptions ?? {});
    const selinuxFix = 'securityContext:\n  seLinuxOptions:          # no user, no role\n    type: container_t';
    if (selinux.type !== undefined && !isTemplated(selinux.type) && !SELINUX_TYPES.has(String(selinux.type)))
        out.push({ what: `seLinuxOptions.type ${selinux.type}`, path: ['seLinuxOptions', 'type'], fix: selinuxFix });
    for (const k of ['user', 'role'])
        if (selinux[k] !== undefined && selinux[k] !== '' && !isTemplated(selinux[k]))
            out.push({ what: `seLinuxOptions.${k} is set`, path: ['seLinuxOptions', k], fix: selinuxFix });
    if (dig(sc, 'windowsOptions', 'hostProcess') === true)
        out.push({ what: 'windowsOptions.hostProcess: true', path: ['windowsOptions', 'hostProcess'], fix: 'securityContext:\n  windowsOptions:\n    hostProcess: false' });
    return out;
}
/** A YAML block nested under the given keys (a workload's pod spec path), fenced for a fix text. */
function yamlUnder(keys, body) {
    const head = keys.map((k, i) => `${'  '.repeat(i)}${k}:`);
    const indent = '  '.repeat(keys.length);
    return ['```yaml', ...head, ...body.split('\n').map((l) => indent + l), '```'].join('\n');
}
/** Probe and lifecycle handlers may not aim at another host (Pod Security Standards 1.34+). */
const HANDLERS = [['livenessProbe'], ['readinessProbe'], ['startupProbe'], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];
/** A pod in its own user namespace (`hostUsers: false`): root inside is not root on the node. */
const userNamespaced = (pod) => pod.hostUsers === false;
/** Windows pods are exempt from the Linux-only controls (privilege escalation, capabilities, seccomp). */
const isWindows = (pod) => dig(pod, 'os', 'name') === 'windows';
/** Every way a container (with its pod's settings inherited) falls short of "restricted". */
function restrictedViolations(ref) {
    const out = [];
    const { object: o, podPath, pod, container: c, list, index } = ref;
    const csc = (c.securityContext ?? {});
    const psc = (pod.securityContext ?? {});
    const cPath = [...podPath, list, index];
    const here = (sub, what, unset = false) => out.push({ what, at: o.locate([...cPath, ...sub], `${ref.at.note}: ${what}`), ...(unset ? { unset } : {}) });
    if (!userNamespaced(pod)) {
        const runAsNonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot;
        if (runAsNonRoot !== true)
            here(['securityContext', 'runAsNonRoot'], 'runAsNonRoot is not true (container or pod)', unsetOr(runAsNonRoot));
        // A pod-level 0 is reported once for the pod (podViolations), whatever the containers say.
        if (csc.runAsUser === 0)
            here(['securityContext', 'runAsUser'], 'runAsUser is 0 (root)');
    }
    if (!isWindows(pod)) {
        if (csc.allowPrivilegeEscalation !== false)
            here(['securityContext', 'allowPrivilegeEscalation'], 'allowPrivilegeEscalation is not false', unsetOr(csc.allowPrivilegeEscalation));
        const drop = dig(csc, 'capabilities', 'drop');
        if (!Array.isArray(drop) || !drop.map(String).map((s) => s.toUpperCase()).includes('ALL'))
            here(['securityContext', 'capabilities', 'drop'], 'capabilities do not drop ALL', unsetOr(drop));
        const seccomp = (dig(csc, 'seccompProfile', 'type') ?? dig(psc, 'seccompProfile', 'type'));
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
            here(['securityContext', 'seccompProfile', 'type'], `seccompProfile is ${unsetOr(seccomp) ? 'unset' : seccomp} (needs RuntimeDefault or Localhost)`, unsetOr(seccomp));
    }
    if (csc.privileged === true)
        here(['securityContext', 'privileged'], 'privileged: true');
    const add = dig(csc, 'capabilities', 'add');
    if (Array.isArray(add))
        for (const cap of add)
            if (String(cap).toUpperCase() !== 'NET_BIND_SERVICE' && !isTemplated(cap))
                here(['securityContext', 'capabilities', 'add'], `adds capability ${cap}`);
    if (csc.procMount !== undefined && csc.procMount !== 'Default' && !isTemplated(csc.procMount))
        here(['securityContext', 'procMount'], `procMount ${csc.procMount} (needs Default)`);
    for (const v of sharedContextViolations(csc))
        here(['securityContext', ...v.path], v.what);
    for (const h of HANDLERS) {
        for (const kind of ['httpGet', 'tcpSocket']) {
            const host = dig(c, ...h, kind, 'host');
            if (host !== undefined && host !== '' && !isTemplated(host))
                here([...h, kind, 'host'], `${h.join('.')} ${kind} targets host ${host}`);
        }
    }
    const ports = c.ports;
    if (Array.isArray(ports))
        ports.forEach((p, i) => { if (dig(p, 'hostPort'))
            here(['ports', i, 'hostPort'], `hostPort ${dig(p, 'hostPort')}`); });
    return out;
}
/** Pod-level violations, reported once per workload. */
function podViolations(o) {
    const path = podSpecPath(o.kind);
    const pod = (dig(o.data, ...path) ?? {});
    const psc = (pod.securityContext ?? {});
    const out = [];
    // `fix`: the YAML to write instead, under the pod spec (or, with `under`, another path).
    const add = (what, at, fix, under = path) => out.push({ what, at: o.locate(at, `${o.kind} ${o.name}: ${what}`), fix: yamlUnder(under, fix) });
    for (const ns of ['hostNetwork', 'hostPID', 'hostIPC'])
        if (pod[ns] === true)
            add(`${ns}: true`, [...path, ns], `${ns}: false   # or remove the line`);
    const volumes = pod.volumes;
    if (Array.isArray(volumes)) {
        volumes.forEach((v, i) => {
            const type = Object.keys(v ?? {}).find((k) => k !== 'name');
            const name = String(v.name);
            if (type && !ALLOWED_VOLUMES.has(type))
                add(`volume ${name} is ${type}`, [...path, 'volumes', i, type], `volumes:\n  - name: ${name}\n    emptyDir: {}   # or configMap, secret, projected, persistentVolumeClaim`);
        });
    }
    // A pod-level setting that containers override still breaks the standard when it is explicitly unsafe.
    if (!userNamespaced(pod)) {
        if (psc.runAsNonRoot === false)
            add('runAsNonRoot: false (pod)', [...path, 'securityContext', 'runAsNonRoot'], 'securityContext:\n  runAsNonRoot: true');
        if (psc.runAsUser === 0)
            add('runAsUser: 0 (pod)', [...path, 'securityContext', 'runAsUser'], 'securityContext:\n  runAsUser: 10001   # any user but root');
    }
    const seccomp = dig(psc, 'seccompProfile', 'type');
    if (seccomp !== undefined && !isTemplated(seccomp) && seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
        add(`seccompProfile ${seccomp} (pod)`, [...path, 'securityContext', 'seccompProfile', 'type'], 'securityContext:\n  seccompProfile:\n    type: RuntimeDefault');
    for (const v of sharedContextViolations(psc))
        add(`${v.what} (pod)`, [...path, 'securityContext', ...v.path], v.fix);
    const sysctls = psc.sysctls;
    if (Array.isArray(sysctls)) {
        sysctls.forEach((sc, i) => {
            const name = dig(sc, 'name');
            if (!isTemplated(name) && !SAFE_SYSCTLS.has(String(name)))
                add(`sysctl ${name} is not in the safe set`, [...path, 'securityContext', 'sysctls', i, 'name'], `securityContext:\n  sysctls:   # without ${name}; only these are allowed:\n${[...SAFE_SYSCTLS].map((n) => `    # - name: ${n}`).join('\n')}`);
        });
    }
    const metaPath = [...path.slice(0, -1), 'metadata'];
    const annotations = (dig(o.data, ...metaPath, 'annotations') ?? {});
    for (const [k, v] of Object.entries(annotations)) {
        if (!k.startsWith(APPARMOR_ANNOTATION) || isTemplated(v))
            continue;
        const profile = String(v ?? '');
        if (profile !== '' && profile !== 'runtime/default' && !profile.startsWith('localhost/'))
            add(`AppArmor annotation ${k}: ${profile}`, [...metaPath, 'annotations', k], `annotations:\n  ${k}: runtime/default`, metaPath);
    }
    return out;
}
const noWorkloads = (id, ctx) => {
    const apart = nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind));
    return {
        status: 'not verified',
        message: apart.length
            ? `Only non-production workload manifests were found (${[...new Set(apart.map((o) => o.file))].slice(0, 3).join(', ')}): under development, test, evaluation or example folders, which no production kustomization or Argo CD Application includes.`
            : 'No Kubernetes workload manifests (Deployment, StatefulSet, DaemonSet, Job, CronJob, Pod) were found in the repository.',
        reason: `the manifests are not in this repository; keep them here (e.g. deploy/) so ${id} can read them`
    };
};
/** Workloads under non-production folders with what `problems` finds in each: warnings that never block, one per workload. */
function nonProductionFindings(ctx, problems) {
    return nonProductionObjects(ctx).filter((o) => WORKLOAD_KINDS.has(o.kind)).flatMap((o) => {
        const found = problems(o);
        return found.length ? [{ status: 'warning', nonProduction: true, message: `${objectLabel(o)} in ${o.file} (a non-production folder, reported apart, never blocking): ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (+${found.length - 5} more)` : ''}.`, evidence: [o.locate([], objectLabel(o))] }] : [];
    });
}
const podSecurity = {
    id: 'infra.pod-security',
    run(ctx) {
        const ws = workloads(ctx);
        if (!ws.length)
            return [noWorkloads('infra.pod-security', ctx)];
        const outcomes = [];
        for (const o of ws) {
            for (const v of podViolations(o))
                outcomes.push({ status: 'failed', message: `${o.kind} ${o.name} breaks Pod Security Standards “restricted”: ${v.what}.`, evidence: [v.at], fix: v.fix });
            for (const ref of containersOf(o)) {
                const vs = restrictedViolations(ref);
                // A Helm template that left values unresolved may set what is missing: say so rather than fail on a guess.
                const holes = holesFor(ref, true);
                if (vs.length && holes.length && vs.every((v) => v.unset)) {
                    outcomes.push({ ...unresolvedByTemplate(ref, holes, `meets Pod Security Standards “restricted” (${vs.map((v) => v.what).join('; ')})`), fix: `Set the security context literally in the template or through values the template reads with \`toYaml .Values.…\`:\n\n${RESTRICTED_SNIPPET}` });
                    continue;
                }
                if (vs.length)
                    outcomes.push({ status: 'failed', message: `${ref.at.note} breaks Pod Security Standards “restricted”: ${vs.map((v) => v.what).join('; ')}.`, evidence: [ref.at, ...vs.map((v) => v.at)], fix: `Set the restricted security context (pod level is inherited by every container, init containers included):\n\n${RESTRICTED_SNIPPET}` });
            }
        }
        outcomes.push(...nonProductionFindings(ctx, (o) => [...podViolations(o).map((v) => v.what), ...containersOf(o).flatMap((r) => restrictedViolations(r).filter((v) => !v.unset).map((v) => `${r.name}: ${v.what}`))]));
        if (!outcomes.some((o) => !o.nonProduction)) {
            const all = ws.flatMap(containersOf);
            outcomes.push({ status: 'passed', message: `${all.length} container${all.length === 1 ? '' : 's'} in ${ws.length} workload${ws.length === 1 ? '' : 's'} meet${all.length === 1 ? 's' : ''} Pod Security Standards “restricted”.`, evidence: all.map((r) => r.at) });
        }
        return outcomes;
    }
};
const hardening = {
    id: 'infra.hardening',
    run(ctx) {
        const ws = workloads(ctx);
        if (!ws.length)
            return [noWorkloads('infra.hardening', ctx)];
        const outcomes = [];
        for (const ref of ws.flatMap(containersOf)) {
            if (ref.list === 'ephemeralContainers')
                continue;
            const missing = [];
            if (dig(ref.container, 'securityContext', 'readOnlyRootFilesystem') !== true)
                missing.push('readOnlyRootFilesystem: true');
            if (dig(ref.container, 'resources', 'limits', 'cpu') === undefined)
                missing.push('a CPU limit');
            if (dig(ref.container, 'resources', 'limits', 'memory') === undefined)
                missing.push('a memory limit');
            const holes = holesFor(ref, false);
            if (missing.length && holes.length)
                outcomes.push(unresolvedByTemplate(ref, holes, `has ${missing.join(', ')}`));
            else if (missing.length)
                outcomes.push({ status: 'failed', message: `${ref.at.note} lacks ${missing.join(', ')}.`, evidence: [ref.at], fix: '```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n```' });
        }
        if (!outcomes.length)
            outcomes.push({ status: 'passed', message: 'Every container has a read-only root filesystem and CPU and memory limits.', evidence: ws.flatMap(containersOf).map((r) => r.at) });
        return outcomes;
    }
};
// ---------------------------------------------------------------- Envoy Gateway
const isRoute = (o) => o.kind === 'HTTPRoute' && o.apiVersion.startsWith('gateway.networking.k8s.io/');
function attachments(ctx) {
    const out = [];
    for (const route of deployedObjects(ctx).filter(isRoute)) {
        const refs = dig(route.data, 'spec', 'parentRefs');
        if (!Array.isArray(refs))
            continue;
        refs.forEach((r, i) => {
            const kind = dig(r, 'kind') ?? 'Gateway';
            if (kind !== 'Gateway')
                return;
            // A parentRef without a namespace refers to the route's own namespace.
            const namespace = dig(r, 'namespace') ?? route.namespace;
            out.push({ route, gateway: String(dig(r, 'name') ?? ''), namespace, at: route.locate(['spec', 'parentRefs', i, 'name'], `HTTPRoute ${route.name} → Gateway ${namespace ?? '(route namespace)'}/${dig(r, 'name')}`) });
        });
    }
    return out;
}
const parentRefSnippet = (name, namespace) => `\`\`\`yaml\nspec:\n  parentRefs:\n    - name: ${name}\n      namespace: ${namespace}\n\`\`\``;
const gatewayRoute = {
    id: 'infra.gateway-route',
    run(ctx) {
        const gw = ctx.config.gateway;
        const wanted = ctx.config.server.exposure === 'public' ? gw.public : gw.internal;
        const routeSnippet = `\`\`\`yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${ctx.config.server.name}\nspec:\n  parentRefs:\n    - name: ${wanted}\n      namespace: ${gw.namespace}\n  rules:\n    - backendRefs:\n        - name: ${ctx.config.server.name}\n          port: 8080\n\`\`\``;
        const att = attachments(ctx);
        if (!deployedObjects(ctx).some(isRoute)) {
            // A chart's route template switched off by the values: said as such, not as a missing route.
            const off = (ctx.repo.disabledTemplates ?? []).filter((d) => d.kinds.includes('HTTPRoute') && chosenOverlays(ctx).has(d.overlay));
            if (off.length)
                return [{ status: 'failed', message: `${off.map((d) => `${d.file} is disabled by \`${d.condition.replace(/^\$?\.Values\./, '')}\` (false in ${d.overlay})`).join('; ')}: no HTTPRoute is deployed, so the server is not exposed through Envoy Gateway.`, evidence: off.map((d) => ({ file: d.file, line: 1, column: 1, note: `disabled by ${d.condition}` })), fix: `Enable it in the production values (e.g. \`${off[0].condition.replace(/^\$?\.Values\./, '')}: true\`), attached to the ${wanted} Gateway.` }];
            return [{ status: 'failed', message: 'No HTTPRoute (gateway.networking.k8s.io) in the repository: the server is not exposed through Envoy Gateway.', fix: `Add an HTTPRoute attached to the ${wanted} Gateway:\n\n${routeSnippet}` }];
        }
        const outcomes = [];
        const inNs = att.filter((a) => a.namespace === gw.namespace);
        const right = inNs.filter((a) => a.gateway === wanted);
        const wrongExposure = inNs.filter((a) => a.gateway === gw.public && ctx.config.server.exposure !== 'public');
        for (const a of wrongExposure)
            outcomes.push({ status: 'failed', message: `HTTPRoute ${a.route.name} attaches to the public Gateway ${gw.namespace}/${gw.public}, but golive.yaml declares exposure: internal.`, evidence: [a.at], fix: `Attach it to the internal Gateway, or declare \`exposure: public\` with an \`exposureReason\` in golive.yaml:\n\n${parentRefSnippet(gw.internal, gw.namespace)}` });
        for (const a of att.filter((x) => x.namespace !== gw.namespace))
            outcomes.push({ status: 'failed', message: `HTTPRoute ${a.route.name} attaches to a Gateway outside ${gw.namespace} (${a.namespace ?? 'its own namespace'}/${a.gateway}).`, evidence: [a.at], fix: `Point the parentRef at the Gateway in ${gw.namespace}:\n\n${parentRefSnippet(a.gateway, gw.namespace)}` });
        if (!right.length && !outcomes.length)
            outcomes.push({ status: 'failed', message: `No HTTPRoute attaches to the ${wanted} Gateway in ${gw.namespace}.`, evidence: att.map((a) => a.at), fix: routeSnippet });
        if (right.length && !outcomes.length)
            outcomes.push({ status: 'passed', message: `HTTPRoute ${right.map((a) => a.route.name).join(', ')} attaches to ${gw.namespace}/${wanted}.`, evidence: right.map((a) => a.at) });
        return outcomes;
    }
};
const securityPolicy = {
    id: 'infra.security-policy',
    run(ctx) {
        const att = attachments(ctx);
        const routeNames = new Set(att.map((a) => a.route.name));
        const gatewayNames = new Set(att.map((a) => a.gateway));
        const policies = deployedObjects(ctx).filter((o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1');
        const snippet = `\`\`\`yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata:\n  name: ${ctx.config.server.name}-jwt\nspec:\n  targetRefs:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n      name: ${[...routeNames][0] ?? ctx.config.server.name}\n  jwt:\n    providers:\n      - name: entra\n        issuer: https://login.microsoftonline.com/<tenant-id>/v2.0\n        audiences: [api://${ctx.config.server.name}]\n        remoteJWKS:\n          uri: https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys\n\`\`\``;
        const targeting = policies.filter((p) => {
            const refs = [...(dig(p.data, 'spec', 'targetRefs') ?? []), ...(dig(p.data, 'spec', 'targetRef') ? [dig(p.data, 'spec', 'targetRef')] : [])];
            return refs.some((r) => (dig(r, 'kind') === 'HTTPRoute' && routeNames.has(String(dig(r, 'name')))) || (dig(r, 'kind') === 'Gateway' && gatewayNames.has(String(dig(r, 'name')))));
        });
        if (!targeting.length) {
            return [{ status: 'failed', message: policies.length ? `${policies.length} SecurityPolicy object${policies.length === 1 ? '' : 's'} found, none targeting the route (${[...routeNames].join(', ') || 'none'}) or its gateway.` : 'No Envoy Gateway SecurityPolicy (gateway.envoyproxy.io/v1alpha1) in the repository.', evidence: policies.map((p) => p.locate(['spec'], `SecurityPolicy ${p.name}`)), fix: snippet }];
        }
        const outcomes = [];
        for (const p of targeting) {
            const providers = dig(p.data, 'spec', 'jwt', 'providers');
            const oidc = dig(p.data, 'spec', 'oidc');
            const problems = [];
            if (!(Array.isArray(providers) && providers.length) && !oidc)
                problems.push({ what: 'has neither jwt.providers nor oidc', at: p.locate(['spec'], `SecurityPolicy ${p.name}`) });
            if (dig(p.data, 'spec', 'jwt', 'optional') === true)
                problems.push({ what: 'jwt.optional: true lets requests without a token through', at: p.locate(['spec', 'jwt', 'optional']) });
            if (dig(p.data, 'spec', 'extAuth', 'failOpen') === true)
                problems.push({ what: 'extAuth.failOpen: true lets requests through when the authoriser fails', at: p.locate(['spec', 'extAuth', 'failOpen']) });
            if (Array.isArray(providers))
                providers.forEach((pr, i) => {
                    if (!Array.isArray(dig(pr, 'audiences')) || !dig(pr, 'audiences').length)
                        problems.push({ what: `provider ${dig(pr, 'name') ?? i} has no audiences, so tokens for any audience pass`, at: p.locate(['spec', 'jwt', 'providers', i]) });
                });
            if (problems.length)
                outcomes.push({ status: 'failed', message: `SecurityPolicy ${p.name}: ${problems.map((x) => x.what).join('; ')}.`, evidence: problems.map((x) => x.at), fix: snippet });
            else
                outcomes.push({ status: 'passed', message: `SecurityPolicy ${p.name} requires ${oidc ? 'an OIDC login' : 'a valid JWT'} on ${[...routeNames].join(', ')}.`, evidence: [p.locate(['spec', oidc ? 'oidc' : 'jwt'], `SecurityPolicy ${p.name}`)] });
        }
        return outcomes;
    }
};
const auditLogging = {
    id: 'infra.audit-logging',
    run(ctx) {
        const proxies = deployedObjects(ctx).filter((o) => o.kind === 'EnvoyProxy' && o.apiVersion.startsWith('gateway.envoyproxy.io/'));
        const enabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog') !== undefined && dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') !== true);
        const app = ctx.repo.auth.auditLogs.filter((a) => !a.isTest);
        const evidence = [...enabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog'], `EnvoyProxy ${p.name}: access log`)), ...app.map((a) => a.at)];
        if (evidence.length) {
            const parts = [enabled.length ? `Envoy access logs (${enabled.map((p) => p.name).join(', ')})` : '', app.length ? 'an application audit log with user, tool, outcome and trace id' : ''].filter(Boolean);
            return [{ status: 'passed', message: `Audit logging: ${parts.join(' and ')}.`, evidence }];
        }
        const disabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') === true);
        return [{
                status: 'failed',
                message: disabled.length ? `Envoy access logs are disabled (${disabled.map((p) => p.name).join(', ')}) and no application audit log was found.` : 'No Envoy access log (EnvoyProxy spec.telemetry.accessLog) and no application audit log recording user, tool, outcome and trace id.',
                evidence: disabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog', 'disable'])),
                fix: 'Log every tool call with who, which tool, when, the outcome and the trace id, e.g.:\n\n```ts\nlogger.info({ audit: true, user: authInfo.extra.user, tool: name, outcome, traceId: span.spanContext().traceId, timestamp: new Date().toISOString() })\n```\n\nand/or enable Envoy access logs:\n\n```yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyProxy\nmetadata:\n  name: internal-proxy-config\n  namespace: envoy-gateway-system\nspec:\n  telemetry:\n    accessLog:\n      settings:\n        - format:\n            type: JSON\n          sinks:\n            - type: File\n              file:\n                path: /dev/stdout\n```'
            }];
    }
};
const INFRA_CHECKS = [gatewayRoute, securityPolicy, podSecurity, hardening, auditLogging].map(unlessGaps);

// Phase 1 — Security: the lethal trifecta. Declarations in golive.yaml are
// checked against what the source and the manifests show; evidence can raise
// a capability, never remove a declared one.
const where = (e) => `${e.file}:${e.line}:${e.column}`;
const TOOL_INDEXES = new WeakMap();
/** Where a declared tool is in golive.yaml's list (the first of that name), from a map made once per list. */
function toolIndex(ctx, name) {
    let index = TOOL_INDEXES.get(ctx.config.tools);
    if (!index) {
        index = new Map();
        for (const [i, t] of ctx.config.tools.entries())
            if (!index.has(t.name))
                index.set(t.name, i);
        TOOL_INDEXES.set(ctx.config.tools, index);
    }
    return index.get(name) ?? -1;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** What to add to golive.yaml so the gate asks the server itself which tools it serves. */
const INVENTORY_FIX = 'Let the gate ask the server which tools it serves: add an `inventory` block to golive.yaml (see the README, "The served inventory"):\n\n```yaml\ninventory:\n  command: [node, dist/index.js]   # or url: http://127.0.0.1:8080/mcp, or file: mcp-tools.json\n```';
const declarationFix = (name) => `Declare it in golive.yaml (and decide each capability honestly), or remove it from the server:\n\n\`\`\`yaml\ntools:\n  - name: ${name}\n    privateData: none          # none | obo | app-only | api-key\n    untrustedContent: none     # none | sanitized | in-context\n    externalCommunication: none  # none | allowlisted | open\n\`\`\``;
/** Where the served inventory comes from, as evidence: the inventory block of golive.yaml, or the file. */
function inventoryEvidence(ctx, note) {
    const inv = ctx.config.inventory;
    if (inv?.file !== undefined)
        return { file: inv.file, line: 1, column: 1, note };
    return configEvidence(ctx, ['inventory', inv?.command ? 'command' : 'url'], note);
}
const toolsDeclared = {
    id: 'security.tools-declared',
    run(ctx) {
        const inventory = ctx.repo.inventory;
        const served = servedTools(inventory);
        if (ctx.repo.scan.sourceFiles === 0 && !served) {
            return [{ status: 'not verified', message: 'No TypeScript, JavaScript, Python, C#, Go or Java source was found, so the registered tools could not be read.', reason: 'no source files in the checkout (or all excluded by paths.exclude / .gitignore)', fix: INVENTORY_FIX }];
        }
        const outcomes = [];
        const entries = toolEntries(ctx.config, ctx.repo);
        const declaredAt = (name) => configEvidence(ctx, ['tools', toolIndex(ctx, name), 'name']);
        const regAt = (e) => (e.registeredAt ? [e.registeredAt] : []);
        if (inventory?.configured && !inventory.ok) {
            const from = inventory.source === 'file' ? `the inventory file ${ctx.config.inventory?.file ?? ''}` : inventory.source === 'url' ? 'the server at inventory.url' : 'the server inventory.command starts';
            outcomes.push({
                status: 'not verified',
                message: `The served tools could not be read from ${from}, so the source alone decides below.${inventory.stderr ? ` Its standard error: ${inventory.stderr}` : ''}`,
                reason: inventory.reason,
                evidence: [inventoryEvidence(ctx, inventory.refused ? 'not started' : 'not read')],
                fix: inventory.refused ? 'Run the gate where it may start the server (on pull_request, or the CLI with --inventory on a checkout you trust), or export tools/list to a file in a trusted job and name it as `inventory.file`.' : 'Make the server start with only PATH, HOME and the placeholders under `inventory.env`, answer on standard output with JSON-RPC only (logs go to standard error), and list its tools within `inventory-timeout`.'
            });
        }
        if (served) {
            const live = inventory?.configured && inventory.live;
            const what = live ? 'the server serves' : `the inventory file ${ctx.config.inventory?.file ?? ''} records`;
            for (const e of entries.filter((e) => e.served && !e.declared)) {
                outcomes.push({ status: 'failed', message: `Tool "${e.name}" is served (${what} it) but not declared in golive.yaml: a session can call it.`, evidence: [inventoryEvidence(ctx, `serves tool "${e.name}"`), ...regAt(e)], fix: declarationFix(e.name) });
            }
            for (const e of entries.filter((e) => e.declared && !e.served)) {
                outcomes.push(live
                    ? { status: 'failed', message: `Tool "${e.name}" is declared in golive.yaml but the server does not serve it: the declaration is stale.`, evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')], fix: 'Remove the declaration if the tool is gone, or check that the server registers it under this exact name when started as `inventory` starts it.' }
                    : { status: 'warning', message: `Tool "${e.name}" is declared in golive.yaml but not in the inventory file: the file or the declaration is out of date.`, evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')], fix: 'Export tools/list again and commit it, or remove the declaration if the tool is gone.' });
            }
            outcomes.push(...metadataOutcomes(ctx, served, what));
        }
        else {
            const mcpFiles = ctx.repo.source.mcpFiles ?? [];
            const registered = entries.filter((e) => e.registeredAt);
            const computed = computedRegistrations(ctx.repo);
            if (mcpFiles.length && !registered.length && !computed.length) {
                outcomes.push({ status: 'not verified', message: `An MCP SDK is used (${plural(mcpFiles.length, 'file')}) but no tool registration was found in source: the gate cannot tell which tools the server serves.`, reason: 'no registration idiom the gate reads was found', evidence: mcpFiles.slice(0, 5).map((f) => ({ file: f, line: 1, column: 1, note: 'uses an MCP SDK' })), fix: INVENTORY_FIX });
            }
            if (computed.length) {
                outcomes.push({ status: 'not verified', message: `${plural(computed.length, 'tool registration')} in source ${computed.length === 1 ? 'has a name' : 'have names'} the code computes, so the tool names clients see are not known: ${computed.slice(0, 10).map((r) => `\`${r.computed.expression}\` at ${r.at.file}:${r.at.line}`).join(', ')}${computed.length > 10 ? ', …' : ''}.`, reason: 'computed tool names', evidence: computed.map((r) => ({ ...r.at, note: `name computed as ${r.computed.expression}` })), fix: INVENTORY_FIX });
            }
        }
        // Registered in source but neither declared nor served: a session can reach it when the server is started otherwise.
        for (const e of entries.filter((e) => e.registeredAt && !e.declared && !e.served)) {
            outcomes.push({ status: 'failed', message: `Tool "${e.name}" is registered in source but not declared in golive.yaml.`, evidence: regAt(e), fix: declarationFix(e.name) });
        }
        if (!served) {
            for (const e of entries.filter((e) => e.declared && !e.registeredAt)) {
                outcomes.push({ status: 'not verified', message: `Tool "${e.name}" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.`, reason: 'declared tool without a registration the gate reads', evidence: [declaredAt(e.name)], fix: `${INVENTORY_FIX}\n\nOr remove the declaration if the tool is gone (\`mcp-golive explain security.tools-declared\` lists the registration idioms the gate reads).` });
            }
        }
        if (!outcomes.length) {
            const names = entries.map((e) => e.name);
            const basis = served ? (inventory?.configured && inventory.live ? 'served by the server (tools/list)' : `recorded in the inventory file ${ctx.config.inventory?.file ?? ''}`) : 'registered in source';
            outcomes.push({
                status: 'passed',
                message: names.length ? `All ${plural(names.length, 'tool')} ${basis} ${names.length === 1 ? 'is' : 'are'} declared, and every declared tool is ${served ? 'served' : 'registered'}: ${names.join(', ')}.` : `No tool is ${basis}, and golive.yaml declares none.`,
                evidence: served ? [inventoryEvidence(ctx, 'tools/list'), ...entries.flatMap(regAt)] : entries.flatMap(regAt)
            });
        }
        return outcomes;
    }
};
/** Annotations that contradict the declaration, missing descriptions, and descriptions that speak to the model. */
function metadataOutcomes(ctx, served, what) {
    const out = [];
    const declared = new Map(ctx.config.tools.map((t) => [t.name, t]));
    const missingDescription = [];
    for (const tool of served) {
        const decl = declared.get(tool.name);
        const at = inventoryEvidence(ctx, `serves tool "${tool.name}"`);
        if (decl && tool.annotations?.openWorldHint === true && decl.externalCommunication === 'none' && decl.untrustedContent === 'none') {
            out.push({ status: 'failed', message: `Tool "${tool.name}" is annotated \`openWorldHint: true\` (it reaches the world outside the server) but golive.yaml declares \`externalCommunication: none\` and \`untrustedContent: none\`.`, evidence: [at, configEvidence(ctx, ['tools', toolIndex(ctx, tool.name), 'externalCommunication'])], fix: 'Declare what the tool really does (`externalCommunication` and `untrustedContent`), or set `openWorldHint: false` if it only touches a closed domain.' });
        }
        if (!tool.description?.trim())
            missingDescription.push(tool.name);
        for (const d of descriptionsOf(tool)) {
            const signs = poisonSigns(d.text);
            if (signs.length) {
                out.push({ status: 'failed', message: `Tool "${tool.name}" carries instructions to the model in its ${d.where} (tool poisoning): ${signs.map((s) => `${s.why}: "${s.quote}"`).join('; ')}.`, evidence: [at], fix: 'A description says what the tool does, for the model and the reviewer; it never tells the model what to do beyond that. Remove the instruction (and any hidden characters) from the text the server serves.' });
            }
        }
    }
    if (missingDescription.length) {
        out.push({ status: 'warning', message: `${plural(missingDescription.length, 'tool')} ${what === 'the server serves' ? 'served' : 'listed'} without a description: ${missingDescription.join(', ')}. Clients and reviewers rely on it.`, evidence: [inventoryEvidence(ctx, 'tools/list')], fix: 'Give each tool a description of what it does and what it returns.' });
    }
    return out;
}
// ---------------------------------------------------------------- per-tool capabilities
const MATRICES = new WeakMap();
/** The tool × leg matrix of this run (declared, raised by evidence), made once. */
function toolMatrix(ctx) {
    let m = MATRICES.get(ctx.repo.capabilities);
    if (!m) {
        m = capabilityMatrix(ctx.config, ctx.repo.capabilities, (tool) => !!attestationFor(ctx, 'security.untrusted-content', tool));
        MATRICES.set(ctx.repo.capabilities, m);
    }
    return m;
}
const LEG_WORDS = { privateData: 'private data', untrustedContent: 'untrusted content', externalCommunication: 'external communication' };
const factEvidence = (f) => ({ ...f.at, note: f.via });
/** The declaration evidence asks for: the least that is true of what was found. */
function declarationFor(leg, facts, ctx) {
    if (leg === 'privateData')
        return ctx.repo.auth.obo.some((h) => !h.isTest) ? 'obo' : 'obo   # or app-only / api-key: how the tool is authorised';
    if (leg === 'untrustedContent')
        return 'in-context   # or sanitized, with an attestation';
    return facts.some((f) => f.source !== 'host' && f.source !== 'llm') ? 'open' : 'allowlisted';
}
/**
 * Tools whose evidence holds a leg the declaration denies, one failure per tool, then what is not
 * tied to a tool: a failure when none of the tools that may hold it declares the leg.
 */
function evidenceOutcomes(ctx, leg) {
    const outcomes = [];
    const declared = new Map(ctx.config.tools.map((t) => [t.name, t]));
    for (const row of toolMatrix(ctx)) {
        const cell = row[leg];
        if (!cell.evidence.length)
            continue;
        const decl = declared.get(row.tool);
        const denies = !decl || cell.declared === 'none';
        const needsOpen = leg === 'externalCommunication' && cell.declared === 'allowlisted' && cell.evidence.some((f) => f.source === 'caller-url' || f.source === 'send');
        const unlisted = leg === 'externalCommunication' && cell.declared === 'allowlisted' ? cell.evidence.filter((f) => f.source === 'host' && f.host && classifyHost(f.host, ctx.config.egress.allowedHosts) === 'public') : [];
        if (!denies && !needsOpen && !unlisted.length)
            continue;
        const value = declarationFor(leg, cell.evidence, ctx);
        const first = cell.evidence[0];
        const where = `${first.at.file}:${first.at.line}`;
        const message = needsOpen
            ? `Tool "${row.tool}" declares \`${leg}: allowlisted\`, but where it connects is chosen at run time: ${first.via} (${where}).`
            : unlisted.length
                ? `Tool "${row.tool}" connects to hosts not in \`egress.allowedHosts\`: ${[...new Set(unlisted.map((f) => f.host))].join(', ')}.`
                : `Tool "${row.tool}" reaches ${LEG_WORDS[leg]} — ${first.via} (${where}) — but ${decl ? `declares \`${leg}: none\`` : 'is not declared'}.`;
        outcomes.push({
            status: 'failed',
            message,
            evidence: (unlisted.length ? unlisted : cell.evidence).map(factEvidence),
            fix: unlisted.length
                ? '```yaml\negress:\n  allowedHosts:\n' + [...new Set(unlisted.map((f) => f.host))].map((h) => `    - ${h}`).join('\n') + '\n```'
                : `Declare what the tool does (evidence raises a leg, never lowers it), or remove the code that does it:\n\n\`\`\`yaml\ntools:\n  - name: ${row.tool}\n    ${leg}: ${needsOpen ? 'open' : value}\n\`\`\``
        });
    }
    const byVia = new Map();
    for (const f of ctx.repo.capabilities.server) {
        if (f.leg !== leg || !factCounts(f, ctx.config.egress.allowedHosts))
            continue;
        const list = byVia.get(f.via) ?? [];
        list.push(f);
        byVia.set(f.via, list);
    }
    const rows = new Map(toolMatrix(ctx).map((r) => [r.tool, r]));
    for (const [via, facts] of byVia) {
        const candidates = facts[0].candidates;
        if (candidates.some((t) => rows.get(t)?.[leg].sources.includes('declared')))
            continue;
        if (!candidates.length && !ctx.config.tools.length)
            continue;
        outcomes.push({
            status: 'failed',
            message: `The server reaches ${LEG_WORDS[leg]} — ${via} (${facts[0].at.file}:${facts[0].at.line}) — in code no tool's handler was followed to, and none of the tools that may hold it declares it: ${candidates.slice(0, 10).join(', ')}${candidates.length > 10 ? `, and ${candidates.length - 10} more` : ''}.`,
            evidence: facts.map(factEvidence),
            fix: `Declare \`${leg}\` on the tool that uses it (evidence raises a leg, never lowers it), or remove the code:\n\n\`\`\`yaml\ntools:\n  - name: ${candidates[0] ?? 'the_tool'}\n    ${leg}: ${declarationFor(leg, facts, ctx)}\n\`\`\``
        });
    }
    return outcomes;
}
const privateData = {
    id: 'security.private-data',
    run(ctx) {
        const outcomes = ctx.config.tools
            .filter((t) => t.privateData === 'app-only' || t.privateData === 'api-key')
            .map((t) => ({
            status: 'failed',
            message: `Tool "${t.name}" reaches private data with ${t.privateData === 'app-only' ? 'an app-only identity' : 'an API key'}, not on behalf of the signed-in user.`,
            evidence: [configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])],
            fix: 'Exchange the user’s token with the on-behalf-of flow and call the data source with it; then declare `privateData: obo`. See `mcp-golive explain auth.obo`.'
        }));
        outcomes.push(...evidenceOutcomes(ctx, 'privateData'));
        // `obo` is a claim about the identity the data client is built with: the source must show the exchange.
        const oboWithEvidence = toolMatrix(ctx).filter((r) => r.privateData.declared === 'obo' && r.privateData.evidence.length);
        const obo = ctx.repo.auth.obo.filter((h) => !h.isTest);
        const appCredentials = ctx.repo.auth.appCredentials.filter((h) => !h.isTest);
        if (oboWithEvidence.length && !obo.length) {
            const names = oboWithEvidence.map((r) => r.tool).join(', ');
            outcomes.push(appCredentials.length
                ? { status: 'failed', message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but the source builds its clients with an app identity (${appCredentials[0].what}) and never exchanges the user's token.`, evidence: [...appCredentials.map((h) => h.at), ...oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))], fix: 'Build the data client with the on-behalf-of token (e.g. OnBehalfOfCredential / acquire_token_on_behalf_of), or declare the identity the tool really uses (`app-only` or `api-key`).' }
                : { status: 'not verified', message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but no on-behalf-of exchange was found in the source.`, reason: 'the identity the data client is built with could not be read', evidence: oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0])) });
        }
        if (!outcomes.length) {
            const declaredObo = ctx.config.tools.filter((t) => t.privateData === 'obo');
            outcomes.push({ status: 'passed', message: declaredObo.length ? `Private data only on behalf of the user (${declaredObo.map((t) => t.name).join(', ')}).` : 'No tool declares or is seen reaching private data.', evidence: declaredObo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])) });
        }
        return outcomes;
    }
};
const untrustedContent = {
    id: 'security.untrusted-content',
    run(ctx) {
        const outcomes = [];
        for (const [i, t] of ctx.config.tools.entries()) {
            const at = configEvidence(ctx, ['tools', i, 'untrustedContent']);
            if (t.untrustedContent === 'in-context') {
                outcomes.push({ status: 'failed', message: `Tool "${t.name}" puts untrusted content in the model’s context.`, evidence: [at], fix: 'Keep outside text out of the model’s context: return identifiers or structured fields the server controls, or sanitise it and have a reviewer attest to it (`untrustedContent: sanitized` plus an attestation).' });
            }
            else if (t.untrustedContent === 'sanitized') {
                const att = attestationFor(ctx, 'security.untrusted-content', t.name);
                outcomes.push(att
                    ? { status: 'attested', message: `Tool "${t.name}" sanitises untrusted content (attested by ${att.by} on ${att.date}).`, evidence: [at], attestation: { by: att.by, date: att.date, note: att.note } }
                    : { status: 'not verified', message: `Tool "${t.name}" declares sanitised untrusted content; a machine cannot check sanitisation.`, reason: 'sanitisation needs an attestation by a named reviewer', evidence: [at], fix: `Have a reviewer attest it in golive.yaml:\n\n\`\`\`yaml\nattestations:\n  - check: security.untrusted-content\n    subject: ${t.name}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: how the content is sanitised\n\`\`\`` });
            }
        }
        outcomes.push(...evidenceOutcomes(ctx, 'untrustedContent'));
        if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
            outcomes.unshift({ status: 'passed', message: 'No tool puts untrusted content in the model’s context.', evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent'])) });
        }
        return outcomes;
    }
};
const SORTED = new WeakMap();
/**
 * One walk over the network-call table for all the checks of a run: at 100,000 files it holds
 * 320,000 calls, and each walk makes a row object of each. Kept per table and allowlist.
 */
function productionCalls(ctx) {
    const table = ctx.repo.source.networkCalls;
    const allowed = ctx.config.egress.allowedHosts;
    const cached = SORTED.get(table);
    if (cached && cached.allowed === allowed)
        return cached.calls;
    const calls = { public: { hosts: [], rows: [], total: 0 }, known: { rows: [], total: 0 }, computed: [], callerSupplied: [] };
    const hosts = new Set();
    const classOf = new Map();
    // A walk that makes a row only for what it keeps: the table holds every call of the checkout.
    table.walk((c, take) => {
        if (c.isTest)
            return;
        if (c.callerSupplied)
            calls.callerSupplied.push(take());
        if (!c.host) {
            calls.computed.push(take());
            return;
        }
        let cls = classOf.get(c.host);
        if (cls === undefined)
            classOf.set(c.host, (cls = classifyHost(c.host, allowed)));
        const bucket = cls === 'public' ? calls.public : calls.known;
        if (cls === 'public')
            hosts.add(c.host);
        bucket.total++;
        if (bucket.rows.length < MAX_EVIDENCE_PER_FINDING)
            bucket.rows.push(take());
    });
    calls.public.hosts = [...hosts];
    SORTED.set(table, { allowed, calls });
    return calls;
}
const externalCommunication = {
    id: 'security.external-communication',
    run(ctx) {
        const outcomes = [];
        const allowed = ctx.config.egress.allowedHosts;
        ctx.config.tools.forEach((t, i) => {
            const at = configEvidence(ctx, ['tools', i, 'externalCommunication']);
            if (t.externalCommunication === 'open')
                outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares open external communication.`, evidence: [at], fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).' });
            else if (t.externalCommunication === 'allowlisted' && !allowed.length)
                outcomes.push({ status: 'failed', message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`, evidence: [at], fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```' });
        });
        outcomes.push(...evidenceOutcomes(ctx, 'externalCommunication'));
        // One finding per call-site family (same file, client and computed expression); a URL a tool argument chooses is raised above instead.
        const families = new Map();
        const callerLines = new Set(toolMatrix(ctx).flatMap((r) => r.externalCommunication.evidence.concat(r.untrustedContent.evidence).filter((f) => f.source === 'caller-url').map((f) => `${f.at.file}:${f.at.line}`)));
        const computed = [...productionCalls(ctx).computed.filter((c) => !c.callerSupplied), ...ctx.repo.capabilities.tools.flatMap((t) => t.unknownTargets)];
        for (const c of computed) {
            if (callerLines.has(`${c.at.file}:${c.at.line}`))
                continue;
            const key = `${c.at.file}|${c.client}|${c.expression}`;
            const family = families.get(key);
            if (family)
                family.count++;
            else
                families.set(key, { client: c.client, expression: c.expression, at: c.at, count: 1 });
        }
        for (const c of families.values()) {
            const subject = `${c.at.file}:${c.at.line}`;
            const att = attestationFor(ctx, 'security.external-communication', subject);
            if (att && att.subject) {
                outcomes.push({ status: 'attested', message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`, evidence: [c.at], attestation: { by: att.by, date: att.date, note: att.note } });
            }
            else {
                outcomes.push({ status: 'warning', message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`)${c.count > 1 ? `, as at ${c.count - 1} more place${c.count === 2 ? '' : 's'} in the file` : ''}.`, evidence: [c.at], fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\`` });
            }
        }
        const egress = ctx.repo.egress;
        if (egress.openToWorld.length) {
            outcomes.push({ status: 'failed', message: 'A network policy allows egress to the whole world.', evidence: egress.openToWorld, fix: 'Allow egress only to the namespaces and services the server needs:\n\n```yaml\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: tickets\n    ports:\n      - port: 8080\n```' });
        }
        const fqdns = egress.fqdns.filter((f) => classifyHost(f.host.replace(/^\*\./, 'x.'), allowed) === 'public');
        if (fqdns.length)
            outcomes.push({ status: 'failed', message: `A Cilium policy allows egress to external hosts that are not allowlisted: ${fqdns.map((f) => f.host).join(', ')}.`, evidence: fqdns.map((f) => f.at), fix: 'Remove the toFQDNs rule, or list the hosts under `egress.allowedHosts` if the communication is approved.' });
        const hasWorkloads = deployedObjects(ctx).some((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob'].includes(o.kind));
        if (hasWorkloads && !egress.policies.length) {
            outcomes.push({ status: 'warning', message: 'No NetworkPolicy or CiliumNetworkPolicy restricts egress, so nothing but the code stops the server talking to the world.', fix: '```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ' + ctx.config.server.name + '-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n          protocol: UDP\n```' });
        }
        if (!outcomes.some((o) => o.status === 'failed')) {
            const internal = productionCalls(ctx).known;
            const n = internal.total;
            outcomes.unshift({ status: 'passed', message: `No tool communicates externally${n ? `; ${n} call${n === 1 ? '' : 's'} in source go to internal, allowlisted or identity-provider hosts` : ''}${egress.policies.length ? '; egress is restricted by network policy' : ''}.`, evidence: [...internal.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })), ...egress.policies], omittedEvidence: n - internal.rows.length });
        }
        return outcomes;
    }
};
const contentTypes = {
    id: 'security.content-types',
    run(ctx) {
        const uses = ctx.repo.source.contentTypes;
        const prod = uses.filter((u) => !u.isTest);
        const test = uses.filter((u) => u.isTest);
        const outcomes = prod.map((u) => ({
            status: 'failed',
            message: `Prohibited ${u.kind.replace('_', ' ')} content is produced at ${where(u.at)}.`,
            evidence: [u.at],
            fix: 'Return text content only: describe the image or audio in text, or return an identifier the client resolves through its own, authorised channel. Resource links are not allowed either.'
        }));
        if (test.length)
            outcomes.push({ status: 'warning', nonProduction: true, message: `${test.length} use${test.length === 1 ? '' : 's'} of prohibited content types in test code (reported, not blocking).`, evidence: test.map((u) => u.at) });
        if (!prod.length)
            outcomes.unshift({ status: 'passed', message: `No image, audio or resource-link content in production source (${ctx.repo.scan.sourceFiles} source files read).` });
        return outcomes;
    }
};
/** The union over all tools of the three capabilities: declared values, raised by evidence (never lowered), and what the server holds apart from any tool. */
function trifectaLegs(ctx) {
    const legs = { privateData: { present: false, evidence: [], why: [] }, untrustedContent: { present: false, evidence: [], why: [] }, externalCommunication: { present: false, evidence: [], why: [] } };
    const raise = (leg, why, evidence) => {
        leg.present = true;
        leg.why.push(why);
        leg.evidence.push(...evidence);
    };
    const declared = new Map(ctx.config.tools.map((t, i) => [t.name, i]));
    for (const row of toolMatrix(ctx)) {
        for (const name of ['privateData', 'untrustedContent', 'externalCommunication']) {
            const cell = row[name];
            if (cell.sources.includes('declared'))
                raise(legs[name], `${row.tool} declares ${name}: ${cell.declared}`, [configEvidence(ctx, ['tools', declared.get(row.tool), name])]);
            else if (cell.evidence.length)
                raise(legs[name], `${row.tool}: ${cell.evidence[0].via}`, cell.evidence.slice(0, 2).map(factEvidence));
        }
    }
    const allowed = ctx.config.egress.allowedHosts;
    for (const name of ['privateData', 'untrustedContent', 'externalCommunication']) {
        const facts = ctx.repo.capabilities.server.filter((f) => f.leg === name && factCounts(f, allowed));
        if (facts.length)
            raise(legs[name], `the server (not tied to a tool): ${[...new Set(facts.map((f) => f.via))].slice(0, 3).join('; ')}`, facts.slice(0, 3).map(factEvidence));
    }
    if (ctx.repo.egress.openToWorld.length)
        raise(legs.externalCommunication, 'a network policy allows egress to the world', ctx.repo.egress.openToWorld.slice(0, 2));
    return legs;
}
const trifecta = {
    id: 'security.trifecta',
    run(ctx) {
        const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx);
        const legs = [['private data', priv], ['untrusted content', untrusted], ['external communication', external]];
        if (legs.every(([, l]) => l.present)) {
            // A single tool holding all three is the worst case: one call can read, be steered and send.
            const whole = toolMatrix(ctx).filter((r) => r.privateData.present && r.untrustedContent.present && r.externalCommunication.present).map((r) => r.tool);
            const single = whole.length ? `${whole.join(', ')} ${whole.length === 1 ? 'holds' : 'each hold'} all three legs by ${whole.length === 1 ? 'itself' : 'themselves'}, and ` : '';
            return [{
                    status: 'failed',
                    message: `STOP — ${single}the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
                    evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(priv.evidence.slice(1), untrusted.evidence.slice(1), external.evidence.slice(1)),
                    fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.'
                }];
        }
        const present = legs.filter(([, l]) => l.present).map(([n]) => n);
        return [{ status: 'passed', message: present.length ? `Not all three legs: only ${present.join(' and ')} across the tools.` : 'None of the three legs is present across the tools.', evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6) }];
    }
};
const SECURITY_CHECKS = [toolsDeclared, trifecta, privateData, untrustedContent, externalCommunication, contentTypes];

export { INFRA_CHECKS as I, POLICY_GITHUB_CHECKS as P, SECURITY_CHECKS as S, attestationFor as a, configEvidence as b, containerEnv as c, deployedObjects as d, environmentsFromApi as e, classicProtectionNeeded as f, trifectaLegs as g, noToken as n, prodEnvironment as p, registrationFinder as r, shapes as s, toolEntries as t };
