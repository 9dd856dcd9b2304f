import { workerData } from 'node:worker_threads';
import { R as Repository, s as scanChunk } from './chunks/parallel-scan.js';
import 'node:fs';
import 'node:os';
import 'node:url';
import './chunks/yaml-positions.js';
import 'process';
import 'buffer';
import 'node:path';

// A scan worker: takes chunks of the main thread's snapshot from the shared
// counter, scans them with the same detectors, and posts the facts back.
// Nothing here decides; nothing here reads outside the listed files.
const data = workerData;
const repo = new Repository(data.root, { limits: data.limits, listing: data.listing });
const chunks = data.bounds.length - 1;
for (let c = Atomics.add(data.next, 0, 1); c < chunks; c = Atomics.add(data.next, 0, 1)) {
    let message;
    try {
        message = { chunk: c, result: scanChunk(repo, data.bounds[c], data.bounds[c + 1]) };
    }
    catch (err) {
        message = { chunk: c, error: String(err) };
    }
    data.port.postMessage(message);
    Atomics.add(data.progress, 0, 1);
    Atomics.notify(data.progress, 0);
}
data.port.close();
