/**
 * Credits glued to their caption where a page's layout lost the break: a photographer's name in
 * capitals right after the caption's full stop ("… near the village.JANE DOE"), with a known
 * agency in brackets ("JANE DOE (REUTERS)") and the next caption glued after it, a known agency
 * alone after the full stop. A gallery's captions that each close with the same library's name
 * ("… in 1931. Bibliothèque de Example") credit it too. Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person, sane } from './test-helpers.js'

const caption = 'A farmer walks past a crater left by an old bomb near the village'

describe('a credit glued to its caption', () => {
  it("reads a photographer's name in capitals after the full stop, closing the line", () => {
    const text = `${caption}.JANE DOE\nThe next paragraph starts here.`
    expect(exact(text)).toEqual([
      {
        start: 66,
        end: 74,
        text: 'JANE DOE',
        kind: 'credit',
        title: null,
        creator: 'JANE DOE',
        source: null,
        license: null,
      },
    ])
  })

  it('reads the agency in brackets after the name, and the next caption glued after it', () => {
    const text = `${caption} (Laos).JOHN ROE (REUTERS)Children play in a yard full of old shells.JOHN ROE (REUTERS)\n`
    expect(fields(text)).toEqual([
      { text: 'JOHN ROE (REUTERS)', creator: 'JOHN ROE', source: 'Reuters', license: null },
      { text: 'JOHN ROE (REUTERS)', creator: 'JOHN ROE', source: 'Reuters', license: null },
    ])
    sane(text)
  })

  it('reads a known agency alone after the full stop', () => {
    expect(fields(`${caption}.AFP\n`)).toEqual([
      { text: 'AFP', creator: null, source: 'AFP', license: null },
    ])
  })

  it("credits a library's name closing each caption of a gallery", () => {
    const text =
      'The assembly hall of the old palace seen from the lake, June 1931. Bibliothèque de Example\n\n' +
      'Workers lay the foundation stone of the new wing in the spring of 1929. Bibliothèque de Example\n'
    expect(fields(text)).toEqual([
      {
        text: 'Bibliothèque de Example',
        creator: null,
        source: 'Bibliothèque de Example',
        license: null,
      },
      {
        text: 'Bibliothèque de Example',
        creator: null,
        source: 'Bibliothèque de Example',
        license: null,
      },
    ])
  })

  it('finds nothing in a short line, an unknown acronym, words of a sentence or a file name', () => {
    expect(fields('Short line.JANE DOE\n')).toEqual([])
    expect(fields(`${caption}.EXAMPLE\n`)).toEqual([])
    expect(fields(`${caption}.XYZ\n`)).toEqual([])
    expect(fields(`See the notes at the end of the example.NOTE THAT\n`)).toEqual([])
    expect(fields(`${caption}.JOHN ROE (EXAMPLE)\n`)).toEqual([])
    expect(fields(`${caption}.THE EXAMPLE TRUST\n`)).toEqual([])
    expect(fields('The project is built with Vue.JS and many other example tools.\n')).toEqual([])
    expect(fields('Open the settings from the menu on the left.README\n')).toEqual([])
    expect(fields(`${caption}. Reuters is a wire.\n`)).toEqual([])
  })

  it('property: a name in capitals glued after any long caption is its credit', () => {
    fc.assert(
      fc.property(
        person(['JANE', 'JOHN', 'MARIA'], ['DOE', 'ROE', 'EXAMPLE']),
        fc.constantFrom('', ' (REUTERS)', ' (AFP)'),
        fc.constantFrom('\n', '', 'Next caption of the gallery.'),
        fc.constantFrom(caption, 'Deminers check a field before the harvest in the north (Laos)'),
        (name, agency, after, before) => {
          const text = `${before}.${name}${agency}${after}`
          const got = fields(text)
          expect(got[0]).toEqual({
            text: name + agency,
            creator: name,
            source: agency === '' ? null : agency === ' (AFP)' ? 'AFP' : 'Reuters',
            license: null,
          })
          sane(text)
        },
      ),
    )
  })
})
