/**
 * Titles in scripts beyond Latin, as UN documents write them: the NPT and the CTBT in Chinese
 * (read where they stand, glued to the ideographs around them, since Chinese writes no spaces) and
 * Russian (the first word declined: "Договора о …", with "ДНЯО"); no citation
 * inside the name of the organisation a treaty set up ("…条约组织", "Организации по Договору …").
 * Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('a title in Chinese', () => {
  it('is read in book-title marks, the span inside them', () => {
    expect(cite('第十届《不扩散核武器条约》审议大会在纽约举行。')).toEqual([
      ['不扩散核武器条约', 'npt', 4],
    ])
    expect(cite('呼吁尽早批准《全面禁止核试验条约》。')).toEqual([
      ['全面禁止核试验条约', 'ctbt', 7],
    ])
  })

  it('is read glued to the ideographs around it', () => {
    expect(cite('张三说，该国加入不扩散核武器条约的决定是正确的。')).toEqual([
      ['不扩散核武器条约', 'npt', 8],
    ])
    expect(cite('不扩散核武器条约缔约国2020年审议大会')).toEqual([['不扩散核武器条约', 'npt', 0]])
    // Two titles in one run of ideographs.
    expect(cite('不扩散核武器条约和全面禁止核试验条约')).toEqual([
      ['不扩散核武器条约', 'npt', 0],
      ['全面禁止核试验条约', 'ctbt', 9],
    ])
  })

  it('is no citation inside the name of the organisation the treaty set up', () => {
    expect(cite('全面禁止核试验条约组织临时技术秘书处设在维也纳。')).toEqual([])
    expect(
      cite('李四出席《全面禁止核试验条约》组织筹委会，呼吁维护《全面禁止核试验条约》。'),
    ).toEqual([['全面禁止核试验条约', 'ctbt', 26]])
  })

  it('property: a title among ideographs is its instrument, at its place, unless 组织 follows', () => {
    const titles: Array<[string, string]> = [
      ['不扩散核武器条约', 'npt'],
      ['全面禁止核试验条约', 'ctbt'],
    ]
    // Ideographs and marks that open no title.
    const filler = fc.array(
      fc.constantFrom('国', '家', '的', '审', '议', '大', '会', '，', '《', '》', '2'),
      {
        maxLength: 8,
      },
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        filler,
        filler,
        fc.boolean(),
        ([title, id], a, b, org) => {
          const before = a.join('')
          const text = `${before}${title}${org ? '组织' : ''}${b.join('')}`
          expect(cite(text)).toEqual(org ? [] : [[title, id, before.length]])
        },
      ),
    )
  })
})

describe('a title in Russian', () => {
  it('is read with its first word in any case, the span as written', () => {
    expect(cite('Договор о нераспространении ядерного оружия вступил в силу в 1970 году.')).toEqual(
      [['Договор о нераспространении ядерного оружия', 'npt', 0]],
    )
    expect(cite('статья VI Договора о нераспространении ядерного оружия')).toEqual([
      ['Договора о нераспространении ядерного оружия', 'npt', 10],
    ])
    expect(
      cite(
        'Иван Петров призвал присоединиться к Договору о всеобъемлющем запрещении ядерных испытаний.',
      ),
    ).toEqual([['Договору о всеобъемлющем запрещении ядерных испытаний', 'ctbt', 37]])
    expect(cite('в соответствии с Договором о нераспространении ядерного оружия')).toEqual([
      ['Договором о нераспространении ядерного оружия', 'npt', 17],
    ])
  })

  it('reads "ДНЯО", the Russian abbreviation, as the NPT', () => {
    expect(
      cite('участники Договора о нераспространении ядерного оружия (ДНЯО); обзор ДНЯО'),
    ).toEqual([
      ['Договора о нераспространении ядерного оружия', 'npt', 10],
      ['ДНЯО', 'npt', 56],
      ['ДНЯО', 'npt', 69],
    ])
  })

  it('is no citation inside the name of the organisation the treaty set up, nor in lower case', () => {
    expect(
      cite('секретариат Организации по Договору о всеобъемлющем запрещении ядерных испытаний'),
    ).toEqual([])
    expect(cite('договор о нераспространении ядерного оружия')).toEqual([])
  })
})
