import type { CheckDefinition, Outcome } from '../../src/check.js'
import { groupBy, placesText } from './shared.js'
import { counted } from '../shared.js'

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
  const manifest =
    '```yaml\nenv:\n  - name: SERVICE_CREDENTIAL\n    valueFrom:\n      secretKeyRef:\n        name: service-credential   # created by your secret store, never committed\n        key: value\n```'
  return code ? `${code}\n\nwith the variable set from a Kubernetes Secret:\n\n${manifest}` : manifest
}

export const secrets: CheckDefinition = {
  id: 'policy.secrets',
  phase: 'policy',
  level: 'critical',
  title: 'No committed secrets',
  reads: ['source', 'manifest', 'workflow', 'config text'],
  passesWhen: 'no credentials are committed anywhere in the repository',
  explain: {
    looksFor: 'Committed credentials anywhere in the repository.',
    evidence: [
      'rules after gitleaks’ default set: cloud keys, GitHub/GitLab/Slack/npm tokens, private keys, JWTs, connection strings with passwords, secret-named settings, .env values'
    ],
    why: 'A committed secret is leaked: everyone with read access has it.',
    fix: 'Revoke it, remove it, load it from a secret store at run time. Findings show at most the first 4 characters.'
  },
  run(ctx) {
    const { secrets: hits, suppressed } = ctx.repo.secrets
    const allowed = suppressed.length
      ? ` ${counted(suppressed.length, 'place')} carry an inline allow marker and were not reported.`
      : ''
    if (!hits.length)
      return [
        { status: 'passed', message: `No committed credentials found (${ctx.repo.scan.files} files read).${allowed}` }
      ]
    // One finding per secret value: its places as evidence. A value blocks when it is in production
    // code and not a public example, or when its checksum proves it was issued, wherever it is.
    const outcomes: Outcome[] = groupBy(hits, (h) => h.fingerprint).map((group) => {
      const production = group.filter((h) => !h.isTest && !h.isDoc)
      const first = production[0] ?? group[0]
      const blocking = group.some((h) => h.verified) || (production.length > 0 && !first.documented)
      const places = [...production, ...group.filter((h) => h.isTest || h.isDoc)].map((h) => h.at)
      const where = production.length
        ? ''
        : group.some((h) => h.isTest)
          ? ' (test code)'
          : ' (documentation or examples)'
      const why = first.documented
        ? ` It is ${first.documented}.`
        : group.some((h) => h.verified)
          ? ' Its checksum holds: it was issued, not made up.'
          : ''
      return {
        status: 'failed' as const,
        message: `${first.description} (${first.masked}) committed in ${counted(places.length, 'place')}${where}: ${placesText(places)}.${why}`,
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
