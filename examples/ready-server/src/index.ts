import './telemetry.js'
import { requireBearerAuth } from '@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js'
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import express from 'express'
import { verifier } from './auth.js'
import { registerTicketTools } from './tools/tickets.js'

const app = express()
app.use(express.json())

app.post('/mcp', requireBearerAuth({ verifier }), async (req, res) => {
  const server = new McpServer({ name: 'mcp-servicenow', version: '1.0.0' })
  registerTicketTools(server)
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined })
  res.on('close', () => void transport.close())
  await server.connect(transport)
  await transport.handleRequest(req, res, req.body)
})

app.listen(8080)
