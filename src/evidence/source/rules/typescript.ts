// TypeScript and JavaScript source rules (MCP TypeScript SDK, FastMCP).
import type { ContentKind, ContentRule } from './rule.js'
import { JS } from './rule.js'

const KINDS = ['image', 'audio', 'resource_link']

export const CONTENT_RULES: ContentRule[] = [
  // TS object literal type: "image" | "audio" | "resource_link", also in ternaries and `as const`. A ternary's
  // condition is at most 200 characters and the gaps at most 20: unbounded, a line of `type:` and spaces
  // was scanned to its end from every `type`, in every split of its spaces (640 KB took a minute).
  { languages: JS, view: 'code', needles: KINDS, re: /\btype\s*:\s*(?:(?:[^,;{}\n\s][^,;{}\n]{0,200}?)?\?\s{0,20})?(['"`])(image|audio|resource_link)\1/g, kind: (m) => m[2] as ContentKind },
  { languages: JS, view: 'code', needles: KINDS, re: /\btype\s*:[^,;{}\n]{0,200}?:\s{0,20}(['"`])(image|audio|resource_link)\1/g, kind: (m) => m[2] as ContentKind },
  { languages: JS, view: 'code', needles: KINDS, re: /(['"`])(image|audio|resource_link)\1\s+as\s+const\b/g, kind: (m) => m[2] as ContentKind }
]
