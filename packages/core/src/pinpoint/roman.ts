/**
 * Roman numerals as used for article numbers in NPT/BWC/CTBT-style treaties ("Article VI").
 * Only canonical (subtractive) forms are accepted so that words such as "MIX" or "DIV" and
 * sloppy forms ("IIII") are not taken for numbers.
 */

const values: ReadonlyArray<readonly [string, number]> = [
  ['M', 1000],
  ['CM', 900],
  ['D', 500],
  ['CD', 400],
  ['C', 100],
  ['XC', 90],
  ['L', 50],
  ['XL', 40],
  ['X', 10],
  ['IX', 9],
  ['V', 5],
  ['IV', 4],
  ['I', 1],
]

/** `6` -> `"VI"`; throws a RangeError outside 1..3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) {
    throw new RangeError(`toRoman: ${n} is not an integer between 1 and 3999`)
  }
  let rest = n
  let out = ''
  for (const [symbol, value] of values) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

/** `"VI"` -> `6`; null when the string is not a canonical upper-case roman numeral. */
export function fromRoman(s: string): number | null {
  if (s.length === 0 || s.length > 15 || !/^[IVXLCDM]+$/.test(s)) return null
  let total = 0
  let i = 0
  while (i < s.length) {
    const two = s.slice(i, i + 2)
    const pair = values.find(([symbol]) => symbol.length === 2 && symbol === two)
    if (pair) {
      total += pair[1]
      i += 2
      continue
    }
    const single = values.find(([symbol]) => symbol === s[i])
    if (!single) return null
    total += single[1]
    i += 1
  }
  // Canonical check: the round trip must give the same spelling back.
  return total >= 1 && total <= 3999 && toRoman(total) === s ? total : null
}
