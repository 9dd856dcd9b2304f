import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXAMPLES, findingsOf, gate, variant } from '../support/gate.js'

const READY = join(EXAMPLES, 'ready-server')
const UNREADY = join(EXAMPLES, 'unready-server')
const statuses = (dir: string, id: string) => findingsOf(gate(dir).findings, id).map((f) => f.status)

describe('auth.no-app-credentials (critical)', () => {
  it('fails on acquire_token_for_client and the client secret in the manifest, at their lines', () => {
    const f = findingsOf(gate(UNREADY).findings, 'auth.no-app-credentials')
    expect(f.every((x) => x.status === 'failed')).toBe(true)
    const places = f.flatMap((x) => x.evidence.map((e) => ('file' in e ? `${e.file}:${e.line}` : '')))
    expect(places).toEqual(
      expect.arrayContaining(['src/mcp_mailbox/server.py:20', 'src/mcp_mailbox/server.py:15', 'k8s/deployment.yaml:30'])
    )
  })
  it('does not fire on the words in comments or docs, nor in test code', () => {
    const dir = variant(READY, {
      'src/notes.ts':
        '// never use ClientSecretCredential or acquire_token_for_client here\nexport const doc = "ClientSecretCredential is forbidden"\n',
      'test/app.test.ts':
        'import { ClientSecretCredential } from "@azure/identity"\nnew ClientSecretCredential("t", "c", "s")\n'
    })
    expect(statuses(dir, 'auth.no-app-credentials')).toEqual(['passed'])
  })
  it('names each credential the deployment hands over once, at most five, and counts the rest', () => {
    const manifest = readFileSync(join(UNREADY, 'k8s/deployment.yaml'), 'utf8')
    const names = [
      'CRM_API_KEY',
      'ERP_API_TOKEN',
      'WIKI_PERSONAL_TOKEN',
      'LEDGER_DB_PASSWORD',
      'CHAT_BOT_TOKEN',
      'MAPS_API_KEY'
    ]
    const entries = [...names, 'CRM_API_KEY']
      .map((n) => `            - name: ${n}\n              value: from-vault\n`)
      .join('')
    const dir = variant(UNREADY, {
      'k8s/deployment.yaml': manifest.replace('          env:\n', `          env:\n${entries}`)
    })
    const f = findingsOf(gate(dir).findings, 'auth.no-app-credentials').filter((x) =>
      x.message.startsWith('The deployment')
    )
    expect(f).toHaveLength(1)
    expect(f[0].message).toBe(
      `The deployment hands the server a client secret or API key (${names.slice(0, 5).join(', ')} +2 more).`
    )
  })
  it('a token read through a repository getter of the environment, by name or by a constant', () => {
    const dir = variant(READY, {
      'pkg/client/tfe.go':
        'package client\n\nconst (\n\tTerraformToken          = "TFE_TOKEN"\n\tTerraformAddress        = "TFE_ADDRESS"\n)\n\nfunc token() string { return utils.GetEnv(TerraformToken, "") }\nfunc address() string { return utils.GetEnv(TerraformAddress, "https://app.terraform.io") }\nfunc level() string { return utils.GetEnv("LOG_LEVEL", "info") }\n',
      'src/vendor.py': 'def key():\n    return settings.get_env_or("WIKI_API_TOKEN", "")\n'
    })
    // The files are not reached from the server's entry point here, so they are reported apart (server scope).
    const said = findingsOf(gate(dir).findings, 'auth.no-app-credentials')
      .map((x) => x.message)
      .join('\n')
    expect(said).toContain('TFE_TOKEN, read in 1 place outside the server (pkg/client/tfe.go:8)')
    expect(said).toContain('WIKI_API_TOKEN, read in 1 place outside the server (src/vendor.py:2)')
    expect(said).not.toMatch(/LOG_LEVEL|TFE_ADDRESS/)
  })
  it('fails on a client_credentials grant and an x-api-key header', () => {
    const dir = variant(READY, {
      'src/legacy.ts':
        'export const body = new URLSearchParams({ grant_type: "client_credentials" })\nexport const headers = { "x-api-key": process.env.VENDOR_API_KEY }\n'
    })
    const f = findingsOf(gate(dir).findings, 'auth.no-app-credentials')
    expect(f.map((x) => x.message.split(' — ')[0])).toEqual([
      'client_credentials grant, read in 1 place: src/legacy.ts:1',
      'x-api-key header, read in 1 place: src/legacy.ts:2',
      'VENDOR_API_KEY (a static key or token for a data source), read in 1 place: src/legacy.ts:2'
    ])
  })
})

describe('auth.no-app-credentials: a header name among names', () => {
  it('passes a denylist of header names to redact, and still fails the header sent with a key', () => {
    const dir = variant(READY, {
      'pkg/mcp/middleware.go':
        'package mcp\n\n// the headers left out of request dumps, written out of the comment window on purpose\n' +
        '// ' +
        'x'.repeat(320) +
        '\nvar dropped = map[string]bool{\n\t"Cookie":    true,\n\t"X-Api-Key": true,\n}\n',
      'src/names.py': 'LOGGED_HEADERS = ["accept", "x-api-key", "user-agent"]\n',
      'src/legacy.ts': 'export const headers = { "x-api-key": key }\n'
    })
    const f = findingsOf(gate(dir).findings, 'auth.no-app-credentials')
    expect(f.map((x) => x.message.split(' — ')[0])).toEqual(['x-api-key header, read in 1 place: src/legacy.ts:1'])
  })
})

describe('auth.obo, auth.token-validation, auth.identity-scoping', () => {
  it('pass on the ready example with the MSAL call located', () => {
    const [o] = findingsOf(gate(READY).findings, 'auth.obo')
    expect(o.status).toBe('passed')
    expect(o.evidence[0]).toMatchObject({ file: 'src/auth.ts', line: 38 })
    expect(statuses(READY, 'auth.token-validation')).toEqual(['passed'])
    expect(statuses(READY, 'auth.identity-scoping')).toEqual(['passed'])
  })
  it('fail on the unready example', () => {
    expect(statuses(UNREADY, 'auth.obo')).toEqual(['failed'])
    expect(statuses(UNREADY, 'auth.token-validation')).toEqual(['failed'])
    expect(statuses(UNREADY, 'auth.identity-scoping')).toEqual(['failed'])
  })
  it('a development-only verifier fails token validation', () => {
    const dir = variant(UNREADY, {
      'src/mcp_mailbox/auth.py':
        'from fastmcp.server.auth.providers.jwt import StaticTokenVerifier\nverifier = StaticTokenVerifier(tokens={"dev": {"client_id": "me"}})\n'
    })
    const f = findingsOf(gate(dir).findings, 'auth.token-validation')
    expect(f[0]).toMatchObject({ status: 'failed', evidence: [{ file: 'src/mcp_mailbox/auth.py', line: 2 }] })
  })
  it('platform authentication in the infrastructure validates tokens: sign-in required, audiences named', () => {
    const site = (require: boolean, audiences: string) =>
      [
        "resource site 'Microsoft.Web/sites@2023-12-01' existing = {",
        '  name: name',
        '}',
        '',
        "resource auth 'Microsoft.Web/sites/config@2023-12-01' = {",
        '  parent: site',
        "  name: 'authsettingsV2'",
        '  properties: {',
        '    globalValidation: {',
        `      requireAuthentication: ${require}`,
        "      unauthenticatedClientAction: 'Return401'",
        '    }',
        '    identityProviders: {',
        '      azureActiveDirectory: {',
        '        validation: {',
        `          allowedAudiences: [${audiences}]`,
        '        }',
        '      }',
        '    }',
        '  }',
        '}',
        ''
      ].join('\n')
    const bicep = (require: boolean, audiences: string) =>
      variant(UNREADY, { 'infra/app/api.bicep': site(require, audiences) })
    const on = findingsOf(
      gate(bicep(true, "\n            'api://${clientId}'\n          ")).findings,
      'auth.token-validation'
    )
    expect(on).toMatchObject([{ status: 'passed', evidence: [{ file: 'infra/app/api.bicep', line: 10 }] }])
    // Sign-in not required, or no audience named: the platform lets any token (or none) through.
    expect(statuses(bicep(false, "'api://orders'"), 'auth.token-validation')).toEqual(['failed'])
    expect(statuses(bicep(true, ''), 'auth.token-validation')).toEqual(['failed'])
  })
})

describe('auth.token-validation: the validators issue 24 §3 names', () => {
  const cases: [string, string, string][] = [
    [
      'go-oidc verifier with an audience',
      'internal/auth/verify.go',
      'package auth\n\nfunc verifier(p *oidc.Provider) *oidc.IDTokenVerifier {\n\treturn p.Verifier(&oidc.Config{ClientID: audience})\n}\n'
    ],
    [
      'jose jwtVerify with issuer and audience',
      'src/auth.ts',
      'export const check = (t: string) => jwtVerify(t, JWKS, { issuer, audience })\n'
    ],
    [
      'PyJWT decode with algorithms, audience and issuer',
      'src/mcp_mailbox/verify.py',
      'def check(t, key):\n    return jwt.decode(t, key, algorithms=["RS256"], audience=AUD, issuer=ISS)\n'
    ],
    [
      'Microsoft.Identity.Web',
      'src/Api/Program.cs',
      'builder.Services.AddAuthentication().AddMicrosoftIdentityWebApi(builder.Configuration);\n'
    ],
    [
      'Terraform auth_settings_v2 requiring sign-in with audiences',
      'infra/app.tf',
      'resource "azurerm_linux_web_app" "api" {\n  auth_settings_v2 {\n    require_authentication = true\n    active_directory_v2 {\n      allowed_audiences = ["api://orders"]\n    }\n  }\n}\n'
    ],
    [
      'ARM authsettingsV2 requiring sign-in with audiences',
      'infra/azuredeploy.json',
      '{"resources": [{"type": "Microsoft.Web/sites/config", "name": "x/authsettingsV2", "properties": {"globalValidation": {"requireAuthentication": true}, "identityProviders": {"azureActiveDirectory": {"validation": {"allowedAudiences": ["api://orders"]}}}}}]}\n'
    ]
  ]
  for (const [what, file, text] of cases)
    it(`${what} counts as validation`, () => {
      expect(statuses(variant(UNREADY, { [file]: text }), 'auth.token-validation')).toEqual(['passed'])
    })
  it('without a validator the unready example fails', () => {
    expect(statuses(UNREADY, 'auth.token-validation')).toEqual(['failed'])
  })
})

describe('observability', () => {
  it('tracing passes when the exporter endpoint matches the declared one, and fails when it does not', () => {
    const [t] = findingsOf(gate(READY).findings, 'observability.tracing')
    expect(t.status).toBe('passed')
    const dir = variant(READY, {})
    const g = readFileSync(join(dir, 'golive.yaml'), 'utf8').replace(
      'endpoint: https://logfire.observability.contoso.internal',
      'endpoint: https://otel.elsewhere.internal'
    )
    writeFileSync(join(dir, 'golive.yaml'), g)
    const [bad] = findingsOf(gate(dir).findings, 'observability.tracing')
    expect(bad.status).toBe('failed')
    expect(bad.message).toContain('nothing points its exporter at otel.elsewhere.internal')
  })
  it('the dashboard is attested, not passed, when a person vouches for it', () => {
    const [d] = findingsOf(gate(READY).findings, 'observability.dashboard')
    expect(d).toMatchObject({ status: 'attested', attestation: { by: '@alice', date: '2026-11-02' } })
  })
  it('span attributes are advisory', () => {
    expect(statuses(UNREADY, 'observability.span-attributes')).toEqual(['warning'])
  })
})
