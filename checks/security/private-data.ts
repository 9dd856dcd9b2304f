import { type CheckDefinition, configEvidence, type Outcome } from '../../src/check.js'
import { production } from '../shared.js'
import { evidenceOutcomes, factEvidence, nothingReadOutcome, toolIndex, toolMatrix, unreadOutcomes } from './shared.js'

export const privateData: CheckDefinition = {
  id: 'security.private-data',
  phase: 'security',
  level: 'blocking',
  title: 'Private data on behalf of the user',
  reads: ['source'],
  passesWhen: 'every tool with private data reaches it on behalf of the user (obo)',
  explain: {
    looksFor: 'How each tool reaches private data.',
    evidence: ['`privateData` per tool in golive.yaml'],
    why: 'Only on-behalf-of access keeps data scoped to what the signed-in user may see.',
    fix: 'Use the OBO exchange for every downstream call and declare `privateData: obo`.'
  },
  run(ctx) {
    const outcomes: Outcome[] = ctx.config.tools
      .filter((t) => t.privateData === 'app-only' || t.privateData === 'api-key')
      .map((t) => ({
        status: 'failed' as const,
        message: `Tool "${t.name}" reaches private data with ${t.privateData === 'app-only' ? 'an app-only identity' : 'an API key'}, not on behalf of the signed-in user.`,
        evidence: [configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData'])],
        fix: 'Exchange the user’s token with the on-behalf-of flow and call the data source with it; then declare `privateData: obo`. See `mcp-golive explain auth.obo`.'
      }))
    outcomes.push(...evidenceOutcomes(ctx, 'privateData'))
    outcomes.push(...unreadOutcomes(ctx, 'privateData', 'security.private-data'))
    // `obo` is a claim about the identity the data client is built with: the source must show the exchange.
    const oboWithEvidence = toolMatrix(ctx).filter(
      (r) => r.privateData.declared === 'obo' && r.privateData.evidence.length
    )
    const obo = production(ctx.repo.auth.obo)
    const appCredentials = production(ctx.repo.auth.appCredentials)
    if (oboWithEvidence.length && !obo.length) {
      const names = oboWithEvidence.map((r) => r.tool).join(', ')
      outcomes.push(
        appCredentials.length
          ? {
              status: 'failed',
              message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but the source builds its clients with an app identity (${appCredentials[0].what}) and never exchanges the user's token.`,
              evidence: [
                ...appCredentials.map((h) => h.at),
                ...oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
              ],
              fix: 'Build the data client with the on-behalf-of token (e.g. OnBehalfOfCredential / acquire_token_on_behalf_of), or declare the identity the tool really uses (`app-only` or `api-key`).'
            }
          : {
              status: 'not verified',
              message: `${names} declare${oboWithEvidence.length === 1 ? 's' : ''} \`privateData: obo\`, but no on-behalf-of exchange was found in the source.`,
              reason: 'the identity the data client is built with could not be read',
              evidence: oboWithEvidence.map((r) => factEvidence(r.privateData.evidence[0]))
            }
      )
    }
    const nothingRead = outcomes.length ? undefined : nothingReadOutcome(ctx, 'privateData', 'security.private-data')
    if (nothingRead) outcomes.push(nothingRead)
    if (!outcomes.length) {
      const declaredObo = ctx.config.tools.filter((t) => t.privateData === 'obo')
      outcomes.push({
        status: 'passed',
        message: declaredObo.length
          ? `Private data only on behalf of the user (${declaredObo.map((t) => t.name).join(', ')}).`
          : 'No tool declares or is seen reaching private data.',
        evidence: declaredObo.map((t) => configEvidence(ctx, ['tools', toolIndex(ctx, t.name), 'privateData']))
      })
    }
    return outcomes
  }
}
