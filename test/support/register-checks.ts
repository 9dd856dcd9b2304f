// Tests import src/ directly, not through app/: the registry is handed in here, as app/ does.
import { CHECKS } from '../../checks/index.js'
import { registerChecks } from '../../src/registry.js'

registerChecks(CHECKS)
