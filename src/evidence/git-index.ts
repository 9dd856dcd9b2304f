// The paths git tracks in the checkout, read from its index (.git/index) without starting git:
// .gitignore applies only to files git does not track, so a file the pull request commits is
// read whatever .gitignore says. No index that can be read means the gate cannot tell committed
// from not, and the caller reads every file present.
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'

/** An index larger than this is not read (a checkout at the 200,000-file limit needs about 20 MiB). */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024

export interface TrackedPaths {
  /** Every tracked path (files, links, submodules; a sparse index's directories without the slash). */
  files: Set<string>
  /** Every folder that holds a tracked path. */
  dirs: Set<string>
}

/** The tracked paths of the checkout at `root`, or undefined when it has no index the gate can read. */
export function trackedPaths(root: string): TrackedPaths | undefined {
  const index = indexFile(root)
  if (!index) return undefined
  const buf = readAll(index, MAX_INDEX_BYTES)
  if (!buf) return undefined
  // SHA-1 repositories hold 20-byte hashes, SHA-256 ones 32: the one that parses cleanly is the one.
  const paths = parseIndex(buf, 20) ?? parseIndex(buf, 32)
  if (!paths) return undefined
  const files = new Set<string>()
  const dirs = new Set<string>()
  for (const raw of paths) {
    const path = raw.endsWith('/') ? raw.slice(0, -1) : raw
    files.add(path)
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
      const dir = path.slice(0, i)
      if (dirs.has(dir)) break
      dirs.add(dir)
    }
  }
  // A sparse index's directory entry stands for everything under it.
  for (const raw of paths) if (raw.endsWith('/')) dirs.add(raw.slice(0, -1))
  return { files, dirs }
}

/** `.git/index`, or the index of the git directory a `.git` file names (a worktree, a submodule). */
function indexFile(root: string): string | undefined {
  const dotGit = join(root, '.git')
  try {
    const st = lstatSync(dotGit)
    if (st.isDirectory()) return join(dotGit, 'index')
    if (!st.isFile()) return undefined
  } catch {
    return undefined
  }
  const text = readAll(dotGit, 4096)?.toString('utf8')
  const m = text && /^gitdir: *([^\r\n]+)/.exec(text)
  if (!m) return undefined
  const gitDir = isAbsolute(m[1]) ? m[1] : join(dirname(dotGit), m[1])
  return join(gitDir, 'index')
}

function readAll(path: string, max: number): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > max) return undefined
    const buf = Buffer.alloc(st.size)
    let off = 0
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off)
      if (n === 0) break
      off += n
    }
    return buf.subarray(0, off)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * The paths of an index file (versions 2, 3 and 4, per git's gitformat-index), or undefined when
 * it does not parse with this hash length or depends on a shared index (split index).
 */
export function parseIndex(buf: Buffer, hashLen: number): string[] | undefined {
  if (buf.length < 12 + hashLen || buf.toString('latin1', 0, 4) !== 'DIRC') return undefined
  const version = buf.readUInt32BE(4)
  const count = buf.readUInt32BE(8)
  if (version < 2 || version > 4) return undefined
  const end = buf.length - hashLen
  // Each entry takes at least 40 bytes of stat data, the hash and the flags.
  if (count > (end - 12) / (42 + hashLen)) return undefined
  const paths: string[] = []
  let off = 12
  let previous: Buffer = Buffer.alloc(0)
  for (let i = 0; i < count; i++) {
    const start = off
    off += 40 + hashLen
    if (off + 2 > end) return undefined
    const flags = buf.readUInt16BE(off)
    off += 2
    if (flags & 0x4000) {
      if (version < 3) return undefined
      off += 2
    }
    let name: Buffer
    if (version === 4) {
      const v = varint(buf, off, end)
      if (!v || v.value > previous.length) return undefined
      off = v.next
      const nul = buf.indexOf(0, off)
      if (nul === -1 || nul >= end) return undefined
      name = Buffer.concat([previous.subarray(0, previous.length - v.value), buf.subarray(off, nul)])
      off = nul + 1
    } else {
      const length = flags & 0xfff
      const nul = buf.indexOf(0, off)
      if (nul === -1 || nul >= end || (length < 0xfff && nul !== off + length)) return undefined
      name = buf.subarray(off, nul)
      // Entries are padded with 1 to 8 NUL bytes to a multiple of 8 bytes.
      const next = start + ((nul - start + 8) & ~7)
      if (next > end) return undefined
      for (let j = nul; j < next; j++) if (buf[j] !== 0) return undefined
      off = next
    }
    if (name.length === 0) return undefined
    paths.push(name.toString('utf8'))
    previous = name
  }
  // A split index keeps most entries in a shared file: this one alone is not the whole list.
  while (off + 8 <= end) {
    const signature = buf.toString('latin1', off, off + 4)
    if (signature === 'link') return undefined
    off += 8 + buf.readUInt32BE(off + 4)
  }
  return off === end ? paths : undefined
}

/** Git's offset varint (each continuation adds one before shifting). */
function varint(buf: Buffer, off: number, end: number): { value: number; next: number } | undefined {
  if (off >= end) return undefined
  let c = buf[off++]
  let value = c & 127
  while (c & 128) {
    if (off >= end || value > 2 ** 40) return undefined
    c = buf[off++]
    value = (value + 1) * 128 + (c & 127)
  }
  return { value, next: off }
}
