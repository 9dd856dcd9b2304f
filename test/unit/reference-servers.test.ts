// Tool discovery and content types on the MCP reference servers
// (test/fixtures/reference-servers, copied unchanged): every registration and
// every prohibited content type, written by reading the files.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import { ROOT } from '../support/gate.js'

const DIR = join(ROOT, 'test', 'fixtures', 'reference-servers')
const ev = await collectRepoEvidence(new Repository(DIR), { jobs: 1 })

const everything = [
  'echo',
  'get-annotated-message',
  'get-env',
  'get-resource-links',
  'get-resource-reference',
  'get-roots-list',
  'get-structured-content',
  'get-sum',
  'get-tiny-image',
  'gzip-file-as-resource',
  'toggle-simulated-logging',
  'toggle-subscriber-updates',
  'trigger-elicitation-request-async',
  'trigger-elicitation-request',
  'trigger-long-running-operation',
  'trigger-sampling-request-async',
  'trigger-sampling-request',
  'trigger-url-elicitation'
]
const EXPECTED = new Set([
  ...everything.map((n) => `${n}@everything/tools/${n}.ts`),
  'simulate-research-query@everything/tools/simulate-research-query.ts',
  ...[
    'read_file',
    'read_text_file',
    'read_media_file',
    'read_multiple_files',
    'write_file',
    'edit_file',
    'create_directory',
    'list_directory',
    'list_directory_with_sizes',
    'directory_tree',
    'move_file',
    'search_files',
    'get_file_info',
    'list_allowed_directories'
  ].map((n) => `${n}@filesystem/index.ts`),
  ...[
    'create_entities',
    'create_relations',
    'add_observations',
    'delete_entities',
    'delete_observations',
    'delete_relations',
    'read_graph',
    'search_nodes',
    'open_nodes'
  ].map((n) => `${n}@memory/index.ts`),
  'sequentialthinking@sequentialthinking/index.ts',
  'fetch@fetch/src/mcp_server_fetch/server.py',
  ...[
    'git_status',
    'git_diff_unstaged',
    'git_diff_staged',
    'git_diff',
    'git_commit',
    'git_add',
    'git_reset',
    'git_log',
    'git_create_branch',
    'git_checkout',
    'git_show',
    'git_branch'
  ].map((n) => `${n}@git/src/mcp_server_git/server.py`),
  'get_current_time@time/src/mcp_server_time/server.py',
  'convert_time@time/src/mcp_server_time/server.py'
])

describe('the MCP reference servers', () => {
  it('finds every registered tool, by name and file, and nothing else', () => {
    const found = new Set(ev.source.tools.map((t) => `${t.name}@${t.at.file}`))
    const tp = [...found].filter((f) => EXPECTED.has(f)).length
    console.log(
      `reference servers: ${found.size} found, ${EXPECTED.size} expected, precision ${(tp / Math.max(1, found.size)).toFixed(3)}, recall ${(tp / EXPECTED.size).toFixed(3)}`
    )
    expect([...EXPECTED].filter((e) => !found.has(e))).toEqual([])
    expect([...found].filter((f) => !EXPECTED.has(f))).toEqual([])
    expect(EXPECTED.size).toBe(58)
  })

  it('points at the name: the literal, the constant passed, or the Enum member', () => {
    const at = (name: string) => ev.source.tools.find((t) => t.name === name)!.at
    expect(at('echo')).toMatchObject({ file: 'everything/tools/echo.ts', line: 34 })
    expect(at('git_status')).toMatchObject({ file: 'git/src/mcp_server_git/server.py', line: 325 })
    expect(at('get_current_time')).toMatchObject({ file: 'time/src/mcp_server_time/server.py', line: 133 })
    expect(at('read_file')).toMatchObject({ file: 'filesystem/index.ts', line: 214 })
  })

  it('finds the six prohibited content types in production code, not the schema enum, the type hint or the comment', () => {
    expect(ev.source.contentTypes.map((c) => `${c.kind}@${c.at.file}:${c.at.line}`).sort()).toEqual([
      'audio@filesystem/index.ts:306',
      'image@everything/tools/get-annotated-message.ts:83',
      'image@everything/tools/get-tiny-image.ts:42',
      'image@filesystem/index.ts:304',
      'resource_link@everything/resources/session.ts:79',
      'resource_link@everything/tools/get-resource-links.ts:72'
    ])
  })
})
