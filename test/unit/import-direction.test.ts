// The import direction: src/ never imports checks/ (the registry is handed in by app/), and checks/
// take values from src/ only through check.ts and findings.ts, never from evidence internals; a check's
// module (checks/<phase>/<name>.ts) is imported only by its phase's list, never by another check, and
// a phase's folder never imports another phase's (shared helpers live in checks/*.ts).
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/gate.js'

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
}

interface Import {
  /** The imported file, relative to the repository root (with the .ts the .js specifier stands for). */
  target: string
  /** Whether the import brings values (not only types). */
  value: boolean
}

/** The relative imports and re-exports of a file, read with the TypeScript parser (not a pattern: type-only clauses and specifiers matter). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: Import[] = []
  const add = (specifier: ts.Expression | undefined, value: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return
    out.push({
      target: relative(ROOT, resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts')))
        .split('\\')
        .join('/'),
      value
    })
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const bindings = clause?.namedBindings
      const onlyTypes =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!bindings &&
            ts.isNamedImports(bindings) &&
            bindings.elements.length > 0 &&
            bindings.elements.every((e) => e.isTypeOnly)))
      add(node.moduleSpecifier, !onlyTypes)
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, !node.isTypeOnly)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], true)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

/** Whether `from` may import `target` under the one-module-per-check rule: only the phase's index.ts names a check. */
export function importsACheck(from: string, target: string): boolean {
  const m = /^checks\/([^/]+)\/([^/]+)\.ts$/.exec(target)
  if (!m || m[2] === 'index' || m[2] === 'shared') return false
  return from.startsWith('checks/') && from !== `checks/${m[1]}/index.ts`
}

/** Whether `from` reaches into another phase's folder (checks/<p>/… importing checks/<q>/…, q ≠ p). */
export function crossesPhases(from: string, target: string): boolean {
  const a = /^checks\/([^/]+)\//.exec(from)
  const b = /^checks\/([^/]+)\//.exec(target)
  return !!a && !!b && a[1] !== b[1]
}

/** The rule's violations among these files, as `file → target` lines. */
export function violations(files: string[]): string[] {
  const found: string[] = []
  for (const file of files) {
    const from = relative(ROOT, file).split('\\').join('/')
    for (const i of importsOf(file)) {
      if (from.startsWith('src/') && i.target.startsWith('checks/')) found.push(`${from} → ${i.target}`)
      if (from.startsWith('checks/') && i.value && i.target.startsWith('src/evidence/'))
        found.push(`${from} → ${i.target} (a value)`)
      if (importsACheck(from, i.target)) found.push(`${from} → ${i.target} (another check's module)`)
      else if (crossesPhases(from, i.target)) found.push(`${from} → ${i.target} (another phase's folder)`)
    }
  }
  return found
}

describe('import direction', () => {
  it('src/ never imports checks/, and checks/ take no values from src/evidence/', () => {
    const files = [...tsFiles(join(ROOT, 'src')), ...tsFiles(join(ROOT, 'checks'))]
    expect(files.length).toBeGreaterThan(50)
    expect(violations(files)).toEqual([])
  })

  it('lets only the phase list import a check module; shared helpers are open to every check', () => {
    expect(importsACheck('checks/security/index.ts', 'checks/security/trifecta.ts')).toBe(false)
    expect(importsACheck('checks/security/private-data.ts', 'checks/security/trifecta.ts')).toBe(true)
    expect(importsACheck('checks/auth/obo.ts', 'checks/security/trifecta.ts')).toBe(true)
    expect(importsACheck('checks/auth/obo.ts', 'checks/infra/shared.ts')).toBe(false)
    expect(importsACheck('checks/index.ts', 'checks/auth/index.ts')).toBe(false)
  })

  it('keeps each phase to its own folder: what several phases share is in checks/*.ts', () => {
    expect(crossesPhases('checks/auth/obo.ts', 'checks/infra/shared.ts')).toBe(true)
    expect(crossesPhases('checks/infra/shared.ts', 'checks/policy/shared.ts')).toBe(true)
    expect(crossesPhases('checks/auth/obo.ts', 'checks/auth/shared.ts')).toBe(false)
    expect(crossesPhases('checks/auth/obo.ts', 'checks/deployment.ts')).toBe(false)
    expect(crossesPhases('checks/index.ts', 'checks/auth/index.ts')).toBe(false)
  })

  it('tells a type-only import from a value import, and sees dynamic imports and re-exports', () => {
    const file = join(ROOT, 'checks/example.ts')
    const targets = (text: string) => importsOf(file, text).map((i) => `${i.target}${i.value ? '' : ' (type)'}`)
    expect(targets("import type { A } from '../src/evidence/index.js'")).toEqual(['src/evidence/index.ts (type)'])
    expect(targets("import { type A, type B } from '../src/evidence/index.js'")).toEqual([
      'src/evidence/index.ts (type)'
    ])
    expect(targets("import { type A, b } from '../src/evidence/index.js'")).toEqual(['src/evidence/index.ts'])
    expect(targets("export { b } from '../src/evidence/scan.js'")).toEqual(['src/evidence/scan.ts'])
    expect(targets("const m = await import('../src/evidence/scan.js')")).toEqual(['src/evidence/scan.ts'])
    expect(targets("import { x } from 'node:fs'")).toEqual([])
  })
})
