import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import { parseConfig } from '../../src/config/load.js'
import { configJsonSchema } from '../../src/config/schema.js'
import { TOOL_VERSION } from '../../src/version.js'
import { EXAMPLES, ROOT } from '../support/gate.js'

// The public contract (CHECKS.md): check ids and levels appear in reports, SARIF and waivers and never change.
const CONTRACT: [string, string][] = [
  ['security.tools-declared', 'blocking'],
  ['security.trifecta', 'critical'],
  ['security.private-data', 'blocking'],
  ['security.untrusted-content', 'blocking'],
  ['security.external-communication', 'blocking'],
  ['security.content-types', 'critical'],
  ['policy.readme', 'blocking'],
  ['policy.codeowners', 'advisory'],
  ['policy.branch-protection', 'blocking'],
  ['policy.code-review', 'blocking'],
  ['policy.release-process', 'advisory'],
  ['policy.ci-tests', 'critical'],
  ['policy.test-data', 'critical'],
  ['policy.secrets', 'critical'],
  ['policy.environments', 'blocking'],
  ['policy.security-scanning', 'critical'],
  ['policy.dependency-updates', 'blocking'],
  ['policy.container-scan', 'advisory'],
  ['policy.zone', 'blocking'],
  ['infra.gateway-route', 'blocking'],
  ['infra.security-policy', 'blocking'],
  ['infra.pod-security', 'blocking'],
  ['infra.hardening', 'advisory'],
  ['infra.audit-logging', 'blocking'],
  ['auth.obo', 'blocking'],
  ['auth.token-validation', 'blocking'],
  ['auth.identity-scoping', 'blocking'],
  ['auth.no-app-credentials', 'critical'],
  ['observability.tracing', 'blocking'],
  ['observability.span-attributes', 'advisory'],
  ['observability.dashboard', 'blocking'],
  ['report.config', 'blocking'],
  ['report.approval', 'blocking']
]

describe('release hygiene', () => {
  it('the version constant is package.json’s', () => {
    expect(TOOL_VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })
  it('the committed JSON Schema is the one the zod schema generates', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schema/golive.schema.json'), 'utf8'))).toEqual(configJsonSchema())
  })
  it('every example golive.yaml validates and starts with the schema line', () => {
    for (const ex of readdirSync(EXAMPLES)) {
      const text = readFileSync(join(EXAMPLES, ex, 'golive.yaml'), 'utf8')
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/)
      expect(() => parseConfig(text, 'golive.yaml')).not.toThrow()
    }
  })
  it('the registry holds the contract’s check ids and levels, each once, in catalogue order', () => {
    expect(CHECKS.map((c) => [c.id, c.level])).toEqual(CONTRACT)
  })
})
