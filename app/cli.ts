// The CLI's composition root: the registry of checks meets src/ here (src/ never imports checks/).
// Both load only once src/cli-start.ts has chosen the thread: a check starts its gate thread first.
import { startCli } from '../src/cli-start.js'

startCli(new URL(import.meta.url), async () => {
  const [{ CHECKS }, { runCli }] = await Promise.all([import('../checks/index.js'), import('../src/cli.js')])
  return (exitCode) => runCli(CHECKS, exitCode)
})
