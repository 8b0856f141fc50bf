/**
 * Wires named in their own script in brackets closing a caption (from the eleventh real-page
 * set's misses): Yonhap in Japanese ("(聯合ニュース)", and through Kyodo "(聯合=共同)"), the
 * Korean pool in Japanese ("(写真共同取材団)"), and Xinhua's Arabic name closing a dated caption
 * ("… 2021. (شينخوا)"); the source as written, the brackets outside the span, kind `credit`.
 * These scripts have no case, so only the known name in brackets vouches. Every sentence is
 * written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const wire = (start: number, text: string) => ({
  start,
  end: start + text.length,
  text,
  kind: 'credit',
  title: null,
  creator: null,
  source: text,
  license: null,
})

describe('wires in brackets in Japanese and Arabic script', () => {
  it('the pool and Yonhap in Japanese on one caption line', () => {
    expect(
      exact('国境近くの地雷撤去作業(写真共同取材団)=5日、鉄原(聯合ニュース)\n\n本文。'),
    ).toEqual([wire(12, '写真共同取材団'), wire(27, '聯合ニュース')])
  })

  it('Yonhap through Kyodo', () => {
    expect(exact('視察した地雷除去作業=9日、鉄原(聯合=共同)\n')).toEqual([wire(17, '聯合=共同')])
  })

  it("Xinhua's Arabic name after a dated caption, not after a story's last sentence", () => {
    expect(exact('طفل في مركز التأهيل في صنعاء في 5 مايو 2022. (شينخوا)\n\nنص')).toEqual([
      wire(46, 'شينخوا'),
    ])
    expect(fields('وقال المتحدث إن العمل مستمر. (شينخوا)')).toEqual([])
  })

  it('property: a dated Arabic caption, then the bracket', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('يناير', 'مايو', 'أبريل'),
        fc.integer({ min: 2000, max: 2029 }),
        (day, month, year) => {
          const caption = `عامل في مركز التأهيل في ${day} ${month} ${year}. (`
          const text = `${caption}شينخوا)\nنص`
          sane(text)
          expect(exact(text)).toEqual([wire(caption.length, 'شينخوا')])
        },
      ),
    )
  })
})
