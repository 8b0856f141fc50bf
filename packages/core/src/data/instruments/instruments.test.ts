import { describe, expect, it } from 'vitest'
import type { InstrumentId } from '../../models/instrument.js'
import { ambiguousNames, instrumentFamilies, instruments } from './index.js'
import { instrumentExamples, instrumentSources } from './provenance.js'

/** Every member of the InstrumentId union; the type check below fails when one is missing. */
const ALL_IDS = [
  'apmbt',
  'ccw',
  'ccw-p1',
  'ccw-p2',
  'ccw-ap2',
  'ccw-p3',
  'ccw-p4',
  'ccw-p5',
  'ccm',
  'cwc',
  'bwc',
  'npt',
  'ctbt',
  'tpnw',
  'att',
  'pts',
  'ost',
  'inf',
  'new-start',
  'tlatelolco',
  'rarotonga',
  'bangkok',
  'pelindaba',
  'semipalatinsk',
  'gc-1',
  'gc-2',
  'gc-3',
  'gc-4',
  'ap-1',
  'ap-2',
  'ap-3',
  'geneva-protocol-1925',
  'poa-salw',
  'iti',
  'firearms-protocol',
  'rome-statute',
  'geneva-declaration',
  'abm',
  'start-1',
  'start-2',
  'sort',
  'open-skies',
  'un-charter',
] as const satisfies readonly InstrumentId[]

type Missing = Exclude<InstrumentId, (typeof ALL_IDS)[number]>
const everyIdListed: [Missing] extends [never] ? true : false = true

/** Article counts of the official English texts (articles of annexes and protocols excluded). */
const ARTICLE_COUNTS: Partial<Record<InstrumentId, number>> = {
  apmbt: 22,
  'un-charter': 111,
  ccw: 11,
  'ccw-ap2': 14,
  'ccw-p5': 11,
  ccm: 23,
  npt: 11,
  att: 28,
  tpnw: 20,
  cwc: 24,
  bwc: 15,
  ctbt: 17,
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text)
  if (!match) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

describe('instrument data', () => {
  it('has exactly one entry per id of the InstrumentId union', () => {
    expect(everyIdListed).toBe(true)
    const ids = instruments.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...ALL_IDS].sort())
  })

  it.each(instruments.map((entry) => [entry.id, entry] as const))(
    '%s has valid dates',
    (_id, entry) => {
      expect(isValidIsoDate(entry.adopted.date)).toBe(true)
      if (entry.entryIntoForce !== null) {
        expect(isValidIsoDate(entry.entryIntoForce)).toBe(true)
        expect(entry.entryIntoForce > entry.adopted.date).toBe(true)
      }
    },
  )

  it.each(instruments.map((entry) => [entry.id, entry] as const))(
    '%s has https URLs and sources',
    (_id, entry) => {
      expect(entry.url).toMatch(/^https:\/\/[^\s]+$/)
      const sources = instrumentSources[entry.id]
      expect(sources.length).toBeGreaterThan(0)
      for (const source of sources) {
        expect(source.url).toMatch(/^https:\/\/[^\s]+$/)
        expect(source.fields.trim()).not.toBe('')
      }
    },
  )

  it.each(instruments.map((entry) => [entry.id, entry] as const))(
    '%s has names and examples',
    (_id, entry) => {
      expect(entry.title.trim()).toBe(entry.title)
      expect(entry.title.length).toBeGreaterThan(5)
      expect(instrumentExamples[entry.id].length).toBeGreaterThanOrEqual(2)
      for (const abbreviation of entry.abbreviations) expect(abbreviation).toMatch(/\p{Lu}/u)
      const names = [entry.title, ...entry.shortTitles, ...entry.aliases, ...entry.abbreviations]
      for (const name of names) expect(name).toBe(name.trim().replace(/\s+/g, ' '))
    },
  )

  it('gives political instruments no entry into force and no depositary', () => {
    for (const entry of instruments.filter((candidate) => candidate.kind === 'political')) {
      expect(entry.entryIntoForce).toBeNull()
      expect(entry.depositary).toBeNull()
    }
  })

  it('attaches the CCW protocols, and only them, to the CCW', () => {
    const children = instruments.filter((entry) => entry.parent === 'ccw').map((entry) => entry.id)
    expect(children.sort()).toEqual(['ccw-ap2', 'ccw-p1', 'ccw-p2', 'ccw-p3', 'ccw-p4', 'ccw-p5'])
    for (const id of children) {
      expect(instruments.find((entry) => entry.id === id)?.kind).toBe('protocol')
    }
  })

  it('leaves only the CTBT and START II (of the treaties) not in force', () => {
    const notInForce = instruments
      .filter((entry) => entry.kind !== 'political' && entry.entryIntoForce === null)
      .map((entry) => entry.id)
    expect(notInForce).toEqual(['ctbt', 'start-2'])
  })

  it.each(Object.entries(ARTICLE_COUNTS))('%s lists articles 1..%i without gaps', (id, count) => {
    const entry = instruments.find((candidate) => candidate.id === id)
    expect(entry?.articles).toBeDefined()
    const articles = entry?.articles ?? []
    expect(articles.map((article) => article.number)).toEqual(
      Array.from({ length: count }, (_, index) => String(index + 1)),
    )
    for (const article of articles) {
      if (article.title !== null) {
        expect(article.title.trim()).toBe(article.title)
        expect(article.title).toMatch(/^[A-Z]/)
      }
    }
  })

  it('keeps the NPT and BWC article headings null (the official texts have none)', () => {
    for (const id of ['npt', 'bwc'] as const) {
      const entry = instruments.find((candidate) => candidate.id === id)
      expect(entry?.articles?.every((article) => article.title === null)).toBe(true)
    }
  })

  it('has the headings of the official texts for the articles writers cite most', () => {
    const heading = (id: InstrumentId, n: number) =>
      instruments.find((entry) => entry.id === id)?.articles?.[n - 1]?.title
    expect(heading('apmbt', 5)).toBe('Destruction of anti-personnel mines in mined areas')
    expect(heading('apmbt', 4)).toBe('Destruction of stockpiled anti-personnel mines')
    expect(heading('ccm', 5)).toBe('Victim assistance')
    expect(heading('ccw', 1)).toBe('Scope of application')
    expect(heading('ccw', 8)).toBe('Review and amendments')
    expect(heading('att', 7)).toBe('Export and Export Assessment')
    expect(heading('ctbt', 14)).toBe('Entry into Force')
    expect(heading('cwc', 1)).toBe('General Obligations')
    expect(heading('ccm', 23)).toBe('Authentic texts')
  })

  it('lists ambiguous names with known, distinct candidates and a default among them', () => {
    const ids = new Set(instruments.map((entry) => entry.id))
    for (const entry of ambiguousNames) {
      // One candidate only for a name that is no instrument outside its family's prose ("AP1").
      expect(entry.candidates.length).toBeGreaterThanOrEqual(entry.default === null ? 1 : 2)
      expect(new Set(entry.candidates).size).toBe(entry.candidates.length)
      for (const id of entry.candidates) expect(ids.has(id)).toBe(true)
      if (entry.default !== null) expect(entry.candidates).toContain(entry.default)
    }
  })

  it('puts every instrument in at most one family', () => {
    const seen = new Set<InstrumentId>()
    for (const members of Object.values(instrumentFamilies)) {
      for (const id of members) {
        expect(seen.has(id)).toBe(false)
        seen.add(id)
      }
    }
  })
})

describe('provenance (sources and examples, kept out of the runtime registry)', () => {
  it('has sources and examples for exactly the registry ids', () => {
    const ids = instruments.map((entry) => entry.id).sort()
    expect(Object.keys(instrumentSources).sort()).toEqual(ids)
    expect(Object.keys(instrumentExamples).sort()).toEqual(ids)
  })

  it('keeps sources and examples out of the runtime objects', () => {
    for (const entry of instruments) {
      expect(entry).not.toHaveProperty('sources')
      expect(entry).not.toHaveProperty('examples')
    }
  })
})
