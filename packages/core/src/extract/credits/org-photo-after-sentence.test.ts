/**
 * An organisation's own "… photo" after a caption's last sentence: on the caption's line
 * ("… at the base. AP photo"), inside the caption's bracket ("(Caption. White House photo)"), or
 * in a bracket with the caption's full stop after it ("… a possessor state (U.N. photo)."). Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const caption = 'Weapons seized by the security forces are shown at an army base'

describe("an organisation's photo after a caption's sentence", () => {
  it("credits a wire's photo after the caption's full stop, the wire its source", () => {
    const text = `${caption}. AP photo\nThe next paragraph.`
    expect(exact(text)).toEqual([
      {
        start: 65,
        end: 73,
        text: 'AP photo',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AP',
        license: null,
      },
    ])
  })

  it("reads it inside the caption's bracket, after its last sentence", () => {
    expect(
      fields(`(Shown here on a visit to the example plant in the spring. White House photo)\n`),
    ).toEqual([{ text: 'White House photo', creator: null, source: 'White House', license: null }])
  })

  it('reads a bracket with the full stop after it', () => {
    expect(fields(`${caption} (U.N. photo).\n`)).toEqual([
      { text: 'U.N. photo', creator: null, source: 'U.N.', license: null },
    ])
  })

  it('finds nothing after a short caption, a sentence not ended or a name that is no organisation', () => {
    expect(fields('The assembly hall. AP photo\n')).toEqual([])
    expect(fields(`${caption} AP photo\n`)).toEqual([])
    expect(fields(`${caption}. Family photo\n`)).toEqual([])
    expect(fields(`${caption}. Cover photo\n`)).toEqual([])
  })

  it('property: a known service after any long caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AP', 'White House', 'U.N.', 'UNICEF', 'ICRC'),
        fc.constantFrom(caption, 'Deminers mark the edge of a cleared field near the village'),
        (service, words) => {
          const text = `${words}. ${service} photo\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${service} photo`, creator: null, source: service, license: null },
          ])
        },
      ),
    )
  })
})
