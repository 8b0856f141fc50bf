/**
 * A list written in Dutch, German, Swedish, Danish or Norwegian closes with its own word for
 * "and" ("en", "und", "och", "og"), also before an unknown last name ("Thailand en Jemen") and a
 * German article ("und der Ukraine"); "Bosnien und Herzegowina" between commas is one name, and
 * the list goes on after it. After a list's "and", "as well as" without a comma starts another
 * group. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text, { kinds: ['states', 'stateLists'] }).stateLists.map((l) => ({
    text: l.text,
    start: l.start,
    end: l.end,
    members: l.members,
    unresolved: l.unresolved,
  }))

describe('a list closed by another language\'s "and"', () => {
  it('keeps its last member after "en", "und", "och" or "og"', () => {
    expect(lists('Hulp ging naar Chili, Peru en Bolivia.')).toEqual([
      {
        text: 'Chili, Peru en Bolivia',
        start: 15,
        end: 37,
        members: ['CHL', 'PER', 'BOL'],
        unresolved: [],
      },
    ])
    expect(lists('Geholfen wurde Chile, Peru und Bolivien.')).toEqual([
      {
        text: 'Chile, Peru und Bolivien',
        start: 15,
        end: 39,
        members: ['CHL', 'PER'],
        unresolved: ['Bolivien'],
      },
    ])
    expect(lists('Stöd gick till Chile, Peru och Malta.')[0]?.members).toEqual([
      'CHL',
      'PER',
      'MLT',
    ])
    expect(lists('Støtte gikk til Chile, Peru og Malta.')[0]?.members).toEqual([
      'CHL',
      'PER',
      'MLT',
    ])
  })

  it('takes an unknown last name and a German article after the conjunction', () => {
    expect(lists('Slachtoffers vielen in Chile, Peru, Nigeria en Jemen.')[0]).toEqual({
      text: 'Chile, Peru, Nigeria en Jemen',
      start: 23,
      end: 52,
      members: ['CHL', 'PER', 'NGA'],
      unresolved: ['Jemen'],
    })
    expect(lists('Opfer gab es in Chile, Peru, Mali und der Ukraine.')[0]).toEqual({
      text: 'Chile, Peru, Mali und der Ukraine',
      start: 16,
      end: 49,
      members: ['CHL', 'PER', 'MLI', 'UKR'],
      unresolved: [],
    })
  })

  it('reads "Bosnien und Herzegowina" between commas as one name, the list going on', () => {
    expect(
      lists('Betroffen: Chile, Angola, Bosnien und Herzegowina, Laos, Peru, aber auch'),
    ).toEqual([
      {
        text: 'Chile, Angola, Bosnien und Herzegowina, Laos, Peru',
        start: 11,
        end: 61,
        members: ['CHL', 'AGO', 'LAO', 'PER'],
        unresolved: ['Bosnien', 'Herzegowina'],
      },
    ])
  })

  it('leaves lower-case "en" and "og" outside lists alone (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'und', 'och', 'og'), (word) => {
        expect(lists(`Chile ${word} Peru`)).toEqual([])
        expect(lists(`Chile, Peru${word} Togo`)).toEqual([])
        const found = lists(`Chile, Peru ${word} Togo.`)
        expect(found.map((l) => l.members)).toEqual([['CHL', 'PER', 'TGO']])
      }),
    )
  })
})

describe('"as well as" after a list\'s "and"', () => {
  it('ends the list before it, with or without a comma', () => {
    expect(lists('tests in Chile, Peru and Togo as well as Mali.')).toEqual([
      {
        text: 'Chile, Peru and Togo',
        start: 9,
        end: 29,
        members: ['CHL', 'PER', 'TGO'],
        unresolved: [],
      },
    ])
    expect(lists('tests in Chile, Peru and Togo, as well as Mali.')[0]?.text).toBe(
      'Chile, Peru and Togo',
    )
  })

  it('still joins a list without "and" before it', () => {
    expect(lists('Chile, Peru as well as Togo')[0]?.text).toBe('Chile, Peru as well as Togo')
  })
})
