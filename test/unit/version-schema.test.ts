import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '../../checks/catalogue.js'
import { CHECKS } from '../../checks/index.js'
import { parseConfig } from '../../src/config/load.js'
import { configJsonSchema } from '../../src/config/schema.js'
import { TOOL_VERSION } from '../../src/version.js'
import { EXAMPLES, ROOT } from '../support/gate.js'

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
  it('registered checks are catalogue ids, each once', () => {
    const ids = CHECKS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(CATALOGUE.map((e) => e.id)).toContain(id)
  })
})
