/**
 * A known agency, a dash and its photographer ("© AFP – Jane ROE", as French news sites print
 * their picture credits): the photographer is the creator, the agency the source. Every sentence
 * is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Lucie', 'Bastien', 'Amira', 'Hugo'],
  ['MARCHAND', 'Fabre', 'LEROUX', 'Benali'],
)

describe('an agency, a dash and a photographer', () => {
  it('names both, without the dash after them', () => {
    const text = '© AFP – Lucie MARCHAND – | The envoy at the rostrum in New York on 19 September'
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 22,
        text: '© AFP – Lucie MARCHAND',
        kind: 'credit',
        title: null,
        creator: 'Lucie MARCHAND',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('needs a known agency first and a name of two words after it', () => {
    expect(fields('AFP - Lucie Fabre said on Monday that the talks had failed.')).toEqual([])
    expect(
      fields('The envoy spoke.\n© Example Trust – Hugo Benali').map((c) => c.creator),
    ).not.toContain('Hugo Benali')
  })

  it('property: "© <agency> – <name>" credits the name', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('AFP', 'Reuters', 'EPA'),
        fc.constantFrom(' – ', ' - ', ' — '),
        (who, agency, dash) => {
          const text = `The envoy at the rostrum.\n© ${agency}${dash}${who}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `© ${agency}${dash}${who}`, creator: who, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
