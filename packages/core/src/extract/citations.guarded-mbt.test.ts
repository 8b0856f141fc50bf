/**
 * "MBT": the Mine Ban Treaty once a text names it, and in writing on armour a main battle tank.
 * Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => `${c.text}:${c.treaty}@${c.start}`)

describe('"MBT" after the text names the Mine Ban Treaty', () => {
  it('is the Mine Ban Treaty, defined in brackets or named in other words before', () => {
    expect(
      cites('The Mine Ban Treaty (MBT) took effect in 1999. Today the MBT binds most states.'),
    ).toEqual(['Mine Ban Treaty:apmbt@4', 'MBT:apmbt@21', 'MBT:apmbt@57'])
    expect(cites('Delegates of the Ottawa Convention met; the MBT asks for clearance.')).toEqual([
      'Ottawa Convention:apmbt@17',
      'MBT:apmbt@44',
    ])
  })
})

describe('"MBT" in a text that never names the Mine Ban Treaty', () => {
  it('is no citation: a main battle tank, defined or not', () => {
    expect(
      cites('The army showed its Main Battle Tank (MBT) at the fair. The MBT weighs 60 tonnes.'),
    ).toEqual([])
    expect(cites('Each MBT carries a 120 mm gun and a crew of four.')).toEqual([])
  })

  it('is no citation whatever armour words stand round it (property)', () => {
    const words = fc.constantFrom('tank', 'armour', 'crew', 'gun', 'the', 'new', 'Army', 'fleet')
    fc.assert(
      fc.property(fc.array(words, { maxLength: 6 }), fc.array(words, { maxLength: 6 }), (a, b) => {
        const text = [...a, 'MBT', ...b].join(' ') + '.'
        expect(cites(text)).toEqual([])
      }),
    )
  })
})
