/**
 * A site's address glued to a credit label by a hyphen, as some news sites print it under a
 * picture ("example.vn-Foto: Jane Roe"): the credit starts at the label. Every sentence is written
 * for these tests; the names and sites are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Linh', 'Bao', 'Petra', 'Anton'], ['Tran', 'Vu', 'Kessler', 'Maro'])
const caption = 'Engineers mark the cleared strip beside the rice fields.'

describe("a site's address glued to a label", () => {
  it('"site-Foto: Name" after the last sentence', () => {
    expect(exact(`${caption} example.vn-Foto: Linh Tran`)).toEqual([
      {
        start: 68,
        end: 83,
        text: 'Foto: Linh Tran',
        kind: 'photo',
        title: null,
        creator: 'Linh Tran',
        source: null,
        license: null,
      },
    ])
  })

  it('on its own line and in a bracket, with an agency', () => {
    expect(fields(`${caption}\nexample.org-Photo: Bao Vu/AFP`)).toEqual([
      { text: 'Photo: Bao Vu/AFP', creator: 'Bao Vu', source: 'AFP', license: null },
    ])
    expect(fields(`${caption} (example.com-Foto: Petra Kessler)`)).toEqual([
      { text: 'Foto: Petra Kessler', creator: 'Petra Kessler', source: null, license: null },
    ])
  })

  it('a word that is no address, or prose after the label, is none', () => {
    expect(fields(`${caption} news-Foto: Linh Tran`)).toEqual([])
    expect(fields('Read more on example.com-Photo: the best of the week')).toEqual([])
  })

  it('property: an address, a hyphen, a label and a name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('example.vn', 'news.example.com', 'sample.org'),
        fc.constantFrom('Foto', 'Photo'),
        person,
        fc.constantFrom(' ', '\n'),
        (site, label, who, gap) => {
          const text = `${caption}${gap}${site}-${label}: ${who}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label}: ${who}`, creator: who, source: null, license: null },
          ])
        },
      ),
    )
  })
})
