#!/usr/bin/env node
// Runs two bundles (a saved copy of dist/ and the current one) on every example and fixture
// repository with a golive.yaml, in every output format, and lists the outputs that differ.
// Use it around a refactor (CONTRIBUTING.md, Measure): `cp -r dist /tmp/dist-before`, change, `npm run bundle`,
// `npm run same-outputs -- --before /tmp/dist-before`. Exit 1 when any output differs.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({
  options: { before: { type: 'string' }, after: { type: 'string', default: join(ROOT, 'dist') } }
})
if (!values.before) {
  console.error('usage: npm run same-outputs -- --before DIST_DIR [--after DIST_DIR]')
  process.exit(2)
}

function reposWithConfig(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name === 'node_modules' || name === '.git' || !statSync(path).isDirectory()) continue
    if (readdirSync(path).includes('golive.yaml')) out.push(path)
    reposWithConfig(path, out)
  }
  return out
}

const repos = [...reposWithConfig(join(ROOT, 'examples')), ...reposWithConfig(join(ROOT, 'test', 'fixtures'))]
const TODAY = '2026-11-24'
// No token, no inventory: the run is local and deterministic.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/.test(k) && k !== 'GH_TOKEN' && k !== 'NO_COLOR'
  )
)

function run(dist, repo) {
  const outputs = {}
  for (const format of ['text', 'json', 'markdown']) {
    const r = spawnSync(
      process.execPath,
      [join(dist, 'cli.js'), 'check', repo, '--format', format, '--today', TODAY, '--jobs', '1'],
      { encoding: 'utf8', env, maxBuffer: 1 << 28 }
    )
    outputs[format] = `exit ${r.status}\n${r.stdout}\n--- stderr\n${r.stderr}`
  }
  const out = mkdtempSync(join(tmpdir(), 'golive-same-'))
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), 'report', repo, '--out', out, '--today', TODAY], {
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 28
  })
  outputs.report = `exit ${r.status}\n${r.stderr}`
  for (const f of readdirSync(out).sort()) outputs[`report/${f}`] = readFileSync(join(out, f), 'utf8')
  rmSync(out, { recursive: true, force: true })
  return outputs
}

let differ = 0
let compared = 0
for (const repo of repos) {
  const before = run(resolve(values.before), repo)
  const after = run(resolve(values.after), repo)
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    compared++
    if (before[key] === after[key]) continue
    differ++
    const a = (before[key] ?? '').split('\n')
    const b = (after[key] ?? '').split('\n')
    const at = a.findIndex((line, i) => line !== b[i])
    console.log(
      `${relative(ROOT, repo)} ${key}: differs at line ${at + 1}\n  before: ${JSON.stringify(a[at] ?? '(none)').slice(0, 300)}\n  after:  ${JSON.stringify(b[at] ?? '(none)').slice(0, 300)}`
    )
  }
}
console.log(`${repos.length} repositories, ${compared} outputs compared: ${differ} differ`)
process.exit(differ ? 1 : 0)
