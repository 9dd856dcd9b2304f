import type { CheckDefinition } from '../../src/check.js'
import type { FileEvidence } from '../../src/findings.js'
import { fileAt, findStep, recogniseBy } from './shared.js'

const RELEASE_ACTIONS: { match: RegExp; name: string }[] = [
  { match: /^(googleapis|google-github-actions)\/release-please-action@/i, name: 'release-please' },
  { match: /^changesets\/action@/i, name: 'changesets' },
  { match: /^goreleaser\/goreleaser-action@/i, name: 'GoReleaser' },
  { match: /^softprops\/action-gh-release@/i, name: 'action-gh-release' },
  { match: /^(ncipollo|actions)\/(create-)?release(-action)?@/i, name: 'GitHub release' },
  { match: /^pypa\/gh-action-pypi-publish@/i, name: 'PyPI publish' },
  { match: /^docker\/build-push-action@/i, name: 'image build and push' }
]
const RELEASE_COMMANDS: { match: RegExp; name: string }[] = [
  { match: /\bsemantic-release\b/, name: 'semantic-release' },
  { match: /\bgh\s+release\s+create\b/, name: 'gh release' },
  { match: /\bnpm\s+publish\b/, name: 'npm publish' }
]

export const releaseProcess: CheckDefinition = {
  id: 'policy.release-process',
  phase: 'policy',
  level: 'advisory',
  title: 'Release process',
  passesWhen: 'a release process exists (release workflow, tags/releases, changelog)',
  explain: {
    looksFor: 'A release process.',
    evidence: [
      'a workflow on releases or version tags',
      'release tools (release-please, changesets, semantic-release, GoReleaser, gh release)',
      'a CHANGELOG'
    ],
    why: 'Releases must be reproducible and traceable.',
    fix: 'Add a release workflow on `v*` tags and keep a changelog.'
  },
  run(ctx) {
    const evidence: FileEvidence[] = []
    const notes: string[] = []
    const onRelease = ctx.repo.workflows.find((w) => w.on.includes('release') || w.tags.length > 0)
    if (onRelease) {
      evidence.push(fileAt(onRelease.path, 1, 1, 'runs on releases or tags'))
      notes.push(`${onRelease.path} runs on releases or version tags`)
    }
    const tool = findStep(ctx.repo.workflows, recogniseBy(RELEASE_ACTIONS, RELEASE_COMMANDS))
    if (tool) {
      evidence.push(fileAt(tool.wf.path, tool.step.line, tool.step.column, tool.name))
      notes.push(`${tool.name} in ${tool.wf.path}`)
    }
    if (ctx.repo.docs.changelog) {
      evidence.push(fileAt(ctx.repo.docs.changelog))
      notes.push(`a changelog (${ctx.repo.docs.changelog})`)
    }
    if (evidence.length) return [{ status: 'passed', message: `Release process: ${notes.join('; ')}.`, evidence }]
    return [
      {
        status: 'failed',
        message: 'No release process: no workflow on releases or tags, no release tool, no changelog.',
        fix: 'Add a release workflow, e.g. on version tags:\n\n```yaml\nname: release\non:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n        env:\n          GH_TOKEN: ${{ github.token }}\n```\n\nand keep a CHANGELOG.md.'
      }
    ]
  }
}
