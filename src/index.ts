// The action's entry: it starts the gate thread, which runs main.ts (the story
// of a run), and takes its exit code. This thread loads nothing else, unless
// the gate thread dies and the step must still fail with a reason.
import { EXIT } from './errors.js'
import { runInGateThread } from './gate-thread.js'

runInGateThread(new URL('./main.js', import.meta.url), async (why) => {
  const { log } = await import('./publish/log.js')
  log.setFailed(why)
  log.setOutput('verdict', 'error')
  return EXIT.usage
})
