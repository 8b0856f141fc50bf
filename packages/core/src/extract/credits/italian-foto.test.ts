/**
 * A medium word without a colon before a known agency's name alone ("foto ANSA", "Photo AFP",
 * "(foto ANSA)", "Foto ANSA/Jane Roe"), as Italian and French papers print it: a label. A word
 * that is no agency's ("Photo Gallery") leaves the line alone. Every sentence is written for
 * these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Chiara', 'Matteo', 'Giulia', 'Renzo'], ['Bellandi', 'Corsi', 'Ferro'])
const caption = 'I volontari puliscono la strada davanti al vecchio deposito.'

describe('a medium word before an agency, without a colon', () => {
  it('"foto Ansa" after the last sentence', () => {
    expect(exact(`${caption} foto Ansa`)).toEqual([
      {
        start: 61,
        end: 70,
        text: 'foto Ansa',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'ANSA',
        license: null,
      },
    ])
  })

  it('"foto ANSA/Name" names the photographer, the agency the source', () => {
    expect(exact(`${caption} foto ANSA/Chiara Bellandi`)).toEqual([
      {
        start: 61,
        end: 86,
        text: 'foto ANSA/Chiara Bellandi',
        kind: 'photo',
        title: null,
        creator: 'Chiara Bellandi',
        source: 'ANSA',
        license: null,
      },
    ])
  })

  it('on its own line, in brackets, and "Photo AFP"', () => {
    expect(fields(`${caption}\nFoto ANSA`)).toEqual([
      { text: 'Foto ANSA', creator: null, source: 'ANSA', license: null },
    ])
    expect(fields(`${caption} (foto ANSA)`)).toEqual([
      { text: 'foto ANSA', creator: null, source: 'ANSA', license: null },
    ])
    expect(fields('Les volontaires nettoient la route. Photo AFP')).toEqual([
      { text: 'Photo AFP', creator: null, source: 'AFP', license: null },
    ])
  })

  it('no agency, no credit', () => {
    expect(fields(`${caption}\nPhoto Gallery`)).toEqual([])
    expect(fields(`${caption} Foto Archivio`)).toEqual([])
    expect(fields('See the photo AFP took of the road.')).toEqual([])
    expect(fields('Menu\nPhoto\nVideo\nMaps')).toEqual([])
  })

  it('property: a medium word, a known agency and maybe a photographer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('foto', 'Foto', 'FOTO', 'Photo'),
        fc.constantFrom('ANSA', 'Ansa', 'AFP', 'EPA', 'Reuters'),
        fc.option(person, { nil: null }),
        fc.constantFrom(' ', '\n'),
        (medium, agency, who, gap) => {
          const credit = who === null ? `${medium} ${agency}` : `${medium} ${agency}/${who}`
          const text = `${caption}${gap}${credit}`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => c.text)).toEqual([credit])
          expect(got[0]?.creator).toBe(who)
          expect(got[0]?.source?.toLowerCase()).toBe(agency.toLowerCase())
        },
      ),
    )
  })
})
