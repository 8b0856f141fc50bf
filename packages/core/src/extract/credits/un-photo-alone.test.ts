/**
 * "UN Photo" written alone as a picture's credit, as "AP Photo" is: on its line under a caption or
 * over a page, with a full stop after it, or after a label ("Photo: UN Photo"). The service as
 * written is the source; a caption's sentence before it on the line is no part of it. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('"UN Photo" alone', () => {
  it('credits the picture on its own line, the service its source', () => {
    expect(
      exact('Delegates take their seats in the hall.\nUN Photo\n\nThe session opened.'),
    ).toEqual([
      {
        start: 40,
        end: 48,
        text: 'UN Photo',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'UN Photo',
        license: null,
      },
    ])
  })

  it.each([
    ['Talks resume\n\nUN Photo.\n\nThe talks resumed on Monday in Geneva.', 'UN Photo', 'credit'],
    ['# Talks resume\n\nUN Photo\n\nThe talks resumed on Monday.', 'UN Photo', 'credit'],
    ['Talks resume\nPhoto: UN Photo\nThe talks resumed.', 'Photo: UN Photo', 'photo'],
  ])('%j', (text, credit, kind) => {
    expect(extractKinds(text)).toEqual([[credit, kind, null, credit.replace(/^Photo: /, '')]])
  })

  it("gives a wire's picture desk alone the wire as its source, as in brackets", () => {
    expect(fields('Delegates take their seats.\nAP Photo\n')).toEqual([
      { text: 'AP Photo', creator: null, source: 'AP', license: null },
    ])
    expect(fields('Delegates take their seats. (AP Photo)\n')[0]?.source).toBe('AP')
    expect(fields('A deminer marks the edge of the field near the village.\nAP Photo')).toEqual([
      { text: 'AP Photo', creator: null, source: 'AP', license: null },
    ])
    expect(fields('Talks resume\nPhoto: AFP PHOTO\nThe talks resumed.')[0]?.source).toBe('AFP')
    expect(fields('Talks resume. (AP Photo/Jane Roe)')[0]?.source).toBe('AP Photo')
  })

  it("keeps a short caption's sentence out of the service's name", () => {
    expect(fields('The General Assembly Hall. UN Photo\nNext.')).toEqual([])
    expect(fields('The General Assembly Hall. UNICEF Photo\nNext.')).toEqual([])
    // An abbreviation's full stop stays inside the name.
    expect(fields('A caption.\nU.S. Dept. of Defense Photo\n')[0]?.source).toBe(
      'U.S. Dept. of Defense Photo',
    )
  })

  it('property: the service alone under any caption, with or without a full stop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('UN Photo', 'AP Photo', 'Example Ministry Photo'),
        fc.constantFrom('', '.'),
        fc.constantFrom(
          'Delegates take their seats in the hall.',
          'A deminer marks the edge of the field near the village.',
        ),
        (service, stop, caption) => {
          const text = `${caption}\n${service}${stop}\n\nThe session opened on Monday.`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: service,
              creator: null,
              source: service === 'AP Photo' ? 'AP' : service,
              license: null,
            },
          ])
        },
      ),
    )
  })
})

function extractKinds(text: string) {
  return exact(text).map((c) => [c.text, c.kind, c.creator, c.source])
}
