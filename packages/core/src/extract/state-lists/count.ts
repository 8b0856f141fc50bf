/**
 * The count a text announces before a list ("25 countries", "twenty-five States"), read in digits
 * or English words, for the `list-count-mismatch` warning.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/**
 * A cardinal in digits or English words, 0 to 999: "25", "twenty-five", "twenty five",
 * "one hundred and ninety-three", "a hundred". Returns null for anything else.
 */
export function parseCount(numeral: string): number | null {
  const trimmed = numeral.trim().toLowerCase()
  if (/^\d{1,3}$/.test(trimmed)) return Number(trimmed)
  const words = trimmed.split(/[\s-]+/).filter((w) => w !== 'and')
  if (words.length === 0) return null
  let total = 0
  let i = 0
  const hundreds = words.indexOf('hundred')
  if (hundreds !== -1) {
    if (hundreds !== 1) return null
    const head = words[0] as string
    const h = head === 'a' ? 1 : UNITS[head]
    if (h === undefined || h === 0) return null
    total = h * 100
    i = 2
    if (i === words.length) return total
  }
  const rest = words.slice(i)
  if (rest.length === 1) {
    const word = rest[0] as string
    const value = UNITS[word] ?? TENS[word]
    return value === undefined ? null : total + value
  }
  if (rest.length === 2) {
    const tens = TENS[rest[0] as string]
    const unit = UNITS[rest[1] as string]
    if (tens === undefined || unit === undefined || unit === 0 || unit > 9) return null
    return total + tens + unit
  }
  return null
}

const SP = '[^\\S\\n]+'
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine'
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
const BELOW_HUNDRED = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|${UNIT_WORDS})`
const HUNDRED = `(?:a|${UNIT_WORDS})${SP}hundred`
const NUMERAL = `\\d{1,3}|${HUNDRED}(?:(?:${SP}and)?${SP}${BELOW_HUNDRED})?|${BELOW_HUNDRED}`
const COUNT_QUALIFIER =
  'other|more|member|UN|participating|co-sponsoring|sponsoring|signatory|European|African|Asian|Arab|Latin American|Western|like-minded'
const COUNT_NOUN = `countries|states(?:${SP}parties)?|member${SP}states|nations|delegations|governments|co-sponsors|sponsors|signatories|votes${SP}against|against|abstentions|abstaining|in${SP}favou?r`
/** A word of every `COUNT_NOUN` alternative ("member states", "votes against", "in favour"). */
const COUNT_NOUN_WORDS =
  /countries|states|nations|delegations|governments|sponsors|signatories|against|abstentions|abstaining|favo/iu
/** "25 countries", "twenty-five States", "one hundred and ninety-three Member States", "3 against". */
export const COUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMERAL})${SP}(?:(?:${COUNT_QUALIFIER})${SP})?(?:${COUNT_NOUN})(?![\\p{L}])`,
  'giu',
)

/** The count written before the list in the same sentence ("25 countries"), if any. */
export function countBefore(text: string, start: number): number | null {
  const from = Math.max(0, start - 250)
  let window = text.slice(from, start)
  // Cheap test first: every count names one of its nouns (the flags of `COUNT_RE`).
  if (!COUNT_NOUN_WORDS.test(window)) return null
  // Stay in the sentence: cut at the last blank line or sentence end before the list.
  let cut = window.lastIndexOf('\n\n')
  for (const m of window.matchAll(/[.!?]["'’”)]?\s+(?=["'‘“(]?\p{Lu})/gu)) {
    if (!/\b(?:U\.S|U\.K|Mr|Ms|Dr|St|No)\.$/.test(window.slice(0, m.index + 1))) {
      cut = Math.max(cut, m.index + 1)
    }
  }
  if (cut > 0) window = window.slice(cut)
  let last: RegExpExecArray | null = null
  for (const match of window.matchAll(COUNT_RE)) last = match
  if (!last || last[1] === undefined) return null
  // Only a connector may stand between the count and the list ("25 countries: ", "(", "namely").
  const connector = window
    .slice(last.index + last[0].length)
    .replace(/\s+/g, ' ')
    .trim()
  // A colon may also close a short clause that announces the list ("Twelve countries took the
  // floor in the general exchange: Austria, ..."), as long as no other clause intervenes.
  if (!COUNT_CONNECTOR.test(connector) && !ANNOUNCING_CLAUSE.test(connector)) return null
  // Approximate counts are no promise ("more than 25 countries", "25 or more States").
  if (APPROXIMATE.test(window.slice(0, last.index)) || /\bor\s+(?:more|so)\b/.test(last[0])) {
    return null
  }
  return parseCount(last[1].replace(/\s+/g, ' '))
}

const COUNT_CONNECTOR =
  /^(?:[:(\u2014\u2013-]|,? ?(?:namely|i\.e\.|that is|viz\.?|to wit)[,:]?|,? ?(?:were|are|being)[:,]?)?(?: ?the)?$/
const ANNOUNCING_CLAUSE = /^[^.;:!?()\d]{1,80}[:\u2014](?: the)?$/
const APPROXIMATE =
  /\b(?:more than|over|at least|some|about|nearly|almost|around|approximately|up to|fewer than|less than|roughly|some)[^\S\n]+$/i
