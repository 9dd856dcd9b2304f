import type { FileEvidence } from '../../src/findings.js'
import type { CheckDefinition, Outcome } from '../../src/check.js'
import { counted } from '../shared.js'

const where = (e: FileEvidence) => `${e.file}:${e.line}:${e.column}`

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
    const uses = ctx.repo.source.contentTypes
    const prod = uses.filter((u) => !u.isTest)
    const test = uses.filter((u) => u.isTest)
    const outcomes: Outcome[] = prod.map((u) => ({
      status: 'failed' as const,
      message: `Prohibited ${u.kind.replace('_', ' ')} content is produced at ${where(u.at)}.`,
      evidence: [u.at],
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
