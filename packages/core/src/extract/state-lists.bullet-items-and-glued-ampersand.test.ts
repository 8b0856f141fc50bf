/**
 * Two list items that lists copied from PDFs and web pages show: a bulleted list (one member a
 * line) with a line whose name no state has, a misspelt member or a territory, which stays an
 * item of the one list (a misspelling flagged); and an ampersand that lost its space before the
 * last member ("Chile, Peru &Ghana"). Example sentences of our own, and property tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => ({
    text: l.text,
    members: l.members,
    unresolved: l.unresolved,
  }))

describe('a bulleted list with a line no state has', () => {
  it('keeps a misspelt member in the one list and flags it', () => {
    const text = 'Ratified this year:\n- Bhutan\n- Dominica\n- Granada\n- Nepal\n- Samoa\n'
    expect(lists(text)).toEqual([
      {
        text: 'Bhutan\n- Dominica\n- Granada\n- Nepal\n- Samoa',
        members: ['BTN', 'DMA', 'GRD', 'NPL', 'WSM'],
        unresolved: [],
      },
    ])
    const { diagnostics } = extract(text)
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['misspelt-state'])
  })

  it('keeps a territory as unresolved, numbered lines too', () => {
    expect(lists('Present:\n1. Chile\n2. Western Sahara\n3. Peru\n')).toEqual([
      {
        text: 'Chile\n2. Western Sahara\n3. Peru',
        members: ['CHL', 'PER'],
        unresolved: ['Western Sahara'],
      },
    ])
  })

  it('a city, an organisation or a line of words ends the list there', () => {
    expect(lists('Visited:\n- Bhutan\n- Dominica\n- Geneva\n- Nepal\n')).toEqual([
      { text: 'Bhutan\n- Dominica', members: ['BTN', 'DMA'], unresolved: [] },
    ])
    expect(lists('Agenda:\n- Chile\n- Opening of the session\n- Peru\n- Ghana\n')).toEqual([
      { text: 'Peru\n- Ghana', members: ['PER', 'GHA'], unresolved: [] },
    ])
  })

  it('property: one misspelt line among bulleted members', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('-', '•', '*'),
        fc.constantFrom(['Granada', 'GRD'], ['Columbia', 'COL']),
        fc.integer({ min: 0, max: 1 }),
        (bullet, [misspelt, iso3], at) => {
          const names = ['Bhutan', 'Nepal', 'Samoa']
          const codes = ['BTN', 'NPL', 'WSM']
          names.splice(at + 1, 0, misspelt)
          codes.splice(at + 1, 0, iso3)
          const body = names.map((n) => `${bullet} ${n}`).join('\n')
          const got = lists(`Signed:\n${body}\n`)
          expect(got.map((l) => l.members)).toEqual([codes])
        },
      ),
    )
  })
})

describe('an ampersand that lost its space', () => {
  it('before the last member', () => {
    expect(lists('Talks with Chile, Croatia, Mexico &Portugal went on.')).toEqual([
      {
        text: 'Chile, Croatia, Mexico &Portugal',
        members: ['CHL', 'HRV', 'MEX', 'PRT'],
        unresolved: [],
      },
    ])
  })

  it('not before a lower-case word nor a short abbreviation', () => {
    expect(lists('Chile, Peru &amp; Ghana')).toEqual([
      { text: 'Chile, Peru', members: ['CHL', 'PER'], unresolved: [] },
    ])
    expect(lists('Chile, Peru &Co.')).toEqual([
      { text: 'Chile, Peru', members: ['CHL', 'PER'], unresolved: [] },
    ])
  })

  it('property: glued or spaced, the same list', () => {
    fc.assert(
      fc.property(fc.constantFrom('&', ' & ', ' &', '& '), (amp) => {
        const text = `Chile, Ghana, Nepal${amp}Peru met.`
        expect(lists(text).map((l) => l.members)).toEqual([['CHL', 'GHA', 'NPL', 'PER']])
      }),
    )
  })
})
