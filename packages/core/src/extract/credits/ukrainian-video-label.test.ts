/**
 * Ukrainian "Відео" ("Video") is a kind word like "Video": before a colon, or before an agency
 * closing a caption's bracket. The captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, sane } from './test-helpers.js'

describe('Ukrainian "Відео"', () => {
  it("before an agency in a caption's closing bracket: kind video, the agency the source", () => {
    const text = 'На вікна поставили решітки. (Відео Reuters)'
    const start = text.indexOf('Відео')
    expect(exact(text)).toEqual([
      {
        start,
        end: start + 'Відео Reuters'.length,
        text: 'Відео Reuters',
        kind: 'video',
        title: null,
        creator: null,
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('with a colon before a name: the creator', () => {
    const text = 'Відео: Jane Doe\nДалі'
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 15,
        text: 'Відео: Jane Doe',
        kind: 'video',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('the word in a sentence or alone on its line is no credit', () => {
    expect(exact('Дивіться відео про це.\nВідео\nДалі')).toEqual([])
  })

  it('property: either case of the word, any agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Відео', 'ВІДЕО', 'відео'),
        fc.constantFrom('Reuters', 'AFP', 'Associated Press'),
        (word, agency) => {
          const text = `Люди йдуть вулицею. (${word} ${agency})`
          sane(text)
          const found = exact(text)
          expect(found.map((c) => [c.text, c.kind, c.source])).toEqual([
            [`${word} ${agency}`, 'video', agency],
          ])
        },
      ),
    )
  })
})
