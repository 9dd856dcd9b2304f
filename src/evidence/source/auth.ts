// Phase 3–5 evidence from source: the on-behalf-of exchange, bearer-token
// validation, app-only credentials, the application audit log and tracing.
// Identifiers are matched where comments and string contents are blanked, so
// documentation and prose never count; a few literal forms (grant types,
// header names, env var names) are matched in the code view outside comments.
import type { FileEvidence } from '../../findings.js'
import type { Language } from '../repository.js'
import { isCode, own, type CodeFile, type Detector } from './scan.js'
import { ruleMatches, type Rule } from './rules/rule.js'
import { gapFinder } from './bounded-gap.js'
import { FactTable } from './fact-table.js'
import { lineAround } from '../../secrets/structure.js'

export interface Hit {
  what: string
  at: FileEvidence
  isTest: boolean
  /** The credential's name (an environment variable) when the hit reads one: findings group by it. */
  credential?: string
  /** A client secret (its flow decides), or a static key or token sent to a data source. */
  credentialKind?: 'client secret' | 'static'
}

export interface AuthEvidence {
  obo: Hit[]
  tokenValidation: Hit[]
  /** Verifiers meant for development only (accept any or fixed tokens). */
  devVerifiers: Hit[]
  appCredentials: Hit[]
  /**
   * User names read from the environment (`REDIS_USERNAME`): half of a credential when a password of the same prefix is
   * read.
   */
  credentialUsers?: Hit[]
  /**
   * Per-user OAuth flows (authorization code, device code, interactive): a client secret there is not an app identity.
   */
  userFlows: Hit[]
  /** A bearer token built from a per-request variable and sent downstream (dense: a table). */
  bearerForwarding: FactTable<Hit>
  auditLogs: Hit[]
  tracingSetup: Hit[]
  spanUser: Hit[]
  spanTool: Hit[]
  /** URL literals in production source, for matching the exporter endpoint (dense: a table). */
  urls: FactTable<UrlMention>
}

export interface UrlMention {
  url: string
  at: FileEvidence
}

/** A rule and what its match says. */
type Pattern = Rule & { what: string; view?: 'bare' | 'code'; languages?: readonly Language[] }

/**
 * `jwt.decode(…` then, within its first 4,000 characters of arguments (the farthest, as `[^)]{0,4000}` takes), `tail`.
 */
const jwtDecodeThen = (tail: RegExp, tailStart: string) => ({
  find: gapFinder({ head: /\bjwt\.decode\s*\(/g, stop: ')', max: 4000, tail, tailStart, greedy: true })
})

const OBO: Pattern[] = [
  { needles: ['acquireTokenOnBehalfOf'], re: /\bacquireTokenOnBehalfOf\s*\(/g, what: 'MSAL acquireTokenOnBehalfOf' },
  {
    needles: ['acquire_token_on_behalf_of'],
    re: /\bacquire_token_on_behalf_of\s*\(/g,
    what: 'MSAL acquire_token_on_behalf_of'
  },
  { needles: ['AcquireTokenOnBehalfOf'], re: /\bAcquireTokenOnBehalfOf\s*\(/g, what: 'MSAL AcquireTokenOnBehalfOf' },
  { needles: ['OnBehalfOfCredential'], re: /\bOnBehalfOfCredential\b/g, what: 'Azure Identity OnBehalfOfCredential' },
  {
    needles: ['GetAccessTokenForUserAsync'],
    re: /\bGetAccessTokenForUserAsync\s*\(/g,
    what: 'Microsoft.Identity.Web GetAccessTokenForUserAsync'
  },
  // The value alone, quoted: also when the request's field is filled through a constant (`OBO_USE = "on_behalf_of"`).
  {
    needles: ['on_behalf_of'],
    re: /['"]on_behalf_of['"]/g,
    what: 'jwt-bearer grant with requested_token_use=on_behalf_of',
    view: 'code'
  },
  {
    needles: ['requested_token_use=on_behalf_of'],
    re: /requested_token_use=on_behalf_of/g,
    what: 'jwt-bearer grant with requested_token_use=on_behalf_of',
    view: 'code'
  },
  { needles: ['OnBehalfOfParameters'], re: /\bOnBehalfOfParameters\b/g, what: 'MSAL4J OnBehalfOfParameters' },
  {
    needles: ['EnableTokenAcquisitionToCallDownstreamApi'],
    re: /\bEnableTokenAcquisitionToCallDownstreamApi\s*\(/g,
    what: 'Microsoft.Identity.Web EnableTokenAcquisitionToCallDownstreamApi'
  }
]

const USER_FLOWS: Pattern[] = [
  {
    needles: ['authorization_code'],
    re: /['"]authorization_code['"]|grant_type=authorization_code/g,
    what: 'authorization code grant',
    view: 'code'
  },
  {
    needles: [
      'acquire_token_by_authorization_code',
      'AcquireTokenByAuthorizationCode',
      'acquireTokenByCode',
      'initiate_auth_code_flow',
      'acquire_token_by_auth_code_flow',
      'getAuthCodeUrl',
      'get_authorization_request_url'
    ],
    re: /\b(?:acquire_token_by_authorization_code|AcquireTokenByAuthorizationCode|acquireTokenByCode|initiate_auth_code_flow|acquire_token_by_auth_code_flow|getAuthCodeUrl|get_authorization_request_url)\s*\(/g,
    what: 'MSAL authorization code flow'
  },
  {
    needles: [
      'AuthorizationCodeCredential',
      'InteractiveBrowserCredential',
      'DeviceCodeCredential',
      'acquire_token_by_device_flow',
      'acquireTokenByDeviceCode',
      'AcquireTokenWithDeviceCode',
      'initiate_device_flow'
    ],
    re: /\b(?:AuthorizationCodeCredential|InteractiveBrowserCredential|DeviceCodeCredential)\b|\b(?:acquire_token_by_device_flow|acquireTokenByDeviceCode|AcquireTokenWithDeviceCode|initiate_device_flow)\s*\(/g,
    what: 'per-user sign-in flow'
  }
]

// The arguments before `algorithms=` (and `verify_signature` in DEV_VERIFIERS) are at most 4,000 characters:
// unbounded, each unclosed `jwt.decode(` was scanned to the end of the file (quadratic in the number of them).
const TOKEN_VALIDATION: Pattern[] = [
  { needles: ['requireBearerAuth'], re: /\brequireBearerAuth\s*\(/g, what: 'MCP SDK requireBearerAuth' },
  { needles: ['TokenVerifier'], re: /\bTokenVerifier\b/g, what: 'MCP SDK TokenVerifier', languages: ['python'] },
  { needles: ['AuthSettings'], re: /\bAuthSettings\s*\(/g, what: 'MCP SDK AuthSettings', languages: ['python'] },
  { needles: ['JWTVerifier'], re: /\bJWTVerifier\s*\(/g, what: 'FastMCP JWTVerifier' },
  { needles: ['AzureProvider'], re: /\bAzureProvider\s*\(/g, what: 'FastMCP AzureProvider' },
  { needles: ['AddJwtBearer'], re: /\bAddJwtBearer\s*\(/g, what: 'ASP.NET AddJwtBearer' },
  {
    needles: ['AddMicrosoftIdentityWebApi'],
    re: /\bAddMicrosoftIdentityWebApi\s*\(/g,
    what: 'Microsoft.Identity.Web AddMicrosoftIdentityWebApi'
  },
  {
    needles: ['auth.RequireBearerToken'],
    re: /\bauth\.RequireBearerToken\s*\(/g,
    what: 'Go SDK auth.RequireBearerToken'
  },
  { needles: ['jwtVerify'], re: /\bjwtVerify\s*\(/g, what: 'jose jwtVerify' },
  {
    needles: ['oidc.Config'],
    re: /\boidc\.Config\s*\{\s*ClientID\s*:/g,
    what: 'go-oidc verifier with an audience (ClientID)',
    languages: ['go']
  },
  { needles: ['jwt.verify'], re: /\bjwt\.verify\s*\(/g, what: 'jsonwebtoken verify' },
  {
    needles: ['jwt.decode'],
    re: /\bjwt\.decode\s*\([^)]{0,4000}\balgorithms\s*=/g,
    what: 'PyJWT decode with algorithms',
    ...jwtDecodeThen(/\balgorithms\s*=/y, 'algorithms')
  },
  {
    needles: ['JwtDecoder', 'oauth2ResourceServer'],
    re: /\bJwtDecoders?\b|\boauth2ResourceServer\s*\(/g,
    what: 'Spring Security resource server',
    languages: ['java', 'kotlin']
  }
]

const DEV_VERIFIERS: Pattern[] = [
  {
    needles: ['StaticTokenVerifier'],
    re: /\bStaticTokenVerifier\s*\(/g,
    what: 'FastMCP StaticTokenVerifier (development only)'
  },
  {
    needles: ['jwt.decode'],
    re: /\bjwt\.decode\s*\([^)]{0,4000}verify_signature['"]?\s*:\s*False/g,
    what: 'PyJWT decode without signature verification',
    view: 'code',
    ...jwtDecodeThen(/verify_signature['"]?\s*:\s*False/y, 'verify_signature')
  },
  {
    needles: ['jwt.decode'],
    re: /\bjwt\.decode\s*\(/g,
    what: 'jsonwebtoken decode (no verification)',
    languages: ['typescript', 'javascript']
  }
]

/** The patterns a finder matches (for the tests that hold the two together). */
export const FOUND_PATTERNS = [...TOKEN_VALIDATION, ...DEV_VERIFIERS].filter((p) => p.find)

/** Literals one of which every read of the environment holds, a repository's own getter included. */
const ENV_READ_NEEDLES = [
  'process.env',
  'os.environ',
  'os.getenv',
  'Environment.GetEnvironmentVariable',
  'os.Getenv',
  'os.LookupEnv',
  'System.getenv',
  'env::var',
  // A repository's own getter (`utils.GetEnv`, `get_env_or`, `MustGetEnv`, `envOr`).
  'etEnv',
  'etenv',
  'et_env',
  'et_Env',
  'nvOr',
  'nvor',
  'nv_or',
  'nv_Or'
]

const APP_CREDENTIALS: Pattern[] = [
  {
    needles: ['ClientSecretCredential'],
    re: /\bClientSecretCredential\b/g,
    what: 'Azure Identity ClientSecretCredential'
  },
  {
    needles: ['ClientCertificateCredential'],
    re: /\bClientCertificateCredential\b/g,
    what: 'Azure Identity ClientCertificateCredential'
  },
  {
    needles: ['acquire_token_for_client'],
    re: /\bacquire_token_for_client\s*\(/g,
    what: 'MSAL acquire_token_for_client (app-only)'
  },
  {
    needles: ['acquireTokenByClientCredential'],
    re: /\bacquireTokenByClientCredential\s*\(/g,
    what: 'MSAL acquireTokenByClientCredential (app-only)'
  },
  {
    needles: ['AcquireTokenForClient'],
    re: /\bAcquireTokenForClient\s*\(/g,
    what: 'MSAL AcquireTokenForClient (app-only)'
  },
  {
    needles: ['GetAccessTokenForAppAsync'],
    re: /\bGetAccessTokenForAppAsync\s*\(/g,
    what: 'Microsoft.Identity.Web GetAccessTokenForAppAsync (app-only)'
  },
  {
    needles: ['client_credentials'],
    re: /grant_type['"]?\s*[:=,]\s*['"]client_credentials['"]|grant_type=client_credentials/g,
    what: 'client_credentials grant',
    view: 'code'
  },
  { needles: ['x-api-key'], re: /['"]x-api-key['"]/gi, what: 'x-api-key header', view: 'code' },
  {
    needles: [...ENV_READ_NEEDLES, 'Deno.env.get', 'import.meta.env'],
    re: /\b(?:process\.env|os\.environ(?:\.get)?|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|os\.LookupEnv|System\.getenv|env::var|Deno\.env\.get|import\.meta\.env|(?:[Mm]ust_?)?[Gg]et_?[Ee]nv(?:ironment)?(?:_?[Oo]r\w{0,12}|_?[Vv]ar|[A-Z][a-z]{1,12})?|[Ee]nv_?[Oo]r[A-Z]?\w{0,12})\s*[[(.]\s*['"]?([A-Z][A-Z0-9_]{2,100})/g,
    what: 'API key or client secret from the environment',
    view: 'code'
  },
  // An environment object handed in as a parameter (`parseEnv(env)`, a Worker's bindings): `env.NAME`.
  {
    needles: ['env.'],
    re: /(?<![\w.$])env\.([A-Z][A-Z0-9_]{2,100})\b/g,
    what: 'API key or client secret from the environment',
    view: 'code'
  },
  // The name held in a constant (`os.Getenv(apiKeyEnvVar)`): resolved from the file's declarations.
  {
    needles: ENV_READ_NEEDLES,
    re: /\b(?:process\.env|os\.environ(?:\.get)?|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|os\.LookupEnv|System\.getenv|env::var|(?:[Mm]ust_?)?[Gg]et_?[Ee]nv(?:ironment)?(?:_?[Oo]r\w{0,12}|_?[Vv]ar|[A-Z][a-z]{1,12})?|[Ee]nv_?[Oo]r[A-Z]?\w{0,12})\s*[[(]\s*([A-Za-z_]\w{0,100})\s*[)\],]/g,
    what: 'API key or client secret from the environment, by a constant',
    view: 'bare'
  }
]

/** `NAME = "ENV_NAME"` declarations (Go const, Python, TS, C#, Java): a constant's name → the name it holds. */
const CONSTANT_DECLARATION =
  /\b([A-Za-z_]\w{0,100})[ \t]{0,200}(?::\s{0,20}[\w.]{1,60}\s{0,20})?:?=\s{0,20}["']([A-Z][A-Z0-9_]{2,100})["']/g

/** The upper-case string constants a file declares, made once per file on the first read through a constant. */
const constantsOf = (() => {
  let last: { text: string; map: Map<string, string> } | undefined
  return (file: CodeFile): Map<string, string> => {
    if (last?.text === file.code) return last.map
    const map = new Map<string, string>()
    for (const m of file.code.matchAll(CONSTANT_DECLARATION)) if (!map.has(m[1])) map.set(m[1], m[2])
    last = { text: file.code, map }
    return map
  }
})()

/** A call that reads a request header, just before its quoted name. */
const INBOUND_READ_CALL =
  /\b(?:get|Get|header|getHeader|get_header|GetValues|TryGetValue|has|Has|getFirst)\s{0,10}\(\s{0,10}$/

/**
 * Whether a quoted header name at [start, end) is read from the incoming request (`headers['x-api-key']`, `.get(…)`).
 */
export function inboundHeaderRead(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 20)
  if (/\[\s{0,10}$/.test(before)) return !/^\s{0,10}\]\s{0,10}=(?!=)/.test(after)
  return INBOUND_READ_CALL.test(before)
}

/**
 * Whether the quoted name at [start, end) is one of a set of names, not a header sent with a value: a key whose value
 * is a flag (`"X-Api-Key": true`, a denylist to redact) or an element of a list of strings (`["cookie", "x-api-key"]`).
 */
export function nameAmongNames(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start)
  const after = text.slice(end, end + 40)
  if (/^\s{0,20}:\s{0,20}(?:true|false|True|False|None|nil|null|1|0)\b/.test(after)) return true
  return /[[{,]\s{0,20}$/.test(before) && /^\s{0,20}(?:,\s{0,20}['"`]|[\]}])/.test(after)
}

/** A data store's connection string by its name: the store, then URL, URI, DSN or connection string. */
const DATA_STORE_CONNECTION =
  /(?:^|_)(?:DATABASE|DB|POSTGRES(?:QL)?|PG|MYSQL|MARIADB|MONGO(?:DB)?|REDIS|MSSQL|SQL|COSMOS(?:DB)?|NEO4J|CLICKHOUSE|SNOWFLAKE|ELASTICSEARCH|AMQP|RABBITMQ)_(?:URL|URI|DSN|CONNECTION_?STRING)$|(?:^|_)CONNECTION_?STRING$/

/** Secrets a server keeps for itself (signing, sessions, verifying what reaches it), not ones a data source issued. */
const OWN_SECRET =
  /JWT|SESSION|COOKIE|SIGNING|ENCRYPTION|CSRF|XSRF|HMAC|WEBHOOK|VERIF|CHALLENGE|DJANGO|FLASK|NEXTAUTH|REFRESH_TOKEN_SECRET/

/** What a credential read from the environment is for; undefined when it is not a data-access credential. */
export function credentialKind(name: string): Hit['credentialKind'] | undefined {
  // LLM providers' keys (chat, embeddings) are external communication (the capability checks own them).
  if (
    /OPENAI|ANTHROPIC|CLAUDE|GEMINI|GENAI|MISTRAL|COHERE|GROQ|OPENROUTER|PERPLEXITY|DEEPSEEK|TOGETHER_|XAI_|HUGGINGFACE|HF_|FIREWORKS|VOYAGE|EMBEDDING|LLM_|^AI_/.test(
      name
    )
  )
    return undefined
  if (/CLIENT_SECRET|CLIENT_CERT/.test(name)) return 'client secret'
  // Chat platforms' bot and user tokens read data whatever the rest of the name says.
  if (/XOX[BPC]|BOT_TOKEN|USER_TOKEN/.test(name)) return 'static'
  // A database connection string (`DATABASE_URI`, `REDIS_URL`) carries the user and password the server signs in with.
  if (DATA_STORE_CONNECTION.test(name)) return 'static'
  // A password (a database's, a client key's) signs the server in to a data source as itself; so does a secret key
  // or token a service issued (`STRIPE_SECRET_KEY`, `TFE_TOKEN`, a personal access token `AZDO_PAT`), unless the
  // server keeps it to sign or verify.
  const issued = /.(?:_SECRET(?:_ACCESS)?_KEY|_TOKEN|_PAT)$/.test(name) && !OWN_SECRET.test(name)
  if (
    !issued &&
    !/API_?KEY|API_TOKEN|PERSONAL_TOKEN|ACCESS_TOKEN|SERVICE_ACCOUNT_TOKEN|BOT_TOKEN|USER_TOKEN|XOX[BPC]|SUBSCRIPTION_KEY|AUTH_TOKEN|PASSWORD|PASSWD|_PWD$/.test(
      name
    )
  )
    return undefined
  // The key clients present to this server (inbound: `…_MCP_API_KEY`, `…_SERVER_TOKEN`), not one it sends to a
  // data source; MCP as the server's namespace before a downstream kind (`MS365_MCP_OAUTH_TOKEN`) is outbound.
  if (/(?:MCP|SERVER|SSE)_(?:AUTH_|ACCESS_|API_|SECRET_)?(?:KEY|TOKEN|SECRET|PASSWORD)$|INBOUND|PROXY/.test(name))
    return undefined
  return 'static'
}

/** A random value generated on the same line: `process.env.AUTH_TOKEN || randomBytes(32).toString('hex')`. */
const GENERATED_FALLBACK =
  /\b(?:randomBytes|randomUUID|getRandomValues|token_urlsafe|token_hex|uuid4|NewRandom|GenerateKey)\s{0,10}\(/

/** Lists of headers to delete, redact or mask name a key without using it. */
const REDACTION_CONTEXT =
  /delete|redact|sensitive|mask|strip|remove|omit|censor|scrub|sanitiz|blocklist|denylist|filter/i

const AUDIT_FIELDS = {
  who: /\b(user|enduser|upn|sub|oid|principal|caller)\b/i,
  tool: /\btool\b/i,
  outcome: /\b(outcome|status|result|success)\b/i,
  trace: /\btrace_?id\b|\btraceId\b/i
}

const TRACING: Pattern[] = [
  {
    needles: ['NodeSDK', '@opentelemetry/sdk-node', 'NodeTracerProvider'],
    re: /\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g,
    what: 'OpenTelemetry Node SDK',
    view: 'code'
  },
  { needles: ['logfire.configure'], re: /\blogfire\.configure\s*\(/g, what: 'logfire.configure' },
  { needles: ['logfire.instrument_mcp'], re: /\blogfire\.instrument_mcp\s*\(/g, what: 'logfire.instrument_mcp' },
  {
    needles: ['TracerProvider'],
    re: /\bTracerProvider\s*\(/g,
    what: 'OpenTelemetry TracerProvider',
    languages: ['python']
  },
  { needles: ['AddOpenTelemetry'], re: /\bAddOpenTelemetry\s*\(/g, what: '.NET AddOpenTelemetry' },
  {
    needles: ['sdktrace.NewTracerProvider', 'otel.SetTracerProvider'],
    re: /\bsdktrace\.NewTracerProvider\s*\(|\botel\.SetTracerProvider\s*\(/g,
    what: 'Go OpenTelemetry SDK'
  },
  {
    needles: ['OpenTelemetrySdk', 'SdkTracerProvider'],
    re: /\bOpenTelemetrySdk\s*\.\s*builder\s*\(|\bSdkTracerProvider\s*\.\s*builder\s*\(/g,
    what: 'Java OpenTelemetry SDK'
  }
]

const SPAN_USER: Rule = {
  needles: ['enduser.id', 'user.id', 'user.name', 'enduser.name', 'mcp.user'],
  re: /(['"])(enduser\.id|user\.id|user\.name|enduser\.name|mcp\.user)\1/g,
  view: 'code'
}
const SPAN_TOOL: Rule = {
  needles: ['mcp.tool.name', 'gen_ai.tool.name', 'tool.name', 'mcp.tool'],
  re: /(['"])(mcp\.tool\.name|gen_ai\.tool\.name|tool\.name|mcp\.tool)\1/g,
  view: 'code'
}
const URL_LITERAL: Rule = { needles: ['http'], re: /['"`](https?:\/\/[^'"`\s$]+)/g, view: 'code' }
const BEARER: Rule = {
  needles: ['Bearer'],
  re: /['"`]Bearer\s*(?:\$\{\s*\w+|['"`]\s*\+\s*\w+|\{\s*\w+)|f['"]Bearer\s*\{\w+/g,
  view: 'code'
}

/** A user name's setting (`REDIS_USERNAME`, `JIRA_USER`, `DB_LOGIN`): its prefix is the credential it belongs to. */
const USER_NAME = /^([A-Z][A-Z0-9_]*?)_(?:USER(?:_?NAME)?|LOGIN)$/

function collect(file: CodeFile, patterns: Pattern[], into: Hit[], users?: Hit[]): void {
  for (const p of patterns) {
    if (p.languages && !p.languages.includes(file.language)) continue
    for (const m of ruleMatches(file, p)) {
      if (p.view === 'code' && file.bare[m.index] !== file.code[m.index] && !/^['"`]/.test(m[0])) {
        // the match starts inside a string literal that is not itself the quoted token: prose, skip
        if (!/requested_token_use|grant_type|x-api-key/i.test(m[0])) continue
      }
      if (p.what.includes('environment')) {
        const name = p.what.endsWith('by a constant') ? constantsOf(file).get(m[1]) : m[1]
        const kind = name && credentialKind(name)
        if (name && !kind && users && USER_NAME.test(name)) {
          const what = own(`user name from the environment (${name})`)
          users.push({ what, at: file.at(m.index, what), isTest: file.isTest, credential: own(name) })
        }
        // A value the server makes up when none is set is its own secret (what clients present), not one issued to it.
        if (!name || !kind || GENERATED_FALLBACK.test(lineAround(file.text, m.index))) continue
        const what = own(`API key or client secret from the environment (${name})`)
        const at = file.at(m.index, what)
        into.push({ what, at, isTest: file.isTest, credential: own(name), credentialKind: kind })
        continue
      }
      // The list's name is usually a few lines up: the line and the 300 characters before it. A header
      // read from the incoming request is the key clients reach this server with, not one it sends.
      if (p.what.includes('header')) {
        const around = file.text.slice(Math.max(0, m.index - 300), m.index) + lineAround(file.text, m.index)
        if (REDACTION_CONTEXT.test(around) || inboundHeaderRead(file.text, m.index, m.index + m[0].length)) continue
        if (nameAmongNames(file.text, m.index, m.index + m[0].length)) continue
      }
      into.push({ what: p.what, at: file.at(m.index, p.what), isTest: file.isTest })
    }
  }
}

/**
 * Java configuration reads by property name: MicroProfile `@ConfigProperty(name = "jdbc.password")`, Spring
 * `@Value("${…}")`.
 */
const CONFIG_PROPERTY: Rule = {
  needles: ['@ConfigProperty', '@Value'],
  re: /@ConfigProperty\s*\(\s*name\s*=\s*"([\w.-]{1,100})"|@Value\s*\(\s*"\$\{([\w.-]{1,100})(?::[^"}\n]{0,100})?\}"/g,
  view: 'code'
}

/** pydantic settings classes: `class S(BaseSettings):` at the start of a line. */
const SETTINGS_CLASS = /^class[ \t]+\w{1,100}[ \t]*\(([^)\r\n]{0,400})\)[ \t]*:/gm
/** The headers of the classes that derive from BaseSettings. */
const SETTINGS_CLASSES: Rule = {
  needles: ['BaseSettings'],
  re: SETTINGS_CLASS,
  find: (bare) => [...bare.matchAll(SETTINGS_CLASS)].filter((m) => /\bBaseSettings\b/.test(m[1]))
}
const ENV_PREFIX = /\benv_prefix\s*[=:]\s*["']([A-Za-z0-9_]{0,60})["']/
/** A field of the class body: `    api_key: str` or `    api_key: SecretStr = Field(...)` at its first indentation. */
const SETTINGS_FIELD = /^([ \t]+)([a-z_][a-z0-9_]{0,60})[ \t]*:[ \t]*[\w[]/gm

/** A credential's name as an environment variable would spell it: `jdbc.password` → `JDBC_PASSWORD`. */
const asEnvName = (property: string) => property.toUpperCase().replace(/[.-]/g, '_')

/**
 * Credentials read through configuration rather than by an environment variable's name: Java
 * properties injected by name, and pydantic settings fields (the variable is env_prefix + field).
 */
function collectConfigured(file: CodeFile, into: Hit[]): void {
  const push = (name: string, index: number) => {
    const kind = credentialKind(asEnvName(name))
    if (!kind) return
    const what = own(`API key or client secret from configuration (${name})`)
    into.push({ what, at: file.at(index, what), isTest: file.isTest, credential: own(name), credentialKind: kind })
  }
  if (file.language === 'java' || file.language === 'kotlin') {
    for (const m of ruleMatches(file, CONFIG_PROPERTY)) push(m[1] ?? m[2], m.index)
  }
  if (file.language !== 'python') return
  for (const m of ruleMatches(file, SETTINGS_CLASSES)) {
    // The body: the lines after the header up to the next line that starts at the first column.
    const start = m.index + m[0].length
    const next = /\n(?=[^\s#])/g
    next.lastIndex = start
    const end = next.exec(file.bare)?.index ?? file.bare.length
    const body = file.code.slice(start, end)
    const prefix = ENV_PREFIX.exec(body)?.[1] ?? ''
    let indent: string | undefined
    for (const f of body.matchAll(SETTINGS_FIELD)) {
      indent ??= f[1]
      if (f[1] !== indent || f[2] === 'model_config') continue
      push(`${prefix}${f[2]}`.toUpperCase(), start + f.index + f[1].length)
    }
  }
}

/** Statements that log all of who, which tool, outcome and trace id within a few lines. */
const TRACE_ID: Rule = { needles: ['trace'], re: /trace_?id|traceId/gi, view: 'code' }

function collectAuditLogs(file: CodeFile, into: Hit[]): void {
  const code = file.code
  for (const m of ruleMatches(file, TRACE_ID)) {
    const start = Math.max(0, code.lastIndexOf('\n', Math.max(0, m.index - 300)))
    const window = code.slice(start, m.index + 300)
    const logCall =
      /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300)) ??
      /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(window)
    if (!logCall) continue
    if (AUDIT_FIELDS.who.test(window) && AUDIT_FIELDS.tool.test(window) && AUDIT_FIELDS.outcome.test(window)) {
      // Evidence at the logging call itself (after the trace id when it follows, else in the window before).
      const after = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(
        code.slice(m.index, m.index + 300)
      )
      const offset = after ? m.index + after.index : start + logCall.index
      into.push({
        what: 'application audit log (who, tool, outcome, trace id)',
        at: file.at(offset, 'audit log entry'),
        isTest: file.isTest
      })
      return
    }
  }
}

/** Every rule the detector runs. */
const RULES: readonly Rule[] = [
  ...OBO,
  ...TOKEN_VALIDATION,
  ...DEV_VERIFIERS,
  ...APP_CREDENTIALS,
  ...USER_FLOWS,
  ...TRACING,
  CONFIG_PROPERTY,
  SETTINGS_CLASSES,
  TRACE_ID,
  SPAN_USER,
  SPAN_TOOL,
  BEARER,
  URL_LITERAL
]

export function createAuthDetector(): { detector: Detector; result: AuthEvidence } {
  const result: AuthEvidence = {
    obo: [],
    tokenValidation: [],
    devVerifiers: [],
    appCredentials: [],
    credentialUsers: [],
    userFlows: [],
    bearerForwarding: new FactTable<Hit>({ strings: ['what'], flags: ['isTest'] }),
    auditLogs: [],
    tracingSetup: [],
    spanUser: [],
    spanTool: [],
    urls: new FactTable<UrlMention>({ strings: ['url'], flags: [] })
  }
  const detector: Detector = {
    rules: RULES,
    visit(file) {
      if (!isCode(file)) return
      collect(file, OBO, result.obo)
      collect(file, TOKEN_VALIDATION, result.tokenValidation)
      collect(file, DEV_VERIFIERS, result.devVerifiers)
      collect(file, APP_CREDENTIALS, result.appCredentials, (result.credentialUsers ??= []))
      collectConfigured(file, result.appCredentials)
      collect(file, USER_FLOWS, result.userFlows)
      collect(file, TRACING, result.tracingSetup)
      collectAuditLogs(file, result.auditLogs)
      for (const m of ruleMatches(file, SPAN_USER))
        result.spanUser.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest })
      for (const m of ruleMatches(file, SPAN_TOOL))
        result.spanTool.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest })
      for (const m of ruleMatches(file, BEARER))
        result.bearerForwarding.push({
          what: 'bearer token from a per-request variable',
          at: file.at(m.index, 'Authorization: Bearer …'),
          isTest: file.isTest
        })
      if (!file.isTest)
        for (const m of ruleMatches(file, URL_LITERAL)) result.urls.push({ url: m[1], at: file.at(m.index + 1) })
    }
  }
  return { detector, result }
}

/** A Java properties line whose value comes from the environment: `spring.datasource.password=${DB_PASSWORD}`. */
const PROPERTY_FROM_ENV: Rule = {
  needles: ['${'],
  re: /^[ \t]*([A-Za-z][\w.-]{0,200})[ \t]*[=:][ \t]*\$\{([A-Za-z_][\w.]{0,100})(?::[^}\r\n]{0,200})?\}[ \t]*$/gm,
  view: 'text'
}

/**
 * Credentials a framework reads from its properties file rather than in code (Spring Boot's and
 * Quarkus' datasource): a password, key or token property filled from an environment variable.
 * A literal value there is a committed secret, policy.secrets' business.
 */
export function createPropertiesCredentialDetector(result: AuthEvidence): Detector {
  return {
    files: 'all',
    rules: [PROPERTY_FROM_ENV],
    visit(file) {
      if (!file.path.endsWith('.properties')) return
      for (const m of ruleMatches(file, PROPERTY_FROM_ENV)) {
        const kind = credentialKind(asEnvName(m[1])) ?? credentialKind(asEnvName(m[2]))
        if (!kind) continue
        const what = own(`API key or client secret from configuration (${m[1]}, from \${${m[2]}})`)
        result.appCredentials.push({
          what,
          at: file.at(m.index, what),
          isTest: file.isTest,
          credential: own(m[1]),
          credentialKind: kind
        })
      }
    }
  }
}

/** App Service / Container Apps authentication (`authsettingsV2`, `authConfigs`, `auth_settings_v2`) turned on. */
const PLATFORM_REQUIRE: Rule = {
  needles: ['uthentication'],
  re: /\brequire_?[Aa]uthentication["']?\s{0,10}[:=]\s{0,10}true\b/g,
  view: 'text'
}
/** …with at least one allowed audience: the platform then checks each token's audience before the server sees it. */
const PLATFORM_AUDIENCES = /\ballowed_?[Aa]udiences["']?\s{0,10}[:=]\s{0,10}\[\s{0,200}[^\s\]]/
const INFRA_FILE = /\.(?:bicep|tf|json)$/i

/**
 * Token validation the hosting platform does, declared in the repository's infrastructure: App
 * Service or Container Apps authentication that requires sign-in and names allowed audiences.
 */
export function createPlatformAuthDetector(result: AuthEvidence): Detector {
  return {
    files: 'all',
    rules: [PLATFORM_REQUIRE],
    visit(file) {
      if (!INFRA_FILE.test(file.path) || !PLATFORM_AUDIENCES.test(file.text)) return
      const m = ruleMatches(file, PLATFORM_REQUIRE)[0]
      if (!m) return
      const what = 'platform authentication (App Service / Container Apps) requiring sign-in with allowed audiences'
      result.tokenValidation.push({ what, at: file.at(m.index, what), isTest: file.isTest })
    }
  }
}
