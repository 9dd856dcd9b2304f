// npm run bench: the full check of synthetic repositories of 1,000, 20,000 and
// 100,000 source files, measured against ripgrep on the same files and against
// the floor of reading them in Node at all (bench/read-floor.mjs), plus the
// CLI's cold start. Figures, not assertions: read them, compare them.
// Each size in two profiles (bench/generate.mjs): 'dense', every file an MCP
// tool module calling services, and 'realistic', shaped on real MCP repositories.
// node bench/run.mjs [SIZES] [PROFILES], e.g. node bench/run.mjs 20000 realistic
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate } from './generate.mjs'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const FLOOR = join(import.meta.dirname, 'read-floor.mjs')
const sizes = (process.argv[2] ?? '1000,20000,100000').split(',').map(Number)
const profiles = (process.argv[3] ?? 'dense,realistic').split(',')
// ripgrep is the yardstick when installed; without it the other columns still run.
const hasRg = spawnSync('rg', ['--version']).status === 0
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function timed(cmd, args) {
  // GNU time gives the peak RSS of the child; fall back to wall time alone.
  const hasTime = existsSync('/usr/bin/time')
  const start = process.hrtime.bigint()
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const rssKb = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) : NaN
  return { ms, rssMb: rssKb / 1024, stderr: r.stderr, status: r.status }
}

const rows = []
for (const n of sizes)
  for (const profile of profiles) {
    const root = mkdtempSync(join(tmpdir(), `golive-bench-${n}-`))
    const gen = generate(root, n, 42, profile)
    const runs = [1, 2, 3].map(() =>
      timed(process.execPath, [CLI, 'check', root, '--format', 'json', '--output', '/dev/null', '--timings'])
    )
    const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b))
    if (best.status !== 0 && best.status !== 1)
      throw new Error(`check failed on the ${n}-file repository (exit ${best.status}): ${best.stderr.slice(0, 2000)}`)
    const stages = /timings: (.*)/.exec(best.stderr)?.[1] ?? ''
    // ripgrep over the same files for the same families of patterns (tools, content types, clients, secrets).
    const patterns = [
      'registerTool\\(',
      '\\.tool\\b',
      'McpServerTool',
      'mcp\\.Tool\\{',
      'Tool\\.builder',
      'ImageContent',
      'type:\\s*.image.',
      'fetch\\(',
      'httpx\\.',
      'http\\.Get',
      'AKIA[A-Z0-9]{16}',
      'ghp_[0-9a-zA-Z]{36}'
    ]
    const rg = hasRg
      ? [1, 2, 3].map(() =>
          timed('rg', ['--count-matches', '--no-messages', ...patterns.flatMap((p) => ['-e', p]), root])
        )
      : [{ ms: NaN }]
    const rgBest = rg.reduce((a, b) => (a.ms < b.ms ? a : b))
    // The floor: Node started, the files listed, read and decoded on 2 threads, nothing detected.
    const floor = Math.min(...[1, 2, 3].map(() => timed(process.execPath, [FLOOR, root, '2']).ms))
    rows.push({
      profile,
      files: n,
      mb: (gen.bytes / 1e6).toFixed(0),
      checkMs: best.ms.toFixed(0),
      rssMb: best.rssMb.toFixed(0),
      rgMs: hasRg ? rgBest.ms.toFixed(0) : 'n/a',
      ratio: hasRg ? `${(best.ms / rgBest.ms).toFixed(1)}×` : 'n/a',
      floorMs: floor.toFixed(0),
      floorRatio: hasRg ? `${(floor / rgBest.ms).toFixed(1)}×` : 'n/a',
      stages
    })
    rmSync(root, { recursive: true, force: true })
  }

const cold = (args) => median(Array.from({ length: 15 }, () => timed(process.execPath, args).ms))
const nodeMs = cold(['-e', '0'])
const versionMs = cold([CLI, '--version'])
// A small check: what a run costs before the files do (Node, the gate thread, the modules, the config).
const smallMs = cold([
  CLI,
  'check',
  join(import.meta.dirname, '..', 'examples', 'ready-server'),
  '--output',
  '/dev/null'
])

console.log(
  `machine: ${execFileSync('nproc').toString().trim()} cores, node ${process.version}, ripgrep ${hasRg ? execFileSync('rg', ['--version']).toString().split('\n')[0].split(' ')[1] : 'not installed'}`
)
console.log(
  '| profile | source files | MB of source | check (ms) | peak RSS (MB) | ripgrep (ms) | ours / ripgrep | read floor (ms) | floor / ripgrep | stages |'
)
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows)
  console.log(
    `| ${r.profile} | ${r.files} | ${r.mb} | ${r.checkMs} | ${r.rssMb} | ${r.rgMs} | ${r.ratio} | ${r.floorMs} | ${r.floorRatio} | ${r.stages} |`
  )
console.log(
  `\ncold start: node -e 0 ${nodeMs.toFixed(0)} ms, dist/cli.js --version ${versionMs.toFixed(0)} ms (+${(versionMs - nodeMs).toFixed(0)} ms)`
)
console.log(`small check: examples/ready-server ${smallMs.toFixed(0)} ms`)
