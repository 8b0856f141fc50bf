/**
 * Lettered items of an article as a meeting's agenda prints them: "Article VII(a) and (c)",
 * "Article X (a)/(c)". One citation whose span covers every item, its subparagraph the first, as
 * with "7(1)(a), (b) and (c)". Example sentences of our own, and a property test.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map(
    (c) => `${c.text}:${c.treaty}:${c.article}:${c.paragraph}:${c.subparagraph ?? null}`,
  )

describe('lettered items after an article', () => {
  it('joined by "and" are one citation', () => {
    expect(
      cites('Item 6 reviews Article VI(b) and (d) of the Biological Weapons Convention.'),
    ).toEqual(['Article VI(b) and (d) of the Biological Weapons Convention:bwc:6:null:b'])
  })

  it('joined by a slash are one citation, with or without spaces', () => {
    expect(cites('Agenda item 7: Article IV (b)/(d) of the BWC.')).toEqual([
      'Article IV (b)/(d) of the BWC:bwc:4:null:b',
    ])
    expect(cites('Under Article 3(2) / (4) of the CWC, Jane Doe said.')).toEqual([
      'Article 3(2) / (4) of the CWC:cwc:3:2:null',
    ])
  })

  it('leave a slash before a year or after a bare number as written', () => {
    expect(cites('See Article 3(2)/(2019) of the CWC.')).toEqual([
      'Article 3(2):cwc:3:2:null',
      'CWC:cwc:null:null:null',
    ])
    expect(cites('See Article 3/(2) of the CWC.')).toEqual([
      'Article 3:cwc:3:null:null',
      'CWC:cwc:null:null:null',
    ])
  })

  it('is read with a Cyrillic letter, as texts translated from Russian print it', () => {
    // "(\u0435)": the Cyrillic "е", which looks like the Latin "e".
    expect(
      cites(
        'Under Article VIII para. 38 (\u0435) of the Chemical Weapons Convention, John Roe asked.',
      ),
    ).toEqual(['Article VIII para. 38 (\u0435) of the Chemical Weapons Convention:cwc:8:38:null'])
  })

  it('holds for any roman article and any two letters (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('III', 'IV', 'V', 'VII', 'X'),
        fc.constantFrom('a', 'b', 'c', 'd'),
        fc.constantFrom('e', 'f', 'g'),
        fc.constantFrom('/', ' / ', ' and ', ', '),
        (number, first, second, joint) => {
          const pinpoint = `Article ${number}(${first})${joint}(${second})`
          const found = extract(`Jane Doe opened ${pinpoint} of the BWC today.`, {
            kinds: ['citations'],
          }).citations
          expect(found.map((c) => [c.text, c.subparagraph])).toEqual([
            [`${pinpoint} of the BWC`, first],
          ])
        },
      ),
    )
  })
})
