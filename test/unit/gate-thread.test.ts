// The gate thread, driven with real workers: its exit code passes through, and a thread that dies
// (out of memory, an uncaught error) is reported with a reason instead of a stack trace.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runGateThread } from '../../src/gate-thread.js'
import { ROOT } from '../support/gate.js'

const entry = (name: string) => pathToFileURL(join(ROOT, 'test/fixtures/gate-thread', name))

describe('the gate thread', () => {
  it('ends with the code its entry exits with', async () => {
    expect(await runGateThread(entry('exit-3.mjs'))).toEqual({ code: 3 })
  })

  it('says the check ran out of memory when its heap is exhausted', async () => {
    // 4 MB of old generation: at 8 MB, V8 sometimes ended the whole process instead of the thread.
    const end = await runGateThread(entry('allocate.mjs'), { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 4 })
    expect(end.failure).toBe(
      'the check ran out of memory; leave generated and vendored directories out with paths.exclude in golive.yaml'
    )
  })

  it('says an uncaught error is an internal error, with its message', async () => {
    const end = await runGateThread(entry('throw.mjs'))
    expect(end.failure).toBe('internal error: boom in the gate thread')
    expect(end.code).not.toBe(0)
  })
})
