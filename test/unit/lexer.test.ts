import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isFString, sourceViews, sourceViewsBySlices } from '../../src/evidence/source/lexer.js'
import { fuzz } from '../support/fuzz.js'

describe('sourceViews', () => {
  it('blanks TypeScript comments but keeps strings in `code`', () => {
    const src = 'const a = "http://x" // type: "image"\n/* ImageContent */ f(`t`)'
    const v = sourceViews(src, 'typescript')
    expect(v.code.length).toBe(src.length)
    expect(v.code).toContain('"http://x"')
    expect(v.code).not.toContain('image')
    expect(v.code).not.toContain('ImageContent')
    expect(v.bare).not.toContain('http')
    expect(v.bare).toContain('f(` `)')
    expect(v.code.split('\n').length).toBe(2)
  })

  it('handles Python comments, triple-quoted strings and escapes', () => {
    const src = 'x = "a#b"  # ImageContent\ny = """doc\nImageContent"""\nz = \'it\\\'s\''
    const v = sourceViews(src, 'python')
    expect(v.code).toContain('"a#b"')
    expect(v.code).not.toMatch(/# ImageContent/)
    expect(v.code).toContain('ImageContent"""')
    expect(v.bare).not.toContain('ImageContent')
    expect(v.bare).toContain("z = '     '")
  })

  it('handles C# verbatim strings, Go raw strings and Java text blocks', () => {
    const cs = sourceViews('var s = @"a ""q"" // no"; // comment', 'csharp')
    expect(cs.code).toContain('// no')
    expect(cs.code).not.toContain('comment')
    const go = sourceViews('s := `a // b`\n// c', 'go')
    expect(go.code).toContain('a // b')
    expect(go.code).not.toContain('// c')
    const java = sourceViews('String t = """\n // x\n"""; // y', 'java')
    expect(java.code).toContain('// x')
    expect(java.code).not.toContain('// y')
  })
})

describe('sourceViews: JavaScript regular expression literals', () => {
  it('a quote inside a regular expression opens no string, and the code after it stays code', () => {
    const src =
      "x = s.replace(/\\[\\s*'/g, '[\"')\nserver.tool('after', h)\nif (/'/.test(q)) f('s')\nreturn /[/']/i.exec(t)"
    const v = sourceViews(src, 'typescript')
    expect(v.bare).toContain("server.tool('     ', h)")
    // The literal's body is blank in `bare`, as a string's is, and kept in `code`.
    expect(v.bare).toContain('x = s.replace(/      /g')
    expect(v.code).toContain("/\\[\\s*'/g")
    expect(v.bare).toContain("f(' ')")
    expect(v.bare).toContain('return /    /i.exec(t)')
  })

  it('a slash after a value divides; TSX closing tags and other languages are untouched', () => {
    const v = sourceViews("const r = a / b + c / 2 // 'x\nconst s = '/'\nconst e = <a>t</a>", 'typescript')
    expect(v.bare).toContain('const r = a / b + c / 2')
    expect(v.bare).toContain("const s = ' '")
    expect(v.bare).toContain('<a>t</a>')
    expect(sourceViews("x = (/'/)", 'go').bare).toBe("x = (/' )")
  })
})

describe('sourceViews: interpolations are code', () => {
  const views = (src: string, lang: Parameters<typeof sourceViews>[1]) => sourceViews(src, lang)

  it('TypeScript `${…}`: code in `bare`, nested templates and strings handled, the rest of the literal blank', () => {
    const src = 'const u = `${base}/x?q=${await fetch(`${api}/y`)}&s="${"lit"}"` // ImageContent'
    const v = views(src, 'typescript')
    expect(v.bare.length).toBe(src.length)
    // The expressions are code; the literal text and the `${ }` around them are blank.
    expect(v.bare).toMatch(/` {2}base {8}await fetch\(` {2}api {3}`\) {7}" {3}" {2}`/)
    expect(v.bare).not.toContain('/x?q=')
    expect(v.code).not.toContain('ImageContent')
    // the literal ends where it ends: the comment after it is still a comment
    expect(v.code.trimEnd().endsWith('"`')).toBe(true)
  })

  it('TypeScript `${…}` holding a regular expression with a quote: the template still ends at its backtick', () => {
    // An AppleScript built in a template, as Dhravya/apple-mcp does: the regex's quote opens no string.
    const src = [
      'if (args.account) {',
      '  const script = `',
      'tell application "Mail"',
      '  set found to {}',
      '  set target to first account whose name is "${args.account.replace(/"/g, \'\\\\"\')}"',
      '  ${args.mailbox ? `',
      '  if name of mb is "${args.mailbox.replace(/"/g, \'\\\\"\')}" then',
      "  ` : ''}",
      '  set limit to ${args.limit || 10}',
      '  set msg to {subject:(subject of m), sender:(sender of m)}',
      'end tell`;',
      '  run(script);',
      '}',
      'const after = { open: 1 };'
    ].join('\n')
    const bare = views(src, 'typescript').bare
    expect(bare.length).toBe(src.length)
    expect(bare.split('\n').slice(-3)).toEqual(['  run(script);', '}', 'const after = { open: 1 };'])
    expect(bare).toContain(' args.account.replace(')
  })

  it('Python f-strings: `{…}` is code, `{{` is a brace, plain strings stay blank; `//` is division', () => {
    const v = views('a = f"Hi {name.upper()} {{x}} {n // 2}"\nb = "not {code}"\nc = rf\'{path}\'', 'python')
    expect(v.bare).toContain(' name.upper() ')
    expect(v.bare).toContain(' n // 2 "')
    expect(v.bare).not.toContain('x')
    expect(v.bare).not.toContain('code')
    expect(v.bare).toContain(" path '")
  })

  it('C# `$"…{…}"` and `$@"…"`, Kotlin `${…}` and `$name`; Java and Go strings never interpolate', () => {
    const cs = views('var s = $"sum {a + b}"; var t = "no {c}"; var u = $@"{d}";', 'csharp')
    expect(cs.bare).toBe('var s = $"     a + b "; var t = "      "; var u = $@" d ";')
    const kt = views('val s = "Hi $name, ${user.id}"', 'kotlin')
    expect(kt.bare).toBe('val s = "    name    user.id "')
    expect(views('String s = "${x}";', 'java').bare).not.toContain('x')
    expect(views('s := "${x}"', 'go').bare).not.toContain('x')
  })

  it('keeps offsets: every view has the text’s length and line breaks', () => {
    const src = 'x = `a\n${b\n}c`\ny = f"""{d\n}"""'
    for (const lang of ['typescript', 'python'] as const) {
      const v = views(src, lang)
      expect(v.code.length).toBe(src.length)
      expect(v.bare.length).toBe(src.length)
      expect(v.bare.split('\n').length).toBe(src.split('\n').length)
    }
  })
})

describe('sourceViews: offsets hold for any text', () => {
  const LANGUAGES = ['typescript', 'javascript', 'python', 'csharp', 'go', 'java', 'kotlin'] as const
  // The characters and runs that open, close or escape something in one of the languages.
  const piece = fc.constantFrom(
    '/',
    '*',
    '"',
    "'",
    '`',
    '$',
    '{',
    '}',
    '\\',
    '\n',
    '\r',
    '#',
    'f',
    '@',
    'a',
    ' ',
    '(',
    '"""',
    "'''",
    '${',
    '//',
    '/*',
    '*/',
    'é',
    'Ā',
    '\u0a0a',
    '\u{1f600}',
    '\ud800',
    'F',
    'rb',
    '_'
  )
  const source = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''))

  it('an interpolation left open at the end of the file keeps both views the length of the text', () => {
    // The views used to come out a character longer than the text here.
    for (const [src, lang] of [
      ['`${', 'typescript'],
      ['s = """${', 'kotlin'],
      ['x = $"{', 'csharp']
    ] as const) {
      const v = sourceViews(src, lang)
      expect([v.code.length, v.bare.length]).toEqual([src.length, src.length])
    }
  })

  it('views written in a byte buffer equal views cut from the text, and keep its length and line breaks', () => {
    fc.assert(
      fc.property(source, fc.constantFrom(...LANGUAGES), (src, lang) => {
        const inBuffer = sourceViews(src, lang)
        expect(inBuffer).toEqual(sourceViewsBySlices(src, lang))
        for (const view of [inBuffer.code, inBuffer.bare]) {
          expect(view.length).toBe(src.length)
          for (let i = 0; i < src.length; i++) if (src[i] === '\n' || src[i] === '\r') expect(view[i]).toBe(src[i])
        }
      }),
      fuzz(400)
    )
  })

  it('a Python string interpolates as its prefix says: the pattern that defined it, at every quote', () => {
    // The definition the lexer had as patterns: the letters (at most two) just before the quote hold
    // an f, and no word character comes before them.
    const byPattern = (text: string, i: number) => {
      const prefix = /[A-Za-z]{0,2}$/.exec(text.slice(Math.max(0, i - 2), i))![0]
      return /f/i.test(prefix) && !/\w/.test(text[i - prefix.length - 1] ?? '')
    }
    const python = fc
      .array(fc.constantFrom('f', 'F', 'r', 'b', 'x', '_', '1', ' ', '(', '"', "'", 'é', 'Ā'), { maxLength: 12 })
      .map((p) => p.join(''))
    fc.assert(
      fc.property(python, (text) => {
        for (let i = 0; i < text.length; i++)
          if (text[i] === '"' || text[i] === "'") expect(isFString(text, i)).toBe(byPattern(text, i))
      }),
      fuzz(2000)
    )
  })

  it('text with a character past 0xFF gets the same views as it would in a buffer, around that character', () => {
    const src = 'const s = "Ā b" // Ā\nf(`${x /* Ā */}`)'
    const wide = sourceViews(src, 'typescript')
    const narrow = sourceViews(src.replaceAll('Ā', 'a'), 'typescript')
    expect(wide.code).toBe(narrow.code.replace('"a b"', '"Ā b"'))
    expect(wide.bare).toBe(narrow.bare)
  })
})
