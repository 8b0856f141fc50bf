/**
 * An abbreviation a text defines in brackets after a name, when its letters are no initials of the
 * name but the registry calls the instrument "<abbreviation> Treaty" ("Strategic Arms Reduction
 * Treaty (START)"). Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('"(START)" after "Strategic Arms Reduction Treaty"', () => {
  it('cites the treaty there and at each later use of the word', () => {
    const text =
      'The 1991 Strategic Arms Reduction Treaty (START) cut arsenals. Jane Doe said START worked.'
    expect(cite(text)).toEqual([
      ['Strategic Arms Reduction Treaty', 'start-1', 9],
      ['START', 'start-1', 42],
      ['START', 'start-1', 77],
    ])
  })

  it('leaves the longer names that hold the word as they are', () => {
    const text =
      'The Strategic Arms Reduction Treaty (START) was signed. START II and New START followed.'
    expect(cite(text).map(([t, id]) => `${t}:${id}`)).toEqual([
      'Strategic Arms Reduction Treaty:start-1',
      'START:start-1',
      'START II:start-2',
      'New START:new-start',
    ])
  })

  it('defines nothing without the name before it, nor for a word the registry does not pair', () => {
    expect(cite('Press START to begin (START).')).toEqual([])
    expect(cite('The Outer Space Treaty (SPACE) is old; SPACE matters.')).toEqual([
      ['Outer Space Treaty', 'ost', 4],
    ])
  })
})
