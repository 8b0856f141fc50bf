/**
 * A credit followed on its line by the next caption's sentence without a full stop between them
 * ("Photo credit: UN Photo/Jane Roe The stockpile worries the mission."): the credit ends with the
 * name, where a capitalised function word and a word in lower case open the sentence. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Hanna', 'Oskar', 'Leila', 'Tariq'], ['Berg', 'Mensah', 'Novak', 'Haddad'])

describe('a credit running into the next caption', () => {
  it('ends a labelled chain at the name before "The …"', () => {
    expect(
      exact('Photo credit: UN Photo/Hanna Berg The stockpile of old shells worries the mission.'),
    ).toEqual([
      {
        start: 0,
        end: 33,
        text: 'Photo credit: UN Photo/Hanna Berg',
        kind: 'photo',
        title: null,
        creator: 'Hanna Berg',
        source: 'UN Photo',
        license: null,
      },
    ])
  })

  it.each([
    [
      'Photo: Oskar Mensah The depot lies behind the ridge.',
      'Photo: Oskar Mensah',
      'Oskar Mensah',
      null,
    ],
    [
      'Photo by Leila Novak A deminer kneels beside the marker.',
      'Photo by Leila Novak',
      'Leila Novak',
      null,
    ],
    [
      'Roads were closed.\n© Tariq Haddad/Example Trust In the valley the fields lie fallow.',
      '© Tariq Haddad/Example Trust',
      'Tariq Haddad',
      'Example Trust',
    ],
    [
      'UN Photo/Hanna Berg This is the third survey of the area.',
      'UN Photo/Hanna Berg',
      'Hanna Berg',
      'UN Photo',
    ],
    ['Image: UN Photo The talks resumed on Monday in Geneva.', 'Image: UN Photo', null, 'UN Photo'],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it("ends an agency's unlabelled chain at the photographer's name too", () => {
    expect(fields('EPA/Hanna Berg The stockpile of old shells worries the mission.')).toEqual([
      { text: 'EPA/Hanna Berg', creator: 'Hanna Berg', source: 'EPA', license: null },
    ])
    expect(
      fields('Ships wait at the quay. AFP/Oskar Mensah A crane lifts the shells.\nNext'),
    ).toEqual([{ text: 'AFP/Oskar Mensah', creator: 'Oskar Mensah', source: 'AFP', license: null }])
    // A pollster after a wire is no photographer.
    expect(fields('Reuters/Ipsos The poll found wide support.\n')).toEqual([])
  })

  it('keeps names and titles that only look like a sentence', () => {
    // A capital after the function word: a name goes on ("The Example Post").
    expect(fields('Photo: Hanna Berg The Example Post')[0]?.text).toBe(
      'Photo: Hanna Berg The Example Post',
    )
    // No credit before the sentence: nothing to cut.
    expect(fields('Photo: Mine Action In the field the work goes on.')).toEqual([])
    expect(fields('The Chair said In the view of the Group the text stands.')).toEqual([])
  })

  it('property: any label, chain, name and opening word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Photo credit: UN Photo/', 'Photo: ', 'Photo by ', '© Example Trust/'),
        person,
        fc.constantFrom('The', 'A', 'In', 'This', 'After', 'Its'),
        fc.constantFrom('depot lies empty.', 'road is closed again.', 'villagers wait here.'),
        (label, who, opener, rest) => {
          const text = `Roads were closed.\n${label}${who} ${opener} ${rest}\nMore text.`
          sane(text)
          const got = fields(text)
          expect(got.map((c) => c.text)).toEqual([`${label}${who}`])
          expect(got[0]?.creator).toBe(who)
        },
      ),
    )
  })
})
