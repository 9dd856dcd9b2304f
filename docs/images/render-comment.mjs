// Renders the PR comment of an example as GitHub would (micromark with its GFM extensions) into
// an HTML page styled like a GitHub comment, then screenshots it with headless Chromium:
//   npm run bundle && node docs/images/render-comment.mjs examples/unready-server docs/images/comment-unready.png
// Chromium is looked for as `chromium` (Debian) or CHROMIUM.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

const [example = 'examples/unready-server', out = 'docs/images/comment-unready.png'] = process.argv.slice(2)
// Exit 1 (blocked) is a result, not a failure; exit 2 is.
const run = spawnSync(
  process.execPath,
  ['dist/cli.js', 'check', example, '--format', 'markdown', '--today', '2026-11-24'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
)
if (run.status !== 0 && run.status !== 1) process.exit(run.status ?? 2)
const cli = run.stdout
// Raw HTML is the comment's own <details> and <sub>; repository strings are escaped by the gate.
const body = micromark(cli, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
const css = `
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.comment { width: 900px; margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; border-radius: 6px 6px 0 0; color: #59636e; }
.head b { color: #1f2328; }
.markdown { padding: 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 0; }
h3 { font-size: 1.25em; }
a { color: #0969da; text-decoration: none; }
code { background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
ul { padding-left: 2em; } li { margin: .25em 0; }
details { margin: 8px 0; } summary { cursor: pointer; }
table { border-collapse: collapse; } td, th { border: 1px solid #d1d9e0; padding: 6px 13px; }
blockquote { color: #59636e; border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; }
sub { color: #59636e; }
`
const html = `<!doctype html><meta charset="utf-8"><style>${css}</style><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="markdown">${body}</div></div>`
const dir = mkdtempSync(join(tmpdir(), 'golive-shot-'))
writeFileSync(join(dir, 'comment.html'), html)
const chromium = process.env.CHROMIUM ?? 'chromium'
execFileSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--screenshot=${resolve(out)}`,
    '--window-size=940,1000',
    `file://${join(dir, 'comment.html')}`
  ],
  { stdio: 'inherit', timeout: 60_000 }
)
console.log(`wrote ${out}`)
