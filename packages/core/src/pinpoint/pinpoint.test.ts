import { describe, expect, it } from 'vitest'
import type { Pinpoint } from '../models/pinpoint.js'
import {
  createPinpointRegExp,
  formatPinpoint,
  fromRoman,
  parsePinpoint,
  pinpointPattern,
  toRoman,
} from './index.js'

const p = (
  article: string,
  paragraph: string | null = null,
  subparagraph: string | null = null,
): Pinpoint => ({
  article,
  paragraph,
  subparagraph,
})

describe('parsePinpoint', () => {
  const table: Array<[string, Pinpoint[]]> = [
    ['5(1)(a)', [p('5', '1', 'a')]],
    ['5', [p('5')]],
    ['5.1', [p('5', '1')]],
    ['VI', [p('6')]],
    ['Article 5', [p('5')]],
    ['article 5', [p('5')]],
    ['ARTICLE 5', [p('5')]],
    ['Article 5(1)', [p('5', '1')]],
    ['Article 5 (1) (a)', [p('5', '1', 'a')]],
    ['article 5, paragraph 1', [p('5', '1')]],
    ['Article 5 paragraph 1', [p('5', '1')]],
    ['Article 5, para. 1', [p('5', '1')]],
    ['Article 5, para 4', [p('5', '4')]],
    ['Article 5, paragraph 1, subparagraph (b)', [p('5', '1', 'b')]],
    ['Article 5, paragraph 1 (b)', [p('5', '1', 'b')]],
    ['Article 5, paragraphs 1 and 2', [p('5', '1'), p('5', '2')]],
    ['Article 5, paragraphs 1-3', [p('5', '1-3')]],
    ['art. 5.1', [p('5', '1')]],
    ['Art. 36', [p('36')]],
    ['Art 36', [p('36')]],
    ['Art.36', [p('36')]],
    ['Articles 8 and 10', [p('8'), p('10')]],
    ['Articles 1, 2 and 3', [p('1'), p('2'), p('3')]],
    ['Articles 1, 2, and 3', [p('1'), p('2'), p('3')]],
    ['Arts. 4 & 5', [p('4'), p('5')]],
    ['Articles 5 to 7', [p('5'), p('6'), p('7')]],
    ['Articles 5-7', [p('5'), p('6'), p('7')]],
    ['Articles 5\u20137', [p('5'), p('6'), p('7')]],
    ['Articles III-V', [p('3'), p('4'), p('5')]],
    ['Articles I and II', [p('1'), p('2')]],
    ['Articles 5(1) and 6(2)', [p('5', '1'), p('6', '2')]],
    ['Article 7(1)(a)-(c)', [p('7', '1', 'a-c')]],
    ['Article 7(1)(a) to (c)', [p('7', '1', 'a-c')]],
    ['Article 7(1)(a) and (b)', [p('7', '1', 'a'), p('7', '1', 'b')]],
    ['Article 7(1)(a), (b) and (d)', [p('7', '1', 'a'), p('7', '1', 'b'), p('7', '1', 'd')]],
    ['Article 5(1) and (2)', [p('5', '1'), p('5', '2')]],
    ['Article 5(1)-(3)', [p('5', '1-3')]],
    ['Article 7(1)(a)(ii)', [p('7', '1', 'a(ii)')]],
    ['Article 2 bis', [p('2bis')]],
    ['Article 8bis', [p('8bis')]],
    ['Article 15 ter', [p('15ter')]],
    ['Article 1A', [p('1A')]],
    ['Article VI', [p('6')]],
    ['Article XIV', [p('14')]],
    ['Article IV(2)', [p('4', '2')]],
    ['paragraph 3 of Article 5', [p('5', '3')]],
    ['paragraph 3 of the Article 5', [p('5', '3')]],
    ['paragraphs 1 and 2 of Article VIII', [p('8', '1'), p('8', '2')]],
    ['subparagraph (a) of paragraph 1 of Article 7', [p('7', '1', 'a')]],
    ['  Article\n 5  ', [p('5')]],
    ['Article 05', [p('5')]],
    ['article 5, paragraphe 1', [p('5', '1')]],
    ['Article 6 \u00a7 1', [p('6', '1')]],
  ]
  it.each(table)('%j', (input, expected) => {
    expect(parsePinpoint(input)).toEqual(expected)
  })

  const rejected = [
    '',
    '   ',
    'hello',
    'Article',
    'Article x',
    'Article IIII',
    'Article VX',
    'Part 5',
    'Article 5 of the Convention',
    'Articles',
    'Article 1234',
    'paragraph 3',
    '5 apples',
    'Protocol V',
    'Article 5(',
  ]
  it.each(rejected)('rejects %j', (input) => {
    expect(parsePinpoint(input)).toBeNull()
  })

  it('returns null for non-strings without throwing', () => {
    expect(parsePinpoint(undefined as unknown as string)).toBeNull()
    expect(parsePinpoint(42 as unknown as string)).toBeNull()
  })
})

describe('pinpointPattern', () => {
  const find = (text: string): string[] =>
    [...text.matchAll(createPinpointRegExp())].map((m) => m[0])

  it('finds pinpoints in prose and every match parses', () => {
    const text =
      'Under Article 5(1)(a) and Articles 8 and 10, as well as article 7, paragraph 1, Art. 36 and ' +
      'paragraph 3 of Article 5, the Article 5 extension requests matter; Part 5 does not, and ' +
      'Article VI of the NPT binds. See also Articles 1, 2, and 3 and Article 7(1)(a)-(c).'
    const found = find(text)
    expect(found).toEqual([
      'Article 5(1)(a)',
      'Articles 8 and 10',
      'article 7, paragraph 1',
      'Art. 36',
      'paragraph 3 of Article 5',
      'Article 5',
      'Article VI',
      'Articles 1, 2, and 3',
      'Article 7(1)(a)-(c)',
    ])
    for (const match of found) expect(parsePinpoint(match), match).not.toBeNull()
  })

  it('stops before a full stop, a year in brackets and unrelated words', () => {
    expect(find('as required by Article 5.')).toEqual(['Article 5'])
    expect(find('Article 5 (2008) was')).toEqual(['Article 5'])
    expect(find('Article 5 (see below)')).toEqual(['Article 5'])
    expect(find('Article 5, 12 States')).toEqual(['Article 5'])
    expect(find('Article VIP lounge, Article 1234')).toEqual([])
    expect(find('the counterpart 5 and Part 5')).toEqual([])
  })

  it('is a plain RegExp without flags; createPinpointRegExp refuses the i flag', () => {
    expect(pinpointPattern.flags).toBe('')
    expect(pinpointPattern.test('Article 5')).toBe(true)
    expect(() => createPinpointRegExp('gi')).toThrow(/only the g, y and d flags/)
  })

  // Speed is measured by the bench (npm run bench); here: adversarial input gives sane matches.
  it('matches sane spans on adversarial input', () => {
    const inputs = [
      'Article 5'.padEnd(9, ' ') + '(1)'.repeat(20000),
      'Articles 1, '.repeat(5000),
      'paragraph 1 and '.repeat(5000),
      'Article 5(1) and (2), (3) and '.repeat(3000),
      'Art. '.repeat(20000),
    ]
    for (const input of inputs) {
      for (const m of find(input)) expect(m.length).toBeGreaterThan(0)
    }
  })
})

describe('formatPinpoint', () => {
  it.each([
    [p('5'), '5'],
    [p('5', '1'), '5(1)'],
    [p('5', '1', 'a'), '5(1)(a)'],
    [p('7', '1', 'a-c'), '7(1)(a)-(c)'],
    [p('7', '1', 'a(ii)'), '7(1)(a)(ii)'],
    [p('5', '1-3'), '5(1)-(3)'],
  ])('%j -> %s', (pinpoint, expected) => {
    expect(formatPinpoint(pinpoint)).toBe(expected)
    expect(parsePinpoint(expected)).toEqual([pinpoint])
  })
})

describe('formatPinpoint with bad input', () => {
  it('throws only a TypeError for a pinpoint that is not an object; malformed levels are left out', () => {
    expect(() => formatPinpoint(null as never)).toThrow(
      /^formatPinpoint: `pinpoint` must be an object$/,
    )
    expect(formatPinpoint({} as never)).toBe('')
    expect(formatPinpoint({ article: 5, paragraph: {}, subparagraph: 'b' } as never)).toBe('5(b)')
    expect(formatPinpoint({ article: ' ', paragraph: '1', subparagraph: null })).toBe('')
  })
})

describe('roman numerals', () => {
  it('round-trips 1..100', () => {
    for (let n = 1; n <= 100; n++) expect(fromRoman(toRoman(n))).toBe(n)
  })
  it('rejects non-canonical spellings', () => {
    for (const s of ['IIII', 'VX', 'IL', 'MIX'.toLowerCase(), '', 'ABC'])
      expect(fromRoman(s)).toBeNull()
  })
  it('throws outside 1..3999', () => {
    expect(() => toRoman(0)).toThrow(RangeError)
  })
})
