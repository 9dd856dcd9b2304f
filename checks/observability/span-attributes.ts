import type { CheckDefinition } from '../../src/check.js'
import { production } from '../shared.js'

export const spanAttributes: CheckDefinition = {
  id: 'observability.span-attributes',
  phase: 'observability',
  level: 'advisory',
  title: 'Span attributes',
  reads: ['source'],
  passesWhen: 'spans name the user and the tool',
  explain: {
    looksFor: 'Spans that name the user and the tool.',
    evidence: ['`enduser.id`/`user.id` and `mcp.tool.name`/`gen_ai.tool.name` attributes'],
    why: 'Traces must answer “who called which tool”.',
    fix: 'Set both attributes on the tool span.'
  },
  run(ctx) {
    const user = production(ctx.repo.auth.spanUser)
    const tool = production(ctx.repo.auth.spanTool)
    if (user.length && tool.length)
      return [
        {
          status: 'passed',
          message: `Spans name the user (${user[0].what}) and the tool (${tool[0].what}).`,
          evidence: [user[0].at, tool[0].at]
        }
      ]
    const missing = [!user.length && 'the user (e.g. enduser.id)', !tool.length && 'the tool (e.g. mcp.tool.name)']
      .filter(Boolean)
      .join(' and ')
    return [
      {
        status: 'failed',
        message: `No span attribute names ${missing}.`,
        evidence: [...user, ...tool].map((h) => h.at),
        fix: '```ts\nspan.setAttribute("enduser.id", user)\nspan.setAttribute("mcp.tool.name", toolName)\n```'
      }
    ]
  }
}
