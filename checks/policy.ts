// Phase 2 — Policy compliance: repository, documentation, CI, scanning,
// dependency updates and release process, judged from the checkout's files.
import { argoApplications, type CheckContext, type CheckRun, escapeRegExp, isWordChar, lastRootCodeownersRule, LineFinder, type Outcome, placementText, rootCodeownersRule } from '../src/check.js'
import type { ApiHalves } from '../src/evidence/github.js'
import type { Fact } from '../src/github-facts.js'
import type { Workflow, WorkflowStep } from '../src/evidence/workflows.js'
import { classicProtectionNeeded, environmentsFromApi, prodEnvironment } from './policy-github.js'
import type { FileEvidence } from '../src/findings.js'
import type { ArgoApplication } from '../src/evidence/argocd.js'

const fileAt = (file: string, line = 1, column = 1, note?: string): FileEvidence => ({ file, line, column, ...(note ? { note } : {}) })

/** First line (1-based) in a text that matches, or undefined. */
function lineOf(text: string, re: RegExp): number | undefined {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => re.test(l))
  return i === -1 ? undefined : i + 1
}

type ReadmeSection = 'purpose' | 'tools' | 'auth' | 'owner'

/** The README text to add, section by section, with the declared tools and owner filled in. */
function readmeSkeleton(ctx: CheckContext, sections: ReadmeSection[]): string {
  const parts: Record<ReadmeSection, string> = {
    purpose: `# ${ctx.config.server.name}\n\nWhat it does, in one paragraph.`,
    // Only names MCP allows (letters, digits, _ - .): a snippet is shown verbatim, so nothing else from the repository goes in.
    tools: `## Tools\n\n${ctx.config.tools.map((t) => `- \`${/^[\w.-]{1,128}$/.test(t.name) ? t.name : 'tool_name'}\`: …`).join('\n') || '- `tool_name`: …'}`,
    auth: '## Authentication\n\nOn-behalf-of (OBO) the signed-in user; tokens validated at the gateway and in the server.',
    owner: `## Owner\n\n${ctx.config.server.owner}`
  }
  return '```markdown\n' + sections.map((s) => parts[s]).join('\n\n') + '\n```'
}

export const readme: CheckRun = {
  id: 'policy.readme',
  run(ctx) {
    const doc = ctx.repo.docs.readme
    if (!doc) {
      return [{
        status: 'failed',
        message: 'No README at the repository root.',
        fix: `Add README.md with: what the server does, its tools, how it authenticates (OBO), and who owns it.\n\n${readmeSkeleton(ctx, ['purpose', 'tools', 'auth', 'owner'])}`
      }]
    }
    const text = doc.text
    const items: { what: string; section: ReadmeSection; line?: number }[] = [
      { what: 'what the server does', section: 'purpose', line: purposeLine(text) },
      { what: 'its tools', section: 'tools', line: toolsLine(text, ctx) },
      { what: 'its authentication', section: 'auth', line: lineOf(text, /\b(auth(entication|orization)?|OAuth|OBO|on[- ]behalf[- ]of|Entra|bearer|sign[- ]?in|JWT|OIDC)\b/i) },
      { what: 'its owner', section: 'owner', line: lineOf(text, new RegExp(`${escapeRegExp(ctx.config.server.owner)}|\\b(owner|owned by|maintainer|maintained by|contact)\\b`, 'i')) }
    ]
    const missing = items.filter((i) => i.line === undefined)
    const evidence = items.filter((i) => i.line !== undefined).map((i) => fileAt(doc.path, i.line, 1, i.what))
    if (missing.length) {
      return [{
        status: 'failed',
        message: `${doc.path} does not say ${missing.map((m) => m.what).join(', ')}.`,
        evidence: evidence.length ? evidence : [fileAt(doc.path)],
        fix: `Add to ${doc.path}: ${missing.map((m) => m.what).join('; ')}.\n\n${readmeSkeleton(ctx, missing.map((m) => m.section))}`
      }]
    }
    return [{ status: 'passed', message: `${doc.path} names what the server does, its tools, its authentication and its owner.`, evidence }]
  }
}

/** A prose paragraph of at least eight words that is not a heading, badge or code. */
function purposeLine(text: string): number | undefined {
  const lines = text.split('\n')
  let inCode = false
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim()
    if (l.startsWith('```')) inCode = !inCode
    if (inCode || !l || /^(#|!\[|\[!\[|<|\||>)/.test(l)) continue
    if (l.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= 8) return i + 1
  }
  return undefined
}

/** Every declared tool named, or, with no tools declared, a "Tools" section. */
function toolsLine(text: string, ctx: CheckContext): number | undefined {
  const tools = ctx.config.tools
  if (!tools.length) return lineOf(text, /^#+\s*tools\b/i)
  let first = Infinity
  for (const t of tools) {
    const offset = offsetNaming(text, t.name)
    if (offset === undefined) return undefined
    first = Math.min(first, offset)
  }
  return new LineFinder(text).at(first).line
}

/**
 * Where `name` first stands in the text as a word of its own (no letter, digit or _ just before or
 * after it, on its line). Searched for, not tested line by line with a pattern per tool: a README
 * of 200 KB and 448 declared tools took 110 ms that way.
 */
function offsetNaming(text: string, name: string): number | undefined {
  if (name.includes('\n')) return undefined
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length))) return at
  }
  return undefined
}

export const codeowners: CheckRun = {
  id: 'policy.codeowners',
  run(ctx) {
    const co = ctx.repo.docs.codeowners
    const fix = `Add .github/CODEOWNERS with a rule for the whole repository:\n\n\`\`\`\n* ${ctx.config.server.owner}\n\`\`\``
    if (!co) return [{ status: 'failed', message: 'No CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS).', fix }]
    const root = rootCodeownersRule(co)
    if (root) return [{ status: 'passed', message: `${co.path} assigns the whole repository to ${root.owners.join(' ')}.`, evidence: [fileAt(co.path, root.line)] }]
    const ownerless = lastRootCodeownersRule(co)
    if (ownerless) return [{ status: 'failed', message: `${co.path} line ${ownerless.line}: the last rule for the whole repository (\`${ownerless.pattern}\`) names no owner, and on GitHub the last matching rule wins, so the repository has no owner.`, evidence: [fileAt(co.path, ownerless.line)], fix }]
    return [{ status: 'failed', message: `${co.path} has no rule for the whole repository (\`*\`), so some files have no owner.`, evidence: [fileAt(co.path, co.rules[0]?.line ?? 1)], fix }]
  }
}

/** Commands that run a test suite, per ecosystem. */
const TEST_COMMAND = /\b(npm\s+(run\s+)?test|npm\s+run\s+test:\S+|npm\s+t\b|yarn\s+(run\s+)?test|pnpm\s+(run\s+)?test|bun\s+test|npx\s+(vitest|jest|mocha|playwright\s+test)|vitest(\s+run)?\b|jest\b|mocha\b|(python3?\s+-m\s+)?pytest\b|uv\s+run\s+pytest|poetry\s+run\s+pytest|tox\b|nox\b|hatch\s+(run\s+)?test|go\s+test\b|gotestsum\b|dotnet\s+test\b|mvn\b.*\b(test|verify)\b|mvnw\b.*\b(test|verify)\b|gradle(w)?\b.*\b(test|check|build)\b|make\s+(test|check)\b|cargo\s+test\b)/

const PR_EVENTS = ['pull_request', 'pull_request_target']

function stepRunsTests(step: WorkflowStep): boolean {
  return !!step.run && TEST_COMMAND.test(step.run)
}

export const ciTests: CheckRun = {
  id: 'policy.ci-tests',
  run(ctx) {
    const wfs = ctx.repo.workflows
    const fix = ciFix(ctx)
    if (!wfs.length) return [{ status: 'failed', message: 'No CI workflow under .github/workflows.', fix }]
    const onPr = wfs.filter((w) => w.on.some((e) => PR_EVENTS.includes(e)))
    for (const wf of onPr) {
      for (const job of wf.jobs) {
        const step = job.steps.find(stepRunsTests)
        if (step) return [{ status: 'passed', message: `${wf.path} runs the tests on pull requests (job \`${job.id}\`).`, evidence: [fileAt(wf.path, step.line, step.column, step.run?.split('\n')[0])] }]
        const called = job.uses?.startsWith('./') ? wfs.find((w) => w.path === job.uses!.slice(2)) : undefined
        const calledStep = called?.jobs.flatMap((j) => j.steps).find(stepRunsTests)
        if (called && calledStep) {
          return [{ status: 'passed', message: `${wf.path} runs the tests on pull requests through ${called.path}.`, evidence: [fileAt(wf.path, job.line, job.column), fileAt(called.path, calledStep.line, calledStep.column, calledStep.run?.split('\n')[0])] }]
        }
      }
    }
    const broken = wfs.filter((w) => w.error)
    const evidence = [...onPr, ...broken].map((w) => fileAt(w.path, 1, 1, w.error ? `not read: ${w.error}` : 'runs on pull requests, no test step'))
    const message = onPr.length
      ? `Workflows run on pull requests (${onPr.map((w) => w.path).join(', ')}) but no step runs a test command.`
      : `No workflow runs on pull_request (${wfs.length} workflow${wfs.length === 1 ? '' : 's'} read).`
    return [{ status: 'failed', message, evidence, fix }]
  }
}

/** The setup and test steps for the repository's main ecosystem, for fix snippets. */
const TOOLCHAINS: { ecosystems: string[]; setup: string; test: string[]; codeql: string }[] = [
  { ecosystems: ['npm'], setup: '      - uses: actions/setup-node@v5\n        with:\n          node-version: 24', test: ['npm ci', 'npm test'], codeql: 'javascript-typescript' },
  { ecosystems: ['pip', 'uv'], setup: '      - uses: actions/setup-python@v6\n        with:\n          python-version: "3.12"', test: ['pip install -e . pytest', 'pytest'], codeql: 'python' },
  { ecosystems: ['gomod'], setup: '      - uses: actions/setup-go@v6\n        with:\n          go-version-file: go.mod', test: ['go test ./...'], codeql: 'go' },
  { ecosystems: ['nuget'], setup: '      - uses: actions/setup-dotnet@v5\n        with:\n          dotnet-version: 9.0.x', test: ['dotnet test'], codeql: 'csharp' },
  { ecosystems: ['maven', 'gradle'], setup: '      - uses: actions/setup-java@v5\n        with:\n          distribution: temurin\n          java-version: 21', test: ['mvn -B verify'], codeql: 'java-kotlin' }
]

function toolchainsOf(ctx: CheckContext) {
  const used = Object.keys(ctx.repo.ecosystems.used)
  const found = TOOLCHAINS.filter((t) => t.ecosystems.some((e) => used.includes(e)))
  return found.length ? found : [TOOLCHAINS[0]]
}

function ciFix(ctx: CheckContext): string {
  const t = toolchainsOf(ctx)[0]
  return `Add a workflow that runs the tests on every pull request, e.g. \`.github/workflows/ci.yml\`:\n\n\`\`\`yaml\nname: ci\non:\n  pull_request:\n  push:\n    branches: [main]\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${t.setup}\n${t.test.map((c) => `      - run: ${c}`).join('\n')}\n\`\`\``
}

function codeqlFix(ctx: CheckContext): string {
  const languages = toolchainsOf(ctx).map((t) => t.codeql).join(', ')
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

/** The first step across all workflows that a matcher recognises. */
function findStep(wfs: Workflow[], recognise: (s: WorkflowStep) => string | undefined): { wf: Workflow; step: WorkflowStep; name: string } | undefined {
  for (const wf of wfs) for (const job of wf.jobs) for (const step of job.steps) {
    const name = recognise(step)
    if (name) return { wf, step, name }
  }
  return undefined
}

function recogniseBy(actions: { match: RegExp; name: string }[], commands: { match: RegExp; name: string }[]) {
  return (s: WorkflowStep) => (s.uses && actions.find((a) => a.match.test(s.uses!))?.name) || (s.run && commands.find((c) => c.match.test(s.run!))?.name) || undefined
}

/** The SAST step in the checkout's workflows, if any. */
function sastStep(repo: CheckContext['repo']) {
  return findStep(repo.workflows, recogniseBy(SAST_ACTIONS, SAST_COMMANDS))
}

/** An outcome from an API half: the fact read, or not verified saying what would make it readable. */
function fromApi<T>(f: Fact<T> | undefined, judge: (value: T, endpoint: string) => Outcome, fileHalf: Outcome): Outcome {
  if (!f || (!f.ok && f.status === 'no token')) return fileHalf
  if (f.ok) return judge(f.value, f.endpoint)
  return { status: 'not verified', message: `${fileHalf.message} The API could not tell whether it is set up outside the repository: ${f.reason}.`, reason: `${f.endpoint}: ${f.reason}`, evidence: [...(fileHalf.evidence ?? []), { api: f.endpoint, fact: f.reason }], fix: `${f.howToFix}\n\n${fileHalf.fix ?? ''}`.trim(), needsApi: true }
}

export const securityScanning: CheckRun = {
  id: 'policy.security-scanning',
  // CodeQL default setup leaves no file: the API is asked only when no SAST step is in a workflow.
  api: { optional: (repo) => ({ codeScanning: !sastStep(repo) }) },
  run(ctx) {
    const found = sastStep(ctx.repo)
    if (found) return [{ status: 'passed', message: `${found.name} runs in ${found.wf.path}.`, evidence: [fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])] }]
    const fileHalf: Outcome = {
      status: 'failed',
      message: `No SAST scanner (CodeQL, Semgrep, Snyk Code, SonarQube, gosec, Bandit, …) runs in any workflow${ctx.github ? '' : ' (CodeQL default setup, which has no workflow file, is read from the API by the action)'}.`,
      fix: codeqlFix(ctx)
    }
    return [fromApi(ctx.github?.codeScanning, (analyses, endpoint) => {
      const latest = analyses[0]
      if (latest) return { status: 'passed', message: `${latest.tool || 'A code scanning tool'} analyses ${latest.ref || ctx.github!.defaultBranch} (latest ${latest.createdAt.slice(0, 10)}); no workflow file in the repository, so it is set up in the repository settings (e.g. CodeQL default setup).`, evidence: [{ api: endpoint, fact: `latest analysis: ${latest.tool} on ${latest.ref} at ${latest.createdAt}` }], needsApi: true }
      return { ...fileHalf, message: `${fileHalf.message.replace(/\.$/, '')}, and the default branch has no code scanning analysis.`, evidence: [{ api: endpoint, fact: 'no code scanning analysis' }], needsApi: true }
    }, fileHalf)]
  }
}

/** Ecosystems a dependency bot must cover; docker and github-actions are noted but do not fail. */
const REQUIRED_ECOSYSTEMS = new Set(['npm', 'pip', 'uv', 'gomod', 'nuget', 'maven', 'gradle'])
const SAME_ECOSYSTEM: Record<string, string[]> = { pip: ['pip', 'uv'], uv: ['uv', 'pip'] }

export const dependencyUpdates: CheckRun = {
  id: 'policy.dependency-updates',
  // Dependabot security updates leave no file: the API is asked only when no config covers the ecosystems.
  api: { optional: (repo) => ({ securityUpdates: !repo.ecosystems.dependabot && !repo.ecosystems.renovate }) },
  run(ctx) {
    const { used, dependabot, renovate } = ctx.repo.ecosystems
    const needed = Object.keys(used).filter((e) => REQUIRED_ECOSYSTEMS.has(e))
    if (renovate) return [{ status: 'passed', message: `Renovate is configured (${renovate.path}); it covers every ecosystem it detects.`, evidence: [fileAt(renovate.path)] }]
    const snippet = (ecos: string[]) => '```yaml\nversion: 2\nupdates:\n' + ecos.map((e) => `  - package-ecosystem: ${e}\n    directory: /\n    schedule:\n      interval: weekly`).join('\n') + '\n```'
    const all = Object.keys(used)
    if (!dependabot) {
      const fileHalf: Outcome = {
        status: needed.length ? 'failed' : 'warning',
        message: needed.length ? `Neither Dependabot nor Renovate is configured; the repository uses ${needed.join(', ')}.` : 'Neither Dependabot nor Renovate is configured.',
        evidence: needed.map((e) => fileAt(used[e], 1, 1, `${e} manifest`)),
        fix: `Add .github/dependabot.yml:\n\n${snippet(all.length ? all : ['npm'])}`
      }
      return [fromApi(ctx.github?.securityUpdates, (setting, endpoint) => {
        if (setting.enabled && !setting.paused) return { status: 'passed', message: 'Dependabot security updates are enabled in the repository settings (no dependabot.yml: vulnerable dependencies are updated, others are not; a dependabot.yml adds version updates).', evidence: [{ api: endpoint, fact: 'enabled: true, paused: false' }], needsApi: true }
        return { ...fileHalf, message: `${fileHalf.message} Dependabot security updates are ${setting.enabled ? 'paused' : 'not enabled'} either.`, evidence: [...(fileHalf.evidence ?? []), { api: endpoint, fact: setting.enabled ? 'enabled: true, paused: true' : 'not enabled' }], needsApi: true }
      }, fileHalf)]
    }
    if (dependabot.error) return [{ status: 'failed', message: `${dependabot.path} cannot be read: ${dependabot.error}.`, evidence: [fileAt(dependabot.path)], fix: `Fix ${dependabot.path}:\n\n${snippet(all)}` }]
    const covered = new Set(dependabot.ecosystems.map((e) => e.name))
    const missing = needed.filter((e) => !(SAME_ECOSYSTEM[e] ?? [e]).some((x) => covered.has(x)))
    const optionalMissing = all.filter((e) => !REQUIRED_ECOSYSTEMS.has(e) && !covered.has(e))
    const evidence = dependabot.ecosystems.map((e) => fileAt(dependabot.path, e.line, e.column, e.name))
    if (missing.length) {
      return [{ status: 'failed', message: `${dependabot.path} does not cover ${missing.join(', ')} (seen in ${missing.map((e) => used[e]).join(', ')}).`, evidence, fix: `Add to the \`updates\` list of ${dependabot.path}:\n\n${snippet(missing).replace('version: 2\nupdates:\n', '')}` }]
    }
    const note = optionalMissing.length ? ` Not covered, and worth adding: ${optionalMissing.join(', ')}.` : ''
    return [{ status: 'passed', message: `${dependabot.path} covers ${[...covered].join(', ')}.${note}`, evidence }]
  }
}

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

export const releaseProcess: CheckRun = {
  id: 'policy.release-process',
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
    return [{
      status: 'failed',
      message: 'No release process: no workflow on releases or tags, no release tool, no changelog.',
      fix: 'Add a release workflow, e.g. on version tags:\n\n```yaml\nname: release\non:\n  push:\n    tags: ["v*"]\npermissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: gh release create "$GITHUB_REF_NAME" --generate-notes\n        env:\n          GH_TOKEN: ${{ github.token }}\n```\n\nand keep a CHANGELOG.md.'
    }]
  }
}


// ---------------------------------------------------------------- secrets and test data

/** How the file's kind reads a value at run time instead: an environment variable filled from a Kubernetes Secret. */
function secretAtRunTime(file: string): string {
  const read: Record<string, string> = {
    py: '```python\nimport os\n\nvalue = os.environ["SERVICE_CREDENTIAL"]\n```',
    ts: '```ts\nconst value = process.env.SERVICE_CREDENTIAL\n```',
    cs: '```csharp\nvar value = Environment.GetEnvironmentVariable("SERVICE_CREDENTIAL");\n```',
    go: '```go\nvalue := os.Getenv("SERVICE_CREDENTIAL")\n```',
    java: '```java\nString value = System.getenv("SERVICE_CREDENTIAL");\n```'
  }
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase()
  const code = read[{ js: 'ts', mjs: 'ts', cjs: 'ts', tsx: 'ts', jsx: 'ts', kt: 'java' }[ext] ?? ext]
  const manifest = '```yaml\nenv:\n  - name: SERVICE_CREDENTIAL\n    valueFrom:\n      secretKeyRef:\n        name: service-credential   # created by your secret store, never committed\n        key: value\n```'
  return code ? `${code}\n\nwith the variable set from a Kubernetes Secret:\n\n${manifest}` : manifest
}

/** Places of one cause, first ones named and the rest counted: "a:1, b:2 +3 more". */
function placesText(places: FileEvidence[], shown = 3): string {
  const named = places.slice(0, shown).map((p) => `${p.file}:${p.line}`).join(', ')
  return places.length > shown ? `${named} +${places.length - shown} more` : named
}

/** Items grouped by a key, in the order of their first appearance. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const g = groups.get(k)
    if (g) g.push(item)
    else groups.set(k, [item])
  }
  return [...groups.values()]
}

export const secrets: CheckRun = {
  id: 'policy.secrets',
  run(ctx) {
    const { secrets: hits, suppressed } = ctx.repo.secrets
    const allowed = suppressed.length ? ` ${suppressed.length} place${suppressed.length === 1 ? '' : 's'} carry an inline allow marker and were not reported.` : ''
    if (!hits.length) return [{ status: 'passed', message: `No committed credentials found (${ctx.repo.scan.files} files read).${allowed}` }]
    // One finding per secret value: its places as evidence. A value blocks when it is in production
    // code and not a public example, or when its checksum proves it was issued, wherever it is.
    const outcomes: Outcome[] = groupBy(hits, (h) => h.fingerprint).map((group) => {
      const production = group.filter((h) => !h.isTest && !h.isDoc)
      const first = (production[0] ?? group[0])
      const blocking = group.some((h) => h.verified) || (production.length > 0 && !first.documented)
      const places = [...production, ...group.filter((h) => h.isTest || h.isDoc)].map((h) => h.at)
      const where = production.length ? '' : group.some((h) => h.isTest) ? ' (test code)' : ' (documentation or examples)'
      const why = first.documented ? ` It is ${first.documented}.` : group.some((h) => h.verified) ? ' Its checksum holds: it was issued, not made up.' : ''
      return {
        status: 'failed' as const,
        message: `${first.description} (${first.masked}) committed in ${places.length} place${places.length === 1 ? '' : 's'}${where}: ${placesText(places)}.${why}`,
        evidence: places,
        ...(blocking ? {} : { nonProduction: true }),
        fix: blocking
          ? `Revoke the credential now (it is in the history; rewriting history does not un-leak it), remove it from the repository, and load it at run time from a secret store:\n\n${secretAtRunTime(first.at.file)}`
          : 'Use a value no service accepts (e.g. "test-token"), or mark the line `# notsecret` when it is a public example.'
      }
    })
    if (allowed) outcomes[0] = { ...outcomes[0], message: outcomes[0].message + allowed }
    return outcomes
  }
}

export const testData: CheckRun = {
  id: 'policy.test-data',
  run(ctx) {
    const hits = ctx.repo.secrets.testData
    if (!hits.length) return [{ status: 'passed', message: 'Test code and fixtures hold test data only: no real e-mail addresses, tenant ids, national id numbers or phone numbers (credentials are policy.secrets’ business).' }]
    return groupBy(hits, (h) => h.fingerprint).map((group) => ({
      status: 'failed' as const,
      message: `Test data holds what looks like a real ${group[0].kind} (${group[0].masked}) in ${group.length} place${group.length === 1 ? '' : 's'}: ${placesText(group.map((h) => h.at))}.`,
      evidence: group.map((h) => h.at),
      fix: 'Replace it with mock data: e-mail addresses at example.com, the zero GUID 00000000-0000-0000-0000-000000000000 for tenants, invented names and numbers.'
    }))
  }
}

// ---------------------------------------------------------------- environments, zone, container scan

const DEPLOY_COMMAND = /\b(kubectl\s+apply|helm\s+(upgrade|install)|kustomize\s+build|argocd\s+app\s+sync|az\s+(aks|webapp|containerapp)\b|flux\s+reconcile)/

export const environments: CheckRun = {
  id: 'policy.environments',
  run(ctx) {
    const envs = ctx.config.environments
    const prodName = prodEnvironment(envs)
    const outcomes: Outcome[] = []
    // Deployment configuration per environment: kustomize overlays, Helm values files or environment folders.
    const perEnv = envs.map((env) => {
      const re = new RegExp(`(^|/)(overlays|environments|envs?|clusters|deploy)/${env}(/|$)|(^|/)values[-.]${env}\\.ya?ml$|(^|/)${env}/kustomization\\.ya?ml$`, 'i')
      return { env, path: ctx.repo.paths.find((p) => re.test(p)) }
    })
    const missing = perEnv.filter((e) => !e.path)
    const namespaces = new Map<string, string>()
    for (const { env, path } of perEnv) {
      if (!path) continue
      const dir = path.replace(/\/[^/]*$/, '')
      const k = ctx.repo.kubernetes.find((o) => o.file.startsWith(`${dir}/`) && o.namespace)
      const kustom = ctx.repo.kustomizations.find((x) => x.dir === dir || x.file.startsWith(`${dir}/`))
      const ns = kustom?.namespace ?? k?.namespace
      if (ns) namespaces.set(env, ns)
    }
    if (missing.length) {
      outcomes.push({ status: 'failed', message: `No deployment configuration for ${missing.map((m) => m.env).join(', ')} (looked for overlays/<env>, environments/<env>, values-<env>.yaml).`, evidence: perEnv.filter((e) => e.path).map((e) => ({ file: e.path!, line: 1, column: 1, note: e.env })), fix: 'Keep one overlay per environment, each with its own namespace:\n\n```yaml\n# deploy/overlays/prod/kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ' + ctx.config.server.name + '-prod\nresources:\n  - ../../base\n```' })
    }
    const nsValues = [...namespaces.values()]
    if (nsValues.length > 1 && new Set(nsValues).size < nsValues.length) {
      outcomes.push({ status: 'failed', message: `Environments share a namespace (${[...namespaces.entries()].map(([e, n]) => `${e}: ${n}`).join(', ')}).`, fix: 'Give every environment its own namespace (and host).' })
    }
    const deployJobs = ctx.repo.workflows.flatMap((w) => w.jobs.filter((j) => j.steps.some((s) => DEPLOY_COMMAND.test(s.run ?? '')) && new RegExp(prodName, 'i').test(`${j.id} ${j.steps.map((s) => s.run ?? '').join(' ')}`)).map((j) => ({ w, j })))
    for (const { w, j } of deployJobs) {
      if (!j.environment || !new RegExp(`^${prodName}`, 'i').test(j.environment)) outcomes.push({ status: 'failed', message: `Job \`${j.id}\` in ${w.path} deploys to ${prodName} without \`environment: ${prodName}\`, so no reviewers or branch policy gate it.`, evidence: [{ file: w.path, line: j.line, column: j.column }], fix: `\`\`\`yaml\njobs:\n  ${j.id}:\n    environment: ${prodName}\n\`\`\`` })
    }
    if (!outcomes.length) {
      const envJobs = ctx.repo.workflows.flatMap((w) => w.jobs.filter((j) => j.environment).map((j) => ({ file: w.path, line: j.line, column: j.column, note: `environment: ${j.environment}` })))
      outcomes.push({ status: 'passed', message: `Separate deployment configuration for ${envs.join(', ')}${namespaces.size ? ` (namespaces ${[...namespaces.values()].join(', ')})` : ''}.`, evidence: [...perEnv.map((e) => ({ file: e.path!, line: 1, column: 1, note: e.env })), ...envJobs] })
    }
    // The API half: GitHub environments exist and prod is protected.
    return [...outcomes, ...environmentsFromApi(ctx)]
  }
}

/** "prod", "production", "engineering-prod", "values-prod.yaml" — not "product" or "reproduce". */
const PROD_WORD = /(^|[^a-z])prod(uction)?([^a-z]|$)/i
/** "zone-2", "zone_b", "zone3" — not "timezone". */
const ZONE_IN_TEXT = /(?:^|[^a-z])zone[-_ ]?([0-9a-z]+)/i

export const zone: CheckRun = {
  id: 'policy.zone',
  run(ctx) {
    const declared = String(ctx.config.server.zone)
    const apps = argoApplications(ctx.repo.kubernetes)
    const prodApps = apps.filter((a) => PROD_WORD.test(`${placementText(a)} ${Object.values(a.labels).join(' ')}`))
    const templateLabel = `\`\`\`yaml\nspec:\n  template:\n    metadata:\n      labels:\n        zone: "${declared}"\n\`\`\``
    const zoneOf = (a: ArgoApplication): string | undefined => {
      const label = Object.entries(a.labels).find(([k]) => /zone/i.test(k))?.[1]
      return label ?? ZONE_IN_TEXT.exec(placementText(a))?.[1]
    }
    if (!prodApps.length) {
      return [{ status: 'not verified', message: 'No Argo CD Application for production was found, so where prod lands cannot be read.', reason: 'no argoproj.io Application/ApplicationSet naming prod in this repository', evidence: apps.map((a) => a.at), fix: `Keep the prod Application in the repository, under a zone folder or with a zone label:\n\n\`\`\`yaml\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${ctx.config.server.name}-prod\n  labels:\n    zone: "${declared}"\nspec:\n  project: zone-${declared}\n\`\`\`` }]
    }
    const outcomes: Outcome[] = []
    for (const a of prodApps) {
      const z = zoneOf(a)
      const from = a.generatedBy ? ` (generated by ApplicationSet ${a.generatedBy.appSet})` : ''
      if (z === undefined && a.generatedBy && !a.generatedBy.expanded) {
        outcomes.push({ status: 'not verified', message: `ApplicationSet ${a.generatedBy.appSet} makes its Applications with a ${a.generatedBy.generator} generator, which asks a live system; where they land cannot be read from the repository.`, reason: `${a.generatedBy.generator} generator: its parameters are not in the files`, evidence: [a.at], fix: `Put the zone in the ApplicationSet's template:\n\n${templateLabel}` })
      } else if (z === undefined) outcomes.push({ status: 'not verified', message: `Application ${a.name}${from} says nothing about its zone.`, reason: 'no zone label, folder, project, destination or source path', evidence: [a.at], fix: a.generatedBy ? `Add a zone label to the ApplicationSet's template (or a \`zone\` key to each list element, used as \`'{{.zone}}'\`):\n\n${templateLabel}` : `Add a zone label:\n\n\`\`\`yaml\nmetadata:\n  labels:\n    zone: "${declared}"\n\`\`\`` })
      else if (z !== declared) outcomes.push({ status: 'failed', message: `Application ${a.name}${from} lands in zone ${z}, but golive.yaml declares zone ${declared}.`, evidence: [a.at], fix: `Move the Application to the zone-${declared} project/cluster, or correct \`server.zone\`.` })
      else outcomes.push({ status: 'passed', message: `Production Application ${a.name}${from} lands in zone ${declared}.`, evidence: [a.at] })
    }
    return outcomes
  }
}

const CONTAINER_SCAN_ACTIONS: { match: RegExp; name: string }[] = [
  { match: /^aquasecurity\/trivy-action@/i, name: 'Trivy' },
  { match: /^anchore\/scan-action@/i, name: 'Grype' },
  { match: /^docker\/scout-action@/i, name: 'Docker Scout' },
  { match: /^snyk\/actions\/docker@/i, name: 'Snyk Container' },
  { match: /^azure\/container-scan@/i, name: 'Azure container scan' },
  { match: /^microsoft\/security-devops-action@/i, name: 'Microsoft Defender for DevOps' }
]
const CONTAINER_SCAN_COMMANDS: { match: RegExp; name: string }[] = [
  { match: /\btrivy\s+(image|fs|repo)\b/, name: 'Trivy' },
  { match: /\bgrype\b/, name: 'Grype' },
  { match: /\bdocker\s+scout\s+(cves|quickview)\b/, name: 'Docker Scout' },
  { match: /\bsnyk\s+container\s+test\b/, name: 'Snyk Container' }
]

export const containerScan: CheckRun = {
  id: 'policy.container-scan',
  run(ctx) {
    const hasImage = ctx.repo.paths.some((p) => /(^|\/)(Dockerfile|Containerfile)(\.[^/]*)?$/.test(p)) || ctx.repo.workflows.some((w) => w.jobs.some((j) => j.steps.some((s) => /docker\/build-push-action@/.test(s.uses ?? '') || /\bdocker\s+build\b/.test(s.run ?? ''))))
    if (!hasImage) return [{ status: 'not applicable', message: 'No container image is built from this repository.' }]
    const found = findStep(ctx.repo.workflows, recogniseBy(CONTAINER_SCAN_ACTIONS, CONTAINER_SCAN_COMMANDS))
    if (found) return [{ status: 'passed', message: `${found.name} scans the image in ${found.wf.path}.`, evidence: [fileAt(found.wf.path, found.step.line, found.step.column, found.step.uses ?? found.step.run?.split('\n')[0])] }]
    return [{ status: 'failed', message: 'The repository builds a container image, but no workflow scans it (Trivy, Grype, Docker Scout, Snyk Container, Defender).', fix: '```yaml\n- name: Scan the image\n  uses: aquasecurity/trivy-action@0.33.1\n  with:\n    image-ref: ${{ env.IMAGE }}\n    exit-code: "1"\n    severity: CRITICAL,HIGH\n```' }]
  }
}

export const POLICY_CHECKS: CheckRun[] = [readme, codeowners, ciTests, securityScanning, dependencyUpdates, releaseProcess, secrets, testData, environments, zone, containerScan]
