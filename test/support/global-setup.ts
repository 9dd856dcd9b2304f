// Says once, in the run's output, which optional second opinions this run has:
// a test that is skipped for want of a tool must not pass for one that ran.
import { existsSync } from 'node:fs'
import { cmarkGfmPresent } from './render-gfm.js'
import { NODE24 } from './node-binaries.js'
import { utilLinuxScript } from './pty.js'

export default function setup(): void {
  const lines = [
    cmarkGfmPresent
      ? 'cmark-gfm: present, the comment tests render with micromark and cmark-gfm'
      : 'cmark-gfm: not installed, the comment tests render with micromark only (skipped: the cmark-gfm second opinion)',
    existsSync(NODE24)
      ? `node 24: ${NODE24}, the bundle is tested under Node 20 and 24`
      : `node 24: not found at ${NODE24}, the bundle is tested under this Node only (skipped: the Node 24 runs; .ci/run installs it)`,
    utilLinuxScript
      ? 'script (util-linux): present, the CLI is tested on a pseudo-terminal'
      : 'script (util-linux): not found (skipped: the CLI on a pseudo-terminal)'
  ]
  for (const line of lines) process.stdout.write(`[mcp-golive tests] ${line}\n`)
}
