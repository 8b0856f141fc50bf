/**
 * Spanish "cortesía" ("courtesy"): "Foto Cortesía de Jane Roe", "Foto: cortesía de Example
 * Relief", "Cortesía: Example Relief" read as their English forms do. Every sentence is written
 * for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Rosa', 'Tadeo', 'Inés', 'Bruno'],
  ['Quintana', 'Ferrer', 'Alvear', 'Sosa'],
)

describe('Spanish "cortesía"', () => {
  it('is a label after a medium word, without a colon', () => {
    expect(exact('Los técnicos revisan el terreno. Foto Cortesía de Rosa Quintana')).toEqual([
      {
        start: 33,
        end: 63,
        text: 'Foto Cortesía de Rosa Quintana',
        kind: 'photo',
        title: null,
        creator: 'Rosa Quintana',
        source: null,
        license: null,
      },
    ])
  })

  it('opens a body after "Foto:", naming an organisation as the source', () => {
    expect(fields('Los técnicos revisan el terreno.\nFoto: cortesía de Fundación Ejemplo')).toEqual(
      [
        {
          text: 'Foto: cortesía de Fundación Ejemplo',
          creator: null,
          source: 'Fundación Ejemplo',
          license: null,
        },
      ],
    )
  })

  it('is a label of its own', () => {
    expect(exact('Los técnicos revisan el terreno.\nCortesía: Example Relief')).toEqual([
      {
        start: 33,
        end: 57,
        text: 'Cortesía: Example Relief',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Example Relief',
        license: null,
      },
    ])
  })

  it('is no label in a sentence', () => {
    expect(fields('La cortesía de los vecinos fue notable durante la visita.')).toEqual([])
    expect(fields('Cortesía de los vecinos, la fiesta terminó tarde.')).toEqual([])
  })

  it('property: "Foto Cortesía de <name>" credits the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom(
          'Foto Cortesía de',
          'Foto: cortesía de',
          'FOTO: CORTESÍA DE',
          'Cortesía de',
        ),
        fc.constantFrom('\n', ' '),
        (who, label, gap) => {
          const text = `Una brigada marca el camino.${gap}${label} ${who}`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => c.text)).toEqual([`${label} ${who}`])
          expect(got[0]?.creator?.toLowerCase()).toBe(who.toLowerCase())
        },
      ),
    )
  })
})
