import type { Hit } from '../../src/evidence/source/auth.js'
import { type CheckContext, type CheckDefinition, credentialKind, type Outcome } from '../../src/check.js'
import { type ContainerEnv, containerEnv } from '../deployment.js'
import { counted, firstNames, production } from '../shared.js'
import { credentialsByScope, credentialUsers, OBO_SNIPPET } from './shared.js'

/** Places of one cause, the first ones named and the rest counted. */
function placesText(hits: Hit[], shown = 3): string {
  const named = hits
    .slice(0, shown)
    .map((h) => `${h.at.file}:${h.at.line}`)
    .join(', ')
  return hits.length > shown ? `${named} +${hits.length - shown} more` : named
}

/** Env vars in manifests that carry a client secret or an API key. */
function secretEnv(ctx: CheckContext): ContainerEnv[] {
  const userFlowOnly =
    !production(ctx.repo.auth.appCredentials).some((h) => !h.credentialKind) &&
    (production(ctx.repo.auth.obo).length > 0 || production(ctx.repo.auth.userFlows ?? []).length > 0)
  return containerEnv(ctx).filter((e) => {
    const kind = credentialKind(e.name.toUpperCase())
    return kind === 'static' || (kind === 'client secret' && !userFlowOnly)
  })
}

function groupByCredential(hits: Hit[]): Map<string, Hit[]> {
  const groups = new Map<string, Hit[]>()
  for (const h of hits) {
    const key = h.credential ?? h.what
    groups.set(key, [...(groups.get(key) ?? []), h])
  }
  return groups
}

/** Credentials read only by code the server never runs (tooling, other packages): one warning each, never blocking. */
function outsideFindings(outside: { hit: Hit; why: string }[]): Outcome[] {
  const why = new Map(outside.map((o) => [o.hit, o.why]))
  return [...groupByCredential(outside.map((o) => o.hit))].map(([name, group]) => ({
    status: 'warning' as const,
    nonProduction: true,
    message: `${name}, read in ${group.length} place${group.length === 1 ? '' : 's'} outside the server (${placesText(group)}): reported apart, not blocking — ${why.get(group[0])}.`,
    evidence: group.map((h) => h.at)
  }))
}

export const noAppCredentials: CheckDefinition = {
  id: 'auth.no-app-credentials',
  phase: 'auth',
  level: 'critical',
  title: 'No app credentials',
  reads: ['source', 'manifest'],
  passesWhen: 'no API keys or service principals are used for data access',
  explain: {
    looksFor: 'App-only credentials and API keys for data access.',
    evidence: [
      '`ClientSecretCredential`, `ClientCertificateCredential`, `acquire_token_for_client`, `acquireTokenByClientCredential`, `AcquireTokenForClient`, `GetAccessTokenForAppAsync`, `grant_type=client_credentials`, `x-api-key`, API key or client secret env vars in code and manifests'
    ],
    why: 'API keys and service principals bypass the user’s permissions — a red flag that stops go-live.',
    fix: 'Replace them with OBO; authenticate the app itself with workload identity federation.'
  },
  run(ctx) {
    const { inside: hits, outside } = credentialsByScope(ctx)
    const env = secretEnv(ctx)
    const apart = outsideFindings(outside)
    if (!hits.length && !env.length)
      return [
        {
          status: 'passed',
          message:
            'No app-only credentials, service principal secrets or API keys for data access in source or manifests.'
        },
        ...apart
      ]
    // One finding per credential (its name, or the client-credentials call), every place it is read as evidence.
    const groups = groupByCredential(hits)
    // A user name read beside a password or token of the same prefix is half of that credential: one cause.
    const users = new Map<string, string[]>()
    for (const u of credentialUsers(ctx)) {
      const prefix = u.credential!.replace(/_(?:USER(?:_?NAME)?|LOGIN)$/, '_')
      const keys = [...groups.keys()].filter((k) => k.startsWith(prefix) && groups.get(k)![0].credential)
      const key =
        keys.find((k) => /PASSWORD|PASSWD|PWD/.test(k)) ??
        keys.find((k) => groups.get(k)![0].credentialKind === 'static') ??
        keys[0]
      if (!key) continue
      groups.get(key)!.push(u)
      users.set(key, [...new Set([...(users.get(key) ?? []), u.credential!])])
    }
    const outcomes: Outcome[] = [...groups].map(([name, group]) => ({
      status: 'failed' as const,
      message: `${group[0].credential ? `${name} (${group[0].credentialKind === 'client secret' ? 'a client secret outside any user flow' : 'a static key or token for a data source'}${users.has(name) ? `, with the user name ${users.get(name)!.join(', ')}` : ''})` : name}, read in ${counted(group.length, 'place')}: ${placesText(group)} — data access must use the user’s identity (OBO), not the app’s.`,
      evidence: group.map((h) => h.at),
      fix: `Replace it with the on-behalf-of exchange:\n\n${OBO_SNIPPET}`
    }))
    outcomes.push(...apart)
    // Each name once, the first five named and the rest counted.
    const unique = [...new Set(env.map((e) => e.name))]
    const names = firstNames(unique, 5)
    if (env.length)
      outcomes.push({
        status: 'failed',
        message: `The deployment hands the server a client secret or API key (${names}).`,
        evidence: env.map((e) => e.nameAt),
        fix: `Remove the secret from the deployment; let the pod prove who it is with workload identity federation, and reach data with OBO tokens:\n\n\`\`\`yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${ctx.config.server.name}\n  annotations:\n    azure.workload.identity/client-id: <app client id>\n---\n# the Deployment's pod template\nmetadata:\n  labels:\n    azure.workload.identity/use: "true"\nspec:\n  serviceAccountName: ${ctx.config.server.name}\n  containers:\n    - name: server\n      env: []   # no ${names}\n\`\`\``
      })
    return outcomes
  }
}
