/**
 * A newspaper's own photographer and her role, "Jane Doe / Staff Photographer": after a caption's
 * last sentence on its line (also in a gallery flattened to one line, before its "Buy Now"
 * button), after a dash, or alone on the line under a caption. The name is the creator; the role
 * names no source. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe("a paper's staff photographer and her role", () => {
  it('"JOHN ROE / STAFF PHOTOGRAPHER" in a gallery flattened to one line', () => {
    const text =
      'Buy Now Shells are stored at the plant on Wednesday, April 12, 2023. JOHN ROE / STAFF PHOTOGRAPHER Buy Now A billet is seen in a furnace on Wednesday, April 12, 2023. JOHN ROE / STAFF PHOTOGRAPHER Buy Now More'
    const credit = {
      kind: 'credit',
      title: null,
      text: 'JOHN ROE / STAFF PHOTOGRAPHER',
      creator: 'JOHN ROE',
      source: null,
      license: null,
    }
    expect(exact(text)).toEqual([
      { start: 69, end: 98, ...credit },
      { start: 167, end: 196, ...credit },
    ])
  })

  it.each([
    [
      'Officers brief the media on the guns found at the port on Monday. - Jane Doe/Staff Photographer\nMore.',
      'Jane Doe/Staff Photographer',
    ],
    // After a sentence on its line, and alone under a caption: no source either way.
    [
      'She is a member of the team at the paper. Jane Doe/Staff Photographer\n',
      'Jane Doe/Staff Photographer',
    ],
    [
      'A crowd gathers at the port on Monday.\nJane Doe/Staff Photographer\n',
      'Jane Doe/Staff Photographer',
    ],
  ])('%j', (text, credit) => {
    expect(fields(text)).toEqual([
      { text: credit, creator: 'Jane Doe', source: null, license: null },
    ])
  })

  it.each([
    'He hired a staff photographer / Staff Photographer for the team.\n',
    'The Example Daily / Staff Photographer\n',
    'She worked as a staff photographer for the paper for years.\n',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a name in any case and the role in capitals or title case', () => {
    fc.assert(
      fc.property(
        person,
        fc.boolean(),
        fc.constantFrom(' / STAFF PHOTOGRAPHER', '/Staff Photographer', ' / Staff photographer'),
        (who, capitals, role) => {
          const name = capitals ? who.toUpperCase() : who
          const text = `Deminers clear the field near the river on Monday. ${name}${role} Buy Now Next caption.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${name}${role}`, creator: name, source: null, license: null },
          ])
        },
      ),
    )
  })
})
