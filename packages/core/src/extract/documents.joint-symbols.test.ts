/**
 * A document issued under two symbols joined by a hyphen gives both symbols. Example sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('a document issued under two symbols joined by a hyphen', () => {
  it('gives both symbols, each its own span', () => {
    expect(docs('The draft went forward (E/4140-E/CN.7/488, chap. XII).')).toEqual([
      'E/4140=E/4140',
      'E/CN.7/488=E/CN.7/488',
    ])
    expect(docs('Identical letters (A/52/371-S/1997/719) reached both organs.')).toEqual([
      'A/52/371=A/52/371',
      'S/1997/719=S/1997/719',
    ])
    expect(docs('Identical letters A/52/371–S/1997/719 reached both organs.')).toEqual([
      'A/52/371=A/52/371',
      'S/1997/719=S/1997/719',
    ])
  })

  it('splits nothing else at a hyphen', () => {
    expect(docs('The Group read CCW/GGE/2008-V/WP.1 twice.')).toEqual([
      'CCW/GGE/2008-V/WP.1=CCW/GGE/2008-V/WP.1',
    ])
    expect(docs('A joint release, SG/SM/21000-DC/3851, came out.')).toEqual([
      'SG/SM/21000-DC/3851=SG/SM/21000-DC/3851',
    ])
    expect(docs('The part CCW/MSP/2019/9-Annex III was read.')).toEqual([
      'CCW/MSP/2019/9=CCW/MSP/2019/9',
    ])
  })
})
