/**
 * Treaties the registry does not hold, named in the text ("the ENMOD Convention", "the Example
 * Treaty"): after one, "the Convention" and a bare "Article I" may be that treaty's, so they are
 * not given to an instrument named before it (a wrong link is worse than none).
 */
import { isWordChar } from '../phrase-trie.js'
import type { Resolver } from './resolve.js'

/**
 * The capitalised words before a name's last word ("Convention" or "Treaty"), up to five, ending
 * the slice before it.
 */
const wordsBefore = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}-]*[ \u00a0]){1,5}$/u
/** A determiner opening the words: "The Convention" is a referent, not a name. */
const determiner = /^(?:The|This|That|These|Its|Their|Our|Each|Any|A|An|Such|Said)[ \u00a0]/

export interface Unregistered {
  end: number
  word: string
}

/** Every such name in the text, in order of their ends (found once per text). */
function unregisteredNames(resolver: Resolver): Unregistered[] {
  if (resolver.unregistered) return resolver.unregistered
  const { text } = resolver
  const found: Unregistered[] = []
  for (const word of ['Convention', 'Treaty']) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length
      // The name's last word: no letter after it, nor a capitalised word ("the Effective Treaty
      // Implementation group").
      const after = text.charCodeAt(end)
      if (isWordChar(after)) continue
      if ((after === 0x20 || after === 0xa0) && /\p{Lu}/u.test(text.charAt(end + 1))) continue
      const words = wordsBefore.exec(text.slice(Math.max(0, at - 120), at))?.[0]
      // "The Convention", "This Treaty": a referent, no name ("The Example Convention" is one).
      if (!words || words.replace(determiner, '') === '') continue
      if (!known(resolver, at - words.length, at, end)) found.push({ end, word })
    }
  }
  found.sort((a, b) => a.end - b.end)
  resolver.unregistered = found
  return found
}

/**
 * Whether a registry name starting at one of the words from `start` to `last` (the name's last
 * word) runs to `end` at least ("UN Convention on …", "Ottawa Convention").
 */
function known(resolver: Resolver, start: number, last: number, end: number): boolean {
  const { text, trie } = resolver
  for (let at = start; at <= last;) {
    if ((trie.matchAt(text, at)?.end ?? -1) >= end) return true
    while (at < last && text.charCodeAt(at) !== 0x20 && text.charCodeAt(at) !== 0xa0) at++
    at++
  }
  return false
}

/**
 * Whether the text names a treaty the registry does not hold between `from` and `to` (with
 * `word`, only one named with that word: "the Convention" after "the Example Convention").
 */
export function unregisteredBetween(
  resolver: Resolver,
  from: number,
  to: number,
  word?: string,
): boolean {
  const names = unregisteredNames(resolver)
  // The first name ending after `from` (binary search: a text may have many).
  let low = 0
  let high = names.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (names[middle]!.end <= from) low = middle + 1
    else high = middle
  }
  for (let i = low; i < names.length && names[i]!.end <= to; i++) {
    if (word === undefined || names[i]!.word === word) return true
  }
  return false
}
