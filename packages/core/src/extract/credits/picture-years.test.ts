/**
 * The year a picture was taken, written next to its credit, is no part of it (from the tenth
 * real-page set's misses): a year alone after a chain closing the line ("© Jane Doe / Cosmos
 * 2006": source Cosmos) and a year before an unlabelled credit ("… to detonate. 2005 Jane
 * Doe/WpN") stay out of the span; a year after a comma, a month's year after a slash and a
 * copyright's year ("© 2019 Jane Doe/…") stay in it. Reuters' picture id after a dash ("REUTERS/Jane
 * Doe - RC1D1A58CF70") is left out too. Every sentence is written for these tests; the names are
 * invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('a year next to a credit', () => {
  it('after a chain closing the line: out of the span, out of the source', () => {
    expect(exact('A village after the shelling.\nCopyright © Jane Doe / Cosmos 2006')).toEqual([
      {
        start: 30,
        end: 59,
        text: 'Copyright © Jane Doe / Cosmos',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'Cosmos',
        license: null,
      },
    ])
  })

  it.each([
    ['As many as a third failed to detonate. 2005 Jane Doe/WpN', 'Jane Doe/WpN', 'Jane Doe', 'WpN'],
    [
      'A boy lost his eye when he found a bomblet. 2005 Jane Doe/Reuters\nNext.',
      'Jane Doe/Reuters',
      'Jane Doe',
      'Reuters',
    ],
    [
      'Students pass the ruins of the Old City, February 27, 2019. REUTERS/Jane Doe - RC1D1A58CF70\n\nMOSUL — The class',
      'REUTERS/Jane Doe',
      'Jane Doe',
      'Reuters',
    ],
  ])('before the credit, or an id after it: %j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it.each([
    [
      'A village after the shelling.\n© Jane Doe / Cosmos, 2006\nNext.',
      '© Jane Doe / Cosmos, 2006',
    ],
    ['Tents on a slope.\n© UNHCR/Jane Roe/March 2007\nNext', '© UNHCR/Jane Roe/March 2007'],
    [
      'Medics change a dressing at the clinic. © 2019 Jane Doe/Getty Images',
      '© 2019 Jane Doe/Getty Images',
    ],
  ])('after a comma, a month, or "©": in the span (%j)', (text, credit) => {
    expect(fields(text).map((c) => c.text)).toEqual([credit])
  })

  it('property: any year after a photographer and an agency ends the credit before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\u00a9 ', 'Photo: ', 'Copyright \u00a9 '),
        fc.constantFrom('Jane Doe', 'John Roe', 'Ana de Sousa'),
        fc.constantFrom('Cosmos', 'Panos', 'Example Images', 'AFP'),
        fc.integer({ min: 1950, max: 2029 }),
        (label, who, agency, year) => {
          const text = `Smoke rises over the valley.\n${label}${who} / ${agency} ${year}\nNext.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label}${who} / ${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
