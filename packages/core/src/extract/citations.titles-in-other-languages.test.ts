/**
 * Titles and short titles of instruments in other languages (German, French, Portuguese,
 * Italian, Spanish), as governments and the UN write them, and the guarded abbreviation "TNP" (the
 * NPT in French, Spanish and Portuguese), read only once the text has named the NPT; no citation
 * inside the name of a treaty's organisation ("Organisation du Traité …") nor where a name would
 * cut a longer title short. Example sentences of our own.
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

describe('a title in Spanish or French as UN documents write it', () => {
  it('is a citation of its instrument, the span on the title as written', () => {
    expect(
      cite('Los Estados partes en el Tratado sobre la No Proliferación de las Armas Nucleares.'),
    ).toEqual([['Tratado sobre la No Proliferación de las Armas Nucleares', 'npt', 25]])
    expect(
      cite('Chile ratificó el Tratado de Prohibición Completa de los Ensayos Nucleares.'),
    ).toEqual([['Tratado de Prohibición Completa de los Ensayos Nucleares', 'ctbt', 18]])
    expect(
      cite("La France a ratifié le Traité d'interdiction complète des essais nucléaires."),
    ).toEqual([["Traité d'interdiction complète des essais nucléaires", 'ctbt', 23]])
    expect(cite('Jane Doe habló de la Convención sobre las Armas Químicas en La Haya.')).toEqual([
      ['Convención sobre las Armas Químicas', 'cwc', 21],
    ])
    expect(cite('les États parties à la Convention sur les armes chimiques')).toEqual([
      ['Convention sur les armes chimiques', 'cwc', 23],
    ])
    expect(
      cite('la Convención sobre las Armas Biológicas y la Convention sur les armes biologiques'),
    ).toEqual([
      ['Convención sobre las Armas Biológicas', 'bwc', 3],
      ['Convention sur les armes biologiques', 'bwc', 46],
    ])
  })

  it('is read with a typographic apostrophe for the straight one, the span as written', () => {
    expect(
      cite('La France a ratifié le Traité d’interdiction complète des essais nucléaires.'),
    ).toEqual([['Traité d’interdiction complète des essais nucléaires', 'ctbt', 23]])
  })

  it('is no citation written all in lower case', () => {
    expect(cite('una convención sobre las armas químicas sería otra cosa')).toEqual([])
  })

  it('is no citation where it would cut a longer title short', () => {
    // Short titles that begin longer variants are not read: the span would lose their end.
    expect(cite('le Traité de non-prolifération des armes nucléaires (1968)')).toEqual([])
    expect(cite('el Tratado sobre la No Proliferación de Armas Nucleares')).toEqual([])
    // The Biological Weapons Convention's longer title in Spanish and French is not held.
    expect(cite('la Convención sobre las Armas Biológicas y Toxínicas de 1972')).toEqual([])
    expect(cite('la Convention sur les armes biologiques et à toxines')).toEqual([])
    expect(
      cite('la Convención sobre las Armas Químicas y la Convención sobre las Armas Biológicas'),
    ).toEqual([
      ['Convención sobre las Armas Químicas', 'cwc', 3],
      ['Convención sobre las Armas Biológicas', 'bwc', 44],
    ])
  })

  it('is no citation inside the name of the organisation the treaty set up', () => {
    expect(
      cite(
        "le Secrétariat de l'Organisation du Traité d'interdiction complète des essais nucléaires",
      ),
    ).toEqual([])
    expect(
      cite(
        'la Organización del Tratado de Prohibición Completa de los Ensayos Nucleares, en Viena',
      ),
    ).toEqual([])
    expect(cite('a Organização do Tratado de Proibição Completa de Testes Nucleares')).toEqual([])
    // The treaty named by itself beside its organisation is still cited.
    expect(
      cite(
        "L'Organisation du Traité d'interdiction complète des essais nucléaires veille sur le Traité d'interdiction complète des essais nucléaires.",
      ),
    ).toEqual([["Traité d'interdiction complète des essais nucléaires", 'ctbt', 85]])
  })

  it('property: a Spanish or French title set among words is its instrument, at its place', () => {
    const titles: Array<[string, string]> = [
      ['Tratado sobre la No Proliferación de las Armas Nucleares', 'npt'],
      ['Tratado de Prohibición Completa de los Ensayos Nucleares', 'ctbt'],
      ["Traité d'interdiction complète des essais nucléaires", 'ctbt'],
      ['Convención sobre las Armas Químicas', 'cwc'],
      ['Convention sur les armes chimiques', 'cwc'],
      ['Convención sobre las Armas Biológicas', 'bwc'],
      ['Convention sur les armes biologiques', 'bwc'],
    ]
    const filler = fc.constantFrom(
      'el',
      'la',
      'le',
      'de',
      'du',
      'Estados',
      'partes',
      'États',
      '2015',
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.array(filler, { maxLength: 6 }),
        fc.array(filler, { maxLength: 6 }),
        ([title, id], a, b) => {
          const before = a.length > 0 ? `${a.join(' ')} ` : ''
          const after = b.length > 0 ? ` ${b.join(' ')}` : ''
          expect(cite(`${before}${title}${after}.`)).toEqual([[title, id, before.length]])
        },
      ),
    )
  })
})
