/**
 * A story's dateline glued to a credit's last word (from the thirteenth real-page set's misses):
 * "… courtesy of Example policeIPOH, Dec 5 — …": the town in capitals and its comma start the
 * story, so the credit ends before them. A word in capitals inside a name with no comma after it
 * is untouched. Every sentence is written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('a dateline glued to the credit', () => {
  it("ends the credit before the town's name", () => {
    const text = 'Picture courtesy of Example policeIPOH, Dec 5 — Police said a bomb was found.\n'
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 34,
        text: 'Picture courtesy of Example police',
        kind: 'picture',
        title: null,
        creator: null,
        source: 'Example police',
        license: null,
      },
    ])
  })
})
