/**
 * Labels found where issue 9's pages put them: after a caption-writer's line and a slash
 * ("Caption by Jane Doe / Photo by John Roe/Agency"), and a medium word, a slash and a person
 * filling a bracket ("(Photo/Jane Doe)"). Every sentence is written for these tests; the names are
 * invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(
  ['Ines', 'Karel', 'Lotta', 'Milan', 'Noor', 'Oskar'],
  ['Varga', 'Holm', 'Esposito', 'Nakata', 'Duarte', 'Quist'],
)
const caption = fc.constantFrom(
  'Rescuers carry a stretcher along the cleared track by the river.',
  'A sapper marks the edge of the field with red stakes.',
)

describe("a credit after a caption-writer's line and a slash", () => {
  it.each([
    [
      'The team plans the last day of work.\n\nCaption by Karel Holm / Photo by Noor Duarte/Example News',
      { text: 'Photo by Noor Duarte/Example News', creator: 'Noor Duarte', source: 'Example News' },
    ],
    [
      'The team plans the last day of work.\n\nCaption by / Photo by Noor Duarte/EXN',
      { text: 'Photo by Noor Duarte/EXN', creator: 'Noor Duarte', source: 'EXN' },
    ],
    [
      'Text by Karel Holm / Photo by Noor Duarte',
      { text: 'Photo by Noor Duarte', creator: 'Noor Duarte', source: null },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
    expect(extractCredits(text)[0]?.kind).toBe('photo')
  })

  it('a slash in prose before "photo by" starts nothing', () => {
    expect(fields('We read the text / photo by the window every day.')).toEqual([])
    expect(fields('Some text / pictures: of the day and more')).toEqual([])
  })

  it('a label with a colon after a sentence and a slash ("… since 2019. / Picture: © …")', () => {
    expect(
      fields('The first meeting since 2019. / Picture: © Wikimedia Commons / Karel Holm'),
    ).toEqual([
      {
        text: 'Picture: © Wikimedia Commons / Karel Holm',
        creator: 'Karel Holm',
        source: 'Wikimedia Commons',
        license: null,
      },
    ])
  })

  it('property: the caption writer stays outside; the kind is photo', () => {
    fc.assert(
      fc.property(caption, person, person, fc.boolean(), (cap, writer, who, named) => {
        const credit = `Photo by ${who}/Example News`
        const text = `${cap}\n\nCaption by ${named ? `${writer} ` : ''}/ ${credit}`
        sane(text)
        const found = extractCredits(text)
        expect(found).toHaveLength(1)
        expect(found[0]).toMatchObject({
          text: credit,
          kind: 'photo',
          creator: who,
          source: 'Example News',
        })
      }),
    )
  })
})

describe('a medium word, a slash and a person in brackets', () => {
  it.each([
    [
      'A soldier places a charge by the marked mine. (Photo/Lotta Holm)',
      { text: 'Photo/Lotta Holm', creator: 'Lotta Holm', source: null },
    ],
    [
      'Signal sources found in the field. [Photo/Milan Varga-Quist]',
      { text: 'Photo/Milan Varga-Quist', creator: 'Milan Varga-Quist', source: null },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual([{ ...expected, license: null }])
    expect(extractCredits(text)[0]?.kind).toBe('photo')
  })

  it('prose with "photo/video" in brackets is no credit', () => {
    expect(fields('The session went on (photo/video below).')).toEqual([])
    expect(fields('The session went on (Photo/Video Gallery of the day).')).toEqual([])
    expect(fields('See the pictures of the day. (Photo/Video Gallery)')).toEqual([])
  })

  it('property: the person is the creator, the kind photo', () => {
    fc.assert(
      fc.property(caption, person, fc.constantFrom('()', '[]'), (cap, who, [open, close]) => {
        const text = `${cap} ${open}Photo/${who}${close}`
        sane(text)
        const found = extractCredits(text)
        expect(found).toHaveLength(1)
        expect(found[0]).toMatchObject({ text: `Photo/${who}`, kind: 'photo', creator: who })
      }),
    )
  })
})

describe("a report's cover credits glued to the year before them", () => {
  it('each cover credit starts at its place, "©" or not', () => {
    const text =
      'Cover photograph Karel Holm/Example Relief (ER), November 2017Back cover (left) © O. Quist/Example Trust, May 2018Back cover (right) Noor Varga/ER, October 2017\n\nCover design by Example Studio.'
    expect(fields(text)).toEqual([
      {
        text: 'Cover photograph Karel Holm/Example Relief (ER), November 2017',
        creator: 'Karel Holm',
        source: 'Example Relief (ER)',
        license: null,
      },
      {
        text: 'Back cover (left) © O. Quist/Example Trust, May 2018',
        creator: 'O. Quist',
        source: 'Example Trust',
        license: null,
      },
      {
        text: 'Back cover (right) Noor Varga/ER, October 2017',
        creator: 'Noor Varga',
        source: 'ER',
        license: null,
      },
    ])
  })

  it('"back cover (left)" in prose without a name and slash is no credit', () => {
    expect(fields('See the back cover (left) for the map of the area.')).toEqual([])
    expect(fields('The Back cover (right) shows the field in 2017.')).toEqual([])
  })

  it('property: any year glued before a cover place starts a new credit', () => {
    fc.assert(
      fc.property(person, person, fc.integer({ min: 1995, max: 2024 }), (a, b, year) => {
        const first = `Cover photograph ${a}/Example Relief, March ${year}`
        const second = `Back cover (right) ${b}/ER, June ${year}`
        const text = `${first}${second}\n`
        sane(text)
        expect(fields(text).map((c) => c.text)).toEqual([first, second])
      }),
    )
  })
})

describe('a gallery\'s "Photograph:" glued to the caption\'s last word', () => {
  it.each([
    [
      'A rover rests on the red plain at the start of its search for traces of lifePhotograph: NASA/JPL-Caltech/PA\n-\nNext',
      'Photograph: NASA/JPL-Caltech/PA',
      'NASA/JPL-Caltech/PA',
    ],
    [
      'Cherry trees bloom along the river in the southern provincePhoto: REX/Shutterstock\n',
      'Photo: REX/Shutterstock',
      'REX/Shutterstock',
    ],
  ])('%j', (text, credit, source) => {
    sane(text)
    expect(fields(text)).toEqual([{ text: credit, creator: null, source, license: null }])
  })

  it('property: the label starts the span, the caption stays out', () => {
    fc.assert(
      fc.property(caption, person, (cap, who) => {
        const text = `${cap.slice(0, -1)}Photograph: ${who}/Example Images\n`
        sane(text)
        expect(fields(text).map((c) => c.text)).toEqual([`Photograph: ${who}/Example Images`])
      }),
    )
  })

  it('leaves a word that merely ends in "photograph:" alone', () => {
    expect(fields('The rephotograph: a study\n')).toEqual([])
  })
})

describe('copyright marks and "Foto:" where a caption ends without a full stop', () => {
  it.each([
    ['Der Hafen im Winter 1962 Foto: epa (dpa)\nDer Text geht weiter.', 'Foto: epa (dpa)'],
    ['Der Hafen im Winter Foto: Lotta Quist/dpa\n', 'Foto: Lotta Quist/dpa'],
    // "(c)" glued to a known agency ending the line, after a full stop of any script.
    ['会談に臨む外相。(c)AFP', '(c)AFP'],
    ['The minister arrives at the summit. (c) AFP\n', '(c) AFP'],
    // A circled "Ⓒ" after a name closing a caption, before a known agency.
    ['Karel Holm \u24b8 Hollandse Hoogte\n\nDe tekst gaat verder.', '\u24b8 Hollandse Hoogte'],
  ])('%j', (text, credit) => {
    sane(text)
    expect(fields(text).map((c) => c.text)).toEqual([credit])
  })

  it('reads the agency after "(c)" and the circled mark as the source', () => {
    expect(fields('会談に臨む外相。(c)AFP')[0]?.source).toBe('AFP')
    expect(fields('Karel Holm \u24b8 Hollandse Hoogte\n')[0]).toMatchObject({
      creator: null,
      source: 'Hollandse Hoogte',
    })
  })

  it.each([
    'Clause (c)AFP shall apply to members.\n',
    'All content on this site \u00a9 Example Media\n',
    'The minister at the summit \u00a9 Jane Roe\n',
  ])('no credit: %j', (text) => {
    expect(fields(text)).toEqual([])
  })

  it('property: "(c)" before any known wire ending the line', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom('AFP', 'Reuters', 'EPA', 'ANSA'),
        fc.constantFrom('', ' '),
        (cap, agency, gap) => {
          const text = `${cap} (c)${gap}${agency}\n`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `(c)${gap}${agency}`, creator: null, source: agency, license: null },
          ])
        },
      ),
    )
  })
})
