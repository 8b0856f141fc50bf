/**
 * Titles as pages print them: a serial comma the title does not have ("Combat, and Eradicate"), a
 * year glued to a name by extracted text ("Treaty1967"), and the Outer Space Treaty's seventeen
 * untitled articles, so a bare "Article 4" on a page about it resolves. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cites = (text: string): string[] =>
  extract(text, { kinds: ['citations'] }).citations.map(
    (c) => `${c.text}:${c.treaty}:${c.article}:${c.paragraph}`,
  )

const POA =
  'Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects'

describe('a serial comma', () => {
  it('before "and" inside a title is read as the title', () => {
    const printed = POA.replace('Combat and', 'Combat, and')
    expect(cites(`States reviewed the ${printed} last June.`)).toEqual([
      `${printed}:poa-salw:null:null`,
    ])
  })

  it('also over a line break after the comma', () => {
    const printed = POA.replace('Combat and', 'Combat,\nand')
    expect(cites(`The ${printed}.`)).toEqual([`${printed}:poa-salw:null:null`])
  })

  it('is no part of a title that ends before it', () => {
    expect(cites('The Outer Space Treaty, and the rest, came later.')).toEqual([
      'Outer Space Treaty:ost:null:null',
    ])
  })
})

describe('a year glued to a name', () => {
  it('is not part of the name', () => {
    expect(cites('The UN Outer Space Treaty1967 bans such weapons.')).toEqual([
      'Outer Space Treaty:ost:null:null',
    ])
  })

  it('needs four digits that make a year, or the name is not read', () => {
    expect(cites('The Outer Space Treaty1234 is a file.')).toEqual([])
    expect(cites('The Outer Space Treaty196 is a file.')).toEqual([])
  })
})

describe("the Outer Space Treaty's articles", () => {
  it('resolve a bare article on a page that names the treaty only at its end', () => {
    expect(
      cites(
        'Article 4, paragraph 1, limits weapons in orbit; Article 9 asks for care.\n\n' +
          'Source: the Outer Space Treaty.',
      ),
    ).toEqual([
      'Article 4, paragraph 1:ost:4:1',
      'Article 9:ost:9:null',
      'Outer Space Treaty:ost:null:null',
    ])
  })

  it('resolve "Article IV of the Treaty" before the treaty is named', () => {
    expect(
      cites('Under Article IV of the Treaty no state may do so. The Outer Space Treaty'),
    ).toEqual(['Article IV of the Treaty:ost:4:null', 'Outer Space Treaty:ost:null:null'])
  })

  it('stop at the seventeenth', () => {
    const { citations, diagnostics } = extract(
      'Article 18 says more.\n\nThe Outer Space Treaty applies.',
      { kinds: ['citations'] },
    )
    expect(citations.map((c) => c.text)).toEqual(['Outer Space Treaty'])
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unresolved-article'])
  })
})

describe('the Mine Ban Convention\'s title without "on" before "their Destruction"', () => {
  it('is the whole title, in either case of "their"', () => {
    const title =
      'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and Their Destruction'
    expect(cites(`Jane Doe cited the ${title} twice.`)).toEqual([`${title}:apmbt:null:null`])
    const lower = title.replace('Their', 'their')
    expect(cites(`Jane Doe cited the ${lower} twice.`)).toEqual([`${lower}:apmbt:null:null`])
  })
})
