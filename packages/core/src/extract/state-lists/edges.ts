import type { StateMention } from '../../models/extraction.js'
import { findState } from '../../registry/states.js'
import { matchName, parentheticalEnd, SEP_RE, type Name } from './gap.js'
import { mention as stateMention } from '../states/mention.js'
import { nearestState } from './misspelt.js'
import type { Run } from './run.js'
import { nameVerdict } from './vocabulary.js'

/**
 * Where a list starts and ends beyond its known members: names before the first member after a
 * phrase that opens a list, names after the last one up to the conjunction that closes it, a
 * first member glued to the word before it.
 */

/** Most unknown names read before the first member or after the last one. */
const MAX_EDGE_NAMES = 4

/**
 * Unknown names after the last member, up to the conjunction that closes the list: "Austria,
 * Belgium and Ruritania.", "Azerbaijan, Georgia, Somaliland, Kosovo, and Western Sahara" (names
 * of territories too). Without a conjunction nothing is added: a list of names that just goes
 * on is no promise that they belong to it.
 */
export function extendEnd(text: string, run: Run): Name[] {
  if (run.conjunction) return []
  const last = run.members[run.members.length - 1] as StateMention
  let pos = last.end
  const names: Name[] = []
  for (let k = 0; k < MAX_EDGE_NAMES; k++) {
    const paren = parentheticalEnd(text, pos)
    if (paren !== -1) pos = paren
    SEP_RE.lastIndex = pos
    const sep = SEP_RE.exec(text)
    if (!sep || (!sep[2] && sep[1] !== ',')) return nearFirst(names)
    const name = matchName(text, SEP_RE.lastIndex)
    if (!name) return nearFirst(names)
    const verdict = nameVerdict(name.text)
    if (verdict !== 'unknown' && verdict !== 'territory') return nearFirst(names)
    names.push(name)
    if (sep[2]) {
      // The name must close the list: punctuation, end of text, or a lower-case word.
      const after = text.slice(name.end, name.end + 3)
      return /^(?:$|[.,;:!?)\]]|[^\S\n]+\p{Ll})/u.test(after) ? names : nearFirst(names)
    }
    pos = name.end
  }
  return nearFirst(names)
}

/**
 * Without a conjunction that closes the list (or a phrase that opens it), only names near one
 * state's name are taken ("Chile, Peru, Guatamala"): the names nearest the list, in order.
 */
function nearFirst(names: Name[]): Name[] {
  let k = 0
  while (k < names.length && nearestState((names[k] as Name).text) !== null) k++
  return names.slice(0, k)
}

function nearLast(names: Name[]): Name[] {
  let k = names.length
  while (k > 0 && nearestState((names[k - 1] as Name).text) !== null) k--
  return names.slice(k)
}

/** The last word of a name before a list, when it alone is near a state ("Yesterday Guatamala"). */
function nearLastWord(name: Name): Name | null {
  let k = name.text.length
  while (k > 0 && name.text[k - 1] !== ' ' && name.text[k - 1] !== '\t') k--
  if (k === 0) return null
  const word = name.text.slice(k)
  const start = name.end - word.length
  return nearestState(word) === null ? null : { start, end: name.end, text: word }
}

export const START_INTRO =
  /(?:[:(][^\S\n]*|\n[^\S\n]*|\b(?:[Ss]uch as|[Ii]ncluding|[Ii]ncludes?|[Nn]amely|[Ll]ike|[Ff]rom|of|by|[Ww]ith|[Bb]etween|[Aa]mong)[^\S\n]+)(?:the[^\S\n]+)?(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,2})[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$/u

/** A name and its comma at the end of the text before an item ("Somaliland, "). */
export const NAME_BEFORE =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*){0,2})[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$/u

/** Whether `name` may stand in an item's place; a territory not at a line start. */
function edgeItem(name: string, lineStart: boolean): boolean {
  const verdict = nameVerdict(name)
  return verdict === 'unknown' || (verdict === 'territory' && !lineStart)
}

/**
 * Unknown names before the first member, after a phrase that opens a list: "such as Ruritania,
 * Austria and Belgium", "include Somaliland, Kosovo, Azerbaijan and Georgia", or at the start of a
 * line that a heading leaves to the list ("Pacific (4)", a line break, then "Niue, Fiji and
 * Samoa"). A territory opens a list after a colon or "such as" ("territories: Gaza, Angola and
 * Peru"), never at a line start, where a dateline's city stands ("GENEVA, Austria and Chile").
 */
export function extendStart(text: string, run: Run): Name[] {
  const first = run.members[0] as StateMention
  // Cheap test first: a name before the first member ends with a comma ("Niue, Fiji", "Niue,
  // the Gambia").
  let k = first.start
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--
  if (text.endsWith('the', k) && k - 3 > 0 && !/[\p{L}\p{N}]/u.test(text[k - 4] ?? '')) {
    k -= 3
    while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--
  }
  if (text.charCodeAt(k - 1) !== 0x2c) return []
  const from = Math.max(0, first.start - 200)
  let to = first.start
  const names: Name[] = []
  for (let k = 0; k < MAX_EDGE_NAMES; k++) {
    const before = text.slice(from, to)
    const intro = START_INTRO.exec(before)
    if (intro && intro[1] !== undefined) {
      const offset = before.lastIndexOf(intro[1])
      const name = { start: from + offset, end: from + offset + intro[1].length, text: intro[1] }
      if (!edgeItem(intro[1], /\n[^\S\n]*$/.test(before.slice(0, offset)))) {
        const word = nearLastWord(name)
        const near = nearLast(names)
        return word && near.length === names.length ? [word, ...near] : near
      }
      names.unshift(name)
      return names
    }
    const named = NAME_BEFORE.exec(before)
    if (!named || named[1] === undefined) return nearLast(names)
    const offset = named.index
    const name = { start: from + offset, end: from + offset + named[1].length, text: named[1] }
    if (!edgeItem(named[1], false)) {
      const word = nearLastWord(name)
      const near = nearLast(names)
      return word && near.length === names.length ? [word, ...near] : near
    }
    names.unshift(name)
    to = from + offset
  }
  return nearLast(names)
}

/** The words before a list's first member and its comma ("...Security CouncilChina, "). */
export const WORDS_BEFORE =
  /[\p{L}\p{M}'’]+(?:[^\S\n]+[\p{L}\p{M}'’]+){0,3}(?=[^\S\n]*,[^\S\n]*(?:the[^\S\n]+)?$)/u

/**
 * "the permanent members of the Security CouncilChina, France, Russia": a state glued to the word
 * before it (text that lost a space) that opens a list. The name starts at a capital right after a
 * small letter and must be a state's name (not an abbreviation) of four letters or more.
 */
export function gluedFirst(text: string, first: StateMention): StateMention | null {
  const from = Math.max(0, first.start - 60)
  const before = text.slice(from, first.start)
  if (!/,[^\S\n]*(?:the[^\S\n]+)?$/.test(before)) return null
  const words = WORDS_BEFORE.exec(before)
  if (!words) return null
  const region = words[0]
  for (let k = 1; k < region.length - 3; k++) {
    if (!/\p{Ll}/u.test(region[k - 1] as string) || !/\p{Lu}/u.test(region[k] as string)) continue
    const name = region.slice(k)
    if (!/\p{Ll}/u.test(name)) continue
    const state = findState(name)
    if (!state) continue
    const start = from + words.index + k
    return stateMention(text, start, start + name.length, state)
  }
  return null
}
