/**
 * Credits on lines that no rule reads but whose shape scores as a credit line. Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { findScoredLines } from './learned-lines.js'

const fields = (text: string) =>
  extractCredits(text).map((c) => ({ text: c.text, creator: c.creator, source: c.source }))

const person = fc
  .tuple(
    fc.constantFrom('Ines', 'Karl', 'Oona', 'Rafael', 'Selma', 'Teodor'),
    fc.constantFrom('Halvorsen', 'Mbeki', 'Quist', 'Rautio', 'Varga', 'Whitlock'),
  )
  .map(([a, b]) => `${a} ${b}`)

/** Agencies in capitals that no list of ours names. */
const agency = fc.constantFrom('NORTHLIGHT PRESS', 'HARBOUR IMAGES', 'EXAMPLE PRESS', 'KESTREL')

const caption = fc.constantFrom(
  'Workers lower the lid onto the cask at the plant, Tuesday, May 3, 2005.',
  'A deminer marks a cleared lane near the village. The survey resumed in spring.',
  'Delegates leave the hall after the vote on the draft resolution.',
)

describe('credits on lines whose shape scores as a credit line', () => {
  it('reads a bracketed credit in a table row', () => {
    const text =
      'Workers lower the lid onto the cask at the plant, Tuesday, May 3, 2005. (EXAMPLE PRESS/Ines Varga) |\nThe next row |'
    expect(fields(text)).toEqual([
      { text: 'EXAMPLE PRESS/Ines Varga', creator: 'Ines Varga', source: 'EXAMPLE PRESS' },
    ])
  })

  it('reads a credit after a bar at the end of a caption', () => {
    expect(
      fields(
        'A deminer in training near the border. | © I. Varga/Example Aid Agency\nThe survey resumed.',
      ),
    ).toEqual([
      {
        text: '© I. Varga/Example Aid Agency',
        creator: 'I. Varga',
        source: 'Example Aid Agency',
      },
    ])
  })

  it('leaves tags, menus and prose alone', () => {
    for (const text of [
      'The Council voted on the draft after a long debate in the chamber.\nNuclear Weapons/Disarmament\n',
      'Home | News | Photo Gallery/Videos | Contact',
      'The States Parties met again in 2015/2016 to review the clearance of the contaminated areas.',
      'Translators:\n\u00a9 2006 Ana Pereira\n\u00a9 2011 Tomas Berg\n\u00a9 2014 Lena Novak',
    ]) {
      expect(fields(text), text).toEqual([])
    }
  })

  it('reads no site path ("CHINA / Photo") as a credit', () => {
    const text =
      'A crane lifts the lid of the cask at the plant on Tuesday.\nCHINA / Photo\nIt closed.'
    expect(findScoredLines(text, () => false)).toEqual([])
  })

  it('property: a bracketed agency and photographer at the end of a table row is a credit', () => {
    fc.assert(
      fc.property(caption, agency, person, (cap, org, who) => {
        const text = `${cap} (${org}/${who}) |\nThe next row |`
        expect(fields(text)).toEqual([{ text: `${org}/${who}`, creator: who, source: org }])
      }),
      { numRuns: 60 },
    )
  })

  it('property: lines of lower-case prose with slashes and bars hold no credit', () => {
    const word = fc.constantFrom(
      'the',
      'states',
      'parties',
      'and/or',
      'clearance',
      'of',
      'mines',
      'in',
      'report',
      '|',
      'were',
      'photo',
      'by',
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 30 }), (words) => {
        const text = `${words.join(' ')}.\n${words.reverse().join(' ')}`
        expect(findScoredLines(text, () => false)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('reads nothing on a line another credit already holds', () => {
    const text = 'A deminer in training near the border. | © I. Varga/Example Aid Agency'
    expect(findScoredLines(text, () => true)).toEqual([])
    expect(findScoredLines(text, () => false)).toHaveLength(1)
  })
})
