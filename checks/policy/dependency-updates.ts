import type { CheckDefinition, Outcome } from '../../src/check.js'
import { fileAt, fromApi } from './shared.js'

/** Ecosystems a dependency bot must cover; docker and github-actions are noted but do not fail. */
const REQUIRED_ECOSYSTEMS = new Set(['npm', 'pip', 'uv', 'gomod', 'nuget', 'maven', 'gradle'])
const SAME_ECOSYSTEM: Record<string, string[]> = { pip: ['pip', 'uv'], uv: ['uv', 'pip'] }

export const dependencyUpdates: CheckDefinition = {
  id: 'policy.dependency-updates',
  phase: 'policy',
  level: 'blocking',
  title: 'Dependency updates',
  reads: ['workflow'],
  passesWhen: 'Dependabot or Renovate covers the server’s ecosystems',
  explain: {
    looksFor: 'Dependabot or Renovate for the ecosystems in use.',
    evidence: [
      '.github/dependabot.yml `updates[].package-ecosystem` against manifests (package.json, pyproject.toml, go.mod, *.csproj, pom.xml, …)',
      'renovate.json'
    ],
    why: 'Known-vulnerable dependencies are the easiest way in.',
    fix: 'Add each ecosystem to dependabot.yml.'
  },
  // Dependabot security updates leave no file: the API is asked only when no config covers the ecosystems.
  api: { optional: (repo) => ({ securityUpdates: !repo.ecosystems.dependabot && !repo.ecosystems.renovate }) },
  run(ctx) {
    const { used, dependabot, renovate } = ctx.repo.ecosystems
    const needed = Object.keys(used).filter((e) => REQUIRED_ECOSYSTEMS.has(e))
    if (renovate)
      return [
        {
          status: 'passed',
          message: `Renovate is configured (${renovate.path}); it covers every ecosystem it detects.`,
          evidence: [fileAt(renovate.path)]
        }
      ]
    const snippet = (ecos: string[]) =>
      '```yaml\nversion: 2\nupdates:\n' +
      ecos
        .map((e) => `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly`)
        .join('\n') +
      '\n```'
    const all = Object.keys(used)
    if (!dependabot) {
      const fileHalf: Outcome = {
        status: needed.length ? 'failed' : 'warning',
        message: needed.length
          ? `Neither Dependabot nor Renovate is configured; the repository uses ${needed.join(', ')}.`
          : 'Neither Dependabot nor Renovate is configured.',
        evidence: needed.map((e) => fileAt(used[e], 1, 1, `${e} manifest`)),
        fix: `Add .github/dependabot.yml:\n\n${snippet(all.length ? all : ['npm'])}`
      }
      return [
        fromApi(
          ctx.github?.securityUpdates,
          (setting, endpoint) => {
            if (setting.enabled && !setting.paused)
              return {
                status: 'passed',
                message:
                  'Dependabot security updates are enabled in the repository settings (no dependabot.yml: vulnerable dependencies are updated, others are not; a dependabot.yml adds version updates).',
                evidence: [{ api: endpoint, fact: 'enabled: true, paused: false' }],
                needsApi: true
              }
            return {
              ...fileHalf,
              message: `${fileHalf.message} Dependabot security updates are ${setting.enabled ? 'paused' : 'not enabled'} either.`,
              evidence: [
                ...(fileHalf.evidence ?? []),
                { api: endpoint, fact: setting.enabled ? 'enabled: true, paused: true' : 'not enabled' }
              ],
              needsApi: true
            }
          },
          fileHalf
        )
      ]
    }
    if (dependabot.error)
      return [
        {
          status: 'failed',
          message: `${dependabot.path} cannot be read: ${dependabot.error}.`,
          evidence: [fileAt(dependabot.path)],
          fix: `Fix ${dependabot.path}:\n\n${snippet(all)}`
        }
      ]
    const covered = new Set(dependabot.ecosystems.map((e) => e.name))
    const missing = needed.filter((e) => !(SAME_ECOSYSTEM[e] ?? [e]).some((x) => covered.has(x)))
    const optionalMissing = all.filter((e) => !REQUIRED_ECOSYSTEMS.has(e) && !covered.has(e))
    const evidence = dependabot.ecosystems.map((e) => fileAt(dependabot.path, e.line, e.column, e.name))
    if (missing.length) {
      return [
        {
          status: 'failed',
          message: `${dependabot.path} does not cover ${missing.join(', ')} (seen in ${missing.map((e) => used[e]).join(', ')}).`,
          evidence,
          fix: `Add to the \`updates\` list of ${dependabot.path}:\n\n${snippet(missing).replace('version: 2\nupdates:\n', '')}`
        }
      ]
    }
    const note = optionalMissing.length ? ` Not covered, and worth adding: ${optionalMissing.join(', ')}.` : ''
    return [{ status: 'passed', message: `${dependabot.path} covers ${[...covered].join(', ')}.${note}`, evidence }]
  }
}
