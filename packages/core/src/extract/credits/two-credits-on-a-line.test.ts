/**
 * Two credits on one line, an agency's unlabelled chain, a spaced dash, then a labelled credit
 * ("EPA/Jane Roe — Image by © Jane Roe/epa/Corbis"): both are found, each with its fields. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Hanna', 'Oskar', 'Leila', 'Tariq'], ['Berg', 'Mensah', 'Novak', 'Haddad'])

describe('an agency credit, a dash and a labelled credit on one line', () => {
  it('finds both', () => {
    expect(
      exact('Ships wait at the quay.\nEPA/Hanna Berg — Image by © Hanna Berg/epa/Corbis\n'),
    ).toEqual([
      {
        start: 24,
        end: 38,
        text: 'EPA/Hanna Berg',
        kind: 'credit',
        title: null,
        creator: 'Hanna Berg',
        source: 'EPA',
        license: null,
      },
      {
        start: 41,
        end: 73,
        text: 'Image by © Hanna Berg/epa/Corbis',
        kind: 'image',
        title: null,
        creator: 'Hanna Berg',
        source: 'EPA/Corbis',
        license: null,
      },
    ])
  })

  it("after a caption's sentence and before other labels", () => {
    expect(
      fields('Ships wait at the quay. AFP/Oskar Mensah – Photo: Leila Novak/Example Trust'),
    ).toEqual([
      { text: 'AFP/Oskar Mensah', creator: 'Oskar Mensah', source: 'AFP', license: null },
      {
        text: 'Photo: Leila Novak/Example Trust',
        creator: 'Leila Novak',
        source: 'Example Trust',
        license: null,
      },
    ])
  })

  it('finds both after a bar or a slash before a label with a colon or "by"', () => {
    expect(fields('Ships wait at the quay.\nEPA/Hanna Berg | Photo: Oskar Mensah/AFP\n')).toEqual([
      { text: 'EPA/Hanna Berg', creator: 'Hanna Berg', source: 'EPA', license: null },
      { text: 'Photo: Oskar Mensah/AFP', creator: 'Oskar Mensah', source: 'AFP', license: null },
    ])
    expect(
      fields('Ships wait at the quay.\nREUTERS/Hanna Berg / Picture by Oskar Mensah\n'),
    ).toEqual([
      { text: 'REUTERS/Hanna Berg', creator: 'Hanna Berg', source: 'Reuters', license: null },
      { text: 'Picture by Oskar Mensah', creator: 'Oskar Mensah', source: null, license: null },
    ])
    // Bars and slashes between a chain's parts stay in it.
    expect(
      fields(
        'Ships sail out of the harbour at dawn on Monday.\nHanna Berg | Harbour News | Getty Images\n',
      ),
    ).toEqual([
      {
        text: 'Hanna Berg | Harbour News | Getty Images',
        creator: 'Hanna Berg',
        source: 'Harbour News | Getty Images',
        license: null,
      },
    ])
  })

  it('keeps a dash before a sentence out of the agency credit', () => {
    // A dash before a sentence ends an agency's credit as before ("… / Getty - The ministry").
    expect(fields('Ships wait at the quay.\nHanna Berg/EPA - The port reopened.')).toEqual([
      { text: 'Hanna Berg/EPA', creator: 'Hanna Berg', source: 'EPA', license: null },
    ])
  })

  it('property: any agency, dash and second label', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EPA', 'AFP', 'Reuters'),
        person,
        fc.constantFrom(' — ', ' – ', ' - '),
        fc.constantFrom('Image by © ', 'Photo: ', 'Credit: ', '© '),
        person,
        (agency, who, dash, label, other) => {
          const text = `Ships wait at the quay.\n${agency}/${who}${dash}${label}${other}/Example Trust\n`
          sane(text)
          expect(fields(text).map((c) => [c.text, c.creator])).toEqual([
            [`${agency}/${who}`, who],
            [`${label}${other}/Example Trust`, other],
          ])
        },
      ),
    )
  })
})
