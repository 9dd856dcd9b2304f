// The secret and test-data rules beside their annotated fixtures, in the semgrep-rules style: a
// comment `ruleid: CHECK` says the next line must hold a blocking finding of CHECK, `ok: CHECK`
// that it must not; every blocking finding must sit on an annotated line. Live-format tokens are
// made here (a checksummed token committed to this repository would be a leak to scanners).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { base62, entropy, githubChecksumHolds, isSecretName, notALiteral } from '../../src/secrets/structure.js'
import { allowedByMarker, matchSecrets } from '../../src/secrets/rules.js'
import { Repository } from '../../src/evidence/repository.js'
import { scanSources } from '../../src/evidence/source/scan.js'
import { createSecretsDetector } from '../../src/evidence/source/secrets.js'
import { findingsOf, gate, ROOT, variant } from '../support/gate.js'

const FIXTURE = join(ROOT, 'test/fixtures/secret-rules')

/** A GitHub token of the given prefix whose CRC32 checksum holds. */
function githubToken(prefix: string, body: string): string {
  return `${prefix}_${body}${base62(crc32(body), 6)}`
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? filesOf(join(dir, n)) : [join(dir, n)]
  )
}

/** file:line → the checks annotated `ruleid` and `ok` for it. */
function annotations(dir: string): { ruleid: Map<string, Set<string>>; ok: Map<string, Set<string>> } {
  const ruleid = new Map<string, Set<string>>()
  const ok = new Map<string, Set<string>>()
  for (const file of filesOf(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, i) => {
      const m = /(ruleid|ok):\s*([\w.-]+)/.exec(line)
      if (!m) return
      const key = `${relative(dir, file)}:${i + 2}`
      const into = m[1] === 'ruleid' ? ruleid : ok
      if (!into.has(key)) into.set(key, new Set())
      into.get(key)!.add(m[2])
    })
  }
  return { ruleid, ok }
}

describe('the annotated secret-rules fixture', () => {
  const tokens = {
    '@@GITHUB_TOKEN@@': githubToken('ghp', 'Zq8vKp3LmN7xR2tW9yB4cD6fG1hJ5k'),
    '@@GITHUB_TOKEN_2@@': githubToken('gho', 'Wm4nQ8rT2vX6zB1cF5hK9pL3sD7gJ0'),
    '@@SLACK_BOT_TOKEN@@': ['xoxb', '2837465019', '4419283746510', 'Rk7Lm2xKp9wZt4NVq8cYbQd3'].join('-'),
    '@@AZURE_CLIENT_SECRET@@': ['Wv4', '8Q~', 'Lm2xKp9wZt4NVq7r8cYbQx7vLp2mZr9KwT'].join(''),
    '@@STRIPE_LIVE_KEY@@': ['sk', 'live', '51HqLm2xKp9wZt4NVq7r8cYbQx7vLp2mZr9Kw'].join('_')
  }
  const files: Record<string, string> = {}
  for (const file of filesOf(FIXTURE)) {
    let text = readFileSync(file, 'utf8')
    for (const [mark, value] of Object.entries(tokens)) text = text.replaceAll(mark, value)
    files[relative(FIXTURE, file)] = text
  }
  const dir = variant(FIXTURE, files)
  const result = gate(dir)
  const { ruleid, ok } = annotations(FIXTURE)

  for (const check of ['policy.secrets', 'policy.test-data']) {
    it(`${check}: a blocking finding on every ruleid line, none on an ok line or a line without one`, () => {
      const blocking = new Set(
        findingsOf(result.findings, check)
          .filter((f) => f.blocking)
          .flatMap((f) =>
            f.evidence
              .filter((e) => 'line' in e)
              .map((e) => `${(e as { file: string }).file}:${(e as { line: number }).line}`)
          )
      )
      const expected = [...ruleid]
        .filter(([, checks]) => checks.has(check))
        .map(([k]) => k)
        .sort()
      const forbidden = [...ok].filter(([, checks]) => checks.has(check)).map(([k]) => k)
      expect(expected.length).toBeGreaterThan(1)
      expect(expected.filter((k) => !blocking.has(k))).toEqual([])
      expect(forbidden.filter((k) => blocking.has(k))).toEqual([])
      expect([...blocking].filter((k) => !expected.includes(k))).toEqual([])
    })
  }

  it('reports each secret on a line, one finding per value, and counts the allow-marked line', () => {
    const secrets = findingsOf(result.findings, 'policy.secrets')
    const pairLine = files['src/config.py'].split('\n').findIndex((l) => l.startsWith('pair =')) + 1
    expect(
      secrets.filter((f) => f.evidence.some((e) => 'line' in e && e.file === 'src/config.py' && e.line === pairLine))
    ).toHaveLength(2)
    expect(secrets.some((f) => /1 place carry an inline allow marker|1 place(s)? carr/.test(f.message))).toBe(true)
    // Known formats are named by their rule, not by the generic one.
    for (const format of [/^Azure AD client secret /, /^Stripe key /, /^Slack token /])
      expect(
        secrets.filter((f) => format.test(f.message) && f.blocking),
        String(format)
      ).toHaveLength(1)
    // Test-code placeholders are reported apart, never blocking.
    const testOnly = secrets.filter((f) => f.evidence.every((e) => 'file' in e && e.file.startsWith('tests/')))
    expect(testOnly.filter((f) => !f.blocking).length).toBeGreaterThan(0)
  })
})

describe('the structure of known formats', () => {
  it('holds a GitHub token to its CRC32 checksum', () => {
    const good = githubToken('ghp', 'Zq8vKp3LmN7xR2tW9yB4cD6fG1hJ5k')
    expect(githubChecksumHolds(good)).toBe(true)
    // One character of the body or the checksum changed: never issued.
    expect(githubChecksumHolds(good.slice(0, 10) + (good[10] === 'a' ? 'b' : 'a') + good.slice(11))).toBe(false)
    expect(githubChecksumHolds(good.slice(0, -1) + (good.endsWith('a') ? 'b' : 'a'))).toBe(false)
    expect(matchSecrets(`t = "${good}"`).map((m) => [m.rule.id, m.verified])).toEqual([['github-pat', true]])
  })

  it('takes a JWT only when it decodes to a signed JSON header and payload', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const real = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: '8f14e45f-ceea-467f', aud: 'api://orders' })}.Qm9ndXNTaWduYXR1cmVCeXRlcw`
    expect(matchSecrets(real).map((m) => m.rule.id)).toEqual(['jwt'])
    expect(matchSecrets(`${part({ alg: 'RS256' })}.eyJub3QganNvbiBhdCBhbGwgISEhIQ.c2lnbmF0dXJlMTIz`)).toEqual([])
    expect(matchSecrets(`${part({ alg: 'none' })}.${part({ sub: 'x1y2z3w4' })}.c2lnbmF0dXJlMTIz`)).toEqual([])
  })

  it('names what is not a literal secret', () => {
    for (const v of [
      '$PASSWORD',
      '${DB_PASSWORD}',
      '%API_KEY%',
      '{{ .Values.token }}',
      '<your-token>',
      '/oauth2/v2.0/token',
      '.token-cache.json',
      'client_secret_post',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN',
      'my-$$e-$ecret',
      'your-api-key',
      'changeme-now',
      'xxxxxxxxxxxx',
      'self.config.api_token',
      'InteractiveBrowserCredential'
    ])
      expect(notALiteral(v), v).toBeDefined()
    expect(notALiteral('Vq7rLm2xKp9wZt4N')).toBeUndefined()
    expect(entropy('aaaa')).toBe(0)
    expect(entropy('abcd')).toBe(2)
  })

  it('reads a setting name by its last word', () => {
    for (const n of ['password', 'client_secret', 'apiKey', 'GITHUB_TOKEN', 'accessToken', 'storage_account_key'])
      expect(isSecretName(n), n).toBe(true)
    for (const n of [
      'nextPageToken',
      'token_endpoint_auth_method',
      'TOKEN_CACHE_FILE',
      'grafanaServiceAccountTokenEnvVar',
      'roleKvSecretsUser',
      'clientSecretSettingName',
      'monkey',
      'publicKey'
    ])
      expect(isSecretName(n), n).toBe(false)
  })

  it('sees the allow markers of the common scanners', () => {
    for (const marker of ['# notsecret', '// gitleaks:allow', '# pragma: allowlist secret', '# nosec'])
      expect(allowedByMarker(`x = "v" ${marker}\n`, 2), marker).toBe(true)
    expect(allowedByMarker('# pragma: allowlist nextline secret\nx = "v"\n', 40)).toBe(true)
    expect(allowedByMarker('x = "v"\n', 2)).toBe(false)
  })
})

describe('the detector on one file of many key ids', () => {
  it('reports every id of a 1 MB file, each in its place', () => {
    // 49,000 distinct AWS key ids, one per line: the former de-duplication compared each new hit
    // with every earlier one (quadratic), which does not finish within this test's timeout.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
    const ids: string[] = []
    for (let i = 0; i < 49_000; i++) {
      let tail = ''
      for (let v = i; tail.length < 4; v = Math.floor(v / 32)) tail = alphabet[v % 32] + tail
      ids.push(`AKIAZ7Q3LMXKRW2T${tail}`)
    }
    const dir = variant(undefined, { 'keys.txt': ids.join('\n') })
    const { detector, result } = createSecretsDetector()
    scanSources(new Repository(dir, {}), [detector])
    expect(result.secrets).toHaveLength(49_000)
    expect(new Set(result.secrets.map((s) => s.fingerprint)).size).toBe(49_000)
    expect(result.secrets.every((s, i) => s.at.line === i + 1 && s.at.column === 1)).toBe(true)
  }, 10_000)
})

describe('the annotated app-credentials fixture', () => {
  const dir = join(ROOT, 'test/fixtures/app-credentials')
  const result = gate(dir)
  const { ruleid, ok } = annotations(dir)

  it('auth.no-app-credentials: blocking evidence on every ruleid line, none on an ok line or a line without one', () => {
    const check = 'auth.no-app-credentials'
    const found = findingsOf(result.findings, check).filter((f) => f.blocking)
    const blocking = new Set(
      found.flatMap((f) =>
        f.evidence
          .filter((e) => 'line' in e)
          .map((e) => `${(e as { file: string }).file}:${(e as { line: number }).line}`)
      )
    )
    const expected = [...ruleid]
      .filter(([, checks]) => checks.has(check))
      .map(([k]) => k)
      .sort()
    expect(expected.filter((k) => !blocking.has(k))).toEqual([])
    expect(
      [...ok]
        .filter(([, checks]) => checks.has(check))
        .map(([k]) => k)
        .filter((k) => blocking.has(k))
    ).toEqual([])
    expect([...blocking].filter((k) => !expected.includes(k))).toEqual([])
    // One finding per credential: JIRA_API_TOKEN is read twice and reported once.
    expect(found.filter((f) => f.message.startsWith('JIRA_API_TOKEN'))).toHaveLength(1)
    // One per cause: the chat and issue-tracker tokens, two client-credentials flows and the secret beside
    // one, three names held in Go constants, two passwords, two parameter-held tokens, the x-api-key header,
    // keys named by their ending, a connection string, two Java properties and a pydantic settings field,
    // two properties-file entries filled from the environment, a personal access token (`_PAT`).
    const causes = found.map((f) => /^[\w.-]+(?: [\w-]+)*?(?= \(|,)/.exec(f.message)?.[0]).sort()
    expect(causes).toEqual([
      'AZDO_PAT',
      'Azure Identity ClientSecretCredential',
      'COURIER_API_KEY',
      'DATABASE_URI',
      'EXPORT_CLIENT_SECRET',
      'GRAFANA_API_KEY',
      'GRAFANA_PASSWORD',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN',
      'JIRA_API_TOKEN',
      'JIRA_CLIENT_KEY_PASSWORD',
      'LEDGER_TOKEN',
      'MS365_MCP_OAUTH_TOKEN',
      'PAYMENTS_SECRET_KEY',
      'REDIS_PWD',
      'SENTRY_ACCESS_TOKEN',
      'SLACK_BOT_TOKEN',
      'client_credentials grant',
      'jdbc.password',
      'quarkus.rest-client.ledger.api-key',
      'spring.datasource.password',
      'warehouse.api-key',
      'x-api-key header'
    ])
    // A user name is half of the password of its prefix: named in that finding, never a finding of its own.
    expect(found.find((f) => f.message.startsWith('REDIS_PWD'))?.message).toContain('with the user name REDIS_USERNAME')
    expect(found.filter((f) => /SMTP_USERNAME|REDIS_USERNAME \(/.test(f.message))).toEqual([])
  })
})
