// What a candidate credential's structure says: checksums where the format has one (GitHub's
// tokens), JSON inside a JWT, the segments of a Slack token, the well-known public example keys
// (emulators, SDK documentation), and for a generic `password = "…"` whether the value is a
// literal secret at all or a name, reference, path, template, placeholder or word.
import { crc32 } from 'node:zlib'
import type { SecretRegexMatch, Verdict } from './rules.js'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** `n` in base 62, left-padded with '0' to `width` digits. */
export function base62(n: number, width: number): string {
  let out = ''
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out
  return out.padStart(width, '0')
}

/**
 * GitHub's tokens since 2021 (`ghp_` and its kin): 30 random base62 characters, then the CRC32 of
 * those 30 in base 62 (6 characters). A token whose checksum fails was never issued.
 */
export function githubChecksumHolds(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1)
  if (body.length !== 36) return false
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30)
}

// A token that fails its checksum is kept (so the redactor still cuts it) but never blocks.
export const githubToken = (secret: string): Verdict =>
  githubChecksumHolds(secret) ? { verified: true } : { documented: 'not a token GitHub issued (its checksum fails)' }

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<number, number>()
  for (let i = 0; i < s.length; i++) counts.set(s.charCodeAt(i), (counts.get(s.charCodeAt(i)) ?? 0) + 1)
  let h = 0
  for (const c of counts.values()) h -= (c / s.length) * Math.log2(c / s.length)
  return h
}

function base64UrlJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part.replace(/\\/g, ''), 'base64url').toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The example token of jwt.io and RFC 7519's examples: their subject and names are known. */
const EXAMPLE_SUBJECTS = new Set(['1234567890', 'joe', 'John Doe', 'user123', 'test'])

/** A JWT counts when its header and payload decode to JSON objects, the header names an algorithm and it is signed. */
export function jwt(secret: string): Verdict | false {
  const [h, p, sig] = secret.split('.')
  const header = base64UrlJson(h)
  const payload = base64UrlJson(p ?? '')
  if (!header || !payload || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none' || !sig) return false
  if (EXAMPLE_SUBJECTS.has(String(payload.sub)) || EXAMPLE_SUBJECTS.has(String(payload.name)))
    return { documented: 'an example token (its subject is a documentation example)' }
  return {}
}

/** Slack tokens carry numeric team and user ids: `xoxb-<digits>-<digits>-…`. */
export function slackToken(secret: string): Verdict | false {
  const parts = secret.split('-')
  return parts.length >= 4 && /^\d{8,13}$/.test(parts[1]) && /^\d{8,13}$/.test(parts[2]) && !placeholderWords(secret)
    ? {}
    : false
}

// The public keys that documentation and emulators print for everyone.
const DOCUMENTED: ReadonlyMap<string, string> = new Map([
  [
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    'the Azurite storage emulator’s public account key'
  ],
  ['AKIAIOSFODNN7EXAMPLE', 'the AWS documentation’s example key id'],
  ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'the AWS documentation’s example secret key'],
  ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'the Stripe documentation’s test key'],
  ['sk_test_BQokikJOvBiI2HlWgH4olfQ2', 'the Stripe documentation’s test key'],
  ['pk_test_TYooMQauvdEDq54NiTphI7jx', 'the Stripe documentation’s test key']
])

export const documented = (secret: string): Verdict => {
  const why = DOCUMENTED.get(secret)
  return why ? { documented: why } : {}
}

/** A private key block whose body holds base64 (at least 64 characters of it), not `...` or `<your key>`. */
export function privateKey(secret: string): Verdict | false {
  const body = secret.slice(secret.indexOf('-----', 10) + 5, secret.lastIndexOf('-----END'))
  if (body.includes('...') || body.includes('<') || body.includes('{')) return false
  let b64 = 0
  for (let i = 0; i < body.length; i++) if (isBase64(body.charCodeAt(i))) b64++
  return b64 >= 64 && !placeholderWords(body) ? {} : false
}

const isBase64 = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61

/** The line of `text` around `index`. */
export function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1
  const end = text.indexOf('\n', index)
  return text.slice(start, end < 0 ? text.length : end)
}

/** Hosts a development database runs on. */
const LOCAL_HOST =
  /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|\[::1\]|db|postgres|mysql|redis|mongo|mongodb|host|hostname|server)(?![\w.-]*\.[a-z])/i

/** A password in a connection URL: a literal, not a placeholder; one for a local database is documented. */
export function connectionPassword(secret: string, m: SecretRegexMatch): Verdict | false {
  if (notALiteral(secret) || secret.length < 6 || entropy(secret) < 2.5) return false
  return LOCAL_HOST.test(m[0]) ? { documented: 'a local development database' } : {}
}

/**
 * `Password=` of an ADO.NET or JDBC connection string: inside one (after `;`, `&`, `?` or at a string's start), a
 * literal.
 */
export function connectionStringPassword(secret: string, m: SecretRegexMatch, text: string): Verdict | false {
  const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 10
  // ; & ? " ' or a line start: the keyword begins a connection-string field.
  if (before !== 59 && before !== 38 && before !== 63 && before !== 34 && before !== 39 && before !== 10) return false
  if (notALiteral(secret) || secret.length < 6) return false
  return /localhost|127\.0\.0\.1|\(localdb\)/i.test(lineAround(text, m.index))
    ? { documented: 'a local development database' }
    : {}
}

// ------------------------------------------------------------------ generic assignments

/** Words a secret-named setting ends in; `key` counts after one of KEY_QUALIFIERS. */
const SECRET_WORDS = new Set([
  'secret',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'token',
  'apikey',
  'credential',
  'credentials'
])
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'client',
  'signing',
  'master',
  'account',
  'auth',
  'encryption',
  'subscription',
  'shared',
  'storage'
])
/** Words that make a token-named setting something else: a page cursor, a CSRF nonce, a lock. */
const NOT_CREDENTIAL_WORDS = new Set([
  'page',
  'next',
  'cursor',
  'continuation',
  'csrf',
  'xsrf',
  'sync',
  'nonce',
  'state',
  'cancellation',
  'cancel',
  'idempotency',
  'lock',
  'public',
  'publishable',
  'max',
  'min',
  'count',
  'length',
  'type',
  'name',
  'header',
  'field',
  'param',
  'endpoint',
  'url',
  'uri',
  'path',
  'file',
  'env',
  'var',
  'prefix',
  'pattern',
  'regex',
  'format'
])

/** The words of an identifier: split at `_`, `-`, `.` and lower-to-upper case changes, lower-cased. */
export function identifierWords(name: string): string[] {
  const words: string[] = []
  let word = ''
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    const upper = c >= 65 && c <= 90
    const prevLower = i > 0 && name.charCodeAt(i - 1) >= 97 && name.charCodeAt(i - 1) <= 122
    if (c === 95 || c === 45 || c === 46 || c === 36) {
      if (word) words.push(word)
      word = ''
      continue
    }
    if (upper && prevLower && word) {
      words.push(word)
      word = ''
    }
    word += name[i].toLowerCase()
  }
  if (word) words.push(word)
  return words
}

/**
 * Whether a setting of this name holds a credential: its last word says so, and no word says it is a cursor, a name or
 * a path.
 */
export function isSecretName(name: string): boolean {
  const words = identifierWords(name)
  const last = words[words.length - 1]
  if (!last || words.some((w) => NOT_CREDENTIAL_WORDS.has(w))) return false
  if (SECRET_WORDS.has(last)) return true
  return (last === 'key' || last === 'keys') && words.length > 1 && KEY_QUALIFIERS.has(words[words.length - 2])
}

/** A value with one of these in it (after undoing digits for letters) is an example, not a credential. */
const PLACEHOLDER_WORDS = [
  'secret',
  'passw',
  'token',
  'apikey',
  'api-key',
  'api_key',
  'test',
  'fake',
  'dummy',
  'mock',
  'sample',
  'example',
  'changeme',
  'placeholder',
  'invalid',
  'redacted',
  'your',
  'demo',
  'xxxx',
  'pass',
  'foobar',
  'qwerty',
  'letmein',
  'admin',
  'hunter2',
  'abc123',
  '123456',
  'abcdef',
  'default'
]
const UNLEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', $: 's', '@': 'a' }

export function placeholderWords(value: string): boolean {
  let plain = ''
  for (const ch of value.toLowerCase()) plain += UNLEET[ch] ?? ch
  const lower = value.toLowerCase()
  return PLACEHOLDER_WORDS.some((w) => plain.includes(w) || lower.includes(w))
}

/**
 * Why a quoted value is not a literal secret, or undefined when it may be one: a reference to a
 * variable or the environment, a name, a path or URL, a template, a word or words, a placeholder.
 */
export function notALiteral(value: string): string | undefined {
  if (value.length < 8) return 'too short'
  if (value.startsWith('$') || value.includes('${') || value.includes('$(') || /%\w+%/.test(value))
    return 'a variable reference'
  if (value.includes('{{') || (value.includes('<') && value.includes('>'))) return 'a template'
  if (
    value.startsWith('/') ||
    value.startsWith('./') ||
    value.startsWith('../') ||
    value.startsWith('~/') ||
    value.includes('://')
  )
    return 'a path or URL'
  if (/\.(?:json|ya?ml|pem|key|crt|cer|pfx|p12|txt|env|cache|db|sqlite|toml|ini|cfg|conf|log|js|ts|py)$/i.test(value))
    return 'a file name'
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return 'an environment variable or constant name'
  if (/^(?:[a-z]+[0-9]{0,4}[-_. ])*[a-z]+[0-9]{0,4}$/i.test(value) && !/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(value))
    return 'a word or words'
  if (/^[a-z][a-zA-Z]*(?:\.[a-zA-Z_]\w*)+$/.test(value) || /^[a-z]+(?:[A-Z][a-z0-9]+)+$/.test(value))
    return 'an identifier'
  // A class or option name in PascalCase (`InteractiveBrowserCredential`): whole words, no digits.
  if (/^(?:[A-Z][a-z]{2,}){2,}$/.test(value)) return 'an identifier'
  if (/^(.)\1*$/.test(value) || value.includes('...') || value.includes('***')) return 'a placeholder'
  if (placeholderWords(value)) return 'a placeholder'
  return undefined
}

/**
 * The least entropy (bits per character) of a generic secret's value. Measured on the values that
 * pass every other filter in ten public MCP servers and the fixtures (bench/secret-entropy.ts): the
 * false alarms left scored 2.86 and below, the real-format values 3.54 and above.
 */
export const GENERIC_MIN_ENTROPY = 3.0

/** A secret-named setting whose quoted value is a literal with enough entropy. */
export function genericAssignment(secret: string, m: SecretRegexMatch): Verdict | false {
  const text = m[0]
  let end = 0
  while (end < text.length && /[\w.-]/.test(text[end])) end++
  if (!isSecretName(text.slice(0, end))) return false
  if (notALiteral(secret) || entropy(secret) < GENERIC_MIN_ENTROPY) return false
  return {}
}

/** Values of a committed .env file: the same literal filters (the name was checked by the caller). */
export function dotenvValue(value: string): boolean {
  return !notALiteral(value) && entropy(value) >= GENERIC_MIN_ENTROPY
}
