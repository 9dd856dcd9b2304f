// Third-party SDKs the capability catalogue does not list, made somewhere in the repository with a
// credential (`ElevenLabs(api_key=…)`, `LineBotClient.fromChannelAccessToken({ channelAccessToken })`,
// `slack.New(token)`): a service's API behind a key. What such a client reads or sends is the
// service's, which the gate cannot tell from the code; a tool that calls one is not verified, never
// passed. A team names what it reaches in golive.yaml `capabilities`, which the catalogue then knows.
import { builtinModules } from 'node:module'
import type { Language } from '../repository.js'
import { closingBracket } from '../source/tool-names.js'
import type { ImportLine } from '../source/imports.js'
import { ECOSYSTEM_OF, type CatalogueEntry } from './catalogue.js'

/** What the search needs of a file: its language, its views and its imports. */
export interface SdkFile {
  language: Language
  text: string
  code: string
  bare: string
  imports: ImportLine[]
}

/** A word a file names when it may give a client a credential: read first, before the names are looked at. */
const CREDENTIAL = /api[_-]?key|token|secret|passw(?:or)?d|credential/i
/** A name that is a credential (`apiKey`, `ELEVENLABS_API_KEY`, `channelAccessToken`), not one holding the word. */
const CREDENTIAL_NAME = /(?:api_?key|(?:secret|private|access)_?key|token|secret|passw(?:or)?d|credentials?)$/i
/**
 * Packages that are not a service a tool reaches: MCP SDKs (a tool's own parameters are often named `token`),
 * sign-in and credential libraries (they obtain a token; the service is what it is used with), loggers.
 */
const NOT_A_SERVICE =
  /mcp|modelcontextprotocol|auth|msal|identity|entraid|jwt|jose|credential|keyring|dotenv|secret|log/i
const NODE_BUILTINS = new Set(builtinModules)
/** Python's standard modules that build objects from keys or passwords; none is a service's SDK. */
const PYTHON_STDLIB = new Set(
  'os sys ssl http urllib hmac hashlib base64 json logging socket email asyncio subprocess sqlite3 secrets getpass typing dataclasses pathlib configparser argparse smtplib imaplib poplib ftplib'.split(
    ' '
  )
)
/** Frameworks and platforms whose objects take keys (a security token, a key store) without being a service. */
const JVM_PLATFORM = /^(?:java|javax|jakarta|kotlin|kotlinx|org\.springframework|io\.modelcontextprotocol)\./
/** The last step of a call that makes a client: a class called as a constructor, or a factory method. */
const FACTORY = /^(?:[A-Z]|(?:new|create|from|of|connect|login|builder|client)(?![a-z]))/
/** Hosts of Go modules whose path names an owner and a repository: the module is three segments. */
const GO_CODE_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org'])

/** The package an import names, as one key for every module under it. */
export function sdkKey(language: Language, module: string): string {
  switch (language) {
    case 'typescript':
    case 'javascript': {
      const parts = module.split('/')
      return module.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
    }
    case 'python':
      return module.split('.')[0]
    case 'go': {
      const parts = module.split('/')
      return parts.slice(0, GO_CODE_HOSTS.has(parts[0]) ? 3 : 2).join('/')
    }
    default:
      return module.split('.').slice(0, 2).join('.')
  }
}

/** The repository's own modules: Python's files and packages, go.mod's module paths, JVM package roots. */
interface LocalModules {
  python: Set<string>
  go: string[]
  jvm: Set<string>
}

export class ServiceSdks {
  private found: Map<string, CatalogueEntry> | undefined
  private ownModules: LocalModules | undefined

  constructor(
    /** The repository's source files, tests left out. */
    private readonly files: () => Iterable<SdkFile>,
    /** The repository's paths, to tell its own modules from a package's. */
    private readonly paths: readonly string[],
    /** Whether the catalogue (or golive.yaml's own entries) knows the import already. */
    private readonly known: (language: Language, imp: ImportLine) => boolean,
    /** A file's text, for go.mod's module path. */
    private readonly read: (path: string) => string | undefined
  ) {}

  /** The entry of an import of an uncatalogued service SDK made somewhere with a credential, if it is one. */
  entryOf(language: Language, module: string): CatalogueEntry | undefined {
    const key = this.candidate(language, module)
    if (key === undefined) return undefined
    this.found ??= this.search()
    return this.found.get(`${ECOSYSTEM_OF[language]}:${key}`)
  }

  private search(): Map<string, CatalogueEntry> {
    const found = new Map<string, CatalogueEntry>()
    for (const f of this.files()) {
      // The text first: most files name no credential, and their views are not made for this.
      if (f.language === 'csharp' || !CREDENTIAL.test(f.text) || !CREDENTIAL.test(f.code)) continue
      for (const imp of f.imports) {
        const pkg =
          imp.names.length && !this.known(f.language, imp) ? this.candidate(f.language, imp.module) : undefined
        if (pkg === undefined) continue
        const key = `${ECOSYSTEM_OF[f.language]}:${pkg}`
        if (found.has(key)) continue
        const given = imp.names.map((n) => credentialGiven(f, n)).find((w) => w !== undefined)
        if (!given) continue
        found.set(key, {
          package: pkg,
          ecosystem: ECOSYSTEM_OF[f.language],
          id: `sdk:${key}`,
          legs: [],
          opaque: true,
          reason: `a service's SDK made with a credential (\`${given}\`), which the capability catalogue does not list`
        })
      }
    }
    return found
  }

  /** The package an import names when it may be a service's SDK: a third party's, and not one that is no service. */
  private candidate(language: Language, module: string): string | undefined {
    if (language === 'csharp' || !this.thirdParty(language, module)) return undefined
    const key = sdkKey(language, module)
    return NOT_A_SERVICE.test(key) ? undefined : key
  }

  /** An import of a package, not of the language's own library or of the repository's own code. */
  private thirdParty(language: Language, module: string): boolean {
    switch (language) {
      case 'typescript':
      case 'javascript':
        return (
          !/^[./]/.test(module) &&
          !module.startsWith('node:') &&
          !NODE_BUILTINS.has(module.split('/')[0]) &&
          !module.startsWith('@modelcontextprotocol/')
        )
      case 'python': {
        const root = module.split('.')[0]
        return root !== '' && !PYTHON_STDLIB.has(root) && !this.local().python.has(root) && root !== 'mcp'
      }
      case 'go':
        return module.split('/')[0].includes('.') && !this.local().go.some((own) => module.startsWith(own))
      default:
        return !JVM_PLATFORM.test(module) && !this.local().jvm.has(module.split('.').slice(0, 2).join('.'))
    }
  }

  private local(): LocalModules {
    if (this.ownModules) return this.ownModules
    const own: LocalModules = { python: new Set(), go: [], jvm: new Set() }
    for (const p of this.paths) {
      const parts = p.split('/')
      // A Python module or package at any depth can be a root (`src.common…`, a server in a subfolder).
      if (p.endsWith('.py')) {
        for (const part of parts) own.python.add(part.replace(/\.py$/, ''))
      } else if (p === 'go.mod' || p.endsWith('/go.mod')) {
        const module = /^module[ \t]+(\S+)/m.exec(this.read(p) ?? '')?.[1]
        if (module) own.go.push(module)
      } else if (/\.(?:java|kt)$/.test(p)) {
        // The directories under src/main/java name the packages: their first two segments are the project's.
        const at = parts.findIndex((s, i) => (s === 'java' || s === 'kotlin') && parts[i - 1] === 'main')
        if (at >= 0 && parts.length > at + 3) own.jvm.add(`${parts[at + 1]}.${parts[at + 2]}`)
      }
    }
    return (this.ownModules = own)
  }
}

/**
 * The credential word a client made from an imported name is given (`new Vendor({ apiKey })`,
 * `Vendor(api_key=…)`, `vendor.Client.fromToken(…)`, Go's `vendor.New(token)`), if the file makes one.
 */
function credentialGiven(f: SdkFile, name: string): string | undefined {
  const escaped = name.replace(/[$]/g, '\\$')
  const made = new RegExp(
    `(\\bnew[ \\t]+)?(?<![\\w$.])${escaped}((?:[ \\t]*\\.[ \\t]*[A-Za-z_$][\\w$]*){0,4})[ \\t]*(?:<[^<>()\\n]{0,100}>)?\\(`,
    'g'
  )
  for (const m of f.bare.matchAll(made)) {
    const steps = [name, ...m[2].split('.').map((s) => s.trim())].filter(Boolean)
    const last = steps[steps.length - 1]
    // A constructor or a factory makes it (`new`, a class called, `.fromToken`, Go's `New…`); a class's other
    // methods (`StringUtils.isEmpty(token)`) and plain calls (`jwt.encode`) do not.
    const maker =
      m[1] !== undefined || (f.language === 'go' ? /^New/.test(last) && steps.length > 1 : FACTORY.test(last))
    if (!maker) continue
    const open = m.index + m[0].length - 1
    const close = closingBracket(f.bare, open)
    // A builder is given the credential by the calls chained after it, up to the statement's end.
    const semicolon = f.bare.indexOf(';', open)
    const end =
      last === 'builder'
        ? Math.min(semicolon > open ? semicolon : f.bare.length, open + 400)
        : close > open
          ? close
          : open + 400
    // Names in the code, and strings that are an environment variable's name: prose in a string (a description
    // that mentions a token) gives the client nothing.
    const words = [
      ...(f.bare.slice(open + 1, end).match(/[A-Za-z_]\w*/g) ?? []),
      ...[...f.code.slice(open + 1, end).matchAll(/(['"`])([A-Z][A-Z0-9_]*)\1/g)].map((s) => s[2])
    ]
    const word = words.find((w) => CREDENTIAL_NAME.test(w)) ?? credentialSetAfter(f, m.index, end)
    if (word) return word
  }
  return undefined
}

/**
 * The credential a client made at `at` is given next, by a method of its own
 * (`const client = sdk.createClient({ baseUrl }); client.setAccessToken(token)`), in the lines after it.
 */
function credentialSetAfter(f: SdkFile, at: number, end: number): string | undefined {
  const lineStart = f.bare.lastIndexOf('\n', at) + 1
  // The name the client is kept in, from the statement's start: `const client = sdk.createClient(`.
  const held =
    /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]{0,100})?=[ \t]*(?:await[ \t]+)?[\w$.]*$/.exec(
      f.bare.slice(lineStart, at)
    )?.[1]
  if (!held) return undefined
  const after = f.bare.slice(end, end + 2000)
  for (const m of after.matchAll(
    new RegExp(`(?<![\\w$.])${held.replace(/[$]/g, '\\$')}[ \\t]*\\.[ \\t]*([A-Za-z_$][\\w$]*)[ \\t]*\\(`, 'g')
  ))
    if (CREDENTIAL_NAME.test(m[1]) || /^(?:set|use|with)(?:Auth|Credential|ApiKey|Token|Password)/i.test(m[1]))
      return m[1]
  return undefined
}
