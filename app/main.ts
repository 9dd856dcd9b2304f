// The action's gate thread (started by src/index.ts as dist/main.js): the registry of checks meets
// src/ here (src/ never imports checks/).
import { CHECKS } from '../checks/index.js'
import { runAction } from '../src/main.js'

runAction(CHECKS)
