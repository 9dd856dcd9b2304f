import { describe, expect, it } from 'vitest'
import tickets from './fixtures/tickets.json' with { type: 'json' }

describe('ticket fixtures', () => {
  it('hold mock data only', () => {
    expect(tickets.every((t) => t.assignee.endsWith('@example.com'))).toBe(true)
  })
})
