import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { trace } from '@opentelemetry/api'
import { z } from 'zod'
import { auditToolCall } from '../audit.js'
import { serviceNowTokenFor } from '../auth.js'
import { getTicket, searchTickets } from '../servicenow.js'

const tracer = trace.getTracer('mcp-servicenow')

type Extra = { authInfo?: { token: string; extra?: Record<string, unknown> } }

async function traced<T>(tool: string, extra: Extra, work: (oboToken: string) => Promise<T>): Promise<T> {
  const user = String(extra.authInfo?.extra?.user ?? 'unknown')
  return tracer.startActiveSpan(`tool ${tool}`, async (span) => {
    span.setAttribute('enduser.id', user)
    span.setAttribute('mcp.tool.name', tool)
    try {
      const oboToken = await serviceNowTokenFor(extra.authInfo?.token ?? '')
      const result = await work(oboToken)
      auditToolCall(user, tool, 'ok')
      return result
    } catch (e) {
      auditToolCall(user, tool, 'error')
      throw e
    } finally {
      span.end()
    }
  })
}

export function registerTicketTools(server: McpServer): void {
  server.registerTool(
    'search_tickets',
    {
      title: 'Search tickets',
      description: 'Search the signed-in user’s ServiceNow tickets',
      inputSchema: { query: z.string().min(1).max(200) }
    },
    async ({ query }, extra) => {
      const tickets = await traced('search_tickets', extra, (token) => searchTickets(token, query))
      return { content: [{ type: 'text', text: JSON.stringify(tickets) }] }
    }
  )

  server.registerTool(
    'get_ticket',
    {
      title: 'Get ticket',
      description: 'One ticket with its work notes',
      inputSchema: { number: z.string().regex(/^INC\d{7}$/) }
    },
    async ({ number }, extra) => {
      const ticket = await traced('get_ticket', extra, (token) => getTicket(token, number))
      return { content: [{ type: 'text', text: JSON.stringify(ticket) }] }
    }
  )
}
