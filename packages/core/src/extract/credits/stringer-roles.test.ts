/**
 * Getty's role words after a photographer's name ("Jane Roe / Stringer", "Jane Roe/STR", "… /
 * Staff") on a short line under a caption: the photographer alone, the role in no field. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Petra', 'Oskar', 'Mira', 'Tomas'], ['Lindqvist', 'Hale', 'Varga', 'Obi'])
const caption = 'Volunteers clear rubble from the road outside the old depot.\n'

describe("Getty's role words", () => {
  it('"Name / Stringer" under a caption credits the photographer', () => {
    expect(exact(`${caption}Petra Lindqvist / Stringer`)).toEqual([
      {
        start: 61,
        end: 87,
        text: 'Petra Lindqvist / Stringer',
        kind: 'credit',
        title: null,
        creator: 'Petra Lindqvist',
        source: null,
        license: null,
      },
    ])
  })

  it('"Name/STR" and "Name / Staff" too', () => {
    expect(fields(`${caption}Oskar Hale/STR`)).toEqual([
      { text: 'Oskar Hale/STR', creator: 'Oskar Hale', source: null, license: null },
    ])
    expect(fields(`${caption}Mira Varga / Staff`)).toEqual([
      { text: 'Mira Varga / Staff', creator: 'Mira Varga', source: null, license: null },
    ])
  })

  it('the role is no source in a chain', () => {
    expect(fields(`${caption}Mira Varga / Staff / Getty Images`)).toEqual([
      {
        text: 'Mira Varga / Staff / Getty Images',
        creator: 'Mira Varga',
        source: 'Getty Images',
        license: null,
      },
    ])
  })

  it('no person, no credit', () => {
    expect(fields(`${caption}Staff / Stringer`)).toEqual([])
    expect(fields(`${caption}Field notes / Stringer`)).toEqual([])
    expect(fields('The staff thanked every stringer / Stringer for the work done.')).toEqual([])
  })

  it('property: a person, a slash and a role word under a caption', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Stringer', 'STR', 'Staff'),
        fc.constantFrom('/', ' / '),
        (who, role, slash) => {
          const text = `${caption}${who}${slash}${role}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who}${slash}${role}`, creator: who, source: null, license: null },
          ])
        },
      ),
    )
  })
})
