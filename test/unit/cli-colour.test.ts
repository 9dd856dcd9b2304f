import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli } from '../../src/cli.js'
import { EXAMPLES } from '../support/gate.js'

async function run(isTTY: boolean, env: NodeJS.ProcessEnv) {
  let out = ''
  const code = await cli(['check', join(EXAMPLES, 'ready-server')], {
    out: (s) => (out += s),
    err: () => {},
    isTTY,
    env
  })
  return { code, out }
}

describe('terminal colour', () => {
  it('colours on a TTY', async () => {
    const r = await run(true, {})
    expect(r.code).toBe(0)
    expect(r.out).toContain('\u001b[32mpassed')
  })
  it('never with NO_COLOR, TERM=dumb, or when not a TTY', async () => {
    expect((await run(true, { NO_COLOR: '1' })).out).not.toContain('\u001b[')
    expect((await run(true, { TERM: 'dumb' })).out).not.toContain('\u001b[')
    expect((await run(false, {})).out).not.toContain('\u001b[')
  })
})
