/**
 * The learned credit reader (`learned.ts`, `tagger.ts`, `tagger-features.ts`): house styles no
 * rule reads, its own reading of styles the rules know, the prose it leaves alone, and the model
 * file the training script writes. Every sentence is written for these tests; the names and most
 * organisations are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditTaggerModel } from '../../data/credit-tagger.generated.js'
import { extractCredits } from '../credits.js'
import { creditTagger, findLearnedCredits } from './learned.js'
import { decodeModel, tagSets, viterbi } from './tagger.js'
import { candidateLines, features, hash, tokenize } from './tagger-features.js'
import { fields, person as personOf } from './test-helpers.js'

const person = personOf(
  ['Marta', 'Jonas', 'Anna', 'Karim', 'Lucia', 'Tomas', 'Hedda'],
  ['Kowalska', 'Lindqvist', 'El Masri', 'Brunner', 'Ortega', 'Berg', 'Novak'],
)

/** The reader alone, on every cue-bearing line (no rule credit taken first). */
const alone = (text: string) =>
  findLearnedCredits(text, () => false).map((c) => ({
    text: text.slice(c.start, c.end),
    creator: c.creator,
    source: c.source,
  }))

describe('house styles the rules do not read', () => {
  it.each([
    [
      'Deminers clear a field near the border.\nMarta Kowalska/Nordic Relief Fund\n',
      {
        text: 'Marta Kowalska/Nordic Relief Fund',
        creator: 'Marta Kowalska',
        source: 'Nordic Relief Fund',
        license: null,
      },
    ],
    [
      'Destroyed vehicles line the road\nAnna Lindqvist / Example Aid\n',
      {
        text: 'Anna Lindqvist / Example Aid',
        creator: 'Anna Lindqvist',
        source: 'Example Aid',
        license: null,
      },
    ],
  ])('%j', (text, credit) => {
    expect(fields(text)).toEqual([credit])
  })

  it('property: "<name>/<organisation>" on its own line under a caption', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Nordic Relief Fund', 'Example Aid', 'Harbour Mine Action Trust'),
        (who, org) => {
          const text = `Deminers clear a field near the border.\n${who}/${org}\n`
          const found = fields(text)
          // Read, or left alone: never a credit with other fields.
          if (found.length > 0) {
            expect(found).toEqual([
              { text: `${who}/${org}`, creator: who, source: org, license: null },
            ])
          }
        },
      ),
    )
  })
})

describe('brackets round a credit stay outside its span', () => {
  it('a bracketed "<name>/<organisation>" closing a caption', () => {
    const text = 'Deminers rest near the road outside the town. (Hedda Berg/Nordic Relief Fund)\n'
    expect(alone(text)).toEqual([
      {
        text: 'Hedda Berg/Nordic Relief Fund',
        creator: 'Hedda Berg',
        source: 'Nordic Relief Fund',
      },
    ])
  })

  it('a person and a paper written in capitals, in brackets', () => {
    const text = 'Children walk to school past a marked minefield. (Karim Brunner/HARBOUR TODAY)\n'
    expect(alone(text)).toEqual([
      { text: 'Karim Brunner/HARBOUR TODAY', creator: 'Karim Brunner', source: 'HARBOUR TODAY' },
    ])
  })

  it('property: the span never holds an opening bracket', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom('Nordic Relief Fund', 'Example Aid', 'VOA', 'AFP'),
        fc.constantFrom('(', '['),
        (who, org, open) => {
          const close = open === '(' ? ')' : ']'
          const text = `Families walk home past a cleared field. ${open}${who}/${org}${close}\n`
          for (const c of findLearnedCredits(text, () => false)) {
            expect(text.slice(c.start, c.end)).not.toMatch(/^[([]|[)\]]$/)
          }
        },
      ),
    )
  })
})

describe('the reader alone reads what the rules read', () => {
  it.each([
    ['The ambassador speaks to the press.\nPicture: Hanna Novak/EPA\n', 'Hanna Novak', 'EPA'],
    [
      'A rally outside the parliament\n(Samir Nasser/Anadolu Agency via Getty Images)\n',
      'Samir Nasser',
      'Anadolu Agency via Getty Images',
    ],
    [
      'Workers repair the road near the village Jonas Berg/Getty Images\n',
      'Jonas Berg',
      'Getty Images',
    ],
  ])('%j', (text, creator, source) => {
    const [one, ...rest] = alone(text)
    expect(rest).toEqual([])
    expect(one?.creator).toBe(creator)
    expect(one?.source).toBe(source)
  })
})

describe('prose and menus are left alone', () => {
  it.each([
    'Most Read Stories / Latest News\n',
    'The talks between the delegations of Example Aid/Nordic Relief Fund went on all night.\n',
    'The survey team photographed the site before the clearance began.\n',
    'Source: the annual report of the monitoring group\n',
    'Peace/Security\n',
  ])('%j', (text) => {
    expect(alone(text)).toEqual([])
  })
})

describe('tokens', () => {
  it('splits glued words where the case changes and at every sign', () => {
    expect(tokenize('valleyPhotograph:').map((t) => t.text)).toEqual(['valley', 'Photograph', ':'])
    expect(tokenize('Caption:Photo:Name/CNET').map((t) => t.text)).toEqual([
      'Caption',
      ':',
      'Photo',
      ':',
      'Name',
      '/',
      'CNET',
    ])
    expect(tokenize('UNPhoto').map((t) => t.text)).toEqual(['UN', 'Photo'])
  })

  it('gives offsets into the text', () => {
    const text = 'A caption\nJane Roe/AP'
    for (const t of tokenize(text.slice(10), 10)) expect(text.slice(t.start, t.end)).toBe(t.text)
  })

  it('reads lines with a cue; of a long line, windows round its strong cues', () => {
    const long = `${'word '.repeat(100)}Photograph: Jane Roe/AP ${'word '.repeat(100)}`
    const lines = candidateLines(`Plain words here\nJane Roe/AP\nA caption words\n${long}\n`)
    expect(lines.map((l) => l.text)[0]).toBe('Jane Roe/AP')
    // The window: whole words round the cue, at most 120 characters each side.
    expect(lines[1]!.text).toMatch(/^word (?:word )+Photograph: Jane Roe\/AP (?:word )+word$/)
    expect(lines[1]!.text.length).toBeLessThanOrEqual(240)
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => l.window === true)).toEqual([false, true])
  })

  it("does not read a line for a document symbol's slashes, but does for a credit's", () => {
    const read = (text: string) => candidateLines(text).map((l) => l.text)
    expect(read('The report (CCW/MSP/2019/9) says more.')).toEqual([])
    expect(read('See A/RES/77/54 and APLC/MSP.21/2023/WP.4 for the text.')).toEqual([])
    expect(read('As S/RES/1737(2006) asks, see also BWC/CONF.IX/9.')).toEqual([])
    // A credit's slash beside a symbol still counts; slashes between names always do.
    expect(read('CCW/MSP/2019/9 and a view. Jane Roe/AFP')).toHaveLength(1)
    expect(read('Children at the well (UNICEF/Jane Roe)')).toHaveLength(1)
    expect(read('A caption. STR/AFP/Getty Images')).toHaveLength(1)
    // A word too long for a symbol is no symbol: its slashes count as they did.
    expect(read(`Photo ${'A/B'.repeat(100)}`)).toHaveLength(1)
  })

  it('gives every token integer feature keys of 30 bits', () => {
    const line = { start: 0, end: 11, text: 'Jane Roe/AP', prevLength: 0, nextLength: 0 }
    const tokens = tokenize(line.text)
    const keys: number[][] = tokens.map(() => [])
    features(line, tokens, (i, k) => keys[i]!.push(k))
    for (const ks of keys) {
      expect(ks.length).toBeGreaterThan(20)
      for (const k of ks) expect(Number.isInteger(k) && k >= 0 && k < 2 ** 30).toBe(true)
    }
    expect(hash('photo')).toBe(hash('photo'))
    expect(hash('photo')).not.toBe(hash('photos'))
  })
})

describe('the model file', () => {
  it('is what the training script writes: header, transitions, fixed-width records', () => {
    const lines = creditTaggerModel.split('\n')
    expect(lines).toHaveLength(3)
    const [magic, tags, threshold] = lines[0]!.split(' ')
    expect(magic).toBe('tagger2')
    expect(Object.keys(tagSets)).toContain(tags)
    expect(Number.isFinite(Number(threshold))).toBe(true)
    const T = Number(tags)
    expect(lines[1]!.split(',').map(Number).every(Number.isInteger)).toBe(true)
    expect(lines[1]!.split(',')).toHaveLength((T + 1) * T)
    expect(lines[2]!.length % (3 + T)).toBe(0)
    expect(lines[2]).toMatch(/^[0-9A-Za-z_-]*$/)
    const model = creditTagger()
    expect(model.tags).toBe(T)
    expect(model.threshold).toBe(Number(threshold))
    expect(model.keys.filter((k) => k !== 0)).toHaveLength(lines[2]!.length / (3 + T))
    for (const w of model.weights) expect(Math.abs(w)).toBeLessThanOrEqual(31)
  })

  it('refuses a model of another format', () => {
    expect(() => decodeModel('tagger1 3 0\n')).toThrow(/bad model/)
    expect(() => decodeModel('tagger2 4 0\n')).toThrow(/bad model/)
    expect(() => decodeModel('tagger2 3 0\n1,2\n')).toThrow(/bad model/)
    expect(() => decodeModel(`tagger2 3 0\n${'0,'.repeat(11)}0\nabcd!!`)).toThrow(/bad model/)
  })

  it('decodes paths where an inside tag follows its begin tag only', () => {
    // Emissions that favour "inside" everywhere: the path must still begin a run first.
    const emit = Float64Array.from([0, 0, 5, 0, 0, 5, 0, 0, 5])
    const { path } = viterbi(emit, new Float64Array(12), 3, 3)
    expect(path[0]).not.toBe(2)
    for (let i = 1; i < 3; i++) if (path[i] === 2) expect([1, 2]).toContain(path[i - 1])
  })
})

describe('property: any text', () => {
  const piece = fc.constantFrom(
    'Jane Roe',
    'Example Aid',
    'AP',
    'Getty Images',
    'UNICEF',
    '/',
    ' / ',
    ' via ',
    'Photo: ',
    '© ',
    '(',
    ')',
    ' | ',
    '\n',
    '. ',
    'the talks went on',
    'valleyPhotograph:',
    'Credit',
    ', ',
    'x',
    ' ',
  )
  const texts = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
    fc.string(),
  )
  // Brackets are no words: the readers write an acronym after its name in brackets ("AP Photo
  // (AP)"), also where the text left the bracket open ("… (AP" ending the text).
  const words = (s: string | null) =>
    (s ?? '')
      .toLowerCase()
      .split(/[\s,/()]+/)
      .filter(Boolean)

  it("never throws; spans slice the text, do not overlap, hold their fields' words", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = findLearnedCredits(text, () => false)
        let end = 0
        for (const c of found) {
          expect(c.start).toBeGreaterThanOrEqual(end)
          expect(c.end).toBeGreaterThan(c.start)
          expect(c.end).toBeLessThanOrEqual(text.length)
          end = c.end
          // Fields are made of the span's words (the readers may join two names with a comma).
          const span = text.slice(c.start, c.end).toLowerCase()
          for (const f of [c.creator, c.source]) {
            for (const w of words(f)) expect(span).toContain(w)
          }
        }
        for (const c of extractCredits(text)) expect(text.slice(c.start, c.end)).toBe(c.text)
      }),
    )
  })
})
