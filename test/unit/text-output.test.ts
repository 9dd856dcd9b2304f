// Terminal output (issue 25): the verdict and the blocking list first and last, wrapped to the
// width, no Markdown fences, each check's fix once and in the server's language.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { languageOf } from '../../src/evidence/repository.js'
import { blockingChecks } from '../../src/report/markdown.js'
import { groupByPhase } from '../../src/report/group.js'
import { fixLines, renderText, wrap } from '../../src/report/text.js'
import { runGate } from '../../src/run.js'
import { EXAMPLES, TODAY } from '../support/gate.js'

const { result, ctx } = runGate({ dir: join(EXAMPLES, 'unready-server'), today: TODAY })
const languages = new Set(ctx.repo.paths.map(languageOf).filter((l) => l !== undefined))

describe.each([60, 100, 160])('the unready example (Python) at %i columns', (width) => {
  const text = renderText(result, { colour: false, width, languages })
  const lines = text.trimEnd().split('\n')
  const blocking = blockingChecks(groupByPhase(result.findings).flatMap((p) => p.checks))

  it('opens with the verdict and every blocking check, critical first', () => {
    expect(lines[0]).toMatch(/^MCP go-live: BLOCKED — \d+ of \d+ checks block \(\d+ critical\)/)
    const top = text.slice(0, text.indexOf('Phase 1 —'))
    let at = 0
    for (const c of blocking) {
      const i = top.indexOf(` ${c.check}: `, at)
      expect(i, c.check).toBeGreaterThan(at)
      at = i
    }
    expect(top.indexOf('CRITICAL')).toBeLessThan(top.indexOf('  blocking '))
  })

  it('ends with every blocking check and the verdict', () => {
    const tail = text.slice(text.lastIndexOf('Blocking ('))
    for (const c of blocking) expect(tail).toContain(` ${c.check}\n`)
    expect(tail).toMatch(/\nVerdict: BLOCKED — /)
  })

  it('wraps prose to the width (code lines are indented, never wrapped) and prints no fences', () => {
    const prose = lines.filter((l) => !/^ {14}/.test(l))
    expect(Math.max(...prose.map((l) => l.length))).toBeLessThanOrEqual(width)
    expect(text).not.toContain('```')
  })

  it('shows a fix once per check and none in TypeScript for a Python server', () => {
    expect(languages.has('python')).toBe(true)
    expect(languages.has('typescript')).toBe(false)
    const fixes = lines.filter((l) => l.trim() === 'fix:').length
    const checksWithFix = groupByPhase(result.findings)
      .flatMap((p) => p.checks)
      .filter((c) => c.findings.some((f) => f.fix && f.blocking)).length
    expect(fixes).toBe(checksWithFix)
    expect(text).not.toMatch(/^\s+(import .* from '|const \w+ = await )/m)
  })
})

describe('fixLines', () => {
  const fix =
    'Use the on-behalf-of flow.\nIn TypeScript:\n```ts\nconst t = await obo()\n```\nIn Python:\n```python\nt = obo()\n```\nThen deploy.'
  it('keeps the snippet of the server’s language, indented, and its prose', () => {
    const out = fixLines(fix, 80, '  ', new Set(['python'])).join('\n')
    expect(out).toContain('      t = obo()')
    expect(out).not.toContain('const t')
    expect(out).toContain('Then deploy.')
  })
  it('leaves out a snippet in another language and says so', () => {
    const out = fixLines(fix, 80, '  ', new Set(['go'])).join('\n')
    expect(out).not.toContain('const t')
    expect(out).not.toContain('t = obo()')
    expect(out).toContain('(an example in ts, python is left out: this server')
  })
  it('keeps every snippet when the languages are not known', () => {
    const out = fixLines(fix, 80, '  ').join('\n')
    expect(out).toContain('const t')
    expect(out).toContain('t = obo()')
  })
})

describe('wrap', () => {
  it('breaks at spaces with a hanging indent and cuts a word longer than a line', () => {
    expect(wrap('aaa bbb ccc', 9, '> ')).toEqual(['> aaa bbb', '  ccc'])
    const long = wrap('x'.repeat(50), 20, '', '')
    expect(long.every((l) => l.length <= 20)).toBe(true)
    expect(long.join('')).toBe('x'.repeat(50))
  })
})
