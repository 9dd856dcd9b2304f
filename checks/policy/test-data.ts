import type { CheckDefinition } from '../../src/check.js'
import { groupBy, placesText } from './shared.js'
import { counted } from '../shared.js'

export const testData: CheckDefinition = {
  id: 'policy.test-data',
  phase: 'policy',
  level: 'critical',
  title: 'Test data only',
  reads: ['source', 'config text'],
  readsOnlyTests: true,
  passesWhen: 'test fixtures hold test/mock data only',
  explain: {
    looksFor: 'Test code and fixtures hold test data only.',
    evidence: [
      'e-mail addresses outside reserved test domains, tenant/directory GUIDs that are not placeholders, national id numbers, phone numbers, credentials — in test paths'
    ],
    why: 'Production data in tests leaks personal data and tenant identifiers.',
    fix: 'Use example.com addresses, the zero GUID and invented values.'
  },
  run(ctx) {
    const hits = ctx.repo.secrets.testData
    if (!hits.length)
      return [
        {
          status: 'passed',
          message:
            'Test code and fixtures hold test data only: no real e-mail addresses, tenant ids, national id numbers or phone numbers (credentials are policy.secrets’ business).'
        }
      ]
    return groupBy(hits, (h) => h.fingerprint).map((group) => ({
      status: 'failed' as const,
      message: `Test data holds what looks like a real ${group[0].kind} (${group[0].masked}) in ${counted(group.length, 'place')}: ${placesText(group.map((h) => h.at))}.`,
      evidence: group.map((h) => h.at),
      fix: 'Replace it with mock data: e-mail addresses at example.com, the zero GUID 00000000-0000-0000-0000-000000000000 for tenants, invented names and numbers.'
    }))
  }
}
