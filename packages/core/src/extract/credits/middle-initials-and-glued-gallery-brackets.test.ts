/**
 * A photographer's middle initial in a bracket closing a caption ("(Jane J. Roe/Example Navy)"),
 * and a gallery whose next caption is glued to that bracket ("…June 9. (Jane J. Roe/Example
 * Navy)A tank …"), from the fourteenth real-page set's misses. A bracket without an agency
 * glued to the next caption stays none. Every sentence is written for these tests; the names
 * are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { credit, exact, fields, sane } from './test-helpers.js'

const chain = (text: string, creator: string, source: string, from = 0) =>
  credit(text, `${creator}/${source}`, 'credit', creator, source, from)

describe('middle initials and glued gallery brackets', () => {
  it('a middle initial in a bracket closing a line', () => {
    const text =
      'A destroyer fires its gun during the exercise on June 7. (Jane J. Doe/U.S. Navy)\n'
    expect(exact(text)).toEqual([chain(text, 'Jane J. Doe', 'U.S. Navy')])
  })

  it("a gallery's captions glued to the brackets before them", () => {
    const text =
      'A tank drives on shore during the exercise on June 7. (John K. Roe/U.S. Marine Corps)A destroyer fires its gun at sea on June 9. (Jane J. Doe/U.S. Navy)The fleet at anchor.'
    expect(exact(text)).toEqual([
      chain(text, 'John K. Roe', 'U.S. Marine Corps'),
      chain(text, 'Jane J. Doe', 'U.S. Navy'),
    ])
  })

  it('a name without an agency glued to the next sentence is none', () => {
    expect(
      fields('A tank drives on shore during the exercise on June 7. (Jane Doe)The fleet.'),
    ).toEqual([])
  })

  it('keeps every span in the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('A', '\n', ' x', ''),
        (tail, glue) => {
          sane(`A tank drives on shore during the exercise. (Jane J. Doe/U.S. Navy)${glue}${tail}`)
        },
      ),
    )
  })
})
