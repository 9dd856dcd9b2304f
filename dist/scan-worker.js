import { workerData, parentPort } from 'node:worker_threads';
import { R as Repository } from './chunks/repository.js';
import { c as chunkListing, p as packChunk, s as scanChunk } from './chunks/parallel-scan.js';
import './chunks/_commonjsHelpers.js';
import 'node:fs';
import 'node:path';
import './chunks/glob.js';
import 'process';
import 'buffer';
import './chunks/rules.js';
import 'node:crypto';
import 'node:zlib';
import 'node:url';
import './chunks/jobs.js';
import 'node:os';
import './chunks/errors.js';
import './chunks/security.js';
import './chunks/catalogue.js';

// A scan worker: takes chunks of the main thread's snapshot from the shared
// counter, scans them with the same detectors, and posts the facts back.
// Nothing here decides; nothing here reads outside the listed files.
const data = workerData;
for (let c = Atomics.add(data.next, 0, 1); c < data.chunks.length; c = Atomics.add(data.next, 0, 1)) {
    let message;
    try {
        // A snapshot of this chunk's files alone: the worker holds nothing of the others.
        const listing = chunkListing(data, c);
        const repo = new Repository(data.root, { limits: data.limits, listing });
        message = { chunk: c, result: packChunk(scanChunk(repo, 0, listing.length)) };
    }
    catch (err) {
        message = { chunk: c, error: String(err) };
    }
    parentPort?.postMessage(message);
}
