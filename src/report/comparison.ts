// "New in this PR": the blocking findings of this run compared with the base
// branch's, by a key that survives edits elsewhere in a file (no line numbers).
// The base comes as a digest stored on its commit's check run, or as a full
// JSON result file; either is untrusted text and is parsed, never believed.
import { z } from 'zod'
import type { RunResult } from '../engine.js'
import { isFileEvidence, type Finding } from '../findings.js'

/** Where the base branch's result was read from. */
export type BaseSource = 'check-run' | 'base-result'

/** The additive `comparison` object of the JSON result (schemaVersion stays 1). */
export interface Comparison {
  base: { sha: string | null; source: BaseSource }
  /** Keys of blocking findings this run has and the base did not. */
  newBlocking: string[]
  /** Keys of blocking findings the base had that this run no longer has. */
  resolved: string[]
}

/** The base side: the keys of its blocking findings, complete or not usable at all. */
export interface BaseBlocking {
  sha: string | null
  /** The config the base result was for (a repository may gate several servers). */
  configPath: string | null
  keys: string[]
  /**
   * Checks the base did not judge (not applicable there, such as the approval of a PR on a push run): their findings
   * now are not claimed new.
   */
  notJudged: string[]
}

/**
 * A finding's stable key: check id, status, and its first piece of evidence (a file path, or the
 * API endpoint), without line or column, which shift with every edit above them.
 */
export function findingKey(f: Pick<Finding, 'check' | 'status' | 'evidence'>): string {
  const first = f.evidence[0]
  const where = first ? (isFileEvidence(first) ? first.file : first.api) : ''
  return `${f.check}|${f.status}|${where}`
}

/** The distinct keys of a result's blocking findings, sorted. */
export function blockingKeys(result: Pick<RunResult, 'findings'>): string[] {
  return [...new Set(result.findings.filter((f) => f.blocking).map(findingKey))].sort()
}

/** Checks whose every finding is `not applicable`. */
export function notJudgedChecks(result: { findings: Pick<Finding, 'check' | 'status'>[] }): string[] {
  const judged = new Set(result.findings.filter((f) => f.status !== 'not applicable').map((f) => f.check))
  return [...new Set(result.findings.map((f) => f.check))].filter((c) => !judged.has(c)).sort()
}

export function compare(head: Pick<RunResult, 'findings'>, base: BaseBlocking, source: BaseSource): Comparison {
  const now = blockingKeys(head)
  const before = new Set(base.keys)
  const current = new Set(now)
  const notJudged = new Set(base.notJudged)
  return {
    base: { sha: base.sha, source },
    newBlocking: now.filter((k) => !before.has(k) && !notJudged.has(k.slice(0, k.indexOf('|')))),
    resolved: [...before].filter((k) => !current.has(k)).sort()
  }
}

const DIGEST_HEAD = '<!-- mcp-golive:base-digest v1 '
const DIGEST_TAIL = ' -->'
/**
 * The check run's `output.text` takes at most 65,535 characters; a digest that does not fit is not stored (a partial
 * one would claim findings new).
 */
export const DIGEST_LIMIT = 60_000

const digestShape = z.object({
  v: z.literal(1),
  sha: z.string().max(64).nullable(),
  config: z.string().max(4096).nullable(),
  blocking: z.array(z.string().max(8192)).max(50_000),
  notJudged: z.array(z.string().max(200)).max(1000).default([])
})

/**
 * The digest stored on this run's check run, for pull requests based on this commit: the keys of the
 * blocking findings only (no message, no snippet: nothing a check quoted from the repository but a
 * path), in a hidden comment. `<` and `>` are written as JSON escapes so no key can close the comment.
 * Undefined when it does not fit.
 */
export function digestText(result: RunResult, sha: string | null): string | undefined {
  const json = JSON.stringify({
    v: 1,
    sha,
    config: result.config.path,
    blocking: blockingKeys(result),
    notJudged: notJudgedChecks(result)
  })
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
  const text = `${DIGEST_HEAD}${json}${DIGEST_TAIL}\n`
  return text.length <= DIGEST_LIMIT ? text : undefined
}

/** The digest in a check run's `output.text`, or why there is none. */
export function parseDigest(text: unknown): { ok: true; base: BaseBlocking } | { ok: false; why: string } {
  if (typeof text !== 'string' || !text) return { ok: false, why: 'the check run has no output text' }
  const start = text.indexOf(DIGEST_HEAD)
  if (start < 0) return { ok: false, why: 'the check run holds no result digest' }
  const end = text.indexOf(DIGEST_TAIL, start + DIGEST_HEAD.length)
  if (end < 0) return { ok: false, why: 'the result digest is cut off' }
  let data: unknown
  try {
    data = JSON.parse(text.slice(start + DIGEST_HEAD.length, end))
  } catch (e) {
    return { ok: false, why: `the result digest is not JSON (${(e as Error).message})` }
  }
  const parsed = digestShape.safeParse(data)
  if (!parsed.success)
    return {
      ok: false,
      why: `the result digest has an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'top level'}: ${parsed.error.issues[0]?.message})`
    }
  return {
    ok: true,
    base: {
      sha: parsed.data.sha,
      configPath: parsed.data.config,
      keys: parsed.data.blocking,
      notJudged: parsed.data.notJudged
    }
  }
}

const resultShape = z.object({
  schemaVersion: z.literal(1),
  config: z.object({ path: z.string() }).partial().optional(),
  findings: z.array(
    z.object({
      check: z.string(),
      status: z.string(),
      blocking: z.boolean().optional(),
      evidence: z.array(z.union([z.object({ file: z.string() }), z.object({ api: z.string() })])).default([])
    })
  )
})

/**
 * A JSON result file (`golive-result.json` of the base checkout), as the base; the message says which field is wrong.
 */
export function parseBaseResult(text: string): { ok: true; base: BaseBlocking } | { ok: false; why: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return { ok: false, why: `not JSON (${(e as Error).message})` }
  }
  const parsed = resultShape.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      why: `not a mcp-golive result (schemaVersion 1): ${issue?.path.join('.') || 'top level'}: ${issue?.message}`
    }
  }
  const findings = parsed.data.findings as Pick<Finding, 'check' | 'status' | 'evidence' | 'blocking'>[]
  return {
    ok: true,
    base: {
      sha: null,
      configPath: parsed.data.config?.path ?? null,
      keys: blockingKeys({ findings: findings as Finding[] }),
      notJudged: notJudgedChecks({ findings: findings as Finding[] })
    }
  }
}

/** A key's parts (the place may itself hold a `|`). */
export function keyParts(key: string): { check: string; status: string; where: string } {
  const a = key.indexOf('|')
  const b = key.indexOf('|', a + 1)
  return a < 0 || b < 0
    ? { check: key, status: '', where: '' }
    : { check: key.slice(0, a), status: key.slice(a + 1, b), where: key.slice(b + 1) }
}

/** "2 new blocking, 1 resolved" for the headline; empty without a base. */
export function comparisonLine(result: Pick<RunResult, 'comparison'>): string {
  const c = result.comparison
  if (!c) return ''
  return `${c.newBlocking.length} new blocking, ${c.resolved.length} resolved`
}

/** Whether any of these findings is blocking and new in this pull request. */
export function hasNewBlocking(result: Pick<RunResult, 'comparison'>, findings: Finding[]): boolean {
  const c = result.comparison
  if (!c?.newBlocking.length) return false
  const fresh = new Set(c.newBlocking)
  return findings.some((f) => f.blocking && fresh.has(findingKey(f)))
}
