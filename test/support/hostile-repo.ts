// Repositories a pull request's author could write to make the gate print a
// secret: real-format credentials in golive.yaml fields, file names, a .env
// value no other rule knows, and a quoted line that a 160-character cut runs
// through. Used by the secret-leak tests and the redaction property.
import { spawnSync } from 'node:child_process'
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { EXAMPLES, ROOT } from './gate.js'

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** A deterministic generator (xorshift), so a failing seed replays. */
export function randomOf(seed: number): (alphabet: string, n: number) => string {
  let x = seed >>> 0 || 1
  return (alphabet, n) => {
    let s = ''
    for (let i = 0; i < n; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      s += alphabet[(x >>> 0) % alphabet.length]
    }
    return s
  }
}

export interface Tokens {
  /** A GitHub personal access token: ghp_ and 36 base62 characters. */
  github: string
  /** An AWS access key id: AKIA and 16 base32 characters. */
  aws: string
  /** A value only the .env rule finds (no other rule's shape). */
  dotenv: string
  /** A real-looking e-mail address only the test-data detector finds (in a test file). */
  email: string
  /** A value only the secret-named-setting rule finds (`dbPassword = "…"`): no shape of its own. */
  generic: string
  /** A password only the connection-string rule finds (`postgres://app:…@host`). */
  connection: string
}

/** Every planted value: what no surface may show more than 4 characters of. */
export const planted = (t: Tokens): string[] => Object.values(t)

export function tokens(seed: number): Tokens {
  const r = randomOf(seed)
  // Letters and digits only, starting with a letter pair no placeholder word or other rule starts with.
  const lower = 'bcdfghjklmnpqrvwxz'
  return {
    github: `ghp_${r(BASE62, 36)}`,
    aws: `AKIA${r(BASE32, 16)}`,
    dotenv: `Qz${r(BASE62, 22)}`,
    email: `marta.${r(lower, 9)}@${r(lower, 10)}.net`,
    generic: `Wv${r(BASE62, 20)}`,
    connection: `Pw${r(BASE62, 14)}`
  }
}

/** What a reader may see of a secret: its first 4 characters. Any 8 characters of it in a row is a leak. */
export function leakedPart(text: string, secret: string): string | undefined {
  for (let i = 0; i + 8 <= secret.length; i++) {
    const part = secret.slice(i, i + 8)
    if (text.includes(part)) return part
  }
  return undefined
}

export function expectNoLeak(surface: string, text: string, secrets: string[]): void {
  for (const s of secrets) {
    const part = leakedPart(text, s)
    expect(part, `${surface} shows ${part} of ${s.slice(0, 4)}… (${s.length} chars)`).toBeUndefined()
  }
}

/** The quoted line's length in results (run.ts): the test places a secret across it. */
export const SNIPPET_CUT = 160

/**
 * The ready example with the tokens planted where golive.yaml, file names and quoted lines carry
 * them to every surface. `cutAt`: where the GitHub token starts in a quoted fetch line, relative to
 * the 160-character cut.
 */
export function hostileRepo(t: Tokens, options: { cutAt?: number } = {}): string {
  const ws = mkdtempSync(join(tmpdir(), 'golive-hostile-'))
  cpSync(join(EXAMPLES, 'ready-server'), ws, { recursive: true })
  writeFileSync(join(ws, '.env'), `API_TOKEN=${t.dotenv}\n`)
  // A tool named after the .env value (declared, never registered: the finding names it).
  const tool = `  - name: "${t.dotenv}"\n    privateData: none\n    untrustedContent: none\n    externalCommunication: none\n`
  const yaml =
    readFileSync(join(ws, 'golive.yaml'), 'utf8')
      .replace('name: mcp-servicenow', `name: mcp-servicenow-${t.dotenv}`)
      .replace('description: Full-text search', `description: ${t.aws} ${t.dotenv} Full-text search`)
      .replace('note: Dashboard reviewed', `subject: "${t.dotenv}"\n    note: ${t.github} reviewed ${t.dotenv}`)
      .replace(
        'environments: [dev, prod]',
        `${tool}environments: [dev, prod]\negress:\n  allowedHosts: ["${t.dotenv}.contoso.internal"]`
      ) +
    `waivers:\n  - check: policy.release-process\n    reason: "waived ${t.dotenv} for ${t.github} / ${t.aws}"\n    approvedBy: "@alice"\n    expires: 2027-01-31\n`
  writeFileSync(join(ws, 'golive.yaml'), yaml)
  // Personal data in a test, and the same address in a waiver's reason: only the test-data detector knows it.
  writeFileSync(join(ws, 'test', 'owner.test.ts'), `export const owner = '${t.email}'\n`)
  writeFileSync(join(ws, 'golive.yaml'), yaml.replace('reason: "waived ', `reason: "asked by ${t.email}, waived `))
  // Values only a context finds (a secret-named setting, a connection string), and a tool registered under a name
  // holding one: the bare values are also in golive.yaml (below) and a file name, where no rule sees them.
  writeFileSync(
    join(ws, 'src', 'db.ts'),
    "import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'\n" +
      `export const dbPassword = "${t.generic}"\nexport const url = "postgres://app:${t.connection}@db.prod.internal/app"\n` +
      `export function more(server: McpServer) {\n  server.registerTool('lookup_${t.generic}', {}, async () => ({}))\n}\n`
  )
  writeFileSync(join(ws, `${t.connection}.bin`), Buffer.from([0, 1, 2, 0, 3]))
  writeFileSync(
    join(ws, 'golive.yaml'),
    readFileSync(join(ws, 'golive.yaml'), 'utf8').replace(
      'reason: "asked by ',
      `reason: "set ${t.generic} and ${t.connection}, asked by `
    )
  )
  // A file named after a token, holding it: its path is evidence everywhere.
  writeFileSync(join(ws, 'src', `${t.aws}.ts`), `export const key = "${t.aws}"\n`)
  // A file named after the .env value that is not read (binary): the "not read" list names it.
  writeFileSync(join(ws, `${t.dotenv}.bin`), Buffer.from([0, 1, 2, 0, 3]))
  // A quoted fetch line with the GitHub token across the snippet's cut.
  const cutAt = options.cutAt ?? -8
  const head = '  const leak = await fetch(`https://api.partner-data.net/api/'
  const pad = 'p'.repeat(Math.max(0, SNIPPET_CUT + cutAt - head.trim().length))
  const service = readFileSync(join(ws, 'src/servicenow.ts'), 'utf8')
  writeFileSync(
    join(ws, 'src/servicenow.ts'),
    `${service}\nexport async function leaky() {\n${head}${pad}${t.github}\`)\n  return leak\n}\n`
  )
  return ws
}

/** Every file under a directory, as text. */
export function filesUnder(dir: string): [string, string][] {
  const out: [string, string][] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else out.push([path, readFileSync(path, 'utf8')])
  }
  return out
}

/** The bundled CLI (npm run bundle). */
export function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; stdout?: string } = {}) {
  // stdout: a file to give the process as its standard output (/dev/full); stdout then reads ''.
  const fd = options.stdout ? openSync(options.stdout, 'w') : undefined
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', fd ?? 'pipe', 'pipe']
    })
    return { ...r, stdout: r.stdout ?? '' }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
