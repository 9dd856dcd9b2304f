// The capability catalogue: what a package reaches (private data, untrusted content, an outbound
// channel), by the names code imports it with, per ecosystem. The entries are data
// (catalogue/*.yaml, bundled as modules), validated by a unit test against catalogue-schema.ts; golive.yaml's
// `capabilities:` adds a team's own. It lives with the evidence, not with the checks: it says what
// a package does, not whether that may go live, and the evidence that follows imports to tools needs it.
import { z } from 'zod'
import type { Language } from '../repository.js'
import npm from './catalogue/npm.yaml'
import pypi from './catalogue/pypi.yaml'
import nuget from './catalogue/nuget.yaml'
import gomod from './catalogue/go.yaml'
import maven from './catalogue/maven.yaml'
import programs from './catalogue/programs.yaml'

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

/** An entry of catalogue/*.yaml; catalogue-schema.ts is its schema, which the unit test checks every entry with. */
export interface CatalogueEntryData {
  package: string
  imports?: string[]
  types?: string[]
  legs: Leg[]
  send?: string[]
  read?: string[]
  write?: string[]
  kind?: ChannelKind
  content?: string[]
  reason: string
  hosts?: string[]
  example?: string
}

/** `program`: a program a tool starts, not a package it imports (catalogue/programs.yaml). */
/**
 * `opaque`: a service's SDK the catalogue does not list, found made with a credential (service-sdks.ts): what it
 * reaches is not known, so a tool that calls it is not verified.
 */
export type CatalogueEntry = CatalogueEntryData & { ecosystem: Ecosystem | 'program'; id: string; opaque?: true }

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
    read: z
      .array(name)
      .max(60)
      .optional()
      .describe(
        'Methods that read data back whose names do not say so; with no privateData leg, the only ones that read.'
      ),
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

// Not parsed with zod at each start (its schema and parse cost the start time): the unit test validates every entry.
const withIds = (ecosystem: Ecosystem, data: unknown): CatalogueEntry[] =>
  (data as CatalogueEntryData[]).map((e) => ({ ...e, ecosystem, id: `${ecosystem}:${e.package}` }))

/** The programs a tool may start whose reach is known, by the name they are started with. */
export const PROGRAMS: ReadonlyMap<string, CatalogueEntry> = new Map(
  (programs as CatalogueEntryData[]).map((e) => [
    e.package,
    { ...e, ecosystem: 'program' as const, id: `program:${e.package}` }
  ])
)

export const BUILT_IN: readonly CatalogueEntry[] = [
  ...withIds('npm', npm),
  ...withIds('pypi', pypi),
  ...withIds('nuget', nuget),
  ...withIds('go', gomod),
  ...withIds('maven', maven)
]

/** The entries by the names code imports them with, per ecosystem; a team's own entries first. */
export class Catalogue {
  private readonly byImport = new Map<CatalogueEntry['ecosystem'], Map<string, CatalogueEntry>>()
  /** The entries that name API hosts: a host is looked up among these few, not the whole catalogue. */
  private readonly hosted: CatalogueEntry[]
  readonly entries: CatalogueEntry[]

  constructor(custom: readonly CustomCapability[] = []) {
    this.entries = [...custom.map((c) => ({ ...c, id: `${c.ecosystem}:${c.package}` })), ...BUILT_IN]
    this.hosted = this.entries.filter((e) => e.hosts?.length)
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
    for (const e of this.hosted)
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
