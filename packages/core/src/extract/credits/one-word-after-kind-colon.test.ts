/**
 * One word after a kind's colon names the source, not a creator ("Foto: Forsvaret", "Photo:
 * Privat", "Foto: example24": an office, a desk or a site, as the twelfth and thirteenth real-page
 * sets annotate every such credit); so does one word after a credit label, "©" or "courtesy of"
 * ("Credit: Examplenews", as all five sets from the tenth to the fourteenth annotate it), where a
 * user's handle stays the creator ("Photo credit: jdoe_42"); two words stay a name. Every sentence
 * is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, sane } from './test-helpers.js'

describe("one word after a kind's colon", () => {
  it('one word after "Foto:" or "Photo:" is the source, in any case', () => {
    const text =
      'Bomben ble funnet i havna.\nFoto: Forsvaret\n\nA shell in the garden.\nPhoto: Privat\n\nO bombă în curte.\nFoto: example24\n'
    expect(exact(text)).toEqual([
      {
        start: 27,
        end: 42,
        text: 'Foto: Forsvaret',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Forsvaret',
        license: null,
      },
      {
        start: 67,
        end: 80,
        text: 'Photo: Privat',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Privat',
        license: null,
      },
      {
        start: 100,
        end: 115,
        text: 'Foto: example24',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'example24',
        license: null,
      },
    ])
  })

  it('after a credit label, "©" or "courtesy of" one word is the source, a handle the creator', () => {
    const text =
      'The field lies fallow.\nPhoto credit: Examplearchive\n\nA gun.\nCredit: Examplenews\n\nA map.\n© Examplemaps\n\nA ship.\nPhoto courtesy of Defence\n\nA dog.\nPhoto credit: jdoe_42\n\nA deminer at work.\nPhoto: Jane Doe\n'
    expect(exact(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
      ['Photo credit: Examplearchive', 'photo', null, 'Examplearchive'],
      ['Credit: Examplenews', 'credit', null, 'Examplenews'],
      ['© Examplemaps', 'credit', null, 'Examplemaps'],
      ['Photo courtesy of Defence', 'photo', null, 'Defence'],
      ['Photo credit: jdoe_42', 'photo', 'jdoe_42', null],
      ['Photo: Jane Doe', 'photo', 'Jane Doe', null],
    ])
  })

  it("property: one word after a kind's colon is the source", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Foto: ', 'Photo: ', 'Image: ', 'Kuva: '),
        fc.constantFrom('Forsvaret', 'Privat', 'EXAMPLE', 'example24', 'Examplepress'),
        (label, word) => {
          const text = `A shell was found in the field.\n${label}${word}\n\nMore text.`
          sane(text)
          const credits = exact(text)
          expect(credits.map((c) => [c.text, c.creator, c.source])).toEqual([
            [`${label}${word}`, null, word],
          ])
        },
      ),
    )
  })
})
