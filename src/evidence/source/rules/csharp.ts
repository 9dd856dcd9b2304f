// C# source rules (MCP C# SDK, Microsoft.Extensions.AI).
import { boundedGapMatches } from '../bounded-gap.js'
import type { ContentKind, ContentRule } from './rule.js'
import { kindOf } from './rule.js'

const BLOCKS = ['ImageContentBlock', 'AudioContentBlock', 'ResourceLinkBlock']

export const CONTENT_RULES: ContentRule[] = [
  { languages: ['csharp'], view: 'bare', needles: BLOCKS, re: /\b(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b\s*(?:\(|\{|\.From)/g, kind: (m) => kindOf(m[1]) },
  { languages: ['csharp'], view: 'bare', needles: BLOCKS, re: /\bnew\s+(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b/g, kind: (m) => kindOf(m[1]) },
  // The arguments before the media type are bounded: unbounded, each `new DataContent(` was scanned to the next `;` (1 MiB: 11 s).
  {
    languages: ['csharp'],
    view: 'code',
    needles: ['DataContent'],
    re: /\bnew\s+DataContent\s*\([^;]{0,4000}?"(image|audio)\/[^"]*"/g,
    find: (text) => boundedGapMatches(text, { head: /\bnew\s+DataContent\s*\(/g, stop: ';', max: 4000, tail: /"(image|audio)\/[^"]*"/y, tailStart: '"' }),
    kind: (m) => m[1] as ContentKind
  }
]
