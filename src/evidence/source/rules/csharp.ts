// C# source rules (MCP C# SDK, Microsoft.Extensions.AI).
import { boundedGapMatches } from '../bounded-gap.js'
import type { ContentKind, ContentRule, SourceRule } from './rule.js'
import { gapFind, kindOf } from './rule.js'

const BLOCKS = ['ImageContentBlock', 'AudioContentBlock', 'ResourceLinkBlock']

export const CONTENT_RULES: ContentRule[] = [
  {
    languages: ['csharp'],
    view: 'bare',
    needles: BLOCKS,
    re: /\b(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b\s*(?:\(|\{|\.From)/g,
    kind: (m) => kindOf(m[1])
  },
  {
    languages: ['csharp'],
    view: 'bare',
    needles: BLOCKS,
    re: /\bnew\s+(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b/g,
    kind: (m) => kindOf(m[1])
  },
  // The arguments before the media type are bounded: unbounded, each `new DataContent(` was scanned to the next `;`.
  {
    languages: ['csharp'],
    view: 'code',
    needles: ['DataContent'],
    re: /\bnew\s+DataContent\s*\([^;]{0,4000}?"(image|audio)\/[^"]*"/g,
    find: (text) =>
      boundedGapMatches(text, {
        head: /\bnew\s+DataContent\s*\(/g,
        stop: ';',
        max: 4000,
        tail: /"(image|audio)\/[^"]*"/y,
        tailStart: '"'
      }),
    kind: (m) => m[1] as ContentKind
  }
]

/** Registrations whose first argument is the tool name as a string literal. */
export const TOOL_LITERAL_RULES: SourceRule[] = [
  // Python decorators, with or without a name, are read by collectPythonDecoratedTools (with their server, for mounted
  // namespaces).
  // C#: [McpServerTool(Name = "x")] (what precedes Name, and a Spring AI name below, bounded as for addTool)
  {
    languages: ['csharp'],
    needles: ['McpServerTool'],
    re: /\[\s*McpServerTool\s*\([^\]]{0,4000}?\bName\s*=\s*(")([^"\n]+)"/g,
    view: 'code',
    find: gapFind(/\[\s*McpServerTool\s*\(/g, ']', /\bName\s*=\s*(")([^"\n]+)"/y, 'Name')
  }
]

/** Registrations whose name is the decorated function or method's name (see security.ts on their linear shape). */
export const TOOL_DERIVED_RULES: SourceRule[] = [
  // C#: [McpServerTool] or [McpServerTool, Description(...)] without Name, then the method
  {
    languages: ['csharp'],
    needles: ['McpServerTool'],
    re: /\[\s*McpServerTool\b(?![^\]]{0,4000}\bName\s*=)[^\]]{0,4000}\]\s*(?:\[[^\]]{0,4000}\]\s*){0,10}(?:(?:public|private|internal|protected|static|async|virtual|override|partial)\s+){0,10}(?:(?=([\w<>[\],.?]{1,400}))\1\s+){1,6}?(?<name>\w+)\s*\(/g,
    view: 'bare'
  }
]
