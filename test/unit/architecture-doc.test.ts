// The maintainer documents name real files: every path in backticks in ARCHITECTURE.md and
// CONTRIBUTING.md must exist, so moving or renaming a module fails here until the text follows.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/gate.js'

const DOCS = ['ARCHITECTURE.md', 'CONTRIBUTING.md']
/** Endings of a bare file name worth checking (`lexer.ts`); other bare words are identifiers. */
const FILE_ENDING = /\.(ts|mjs|js|md|json|ya?ml)$/
/** A token that names a path: no placeholders, globs, URLs, options or code around it. */
const PATH_TOKEN = /^\.?[A-Za-z0-9_@-][A-Za-z0-9_.@-]*(\/[A-Za-z0-9_.@-]+)*\/?$/

/** Files a document's example creates: the path in the first-line comment of a fenced block (`// checks/x.ts`). */
function createdBy(text: string): Set<string> {
  return new Set([...text.matchAll(/^```\w*\n(?:\/\/|#) ([\w./-]+)\n/gm)].map((m) => m[1]))
}

/** The paths a Markdown text names in inline code (fenced blocks are code, not references). */
export function namedPaths(text: string): string[] {
  const prose = text.replace(/^```[\s\S]*?^```/gm, '')
  const created = createdBy(text)
  const paths = new Set<string>()
  for (const [, code] of prose.matchAll(/`([^`\n]+)`/g)) {
    for (const token of code.split(/\s+/)) {
      if (!PATH_TOKEN.test(token) || created.has(token)) continue
      if (token.includes('/') || FILE_ENDING.test(token)) paths.add(token)
    }
  }
  return [...paths]
}

/** Every file name under the root, for bare names (`lexer.ts`), skipping installed and generated trees. */
function fileNames(dir: string, out = new Set<string>()): Set<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue
    if (e.isDirectory()) fileNames(join(dir, e.name), out)
    else out.add(e.name)
  }
  return out
}

/** The named paths that do not exist: a path with a slash from the root, a bare file name anywhere. */
export function missingPaths(text: string, root: string, names: Set<string>): string[] {
  return namedPaths(text).filter((p) => {
    if (!p.includes('/')) return !names.has(p) && !existsSync(join(root, p))
    const path = join(root, p)
    return !existsSync(path) || (p.endsWith('/') && !statSync(path).isDirectory())
  })
}

describe('ARCHITECTURE.md and CONTRIBUTING.md name files that exist', () => {
  const names = fileNames(ROOT)

  for (const doc of DOCS) {
    it(`${doc}: every backticked path exists`, () => {
      const text = readFileSync(join(ROOT, doc), 'utf8')
      expect(namedPaths(text).length).toBeGreaterThan(10)
      expect(missingPaths(text, ROOT, names)).toEqual([])
    })
  }

  it('reports a moved file, a bare name found nowhere and a directory named as a file', () => {
    const text = [
      'See `src/engine.ts` and `src/engine-moved.ts`, `lexer.ts` and `gone.ts`,',
      '`npx vitest run test/unit/nope.test.ts`, `src/check.ts/` and `checks/<phase>/<name>.ts`.',
      '```ts\n// checks/policy/new-check.ts\nexport {}\n```',
      'The example writes `checks/policy/new-check.ts`; the id `policy.readme` is no file.'
    ].join('\n')
    const missing = missingPaths(text, ROOT, names).sort()
    expect(missing).toEqual(['gone.ts', 'src/check.ts/', 'src/engine-moved.ts', 'test/unit/nope.test.ts'])
  })
})
