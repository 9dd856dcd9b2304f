// policy.test-data's e-mail addresses: a person's name at a real domain is personal data; the ids a
// calendar or chat service gives groups, rooms and events, and role or descriptive addresses, are not.
// The clean lines are shaped on the unit tests of a public calendar server (20 false alarms before).
import { describe, expect, it } from 'vitest'
import { testDataIn } from '../../src/evidence/source/secrets.js'
import PERSON_NAMES from '../../src/evidence/source/data/person-names.json' with { type: 'json' }
import COMMON_WORDS from '../../src/evidence/source/data/common-words.json' with { type: 'json' }

const found = (line: string) => testDataIn(`const x = '${line}'\n`).map((d) => d.value)

describe('e-mail addresses in test data', () => {
  it.each([
    'team@group.calendar.google.com',
    'room@resource.calendar.google.com',
    'cal1@calendar.google.com',
    'minimal@calendar.com',
    'sparse@calendar.com',
    'account1only@calendar.com',
    'invalid@calendar.com',
    'uid123@google.com',
    'primary-email@gmail.com',
    'calendar.id@domain.co.uk',
    'shared@calendar.com',
    'shared.calendar@realfirm.pl',
    'primary-email@gmail.com'
  ])('%s names no person: clean', (address) => {
    expect(found(address)).toEqual([])
  })

  it.each([
    'anna.nowak@realfirm.pl',
    'jkowalski@realfirm.pl',
    'annanowak@realfirm.pl',
    'marta@realfirm.no',
    'ulbrecht.vormsand@realfirm.pl'
  ])('%s is a person at a real domain: found', (address) => {
    expect(found(address)).toEqual([address])
  })

  it('a name at a top-level domain that does not exist is not an address anyone receives', () => {
    expect(found('anna.nowak@thread.v2')).toEqual([])
  })
})

describe('the committed lists of person names and common words', () => {
  it('is what npm run data:person-names makes from the installed faker', async () => {
    const { personNames, commonWords } = await import('../../scripts/person-names.mjs')
    expect(PERSON_NAMES).toBe(personNames().join('\n'))
    expect(COMMON_WORDS).toBe(commonWords().join('\n'))
  })
})
