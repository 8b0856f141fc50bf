/**
 * An organisation's name alone in square brackets closing a caption's line of five words or more
 * ("… on June 2. [EXAMPLE CHIEFS OF STAFF]"). Acronyms alone, a person's name, file notes with
 * commas or numbers and round brackets ("(Denial of Service)") are none. Every sentence is written for
 * these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const caption = 'Soldiers clear mines along the northern edge of the valley on June 2.'

describe("an organisation's name in brackets closing a caption", () => {
  it('reads a name in square brackets after the caption, the name its source', () => {
    expect(exact(`${caption} [EXAMPLE CHIEFS OF STAFF]\n\nThe work resumed.`)).toEqual([
      {
        start: 71,
        end: 94,
        text: 'EXAMPLE CHIEFS OF STAFF',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'EXAMPLE CHIEFS OF STAFF',
        license: null,
      },
    ])
  })

  it('reads square brackets without a full stop, and leaves round ones alone', () => {
    expect(
      fields('Clearance inside a collapsed house near the river [The Example Trust]\n'),
    ).toEqual([
      { text: 'The Example Trust', creator: null, source: 'The Example Trust', license: null },
    ])
    expect(fields(`${caption} (Example National Archives)\n`)).toEqual([])
    expect(fields('It may slow the program down significantly. (Denial of Service)\n')).toEqual([])
  })

  it('finds none for acronyms, people, file notes, text after the bracket or short lines', () => {
    expect(fields(`${caption} [PDF]\n`)).toEqual([])
    expect(fields(`${caption} [Read more]\n`)).toEqual([])
    expect(fields(`${caption} [Jane Doe]\n`)).toEqual([])
    expect(fields(`${caption} [Example Office, Central Files, XY 4]\n`)).toEqual([])
    expect(fields('Signed under the Treaty on Example Weapons (Example Organisation)\n')).toEqual(
      [],
    )
    expect(fields('Mines [The Example Trust]\n')).toEqual([])
    expect(fields(`${caption} [Example Trust] and more text follows here.\n`)).toEqual([])
  })

  it('property: any organisation in square brackets after a long caption is its credit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('The Example Trust', 'EXAMPLE PRESS CORPS', 'Example Ministry of Defence'),
        fc.constantFrom('', ']'),
        fc.constantFrom('\n', '', '\r\n'),
        (name, extra, after) => {
          const text = `${caption} [${name}]${extra}${after}`
          expect(fields(text)).toEqual([{ text: name, creator: null, source: name, license: null }])
          sane(text)
        },
      ),
    )
  })
})
