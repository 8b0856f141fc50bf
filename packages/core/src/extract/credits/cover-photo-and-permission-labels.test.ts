/**
 * Two rarer label wordings (from the thirteenth real-page set's misses): French "Photo de
 * couverture:" ("Cover photo:", kind `photo`; also after an imprint's year on its line) and "Image permission of" (as "Image courtesy of":
 * the holder is the source). "Image permission of the author." names no one and stays no credit.
 * Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('"Photo de couverture:" and "Image permission of"', () => {
  it('a cover photo in French', () => {
    const text = 'Le chemin de la réadaptation\nPhoto de couverture: Jane Doe/CICR\n'
    expect(exact(text)).toEqual([
      {
        start: 29,
        end: 63,
        text: 'Photo de couverture: Jane Doe/CICR',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'CICR',
        license: null,
      },
    ])
  })

  it('after the year of an imprint on the same line', () => {
    const text = 'Example Committee, janvier 2012 Photo de couverture: Jane Doe/CICR\n'
    expect(exact(text)).toEqual([
      {
        start: 32,
        end: 66,
        text: 'Photo de couverture: Jane Doe/CICR',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'CICR',
        license: null,
      },
    ])
  })

  it("a holder's permission", () => {
    expect(exact('Image permission of Example Museum\n')).toEqual([
      {
        start: 0,
        end: 34,
        text: 'Image permission of Example Museum',
        kind: 'image',
        title: null,
        creator: null,
        source: 'Example Museum',
        license: null,
      },
    ])
  })

  it('"permission of the author" names no one', () => {
    expect(exact('Image permission of the author.\n')).toEqual([])
  })
})
