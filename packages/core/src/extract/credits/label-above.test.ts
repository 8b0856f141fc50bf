/**
 * A credit's label alone on the line above the credit ("Credit", "Photo credit:", "Copyright"),
 * as some sites print it: the line under it is the credit, read by its shape (the label's line
 * stays out of the span, as it does for an agency's line). Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ines', 'Karl', 'Noor', 'Emil'], ['Falk', 'Haddad', 'Rask', 'Moreau'])
const caption = 'Children walk to school past the fenced field.'

describe('a label alone on the line above', () => {
  it('"Credit", then a person', () => {
    expect(exact(`${caption}\nCredit\nInes Falk\n\nThe school reopened in May.`)).toEqual([
      {
        start: 54,
        end: 63,
        text: 'Ines Falk',
        kind: 'credit',
        title: null,
        creator: 'Ines Falk',
        source: null,
        license: null,
      },
    ])
  })

  it('"Photo credit:" and "Credit:", then a person and an organisation', () => {
    expect(fields(`${caption}\nPhoto credit:\nKarl Haddad/Example Relief`)).toEqual([
      {
        text: 'Karl Haddad/Example Relief',
        creator: 'Karl Haddad',
        source: 'Example Relief',
        license: null,
      },
    ])
    expect(fields(`${caption}\nCredit:\nExample Relief`)).toEqual([
      { text: 'Example Relief', creator: null, source: 'Example Relief', license: null },
    ])
  })

  it('"Copyright" only over a person under a caption', () => {
    expect(fields(`${caption}\nCopyright\nNoor Rask`)).toEqual([
      { text: 'Noor Rask', creator: 'Noor Rask', source: null, license: null },
    ])
    expect(fields(`${caption}\nCopyright\nExample Relief`)).toEqual([])
  })

  it('prose and lists under a label word are none', () => {
    expect(fields('The tax credit\nwas extended for another year.')).toEqual([])
    expect(fields('Film credits\nCredit\nDirected by Emil Moreau')).toEqual([])
    expect(fields(`${caption}\nCredit\nThe school reopened in May after the clearance.`)).toEqual(
      [],
    )
  })

  it('property: a label line, then a person with or without an organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Credit', 'Credit:', 'Photo credit', 'Image Credit:', 'CREDIT'),
        person,
        fc.constantFrom('', '/Example Relief', ' / Example Trust'),
        (label, who, org) => {
          const text = `${caption}\n${label}\n${who}${org}\nThe school reopened in May.`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => c.text)).toEqual([`${who}${org}`])
          expect(got[0]?.creator).toBe(who)
        },
      ),
    )
  })
})
