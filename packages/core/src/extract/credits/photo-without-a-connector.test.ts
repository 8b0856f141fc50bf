/**
 * "Photo" with no colon or "by" after a caption (from the twelfth real-page set's misses): before
 * an acronym and a slash ("Photo MONUSCO/Jane Doe", "Photos EXAMPLE / John Roe": the acronym the
 * source, the person the creator), and, after a caption's full stop, before a person's name
 * filling the line ("… to the atoll. Photo Jane Doe"). A menu's "Photo Gallery/Videos" and a
 * single word before "Photo" ("Home. Photo Booth Rentals") stay no credit. Every sentence is
 * written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

const photo = (text: string, at: string, creator: string, source: string | null) => ({
  start: text.indexOf(at),
  end: text.indexOf(at) + at.length,
  text: at,
  kind: 'photo',
  title: null,
  creator,
  source,
  license: null,
})

describe('"Photo" without a connector', () => {
  it('an acronym, a slash and a name', () => {
    const a = 'The youth welcomed the project. Photo EXAMPLE/Jane Doe\n'
    expect(exact(a)).toEqual([photo(a, 'Photo EXAMPLE/Jane Doe', 'Jane Doe', 'EXAMPLE')])
    const b = 'The people waited for the convoy. Photos EXAMPLE / John Roe\n'
    expect(exact(b)).toEqual([photo(b, 'Photos EXAMPLE / John Roe', 'John Roe', 'EXAMPLE')])
  })

  it("a person's name after a caption's full stop, to the line's end", () => {
    const text =
      'Boats sailed to the atoll. Photo Jane Doe\nWashing day on the island. Photo John Roe\n'
    expect(exact(text)).toEqual([
      photo(text, 'Photo Jane Doe', 'Jane Doe', null),
      photo(text, 'Photo John Roe', 'John Roe', null),
    ])
  })

  it('a menu or a single word before it: no credit', () => {
    expect(exact('Photo Gallery/Videos\n')).toEqual([])
    expect(exact('Home. Photo Booth Rentals\n')).toEqual([])
  })
})
