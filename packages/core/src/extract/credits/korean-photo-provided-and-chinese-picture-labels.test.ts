/**
 * Korean "사진 제공:" and "사진제공/" ("photo provided by") before a source, and Chinese picture
 * labels "圖/", "圖:" and "图片来源:" ("picture source") in brackets or opening their line. The
 * captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, sane } from './test-helpers.js'

describe('Korean "photo provided by" with a colon or a slash', () => {
  it.each([
    ['회견에 나선 예시 총장 [사진 제공:연합뉴스]\n\n다음 기사', '사진 제공:연합뉴스', '연합뉴스'],
    ['사진제공/AFP통신\n\n(예시=예시뉴스) 홍길동 기자 = 난민이', '사진제공/AFP통신', 'AFP통신'],
  ])('%s', (text, span, source) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'photo', null, source)])
  })
})

describe('Chinese picture labels', () => {
  it.each([
    ['核彈被視為終極籌碼。(圖/示例影像/美聯社)\n\n記者', '圖/示例影像/美聯社', '示例影像/美聯社'],
    ['聯合國總部大樓。(圖:中央社)\n\n聯合國', '圖:中央社', '中央社'],
    [
      '第2375号决议\n图片来源:Example Photos\n安全理事会',
      '图片来源:Example Photos',
      'Example Photos',
    ],
  ])('%s', (text, span, source) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'image', null, source)])
  })

  it('a known agency in capitals is spelt as the agency spells it', () => {
    const text = '第2375号决议\n图片来源:GETTY IMAGES\n安全理事会'
    expect(exact(text)).toEqual([
      credit(text, '图片来源:GETTY IMAGES', 'image', null, 'Getty Images'),
    ])
  })

  it('"圖" inside a sentence, or a picture word without a label, is no credit', () => {
    expect(exact('這張圖:我們看到了地雷。')).toEqual([])
    expect(exact('資料圖片\n\n設計圖片\n')).toEqual([])
  })

  it('property: the label and its source in brackets after any caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('圖/', '圖:', '图:', '图片来源:', '圖片來源：'),
        fc.constantFrom('中央社', '示例影像/美聯社', 'Example Photos'),
        fc.constantFrom('(', '（'),
        (label, source, open) => {
          const close = open === '(' ? ')' : '）'
          const text = `士兵在雷場排雷。${open}${label}${source}${close}\n下一段`
          sane(text)
          expect(exact(text)).toEqual([credit(text, `${label}${source}`, 'image', null, source)])
        },
      ),
    )
  })
})
