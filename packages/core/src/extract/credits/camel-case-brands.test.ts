/**
 * A brand written in one word with an inner capital after "©" or a label ("© KameraOne"): the
 * credit keeps the whole word (it was cut at the inner capital, as a glued sentence is), and the
 * brand, a firm's name, is the source. Every sentence is written for these tests; the names are
 * invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('a camel-case brand alone after "©" or a label', () => {
  it('keeps the whole word as the source', () => {
    expect(exact('Guards at the gate of the depot.\n© KameraOne\n')).toEqual([
      {
        start: 33,
        end: 44,
        text: '© KameraOne',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'KameraOne',
        license: null,
      },
    ])
  })

  it.each([
    ['Guards at the gate. (© KameraOne)', '© KameraOne'],
    ['Guards at the gate.\n©KameraOne', '©KameraOne'],
    ['Guards at the gate.\nFoto: © KameraOne\nMore text.', 'Foto: © KameraOne'],
    ['Guards at the gate.\nCredit: NorthLight\n', 'Credit: NorthLight'],
  ])('%j', (text, credit) => {
    expect(fields(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      [credit, null, credit.replace(/^.*©\s?|^Credit: /, '')],
    ])
  })

  it('keeps the brand whole after "Photo by" (its author) and after a slash (a source)', () => {
    expect(fields('Guards at the gate.\nPhoto by KameraOne\nMore text.')).toEqual([
      { text: 'Photo by KameraOne', creator: 'KameraOne', source: null, license: null },
    ])
    expect(fields('Guards at the gate.\nPhoto by Jane Roe/KameraOne\n')).toEqual([
      {
        text: 'Photo by Jane Roe/KameraOne',
        creator: 'Jane Roe',
        source: 'KameraOne',
        license: null,
      },
    ])
    // A glued word in lower case after the slash's word: the next caption.
    expect(fields('Guards.\nPhoto: Jane Roe/freelanceFollowing the war, …')[0]?.text).toBe(
      'Photo: Jane Roe/freelance',
    )
  })

  it('leaves surnames with a prefix and glued sentences as they were', () => {
    expect(fields('Guards at the gate.\n© Selma MacArthur')[0]?.creator).toBe('Selma MacArthur')
    expect(fields('Guards at the gate.\n© VanDyke')[0]?.creator).toBe('VanDyke')
    expect(fields('Photo by Jane RoeThe minister said so.')[0]?.text).toBe('Photo by Jane Roe')
    // A glued word after the brand: the next caption, as before.
    expect(fields('Guards at the gate.\n© Example Trust/Jane RoeAround the depot')[0]?.text).toBe(
      '© Example Trust/Jane Roe',
    )
  })

  it('property: any brand of two capitalised parts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Kamera', 'Harbour', 'Vista', 'Lumen'),
        fc.constantFrom('One', 'Pix', 'Works', 'Media'),
        fc.constantFrom('\n', ''),
        (head, tail, after) => {
          const brand = `${head}${tail}`
          const text = `Guards at the gate of the depot.\n© ${brand}${after}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `© ${brand}`, creator: null, source: brand, license: null },
          ])
        },
      ),
    )
  })
})
