/**
 * Where a name or a pinpoint is part of something else and no citation: a file name, the name of
 * an organisation a treaty set up, the name of a conference held under an article (a web address:
 * `../inside-url.ts`). Small bounded looks around a match; each regex is linear
 * (test/redos.test.ts).
 */

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
 * "Organization" right after a name: the organisation a treaty set up, named after it
 * ("Comprehensive Nuclear-Test-Ban Treaty Organization", "the Preparatory Commission for the CTBT
 * Organization"). Its name is no mention of the treaty (while "ATT Secretariat" and "BWC Review
 * Conference", the treaty's bodies and meetings, are). "ATT Organization of work", a document's
 * title, keeps its mention.
 */
export const organisationTail =
  /[ \u00a0]{1,2}(?:Organi[sz]ation|ORGANI[SZ]ATION)(?![\p{L}\p{N}]|[ \u00a0]{1,2}(?:of|OF)[ \u00a0])/uy

export function namesOrganisation(text: string, end: number): boolean {
  organisationTail.lastIndex = end
  return organisationTail.test(text)
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
