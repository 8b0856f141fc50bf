/**
 * A Korean caption's "사진=" ("photo =") before a source in Hangul (from the eleventh real-page
 * set's misses): in round or square brackets or after the caption's slash ("(사진=유엔)", "[사진=로이터
 * 예시일보]", "/사진=로이터"), the source as written; a closing "제공" ("provided") stays in the
 * span, not in the source. Hangul has no case, so the source must be a known wire, an office or
 * a paper by its last syllables ("…부", "…청", "…일보") or a provider ("… 제공"): a person's name
 * alone ("(사진=홍길동)") is none, and so are the words without a bracket or a slash before "사진=".
 * Every sentence is written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const photo = (start: number, text: string, source: string) => ({
  start,
  end: start + text.length,
  text,
  kind: 'photo',
  title: null,
  creator: null,
  source,
  license: null,
})

describe('"사진=" before a source in Hangul', () => {
  it('after a slash closing the caption, in round and in square brackets', () => {
    expect(exact('회의장 모습. /사진=로이터\n본문이 이어진다.')).toEqual([
      photo(9, '사진=로이터', '로이터'),
    ])
    expect(exact('회의장 모습 (사진=유엔)\n\n본문.')).toEqual([photo(8, '사진=유엔', '유엔')])
    expect(exact('회의장 모습. [사진=로이터 예시일보]\n\n본문.')).toEqual([
      photo(9, '사진=로이터 예시일보', '로이터 예시일보'),
    ])
  })

  it('a closing "제공" in the span, not in the source', () => {
    expect(exact('회의장 모습 (사진=예시청 제공)')).toEqual([
      photo(8, '사진=예시청 제공', '예시청'),
    ])
  })

  it('the photographer with "기자" and a wire in Latin letters stay as before', () => {
    expect(fields('회의장 모습 /사진=홍길동 기자\n')).toEqual([
      { text: '사진=홍길동 기자', creator: '홍길동', source: null, license: null },
    ])
    expect(fields('회의장 모습 (사진=AFP)\n')).toEqual([
      { text: '사진=AFP', creator: null, source: 'AFP', license: null },
    ])
  })

  it("a ministry by its last syllable, and no person's name (Hangul has no case)", () => {
    expect(exact('회의장 모습 (사진=예시부)')).toEqual([photo(8, '사진=예시부', '예시부')])
    expect(fields('회의장 모습 (사진=홍길동)')).toEqual([])
    expect(fields('회의장 모습. /사진=김철수\n')).toEqual([])
  })

  it('no credit without a bracket or a slash, nor where a sentence goes on', () => {
    expect(fields('사진=유엔 본부에서 열린 회의가 길게 이어졌다')).toEqual([])
    expect(fields('회의장 (사진=유엔 본부에서 열린 회의가 길게 이어졌다는 설명)')).toEqual([])
  })

  it('property: an opener, a source of one or two Hangul words, a closer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['(', ')'], ['[', ']'], ['/', '\n']),
        fc.constantFrom('로이터', '유엔', '예시청', '로이터 예시일보'),
        ([open, close], source) => {
          const text = `회의장 모습. ${open}사진=${source}${close}본문.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `사진=${source}`, creator: null, source, license: null },
          ])
        },
      ),
    )
  })
})
