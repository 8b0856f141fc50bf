/**
 * Korean newspapers' credits: " / Name 기자", " / Example Office 제공", a pool, a wire agency and
 * "사진=Name 기자". The captions and names are written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fields, sane } from './test-helpers.js'

describe('Korean captions close with their credit', () => {
  it.each([
    ['눈 덮인 산 / 박서준 기자', { text: '박서준 기자', creator: '박서준', source: null }],
    [
      '숲길을 걷는 사람들 / 예시군청 제공',
      { text: '예시군청 제공', creator: null, source: '예시군청' },
    ],
    [
      '회담장에 들어서는 대표단 / 사진공동취재단',
      { text: '사진공동취재단', creator: null, source: '사진공동취재단' },
    ],
    ['올해의 보도사진 수상작 / AP', { text: 'AP', creator: null, source: 'AP' }],
    [
      '아이들이 기도하고 있다.\n\n사진=김하늘 기자',
      { text: '사진=김하늘 기자', creator: '김하늘', source: null },
    ],
  ])('%s', (text, expected) => {
    sane(text)
    const found = fields(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject(expected)
  })

  it('a slash before a Latin word that is no agency, or a line without Hangul, is no credit', () => {
    expect(fields('눈 덮인 산 / Seoul')).toEqual([])
    expect(fields('The hills / AP')).toEqual([])
  })

  it('property: the reporter is the creator, the provider the source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('강가의 새벽', '축제에 모인 시민들', '눈 덮인 산'),
        fc.constantFrom('김민수', '이서연', '남궁하늘'),
        fc.constantFrom('예시시청', '예시박물관', '한국예시협회'),
        fc.boolean(),
        (caption, name, org, reporter) => {
          const credit = reporter ? `${name} 기자` : `${org} 제공`
          const text = `${caption} / ${credit}\n${caption} / ${credit}\n`
          sane(text)
          const found = fields(text)
          expect(found).toHaveLength(2)
          for (const c of found) {
            expect(c.text).toBe(credit)
            expect(c.creator).toBe(reporter ? name : null)
            expect(c.source).toBe(reporter ? null : org)
          }
        },
      ),
    )
  })
})
