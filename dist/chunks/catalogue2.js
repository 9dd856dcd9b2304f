const entry = (id, level, title, passesWhen) => ({
    id,
    phase: id.split('.')[0],
    level,
    title,
    passesWhen
});
const CATALOGUE = [
    entry('security.tools-declared', 'blocking', 'Tools declared', 'every tool registered in source is declared in golive.yaml, and every declared tool is found in source'),
    entry('security.trifecta', 'critical', 'Lethal trifecta', 'the union of all tools’ capabilities does not hold all three of private data, untrusted content and external communication'),
    entry('security.private-data', 'blocking', 'Private data on behalf of the user', 'every tool with private data reaches it on behalf of the user (obo)'),
    entry('security.untrusted-content', 'blocking', 'No untrusted content in context', 'no tool puts untrusted content in the model’s context'),
    entry('security.external-communication', 'blocking', 'No external communication', 'no tool communicates externally, and no evidence contradicts it'),
    entry('security.content-types', 'critical', 'No prohibited content types', 'no image, audio or resource-link content is produced in source'),
    entry('policy.readme', 'blocking', 'README', 'a README names what the server does, its tools, its auth and its owner'),
    entry('policy.codeowners', 'advisory', 'CODEOWNERS', 'CODEOWNERS covers the repository'),
    entry('policy.branch-protection', 'blocking', 'Branch protection', 'the default and release branches require a PR and block force pushes and deletion'),
    entry('policy.code-review', 'blocking', 'Code review', 'at least one approving review is required, and a PR has one from someone other than the author'),
    entry('policy.release-process', 'advisory', 'Release process', 'a release process exists (release workflow, tags/releases, changelog)'),
    entry('policy.ci-tests', 'critical', 'Tests in CI', 'a CI workflow runs the tests on pull requests'),
    entry('policy.test-data', 'critical', 'Test data only', 'test fixtures hold test/mock data only'),
    entry('policy.secrets', 'critical', 'No committed secrets', 'no credentials are committed anywhere in the repository'),
    entry('policy.environments', 'blocking', 'Environment separation', 'dev and prod are separate, and prod is protected'),
    entry('policy.security-scanning', 'critical', 'Security scanning', 'a SAST scanner runs (CodeQL or another)'),
    entry('policy.dependency-updates', 'blocking', 'Dependency updates', 'Dependabot or Renovate covers the server’s ecosystems'),
    entry('policy.container-scan', 'advisory', 'Container scan', 'the container image is scanned'),
    entry('policy.zone', 'blocking', 'Zone model', 'the production deployment lands in the declared zone'),
    entry('infra.gateway-route', 'blocking', 'Gateway route', 'an HTTPRoute attaches to the right Gateway in envoy-gateway-system'),
    entry('infra.security-policy', 'blocking', 'Gateway security policy', 'a SecurityPolicy with JWT or OIDC targets the route or its gateway'),
    entry('infra.pod-security', 'blocking', 'Pod Security Standards', 'every workload meets Pod Security Standards “restricted”'),
    entry('infra.hardening', 'advisory', 'Container hardening', 'readOnlyRootFilesystem and CPU/memory limits on every container'),
    entry('infra.audit-logging', 'blocking', 'Audit logging', 'Envoy access logs and/or an application audit log record who, which tool, when, outcome and trace id'),
    entry('auth.obo', 'blocking', 'On-behalf-of exchange', 'the on-behalf-of exchange is used for downstream data access'),
    entry('auth.token-validation', 'blocking', 'Token validation', 'incoming bearer tokens are validated (issuer, audience, signature)'),
    entry('auth.identity-scoping', 'blocking', 'Identity scoping', 'tool handlers pass the user’s OBO token downstream, not a shared identity'),
    entry('auth.no-app-credentials', 'critical', 'No app credentials', 'no API keys or service principals are used for data access'),
    entry('observability.tracing', 'blocking', 'Tracing', 'OpenTelemetry or Logfire tracing exports to the declared endpoint'),
    entry('observability.span-attributes', 'advisory', 'Span attributes', 'spans name the user and the tool'),
    entry('observability.dashboard', 'blocking', 'Dashboard', 'a monitoring dashboard is declared and attested or linked'),
    entry('report.config', 'blocking', 'Configuration', 'golive.yaml is valid and every waiver is current'),
    entry('report.approval', 'blocking', 'Go-live approval', 'the go-live is approved by a CODEOWNER or an approver')
];
const BY_ID = new Map(CATALOGUE.map((e) => [e.id, e]));
function catalogueEntry(id) {
    return BY_ID.get(id);
}
const CHECK_IDS = CATALOGUE.map((e) => e.id);

export { CATALOGUE as C, CHECK_IDS as a, catalogueEntry as c };
