import type { CheckContext, CheckDefinition, Outcome } from '../../src/check.js'
import { fileAt, findStep, fromApi, recogniseBy, toolchainsOf } from './shared.js'

function codeqlFix(ctx: CheckContext): string {
  const languages = toolchainsOf(ctx)
    .map((t) => t.codeql)
    .join(', ')
  return `Add CodeQL, e.g. \`.github/workflows/codeql.yml\`:\n\n\`\`\`yaml\nname: codeql\non:\n  pull_request:\n  push:\n    branches: [main]\n  schedule:\n    - cron: "17 3 * * 1"\npermissions:\n  contents: read\n  security-events: write\njobs:\n  analyze:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: github/codeql-action/init@v4\n        with:\n          languages: ${languages}\n      - uses: github/codeql-action/analyze@v4\n\`\`\``
}

/** Actions and commands that are static application security testing. */
const SAST_ACTIONS: { match: RegExp; name: string }[] = [
  { match: /^github\/codeql-action\/(init|analyze)@/i, name: 'CodeQL' },
  { match: /^(returntocorp|semgrep)\/semgrep-action@/i, name: 'Semgrep' },
  { match: /^snyk\/actions\/[^@]+@/i, name: 'Snyk' },
  { match: /^sonarsource\/(sonarqube-scan-action|sonarcloud-github-action)@/i, name: 'SonarQube' },
  { match: /^bearer\/bearer-action@/i, name: 'Bearer' },
  { match: /^securego\/gosec@/i, name: 'gosec' },
  { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Security DevOps' },
  { match: /^checkmarx\/[^@]+@/i, name: 'Checkmarx' },
  { match: /^fortify\/[^@]+@/i, name: 'Fortify' },
  { match: /^shiftleftsecurity\/[^@]+@/i, name: 'ShiftLeft' }
]
const SAST_COMMANDS: { match: RegExp; name: string }[] = [
  { match: /\bsemgrep\s+(scan|ci)\b/, name: 'Semgrep' },
  { match: /\bbandit\s+-r\b/, name: 'Bandit' },
  { match: /\bgosec\b/, name: 'gosec' },
  { match: /\bsnyk\s+code\s+test\b/, name: 'Snyk Code' },
  { match: /\bcodeql\s+database\s+(create|analyze)\b/, name: 'CodeQL CLI' },
  { match: /\bsonar-scanner\b/, name: 'SonarQube' }
]

/** The SAST step in the checkout's workflows, if any. */
function sastStep(repo: CheckContext['repo']) {
  return findStep(repo.workflows, recogniseBy(SAST_ACTIONS, SAST_COMMANDS))
}

export const securityScanning: CheckDefinition = {
  id: 'policy.security-scanning',
  phase: 'policy',
  level: 'critical',
  title: 'Security scanning',
  reads: ['workflow'],
  passesWhen: 'a SAST scanner runs (CodeQL or another)',
  explain: {
    looksFor: 'A SAST scanner in CI.',
    evidence: ['CodeQL, Semgrep, Snyk Code, SonarQube, Bearer, gosec, Bandit, Checkmarx, Microsoft Security DevOps'],
    why: 'No security scanning is a red flag that stops go-live.',
    fix: 'Add CodeQL for the repository’s languages.'
  },
  // CodeQL default setup leaves no file: the API is asked only when no SAST step is in a workflow.
  api: { optional: (repo) => ({ codeScanning: !sastStep(repo) }) },
  run(ctx) {
    const found = sastStep(ctx.repo)
    if (found)
      return [
        {
          status: 'passed',
          message: `${found.name} runs in ${found.wf.path}.`,
          evidence: [
            fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])
          ]
        }
      ]
    const fileHalf: Outcome = {
      status: 'failed',
      message: `No SAST scanner (CodeQL, Semgrep, Snyk Code, SonarQube, gosec, Bandit, …) runs in any workflow${ctx.github ? '' : ' (CodeQL default setup, which has no workflow file, is read from the API by the action)'}.`,
      fix: codeqlFix(ctx)
    }
    return [
      fromApi(
        ctx.github?.codeScanning,
        (analyses, endpoint) => {
          const latest = analyses[0]
          if (latest)
            return {
              status: 'passed',
              message: `${latest.tool || 'A code scanning tool'} analyses ${latest.ref || ctx.github!.defaultBranch} (latest ${latest.createdAt.slice(0, 10)}); no workflow file in the repository, so it is set up in the repository settings (e.g. CodeQL default setup).`,
              evidence: [
                { api: endpoint, fact: `latest analysis: ${latest.tool} on ${latest.ref} at ${latest.createdAt}` }
              ],
              needsApi: true
            }
          return {
            ...fileHalf,
            message: `${fileHalf.message.replace(/\.$/, '')}, and the default branch has no code scanning analysis.`,
            evidence: [{ api: endpoint, fact: 'no code scanning analysis' }],
            needsApi: true
          }
        },
        fileHalf
      )
    ]
  }
}
