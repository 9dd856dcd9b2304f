// What a tool reaches beyond the file that registers it, each with a decoy that must not fire: a
// call into a module the checkout does not hold, a file changed and shown back, an SDK helper that
// reads the file it is given, and a C# named HttpClient whose base address another file configures.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runGate } from '../../src/run.js'
import { ROOT, TODAY } from '../support/gate.js'

const ORDER = ['privateData', 'untrustedContent', 'externalCommunication']
const legsOf = (facts: { leg: string }[]) =>
  [...new Set(facts.map((f) => f.leg))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
const reachIn = (dir: string) => {
  const { ctx } = runGate({ dir: join(ROOT, 'test', 'fixtures', 'capabilities', 'beyond-file', dir), today: TODAY })
  return new Map(ctx.repo.capabilities.tools.map((t) => [t.tool, t]))
}

describe('a call into a module the checkout does not hold', () => {
  const reach = reachIn('missing')

  it('names the call on the tool that makes it, and on no tool whose modules are all there', () => {
    expect(reach.get('render_page')?.missing?.[0]).toMatchObject({ file: 'src/server.ts', line: 10 })
    expect(reach.get('render_page')?.missing?.[0].note).toMatch(/^renderPage: /)
    expect(reach.get('shout')?.handler).toBeDefined()
    expect(reach.get('shout')?.missing).toBeUndefined()
  })
})

describe('a file read to change it, and shown back', () => {
  const reach = reachIn('edit')

  it('gives private data to the tool whose change returns what it read (a diff), from the function that changes it', () => {
    expect(legsOf(reach.get('edit_note')?.facts ?? [])).toEqual(['privateData'])
    expect(reach.get('edit_note')!.facts[0]).toMatchObject({ source: 'local', at: { file: 'src/notes.ts', line: 4 } })
  })

  it('gives nothing to a change that returns the caller its own words, or whose result the tool drops', () => {
    expect(reach.get('append_note')?.handler).toBeDefined()
    expect(legsOf(reach.get('append_note')?.facts ?? [])).toEqual([])
    expect(reach.get('save_note')?.handler).toBeDefined()
    expect(legsOf(reach.get('save_note')?.facts ?? [])).toEqual([])
  })
})

describe("an SDK helper that reads the file it is given (fastmcp's File(path=…))", () => {
  const reach = reachIn('fastmcp')

  it('gives private data to a path read, and text others wrote when a tool argument names it', () => {
    expect(legsOf(reach.get('fetch_file')?.facts ?? [])).toEqual(['privateData', 'untrustedContent'])
    expect(reach.get('fetch_file')!.facts[0]).toMatchObject({ source: 'local', at: { file: 'server.py', line: 12 } })
    expect(legsOf(reach.get('config_file')?.facts ?? [])).toEqual(['privateData'])
  })

  it('gives nothing to a file the program ships with, nor to bytes made in the tool', () => {
    expect(reach.get('bundled_logo')?.handler).toBeDefined()
    expect(legsOf(reach.get('bundled_logo')?.facts ?? [])).toEqual([])
    expect(reach.get('blank_image')?.handler).toBeDefined()
    expect(legsOf(reach.get('blank_image')?.facts ?? [])).toEqual([])
  })
})

describe('a C# named HttpClient whose base address another file configures', () => {
  const reach = reachIn('named-client')

  it("sends to the base address's host from the tool that calls the named client", () => {
    const facts = reach.get('get_alerts')?.facts ?? []
    expect(legsOf(facts)).toEqual(['externalCommunication'])
    expect(facts[0]).toMatchObject({
      source: 'host',
      host: 'api.weather.gov',
      at: { file: 'Weather/Tools/WeatherTools.cs', line: 21 }
    })
  })

  it('gives nothing to a client named without a base address, nor to one made and not called', () => {
    expect(reach.get('get_status')?.handler).toBeDefined()
    expect(legsOf(reach.get('get_status')?.facts ?? [])).toEqual([])
    expect(reach.get('which_api')?.handler).toBeDefined()
    expect(legsOf(reach.get('which_api')?.facts ?? [])).toEqual([])
  })
})
