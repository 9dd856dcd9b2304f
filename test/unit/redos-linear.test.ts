// Patterns rewritten so that no file makes them backtrack more than linearly
// (the tool, content-type, constant, auth and third-party patterns of the
// source pass, CODEOWNERS comments, pyproject names, C# tool names). Each
// rewrite is compared with its former form (kept here as OLD_…) on random
// short texts, where the former forms are fast and the bounds the rewrites
// added are not reached; then the shapes that made the former forms take
// minutes are given to the real code at about 1 MiB, and it must still find
// what is there.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withoutComment } from '../../src/evidence/docs.js'
import { FOUND_PATTERNS } from '../../src/evidence/source/auth.js'
import { collectRepoEvidence } from '../../src/evidence/index.js'
import { Repository } from '../../src/evidence/repository.js'
import {
  CONTENT_RULES,
  csharpToolName,
  GO_STRING_CONSTANT,
  TOOL_DERIVED_RULES,
  TOOL_LITERAL_RULES
} from '../../src/evidence/source/security.js'
import { GO_TOOL_SHAPE } from '../../src/evidence/source/rules/go.js'
import { springToolsNamedAfterMethod } from '../../src/evidence/source/spring-tools.js'
import { annotatedTools } from '../../src/evidence/source/annotated-tools.js'
import { PYPROJECT_NAME, serverName } from '../../src/init.js'
import { fixParts } from '../../src/report/escape.js'
import { fitSummary, SUMMARY_LIMIT } from '../../src/report/markdown.js'
import { fuzz } from '../support/fuzz.js'

// The former forms (before the rewrite), for comparison only.
const OLD_CSHARP_DERIVED =
  /\[\s*McpServerTool\b(?![^\]]*\bName\s*=)[^\]]*\]\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|internal|protected|static|async|virtual|override|partial)\s+)*[\w<>[\],.?\s]+?\s+(\w+)\s*\(/g
const OLD_JAVA_DERIVED =
  /@Tool\b(?!\s*\([^)]*\bname\s*=)(?:\s*\([^)]*\))?\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:(?:public|private|protected|static|final)\s+)*[\w<>[\],.?\s]+?\s+(\w+)\s*\(/g
const OLD_ADD_TOOL = /\.addTool\s*\(\s*\{[^}]*?\bname\s*:\s*(['"`])([^'"`\n]+)\1/g
const OLD_GO_TOOL = /mcp\.Tool\s*\{[^}]*?\bName\s*:\s*(["`])([^"`\n]+)\1/g
const OLD_CSHARP_NAMED = /\[\s*McpServerTool\s*\([^\]]*?\bName\s*=\s*(")([^"\n]+)"/g
const OLD_JAVA_NAMED = /@Tool\s*\([^)]*?\bname\s*=\s*(")([^"\n]+)"/g
const OLD_DATA_CONTENT = /\bnew\s+DataContent\s*\([^;]*?"(image|audio)\/[^"]*"/g
const OLD_TYPE_TERNARY = /\btype\s*:\s*(?:[^,;{}\n]*?\?\s*)?(['"`])(image|audio|resource_link)\1/g
const OLD_TYPE_ELSE = /\btype\s*:[^,;{}\n]*?:\s*(['"`])(image|audio|resource_link)\1/g
const OLD_GO_CONSTANT = /^\s*(?:const\s+)?([A-Za-z_]\w*)\s+(?:[A-Za-z_][\w.]*\s+)?=\s*"([^"\n]+)"/gm
const OLD_PYPROJECT_NAME = /^\s*name\s*=\s*["']([^"']+)["']/m
const oldCodeownersComment = (raw: string) => raw.replace(/(^|\s)#.*$/, '')
const oldCsharpToolName = (cleaned: string) =>
  cleaned.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')

/** Short texts made of the pieces that matter to a pattern. */
const textOf = (pieces: string[], maxLength = 8) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((a) => a.join(''))

/** Every match as index, whole text and the named or numbered group that carries the name. */
function matches(re: RegExp, text: string, group: (m: RegExpExecArray) => string | undefined): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map(
    (m) => `${m.index}|${m[0]}|${group(m as RegExpExecArray)}`
  )
}

const ruleFor = (rules: { languages: readonly string[]; re: RegExp }[], language: string, literal: string) =>
  rules.find((r) => r.languages.includes(language) && r.re.source.includes(literal))!.re

describe('rewritten patterns match as their former forms did', () => {
  it('C# tools named after their method', () => {
    const re = ruleFor(TOOL_DERIVED_RULES, 'csharp', 'McpServerTool')
    const pieces = [
      '[McpServerTool]',
      '[McpServerTool, Description("d")]',
      '[McpServerTool(Name = "n")]',
      '[Description("x")]',
      '[',
      ']',
      ' ',
      '  ',
      '\n',
      'public ',
      'static ',
      'async ',
      'Task<string>',
      'Task<Dictionary<string, int>>',
      'Foo',
      'GetAsync',
      '(',
      ')',
      'x',
      ',',
      '?'
    ]
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(matches(re, text, (m) => m.groups?.name)).toEqual(matches(OLD_CSHARP_DERIVED, text, (m) => m[1]))
      }),
      fuzz(1000)
    )
  })

  it('Spring AI tools named after their method', () => {
    const re = ruleFor(TOOL_DERIVED_RULES, 'java', '@(?:Mcp)?Tool')
    const pieces = [
      '@Tool',
      '@Tool(description = "d")',
      '@Tool(name = "n")',
      '@Override',
      '@Nullable(x)',
      '@',
      '(',
      ')',
      ' ',
      '  ',
      '\n',
      'public ',
      'static ',
      'final ',
      'String',
      'List<String>',
      'Map<String, Object>',
      'fun ',
      'getWeather',
      'x',
      ','
    ]
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(matches(re, text, (m) => m.groups?.name)).toEqual(matches(OLD_JAVA_DERIVED, text, (m) => m[1]))
      }),
      fuzz(1000)
    )
  })

  it('Spring AI tools named after their method: the hand-written scan finds what the pattern finds', () => {
    const rule = TOOL_DERIVED_RULES.find((r) => r.languages.includes('java'))!
    const scanned = (text: string) =>
      springToolsNamedAfterMethod(text).map((m) => `${m.index}|${m[0]}|${m.groups.name}`)
    const pieces = [
      '@Tool',
      '@Tool(description = "d")',
      '@Tool(name = "n")',
      '@Tool (x)',
      '@Override',
      '@Nullable(x)',
      '@A(',
      '@',
      '(',
      ')',
      ' ',
      '  ',
      '\n',
      '\t',
      'public ',
      'publicity ',
      'static ',
      'final ',
      'private',
      'String',
      'List<String>',
      'Map<String, Object>',
      'int[]',
      'fun ',
      'getWeather',
      'x',
      ',',
      'name=',
      ' name =',
      '_name=',
      '@Tool)',
      '@Toolbox',
      '@McpTool',
      '@McpTool(name = "m")',
      '@Mcp',
      'Mcp',
      '@McpToolbox'
    ]
    fc.assert(
      fc.property(textOf(pieces, 12), (text) => {
        expect(scanned(text)).toEqual(matches(rule.re, text, (m) => m.groups?.name))
      }),
      fuzz(3000)
    )
    // At and past each bound of the pattern: arguments, annotations, modifiers, type words.
    const cases = [
      `@Tool(${'d'.repeat(4000)}) String a(`,
      `@Tool(${'d'.repeat(4001)}) String a(`,
      `@Tool(${'d'.repeat(3996)} name = "x") String a(`,
      `@Tool(${'d'.repeat(4001)} name = "x") String a(`,
      `@Tool ${'@A '.repeat(10)}String a(`,
      `@Tool ${'@A '.repeat(11)}String a(`,
      `@Tool @A(${'d'.repeat(4001)}) String a(`,
      `@Tool ${'static '.repeat(10)}String a(`,
      `@Tool ${'static '.repeat(11)}String a(`,
      `@Tool public a(`,
      `@Tool ${'T '.repeat(6)}a(`,
      `@Tool ${'T '.repeat(7)}a(`,
      `@Tool ${'T'.repeat(400)} a(`,
      `@Tool ${'T'.repeat(401)} a(`,
      `@Tool ${'static '.repeat(10)}${'T '.repeat(6)}a(`,
      `@Tool ${'static '.repeat(11)}${'T '.repeat(6)}a(`,
      `@Tool(description = "d") String a(String name = "x")`,
      `@Toolbox String a(`,
      `@Tool_x String a(`,
      `@Tool(description = "d")\n@Tool String a() {}\n@Tool\u00a0String b (`,
      `@Tool(name = "n") String a(\n@Tool String b(`,
      `@McpTool(description = "d") String a(`,
      `@McpTool(name = "n") String a(`,
      `@Mcp@Tool String a(`,
      `@McpToolbox String a(`
    ]
    for (const text of cases) expect(scanned(text)).toEqual(matches(rule.re, text, (m) => m.groups?.name))
  })

  // A Go literal's name field and what may surround it; the third is the tail, the ninth a character of the gap.
  const GO_NAME_PIECES = ['Name: "a"', 'Name:`b`', 'Name', ':', '"', '`', 'x', '}', ' ', '\n', 'ToolName: "c"', ',']

  it('head, bounded gap, tail: the hand-written search finds what each pattern finds (lazy and greedy gaps)', () => {
    const all = [...TOOL_LITERAL_RULES, ...CONTENT_RULES]
    const ruleWith = (language: string, literal: string) =>
      all.find((r) => r.languages.includes(language as never) && r.re.source.includes(literal))!
    const shapes = [
      {
        rule: ruleWith('typescript', 'addTool'),
        pieces: [
          '.addTool({',
          '.addTool ( {',
          'name: "a"',
          "name:'b'",
          'name',
          ':',
          '"',
          'x',
          '}',
          ' ',
          '\n',
          'myname: "c"',
          ',',
          '"d"',
          '`e`'
        ]
      },
      {
        rule: ruleWith('csharp', 'McpServerTool'),
        pieces: [
          '[McpServerTool(',
          '[ McpServerTool (',
          'Name = "a"',
          'Name="b"',
          'Name',
          '=',
          '"',
          'x',
          ']',
          ')',
          ' ',
          '\n',
          'MyName = "c"',
          ','
        ]
      },
      { rule: ruleWith('go', 'mcp\\.Tool'), pieces: ['mcp.Tool{', 'mcp.Tool {', ...GO_NAME_PIECES] },
      // The server's own Tool type: any qualifier, or none; a `.` before it is another name's field.
      { rule: GO_TOOL_SHAPE, pieces: ['api.Tool{', 'Tool {', ...GO_NAME_PIECES, '.'] },
      {
        rule: ruleWith('java', 'bname'),
        pieces: [
          '@Tool(',
          '@Tool (',
          'name = "a"',
          'name="b"',
          'name',
          '=',
          '"',
          'x',
          ')',
          ' ',
          '\n',
          'toolname = "c"',
          ','
        ]
      },
      {
        rule: ruleWith('csharp', 'DataContent'),
        pieces: [
          'new DataContent(',
          'new  DataContent (',
          '"image/png"',
          '"audio/wav"',
          '"image',
          '/',
          '"',
          'x',
          ';',
          ' ',
          '\n',
          ','
        ]
      }
    ]
    // PyJWT's two: a greedy gap (the farthest tail within the arguments' first 4,000 characters).
    for (const rule of FOUND_PATTERNS)
      shapes.push({
        rule: rule as never,
        pieces: [
          'jwt.decode(',
          'jwt.decode (',
          rule.re.source.includes('algorithms') ? 'algorithms=["RS256"]' : '"verify_signature": False',
          'algorithms',
          'verify_signature',
          '=',
          ':',
          'False',
          ')',
          ' ',
          '\n',
          'x',
          ',',
          '"'
        ]
      })
    expect(shapes).toHaveLength(8)
    for (const { rule, pieces } of shapes) {
      expect([rule.re.source, typeof rule.find]).toEqual([rule.re.source, 'function'])
      const found = (text: string) => rule.find!(text).map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}`)
      const pattern = (text: string) =>
        [...text.matchAll(new RegExp(rule.re.source, rule.re.flags))].map((m) => `${m.index}|${m[0]}|${m[1]}|${m[2]}`)
      fc.assert(
        fc.property(textOf(pieces, 12), (text) => {
          expect(found(text)).toEqual(pattern(text))
        }),
        fuzz(1500)
      )
      // At and past the bound of the gap, and a tail after a stop.
      const head = pieces[0]
      const tail = pieces[2]
      for (const text of [
        `${head}${'x'.repeat(4000)}${tail}`,
        `${head}${'x'.repeat(4001)}${tail}`,
        `${head}x${pieces[8]}${tail}`,
        `${head}${head}${tail}`
      ]) {
        expect(found(text)).toEqual(pattern(text))
      }
    }
  })

  it('FastMCP addTool and Go mcp.Tool names', () => {
    const addTool = ruleFor(TOOL_LITERAL_RULES, 'typescript', 'addTool')
    const goTool = ruleFor(TOOL_LITERAL_RULES, 'go', 'mcp\\.Tool')
    const pieces = [
      '.addTool',
      'mcp.Tool',
      '(',
      '{',
      '}',
      ' ',
      '\n',
      'name',
      'Name',
      ':',
      ' "a"',
      "'b'",
      '`c`',
      'description: "d", ',
      'x'
    ]
    fc.assert(
      fc.property(textOf(pieces, 10), (text) => {
        expect(matches(addTool, text, (m) => m[2])).toEqual(matches(OLD_ADD_TOOL, text, (m) => m[2]))
        expect(matches(goTool, text, (m) => m[2])).toEqual(matches(OLD_GO_TOOL, text, (m) => m[2]))
      }),
      fuzz(1000)
    )
  })

  it('C# and Spring AI tools with an explicit name, and C# DataContent media types', () => {
    const csharp = ruleFor(TOOL_LITERAL_RULES, 'csharp', 'McpServerTool')
    const java = ruleFor(TOOL_LITERAL_RULES, 'java', '@(?:Mcp)?Tool')
    const dataContent = ruleFor(CONTENT_RULES, 'csharp', 'DataContent')
    const pieces = [
      '[McpServerTool',
      '@Tool',
      'new DataContent',
      '(',
      ')',
      ']',
      ' ',
      '\n',
      'Name',
      'name',
      ' = ',
      '"a"',
      '"image/png"',
      '"audio/wav"',
      'Title = "t", ',
      ';',
      'x'
    ]
    fc.assert(
      fc.property(textOf(pieces, 10), (text) => {
        expect(matches(csharp, text, (m) => m[2])).toEqual(matches(OLD_CSHARP_NAMED, text, (m) => m[2]))
        expect(matches(java, text, (m) => m[2])).toEqual(matches(OLD_JAVA_NAMED, text, (m) => m[2]))
        expect(matches(dataContent, text, (m) => m[1])).toEqual(matches(OLD_DATA_CONTENT, text, (m) => m[1]))
      }),
      fuzz(1000)
    )
  })

  it('content types in object literals and ternaries', () => {
    const [ternary, otherwise] = CONTENT_RULES.filter((r) => r.re.source.startsWith('\\btype')).map((r) => r.re)
    const pieces = [
      'type',
      ':',
      ' ',
      '  ',
      '\t',
      '?',
      "'image'",
      '"audio"',
      '`resource_link`',
      "'text'",
      'isPng',
      ',',
      '\n',
      'x',
      '}'
    ]
    fc.assert(
      fc.property(textOf(pieces, 10), (text) => {
        expect(matches(ternary, text, (m) => m[2])).toEqual(matches(OLD_TYPE_TERNARY, text, (m) => m[2]))
        expect(matches(otherwise, text, (m) => m[2])).toEqual(matches(OLD_TYPE_ELSE, text, (m) => m[2]))
      }),
      fuzz(1000)
    )
  })

  it('Go string constants and pyproject names (the same name and value, from the line itself)', () => {
    const pieces = [
      'const ',
      'var ',
      'Name',
      'x',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\f',
      '=',
      ' "v"',
      'string ',
      'name',
      "'p'"
    ]
    const pairs = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m[1]}=${m[2]}`)
    fc.assert(
      fc.property(textOf(pieces, 10), (text) => {
        expect(pairs(GO_STRING_CONSTANT, text)).toEqual(pairs(OLD_GO_CONSTANT, text))
        expect(text.match(PYPROJECT_NAME)?.[1]).toBe(text.match(OLD_PYPROJECT_NAME)?.[1])
      }),
      fuzz(1000)
    )
  })

  it('CODEOWNERS comments', () => {
    fc.assert(
      fc.property(textOf(['#', ' ', '\t', '\r', '\u2028', '\u00a0', 'a', '@o'], 10), (raw) => {
        expect(withoutComment(raw)).toBe(oldCodeownersComment(raw))
      }),
      fuzz(1000)
    )
  })

  it('fix texts split at their fenced snippets', () => {
    const OLD_FENCES = /^```([A-Za-z0-9-]*)\n([\s\S]*?)^```$/m
    fc.assert(
      fc.property(textOf(['```', '```yaml', '\n', '\r', 'a', ' ', '`'], 12), (fix) => {
        expect(fixParts(fix)).toEqual(fix.split(OLD_FENCES))
      }),
      fuzz(1000)
    )
  })

  it('C# tool names from method names', () => {
    fc.assert(
      fc.property(textOf(['A', 'B', 'C', 'a', 'b', '1', '_', 'Async', 'HTTP'], 12), (method) => {
        // csharpToolName also drops Async and cleans separators first; the split into words is what changed.
        const cleaned = method.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
        const base = method.length > 5 && method.endsWith('Async') ? method.slice(0, -5) : method
        if (base !== method || !cleaned) return
        expect(csharpToolName(method)).toBe(oldCsharpToolName(cleaned).toLowerCase())
      }),
      fuzz(1000)
    )
  })
})

describe('the shapes that made the former patterns take minutes, at about 1 MiB', () => {
  const MiB = 1024 * 1024
  const fill = (unit: string, bytes = MiB - 4096) => unit.repeat(Math.floor(bytes / unit.length))
  // Former forms on these shapes (node 20, measured with the former patterns on 40k/160k/640k
  // characters): C# spaces after [McpServerTool] 4k chars 9 s (cubic: 1 MiB is years); the same
  // for @Tool; `[McpServerTool]pub` repeated 640k 6.5 s and `type:\t` 640k 54 s (so 1 MiB ≈ 17 s
  // and 2.4 min); `.addTool({"` 640k 7.8 s; `[McpServerTool(`, `@Tool(` and `new DataContent(` repeated
  // 1 MiB 10–23 s; the rest quadratic, 0.1–0.8 s at 40k, so about 1–8 min at 1 MiB.
  const files: Record<string, string> = {
    'src/Tools/Spaces.cs': `using ModelContextProtocol.Server;\n[McpServerTool] ${' '.repeat(MiB / 2)}x;\n[McpServerTool, Description("Echo")]\npublic static string Echo(string message) => message;\n`,
    'src/Tools/Words.cs': `using ModelContextProtocol.Server;\n${fill('internal[McpServerTool]pub', MiB / 2)}\n[McpServerTool]\npublic static Task<string> GetForecastAsync(double latitude) => Task.FromResult("");\n`,
    'src/main/java/Tools.java': `import org.springframework.ai.tool.annotation.Tool;\nclass Tools {\n@Tool ${' '.repeat(MiB / 2)}x;\n@Tool(description = "time")\npublic String currentTime() { return ""; }\n}\n`,
    'src/Tools/Named.cs': `using ModelContextProtocol.Server;\n${fill('[McpServerTool(r', MiB / 4)}\n[McpServerTool(Name = "named")]\npublic static string N() => "";\n`,
    'src/Tools/Media.cs': `using ModelContextProtocol.Server;\n${fill('new DataContent(', MiB / 4)};\nvar c = new DataContent(bytes, "image/png");\n`,
    'src/main/java/Named.java': `import org.springframework.ai.tool.annotation.Tool;\nclass Named {\n${fill('\t"@Tool(o', MiB / 4)});\n@Tool(name = "spring_named")\npublic String n() { return ""; }\n}\n`,
    // A name, a long blank run and no `=`: two whitespace runs around an optional type were quadratic (2 s at 64k).
    'src/binding.ts': `import { WebClient } from '@slack/web-api'\nconst client${' '.repeat(MiB / 2)}x\nconst web = new WebClient()\n`,
    'src/addtool.ts': `import { FastMCP } from "fastmcp";\n${fill('.addTool({"', MiB / 2)}\nserver.addTool({ name: "add", execute: async () => "" })\n`,
    'src/content.ts': `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n${fill('type:\t', MiB / 2)}\nconst c = { type: "image", data: "" }\n`,
    'cmd/consts.go': `package main\nimport "github.com/modelcontextprotocol/go-sdk/mcp"\n${fill('\r\t', MiB / 2)}\nconst ToolName = "lookup"\nvar t = &mcp.Tool{Name: ToolName}\n`,
    'cmd/gotool.go': `package main\nimport "github.com/modelcontextprotocol/go-sdk/mcp"\n${fill('mcp.Tool{\n', MiB / 2)}\n`,
    'src/auth.py': `import jwt\n${fill('jwt.decode(', MiB / 2)}\n`,
    'src/mail.cs': `using Microsoft.Graph;\n${fill('.Users[U', MiB / 2)}\n`,
    // A lone CR is not a line break in CODEOWNERS, but no comment runs past it: the first line is kept (as before).
    '.github/CODEOWNERS': `${fill('\t#', MiB / 2)}\rx\n* @acme/platform\n`,
    'pyproject.toml': `${fill('\n\t', MiB / 2)}x\nname = "weather"\n`
  }
  const dir = mkdtempSync(join(tmpdir(), 'golive-redos-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }

  // The hand-written Spring scan looked for `@McpTool` from every `@Tool` again (none there: to the end each time):
  // 1 MiB of `@Tool(m` took 229 s (node 20, 2 cores).
  it('@Tool( repeated over 1 MiB with no @McpTool: the Spring scan is linear and finds the tool after it', () => {
    const text = `${fill('@Tool(m')})\n@Tool(description = "d")\npublic String after() { return ""; }\n`
    const started = performance.now()
    const found = springToolsNamedAfterMethod(text).map((m) => m.groups.name)
    expect(performance.now() - started).toBeLessThan(3000)
    expect(found).toEqual(['after'])
    const mcp = `${fill('@McpTool(m')})\n@McpTool(description = "d")\npublic String after() { return ""; }\n`
    expect(springToolsNamedAfterMethod(mcp).map((m) => m.groups.name)).toEqual(['after'])
  }, 20_000)

  // Every `…Tool` annotation reads its arguments and the header after it: brackets are paired once per file.
  it('…Tool annotations repeated over 1 MiB: the annotated-method scan is linear and finds the tool after them', () => {
    for (const unit of ['@ATool(', '@Tool(@Tool.A(', '@XTool @XTool public ', '@Tool(name = "x"']) {
      const text = `${fill(unit)}\n@Tool(description = "d", annotations = @A(b = 1))\npublic String after() { return ""; }\n`
      const started = performance.now()
      const found = annotatedTools({ code: text, bare: text }).map((t) => t.method)
      expect(performance.now() - started).toBeLessThan(3000)
      expect(found.at(-1)).toBe('after')
    }
  }, 20_000)

  it('the source pass reads them all and finds what follows the hostile part', async () => {
    const repo = new Repository(dir)
    const ev = await collectRepoEvidence(repo, { jobs: 1 })
    expect(ev.skipped).toEqual([])
    const tools = ev.source.tools.map((t) => `${t.name}@${t.at.file}`).sort()
    expect(tools).toEqual(
      [
        'add@src/addtool.ts',
        'currentTime@src/main/java/Tools.java',
        'echo@src/Tools/Spaces.cs',
        'get_forecast@src/Tools/Words.cs',
        'lookup@cmd/consts.go',
        'named@src/Tools/Named.cs',
        'spring_named@src/main/java/Named.java'
      ].sort()
    )
    expect(ev.source.contentTypes.map((c) => `${c.kind}@${c.at.file}`)).toEqual(
      expect.arrayContaining(['image@src/content.ts', 'image@src/Tools/Media.cs'])
    )
    expect(
      ev.docs.codeowners?.rules.map((r) => `${r.pattern} ${r.owners.length} ${r.owners.at(-1)} ${r.line}`)
    ).toEqual([`# ${MiB / 4} x 1`, '* 1 @acme/platform 2'])
    expect(serverName(repo, dir)).toBe('weather')
  })
})

describe('fix texts with repository values in them', () => {
  it('an opening fence repeated without a close is prose, as before', () => {
    // The former split: 20,000 of these openers took 2.6 s, quadratic, so these 100,000 about a minute.
    const fix = `Set the owner:\n\`\`\`yaml\nowner: x\n\`\`\`\n${'``\r```-\n'.repeat(100_000)}`
    const parts = fixParts(fix)
    expect(parts.slice(0, 3)).toEqual(['Set the owner:\n', 'yaml', 'owner: x\n'])
    expect(parts).toHaveLength(4)
    expect(parts[3]).toBe(`\n${'``\r```-\n'.repeat(100_000)}`)
  })
})

describe('the step summary cut to its limit', () => {
  it('cuts at a character boundary and keeps genuine U+FFFD, also when the text is nothing but them', () => {
    // '€' is 3 bytes: the limit falls inside one of them for one of these three offsets.
    for (const pad of [0, 1, 2]) {
      const body = fitSummary(`${'a'.repeat(pad)}${'€'.repeat(SUMMARY_LIMIT)}`)
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(SUMMARY_LIMIT)
      expect(body.endsWith('\n\n… (truncated: the full result is in the JSON file)\n')).toBe(true)
      expect(body.slice(0, -60)).toMatch(/^a*€+$/)
    }
    // The former `.replace(/\uFFFD*$/, '')` on this took quadratic time (40k characters 0.6 s, so about 6 min here) and removed them all.
    const replacement = fitSummary('\uFFFD'.repeat(SUMMARY_LIMIT))
    expect(replacement.startsWith('\uFFFD'.repeat(1000))).toBe(true)
    expect(fitSummary('short')).toBe('short')
  })
})
