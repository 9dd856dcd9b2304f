// Every language's source rules, in one list per kind. Adding a language: a file beside these
// and a line here (plus the lexer's view of its comments and strings, lexer.ts).
import type { ContentRule, SourceRule } from './rule.js'
import * as csharp from './csharp.js'
import * as go from './go.js'
import * as java from './java.js'
import * as python from './python.js'
import * as typescript from './typescript.js'

const LANGUAGES = [typescript, python, csharp, go, java]

export const CONTENT_RULES: ContentRule[] = LANGUAGES.flatMap((l) => l.CONTENT_RULES)
export const TOOL_LITERAL_RULES: SourceRule[] = LANGUAGES.flatMap((l) => l.TOOL_LITERAL_RULES)
export const TOOL_DERIVED_RULES: SourceRule[] = LANGUAGES.flatMap((l) => l.TOOL_DERIVED_RULES)
