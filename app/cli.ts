// The CLI's composition root: the registry of checks meets src/ here (src/ never imports checks/).
// Both load only once src/cli-start.ts has chosen the thread: a check starts its gate thread first,
// and `--version` and `--help` load no checks at all.
import { commandNeedsChecks, startCli } from '../src/cli-start.js'

startCli(new URL(import.meta.url), async (command) => {
  const [checks, { runCli }] = await Promise.all([
    commandNeedsChecks(command) ? import('../checks/index.js').then((m) => m.CHECKS) : [],
    import('../src/cli.js')
  ])
  return (exitCode) => runCli(checks, exitCode)
})
