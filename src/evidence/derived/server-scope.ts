// Which packages of the checkout make up the MCP server: those whose source uses an MCP SDK, and
// the packages of the repository they depend on (by the dependency manifests). A file outside
// them (another package of a monorepo, a loose script beside the server) is code the server never
// runs. Packages are per ecosystem: a JavaScript file belongs to the nearest package.json above
// it, a Go file to the nearest go.mod, and so on; a file with none above it is loose.
import { dirname, posix } from 'node:path'
import type { Repository } from '../repository.js'
import { isTestPath, languageOf, type Language } from '../repository.js'

type Ecosystem = 'npm' | 'python' | 'go' | 'dotnet' | 'jvm'

export interface ScopePackage {
  /** The folder holding the manifest ('' for the repository's root). */
  dir: string
  manifest: string
  ecosystem: Ecosystem
  /** Its source uses an MCP SDK. */
  serves: boolean
  /** It serves, or a serving package depends on it (directly or through others). */
  inScope: boolean
}

export interface ServerScope {
  packages: ScopePackage[]
  /** Ecosystems with a loose (manifest-less) file that uses an MCP SDK: their loose files are the server's. */
  looseServes: Ecosystem[]
  /** Whether any non-test file uses an MCP SDK: without one the scope says nothing (everything counts). */
  known: boolean
}

const ECOSYSTEM_OF: Record<Language, Ecosystem> = {
  typescript: 'npm',
  javascript: 'npm',
  python: 'python',
  go: 'go',
  csharp: 'dotnet',
  java: 'jvm',
  kotlin: 'jvm'
}

const MANIFEST: { ecosystem: Ecosystem; match: RegExp }[] = [
  { ecosystem: 'npm', match: /(^|\/)package\.json$/ },
  { ecosystem: 'python', match: /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/ },
  { ecosystem: 'go', match: /(^|\/)go\.mod$/ },
  { ecosystem: 'dotnet', match: /\.(csproj|fsproj)$/ },
  { ecosystem: 'jvm', match: /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/ }
]

/** Folders of tooling around a server: build and release scripts, CI, benchmarks, load tests and evaluations. */
const TOOLING_DIR =
  /(^|\/)(scripts?|hack|ci|\.github|\.circleci|\.buildkite|benchmarks?|bench|loadtests?|load-tests?|perf|evals?|evaluations?|tooling|build-tools)\//i

/** Manifests read for their dependencies are at most this long (a package.json of megabytes is not one). */
const MAX_MANIFEST = 256 * 1024

const folderOf = (path: string) => (path.includes('/') ? dirname(path) : '')

/** The package a file belongs to: the deepest folder above it with a manifest of its ecosystem. */
export function packageOf(scope: Pick<ServerScope, 'packages'>, file: string): ScopePackage | undefined {
  const language = languageOf(file)
  if (!language) return undefined
  const ecosystem = ECOSYSTEM_OF[language]
  let best: ScopePackage | undefined
  for (const p of scope.packages) {
    if (p.ecosystem !== ecosystem || (p.dir && !file.startsWith(p.dir + '/'))) continue
    if (!best || p.dir.length > best.dir.length) best = p
  }
  return best
}

/**
 * Why a source file is outside the server, or undefined when it is inside (or the scope is unknown):
 * its package neither uses an MCP SDK nor is a dependency of one that does, or it is a loose
 * script of an ecosystem whose loose files serve nothing.
 */
export function outsideServer(
  scope: ServerScope | undefined,
  file: string,
  mcpFiles: readonly string[] = []
): string | undefined {
  const tooling = TOOLING_DIR.exec(file)
  if (tooling) return `${tooling[2]}/ holds tooling (scripts, CI, benchmarks, evaluations) the server does not run`
  // A file that uses an MCP SDK is the server's wherever else it lies.
  if (!scope?.known || mcpFiles.includes(file)) return undefined
  const language = languageOf(file)
  if (!language) return undefined
  const pkg = packageOf(scope, file)
  if (pkg)
    return pkg.inScope
      ? undefined
      : `${pkg.manifest} is a package that uses no MCP SDK and no serving package depends on`
  if (scope.looseServes.includes(ECOSYSTEM_OF[language])) return undefined
  return `${file} is a script in no package of the server (no ${language} manifest above it, and the server's ${language} files are in packages)`
}

/** Local names a manifest gives its package, and the names or paths of what it depends on. */
function dependenciesOf(
  ecosystem: Ecosystem,
  manifest: string,
  text: string
): { name?: string; deps: string[]; paths: string[] } {
  if (ecosystem === 'npm') {
    try {
      const json = JSON.parse(text) as Record<string, unknown>
      const deps: string[] = []
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        const d = json[field]
        if (d && typeof d === 'object') deps.push(...Object.keys(d))
      }
      return { name: typeof json.name === 'string' ? json.name : undefined, deps, paths: [] }
    } catch {
      return { deps: [], paths: [] }
    }
  }
  if (ecosystem === 'python') {
    const name = /^[ \t]*name[ \t]*=[ \t]*["']([^"'\n]{1,200})["']/m.exec(text)?.[1]
    // Requirement names at the start of a quoted entry or a poetry key: `"helper-lib>=1"`, `helper-lib = "…"`.
    const deps = [...text.matchAll(/^[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]{0,100})["']?[ \t]*[<>=!~;[,"']/gm)].map(
      (m) => m[1]
    )
    const norm = (s: string) => s.toLowerCase().replace(/[-_.]+/g, '-')
    return { name: name && norm(name), deps: deps.map(norm), paths: [] }
  }
  if (ecosystem === 'go') {
    const name = /^[ \t]*module[ \t]+(\S{1,300})/m.exec(text)?.[1]
    const deps = [
      ...text.matchAll(/^[ \t]*(?:require[ \t]+)?([\w-]{1,100}(?:\.[\w-]{1,100}){1,10}\/\S{1,300})[ \t]+v\S{1,100}/gm)
    ].map((m) => m[1])
    const paths = [...text.matchAll(/=>\s*(\.{1,2}\/\S{0,300})/g)].map((m) => posix.join(folderOf(manifest), m[1]))
    return { name, deps, paths }
  }
  if (ecosystem === 'dotnet') {
    const paths = [...text.matchAll(/<ProjectReference\s+Include\s*=\s*"([^"\n]{1,300})"/g)].map((m) =>
      folderOf(posix.join(folderOf(manifest), m[1].replace(/\\/g, '/')))
    )
    return { deps: [], paths }
  }
  return { deps: [], paths: [] }
}

/** The server's packages in this checkout, from its manifests and the files that use an MCP SDK. */
export function readServerScope(repo: Repository, mcpFiles: readonly string[]): ServerScope {
  const packages: ScopePackage[] = []
  for (const f of repo.files) {
    if (f.path.split('/').includes('node_modules')) continue
    const m = MANIFEST.find((x) => x.match.test(f.path))
    if (m)
      packages.push({ dir: folderOf(f.path), manifest: f.path, ecosystem: m.ecosystem, serves: false, inScope: false })
  }
  // One package per folder and ecosystem (pyproject.toml and setup.py side by side are one).
  const unique = new Map<string, ScopePackage>()
  for (const p of packages) if (!unique.has(`${p.ecosystem}:${p.dir}`)) unique.set(`${p.ecosystem}:${p.dir}`, p)
  const scope: ServerScope = { packages: [...unique.values()], looseServes: [], known: false }
  for (const file of mcpFiles) {
    // A test, or a script that probes or packages the server, does not make its package the server's.
    if (isTestPath(file) || TOOLING_DIR.test(file)) continue
    const language = languageOf(file)
    if (!language) continue
    scope.known = true
    const pkg = packageOf(scope, file)
    if (pkg) pkg.serves = true
    else if (!scope.looseServes.includes(ECOSYSTEM_OF[language])) scope.looseServes.push(ECOSYSTEM_OF[language])
  }
  // JVM builds (Maven modules, Gradle projects) are not followed: their packages all count, failing closed.
  for (const p of scope.packages) if (p.ecosystem === 'jvm') p.serves = true
  const byName = new Map<string, ScopePackage>()
  const edges = new Map<ScopePackage, { deps: string[]; paths: string[] }>()
  for (const p of scope.packages) {
    const text = repo.read(p.manifest)
    if (text === undefined || text.length > MAX_MANIFEST) {
      // A manifest the gate cannot read may depend on anything: its package counts.
      p.serves = true
      continue
    }
    const { name, deps, paths } = dependenciesOf(p.ecosystem, p.manifest, text)
    if (name) byName.set(`${p.ecosystem}:${name}`, p)
    edges.set(p, { deps, paths })
  }
  const byDir = new Map(scope.packages.map((p) => [`${p.ecosystem}:${p.dir}`, p]))
  const queue = scope.packages.filter((p) => p.serves)
  for (const p of queue) p.inScope = true
  while (queue.length) {
    const p = queue.shift()!
    const e = edges.get(p)
    if (!e) continue
    const next = [
      ...e.deps.map((d) => byName.get(`${p.ecosystem}:${d}`)),
      ...e.paths.map((d) => byDir.get(`${p.ecosystem}:${posix.normalize(d).replace(/\/$/, '')}`))
    ]
    for (const q of next) {
      if (q && !q.inScope) {
        q.inScope = true
        queue.push(q)
      }
    }
  }
  return scope
}
