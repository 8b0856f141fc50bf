/**
 * A monitoring project named after a state ("X Watch") is no mention of it. Example sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const states = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => `${s.text}:${s.iso3}`)

describe('a monitoring project named after a state', () => {
  it('is no mention ("X Watch"), while the state in prose stays one', () => {
    expect(states('The Chad Watch archive holds the files on Chad.')).toEqual(['Chad:TCD'])
  })
})
