// The golive.yaml schema. Zod is the single source: types, validation and the
// published JSON Schema (schema/golive.schema.json) all come from here.
import { z } from 'zod'
import { isCalendarDate } from '../dates.js'
import { DEPLOYMENTS } from '../deployment.js'
import { isLinearGlob } from '../glob.js'
import { customCapabilitySchema } from '../evidence/derived/catalogue.js'

const handle = z
  .string()
  .regex(/^@[A-Za-z0-9][A-Za-z0-9-]*(\/[A-Za-z0-9._-]+)?$/, 'a GitHub handle or team, e.g. "@alice" or "@org/team"')

/** A glob the gate matches in linear time (src/glob.ts): the patterns and the paths both come from the checkout. */
const glob = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine(
      isLinearGlob,
      'the gate cannot match this glob: it needs look-around (an extglob such as "!(…)") or is empty after "!"; use plain globs'
    )

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date: that day does not exist (a month has 28 to 31 days, a year 12 months)')

const checkId = z.string().regex(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/, 'a check id such as "policy.release-notes"')

export const PRIVATE_DATA = ['none', 'obo', 'app-only', 'api-key'] as const
export const UNTRUSTED_CONTENT = ['none', 'sanitized', 'in-context'] as const
export const EXTERNAL_COMMUNICATION = ['none', 'allowlisted', 'open'] as const

export const toolSchema = z
  .strictObject({
    name: z.string().min(1).max(128).describe('The tool name exactly as the server registers it.'),
    privateData: z
      .enum(PRIVATE_DATA)
      .describe('How the tool reaches private data: none, obo (on behalf of the signed-in user), app-only or api-key.'),
    untrustedContent: z
      .enum(UNTRUSTED_CONTENT)
      .describe(
        'Whether text an outsider can author reaches the model: none, sanitized (needs an attestation) or in-context.'
      ),
    externalCommunication: z
      .enum(EXTERNAL_COMMUNICATION)
      .describe(
        'Whether the tool can send data outside the organisation: none, allowlisted (hosts under egress.allowedHosts) or open.'
      ),
    description: z.string().max(1000).optional().describe('What the tool does, for reviewers.')
  })
  .describe('A tool the server exposes.')

export const waiverSchema = z
  .strictObject({
    check: checkId.describe('The check id the waiver applies to. Critical checks can never be waived.'),
    reason: z.string().min(1).max(1000).describe('Why the item may stay open for now.'),
    approvedBy: handle.describe('Who approved the waiver (GitHub handle or team).'),
    expires: isoDate.describe('The last day the waiver holds (YYYY-MM-DD); an expired waiver fails.')
  })
  .describe('A time-limited exception for a non-critical check.')

export const attestationSchema = z
  .strictObject({
    check: checkId.describe('The check a person vouches for, where the evidence cannot be read by a machine.'),
    by: handle.describe('Who attests (GitHub handle).'),
    date: isoDate.describe('When the attestation was made (YYYY-MM-DD).'),
    note: z.string().max(1000).optional().describe('What was checked, by what means.'),
    subject: z
      .string()
      .max(512)
      .optional()
      .describe('What it covers when the check has several items, e.g. a tool name or file:line.')
  })
  .describe('A named person declaring something the gate cannot check; shown as attested, never as passed.')

/** Environment variable names golive.yaml may give the inventory server (placeholders, never secrets). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/

export const inventorySchema = z
  .strictObject({
    command: z
      .array(z.string().min(1).max(4096))
      .min(1)
      .max(100)
      .optional()
      .describe(
        'Start the server over stdio with this command and its arguments, e.g. [node, dist/index.js]. Never under pull_request_target; the CLI only with --inventory.'
      ),
    cwd: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .describe('With command: the directory to start it in, inside the checkout (default: the checkout).'),
    env: z
      .record(z.string().regex(ENV_NAME, 'an environment variable name'), z.string().max(4096))
      .optional()
      .describe(
        'With command: environment variables for the server, non-secret placeholder values only. It gets PATH, HOME and these, nothing else.'
      ),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .optional()
      .describe(
        'A server the workflow has already started: its Streamable HTTP endpoint, e.g. http://127.0.0.1:8080/mcp (HTTP+SSE is tried as a fallback). Under pull_request_target and in the CLI without --inventory, only a loopback address is asked.'
      ),
    file: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .describe(
        'A tools/list result exported earlier ({"tools": […]} or a JSON-RPC response wrapping it), inside the checkout.'
      )
  })
  .refine((i) => [i.command, i.url, i.file].filter((v) => v !== undefined).length === 1, {
    message: 'inventory needs exactly one of command, url or file'
  })
  .refine((i) => i.command !== undefined || (i.cwd === undefined && i.env === undefined), {
    message: 'cwd and env go with command only',
    path: ['cwd']
  })
  .describe(
    'Where the gate reads the tools the server really serves (tools/list), to compare with the declared tools and the source.'
  )

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editor hint; ignored by the gate.'),
    version: z.literal(1).describe('The golive.yaml format version. Always 1.'),
    server: z
      .strictObject({
        name: z.string().min(1).max(128).describe('The MCP server name.'),
        owner: handle.describe('The owning GitHub team or person, e.g. "@org/team-tickets".'),
        exposure: z
          .enum(['internal', 'public'])
          .default('internal')
          .describe('internal (default) or public; public needs exposureReason.'),
        exposureReason: z
          .string()
          .min(1)
          .max(1000)
          .optional()
          .describe('Why the server must be reachable from outside.'),
        zone: z
          .union([z.number().int().min(0).max(99), z.string().min(1).max(64)])
          .describe('The network zone the production deployment lives in.'),
        contact: z.email().optional().describe('The developer contact e-mail for the go-live report.')
      })
      .refine((s) => s.exposure !== 'public' || !!s.exposureReason, {
        message: 'exposure: public needs an exposureReason',
        path: ['exposureReason']
      })
      .describe('Who and what the server is.'),
    tools: z.array(toolSchema).max(1000).describe('Every tool the server exposes, none left out.'),
    capabilities: z
      .array(customCapabilitySchema)
      .max(500)
      .default([])
      .describe('Packages of your own (or missing from the built-in catalogue) and what any use of them reaches.'),
    environments: z
      .array(z.string().min(1).max(64))
      .min(1)
      .default(['dev', 'prod'])
      .describe('The deployment environments, e.g. [dev, prod].'),
    observability: z
      .strictObject({
        endpoint: z.url().optional().describe('The OpenTelemetry / Logfire endpoint traces are exported to.'),
        dashboard: z.url().optional().describe('The monitoring dashboard for the server.')
      })
      .default({})
      .describe('Where traces go and where people look at them.'),
    egress: z
      .strictObject({
        allowedHosts: z
          .array(z.string().min(1).max(253))
          .max(500)
          .default([])
          .describe(
            'Hosts the server may call (allowlisted external communication). A leading "*." matches subdomains.'
          )
      })
      .default({ allowedHosts: [] })
      .describe('Outbound communication the server is allowed.'),
    gateway: z
      .strictObject({
        namespace: z
          .string()
          .min(1)
          .max(63)
          .default('envoy-gateway-system')
          .describe('The namespace of the Envoy Gateway Gateways.'),
        internal: z.string().min(1).max(253).default('internal').describe('The name of the internal Gateway.'),
        public: z.string().min(1).max(253).default('public').describe('The name of the public Gateway.')
      })
      .default({ namespace: 'envoy-gateway-system', internal: 'internal', public: 'public' })
      .describe('Where routes must attach.'),
    releaseBranches: z
      .array(glob(255))
      .max(50)
      .default(['release/*'])
      .describe('Branch patterns, besides the default branch, that must be protected.'),
    waivers: z.array(waiverSchema).max(200).default([]).describe('Time-limited exceptions; never for critical checks.'),
    attestations: z.array(attestationSchema).max(200).default([]).describe('Things a named person vouches for.'),
    approvers: z.array(handle).max(100).default([]).describe('Who may approve the go-live besides CODEOWNERS.'),
    paths: z
      .strictObject({
        include: z
          .array(glob(512))
          .max(200)
          .default([])
          .describe('Globs of files to read; empty means the whole repository.'),
        exclude: z.array(glob(512)).max(200).default([]).describe('Globs of files to leave out, on top of .gitignore.')
      })
      .default({ include: [], exclude: [] })
      .describe('Which files of the repository the gate reads.'),
    inventory: inventorySchema.optional(),
    deployment: z
      .enum(DEPLOYMENTS)
      .default('kubernetes')
      .describe(
        'kubernetes (default): deployed on the platform the gate assumes (Kubernetes, Envoy Gateway, Argo CD, Entra ID on-behalf-of). stdio or none: a local tool run over stdio, so the infrastructure and gateway checks are not applicable (see the README).'
      )
  })
  .describe('mcp-golive configuration: what the MCP server declares about itself, checked against evidence.')

export type GoliveConfig = z.infer<typeof configSchema>
export type ToolDeclaration = z.infer<typeof toolSchema>
export type Waiver = z.infer<typeof waiverSchema>
export type InventoryConfig = z.infer<typeof inventorySchema>
export type Attestation = z.infer<typeof attestationSchema>

export const SCHEMA_URL = 'https://raw.githubusercontent.com/mcp-golive/mcp-golive/main/schema/golive.schema.json'

export function configJsonSchema(): unknown {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>
  return { $id: SCHEMA_URL, title: 'golive.yaml', ...schema }
}
