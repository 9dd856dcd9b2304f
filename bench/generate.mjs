// A deterministic synthetic repository for the benchmarks: MCP-server-like
// source in five languages, manifests, workflows, a node_modules that must be
// ignored, and a few files over the size cap. Same seed, same bytes.
//
// Two profiles. 'dense' (the default): every module is an MCP tool module of
// about 2.8 KB that calls a service four times, the worst case for the
// detectors. 'realistic': what six real MCP repositories measured (GitHub's
// server, the reference servers, the TypeScript and Python SDKs, Microsoft's and
// AWS Labs' servers: 7,060 source files, 64 MB): a median file of 3.6 KB with a
// long tail, about 40% tests, an HTTP call in about 5% of files, an MCP SDK in
// 10–20%, a URL literal in about 15%.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

function rng(seed) {
  let s = seed >>> 0
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32
}

const BODY = {
  ts: (i, r) =>
    `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
// Tools for module ${i}. Words like ImageContent or type: "image" in comments must not count.
const BASE = 'http://svc-${i}.tools.svc.cluster.local:8080'
export function register${i}(server: McpServer): void {
  server.registerTool('tool_${i}', { inputSchema: { q: z.string() } }, async ({ q }) => {
    const res = await fetch(\`\${BASE}/search?q=\${encodeURIComponent(q)}\`, { headers: { authorization: 'Bearer ' + q } })
    return { content: [{ type: 'text', text: await res.text() }] }
  })
}
${'export const filler' + i + ' = [' + Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ') + ']\n'}`.repeat(
      4
    ),
  py: (i, r) =>
    `from fastmcp import FastMCP
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
  cs: (i, r) =>
    `using ModelContextProtocol.Server;
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
  go: (i, r) =>
    `package tools${i}

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
  java: (i, r) =>
    `package com.example.tools${i};

import io.modelcontextprotocol.spec.McpSchema;

public class Tools${i} {
    // new McpSchema.ImageContent( in a comment
    static McpSchema.Tool tool = McpSchema.Tool.builder().name("tool_${i}").description("module ${i}").build();
    static int[] filler = { ${Array.from({ length: 40 }, () => Math.floor(r() * 1e6)).join(', ')} };
}
`.repeat(4)
}
/** Plain code of each language, about 600–900 bytes a block: what most files of a real server are. */
const PLAIN = {
  ts: (i, k) => `// Formatting and validation for records of module ${i}.
export interface Record${i}x${k} { id: string; count: number; tags: string[]; note?: string }

/** Normalises a record: trimmed, lower-case, de-duplicated tags; a negative count is an error. */
export function normalize${i}x${k}(input: Record${i}x${k}): Record${i}x${k} {
  const tags = input.tags.map((t) => t.trim().toLowerCase()).filter(Boolean)
  if (input.count < 0) throw new Error(\`invalid count for \${input.id}: \${input.count}\`)
  return { ...input, tags: [...new Set(tags)], note: input.note ?? 'none' }
}

export const summary${i}x${k} = (rs: Record${i}x${k}[]) => rs.reduce((n, r) => n + r.count, 0)
`,
  py: (i, k) => `

class Record${i}x${k}:
    """A record of module ${i}: an id, a count and its tags."""

    def __init__(self, id: str, count: int, tags: list[str]) -> None:
        if count < 0:
            raise ValueError(f"invalid count for {id}: {count}")
        self.id = id
        self.count = count
        self.tags = sorted({t.strip().lower() for t in tags if t.strip()})

    def summary(self) -> str:
        # One line for the logs.
        return f"{self.id}: {self.count} ({', '.join(self.tags)})"
`,
  cs: (i, k) => `
/// <summary>A record of module ${i}: an id, a count and its tags.</summary>
public sealed record Record${i}x${k}(string Id, int Count, IReadOnlyList<string> Tags)
{
    public Record${i}x${k} Normalize()
    {
        if (Count < 0) throw new ArgumentOutOfRangeException(nameof(Count), $"invalid count for {Id}");
        var tags = Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        return this with { Tags = tags };
    }
}
`,
  go: (i, k) => `
// Record${i}x${k} is a record of module ${i}: an id, a count and its tags.
type Record${i}x${k} struct {
	ID    string   \`json:"id"\`
	Count int      \`json:"count"\`
	Tags  []string \`json:"tags"\`
}

// Normalize trims and lower-cases the tags; a negative count is an error.
func (r Record${i}x${k}) Normalize() (Record${i}x${k}, error) {
	if r.Count < 0 {
		return r, fmt.Errorf("invalid count for %s: %d", r.ID, r.Count)
	}
	for j, t := range r.Tags {
		r.Tags[j] = strings.ToLower(strings.TrimSpace(t))
	}
	return r, nil
}
`,
  java: (i, k) => `
    /** A record of module ${i}: an id, a count and its tags. */
    public record Record${i}x${k}(String id, int count, List<String> tags) {
        public Record${i}x${k} {
            if (count < 0) throw new IllegalArgumentException("invalid count for " + id + ": " + count);
            tags = tags.stream().map(String::trim).map(String::toLowerCase).filter(t -> !t.isEmpty()).distinct().toList();
        }

        public String summary() {
            // One line for the logs.
            return id + ": " + count + " (" + String.join(", ", tags) + ")";
        }
    }
`
}
const HEAD = {
  ts: () => `import { strict as assert } from 'node:assert'\n`,
  py: (i) => `"""Records of module ${i}."""\nfrom __future__ import annotations\n`,
  cs: (i) => `using System;\nusing System.Linq;\nnamespace Records${i};\n`,
  go: (i) => `package records${i}\n\nimport (\n\t"fmt"\n\t"strings"\n)\n`,
  java: (i) => `package com.example.records${i};\n\nimport java.util.List;\n\npublic final class Records${i} {\n`
}
const TAIL = { ts: '', py: '', cs: '', go: '', java: '}\n' }
/** A URL literal as real code holds one: a documentation or API base constant. */
const URL_CONSTANT = {
  ts: (i) => `export const DOCS_${i} = 'https://docs.example.com/records/${i}'\n`,
  py: (i) => `DOCS_${i} = "https://docs.example.com/records/${i}"\n`,
  cs: (i) => `public static class Docs${i} { public const string Url = "https://docs.example.com/records/${i}"; }\n`,
  go: (i) => `const docs${i} = "https://docs.example.com/records/${i}"\n`,
  java: (i) => `    static final String DOCS = "https://docs.example.com/records/${i}";\n`
}
const TEST_DIRS = {
  ts: 'src/tools/__tests__',
  py: 'python/tests',
  cs: 'dotnet/Tools.Tests',
  go: 'go/tools',
  java: 'java/src/test/java/com/example'
}
const TEST_NAME = {
  ts: (i) => `module${i}.test.ts`,
  py: (i) => `test_module${i}.py`,
  cs: (i) => `Module${i}Tests.cs`,
  go: (i) => `module${i}_test.go`,
  java: (i) => `Module${i}Test.java`
}

/** Plain code of about `bytes` (the blocks of the language, repeated), with or without its header. */
function plainCode(lang, i, bytes, head = true) {
  let text = head ? HEAD[lang](i) : ''
  for (let k = 0; text.length < bytes; k++) text += PLAIN[lang](i, k)
  return text + (head ? TAIL[lang] : '')
}

/** Log-normal file sizes with a median of 3.6 KB, cut at 300 KB: the long tail real repositories show. */
function realisticSize(r) {
  const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())
  return Math.min(300_000, Math.round(3600 * Math.exp(0.95 * normal)))
}

/** An MCP tool module; the first 900 register their tool (declared in golive.yaml), the rest are helper modules. */
function denseModule(lang, i, r, registers = i < 900) {
  let text = BODY[lang](i, r)
  if (!registers)
    text = text.replace(
      /registerTool\('tool_\d+'|@mcp\.tool\n|McpServerTool\(Name = "tool_\d+"\), |mcp\.AddTool\(server, &mcp\.Tool\{Name: "tool_\d+", Description: "module \d+"\}, nil\)|McpSchema\.Tool\.builder\(\)\.name\("tool_\d+"\)/g,
      (m) =>
        m.startsWith('registerTool')
          ? "helper('x'"
          : m.startsWith('@mcp')
            ? '\n'
            : m.startsWith('McpServerTool')
              ? ''
              : m.startsWith('mcp.AddTool')
                ? '_ = server'
                : 'McpSchema.Tool.builder().title("x")'
    )
  return { text, registers, test: false }
}

/**
 * A module as real repositories have them: 40% tests; 15% are MCP tool modules padded with plain
 * code to the file's size, of which a third call a service (5% of all files) and the others have
 * their calls taken out; 15% hold a URL constant; the rest is plain code. At most 100 tools register.
 */
function realisticModule(lang, i, r, registered) {
  const size = realisticSize(r)
  const test = r() < 0.4
  const kind = r()
  const url = r() < 0.15 ? URL_CONSTANT[lang](i) : ''
  if (kind < 0.15) {
    const registers = !test && registered < 100
    let { text } = denseModule(lang, i, r, registers)
    if (kind >= 0.05) text = text.replace(/^.*(?:fetch\(|httpx\.get|GetStringAsync|http\.Get\().*$/gm, '')
    return { text: text + url + plainCode(lang, i, size - text.length, false), registers, test }
  }
  return { text: url + plainCode(lang, i, size), registers: false, test }
}

const EXT = { ts: 'ts', py: 'py', cs: 'cs', go: 'go', java: 'java' }
const DIRS = {
  ts: 'src/tools',
  py: 'python/tools',
  cs: 'dotnet/Tools',
  go: 'go/tools',
  java: 'java/src/main/java/com/example'
}

function write(root, path, text) {
  const abs = join(root, path)
  mkdirSync(dirname(abs), { recursive: true })
  writeFileSync(abs, text)
}

/** Writes the repository and returns its size in files and bytes (what the gate may read). */
export function generate(root, files, seed = 42, profile = 'dense') {
  const r = rng(seed)
  const langs = Object.keys(BODY)
  let bytes = 0
  const tools = []
  for (let i = 0; i < files; i++) {
    const lang = langs[i % langs.length]
    const { text, registers, test } =
      profile === 'realistic' ? realisticModule(lang, i, r, tools.length) : denseModule(lang, i, r)
    bytes += text.length
    if (registers) tools.push(`tool_${i}`)
    const dir = `${test ? TEST_DIRS[lang] : DIRS[lang]}/m${Math.floor(i / 500)}`
    write(root, `${dir}/${test ? TEST_NAME[lang](i) : `module${i}.${EXT[lang]}`}`, text)
  }
  for (let i = 0; i < 100; i++)
    write(
      root,
      `deploy/app${i}.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app${i}\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: { type: RuntimeDefault }\n      containers:\n        - name: app\n          image: app:${i}\n          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities: { drop: [ALL] }\n          resources: { limits: { cpu: 100m, memory: 64Mi } }\n`
    )
  write(
    root,
    '.github/workflows/ci.yml',
    'on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'
  )
  for (let i = 0; i < Math.min(5000, files / 4); i++)
    write(
      root,
      `node_modules/pkg${i % 200}/lib/f${i}.js`,
      `module.exports = function f${i}() { return fetch("https://registry.example.com/${i}") }\n`
    )
  for (let i = 0; i < 3; i++)
    write(
      root,
      `data/big${i}.json`,
      JSON.stringify({ rows: Array.from({ length: 60000 }, (_, k) => ({ k, v: 'x'.repeat(40) })) })
    )
  write(root, '.gitignore', 'dist/\n')
  write(
    root,
    'README.md',
    '# bench\n\nA synthetic MCP server repository used by the benchmarks of mcp-golive, large on purpose.\n\n## Tools\n\nMany.\n\n## Auth\n\nOBO.\n\n## Owner\n\n@bench/team\n'
  )
  write(
    root,
    'golive.yaml',
    `version: 1\nserver:\n  name: bench\n  owner: "@bench/team"\n  zone: 1\ntools:\n${tools
      .filter(Boolean)
      .map((t) => `  - name: ${t}\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none`)
      .join('\n')}\n`
  )
  return { files, bytes }
}
