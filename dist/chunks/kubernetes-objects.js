import { e as plainData, i as isRecord, b as parseYamlAll, m as manifestData, l as locatorOf, f as nodeAt, d as distExports, n as nodePosition, M as MAX_ALIAS_COUNT } from './yaml-positions.js';
import { posix } from 'node:path';
import { g as isSpaceChar } from './rules.js';
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
        else if (fn === 'required')
            value = value === undefined || value === null || value === '' ? UNKNOWN : value;
        else if (fn === 'trunc' && typeof value === 'string' && /^-?\d+$/.test(args[0] ?? ''))
            value = Number(args[0]) >= 0 ? value.slice(0, Number(args[0])) : value.slice(Number(args[0]));
        else if (fn === 'trimSuffix' && typeof value === 'string' && typeof literal(args.join(' ')) === 'string')
            value = value.endsWith(literal(args.join(' '))) ? value.slice(0, value.length - literal(args.join(' ')).length) : value;
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
    if (s === '$')
        return scope.root;
    if (s.startsWith('(') && s.endsWith(')'))
        return s.startsWith('('.repeat(MAX_PARENS)) ? UNKNOWN : evaluate(s.slice(1, -1), scope);
    const variable = /^(\$\w+)((?:\.[\w-]+)*)$/.exec(s);
    if (variable && variable[1] in scope.vars) {
        const v = scope.vars[variable[1]];
        return v === UNKNOWN ? UNKNOWN : get(v, variable[2].split('.').filter(Boolean));
    }
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
    if (lit !== UNKNOWN)
        return lit;
    return call(s, scope);
}
/** Words of a call: quoted strings and parenthesised groups kept whole, else runs of non-spaces; undefined when a parenthesis is unbalanced. */
function callWords(s) {
    const words = [];
    for (let i = 0; i < s.length;) {
        if (isSpaceChar(s.charCodeAt(i))) {
            i++;
            continue;
        }
        let j = i;
        if (s[i] === '"') {
            for (j = i + 1; j < s.length && s[j] !== '"'; j++)
                if (s[j] === '\\')
                    j++;
            j++;
        }
        else if (s[i] === '(') {
            let depth = 0;
            for (; j < s.length; j++) {
                // Nesting deeper than any chart writes is not read (each level is a call deeper).
                if (s[j] === '(' && ++depth > MAX_PARENS)
                    return undefined;
                else if (s[j] === ')' && --depth === 0)
                    break;
            }
            if (j >= s.length)
                return undefined;
            j++;
        }
        else
            while (j < s.length && !isSpaceChar(s.charCodeAt(j)))
                j++;
        words.push(s.slice(i, j));
        i = j;
    }
    return words;
}
/** Parentheses nested deeper than this are not read. */
const MAX_PARENS = 32;
/** Nested includes past this are not followed (a define that includes itself). */
const MAX_INCLUDE_DEPTH = 20;
/** A function call with plain arguments: the common Sprig and template functions charts use in names, labels and conditions. */
function call(s, scope) {
    const words = callWords(s);
    if (!words || words.length < 2)
        return UNKNOWN;
    const [fn, ...rest] = words;
    const args = rest.map((a) => term(a, scope));
    const known = args.every((a) => a !== UNKNOWN);
    switch (fn) {
        case 'include':
        case 'template':
            return typeof args[0] === 'string' && args.length === 2 && args[1] !== UNKNOWN ? include(args[0], args[1], scope) : UNKNOWN;
        case 'printf': {
            if (!known || typeof args[0] !== 'string')
                return UNKNOWN;
            let k = 1;
            return args[0].replace(/%[sdvq%]/g, (m) => (m === '%%' ? '%' : m === '%q' ? JSON.stringify(String(args[k++] ?? '')) : String(args[k++] ?? '')));
        }
        case 'eq':
            return known && args.length >= 2 ? args.slice(1).some((a) => a === args[0]) : UNKNOWN;
        case 'ne':
            return known && args.length === 2 ? args[0] !== args[1] : UNKNOWN;
        case 'and':
            return known ? (args.find((a) => !truthy(a)) ?? args[args.length - 1]) : UNKNOWN;
        case 'or':
            return known ? (args.find((a) => truthy(a)) ?? args[args.length - 1]) : UNKNOWN;
        case 'not':
            return known && args.length === 1 ? !truthy(args[0]) : UNKNOWN;
        case 'empty':
            return known && args.length === 1 ? !truthy(args[0]) : UNKNOWN;
        case 'hasKey':
            return known && args.length === 2 ? isRecord(args[0]) && typeof args[1] === 'string' && args[1] in args[0] : UNKNOWN;
        case 'required':
            return args.length === 2 && args[1] !== UNKNOWN && args[1] !== undefined && args[1] !== null ? args[1] : UNKNOWN;
        case 'default':
            return args.length === 2 && known ? (truthy(args[1]) ? args[1] : args[0]) : UNKNOWN;
        case 'quote':
            return known && args.length === 1 ? (args[0] === undefined || args[0] === null ? '' : String(args[0])) : UNKNOWN;
        case 'tpl':
            return typeof args[0] === 'string' && args.length === 2 && args[1] !== UNKNOWN ? renderString(args[0], { ...scope, dot: args[1] }) : UNKNOWN;
        default:
            return UNKNOWN;
    }
}
/** A named template rendered with `dot` as its text (trimmed, as `{{- include … }}` is written), or UNKNOWN if any part of it is. */
function include(name, dot, scope) {
    const d = scope.defines?.get(name);
    if (!d || (scope.includes ?? 0) >= MAX_INCLUDE_DEPTH)
        return UNKNOWN;
    const out = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } };
    renderLines(d.t, d.from, d.to, { ...scope, dot, vars: {}, includes: (scope.includes ?? 0) + 1 }, out, 0);
    return out.holes.length ? UNKNOWN : out.lines.join('\n').trim();
}
/** `tpl`: a string of the values rendered as a template. */
function renderString(text, scope) {
    const t = parseTemplate(text);
    const out = { lines: [], from: [], holes: [], budget: scope.budget ?? { steps: 0, chars: 0 } };
    renderLines(t, 0, t.src.length, { ...scope, includes: (scope.includes ?? 0) + 1 }, out, 0);
    return out.holes.length || (scope.includes ?? 0) >= MAX_INCLUDE_DEPTH ? UNKNOWN : out.lines.join('\n');
}
/** Every `define` of a chart's templates and helpers (its sub-charts' helpers too, as Helm shares them). */
function definesOf(repo, files) {
    const defines = new Map();
    for (const f of files) {
        const text = repo.read(f);
        if (text === undefined || !text.includes('define'))
            continue;
        const t = parseTemplate(text);
        t.control.forEach((c, i) => {
            if (c?.[0] !== 'define')
                return;
            const name = literal(c[1]);
            if (typeof name === 'string' && !defines.has(name))
                defines.set(name, { t, from: i + 1, to: blockEnd(t, i) });
        });
    }
    return defines;
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
/** Bounds on rendering one template: past one, the template is not rendered and its chart says why. */
const HELM_LIMITS = {
    /** Template lines visited, loops unrolled (nested `range` multiplies them). */
    maxSteps: 500_000,
    /** Characters written (a repeated `toYaml` of a large value multiplies them). */
    maxChars: 4 * 1024 * 1024,
    /** Blocks open at once (`if`, `with`, `range`, and the branches of one `else if` chain). */
    maxDepth: 100
};
/** Thrown when rendering passes a bound; the chart says the template was not rendered. */
class RenderLimit extends Error {
}
/**
 * The text with each comment action (a `{{` then slash-star … star-slash `}}`, over several lines too) made
 * blank, its line breaks kept so line numbers stay: a licence header in a comment is not YAML.
 */
function withoutComments(text) {
    let out = '';
    let last = 0;
    for (let i = text.indexOf('/*'); i !== -1;) {
        // A comment action: `{{` (and `-` and spaces) right before the `/*`.
        let k = i - 1;
        while (k >= 0 && (text[k] === ' ' || text[k] === '-'))
            k--;
        if (k < 1 || text[k] !== '{' || text[k - 1] !== '{') {
            i = text.indexOf('/*', i + 2);
            continue;
        }
        const close = text.indexOf('*/', i + 2);
        if (close === -1)
            break;
        const end = text.indexOf('}}', close + 2);
        if (end === -1)
            break;
        out += text.slice(last, k - 1) + text.slice(k - 1, end + 2).replace(/[^\n]/g, '');
        last = end + 2;
        i = text.indexOf('/*', last);
    }
    return out + text.slice(last);
}
function parseTemplate(text) {
    const src = withoutComments(text).split('\n');
    const action = src.map(actionOf);
    const control = action.map((a) => {
        const c = a === undefined ? null : controlOf(a);
        return c ? [c[1], c[2]] : undefined;
    });
    const next = new Array(src.length).fill(src.length);
    // One pass with a stack of open blocks, each with its last branch (so each line is looked at once).
    const open = [];
    control.forEach((c, i) => {
        if (!c)
            return;
        const [kw] = c;
        if (kw === 'if' || kw === 'with' || kw === 'range' || kw === 'define' || kw === 'block')
            open.push({ last: i });
        else if (kw === 'else' || kw === 'else if') {
            const top = open.at(-1);
            if (top) {
                next[top.last] = i;
                top.last = i;
            }
        }
        else if (kw === 'end') {
            const top = open.pop();
            if (top)
                next[top.last] = i;
        }
    });
    return { src, action, control, next };
}
function step(out) {
    if (++out.budget.steps > HELM_LIMITS.maxSteps)
        throw new RenderLimit(`rendering visits more than ${HELM_LIMITS.maxSteps.toLocaleString('en')} template lines (nested loops)`);
}
/** The end of the block opened at `i`: follows its branches to the `end`. */
function blockEnd(t, i) {
    let j = t.next[i];
    while (j < t.src.length && t.control[j]?.[0] !== 'end')
        j = t.next[j];
    return j;
}
/** Renders template lines [i, to) in a scope; `depth`: blocks open around them. */
function renderLines(t, i, to, scope, out, depth) {
    while (i < to) {
        step(out);
        const c = t.control[i];
        if (!c) {
            emit(t.src[i], i + 1, t.action[i], scope, out);
            i++;
            continue;
        }
        const [kw, arg] = c;
        // A stray `else` or `end` (no block open here) writes nothing.
        if (kw === 'end' || kw === 'else' || kw === 'else if') {
            i++;
            continue;
        }
        const end = Math.min(blockEnd(t, i), to);
        if (kw !== 'define' && kw !== 'block')
            renderBlock(t, i, end, scope, out, depth + 1);
        i = end + 1;
    }
}
/** One `if`/`with`/`range` block opened at line `i`, its `end` at `end`: the branch its values choose. */
function renderBlock(t, i, end, scope, out, depth) {
    if (depth > HELM_LIMITS.maxDepth)
        throw new RenderLimit(`blocks nest more than ${HELM_LIMITS.maxDepth} deep`);
    const [kw, arg] = t.control[i];
    const bodyEnd = Math.min(t.next[i], end);
    if (kw === 'range') {
        const { names, expr } = rangeHead(arg);
        const v = evaluate(expr, scope);
        if (v === UNKNOWN) {
            // Unknown list: the body is kept once (as written) and the line is listed as templated.
            out.holes.push({ line: i + 1, expr: `${kw} ${arg}`, block: true });
            return renderLines(t, i + 1, bodyEnd, { ...scope, dot: UNKNOWN, vars: bind(scope, names, UNKNOWN, UNKNOWN) }, out, depth);
        }
        const items = Array.isArray(v) ? v.map((x, k) => [k, x]) : isRecord(v) ? Object.keys(v).sort().map((k) => [k, v[k]]) : typeof v === 'number' && v > 0 ? Array.from({ length: Math.min(v, HELM_LIMITS.maxSteps) }, (_, k) => [k, k]) : [];
        if (items.length) {
            for (const [k, x] of items)
                renderLines(t, i + 1, bodyEnd, { ...scope, dot: x, vars: bind(scope, names, k, x) }, out, depth);
            return;
        }
        if (bodyEnd < end && t.control[bodyEnd]?.[0] === 'else')
            renderLines(t, bodyEnd + 1, Math.min(t.next[bodyEnd], end), scope, out, depth);
        return;
    }
    // if / with, then `else if` / `else` branches: the first whose condition holds is rendered.
    for (let b = i; b < end; b = t.next[b]) {
        step(out);
        const [bkw, barg] = t.control[b];
        const branchEnd = Math.min(t.next[b], end);
        const isWith = bkw === 'with' || (b === i && kw === 'with');
        const { names, expr } = isWith ? rangeHead(barg) : { names: [], expr: barg };
        const cond = bkw === 'else' ? true : evaluate(expr, scope);
        if (cond === UNKNOWN) {
            // Unknown condition: the first branch is kept (as written), the others not, and the line is listed as templated.
            out.holes.push({ line: b + 1, expr: b === i ? `${kw} ${barg}` : barg, block: true });
            if (b === i)
                renderLines(t, b + 1, branchEnd, isWith ? { ...scope, dot: UNKNOWN } : scope, out, depth);
            return;
        }
        if (truthy(cond))
            return renderLines(t, b + 1, branchEnd, isWith ? { ...scope, dot: cond, vars: bind(scope, names, cond, cond) } : scope, out, depth);
        if (branchEnd >= end)
            return;
    }
}
/** `$k, $v := expr` / `$v := expr` / `expr` of a `range` or `with`. */
function rangeHead(arg) {
    const at = arg.indexOf(':=');
    if (at === -1)
        return { names: [], expr: arg };
    const names = arg.slice(0, at).split(',').map((s) => s.trim()).filter((s) => /^\$\w+$/.test(s));
    return { names, expr: arg.slice(at + 2) };
}
/** The variables of a scope with a range's `$k, $v` (or `$v`) bound. */
function bind(scope, names, key, value) {
    if (!names.length)
        return scope.vars;
    const vars = { ...scope.vars };
    if (names.length === 1)
        vars[names[0]] = value;
    else {
        vars[names[0]] = key;
        vars[names[1]] = value;
    }
    return vars;
}
function write(out, line, n) {
    out.budget.chars += line.length + 1;
    if (out.budget.chars > HELM_LIMITS.maxChars)
        throw new RenderLimit(`rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`);
    out.lines.push(line);
    out.from.push(n);
}
function emit(line, n, wholeAction, scope, out) {
    if (wholeAction !== undefined) {
        // A line that is one action: toYaml blocks, includes. Comments and variable assignments emit nothing.
        if (/^\/\*/.test(wholeAction))
            return;
        const assign = /^(\$\w+)\s*:?=\s*/.exec(wholeAction);
        if (assign) {
            const v = evaluate(wholeAction.slice(assign[0].length), scope);
            scope.vars = { ...scope.vars, [assign[1]]: v };
            return;
        }
        const v = evaluate(wholeAction, scope);
        const indent = Number(/\b(?:n?indent)\s+(\d+)/.exec(wholeAction)?.[1] ?? /^\s*/.exec(line)[0].length);
        if (v === UNKNOWN)
            return void out.holes.push({ line: n, expr: wholeAction, block: true });
        const yaml = isRecord(v) && 'yaml' in v ? v.yaml : v;
        if (yaml === undefined || yaml === null || (isRecord(yaml) && !Object.keys(yaml).length) || (Array.isArray(yaml) && !yaml.length))
            return;
        const text = typeof yaml === 'object' ? distExports.stringify(yaml, { indent: 2 }).trimEnd() : String(yaml);
        if (text.length > HELM_LIMITS.maxChars)
            throw new RenderLimit(`rendering writes more than ${HELM_LIMITS.maxChars / 1024 / 1024} MiB (repeated toYaml or loops)`);
        for (const l of text.split('\n'))
            write(out, `${' '.repeat(indent)}${l}`, n);
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
    write(out, rendered, n);
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
        const defines = definesOf(repo, repo.files.filter((f) => under(f.path) && (f.path.startsWith(`${dir ? `${dir}/` : ''}templates/`) || /(^|\/)charts\/[^/]+\/templates\/[^/]+\.tpl$/.test(f.path)) && /\.(ya?ml|tpl)$/.test(f.path)).map((f) => f.path));
        const chart = yamlData(repo, chartFile.path);
        const defaults = valuesFiles.find((f) => /^values\.ya?ml$/.test(posix.basename(f.path)));
        const base = defaults ? yamlData(repo, defaults.path) : {};
        const variants = [{ label: defaults ? posix.basename(defaults.path) : 'no values.yaml', values: base }, ...valuesFiles.filter((f) => f !== defaults).map((f) => ({ label: posix.basename(f.path), values: deepMerge(base, yamlData(repo, f.path)) }))];
        for (const v of variants) {
            const overlay = `${dir || '.'} (${v.label})`;
            const root = { Values: v.values, Chart: { Name: chart.name, Version: chart.version, AppVersion: chart.appVersion, ...chart }, Release: {} };
            const objects = [];
            const gaps = [];
            const disabled = [];
            for (const t of templates) {
                try {
                    const rendered = renderTemplate(repo, t.path, { root, dot: root, vars: {}, defines }, overlay);
                    objects.push(...rendered);
                    const off = rendered.length ? undefined : disabledBy(repo, t.path, { root, dot: root, vars: {}, defines });
                    if (off)
                        disabled.push({ overlay, file: t.path, ...off });
                }
                catch (e) {
                    if (!(e instanceof RenderLimit))
                        throw e;
                    gaps.push({ overlay, file: t.path, message: `not rendered: ${e.message}` });
                }
            }
            builds.push({ overlay, objects, gaps, disabled });
        }
    }
    return { builds, consumed };
}
/** The condition of a template wrapped whole in one `if`/`with` that is false with these values (it renders nothing because of it). */
function disabledBy(repo, path, scope) {
    const text = repo.read(path);
    if (text === undefined)
        return undefined;
    const t = parseTemplate(text);
    const first = t.control.findIndex((c, i) => c !== undefined || t.src[i].trim() !== '');
    const c = first === -1 ? undefined : t.control[first];
    if (!c || (c[0] !== 'if' && c[0] !== 'with'))
        return undefined;
    const end = blockEnd(t, first);
    if (t.src.slice(end + 1).some((l) => l.trim() !== ''))
        return undefined;
    const v = evaluate(c[1], { ...scope, budget: { steps: 0, chars: 0 } });
    if (v === UNKNOWN || truthy(v))
        return undefined;
    const kinds = [...new Set(t.src.flatMap((l) => { const m = /^\s*kind:\s*(\w+)\s*$/.exec(l); return m ? [m[1]] : []; }))];
    return { condition: c[1], kinds };
}
function renderTemplate(repo, path, scope, overlay) {
    const text = repo.read(path);
    if (text === undefined)
        return [];
    const out = { lines: [], from: [], holes: [], budget: { steps: 0, chars: 0 } };
    const parsed = parseTemplate(text);
    renderLines(parsed, 0, parsed.src.length, { ...scope, budget: out.budget }, out, 0);
    const { docs, lineCounter } = parseYamlAll(out.lines.join('\n'));
    // Rendered text that is not YAML hides whatever it holds: said, so the chart's checks are not verified.
    const broken = docs.find((d) => d.errors.length);
    if (broken) {
        const at = lineCounter.linePos(broken.errors[0].pos[0]).line;
        throw new RenderLimit(`the rendered text is not YAML near template line ${out.from[at - 1] ?? at} (${broken.errors[0].code})`);
    }
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
function applyJson6902(root, ops, at, prov, say) {
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
            say(`JSON 6902 op "${String(op.op)}" is not applied`);
    });
}
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'GatewayClass', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration']);
/** The documents of a patch: from a file, or from an inline string whose positions are mapped back into the kustomization. */
function patchDocs(repo, k, entry, entryPath, say) {
    if (typeof entry === 'string' && !entry.includes('\n') && /\.ya?ml$/i.test(entry))
        return fileDocs(repo, k, entry, say);
    const inline = typeof entry === 'string' ? entry : isRecord(entry) && typeof entry.patch === 'string' ? entry.patch : undefined;
    if (inline !== undefined) {
        const scalarPath = typeof entry === 'string' ? entryPath : [...entryPath, 'patch'];
        const scalar = nodeAt(k.doc, scalarPath);
        const { docs, lineCounter } = parseYamlAll(inline);
        const shift = inlineShift(repo, k, scalar);
        return docs.filter((d) => !d.errors.length).map((d) => ({ data: plainData(d), at: locatorOf(k.file, d, lineCounter, [], shift) }));
    }
    if (isRecord(entry) && typeof entry.path === 'string')
        return fileDocs(repo, k, entry.path, say);
    return [];
}
function fileDocs(repo, k, rel, say) {
    const file = resolveLocal(k.dir, rel);
    if (file === undefined)
        return say(`patch ${rel} is remote or outside the checkout; not applied`), [];
    const parsed = repo.yaml(file);
    if (!parsed)
        return say(`patch ${rel} was not read (not in the checkout, or skipped); not applied`), [];
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
    // Kind, name and namespace are each a regular expression matching the whole value, as kustomize's selector reads them.
    if (t.kind && !nameMatches(String(t.kind), String(o.data.kind ?? '')))
        return false;
    if (t.name && !nameMatches(String(t.name), name))
        return false;
    if (t.namespace && !nameMatches(String(t.namespace), String(meta.namespace ?? '')))
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
    /** `into`: a component's parent's objects, which the component adds to and patches (else a new list). */
    const build = (k, stack, gaps, into) => {
        const say = (message) => void gaps.push({ file: k.file, message });
        if (stack.includes(k.dir)) {
            say(`includes itself through ${stack.join(' → ')}; not followed again`);
            return into ?? [];
        }
        const objects = into ?? [];
        for (const field of ['resources', 'bases']) {
            list(k, field).forEach((r) => {
                if (typeof r !== 'string')
                    return;
                const p = resolveLocal(k.dir, r);
                if (p === undefined)
                    return say(`${r} is remote or outside the checkout; not followed`);
                const sub = byDir.get(p);
                if (sub)
                    objects.push(...build(sub, [...stack, k.dir], gaps));
                else if (repo.has(p)) {
                    consumed.add(p);
                    for (const o of rawObjectsOf(p)) {
                        const prov = new Provenance();
                        objects.push({ data: copy(o.data, o.locate, [], prov), prov, file: o.file });
                    }
                }
                else
                    say(`resource ${r} not found in the checkout`);
            });
        }
        // Components after the resources, before this kustomization's own patches (as kustomize orders them): each adds its resources and patches everything so far.
        list(k, 'components').forEach((r) => {
            if (typeof r !== 'string')
                return;
            const p = resolveLocal(k.dir, r);
            if (p === undefined)
                return say(`component ${r} is remote or outside the checkout; not applied`);
            const sub = byDir.get(p);
            if (!sub)
                return say(`component ${r} not found in the checkout; not applied`);
            build(sub, [...stack, k.dir], gaps, objects);
        });
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
                return say(`${where}: a JSON 6902 patch without a target is not applied`);
            for (const o of objects.filter((x) => matches(x, target)))
                applyJson6902(o.data, patch.data, patch.at, o.prov, (m) => say(`${where}: ${m}`));
        };
        const targetOf = (e) => (isRecord(e) && isRecord(e.target) ? e.target : undefined);
        list(k, 'patchesStrategicMerge').forEach((e, i) => {
            if (typeof e === 'string' && /\.ya?ml$/i.test(e) && !e.includes('\n'))
                consumed.add(resolveLocal(k.dir, e) ?? e);
            for (const p of patchDocs(repo, k, e, ['patchesStrategicMerge', i], say))
                strategic(p);
        });
        list(k, 'patches').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patches', i], say)) {
                if (Array.isArray(p.data))
                    json6902(p, targetOf(e), `patches[${i}]`);
                else
                    strategic(p, targetOf(e));
            }
        });
        list(k, 'patchesJson6902').forEach((e, i) => {
            if (isRecord(e) && typeof e.path === 'string')
                consumed.add(resolveLocal(k.dir, e.path) ?? e.path);
            for (const p of patchDocs(repo, k, e, ['patchesJson6902', i], say))
                json6902(p, targetOf(e), `patchesJson6902[${i}]`);
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
        // Generated ConfigMaps and Secrets hold no pod settings or routes; the others may change any object.
        for (const field of ['generators', 'transformers', 'helmCharts', 'helmChartInflationGenerator', 'replacements', 'vars', 'openapi', 'crds'])
            if (k.data[field] !== undefined)
                say(`${field} is not applied`);
        for (const field of ['configMapGenerator', 'secretGenerator'])
            if (k.data[field] !== undefined)
                gaps.push({ file: k.file, message: `${field} is not applied`, objectsUnchanged: true });
        return objects;
    };
    const builds = [];
    for (const k of [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
        consumed.add(k.file);
        if (included.has(k.dir))
            continue;
        const gaps = [];
        const rendered = build(k, [], gaps);
        for (const g of gaps)
            g.overlay = k.dir;
        const notes = gaps.map((g) => `${g.file}: ${g.message}`);
        builds.push({
            dir: k.dir,
            notes,
            gaps,
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
    const gaps = [...builds.flatMap((b) => b.gaps), ...charts.builds.flatMap((b) => b.gaps)];
    return { objects: [...standalone, ...builds.flatMap((b) => b.objects), ...charts.builds.flatMap((b) => b.objects)], notes: gaps.map((g) => `${g.file}: ${g.message}`), gaps, disabled: charts.builds.flatMap((b) => b.disabled) };
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

export { readKustomizations as a, dig as d, isTemplated as i, readDeployment as r };
