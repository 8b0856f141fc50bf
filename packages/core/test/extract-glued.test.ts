/**
 * State names as PDF text prints them: two names glued by a lost space ("Sri LankaSudan") and
 * "Bosnia/Herzegovina". Own example texts; the phenomenon is from real report pages.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.js'

const codes = (text: string): string[] =>
  extract(text, { kinds: ['states'] }).states.map((s) => s.iso3)

describe('state names glued by lost spaces', () => {
  it('splits two names glued at a capital, in prose and in lists', () => {
    expect(codes('Votes from Sri LankaSudan were counted.')).toEqual(['LKA', 'SDN'])
    const lists = extract('Members: Chile | Costa RicaCuba | Denmark', {
      kinds: ['stateLists'],
    }).stateLists
    expect(lists.map((l) => l.members)).toEqual([['CHL', 'CRI', 'CUB', 'DNK']])
  })

  it('does not split brand names or words that only start with a state', () => {
    expect(codes('OmanAir, ChadWick and the JordanTimes')).toEqual([])
    expect(codes('Perusing the Chadian file')).toEqual([])
  })

  it('reads "Bosnia/Herzegovina" as one name', () => {
    const [state] = extract('mines left in Bosnia/Herzegovina since 1995', {
      kinds: ['states'],
    }).states
    expect([state?.text, state?.iso3]).toEqual(['Bosnia/Herzegovina', 'BIH'])
  })

  it('property: any two state names glued together give both states', () => {
    const names = fc.constantFrom(
      ['Sri Lanka', 'LKA'],
      ['Sudan', 'SDN'],
      ['Peru', 'PER'],
      ['South Africa', 'ZAF'],
      ['Norway', 'NOR'],
      ['Costa Rica', 'CRI'],
      ['Mali', 'MLI'],
    )
    fc.assert(
      fc.property(names, names, fc.constantFrom(' ', ', ', ' | '), ([a, x], [b, y], sep) => {
        expect(codes(`Chile${sep}${a}${b}${sep}Ghana`)).toEqual(['CHL', x, y, 'GHA'])
      }),
    )
  })
})
