// The deployment profile (golive.yaml `deployment:`): `kubernetes`, the platform the gate was
// written for (Kubernetes, Envoy Gateway, Argo CD, Entra ID on-behalf-of), or a local tool run over
// stdio (`stdio`, or `none`), to which the platform's checks do not apply. Security, policy and the
// authentication of data access apply to both.
import type { CheckContext } from './check.js'

export const DEPLOYMENTS = ['kubernetes', 'stdio', 'none'] as const
export type Deployment = (typeof DEPLOYMENTS)[number]

export const isLocalTool = (deployment: Deployment | undefined): boolean =>
  deployment === 'stdio' || deployment === 'none'

/** The checks that do not apply to a local tool, and why; every check not listed applies. */
export const NOT_APPLICABLE_TO_LOCAL_TOOL: Record<string, string> = {
  'policy.environments': 'there are no dev and prod deployments to separate',
  'policy.container-scan': 'no container image is deployed',
  'policy.zone': 'there is no production deployment to land in a zone',
  'infra.gateway-route': 'it is reached over stdio, not through an Envoy Gateway route',
  'infra.security-policy': 'no gateway stands in front of it',
  'infra.pod-security': 'it runs no pods',
  'infra.hardening': 'it runs no containers on the platform',
  'infra.audit-logging': 'no gateway access log exists for it',
  'auth.obo':
    'no incoming user token reaches it to exchange on behalf of the user; it acts with its user’s own sign-in',
  'auth.token-validation': 'no bearer token reaches it over stdio'
}

/** Workload and routing kinds whose presence says the server is deployed after all. */
const DEPLOYED_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Pod',
  'HTTPRoute',
  'GRPCRoute',
  'Rollout',
  'Application',
  'Service'
])

/**
 * Why a check does not apply under the configured deployment, or undefined when it applies. A
 * local tool whose repository holds Kubernetes workloads or routes is judged as deployed: the gate
 * does not take the declaration over the evidence.
 */
export function notApplicableReason(ctx: Pick<CheckContext, 'config' | 'repo'>, check: string): string | undefined {
  const deployment = ctx.config.deployment
  if (!isLocalTool(deployment)) return undefined
  const why = NOT_APPLICABLE_TO_LOCAL_TOOL[check]
  if (!why) return undefined
  if (ctx.repo.kubernetes.some((o) => DEPLOYED_KINDS.has(o.kind))) return undefined
  return `Not applicable: golive.yaml declares deployment: ${deployment} (a local tool, not deployed on Kubernetes), and ${why}.`
}
