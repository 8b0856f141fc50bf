/**
 * Credits that a news site prints twice around its caption buttons: "... in 2016. Jane Roe/AP
 * hide caption / toggle caption / Jane Roe/AP". What follows "toggle caption" (on its line, or
 * the next) is the credit, read by its shape (`phrase.ts`); the same words just before "hide
 * caption" are its first copy.
 */
import { readPhrase, type PhraseCredit } from './phrase.js'

export interface ButtonCredit extends PhraseCredit {
  start: number
  end: number
  license: null
}

const hide = 'hide caption'

/** Credits around caption buttons in `text`, sorted by start; `taken` marks covered offsets. */
export function findButtonCredits(text: string, taken: (at: number) => boolean): ButtonCredit[] {
  const found: ButtonCredit[] = []
  const word = 'oggle caption'
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (at === 0 || (text[at - 1] !== 't' && text[at - 1] !== 'T')) continue
    let p = at + word.length
    while (text[p] === ' ' || text[p] === '\t') p++
    if (text[p] === '\n') p++
    while (text[p] === ' ' || text[p] === '\t') p++
    let q = p
    while (q < text.length && text[q] !== '\n' && q - p <= 100) q++
    if (q - p > 100) continue
    while (q > p && /\s/.test(text[q - 1] ?? '')) q--
    const written = text.slice(p, q)
    const credit = written ? readPhrase(written) : null
    if (!credit || taken(p)) continue
    // The first copy: the same words, then " hide caption", before the button (an icon's
    // letter may be glued to it: "itoggle caption").
    let b = at - 1
    if (text[b - 1] === 'i' && /\s/.test(text[b - 2] ?? '')) b--
    while (b > 0 && /\s/.test(text[b - 1] ?? '')) b--
    const hideEnd = b - hide.length - 1
    const first = hideEnd - written.length
    if (
      first >= 0 &&
      text.slice(hideEnd, b).toLowerCase() === ` ${hide}` &&
      text.slice(first, hideEnd) === written &&
      (first === 0 || /\s/.test(text[first - 1] ?? '')) &&
      !taken(first)
    ) {
      found.push({ start: first, end: hideEnd, ...credit, license: null })
    }
    found.push({ start: p, end: q, ...credit, license: null })
  }
  return found
}
