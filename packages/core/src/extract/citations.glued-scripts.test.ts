/**
 * Abbreviations in capitals glued to letters of a script written without spaces (kana, CJK
 * ideographs, Hangul), as Japanese and Korean news print "NPT" and "CCW" inside their sentences.
 * Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('an abbreviation glued to kana, CJK or Hangul', () => {
  it('is a citation, the span on the abbreviation alone', () => {
    expect(cite('2026年のNPT再検討会議が開幕した。')).toEqual([['NPT', 'npt', 6]])
    expect(cite('「NPTの崩壊」と述べた。')).toEqual([['NPT', 'npt', 1]])
    expect(cite('しかしCCWには主要国が参加する。')).toEqual([['CCW', 'ccw', 3]])
    expect(cite('NPT는 1970년 발효됐다.')).toEqual([['NPT', 'npt', 0]])
    expect(cite('이에 NPT를 검토했다. 또 CTBT에는 서명했다.')).toEqual([
      ['NPT', 'npt', 3],
      ['CTBT', 'ctbt', 16],
    ])
  })

  it('is found once where brackets or spaces already set it apart', () => {
    expect(cite('核拡散防止条約(NPT)再検討会議')).toEqual([['NPT', 'npt', 8]])
    expect(cite('2020년 NPT 평가회의')).toEqual([['NPT', 'npt', 6]])
  })

  it('is no citation inside a longer word in capitals, nor as an unknown or shared abbreviation', () => {
    expect(cite('CTBTOの会合が開かれた。')).toEqual([])
    expect(cite('ABCの会合とXYZ회의')).toEqual([])
  })

  it('property: glued between two such letters it is found once, at its place', () => {
    const abbreviations = fc.constantFrom(
      ['NPT', 'npt'],
      ['CTBT', 'ctbt'],
      ['CCW', 'ccw'],
      ['TPNW', 'tpnw'],
      ['BWC', 'bwc'],
      ['CWC', 'cwc'],
    )
    const before = fc.constantFrom('の', '年', '、', '이에 ', '「', '')
    const after = fc.constantFrom('再検討会議', 'の', '는', '를 ', '」', '에는')
    fc.assert(
      fc.property(abbreviations, before, after, ([abbreviation, id], head, tail) => {
        const text = `${head}${abbreviation}${tail}`
        expect(cite(text)).toEqual([[abbreviation, id, head.length]])
      }),
    )
  })
})
