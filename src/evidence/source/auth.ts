// Phase 3–5 evidence from source: the on-behalf-of exchange, bearer-token
// validation, app-only credentials, the application audit log and tracing.
// Identifiers are matched where comments and string contents are blanked, so
// documentation and prose never count; a few literal forms (grant types,
// header names, env var names) are matched in the code view outside comments.
import type { FileEvidence } from '../../findings.js'
import type { Language } from '../repository.js'
import { isCode, matchesOf, own, patternMatches, type CodeFile, type Detector, type FoundPattern } from './scan.js'
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
  /** Per-user OAuth flows (authorization code, device code, interactive): a client secret there is not an app identity. */
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

/** A pattern (with a finder: see FoundPattern) and what its match says. */
type Pattern = { what: string; view?: 'bare' | 'code'; languages?: readonly Language[] } & FoundPattern

/** `jwt.decode(…` then, within its first 4,000 characters of arguments (the farthest, as `[^)]{0,4000}` takes), `tail`. */
const jwtDecodeThen = (tail: RegExp, tailStart: string) => gapFinder({ head: /\bjwt\.decode\s*\(/g, stop: ')', max: 4000, tail, tailStart, greedy: true }, 'jwt.decode')

const OBO: Pattern[] = [
  { re: /\bacquireTokenOnBehalfOf\s*\(/g, what: 'MSAL acquireTokenOnBehalfOf' },
  { re: /\bacquire_token_on_behalf_of\s*\(/g, what: 'MSAL acquire_token_on_behalf_of' },
  { re: /\bAcquireTokenOnBehalfOf\s*\(/g, what: 'MSAL AcquireTokenOnBehalfOf' },
  { re: /\bOnBehalfOfCredential\b/g, what: 'Azure Identity OnBehalfOfCredential' },
  { re: /\bGetAccessTokenForUserAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForUserAsync' },
  { re: /requested_token_use['"]?\s*[:=,]\s*['"]on_behalf_of['"]/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' },
  { re: /requested_token_use=on_behalf_of/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' },
  { re: /\bOnBehalfOfParameters\b/g, what: 'MSAL4J OnBehalfOfParameters' },
  { re: /\bEnableTokenAcquisitionToCallDownstreamApi\s*\(/g, what: 'Microsoft.Identity.Web EnableTokenAcquisitionToCallDownstreamApi' }
]

const USER_FLOWS: Pattern[] = [
  { re: /['"]authorization_code['"]|grant_type=authorization_code/g, what: 'authorization code grant', view: 'code' },
  { re: /\b(?:acquire_token_by_authorization_code|AcquireTokenByAuthorizationCode|acquireTokenByCode|initiate_auth_code_flow|acquire_token_by_auth_code_flow|getAuthCodeUrl|get_authorization_request_url)\s*\(/g, what: 'MSAL authorization code flow' },
  { re: /\b(?:AuthorizationCodeCredential|InteractiveBrowserCredential|DeviceCodeCredential)\b|\b(?:acquire_token_by_device_flow|acquireTokenByDeviceCode|AcquireTokenWithDeviceCode|initiate_device_flow)\s*\(/g, what: 'per-user sign-in flow' }
]

// The arguments before `algorithms=` (and `verify_signature` in DEV_VERIFIERS) are at most 4,000 characters:
// unbounded, each unclosed `jwt.decode(` was scanned to the end of the file (quadratic in the number of them).
const TOKEN_VALIDATION: Pattern[] = [
  { re: /\brequireBearerAuth\s*\(/g, what: 'MCP SDK requireBearerAuth' },
  { re: /\bTokenVerifier\b/g, what: 'MCP SDK TokenVerifier', languages: ['python'] },
  { re: /\bAuthSettings\s*\(/g, what: 'MCP SDK AuthSettings', languages: ['python'] },
  { re: /\bJWTVerifier\s*\(/g, what: 'FastMCP JWTVerifier' },
  { re: /\bAzureProvider\s*\(/g, what: 'FastMCP AzureProvider' },
  { re: /\bAddJwtBearer\s*\(/g, what: 'ASP.NET AddJwtBearer' },
  { re: /\bAddMicrosoftIdentityWebApi\s*\(/g, what: 'Microsoft.Identity.Web AddMicrosoftIdentityWebApi' },
  { re: /\bauth\.RequireBearerToken\s*\(/g, what: 'Go SDK auth.RequireBearerToken' },
  { re: /\bjwtVerify\s*\(/g, what: 'jose jwtVerify' },
  { re: /\boidc\.Config\s*\{\s*ClientID\s*:/g, what: 'go-oidc verifier with an audience (ClientID)', languages: ['go'] },
  { re: /\bjwt\.verify\s*\(/g, what: 'jsonwebtoken verify' },
  { re: /\bjwt\.decode\s*\([^)]{0,4000}\balgorithms\s*=/g, what: 'PyJWT decode with algorithms', ...jwtDecodeThen(/\balgorithms\s*=/y, 'algorithms') },
  { re: /\bJwtDecoders?\b|\boauth2ResourceServer\s*\(/g, what: 'Spring Security resource server', languages: ['java', 'kotlin'] }
]

const DEV_VERIFIERS: Pattern[] = [
  { re: /\bStaticTokenVerifier\s*\(/g, what: 'FastMCP StaticTokenVerifier (development only)' },
  { re: /\bjwt\.decode\s*\([^)]{0,4000}verify_signature['"]?\s*:\s*False/g, what: 'PyJWT decode without signature verification', view: 'code', ...jwtDecodeThen(/verify_signature['"]?\s*:\s*False/y, 'verify_signature') },
  { re: /\bjwt\.decode\s*\(/g, what: 'jsonwebtoken decode (no verification)', languages: ['typescript', 'javascript'] }
]

/** The patterns a finder matches (for the tests that hold the two together). */
export const FOUND_PATTERNS = [...TOKEN_VALIDATION, ...DEV_VERIFIERS].filter((p) => p.find)

const APP_CREDENTIALS: Pattern[] = [
  { re: /\bClientSecretCredential\b/g, what: 'Azure Identity ClientSecretCredential' },
  { re: /\bClientCertificateCredential\b/g, what: 'Azure Identity ClientCertificateCredential' },
  { re: /\bacquire_token_for_client\s*\(/g, what: 'MSAL acquire_token_for_client (app-only)' },
  { re: /\bacquireTokenByClientCredential\s*\(/g, what: 'MSAL acquireTokenByClientCredential (app-only)' },
  { re: /\bAcquireTokenForClient\s*\(/g, what: 'MSAL AcquireTokenForClient (app-only)' },
  { re: /\bGetAccessTokenForAppAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForAppAsync (app-only)' },
  { re: /grant_type['"]?\s*[:=,]\s*['"]client_credentials['"]|grant_type=client_credentials/g, what: 'client_credentials grant', view: 'code' },
  { re: /['"]x-api-key['"]/gi, what: 'x-api-key header', view: 'code' },
  { re: /\b(?:process\.env|os\.environ|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|System\.getenv)\s*[[(.]\s*['"]?([A-Z][A-Z0-9_]{2,100})/g, what: 'API key or client secret from the environment', view: 'code' }
]

/** What a credential read from the environment is for; undefined when it is not a data-access credential. */
export function credentialKind(name: string): Hit['credentialKind'] | undefined {
  // LLM providers' keys are external communication (the capability checks own them).
  if (/OPENAI|ANTHROPIC|CLAUDE|GEMINI|GENAI|MISTRAL|COHERE|GROQ|OPENROUTER|PERPLEXITY|DEEPSEEK|TOGETHER_|XAI_|HUGGINGFACE|HF_|FIREWORKS|VOYAGE|LLM_|^AI_/.test(name)) return undefined
  if (/CLIENT_SECRET|CLIENT_CERT/.test(name)) return 'client secret'
  // Chat platforms' bot and user tokens read data whatever the rest of the name says.
  if (/XOX[BPC]|BOT_TOKEN|USER_TOKEN/.test(name)) return 'static'
  if (!/API_?KEY|API_TOKEN|PERSONAL_TOKEN|ACCESS_TOKEN|SERVICE_ACCOUNT_TOKEN|BOT_TOKEN|USER_TOKEN|XOX[BPC]|SUBSCRIPTION_KEY|AUTH_TOKEN/.test(name)) return undefined
  // The key clients present to this server (inbound), not one it sends to a data source.
  if (/MCP|SERVER|INBOUND|PROXY/.test(name)) return undefined
  return 'static'
}

/** Lists of headers to delete, redact or mask name a key without using it. */
const REDACTION_CONTEXT = /delete|redact|sensitive|mask|strip|remove|omit|censor|scrub|sanitiz|blocklist|denylist|filter/i

const AUDIT_FIELDS = { who: /\b(user|enduser|upn|sub|oid|principal|caller)\b/i, tool: /\btool\b/i, outcome: /\b(outcome|status|result|success)\b/i, trace: /\btrace_?id\b|\btraceId\b/i }

const TRACING: Pattern[] = [
  { re: /\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g, what: 'OpenTelemetry Node SDK', view: 'code' },
  { re: /\blogfire\.configure\s*\(/g, what: 'logfire.configure' },
  { re: /\blogfire\.instrument_mcp\s*\(/g, what: 'logfire.instrument_mcp' },
  { re: /\bTracerProvider\s*\(/g, what: 'OpenTelemetry TracerProvider', languages: ['python'] },
  { re: /\bAddOpenTelemetry\s*\(/g, what: '.NET AddOpenTelemetry' },
  { re: /\bsdktrace\.NewTracerProvider\s*\(|\botel\.SetTracerProvider\s*\(/g, what: 'Go OpenTelemetry SDK' },
  { re: /\bOpenTelemetrySdk\s*\.\s*builder\s*\(|\bSdkTracerProvider\s*\.\s*builder\s*\(/g, what: 'Java OpenTelemetry SDK' }
]

const SPAN_USER = /(['"])(enduser\.id|user\.id|user\.name|enduser\.name|mcp\.user)\1/g
const SPAN_TOOL = /(['"])(mcp\.tool\.name|gen_ai\.tool\.name|tool\.name|mcp\.tool)\1/g
const URL_LITERAL = /['"`](https?:\/\/[^'"`\s$]+)/g
const BEARER = /['"`]Bearer\s*(?:\$\{\s*\w+|['"`]\s*\+\s*\w+|\{\s*\w+)|f['"]Bearer\s*\{\w+/g

function collect(file: CodeFile, patterns: Pattern[], into: Hit[]): void {
  for (const p of patterns) {
    if (p.languages && !p.languages.includes(file.language)) continue
    for (const m of patternMatches(file, p.view ?? 'bare', p)) {
      if (p.view === 'code' && file.bare[m.index] !== file.code[m.index] && !/^['"`]/.test(m[0])) {
        // the match starts inside a string literal that is not itself the quoted token: prose, skip
        if (!/requested_token_use|grant_type|x-api-key/i.test(m[0])) continue
      }
      if (p.what.includes('environment')) {
        const kind = credentialKind(m[1])
        if (!kind) continue
        const what = own(`${p.what} (${m[1]})`)
        into.push({ what, at: file.at(m.index, what), isTest: file.isTest, credential: own(m[1]), credentialKind: kind })
        continue
      }
      // The list's name is usually a few lines up: the line and the 300 characters before it.
      if (p.what.includes('header') && REDACTION_CONTEXT.test(file.text.slice(Math.max(0, m.index - 300), m.index) + lineAround(file.text, m.index))) continue
      into.push({ what: p.what, at: file.at(m.index, p.what), isTest: file.isTest })
    }
  }
}

/** Statements that log all of who, which tool, outcome and trace id within a few lines. */
function collectAuditLogs(file: CodeFile, into: Hit[]): void {
  const code = file.code
  for (const m of code.matchAll(/trace_?id|traceId/gi)) {
    const start = Math.max(0, code.lastIndexOf('\n', Math.max(0, m.index - 300)))
    const window = code.slice(start, m.index + 300)
    const logCall = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300)) ?? /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(window)
    if (!logCall) continue
    if (AUDIT_FIELDS.who.test(window) && AUDIT_FIELDS.tool.test(window) && AUDIT_FIELDS.outcome.test(window)) {
      // Evidence at the logging call itself (after the trace id when it follows, else in the window before).
      const after = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300))
      const offset = after ? m.index + after.index : start + logCall.index
      into.push({ what: 'application audit log (who, tool, outcome, trace id)', at: file.at(offset, 'audit log entry'), isTest: file.isTest })
      return
    }
  }
}

const PREFILTER = ['OnBehalfOf', 'on_behalf_of', 'Bearer', 'Verifier', 'verify', 'oidc.Config', 'Jwt', 'jwt', 'AuthSettings', 'AzureProvider', 'Credential', 'credential', 'client_credentials', 'api-key', 'API_KEY', 'APIKEY', 'CLIENT_SECRET', 'ForClient', 'ForApp', 'trace', 'Trace', 'TOKEN', 'authorization_code', 'AuthorizationCode', 'ByCode', 'AuthCode', 'auth_code', 'DeviceCode', 'device_flow', 'InteractiveBrowser', 'get_authorization_request_url', 'EnableTokenAcquisition', 'SUBSCRIPTION_KEY', 'logfire', 'OpenTelemetry', 'opentelemetry', 'NodeSDK', 'setAttribute', 'set_attribute', 'SetTag', 'http://', 'https://']

export function createAuthDetector(): { detector: Detector; result: AuthEvidence } {
  const result: AuthEvidence = { obo: [], tokenValidation: [], devVerifiers: [], appCredentials: [], userFlows: [], bearerForwarding: new FactTable<Hit>({ strings: ['what'], flags: ['isTest'] }), auditLogs: [], tracingSetup: [], spanUser: [], spanTool: [], urls: new FactTable<UrlMention>({ strings: ['url'], flags: [] }) }
  const detector: Detector = {
    prefilter: PREFILTER,
    visit(file) {
      if (!isCode(file)) return
      collect(file, OBO, result.obo)
      collect(file, TOKEN_VALIDATION, result.tokenValidation)
      collect(file, DEV_VERIFIERS, result.devVerifiers)
      collect(file, APP_CREDENTIALS, result.appCredentials)
      collect(file, USER_FLOWS, result.userFlows)
      collect(file, TRACING, result.tracingSetup)
      collectAuditLogs(file, result.auditLogs)
      for (const m of matchesOf(file, 'code', SPAN_USER)) result.spanUser.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest })
      for (const m of matchesOf(file, 'code', SPAN_TOOL)) result.spanTool.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest })
      for (const m of matchesOf(file, 'code', BEARER)) result.bearerForwarding.push({ what: 'bearer token from a per-request variable', at: file.at(m.index, 'Authorization: Bearer …'), isTest: file.isTest })
      if (!file.isTest) for (const m of matchesOf(file, 'code', URL_LITERAL)) result.urls.push({ url: m[1], at: file.at(m.index + 1) })
    }
  }
  return { detector, result }
}
