// Every string the gate prints passes through here: a credential found by any
// rule is cut to its first 4 characters, whatever surface prints it.
import { maskSecret, matchSecrets } from './rules.js'

export function redactSecrets(text: string): string {
  if (!text) return text
  // Replace from the end so earlier offsets stay valid; of overlapping matches the first found wins.
  const matches = matchSecrets(text).sort((a, b) => b.index - a.index)
  let out = text
  let limit = Infinity
  for (const m of matches) {
    if (m.index + m.secret.length > limit) continue
    out = out.slice(0, m.index) + maskSecret(m.secret) + out.slice(m.index + m.secret.length)
    limit = m.index
  }
  return out
}
