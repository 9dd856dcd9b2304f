// Java and Kotlin source rules (MCP Java SDK, Spring AI).
import type { ContentRule, SourceRule } from './rule.js'
import { springToolsNamedAfterMethod } from '../spring-tools.js'
import { gapFind, JVM, kindOf } from './rule.js'

const TYPES = ['ImageContent', 'AudioContent', 'ResourceLink']
/** Spring AI's `@Tool` and its MCP annotations' `@McpTool`: the same attributes, the same default name. */
const TOOL_ANNOTATIONS = ['@Tool', '@McpTool']

export const CONTENT_RULES: ContentRule[] = [
  {
    languages: JVM,
    view: 'bare',
    needles: TYPES,
    re: /\bnew\s+(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\(/g,
    kind: (m) => kindOf(m[1])
  },
  {
    languages: JVM,
    view: 'bare',
    needles: TYPES,
    re: /\b(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\.\s*builder\s*\(/g,
    kind: (m) => kindOf(m[1])
  }
]

/** Registrations whose first argument is the tool name as a string literal. */
export const TOOL_LITERAL_RULES: SourceRule[] = [
  // Java SDK 1.x: Tool.builder().name("x"); 2.0: Tool.builder("x", schema); new McpSchema.Tool("x", …), new Tool("x",
  // …); Spring AI @Tool(name = "x") and @McpTool(name = "x")
  {
    languages: JVM,
    needles: ['builder'],
    re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*(")([^"\n]+)"/g,
    view: 'code'
  },
  { languages: JVM, needles: ['builder'], re: /\bTool\s*\.\s*builder\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
  { languages: JVM, needles: ['Tool'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
  {
    languages: JVM,
    needles: TOOL_ANNOTATIONS,
    re: /@(?:Mcp)?Tool\s*\([^)]{0,4000}?\bname\s*=\s*(")([^"\n]+)"/g,
    view: 'code',
    find: gapFind(/@(?:Mcp)?Tool\s*\(/g, ')', /\bname\s*=\s*(")([^"\n]+)"/y, 'name')
  }
]

/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
export const TOOL_DERIVED_RULES: SourceRule[] = [
  // Spring AI: @Tool or @McpTool(description = …) without name, then the method; found by hand (spring-tools.ts),
  // as the pattern's 4,000-character gaps are re-read from every `@Tool` (quadratic on `@Tool(@(@…`).
  {
    languages: JVM,
    needles: TOOL_ANNOTATIONS,
    find: springToolsNamedAfterMethod,
    re: /@(?:Mcp)?Tool\b(?!\s*\([^)]{0,4000}\bname\s*=)(?:\s*\([^)]{0,4000}\))?\s*(?:@(?=(\w+))\1(?:\([^)]{0,4000}\))?\s*){0,10}(?:(?:public|private|protected|static|final)\s+){0,10}(?:(?=([\w<>[\],.?]{1,400}))\2\s+){1,6}?(?<name>\w+)\s*\(/g,
    view: 'bare'
  }
]
