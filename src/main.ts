// The action: read the inputs, run the gate on the checkout, write the result
// files, publish, and fail the step while a blocking item is open. The only
// code from the checkout it runs is the inventory server golive.yaml names,
// and never under pull_request_target.
import * as core from '@actions/core'
import { join, relative, resolve } from 'node:path'
import type { RunResult } from './engine.js'
import { EXIT, UsageError } from './errors.js'
import { collectGitHubEvidence, readRunContext, type GitHubEvidence, type RunContext } from './evidence/github.js'
import { isInside } from './evidence/repository.js'
import { jobsInput } from './jobs.js'
import { applyTimeLimit, DEFAULT_TIME_LIMIT_S } from './gate-thread.js'
import { createClient } from './github-api-helper.js'
import { checkRunSummary, createCheckRun, workflowAnnotations } from './publish/check-run.js'
import { commentBody, markerFor, upsertComment } from './publish/comment.js'
import { log } from './publish/log.js'
import { comparisonFor } from './publish/base-result.js'
import { renderSarif } from './publish/sarif.js'
import { renderJson } from './report/json.js'
import { checkCounts, fitSummary, renderMarkdown, SUMMARY_LIMIT } from './report/markdown.js'
import { describeIoError, prepareOutputDir, writeOutputFile } from './report/output.js'
import { writeReportFiles } from './report/write-report.js'
import { judgeGate, loadGateConfig, prepareGate, readServedInventory } from './run.js'
import { DEFAULT_INVENTORY_TIMEOUT_S } from './evidence/inventory.js'
import { plannedApiHalves, type CheckDefinition } from './check.js'
import { registerChecks, registeredChecks } from './registry.js'

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
    if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 300)
      throw new UsageError(
        `api-timeout must be a number of seconds between 1 and 300, got "${core.getInput('api-timeout')}"`
      )
    // The same parser and cap as the CLI's --jobs; the default is capped the same way (src/jobs.ts).
    const jobs = jobsInput(core.getInput('jobs'), 'jobs')
    if (jobs?.capped) log.info(jobs.capped)
    const timeLimitS = core.getInput('time-limit') || String(DEFAULT_TIME_LIMIT_S)
    applyTimeLimit('time-limit', timeLimitS)
    const inventoryTimeoutS = Number(
      core.getInput('inventory-timeout') || String(Math.min(DEFAULT_INVENTORY_TIMEOUT_S, Number(timeLimitS)))
    )
    if (!(Number.isFinite(inventoryTimeoutS) && inventoryTimeoutS > 0 && inventoryTimeoutS <= Number(timeLimitS)))
      throw new UsageError(
        `inventory-timeout must be a number of seconds above 0 and at most time-limit (${timeLimitS}), got "${core.getInput('inventory-timeout')}"`
      )

    // 2. The config, the checkout's evidence, then the facts only the API knows (in parallel, each once).
    const loaded = loadGateConfig({ dir, config, configInsideCheckout: true })
    const context = readRunContext(env)
    const client =
      token && context ? createClient({ token, baseUrl: context.apiUrl, timeoutMs: timeoutS * 1000 }) : undefined
    if (!context)
      log.warning('Not running in a GitHub Actions context (GITHUB_REPOSITORY unset): API checks are not verified.')
    else if (!token) log.warning('No token: API checks are not verified and block unless accept-not-verified is set.')
    // The checkout first: what it settles is not asked of the API (CodeQL default setup and Dependabot
    // security updates leave no file, so those are read only when the files do not pass).
    const prepared = await prepareGate({ dir, loaded, jobs: jobs?.jobs })
    // The inventory server runs code from the checkout: never when the workflow runs with the base repository's secrets
    // on a pull request's code.
    await readServedInventory(prepared, {
      timeoutS: inventoryTimeoutS,
      env,
      ...(env.GITHUB_EVENT_NAME === 'pull_request_target'
        ? {
            refuseStart:
              "under pull_request_target the gate starts nothing from the checkout (the pull request's code would run with the base repository's secrets); run the gate on pull_request, or use an inventory file",
            loopbackOnly:
              "under pull_request_target the pull request writes this address and could point it at a service of the runner's network"
          }
        : {})
    })
    const configRepoPath = relative(workspace, resolve(dir, loaded.path)).split('\\').join('/')
    const github: GitHubEvidence | undefined = context
      ? await collectGitHubEvidence(
          client,
          context,
          loaded.config.releaseBranches,
          configRepoPath,
          plannedApiHalves(registeredChecks(), prepared.evidence)
        )
      : undefined

    // 3. The gate. Without context it is a local run (API checks not verified).
    const gate = judgeGate(prepared, { loaded, github, acceptNotVerified, strict: true })
    const { result } = gate
    // New in this PR: the base branch's result, only read (the same under pull_request_target).
    let baseRequests = 0
    if (context?.pull) {
      const baseResult = core.getInput('base-result')
      const compared = await comparisonFor(result, {
        client,
        owner: context.owner,
        repo: context.repo,
        baseSha: context.pull.baseSha,
        configPath: result.config.path,
        ...(baseResult ? { baseResultFile: resolve(workspace, baseResult) } : {}),
        debug: log.debug,
        warn: log.warning
      })
      if (compared.comparison) result.comparison = compared.comparison
      baseRequests = compared.requests
    }

    // 4. Files first: whatever happens while publishing, the result is kept.
    const outDir = join(dir, '.golive')
    // Never through a link: a pull request controls the checkout, .golive/ included.
    const place = { checkout: dir }
    prepareOutputDir(outDir, place)
    const jsonPath = join(outDir, 'golive-result.json')
    const sarifPath = join(outDir, 'golive.sarif')
    writeOutputFile(jsonPath, renderJson(result), place)
    writeOutputFile(sarifPath, renderSarif(result), place)
    const linkBase = context
      ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.pull?.headSha || context.sha}`
      : undefined
    const markdown = renderMarkdown(result, { linkBase })
    writeOutputFile(join(outDir, 'summary.md'), markdown, place)
    writeReportFiles(
      outDir,
      gate,
      {
        repositoryUrl: context ? `${context.serverUrl}/${context.owner}/${context.repo}` : null,
        commit: context?.pull?.headSha || context?.sha || null,
        ref: context?.ref || null
      },
      place
    )
    log.setOutput('verdict', result.verdict)
    log.setOutput('blocking', String(result.blocking))
    log.setOutput('report-path', outDir)
    log.setOutput('json-path', jsonPath)
    log.setOutput('sarif-path', sarifPath)

    // 5. Publish. A failure here is said in the log and the summary; it never changes the verdict.
    const notes = await publish({
      client,
      context,
      result,
      linkBase,
      wantComment,
      wantCheckRun,
      configPath: loaded.path,
      apiRequests: (github?.requests ?? 0) + baseRequests
    })
    const summaryUrl = context?.runId
      ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`
      : undefined
    // 8 KiB kept for the publishing notes below the checklist.
    const jobSummary = renderMarkdown(result, {
      linkBase,
      summaryUrl,
      limit: SUMMARY_LIMIT - 8192,
      measure: (s) => Buffer.byteLength(s),
      surface: 'job summary'
    })
    await writeSummary(
      jobSummary + (notes.length ? `\n### Publishing\n\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''),
      env
    )

    // 6. The verdict.
    if (result.verdict === 'blocked') {
      const open = checkCounts(result).blocking.length
      log.setFailed(
        `MCP go-live: blocked — ${open} check${open === 1 ? '' : 's'} open (${result.blocking} blocking finding${result.blocking === 1 ? '' : 's'}).`
      )
      return EXIT.blocked
    }
    log.info(
      `MCP go-live: ready (${result.counts.passed} passed${result.counts.attested ? `, ${result.counts.attested} attested` : ''}).`
    )
    return EXIT.ready
  } catch (e) {
    if (e instanceof UsageError) {
      for (const p of e.problems)
        log.error(`${p.field ? `${p.field}: ` : ''}${p.message}`, {
          file: p.file,
          startLine: p.line,
          startColumn: p.column,
          title: 'golive.yaml'
        })
      log.setFailed(e.describe())
    } else if ((e as NodeJS.ErrnoException)?.code && (e as NodeJS.ErrnoException).syscall) {
      // A file-system failure the run did not foresee: which file, and why, in words.
      const errno = e as NodeJS.ErrnoException
      log.setFailed(`${errno.syscall}${errno.path ? ` ${errno.path}` : ''}: ${describeIoError(e)}`)
    } else {
      log.setFailed(`internal error: ${(e as Error)?.message ?? String(e)}`)
      log.debug((e as Error)?.stack ?? '')
    }
    log.setOutput('verdict', 'error')
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
  const summaryUrl = p.context?.runId
    ? `${p.context.serverUrl}/${p.context.owner}/${p.context.repo}/actions/runs/${p.context.runId}`
    : undefined
  if (p.client && p.context?.pull && p.wantComment) {
    const marker = markerFor(p.configPath)
    const outcome = await upsertComment(
      p.client,
      { owner: p.context.owner, repo: p.context.repo, issue: p.context.pull.number },
      commentBody(p.result, { marker, linkBase: p.linkBase, summaryUrl }),
      marker
    )
    requests += outcome.requests
    if (outcome.action === 'failed') {
      const why = p.context.pull.fromFork ? ' (a fork pull request gets a read-only token under `pull_request`)' : ''
      log.warning(`The PR comment was not written: ${outcome.detail}${why}`)
      notes.push(`The PR comment was not written${why}: ${outcome.detail}`)
    } else log.info(`PR comment: ${outcome.detail}.`)
  }
  let annotated = false
  if (p.client && p.context && p.wantCheckRun) {
    const sha = p.context.pull?.headSha || p.context.sha
    const outcome = await createCheckRun(
      p.client,
      { owner: p.context.owner, repo: p.context.repo, sha },
      p.result,
      checkRunSummary(p.result, { linkBase: p.linkBase, summaryUrl }),
      summaryUrl
    )
    requests += outcome.requests
    annotated = outcome.ok
    if (!outcome.ok) {
      log.warning(`The check run was not written: ${outcome.detail}`)
      notes.push(
        `The check run was not written: ${outcome.detail}. Annotations were written as workflow commands instead.`
      )
    } else log.info(`Check run: ${outcome.detail}.`)
  }
  if (!annotated) {
    for (const a of workflowAnnotations(p.result))
      log[a.level](a.message, { file: a.file, startLine: a.line, startColumn: a.column, title: a.title })
  }
  log.info(`GitHub API requests: ${requests}.`)
  return notes
}

async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return
  const body = fitSummary(markdown)
  try {
    await log.summary(body)
  } catch (e) {
    log.warning(`Could not write the job summary: ${(e as Error).message}`)
  }
}

/** The action in the gate thread, with the registry the composition root (app/main.ts) hands in. */
export function runAction(checks: readonly CheckDefinition[]): void {
  registerChecks(checks)
  run().then((code) => {
    process.exitCode = code
  })
}
