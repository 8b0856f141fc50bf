/**
 * A wire's note in capitals after its credit on the caption's line (Reuters' house style: "SEARCH
 * "…" FOR THIS STORY.", "ATTENTION EDITORS - …", "TPX IMAGES OF THE DAY", "NO RESALES. NO
 * ARCHIVES", "PICTURE TAKEN …"): the credit ends before it, even where the line is too long for a
 * credit. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ilse', 'Tomas', 'Noor', 'Petra'], ['Vang', 'Okafor', 'Lindahl', 'Moreau'])
const caption = 'A deminer marks a cleared lane near the village, May 2, 2023.'

describe("a wire's note in capitals after the credit", () => {
  it('ends the credit: a search note, even on a line too long for a credit', () => {
    const text = `${caption} REUTERS/Ilse Vang/File Photo SEARCH "DEMINING VANG" FOR THIS STORY. SEARCH "WIDER IMAGE" FOR ALL STORIES.\nNext caption.`
    expect(exact(text)).toEqual([
      {
        start: 62,
        end: 90,
        text: 'REUTERS/Ilse Vang/File Photo',
        kind: 'credit',
        title: null,
        creator: 'Ilse Vang',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it.each([
    [
      'REUTERS/Ilse Vang ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
      'REUTERS/Ilse Vang',
      'Ilse Vang',
      'Reuters',
    ],
    ['REUTERS/Ilse Vang NO RESALES. NO ARCHIVES', 'REUTERS/Ilse Vang', 'Ilse Vang', 'Reuters'],
    [
      'REUTERS/Ilse Vang/Pool TPX IMAGES OF THE DAY',
      'REUTERS/Ilse Vang/Pool',
      'Ilse Vang',
      'Reuters/Pool',
    ],
    [
      'Ilse Vang/Reuters SEARCH \u201cDEMINING\u201d FOR THIS STORY.',
      'Ilse Vang/Reuters',
      'Ilse Vang',
      'Reuters',
    ],
    ['REUTERS/Ilse Vang PICTURE TAKEN WITH A DRONE', 'REUTERS/Ilse Vang', 'Ilse Vang', 'Reuters'],
    ['REUTERS/Ilse Vang EDITORIAL USE ONLY.', 'REUTERS/Ilse Vang', 'Ilse Vang', 'Reuters'],
    [
      'Example Press Service/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.',
      'Example Press Service/Handout via REUTERS',
      null,
      'Example Press Service/Handout via Reuters',
    ],
  ])('%s', (credit, span, creator, source) => {
    expect(fields(`${caption} ${credit}`)).toEqual([{ text: span, creator, source, license: null }])
  })

  it('leaves a note that goes on in lower case, and the notes read before, alone', () => {
    // A sentence in lower case after the note's first words is no wire's note.
    expect(fields(`${caption} REUTERS/Ilse Vang PICTURE TAKEN on a phone`)).toEqual([])
    expect(fields(`${caption} EPA/JIJI PRESS JAPAN OUT EDITORIAL USE ONLY NO ARCHIVES`)).toEqual([
      { text: 'EPA/JIJI PRESS', creator: null, source: 'EPA/Jiji Press', license: null },
    ])
    expect(fields(`${caption} Ilse Vang/AP NO RESALE NO ARCHIVE EDITORIAL USE ONLY`)).toEqual([
      { text: 'Ilse Vang/AP', creator: 'Ilse Vang', source: 'AP', license: null },
    ])
  })

  it('property: the span ends before any of the notes, whatever the photographer', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('', '/File Photo', '/Pool'),
        fc.constantFrom(
          ' SEARCH "EXAMPLE" FOR THIS STORY.',
          ' ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
          ' TPX IMAGES OF THE DAY',
          ' NO RESALES. NO ARCHIVES',
          ' PICTURE TAKEN MAY 1, 2023.',
          ' MANDATORY CREDIT',
        ),
        (who, suffix, note) => {
          const text = `${caption} REUTERS/${who}${suffix}${note}\nAnother caption.`
          sane(text)
          const [credit] = fields(text)
          expect(credit?.text).toBe(`REUTERS/${who}${suffix}`)
          expect(credit?.creator).toBe(who)
        },
      ),
    )
  })
})
