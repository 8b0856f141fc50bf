/**
 * Credits on a short line of their own under a caption (`caption-lines.ts`): a photographer and
 * the organisation they work for, under a caption of any length; the lines it leaves alone; and
 * brackets round a credit closing a caption. Every sentence is written for these tests; the
 * names and most organisations are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Marta', 'Jonas', 'Anna', 'Karim', 'Lucia', 'Tomas', 'Hedda'],
  ['Kowalska', 'Lindqvist', 'El Masri', 'Brunner', 'Ortega', 'Berg', 'Novak'],
)

describe('a photographer and an organisation on a line under a short caption', () => {
  it.each([
    [
      'Deminers clear a field near the border.\nMarta Kowalska/Nordic Relief Fund\n',
      'Marta Kowalska/Nordic Relief Fund',
      'Marta Kowalska',
      'Nordic Relief Fund',
    ],
    // A caption without its full stop.
    [
      'Destroyed vehicles line the road\nAnna Lindqvist / Example Aid\n',
      'Anna Lindqvist / Example Aid',
      'Anna Lindqvist',
      'Example Aid',
    ],
    [
      'Harvest in the valley.\nJonas Berg/Department for Rural Affairs\n',
      'Jonas Berg/Department for Rural Affairs',
      'Jonas Berg',
      'Department for Rural Affairs',
    ],
    [
      'Smoke over the ridge.\nLucia Ortega | Harbour News | Getty Images\n',
      'Lucia Ortega | Harbour News | Getty Images',
      'Lucia Ortega',
      'Harbour News | Getty Images',
    ],
  ])('%j', (text, credit, creator, source) => {
    sane(text)
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('property: "<name>/<organisation>" under a caption of four words or more', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Deminers clear a field near the border.',
          'Harvest in the valley.',
          'Families walk home past the cleared field',
        ),
        person,
        fc.constantFrom('/', ' / ', ' | '),
        fc.constantFrom('Nordic Relief Fund', 'Example Aid', 'Harbour Mine Action Trust'),
        (caption, who, sep, org) => {
          const text = `${caption}\n${who}${sep}${org}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${who}${sep}${org}`, creator: who, source: org, license: null },
          ])
        },
      ),
    )
  })
})

describe('a short line that is no credit', () => {
  it.each([
    // A heading, a list's title, a label: no caption above.
    'Our speakers\nJane Roe/Department for Rural Affairs\n',
    'Peace and Security\nJane Roe/Example Aid\n',
    'The panel met these people:\nJane Roe/Example Aid\n',
    // Two organisations, or no person, under a short caption.
    'Harvest in the valley.\nNorth Arland/South Arland\n',
    'Harvest in the valley.\nExample Aid/Nordic Relief Fund\n',
    // A person under a caption without its full stop, no organisation after her.
    'Destroyed vehicles line the road\nAnna Lindqvist / Jonas Berg\n',
    // A dash before a name is a quote's author.
    'Harvest in the valley.\n— Jane Roe, Example Aid\n',
  ])('%j', (text) => {
    expect(fields(text)).toEqual([])
  })
})

describe('brackets round a credit stay outside its span', () => {
  it.each([
    [
      'Deminers rest near the road outside the town. (Hedda Berg/Nordic Relief Fund)\n',
      'Hedda Berg/Nordic Relief Fund',
      'Hedda Berg',
      'Nordic Relief Fund',
    ],
    [
      'Children walk to school past a marked minefield. (Karim Brunner/HARBOUR TODAY)\n',
      'Karim Brunner/HARBOUR TODAY',
      'Karim Brunner',
      'HARBOUR TODAY',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
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
          sane(text)
          for (const c of fields(text)) expect(c.text).not.toMatch(/^[([]|[)\]]$/)
        },
      ),
    )
  })
})

describe('prose and menus are left alone', () => {
  it.each([
    'Most Read Stories / Latest News\n',
    'The talks between the delegations of Example Aid/Nordic Relief Fund went on all night.\n',
    'The survey team photographed the site before the clearance began.\n',
    'Source: the annual report of the monitoring group\n',
    'Peace/Security\n',
    'Photo Essays | Society | Asia\n',
  ])('%j', (text) => {
    expect(fields(text)).toEqual([])
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
    'Smoke over the ridge',
    'Credit',
    ', ',
    'x',
    ' ',
  )
  const texts = fc.oneof(
    fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
    fc.string(),
  )

  it('never throws; spans slice the text and do not overlap', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let end = 0
        for (const c of extractCredits(text)) {
          expect(c.start).toBeGreaterThanOrEqual(end)
          expect(c.end).toBeGreaterThan(c.start)
          expect(text.slice(c.start, c.end)).toBe(c.text)
          end = c.end
        }
      }),
    )
  })
})

describe('credits found by two passes', () => {
  it('never overlap', () => {
    const text = 'AP / Jane Roe© Photo: '
    const credits = extractCredits(text)
    for (let i = 1; i < credits.length; i++)
      expect(credits[i]!.start).toBeGreaterThanOrEqual(credits[i - 1]!.end)
    expect(credits).toHaveLength(1)
  })
})
