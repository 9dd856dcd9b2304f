// util-linux's script(1) gives a command a pseudo-terminal; other systems' script takes other flags.
import { spawnSync } from 'node:child_process'

export const utilLinuxScript = /util-linux/.test(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout ?? '')
