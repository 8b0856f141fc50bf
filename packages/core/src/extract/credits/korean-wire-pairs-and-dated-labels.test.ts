/**
 * Credits from the twelfth real-page set's misses: a Korean wire's pair of credits after a dated
 * caption's slash, the next caption glued after the reporter's "기자" ("… 2024.10.11/ ⓒ AFP=뉴스1
 * ⓒ News1 홍길동 기자Next caption"); "Photo :" with a spaced colon after a date ("… 2024-03-22
 * Photo : YONHAP News"); a Japanese "(写真:…通信社)" naming a company is its source, and a wire in
 * katakana before Kyodo ("(ロイター＝共同)") closing a dated caption. Every
 * sentence is written for these tests; 홍길동, 山田太郎 are placeholder names.
 */
import { describe, expect, it } from 'vitest'
import { exact, fields } from './test-helpers.js'

describe('Korean wire pairs, a dated "Photo :", a Japanese company', () => {
  it('reads a Korean wire pair after a dated slash, the next caption glued on', () => {
    const text =
      '행사장에서 깃발을 들고 있다. 2024.10.11/ ⓒ AFP=뉴스1 ⓒ News1 홍길동 기자다음 사진에서 시민들이 걷고 있다. 2021.08.06/ ⓒ AFP=뉴스1 ⓒ News1 홍길동 기자\n'
    expect(exact(text)).toEqual([
      {
        start: 29,
        end: 38,
        text: 'ⓒ AFP=뉴스1',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP=뉴스1',
        license: null,
      },
      {
        start: 39,
        end: 53,
        text: 'ⓒ News1 홍길동 기자',
        kind: 'credit',
        title: null,
        creator: '홍길동',
        source: 'News1',
        license: null,
      },
      {
        start: 85,
        end: 94,
        text: 'ⓒ AFP=뉴스1',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'AFP=뉴스1',
        license: null,
      },
      {
        start: 95,
        end: 109,
        text: 'ⓒ News1 홍길동 기자',
        kind: 'credit',
        title: null,
        creator: '홍길동',
        source: 'News1',
        license: null,
      },
    ])
  })

  it('keeps a block of notices a notice', () => {
    expect(fields('Text.\n© 2006 Jane Doe\n© 2011 John Roe\n')).toEqual([])
  })

  it('reads "Photo :" after a date', () => {
    expect(fields('Write date 2024-03-22 Photo : YONHAP News\n\nThe story.')).toEqual([
      { text: 'Photo : YONHAP News', creator: null, source: 'Yonhap News', license: null },
    ])
  })

  it('reads a wire in katakana before Kyodo closing a caption, not after a story', () => {
    expect(exact('破壊された建物=22日(ゲッティ=共同)\n\n 本文')).toEqual([
      {
        start: 12,
        end: 19,
        text: 'ゲッティ=共同',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'ゲッティ=共同',
        license: null,
      },
    ])
    expect(fields('警備に当たる要員＝2023年6月（ロイター＝共同）【ウィーン共同】国際')).toEqual([
      { text: 'ロイター＝共同', creator: null, source: 'ロイター＝共同', license: null },
    ])
    expect(fields('会見した。(ロイター＝共同)')).toEqual([])
  })

  it('reads a Japanese company after "写真:" as the source, a name as the creator', () => {
    expect(fields('会見する代表委員=10月12日(写真:共同通信社) 拡大画像表示')).toEqual([
      { text: '写真:共同通信社', creator: null, source: '共同通信社', license: null },
    ])
    expect(fields('会見する代表委員=10月12日(写真:山田太郎) 拡大画像表示')).toEqual([
      { text: '写真:山田太郎', creator: '山田太郎', source: null, license: null },
    ])
  })
})
