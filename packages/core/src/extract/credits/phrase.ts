/**
 * A credit phrase read by its shape alone, where its position already says it is a credit (the
 * line after a news site's "toggle caption" button, a short line under a caption): names and
 * agencies joined by "/", " via " or " for ", or "Courtesy" and a name. "Jane Roe/AP", "Unknown/
 * Wikimedia", "R.J. Roe/U.S. Air Force", "Corbis", "NASA via Flickr Commons", "Jane Roe for NPR",
 * "Courtesy Example Books". The first part is the photographer when it reads as a person's name
 * and more parts follow, or else the last part when it does; every other part is a source, in
 * the order written.
 */
import { parts } from './agency-lines.js'
import {
  clean,
  gettyRoles,
  nobodyWords,
  isNameWord,
  isOrganisation,
  isPersonName,
  normaliseSource,
  words,
} from './vocabulary.js'

/**
 * Parts that name no one: an unknown or uncredited photographer, a stringer, Getty's role words
 * ("Jane Roe / Stringer", "… / Staff"), Portuguese "Reprodução" (copied from the platform after it:
 * "Reprodução/TV Example"). (A handout names no one either, but stays in the source:
 * "Example Ministry/Handout via Reuters".)
 */
export const unnamed = new RegExp(
  `^(?:Unknown|Uncredited|Anonymous|${gettyRoles}|Pool|POOL|File|FILE|${nobodyWords})$`,
)

export interface PhraseCredit {
  creator: string | null
  source: string | null
}

/** Lower-case words a name or an agency's name may hold ("Bureau of Statistics", "Roe & Sons"). */
const joiners = /^(?:of|and|the|for|de|des|du|da|van|von|der|den|del|di|la|le|al|el|&|on|at|in)$/

/** Does `part` read as a name: capitalised words, initials, acronyms, a few joining words? */
export function isNameShaped(part: string): boolean {
  const ws = words(part)
  if (ws.length === 0 || ws.length > 8) return false
  if (!/^[\p{Lu}\p{N}]/u.test(ws[0] ?? '')) return false
  return ws.every(
    (w) =>
      isNameWord(w) ||
      joiners.test(w) ||
      // Acronyms and names with inner marks ("U.S.", "EPA-EFE"); no digits: "SC/15648" is a symbol.
      /^\p{Lu}[\p{L}.&'\u2019-]*$/u.test(w) ||
      /^\p{N}{1,3}(?:st|nd|rd|th)$/u.test(w),
  )
}

/** Is `part` a person's name rather than an organisation's? */
function isPerson(part: string): boolean {
  return words(part).length >= 2 && isPersonName(part) && !isOrganisation(part)
}

/** Read `written` as a credit by its shape, or null. */
export function readPhrase(written: string): PhraseCredit | null {
  const t = clean(written)
  if (!t || t.length > 100) return null
  const courtesy = /^Courtesy(?:\s+of)?\s+(\S.*)$/i.exec(t)
  if (courtesy) {
    const who = courtesy[1] ?? ''
    return isNameShaped(who.replace(/^the\s/i, ''))
      ? { creator: null, source: normaliseSource(who) }
      : null
  }
  const forAt = t.indexOf(' for ')
  if (forAt > 0 && !t.includes('/')) {
    const person = t.slice(0, forAt)
    const agency = t.slice(forAt + 5)
    return isPerson(person) && isNameShaped(agency)
      ? { creator: person, source: normaliseSource(agency) }
      : null
  }
  // "Jane Roe | Example Agency": a bar between the parts, as a slash (kept in the source).
  const list = parts(t, true)
  if (list.length === 0 || list.length > 5) return null
  let creator: string | null = null
  let source = ''
  let sep = ''
  let prose = false
  list.forEach(({ text: part, sep: before }, i) => {
    if (!sep || before === ' via ') sep = before
    if (unnamed.test(part)) return
    if (!isNameShaped(part)) {
      prose = true
      return
    }
    // "ExamplePix/ExamplePix via Getty Images": a name written twice is an agency's.
    const twice = list[i - 1]?.text === part || list[i + 1]?.text === part
    if (twice) {
      source += (source ? sep || '/' : '') + normaliseSource(part)
      sep = ''
    } else if (i === 0 && list.length > 1 && isPerson(part)) creator = part
    else if (list.length === 1 && isPerson(part)) creator = part
    // "Example Agency Photo/Jane Roe", "Getty Images/ICRC/Jane Roe": the agency first, the
    // photographer last (a person's name, where the first part is none).
    else if (i > 0 && i === list.length - 1 && creator === null && isPerson(part)) creator = part
    else {
      source += (source ? sep || '/' : '') + normaliseSource(part)
      sep = ''
    }
  })
  if (prose || (creator === null && !source)) return null
  return { creator, source: source || null }
}
