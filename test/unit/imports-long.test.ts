// Braced imports longer than the import pattern reads (one name a line, past 400 characters): read from their end.
import { describe, expect, it } from 'vitest'
import { importsOf } from '../../src/evidence/source/imports.js'
import { sourceViews } from '../../src/evidence/source/lexer.js'

const fileOf = (text: string) => ({ language: 'typescript' as const, ...sourceViews(text, 'typescript') })
const steps = Array.from({ length: 60 }, (_, i) => `  stepNumber${i},`).join('\n')

describe('a braced import longer than 400 characters', () => {
  it('binds every name, a default name and the renamed ones, once, at the import', () => {
    const text = [
      "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'",
      'import Steps, {',
      '  type StepOptions,',
      steps,
      '  readOrders as orders',
      "} from './steps.js'",
      '',
      'export const run = () => orders()'
    ].join('\n')
    const imports = importsOf(fileOf(text))
    expect(imports.map((i) => i.module)).toEqual(['@modelcontextprotocol/sdk/server/mcp.js', './steps.js'])
    const long = imports[1]
    expect(long.offset).toBe(text.indexOf('import Steps'))
    expect(long.names).toEqual([
      'Steps',
      'StepOptions',
      ...Array.from({ length: 60 }, (_, i) => `stepNumber${i}`),
      'orders'
    ])
    expect(long.renamed).toEqual(new Map([['orders', 'readOrders']]))
  })

  it('reads no clause that a string holds, or that is not an import', () => {
    const text = [
      `const sample = "import {${steps.replace(/\n/g, ' ')} } from './steps.js'"`,
      `const picked = {${steps}\n} // from './nowhere.js' is a comment`,
      `export {${steps}\n} from './steps.js'`
    ].join('\n')
    expect(importsOf(fileOf(text)).map((i) => i.module)).toEqual([])
  })
})
