// What each check looks for, which evidence counts, why it matters and how to
// fix it: the one source of `mcp-golive explain`, docs/checks/<id>.md and the
// SARIF rules' help text.
import { CATALOGUE, catalogueEntry } from './catalogue.js'
import { PHASE_TITLES } from '../src/findings.js'

export interface Explanation {
  looksFor: string
  evidence: string[]
  why: string
  fix: string
}

const E = (looksFor: string, evidence: string[], why: string, fix: string): Explanation => ({ looksFor, evidence, why, fix })

export const EXPLANATIONS: Record<string, Explanation> = {
  'security.tools-declared': E('Every tool the server registers in source, compared with the tools golive.yaml declares.', ['TypeScript/JavaScript: `server.tool("x")`, `server.registerTool("x")`, FastMCP `addTool({ name })`, low-level `setRequestHandler(ListToolsRequestSchema)` tool arrays', 'Python: `@mcp.tool`, `@mcp.tool()`, `@mcp.tool(name="x")`, `Tool(name="x")`', 'C#: `[McpServerTool]` methods and `Name = "x"`', 'Go: `mcp.AddTool(server, &mcp.Tool{Name: "x"})`, mark3labs `mcp.NewTool("x")`', 'Java: `Tool.builder().name("x")`, `new McpSchema.Tool("x", …)`, Spring AI `@Tool`'], 'Phase 1 judges the union of all tools a session can reach; a tool the declaration leaves out escapes the trifecta review.', 'Declare every registered tool with its three capabilities, or remove the registration. A declared tool that is not found is a warning: delete the declaration if the tool is gone.'),
  'security.trifecta': E('Whether the union of all tools holds private data, untrusted content and external communication at once.', ['golive.yaml capabilities per tool', 'evidence that raises a capability: caller-supplied URLs fetched or text outsiders write read — mail, issues and comments, chat, tickets, scraped pages (untrusted content), calls to public hosts or egress open to the world (external communication)'], 'The lethal trifecta lets an attacker who controls content make the model send private data out. All three in one server is a STOP: redesign, never waived.', 'Remove one leg for every session: usually drop the outbound channel and keep outside text out of the model’s context, or split the server.'),
  'security.private-data': E('How each tool reaches private data.', ['`privateData` per tool in golive.yaml'], 'Only on-behalf-of access keeps data scoped to what the signed-in user may see.', 'Use the OBO exchange for every downstream call and declare `privateData: obo`.'),
  'security.untrusted-content': E('Whether text an outsider can author reaches the model.', ['`untrustedContent` per tool', 'attestations for `sanitized`', 'source that fetches caller-supplied URLs', 'source that reads text outsiders write: mail (Microsoft Graph, Gmail, IMAP), GitHub/GitLab/Jira issues and comments, Slack and Teams messages, help-desk tickets, scraped web pages'], 'Untrusted text in the context is how prompt injection arrives.', 'Return structured data the server controls; if content must pass, sanitise it and have a reviewer attest it (`attestations` with `check: security.untrusted-content` and `subject: <tool>`).'),
  'security.external-communication': E('Outbound communication declared and seen.', ['`externalCommunication` per tool and `egress.allowedHosts`', 'HTTP clients and sockets in source (fetch, axios, got, undici, node:http, httpx, requests, urllib, HttpClient, net/http, java.net, OkHttp, WebClient, sockets) and their targets', 'NetworkPolicy and CiliumNetworkPolicy egress'], 'An outbound channel is how data leaves; with private data and untrusted content it completes the trifecta.', 'Call only cluster-internal, allowlisted hosts; restrict egress with a NetworkPolicy; attest computed targets (`subject: file:line`).'),
  'security.content-types': E('Image, audio and resource-link content produced in production source.', ['TS `type: "image" | "audio" | "resource_link"`', 'Python `ImageContent`, `AudioContent`, `ResourceLink`, FastMCP `Image`, `Audio`', 'C# `ImageContentBlock`, `AudioContentBlock`, `ResourceLinkBlock`, `DataContent` with image/audio types', 'Go `mcp.ImageContent{}`, `NewImageContent`, `NewToolResultImage`, …', 'Java `McpSchema.ImageContent`, `AudioContent`, `ResourceLink`'], 'These content types are prohibited: they carry content a reviewer cannot read and can smuggle instructions.', 'Return text content only. Uses in test code are reported apart and do not block.'),
  'policy.readme': E('A README that says what the server does, its tools, its authentication and its owner.', ['README.md at the root: a prose paragraph, every declared tool name, auth words (OBO, Entra, OAuth, JWT…), the owner handle or an owner line'], 'Reviewers and on-call engineers need to know what runs and who owns it.', 'Add the four parts; the finding names what is missing.'),
  'policy.codeowners': E('A CODEOWNERS rule for the whole repository.', ['.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS with a `*` rule'], 'Code owners are who reviews and approves changes.', 'Add `* @org/team`.'),
  'policy.branch-protection': E('Protection of the default branch and release branches.', ['`GET /repos/{o}/{r}/rules/branches/{b}` (rulesets; contents read)', 'classic `GET …/branches/{b}/protection` (Administration: read)', 'the branch listing’s `protected` flag'], 'Without it, anyone with write access can push to production unreviewed.', 'Add a ruleset requiring pull requests and blocking force pushes and deletion; classic rules need a fine-grained token with Administration: read to be read.'),
  'policy.code-review': E('Required approving reviews, and the PR’s own approvals.', ['`required_approving_review_count` in rules or classic protection', '`GET …/pulls/{n}/reviews`: an approval from someone other than the author on the head commit'], 'Four eyes on every change to a production server.', 'Require at least one approval; get a review of the head commit (older approvals are stale).'),
  'policy.release-process': E('A release process.', ['a workflow on releases or version tags', 'release tools (release-please, changesets, semantic-release, GoReleaser, gh release)', 'a CHANGELOG'], 'Releases must be reproducible and traceable.', 'Add a release workflow on `v*` tags and keep a changelog.'),
  'policy.ci-tests': E('A workflow that runs the tests on pull requests.', ['.github/workflows parsed: `on: pull_request`, a step running a test command (npm test, pytest, go test, dotnet test, mvn verify, …); local reusable workflows followed'], 'No CI means no evidence the code works — a red flag that stops go-live.', 'Add a workflow on `pull_request` that installs and runs the tests.'),
  'policy.test-data': E('Test code and fixtures hold test data only.', ['e-mail addresses outside reserved test domains, tenant/directory GUIDs that are not placeholders, national id numbers, phone numbers, credentials — in test paths'], 'Production data in tests leaks personal data and tenant identifiers.', 'Use example.com addresses, the zero GUID and invented values.'),
  'policy.secrets': E('Committed credentials anywhere in the repository.', ['rules after gitleaks’ default set: cloud keys, GitHub/GitLab/Slack/npm tokens, private keys, JWTs, connection strings with passwords, secret-named settings, .env values'], 'A committed secret is leaked: everyone with read access has it.', 'Revoke it, remove it, load it from a secret store at run time. Findings show at most the first 4 characters.'),
  'policy.environments': E('Separate dev and prod.', ['overlays/<env>, environments/<env>, values-<env>.yaml with distinct namespaces', 'deploy jobs that declare `environment:`', '`GET …/environments`: the environments exist and prod has reviewers, a wait timer or a branch policy'], 'Production must not be reachable by a mistake in dev.', 'One overlay and namespace per environment; protect the prod environment.'),
  'policy.security-scanning': E('A SAST scanner in CI.', ['CodeQL, Semgrep, Snyk Code, SonarQube, Bearer, gosec, Bandit, Checkmarx, Microsoft Security DevOps'], 'No security scanning is a red flag that stops go-live.', 'Add CodeQL for the repository’s languages.'),
  'policy.dependency-updates': E('Dependabot or Renovate for the ecosystems in use.', ['.github/dependabot.yml `updates[].package-ecosystem` against manifests (package.json, pyproject.toml, go.mod, *.csproj, pom.xml, …)', 'renovate.json'], 'Known-vulnerable dependencies are the easiest way in.', 'Add each ecosystem to dependabot.yml.'),
  'policy.container-scan': E('A scan of the container image.', ['Trivy, Grype, Docker Scout, Snyk Container, Defender in a workflow'], 'Base images carry vulnerabilities of their own.', 'Add a Trivy step after the image build.'),
  'policy.zone': E('The production deployment lands in the declared zone.', ['Argo CD Applications naming prod (name, folder, destination, source path or values file): zone labels, zone folders, projects or destinations', 'ApplicationSets: list generators expanded from the file; other generators ask a live system and are not verified unless the template names the zone'], 'The zone model decides which networks and data a workload may reach.', 'Keep the prod Application in the repository with a zone label matching `server.zone`.'),
  'infra.gateway-route': E('An HTTPRoute attached to the right Gateway.', ['HTTPRoute parentRefs: namespace (default: the route’s own) `envoy-gateway-system`, name internal (public only with `exposure: public` and a reason)'], 'Traffic must pass the gateway that authenticates and logs it.', 'Attach the route to `internal` in `envoy-gateway-system`.'),
  'infra.security-policy': E('An Envoy Gateway SecurityPolicy on the route or gateway.', ['`gateway.envoyproxy.io/v1alpha1` SecurityPolicy targeting the route or its gateway, with `jwt.providers` (issuer, audiences, JWKS) or `oidc`; not `optional`, not `failOpen`'], 'Requests without a valid token must not reach the server.', 'Add the SecurityPolicy shown in the fix, with audiences.'),
  'infra.pod-security': E('Pod Security Standards “restricted” for every workload.', ['Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Pods: runAsNonRoot, runAsUser ≠ 0, allowPrivilegeEscalation false, drop ALL (add only NET_BIND_SERVICE), seccomp RuntimeDefault/Localhost, no host namespaces, privileged, hostPath or other non-restricted volumes, host ports, unsafe sysctls, custom SELinux options, Unconfined AppArmor, non-default procMount, Windows HostProcess, probes aimed at other hosts — pod-level settings inherited, init and ephemeral containers included; Windows pods and user-namespaced pods (`hostUsers: false`) exempt where the standard exempts them. Tested on the standard’s own pass/fail cases (policy 1.37)'], 'A compromised server must not become a compromised node.', 'Set the restricted securityContext at pod and container level.'),
  'infra.hardening': E('Read-only root filesystem and resource limits.', ['`readOnlyRootFilesystem: true`, `resources.limits.cpu` and `.memory` per container'], 'Limits contain a runaway or abused server.', 'Add them to every container.'),
  'infra.audit-logging': E('Audit logs: who, which tool, when, outcome, trace id.', ['EnvoyProxy `spec.telemetry.accessLog` not disabled', 'an application log statement with user, tool, outcome and trace id'], 'Every tool call on behalf of a user must be traceable.', 'Log each tool call with those fields, and/or enable Envoy access logs.'),
  'auth.obo': E('The on-behalf-of exchange for downstream data access.', ['MSAL `acquireTokenOnBehalfOf` / `acquire_token_on_behalf_of` / `AcquireTokenOnBehalfOf`, Azure Identity `OnBehalfOfCredential`, Microsoft.Identity.Web `GetAccessTokenForUserAsync`, the jwt-bearer grant with `requested_token_use=on_behalf_of`'], 'Data must be fetched as the signed-in user, never as the app.', 'Exchange the incoming token with OBO before each downstream call.'),
  'auth.token-validation': E('Validation of incoming bearer tokens.', ['`requireBearerAuth`, `TokenVerifier`/`AuthSettings`, FastMCP `JWTVerifier`/`AzureProvider`, `AddJwtBearer`/`AddMicrosoftIdentityWebApi`, Go `auth.RequireBearerToken`, jose `jwtVerify`, or the gateway’s JWT SecurityPolicy', 'development-only verifiers (`StaticTokenVerifier`, decode without verification) fail'], 'An unvalidated token is no authentication.', 'Validate issuer, audience and signature against the tenant’s keys.'),
  'auth.identity-scoping': E('That handlers pass the user’s OBO token downstream.', ['an OBO call plus a per-request `Authorization: Bearer` built from a variable', 'or an attestation'], 'A shared identity shows every user everyone’s data.', 'Pass the OBO token to every data call; attest it where the code cannot show it.'),
  'auth.no-app-credentials': E('App-only credentials and API keys for data access.', ['`ClientSecretCredential`, `ClientCertificateCredential`, `acquire_token_for_client`, `acquireTokenByClientCredential`, `AcquireTokenForClient`, `GetAccessTokenForAppAsync`, `grant_type=client_credentials`, `x-api-key`, API key or client secret env vars in code and manifests'], 'API keys and service principals bypass the user’s permissions — a red flag that stops go-live.', 'Replace them with OBO; authenticate the app itself with workload identity federation.'),
  'observability.tracing': E('OpenTelemetry or Logfire tracing to the declared endpoint.', ['NodeSDK, `logfire.configure`, `logfire.instrument_mcp`, TracerProvider, `AddOpenTelemetry`, Go/Java SDK setup', 'the exporter endpoint in code or `OTEL_EXPORTER_OTLP_ENDPOINT` in manifests, matching `observability.endpoint`'], 'Without traces, an incident cannot be reconstructed.', 'Set up the SDK and point the exporter at the organisation’s Logfire.'),
  'observability.span-attributes': E('Spans that name the user and the tool.', ['`enduser.id`/`user.id` and `mcp.tool.name`/`gen_ai.tool.name` attributes'], 'Traces must answer “who called which tool”.', 'Set both attributes on the tool span.'),
  'observability.dashboard': E('A monitoring dashboard.', ['`observability.dashboard` in golive.yaml, attested or linked from the README/docs'], 'Someone must be watching the server.', 'Declare the dashboard and attest it.'),
  'report.config': E('The configuration the verdict rests on.', ['golive.yaml validity and its waivers: expired fails, more than 180 days ahead fails, 14 days or less warns'], 'An expired waiver means an open item is open again.', 'Fix the item or renew the waiver with its approver.'),
  'report.approval': E('The go-live approval.', ['on a PR: an approving review by a golive.yaml `approvers` entry or a CODEOWNER'], 'A named person signs off the go-live.', 'Ask an approver to review the pull request.')
}

export function explainMarkdown(id: string): string | undefined {
  const entry = catalogueEntry(id)
  const x = EXPLANATIONS[id]
  if (!entry || !x) return undefined
  return [
    `# ${id} — ${entry.title}`,
    '',
    `${PHASE_TITLES[entry.phase]} · level **${entry.level}**${entry.level === 'critical' ? ' (never waived or attested)' : ''}`,
    '',
    `Passes when ${entry.passesWhen}.`,
    '',
    '## What it looks for',
    '',
    x.looksFor,
    '',
    '## Evidence that counts',
    '',
    ...x.evidence.map((e) => `- ${e}`),
    '',
    '## Why it matters',
    '',
    x.why,
    '',
    '## How to fix it',
    '',
    x.fix,
    ''
  ].join('\n')
}

export const EXPLAINED_IDS = CATALOGUE.map((e) => e.id)
