// The file objects the source pass gives detectors. Their views must be getters of one shared
// prototype, never getters of each object: each object's own getters (closures over its text)
// made every file's text and views survive into the old generation (scan.ts, ScannedFile).
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Repository } from '../../src/evidence/repository.js'
import { scanSources, type SourceFile } from '../../src/evidence/source/scan.js'
import { EXAMPLES } from '../support/gate.js'

function filesSeen(dir: string, files: 'source' | 'all'): SourceFile[] {
  const seen: SourceFile[] = []
  scanSources(new Repository(dir, {}), [{ files, visit: (f) => void seen.push(f) }])
  return seen
}

describe('the files the source pass gives detectors', () => {
  it('share one prototype that holds the views and places; no file has accessors of its own', () => {
    const seen = filesSeen(join(EXAMPLES, 'ready-server'), 'all')
    expect(seen.length).toBeGreaterThan(5)
    const proto = Object.getPrototypeOf(seen[0])
    expect(proto).not.toBe(Object.prototype)
    for (const key of ['code', 'bare']) expect(typeof Object.getOwnPropertyDescriptor(proto, key)?.get).toBe('function')
    for (const f of seen) {
      expect(Object.getPrototypeOf(f)).toBe(proto)
      const accessors = Object.getOwnPropertyNames(f).filter((k) => Object.getOwnPropertyDescriptor(f, k)!.get)
      expect(accessors, f.path).toEqual([])
      expect(Object.hasOwn(f, 'at'), f.path).toBe(false)
    }
  })

  it('give views of the text with comments (and strings) blanked, and 1-based places', () => {
    const seen = filesSeen(join(EXAMPLES, 'ready-server'), 'all')
    const ts = seen.find((f) => f.language === 'typescript' && f.text.includes('//'))!
    expect(ts).toBeDefined()
    expect(ts.code).toHaveLength(ts.text.length)
    expect(ts.bare).toHaveLength(ts.text.length)
    const comment = ts.text.indexOf('//')
    expect(ts.code[comment]).toBe(' ')
    expect(ts.text.slice(0, comment).split('\n')).toHaveLength(ts.at(comment).line)
    expect(ts.at(0)).toMatchObject({ file: ts.path, line: 1, column: 1, quoteLine: true })
    expect(ts.at(0, 'why')).toMatchObject({ note: 'why' })
    // A file of no known language is seen as it is.
    const other = seen.find((f) => f.language === undefined)!
    expect(other.code).toBe(other.text)
    expect(other.bare).toBe(other.text)
  })
})
