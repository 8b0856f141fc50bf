/**
 * A picture number or a year glued to the state name after it. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('a number glued to the state name after it', () => {
  it('keeps the name (a picture number, a year)', () => {
    expect(states('Gallery 4Laos clearance teams at work near Cambodia')).toEqual([
      'Laos:LAO',
      'Cambodia:KHM',
    ])
    expect(states('In the 2019Chad survey the fields were mapped.')).toEqual(['Chad:TCD'])
  })

  it('reads no code of letters and digits, tag or abbreviation so', () => {
    expect(states('The F16Jordan file, the B52Chad code and tag #3Mali.')).toEqual([])
    expect(states('Slide 2UK and 9US are labels.')).toEqual([])
  })
})
