/**
 * Credits that scraped galleries and Asian papers print: "Credit:" glued to the end of its caption
 * (the line break lost after a quote or a digit), a Japanese paper's "(写真:Name)" closing a
 * caption, a Korean pool's "사진공동취재단" glued after the caption's full stop, the US Navy's
 * "Mass Communications Specialist" rank before a sailor's name, and a picture archive named
 * "Galerie …" as a source. Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'Tomas', 'Ines', 'Karl'], ['Roe', 'Lindqvist', 'Obi'])

describe('"Credit:" glued to the end of its caption', () => {
  it('after a closing quote', () => {
    expect(
      exact("Satellites caught the 'launch pad from above'Credit: Example Orbit Inc\n"),
    ).toEqual([
      {
        start: 45,
        end: 70,
        text: 'Credit: Example Orbit Inc',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Example Orbit Inc',
        license: null,
      },
    ])
  })

  it('after a date, and not after a lower-case word nor before one', () => {
    expect(fields('Troops on parade on June 9Credit: AFP\nNext caption')).toEqual([
      { text: 'Credit: AFP', creator: null, source: 'AFP', license: null },
    ])
    expect(fields('We gave her the creditCredit: none of it.')).toEqual([])
  })

  it('property: a caption, a glued "Credit:", an agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('on May 4', "the 'view from orbit'", 'near the border 12'),
        fc.constantFrom('AFP', 'Reuters', 'EPA'),
        (tail, agency) => {
          const text = `Soldiers march ${tail}Credit: ${agency}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `Credit: ${agency}`, creator: null, source: agency, license: null },
          ])
        },
      ),
    )
  })
})

describe('Japanese and Korean captions', () => {
  it('"(写真:Name)" closing a caption names its photographer', () => {
    expect(exact('畑のあぜ道で見つかった不発弾(写真:山田 花子) 拡大画像表示')).toEqual([
      {
        start: 15,
        end: 23,
        text: '写真:山田 花子',
        kind: 'photo',
        title: null,
        creator: '山田 花子',
        source: null,
        license: null,
      },
    ])
  })

  it('"(写真:AP)": a wire is the source; "写真" without a bracket is a word', () => {
    expect(fields('発射の様子(写真:AP)')).toEqual([
      { text: '写真:AP', creator: null, source: 'AP', license: null },
    ])
    expect(fields('写真:山田 花子の作品展')).toEqual([])
  })

  it("a pool glued after the caption's full stop closing the line", () => {
    expect(exact('갱도 입구를 공개했다.사진공동취재단\n\n다음 기사')).toEqual([
      {
        start: 12,
        end: 19,
        text: '사진공동취재단',
        kind: 'credit',
        title: null,
        creator: null,
        source: '사진공동취재단',
        license: null,
      },
    ])
    expect(fields('사진공동취재단이 현장을 찍었다.')).toEqual([])
  })

  it('property: any photographer in "(写真:…)"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('山田 花子', '佐藤 一郎', '鈴木 昇'),
        fc.constantFrom('', ' 拡大画像表示'),
        (who, after) => {
          const text = `地雷原で作業する隊員(写真:${who})${after}`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `写真:${who}`, creator: who, source: null, license: null },
          ])
        },
      ),
    )
  })
})

describe('a rank and an archive', () => {
  it('"Mass Communications Specialist" is a rank, as "Mass Communication Specialist" is', () => {
    expect(
      fields('(U.S. Navy photo by Mass Communications Specialist 2nd Class Jane Roe)'),
    ).toEqual([
      { text: expect.any(String), creator: 'Jane Roe', source: 'U.S. Navy', license: null },
    ])
  })

  it('"Galerie Example/Getty Images" is a chain of sources, no photographer', () => {
    expect(fields('A street in 1950. Photo by Galerie Example/Getty Images')).toEqual([
      {
        text: 'Photo by Galerie Example/Getty Images',
        creator: null,
        source: 'Galerie Example/Getty Images',
        license: null,
      },
    ])
  })

  it('property: a sailor under either spelling of the rank', () => {
    fc.assert(
      fc.property(fc.constantFrom('Communication', 'Communications'), person, (word, who) => {
        const text = `(U.S. Navy photo by Mass ${word} Specialist 3rd Class ${who})`
        sane(text)
        const got = fields(text)
        expect(got[0]?.creator).toBe(who)
        expect(got[0]?.source).toBe('U.S. Navy')
      }),
    )
  })
})
