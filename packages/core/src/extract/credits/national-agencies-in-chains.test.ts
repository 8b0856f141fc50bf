/**
 * National agencies that sign pictures like the global wires: Austria's APA, Indonesia's Antara,
 * Malaysia's Bernama, Britain's PA (also "PA Media"), Brazil's Folhapress, Tribune News Service
 * (TNS), and a foreign wire printed with Jiji's name ("AFP-JIJI"). Each makes an unlabelled chain
 * a credit as "Reuters" does; in prose their names stay names. Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe('a national agency in a chain closing a caption', () => {
  it('"(Example Navy/PA)" after a caption without a full stop', () => {
    const text = 'Intro.\n\nThe divers detonated the mine at Example Bay (Example Navy/PA)\n\nMore.'
    expect(exact(text)).toEqual([
      {
        start: 54,
        end: 69,
        text: 'Example Navy/PA',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Example Navy/PA',
        license: null,
      },
    ])
  })

  it.each([
    // Antara in capitals is spelt as the agency spells itself.
    [
      'The minister signs the treaty in New York, 20/09/2017. (ANTARA/JOHN ROE)\n\nMore.',
      'ANTARA/JOHN ROE',
      'JOHN ROE',
      'Antara',
    ],
    [
      'The minister signs the treaty in New York, 20/09/2017. (Antara/John Roe)\n\nMore.',
      'Antara/John Roe',
      'John Roe',
      'Antara',
    ],
    [
      'Power plant near the coast - Jane Doe/Folhapress\nMore.',
      'Jane Doe/Folhapress',
      'Jane Doe',
      'Folhapress',
    ],
    [
      'The film opens with a test in the desert, as the studio showed. (Example Pictures/TNS)\n\nMore.',
      'Example Pictures/TNS',
      null,
      'Example Pictures/TNS',
    ],
    [
      'The stockpiles grew last year as tensions rose, researchers have said. | AFP-JIJI\nMore.',
      'AFP-JIJI',
      null,
      'AFP-JIJI',
    ],
    [
      'Officials meet at the hall in Kuala Lumpur on Monday.\nJane Doe/Bernama\n',
      'Jane Doe/Bernama',
      'Jane Doe',
      'Bernama',
    ],
    [
      'Visitors look at the exhibition in Vienna on Monday.\nAPA/Jane Doe\n',
      'APA/Jane Doe',
      'Jane Doe',
      'APA',
    ],
    [
      'A crowd gathers at the port on Monday.\nJane Doe/PA Media\n',
      'Jane Doe/PA Media',
      'Jane Doe',
      'PA Media',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it.each([
    'She moved to Pittsburgh, PA in 2010 and stayed there.',
    'The Antara report and the Bernama report said the same.',
    'Cite every source in APA style, as the guide asks.',
    'References follow the APA/MLA rules of the journal.',
  ])('no credit in prose: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a photographer and a national agency under a caption', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('APA', 'Antara', 'Bernama', 'PA', 'PA Media', 'Folhapress', 'TNS'),
        (who, agency) => {
          const text = `Deminers work near the river on Monday.\n${who}/${agency}\n\nMore.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who}/${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
