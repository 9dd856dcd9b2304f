// Repository strings through the Markdown escaping, rendered as GitHub renders
// comments (micromark-gfm, and cmark-gfm where installed): whatever they
// contain, they come out as inert text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { code, fixMarkdown, md } from '../../src/report/escape.js'
import { terminalSafe } from '../../src/report/text.js'
import { fuzz } from '../support/fuzz.js'
import { gfmRenderers } from '../support/render-gfm.js'

const hostile = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '&',
    '"',
    "'",
    '`',
    '*',
    '_',
    '[',
    ']',
    '(',
    ')',
    '|',
    '#',
    '@',
    '!',
    '~',
    '\\',
    '\n',
    ' ',
    'a',
    'b',
    'img',
    'script',
    'details',
    '/',
    ':',
    'http',
    'www.',
    '.com',
    '123',
    '\u202e',
    '\u200b',
    'org/team',
    '</details>',
    '<!--',
    '-->'
  ),
  maxLength: 60
})

describe.each(gfmRenderers())('output injection ($name)', ({ render }) => {
  it('md(): no HTML, no links, no mentions, one table cell', () => {
    const samples = fc.sample(hostile, fuzz(150))
    // One cmark run for all samples: each in its own table row between fixed cells.
    const table = ['| a | value | z |', '|---|---|---|', ...samples.map((s) => `| x | ${md(s)} | y |`)].join('\n')
    const html = render(table)
    expect(html).not.toMatch(/<(?!\/?(table|thead|tbody|tr|th|td|p|code|em|strong|del)\b)[a-z!]/i)
    expect(html).not.toContain('<a ')
    expect(html).not.toMatch(/@[A-Za-z0-9]/)
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1].match(/<t[dh]\b/g) ?? []).length)
    expect(rows).toHaveLength(samples.length + 1)
    expect(new Set(rows)).toEqual(new Set([3]))
  })

  it('the strings other seeds found (GFM autolinks after `_`, e-mail autolinks with a bare domain) stay inert', () => {
    // FUZZ_SEED=99: `_www.<` linked www; FUZZ_SEED=5, 7, 8: `a@.com`, `.com@.com`, `org/team@.com` became mailto links.
    for (const s of ['_www.<', '*www.example', 'a@.com', '.com@.com', 'org/team@.com', 'x@y']) {
      const html = render(`| a | ${md(s)} |\n|---|---|\n| ${md(s)} | ${md(s)} |\n\n${md(s)}\n`)
      expect(html, s).not.toContain('<a ')
    }
  })

  it('code(): always one code span, whatever backticks it holds', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = render(`x ${code(s)} y`)
        expect((html.match(/<code>/g) ?? []).length).toBe(1)
        expect(html).not.toContain('<a ')
      }),
      fuzz(60)
    )
  })

  it('fixMarkdown(): fenced snippets cannot be closed from inside, prose is escaped', () => {
    fc.assert(
      fc.property(hostile, hostile, (prose, snippet) => {
        const html = render(
          `<details><summary>fix</summary>\n\n${fixMarkdown(`${prose}\n\n\`\`\`yaml\n${snippet.replace(/```/g, '')}\n\`\`\``)}\n\n</details>\n`
        )
        expect((html.match(/<details>/g) ?? []).length).toBe(1)
        expect((html.match(/<\/details>/g) ?? []).length).toBe(1)
        expect(html).not.toContain('<a ')
        expect(html).not.toMatch(/<(img|script)\b/i)
      }),
      fuzz(60)
    )
  })

  it('terminalSafe(): no control characters reach the terminal', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x2070 }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
        (s) => {
          expect(terminalSafe(s)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
        }
      ),
      fuzz(300)
    )
  })
})
