/** An unnamed pinpoint before the text names its instrument (a heading above the text). */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string) =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => `${c.text}=${c.treaty}:${c.article}`)
const rules = (text: string) =>
  extract(text, { kinds: ['citations'] }).diagnostics.map((d) => d.ruleId)

describe('a pinpoint in a heading resolves to what the text is about', () => {
  it('takes the instrument the text names most', () => {
    const text =
      'Why Article 4 deadlines slip\n\nStockpiles of the Convention on Cluster Munitions ' +
      'States Parties shrink; the CCM asks for their destruction within eight years.'
    expect(cites(text)).toEqual([
      'Article 4=ccm:4',
      'Convention on Cluster Munitions=ccm:null',
      'CCM=ccm:null',
    ])
  })

  it('stays unresolved when the text names no instrument', () => {
    expect(cites('Article 4 deadlines slip\n\nStocks shrink slowly.')).toEqual([])
    expect(rules('Article 4 deadlines slip\n\nStocks shrink slowly.')).toEqual([
      'unresolved-article',
    ])
  })

  it('stays unresolved when that instrument has no such article', () => {
    const text = 'Article 40 in brief\n\nThe Ottawa Convention was adopted in 1997.'
    expect(cites(text)).toEqual(['Ottawa Convention=apmbt:null'])
    expect(rules(text)).toEqual(['unresolved-article'])
  })
})
