/**
 * misc11: working groups named by an article (a meeting's informal groups), in example sentences
 * of our own. The group cites its treaty where the treaty is named, never the article; an article
 * cited in prose or heading a section stays a citation.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('a working group named by an article', () => {
  it('cites no article in its heading, its name after "on" or its name before "Working Group"', () => {
    expect(cite('TPNW Informal Working Group: Article 2 - Declarations\n\nNotes.')).toEqual([
      ['TPNW', 'tpnw', null],
    ])
    expect(
      cite(
        'Under the TPNW an informal working group on the implementation of Article 2 met, and the informal working group on article 12 reported.',
      ),
    ).toEqual([['TPNW', 'tpnw', null]])
    expect(cite('Article 12 Informal Working Group Meetings\n\nOn the TPNW.')).toEqual([
      ['TPNW', 'tpnw', null],
    ])
    expect(cite('The TPNW has an Article 12 working group.')).toEqual([['TPNW', 'tpnw', null]])
  })

  it('cites no article for groups listed by their articles in a bracket', () => {
    expect(
      cite(
        'Under the TPNW the meeting set up:\n  • two informal working groups (Article 2 on declarations; Article 6 + 7 on assistance; Article 12 on outreach)\n  • an informal working group on Article 6 + 7',
      ),
    ).toEqual([['TPNW', 'tpnw', null]])
  })

  it('keeps an article cited in prose or heading a section', () => {
    expect(
      cite(
        'The TPNW plan has two actions on the implementation of Article 4, including talks.\n\nArticle 4 – Verification:\n\nText (Article 2 of the TPNW; see also Article 12).',
      ),
    ).toEqual([
      ['TPNW', 'tpnw', null],
      ['Article 4', 'tpnw', '4'],
      ['Article 4', 'tpnw', '4'],
      ['Article 2 of the TPNW', 'tpnw', '2'],
      ['Article 12', 'tpnw', '12'],
    ])
  })

  it('property: a group named by any article of the TPNW, in any of its forms, cites no article', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(
          (n: number) => `the informal working group on Article ${n} met`,
          (n: number) => `the working group on the implementation of Article ${n} met`,
          (n: number) => `\n\nInformal Working Group: Article ${n} - Topic\n\n`,
          (n: number) => `an Article ${n} Informal Working Group met`,
          (n: number) => `groups (Article ${n} on a topic; Article ${n} on another) met`,
        ),
        (n, form) => {
          const text = `Under the TPNW, ${form(n)}.`
          expect(cite(text).filter(([, , article]) => article !== null)).toEqual([])
          // The same article cited in prose is a citation.
          expect(cite(`Under the TPNW, the work on Article ${n}, including talks.`)).toContainEqual(
            [`Article ${n}`, 'tpnw', String(n)],
          )
        },
      ),
      { numRuns: 80 },
    )
  })
})
