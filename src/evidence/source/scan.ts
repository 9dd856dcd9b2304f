// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
import { isTestPath, languageOf, lineColumn, lineText, type Language, type Repository } from '../repository.js'
import { sourceViews } from './lexer.js'

export interface SourceFile {
  path: string
  language: Language
  /** Test code, fixtures and examples: detectors tag their facts so checks can keep them from blocking. */
  isTest: boolean
  text: string
  /** Comments blanked, strings kept (offsets equal text's). */
  code: string
  /** Comments and string contents blanked (offsets equal text's). */
  bare: string
  /** file:line:column evidence for an offset, with the line as snippet. */
  at(offset: number, note?: string): { file: string; line: number; column: number; snippet: string; note?: string }
}

export interface Detector {
  /** Cheap test on the raw text before any work: a detector skips files where it is false. */
  prefilter?: RegExp
  languages?: readonly Language[]
  visit(file: SourceFile): void
}

export interface ScanStats {
  files: number
  bytes: number
}

export function scanSources(repo: Repository, detectors: Detector[]): ScanStats {
  const stats: ScanStats = { files: 0, bytes: 0 }
  for (const f of repo.files) {
    const language = languageOf(f.path)
    if (!language) continue
    const wanted = detectors.filter((d) => !d.languages || d.languages.includes(language))
    if (!wanted.length) continue
    const text = repo.read(f.path, { cache: false })
    if (text === undefined) continue
    stats.files++
    stats.bytes += text.length
    const active = wanted.filter((d) => !d.prefilter || d.prefilter.test(text))
    if (!active.length) continue
    let views: ReturnType<typeof sourceViews> | undefined
    const file: SourceFile = {
      path: f.path,
      language,
      isTest: isTestPath(f.path),
      text,
      get code() {
        return (views ??= sourceViews(text, language)).code
      },
      get bare() {
        return (views ??= sourceViews(text, language)).bare
      },
      at(offset, note) {
        const pos = lineColumn(text, offset)
        return { file: f.path, ...pos, snippet: lineText(text, pos.line), ...(note ? { note } : {}) }
      }
    }
    for (const d of active) d.visit(file)
  }
  return stats
}
