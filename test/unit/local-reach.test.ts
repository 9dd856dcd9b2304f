// Files and the environment a tool reads on its own machine, one line per case in each language:
// `ruleid` lines must be found (with whether they return a file's content), `ok` lines must not.
import { describe, expect, it } from 'vitest'
import { localReads, writesFile } from '../../src/evidence/derived/local-reach.js'
import type { Language } from '../../src/evidence/repository.js'

type Case = [line: string, expected: 'files' | 'content' | 'environment' | 'ok']
const CASES: Partial<Record<Language, Case[]>> = {
  typescript: [
    ['const text = await fs.readFile(validPath, "utf-8")', 'content'],
    ['const names = await fs.readdir(dir, { withFileTypes: true })', 'files'],
    ['const s = await fs.stat(p)', 'files'],
    ['const env = JSON.stringify(process.env, null, 2)', 'environment'],
    ['import { createReadStream } from "fs"; const stream = createReadStream(filePath)', 'content'],
    ['const t = await fs.readFile(join(__dirname, "template.txt"), "utf8")', 'ok'],
    ['const t = await fs.readFile("./schema.json", "utf8")', 'ok'],
    ['const key = process.env.API_KEY', 'ok'],
    ['await fs.writeFile(p, text)', 'ok']
  ],
  python: [
    ['with open(path) as f:', 'content'],
    ['with open(path, "w") as f:', 'ok'],
    ['with open(path, mode="a") as f:', 'ok'],
    ['text = Path(p).read_text()', 'content'],
    ['names = os.listdir(folder)', 'files'],
    ['return json.dumps(dict(os.environ))', 'environment'],
    ['token = os.environ["TOKEN"]', 'ok'],
    ['with open(os.path.join(os.path.dirname(__file__), "prompt.md")) as f:', 'ok'],
    ['webbrowser.open(url)', 'ok'],
    ['from fastmcp.utilities.types import File\nreturn File(path=path)', 'content'],
    ['from mcp.server.fastmcp import FastMCP, Image\nreturn Image(p, format="png")', 'content'],
    ['from fastmcp.utilities.types import (\n    File,\n)\nreturn File(name="x", path=p)', 'content'],
    ['from fastmcp.utilities.types import Image\nreturn Image(data=buf.getvalue(), format="jpeg")', 'ok'],
    ['from fastmcp.utilities.types import File\nreturn File(path="requirements.txt")', 'ok'],
    ['from myapp.files import File\nreturn File(path=p)', 'ok']
  ],
  go: [
    ['data, err := os.ReadFile(path)', 'content'],
    ['entries, err := os.ReadDir(dir)', 'files'],
    ['return strings.Join(os.Environ(), "\\n"), nil', 'environment'],
    ['cmd.Env = os.Environ()', 'ok'],
    ['cmd.Env = append(os.Environ(), "A=1")', 'ok'],
    ['v := os.Getenv("HOME")', 'ok']
  ],
  csharp: [
    ['var text = await File.ReadAllTextAsync(path);', 'content'],
    ['var files = Directory.GetFiles(folder);', 'files'],
    ['var all = Environment.GetEnvironmentVariables();', 'environment'],
    ['var v = Environment.GetEnvironmentVariable("HOME");', 'ok'],
    ['File.WriteAllText(path, text);', 'ok']
  ],
  java: [
    ['String text = Files.readString(path);', 'content'],
    ['try (var s = Files.list(dir)) {', 'files'],
    ['Map<String, String> all = System.getenv();', 'environment'],
    ['pb.environment().putAll(System.getenv());', 'ok'],
    ['String home = System.getenv("HOME");', 'ok']
  ]
}

describe.each(Object.keys(CASES) as Language[])('local reads in %s', (language) => {
  it.each(CASES[language]!)('%s → %s', (line, expected) => {
    const got = localReads(language, line, line)
    if (expected === 'ok') return expect(got).toEqual([])
    expect(got).toHaveLength(1)
    const [r] = got
    expect(r.kind === 'environment' ? 'environment' : r.content ? 'content' : 'files').toBe(expected)
  })
})

describe('calls that change a file', () => {
  it.each([
    ['typescript', 'await fs.writeFile(tempPath, modifiedContent, "utf-8")', true],
    ['typescript', 'const text = await fs.readFile(p, "utf-8")', false],
    ['python', 'with open(path, "w") as f:', true],
    ['python', 'with open(path) as f:', false],
    ['python', 'Path(p).write_text(text)', true],
    ['go', 'err := os.WriteFile(path, data, 0o600)', true],
    ['go', 'data, err := os.ReadFile(path)', false],
    ['csharp', 'await File.WriteAllTextAsync(path, text);', true],
    ['csharp', 'var text = File.ReadAllText(path);', false],
    ['java', 'Files.writeString(path, text);', true],
    ['java', 'String text = Files.readString(path);', false]
  ] as [Language, string, boolean][])('%s: %s → %s', (language, line, expected) => {
    expect(writesFile(language, line, line)).toBe(expected)
  })
})
