// A literal string as part of a regular expression (for patterns built from data).
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
