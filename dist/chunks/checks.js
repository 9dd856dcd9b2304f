import { i as isDocPath, c as credentialKind, h as hostOf, L as LineFinder } from './security.js';
import { o as outsideServer, d as dig, a as attestationFor, i as isTemplated, c as configEvidence, b as escapeRegExp, r as rootCodeownersRule, l as lastRootCodeownersRule, n as noToken, f as argoApplications, g as placementText } from './check.js';
import { a as isTestPath } from './repository.js';
import 'node:path';
import './catalogue.js';
import { i as isWordChar } from './rules.js';
import 'node:zlib';
import 'node:fs';
import { M as MAX_EVIDENCE_PER_FINDING, c as capabilityMatrix, f as factCounts, a as classifyHost } from './capability-matrix.js';
import { s as servedTools, t as toolEntries, c as computedRegistrations, d as descriptionsOf, p as poisonSigns } from './tools.js';
import './glob.js';
import './_commonjsHelpers.js';
import 'process';
import 'buffer';
import 'node:crypto';

/** A count and its noun, plural unless the count is 1: `3 places`, `1 call`. */
const counted = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** Facts grouped by their cause (a kind, a class, a credential), in the order each cause is first seen. */
function byCause(facts, cause) {
    const groups = new Map();
    for (const f of facts) {
        const k = cause(f);
        const g = groups.get(k);
        if (g)
            g.push(f);
        else
            groups.set(k, [f]);
    }
    return [...groups];
}
/** The first names of a list, the rest counted: `a, b, c +2 more`. */
const firstNames = (names, shown) => names.slice(0, shown).join(', ') + (names.length > shown ? ` +${names.length - shown} more` : '');
/** The first places of a list, `file:line:column`, and "+N more" past `shown`. */
function firstPlaces(places, shown = 3) {
    const said = places
        .slice(0, shown)
        .map((p) => `${p.file}:${p.line}:${p.column}`)
        .join(', ');
    return places.length > shown ? `${said} (+${places.length - shown} more)` : said;
}
/** Evidence a finding carries for a cause found in many places: the first ones. */
const MAX_EVIDENCE = 20;
/** The facts found outside test code: what production runs. */
const production = (facts) => facts.filter((f) => !f.isTest);
/** The outcome of an attestation in golive.yaml: `what`, said to be vouched for by its author on its date. */
function attested(att, what, evidence) {
    const attestation = { by: att.by, date: att.date, note: att.note };
    const message = `${what} (attested by ${att.by} on ${att.date}).`;
    return { status: 'attested', message, ...(evidence && { evidence }), attestation };
}
/** An Envoy Gateway SecurityPolicy: the gateway's authentication in front of the server. */
const isEnvoySecurityPolicy = (o) => o.kind === 'SecurityPolicy' && o.apiVersion === 'gateway.envoyproxy.io/v1alpha1';

const handlesPrivateData = (ctx) => ctx.config.tools.some((t) => t.privateData !== 'none');
const OBO_SNIPPET = '```ts\nconst result = await msal.acquireTokenOnBehalfOf({\n  oboAssertion: incomingBearerToken,\n  scopes: ["api://downstream/.default"],\n})\n// call the data source with result.accessToken\n```';
/**
 * The app credentials used for data access, in production code: client-credentials flows, and
 * credentials read from the environment, except a client secret when the repository exchanges
 * tokens for the user (on-behalf-of, authorization code) and has no client-credentials flow.
 */
function appCredentials(ctx) {
    return credentialsByScope(ctx).inside;
}
/**
 * Documentation, examples and test tooling (a folder named for tests, e.g. mcp-test-client/) are not the
 * server, unless every file that uses an MCP SDK is an example: then the examples are the server.
 */
function serverSource(ctx) {
    const mcp = (ctx.repo.source.mcpFiles ?? []).filter((f) => !isTestPath(f));
    const examplesServe = mcp.length > 0 && mcp.every(isDocPath);
    return (h) => (examplesServe || !isDocPath(h.at.file)) && !/(^|\/)[^/]*test[^/]*\//i.test(h.at.file);
}
/** Why a hit's file is code the server never runs (another package, a tooling script), or undefined. */
const outsideOfServer = (ctx, h) => outsideServer(ctx.repo.serverScope, h.at.file, ctx.repo.source.mcpFiles ?? []);
/** User names read beside the server's credentials (`REDIS_USERNAME`), in the server's own code. */
function credentialUsers(ctx) {
    return production(ctx.repo.auth.credentialUsers ?? []).filter((h) => serverSource(ctx)(h) && !outsideOfServer(ctx, h));
}
/**
 * App credentials split by where they are read: in the server (they block), or in code the server
 * never runs (reported apart), each of the latter with the reason.
 */
function credentialsByScope(ctx) {
    const outside = [];
    const inServer = production(ctx.repo.auth.appCredentials)
        .filter(serverSource(ctx))
        .filter((h) => {
        const why = outsideOfServer(ctx, h);
        if (why)
            outside.push({ hit: h, why });
        return !why;
    });
    return { inside: judged(ctx, inServer), outside };
}
function judged(ctx, hits) {
    // A client secret serves the flow beside it: in a file that exchanges the user's token (OBO, code
    // flow) and calls no client-credentials flow it is not an app identity; nor anywhere, when the
    // repository has user flows and no client-credentials flow at all.
    const userFlows = [...production(ctx.repo.auth.obo), ...production(ctx.repo.auth.userFlows ?? [])];
    const appFlowFiles = new Set(hits.filter((h) => !h.credentialKind).map((h) => h.at.file));
    const userFlowFiles = new Set(userFlows.map((h) => h.at.file));
    const userFlowOnly = userFlows.length > 0 && appFlowFiles.size === 0;
    return hits.filter((h) => h.credentialKind !== 'client secret' ||
        !(userFlowOnly || (userFlowFiles.has(h.at.file) && !appFlowFiles.has(h.at.file))));
}

const obo = {
    id: 'auth.obo',
    phase: 'auth',
    level: 'blocking',
    title: 'On-behalf-of exchange',
    reads: ['source'],
    passesWhen: 'the on-behalf-of exchange is used for downstream data access',
    explain: {
        looksFor: 'The on-behalf-of exchange for downstream data access.',
        evidence: [
            'MSAL `acquireTokenOnBehalfOf` / `acquire_token_on_behalf_of` / `AcquireTokenOnBehalfOf`, Azure Identity `OnBehalfOfCredential`, Microsoft.Identity.Web `GetAccessTokenForUserAsync`, the jwt-bearer grant with `requested_token_use=on_behalf_of`'
        ],
        why: 'Data must be fetched as the signed-in user, never as the app.',
        fix: 'Exchange the incoming token with OBO before each downstream call.'
    },
    run(ctx) {
        const hits = production(ctx.repo.auth.obo);
        if (hits.length)
            return [
                {
                    status: 'passed',
                    message: `The on-behalf-of exchange is used (${[...new Set(hits.map((h) => h.what))].join(', ')}).`,
                    evidence: hits.map((h) => h.at)
                }
            ];
        if (!handlesPrivateData(ctx))
            return [
                {
                    status: 'not applicable',
                    message: 'No tool declares private data, so no downstream call needs the user’s identity.'
                }
            ];
        return [
            {
                status: 'failed',
                message: 'Tools declare private data, but no on-behalf-of exchange was found in source (MSAL acquireTokenOnBehalfOf / acquire_token_on_behalf_of / AcquireTokenOnBehalfOf, OnBehalfOfCredential, GetAccessTokenForUserAsync, or the jwt-bearer grant with requested_token_use=on_behalf_of).',
                fix: `Exchange the incoming token for a downstream token on behalf of the user:\n\n${OBO_SNIPPET}`
            }
        ];
    }
};

/** The production environment among the declared ones: the one named prod…, else the last. */
function prodEnvironment(envs) {
    return envs.find((e) => /^prod/i.test(e)) ?? envs[envs.length - 1];
}
const WORKLOAD_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'Job',
    'CronJob',
    'Pod',
    'ReplicationController'
]);
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
/**
 * The folders Argo CD Applications deploy (`spec.source.path`, `spec.sources[].path`): what they include is production
 * whatever its folder.
 */
function argoSourcePaths(ctx) {
    const apps = ctx.repo.kubernetes.filter((o) => o.kind === 'Application' && o.apiVersion.startsWith('argoproj.io/'));
    return apps
        .flatMap((a) => [
        dig(a.data, 'spec', 'source', 'path'),
        ...(dig(a.data, 'spec', 'sources') ?? []).map((x) => dig(x, 'path'))
    ])
        .filter((p) => typeof p === 'string' && p !== '')
        .map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
}
/**
 * An object is non-production when the file (or the kustomization folder, or chart) it comes from is under such a
 * folder, and no Argo CD Application deploys it.
 */
function isNonProduction(o, argoPaths) {
    // A kustomization folder's own name is its environment (overlays/dev), which the prod overlay choice handles: only
    // the folders above it count.
    const where = o.overlay !== undefined && !o.overlay.includes(' (') ? o.overlay : o.file;
    const above = where.slice(0, where.lastIndexOf('/') + 1);
    if (!NON_PRODUCTION_DIR.test(above) && !(o.overlay === undefined && NON_PRODUCTION_FILE.test(o.file)))
        return false;
    return !argoPaths.some((p) => where === p || where.startsWith(`${p}/`));
}
/**
 * The builds production deploys: those named for the prod environment, else every build (a build whose every object
 * failed to render counts too).
 */
function chosenOverlays(ctx) {
    const overlays = [
        ...new Set([...ctx.repo.kubernetes, ...(ctx.repo.deploymentGaps ?? [])].flatMap((o) => o.overlay === undefined ? [] : [o.overlay]))
    ];
    const prod = prodEnvironment(ctx.config.environments);
    // A folder (deploy/overlays/prod) or a values file (chart (values-prod.yaml)) named for prod.
    const prodOverlays = overlays.filter((d) => d.split(/[/\s().\-_]+/).includes(prod));
    return new Set(prodOverlays.length ? prodOverlays : overlays);
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
            refs.push({
                object: o,
                podPath,
                pod,
                list,
                index,
                container: (c ?? {}),
                name,
                at: o.locate([...podPath, list, index, 'name'], `${objectLabel(o)}, ${list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container'} ${name}`)
            });
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
            out.push({
                name: String(name ?? ''),
                value,
                nameAt: ref.object.locate([...base, 'name'], label),
                valueAt: ref.object.locate([...base, 'value'], label)
            });
        });
    }
    return out;
}

const tokenValidation = {
    id: 'auth.token-validation',
    phase: 'auth',
    level: 'blocking',
    title: 'Token validation',
    reads: ['source', 'manifest'],
    passesWhen: 'incoming bearer tokens are validated (issuer, audience, signature)',
    explain: {
        looksFor: 'Validation of incoming bearer tokens.',
        evidence: [
            '`requireBearerAuth`, `TokenVerifier`/`AuthSettings`, FastMCP `JWTVerifier`/`AzureProvider`, `AddJwtBearer`/`AddMicrosoftIdentityWebApi`, Go `auth.RequireBearerToken`, jose `jwtVerify`, or the gateway’s JWT SecurityPolicy',
            'development-only verifiers (`StaticTokenVerifier`, decode without verification) fail'
        ],
        why: 'An unvalidated token is no authentication.',
        fix: 'Validate issuer, audience and signature against the tenant’s keys.'
    },
    run(ctx) {
        const dev = production(ctx.repo.auth.devVerifiers);
        const hits = production(ctx.repo.auth.tokenValidation);
        const gateway = deployedObjects(ctx).filter((o) => isEnvoySecurityPolicy(o) &&
            o.data.spec?.jwt?.providers?.length &&
            o.data.spec?.jwt?.optional !== true);
        // One finding per verifier, with every place it is used.
        const outcomes = byCause(dev, (d) => d.what).map(([what, ds]) => ({
            status: 'failed',
            message: `${what} accepts tokens it does not validate${ds.length > 1 ? ` (${counted(ds.length, 'place')}: ${firstPlaces(ds.map((d) => d.at))})` : ''}.`,
            evidence: ds.slice(0, MAX_EVIDENCE).map((d) => d.at),
            fix: 'Validate issuer, audience and signature against the identity provider’s keys (e.g. `requireBearerAuth` with a JWKS verifier, FastMCP `JWTVerifier`, ASP.NET `AddMicrosoftIdentityWebApi`).'
        }));
        if (hits.length || gateway.length) {
            outcomes.push({
                status: 'passed',
                message: `Incoming bearer tokens are validated: ${[...new Set(hits.map((h) => h.what)), ...gateway.map((g) => `gateway SecurityPolicy ${g.name}`)].join(', ')}.`,
                evidence: [
                    ...hits.map((h) => h.at),
                    ...gateway.map((g) => g.locate(['spec', 'jwt'], `SecurityPolicy ${g.name}`))
                ]
            });
        }
        else {
            outcomes.push({
                status: 'failed',
                message: 'No validation of incoming bearer tokens found, in the server or at the gateway.',
                fix: '```ts\napp.post("/mcp", requireBearerAuth({ verifier }), handler)\n```\n\nwith a verifier that checks issuer, audience and signature (e.g. jose `jwtVerify` against the tenant’s JWKS).'
            });
        }
        return outcomes;
    }
};

const identityScoping = {
    id: 'auth.identity-scoping',
    phase: 'auth',
    level: 'blocking',
    title: 'Identity scoping',
    reads: ['source'],
    passesWhen: 'tool handlers pass the user’s OBO token downstream, not a shared identity',
    explain: {
        looksFor: 'That handlers pass the user’s OBO token downstream.',
        evidence: ['an OBO call plus a per-request `Authorization: Bearer` built from a variable', 'or an attestation'],
        why: 'A shared identity shows every user everyone’s data.',
        fix: 'Pass the OBO token to every data call; attest it where the code cannot show it.'
    },
    run(ctx) {
        if (!handlesPrivateData(ctx))
            return [{ status: 'not applicable', message: 'No tool declares private data.' }];
        const app = appCredentials(ctx);
        if (app.length)
            return [
                {
                    status: 'failed',
                    message: 'Data access uses a shared app identity somewhere, so results are not scoped to the signed-in user.',
                    evidence: app.map((h) => h.at),
                    fix: `Pass the user’s OBO token to every downstream call:\n\n${OBO_SNIPPET}`
                }
            ];
        const oboHits = production(ctx.repo.auth.obo);
        const forwarding = ctx.repo.auth.bearerForwarding.sample((h) => !h.isTest, MAX_EVIDENCE_PER_FINDING);
        if (oboHits.length && forwarding.total)
            return [
                {
                    status: 'passed',
                    message: 'Tool handlers exchange the user’s token (OBO) and send a per-request bearer token downstream.',
                    evidence: [...oboHits.map((h) => h.at), ...forwarding.rows.map((h) => h.at)],
                    omittedEvidence: forwarding.total - forwarding.rows.length
                }
            ];
        const att = attestationFor(ctx, 'auth.identity-scoping');
        if (att)
            return [attested(att, 'Data access is scoped to the signed-in user')];
        return [
            {
                status: 'not verified',
                message: 'The source does not show the OBO token being passed downstream.',
                reason: 'identity scoping could not be seen in code; a reviewer can attest it',
                evidence: oboHits.map((h) => h.at),
                fix: `Attest it in golive.yaml after review:\n\n\`\`\`yaml\nattestations:\n  - check: auth.identity-scoping\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: every handler calls the data source with the OBO token\n\`\`\``
            }
        ];
    }
};

/** Places of one cause, the first ones named and the rest counted. */
function placesText$1(hits, shown = 3) {
    const named = hits
        .slice(0, shown)
        .map((h) => `${h.at.file}:${h.at.line}`)
        .join(', ');
    return hits.length > shown ? `${named} +${hits.length - shown} more` : named;
}
/** Env vars in manifests that carry a client secret or an API key. */
function secretEnv(ctx) {
    const userFlowOnly = !production(ctx.repo.auth.appCredentials).some((h) => !h.credentialKind) &&
        (production(ctx.repo.auth.obo).length > 0 || production(ctx.repo.auth.userFlows ?? []).length > 0);
    return containerEnv(ctx).filter((e) => {
        const kind = credentialKind(e.name.toUpperCase());
        return kind === 'static' || (kind === 'client secret' && !userFlowOnly);
    });
}
function groupByCredential(hits) {
    const groups = new Map();
    for (const h of hits) {
        const key = h.credential ?? h.what;
        groups.set(key, [...(groups.get(key) ?? []), h]);
    }
    return groups;
}
/** Credentials read only by code the server never runs (tooling, other packages): one warning each, never blocking. */
function outsideFindings(outside) {
    const why = new Map(outside.map((o) => [o.hit, o.why]));
    return [...groupByCredential(outside.map((o) => o.hit))].map(([name, group]) => ({
        status: 'warning',
        nonProduction: true,
        message: `${name}, read in ${group.length} place${group.length === 1 ? '' : 's'} outside the server (${placesText$1(group)}): reported apart, not blocking — ${why.get(group[0])}.`,
        evidence: group.map((h) => h.at)
    }));
}
const noAppCredentials = {
    id: 'auth.no-app-credentials',
    phase: 'auth',
    level: 'critical',
    title: 'No app credentials',
    reads: ['source', 'manifest'],
    passesWhen: 'no API keys or service principals are used for data access',
    explain: {
        looksFor: 'App-only credentials and API keys for data access.',
        evidence: [
            '`ClientSecretCredential`, `ClientCertificateCredential`, `acquire_token_for_client`, `acquireTokenByClientCredential`, `AcquireTokenForClient`, `GetAccessTokenForAppAsync`, `grant_type=client_credentials`, `x-api-key`, API key or client secret env vars in code and manifests'
        ],
        why: 'API keys and service principals bypass the user’s permissions — a red flag that stops go-live.',
        fix: 'Replace them with OBO; authenticate the app itself with workload identity federation.'
    },
    run(ctx) {
        const { inside: hits, outside } = credentialsByScope(ctx);
        const env = secretEnv(ctx);
        const apart = outsideFindings(outside);
        if (!hits.length && !env.length)
            return [
                {
                    status: 'passed',
                    message: 'No app-only credentials, service principal secrets or API keys for data access in source or manifests.'
                },
                ...apart
            ];
        // One finding per credential (its name, or the client-credentials call), every place it is read as evidence.
        const groups = groupByCredential(hits);
        // A user name read beside a password or token of the same prefix is half of that credential: one cause.
        const users = new Map();
        for (const u of credentialUsers(ctx)) {
            const prefix = u.credential.replace(/_(?:USER(?:_?NAME)?|LOGIN)$/, '_');
            const keys = [...groups.keys()].filter((k) => k.startsWith(prefix) && groups.get(k)[0].credential);
            const key = keys.find((k) => /PASSWORD|PASSWD|PWD/.test(k)) ??
                keys.find((k) => groups.get(k)[0].credentialKind === 'static') ??
                keys[0];
            if (!key)
                continue;
            groups.get(key).push(u);
            users.set(key, [...new Set([...(users.get(key) ?? []), u.credential])]);
        }
        const outcomes = [...groups].map(([name, group]) => ({
            status: 'failed',
            message: `${group[0].credential ? `${name} (${group[0].credentialKind === 'client secret' ? 'a client secret outside any user flow' : 'a static key or token for a data source'}${users.has(name) ? `, with the user name ${users.get(name).join(', ')}` : ''})` : name}, read in ${counted(group.length, 'place')}: ${placesText$1(group)} — data access must use the user’s identity (OBO), not the app’s.`,
            evidence: group.map((h) => h.at),
            fix: `Replace it with the on-behalf-of exchange:\n\n${OBO_SNIPPET}`
        }));
        outcomes.push(...apart);
        // Each name once, the first five named and the rest counted.
        const unique = [...new Set(env.map((e) => e.name))];
        const names = firstNames(unique, 5);
        if (env.length)
            outcomes.push({
                status: 'failed',
                message: `The deployment hands the server a client secret or API key (${names}).`,
                evidence: env.map((e) => e.nameAt),
                fix: `Remove the secret from the deployment; let the pod prove who it is with workload identity federation, and reach data with OBO tokens:\n\n\`\`\`yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${ctx.config.server.name}\n  annotations:\n    azure.workload.identity/client-id: <app client id>\n---\n# the Deployment's pod template\nmetadata:\n  labels:\n    azure.workload.identity/use: "true"\nspec:\n  serviceAccountName: ${ctx.config.server.name}\n  containers:\n    - name: server\n      env: []   # no ${names}\n\`\`\``
            });
        return outcomes;
    }
};

const AUTH_CHECKS = [obo, tokenValidation, identityScoping, noAppCredentials];

/**
 * What the deployed builds did not follow or render (kustomize components, remote bases, Helm templates past a bound).
 */
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
        ...check,
        run(ctx) {
            const outcomes = check.run(ctx);
            const gaps = deploymentGaps(ctx);
            if (!gaps.length)
                return outcomes;
            const said = gaps
                .slice(0, 3)
                .map((g) => `${g.file}: ${g.message}`)
                .join('; ');
            const more = gaps.length > 3 ? ` (+${gaps.length - 3} more)` : '';
            // A check that fails anyway still says what it could not read, once.
            if (!outcomes.some((o) => o.status === 'passed'))
                return outcomes.map((o, i) => i ? o : { ...o, message: `${o.message} (The deployment was not wholly read: ${said}${more}.)` });
            return outcomes.map((o) => o.status !== 'passed'
                ? o
                : {
                    ...o,
                    status: 'not verified',
                    message: `${o.message} But the deployment was not wholly read, so what it did not follow could change this: ${said}${more}.`,
                    reason: `not followed: ${said}${more}`,
                    evidence: [
                        ...gaps.slice(0, 5).map((g) => ({ file: g.file, line: 1, column: 1, note: g.message })),
                        ...(o.evidence ?? [])
                    ],
                    fix: 'Keep every base, component and patch of the production build in this repository, in forms the gate reads (see README, Kubernetes), or render the chart and commit the output the gate can read.'
                });
        }
    };
}
const CONTAINER_LISTS = new Set(['initContainers', 'containers', 'ephemeralContainers']);
/**
 * The unresolved Helm actions that could have written a container's settings: those inside the
 * container, and (`podLevel`) those in the pod spec outside every container (a pod securityContext
 * is inherited).
 */
function holesFor(ref, podLevel, under) {
    const o = ref.object;
    if (!o.templated?.length || !o.templateLines)
        return [];
    const within = (r, line) => !!r && line >= r[0] && line <= r[1];
    const containerPath = [...ref.podPath, ref.list, ref.index];
    const container = o.templateLines(containerPath);
    const pod = o.templateLines(ref.podPath);
    const lists = ['initContainers', 'containers', 'ephemeralContainers'].map((l) => o.templateLines([...ref.podPath, l]));
    // With `under`: a hole inside another key's value (`env:`, `resources:`, `volumes:`) cannot write that key.
    const otherKeys = (path, value) => under === undefined
        ? []
        : Object.keys(value)
            .filter((k) => k !== under && !CONTAINER_LISTS.has(k))
            .map((k) => o.templateLines([...path, k]));
    const elsewhere = [...otherKeys(containerPath, ref.container), ...otherKeys(ref.podPath, ref.pod)];
    return o.templated.filter((h) => !elsewhere.some((r) => within(r, h.line)) &&
        (within(container, h.line) || (podLevel && within(pod, h.line) && !lists.some((r) => within(r, h.line)))));
}
/**
 * A container the gate cannot judge because a Helm template left values unresolved that could set `what`: the template
 * lines say where.
 */
function unresolvedByTemplate(ref, holes, what) {
    return {
        status: 'not verified',
        message: `${ref.at.note}: cannot tell whether it ${what}, because the template leaves values unresolved.`,
        reason: `templated: ${holes
            .slice(0, 3)
            .map((t) => `${t.file}:${t.line}`)
            .join(', ')}`,
        evidence: [ref.at, ...holes.slice(0, 5)]
    };
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
            out.push({
                route,
                gateway: String(dig(r, 'name') ?? ''),
                namespace,
                at: route.locate(['spec', 'parentRefs', i, 'name'], `HTTPRoute ${route.name} → Gateway ${namespace ?? '(route namespace)'}/${dig(r, 'name')}`)
            });
        });
    }
    return out;
}

const parentRefSnippet = (name, namespace) => `\`\`\`yaml\nspec:\n  parentRefs:\n    - name: ${name}\n      namespace: ${namespace}\n\`\`\``;
const gatewayRoute = {
    id: 'infra.gateway-route',
    phase: 'infra',
    level: 'blocking',
    title: 'Gateway route',
    reads: ['manifest'],
    passesWhen: 'an HTTPRoute attaches to the right Gateway in envoy-gateway-system',
    explain: {
        looksFor: 'An HTTPRoute attached to the right Gateway.',
        evidence: [
            'HTTPRoute parentRefs: namespace (default: the route’s own) `envoy-gateway-system`, name internal (public only with `exposure: public` and a reason)'
        ],
        why: 'Traffic must pass the gateway that authenticates and logs it.',
        fix: 'Attach the route to `internal` in `envoy-gateway-system`.'
    },
    run(ctx) {
        const gw = ctx.config.gateway;
        const wanted = ctx.config.server.exposure === 'public' ? gw.public : gw.internal;
        const routeSnippet = `\`\`\`yaml\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${ctx.config.server.name}\nspec:\n  parentRefs:\n    - name: ${wanted}\n      namespace: ${gw.namespace}\n  rules:\n    - backendRefs:\n        - name: ${ctx.config.server.name}\n          port: 8080\n\`\`\``;
        const att = attachments(ctx);
        if (!deployedObjects(ctx).some(isRoute)) {
            // A chart's route template switched off by the values: said as such, not as a missing route.
            const off = (ctx.repo.disabledTemplates ?? []).filter((d) => d.kinds.includes('HTTPRoute') && chosenOverlays(ctx).has(d.overlay));
            if (off.length)
                return [
                    {
                        status: 'failed',
                        message: `${off.map((d) => `${d.file} is disabled by \`${d.condition.replace(/^\$?\.Values\./, '')}\` (false in ${d.overlay})`).join('; ')}: no HTTPRoute is deployed, so the server is not exposed through Envoy Gateway.`,
                        evidence: off.map((d) => ({ file: d.file, line: 1, column: 1, note: `disabled by ${d.condition}` })),
                        fix: `Enable it in the production values (e.g. \`${off[0].condition.replace(/^\$?\.Values\./, '')}: true\`), attached to the ${wanted} Gateway.`
                    }
                ];
            return [
                {
                    status: 'failed',
                    message: 'No HTTPRoute (gateway.networking.k8s.io) in the repository: the server is not exposed through Envoy Gateway.',
                    fix: `Add an HTTPRoute attached to the ${wanted} Gateway:\n\n${routeSnippet}`
                }
            ];
        }
        const outcomes = [];
        const inNs = att.filter((a) => a.namespace === gw.namespace);
        const right = inNs.filter((a) => a.gateway === wanted);
        const wrongExposure = inNs.filter((a) => a.gateway === gw.public && ctx.config.server.exposure !== 'public');
        for (const a of wrongExposure)
            outcomes.push({
                status: 'failed',
                message: `HTTPRoute ${a.route.name} attaches to the public Gateway ${gw.namespace}/${gw.public}, but golive.yaml declares exposure: internal.`,
                evidence: [a.at],
                fix: `Attach it to the internal Gateway, or declare \`exposure: public\` with an \`exposureReason\` in golive.yaml:\n\n${parentRefSnippet(gw.internal, gw.namespace)}`
            });
        for (const a of att.filter((x) => x.namespace !== gw.namespace))
            outcomes.push({
                status: 'failed',
                message: `HTTPRoute ${a.route.name} attaches to a Gateway outside ${gw.namespace} (${a.namespace ?? 'its own namespace'}/${a.gateway}).`,
                evidence: [a.at],
                fix: `Point the parentRef at the Gateway in ${gw.namespace}:\n\n${parentRefSnippet(a.gateway, gw.namespace)}`
            });
        if (!right.length && !outcomes.length)
            outcomes.push({
                status: 'failed',
                message: `No HTTPRoute attaches to the ${wanted} Gateway in ${gw.namespace}.`,
                evidence: att.map((a) => a.at),
                fix: routeSnippet
            });
        if (right.length && !outcomes.length)
            outcomes.push({
                status: 'passed',
                message: `HTTPRoute ${right.map((a) => a.route.name).join(', ')} attaches to ${gw.namespace}/${wanted}.`,
                evidence: right.map((a) => a.at)
            });
        return outcomes;
    }
};

const securityPolicy = {
    id: 'infra.security-policy',
    phase: 'infra',
    level: 'blocking',
    title: 'Gateway security policy',
    reads: ['manifest'],
    passesWhen: 'a SecurityPolicy with JWT or OIDC targets the route or its gateway',
    explain: {
        looksFor: 'An Envoy Gateway SecurityPolicy on the route or gateway.',
        evidence: [
            '`gateway.envoyproxy.io/v1alpha1` SecurityPolicy targeting the route or its gateway, with `jwt.providers` (issuer, audiences, JWKS) or `oidc`; not `optional`, not `failOpen`'
        ],
        why: 'Requests without a valid token must not reach the server.',
        fix: 'Add the SecurityPolicy shown in the fix, with audiences.'
    },
    run(ctx) {
        const att = attachments(ctx);
        const routeNames = new Set(att.map((a) => a.route.name));
        const gatewayNames = new Set(att.map((a) => a.gateway));
        const policies = deployedObjects(ctx).filter(isEnvoySecurityPolicy);
        const snippet = `\`\`\`yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: SecurityPolicy\nmetadata:\n  name: ${ctx.config.server.name}-jwt\nspec:\n  targetRefs:\n    - group: gateway.networking.k8s.io\n      kind: HTTPRoute\n      name: ${[...routeNames][0] ?? ctx.config.server.name}\n  jwt:\n    providers:\n      - name: entra\n        issuer: https://login.microsoftonline.com/<tenant-id>/v2.0\n        audiences: [api://${ctx.config.server.name}]\n        remoteJWKS:\n          uri: https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys\n\`\`\``;
        const targeting = policies.filter((p) => {
            const refs = [
                ...(dig(p.data, 'spec', 'targetRefs') ?? []),
                ...(dig(p.data, 'spec', 'targetRef') ? [dig(p.data, 'spec', 'targetRef')] : [])
            ];
            return refs.some((r) => (dig(r, 'kind') === 'HTTPRoute' && routeNames.has(String(dig(r, 'name')))) ||
                (dig(r, 'kind') === 'Gateway' && gatewayNames.has(String(dig(r, 'name')))));
        });
        if (!targeting.length) {
            return [
                {
                    status: 'failed',
                    message: policies.length
                        ? `${counted(policies.length, 'SecurityPolicy object')} found, none targeting the route (${[...routeNames].join(', ') || 'none'}) or its gateway.`
                        : 'No Envoy Gateway SecurityPolicy (gateway.envoyproxy.io/v1alpha1) in the repository.',
                    evidence: policies.map((p) => p.locate(['spec'], `SecurityPolicy ${p.name}`)),
                    fix: snippet
                }
            ];
        }
        const outcomes = [];
        for (const p of targeting) {
            const providers = dig(p.data, 'spec', 'jwt', 'providers');
            const oidc = dig(p.data, 'spec', 'oidc');
            const problems = [];
            if (!(Array.isArray(providers) && providers.length) && !oidc)
                problems.push({
                    what: 'has neither jwt.providers nor oidc',
                    at: p.locate(['spec'], `SecurityPolicy ${p.name}`)
                });
            if (dig(p.data, 'spec', 'jwt', 'optional') === true)
                problems.push({
                    what: 'jwt.optional: true lets requests without a token through',
                    at: p.locate(['spec', 'jwt', 'optional'])
                });
            if (dig(p.data, 'spec', 'extAuth', 'failOpen') === true)
                problems.push({
                    what: 'extAuth.failOpen: true lets requests through when the authoriser fails',
                    at: p.locate(['spec', 'extAuth', 'failOpen'])
                });
            if (Array.isArray(providers))
                providers.forEach((pr, i) => {
                    if (!Array.isArray(dig(pr, 'audiences')) || !dig(pr, 'audiences').length)
                        problems.push({
                            what: `provider ${dig(pr, 'name') ?? i} has no audiences, so tokens for any audience pass`,
                            at: p.locate(['spec', 'jwt', 'providers', i])
                        });
                });
            if (problems.length)
                outcomes.push({
                    status: 'failed',
                    message: `SecurityPolicy ${p.name}: ${problems.map((x) => x.what).join('; ')}.`,
                    evidence: problems.map((x) => x.at),
                    fix: snippet
                });
            else
                outcomes.push({
                    status: 'passed',
                    message: `SecurityPolicy ${p.name} requires ${oidc ? 'an OIDC login' : 'a valid JWT'} on ${[...routeNames].join(', ')}.`,
                    evidence: [p.locate(['spec', oidc ? 'oidc' : 'jwt'], `SecurityPolicy ${p.name}`)]
                });
        }
        return outcomes;
    }
};

const ALLOWED_VOLUMES = new Set([
    'configMap',
    'csi',
    'downwardAPI',
    'emptyDir',
    'ephemeral',
    'persistentVolumeClaim',
    'projected',
    'secret'
]);
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
/** Sysctls Pod Security Standards call safe (policy version 1.37). */
const SAFE_SYSCTLS = new Set([
    'kernel.shm_rmid_forced',
    'net.ipv4.ip_local_port_range',
    'net.ipv4.tcp_syncookies',
    'net.ipv4.ping_group_range',
    'net.ipv4.ip_unprivileged_port_start',
    'net.ipv4.ip_local_reserved_ports',
    'net.ipv4.tcp_keepalive_time',
    'net.ipv4.tcp_fin_timeout',
    'net.ipv4.tcp_keepalive_intvl',
    'net.ipv4.tcp_keepalive_probes',
    'net.ipv4.tcp_rmem',
    'net.ipv4.tcp_wmem',
    'net.ipv4.tcp_slow_start_after_idle',
    'net.ipv4.tcp_notsent_lowat'
]);
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';
/** Settings both a pod and a container security context may carry (AppArmor, SELinux, Windows HostProcess). */
function sharedContextViolations(sc) {
    const out = [];
    const apparmor = dig(sc, 'appArmorProfile', 'type');
    if (apparmor !== undefined && !isTemplated(apparmor) && !APPARMOR_TYPES.has(String(apparmor)))
        out.push({
            what: `AppArmor profile ${apparmor}`,
            path: ['appArmorProfile', 'type'],
            fix: 'securityContext:\n  appArmorProfile:\n    type: RuntimeDefault'
        });
    const selinux = (sc.seLinuxOptions ?? {});
    const selinuxFix = 'securityContext:\n  seLinuxOptions:          # no user, no role\n    type: container_t';
    if (selinux.type !== undefined && !isTemplated(selinux.type) && !SELINUX_TYPES.has(String(selinux.type)))
        out.push({ what: `seLinuxOptions.type ${selinux.type}`, path: ['seLinuxOptions', 'type'], fix: selinuxFix });
    for (const k of ['user', 'role'])
        if (selinux[k] !== undefined && selinux[k] !== '' && !isTemplated(selinux[k]))
            out.push({ what: `seLinuxOptions.${k} is set`, path: ['seLinuxOptions', k], fix: selinuxFix });
    if (dig(sc, 'windowsOptions', 'hostProcess') === true)
        out.push({
            what: 'windowsOptions.hostProcess: true',
            path: ['windowsOptions', 'hostProcess'],
            fix: 'securityContext:\n  windowsOptions:\n    hostProcess: false'
        });
    return out;
}
/** A YAML block nested under the given keys (a workload's pod spec path), fenced for a fix text. */
function yamlUnder(keys, body) {
    const head = keys.map((k, i) => `${'  '.repeat(i)}${k}:`);
    const indent = '  '.repeat(keys.length);
    return ['```yaml', ...head, ...body.split('\n').map((l) => indent + l), '```'].join('\n');
}
/** Probe and lifecycle handlers may not aim at another host (Pod Security Standards 1.34+). */
const HANDLERS = [
    ['livenessProbe'],
    ['readinessProbe'],
    ['startupProbe'],
    ['lifecycle', 'postStart'],
    ['lifecycle', 'preStop']
];
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
    const here = (sub, what, unset = false, podLevel = false) => out.push({
        what,
        at: o.locate([...cPath, ...sub], `${ref.at.note}: ${what}`),
        ...(unset ? { unset } : {}),
        ...(podLevel ? { podLevel } : {})
    });
    if (!userNamespaced(pod)) {
        const runAsNonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot;
        if (runAsNonRoot !== true)
            here(['securityContext', 'runAsNonRoot'], 'runAsNonRoot is not true (container or pod)', unsetOr(runAsNonRoot), true);
        // A pod-level 0 is reported once for the pod (podViolations), whatever the containers say.
        if (csc.runAsUser === 0)
            here(['securityContext', 'runAsUser'], 'runAsUser is 0 (root)');
    }
    if (!isWindows(pod)) {
        if (csc.allowPrivilegeEscalation !== false)
            here(['securityContext', 'allowPrivilegeEscalation'], 'allowPrivilegeEscalation is not false', unsetOr(csc.allowPrivilegeEscalation));
        const drop = dig(csc, 'capabilities', 'drop');
        if (!Array.isArray(drop) ||
            !drop
                .map(String)
                .map((s) => s.toUpperCase())
                .includes('ALL'))
            here(['securityContext', 'capabilities', 'drop'], 'capabilities do not drop ALL', unsetOr(drop));
        const seccomp = (dig(csc, 'seccompProfile', 'type') ?? dig(psc, 'seccompProfile', 'type'));
        if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
            here(['securityContext', 'seccompProfile', 'type'], `seccompProfile is ${unsetOr(seccomp) ? 'unset' : seccomp} (needs RuntimeDefault or Localhost)`, unsetOr(seccomp), true);
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
        ports.forEach((p, i) => {
            if (dig(p, 'hostPort'))
                here(['ports', i, 'hostPort'], `hostPort ${dig(p, 'hostPort')}`);
        });
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
/**
 * Workloads under non-production folders with what `problems` finds in each: warnings that never block, one per
 * workload.
 */
function nonProductionFindings(ctx, problems) {
    return nonProductionObjects(ctx)
        .filter((o) => WORKLOAD_KINDS.has(o.kind))
        .flatMap((o) => {
        const found = problems(o);
        return found.length
            ? [
                {
                    status: 'warning',
                    nonProduction: true,
                    message: `${objectLabel(o)} in ${o.file} (a non-production folder, reported apart, never blocking): ${found.slice(0, 5).join('; ')}${found.length > 5 ? ` (+${found.length - 5} more)` : ''}.`,
                    evidence: [o.locate([], objectLabel(o))]
                }
            ]
            : [];
    });
}
const podSecurity = {
    id: 'infra.pod-security',
    phase: 'infra',
    level: 'blocking',
    title: 'Pod Security Standards',
    reads: ['manifest'],
    passesWhen: 'every workload meets Pod Security Standards “restricted”',
    explain: {
        looksFor: 'Pod Security Standards “restricted” for every workload.',
        evidence: [
            'Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods: runAsNonRoot, runAsUser ≠ 0, allowPrivilegeEscalation false, drop ALL (add only NET_BIND_SERVICE), seccomp RuntimeDefault/Localhost, no host namespaces, privileged, hostPath or other non-restricted volumes, host ports, unsafe sysctls, custom SELinux options, Unconfined AppArmor, non-default procMount, Windows HostProcess, probes aimed at other hosts — pod-level settings inherited, init and ephemeral containers included; Windows pods and user-namespaced pods (`hostUsers: false`) exempt where the standard exempts them. Tested on the standard’s own pass/fail cases (policy 1.37)'
        ],
        why: 'A compromised server must not become a compromised node.',
        fix: 'Set the restricted securityContext at pod and container level.'
    },
    run(ctx) {
        const ws = workloads(ctx);
        if (!ws.length)
            return [noWorkloads('infra.pod-security', ctx)];
        const outcomes = [];
        for (const o of ws) {
            for (const v of podViolations(o))
                outcomes.push({
                    status: 'failed',
                    message: `${o.kind} ${o.name} breaks Pod Security Standards “restricted”: ${v.what}.`,
                    evidence: [v.at],
                    fix: v.fix
                });
            for (const ref of containersOf(o)) {
                const vs = restrictedViolations(ref);
                // A Helm template that left values unresolved may set what is missing: only the controls an unresolved
                // action could write (in the container's security context, or the pod's for what it inherits) are not
                // verified; the others fail.
                const inContainer = holesFor(ref, false, 'securityContext');
                const inPod = holesFor(ref, true, 'securityContext');
                const couldSet = (v) => v.unset && (inContainer.length > 0 || (v.podLevel && inPod.length > 0));
                const open = vs.filter(couldSet);
                const settled = vs.filter((v) => !couldSet(v));
                const holes = open.some((v) => v.podLevel) ? inPod : inContainer;
                const unresolved = open.length
                    ? ` Not verified, as unresolved template values could set them (${holes
                        .slice(0, 3)
                        .map((h) => `${h.file}:${h.line}`)
                        .join(', ')}): ${open.map((v) => v.what).join('; ')}.`
                    : '';
                if (!settled.length && open.length) {
                    outcomes.push({
                        ...unresolvedByTemplate(ref, holes, `meets Pod Security Standards “restricted” (${open.map((v) => v.what).join('; ')})`),
                        fix: `Set the security context literally in the template or through values the template reads with \`toYaml .Values.…\`:\n\n${RESTRICTED_SNIPPET}`
                    });
                    continue;
                }
                if (settled.length)
                    outcomes.push({
                        status: 'failed',
                        message: `${ref.at.note} breaks Pod Security Standards “restricted”: ${settled.map((v) => v.what).join('; ')}.${unresolved}`,
                        evidence: [ref.at, ...settled.map((v) => v.at)],
                        fix: `Set the restricted security context (pod level is inherited by every container, init containers included):\n\n${RESTRICTED_SNIPPET}`
                    });
            }
        }
        outcomes.push(...nonProductionFindings(ctx, (o) => [
            ...podViolations(o).map((v) => v.what),
            ...containersOf(o).flatMap((r) => restrictedViolations(r)
                .filter((v) => !v.unset)
                .map((v) => `${r.name}: ${v.what}`))
        ]));
        if (!outcomes.some((o) => !o.nonProduction)) {
            const all = ws.flatMap(containersOf);
            outcomes.push({
                status: 'passed',
                message: `${counted(all.length, 'container')} in ${counted(ws.length, 'workload')} meet${all.length === 1 ? 's' : ''} Pod Security Standards “restricted”.`,
                evidence: all.map((r) => r.at)
            });
        }
        return outcomes;
    }
};

const hardening = {
    id: 'infra.hardening',
    phase: 'infra',
    level: 'advisory',
    title: 'Container hardening',
    reads: ['manifest'],
    passesWhen: 'readOnlyRootFilesystem and CPU/memory limits on every container',
    explain: {
        looksFor: 'Read-only root filesystem and resource limits.',
        evidence: ['`readOnlyRootFilesystem: true`, `resources.limits.cpu` and `.memory` per container'],
        why: 'Limits contain a runaway or abused server.',
        fix: 'Add them to every container.'
    },
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
            // Only unresolved actions that could write a missing setting leave it not verified; the others fail.
            const holesOf = (m) => holesFor(ref, false, m.startsWith('readOnly') ? 'securityContext' : 'resources');
            const open = missing.filter((m) => holesOf(m).length);
            const settled = missing.filter((m) => !open.includes(m));
            if (open.length && !settled.length)
                outcomes.push(unresolvedByTemplate(ref, [...new Set(open.flatMap(holesOf))], `has ${open.join(', ')}`));
            else if (settled.length)
                outcomes.push({
                    status: 'failed',
                    message: `${ref.at.note} lacks ${settled.join(', ')}.${open.length ? ` (Not verified, unresolved template values could set them: ${open.join(', ')}.)` : ''}`,
                    evidence: [ref.at],
                    fix: '```yaml\nsecurityContext:\n  readOnlyRootFilesystem: true\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n```'
                });
        }
        if (!outcomes.length)
            outcomes.push({
                status: 'passed',
                message: 'Every container has a read-only root filesystem and CPU and memory limits.',
                evidence: ws.flatMap(containersOf).map((r) => r.at)
            });
        return outcomes;
    }
};

const auditLogging = {
    id: 'infra.audit-logging',
    phase: 'infra',
    level: 'blocking',
    title: 'Audit logging',
    reads: ['manifest', 'source'],
    passesWhen: 'Envoy access logs and/or an application audit log record who, which tool, when, outcome and trace id',
    explain: {
        looksFor: 'Audit logs: who, which tool, when, outcome, trace id.',
        evidence: [
            'EnvoyProxy `spec.telemetry.accessLog` not disabled',
            'an application log statement with user, tool, outcome and trace id'
        ],
        why: 'Every tool call on behalf of a user must be traceable.',
        fix: 'Log each tool call with those fields, and/or enable Envoy access logs.'
    },
    run(ctx) {
        const proxies = deployedObjects(ctx).filter((o) => o.kind === 'EnvoyProxy' && o.apiVersion.startsWith('gateway.envoyproxy.io/'));
        const enabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog') !== undefined &&
            dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') !== true);
        const app = production(ctx.repo.auth.auditLogs);
        const evidence = [
            ...enabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog'], `EnvoyProxy ${p.name}: access log`)),
            ...app.map((a) => a.at)
        ];
        if (evidence.length) {
            const parts = [
                enabled.length ? `Envoy access logs (${enabled.map((p) => p.name).join(', ')})` : '',
                app.length ? 'an application audit log with user, tool, outcome and trace id' : ''
            ].filter(Boolean);
            return [{ status: 'passed', message: `Audit logging: ${parts.join(' and ')}.`, evidence }];
        }
        const disabled = proxies.filter((p) => dig(p.data, 'spec', 'telemetry', 'accessLog', 'disable') === true);
        return [
            {
                status: 'failed',
                message: disabled.length
                    ? `Envoy access logs are disabled (${disabled.map((p) => p.name).join(', ')}) and no application audit log was found.`
                    : 'No Envoy access log (EnvoyProxy spec.telemetry.accessLog) and no application audit log recording user, tool, outcome and trace id.',
                evidence: disabled.map((p) => p.locate(['spec', 'telemetry', 'accessLog', 'disable'])),
                fix: 'Log every tool call with who, which tool, when, the outcome and the trace id, e.g.:\n\n```ts\nlogger.info({ audit: true, user: authInfo.extra.user, tool: name, outcome, traceId: span.spanContext().traceId, timestamp: new Date().toISOString() })\n```\n\nand/or enable Envoy access logs:\n\n```yaml\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: EnvoyProxy\nmetadata:\n  name: internal-proxy-config\n  namespace: envoy-gateway-system\nspec:\n  telemetry:\n    accessLog:\n      settings:\n        - format:\n            type: JSON\n          sinks:\n            - type: File\n              file:\n                path: /dev/stdout\n```'
            }
        ];
    }
};

const INFRA_CHECKS = [
    gatewayRoute,
    securityPolicy,
    podSecurity,
    hardening,
    auditLogging
].map(unlessGaps);

const ENDPOINT_ENV = /^(OTEL_EXPORTER_OTLP_ENDPOINT|OTEL_EXPORTER_OTLP_TRACES_ENDPOINT|LOGFIRE_BASE_URL)$/;
/** Places that name the exporter endpoint's host: URL literals in source and OTLP env vars in manifests. */
function endpointMentions(ctx, host) {
    const atHost = (m) => hostOf(m.url) === host;
    const env = containerEnv(ctx).filter((e) => ENDPOINT_ENV.test(e.name) && typeof e.value === 'string');
    return [
        ...ctx.repo.auth.urls.filter(atHost),
        ...env.map((e) => ({ url: e.value, at: e.valueAt })).filter(atHost)
    ];
}
const tracing = {
    id: 'observability.tracing',
    phase: 'observability',
    level: 'blocking',
    title: 'Tracing',
    reads: ['source', 'manifest'],
    passesWhen: 'OpenTelemetry or Logfire tracing exports to the declared endpoint',
    explain: {
        looksFor: 'OpenTelemetry or Logfire tracing to the declared endpoint.',
        evidence: [
            'NodeSDK, `logfire.configure`, `logfire.instrument_mcp`, TracerProvider, `AddOpenTelemetry`, Go/Java SDK setup',
            'the exporter endpoint in code or `OTEL_EXPORTER_OTLP_ENDPOINT` in manifests, matching `observability.endpoint`'
        ],
        why: 'Without traces, an incident cannot be reconstructed.',
        fix: 'Set up the SDK and point the exporter at the organisation’s Logfire.'
    },
    run(ctx) {
        const setup = production(ctx.repo.auth.tracingSetup);
        const endpoint = ctx.config.observability.endpoint;
        const snippet = '```ts\nimport { NodeSDK } from "@opentelemetry/sdk-node"\nimport { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"\n\nnew NodeSDK({\n  serviceName: "' +
            ctx.config.server.name +
            '",\n  traceExporter: new OTLPTraceExporter({ url: process.env.OTEL_EXPORTER_OTLP_ENDPOINT + "/v1/traces" }),\n}).start()\n```\n\n(Python: `logfire.configure()` and `logfire.instrument_mcp()`.)';
        if (!setup.length)
            return [{ status: 'failed', message: 'No OpenTelemetry or Logfire tracing set up in source.', fix: snippet }];
        if (!endpoint)
            return [
                {
                    status: 'failed',
                    message: 'Tracing is set up, but golive.yaml declares no observability.endpoint to check the exporter against.',
                    evidence: setup.map((h) => h.at),
                    fix: '```yaml\nobservability:\n  endpoint: https://logfire.example.internal\n```'
                }
            ];
        const host = hostOf(endpoint);
        const matching = endpointMentions(ctx, host);
        if (!matching.length)
            return [
                {
                    status: 'failed',
                    message: `Tracing is set up (${setup[0].what}), but nothing points its exporter at ${host} (the declared endpoint).`,
                    evidence: setup.map((h) => h.at),
                    fix: `Set the exporter endpoint in the deployment:\n\n\`\`\`yaml\nenv:\n  - name: OTEL_EXPORTER_OTLP_ENDPOINT\n    value: ${endpoint}\n\`\`\``
                }
            ];
        return [
            {
                status: 'passed',
                message: `${[...new Set(setup.map((h) => h.what))].join(', ')} exports to ${host}.`,
                evidence: [
                    ...setup.map((h) => h.at),
                    ...matching.map((m) => ({ ...m.at, note: m.at.note ?? 'exporter endpoint' }))
                ]
            }
        ];
    }
};

const spanAttributes = {
    id: 'observability.span-attributes',
    phase: 'observability',
    level: 'advisory',
    title: 'Span attributes',
    reads: ['source'],
    passesWhen: 'spans name the user and the tool',
    explain: {
        looksFor: 'Spans that name the user and the tool.',
        evidence: ['`enduser.id`/`user.id` and `mcp.tool.name`/`gen_ai.tool.name` attributes'],
        why: 'Traces must answer “who called which tool”.',
        fix: 'Set both attributes on the tool span.'
    },
    run(ctx) {
        const user = production(ctx.repo.auth.spanUser);
        const tool = production(ctx.repo.auth.spanTool);
        if (user.length && tool.length)
            return [
                {
                    status: 'passed',
                    message: `Spans name the user (${user[0].what}) and the tool (${tool[0].what}).`,
                    evidence: [user[0].at, tool[0].at]
                }
            ];
        const missing = [!user.length && 'the user (e.g. enduser.id)', !tool.length && 'the tool (e.g. mcp.tool.name)']
            .filter(Boolean)
            .join(' and ');
        return [
            {
                status: 'failed',
                message: `No span attribute names ${missing}.`,
                evidence: [...user, ...tool].map((h) => h.at),
                fix: '```ts\nspan.setAttribute("enduser.id", user)\nspan.setAttribute("mcp.tool.name", toolName)\n```'
            }
        ];
    }
};

const dashboard = {
    id: 'observability.dashboard',
    phase: 'observability',
    level: 'blocking',
    title: 'Dashboard',
    passesWhen: 'a monitoring dashboard is declared and attested or linked',
    explain: {
        looksFor: 'A monitoring dashboard.',
        evidence: ['`observability.dashboard` in golive.yaml, attested or linked from the README/docs'],
        why: 'Someone must be watching the server.',
        fix: 'Declare the dashboard and attest it.'
    },
    run(ctx) {
        const url = ctx.config.observability.dashboard;
        const fix = '```yaml\nobservability:\n  dashboard: https://logfire.example.internal/dashboards/' +
            ctx.config.server.name +
            '\nattestations:\n  - check: observability.dashboard\n    by: "@reviewer"\n    date: ' +
            ctx.today +
            '\n    note: what the dashboard shows and who watches it\n```';
        if (!url)
            return [{ status: 'failed', message: 'No monitoring dashboard declared (observability.dashboard).', fix }];
        const at = configEvidence(ctx, ['observability', 'dashboard']);
        const att = attestationFor(ctx, 'observability.dashboard');
        if (att)
            return [attested(att, `Dashboard ${url}`, [at])];
        const docs = [ctx.repo.docs.readme, ...ctx.repo.docs.docs].filter((d) => !!d);
        const linked = docs.find((d) => d.text.includes(url));
        if (linked)
            return [
                {
                    status: 'passed',
                    message: `Dashboard ${url} is declared and linked from ${linked.path}.`,
                    evidence: [
                        at,
                        { file: linked.path, line: linked.text.slice(0, linked.text.indexOf(url)).split('\n').length, column: 1 }
                    ]
                }
            ];
        return [
            {
                status: 'not verified',
                message: `Dashboard ${url} is declared, but neither attested nor linked from the README or docs.`,
                reason: 'a dashboard cannot be checked by a machine; link it from the README or have someone attest it',
                evidence: [at],
                fix
            }
        ];
    }
};

const OBSERVABILITY_CHECKS = [tracing, spanAttributes, dashboard];

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
/** What the rules that apply to the branch and its classic protection say, together. */
function protectionOf(b) {
    const p = {
        prRequired: false,
        forcePushBlocked: false,
        deletionBlocked: false,
        requiredApprovals: 0,
        evidence: []
    };
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
const fileAt = (file, line = 1, column = 1, note) => ({
    file,
    line,
    column,
    ...(note ? { note } : {})
});
/** The setup and test steps for the repository's main ecosystem, for fix snippets. */
const TOOLCHAINS = [
    {
        ecosystems: ['npm'],
        setup: '      - uses: actions/setup-node@v5\n        with:\n          node-version: 24',
        test: ['npm ci', 'npm test'],
        codeql: 'javascript-typescript'
    },
    {
        ecosystems: ['pip', 'uv'],
        setup: '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"',
        test: ['pip install -e . pytest', 'pytest'],
        codeql: 'python'
    },
    {
        ecosystems: ['gomod'],
        setup: '      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod',
        test: ['go test ./...'],
        codeql: 'go'
    },
    {
        ecosystems: ['nuget'],
        setup: '      - uses: actions/setup-dotnet@v5\n        with:\n          dotnet-version: 9.0.x',
        test: ['dotnet test'],
        codeql: 'csharp'
    },
    {
        ecosystems: ['maven', 'gradle'],
        setup: '      - uses: actions/setup-java@v5\n        with:\n          distribution: temurin\n          java-version: 21',
        test: ['mvn -B verify'],
        codeql: 'java-kotlin'
    }
];
function toolchainsOf(ctx) {
    const used = Object.keys(ctx.repo.ecosystems.used);
    const found = TOOLCHAINS.filter((t) => t.ecosystems.some((e) => used.includes(e)));
    return found.length ? found : [TOOLCHAINS[0]];
}
/** The first step across all workflows that a matcher recognises. */
function findStep(wfs, recognise) {
    for (const wf of wfs)
        for (const job of wf.jobs)
            for (const step of job.steps) {
                const name = recognise(step);
                if (name)
                    return { wf, step, name };
            }
    return undefined;
}
function recogniseBy(actions, commands) {
    return (s) => (s.uses && actions.find((a) => a.match.test(s.uses))?.name) ||
        (s.run && commands.find((c) => c.match.test(s.run))?.name) ||
        undefined;
}
/** An outcome from an API half: the fact read, or not verified saying what would make it readable. */
function fromApi(f, judge, fileHalf) {
    if (!f || (!f.ok && f.status === 'no token'))
        return fileHalf;
    if (f.ok)
        return judge(f.value, f.endpoint);
    return {
        status: 'not verified',
        message: `${fileHalf.message} The API could not tell whether it is set up outside the repository: ${f.reason}.`,
        reason: `${f.endpoint}: ${f.reason}`,
        evidence: [...(fileHalf.evidence ?? []), { api: f.endpoint, fact: f.reason }],
        fix: `${f.howToFix}\n\n${fileHalf.fix ?? ''}`.trim(),
        needsApi: true
    };
}
/** Places of one cause, first ones named and the rest counted: "a:1, b:2 +3 more". */
function placesText(places, shown = 3) {
    const named = places
        .slice(0, shown)
        .map((p) => `${p.file}:${p.line}`)
        .join(', ');
    return places.length > shown ? `${named} +${places.length - shown} more` : named;
}
/** Items grouped by a key, in the order of their first appearance. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const g = groups.get(k);
        if (g)
            g.push(item);
        else
            groups.set(k, [item]);
    }
    return [...groups.values()];
}

/** First line (1-based) in a text that matches, or undefined. */
function lineOf(text, re) {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => re.test(l));
    return i === -1 ? undefined : i + 1;
}
/** The README text to add, section by section, with the declared tools and owner filled in. */
function readmeSkeleton(ctx, sections) {
    const parts = {
        purpose: `# ${ctx.config.server.name}\n\nWhat it does, in one paragraph.`,
        // Only names MCP allows (letters, digits, _ - .): a snippet is shown verbatim, so nothing else from the repository
        // goes in.
        tools: `## Tools\n\n${ctx.config.tools.map((t) => `- \`${/^[\w.-]{1,128}$/.test(t.name) ? t.name : 'tool_name'}\`: …`).join('\n') || '- `tool_name`: …'}`,
        auth: '## Authentication\n\nOn-behalf-of (OBO) the signed-in user; tokens validated at the gateway and in the server.',
        owner: `## Owner\n\n${ctx.config.server.owner}`
    };
    return '```markdown\n' + sections.map((s) => parts[s]).join('\n\n') + '\n```';
}
const readme = {
    id: 'policy.readme',
    phase: 'policy',
    level: 'blocking',
    title: 'README',
    passesWhen: 'a README names what the server does, its tools, its auth and its owner',
    explain: {
        looksFor: 'A README that says what the server does, its tools, its authentication and its owner.',
        evidence: [
            'README.md at the root: a prose paragraph, every declared tool name, auth words (OBO, Entra, OAuth, JWT…), the owner handle or an owner line'
        ],
        why: 'Reviewers and on-call engineers need to know what runs and who owns it.',
        fix: 'Add the four parts; the finding names what is missing.'
    },
    run(ctx) {
        const doc = ctx.repo.docs.readme;
        if (!doc) {
            return [
                {
                    status: 'failed',
                    message: 'No README at the repository root.',
                    fix: `Add README.md with: what the server does, its tools, how it authenticates (OBO), and who owns it.\n\n${readmeSkeleton(ctx, ['purpose', 'tools', 'auth', 'owner'])}`
                }
            ];
        }
        const text = doc.text;
        const items = [
            { what: 'what the server does', section: 'purpose', line: purposeLine(text) },
            { what: 'its tools', section: 'tools', line: toolsLine(text, ctx) },
            {
                what: 'its authentication',
                section: 'auth',
                line: lineOf(text, /\b(auth(entication|orization)?|OAuth|OBO|on[- ]behalf[- ]of|Entra|bearer|sign[- ]?in|JWT|OIDC)\b/i)
            },
            {
                what: 'its owner',
                section: 'owner',
                line: lineOf(text, new RegExp(`${escapeRegExp(ctx.config.server.owner)}|\\b(owner|owned by|maintainer|maintained by|contact)\\b`, 'i'))
            }
        ];
        const missing = items.filter((i) => i.line === undefined);
        const evidence = items.filter((i) => i.line !== undefined).map((i) => fileAt(doc.path, i.line, 1, i.what));
        if (missing.length) {
            return [
                {
                    status: 'failed',
                    message: `${doc.path} does not say ${missing.map((m) => m.what).join(', ')}.`,
                    evidence: evidence.length ? evidence : [fileAt(doc.path)],
                    fix: `Add to ${doc.path}: ${missing.map((m) => m.what).join('; ')}.\n\n${readmeSkeleton(ctx, missing.map((m) => m.section))}`
                }
            ];
        }
        return [
            {
                status: 'passed',
                message: `${doc.path} names what the server does, its tools, its authentication and its owner.`,
                evidence
            }
        ];
    }
};
/** A prose paragraph of at least eight words that is not a heading, badge or code. */
function purposeLine(text) {
    const lines = text.split('\n');
    let inCode = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].trim();
        if (l.startsWith('```'))
            inCode = !inCode;
        if (inCode || !l || /^(#|!\[|\[!\[|<|\||>)/.test(l))
            continue;
        if (l.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= 8)
            return i + 1;
    }
    return undefined;
}
/** Every declared tool named, or, with no tools declared, a "Tools" section. */
function toolsLine(text, ctx) {
    const tools = ctx.config.tools;
    if (!tools.length)
        return lineOf(text, /^#+\s*tools\b/i);
    let first = Infinity;
    for (const t of tools) {
        const offset = offsetNaming(text, t.name);
        if (offset === undefined)
            return undefined;
        first = Math.min(first, offset);
    }
    return new LineFinder(text).at(first).line;
}
/**
 * Where `name` first stands in the text as a word of its own (no letter, digit or _ just before or
 * after it, on its line). Searched for, not tested line by line with a pattern per tool, which costs
 * the README's lines times the declared tools.
 */
function offsetNaming(text, name) {
    if (name.includes('\n'))
        return undefined;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length)))
            return at;
    }
    return undefined;
}

const codeowners = {
    id: 'policy.codeowners',
    phase: 'policy',
    level: 'advisory',
    title: 'CODEOWNERS',
    passesWhen: 'CODEOWNERS covers the repository',
    explain: {
        looksFor: 'A CODEOWNERS rule for the whole repository.',
        evidence: ['.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS with a `*` rule'],
        why: 'Code owners are who reviews and approves changes.',
        fix: 'Add `* @org/team`.'
    },
    run(ctx) {
        const co = ctx.repo.docs.codeowners;
        const fix = `Add .github/CODEOWNERS with a rule for the whole repository:\n\n\`\`\`\n* ${ctx.config.server.owner}\n\`\`\``;
        if (!co)
            return [
                { status: 'failed', message: 'No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).', fix }
            ];
        const root = rootCodeownersRule(co);
        if (root)
            return [
                {
                    status: 'passed',
                    message: `${co.path} assigns the whole repository to ${root.owners.join(' ')}.`,
                    evidence: [fileAt(co.path, root.line)]
                }
            ];
        const ownerless = lastRootCodeownersRule(co);
        if (ownerless)
            return [
                {
                    status: 'failed',
                    message: `${co.path} line ${ownerless.line}: the last rule for the whole repository (\`${ownerless.pattern}\`) names no owner, and on GitHub the last matching rule wins, so the repository has no owner.`,
                    evidence: [fileAt(co.path, ownerless.line)],
                    fix
                }
            ];
        return [
            {
                status: 'failed',
                message: `${co.path} has no rule for the whole repository (\`*\`), so some files have no owner.`,
                evidence: [fileAt(co.path, co.rules[0]?.line ?? 1)],
                fix
            }
        ];
    }
};

/**
 * Whether classic protection is worth a request: the rules that apply to the branch leave one of
 * the protections open (or could not be read). Each request counts, and classic protection needs
 * a token with Administration: read that most runs do not have.
 */
function classicProtectionNeeded(rules, isDefaultBranch) {
    const p = protectionOf({ rules });
    return !(p.prRequired && p.forcePushBlocked && p.deletionBlocked && (!isDefaultBranch || p.requiredApprovals >= 1));
}
const branchProtection = {
    id: 'policy.branch-protection',
    phase: 'policy',
    level: 'blocking',
    title: 'Branch protection',
    passesWhen: 'the default and release branches require a PR and block force pushes and deletion',
    explain: {
        looksFor: 'Protection of the default branch and release branches.',
        evidence: [
            '`GET /repos/{o}/{r}/rules/branches/{b}` (rulesets; contents read)',
            'classic `GET …/branches/{b}/protection` (Administration: read)',
            'the branch listing’s `protected` flag'
        ],
        why: 'Without it, anyone with write access can push to production unreviewed.',
        fix: 'Add a ruleset requiring pull requests and blocking force pushes and deletion; classic rules need a fine-grained token with Administration: read to be read.'
    },
    api: { classicProtection: classicProtectionNeeded },
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Branch protection')];
        const outcomes = [];
        // The listing names the release branches; unreadable, their protection was never asked: say so.
        const listing = gh.branchListing;
        if (!listing.ok && listing.status !== 'no token' && ctx.config.releaseBranches.length) {
            outcomes.push({
                ...notVerified([listing], `The branches matching ${ctx.config.releaseBranches.join(', ')}`),
                message: `Release branches (${ctx.config.releaseBranches.join(', ')}) could not be listed, so their protection was not read.`,
                needsApi: true
            });
        }
        return outcomes.concat(gh.branches.map((b) => {
            const p = protectionOf(b);
            const missing = [
                !p.prRequired && 'pull requests required',
                !p.forcePushBlocked && 'force pushes blocked',
                !p.deletionBlocked && 'deletion blocked'
            ].filter(Boolean);
            if (!missing.length)
                return {
                    status: 'passed',
                    message: `${b.branch} requires pull requests and blocks force pushes and deletion.`,
                    evidence: p.evidence,
                    needsApi: true
                };
            // What is missing may be in classic protection we could not read.
            if (!b.classic?.ok) {
                if (b.listing.ok && !b.listing.value.protected) {
                    return {
                        status: 'failed',
                        message: `${b.branch} is not protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (the branch listing says protected: false).`,
                        evidence: [...p.evidence, api(b.listing.endpoint, 'protected: false')],
                        fix: PROTECTION_FIX,
                        needsApi: true
                    };
                }
                const facts = [...(b.classic ? [b.classic] : []), ...(b.rules.ok ? [] : [b.rules])];
                return {
                    ...notVerified(facts, `Classic branch protection of ${b.branch}`),
                    message: `${b.branch}: ${missing.join(', ')} not seen in rulesets, and classic protection could not be read${b.listing.ok ? ' (the branch is marked protected)' : ''}.`,
                    evidence: [
                        ...p.evidence,
                        ...facts.filter((f) => !f.ok).map((f) => api(f.endpoint, f.reason))
                    ]
                };
            }
            return {
                status: 'failed',
                message: `${b.branch} is not fully protected: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
                evidence: p.evidence,
                fix: PROTECTION_FIX,
                needsApi: true
            };
        }));
    }
};

const codeReview = {
    id: 'policy.code-review',
    phase: 'policy',
    level: 'blocking',
    title: 'Code review',
    passesWhen: 'at least one approving review is required, and a PR has one from someone other than the author',
    explain: {
        looksFor: 'Required approving reviews, and the PR’s own approvals.',
        evidence: [
            '`required_approving_review_count` in rules or classic protection',
            '`GET …/pulls/{n}/reviews`: an approval from someone other than the author on the head commit'
        ],
        why: 'Four eyes on every change to a production server.',
        fix: 'Require at least one approval; get a review of the head commit (older approvals are stale).'
    },
    run(ctx) {
        const gh = ctx.github;
        if (!gh)
            return [notVerified([noToken('GET /repos/{owner}/{repo}/rules/branches/{branch}')], 'Required reviews')];
        const outcomes = [];
        const main = gh.branches[0];
        const p = protectionOf(main);
        if (p.requiredApprovals >= 1)
            outcomes.push({
                status: 'passed',
                message: `${main.branch} requires ${counted(p.requiredApprovals, 'approving review')}.`,
                evidence: p.evidence,
                needsApi: true
            });
        else if (main.classic && !main.classic.ok && !main.rules.ok)
            outcomes.push(notVerified([main.rules, main.classic], 'Required reviews'));
        else if (main.classic && !main.classic.ok && !(main.listing.ok && !main.listing.value.protected))
            outcomes.push({
                ...notVerified([main.classic], 'Required reviews in classic protection'),
                message: `No ruleset requires an approving review on ${main.branch}, and classic protection could not be read.`
            });
        else
            outcomes.push({
                status: 'failed',
                message: `${main.branch} does not require an approving review.`,
                evidence: p.evidence,
                fix: PROTECTION_FIX,
                needsApi: true
            });
        const pull = gh.context.pull;
        if (pull && gh.reviews) {
            if (!gh.reviews.ok)
                outcomes.push(notVerified([gh.reviews], `Reviews of pull request #${pull.number}`));
            else {
                const approvals = latestByUser(gh.reviews.value).filter((r) => r.state === 'APPROVED' && r.user !== pull.author);
                const current = approvals.filter((r) => !r.commitId || r.commitId === pull.headSha);
                const ev = [
                    api(gh.reviews.endpoint, approvals.length
                        ? `approved by ${approvals.map((r) => `${r.user}${r.commitId && r.commitId !== pull.headSha ? ' (on an older commit)' : ''}`).join(', ')}`
                        : 'no approving review from anyone but the author')
                ];
                if (current.length)
                    outcomes.push({
                        status: 'passed',
                        message: `Pull request #${pull.number} is approved by ${current.map((r) => r.user).join(', ')} on its head commit.`,
                        evidence: ev,
                        needsApi: true
                    });
                else if (approvals.length)
                    outcomes.push({
                        status: 'failed',
                        message: `Pull request #${pull.number} was approved only on an older commit (stale approval); it needs a review of the head commit.`,
                        evidence: ev,
                        needsApi: true
                    });
                else
                    outcomes.push({
                        status: 'failed',
                        message: `Pull request #${pull.number} has no approving review from someone other than its author (${pull.author}).`,
                        evidence: ev,
                        fix: 'Ask a reviewer (a code owner) to approve the pull request.',
                        needsApi: true
                    });
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

const RELEASE_ACTIONS = [
    { match: /^(googleapis|google-github-actions)\/release-please-action@/i, name: 'release-please' },
    { match: /^changesets\/action@/i, name: 'changesets' },
    { match: /^goreleaser\/goreleaser-action@/i, name: 'GoReleaser' },
    { match: /^softprops\/action-gh-release@/i, name: 'action-gh-release' },
    { match: /^(ncipollo|actions)\/(create-)?release(-action)?@/i, name: 'GitHub release' },
    { match: /^pypa\/gh-action-pypi-publish@/i, name: 'PyPI publish' },
    { match: /^docker\/build-push-action@/i, name: 'image build and push' }
];
const RELEASE_COMMANDS = [
    { match: /\bsemantic-release\b/, name: 'semantic-release' },
    { match: /\bgh\s+release\s+create\b/, name: 'gh release' },
    { match: /\bnpm\s+publish\b/, name: 'npm publish' }
];
const releaseProcess = {
    id: 'policy.release-process',
    phase: 'policy',
    level: 'advisory',
    title: 'Release process',
    passesWhen: 'a release process exists (release workflow, tags/releases, changelog)',
    explain: {
        looksFor: 'A release process.',
        evidence: [
            'a workflow on releases or version tags',
            'release tools (release-please, changesets, semantic-release, GoReleaser, gh release)',
            'a CHANGELOG'
        ],
        why: 'Releases must be reproducible and traceable.',
        fix: 'Add a release workflow on `v*` tags and keep a changelog.'
    },
    run(ctx) {
        const evidence = [];
        const notes = [];
        const onRelease = ctx.repo.workflows.find((w) => w.on.includes('release') || w.tags.length > 0);
        if (onRelease) {
            evidence.push(fileAt(onRelease.path, 1, 1, 'runs on releases or tags'));
            notes.push(`${onRelease.path} runs on releases or version tags`);
        }
        const tool = findStep(ctx.repo.workflows, recogniseBy(RELEASE_ACTIONS, RELEASE_COMMANDS));
        if (tool) {
            evidence.push(fileAt(tool.wf.path, tool.step.line, tool.step.column, tool.name));
            notes.push(`${tool.name} in ${tool.wf.path}`);
        }
        if (ctx.repo.docs.changelog) {
            evidence.push(fileAt(ctx.repo.docs.changelog));
            notes.push(`a changelog (${ctx.repo.docs.changelog})`);
        }
        if (evidence.length)
            return [{ status: 'passed', message: `Release process: ${notes.join('; ')}.`, evidence }];
        return [
            {
                status: 'failed',
                message: 'No release process: no workflow on releases or tags, no release tool, no changelog.',
                fix: 'Add a release workflow, e.g. on version tags:\n\n```yaml\nname: release\non:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n        env:\n          GH_TOKEN: ${{ github.token }}\n```\n\nand keep a CHANGELOG.md.'
            }
        ];
    }
};

/** Commands that run a test suite, per ecosystem. */
const TEST_COMMAND = /\b(npm\s+(run\s+)?test|npm\s+run\s+test:\S+|npm\s+t\b|yarn\s+(run\s+)?test|pnpm\s+(run\s+)?test|bun\s+test|npx\s+(vitest|jest|mocha|playwright\s+test)|vitest(\s+run)?\b|jest\b|mocha\b|(python3?\s+-m\s+)?pytest\b|uv\s+run\s+pytest|poetry\s+run\s+pytest|tox\b|nox\b|hatch\s+(run\s+)?test|go\s+test\b|gotestsum\b|dotnet\s+test\b|mvn\b.*\b(test|verify)\b|mvnw\b.*\b(test|verify)\b|gradle(w)?\b.*\b(test|check|build)\b|make\s+(test|check)\b|cargo\s+test\b)/;
const PR_EVENTS = ['pull_request', 'pull_request_target'];
function stepRunsTests(step) {
    return !!step.run && TEST_COMMAND.test(step.run);
}
const ciTests = {
    id: 'policy.ci-tests',
    phase: 'policy',
    level: 'critical',
    title: 'Tests in CI',
    reads: ['workflow'],
    passesWhen: 'a CI workflow runs the tests on pull requests',
    explain: {
        looksFor: 'A workflow that runs the tests on pull requests.',
        evidence: [
            '.github/workflows parsed: `on: pull_request`, a step running a test command (npm test, pytest, go test, dotnet test, mvn verify, …); local reusable workflows followed'
        ],
        why: 'No CI means no evidence the code works — a red flag that stops go-live.',
        fix: 'Add a workflow on `pull_request` that installs and runs the tests.'
    },
    run(ctx) {
        const wfs = ctx.repo.workflows;
        const fix = ciFix(ctx);
        if (!wfs.length)
            return [{ status: 'failed', message: 'No CI workflow under .github/workflows.', fix }];
        const onPr = wfs.filter((w) => w.on.some((e) => PR_EVENTS.includes(e)));
        for (const wf of onPr) {
            for (const job of wf.jobs) {
                const step = job.steps.find(stepRunsTests);
                if (step)
                    return [
                        {
                            status: 'passed',
                            message: `${wf.path} runs the tests on pull requests (job \`${job.id}\`).`,
                            evidence: [fileAt(wf.path, step.line, step.column, step.run?.split('\n')[0])]
                        }
                    ];
                const called = job.uses?.startsWith('./') ? wfs.find((w) => w.path === job.uses.slice(2)) : undefined;
                const calledStep = called?.jobs.flatMap((j) => j.steps).find(stepRunsTests);
                if (called && calledStep) {
                    return [
                        {
                            status: 'passed',
                            message: `${wf.path} runs the tests on pull requests through ${called.path}.`,
                            evidence: [
                                fileAt(wf.path, job.line, job.column),
                                fileAt(called.path, calledStep.line, calledStep.column, calledStep.run?.split('\n')[0])
                            ]
                        }
                    ];
                }
            }
        }
        const broken = wfs.filter((w) => w.error);
        const evidence = [...onPr, ...broken].map((w) => fileAt(w.path, 1, 1, w.error ? `not read: ${w.error}` : 'runs on pull requests, no test step'));
        const message = onPr.length
            ? `Workflows run on pull requests (${onPr.map((w) => w.path).join(', ')}) but no step runs a test command.`
            : `No workflow runs on pull_request (${counted(wfs.length, 'workflow')} read).`;
        return [{ status: 'failed', message, evidence, fix }];
    }
};
function ciFix(ctx) {
    const t = toolchainsOf(ctx)[0];
    return `Add a workflow that runs the tests on every pull request, e.g. \`.github/workflows/ci.yml\`:\n\n\`\`\`yaml\nname: ci\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${t.setup}\n${t.test.map((c) => `      - run: ${c}`).join('\n')}\n\`\`\``;
}

const testData = {
    id: 'policy.test-data',
    phase: 'policy',
    level: 'critical',
    title: 'Test data only',
    reads: ['source', 'config text'],
    readsOnlyTests: true,
    passesWhen: 'test fixtures hold test/mock data only',
    explain: {
        looksFor: 'Test code and fixtures hold test data only.',
        evidence: [
            'e-mail addresses outside reserved test domains, tenant/directory GUIDs that are not placeholders, national id numbers, phone numbers, credentials — in test paths'
        ],
        why: 'Production data in tests leaks personal data and tenant identifiers.',
        fix: 'Use example.com addresses, the zero GUID and invented values.'
    },
    run(ctx) {
        const hits = ctx.repo.secrets.testData;
        if (!hits.length)
            return [
                {
                    status: 'passed',
                    message: 'Test code and fixtures hold test data only: no real e-mail addresses, tenant ids, national id numbers or phone numbers (credentials are policy.secrets’ business).'
                }
            ];
        return groupBy(hits, (h) => h.fingerprint).map((group) => ({
            status: 'failed',
            message: `Test data holds what looks like a real ${group[0].kind} (${group[0].masked}) in ${counted(group.length, 'place')}: ${placesText(group.map((h) => h.at))}.`,
            evidence: group.map((h) => h.at),
            fix: 'Replace it with mock data: e-mail addresses at example.com, the zero GUID 00000000-0000-0000-0000-000000000000 for tenants, invented names and numbers.'
        }));
    }
};

/** How the file's kind reads a value at run time instead: an environment variable filled from a Kubernetes Secret. */
function secretAtRunTime(file) {
    const read = {
        py: '```python\nimport os\n\nvalue = os.environ["SERVICE_CREDENTIAL"]\n```',
        ts: '```ts\nconst value = process.env.SERVICE_CREDENTIAL\n```',
        cs: '```csharp\nvar value = Environment.GetEnvironmentVariable("SERVICE_CREDENTIAL");\n```',
        go: '```go\nvalue := os.Getenv("SERVICE_CREDENTIAL")\n```',
        java: '```java\nString value = System.getenv("SERVICE_CREDENTIAL");\n```'
    };
    const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
    const code = read[{ js: 'ts', mjs: 'ts', cjs: 'ts', tsx: 'ts', jsx: 'ts', kt: 'java' }[ext] ?? ext];
    const manifest = '```yaml\nenv:\n  - name: SERVICE_CREDENTIAL\n    valueFrom:\n      secretKeyRef:\n        name: service-credential   # created by your secret store, never committed\n        key: value\n```';
    return code ? `${code}\n\nwith the variable set from a Kubernetes Secret:\n\n${manifest}` : manifest;
}
const secrets = {
    id: 'policy.secrets',
    phase: 'policy',
    level: 'critical',
    title: 'No committed secrets',
    reads: ['source', 'manifest', 'workflow', 'config text'],
    passesWhen: 'no credentials are committed anywhere in the repository',
    explain: {
        looksFor: 'Committed credentials anywhere in the repository.',
        evidence: [
            'rules after gitleaks’ default set: cloud keys, GitHub/GitLab/Slack/npm tokens, private keys, JWTs, connection strings with passwords, secret-named settings, .env values'
        ],
        why: 'A committed secret is leaked: everyone with read access has it.',
        fix: 'Revoke it, remove it, load it from a secret store at run time. Findings show at most the first 4 characters.'
    },
    run(ctx) {
        const { secrets: hits, suppressed } = ctx.repo.secrets;
        const allowed = suppressed.length
            ? ` ${counted(suppressed.length, 'place')} carry an inline allow marker and were not reported.`
            : '';
        if (!hits.length)
            return [
                { status: 'passed', message: `No committed credentials found (${ctx.repo.scan.files} files read).${allowed}` }
            ];
        // One finding per secret value: its places as evidence. A value blocks when it is in production
        // code and not a public example, or when its checksum proves it was issued, wherever it is.
        const outcomes = groupBy(hits, (h) => h.fingerprint).map((group) => {
            const production = group.filter((h) => !h.isTest && !h.isDoc);
            const first = production[0] ?? group[0];
            const blocking = group.some((h) => h.verified) || (production.length > 0 && !first.documented);
            const places = [...production, ...group.filter((h) => h.isTest || h.isDoc)].map((h) => h.at);
            const where = production.length
                ? ''
                : group.some((h) => h.isTest)
                    ? ' (test code)'
                    : ' (documentation or examples)';
            const why = first.documented
                ? ` It is ${first.documented}.`
                : group.some((h) => h.verified)
                    ? ' Its checksum holds: it was issued, not made up.'
                    : '';
            return {
                status: 'failed',
                message: `${first.description} (${first.masked}) committed in ${counted(places.length, 'place')}${where}: ${placesText(places)}.${why}`,
                evidence: places,
                ...(blocking ? {} : { nonProduction: true }),
                fix: blocking
                    ? `Revoke the credential now (it is in the history; rewriting history does not un-leak it), remove it from the repository, and load it at run time from a secret store:\n\n${secretAtRunTime(first.at.file)}`
                    : 'Use a value no service accepts (e.g. "test-token"), or mark the line `# notsecret` when it is a public example.'
            };
        });
        if (allowed)
            outcomes[0] = { ...outcomes[0], message: outcomes[0].message + allowed };
        return outcomes;
    }
};

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
    const ev = [
        api(gh.environments.endpoint, `environments: ${envs.map((e) => `${e.name}${e.reviewers ? ' (required reviewers)' : ''}${e.waitTimer ? ' (wait timer)' : ''}${e.branchPolicy ? ' (branch policy)' : ''}`).join(', ') || 'none'}`)
    ];
    if (missing.length)
        return [
            {
                status: 'failed',
                message: `GitHub environments missing: ${missing.join(', ')}.`,
                evidence: ev,
                fix: missing
                    .map((m) => `gh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${m}`)
                    .join('\n'),
                needsApi: true
            }
        ];
    const prodName = prodEnvironment(wanted);
    const prod = envs.find((e) => e.name.toLowerCase() === prodName.toLowerCase());
    if (!prod.reviewers && !prod.waitTimer && !prod.branchPolicy)
        return [
            {
                status: 'failed',
                message: `The ${prod.name} environment has no protection: no required reviewers, wait timer or deployment branch policy.`,
                evidence: ev,
                fix: `Add required reviewers to ${prod.name} (Settings → Environments), or a deployment branch policy:\n\n\`\`\`\ngh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${prod.name} -F "deployment_branch_policy[protected_branches]=true" -F "deployment_branch_policy[custom_branch_policies]=false"\n\`\`\``,
                needsApi: true
            }
        ];
    return [
        {
            status: 'passed',
            message: `GitHub environments ${wanted.join(', ')} exist and ${prod.name} is protected.`,
            evidence: ev,
            needsApi: true
        }
    ];
}
const DEPLOY_COMMAND = /\b(kubectl\s+apply|helm\s+(upgrade|install)|kustomize\s+build|argocd\s+app\s+sync|az\s+(aks|webapp|containerapp)\b|flux\s+reconcile)/;
const environments = {
    id: 'policy.environments',
    phase: 'policy',
    level: 'blocking',
    title: 'Environment separation',
    passesWhen: 'dev and prod are separate, and prod is protected',
    explain: {
        looksFor: 'Separate dev and prod.',
        evidence: [
            'overlays/<env>, environments/<env>, values-<env>.yaml with distinct namespaces',
            'deploy jobs that declare `environment:`',
            '`GET …/environments`: the environments exist and prod has reviewers, a wait timer or a branch policy'
        ],
        why: 'Production must not be reachable by a mistake in dev.',
        fix: 'One overlay and namespace per environment; protect the prod environment.'
    },
    run(ctx) {
        const envs = ctx.config.environments;
        const prodName = prodEnvironment(envs);
        const outcomes = [];
        // Deployment configuration per environment: kustomize overlays, Helm values files or environment folders.
        const perEnv = envs.map((env) => {
            const re = new RegExp(`(^|/)(overlays|environments|envs?|clusters|deploy)/${env}(/|$)|(^|/)values[-.]${env}\\.ya?ml$|(^|/)${env}/kustomization\\.ya?ml$`, 'i');
            return { env, path: ctx.repo.paths.find((p) => re.test(p)) };
        });
        const missing = perEnv.filter((e) => !e.path);
        const namespaces = new Map();
        for (const { env, path } of perEnv) {
            if (!path)
                continue;
            const dir = path.replace(/\/[^/]*$/, '');
            const k = ctx.repo.kubernetes.find((o) => o.file.startsWith(`${dir}/`) && o.namespace);
            const kustom = ctx.repo.kustomizations.find((x) => x.dir === dir || x.file.startsWith(`${dir}/`));
            const ns = kustom?.namespace ?? k?.namespace;
            if (ns)
                namespaces.set(env, ns);
        }
        if (missing.length) {
            outcomes.push({
                status: 'failed',
                message: `No deployment configuration for ${missing.map((m) => m.env).join(', ')} (looked for overlays/<env>, environments/<env>, values-<env>.yaml).`,
                evidence: perEnv.filter((e) => e.path).map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })),
                fix: 'Keep one overlay per environment, each with its own namespace:\n\n```yaml\n# deploy/overlays/prod/kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ' +
                    ctx.config.server.name +
                    '-prod\nresources:\n  - ../../base\n```'
            });
        }
        const nsValues = [...namespaces.values()];
        if (nsValues.length > 1 && new Set(nsValues).size < nsValues.length) {
            outcomes.push({
                status: 'failed',
                message: `Environments share a namespace (${[...namespaces.entries()].map(([e, n]) => `${e}: ${n}`).join(', ')}).`,
                fix: 'Give every environment its own namespace (and host).'
            });
        }
        const deployJobs = ctx.repo.workflows.flatMap((w) => w.jobs
            .filter((j) => j.steps.some((s) => DEPLOY_COMMAND.test(s.run ?? '')) &&
            new RegExp(prodName, 'i').test(`${j.id} ${j.steps.map((s) => s.run ?? '').join(' ')}`))
            .map((j) => ({ w, j })));
        for (const { w, j } of deployJobs) {
            if (!j.environment || !new RegExp(`^${prodName}`, 'i').test(j.environment))
                outcomes.push({
                    status: 'failed',
                    message: `Job \`${j.id}\` in ${w.path} deploys to ${prodName} without \`environment: ${prodName}\`, so no reviewers or branch policy gate it.`,
                    evidence: [{ file: w.path, line: j.line, column: j.column }],
                    fix: `\`\`\`yaml\njobs:\n  ${j.id}:\n    environment: ${prodName}\n\`\`\``
                });
        }
        if (!outcomes.length) {
            const envJobs = ctx.repo.workflows.flatMap((w) => w.jobs
                .filter((j) => j.environment)
                .map((j) => ({ file: w.path, line: j.line, column: j.column, note: `environment: ${j.environment}` })));
            outcomes.push({
                status: 'passed',
                message: `Separate deployment configuration for ${envs.join(', ')}${namespaces.size ? ` (namespaces ${[...namespaces.values()].join(', ')})` : ''}.`,
                evidence: [...perEnv.map((e) => ({ file: e.path, line: 1, column: 1, note: e.env })), ...envJobs]
            });
        }
        // The API half: GitHub environments exist and prod is protected.
        return [...outcomes, ...environmentsFromApi(ctx)];
    }
};

function codeqlFix(ctx) {
    const languages = toolchainsOf(ctx)
        .map((t) => t.codeql)
        .join(', ');
    return `Add CodeQL, e.g. \`.github/workflows/codeql.yml\`:\n\n\`\`\`yaml\nname: codeql\non:\n  pull_request:\n  push:\n    branches: [main]\n  schedule:\n    - cron: "17 3 * * 1"\npermissions:\n  contents: read\n  security-events: write\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: github/codeql-action/init@v4\n        with:\n          languages: ${languages}\n      - uses: github/codeql-action/analyze@v4\n\`\`\``;
}
/** Actions and commands that are static application security testing. */
const SAST_ACTIONS = [
    { match: /^github\/codeql-action\/(init|analyze)@/i, name: 'CodeQL' },
    { match: /^(returntocorp|semgrep)\/semgrep-action@/i, name: 'Semgrep' },
    { match: /^snyk\/actions\/[^@]+@/i, name: 'Snyk' },
    { match: /^sonarsource\/(sonarqube-scan-action|sonarcloud-github-action)@/i, name: 'SonarQube' },
    { match: /^bearer\/bearer-action@/i, name: 'Bearer' },
    { match: /^securego\/gosec@/i, name: 'gosec' },
    { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Security DevOps' },
    { match: /^checkmarx\/[^@]+@/i, name: 'Checkmarx' },
    { match: /^fortify\/[^@]+@/i, name: 'Fortify' },
    { match: /^shiftleftsecurity\/[^@]+@/i, name: 'ShiftLeft' }
];
const SAST_COMMANDS = [
    { match: /\bsemgrep\s+(scan|ci)\b/, name: 'Semgrep' },
    { match: /\bbandit\s+-r\b/, name: 'Bandit' },
    { match: /\bgosec\b/, name: 'gosec' },
    { match: /\bsnyk\s+code\s+test\b/, name: 'Snyk Code' },
    { match: /\bcodeql\s+database\s+(create|analyze)\b/, name: 'CodeQL CLI' },
    { match: /\bsonar-scanner\b/, name: 'SonarQube' }
];
/** The SAST step in the checkout's workflows, if any. */
function sastStep(repo) {
    return findStep(repo.workflows, recogniseBy(SAST_ACTIONS, SAST_COMMANDS));
}
const securityScanning = {
    id: 'policy.security-scanning',
    phase: 'policy',
    level: 'critical',
    title: 'Security scanning',
    reads: ['workflow'],
    passesWhen: 'a SAST scanner runs (CodeQL or another)',
    explain: {
        looksFor: 'A SAST scanner in CI.',
        evidence: ['CodeQL, Semgrep, Snyk Code, SonarQube, Bearer, gosec, Bandit, Checkmarx, Microsoft Security DevOps'],
        why: 'No security scanning is a red flag that stops go-live.',
        fix: 'Add CodeQL for the repository’s languages.'
    },
    // CodeQL default setup leaves no file: the API is asked only when no SAST step is in a workflow.
    api: { optional: (repo) => ({ codeScanning: !sastStep(repo) }) },
    run(ctx) {
        const found = sastStep(ctx.repo);
        if (found)
            return [
                {
                    status: 'passed',
                    message: `${found.name} runs in ${found.wf.path}.`,
                    evidence: [
                        fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
                    ]
                }
            ];
        const fileHalf = {
            status: 'failed',
            message: `No SAST scanner (CodeQL, Semgrep, Snyk Code, SonarQube, gosec, Bandit, …) runs in any workflow${ctx.github ? '' : ' (CodeQL default setup, which has no workflow file, is read from the API by the action)'}.`,
            fix: codeqlFix(ctx)
        };
        return [
            fromApi(ctx.github?.codeScanning, (analyses, endpoint) => {
                const latest = analyses[0];
                if (latest)
                    return {
                        status: 'passed',
                        message: `${latest.tool || 'A code scanning tool'} analyses ${latest.ref || ctx.github.defaultBranch} (latest ${latest.createdAt.slice(0, 10)}); no workflow file in the repository, so it is set up in the repository settings (e.g. CodeQL default setup).`,
                        evidence: [
                            { api: endpoint, fact: `latest analysis: ${latest.tool} on ${latest.ref} at ${latest.createdAt}` }
                        ],
                        needsApi: true
                    };
                return {
                    ...fileHalf,
                    message: `${fileHalf.message.replace(/\.$/, '')}, and the default branch has no code scanning analysis.`,
                    evidence: [{ api: endpoint, fact: 'no code scanning analysis' }],
                    needsApi: true
                };
            }, fileHalf)
        ];
    }
};

/** Ecosystems a dependency bot must cover; docker and github-actions are noted but do not fail. */
const REQUIRED_ECOSYSTEMS = new Set(['npm', 'pip', 'uv', 'gomod', 'nuget', 'maven', 'gradle']);
const SAME_ECOSYSTEM = { pip: ['pip', 'uv'], uv: ['uv', 'pip'] };
const dependencyUpdates = {
    id: 'policy.dependency-updates',
    phase: 'policy',
    level: 'blocking',
    title: 'Dependency updates',
    reads: ['workflow'],
    passesWhen: 'Dependabot or Renovate covers the server’s ecosystems',
    explain: {
        looksFor: 'Dependabot or Renovate for the ecosystems in use.',
        evidence: [
            '.github/dependabot.yml `updates[].package-ecosystem` against manifests (package.json, pyproject.toml, go.mod, *.csproj, pom.xml, …)',
            'renovate.json'
        ],
        why: 'Known-vulnerable dependencies are the easiest way in.',
        fix: 'Add each ecosystem to dependabot.yml.'
    },
    // Dependabot security updates leave no file: the API is asked only when no config covers the ecosystems.
    api: { optional: (repo) => ({ securityUpdates: !repo.ecosystems.dependabot && !repo.ecosystems.renovate }) },
    run(ctx) {
        const { used, dependabot, renovate } = ctx.repo.ecosystems;
        const needed = Object.keys(used).filter((e) => REQUIRED_ECOSYSTEMS.has(e));
        if (renovate)
            return [
                {
                    status: 'passed',
                    message: `Renovate is configured (${renovate.path}); it covers every ecosystem it detects.`,
                    evidence: [fileAt(renovate.path)]
                }
            ];
        const snippet = (ecos) => '```yaml\nversion: 2\nupdates:\n' +
            ecos
                .map((e) => `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly`)
                .join('\n') +
            '\n```';
        const all = Object.keys(used);
        if (!dependabot) {
            const fileHalf = {
                status: needed.length ? 'failed' : 'warning',
                message: needed.length
                    ? `Neither Dependabot nor Renovate is configured; the repository uses ${needed.join(', ')}.`
                    : 'Neither Dependabot nor Renovate is configured.',
                evidence: needed.map((e) => fileAt(used[e], 1, 1, `${e} manifest`)),
                fix: `Add .github/dependabot.yml:\n\n${snippet(all.length ? all : ['npm'])}`
            };
            return [
                fromApi(ctx.github?.securityUpdates, (setting, endpoint) => {
                    if (setting.enabled && !setting.paused)
                        return {
                            status: 'passed',
                            message: 'Dependabot security updates are enabled in the repository settings (no dependabot.yml: vulnerable dependencies are updated, others are not; a dependabot.yml adds version updates).',
                            evidence: [{ api: endpoint, fact: 'enabled: true, paused: false' }],
                            needsApi: true
                        };
                    return {
                        ...fileHalf,
                        message: `${fileHalf.message} Dependabot security updates are ${setting.enabled ? 'paused' : 'not enabled'} either.`,
                        evidence: [
                            ...(fileHalf.evidence ?? []),
                            { api: endpoint, fact: setting.enabled ? 'enabled: true, paused: true' : 'not enabled' }
                        ],
                        needsApi: true
                    };
                }, fileHalf)
            ];
        }
        if (dependabot.error)
            return [
                {
                    status: 'failed',
                    message: `${dependabot.path} cannot be read: ${dependabot.error}.`,
                    evidence: [fileAt(dependabot.path)],
                    fix: `Fix ${dependabot.path}:\n\n${snippet(all)}`
                }
            ];
        const covered = new Set(dependabot.ecosystems.map((e) => e.name));
        const missing = needed.filter((e) => !(SAME_ECOSYSTEM[e] ?? [e]).some((x) => covered.has(x)));
        const optionalMissing = all.filter((e) => !REQUIRED_ECOSYSTEMS.has(e) && !covered.has(e));
        const evidence = dependabot.ecosystems.map((e) => fileAt(dependabot.path, e.line, e.column, e.name));
        if (missing.length) {
            return [
                {
                    status: 'failed',
                    message: `${dependabot.path} does not cover ${missing.join(', ')} (seen in ${missing.map((e) => used[e]).join(', ')}).`,
                    evidence,
                    fix: `Add to the \`updates\` list of ${dependabot.path}:\n\n${snippet(missing).replace('version: 2\nupdates:\n', '')}`
                }
            ];
        }
        const note = optionalMissing.length ? ` Not covered, and worth adding: ${optionalMissing.join(', ')}.` : '';
        return [{ status: 'passed', message: `${dependabot.path} covers ${[...covered].join(', ')}.${note}`, evidence }];
    }
};

const CONTAINER_SCAN_ACTIONS = [
    { match: /^aquasecurity\/trivy-action@/i, name: 'Trivy' },
    { match: /^anchore\/scan-action@/i, name: 'Grype' },
    { match: /^docker\/scout-action@/i, name: 'Docker Scout' },
    { match: /^snyk\/actions\/docker@/i, name: 'Snyk Container' },
    { match: /^azure\/container-scan@/i, name: 'Azure container scan' },
    { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Defender for DevOps' }
];
const CONTAINER_SCAN_COMMANDS = [
    { match: /\btrivy\s+(image|fs|repo)\b/, name: 'Trivy' },
    { match: /\bgrype\b/, name: 'Grype' },
    { match: /\bdocker\s+scout\s+(cves|quickview)\b/, name: 'Docker Scout' },
    { match: /\bsnyk\s+container\s+test\b/, name: 'Snyk Container' }
];
const containerScan = {
    id: 'policy.container-scan',
    phase: 'policy',
    level: 'advisory',
    title: 'Container scan',
    reads: ['workflow'],
    passesWhen: 'the container image is scanned',
    explain: {
        looksFor: 'A scan of the container image.',
        evidence: ['Trivy, Grype, Docker Scout, Snyk Container, Defender in a workflow'],
        why: 'Base images carry vulnerabilities of their own.',
        fix: 'Add a Trivy step after the image build.'
    },
    run(ctx) {
        const hasImage = ctx.repo.paths.some((p) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/.test(p)) ||
            ctx.repo.workflows.some((w) => w.jobs.some((j) => j.steps.some((s) => /docker\/build-push-action@/.test(s.uses ?? '') || /\bdocker\s+build\b/.test(s.run ?? ''))));
        if (!hasImage)
            return [{ status: 'not applicable', message: 'No container image is built from this repository.' }];
        const found = findStep(ctx.repo.workflows, recogniseBy(CONTAINER_SCAN_ACTIONS, CONTAINER_SCAN_COMMANDS));
        if (found)
            return [
                {
                    status: 'passed',
                    message: `${found.name} scans the image in ${found.wf.path}.`,
                    evidence: [
                        fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
                    ]
                }
            ];
        return [
            {
                status: 'failed',
                message: 'The repository builds a container image, but no workflow scans it (Trivy, Grype, Docker Scout, Snyk Container, Defender).',
                fix: '```yaml\n- name: Scan the image\n  uses: aquasecurity/trivy-action@0.33.1\n  with:\n    image-ref: ${{ env.IMAGE }}\n    exit-code: "1"\n    severity: CRITICAL,HIGH\n```'
            }
        ];
    }
};

/** "prod", "production", "engineering-prod", "values-prod.yaml" — not "product" or "reproduce". */
const PROD_WORD = /(^|[^a-z])prod(uction)?([^a-z]|$)/i;
/** "zone-2", "zone_b", "zone3" — not "timezone". */
const ZONE_IN_TEXT = /(?:^|[^a-z])zone[-_ ]?([0-9a-z]+)/i;
const zone = {
    id: 'policy.zone',
    phase: 'policy',
    level: 'blocking',
    title: 'Zone model',
    reads: ['manifest'],
    passesWhen: 'the production deployment lands in the declared zone',
    explain: {
        looksFor: 'The production deployment lands in the declared zone.',
        evidence: [
            'Argo CD Applications naming prod (name, folder, destination, source path or values file): zone labels, zone folders, projects or destinations',
            'ApplicationSets: list generators expanded from the file; other generators ask a live system and are not verified unless the template names the zone'
        ],
        why: 'The zone model decides which networks and data a workload may reach.',
        fix: 'Keep the prod Application in the repository with a zone label matching `server.zone`.'
    },
    run(ctx) {
        const declared = String(ctx.config.server.zone);
        const apps = argoApplications(ctx.repo.kubernetes);
        const prodApps = apps.filter((a) => PROD_WORD.test(`${placementText(a)} ${Object.values(a.labels).join(' ')}`));
        const templateLabel = `\`\`\`yaml\nspec:\n  template:\n    metadata:\n      labels:\n        zone: "${declared}"\n\`\`\``;
        const zoneOf = (a) => {
            const label = Object.entries(a.labels).find(([k]) => /zone/i.test(k))?.[1];
            return label ?? ZONE_IN_TEXT.exec(placementText(a))?.[1];
        };
        if (!prodApps.length) {
            return [
                {
                    status: 'not verified',
                    message: 'No Argo CD Application for production was found, so where prod lands cannot be read.',
                    reason: 'no argoproj.io Application/ApplicationSet naming prod in this repository',
                    evidence: apps.map((a) => a.at),
                    fix: `Keep the prod Application in the repository, under a zone folder or with a zone label:\n\n\`\`\`yaml\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${ctx.config.server.name}-prod\n  labels:\n    zone: "${declared}"\nspec:\n  project: zone-${declared}\n\`\`\``
                }
            ];
        }
        const outcomes = [];
        for (const a of prodApps) {
            const z = zoneOf(a);
            const from = a.generatedBy ? ` (generated by ApplicationSet ${a.generatedBy.appSet})` : '';
            if (z === undefined && a.generatedBy && !a.generatedBy.expanded) {
                outcomes.push({
                    status: 'not verified',
                    message: `ApplicationSet ${a.generatedBy.appSet} makes its Applications with a ${a.generatedBy.generator} generator, which asks a live system; where they land cannot be read from the repository.`,
                    reason: `${a.generatedBy.generator} generator: its parameters are not in the files`,
                    evidence: [a.at],
                    fix: `Put the zone in the ApplicationSet's template:\n\n${templateLabel}`
                });
            }
            else if (z === undefined)
                outcomes.push({
                    status: 'not verified',
                    message: `Application ${a.name}${from} says nothing about its zone.`,
                    reason: 'no zone label, folder, project, destination or source path',
                    evidence: [a.at],
                    fix: a.generatedBy
                        ? `Add a zone label to the ApplicationSet's template (or a \`zone\` key to each list element, used as \`'{{.zone}}'\`):\n\n${templateLabel}`
                        : `Add a zone label:\n\n\`\`\`yaml\nmetadata:\n  labels:\n    zone: "${declared}"\n\`\`\``
                });
            else if (z !== declared)
                outcomes.push({
                    status: 'failed',
                    message: `Application ${a.name}${from} lands in zone ${z}, but golive.yaml declares zone ${declared}.`,
                    evidence: [a.at],
                    fix: `Move the Application to the zone-${declared} project/cluster, or correct \`server.zone\`.`
                });
            else
                outcomes.push({
                    status: 'passed',
                    message: `Production Application ${a.name}${from} lands in zone ${declared}.`,
                    evidence: [a.at]
                });
        }
        return outcomes;
    }
};

const POLICY_CHECKS = [
    readme,
    codeowners,
    branchProtection,
    codeReview,
    releaseProcess,
    ciTests,
    testData,
    secrets,
    environments,
    securityScanning,
    dependencyUpdates,
    containerScan,
    zone
];

/** Waivers may run at most this long, and are flagged this many days before they end. */
const MAX_WAIVER_DAYS = 180;
const WAIVER_WARNING_DAYS = 14;
const DAY = 86_400_000;
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const config = {
    id: 'report.config',
    phase: 'report',
    level: 'blocking',
    title: 'Configuration',
    passesWhen: 'golive.yaml is valid and every waiver is current',
    explain: {
        looksFor: 'The configuration the verdict rests on.',
        evidence: [
            'golive.yaml validity and its waivers: expired fails, more than 180 days ahead fails, 14 days or less warns'
        ],
        why: 'An expired waiver means an open item is open again.',
        fix: 'Fix the item or renew the waiver with its approver.'
    },
    run(ctx) {
        const outcomes = [];
        ctx.config.waivers.forEach((w, i) => {
            const left = daysBetween(ctx.today, w.expires);
            const at = configEvidence(ctx, ['waivers', i, 'expires'], `waiver of ${w.check}`);
            if (left < 0) {
                outcomes.push({
                    status: 'failed',
                    message: `The waiver of ${w.check} expired on ${w.expires}; ${w.check} is open again.`,
                    evidence: [at],
                    fix: `Fix ${w.check}, or have ${w.approvedBy} renew the waiver with a new \`expires\` date (at most ${MAX_WAIVER_DAYS} days ahead).`
                });
            }
            else if (left > MAX_WAIVER_DAYS) {
                outcomes.push({
                    status: 'failed',
                    message: `The waiver of ${w.check} runs until ${w.expires}, more than ${MAX_WAIVER_DAYS} days ahead.`,
                    evidence: [at],
                    fix: `Set \`expires\` to ${MAX_WAIVER_DAYS} days from now or less, and renew it when it ends.`
                });
            }
            else if (left <= WAIVER_WARNING_DAYS) {
                outcomes.push({
                    status: 'warning',
                    message: `The waiver of ${w.check} expires on ${w.expires} (in ${counted(left, 'day')}).`,
                    evidence: [at],
                    fix: `Fix ${w.check} before ${w.expires}, or have ${w.approvedBy} renew the waiver.`
                });
            }
        });
        for (const [i, why] of ctx.unapproved?.waivers ?? [])
            outcomes.push({
                status: 'not verified',
                message: `${why}.`,
                reason: 'waiver not approved by its approver on this pull request',
                evidence: [configEvidence(ctx, ['waivers', i, 'approvedBy'])],
                fix: `Ask ${ctx.config.waivers[i].approvedBy} to approve the pull request.`,
                needsApi: true
            });
        for (const [i, why] of ctx.unapproved?.attestations ?? [])
            outcomes.push({
                status: 'not verified',
                message: `${why}.`,
                reason: 'attestation not approved by its author on this pull request',
                evidence: [configEvidence(ctx, ['attestations', i, 'by'])],
                fix: `Ask ${ctx.config.attestations[i].by} to approve the pull request.`,
                needsApi: true
            });
        if (!outcomes.some((o) => o.status === 'failed')) {
            const waivers = ctx.config.waivers.length;
            outcomes.unshift({
                status: 'passed',
                message: `${ctx.configFile.path} is valid (sha256 ${ctx.configFile.sha256.slice(0, 12)}…)${waivers ? ` and its ${waivers} waiver${waivers === 1 ? ' is' : 's are'} current` : ''}.`,
                evidence: [configEvidence(ctx, [])]
            });
        }
        return outcomes;
    }
};

/** Who may approve the go-live: golive.yaml approvers and the owners of CODEOWNERS' root rule. */
function approversOf(ctx) {
    return [...new Set([...ctx.config.approvers, ...(rootCodeownersRule(ctx.repo.docs.codeowners)?.owners ?? [])])];
}
const approval = {
    id: 'report.approval',
    phase: 'report',
    level: 'blocking',
    title: 'Go-live approval',
    passesWhen: 'the go-live is approved by a CODEOWNER or an approver',
    explain: {
        looksFor: 'The go-live approval.',
        evidence: ['on a PR: an approving review by a golive.yaml `approvers` entry or a CODEOWNER'],
        why: 'A named person signs off the go-live.',
        fix: 'Ask an approver to review the pull request.'
    },
    run(ctx) {
        const approvers = approversOf(ctx);
        const gh = ctx.github;
        const pull = gh?.context.pull;
        if (!gh)
            return [
                {
                    status: 'not verified',
                    message: 'Go-live approval is read from the pull request’s reviews; a local run cannot see them (no token).',
                    reason: 'no token (local run)',
                    needsApi: true
                }
            ];
        if (!pull)
            return [
                {
                    status: 'not applicable',
                    message: `Approval is judged on pull requests; this is a ${gh.context.eventName || 'non-PR'} run.`
                }
            ];
        if (!gh.reviews?.ok)
            return [
                {
                    status: 'not verified',
                    message: `The reviews of pull request #${pull.number} could not be read.`,
                    reason: gh.reviews && !gh.reviews.ok ? `${gh.reviews.endpoint}: ${gh.reviews.reason}` : 'not requested',
                    fix: gh.reviews && !gh.reviews.ok ? gh.reviews.howToFix : undefined,
                    needsApi: true
                }
            ];
        const users = approvers.filter((a) => !a.includes('/')).map((a) => a.slice(1).toLowerCase());
        const teams = approvers.filter((a) => a.includes('/'));
        const approved = gh.reviews.value.filter((r) => r.state === 'APPROVED' && r.user.toLowerCase() !== pull.author.toLowerCase());
        const byApprover = approved.filter((r) => users.includes(r.user.toLowerCase()));
        const evidence = [
            {
                api: gh.reviews.endpoint,
                fact: approved.length
                    ? `approved by ${approved.map((r) => `${r.user}${r.submittedAt ? ` at ${r.submittedAt}` : ''}${r.commitId ? ` on ${r.commitId.slice(0, 7)}` : ''}`).join(', ')}`
                    : 'no approving review'
            }
        ];
        if (byApprover.length)
            return [
                {
                    status: 'passed',
                    message: `Go-live approved by ${byApprover.map((r) => r.user).join(', ')}.`,
                    evidence,
                    needsApi: true
                }
            ];
        if (approved.length && teams.length)
            return [
                {
                    status: 'not verified',
                    message: `Approved by ${approved.map((r) => r.user).join(', ')}, but whether they belong to ${teams.join(', ')} cannot be read with this token.`,
                    reason: 'team membership needs a token with members: read (organisation)',
                    evidence,
                    fix: 'List the approvers by handle in golive.yaml `approvers`, or give the action a token with Members: read.',
                    needsApi: true
                }
            ];
        return [
            {
                status: 'failed',
                message: `No approval from a code owner or an approver (${approvers.join(', ') || 'none listed'}).`,
                evidence,
                fix: 'Ask one of the approvers to review and approve the pull request, or list approvers in golive.yaml `approvers`.',
                needsApi: true
            }
        ];
    }
};

const REPORT_CHECKS = [config, approval];

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
const LEG_WORDS = {
    privateData: 'private data',
    untrustedContent: 'untrusted content',
    externalCommunication: 'external communication'
};
const factEvidence = (f) => ({ ...f.at, note: f.via });
/** The declaration evidence asks for: the least that is true of what was found. */
function declarationFor(leg, facts, ctx) {
    if (leg === 'privateData')
        return ctx.repo.auth.obo.some((h) => !h.isTest)
            ? 'obo'
            : 'obo   # or app-only / api-key: how the tool is authorised';
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
        const needsOpen = leg === 'externalCommunication' &&
            cell.declared === 'allowlisted' &&
            cell.evidence.some((f) => f.source === 'caller-url' || f.source === 'send');
        const unlisted = leg === 'externalCommunication' && cell.declared === 'allowlisted'
            ? cell.evidence.filter((f) => f.source === 'host' && f.host && classifyHost(f.host, ctx.config.egress.allowedHosts) === 'public')
            : [];
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
                ? '```yaml\negress:\n  allowedHosts:\n' +
                    [...new Set(unlisted.map((f) => f.host))].map((h) => `    - ${h}`).join('\n') +
                    '\n```'
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
// ---------------------------------------------------------------- code the gate could not read
/** Each tool's reach by name, made once per run (four checks ask for every declared tool). */
const REACHES = new WeakMap();
/** Said of a tool whose handler calls a function imported from a module that is not in the checkout. */
const MISSING_CODE = 'it calls code the checkout does not hold';
/** Said of a tool whose handler calls code of the checkout the gate could not follow to a definition. */
const UNFOLLOWED_CODE = 'it calls code of the checkout the gate could not follow';
/** Said of a tool whose code goes on past the most functions the gate follows from one tool. */
const UNWALKED_CODE = 'it calls more code than the gate follows for one tool';
/** Said of a tool that starts a program: what the program reads or sends is not in the code the gate reads. */
const RUNS_PROGRAM = 'it runs a program whose reach the gate cannot read';
/** Said of a tool that calls a service's SDK the catalogue does not list: what it reads or sends is the service's. */
const CALLS_UNKNOWN_SDK = "it calls a service's SDK whose reach the gate does not know";
/** Said of a tool that reads the organisation's own service: whether others wrote the text it returns is open. */
const CONFIGURED_READ = "it reads the organisation's own service, whose text others may write";
/** Said of a tool whose HTTP calls go where the gate cannot tell: what they fetch may be private or outsiders' text. */
const UNRESOLVED_TARGET = 'it calls a URL the gate cannot resolve';
/** Said of a tool that sends a request body to a URL the gate cannot resolve: where its data goes is not known. */
const UNRESOLVED_SEND = 'it sends to a URL the gate cannot resolve';
/** Said of a tool beside a package that sends which no handler was followed to: the tool may be the one using it. */
const UNTIED_SENDER = 'it may use a package that sends, in code no handler was followed to';
/** Said of a tool that writes to a service: whether others read what it writes (a shared page, a comment) is open. */
const UNCLEAR_WRITE = 'it writes to a service whose readers the gate cannot tell';
/**
 * Why the gate could not read a declared tool's code (so evidence cannot raise its legs), or undefined. For the
 * read legs, a call whose target the gate cannot tell is unread too: it may fetch either.
 */
function unreadReason(ctx, tool, leg) {
    if (ctx.repo.scan.sourceFiles === 0)
        return 'the source is in no language the gate reads';
    const reach = reachOf(ctx, tool);
    if (!reach)
        return 'no registration found in source';
    if (!reach.handler)
        return 'no handler found';
    // Evidence of the leg decides it whatever else the code does (a call to a host inside is none).
    if (leg && reach.facts.some((f) => f.leg === leg && factCounts(f, ctx.config.egress.allowedHosts)))
        return undefined;
    if (reach.missing?.length)
        return MISSING_CODE;
    if (reach.unfollowed?.length)
        return UNFOLLOWED_CODE;
    if (reach.truncated?.length)
        return UNWALKED_CODE;
    if (reach.programs?.length)
        return RUNS_PROGRAM;
    if (reach.sdks?.length)
        return CALLS_UNKNOWN_SDK;
    if (leg && leg !== 'externalCommunication' && unresolvedCalls(ctx, tool).length)
        return UNRESOLVED_TARGET;
    if (leg === 'untrustedContent' && configuredReads(reach).length)
        return CONFIGURED_READ;
    // A request with a body to a target the gate cannot tell, in the tool's code or beside it, may carry its data out.
    if (leg === 'externalCommunication' && unresolvedCalls(ctx, tool).some((u) => u.sends))
        return UNRESOLVED_SEND;
    if (leg === 'externalCommunication' && reach.writes?.length)
        return UNCLEAR_WRITE;
    if (leg === 'externalCommunication' && untiedSenders(ctx, tool).length)
        return UNTIED_SENDER;
    return undefined;
}
/** The languages whose source the gate reads, as a message names them. */
const SOURCE_LANGUAGES = 'TypeScript, JavaScript, Python, C#, Go or Java';
/** Why a check that needs the source read none of it. */
const NO_SOURCE_REASON = 'no source files in the checkout (or all excluded by paths.exclude / .gitignore)';
/**
 * Why no tool's code could be read at all, or undefined: then a leg neither declared nor seen is not known to be
 * absent (a browser server whose tools live in a dependency passed "no untrusted content" on nothing read). No source
 * the gate reads; an SDK with no registration found; only computed names; registrations none of whose handlers was
 * found.
 */
function toolsUnread(ctx) {
    if (ctx.repo.scan.sourceFiles === 0)
        return 'the source is in no language the gate reads';
    const found = ctx.repo.source.tools.filter((t) => !t.isTest);
    // A framework's one registration of whatever list it is handed (`server.registerTool(await name, …)`) reads no tool.
    if (found.length && found.every((t) => t.computed))
        return 'the only tool registrations found have computed names';
    if (ctx.repo.capabilities.tools.some((t) => t.handler))
        return undefined;
    if (found.length)
        return 'no tool’s handler was found in source';
    return ctx.repo.source.mcpFiles?.length
        ? 'no tool registration was found in source'
        : 'no MCP SDK or registration idiom the gate reads was found';
}
/** The outcome of a leg check that found nothing, when no tool is declared and none's code could be read. */
function nothingReadOutcome(ctx, leg, check) {
    // Declared tools are held against their own code (unreadOutcomes); this is for a golive.yaml that declares none.
    const why = ctx.config.tools.length ? undefined : toolsUnread(ctx);
    if (!why)
        return undefined;
    return {
        status: 'not verified',
        message: `No tool’s code could be read (${why}), so whether any tool reaches ${LEG_WORDS[leg]} is not known.`,
        reason: why,
        fix: `Let the gate read the tools (a registration and handler in a language it reads, or the inventory: \`mcp-golive explain security.tools-declared\`), declare each tool’s legs in golive.yaml, or have a reviewer attest it:\n\n\`\`\`yaml\nattestations:\n  - check: ${check}\n    subject: server\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: what the tools reach\n\`\`\``
    };
}
/** Reads of the host the server's configuration names (an issue tracker, a wiki, a ticket queue of its own). */
const configuredReads = (reach) => (reach?.facts ?? []).filter((f) => f.source === 'configured-host').map((f) => f.at);
/** Packages that can send (mail, chat, a service's posts) used where no handler led, that the tool may be using. */
function untiedSenders(ctx, tool) {
    return (byCandidate(SENDERS, ctx.repo.capabilities, ctx.repo.capabilities.server, (f) => f.source === 'send').get(tool) ??
        []);
}
/** Per capabilities, per tool: the server's facts and calls that name it a candidate (made once; asked per tool). */
const SENDERS = new WeakMap();
const UNRESOLVED = new WeakMap();
function byCandidate(cache, key, items, keep = () => true) {
    let index = cache.get(key);
    if (!index) {
        cache.set(key, (index = new Map()));
        for (const item of items) {
            if (!keep(item))
                continue;
            for (const tool of new Set(item.candidates)) {
                const list = index.get(tool);
                if (list)
                    list.push(item);
                else
                    index.set(tool, [item]);
            }
        }
    }
    return index;
}
function reachOf(ctx, tool) {
    let reaches = REACHES.get(ctx.repo.capabilities);
    if (!reaches)
        REACHES.set(ctx.repo.capabilities, (reaches = new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))));
    return reaches.get(tool);
}
/** Calls with a target the gate cannot tell that the tool makes, or that sit beside it where no handler led. */
function unresolvedCalls(ctx, tool) {
    return [
        ...(reachOf(ctx, tool)?.unknownTargets ?? []),
        ...(byCandidate(UNRESOLVED, ctx.repo.capabilities, ctx.repo.capabilities.unresolved).get(tool) ?? [])
    ];
}
/** Per reason: how the fix starts, and where in the code a tool shows it (the first place is quoted). */
const UNREAD = {
    [UNRESOLVED_TARGET]: {
        fix: 'Build the URL from a constant or a configuration key the gate can read',
        where: (ctx, tool) => unresolvedCalls(ctx, tool).map((u) => u.at)
    },
    [UNRESOLVED_SEND]: {
        fix: 'Build the URL from a constant or a configuration key the gate can read',
        where: (ctx, tool) => unresolvedCalls(ctx, tool).flatMap((u) => (u.sends ? [u.at] : []))
    },
    [CONFIGURED_READ]: {
        fix: 'Declare `untrustedContent` if people other than the user write what the tool reads (issues, comments, messages, tickets)',
        where: (ctx, tool) => configuredReads(reachOf(ctx, tool))
    },
    [UNCLEAR_WRITE]: {
        fix: 'Declare `externalCommunication` if others read what the tool writes',
        where: (ctx, tool) => reachOf(ctx, tool)?.writes ?? []
    },
    [UNTIED_SENDER]: {
        fix: 'Declare `externalCommunication` on the tools that use the package',
        where: (ctx, tool) => untiedSenders(ctx, tool).map((f) => f.at)
    },
    [RUNS_PROGRAM]: {
        fix: 'Declare the legs the program gives the tool (a CLI of a hosting service reads its private repositories and the issues others write there, and can post)',
        where: (ctx, tool) => reachOf(ctx, tool)?.programs ?? []
    },
    [CALLS_UNKNOWN_SDK]: {
        fix: "Add the package to golive.yaml `capabilities` with the legs it gives (a service's API behind a key reads the account's data; what a tool sends through it leaves to the service)",
        where: (ctx, tool) => reachOf(ctx, tool)?.sdks ?? []
    },
    [UNFOLLOWED_CODE]: {
        fix: "Call the module's functions through a static import the gate can follow, or declare the legs the tool holds",
        where: (ctx, tool) => reachOf(ctx, tool)?.unfollowed ?? []
    },
    [UNWALKED_CODE]: {
        fix: 'Have a reviewer read what the tool reaches and attest it, or declare the legs the tool holds',
        where: (ctx, tool) => reachOf(ctx, tool)?.truncated ?? []
    },
    [MISSING_CODE]: {
        fix: 'Commit the module the handler imports (or generate it before the gate runs)',
        where: (ctx, tool) => reachOf(ctx, tool)?.missing ?? []
    }
};
/**
 * Declared tools that deny a leg (`none`) but whose code the gate could not read: one `not verified` per
 * reason, naming the tools, unless a reviewer attests the tool for this check. Fail closed: a `none` the
 * gate cannot hold against code is not a pass.
 */
function unreadOutcomes(ctx, leg, check) {
    const byReason = new Map();
    const outcomes = [];
    for (const [i, t] of ctx.config.tools.entries()) {
        if (t[leg] !== 'none')
            continue;
        const why = unreadReason(ctx, t.name, leg);
        if (!why)
            continue;
        const att = attestationFor(ctx, check, t.name);
        if (att) {
            outcomes.push(attested(att, `Tool "${t.name}" has no ${LEG_WORDS[leg]}`, [configEvidence(ctx, ['tools', i, leg])]));
            continue;
        }
        byReason.set(why, [...(byReason.get(why) ?? []), t.name]);
    }
    for (const [why, tools] of byReason) {
        const shown = firstNames(tools, 10);
        outcomes.push({
            status: 'not verified',
            message: `${counted(tools.length, 'tool')} declared \`${leg}: none\` could not be checked against code (${why}): ${shown}.`,
            reason: why,
            evidence: tools
                .slice(0, 10)
                .flatMap((name) => [
                configEvidence(ctx, ['tools', toolIndex(ctx, name), leg]),
                ...(UNREAD[why]?.where(ctx, name) ?? []).slice(0, 1)
            ]),
            fix: `${UNREAD[why]?.fix ?? 'Name the handler so the gate can follow it'}, or have a reviewer read the code and attest it:\n\n\`\`\`yaml\nattestations:\n  - check: ${check}\n    subject: ${tools[0]}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: what the tool reaches\n\`\`\``
        });
    }
    return outcomes;
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
    phase: 'security',
    level: 'blocking',
    title: 'Tools declared',
    reads: ['source'],
    passesWhen: 'every tool registered in source is declared in golive.yaml, and every declared tool is found in source',
    explain: {
        looksFor: 'Every tool the server registers in source, compared with the tools golive.yaml declares.',
        evidence: [
            'TypeScript/JavaScript: `server.tool("x")`, `server.registerTool("x")`, FastMCP `addTool({ name })`, low-level `setRequestHandler(ListToolsRequestSchema)` tool arrays, a base class registering `this.name` for subclasses that set `static toolName = "x"`, a loop over a list other modules filter or map from a literal one, a name the callers of a registering function hand it (`toolName || "x"` included)',
            'Python: `@mcp.tool`, `@mcp.tool()`, `@mcp.tool(name="x")`, `Tool(name="x")`',
            'C#: `[McpServerTool]` methods and `Name = "x"`',
            'Go: `mcp.AddTool(server, &mcp.Tool{Name: "x"})`, mark3labs `mcp.NewTool("x")`, a `&mcp.Tool{Name: "x"}` handed to any call beside its handler, the server\'s own `api.Tool{Name: "x", InputSchema: …}`',
            'Java: `Tool.builder().name("x")`, `new McpSchema.Tool("x", …)`, Spring AI `@Tool`'
        ],
        why: 'Phase 1 judges the union of all tools a session can reach; a tool the declaration leaves out escapes the trifecta review.',
        fix: 'Declare every registered tool with its three capabilities, or remove the registration. A declared tool that is not found is a warning: delete the declaration if the tool is gone.'
    },
    run(ctx) {
        const inventory = ctx.repo.inventory;
        const served = servedTools(inventory);
        if (ctx.repo.scan.sourceFiles === 0 && !served) {
            return [
                {
                    status: 'not verified',
                    message: `No ${SOURCE_LANGUAGES} source was found, so the registered tools could not be read.`,
                    reason: NO_SOURCE_REASON,
                    fix: INVENTORY_FIX
                }
            ];
        }
        const outcomes = [];
        const entries = toolEntries(ctx.config, ctx.repo);
        const declaredAt = (name) => configEvidence(ctx, ['tools', toolIndex(ctx, name), 'name']);
        const regAt = (e) => (e.registeredAt ? [e.registeredAt] : []);
        if (inventory?.configured && !inventory.ok) {
            const from = inventory.source === 'file'
                ? `the inventory file ${ctx.config.inventory?.file ?? ''}`
                : inventory.source === 'url'
                    ? 'the server at inventory.url'
                    : 'the server inventory.command starts';
            outcomes.push({
                status: 'not verified',
                message: `The served tools could not be read from ${from}, so the source alone decides below.${inventory.stderr ? ` Its standard error: ${inventory.stderr}` : ''}`,
                reason: inventory.reason,
                evidence: [inventoryEvidence(ctx, inventory.refused ? 'not started' : 'not read')],
                fix: inventory.refused
                    ? 'Run the gate where it may start the server (on pull_request, or the CLI with --inventory on a checkout you trust), or export tools/list to a file in a trusted job and name it as `inventory.file`.'
                    : 'Make the server start with only PATH, HOME and the placeholders under `inventory.env`, answer on standard output with JSON-RPC only (logs go to standard error), and list its tools within `inventory-timeout`.'
            });
        }
        if (served) {
            const live = inventory?.configured && inventory.live;
            const what = live ? 'the server serves' : `the inventory file ${ctx.config.inventory?.file ?? ''} records`;
            for (const e of entries.filter((e) => e.served && !e.declared)) {
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${e.name}" is served (${what} it) but not declared in golive.yaml: a session can call it.`,
                    evidence: [inventoryEvidence(ctx, `serves tool "${e.name}"`), ...regAt(e)],
                    fix: declarationFix(e.name)
                });
            }
            for (const e of entries.filter((e) => e.declared && !e.served)) {
                outcomes.push(live
                    ? {
                        status: 'failed',
                        message: `Tool "${e.name}" is declared in golive.yaml but the server does not serve it: the declaration is stale.`,
                        evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                        fix: 'Remove the declaration if the tool is gone, or check that the server registers it under this exact name when started as `inventory` starts it.'
                    }
                    : {
                        status: 'warning',
                        message: `Tool "${e.name}" is declared in golive.yaml but not in the inventory file: the file or the declaration is out of date.`,
                        evidence: [declaredAt(e.name), inventoryEvidence(ctx, 'tools/list')],
                        fix: 'Export tools/list again and commit it, or remove the declaration if the tool is gone.'
                    });
            }
            outcomes.push(...metadataOutcomes(ctx, served, what));
        }
        else {
            const mcpFiles = ctx.repo.source.mcpFiles ?? [];
            const registered = entries.filter((e) => e.registeredAt);
            const computed = computedRegistrations(ctx.repo);
            if (mcpFiles.length && !registered.length && !computed.length) {
                outcomes.push({
                    status: 'not verified',
                    message: `An MCP SDK is used (${plural(mcpFiles.length, 'file')}) but no tool registration was found in source: the gate cannot tell which tools the server serves.`,
                    reason: 'no registration idiom the gate reads was found',
                    evidence: mcpFiles.slice(0, 5).map((f) => ({ file: f, line: 1, column: 1, note: 'uses an MCP SDK' })),
                    fix: INVENTORY_FIX
                });
            }
            // No SDK the gate knows and nothing registered: an SDK it cannot read, not a server without tools.
            if (!mcpFiles.length && !registered.length && !computed.length && !entries.some((e) => e.declared)) {
                outcomes.push({
                    status: 'not verified',
                    message: 'No tool registration and no MCP SDK the gate reads were found in source: the server may use an SDK or idiom the gate does not know, so which tools it serves is not known.',
                    reason: 'no MCP SDK or registration idiom the gate reads was found',
                    fix: INVENTORY_FIX
                });
            }
            if (computed.length) {
                outcomes.push({
                    status: 'not verified',
                    message: `${plural(computed.length, 'tool registration')} in source ${computed.length === 1 ? 'has a name' : 'have names'} the code computes, so the tool names clients see are not known: ${computed
                        .slice(0, 10)
                        .map((r) => `\`${r.computed.expression}\` at ${r.at.file}:${r.at.line}`)
                        .join(', ')}${computed.length > 10 ? ', …' : ''}.`,
                    reason: 'computed tool names',
                    evidence: computed.map((r) => ({ ...r.at, note: `name computed as ${r.computed.expression}` })),
                    fix: INVENTORY_FIX
                });
            }
        }
        // Registered in source but neither declared nor served: a session can reach it when the server is started
        // otherwise.
        for (const e of entries.filter((e) => e.registeredAt && !e.declared && !e.served)) {
            outcomes.push({
                status: 'failed',
                message: `Tool "${e.name}" is registered in source but not declared in golive.yaml.`,
                evidence: regAt(e),
                fix: declarationFix(e.name)
            });
        }
        if (!served) {
            for (const e of entries.filter((e) => e.declared && !e.registeredAt)) {
                outcomes.push({
                    status: 'not verified',
                    message: `Tool "${e.name}" is declared in golive.yaml but no registration of it was found in source, and no inventory was read: whether the server serves it is not known.`,
                    reason: 'declared tool without a registration the gate reads',
                    evidence: [declaredAt(e.name)],
                    fix: `${INVENTORY_FIX}\n\nOr remove the declaration if the tool is gone (\`mcp-golive explain security.tools-declared\` lists the registration idioms the gate reads).`
                });
            }
        }
        if (!outcomes.length) {
            const names = entries.map((e) => e.name);
            const basis = served
                ? inventory?.configured && inventory.live
                    ? 'served by the server (tools/list)'
                    : `recorded in the inventory file ${ctx.config.inventory?.file ?? ''}`
                : 'registered in source';
            outcomes.push({
                status: 'passed',
                message: names.length
                    ? `All ${plural(names.length, 'tool')} ${basis} ${names.length === 1 ? 'is' : 'are'} declared, and every declared tool is ${served ? 'served' : 'registered'}: ${names.join(', ')}.`
                    : `No tool is ${basis}, and golive.yaml declares none.`,
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
        if (decl &&
            tool.annotations?.openWorldHint === true &&
            decl.externalCommunication === 'none' &&
            decl.untrustedContent === 'none') {
            out.push({
                status: 'failed',
                message: `Tool "${tool.name}" is annotated \`openWorldHint: true\` (it reaches the world outside the server) but golive.yaml declares \`externalCommunication: none\` and \`untrustedContent: none\`.`,
                evidence: [at, configEvidence(ctx, ['tools', toolIndex(ctx, tool.name), 'externalCommunication'])],
                fix: 'Declare what the tool really does (`externalCommunication` and `untrustedContent`), or set `openWorldHint: false` if it only touches a closed domain.'
            });
        }
        if (!tool.description?.trim())
            missingDescription.push(tool.name);
        for (const d of descriptionsOf(tool)) {
            const signs = poisonSigns(d.text);
            if (signs.length) {
                out.push({
                    status: 'failed',
                    message: `Tool "${tool.name}" carries instructions to the model in its ${d.where} (tool poisoning): ${signs.map((s) => `${s.why}: "${s.quote}"`).join('; ')}.`,
                    evidence: [at],
                    fix: 'A description says what the tool does, for the model and the reviewer; it never tells the model what to do beyond that. Remove the instruction (and any hidden characters) from the text the server serves.'
                });
            }
        }
    }
    if (missingDescription.length) {
        out.push({
            status: 'warning',
            message: `${plural(missingDescription.length, 'tool')} ${what === 'the server serves' ? 'served' : 'listed'} without a description: ${missingDescription.join(', ')}. Clients and reviewers rely on it.`,
            evidence: [inventoryEvidence(ctx, 'tools/list')],
            fix: 'Give each tool a description of what it does and what it returns.'
        });
    }
    return out;
}

/** The check whose attestation vouches for a tool's leg. */
const LEG_CHECK = {
    privateData: 'security.private-data',
    untrustedContent: 'security.untrusted-content',
    externalCommunication: 'security.external-communication'
};
/**
 * The union over all tools of the three capabilities: declared values, raised by evidence (never lowered), and what the
 * server holds apart from any tool.
 */
function trifectaLegs(ctx) {
    const legs = {
        privateData: { present: false, evidence: [], why: [] },
        untrustedContent: { present: false, evidence: [], why: [] },
        externalCommunication: { present: false, evidence: [], why: [] }
    };
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
                raise(legs[name], `${row.tool} declares ${name}: ${cell.declared}`, [
                    configEvidence(ctx, ['tools', declared.get(row.tool), name])
                ]);
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
    phase: 'security',
    level: 'critical',
    title: 'Lethal trifecta',
    reads: ['source'],
    passesWhen: 'the union of all tools’ capabilities does not hold all three of private data, untrusted content and external communication',
    explain: {
        looksFor: 'Whether the union of all tools holds private data, untrusted content and external communication at once.',
        evidence: [
            'golive.yaml capabilities per tool',
            'evidence that raises a capability: caller-supplied URLs fetched or text outsiders write read — mail, issues and comments, chat, tickets, scraped pages (untrusted content), calls to public hosts or egress open to the world (external communication)'
        ],
        why: 'The lethal trifecta lets an attacker who controls content make the model send private data out. All three in one server is a STOP: redesign, never waived.',
        fix: 'Remove one leg for every session: usually drop the outbound channel and keep outside text out of the model’s context, or split the server.'
    },
    run(ctx) {
        const { privateData: priv, untrustedContent: untrusted, externalCommunication: external } = trifectaLegs(ctx);
        const legs = [
            ['private data', priv],
            ['untrusted content', untrusted],
            ['external communication', external]
        ];
        // The report's risk level reads the legs from the finding, not from this check's logic.
        const values = {
            legs: { privateData: priv.present, untrustedContent: untrusted.present, externalCommunication: external.present }
        };
        if (legs.every(([, l]) => l.present)) {
            // A single tool holding all three is the worst case: one call can read, be steered and send.
            const whole = toolMatrix(ctx)
                .filter((r) => r.privateData.present && r.untrustedContent.present && r.externalCommunication.present)
                .map((r) => r.tool);
            const single = whole.length
                ? `${whole.join(', ')} ${whole.length === 1 ? 'holds' : 'each hold'} all three legs by ${whole.length === 1 ? 'itself' : 'themselves'}, and `
                : '';
            return [
                {
                    status: 'failed',
                    message: `STOP — ${single}the server holds all three legs of the lethal trifecta: private data (${priv.why.join('; ')}), untrusted content (${untrusted.why.join('; ')}) and external communication (${external.why.join('; ')}). Redesign before go-live; this can never be waived.`,
                    evidence: [priv.evidence[0], untrusted.evidence[0], external.evidence[0]].concat(priv.evidence.slice(1), untrusted.evidence.slice(1), external.evidence.slice(1)),
                    fix: 'Remove at least one leg for every session: split the server so no session reaches private data and untrusted content and an outbound channel together — usually by dropping the outbound channel and keeping outside text out of the model’s context.',
                    values
                }
            ];
        }
        const present = legs.filter(([, l]) => l.present).map(([n]) => n);
        // Fail closed: a missing leg that a tool whose code was not read denies may be there.
        const unread = new Map();
        for (const t of ctx.config.tools) {
            const why = ['privateData', 'untrustedContent', 'externalCommunication']
                .filter((leg) => t[leg] === 'none' && !values.legs[leg] && !attestationFor(ctx, LEG_CHECK[leg], t.name))
                .map((leg) => unreadReason(ctx, t.name, leg))
                .find((w) => w !== undefined);
            if (why)
                unread.set(t.name, why);
        }
        // No tool declared, and none whose code could be read: the legs not seen are not known to be absent.
        const nothingRead = unread.size || ctx.config.tools.length ? undefined : toolsUnread(ctx);
        if (nothingRead || unread.size) {
            const missing = legs.filter(([, l]) => !l.present).map(([n]) => n);
            const tools = [...unread.keys()];
            const reasons = nothingRead ? [nothingRead] : [...new Set(unread.values())];
            const unchecked = nothingRead
                ? `no tool’s code could be read (${nothingRead}), so ${missing.join(' and ')} may be there too.`
                : `the code of ${counted(tools.length, 'tool')} that ${tools.length === 1 ? 'denies' : 'deny'} ${missing.join(' and ')} could not be checked (${reasons.join('; ')}): ${firstNames(tools, 10)}.`;
            return [
                {
                    status: 'not verified',
                    message: `${present.length ? `Only ${present.join(' and ')} in the code read` : 'No leg in the code read'}, but ${unchecked}`,
                    reason: reasons.join('; '),
                    evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
                    fix: nothingRead
                        ? 'Let the gate read the tools’ code (a registration and handler in a language it reads, or the inventory), or declare each tool’s legs in golive.yaml.'
                        : 'Let the gate read the tools’ code (a registration and handler in a language it reads), or have a reviewer check each tool’s legs and attest them on security.private-data, security.untrusted-content and security.external-communication.',
                    values
                }
            ];
        }
        return [
            {
                status: 'passed',
                message: present.length
                    ? `Not all three legs: only ${present.join(' and ')} across the tools.`
                    : 'None of the three legs is present across the tools.',
                evidence: legs.flatMap(([, l]) => l.evidence).slice(0, 6),
                values
            }
        ];
    }
};

const privateData = {
    id: 'security.private-data',
    phase: 'security',
    level: 'blocking',
    title: 'Private data on behalf of the user',
    reads: ['source'],
    passesWhen: 'every tool with private data reaches it on behalf of the user (obo)',
    explain: {
        looksFor: 'How each tool reaches private data.',
        evidence: ['`privateData` per tool in golive.yaml'],
        why: 'Only on-behalf-of access keeps data scoped to what the signed-in user may see.',
        fix: 'Use the OBO exchange for every downstream call and declare `privateData: obo`.'
    },
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
        outcomes.push(...unreadOutcomes(ctx, 'privateData', 'security.private-data'));
        // `obo` is a claim about the identity the data client is built with: the source must show the exchange.
        const oboWithEvidence = toolMatrix(ctx).filter((r) => r.privateData.declared === 'obo' && r.privateData.evidence.length);
        const obo = production(ctx.repo.auth.obo);
        const appCredentials = production(ctx.repo.auth.appCredentials);
        if (oboWithEvidence.length && !obo.length) {
            const names = oboWithEvidence.map((r) => r.tool).join(', ');
            outcomes.push(appCredentials.length
                ? {
                    status: 'failed',
                    message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but the source builds its clients with an app identity (${appCredentials[0].what}) and never exchanges the user's token.`,
                    evidence: [
                        ...appCredentials.map((h) => h.at),
                        ...oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
                    ],
                    fix: 'Build the data client with the on-behalf-of token (e.g. OnBehalfOfCredential / acquire_token_on_behalf_of), or declare the identity the tool really uses (`app-only` or `api-key`).'
                }
                : {
                    status: 'not verified',
                    message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but no on-behalf-of exchange was found in the source.`,
                    reason: 'the identity the data client is built with could not be read',
                    evidence: oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
                });
        }
        const nothingRead = outcomes.length ? undefined : nothingReadOutcome(ctx, 'privateData', 'security.private-data');
        if (nothingRead)
            outcomes.push(nothingRead);
        if (!outcomes.length) {
            const declaredObo = ctx.config.tools.filter((t) => t.privateData === 'obo');
            outcomes.push({
                status: 'passed',
                message: declaredObo.length
                    ? `Private data only on behalf of the user (${declaredObo.map((t) => t.name).join(', ')}).`
                    : 'No tool declares or is seen reaching private data.',
                evidence: declaredObo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData']))
            });
        }
        return outcomes;
    }
};

const untrustedContent = {
    id: 'security.untrusted-content',
    phase: 'security',
    level: 'blocking',
    title: 'No untrusted content in context',
    reads: ['source'],
    passesWhen: 'no tool puts untrusted content in the model’s context',
    explain: {
        looksFor: 'Whether text an outsider can author reaches the model.',
        evidence: [
            '`untrustedContent` per tool',
            'attestations for `sanitized`',
            'source that fetches caller-supplied URLs',
            'source that reads text outsiders write: mail (Microsoft Graph, Gmail, IMAP), GitHub/GitLab/Jira issues and comments, Slack and Teams messages, help-desk tickets, scraped web pages'
        ],
        why: 'Untrusted text in the context is how prompt injection arrives.',
        fix: 'Return structured data the server controls; if content must pass, sanitise it and have a reviewer attest it (`attestations` with `check: security.untrusted-content` and `subject: <tool>`).'
    },
    run(ctx) {
        const outcomes = [];
        for (const [i, t] of ctx.config.tools.entries()) {
            const at = configEvidence(ctx, ['tools', i, 'untrustedContent']);
            if (t.untrustedContent === 'in-context') {
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" puts untrusted content in the model’s context.`,
                    evidence: [at],
                    fix: 'Keep outside text out of the model’s context: return identifiers or structured fields the server controls, or sanitise it and have a reviewer attest to it (`untrustedContent: sanitized` plus an attestation).'
                });
            }
            else if (t.untrustedContent === 'sanitized') {
                const att = attestationFor(ctx, 'security.untrusted-content', t.name);
                outcomes.push(att
                    ? attested(att, `Tool "${t.name}" sanitises untrusted content`, [at])
                    : {
                        status: 'not verified',
                        message: `Tool "${t.name}" declares sanitised untrusted content; a machine cannot check sanitisation.`,
                        reason: 'sanitisation needs an attestation by a named reviewer',
                        evidence: [at],
                        fix: `Have a reviewer attest it in golive.yaml:\n\n\`\`\`yaml\nattestations:\n  - check: security.untrusted-content\n    subject: ${t.name}\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: how the content is sanitised\n\`\`\``
                    });
            }
        }
        outcomes.push(...evidenceOutcomes(ctx, 'untrustedContent'));
        outcomes.push(...unreadOutcomes(ctx, 'untrustedContent', 'security.untrusted-content'));
        if (!outcomes.some((o) => o.status === 'failed' || o.status === 'not verified')) {
            outcomes.unshift(nothingReadOutcome(ctx, 'untrustedContent', 'security.untrusted-content') ?? {
                status: 'passed',
                message: 'No tool puts untrusted content in the model’s context.',
                evidence: ctx.config.tools.map((_, i) => configEvidence(ctx, ['tools', i, 'untrustedContent']))
            });
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
    const calls = {
        public: { hosts: [], rows: [], total: 0 },
        known: { rows: [], total: 0 },
        computed: [],
        callerSupplied: []
    };
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
    phase: 'security',
    level: 'blocking',
    title: 'No external communication',
    reads: ['source', 'manifest'],
    passesWhen: 'no tool communicates externally, and no evidence contradicts it',
    explain: {
        looksFor: 'Outbound communication declared and seen.',
        evidence: [
            '`externalCommunication` per tool and `egress.allowedHosts`',
            'HTTP clients and sockets in source (fetch, axios, got, undici, node:http, httpx, requests, urllib, HttpClient, net/http, java.net, OkHttp, WebClient, sockets) and their targets',
            'NetworkPolicy and CiliumNetworkPolicy egress'
        ],
        why: 'An outbound channel is how data leaves; with private data and untrusted content it completes the trifecta.',
        fix: 'Call only cluster-internal, allowlisted hosts; restrict egress with a NetworkPolicy; attest computed targets (`subject: file:line`).'
    },
    run(ctx) {
        const outcomes = [];
        const allowed = ctx.config.egress.allowedHosts;
        ctx.config.tools.forEach((t, i) => {
            const at = configEvidence(ctx, ['tools', i, 'externalCommunication']);
            if (t.externalCommunication === 'open')
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" declares open external communication.`,
                    evidence: [at],
                    fix: 'Remove the outbound channel, or restrict it to named hosts (`externalCommunication: allowlisted` and `egress.allowedHosts`).'
                });
            else if (t.externalCommunication === 'allowlisted' && !allowed.length)
                outcomes.push({
                    status: 'failed',
                    message: `Tool "${t.name}" declares allowlisted communication, but \`egress.allowedHosts\` is empty.`,
                    evidence: [at],
                    fix: '```yaml\negress:\n  allowedHosts:\n    - api.partner.example\n```'
                });
        });
        outcomes.push(...evidenceOutcomes(ctx, 'externalCommunication'));
        outcomes.push(...unreadOutcomes(ctx, 'externalCommunication', 'security.external-communication'));
        // One finding per call-site family (same file, client and computed expression); a URL a tool argument chooses is
        // raised above instead.
        const families = new Map();
        const callerLines = new Set(toolMatrix(ctx).flatMap((r) => r.externalCommunication.evidence
            .concat(r.untrustedContent.evidence)
            .filter((f) => f.source === 'caller-url')
            .map((f) => `${f.at.file}:${f.at.line}`)));
        const computed = [
            ...productionCalls(ctx).computed.filter((c) => !c.callerSupplied),
            ...ctx.repo.capabilities.tools.flatMap((t) => t.unknownTargets)
        ];
        // The source scan and the per-tool reach may both name a call, by two names of its client: one finding a line;
        // a call whose target a tool's reach told (a base address, a vendor's API) is no longer computed.
        const seenLines = new Set(ctx.repo.capabilities.resolved);
        for (const c of computed) {
            const line = `${c.at.file}:${c.at.line}`;
            if (callerLines.has(line) || seenLines.has(line))
                continue;
            seenLines.add(line);
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
                outcomes.push({
                    status: 'attested',
                    message: `The target of ${c.client} at ${subject} is computed; ${att.by} attests it stays internal.`,
                    evidence: [c.at],
                    attestation: { by: att.by, date: att.date, note: att.note }
                });
            }
            else {
                outcomes.push({
                    status: 'warning',
                    message: `Cannot tell where ${c.client} at ${subject} connects: the target is computed (\`${c.expression}\`)${c.count > 1 ? `, as at ${counted(c.count - 1, 'more place')} in the file` : ''}.`,
                    evidence: [c.at],
                    fix: `Use a literal internal URL, or have a reviewer attest where it goes:\n\n\`\`\`yaml\nattestations:\n  - check: security.external-communication\n    subject: "${subject}"\n    by: "@reviewer"\n    date: ${ctx.today}\n    note: the URL is built from the in-cluster service name\n\`\`\``
                });
            }
        }
        const egress = ctx.repo.egress;
        if (egress.openToWorld.length) {
            outcomes.push({
                status: 'failed',
                message: 'A network policy allows egress to the whole world.',
                evidence: egress.openToWorld,
                fix: 'Allow egress only to the namespaces and services the server needs:\n\n```yaml\negress:\n  - to:\n      - namespaceSelector:\n          matchLabels:\n            kubernetes.io/metadata.name: tickets\n    ports:\n      - port: 8080\n```'
            });
        }
        const fqdns = egress.fqdns.filter((f) => classifyHost(f.host.replace(/^\*\./, 'x.'), allowed) === 'public');
        if (fqdns.length)
            outcomes.push({
                status: 'failed',
                message: `A Cilium policy allows egress to external hosts that are not allowlisted: ${fqdns.map((f) => f.host).join(', ')}.`,
                evidence: fqdns.map((f) => f.at),
                fix: 'Remove the toFQDNs rule, or list the hosts under `egress.allowedHosts` if the communication is approved.'
            });
        const hasWorkloads = deployedObjects(ctx).some((o) => ['Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob'].includes(o.kind));
        if (hasWorkloads && !egress.policies.length) {
            outcomes.push({
                status: 'warning',
                message: 'No NetworkPolicy or CiliumNetworkPolicy restricts egress, so nothing but the code stops the server talking to the world.',
                fix: '```yaml\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ' +
                    ctx.config.server.name +
                    '-egress\nspec:\n  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n    - to:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: kube-system\n      ports:\n        - port: 53\n          protocol: UDP\n```'
            });
        }
        if (outcomes.some((o) => o.status === 'failed' || o.status === 'not verified'))
            return outcomes;
        const nothingRead = nothingReadOutcome(ctx, 'externalCommunication', 'security.external-communication');
        if (nothingRead)
            outcomes.unshift(nothingRead);
        else {
            const internal = productionCalls(ctx).known;
            const n = internal.total;
            outcomes.unshift({
                status: 'passed',
                message: `No tool communicates externally${n ? `; ${counted(n, 'call')} in source go to internal, allowlisted or identity-provider hosts` : ''}${egress.policies.length ? '; egress is restricted by network policy' : ''}.`,
                evidence: [...internal.rows.map((c) => ({ ...c.at, note: `${c.client} → ${c.host}` })), ...egress.policies],
                omittedEvidence: n - internal.rows.length
            });
        }
        return outcomes;
    }
};

const contentTypes = {
    id: 'security.content-types',
    phase: 'security',
    level: 'critical',
    title: 'No prohibited content types',
    reads: ['source'],
    passesWhen: 'no image, audio or resource-link content is produced in source',
    explain: {
        looksFor: 'Image, audio and resource-link content produced in production source.',
        evidence: [
            'TS `type: "image" | "audio" | "resource_link"`',
            'Python `ImageContent`, `AudioContent`, `ResourceLink`, FastMCP `Image`, `Audio`',
            'C# `ImageContentBlock`, `AudioContentBlock`, `ResourceLinkBlock`, `DataContent` with image/audio types',
            'Go `mcp.ImageContent{}`, `NewImageContent`, `NewToolResultImage`, …',
            'Java `McpSchema.ImageContent`, `AudioContent`, `ResourceLink`'
        ],
        why: 'These content types are prohibited: they carry content a reviewer cannot read and can smuggle instructions.',
        fix: 'Return text content only. Uses in test code are reported apart and do not block.'
    },
    run(ctx) {
        // Nothing read is nothing seen: a server in another language (Rust, …) does not pass on no evidence.
        if (ctx.repo.scan.sourceFiles === 0)
            return [
                {
                    status: 'not verified',
                    message: `No ${SOURCE_LANGUAGES} source was found, so the content the tools return could not be read.`,
                    reason: NO_SOURCE_REASON,
                    fix: 'Check by hand that no tool returns image, audio or resource-link content, and record it as a waiver.'
                }
            ];
        const uses = ctx.repo.source.contentTypes;
        const prod = uses.filter((u) => !u.isTest);
        const test = uses.filter((u) => u.isTest);
        // One finding per content kind, with the count of places and the first ones.
        const outcomes = byCause(prod, (u) => u.kind).map(([kind, us]) => ({
            status: 'failed',
            message: `Prohibited ${kind.replace('_', ' ')} content is produced ${us.length === 1 ? 'at' : `in ${counted(us.length, 'place')}:`} ${firstPlaces(us.map((u) => u.at))}.`,
            evidence: us.slice(0, MAX_EVIDENCE).map((u) => u.at),
            fix: 'Return text content only: describe the image or audio in text, or return an identifier the client resolves through its own, authorised channel. Resource links are not allowed either.'
        }));
        if (test.length)
            outcomes.push({
                status: 'warning',
                nonProduction: true,
                message: `${counted(test.length, 'use')} of prohibited content types in test code (reported, not blocking).`,
                evidence: test.map((u) => u.at)
            });
        if (!prod.length)
            outcomes.unshift({
                status: 'passed',
                message: `No image, audio or resource-link content in production source (${ctx.repo.scan.sourceFiles} source files read).`
            });
        return outcomes;
    }
};

const SECURITY_CHECKS = [
    toolsDeclared,
    trifecta,
    privateData,
    untrustedContent,
    externalCommunication,
    contentTypes
];

const CHECKS = [
    ...SECURITY_CHECKS,
    ...POLICY_CHECKS,
    ...INFRA_CHECKS,
    ...AUTH_CHECKS,
    ...OBSERVABILITY_CHECKS,
    ...REPORT_CHECKS
];
/** The check ids, the public contract: they appear in the PR comment, JSON, SARIF, waivers and `explain`. */
CHECKS.map((c) => c.id);
const ids = new Set();
for (const c of CHECKS) {
    if (ids.has(c.id))
        throw new Error(`check ${c.id} is registered twice`);
    if (c.id.split('.')[0] !== c.phase)
        throw new Error(`check ${c.id} is listed under phase ${c.phase}`);
    ids.add(c.id);
}

export { CHECKS };
