// TypeScript and JavaScript source rules (MCP TypeScript SDK, FastMCP).
import type { ContentKind, ContentRule, SourceRule } from './rule.js'
import { gapFind, JS } from './rule.js'

const KINDS = ['image', 'audio', 'resource_link']

export const CONTENT_RULES: ContentRule[] = [
  // TS object literal type: "image" | "audio" | "resource_link", also in ternaries and `as const`. A ternary's
  // condition is at most 200 characters and the gaps at most 20: unbounded, a line of `type:` and spaces
  // was scanned to its end from every `type`, in every split of its spaces (polynomial in the line's length).
  {
    languages: JS,
    view: 'code',
    needles: KINDS,
    re: /\btype\s*:\s*(?:(?:[^,;{}\n\s][^,;{}\n]{0,200}?)?\?\s{0,20})?(['"`])(image|audio|resource_link)\1/g,
    kind: (m) => m[2] as ContentKind
  },
  {
    languages: JS,
    view: 'code',
    needles: KINDS,
    re: /\btype\s*:[^,;{}\n]{0,200}?:\s{0,20}(['"`])(image|audio|resource_link)\1/g,
    kind: (m) => m[2] as ContentKind
  },
  {
    languages: JS,
    view: 'code',
    needles: KINDS,
    re: /(['"`])(image|audio|resource_link)\1\s+as\s+const\b/g,
    kind: (m) => m[2] as ContentKind
  }
]

/** Registrations whose first argument is the tool name as a string literal. */
export const TOOL_LITERAL_RULES: SourceRule[] = [
  // TS SDK: server.tool("name", …), server.registerTool("name", …), server.experimental.tasks.registerToolTask("name",
  // …)
  {
    languages: JS,
    needles: ['.tool', '.registerTool'],
    re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*(['"`])([^'"`\n]+)\1/g,
    view: 'code'
  },
  // FastMCP (TS): server.addTool({ name: "name", … }). What comes before the name is bounded (here and for
  // Go below): unbounded, each unclosed `{` scanned to the end of the file: quadratic in them.
  {
    languages: JS,
    needles: ['.addTool'],
    re: /\.addTool\s*\(\s*\{[^}]{0,4000}?\bname\s*:\s*(['"`])([^'"`\n]+)\1/g,
    view: 'code',
    find: gapFind(/\.addTool\s*\(\s*\{/g, '}', /\bname\s*:\s*(['"`])([^'"`\n]+)\1/y, 'name')
  }
]

export const TOOL_DERIVED_RULES: SourceRule[] = []
