/**
 * Tool names compare exactly; names derived from a function or method compare without case and separators (C#
 * `GetTicket` ~ `get_ticket`).
 */
const normaliseToolName = (name) => name.toLowerCase().replace(/[-_\s]/g, '');
/**
 * The first of `regs` that registers a tool, as `regs.find((r) => registers(r, tool))` finds it, from
 * two maps made once: comparing every declared tool with every registration is quadratic, and a
 * server can declare hundreds of tools.
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
/**
 * One entry per tool name: the declared names in golive.yaml's order, then served names, then names only the source
 * registers.
 */
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
        entries.push({
            name,
            declared,
            served: served ? servedByName.has(name) : null,
            registeredAt: reg ? reg.at : null,
            ...(tool?.annotations ? { annotations: { ...tool.annotations } } : {})
        });
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
    {
        why: '"ignore previous instructions"',
        re: /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|other)\s+(?:instructions?|rules|prompts?)\b/i
    },
    {
        why: 'an instruction to hide something from the user',
        re: /\b(?:do\s+not|don't|never)\s+(?:tell|mention|inform|reveal|show)\b[^.\n]{0,40}\buser\b/i
    },
    {
        why: 'an instruction to read local files or secrets',
        re: /\b(?:read|open|cat|send|include|pass|upload)\b[^.\n]{0,60}(?:~\/|\.ssh\b|id_rsa|\/etc\/passwd|\.env\b|mcp\.json|credentials|private\s+key)/i
    },
    {
        why: 'an instruction to call other tools',
        re: /\b(?:before|after|instead\s+of)\s+(?:using|calling)\s+(?:any|this|the|another|other|every)\b[^.\n]{0,40}\btools?\b|\b(?:you\s+must|always)\s+(?:first\s+)?(?:call|invoke|use)\s+(?:the\s+)?(?:\w+\s+)?tool\b/i
    }
];
/** Writes invisible and control characters as \u{…} so a quote shows what a reader would not see. */
function visible(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0);
        if (cp < 0x20 ||
            cp === 0x7f ||
            (cp >= 0x200b && cp <= 0x200f) ||
            (cp >= 0x202a && cp <= 0x202e) ||
            (cp >= 0x2060 && cp <= 0x2069) ||
            cp === 0xfeff ||
            (cp >= 0xe0000 && cp <= 0xe007f))
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

export { computedRegistrations as c, descriptionsOf as d, poisonSigns as p, registrationFinder as r, servedTools as s, toolEntries as t };
