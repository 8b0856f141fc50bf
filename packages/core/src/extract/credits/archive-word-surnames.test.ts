/**
 * A photographer whose surname is a gallery's word ("Photo: Jane Gallery/Example Trust"): a first
 * name and "Gallery" before an organisation in a chain is the photographer, while a gallery's own
 * name ("National Gallery/…") and a gallery after the photographer stay sources. Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('a surname that is a gallery word', () => {
  it('names the photographer before an organisation', () => {
    expect(exact('Sappers clear the road.\nPhoto: John Gallery/Example Trust\n')).toEqual([
      {
        start: 24,
        end: 57,
        text: 'Photo: John Gallery/Example Trust',
        kind: 'photo',
        title: null,
        creator: 'John Gallery',
        source: 'Example Trust',
        license: null,
      },
    ])
  })

  it.each([
    ['Sappers clear the road.\n© Hanna Gallery/AFP', 'Hanna Gallery', 'AFP'],
    [
      'Sappers clear the road.\nPhoto: National Gallery/Example Images',
      null,
      'National Gallery/Example Images',
    ],
    [
      'Sappers clear the road.\nPhoto: Art Gallery/Example Trust',
      null,
      'Art Gallery/Example Trust',
    ],
    ['Sappers clear the road.\nPhoto: Example Gallery/Hanna Berg', 'Hanna Berg', 'Example Gallery'],
    // Alone, a name and "Gallery" may be either: the gallery, as before.
    ['Sappers clear the road.\nPhoto: John Gallery', null, 'John Gallery'],
  ])('%j', (text, creator, source) => {
    expect(fields(text).map((c) => [c.creator, c.source])).toEqual([[creator, source]])
  })

  it('property: any first name and organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('John', 'Hanna', 'Oskar', 'Leila'),
        fc.constantFrom('Example Trust', 'AFP', 'Harbour Relief Agency'),
        fc.constantFrom('Photo: ', '© ', 'Credit: '),
        (first, org, label) => {
          const text = `Sappers clear the road.\n${label}${first} Gallery/${org}\n`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: `${label}${first} Gallery/${org}`,
              creator: `${first} Gallery`,
              source: org,
              license: null,
            },
          ])
        },
      ),
    )
  })
})
