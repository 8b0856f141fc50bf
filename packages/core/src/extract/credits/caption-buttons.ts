/**
 * Credits that a news site prints twice around its caption buttons: "... in 2016. Jane Roe/AP
 * hide caption / toggle caption / Jane Roe/AP". What follows "toggle caption" (on its line, or
 * the next) is the credit, read by its shape (`phrase.ts`); the same words just before "hide
 * caption" are its first copy. Where the toggle is cut off, the words between the caption's last
 * sentence and "hide caption" are read alone.
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
  /** Ends of " hide caption" whose credit a toggle's copy already gave. */
  const done = new Set<number>()
  const hides: number[] = []
  // One pass for both buttons: "hide caption" and "toggle caption" end in "e caption".
  const word = 'e caption'
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
    if (text.startsWith('hid', at - 3) && text[at - 4] === ' ') {
      hides.push(at - 4)
      continue
    }
    if (!text.startsWith('oggl', at - 4) || !/[Tt]/.test(text[at - 5] ?? '')) continue
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
    let b = at - 5
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
      done.add(hideEnd)
    }
    found.push({ start: p, end: q, ...credit, license: null })
  }
  // A "hide caption" whose toggle is cut off: the credit is the end of its sentence.
  for (const hideEnd of hides) {
    if (done.has(hideEnd)) continue
    const credit = creditBefore(text, hideEnd)
    if (credit && !taken(credit.start)) found.push(credit)
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The credit that ends at `end`, just before " hide caption": the words after the caption's last
 * sentence ("... in 1962. Jane Roe/AP"), not after an initial or an abbreviation ("U.S."), read
 * by their shape.
 */
function creditBefore(text: string, end: number): ButtonCredit | null {
  const floor = Math.max(0, end - 100)
  for (let i = end - 1; i > floor; i--) {
    const c = text[i] ?? ''
    if (c === '\n') return read(text, i + 1, end)
    if (c !== ' ' || !/[.!?"\u201d)]/.test(text[i - 1] ?? '')) continue
    // "J. Roe", "U.S. Air Force": an initial ends no sentence.
    if (/(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(Math.max(0, i - 3), i))) continue
    return read(text, i + 1, end)
  }
  return null
}

function read(text: string, start: number, end: number): ButtonCredit | null {
  const credit = readPhrase(text.slice(start, end))
  return credit ? { start, end, ...credit, license: null } : null
}
