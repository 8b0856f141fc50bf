/**
 * Credits from the twelfth real-page set's misses: a name and an organisation parted by a spaced
 * bar after a kind word without a colon ("Фото Jane Doe | Example Museum"), a second such credit
 * after a comma on the same line ("…, John Roe | Reuters"); Polish "foto Jane Doe" in lower case
 * filling its line; a photographer's "…撮影" closing a Japanese caption after "=", "(" or "、" and
 * "…攝" after a Chinese caption's "。". Every sentence is written for these tests; the names are
 * invented (山田太郎, 山田花子 and 王小明 are placeholder names).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Hanna', 'Oskar', 'Leila', 'Tariq'], ['Berg', 'Mensah', 'Novak', 'Haddad'])

describe('bars, "foto Name" and Han photographers', () => {
  it('reads two credits with bars on one line', () => {
    const text =
      'Люди у мемориала.\nФото Jane Doe | Example Peace Museum, John Roe | Reuters\nТекст.'
    expect(exact(text)).toEqual([
      {
        start: 18,
        end: 54,
        text: 'Фото Jane Doe | Example Peace Museum',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example Peace Museum',
        license: null,
      },
      {
        start: 56,
        end: 74,
        text: 'John Roe | Reuters',
        kind: 'credit',
        title: null,
        creator: 'John Roe',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('leaves a menu with bars alone', () => {
    expect(fields('Photo Gallery Archive | Contact Us\nVideo News Today | Home\n')).toEqual([])
  })

  it('reads Polish "foto Jane Doe" filling its line', () => {
    const text = 'Kontrola eksportu\n\nfoto Jane Doe\n\n foto Jane Doe\n\nHandel towarami.'
    expect(exact(text)).toEqual([
      {
        start: 19,
        end: 32,
        text: 'foto Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
      {
        start: 35,
        end: 48,
        text: 'foto Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
    // Not a headline in capitals, nor a name within a sentence.
    expect(fields('Photos Show Damage\nThe foto Jane Doe took was lost.\n')).toEqual([])
  })

  it('reads "…撮影" and "…攝" closing a caption', () => {
    expect(fields('旗=山田太郎撮影\n本文。')).toEqual([
      { text: '山田太郎撮影', creator: '山田太郎', source: null, license: null },
    ])
    expect(fields('会見する人々=2024年10月12日、東京都で(山田花子撮影)\n本文')).toEqual([
      { text: '山田花子撮影', creator: '山田花子', source: null, license: null },
    ])
    expect(exact('戈壁驚雷。王小明攝\n來源')).toEqual([
      {
        start: 5,
        end: 9,
        text: '王小明攝',
        kind: 'photo',
        title: null,
        creator: '王小明',
        source: null,
        license: null,
      },
    ])
    // A verb in a sentence is no credit.
    expect(fields('映画を撮影した。\n我們在這裡拍攝\n')).toEqual([])
  })

  it('splits bar credits at the comma (property)', () => {
    fc.assert(
      fc.property(
        person,
        person,
        fc.constantFrom('Reuters', 'AFP', 'Getty Images'),
        (a, b, agency) => {
          const text = `Люди у мемориала.\nФото ${a} | Example Peace Museum, ${b} | ${agency}\nТекст.`
          sane(text)
          expect(fields(text).map((c) => [c.text, c.creator])).toEqual([
            [`Фото ${a} | Example Peace Museum`, a],
            [`${b} | ${agency}`, b],
          ])
        },
      ),
    )
  })
})
