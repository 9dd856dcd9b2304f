// App credentials read by code the server never runs (issue 24, what was left): another package of a
// monorepo that uses no MCP SDK and that no serving package depends on, a loose script beside the
// packages, or a tooling folder (scripts/, benchmarks/) are reported apart and never block; the
// server's own package and the packages it depends on still block.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { outsideServer, type ServerScope } from '../../src/evidence/derived/server-scope.js'
import { findingsOf, gate, ROOT, variant } from '../support/gate.js'

const FIXTURE = join(ROOT, 'test/fixtures/server-scope')

describe('auth.no-app-credentials by the server scope', () => {
  const result = gate(FIXTURE)
  const found = findingsOf(result.findings, 'auth.no-app-credentials')
  const named = (status: string) =>
    found
      .filter((f) => f.status === status)
      .map((f) => /^[\w.-]+/.exec(f.message)?.[0])
      .sort()

  it('blocks on the server package and on the package it depends on', () => {
    expect(named('failed')).toEqual(['ORDERS_API_TOKEN', 'WAREHOUSE_API_KEY'])
    expect(found.filter((f) => f.status === 'failed').every((f) => f.blocking && !f.nonProduction)).toBe(true)
  })

  it('reports the rest apart, not blocking, each with why it is outside the server', () => {
    expect(named('warning')).toEqual(['BENCH_API_TOKEN', 'BILLING_API_KEY', 'DOCS_API_TOKEN', 'SKILLS_API_KEY'])
    const apart = found.filter((f) => f.status === 'warning')
    expect(apart.every((f) => f.nonProduction && !f.blocking)).toBe(true)
    const why = (name: string) => apart.find((f) => f.message.startsWith(name))!.message
    expect(why('BILLING_API_KEY')).toContain('packages/billing-meter/package.json is a package that uses no MCP SDK')
    expect(why('DOCS_API_TOKEN')).toContain('scripts/ holds tooling')
    expect(why('BENCH_API_TOKEN')).toContain('benchmarks/ holds tooling')
    expect(why('SKILLS_API_KEY')).toContain('skills/sync.js is a script in no package of the server')
  })

  it('counts a package once a serving package depends on it in production', () => {
    const pkg =
      '{ "name": "@acme/orders-mcp", "type": "module", "dependencies": { "@acme/warehouse-client": "workspace:*", "@acme/billing-meter": "workspace:*", "@modelcontextprotocol/sdk": "^1.20.0" } }'
    const found = findingsOf(
      gate(variant(FIXTURE, { 'packages/server/package.json': pkg })).findings,
      'auth.no-app-credentials'
    )
    expect(
      found
        .filter((f) => f.status === 'failed')
        .map((f) => /^\w+/.exec(f.message)?.[0])
        .sort()
    ).toEqual(['BILLING_API_KEY', 'ORDERS_API_TOKEN', 'WAREHOUSE_API_KEY'])
  })

  it('fails closed: with no file that uses an MCP SDK, every package counts', () => {
    const found = findingsOf(
      gate(
        variant(FIXTURE, {
          'packages/server/src/index.ts': 'export const ordersToken = process.env.ORDERS_API_TOKEN\n'
        })
      ).findings,
      'auth.no-app-credentials'
    )
    expect(
      found
        .filter((f) => f.status === 'failed')
        .map((f) => /^\w+/.exec(f.message)?.[0])
        .sort()
    ).toEqual(['BILLING_API_KEY', 'ORDERS_API_TOKEN', 'SKILLS_API_KEY', 'WAREHOUSE_API_KEY'])
  })
})

describe('outsideServer', () => {
  const scope: ServerScope = {
    known: true,
    looseServes: ['python'],
    packages: [
      { dir: '', manifest: 'go.mod', ecosystem: 'go', serves: true, inScope: true },
      { dir: 'web', manifest: 'web/package.json', ecosystem: 'npm', serves: false, inScope: false }
    ]
  }

  it('follows each language to its own manifest', () => {
    expect(outsideServer(scope, 'tools/search.go')).toBeUndefined()
    expect(outsideServer(scope, 'web/src/app.ts')).toContain('web/package.json')
    // A loose JavaScript file in a Go server's repository (an installer) is not the server's.
    expect(outsideServer(scope, '.claude-plugin/install.mjs')).toContain('no javascript manifest')
    // Loose Python files serve here (the server's Python files have no manifest either).
    expect(outsideServer(scope, 'server.py')).toBeUndefined()
  })

  it('says nothing when the scope is unknown, except of tooling folders', () => {
    expect(outsideServer({ ...scope, known: false }, 'web/src/app.ts')).toBeUndefined()
    expect(outsideServer(undefined, 'scripts/release.ts')).toContain('scripts/ holds tooling')
    expect(outsideServer(undefined, 'src/scripting/engine.ts')).toBeUndefined()
  })
})
