/**
 * Flickr's embed attribution ("Morning Mist, originally uploaded by jroe123."): one credit, kind
 * `credit`, the title before the comma, the user as written, no source. Every sentence is
 * written for these tests; the titles and users are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { sane } from './test-helpers.js'

const read = (text: string) =>
  extractCredits(text).map((c) => ({
    text: c.text,
    kind: c.kind,
    title: c.title,
    creator: c.creator,
    source: c.source,
  }))

describe("Flickr's embed attribution", () => {
  it.each([
    [
      'Morning Mist\n\nMorning Mist, originally uploaded by jdoe123.\n\nWe walked to the ridge.',
      {
        text: 'Morning Mist, originally uploaded by jdoe123',
        title: 'Morning Mist',
        creator: 'jdoe123',
      },
    ],
    [
      'Harvest, originally uploaded by Jane Roe!.\n',
      { text: 'Harvest, originally uploaded by Jane Roe!', title: 'Harvest', creator: 'Jane Roe!' },
    ],
    [
      '42., originally uploaded by jane.roe.',
      { text: '42., originally uploaded by jane.roe', title: '42.', creator: 'jane.roe' },
    ],
    [
      'A deminer walks the marked lane. Red Flags, originally uploaded by kroe_photos',
      {
        text: 'Red Flags, originally uploaded by kroe_photos',
        title: 'Red Flags',
        creator: 'kroe_photos',
      },
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([{ ...expected, kind: 'credit', source: null }])
  })

  it('reads no credit where a sentence follows the words', () => {
    expect(
      read('The file, originally uploaded by the ministry in May, was taken down a week later.'),
    ).toEqual([])
  })

  it('property: a title and a user on a line are one credit with both', () => {
    const title = fc.constantFrom('Dawn', 'The Old Bridge', 'Field 7', 'Rain, again')
    const user = fc.constantFrom('jroe', 'k.lind_88', 'Ana Roe', 'MarkedLane!')
    const before = fc.constantFrom('', 'Notes from the trip\n\n', 'A cleared road. ')
    fc.assert(
      fc.property(title, user, before, fc.boolean(), (t, u, b, stop) => {
        const credit = `${t}, originally uploaded by ${u}`
        const text = `${b}${credit}${stop ? '.' : ''}\n\nWe drove on.`
        sane(text)
        const found = read(text)
        expect(found).toEqual([
          {
            text: credit,
            kind: 'credit',
            title: t,
            creator: u,
            source: null,
          },
        ])
      }),
    )
  })
})
