// The one way out of the process. Every string the gate writes — standard
// output and error, result files, the action's log, annotations, summary, PR
// comment and check run — passes through one of these functions, which redact
// it (src/secrets/redact.ts) after everything else was done to it; text for a
// log or a terminal also loses any line a runner would take as a workflow
// command. Files are written without following a link, into directories that
// are not links, and a failure says what and where (exit 2, no stack trace).
// test/unit/output-sinks.test.ts fails when a module writes around them.
import { closeSync, constants, lstatSync, mkdirSync, openSync, statSync, writeSync, type Stats } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { UsageError } from '../errors.js'
import { redactSecrets } from '../secrets/redact.js'

/** What an errno means, in words, for messages about files. */
const ERRNO_WORDS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'a symbolic link loop, or a link where none is followed',
  EIO: 'input/output error (the device or file system failed)',
  EEXIST: 'exists already',
  ENXIO: 'no reader on the other end (a pipe or device)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file is too large',
  EPIPE: 'the reader closed the pipe',
  EAGAIN: 'the device would block'
}

/** `CODE (words)` for a failed file operation, or its message when it has no code. */
export function describeIoError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code) return ERRNO_WORDS[code] ? `${code} (${ERRNO_WORDS[code]})` : code
  return (e as Error)?.message ?? String(e)
}

/**
 * A line the Actions runner reads as a command: `::name …::` at its start after blank space (the
 * runner trims it), or the older `##[name]` anywhere in it. Written with one character escaped
 * (`\u003a`, `\u005b`), so the text reads the same and commands nothing.
 */
export function neutralizeCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text
  return text
    .split('\n')
    .map((line) => {
      let i = 0
      while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r')) i++
      const out = line.startsWith('::', i) ? `${line.slice(0, i)}\\u003a${line.slice(i + 1)}` : line
      return out.split('##[').join('##\\u005b')
    })
    .join('\n')
}

/** Text for a terminal or a log: redacted, then no workflow command left in it. */
export function forLog(text: string): string {
  return neutralizeCommands(redactSecrets(text))
}

/** Text for a file or an API body (Markdown, JSON, SARIF): redacted. */
export function forFile(text: string): string {
  return redactSecrets(text)
}

/** The process's standard output and error, as the CLI sees them. */
export interface Streams {
  out: (s: string) => void
  err: (s: string) => void
}

/** Standard output and error of this process (or of the gate thread, which the main thread passes on). */
export const processStreams: Streams = {
  out: (s) => void process.stdout.write(forLog(s)),
  err: (s) => void process.stderr.write(forLog(s))
}

/**
 * Where a result may be written: inside the checkout (no link followed anywhere inside it) or a place the user named
 * outside it.
 */
export interface OutputPlace {
  /** The checkout (as given; the user chose it): components inside it are never links. */
  checkout: string
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new UsageError(`cannot write results to ${path}: ${describeIoError(e)}`)
  }
}

/**
 * Makes `dir` a directory to write results in, one component at a time: inside the checkout an
 * existing component must be a real directory (not a link), outside it a directory (links
 * allowed: the user named the place). A missing one is made on its own, never with a recursive
 * mkdir (which loops in native code under /proc). Returns the absolute path.
 */
export function prepareOutputDir(dir: string, place: OutputPlace): string {
  const root = resolve(place.checkout)
  const target = resolve(dir)
  // The walk starts at the checkout when the target is in it, else at the file-system root.
  const start = isWithin(root, target) ? root : target.slice(0, target.indexOf(sep) + 1) || sep
  if (start === root) {
    const st = lstatOrUndefined(root)
    if (!st?.isDirectory()) throw new UsageError(`cannot write results under ${root}: not a directory`)
  }
  let at = start
  for (const part of relative(start, target).split(sep).filter(Boolean)) {
    at = join(at, part)
    const inside = isWithin(root, at)
    const st = lstatOrUndefined(at)
    if (st?.isSymbolicLink()) {
      if (inside)
        throw new UsageError(
          `cannot write results to ${dir}: ${relative(root, at) || at} is a symbolic link inside the checkout, and results are never written through a link`,
          [],
          'Remove the link (a pull request may have added it), or pass another directory.'
        )
      let real: Stats
      try {
        real = statSync(at)
      } catch (e) {
        throw new UsageError(`cannot write results to ${dir}: ${at}: ${describeIoError(e)}`)
      }
      if (!real.isDirectory()) throw new UsageError(`cannot write results to ${dir}: ${at} is not a directory`)
      continue
    }
    if (st) {
      if (!st.isDirectory()) throw new UsageError(`cannot write results to ${dir}: ${at} is not a directory`)
      continue
    }
    try {
      mkdirSync(at)
    } catch (e) {
      throw new UsageError(`cannot create the directory ${at} for results: ${describeIoError(e)}`)
    }
  }
  return target
}

/**
 * Writes a result file, redacted: never through a link (O_NOFOLLOW, and a link found first is
 * refused by name), never into a FIFO or device inside the checkout. `file` is in a directory
 * prepareOutputDir made. Errors become a UsageError naming the file and the errno.
 */
export function writeOutputFile(file: string, text: string, place: OutputPlace): void {
  const root = resolve(place.checkout)
  const path = resolve(file)
  const inside = isWithin(root, path)
  const st = lstatOrUndefined(path)
  if (st?.isSymbolicLink() && inside)
    throw new UsageError(
      `cannot write ${file}: it is a symbolic link inside the checkout, and results are never written through a link`,
      [],
      'Remove the link (a pull request may have added it), or pass another path.'
    )
  if (st && !st.isSymbolicLink() && !st.isFile() && inside)
    throw new UsageError(`cannot write ${file}: it exists and is not a regular file`)
  // O_NONBLOCK: a FIFO with no reader fails (ENXIO) instead of blocking the run.
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_TRUNC |
    (inside ? constants.O_NOFOLLOW | constants.O_NONBLOCK : 0)
  let fd: number | undefined
  try {
    fd = openSync(path, flags, 0o644)
    const bytes = Buffer.from(forFile(text), 'utf8')
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done)
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${describeIoError(e)}`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** writeOutputFile for a file whose directory may not exist yet. */
export function writeOutputFileIn(file: string, text: string, place: OutputPlace): void {
  prepareOutputDir(dirname(resolve(file)), place)
  writeOutputFile(file, text, place)
}
