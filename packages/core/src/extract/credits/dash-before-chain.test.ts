/**
 * A photographer and an agency after a spaced dash closing a caption's line ("… behind Laos and
 * Cambodia - Jane Roe/AFP"), as Brazilian news sites print them, and Portuguese "Imagem:" after a
 * caption that ends without a full stop. Every sentence is written for these tests; the names
 * are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Livia', 'Caio', 'Marta', 'Otto'], ['Prado', 'Serrano', 'Vidal', 'Kühn'])

const caption =
  'Volunteers sweep the pasture with detectors, in one of the most contaminated districts of the region'

describe('a photographer and an agency after a dash closing a caption', () => {
  it('is a credit without the caption', () => {
    const text = `${caption} - Livia Prado/AFP\nNext paragraph.`
    expect(exact(text)).toEqual([
      {
        start: 103,
        end: 118,
        text: 'Livia Prado/AFP',
        kind: 'credit',
        title: null,
        creator: 'Livia Prado',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('needs a person before the slash and a caption before the dash', () => {
    expect(fields('The markets moved sharply this week - EUR/USD fell again.')).toEqual([])
    expect(fields(`${caption} - Example Trust/AFP`)).toEqual([])
    expect(fields('Jane Doe - Example Daily/AFP')).toEqual([])
  })

  it('property: "<caption> - <name>/<agency>" credits the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(' - ', ' \u2013 ', ' \u2014 '),
        fc.constantFrom('AFP', 'Reuters', 'EPA'),
        (who, dash, agency) => {
          const text = `${caption}${dash}${who}/${agency}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who}/${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})

describe('Portuguese "Imagem:" after a caption without a full stop', () => {
  it('starts a credit', () => {
    expect(fields(`${caption} Imagem: Caio Serrano/AFP`)).toEqual([
      { text: 'Imagem: Caio Serrano/AFP', creator: 'Caio Serrano', source: 'AFP', license: null },
    ])
  })

  it('property: "<caption> Imagem: <name>/<agency>" credits the name', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('Imagem', 'Imagen', 'Image'), (who, label) => {
        const text = `${caption} ${label}: ${who}/AFP`
        sane(text)
        expect(fields(text).map((c) => c.text)).toEqual([`${label}: ${who}/AFP`])
      }),
    )
  })
})
