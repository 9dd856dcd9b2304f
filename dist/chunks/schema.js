import { i as isCalendarDate } from './dates.js';
import { i as isLinearGlob } from './glob.js';
import { c as string, y as strictObject, k as _enum, u as url, r as record, a as array, z as email, h as union, n as number, e as literal, w as toJSONSchema, A as customCapabilitySchema } from './catalogue.js';

const DEPLOYMENTS = ['kubernetes', 'stdio', 'none'];
const isLocalTool = (deployment) => deployment === 'stdio' || deployment === 'none';
/** The checks that do not apply to a local tool, and why; every check not listed applies. */
const NOT_APPLICABLE_TO_LOCAL_TOOL = {
    'policy.environments': 'there are no dev and prod deployments to separate',
    'policy.container-scan': 'no container image is deployed',
    'policy.zone': 'there is no production deployment to land in a zone',
    'infra.gateway-route': 'it is reached over stdio, not through an Envoy Gateway route',
    'infra.security-policy': 'no gateway stands in front of it',
    'infra.pod-security': 'it runs no pods',
    'infra.hardening': 'it runs no containers on the platform',
    'infra.audit-logging': 'no gateway access log exists for it',
    'auth.obo': 'no incoming user token reaches it to exchange on behalf of the user; it acts with its user’s own sign-in',
    'auth.token-validation': 'no bearer token reaches it over stdio'
};
/** Workload and routing kinds whose presence says the server is deployed after all. */
const DEPLOYED_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Pod',
    'HTTPRoute',
    'GRPCRoute',
    'Rollout',
    'Application',
    'Service'
]);
/**
 * Why a check does not apply under the configured deployment, or undefined when it applies. A
 * local tool whose repository holds Kubernetes workloads or routes is judged as deployed: the gate
 * does not take the declaration over the evidence.
 */
function notApplicableReason(ctx, check) {
    const deployment = ctx.config.deployment;
    if (!isLocalTool(deployment))
        return undefined;
    const why = NOT_APPLICABLE_TO_LOCAL_TOOL[check];
    if (!why)
        return undefined;
    if (ctx.repo.kubernetes.some((o) => DEPLOYED_KINDS.has(o.kind)))
        return undefined;
    return `Not applicable: golive.yaml declares deployment: ${deployment} (a local tool, not deployed on Kubernetes), and ${why}.`;
}

// The golive.yaml schema. Zod is the single source: types, validation and the
// published JSON Schema (schema/golive.schema.json) all come from here.
const handle = string()
    .regex(/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, 'a GitHub handle or team, e.g. "@alice" or "@org/team"');
/** A glob the gate matches in linear time (src/glob.ts): the patterns and the paths both come from the checkout. */
const glob = (max) => string()
    .min(1)
    .max(max)
    .refine(isLinearGlob, 'the gate cannot match this glob: it needs look-around (an extglob such as "!(…)") or is empty after "!"; use plain globs');
const isoDate = string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
    .refine(isCalendarDate, 'not a calendar date: that day does not exist (a month has 28 to 31 days, a year 12 months)');
const checkId = string().regex(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, 'a check id such as "policy.release-notes"');
const PRIVATE_DATA = ['none', 'obo', 'app-only', 'api-key'];
const UNTRUSTED_CONTENT = ['none', 'sanitized', 'in-context'];
const EXTERNAL_COMMUNICATION = ['none', 'allowlisted', 'open'];
const toolSchema = strictObject({
    name: string().min(1).max(128).describe('The tool name exactly as the server registers it.'),
    privateData: _enum(PRIVATE_DATA)
        .describe('How the tool reaches private data: none, obo (on behalf of the signed-in user), app-only or api-key.'),
    untrustedContent: _enum(UNTRUSTED_CONTENT)
        .describe('Whether text an outsider can author reaches the model: none, sanitized (needs an attestation) or in-context.'),
    externalCommunication: _enum(EXTERNAL_COMMUNICATION)
        .describe('Whether the tool can send data outside the organisation: none, allowlisted (hosts under egress.allowedHosts) or open.'),
    description: string().max(1000).optional().describe('What the tool does, for reviewers.')
})
    .describe('A tool the server exposes.');
const waiverSchema = strictObject({
    check: checkId.describe('The check id the waiver applies to. Critical checks can never be waived.'),
    reason: string().min(1).max(1000).describe('Why the item may stay open for now.'),
    approvedBy: handle.describe('Who approved the waiver (GitHub handle or team).'),
    expires: isoDate.describe('The last day the waiver holds (YYYY-MM-DD); an expired waiver fails.')
})
    .describe('A time-limited exception for a non-critical check.');
const attestationSchema = strictObject({
    check: checkId.describe('The check a person vouches for, where the evidence cannot be read by a machine.'),
    by: handle.describe('Who attests (GitHub handle).'),
    date: isoDate.describe('When the attestation was made (YYYY-MM-DD).'),
    note: string().max(1000).optional().describe('What was checked, by what means.'),
    subject: string()
        .max(512)
        .optional()
        .describe('What it covers when the check has several items, e.g. a tool name or file:line.')
})
    .describe('A named person declaring something the gate cannot check; shown as attested, never as passed.');
/** Environment variable names golive.yaml may give the inventory server (placeholders, never secrets). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const inventorySchema = strictObject({
    command: array(string().min(1).max(4096))
        .min(1)
        .max(100)
        .optional()
        .describe('Start the server over stdio with this command and its arguments, e.g. [node, dist/index.js]. Never under pull_request_target; the CLI only with --inventory.'),
    cwd: string()
        .min(1)
        .max(512)
        .optional()
        .describe('With command: the directory to start it in, inside the checkout (default: the checkout).'),
    env: record(string().regex(ENV_NAME, 'an environment variable name'), string().max(4096))
        .optional()
        .describe('With command: environment variables for the server, non-secret placeholder values only. It gets PATH, HOME and these, nothing else.'),
    url: url({ protocol: /^https?$/ })
        .max(2048)
        .optional()
        .describe('A server the workflow has already started: its Streamable HTTP endpoint, e.g. http://127.0.0.1:8080/mcp (HTTP+SSE is tried as a fallback). Under pull_request_target and in the CLI without --inventory, only a loopback address is asked.'),
    file: string()
        .min(1)
        .max(512)
        .optional()
        .describe('A tools/list result exported earlier ({"tools": […]} or a JSON-RPC response wrapping it), inside the checkout.')
})
    .refine((i) => [i.command, i.url, i.file].filter((v) => v !== undefined).length === 1, {
    message: 'inventory needs exactly one of command, url or file'
})
    .refine((i) => i.command !== undefined || (i.cwd === undefined && i.env === undefined), {
    message: 'cwd and env go with command only',
    path: ['cwd']
})
    .describe('Where the gate reads the tools the server really serves (tools/list), to compare with the declared tools and the source.');
const configSchema = strictObject({
    $schema: string().optional().describe('Editor hint; ignored by the gate.'),
    version: literal(1).describe('The golive.yaml format version. Always 1.'),
    server: strictObject({
        name: string().min(1).max(128).describe('The MCP server name.'),
        owner: handle.describe('The owning GitHub team or person, e.g. "@org/team-tickets".'),
        exposure: _enum(['internal', 'public'])
            .default('internal')
            .describe('internal (default) or public; public needs exposureReason.'),
        exposureReason: string()
            .min(1)
            .max(1000)
            .optional()
            .describe('Why the server must be reachable from outside.'),
        zone: union([number().int().min(0).max(99), string().min(1).max(64)])
            .describe('The network zone the production deployment lives in.'),
        contact: email().optional().describe('The developer contact e-mail for the go-live report.')
    })
        .refine((s) => s.exposure !== 'public' || !!s.exposureReason, {
        message: 'exposure: public needs an exposureReason',
        path: ['exposureReason']
    })
        .describe('Who and what the server is.'),
    tools: array(toolSchema).max(1000).describe('Every tool the server exposes, none left out.'),
    capabilities: array(customCapabilitySchema)
        .max(500)
        .default([])
        .describe('Packages of your own (or missing from the built-in catalogue) and what any use of them reaches.'),
    environments: array(string().min(1).max(64))
        .min(1)
        .default(['dev', 'prod'])
        .describe('The deployment environments, e.g. [dev, prod].'),
    observability: strictObject({
        endpoint: url().optional().describe('The OpenTelemetry / Logfire endpoint traces are exported to.'),
        dashboard: url().optional().describe('The monitoring dashboard for the server.')
    })
        .default({})
        .describe('Where traces go and where people look at them.'),
    egress: strictObject({
        allowedHosts: array(string().min(1).max(253))
            .max(500)
            .default([])
            .describe('Hosts the server may call (allowlisted external communication). A leading "*." matches subdomains.')
    })
        .default({ allowedHosts: [] })
        .describe('Outbound communication the server is allowed.'),
    gateway: strictObject({
        namespace: string()
            .min(1)
            .max(63)
            .default('envoy-gateway-system')
            .describe('The namespace of the Envoy Gateway Gateways.'),
        internal: string().min(1).max(253).default('internal').describe('The name of the internal Gateway.'),
        public: string().min(1).max(253).default('public').describe('The name of the public Gateway.')
    })
        .default({ namespace: 'envoy-gateway-system', internal: 'internal', public: 'public' })
        .describe('Where routes must attach.'),
    releaseBranches: array(glob(255))
        .max(50)
        .default(['release/*'])
        .describe('Branch patterns, besides the default branch, that must be protected.'),
    waivers: array(waiverSchema).max(200).default([]).describe('Time-limited exceptions; never for critical checks.'),
    attestations: array(attestationSchema).max(200).default([]).describe('Things a named person vouches for.'),
    approvers: array(handle).max(100).default([]).describe('Who may approve the go-live besides CODEOWNERS.'),
    paths: strictObject({
        include: array(glob(512))
            .max(200)
            .default([])
            .describe('Globs of files to read; empty means the whole repository.'),
        exclude: array(glob(512)).max(200).default([]).describe('Globs of files to leave out, on top of .gitignore.')
    })
        .default({ include: [], exclude: [] })
        .describe('Which files of the repository the gate reads.'),
    inventory: inventorySchema.optional(),
    deployment: _enum(DEPLOYMENTS)
        .default('kubernetes')
        .describe('kubernetes (default): deployed on the platform the gate assumes (Kubernetes, Envoy Gateway, Argo CD, Entra ID on-behalf-of). stdio or none: a local tool run over stdio, so the infrastructure and gateway checks are not applicable (see the README).')
})
    .describe('mcp-golive configuration: what the MCP server declares about itself, checked against evidence.');
const SCHEMA_URL = 'https://raw.githubusercontent.com/mcp-golive/mcp-golive/main/schema/golive.schema.json';
function configJsonSchema() {
    const schema = toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
    return { $id: SCHEMA_URL, title: 'golive.yaml', ...schema };
}

var schema = /*#__PURE__*/Object.freeze({
    __proto__: null,
    EXTERNAL_COMMUNICATION: EXTERNAL_COMMUNICATION,
    PRIVATE_DATA: PRIVATE_DATA,
    SCHEMA_URL: SCHEMA_URL,
    UNTRUSTED_CONTENT: UNTRUSTED_CONTENT,
    attestationSchema: attestationSchema,
    configJsonSchema: configJsonSchema,
    configSchema: configSchema,
    inventorySchema: inventorySchema,
    toolSchema: toolSchema,
    waiverSchema: waiverSchema
});

export { SCHEMA_URL as S, configSchema as c, notApplicableReason as n, schema as s };
