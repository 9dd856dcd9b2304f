// Python source rules (MCP Python SDK, FastMCP).
import type { ContentRule, SourceRule } from './rule.js'
import { kindOf } from './rule.js'

export const CONTENT_RULES: ContentRule[] = [
  // Python SDK types and FastMCP helpers.
  {
    languages: ['python'],
    view: 'bare',
    needles: ['ImageContent', 'AudioContent', 'ResourceLink'],
    re: /\b(ImageContent|AudioContent|ResourceLink)\s*\(/g,
    kind: (m) => kindOf(m[1])
  },
  {
    languages: ['python'],
    view: 'bare',
    needles: ['Image', 'Audio'],
    re: /(?<![\w.])(Image|Audio)\s*\(\s*(?:data|path|format)\s*=/g,
    kind: (m) => kindOf(m[1])
  },
  {
    languages: ['python'],
    view: 'bare',
    needles: ['Image', 'Audio'],
    re: /->\s*(?:list\[\s*)?(Image|Audio)\b/g,
    kind: (m) => kindOf(m[1])
  }
]

/** Registrations whose first argument is the tool name as a string literal. */
export const TOOL_LITERAL_RULES: SourceRule[] = [
  // Python low-level: Tool(name="name", …) / types.Tool(name=…)
  { languages: ['python'], needles: ['Tool'], re: /\bTool\s*\(\s*name\s*=\s*(['"])([^'"\n]+)\1/g, view: 'code' }
]

export const TOOL_DERIVED_RULES: SourceRule[] = []
