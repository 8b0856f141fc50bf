/**
 * Credits with no label in Hangul and Han script: Yonhap ("연합뉴스") or Newsis ("뉴시스") alone
 * closing a Korean caption, a provider's "… 제공", a wire's picture in a dateline's brackets
 * ("[빈=AP/뉴시스]", "(파리 EPA=연합뉴스)"), a Chinese "Name 摄" after a caption's full stop and a
 * space, and a Japanese "(撮影/写真部・Name)". The captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, sane } from './test-helpers.js'

describe('Yonhap or Newsis alone closes a Korean caption', () => {
  it.each([
    ['예시 공원에서 아이들이 뛰놀고 있다.\n\n연합뉴스\n다음 기사', '연합뉴스'],
    ['예시 공원에서 아이들이 뛰놀고 있다. 연합뉴스', '연합뉴스'],
    ['예시 공원에서 아이들이 뛰놀고 있다.\n예시시 AP 연합뉴스\n다음 기사', 'AP 연합뉴스'],
    ['예시 공원에서 아이들이 뛰놀고 있다. 평양 조선중앙통신·연합뉴스', '조선중앙통신·연합뉴스'],
    ['예시 공원에서 아이들이 뛰놀고 있다. /로이터연합뉴스\n공유하기', '로이터연합뉴스'],
    ['예시 공원에서 아이들이 뛰놀고 있다.\n뉴시스', '뉴시스'],
  ])('%s', (text, span) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'credit', null, span)])
  })

  it('a provider by its last syllables, "제공" in the span but not in the source', () => {
    const text = '예시 선수가 금메달을 땄다. 예시장애인체육회 제공\n다음 기사'
    expect(exact(text)).toEqual([
      credit(text, '예시장애인체육회 제공', 'credit', null, '예시장애인체육회'),
    ])
    const own = '예시 선수가 금메달을 땄다.\n\n연합뉴스 제공\n\n다음 기사'
    expect(exact(own)).toEqual([credit(own, '연합뉴스 제공', 'credit', null, '연합뉴스')])
  })

  it('a wire named in running prose, or a headline offering something, is no credit', () => {
    expect(exact('연합뉴스에 따르면 정부는 오늘 새 계획을 발표했다.')).toEqual([])
    expect(exact('정부가 새 계획을 발표했다고 연합뉴스가 보도했다.')).toEqual([])
    expect(exact('정부가 발표했다.\n연합뉴스 기사 더 보기')).toEqual([])
    expect(exact('청소년에게 무료 급식 제공\n정부가 발표했다.')).toEqual([])
  })
})

describe("a wire's picture in a Korean dateline's brackets", () => {
  it.each([
    ['[빈=AP/뉴시스]예시 총장이 기자회견을 하고 있다.', 'AP/뉴시스'],
    ['[예시 마을=AFP/뉴시스] 군인들이 걷고 있다.', 'AFP/뉴시스'],
    ['(파리 EPA=연합뉴스) 예시 총장이 회담하고 있다.', 'EPA=연합뉴스'],
    ['시민들이 모여 있다. (예시시<예시현>=연합뉴스)\n\n다음', '연합뉴스'],
  ])('%s', (text, span) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'credit', null, span)])
  })

  it("a story's dateline before its reporter is no credit", () => {
    expect(exact('(서울=연합뉴스) 홍길동 기자 = 정부는 오늘 발표했다.')).toEqual([])
    expect(exact('(파리 AFP=연합뉴스) 홍길동 특파원 = 프랑스 정부는 발표했다.')).toEqual([])
    expect(exact('[서울=뉴시스] 홍길동 기자 = 정부는 오늘 발표했다.')).toEqual([])
    expect(exact('[워싱턴=AP/뉴시스] 홍길동 기자 = 정부는 발표했다.')).toEqual([])
  })
})

describe('Han photographers', () => {
  it.each([
    ['士兵们在雷场搜排地雷。张伟 摄\n下一张', '张伟 摄', '张伟'],
    ['士兵们在雷场搜排地雷。 张伟 摄\n下一张', '张伟 摄', '张伟'],
    ['他说:“今天又安全了。” 李明摄\n下一张', '李明摄', '李明'],
    ['士兵们在雷场搜排地雷。陳智 攝', '陳智 攝', '陳智'],
  ])('%s', (text, span, creator) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, 'photo', creator, null)])
  })

  it('a Japanese "(撮影/写真部・Name)": the desk is the source', () => {
    const text = '笑顔で話す選手 (撮影/写真部・山田花子)\n義足で走る選手(撮影/佐藤一郎)'
    expect(exact(text)).toEqual([
      credit(text, '撮影/写真部・山田花子', 'photo', '山田花子', '写真部'),
      credit(text, '撮影/佐藤一郎', 'photo', '佐藤一郎', null),
    ])
  })

  it('"…撮影" after "、" may be followed by a space and the story', () => {
    const text = '検査する従業員=2024年4月17日、米国、山田花子撮影 戦闘では砲弾が'
    expect(exact(text)).toEqual([credit(text, '山田花子撮影', 'photo', '山田花子', null)])
  })

  it('"摄" inside a sentence, or not after a full stop, is no credit', () => {
    expect(exact('他在雷场摄影多年。\n下一张')).toEqual([])
    expect(exact('我们拍摄了很多照片。\n下一张')).toEqual([])
  })
})

describe('property: a wire alone after any Korean caption', () => {
  it('is the source as written, the place before it left out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('아이들이 뛰놀고 있다.', '시민들이 모여 있다.', '선수가 달리고 있다.'),
        fc.constantFrom('', '예시시 ', '서울 '),
        fc.constantFrom('연합뉴스', 'AP 연합뉴스', 'EPA/연합뉴스', '뉴시스'),
        fc.constantFrom('\n', ' '),
        (caption, place, wire, gap) => {
          const text = `${caption}${gap}${place}${wire}\n다음 기사`
          sane(text)
          expect(exact(text)).toEqual([credit(text, wire, 'credit', null, wire)])
        },
      ),
    )
  })
})

describe("a Korean wire's correspondent", () => {
  it('"ⓒ News1 Name 특파원" reads as "ⓒ News1 Name 기자": source News1, creator the name', () => {
    const text = '예시 대통령. 2026.02.05. ⓒ AFP=뉴스1 ⓒ News1 김하늘 특파원\n\n(서울=뉴스1)'
    expect(exact(text)).toEqual([
      credit(text, 'ⓒ AFP=뉴스1', 'credit', null, 'AFP=뉴스1'),
      credit(text, 'ⓒ News1 김하늘 특파원', 'credit', '김하늘', 'News1'),
    ])
  })
})
