// Go source rules (official Go SDK, mark3labs/mcp-go).
import type { ContentRule } from './rule.js'
import { kindOf } from './rule.js'

export const CONTENT_RULES: ContentRule[] = [
  // Official SDK struct literals, mark3labs constructors.
  { languages: ['go'], view: 'bare', needles: ['ImageContent', 'AudioContent', 'ResourceLink'], re: /\bmcp\.(ImageContent|AudioContent|ResourceLink)\s*\{/g, kind: (m) => kindOf(m[1]) },
  { languages: ['go'], view: 'bare', needles: ['mcp.New'], re: /\bmcp\.New(ImageContent|AudioContent|ResourceLink|ToolResultImage|ToolResultAudio)\s*\(/g, kind: (m) => kindOf(m[1]) }
]
