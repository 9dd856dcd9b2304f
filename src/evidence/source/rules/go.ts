// Go source rules (official Go SDK, mark3labs/mcp-go).
import type { ContentRule, SourceRule } from './rule.js'
import { gapFind, kindOf } from './rule.js'

export const CONTENT_RULES: ContentRule[] = [
  // Official SDK struct literals, mark3labs constructors.
  {
    languages: ['go'],
    view: 'bare',
    needles: ['ImageContent', 'AudioContent', 'ResourceLink'],
    re: /\bmcp\.(ImageContent|AudioContent|ResourceLink)\s*\{/g,
    kind: (m) => kindOf(m[1])
  },
  {
    languages: ['go'],
    view: 'bare',
    needles: ['mcp.New'],
    re: /\bmcp\.New(ImageContent|AudioContent|ResourceLink|ToolResultImage|ToolResultAudio)\s*\(/g,
    kind: (m) => kindOf(m[1])
  }
]

/** Registrations whose first argument is the tool name as a string literal. */
export const TOOL_LITERAL_RULES: SourceRule[] = [
  // Go official SDK: &mcp.Tool{Name: "x"}; mark3labs: mcp.NewTool("x", …)
  {
    languages: ['go'],
    needles: ['mcp.Tool'],
    re: /mcp\.Tool\s*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g,
    view: 'code',
    find: gapFind(/mcp\.Tool\s*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name')
  },
  { languages: ['go'], needles: ['mcp.NewTool'], re: /\bmcp\.NewTool\s*\(\s*(["`])([^"`\n]+)\1/g, view: 'code' }
]

/**
 * Go: a literal of a repository's own `Tool` type in the protocol's shape (`api.Tool{Name: "pods_list", …,
 * InputSchema: …}`), which the server turns into the SDK's tool elsewhere (`&mcp.Tool{Name: tool.Tool.Name}`): a
 * name and an input schema are what the protocol requires of every tool, so the pair marks one without an SDK import
 * in the file (security.ts reads the schema). The SDK's own `mcp.Tool` is the literal rule's (above).
 */
export const GO_TOOL_SHAPE: SourceRule = {
  languages: ['go'],
  needles: ['Tool'],
  re: /(?<![\w.])(?:[A-Za-z_]\w*\.)?Tool[ \t]*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g,
  view: 'code',
  find: gapFind(/(?<![\w.])(?:[A-Za-z_]\w*\.)?Tool[ \t]*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name')
}

export const TOOL_DERIVED_RULES: SourceRule[] = []
