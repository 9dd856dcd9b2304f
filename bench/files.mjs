// What the benchmarks' plain Node baselines share: the files of a synthetic
// repository (node_modules left out, as the gate ignores it) and one read of a
// file into a reused buffer, decoded as the gate decodes it.
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'

export function list(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') list(p, out)
    } else out.push(p)
  }
  return out
}

/** Calls `use` with the file's text when it fits the buffer. */
export function read(file, buf, use) {
  const fd = openSync(file, 'r')
  const size = fstatSync(fd).size
  if (size <= buf.length) use(buf.toString('utf8', 0, readSync(fd, buf, 0, size, 0)))
  closeSync(fd)
}
