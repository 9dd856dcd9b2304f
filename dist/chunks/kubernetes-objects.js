import { h as plainData, i as isRecord, e as parseYamlAll, m as manifestData, l as locatorOf, j as nodeAt, d as distExports, g as isSpaceChar, n as nodePosition, M as MAX_ALIAS_COUNT } from './chars.js';
import { posix } from 'node:path';
import { R as RE2JS } from './index.js';

// Helm charts read as data: the templates rendered with the chart's values by a
// small evaluator of the template language's common forms — `.Values` paths,
// `if`/`else`/`with`/`range` on them, `toYaml … | (n)indent`, `quote`,
// `default` — one build per values file (values.yaml, and values-<env>.yaml over
// it). What it cannot resolve (named templates, functions it does not know,
// conditions on them) is not guessed: the value becomes a marked placeholder
// and the line is listed as templated, so checks say "not verified" there
// instead of passing or failing. Nothing is executed; `helm template` is not run.
// Hand-written: Helm's engine is Go's text/template plus Sprig; no JavaScript
// library renders charts, and none that ran a chart's code would be safe here.
/** The start of a value the renderer could not resolve. */
const TEMPLATED = '⟪templated⟫';
const isTemplated = (v) => typeof v === 'string' && v.includes(TEMPLATED);
const UNKNOWN = Symbol('unknown');
const truthy = (v) => !(v === undefined || v === null || v === false || v === 0 || v === '' || (Array.isArray(v) && !v.length) || (isRecord(v) && !Object.keys(v).length));
function get(v, path) {
    let cur = v;
    for (const k of path) {
        if (!isRecord(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
/** One pipeline: `toYaml .Values.x | nindent 4`, `.Values.x | quote`, `not .Values.y`, `.Values.z | default "a"`. */
function evaluate(expr, scope) {
    const stages = expr.split('|').map((s) => s.trim()).filter(Boolean);
    let value = term(stages[0] ?? '', scope);
    for (const stage of stages.slice(1)) {
        const [fn, ...args] = stage.split(/\s+/);
        if (value === UNKNOWN)
            return UNKNOWN;
        if (fn === 'quote' || fn === 'squote' || fn === 'toString')
            value = value === undefined || value === null ? '' : String(value);
        else if (fn === 'default')
            value = truthy(value) ? value : literal(args.join(' '));
        else if (fn === 'toYaml')
            value = { yaml: value };
        else if (fn === 'nindent' || fn === 'indent' || fn === 'trim' || fn === 'int' || fn === 'lower' || fn === 'upper')
            value = fn === 'lower' && typeof value === 'string' ? value.toLowerCase() : fn === 'upper' && typeof value === 'string' ? value.toUpperCase() : value;
        else
            return UNKNOWN;
    }
    return value;
}
function literal(s) {
    const t = s.trim();
    if (/^"(?:[^"\\]|\\.)*"$/.test(t))
        return t.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(t))
        return Number(t);
    if (t === 'true' || t === 'false')
        return t === 'true';
    return UNKNOWN;
}
// A line terminator: what `.` does not match without the s flag.
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** `m` unless its group `g` holds a line break. With the s flag `.+$` takes the rest at once; without it, a line
 * break after a run of spaces made `\s+` retry every shorter run (quadratic). The check refuses what `.` refused. */
const noBreak = (m, g) => (m && !LINE_BREAK.test(m[g]) ? m : null);
/** The operand of a `not …` / `toYaml …` term, else undefined. */
const notOperand = (s) => noBreak(/^not\s+(.+)$/s.exec(s), 1)?.[1];
const toYamlOperand = (s) => noBreak(/^toYaml\s+(.+)$/s.exec(s), 1)?.[1];
function term(t, scope) {
    const s = t.trim();
    const not = notOperand(s);
    if (not !== undefined) {
        const v = term(not, scope);
        return v === UNKNOWN ? UNKNOWN : !truthy(v);
    }
    const toYaml = toYamlOperand(s);
    if (toYaml !== undefined) {
        const v = term(toYaml, scope);
        return v === UNKNOWN ? UNKNOWN : { yaml: v };
    }
    if (s === '.')
        return scope.dot;
    const values = /^\$?\.Values((?:\.[\w-]+)*)$/.exec(s);
    if (values)
        return get(scope.root.Values, values[1].split('.').filter(Boolean));
    const chart = /^\$?\.Chart\.(\w+)$/.exec(s);
    if (chart)
        return get(scope.root.Chart, [chart[1]]);
    const field = /^\.((?:[\w-]+)(?:\.[\w-]+)*)$/.exec(s);
    if (field && !/^(Release|Capabilities|Template|Files)\b/.test(field[1]))
        return get(scope.dot, field[1].split('.'));
    const lit = literal(s);
    return lit;
}
/** A placeholder for a value that could not be resolved: a plain YAML scalar that says so. */
const placeholder = (expr) => `${TEMPLATED} ${expr.replace(/["'#:{}[\],&*!|>%@`]/g, '').replace(/\s+/g, ' ').trim()}`;
// A line that is one action, `{{- expr -}}`; group 2 is the expression. Formerly /^\s*\{\{-?\s*(.*?)\s*-?\}\}\s*$/,
// whose three runs around `(.*?)` could split the same spaces many ways (cubic on a long line). Here the spaces
// after `{{` are taken at once (`(?=(\s*))\1`), and the expression is words without line breaks ending on a
// non-space that is not the `-` of a closing `-}}`: one way to read each line, same expression as before.
const ACTION_LINE = /^\s*\{\{-?(?=(\s*))\1((?:[^\S\n\r\u2028\u2029]*(?!-\}\}\s*$)\S)*)\s*-?\}\}\s*$/;
/** The expression of a line that is one action, else undefined. */
const actionOf = (line) => ACTION_LINE.exec(line)?.[2];
// The s flag and noBreak: see there.
const CONTROL = /^(if|else if|else|with|range|end|define|block)\b\s*(.*)$/s;
/** [, keyword, argument] of a control action (`if …`, `end`), else null. */
const controlOf = (action) => noBreak(CONTROL.exec(action), 2);
/** Renders template lines [from, to) with a scope; returns the index after the block's `end`. */
function renderBlock(src, i, scope, active, out) {
    let taken = false;
    let branchActive = active;
    while (i < src.length) {
        const line = src[i];
        const action = actionOf(line);
        const control = action === undefined ? null : controlOf(action);
        if (control) {
            const [, kw, arg] = control;
            if (kw === 'end')
                return i + 1;
            if (kw === 'else' || kw === 'else if') {
                if (!active || taken)
                    branchActive = false;
                else if (kw === 'else')
                    branchActive = true;
                else {
                    const c = evaluate(arg, scope);
                    if (c === UNKNOWN) {
                        out.holes.push({ line: i + 1, expr: arg });
                        branchActive = false;
                    }
                    else
                        branchActive = truthy(c);
                }
                taken ||= branchActive;
                i++;
                continue;
            }
            // A nested block: if / with / range / define.
            const cond = kw === 'define' || kw === 'block' ? undefined : evaluate(arg, scope);
            if (!branchActive || kw === 'define' || kw === 'block') {
                i = renderBlock(src, i + 1, scope, false, out);
                continue;
            }
            if (cond === UNKNOWN) {
                // Unknown condition: its first branch is kept (as written), the others not, and the line is listed as templated.
                out.holes.push({ line: i + 1, expr: `${kw} ${arg}`, block: true });
                i = renderBlockWithElse(src, i + 1, { ...scope, dot: UNKNOWN }, true, scope, out, false);
                continue;
            }
            if (kw === 'range' && Array.isArray(cond) && cond.length) {
                let end = i + 1;
                for (const item of cond)
                    end = renderBlock(src, i + 1, { ...scope, dot: item }, true, out);
                i = end;
                continue;
            }
            const on = kw === 'range' ? false : truthy(cond);
            i = renderBlockWithElse(src, i + 1, kw === 'with' ? { ...scope, dot: cond } : scope, on, scope, out, !on);
            continue;
        }
        if (branchActive)
            emit(line, i + 1, action, scope, out);
        i++;
    }
    return i;
}
/**
 * An if/with block whose first branch is `on`; `elseOpen`: a later else branch may still be taken.
 * Else branches see the outer scope. Returns the index after the block's `end`.
 */
function renderBlockWithElse(src, i, inner, on, outer, out, elseOpen) {
    let depth = 0;
    let j = i;
    for (; j < src.length; j++) {
        const c = actionOf(src[j]);
        const kw = c ? controlOf(c)?.[1] : undefined;
        if (!kw)
            continue;
        if (kw === 'if' || kw === 'with' || kw === 'range' || kw === 'define' || kw === 'block')
            depth++;
        else if (kw === 'end') {
            if (depth === 0)
                break;
            depth--;
        }
        else if ((kw === 'else' || kw === 'else if') && depth === 0)
            break;
    }
    renderBlock(src.slice(0, j), i, inner, on, out);
    if (j >= src.length)
        return j;
    const [, kw, arg] = controlOf(actionOf(src[j]));
    if (kw === 'end')
        return j + 1;
    let next = elseOpen;
    if (kw === 'else if' && elseOpen) {
        const c = evaluate(arg, outer);
        if (c === UNKNOWN) {
            out.holes.push({ line: j + 1, expr: arg, block: true });
            next = false;
        }
        else
            next = truthy(c);
        return renderBlockWithElse(src, j + 1, outer, next, outer, out, elseOpen && !next && c !== UNKNOWN);
    }
    return renderBlockWithElse(src, j + 1, outer, kw === 'else' ? elseOpen : false, outer, out, false);
}
function emit(line, n, wholeAction, scope, out) {
    if (wholeAction !== undefined) {
        // A line that is one action: toYaml blocks, includes. Comments and variable assignments emit nothing.
        if (/^\/\*/.test(wholeAction) || /^\$\w+\s*:?=/.test(wholeAction))
            return;
        const v = evaluate(wholeAction, scope);
        const indent = Number(/\b(?:n?indent)\s+(\d+)/.exec(wholeAction)?.[1] ?? /^\s*/.exec(line)[0].length);
        if (v === UNKNOWN)
            return void out.holes.push({ line: n, expr: wholeAction, block: true });
        const yaml = isRecord(v) && 'yaml' in v ? v.yaml : v;
        if (yaml === undefined || yaml === null || (isRecord(yaml) && !Object.keys(yaml).length) || (Array.isArray(yaml) && !yaml.length))
            return;
        const text = typeof yaml === 'object' ? distExports.stringify(yaml, { indent: 2 }).trimEnd() : String(yaml);
        for (const l of text.split('\n')) {
            out.lines.push(`${' '.repeat(indent)}${l}`);
            out.from.push(n);
        }
        return;
    }
    let rendered = '';
    let last = 0;
    for (const { index, end, expr } of inlineActions(line)) {
        const v = evaluate(expr, scope);
        rendered += line.slice(last, index);
        if (v === UNKNOWN || isRecord(v) || Array.isArray(v)) {
            out.holes.push({ line: n, expr });
            rendered += placeholder(expr);
        }
        else
            rendered += v === undefined || v === null ? '' : String(v);
        last = end;
    }
    rendered += line.slice(last);
    out.lines.push(rendered);
    out.from.push(n);
}
/**
 * The actions `{{ expr }}` in a line, as /\{\{-?\s*(.*?)\s*-?\}\}/g finds them: from each `{{` (and its `-` and
 * spaces) to the first `}}` after it, the expression without the spaces and `-` before the `}}`; none where a line
 * break falls in the expression. By hand: that regex, tried again at every `{{`, read on to the line's end each
 * time (cubic on a long line); here the next `}}` and the next line break are found once and reused, since the
 * place each `{{` starts looking from only moves forward.
 */
function inlineActions(line) {
    const found = [];
    const breaks = /[\n\r\u2028\u2029]/g;
    let close = -1; // the first `}}` at or after `from` (as last asked)
    let exprEnd = -1; // where the expression before that `}}` ends: before its spaces and `-`
    let brk = -1; // the first line break at or after `from`, or line.length
    for (let i = line.indexOf('{{'); i !== -1;) {
        let from = i + 2;
        if (line[from] === '-')
            from++;
        while (from < line.length && isSpaceChar(line.charCodeAt(from)))
            from++;
        if (close < from) {
            close = line.indexOf('}}', from);
            if (close === -1)
                break; // no `}}` after here: no later `{{` has one either
            exprEnd = close > from && line[close - 1] === '-' ? close - 1 : close;
            while (exprEnd > from && isSpaceChar(line.charCodeAt(exprEnd - 1)))
                exprEnd--;
        }
        if (brk < from) {
            breaks.lastIndex = from;
            brk = breaks.exec(line)?.index ?? line.length;
        }
        const stop = Math.max(exprEnd, from);
        if (brk < stop) {
            i = line.indexOf('{{', i + 1);
            continue;
        }
        found.push({ index: i, end: close + 2, expr: line.slice(from, stop) });
        i = line.indexOf('{{', close + 2);
    }
    return found;
}
function deepMerge(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
        out[k] = isRecord(v) && isRecord(out[k]) ? deepMerge(out[k], v) : v;
    return out;
}
function yamlData(repo, path) {
    const doc = repo.yaml(path)?.docs[0];
    const v = doc && !doc.errors.length ? plainData(doc) : undefined;
    return isRecord(v) ? v : {};
}
/** Every chart (a folder with Chart.yaml) rendered once per values file; the files it used. */
function renderCharts(repo, skip) {
    const consumed = new Set();
    const builds = [];
    for (const chartFile of repo.files.filter((f) => posix.basename(f.path) === 'Chart.yaml' && !skip.test(f.path))) {
        const dir = posix.dirname(chartFile.path) === '.' ? '' : posix.dirname(chartFile.path);
        const under = (p) => (dir ? p.startsWith(`${dir}/`) : true);
        // Sub-charts (charts/*) are left to their own Chart.yaml.
        const templates = repo.files.filter((f) => under(f.path) && f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) && /\.ya?ml$/.test(f.path) && !posix.basename(f.path).startsWith('_'));
        const valuesFiles = repo.files.filter((f) => posix.dirname(f.path) === (dir || '.') && /^values([-.][\w-]+)?\.ya?ml$/.test(posix.basename(f.path)));
        for (const f of [chartFile, ...templates, ...valuesFiles])
            consumed.add(f.path);
        const chart = yamlData(repo, chartFile.path);
        const defaults = valuesFiles.find((f) => /^values\.ya?ml$/.test(posix.basename(f.path)));
        const base = defaults ? yamlData(repo, defaults.path) : {};
        const variants = [{ label: defaults ? posix.basename(defaults.path) : 'no values.yaml', values: base }, ...valuesFiles.filter((f) => f !== defaults).map((f) => ({ label: posix.basename(f.path), values: deepMerge(base, yamlData(repo, f.path)) }))];
        for (const v of variants) {
            const overlay = `${dir || '.'} (${v.label})`;
            const root = { Values: v.values, Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, ...chart }, Release: {} };
            const objects = [];
            for (const t of templates)
                objects.push(...renderTemplate(repo, t.path, { root, dot: root }, overlay));
            builds.push({ overlay, objects });
        }
    }
    return { builds, consumed };
}
function renderTemplate(repo, path, scope, overlay) {
    const text = repo.read(path);
    if (text === undefined)
        return [];
    const out = { lines: [], from: [], holes: [] };
    renderBlock(text.split('\n'), 0, scope, true, out);
    const { docs, lineCounter } = parseYamlAll(out.lines.join('\n'));
    const objects = [];
    // Each document owns the template lines from its first line to the next document's (unresolved lines between belong to it).
    const docStart = docs.map((d, k) => (k === 0 ? 1 : out.from[lineCounter.linePos(d.range[0]).line - 1] ?? 1));
    for (const [k, doc] of docs.entries()) {
        const data = manifestData(doc);
        if (!data)
            continue;
        const [first, last] = [docStart[k], (docStart[k + 1] ?? Number.MAX_SAFE_INTEGER) - 1];
        const holes = out.holes.filter((h) => h.line >= first && h.line <= last);
        const meta = isRecord(data.metadata) ? data.metadata : {};
        objects.push({
            apiVersion: data.apiVersion,
            kind: data.kind,
            name: typeof meta.name === 'string' ? meta.name : '',
            namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
            data,
            file: path,
            overlay,
            templated: [...new Map(holes.filter((h) => h.block).map((h) => [h.line, h])).values()].map((h) => ({ file: path, line: h.line, column: 1, note: `templated: ${h.expr.slice(0, 80)}` })),
            templateLines(sub) {
                const node = nodeAt(doc, sub);
                if (!node?.range)
                    return undefined;
                const a = lineCounter.linePos(node.range[0]).line;
                const b = lineCounter.linePos(Math.max(node.range[0], node.range[1] - 1)).line;
                return [out.from[a - 1] ?? a, out.from[b - 1] ?? b];
            },
            // Positions in the rendered text, moved to the template lines they came from.
            locate: locatorOf(path, doc, lineCounter, [], (pos) => ({ line: out.from[pos.line - 1] ?? pos.line, column: pos.column }))
        });
    }
    return objects;
}

// Kustomize overlays read as data: resources followed inside the checkout, the
// namespace set, and patches applied — strategic merge (lists of containers,
// env, volumes and ports merged by their key, `$patch: delete` honoured) and
// JSON 6902 add/replace/remove — so the objects the checks judge are the ones
// an overlay deploys. Nothing is run: no kustomize build, no plugins, no remote
// bases, no generators. Every value keeps the place it came from, so evidence
// points at the patch line that set it, or else at the base.
// Hand-written: kustomize is a Go program; no JavaScript library applies its
// patches, let alone with source positions.
/** Origins travel with the nodes they describe, so a list item keeps its place when items are added or deleted. */
class Provenance {
    nodes = new WeakMap();
    keys = new WeakMap();
    setKey(container, key, origin) {
        let m = this.keys.get(container);
        if (!m)
            this.keys.set(container, (m = new Map()));
        m.set(key, origin);
    }
}
/** A deep copy whose every object and list remembers where it came from. Keys starting with `$` (patch directives) are dropped. */
function copy(value, at, path, prov) {
    if (Array.isArray(value)) {
        const out = value.map((v, i) => copy(v, at, [...path, i], prov));
        prov.nodes.set(out, { at, path });
        return out;
    }
    if (isRecord(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            if (!k.startsWith('$'))
                out[k] = copy(v, at, [...path, k], prov);
        prov.nodes.set(out, { at, path });
        return out;
    }
    return value;
}
/** The place of a path in a rendered object: the last patch that set it or a node on the way, else the base. */
function locateRendered(root, prov, path, note) {
    let best = prov.nodes.get(root);
    let from = 0;
    let node = root;
    for (let i = 0; i < path.length; i++) {
        if (!node || typeof node !== 'object')
            break;
        const key = path[i];
        const keyOrigin = prov.keys.get(node)?.get(key);
        if (keyOrigin) {
            best = keyOrigin;
            from = i + 1;
        }
        const child = node[key];
        if (child && typeof child === 'object') {
            const nodeOrigin = prov.nodes.get(child);
            if (nodeOrigin) {
                best = nodeOrigin;
                from = i + 1;
            }
        }
        node = child;
    }
    return best.at([...best.path, ...path.slice(from)], note);
}
/** Strategic-merge keys of the built-in kinds' lists the checks read (Kubernetes' patchMergeKey). */
const MERGE_KEYS = { containers: 'name', initContainers: 'name', ephemeralContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'mountPath', imagePullSecrets: 'name' };
/** Kinds kustomize knows the schema of; for others (CRDs: HTTPRoute, SecurityPolicy…) a strategic merge replaces lists, as kustomize does. */
const BUILTIN_GROUPS = /^(v1|apps\/v1|batch\/v1|networking\.k8s\.io\/v1|policy\/v1|rbac\.authorization\.k8s\.io\/v1)$/;
function mergeMap(target, patch, at, path, prov, builtin) {
    for (const [k, pv] of Object.entries(patch)) {
        if (k.startsWith('$'))
            continue;
        const tv = target[k];
        if (pv === null) {
            delete target[k];
            prov.setKey(target, k, { at, path: [...path, k] });
        }
        else if (isRecord(pv) && isRecord(tv) && pv.$patch !== 'replace') {
            mergeMap(tv, pv, at, [...path, k], prov, builtin);
        }
        else if (builtin && Array.isArray(pv) && Array.isArray(tv) && (MERGE_KEYS[k] || k === 'ports')) {
            mergeList(tv, pv, k, at, [...path, k], prov);
        }
        else {
            target[k] = copy(pv, at, [...path, k], prov);
            prov.setKey(target, k, { at, path: [...path, k] });
        }
    }
}
function mergeList(target, patch, field, at, path, prov) {
    patch.forEach((item, i) => {
        if (!isRecord(item))
            return;
        // Container ports merge by containerPort, a Service's by port.
        const key = MERGE_KEYS[field] ?? ('containerPort' in item ? 'containerPort' : 'port');
        const j = target.findIndex((x) => isRecord(x) && x[key] === item[key]);
        if (item.$patch === 'delete') {
            if (j >= 0)
                target.splice(j, 1);
        }
        else if (j >= 0) {
            // The merge key is the same on both sides: it keeps the base's place.
            const { [key]: _same, ...rest } = item;
            mergeMap(target[j], rest, at, [...path, i], prov, true);
        }
        else {
            target.push(copy(item, at, [...path, i], prov));
        }
    });
}
/** RFC 6902 add / replace / remove on a rendered object; copy, move and test are not applied (noted). */
function applyJson6902(root, ops, at, prov, notes) {
    ops.forEach((op, i) => {
        if (!isRecord(op) || typeof op.path !== 'string')
            return;
        const keys = op.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (!keys.length)
            return;
        let parent = root;
        for (const k of keys.slice(0, -1))
            parent = Array.isArray(parent) ? parent[Number(k)] : isRecord(parent) ? parent[k] : undefined;
        const last = keys[keys.length - 1];
        const origin = { at, path: [i, 'value'] };
        if (op.op === 'add' || op.op === 'replace') {
            const value = copy(op.value, at, [i, 'value'], prov);
            if (Array.isArray(parent)) {
                const idx = last === '-' ? parent.length : Number(last);
                if (op.op === 'add')
                    parent.splice(idx, 0, value);
                else
                    parent[idx] = value;
                prov.setKey(parent, idx, origin);
            }
            else if (isRecord(parent)) {
                parent[last] = value;
                prov.setKey(parent, last, origin);
            }
        }
        else if (op.op === 'remove') {
            if (Array.isArray(parent))
                parent.splice(Number(last), 1);
            else if (isRecord(parent))
                delete parent[last];
        }
        else
            notes.push(`JSON 6902 op "${String(op.op)}" is not applied`);
    });
}
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'GatewayClass', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']);
/** The documents of a patch: from a file, or from an inline string whose positions are mapped back into the kustomization. */
function patchDocs(repo, k, entry, entryPath) {
    if (typeof entry === 'string' && !entry.includes('\n') && /\.ya?ml$/i.test(entry))
        return fileDocs(repo, k, entry);
    const inline = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined;
    if (inline !== undefined) {
        const scalarPath = typeof entry === 'string' ? entryPath : [...entryPath, 'patch'];
        const scalar = nodeAt(k.doc, scalarPath);
        const { docs, lineCounter } = parseYamlAll(inline);
        const shift = inlineShift(repo, k, scalar);
        return docs.filter((d) => !d.errors.length).map((d) => ({ data: plainData(d), at: locatorOf(k.file, d, lineCounter, [], shift) }));
    }
    if (isRecord(entry) && typeof entry.path === 'string')
        return fileDocs(repo, k, entry.path);
    return [];
}
function fileDocs(repo, k, rel) {
    const file = resolveLocal(k.dir, rel);
    if (!file)
        return [];
    const parsed = repo.yaml(file);
    if (!parsed)
        return [];
    return parsed.docs.filter((d) => !d.errors.length).map((d) => ({ data: plainData(d), at: locatorOf(file, d, parsed.lineCounter) }));
}
/** Positions inside a block scalar (`patch: |-`) are its lines, indented, from the line after the indicator. */
function inlineShift(repo, k, scalar) {
    const start = nodePosition(k.lineCounter, scalar);
    if (!(scalar instanceof distExports.Scalar) || (scalar.type !== distExports.Scalar.BLOCK_LITERAL && scalar.type !== distExports.Scalar.BLOCK_FOLDED))
        return () => start;
    const text = repo.read(k.file) ?? '';
    const firstContentLine = text.split('\n')[start.line] ?? ''; // the line after the indicator (0-based index = 1-based line)
    const indent = /^ */.exec(firstContentLine)[0].length;
    return (p) => ({ line: start.line + p.line, column: p.column + indent });
}
/** A local path relative to a folder of the checkout; undefined for remote or escaping references. */
function resolveLocal(dir, rel) {
    if (/^[a-z][\w+.-]*:\/\/|^github\.com\/|[?&]ref=|^git@/i.test(rel))
        return undefined;
    const p = posix.normalize(posix.join(dir || '.', rel));
    if (p.startsWith('..') || posix.isAbsolute(p))
        return undefined;
    return p === '.' ? '' : p.replace(/\/$/, '');
}
/** Each target name's pattern compiled once (undefined: RE2 cannot read it); bounded, as the patterns come from the checkout. */
const NAME_PATTERNS = new Map();
const MAX_NAME_PATTERNS = 1000;
/**
 * A patch target's name is a Go regular expression that must match the whole name, as kustomize's
 * selector reads it. It is read with RE2's syntax (Go's) and matched in linear time by re2js: the
 * pattern and the names both come from the checkout, and JavaScript's backtracking engine took 7 s
 * on `(a|a)*x` against a 27-letter name, twice as long with each letter more. A pattern RE2
 * cannot read is compared as a plain name.
 */
function nameMatches(pattern, name) {
    if (!NAME_PATTERNS.has(pattern)) {
        if (NAME_PATTERNS.size >= MAX_NAME_PATTERNS)
            NAME_PATTERNS.clear();
        let re;
        try {
            re = RE2JS.compile(`^(?:${pattern})$`);
        }
        catch {
            re = undefined;
        }
        NAME_PATTERNS.set(pattern, re);
    }
    const re = NAME_PATTERNS.get(pattern);
    return re ? re.matches(name) : pattern === name;
}
function matches(o, t) {
    const meta = (o.data.metadata ?? {});
    const name = String(meta.name ?? '');
    if (t.kind && t.kind !== o.data.kind)
        return false;
    if (t.name && !nameMatches(String(t.name), name))
        return false;
    if (t.namespace && t.namespace !== meta.namespace)
        return false;
    if (t.labelSelector) {
        const labels = (meta.labels ?? {});
        for (const term of t.labelSelector.split(',')) {
            const [k, v] = term.split('=').map((s) => s.trim());
            if (v === undefined ? !(k in labels) : String(labels[k]) !== v)
                return false;
        }
    }
    return true;
}
/**
 * Builds every root kustomization (one no other kustomization includes) from the raw objects of
 * the checkout. Returns the builds and the files they consumed (resources and patches).
 */
function buildKustomizations(repo, rawObjectsOf, skip) {
    const files = repo.files.filter((f) => KUSTOMIZATION_NAMES.includes(posix.basename(f.path)) && !skip.test(f.path));
    const byDir = new Map();
    for (const f of files) {
        const parsed = repo.yaml(f.path);
        const doc = parsed?.docs[0];
        if (!parsed || !doc || doc.errors.length)
            continue;
        const data = plainData(doc);
        if (!isRecord(data))
            continue;
        const dir = posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path);
        if (!byDir.has(dir))
            byDir.set(dir, { file: f.path, dir, data, doc, lineCounter: parsed.lineCounter });
    }
    const consumed = new Set();
    const included = new Set();
    const list = (k, field) => (Array.isArray(k.data[field]) ? k.data[field] : []);
    for (const k of byDir.values()) {
        for (const r of [...list(k, 'resources'), ...list(k, 'bases'), ...list(k, 'components')]) {
            const p = typeof r === 'string' ? resolveLocal(k.dir, r) : undefined;
            if (p !== undefined && byDir.has(p))
                included.add(p);
        }
    }
    const build = (k, stack, notes) => {
        if (stack.includes(k.dir)) {
            notes.push(`${k.file}: includes itself through ${stack.join(' → ')}; not followed again`);
            return [];
        }
        const objects = [];
        for (const field of ['resources', 'bases']) {
            list(k, field).forEach((r) => {
                if (typeof r !== 'string')
                    return;
                const p = resolveLocal(k.dir, r);
                if (p === undefined)
                    return void notes.push(`${k.file}: ${r} is remote or outside the checkout; not followed`);
                const sub = byDir.get(p);
                if (sub)
                    objects.push(...build(sub, [...stack, k.dir], notes));
                else if (repo.has(p)) {
                    consumed.add(p);
                    for (const o of rawObjectsOf(p)) {
                        const prov = new Provenance();
                        objects.push({ data: copy(o.data, o.locate, [], prov), prov, file: o.file });
                    }
                }
                else
                    notes.push(`${k.file}: resource ${r} not found in the checkout`);
            });
        }
        if (list(k, 'components').length)
            notes.push(`${k.file}: components are not applied`);
        // namespace: set on every namespaced object, pointing at the kustomization's `namespace:`.
        if (typeof k.data.namespace === 'string') {
            const origin = { at: locatorOf(k.file, k.doc, k.lineCounter), path: ['namespace'] };
            for (const o of objects) {
                if (CLUSTER_SCOPED.has(String(o.data.kind)))
                    continue;
                const meta = (isRecord(o.data.metadata) ? o.data.metadata : (o.data.metadata = {}));
                meta.namespace = k.data.namespace;
                o.prov.setKey(meta, 'namespace', origin);
            }
        }
        const strategic = (patch, target) => {
            if (!isRecord(patch.data))
                return;
            const t = target ?? { kind: patch.data.kind, name: patch.data.metadata?.name };
            for (const o of objects.filter((x) => matches(x, t)))
                mergeMap(o.data, patch.data, patch.at, [], o.prov, BUILTIN_GROUPS.test(String(o.data.apiVersion)));
        };
        const json6902 = (patch, target, where) => {
            if (!target)
                return void notes.push(`${where}: a JSON 6902 patch without a target is not applied`);
            for (const o of objects.filter((x) => matches(x, target)))
                applyJson6902(o.data, patch.data, patch.at, o.prov, notes);
        };
        const targetOf = (e) => (isRecord(e) && isRecord(e.target) ? e.target : undefined);
        list(k, 'patchesStrategicMerge').forEach((e, i) => {
            if (typeof e === 'string' && /\.ya?ml$/i.test(e) && !e.includes('\n'))
                consumed.add(resolveLocal(k.dir, e) ?? e);
            for (const p of patchDocs(repo, k, e, ['patchesStrategicMerge', i]))
                strategic(p);
        });
        list(k, 'patches').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patches', i])) {
                if (Array.isArray(p.data))
                    json6902(p, targetOf(e), `${k.file} patches[${i}]`);
                else
                    strategic(p, targetOf(e));
            }
        });
        list(k, 'patchesJson6902').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patchesJson6902', i]))
                json6902(p, targetOf(e), `${k.file} patchesJson6902[${i}]`);
        });
        // namePrefix / nameSuffix after this level's patches (they target the names before it), as kustomize does.
        const prefix = typeof k.data.namePrefix === 'string' ? k.data.namePrefix : '';
        const suffix = typeof k.data.nameSuffix === 'string' ? k.data.nameSuffix : '';
        if (prefix || suffix) {
            const origin = { at: locatorOf(k.file, k.doc, k.lineCounter), path: [prefix ? 'namePrefix' : 'nameSuffix'] };
            for (const o of objects) {
                const meta = o.data.metadata;
                if (!isRecord(meta) || typeof meta.name !== 'string' || CLUSTER_SCOPED.has(String(o.data.kind)))
                    continue;
                meta.name = `${prefix}${meta.name}${suffix}`;
                o.prov.setKey(meta, 'name', origin);
            }
        }
        for (const field of ['generators', 'transformers', 'helmCharts', 'configMapGenerator', 'secretGenerator', 'replacements'])
            if (k.data[field] !== undefined)
                notes.push(`${k.file}: ${field} is not applied`);
        return objects;
    };
    const builds = [];
    for (const k of [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
        consumed.add(k.file);
        if (included.has(k.dir))
            continue;
        const notes = [];
        const rendered = build(k, [], notes);
        builds.push({
            dir: k.dir,
            notes,
            objects: rendered.map((r) => {
                const meta = (r.data.metadata ?? {});
                return {
                    apiVersion: String(r.data.apiVersion ?? ''),
                    kind: String(r.data.kind ?? ''),
                    name: typeof meta.name === 'string' ? meta.name : '',
                    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
                    data: r.data,
                    file: r.file,
                    overlay: k.dir,
                    locate: (path, note) => locateRendered(r.data, r.prov, path, note)
                };
            })
        });
    }
    return { builds, consumed };
}

const SKIP = /(^|\/)(\.github|node_modules|test|tests|fixtures|testdata)\//;
/**
 * The objects the repository deploys: every kustomization that no other includes, built (see
 * kustomize.ts), plus every manifest no kustomization includes. Without kustomizations: every
 * object with apiVersion and kind in the YAML files (multi-document, `List` items expanded).
 */
function readKubernetesObjects(repo) {
    return readDeployment(repo).objects;
}
function readDeployment(repo) {
    const rawByFile = new Map();
    const rawObjectsOf = (file) => {
        let objects = rawByFile.get(file);
        if (!objects)
            rawByFile.set(file, (objects = objectsInFile(repo, file)));
        return objects;
    };
    const manifests = repo.glob(['**/*.yaml', '**/*.yml']).filter((f) => !SKIP.test(f.path) && !/(^|\/)(golive|dependabot|\.?codecov|mkdocs|action)\.ya?ml$/.test(f.path));
    const charts = renderCharts(repo, SKIP);
    const { builds, consumed } = buildKustomizations(repo, (file) => (charts.consumed.has(file) ? [] : rawObjectsOf(file)), SKIP);
    const standalone = manifests.filter((f) => !consumed.has(f.path) && !charts.consumed.has(f.path)).flatMap((f) => rawObjectsOf(f.path));
    return { objects: [...standalone, ...builds.flatMap((b) => b.objects), ...charts.builds.flatMap((b) => b.objects)], notes: builds.flatMap((b) => b.notes) };
}
function objectsInFile(repo, path) {
    const out = [];
    // Most YAML in a checkout is no manifest (lockfiles, CI and docs settings), and parsing with
    // positions is the slow part (a 390 KB pnpm-lock.yaml: 190 ms). An object needs an apiVersion,
    // which the file spells out, unless an escape in a double-quoted key hides it: then it is parsed.
    const text = repo.read(path);
    if (text === undefined || (!text.includes('apiVersion') && !text.includes('\\')))
        return out;
    const file = repo.yaml(path);
    if (!file)
        return out;
    for (const doc of file.docs) {
        const obj = manifestData(doc);
        if (!obj)
            continue;
        if (obj.kind === 'List' && Array.isArray(obj.items)) {
            obj.items.forEach((item, i) => {
                const o = toObject(item, path, doc, file.lineCounter, ['items', i]);
                if (o)
                    out.push(o);
            });
        }
        else {
            const o = toObject(obj, path, doc, file.lineCounter, []);
            if (o)
                out.push(o);
        }
    }
    return out;
}
function toObject(value, path, doc, lc, base) {
    const o = value;
    if (!o || typeof o.kind !== 'string' || typeof o.apiVersion !== 'string')
        return undefined;
    const meta = (o.metadata ?? {});
    return {
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: typeof meta.name === 'string' ? meta.name : '',
        namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
        data: o,
        file: path,
        locate: locatorOf(path, doc, lc, base)
    };
}
/** A value at a path of plain data. */
function dig(data, ...path) {
    let v = data;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
/** kustomization.yaml files, read as data: their namespace and local resources (no remote bases, no plugins, nothing run). */
function readKustomizations(repo) {
    const out = [];
    for (const f of repo.glob(['**/kustomization.yaml', '**/kustomization.yml', '**/Kustomization'])) {
        const doc = repo.yaml(f.path)?.docs[0];
        if (!doc || doc.errors.length)
            continue;
        let data;
        try {
            data = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {});
        }
        catch {
            continue;
        }
        const resources = Array.isArray(data.resources) ? data.resources.map(String).filter((r) => !/^[a-z]+:\/\//i.test(r)) : [];
        out.push({ file: f.path, dir: f.path.replace(/\/[^/]*$/, ''), namespace: typeof data.namespace === 'string' ? data.namespace : undefined, resources });
    }
    return out;
}

export { readKustomizations as a, dig as d, isTemplated as i, readKubernetesObjects as r };
