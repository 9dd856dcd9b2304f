// The PR comment's body, apart from the client that posts it, so `check --format markdown` prints
// the same body without loading the GitHub API client.
import { createHash } from 'node:crypto'
import type { RunResult } from '../engine.js'
import { renderMarkdown } from '../report/markdown.js'

export const COMMENT_LIMIT = 65_536

export function markerFor(configPath: string): string {
  return `<!-- mcp-golive:comment config=${createHash('sha1').update(configPath).digest('hex').slice(0, 12)} -->`
}

/**
 * The comment body: the blocking list first, then the phases collapsed; details per check are cut to fit, never a phase
 * or a blocking check.
 */
export function commentBody(
  result: RunResult,
  options: { marker: string; linkBase?: string; summaryUrl?: string }
): string {
  const body = renderMarkdown(result, {
    linkBase: options.linkBase,
    summaryUrl: options.summaryUrl,
    limit: COMMENT_LIMIT - options.marker.length - 1,
    surface: 'comment'
  })
  return `${options.marker}\n${body}`
}
