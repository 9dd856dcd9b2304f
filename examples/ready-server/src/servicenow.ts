// The only downstream: the in-cluster ServiceNow proxy, called with the user's
// OBO token so ServiceNow applies the user's own permissions.
const BASE = 'http://servicenow-proxy.tickets.svc.cluster.local:8080'

export interface Ticket {
  number: string
  title: string
  state: string
  assignee: string
  workNotes?: string[]
}

export async function searchTickets(oboToken: string, query: string): Promise<Ticket[]> {
  const res = await fetch(`${BASE}/api/tickets?q=${encodeURIComponent(query)}`, {
    headers: { authorization: `Bearer ${oboToken}` }
  })
  if (!res.ok) throw new Error(`ticket search failed: ${res.status}`)
  return (await res.json()) as Ticket[]
}

export async function getTicket(oboToken: string, number: string): Promise<Ticket> {
  const res = await fetch(`${BASE}/api/tickets/${encodeURIComponent(number)}`, {
    headers: { authorization: `Bearer ${oboToken}` }
  })
  if (!res.ok) throw new Error(`ticket ${number} not readable: ${res.status}`)
  return (await res.json()) as Ticket
}
