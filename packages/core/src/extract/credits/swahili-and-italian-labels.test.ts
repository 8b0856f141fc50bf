/**
 * Two broadcasters' labels in other languages (from the eleventh real-page set's misses): BBC
 * Swahili's "Chanzo cha picha, " (the BBC's "Image source, ", kind `image`) and Euronews'
 * Italian "Diritti d'autore" ("Copyright", read as a "©" before a capital), also after a
 * caption's full stop and a spaced hyphen (". - "). Every sentence is written for these tests;
 * the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe("BBC Swahili's image source and Euronews' Italian copyright", () => {
  it('"Chanzo cha picha, " before a platform and a handle, an agency, a name in capitals', () => {
    const text =
      'Moshi juu ya mji\n\nChanzo cha picha, Twitter/@jdoe_77\n\nMaelezo ya picha,\n\nChanzo cha picha, EPA\n\nChanzo cha picha, JANE DOE ROE\n'
    expect(exact(text)).toEqual([
      {
        start: 18,
        end: 52,
        text: 'Chanzo cha picha, Twitter/@jdoe_77',
        kind: 'image',
        title: null,
        creator: '@jdoe_77',
        source: 'Twitter',
        license: null,
      },
      {
        start: 73,
        end: 94,
        text: 'Chanzo cha picha, EPA',
        kind: 'image',
        title: null,
        creator: null,
        source: 'EPA',
        license: null,
      },
      {
        start: 96,
        end: 126,
        text: 'Chanzo cha picha, JANE DOE ROE',
        kind: 'image',
        title: null,
        creator: 'JANE DOE ROE',
        source: null,
        license: null,
      },
    ])
  })

  it('"Diritti d\'autore" after a caption\'s full stop and a spaced hyphen', () => {
    const text = "Sminatori al lavoro vicino al confine. - Diritti d'autore JANE DOE/AP\n\nTesto."
    expect(exact(text)).toEqual([
      {
        start: 41,
        end: 69,
        text: "Diritti d'autore JANE DOE/AP",
        kind: 'credit',
        title: null,
        creator: 'JANE DOE',
        source: 'AP',
        license: null,
      },
    ])
    expect(fields('Un campo minato. - © Jane Doe/AP')).toEqual([
      { text: '© Jane Doe/AP', creator: 'Jane Doe', source: 'AP', license: null },
    ])
  })

  it('no credit in prose: the words mid-sentence or before a word in lower case', () => {
    expect(fields('Hiki ni chanzo cha picha, kama tulivyosema.')).toEqual([])
    expect(fields('Chanzo cha picha, lakini hakuna jina.')).toEqual([])
    expect(fields("I diritti d'autore sono tutelati. Diritti d'autore riservati.")).toEqual([])
    expect(fields("Diritti d'autore: la legge protegge le opere.")).toEqual([])
  })

  it('property: each label on a line under a caption, a person and an agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Chanzo cha picha,', "Diritti d'autore", 'Diritti d\u2019autore'),
        fc.constantFrom('Jane', 'John', 'Amina'),
        fc.constantFrom('Doe', 'Roe', 'Mwangi'),
        fc.constantFrom('AFP', 'AP', 'Reuters'),
        (label, first, last, agency) => {
          const text = `Wanajeshi kazini karibu na mpaka.\n${label} ${first} ${last}/${agency}\nZaidi.`
          sane(text)
          expect(exact(text).map((c) => [c.text, c.kind, c.creator, c.source])).toEqual([
            [
              `${label} ${first} ${last}/${agency}`,
              label.startsWith('C') ? 'image' : 'credit',
              `${first} ${last}`,
              agency,
            ],
          ])
        },
      ),
    )
  })
})
