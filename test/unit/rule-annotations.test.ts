// Source rules tested by annotated fixtures (as semgrep-rules does): each file under test/rules
// says on its lines what the rules must report there (`// expect: content image`, `# expect:` in
// Python) and which lines must report nothing (`// ok:`). The real detector runs over each file
// through the real pass (scanSources, with its literal prefilter), and every finding must be
// annotated on its line and every annotation found.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Language, Repository } from '../../src/evidence/repository.js'
import { sourceViews } from '../../src/evidence/source/lexer.js'
import { scanSources } from '../../src/evidence/source/scan.js'
import { createSecurityDetector } from '../../src/evidence/source/security.js'

const ROOT = join(import.meta.dirname, '..', 'rules')

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
  )
}

/** What a line's annotation says: the findings expected there (`expect:`), or none (`ok:`). */
function annotations(text: string): Map<number, string[]> {
  const byLine = new Map<number, string[]>()
  text.split('\n').forEach((line, i) => {
    const m = /(?:\/\/|#)\s*(expect|ok):(.*)$/.exec(line)
    if (!m) return
    byLine.set(
      i + 1,
      m[1] === 'ok'
        ? []
        : m[2]
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
    )
  })
  return byLine
}

/** Every finding of the security detector on one file, as `line → ["content image", "tool get_x", …]`. */
function findings(path: string, text: string): Map<number, string[]> {
  const { detector, result } = createSecurityDetector()
  const repo = {
    files: [{ path }],
    read: () => text,
    views: (_: string, t: string, language: Language) => sourceViews(t, language)
  } as unknown as Repository
  scanSources(repo, [detector], repo.files)
  const byLine = new Map<number, string[]>()
  const add = (line: number, what: string) => byLine.set(line, [...(byLine.get(line) ?? []), what])
  for (const t of result.tools) add(t.at.line, t.computed ? `computed tool` : `tool ${t.name}`)
  for (const f of result.toolFacts)
    if ('at' in f) add(f.at.line, `${f.kind} ${'ident' in f ? f.ident : 'fn' in f ? `${f.fn}#${f.index}` : f.name}`)
  for (const c of result.contentTypes) add(c.at.line, `content ${c.kind}`)
  for (const n of result.networkCalls) add(n.at.line, `network ${n.client}`)
  for (const r of result.thirdPartyReads) add(r.at.line, `reads ${r.source}`)
  return byLine
}

const sorted = (xs: readonly string[]) => [...xs].sort()

describe('source rules against their annotated fixtures', () => {
  const files = filesUnder(ROOT).sort()
  it('has fixtures for every language with rules', () => {
    const languages = new Set(files.map((f) => relative(ROOT, f).split('/')[0]))
    expect([...languages].sort()).toEqual(['csharp', 'go', 'java', 'python', 'typescript'])
  })

  for (const file of files) {
    const rel = relative(join(ROOT, '..', '..'), file)
    it(rel, () => {
      const text = readFileSync(file, 'utf8')
      const expected = annotations(text)
      expect(expected.size, `${rel} has no annotations`).toBeGreaterThan(0)
      const found = findings(relative(ROOT, file), text)
      const differences: string[] = []
      for (const line of new Set([...expected.keys(), ...found.keys()])) {
        const want = sorted(expected.get(line) ?? [])
        const got = sorted(found.get(line) ?? [])
        if (!expected.has(line))
          differences.push(`${rel}:${line}: found ${got.join('; ')} on a line with no annotation`)
        else if (want.join('\n') !== got.join('\n'))
          differences.push(
            `${rel}:${line}: expected ${want.join('; ') || 'nothing'}, found ${got.join('; ') || 'nothing'}`
          )
      }
      expect(differences).toEqual([])
    })
  }
})
