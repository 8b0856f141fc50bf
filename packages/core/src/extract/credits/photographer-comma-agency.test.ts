/**
 * A photographer, a comma or an em dash, then a known agency (or a paper's name in capitals,
 * where a gallery's captions close so twice or more), closing a caption's line or alone on the
 * line under it: "Jane Doe, USA TODAY", "(Jane Doe, The Associated Press)", "Jane Doe—AFP/Getty
 * Images". Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person, sane } from './test-helpers.js'

const caption = 'Volunteers clear a field of old shells near the village before the rains.'

describe('a photographer, a comma or a dash, then an agency', () => {
  it('credits the line under a caption, the photographer and the agency as written', () => {
    const text = `${caption}\nJane Doe, The Associated Press\n\nThe work goes on.`
    expect(exact(text)).toEqual([
      {
        start: 74,
        end: 104,
        text: 'Jane Doe, The Associated Press',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'The Associated Press',
        license: null,
      },
    ])
  })

  it('reads lines ended by CR LF or a line separator, and the last of several lines', () => {
    const credit = {
      text: 'Jane Doe, Reuters',
      creator: 'Jane Doe',
      source: 'Reuters',
      license: null,
    }
    expect(fields(`${caption}\r\nJane Doe, Reuters\r\nThe work goes on.`)).toEqual([credit])
    expect(fields(`${caption}\u2028Jane Doe, Reuters\u2028The work goes on.`)).toEqual([credit])
    expect(fields(`Intro, with a comma.\n${caption}\nJane Doe, Reuters`)).toEqual([credit])
  })

  it('reads the em dash and a chain after the agency', () => {
    expect(fields(`${caption}\nJane Doe\u2014AFP/Getty Images\nBy Example Staff`)).toEqual([
      {
        text: 'Jane Doe\u2014AFP/Getty Images',
        creator: 'Jane Doe',
        source: 'AFP/Getty Images',
        license: null,
      },
    ])
  })

  it("reads a chain after the agency after a comma, on the caption's line too", () => {
    expect(fields(`${caption} Jane Doe, AFP/Getty Images\n`)).toEqual([
      {
        text: 'Jane Doe, AFP/Getty Images',
        creator: 'Jane Doe',
        source: 'AFP/Getty Images',
        license: null,
      },
    ])
  })

  it('reads it in brackets closing the caption', () => {
    expect(fields(`${caption} (Jane Doe, Reuters)\n`)).toEqual([
      { text: 'Jane Doe, Reuters', creator: 'Jane Doe', source: 'Reuters', license: null },
    ])
  })

  it("reads a paper's name in capitals only where two captions close with it", () => {
    const one = `${caption}\nJane Doe, USA EXAMPLE\n`
    expect(fields(one)).toEqual([])
    expect(
      fields(
        `${one}\nA second caption of the gallery shows the same field.\nJane Doe, USA EXAMPLE\n`,
      ),
    ).toEqual([
      { text: 'Jane Doe, USA EXAMPLE', creator: 'Jane Doe', source: 'USA EXAMPLE', license: null },
      { text: 'Jane Doe, USA EXAMPLE', creator: 'Jane Doe', source: 'USA EXAMPLE', license: null },
    ])
  })

  it('finds nothing in a signature, a short heading or a byline', () => {
    expect(fields(`${caption}\nJohn Roe, CEO\n`)).toEqual([])
    expect(fields(`${caption}\nJane Doe, NEW YORK\n`)).toEqual([])
    expect(fields(`${caption}\nBy Jane Doe, Reuters\n`)).toEqual([])
    expect(fields(`${caption} (Jane Doe, Example Trust)\n`)).toEqual([])
  })

  it('property: any photographer and agency, comma or dash, under any caption', () => {
    fc.assert(
      fc.property(
        person(['Jane', 'John', 'Ana'], ['Doe', 'Roe', 'Example']),
        fc.constantFrom(', ', '\u2014'),
        fc.constantFrom('Reuters', 'AFP', 'The Associated Press', 'EPA-EFE', 'AFP/Getty Images'),
        (who, sep, agency) => {
          const text = `${caption}\n${who}${sep}${agency}\n\nThe work goes on.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who}${sep}${agency}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
