// The capability catalogue: every entry is found from a real import line of its language (a
// table test over the entries' own examples), the data is valid, and golive.yaml's own entries
// take precedence.
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import {
  BUILT_IN,
  PROGRAMS,
  Catalogue,
  ECOSYSTEMS,
  type CatalogueEntry,
  type CatalogueEntryData
} from '../../src/evidence/derived/catalogue.js'
import { catalogueEntrySchema } from '../../src/evidence/derived/catalogue-schema.js'
import npm from '../../src/evidence/derived/catalogue/npm.yaml'
import pypi from '../../src/evidence/derived/catalogue/pypi.yaml'
import nuget from '../../src/evidence/derived/catalogue/nuget.yaml'
import gomod from '../../src/evidence/derived/catalogue/go.yaml'
import maven from '../../src/evidence/derived/catalogue/maven.yaml'
import programs from '../../src/evidence/derived/catalogue/programs.yaml'
import { entryOfImport, importsOf } from '../../src/evidence/source/imports.js'
import { sourceViews } from '../../src/evidence/source/lexer.js'
import type { Language } from '../../src/evidence/repository.js'

const LANGUAGE: Record<Exclude<CatalogueEntry['ecosystem'], 'program'>, Language> = {
  npm: 'typescript',
  pypi: 'python',
  nuget: 'csharp',
  go: 'go',
  maven: 'java'
}
const catalogue = new Catalogue()

/** The example as a file of its language would hold it (a Go spec sits in an import block). */
function fileOf(e: CatalogueEntry): { language: Language; code: string; bare: string } {
  const language = LANGUAGE[e.ecosystem as keyof typeof LANGUAGE]
  const text = e.ecosystem === 'go' ? `package x\n\nimport (\n\t"fmt"\n\t${e.example}\n)\n` : `${e.example}\n`
  return { language, ...sourceViews(text, language) }
}

describe('the capability catalogue', () => {
  it('holds at least 500 entries over the five ecosystems, each with a reason and an import line', () => {
    expect(BUILT_IN.length).toBeGreaterThanOrEqual(500)
    for (const eco of ECOSYSTEMS) expect(BUILT_IN.filter((e) => e.ecosystem === eco).length).toBeGreaterThanOrEqual(75)
    expect(BUILT_IN.filter((e) => !e.example).map((e) => e.id)).toEqual([])
    expect(new Set(BUILT_IN.map((e) => e.id)).size).toBe(BUILT_IN.length)
  })

  it.each(BUILT_IN.map((e) => [e.id, e] as const))('%s is found from its import line', (_, e) => {
    const file = fileOf(e)
    const found = importsOf(file)
      .map((imp) => entryOfImport(catalogue, file.language, imp)?.id)
      .filter(Boolean)
    expect(found).toContain(e.id)
  })

  it.each([
    ['npm', npm],
    ['pypi', pypi],
    ['nuget', nuget],
    ['go', gomod],
    ['maven', maven]
  ])('%s.yaml: every entry is valid, and the gate reads it as written', (eco, data) => {
    // The gate does not parse the catalogue at start: this is where a bad entry fails.
    const parsed = z.array(catalogueEntrySchema).safeParse(data)
    expect(parsed.error?.issues ?? []).toEqual([])
    expect(parsed.data).toEqual(data)
    expect(BUILT_IN.filter((e) => e.ecosystem === eco).map(({ ecosystem: _, id: __, ...e }) => e)).toEqual(data)
  })

  it('gives every import name and API host to one entry only, so no entry is shadowed by another', () => {
    for (const eco of ECOSYSTEMS) {
      const owners = new Map<string, string[]>()
      for (const e of BUILT_IN.filter((x) => x.ecosystem === eco))
        for (const key of e.imports ?? [e.package]) owners.set(key, [...(owners.get(key) ?? []), e.id])
      expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([])
    }
    const hosts = BUILT_IN.flatMap((e) => e.hosts ?? [])
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([])
  })

  it('names packages as their manifests do: a Go module its imports lie under, a Maven group:artifact', () => {
    const goModule = (e: CatalogueEntry) => /"([^"]+)"/.exec(e.example ?? '')?.[1] ?? ''
    expect(
      BUILT_IN.filter((e) => e.ecosystem === 'go' && !`${goModule(e)}/`.startsWith(`${e.package}/`)).map((e) => e.id)
    ).toEqual([])
    expect(
      BUILT_IN.filter(
        (e) => e.ecosystem === 'maven' && !/^[\w.-]+:[\w.-]+$/.test(e.package) && !e.package.startsWith('java.')
      ).map((e) => e.id)
    ).toEqual([])
  })

  it('the type the gate reads entries by is the one the schema makes', () => {
    expectTypeOf<z.infer<typeof catalogueEntrySchema>>().toEqualTypeOf<CatalogueEntryData>()
  })

  it('refuses an entry that sends without saying what kind of channel it is', () => {
    const r = catalogueEntrySchema.safeParse({ package: 'x', legs: ['externalCommunication'], reason: 'sends' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0].path).toEqual(['kind'])
  })

  it('matches sub-modules to their package, and a team entry before a built-in one', () => {
    expect(catalogue.lookup('python', 'slack_sdk.web.async_client')?.id).toBe('pypi:slack-sdk')
    expect(catalogue.lookup('typescript', 'mysql2/promise')?.id).toBe('npm:mysql2')
    expect(catalogue.lookup('csharp', 'Microsoft.Graph.Beta.Models')?.id).toBe('nuget:Microsoft.Graph.Beta')
    expect(catalogue.lookup('go', 'github.com/redis/go-redis/v9')?.id).toBe('go:github.com/redis/go-redis')
    expect(catalogue.lookup('python', 'slacker')).toBeUndefined()
    const own = new Catalogue([
      {
        package: 'acme-crm',
        ecosystem: 'pypi',
        imports: ['acme_crm'],
        legs: ['privateData'],
        reason: 'customer records'
      }
    ])
    expect(own.lookup('python', 'acme_crm.client')?.id).toBe('pypi:acme-crm')
  })
})

describe('the programs a tool may start', () => {
  it('programs.yaml: every entry is valid, a command line its example, and the gate reads it as written', () => {
    const parsed = z.array(catalogueEntrySchema).safeParse(programs)
    expect(parsed.error?.issues ?? []).toEqual([])
    expect([...PROGRAMS.values()].map(({ ecosystem: _, id: __, ...e }) => e)).toEqual(programs)
    for (const e of PROGRAMS.values()) expect(e.example!.split(' ')[0], e.id).toBe(e.package)
  })
})
