import type { CheckDefinition, Outcome } from '../../src/check.js'
import { byCause, counted, firstPlaces, MAX_EVIDENCE } from '../shared.js'
import { NO_SOURCE_REASON, SOURCE_LANGUAGES } from './shared.js'

export const contentTypes: CheckDefinition = {
  id: 'security.content-types',
  phase: 'security',
  level: 'critical',
  title: 'No prohibited content types',
  reads: ['source'],
  passesWhen: 'no image, audio or resource-link content is produced in source',
  explain: {
    looksFor: 'Image, audio and resource-link content produced in production source.',
    evidence: [
      'TS `type: "image" | "audio" | "resource_link"`',
      'Python `ImageContent`, `AudioContent`, `ResourceLink`, FastMCP `Image`, `Audio`',
      'C# `ImageContentBlock`, `AudioContentBlock`, `ResourceLinkBlock`, `DataContent` with image/audio types',
      'Go `mcp.ImageContent{}`, `NewImageContent`, `NewToolResultImage`, …',
      'Java `McpSchema.ImageContent`, `AudioContent`, `ResourceLink`'
    ],
    why: 'These content types are prohibited: they carry content a reviewer cannot read and can smuggle instructions.',
    fix: 'Return text content only. Uses in test code are reported apart and do not block.'
  },
  run(ctx) {
    // Nothing read is nothing seen: a server in another language (Rust, …) does not pass on no evidence.
    if (ctx.repo.scan.sourceFiles === 0)
      return [
        {
          status: 'not verified',
          message: `No ${SOURCE_LANGUAGES} source was found, so the content the tools return could not be read.`,
          reason: NO_SOURCE_REASON,
          fix: 'Check by hand that no tool returns image, audio or resource-link content, and record it as a waiver.'
        }
      ]
    const uses = ctx.repo.source.contentTypes
    const prod = uses.filter((u) => !u.isTest)
    const test = uses.filter((u) => u.isTest)
    // One finding per content kind, with the count of places and the first ones.
    const outcomes: Outcome[] = byCause(prod, (u) => u.kind).map(([kind, us]) => ({
      status: 'failed' as const,
      message: `Prohibited ${kind.replace('_', ' ')} content is produced ${us.length === 1 ? 'at' : `in ${counted(us.length, 'place')}:`} ${firstPlaces(us.map((u) => u.at))}.`,
      evidence: us.slice(0, MAX_EVIDENCE).map((u) => u.at),
      fix: 'Return text content only: describe the image or audio in text, or return an identifier the client resolves through its own, authorised channel. Resource links are not allowed either.'
    }))
    if (test.length)
      outcomes.push({
        status: 'warning',
        nonProduction: true,
        message: `${counted(test.length, 'use')} of prohibited content types in test code (reported, not blocking).`,
        evidence: test.map((u) => u.at)
      })
    if (!prod.length)
      outcomes.unshift({
        status: 'passed',
        message: `No image, audio or resource-link content in production source (${ctx.repo.scan.sourceFiles} source files read).`
      })
    return outcomes
  }
}
