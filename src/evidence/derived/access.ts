// Whether a call on a private-data client reads data back or only writes: a tool that only
// creates, updates, deletes or sends does not hold the private-data leg, one that lists, gets,
// searches, queries or downloads does. Decided by the method's words (`issue_get_watchers`,
// `chat.postMessage`), a package's own lists in the catalogue (`read:`, `write:`, `send:`), the
// SQL a query is given, and the command a dispatcher is handed (`s3.send(new GetObjectCommand())`).
import type { CatalogueEntry } from './catalogue.js'

export type Access = 'read' | 'write'

/** Words that name reading data back. */
const READ_WORDS = new Set(
  [
    'get list search query read fetch find select download scan describe count lookup retrieve export load browse',
    'view show aggregate distinct stat exists peek poll receive recv consume history explain filter iter jql cql',
    'watch inspect dump lrange zrange xrange xread xreadgroup hgetall hget hmget mget smembers sismember hkeys',
    'hvals hexists hlen llen scard zcard zscore xlen xinfo lindex zrangebyscore zrevrange srandmember scalar reader',
    'fetchall fetchone fetchmany fetchval fetchrow'
  ]
    .join(' ')
    .split(' ')
)
/** Words that name writing, deleting or sending without reading back. */
const WRITE_WORDS = new Set(
  [
    'create add insert update upsert set put delete remove del drop send post publish upload write move copy assign',
    'transition link unlink edit patch archive unarchive close reopen rename replace save store push append incr',
    'increment decr decrement expire clear purge truncate invite kick ban pin unpin react reply forward share',
    'submit approve reject merge commit lock unlock enable disable restart cancel schedule mark star unstar follow',
    'unfollow register deregister grant revoke attach detach tag untag mute unmute join leave modify change alter',
    'reset flush trash untrash hset hdel lpush rpush lrem xack destroy sadd srem zadd zrem xadd xdel hmset mset',
    'setex psetex setnx hincrby incrby persist pexpire lset ltrim xtrim'
  ]
    .join(' ')
    .split(' ')
)
/** Writes that author text others will read (a comment, a message, an issue, an event), unlike deleting or moving. */
const PUBLISH_WORDS = new Set(
  'create add insert update upsert post publish send reply forward upload attach edit patch invite respond submit share write append'.split(
    ' '
  )
)

/**
 * Words that name no object: `CreateWorkItemAsync` authors a work item; a client's `api` takes the resource's path
 * (`client.api('/chats/…/messages').post(…)`) and names none.
 */
const NOT_OBJECTS = new Set('async context ctx with to for new by a the v1 v2 v3 api'.split(' '))

/**
 * What a write authors, when its verb authors text: the object after the verb (`add_comment`), else the one before
 * it (`Issue.Comment.Add`), as its head word and the two words it may be written in (`work item`). Its own call's
 * words decide when they name a write, else the functions around it.
 */
export function authoredObject(callWords: string[], pathWords: string[]): { head: string; pair: string } | undefined {
  const words = callWords.some((w) => WRITE_WORDS.has(w)) ? callWords : pathWords
  const i = words.findIndex((w) => PUBLISH_WORDS.has(w))
  if (i < 0) return undefined
  const after = words.slice(i + 1).filter((w) => !NOT_OBJECTS.has(w))
  if (after.length) return { head: after[0], pair: after[0] + (after[1] ?? '') }
  const before = words.slice(0, i).filter((w) => !NOT_OBJECTS.has(w))
  if (!before.length) return { head: '', pair: '' }
  return { head: before[before.length - 1], pair: (before[before.length - 2] ?? '') + before[before.length - 1] }
}

/** Words after which a name says how an object is found, not which (`get_page_by_id`, `list_users_in_group`). */
const QUALIFIERS = new Set(['by', 'for', 'from', 'with', 'in', 'of', 'using', 'via', 'where'])
/** Verbs of running something, not objects (unlike a dispatcher's `request` or `query`, which may be nouns). */
const RUN_WORDS = new Set(['execute', 'executemany', 'exec', 'invoke', 'run', 'perform', 'call'])
/** Nouns that name no object of their own: the word before them does (`getIssueDetails`, `JiraIssueService`). */
const GENERIC_NOUNS = new Set(
  'details detail info data result results response object list all one many summary full raw json dict service client api tool tools handler helper manager mixin repository store impl text lines line body contents entries entry records rows chunk chunks preview snippet excerpt part parts tail'.split(
    ' '
  )
)

/**
 * The object a name says it works on: its last noun, before any qualifier, past verbs and generic nouns, with the
 * word before it (`GetWorkItemAsync` → item, work item). `keep` are words that stay nouns though verbs spell them
 * (a package's `history`, `search`). Undefined for a name of verbs only (`get`, `execute`).
 */
export function objectOf(name: string, keep: Set<string>): { head: string; pair: string } | undefined {
  const words = wordsOf(name)
  const cut = words.findIndex((w, i) => i > 0 && QUALIFIERS.has(w))
  const kept = cut > 0 ? words.slice(0, cut) : words
  for (let i = kept.length - 1; i >= 0; i--) {
    const w = kept[i]
    if (
      !keep.has(w) &&
      (READ_WORDS.has(w) || WRITE_WORDS.has(w) || RUN_WORDS.has(w) || GENERIC_NOUNS.has(w) || NOT_OBJECTS.has(w))
    )
      continue
    return { head: w, pair: (kept[i - 1] ?? '') + w }
  }
  return undefined
}

/** Methods that do what their first argument says (a statement, a command, a path). */
const DISPATCH = new Set(
  ['send execute executemany exec query request call invoke run raw sql perform post'].join(' ').split(' ')
)
/** The drivers' own names for running a statement given as text (JDBC, Spring, JPA, EF, sqlx, asyncpg, Prisma). */
const STATEMENT_RUNNERS = new Set(
  [
    'executequery preparestatement preparecall queryforlist queryforobject queryformap queryforrowset',
    'createquery createnativequery sqlquery fromsqlraw queryrow queryrowx queryx fetchrow fetchval queryraw',
    'queryrawunsafe'
  ]
    .join(' ')
    .split(' ')
)
const SQL_READ = /^(?:select|with|show|describe|desc|explain|pragma|values|table)\b/i
const SQL_WRITE =
  /^(?:insert|update|delete|create|drop|alter|truncate|merge|replace|grant|revoke|upsert|copy|vacuum|comment)\b/i

/** The words of an identifier or a path: `issue_get_watchers`, `postMessage`, `GetObjectCommand`, `/rest/search`. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

const flat = (s: string) => s.toLowerCase().replace(/[_/.]/g, '')

/** What a method name says: the package's own lists first, then its words (reading wins: fail closed). */
export function accessOfName(
  name: string,
  entry?: Pick<CatalogueEntry, 'read' | 'write' | 'send'>
): Access | undefined {
  const f = flat(name)
  if (!f) return undefined
  // ADO.NET's `ExecuteNonQuery` runs a statement that returns no rows.
  if (f.includes('nonquery')) return 'write'
  if (entry?.read?.some((r) => flat(r) === f)) return 'read'
  if (entry?.write?.some((w) => flat(w) === f) || entry?.send?.some((s) => flat(s) === f)) return 'write'
  const words = wordsOf(name)
  if (words.some((w) => READ_WORDS.has(w))) return 'read'
  if (words.some((w) => WRITE_WORDS.has(w))) return 'write'
  return undefined
}

/** What a dispatcher's first argument says: SQL's first keyword, a literal path's words, a command type's name. */
export function accessOfArgument(arg: string): Access | undefined {
  const text = arg.trim()
  const literal = /^(?:[fFrRbBuU]{1,2})?(?:'''|"""|['"`])\s*([^'"`]{0,300})/.exec(text)
  if (literal) {
    const body = literal[1].trim()
    if (SQL_READ.test(body)) return 'read'
    if (SQL_WRITE.test(body)) return 'write'
    const words = wordsOf(body)
    if (words.some((w) => READ_WORDS.has(w))) return 'read'
    if (words.some((w) => WRITE_WORDS.has(w))) return 'write'
    return undefined
  }
  const command = /^(?:new\s+)?([A-Z][\w$]*)\s*[({]/.exec(text)
  return command ? accessOfName(command[1]) : undefined
}

/** A lower-case name without its `context`/`async` suffixes (`execcontextasync` → `exec`); by hand, in linear time. */
function withoutDispatchSuffix(name: string): string {
  let end = name.length
  for (;;) {
    if (name.endsWith('context', end)) end -= 7
    else if (name.endsWith('async', end)) end -= 5
    else return name.slice(0, end)
  }
}

/** Whether a call is given a statement to run: a constructor (`new SqlCommand(sql, conn)`) or a dispatcher. */
export function takesStatement(name: string): boolean {
  const lower = withoutDispatchSuffix(name.toLowerCase())
  return !name || DISPATCH.has(lower) || STATEMENT_RUNNERS.has(lower)
}

/**
 * What a use of a client does: the calls of the chain after it, read if any reads, write if
 * some write and none reads; undefined when it cannot be told (a constructor, a reference).
 */
export function accessOfChain(entry: CatalogueEntry, chain: { name: string; args?: string }[]): Access | undefined {
  // A client being built (`Session.builder.configs(c).create()`): its `create` makes the client, it writes nothing.
  if (chain.some((c) => /^(?:builder|newBuilder)$/i.test(c.name))) return undefined
  let wrote = false
  for (const c of chain) {
    if (c.args === undefined) continue
    // `ExecContext`, `ExecuteAsync`, `QueryContext`: the dispatcher with its context or async suffix.
    const lower = withoutDispatchSuffix(c.name.toLowerCase())
    let a: Access | undefined
    // A constructor or a direct call given a statement (`new NpgsqlCommand("select …", conn)`).
    if (!c.name) a = c.args.trim() ? accessOfArgument(c.args) : undefined
    else if (lower === 'get' || lower === 'head') a = 'read'
    else if (DISPATCH.has(lower))
      a = (c.args.trim() && accessOfArgument(c.args)) || (lower === 'post' || lower === 'send' ? 'write' : undefined)
    else a = accessOfName(c.name, entry)
    if (a === 'read') return 'read'
    if (a === 'write') wrote = true
  }
  if (wrote) return 'write'
  // Only member names and no classified call (`client.messages` handed on): their words, if any.
  for (const c of chain) if (c.args === undefined && c.name && accessOfName(c.name, entry) === 'read') return 'read'
  return undefined
}

/**
 * Whether a package lists every call that reads back (a browser: a page's text, a script's result): one holding no
 * private data whose `read:` list is written. Its other calls act on what it drives (click, type, navigate).
 */
export const listsReads = (entry: Pick<CatalogueEntry, 'legs' | 'read'>): boolean =>
  !!entry.read?.length && !entry.legs.includes('privateData')

/** A method's name as the lists compare it: C#'s `…Async` is the same method (`ContentAsync`, `FillAsync`). */
export const methodKey = (s: string): string => flat(s).replace(/async$/, '')

/**
 * What a use of such a package does: read if any name of the chain is one of its reads (`page.locator(s).innerText()`,
 * `element.text`, `ContentAsync`), else acts if it calls anything; undefined for a reference alone.
 */
export function accessOfListed(entry: CatalogueEntry, chain: { name: string; args?: string }[]): Access | undefined {
  let called = false
  for (const c of chain) {
    const name = methodKey(c.name)
    if (name && entry.read!.some((r) => methodKey(r) === name)) return 'read'
    if (c.args !== undefined) called = true
  }
  return called ? 'write' : undefined
}
