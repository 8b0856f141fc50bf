/**
 * AFP's house style on syndicating sites: "Copyright AFP Jane DOE", the agency after a bare
 * "Copyright", then the photographer with the surname in capitals (also "© AFP Jane DOE",
 * "Copyright AFP/File Jane DOE"). A bare "Copyright" before any other word stays prose. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('an agency, then the photographer with the surname in capitals', () => {
  it('after a bare "Copyright" closing a caption', () => {
    const text =
      'A boy is treated in a hospital for injuries caused by a shell - Copyright AFP Jane DOE\nA boy is treated'
    expect(exact(text)).toEqual([
      {
        start: 64,
        end: 86,
        text: 'Copyright AFP Jane DOE',
        kind: 'credit',
        title: null,
        creator: 'Jane DOE',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it.each([
    ['A boy is treated in a hospital.\n© AFP Jane DOE\nNext.', '© AFP Jane DOE', 'Jane DOE', 'AFP'],
    [
      'A boy is treated in a hospital.\nCopyright AFP/File Jane DOE\nNext.',
      'Copyright AFP/File Jane DOE',
      'Jane DOE',
      'AFP',
    ],
    ['A boy is treated in a hospital.\nCopyright AFP\nNext.', 'Copyright AFP', null, 'AFP'],
    [
      'A boy is treated in a hospital.\nPhoto: AFP Jean-Paul DOE\nNext.',
      'Photo: AFP Jean-Paul DOE',
      'Jean-Paul DOE',
      'AFP',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('a bare "Copyright" before a word that is no known agency is no label', () => {
    expect(fields('A boy is treated.\nCopyright Example Holdings Ltd\nNext.')).toEqual([])
    expect(fields('Copyright law protects the work.\nCopyright NOTICE\nNext.')).toEqual([])
  })

  it('property: a known wire, then a name with its surname in capitals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Copyright ', '© ', 'Copyright © '),
        fc.constantFrom('AFP', 'Reuters', 'ANSA'),
        fc.constantFrom('Jane DOE', 'John ROE', 'Ana-Maria DE SOUSA'),
        (label, agency, who) => {
          const wire = agency === 'Reuters' ? 'REUTERS' : agency
          const text = `Rescuers search the rubble after the strike.\n${label}${wire} ${who}\nNext.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label}${wire} ${who}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
