/** Character tests of the state matcher (ASCII fast paths before Unicode classes). */

const wordChar = /[\p{L}\p{Nd}\p{Nl}\p{M}]/u

/**
 * Letters, digits and marks; an ASCII fast path keeps the scan cheap. Superscript digits and other
 * \p{No} are footnote marks, not part of a word ("Chile\u00b9, Peru"); so are the modifier
 * letters U+02B9-U+02CC that stand for apostrophes and accents.
 */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  }
  // Modifier letters that pages use as apostrophes ("Iranˈs", "Iranʼs"): no part of a word.
  if (code >= 0x2b9 && code <= 0x2cc) return false
  return wordChar.test(char)
}

export function isSpace(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0)
  if (code === 32 || (code >= 9 && code <= 13)) return true
  return code > 127 && /\s/.test(char)
}

export function isUpperWord(word: string): boolean {
  return word.length >= 2 && /^[A-Z]+$/.test(word)
}

/** A name written in capitals ("UNITED STATES OF AMERICA"): letters, none in lower case. */
export function inCapitals(name: string): boolean {
  return !/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name)
}

export const isAsciiLetter = (char: string | undefined) =>
  char !== undefined && /^[A-Za-z]$/.test(char)
export const isAsciiLetterCode = (code: number) =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
export const isCapitalCode = (code: number) => code >= 0x41 && code <= 0x5a
