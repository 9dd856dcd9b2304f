// Test helpers: run the engine on a directory, or build a small repository in a temp dir.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Finding } from '../../src/findings.js'
import { runGate } from '../../src/run.js'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const EXAMPLES = join(ROOT, 'examples')
export const TODAY = '2026-11-24'

export function gate(dir: string, today = TODAY) {
  return runGate({ dir, today }).result
}

/** Findings of one check. */
export function findingsOf(findings: Finding[], check: string): Finding[] {
  return findings.filter((f) => f.check === check)
}

/** A copy of an example (or an empty dir) with files replaced or added; null deletes. */
export function variant(base: string | undefined, files: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'golive-variant-'))
  if (base) cpSync(base, root, { recursive: true })
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path)
    if (content === null) {
      rmSync(abs, { force: true, recursive: true })
      continue
    }
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, content)
  }
  return root
}
