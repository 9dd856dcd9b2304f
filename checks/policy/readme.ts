import { type CheckContext, type CheckDefinition, escapeRegExp, isWordChar, LineFinder } from '../../src/check.js'
import { fileAt } from './shared.js'

/** First line (1-based) in a text that matches, or undefined. */
function lineOf(text: string, re: RegExp): number | undefined {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => re.test(l))
  return i === -1 ? undefined : i + 1
}

type ReadmeSection = 'purpose' | 'tools' | 'auth' | 'owner'

/** The README text to add, section by section, with the declared tools and owner filled in. */
function readmeSkeleton(ctx: CheckContext, sections: ReadmeSection[]): string {
  const parts: Record<ReadmeSection, string> = {
    purpose: `# ${ctx.config.server.name}\n\nWhat it does, in one paragraph.`,
    // Only names MCP allows (letters, digits, _ - .): a snippet is shown verbatim, so nothing else from the repository
    // goes in.
    tools: `## Tools\n\n${ctx.config.tools.map((t) => `- \`${/^[\w.-]{1,128}$/.test(t.name) ? t.name : 'tool_name'}\`: …`).join('\n') || '- `tool_name`: …'}`,
    auth: '## Authentication\n\nOn-behalf-of (OBO) the signed-in user; tokens validated at the gateway and in the server.',
    owner: `## Owner\n\n${ctx.config.server.owner}`
  }
  return '```markdown\n' + sections.map((s) => parts[s]).join('\n\n') + '\n```'
}

export const readme: CheckDefinition = {
  id: 'policy.readme',
  phase: 'policy',
  level: 'blocking',
  title: 'README',
  passesWhen: 'a README names what the server does, its tools, its auth and its owner',
  explain: {
    looksFor: 'A README that says what the server does, its tools, its authentication and its owner.',
    evidence: [
      'README.md at the root: a prose paragraph, every declared tool name, auth words (OBO, Entra, OAuth, JWT…), the owner handle or an owner line'
    ],
    why: 'Reviewers and on-call engineers need to know what runs and who owns it.',
    fix: 'Add the four parts; the finding names what is missing.'
  },
  run(ctx) {
    const doc = ctx.repo.docs.readme
    if (!doc) {
      return [
        {
          status: 'failed',
          message: 'No README at the repository root.',
          fix: `Add README.md with: what the server does, its tools, how it authenticates (OBO), and who owns it.\n\n${readmeSkeleton(ctx, ['purpose', 'tools', 'auth', 'owner'])}`
        }
      ]
    }
    const text = doc.text
    const items: { what: string; section: ReadmeSection; line?: number }[] = [
      { what: 'what the server does', section: 'purpose', line: purposeLine(text) },
      { what: 'its tools', section: 'tools', line: toolsLine(text, ctx) },
      {
        what: 'its authentication',
        section: 'auth',
        line: lineOf(
          text,
          /\b(auth(entication|orization)?|OAuth|OBO|on[- ]behalf[- ]of|Entra|bearer|sign[- ]?in|JWT|OIDC)\b/i
        )
      },
      {
        what: 'its owner',
        section: 'owner',
        line: lineOf(
          text,
          new RegExp(
            `${escapeRegExp(ctx.config.server.owner)}|\\b(owner|owned by|maintainer|maintained by|contact)\\b`,
            'i'
          )
        )
      }
    ]
    const missing = items.filter((i) => i.line === undefined)
    const evidence = items.filter((i) => i.line !== undefined).map((i) => fileAt(doc.path, i.line, 1, i.what))
    if (missing.length) {
      return [
        {
          status: 'failed',
          message: `${doc.path} does not say ${missing.map((m) => m.what).join(', ')}.`,
          evidence: evidence.length ? evidence : [fileAt(doc.path)],
          fix: `Add to ${doc.path}: ${missing.map((m) => m.what).join('; ')}.\n\n${readmeSkeleton(
            ctx,
            missing.map((m) => m.section)
          )}`
        }
      ]
    }
    return [
      {
        status: 'passed',
        message: `${doc.path} names what the server does, its tools, its authentication and its owner.`,
        evidence
      }
    ]
  }
}

/** A prose paragraph of at least eight words that is not a heading, badge or code. */
function purposeLine(text: string): number | undefined {
  const lines = text.split('\n')
  let inCode = false
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim()
    if (l.startsWith('```')) inCode = !inCode
    if (inCode || !l || /^(#|!\[|\[!\[|<|\||>)/.test(l)) continue
    if (l.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length >= 8) return i + 1
  }
  return undefined
}

/** Every declared tool named, or, with no tools declared, a "Tools" section. */
function toolsLine(text: string, ctx: CheckContext): number | undefined {
  const tools = ctx.config.tools
  if (!tools.length) return lineOf(text, /^#+\s*tools\b/i)
  let first = Infinity
  for (const t of tools) {
    const offset = offsetNaming(text, t.name)
    if (offset === undefined) return undefined
    first = Math.min(first, offset)
  }
  return new LineFinder(text).at(first).line
}

/**
 * Where `name` first stands in the text as a word of its own (no letter, digit or _ just before or
 * after it, on its line). Searched for, not tested line by line with a pattern per tool, which costs
 * the README's lines times the declared tools.
 */
function offsetNaming(text: string, name: string): number | undefined {
  if (name.includes('\n')) return undefined
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length))) return at
  }
  return undefined
}
