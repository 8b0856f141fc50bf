/**
 * Words between a list's conjunction and its last member: adverbs, "my own country", "and/or".
 * Sentences written for these tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))

const pool = ['Kenya', 'Latvia', 'Nepal', 'Oman', 'Peru', 'Chile', 'Ghana', 'Mali', 'Togo', 'Fiji']

describe('words between the conjunction and the last member', () => {
  it.each([
    [
      'and more recently',
      'Its arsenal grew like those of Chile, Ghana, Nepal and more recently Peru.',
    ],
    ['and possibly', 'Tests were feared in Chile, Ghana and possibly the Philippines.'],
    [
      'and, in a joint statement, my own country',
      'On behalf of Chile, Ghana, Nepal and my own country, Peru, I thank you.',
    ],
    [
      'and my own country without a comma',
      'Chile, Ghana, Nepal and my own country Peru support the text.',
    ],
  ])('%s', (_, text) => {
    const found = lists(text)
    expect(found).toHaveLength(1)
    expect(found[0]!.members.length).toBeGreaterThanOrEqual(3)
    expect(found[0]!.text).toMatch(/(?:Peru|Philippines)$/)
  })

  it('"and/or" closes a list like "and"', () => {
    expect(lists('Abstaining were Chile, Ghana and/or Peru.')).toEqual([
      { text: 'Chile, Ghana and/or Peru', members: ['CHL', 'GHA', 'PER'] },
    ])
  })

  it('other words after the conjunction still end the list', () => {
    expect(lists('Chile, Ghana and other countries such as Peru agreed.')).toEqual([
      { text: 'Chile, Ghana', members: ['CHL', 'GHA'] },
    ])
  })

  it('property: an adverb after the conjunction keeps the last member in the list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 3, maxLength: 6 }),
        fc.constantFrom(
          'more recently',
          'possibly',
          'perhaps',
          'now',
          'eventually',
          'my own country,',
        ),
        (names, words) => {
          const text = `Support came from ${names.slice(0, -1).join(', ')} and ${words} ${names.at(-1)}.`
          const found = extract(text).stateLists
          expect(found).toHaveLength(1)
          expect(found[0]!.members).toHaveLength(names.length)
        },
      ),
    )
  })
})
