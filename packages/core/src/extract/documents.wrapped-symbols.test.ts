/**
 * A symbol a page wrapped after a slash is one document, its span holding the break. Example
 * sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('a symbol a page wrapped after a slash', () => {
  it('is one document, the span holding the break', () => {
    expect(
      docs('Papers (NPT/CONF.2010/PC.II/\n\nWP.20 and NPT/CONF.2010/PC.III/WP.20) came.'),
    ).toEqual([
      '"NPT/CONF.2010/PC.II/\\n\\nWP.20"=NPT/CONF.2010/PC.II/WP.20',
      'NPT/CONF.2010/PC.III/WP.20=NPT/CONF.2010/PC.III/WP.20',
    ])
    expect(docs('The draft A/C.1/63/L.1/\nRev.1 was read.')).toEqual([
      '"A/C.1/63/L.1/\\nRev.1"=A/C.1/63/L.1/Rev.1',
    ])
  })

  it('joins no word and no bare number on the next line', () => {
    expect(docs('See A/63/\nThe report was late.')).toEqual([])
    expect(docs('See CCW/MSP/2019/\n9 later.')).toEqual([])
    expect(docs('The draft A/C.1/63/L.1/ Rev.1 was read.')).toEqual([])
  })
})
