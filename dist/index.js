import { E as EXIT } from './chunks/errors.js';
import { r as runInGateThread } from './chunks/gate-thread.js';
import 'node:worker_threads';

// The action's entry: it starts the gate thread, which runs main.ts (the story
// of a run), and takes its exit code. This thread loads nothing else, unless
// the gate thread dies and the step must still fail with a reason.
runInGateThread(new URL('./main.js', import.meta.url), async (why) => {
    const { log } = await import('./chunks/log.js').then(function (n) { return n.a; });
    log.setFailed(why);
    log.setOutput('verdict', 'error');
    return EXIT.usage;
});
