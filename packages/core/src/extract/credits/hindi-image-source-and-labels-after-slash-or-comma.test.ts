/**
 * BBC Hindi's "इमेज स्रोत, " ("Image source, ") before a name in Latin letters, Hebrew "צילום:"
 * after a caption's spaced slash, and a lower-case Cyrillic "фото:" after a caption's comma. The
 * captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, sane } from './test-helpers.js'

describe('BBC Hindi\'s "इमेज स्रोत, "', () => {
  it('credits an image to the agency after it', () => {
    const text = 'परीक्षण की तस्वीर\n\nइमेज स्रोत, PTI\n\nइमेज कैप्शन, फ़ाइल फ़ोटो.'
    sane(text)
    expect(exact(text)).toEqual([credit(text, 'इमेज स्रोत, PTI', 'image', null, 'PTI')])
  })

  it('before words in Devanagari it is no credit (Devanagari has no capitals)', () => {
    expect(exact('इमेज स्रोत, यह एक वाक्य है')).toEqual([])
  })

  it('property: any agency in Latin letters is the source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('AFP', 'PTI', 'Reuters', 'Getty Images', 'EPA'),
        fc.constantFrom('\n', '\n\n'),
        (agency, gap) => {
          const text = `मिसाइल का परीक्षण${gap}इमेज स्रोत, ${agency}${gap}अगला पैराग्राफ़`
          sane(text)
          expect(exact(text)).toEqual([credit(text, `इमेज स्रोत, ${agency}`, 'image', null, agency)])
        },
      ),
    )
  })
})

describe('labels in other scripts in the middle of a caption line', () => {
  it('Hebrew "צילום:" after a caption\'s spaced slash', () => {
    const text = 'ראש הממשלה נואם / צילום: Example Photos\nהטקסט ממשיך'
    sane(text)
    expect(exact(text)).toEqual([
      credit(text, 'צילום: Example Photos', 'photo', null, 'Example Photos'),
    ])
  })

  it('a lower-case Cyrillic "фото:" after a caption\'s comma, before a capital', () => {
    const text = 'Знищення боєприпасів, фото: ДСНС\nНаступний абзац'
    sane(text)
    expect(exact(text)).toEqual([credit(text, 'фото: ДСНС', 'photo', null, 'ДСНС')])
  })

  it('"фото:" after a comma before a word in lower case is no credit', () => {
    expect(exact('Він сказав, фото: це важливо\nДалі')).toEqual([])
  })
})
