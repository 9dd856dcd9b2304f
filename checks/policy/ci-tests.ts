import type { WorkflowStep } from '../../src/evidence/workflows.js'
import type { CheckContext, CheckDefinition } from '../../src/check.js'
import { fileAt, toolchainsOf } from './shared.js'
import { counted } from '../shared.js'

/** Commands that run a test suite, per ecosystem. */
const TEST_COMMAND =
  /\b(npm\s+(run\s+)?test|npm\s+run\s+test:\S+|npm\s+t\b|yarn\s+(run\s+)?test|pnpm\s+(run\s+)?test|bun\s+test|npx\s+(vitest|jest|mocha|playwright\s+test)|vitest(\s+run)?\b|jest\b|mocha\b|(python3?\s+-m\s+)?pytest\b|uv\s+run\s+pytest|poetry\s+run\s+pytest|tox\b|nox\b|hatch\s+(run\s+)?test|go\s+test\b|gotestsum\b|dotnet\s+test\b|mvn\b.*\b(test|verify)\b|mvnw\b.*\b(test|verify)\b|gradle(w)?\b.*\b(test|check|build)\b|make\s+(test|check)\b|cargo\s+test\b)/

const PR_EVENTS = ['pull_request', 'pull_request_target']

function stepRunsTests(step: WorkflowStep): boolean {
  return !!step.run && TEST_COMMAND.test(step.run)
}

export const ciTests: CheckDefinition = {
  id: 'policy.ci-tests',
  phase: 'policy',
  level: 'critical',
  title: 'Tests in CI',
  reads: ['workflow'],
  passesWhen: 'a CI workflow runs the tests on pull requests',
  explain: {
    looksFor: 'A workflow that runs the tests on pull requests.',
    evidence: [
      '.github/workflows parsed: `on: pull_request`, a step running a test command (npm test, pytest, go test, dotnet test, mvn verify, …); local reusable workflows followed'
    ],
    why: 'No CI means no evidence the code works — a red flag that stops go-live.',
    fix: 'Add a workflow on `pull_request` that installs and runs the tests.'
  },
  run(ctx) {
    const wfs = ctx.repo.workflows
    const fix = ciFix(ctx)
    if (!wfs.length) return [{ status: 'failed', message: 'No CI workflow under .github/workflows.', fix }]
    const onPr = wfs.filter((w) => w.on.some((e) => PR_EVENTS.includes(e)))
    for (const wf of onPr) {
      for (const job of wf.jobs) {
        const step = job.steps.find(stepRunsTests)
        if (step)
          return [
            {
              status: 'passed',
              message: `${wf.path} runs the tests on pull requests (job \`${job.id}\`).`,
              evidence: [fileAt(wf.path, step.line, step.column, step.run?.split('\n')[0])]
            }
          ]
        const called = job.uses?.startsWith('./') ? wfs.find((w) => w.path === job.uses!.slice(2)) : undefined
        const calledStep = called?.jobs.flatMap((j) => j.steps).find(stepRunsTests)
        if (called && calledStep) {
          return [
            {
              status: 'passed',
              message: `${wf.path} runs the tests on pull requests through ${called.path}.`,
              evidence: [
                fileAt(wf.path, job.line, job.column),
                fileAt(called.path, calledStep.line, calledStep.column, calledStep.run?.split('\n')[0])
              ]
            }
          ]
        }
      }
    }
    const broken = wfs.filter((w) => w.error)
    const evidence = [...onPr, ...broken].map((w) =>
      fileAt(w.path, 1, 1, w.error ? `not read: ${w.error}` : 'runs on pull requests, no test step')
    )
    const message = onPr.length
      ? `Workflows run on pull requests (${onPr.map((w) => w.path).join(', ')}) but no step runs a test command.`
      : `No workflow runs on pull_request (${counted(wfs.length, 'workflow')} read).`
    return [{ status: 'failed', message, evidence, fix }]
  }
}

function ciFix(ctx: CheckContext): string {
  const t = toolchainsOf(ctx)[0]
  return `Add a workflow that runs the tests on every pull request, e.g. \`.github/workflows/ci.yml\`:\n\n\`\`\`yaml\nname: ci\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${t.setup}\n${t.test.map((c) => `      - run: ${c}`).join('\n')}\n\`\`\``
}
