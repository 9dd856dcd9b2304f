// Hostile checkouts: odd file names, links out of the checkout, loops, random
// bytes in every parsed format. The gate finishes, reads nothing outside, and
// says what it skipped.
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { runGate } from '../../src/run.js'
import { EXAMPLES, TODAY } from '../support/gate.js'
import { fuzz } from '../support/fuzz.js'

const CANARY = 'CANARY-OUTSIDE-THE-CHECKOUT-7f3a'

describe('hostile repositories', () => {
  it('random names and random bytes in every parsed format: a result, nothing outside read', () => {
    const outside = mkdtempSync(join(tmpdir(), 'golive-outside-'))
    writeFileSync(join(outside, 'secret.yaml'), `kind: Deployment\napiVersion: apps/v1\nmetadata: {name: ${CANARY}}\n`)
    const names = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          ' ',
          '$',
          '`',
          ';',
          '&',
          '|',
          '(',
          '\n',
          'ä',
          '漢',
          '🙂',
          '-',
          '.',
          "'",
          '"',
          '*',
          '?'
        ),
        minLength: 1,
        maxLength: 12
      })
      .filter((s) => !s.includes('/') && s !== '.' && s !== '..')
    const files = fc.array(
      fc.tuple(
        names,
        fc.constantFrom('.ts', '.py', '.yaml', '.yml', '.json', '', '.go', '.cs', '.java', '.env'),
        fc.uint8Array({ maxLength: 400 })
      ),
      { maxLength: 12 }
    )
    fc.assert(
      fc.property(files, (list) => {
        const dir = mkdtempSync(join(tmpdir(), 'golive-hostile-'))
        cpSync(join(EXAMPLES, 'ready-server'), dir, { recursive: true })
        for (const [name, ext, bytes] of list) {
          mkdirSync(join(dir, 'junk'), { recursive: true })
          writeFileSync(join(dir, 'junk', name + ext), Buffer.from(bytes))
        }
        writeFileSync(
          join(dir, '.github/workflows/random.yml'),
          Buffer.from(list.flatMap(([, , b]) => [...b]).slice(0, 300))
        )
        symlinkSync(join(outside, 'secret.yaml'), join(dir, 'deploy', 'escape.yaml'))
        symlinkSync('../../../../../../../../..' + outside + '/secret.yaml', join(dir, 'deploy', 'dotdot.yaml'))
        symlinkSync(dir, join(dir, 'loop'))
        const { result, repo } = runGate({ dir, today: TODAY })
        expect(['ready', 'blocked']).toContain(result.verdict)
        expect(JSON.stringify(result)).not.toContain(CANARY)
        expect(repo.files.map((f) => f.path)).not.toContain('deploy/escape.yaml')
        expect(repo.skipped).toContainEqual({ path: 'deploy/escape.yaml', reason: 'link outside the checkout' })
      }),
      fuzz(25)
    )
  })

  // FUZZ_SEED / FUZZ_RUNS widen it locally (e.g. FUZZ_SEED=7 FUZZ_RUNS=1500: passes); CI runs the fixed seed.
  it('random kustomizations, patches and Helm templates: a result every time, nothing read outside', () => {
    const piece = fc.constantFrom(
      '{{',
      '}}',
      '{{- ',
      ' -}}',
      'if ',
      'else',
      'end',
      'with ',
      'range ',
      '.Values.a',
      '.',
      'toYaml ',
      ' | ',
      'nindent 4',
      'include "x" .',
      ':',
      'a',
      '  ',
      '\n',
      '- ',
      '$patch: delete',
      'resources:',
      '../',
      '../../base',
      'patches:',
      'path: p.yaml',
      'patch: |-',
      'op: add',
      'path: /spec/0',
      'value:',
      'kind: Deployment',
      'name: x',
      '"',
      '[',
      ']',
      '*a',
      '&a '
    )
    const text = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v)),
      fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''))
    )
    fc.assert(
      fc.property(fc.tuple(text, text, text, text, text), ([overlay, base, patch, template, values]) => {
        const dir = mkdtempSync(join(tmpdir(), 'golive-kustom-'))
        cpSync(join(EXAMPLES, 'ready-server'), dir, { recursive: true })
        writeFileSync(
          join(dir, 'deploy/overlays/prod/kustomization.yaml'),
          `resources:\n  - ../../base\n  - ../../../../outside\n${overlay}`
        )
        writeFileSync(join(dir, 'deploy/overlays/prod/p.yaml'), patch)
        writeFileSync(
          join(dir, 'deploy/base/kustomization.yaml'),
          `resources:\n  - deployment.yaml\n  - ../overlays/prod\n${base}`
        )
        mkdirSync(join(dir, 'chart/templates'), { recursive: true })
        writeFileSync(join(dir, 'chart/Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n')
        writeFileSync(join(dir, 'chart/templates/t.yaml'), template)
        writeFileSync(join(dir, 'chart/values.yaml'), values)
        const { result } = runGate({ dir, today: TODAY })
        expect(['ready', 'blocked']).toContain(result.verdict)
      }),
      fuzz(60)
    )
  })

  it('files over the cap and 100,000-line files are handled and listed as skipped where they are too large', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-big-'))
    cpSync(join(EXAMPLES, 'ready-server'), dir, { recursive: true })
    writeFileSync(join(dir, 'src', 'huge.ts'), 'x'.repeat(1024 * 1024 + 1))
    writeFileSync(join(dir, 'src', 'long.ts'), 'const a = 1\n'.repeat(80_000))
    const { result, repo } = runGate({ dir, today: TODAY })
    // A source file the gate did not read may hold anything: the checks that read source do not pass.
    expect(result.verdict).toBe('blocked')
    expect(result.findings.find((f) => f.check === 'security.content-types')).toMatchObject({
      status: 'not verified',
      reason: expect.stringContaining('src/huge.ts (too large)')
    })
    expect(repo.skipped).toContainEqual({ path: 'src/huge.ts', reason: 'too large' })
    // …and every surface says so: the JSON result, the terminal and the markdown (comment, summary).
    expect(result.notRead).toEqual({
      count: 1,
      byReason: { 'too large': 1 },
      files: [{ path: 'src/huge.ts', reason: 'too large' }]
    })
    expect(renderText(result, { colour: false })).toContain(
      'Not read: 1 file was not read (1 too large); the verdict does not cover them.\n  src/huge.ts (too large)'
    )
    expect(renderMarkdown(result)).toContain(
      '> 1 file was not read (1 too large): the verdict does not cover them (`src/huge.ts`).'
    )
  })

  it('YAML nested past the bound is refused unparsed and said as not read (a Deployment beside it does not vanish silently)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-deep-'))
    cpSync(join(EXAMPLES, 'ready-server'), dir, { recursive: true })
    // 1 MiB of `[` took a check to 990 MB before the bound; a manifest's Deployment beside it must not vanish silently.
    writeFileSync(join(dir, '.github/workflows/deep.yml'), `on: ${'['.repeat(500_000)}${']'.repeat(500_000)}\n`)
    writeFileSync(
      join(dir, 'deploy', 'deep.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hidden}\n---\nx: ${'- '.repeat(300)}y\n`
    )
    const { result, repo } = runGate({ dir, today: TODAY })
    expect(repo.skipped).toContainEqual({ path: '.github/workflows/deep.yml', reason: 'nested too deeply' })
    expect(repo.skipped).toContainEqual({ path: 'deploy/deep.yaml', reason: 'nested too deeply' })
    expect(result.notRead.byReason['nested too deeply']).toBe(2)
    expect(renderText(result, { colour: false })).toContain('(2 nested too deeply); the verdict does not cover them.')
  })
})

describe('the gate cannot be talked into passing', () => {
  it('a golive.yaml that declares every tool harmless still fails on what the code and manifests show', () => {
    const dir = mkdtempSync(join(tmpdir(), 'golive-liar-'))
    cpSync(join(EXAMPLES, 'unready-server'), dir, { recursive: true })
    const tools = ['search_mail', 'summarize_url', 'send_digest', 'mailbox_chart']
      .map((n) => `  - name: ${n}\n    privateData: obo\n    untrustedContent: none\n    externalCommunication: none`)
      .join('\n')
    writeFileSync(
      join(dir, 'golive.yaml'),
      `version: 1\nserver:\n  name: mcp-mailbox\n  owner: "@contoso/team-mail"\n  zone: 3\ntools:\n${tools}\n`
    )
    const { result } = runGate({ dir, today: TODAY })
    const status = (id: string) => result.findings.filter((f) => f.check === id).map((f) => f.status)
    expect(result.verdict).toBe('blocked')
    expect(status('security.tools-declared')).toEqual(['passed'])
    expect(status('security.trifecta')).toEqual(['failed']) // private (declared obo) + untrusted and external from evidence
    expect(status('security.external-communication')).toContain('failed')
    // Twice: it fetches caller-supplied URLs, and it reads mail through Microsoft Graph.
    expect(status('security.untrusted-content')).toEqual(['failed', 'failed'])
    expect(status('security.content-types')).toContain('failed')
    expect(status('auth.no-app-credentials')).toContain('failed')
  })
})
