/**
 * A wire in Chinese closing a caption's line ("（美聯社）", "。路透社", "▲美联社" alone), Hankyoreh's
 * "/AP 연합" (a wire and Yonhap's short name) and "사진 · 글 Name 기자" (photographs and text).
 * The captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, sane } from './test-helpers.js'

describe('a wire in Chinese closing a caption', () => {
  it.each([
    ['圖為士兵在邊界巡邏。（美聯社）\n\n下一段', '美聯社'],
    ['士兵在边界巡逻。(路透社)\n下一段', '路透社'],
    ['士兵在边界巡逻的情况。路透社\n\n据资料', '路透社'],
    ['前一段。\n\n    ▲美联社\n\n下一段', '美联社'],
    ['士兵展示在院子里发现的物品 (法国媒体)\nPublished', '法国媒体'],
  ])('%s', (text, span) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'credit', null, span)])
  })

  it("a wire in a story's list of sources or in a sentence is no credit", () => {
    expect(exact('新聞引據:採訪、法新社\n撰稿編輯:某人')).toEqual([])
    expect(exact('據美聯社報導,士兵在邊界巡邏。\n')).toEqual([])
    expect(exact('路透社记者说\n')).toEqual([])
  })

  it('property: any of the wires, in either bracket, after any caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('美聯社', '美联社', '路透社', '法新社', '欧新社'),
        fc.constantFrom(['(', ')'], ['（', '）']),
        (wire, [open, close]) => {
          const text = `士兵在边界巡逻。${open}${wire}${close}\n下一段`
          sane(text)
          expect(exact(text)).toEqual([credit(text, wire, 'credit', null, wire)])
        },
      ),
    )
  })
})

describe('Hankyoreh\'s "/AP 연합" and "사진 · 글"', () => {
  it("a wire and Yonhap's short name after a slash closing the line", () => {
    const text = '추도 의식을 하고 있다.\n홍길동 기자 hong@example.co.kr, 예시시/AP 연합\n다음'
    expect(exact(text).at(-1)).toEqual(credit(text, 'AP 연합', 'credit', null, 'AP 연합'))
  })

  it('"/연합" alone after a story\'s last sentence is no credit', () => {
    expect(exact('정부를 비난했다. /연합\n저작권자')).toEqual([])
  })

  it('"사진 · 글 Name 기자" credits the photographs to the reporter', () => {
    const text = '▣ 사진 · 글 김하늘 기자 sky@example.co.kr\n\n본문'
    expect(exact(text)).toEqual([credit(text, '사진 · 글 김하늘 기자', 'photo', '김하늘', null)])
  })
})
