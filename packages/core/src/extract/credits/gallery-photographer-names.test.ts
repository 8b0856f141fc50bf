/**
 * A gallery that credits every picture with its photographer's name and nothing else: the name
 * after each caption's last sentence on its line ("… in the yard. Jane Doe"), or alone on its
 * line under each caption. Three captions or more make it a credit (a house style, not a list of
 * speakers); every copy of the name alone on a line is then credited too. A button's words
 * ("Read More") and names that close fewer captions stay text. Every sentence is written for
 * these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta', 'André'], ['Doe', 'Roe', 'Silva', 'Kowal'])

const closing =
  'Dogs\n1 of 3\nA founder of the example program stands in the yard. Jane Doe\n' +
  'A dog poses at a training demonstration. Jane Doe\n' +
  'Handlers walk with the dogs across the field. Jane Doe\nThe story starts here.'

const alone =
  'loading\nJane Doe\nA girl plays in the yard near her home.\nJane Doe\n' +
  'She knows where she may walk and where not.\nJane Doe\nJane Doe\n' +
  'The village lies east of the city on the plain.\nJane Doe\nThe story starts here.'

describe("a photographer's name closing each caption of a gallery", () => {
  it('"… in the yard. Jane Doe" three times: three credits', () => {
    const credits = exact(closing)
    expect(credits).toHaveLength(3)
    expect(credits[0]).toEqual({
      start: 65,
      end: 73,
      text: 'Jane Doe',
      kind: 'credit',
      title: null,
      creator: 'Jane Doe',
      source: null,
      license: null,
    })
    expect(credits.map((c) => closing.slice(c.start, c.end))).toEqual([
      'Jane Doe',
      'Jane Doe',
      'Jane Doe',
    ])
  })

  it('the name alone on its line under three captions: every copy of it', () => {
    expect(exact(alone).map((c) => [c.start, c.end, c.creator, c.source])).toEqual([
      [8, 16, 'Jane Doe', null],
      [57, 65, 'Jane Doe', null],
      [110, 118, 'Jane Doe', null],
      [119, 127, 'Jane Doe', null],
      [176, 184, 'Jane Doe', null],
    ])
  })

  it.each([
    // Two captions only.
    'A founder of the example program stands in the yard. Jane Doe\nA dog poses at a training demonstration. Jane Doe\nMore.',
    // A different name on each line: speakers, not a gallery's photographer.
    'The field was cleared in May. John Roe\nThe dogs were trained in June. Jane Doe\nThe team left in July. Ana Silva\n',
    // A button's words under each teaser.
    'First teaser of the blog about mines.\nRead More\nSecond teaser of the blog about dogs.\nRead More\nThird teaser about the field and more.\nRead More\n',
    // Under short lines, not captions.
    'Short one.\nJane Doe\nShort two.\nJane Doe\nShort three.\nJane Doe\n',
    // A quote's author after each quote.
    '“We walk the cleared field every day now.” Jane Doe\n“We walk the cleared field every day now.” Jane Doe\n“We walk the cleared field every day now.” Jane Doe\n',
  ])('no credit: %j', (text) => {
    expect(fields(text).filter((c) => c.creator !== null)).toEqual([])
  })

  it('property: three to five captions closing with one name', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 3, max: 5 }), fc.boolean(), (who, n, own) => {
        const captions = Array.from(
          { length: n },
          (_, i) => `Deminers clear the field number ${i + 1} near the river.`,
        )
        const text = `${captions.map((c) => (own ? `${c}\n${who}` : `${c} ${who}`)).join('\n')}\nThe end.`
        sane(text)
        const found = fields(text)
        expect(found).toHaveLength(n)
        for (const c of found)
          expect(c).toEqual({ text: who, creator: who, source: null, license: null })
      }),
    )
  })
})
