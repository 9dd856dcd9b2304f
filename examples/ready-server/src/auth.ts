// Incoming tokens are validated (issuer, audience, signature) and exchanged for a
// ServiceNow token on behalf of the user. The app authenticates itself with a
// federated workload identity assertion: there is no client secret.
import { ConfidentialClientApplication } from '@azure/msal-node'
import type { OAuthTokenVerifier } from '@modelcontextprotocol/sdk/server/auth/provider.js'
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js'
import { createRemoteJWKSet, jwtVerify } from 'jose'
import { readFile } from 'node:fs/promises'

const tenant = process.env.AZURE_TENANT_ID ?? ''
const issuer = `https://login.microsoftonline.com/${tenant}/v2.0`
const audience = process.env.MCP_AUDIENCE ?? 'api://mcp-servicenow'
const jwks = createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`))

export const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token: string): Promise<AuthInfo> {
    const { payload } = await jwtVerify(token, jwks, { issuer, audience })
    return {
      token,
      clientId: String(payload.azp ?? payload.appid ?? ''),
      scopes: String(payload.scp ?? '').split(' '),
      expiresAt: payload.exp,
      extra: { user: payload.preferred_username ?? payload.oid }
    }
  }
}

const msal = new ConfidentialClientApplication({
  auth: {
    clientId: process.env.AZURE_CLIENT_ID ?? '',
    authority: `https://login.microsoftonline.com/${tenant}`,
    clientAssertion: async () => readFile(process.env.AZURE_FEDERATED_TOKEN_FILE ?? '', 'utf8')
  }
})

/** A ServiceNow token for the user behind the incoming token. */
export async function serviceNowTokenFor(userToken: string): Promise<string> {
  const result = await msal.acquireTokenOnBehalfOf({
    oboAssertion: userToken,
    scopes: ['api://servicenow-proxy/.default']
  })
  if (!result?.accessToken) throw new Error('on-behalf-of exchange returned no token')
  return result.accessToken
}
