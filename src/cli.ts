// The CLI: the same engine as the action, run locally with no token.
// `--version` and `--help` load nothing else (fast cold start); commands load
// their modules on demand.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { EXIT, UsageError } from './errors.js'
import { applyTimeLimit, DEFAULT_TIME_LIMIT_S, gateThreadData, runInGateThread, sinceProcessStart } from './gate-thread.js'
import { TOOL_NAME, TOOL_VERSION } from './version.js'

const HELP = `${TOOL_NAME} ${TOOL_VERSION} — is this MCP server ready for production?

Usage:
  ${TOOL_NAME} check [DIR] [--config FILE] [--format text|json|markdown] [--output FILE] [--strict]
  ${TOOL_NAME} report [DIR] [--out DIR] [--config FILE] [--today DATE]
                                      write GOLIVE-REPORT.md and golive-report.json (default DIR/.golive)
  ${TOOL_NAME} init [DIR] [--force]   write a golive.yaml from the repository's evidence, to review
  ${TOOL_NAME} explain CHECK          what a check looks for, why, and how to fix it
  ${TOOL_NAME} schema [--report]      print the JSON Schema of golive.yaml (or of the report file)
  ${TOOL_NAME} --help | --version

check options:
  --config FILE    golive.yaml to use (default: DIR/golive.yaml)
  --format FORMAT  text (default), json or markdown
  --output FILE    write the result there instead of standard output
  --today DATE     judge waiver expiry on this day (YYYY-MM-DD; default today, UTC)
  --verbose        show the evidence of passed checks too
  --strict         checks that need the GitHub API (not readable locally) block too
  --timings        print the time of each stage (from the process's start), and of the checks per phase, to standard error
  --jobs N         threads for the source pass (default: one per 10,000 files, at most one per core, and 4)
  --time-limit S   stop with exit 2 after S seconds (default ${DEFAULT_TIME_LIMIT_S}; also for report)

Exit codes: 0 ready, 1 blocking items open, 2 usage or configuration error.
Without a GitHub token, facts only the GitHub API knows are not read: the verdict covers local evidence.`

export async function cli(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean; columns?: number; env: NodeJS.ProcessEnv }): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(`${HELP}\n`)
      return command ? EXIT.ready : EXIT.usage
    }
    if (command === '--version' || command === '-V' || command === 'version') {
      io.out(`${TOOL_VERSION}\n`)
      return EXIT.ready
    }
    if (command === 'check') return await check(rest, io)
    if (command === 'report') return await report(rest, io)
    if (command === 'init') return await init(rest, io)
    if (command === 'explain') return await explain(rest, io)
    if (command === 'docs') return await docs(rest, io)
    if (command === 'schema') {
      const { values } = parse(rest, { report: { type: 'boolean', default: false } })
      const schema = values.report ? (await import('./report/go-live-report.js')).reportJsonSchema() : (await import('./config/schema.js')).configJsonSchema()
      io.out(`${JSON.stringify(schema, null, 2)}\n`)
      return EXIT.ready
    }
    throw new UsageError(`unknown command "${command}"`, [], `Run \`${TOOL_NAME} --help\` for the commands.`)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${TOOL_NAME}: ${e.describe()}\n`)
      return EXIT.usage
    }
    // A bug of ours: say so plainly, without a stack trace unless asked for.
    io.err(`${TOOL_NAME}: internal error: ${(e as Error)?.message ?? String(e)}\n${io.env.MCP_GOLIVE_DEBUG ? `${(e as Error)?.stack}\n` : 'Set MCP_GOLIVE_DEBUG=1 for details, and please report it.\n'}`)
    return EXIT.usage
  }
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[\w+\]: /, ''), [], `Run \`${TOOL_NAME} --help\` for the options.`)
  }
}

async function check(args: string[], io: Parameters<typeof cli>[1]): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string' },
    format: { type: 'string', default: 'text' },
    output: { type: 'string' },
    today: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    timings: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    'time-limit': { type: 'string' }
  })
  if (positionals.length > 1) throw new UsageError(`check takes one directory, got ${positionals.length}`)
  if (values['time-limit'] !== undefined) applyTimeLimit('--time-limit', String(values['time-limit']))
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64, got "${String(values.jobs)}"`)
  const format = String(values.format)
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json or markdown, got "${format}"`)
  const today = values.today as string | undefined
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be YYYY-MM-DD, got "${today}"`)
  const { runGate } = await import('./run.js')
  // Before the run: Node, the gate thread and the modules the run needs.
  const startMs = sinceProcessStart()
  const { result, timings, ctx } = runGate({ dir: positionals[0] ?? '.', config: values.config as string | undefined, today, strict: values.strict as boolean, jobs })
  if (values.timings) io.err(`timings: start ${startMs.toFixed(0)} ms, config ${timings.config.toFixed(0)} ms, snapshot ${timings.snapshot.toFixed(0)} ms, evidence ${timings.evidence.toFixed(0)} ms (${ctx.repo.scan.files} files, ${(ctx.repo.scan.bytes / 1e6).toFixed(1)} MB read, ${ctx.repo.scan.threads} thread${ctx.repo.scan.threads === 1 ? '' : 's'}), checks ${timings.checks.toFixed(0)} ms (${Object.entries(timings.phases).map(([phase, ms]) => `${phase} ${ms.toFixed(0)}`).join(', ')})\n`)
  let text: string
  if (format === 'json') text = (await import('./report/json.js')).renderJson(result)
  else if (format === 'markdown') {
    // Exactly the body the action posts as the PR comment, so another CI can post it too.
    const { commentBody, markerFor } = await import('./publish/comment-body.js')
    text = commentBody(result, { marker: markerFor(result.config.path) })
  }
  else {
    const colour = io.isTTY && !values.output && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb'
    const { languageOf } = await import('./evidence/repository.js')
    const languages = new Set(ctx.repo.paths.map(languageOf).filter((l) => l !== undefined))
    text = (await import('./report/text.js')).renderText(result, { colour, verbose: values.verbose as boolean, width: values.output ? undefined : io.columns, languages })
  }
  if (values.output) writeFileSync(String(values.output), text)
  else io.out(text)
  return result.verdict === 'ready' ? EXIT.ready : EXIT.blocked
}

async function report(args: string[], io: Parameters<typeof cli>[1]): Promise<number> {
  const { values, positionals } = parse(args, { config: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' }, strict: { type: 'boolean', default: false }, 'time-limit': { type: 'string' } })
  if (values['time-limit'] !== undefined) applyTimeLimit('--time-limit', String(values['time-limit']))
  const today = values.today as string | undefined
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be YYYY-MM-DD, got "${today}"`)
  const dir = positionals[0] ?? '.'
  const { runGate } = await import('./run.js')
  const { writeReportFiles } = await import('./report/write-report.js')
  const run = runGate({ dir, config: values.config as string | undefined, today, strict: values.strict as boolean })
  const outDir = (values.out as string | undefined) ?? join(dir, '.golive')
  const files = writeReportFiles(outDir, run, {})
  io.out(`${files.join('\n')}\n`)
  return run.result.verdict === 'ready' ? EXIT.ready : EXIT.blocked
}

async function init(args: string[], io: Parameters<typeof cli>[1]): Promise<number> {
  const { values, positionals } = parse(args, { force: { type: 'boolean', default: false } })
  const { resolveCheckout } = await import('./run.js')
  const dir = resolveCheckout(positionals[0] ?? '.')
  const target = join(dir, 'golive.yaml')
  if (existsSync(target) && !values.force) throw new UsageError(`${target} exists`, [], 'Pass --force to overwrite it.')
  const { initConfig } = await import('./init.js')
  writeFileSync(target, initConfig(dir))
  io.out(`wrote ${target}: review every line marked \`# review\`, then run \`${TOOL_NAME} check\`.\n`)
  return EXIT.ready
}

async function explain(args: string[], io: Parameters<typeof cli>[1]): Promise<number> {
  const { positionals } = parse(args, {})
  const { explainMarkdown, EXPLAINED_IDS } = await import('../checks/explain.js')
  const id = positionals[0]
  const text = id ? explainMarkdown(id) : undefined
  if (!text) {
    const { closest, distance } = await import('fastest-levenshtein')
    // A near miss (a typo, a missing phase prefix) is named; anything further gets the list.
    const near = id ? closest(id, EXPLAINED_IDS) : undefined
    const suggestion = id && (EXPLAINED_IDS.find((c) => c.endsWith(`.${id}`)) ?? (near && distance(id, near) <= Math.max(2, Math.floor(id.length / 4)) ? near : undefined))
    throw new UsageError(id ? `unknown check "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}` : 'explain needs a check id', [], `Check ids: ${EXPLAINED_IDS.join(', ')}`)
  }
  io.out(text)
  return EXIT.ready
}

/** Writes docs/checks/<id>.md from the same source as `explain` (run by `npm run bundle`). */
async function docs(args: string[], io: Parameters<typeof cli>[1]): Promise<number> {
  const { positionals } = parse(args, {})
  const { explainMarkdown, EXPLAINED_IDS } = await import('../checks/explain.js')
  const out = positionals[0] ?? 'docs/checks'
  mkdirSync(out, { recursive: true })
  for (const id of EXPLAINED_IDS) writeFileSync(join(out, `${id}.md`), explainMarkdown(id)!)
  io.out(`wrote ${EXPLAINED_IDS.length} files to ${out}\n`)
  return EXIT.ready
}

/** The commands that run the gate: they run in a gate thread (see gate-thread.ts); the others load nothing more. */
const GATE_COMMANDS = new Set(['check', 'report', 'init'])

// Run when executed (node dist/cli.js, or the `mcp-golive` bin), or in the gate thread that started; not when imported by tests.
const invoked = process.argv[1] ?? ''
const argv = process.argv.slice(2)
const gateThread = gateThreadData()
if (gateThread || /(^|[\\/])(cli\.(js|ts)|mcp-golive)$/.test(invoked)) {
  // A reader that stops early (`mcp-golive check | head`) closes the pipe: the rest of the output
  // is dropped, without a stack trace, and the exit code is still the verdict.
  if (!gateThread) process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err
  })
  if (!gateThread && GATE_COMMANDS.has(argv[0])) {
    runInGateThread(new URL(import.meta.url), (why) => {
      process.stderr.write(`${TOOL_NAME}: ${why}\n`)
      return EXIT.usage
    })
  } else {
    cli(argv, {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
      isTTY: gateThread?.isTTY ?? !!process.stdout.isTTY,
      columns: gateThread ? gateThread.columns : process.stdout.isTTY ? process.stdout.columns : undefined,
      env: process.env
    }).then((code) => {
      process.exitCode = code
    })
  }
}
