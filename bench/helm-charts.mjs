// How many widely used public Helm charts the gate's renderer (src/evidence/helm.ts) renders fully.
// Usage: node bench/helm-charts.mjs [--json OUT.json] [--verbose]
// Reads the charts from the fetched mirrors of bitnami/charts and prometheus-community/helm-charts
// (bare git directories under /work/.mirror, or MIRROR=dir); a Bitnami chart gets bitnami/common
// under charts/common, as `helm dependency build` would vendor it. Each template of the chart's
// values.yaml build is one of: rendered (no unresolved action), not verified (lists the unresolved
// actions, the first words of each counted as the reason), not rendered (a bound or YAML error),
// or disabled (its `if` on the values is false). A chart renders fully when every enabled
// template is rendered.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rolldown } from 'rolldown'

const MIRROR = process.env.MIRROR ?? '/work/.mirror'
const BITNAMI = join(MIRROR, 'bitnami+charts/repo')
const PROM = join(MIRROR, 'prometheus-community+helm-charts/repo')
const CHARTS = [
  ...[
    'nginx',
    'redis',
    'postgresql',
    'mysql',
    'mariadb',
    'mongodb',
    'rabbitmq',
    'kafka',
    'wordpress',
    'keycloak',
    'minio',
    'memcached'
  ].map((c) => ({ git: BITNAMI, dir: `bitnami/${c}`, common: true })),
  ...[
    'prometheus',
    'alertmanager',
    'kube-state-metrics',
    'prometheus-node-exporter',
    'prometheus-pushgateway',
    'prometheus-blackbox-exporter',
    'prometheus-postgres-exporter',
    'prometheus-redis-exporter'
  ].map((c) => ({ git: PROM, dir: `charts/${c}`, common: false }))
]

const work = mkdtempSync(join(tmpdir(), 'helm-charts-'))
const bundle = await rolldown({
  input: 'bench/helm-charts-entry.ts',
  external: [/^node:/, 'yaml', 'ignore'],
  logLevel: 'silent'
})
const out = join(work, 'renderer.mjs')
await bundle.write({ file: out, format: 'esm' })
// The bundle lives outside the checkout: resolve its bare imports from here.
writeFileSync(join(work, 'package.json'), '{"type":"module"}')
execFileSync('ln', ['-s', join(process.cwd(), 'node_modules'), join(work, 'node_modules')])
const { Repository, renderCharts } = await import(out)

const rows = []
for (const c of CHARTS) {
  const root = join(work, c.dir.replace('/', '_'))
  mkdirSync(root, { recursive: true })
  const tar = execFileSync('git', ['--git-dir', c.git, 'archive', 'HEAD', c.dir], { maxBuffer: 1 << 28 })
  execFileSync('tar', ['-x', '-C', root, '--strip-components', String(c.dir.split('/').length)], { input: tar })
  if (c.common) {
    mkdirSync(join(root, 'charts/common'), { recursive: true })
    const lib = execFileSync('git', ['--git-dir', c.git, 'archive', 'HEAD', 'bitnami/common'], { maxBuffer: 1 << 28 })
    execFileSync('tar', ['-x', '-C', join(root, 'charts/common'), '--strip-components', '2'], { input: lib })
  }
  const repo = new Repository(root)
  const { builds } = renderCharts(repo, /(^|\/)charts\/common\//)
  const build = builds.find((b) => b.overlay === '. (values.yaml)')
  if (!build) {
    rows.push({ chart: c.dir, error: 'no values.yaml build' })
    continue
  }
  const templates = repo.files
    .map((f) => f.path)
    .filter((p) => /^templates\/[^_][^/]*\.ya?ml$/.test(p) || /^templates\/.+\/[^_/][^/]*\.ya?ml$/.test(p))
  const holes = new Map()
  for (const o of build.objects) for (const h of o.templated ?? []) holes.set(`${h.file}:${h.line}`, h.note)
  const byFile = new Map()
  for (const [at, note] of holes) {
    const file = at.slice(0, at.lastIndexOf(':'))
    byFile.set(file, [...(byFile.get(file) ?? []), note])
  }
  const reasons = {}
  for (const notes of byFile.values())
    for (const n of notes) {
      const words = n.replace(/^templated: /, '').replace(/^(if|with|range|else if)\s+/, '$1 ')
      const key = /^(if|with|range|else if) /.test(words)
        ? `${words.split(/\s+/)[0]} ${words.split(/\s+/)[1]?.replace(/[("].*/, '') ?? ''}`.trim()
        : (words.split(/\s+/)[0] ?? '').replace(/[("].*/, '')
      reasons[key] = (reasons[key] ?? 0) + 1
    }
  for (const g of build.gaps) {
    const key = g.message
      .replace(/ near template line \d+/, '')
      .replace(/\(.*\)$/, '')
      .trim()
    reasons[key] = (reasons[key] ?? 0) + 1
  }
  const gapFiles = new Set(build.gaps.map((g) => g.file))
  const disabled = new Set(build.disabled.map((d) => d.file))
  const notVerified = [...byFile.keys()].filter((f) => !gapFiles.has(f))
  if (process.argv.includes('--verbose')) {
    for (const [at, note] of holes) console.log(`${c.dir} ${at} ${note}`)
    for (const g of build.gaps) console.log(`${c.dir} ${g.file} ${g.message}`)
  }
  rows.push({
    chart: c.dir,
    templates: templates.length,
    objects: build.objects.length,
    disabled: disabled.size,
    notVerified: notVerified.length,
    notRendered: gapFiles.size,
    full: !notVerified.length && !gapFiles.size,
    reasons
  })
}
rmSync(work, { recursive: true, force: true })

const pad = (s, n) => String(s).padEnd(n)
console.log(
  `${pad('chart', 38)}${pad('templates', 10)}${pad('objects', 8)}${pad('disabled', 9)}${pad('not verif.', 11)}${pad('not rend.', 10)}full`
)
for (const r of rows)
  console.log(
    r.error
      ? `${pad(r.chart, 38)}${r.error}`
      : `${pad(r.chart, 38)}${pad(r.templates, 10)}${pad(r.objects, 8)}${pad(r.disabled, 9)}${pad(r.notVerified, 11)}${pad(r.notRendered, 10)}${r.full ? 'yes' : 'no'}`
  )
const total = {}
for (const r of rows) for (const [k, n] of Object.entries(r.reasons ?? {})) total[k] = (total[k] ?? 0) + n
console.log(`\nfully rendered: ${rows.filter((r) => r.full).length} of ${rows.length} charts`)
console.log(
  `templates not verified: ${rows.reduce((a, r) => a + (r.notVerified ?? 0), 0)}, not rendered: ${rows.reduce((a, r) => a + (r.notRendered ?? 0), 0)}, of ${rows.reduce((a, r) => a + (r.templates ?? 0), 0)}`
)
console.log('unresolved actions by first word (count over all charts):')
for (const [k, n] of Object.entries(total)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25))
  console.log(`  ${pad(n, 6)}${k}`)
const json = process.argv.indexOf('--json')
if (json !== -1) writeFileSync(process.argv[json + 1], JSON.stringify(rows, null, 2))
