import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Every file below `dir` whose name `named` accepts, outside node_modules and .git, in a stable order. */
export function filesNamed(dir: string, named: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name === 'node_modules' || name === '.git') continue
    if (statSync(path).isDirectory()) filesNamed(path, named, out)
    else if (named(name)) out.push(path)
  }
  return out
}
