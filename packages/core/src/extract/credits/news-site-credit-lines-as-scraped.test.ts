/**
 * Credit lines of news sites as scraped (from the twelfth and thirteenth real-page sets' misses):
 * a broadcaster's "Image copyright" glued to the caption before it and to its holder, ending the
 * line ("… safeImage copyrightPA"); "PHOTO: " and "Fotos: " glued to a sentence's full stop; a
 * year closing a bracket after a chain ("[Picture: Crown Copyright/MOD 2012]": no part of the
 * credit, as at the end of a line); a bar before a date ends a credit (" |  2020. december 14."),
 * not one before an ordinal ("| 1st Class Jane Doe"); "Photo / " with a spaced slash before a
 * person's name ("Photo / Jane Doe, The Example Times") and "Photo/" before a known agency alone;
 * a menu's "Image / Video Gallery" stays none. Every sentence is written for these tests; the names
 * are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('credit lines of news sites as scraped', () => {
  it('"Image copyright" glued to the caption and to its holder, ending the line', () => {
    const text =
      'Bomb experts at workImage copyrightPA\n\nAn unexploded bombImage copyrightEXAMPLE FIRE BRIGADE\n'
    expect(exact(text)).toEqual([
      {
        start: 20,
        end: 37,
        text: 'Image copyrightPA',
        kind: 'image',
        title: null,
        creator: null,
        source: 'PA',
        license: null,
      },
      {
        start: 57,
        end: 92,
        text: 'Image copyrightEXAMPLE FIRE BRIGADE',
        kind: 'image',
        title: null,
        creator: null,
        source: 'EXAMPLE FIRE BRIGADE',
        license: null,
      },
    ])
  })

  it('"PHOTO: " and "Fotos: " glued to a full stop', () => {
    const text =
      'Candles outside the hall after the attack.PHOTO: REUTERS\n\nNadie vio un arma de fuego.Fotos: Jane Doe. Texto.\n'
    expect(exact(text)).toEqual([
      {
        start: 42,
        end: 56,
        text: 'PHOTO: REUTERS',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Reuters',
        license: null,
      },
      {
        start: 85,
        end: 100,
        text: 'Fotos: Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('a year closing a bracket after a chain is no part of the credit', () => {
    const text = 'The mine lodged in the dredge head [Picture: Crown Copyright/MOD 2012]\n'
    expect(exact(text)).toEqual([
      {
        start: 36,
        end: 64,
        text: 'Picture: Crown Copyright/MOD',
        kind: 'picture',
        title: null,
        creator: null,
        source: 'Crown Copyright/MOD',
        license: null,
      },
    ])
  })

  it('a bar before a date ends the credit, not one before an ordinal', () => {
    const text =
      'Szöveg: Example | Fotó: Jane Doe |  2020. december 14. 12:00\n\nA launch from the base (Cover Image Source: US Air Force | 1st Class Jane Doe)\n'
    expect(exact(text)).toEqual([
      {
        start: 18,
        end: 32,
        text: 'Fotó: Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
      {
        start: 86,
        end: 139,
        text: 'Cover Image Source: US Air Force | 1st Class Jane Doe',
        kind: 'image',
        title: null,
        creator: '1st Class Jane Doe',
        source: 'US Air Force',
        license: null,
      },
    ])
  })

  it('"Photo / " before a person\'s name, "Photo/" before a known agency; not a menu', () => {
    const text =
      'A survivor speaks. Photo / Jane Doe, The Example Times\n\nDrones can pass the defences. Photo/Reuters\n\nMenu\nImage / Video Gallery\n'
    expect(exact(text)).toEqual([
      {
        start: 19,
        end: 54,
        text: 'Photo / Jane Doe, The Example Times',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'The Example Times',
        license: null,
      },
      {
        start: 86,
        end: 99,
        text: 'Photo/Reuters',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Reuters',
        license: null,
      },
    ])
  })
})
