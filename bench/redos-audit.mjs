// npm run audit:redos: every regular-expression literal under src/ checked by
// recheck (a ReDoS checker; installed here into a temporary folder, not a
// dependency of the gate). Verdicts are kept in bench/redos-audit.json by
// pattern, and only patterns not in it are checked, so a run after a change
// takes seconds. A pattern recheck does not call safe must say there why it
// cannot hurt (its bounds, or that it never runs on repository text, and what
// 1 MiB of recheck's attack costs through its caller): without a `why`, the
// audit fails. test/unit/redos-audit.test.ts fails when a literal in src/ has
// no verdict, so a new pattern cannot land unaudited.
// node bench/redos-audit.mjs [--recheck-all]
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { patternKey, regexLiterals } from './regex-literals.mjs'

const RECHECK = '4.5.0'
const AUDIT = join(import.meta.dirname, 'redos-audit.json')
const PREFIX = join(tmpdir(), `golive-recheck-${RECHECK}`)

if (!existsSync(join(PREFIX, 'node_modules', 'recheck'))) {
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--silent',
      '--prefix',
      PREFIX,
      `recheck@${RECHECK}`,
      `recheck-linux-x64@${RECHECK}`
    ],
    { stdio: 'inherit' }
  )
}
const { check } = await import(pathToFileURL(join(PREFIX, 'node_modules', 'recheck', 'index.js')).href)

const before = existsSync(AUDIT) ? JSON.parse(readFileSync(AUDIT, 'utf8')).patterns : {}
const literals = regexLiterals()
const patterns = {}
let checked = 0
for (const literal of literals) {
  const key = patternKey(literal)
  if (patterns[key]) continue
  const known = before[key]
  if (known && !process.argv.includes('--recheck-all')) {
    patterns[key] = known
    continue
  }
  // g changes where the next search starts, not how one is tried; a sticky pattern is tried at one
  // place only, so it is checked anchored (recheck has no flag for it).
  const source = literal.flags.includes('y') ? `^(?:${literal.source})` : literal.source
  const r = await check(source, literal.flags.replace(/[gy]/g, ''), { timeout: 10_000 })
  checked++
  const verdict = { status: r.status }
  if (r.status !== 'safe') {
    if (r.complexity) verdict.complexity = r.complexity.type + (r.complexity.degree ? ` ${r.complexity.degree}` : '')
    if (r.attack) verdict.attack = r.attack.pattern
    if (known?.why) verdict.why = known.why
  }
  patterns[key] = verdict
}

const sorted = Object.fromEntries(Object.entries(patterns).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
writeFileSync(AUDIT, `${JSON.stringify({ recheck: RECHECK, patterns: sorted }, null, 1)}\n`)
const unsafe = Object.entries(sorted).filter(([, v]) => v.status !== 'safe')
const unexplained = unsafe.filter(([, v]) => !v.why)
console.log(
  `${literals.length} literals, ${Object.keys(sorted).length} patterns, ${checked} checked now; ${unsafe.length} not safe, ${unexplained.length} without a why`
)
for (const [key] of unexplained) {
  const at = literals
    .filter((l) => patternKey(l) === key)
    .map((l) => `${l.file}:${l.line}`)
    .join(', ')
  console.log(
    `  ${at}: ${key.length > 120 ? `${key.slice(0, 119)}…` : key}\n    ${sorted[key].status} ${sorted[key].complexity ?? ''} ${sorted[key].attack ?? ''}`
  )
}
if (unexplained.length) {
  console.log(`Make each linear (see test/unit/*-linear.test.ts), or say in ${AUDIT} why it cannot hurt ("why").`)
  process.exitCode = 1
}
