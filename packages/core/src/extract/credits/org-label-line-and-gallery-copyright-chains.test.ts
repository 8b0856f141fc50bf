/**
 * Two misses of the thirteenth real-page set: an organisation's name before "Image courtesy of"
 * stays on the label's line (a menu's "SECTIONS" on a line above is no organisation of it), and a
 * gallery's "© Platform/Name" printed on lines of their own, one under the other, credits each
 * picture (a chain of slashes without a year is no block of copyright notices; "Copyright (c) 2015
 * Jane Roe" lines stay none). Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe("an organisation's label on one line, copyright chains in a gallery", () => {
  it('a word in capitals on a line above is no organisation of "Image courtesy of"', () => {
    const text = 'Menu\nSECTIONS\n\nImage courtesy of Example Civil Beat.\n\nThe story goes on.\n'
    expect(exact(text)).toEqual([
      {
        start: 15,
        end: 51,
        text: 'Image courtesy of Example Civil Beat',
        kind: 'image',
        title: null,
        creator: 'Example Civil Beat',
        source: null,
        license: null,
      },
    ])
  })

  it('"© Platform/Name" lines one under the other credit each picture', () => {
    const text = 'Der Einsatz war am Mittag beendet.\n© Facebook/Jane Doe\n© Facebook/John Roe\n'
    expect(exact(text)).toEqual([
      {
        start: 35,
        end: 54,
        text: '© Facebook/Jane Doe',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'Facebook',
        license: null,
      },
      {
        start: 55,
        end: 74,
        text: '© Facebook/John Roe',
        kind: 'credit',
        title: null,
        creator: 'John Roe',
        source: 'Facebook',
        license: null,
      },
    ])
  })

  it('copyright lines with years one under the other stay a block of notices', () => {
    const text = 'Copyright (c) 2015 Jane Roe\nCopyright (c) 2016 John Doe/Example\n'
    expect(exact(text)).toEqual([])
  })
})
