// A scan worker: takes chunks of the main thread's snapshot from the shared
// counter, scans them with the same detectors, and posts the facts back.
// Nothing here decides; nothing here reads outside the listed files.
import { parentPort, workerData } from 'node:worker_threads'
import { Repository } from '../repository.js'
import { chunkListing, packChunk, scanChunk, type WorkerData, type WorkerMessage } from './parallel-scan.js'

const data = workerData as WorkerData
for (let c = Atomics.add(data.next, 0, 1); c < data.chunks.length; c = Atomics.add(data.next, 0, 1)) {
  let message: WorkerMessage
  try {
    // A snapshot of this chunk's files alone: the worker holds nothing of the others.
    const listing = chunkListing(data, c)
    const repo = new Repository(data.root, { limits: data.limits, listing })
    message = { chunk: c, result: packChunk(scanChunk(repo, 0, listing.length)) }
  } catch (err) {
    message = { chunk: c, error: String(err) }
  }
  parentPort?.postMessage(message)
}
