// Which package ecosystems the repository uses, and which of them Dependabot or
// Renovate keeps up to date.
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { nodePosition } from '../yaml-positions.js'
import type { Repository } from './repository.js'

/** Dependabot's `package-ecosystem` names, keyed by the manifest that reveals them. */
const MANIFESTS: { ecosystem: string; match: RegExp }[] = [
  { ecosystem: 'npm', match: /(^|\/)package\.json$/ },
  { ecosystem: 'pip', match: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|setup\.py|Pipfile)$/ },
  { ecosystem: 'uv', match: /(^|\/)uv\.lock$/ },
  { ecosystem: 'gomod', match: /(^|\/)go\.mod$/ },
  { ecosystem: 'nuget', match: /\.(csproj|fsproj|sln)$|(^|\/)packages\.config$/ },
  { ecosystem: 'maven', match: /(^|\/)pom\.xml$/ },
  { ecosystem: 'gradle', match: /(^|\/)build\.gradle(\.kts)?$/ },
  { ecosystem: 'docker', match: /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/ },
  { ecosystem: 'github-actions', match: /^\.github\/workflows\/[^/]+\.ya?ml$/ }
]

export interface EcosystemEvidence {
  /** Ecosystem → the first manifest that shows it. */
  used: Record<string, string>
  dependabot?: {
    path: string
    ecosystems: { name: string; directory: string; line: number; column: number }[]
    error?: string
  }
  renovate?: { path: string }
}

const RENOVATE_PATHS = [
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json'
]

export function readEcosystems(repo: Repository): EcosystemEvidence {
  const used: Record<string, string> = {}
  for (const f of repo.files) {
    if (f.path.split('/').some((seg) => seg === 'test' || seg === 'tests' || seg === 'fixtures' || seg === 'examples'))
      continue
    for (const m of MANIFESTS) if (!used[m.ecosystem] && m.match.test(f.path)) used[m.ecosystem] = f.path
  }
  const ev: EcosystemEvidence = { used }
  const dependabotPath = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((p) => repo.has(p))
  if (dependabotPath) {
    const file = repo.yaml(dependabotPath)
    const doc = file?.docs[0]
    const ecosystems: NonNullable<EcosystemEvidence['dependabot']>['ecosystems'] = []
    let error: string | undefined
    if (!file || !doc || doc.errors.length) error = doc?.errors[0]?.message.split('\n')[0] ?? 'unreadable'
    else {
      const updates = isMap(doc.contents) ? doc.contents.get('updates', true) : undefined
      if (isSeq(updates)) {
        for (const u of updates.items) {
          if (!isMap(u)) continue
          const eco = u.get('package-ecosystem', true)
          const dir = u.get('directory', true) ?? u.get('directories', true)
          if (isScalar(eco))
            ecosystems.push({
              name: String(eco.value),
              directory: isScalar(dir) ? String(dir.value) : '/',
              ...nodePosition(file.lineCounter, eco as Node)
            })
        }
      } else error = 'no `updates` list'
    }
    ev.dependabot = { path: dependabotPath, ecosystems, error }
  }
  const renovatePath = RENOVATE_PATHS.find((p) => repo.has(p))
  if (renovatePath) ev.renovate = { path: renovatePath }
  else if (repo.has('package.json') && /"renovate"\s*:/.test(repo.read('package.json') ?? ''))
    ev.renovate = { path: 'package.json' }
  return ev
}
