/**
 * An agency's name as sites shorten it ("Jane Roe / Magnum" for Magnum Photos, as Swiss and French
 * galleries print it over and under each caption). Every sentence is written for these tests;
 * the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ada', 'Piet', 'Yara', 'Lukas'], ['Wendt', 'Osei', 'Marin', 'Holm'])

describe('"Magnum" for Magnum Photos', () => {
  it('is the source after a photographer on a gallery line', () => {
    const text =
      'Ada Wendt / Magnum\nA clinic for amputees near the border, 1996.\nAda Wendt / Magnum\n'
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 18,
        text: 'Ada Wendt / Magnum',
        kind: 'credit',
        title: null,
        creator: 'Ada Wendt',
        source: 'Magnum',
        license: null,
      },
      {
        start: 64,
        end: 82,
        text: 'Ada Wendt / Magnum',
        kind: 'credit',
        title: null,
        creator: 'Ada Wendt',
        source: 'Magnum',
        license: null,
      },
    ])
  })

  it('credits no one in prose', () => {
    expect(fields('He carried a .357 Magnum in his belt. Magnum is also a brand.')).toEqual([])
    expect(fields('The police found a Wesson/Magnum revolver at the scene.')).toEqual([])
    expect(fields('Photos by members of Magnum were shown in the hall.')).toEqual([])
  })

  it('property: "<name> / Magnum" under a caption credits the name', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(' / ', '/'), (who, slash) => {
        const text = `A field hospital in the valley, 1993.\n${who}${slash}Magnum\n`
        sane(text)
        expect(fields(text)).toEqual([
          { text: `${who}${slash}Magnum`, creator: who, source: 'Magnum', license: null },
        ])
      }),
    )
  })
})
