import { realpathSync, readdirSync, statSync, openSync, readSync, closeSync, fstatSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { g as getDefaultExportFromCjs } from './_commonjsHelpers.js';
import { join, relative, sep } from 'node:path';
import { g as globMatcher, p as picomatch } from './glob.js';
import { e as parseYamlAll, f as isAsciiLetter, b as isWordChar, g as isSpaceChar } from './chars.js';
import { d as catalogueWith } from './catalogue.js';

var ignore$1 = {exports: {}};

var hasRequiredIgnore;

function requireIgnore () {
	if (hasRequiredIgnore) return ignore$1.exports;
	hasRequiredIgnore = 1;
	(function (module) {
		// A simple implementation of make-array
		function makeArray (subject) {
		  return Array.isArray(subject)
		    ? subject
		    : [subject]
		}

		const UNDEFINED = undefined;
		const EMPTY = '';
		const SPACE = ' ';
		const ESCAPE = '\\';

		// The characters that carry a meaning of their own inside a regular
		//   expression, so a literal one has to be escaped before it is emitted.
		const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
		const BOM = '\uFEFF';
		// A run of two or more asterisks is a globstar (#175)
		const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
		const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
		const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
		const REGEX_SPLITALL_CRLF = /\r?\n/g;

		// Invalid:
		// - /foo,
		// - ./foo,
		// - ../foo,
		// - .
		// - ..
		// Valid:
		// - .foo
		const DOUBLE_SLASH = '//';
		const SLASH_CODE = 47;
		const DOT_CODE = 46;


		const SLASH = '/';

		// Do not use ternary expression here, since "istanbul ignore next" is buggy
		let TMP_KEY_IGNORE = 'node-ignore';
		/* istanbul ignore else */
		if (typeof Symbol !== 'undefined') {
		  TMP_KEY_IGNORE = Symbol.for('node-ignore');
		}
		const KEY_IGNORE = TMP_KEY_IGNORE;

		const define = (object, key, value) => {
		  Object.defineProperty(object, key, {value});
		  return value
		};

		const RETURN_FALSE = () => false;

		// > The range notation, e.g. [a-zA-Z],
		// > can be used to match one of the characters in a range.
		//
		// gitignore(5) defers to fnmatch(3) for this, and git implements it in
		//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
		//   is neither the surrounding pattern grammar nor the JavaScript one:
		//
		//   - a `]` right after `[` or `[!` is a literal member, not the terminator
		//   - `[:alpha:]` names one of twelve POSIX classes
		//   - `\` escapes the next member, `]` included
		//   - `*`, `?` and `.` are plain literal members
		//   - an unterminated expression makes the whole pattern match nothing
		//
		// which means the expression can not be located -- let alone translated -- by
		//   a regular expression.  It is scanned out of the pattern before the
		//   replacers below run, and put back once they are done, so that neither the
		//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

		// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
		//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
		//   `\s`, which are wider.  `/` is left out of every expansion, because a
		//   bracket expression never matches a path separator.
		const POSIX_CLASSES = {
		  alnum: '0-9A-Za-z',
		  alpha: 'A-Za-z',
		  blank: ' \\t',
		  cntrl: '\\x00-\\x1f\\x7f',
		  digit: '0-9',
		  graph: '!-.0-~',
		  lower: 'a-z',
		  print: ' -.0-~',
		  punct: '!-.:-@\\[-`{-~',
		  // git's `sane-ctype.h` classifies \v and \f as control, not space,
		  //   unlike C's `isspace`
		  space: ' \\t\\n\\r',
		  upper: 'A-Z',
		  xdigit: '0-9A-Fa-f'
		};

		const CLASS_MEMBERS_TO_ESCAPE = '\\]^-[';

		const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
		  ? char
		  : ESCAPE + char;

		// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
		// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
		// A bracket expression never matches a path separator, whatever its members
		//   say, so a negated class gets `/` as one more excluded character, while a
		//   plain one -- where a literal member or a range could still let `/` in --
		//   is guarded with a lookahead, `/` being impossible to subtract from a
		//   JavaScript character class.
		const NON_SLASH = '(?!\\/)';

		const classSource = (negated, body) => {
		  if (negated) {
		    return `[^\\/${body}]`
		  }

		  const source = `[${body}]`;

		  return new RegExp(source).test('/')
		    ? NON_SLASH + source
		    : source
		};

		// Scan the bracket expression that starts at `pattern[start] === '['`,
		//   mirroring the member loop of git's `wildmatch.c`.
		// @returns {{end: number, source: string} | null} `null` if the expression is
		//   never terminated, which makes the whole pattern match nothing.
		const scanBracket = (pattern, start) => {
		  const {length} = pattern;
		  let index = start + 1;
		  let negated = EMPTY;

		  const lead = pattern[index];
		  if (lead === '!' || lead === '^') {
		    negated = '^';
		    index ++;
		  }

		  let body = EMPTY;

		  // The member a `-` could start a range from, or EMPTY when the previous
		  //   member can not open one (start of the body, or a range / POSIX class
		  //   that has just closed)
		  let prev = EMPTY;

		  // git scans the members with a do-while, so the first one is consumed
		  //   unconditionally.  That is the whole reason a leading `]` is a member
		  //   and not the terminator.
		  for (;;) {
		    const char = pattern[index];

		    if (char === UNDEFINED) {
		      return null
		    }

		    if (char === ESCAPE) {
		      // A pattern can not end on a lone backslash -- `createRule` has
		      //   already thrown it away -- so there is a character to read.
		      const escaped = pattern[++ index];
		      body += escapeMember(escaped);
		      prev = escaped;
		    } else if (
		      char === '-'
		      && prev
		      && index + 1 < length
		      && pattern[index + 1] !== ']'
		    ) {
		      index ++;
		      let to = pattern[index];
		      if (to === ESCAPE) {
		        to = pattern[index += 1];
		      }
		      // An out-of-order range matches nothing in git but is a syntax error in
		      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
		      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
		      //   match `c`.
		      if (prev <= to) {
		        body += `-${escapeMember(to)}`;
		      }
		      prev = EMPTY;
		    } else if (char === '[' && pattern[index + 1] === ':') {
		      const nameStart = index + 2;
		      let end = nameStart;
		      while (end < length && pattern[end] !== ']') {
		        end ++;
		      }

		      if (end === length) {
		        return null
		      }

		      if (end > nameStart && pattern[end - 1] === ':') {
		        const name = pattern.slice(nameStart, end - 1);

		        // An unknown class name makes the whole pattern match nothing
		        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
		          return null
		        }

		        body += POSIX_CLASSES[name];
		        prev = EMPTY;
		        index = end;
		      } else {
		        // No `:]` to close it, so the `[` is a plain member and scanning
		        //   resumes right after it.
		        body += escapeMember('[');
		        prev = '[';
		        index = nameStart - 2;
		      }
		    } else {
		      body += escapeMember(char);
		      prev = char;
		    }

		    index ++;

		    if (pattern[index] === ']') {
		      return {
		        end: index,
		        source: classSource(negated, body)
		      }
		    }
		  }
		};

		// An empty JavaScript class can never match, which is how a pattern that git
		//   gives up on (`WM_ABORT_ALL`) is expressed here.
		const NEVER_MATCH = '[]';

		// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
		//   the one safe placeholder character.  A literal one in the pattern is
		//   held aside all the same, so a collision is impossible by construction.
		const PLACEHOLDER = '\u0000';
		const REGEX_RESTORE_PLACEHOLDER = new RegExp(
		  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
		);

		// The one wildcard the chain does not expand for itself is a trailing `*`. How
		//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
		//   left to do it, and until then the pending wildcard travels as this marker.
		//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
		//   steps collapse the escaped one to the exact `\*` a wildcard would leave
		//   behind, so by the time `_make` runs the two are otherwise the same string
		//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
		//   private-use character, and `extractBrackets` keeps one that came out of the
		//   pattern apart from it, so the only marker `_make` ever turns back into a
		//   real wildcard is the one this chain put there itself.
		const TRAILING_WILDCARD = '\uE000';

		// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
		//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
		//   still never matches the folder itself (#21).
		const TRAILING_DOUBLESTAR = '\uE001';

		// The three characters above mean something to the chain that builds the
		//   source rather than to the path, so one that came out of the pattern is
		//   held aside like a bracket expression instead of going straight out. Being
		//   held is what makes it safe: the restore runs after the step that anchors
		//   the source, so the character comes back in the middle of the source and
		//   not at its end, which is the one place `_make` and `checkSourceOf` look
		//   for a marker. Without it a pattern's own character lands where a pending
		//   marker sits, and `_make` turns it into a real trailing wildcard.
		//
		// It is held as a one-member class rather than bare, in both of the branches
		//   a reserved character can reach, so that the property can be
		//   read off this function alone -- a reserved character never goes out on
		//   its own -- rather than depending on where in the chain the restore
		//   happens to run. In the expression built here `[x]` matches exactly what
		//   `x` matches, none of the three being special to a regular expression or
		//   inside a class, so no test can tell the two apart: the class is insurance,
		//   and the paragraph above is the reason it is not needed.
		const isReserved = char =>
		  char === PLACEHOLDER
		  || char === TRAILING_WILDCARD
		  || char === TRAILING_DOUBLESTAR;

		// Replace every bracket expression with a placeholder the replacers below
		//   leave alone, and translate it separately.
		const extractBrackets = pattern => {
		  const sources = [];
		  const hold = source =>
		    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;

		  const {length} = pattern;
		  let out = EMPTY;
		  let index = 0;

		  while (index < length) {
		    const char = pattern[index];

		    if (char === ESCAPE) {
		      // > Put a backslash ("\") in front of ... a character to make it literal.
		      //                                            (gitignore(5) -> fnmatch(3))
		      // A backslash quotes the next character, whatever it is, so `\d` is a
		      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
		      //   not a wildcard. Held aside as its literal here, the escape never
		      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
		      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
		      //   `\?` into `[^\/]`.
		      //
		      // Three escapes are still left for the chain: `\*` (a literal star,
		      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
		      //   replacers), `\[` (a literal bracket, the one `[` the bracket
		      //   replacer still expects), and `\ ` (a quoted space, which one pass
		      //   below rewrites in bulk -- holding each one aside instead costs more
		      //   on a pattern built out of them).
		      //
		      // A quoted backslash is not among them. The chain doubles every
		      //   backslash, then takes the doubling back out again, and a quoted one
		      //   standing next to a character the chain also escapes left the two
		      //   counts sharing a run, so one of the escapes was lost. Held here as
		      //   the literal it means, it never joins that run.
		      const escaped = pattern[index + 1];

		      if (escaped === SLASH && index + 2 === length) {
		        // Git removes a final directory slash before matching. An escape
		        //   without a character after that removal makes the pattern invalid.
		        out += hold(NEVER_MATCH);
		      } else if (
		        escaped === '*'
		        || escaped === '['
		        || escaped === SPACE
		      ) {
		        out += pattern.slice(index, index + 2);
		      } else {
		        out += hold(
		          REGEX_LITERAL_SPECIAL.test(escaped)
		            ? ESCAPE + escaped
		            : isReserved(escaped)
		              ? `[${escaped}]`
		              : escaped
		        );
		      }

		      index += 2;
		    } else if (isReserved(char)) {
		      out += hold(`[${char}]`);
		      index ++;
		    } else if (char === '[') {
		      const scanned = scanBracket(pattern, index);

		      if (scanned === null) {
		        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
		        //   follows can not make it match either.
		        out += hold(NEVER_MATCH);
		        index = length;
		      } else {
		        out += hold(scanned.source);
		        index = scanned.end + 1;
		      }
		    } else {
		      out += char;
		      index ++;
		    }
		  }

		  return {
		    source: out,
		    sources
		  }
		};

		// A step of the chain below is normally a `[matcher, replacer]` pair handed
		//   to `String.replace`. `DIRECT` marks the ones that are plain string work
		//   instead, and take `(source, pattern)`.
		//
		// Anchoring the two ends is exactly that -- a test of one character and a
		//   concatenation -- and putting it through the regular expression engine
		//   cost a third of this chain for nothing: 167ns where 10ns does the same
		//   job. The two are still steps in the same list, in the same places,
		//   because their position in the order is part of what they mean.
		const DIRECT = null;

		// A separator at the beginning or in the middle of a pattern, as opposed to
		//   one at the very end.
		const REGEX_INNER_SLASH = /\/(?!$)/;
		const WILDCARD = '[^\\/]*';

		// > If the pattern ends with a slash,
		// > it is removed for the purpose of the following description,
		// > but it would only find a match with a directory.
		// > In other words, foo/ will match a directory foo and paths underneath it,
		// > but will not match a regular file or a symbolic link foo
		// >  (this is consistent with the way how pathspec works in general in Git).
		// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
		// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
		//      you could use option `mark: true` with `glob`

		// '`foo/`' should not continue with the '`..`'
		// The chain that turns one gitignore pattern into a regular expression
		//   source, in order. A step is either
		//
		//   [matcher, replacer]            handed to `String.replace`
		//   [matcher, replacer, required]  the same, but skipped outright unless
		//                                    `required` appears in the string, which
		//                                    the matcher cannot match without
		//   [DIRECT, transform]            plain string work, taking (source, pattern)
		//
		// The `required` character is only ever a shortcut: finding it does not mean
		//   the matcher will match, and not finding it means it cannot. It is there
		//   because scanning for one character costs a fraction of running a matcher
		//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
		//   backtracks its way through the whole string before giving up, 11ns
		//   against 400ns.
		const REPLACERS = [

		  // Replace (\ ) with ' '
		  // Only a space: an escaped tab or other whitespace is already a literal by
		  //   the time it reaches here, and a bare tab must be left as one, not turned
		  //   into a space.
		  // (\ ) -> ' '
		  // (\\ ) -> '\\ '
		  // (\\\ ) -> '\\ '
		  [
		    // A run of backslashes is taken whole, from its first one, so no match
		    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
		    //   quadratic.
		    /(\\+)( ?)/g,
		    (_, run, space) => space
		      ? run.slice(0, run.length - run.length % 2) + SPACE
		      : run,
		    ESCAPE + SPACE
		  ],

		  // git's wildmatch() reads a run of two or more asterisks as one globstar
		  //   whenever the run fills a path segment: it starts the pattern or follows
		  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
		  //   already `**`; a longer one is folded into `**` here, so the steps
		  //   below only ever have to know `**`.
		  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
		  // git also takes a run beside a literal prefix (`a***/b`) or beside an
		  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
		  //   lists both, under "A run of asterisks".
		  [
		    /(^|\/)\*{3,}(?=\/|$)/g,
		    (_, start) => `${start}**`,
		    '*'
		  ],

		  // Escape metacharacters
		  // which is written down by users but means special for regular expressions.

		  // > There are 12 characters with special meanings:
		  // > - the backslash \,
		  // > - the caret ^,
		  // > - the dollar sign $,
		  // > - the period or dot .,
		  // > - the vertical bar or pipe symbol |,
		  // > - the question mark ?,
		  // > - the asterisk or star *,
		  // > - the plus sign +,
		  // > - the opening parenthesis (,
		  // > - the closing parenthesis ),
		  // > - and the opening square bracket [,
		  // > - the opening curly brace {,
		  // > These special characters are often called "metacharacters".
		  [
		    /[\\$.|*+(){^]/g,
		    match => `\\${match}`
		  ],

		  [
		    // > a question mark (?) matches a single character
		    /(?!\\)\?/g,
		    () => '[^/]',
		    '?'
		  ],

		  // leading slash
		  [

		    // > A leading slash matches the beginning of the pathname.
		    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
		    // A leading slash matches the beginning of the pathname
		    /^\//,
		    () => '^',
		    SLASH
		  ],

		  // replace special metacharacter slash after the leading slash
		  [
		    /\//g,
		    () => '\\/',
		    SLASH
		  ],

		  [
		    // > A leading "**" followed by a slash means match in all directories.
		    // > For example, "**/foo" matches file or directory "foo" anywhere,
		    // > the same as pattern "foo".
		    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
		    // >   under directory "foo".
		    // Notice that the '*'s have been replaced as '\\*'
		    /^\^*(?:\\\*\\\*\\\/)+/,

		    // '**/foo' <-> 'foo'
		    () => '(?:^|\\/)',
		    '*'
		  ],

		  // starting
		  [
		    // there will be no leading '/'
		    //   (which has been replaced by section "leading slash")
		    // If starts with '**', adding a '^' to the regular expression also works
		    DIRECT,
		    (source, pattern) => {
		      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
		      if (!source || source[0] === '^' || source[0] === '(') {
		        return source
		      }

		      // If has a slash `/` at the beginning or middle
		      const anchor = !REGEX_INNER_SLASH.test(pattern)
		        // > Prior to 2.22.1
		        // > If the pattern does not contain a slash /,
		        // >   Git treats it as a shell glob pattern
		        // Actually, if there is only a trailing slash,
		        //   git also treats it as a shell glob pattern

		        // After 2.22.1 (compatible but clearer)
		        // > If there is a separator at the beginning or middle (or both)
		        // > of the pattern, then the pattern is relative to the directory
		        // > level of the particular .gitignore file itself.
		        // > Otherwise the pattern may also match at any level below
		        // > the .gitignore level.
		        ? '(?:^|\\/)'

		        // > Otherwise, Git treats the pattern as a shell glob suitable for
		        // >   consumption by fnmatch(3)
		        : '^';

		      return anchor + source
		    }
		  ],

		  // two globstars
		  [
		    // Use lookahead assertions so that we could match more than one `'/**'`
		    /\\\/\\\*\\\*(?=\\\/|$)/g,

		    // Zero, one or several directories
		    // should not use '*', or it will be replaced by the next replacer

		    // Check if it is not the last `'/**'`
		    (_, index, str) => index + 6 < str.length

		      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
		      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
		      // >   matches everything inside, but it should not match the current
		      // >   folder itself, so it requires at least one directory segment.
		      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
		      ? str.slice(index + 6) === '\\/'
		        ? '(?:\\/[^\\/]+)+'

		        // case: /**/
		        // > A slash followed by two consecutive asterisks then a slash matches
		        // >   zero or more directories.
		        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
		        // '/**/'
		        : '(?:\\/[^\\/]+)*'

		      // case: /**
		      // > A trailing `"/**"` matches everything inside.

		      // #21: everything inside but it should not include the current folder,
		      //   resolved by `_make`
		      : `\\/${TRAILING_DOUBLESTAR}`,
		    '*'
		  ],

		  // normal intermediate wildcards
		  [
		    // Never replace escaped '*'
		    // ignore rule '\*' will match the path '*'

		    // 'abc.*/' -> go
		    // 'abc.*'  -> skip this rule,
		    //    coz trailing single wildcard will be handed by [trailing wildcard]
		    /(^|[^\\])(?:\\\*)+(?!$)/g,

		    // '*.js' matches '.js'
		    // '*.js' doesn't match 'abc'
		    // 1. An asterisk "*" matches anything except a slash.
		    // 2. Other consecutive asterisks are considered regular asterisks
		    //    and collapse into one non-slash wildcard run.
		    (_, p1) => p1 + WILDCARD,
		    '*'
		  ],

		  // trailing wildcard, held apart from a literal star
		  [
		    // The step above leaves a trailing `*` alone, so a single `\*` is all that
		    //   can be left at the end here, and what stands in front of it says which
		    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
		    //   nothing before it; a literal arrives as the user's own escape, which
		    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
		    //   There is no third case: every backslash still reaching the chain is
		    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
		    //   own character, so a longer run can never form. This runs while the
		    //   two are still distinct, before the unescape steps below collapse the
		    //   literal onto the very `\*` a wildcard leaves behind.
		    /(^|[^\\])((?:\\\\)*)\\\*$/,

		    (match, p1, p2) =>
		      p2 === EMPTY
		        // A real wildcard: carry it to `_make` as the marker, so the unescape
		        //   steps and the trailing-wildcard rewrite can never mistake it for a
		        //   literal `\*` (nor the reverse).
		        ? p1 + TRAILING_WILDCARD
		        // A literal star: leave it exactly as it stands for the unescape steps.
		        : match,
		    '*'
		  ],

		  [
		    // unescape, revert step 3 except for back slash
		    // For example, if a user escape a '\\*',
		    // after step 3, the result will be '\\\\\\*'
		    /\\\\\\(?=[$.|*+(){^])/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // '\\\\' -> '\\'
		    /\\\\/g,
		    () => ESCAPE,
		    ESCAPE + ESCAPE
		  ],

		  [
		    // Every real bracket expression -- POSIX classes included -- has already
		    //   been held aside by `extractBrackets`, so the only `[` left in the
		    //   pattern is an escaped, literal one.

		    // A backslash could only stand at the end of the range if it quoted the
		    //   `]`, and `\]` is held aside long before this.
		    /\\\[([^\]/]*?)($|\])/g,

		    // '\\[bar]' -> '\\\\[bar]'
		    (match, range, close) => `\\[${range}${close}`,
		    '['
		  ],

		  // ending
		  [
		    // 'js' will not match 'js.'
		    // 'ab' will not match 'abc'
		    DIRECT,

		    // WTF!
		    // https://git-scm.com/docs/gitignore
		    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
		    // which re-fixes #24, #38

		    // > If there is a separator at the end of the pattern then the pattern
		    // > will only match directories, otherwise the pattern can match both
		    // > files and directories.

		    // 'js*' will not match 'a.js'
		    // 'js/' will not match 'a.js'
		    // 'js' will match 'a.js' and 'a.js/'
		    source => {
		      const last = source[source.length - 1];

		      // The pattern is empty, or ends in a pending marker `_make` owns --
		      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
		      //   not the marker is a literal star, which anchors like any other
		      //   final character.
		      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
		        return source
		      }

		      return last === SLASH
		        // foo/ will not match 'foo'
		        ? `${source}$`
		        // foo matches 'foo' and 'foo/'
		        : `${source}(?=$|\\/$)`
		    }
		  ]
		];

		const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
		const MODE_IGNORE = 'regex';
		const MODE_CHECK_IGNORE = 'checkRegex';
		const UNDERSCORE = '_';

		const replaceTrailingWildcard = (_, p1) => {
		  const prefix = p1
		    // '\^':
		    // '/*' does not match EMPTY
		    // '/*' does not match everything

		    // '\\\/':
		    // 'abc/*' does not match 'abc/'
		    ? `${p1}[^/]+`

		    // 'a*' matches 'a'
		    // 'a*' matches 'aa'
		    : '[^/]*';

		  return `${prefix}(?=$|\\/$)`
		};

		const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;

		// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
		//   requiring one arbitrary character (line terminators included, #176)
		//   after 'abc/' is necessary and sufficient for `.test(path)`.
		const replaceTrailingDoublestar = () => '[\\s\\S]';

		// The fixed piece between the wildcard at `at` and the next wildcard of the
		//   run: the tokens that separate them, joined as they appear in the source.
		//   A run never holds two wildcards in a row, so there is always at least one
		//   token.
		const separatorAfter = (run, at) => {
		  let separator = EMPTY;

		  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
		    separator += run[index].single;
		  }

		  return separator
		};

		// Where a run of non-slash wildcards is split by fixed pieces --
		//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
		//   input across the wildcards, and on input that does not match it works
		//   through all of them, so the time grows with the number of wildcards
		//   rather than the length of the path. Every wildcard but the last in such a
		//   run can be pinned to stop where the piece after it begins, which leaves
		//   one way to lay out the input and no rewinding, without changing which
		//   paths match: the fixed pieces still bound the count, and the last
		//   wildcard still absorbs the rest.
		//
		// A wildcard is pinned to the whole piece, never to the piece's first
		//   character. The pin leaves no way back, so a wildcard that stopped at that
		//   first character would hand over wherever the character happens to turn
		//   up, including the places the rest of the piece cannot follow -- which is
		//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
		//   the one the `o/` after it needs. Every token of a piece matches exactly
		//   one character, so the first place the whole piece fits is the leftmost
		//   place it can sit, and whatever is left over goes to the wildcards that
		//   follow.
		//
		// The source is read one token at a time -- a wildcard, a single-character
		//   piece (a literal, an escape, a class), or a parenthesised group or anchor
		//   that ends the run -- so only a genuine wildcard is touched.
		const pinWildcards = source => {
		  if (source.indexOf(WILDCARD) < 0) {
		    return source
		  }

		  const tokens = [];
		  const {length} = source;
		  let index = 0;

		  while (index < length) {
		    const char = source[index];

		    if (source.startsWith(WILDCARD, index)) {
		      tokens.push({wildcard: true});
		      index += WILDCARD.length;
		    } else if (char === '[') {
		      let end = index + 1;

		      if (source[end] === '^') {
		        end ++;
		      }

		      if (source[end] === ']') {
		        end ++;
		      }

		      while (end < length && source[end] !== ']') {
		        end += source[end] === ESCAPE
		          ? 2
		          : 1;
		      }

		      end ++;
		      tokens.push({single: source.slice(index, end)});
		      index = end;
		    } else if (char === ESCAPE) {
		      tokens.push({single: source.slice(index, index + 2)});
		      index += 2;
		    } else if (char === '(') {
		      let depth = 0;
		      let end = index;

		      do {
		        if (source[end] === ESCAPE) {
		          end ++;
		        } else if (source[end] === '(') {
		          depth ++;
		        } else if (source[end] === ')') {
		          depth --;
		        }

		        end ++;
		      } while (end < length && depth > 0)

		      if ('*+?'.indexOf(source[end]) >= 0) {
		        end ++;
		      }

		      tokens.push({boundary: source.slice(index, end)});
		      index = end;
		    } else if (char === '^' || char === '$') {
		      tokens.push({boundary: char});
		      index ++;
		    } else {
		      tokens.push({single: char});
		      index ++;
		    }
		  }

		  let out = EMPTY;
		  let run = [];

		  const flush = () => {
		    let lastWildcard;

		    run.forEach((token, at) => {
		      if (token.wildcard) {
		        lastWildcard = at;
		      }
		    });

		    run.forEach((token, at) => {
		      if (!token.wildcard) {
		        out += token.single;
		        return
		      }

		      // Every wildcard but the last is pinned to the whole piece that
		      //   follows it, for the reason set out above this function. The last
		      //   one stays as it is and takes up the rest.
		      out += at === lastWildcard
		        ? WILDCARD
		        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
		    });

		    run = [];
		  };

		  tokens.forEach(token => {
		    if (token.boundary === undefined) {
		      run.push(token);
		      return
		    }

		    flush();
		    out += token.boundary;
		  });

		  flush();

		  return out
		};

		// @param {pattern}
		const makeRegexPrefix = pattern => {
		  // `/**` matches every path, as `**` does. The translation below only finds
		  //   a globstar beside a slash it keeps, and the leading one is turned into
		  //   an anchor, so `/**` would come out as `/*` and match one level only.
		  //   Here rather than in `createRule`, so that `checkSourceOf`, which
		  //   compiles `/**/` again without its trailing slash, gets it too.
		  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
		    pattern = '**';
		  }

		  const {source, sources} = extractBrackets(pattern);

		  const replaced = REPLACERS.reduce(
		    // A pass whose matcher finds nothing hands back the very string it was
		    //   given, so asking first costs a search and saves a rewrite. Ten of the
		    //   fifteen passes never fire for a typical .gitignore line, and between
		    //   them they were 45% of this chain.
		    (prev, [matcher, replacer, required]) => {
		      if (matcher === DIRECT) {
		        return replacer(prev, pattern)
		      }

		      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
		        return prev
		      }

		      // A pass whose matcher finds nothing hands back the very string it was
		      //   given, so asking first costs a search and saves a rewrite.
		      return matcher.test(prev)
		        ? prev.replace(matcher, replacer.bind(pattern))
		        : prev
		    },
		    source
		  );

		  // Most patterns hold no bracket expression at all, and then there is
		  //   nothing to put back.
		  return sources.length
		    ? replaced.replace(
		      REGEX_RESTORE_PLACEHOLDER,
		      (match, index) => sources[index]
		    )
		    : replaced
		};

		// `checkRegex` tests a path with a trailing slash, 'abc/', the way
		//   `git check-ignore` matches that literal string once the directory itself
		//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
		//   pattern is dropped, a basename pattern sees an empty basename, and only a
		//   pattern whose last segment is a pending wildcard can match what is left
		//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
		//   also matches 'abc/d/' (#77, #169).
		const checkSourceOf = (body, prefix) => {
		  if (body[body.length - 1] === SLASH) {
		    prefix = makeRegexPrefix(body.slice(0, -1));
		  }

		  const head = prefix.slice(0, -1);
		  const last = prefix[prefix.length - 1];

		  return last === TRAILING_WILDCARD
		    ? `${head}$`
		    : last === TRAILING_DOUBLESTAR
		      ? head
		      : NEVER_MATCH
		};

		// A trailing slash does not stop a pattern being basename-only: it restricts
		//   the match to a directory, it does not let the pattern reach across one.
		//   Everything else a pattern can hold -- a wildcard, a character class, an
		//   escape -- stays inside a single path segment too, so a pattern with no
		//   separator in it can only ever describe the last one.
		const matchesBasename = body => {
		  const index = body.indexOf(SLASH);

		  return index < 0 || index === body.length - 1
		};

		// The last segment of a path, keeping a trailing slash, because a pattern that
		//   ends in one matches only a directory.
		// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
		const basenameOf = path => {
		  const end = path.length - 1;

		  const index = path.lastIndexOf(
		    SLASH,
		    path[end] === SLASH
		      ? end - 1
		      : end
		  );

		  return index < 0
		    ? path
		    : path.slice(index + 1)
		};

		// The parent directory of a path, with its trailing separator, or EMPTY when
		//   the path has none.
		// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
		//
		// A path holding an empty segment has to be taken apart, because its
		//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
		//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
		//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
		//   it is given through the relative-path check.
		//
		// Every other path is a prefix of itself, and cutting one costs a fraction of
		//   splitting it into an array and joining that back at every level: 73ns
		//   against 207ns.
		const parentOf = path => {
		  if (
		    path.charCodeAt(0) === SLASH_CODE
		    || path.indexOf(DOUBLE_SLASH) >= 0
		  ) {
		    const slices = path.split(SLASH).filter(Boolean);

		    slices.pop();

		    return slices.length
		      ? slices.join(SLASH) + SLASH
		      : EMPTY
		  }

		  const end = path.length - 1;

		  // Look back from before a trailing separator, since that one belongs to the
		  //   path itself.
		  //
		  // A negative place to start would be a trap here: `lastIndexOf` clamps one
		  //   to 0 and searches there rather than reporting no match, so '/' would
		  //   come back as its own parent and the walk would never end. It cannot
		  //   happen -- that is the only path short enough to produce one, and the
		  //   test above has already sent it the other way.
		  const cut = path.lastIndexOf(
		    SLASH,
		    path.charCodeAt(end) === SLASH_CODE
		      ? end - 1
		      : end
		  );

		  return cut < 0
		    ? EMPTY
		    : path.slice(0, cut + 1)
		};

		const isString = subject => typeof subject === 'string';

		// Blank lines, comments and trailing lone backslashes are told by
		//   `createRule`, once the pattern is normalized.
		const checkPattern = pattern => pattern
		  && isString(pattern);

		// Git drops one CR before each LF, and one at the end of a final line that
		//   has no LF after it.
		const splitPattern = pattern => (
		  pattern[pattern.length - 1] === '\r'
		    ? pattern.slice(0, -1)
		    : pattern
		)
		.split(REGEX_SPLITALL_CRLF)
		.filter(Boolean);

		class IgnoreRule {
		  constructor (
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    prefix
		  ) {
		    this.pattern = pattern;
		    this.mark = mark;
		    this.negative = negative;

		    define(this, 'body', body);
		    define(this, 'ignoreCase', ignoreCase);
		    define(this, 'regexPrefix', prefix);
		  }

		  // Worked out on first use and kept behind an own property, the way `regex`
		  //   caches itself in `_regex`. Deciding it in the constructor instead would
		  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
		  //   every compile -- including the compiles of rules that are never matched
		  //   against anything.
		  get _basenameOnly () {
		    return define(this, '_basenameOnly', matchesBasename(this.body))
		  }

		  get regex () {
		    const key = UNDERSCORE + MODE_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_IGNORE, key)
		  }

		  get checkRegex () {
		    const key = UNDERSCORE + MODE_CHECK_IGNORE;

		    if (this[key]) {
		      return this[key]
		    }

		    return this._make(MODE_CHECK_IGNORE, key)
		  }

		  _make (mode, key) {
		    const str = pinWildcards(
		      mode === MODE_IGNORE
		        ? this.regexPrefix
		        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
		        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
		        : checkSourceOf(this.body, this.regexPrefix)
		    );

		    const regex = this.ignoreCase
		      ? new RegExp(str, 'i')
		      : new RegExp(str);

		    return define(this, key, regex)
		  }
		}

		const hasTrailingBackslash = str => {
		  let count = 0;

		  while (str[str.length - count - 1] === ESCAPE) {
		    count ++;
		  }

		  return count % 2 === 1
		};

		// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
		//   or object pattern), drop any trailing blank lines along with the LF
		//   before each and at most one CR at the end of the line; then trim trailing
		//   spaces in the same backward pass. Git trims spaces only, and a space
		//   escaped by an odd run of backslashes stays, unescaped, as the last one.
		// Scanned from the end: a regular expression can only try each start in
		//   turn, which is quadratic over a long run of spaces or backslashes.
		// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
		// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
		const trimEnd = (body, stripLineEnd) => {
		  let lineEnd = body.length;
		  let end;

		  for (;;) {
		    if (stripLineEnd && body[lineEnd - 1] === '\r') {
		      lineEnd --;
		    }

		    end = lineEnd;

		    while (body[end - 1] === SPACE) {
		      end --;
		    }

		    if (!stripLineEnd || body[end - 1] !== '\n') {
		      break
		    }

		    lineEnd = end - 1;
		  }

		  if (end === lineEnd) {
		    return body.slice(0, lineEnd)
		  }

		  let backslashes = 0;

		  while (body[end - backslashes - 1] === ESCAPE) {
		    backslashes ++;
		  }

		  return backslashes % 2
		    ? body.slice(0, end - 1) + SPACE
		    : body.slice(0, end)
		};

		const createRule = (
		  pattern,
		  mark,
		  ignoreCase,
		  stripLineEnd,
		  stripBOM
		) => {
		  // Git drops a BOM before it reads the first line, so before anything else.
		  let body = stripBOM && pattern[0] === BOM
		    ? pattern.slice(1)
		    : pattern;

		  // > A line starting with # serves as a comment.
		  if (body[0] === '#') {
		    return
		  }

		  let negative = false;

		  // > An optional prefix "!" which negates the pattern;
		  if (body[0] === '!') {
		    negative = true;
		    body = body.slice(1);
		  }

		  // Normalize the body before checking which slashes anchor the pattern.
		  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
		  //   A line from `splitPattern` has already lost its line ending, so only a
		  //   trailing space remains to trim there.
		  const last = body[body.length - 1];

		  if (
		    last === SPACE
		    || stripLineEnd && (last === '\r' || last === '\n')
		  ) {
		    body = trimEnd(body, stripLineEnd);
		  }

		  // > A blank line matches no files, so it can serve as a separator for
		  // >   readability.
		  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
		  //   anything else left empty here: an empty pattern would compile to a
		  //   regex matching every path.
		  if (!body || hasTrailingBackslash(body)) {
		    return
		  }

		  body = body
		  // > Put a backslash ("\") in front of the first "!" for patterns that
		  // >   begin with a literal "!", for example, `"\!important!.txt"`.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
		  // > Put a backslash ("\") in front of the first hash for patterns that
		  // >   begin with a hash.
		  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#');

		  const regexPrefix = makeRegexPrefix(body);

		  return new IgnoreRule(
		    pattern,
		    mark,
		    body,
		    ignoreCase,
		    negative,
		    regexPrefix
		  )
		};

		class RuleManager {
		  constructor (ignoreCase) {
		    this._ignoreCase = ignoreCase;
		    this._rules = [];

		    // How many of the rules git would tag `EXC_FLAG_NODIR`.
		    //
		    // The scan uses it to decide, once for the whole set, whether handing
		    //   those rules the basename is worth what it costs the others. The
		    //   shortcut saves a full-path scan on every rule it applies to and costs
		    //   a check on every rule it does not, so a set where almost nothing is
		    //   basename-only comes out behind -- a 955 pattern set with 44 of them
		    //   measured 19% slower with the shortcut always on.
		    //
		    // Deciding this by measurement rather than by meaning is safe: a
		    //   basename-only pattern gives the very same answer against the whole
		    //   path, it just takes longer to say so. The choice can only change how
		    //   fast the scan runs, never what it returns.
		    this._basenameCount = 0;
		  }

		  _add (pattern, index) {
		    // #32
		    if (pattern && pattern[KEY_IGNORE]) {
		      this._rules = this._rules.concat(pattern._rules._rules);
		      this._basenameCount += pattern._rules._basenameCount;
		      this._added = true;
		      return
		    }

		    const isStr = isString(pattern);
		    const raw = isStr
		      ? pattern
		      : pattern.pattern;

		    const rule = checkPattern(raw)
		      && createRule(
		        raw,
		        isStr ? UNDEFINED : pattern.mark,
		        this._ignoreCase,
		        !this._split,
		        this._stripBOM && !index
		      );

		    if (rule) {
		      this._added = true;
		      this._rules.push(rule);

		      // Deliberately not `rule._basenameOnly`: reading that would materialise
		      //   the rule's own copy, and the whole point of leaving it lazy is that
		      //   a rule which is compiled and never matched never pays for it.
		      if (matchesBasename(rule.body)) {
		        this._basenameCount ++;
		      }
		    }
		  }

		  // @param {Array<string> | string | Ignore} pattern
		  add (pattern) {
		    this._added = false;
		    this._split = isString(pattern);
		    this._stripBOM = !this._split || pattern[0] === BOM;

		    makeArray(
		      this._split
		        ? splitPattern(pattern)
		        : pattern
		    ).forEach(this._add, this);

		    if (this._added) {
		      this._literalRules = UNDEFINED;
		    }

		    return this._added
		  }

		  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
		  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
		  //   are left out once, rather than tested or compiled for every path.
		  testLiteral (path) {
		    const rules = this._literalRules || (
		      this._literalRules = this._rules.filter(
		        ({body}) => body[body.length - (
		          body[body.length - 1] === SLASH ? 2 : 1
		        )] === '*'
		      )
		    );

		    let ignored = false;
		    let unignored = false;
		    let matchedRule;

		    for (let index = rules.length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule.checkRegex.test(path)) {
		        ignored = !rule.negative;
		        unignored = rule.negative;
		        matchedRule = rule.negative
		          ? UNDEFINED
		          : rule;
		        break
		      }
		    }

		    const ret = {
		      ignored,
		      unignored
		    };

		    if (matchedRule) {
		      ret.rule = matchedRule;
		    }

		    return ret
		  }

		  // Test one single path without recursively checking parent directories
		  //
		  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

		  // @returns {TestResult}
		  test (path, mode) {
		    // Most of a .gitignore is patterns with no slash in them, and running
		    //   those against the whole path makes the regular expression engine walk
		    //   every directory name on the way to the only segment that could match.
		    //   Handing them the basename instead is what git does, and it is where
		    //   the time in a directory walk goes: the rule scan was two thirds of it.
		    const rules = this._rules;
		    const {length} = rules;

		    const shortcut = this._basenameCount * 2 >= length;

		    const basename = shortcut
		      ? basenameOf(path)
		      : path;

		    // The last rule to match decides, as in git, and it is the rule
		    //   `git check-ignore -v` reports, so the scan runs from the end and stops
		    //   at the first match.
		    // A plain loop rather than `forEach`, so that `path`, `basename` and
		    //   `shortcut` are locals. As a callback they became closure variables,
		    //   and reaching for one of those once per rule cost 10% of a scan over a
		    //   large rule set -- more than the shortcut they were there to serve.
		    for (let index = length - 1; index >= 0; index --) {
		      const rule = rules[index];

		      if (rule[mode].test(
		        shortcut && rule._basenameOnly
		          ? basename
		          : path
		      )) {
		        const {negative} = rule;

		        const ret = {
		          ignored: !negative,
		          unignored: negative
		        };

		        if (!negative) {
		          ret.rule = rule;
		        }

		        return ret
		      }
		    }

		    return {
		      ignored: false,
		      unignored: false
		    }
		  }
		}

		const throwError = (message, Ctor) => {
		  throw new Ctor(message)
		};

		const checkPath = (path, originalPath, doThrow) => {
		  if (!isString(path)) {
		    return doThrow(
		      `path must be a string, but got \`${originalPath}\``,
		      TypeError
		    )
		  }

		  // We don't know if we should ignore EMPTY, so throw
		  if (!path) {
		    return doThrow(`path must not be empty`, TypeError)
		  }

		  // Check if it is a relative path
		  if (checkPath.isNotRelative(path)) {
		    const r = '`path.relative()`d';
		    return doThrow(
		      `path should be a ${r} string, but got "${originalPath}"`,
		      RangeError
		    )
		  }

		  return true
		};

		// > pathname should be a `path.relative()`d one
		//
		// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
		//   relative if it begins with a separator, or with `./` or `../`, or is
		//   nothing but `.` or `..`. Every match is decided by the first three
		//   characters, and this runs on every path handed to the library -- where it
		//   was 55% of a cached lookup, more than the cache lookup itself.
		const isNotRelative = path => {
		  const first = path.charCodeAt(0);

		  if (first === SLASH_CODE) {
		    return true
		  }

		  if (first !== DOT_CODE) {
		    return false
		  }

		  // '.'
		  if (path.length === 1) {
		    return true
		  }

		  const second = path.charCodeAt(1);

		  // './'
		  if (second === SLASH_CODE) {
		    return true
		  }

		  if (second !== DOT_CODE) {
		    return false
		  }

		  // '..' or '../'
		  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
		};

		checkPath.isNotRelative = isNotRelative;

		// On windows, the following function will be replaced
		/* istanbul ignore next */
		checkPath.convert = p => p;


		const convertPath = target =>
		  isString(target) && checkPath.convert(target);


		class Ignore {
		  constructor ({
		    ignorecase = true,
		    ignoreCase = ignorecase,
		    allowRelativePaths = false
		  } = {}) {
		    define(this, KEY_IGNORE, true);

		    this._rules = new RuleManager(ignoreCase);
		    this._strictPathCheck = !allowRelativePaths;
		    this._initCache();
		  }

		  _initCache () {
		    // A cache for the result of `.ignores()`
		    this._ignoreCache = Object.create(null);

		    // A cache for the result of `.test()`
		    this._testCache = Object.create(null);
		  }

		  add (pattern) {
		    if (this._rules.add(pattern)) {
		      // Some rules have just added to the ignore,
		      //   making the behavior changed,
		      //   so we need to re-initialize the result cache
		      this._initCache();
		    }

		    return this
		  }

		  // legacy
		  addPattern (pattern) {
		    return this.add(pattern)
		  }

		  // @returns {TestResult}
		  _test (originalPath, cache, path) {
		    checkPath(
		      path,
		      originalPath,
		      this._strictPathCheck
		        ? throwError
		        : RETURN_FALSE
		    );

		    return path
		      ? this._t(path, cache)
		      : {
		        ignored: false,
		        unignored: false
		      }
		  }

		  checkIgnore (target) {
		    // A Windows path is converted first, so that a directory given with a
		    //   trailing separator, `\` or `/`, is told the same way
		    const path = convertPath(target);

		    // If the path does not end with a slash, `.ignores()` is much equivalent
		    //   to `git check-ignore`
		    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
		      return this._test(target, this._testCache, path)
		    }

		    // Like `git check-ignore`: a directory excluded by itself or by an
		    //   ancestor settles it, and only then is the literal 'abc/' matched
		    //   against the rules (see `checkSourceOf`).
		    const dir = this._t(path, this._testCache);

		    if (dir.ignored) {
		      return dir
		    }

		    const literal = this._rules.testLiteral(path);

		    return literal.ignored || literal.unignored
		      ? literal
		      : dir
		  }

		  _t (
		    // The path to be tested
		    path,

		    // The cache for the result of a certain checking
		    cache
		  ) {
		    if (path in cache) {
		      return cache[path]
		    }

		    const parentPath = parentOf(path);

		    // If the path contains a parent directory, check the parent first
		    const parent = parentPath
		      ? this._t(parentPath, cache)
		      : UNDEFINED;

		    return cache[path] = parent && parent.ignored
		      // > It is not possible to re-include a file if a parent directory of
		      // >   that file is excluded.
		      ? parent
		      : this._rules.test(path, MODE_IGNORE)
		  }

		  ignores (path) {
		    return this._test(path, this._ignoreCache, convertPath(path)).ignored
		  }

		  createFilter () {
		    return path => !this.ignores(path)
		  }

		  filter (paths) {
		    return makeArray(paths).filter(this.createFilter())
		  }

		  // @returns {TestResult}
		  test (path) {
		    return this._test(path, this._testCache, convertPath(path))
		  }
		}

		const factory = options => new Ignore(options);

		const isPathValid = path =>
		  checkPath(convertPath(path), path, RETURN_FALSE);

		/* istanbul ignore next */
		const setupWindows = () => {
		  /* eslint no-control-regex: "off" */
		  const makePosix = str => /^\\\\\?\\/.test(str)
		  || /["<>|\u0000-\u001F]+/u.test(str)
		    ? str
		    : str.replace(/\\/g, '/');

		  checkPath.convert = makePosix;

		  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
		  // 'd:\\foo'
		  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
		  checkPath.isNotRelative = path =>
		    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
		    || isNotRelative(path);
		};


		// Windows
		// --------------------------------------------------------------
		/* istanbul ignore next */
		if (
		  // Detect `process` so that it can run in browsers.
		  typeof process !== 'undefined'
		  && process.platform === 'win32'
		) {
		  setupWindows();
		}

		// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

		module.exports = factory;

		// Although it is an anti-pattern,
		//   it is still widely misused by a lot of libraries in github
		// Ref: https://github.com/search?q=ignore.default%28%29&type=code
		factory.default = factory;

		module.exports.isPathValid = isPathValid;

		// For testing purposes
		define(module.exports, Symbol.for('setupWindows'), setupWindows); 
	} (ignore$1));
	return ignore$1.exports;
}

var ignoreExports = requireIgnore();
var ignore = /*@__PURE__*/getDefaultExportFromCjs(ignoreExports);

// One bounded, read-only snapshot of the checkout. Every other evidence reader
// goes through it: it honours .gitignore and paths.include/exclude, never
// follows a link out of the checkout, never reads a file over the size cap or a
// binary, and reads each file at most once.
const DEFAULT_LIMITS = {
    /** Files larger than this are listed as skipped, never read. */
    maxFileBytes: 1024 * 1024,
    /** Files past this count are not listed (the gate says so). */
    maxFiles: 200_000,
    /** Directory depth past which the walk stops. */
    maxDepth: 64
};
/** Folders never walked, whatever .gitignore says: VCS data and installed dependencies are not the server's source. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', 'bower_components', '.venv', 'venv', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.gradle', '.golive']);
class Repository {
    root;
    files = [];
    skipped = [];
    limits;
    byPath = new Map();
    textCache = new Map();
    yamlCache = new Map();
    realRoot;
    /** One buffer every read fills (the text is decoded from it at once): no allocation per file. */
    scratch = { buf: Buffer.allocUnsafe(64 * 1024) };
    /** `listing`: the files of a snapshot taken already (a scan worker reads its share of the main thread's snapshot; no walk). */
    constructor(root, options = {}) {
        this.root = root;
        this.realRoot = realpathSync(root);
        this.limits = { ...DEFAULT_LIMITS, ...options.limits };
        if (options.listing) {
            for (const f of options.listing)
                this.files.push(f);
        }
        else {
            // The config's globs: matched in linear time (they and the paths come from the checkout).
            const include = options.include?.length ? globMatcher(options.include) : () => true;
            const exclude = options.exclude?.length ? globMatcher(options.exclude) : () => false;
            this.walk('', [], 0, (p) => include(p) && !exclude(p));
            this.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        }
        for (const f of this.files)
            this.byPath.set(f.path, f);
    }
    walk(dir, ignores, depth, keep) {
        if (depth > this.limits.maxDepth) {
            this.skipped.push({ path: dir, reason: 'too deep' });
            return;
        }
        const abs = join(this.realRoot, dir);
        let entries;
        try {
            entries = readdirSync(abs, { withFileTypes: true });
        }
        catch {
            this.skipped.push({ path: dir || '.', reason: 'unreadable' });
            return;
        }
        const gitignore = entries.find((e) => e.name === '.gitignore' && e.isFile());
        if (gitignore) {
            const text = readBounded(join(abs, '.gitignore'), 256 * 1024);
            if (text !== undefined)
                ignores = [...ignores, { base: dir, ig: ignore().add(text) }];
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            const rel = dir ? `${dir}/${e.name}` : e.name;
            const isDir = e.isDirectory();
            if (isDir && ALWAYS_SKIPPED_DIRS.has(e.name))
                continue;
            if (isIgnored(ignores, rel, isDir))
                continue;
            if (this.files.length >= this.limits.maxFiles) {
                if (!this.skipped.some((s) => s.reason === 'file limit reached'))
                    this.skipped.push({ path: rel, reason: 'file limit reached' });
                return;
            }
            if (isDir) {
                this.walk(rel, ignores, depth + 1, keep);
            }
            else if (e.isSymbolicLink()) {
                this.addLink(rel, keep);
            }
            else if (e.isFile()) {
                // The size is checked when the file is read (fstat on the open file): one syscall less per file.
                if (keep(rel))
                    this.files.push({ path: rel });
            }
        }
    }
    /** A link is kept only when it resolves to a regular file inside the checkout; linked folders are never walked (no loops). */
    addLink(rel, keep) {
        if (!keep(rel))
            return;
        let target;
        try {
            target = realpathSync(join(this.realRoot, rel));
        }
        catch {
            this.skipped.push({ path: rel, reason: 'link' });
            return;
        }
        if (!isInside(this.realRoot, target)) {
            this.skipped.push({ path: rel, reason: 'link outside the checkout' });
            return;
        }
        if (!statSync(target).isFile()) {
            this.skipped.push({ path: rel, reason: 'link' });
            return;
        }
        this.files.push({ path: rel, target });
    }
    has(path) {
        return this.byPath.has(path);
    }
    /** Files whose path matches one of the globs (matched against the whole relative path). */
    glob(patterns, options = {}) {
        const m = picomatch(patterns, { dot: true, nocase: options.nocase });
        return this.files.filter((f) => m(f.path));
    }
    /**
     * The file's text, or undefined when it is not in the snapshot, is binary or
     * cannot be read. Cached unless `cache: false` (the one-pass source scan reads
     * each file once and lets it go, to keep memory flat on large repositories).
     */
    read(path, options = {}) {
        if (this.textCache.has(path))
            return this.textCache.get(path);
        const file = this.byPath.get(path);
        if (!file)
            return undefined;
        // A listed regular file lies under folders the walk entered (never through a link); a link was
        // resolved and checked when it was listed, and is checked again here in case it changed.
        let real = join(this.realRoot, path);
        if (file.target) {
            try {
                real = realpathSync(real);
            }
            catch {
                return undefined;
            }
            if (!isInside(this.realRoot, real))
                return undefined;
        }
        const buf = readCapped(real, this.limits.maxFileBytes, this.scratch);
        if (buf === 'unreadable' || buf === 'too large') {
            this.noteSkipped(path, buf);
            if (options.cache !== false)
                this.textCache.set(path, undefined);
            return undefined;
        }
        let text;
        if (buf.subarray(0, 8000).includes(0)) {
            this.noteSkipped(path, 'binary');
        }
        else {
            text = buf.toString('utf8');
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        if (options.cache !== false)
            this.textCache.set(path, text);
        return text;
    }
    /** Every YAML document of a file, parsed with positions (multi-document files included). */
    yaml(path) {
        if (this.yamlCache.has(path))
            return this.yamlCache.get(path);
        const text = this.read(path);
        let parsed;
        if (text !== undefined) {
            const { docs, lineCounter, tooDeep } = parseYamlAll(text);
            // Refused unparsed: said like a file not read, so the verdict does not seem to cover it.
            if (tooDeep)
                this.noteSkipped(path, 'nested too deeply');
            parsed = { path, docs, lineCounter };
        }
        this.yamlCache.set(path, parsed);
        return parsed;
    }
    noteSkipped(path, reason) {
        if (!this.skipped.some((s) => s.path === path))
            this.skipped.push({ path, reason });
    }
}
function isIgnored(ignores, rel, isDir) {
    for (const { base, ig } of ignores) {
        const sub = base ? rel.slice(base.length + 1) : rel;
        if (ig.ignores(isDir ? `${sub}/` : sub))
            return true;
    }
    return false;
}
function isInside(root, target) {
    const r = relative(root, target);
    return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[A-Za-z]:/.test(r));
}
/**
 * The file's bytes, or why not: opened once, its size checked on the open descriptor before
 * reading. The bytes are in `scratch` (grown to the largest file read), valid until the next read.
 */
function readCapped(path, max, scratch) {
    let fd;
    try {
        fd = openSync(path, 'r');
        const size = fstatSync(fd).size;
        if (size > max)
            return 'too large';
        if (scratch.buf.length < size)
            scratch.buf = Buffer.allocUnsafe(Math.min(max, Math.max(size, scratch.buf.length * 2)));
        const buf = scratch.buf;
        let off = 0;
        while (off < size) {
            const n = readSync(fd, buf, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.subarray(0, off);
    }
    catch {
        return 'unreadable';
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
function readBounded(path, max) {
    let fd;
    try {
        fd = openSync(path, 'r');
        const buf = Buffer.alloc(max);
        const n = readSync(fd, buf, 0, max, 0);
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
/** The line at a 1-based number, trimmed and cut to a readable length. */
function lineText(text, line, max = 160) {
    let start = 0;
    for (let n = 1; n < line; n++) {
        const i = text.indexOf('\n', start);
        if (i === -1)
            return '';
        start = i + 1;
    }
    const end = text.indexOf('\n', start);
    const s = text.slice(start, end === -1 ? undefined : end).trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/** Source and test classification shared by the scanners. */
const LANGUAGE_BY_EXTENSION = {
    ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript',
    js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript',
    py: 'python', cs: 'csharp', go: 'go', java: 'java', kt: 'kotlin'
};
function languageOf(path) {
    if (path.endsWith('.d.ts'))
        return undefined;
    const dot = path.lastIndexOf('.');
    return dot === -1 ? undefined : LANGUAGE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
// Not `examples/`: a Java package such as com/example is production code, and so is an SDK's example server.
const TEST_DIR = /(^|\/)(tests?|__tests__|__mocks__|spec|specs|testdata|test-data|fixtures?|mocks?|e2e)\//i;
const TEST_FILE = /(\.(test|spec)\.[cm]?[jt]sx?$)|(_test\.(go|py)$)|((^|\/)test_[^/]*\.py$)|(Tests?\.(cs|java|kt)$)|((^|\/)conftest\.py$)/;
/** Test code and fixtures: findings there are reported separately and never block production checks. */
function isTestPath(path) {
    return TEST_DIR.test(path) || TEST_FILE.test(path);
}

// Comment- and string-aware views of a source file, so detectors match code and
// not the words in comments (and, where they ask, not the words in strings).
// Hand-written: one linear pass per file is what keeps a 20,000-file scan fast;
// tree-sitter was measured against it (bench/parsers.bench.ts): the same class
// for every character of the fixtures and SDK examples, about 50× slower.
const FAMILY = {
    typescript: 'c', javascript: 'c', csharp: 'c', go: 'c', java: 'c', kotlin: 'c', python: 'python'
};
/** The characters that can open a comment or a string, per family: the lexer jumps from one to the next. */
const SPECIAL = { c: /[/"'`]/g, python: /[#"']/g };
function sourceViews(text, language) {
    return renderInBuffer(text, lexed(text, language));
}
function lexed(text, language) {
    const blanks = { comments: [], strings: [] };
    lex(text, language, 0, blanks);
    return blanks;
}
/** Every character fits a byte (no code unit above 0xFF): the views can be written one byte a character. */
const latin1 = (text) => !/[^\0-\xff]/.test(text);
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * Both views written over one reused buffer: the text once, its comments blanked (`code`), then
 * its string contents too (`bare`). Two strings per file and no parts: this is what keeps a large
 * scan's allocation, and its collector's work, small. A text with a code unit above 0xFF is
 * written two bytes a unit (UTF-16, which keeps lone surrogates as they are): cut into slices and
 * joined instead, such a text took 3 times as long (a third of the real Python files measured).
 */
function renderInBuffer(text, blanks) {
    const width = latin1(text) ? 1 : 2;
    const encoding = width === 1 ? 'latin1' : 'utf16le';
    const bytes = text.length * width;
    if (scratch.length < bytes)
        scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2));
    const buf = scratch;
    buf.write(text, 0, bytes, encoding);
    blankUnits(buf, blanks.comments, width);
    const code = buf.toString(encoding, 0, bytes);
    if (!blanks.strings.length)
        return { code, bare: code };
    blankUnits(buf, blanks.strings, width);
    return { code, bare: buf.toString(encoding, 0, bytes) };
}
/** A space for every code unit in the ranges but line breaks; `width` bytes a unit, little-endian. */
function blankUnits(buf, ranges, width) {
    for (let k = 0; k < ranges.length; k += 2) {
        for (let i = ranges[k] * width, end = ranges[k + 1] * width; i < end; i += width) {
            const low = buf[i];
            if ((low === 0x0a || low === 0x0d) && (width === 1 || buf[i + 1] === 0))
                continue;
            buf[i] = 0x20;
            if (width === 2)
                buf[i + 1] = 0;
        }
    }
}
/**
 * Finds the comments and string contents of `text`, whose first character is at `base` in the
 * file (an interpolation is lexed on its own, as if the file ended where it does).
 */
function lex(text, language, base, out) {
    const n = text.length;
    const family = FAMILY[language];
    const backtickStrings = language === 'typescript' || language === 'javascript' || language === 'go';
    const tripleQuoted = language === 'java' || language === 'csharp' || language === 'kotlin';
    const comment = (start, end) => {
        if (end > start)
            out.comments.push(base + start, base + end);
    };
    const blankString = (from, to) => {
        if (to > from)
            out.strings.push(base + from, base + to);
    };
    /**
     * A string literal [start, end) with `open` and `close` quote lengths. Its contents are blank in
     * `bare`, except the interpolations (`${…}`, f-string and C# `{…}`, Kotlin `$name`): they are
     * code, and get the views of code (recursively, so a string inside one is blanked again).
     */
    const string = (start, open, end, close, holes = []) => {
        const innerEnd = Math.max(start + open, end - close);
        let at = Math.min(start + open, end);
        for (const [from, to] of holes) {
            blankString(at, from);
            const expr = text.slice(from, to);
            // Most interpolations are a name or a call without strings or comments: no second pass.
            if (/["'`/#]/.test(expr))
                lex(expr, language, base + from, out);
            at = to;
        }
        blankString(at, Math.min(end, innerEnd));
    };
    const special = SPECIAL[family];
    special.lastIndex = 0;
    for (let m = special.exec(text); m; m = special.exec(text)) {
        const i = m.index;
        const c = text[i];
        const next = text[i + 1];
        let end = -1;
        if (family === 'c' && c === '/') {
            if (next === '/')
                comment(i, (end = indexOrEnd(text, '\n', i)));
            else if (next === '*') {
                const close = text.indexOf('*/', i + 2);
                comment(i, (end = close === -1 ? n : close + 2));
            }
        }
        else if (family === 'python' && c === '#') {
            comment(i, (end = indexOrEnd(text, '\n', i)));
        }
        else if (family === 'python') {
            const q = text.charCodeAt(i);
            const triple = text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q;
            const quote = triple ? (c === '"' ? '"""' : "'''") : c;
            end = stringEnd(text, i + quote.length, quote, true, !triple);
            string(i, quote.length, end, quote.length, isFString(text, i) ? braceHoles(text, i + quote.length, end - quote.length, false) : []);
        }
        else if (c === '"' && tripleQuoted && text.startsWith('"""', i)) {
            // Java text blocks and C# raw strings: """ … """ (Kotlin's and C#'s `$"""` interpolate)
            const close = text.indexOf('"""', i + 3);
            end = close === -1 ? n : close + 3;
            const holes = language === 'kotlin' ? dollarHoles(text, i + 3, end - 3, true) : language === 'csharp' && text[i - 1] === '$' ? braceHoles(text, i + 3, end - 3) : [];
            string(i, 3, end, 3, holes);
        }
        else if (c === '`' && backtickStrings && language !== 'go') {
            // A JavaScript template literal: `${…}` is code, and may hold strings and templates of its own.
            end = templateEnd(text, i + 1);
            string(i, 1, end, 1, dollarHoles(text, i + 1, end - 1, false));
        }
        else if (c !== '`' || backtickStrings) {
            const verbatim = language === 'csharp' && c === '"' && (text[i - 1] === '@' || (text[i - 1] === '$' && text[i - 2] === '@') || (text[i - 1] === '@' && text[i - 2] === '$'));
            const raw = c === '`' && language === 'go';
            end = stringEnd(text, i + 1, c, !verbatim && !raw, c !== '`' && !verbatim);
            const csharpInterpolated = language === 'csharp' && c === '"' && (text[i - 1] === '$' || (text[i - 1] === '@' && text[i - 2] === '$'));
            const holes = csharpInterpolated ? braceHoles(text, i + 1, end - 1) : language === 'kotlin' && c === '"' ? dollarHoles(text, i + 1, end - 1, true) : [];
            string(i, 1, end, 1, holes);
        }
        if (end > i)
            special.lastIndex = end;
    }
}
/** The offset just past a template literal's closing backtick, stepping over `${…}` (which may hold backticks). */
function templateEnd(text, from) {
    const stop = /[`\\$]/g;
    stop.lastIndex = from;
    for (let m = stop.exec(text); m; m = stop.exec(text)) {
        const i = m.index;
        if (text[i] === '`')
            return i + 1;
        if (text[i] === '\\')
            stop.lastIndex = i + 2;
        else if (text[i + 1] === '{')
            stop.lastIndex = closingBrace(text, i + 2, text.length) + 1;
    }
    return text.length;
}
/**
 * The offset of the `}` closing a brace opened just before `from`, in code: nested braces
 * counted; strings, template literals and comments stepped over. `to` when there is none.
 */
function closingBrace(text, from, to, cComments = true) {
    let depth = 0;
    let i = from;
    while (i < to) {
        const ch = text[i];
        if (ch === '{')
            depth++;
        else if (ch === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
        else if (ch === '`') {
            i = templateEnd(text, i + 1);
            continue;
        }
        else if (ch === '"' || ch === "'") {
            i = stringEnd(text, i + 1, ch, true, true);
            continue;
        }
        else if (cComments && ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
            const close = text[i + 1] === '/' ? indexOrEnd(text, '\n', i) : text.indexOf('*/', i + 2);
            i = close === -1 ? to : text[i + 1] === '/' ? close : close + 2;
            continue;
        }
        i++;
    }
    return to;
}
/** `${…}` regions inside a string body [from, to); with `names` (Kotlin), `$name` ones too. */
function dollarHoles(text, from, to, names) {
    const holes = [];
    const stop = /[\\$]/g;
    stop.lastIndex = from;
    for (let m = stop.exec(text); m && m.index < to; m = stop.exec(text)) {
        const i = m.index;
        if (text[i] === '\\')
            stop.lastIndex = i + 2;
        else if (text[i + 1] === '{') {
            const close = Math.min(closingBrace(text, i + 2, to), to);
            holes.push([i + 2, close]);
            stop.lastIndex = close + 1;
        }
        else if (names && (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === UNDERSCORE)) {
            let j = i + 1;
            while (j < to && isWordChar(text.charCodeAt(j)))
                j++;
            holes.push([i + 1, j]);
            stop.lastIndex = j;
        }
    }
    return holes;
}
/** Python f-string and C# `$"…"` regions: `{…}`; a doubled `{{` is a literal brace. Python has no `//` comments (it is floor division). */
function braceHoles(text, from, to, cComments = true) {
    const holes = [];
    for (let i = from; i < to; i++) {
        if (text[i] === '{' && text[i + 1] === '{')
            i++;
        else if (text[i] === '{') {
            const close = Math.min(closingBrace(text, i + 1, to, cComments), to);
            holes.push([i + 1, close]);
            i = close;
        }
    }
    return holes;
}
function indexOrEnd(text, needle, from) {
    const i = text.indexOf(needle, from);
    return i === -1 ? text.length : i;
}
/** The offset just past the closing quote; an unterminated single-line string ends at the newline. */
function stringEnd(text, from, quote, escapes, singleLine) {
    // By character code: this loop runs over every character of every string literal.
    const q = quote.charCodeAt(0);
    const long = quote.length > 1;
    const n = text.length;
    let i = from;
    while (i < n) {
        const ch = text.charCodeAt(i);
        if (escapes && ch === BACKSLASH) {
            i += 2;
            continue;
        }
        if (singleLine && ch === NEWLINE)
            return i;
        if (ch === q && (!long || text.startsWith(quote, i))) {
            // C# verbatim strings escape a quote by doubling it.
            if (!escapes && !long && q === DOUBLE_QUOTE && text.charCodeAt(i + 1) === DOUBLE_QUOTE) {
                i += 2;
                continue;
            }
            return i + quote.length;
        }
        i++;
    }
    return n;
}
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const DOUBLE_QUOTE = 0x22;
const UNDERSCORE = 0x5f;
/** A Python string whose quote is at `quote` interpolates: the one or two letters just before the quote (its prefix) hold an f, and no word character comes before them. */
function isFString(text, quote) {
    let f = false;
    let start = quote;
    while (start > quote - 2 && isAsciiLetter(text.charCodeAt(start - 1))) {
        start--;
        if ((text.charCodeAt(start) | 0x20) === 0x66)
            f = true;
    }
    return f && !isWordChar(text.charCodeAt(start - 1));
}

// The cheap literal prefilter of the source pass: one scan of each file's text
// tells which of the detectors' literals it may hold (their prefilters, the
// secret rules' keywords and the patterns' needles), so a detector, a rule or a
// pattern that cannot match is skipped with a bit test instead of a regular
// expression or a substring search over the whole text.
//
// Hand-written: the Aho-Corasick packages return match objects and walk
// grapheme clusters (the best kept one took 2.5 s on the 118 MB of the
// realistic 20,000-file bench profile; this takes about 0.2 s), and none folds
// case into a bit set.
//
// The answer is conservative, never wrong the other way: literals are matched
// with ASCII letters folded to lower case, so a bit set means "may hold it" and
// callers that need the exact case still check with `includes`; a bit clear
// means the text does not hold the literal in any case.
/** Characters a literal may hold to be indexed: printable ASCII. Others make it never skipped. */
const INDEXABLE = /^[\x20-\x7e]+$/;
class LiteralIndex {
    ids = new Map();
    folded = [];
    automaton;
    words = new Uint32Array(1);
    hits;
    constructor() {
        // One result object, valid until the next scan: the pass looks at one file at a time.
        this.hits = {
            mayHold: (literal) => {
                const id = this.ids.get(literal);
                // Not indexed, or added after the last build: it might be there.
                if (id === undefined || id < 0 || !this.automaton || id >= this.automaton.count)
                    return true;
                return (this.words[id >>> 5] & (1 << (id & 31))) !== 0;
            }
        };
    }
    /** Makes the literals known to the next scans (a literal that cannot be indexed is never skipped). */
    add(...literals) {
        for (const literal of literals) {
            if (this.ids.has(literal))
                continue;
            if (!INDEXABLE.test(literal)) {
                this.ids.set(literal, -1);
                continue;
            }
            this.ids.set(literal, this.folded.length);
            this.folded.push(literal.toLowerCase());
        }
    }
    /** Which literals the text may hold. The answer is valid until the next scan. */
    scan(text) {
        let a = this.automaton;
        if (!a || a.count !== this.folded.length)
            a = this.automaton = build(this.folded);
        const words = this.words.length * 32 >= a.count ? this.words.fill(0) : (this.words = new Uint32Array((a.count >>> 5) + 1));
        const { classes, next, ends } = a;
        let state = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            state = next[state + (c < 128 ? classes[c] : 0)];
            if (state < 0) {
                state = -state;
                for (const id of ends.get(state))
                    words[id >>> 5] |= 1 << (id & 31);
            }
        }
        return this.hits;
    }
}
/** Aho-Corasick: a trie of the literals, its failure links, and the full transition table. */
function build(literals) {
    const classes = new Uint8Array(128);
    let width = 1;
    for (const l of literals)
        for (let i = 0; i < l.length; i++)
            if (!classes[l.charCodeAt(i)])
                classes[l.charCodeAt(i)] = width++;
    // Upper-case letters take their lower-case class: the literals are folded, and so is the text.
    for (let c = 65; c <= 90; c++)
        classes[c] = classes[c + 32];
    const children = [new Map()];
    const output = [[]];
    literals.forEach((literal, id) => {
        let s = 0;
        for (let i = 0; i < literal.length; i++) {
            const k = classes[literal.charCodeAt(i)];
            let child = children[s].get(k);
            if (child === undefined) {
                child = children.length;
                children.push(new Map());
                output.push([]);
                children[s].set(k, child);
            }
            s = child;
        }
        output[s].push(id);
    });
    // Breadth first: a state's failure state is shallower, so its row is complete when the state is reached.
    const states = children.length;
    const goto = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const queue = [];
    for (const [k, child] of children[0]) {
        goto[k] = child;
        queue.push(child);
    }
    for (let q = 0; q < queue.length; q++) {
        const s = queue[q];
        output[s].push(...output[fail[s]]);
        // The failure state's row, then this state's own children over it: one native copy per state
        // instead of a map lookup per class (the automaton is built a few times a run, as the patterns
        // add their literals, and a lookup per class took 2–3 ms a build).
        goto.copyWithin(s * width, fail[s] * width, fail[s] * width + width);
        for (const [k, child] of children[s]) {
            fail[child] = goto[fail[s] * width + k];
            goto[s * width + k] = child;
            queue.push(child);
        }
    }
    // Row offsets instead of state numbers, negated for states where a literal ends: one load and one
    // sign test per character in the scan.
    const next = new Int32Array(states * width);
    const ends = new Map();
    for (let i = 0; i < next.length; i++) {
        const t = goto[i];
        next[i] = output[t].length ? -(t * width) : t * width;
    }
    for (let s = 0; s < states; s++)
        if (output[s].length)
            ends.set(s * width, output[s]);
    return { count: literals.length, classes, width, next, ends };
}
/** The index every detector of this thread registers its literals with. */
const LITERALS = new LiteralIndex();

// One pass over the production and test source of the checkout: each file is
// read once, its views computed once, and every detector sees it. Detectors
// collect facts; they never decide (the checks in checks/ do).
const isCode = (f) => f.language !== undefined;
/**
 * A copy of a short string cut from a file. V8 keeps a slice's whole parent alive, so evidence
 * holding slices would keep every file's text (and its views) in memory for the whole run.
 */
const own = (s) => Buffer.from(s, 'utf8').toString('utf8');
const INTERNED = new Map();
const MAX_INTERNED = 250_000;
/**
 * `own(s)`, shared: evidence repeats the same notes, hosts and URLs hundreds of thousands of times
 * in a large repository, and one copy each is enough. Bounded; past the bound, plain copies.
 */
function intern(s) {
    const known = INTERNED.get(s);
    if (known !== undefined)
        return known;
    const copy = own(s);
    if (INTERNED.size < MAX_INTERNED)
        INTERNED.set(copy, copy);
    return copy;
}
/**
 * 1-based line and column of offsets in one text, without counting lines from the start for every
 * place: detectors report places mostly in increasing order within a rule, so the search goes on
 * from the last place when it can.
 */
class LineFinder {
    text;
    offset = 0;
    line = 1;
    lastNewline = -1;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (offset < this.offset) {
            this.offset = 0;
            this.line = 1;
            this.lastNewline = -1;
        }
        for (let i = this.text.indexOf('\n', this.lastNewline + 1); i !== -1 && i < offset; i = this.text.indexOf('\n', i + 1)) {
            this.line++;
            this.lastNewline = i;
        }
        this.offset = offset;
        return { line: this.line, column: offset - this.lastNewline };
    }
}
/**
 * A file as the detectors see it, its views made on first use. A class, not an object literal with
 * getters: with a literal's getters, every file's text and views survived into the old generation
 * (10,000 realistic files on one thread, detectors that do nothing: 59 of 154 MB allocated were
 * promoted; 2 MB with this class). Each literal's getters are closures over the file's text, and
 * V8 keeps an object's own accessors in a record outside the young generation, so the text
 * outlived every scavenge; prototype getters are shared and hold nothing of a file.
 */
class ScannedFile {
    path;
    language;
    text;
    mayHold;
    isTest;
    views;
    lines;
    constructor(path, language, text, mayHold) {
        this.path = path;
        this.language = language;
        this.text = text;
        this.mayHold = mayHold;
        this.isTest = isTestPath(path);
    }
    get code() {
        return this.language ? (this.views ??= sourceViews(this.text, this.language)).code : this.text;
    }
    get bare() {
        return this.language ? (this.views ??= sourceViews(this.text, this.language)).bare : this.text;
    }
    at(offset, note) {
        // The line is quoted when a finding reports this place (engine.ts), not kept here.
        return { file: this.path, ...(this.lines ??= new LineFinder(this.text)).at(offset), quoteLine: true, ...(note ? { note: intern(note) } : {}) };
    }
}
/** `onFile`: called as each file is begun (a scan worker's sign of life). */
function scanSources(repo, detectors, files = repo.files, onFile) {
    const stats = { files: 0, sourceFiles: 0, bytes: 0 };
    for (const d of detectors)
        if (d.prefilter)
            LITERALS.add(...d.prefilter);
    for (const f of files) {
        onFile?.();
        const language = languageOf(f.path);
        const wanted = detectors.filter((d) => (language ? !d.languages || d.languages.includes(language) : d.files === 'all'));
        if (!wanted.length)
            continue;
        const text = repo.read(f.path, { cache: false });
        if (text === undefined)
            continue;
        stats.files++;
        if (language)
            stats.sourceFiles++;
        stats.bytes += text.length;
        // One scan of the text for every literal the detectors know; the exact case is checked only for those it may hold.
        const hits = LITERALS.scan(text);
        const active = wanted.filter((d) => !d.prefilter || d.prefilter.some((l) => hits.mayHold(l) && text.includes(l)));
        if (!active.length)
            continue;
        const file = new ScannedFile(f.path, language, text, hits.mayHold);
        for (const d of active)
            d.visit(file);
    }
    return stats;
}
function needleOfSource(src) {
    let best = '';
    let run = '';
    let literalAtom = false; // the last atom read was a character appended to `run`
    const endRun = () => {
        if (run.length > best.length)
            best = run;
        run = '';
    };
    for (let i = 0; i < src.length;) {
        const c = src[i];
        const quantifier = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i, i + 12));
        if (quantifier) {
            // A quantifier makes its atom optional (min 0) or repeatable: either way the run ends there.
            const min = c === '+' ? 1 : c === '{' ? Number(quantifier[1]) : 0;
            if (literalAtom && min === 0)
                run = run.slice(0, -1);
            endRun();
            literalAtom = false;
            i += quantifier[0].length;
            continue;
        }
        if (c === '|')
            return undefined; // only top-level bars are seen: groups are stepped over whole
        literalAtom = false;
        if (c === '(' || c === '[') {
            endRun();
            i = c === '(' ? groupEnd(src, i) : classEnd(src, i);
        }
        else if (c === '\\') {
            const e = src[i + 1] ?? '';
            if (/[A-Za-z0-9]/.test(e)) {
                // \b \s \w \d, back-references and \x41 \u0041 \u{41} \cA \p{L} \k<n>: not a plain character here.
                endRun();
                const long = /^\\(?:x[0-9A-Fa-f]{2}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/.exec(src.slice(i));
                i += long ? long[0].length : 2;
            }
            else {
                run += e;
                literalAtom = true;
                i += 2;
            }
        }
        else if (c === '.' || c === '^' || c === '$' || c === ' ' || c === '\t') {
            // A space ends a run too: a needle is looked for in views that blank characters to spaces.
            endRun();
            i++;
        }
        else {
            run += c;
            literalAtom = true;
            i++;
        }
    }
    endRun();
    return best.length >= 4 ? best : undefined;
}
/**
 * Literals one of which every match holds: the needle when the pattern has one; else, for an
 * alternation (at the top level, or in the first group every match passes through), the needle of
 * each branch, when every branch has one (a branch without one may have alternatives of its own).
 * Undefined for case-insensitive patterns and when some branch has none. On the real Python of
 * AWS Labs' servers, patterns without a needle were a quarter of the source pass: most are
 * alternations such as `\bNodeSDK\s*\(|@opentelemetry\/sdk-node`, and most files hold no branch's literal.
 */
function needlesOf(re) {
    if (re.flags.includes('i'))
        return undefined;
    return needlesOfSource(re.source);
}
function needlesOfSource(src) {
    const one = needleOfSource(src);
    if (one !== undefined)
        return [one];
    const branches = topLevelBranches(src);
    if (branches.length > 1) {
        const needles = [];
        for (const branch of branches) {
            const found = needlesOfSource(branch);
            if (!found)
                return undefined;
            needles.push(...found);
        }
        return [...new Set(needles)];
    }
    // One branch: the first group that every match passes through (not a look-around, not optional)
    // and whose own branches all have needles.
    for (const { at, end, group } of topLevel(src)) {
        if (!group || /^\(\?<?[=!]/.test(src.slice(at, at + 4)) || /^(?:[*?]|\{0[,}])/.test(src.slice(end, end + 3)))
            continue;
        const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(src.slice(at))[0];
        const inner = needlesOfSource(src.slice(at + open.length, end - 1));
        if (inner)
            return inner;
    }
    return undefined;
}
/** The branches of a pattern's top-level alternation (the pattern itself when it has none). */
function topLevelBranches(src) {
    const branches = [];
    let start = 0;
    for (const { at, group } of topLevel(src)) {
        if (group || src[at] !== '|')
            continue;
        branches.push(src.slice(start, at));
        start = at + 1;
    }
    branches.push(src.slice(start));
    return branches;
}
/** A pattern's top-level groups and plain characters in order, with where each ends; escapes and classes are stepped over. */
function* topLevel(src) {
    for (let i = 0; i < src.length;) {
        const c = src[i];
        const end = c === '\\' ? i + 2 : c === '[' ? classEnd(src, i) : c === '(' ? groupEnd(src, i) : i + 1;
        if (c !== '\\' && c !== '[')
            yield { at: i, end, group: c === '(' };
        i = end;
    }
}
/** The offset just past the group opening at `open` (nested groups, classes and escapes stepped over). */
function groupEnd(src, open) {
    let depth = 0;
    for (let i = open; i < src.length; i++) {
        const c = src[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = classEnd(src, i) - 1;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i + 1;
    }
    return src.length;
}
/** The offset just past the character class opening at `open` (in JavaScript the first unescaped `]` closes it, even in `[]` or `[^]`). */
function classEnd(src, open) {
    for (let i = open + 1; i < src.length; i++) {
        if (src[i] === '\\')
            i++;
        else if (src[i] === ']')
            return i + 1;
    }
    return src.length;
}
// Keyed by the detectors' own patterns (module constants, a bounded set), so tests can list them.
const NEEDLES = new Map();
const NONE = [];
/** The any-of lists already made known to the literal scan. */
const KNOWN_ANY_OF = new WeakSet();
/**
 * Every match of a global pattern in one of a file's views, skipped when the pattern's needle is
 * not in the view: the literal scan's bit, then a substring search, are far cheaper than a regular
 * expression failing over the whole file. `anyOf`: literals one of which every match holds, for a
 * pattern whose needle cannot be read from it (an alternation). The views only blank characters,
 * so a literal (which holds no space) in a view is in the text the literal scan saw. The pattern's
 * own `lastIndex` is used, not a clone per call as `matchAll` makes.
 */
function matchesOf(file, view, re, anyOf) {
    let needles = NEEDLES.get(re);
    if (needles === undefined) {
        NEEDLES.set(re, (needles = needlesOf(re) ?? null));
        if (needles !== null)
            LITERALS.add(...needles);
    }
    if (anyOf && !KNOWN_ANY_OF.has(anyOf)) {
        KNOWN_ANY_OF.add(anyOf);
        LITERALS.add(...anyOf);
    }
    if (needles !== null && !needles.some((n) => file.mayHold(n)))
        return NONE;
    if (anyOf && !anyOf.some((n) => file.mayHold(n)))
        return NONE;
    const text = file[view];
    if (needles !== null && !needles.some((n) => text.includes(n)))
        return NONE;
    if (anyOf && !anyOf.some((n) => text.includes(n)))
        return NONE;
    if (!re.global)
        throw new TypeError(`matchesOf needs a global pattern: /${re.source}/`);
    const found = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push(m);
        if (m[0] === '')
            re.lastIndex++;
    }
    return found.length ? found : NONE;
}
/** The finders whose needle has been made known to the literal scan. */
const KNOWN_FINDERS = new WeakSet();
/**
 * A pattern's matches in one of a file's views: by its finder when it has one, else by `matchesOf`.
 * A finder's needle is made known to the literal scan on first use, as `matchesOf` does with a
 * pattern's, so a file without it is skipped on a bit; it is looked for in the text as read: the
 * views only blank characters, and are not made for a file without it.
 */
function patternMatches(file, view, pattern) {
    if (!pattern.find)
        return matchesOf(file, view, pattern.re);
    if (!KNOWN_FINDERS.has(pattern)) {
        KNOWN_FINDERS.add(pattern);
        LITERALS.add(pattern.needle);
    }
    return file.mayHold(pattern.needle) && file.text.includes(pattern.needle) ? pattern.find(file[view]) : [];
}

// Matches of `HEAD[^X]{0,MAX}?TAIL` in linear time: a head, then the nearest
// tail within MAX characters that no X comes before. Several source patterns
// have that shape (FastMCP addTool, Go mcp.Tool, C# and Spring named tools, C#
// DataContent); a regular expression re-reads the gap from every head, so 1 MiB
// of heads with no tail took 0.3–0.8 s each. Here every place a tail matches,
// and every X, is listed once per text, and each head's tail is found by binary
// search. Hand-written: no regex engine in JavaScript runs these in linear time.
// The patterns stay as the rules' definitions; property tests hold the two together.
/** Every offset of `needle` in the text, in order. */
function offsetsOf(text, needle) {
    const offsets = [];
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
        offsets.push(i);
    return offsets;
}
/** Where the first of the sorted offsets at or after `from` is in the list (the list's length when none is). */
function indexFrom(sorted, from) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The first of the sorted offsets at or after `from`, or -1. */
function firstFrom(sorted, from) {
    const i = indexFrom(sorted, from);
    return i < sorted.length ? sorted[i] : -1;
}
/** The last of the sorted offsets at or before `to`, or -1. */
function lastUpTo(sorted, to) {
    const i = indexFrom(sorted, to + 1) - 1;
    return i >= 0 ? sorted[i] : -1;
}
/** The matches: where each starts, its text, and the tail's groups, numbered from 1. */
function boundedGapMatches(text, shape) {
    const found = [];
    const { head, stop, max, tail } = shape;
    head.lastIndex = 0;
    let h = head.exec(text);
    if (!h)
        return found;
    const stops = offsetsOf(text, stop);
    // Every place the tail matches (sticky: each place tried once, overlapping ones too).
    const tails = [];
    const tailAt = new Map();
    for (const at of offsetsOf(text, shape.tailStart)) {
        tail.lastIndex = at;
        const t = tail.exec(text);
        if (t) {
            tails.push(at);
            tailAt.set(at, t);
        }
    }
    while (h) {
        const gapStart = h.index + h[0].length;
        const blocked = firstFrom(stops, gapStart);
        // The gap ends at the first stop, or after `max` characters.
        const limit = Math.min(gapStart + max, blocked === -1 ? text.length : blocked);
        const at = shape.greedy ? lastUpTo(tails, limit) : firstFrom(tails, gapStart);
        let end = h.index + 1;
        if (at !== -1 && at >= gapStart && at <= limit) {
            const t = tailAt.get(at);
            const m = { index: h.index, 0: text.slice(h.index, at + t[0].length) };
            for (let g = 1; g < t.length; g++)
                m[g] = t[g];
            found.push(m);
            end = at + t[0].length;
        }
        head.lastIndex = end;
        h = head.exec(text);
    }
    return found;
}
/** A finder (scan.ts) of a bounded-gap pattern's matches, on texts that hold `needle`. */
const gapFinder = (shape, needle) => ({ find: (text) => boundedGapMatches(text, shape), needle });

const ABSENT = -1;
/** at.file, at.line, at.column, at.note, then a word of flags (at.quoteLine is bit 0). */
const AT_CELLS = 5;
class FactTable {
    spec;
    /**
     * Finished segments, in order. Tables from several chunks are put together by taking their
     * segments as they are: no string is copied or looked up again, nothing grows but this list.
     */
    segments = [];
    /** The segment `push` writes, with its string lookup; finished by pack, append and seal. */
    open;
    width;
    length = 0;
    constructor(spec) {
        this.spec = spec;
        this.width = spec.strings.length + AT_CELLS;
        if (spec.flags.length > 30)
            throw new Error('a fact table has at most 30 flags');
    }
    /** A table a worker posted (structured clone keeps the data, not the class). */
    static revive(packed) {
        const table = new FactTable(packed.spec);
        table.segments = packed.segments;
        table.length = packed.segments.reduce((n, s) => n + s.length, 0);
        return table;
    }
    /** Replaces each string the table keeps with what `f` makes of it (a shared copy). */
    mapStrings(f) {
        this.seal();
        for (const seg of this.segments)
            for (let i = 0; i < seg.strings.length; i++)
                seg.strings[i] = f(seg.strings[i]);
    }
    /** The table as plain data, its segments trimmed to their rows. */
    pack() {
        this.seal();
        return { segments: this.segments, spec: { strings: this.spec.strings, flags: this.spec.flags } };
    }
    push(row) {
        const seg = (this.open ??= { strings: [], codes: new Map(), cells: new Int32Array(64 * this.width), length: 0 });
        if ((seg.length + 1) * this.width > seg.cells.length) {
            const grown = new Int32Array(seg.cells.length * 2);
            grown.set(seg.cells);
            seg.cells = grown;
        }
        const base = seg.length * this.width;
        const c = seg.cells;
        const record = row;
        this.spec.strings.forEach((key, i) => (c[base + i] = this.code(seg, record[key])));
        const at = base + this.spec.strings.length;
        c[at] = this.code(seg, row.at.file);
        c[at + 1] = row.at.line;
        c[at + 2] = row.at.column;
        c[at + 3] = this.code(seg, row.at.note);
        let bits = row.at.quoteLine ? 1 : 0;
        this.spec.flags.forEach((key, i) => record[key] && (bits |= 1 << (i + 1)));
        c[at + 4] = bits;
        seg.length++;
        this.length++;
    }
    /** Appends every row of `other` (same spec), in order, taking its segments as they are. */
    append(other) {
        this.seal();
        other.seal();
        for (const s of other.segments)
            if (s.length)
                this.segments.push(s);
        this.length += other.length;
    }
    /** Finishes the open segment: drops its lookup and its spare capacity. */
    seal() {
        const seg = this.open;
        if (!seg)
            return;
        this.open = undefined;
        if (seg.length)
            this.segments.push({ strings: seg.strings, cells: seg.cells.slice(0, seg.length * this.width), length: seg.length });
    }
    *[Symbol.iterator]() {
        this.seal();
        for (const seg of this.segments)
            for (let i = 0; i < seg.length; i++)
                yield this.row(seg, i);
    }
    row(seg, i) {
        const row = {};
        const place = {};
        this.fill(row, place, seg, i, false);
        row.at = place;
        return row;
    }
    /** Writes row i's fields into `row` and its place into `place`; `clear`: absent ones become undefined (for an object reused row after row). */
    fill(row, place, seg, i, clear) {
        const base = i * this.width;
        const c = seg.cells;
        this.spec.strings.forEach((key, k) => {
            if (c[base + k] !== ABSENT)
                row[key] = seg.strings[c[base + k]];
            else if (clear)
                row[key] = undefined;
        });
        const at = base + this.spec.strings.length;
        const bits = c[at + 4];
        this.spec.flags.forEach((key, k) => (row[key] = (bits & (1 << (k + 1))) !== 0));
        place.file = seg.strings[c[at]];
        place.line = c[at + 1];
        place.column = c[at + 2];
        if (bits & 1)
            place.quoteLine = true;
        else if (clear)
            place.quoteLine = undefined;
        if (c[at + 3] !== ABSENT)
            place.note = seg.strings[c[at + 3]];
        else if (clear)
            place.note = undefined;
    }
    /**
     * Each row in turn as one object reused for every row (absent fields undefined), with `take` to
     * make the current row for keeping (the same object however often it is called for one row). A
     * walk over hundreds of thousands of rows that keeps a few then makes no object per row: those
     * made the main thread's young generation grow from 67 to 134 MB at 100,000 files under Node 24.
     * `visit` must not keep the object it is given.
     */
    walk(visit) {
        this.seal();
        const view = {};
        const place = {};
        view.at = place;
        let seg = this.segments[0];
        let i = 0;
        let taken;
        const take = () => (taken ??= this.row(seg, i));
        for (seg of this.segments) {
            for (i = 0; i < seg.length; i++) {
                taken = undefined;
                this.fill(view, place, seg, i, true);
                visit(view, take);
            }
        }
    }
    /** The rows that pass; `keep` sees a reused object and must not hold it. */
    filter(keep) {
        const out = [];
        this.walk((row, take) => keep(row) && out.push(take()));
        return out;
    }
    map(f) {
        const out = [];
        for (const row of this)
            out.push(f(row));
        return out;
    }
    /**
     * The rows that pass, at most `max` of them, and how many passed in all: for evidence lists,
     * which keep a few places and count the rest, without holding every row at once.
     */
    sample(keep, max) {
        const rows = [];
        let total = 0;
        this.walk((row, take) => {
            if (!keep(row))
                return;
            total++;
            if (rows.length < max)
                rows.push(take());
        });
        return { rows, total };
    }
    toArray() {
        return [...this];
    }
    /** The code of `s` in the open segment, adding it on first sight. */
    code(seg, s) {
        if (s === undefined)
            return ABSENT;
        let c = seg.codes.get(s);
        if (c === undefined) {
            c = seg.strings.length;
            // A copy: a slice of a file's text would keep the whole file alive.
            const kept = own(s);
            seg.strings.push(kept);
            seg.codes.set(kept, c);
        }
        return c;
    }
}

/** `jwt.decode(…` then, within its first 4,000 characters of arguments (the farthest, as `[^)]{0,4000}` takes), `tail`. */
const jwtDecodeThen = (tail, tailStart) => gapFinder({ head: /\bjwt\.decode\s*\(/g, stop: ')', max: 4000, tail, tailStart, greedy: true }, 'jwt.decode');
const OBO = [
    { re: /\bacquireTokenOnBehalfOf\s*\(/g, what: 'MSAL acquireTokenOnBehalfOf' },
    { re: /\bacquire_token_on_behalf_of\s*\(/g, what: 'MSAL acquire_token_on_behalf_of' },
    { re: /\bAcquireTokenOnBehalfOf\s*\(/g, what: 'MSAL AcquireTokenOnBehalfOf' },
    { re: /\bOnBehalfOfCredential\b/g, what: 'Azure Identity OnBehalfOfCredential' },
    { re: /\bGetAccessTokenForUserAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForUserAsync' },
    { re: /requested_token_use['"]?\s*[:=,]\s*['"]on_behalf_of['"]/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' },
    { re: /requested_token_use=on_behalf_of/g, what: 'jwt-bearer grant with requested_token_use=on_behalf_of', view: 'code' }
];
// The arguments before `algorithms=` (and `verify_signature` in DEV_VERIFIERS) are at most 4,000 characters:
// unbounded, each unclosed `jwt.decode(` was scanned to the end of the file (quadratic in the number of them).
const TOKEN_VALIDATION = [
    { re: /\brequireBearerAuth\s*\(/g, what: 'MCP SDK requireBearerAuth' },
    { re: /\bTokenVerifier\b/g, what: 'MCP SDK TokenVerifier', languages: ['python'] },
    { re: /\bAuthSettings\s*\(/g, what: 'MCP SDK AuthSettings', languages: ['python'] },
    { re: /\bJWTVerifier\s*\(/g, what: 'FastMCP JWTVerifier' },
    { re: /\bAzureProvider\s*\(/g, what: 'FastMCP AzureProvider' },
    { re: /\bAddJwtBearer\s*\(/g, what: 'ASP.NET AddJwtBearer' },
    { re: /\bAddMicrosoftIdentityWebApi\s*\(/g, what: 'Microsoft.Identity.Web AddMicrosoftIdentityWebApi' },
    { re: /\bauth\.RequireBearerToken\s*\(/g, what: 'Go SDK auth.RequireBearerToken' },
    { re: /\bjwtVerify\s*\(/g, what: 'jose jwtVerify' },
    { re: /\bjwt\.verify\s*\(/g, what: 'jsonwebtoken verify' },
    { re: /\bjwt\.decode\s*\([^)]{0,4000}\balgorithms\s*=/g, what: 'PyJWT decode with algorithms', ...jwtDecodeThen(/\balgorithms\s*=/y, 'algorithms') },
    { re: /\bJwtDecoders?\b|\boauth2ResourceServer\s*\(/g, what: 'Spring Security resource server', languages: ['java', 'kotlin'] }
];
const DEV_VERIFIERS = [
    { re: /\bStaticTokenVerifier\s*\(/g, what: 'FastMCP StaticTokenVerifier (development only)' },
    { re: /\bjwt\.decode\s*\([^)]{0,4000}verify_signature['"]?\s*:\s*False/g, what: 'PyJWT decode without signature verification', view: 'code', ...jwtDecodeThen(/verify_signature['"]?\s*:\s*False/y, 'verify_signature') },
    { re: /\bjwt\.decode\s*\(/g, what: 'jsonwebtoken decode (no verification)', languages: ['typescript', 'javascript'] }
];
/** The patterns a finder matches (for the tests that hold the two together). */
[...TOKEN_VALIDATION, ...DEV_VERIFIERS].filter((p) => p.find);
const APP_CREDENTIALS = [
    { re: /\bClientSecretCredential\b/g, what: 'Azure Identity ClientSecretCredential' },
    { re: /\bClientCertificateCredential\b/g, what: 'Azure Identity ClientCertificateCredential' },
    { re: /\bacquire_token_for_client\s*\(/g, what: 'MSAL acquire_token_for_client (app-only)' },
    { re: /\bacquireTokenByClientCredential\s*\(/g, what: 'MSAL acquireTokenByClientCredential (app-only)' },
    { re: /\bAcquireTokenForClient\s*\(/g, what: 'MSAL AcquireTokenForClient (app-only)' },
    { re: /\bGetAccessTokenForAppAsync\s*\(/g, what: 'Microsoft.Identity.Web GetAccessTokenForAppAsync (app-only)' },
    { re: /grant_type['"]?\s*[:=,]\s*['"]client_credentials['"]|grant_type=client_credentials/g, what: 'client_credentials grant', view: 'code' },
    { re: /['"]x-api-key['"]/gi, what: 'x-api-key header', view: 'code' },
    { re: /\b(?:process\.env|os\.environ|os\.getenv|Environment\.GetEnvironmentVariable|os\.Getenv|System\.getenv)\s*[\[(.]\s*['"]?([A-Z0-9_]*(?:API_?KEY|CLIENT_SECRET)[A-Z0-9_]*)/g, what: 'API key or client secret from the environment', view: 'code' }
];
const AUDIT_FIELDS = { who: /\b(user|enduser|upn|sub|oid|principal|caller)\b/i, tool: /\btool\b/i, outcome: /\b(outcome|status|result|success)\b/i};
const TRACING = [
    { re: /\bNodeSDK\s*\(|@opentelemetry\/sdk-node|\bNodeTracerProvider\s*\(/g, what: 'OpenTelemetry Node SDK', view: 'code' },
    { re: /\blogfire\.configure\s*\(/g, what: 'logfire.configure' },
    { re: /\blogfire\.instrument_mcp\s*\(/g, what: 'logfire.instrument_mcp' },
    { re: /\bTracerProvider\s*\(/g, what: 'OpenTelemetry TracerProvider', languages: ['python'] },
    { re: /\bAddOpenTelemetry\s*\(/g, what: '.NET AddOpenTelemetry' },
    { re: /\bsdktrace\.NewTracerProvider\s*\(|\botel\.SetTracerProvider\s*\(/g, what: 'Go OpenTelemetry SDK' },
    { re: /\bOpenTelemetrySdk\s*\.\s*builder\s*\(|\bSdkTracerProvider\s*\.\s*builder\s*\(/g, what: 'Java OpenTelemetry SDK' }
];
const SPAN_USER = /(['"])(enduser\.id|user\.id|user\.name|enduser\.name|mcp\.user)\1/g;
const SPAN_TOOL = /(['"])(mcp\.tool\.name|gen_ai\.tool\.name|tool\.name|mcp\.tool)\1/g;
const URL_LITERAL = /['"`](https?:\/\/[^'"`\s$]+)/g;
const BEARER = /['"`]Bearer\s*(?:\$\{\s*\w+|['"`]\s*\+\s*\w+|\{\s*\w+)|f['"]Bearer\s*\{\w+/g;
function collect(file, patterns, into) {
    for (const p of patterns) {
        if (p.languages && !p.languages.includes(file.language))
            continue;
        for (const m of patternMatches(file, p.view ?? 'bare', p)) {
            if (p.view === 'code' && file.bare[m.index] !== file.code[m.index] && !/^['"`]/.test(m[0])) {
                // the match starts inside a string literal that is not itself the quoted token: prose, skip
                if (!/requested_token_use|grant_type|x-api-key/i.test(m[0]))
                    continue;
            }
            const what = m[1] && p.what.includes('environment') ? own(`${p.what} (${m[1]})`) : p.what;
            into.push({ what, at: file.at(m.index, what), isTest: file.isTest });
        }
    }
}
/** Statements that log all of who, which tool, outcome and trace id within a few lines. */
function collectAuditLogs(file, into) {
    const code = file.code;
    for (const m of code.matchAll(/trace_?id|traceId/gi)) {
        const start = Math.max(0, code.lastIndexOf('\n', Math.max(0, m.index - 300)));
        const window = code.slice(start, m.index + 300);
        const logCall = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300)) ?? /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(window);
        if (!logCall)
            continue;
        if (AUDIT_FIELDS.who.test(window) && AUDIT_FIELDS.tool.test(window) && AUDIT_FIELDS.outcome.test(window)) {
            // Evidence at the logging call itself (after the trace id when it follows, else in the window before).
            const after = /\b(log|logger|logging|console|print|audit|emit|info|warn)\b/i.exec(code.slice(m.index, m.index + 300));
            const offset = after ? m.index + after.index : start + logCall.index;
            into.push({ what: 'application audit log (who, tool, outcome, trace id)', at: file.at(offset, 'audit log entry'), isTest: file.isTest });
            return;
        }
    }
}
const PREFILTER$1 = ['OnBehalfOf', 'on_behalf_of', 'Bearer', 'Verifier', 'verify', 'Jwt', 'jwt', 'AuthSettings', 'AzureProvider', 'Credential', 'credential', 'client_credentials', 'api-key', 'API_KEY', 'APIKEY', 'CLIENT_SECRET', 'ForClient', 'ForApp', 'trace', 'Trace', 'logfire', 'OpenTelemetry', 'opentelemetry', 'NodeSDK', 'setAttribute', 'set_attribute', 'SetTag', 'http://', 'https://'];
function createAuthDetector() {
    const result = { obo: [], tokenValidation: [], devVerifiers: [], appCredentials: [], bearerForwarding: new FactTable({ strings: ['what'], flags: ['isTest'] }), auditLogs: [], tracingSetup: [], spanUser: [], spanTool: [], urls: new FactTable({ strings: ['url'], flags: [] }) };
    const detector = {
        prefilter: PREFILTER$1,
        visit(file) {
            if (!isCode(file))
                return;
            collect(file, OBO, result.obo);
            collect(file, TOKEN_VALIDATION, result.tokenValidation);
            collect(file, DEV_VERIFIERS, result.devVerifiers);
            collect(file, APP_CREDENTIALS, result.appCredentials);
            collect(file, TRACING, result.tracingSetup);
            collectAuditLogs(file, result.auditLogs);
            for (const m of matchesOf(file, 'code', SPAN_USER))
                result.spanUser.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of matchesOf(file, 'code', SPAN_TOOL))
                result.spanTool.push({ what: own(m[2]), at: file.at(m.index, `span attribute ${m[2]}`), isTest: file.isTest });
            for (const m of matchesOf(file, 'code', BEARER))
                result.bearerForwarding.push({ what: 'bearer token from a per-request variable', at: file.at(m.index, 'Authorization: Bearer …'), isTest: file.isTest });
            if (!file.isTest)
                for (const m of matchesOf(file, 'code', URL_LITERAL))
                    result.urls.push({ url: m[1], at: file.at(m.index + 1) });
        }
    };
    return { detector, result };
}

const inString$1 = (f, i) => f.bare[i] !== f.code[i];
const JS_FROM = /\bimport(?=\s)([^'";]{0,400}?)\bfrom\s*(['"])([^'"\n]{1,200})\2/g;
const JS_BARE = /\bimport\s*(['"])([^'"\n]{1,200})\1/g;
const JS_CALL = /\b(?:require|import)\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)/g;
const JS_CALL_BINDING = /(?:const|let|var)\s+([\w$]+|\{[^}]{0,400}\})\s*=\s*(?:await\s+)?(?:\(\s*)?$/;
const PY_FROM = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]{0,2000}\)|[^\n]{0,2000})/gm;
const PY_IMPORT = /^[ \t]*import[ \t]+([^\n]{1,2000})/gm;
const GO_SINGLE = /^[ \t]*import[ \t]+(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const GO_BLOCK = /^[ \t]*import[ \t]*\(/gm;
const GO_SPEC = /^[ \t]*(?:([\w.]+)[ \t]+)?"([^"\n]+)"/gm;
const CS_USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+(?:static[ \t]+)?(?:(\w+)[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm;
const JAVA_IMPORT = /^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.]+?)(\.\*)?(?:[ \t]+as[ \t]+(\w+))?[ \t]*(?:;|$)/gm;
const TYPE_DECLARATION = /\b(?:class|interface|record|object|enum)\s+([A-Z]\w*)/g;
/** Local names of a JS import clause: `X`, `* as X`, `{ a, b as c }`, `type { T }`. */
function jsNames(clause) {
    const names = [];
    // Clauses are at most 400 characters (JS_FROM, JS_CALL_BINDING), which bounds the patterns below.
    const c = clause.slice(0, 400).replace(/\btype\s+/g, '');
    const braces = /\{([^}]*)\}/.exec(c);
    if (braces)
        for (const part of braces[1].split(',')) {
            const m = /([\w$]+)\s*$/.exec(part.trim());
            if (m)
                names.push(m[1]);
        }
    const rest = braces ? c.replace(braces[0], '') : c;
    const star = /\*\s*as\s+([\w$]+)/.exec(rest);
    if (star)
        names.push(star[1]);
    const def = /^\s*([\w$]+)/.exec(rest);
    if (def && def[1] !== 'as')
        names.push(def[1]);
    return names;
}
/** `a, b as c` and `(a,\n b)`: the names bound, and the members imported. */
function pythonNames(list) {
    const names = [];
    const members = [];
    for (const part of list.replace(/[()]/g, '').split(',')) {
        const m = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part);
        if (!m)
            continue;
        members.push(m[1]);
        names.push(m[2] ?? m[1].split('.')[0]);
    }
    return { names, members };
}
/** The names a Go import path is used by: its package name as commonly derived (`go-redis/v9` → redis, `msgraph-sdk-go` → msgraphsdk, msgraph). */
function goNames(path) {
    const segs = path.split('/');
    let last = segs[segs.length - 1];
    if (/^v\d+$/.test(last) && segs.length > 1)
        last = segs[segs.length - 2];
    const base = last.replace(/^go-|-go$/g, '').replace(/\.v\d+$/, '');
    return [...new Set([base.replace(/[^\w]/g, ''), base.replace(/-sdk$/, '').replace(/[^\w]/g, ''), base.split(/[-.]/)[0]])];
}
/** Every import of a file (views: `code` keeps strings, `bare` blanks them and comments). */
function importsOf(file) {
    const out = [];
    const { code, bare } = file;
    switch (file.language) {
        case 'typescript':
        case 'javascript':
            if (!code.includes('import') && !code.includes('require'))
                return out;
            for (const m of code.matchAll(JS_FROM))
                if (!inString$1(file, m.index))
                    out.push({ module: m[3], names: jsNames(m[1]), members: [], offset: m.index });
            for (const m of code.matchAll(JS_BARE))
                if (!inString$1(file, m.index))
                    out.push({ module: m[2], names: [], members: [], offset: m.index });
            for (const m of code.matchAll(JS_CALL)) {
                if (inString$1(file, m.index))
                    continue;
                // At most 200 characters before the call on its line: the binding pattern is read from its end.
                const lineStart = Math.max(code.lastIndexOf('\n', m.index) + 1, m.index - 200);
                const binding = JS_CALL_BINDING.exec(code.slice(lineStart, m.index));
                const names = binding ? (binding[1].startsWith('{') ? jsNames(binding[1]) : [binding[1]]) : [];
                out.push({ module: m[2], names, members: [], offset: m.index });
            }
            break;
        case 'python':
            if (!bare.includes('import'))
                return out;
            for (const m of bare.matchAll(PY_FROM)) {
                const { names, members } = pythonNames(m[2].replace(/#.*/, ''));
                out.push({ module: m[1], names, members, offset: m.index + m[0].length - m[0].trimStart().length });
            }
            for (const m of bare.matchAll(PY_IMPORT)) {
                for (const part of m[1].replace(/#.*/, '').split(',')) {
                    const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part);
                    if (p)
                        out.push({ module: p[1], names: [p[2] ?? p[1].split('.')[0]], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
                }
            }
            break;
        case 'go':
            if (!code.includes('import'))
                return out;
            for (const m of code.matchAll(GO_SINGLE))
                if (!inString$1(file, m.index))
                    out.push({ module: m[2], names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]), members: [], offset: m.index });
            for (const block of code.matchAll(GO_BLOCK)) {
                if (inString$1(file, block.index))
                    continue;
                // The block's end found by search, not by a pattern: `[^)]{0,20000}\)` re-read the bound from every `import (`.
                const start = block.index + block[0].length;
                const end = code.indexOf(')', start);
                if (end < 0 || end - start > 20_000)
                    continue;
                for (const m of code.slice(start, end).matchAll(GO_SPEC))
                    out.push({ module: m[2], names: m[1] && m[1] !== '_' && m[1] !== '.' ? [m[1]] : goNames(m[2]), members: [], offset: start + m.index });
            }
            break;
        case 'csharp':
            if (!bare.includes('using'))
                return out;
            for (const m of bare.matchAll(CS_USING))
                out.push({ module: m[2], names: m[1] ? [m[1]] : [], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
            break;
        case 'java':
        case 'kotlin':
            if (!bare.includes('import'))
                return out;
            for (const m of bare.matchAll(JAVA_IMPORT)) {
                const cls = m[2] ? undefined : m[1].slice(m[1].lastIndexOf('.') + 1);
                out.push({ module: m[1], names: m[3] ? [m[3]] : cls ? [cls] : [], members: [], offset: m.index + m[0].length - m[0].trimStart().length });
            }
            break;
    }
    return out;
}
/** The catalogue entry an import line names: the module, or a member of it (`from google import genai` → google.genai). */
function entryOfImport(catalogue, language, imp) {
    for (const member of imp.members) {
        const hit = catalogue.lookup(language, `${imp.module}.${member}`);
        if (hit)
            return hit;
    }
    return catalogue.lookup(language, imp.module);
}
/** The types a C#, Java or Kotlin file declares. */
function declaredTypesOf(file) {
    return [...new Set([...file.bare.matchAll(TYPE_DECLARATION)].map((m) => m[1]))];
}
/** The source pass's part: catalogue imports of every file, and the types C#, Java and Kotlin files declare. */
function createImportsDetector(into) {
    const catalogue = catalogueWith();
    return {
        prefilter: ['import', 'require', 'using'],
        visit(file) {
            if (!isCode(file))
                return;
            for (const imp of importsOf(file)) {
                const entry = entryOfImport(catalogue, file.language, imp);
                if (entry)
                    into.imports.push({ entry: entry.id, module: own(imp.module), at: file.at(imp.offset, `imports ${entry.package}`), isTest: file.isTest });
            }
            if (file.language === 'csharp' || file.language === 'java' || file.language === 'kotlin') {
                for (const name of declaredTypesOf(file))
                    into.declaredTypes.push({ name: own(name), file: file.path });
            }
        }
    };
}

// Secret rules as data. The patterns follow gitleaks' default configuration
// (MIT licence): each rule has keywords (a cheap, case-insensitive prefilter,
// as gitleaks does) and a regular expression whose group `secret` (or the
// whole match) is the credential. A subset of the kinds that matter for an
// MCP server: cloud keys, source-forge and chat tokens, private keys, JWTs,
// connection strings and generic assignments of secret-named settings.
const rule = (id, description, keywords, regex, matches) => ({ id, description, keywords, regex, ...(matches ? { matches } : {}) });
// The generic assignment rule's pattern starts with `\b[\w.-]*` before its keyword, so the engine
// tries it at every word boundary and walks each identifier back and forth: on one large real
// repository it took more time than all the other secret rules together. The same matches come
// from each keyword: the identifier around it (a run of [\w.-]) starts the match at its first
// word character, and the rest of the pattern, tried just after the run, decides.
const ASSIGNMENT_KEYWORD = /secret|password|passwd|token|api[_-]?key|client[_-]?secret/gi;
const ASSIGNMENT_REST = /["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/iy;
const isIdentifierChar = (c) => isWordChar(c) || c === 46 || c === 45; // [\w.-]
function genericAssignments(text) {
    const found = [];
    ASSIGNMENT_KEYWORD.lastIndex = 0;
    for (let k = ASSIGNMENT_KEYWORD.exec(text); k; k = ASSIGNMENT_KEYWORD.exec(text)) {
        let start = k.index;
        while (start > 0 && isIdentifierChar(text.charCodeAt(start - 1)))
            start--;
        let end = k.index + k[0].length;
        while (end < text.length && isIdentifierChar(text.charCodeAt(end)))
            end++;
        // The first word boundary of the run: its first word character (a '.' or '-' before it is not one).
        while (!isWordChar(text.charCodeAt(start)))
            start++;
        ASSIGNMENT_REST.lastIndex = end;
        const rest = ASSIGNMENT_REST.exec(text);
        // No other keyword of this run can match either; after a match, the search goes on past it, as matchAll does.
        ASSIGNMENT_KEYWORD.lastIndex = rest ? ASSIGNMENT_REST.lastIndex : end;
        if (rest)
            found.push({ index: start, 0: text.slice(start, ASSIGNMENT_REST.lastIndex), groups: rest.groups });
    }
    return found;
}
// The private-key pattern's lazy body runs to the end of the text from every header that has no
// footer after it: with many headers and no footer that is quadratic. The pattern is run only on
// the text up to the last footer (and the most a footer can span), so every header's search ends at a footer.
const PRIVATE_KEY = /(?<secret>-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]{64,}?-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)/g;
const PRIVATE_KEY_END = /-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/y;
/** The longest footer: '-----END', 100 characters, 'PRIVATE KEY', ' BLOCK', '-----'. */
const PRIVATE_KEY_END_MAX = 8 + 100 + 11 + 6 + 5;
function privateKeys(text) {
    let last = text.lastIndexOf('-----END');
    while (last >= 0) {
        PRIVATE_KEY_END.lastIndex = last;
        if (PRIVATE_KEY_END.test(text))
            break;
        last = last > 0 ? text.lastIndexOf('-----END', last - 1) : -1;
    }
    // Every match ends in a footer that starts at `last` at the latest, and the pattern looks at nothing past it.
    return last < 0 ? [] : text.slice(0, last + PRIVATE_KEY_END_MAX).matchAll(PRIVATE_KEY);
}
// The connection-string pattern, tried at each scheme, scans the password (a run that may hold
// further schemes) to its end before it fails for want of an '@': quadratic. A regex cannot share
// that scan between starts, so the pieces are matched here in turn, and the password's end is
// found once for every scheme inside the same run.
const CONNECTION_SCHEME = /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\//gi;
const CONNECTION_USER = /[^\s:/@'"]+:/y;
const CONNECTION_PASSWORD_END = /[\s@'"$]/g;
const CONNECTION_HOST = /[^\s'"]+/y;
function connectionStrings(text) {
    const found = [];
    // The last run searched for the password's end: no end character between runFrom and runEnd.
    let runFrom = 0;
    let runEnd = -1;
    CONNECTION_SCHEME.lastIndex = 0;
    for (let s = CONNECTION_SCHEME.exec(text); s; s = CONNECTION_SCHEME.exec(text)) {
        // After a failure the search goes on at the next character; after a match, past it, as matchAll does.
        let next = s.index + 1;
        CONNECTION_USER.lastIndex = CONNECTION_SCHEME.lastIndex;
        // The user and the password each stop at the first character outside their class, so the
        // pattern's backtracking can find no other split: the longest runs decide.
        if (CONNECTION_USER.test(text)) {
            const from = CONNECTION_USER.lastIndex;
            if (from < runFrom || from > runEnd) {
                CONNECTION_PASSWORD_END.lastIndex = runFrom = from;
                runEnd = CONNECTION_PASSWORD_END.exec(text)?.index ?? text.length;
            }
            CONNECTION_HOST.lastIndex = runEnd + 1;
            if (runEnd - from >= 3 && text[runEnd] === '@' && CONNECTION_HOST.test(text)) {
                next = CONNECTION_HOST.lastIndex;
                found.push({ index: s.index, 0: text.slice(s.index, next), groups: { secret: text.slice(from, runEnd) } });
            }
        }
        CONNECTION_SCHEME.lastIndex = next;
    }
    return found;
}
const SECRET_RULES = [
    rule('aws-access-token', 'AWS access key id', ['akia', 'asia', 'abia', 'acca', 'a3t'], /\b(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/g),
    // Every spelling the pattern takes holds 'accesskey' or 'access_key' in some case; 'aws_secret' and
    // 'secretaccesskey' missed AWSSECRET_ACCESSKEY and awssecretaccess_key (a property test found it).
    rule('aws-secret-access-key', 'AWS secret access key', ['accesskey', 'access_key'], /(?:aws_?secret_?access_?key|SecretAccessKey)["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+=]{40})\b/gi),
    rule('github-pat', 'GitHub personal access token', ['ghp_'], /\b(?<secret>ghp_[0-9a-zA-Z]{36})\b/g),
    rule('github-fine-grained-pat', 'GitHub fine-grained token', ['github_pat_'], /\b(?<secret>github_pat_[0-9a-zA-Z_]{82})\b/g),
    rule('github-oauth', 'GitHub OAuth token', ['gho_'], /\b(?<secret>gho_[0-9a-zA-Z]{36})\b/g),
    rule('github-app-token', 'GitHub app token', ['ghu_', 'ghs_'], /\b(?<secret>(?:ghu|ghs)_[0-9a-zA-Z]{36})\b/g),
    rule('github-refresh-token', 'GitHub refresh token', ['ghr_'], /\b(?<secret>ghr_[0-9a-zA-Z]{36})\b/g),
    rule('gitlab-pat', 'GitLab personal access token', ['glpat-'], /\b(?<secret>glpat-[0-9a-zA-Z_-]{20})\b/g),
    rule('slack-token', 'Slack token', ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs', 'xoxe'], /\b(?<secret>xox[bpaers]-[0-9A-Za-z-]{10,})\b/g),
    rule('slack-webhook', 'Slack webhook URL', ['hooks.slack.com'], /(?<secret>https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{43,})/g),
    rule('private-key', 'Private key', ['-----begin'], PRIVATE_KEY, privateKeys),
    // A JWT's header is JSON, so it starts eyJ: the pattern says so, as its keyword always did.
    rule('jwt', 'JSON Web Token', ['eyj'], /\b(?<secret>eyJ[a-zA-Z0-9]{16,}\.ey[a-zA-Z0-9/\\_-]{17,}\.(?:[a-zA-Z0-9/\\_-]{10,}={0,2})?)/g),
    rule('azure-storage-connection', 'Azure storage account key', ['accountkey='], /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/g),
    rule('azure-ad-client-secret', 'Azure AD client secret', ['q~'], /(?:^|[\\'"\x60\s>=:(,)])(?<secret>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"\x60\s<),])/g),
    rule('gcp-api-key', 'Google API key', ['aiza'], /\b(?<secret>AIza[\w-]{35})\b/g),
    rule('stripe-access-token', 'Stripe key', ['sk_live', 'rk_live', 'sk_test', 'rk_test', 'sk_prod', 'rk_prod'], /\b(?<secret>(?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99})\b/g),
    rule('sendgrid-api-token', 'SendGrid API key', ['sg.'], /\b(?<secret>SG\.[a-zA-Z0-9=_-]{22}\.[a-zA-Z0-9=_-]{43})\b/g),
    rule('openai-api-key', 'OpenAI API key', ['sk-'], /\b(?<secret>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20})\b/g),
    rule('anthropic-api-key', 'Anthropic API key', ['sk-ant-'], /\b(?<secret>sk-ant-(?:api03|admin01)-[a-zA-Z0-9_-]{80,})\b/g),
    rule('npm-access-token', 'npm access token', ['npm_'], /\b(?<secret>npm_[a-z0-9]{36})\b/gi),
    // The schemes, not '://': nearly every file holds a URL, and the scheme pattern then ran over it whole.
    rule('connection-string-password', 'Connection string with a password', ['postgres', 'mysql', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver'], /\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver):\/\/[^\s:/@'"]+:(?<secret>[^\s@'"$]{3,})@[^\s'"]+/gi, connectionStrings),
    rule('ado-connection-password', 'Connection string Password=', ['password=', 'pwd='], /\b(?:Password|Pwd)=(?<secret>[^;'"\s]{6,})/gi),
    rule('generic-secret-assignment', 'Secret-named setting with a literal value', ['secret', 'password', 'passwd', 'token', 'api_key', 'apikey', 'api-key', 'client_secret'], /\b[\w.-]*(?:secret|password|passwd|token|api[_-]?key|client[_-]?secret)[\w.-]*["']?\s*(?::|=|:=|=>)\s*["'](?<secret>[A-Za-z0-9+/=_.~!@#$%^&*-]{12,})["']/gi, genericAssignments)
];
// Every rule's keywords go to the source pass's literal scan, which tells for each file which of
// them it holds (in any case) in the same scan as the detectors' literals, as gitleaks' keyword
// prefilter does with Aho-Corasick. A text outside the pass is scanned for the keywords alone.
const KEYWORDS = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))];
LITERALS.add(...KEYWORDS);
const KEYWORDS_ALONE = new LiteralIndex();
KEYWORDS_ALONE.add(...KEYWORDS);
/** The rules one of whose keywords the text holds (any case). */
const rulesWithKeywords = (hits) => SECRET_RULES.filter((r) => r.keywords.some((k) => hits.mayHold(k)));
/**
 * Values that are placeholders, not credentials (gitleaks keeps a similar allowlist). A value can be
 * a whole line ('Password=…', a .env value): `<…>` is looked for from the first '<' alone, as an
 * unanchored `<[^>]*>` scans to the end from every '<' when no '>' follows (quadratic).
 */
const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|0+)$|example|changeme|change_me|placeholder|dummy|sample|your[_-]|redacted|\$\{|\{\{|^[^<]*<[^>]*>|^test|fake|notasecret|not-a-secret|xxxx/i;
function isPlaceholder(value) {
    return PLACEHOLDER.test(value);
}
/**
 * Every credential the rules find in a text, placeholders left out. `hits`: the source pass's
 * literal scan of this text, when it made one.
 */
function matchSecrets(text, hits = KEYWORDS_ALONE.scan(text)) {
    const out = [];
    for (const rule of rulesWithKeywords(hits)) {
        for (const m of rule.matches ? rule.matches(text) : text.matchAll(rule.regex)) {
            const secret = m.groups?.secret ?? m[0];
            if (!isPlaceholder(secret))
                out.push({ rule, secret, index: m.index + Math.max(0, m[0].indexOf(secret)) });
        }
    }
    return out;
}
/** The first 4 characters, then how long it was: enough to find it, never enough to use it. */
function maskSecret(value) {
    return `${value.slice(0, 4)}…[${value.length} chars redacted]`;
}

/** Positions without the line text: the snippet could hold the secret. */
function place(file, offset, note) {
    const { quoteLine: _never, ...at } = file.at(offset, note);
    return at;
}
const ENV_FILE = /(^|\/)\.env(\.[\w-]+)?$/;
const ENV_TEMPLATE = /\.(example|sample|template|dist|defaults?)$/;
/**
 * `NAME=value` lines of a .env file. The leading \s* crosses line ends, so from every line start in
 * a run of blank lines it would scan to the run's end (quadratic): a line start that only blank
 * space separates from an earlier one is skipped, as the earlier one reached the same text and failed.
 */
const DOTENV_ASSIGNMENT = /^(?<!^\s+?)\s*(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*["']?([^"'\s#]+)/gm;
const ENV_SECRET_NAME = /(SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_KEY|CONNECTION_STRING|CLIENT_KEY)/i;
/** Domains reserved for documentation and tests (RFC 2606, RFC 6761). */
const RESERVED_MAIL = /@([\w-]+\.)*(example\.(com|org|net)|test|example|invalid|localhost)$/i;
/** The domain of an e-mail address, from just after its '@'. */
const EMAIL_DOMAIN = /[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/y;
const isLocalChar = (c) => isWordChar(c) || c === 46 || c === 37 || c === 43 || c === 45; // [A-Za-z0-9._%+-]
/**
 * The matches of /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, found from each '@'. That
 * pattern, tried at every word boundary of a long run without a good '@' after it, scans the run
 * to its end each time (quadratic), and a regex cannot share the scan between starts. Every start
 * in the run before an '@' reaches that '@' and the same domain, so the first boundary decides.
 */
function emailAddresses(text) {
    const found = [];
    let from = 0; // where the search goes on: after the last match
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > from && isLocalChar(text.charCodeAt(start - 1)))
            start--;
        while (start < at && isWordChar(text.charCodeAt(start - 1)) === isWordChar(text.charCodeAt(start)))
            start++;
        if (start === at)
            continue;
        EMAIL_DOMAIN.lastIndex = at + 1;
        if (!EMAIL_DOMAIN.test(text))
            continue;
        from = EMAIL_DOMAIN.lastIndex;
        found.push({ index: start, 0: text.slice(start, from) });
    }
    return found;
}
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Part of every GUID, starting with a literal the engine can skip to: tried first, as most files hold none. */
const GUID_MIDDLE = /-[0-9a-f]{4}-[0-9a-f]{4}-/i;
const TENANT_CONTEXT = /tenant|\btid\b|directory/i;
const SSN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
const PHONE = /(?<![\w+])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{2,4}[ -]?\d{2,5}\b/g;
function placeholderGuid(g) {
    const hex = g.replace(/-/g, '').toLowerCase();
    return /^(.)\1*$/.test(hex) || /^(0123456789abcdef|123456781234)/.test(hex) || hex === '12345678123412341234123456789012';
}
const mask = (s) => own(`${s.slice(0, 4)}…`);
function createSecretsDetector() {
    const result = { secrets: [], testData: [] };
    const detector = {
        files: 'all',
        visit(file) {
            for (const { rule, secret, index } of matchSecrets(file.text, file)) {
                if (result.secrets.some((s) => s.at.file === file.path && s.at.line === file.at(index).line))
                    continue;
                result.secrets.push({ rule: rule.id, description: rule.description, masked: own(maskSecret(secret)), at: place(file, index, rule.description), isTest: file.isTest });
            }
            if (ENV_FILE.test(file.path) && !ENV_TEMPLATE.test(file.path)) {
                for (const m of file.text.matchAll(DOTENV_ASSIGNMENT)) {
                    const [, name, value] = m;
                    if (!ENV_SECRET_NAME.test(name) || isPlaceholder(value) || value.length < 6)
                        continue;
                    const offset = m.index + m[0].lastIndexOf(value);
                    if (result.secrets.some((s) => s.at.file === file.path && s.at.line === file.at(offset).line))
                        continue;
                    result.secrets.push({ rule: 'dotenv-secret', description: own(`.env value for ${name}`), masked: own(maskSecret(value)), at: place(file, offset, `.env value for ${name}`), isTest: file.isTest });
                }
            }
            if (!file.isTest)
                return;
            for (const m of emailAddresses(file.text)) {
                if (RESERVED_MAIL.test(m[0]) || /\.(png|jpe?g|gif|svg|webp)$/i.test(m[0]) || /^[\w.-]+@\d+\.\d+/.test(m[0]))
                    continue;
                result.testData.push({ kind: 'e-mail address', masked: mask(m[0]), at: place(file, m.index, 'e-mail address outside the reserved test domains') });
            }
            for (const m of GUID_MIDDLE.test(file.text) ? file.text.matchAll(GUID) : []) {
                const before = file.text.slice(Math.max(0, m.index - 60), m.index);
                if (!TENANT_CONTEXT.test(before.split('\n').pop() ?? '') || placeholderGuid(m[0]))
                    continue;
                result.testData.push({ kind: 'tenant id', masked: mask(m[0]), at: place(file, m.index, 'tenant/directory id that is not a placeholder') });
            }
            for (const m of file.text.matchAll(SSN))
                result.testData.push({ kind: 'national id number', masked: mask(m[0]), at: place(file, m.index, 'national id number pattern') });
            for (const m of file.text.matchAll(PHONE)) {
                if (m[0].replace(/\D/g, '').length < 8)
                    continue;
                result.testData.push({ kind: 'phone number', masked: mask(m[0]), at: place(file, m.index, 'phone number') });
            }
        }
    };
    return { detector, result };
}

// Spring AI's `@Tool` without a `name`: the tool takes its method's name. The
// rule's pattern in TOOL_DERIVED_RULES is the definition; this finds the same
// matches, at the same places, in linear time (a property test holds the two
// together). Hand-written because the pattern's bounded gaps are re-read from
// every `@Tool`: it looks up to 4,000 characters ahead for `name =` and for the
// `)` closing each annotation's arguments, and 1 MiB of `@Tool(@(@` took 1.5 s.
// Here those two are looked up in lists made once per text.
/** The most characters the pattern lets an annotation's arguments hold before `name =` or `)`. */
const MAX_ARGUMENTS = 4000;
const MAX_ANNOTATIONS = 10;
const MAX_MODIFIERS = 10;
const MAX_TYPE_WORDS = 6;
const MAX_TYPE_WORD = 400;
const MODIFIERS = ['public', 'private', 'protected', 'static', 'final'];
/** `[\w<>\[\],.?]`: a character of a return type's word. */
const isTypeChar = (c) => isWordChar(c) || c === 60 || c === 62 || c === 91 || c === 93 || c === 44 || c === 46 || c === 63;
const NAME_ASSIGNED = /\bname\s*=/g;
function springToolsNamedAfterMethod(text) {
    const found = [];
    let at = text.indexOf('@Tool');
    if (at === -1)
        return found;
    const n = text.length;
    const closes = offsetsOf(text, ')');
    const names = [];
    NAME_ASSIGNED.lastIndex = 0;
    for (let m = NAME_ASSIGNED.exec(text); m; m = NAME_ASSIGNED.exec(text))
        names.push(m.index);
    const skipSpaces = (i) => {
        while (i < n && isSpaceChar(text.charCodeAt(i)))
            i++;
        return i;
    };
    /** Past `(…)` opening at `open`: its `)` within MAX_ARGUMENTS characters, else -1. */
    const pastArguments = (open) => {
        const close = firstFrom(closes, open + 1);
        return close === -1 || close - (open + 1) > MAX_ARGUMENTS ? -1 : close + 1;
    };
    /** The match starting at `start` (just before `@Tool`), or undefined. */
    const matchAt = (start) => {
        let p = start + 5;
        const open = skipSpaces(p);
        if (text.charCodeAt(open) === 40) {
            // (?!\s*\([^)]{0,4000}\bname\s*=): a `name =` among the arguments, before their `)`.
            const name = firstFrom(names, open + 1);
            const close = firstFrom(closes, open + 1);
            if (name !== -1 && name - (open + 1) <= MAX_ARGUMENTS && (close === -1 || name < close))
                return undefined;
            // Unclosed arguments leave `(` where a type must start: no match.
            p = pastArguments(open);
            if (p === -1)
                return undefined;
        }
        p = skipSpaces(p);
        // Other annotations, each with its arguments: with fewer, the next character is `@`, and no match follows.
        for (let a = 0; a < MAX_ANNOTATIONS && text.charCodeAt(p) === 64 && isWordChar(text.charCodeAt(p + 1)); a++) {
            p += 2;
            while (p < n && isWordChar(text.charCodeAt(p)))
                p++;
            if (text.charCodeAt(p) === 40) {
                p = pastArguments(p);
                if (p === -1)
                    return undefined;
            }
            p = skipSpaces(p);
        }
        // Modifiers, as many as there are (greedily): where each next one would start.
        const afterModifiers = [p];
        while (afterModifiers.length <= MAX_MODIFIERS) {
            const word = MODIFIERS.find((w) => text.startsWith(w, p));
            if (!word || !isSpaceChar(text.charCodeAt(p + word.length)))
                break;
            p = skipSpaces(p + word.length);
            afterModifiers.push(p);
        }
        // With the most modifiers first, then fewer (a modifier may be read as a type word), the
        // fewest type words first: each a run of type characters, at most MAX_TYPE_WORD, then spaces.
        for (let k = afterModifiers.length - 1; k >= 0; k--) {
            let t = afterModifiers[k];
            for (let j = 0; j < MAX_TYPE_WORDS; j++) {
                let e = t;
                while (e < n && e - t < MAX_TYPE_WORD && isTypeChar(text.charCodeAt(e)))
                    e++;
                if (e === t || !isSpaceChar(text.charCodeAt(e)))
                    break;
                t = skipSpaces(e);
                let w = t;
                while (w < n && isWordChar(text.charCodeAt(w)))
                    w++;
                if (w === t)
                    continue;
                const paren = skipSpaces(w);
                if (text.charCodeAt(paren) === 40)
                    return { index: start, 0: text.slice(start, paren + 1), groups: { name: text.slice(t, w) } };
            }
        }
        return undefined;
    };
    while (at !== -1) {
        const m = isWordChar(text.charCodeAt(at + 5)) ? undefined : matchAt(at);
        if (m)
            found.push(m);
        at = text.indexOf('@Tool', m ? m.index + m[0].length : at + 1);
    }
    return found;
}

const JS = ['typescript', 'javascript'];
/** `HEAD[^stop]{0,4000}?TAIL` found by boundedGapMatches: the shape of several rules below. */
const gap = (head, stop, tail, tailStart, needle) => gapFinder({ head, stop, max: 4000, tail, tailStart }, needle);
// ---------------------------------------------------------------- tools
/** True when an offset lies inside a string literal (blank in `bare`, text in `code`): a match there is prose, not code. */
function inString(file, offset) {
    return file.bare[offset] !== file.code[offset];
}
/** Registrations whose first argument is the tool name as a string literal. */
const TOOL_LITERAL_RULES = [
    // TS SDK: server.tool("name", …), server.registerTool("name", …), server.experimental.tasks.registerToolTask("name", …)
    { languages: JS, re: /\.(?:tool|registerTool|registerToolTask)\s*\(\s*(['"`])([^'"`\n]+)\1/g, view: 'code' },
    // FastMCP (TS): server.addTool({ name: "name", … }). What comes before the name is bounded (here and for
    // Go below): unbounded, each unclosed `{` scanned to the end of the file, and 1 MiB of them took minutes.
    { languages: JS, re: /\.addTool\s*\(\s*\{[^}]{0,4000}?\bname\s*:\s*(['"`])([^'"`\n]+)\1/g, view: 'code', ...gap(/\.addTool\s*\(\s*\{/g, '}', /\bname\s*:\s*(['"`])([^'"`\n]+)\1/y, 'name', '.addTool') },
    // Python low-level: Tool(name="name", …) / types.Tool(name=…)
    { languages: ['python'], re: /\bTool\s*\(\s*name\s*=\s*(['"])([^'"\n]+)\1/g, view: 'code' },
    // Python decorators with an explicit name: @mcp.tool(name="x") / @mcp.tool("x")
    { languages: ['python'], re: /@\w+(?:\.\w+)*\.tool\s*\(\s*(?:name\s*=\s*)?(['"])([^'"\n]+)\1/g, view: 'code' },
    // C#: [McpServerTool(Name = "x")] (what precedes Name, and a Spring AI name below, bounded as for addTool)
    { languages: ['csharp'], re: /\[\s*McpServerTool\s*\([^\]]{0,4000}?\bName\s*=\s*(")([^"\n]+)"/g, view: 'code', ...gap(/\[\s*McpServerTool\s*\(/g, ']', /\bName\s*=\s*(")([^"\n]+)"/y, 'Name', 'McpServerTool') },
    // Go official SDK: &mcp.Tool{Name: "x"}; mark3labs: mcp.NewTool("x", …)
    { languages: ['go'], re: /mcp\.Tool\s*\{[^}]{0,4000}?\bName\s*:\s*(["`])([^"`\n]+)\1/g, view: 'code', ...gap(/mcp\.Tool\s*\{/g, '}', /\bName\s*:\s*(["`])([^"`\n]+)\1/y, 'Name', 'mcp.Tool') },
    { languages: ['go'], re: /\bmcp\.NewTool\s*\(\s*(["`])([^"`\n]+)\1/g, view: 'code' },
    // Java SDK 1.x: Tool.builder().name("x"); 2.0: Tool.builder("x", schema); new McpSchema.Tool("x", …), new Tool("x", …); Spring AI @Tool(name = "x")
    { languages: ['java', 'kotlin'], re: /\bTool\s*\.\s*builder\s*\(\s*\)[\s\S]{0,200}?\.name\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: ['java', 'kotlin'], re: /\bTool\s*\.\s*builder\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: ['java', 'kotlin'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?Tool\s*\(\s*(")([^"\n]+)"/g, view: 'code' },
    { languages: ['java', 'kotlin'], re: /@Tool\s*\([^)]{0,4000}?\bname\s*=\s*(")([^"\n]+)"/g, view: 'code', ...gap(/@Tool\s*\(/g, ')', /\bname\s*=\s*(")([^"\n]+)"/y, 'name', '@Tool') }
];
/** Registrations whose name is the decorated function or method's name. */
// Written so that no text makes them backtrack more than linearly: what sits between brackets is
// at most 4,000 characters; an attribute's or annotation's name and each word of the return type
// are matched whole (`(?=(…+))\1` is a group the engine cannot give characters back from, as
// JavaScript has no atomic groups); the return type is at most six words of at most 400 characters
// (a word may hold brackets, so `[McpServerTool]pub…` repeated was one word to the end of the file). The earlier forms let a
// run of spaces be split between the type and the gap after it in every way: 200,000 spaces after
// `[McpServerTool]` ran for minutes.
const TOOL_DERIVED_RULES = [
    // C#: [McpServerTool] or [McpServerTool, Description(...)] without Name, then the method
    { languages: ['csharp'], re: /\[\s*McpServerTool\b(?![^\]]{0,4000}\bName\s*=)[^\]]{0,4000}\]\s*(?:\[[^\]]{0,4000}\]\s*){0,10}(?:(?:public|private|internal|protected|static|async|virtual|override|partial)\s+){0,10}(?:(?=([\w<>\[\],.?]{1,400}))\1\s+){1,6}?(?<name>\w+)\s*\(/g, view: 'bare' },
    // Spring AI: @Tool(description = …) without name, then the method; found by hand (spring-tools.ts),
    // as the pattern's 4,000-character gaps are re-read from every `@Tool` (1 MiB of `@Tool(@(@`: 1.5 s).
    { languages: ['java', 'kotlin'], find: springToolsNamedAfterMethod, needle: '@Tool', re: /@Tool\b(?!\s*\([^)]{0,4000}\bname\s*=)(?:\s*\([^)]{0,4000}\))?\s*(?:@(?=(\w+))\1(?:\([^)]{0,4000}\))?\s*){0,10}(?:(?:public|private|protected|static|final)\s+){0,10}(?:(?=([\w<>\[\],.?]{1,400}))\2\s+){1,6}?(?<name>\w+)\s*\(/g, view: 'bare' }
];
const MCP_MARKERS = /@\w+(?:\.\w+)*\.tool\b|org\.springframework\.ai\.tool|modelcontextprotocol|@modelcontextprotocol\/sdk|fastmcp|FastMCP|mcp\.server|from mcp\b|import mcp\b|ModelContextProtocol|McpServerTool|mark3labs\/mcp-go|go-sdk\/mcp|io\.modelcontextprotocol|McpSchema|McpServer|setRequestHandler\s*\(\s*(?:ListToolsRequestSchema|['"`]tools\/list)/;
function collectTools(file, out) {
    for (const rule of TOOL_LITERAL_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of patternMatches(file, rule.view, rule)) {
            if (inString(file, m.index))
                continue;
            const name = own(m[2]);
            const offset = m.index + m[0].lastIndexOf(name);
            out.tools.push({ name, derived: false, at: file.at(offset, `registers tool "${name}"`), isTest: file.isTest });
        }
    }
    for (const rule of TOOL_DERIVED_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of patternMatches(file, rule.view, rule)) {
            const method = m.groups.name;
            const offset = m.index + m[0].lastIndexOf(method);
            const name = own(file.language === 'csharp' ? csharpToolName(method) : method);
            out.tools.push({ name, derived: true, at: file.at(offset, `registers tool "${name}"`), isTest: file.isTest });
        }
    }
    collectConstantNamedTools(file, out);
    if (JS.includes(file.language))
        collectLowLevelTsTools(file, out);
    if (file.language === 'python')
        collectPythonDecoratedTools(file, out);
}
/**
 * The name the C# SDK gives a tool from its method (AIFunctionMcpServerTool): an `Async` suffix
 * dropped, other characters than ASCII letters and digits made `_`, then snake_case in lower case
 * (JsonNamingPolicy.SnakeCaseLower): `GetAlertsAsync` → `get_alerts`, `GetHTTPStatus` → `get_http_status`.
 */
function csharpToolName(method) {
    const base = method.length > 5 && method.endsWith('Async') ? method.slice(0, -5) : method;
    // Runs of other characters become one `_`, so one is all there is to trim at each end (`_+` there was quadratic on a run).
    const cleaned = base.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || method;
    return cleaned
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        // Between capitals and a capitalised word (HTTPStatus → HTTP_Status); `([A-Z]+)([A-Z][a-z])` did the same, in quadratic time on a long run of capitals.
        .replace(/(?<=[A-Z])(?=[A-Z][a-z])/g, '_')
        .toLowerCase();
}
/**
 * Calls that name a tool with an identifier: TypeScript `server.registerTool(name, …)`; Python
 * `Tool(name=GitTools.STATUS, …)` or `Tool(name=TimeTools.GET_CURRENT_TIME.value, …)`; Go
 * mark3labs `mcp.NewTool(string(ECHO), …)` and the official SDK's `mcp.Tool{Name: DeleteRepositoryToolName}`.
 */
const JS_NAME_USE = /\.(?:tool|registerTool|registerToolTask)\s*\(\s*([A-Za-z_$][\w$]*)\s*,/g;
const CONSTANT_NAME_USES = {
    typescript: [JS_NAME_USE],
    javascript: [JS_NAME_USE],
    python: [/\bTool\s*\(\s*name\s*=\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(?:\.value)?\s*[,)]/g],
    go: [/\bmcp\.NewTool\s*\(\s*(?:string\s*\(\s*)?([A-Za-z_]\w*)\s*[),]/g, /\bmcp\.Tool\s*\{[^{}]*?\bName\s*:\s*([A-Za-z_]\w*)\s*[,}\n]/g]
};
/**
 * Names held in a constant of the same file, as the reference servers and the SDKs' examples
 * write them: `const name = "echo"`, an Enum member `STATUS = "git_status"` (as `GitTools.STATUS`),
 * Go's `ECHO ToolName = "echo"`. A name that does not resolve is not guessed.
 */
function collectConstantNamedTools(file, out) {
    const uses = (CONSTANT_NAME_USES[file.language] ?? []).flatMap((re) => matchesOf(file, 'bare', re));
    if (!uses.length)
        return;
    const constants = stringConstantsOf(file);
    for (const m of uses) {
        const name = constants.get(m[1]);
        if (name === undefined || inString(file, m.index))
            continue;
        out.tools.push({ name: own(name), derived: false, at: file.at(m.index + m[0].lastIndexOf(m[1]), `registers tool "${name}" (constant ${m[1]})`), isTest: file.isTest });
    }
}
/** A Go string constant or variable. The indent is matched within its line: `^\s*` ran from every line start across the blank lines below it (quadratic). */
const GO_STRING_CONSTANT = /^[^\S\n\r\u2028\u2029]*(?:const\s+)?([A-Za-z_]\w*)\s+(?:[A-Za-z_][\w.]*\s+)?=\s*"([^"\n]+)"/gm;
/** String constants a file defines, by the name code uses for them. */
function stringConstantsOf(file) {
    const constants = new Map();
    if (file.language === 'go') {
        for (const m of file.code.matchAll(GO_STRING_CONSTANT))
            constants.set(m[1], m[2]);
    }
    else if (file.language === 'python') {
        // Module constants by name; members of a class (an Enum) as Class.MEMBER, while its body lasts.
        let cls;
        for (const line of file.code.split('\n')) {
            if (!line.trim())
                continue;
            const indent = /^[ \t]*/.exec(line)[0].length;
            const header = /^[ \t]*class\s+([A-Za-z_]\w*)/.exec(line);
            if (header) {
                cls = { name: header[1], indent };
                continue;
            }
            if (cls && indent <= cls.indent)
                cls = undefined;
            const m = /^[ \t]*([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*(['"])([^'"\n]+)\2\s*$/.exec(line);
            if (!m)
                continue;
            if (cls)
                constants.set(`${cls.name}.${m[1]}`, m[3]);
            else if (indent === 0)
                constants.set(m[1], m[3]);
        }
    }
    else {
        for (const m of file.code.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[\w.]+\s*)?=\s*(['"`])([^'"`\n$]+)\2/g))
            constants.set(m[1], m[3]);
    }
    return constants;
}
/**
 * Python: `@mcp.tool`, `@mcp.tool()`, `@apps.tool(resource_uri=…, icons=[Icon(…)])` — any
 * arguments but `name=` (the literal rule reads that) — then `def name` / `async def name`.
 * Hand-written: the arguments nest brackets, which a regular expression cannot balance.
 */
function collectPythonDecoratedTools(file, out) {
    const bare = file.bare;
    for (const m of bare.matchAll(/@\w+(?:\.\w+)*\.tool\b/g)) {
        let i = m.index + m[0].length;
        while (bare[i] === ' ' || bare[i] === '\t')
            i++;
        if (bare[i] === '(') {
            const close = matchingParen(bare, i);
            if (close === -1)
                continue;
            if (/\bname\s*=|^\(\s*['"]/.test(bare.slice(i, close)))
                continue;
            i = close;
        }
        const rest = /^[ \t]*(?:#[^\n]*)?\n(?:[ \t]*@[^\n]*\n)*[ \t]*(?:async\s+)?def\s+(\w+)/.exec(bare.slice(i, i + 2000));
        if (!rest)
            continue;
        const name = own(rest[1]);
        out.tools.push({ name, derived: true, at: file.at(i + rest[0].lastIndexOf(name), `registers tool "${name}"`), isTest: file.isTest });
    }
}
/** The offset just past the parenthesis that closes the one at `open`, or -1. */
function matchingParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length && i < open + 5000; i++) {
        const ch = text[i];
        if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
/** TS SDK low-level server: setRequestHandler(ListToolsRequestSchema, …) (v1) or setRequestHandler('tools/list', …) (v2) returning { tools: [{ name: "x" }, …] }. */
function collectLowLevelTsTools(file, out) {
    const code = file.code;
    for (const m of code.matchAll(/setRequestHandler\s*\(\s*(?:ListToolsRequestSchema\b|(['"`])tools\/list\1)/g)) {
        const toolsAt = code.indexOf('tools', m.index);
        if (toolsAt === -1)
            continue;
        const open = code.indexOf('[', toolsAt);
        if (open === -1 || open - toolsAt > 40)
            continue;
        const close = matchingBracket(code, open);
        const body = code.slice(open, close);
        // Only names at the first object depth inside the array (not nested schema properties).
        let depth = 0;
        for (let i = 0; i < body.length; i++) {
            const ch = body[i];
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth--;
            else if (depth === 1 && body.startsWith('name', i) && !/\w/.test(body[i - 1] ?? '')) {
                const nm = /^name\s*:\s*(['"`])([^'"`\n]+)\1/.exec(body.slice(i));
                if (nm)
                    out.tools.push({ name: own(nm[2]), derived: false, at: file.at(open + i + nm[0].lastIndexOf(nm[2]), `registers tool "${nm[2]}"`), isTest: file.isTest });
            }
        }
    }
}
function matchingBracket(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text[i] === '[')
            depth++;
        else if (text[i] === ']' && --depth === 0)
            return i + 1;
    }
    return text.length;
}
// ---------------------------------------------------------------- content types
const CONTENT_RULES = [
    // TS object literal type: "image" | "audio" | "resource_link", also in ternaries and `as const`. A ternary's
    // condition is at most 200 characters and the gaps at most 20: unbounded, a line of `type:` and spaces
    // was scanned to its end from every `type`, in every split of its spaces (640 KB took a minute).
    { languages: JS, re: /\btype\s*:\s*(?:(?:[^,;{}\n\s][^,;{}\n]{0,200}?)?\?\s{0,20})?(['"`])(image|audio|resource_link)\1/g, view: 'code', kind: (m) => m[2] },
    { languages: JS, re: /\btype\s*:[^,;{}\n]{0,200}?:\s{0,20}(['"`])(image|audio|resource_link)\1/g, view: 'code', kind: (m) => m[2] },
    { languages: JS, re: /(['"`])(image|audio|resource_link)\1\s+as\s+const\b/g, view: 'code', kind: (m) => m[2] },
    // Python SDK types and FastMCP helpers.
    { languages: ['python'], re: /\b(ImageContent|AudioContent|ResourceLink)\s*\(/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    { languages: ['python'], re: /(?<![\w.])(Image|Audio)\s*\(\s*(?:data|path|format)\s*=/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    { languages: ['python'], re: /->\s*(?:list\[\s*)?(Image|Audio)\b/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    // C#
    { languages: ['csharp'], re: /\b(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b\s*(?:\(|\{|\.From)/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    { languages: ['csharp'], re: /\bnew\s+(ImageContentBlock|AudioContentBlock|ResourceLinkBlock)\b/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    // The arguments before the media type are bounded: unbounded, each `new DataContent(` was scanned to the next `;` (1 MiB: 11 s).
    { languages: ['csharp'], re: /\bnew\s+DataContent\s*\([^;]{0,4000}?"(image|audio)\/[^"]*"/g, view: 'code', ...gap(/\bnew\s+DataContent\s*\(/g, ';', /"(image|audio)\/[^"]*"/y, '"', 'DataContent'), kind: (m) => m[1] },
    // Go: official SDK struct literals, mark3labs constructors.
    { languages: ['go'], re: /\bmcp\.(ImageContent|AudioContent|ResourceLink)\s*\{/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    { languages: ['go'], re: /\bmcp\.New(ImageContent|AudioContent|ResourceLink|ToolResultImage|ToolResultAudio)\s*\(/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    // Java SDK
    { languages: ['java', 'kotlin'], re: /\bnew\s+(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\(/g, view: 'bare', kind: (m) => kindOf(m[1]) },
    { languages: ['java', 'kotlin'], re: /\b(?:McpSchema\s*\.\s*)?(ImageContent|AudioContent|ResourceLink)\s*\.\s*builder\s*\(/g, view: 'bare', kind: (m) => kindOf(m[1]) }
];
function kindOf(identifier) {
    if (/image/i.test(identifier))
        return 'image';
    if (/audio/i.test(identifier))
        return 'audio';
    return 'resource_link';
}
/** C#: `new DataContent(MCP_TINY_IMAGE)` with `const string MCP_TINY_IMAGE = "data:image/png;base64,…"` in the file (the C# SDK's EverythingServer). */
const DATA_URI_CONSTANT = /\b([A-Za-z_]\w*)\s*=\s*@?"data:(image|audio)\//g;
const NEW_DATA_CONTENT = /\bnew\s+DataContent\s*\(\s*([A-Za-z_]\w*)\s*[,)]/g;
function collectCsharpDataUriContent(file, out, seen) {
    const uris = new Map();
    for (const m of matchesOf(file, 'code', DATA_URI_CONSTANT))
        uris.set(m[1], m[2]);
    if (!uris.size)
        return;
    for (const m of matchesOf(file, 'bare', NEW_DATA_CONTENT)) {
        const kind = uris.get(m[1]);
        const offset = m.index + m[0].indexOf('DataContent');
        if (!kind || seen.has(offset))
            continue;
        seen.add(offset);
        out.contentTypes.push({ kind, at: file.at(offset, `${kind} content (data URI ${m[1]})`), isTest: file.isTest });
    }
}
function collectContentTypes(file, out) {
    const seen = new Set();
    if (file.language === 'csharp')
        collectCsharpDataUriContent(file, out, seen);
    for (const rule of CONTENT_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of patternMatches(file, rule.view, rule)) {
            if (rule.view === 'code' && inString(file, m.index))
                continue;
            const kind = rule.kind(m);
            const offset = m.index + Math.max(0, m[0].search(/image|audio|resource_link|Image|Audio|Resource/));
            if (seen.has(offset))
                continue;
            seen.add(offset);
            out.contentTypes.push({ kind, at: file.at(offset, `${kind.replace('_', ' ')} content`), isTest: file.isTest });
        }
    }
}
// ---------------------------------------------------------------- network calls
/** HTTP clients and sockets: the call, and where its first argument starts. */
const CLIENT_RULES = [
    { languages: JS, re: /(?<![\w.])fetch\s*\(/g, client: 'fetch' },
    { languages: JS, re: /\baxios(?:\.(?:get|post|put|patch|delete|request|head))?\s*\(/g, client: 'axios' },
    { languages: JS, re: /(?<![\w.])got(?:\.(?:get|post|put|patch|delete))?\s*\(/g, client: 'got' },
    { languages: JS, re: /\bundici\.(?:request|fetch|stream)\s*\(|(?<![\w.])request\s*\(\s*(?=['"`])/g, client: 'undici' },
    { languages: JS, re: /\bhttps?\.(?:get|request)\s*\(/g, client: 'node:http' },
    { languages: JS, re: /\bnet\.(?:connect|createConnection)\s*\(|\bnew\s+WebSocket\s*\(/g, client: 'socket' },
    { languages: ['python'], re: /\b(?:httpx|requests)\.(?:get|post|put|patch|delete|request|head|stream)\s*\(/g, client: 'httpx/requests' },
    { languages: ['python'], re: /\b(?:client|session|http|self\.\w+)\.(?:get|post|put|patch|delete|request)\s*\(\s*(?=f?['"])/g, client: 'HTTP client' },
    { languages: ['python'], re: /\burllib\.request\.urlopen\s*\(|\burlopen\s*\(/g, client: 'urllib' },
    { languages: ['python'], re: /\bsocket\.create_connection\s*\(|\.connect\s*\(\s*\(/g, client: 'socket' },
    { languages: ['csharp'], re: /\.(?:GetAsync|PostAsync|PutAsync|PatchAsync|DeleteAsync|SendAsync|GetStringAsync|GetStreamAsync|GetByteArrayAsync|GetFromJsonAsync|PostAsJsonAsync)\s*\(/g, client: 'HttpClient' },
    { languages: ['csharp'], re: /\bnew\s+TcpClient\s*\(|\bnew\s+Uri\s*\(\s*(?=")/g, client: 'socket/Uri' },
    { languages: ['go'], re: /\bhttp\.(?:Get|Post|PostForm|Head|NewRequest|NewRequestWithContext)\s*\(/g, client: 'net/http' },
    { languages: ['go'], re: /\bnet\.Dial(?:Timeout)?\s*\(/g, client: 'net.Dial' },
    { languages: ['java', 'kotlin'], re: /\bURI\.create\s*\(|\bnew\s+URL\s*\(|\.uri\s*\(|\.url\s*\(|\bnew\s+Socket\s*\(/g, client: 'java.net/OkHttp/WebClient' },
    { languages: ['java', 'kotlin'], re: /\brestTemplate\.\w+\s*\(|\bRestTemplate\s*\(\)\s*\.\w+\s*\(/g, client: 'RestTemplate' }
];
/** Arguments that read like a URL handed in by the caller (the model): untrusted content can flow in through it. */
const CALLER_URL_NAME = /^(url|uri|link|href|target|address|page|page_?url|web_?url|source_?url|input_?url|args\.url|params\.url|request\.url)$/i;
function collectNetworkCalls(file, out) {
    const constants = stringConstants(file);
    for (const rule of CLIENT_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of matchesOf(file, 'bare', rule.re)) {
            let argStart = m.index + m[0].length;
            let arg = firstArgument(file.code, argStart);
            // Go's http.NewRequest(method, url, …) and NewRequestWithContext(ctx, method, url, …): the URL comes later.
            for (let skip = 0; skip < 2 && /^\s*(ctx|context\.\w+\(\)|"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"|http\.Method\w+)\s*$/.test(arg); skip++) {
                argStart += arg.length + 1;
                arg = firstArgument(file.code, argStart);
            }
            // A URI/URL built inline is matched by its own rule; don't count the wrapper call too.
            if (/^\s*(URI\.create|new\s+URI|new\s+URL|URL\s*\()/.test(arg))
                continue;
            // A lambda is never a URL: Microsoft Graph's SDK (`graph.Me.Messages.GetAsync(r => …)`) is not a raw HttpClient call.
            if (/^\s*(?:\w+|\([^()]*\))\s*=>/.test(arg))
                continue;
            const at = file.at(m.index, rule.client);
            const literal = leadingLiteral(arg, constants);
            if (literal !== undefined) {
                const host = hostOf(literal);
                if (!host)
                    continue; // a relative path or a non-URL literal: not a network target we can judge
                out.networkCalls.push({ client: rule.client, target: literal, host, callerSupplied: false, at, isTest: file.isTest });
            }
            else if (arg.trim()) {
                const expr = arg.trim().replace(/\s+/g, ' ').slice(0, 80);
                out.networkCalls.push({ client: rule.client, expression: expr, callerSupplied: CALLER_URL_NAME.test(expr), at, isTest: file.isTest });
            }
        }
    }
}
// ---------------------------------------------------------------- third-party text
const ANY_CODE = ['typescript', 'javascript', 'python', 'csharp', 'go', 'java', 'kotlin'];
/** A string literal that starts with this REST path (optionally after a scheme and host, and an API version): prose mentioning the path does not. */
const restPath = (path) => new RegExp(`(['"\`])(?:https?://[^'"\`\\s/]+)?(?:/(?:v\\d[\\w.]*|beta|api))?${path}`, 'g');
/**
 * Reads of text that somebody outside the organisation can write: a tool that returns it puts
 * untrusted content in the model's context. Identifiers are matched with strings blanked
 * (`bare`), REST paths on string literals that begin with them (`code`). `needles` are literals
 * the view must contain before the pattern runs.
 */
const THIRD_PARTY_RULES = [
    // Microsoft Graph mail, over REST or the SDKs (JS .api('/me/messages'), Python client.me.messages.get(), C# graph.Me.Messages.GetAsync(), Go/Java me().messages()).
    // A user id is at most 400 characters: unbounded, each unclosed `Users[` was scanned to the end of the file.
    { source: 'e-mail', api: 'Microsoft Graph mail', languages: ANY_CODE, view: 'code', needles: ['/me/', '/users/'], re: restPath(String.raw `/(?:me|users/[^'"\`\s/]+)/(?:messages|mailFolders)\b`) },
    { source: 'e-mail', api: 'Microsoft Graph mail', languages: ANY_CODE, view: 'bare', needles: ['essages', 'ail_folders', 'ailFolders'], re: /\b(?:me|Me)(?:\(\))?\s*\.\s*(?:messages|Messages|mail_folders|mailFolders|MailFolders)\b|\.(?:by_user_id|byUserId|ByUserId)\s*\([^()]{0,400}\)\s*\.\s*(?:messages|Messages)\b|\bUsers\s*\[[^\]]{0,400}\]\s*\.\s*(?:Messages|MailFolders)\b/g },
    // Gmail API: service.users().messages().get(...), gmail.users.messages.list(...)
    { source: 'e-mail', api: 'Gmail API', languages: ANY_CODE, view: 'bare', needles: ['messages'], re: /\busers(?:\(\))?\s*\.\s*messages(?:\(\))?\s*\.\s*(?:get|list)\b/g },
    // IMAP clients: Python imaplib, Node imapflow, MailKit, go-imap, Jakarta Mail.
    { source: 'e-mail', api: 'IMAP', languages: ANY_CODE, view: 'bare', needles: ['IMAP', 'Imap', 'imapclient'], re: /\bimaplib\.IMAP4(?:_SSL)?\s*\(|\bnew\s+(?:ImapFlow|ImapClient)\s*\(|\bimapclient\.Dial\w*\s*\(/g },
    { source: 'e-mail', api: 'IMAP', languages: ['java', 'kotlin'], view: 'code', needles: ['getStore'], re: /\bgetStore\s*\(\s*"imaps?"/g },
    // GitHub issues and pull requests: octokit (JS), PyGithub, go-github, Octokit.NET, REST paths.
    { source: 'issues and comments', api: 'GitHub issues', languages: JS, view: 'bare', needles: ['issues.', 'pulls.'], re: /\b(?:rest|octokit|github)\s*\.\s*(?:issues\s*\.\s*(?:get|list\w*|getComment)|pulls\s*\.\s*(?:get|list\w*|getReviewComment))\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['python'], view: 'bare', needles: ['.get_'], re: /\.get_(?:issues?|issue_comments?|pulls?|review_comments|comments)\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['go'], view: 'bare', needles: ['.Issues.', '.PullRequests.'], re: /\.(?:Issues\.(?:Get|List\w*|GetComment)|PullRequests\.(?:Get|List\w*))\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['csharp'], view: 'bare', needles: ['.Issue.', '.PullRequest.'], re: /\.(?:Issue|PullRequest)\s*\.\s*(?:Get\w*|Comment\s*\.\s*Get\w*|ReviewComment\s*\.\s*Get\w*)\s*\(/g },
    { source: 'issues and comments', api: 'GitHub issues', languages: ['java', 'kotlin'], view: 'bare', needles: ['getIssue', 'getComments', 'queryIssues'], re: /\.(?:getIssues?|getComments|queryIssues)\s*\(/g },
    { source: 'issues and comments', api: 'issue tracker REST', languages: ANY_CODE, view: 'code', needles: ['/repos/', '/issue', '/projects/'], re: restPath(String.raw `(?:/repos/[^'"\`\s]*/(?:issues|pulls|comments)\b|/rest/api/(?:\d|latest)/(?:issue|search)\b|/projects/[^'"\`\s]*/(?:issues|merge_requests|notes)\b)`) },
    // Chat: Slack conversation history, Teams chats and channel messages.
    { source: 'chat messages', api: 'Slack conversations', languages: ANY_CODE, view: 'bare', needles: ['conversations'], re: /\bconversations(?:\.|_|\(\)\.)(?:history|replies)\s*\(/g },
    { source: 'chat messages', api: 'Slack conversations', languages: ANY_CODE, view: 'code', needles: ['conversations.'], re: /(['"])conversations\.(?:history|replies)\1/g },
    { source: 'chat messages', api: 'Microsoft Graph chats', languages: ANY_CODE, view: 'code', needles: ['/chats/', '/channels/'], re: restPath(String.raw `(?:/me)?/(?:chats|teams/[^'"\`\s/]+/channels)/[^'"\`\s]*/messages\b`) },
    // Help-desk tickets: Zendesk, Freshdesk (/api/v2/tickets), ServiceNow (/api/now/table).
    { source: 'tickets', api: 'help-desk REST', languages: ANY_CODE, view: 'code', needles: ['/tickets', '/now/table'], re: restPath(String.raw `(?:/api/v2/tickets\b|/now/table/)`) },
    // Web pages parsed for their text: cheerio, jsdom, BeautifulSoup, a headless browser going to a page.
    { source: 'web pages', api: 'HTML scraping', languages: ANY_CODE, view: 'bare', needles: ['cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'], re: /\bcheerio\.load\s*\(|\bnew\s+JSDOM\s*\(|\bBeautifulSoup\s*\(|\bpage\.goto\s*\(|\bJsoup\.(?:connect|parse)\s*\(|\bnew\s+HtmlDocument\s*\(/g }
];
/** Every rule's needles: most files hold none, and the pass's literal scan tells. */
const ANY_NEEDLE = [...new Set(THIRD_PARTY_RULES.flatMap((r) => r.needles))];
LITERALS.add(...ANY_NEEDLE);
function collectThirdPartyReads(file, out) {
    if (!ANY_NEEDLE.some((n) => file.mayHold(n)))
        return;
    for (const rule of THIRD_PARTY_RULES) {
        if (!rule.languages.includes(file.language))
            continue;
        for (const m of matchesOf(file, rule.view, rule.re, rule.needles)) {
            // A path rule matches at the opening quote; point at the path itself.
            const at = file.at(rule.view === 'code' ? m.index + 1 : m.index, rule.api);
            out.thirdPartyReads.push({ source: rule.source, api: rule.api, at, isTest: file.isTest });
        }
    }
}
const QUOTED_URL = /(['"`])((?:https?|wss?):\/\/[^'"`\s]+)\1/g;
const ASSIGNED_NAME = /\b([A-Za-z_]\w*)\s*(?::\s*[\w.<>]+\s*)?:?=\s*$/;
/** `const NAME = "https://…"` style constants in the file, so a call through them counts as literal. */
function stringConstants(file) {
    const map = new Map();
    // From each URL literal back to an assignment: scanning for the literal first is what keeps this cheap.
    for (const m of matchesOf(file, 'code', QUOTED_URL)) {
        // Only a literal right after `=` can be a constant's value (most are call arguments): a cheap look back first.
        let j = m.index - 1;
        while (j >= 0 && /\s/.test(file.code[j]))
            j--;
        if (file.code[j] !== '=')
            continue;
        const before = ASSIGNED_NAME.exec(file.code.slice(Math.max(0, m.index - 120), m.index));
        if (before)
            map.set(before[1], m[2]);
    }
    return map;
}
/** The text of the first call argument (up to a top-level comma or the closing parenthesis). */
function firstArgument(code, from) {
    let depth = 0;
    let quote = '';
    for (let i = from; i < code.length && i < from + 400; i++) {
        const ch = code[i];
        if (quote) {
            if (ch === '\\')
                i++;
            else if (ch === quote)
                quote = '';
            continue;
        }
        if (ch === '"' || ch === "'" || ch === '`')
            quote = ch;
        else if (ch === '(' || ch === '[' || ch === '{')
            depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
            if (depth === 0)
                return code.slice(from, i);
            depth--;
        }
        else if (ch === ',' && depth === 0)
            return code.slice(from, i);
    }
    return code.slice(from, from + 400);
}
/**
 * The URL the argument starts with: a string literal (f-strings, template
 * literals and `@"…"` included, up to the first interpolation), or a known
 * constant, or a template/concatenation that starts with one.
 */
function leadingLiteral(arg, constants) {
    const a = arg.trim();
    const lit = /^(?:[fr]|\$@?|@\$?)?(['"`])((?:https?|wss?):\/\/[^'"`\s{]*)/.exec(a);
    if (lit)
        return lit[2];
    const tpl = /^`\$\{\s*([A-Za-z_]\w*)\s*\}/.exec(a);
    if (tpl && constants.has(tpl[1]))
        return constants.get(tpl[1]);
    const ident = /^([A-Za-z_]\w*)\s*(?:\+|$)/.exec(a);
    if (ident && constants.has(ident[1]))
        return constants.get(ident[1]);
    const py = /^f?(['"])\{\s*([A-Za-z_]\w*)\s*\}/.exec(a);
    if (py && constants.has(py[2]))
        return constants.get(py[2]);
    return undefined;
}
function hostOf(url) {
    const m = /^(?:https?|wss?):\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^:/?#]+)/i.exec(url);
    return m ? m[1].toLowerCase() : undefined;
}
// ---------------------------------------------------------------- the detector
const PREFILTER = ['tool', 'Tool', 'image', 'audio', 'resource_link', 'Image', 'Audio', 'ResourceLink', 'fetch', 'axios', 'got', 'http', 'request', 'Http', 'socket', 'Socket', 'Dial', 'URI', 'URL', 'url', 'WebSocket', 'connect', 'essages', 'ssue', 'pulls', 'PullRequest', 'conversations', 'ickets', 'now/table', 'IMAP', 'Imap', 'imap', 'cheerio', 'JSDOM', 'BeautifulSoup', 'goto', 'Jsoup', 'HtmlDocument'];
const newNetworkCallTable = () => new FactTable({ strings: ['client', 'target', 'host', 'expression'], flags: ['callerSupplied', 'isTest'] });
function createSecurityDetector() {
    const result = { tools: [], contentTypes: [], networkCalls: newNetworkCallTable(), thirdPartyReads: [], mcpFiles: [], imports: [], declaredTypes: [] };
    const detector = {
        prefilter: PREFILTER,
        visit(file) {
            if (!isCode(file))
                return;
            // Tool registrations count only in files that use an MCP SDK: `.tool("x")` elsewhere is something else.
            if (MCP_MARKERS.test(file.text)) {
                result.mcpFiles.push(file.path);
                collectTools(file, result);
            }
            collectContentTypes(file, result);
            collectNetworkCalls(file, result);
            collectThirdPartyReads(file, result);
        }
    };
    return { detector, result };
}

// The one pass over the checkout's files, split over threads. The files are cut
// into contiguous chunks; the scan workers and the main thread take chunks from
// a shared counter until none is left, and the main thread puts the facts
// together in chunk order, so the evidence is the same, in the same order,
// whatever the number of threads. runGate stays synchronous: the main thread
// takes the workers' messages with receiveMessageOnPort between its own chunks,
// then waits on shared memory for the rest, and scans what no worker delivered.
// Hand-written because no library does a synchronous, order-preserving split
// (worker pools are asynchronous).
/**
 * Files per scan thread by default. A thread costs about 0.4 s of CPU before it pays (starting,
 * and compiling the detectors for itself: V8 shares no compiled code between threads), which
 * about 8,000 files' scanning pays back. Measured on 2 cores: at 10,000 files one thread is 8–9%
 * faster than two; at 20,000 two are 4–6% faster.
 */
const FILES_PER_THREAD = 10_000;
/**
 * Below FILES_PER_THREAD × 2 files the count says too little: 3,700 files of which 2,400 Python
 * modules (33 MB) take longer than 20,000 small ones. So the main thread measures its own first
 * chunks, and when the rest would take it this long alone, starts the workers the cores allow.
 * Measured on 2 cores: a second thread lost 6% on a check whose scan took 0.5 s on one, broke
 * even at 0.9 s, and won 20% at 2 s (awslabs/mcp: 2.8 against 2.3 s).
 */
const REST_WORTH_A_THREAD_MS = 1_000;
/** How long the main thread scans before it judges the rest: its first files run code not yet compiled. */
const JUDGE_AFTER_MS = 150;
/** Files per chunk: small enough to balance the threads, large enough that a message per chunk is cheap. */
const CHUNK_FILES = 250;
/**
 * When no worker starts a file for this long, the workers are given up and the main thread scans
 * what they had taken. A worker that dies (out of memory, a crash) cannot say so: the main thread
 * does not run its event loop while it waits, so the workers' silence is the only sign.
 */
const STALL_MS = 2_000;
/**
 * A scan worker's heap. A worker keeps nothing between chunks (it posts each), so a small heap is
 * enough, and a heap capped under 1 GB makes V8 grow it by a small factor: measured on 100,000
 * files, this takes the peak from 470 to 285 MB. A worker that runs out is given up like a stalled one.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 };
/** The workers' heap, in MB; MCP_GOLIVE_TEST_WORKER_HEAP_MB lowers it so a test can make a worker run out. */
function workerLimits() {
    const test = Number(process.env.MCP_GOLIVE_TEST_WORKER_HEAP_MB);
    return Number.isInteger(test) && test > 0 && test < WORKER_LIMITS.maxOldGenerationSizeMb ? { ...WORKER_LIMITS, maxOldGenerationSizeMb: test } : WORKER_LIMITS;
}
/** Scan files [from, to) of the snapshot with a fresh set of detectors; `onFile` is called as each file is begun. */
function scanChunk(repo, from, to, onFile) {
    const security = createSecurityDetector();
    const auth = createAuthDetector();
    const secrets = createSecretsDetector();
    const before = repo.skipped.length;
    const scan = scanSources(repo, [security.detector, createImportsDetector(security.result), auth.detector, secrets.detector], repo.files.slice(from, to), onFile);
    // The chunk's skipped files travel with its facts, so they are listed in file order too.
    const skipped = repo.skipped.splice(before);
    return { source: security.result, auth: auth.result, secrets: secrets.result, scan, skipped };
}
/** The bundled worker script next to this module's chunk; undefined when running from TypeScript sources. */
function workerScript() {
    for (const rel of ['./scan-worker.js', '../scan-worker.js']) {
        const url = new URL(rel, import.meta.url);
        if (url.protocol === 'file:' && existsSync(fileURLToPath(url)))
            return url;
    }
    return undefined;
}
/** Threads for a scan, the caller's included: `jobs` when given, else one per FILES_PER_THREAD files, at most one per core and 4. */
function scanThreads(files, jobs) {
    if (jobs !== undefined)
        return Math.max(1, Math.floor(jobs));
    return Math.max(1, Math.min(maxScanThreads(), Math.floor(files / FILES_PER_THREAD)));
}
/** MCP_GOLIVE_TEST_LATE_WORKERS=1: the workers start after the main thread's first chunk, whatever it took (for a test of late workers). */
const lateWorkersForTest = () => process.env.MCP_GOLIVE_TEST_LATE_WORKERS === '1';
/** The most threads a scan takes by default: one per core, and 4. */
const maxScanThreads = () => Math.min(4, availableParallelism());
/**
 * Whether the rest of the files would take the main thread long enough alone to start more
 * threads, judged from how long its first `done` files took (`ms`).
 */
function restWorthThreads(ms, done, left) {
    return ms >= JUDGE_AFTER_MS && done > 0 && (ms / done) * left >= REST_WORTH_A_THREAD_MS;
}
/** A chunk's files from their WorkerData form. */
function chunkListing(data, chunk) {
    const files = data.chunks[chunk].split('\0').map((path) => ({ path }));
    for (const [i, target] of data.links[chunk])
        files[i].target = target;
    return files;
}
/** The evidence groups of a chunk: each is a record of lists (arrays, or fact tables for the dense ones). */
const groupsOf = (r) => [r.source, r.auth, r.secrets];
/** Each list of a chunk's groups replaced by what `f` makes of it. */
function mapLists(result, f) {
    for (const group of groupsOf(result))
        for (const [key, list] of Object.entries(group))
            group[key] = f(list);
    return result;
}
/** A chunk as a worker posts it: its fact tables as plain data (a class does not survive the copy). */
const packChunk = (result) => mapLists(result, (list) => (list instanceof FactTable ? list.pack() : list));
/** The tables of a posted chunk made tables again (every list that is not an array was one). */
const reviveChunk = (result) => mapLists(result, (list) => (Array.isArray(list) ? list : FactTable.revive(list)));
/**
 * Starts the source pass: with more than one thread, the workers start scanning now, and the
 * caller's thread is free until `finish` (it reads the manifests and workflows meanwhile).
 * `finish` scans chunks on the caller's thread too, until none is left, puts the chunks together,
 * scans what no worker delivered, and gives the evidence.
 */
function startSourceScan(repo, jobs) {
    const bounds = [];
    for (let i = 0; i < repo.files.length; i += CHUNK_FILES)
        bounds.push(i);
    bounds.push(repo.files.length);
    const pool = new ScanWorkers(repo, bounds);
    const threads = scanThreads(repo.files.length, jobs);
    // The caller's thread is one of the `threads`: it scans too once its own reads are done. Each
    // thread that scans compiles the detectors for itself (V8 shares no optimized code between
    // threads), so a worker more than the cores can run costs more than it brings: on 2 cores, two
    // workers beside a waiting caller scanned 20,000 files no faster than the caller alone.
    pool.start(threads - 1);
    // By default, more threads may start once the caller's own first chunks show the files are heavy.
    const later = jobs === undefined ? maxScanThreads() - threads : 0;
    return { finish: () => finishScan(repo, bounds, pool, later) };
}
/** The scan workers of one pass: they take chunks from the counter they share with the main thread. */
class ScanWorkers {
    repo;
    bounds;
    workers = [];
    /** [next chunk to take] */
    next = new Int32Array(new SharedArrayBuffer(4));
    /** [chunks posted, files begun] by all workers: the main thread sleeps on the first. */
    progress = new Int32Array(new SharedArrayBuffer(8));
    listings;
    /** Looked for when a worker is first wanted: a check of one thread does not look. */
    script;
    constructor(repo, bounds) {
        this.repo = repo;
        this.bounds = bounds;
    }
    /** Starts `count` workers (none when running from TypeScript sources, where there is no worker script). */
    start(count) {
        if (count <= 0)
            return;
        if (this.script === undefined)
            this.script = workerScript() ?? null;
        if (!this.script)
            return;
        this.listings ??= this.listChunks();
        for (let w = 0; w < count; w++) {
            const { port1, port2 } = new MessageChannel();
            const data = { root: this.repo.root, limits: this.repo.limits, ...this.listings, next: this.next, progress: this.progress, port: port2 };
            const worker = new Worker(this.script, { workerData: data, transferList: [port2], resourceLimits: workerLimits() });
            worker.unref();
            // A worker that fails (out of memory, a crash) must not take the run down: what it had taken
            // is scanned by the main thread. Without a listener, its 'error' event would end the process.
            worker.on('error', () => { });
            this.workers.push({ worker, port: port1 });
        }
    }
    listChunks() {
        const listings = { chunks: [], links: [] };
        for (let c = 0; c + 1 < this.bounds.length; c++) {
            const files = this.repo.files.slice(this.bounds[c], this.bounds[c + 1]);
            listings.chunks.push(files.map((f) => f.path).join('\0'));
            listings.links.push(files.flatMap((f, i) => (f.target === undefined ? [] : [[i, f.target]])));
        }
        return listings;
    }
}
function finishScan(repo, bounds, pool, later) {
    const chunks = bounds.length - 1;
    const merged = new InOrderMerge(chunks);
    const { workers, next, progress } = pool;
    const posted = { delivered: new Set(), failed: new Set() };
    // This thread takes chunks from the workers' counter until none is left, and puts together what
    // the workers posted meanwhile (what arrives in order is appended at once, and let go).
    let mainScanned = false;
    let mainFiles = 0;
    const began = performance.now();
    for (let c = Atomics.add(next, 0, 1); c < chunks; c = Atomics.add(next, 0, 1)) {
        merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]));
        mainScanned = true;
        mainFiles += bounds[c + 1] - bounds[c];
        if (later > 0 && (lateWorkersForTest() || restWorthThreads(performance.now() - began, mainFiles, repo.files.length - bounds[Math.min(chunks, Atomics.load(next, 0))]))) {
            pool.start(later);
            later = 0;
        }
        takePosted(workers, merged, posted);
    }
    // Then it waits for the chunks the workers still hold.
    if (workers.length)
        collectFromWorkers(workers, progress, merged, posted);
    for (const w of workers)
        void w.worker.terminate();
    // Everything no worker delivered (one failed or stalled) is scanned here.
    for (let c = 0; c < chunks; c++) {
        if (merged.has(c))
            continue;
        merged.add(c, scanChunk(repo, bounds[c], bounds[c + 1]));
        mainScanned = true;
    }
    const result = merged.finish(repo);
    const delivered = posted.delivered.size;
    return { ...result, scan: { ...result.scan, threads: delivered + (mainScanned || !delivered ? 1 : 0) } };
}
/**
 * Chunk results put together in chunk order as they arrive: a chunk is appended as soon as every
 * chunk before it is in, so only what arrived early is held apart.
 */
class InOrderMerge {
    chunks;
    pending = new Map();
    done = new Set();
    next = 0;
    into;
    constructor(chunks) {
        this.chunks = chunks;
    }
    has(chunk) {
        return this.done.has(chunk);
    }
    /** How many chunks are in. */
    get settled() {
        return this.done.size;
    }
    add(chunk, result) {
        if (this.done.has(chunk))
            return;
        this.done.add(chunk);
        this.pending.set(chunk, result);
        for (let r = this.pending.get(this.next); r; r = this.pending.get(this.next)) {
            this.pending.delete(this.next++);
            if (this.into)
                append(this.into, r);
            else
                this.into = r;
        }
    }
    finish(repo) {
        const all = this.into ?? scanChunk(repo, 0, 0);
        for (const s of all.skipped)
            repo.noteSkipped(s.path, s.reason);
        return { source: all.source, auth: all.auth, secrets: all.secrets, scan: all.scan };
    }
}
/** Appends chunk `p`'s facts, counts and skipped files to `into`. */
function append(into, p) {
    appendAll(into.source, p.source);
    appendAll(into.auth, p.auth);
    appendAll(into.secrets, p.secrets);
    into.scan.files += p.scan.files;
    into.scan.sourceFiles += p.scan.sourceFiles;
    into.scan.bytes += p.scan.bytes;
    into.skipped.push(...p.skipped);
}
/**
 * A message arrives with a fresh copy of every string in it (structured clone does not share
 * them): the same path, note or host once per place. Share them again, as the main thread's scan does.
 */
function shareStrings(result) {
    for (const group of groupsOf(result)) {
        for (const list of Object.values(group)) {
            // A table keeps one copy of each string per chunk, but every chunk's table has its own copy of
            // the same paths, hosts and notes: measured at 100,000 files, sharing them takes the main
            // thread's old generation from 57 to 41 MB.
            if (list instanceof FactTable) {
                list.mapStrings(intern);
                continue;
            }
            if (!Array.isArray(list))
                continue;
            for (let i = 0; i < list.length; i++)
                if (typeof list[i] === 'string' && list[i].length <= 512)
                    list[i] = intern(list[i]);
            for (const item of list) {
                if (typeof item !== 'object' || item === null)
                    continue;
                shareFields(item);
                const at = item.at;
                if (typeof at === 'object' && at !== null)
                    shareFields(at);
            }
        }
    }
    return result;
}
function shareFields(o) {
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'string' && v.length <= 512)
            o[k] = intern(v);
}
/** Watches a count for signs of life: dead once it has not changed for longer than the limit. */
class StallWatch {
    limitMs;
    last = Number.NaN;
    since = 0;
    constructor(limitMs) {
        this.limitMs = limitMs;
    }
    alive(count, now) {
        if (count !== this.last) {
            this.last = count;
            this.since = now;
        }
        return now - this.since <= this.limitMs;
    }
}
/** Puts together the chunks the workers have posted so far. */
function takePosted(workers, merged, posted) {
    workers.forEach((w, i) => {
        for (let msg = receiveMessageOnPort(w.port); msg; msg = receiveMessageOnPort(w.port)) {
            const m = msg.message;
            if ('result' in m) {
                merged.add(m.chunk, shareStrings(reviveChunk(m.result)));
                posted.delivered.add(i);
            }
            else {
                // Left for the main thread to scan afterwards.
                posted.failed.add(m.chunk);
            }
        }
    });
}
/** Takes the workers' chunks until every chunk is posted or no worker has begun a file for STALL_MS. */
function collectFromWorkers(workers, progress, merged, posted) {
    const watch = new StallWatch(STALL_MS);
    for (;;) {
        // Read the counts first: a worker posts a chunk before it counts it, so those are in the ports now.
        const count = Atomics.load(progress, 0);
        const begun = Atomics.load(progress, 1);
        takePosted(workers, merged, posted);
        // Every chunk delivered, failed or scanned here: nothing more will come.
        if (merged.settled + posted.failed.size >= merged.chunks)
            break;
        if (!watch.alive(count + begun, performance.now()))
            break;
        // Sleep until a worker posts (it notifies on the count) or 50 ms pass.
        Atomics.wait(progress, 0, count, 50);
    }
}
/** Append each list of `part` to the same-named list of `into` (element by element: no argument-count limit). */
function appendAll(into, part) {
    for (const key of Object.keys(part)) {
        const target = into[key];
        if (target instanceof FactTable)
            target.append(part[key]);
        else
            for (const item of part[key])
                target.push(item);
    }
}

export { CALLER_URL_NAME as C, LineFinder as L, Repository as R, maskSecret as a, isTestPath as b, chunkListing as c, leadingLiteral as d, languageOf as e, firstArgument as f, sourceViews as g, hostOf as h, isInside as i, importsOf as j, entryOfImport as k, lineText as l, matchSecrets as m, startSourceScan as n, packChunk as p, scanChunk as s };
