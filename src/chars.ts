// Character classes of JavaScript's regular expressions, by code, for the
// hand-written scanners that must find what a pattern finds (no u flag).

/** `[A-Za-z]`: an ASCII letter. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** `\w`: an ASCII letter, digit or `_`. */
export const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95

/** `\s`: the white space and line terminators a pattern's `\s` matches. */
export function isSpaceChar(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
