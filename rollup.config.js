// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into
// self-contained ESM files; shared code lands in dist/chunks/.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import yaml from '@rollup/plugin-yaml'

export default {
  // The action's entry (index) starts the gate thread (main), and the source pass starts the scan
  // worker: each is an entry of its own, started by file name. main and cli are the composition
  // roots in app/, where the registry of checks meets src/.
  input: {
    index: 'src/index.ts',
    main: 'app/main.ts',
    cli: 'app/cli.ts',
    'scan-worker': 'src/evidence/source/scan-worker.ts'
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    sourcemap: false
  },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts', 'checks/**/*.ts', 'app/**/*.ts'],
      noEmit: false,
      outDir: 'dist',
      declaration: false
    }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
    // The capability catalogue (src/evidence/derived/catalogue/*.yaml) is data bundled as modules.
    yaml()
  ],
  onwarn(warning, warn) {
    // Third-party noise: circular imports inside dependencies, top-level this, and comment positions.
    if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(warning.code)) return
    warn(warning)
  }
}
