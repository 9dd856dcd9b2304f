// bench/findings-counts.mjs judges findings by `ruleid:`/`ok:` annotations: only a comment that names a
// check id is one, so prose or code that happens to say `ok:` (a YAML key, a log line) judges nothing.
import { describe, expect, it } from 'vitest'
import { annotationOf } from '../../bench/findings-counts.mjs'

describe('findings-counts annotations', () => {
  it('reads a comment naming a check id, in each comment style', () => {
    expect(annotationOf('// ruleid: policy.secrets')).toEqual({ kind: 'ruleid', check: 'policy.secrets' })
    expect(annotationOf('  # ok: policy.test-data')).toEqual({ kind: 'ok', check: 'policy.test-data' })
    expect(annotationOf('/* ruleid: auth.no-app-credentials */')).toEqual({
      kind: 'ruleid',
      check: 'auth.no-app-credentials'
    })
    expect(annotationOf('<!-- ok: policy.secrets -->')).toEqual({ kind: 'ok', check: 'policy.secrets' })
  })

  it('ignores ok:/ruleid: text that names no check id or is not a comment', () => {
    expect(annotationOf('status: { ok: true }')).toBeNull()
    expect(annotationOf('  ok: result')).toBeNull()
    expect(annotationOf('# ok: looks fine')).toBeNull()
    expect(annotationOf('log.info("ruleid: policy.secrets")')).toBeNull()
    expect(annotationOf('// ok: policy.secrets.extra.')).toBeNull()
  })
})
