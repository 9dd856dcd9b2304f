// Reads golive.yaml: bounded, positioned, every problem reported at once.
import { closest, distance } from 'fastest-levenshtein'
import { createHash } from 'node:crypto'
import { closeSync, constants, openSync, readSync, statSync } from 'node:fs'
import { type Document } from 'yaml'
import type { z } from 'zod'
import { checkInfo, registeredChecks } from '../registry.js'
import { UsageError, type Problem } from '../errors.js'
import { describeIoError } from '../report/output.js'
import { redactThenCut } from '../secrets/redact.js'
import { closestNode, keyAt, MAX_ALIAS_COUNT, nodePosition, parseYaml, position } from '../yaml-positions.js'
import { configSchema, type GoliveConfig } from './schema.js'
import { readSimpleYaml } from './simple-yaml.js'

export const MAX_CONFIG_BYTES = 1024 * 1024

export interface LoadedConfig {
  config: GoliveConfig
  /** The path as given (for messages), and its SHA-256 for the report. */
  path: string
  sha256: string
  /** Where each part of the file is, for findings that point into golive.yaml. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number }
}

const NO_CONFIG_HINT =
  'Create one with `mcp-golive init` (it reads the repository and writes a golive.yaml to review), or pass --config FILE.'

/** Why golive.yaml cannot be opened or read, in words, naming the file. */
function unreadable(displayPath: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT') return new UsageError(`${displayPath}: no such file`, [], NO_CONFIG_HINT)
  if (code === 'ELOOP')
    return new UsageError(`${displayPath}: a symbolic link loop (the link points, in the end, back at itself)`)
  return new UsageError(`${displayPath}: cannot be read: ${describeIoError(e)}`)
}

/**
 * Reads golive.yaml with a byte cap on the read itself, not on the size the file system states
 * (a /proc file states 0 and can be endless); only a regular file is opened for reading, so a
 * FIFO or a device never blocks the run.
 */
export function loadConfig(path: string, displayPath = path): LoadedConfig {
  let fd: number
  try {
    const st = statSync(path)
    if (!st.isFile()) throw new UsageError(`${displayPath}: not a file`)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw unreadable(displayPath, e)
  }
  const chunks: Buffer[] = []
  let size = 0
  try {
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, MAX_CONFIG_BYTES + 1 - size))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      size += n
      if (size > MAX_CONFIG_BYTES) {
        throw new UsageError('', [
          {
            file: displayPath,
            line: 1,
            column: 1,
            field: '',
            message: `file is over ${MAX_CONFIG_BYTES} bytes, the limit`
          }
        ])
      }
    }
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw unreadable(displayPath, e)
  } finally {
    closeSync(fd)
  }
  const bytes = Buffer.concat(chunks)
  return parseConfig(bytes.toString('utf8'), displayPath, createHash('sha256').update(bytes).digest('hex'))
}

export function parseConfig(
  text: string,
  file: string,
  sha256 = createHash('sha256').update(text).digest('hex')
): LoadedConfig {
  const problems: Problem[] = []
  const at = (line: number, column: number, field: string, message: string) =>
    problems.push({ file, line, column, field, message })
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  // A file of the plain shape that is valid is read without the `yaml` package; any problem is
  // reported from the package's parse below, as for every other file.
  const simple = readSimpleYaml(src)
  if (simple) {
    const result = configSchema.safeParse(simple.data)
    if (result.success && !checkIdProblems(simple.data, simple.locate, file).length)
      return { config: result.data, path: file, sha256, locate: simple.locate }
  }
  const { doc, lineCounter } = parseYaml(src)

  // Out of stack, the parser says so once per level as it unwinds: one problem is enough.
  const overflow = doc.errors.find((err) => /call stack/i.test(err.message))
  for (const err of overflow ? [overflow] : doc.errors) {
    const pos = position(lineCounter, err.pos[0])
    at(pos.line, pos.column, '', yamlMessage(err.code, err.message, keyText(src, err.pos[0])))
  }
  if (problems.length) throw new UsageError(`${file}: invalid YAML`, problems)

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (e) {
    at(1, 1, '', `cannot be read: ${(e as Error).message} (aliases are limited to ${MAX_ALIAS_COUNT})`)
    throw new UsageError(`${file}: invalid YAML`, problems)
  }
  if (data === null || data === undefined) {
    at(1, 1, '', 'the file is empty; it needs at least version, server and tools (see `mcp-golive init`)')
    throw new UsageError(`${file}: invalid configuration`, problems)
  }

  const result = configSchema.safeParse(data)
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueProblems(issue, doc, lineCounter, file))
  }
  const locate = (path: readonly PropertyKey[]) => nodePosition(lineCounter, closestNode(doc, path))
  problems.push(...checkIdProblems(data, locate, file))
  if (problems.length) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column)
    throw new UsageError(`${file}: invalid configuration`, problems)
  }
  return {
    config: result.data!,
    path: file,
    sha256,
    locate
  }
}

/**
 * The text of a plain key starting at `from`, up to its ':' or the line's end, shown in at most 80
 * characters: redacted before it is cut, as a secret across the cut would no longer be found.
 */
function keyText(src: string, from: number): string {
  let end = from
  while (end < src.length && end - from < MAX_KEY_READ && src[end] !== ':' && src[end] !== '\n') end++
  return redactThenCut(src.slice(from, end).trim(), 80)
}

/** How much of a key is read to redact it: longer than any credential the rules know in one line. */
const MAX_KEY_READ = 4096

/** The parser's message in ours; `text`: the source it points at (the key, for a duplicate key). */
function yamlMessage(code: string, message: string, text: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
  if (code === 'DUPLICATE_KEY') return `duplicate key "${text.trim()}": each key may appear once in a mapping`
  // The parser is recursive: past some thousands of levels it runs out of stack, and says so in V8's words.
  if (/call stack/i.test(first)) return 'nested too deeply to read (a golive.yaml needs a few levels of nesting)'
  return first
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

type LineCounter = Parameters<typeof nodePosition>[0]

function issueProblems(issue: z.core.$ZodIssue, doc: Document, lc: LineCounter, file: string): Problem[] {
  const path = issue.path
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const pos = nodePosition(lc, keyAt(doc, path, key) ?? closestNode(doc, path))
      const known = knownKeys(path)
      const guess = known.length ? closest(key, known) : undefined
      const hint =
        guess && similar(key, guess)
          ? ` (did you mean "${guess}"?)`
          : known.length
            ? ` (known keys: ${known.join(', ')})`
            : ''
      return { file, ...pos, field: fieldOf([...path, key]), message: `unknown key${hint}` }
    })
  }
  const pos = nodePosition(lc, closestNode(doc, path))
  let message = issue.message
  if (valueAt(doc, path) === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    message = `missing required field`
  } else if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => JSON.stringify(v))
    message = allowed.length === 1 ? `must be ${allowed[0]}` : `must be one of ${allowed.join(', ')}`
    const got = valueAt(doc, path)
    const sameNumber =
      typeof got === 'string' ? issue.values.find((v) => typeof v === 'number' && String(v) === got.trim()) : undefined
    if (sameNumber !== undefined) {
      message = `must be the number ${String(sameNumber)}, not the string "${got}" (write it without quotes)`
    } else if (typeof got === 'string') {
      const guess = closest(got, issue.values.map(String))
      message += similar(got, guess) ? ` (got "${got}"; did you mean "${guess}"?)` : ` (got "${got}")`
    }
  }
  return [{ file, ...pos, field: fieldOf(path), message }]
}

function valueAt(doc: Document, path: readonly PropertyKey[]): unknown {
  const v = doc.getIn(path as PropertyKey[])
  return v
}

function similar(a: string, b: string): boolean {
  return distance(a.toLowerCase(), b.toLowerCase()) <= Math.max(2, Math.floor(b.length / 3))
}

/** The keys the schema allows at a path, for "did you mean" hints. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = configSchema
  for (const key of path) {
    schema = unwrap(schema)
    const def = (schema as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def
    if (def?.type === 'object' && def.shape) schema = def.shape[String(key)]
    else if (def?.type === 'array') schema = def.element
    else return []
  }
  const def = (unwrap(schema) as { def?: { type?: string; shape?: Record<string, unknown> } }).def
  return def?.type === 'object' && def.shape ? Object.keys(def.shape).filter((k) => k !== '$schema') : []
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown; in?: unknown } }
  while (s?.def && ['default', 'optional', 'nullable', 'pipe', 'prefault'].includes(s.def.type ?? '')) {
    s = (s.def.innerType ?? s.def.in) as typeof s
  }
  return s
}

/**
 * Waivers and attestations must name a known, non-critical check (read from the raw data so these show with schema
 * errors).
 */
function checkIdProblems(data: unknown, locate: LoadedConfig['locate'], file: string): Problem[] {
  const problems: Problem[] = []
  for (const [section, verb] of [
    ['waivers', 'waived'],
    ['attestations', 'attested']
  ] as const) {
    const list = (data as Record<string, unknown>)?.[section]
    if (!Array.isArray(list)) continue
    list.forEach((item, i) => {
      const id = (item as { check?: unknown })?.check
      if (typeof id !== 'string') return
      const path = [section, i, 'check']
      const pos = locate(path)
      const entry = checkInfo(id)
      if (!entry) {
        problems.push({
          file,
          ...pos,
          field: fieldOf(path),
          message: `unknown check id "${id}" (did you mean "${closest(
            id,
            registeredChecks().map((c) => c.id)
          )}"?)`
        })
      } else if (
        entry.level === 'critical' &&
        !(section === 'attestations' && typeof (item as { subject?: unknown }).subject === 'string')
      ) {
        // An attestation of a critical check with a subject approves leaving that path (or exclude pattern) out; it
        // attests nothing else.
        problems.push({
          file,
          ...pos,
          field: fieldOf(path),
          message: `"${id}" is a critical check and can never be ${verb}`
        })
      }
    })
  }
  return problems
}
