// Globs from golive.yaml (paths.include and paths.exclude, release branches)
// matched in linear time. They come from the checkout, and so do the paths:
// picomatch's regular expression for a glob like `*a*a*a*a*a*ab` backtracks on
// a long path (a backtracking engine tries every split of the stars; timings in
// docs/performance.md), and such a glob over a few thousand files would hold the gate up to its time
// limit. picomatch still reads the glob (its syntax, braces, classes); the
// expression it makes is run by re2js, RE2's linear-time engine. Hand-written:
// no glob library matches without a backtracking regular expression.
import picomatch from 'picomatch'
import { RE2JS } from 're2js'

/**
 * picomatch's look-arounds that hold on every subject matched here: no `.` or `..` segment, and
 * something left to match. Paths come normalized from the walk and branch names cannot have such
 * segments (git refuses them), so they are dropped, and RE2, which has no look-around, runs the rest.
 */
const ALWAYS_TRUE = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)']

/** Look-around or a back-reference left after ALWAYS_TRUE is dropped: RE2 cannot run it. */
const NOT_RE2 = /\(\?<?[=!]|\\[1-9]/

/**
 * One glob as a linear-time test of a whole path, or undefined when it needs look-around (an extglob such as `!(…)`) or
 * is empty.
 */
function compile(glob: string, nocase: boolean): ((subject: string) => boolean) | undefined {
  // A leading `!` negates the glob (as picomatch reads it); `!(` opens an extglob.
  if (glob.startsWith('!') && !glob.startsWith('!(')) {
    const rest = compile(glob.slice(1), nocase)
    return rest && ((subject) => !rest(subject))
  }
  try {
    // picomatch throws on an empty glob (`!` alone).
    let source = picomatch.makeRe(glob, { dot: true }).source
    for (const part of ALWAYS_TRUE) source = source.split(part).join('')
    if (NOT_RE2.test(source)) return undefined
    const re = RE2JS.compile(source, nocase ? RE2JS.CASE_INSENSITIVE : 0)
    return (subject) => re.matches(subject)
  } catch {
    return undefined
  }
}

/** Whether a glob can be matched in linear time (config validation refuses the others). */
export const isLinearGlob = (glob: string): boolean => compile(glob, false) !== undefined

/**
 * A test of whole paths (or branch names) against any of the globs, as picomatch reads them with
 * `dot: true`. Throws on a glob that needs look-around: the config refuses those before a run.
 */
export function globMatcher(
  globs: readonly string[],
  options: { nocase?: boolean } = {}
): (subject: string) => boolean {
  const tests = globs.map((glob) => {
    const test = compile(glob, options.nocase ?? false)
    if (!test) throw new Error(`the glob ${JSON.stringify(glob)} cannot be matched in linear time`)
    return test
  })
  return (subject) => tests.some((test) => test(subject))
}
