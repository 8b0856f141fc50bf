/**
 * A gallery whose captions lost their line breaks: each caption's bracketed chain runs straight
 * into the next caption ("… March 7, 2025. (AP Photo/Jane Doe)A student sweeps …", also before
 * AP's "FILE- " note). The bracket still closes the credit. Every sentence is written for these
 * tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta'], ['Doe', 'Roe', 'Silva'])

describe('a bracketed chain glued to the next caption', () => {
  it('"(AP Photo/Jane Doe)A student …"', () => {
    const text =
      'A deminer holds a grenade in Example, March 7, 2025. (AP Photo/Jane Doe)A student sweeps the area.'
    expect(exact(text)).toEqual([
      {
        start: 54,
        end: 71,
        text: 'AP Photo/Jane Doe',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'AP Photo',
        license: null,
      },
    ])
  })

  it.each([
    [
      'Workers clear a field near the old base, Oct. 17, 2018. (AP Photo/Jane Doe, File)FILE- A soldier stands guard.',
      'AP Photo/Jane Doe, File',
    ],
    [
      'Children play at the school in Example, March 7, 2025. (Jane Doe/Reuters)Students exercise in class.',
      'Jane Doe/Reuters',
    ],
  ])('%j', (text, credit) => {
    expect(fields(text).map((c) => c.text)).toEqual([credit])
  })

  it.each([
    // A bracket in prose followed by a space and a sentence is no caption's credit.
    'The agencies (AFP, Reuters) said so. The talks went on.',
    'See the figures (Example Group/Example Trust)The next',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: a gallery of glued captions', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 2, maxLength: 4 }),
        fc.constantFrom('AP Photo', 'Reuters', 'AFP'),
        (who, agency) => {
          const chain = (w: string) => (agency === 'AP Photo' ? `${agency}/${w}` : `${w}/${agency}`)
          const text = who
            .map((w, i) => `Deminers clear the field number ${i + 1}, May 3, 2024. (${chain(w)})`)
            .join('')
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual(who.map(chain))
        },
      ),
    )
  })
})
