// Committed credentials anywhere in the checkout, and real-looking personal or
// tenant data in test code. Seen in the same single pass as the source
// detectors (files: 'all'). Evidence never carries the secret itself.
import type { FileEvidence } from '../../findings.js'
import { isWordChar } from '../../chars.js'
import { isPlaceholder, maskSecret, matchSecrets, type SecretRegexMatch } from '../../secrets/rules.js'
import { own, type Detector, type SourceFile } from './scan.js'

export interface SecretHit {
  rule: string
  description: string
  /** The first 4 characters and the length: the secret itself is never kept. */
  masked: string
  at: FileEvidence
  isTest: boolean
}

export interface TestDataHit {
  kind: 'e-mail address' | 'tenant id' | 'national id number' | 'phone number'
  masked: string
  at: FileEvidence
}

export interface SecretsEvidence {
  secrets: SecretHit[]
  testData: TestDataHit[]
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

/** Domains reserved for documentation and tests (RFC 2606, RFC 6761). */
const RESERVED_MAIL = /@([\w-]+\.)*(example\.(com|org|net)|test|example|invalid|localhost)$/i
/** The domain of an e-mail address, from just after its '@'. */
const EMAIL_DOMAIN = /[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/y
const isLocalChar = (c: number) => isWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45 // [A-Za-z0-9._%+-]

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
const TENANT_CONTEXT = /tenant|\btid\b|directory/i
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g
const PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]?\d{2,5}\b/g

function placeholderGuid(g: string): boolean {
  const hex = g.replace(/-/g, '').toLowerCase()
  return /^(.)\1*$/.test(hex) || /^(0123456789abcdef|123456781234)/.test(hex) || hex === '12345678123412341234123456789012'
}

const mask = (s: string) => own(`${s.slice(0, 4)}…`)

export function createSecretsDetector(): { detector: Detector; result: SecretsEvidence } {
  const result: SecretsEvidence = { secrets: [], testData: [] }
  const detector: Detector = {
    files: 'all',
    visit(file) {
      for (const { rule, secret, index } of matchSecrets(file.text, file)) {
        if (result.secrets.some((s) => s.at.file === file.path && s.at.line === file.at(index).line)) continue
        result.secrets.push({ rule: rule.id, description: rule.description, masked: own(maskSecret(secret)), at: place(file, index, rule.description), isTest: file.isTest })
      }
      if (ENV_FILE.test(file.path) && !ENV_TEMPLATE.test(file.path)) {
        for (const m of file.text.matchAll(DOTENV_ASSIGNMENT)) {
          const [, name, value] = m
          if (!ENV_SECRET_NAME.test(name) || isPlaceholder(value) || value.length < 6) continue
          const offset = m.index + m[0].lastIndexOf(value)
          if (result.secrets.some((s) => s.at.file === file.path && s.at.line === file.at(offset).line)) continue
          result.secrets.push({ rule: 'dotenv-secret', description: own(`.env value for ${name}`), masked: own(maskSecret(value)), at: place(file, offset, `.env value for ${name}`), isTest: file.isTest })
        }
      }
      if (!file.isTest) return
      for (const m of emailAddresses(file.text)) {
        if (RESERVED_MAIL.test(m[0]) || /\.(png|jpe?g|gif|svg|webp)$/i.test(m[0]) || /^[\w.-]+@\d+\.\d+/.test(m[0])) continue
        result.testData.push({ kind: 'e-mail address', masked: mask(m[0]), at: place(file, m.index, 'e-mail address outside the reserved test domains') })
      }
      for (const m of GUID_MIDDLE.test(file.text) ? file.text.matchAll(GUID) : []) {
        const before = file.text.slice(Math.max(0, m.index - 60), m.index)
        if (!TENANT_CONTEXT.test(before.split('\n').pop() ?? '') || placeholderGuid(m[0])) continue
        result.testData.push({ kind: 'tenant id', masked: mask(m[0]), at: place(file, m.index, 'tenant/directory id that is not a placeholder') })
      }
      for (const m of file.text.matchAll(SSN)) result.testData.push({ kind: 'national id number', masked: mask(m[0]), at: place(file, m.index, 'national id number pattern') })
      for (const m of file.text.matchAll(PHONE)) {
        if (m[0].replace(/\D/g, '').length < 8) continue
        result.testData.push({ kind: 'phone number', masked: mask(m[0]), at: place(file, m.index, 'phone number') })
      }
    }
  }
  return { detector, result }
}
