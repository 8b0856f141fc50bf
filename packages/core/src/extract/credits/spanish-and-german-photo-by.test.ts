/**
 * "Foto de" (Spanish) and "Foto von" (German) for "Photo by" (from the twelfth real-page set's
 * misses): before a name of two capitalised words, they label a credit of kind `photo`, the
 * photographer the creator and the agencies after the slashes the source. Before anything else
 * ("Foto de la playa", "Foto von oben") they label nothing. Every sentence is written for these
 * tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('"Foto de" and "Foto von" before a name', () => {
  it('Spanish "Foto de", a surname in capitals, an agency', () => {
    const text = 'Los presos esperan en el patio.\nFoto de Jane ROE / AFP\n'
    expect(exact(text)).toEqual([
      {
        start: 32,
        end: 54,
        text: 'Foto de Jane ROE / AFP',
        kind: 'photo',
        title: null,
        creator: 'Jane ROE',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('German "Foto von", a chain of agencies', () => {
    const text = 'Foto von Jane Doe/Example Images/Sipa USA\n'
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 41,
        text: 'Foto von Jane Doe/Example Images/Sipa USA',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example Images/Sipa USA',
        license: null,
      },
    ])
  })

  it('no name after them: no credit', () => {
    expect(exact('Foto de la playa en Example\n')).toEqual([])
    expect(exact('Foto von oben auf die Stadt\n')).toEqual([])
    expect(exact('Foto de familia de los líderes.\n')).toEqual([])
  })
})
