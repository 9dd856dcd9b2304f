/** GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER`, the value, the delimiter. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3]
  return out
}
