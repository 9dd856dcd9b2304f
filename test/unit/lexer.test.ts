import { describe, expect, it } from 'vitest'
import { sourceViews } from '../../src/evidence/source/lexer.js'

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
