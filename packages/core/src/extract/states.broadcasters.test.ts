/** A broadcaster named after a state (the Voice of Russia) is no mention of it. */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}=${s.iso3}`)

describe('the Voice of Russia', () => {
  it('is a broadcaster, no mention of Russia', () => {
    expect(states('The Voice of Russia reported that Russia would not sign.')).toEqual([
      'Russia=RUS',
    ])
  })
})
