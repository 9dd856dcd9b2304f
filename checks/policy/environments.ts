import { type CheckContext, type CheckDefinition, noToken, type Outcome } from '../../src/check.js'
import { api, notVerified } from './shared.js'
import { prodEnvironment } from '../deployment.js'

/** The API half of policy.environments: GitHub environments exist and prod is protected. */
export function environmentsFromApi(ctx: CheckContext): Outcome[] {
  const gh = ctx.github
  if (!gh) return [notVerified([noToken('GET /repos/{owner}/{repo}/environments')], 'GitHub environments')]
  if (!gh.environments.ok) return [notVerified([gh.environments], 'GitHub environments')]
  const envs = gh.environments.value
  const wanted = ctx.config.environments
  const missing = wanted.filter((w) => !envs.some((e) => e.name.toLowerCase() === w.toLowerCase()))
  const ev = [
    api(
      gh.environments.endpoint,
      `environments: ${envs.map((e) => `${e.name}${e.reviewers ? ' (required reviewers)' : ''}${e.waitTimer ? ' (wait timer)' : ''}${e.branchPolicy ? ' (branch policy)' : ''}`).join(', ') || 'none'}`
    )
  ]
  if (missing.length)
    return [
      {
        status: 'failed',
        message: `GitHub environments missing: ${missing.join(', ')}.`,
        evidence: ev,
        fix: missing
          .map((m) => `gh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${m}`)
          .join('\n'),
        needsApi: true
      }
    ]
  const prodName = prodEnvironment(wanted)
  const prod = envs.find((e) => e.name.toLowerCase() === prodName.toLowerCase())!
  if (!prod.reviewers && !prod.waitTimer && !prod.branchPolicy)
    return [
      {
        status: 'failed',
        message: `The ${prod.name} environment has no protection: no required reviewers, wait timer or deployment branch policy.`,
        evidence: ev,
        fix: `Add required reviewers to ${prod.name} (Settings → Environments), or a deployment branch policy:\n\n\`\`\`\ngh api -X PUT repos/${gh.context.owner}/${gh.context.repo}/environments/${prod.name} -F "deployment_branch_policy[protected_branches]=true" -F "deployment_branch_policy[custom_branch_policies]=false"\n\`\`\``,
        needsApi: true
      }
    ]
  return [
    {
      status: 'passed',
      message: `GitHub environments ${wanted.join(', ')} exist and ${prod.name} is protected.`,
      evidence: ev,
      needsApi: true
    }
  ]
}

const DEPLOY_COMMAND =
  /\b(kubectl\s+apply|helm\s+(upgrade|install)|kustomize\s+build|argocd\s+app\s+sync|az\s+(aks|webapp|containerapp)\b|flux\s+reconcile)/

export const environments: CheckDefinition = {
  id: 'policy.environments',
  phase: 'policy',
  level: 'blocking',
  title: 'Environment separation',
  passesWhen: 'dev and prod are separate, and prod is protected',
  explain: {
    looksFor: 'Separate dev and prod.',
    evidence: [
      'overlays/<env>, environments/<env>, values-<env>.yaml with distinct namespaces',
      'deploy jobs that declare `environment:`',
      '`GET …/environments`: the environments exist and prod has reviewers, a wait timer or a branch policy'
    ],
    why: 'Production must not be reachable by a mistake in dev.',
    fix: 'One overlay and namespace per environment; protect the prod environment.'
  },
  run(ctx) {
    const envs = ctx.config.environments
    const prodName = prodEnvironment(envs)
    const outcomes: Outcome[] = []
    // Deployment configuration per environment: kustomize overlays, Helm values files or environment folders.
    const perEnv = envs.map((env) => {
      const re = new RegExp(
        `(^|/)(overlays|environments|envs?|clusters|deploy)/${env}(/|$)|(^|/)values[-.]${env}\\.ya?ml$|(^|/)${env}/kustomization\\.ya?ml$`,
        'i'
      )
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
      outcomes.push({
        status: 'failed',
        message: `No deployment configuration for ${missing.map((m) => m.env).join(', ')} (looked for overlays/<env>, environments/<env>, values-<env>.yaml).`,
        evidence: perEnv.filter((e) => e.path).map((e) => ({ file: e.path!, line: 1, column: 1, note: e.env })),
        fix:
          'Keep one overlay per environment, each with its own namespace:\n\n```yaml\n# deploy/overlays/prod/kustomization.yaml\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ' +
          ctx.config.server.name +
          '-prod\nresources:\n  - ../../base\n```'
      })
    }
    const nsValues = [...namespaces.values()]
    if (nsValues.length > 1 && new Set(nsValues).size < nsValues.length) {
      outcomes.push({
        status: 'failed',
        message: `Environments share a namespace (${[...namespaces.entries()].map(([e, n]) => `${e}: ${n}`).join(', ')}).`,
        fix: 'Give every environment its own namespace (and host).'
      })
    }
    const deployJobs = ctx.repo.workflows.flatMap((w) =>
      w.jobs
        .filter(
          (j) =>
            j.steps.some((s) => DEPLOY_COMMAND.test(s.run ?? '')) &&
            new RegExp(prodName, 'i').test(`${j.id} ${j.steps.map((s) => s.run ?? '').join(' ')}`)
        )
        .map((j) => ({ w, j }))
    )
    for (const { w, j } of deployJobs) {
      if (!j.environment || !new RegExp(`^${prodName}`, 'i').test(j.environment))
        outcomes.push({
          status: 'failed',
          message: `Job \`${j.id}\` in ${w.path} deploys to ${prodName} without \`environment: ${prodName}\`, so no reviewers or branch policy gate it.`,
          evidence: [{ file: w.path, line: j.line, column: j.column }],
          fix: `\`\`\`yaml\njobs:\n  ${j.id}:\n    environment: ${prodName}\n\`\`\``
        })
    }
    if (!outcomes.length) {
      const envJobs = ctx.repo.workflows.flatMap((w) =>
        w.jobs
          .filter((j) => j.environment)
          .map((j) => ({ file: w.path, line: j.line, column: j.column, note: `environment: ${j.environment}` }))
      )
      outcomes.push({
        status: 'passed',
        message: `Separate deployment configuration for ${envs.join(', ')}${namespaces.size ? ` (namespaces ${[...namespaces.values()].join(', ')})` : ''}.`,
        evidence: [...perEnv.map((e) => ({ file: e.path!, line: 1, column: 1, note: e.env })), ...envJobs]
      })
    }
    // The API half: GitHub environments exist and prod is protected.
    return [...outcomes, ...environmentsFromApi(ctx)]
  }
}
