/**
 * Words glued together where scraped or PDF text lost the space or line break between a credit
 * and the sentence after it: "Photo by Jane RoeThe minister said", "Jane Roe/Landmine
 * ActionAround 70% of families", "Jane Roe/freelanceFollowing the war". A capital after a run of
 * lower-case letters inside one word starts a new word, unless the word is a name written that
 * way: a short prefix ("McDonald", "MacArthur", "DeLuca", "iStock") or a known agency or
 * platform ("LightRocket", "NurPhoto", "YouTube").
 */
import { agencies, platforms } from './vocabulary.js'

/** First words of a sentence: glued after a single lower-case letter too ("...DoeThe"). */
const sentenceOpener =
  /(?:The|This|These|Those|It|Its|In|On|At|As|After|Before|By|During|Following|While|Under|According|Around|A|An|He|She|They|We|His|Her|Their)\s/y

/** Creative Commons' words written in camel case ("Attribution-ShareAlike"). */
const licenceWords = new Set(['sharealike', 'noncommercial', 'noderivatives', 'noderivs'])

/** Is `c` an ASCII or Latin-1 lower-case letter? */
function isLower(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7)
}

function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)
}

/** Is the word around `i` (letters and inner capitals) a known agency or platform name? */
function knownName(text: string, i: number): boolean {
  let a = i
  while (a > 0 && /[A-Za-z]/.test(text[a - 1] ?? '')) a--
  let b = i
  while (b < text.length && /[A-Za-z]/.test(text[b] ?? '')) b++
  const word = text.slice(a, b).toLowerCase()
  return agencies.has(word) || platforms.has(word) || licenceWords.has(word)
}

/**
 * Does a new word start at `i` although no space stands before it? `text[i]` is a capital and
 * `text[i - 1]` a lower-case letter.
 */
export function isGlued(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  // "Фото: ReutersМэр Киева": a capital of another script after a Latin word starts a new one.
  if (code >= 0x400 && code <= 0x42f) return /[A-Za-z]/.test(text[i - 1] ?? '')
  if (!isUpper(code) || !isLower(text.charCodeAt(i - 1))) return false
  sentenceOpener.lastIndex = i
  if (sentenceOpener.test(text)) return !knownName(text, i)
  // A lower-case run of three or more letters before the capital, a lower-case letter after it.
  let run = 0
  while (run < 4 && isLower(text.charCodeAt(i - 1 - run))) run++
  // "… Example policeIPOH, Dec 5 —": a dateline's town in capitals glued to the last word.
  if (run > 3 && /^[A-Z]{3,12}, /.test(text.slice(i, i + 14))) return true
  // ("Oh Min-jiThe": two letters after a name's hyphen)
  if (run + +(text[i - 1 - run] === '-') < 3 || !isLower(text.charCodeAt(i + 1))) return false
  // Inside an address, a handle or a hyphenated name ("NationalGeographic.com", "@JaneRoe",
  // "Attribution-ShareAlike"): one token; a name's part in lower case after its hyphen ends it
  // ("Shim Hyun-chulThe crowd").
  let k = i - 1 - run
  while (k >= 0 && /[A-Za-z0-9]/.test(text[k] ?? '')) k--
  if (/^(?:[@._]|-(?![a-z]))/.test(text.slice(k, k + 2))) return false
  // A link's path ("example.org/photos/janeRoe"): a dot or "@" earlier in the same token.
  let w = k
  while (w >= 0 && w > i - 80 && !/\s/.test(text[w] ?? '')) w--
  if (/[@.:]/.test(text.slice(w + 1, k + 1)) && text[k] === '/') return false
  let e = i + 1
  while (e < text.length && /[A-Za-z0-9]/.test(text[e] ?? '')) e++
  if (/[@._]/.test(text[e] ?? '') && /[A-Za-z]/.test(text[e + 1] ?? '')) return false
  // "PhotoQuest/Getty Images", "ExampleGems / Alamy": a chain goes on after the word, so it is
  // one name.
  if (text[e] === '/' || (text[e] === ' ' && /[/|]/.test(text[e + 1] ?? '') && text[e + 2] === ' '))
    return false
  // "Credit: SafeLane Global)", "© KameraOne", "Photo by KameraOne", "Jane Roe/KameraOne": a
  // body's or a chain's last part's first word, alone or with a capitalised word after it,
  // closing the line or bracket, is a name.
  if (
    /(?:^|[:(\n\u00a9/] ?|\bby )$/.test(text.slice(Math.max(0, k - 2), k + 1)) &&
    /^(?: \p{Lu}\p{Ll}+)?(?:[)\]\r\n]|$)/u.test(text.slice(e, e + 40))
  )
    return false
  return !knownName(text, i)
}
