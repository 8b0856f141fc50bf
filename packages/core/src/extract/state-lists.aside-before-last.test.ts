/**
 * A list whose last member follows an aside set off by commas after "and". Example sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string): (readonly string[])[] =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => l.members)

describe('an aside in commas between "and" and the last member', () => {
  it('keeps the member in the list', () => {
    expect(lists('Clearance goes on in Chad, Niger and, of course, Mali.')).toEqual([
      ['TCD', 'NER', 'MLI'],
    ])
    expect(lists('Peru, Chile and, more recently, Bolivia signed.')).toEqual([
      ['PER', 'CHL', 'BOL'],
    ])
  })

  it('ends the list at an aside of other words', () => {
    expect(lists('Peru, Chile and, in the end, everyone else, Bolivia.')).toEqual([['PER', 'CHL']])
  })
})
