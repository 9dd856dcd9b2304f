// The ReDoS audit stays complete: every regular-expression literal in src/ has
// recheck's verdict in bench/redos-audit.json (npm run audit:redos makes it), and
// every pattern recheck does not call safe says why it cannot hurt. A new or
// changed pattern fails here until it is audited. recheck itself is not run
// here (about 90 s for every pattern): the audit script is.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patternKey, regexLiterals } from '../../bench/regex-literals.mjs'
import { ROOT } from '../support/gate.js'

interface Literal {
  file: string
  line: number
  source: string
  flags: string
}
interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  why?: string
}

const audit = JSON.parse(readFileSync(join(ROOT, 'bench', 'redos-audit.json'), 'utf8')) as {
  patterns: Record<string, Verdict>
}
const literals = regexLiterals() as Literal[]
const at = (l: Literal) => `${l.file}:${l.line} ${patternKey(l)}`

describe('the ReDoS audit of src/', () => {
  it('reads the literals the compiler sees, flags included', () => {
    // A few known ones, so a reader that found nothing would not pass the checks below.
    expect(literals.length).toBeGreaterThan(250)
    expect(literals).toContainEqual(
      expect.objectContaining({ file: 'src/evidence/source/lexer.ts', source: '[/"\'`]', flags: 'g' })
    )
    expect(literals.every((l) => l.file.startsWith('src/') && l.line > 0)).toBe(true)
  })

  it('has a verdict for every regular-expression literal (run npm run audit:redos)', () => {
    expect(literals.filter((l) => !audit.patterns[patternKey(l)]).map(at)).toEqual([])
  })

  it('says why for every pattern recheck does not call safe', () => {
    const unexplained = literals.filter(
      (l) => audit.patterns[patternKey(l)]?.status !== 'safe' && !audit.patterns[patternKey(l)]?.why?.trim()
    )
    expect(unexplained.map(at)).toEqual([])
  })

  it('keeps no verdict for a pattern that is gone from src/', () => {
    const current = new Set(literals.map((l) => patternKey(l)))
    expect(Object.keys(audit.patterns).filter((k) => !current.has(k))).toEqual([])
  })
})
