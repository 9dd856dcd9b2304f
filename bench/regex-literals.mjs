// Every regular-expression literal under src/, found with the TypeScript
// compiler's own parser (a regex would miss or invent some: a `/` is division,
// a comment or a literal depending on what comes before it). What the ReDoS
// audit checks (bench/redos-audit.mjs) and what its test keeps complete.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const ROOT = join(import.meta.dirname, '..')

/** The audit's key for a pattern: its source and flags as written. */
export const patternKey = (literal) => `/${literal.source}/${literal.flags}`

/** [{ file, line, source, flags }] in file and text order. */
export function regexLiterals(dir = join(ROOT, 'src')) {
  const files = []
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name.endsWith('.ts')) files.push(p)
    }
  }
  walk(dir)
  files.sort()
  const literals = []
  for (const path of files) {
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf)
        const slash = text.lastIndexOf('/')
        literals.push({
          file: relative(ROOT, path),
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          source: text.slice(1, slash),
          flags: text.slice(slash + 1)
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  return literals
}
