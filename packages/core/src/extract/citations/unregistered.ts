/**
 * Treaties the registry does not hold, named in the text ("the ENMOD Convention", "the Example
 * Treaty"): after one, "the Convention" and a bare "Article I" may be that treaty's, so they are
 * not given to an instrument named before it (a wrong link is worse than none).
 */
import type { Resolver } from './resolve.js'

/**
 * Capitalised words ending in "Convention" or "Treaty", the name's last word (not "the Effective
 * Treaty Implementation" group); the word is group 1.
 */
const titled =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}-]*){0,4}[ \u00a0](Convention|Treaty)(?![\p{L}\p{N}]|[ \u00a0]\p{Lu})/gu
/** A determiner opening the words: "The Convention" is a referent, not a name. */
const determiner = /^(?:The|This|That|These|Its|Their|Our|Each|Any|A|An|Such|Said)[ \u00a0]/

export interface Unregistered {
  end: number
  word: string
}

/** Every such name in the text, in order (found once per text). */
function unregisteredNames(resolver: Resolver): Unregistered[] {
  if (resolver.unregistered) return resolver.unregistered
  const { text, trie } = resolver
  const found: Unregistered[] = []
  for (const match of text.matchAll(titled)) {
    const end = match.index + match[0].length
    let known = false
    let start = match.index
    // A registry name may start at any of the words ("UN Convention on …", "Ottawa Convention").
    while (start < end && !known) {
      const name = trie.matchAt(text, start)
      if (name && name.end >= end) known = true
      const space = text.indexOf(' ', start)
      start = space === -1 || space >= end ? end : space + 1
    }
    // "The Convention", "This Treaty": a referent, no name ("The Example Convention" is one).
    if (known || match[0].replace(determiner, '') === match[1]) continue
    found.push({ end, word: match[1]! })
  }
  resolver.unregistered = found
  return found
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
  for (const name of unregisteredNames(resolver)) {
    if (name.end > to) return false
    if (name.end > from && (word === undefined || name.word === word)) return true
  }
  return false
}
