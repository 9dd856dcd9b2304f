import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECKS } from '../../checks/index.js'
import { explainMarkdown } from '../../src/check.js'
import { renderSarif } from '../../src/publish/sarif.js'
import { EXAMPLES, gate } from '../support/gate.js'

describe('SARIF 2.1.0', () => {
  const log = JSON.parse(renderSarif(gate(join(EXAMPLES, 'unready-server'))))
  it('has one rule per check id, with the explain text as help', () => {
    expect(log.version).toBe('2.1.0')
    const rules = log.runs[0].tool.driver.rules
    expect(rules.map((r: { id: string }) => r.id)).toEqual(CHECKS.map((c) => c.id))
    expect(rules.find((r: { id: string }) => r.id === 'security.trifecta').help.markdown).toBe(
      explainMarkdown(CHECKS.find((c) => c.id === 'security.trifecta')!)
    )
    expect(rules.find((r: { id: string }) => r.id === 'security.trifecta').properties['security-severity']).toBe('9.0')
  })
  it('has results with locations for open findings, errors for blocking ones', () => {
    const results = log.runs[0].results
    const trifecta = results.find((r: { ruleId: string }) => r.ruleId === 'security.trifecta')
    expect(trifecta.level).toBe('error')
    expect(trifecta.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'golive.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 18 }
    })
    expect(
      results.every(
        (r: { ruleIndex: number; ruleId: string }) => log.runs[0].tool.driver.rules[r.ruleIndex].id === r.ruleId
      )
    ).toBe(true)
    expect(
      results.some(
        (r: { ruleId: string }) =>
          r.ruleId === 'policy.codeowners' && (r as unknown as { level: string }).level === 'warning'
      )
    ).toBe(true)
  })
})
