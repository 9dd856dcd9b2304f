// Secret rules as data. The patterns follow gitleaks' default configuration
// (MIT licence): each rule has needles (gitleaks' keywords, as written for a
// case-sensitive rule) and a regular expression whose group `secret` (or the
// whole match) is the credential. A subset of the kinds that matter for an
// MCP server: cloud keys, source-forge and chat tokens, private keys, JWTs,
// connection strings and generic assignments of secret-named settings.
import { createHash } from 'node:crypto'
import { isWordChar } from '../chars.js'
import { holdsNeedle, LITERALS, LiteralIndex, type LiteralHits } from '../evidence/source/literals.js'
import {
  connectionPassword,
  connectionStringPassword,
  documented,
  genericAssignment,
  githubToken,
  jwt,
  notALiteral,
  privateKey,
  slackToken
} from './structure.js'

export interface SecretRule {
  id: string
  description: string
  /**
   * Literals one of which every match holds, as written (in any case when `regex` ignores case): a
   * rule runs only on a text where one of them occurs.
   */
  needles: string[]
  regex: RegExp
  /**
   * The regex's matches found a faster way, the same ones in the same order (property tests hold
   * this). The regex is then never run: on hostile text some of them backtrack polynomially.
   */
  matches?: (text: string) => Iterable<SecretRegexMatch>
  /**
   * What the structure says of a match: false when it cannot be a credential of this kind, else
   * whether it passed its checksum and whether it is a well-known public example.
   */
  check?: (secret: string, match: SecretRegexMatch, text: string) => Verdict | false
}

/** `verified`: the format's checksum holds; `documented`: why it is a public example or a local-development value. */
export interface Verdict {
  verified?: boolean
  documented?: string
}

/** What a rule's match gives: where it starts, its text, and the `secret` group. */
export type SecretRegexMatch = Pick<RegExpExecArray, 'index' | 0 | 'groups'>

const rule = (
  id: string,
  description: string,
  needles: string[],
  regex: RegExp,
  matches?: SecretRule['matches'],
  check?: SecretRule['check']
): SecretRule => ({ id, description, needles, regex, ...(matches ? { matches } : {}), ...(check ? { check } : {}) })

// The generic assignment rule's pattern starts with `\b[\w.-]*` before its keyword, so the engine
// tries it at every word boundary and walks each identifier back and forth: on one large real
// repository it took more time than all the other secret rules together. The same matches come
// from each keyword: the identifier around it (a run of [\w.-]) starts the match at its first
// word character, and the rest of the pattern, tried just after the run, decides.
const ASSIGNMENT_KEYWORD = /secret|password|passwd|token|api[_-]?key|client[_-]?secret/gi
const ASSIGNMENT_REST = /["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/iy
const isIdentifierChar = (c: number) => isWordChar(c) || c === 46 || c === 45 // [\w.-]

function genericAssignments(text: string): SecretRegexMatch[] {
  const found: SecretRegexMatch[] = []
  ASSIGNMENT_KEYWORD.lastIndex = 0
  for (let k = ASSIGNMENT_KEYWORD.exec(text); k; k = ASSIGNMENT_KEYWORD.exec(text)) {
    let start = k.index
    while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) start--
    let end = k.index + k[0].length
    while (end < text.length && isIdentifierChar(text.charCodeAt(end))) end++
    // The first word boundary of the run: its first word character (a '.' or '-' before it is not one).
    while (!isWordChar(text.charCodeAt(start))) start++
    ASSIGNMENT_REST.lastIndex = end
    const rest = ASSIGNMENT_REST.exec(text)
    // No other keyword of this run can match either; after a match, the search goes on past it, as matchAll does.
    ASSIGNMENT_KEYWORD.lastIndex = rest ? ASSIGNMENT_REST.lastIndex : end
    if (rest) found.push({ index: start, 0: text.slice(start, ASSIGNMENT_REST.lastIndex), groups: rest.groups })
  }
  return found
}

// The private-key pattern's lazy body runs to the end of the text from every header that has no
// footer after it: with many headers and no footer that is quadratic. The pattern is run only on
// the text up to the last footer (and the most a footer can span), so every header's search ends at a footer.
const PRIVATE_KEY =
  /(?<secret>-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g
const PRIVATE_KEY_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/y
/** The longest footer: '-----END', 100 characters, 'PRIVATE KEY', ' BLOCK', '-----'. */
const PRIVATE_KEY_END_MAX = 8 + 100 + 11 + 6 + 5

function privateKeys(text: string): Iterable<SecretRegexMatch> {
  let last = text.lastIndexOf('-----END')
  while (last >= 0) {
    PRIVATE_KEY_END.lastIndex = last
    if (PRIVATE_KEY_END.test(text)) break
    last = last > 0 ? text.lastIndexOf('-----END', last - 1) : -1
  }
  // Every match ends in a footer that starts at `last` at the latest, and the pattern looks at nothing past it.
  return last < 0 ? [] : text.slice(0, last + PRIVATE_KEY_END_MAX).matchAll(PRIVATE_KEY)
}

// The connection-string pattern, tried at each scheme, scans the password (a run that may hold
// further schemes) to its end before it fails for want of an '@': quadratic. A regex cannot share
// that scan between starts, so the pieces are matched here in turn, and the password's end is
// found once for every scheme inside the same run.
const CONNECTION_SCHEME = /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\//gi
const CONNECTION_USER = /[^\s:/@'"]+:/y
const CONNECTION_PASSWORD_END = /[\s@'"$]/g
const CONNECTION_HOST = /[^\s'"]+/y

function connectionStrings(text: string): SecretRegexMatch[] {
  const found: SecretRegexMatch[] = []
  // The last run searched for the password's end: no end character between runFrom and runEnd.
  let runFrom = 0
  let runEnd = -1
  CONNECTION_SCHEME.lastIndex = 0
  for (let s = CONNECTION_SCHEME.exec(text); s; s = CONNECTION_SCHEME.exec(text)) {
    // After a failure the search goes on at the next character; after a match, past it, as matchAll does.
    let next = s.index + 1
    CONNECTION_USER.lastIndex = CONNECTION_SCHEME.lastIndex
    // The user and the password each stop at the first character outside their class, so the
    // pattern's backtracking can find no other split: the longest runs decide.
    if (CONNECTION_USER.test(text)) {
      const from = CONNECTION_USER.lastIndex
      if (from < runFrom || from > runEnd) {
        CONNECTION_PASSWORD_END.lastIndex = runFrom = from
        runEnd = CONNECTION_PASSWORD_END.exec(text)?.index ?? text.length
      }
      CONNECTION_HOST.lastIndex = runEnd + 1
      if (runEnd - from >= 3 && text[runEnd] === '@' && CONNECTION_HOST.test(text)) {
        next = CONNECTION_HOST.lastIndex
        found.push({ index: s.index, 0: text.slice(s.index, next), groups: { secret: text.slice(from, runEnd) } })
      }
    }
    CONNECTION_SCHEME.lastIndex = next
  }
  return found
}

export const SECRET_RULES: readonly SecretRule[] = [
  rule(
    'aws-access-token',
    'AWS access key id',
    ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g,
    undefined,
    documented
  ),
  // Every spelling the pattern takes holds 'accesskey' or 'access_key' in some case; 'aws_secret' and
  // 'secretaccesskey' missed AWSSECRET_ACCESSKEY and awssecretaccess_key (a property test found it).
  rule(
    'aws-secret-access-key',
    'AWS secret access key',
    ['accesskey', 'access_key'],
    /(?:aws_?secret_?access_?key|SecretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})\b/gi,
    undefined,
    documented
  ),
  rule(
    'github-pat',
    'GitHub personal access token',
    ['ghp_'],
    /\b(?<secret>ghp_[0-9a-zA-Z]{36})\b/g,
    undefined,
    githubToken
  ),
  rule(
    'github-fine-grained-pat',
    'GitHub fine-grained token',
    ['github_pat_'],
    /\b(?<secret>github_pat_[0-9a-zA-Z_]{82})\b/g
  ),
  rule('github-oauth', 'GitHub OAuth token', ['gho_'], /\b(?<secret>gho_[0-9a-zA-Z]{36})\b/g, undefined, githubToken),
  rule(
    'github-app-token',
    'GitHub app token',
    ['ghu_', 'ghs_'],
    /\b(?<secret>(?:ghu|ghs)_[0-9a-zA-Z]{36})\b/g,
    undefined,
    githubToken
  ),
  rule(
    'github-refresh-token',
    'GitHub refresh token',
    ['ghr_'],
    /\b(?<secret>ghr_[0-9a-zA-Z]{36})\b/g,
    undefined,
    githubToken
  ),
  rule('gitlab-pat', 'GitLab personal access token', ['glpat-'], /\b(?<secret>glpat-[0-9a-zA-Z_-]{20})\b/g),
  rule(
    'slack-token',
    'Slack token',
    ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs', 'xoxe'],
    /\b(?<secret>xox[bpaers]-[0-9A-Za-z-]{10,})\b/g,
    undefined,
    slackToken
  ),
  rule(
    'slack-webhook',
    'Slack webhook URL',
    ['hooks.slack.com'],
    /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{43,})/g
  ),
  rule('private-key', 'Private key', ['-----BEGIN'], PRIVATE_KEY, privateKeys, privateKey),
  // A JWT's header is JSON, so it starts eyJ: the pattern says so, as its keyword always did.
  rule(
    'jwt',
    'JSON Web Token',
    ['eyJ'],
    /\b(?<secret>eyJ[a-zA-Z0-9]{16,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?)/g,
    undefined,
    jwt
  ),
  rule(
    'azure-storage-connection',
    'Azure storage account key',
    ['AccountKey='],
    /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g,
    undefined,
    documented
  ),
  rule(
    'azure-ad-client-secret',
    'Azure AD client secret',
    ['Q~'],
    /(?:^|[\\'"\x60\s>=:(,)])(?<secret>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])/g
  ),
  rule('gcp-api-key', 'Google API key', ['AIza'], /\b(?<secret>AIza[\w-]{35})\b/g),
  rule(
    'stripe-access-token',
    'Stripe key',
    ['sk_live', 'rk_live', 'sk_test', 'rk_test', 'sk_prod', 'rk_prod'],
    /\b(?<secret>(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})\b/g,
    undefined,
    documented
  ),
  rule('sendgrid-api-token', 'SendGrid API key', ['SG.'], /\b(?<secret>SG\.[a-zA-Z0-9=_-]{22}\.[a-zA-Z0-9=_-]{43})\b/g),
  rule(
    'openai-api-key',
    'OpenAI API key',
    ['sk-'],
    /\b(?<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})\b/g
  ),
  rule(
    'anthropic-api-key',
    'Anthropic API key',
    ['sk-ant-'],
    /\b(?<secret>sk-ant-(?:api03|admin01)-[a-zA-Z0-9_-]{80,})\b/g
  ),
  rule('npm-access-token', 'npm access token', ['npm_'], /\b(?<secret>npm_[a-z0-9]{36})\b/gi),
  // The schemes, not '://': nearly every file holds a URL, and the scheme pattern then ran over it whole.
  rule(
    'connection-string-password',
    'Connection string with a password',
    ['postgres', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'],
    /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\/[^\s:/@'"]+:(?<secret>[^\s@'"$]{3,})@[^\s'"]+/gi,
    connectionStrings,
    connectionPassword
  ),
  rule(
    'ado-connection-password',
    'Connection string Password=',
    ['password=', 'pwd='],
    /\b(?:Password|Pwd)=(?<secret>[^;'"\s]{6,})/gi,
    undefined,
    connectionStringPassword
  ),
  rule(
    'generic-secret-assignment',
    'Secret-named setting with a literal value',
    ['secret', 'password', 'passwd', 'token', 'api_key', 'apikey', 'api-key', 'client_secret'],
    /\b[\w.-]*(?:secret|password|passwd|token|api[_-]?key|client[_-]?secret)[\w.-]*["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/gi,
    genericAssignments,
    genericAssignment
  )
]

// Every rule's needles go to the source pass's literal scan, which tells for each file which of
// them it may hold in the same scan as the detectors' needles, as gitleaks' keyword prefilter
// does with Aho-Corasick. A text outside the pass is scanned for the secret rules' needles alone.
const NEEDLES = [...new Set(SECRET_RULES.flatMap((r) => r.needles))]
LITERALS.add(...NEEDLES)
const NEEDLES_ALONE = new LiteralIndex()
NEEDLES_ALONE.add(...NEEDLES)

/** The rules that may match the text: one of their needles is in it. */
const rulesFor = (hits: LiteralHits, text: string): SecretRule[] =>
  SECRET_RULES.filter((r) => holdsNeedle(hits, text, r.needles, r.regex.ignoreCase))

/**
 * Values that are placeholders, not credentials (gitleaks keeps a similar allowlist). A value can be
 * a whole line ('Password=…', a .env value): `<…>` is looked for from the first '<' alone, as an
 * unanchored `<[^>]*>` scans to the end from every '<' when no '>' follows (quadratic).
 */
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|0+)$|example|changeme|change_me|placeholder|dummy|sample|your[_-]|redacted|\$\{|\{\{|^[^<]*<[^>]*>|^test|fake|notasecret|not-a-secret|xxxx/i

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value)
}

export interface SecretMatch {
  rule: SecretRule
  secret: string
  /** Offset of the secret itself in the text. */
  index: number
  /** The format's checksum holds: a credential as issued, not an example. */
  verified?: boolean
  /** Why it is a well-known public example or a local-development value (never blocking). */
  documented?: string
}

/**
 * Every credential the rules find in a text, placeholders and values their structure rules out
 * left out; each secret once (a known format before a generic assignment over the same place).
 * `hits`: the source pass's literal scan of this text, when it made one.
 */
export function matchSecrets(text: string, hits: LiteralHits = NEEDLES_ALONE.scan(text)): SecretMatch[] {
  const out: SecretMatch[] = []
  // Offsets already taken, so a generic rule does not report a known format's secret again.
  const taken = new Set<number>()
  for (const rule of rulesFor(hits, text)) {
    for (const m of rule.matches ? rule.matches(text) : text.matchAll(rule.regex)) {
      const secret = m.groups?.secret ?? m[0]
      const index = m.index + Math.max(0, m[0].indexOf(secret))
      if (isPlaceholder(secret) || taken.has(index)) continue
      const verdict = rule.check ? rule.check(secret, m, text) : {}
      if (!verdict) continue
      taken.add(index)
      out.push({ rule, secret, index, ...verdict })
    }
  }
  return out
}

/**
 * Inline markers that tell scanners a line holds no secret (ours, gitleaks', detect-secrets',
 * Bandit's and Semgrep's): the line's findings are counted as suppressed, not reported.
 */
const ALLOW_MARKER = /notsecret|gitleaks:allow|pragma:\s{0,4}allowlist[ -]secret|#\s{0,4}nosec\b|nosemgrep|NOSONAR/i
const ALLOW_NEXT_LINE = /pragma:\s{0,4}allowlist[ -]nextline[ -]secret/i

/** Whether the line holding `index` (or the line before, for detect-secrets' nextline form) carries an allow marker. */
export function allowedByMarker(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1
  const end = text.indexOf('\n', index)
  if (ALLOW_MARKER.test(text.slice(start, end < 0 ? text.length : end))) return true
  if (start === 0) return false
  return ALLOW_NEXT_LINE.test(text.slice(text.lastIndexOf('\n', start - 2) + 1, start))
}

/** A short digest that tells the places of one secret value together without keeping the value. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(ruleId).update('\0').update(secret).digest('base64url').slice(0, 16)
}

export { notALiteral }

/** The first 4 characters, then how long it was: enough to find it, never enough to use it. */
export function maskSecret(value: string): string {
  return `${value.slice(0, 4)}…[${value.length} chars redacted]`
}
