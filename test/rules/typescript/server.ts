import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'

const server = new McpServer({ name: 'fixture', version: '1.0.0' })
const GREETING = 'greet'

server.tool('echo', 'Echo the input', async () => ({ content: [] })) // expect: tool echo
server.registerTool("get_weather", {}, async () => ({ content: [] })) // expect: tool get_weather
server.tool(GREETING, async () => ({ content: [] })) // expect: tool greet
server.tool('prefix_' + GREETING, async () => ({ content: [] })) // expect: tool prefix_greet; tool prefix_
// server.tool('commented_out', …) ok: a comment is not code
const text = "server.tool('in_a_string')" // ok: a string is not code

export function image(data: string) {
  return { type: 'image', data, mimeType: 'image/png' } // expect: content image
}
export const audio = { type: "audio" as const } // expect: content audio
export const link = 'resource_link' as const // expect: content resource_link
export const plain = { type: 'text', text } // ok: text content is allowed

export async function load(url: string) {
  const a = await fetch(url) // expect: network fetch
  const b = await fetch('https://api.example.com/v1/items') // expect: network fetch
  return [a, b]
}
// fetch('https://example.com') ok: commented out
