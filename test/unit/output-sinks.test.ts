// Every string leaves the process through src/report/output.ts (or the action's
// log, src/publish/log.ts, built on it): a module that writes around them would
// skip the redaction and the workflow-command guard. This fails when one does.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../support/gate.js'

const SINK =
  /writeFileSync|appendFileSync|createWriteStream|writeSync|process\.(stdout|stderr)\.write|console\.|core\.(info|warning|error|notice|debug|setFailed|setOutput|summary)|mkdirSync/
/** The modules that are the way out, and what each may call. */
const ALLOWED = new Set(['src/report/output.ts', 'src/publish/log.ts'])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('one way out', () => {
  it('no module of src/ writes around the output functions', () => {
    const offenders: string[] = []
    for (const file of sources(join(ROOT, 'src'))) {
      const rel = relative(ROOT, file)
      if (ALLOWED.has(rel)) continue
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINK.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(offenders).toEqual([])
  })

  it('the API bodies go through the output pass (PR comment, check run)', () => {
    const comment = readFileSync(join(ROOT, 'src/publish/comment.ts'), 'utf8')
    const checkRun = readFileSync(join(ROOT, 'src/publish/check-run.ts'), 'utf8')
    expect(comment).toMatch(/const body = forFile\(text\)/)
    expect(checkRun).toMatch(/summary: forFile\(/)
    expect(checkRun).toMatch(/message: forFile\(a\.message\)/)
  })
})
