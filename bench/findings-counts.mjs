// Blocking policy.secrets and policy.test-data findings and failed auth.no-app-credentials findings,
// per repository, so a person can judge each one true or false (issue 24's targets).
//
//   node bench/findings-counts.mjs [--cli dist/cli.js] [--today 2026-12-05] [--list] [--json] [DIR ...]
//
// Without DIR: every folder under test/fixtures that holds a golive.yaml. With --list, each
// counted finding's message and first place follow its repository's row. Where the repository's
// files carry `ruleid: CHECK` / `ok: CHECK` annotations (the line after the comment), a finding
// with evidence on a ruleid line counts as true and one only on ok or unannotated lines as false;
// without annotations the finding is unjudged (`?`). An annotation is a comment that names a check
// id (`// ruleid: policy.secrets`, `# ok: policy.test-data`), not any `ok:` text in the file.
// Run `npm run bundle` first.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

const ROOT = join(import.meta.dirname, '..')
const COUNTED = ['policy.secrets', 'policy.test-data', 'auth.no-app-credentials']

function parseArgs(argv) {
  const opts = { cli: join(ROOT, 'dist', 'cli.js'), today: '2026-12-05', list: false, json: false, dirs: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--cli') opts.cli = resolve(argv[++i])
    else if (a === '--today') opts.today = argv[++i]
    else if (a === '--list') opts.list = true
    else if (a === '--json') opts.json = true
    else if (a.startsWith('--')) throw new Error(`unknown argument ${a}`)
    else opts.dirs.push(resolve(a))
  }
  return opts
}

/** Folders under `dir` (not node_modules, not hidden) that hold a golive.yaml. */
function repositories(dir) {
  const found = []
  if (existsSync(join(dir, 'golive.yaml'))) found.push(dir)
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) found.push(...repositories(p))
  }
  return found
}

/** A comment opener, then `ruleid:` or `ok:` and a check id (`phase.name`): `// ok: policy.secrets`. */
const ANNOTATION = /(?:\/\/|#|\/\*|<!--|--|;)\s*(ruleid|ok):\s*([a-z]+\.[a-z][\w-]*)(?![\w.-])/

/** The annotation a line carries: { kind: 'ruleid' | 'ok', check }, or null. */
export function annotationOf(line) {
  const m = ANNOTATION.exec(line)
  return m ? { kind: m[1], check: m[2] } : null
}

/** Every file's `ruleid:`/`ok:` annotations: "file:line" (the line after the comment) → checks. */
function annotations(dir) {
  const ruleid = new Map()
  const ok = new Map()
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git' || entry.isSymbolicLink()) continue
      const p = join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (entry.isFile() && statSync(p).size < 1_000_000) {
        readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const note = annotationOf(line)
            if (!note) return
            const into = note.kind === 'ruleid' ? ruleid : ok
            const key = `${relative(dir, p)}:${i + 2}`
            into.set(key, new Set([...(into.get(key) ?? []), note.check]))
          })
      }
    }
  }
  walk(dir)
  return { ruleid, ok, any: ruleid.size + ok.size > 0 }
}

/** true, false or '?' for one finding. */
function judge(finding, notes) {
  if (!notes.any) return '?'
  const places = (finding.evidence ?? []).filter((e) => e.file && e.line).map((e) => `${e.file}:${e.line}`)
  return places.some((p) => notes.ruleid.get(p)?.has(finding.check)) ? true : false
}

function countRepository(dir, opts) {
  const run = spawnSync(process.execPath, [opts.cli, 'check', dir, '--format', 'json', '--today', opts.today], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  let report
  try {
    report = JSON.parse(run.stdout)
  } catch {
    return { repo: relative(ROOT, dir) || dir, error: (run.stderr || run.stdout).trim().split('\n')[0] }
  }
  const notes = annotations(dir)
  const counted = report.findings.filter(
    (f) => COUNTED.includes(f.check) && (f.check === 'auth.no-app-credentials' ? f.status === 'failed' : f.blocking)
  )
  const row = { repo: relative(ROOT, dir) || dir, judged: notes.any, findings: [] }
  for (const check of COUNTED) {
    const of = counted.filter((f) => f.check === check)
    row[check] = {
      total: of.length,
      true: of.filter((f) => judge(f, notes) === true).length,
      false: of.filter((f) => judge(f, notes) === false).length
    }
  }
  row.findings = counted.map((f) => ({
    check: f.check,
    judged: judge(f, notes),
    message: f.message,
    at: f.evidence?.[0]?.file ? `${f.evidence[0].file}:${f.evidence[0].line}` : ''
  }))
  return row
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const dirs = opts.dirs.length ? opts.dirs : repositories(join(ROOT, 'test', 'fixtures'))
  const rows = dirs.map((d) => countRepository(d, opts))
  if (opts.json) console.log(JSON.stringify(rows, null, 2))
  else {
    const cell = (r, c) => (r.judged ? `${r[c].total} (${r[c].true} true, ${r[c].false} false)` : `${r[c].total}`)
    console.log('| repository | blocking policy.secrets | blocking policy.test-data | failed auth.no-app-credentials |')
    console.log('|---|---|---|---|')
    for (const r of rows) {
      if (r.error) {
        console.log(`| ${r.repo} | error: ${r.error} | | |`)
        continue
      }
      console.log(`| ${r.repo} | ${COUNTED.map((c) => cell(r, c)).join(' | ')} |`)
      if (opts.list)
        for (const f of r.findings)
          console.log(
            `|   ${f.judged === '?' ? '?' : f.judged ? 'true' : 'FALSE'} ${f.check} | ${f.at} | ${f.message.slice(0, 160).replace(/\|/g, '\\|')} | |`
          )
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
