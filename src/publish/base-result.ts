// The base branch's result for "new in this PR": first the digest stored on the base commit's
// "MCP go-live" check run (read only: nothing from the pull request runs), then a result file
// the workflow made from the base checkout. Whatever cannot be read is a debug note and no claim.
import { readFileSync, statSync } from 'node:fs'
import type { RunResult } from '../engine.js'
import { UsageError } from '../errors.js'
import { fact, type GitHubClient } from '../github-api-helper.js'
import { compare, parseBaseResult, parseDigest, type BaseBlocking, type Comparison } from '../report/comparison.js'
import { CHECK_RUN_NAME } from './check-run.js'

/** A base result file larger than this is refused unread (a result of 30,000 findings is about 20 MB). */
export const BASE_RESULT_MAX_BYTES = 64 * 1024 * 1024

/** The digest on the newest check run of the base commit for the same config; why not, otherwise. */
export async function baseFromCheckRun(
  client: GitHubClient,
  target: { owner: string; repo: string; baseSha: string; configPath: string }
): Promise<{ ok: true; base: BaseBlocking; requests: number } | { ok: false; why: string; requests: number }> {
  const { owner, repo, baseSha, configPath } = target
  const endpoint = `GET /repos/${owner}/${repo}/commits/${baseSha}/check-runs?check_name=${CHECK_RUN_NAME}`
  const runs = await fact(
    endpoint,
    () =>
      client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        owner,
        repo,
        ref: baseSha,
        check_name: CHECK_RUN_NAME,
        filter: 'latest',
        per_page: 100
      }),
    (d) => {
      const list = (d as { check_runs?: unknown })?.check_runs
      return Array.isArray(list)
        ? list.map((r) => ({
            text: (r as { output?: { text?: unknown } })?.output?.text,
            completedAt: String((r as { completed_at?: unknown })?.completed_at ?? '')
          }))
        : undefined
    }
  )
  if (!runs.ok) return { ok: false, why: `${endpoint}: ${runs.reason}`, requests: 1 }
  if (!runs.value.length)
    return {
      ok: false,
      why: `the base commit ${baseSha} has no "${CHECK_RUN_NAME}" check run (does the workflow run on pushes to the base branch?)`,
      requests: 1
    }
  const whys: string[] = []
  // Newest first; a repository gating several servers has one check run per config.
  for (const run of [...runs.value].sort((a, b) => b.completedAt.localeCompare(a.completedAt))) {
    const parsed = parseDigest(run.text)
    if (!parsed.ok) whys.push(parsed.why)
    else if (parsed.base.configPath !== configPath) whys.push(`a digest for another config (${parsed.base.configPath})`)
    else return { ok: true, base: { ...parsed.base, sha: parsed.base.sha ?? baseSha }, requests: 1 }
  }
  return {
    ok: false,
    why: `no usable result digest on the base commit's check runs: ${[...new Set(whys)].join('; ')}`,
    requests: 1
  }
}

/** A result file, bounded; the message names the file. */
export function baseFromFile(file: string): { ok: true; base: BaseBlocking } | { ok: false; why: string } {
  let text: string
  try {
    const size = statSync(file).size
    if (size > BASE_RESULT_MAX_BYTES)
      return { ok: false, why: `${file}: ${size} bytes, more than the ${BASE_RESULT_MAX_BYTES} a result file may have` }
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return { ok: false, why: `${file}: ${(e as Error).message}` }
  }
  const parsed = parseBaseResult(text)
  return parsed.ok ? parsed : { ok: false, why: `${file}: ${parsed.why}` }
}

/**
 * The comparison for this run, in the order of the brief: check run, then file; undefined (no claims) without a base.
 */
export async function comparisonFor(
  result: RunResult,
  options: {
    client?: GitHubClient
    owner?: string
    repo?: string
    baseSha?: string
    configPath: string
    baseResultFile?: string
    debug: (note: string) => void
    warn?: (note: string) => void
  }
): Promise<{ comparison?: Comparison; requests: number }> {
  let requests = 0
  if (options.client && options.owner && options.repo && options.baseSha) {
    const read = await baseFromCheckRun(options.client, {
      owner: options.owner,
      repo: options.repo,
      baseSha: options.baseSha,
      configPath: options.configPath
    })
    requests += read.requests
    if (read.ok) return { comparison: compare(result, read.base, 'check-run'), requests }
    options.debug(`New in this PR: ${read.why}.`)
  }
  if (options.baseResultFile) {
    const read = baseFromFile(options.baseResultFile)
    if (read.ok)
      return { comparison: compare(result, { ...read.base, sha: options.baseSha ?? null }, 'base-result'), requests }
    const say = options.warn ?? options.debug
    say(`New in this PR: the base-result file was not used: ${read.why}.`)
  }
  if (!options.baseSha && !options.baseResultFile)
    options.debug('New in this PR: no base result (not a pull request, or no base commit in the event).')
  return { requests }
}

/**
 * The CLI's `--base-result FILE`: a file the user named that cannot be used is a usage error (exit 2), not a silent "no
 * claims".
 */
export function comparisonWithFile(result: RunResult, file: string): Comparison {
  const read = baseFromFile(file)
  if (!read.ok) throw new UsageError(`--base-result ${read.why}`)
  return compare(result, read.base, 'base-result')
}
