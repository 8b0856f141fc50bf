/**
 * Photo labels in Cyrillic and Hebrew script where they stand (from the eleventh real-page set's
 * misses): Russian "Фото:" after a word on the same line (a gallery's buttons, the credit before
 * it), after a caption's slash with a spaced colon ("… / Фото : REUTERS"), a newspaper after the
 * photographer's comma ("Фото: Jane Doe, Коммерсантъ"), Hebrew "צילום:" ("Photo:") glued to a
 * caption's last letter or full stop, and a label on a text's first line after a line break.
 * Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const credit = (start: number, text: string, creator: string | null, source: string | null) => ({
  start,
  end: start + text.length,
  text,
  kind: 'photo',
  title: null,
  creator,
  source,
  license: null,
})

describe('Cyrillic and Hebrew photo labels', () => {
  it('"Фото:" twice on one line after a button\'s words: two credits, the daily as source', () => {
    const text =
      'Открыть галерею Фото: Иван Петров, Коммерсантъ Фото: Иван Петров, Коммерсантъ\n\nТекст статьи.'
    expect(exact(text)).toEqual([
      credit(16, 'Фото: Иван Петров, Коммерсантъ', 'Иван Петров', 'Коммерсантъ'),
      credit(47, 'Фото: Иван Петров, Коммерсантъ', 'Иван Петров', 'Коммерсантъ'),
    ])
  })

  it('"Фото:" after a word on its line before a name in Latin letters', () => {
    expect(exact('Открыть галерею Фото: Jane Doe/Reuters\nТекст.')).toEqual([
      credit(16, 'Фото: Jane Doe/Reuters', 'Jane Doe', 'Reuters'),
    ])
  })

  it('"Фото :" with a spaced colon after a caption\'s slash', () => {
    expect(exact('Здание министерства / Фото : REUTERS\n\nТекст.')).toEqual([
      credit(22, 'Фото : REUTERS', null, 'Reuters'),
    ])
  })

  it('a label on the first line of a text that opens with a line break', () => {
    expect(exact('\nФото: ВЕДОМОСТИ/Иван Петров\nТекст статьи.')).toEqual([
      credit(1, 'Фото: ВЕДОМОСТИ/Иван Петров', 'Иван Петров', 'ВЕДОМОСТИ'),
    ])
    expect(exact('\nPhoto: Jane Doe\nThe story.')).toEqual([
      credit(1, 'Photo: Jane Doe', 'Jane Doe', null),
    ])
  })

  it('Hebrew "צילום:" glued to a caption, after a letter or a full stop', () => {
    const text = 'Deminers at work near the borderצילום: Reuters\nA field in the north.צילום: AFP'
    expect(exact(text)).toEqual([
      credit(32, 'צילום: Reuters', null, 'Reuters'),
      credit(68, 'צילום: AFP', null, 'AFP'),
    ])
  })

  it('Hebrew "צילום:" after a Hebrew word and a space', () => {
    expect(exact('שדה מוקשים ליד הגבול צילום: Reuters')).toEqual([
      credit(21, 'צילום: Reuters', null, 'Reuters'),
    ])
  })

  it('no label in lower case mid-sentence, nor before a word in lower case', () => {
    expect(fields('Смотрите фото: как это было.')).toEqual([])
    expect(fields('Открыть галерею Фото: как это было')).toEqual([])
    expect(fields('Deminers at workצילום: the next')).toEqual([])
  })

  it('property: "Фото:" after a word on a line, a Cyrillic name and a daily', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('галерею', 'экран', 'Открыть'),
        fc.constantFrom('Иван', 'Мария', 'Пётр'),
        fc.constantFrom('Петров', 'Сидорова', 'Орлов'),
        (word, first, last) => {
          const text = `Текст ${word} Фото: ${first} ${last}, Коммерсантъ\nДальше.`
          sane(text)
          expect(fields(text)).toEqual([
            {
              text: `Фото: ${first} ${last}, Коммерсантъ`,
              creator: `${first} ${last}`,
              source: 'Коммерсантъ',
              license: null,
            },
          ])
        },
      ),
    )
  })
})
