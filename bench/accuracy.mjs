// How accurate the gate is on servers whose truth a person wrote down by reading
// their code (tool names a client sees, the three legs per tool, credentials).
//
//   node bench/accuracy.mjs --truth /work/truth-data [--truth test/real-servers/fixtures]
//        [--cli dist/cli.js] [--out FILE.json] [--md FILE.md] [--only SUBSTRING] [--mirror DIR] [--keep] [--reports DIR] [--baseline OLD.json]
//
// For each truth file: the tree (a fetched public repository at the truth's commit,
// from the bare git directory under --mirror, or one of our fixtures when the truth
// names `fixture`) goes to a temporary directory with a golive.yaml that declares
// every truth tool with all three legs "none", so everything the gate raises came
// from the source; then `check --format json` runs and bench/accuracy-score.mjs
// scores the report. Prints a markdown table; --out writes the rows as JSON.
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { compareRows, markdownTable, scoreRepo, totals } from './accuracy-score.mjs'

const ROOT = join(import.meta.dirname, '..')
const TODAY = '2026-12-05'

function parseArgs(argv) {
  const opts = {
    truth: [],
    cli: join(ROOT, 'dist', 'cli.js'),
    out: null,
    md: null,
    reports: null,
    baseline: null,
    only: null,
    mirror: '/work/.mirror',
    keep: false
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    if (a === '--truth') opts.truth.push(resolve(value()))
    else if (a === '--cli') opts.cli = resolve(value())
    else if (a === '--out') opts.out = resolve(value())
    else if (a === '--md') opts.md = resolve(value())
    else if (a === '--only') opts.only = value()
    else if (a === '--mirror') opts.mirror = resolve(value())
    else if (a === '--keep') opts.keep = true
    else if (a === '--reports') opts.reports = resolve(value())
    else if (a === '--baseline') opts.baseline = resolve(value())
    else throw new Error(`unknown argument ${a}`)
  }
  if (!opts.truth.length) throw new Error('--truth DIR is required (a folder of truth JSON files, or one file)')
  return opts
}

/** Truth files: every *.json in each --truth folder (or the file itself) that has a tools array. */
function loadTruths(paths) {
  const files = []
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.json')) files.push(join(p, f))
    } else files.push(p)
  }
  const truths = []
  for (const file of files) {
    let t
    try {
      t = JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
      throw new Error(`${file}: not JSON (${e.message})`, { cause: e })
    }
    if (!Array.isArray(t.tools)) continue
    truths.push({ file, truth: t })
  }
  return truths
}

/** The bare git directory `fetch` made for owner/name: /work/.mirror/owner+name/repo (case-insensitive). */
export function mirrorGitDir(mirror, repo) {
  const want = repo.replace('/', '+').toLowerCase()
  const entry = existsSync(mirror) ? readdirSync(mirror).find((d) => d.toLowerCase() === want) : undefined
  if (!entry) return null
  const base = join(mirror, entry)
  for (const candidate of [join(base, 'repo'), base])
    if (existsSync(join(candidate, 'HEAD')) && existsSync(join(candidate, 'objects'))) return candidate
  return null
}

/** The checked tree in a fresh temporary directory. */
function materialise(truth, opts) {
  const dir = mkdtempSync(join(tmpdir(), 'golive-accuracy-'))
  if (truth.fixture) {
    const src = join(ROOT, truth.fixture, truth.subdir ?? '')
    if (!existsSync(src)) throw new Error(`fixture ${src} does not exist`)
    cpSync(src, dir, { recursive: true })
    return dir
  }
  const gitDir = mirrorGitDir(opts.mirror, truth.repo)
  if (!gitDir) throw new Error(`no mirror of ${truth.repo} under ${opts.mirror} (fetch it first)`)
  const treeish = truth.subdir ? `${truth.commit}:${truth.subdir}` : truth.commit
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', treeish], {
    maxBuffer: 2 ** 31 - 1
  })
  if (archive.status === 0) {
    const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
    if (tar.status !== 0) throw new Error(`tar: ${String(tar.stderr).trim()}`)
  } else {
    // Snapshots lack files of 4 MiB and more, and git archive stops at the first missing blob: write the blobs that are there.
    const missing = writeTreeSkippingMissing(gitDir, treeish, dir)
    process.stderr.write(`${truth.repo}: ${missing} blob(s) absent from the snapshot, left out\n`)
  }
  return dir
}

/** Writes every blob of the tree that the git directory holds; returns how many were absent. */
export function writeTreeSkippingMissing(gitDir, treeish, dir) {
  const ls = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', treeish], {
    maxBuffer: 2 ** 30,
    encoding: 'utf8'
  })
  if (ls.status !== 0) throw new Error(`git ls-tree ${treeish}: ${String(ls.stderr).trim()}`)
  const blobs = ls.stdout
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const tab = row.indexOf('\t')
      const [mode, type, sha] = row.slice(0, tab).split(' ')
      return { mode, type, sha, path: row.slice(tab + 1) }
    })
    .filter((b) => b.type === 'blob' && b.mode !== '120000')
  const batch = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: blobs.map((b) => b.sha).join('\n') + '\n',
    maxBuffer: 2 ** 31 - 1
  })
  if (batch.status !== 0) throw new Error(`git cat-file: ${String(batch.stderr).trim()}`)
  const out = batch.stdout
  let pos = 0
  let missing = 0
  for (const b of blobs) {
    const nl = out.indexOf(10, pos)
    const header = out.subarray(pos, nl).toString()
    pos = nl + 1
    if (header.endsWith(' missing')) {
      missing++
      continue
    }
    const size = Number(header.split(' ')[2])
    const file = join(dir, b.path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, out.subarray(pos, pos + size))
    pos += size + 1
  }
  return missing
}

/** golive.yaml declaring every truth tool with no leg: whatever the gate raises came from the source. */
export function goliveYaml(truth) {
  const names = [...new Set(truth.tools.map((t) => t.name))]
  const server =
    (truth.repo ?? basename(truth.fixture ?? 'server'))
      .split('/')
      .pop()
      .replace(/[^A-Za-z0-9._-]/g, '-') + (truth.subdir ? `-${basename(truth.subdir)}` : '')
  const lines = [
    'version: 1',
    'server:',
    `  name: ${JSON.stringify(server)}`,
    '  owner: "@golive-accuracy/bench"',
    '  zone: 1',
    `tools:${names.length ? '' : ' []'}`
  ]
  for (const n of names)
    lines.push(
      `  - name: ${JSON.stringify(n)}`,
      '    privateData: none',
      '    untrustedContent: none',
      '    externalCommunication: none'
    )
  return lines.join('\n') + '\n'
}

function runGate(dir, opts) {
  const r = spawnSync(process.execPath, [opts.cli, 'check', dir, '--format', 'json', '--today', TODAY], {
    maxBuffer: 2 ** 30,
    timeout: 900_000,
    encoding: 'utf8'
  })
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`check exited ${r.status ?? r.signal}: ${String(r.stderr).trim().slice(0, 300)}`)
  return JSON.parse(r.stdout)
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (!existsSync(opts.cli)) throw new Error(`${opts.cli} does not exist: run npm run bundle first`)
  const rows = []
  for (const { file, truth } of loadTruths(opts.truth)) {
    const label = `${truth.repo ?? truth.fixture}${truth.subdir ? ` (${truth.subdir})` : ''}`
    if (opts.only && !label.includes(opts.only)) continue
    let dir = null
    const started = Date.now()
    try {
      dir = materialise(truth, opts)
      writeFileSync(join(dir, 'golive.yaml'), goliveYaml(truth))
      const report = runGate(dir, opts)
      if (opts.reports) {
        mkdirSync(opts.reports, { recursive: true })
        writeFileSync(join(opts.reports, basename(file)), JSON.stringify(report, null, 2) + '\n')
      }
      rows.push({ ...scoreRepo(truth, report), truthFile: file, seconds: (Date.now() - started) / 1000 })
    } catch (e) {
      rows.push({
        repo: truth.repo ?? truth.fixture,
        subdir: truth.subdir ?? null,
        language: truth.language,
        truthFile: file,
        error: e.message
      })
    } finally {
      if (dir && !opts.keep) rmSync(dir, { recursive: true, force: true })
      else if (dir) process.stderr.write(`kept ${dir}\n`)
    }
    process.stderr.write(
      `${label}: ${rows.at(-1).error ? `error: ${rows.at(-1).error}` : `${rows.at(-1).tools.found}/${rows.at(-1).tools.truth} tools`}\n`
    )
  }
  const table = markdownTable(rows)
  process.stdout.write(table + '\n')
  if (opts.out)
    writeFileSync(opts.out, JSON.stringify({ cli: opts.cli, today: TODAY, rows, totals: totals(rows) }, null, 2) + '\n')
  if (opts.md) writeFileSync(opts.md, table + '\n')
  if (opts.baseline)
    process.stdout.write(
      `\nAgainst ${opts.baseline}:\n\n${compareRows(JSON.parse(readFileSync(opts.baseline, 'utf8')).rows, rows)}\n`
    )
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main()
  } catch (e) {
    process.stderr.write(`accuracy: ${e.message}\n`)
    process.exit(2)
  }
}
