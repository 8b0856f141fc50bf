/**
 * Shapes of the fourteenth real-page set's misses: "Photo/ Jane Doe" (a space after the slash
 * only) before a person's name, a two-word agency after a kind word without a connector ("Pic
 * Associated Press"), a Korean paper's "(AFP-Yonhap)" closing a caption, and "(c)AFP/JANE DOE"
 * glued to a Japanese caption, ending before the wire's "【…】" dateline. Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('slash-spaced names, two-word agencies, wire pairs and "(c)" before a chain', () => {
  it('"Photo/ Jane Doe" after a caption, "Pic Associated Press" closing one', () => {
    const text =
      'Rifles handed over during the amnesty. Photo/ Jane Doe\nA rally in 2000. Pic Associated Press\n'
    expect(exact(text)).toEqual([
      {
        start: 39,
        end: 54,
        text: 'Photo/ Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
      {
        start: 72,
        end: 92,
        text: 'Pic Associated Press',
        kind: 'picture',
        title: null,
        creator: null,
        source: 'Associated Press',
        license: null,
      },
    ])
  })

  it('"(AFP-Yonhap)" closing a caption, "(c)AFP/JANE DOE" before a Japanese dateline', () => {
    const text =
      'The hospital in Kuala Lumpur on Monday. (AFP-Yonhap)\n出廷する被告。(c)AFP/JANE DOE 【12月1日 AFP】北朝鮮\n'
    expect(exact(text)).toEqual([
      {
        start: 41,
        end: 51,
        text: 'AFP-Yonhap',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP-Yonhap',
        license: null,
      },
      {
        start: 60,
        end: 75,
        text: '(c)AFP/JANE DOE',
        kind: 'credit',
        title: null,
        creator: 'JANE DOE',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('not a menu\'s "Photo/ Video" or "Picture Desk", nor an unknown pair of words', () => {
    expect(fields('Menu\nPhoto/ Video\nPicture Desk\nPhoto Example Gallery\n')).toEqual([])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Photo/ Jane Doe',
          'Pic Associated Press',
          '(AFP-Yonhap)',
          '(c)AFP/JANE DOE',
        ),
        fc.string({ maxLength: 16 }),
        (credit, after) => {
          sane(`A caption. ${credit}${after}`)
          sane(`A caption. ${credit}\n${after}`)
        },
      ),
    )
  })
})
