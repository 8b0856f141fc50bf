/**
 * An article cited through its chapter ("Article 42 of Chapter VII of the Charter") and an
 * instrument's possessive before the pinpoint ("the Convention's Article 5"). Example sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map(
    (c) => `${c.text}:${c.treaty}:${c.article}:${c.paragraph}`,
  )

describe('an article cited through its chapter', () => {
  it('is one citation over the chapter', () => {
    expect(
      cites('Acting under Article 42 of Chapter VII of the United Nations Charter, it met.'),
    ).toEqual(['Article 42 of Chapter VII of the United Nations Charter:un-charter:42:null'])
    expect(cites('See Article 39 of Chapter VII of the Charter of the United Nations.')).toEqual([
      'Article 39 of Chapter VII of the Charter of the United Nations:un-charter:39:null',
    ])
  })

  it('names no instrument without one after the chapter', () => {
    expect(cites('Article 3 of Chapter II sets the rules.')).toEqual([])
  })
})

describe("an instrument's possessive before the pinpoint", () => {
  it('cites the instrument the word refers to, from the word on', () => {
    expect(
      cites('The Ottawa Convention was signed. The Convention’s Article 5(1) asks for clearance.'),
    ).toEqual(['Ottawa Convention:apmbt:null:null', 'Convention’s Article 5(1):apmbt:5:1'])
    expect(cites("The UN Charter binds. The Charter's Article 41 lists measures.")).toEqual([
      'UN Charter:un-charter:null:null',
      "Charter's Article 41:un-charter:41:null",
    ])
  })

  it('leaves a possessive of another word alone', () => {
    expect(cites('The Ottawa Convention was signed. The author’s Article 5 is long.')).toEqual([
      'Ottawa Convention:apmbt:null:null',
      'Article 5:apmbt:5:null',
    ])
  })
})
