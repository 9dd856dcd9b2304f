// The floor under any Node check of a repository: start Node, list the files,
// and read and decode each once on 2 worker threads, with no detection at all.
// npm run bench times this process beside the check and ripgrep, so the table
// shows how much of the gap to ripgrep is reading files in Node at all.
// node bench/read-floor.mjs ROOT [THREADS]
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { list, read } from './files.mjs'

if (isMainThread) {
  const files = list(process.argv[2])
  const threads = Number(process.argv[3] ?? 2)
  let chars = 0
  let done = 0
  for (let i = 0; i < threads; i++) {
    new Worker(new URL(import.meta.url), { workerData: files.filter((_, k) => k % threads === i) }).on(
      'message',
      (n) => {
        chars += n
        if (++done === threads) console.log(`${files.length} files, ${chars} characters read`)
      }
    )
  }
} else {
  const buf = Buffer.allocUnsafe(1 << 20)
  let chars = 0
  for (const f of workerData) read(f, buf, (text) => (chars += text.length))
  parentPort.postMessage(chars)
}
