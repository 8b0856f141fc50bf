/**
 * Korean and Chinese credits closing a caption (from the fourteenth real-page set's misses): a
 * KCNA-and-Yonhap pair after a place and "=" ("평양=조선중앙통신 연합뉴스"), after a slash
 * ("/조선중앙통신·연합뉴스") or in a dateline's brackets ("(평양 조선중앙통신=연합뉴스)", not
 * before a story's reporter), a wire in Newsis' "【런던=AP/뉴시스】", News1 after Rodong Sinmun
 * ("평양 = 노동신문 뉴스1", not News1 alone on a line), Chinese "图/" after a caption's "。", and
 * Xinhua's "新华社记者Name摄" without a space. Every sentence is written for these tests; the
 * names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, fields, sane } from './test-helpers.js'

const wire = (text: string, span: string, from = 0) =>
  credit(text, span, 'credit', null, span, from)

describe('Korean wire pairs closing a caption', () => {
  it('after a place and "=", after a slash, in brackets and in Newsis\' brackets', () => {
    const a = '미사일이 발사되고 있다. 평양=조선중앙통신 연합뉴스\n'
    const b = '위성이 찍은 지구 모습이다. /조선중앙통신·연합뉴스\n'
    const c = '(평양 조선중앙통신=연합뉴스) 북한이 지난달 위성을 쐈다.\n'
    const d = '【런던=AP/뉴시스】 5일 경찰이 사진을 공개했다.\n'
    const e = '김 위원장 사진이다.\n\n이하 평양 = 노동신문 뉴스1\n'
    expect(exact(a)).toEqual([wire(a, '조선중앙통신 연합뉴스')])
    expect(exact(b)).toEqual([wire(b, '조선중앙통신·연합뉴스')])
    expect(exact(c)).toEqual([wire(c, '조선중앙통신=연합뉴스')])
    expect(exact(d)).toEqual([wire(d, 'AP/뉴시스')])
    expect(exact(e)).toEqual([wire(e, '노동신문 뉴스1')])
  })

  it("not a story's dateline before its reporter, nor News1 alone on a line", () => {
    expect(fields('상기시켰다. (평양 조선중앙통신=연합뉴스) 홍길동기자 hgd@example.kr\n')).toEqual(
      [],
    )
    expect(fields('기사 목록\n뉴스1\n\n유엔 회의가 연기됐다.\n')).toEqual([])
  })
})

describe("Chinese labels after a caption's full stop", () => {
  it('"图/" and Xinhua\'s reporter without a space', () => {
    const text = '朝鲜完成核试验场拆除工作。图/视觉中国\n1/5\n大会闭幕 新华社记者张三摄\n'
    expect(exact(text)).toEqual([
      {
        start: 13,
        end: 19,
        text: '图/视觉中国',
        kind: 'image',
        title: null,
        creator: null,
        source: '视觉中国',
        license: null,
      },
      {
        start: 29,
        end: 37,
        text: '新华社记者张三摄',
        kind: 'photo',
        title: null,
        creator: '张三',
        source: '新华社',
        license: null,
      },
    ])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '。图/视觉中国',
          ' 新华社记者张三摄',
          '。 平壤=조선중앙통신 연합뉴스',
          ' 【런던=AP/뉴시스】',
        ),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (credit, before, after) => {
          sane(`${before}工作${credit}\n${after}`)
        },
      ),
    )
  })
})
