// Lint: typescript-eslint's recommended rules, and the import direction of the architecture
// (config → evidence → checks → report → publish): src/ never imports checks/, and checks/
// imports only values from src/check.ts and src/findings.ts (evidence only as types); a phase's
// folder never imports another phase's; no test hook is read in src/ or app/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const PHASES = ['security', 'auth', 'infra', 'policy', 'observability', 'report']

const EVIDENCE_TYPES_ONLY = {
  group: ['**/src/evidence/**'],
  allowTypeImports: true,
  message: 'Checks read evidence through its types only; helpers come from src/check.ts.'
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'examples/**', 'coverage/**', 'test/real-servers/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        setImmediate: 'readonly',
        SharedArrayBuffer: 'readonly',
        Atomics: 'readonly'
      }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
      ],
      // The gate escapes and detects control characters on purpose (terminal and log injection).
      'no-control-regex': 'off'
    }
  },
  {
    // Lines of code stay readable; long strings, patterns and data tables are whole on their line.
    files: ['src/**/*.ts', 'checks/**/*.ts', 'app/**/*.ts'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }
      ]
    }
  },
  {
    // Tests build loose JSON shapes (API answers, parsed YAML) where a type would say nothing.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/checks/**', '../checks/*', '../../checks/*'],
              message: 'src/ never imports checks/: the registry is passed in (see ARCHITECTURE.md).'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['checks/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [EVIDENCE_TYPES_ONLY] }] }
  },
  // A phase's folder imports no other phase's: helpers several phases use live in checks/*.ts.
  ...PHASES.map((phase) => ({
    files: [`checks/${phase}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            EVIDENCE_TYPES_ONLY,
            {
              group: PHASES.filter((p) => p !== phase).flatMap((p) => [`../${p}/*`, `**/checks/${p}/*`]),
              message: `checks/${phase}/ imports no other phase's folder: share helpers through checks/shared.ts or checks/deployment.ts.`
            }
          ]
        }
      ]
    }
  })),
  {
    // Behaviour is driven by real inputs: no test hook is read by the gate itself.
    files: ['src/**/*.ts', 'app/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^MCP_GOLIVE_TEST/], Identifier[name=/^MCP_GOLIVE_TEST/]',
          message: 'No test hooks in production code: drive the behaviour through real inputs in the test.'
        }
      ]
    }
  }
)
