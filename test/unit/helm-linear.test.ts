// The Helm renderer reads a chart's templates from a repository the gate does not trust (up to
// 1 MiB a file, one line may be all of it). Its patterns for actions used to backtrack
// polynomially; these tests hold the rewrites to the former patterns' results, and run each
// former attack at about 1 MiB through the code that uses it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import {
  actionOf,
  controlOf,
  inlineActions,
  notOperand,
  renderCharts,
  TEMPLATED,
  toYamlOperand
} from '../../src/evidence/helm.js'
import { Repository } from '../../src/evidence/repository.js'
import { fuzz } from '../support/fuzz.js'

// The former forms, kept to compare with.
/** The former `not …` pattern (now with the s flag and a line-break check). */
const OLD_NOT = /^not\s+(.+)$/
/** The former `toYaml …` pattern (likewise). */
const OLD_TO_YAML = /^toYaml\s+(.+)$/
/** The former whole-line action pattern (now ACTION_LINE, read by actionOf). */
const OLD_ACTION_LINE = /^\s*\{\{-?\s*(.*?)\s*-?\}\}\s*$/
/** The former control pattern (now with the s flag and a line-break check, controlOf). */
const OLD_CONTROL = /^(if|else if|else|with|range|end|define|block)\b\s*(.*)$/
/** The former inline action pattern of emit (now inlineActions). */
const OLD_INLINE = /\{\{-?\s*(.*?)\s*-?\}\}/g

/** Strings of pieces run together. */
const textOf = (pieces: string[], maxLength = 14) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((xs) => xs.join(''))
// Spaces of every kind that matter: line terminators (which `\s` takes and `.` does not) and other spaces.
const SPACES = [' ', '\t', '\r', '\n', '\u2028', '\u2029', '\u00a0', '\v']
const ACTION_TEXT = textOf(['{', '}', '{{', '}}', '-', '-}}', '{{-', 'a', '.x', ...SPACES], 16)
const WORDS_TEXT = textOf(
  [
    'not',
    'toYaml',
    'if',
    'else',
    'else if',
    'elseif',
    'with',
    'range',
    'end',
    'define',
    'block',
    'x',
    '.',
    '-',
    '_',
    ...SPACES
  ],
  8
)

/** Just under the gate's 1 MiB file limit, in characters of one byte. */
const MIB = 1_000_000
const tabs = (n: number) => '\t'.repeat(n)

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** A chart with values `a: 1` and the one template given; its rendered objects. */
function render(template: string) {
  const root = mkdtempSync(join(tmpdir(), 'golive-helm-linear-'))
  dirs.push(root)
  const files: Record<string, string> = {
    'Chart.yaml': 'name: c\nversion: 1.0.0\n',
    'values.yaml': 'a: 1\non: true\n',
    'templates/cm.yaml': template
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  const { builds } = renderCharts(new Repository(root), /(?!)/)
  return builds[0].objects
}
const configMap = (body: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: "{{ .Values.a }}"\n${body}\n`

describe('`not …` and `toYaml …` terms', () => {
  it('take the operand the former patterns took (property)', () => {
    fc.assert(
      fc.property(WORDS_TEXT, (s) => {
        expect(notOperand(s)).toBe(OLD_NOT.exec(s)?.[1])
        expect(toYamlOperand(s)).toBe(OLD_TO_YAML.exec(s)?.[1])
        expect(notOperand(`not${s}`)).toBe(OLD_NOT.exec(`not${s}`)?.[1])
        expect(toYamlOperand(`toYaml${s}`)).toBe(OLD_TO_YAML.exec(`toYaml${s}`)?.[1])
        // As term calls it: trimmed.
        expect(notOperand(`not${s}`.trim())).toBe(OLD_NOT.exec(`not${s}`.trim())?.[1])
      }),
      fuzz(1000)
    )
  })

  it('refuse an operand with a line break after 1 MiB of tabs, and take one without', () => {
    // recheck's attack: a line break after the spaces; the former pattern: 40k chars 0.67 s, quadratic, so 1 MiB ≈ 7 min.
    // (The renderer never hands a term a line break: actions stop at one. The check keeps the former result anyway.)
    expect(notOperand(`not${tabs(MIB)}x\ry`)).toBeUndefined()
    expect(toYamlOperand(`toYaml${tabs(MIB)}x\u2028`)).toBeUndefined()
    expect(notOperand(`not${tabs(MIB)}.Values.on`)).toBe('.Values.on')
  })
})

describe('control actions', () => {
  it('read the keyword and argument the former pattern read (property)', () => {
    fc.assert(
      fc.property(WORDS_TEXT, (s) => {
        const old = OLD_CONTROL.exec(s)
        expect(controlOf(s)?.slice(0, 3) ?? null).toEqual(old ? old.slice(0, 3) : null)
      }),
      fuzz(1000)
    )
  })

  it('refuse an argument with a line break after 1 MiB of tabs', () => {
    // recheck's attack (`if`, tabs, `c\n`); the former pattern: 40k chars 0.66 s, quadratic, so 1 MiB ≈ 7 min.
    // (Unreachable from a template, as for terms: the action holds no line break.)
    expect(controlOf(`if${tabs(MIB)}c\n`)).toBeNull()
    expect(controlOf(`else if${tabs(MIB)}.Values.on`)?.slice(1, 3)).toEqual(['else if', '.Values.on'])
  })
})

describe('lines that are one action', () => {
  it('give the expression the former pattern gave (property)', () => {
    fc.assert(
      fc.property(ACTION_TEXT, textOf(SPACES, 3), (s, lead) => {
        expect(actionOf(s)).toBe(OLD_ACTION_LINE.exec(s)?.[1])
        // Most lines of interest start with `{{`.
        expect(actionOf(`${lead}{{${s}`)).toBe(OLD_ACTION_LINE.exec(`${lead}{{${s}`)?.[1])
        expect(actionOf(`{{${s}}}${lead}`)).toBe(OLD_ACTION_LINE.exec(`{{${s}}}${lead}`)?.[1])
      }),
      fuzz(1000)
    )
  })

  it('keeps the former reading of dashes, braces and spaces at the ends', () => {
    for (const s of [
      '{{}}',
      '{{-}}',
      '{{--}}',
      '{{- -}}',
      '{{ a- }}',
      '{{ a- -}}',
      '{{ a -}} ',
      '  {{- a }} }}',
      '{{ a-}}}',
      '{{ a\rb }}',
      '{{ a\r }}',
      '{{\r- a -\r}}',
      '{{ }',
      '{{}'
    ])
      expect([s, actionOf(s)]).toEqual([s, OLD_ACTION_LINE.exec(s)?.[1]])
  })

  it('renders a line of `{{`, 1 MiB of tabs and `}} x` (not one action) as text', () => {
    // Like recheck's attack (`{{` then tabs, then no line end): the former pattern on this line: 2k chars 1.4 s, 4k 10.9 s,
    // cubic, so 1 MiB ≈ 5 years.
    const [cm] = render(configMap(`  script: |\n    {{${tabs(MIB)}}} x`))
    const data = (cm.data as { data: Record<string, string> }).data
    expect(data.a).toBe('1')
    expect(data.script).toBe(`${TEMPLATED}  x\n`)
  })
})

describe('actions inside a line', () => {
  const shape = (line: string) =>
    [...line.matchAll(OLD_INLINE)].map((m) => ({ index: m.index, end: m.index + m[0].length, expr: m[1] }))

  it('are the ones the former pattern found, with the same expressions (property)', () => {
    fc.assert(
      fc.property(ACTION_TEXT, ACTION_TEXT, (s, t) => {
        expect(inlineActions(s)).toEqual(shape(s))
        // Several actions, some broken, in one line.
        const line = `${s}{{${t}}}${s}-}}{{${t}`
        expect(inlineActions(line)).toEqual(shape(line))
      }),
      fuzz(1000)
    )
  })

  it('are found as before around broken and nested braces', () => {
    for (const s of [
      'a {{ b }} c {{- d -}} e',
      '{{{ a }}}',
      '{{ a\rb {{\r}}',
      '{{ a{{\rb}}',
      '{{-}}{{--}}{{ -}}',
      '{{ a -}}}} {{',
      '{{ a\r }}',
      '{{ a\r\r {{ b }}',
      'x {{ a',
      '}} {{ a }}'
    ])
      expect([s, inlineActions(s)]).toEqual([s, shape(s)])
  })

  it('renders a line of `{{-`, 1 MiB of tabs around an `x`, a line separator and `{{}}`', () => {
    // recheck's attack (with U+2028 for its `\n`, which a line never holds); the former pattern on this line: 2k chars
    // 0.72 s, 4k 5.5 s, cubic, so 1 MiB ≈ 3 years.
    const half = tabs(MIB / 2)
    const [cm] = render(configMap(`  script: |\n    x {{-${half}x${half}\u2028{{}}`))
    const data = (cm.data as { data: Record<string, string> }).data
    expect(data.a).toBe('1')
    expect(data.script).toBe(`x {{-${half}x${half}\u2028${TEMPLATED} \n`)
  })
})

describe('rendering is bounded (HELM_LIMITS); past a bound the chart says so and is not verified', () => {
  /** A chart whose values are given; the build of values.yaml. */
  function build(template: string, values: string) {
    const root = mkdtempSync(join(tmpdir(), 'golive-helm-bound-'))
    dirs.push(root)
    const files: Record<string, string> = {
      'Chart.yaml': 'name: c\nversion: 1.0.0\n',
      'values.yaml': values,
      'templates/a.yaml': template,
      'templates/ok.yaml': configMap('')
    }
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    return renderCharts(new Repository(root), /(?!)/).builds[0]
  }
  const ten = `xs: [${Array.from({ length: 10 }, (_, i) => i).join(', ')}]\n`

  it('nested range (9 levels over 10 items) stops at the step bound instead of exhausting memory', () => {
    const depth = 9
    const t = `${'{{ range $.Values.xs }}\n'.repeat(depth)}- a: b\n${'{{ end }}\n'.repeat(depth)}`
    const started = performance.now()
    const b = build(t, ten)
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(b.gaps).toEqual([
      {
        overlay: '. (values.yaml)',
        file: 'templates/a.yaml',
        message: expect.stringContaining('not rendered: rendering visits more than')
      }
    ])
    // The other template of the chart is rendered.
    expect(b.objects.map((o) => o.name)).toEqual(['cm'])
  }, 30_000)

  it('toYaml of a large map, repeated, stops at the output bound', () => {
    const big = `big:\n${Array.from({ length: 20_000 }, (_, i) => `  key${i}: value${i}\n`).join('')}`
    const t = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${'  {{- toYaml .Values.big | nindent 2 }}\n'.repeat(2000)}`
    const b = build(t, big)
    expect(b.gaps[0].message).toContain('writes more than')
  }, 30_000)

  it('a long if / else if chain and deep nesting neither overflow the stack nor take quadratic time', () => {
    const chain = `{{ if .Values.no }}\na: 0\n${Array.from({ length: 25_000 }, (_, i) => `{{ else if .Values.no }}\na: ${i}\n`).join('')}{{ else }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: last\n{{ end }}\n`
    const started = performance.now()
    const b = build(chain, 'no: false\n')
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(b.objects.map((o) => o.name).sort()).toEqual(['cm', 'last'])
    const deep = `${'{{ if .Values.yes }}\n'.repeat(5000)}a: 1\n${'{{ end }}\n'.repeat(5000)}`
    expect(build(deep, 'yes: true\n').gaps[0].message).toContain('nest more than')
  }, 60_000)
})

describe('what a template renders is never dropped silently', () => {
  it('a multi-line comment action (a licence header) is blank, not YAML; rendered text that is not YAML is a gap', () => {
    const root = mkdtempSync(join(tmpdir(), 'golive-helm-comment-'))
    dirs.push(root)
    const files: Record<string, string> = {
      'Chart.yaml': 'name: c\nversion: 1.0.0\n',
      'values.yaml': 'a: 1\n',
      'templates/cm.yaml': `{{- /*\nCopyright Example, Inc. All Rights Reserved.\nSPDX-License-Identifier: APACHE-2.0\n*/}}\n${configMap('')}`,
      'templates/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  bad: [\n'
    }
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    const [b] = renderCharts(new Repository(root), /(?!)/).builds
    expect(b.objects.map((o) => o.name)).toEqual(['cm'])
    expect(b.objects[0].locate(['metadata', 'name'])).toMatchObject({ line: 8 })
    expect(b.gaps).toEqual([
      {
        overlay: '. (values.yaml)',
        file: 'templates/broken.yaml',
        message: expect.stringContaining('the rendered text is not YAML')
      }
    ])
  })
})
