/**
 * Japanese captions closed by a wire after "=" and "、" ("=オスロで10日、ロイター"), a paper in
 * brackets ("(読売新聞)"), Kyodo's photo desk ("(共同通信写真部…)") or a provider
 * ("(Example連盟提供)"). The captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, sane } from './test-helpers.js'

const credit = (text: string, span: string, source: string) => {
  const start = text.indexOf(span)
  return {
    start,
    end: start + span.length,
    text: span,
    kind: 'credit',
    title: null,
    creator: null,
    source,
    license: null,
  }
}

describe('Japanese caption closers', () => {
  it.each([
    ['賞状を受け取る山田花子さん=オスロで10日、ロイター\n\n 【オスロ】', 'ロイター', 'ロイター'],
    ['中継を見守る山田花子さん(中央)(読売新聞)\n次の記事', '読売新聞', '読売新聞'],
    [
      '選手たちの姿を追った。(共同通信写真部五輪取材班)',
      '共同通信写真部五輪取材班',
      '共同通信写真部五輪取材班',
    ],
    [
      '予選に出場した選手(左)=ドバイで(日本例示連盟提供)\n次の写真',
      '日本例示連盟提供',
      '日本例示連盟',
    ],
  ])('%s', (text, span, source) => {
    sane(text)
    expect(exact(text)).toEqual([credit(text, span, source)])
  })

  it("a paper after a story's last sentence, a short provider or a wire in a sentence is none", () => {
    expect(exact('と報じた。(読売新聞)\n')).toEqual([])
    expect(exact('セール品です(無料提供)\n')).toEqual([])
    expect(exact('会議で、ロイター\n')).toEqual([])
  })

  it('property: a wire after a caption\'s "=" and its date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ロイター', 'AP', 'AFP', 'EPA'),
        fc.constantFrom('=東京で10日', '＝ジュネーブで2日'),
        (wire, place) => {
          const text = `演説する山田花子さん${place}、${wire}\n次の段落`
          sane(text)
          expect(exact(text)).toEqual([credit(text, wire, wire)])
        },
      ),
    )
  })
})
