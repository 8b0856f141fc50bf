/**
 * A two-part symbol after a date, as a list of documents prints it. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('a two-part symbol after a date, as a list of documents prints it', () => {
  it('is a document', () => {
    expect(docs('28 May 1993 S/25859 This was the statement on peacekeeping.')).toEqual([
      'S/25859=S/25859',
    ])
  })

  it('is none with a number too short for the series or without a full date', () => {
    expect(docs('28 May 1993 S/25 This was the statement.')).toEqual([])
    expect(docs('In 1993 S/25859 was discussed.')).toEqual([])
    expect(docs('The ratio was 28 to 1993 S/25859 here.')).toEqual([])
  })
})
