// Every string the gate prints passes through here: a credential found by any
// rule is cut to its first 4 characters, whatever surface prints it.
import { ANY_SECRET_KEYWORD, isPlaceholder, maskSecret, SECRET_RULES } from './rules.js'

export function redactSecrets(text: string): string {
  if (!text || !ANY_SECRET_KEYWORD.test(text)) return text
  let out = text
  for (const rule of SECRET_RULES) {
    if (!rule.keywordTest.test(text)) continue
    out = out.replace(rule.regex, (match: string, ...args: unknown[]) => {
      const groups = args.at(-1) as Record<string, string> | undefined
      const secret = groups?.secret ?? match
      if (isPlaceholder(secret)) return match
      return match.replace(secret, maskSecret(secret))
    })
  }
  return out
}
