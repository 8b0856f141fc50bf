/**
 * Credits that sign a caption's line without a label (issue 9): an organisation, a site or a
 * person with a licence in brackets, and an agency with its photographer after a colon. Every
 * sentence is written for these tests; the names and organisations are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ines', 'Karel', 'Lotta', 'Milan', 'Noor', 'Oskar'],
  ['Varga', 'Holm', 'Esposito', 'Nakata', 'Duarte', 'Quist'],
)
const caption = fc.constantFrom(
  'Rescuers carry a stretcher along the cleared track by the river.',
  'A sapper marks the edge of the field with red stakes, 3 May 2023.',
  'Children walk past the fenced area on their way to school.',
)

describe('an organisation and a licence in brackets closing a caption', () => {
  it.each([
    [
      'Rescuers carry a stretcher along the track. Northern Rescue Service (CC BY 4.0)',
      {
        text: 'Northern Rescue Service (CC BY 4.0)',
        creator: null,
        source: 'Northern Rescue Service',
        license: 'CC BY 4.0',
      },
    ],
    [
      'A sapper marks the edge of the field.\nCoastal Guard of Examplia (CC BY 4.0)\nThe work goes on.',
      {
        text: 'Coastal Guard of Examplia (CC BY 4.0)',
        creator: null,
        source: 'Coastal Guard of Examplia',
        license: 'CC BY 4.0',
      },
    ],
    [
      'A sapper marks the edge of the field.\nrescue.example.gov (CC BY 4.0)',
      {
        text: 'rescue.example.gov (CC BY 4.0)',
        creator: null,
        source: 'rescue.example.gov',
        license: 'CC BY 4.0',
      },
    ],
    [
      'The old depot before its demolition. Lotta Holm (CC BY-SA 2.0)',
      {
        text: 'Lotta Holm (CC BY-SA 2.0)',
        creator: 'Lotta Holm',
        source: null,
        license: 'CC BY-SA 2.0',
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([expected])
  })

  it('a heading, prose or a licence alone in brackets is no credit', () => {
    expect(fields('Open Data For Everyone (CC BY 4.0)')).toEqual([])
    expect(fields('The report is free to reuse (CC BY 4.0)')).toEqual([])
    expect(fields('A sapper marks the field. (CC BY 4.0)')).toEqual([])
    expect(fields('Text and maps of the survey (CC BY 4.0)')).toEqual([])
  })

  it('property: the organisation is the source, the licence its canonical name', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom(
          'Northern Rescue Service',
          'Coastal Guard of Examplia',
          'Example Demining Agency',
        ),
        fc.constantFrom(
          ['CC BY 4.0', 'CC BY 4.0'],
          ['CC BY-SA 3.0', 'CC BY-SA 3.0'],
          ['CC-BY-2.0', 'CC BY 2.0'],
        ),
        fc.boolean(),
        (cap, org, [written, canonical], own) => {
          const credit = `${org} (${written})`
          const text = `${cap}${own ? '\n' : ' '}${credit}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: credit, creator: null, source: org, license: canonical },
          ])
        },
      ),
    )
  })
})

describe('an agency, a colon and its photographer on a line under a caption', () => {
  it.each([
    [
      'A sapper marks the edge of the field.\nReuters: Milan Varga',
      { text: 'Reuters: Milan Varga', creator: 'Milan Varga', source: 'Reuters' },
    ],
    [
      'Inspectors seal a container at the plant.\nAFP: Noor Al-Duarte\n',
      { text: 'AFP: Noor Al-Duarte', creator: 'Noor Al-Duarte', source: 'AFP' },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
  })

  it('a speaker, a note or an agency with prose after the colon is no credit', () => {
    expect(fields('Chair: Milan Varga')).toEqual([])
    expect(fields('Reuters: the talks resumed on Monday')).toEqual([])
    expect(fields('Reuters: Milan Varga said the talks had resumed on Monday')).toEqual([])
  })

  it('property: the person is the creator, the agency the source', () => {
    fc.assert(
      fc.property(
        caption,
        person,
        fc.constantFrom('Reuters', 'AFP', 'AP', 'EPA'),
        (cap, who, from) => {
          const credit = `${from}: ${who}`
          const text = `${cap}\n${credit}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: credit, creator: who, source: from, license: null },
          ])
        },
      ),
    )
  })
})
