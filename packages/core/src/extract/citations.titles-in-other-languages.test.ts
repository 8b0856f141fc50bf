/**
 * Titles and short titles of instruments in other languages (German, French, Portuguese,
 * Italian), as governments and the UN write them, and the guarded abbreviation "TNP" (the NPT in
 * French, Spanish and Portuguese), read only once the text has named the NPT. Example sentences
 * of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('a title in another language', () => {
  it('is a citation of its instrument, the span on the title as written', () => {
    expect(cite('Die Schweiz hält am Atomwaffensperrvertrag fest.')).toEqual([
      ['Atomwaffensperrvertrag', 'npt', 20],
    ])
    expect(cite('Im Rahmen des Atomwaffensperrvertrags berät Jane Doe.')).toEqual([
      ['Atomwaffensperrvertrags', 'npt', 14],
    ])
    expect(cite('Der Kernwaffenverbotsvertrag trat 2021 in Kraft.')).toEqual([
      ['Kernwaffenverbotsvertrag', 'tpnw', 4],
    ])
    expect(cite('gemäß dem Vertrag über die Nichtverbreitung von Kernwaffen')).toEqual([
      ['Vertrag über die Nichtverbreitung von Kernwaffen', 'npt', 10],
    ])
    expect(cite('der Vertrag über die Kernwaffenfreie Zone Südostasien gilt')).toEqual([
      ['Vertrag über die Kernwaffenfreie Zone Südostasien', 'bangkok', 4],
    ])
    expect(cite('Le Traité sur la non-prolifération des armes nucléaires date de 1968.')).toEqual([
      ['Traité sur la non-prolifération des armes nucléaires', 'npt', 3],
    ])
    expect(cite('O Brasil assinou o Tratado sobre a Proibição de Armas Nucleares.')).toEqual([
      ['Tratado sobre a Proibição de Armas Nucleares', 'tpnw', 19],
    ])
    expect(cite('e o Tratado de Proibição Completa de Testes Nucleares, de 1996')).toEqual([
      ['Tratado de Proibição Completa de Testes Nucleares', 'ctbt', 4],
    ])
    expect(cite('Perú es Estado Parte de la Convención de Ottawa desde 1999.')).toEqual([
      ['Convención de Ottawa', 'apmbt', 27],
    ])
    expect(cite('el Tratado de Prohibición de Minas Antipersona, firmado en 1997')).toEqual([
      ['Tratado de Prohibición de Minas Antipersona', 'apmbt', 3],
    ])
    expect(cite("L'Italia ha firmato la Convenzione di Ottawa nel 1997.")).toEqual([
      ['Convenzione di Ottawa', 'apmbt', 23],
    ])
  })

  it('is read with a space for its hyphen and in capitals', () => {
    expect(cite('o Tratado de Não Proliferação de Armas Nucleares vigora')).toEqual([
      ['Tratado de Não Proliferação de Armas Nucleares', 'npt', 2],
    ])
    expect(cite('TRATADO DE NÃO-PROLIFERAÇÃO DE ARMAS NUCLEARES')).toEqual([
      ['TRATADO DE NÃO-PROLIFERAÇÃO DE ARMAS NUCLEARES', 'npt', 0],
    ])
  })

  it('is no citation written all in lower case, nor inside a longer word', () => {
    expect(cite('ein kernwaffenverbotsvertrag wäre denkbar')).toEqual([])
    expect(cite('die Atomwaffensperrvertragsstaaten tagen')).toEqual([])
  })
})

describe('"TNP", the NPT in French, Spanish and Portuguese', () => {
  it('is a citation of the NPT once the text has named it', () => {
    const text =
      'O Tratado de Não-Proliferação de Armas Nucleares (TNP) entrou em vigor em 1970. Hoje o TNP tem 191 Estados Partes.'
    expect(cite(text)).toEqual([
      ['Tratado de Não-Proliferação de Armas Nucleares', 'npt', 2],
      ['TNP', 'npt', 50],
      ['TNP', 'npt', 87],
    ])
    expect(cite('The NPT, known in French as the TNP, entered into force in 1970.')).toEqual([
      ['NPT', 'npt', 4],
      ['TNP', 'npt', 32],
    ])
  })

  it('is no citation where the text names no NPT, nor in lower case', () => {
    expect(cite('Le TNP présente une nouvelle pièce cette saison.')).toEqual([])
    expect(cite('A dose of TNP was given to the sample.')).toEqual([])
    expect(cite('The NPT review opened; tnp was a typo.')).toEqual([['NPT', 'npt', 4]])
  })

  it('property: after the NPT is named, each "TNP" set apart by spaces is the NPT, at its place', () => {
    const filler = fc.constantFrom('o', 'le', 'el', 'do', 'du', 'del', 'Estados', 'partes', '2026')
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 6 }),
        fc.array(filler, { maxLength: 6 }),
        (a, b) => {
          const head = 'Le Traité sur la non-prolifération des armes nucléaires est en vigueur. '
          const before = a.length > 0 ? `${a.join(' ')} ` : ''
          const after = b.length > 0 ? ` ${b.join(' ')}` : ''
          const text = `${head}${before}TNP${after}.`
          const found = cite(text)
          expect(found[found.length - 1]).toEqual(['TNP', 'npt', head.length + before.length])
        },
      ),
    )
  })

  it('property: in a text that names no NPT it is never a citation', () => {
    const filler = fc.constantFrom('le', 'el', 'do', 'the', 'dose', 'theatre', 'Lyon', '2026')
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 8 }),
        fc.array(filler, { maxLength: 8 }),
        (a, b) => {
          expect(cite([...a, 'TNP', ...b].join(' '))).toEqual([])
        },
      ),
    )
  })
})
