/**
 * Labels in more languages (from the fourteenth real-page set's misses): the BBC's "Image
 * source, " in Azerbaijani ("Şəklin mənbəyi, "), Persian ("منبع تصویر، "), Arabic ("مصدر الصورة، ")
 * and Indonesian ("Sumber gambar, "), and BBC Mundo's Spanish "Fuente de la imagen: " (kind
 * `image`, before a capital); Basque "Argazkia:" and Lithuanian "Nuotrauka:" ("Photo:", kind
 * `photo`). Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const image = (start: number, text: string, source: string) => ({
  start,
  end: start + text.length,
  text,
  kind: 'image',
  title: null,
  creator: null,
  source,
  license: null,
})

describe("the BBC's image source in more languages", () => {
  it('Azerbaijani, Persian, Arabic, Indonesian and Spanish labels on their own lines', () => {
    const lines = [
      'Şəklin mənbəyi, Reuters',
      'منبع تصویر، EPA',
      'مصدر الصورة، Getty Images',
      'Sumber gambar, AFP',
      'Fuente de la imagen: Getty Images',
    ]
    const text = `Headline\n\n${lines.join('\n\nA caption.\n\n')}\n`
    const sources = ['Reuters', 'EPA', 'Getty Images', 'AFP', 'Getty Images']
    expect(exact(text)).toEqual(
      lines.map((line, i) => image(text.indexOf(line), line, sources[i] ?? '')),
    )
  })

  it('a lower-case word after the label is no credit', () => {
    expect(fields('Fuente de la imagen: archivo propio\n')).toEqual([])
    expect(fields('Sumber gambar, dokumen lama\n')).toEqual([])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Şəklin mənbəyi, ',
          'منبع تصویر، ',
          'Sumber gambar, ',
          'Fuente de la imagen: ',
        ),
        fc.constantFrom('Reuters', 'EPA', 'Getty Images', 'Jane Doe'),
        fc.string({ maxLength: 20 }),
        (label, who, tail) => {
          const text = `A caption.\n\n${label}${who}\n${tail}`
          sane(text)
          expect(fields(text)[0]?.text).toBe(`${label}${who}`)
        },
      ),
    )
  })
})

describe('Basque and Lithuanian photo labels', () => {
  it('"Argazkia:" closing a bracketed caption, "Nuotrauka:" after a caption\'s full stop', () => {
    const text =
      '(Jane Doe, Example Hall aretoan. Argazkia: EFE)\nJohn Roe poligone. Nuotrauka: AiF / Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 33,
        end: 46,
        text: 'Argazkia: EFE',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'EFE',
        license: null,
      },
      {
        start: 67,
        end: 92,
        text: 'Nuotrauka: AiF / Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'AiF',
        license: null,
      },
    ])
  })
})
