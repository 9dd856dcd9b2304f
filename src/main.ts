// The action: read the inputs, run the gate on the checkout, publish, and fail
// the step while a blocking item is open. It never runs code from the checkout.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { EXIT, UsageError } from './errors.js'
import { renderJson } from './report/json.js'
import { renderMarkdown } from './report/markdown.js'
import { runGate } from './run.js'
import { isInside } from './evidence/repository.js'

export async function run(): Promise<number> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
  try {
    const workingDirectory = resolve(workspace, core.getInput('working-directory') || '.')
    if (!isInside(workspace, workingDirectory)) throw new UsageError(`working-directory must be inside the workspace (${workspace})`)
    const config = core.getInput('config') || 'golive.yaml'
    const { result } = runGate({ dir: workingDirectory, config, configInsideCheckout: true, scope: 'local' })

    // Write the files first: whatever happens while publishing, the result is kept.
    const outDir = join(workingDirectory, '.golive')
    mkdirSync(outDir, { recursive: true })
    const jsonPath = join(outDir, 'golive-result.json')
    writeFileSync(jsonPath, renderJson(result))
    const markdown = renderMarkdown(result)
    writeFileSync(join(outDir, 'summary.md'), markdown)

    core.setOutput('verdict', result.verdict)
    core.setOutput('blocking', String(result.blocking))
    core.setOutput('report-path', outDir)
    core.setOutput('json-path', jsonPath)
    await writeSummary(markdown)

    if (result.verdict === 'blocked') {
      core.setFailed(`MCP go-live: blocked — ${result.blocking} blocking item${result.blocking === 1 ? '' : 's'} open.`)
      return EXIT.blocked
    }
    core.info(`MCP go-live: ready (${result.counts.passed} passed).`)
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

/** The job summary is dropped, not truncated, over 1 MiB: stay under it. */
const SUMMARY_LIMIT = 1024 * 1024 - 1024
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  let body = markdown
  if (Buffer.byteLength(body) > SUMMARY_LIMIT) {
    body = `${Buffer.from(body).subarray(0, SUMMARY_LIMIT - 200).toString('utf8').replace(/\uFFFD*$/, '')}\n\n… (truncated: the full result is in the JSON file)\n`
  }
  try {
    await core.summary.addRaw(body).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${(e as Error).message}`)
  }
}

run().then((code) => {
  process.exitCode = code
})
