import { describe, expect, it } from 'vitest'
import {
  ambiguousNames,
  articleOf,
  findAmbiguousName,
  findInstrument,
  fitsGenericReferent,
  genericReferents,
  getInstrument,
  headWord,
  instrumentPhrases,
  instruments,
  instrumentUrl,
  lastArticle,
  normalizeArticleNumber,
  normalizeInstrumentName,
  resolveAmbiguous,
} from './instruments.js'
import { instrumentExamples } from '../data/instruments/provenance.js'

describe('findInstrument: every example resolves to its entry (reporters-db pattern)', () => {
  const cases = instruments.flatMap((entry) =>
    instrumentExamples[entry.id].map((example) => [example, entry.id] as const),
  )
  it.each(cases)('%s -> %s', (example, id) => {
    expect(findInstrument(example)?.id).toBe(id)
  })
})

describe('findInstrument: every listed name resolves to its entry', () => {
  const cases = instrumentPhrases.map((phrase) => [phrase.text, phrase.id] as const)
  it.each(cases)('%s -> %s', (text, id) => {
    expect(findInstrument(text)?.id).toBe(id)
  })
})

describe('findInstrument: tolerance', () => {
  it('ignores case, punctuation, a leading "the", curly quotes and extra spaces in names', () => {
    expect(findInstrument('Mine-Ban Treaty')?.id).toBe('apmbt')
    expect(findInstrument('ottawa treaty')?.id).toBe('apmbt')
    expect(findInstrument('the Ottawa Treaty')?.id).toBe('apmbt')
    expect(findInstrument('The  Ottawa   Treaty ')?.id).toBe('apmbt')
    expect(findInstrument('\u201CMine Ban Treaty\u201D')?.id).toBe('apmbt')
    expect(findInstrument('Anti\u2010Personnel Mine Ban Convention')?.id).toBe('apmbt')
    expect(findInstrument('Convention on Certain Conventional Weapons.')?.id).toBe('ccw')
  })

  it('matches abbreviations as written or in capitals, never in lower case', () => {
    expect(findInstrument('CCW')?.id).toBe('ccw')
    expect(findInstrument('the CCW')?.id).toBe('ccw')
    expect(findInstrument('PoA')?.id).toBe('poa-salw')
    expect(findInstrument('POA')?.id).toBe('poa-salw')
    expect(findInstrument('att')).toBeUndefined()
    expect(findInstrument('Att')).toBeUndefined()
    expect(findInstrument('ccw')).toBeUndefined()
    expect(findInstrument('npt')).toBeUndefined()
    expect(findInstrument('GC  IV')?.id).toBe('gc-4')
  })

  it('returns undefined for unknown, empty, ambiguous or non-string input', () => {
    expect(findInstrument('Treaty of Versailles')).toBeUndefined()
    expect(findInstrument('')).toBeUndefined()
    expect(findInstrument('   ')).toBeUndefined()
    expect(findInstrument('the')).toBeUndefined()
    expect(findInstrument('Protocol II')).toBeUndefined()
    expect(findInstrument('Geneva Convention')).toBeUndefined()
    expect(findInstrument(undefined as unknown as string)).toBeUndefined()
    expect(findInstrument(42 as unknown as string)).toBeUndefined()
  })
})

describe('phrases', () => {
  it('are claimed by one instrument each, unless listed as ambiguous', () => {
    const owners = new Map<string, Set<string>>()
    for (const phrase of instrumentPhrases) {
      const key = phrase.caseSensitive ? `=${phrase.text}` : normalizeInstrumentName(phrase.text)
      const set = owners.get(key) ?? new Set<string>()
      set.add(phrase.id)
      owners.set(key, set)
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key)
    expect(shared).toEqual([])
  })

  it('never repeat an ambiguous name as an unambiguous one', () => {
    for (const entry of ambiguousNames) {
      const clash = instrumentPhrases.filter((phrase) =>
        entry.caseSensitive
          ? phrase.text === entry.text
          : normalizeInstrumentName(phrase.text) === normalizeInstrumentName(entry.text),
      )
      expect(clash).toEqual([])
    }
  })

  it('mark abbreviations, and only them, case-sensitive', () => {
    for (const phrase of instrumentPhrases) {
      expect(phrase.caseSensitive).toBe(phrase.kind === 'abbreviation')
    }
    expect(instrumentPhrases).toContainEqual({
      text: 'APMBT',
      id: 'apmbt',
      caseSensitive: true,
      kind: 'abbreviation',
    })
    expect(instrumentPhrases).toContainEqual({
      text: 'Ottawa Convention',
      id: 'apmbt',
      caseSensitive: false,
      kind: 'short',
    })
  })

  it('normalise names to letters and digits', () => {
    expect(normalizeInstrumentName('the Mine-Ban Treaty')).toBe('minebantreaty')
    expect(normalizeInstrumentName('Anti-Personnel')).toBe(normalizeInstrumentName('antipersonnel'))
  })
})

describe('getInstrument', () => {
  it('returns the entry or undefined', () => {
    expect(getInstrument('apmbt')?.adopted).toEqual({ date: '1997-09-18', place: 'Oslo' })
    expect(getInstrument('nope')).toBeUndefined()
  })
})

describe('articleOf and lastArticle', () => {
  it('finds an article by number, numeric string or Roman numeral', () => {
    expect(articleOf('apmbt', 5)?.title).toBe('Destruction of anti-personnel mines in mined areas')
    expect(articleOf('apmbt', '5')?.number).toBe('5')
    expect(articleOf('apmbt', ' 05 ')?.number).toBe('5')
    expect(articleOf('npt', 'VI')).toEqual({ number: '6', title: null })
    expect(articleOf('cwc', 'xii')?.number).toBe('12')
    expect(articleOf('ctbt', 'XIV')?.title).toBe('Entry into Force')
  })

  it('returns undefined out of range, for bad numbers and for instruments without article lists', () => {
    expect(articleOf('apmbt', 23)).toBeUndefined()
    expect(articleOf('apmbt', 0)).toBeUndefined()
    expect(articleOf('apmbt', -1)).toBeUndefined()
    expect(articleOf('apmbt', 2.5)).toBeUndefined()
    expect(articleOf('apmbt', 'five')).toBeUndefined()
    expect(articleOf('apmbt', '')).toBeUndefined()
    expect(articleOf('gc-1', 3)).toBeUndefined()
    expect(articleOf('nope', 1)).toBeUndefined()
  })

  it('gives the last article', () => {
    expect(lastArticle('apmbt')).toEqual({ number: '22', title: 'Authentic texts' })
    expect(lastArticle('ccm')?.number).toBe('23')
    expect(lastArticle('att')?.number).toBe('28')
    expect(lastArticle('gc-1')).toBeUndefined()
    expect(lastArticle('nope')).toBeUndefined()
  })

  it('normalises article numbers', () => {
    expect(normalizeArticleNumber('8bis')).toBe('8bis')
    expect(normalizeArticleNumber('IV')).toBe('4')
    expect(normalizeArticleNumber('IIII')).toBeUndefined()
    expect(normalizeArticleNumber('5(1)')).toBeUndefined()
  })
})

describe('instrumentUrl', () => {
  it('gives the https URL of the text', () => {
    for (const entry of instruments) expect(instrumentUrl(entry.id)).toMatch(/^https:\/\//)
    expect(instrumentUrl('nope')).toBeUndefined()
  })

  it('points at the article where the source has one page per article', () => {
    expect(instrumentUrl('gc-4', '49')).toBe(instrumentUrl('gc-4', { article: '49' }))
    expect(instrumentUrl('rome-statute', { article: 8 })).toBe(
      'https://ihl-databases.icrc.org/en/ihl-treaties/icc-statute-1998/article-8',
    )
    expect(instrumentUrl('gc-3', { article: '3' })).toBe(
      'https://ihl-databases.icrc.org/en/ihl-treaties/gciii-1949/article-3',
    )
    expect(instrumentUrl('ap-1', { article: '52' })).toBe(
      'https://ihl-databases.icrc.org/en/ihl-treaties/api-1977/article-52',
    )
  })

  it('falls back to the text URL without article pages or for an unknown article', () => {
    expect(instrumentUrl('npt', { article: 6 })).toBe(getInstrument('npt')!.url)
    expect(instrumentUrl('apmbt', { article: 5 })).toBe(getInstrument('apmbt')!.url)
    expect(instrumentUrl('gc-1', { article: 'five' })).toBe(getInstrument('gc-1')!.url)
    expect(instrumentUrl('ap-1', { article: null })).toBe(getInstrument('ap-1')!.url)
  })
})

describe('ambiguous names', () => {
  it('are found case- and punctuation-tolerantly, abbreviations exactly', () => {
    expect(findAmbiguousName('protocol ii')?.text).toBe('Protocol II')
    expect(findAmbiguousName('the Geneva Protocol')?.text).toBe('Geneva Protocol')
    expect(findAmbiguousName('the Geneva Convention')?.text).toBe('Geneva Convention')
    expect(findAmbiguousName('APII')?.text).toBe('APII')
    expect(findAmbiguousName('apii')).toBeUndefined()
    expect(findAmbiguousName('Amended Protocol II')).toBeUndefined()
  })

  it('resolve by the family named nearby', () => {
    expect(resolveAmbiguous('Protocol II', ['ccw'])).toBe('ccw-p2')
    expect(resolveAmbiguous('Protocol II', ['ccw-p5'])).toBe('ccw-p2')
    expect(resolveAmbiguous('Protocol I', ['ccw'])).toBe('ccw-p1')
    expect(resolveAmbiguous('Protocol III', ['ccw'])).toBe('ccw-p3')
    expect(resolveAmbiguous('Protocol II', ['gc-4'])).toBe('ap-2')
    expect(resolveAmbiguous('Protocol I', ['gc-1'])).toBe('ap-1')
    expect(resolveAmbiguous('Protocol III', ['ap-1'])).toBe('ap-3')
    expect(resolveAmbiguous('APII', ['gc-3'])).toBe('ap-2')
    expect(resolveAmbiguous('AP II', ['ccw'])).toBe('ccw-ap2')
    expect(resolveAmbiguous('AP II')).toBe('ap-2')
    expect(resolveAmbiguous('ap ii')).toBeUndefined()
    expect(resolveAmbiguous('Geneva Protocol', ['cwc'])).toBe('geneva-protocol-1925')
  })

  it('leave a protocol of a nuclear-weapon-free zone treaty unresolved (misc14)', () => {
    expect(resolveAmbiguous('Protocol III', ['pelindaba'])).toBeUndefined()
    expect(resolveAmbiguous('Protocol I', ['ccw', 'tlatelolco'])).toBeUndefined()
    expect(resolveAmbiguous('Protocol I', ['tlatelolco', 'ccw'])).toBe('ccw-p1')
  })

  it('let the nearest (last) context win, and a candidate named itself win outright', () => {
    expect(resolveAmbiguous('Protocol II', ['gc-4', 'ccw'])).toBe('ccw-p2')
    expect(resolveAmbiguous('Protocol II', ['ccw', 'gc-4'])).toBe('ap-2')
    expect(resolveAmbiguous('Protocol II', ['ccw', 'apmbt'])).toBe('ccw-p2')
    expect(resolveAmbiguous('Geneva Convention', ['gc-3'])).toBe('gc-3')
    expect(resolveAmbiguous('Test Ban Treaty', ['pts'])).toBe('pts')
  })

  it('fall back to the documented default', () => {
    expect(resolveAmbiguous('Protocol II')).toBe('ap-2')
    expect(resolveAmbiguous('Protocol II', ['npt', 'att'])).toBe('ap-2')
    expect(resolveAmbiguous('Protocol III', [])).toBe('ccw-p3')
    expect(resolveAmbiguous('Mines Protocol')).toBe('ccw-ap2')
    expect(resolveAmbiguous('Geneva Convention', ['ap-1'])).toBeUndefined()
  })

  it('read "TNP" (the NPT in French, Spanish and Portuguese) only where the NPT is named', () => {
    expect(findAmbiguousName('TNP')?.candidates).toEqual(['npt'])
    expect(findAmbiguousName('tnp')).toBeUndefined()
    expect(resolveAmbiguous('TNP')).toBeUndefined()
    expect(resolveAmbiguous('TNP', ['att', 'cwc'])).toBeUndefined()
    expect(resolveAmbiguous('TNP', ['npt'])).toBe('npt')
    expect(resolveAmbiguous('TNP', ['npt', 'tpnw'])).toBe('npt')
  })

  it('resolve unambiguous names like findInstrument', () => {
    expect(resolveAmbiguous('Amended Protocol II', ['gc-1'])).toBe('ccw-ap2')
    expect(resolveAmbiguous('Protocol V', [])).toBe('ccw-p5')
    expect(resolveAmbiguous('Treaty of Versailles', ['ccw'])).toBeUndefined()
  })
})

describe('titles in other languages', () => {
  it('are found like English names, each for its instrument', () => {
    expect(findInstrument('Atomwaffensperrvertrag')?.id).toBe('npt')
    expect(findInstrument('Vertrag über die Nichtverbreitung von Kernwaffen')?.id).toBe('npt')
    expect(findInstrument('Traité sur la non-prolifération des armes nucléaires')?.id).toBe('npt')
    expect(findInstrument('Tratado de Não Proliferação de Armas Nucleares')?.id).toBe('npt')
    expect(findInstrument('Kernwaffenverbotsvertrag')?.id).toBe('tpnw')
    expect(findInstrument('Tratado sobre a Proibição de Armas Nucleares')?.id).toBe('tpnw')
    expect(findInstrument('Tratado de Proibição Completa de Testes Nucleares')?.id).toBe('ctbt')
    expect(findInstrument('Convenzione di Ottawa')?.id).toBe('apmbt')
    expect(findInstrument('Vertrag über die Kernwaffenfreie Zone Südostasien')?.id).toBe('bangkok')
    expect(findInstrument('TNP')).toBeUndefined()
  })

  it('are found in Spanish and French as UN documents write them', () => {
    expect(findInstrument('Tratado sobre la No Proliferación de las Armas Nucleares')?.id).toBe(
      'npt',
    )
    expect(findInstrument('Traité de non-prolifération')).toBeUndefined()
    expect(findInstrument('Tratado de Prohibición Completa de los Ensayos Nucleares')?.id).toBe(
      'ctbt',
    )
    expect(findInstrument("Traité d'interdiction complète des essais nucléaires")?.id).toBe('ctbt')
    expect(findInstrument('Convención sobre las Armas Químicas')?.id).toBe('cwc')
    expect(findInstrument('Convention sur les armes chimiques')?.id).toBe('cwc')
    expect(findInstrument('Convención sobre las Armas Biológicas')?.id).toBe('bwc')
    expect(findInstrument('Convention sur les armes biologiques')?.id).toBe('bwc')
  })
})

describe('generic referents', () => {
  it('take the head noun of a name', () => {
    expect(headWord('Protocol Additional to the Geneva Conventions')).toBe('Protocol')
    expect(headWord('Mine Ban Treaty')).toBe('Treaty')
    expect(headWord('UN Program of Action on Small Arms')).toBe('Programme')
    expect(headWord('New START')).toBeUndefined()
  })

  it('say which instruments "the Convention", "the Treaty" and "the Protocol" can be', () => {
    expect(genericReferents.Convention).toEqual(
      expect.arrayContaining(['apmbt', 'ccw', 'ccm', 'cwc', 'bwc', 'gc-1']),
    )
    expect(genericReferents.Convention).not.toContain('npt')
    expect(genericReferents.Convention).not.toContain('ccw-p4')
    expect(genericReferents.Treaty).toEqual(
      expect.arrayContaining(['npt', 'att', 'ctbt', 'tpnw', 'apmbt']),
    )
    expect(genericReferents.Treaty).not.toContain('ccw')
    expect(genericReferents.Protocol).toEqual(
      expect.arrayContaining([
        'ccw-p5',
        'ccw-ap2',
        'ap-1',
        'geneva-protocol-1925',
        'firearms-protocol',
      ]),
    )
    expect(genericReferents.Statute).toEqual(['rome-statute'])
    expect(fitsGenericReferent('convention', 'apmbt')).toBe(true)
    expect(fitsGenericReferent('Treaty', 'ccw')).toBe(false)
    expect(fitsGenericReferent('Programme', 'poa-salw')).toBe(true)
    expect(fitsGenericReferent('Annex', 'apmbt')).toBe(false)
  })

  it('cover every instrument under at least one word', () => {
    const covered = new Set(Object.values(genericReferents).flat())
    const uncovered = instruments.filter((entry) => !covered.has(entry.id)).map((entry) => entry.id)
    expect(uncovered).toEqual([])
  })
})
