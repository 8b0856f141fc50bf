/**
 * Korean wires as captions spell them (from the eleventh real-page set's misses): Yonhap and
 * Newsis in Hangul after the slash closing a Korean caption ("… 모습. /연합뉴스"), source as
 * written, and "YONHAP News" in capitals after a spaced colon ("Photo : YONHAP News"), the agency
 * spelt as usual ("Yonhap News"); a reporter's e-mail address after "Place/Name 기자" closing a
 * caption stays out of the credit. Every sentence is written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('Yonhap and Newsis as captions spell them', () => {
  it('"/연합뉴스" closing a Korean caption', () => {
    expect(exact('비무장지대 고지의 모습. /연합뉴스\n다음 사진 설명.')).toEqual([
      {
        start: 15,
        end: 19,
        text: '연합뉴스',
        kind: 'credit',
        title: null,
        creator: null,
        source: '연합뉴스',
        license: null,
      },
    ])
  })

  it('"Photo : YONHAP News": the usual spelling', () => {
    expect(exact('Photo : YONHAP News\n\nThe two Koreas removed guard posts.')).toEqual([
      {
        start: 0,
        end: 19,
        text: 'Photo : YONHAP News',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Yonhap News',
        license: null,
      },
    ])
  })

  it('a reporter\'s e-mail address after "Place/Name 기자" stays out of the credit', () => {
    const text = '장병들이 작업을 하고 있다. 파주/홍길동 기자 gildong1@example.co.kr\n다음 기사.'
    expect(exact(text)).toEqual([
      {
        start: 19,
        end: 25,
        text: '홍길동 기자',
        kind: 'credit',
        title: null,
        creator: '홍길동',
        source: null,
        license: null,
      },
    ])
    expect(fields('파주/홍길동 기자 gildong1@example.co.kr 로 문의하세요')).toEqual([])
  })

  it('no credit for the name inside a sentence', () => {
    expect(fields('연합뉴스가 보도했다.')).toEqual([])
    expect(fields('비무장지대 고지의 모습 연합뉴스 기자가 촬영했다')).toEqual([])
  })

  it('property: a Korean caption, a slash, a wire in Hangul', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('비무장지대 고지의 모습.', '장병들이 지뢰를 제거하고 있다.'),
        fc.constantFrom('/', ' / '),
        fc.constantFrom('연합뉴스', '뉴시스'),
        (caption, slash, wire) => {
          const text = `${caption}${slash}${wire}\n다음.`
          sane(text)
          expect(fields(text)).toEqual([{ text: wire, creator: null, source: wire, license: null }])
        },
      ),
    )
  })
})
