/**
 * Two small readings of agencies and platforms: a wire's "/Illustration" role after the
 * photographer (as "/File Photo" is) names no one, and a platform written with an accent, as French
 * pages write Wikimedia ("© Wikimédia"), is the platform. Every sentence is written for these tests;
 * the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ilse', 'Tomas', 'Noor'], ['Vang', 'Okafor', 'Moreau'])

describe('a wire\'s "/Illustration" after the photographer', () => {
  it('stays in the span and names no one', () => {
    const text = 'Mine warning signs stand in a row, May 2, 2023. REUTERS/Ilse Vang/Illustration'
    expect(exact(text)).toEqual([
      {
        start: 48,
        end: 78,
        text: 'REUTERS/Ilse Vang/Illustration',
        kind: 'credit',
        title: null,
        creator: 'Ilse Vang',
        source: 'Reuters',
        license: null,
      },
    ])
  })

  it('property: with or without "/File Photo" after it, in either case', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('/Illustration', '/Illustration/File Photo', '/ILLUSTRATION'),
        (who, tail) => {
          const text = `Mine warning signs stand in a row, May 2, 2023. REUTERS/${who}${tail}\nNext.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `REUTERS/${who}${tail}`, creator: who, source: 'Reuters', license: null },
          ])
        },
      ),
    )
  })
})

describe('a platform written with an accent', () => {
  it('is the platform, spelt as usual', () => {
    expect(fields('Les mines restent dans le sol. © Wikimédia\nSuite.')).toEqual([
      { text: '© Wikimédia', creator: null, source: 'Wikimedia', license: null },
    ])
    expect(fields('Photo: Wikimédia Commons')).toEqual([
      {
        text: 'Photo: Wikimédia Commons',
        creator: null,
        source: 'Wikimedia Commons',
        license: null,
      },
    ])
  })

  it('leaves a name with an accent that no platform has as written', () => {
    expect(fields('Les mines restent dans le sol. © Hélène Doe\nSuite.')).toEqual([
      { text: '© Hélène Doe', creator: 'Hélène Doe', source: null, license: null },
    ])
  })
})
