/**
 * The US-USSR/Russia treaties, the Treaty on Open Skies and the UN Charter in prose: their names,
 * the words that look like them and are not, and "the Charter" once it is named. Example
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, string | null]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.article])

describe('the strategic arms treaties', () => {
  it('reads each by its names, the longest name winning', () => {
    expect(
      cite(
        'The ABM Treaty of 1972, START I, the START II Treaty, SORT and New START, which replaced the Strategic Offensive Reductions Treaty.',
      ),
    ).toEqual([
      ['ABM Treaty', 'abm', null],
      ['START I', 'start-1', null],
      ['START II Treaty', 'start-2', null],
      ['SORT', 'sort', null],
      ['New START', 'new-start', null],
      ['Strategic Offensive Reductions Treaty', 'sort', null],
    ])
    expect(
      cite(
        'The Strategic Arms Reduction Treaty came first; the New Strategic Arms Reduction Treaty later.',
      ),
    ).toEqual([
      ['Strategic Arms Reduction Treaty', 'start-1', null],
      ['New Strategic Arms Reduction Treaty', 'new-start', null],
    ])
  })

  it('does not read the weapon, a verb or a heading as a treaty', () => {
    expect(cite('ABM systems and ABM interceptors were tested.')).toEqual([])
    expect(cite('Before we start I will explain; sort the list first.')).toEqual([])
  })

  it('cites an article of the ABM Treaty, which has no article list to check', () => {
    expect(cite('Article XV of the ABM Treaty allows withdrawal.')).toEqual([
      ['Article XV of the ABM Treaty', 'abm', '15'],
    ])
  })
})

describe('the Treaty on Open Skies', () => {
  it('is read by both names, and "OST" stays the Outer Space Treaty', () => {
    expect(cite('The Treaty on Open Skies (the Open Skies Treaty) and the OST.')).toEqual([
      ['Treaty on Open Skies', 'open-skies', null],
      ['Open Skies Treaty', 'open-skies', null],
      ['OST', 'ost', null],
    ])
  })
})

describe('the Charter of the United Nations', () => {
  it('is read with "UN" in its span when nothing else would be left', () => {
    expect(cite('Under the UN Charter and the Charter of the United Nations alike.')).toEqual([
      ['UN Charter', 'un-charter', null],
      ['Charter of the United Nations', 'un-charter', null],
    ])
  })

  it('resolves "the Charter" with a pinpoint once the Charter is named', () => {
    expect(
      cite(
        'Article 51 of the UN Charter keeps self-defence. Article 2(4) of the Charter bans force.',
      ),
    ).toEqual([
      ['Article 51 of the UN Charter', 'un-charter', '51'],
      ['Article 2(4) of the Charter', 'un-charter', '2'],
    ])
  })

  it('leaves another charter alone and checks the article range', () => {
    const other = extract('The African Charter applies. Article 5 of the Charter says so.', {
      kinds: ['citations'],
    })
    expect(other.citations).toEqual([])
    expect(other.diagnostics.map((d) => d.ruleId)).toEqual(['unresolved-article'])
    const beyond = extract('Article 112 of the UN Charter', { kinds: ['citations'] })
    expect(beyond.diagnostics.map((d) => d.ruleId)).toEqual(['article-out-of-range'])
  })
})
