// Tool discovery and content types on the SDKs' own example servers, copied
// verbatim under test/fixtures/sdk-examples (SOURCE.md names each repository,
// commit and licence). The expected lists were written by reading those files,
// not from the gate's output. Precision and recall are printed per SDK.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { csharpToolName } from '../../src/evidence/source/security.js'
import { ROOT } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'sdk-examples')

/** name@path:line of each tool registration, per SDK. */
const TOOLS: Record<string, string[]> = {
  'typescript-sdk': [
    'get-alerts@examples/server-quickstart/src/index.ts:90',
    'get-forecast@examples/server-quickstart/src/index.ts:137',
    'search@examples/guides/servers/tools.examples.ts:28',
    'product-details@examples/guides/servers/tools.examples.ts:46',
    'clear-catalog@examples/guides/servers/tools.examples.ts:66',
    'product-card@examples/guides/servers/tools.examples.ts:85',
    // setRequestHandler('tools/list', …) of the low-level Server (v2), then McpServer.registerTool
    'search@examples/guides/advanced/low-level-server.examples.ts:42',
    'search@examples/guides/advanced/low-level-server.examples.ts:149',
    'noop@examples/caching/server.ts:59',
    'read-count@examples/caching/server.ts:63',
    'request-count@examples/caching/server.ts:68'
  ],
  'python-sdk': [
    'echo_tool@examples/mcpserver/echo.py:10',
    'take_screenshot@examples/mcpserver/screenshot.py:16',
    'fetch@examples/servers/simple-tool/mcp_simple_tool/server.py:24',
    'sum@examples/snippets/servers/basic_tool.py:7',
    'get_weather@examples/snippets/servers/basic_tool.py:13'
  ],
  fastmcp: [
    'echo_tool@examples/echo.py:12',
    'take_screenshot@examples/screenshot.py:22',
    'get_test_file_from_server@examples/get_file.py:17',
    'get_test_pdf_from_url@examples/get_file.py:24',
    'textme@examples/text_me.py:49'
  ],
  'csharp-sdk': [
    'add@samples/EverythingServer/Tools/AddTool.cs:9',
    'echo@samples/EverythingServer/Tools/EchoTool.cs:9',
    'getTinyImage@samples/EverythingServer/Tools/TinyImageTool.cs:10',
    'printEnv@samples/EverythingServer/Tools/PrintEnvTool.cs:15',
    'longRunningOperation@samples/EverythingServer/Tools/LongRunningTool.cs:11',
    // [McpServerTool] without Name: the SDK names it from the method, in snake_case
    'get_alerts@samples/ProtectedMcpServer/Tools/WeatherTools.cs:20',
    'get_forecast@samples/ProtectedMcpServer/Tools/WeatherTools.cs:48'
  ],
  'go-sdk': [
    'greet@examples/server/hello/main.go:30',
    'start_thinking@examples/server/sequentialthinking/main.go:489',
    'continue_thinking@examples/server/sequentialthinking/main.go:494',
    'review_thinking@examples/server/sequentialthinking/main.go:499',
    ...[
      'create_entities:96',
      'create_relations:100',
      'add_observations:104',
      'delete_entities:108',
      'delete_observations:112',
      'delete_relations:116',
      'read_graph:120',
      'search_nodes:124',
      'open_nodes:128'
    ].map((t) => t.replace(':', '@examples/server/memory/main.go:'))
  ],
  'mcp-go': [
    'greeting@examples/typed_tools/main.go:37',
    // names in constants: mcp.NewTool(string(ECHO), …)
    'echo@examples/everything/main.go:113',
    'notify@examples/everything/main.go:123',
    'add@examples/everything/main.go:127',
    'longRunningOperation@examples/everything/main.go:139',
    'getTinyImage@examples/everything/main.go:171',
    'get_resource_link@examples/everything/main.go:177'
  ],
  'java-sdk': [
    // Java SDK 2.0: Tool.builder(name, schema)
    ...[42, 66, 75].map(
      (l) =>
        `test-tool@mcp-core/src/test/java/io/modelcontextprotocol/server/SyncToolSpecificationBuilderTest.java:${l}`
    ),
    'calculator@mcp-core/src/test/java/io/modelcontextprotocol/server/SyncToolSpecificationBuilderTest.java:87',
    ...[137, 148, 157, 168].map(
      (l) =>
        `invalid tool name@mcp-core/src/test/java/io/modelcontextprotocol/server/SyncToolSpecificationBuilderTest.java:${l}`
    )
  ]
}

/** kind@path:line of each prohibited content type produced. */
const CONTENT: Record<string, string[]> = {
  'typescript-sdk': [
    'image@examples/guides/servers/tools.examples.ts:95',
    'audio@examples/guides/servers/tools.examples.ts:96'
  ],
  'python-sdk': ['image@examples/mcpserver/screenshot.py:16', 'image@examples/mcpserver/screenshot.py:27'],
  fastmcp: ['image@examples/screenshot.py:22', 'image@examples/screenshot.py:34'],
  'csharp-sdk': ['image@samples/EverythingServer/Tools/TinyImageTool.cs:13'],
  'go-sdk': [],
  'mcp-go': [
    'resource_link@examples/everything/main.go:198',
    'image@examples/everything/main.go:342',
    'image@examples/everything/main.go:496'
  ],
  'java-sdk': []
}

async function found(sdk: string) {
  const ev = await collectRepoEvidence(new Repository(join(DIR, sdk)))
  return {
    tools: ev.source.tools.map((t) => `${t.name}@${t.at.file}:${t.at.line}`),
    content: ev.source.contentTypes.map((c) => `${c.kind}@${c.at.file}:${c.at.line}`)
  }
}

const sorted = (xs: string[]) => [...xs].sort()

describe('the SDKs’ own example servers', () => {
  const totals = { expected: 0, found: 0, right: 0 }
  for (const sdk of Object.keys(TOOLS)) {
    it(`${sdk}: every tool registration, and only those; every prohibited content type`, async () => {
      const got = await found(sdk)
      const right = got.tools.filter((t) => TOOLS[sdk].includes(t)).length
      totals.expected += TOOLS[sdk].length
      totals.found += got.tools.length
      totals.right += right
      console.log(
        `${sdk}: ${TOOLS[sdk].length} registrations, ${got.tools.length} found, ${right} right — precision ${(right / Math.max(1, got.tools.length)).toFixed(2)}, recall ${(right / TOOLS[sdk].length).toFixed(2)}`
      )
      expect(sorted(got.tools)).toEqual(sorted(TOOLS[sdk]))
      expect(sorted(got.content)).toEqual(sorted(CONTENT[sdk]))
    })
  }
  it('all together', () => {
    console.log(
      `all SDKs: ${totals.expected} registrations, ${totals.found} found, ${totals.right} right — precision ${(totals.right / totals.found).toFixed(3)}, recall ${(totals.right / totals.expected).toFixed(3)}`
    )
    expect(totals.expected).toBe(Object.values(TOOLS).flat().length)
  })
})

describe('csharpToolName (the C# SDK’s AIFunctionMcpServerTool naming)', () => {
  it('drops Async, makes snake_case in lower case', () => {
    expect(csharpToolName('GetAlerts')).toBe('get_alerts')
    expect(csharpToolName('GetForecastAsync')).toBe('get_forecast')
    expect(csharpToolName('Echo')).toBe('echo')
    expect(csharpToolName('GetHTTPStatus')).toBe('get_http_status')
    expect(csharpToolName('Async')).toBe('async')
  })
})
