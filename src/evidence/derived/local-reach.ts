// What a tool reaches on the machine it runs on, with no package to name it: files read from disk
// and the process's whole environment. The standard libraries have no manifest entry, so these are
// their calls, per language, as the catalogue's packages are their imports.
import type { Language } from '../repository.js'
import { firstArgument } from '../source/security.js'

export interface LocalRead {
  kind: 'files' | 'environment'
  /** The call, as written up to its bracket (`fs.readFile`). */
  call: string
  /** Offset of the call in the text searched. */
  offset: number
  /** A read that returns a file's text or bytes, not only names or sizes. */
  content: boolean
  /** The path argument as written ('' for the environment). */
  path: string
  /** The file's content is handed on (an upload), not read to be changed. */
  uploads?: true
}

interface LocalRule {
  re: RegExp
  kind: LocalRead['kind']
  /** Calls (by their last name) that return what a file holds. */
  content?: RegExp
  /** What the file must also hold for the rule to apply (the import that binds a bare name). */
  needs?: RegExp
  /** The keyword that names the path: without it, or a first positional argument, the call reads no file. */
  pathKeyword?: string
  /** The call hands the file's content on (a browser's file input). */
  uploads?: true
}

const JS_CONTENT = /^(?:readFile(?:Sync)?|createReadStream|readJson(?:Sync)?|readJSON)$/
const RULES: Partial<Record<Language, LocalRule[]>> = {
  typescript: [
    // A browser's file input given a path uploads what the file holds (Playwright).
    { re: /\.[ \t]*(setInputFiles)[ \t]*\(/g, kind: 'files', content: /^setInputFiles$/, uploads: true },
    {
      re: /(?<![\w$])(?:fs|fsp|fsPromises|fse|promises)[ \t]*\.[ \t]*(readFile(?:Sync)?|readdir(?:Sync)?|l?stat(?:Sync)?|opendir|createReadStream|readJson(?:Sync)?|readJSON)[ \t]*\(/g,
      kind: 'files',
      content: JS_CONTENT
    },
    {
      // The same calls imported by name (`import { createReadStream } from "fs"`).
      re: /(?<![\w$.])(readFile(?:Sync)?|readdir(?:Sync)?|createReadStream|opendir)[ \t]*\(/g,
      kind: 'files',
      content: JS_CONTENT,
      needs:
        /\bfrom[ \t]*['"](?:node:)?fs(?:\/promises|-extra)?['"]|\brequire\([ \t]*['"](?:node:)?fs(?:\/promises|-extra)?['"]/
    },
    {
      re: /\bJSON\.stringify[ \t]*\([ \t]*(process\.env)\b(?![ \t]*[.[?])|\bObject\.(?:entries|keys)[ \t]*\([ \t]*(process\.env)[ \t]*\)/g,
      kind: 'environment'
    }
  ],
  python: [
    // A browser's file input given a path uploads what the file holds (Playwright).
    { re: /\.[ \t]*(set_input_files)[ \t]*\(/g, kind: 'files', content: /^set_input_files$/, uploads: true },
    {
      re: /(?<![\w.])(open)[ \t]*\(|\baiofiles\.(open)[ \t]*\(|\.[ \t]*(read_text|read_bytes|iterdir)[ \t]*\(|\bos\.(listdir|scandir|walk|stat)[ \t]*\(/g,
      kind: 'files',
      content: /^(?:open|read_text|read_bytes)$/
    },
    {
      // An SDK's content helper given a path (`File(path=p)`, `Image(path=p)`) reads the file to return it; given
      // `data=` it reads none. The file imports from the SDK (its names are not looked for: a pattern that did
      // was slow on crafted text).
      re: /(?<![\w.])(File|Image|Audio)[ \t]*\(/g,
      kind: 'files',
      content: /^(?:File|Image|Audio)$/,
      needs: /\bfrom[ \t]{1,8}(?:fastmcp|mcp\.server\.(?:fastmcp|mcpserver))\b[\w.]{0,100}[ \t]{1,8}import\b/,
      pathKeyword: 'path'
    },
    {
      re: /\bjson\.dumps[ \t]*\([ \t]*(?:dict[ \t]*\([ \t]*)?(os\.environ)\b(?![ \t]*[.[])|\b(os\.environ)\.items[ \t]*\(|\bdict[ \t]*\([ \t]*(os\.environ)[ \t]*\)/g,
      kind: 'environment'
    }
  ],
  go: [
    { re: /\.[ \t]*(SetInputFiles)[ \t]*\(/g, kind: 'files', content: /^SetInputFiles$/, uploads: true },
    {
      re: /\b(?:os|ioutil)\.(ReadFile|Open|ReadDir|Stat|Lstat)[ \t]*\(|\bfilepath\.(Walk|WalkDir|Glob)[ \t]*\(/g,
      kind: 'files',
      content: /^(?:ReadFile|Open)$/
    },
    // Handed to a child process (`cmd.Env = os.Environ()`) it is not shown to anyone.
    { re: /(?<!Env[ \t]{0,4}=[ \t]{0,4}|append\([ \t]{0,4})\bos\.(Environ)[ \t]*\([ \t]*\)/g, kind: 'environment' }
  ],
  csharp: [
    { re: /\.[ \t]*(SetInputFilesAsync)[ \t]*\(/g, kind: 'files', content: /^SetInputFilesAsync$/, uploads: true },
    {
      re: /\bFile\.(ReadAllText|ReadAllLines|ReadAllBytes|ReadLines|OpenRead|OpenText)(?:Async)?[ \t]*\(|\bDirectory\.(GetFiles|EnumerateFiles|GetDirectories|EnumerateDirectories|EnumerateFileSystemEntries)[ \t]*\(|\bnew[ \t]+(StreamReader)[ \t]*\(/g,
      kind: 'files',
      content: /^(?:ReadAllText|ReadAllLines|ReadAllBytes|ReadLines|OpenRead|OpenText|StreamReader)$/
    },
    { re: /\bEnvironment\.(GetEnvironmentVariables)[ \t]*\([ \t]*\)/g, kind: 'environment' }
  ],
  java: [
    { re: /\.[ \t]*(setInputFiles)[ \t]*\(/g, kind: 'files', content: /^setInputFiles$/, uploads: true },
    {
      re: /\bFiles\.(readString|readAllLines|readAllBytes|newBufferedReader|newInputStream|lines|list|walk)[ \t]*\(|\bnew[ \t]+(FileReader|FileInputStream)[ \t]*\(/g,
      kind: 'files',
      content:
        /^(?:readString|readAllLines|readAllBytes|newBufferedReader|newInputStream|lines|FileReader|FileInputStream)$/
    },
    { re: /(?<!putAll\([ \t]{0,4})\bSystem\.(getenv)[ \t]*\([ \t]*\)/g, kind: 'environment' }
  ]
}
RULES.javascript = RULES.typescript
RULES.kotlin = RULES.java

const RECEIVER_READS = new Set(['read_text', 'read_bytes', 'iterdir'])

/** The expression a method is called on: back over names, dots and bracketed groups. */
function receiverOf(code: string, dot: number): string {
  let depth = 0
  let i = dot - 1
  for (; i >= 0 && dot - i < 400; i--) {
    const ch = code[i]
    if (ch === ')' || ch === ']') depth++
    else if (ch === '(' || ch === '[') {
      if (depth === 0) break
      depth--
    } else if (depth === 0 && !/[\w.$ \t]/.test(ch)) break
  }
  return code.slice(i + 1, dot)
}

/** The path a call is given first or by its keyword (`File(p)`, `File(path=p)`); '' for `File(data=b)`. */
function keywordPath(code: string, argsAt: number, keyword: string): string {
  let at = argsAt
  // A helper's few parameters: a path given after six others is not looked for.
  for (let k = 0; k < 6; k++) {
    const arg = firstArgument(code, at)
    const named = /^\s*([A-Za-z_]\w*)[ \t]*=(?!=)/.exec(arg)
    if (named?.[1] === keyword) return arg.slice(named[0].length)
    if (!named && k === 0) return arg
    at += arg.length
    if (code[at] !== ',') break
    at++
  }
  return ''
}

/** A path the program ships with (a literal, or one made from its own folder) is not the user's data. */
const LITERAL_PATH = /^\s*[rbfu]{0,2}(['"`])[^'"`{$]*\1\s*$/i
const OWN_FOLDER = /__dirname|__filename|import\.meta|__file__|AppContext\.BaseDirectory|getResource/
const ownPath = (path: string) => LITERAL_PATH.test(path) || OWN_FOLDER.test(path)

/** A Python `open` given a mode that only writes (`"w"`, `"a"`, `"x"`, without `+` or `r`). */
const WRITE_MODE = /^\s*(?:mode\s*=\s*)?[rbfu]{0,2}(['"])[wax]b?t?\1\s*$/

// The last file asked about: a tool's spans in one file ask the same question many times.
let asked: { code: string; re: RegExp; holds: boolean } | undefined
function holds(code: string, re: RegExp): boolean {
  if (asked?.code !== code || asked.re !== re) asked = { code, re, holds: re.test(code) }
  return asked.holds
}

/** The tool's local reads in `code` (the bare view, strings kept as written). */
export function localReads(language: Language, bare: string, code: string): LocalRead[] {
  const out: LocalRead[] = []
  for (const rule of RULES[language] ?? []) {
    if (rule.needs && !holds(code, rule.needs)) continue
    rule.re.lastIndex = 0
    for (let m = rule.re.exec(bare); m; m = rule.re.exec(bare)) {
      const name = m.slice(1).find((g) => g !== undefined) ?? ''
      const call = m[0].slice(0, m[0].lastIndexOf('(')).trimEnd()
      if (rule.kind === 'environment') {
        out.push({ kind: 'environment', call: name, offset: m.index, content: true, path: '' })
        continue
      }
      const argsAt = m.index + m[0].length
      // A method of the path itself (`Path(p).read_text()`): the path is its receiver.
      const path = rule.pathKeyword
        ? keywordPath(code, argsAt, rule.pathKeyword)
        : RECEIVER_READS.has(name)
          ? receiverOf(code, m.index)
          : firstArgument(code, argsAt)
      if (!path.trim() || ownPath(path)) continue
      if (language === 'python' && name === 'open') {
        const mode = firstArgument(code, argsAt + path.length + 1)
        if (code[argsAt + path.length] === ',' && WRITE_MODE.test(mode)) continue
      }
      out.push({
        kind: 'files',
        call,
        offset: m.index,
        content: !!rule.content?.test(name),
        path: path.trim(),
        ...(rule.uploads ? { uploads: true as const } : {})
      })
    }
  }
  return out.sort((a, b) => a.offset - b.offset)
}

// Calls that change a file on disk, per language: a tool that reads only to change a file shows nothing of it
// unless the function that changes it returns what it read (a diff).
const WRITES: Partial<Record<Language, RegExp>> = {
  typescript:
    /(?<![\w$])(?:fs|fsp|fsPromises|fse|promises)[ \t]*\.[ \t]*(?:writeFile|appendFile|rename|copyFile|outputFile|writeJson)(?:Sync)?[ \t]*\(/g,
  python:
    /\.[ \t]*(?:write_text|write_bytes)[ \t]*\(|\b(?:os\.(?:replace|rename)|shutil\.(?:move|copy\w*)|json\.dump)[ \t]*\(/g,
  go: /\b(?:os|ioutil)\.(?:WriteFile|Create|Rename|OpenFile)[ \t]*\(/g,
  csharp: /\bFile\.(?:WriteAll(?:Text|Lines|Bytes)|AppendAll(?:Text|Lines)|Move|Replace|Copy)(?:Async)?[ \t]*\(/g,
  java: /\bFiles\.(?:writeString|write|move|copy|newBufferedWriter)[ \t]*\(|\bnew[ \t]+FileWriter[ \t]*\(/g
}
WRITES.javascript = WRITES.typescript
WRITES.kotlin = WRITES.java

const PY_OPEN = /(?<![\w.])(?:aiofiles\.)?open[ \t]*\(/g

/** Whether the code between `from` and `to` of `bare` (`code` its view with strings) changes a file on disk. */
export function writesFile(language: Language, bare: string, code: string, from = 0, to = bare.length): boolean {
  const re = WRITES[language]
  if (!re) return false
  re.lastIndex = from
  const m = re.exec(bare)
  if (m && m.index < to) return true
  if (language !== 'python') return false
  // `open(path, "w")`: the mode, after the path, says it writes.
  PY_OPEN.lastIndex = from
  for (let o = PY_OPEN.exec(bare); o && o.index < to; o = PY_OPEN.exec(bare)) {
    const argsAt = o.index + o[0].length
    const path = firstArgument(code, argsAt)
    if (code[argsAt + path.length] === ',' && WRITE_MODE.test(firstArgument(code, argsAt + path.length + 1)))
      return true
  }
  return false
}
