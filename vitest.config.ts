import yamlPlugin from '@rollup/plugin-yaml'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The capability catalogue's YAML files are imported as modules, as the bundle does.
  // (Its types are read as CommonJS here; at run time the default import is the plugin function.)
  plugins: [(yamlPlugin as unknown as () => Plugin)()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'examples/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at a time even on two cores: most files wait on child processes (the bundled CLI, the
    // action, MCP servers), and vitest's default of cores - 1 ran them one by one (docs/performance.md).
    maxWorkers: 2,
    globalSetup: ['test/support/global-setup.ts'],
    // src/ never imports checks/: the registry is handed in before each test file, as app/ does.
    setupFiles: ['test/support/register-checks.ts']
  }
})
