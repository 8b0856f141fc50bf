/**
 * General Assembly resolutions by number: a lettered part glued to the number ("55/33S", one of a
 * lettered series, no one document), a list that goes on after such members, and "Resolution
 * 73/71" opening a line in a text that names the Assembly after it. Example sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => [d.text, d.symbol, d.start])

describe('a letter glued to an Assembly resolution number', () => {
  it('is one of a lettered series: no document, as with a space', () => {
    expect(docs('the UN General Assembly resolution 55/33S on security')).toEqual([])
    expect(docs('Jane Doe voted for UN General Assembly Resolution 56/24M in November')).toEqual([])
    expect(docs('General Assembly resolution 55/33 S on')).toEqual([])
  })

  it('ends a symbol-less number only, a later member of the list is read', () => {
    expect(docs('General Assembly resolution 75/1 and 76/2Z.')).toEqual([
      ['75/1', 'A/RES/75/1', 28],
    ])
  })

  it('property: any session, number and capital glued is no document; without it, one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        (session, number, letter) => {
          const text = `General Assembly resolution ${session}/${number}`
          expect(docs(`${text}${letter} on the subject`)).toEqual([])
          expect(docs(`${text} on the subject`)).toEqual([
            [`${session}/${number}`, `A/RES/${session}/${number}`, 28],
          ])
        },
      ),
    )
  })
})

describe('a list of Assembly resolutions with lettered members', () => {
  it('skips them and goes on', () => {
    const text =
      'The General Assembly,\nRecalling its resolutions 54/55 B of 1 December 1999, 55/33 V of 20\n' +
      'November 2000, 56/24 M of 29 November 2001, 57/74 of 22 November 2002 and 58/53\nof 8 December 2003,'
    expect(docs(text)).toEqual([
      ['57/74', 'A/RES/57/74', 134],
      ['58/53', 'A/RES/58/53', 164],
    ])
  })
})

describe('"Resolution 73/71" opening a line', () => {
  it("is the Assembly's when the sentence names the Assembly next", () => {
    expect(
      docs(
        'The meeting went well.\nResolution 73/71 was presented by Jane Doe in the First Committee of the General Assembly and adopted.',
      ),
    ).toEqual([['73/71', 'A/RES/73/71', 34]])
  })

  it('is none where a council is named, or no body at all', () => {
    expect(
      docs('The Human Rights Council met.\nResolution 7/12 was adopted by the Council.'),
    ).toEqual([])
    expect(docs('Reports.\nResolution 73/71 was presented.')).toEqual([])
    expect(docs('Screen\nresolution 16/9 is common.')).toEqual([])
  })

  it('inside a line, without a cue, stays none', () => {
    expect(docs('A Resolution 73/71 was presented in the General Assembly.')).toEqual([])
  })
})
