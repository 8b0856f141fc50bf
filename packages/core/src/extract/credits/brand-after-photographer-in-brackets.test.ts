/**
 * A photographer and her outlet in a bracket closing a caption, the outlet a brand written in one
 * word with an inner capital ("(Jane Doe/BenarNews)"), as "(Jane Doe/CBC)" and "(Jane
 * Doe/Flash90)" are read; a second surname with "Mc" ("(Jane Doe/McDonald)") names two people and
 * is no credit. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe('a brand with an inner capital after a photographer in brackets', () => {
  it('"(Jane Doe/BenarNews)" closing a dated caption', () => {
    const text =
      'Intro.\n\nA deminer holds a grenade on the island, Nov. 26, 2024. (Jane Doe/BenarNews)\n\nMore.'
    expect(exact(text)).toEqual([
      {
        start: 65,
        end: 83,
        text: 'Jane Doe/BenarNews',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'BenarNews',
        license: null,
      },
    ])
  })

  it.each([
    'Intro.\n\nA deminer holds a grenade on the island of Example. (Jane Doe/McDonald)\n\nMore.',
    'Intro.\n\nA deminer holds a grenade on the island of Example. (Jane Doe/MacLeod)\n\nMore.',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a photographer and a one-word brand', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('BenarNews', 'GeoEye', 'ExamplePix'), (who, brand) => {
        const text = `Deminers clear the field near the river on Monday. (${who}/${brand})\n\nMore.`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${who}/${brand}`, creator: who, source: brand, license: null },
        ])
      }),
    )
  })
})
