// Committed credentials anywhere in the checkout, and real-looking personal or
// tenant data in test code. Seen in the same single pass as the source
// detectors (files: 'all'). Evidence never carries the secret itself.
import type { FileEvidence } from '../../findings.js'
import { isWordChar } from '../../chars.js'
import {
  allowedByMarker,
  fingerprint,
  isPlaceholder,
  maskSecret,
  matchSecrets,
  type SecretRegexMatch
} from '../../secrets/rules.js'
import { dotenvValue } from '../../secrets/structure.js'
import { own, type Detector, type SourceFile } from './scan.js'
import { parse as parseDomain } from 'tldts'
import PERSON_NAME_LIST from './data/person-names.json' with { type: 'json' }
import COMMON_WORD_LIST from './data/common-words.json' with { type: 'json' }

export interface SecretHit {
  rule: string
  description: string
  /** The first 4 characters and the length: the secret itself is never kept. */
  masked: string
  at: FileEvidence
  isTest: boolean
  /** In documentation or examples (Markdown, docs/, examples/): reported apart, like test code. */
  isDoc: boolean
  /** The format's checksum holds: a credential as issued, which blocks wherever it is. */
  verified: boolean
  /** Why the value is a public example or a local-development value, when it is one. */
  documented?: string
  /** Tells the places of one value together (a digest, not the value). */
  fingerprint: string
}

export interface TestDataHit {
  kind: 'e-mail address' | 'tenant id' | 'national id number' | 'phone number'
  masked: string
  at: FileEvidence
  fingerprint: string
}

export interface SecretsEvidence {
  secrets: SecretHit[]
  testData: TestDataHit[]
  /** Places a credential rule matched on a line with an inline allow marker (`notsecret`, `gitleaks:allow`, …). */
  suppressed: FileEvidence[]
}

/** Positions without the line text: the snippet could hold the secret. */
function place(file: SourceFile, offset: number, note: string): FileEvidence {
  const { quoteLine: _never, ...at } = file.at(offset, note)
  return at
}

const ENV_FILE = /(^|\/)\.env(\.[\w-]+)?$/
const ENV_TEMPLATE = /\.(example|sample|template|dist|defaults?)$/
/**
 * `NAME=value` lines of a .env file. The leading \s* crosses line ends, so from every line start in
 * a run of blank lines it would scan to the run's end (quadratic): a line start that only blank
 * space separates from an earlier one is skipped, as the earlier one reached the same text and failed.
 */
export const DOTENV_ASSIGNMENT = /^(?<!^\s+?)\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*["']?([^"'\s#]+)/gm
const ENV_SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_KEY|CONNECTION_STRING|CLIENT_KEY)/i

/** Domains reserved for documentation and tests (RFC 2606, RFC 6761, RFC 6762) and private top-level names. */
const RESERVED_MAIL =
  /@([\w-]+\.)*(example\.(com|org|net)|test|example|invalid|localhost|local|internal|lan|home|corp|localdomain)$/i
/** Second-level names of documentation and examples: Microsoft's fictitious companies, generic words. */
const EXAMPLE_DOMAINS = new Set([
  'contoso',
  'fabrikam',
  'northwindtraders',
  'northwind',
  'adventure-works',
  'adventureworks',
  'woodgrovebank',
  'woodgrove',
  'tailspintoys',
  'wingtiptoys',
  'litwareinc',
  'litware',
  'proseware',
  'fourthcoffee',
  'wideworldimporters',
  'treyresearch',
  'margiestravel',
  'lucernepublishing',
  'alpineskihouse',
  'cohowinery',
  'company',
  'mycompany',
  'yourcompany',
  'domain',
  'mydomain',
  'yourdomain',
  'email',
  'mail',
  'acme',
  'foo',
  'bar',
  'baz',
  'ex',
  'firma',
  'personal',
  'corp',
  'sample',
  'demo',
  'org',
  'site',
  'somewhere',
  'nowhere',
  'host',
  'server',
  'users',
  'noreply',
  'mailinator',
  'test-domain'
])
/** Local parts that name nobody: generic roles and the names of cryptography's examples. */
const EXAMPLE_LOCAL = new Set([
  'user',
  'username',
  'test',
  'tester',
  'foo',
  'bar',
  'baz',
  'john',
  'jane',
  'johndoe',
  'janedoe',
  'jdoe',
  'jsmith',
  'johnsmith',
  'alice',
  'bob',
  'carol',
  'charlie',
  'dave',
  'eve',
  'mallory',
  'someone',
  'somebody',
  'nobody',
  'noreply',
  'no-reply',
  'admin',
  'me',
  'you',
  'name',
  'firstlast',
  'firstnamelastname',
  'email',
  'example',
  'info',
  'support',
  'hello',
  'contact',
  'demo',
  'sample',
  'runner',
  'ci',
  'bot',
  'dev',
  'developer',
  'owner',
  'author',
  'maintainer',
  'work',
  'personal',
  'other',
  'new',
  'old',
  'first',
  'second',
  'primary',
  'secondary',
  'guest',
  'anonymous',
  'service',
  'account',
  'mock',
  'fake'
])
/** Files whose addresses are their authors' (package metadata, ownership), not test data. */
const METADATA_FILE =
  /(^|\/)(pyproject\.toml|package\.json|setup\.(py|cfg)|Cargo\.toml|[^/]*\.gemspec|pom\.xml|build\.gradle(\.kts)?|go\.mod|AUTHORS[^/]*|CODEOWNERS|\.mailmap|LICENSE[^/]*|NOTICE[^/]*|CHANGELOG[^/]*|[^/]*\.lock)$/i

/** The domain of an e-mail address, from just after its '@'. */
const EMAIL_DOMAIN = /[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/y
const isLocalChar = (c: number) => isWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45 // [A-Za-z0-9._%+-]

/** A word without its trailing digits (user1 → user); by hand, as /\d+$/ retries from every digit of a run. */
function trimDigits(w: string): string {
  let end = w.length
  while (end > 0 && w.charCodeAt(end - 1) >= 48 && w.charCodeAt(end - 1) <= 57) end--
  return w.slice(0, end)
}

/** Whether an address is a documentation or test address rather than a real person's or tenant's. */
export function exampleAddress(address: string): boolean {
  if (RESERVED_MAIL.test(address)) return true
  const at = address.lastIndexOf('@')
  const labels = address
    .slice(at + 1)
    .toLowerCase()
    .split('.')
  if (labels.some((l) => EXAMPLE_DOMAINS.has(l)) || labels.some((l) => /^m365x\d+$/.test(l))) return true
  const local = address.slice(0, at).toLowerCase()
  const words = local.split(/[._+-]/).map(trimDigits)
  return (
    words.some((w) => EXAMPLE_LOCAL.has(w) || w.includes('test') || w.includes('example')) ||
    EXAMPLE_LOCAL.has(words.join(''))
  )
}

let personNames: Set<string> | undefined
let commonWords: Set<string> | undefined

/**
 * Whether an address looks like a person's: a real registrable domain (a public suffix, no service
 * subdomain such as a calendar's `group.calendar…` ids) and a local part with a given or family name
 * in it (`maria.k`, `nowak88`, `jkowalski`), or of two or more words none of them common English
 * (`ulbrecht.vormsand`). Role and descriptive addresses (`team@`, `shared.calendar@`, `uid123@`) are not.
 */
export function personalAddress(address: string): boolean {
  const at = address.lastIndexOf('@')
  const domain = parseDomain(address.slice(at + 1).toLowerCase())
  if (!domain.isIcann || !domain.domain || domain.subdomain) return false
  personNames ??= new Set(PERSON_NAME_LIST.split('\n'))
  commonWords ??= new Set(COMMON_WORD_LIST.split('\n'))
  const words = address
    .slice(0, at)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2)
  if (words.some((w) => w.length >= 3 && personName(personNames!, w))) return true
  return words.length >= 2 && !words.some((w) => commonWords!.has(w))
}

/** A name, an initial and a name (`jkowalski`), or two names run together (`annanowak`). */
function personName(names: Set<string>, w: string): boolean {
  if (names.has(w) || (w.length >= 5 && names.has(w.slice(1)))) return true
  for (let i = 3; i <= w.length - 3; i++) if (names.has(w.slice(0, i)) && names.has(w.slice(i))) return true
  return false
}

/**
 * The matches of /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, found from each '@'. That
 * pattern, tried at every word boundary of a long run without a good '@' after it, scans the run
 * to its end each time (quadratic), and a regex cannot share the scan between starts. Every start
 * in the run before an '@' reaches that '@' and the same domain, so the first boundary decides.
 */
export function emailAddresses(text: string): SecretRegexMatch[] {
  const found: SecretRegexMatch[] = []
  let from = 0 // where the search goes on: after the last match
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > from && isLocalChar(text.charCodeAt(start - 1))) start--
    while (start < at && isWordChar(text.charCodeAt(start - 1)) === isWordChar(text.charCodeAt(start))) start++
    if (start === at) continue
    EMAIL_DOMAIN.lastIndex = at + 1
    if (!EMAIL_DOMAIN.test(text)) continue
    from = EMAIL_DOMAIN.lastIndex
    found.push({ index: start, 0: text.slice(start, from) })
  }
  return found
}

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi
/** Part of every GUID, starting with a literal the engine can skip to: tried first, as most files hold none. */
const GUID_MIDDLE = /-[0-9a-f]{4}-[0-9a-f]{4}-/i
// An Azure subscription id (`subscription_id`, `/subscriptions/<id>/…`) names a customer's tenant data as much as a
// tenant id.
const TENANT_CONTEXT = /tenant|\btid\b|directory|subscription/i
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g
const PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]?\d{2,5}\b/g

/** Tenant ids every Microsoft sample prints: the consumer (MSA) tenant, Microsoft's own, first-party services. */
const PUBLIC_TENANTS = new Set([
  '9188040d-6c67-4c5b-b112-36a304b66dad',
  '72f988bf-86f1-41af-91ab-2d7cd011db47',
  'f8cdef31-a31e-4b4a-93e4-5f571e91255a'
])

/**
 * Documentation placeholders built of runs of one character (`aaaabbbb-0000-cccc-1111-dddd2222eeee`,
 * `11111111-2222-…`).
 */
function runsOfFour(hex: string): boolean {
  let run = 1
  for (let i = 1; i <= hex.length; i++) {
    if (i < hex.length && hex[i] === hex[i - 1]) run++
    else if (run < 4) return false
    else run = 1
  }
  return true
}

function placeholderGuid(g: string): boolean {
  const hex = g.replace(/-/g, '').toLowerCase()
  return (
    PUBLIC_TENANTS.has(g.toLowerCase()) ||
    /^(.)\1*$/.test(hex) ||
    runsOfFour(hex) ||
    /^(0123456789abcdef|123456781234)/.test(hex) ||
    hex === '12345678123412341234123456789012'
  )
}

/** Fictional telephone numbers (555-01xx in North America) and runs of one digit or of counting digits. */
function fictionalPhone(digits: string): boolean {
  return (
    /555(01\d\d|\d{4})$/.test(digits) ||
    /^(\d)\1+$/.test(digits.slice(-7)) ||
    /0123456|1234567|2345678|3456789|9876543/.test(digits)
  )
}

const SSN_CONTEXT = /ssn|social.?security|national.?id|tax.?id/i

/** Documentation and examples: prose, docs/ and examples/ trees. Reported apart, like test code. */
const DOC_PATH = /\.(md|mdx|markdown|rst|adoc|txt|ipynb)$|(^|\/)(docs?|documentation|examples?|samples?|demo)\//i
export const isDocPath = (path: string) => DOC_PATH.test(path)

const mask = (s: string) => own(`${s.slice(0, 4)}…`)

/** How far before a value its doc comment's `@example` tag may be. */
const EXAMPLE_REACH = 2000
/** An OpenAPI or settings `example:` key before the value on its line. */
const EXAMPLE_KEY = /\bexamples?["']?\s{0,10}[:=]/i

/**
 * Whether the value at `index` is a documentation example: inside a doc comment after its `@example`
 * tag (generated API types carry them), or the value of an `example:` key. Reads at most
 * EXAMPLE_REACH characters before the value, so many values in one file stay linear.
 */
export function inDocumentedExample(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1
  if (EXAMPLE_KEY.test(text.slice(Math.max(lineStart, index - 200), index))) return true
  const before = text.slice(Math.max(0, index - EXAMPLE_REACH), index)
  const tag = before.lastIndexOf('@example')
  return tag >= 0 && !before.includes('*/', tag)
}

/**
 * The secret-named values a .env file (not a template) assigns, with their offsets: for the detector and the redactor
 * alike.
 */
export function dotenvSecrets(path: string, text: string): { name: string; value: string; offset: number }[] {
  if (!ENV_FILE.test(path) || ENV_TEMPLATE.test(path)) return []
  const found: { name: string; value: string; offset: number }[] = []
  for (const m of text.matchAll(DOTENV_ASSIGNMENT)) {
    const [, name, value] = m
    if (!ENV_SECRET_NAME.test(name) || isPlaceholder(value) || !dotenvValue(value)) continue
    found.push({ name, value, offset: m.index + m[0].lastIndexOf(value) })
  }
  return found
}

/**
 * Real-looking personal and tenant data in a test file's text, with the values: for the detector,
 * which keeps only masks, and for the redactor, which masks the same values wherever else they print.
 */
export function testDataIn(
  text: string
): { kind: TestDataHit['kind']; value: string; index: number; note: string; fingerprint: string }[] {
  const found: ReturnType<typeof testDataIn> = []
  for (const m of emailAddresses(text)) {
    // After ':' or '/': a URL's user part or a chat id (19:abc@thread.v2), not an address.
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0
    if (
      before === 58 ||
      before === 47 ||
      exampleAddress(m[0]) ||
      !personalAddress(m[0]) ||
      /\.(png|jpe?g|gif|svg|webp)$/i.test(m[0]) ||
      /^[\w.-]+@\d+\.\d+/.test(m[0])
    )
      continue
    found.push({
      kind: 'e-mail address',
      value: m[0],
      index: m.index,
      note: 'a person’s name at a real domain, outside the reserved test domains',
      fingerprint: fingerprint('e-mail', m[0].toLowerCase())
    })
  }
  for (const m of GUID_MIDDLE.test(text) ? text.matchAll(GUID) : []) {
    const before = text.slice(Math.max(0, m.index - 60), m.index)
    if (!TENANT_CONTEXT.test(before.split('\n').pop() ?? '') || placeholderGuid(m[0])) continue
    found.push({
      kind: 'tenant id',
      value: m[0],
      index: m.index,
      note: 'tenant/directory id that is not a placeholder',
      fingerprint: fingerprint('tenant', m[0].toLowerCase())
    })
  }
  for (const m of text.matchAll(SSN)) {
    if (!SSN_CONTEXT.test(text.slice(Math.max(0, m.index - 80), m.index))) continue
    found.push({
      kind: 'national id number',
      value: m[0],
      index: m.index,
      note: 'national id number pattern',
      fingerprint: fingerprint('ssn', m[0])
    })
  }
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '')
    if (digits.length < 8 || fictionalPhone(digits)) continue
    found.push({
      kind: 'phone number',
      value: m[0],
      index: m.index,
      note: 'phone number',
      fingerprint: fingerprint('phone', digits)
    })
  }
  return found
}

export function createSecretsDetector(): { detector: Detector; result: SecretsEvidence } {
  const result: SecretsEvidence = { secrets: [], testData: [], suppressed: [] }
  const detector: Detector = {
    files: 'all',
    visit(file) {
      const isDoc = isDocPath(file.path)
      // Offsets the rules reported, so the .env pass does not report a value twice (a set: linear in the hits).
      const reported = new Set<number>()
      // Whether the file says "example" anywhere: looked for once, at its first hit.
      let examples: boolean | undefined
      for (const { rule, secret, index, verified, documented: known } of matchSecrets(file.text, file)) {
        examples ??= /example/i.test(file.text)
        const example = examples && !known && inDocumentedExample(file.text, index)
        const documented = known ?? (example ? 'a documentation example' : undefined)
        reported.add(index)
        if (allowedByMarker(file.text, index)) {
          result.suppressed.push(place(file, index, rule.description))
          continue
        }
        result.secrets.push({
          rule: rule.id,
          description: rule.description,
          masked: own(maskSecret(secret)),
          at: place(file, index, rule.description),
          isTest: file.isTest,
          isDoc,
          verified: verified === true,
          ...(documented ? { documented } : {}),
          fingerprint: fingerprint(rule.id, secret)
        })
      }
      for (const { name, value, offset } of dotenvSecrets(file.path, file.text)) {
        if (reported.has(offset)) continue
        if (allowedByMarker(file.text, offset)) {
          result.suppressed.push(place(file, offset, `.env value for ${name}`))
          continue
        }
        result.secrets.push({
          rule: 'dotenv-secret',
          description: own(`.env value for ${name}`),
          masked: own(maskSecret(value)),
          at: place(file, offset, `.env value for ${name}`),
          isTest: file.isTest,
          isDoc,
          verified: false,
          fingerprint: fingerprint(`dotenv-secret\0${name}`, value)
        })
      }
      if (!file.isTest || METADATA_FILE.test(file.path)) return
      for (const { kind, value, index, note, fingerprint: fp } of testDataIn(file.text))
        result.testData.push({ kind, masked: mask(value), at: place(file, index, note), fingerprint: fp })
    }
  }
  return { detector, result }
}
