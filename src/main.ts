// The action: read the inputs, run the gate on the checkout, write the result
// files, publish, and fail the step while a blocking item is open. It never
// runs code from the checkout, so it is safe under pull_request_target.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { RunResult } from './engine.js'
import { EXIT, UsageError } from './errors.js'
import { collectGitHubEvidence, readRunContext, type GitHubEvidence, type RunContext } from './evidence/github.js'
import { isInside } from './evidence/repository.js'
import { applyTimeLimit, DEFAULT_TIME_LIMIT_S } from './gate-thread.js'
import { createClient } from './github-api-helper.js'
import { checkRunSummary, createCheckRun, workflowAnnotations } from './publish/check-run.js'
import { commentBody, markerFor, upsertComment } from './publish/comment.js'
import { renderSarif } from './publish/sarif.js'
import { renderJson } from './report/json.js'
import { checkCounts, fitSummary, renderMarkdown, SUMMARY_LIMIT } from './report/markdown.js'
import { writeReportFiles } from './report/write-report.js'
import { judgeGate, loadGateConfig, prepareGate } from './run.js'
import { apiHalvesNeeded } from '../checks/policy.js'

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  try {
    // 1. Inputs.
    const dir = resolve(workspace, core.getInput('working-directory') || '.')
    if (!isInside(workspace, dir)) throw new UsageError(`working-directory must be inside the workspace (${workspace})`)
    const config = core.getInput('config') || 'golive.yaml'
    const token = core.getInput('token')
    const acceptNotVerified = core.getInput('accept-not-verified') === 'true'
    const wantComment = core.getInput('comment') !== 'false'
    const wantCheckRun = core.getInput('check-run') !== 'false'
    const timeoutS = Number(core.getInput('api-timeout') || '15')
    if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 300) throw new UsageError(`api-timeout must be a number of seconds between 1 and 300, got "${core.getInput('api-timeout')}"`)
    applyTimeLimit('time-limit', core.getInput('time-limit') || String(DEFAULT_TIME_LIMIT_S))

    // 2. The config, the checkout's evidence, then the facts only the API knows (in parallel, each once).
    const loaded = loadGateConfig({ dir, config, configInsideCheckout: true })
    const context = readRunContext(env)
    const client = token && context ? createClient({ token, baseUrl: context.apiUrl, timeoutMs: timeoutS * 1000 }) : undefined
    if (!context) core.warning('Not running in a GitHub Actions context (GITHUB_REPOSITORY unset): API checks are not verified.')
    else if (!token) core.warning('No token: API checks are not verified and block unless accept-not-verified is set.')
    // The checkout first: what it settles is not asked of the API (CodeQL default setup and Dependabot
    // security updates leave no file, so those are read only when the files do not pass).
    const prepared = prepareGate({ dir, loaded })
    const configRepoPath = relative(workspace, resolve(dir, loaded.path)).split('\\').join('/')
    const github: GitHubEvidence | undefined = context ? await collectGitHubEvidence(client, context, loaded.config.releaseBranches, configRepoPath, apiHalvesNeeded(prepared.evidence)) : undefined

    // 3. The gate. Without context it is a local run (API checks not verified).
    const gate = judgeGate(prepared, { loaded, github, acceptNotVerified, strict: true })
    const { result } = gate

    // 4. Files first: whatever happens while publishing, the result is kept.
    const outDir = join(dir, '.golive')
    mkdirSync(outDir, { recursive: true })
    const jsonPath = join(outDir, 'golive-result.json')
    const sarifPath = join(outDir, 'golive.sarif')
    writeFileSync(jsonPath, renderJson(result))
    writeFileSync(sarifPath, renderSarif(result))
    const linkBase = context ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.pull?.headSha || context.sha}` : undefined
    const markdown = renderMarkdown(result, { linkBase })
    writeFileSync(join(outDir, 'summary.md'), markdown)
    writeReportFiles(outDir, gate, { repositoryUrl: context ? `${context.serverUrl}/${context.owner}/${context.repo}` : null, commit: context?.pull?.headSha || context?.sha || null, ref: context?.ref || null })
    core.setOutput('verdict', result.verdict)
    core.setOutput('blocking', String(result.blocking))
    core.setOutput('report-path', outDir)
    core.setOutput('json-path', jsonPath)
    core.setOutput('sarif-path', sarifPath)

    // 5. Publish. A failure here is said in the log and the summary; it never changes the verdict.
    const notes = await publish({ client, context, result, linkBase, wantComment, wantCheckRun, configPath: loaded.path, apiRequests: github?.requests ?? 0 })
    const summaryUrl = context?.runId ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}` : undefined
    // 8 KiB kept for the publishing notes below the checklist.
    const jobSummary = renderMarkdown(result, { linkBase, summaryUrl, limit: SUMMARY_LIMIT - 8192, measure: (s) => Buffer.byteLength(s), surface: 'job summary' })
    await writeSummary(jobSummary + (notes.length ? `\n### Publishing\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''), env)

    // 6. The verdict.
    if (result.verdict === 'blocked') {
      const open = checkCounts(result).blocking.length
      core.setFailed(`MCP go-live: blocked — ${open} check${open === 1 ? '' : 's'} open (${result.blocking} blocking finding${result.blocking === 1 ? '' : 's'}).`)
      return EXIT.blocked
    }
    core.info(`MCP go-live: ready (${result.counts.passed} passed${result.counts.attested ? `, ${result.counts.attested} attested` : ''}).`)
    return EXIT.ready
  } catch (e) {
    if (e instanceof UsageError) {
      for (const p of e.problems) core.error(`${p.field ? `${p.field}: ` : ''}${p.message}`, { file: p.file, startLine: p.line, startColumn: p.column, title: 'golive.yaml' })
      core.setFailed(e.describe())
    } else {
      core.setFailed(`internal error: ${(e as Error)?.message ?? String(e)}`)
      core.debug((e as Error)?.stack ?? '')
    }
    core.setOutput('verdict', 'error')
    return EXIT.usage
  }
}

interface PublishInputs {
  client: ReturnType<typeof createClient> | undefined
  context: RunContext | undefined
  result: RunResult
  linkBase?: string
  wantComment: boolean
  wantCheckRun: boolean
  configPath: string
  apiRequests: number
}

/** The comment and the check run; returns what a reader should know about them. */
async function publish(p: PublishInputs): Promise<string[]> {
  const notes: string[] = []
  let requests = p.apiRequests
  const summaryUrl = p.context?.runId ? `${p.context.serverUrl}/${p.context.owner}/${p.context.repo}/actions/runs/${p.context.runId}` : undefined
  if (p.client && p.context?.pull && p.wantComment) {
    const marker = markerFor(p.configPath)
    const outcome = await upsertComment(p.client, { owner: p.context.owner, repo: p.context.repo, issue: p.context.pull.number }, commentBody(p.result, { marker, linkBase: p.linkBase, summaryUrl }), marker)
    requests += outcome.requests
    if (outcome.action === 'failed') {
      const why = p.context.pull.fromFork ? ' (a fork pull request gets a read-only token under `pull_request`)' : ''
      core.warning(`The PR comment was not written: ${outcome.detail}${why}`)
      notes.push(`The PR comment was not written${why}: ${outcome.detail}`)
    } else core.info(`PR comment: ${outcome.detail}.`)
  }
  let annotated = false
  if (p.client && p.context && p.wantCheckRun) {
    const sha = p.context.pull?.headSha || p.context.sha
    const outcome = await createCheckRun(p.client, { owner: p.context.owner, repo: p.context.repo, sha }, p.result, checkRunSummary(p.result, { linkBase: p.linkBase, summaryUrl }), summaryUrl)
    requests += outcome.requests
    annotated = outcome.ok
    if (!outcome.ok) {
      core.warning(`The check run was not written: ${outcome.detail}`)
      notes.push(`The check run was not written: ${outcome.detail}. Annotations were written as workflow commands instead.`)
    } else core.info(`Check run: ${outcome.detail}.`)
  }
  if (!annotated) {
    for (const a of workflowAnnotations(p.result)) core[a.level](a.message, { file: a.file, startLine: a.line, startColumn: a.column, title: a.title })
  }
  core.info(`GitHub API requests: ${requests}.`)
  return notes
}

async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return
  const body = fitSummary(markdown)
  try {
    await core.summary.addRaw(body).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`)
  }
}

run().then((code) => {
  process.exitCode = code
})
