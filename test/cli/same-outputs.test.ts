// A refactor changes no output: the current bundle against one saved before the change, on every
// example and fixture repository, in every format (bench/same-outputs.mjs). It needs a bundle of
// the starting point, which only the person making the change has, so it runs when
// SAME_OUTPUTS_BEFORE names that saved dist/ and is skipped, saying so, otherwise.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/gate.js'

const before = process.env.SAME_OUTPUTS_BEFORE

if (!before) console.log('same-outputs: skipped (set SAME_OUTPUTS_BEFORE to a dist/ saved before the change)')

describe.skipIf(!before)('the same outputs as the saved bundle', () => {
  it('gives every output of every example and fixture byte for byte as before', () => {
    expect(existsSync(join(before!, 'cli.js')), `${before} holds no cli.js`).toBe(true)
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'same-outputs.mjs'), '--before', before!], {
      encoding: 'utf8',
      maxBuffer: 1 << 26
    })
    expect(run.stdout + run.stderr).toMatch(/outputs compared: 0 differ/)
    expect(run.status).toBe(0)
  }, 900_000)
})
