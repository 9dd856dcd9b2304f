// Java and Kotlin source rules (MCP Java SDK, Spring AI).
import type { ContentRule } from './rule.js'
import { JVM, kindOf } from './rule.js'

const TYPES = ['ImageContent', 'AudioContent', 'ResourceLink']

export const CONTENT_RULES: ContentRule[] = [
  { languages: JVM, view: 'bare', needles: TYPES, re: /\bnew\s+(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\(/g, kind: (m) => kindOf(m[1]) },
  { languages: JVM, view: 'bare', needles: TYPES, re: /\b(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\.\s*builder\s*\(/g, kind: (m) => kindOf(m[1]) }
]
