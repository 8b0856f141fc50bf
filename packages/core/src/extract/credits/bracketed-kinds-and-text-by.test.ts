/**
 * An organisation's kind and a colon inside a caption's bracket ("(AP video: Jane Roe)"), and a
 * photographer who also wrote the text ("Photos and text by Jane Roe", "Text and photos by …").
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ines', 'Karel', 'Noor'], ['Varga', 'Holm', 'Duarte'])

describe("an organisation's kind and a colon in a bracket", () => {
  it('names the organisation as the source and the person as the creator', () => {
    expect(
      extractCredits('The plant closed in May. (June 3) (AP video: Ines Varga)\nMore').map((c) => [
        c.text,
        c.kind,
        c.creator,
        c.source,
      ]),
    ).toEqual([['AP video: Ines Varga', 'video', 'Ines Varga', 'AP']])
    expect(fields('A sapper at work. (Reuters photo: Karel Holm)')).toEqual([
      {
        text: 'Reuters photo: Karel Holm',
        creator: 'Karel Holm',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('is no credit outside a bracket, or after a name that is no organisation', () => {
    expect(extractCredits('CNN Video: Watch the whole report')).toEqual([])
    expect(extractCredits('We met. (Karel photo: Ines Varga)')).toEqual([])
  })

  it('keeps every span inside the text', () => {
    fc.assert(
      fc.property(person, fc.constantFrom('AP', 'Reuters', 'AFP'), (who, agency) => {
        const text = `The field was cleared. (${agency} video: ${who})`
        sane(text)
        expect(extractCredits(text).map((c) => c.creator)).toEqual([who])
      }),
    )
  })
})

describe('photos and text by one person', () => {
  it('reads the photographer either way round', () => {
    expect(
      extractCredits('Life goes on.\n\nPhotos and Text by Noor Duarte\n\nTags').map((c) => [
        c.text,
        c.kind,
        c.creator,
      ]),
    ).toEqual([['Photos and Text by Noor Duarte', 'photo', 'Noor Duarte']])
    expect(extractCredits('Text and photos by Noor Duarte').map((c) => c.creator)).toEqual([
      'Noor Duarte',
    ])
  })

  it('is no credit for the text alone', () => {
    expect(extractCredits('Text by Noor Duarte')).toEqual([])
  })
})
