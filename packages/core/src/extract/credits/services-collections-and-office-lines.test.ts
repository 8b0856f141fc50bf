/**
 * From the tenth real-page set's misses: a photo service's name in brackets closing a caption
 * ("(UN Photo)", "(AP Photo)"), also with the next caption glued to it where the line break was
 * lost; an agency's collection written in Polish ("Reportage wg Getty Images", as "Reportage by
 * Getty Images"); Office's "This Image by … is licensed under …" after a dash. Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('a photo service in brackets closing a caption', () => {
  it('with the next caption glued to it', () => {
    const text =
      'The final text included a plan on disarmament.” (UN Photo)The final document of the review conference was adopted.'
    expect(exact(text)).toEqual([
      {
        start: 49,
        end: 57,
        text: 'UN Photo',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'UN Photo',
        license: null,
      },
    ])
  })

  it('not after a caption without a full stop', () => {
    expect(fields('The minister spoke (UN Photo)The final document')).toEqual([])
  })

  it('property: either service, the bracket ending the line or glued to the next caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['UN Photo', 'UN Photo'], ['AP Photo', 'AP']),
        fc.constantFrom('\nThe talks resume in May.', 'The talks resume in May.'),
        ([service, source], after) => {
          const text = `Delegates leave the hall after the closing session on Friday. (${service})${after}`
          sane(text)
          expect(fields(text)).toEqual([{ text: service, creator: null, source, license: null }])
        },
      ),
    )
  })
})

describe("an agency's collection in Polish", () => {
  it('"Reportage wg Getty Images" is the source, as "Reportage by Getty Images"', () => {
    expect(
      fields(
        'Over a million people were exposed to radiation during forty years of testing. (Jane Doe / Reportage wg Getty Images)\nA mother bathes her daughter.',
      ),
    ).toEqual([
      {
        text: 'Jane Doe / Reportage wg Getty Images',
        creator: 'Jane Doe',
        source: 'Reportage wg Getty Images',
        license: null,
      },
    ])
    expect(fields('Wg danych ONZ (dane wg Example Trust)\nNext.')).toEqual([])
  })
})

describe("Office's line after a dash", () => {
  it('is read as at a line start', () => {
    expect(
      exact(
        'Prints are made from full resolution images.\n\nExampleDrift – This Image by Jane Doe is licensed under CC BY-NC-ND 3.0\nNext.',
      ),
    ).toEqual([
      {
        start: 61,
        end: 117,
        text: 'This Image by Jane Doe is licensed under CC BY-NC-ND 3.0',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: 'CC BY-NC-ND 3.0',
      },
    ])
    // No person or user after "by": no credit, as at a line start.
    expect(
      fields('Prints are made – This picture by the committee is licensed under CC BY 4.0\n'),
    ).toEqual([])
  })
})
