// GitHub-flavoured Markdown renderers for the comment tests. micromark with its
// GFM extensions implements the same spec as GitHub's cmark-gfm and installs
// with `npm ci`; cmark-gfm itself, where it is installed, is a second opinion.
import { execFileSync, spawnSync } from 'node:child_process'
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export type Render = (markdown: string) => string

/** Raw HTML passes through, as cmark-gfm's --unsafe lets it: the tests must see what an escape let slip. */
export const renderMicromark: Render = (markdown) =>
  micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })

const CMARK_ARGS = ['--unsafe', '-e', 'table', '-e', 'tasklist', '-e', 'autolink', '-e', 'strikethrough']

export const cmarkGfmPresent = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0

export const renderCmarkGfm: Render = (markdown) =>
  execFileSync('cmark-gfm', CMARK_ARGS, { input: markdown, encoding: 'utf8' })

/** Every renderer present on this machine: micromark always, cmark-gfm when installed. */
export function gfmRenderers(): { name: string; render: Render }[] {
  const list = [{ name: 'micromark-gfm', render: renderMicromark }]
  if (cmarkGfmPresent) list.push({ name: 'cmark-gfm', render: renderCmarkGfm })
  return list
}
