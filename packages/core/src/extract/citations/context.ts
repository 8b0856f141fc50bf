/**
 * Where a name or a pinpoint is part of something else and no citation: a file name, the name of
 * an organisation a treaty set up, the name of a conference held under an article (a web address:
 * `../inside-url.ts`). Small bounded looks around a match; each regex is linear
 * (test/redos.test.ts).
 */
import type { InstrumentId } from '../../models/instrument.js'
import { instrumentFamilies } from '../../registry/instruments.js'
import { isWordChar } from '../phrase-trie.js'

/**
 * The rest of an image file's name after a name: "BWC Participation.svg", "CWC_parties.png"
 * (a Wikipedia infobox's map). Letters, digits, spaces, "_" and "-" on the same line (at most
 * 60), then "." and an image extension as a whole word. A loop finds the dot: a regex trying
 * every length would cost more at each of the many names that no file name follows.
 */
export const imageExtension = /\.(?:svg|png|jpe?g|gif|webp|tiff?)(?![\p{L}\p{N}])/iuy

export function inFileName(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 61)
  for (let i = end; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x2e) {
      imageExtension.lastIndex = i
      return imageExtension.test(text)
    }
    const allowed =
      code === 0x20 ||
      code === 0x5f ||
      code === 0x2d ||
      (code >= 0x30 && code <= 0x39) ||
      ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
    if (!allowed) return false
  }
  return false
}

/**
 * A name joined to a word by "_": part of a file's or a field's name ("CCM_MSP_2019_Report.pdf",
 * "final_CCW"), no mention. Markdown's emphasis ("_the CCM_") has no letter on the far side.
 */
export function joinedByUnderscore(text: string, start: number, end: number): boolean {
  return (
    (text.charCodeAt(end) === 0x5f && isWordChar(text.charCodeAt(end + 1))) ||
    (start > 1 && text.charCodeAt(start - 1) === 0x5f && isWordChar(text.charCodeAt(start - 2)))
  )
}

/**
 * "Organization" right after a name: the organisation a treaty set up, named after it
 * ("Comprehensive Nuclear-Test-Ban Treaty Organization", "the Preparatory Commission for the CTBT
 * Organization"). Its name is no mention of the treaty (while "ATT Secretariat" and "BWC Review
 * Conference", the treaty's bodies and meetings, are). "ATT Organization of work", a document's
 * title, keeps its mention. In Chinese "组织" follows the title, glued or after its closing mark
 * ("全面禁止核试验条约组织", "《全面禁止核试验条约》组织筹委会", NPT/CONF.2015/3 in Chinese).
 */
export const organisationTail =
  /[ \u00a0]{1,2}(?:Organi[sz]ation|ORGANI[SZ]ATION)(?![\p{L}\p{N}]|[ \u00a0]{1,2}(?:of|OF)[ \u00a0])|》?组织/uy

export function namesOrganisation(text: string, end: number): boolean {
  organisationTail.lastIndex = end
  return organisationTail.test(text)
}

/**
 * "Organisation du" / "Organización del" / "Organização do" right before a name: in French,
 * Spanish and Portuguese the organisation named after a treaty comes first ("l'Organisation du
 * Traité d'interdiction complète des essais nucléaires", as NPT/CONF.2015/3 in French writes the
 * CTBTO; in Russian "Организации по Договору …"). Its name is no mention, as "… Treaty
 * Organization" in English is not.
 */
export const organisationHead =
  /(?:Organisation du|Organización del|Organização do|Организации по)[ \u00a0]$/u

export function organisationBefore(text: string, start: number): boolean {
  return organisationHead.test(text.slice(Math.max(0, start - 20), start))
}

/**
 * "… y Toxínicas", "… et à toxines" right after a name: the longer title of the Biological Weapons
 * Convention in Spanish or French ("Convención sobre las Armas Biológicas y Toxínicas"), which the
 * registry does not hold. A name ending before it would cut the title: no citation.
 */
export const toxinTail =
  /[ \u00a0](?:(?:y|et|ou)[ \u00a0](?:à[ \u00a0])?|à[ \u00a0])[Tt]ox(?:ínicas|iniques|ines)/uy

export function cutBeforeToxins(text: string, end: number): boolean {
  toxinTail.lastIndex = end
  return toxinTail.test(text)
}

/**
 * A conference named after the article that provides for it: "the Article XIV Conference", "the
 * fifth 'Article XIV' Conference", "its 6th biennial Article XIV Entry into Force conference".
 * After the pinpoint: a closing quote, up to four capitalised words (or "into"), then
 * "Conference" or "conferences" ("under Article XIV the Conference decided" stays a citation).
 * So is a group named so: "the Article 6 Informal Working Group", "an Article 6 working group".
 */
export const conferenceTail =
  /['’"”]?(?:[ \u00a0]{1,2}(?:\p{Lu}[\p{L}-]{0,20}|into|informal|working)){0,4}?[ \u00a0]{1,2}(?:Conference|conference|CONFERENCE|Group|group|GROUP)[sS]?(?![\p{L}\p{N}])/uy

export function namesConference(text: string, end: number): boolean {
  conferenceTail.lastIndex = end
  return conferenceTail.test(text)
}

/**
 * A body named after an article, the article before its last word: "the Committee on Article 5
 * Implementation" (the Mine Ban Treaty's committee on mine clearance), "the informal working
 * group on the implementation of Article 2", "Informal Working Group: Article 2 - Declarations".
 * Read only where no instrument follows the article ("the implementation of Article 2, which …"
 * without a group before it stays a citation).
 */
export const bodyBeforeArticle =
  /(?:Committee|COMMITTEE|[Ww]orking [Gg]roup|WORKING GROUP|Commission|COMMISSION)(?:[ \u00a0](?:on|for|ON|FOR)(?:[ \u00a0]the[ \u00a0][Ii]mplementation[ \u00a0]of)?|:)[ \u00a0]$/

/**
 * Groups listed in a bracket by their articles: "three working groups (Article 2 on declarations;
 * Article 6 + 7 on assistance; …)": the article opens the bracket or an item after a semicolon.
 */
export const groupListBeforeArticle =
  /(?:[Gg]roups|GROUPS|[Cc]ommittees|COMMITTEES)[ \u00a0]?\((?:[^();]{1,160};){0,8}[ \u00a0]?$/

export function namesBody(text: string, start: number): boolean {
  return (
    bodyBeforeArticle.test(text.slice(Math.max(0, start - 48), start)) ||
    (/[(;] ?$/.test(text.slice(Math.max(0, start - 2), start)) &&
      groupListBeforeArticle.test(text.slice(Math.max(0, start - 1400), start)))
  )
}

/** "|", ">", "›" and "»": what parts the items of a site's menu or breadcrumb trail. */
function navigationMark(code: number): boolean {
  return code === 0x7c || code === 0x3e || code === 0x203a || code === 0xbb
}

/** Spaces, tabs and no-break spaces. */
function blank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0
}

/**
 * A name that is an item of a site's navigation, as page text keeps it: a menu ("| CTBT | BWC |
 * CWC |", "| NPT/IAEA |") or a breadcrumb trail ("Home > CCW", "Treaties › Mine Ban Treaty ›
 * Documents"). The name fills the item: a mark or the line's edge on each side (spaces between),
 * and a mark on at least one. A menu's "|" parts abbreviations only (a table's cell may hold a
 * title: "| Arms Trade Treaty | 2013 |" stays a mention); the arrows of a trail part any name.
 * Such an item links to the treaty's page, it does not cite it. Bounded walks along one line.
 */
export function inNavigation(text: string, start: number, end: number): boolean {
  let i = start
  while (i > 0 && start - i < 8 && blank(text.charCodeAt(i - 1))) i--
  const before = i === 0 ? 0x0a : text.charCodeAt(i - 1)
  let j = end
  // "NPT/IAEA": two abbreviations joined by a slash are one item.
  if (text.charCodeAt(j) === 0x2f) {
    let k = j + 1
    while (
      k < text.length &&
      k - j < 12 &&
      text.charCodeAt(k) >= 0x41 &&
      text.charCodeAt(k) <= 0x5a
    )
      k++
    if (k - j >= 3) j = k
  }
  while (j < text.length && j - end < 8 && blank(text.charCodeAt(j))) j++
  const after = j >= text.length ? 0x0a : text.charCodeAt(j)
  const markBefore = navigationMark(before)
  const markAfter = navigationMark(after)
  if (!(markBefore || markAfter)) return false
  if (!(markBefore || before === 0x0a || before === 0x0d)) return false
  if (!(markAfter || after === 0x0a || after === 0x0d)) return false
  // "> Article 5 …" opening a line is a quotation or a list's mark, not a trail.
  if (!markAfter && before === 0x3e && (i < 2 || text.charCodeAt(i - 2) === 0x0a)) return false
  const pipes = before === 0x7c || after === 0x7c
  if (pipes) {
    for (let k = start; k < end; k++) if (blank(text.charCodeAt(k))) return false
  }
  return true
}

const ZONE_TREATIES: ReadonlySet<string> = new Set(instrumentFamilies.zones)
const ADDITIONAL_PROTOCOLS: ReadonlySet<string> = new Set(['ap-1', 'ap-2', 'ap-3'])

/**
 * "The Treaty of Tlatelolco … France ratified its Second Additional Protocol": an Additional
 * Protocol named while the nearest instrument named before it (`context`, most recent last) is the
 * treaty of a nuclear-weapon-free zone is that treaty's own protocol, which the registry does not
 * hold, not one of the Geneva Conventions' (unless the name says so: "… to the Geneva
 * Conventions").
 */
export function zoneProtocol(
  context: readonly InstrumentId[],
  id: InstrumentId,
  name: string,
): boolean {
  if (!ADDITIONAL_PROTOCOLS.has(id) || name.includes('Geneva') || name.includes('GENEVA'))
    return false
  const nearest = context[context.length - 1]
  return nearest !== undefined && ZONE_TREATIES.has(nearest)
}

/**
 * "a CCW permit", "CCW license holders", "the CCW class": in the United States "CCW" is a permit to
 * carry a concealed weapon, not the Convention on Certain Conventional Weapons. The word after it
 * says so.
 */
export const carryPermitTail =
  /[ \u00a0-](?:[Pp]ermit(?:s|tee|tees)?|[Ll]icen[cs]e[sd]?|[Hh]olders?|[Cc]lass(?:es)?|[Cc]ourses?|[Ii]nstructors?|[Rr]eciprocity)(?![\p{L}\p{N}])/uy

export function carryPermit(text: string, start: number, end: number): boolean {
  if (end - start !== 3 || !text.startsWith('CCW', start)) return false
  carryPermitTail.lastIndex = end
  return carryPermitTail.test(text)
}

/** Small words skipped when the initials of a spelt-out name are read. */
const SPELLING_JOINERS = new Set(['a', 'an', 'the', 'of', 'on', 'to', 'for', 'and', 'in', '&'])

function letterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x2d
}

/**
 * Whether the text spells out `abbreviation` in brackets after words that are no instrument's name:
 * "a license to carry a concealed weapon (CCW)", "Concealed Carry Weapon (CCW) class". The words'
 * initials, read back from the bracket without regard to case and skipping small words, spell
 * it, and no "Convention", "Treaty" or "Protocol" comes in the 80 characters before or the 20
 * after (so "the Convention on Certain Conventional Weapons (CCW)" defines the treaty). Then the abbreviation is
 * that thing wherever the text uses it. One pass of `indexOf` per abbreviation, cached by the caller.
 */
export function spelledOutAsOther(text: string, abbreviation: string): boolean {
  const bracketed = `(${abbreviation})`
  for (let at = text.indexOf(bracketed); at !== -1; at = text.indexOf(bracketed, at + 1)) {
    const around = text.slice(Math.max(0, at - 80), at + bracketed.length + 20)
    if (/convention|treaty|protocol/i.test(around)) return false
    let i = at
    let k = abbreviation.length
    for (let words = 0; words < 12 && k > 0; words++) {
      while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--
      const wordEnd = i
      while (i > 0 && letterAt(text, i - 1)) i--
      const word = text.slice(i, wordEnd)
      if (word === '') break
      if (SPELLING_JOINERS.has(word.toLowerCase())) continue
      if (word[0]!.toUpperCase() !== abbreviation[k - 1]) break
      k--
    }
    if (k === 0) return true
  }
  return false
}
