/**
 * An office or institute named in its own language with one lower-case word (from the
 * thirteenth real-page set's misses): a Czech town hall ("Foto: Magistrát města Example"), a
 * Polish police headquarters after "fot." ("KMP w Examplewie": an acronym, then a one-letter
 * preposition), a Norwegian institute ("Forsvarets forskningsinstitutt") are the credit's
 * source. A lower-case word without an office's stem or a short preposition after an acronym
 * still reads as no credit. Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

const office = (text: string, start: number, kind: string, source: string) => ({
  start,
  end: text.length - 1,
  text: text.slice(start, -1),
  kind,
  title: null,
  creator: null,
  source,
  license: null,
})

describe('an office named with a lower-case word', () => {
  it('a Czech town hall', () => {
    const text = 'Foto: Magistrát města Example\n'
    expect(exact(text)).toEqual([office(text, 0, 'photo', 'Magistrát města Example')])
  })

  it('an acronym, a one-letter preposition and a town', () => {
    const text = 'A shell was found near the school.\nfot. KMP w Examplewie\n'
    expect(exact(text)).toEqual([office(text, 35, 'photo', 'KMP w Examplewie')])
  })

  it('a Norwegian institute', () => {
    const text = 'Foto: Forsvarets forskningsinstitutt\n'
    expect(exact(text)).toEqual([office(text, 0, 'photo', 'Forsvarets forskningsinstitutt')])
  })

  it('a lower-case word with no office in it is no credit', () => {
    expect(exact('Foto: Example staff at work\n')).toEqual([])
    expect(exact('Foto: NATO w Example streets\n')).toEqual([])
  })
})
