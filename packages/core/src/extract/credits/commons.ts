/**
 * The attribution line Wikimedia Commons writes for those who reuse a file, copied under
 * pictures across the web: "By Jane Roe - Own work, CC BY-SA 4.0,
 * https://commons.wikimedia.org/w/index.php?curid=123". Its parts: the author after "By", a dash,
 * where the author took it from ("Own work", a Flickr page), the licence, and the file's address
 * on Commons (the source). Found by the literal address, read back to the start of its line.
 */
import { findLicenses } from '../../data/licenses.js'
import { clean, isPersonName, isHandle, isOrganisation } from './vocabulary.js'

const address = 'commons.wikimedia.org/w/index.php?curid='

export interface CommonsLine {
  start: number
  end: number
  creator: string | null
  license: string
  licenseUrl: string | null
  url: string
}

/** How far back from the address the author may stand. */
const reach = 300

/** Commons attribution lines in `text`, sorted by start; `taken` marks offsets already credited. */
export function findCommonsLines(text: string, taken: (at: number) => boolean): CommonsLine[] {
  const found: CommonsLine[] = []
  for (let at = text.indexOf(address); at !== -1; at = text.indexOf(address, at + address.length)) {
    let urlStart = at
    if (text.startsWith('https://', at - 8)) urlStart = at - 8
    else if (text.startsWith('http://', at - 7)) urlStart = at - 7
    let end = at + address.length
    while (end < text.length && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++
    if (end === at + address.length || taken(urlStart)) continue
    // ", CC BY-SA 4.0, https://...": the licence between the last two commas.
    if (text.slice(urlStart - 2, urlStart) !== ', ') continue
    let lineStart = urlStart - 2
    const floor = Math.max(0, urlStart - reach)
    while (lineStart > floor && text[lineStart - 1] !== '\n') lineStart--
    const line = text.slice(lineStart, urlStart - 2)
    const comma = line.lastIndexOf(', ')
    if (comma < 0) continue
    const [licence] = findLicenses(line.slice(comma + 2))
    if (!licence || licence.start !== 0 || licence.end !== line.length - comma - 2) continue
    const dash = line.lastIndexOf(' - ', comma)
    if (dash < 0) continue
    // The author: after the last "By " before the dash, or from the start of the line.
    const head = line.slice(0, dash)
    const by = Math.max(head.lastIndexOf('By '), head.lastIndexOf('by '))
    const hasBy = by >= 0 && (by === 0 || /[\s>([*_.]/.test(head[by - 1] ?? ''))
    const from = hasBy ? by : 0
    let name = clean(head.slice(from).replace(/^by\s+/i, ''))
    let start = lineStart + from
    if (!hasBy) {
      // A list marker or an opening bracket before a name without "By".
      const lead = /^[\s*>[(-]*/.exec(head)?.[0].length ?? 0
      start = lineStart + lead
      name = clean(head.slice(lead))
    }
    if (!name || name.length > 80 || taken(start)) continue
    const creator = /^unknown(?: author)?$/i.test(name)
      ? null
      : isPersonName(name) || isHandle(name) || isOrganisation(name) || !/\s\p{Ll}+\s/u.test(name)
        ? name
        : null
    if (creator === null && !/^unknown/i.test(name)) continue
    found.push({
      start,
      end,
      creator,
      license: licence.name,
      licenseUrl: licence.url,
      url: text.slice(urlStart, end),
    })
  }
  return found
}
