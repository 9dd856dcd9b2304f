// The capability catalogue: what a package reaches (private data, untrusted content, an outbound
// channel), by the names code imports it with, per ecosystem. The entries are data
// (catalogue/*.yaml, bundled as modules), validated here when the module loads; golive.yaml's
// `capabilities:` adds a team's own. It lives with the evidence, not with the checks: it says what
// a package does, not whether that may go live, and the evidence that follows imports to tools needs it.
import { z } from 'zod'
import type { Language } from '../repository.js'
import npm from './catalogue/npm.yaml'
import pypi from './catalogue/pypi.yaml'
import nuget from './catalogue/nuget.yaml'
import gomod from './catalogue/go.yaml'
import maven from './catalogue/maven.yaml'

export const LEGS = ['privateData', 'untrustedContent', 'externalCommunication'] as const
export type Leg = (typeof LEGS)[number]
export const ECOSYSTEMS = ['npm', 'pypi', 'nuget', 'go', 'maven'] as const
export type Ecosystem = (typeof ECOSYSTEMS)[number]
/**
 * send: data leaves to a third party by the SDK's nature; llm: to a model provider; generic-http: where the URL each
 * call is given points.
 */
export const CHANNEL_KINDS = ['send', 'llm', 'generic-http'] as const
export type ChannelKind = (typeof CHANNEL_KINDS)[number]

const name = z.string().min(1).max(200)

export const catalogueEntrySchema = z
  .strictObject({
    package: name.describe(
      'The package as its manifest names it (npm name, PyPI distribution, NuGet id, Go module path, Maven group:artifact).'
    ),
    imports: z
      .array(name)
      .min(1)
      .max(20)
      .optional()
      .describe(
        'The names code imports it by (module, namespace, import path or Java package; a name matches its sub-modules too). Default: the package name.'
      ),
    types: z
      .array(name)
      .max(30)
      .optional()
      .describe('Identifiers that tell a use of it where an import binds no name (a C# `using`).'),
    legs: z.array(z.enum(LEGS)).max(3).describe('The legs any use of it in a tool raises.'),
    send: z
      .array(name)
      .max(30)
      .optional()
      .describe('Methods that send data out: calling one raises external communication.'),
    read: z
      .array(name)
      .max(60)
      .optional()
      .describe('Methods that read data back whose words do not say so (`lpop`, `keys`): they hold the read legs.'),
    write: z
      .array(name)
      .max(60)
      .optional()
      .describe('Methods that only write whose words do not say so: a tool calling only these holds no read leg.'),
    kind: z.enum(CHANNEL_KINDS).optional().describe('What kind of outbound channel it is.'),
    content: z
      .array(name)
      .max(30)
      .optional()
      .describe(
        'The objects whose reads return text others write (`message`, `issue`), by a word of the call or of the function around it: a read of another object holds private data only. Default: every read holds both.'
      ),
    reason: z.string().min(1).max(200).describe('One line: why it has these legs.'),
    hosts: z
      .array(name)
      .max(10)
      .optional()
      .describe(
        'The API hosts its SDK talks to: a plain HTTP call there reaches the same (`*.x.com` for its subdomains).'
      ),
    example: z.string().min(1).max(300).optional().describe('An import line as real code writes it.')
  })
  .refine((e) => !(e.legs.includes('externalCommunication') || e.send?.length) || e.kind !== undefined, {
    message: 'an entry that sends needs a kind (send, llm or generic-http)',
    path: ['kind']
  })

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema> & { ecosystem: Ecosystem; id: string }

/** An entry of golive.yaml's `capabilities:` (a team's own package). */
export const customCapabilitySchema = z
  .strictObject({
    package: name.describe('The package (npm, PyPI, NuGet, Go module or Maven group:artifact).'),
    ecosystem: z.enum(ECOSYSTEMS).describe('npm, pypi, nuget, go or maven.'),
    imports: z
      .array(name)
      .min(1)
      .max(20)
      .optional()
      .describe('The names code imports it by; default: the package name.'),
    types: z.array(name).max(30).optional().describe('For C#: the identifiers that tell a use of it.'),
    legs: z
      .array(z.enum(LEGS))
      .max(3)
      .describe('What any use of it reaches: privateData, untrustedContent, externalCommunication.'),
    send: z.array(name).max(30).optional().describe('Methods that send data out.'),
    read: z.array(name).max(60).optional().describe('Methods that read data back whose names do not say so.'),
    write: z.array(name).max(60).optional().describe('Methods that only write whose names do not say so.'),
    kind: z.enum(CHANNEL_KINDS).optional().describe('send, llm or generic-http.'),
    content: z
      .array(name)
      .max(30)
      .optional()
      .describe('The objects whose reads return text others write; a read of another holds private data only.'),
    reason: z.string().min(1).max(200).describe('Why it has these legs.')
  })
  .describe('A package the gate should know the capabilities of.')
export type CustomCapability = z.infer<typeof customCapabilitySchema>

export const ECOSYSTEM_OF: Record<Language, Ecosystem> = {
  typescript: 'npm',
  javascript: 'npm',
  python: 'pypi',
  csharp: 'nuget',
  go: 'go',
  java: 'maven',
  kotlin: 'maven'
}

function validated(ecosystem: Ecosystem, data: unknown): CatalogueEntry[] {
  const parsed = z.array(catalogueEntrySchema).safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`capability catalogue ${ecosystem}.yaml: entry ${issue.path.join('.')}: ${issue.message}`)
  }
  return parsed.data.map((e) => ({ ...e, ecosystem, id: `${ecosystem}:${e.package}` }))
}

export const BUILT_IN: readonly CatalogueEntry[] = [
  ...validated('npm', npm),
  ...validated('pypi', pypi),
  ...validated('nuget', nuget),
  ...validated('go', gomod),
  ...validated('maven', maven)
]

/** The entries by the names code imports them with, per ecosystem; a team's own entries first. */
export class Catalogue {
  private readonly byImport = new Map<Ecosystem, Map<string, CatalogueEntry>>()
  readonly entries: CatalogueEntry[]

  constructor(custom: readonly CustomCapability[] = []) {
    this.entries = [...custom.map((c) => ({ ...c, id: `${c.ecosystem}:${c.package}` })), ...BUILT_IN]
    for (const e of this.entries) {
      let map = this.byImport.get(e.ecosystem)
      if (!map) this.byImport.set(e.ecosystem, (map = new Map()))
      for (const key of e.imports ?? [e.package]) if (!map.has(key)) map.set(key, e)
    }
  }

  /**
   * The entry an import names: the longest import name that is the module or a parent of it
   * (`slack_sdk.web` → slack_sdk, `github.com/redis/go-redis/v9` → github.com/redis/go-redis,
   * `Microsoft.Graph.Models` → Microsoft.Graph, `mysql2/promise` → mysql2).
   */
  /** The entry whose API host this is (or a subdomain of). */
  byHost(host: string): CatalogueEntry | undefined {
    const h = host.toLowerCase()
    for (const e of this.entries)
      if (e.hosts?.some((x) => (x.startsWith('*.') ? h.endsWith(x.slice(1)) : h === x))) return e
    return undefined
  }

  lookup(language: Language, module: string): CatalogueEntry | undefined {
    const map = this.byImport.get(ECOSYSTEM_OF[language])
    if (!map) return undefined
    const spec = module.startsWith('node:') ? module.slice(5) : module
    for (let key = spec; key;) {
      const hit = map.get(key)
      if (hit) return hit
      const cut = Math.max(key.lastIndexOf('/'), key.lastIndexOf('.'))
      if (cut <= 0) break
      key = key.slice(0, cut)
    }
    return undefined
  }
}

let builtIn: Catalogue | undefined
/** The catalogue with golive.yaml's own entries (one made once for a run without any). */
export const catalogueWith = (custom: readonly CustomCapability[] = []): Catalogue =>
  custom.length ? new Catalogue(custom) : (builtIn ??= new Catalogue())
