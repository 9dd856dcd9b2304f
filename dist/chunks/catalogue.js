function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}

const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

var _a$1;
/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer$1 = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer$1);
const $ZodRealError = $constructor("$ZodError", initializer$1, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}

// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse$1 = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const validateAsync$1 = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
const email$1 = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji$1, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;

function anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const integer = /^-?\d+$/;
const number$1 = /^-?\d+(?:\.\d+)?$/;
const boolean$1 = /^(?:true|false)$/i;
const _null$2 = /^null$/i;
// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;

// import { $ZodType } from "./schemas.js";
const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}
const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email$1);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean$1;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = _null$2;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodAny = /*@__PURE__*/ $constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject$1 = isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject$1 = isObject;
    const jit = !globalConfig.jitless;
    const allowsEval$1 = allowsEval;
    const fastEnabled = jit && allowsEval$1.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject$1(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number$1.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ $constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
});
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(issue(_iss));
    }
}

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (!desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set());
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = open.length > depth ? open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
function en () {
    return {
        localeError: error(),
    };
}

var _a;
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _null$1(Class, params) {
    return new Class({
        type: "null",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}

function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") ;
    else ;
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) ;
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) ;
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number$1 : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

const parse = /* @__PURE__ */ _parse(ZodRealError);
const parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
// Codec functions
const encode = /* @__PURE__ */ _encode(ZodRealError);
const decode = /* @__PURE__ */ _decode(ZodRealError);
const encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return _default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return _catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return validateAsync$1(this, data, params);
    },
    encode: function _encode(data, params) {
        return encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function email(params) {
    return _email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return _url(ZodURL, params);
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(int(params));
    },
    safe(params) {
        return this.check(int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function int(params) {
    return _int(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json);
});
function boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
    $ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json);
});
function _null(params) {
    return _null$1(ZodNull, params);
}
const ZodAny = /*@__PURE__*/ $constructor("ZodAny", (inst, def) => {
    $ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => anyProcessor();
});
function any() {
    return _any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor();
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return _enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue$1) => {
            if (typeof issue$1 === "string") {
                payload.issues.push(issue(issue$1, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue$1;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodPreprocess = /*@__PURE__*/ $constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
});
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function custom(fn, _params) {
    return _custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

var data$5 = [ { "package":"@slack/web-api",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "postMessage",
      "postEphemeral",
      "scheduleMessage",
      "filesUpload",
      "uploadV2" ],
    kind:"send",
    types:[ "WebClient" ],
    hosts:[ "slack.com" ],
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API: reads workspace messages others write; chat.postMessage sends",
    example:"import { WebClient } from '@slack/web-api'" },
  { "package":"@slack/bolt",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "postMessage",
      "say" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack apps: receive and post workspace messages",
    example:"import { App } from '@slack/bolt'" },
  { "package":"@slack/webhook",
    legs:[ "externalCommunication" ],
    kind:"send",
    types:[ "IncomingWebhook" ],
    reason:"posts messages to a Slack incoming webhook",
    example:"import { IncomingWebhook } from '@slack/webhook'" },
  { "package":"@microsoft/microsoft-graph-client",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMail",
      "/sendMail",
      "reply",
      "forward",
      "chatMessage" ],
    kind:"send",
    hosts:[ "graph.microsoft.com" ],
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph: the tenant's mail, files, chats and calendars",
    example:"import { Client } from '@microsoft/microsoft-graph-client'" },
  { "package":"@microsoft/msgraph-sdk",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMail",
      "reply",
      "forward" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph (Kiota SDK): the tenant's mail, files and chats",
    example:"import { createGraphServiceClient } from '@microsoft/msgraph-sdk'" },
  { "package":"@microsoft/teams-ai",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendActivity" ],
    kind:"send",
    reason:"Teams bots: read and post channel messages",
    example:"import { Application } from '@microsoft/teams-ai'" },
  { "package":"botbuilder",
    legs:[ "untrustedContent" ],
    send:[ "sendActivity",
      "sendActivities" ],
    kind:"send",
    reason:"Bot Framework: messages users write; sendActivity posts",
    example:"import { TurnContext } from 'botbuilder'" },
  { "package":"googleapis",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "messages.send",
      "drafts.send" ],
    kind:"send",
    hosts:[ "*.googleapis.com" ],
    content:[ "message",
      "thread",
      "attachment",
      "event",
      "file",
      "document",
      "comment",
      "reply",
      "spreadsheet",
      "presentation" ],
    reason:"Google Workspace APIs: Gmail, Drive, Docs, Calendar data",
    example:"import { google } from 'googleapis'" },
  { "package":"@googleapis/gmail",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send" ],
    kind:"send",
    content:[ "message",
      "thread",
      "attachment",
      "event",
      "file",
      "document",
      "comment",
      "reply",
      "spreadsheet",
      "presentation" ],
    reason:"Gmail API: mailbox contents others write; messages.send",
    example:"import { gmail } from '@googleapis/gmail'" },
  { "package":"@googleapis/drive",
    legs:[ "privateData" ],
    reason:"Google Drive files of the organisation",
    example:"import { drive } from '@googleapis/drive'" },
  { "package":"@linear/sdk",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "attachment" ],
    send:[ "createIssue",
      "updateIssue",
      "createComment",
      "updateComment",
      "addComment",
      "issueCreate",
      "issueUpdate",
      "commentCreate",
      "commentUpdate" ],
    kind:"send",
    types:[ "LinearClient" ],
    hosts:[ "api.linear.app" ],
    reason:"Linear: the workspace's issues and the comments others write; creating an issue or a comment publishes to its readers",
    example:"import { LinearClient } from '@linear/sdk'" },
  { "package":"jira-client",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "search",
      "jql" ],
    reason:"Jira issues and comments others write",
    example:"const JiraApi = require('jira-client')" },
  { "package":"jira.js",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "createIssue",
      "editIssue",
      "addComment",
      "doTransition",
      "addWorklog" ],
    kind:"send",
    hosts:[ "*.atlassian.net",
      "api.atlassian.com" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "changelog",
      "search",
      "jql" ],
    reason:"Jira Cloud issues and comments; creating or commenting publishes to their readers",
    example:"import { Version3Client } from 'jira.js'" },
  { "package":"confluence.js",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "createContent",
      "updateContent",
      "createAttachments" ],
    kind:"send",
    content:[ "content",
      "page",
      "comment",
      "attachment",
      "blogpost",
      "search",
      "cql" ],
    reason:"Confluence pages others write; creating a page publishes it",
    example:"import { ConfluenceClient } from 'confluence.js'" },
  { "package":"jsforce",
    legs:[ "privateData" ],
    hosts:[ "*.my.salesforce.com" ],
    reason:"Salesforce records of the organisation",
    example:"import jsforce from 'jsforce'" },
  { "package":"@octokit/rest",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "issues.create",
      "createComment",
      "pulls.create",
      "createReview" ],
    kind:"send",
    hosts:[ "api.github.com" ],
    reason:"GitHub: private repositories, issues and comments others write",
    example:"import { Octokit } from '@octokit/rest'" },
  { "package":"octokit",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "issues.create",
      "createComment",
      "pulls.create" ],
    kind:"send",
    reason:"GitHub: private repositories, issues and comments others write",
    example:"import { Octokit } from 'octokit'" },
  { "package":"@gitbeaker/rest",
    legs:[ "privateData",
      "untrustedContent" ],
    hosts:[ "gitlab.com" ],
    reason:"GitLab projects, issues and notes others write",
    example:"import { Gitlab } from '@gitbeaker/rest'" },
  { "package":"pg",
    legs:[ "privateData" ],
    reason:"PostgreSQL driver: the organisation's database",
    example:"import pg from 'pg'" },
  { "package":"postgres",
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"import postgres from 'postgres'" },
  { "package":"mysql2",
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"import mysql from 'mysql2/promise'" },
  { "package":"mssql",
    legs:[ "privateData" ],
    reason:"SQL Server driver",
    example:"import sql from 'mssql'" },
  { "package":"mongodb",
    legs:[ "privateData" ],
    types:[ "MongoClient" ],
    reason:"MongoDB driver",
    example:"import { MongoClient } from 'mongodb'" },
  { "package":"@mongosh/service-provider-node-driver",
    legs:[ "privateData" ],
    types:[ "NodeDriverServiceProvider" ],
    reason:"MongoDB driver, through mongosh's service provider",
    example:"import { NodeDriverServiceProvider } from '@mongosh/service-provider-node-driver'" },
  { "package":"mongoose",
    legs:[ "privateData" ],
    reason:"MongoDB object mapper",
    example:"import mongoose from 'mongoose'" },
  { "package":"redis",
    legs:[ "privateData" ],
    read:[ "keys",
      "type",
      "info",
      "ttl",
      "lPop",
      "rPop",
      "sPop",
      "sMembers",
      "lRange",
      "zRange",
      "xRange",
      "xRead",
      "dbSize",
      "scanIterator",
      "hScanIterator" ],
    reason:"Redis client: cached application data",
    example:"import { createClient } from 'redis'" },
  { "package":"ioredis",
    legs:[ "privateData" ],
    read:[ "keys",
      "type",
      "info",
      "ttl",
      "lPop",
      "rPop",
      "sPop",
      "sMembers",
      "lRange",
      "zRange",
      "xRange",
      "xRead",
      "dbSize",
      "scanIterator",
      "hScanIterator" ],
    reason:"Redis client",
    example:"import Redis from 'ioredis'" },
  { "package":"@elastic/elasticsearch",
    legs:[ "privateData" ],
    reason:"Elasticsearch: indexed documents",
    example:"import { Client } from '@elastic/elasticsearch'" },
  { "package":"@azure/cosmos",
    legs:[ "privateData" ],
    types:[ "CosmosClient" ],
    reason:"Azure Cosmos DB documents",
    example:"import { CosmosClient } from '@azure/cosmos'" },
  { "package":"@azure/storage-blob",
    legs:[ "privateData" ],
    reason:"Azure Blob Storage objects",
    example:"import { BlobServiceClient } from '@azure/storage-blob'" },
  { "package":"@aws-sdk/client-s3",
    legs:[ "privateData" ],
    reason:"Amazon S3 objects",
    example:"import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3'" },
  { "package":"@aws-sdk/client-dynamodb",
    legs:[ "privateData" ],
    reason:"Amazon DynamoDB tables",
    example:"import { DynamoDBClient } from '@aws-sdk/client-dynamodb'" },
  { "package":"@aws-sdk/client-ses",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses'" },
  { "package":"@google-cloud/storage",
    legs:[ "privateData" ],
    reason:"Google Cloud Storage objects",
    example:"import { Storage } from '@google-cloud/storage'" },
  { "package":"@prisma/client",
    legs:[ "privateData" ],
    reason:"Prisma ORM over the application database",
    example:"import { PrismaClient } from '@prisma/client'" },
  { "package":"@kubernetes/client-node",
    legs:[ "privateData" ],
    reason:"Kubernetes API: cluster objects and secrets",
    example:"import * as k8s from '@kubernetes/client-node'" },
  { "package":"@notionhq/client",
    legs:[ "privateData",
      "untrustedContent" ],
    hosts:[ "api.notion.com" ],
    content:[ "page",
      "block",
      "comment",
      "children",
      "content",
      "markdown",
      "query",
      "search" ],
    reason:"Notion pages the workspace writes",
    example:"import { Client } from '@notionhq/client'" },
  { "package":"nodemailer",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"import nodemailer from 'nodemailer'" },
  { "package":"@sendgrid/mail",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SendGrid sends mail",
    example:"import sgMail from '@sendgrid/mail'" },
  { "package":"resend",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Resend sends mail",
    example:"import { Resend } from 'resend'" },
  { "package":"twilio",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Twilio sends SMS and calls",
    example:"import twilio from 'twilio'" },
  { "package":"discord.js",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send",
      "reply" ],
    kind:"send",
    content:[ "message",
      "messages",
      "history",
      "thread",
      "reply",
      "replies",
      "attachment",
      "embed",
      "post",
      "forum" ],
    reason:"Discord: the server's channels and the messages members write; channel.send posts",
    example:"import { Client, GatewayIntentBits } from 'discord.js'" },
  { "package":"openai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI API: prompts and data leave to the provider",
    example:"import OpenAI from 'openai'" },
  { "package":"@anthropic-ai/sdk",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API: prompts leave to the provider",
    example:"import Anthropic from '@anthropic-ai/sdk'" },
  { "package":"@google/genai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API: prompts leave to the provider",
    example:"import { GoogleGenAI } from '@google/genai'" },
  { "package":"@google/generative-ai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API (older SDK)",
    example:"import { GoogleGenerativeAI } from '@google/generative-ai'" },
  { "package":"@azure/openai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure OpenAI",
    example:"import { AzureOpenAI } from '@azure/openai'" },
  { "package":"cohere-ai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Cohere API",
    example:"import { CohereClient } from 'cohere-ai'" },
  { "package":"@mistralai/mistralai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Mistral API",
    example:"import { Mistral } from '@mistralai/mistralai'" },
  { "package":"groq-sdk",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Groq API",
    example:"import Groq from 'groq-sdk'" },
  { "package":"ai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vercel AI SDK: calls a model provider",
    example:"import { generateText } from 'ai'" },
  { "package":"playwright",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "innerText",
      "innerHTML",
      "textContent",
      "allTextContents",
      "allInnerTexts",
      "inputValue",
      "getAttribute",
      "evaluate",
      "evaluateHandle",
      "$eval",
      "$$eval",
      "title",
      "ariaSnapshot",
      "snapshot",
      "consoleMessages",
      "pageErrors",
      "text",
      "json",
      "body" ],
    send:[ "fill",
      "type",
      "pressSequentially",
      "setInputFiles",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "addInitScript" ],
    reason:"a browser: pages any site serves, going where it is sent",
    example:"import { chromium } from 'playwright'" },
  { "package":"puppeteer",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "evaluate",
      "evaluateHandle",
      "$eval",
      "$$eval",
      "title",
      "snapshot",
      "getProperty",
      "jsonValue",
      "text",
      "json",
      "buffer" ],
    send:[ "type",
      "fill",
      "uploadFile",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "evaluateOnNewDocument" ],
    reason:"a headless browser: pages any site serves",
    example:"import puppeteer from 'puppeteer'" },
  { "package":"selenium-webdriver",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "getPageSource",
      "getText",
      "getAttribute",
      "getDomAttribute",
      "getProperty",
      "getTitle",
      "executeScript",
      "executeAsyncScript" ],
    send:[ "sendKeys",
      "executeScript",
      "executeAsyncScript" ],
    reason:"browser automation: pages any site serves",
    example:"const { Builder } = require('selenium-webdriver')" },
  { "package":"cheerio",
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"import * as cheerio from 'cheerio'" },
  { "package":"jsdom",
    legs:[ "untrustedContent" ],
    types:[ "JSDOM" ],
    reason:"parses fetched HTML for its text",
    example:"import { JSDOM } from 'jsdom'" },
  { "package":"@mozilla/readability",
    legs:[ "untrustedContent" ],
    reason:"extracts the article text of a web page",
    example:"import { Readability } from '@mozilla/readability'" },
  { "package":"turndown",
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown for the model",
    example:"import TurndownService from 'turndown'" },
  { "package":"@tavily/core",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    hosts:[ "api.tavily.com" ],
    kind:"send",
    reason:"Tavily web search: text any site wrote; the query or URL goes to the vendor",
    example:"import { tavily } from '@tavily/core'" },
  { "package":"@mendable/firecrawl-js",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    hosts:[ "api.firecrawl.dev" ],
    kind:"send",
    reason:"Firecrawl scrapes the URL it is given; the query or URL goes to the vendor",
    example:"import FirecrawlApp from '@mendable/firecrawl-js'" },
  { "package":"exa-js",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    hosts:[ "api.exa.ai" ],
    kind:"send",
    reason:"Exa web search results; the query or URL goes to the vendor",
    example:"import Exa from 'exa-js'" },
  { "package":"serpapi",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    hosts:[ "serpapi.com" ],
    kind:"send",
    reason:"SerpAPI search results; the query or URL goes to the vendor",
    example:"import { getJson } from 'serpapi'" },
  { "package":"axios",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by each call's URL",
    example:"import axios from 'axios'" },
  { "package":"node-fetch",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import fetch from 'node-fetch'" },
  { "package":"got",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import got from 'got'" },
  { "package":"undici",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import { request } from 'undici'" },
  { "package":"openapi-fetch",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client typed from an OpenAPI description: where it connects is its base URL and each call's path",
    example:"import createClient from 'openapi-fetch'" },
  { "package":"ky",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import ky from 'ky'" },
  { "package":"superagent",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"const superagent = require('superagent')" },
  { "package":"ws",
    legs:[  ],
    kind:"generic-http",
    reason:"WebSocket client",
    example:"import WebSocket from 'ws'" },
  { "package":"simple-git",
    legs:[ "privateData",
      "untrustedContent" ],
    read:[ "diff",
      "log",
      "show",
      "status",
      "branch",
      "blame" ],
    write:[ "add",
      "commit",
      "reset",
      "checkout",
      "checkoutBranch",
      "init",
      "push" ],
    content:[ "diff",
      "log",
      "show",
      "commit",
      "blame",
      "message",
      "patch" ],
    reason:"local Git repositories: their code, and the diffs and commit messages others wrote",
    example:"import { simpleGit } from 'simple-git'" },
  { "package":"isomorphic-git",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "log",
      "commit",
      "blob",
      "message",
      "walk" ],
    reason:"Git repositories: their code and the commit messages others wrote",
    example:"import git from 'isomorphic-git'" },
  { "package":"screenshot-desktop",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"screenshots of the user's screen",
    example:"import screenshot from 'screenshot-desktop'" },
  { "package":"@googleapis/calendar",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "event",
      "description",
      "attendee" ],
    reason:"Google Calendar: the user's events, and the invitations and descriptions others write",
    example:"import { calendar } from '@googleapis/calendar'" },
  { "package":"@googleapis/sheets",
    legs:[ "privateData" ],
    reason:"Google Sheets spreadsheets of the organisation",
    example:"import { sheets } from '@googleapis/sheets'" },
  { "package":"@googleapis/docs",
    legs:[ "privateData" ],
    reason:"Google Docs documents of the organisation",
    example:"import { docs } from '@googleapis/docs'" },
  { "package":"@octokit/core",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitHub REST/GraphQL requests: private repositories, issues and comments others write",
    example:"import { Octokit } from '@octokit/core'" },
  { "package":"@octokit/graphql",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitHub GraphQL API: private repositories, issues and comments others write",
    example:"import { graphql } from '@octokit/graphql'" },
  { "package":"@gitbeaker/node",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects, issues and notes others write (older SDK)",
    example:"import { Gitlab } from '@gitbeaker/node'" },
  { "package":"@gitbeaker/core",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects, issues and notes others write",
    example:"import { Gitlab } from '@gitbeaker/core'" },
  { "package":"bitbucket",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "pullrequest",
      "diff",
      "commit" ],
    reason:"Bitbucket Cloud: private repositories, pull requests and the comments others write",
    example:"import { Bitbucket } from 'bitbucket'" },
  { "package":"gitea-js",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"Gitea: private repositories, issues and comments others write",
    example:"import { giteaApi } from 'gitea-js'" },
  { "package":"airtable",
    legs:[ "privateData" ],
    reason:"Airtable bases of the organisation",
    example:"import Airtable from 'airtable'" },
  { "package":"asana",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "task",
      "story",
      "comment",
      "stories" ],
    reason:"Asana tasks and the comments (stories) others write",
    example:"const asana = require('asana')" },
  { "package":"@mondaydotcomorg/api",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "item",
      "update",
      "board",
      "comment" ],
    reason:"monday.com boards, items and the updates others write",
    example:"import { ApiClient } from '@mondaydotcomorg/api'" },
  { "package":"@hubspot/api-client",
    legs:[ "privateData" ],
    hosts:[ "api.hubapi.com" ],
    reason:"HubSpot CRM: contacts, companies and deals of the organisation",
    example:"import { Client } from '@hubspot/api-client'" },
  { "package":"node-zendesk",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "ticket",
      "comment",
      "request" ],
    reason:"Zendesk tickets and the comments customers write",
    example:"const zendesk = require('node-zendesk')" },
  { "package":"intercom-client",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "conversation",
      "message",
      "ticket",
      "note" ],
    hosts:[ "api.intercom.io" ],
    reason:"Intercom conversations customers write",
    example:"import { IntercomClient } from 'intercom-client'" },
  { "package":"stripe",
    legs:[ "privateData" ],
    hosts:[ "api.stripe.com" ],
    reason:"Stripe: the account's customers, charges and invoices",
    example:"import Stripe from 'stripe'" },
  { "package":"@shopify/shopify-api",
    legs:[ "privateData" ],
    reason:"Shopify Admin API: the store's orders, customers and products",
    example:"import { shopifyApi } from '@shopify/shopify-api'" },
  { "package":"@paypal/paypal-server-sdk",
    legs:[ "privateData" ],
    reason:"PayPal: the account's orders and payments",
    example:"import { Client } from '@paypal/paypal-server-sdk'" },
  { "package":"dropbox",
    legs:[ "privateData" ],
    hosts:[ "api.dropboxapi.com",
      "content.dropboxapi.com" ],
    reason:"Dropbox files of the user",
    example:"import { Dropbox } from 'dropbox'" },
  { "package":"box-node-sdk",
    legs:[ "privateData" ],
    reason:"Box files of the organisation",
    example:"const BoxSDK = require('box-node-sdk')" },
  { "package":"@pagerduty/pdjs",
    legs:[ "privateData" ],
    reason:"PagerDuty incidents, services and on-call schedules",
    example:"import { api } from '@pagerduty/pdjs'" },
  { "package":"@datadog/datadog-api-client",
    legs:[ "privateData" ],
    reason:"Datadog API: the organisation's metrics, logs, monitors and incidents",
    example:"import { client, v1 } from '@datadog/datadog-api-client'" },
  { "package":"jenkins",
    legs:[ "privateData" ],
    reason:"Jenkins jobs, builds and their logs",
    example:"const Jenkins = require('jenkins')" },
  { "package":"telegraf",
    legs:[ "untrustedContent" ],
    send:[ "sendMessage",
      "sendPhoto",
      "sendDocument",
      "reply" ],
    kind:"send",
    reason:"Telegram bots: messages users write; sendMessage posts",
    example:"import { Telegraf } from 'telegraf'" },
  { "package":"node-telegram-bot-api",
    legs:[ "untrustedContent" ],
    send:[ "sendMessage",
      "sendPhoto",
      "sendDocument" ],
    kind:"send",
    reason:"Telegram bots: messages users write; sendMessage posts",
    example:"const TelegramBot = require('node-telegram-bot-api')" },
  { "package":"grammy",
    legs:[ "untrustedContent" ],
    send:[ "sendMessage",
      "sendPhoto",
      "sendDocument",
      "reply" ],
    kind:"send",
    reason:"Telegram bots: messages users write; sendMessage posts",
    example:"import { Bot } from 'grammy'" },
  { "package":"whatsapp-web.js",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMessage",
      "reply" ],
    kind:"send",
    content:[ "message",
      "chat" ],
    reason:"WhatsApp: the user's chats and the messages others write; sendMessage posts",
    example:"const { Client, LocalAuth } = require('whatsapp-web.js')" },
  { "package":"@whiskeysockets/baileys",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMessage" ],
    kind:"send",
    content:[ "message",
      "chat" ],
    reason:"WhatsApp: the user's chats and the messages others write; sendMessage posts",
    example:"import makeWASocket from '@whiskeysockets/baileys'" },
  { "package":"@mattermost/client",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "createPost" ],
    kind:"send",
    content:[ "post",
      "thread",
      "message",
      "channel" ],
    reason:"Mattermost: channels and the posts others write; createPost sends",
    example:"import { Client4 } from '@mattermost/client'" },
  { "package":"zulip-js",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "messages.send" ],
    kind:"send",
    content:[ "message",
      "messages" ],
    reason:"Zulip: streams and the messages others write; messages.send posts",
    example:"const zulipInit = require('zulip-js')" },
  { "package":"imapflow",
    legs:[ "privateData",
      "untrustedContent" ],
    types:[ "ImapFlow" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"import { ImapFlow } from 'imapflow'" },
  { "package":"imap",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"const Imap = require('imap')" },
  { "package":"mailparser",
    legs:[ "untrustedContent" ],
    reason:"parses mail others wrote for its text",
    example:"import { simpleParser } from 'mailparser'" },
  { "package":"mailgun.js",
    legs:[ "externalCommunication" ],
    kind:"send",
    hosts:[ "api.mailgun.net",
      "api.eu.mailgun.net" ],
    reason:"Mailgun sends mail",
    example:"import Mailgun from 'mailgun.js'" },
  { "package":"postmark",
    legs:[ "externalCommunication" ],
    kind:"send",
    hosts:[ "api.postmarkapp.com" ],
    reason:"Postmark sends mail",
    example:"import { ServerClient } from 'postmark'" },
  { "package":"@mailchimp/mailchimp_transactional",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Mailchimp Transactional (Mandrill) sends mail",
    example:"import mailchimp from '@mailchimp/mailchimp_transactional'" },
  { "package":"@mailchimp/mailchimp_marketing",
    legs:[ "privateData" ],
    send:[ "campaigns.send" ],
    kind:"send",
    reason:"Mailchimp: the audience's members; campaigns.send mails them",
    example:"import mailchimp from '@mailchimp/mailchimp_marketing'" },
  { "package":"@aws-sdk/client-sesv2",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2'" },
  { "package":"better-sqlite3",
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"import Database from 'better-sqlite3'" },
  { "package":"sqlite3",
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"import sqlite3 from 'sqlite3'" },
  { "package":"sqlite",
    legs:[ "privateData" ],
    reason:"SQLite database files (also node:sqlite)",
    example:"import { open } from 'sqlite'" },
  { "package":"@libsql/client",
    legs:[ "privateData" ],
    reason:"libSQL / Turso databases",
    example:"import { createClient } from '@libsql/client'" },
  { "package":"@neondatabase/serverless",
    legs:[ "privateData" ],
    reason:"Neon PostgreSQL databases",
    example:"import { neon } from '@neondatabase/serverless'" },
  { "package":"@planetscale/database",
    legs:[ "privateData" ],
    reason:"PlanetScale MySQL databases",
    example:"import { connect } from '@planetscale/database'" },
  { "package":"@vercel/postgres",
    legs:[ "privateData" ],
    reason:"Vercel PostgreSQL databases",
    example:"import { sql } from '@vercel/postgres'" },
  { "package":"knex",
    legs:[ "privateData" ],
    reason:"SQL query builder over the application database",
    example:"import knex from 'knex'" },
  { "package":"sequelize",
    legs:[ "privateData" ],
    reason:"ORM over the application database",
    example:"import { Sequelize } from 'sequelize'" },
  { "package":"typeorm",
    legs:[ "privateData" ],
    reason:"ORM over the application database",
    example:"import { DataSource } from 'typeorm'" },
  { "package":"kysely",
    legs:[ "privateData" ],
    reason:"SQL query builder over the application database",
    example:"import { Kysely } from 'kysely'" },
  { "package":"oracledb",
    legs:[ "privateData" ],
    reason:"Oracle Database driver",
    example:"import oracledb from 'oracledb'" },
  { "package":"mysql",
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"import mysql from 'mysql'" },
  { "package":"@upstash/redis",
    legs:[ "privateData" ],
    reason:"Upstash Redis: cached application data",
    example:"import { Redis } from '@upstash/redis'" },
  { "package":"snowflake-sdk",
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"import snowflake from 'snowflake-sdk'" },
  { "package":"@google-cloud/bigquery",
    legs:[ "privateData" ],
    reason:"BigQuery tables",
    example:"import { BigQuery } from '@google-cloud/bigquery'" },
  { "package":"@databricks/sql",
    legs:[ "privateData" ],
    reason:"Databricks SQL warehouse tables",
    example:"import { DBSQLClient } from '@databricks/sql'" },
  { "package":"@clickhouse/client",
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"import { createClient } from '@clickhouse/client'" },
  { "package":"duckdb",
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"import duckdb from 'duckdb'" },
  { "package":"@duckdb/node-api",
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"import { DuckDBInstance } from '@duckdb/node-api'" },
  { "package":"cassandra-driver",
    legs:[ "privateData" ],
    reason:"Cassandra driver",
    example:"import cassandra from 'cassandra-driver'" },
  { "package":"neo4j-driver",
    legs:[ "privateData" ],
    reason:"Neo4j graph database driver",
    example:"import neo4j from 'neo4j-driver'" },
  { "package":"@aws-sdk/lib-dynamodb",
    legs:[ "privateData" ],
    reason:"Amazon DynamoDB tables (document client)",
    example:"import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb'" },
  { "package":"@google-cloud/firestore",
    legs:[ "privateData" ],
    reason:"Firestore documents",
    example:"import { Firestore } from '@google-cloud/firestore'" },
  { "package":"firebase-admin",
    imports:[ "firebase-admin/firestore",
      "firebase-admin/database",
      "firebase-admin/storage" ],
    legs:[ "privateData" ],
    reason:"Firebase Firestore, Realtime Database and Storage (its auth module verifies sign-ins: not listed)",
    example:"import { getFirestore } from 'firebase-admin/firestore'" },
  { "package":"@supabase/supabase-js",
    legs:[ "privateData" ],
    reason:"Supabase: the project's PostgreSQL tables and storage",
    example:"import { createClient } from '@supabase/supabase-js'" },
  { "package":"@pinecone-database/pinecone",
    legs:[ "privateData" ],
    reason:"Pinecone vector indexes of the organisation's documents",
    example:"import { Pinecone } from '@pinecone-database/pinecone'" },
  { "package":"weaviate-client",
    legs:[ "privateData" ],
    reason:"Weaviate collections of the organisation's documents",
    example:"import weaviate from 'weaviate-client'" },
  { "package":"@qdrant/js-client-rest",
    legs:[ "privateData" ],
    reason:"Qdrant collections of the organisation's documents",
    example:"import { QdrantClient } from '@qdrant/js-client-rest'" },
  { "package":"chromadb",
    legs:[ "privateData" ],
    reason:"Chroma collections of the organisation's documents",
    example:"import { ChromaClient } from 'chromadb'" },
  { "package":"@zilliz/milvus2-sdk-node",
    legs:[ "privateData" ],
    reason:"Milvus collections of the organisation's documents",
    example:"import { MilvusClient } from '@zilliz/milvus2-sdk-node'" },
  { "package":"@opensearch-project/opensearch",
    legs:[ "privateData" ],
    reason:"OpenSearch: indexed documents",
    example:"import { Client } from '@opensearch-project/opensearch'" },
  { "package":"@aws-sdk/client-cloudwatch-logs",
    legs:[ "privateData" ],
    reason:"CloudWatch Logs of the account's services",
    example:"import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'" },
  { "package":"@aws-sdk/client-cloudwatch",
    legs:[ "privateData" ],
    reason:"CloudWatch metrics and alarms of the account",
    example:"import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'" },
  { "package":"@aws-sdk/client-athena",
    legs:[ "privateData" ],
    reason:"Athena queries over the account's data",
    example:"import { AthenaClient } from '@aws-sdk/client-athena'" },
  { "package":"@aws-sdk/client-redshift-data",
    legs:[ "privateData" ],
    reason:"Redshift warehouse tables",
    example:"import { RedshiftDataClient } from '@aws-sdk/client-redshift-data'" },
  { "package":"@aws-sdk/client-ec2",
    legs:[ "privateData" ],
    reason:"EC2: the account's instances and networks",
    example:"import { EC2Client } from '@aws-sdk/client-ec2'" },
  { "package":"@aws-sdk/client-iam",
    legs:[ "privateData" ],
    reason:"IAM: the account's users, roles and policies",
    example:"import { IAMClient } from '@aws-sdk/client-iam'" },
  { "package":"@aws-sdk/client-lambda",
    legs:[ "privateData" ],
    reason:"Lambda: the account's functions and their configuration",
    example:"import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda'" },
  { "package":"@aws-sdk/client-cost-explorer",
    legs:[ "privateData" ],
    reason:"the account's costs and usage",
    example:"import { CostExplorerClient } from '@aws-sdk/client-cost-explorer'" },
  { "package":"@aws-sdk/client-sqs",
    legs:[ "privateData" ],
    reason:"SQS queues: the organisation's messages",
    example:"import { SQSClient, ReceiveMessageCommand } from '@aws-sdk/client-sqs'" },
  { "package":"@aws-sdk/client-sns",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SNS publishes to topics' subscribers, mail and SMS",
    example:"import { SNSClient, PublishCommand } from '@aws-sdk/client-sns'" },
  { "package":"@azure/data-tables",
    legs:[ "privateData" ],
    reason:"Azure Table Storage",
    example:"import { TableClient } from '@azure/data-tables'" },
  { "package":"@azure/service-bus",
    legs:[ "privateData" ],
    reason:"Azure Service Bus queues: the organisation's messages",
    example:"import { ServiceBusClient } from '@azure/service-bus'" },
  { "package":"@azure/event-hubs",
    legs:[ "privateData" ],
    reason:"Azure Event Hubs streams of the organisation",
    example:"import { EventHubConsumerClient } from '@azure/event-hubs'" },
  { "package":"@azure/storage-queue",
    legs:[ "privateData" ],
    reason:"Azure Storage queues",
    example:"import { QueueServiceClient } from '@azure/storage-queue'" },
  { "package":"@azure/storage-file-share",
    legs:[ "privateData" ],
    reason:"Azure file shares",
    example:"import { ShareServiceClient } from '@azure/storage-file-share'" },
  { "package":"@azure/search-documents",
    legs:[ "privateData" ],
    reason:"Azure AI Search: indexed documents",
    example:"import { SearchClient } from '@azure/search-documents'" },
  { "package":"@azure/monitor-query",
    legs:[ "privateData" ],
    reason:"Azure Monitor logs and metrics",
    example:"import { LogsQueryClient } from '@azure/monitor-query'" },
  { "package":"@azure/arm-resources",
    legs:[ "privateData" ],
    reason:"Azure Resource Manager: the subscription's resources",
    example:"import { ResourceManagementClient } from '@azure/arm-resources'" },
  { "package":"@azure/communication-email",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Azure Communication Services sends mail",
    example:"import { EmailClient } from '@azure/communication-email'" },
  { "package":"@google-cloud/pubsub",
    legs:[ "privateData" ],
    reason:"Pub/Sub topics: the organisation's messages",
    example:"import { PubSub } from '@google-cloud/pubsub'" },
  { "package":"@google-cloud/spanner",
    legs:[ "privateData" ],
    reason:"Spanner databases",
    example:"import { Spanner } from '@google-cloud/spanner'" },
  { "package":"kafkajs",
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"import { Kafka } from 'kafkajs'" },
  { "package":"amqplib",
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"import amqp from 'amqplib'" },
  { "package":"nats",
    legs:[ "privateData" ],
    reason:"NATS subjects: the organisation's messages",
    example:"import { connect } from 'nats'" },
  { "package":"dockerode",
    legs:[ "privateData" ],
    reason:"Docker Engine API: the host's containers, their logs and environment",
    example:"import Docker from 'dockerode'" },
  { "package":"cross-fetch",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import fetch from 'cross-fetch'" },
  { "package":"needle",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"const needle = require('needle')" },
  { "package":"request",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client (deprecated)",
    example:"const request = require('request')" },
  { "package":"ofetch",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import { ofetch } from 'ofetch'" },
  { "package":"html-to-text",
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into text for the model",
    example:"import { convert } from 'html-to-text'" },
  { "package":"node-html-parser",
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"import { parse } from 'node-html-parser'" },
  { "package":"node-html-markdown",
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown for the model",
    example:"import { NodeHtmlMarkdown } from 'node-html-markdown'" },
  { "package":"linkedom",
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"import { parseHTML } from 'linkedom'" },
  { "package":"@extractus/article-extractor",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"fetches a URL and extracts its article text",
    example:"import { extract } from '@extractus/article-extractor'" },
  { "package":"rss-parser",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"fetches and parses the feeds it is given: text their authors wrote",
    example:"import Parser from 'rss-parser'" },
  { "package":"crawlee",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"a crawler: pages any site serves, going where it is sent",
    example:"import { PlaywrightCrawler } from 'crawlee'" },
  { "package":"puppeteer-core",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "evaluate",
      "evaluateHandle",
      "$eval",
      "$$eval",
      "title",
      "snapshot",
      "getProperty",
      "jsonValue",
      "text",
      "json",
      "buffer" ],
    send:[ "type",
      "fill",
      "uploadFile",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "evaluateOnNewDocument" ],
    reason:"a headless browser: pages any site serves",
    example:"import puppeteer from 'puppeteer-core'" },
  { "package":"playwright-core",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "innerText",
      "innerHTML",
      "textContent",
      "allTextContents",
      "allInnerTexts",
      "inputValue",
      "getAttribute",
      "evaluate",
      "evaluateHandle",
      "$eval",
      "$$eval",
      "title",
      "ariaSnapshot",
      "snapshot",
      "consoleMessages",
      "pageErrors",
      "text",
      "json",
      "body" ],
    send:[ "fill",
      "type",
      "pressSequentially",
      "setInputFiles",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "addInitScript" ],
    reason:"a browser: pages any site serves, going where it is sent",
    example:"import { chromium } from 'playwright-core'" },
  { "package":"apify-client",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    hosts:[ "api.apify.com" ],
    reason:"Apify runs scrapers in the vendor's cloud: pages any site serves; the input goes to the vendor",
    example:"import { ApifyClient } from 'apify-client'" },
  { "package":"@browserbasehq/sdk",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Browserbase: a browser in the vendor's cloud; pages any site serves",
    example:"import Browserbase from '@browserbasehq/sdk'" },
  { "package":"@browserbasehq/stagehand",
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Stagehand drives a browser with a model: pages any site serves; page text goes to the provider",
    example:"import { Stagehand } from '@browserbasehq/stagehand'" },
  { "package":"@aws-sdk/client-bedrock-runtime",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Amazon Bedrock: prompts leave to the model provider",
    example:"import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime'" },
  { "package":"@google-cloud/vertexai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vertex AI Gemini: prompts leave to the provider",
    example:"import { VertexAI } from '@google-cloud/vertexai'" },
  { "package":"@azure-rest/ai-inference",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure AI model inference: prompts leave to the provider",
    example:"import ModelClient from '@azure-rest/ai-inference'" },
  { "package":"ollama",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Ollama: prompts go to the model server it is pointed at (local by default)",
    example:"import ollama from 'ollama'" },
  { "package":"together-ai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Together AI API",
    example:"import Together from 'together-ai'" },
  { "package":"replicate",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Replicate runs hosted models on the input",
    example:"import Replicate from 'replicate'" },
  { "package":"@huggingface/inference",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Hugging Face inference API",
    example:"import { HfInference } from '@huggingface/inference'" },
  { "package":"@ai-sdk/openai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK OpenAI provider",
    example:"import { openai } from '@ai-sdk/openai'" },
  { "package":"@ai-sdk/anthropic",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK Anthropic provider",
    example:"import { anthropic } from '@ai-sdk/anthropic'" },
  { "package":"@ai-sdk/google",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK Gemini provider",
    example:"import { google } from '@ai-sdk/google'" },
  { "package":"@ai-sdk/amazon-bedrock",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK Amazon Bedrock provider",
    example:"import { bedrock } from '@ai-sdk/amazon-bedrock'" },
  { "package":"@ai-sdk/azure",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK Azure OpenAI provider",
    example:"import { azure } from '@ai-sdk/azure'" },
  { "package":"@ai-sdk/mistral",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK Mistral provider",
    example:"import { mistral } from '@ai-sdk/mistral'" },
  { "package":"@ai-sdk/xai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK xAI provider",
    example:"import { xai } from '@ai-sdk/xai'" },
  { "package":"@ai-sdk/deepseek",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"AI SDK DeepSeek provider",
    example:"import { deepseek } from '@ai-sdk/deepseek'" },
  { "package":"@langchain/openai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain OpenAI chat models",
    example:"import { ChatOpenAI } from '@langchain/openai'" },
  { "package":"@langchain/anthropic",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Anthropic chat models",
    example:"import { ChatAnthropic } from '@langchain/anthropic'" },
  { "package":"@langchain/google-genai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Gemini chat models",
    example:"import { ChatGoogleGenerativeAI } from '@langchain/google-genai'" },
  { "package":"@langchain/ollama",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Ollama chat models",
    example:"import { ChatOllama } from '@langchain/ollama'" },
  { "package":"@langchain/aws",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Bedrock chat models",
    example:"import { ChatBedrockConverse } from '@langchain/aws'" } ];

var data$4 = [ { "package":"slack-sdk",
    imports:[ "slack_sdk" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "chat_postMessage",
      "chat_postEphemeral",
      "chat_scheduleMessage",
      "files_upload" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API: reads messages others write; chat_postMessage sends",
    example:"from slack_sdk import WebClient" },
  { "package":"slack-bolt",
    imports:[ "slack_bolt" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "say",
      "chat_postMessage" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack apps: receive and post workspace messages",
    example:"from slack_bolt import App" },
  { "package":"msgraph-sdk",
    imports:[ "msgraph" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send_mail",
      "reply",
      "forward",
      "chats.by_chat_id.messages.post" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph: the tenant's mail, files, chats and calendars",
    example:"from msgraph import GraphServiceClient" },
  { "package":"O365",
    imports:[ "O365" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send" ],
    kind:"send",
    reason:"Microsoft 365 mailboxes and files",
    example:"from O365 import Account" },
  { "package":"google-api-python-client",
    imports:[ "googleapiclient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send" ],
    kind:"send",
    content:[ "message",
      "thread",
      "attachment",
      "event",
      "file",
      "document",
      "comment",
      "reply",
      "spreadsheet",
      "presentation" ],
    reason:"Google Workspace APIs: Gmail, Drive, Docs, Calendar",
    example:"from googleapiclient.discovery import build" },
  { "package":"atlassian-python-api",
    imports:[ "atlassian" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "create_issue",
      "issue_create",
      "update_issue_field",
      "issue_update",
      "issue_add_comment",
      "issue_edit_comment",
      "issue_worklog",
      "create_issue_link",
      "set_issue_status",
      "issue_transition",
      "create_customer_request",
      "create_page",
      "update_page",
      "update_or_create",
      "add_comment",
      "attach_file",
      "attach_content" ],
    kind:"send",
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "page",
      "children",
      "content",
      "changelog",
      "history",
      "jql",
      "cql",
      "search",
      "form",
      "request",
      "epic",
      "body",
      "diff" ],
    reason:"Jira and Confluence: issues, comments and pages others write; creating or commenting publishes to their readers",
    example:"from atlassian import Jira" },
  { "package":"jira",
    imports:[ "jira" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "create_issue",
      "add_comment",
      "transition_issue",
      "add_worklog",
      "create_issue_link" ],
    kind:"send",
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "search",
      "jql" ],
    reason:"Jira issues and comments; creating or commenting publishes to their readers",
    example:"from jira import JIRA" },
  { "package":"pysnow",
    imports:[ "pysnow" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"ServiceNow tickets others write",
    example:"import pysnow" },
  { "package":"simple-salesforce",
    imports:[ "simple_salesforce" ],
    legs:[ "privateData" ],
    reason:"Salesforce records",
    example:"from simple_salesforce import Salesforce" },
  { "package":"PyGithub",
    imports:[ "github" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "create_issue",
      "create_comment",
      "create_pull" ],
    kind:"send",
    reason:"GitHub: private repositories, issues and comments others write",
    example:"from github import Github" },
  { "package":"python-gitlab",
    imports:[ "gitlab" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects, issues and notes",
    example:"import gitlab" },
  { "package":"psycopg",
    imports:[ "psycopg",
      "psycopg2",
      "psycopg_pool" ],
    legs:[ "privateData" ],
    reason:"PostgreSQL driver: the organisation's database",
    example:"import psycopg2" },
  { "package":"asyncpg",
    imports:[ "asyncpg" ],
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"import asyncpg" },
  { "package":"PyMySQL",
    imports:[ "pymysql",
      "MySQLdb",
      "mysql.connector" ],
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"import pymysql" },
  { "package":"pyodbc",
    imports:[ "pyodbc",
      "pymssql" ],
    legs:[ "privateData" ],
    reason:"SQL Server / ODBC driver",
    example:"import pyodbc" },
  { "package":"pymongo",
    imports:[ "pymongo",
      "motor" ],
    legs:[ "privateData" ],
    reason:"MongoDB driver",
    example:"from pymongo import MongoClient" },
  { "package":"redis",
    imports:[ "redis" ],
    legs:[ "privateData" ],
    read:[ "keys",
      "type",
      "info",
      "ttl",
      "lpop",
      "rpop",
      "spop",
      "blpop",
      "brpop",
      "zpopmin",
      "zpopmax",
      "getdel",
      "getset",
      "pttl",
      "dbsize",
      "ft.search",
      "ft.info",
      "scan_iter",
      "hscan",
      "sscan",
      "zscan",
      "xrevrange",
      "json.get",
      "vsim",
      "vemb" ],
    write:[ "json.set",
      "json.del",
      "ft.create",
      "ft.dropindex",
      "vadd",
      "vrem" ],
    reason:"Redis client: cached application data",
    example:"import redis.asyncio as redis" },
  { "package":"elasticsearch",
    imports:[ "elasticsearch" ],
    legs:[ "privateData" ],
    reason:"Elasticsearch: indexed documents",
    example:"from elasticsearch import Elasticsearch" },
  { "package":"azure-cosmos",
    imports:[ "azure.cosmos" ],
    legs:[ "privateData" ],
    reason:"Azure Cosmos DB documents",
    example:"from azure.cosmos import CosmosClient" },
  { "package":"azure-storage-blob",
    imports:[ "azure.storage.blob" ],
    legs:[ "privateData" ],
    reason:"Azure Blob Storage objects",
    example:"from azure.storage.blob import BlobServiceClient" },
  { "package":"boto3",
    imports:[ "boto3",
      "botocore" ],
    legs:[ "privateData" ],
    reason:"AWS APIs: S3 objects, DynamoDB tables and account data",
    example:"import boto3" },
  { "package":"google-cloud-storage",
    imports:[ "google.cloud.storage" ],
    legs:[ "privateData" ],
    reason:"Google Cloud Storage objects",
    example:"from google.cloud import storage" },
  { "package":"google-cloud-bigquery",
    imports:[ "google.cloud.bigquery" ],
    legs:[ "privateData" ],
    reason:"BigQuery tables",
    example:"from google.cloud import bigquery" },
  { "package":"SQLAlchemy",
    imports:[ "sqlalchemy" ],
    legs:[ "privateData" ],
    reason:"SQL toolkit over the application database",
    example:"from sqlalchemy import create_engine" },
  { "package":"kubernetes",
    imports:[ "kubernetes" ],
    legs:[ "privateData" ],
    reason:"Kubernetes API: cluster objects and secrets",
    example:"from kubernetes import client, config" },
  { "package":"notion-client",
    imports:[ "notion_client" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "page",
      "block",
      "comment",
      "children",
      "content",
      "markdown",
      "query",
      "search" ],
    reason:"Notion pages",
    example:"from notion_client import Client" },
  { "package":"sendgrid",
    imports:[ "sendgrid" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SendGrid sends mail",
    example:"from sendgrid import SendGridAPIClient" },
  { "package":"twilio",
    imports:[ "twilio" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Twilio sends SMS and calls",
    example:"from twilio.rest import Client" },
  { "package":"discord.py",
    imports:[ "discord" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send" ],
    kind:"send",
    content:[ "message",
      "messages",
      "history",
      "thread",
      "reply",
      "replies",
      "attachment",
      "embed",
      "post",
      "forum" ],
    reason:"Discord: the server's channels and the messages members write; send posts",
    example:"import discord" },
  { "package":"openai",
    imports:[ "openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI (and Azure OpenAI) API: prompts and data leave to the provider",
    example:"from openai import AsyncOpenAI" },
  { "package":"anthropic",
    imports:[ "anthropic" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API",
    example:"import anthropic" },
  { "package":"google-genai",
    imports:[ "google.genai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API",
    example:"from google import genai" },
  { "package":"google-generativeai",
    imports:[ "google.generativeai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API (older SDK)",
    example:"import google.generativeai as genai" },
  { "package":"cohere",
    imports:[ "cohere" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Cohere API",
    example:"import cohere" },
  { "package":"mistralai",
    imports:[ "mistralai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Mistral API",
    example:"from mistralai import Mistral" },
  { "package":"groq",
    imports:[ "groq" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Groq API",
    example:"from groq import Groq" },
  { "package":"litellm",
    imports:[ "litellm" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"calls any model provider",
    example:"import litellm" },
  { "package":"playwright",
    imports:[ "playwright" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "inner_text",
      "inner_html",
      "text_content",
      "all_text_contents",
      "all_inner_texts",
      "input_value",
      "get_attribute",
      "evaluate",
      "evaluate_handle",
      "eval_on_selector",
      "eval_on_selector_all",
      "title",
      "aria_snapshot",
      "snapshot",
      "console_messages",
      "page_errors",
      "text",
      "json",
      "body" ],
    send:[ "fill",
      "type",
      "press_sequentially",
      "set_input_files",
      "evaluate",
      "evaluate_handle",
      "add_script_tag",
      "add_init_script" ],
    reason:"a browser: pages any site serves, going where it is sent",
    example:"from playwright.async_api import async_playwright" },
  { "package":"selenium",
    imports:[ "selenium" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "page_source",
      "text",
      "get_attribute",
      "get_dom_attribute",
      "get_property",
      "title",
      "execute_script",
      "execute_async_script",
      "get_log" ],
    send:[ "send_keys",
      "execute_script",
      "execute_async_script" ],
    reason:"browser automation",
    example:"from selenium import webdriver" },
  { "package":"pyppeteer",
    imports:[ "pyppeteer" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "evaluate",
      "evaluateHandle",
      "querySelectorEval",
      "querySelectorAllEval",
      "Jeval",
      "JJeval",
      "title",
      "snapshot",
      "getProperty",
      "jsonValue",
      "text",
      "json",
      "buffer" ],
    send:[ "type",
      "uploadFile",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "evaluateOnNewDocument" ],
    reason:"a headless browser",
    example:"from pyppeteer import launch" },
  { "package":"beautifulsoup4",
    imports:[ "bs4" ],
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"from bs4 import BeautifulSoup" },
  { "package":"markdownify",
    imports:[ "markdownify" ],
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown for the model",
    example:"from markdownify import markdownify as md" },
  { "package":"readabilipy",
    imports:[ "readabilipy" ],
    legs:[ "untrustedContent" ],
    reason:"extracts the article text of a web page",
    example:"import readabilipy.simple_json" },
  { "package":"trafilatura",
    imports:[ "trafilatura" ],
    legs:[ "untrustedContent" ],
    reason:"extracts web page text",
    example:"import trafilatura" },
  { "package":"lxml",
    imports:[ "lxml.html" ],
    legs:[ "untrustedContent" ],
    reason:"parses HTML",
    example:"from lxml.html import fromstring" },
  { "package":"tavily-python",
    imports:[ "tavily" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Tavily web search: text any site wrote; the query or URL goes to the vendor",
    example:"from tavily import TavilyClient" },
  { "package":"firecrawl-py",
    imports:[ "firecrawl" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Firecrawl scrapes the URL it is given; the query or URL goes to the vendor",
    example:"from firecrawl import FirecrawlApp" },
  { "package":"exa-py",
    imports:[ "exa_py" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Exa web search results; the query or URL goes to the vendor",
    example:"from exa_py import Exa" },
  { "package":"google-search-results",
    imports:[ "serpapi" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"SerpAPI search results; the query or URL goes to the vendor",
    example:"from serpapi import GoogleSearch" },
  { "package":"duckduckgo-search",
    imports:[ "duckduckgo_search" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"DuckDuckGo search results; the query or URL goes to the vendor",
    example:"from duckduckgo_search import DDGS" },
  { "package":"httpx",
    imports:[ "httpx" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by each call's URL",
    example:"import httpx" },
  { "package":"requests",
    imports:[ "requests" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import requests" },
  { "package":"aiohttp",
    imports:[ "aiohttp" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import aiohttp" },
  { "package":"urllib3",
    imports:[ "urllib3" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import urllib3" },
  { "package":"urllib",
    imports:[ "urllib.request" ],
    legs:[  ],
    kind:"generic-http",
    reason:"the standard library's HTTP client",
    example:"from urllib.request import urlopen" },
  { "package":"websockets",
    imports:[ "websockets" ],
    legs:[  ],
    kind:"generic-http",
    reason:"WebSocket client",
    example:"import websockets" },
  { "package":"smtplib",
    imports:[ "smtplib" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"the standard library's SMTP client sends mail",
    example:"import smtplib" },
  { "package":"imaplib",
    imports:[ "imaplib",
      "imapclient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"import imaplib" },
  { "package":"GitPython",
    imports:[ "git" ],
    legs:[ "privateData",
      "untrustedContent" ],
    read:[ "diff",
      "log",
      "show",
      "status",
      "branch",
      "iter_commits",
      "blame" ],
    write:[ "add",
      "commit",
      "reset",
      "checkout",
      "create_head",
      "init" ],
    content:[ "diff",
      "log",
      "show",
      "commit",
      "blame",
      "message",
      "patch" ],
    reason:"local Git repositories: their code, and the diffs and commit messages others wrote",
    example:"import git" },
  { "package":"pygit2",
    imports:[ "pygit2" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "diff",
      "log",
      "walk",
      "commit",
      "blame",
      "message",
      "patch" ],
    reason:"local Git repositories: their code, and the diffs and commit messages others wrote",
    example:"import pygit2" },
  { "package":"pyautogui",
    imports:[ "pyautogui" ],
    legs:[ "privateData",
      "untrustedContent" ],
    read:[ "screenshot" ],
    reason:"the user's screen: whatever is open on it, mail and pages others wrote too",
    example:"import pyautogui" },
  { "package":"mss",
    imports:[ "mss" ],
    legs:[ "privateData",
      "untrustedContent" ],
    read:[ "grab",
      "shot" ],
    reason:"screenshots of the user's screen",
    example:"from mss import mss" },
  { "package":"Pillow",
    imports:[ "PIL.ImageGrab" ],
    legs:[ "privateData",
      "untrustedContent" ],
    read:[ "grab" ],
    reason:"screenshots of the user's screen",
    example:"from PIL import ImageGrab" },
  { "package":"gspread",
    imports:[ "gspread" ],
    legs:[ "privateData" ],
    reason:"Google Sheets spreadsheets of the organisation",
    example:"import gspread" },
  { "package":"githubkit",
    imports:[ "githubkit" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitHub: private repositories, issues and comments others write",
    example:"from githubkit import GitHub" },
  { "package":"py-trello",
    imports:[ "trello" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "card",
      "comment",
      "action",
      "checklist" ],
    reason:"Trello boards: cards and the comments others write",
    example:"from trello import TrelloClient" },
  { "package":"asana",
    imports:[ "asana" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "task",
      "story",
      "stories",
      "comment" ],
    reason:"Asana tasks and the comments (stories) others write",
    example:"import asana" },
  { "package":"pyairtable",
    imports:[ "pyairtable" ],
    legs:[ "privateData" ],
    reason:"Airtable bases of the organisation",
    example:"from pyairtable import Api" },
  { "package":"hubspot-api-client",
    imports:[ "hubspot" ],
    legs:[ "privateData" ],
    reason:"HubSpot CRM: contacts, companies and deals of the organisation",
    example:"from hubspot import HubSpot" },
  { "package":"zenpy",
    imports:[ "zenpy" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "ticket",
      "comment",
      "request" ],
    reason:"Zendesk tickets and the comments customers write",
    example:"from zenpy import Zenpy" },
  { "package":"todoist-api-python",
    imports:[ "todoist_api_python" ],
    legs:[ "privateData" ],
    reason:"Todoist tasks and projects of the user",
    example:"from todoist_api_python.api import TodoistAPI" },
  { "package":"stripe",
    imports:[ "stripe" ],
    legs:[ "privateData" ],
    reason:"Stripe: the account's customers, charges and invoices",
    example:"import stripe" },
  { "package":"ShopifyAPI",
    imports:[ "shopify" ],
    legs:[ "privateData" ],
    reason:"Shopify Admin API: the store's orders, customers and products",
    example:"import shopify" },
  { "package":"dropbox",
    imports:[ "dropbox" ],
    legs:[ "privateData" ],
    reason:"Dropbox files of the user",
    example:"import dropbox" },
  { "package":"boxsdk",
    imports:[ "boxsdk" ],
    legs:[ "privateData" ],
    reason:"Box files of the organisation",
    example:"from boxsdk import Client, OAuth2" },
  { "package":"Office365-REST-Python-Client",
    imports:[ "office365" ],
    legs:[ "privateData" ],
    reason:"SharePoint and OneDrive files of the tenant",
    example:"from office365.sharepoint.client_context import ClientContext" },
  { "package":"exchangelib",
    imports:[ "exchangelib" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send",
      "send_and_save",
      "reply",
      "forward" ],
    kind:"send",
    reason:"Exchange mailboxes: mail others write; send mails",
    example:"from exchangelib import Account, Credentials" },
  { "package":"pdpyras",
    imports:[ "pdpyras" ],
    legs:[ "privateData" ],
    reason:"PagerDuty incidents, services and on-call schedules",
    example:"from pdpyras import APISession" },
  { "package":"datadog-api-client",
    imports:[ "datadog_api_client" ],
    legs:[ "privateData" ],
    reason:"Datadog API: the organisation's metrics, logs, monitors and incidents",
    example:"from datadog_api_client import ApiClient, Configuration" },
  { "package":"prometheus-api-client",
    imports:[ "prometheus_api_client" ],
    legs:[ "privateData" ],
    reason:"Prometheus queries over the organisation's metrics",
    example:"from prometheus_api_client import PrometheusConnect" },
  { "package":"splunk-sdk",
    imports:[ "splunklib" ],
    legs:[ "privateData" ],
    reason:"Splunk searches over the organisation's logs",
    example:"import splunklib.client as client" },
  { "package":"python-jenkins",
    imports:[ "jenkins" ],
    legs:[ "privateData" ],
    reason:"Jenkins jobs, builds and their logs",
    example:"import jenkins" },
  { "package":"docker",
    imports:[ "docker" ],
    legs:[ "privateData" ],
    reason:"Docker Engine API: the host's containers, their logs and environment",
    example:"import docker" },
  { "package":"python-telegram-bot",
    imports:[ "telegram" ],
    legs:[ "untrustedContent" ],
    send:[ "send_message",
      "send_photo",
      "send_document",
      "reply_text" ],
    kind:"send",
    reason:"Telegram bots: messages users write; send_message posts",
    example:"from telegram import Update" },
  { "package":"aiogram",
    imports:[ "aiogram" ],
    legs:[ "untrustedContent" ],
    send:[ "send_message",
      "send_photo",
      "send_document",
      "answer" ],
    kind:"send",
    reason:"Telegram bots: messages users write; send_message posts",
    example:"from aiogram import Bot, Dispatcher" },
  { "package":"Telethon",
    imports:[ "telethon" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send_message",
      "send_file",
      "forward_messages" ],
    kind:"send",
    content:[ "message",
      "messages",
      "dialog",
      "chat" ],
    reason:"Telegram as the user: their chats and the messages others write; send_message posts",
    example:"from telethon import TelegramClient" },
  { "package":"mattermostdriver",
    imports:[ "mattermostdriver" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "create_post" ],
    kind:"send",
    content:[ "post",
      "posts",
      "thread",
      "channel" ],
    reason:"Mattermost: channels and the posts others write; create_post sends",
    example:"from mattermostdriver import Driver" },
  { "package":"zulip",
    imports:[ "zulip" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send_message" ],
    kind:"send",
    content:[ "message",
      "messages" ],
    reason:"Zulip: streams and the messages others write; send_message posts",
    example:"import zulip" },
  { "package":"praw",
    imports:[ "praw" ],
    legs:[ "untrustedContent" ],
    send:[ "submit",
      "reply" ],
    kind:"send",
    reason:"Reddit: posts and comments anyone writes; submit and reply publish",
    example:"import praw" },
  { "package":"tweepy",
    imports:[ "tweepy" ],
    legs:[ "untrustedContent" ],
    send:[ "create_tweet",
      "update_status" ],
    kind:"send",
    reason:"X/Twitter: posts anyone writes; create_tweet publishes",
    example:"import tweepy" },
  { "package":"kafka-python",
    imports:[ "kafka" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"from kafka import KafkaConsumer" },
  { "package":"confluent-kafka",
    imports:[ "confluent_kafka" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"from confluent_kafka import Consumer" },
  { "package":"aiokafka",
    imports:[ "aiokafka" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"from aiokafka import AIOKafkaConsumer" },
  { "package":"pika",
    imports:[ "pika" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"import pika" },
  { "package":"aio-pika",
    imports:[ "aio_pika" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"import aio_pika" },
  { "package":"nats-py",
    imports:[ "nats" ],
    legs:[ "privateData" ],
    reason:"NATS subjects: the organisation's messages",
    example:"import nats" },
  { "package":"yagmail",
    imports:[ "yagmail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over Gmail SMTP",
    example:"import yagmail" },
  { "package":"aiosmtplib",
    imports:[ "aiosmtplib" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"import aiosmtplib" },
  { "package":"resend",
    imports:[ "resend" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Resend sends mail",
    example:"import resend" },
  { "package":"postmarker",
    imports:[ "postmarker" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Postmark sends mail",
    example:"from postmarker.core import PostmarkClient" },
  { "package":"mailchimp-transactional",
    imports:[ "mailchimp_transactional" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Mailchimp Transactional (Mandrill) sends mail",
    example:"import mailchimp_transactional as MailchimpTransactional" },
  { "package":"mailchimp-marketing",
    imports:[ "mailchimp_marketing" ],
    legs:[ "privateData" ],
    send:[ "campaigns.send" ],
    kind:"send",
    reason:"Mailchimp: the audience's members; campaigns.send mails them",
    example:"import mailchimp_marketing as MailchimpMarketing" },
  { "package":"imap-tools",
    imports:[ "imap_tools" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"from imap_tools import MailBox" },
  { "package":"aioimaplib",
    imports:[ "aioimaplib" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"import aioimaplib" },
  { "package":"sqlite3",
    imports:[ "sqlite3" ],
    legs:[ "privateData" ],
    reason:"the standard library's SQLite: local database files",
    example:"import sqlite3" },
  { "package":"aiosqlite",
    imports:[ "aiosqlite" ],
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"import aiosqlite" },
  { "package":"aiomysql",
    imports:[ "aiomysql" ],
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"import aiomysql" },
  { "package":"oracledb",
    imports:[ "oracledb",
      "cx_Oracle" ],
    legs:[ "privateData" ],
    reason:"Oracle Database driver",
    example:"import oracledb" },
  { "package":"sqlmodel",
    imports:[ "sqlmodel" ],
    legs:[ "privateData" ],
    reason:"ORM over the application database",
    example:"from sqlmodel import Session, select" },
  { "package":"snowflake-connector-python",
    imports:[ "snowflake.connector" ],
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"import snowflake.connector" },
  { "package":"snowflake-snowpark-python",
    imports:[ "snowflake.snowpark" ],
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"from snowflake.snowpark import Session" },
  { "package":"redshift-connector",
    imports:[ "redshift_connector" ],
    legs:[ "privateData" ],
    reason:"Redshift warehouse tables",
    example:"import redshift_connector" },
  { "package":"databricks-sql-connector",
    imports:[ "databricks.sql" ],
    legs:[ "privateData" ],
    reason:"Databricks SQL warehouse tables",
    example:"from databricks import sql" },
  { "package":"databricks-sdk",
    imports:[ "databricks.sdk" ],
    legs:[ "privateData" ],
    reason:"Databricks workspace: jobs, clusters, tables and files",
    example:"from databricks.sdk import WorkspaceClient" },
  { "package":"clickhouse-connect",
    imports:[ "clickhouse_connect" ],
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"import clickhouse_connect" },
  { "package":"clickhouse-driver",
    imports:[ "clickhouse_driver" ],
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"from clickhouse_driver import Client" },
  { "package":"duckdb",
    imports:[ "duckdb" ],
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"import duckdb" },
  { "package":"cassandra-driver",
    imports:[ "cassandra" ],
    legs:[ "privateData" ],
    reason:"Cassandra driver",
    example:"from cassandra.cluster import Cluster" },
  { "package":"neo4j",
    imports:[ "neo4j" ],
    legs:[ "privateData" ],
    reason:"Neo4j graph database driver",
    example:"from neo4j import GraphDatabase" },
  { "package":"google-cloud-firestore",
    imports:[ "google.cloud.firestore" ],
    legs:[ "privateData" ],
    reason:"Firestore documents",
    example:"from google.cloud import firestore" },
  { "package":"google-cloud-pubsub",
    imports:[ "google.cloud.pubsub",
      "google.cloud.pubsub_v1" ],
    legs:[ "privateData" ],
    reason:"Pub/Sub topics: the organisation's messages",
    example:"from google.cloud import pubsub_v1" },
  { "package":"google-cloud-spanner",
    imports:[ "google.cloud.spanner" ],
    legs:[ "privateData" ],
    reason:"Spanner databases",
    example:"from google.cloud import spanner" },
  { "package":"firebase-admin",
    imports:[ "firebase_admin.firestore",
      "firebase_admin.db",
      "firebase_admin.storage" ],
    legs:[ "privateData" ],
    reason:"Firebase Firestore, Realtime Database and Storage (its auth module verifies sign-ins: not listed)",
    example:"from firebase_admin import firestore" },
  { "package":"supabase",
    imports:[ "supabase" ],
    legs:[ "privateData" ],
    reason:"Supabase: the project's PostgreSQL tables and storage",
    example:"from supabase import create_client" },
  { "package":"pinecone",
    imports:[ "pinecone" ],
    legs:[ "privateData" ],
    reason:"Pinecone vector indexes of the organisation's documents",
    example:"from pinecone import Pinecone" },
  { "package":"weaviate-client",
    imports:[ "weaviate" ],
    legs:[ "privateData" ],
    reason:"Weaviate collections of the organisation's documents",
    example:"import weaviate" },
  { "package":"qdrant-client",
    imports:[ "qdrant_client" ],
    legs:[ "privateData" ],
    reason:"Qdrant collections of the organisation's documents",
    example:"from qdrant_client import QdrantClient" },
  { "package":"chromadb",
    imports:[ "chromadb" ],
    legs:[ "privateData" ],
    reason:"Chroma collections of the organisation's documents",
    example:"import chromadb" },
  { "package":"pymilvus",
    imports:[ "pymilvus" ],
    legs:[ "privateData" ],
    reason:"Milvus collections of the organisation's documents",
    example:"from pymilvus import MilvusClient" },
  { "package":"opensearch-py",
    imports:[ "opensearchpy" ],
    legs:[ "privateData" ],
    reason:"OpenSearch: indexed documents",
    example:"from opensearchpy import OpenSearch" },
  { "package":"aioboto3",
    imports:[ "aioboto3" ],
    legs:[ "privateData" ],
    reason:"AWS APIs (asyncio): S3 objects, DynamoDB tables and account data",
    example:"import aioboto3" },
  { "package":"azure-servicebus",
    imports:[ "azure.servicebus" ],
    legs:[ "privateData" ],
    reason:"Azure Service Bus queues: the organisation's messages",
    example:"from azure.servicebus import ServiceBusClient" },
  { "package":"azure-eventhub",
    imports:[ "azure.eventhub" ],
    legs:[ "privateData" ],
    reason:"Azure Event Hubs streams of the organisation",
    example:"from azure.eventhub import EventHubConsumerClient" },
  { "package":"azure-data-tables",
    imports:[ "azure.data.tables" ],
    legs:[ "privateData" ],
    reason:"Azure Table Storage",
    example:"from azure.data.tables import TableServiceClient" },
  { "package":"azure-search-documents",
    imports:[ "azure.search.documents" ],
    legs:[ "privateData" ],
    reason:"Azure AI Search: indexed documents",
    example:"from azure.search.documents import SearchClient" },
  { "package":"azure-monitor-query",
    imports:[ "azure.monitor.query" ],
    legs:[ "privateData" ],
    reason:"Azure Monitor logs and metrics",
    example:"from azure.monitor.query import LogsQueryClient" },
  { "package":"azure-kusto-data",
    imports:[ "azure.kusto.data" ],
    legs:[ "privateData" ],
    reason:"Azure Data Explorer (Kusto) tables",
    example:"from azure.kusto.data import KustoClient, KustoConnectionStringBuilder" },
  { "package":"azure-mgmt-resource",
    imports:[ "azure.mgmt.resource" ],
    legs:[ "privateData" ],
    reason:"Azure Resource Manager: the subscription's resources",
    example:"from azure.mgmt.resource import ResourceManagementClient" },
  { "package":"azure-communication-email",
    imports:[ "azure.communication.email" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Azure Communication Services sends mail",
    example:"from azure.communication.email import EmailClient" },
  { "package":"scrapy",
    imports:[ "scrapy" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"a crawler: pages any site serves, going where it is sent",
    example:"import scrapy" },
  { "package":"newspaper3k",
    imports:[ "newspaper" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"downloads a URL and extracts its article text",
    example:"from newspaper import Article" },
  { "package":"html2text",
    imports:[ "html2text" ],
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown for the model",
    example:"import html2text" },
  { "package":"readability-lxml",
    imports:[ "readability" ],
    legs:[ "untrustedContent" ],
    reason:"extracts the article text of a web page",
    example:"from readability import Document" },
  { "package":"feedparser",
    imports:[ "feedparser" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"fetches and parses the feeds it is given: text their authors wrote",
    example:"import feedparser" },
  { "package":"crawl4ai",
    imports:[ "crawl4ai" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"a crawler: pages any site serves, going where it is sent",
    example:"from crawl4ai import AsyncWebCrawler" },
  { "package":"curl_cffi",
    imports:[ "curl_cffi" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"from curl_cffi import requests" },
  { "package":"httplib2",
    imports:[ "httplib2" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import httplib2" },
  { "package":"http.client",
    imports:[ "http.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"the standard library's low-level HTTP client",
    example:"import http.client" },
  { "package":"ddgs",
    imports:[ "ddgs" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"DuckDuckGo and other engines' search results; the query goes to them",
    example:"from ddgs import DDGS" },
  { "package":"googlesearch-python",
    imports:[ "googlesearch" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Google search results; the query goes to Google",
    example:"from googlesearch import search" },
  { "package":"wikipedia",
    imports:[ "wikipedia" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Wikipedia articles anyone can edit; the query goes to Wikipedia",
    example:"import wikipedia" },
  { "package":"arxiv",
    imports:[ "arxiv" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    hosts:[ "export.arxiv.org",
      "arxiv.org" ],
    reason:"arXiv papers and abstracts their authors wrote; the query goes to arXiv",
    example:"import arxiv" },
  { "package":"semanticscholar",
    imports:[ "semanticscholar" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    hosts:[ "api.semanticscholar.org" ],
    reason:"Semantic Scholar papers and abstracts their authors wrote; the query goes to it",
    example:"from semanticscholar import SemanticScholar" },
  { "package":"youtube-transcript-api",
    imports:[ "youtube_transcript_api" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"YouTube transcripts of what others said; the video id goes to YouTube",
    example:"from youtube_transcript_api import YouTubeTranscriptApi" },
  { "package":"apify-client",
    imports:[ "apify_client" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Apify runs scrapers in the vendor's cloud: pages any site serves; the input goes to the vendor",
    example:"from apify_client import ApifyClient" },
  { "package":"browserbase",
    imports:[ "browserbase" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"send",
    reason:"Browserbase: a browser in the vendor's cloud; pages any site serves",
    example:"from browserbase import Browserbase" },
  { "package":"browser-use",
    imports:[ "browser_use" ],
    legs:[ "untrustedContent",
      "externalCommunication" ],
    kind:"llm",
    reason:"a browser a model drives: pages any site serves; page text goes to the model provider",
    example:"from browser_use import Agent" },
  { "package":"ollama",
    imports:[ "ollama" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Ollama: prompts go to the model server it is pointed at (local by default)",
    example:"import ollama" },
  { "package":"together",
    imports:[ "together" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Together AI API",
    example:"from together import Together" },
  { "package":"fireworks-ai",
    imports:[ "fireworks" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Fireworks AI API",
    example:"from fireworks.client import Fireworks" },
  { "package":"replicate",
    imports:[ "replicate" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Replicate runs hosted models on the input",
    example:"import replicate" },
  { "package":"huggingface-hub",
    imports:[ "huggingface_hub.InferenceClient",
      "huggingface_hub.AsyncInferenceClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Hugging Face inference API (its InferenceClient; model downloads are not listed)",
    example:"from huggingface_hub import InferenceClient" },
  { "package":"google-cloud-aiplatform",
    imports:[ "vertexai",
      "google.cloud.aiplatform" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vertex AI: prompts leave to the provider",
    example:"from vertexai.generative_models import GenerativeModel" },
  { "package":"azure-ai-inference",
    imports:[ "azure.ai.inference" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure AI model inference: prompts leave to the provider",
    example:"from azure.ai.inference import ChatCompletionsClient" },
  { "package":"langchain-openai",
    imports:[ "langchain_openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain OpenAI chat models",
    example:"from langchain_openai import ChatOpenAI" },
  { "package":"langchain-anthropic",
    imports:[ "langchain_anthropic" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Anthropic chat models",
    example:"from langchain_anthropic import ChatAnthropic" },
  { "package":"langchain-google-genai",
    imports:[ "langchain_google_genai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Gemini chat models",
    example:"from langchain_google_genai import ChatGoogleGenerativeAI" },
  { "package":"langchain-google-vertexai",
    imports:[ "langchain_google_vertexai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Vertex AI chat models",
    example:"from langchain_google_vertexai import ChatVertexAI" },
  { "package":"langchain-aws",
    imports:[ "langchain_aws" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Bedrock chat models",
    example:"from langchain_aws import ChatBedrock" },
  { "package":"langchain-ollama",
    imports:[ "langchain_ollama" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Ollama chat models",
    example:"from langchain_ollama import ChatOllama" },
  { "package":"langchain-mistralai",
    imports:[ "langchain_mistralai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Mistral chat models",
    example:"from langchain_mistralai import ChatMistralAI" },
  { "package":"langchain-groq",
    imports:[ "langchain_groq" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LangChain Groq chat models",
    example:"from langchain_groq import ChatGroq" },
  { "package":"llama-index-llms-openai",
    imports:[ "llama_index.llms.openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LlamaIndex OpenAI models",
    example:"from llama_index.llms.openai import OpenAI" },
  { "package":"llama-index-llms-anthropic",
    imports:[ "llama_index.llms.anthropic" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LlamaIndex Anthropic models",
    example:"from llama_index.llms.anthropic import Anthropic" },
  { "package":"llama-index-llms-ollama",
    imports:[ "llama_index.llms.ollama" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"LlamaIndex Ollama models",
    example:"from llama_index.llms.ollama import Ollama" },
  { "package":"semantic-kernel",
    imports:[ "semantic_kernel" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Semantic Kernel calls a model provider",
    example:"import semantic_kernel as sk" },
  { "package":"pydantic-ai",
    imports:[ "pydantic_ai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Pydantic AI agents call a model provider",
    example:"from pydantic_ai import Agent" },
  { "package":"dspy",
    imports:[ "dspy" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"DSPy programs call a model provider",
    example:"import dspy" },
  { "package":"xai-sdk",
    imports:[ "xai_sdk" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"xAI API",
    example:"from xai_sdk import Client" },
  { "package":"voyageai",
    imports:[ "voyageai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Voyage AI embeddings: the text leaves to the provider",
    example:"import voyageai" } ];

var data$3 = [ { "package":"Microsoft.Graph",
    imports:[ "Microsoft.Graph" ],
    types:[ "GraphServiceClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "SendMail",
      "Reply",
      "Forward",
      "Chats.Messages.PostAsync" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph: the tenant's mail, files, chats and calendars",
    example:"using Microsoft.Graph;" },
  { "package":"Microsoft.Graph.Beta",
    imports:[ "Microsoft.Graph.Beta" ],
    types:[ "GraphServiceClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "SendMail" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph beta",
    example:"using Microsoft.Graph.Beta;" },
  { "package":"SlackNet",
    imports:[ "SlackNet" ],
    types:[ "ISlackApiClient",
      "SlackApiClient",
      "SlackServiceBuilder" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "PostMessage" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API: reads messages others write; PostMessage sends",
    example:"using SlackNet;" },
  { "package":"SlackAPI",
    imports:[ "SlackAPI" ],
    types:[ "SlackTaskClient",
      "SlackClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "PostMessage" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API",
    example:"using SlackAPI;" },
  { "package":"Microsoft.Bot.Builder",
    imports:[ "Microsoft.Bot.Builder" ],
    types:[ "ITurnContext",
      "TurnContext" ],
    legs:[ "untrustedContent" ],
    send:[ "SendActivity" ],
    kind:"send",
    reason:"Bot Framework / Teams: messages users write; SendActivityAsync posts",
    example:"using Microsoft.Bot.Builder;" },
  { "package":"Google.Apis.Gmail.v1",
    imports:[ "Google.Apis.Gmail.v1" ],
    types:[ "GmailService" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "Send" ],
    kind:"send",
    reason:"Gmail API",
    example:"using Google.Apis.Gmail.v1;" },
  { "package":"Google.Apis.Drive.v3",
    imports:[ "Google.Apis.Drive.v3" ],
    types:[ "DriveService" ],
    legs:[ "privateData" ],
    reason:"Google Drive files",
    example:"using Google.Apis.Drive.v3;" },
  { "package":"Atlassian.SDK",
    imports:[ "Atlassian.Jira" ],
    types:[ "Jira" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "jql" ],
    reason:"Jira issues and comments",
    example:"using Atlassian.Jira;" },
  { "package":"Octokit",
    imports:[ "Octokit" ],
    types:[ "GitHubClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "Issue.Create",
      "Comment.Create" ],
    kind:"send",
    reason:"GitHub: private repositories, issues and comments others write",
    example:"using Octokit;" },
  { "package":"Microsoft.TeamFoundationServer.Client",
    imports:[ "Microsoft.TeamFoundation",
      "Microsoft.VisualStudio.Services.WebApi" ],
    types:[ "WorkItemTrackingHttpClient",
      "BuildHttpClient",
      "GitHttpClient",
      "ProjectHttpClient",
      "WikiHttpClient",
      "VssConnection" ],
    legs:[ "privateData",
      "untrustedContent" ],
    hosts:[ "dev.azure.com",
      "*.visualstudio.com" ],
    write:[ "QueueBuildAsync" ],
    content:[ "workitem",
      "comment",
      "wiql",
      "pullrequest",
      "thread",
      "wiki",
      "page",
      "commit" ],
    reason:"Azure DevOps: work items, pull requests and wikis others write",
    example:"using Microsoft.TeamFoundation.WorkItemTracking.WebApi;" },
  { "package":"NGitLab",
    imports:[ "NGitLab" ],
    types:[ "GitLabClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects and issues",
    example:"using NGitLab;" },
  { "package":"Npgsql",
    imports:[ "Npgsql" ],
    types:[ "NpgsqlConnection",
      "NpgsqlDataSource",
      "NpgsqlCommand" ],
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"using Npgsql;" },
  { "package":"MySqlConnector",
    imports:[ "MySqlConnector",
      "MySql.Data.MySqlClient" ],
    types:[ "MySqlConnection",
      "MySqlCommand" ],
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"using MySqlConnector;" },
  { "package":"Microsoft.Data.SqlClient",
    imports:[ "Microsoft.Data.SqlClient",
      "System.Data.SqlClient" ],
    types:[ "SqlConnection",
      "SqlCommand" ],
    legs:[ "privateData" ],
    reason:"SQL Server driver",
    example:"using Microsoft.Data.SqlClient;" },
  { "package":"Microsoft.EntityFrameworkCore",
    imports:[ "Microsoft.EntityFrameworkCore" ],
    types:[ "DbContext",
      "DbSet" ],
    legs:[ "privateData" ],
    reason:"Entity Framework over the application database",
    example:"using Microsoft.EntityFrameworkCore;" },
  { "package":"Dapper",
    imports:[ "Dapper" ],
    types:[ "QueryAsync",
      "Query",
      "ExecuteAsync" ],
    legs:[ "privateData" ],
    reason:"SQL mapper over a database connection",
    example:"using Dapper;" },
  { "package":"MongoDB.Driver",
    imports:[ "MongoDB.Driver" ],
    types:[ "MongoClient",
      "IMongoCollection",
      "IMongoDatabase" ],
    legs:[ "privateData" ],
    reason:"MongoDB driver",
    example:"using MongoDB.Driver;" },
  { "package":"StackExchange.Redis",
    imports:[ "StackExchange.Redis" ],
    types:[ "ConnectionMultiplexer",
      "IDatabase",
      "IConnectionMultiplexer" ],
    legs:[ "privateData" ],
    reason:"Redis client",
    example:"using StackExchange.Redis;" },
  { "package":"Elastic.Clients.Elasticsearch",
    imports:[ "Elastic.Clients.Elasticsearch",
      "Nest" ],
    types:[ "ElasticsearchClient",
      "ElasticClient" ],
    legs:[ "privateData" ],
    reason:"Elasticsearch documents",
    example:"using Elastic.Clients.Elasticsearch;" },
  { "package":"Microsoft.Azure.Cosmos",
    imports:[ "Microsoft.Azure.Cosmos" ],
    types:[ "CosmosClient",
      "Container" ],
    legs:[ "privateData" ],
    reason:"Azure Cosmos DB documents",
    example:"using Microsoft.Azure.Cosmos;" },
  { "package":"Azure.Storage.Blobs",
    imports:[ "Azure.Storage.Blobs" ],
    types:[ "BlobServiceClient",
      "BlobContainerClient",
      "BlobClient" ],
    legs:[ "privateData" ],
    reason:"Azure Blob Storage objects",
    example:"using Azure.Storage.Blobs;" },
  { "package":"Azure.Data.Tables",
    imports:[ "Azure.Data.Tables" ],
    types:[ "TableClient",
      "TableServiceClient" ],
    legs:[ "privateData" ],
    reason:"Azure Table Storage",
    example:"using Azure.Data.Tables;" },
  { "package":"Azure.Security.KeyVault.Secrets",
    imports:[ "Azure.Security.KeyVault.Secrets" ],
    types:[ "SecretClient" ],
    legs:[ "privateData" ],
    reason:"Key Vault secrets",
    example:"using Azure.Security.KeyVault.Secrets;" },
  { "package":"AWSSDK.S3",
    imports:[ "Amazon.S3" ],
    types:[ "AmazonS3Client",
      "IAmazonS3" ],
    legs:[ "privateData" ],
    reason:"Amazon S3 objects",
    example:"using Amazon.S3;" },
  { "package":"KubernetesClient",
    imports:[ "k8s" ],
    types:[ "Kubernetes",
      "IKubernetes" ],
    legs:[ "privateData" ],
    reason:"Kubernetes API: cluster objects and secrets",
    example:"using k8s;" },
  { "package":"MailKit",
    imports:[ "MailKit.Net.Smtp",
      "MailKit" ],
    types:[ "SmtpClient",
      "ImapClient" ],
    legs:[ "untrustedContent" ],
    send:[ "Send" ],
    kind:"send",
    reason:"SMTP sends mail; IMAP reads mail others write",
    example:"using MailKit.Net.Smtp;" },
  { "package":"SendGrid",
    imports:[ "SendGrid" ],
    types:[ "SendGridClient" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SendGrid sends mail",
    example:"using SendGrid;" },
  { "package":"Twilio",
    imports:[ "Twilio" ],
    types:[ "TwilioClient",
      "MessageResource" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Twilio sends SMS",
    example:"using Twilio;" },
  { "package":"OpenAI",
    imports:[ "OpenAI",
      "OpenAI.Chat" ],
    types:[ "OpenAIClient",
      "ChatClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI API: prompts leave to the provider",
    example:"using OpenAI.Chat;" },
  { "package":"Azure.AI.OpenAI",
    imports:[ "Azure.AI.OpenAI" ],
    types:[ "AzureOpenAIClient",
      "OpenAIClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure OpenAI",
    example:"using Azure.AI.OpenAI;" },
  { "package":"Anthropic.SDK",
    imports:[ "Anthropic.SDK",
      "Anthropic" ],
    types:[ "AnthropicClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API",
    example:"using Anthropic.SDK;" },
  { "package":"Mscc.GenerativeAI",
    imports:[ "Mscc.GenerativeAI",
      "Google.GenAI" ],
    types:[ "GoogleAI",
      "GenerativeModel",
      "Client" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API",
    example:"using Mscc.GenerativeAI;" },
  { "package":"Microsoft.SemanticKernel",
    imports:[ "Microsoft.SemanticKernel" ],
    types:[ "Kernel" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Semantic Kernel calls a model provider",
    example:"using Microsoft.SemanticKernel;" },
  { "package":"Microsoft.Playwright",
    imports:[ "Microsoft.Playwright" ],
    types:[ "Playwright",
      "IPage",
      "IBrowser" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "ContentAsync",
      "InnerTextAsync",
      "InnerHTMLAsync",
      "TextContentAsync",
      "AllTextContentsAsync",
      "AllInnerTextsAsync",
      "InputValueAsync",
      "GetAttributeAsync",
      "EvaluateAsync",
      "EvaluateHandleAsync",
      "EvalOnSelectorAsync",
      "EvalOnSelectorAllAsync",
      "TitleAsync",
      "AriaSnapshotAsync",
      "TextAsync",
      "JsonAsync",
      "BodyAsync" ],
    send:[ "FillAsync",
      "TypeAsync",
      "PressSequentiallyAsync",
      "SetInputFilesAsync",
      "EvaluateAsync",
      "EvaluateHandleAsync",
      "AddScriptTagAsync",
      "AddInitScriptAsync" ],
    reason:"a browser: pages any site serves",
    example:"using Microsoft.Playwright;" },
  { "package":"PuppeteerSharp",
    imports:[ "PuppeteerSharp" ],
    types:[ "Puppeteer",
      "IPage" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "GetContentAsync",
      "EvaluateExpressionAsync",
      "EvaluateFunctionAsync",
      "EvaluateExpressionHandleAsync",
      "EvaluateFunctionHandleAsync",
      "GetTitleAsync",
      "SnapshotAsync",
      "GetPropertyAsync",
      "JsonValueAsync",
      "TextAsync",
      "JsonAsync",
      "BufferAsync" ],
    send:[ "TypeAsync",
      "UploadFileAsync",
      "EvaluateExpressionAsync",
      "EvaluateFunctionAsync",
      "EvaluateExpressionHandleAsync",
      "EvaluateFunctionHandleAsync",
      "AddScriptTagAsync",
      "EvaluateExpressionOnNewDocumentAsync",
      "EvaluateFunctionOnNewDocumentAsync" ],
    reason:"a headless browser",
    example:"using PuppeteerSharp;" },
  { "package":"Selenium.WebDriver",
    imports:[ "OpenQA.Selenium" ],
    types:[ "ChromeDriver",
      "IWebDriver" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "PageSource",
      "Text",
      "GetAttribute",
      "GetDomAttribute",
      "GetDomProperty",
      "Title",
      "ExecuteScript",
      "ExecuteAsyncScript" ],
    send:[ "SendKeys",
      "ExecuteScript",
      "ExecuteAsyncScript" ],
    reason:"browser automation",
    example:"using OpenQA.Selenium;" },
  { "package":"HtmlAgilityPack",
    imports:[ "HtmlAgilityPack" ],
    types:[ "HtmlDocument",
      "HtmlWeb" ],
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"using HtmlAgilityPack;" },
  { "package":"AngleSharp",
    imports:[ "AngleSharp" ],
    types:[ "BrowsingContext",
      "HtmlParser" ],
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML",
    example:"using AngleSharp;" },
  { "package":"ReverseMarkdown",
    imports:[ "ReverseMarkdown" ],
    types:[ "Converter" ],
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown",
    example:"using ReverseMarkdown;" },
  { "package":"System.Net.Http",
    imports:[ "System.Net.Http" ],
    types:[ "HttpClient",
      "IHttpClientFactory" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by each call's URL",
    example:"using System.Net.Http;" },
  { "package":"RestSharp",
    imports:[ "RestSharp" ],
    types:[ "RestClient",
      "RestRequest" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"using RestSharp;" },
  { "package":"Flurl.Http",
    imports:[ "Flurl.Http",
      "Flurl" ],
    types:[ "FlurlClient" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"using Flurl.Http;" },
  { "package":"LibGit2Sharp",
    legs:[ "privateData",
      "untrustedContent" ],
    types:[ "Repository" ],
    content:[ "commits",
      "commit",
      "diff",
      "patch",
      "blame",
      "message" ],
    reason:"Git repositories: their code, and the diffs and commit messages others wrote",
    example:"using LibGit2Sharp;" },
  { "package":"Google.Apis.Calendar.v3",
    imports:[ "Google.Apis.Calendar.v3" ],
    types:[ "CalendarService" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "event",
      "description",
      "attendee" ],
    reason:"Google Calendar: the user's events, and the invitations and descriptions others write",
    example:"using Google.Apis.Calendar.v3;" },
  { "package":"Google.Apis.Sheets.v4",
    imports:[ "Google.Apis.Sheets.v4" ],
    types:[ "SheetsService" ],
    legs:[ "privateData" ],
    reason:"Google Sheets spreadsheets of the organisation",
    example:"using Google.Apis.Sheets.v4;" },
  { "package":"Google.Apis.Docs.v1",
    imports:[ "Google.Apis.Docs.v1" ],
    types:[ "DocsService" ],
    legs:[ "privateData" ],
    reason:"Google Docs documents of the organisation",
    example:"using Google.Apis.Docs.v1;" },
  { "package":"Google.Cloud.BigQuery.V2",
    imports:[ "Google.Cloud.BigQuery.V2" ],
    types:[ "BigQueryClient" ],
    legs:[ "privateData" ],
    reason:"BigQuery tables",
    example:"using Google.Cloud.BigQuery.V2;" },
  { "package":"Google.Cloud.Firestore",
    imports:[ "Google.Cloud.Firestore" ],
    types:[ "FirestoreDb" ],
    legs:[ "privateData" ],
    reason:"Firestore documents",
    example:"using Google.Cloud.Firestore;" },
  { "package":"Google.Cloud.PubSub.V1",
    imports:[ "Google.Cloud.PubSub.V1" ],
    types:[ "PublisherClient",
      "SubscriberClient",
      "SubscriberServiceApiClient" ],
    legs:[ "privateData" ],
    reason:"Pub/Sub topics: the organisation's messages",
    example:"using Google.Cloud.PubSub.V1;" },
  { "package":"Google.Cloud.Storage.V1",
    imports:[ "Google.Cloud.Storage.V1" ],
    types:[ "StorageClient" ],
    legs:[ "privateData" ],
    reason:"Google Cloud Storage objects",
    example:"using Google.Cloud.Storage.V1;" },
  { "package":"Google.Cloud.AIPlatform.V1",
    imports:[ "Google.Cloud.AIPlatform.V1" ],
    types:[ "PredictionServiceClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vertex AI: prompts leave to the provider",
    example:"using Google.Cloud.AIPlatform.V1;" },
  { "package":"AWSSDK.DynamoDBv2",
    imports:[ "Amazon.DynamoDBv2" ],
    types:[ "AmazonDynamoDBClient",
      "IAmazonDynamoDB",
      "DynamoDBContext" ],
    legs:[ "privateData" ],
    reason:"Amazon DynamoDB tables",
    example:"using Amazon.DynamoDBv2;" },
  { "package":"AWSSDK.SQS",
    imports:[ "Amazon.SQS" ],
    types:[ "AmazonSQSClient",
      "IAmazonSQS" ],
    legs:[ "privateData" ],
    reason:"SQS queues: the organisation's messages",
    example:"using Amazon.SQS;" },
  { "package":"AWSSDK.SimpleNotificationService",
    imports:[ "Amazon.SimpleNotificationService" ],
    types:[ "AmazonSimpleNotificationServiceClient",
      "IAmazonSimpleNotificationService" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SNS publishes to topics' subscribers, mail and SMS",
    example:"using Amazon.SimpleNotificationService;" },
  { "package":"AWSSDK.SimpleEmail",
    imports:[ "Amazon.SimpleEmail" ],
    types:[ "AmazonSimpleEmailServiceClient",
      "IAmazonSimpleEmailService" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"using Amazon.SimpleEmail;" },
  { "package":"AWSSDK.SimpleEmailV2",
    imports:[ "Amazon.SimpleEmailV2" ],
    types:[ "AmazonSimpleEmailServiceV2Client",
      "IAmazonSimpleEmailServiceV2" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"using Amazon.SimpleEmailV2;" },
  { "package":"AWSSDK.CloudWatchLogs",
    imports:[ "Amazon.CloudWatchLogs" ],
    types:[ "AmazonCloudWatchLogsClient",
      "IAmazonCloudWatchLogs" ],
    legs:[ "privateData" ],
    reason:"CloudWatch Logs of the account's services",
    example:"using Amazon.CloudWatchLogs;" },
  { "package":"AWSSDK.EC2",
    imports:[ "Amazon.EC2" ],
    types:[ "AmazonEC2Client",
      "IAmazonEC2" ],
    legs:[ "privateData" ],
    reason:"EC2: the account's instances and networks",
    example:"using Amazon.EC2;" },
  { "package":"AWSSDK.BedrockRuntime",
    imports:[ "Amazon.BedrockRuntime" ],
    types:[ "AmazonBedrockRuntimeClient",
      "IAmazonBedrockRuntime" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Amazon Bedrock: prompts leave to the model provider",
    example:"using Amazon.BedrockRuntime;" },
  { "package":"Azure.Messaging.ServiceBus",
    imports:[ "Azure.Messaging.ServiceBus" ],
    types:[ "ServiceBusClient",
      "ServiceBusReceiver",
      "ServiceBusProcessor" ],
    legs:[ "privateData" ],
    reason:"Azure Service Bus queues: the organisation's messages",
    example:"using Azure.Messaging.ServiceBus;" },
  { "package":"Azure.Messaging.EventHubs",
    imports:[ "Azure.Messaging.EventHubs" ],
    types:[ "EventHubConsumerClient",
      "EventHubProducerClient",
      "EventProcessorClient" ],
    legs:[ "privateData" ],
    reason:"Azure Event Hubs streams of the organisation",
    example:"using Azure.Messaging.EventHubs;" },
  { "package":"Azure.Storage.Queues",
    imports:[ "Azure.Storage.Queues" ],
    types:[ "QueueClient",
      "QueueServiceClient" ],
    legs:[ "privateData" ],
    reason:"Azure Storage queues",
    example:"using Azure.Storage.Queues;" },
  { "package":"Azure.Storage.Files.Shares",
    imports:[ "Azure.Storage.Files.Shares" ],
    types:[ "ShareClient",
      "ShareServiceClient",
      "ShareFileClient" ],
    legs:[ "privateData" ],
    reason:"Azure file shares",
    example:"using Azure.Storage.Files.Shares;" },
  { "package":"Azure.Search.Documents",
    imports:[ "Azure.Search.Documents" ],
    types:[ "SearchClient",
      "SearchIndexClient" ],
    legs:[ "privateData" ],
    reason:"Azure AI Search: indexed documents",
    example:"using Azure.Search.Documents;" },
  { "package":"Azure.Monitor.Query",
    imports:[ "Azure.Monitor.Query" ],
    types:[ "LogsQueryClient",
      "MetricsQueryClient" ],
    legs:[ "privateData" ],
    reason:"Azure Monitor logs and metrics",
    example:"using Azure.Monitor.Query;" },
  { "package":"Azure.ResourceManager",
    imports:[ "Azure.ResourceManager" ],
    types:[ "ArmClient" ],
    legs:[ "privateData" ],
    reason:"Azure Resource Manager: the subscription's resources",
    example:"using Azure.ResourceManager;" },
  { "package":"Azure.Communication.Email",
    imports:[ "Azure.Communication.Email" ],
    types:[ "EmailClient" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Azure Communication Services sends mail",
    example:"using Azure.Communication.Email;" },
  { "package":"Azure.AI.Inference",
    imports:[ "Azure.AI.Inference" ],
    types:[ "ChatCompletionsClient",
      "EmbeddingsClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure AI model inference: prompts leave to the provider",
    example:"using Azure.AI.Inference;" },
  { "package":"Snowflake.Data",
    imports:[ "Snowflake.Data" ],
    types:[ "SnowflakeDbConnection",
      "SnowflakeDbCommand" ],
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"using Snowflake.Data.Client;" },
  { "package":"ClickHouse.Client",
    imports:[ "ClickHouse.Client" ],
    types:[ "ClickHouseConnection",
      "ClickHouseCommand" ],
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"using ClickHouse.Client.ADO;" },
  { "package":"DuckDB.NET.Data.Full",
    imports:[ "DuckDB.NET.Data" ],
    types:[ "DuckDBConnection",
      "DuckDBCommand" ],
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"using DuckDB.NET.Data;" },
  { "package":"CassandraCSharpDriver",
    imports:[ "Cassandra" ],
    types:[ "Cluster",
      "ISession" ],
    legs:[ "privateData" ],
    reason:"Cassandra driver",
    example:"using Cassandra;" },
  { "package":"Neo4j.Driver",
    imports:[ "Neo4j.Driver" ],
    types:[ "GraphDatabase",
      "IDriver",
      "IAsyncSession" ],
    legs:[ "privateData" ],
    reason:"Neo4j graph database driver",
    example:"using Neo4j.Driver;" },
  { "package":"Microsoft.Data.Sqlite",
    imports:[ "Microsoft.Data.Sqlite" ],
    types:[ "SqliteConnection",
      "SqliteCommand" ],
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"using Microsoft.Data.Sqlite;" },
  { "package":"System.Data.SQLite",
    imports:[ "System.Data.SQLite" ],
    types:[ "SQLiteConnection",
      "SQLiteCommand" ],
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"using System.Data.SQLite;" },
  { "package":"Oracle.ManagedDataAccess.Core",
    imports:[ "Oracle.ManagedDataAccess.Client" ],
    types:[ "OracleConnection",
      "OracleCommand" ],
    legs:[ "privateData" ],
    reason:"Oracle Database driver",
    example:"using Oracle.ManagedDataAccess.Client;" },
  { "package":"LiteDB",
    imports:[ "LiteDB" ],
    types:[ "LiteDatabase",
      "ILiteCollection" ],
    legs:[ "privateData" ],
    reason:"LiteDB database files",
    example:"using LiteDB;" },
  { "package":"OpenSearch.Client",
    imports:[ "OpenSearch.Client" ],
    types:[ "OpenSearchClient" ],
    legs:[ "privateData" ],
    reason:"OpenSearch: indexed documents",
    example:"using OpenSearch.Client;" },
  { "package":"Qdrant.Client",
    imports:[ "Qdrant.Client" ],
    types:[ "QdrantClient" ],
    legs:[ "privateData" ],
    reason:"Qdrant collections of the organisation's documents",
    example:"using Qdrant.Client;" },
  { "package":"Confluent.Kafka",
    imports:[ "Confluent.Kafka" ],
    types:[ "ProducerBuilder",
      "ConsumerBuilder",
      "IProducer",
      "IConsumer" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"using Confluent.Kafka;" },
  { "package":"RabbitMQ.Client",
    imports:[ "RabbitMQ.Client" ],
    types:[ "ConnectionFactory",
      "IModel",
      "IChannel",
      "IConnection" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"using RabbitMQ.Client;" },
  { "package":"NATS.Net",
    imports:[ "NATS.Net",
      "NATS.Client.Core" ],
    types:[ "NatsClient",
      "NatsConnection" ],
    legs:[ "privateData" ],
    reason:"NATS subjects: the organisation's messages",
    example:"using NATS.Client.Core;" },
  { "package":"Stripe.net",
    imports:[ "Stripe" ],
    types:[ "StripeClient",
      "CustomerService",
      "ChargeService",
      "PaymentIntentService",
      "InvoiceService",
      "SubscriptionService" ],
    legs:[ "privateData" ],
    reason:"Stripe: the account's customers, charges and invoices",
    example:"using Stripe;" },
  { "package":"ShopifySharp",
    imports:[ "ShopifySharp" ],
    types:[ "OrderService",
      "CustomerService",
      "ProductService" ],
    legs:[ "privateData" ],
    reason:"Shopify Admin API: the store's orders, customers and products",
    example:"using ShopifySharp;" },
  { "package":"Dropbox.Api",
    imports:[ "Dropbox.Api" ],
    types:[ "DropboxClient" ],
    legs:[ "privateData" ],
    reason:"Dropbox files of the user",
    example:"using Dropbox.Api;" },
  { "package":"Box.V2",
    imports:[ "Box.V2" ],
    types:[ "BoxClient" ],
    legs:[ "privateData" ],
    reason:"Box files of the organisation",
    example:"using Box.V2;" },
  { "package":"Notion.Net",
    imports:[ "Notion.Client" ],
    types:[ "NotionClient",
      "NotionClientFactory" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"Notion pages the workspace writes",
    example:"using Notion.Client;" },
  { "package":"GitLabApiClient",
    imports:[ "GitLabApiClient" ],
    types:[ "GitLabClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects, issues and notes others write",
    example:"using GitLabApiClient;" },
  { "package":"Telegram.Bot",
    imports:[ "Telegram.Bot" ],
    types:[ "TelegramBotClient",
      "ITelegramBotClient" ],
    legs:[ "untrustedContent" ],
    send:[ "SendMessage",
      "SendTextMessage",
      "SendPhoto",
      "SendDocument" ],
    kind:"send",
    reason:"Telegram bots: messages users write; SendMessage posts",
    example:"using Telegram.Bot;" },
  { "package":"Discord.Net",
    imports:[ "Discord" ],
    types:[ "DiscordSocketClient",
      "DiscordRestClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "SendMessage" ],
    kind:"send",
    reason:"Discord: the server's channels and the messages members write; SendMessageAsync posts",
    example:"using Discord.WebSocket;" },
  { "package":"DSharpPlus",
    imports:[ "DSharpPlus" ],
    types:[ "DiscordClient" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "SendMessage",
      "RespondAsync" ],
    kind:"send",
    reason:"Discord: the server's channels and the messages members write; SendMessageAsync posts",
    example:"using DSharpPlus;" },
  { "package":"Docker.DotNet",
    imports:[ "Docker.DotNet" ],
    types:[ "DockerClient",
      "DockerClientConfiguration" ],
    legs:[ "privateData" ],
    reason:"Docker Engine API: the host's containers, their logs and environment",
    example:"using Docker.DotNet;" },
  { "package":"FluentEmail.Core",
    imports:[ "FluentEmail.Core" ],
    types:[ "IFluentEmail",
      "Email" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail through its configured sender",
    example:"using FluentEmail.Core;" },
  { "package":"Postmark",
    imports:[ "PostmarkDotNet" ],
    types:[ "PostmarkClient" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Postmark sends mail",
    example:"using PostmarkDotNet;" },
  { "package":"Resend",
    imports:[ "Resend" ],
    types:[ "IResend",
      "ResendClient" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Resend sends mail",
    example:"using Resend;" },
  { "package":"OllamaSharp",
    imports:[ "OllamaSharp" ],
    types:[ "OllamaApiClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Ollama: prompts go to the model server it is pointed at (local by default)",
    example:"using OllamaSharp;" },
  { "package":"Mistral.SDK",
    imports:[ "Mistral.SDK" ],
    types:[ "MistralClient" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Mistral API",
    example:"using Mistral.SDK;" },
  { "package":"Refit",
    imports:[ "Refit" ],
    types:[ "RestService" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by each interface's base URL",
    example:"using Refit;" } ];

var data$2 = [ { "package":"github.com/slack-go/slack",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "PostMessage",
      "SendMessage",
      "UploadFile",
      "ScheduleMessage" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API: reads messages others write; PostMessage sends",
    example:"\"github.com/slack-go/slack\"" },
  { "package":"github.com/microsoftgraph/msgraph-sdk-go",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "SendMail",
      "Reply",
      "Forward" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph: the tenant's mail, files and chats",
    example:"msgraphsdk \"github.com/microsoftgraph/msgraph-sdk-go\"" },
  { "package":"google.golang.org/api",
    imports:[ "google.golang.org/api/gmail",
      "google.golang.org/api/drive",
      "google.golang.org/api/docs",
      "google.golang.org/api/calendar",
      "google.golang.org/api/sheets" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "Send" ],
    kind:"send",
    content:[ "message",
      "thread",
      "attachment",
      "event",
      "file",
      "document",
      "comment",
      "reply",
      "spreadsheet",
      "presentation" ],
    reason:"Google Workspace APIs",
    example:"\"google.golang.org/api/gmail/v1\"" },
  { "package":"github.com/andygrunwald/go-jira",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "changelog",
      "search",
      "jql" ],
    reason:"Jira issues and comments",
    example:"jira \"github.com/andygrunwald/go-jira\"" },
  { "package":"github.com/ctreminiom/go-atlassian",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "page",
      "changelog",
      "search",
      "jql",
      "cql",
      "content" ],
    reason:"Jira and Confluence",
    example:"\"github.com/ctreminiom/go-atlassian/jira/v3\"" },
  { "package":"github.com/google/go-github",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "Issues.Create",
      "CreateComment",
      "PullRequests.Create" ],
    kind:"send",
    reason:"GitHub: private repositories, issues and comments others write",
    example:"\"github.com/google/go-github/v69/github\"" },
  { "package":"gitlab.com/gitlab-org/api/client-go",
    imports:[ "gitlab.com/gitlab-org/api/client-go",
      "github.com/xanzy/go-gitlab" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects and issues",
    example:"gitlab \"gitlab.com/gitlab-org/api/client-go\"" },
  { "package":"github.com/jackc/pgx",
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"\"github.com/jackc/pgx/v5/pgxpool\"" },
  { "package":"github.com/lib/pq",
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"_ \"github.com/lib/pq\"" },
  { "package":"database/sql",
    legs:[ "privateData" ],
    reason:"SQL database access",
    example:"\"database/sql\"" },
  { "package":"github.com/go-sql-driver/mysql",
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"\"github.com/go-sql-driver/mysql\"" },
  { "package":"github.com/microsoft/go-mssqldb",
    imports:[ "github.com/microsoft/go-mssqldb",
      "github.com/denisenkom/go-mssqldb" ],
    legs:[ "privateData" ],
    reason:"SQL Server driver",
    example:"mssql \"github.com/microsoft/go-mssqldb\"" },
  { "package":"go.mongodb.org/mongo-driver",
    legs:[ "privateData" ],
    reason:"MongoDB driver",
    example:"\"go.mongodb.org/mongo-driver/mongo\"" },
  { "package":"github.com/redis/go-redis",
    imports:[ "github.com/redis/go-redis",
      "github.com/go-redis/redis" ],
    legs:[ "privateData" ],
    read:[ "keys",
      "type",
      "info",
      "ttl",
      "lPop",
      "rPop",
      "sPop",
      "sMembers",
      "lRange",
      "zRange",
      "xRange",
      "xRead",
      "dbSize",
      "scanIterator",
      "hScanIterator" ],
    reason:"Redis client",
    example:"\"github.com/redis/go-redis/v9\"" },
  { "package":"github.com/elastic/go-elasticsearch",
    legs:[ "privateData" ],
    reason:"Elasticsearch documents",
    example:"\"github.com/elastic/go-elasticsearch/v8\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos",
    legs:[ "privateData" ],
    reason:"Azure Cosmos DB documents",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob",
    legs:[ "privateData" ],
    reason:"Azure Blob Storage objects",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/s3",
    legs:[ "privateData" ],
    reason:"Amazon S3 objects",
    example:"\"github.com/aws/aws-sdk-go-v2/service/s3\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/dynamodb",
    legs:[ "privateData" ],
    reason:"Amazon DynamoDB tables",
    example:"\"github.com/aws/aws-sdk-go-v2/service/dynamodb\"" },
  { "package":"cloud.google.com/go/storage",
    legs:[ "privateData" ],
    reason:"Google Cloud Storage objects",
    example:"\"cloud.google.com/go/storage\"" },
  { "package":"cloud.google.com/go/bigquery",
    legs:[ "privateData" ],
    reason:"BigQuery tables",
    example:"\"cloud.google.com/go/bigquery\"" },
  { "package":"k8s.io/client-go",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "log",
      "logs",
      "event",
      "events" ],
    reason:"Kubernetes API: cluster objects and secrets; pod logs and events carry what the workloads were sent",
    example:"\"k8s.io/client-go/kubernetes\"" },
  { "package":"sigs.k8s.io/controller-runtime",
    imports:[ "sigs.k8s.io/controller-runtime/pkg/client" ],
    legs:[ "privateData" ],
    reason:"Kubernetes API client",
    example:"\"sigs.k8s.io/controller-runtime/pkg/client\"" },
  { "package":"net/smtp",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"the standard library's SMTP client sends mail",
    example:"\"net/smtp\"" },
  { "package":"github.com/wneessen/go-mail",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail",
    example:"\"github.com/wneessen/go-mail\"" },
  { "package":"github.com/sendgrid/sendgrid-go",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SendGrid sends mail",
    example:"\"github.com/sendgrid/sendgrid-go\"" },
  { "package":"github.com/bwmarrin/discordgo",
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "ChannelMessageSend" ],
    kind:"send",
    content:[ "message",
      "messages",
      "history",
      "thread",
      "reply",
      "replies",
      "attachment",
      "embed",
      "post",
      "forum" ],
    reason:"Discord: the server's channels and the messages members write; ChannelMessageSend posts",
    example:"\"github.com/bwmarrin/discordgo\"" },
  { "package":"github.com/openai/openai-go",
    imports:[ "github.com/openai/openai-go",
      "github.com/sashabaranov/go-openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI API: prompts leave to the provider",
    example:"\"github.com/openai/openai-go\"" },
  { "package":"github.com/anthropics/anthropic-sdk-go",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API",
    example:"\"github.com/anthropics/anthropic-sdk-go\"" },
  { "package":"google.golang.org/genai",
    imports:[ "google.golang.org/genai",
      "github.com/google/generative-ai-go" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API",
    example:"\"google.golang.org/genai\"" },
  { "package":"github.com/cohere-ai/cohere-go",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Cohere API",
    example:"cohereclient \"github.com/cohere-ai/cohere-go/v2/client\"" },
  { "package":"github.com/tmc/langchaingo/llms",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"calls a model provider",
    example:"\"github.com/tmc/langchaingo/llms/openai\"" },
  { "package":"github.com/playwright-community/playwright-go",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "Content",
      "InnerText",
      "InnerHTML",
      "TextContent",
      "AllTextContents",
      "AllInnerTexts",
      "InputValue",
      "GetAttribute",
      "Evaluate",
      "EvaluateHandle",
      "EvalOnSelector",
      "EvalOnSelectorAll",
      "Title",
      "AriaSnapshot",
      "ConsoleMessages",
      "Text",
      "JSON",
      "Body" ],
    send:[ "Fill",
      "Type",
      "PressSequentially",
      "SetInputFiles",
      "Evaluate",
      "EvaluateHandle",
      "AddScriptTag",
      "AddInitScript" ],
    reason:"a browser: pages any site serves",
    example:"\"github.com/playwright-community/playwright-go\"" },
  { "package":"github.com/chromedp/chromedp",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "Text",
      "TextContent",
      "InnerHTML",
      "OuterHTML",
      "Evaluate",
      "EvaluateAsDevTools",
      "Title",
      "Value",
      "AttributeValue",
      "Attributes",
      "AttributesAll",
      "JavascriptAttribute",
      "Nodes" ],
    send:[ "SendKeys",
      "SetValue",
      "SetUploadFiles",
      "Evaluate",
      "EvaluateAsDevTools" ],
    reason:"a headless browser",
    example:"\"github.com/chromedp/chromedp\"" },
  { "package":"github.com/go-rod/rod",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "Text",
      "MustText",
      "HTML",
      "MustHTML",
      "Eval",
      "MustEval",
      "Evaluate",
      "MustEvaluate",
      "Property",
      "MustProperty",
      "Attribute",
      "MustAttribute",
      "Info",
      "MustInfo" ],
    send:[ "Input",
      "MustInput",
      "SetFiles",
      "MustSetFiles",
      "Eval",
      "MustEval",
      "Evaluate",
      "MustEvaluate" ],
    reason:"a headless browser",
    example:"\"github.com/go-rod/rod\"" },
  { "package":"github.com/PuerkitoBio/goquery",
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"\"github.com/PuerkitoBio/goquery\"" },
  { "package":"github.com/gocolly/colly",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"a crawler: visits the URLs it is given",
    example:"\"github.com/gocolly/colly/v2\"" },
  { "package":"github.com/JohannesKaufmann/html-to-markdown",
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown",
    example:"md \"github.com/JohannesKaufmann/html-to-markdown\"" },
  { "package":"github.com/go-shiori/go-readability",
    legs:[ "untrustedContent" ],
    reason:"extracts the article text of a web page",
    example:"\"github.com/go-shiori/go-readability\"" },
  { "package":"net/http",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by each call's URL",
    example:"\"net/http\"" },
  { "package":"github.com/go-resty/resty",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"\"github.com/go-resty/resty/v2\"" },
  { "package":"github.com/gorilla/websocket",
    legs:[  ],
    kind:"generic-http",
    reason:"WebSocket client",
    example:"\"github.com/gorilla/websocket\"" },
  { "package":"github.com/grafana/grafana-openapi-client-go",
    legs:[ "privateData" ],
    reason:"Grafana HTTP API: the organisation's dashboards, users, alerts and data sources",
    example:"\"github.com/grafana/grafana-openapi-client-go/client/teams\"" },
  { "package":"github.com/hashicorp/go-tfe",
    legs:[ "privateData" ],
    hosts:[ "app.terraform.io" ],
    reason:"HCP Terraform / Terraform Enterprise API: the organisation's workspaces, runs, state and variables",
    example:"\"github.com/hashicorp/go-tfe\"" },
  { "package":"github.com/go-git/go-git",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "log",
      "commit",
      "diff",
      "patch",
      "blame",
      "message",
      "file" ],
    reason:"Git repositories: their code, and the diffs and commit messages others wrote",
    example:"\"github.com/go-git/go-git/v5\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/sqs",
    legs:[ "privateData" ],
    reason:"SQS queues: the organisation's messages",
    example:"\"github.com/aws/aws-sdk-go-v2/service/sqs\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/sns",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SNS publishes to topics' subscribers, mail and SMS",
    example:"\"github.com/aws/aws-sdk-go-v2/service/sns\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/ses",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"\"github.com/aws/aws-sdk-go-v2/service/ses\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/sesv2",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"\"github.com/aws/aws-sdk-go-v2/service/sesv2\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs",
    legs:[ "privateData" ],
    reason:"CloudWatch Logs of the account's services",
    example:"\"github.com/aws/aws-sdk-go-v2/service/cloudwatchlogs\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/cloudwatch",
    legs:[ "privateData" ],
    reason:"CloudWatch metrics and alarms of the account",
    example:"\"github.com/aws/aws-sdk-go-v2/service/cloudwatch\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/athena",
    legs:[ "privateData" ],
    reason:"Athena queries over the account's data",
    example:"\"github.com/aws/aws-sdk-go-v2/service/athena\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/redshiftdata",
    legs:[ "privateData" ],
    reason:"Redshift warehouse tables",
    example:"\"github.com/aws/aws-sdk-go-v2/service/redshiftdata\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/ec2",
    legs:[ "privateData" ],
    reason:"EC2: the account's instances and networks",
    example:"\"github.com/aws/aws-sdk-go-v2/service/ec2\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/iam",
    legs:[ "privateData" ],
    reason:"IAM: the account's users, roles and policies",
    example:"\"github.com/aws/aws-sdk-go-v2/service/iam\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/lambda",
    legs:[ "privateData" ],
    reason:"Lambda: the account's functions and their configuration",
    example:"\"github.com/aws/aws-sdk-go-v2/service/lambda\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/costexplorer",
    legs:[ "privateData" ],
    reason:"the account's costs and usage",
    example:"\"github.com/aws/aws-sdk-go-v2/service/costexplorer\"" },
  { "package":"github.com/aws/aws-sdk-go-v2/service/bedrockruntime",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Amazon Bedrock: prompts leave to the model provider",
    example:"\"github.com/aws/aws-sdk-go-v2/service/bedrockruntime\"" },
  { "package":"github.com/aws/aws-sdk-go",
    imports:[ "github.com/aws/aws-sdk-go/service/s3",
      "github.com/aws/aws-sdk-go/service/dynamodb",
      "github.com/aws/aws-sdk-go/service/sqs",
      "github.com/aws/aws-sdk-go/service/cloudwatchlogs" ],
    legs:[ "privateData" ],
    reason:"AWS SDK v1: S3 objects, DynamoDB tables, queues and logs",
    example:"\"github.com/aws/aws-sdk-go/service/s3\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus",
    legs:[ "privateData" ],
    reason:"Azure Service Bus queues: the organisation's messages",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/messaging/azeventhubs",
    legs:[ "privateData" ],
    reason:"Azure Event Hubs streams of the organisation",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/messaging/azeventhubs\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/data/aztables",
    legs:[ "privateData" ],
    reason:"Azure Table Storage",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/data/aztables\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/storage/azqueue",
    legs:[ "privateData" ],
    reason:"Azure Storage queues",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/storage/azqueue\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/resources/armresources",
    legs:[ "privateData" ],
    reason:"Azure Resource Manager: the subscription's resources",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/resources/armresources\"" },
  { "package":"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure OpenAI",
    example:"\"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai\"" },
  { "package":"cloud.google.com/go/firestore",
    legs:[ "privateData" ],
    reason:"Firestore documents",
    example:"\"cloud.google.com/go/firestore\"" },
  { "package":"cloud.google.com/go/pubsub",
    legs:[ "privateData" ],
    reason:"Pub/Sub topics: the organisation's messages",
    example:"\"cloud.google.com/go/pubsub\"" },
  { "package":"cloud.google.com/go/spanner",
    legs:[ "privateData" ],
    reason:"Spanner databases",
    example:"\"cloud.google.com/go/spanner\"" },
  { "package":"cloud.google.com/go/vertexai",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vertex AI Gemini: prompts leave to the provider",
    example:"\"cloud.google.com/go/vertexai/genai\"" },
  { "package":"github.com/snowflakedb/gosnowflake",
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"_ \"github.com/snowflakedb/gosnowflake\"" },
  { "package":"github.com/databricks/databricks-sql-go",
    legs:[ "privateData" ],
    reason:"Databricks SQL warehouse tables",
    example:"dbsql \"github.com/databricks/databricks-sql-go\"" },
  { "package":"github.com/databricks/databricks-sdk-go",
    legs:[ "privateData" ],
    reason:"Databricks workspace: jobs, clusters, tables and files",
    example:"\"github.com/databricks/databricks-sdk-go\"" },
  { "package":"github.com/ClickHouse/clickhouse-go",
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"\"github.com/ClickHouse/clickhouse-go/v2\"" },
  { "package":"github.com/marcboeker/go-duckdb",
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"_ \"github.com/marcboeker/go-duckdb\"" },
  { "package":"github.com/gocql/gocql",
    legs:[ "privateData" ],
    reason:"Cassandra driver",
    example:"\"github.com/gocql/gocql\"" },
  { "package":"github.com/neo4j/neo4j-go-driver",
    legs:[ "privateData" ],
    reason:"Neo4j graph database driver",
    example:"\"github.com/neo4j/neo4j-go-driver/v5/neo4j\"" },
  { "package":"github.com/mattn/go-sqlite3",
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"_ \"github.com/mattn/go-sqlite3\"" },
  { "package":"modernc.org/sqlite",
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"_ \"modernc.org/sqlite\"" },
  { "package":"gorm.io/gorm",
    legs:[ "privateData" ],
    reason:"ORM over the application database",
    example:"\"gorm.io/gorm\"" },
  { "package":"github.com/jmoiron/sqlx",
    legs:[ "privateData" ],
    reason:"SQL extensions over the application database",
    example:"\"github.com/jmoiron/sqlx\"" },
  { "package":"github.com/sijms/go-ora",
    legs:[ "privateData" ],
    reason:"Oracle Database driver",
    example:"go_ora \"github.com/sijms/go-ora/v2\"" },
  { "package":"github.com/gomodule/redigo",
    legs:[ "privateData" ],
    reason:"Redis client",
    example:"\"github.com/gomodule/redigo/redis\"" },
  { "package":"github.com/opensearch-project/opensearch-go",
    legs:[ "privateData" ],
    reason:"OpenSearch: indexed documents",
    example:"\"github.com/opensearch-project/opensearch-go/v2\"" },
  { "package":"github.com/qdrant/go-client",
    legs:[ "privateData" ],
    reason:"Qdrant collections of the organisation's documents",
    example:"\"github.com/qdrant/go-client/qdrant\"" },
  { "package":"github.com/weaviate/weaviate-go-client",
    legs:[ "privateData" ],
    reason:"Weaviate collections of the organisation's documents",
    example:"\"github.com/weaviate/weaviate-go-client/v4/weaviate\"" },
  { "package":"github.com/pinecone-io/go-pinecone",
    legs:[ "privateData" ],
    reason:"Pinecone vector indexes of the organisation's documents",
    example:"\"github.com/pinecone-io/go-pinecone/pinecone\"" },
  { "package":"github.com/milvus-io/milvus-sdk-go",
    legs:[ "privateData" ],
    reason:"Milvus collections of the organisation's documents",
    example:"\"github.com/milvus-io/milvus-sdk-go/v2/client\"" },
  { "package":"github.com/segmentio/kafka-go",
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"\"github.com/segmentio/kafka-go\"" },
  { "package":"github.com/IBM/sarama",
    imports:[ "github.com/IBM/sarama",
      "github.com/Shopify/sarama" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"\"github.com/IBM/sarama\"" },
  { "package":"github.com/confluentinc/confluent-kafka-go",
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"\"github.com/confluentinc/confluent-kafka-go/v2/kafka\"" },
  { "package":"github.com/twmb/franz-go",
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"\"github.com/twmb/franz-go/pkg/kgo\"" },
  { "package":"github.com/rabbitmq/amqp091-go",
    imports:[ "github.com/rabbitmq/amqp091-go",
      "github.com/streadway/amqp" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"amqp \"github.com/rabbitmq/amqp091-go\"" },
  { "package":"github.com/nats-io/nats.go",
    legs:[ "privateData" ],
    reason:"NATS subjects: the organisation's messages",
    example:"\"github.com/nats-io/nats.go\"" },
  { "package":"github.com/shurcooL/githubv4",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitHub GraphQL API: private repositories, issues and comments others write",
    example:"\"github.com/shurcooL/githubv4\"" },
  { "package":"code.gitea.io/sdk/gitea",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"Gitea: private repositories, issues and comments others write",
    example:"\"code.gitea.io/sdk/gitea\"" },
  { "package":"github.com/ktrysmt/go-bitbucket",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"Bitbucket Cloud: private repositories, pull requests and the comments others write",
    example:"\"github.com/ktrysmt/go-bitbucket\"" },
  { "package":"github.com/jomei/notionapi",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "page",
      "block",
      "comment",
      "children",
      "content",
      "markdown",
      "query",
      "search" ],
    reason:"Notion pages the workspace writes",
    example:"\"github.com/jomei/notionapi\"" },
  { "package":"github.com/dstotijn/go-notion",
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "page",
      "block",
      "comment",
      "children",
      "content",
      "markdown",
      "query",
      "search" ],
    reason:"Notion pages the workspace writes",
    example:"\"github.com/dstotijn/go-notion\"" },
  { "package":"github.com/stripe/stripe-go",
    legs:[ "privateData" ],
    reason:"Stripe: the account's customers, charges and invoices",
    example:"\"github.com/stripe/stripe-go/v81\"" },
  { "package":"github.com/PagerDuty/go-pagerduty",
    legs:[ "privateData" ],
    reason:"PagerDuty incidents, services and on-call schedules",
    example:"\"github.com/PagerDuty/go-pagerduty\"" },
  { "package":"github.com/opsgenie/opsgenie-go-sdk-v2",
    legs:[ "privateData" ],
    reason:"Opsgenie alerts, schedules and teams",
    example:"\"github.com/opsgenie/opsgenie-go-sdk-v2/alert\"" },
  { "package":"github.com/DataDog/datadog-api-client-go",
    legs:[ "privateData" ],
    reason:"Datadog API: the organisation's metrics, logs, monitors and incidents",
    example:"\"github.com/DataDog/datadog-api-client-go/v2/api/datadogV2\"" },
  { "package":"github.com/prometheus/client_golang",
    imports:[ "github.com/prometheus/client_golang/api" ],
    legs:[ "privateData" ],
    reason:"Prometheus query API over the organisation's metrics (its api package; the metrics it exports are not listed)",
    example:"v1 \"github.com/prometheus/client_golang/api/prometheus/v1\"" },
  { "package":"github.com/bndr/gojenkins",
    legs:[ "privateData" ],
    reason:"Jenkins jobs, builds and their logs",
    example:"\"github.com/bndr/gojenkins\"" },
  { "package":"github.com/buildkite/go-buildkite",
    legs:[ "privateData" ],
    reason:"Buildkite pipelines, builds and their logs",
    example:"\"github.com/buildkite/go-buildkite/v3/buildkite\"" },
  { "package":"github.com/docker/docker",
    imports:[ "github.com/docker/docker/client" ],
    legs:[ "privateData" ],
    reason:"Docker Engine API: the host's containers, their logs and environment",
    example:"\"github.com/docker/docker/client\"" },
  { "package":"github.com/hashicorp/terraform-exec",
    legs:[ "privateData" ],
    reason:"runs Terraform: the state and outputs of the organisation's infrastructure",
    example:"\"github.com/hashicorp/terraform-exec/tfexec\"" },
  { "package":"github.com/go-telegram-bot-api/telegram-bot-api",
    legs:[ "untrustedContent" ],
    send:[ "Send" ],
    kind:"send",
    reason:"Telegram bots: messages users write; Send posts",
    example:"tgbotapi \"github.com/go-telegram-bot-api/telegram-bot-api/v5\"" },
  { "package":"github.com/go-telegram/bot",
    legs:[ "untrustedContent" ],
    send:[ "SendMessage",
      "SendPhoto",
      "SendDocument" ],
    kind:"send",
    reason:"Telegram bots: messages users write; SendMessage posts",
    example:"\"github.com/go-telegram/bot\"" },
  { "package":"gopkg.in/telebot.v3",
    imports:[ "gopkg.in/telebot.v3",
      "gopkg.in/telebot.v4" ],
    legs:[ "untrustedContent" ],
    send:[ "Send",
      "Reply" ],
    kind:"send",
    reason:"Telegram bots: messages users write; Send posts",
    example:"tele \"gopkg.in/telebot.v3\"" },
  { "package":"github.com/twilio/twilio-go",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Twilio sends SMS and calls",
    example:"\"github.com/twilio/twilio-go\"" },
  { "package":"github.com/atc0005/go-teams-notify",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"posts messages to a Microsoft Teams webhook",
    example:"goteamsnotify \"github.com/atc0005/go-teams-notify/v2\"" },
  { "package":"github.com/emersion/go-imap",
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"IMAP: a mailbox's messages others write",
    example:"\"github.com/emersion/go-imap/client\"" },
  { "package":"gopkg.in/gomail.v2",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"\"gopkg.in/gomail.v2\"" },
  { "package":"github.com/jordan-wright/email",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"\"github.com/jordan-wright/email\"" },
  { "package":"github.com/mailgun/mailgun-go",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Mailgun sends mail",
    example:"\"github.com/mailgun/mailgun-go/v4\"" },
  { "package":"github.com/resend/resend-go",
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Resend sends mail",
    example:"\"github.com/resend/resend-go/v2\"" },
  { "package":"github.com/ollama/ollama",
    imports:[ "github.com/ollama/ollama/api" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Ollama: prompts go to the model server it is pointed at (local by default)",
    example:"\"github.com/ollama/ollama/api\"" },
  { "package":"github.com/liushuangls/go-anthropic",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API",
    example:"\"github.com/liushuangls/go-anthropic/v2\"" },
  { "package":"github.com/firebase/genkit/go",
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Genkit calls a model provider",
    example:"\"github.com/firebase/genkit/go/genkit\"" },
  { "package":"golang.org/x/net",
    imports:[ "golang.org/x/net/html" ],
    legs:[ "untrustedContent" ],
    reason:"parses fetched HTML for its text",
    example:"\"golang.org/x/net/html\"" },
  { "package":"github.com/antchfx/htmlquery",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"loads and queries HTML pages (LoadURL fetches)",
    example:"\"github.com/antchfx/htmlquery\"" },
  { "package":"github.com/mmcdole/gofeed",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"fetches and parses the feeds it is given: text their authors wrote",
    example:"\"github.com/mmcdole/gofeed\"" },
  { "package":"github.com/tebeka/selenium",
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "PageSource",
      "Text",
      "GetAttribute",
      "Title",
      "ExecuteScript",
      "ExecuteScriptAsync",
      "ExecuteScriptRaw",
      "Log" ],
    send:[ "SendKeys",
      "ExecuteScript",
      "ExecuteScriptAsync",
      "ExecuteScriptRaw" ],
    reason:"browser automation: pages any site serves",
    example:"\"github.com/tebeka/selenium\"" },
  { "package":"github.com/markusmobius/go-trafilatura",
    legs:[ "untrustedContent" ],
    reason:"extracts web page text",
    example:"\"github.com/markusmobius/go-trafilatura\"" },
  { "package":"github.com/imroc/req",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"\"github.com/imroc/req/v3\"" },
  { "package":"github.com/valyala/fasthttp",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"\"github.com/valyala/fasthttp\"" },
  { "package":"github.com/hashicorp/go-retryablehttp",
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client with retries",
    example:"\"github.com/hashicorp/go-retryablehttp\"" },
  { "package":"github.com/coder/websocket",
    imports:[ "github.com/coder/websocket",
      "nhooyr.io/websocket" ],
    legs:[  ],
    kind:"generic-http",
    reason:"WebSocket client",
    example:"\"github.com/coder/websocket\"" } ];

var data$1 = [ { "package":"com.slack.api:slack-api-client",
    imports:[ "com.slack.api" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "chatPostMessage",
      "chatPostEphemeral",
      "filesUpload" ],
    kind:"send",
    content:[ "message",
      "history",
      "replies",
      "reply",
      "thread",
      "file",
      "attachment",
      "unread",
      "canvas",
      "comment" ],
    reason:"Slack Web API: reads messages others write; chatPostMessage sends",
    example:"import com.slack.api.Slack;" },
  { "package":"com.microsoft.graph:microsoft-graph",
    imports:[ "com.microsoft.graph" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMail",
      "reply",
      "forward" ],
    kind:"send",
    content:[ "message",
      "mail",
      "email",
      "reply",
      "replies",
      "event",
      "mention",
      "conversation",
      "thread",
      "post",
      "attachment",
      "body",
      "comment",
      "document",
      "page",
      "note",
      "content",
      "transcript" ],
    reason:"Microsoft Graph: the tenant's mail, files and chats",
    example:"import com.microsoft.graph.serviceclient.GraphServiceClient;" },
  { "package":"com.google.apis:google-api-services-gmail",
    imports:[ "com.google.api.services.gmail" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "send" ],
    kind:"send",
    reason:"Gmail API",
    example:"import com.google.api.services.gmail.Gmail;" },
  { "package":"com.google.apis:google-api-services-drive",
    imports:[ "com.google.api.services.drive" ],
    legs:[ "privateData" ],
    reason:"Google Drive files",
    example:"import com.google.api.services.drive.Drive;" },
  { "package":"com.atlassian.jira:jira-rest-java-client-core",
    imports:[ "com.atlassian.jira.rest.client" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "issue",
      "comment",
      "worklog",
      "attachment",
      "search",
      "jql" ],
    reason:"Jira issues and comments",
    example:"import com.atlassian.jira.rest.client.api.JiraRestClient;" },
  { "package":"com.force.api:force-rest-api",
    imports:[ "com.force.api",
      "com.sforce" ],
    legs:[ "privateData" ],
    reason:"Salesforce records",
    example:"import com.force.api.ForceApi;" },
  { "package":"org.kohsuke:github-api",
    imports:[ "org.kohsuke.github" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "createIssue",
      "comment",
      "createPullRequest" ],
    kind:"send",
    reason:"GitHub: private repositories, issues and comments others write",
    example:"import org.kohsuke.github.GitHub;" },
  { "package":"org.gitlab4j:gitlab4j-api",
    imports:[ "org.gitlab4j.api" ],
    legs:[ "privateData",
      "untrustedContent" ],
    reason:"GitLab projects and issues",
    example:"import org.gitlab4j.api.GitLabApi;" },
  { "package":"org.postgresql:postgresql",
    imports:[ "org.postgresql" ],
    legs:[ "privateData" ],
    reason:"PostgreSQL driver",
    example:"import org.postgresql.ds.PGSimpleDataSource;" },
  { "package":"java.sql",
    imports:[ "java.sql",
      "javax.sql" ],
    legs:[ "privateData" ],
    reason:"JDBC database access",
    example:"import java.sql.Connection;" },
  { "package":"org.springframework:spring-jdbc",
    imports:[ "org.springframework.jdbc" ],
    legs:[ "privateData" ],
    reason:"Spring JDBC over the application database",
    example:"import org.springframework.jdbc.core.JdbcTemplate;" },
  { "package":"org.springframework.data:spring-data-jpa",
    imports:[ "org.springframework.data.jpa",
      "jakarta.persistence",
      "javax.persistence" ],
    legs:[ "privateData" ],
    reason:"JPA over the application database",
    example:"import org.springframework.data.jpa.repository.JpaRepository;" },
  { "package":"com.mysql:mysql-connector-j",
    imports:[ "com.mysql" ],
    legs:[ "privateData" ],
    reason:"MySQL driver",
    example:"import com.mysql.cj.jdbc.MysqlDataSource;" },
  { "package":"com.microsoft.sqlserver:mssql-jdbc",
    imports:[ "com.microsoft.sqlserver" ],
    legs:[ "privateData" ],
    reason:"SQL Server driver",
    example:"import com.microsoft.sqlserver.jdbc.SQLServerDataSource;" },
  { "package":"org.mongodb:mongodb-driver-sync",
    imports:[ "com.mongodb" ],
    legs:[ "privateData" ],
    reason:"MongoDB driver",
    example:"import com.mongodb.client.MongoClients;" },
  { "package":"redis.clients:jedis",
    imports:[ "redis.clients.jedis",
      "io.lettuce" ],
    legs:[ "privateData" ],
    reason:"Redis client",
    example:"import redis.clients.jedis.Jedis;" },
  { "package":"co.elastic.clients:elasticsearch-java",
    imports:[ "co.elastic.clients",
      "org.elasticsearch.client" ],
    legs:[ "privateData" ],
    reason:"Elasticsearch documents",
    example:"import co.elastic.clients.elasticsearch.ElasticsearchClient;" },
  { "package":"com.azure:azure-cosmos",
    imports:[ "com.azure.cosmos" ],
    legs:[ "privateData" ],
    reason:"Azure Cosmos DB documents",
    example:"import com.azure.cosmos.CosmosClient;" },
  { "package":"com.azure:azure-storage-blob",
    imports:[ "com.azure.storage.blob" ],
    legs:[ "privateData" ],
    reason:"Azure Blob Storage objects",
    example:"import com.azure.storage.blob.BlobServiceClient;" },
  { "package":"software.amazon.awssdk:s3",
    imports:[ "software.amazon.awssdk.services.s3",
      "com.amazonaws.services.s3" ],
    legs:[ "privateData" ],
    reason:"Amazon S3 objects",
    example:"import software.amazon.awssdk.services.s3.S3Client;" },
  { "package":"com.google.cloud:google-cloud-storage",
    imports:[ "com.google.cloud.storage" ],
    legs:[ "privateData" ],
    reason:"Google Cloud Storage objects",
    example:"import com.google.cloud.storage.Storage;" },
  { "package":"io.kubernetes:client-java",
    imports:[ "io.kubernetes.client",
      "io.fabric8.kubernetes.client" ],
    legs:[ "privateData" ],
    reason:"Kubernetes API: cluster objects and secrets",
    example:"import io.kubernetes.client.openapi.apis.CoreV1Api;" },
  { "package":"com.sun.mail:jakarta.mail",
    imports:[ "jakarta.mail",
      "javax.mail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"JavaMail sends mail (Transport.send)",
    example:"import jakarta.mail.Transport;" },
  { "package":"org.springframework.boot:spring-boot-starter-mail",
    imports:[ "org.springframework.mail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Spring mail sender",
    example:"import org.springframework.mail.javamail.JavaMailSender;" },
  { "package":"com.sendgrid:sendgrid-java",
    imports:[ "com.sendgrid" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SendGrid sends mail",
    example:"import com.sendgrid.SendGrid;" },
  { "package":"com.twilio.sdk:twilio",
    imports:[ "com.twilio" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Twilio sends SMS",
    example:"import com.twilio.rest.api.v2010.account.Message;" },
  { "package":"com.openai:openai-java",
    imports:[ "com.openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI API: prompts leave to the provider",
    example:"import com.openai.client.OpenAIClient;" },
  { "package":"com.anthropic:anthropic-java",
    imports:[ "com.anthropic" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Anthropic API",
    example:"import com.anthropic.client.AnthropicClient;" },
  { "package":"com.google.genai:google-genai",
    imports:[ "com.google.genai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Gemini API",
    example:"import com.google.genai.Client;" },
  { "package":"com.azure:azure-ai-openai",
    imports:[ "com.azure.ai.openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure OpenAI",
    example:"import com.azure.ai.openai.OpenAIClient;" },
  { "package":"dev.langchain4j:langchain4j",
    imports:[ "dev.langchain4j.model" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"calls a model provider",
    example:"import dev.langchain4j.model.chat.ChatLanguageModel;" },
  { "package":"org.springframework.ai:spring-ai-model",
    imports:[ "org.springframework.ai.chat.client",
      "org.springframework.ai.openai",
      "org.springframework.ai.anthropic" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI chat client calls a model provider",
    example:"import org.springframework.ai.chat.client.ChatClient;" },
  { "package":"com.microsoft.playwright:playwright",
    imports:[ "com.microsoft.playwright" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "content",
      "innerText",
      "innerHTML",
      "textContent",
      "allTextContents",
      "allInnerTexts",
      "inputValue",
      "getAttribute",
      "evaluate",
      "evaluateHandle",
      "evalOnSelector",
      "evalOnSelectorAll",
      "title",
      "ariaSnapshot",
      "consoleMessages",
      "text",
      "body" ],
    send:[ "fill",
      "type",
      "pressSequentially",
      "setInputFiles",
      "evaluate",
      "evaluateHandle",
      "addScriptTag",
      "addInitScript" ],
    reason:"a browser: pages any site serves",
    example:"import com.microsoft.playwright.Page;" },
  { "package":"org.seleniumhq.selenium:selenium-java",
    imports:[ "org.openqa.selenium" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "getPageSource",
      "getText",
      "getAttribute",
      "getDomAttribute",
      "getDomProperty",
      "getTitle",
      "executeScript",
      "executeAsyncScript" ],
    send:[ "sendKeys",
      "executeScript",
      "executeAsyncScript" ],
    reason:"browser automation",
    example:"import org.openqa.selenium.WebDriver;" },
  { "package":"org.jsoup:jsoup",
    imports:[ "org.jsoup" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    reason:"fetches and parses HTML (Jsoup.connect(url))",
    example:"import org.jsoup.Jsoup;" },
  { "package":"com.vladsch.flexmark:flexmark-html2md-converter",
    imports:[ "com.vladsch.flexmark.html2md" ],
    legs:[ "untrustedContent" ],
    reason:"turns fetched HTML into Markdown",
    example:"import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;" },
  { "package":"java.net.http",
    imports:[ "java.net.http",
      "java.net.URL",
      "java.net.HttpURLConnection" ],
    legs:[  ],
    kind:"generic-http",
    reason:"the JDK's HTTP client: decided by each call's URL",
    example:"import java.net.http.HttpClient;" },
  { "package":"com.squareup.okhttp3:okhttp",
    imports:[ "okhttp3" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import okhttp3.OkHttpClient;" },
  { "package":"org.springframework:spring-web",
    imports:[ "org.springframework.web.client",
      "org.springframework.web.reactive.function.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"RestTemplate / RestClient / WebClient",
    example:"import org.springframework.web.reactive.function.client.WebClient;" },
  { "package":"org.apache.httpcomponents.client5:httpclient5",
    imports:[ "org.apache.hc.client5",
      "org.apache.http.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"Apache HTTP client",
    example:"import org.apache.hc.client5.http.classic.HttpClient;" },
  { "package":"org.eclipse.jgit:org.eclipse.jgit",
    imports:[ "org.eclipse.jgit" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "log",
      "commit",
      "diff",
      "patch",
      "blame",
      "message" ],
    reason:"Git repositories: their code, and the diffs and commit messages others wrote",
    example:"import org.eclipse.jgit.api.Git;" },
  { "package":"com.google.apis:google-api-services-calendar",
    imports:[ "com.google.api.services.calendar" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "event",
      "description",
      "attendee" ],
    reason:"Google Calendar: the user's events, and the invitations and descriptions others write",
    example:"import com.google.api.services.calendar.Calendar;" },
  { "package":"com.google.apis:google-api-services-sheets",
    imports:[ "com.google.api.services.sheets" ],
    legs:[ "privateData" ],
    reason:"Google Sheets spreadsheets of the organisation",
    example:"import com.google.api.services.sheets.v4.Sheets;" },
  { "package":"com.google.apis:google-api-services-docs",
    imports:[ "com.google.api.services.docs" ],
    legs:[ "privateData" ],
    reason:"Google Docs documents of the organisation",
    example:"import com.google.api.services.docs.v1.Docs;" },
  { "package":"com.google.cloud:google-cloud-bigquery",
    imports:[ "com.google.cloud.bigquery" ],
    legs:[ "privateData" ],
    reason:"BigQuery tables",
    example:"import com.google.cloud.bigquery.BigQuery;" },
  { "package":"com.google.cloud:google-cloud-firestore",
    imports:[ "com.google.cloud.firestore" ],
    legs:[ "privateData" ],
    reason:"Firestore documents",
    example:"import com.google.cloud.firestore.Firestore;" },
  { "package":"com.google.cloud:google-cloud-pubsub",
    imports:[ "com.google.cloud.pubsub" ],
    legs:[ "privateData" ],
    reason:"Pub/Sub topics: the organisation's messages",
    example:"import com.google.cloud.pubsub.v1.Subscriber;" },
  { "package":"com.google.cloud:google-cloud-spanner",
    imports:[ "com.google.cloud.spanner" ],
    legs:[ "privateData" ],
    reason:"Spanner databases",
    example:"import com.google.cloud.spanner.DatabaseClient;" },
  { "package":"com.google.cloud:google-cloud-vertexai",
    imports:[ "com.google.cloud.vertexai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Vertex AI Gemini: prompts leave to the provider",
    example:"import com.google.cloud.vertexai.VertexAI;" },
  { "package":"software.amazon.awssdk:dynamodb",
    imports:[ "software.amazon.awssdk.services.dynamodb",
      "software.amazon.awssdk.enhanced.dynamodb",
      "com.amazonaws.services.dynamodbv2" ],
    legs:[ "privateData" ],
    reason:"Amazon DynamoDB tables",
    example:"import software.amazon.awssdk.services.dynamodb.DynamoDbClient;" },
  { "package":"software.amazon.awssdk:sqs",
    imports:[ "software.amazon.awssdk.services.sqs",
      "com.amazonaws.services.sqs" ],
    legs:[ "privateData" ],
    reason:"SQS queues: the organisation's messages",
    example:"import software.amazon.awssdk.services.sqs.SqsClient;" },
  { "package":"software.amazon.awssdk:sns",
    imports:[ "software.amazon.awssdk.services.sns",
      "com.amazonaws.services.sns" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"SNS publishes to topics' subscribers, mail and SMS",
    example:"import software.amazon.awssdk.services.sns.SnsClient;" },
  { "package":"software.amazon.awssdk:ses",
    imports:[ "software.amazon.awssdk.services.ses",
      "com.amazonaws.services.simpleemail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"import software.amazon.awssdk.services.ses.SesClient;" },
  { "package":"software.amazon.awssdk:sesv2",
    imports:[ "software.amazon.awssdk.services.sesv2" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Amazon SES sends mail",
    example:"import software.amazon.awssdk.services.sesv2.SesV2Client;" },
  { "package":"software.amazon.awssdk:cloudwatchlogs",
    imports:[ "software.amazon.awssdk.services.cloudwatchlogs" ],
    legs:[ "privateData" ],
    reason:"CloudWatch Logs of the account's services",
    example:"import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;" },
  { "package":"software.amazon.awssdk:athena",
    imports:[ "software.amazon.awssdk.services.athena" ],
    legs:[ "privateData" ],
    reason:"Athena queries over the account's data",
    example:"import software.amazon.awssdk.services.athena.AthenaClient;" },
  { "package":"software.amazon.awssdk:ec2",
    imports:[ "software.amazon.awssdk.services.ec2" ],
    legs:[ "privateData" ],
    reason:"EC2: the account's instances and networks",
    example:"import software.amazon.awssdk.services.ec2.Ec2Client;" },
  { "package":"software.amazon.awssdk:bedrockruntime",
    imports:[ "software.amazon.awssdk.services.bedrockruntime" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Amazon Bedrock: prompts leave to the model provider",
    example:"import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;" },
  { "package":"com.azure:azure-messaging-servicebus",
    imports:[ "com.azure.messaging.servicebus" ],
    legs:[ "privateData" ],
    reason:"Azure Service Bus queues: the organisation's messages",
    example:"import com.azure.messaging.servicebus.ServiceBusClientBuilder;" },
  { "package":"com.azure:azure-messaging-eventhubs",
    imports:[ "com.azure.messaging.eventhubs" ],
    legs:[ "privateData" ],
    reason:"Azure Event Hubs streams of the organisation",
    example:"import com.azure.messaging.eventhubs.EventHubClientBuilder;" },
  { "package":"com.azure:azure-data-tables",
    imports:[ "com.azure.data.tables" ],
    legs:[ "privateData" ],
    reason:"Azure Table Storage",
    example:"import com.azure.data.tables.TableClient;" },
  { "package":"com.azure:azure-storage-queue",
    imports:[ "com.azure.storage.queue" ],
    legs:[ "privateData" ],
    reason:"Azure Storage queues",
    example:"import com.azure.storage.queue.QueueClient;" },
  { "package":"com.azure:azure-search-documents",
    imports:[ "com.azure.search.documents" ],
    legs:[ "privateData" ],
    reason:"Azure AI Search: indexed documents",
    example:"import com.azure.search.documents.SearchClient;" },
  { "package":"com.azure:azure-monitor-query",
    imports:[ "com.azure.monitor.query" ],
    legs:[ "privateData" ],
    reason:"Azure Monitor logs and metrics",
    example:"import com.azure.monitor.query.LogsQueryClient;" },
  { "package":"com.azure.resourcemanager:azure-resourcemanager",
    imports:[ "com.azure.resourcemanager" ],
    legs:[ "privateData" ],
    reason:"Azure Resource Manager: the subscription's resources",
    example:"import com.azure.resourcemanager.AzureResourceManager;" },
  { "package":"com.azure:azure-communication-email",
    imports:[ "com.azure.communication.email" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"Azure Communication Services sends mail",
    example:"import com.azure.communication.email.EmailClient;" },
  { "package":"com.azure:azure-ai-inference",
    imports:[ "com.azure.ai.inference" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Azure AI model inference: prompts leave to the provider",
    example:"import com.azure.ai.inference.ChatCompletionsClient;" },
  { "package":"net.snowflake:snowflake-jdbc",
    imports:[ "net.snowflake.client" ],
    legs:[ "privateData" ],
    reason:"Snowflake warehouse tables",
    example:"import net.snowflake.client.jdbc.SnowflakeConnection;" },
  { "package":"com.databricks:databricks-sdk-java",
    imports:[ "com.databricks.sdk" ],
    legs:[ "privateData" ],
    reason:"Databricks workspace: jobs, clusters, tables and files",
    example:"import com.databricks.sdk.WorkspaceClient;" },
  { "package":"com.clickhouse:clickhouse-jdbc",
    imports:[ "com.clickhouse" ],
    legs:[ "privateData" ],
    reason:"ClickHouse tables",
    example:"import com.clickhouse.jdbc.ClickHouseDataSource;" },
  { "package":"org.duckdb:duckdb_jdbc",
    imports:[ "org.duckdb" ],
    legs:[ "privateData" ],
    reason:"DuckDB: local database files and the data files it is pointed at",
    example:"import org.duckdb.DuckDBConnection;" },
  { "package":"com.datastax.oss:java-driver-core",
    imports:[ "com.datastax.oss.driver" ],
    legs:[ "privateData" ],
    reason:"Cassandra driver",
    example:"import com.datastax.oss.driver.api.core.CqlSession;" },
  { "package":"org.neo4j.driver:neo4j-java-driver",
    imports:[ "org.neo4j.driver" ],
    legs:[ "privateData" ],
    reason:"Neo4j graph database driver",
    example:"import org.neo4j.driver.GraphDatabase;" },
  { "package":"org.xerial:sqlite-jdbc",
    imports:[ "org.sqlite" ],
    legs:[ "privateData" ],
    reason:"SQLite database files",
    example:"import org.sqlite.SQLiteDataSource;" },
  { "package":"com.oracle.database.jdbc:ojdbc11",
    imports:[ "oracle.jdbc" ],
    legs:[ "privateData" ],
    reason:"Oracle Database driver",
    example:"import oracle.jdbc.pool.OracleDataSource;" },
  { "package":"org.mariadb.jdbc:mariadb-java-client",
    imports:[ "org.mariadb.jdbc" ],
    legs:[ "privateData" ],
    reason:"MariaDB driver",
    example:"import org.mariadb.jdbc.MariaDbDataSource;" },
  { "package":"com.zaxxer:HikariCP",
    imports:[ "com.zaxxer.hikari" ],
    legs:[ "privateData" ],
    reason:"a connection pool over the application database",
    example:"import com.zaxxer.hikari.HikariDataSource;" },
  { "package":"org.jooq:jooq",
    imports:[ "org.jooq" ],
    legs:[ "privateData" ],
    reason:"SQL over the application database",
    example:"import org.jooq.DSLContext;" },
  { "package":"org.hibernate.orm:hibernate-core",
    imports:[ "org.hibernate.Session",
      "org.hibernate.SessionFactory",
      "org.hibernate.StatelessSession",
      "org.hibernate.query" ],
    legs:[ "privateData" ],
    reason:"ORM over the application database",
    example:"import org.hibernate.Session;" },
  { "package":"org.mybatis:mybatis",
    imports:[ "org.apache.ibatis" ],
    legs:[ "privateData" ],
    reason:"SQL mapper over the application database",
    example:"import org.apache.ibatis.session.SqlSession;" },
  { "package":"org.springframework.data:spring-data-mongodb",
    imports:[ "org.springframework.data.mongodb" ],
    legs:[ "privateData" ],
    reason:"MongoDB through Spring Data",
    example:"import org.springframework.data.mongodb.core.MongoTemplate;" },
  { "package":"org.springframework.data:spring-data-redis",
    imports:[ "org.springframework.data.redis" ],
    legs:[ "privateData" ],
    reason:"Redis through Spring Data",
    example:"import org.springframework.data.redis.core.RedisTemplate;" },
  { "package":"org.redisson:redisson",
    imports:[ "org.redisson" ],
    legs:[ "privateData" ],
    reason:"Redis client",
    example:"import org.redisson.api.RedissonClient;" },
  { "package":"org.opensearch.client:opensearch-java",
    imports:[ "org.opensearch.client" ],
    legs:[ "privateData" ],
    reason:"OpenSearch: indexed documents",
    example:"import org.opensearch.client.opensearch.OpenSearchClient;" },
  { "package":"io.qdrant:client",
    imports:[ "io.qdrant.client" ],
    legs:[ "privateData" ],
    reason:"Qdrant collections of the organisation's documents",
    example:"import io.qdrant.client.QdrantClient;" },
  { "package":"io.pinecone:pinecone-client",
    imports:[ "io.pinecone" ],
    legs:[ "privateData" ],
    reason:"Pinecone vector indexes of the organisation's documents",
    example:"import io.pinecone.clients.Pinecone;" },
  { "package":"io.weaviate:client",
    imports:[ "io.weaviate.client" ],
    legs:[ "privateData" ],
    reason:"Weaviate collections of the organisation's documents",
    example:"import io.weaviate.client.WeaviateClient;" },
  { "package":"io.milvus:milvus-sdk-java",
    imports:[ "io.milvus" ],
    legs:[ "privateData" ],
    reason:"Milvus collections of the organisation's documents",
    example:"import io.milvus.v2.client.MilvusClientV2;" },
  { "package":"org.apache.kafka:kafka-clients",
    imports:[ "org.apache.kafka.clients" ],
    legs:[ "privateData" ],
    reason:"Kafka topics: the organisation's event streams",
    example:"import org.apache.kafka.clients.consumer.KafkaConsumer;" },
  { "package":"org.springframework.kafka:spring-kafka",
    imports:[ "org.springframework.kafka" ],
    legs:[ "privateData" ],
    reason:"Kafka topics through Spring",
    example:"import org.springframework.kafka.core.KafkaTemplate;" },
  { "package":"com.rabbitmq:amqp-client",
    imports:[ "com.rabbitmq.client" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues: the organisation's messages",
    example:"import com.rabbitmq.client.ConnectionFactory;" },
  { "package":"org.springframework.amqp:spring-rabbit",
    imports:[ "org.springframework.amqp" ],
    legs:[ "privateData" ],
    reason:"RabbitMQ queues through Spring",
    example:"import org.springframework.amqp.rabbit.core.RabbitTemplate;" },
  { "package":"io.nats:jnats",
    imports:[ "io.nats.client" ],
    legs:[ "privateData" ],
    reason:"NATS subjects: the organisation's messages",
    example:"import io.nats.client.Nats;" },
  { "package":"com.stripe:stripe-java",
    imports:[ "com.stripe" ],
    legs:[ "privateData" ],
    reason:"Stripe: the account's customers, charges and invoices",
    example:"import com.stripe.Stripe;" },
  { "package":"net.dv8tion:JDA",
    imports:[ "net.dv8tion.jda" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "sendMessage" ],
    kind:"send",
    reason:"Discord: the server's channels and the messages members write; sendMessage posts",
    example:"import net.dv8tion.jda.api.JDA;" },
  { "package":"com.discord4j:discord4j-core",
    imports:[ "discord4j" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "createMessage" ],
    kind:"send",
    content:[ "message",
      "messages",
      "history",
      "thread",
      "reply",
      "replies",
      "attachment",
      "embed",
      "post",
      "forum" ],
    reason:"Discord: the server's channels and the messages members write; createMessage posts",
    example:"import discord4j.core.DiscordClient;" },
  { "package":"com.dropbox.core:dropbox-core-sdk",
    imports:[ "com.dropbox.core" ],
    legs:[ "privateData" ],
    reason:"Dropbox files of the user",
    example:"import com.dropbox.core.v2.DbxClientV2;" },
  { "package":"com.box:box-java-sdk",
    imports:[ "com.box.sdk" ],
    legs:[ "privateData" ],
    reason:"Box files of the organisation",
    example:"import com.box.sdk.BoxAPIConnection;" },
  { "package":"com.cloudbees.thirdparty:zendesk-java-client",
    imports:[ "org.zendesk.client" ],
    legs:[ "privateData",
      "untrustedContent" ],
    content:[ "ticket",
      "comment",
      "request" ],
    reason:"Zendesk tickets and the comments customers write",
    example:"import org.zendesk.client.v2.Zendesk;" },
  { "package":"com.datadoghq:datadog-api-client",
    imports:[ "com.datadog.api.client" ],
    legs:[ "privateData" ],
    reason:"Datadog API: the organisation's metrics, logs, monitors and incidents",
    example:"import com.datadog.api.client.ApiClient;" },
  { "package":"com.offbytwo.jenkins:jenkins-client",
    imports:[ "com.offbytwo.jenkins" ],
    legs:[ "privateData" ],
    reason:"Jenkins jobs, builds and their logs",
    example:"import com.offbytwo.jenkins.JenkinsServer;" },
  { "package":"com.github.docker-java:docker-java",
    imports:[ "com.github.dockerjava" ],
    legs:[ "privateData" ],
    reason:"Docker Engine API: the host's containers, their logs and environment",
    example:"import com.github.dockerjava.api.DockerClient;" },
  { "package":"org.simplejavamail:simple-java-mail",
    imports:[ "org.simplejavamail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"import org.simplejavamail.api.email.Email;" },
  { "package":"org.apache.commons:commons-email",
    imports:[ "org.apache.commons.mail" ],
    legs:[ "externalCommunication" ],
    kind:"send",
    reason:"sends mail over SMTP",
    example:"import org.apache.commons.mail.SimpleEmail;" },
  { "package":"io.github.ollama4j:ollama4j",
    imports:[ "io.github.ollama4j" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Ollama: prompts go to the model server it is pointed at (local by default)",
    example:"import io.github.ollama4j.OllamaAPI;" },
  { "package":"com.theokanning.openai-gpt3-java:service",
    imports:[ "com.theokanning.openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"OpenAI API (community client)",
    example:"import com.theokanning.openai.service.OpenAiService;" },
  { "package":"org.springframework.ai:spring-ai-ollama",
    imports:[ "org.springframework.ai.ollama" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI Ollama chat model",
    example:"import org.springframework.ai.ollama.OllamaChatModel;" },
  { "package":"org.springframework.ai:spring-ai-vertex-ai-gemini",
    imports:[ "org.springframework.ai.vertexai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI Vertex AI Gemini chat model",
    example:"import org.springframework.ai.vertexai.gemini.VertexAiGeminiChatModel;" },
  { "package":"org.springframework.ai:spring-ai-azure-openai",
    imports:[ "org.springframework.ai.azure.openai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI Azure OpenAI chat model",
    example:"import org.springframework.ai.azure.openai.AzureOpenAiChatModel;" },
  { "package":"org.springframework.ai:spring-ai-mistral-ai",
    imports:[ "org.springframework.ai.mistralai" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI Mistral chat model",
    example:"import org.springframework.ai.mistralai.MistralAiChatModel;" },
  { "package":"org.springframework.ai:spring-ai-bedrock-converse",
    imports:[ "org.springframework.ai.bedrock" ],
    legs:[ "externalCommunication" ],
    kind:"llm",
    reason:"Spring AI Bedrock chat model",
    example:"import org.springframework.ai.bedrock.converse.BedrockProxyChatModel;" },
  { "package":"org.htmlunit:htmlunit",
    imports:[ "org.htmlunit",
      "com.gargoylesoftware.htmlunit" ],
    legs:[ "untrustedContent" ],
    kind:"generic-http",
    read:[ "asNormalizedText",
      "asText",
      "asXml",
      "getTextContent",
      "getTitleText",
      "getContentAsString",
      "getVisibleText",
      "executeJavaScript",
      "getAttribute" ],
    send:[ "type",
      "setValueAttribute",
      "setValue",
      "executeJavaScript" ],
    reason:"a headless browser: pages any site serves",
    example:"import org.htmlunit.WebClient;" },
  { "package":"com.rometools:rome",
    imports:[ "com.rometools.rome" ],
    legs:[ "untrustedContent" ],
    reason:"parses fetched feeds: text their authors wrote",
    example:"import com.rometools.rome.io.SyndFeedInput;" },
  { "package":"com.squareup.retrofit2:retrofit",
    imports:[ "retrofit2" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client: where it connects is decided by its base URL",
    example:"import retrofit2.Retrofit;" },
  { "package":"org.asynchttpclient:async-http-client",
    imports:[ "org.asynchttpclient" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import org.asynchttpclient.AsyncHttpClient;" },
  { "package":"com.konghq:unirest-java",
    imports:[ "kong.unirest" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import kong.unirest.Unirest;" },
  { "package":"io.vertx:vertx-web-client",
    imports:[ "io.vertx.ext.web.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"HTTP client",
    example:"import io.vertx.ext.web.client.WebClient;" },
  { "package":"cn.hutool:hutool-http",
    imports:[ "cn.hutool.http" ],
    legs:[  ],
    kind:"generic-http",
    reason:"Hutool's HTTP client (also in hutool-all)",
    example:"import cn.hutool.http.HttpRequest;" },
  { "package":"io.ktor:ktor-client-core",
    imports:[ "io.ktor.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"Ktor's HTTP client",
    example:"import io.ktor.client.HttpClient" },
  { "package":"jakarta.ws.rs:jakarta.ws.rs-api",
    imports:[ "jakarta.ws.rs.client",
      "javax.ws.rs.client" ],
    legs:[  ],
    kind:"generic-http",
    reason:"the JAX-RS client (Jersey, RESTEasy)",
    example:"import jakarta.ws.rs.client.ClientBuilder;" },
  { "package":"org.jenkins-ci.main:jenkins-core",
    imports:[ "hudson.model",
      "jenkins.model" ],
    legs:[ "privateData",
      "untrustedContent" ],
    send:[ "scheduleBuild2",
      "schedule2",
      "setDescription",
      "setDisplayName" ],
    kind:"send",
    content:[ "log",
      "console",
      "changeset",
      "change",
      "test",
      "artifact",
      "description" ],
    reason:"Jenkins core, from inside a plugin: jobs, builds and the logs and changes contributors' code and commits write; a scheduled build runs what others read",
    example:"import hudson.model.Run;" } ];

var data = [ { "package":"gh",
    legs:[ "privateData",
      "untrustedContent" ],
    kind:"send",
    reason:"GitHub CLI: private repositories, and the issues, pull requests and comments others write; creating or commenting publishes to their readers",
    example:"gh issue list --repo owner/name" },
  { "package":"glab",
    legs:[ "privateData",
      "untrustedContent" ],
    kind:"send",
    reason:"GitLab CLI: private projects, and the issues, merge requests and notes others write; creating or commenting publishes to their readers",
    example:"glab issue list --repo group/project" },
  { "package":"kubectl",
    legs:[ "privateData" ],
    reason:"Kubernetes CLI: the cluster's objects and secrets",
    example:"kubectl get pods -n default" },
  { "package":"aws",
    legs:[ "privateData" ],
    reason:"AWS CLI: the account's resources and data",
    example:"aws s3 ls" },
  { "package":"az",
    legs:[ "privateData" ],
    reason:"Azure CLI: the subscription's resources and data",
    example:"az group list" },
  { "package":"gcloud",
    legs:[ "privateData" ],
    reason:"Google Cloud CLI: the project's resources and data",
    example:"gcloud projects list" },
  { "package":"psql",
    legs:[ "privateData" ],
    reason:"PostgreSQL client: the organisation's database",
    example:"psql -c 'select 1'" },
  { "package":"mysql",
    legs:[ "privateData" ],
    reason:"MySQL client: the organisation's database",
    example:"mysql -e 'select 1'" },
  { "package":"sqlite3",
    legs:[ "privateData" ],
    reason:"SQLite client: a database file on the server's disk",
    example:"sqlite3 app.db 'select 1'" },
  { "package":"docker",
    legs:[ "privateData" ],
    reason:"Docker CLI: the host's containers, their logs and environment",
    example:"docker ps" } ];

// The capability catalogue: what a package reaches (private data, untrusted content, an outbound
// channel), by the names code imports it with, per ecosystem. The entries are data
// (catalogue/*.yaml, bundled as modules), validated by a unit test against catalogue-schema.ts; golive.yaml's
// `capabilities:` adds a team's own. It lives with the evidence, not with the checks: it says what
// a package does, not whether that may go live, and the evidence that follows imports to tools needs it.
const LEGS = ['privateData', 'untrustedContent', 'externalCommunication'];
const ECOSYSTEMS = ['npm', 'pypi', 'nuget', 'go', 'maven'];
/**
 * send: data leaves to a third party by the SDK's nature; llm: to a model provider; generic-http: where the URL each
 * call is given points.
 */
const CHANNEL_KINDS = ['send', 'llm', 'generic-http'];
const name = string().min(1).max(200);
/** An entry of golive.yaml's `capabilities:` (a team's own package). */
const customCapabilitySchema = strictObject({
    package: name.describe('The package (npm, PyPI, NuGet, Go module or Maven group:artifact).'),
    ecosystem: _enum(ECOSYSTEMS).describe('npm, pypi, nuget, go or maven.'),
    imports: array(name)
        .min(1)
        .max(20)
        .optional()
        .describe('The names code imports it by; default: the package name.'),
    types: array(name).max(30).optional().describe('For C#: the identifiers that tell a use of it.'),
    legs: array(_enum(LEGS))
        .max(3)
        .describe('What any use of it reaches: privateData, untrustedContent, externalCommunication.'),
    send: array(name).max(30).optional().describe('Methods that send data out.'),
    read: array(name)
        .max(60)
        .optional()
        .describe('Methods that read data back whose names do not say so; with no privateData leg, the only ones that read.'),
    write: array(name).max(60).optional().describe('Methods that only write whose names do not say so.'),
    kind: _enum(CHANNEL_KINDS).optional().describe('send, llm or generic-http.'),
    content: array(name)
        .max(30)
        .optional()
        .describe('The objects whose reads return text others write; a read of another holds private data only.'),
    reason: string().min(1).max(200).describe('Why it has these legs.')
})
    .describe('A package the gate should know the capabilities of.');
const ECOSYSTEM_OF = {
    typescript: 'npm',
    javascript: 'npm',
    python: 'pypi',
    csharp: 'nuget',
    go: 'go',
    java: 'maven',
    kotlin: 'maven'
};
// Not parsed with zod at each start (its schema and parse cost the start time): the unit test validates every entry.
const withIds = (ecosystem, data) => data.map((e) => ({ ...e, ecosystem, id: `${ecosystem}:${e.package}` }));
/** The programs a tool may start whose reach is known, by the name they are started with. */
const PROGRAMS = new Map(data.map((e) => [
    e.package,
    { ...e, ecosystem: 'program', id: `program:${e.package}` }
]));
const BUILT_IN = [
    ...withIds('npm', data$5),
    ...withIds('pypi', data$4),
    ...withIds('nuget', data$3),
    ...withIds('go', data$2),
    ...withIds('maven', data$1)
];
/** The entries by the names code imports them with, per ecosystem; a team's own entries first. */
class Catalogue {
    byImport = new Map();
    /** The entries that name API hosts: a host is looked up among these few, not the whole catalogue. */
    hosted;
    entries;
    constructor(custom = []) {
        this.entries = [...custom.map((c) => ({ ...c, id: `${c.ecosystem}:${c.package}` })), ...BUILT_IN];
        this.hosted = this.entries.filter((e) => e.hosts?.length);
        for (const e of this.entries) {
            let map = this.byImport.get(e.ecosystem);
            if (!map)
                this.byImport.set(e.ecosystem, (map = new Map()));
            for (const key of e.imports ?? [e.package])
                if (!map.has(key))
                    map.set(key, e);
        }
    }
    /**
     * The entry an import names: the longest import name that is the module or a parent of it
     * (`slack_sdk.web` → slack_sdk, `github.com/redis/go-redis/v9` → github.com/redis/go-redis,
     * `Microsoft.Graph.Models` → Microsoft.Graph, `mysql2/promise` → mysql2).
     */
    /** The entry whose API host this is (or a subdomain of). */
    byHost(host) {
        const h = host.toLowerCase();
        for (const e of this.hosted)
            if (e.hosts?.some((x) => (x.startsWith('*.') ? h.endsWith(x.slice(1)) : h === x)))
                return e;
        return undefined;
    }
    lookup(language, module) {
        const map = this.byImport.get(ECOSYSTEM_OF[language]);
        if (!map)
            return undefined;
        const spec = module.startsWith('node:') ? module.slice(5) : module;
        for (let key = spec; key;) {
            const hit = map.get(key);
            if (hit)
                return hit;
            const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('.'));
            if (cut <= 0)
                break;
            key = key.slice(0, cut);
        }
        return undefined;
    }
}
let builtIn;
/** The catalogue with golive.yaml's own entries (one made once for a run without any). */
const catalogueWith = (custom = []) => custom.length ? new Catalogue(custom) : (builtIn ??= new Catalogue());

export { customCapabilitySchema as A, ECOSYSTEM_OF as E, LEGS as L, NEVER as N, PROGRAMS as P, ZodNumber as Z, _coercedNumber as _, array as a, boolean as b, string as c, any as d, literal as e, _isoDateTime as f, ZodISODateTime as g, union as h, optional as i, unknown as j, _enum as k, looseObject as l, custom as m, number as n, object as o, preprocess as p, discriminatedUnion as q, record as r, safeParse$1 as s, intersection as t, url as u, _null as v, toJSONSchema as w, catalogueWith as x, strictObject as y, email as z };
