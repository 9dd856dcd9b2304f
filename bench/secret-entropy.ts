// Measures the entropy threshold of generic secret assignments (not part of the suite). Copy it to
// test/unit/ (imports one level deeper) and run it with vitest and ROOTS=dir1:dir2; it prints each value
// that passes every filter but entropy, with its entropy, masked, for a person to judge.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { it } from 'vitest'
import { SECRET_RULES } from '../src/secrets/rules.js'
import { entropy, identifierWords, isSecretName, notALiteral } from '../src/secrets/structure.js'

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue
    const p = join(dir, name)
    const s = statSync(p)
    if (s.isDirectory()) yield* files(p)
    else if (s.size < 1 << 20) yield p
  }
}

it('lists generic candidates with their entropy', () => {
  const generic = SECRET_RULES.find((r) => r.id === 'generic-secret-assignment')!
  const rows: string[] = []
  for (const root of (process.env.ROOTS ?? '').split(':').filter(Boolean))
    for (const f of files(root)) {
      const text = readFileSync(f, 'utf8')
      for (const m of generic.matches!(text)) {
        const v = m.groups!.secret
        const name = m[0].slice(0, m[0].search(/[^\w.-]/))
        if (!isSecretName(name) || notALiteral(v)) continue
        rows.push(
          `${entropy(v).toFixed(2)}\t${v.slice(0, 6)}…(${v.length})\t${name}\t${identifierWords(name).join(' ')}\t${f.slice(root.length)}`
        )
      }
    }
  console.log(rows.sort().join('\n'))
})
