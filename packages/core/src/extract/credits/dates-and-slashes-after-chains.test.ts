/**
 * What ends a credit's chain at the end of its line (from the thirteenth real-page set's
 * misses): a date after it, spaced ("/ AFP Photo March 17"), after a colon ("Defence:October 4,
 * 2016") or glued to its last word ("Getty Images24 October 1962"); a slash glued to the last
 * name of a spaced chain ("picture alliance / Jane Doe/"). None of them is part of the credit.
 * Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

const credit = (text: string, kind: string, creator: string | null, source: string) => ({
  start: 0,
  end: text.length,
  text,
  kind,
  title: null,
  creator,
  source,
  license: null,
})

describe('the end of a chain at the end of its line', () => {
  it('a month and day after the agency', () => {
    expect(exact('Photos by Jane Doe / AFP Photo March 17\n')).toEqual([
      credit('Photos by Jane Doe / AFP Photo', 'photo', 'Jane Doe', 'AFP Photo'),
    ])
  })

  it('a date after a colon', () => {
    expect(exact('Credit: Example Ministry of Defence:October 4, 2016\n')).toEqual([
      credit('Credit: Example Ministry of Defence', 'credit', null, 'Example Ministry of Defence'),
    ])
  })

  it('a date glued to the last word', () => {
    expect(exact('Photograph: AFP/Getty Images24 October 1962\n')).toEqual([
      credit('Photograph: AFP/Getty Images', 'photo', null, 'AFP/Getty Images'),
    ])
  })

  it('a slash glued to the last name of a spaced chain', () => {
    expect(exact('Foto: picture alliance / Jane Doe/\nThe next paragraph.\n')).toEqual([
      credit('Foto: picture alliance / Jane Doe', 'photo', 'Jane Doe', 'picture alliance'),
    ])
  })
})
