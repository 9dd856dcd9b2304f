import { b as isTestPath, d as startSourceScan } from './parallel-scan.js';
import { d as distExports, n as nodePosition } from './chars.js';
import { d as dig, r as readKubernetesObjects, a as readKustomizations } from './kubernetes-objects.js';

// README, CODEOWNERS and changelog: the documents people read.
const README_NAMES = ['README.md', 'README.markdown', 'README.rst', 'README.txt', 'README', 'readme.md', 'Readme.md'];
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
function readDocs(repo) {
    const readmePath = README_NAMES.find((p) => repo.has(p));
    const readmeText = readmePath ? repo.read(readmePath) : undefined;
    const codeownersPath = CODEOWNERS_PATHS.find((p) => repo.has(p));
    const codeownersText = codeownersPath ? repo.read(codeownersPath) : undefined;
    const changelog = repo.files.find((f) => /^(CHANGELOG|CHANGES|HISTORY|RELEASES?)(\.md|\.rst|\.txt)?$/i.test(f.path))?.path;
    const docs = repo
        .glob(['docs/**/*.md'])
        .slice(0, 50)
        .filter((f) => !isTestPath(f.path))
        .map((f) => ({ path: f.path, text: repo.read(f.path) ?? '' }));
    return {
        readme: readmePath && readmeText !== undefined ? { path: readmePath, text: readmeText } : undefined,
        codeowners: codeownersPath && codeownersText !== undefined ? { path: codeownersPath, rules: parseCodeowners(codeownersText) } : undefined,
        changelog,
        docs
    };
}
const ROOT_PATTERNS = new Set(['*', '/', '/*', '/**', '**', '**/*']);
/** The rule that owns the whole repository: the last root rule with owners (in CODEOWNERS the last match wins). */
function rootCodeownersRule(codeowners) {
    return codeowners?.rules.filter((r) => ROOT_PATTERNS.has(r.pattern) && r.owners.length > 0).at(-1);
}
/**
 * A CODEOWNERS line without its comment: from the first `#` at its start or after whitespace, past the
 * line's last line terminator (a lone CR or U+2028 is still in `raw`). It is what `/(^|\s)#.*$/` removed,
 * written out because that pattern scanned from every `#` to the next terminator: a long line of `\t#`
 * took quadratic time.
 */
function withoutComment(raw) {
    const start = Math.max(raw.lastIndexOf('\r'), raw.lastIndexOf('\n'), raw.lastIndexOf('\u2028'), raw.lastIndexOf('\u2029')) + 1;
    for (let p = raw.indexOf('#', start); p !== -1; p = raw.indexOf('#', p + 1)) {
        if (p === 0)
            return '';
        if (/\s/.test(raw[p - 1]))
            return raw.slice(0, p - 1);
    }
    return raw;
}
/** CODEOWNERS lines: a pattern followed by owners; comments and blank lines skipped. */
function parseCodeowners(text) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = withoutComment(raw).trim();
        if (!line)
            return;
        const [pattern, ...owners] = line.split(/\s+/);
        rules.push({ pattern, owners, line: i + 1 });
    });
    return rules;
}

// Which package ecosystems the repository uses, and which of them Dependabot or
// Renovate keeps up to date.
/** Dependabot's `package-ecosystem` names, keyed by the manifest that reveals them. */
const MANIFESTS = [
    { ecosystem: 'npm', match: /(^|\/)package\.json$/ },
    { ecosystem: 'pip', match: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|setup\.py|Pipfile)$/ },
    { ecosystem: 'uv', match: /(^|\/)uv\.lock$/ },
    { ecosystem: 'gomod', match: /(^|\/)go\.mod$/ },
    { ecosystem: 'nuget', match: /\.(csproj|fsproj|sln)$|(^|\/)packages\.config$/ },
    { ecosystem: 'maven', match: /(^|\/)pom\.xml$/ },
    { ecosystem: 'gradle', match: /(^|\/)build\.gradle(\.kts)?$/ },
    { ecosystem: 'docker', match: /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/ },
    { ecosystem: 'github-actions', match: /^\.github\/workflows\/[^/]+\.ya?ml$/ }
];
const RENOVATE_PATHS = ['renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json'];
function readEcosystems(repo) {
    const used = {};
    for (const f of repo.files) {
        if (f.path.split('/').some((seg) => seg === 'test' || seg === 'tests' || seg === 'fixtures' || seg === 'examples'))
            continue;
        for (const m of MANIFESTS)
            if (!used[m.ecosystem] && m.match.test(f.path))
                used[m.ecosystem] = f.path;
    }
    const ev = { used };
    const dependabotPath = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((p) => repo.has(p));
    if (dependabotPath) {
        const file = repo.yaml(dependabotPath);
        const doc = file?.docs[0];
        const ecosystems = [];
        let error;
        if (!file || !doc || doc.errors.length)
            error = doc?.errors[0]?.message.split('\n')[0] ?? 'unreadable';
        else {
            const updates = distExports.isMap(doc.contents) ? doc.contents.get('updates', true) : undefined;
            if (distExports.isSeq(updates)) {
                for (const u of updates.items) {
                    if (!distExports.isMap(u))
                        continue;
                    const eco = u.get('package-ecosystem', true);
                    const dir = u.get('directory', true) ?? u.get('directories', true);
                    if (distExports.isScalar(eco))
                        ecosystems.push({ name: String(eco.value), directory: distExports.isScalar(dir) ? String(dir.value) : '/', ...nodePosition(file.lineCounter, eco) });
                }
            }
            else
                error = 'no `updates` list';
        }
        ev.dependabot = { path: dependabotPath, ecosystems, error };
    }
    const renovatePath = RENOVATE_PATHS.find((p) => repo.has(p));
    if (renovatePath)
        ev.renovate = { path: renovatePath };
    else if (repo.has('package.json') && /"renovate"\s*:/.test(repo.read('package.json') ?? ''))
        ev.renovate = { path: 'package.json' };
    return ev;
}

const WORLD_CIDRS = new Set(['0.0.0.0/0', '::/0']);
function readEgress(objects) {
    const facts = { policies: [], openToWorld: [], fqdns: [] };
    for (const o of objects) {
        if (o.kind === 'NetworkPolicy' && o.apiVersion.startsWith('networking.k8s.io/')) {
            const types = dig(o.data, 'spec', 'policyTypes');
            const egress = dig(o.data, 'spec', 'egress');
            if (!(Array.isArray(types) && types.includes('Egress')) && !Array.isArray(egress))
                continue;
            facts.policies.push(o.locate(['metadata', 'name'], `NetworkPolicy ${o.name}`));
            if (!Array.isArray(egress))
                continue;
            egress.forEach((rule, i) => {
                const to = dig(rule, 'to');
                if (!Array.isArray(to) || to.length === 0) {
                    facts.openToWorld.push(o.locate(['spec', 'egress', i], `NetworkPolicy ${o.name}: egress rule without \`to\` allows every destination`));
                    return;
                }
                to.forEach((peer, j) => {
                    const cidr = dig(peer, 'ipBlock', 'cidr');
                    if (typeof cidr === 'string' && WORLD_CIDRS.has(cidr))
                        facts.openToWorld.push(o.locate(['spec', 'egress', i, 'to', j, 'ipBlock', 'cidr'], `NetworkPolicy ${o.name}: egress to ${cidr}`));
                });
            });
        }
        else if ((o.kind === 'CiliumNetworkPolicy' || o.kind === 'CiliumClusterwideNetworkPolicy') && o.apiVersion.startsWith('cilium.io/')) {
            const specs = Array.isArray(dig(o.data, 'specs')) ? dig(o.data, 'specs').map((_, k) => ['specs', k]) : [['spec']];
            for (const base of specs) {
                const egress = dig(o.data, ...base, 'egress');
                if (!Array.isArray(egress))
                    continue;
                facts.policies.push(o.locate(['metadata', 'name'], `${o.kind} ${o.name}`));
                egress.forEach((rule, i) => {
                    const entities = dig(rule, 'toEntities');
                    if (Array.isArray(entities)) {
                        entities.forEach((e, j) => {
                            if (e === 'world' || e === 'all')
                                facts.openToWorld.push(o.locate([...base, 'egress', i, 'toEntities', j], `${o.kind} ${o.name}: toEntities ${e}`));
                        });
                    }
                    const cidrs = dig(rule, 'toCIDR');
                    if (Array.isArray(cidrs))
                        cidrs.forEach((c, j) => WORLD_CIDRS.has(String(c)) && facts.openToWorld.push(o.locate([...base, 'egress', i, 'toCIDR', j], `${o.kind} ${o.name}: toCIDR ${c}`)));
                    const fqdns = dig(rule, 'toFQDNs');
                    if (Array.isArray(fqdns)) {
                        fqdns.forEach((f, j) => {
                            const host = (dig(f, 'matchName') ?? dig(f, 'matchPattern'));
                            if (typeof host === 'string')
                                facts.fqdns.push({ host: host.toLowerCase(), at: o.locate([...base, 'egress', i, 'toFQDNs', j], `${o.kind} ${o.name}: toFQDNs ${host}`) });
                        });
                    }
                });
            }
        }
    }
    // The same base policy built by several overlays is one fact.
    const once = (xs, key) => xs.filter((x, i) => xs.findIndex((y) => key(y) === key(x)) === i);
    const where = (e) => `${e.file}:${e.line}:${e.column}:${e.note ?? ''}`;
    return { policies: once(facts.policies, where), openToWorld: once(facts.openToWorld, where), fqdns: once(facts.fqdns, (f) => where(f.at)) };
}

// GitHub Actions workflows, parsed (not grepped) with positions: the triggers,
// the jobs, their environments and every step's `uses` and `run`.
function readWorkflows(repo) {
    return repo.glob(['.github/workflows/*.yml', '.github/workflows/*.yaml']).map((f) => readWorkflow(repo, f.path));
}
function readWorkflow(repo, path) {
    const wf = { path, on: [], branches: {}, tags: [], jobs: [] };
    const file = repo.yaml(path);
    const doc = file?.docs[0];
    if (!file || !doc)
        return { ...wf, error: 'unreadable' };
    if (doc.errors.length)
        return { ...wf, error: `invalid YAML: ${doc.errors[0].message.split('\n')[0]}` };
    const root = doc.contents;
    if (!distExports.isMap(root))
        return { ...wf, error: 'not a mapping' };
    const get = (m, key) => (distExports.isMap(m) ? m.items.find((p) => distExports.isScalar(p.key) && p.key.value === key)?.value : undefined);
    const str = (n) => (distExports.isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined);
    wf.name = str(get(root, 'name'));
    // `on` may be read as the boolean true by YAML 1.1 parsers; we parse as 1.2, where it stays "on".
    const on = get(root, 'on') ?? get(root, 'true');
    if (distExports.isScalar(on))
        wf.on = [String(on.value)];
    else if (distExports.isSeq(on))
        wf.on = on.items.map(str).filter((s) => !!s);
    else if (distExports.isMap(on)) {
        for (const p of on.items) {
            const event = str(p.key);
            if (!event)
                continue;
            wf.on.push(event);
            const branches = get(p.value, 'branches');
            if (distExports.isSeq(branches))
                wf.branches[event] = branches.items.map(str).filter((s) => !!s);
            const tags = get(p.value, 'tags');
            if (event === 'push' && distExports.isSeq(tags))
                wf.tags = tags.items.map(str).filter((s) => !!s);
        }
    }
    const jobs = get(root, 'jobs');
    if (distExports.isMap(jobs)) {
        for (const p of jobs.items) {
            const id = str(p.key);
            if (!id)
                continue;
            const pos = nodePosition(file.lineCounter, p.key);
            const job = { id, ...pos, steps: [] };
            const env = get(p.value, 'environment');
            job.environment = str(env) ?? str(get(env, 'name'));
            job.uses = str(get(p.value, 'uses'));
            const steps = get(p.value, 'steps');
            if (distExports.isSeq(steps)) {
                for (const s of steps.items) {
                    const withNode = get(s, 'with');
                    const withValues = {};
                    if (distExports.isMap(withNode))
                        for (const w of withNode.items)
                            if (str(w.key))
                                withValues[str(w.key)] = str(w.value) ?? '';
                    job.steps.push({
                        name: str(get(s, 'name')),
                        uses: str(get(s, 'uses')),
                        run: str(get(s, 'run')),
                        with: withValues,
                        ...nodePosition(file.lineCounter, s)
                    });
                }
            }
            wf.jobs.push(job);
        }
    }
    return wf;
}

// Collects the evidence of the checkout once, before any check runs. Evidence
// only describes what is there; the checks in checks/ decide what it means.
/** `jobs`: threads for the source pass (default: one per 10,000 files, at most one per core, and 4). */
function collectRepoEvidence(repo, options = {}) {
    // One pass over the source files: every detector sees each file once (split over threads on a
    // large checkout). While worker threads scan, this one reads the rest, then scans with them.
    const scanning = startSourceScan(repo, options.jobs);
    const listed = repo.skipped.length;
    const kubernetes = readKubernetesObjects(repo);
    const paths = repo.files.map((f) => f.path);
    const docs = readDocs(repo);
    const workflows = readWorkflows(repo);
    const ecosystems = readEcosystems(repo);
    const kustomizations = readKustomizations(repo);
    // Files skipped by those reads are listed after the source pass's, as when they were read after it.
    const skippedByReads = repo.skipped.splice(listed);
    const { source, auth, secrets, scan } = scanning.finish();
    for (const s of skippedByReads)
        repo.noteSkipped(s.path, s.reason);
    return { paths, skipped: repo.skipped, docs, workflows, ecosystems, kubernetes, kustomizations, egress: readEgress(kubernetes), source, auth, secrets, scan };
}

export { collectRepoEvidence as c, rootCodeownersRule as r };
