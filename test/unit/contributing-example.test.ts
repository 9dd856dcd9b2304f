// CONTRIBUTING.md's worked example, run: its check module is taken from the file, registered beside
// the real checks, run on in-memory evidence, and found in everything derived from the registry.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import { type CheckDefinition, explainMarkdown } from '../../src/check.js'
import { cli } from '../../src/cli.js'
import { parseConfig } from '../../src/config/load.js'
import { evaluate } from '../../src/engine.js'
import { UsageError } from '../../src/errors.js'
import { registerChecks } from '../../src/registry.js'
import { fakeEvidence, goliveYaml } from '../support/fake-evidence.js'
import { ROOT } from '../support/gate.js'

const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])
const moduleText = blocks.find((b) => b.startsWith('// checks/policy/license.ts\n'))
const waiver = (check: string) =>
  goliveYaml(`waivers:\n  - check: ${check}\n    reason: example\n    approvedBy: "@bob"\n    expires: 2026-12-01`)

/** What parseConfig says about a golive.yaml it refuses, every problem included. */
function configProblem(text: string): string {
  try {
    parseConfig(text, 'golive.yaml')
  } catch (e) {
    if (e instanceof UsageError) return e.describe()
    throw e
  }
  return 'accepted'
}

/** The module as CONTRIBUTING.md shows it, written outside the checkout with its imports pointing at src/. */
async function exampleCheck(): Promise<CheckDefinition> {
  if (!moduleText) throw new Error('CONTRIBUTING.md has no ```ts block starting with // checks/policy/license.ts')
  const dir = join(mkdtempSync(join(tmpdir(), 'golive-contributing-')), 'checks/policy')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, 'license.ts')
  writeFileSync(file, moduleText.replaceAll("'../../src/", `'${pathToFileURL(join(ROOT, 'src')).href}/`))
  const exports = (await import(pathToFileURL(file).href)) as Record<string, CheckDefinition>
  return exports.license
}

describe('CONTRIBUTING.md: adding a check', () => {
  afterAll(() => registerChecks(CHECKS))

  it('the module is a check that runs on fakeEvidence()', async () => {
    const license = await exampleCheck()
    expect(license.id).toBe('policy.license')
    expect(CHECKS.some((c) => c.id === license.id)).toBe(false)
    const found = license.run(fakeEvidence({ repo: (r) => r.paths.push('src/index.ts', 'LICENSE') }))
    expect(found).toMatchObject([{ status: 'passed', evidence: [{ file: 'LICENSE', line: 1 }] }])
    expect(license.run(fakeEvidence({ repo: (r) => r.paths.push('docs/LICENSE') }))[0].status).toBe('failed')
  })

  it('registered beside the real checks, it runs in the engine and appears in explain and the config', async () => {
    const license = await exampleCheck()
    expect(configProblem(waiver('policy.license'))).toMatch(/unknown check id "policy.license"/)
    registerChecks([...CHECKS, license])
    const result = evaluate(fakeEvidence(), [...CHECKS, license])
    // Advisory: a failure is a warning.
    expect(result.findings.find((f) => f.check === 'policy.license')?.status).toBe('warning')
    let out = ''
    const io = { out: (s: string) => (out += s), err: () => {}, isTTY: false, env: {} }
    expect(await cli(['explain', 'policy.license'], io)).toBe(0)
    expect(out).toBe(explainMarkdown(license))
    expect(out).toContain('# policy.license — License')
    expect(parseConfig(waiver('policy.license'), 'golive.yaml').config.waivers[0].check).toBe('policy.license')
  })

  it('the list edit it shows fits the phase list as it is', () => {
    const list = readFileSync(join(ROOT, 'checks/policy/index.ts'), 'utf8')
    expect(blocks).toContain("import { license } from './license.js'\n")
    const edit = blocks.find((b) => b.startsWith('export const POLICY_CHECKS'))
    expect(edit?.split('\n')[0]).toBe(list.split('\n').find((l) => l.startsWith('export const POLICY_CHECKS')))
    expect(list).toMatch(/\n {2}zone\n\]/)
  })
})
