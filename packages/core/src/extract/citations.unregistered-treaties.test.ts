/**
 * A treaty the registry does not hold, named in the text, and a protocol whose own title names its
 * treaty: no later context gives their articles or the protocol to another instrument.
 * Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map(
    (c) => `${c.text}:${c.treaty}${c.article ? `:${c.article}` : ''}`,
  )

describe('articles after a treaty the registry does not hold', () => {
  it('are no citation of an instrument named before it', () => {
    expect(
      cites(
        'The Convention on Conventional Weapons applies. The drafters of the ENMOD Convention wrote notes on the Convention (Articles I and II). Article I is short.',
      ),
    ).toEqual(['Convention on Conventional Weapons:ccw'])
    expect(
      cites(
        'The Convention on Conventional Weapons applies. The Example Convention is new. Article 2 of the Convention says so.',
      ),
    ).toEqual(['Convention on Conventional Weapons:ccw'])
  })

  it('still belong to a registry instrument named after it', () => {
    expect(
      cites(
        'Unlike the Example Treaty, the Arms Trade Treaty has reports. Article 13 of the Treaty asks for them.',
      ),
    ).toEqual(['Arms Trade Treaty:att', 'Article 13 of the Treaty:att:13'])
  })

  it('are the earlier instrument’s when the words only open a referent or a longer name', () => {
    expect(
      cites(
        'The Arms Trade Treaty has reports. The Treaty asks for them; the Effective Treaty Implementation group met on Articles 6 and 7.',
      ),
    ).toEqual(['Arms Trade Treaty:att', 'Articles 6:att:6', '7:att:7'])
    expect(
      cites(
        'The Convention on Cluster Munitions took effect. This Convention bans them, and Article 4 of the Convention asks for clearance.',
      ),
    ).toEqual(['Convention on Cluster Munitions:ccm', 'Article 4 of the Convention:ccm:4'])
  })

  it('are never linked to the instrument named before any unknown "… Convention" (property)', () => {
    const name = fc.constantFrom('Example', 'ENMOD', 'Hague', 'Jane Doe', 'Regional Example')
    fc.assert(
      fc.property(name, fc.integer({ min: 1, max: 9 }), (words, article) => {
        const text = `The Arms Trade Treaty took effect. Then the ${words} Convention was signed. Article ${article} of the Convention is short.`
        expect(cites(text)).toEqual(['Arms Trade Treaty:att'])
      }),
    )
  })
})

describe('a protocol whose title names its treaty', () => {
  it('is that treaty’s protocol whatever the rest of the text names', () => {
    expect(
      cites(
        'Protocol I additional to the 1949 Geneva Conventions protects the environment. The Convention on Conventional Weapons is another treaty.',
      ),
    ).toEqual([
      'Protocol I additional to the 1949 Geneva Conventions:ap-1',
      'Convention on Conventional Weapons:ccw',
    ])
  })
})
