// The CLI's composition root: the registry of checks meets src/ here (src/ never imports checks/).
import { CHECKS } from '../checks/index.js'
import { runCli } from '../src/cli.js'

runCli(CHECKS, new URL(import.meta.url))
