/**
 * BBC Afrique's "Crédit photo, " (from the twelfth real-page set's misses): the French service's
 * form of the BBC's "Image source, ", on its own line under a caption, credits a photograph.
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('"Crédit photo, " before a name', () => {
  it('on its own line under a caption, before a person or an agency', () => {
    const text =
      'Des soldats avec des habitants du village\n\nCrédit photo, Jane Doe Roe\n\nLégende image,\n\nCrédit photo, Getty Images\n'
    expect(exact(text)).toEqual([
      {
        start: 43,
        end: 69,
        text: 'Crédit photo, Jane Doe Roe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe Roe',
        source: null,
        license: null,
      },
      {
        start: 87,
        end: 113,
        text: 'Crédit photo, Getty Images',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Getty Images',
        license: null,
      },
    ])
  })

  it('no credit: a phrase in a sentence, a lower-case word after the comma', () => {
    expect(fields('Le crédit photo, comme on dit, revient à l’auteur.')).toEqual([])
    expect(fields('Crédit photo, la nuit tombe sur la ville.')).toEqual([])
  })

  it('property: a person and an agency under a caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Jane', 'John', 'Awa'),
        fc.constantFrom('Doe', 'Roe', 'Diallo'),
        fc.constantFrom('AFP', 'Reuters', 'EPA'),
        (first, last, agency) => {
          const text = `Des enfants devant l'école\n\nCrédit photo, ${first} ${last}/${agency}\n\nSuite.`
          sane(text)
          expect(exact(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
            [`Crédit photo, ${first} ${last}/${agency}`, 'photo', `${first} ${last}`, agency],
          ])
        },
      ),
    )
  })
})
