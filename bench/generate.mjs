// A deterministic synthetic repository for the benchmarks: MCP-server-like
// source in five languages, manifests, workflows, a node_modules that must be
// ignored, and a few files over the size cap. Same seed, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

function rng(seed) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32)
}

const BODY = {
  ts: (i, r) => `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
// Tools for module ${i}. Words like ImageContent or type: "image" in comments must not count.
const BASE = 'http://svc-${i}.tools.svc.cluster.local:8080'
export function register${i}(server: McpServer): void {
  server.registerTool('tool_${i}', { inputSchema: { q: z.string() } }, async ({ q }) => {
    const res = await fetch(\`\${BASE}/search?q=\${encodeURIComponent(q)}\`, { headers: { authorization: 'Bearer ' + q } })
    return { content: [{ type: 'text', text: await res.text() }] }
  })
}
${'export const filler' + i + ' = [' + Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ') + ']\n'}`.repeat(4),
  py: (i, r) => `from fastmcp import FastMCP
import httpx

mcp = FastMCP("server-${i}")
API = "http://svc-${i}.tools.svc.cluster.local"
# ImageContent( in a comment is not code


@mcp.tool
def tool_${i}(query: str) -> str:
    """Search module ${i}."""
    return httpx.get(API + "/search", params={"q": query}).text

FILLER_${i} = [${Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ')}]
`.repeat(4),
  cs: (i, r) => `using ModelContextProtocol.Server;
using System.ComponentModel;
namespace Tools${i};
[McpServerToolType]
public static class Tools${i}
{
    // new ImageContentBlock in a comment
    [McpServerTool(Name = "tool_${i}"), Description("Module ${i}")]
    public static async Task<string> Run(HttpClient http, string q) => await http.GetStringAsync("http://svc-${i}.tools.svc.cluster.local/" + q);
    private static readonly int[] Filler = { ${Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ')} };
}
`.repeat(4),
  go: (i, r) => `package tools${i}

import (
	"net/http"
	"github.com/modelcontextprotocol/go-sdk/mcp"
)

// mcp.ImageContent{} in a comment
func Register${i}(server *mcp.Server) {
	mcp.AddTool(server, &mcp.Tool{Name: "tool_${i}", Description: "module ${i}"}, nil)
	_, _ = http.Get("http://svc-${i}.tools.svc.cluster.local/health")
}

var filler${i} = []int{${Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ')}}
`.repeat(4),
  java: (i, r) => `package com.example.tools${i};

import io.modelcontextprotocol.spec.McpSchema;

public class Tools${i} {
    // new McpSchema.ImageContent( in a comment
    static McpSchema.Tool tool = McpSchema.Tool.builder().name("tool_${i}").description("module ${i}").build();
    static int[] filler = { ${Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ')} };
}
`.repeat(4)
}
const EXT = { ts: 'ts', py: 'py', cs: 'cs', go: 'go', java: 'java' }
const DIRS = { ts: 'src/tools', py: 'python/tools', cs: 'dotnet/Tools', go: 'go/tools', java: 'java/src/main/java/com/example' }

function write(root, path, text) {
  const abs = join(root, path)
  mkdirSync(dirname(abs), { recursive: true })
  writeFileSync(abs, text)
}

/** Writes the repository and returns its size in files and bytes (what the gate may read). */
export function generate(root, files, seed = 42) {
  const r = rng(seed)
  const langs = Object.keys(BODY)
  let bytes = 0
  const tools = []
  for (let i = 0; i < files; i++) {
    const lang = langs[i % langs.length]
    // The first 900 modules register a tool (declared in golive.yaml); the rest are helper modules.
    const registers = i < 900
    let text = BODY[lang](i, r)
    if (!registers) text = text.replace(/registerTool\('tool_\d+'|@mcp\.tool\n|McpServerTool\(Name = "tool_\d+"\), |mcp\.AddTool\(server, &mcp\.Tool\{Name: "tool_\d+", Description: "module \d+"\}, nil\)|McpSchema\.Tool\.builder\(\)\.name\("tool_\d+"\)/g, (m) => (m.startsWith('registerTool') ? 'helper(\'x\'' : m.startsWith('@mcp') ? '\n' : m.startsWith('McpServerTool') ? '' : m.startsWith('mcp.AddTool') ? '_ = server' : 'McpSchema.Tool.builder().title("x")'))
    bytes += text.length
    if (registers) tools.push(`tool_${i}`)
    write(root, `${DIRS[lang]}/m${Math.floor(i / 500)}/module${i}.${EXT[lang]}`, text)
  }
  for (let i = 0; i < 100; i++) write(root, `deploy/app${i}.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: { type: RuntimeDefault }\n      containers:\n        - name: app\n          image: app:${i}\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities: { drop: [ALL] }\n          resources: { limits: { cpu: 100m, memory: 64Mi } }\n`)
  write(root, '.github/workflows/ci.yml', 'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n')
  for (let i = 0; i < Math.min(5000, files / 4); i++) write(root, `node_modules/pkg${i % 200}/lib/f${i}.js`, `module.exports = function f${i}() { return fetch("https://registry.example.com/${i}") }\n`)
  for (let i = 0; i < 3; i++) write(root, `data/big${i}.json`, JSON.stringify({ rows: Array.from({ length: 60000 }, (_, k) => ({ k, v: 'x'.repeat(40) })) }))
  write(root, '.gitignore', 'dist/\n')
  write(root, 'README.md', '# bench\n\nA synthetic MCP server repository used by the benchmarks of mcp-golive, large on purpose.\n\n## Tools\n\nMany.\n\n## Auth\n\nOBO.\n\n## Owner\n\n@bench/team\n')
  write(root, 'golive.yaml', `version: 1\nserver:\n  name: bench\n  owner: "@bench/team"\n  zone: 1\ntools:\n${tools.filter(Boolean).map((t) => `  - name: ${t}\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none`).join('\n')}\n`)
  return { files, bytes }
}
