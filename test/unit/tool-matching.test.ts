// Declared tools and the registrations found in source are matched through maps
// made once; `registers` (one registration, one tool) stays the definition, and
// these properties hold the maps to it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toolsDeclared } from '../../checks/security/tools-declared.js'
import { registers, registrationFinder } from '../../src/evidence/derived/tools.js'
import type { CheckContext, Outcome } from '../../src/check.js'
import type { ToolRegistration } from '../../src/evidence/source/security.js'
import { fuzz } from '../support/fuzz.js'

// Names that collide exactly, only once normalised (case, -, _ and spaces), or not at all.
const name = fc.constantFrom(
  'get_ticket',
  'GetTicket',
  'get-ticket',
  'getticket',
  'Get Ticket',
  'list',
  'List',
  'list_',
  'other'
)
const registration = fc
  .record({ name, derived: fc.boolean(), line: fc.nat(99) })
  .map(({ name, derived, line }): ToolRegistration => ({
    name,
    derived,
    at: { file: 'server.py', line: line + 1, column: 1 },
    isTest: false
  }))

describe('registrationFinder', () => {
  it('finds, for every tool, the registration the definition finds first', () => {
    fc.assert(
      fc.property(fc.array(registration, { maxLength: 8 }), fc.array(name, { maxLength: 6 }), (regs, tools) => {
        const find = registrationFinder(regs)
        for (const tool of tools) expect(find({ name: tool })).toBe(regs.find((r) => registers(r, { name: tool })))
      }),
      fuzz(1500)
    )
  })
})

describe('security.tools-declared over many tools', () => {
  const run = (regs: ToolRegistration[], tools: string[]) => {
    const ctx = {
      repo: { source: { tools: regs }, scan: { sourceFiles: 1 } },
      config: {
        tools: tools.map((n) => ({
          name: n,
          privateData: 'none',
          untrustedContent: 'none',
          externalCommunication: 'none'
        }))
      },
      configFile: { path: 'golive.yaml', sha256: '', locate: () => ({ line: 1, column: 1 }) }
    } as unknown as CheckContext
    return toolsDeclared.run(ctx) as Outcome[]
  }
  const named = (outcomes: Outcome[], status: string) =>
    outcomes.flatMap((o) => {
      const tool = o.status === status ? /Tool "([^"]*)"/.exec(o.message)?.[1] : undefined
      return tool === undefined ? [] : [tool]
    })
  /** The outcome about the whole source: no SDK and no registration seen, so the served tools are not known. */
  const blind = (outcomes: Outcome[]) =>
    outcomes.filter((o) => o.status === 'not verified' && o.message.startsWith('No tool registration and no MCP SDK'))

  it('fails each registration no declared tool names, and leaves not verified each declared tool no registration names, as the definition says', () => {
    fc.assert(
      fc.property(fc.array(registration, { maxLength: 8 }), fc.array(name, { maxLength: 6 }), (regs, tools) => {
        // The check looks at the first production registration of each name.
        const found = regs.filter((r, i) => regs.findIndex((o) => o.name === r.name) === i)
        const outcomes = run(regs, tools)
        expect(named(outcomes, 'failed')).toEqual(
          found.filter((r) => !tools.some((t) => registers(r, { name: t }))).map((r) => r.name)
        )
        // Without an inventory, a declared tool the source does not show is not verified (never a warning beside a pass), once per name.
        expect(named(outcomes, 'not verified')).toEqual(
          [...new Set(tools)].filter((t) => !found.some((r) => registers(r, { name: t })))
        )
        // Nothing registered and nothing declared is what a server on an SDK the gate cannot read looks like.
        expect(blind(outcomes).length).toBe(!tools.length && !named(outcomes, 'failed').length ? 1 : 0)
        expect(outcomes.some((o) => o.status === 'passed')).toBe(
          outcomes.length === 1 &&
            !named(outcomes, 'failed').length &&
            !named(outcomes, 'not verified').length &&
            !blind(outcomes).length
        )
      }),
      fuzz(1500)
    )
  })
})
