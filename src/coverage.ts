// What the verdict covers: a check must not pass on files the gate did not read. Files skipped
// (binary, too large, a name that is not UTF-8, past the depth or file limit) and files left out by
// `paths.include` / `paths.exclude` are sorted into the kinds of evidence they could hold; a check that reads that
// kind (as its CheckDefinition declares, `reads`) turns a pass into `not verified`, naming the files.
// Pure: the engine calls it on outcomes.
import type { CheckContext, CheckDefinition, FileKind, Outcome } from './check.js'
import { isTestPath, languageOf, type SkippedFile } from './evidence/repository.js'
import { globMatcher, isLinearGlob } from './glob.js'

export type { FileKind }

/** What coverage needs of a check: the kinds of files it declares it reads. */
type Reads = Pick<CheckDefinition, 'reads' | 'readsOnlyTests'>

const ALL_KINDS: readonly FileKind[] = ['source', 'manifest', 'workflow', 'config text']
const CONFIG_TEXT =
  /(^|\/)\.env(\.[\w.-]+)?$|\.(json|jsonc|toml|ini|cfg|conf|properties|env|sh|bash|ps1|txt|xml|config|tf|tfvars|bicep)$/i

/**
 * The kinds of evidence a path could hold; a folder the walk did not enter (too deep, unreadable, the file limit) could
 * hold any.
 */
export function kindsOf(path: string, reason?: SkippedFile['reason']): readonly FileKind[] {
  if (
    reason === 'too deep' ||
    reason === 'file limit reached' ||
    (reason === 'unreadable' && !path.slice(path.lastIndexOf('/') + 1).includes('.'))
  )
    return ALL_KINDS
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return ['workflow', 'config text']
  if (languageOf(path) !== undefined) return ['source']
  if (/\.(ya?ml|tpl)$/i.test(path) || /(^|\/)Kustomization$/.test(path)) return ['manifest', 'config text']
  if (CONFIG_TEXT.test(path)) return ['config text']
  return []
}

/** Files of the kinds a check reads that the gate did not read (skipped). */
export function unreadFilesFor(check: Reads, skipped: readonly SkippedFile[]): SkippedFile[] {
  const reads = check.reads
  if (!reads) return []
  return skipped.filter((s) => {
    const kinds = kindsOf(s.path, s.reason)
    if (!kinds.some((k) => reads.includes(k))) return false
    return !check.readsOnlyTests || kinds === ALL_KINDS || isTestPath(s.path)
  })
}

/**
 * Files left out by `paths.include` / `paths.exclude` that a critical check reads, and that no
 * approval names: an attestation of that check whose `subject` is the path or a glob matching it
 * (the exclude pattern, say). Test code is left out freely (test findings never block production checks).
 */
export function unapprovedExclusionsFor(
  check: Reads & Pick<CheckDefinition, 'id'>,
  ctx: Pick<CheckContext, 'config' | 'unapproved' | 'repo'>
): string[] {
  const reads = check.reads
  // Test code is left out freely, so a check that reads only test code has nothing left out.
  if (!reads || !ctx.repo.excluded?.length || check.readsOnlyTests) return []
  const subjects = ctx.config.attestations
    .filter((a, i) => a.check === check.id && a.subject !== undefined && !ctx.unapproved?.attestations.has(i))
    .map((a) => a.subject!)
  const approved = new Set(subjects)
  // A subject that is no glob the gate can match in linear time approves only the path it spells.
  const globs = subjects.filter(isLinearGlob).map((g) => globMatcher([g]))
  return (ctx.repo.excluded ?? []).filter(
    (p) => !isTestPath(p) && kindsOf(p).some((k) => reads.includes(k)) && !approved.has(p) && !globs.some((m) => m(p))
  )
}

const list = (paths: string[]) =>
  `${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` (+${paths.length - 3} more)` : ''}`

/**
 * A check's outcomes with its passes (and `not applicable`s) made `not verified` when files it reads were not read or
 * were excluded without approval.
 */
export function coverOutcomes(
  check: string,
  outcomes: Outcome[],
  unread: SkippedFile[],
  excluded: string[]
): Outcome[] {
  if (!unread.length && !excluded.length) return outcomes
  const why = [
    unread.length
      ? `${unread.length} file${unread.length === 1 ? '' : 's'} it reads ${unread.length === 1 ? 'was' : 'were'} not read: ${list(unread.map((s) => `${s.path} (${s.reason})`))}`
      : '',
    excluded.length
      ? `paths.include/exclude leaves out ${excluded.length} file${excluded.length === 1 ? '' : 's'} it reads, with no attestation naming ${excluded.length === 1 ? 'it' : 'them'}: ${list(excluded)}`
      : ''
  ]
    .filter(Boolean)
    .join('; ')
  return outcomes.map((o) =>
    o.status !== 'passed' && o.status !== 'not applicable'
      ? o
      : {
          ...o,
          status: 'not verified',
          message: `${o.message} But ${why}.`,
          reason: why,
          evidence: [
            ...unread.slice(0, 3).map((s) => ({ file: s.path, line: 1, column: 1, note: `not read: ${s.reason}` })),
            ...excluded
              .slice(0, 3)
              .map((p) => ({ file: p, line: 1, column: 1, note: 'left out by paths.include/exclude' })),
            ...(o.evidence ?? [])
          ],
          fix: excluded.length
            ? `Read the path (paths.include names it, paths.exclude does not), or approve leaving it out with an attestation of ${check} whose subject is the path or a glob matching it.`
            : 'Commit the file as UTF-8 text under the size and depth limits (README, Safety), or remove it.'
        }
  )
}
