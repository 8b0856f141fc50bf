/**
 * Xinhua's photographer lines ("新华社记者 Name 摄", "新華社發 (Name 攝)") and a known agency's
 * picture in Chinese ("(Getty Images圖片)", "AP图片" alone on its line). The captions and names
 * are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, sane } from './test-helpers.js'

describe("Xinhua's photographer", () => {
  it.each([
    ['展览展示了航天的发展历程。\n新华社记者 张伟 摄', '新华社记者 张伟 摄', '新华社'],
    ['工兵正在排除地雷。新華社發 (李明 攝)\n下一張', '新華社發 (李明 攝)', '新華社'],
    ['工兵正在排除地雷。新華社發 (李明攝)', '新華社發 (李明攝)', '新華社'],
  ])('%s', (text, span, source) => {
    sane(text)
    const creator = /(张伟|李明)/.exec(span)?.[1] ?? null
    expect(exact(text)).toEqual([credit(text, span, 'photo', creator, source)])
  })

  it('Xinhua named inside a sentence is no credit', () => {
    expect(exact('新华社记者张伟说,排雷工作已经完成。\n下一张')).toEqual([])
    expect(exact('据新华社报道,地雷已被排除。')).toEqual([])
  })
})

describe("a known agency's picture in Chinese", () => {
  it('in brackets after a caption, one credit each', () => {
    const text = '士兵在戰壕中射擊。(Getty Images圖片)士兵在戰壕中射擊。(Getty Images圖片)\n下一段'
    const first = text.indexOf('Getty Images圖片')
    const second = text.indexOf('Getty Images圖片', first + 1)
    expect(exact(text).map((c) => [c.start, c.kind, c.source])).toEqual([
      [first, 'image', 'Getty Images'],
      [second, 'image', 'Getty Images'],
    ])
  })

  it('alone on its line', () => {
    const text = '總統表示感到擔憂。\n\nAP图片\n\n白宮表示'
    expect(exact(text)).toEqual([credit(text, 'AP图片', 'image', null, 'AP')])
  })

  it('a word that is no agency, or a picture word alone, is no credit', () => {
    expect(exact('(Example Images圖片)')).toEqual([])
    expect(exact('設計圖片\n\n資料圖片\n')).toEqual([])
  })

  it('property: any known agency before "圖片" or "图片" in brackets is the source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Getty Images', 'AP', 'AFP', 'Reuters', 'EPA'),
        fc.constantFrom('圖片', '图片'),
        fc.constantFrom('(', '（'),
        (agency, word, open) => {
          const close = open === '(' ? ')' : '）'
          const text = `士兵在雷場排雷。${open}${agency}${word}${close}\n下一段`
          sane(text)
          expect(exact(text)).toEqual([credit(text, `${agency}${word}`, 'image', null, agency)])
        },
      ),
    )
  })
})
