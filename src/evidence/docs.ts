// README, CODEOWNERS and changelog: the documents people read.
import { isTestPath, type Repository } from './repository.js'

export interface TextFile {
  path: string
  text: string
}

export interface CodeownersRule {
  pattern: string
  owners: string[]
  line: number
}

export interface DocsEvidence {
  readme?: TextFile
  codeowners?: { path: string; rules: CodeownersRule[] }
  changelog?: string
  /** Other markdown documentation (docs/**), which a README may point to. */
  docs: TextFile[]
}

const README_NAMES = ['README.md', 'README.markdown', 'README.rst', 'README.txt', 'README', 'readme.md', 'Readme.md']
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

export function readDocs(repo: Repository): DocsEvidence {
  const readmePath = README_NAMES.find((p) => repo.has(p))
  const readmeText = readmePath ? repo.read(readmePath) : undefined
  const codeownersPath = CODEOWNERS_PATHS.find((p) => repo.has(p))
  const codeownersText = codeownersPath ? repo.read(codeownersPath) : undefined
  const changelog = repo.files.find((f) =>
    /^(CHANGELOG|CHANGES|HISTORY|RELEASES?)(\.md|\.rst|\.txt)?$/i.test(f.path)
  )?.path
  const docs = repo
    .glob(['docs/**/*.md'])
    .slice(0, 50)
    .filter((f) => !isTestPath(f.path))
    .map((f) => ({ path: f.path, text: repo.read(f.path) ?? '' }))
  return {
    readme: readmePath && readmeText !== undefined ? { path: readmePath, text: readmeText } : undefined,
    codeowners:
      codeownersPath && codeownersText !== undefined
        ? { path: codeownersPath, rules: parseCodeowners(codeownersText) }
        : undefined,
    changelog,
    docs
  }
}

const ROOT_PATTERNS = new Set(['*', '/', '/*', '/**', '**', '**/*'])

/**
 * The last rule for the whole repository, with or without owners: on GitHub the last matching rule wins, so an
 * ownerless one un-owns what came before.
 */
export function lastRootCodeownersRule(codeowners: DocsEvidence['codeowners']): CodeownersRule | undefined {
  return codeowners?.rules.filter((r) => ROOT_PATTERNS.has(r.pattern)).at(-1)
}

/** The rule that owns the whole repository: the last root rule, when it names owners. */
export function rootCodeownersRule(codeowners: DocsEvidence['codeowners']): CodeownersRule | undefined {
  const last = lastRootCodeownersRule(codeowners)
  return last && last.owners.length > 0 ? last : undefined
}

/**
 * A CODEOWNERS line without its comment: from the first `#` at its start or after whitespace, past the
 * line's last line terminator (a lone CR or U+2028 is still in `raw`). It is what `/(^|\s)#.*$/` removed,
 * written out because that pattern scanned from every `#` to the next terminator: a long line of `\t#`
 * took quadratic time.
 */
export function withoutComment(raw: string): string {
  const start =
    Math.max(raw.lastIndexOf('\r'), raw.lastIndexOf('\n'), raw.lastIndexOf('\u2028'), raw.lastIndexOf('\u2029')) + 1
  for (let p = raw.indexOf('#', start); p !== -1; p = raw.indexOf('#', p + 1)) {
    if (p === 0) return ''
    if (/\s/.test(raw[p - 1])) return raw.slice(0, p - 1)
  }
  return raw
}

/** CODEOWNERS lines: a pattern followed by owners; comments and blank lines skipped. */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = withoutComment(raw).trim()
    if (!line) return
    const [pattern, ...owners] = line.split(/\s+/)
    rules.push({ pattern, owners, line: i + 1 })
  })
  return rules
}
