// Whether a call on a private-data client reads data back or only writes, from its name, the
// package's own lists, the SQL it is given and the command a dispatcher is handed.
import { describe, expect, it } from 'vitest'
import {
  accessOfArgument,
  accessOfChain,
  accessOfListed,
  accessOfName,
  authoredObject,
  listsReads,
  objectOf,
  wordsOf
} from '../../src/evidence/derived/access.js'
import { BUILT_IN } from '../../src/evidence/derived/catalogue.js'

const entry = (id: string) => BUILT_IN.find((e) => e.id === id)!

describe('the access a call names', () => {
  it('splits identifiers and paths into words', () => {
    expect(wordsOf('issue_get_watchers')).toEqual(['issue', 'get', 'watchers'])
    expect(wordsOf('chat.postMessage')).toEqual(['chat', 'post', 'message'])
    expect(wordsOf('GetObjectCommand')).toEqual(['get', 'object', 'command'])
    expect(wordsOf('/rest/api/3/search')).toEqual(['rest', 'api', '3', 'search'])
  })

  it('reads on list, get, search, query, find, download; writes on create, send, delete, add', () => {
    for (const n of [
      'list_customers',
      'getIssue',
      'search',
      'jql',
      'find',
      'downloadAttachment',
      'issue_get_watchers',
      'HGetAll'
    ])
      expect(accessOfName(n), n).toBe('read')
    for (const n of [
      'create_customer',
      'sendMail',
      'deleteOne',
      'issue_add_watcher',
      'chat_postMessage',
      'ExecuteNonQuery',
      'hset'
    ])
      expect(accessOfName(n), n).toBe('write')
    for (const n of ['issue', 'cursor', 'collection', 'connect']) expect(accessOfName(n), n).toBeUndefined()
  })

  it("takes a package's own lists before the words", () => {
    const redis = entry('pypi:redis')
    expect(accessOfName('lpop', redis)).toBe('read')
    expect(accessOfName('keys', redis)).toBe('read')
    expect(accessOfName('lpop')).toBeUndefined()
    // A method the catalogue names as sending writes, whatever its words.
    expect(accessOfName('update_or_create', entry('pypi:atlassian-python-api'))).toBe('write')
  })

  it('reads SQL, paths and command types a dispatcher is given', () => {
    expect(accessOfArgument("'SELECT id FROM customers'")).toBe('read')
    expect(accessOfArgument('"""\n  with recent as (select 1) select * from recent"""')).toBe('read')
    expect(accessOfArgument("'INSERT INTO customers VALUES ($1)'")).toBe('write')
    expect(accessOfArgument("'/rest/api/3/search/jql'")).toBe('read')
    expect(accessOfArgument('new GetObjectCommand({ Bucket, Key })')).toBe('read')
    expect(accessOfArgument('new PutObjectCommand({ Bucket, Key, Body })')).toBe('write')
    expect(accessOfArgument('sql')).toBeUndefined()
  })

  it('decides a chain: any read reads, writes alone write, nothing told is unknown', () => {
    const pg = entry('npm:pg')
    expect(accessOfChain(pg, [{ name: 'query', args: "'DELETE FROM t'" }])).toBe('write')
    expect(accessOfChain(pg, [{ name: 'query', args: 'statement' }])).toBeUndefined()
    expect(accessOfChain(pg, [{ name: 'users' }, { name: 'list', args: '' }])).toBe('read')
    expect(
      accessOfChain(pg, [
        { name: 'collection', args: "'orders'" },
        { name: 'insertOne', args: 'doc' }
      ])
    ).toBe('write')
    expect(
      accessOfChain(pg, [
        { name: 'collection', args: "'orders'" },
        { name: 'find', args: '{}' },
        { name: 'toArray', args: '' }
      ])
    ).toBe('read')
    expect(accessOfChain(pg, [{ name: '', args: "'select name from customers'" }])).toBe('read')
    expect(accessOfChain(pg, [])).toBeUndefined()
  })
})

describe('the object a write authors', () => {
  const of = (call: string, path = '') => authoredObject(wordsOf(call), wordsOf(path))?.head
  it('is the word after an authoring verb, else the one before it', () => {
    expect(of('issue_add_comment')).toBe('comment')
    expect(of('Issue.Comment.Add')).toBe('comment')
    expect(of('issue_add_watcher')).toBe('watcher')
    expect(of('CreateWorkItemAsync')).toBe('work')
    expect(authoredObject(wordsOf('CreateWorkItemAsync'), [])?.pair).toBe('workitem')
    expect(of('events.insert')).toBe('events')
  })
  it('is none for a write that authors nothing, and the path decides when the call names no write', () => {
    expect(of('Issue.Delete')).toBeUndefined()
    expect(of('issue_assign')).toBeUndefined()
    expect(of('execute', 'createIssue')).toBe('issue')
    expect(of('Issue.Delete', 'createIssue')).toBeUndefined()
  })
})

describe('a client being built', () => {
  it("is no access: the builder's create makes the client", () => {
    const chain = [{ name: 'builder' }, { name: 'configs', args: 'c' }, { name: 'create', args: '' }]
    expect(accessOfChain(entry('pypi:snowflake-snowpark-python'), chain)).toBeUndefined()
  })
})

describe('the object a read names', () => {
  const none = new Set<string>()
  const head = (name: string, keep = none) => objectOf(name, keep)?.head

  it('is the last noun, not a word before it', () => {
    expect(head('get_issue')).toBe('issue')
    expect(head('issue_get_watchers')).toBe('watchers')
    expect(head('GetWorkItemTypes')).toBe('types')
    expect(objectOf('GetWorkItemAsync', none)).toEqual({ head: 'item', pair: 'workitem' })
  })

  it('stops at a qualifier and passes verbs and generic nouns', () => {
    expect(head('get_page_by_id')).toBe('page')
    expect(head('user_find_by_user_string')).toBe('user')
    expect(head('getIssueDetails')).toBe('issue')
    expect(head('getLogLines')).toBe('log')
    expect(head('JiraIssueService')).toBe('issue')
    expect(head('execute')).toBeUndefined()
    expect(objectOf('getPullRequestById', none)).toEqual({ head: 'request', pair: 'pullrequest' })
  })

  it("keeps a package's object that a verb spells", () => {
    expect(head('conversations_history')).toBe('conversations')
    expect(head('conversations_history', new Set(['history']))).toBe('history')
  })
})

describe('a package that lists its reads (a browser)', () => {
  const call = (name: string) => ({ name, args: '' })
  const member = (name: string) => ({ name })

  it('is one holding no private data with a read list; private-data clients keep their words', () => {
    expect(listsReads(entry('npm:playwright'))).toBe(true)
    expect(listsReads(entry('pypi:selenium'))).toBe(true)
    expect(listsReads(entry('npm:redis'))).toBe(false)
    expect(listsReads(entry('npm:axios'))).toBe(false)
  })

  it('reads on its listed names only, as a call, a property or a C# `…Async`; any other call acts', () => {
    expect(accessOfListed(entry('npm:playwright'), [call('locator'), call('innerText')])).toBe('read')
    expect(accessOfListed(entry('pypi:selenium'), [call('find_element'), member('text')])).toBe('read')
    expect(accessOfListed(entry('pypi:selenium'), [member('page_source')])).toBe('read')
    expect(accessOfListed(entry('nuget:Microsoft.Playwright'), [call('ContentAsync')])).toBe('read')
    // `selectOption` and `getByText` select and find, in words that would read a private-data client.
    for (const n of ['click', 'selectOption', 'getByText', 'goto', 'goForward'])
      expect(accessOfListed(entry('npm:playwright'), [call(n)]), n).toBe('write')
    expect(accessOfListed(entry('npm:playwright'), [])).toBeUndefined()
    expect(accessOfListed(entry('npm:playwright'), [member('keyboard')])).toBeUndefined()
  })
})
