/**
 * Office lines and galleries: the line Microsoft Office writes under a picture ("This
 * Photo by … is licensed under …"), a gallery's "...more" that cuts a caption short, a paper's
 * photographer "/ for" it, names glued to the next caption after a hyphenated part in lower case,
 * gallery captions without a full stop, "©" glued to a caption's last word, ANSA's captions
 * without a full stop and "[Photo/IC]". Every sentence is written for these tests; names are
 * invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { sane } from './test-helpers.js'

/** Each credit as its text, kind, title, creator, source and licence. */
const read = (text: string) =>
  extractCredits(text).map((c) => [c.text, c.kind, c.title, c.creator, c.source, c.license])

describe('the line Microsoft Office writes under a picture', () => {
  it.each([
    [
      'Volunteers plant trees along the river.\nThis Photo by Unknown Author is licensed under CC BY-SA\n',
      [
        'This Photo by Unknown Author is licensed under CC BY-SA',
        'photo',
        null,
        null,
        null,
        'CC BY-SA',
      ],
    ],
    [
      'The harbour at dawn. This Image by Mara Lindqvist is licensed under a Creative Commons Attribution 4.0 license.',
      [
        'This Image by Mara Lindqvist is licensed under a Creative Commons Attribution 4.0 license',
        'image',
        null,
        'Mara Lindqvist',
        null,
        'CC BY 4.0',
      ],
    ],
    [
      'This picture by tvessel is licensed under CC BY-NC 2.0',
      [
        'This picture by tvessel is licensed under CC BY-NC 2.0',
        'picture',
        null,
        'tvessel',
        null,
        'CC BY-NC 2.0',
      ],
    ],
  ])('%s', (text, credit) => {
    sane(text)
    expect(read(text)).toEqual([credit])
  })

  it('a quoted title after a table bar', () => {
    expect(
      read('| 4 | Add the links | “Morning Ferry” by jorund is licensed under CC BY 2.0. |'),
    ).toEqual([
      [
        '“Morning Ferry” by jorund is licensed under CC BY 2.0',
        'credit',
        'Morning Ferry',
        'jorund',
        null,
        'CC BY 2.0',
      ],
    ])
  })

  it.each([
    'This report by the committee is licensed under CC BY 4.0.',
    'This picture by the committee is licensed under CC BY 4.0 and may be reused.',
    'This photo by Jane Roe shows the harbour, and the site is licensed under CC BY 4.0.',
    'This software by Jane Roe is licensed under the MIT License.',
  ])('no credit: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('a gallery caption cut short by its "...more"', () => {
  it('a one-word name after a known agency is the photographer', () => {
    const text =
      'Fishermen mend their nets on the quay in Naples, Italy, May 2, 2019. REUTERS/Tomas...more\n'
    expect(read(text)).toEqual([['REUTERS/Tomas', 'credit', null, 'Tomas', 'Reuters', null]])
  })

  it('the widget text is no part of a full name', () => {
    const text = 'Fishermen mend their nets on the quay, May 2, 2019. REUTERS/Tomas Berg…more\n'
    expect(read(text)).toEqual([
      ['REUTERS/Tomas Berg', 'credit', null, 'Tomas Berg', 'Reuters', null],
    ])
  })

  it.each([
    'Fishermen mend their nets on the quay in Naples, Italy, May 2, 2019. REUTERS/Tomas\n',
    'Deputies of the new assembly elected the presidium on Monday and set the...more\n',
    'Fishermen mend their nets on the quay in Naples, Italy. Harbour/Tomas...more\n',
  ])('no credit: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})

describe('a photographer and the paper she works for after a slash', () => {
  it.each([
    [
      'A bull fight was the highlight of the autumn festival in the county. Ren Haolin / for China Daily |',
      ['Ren Haolin / for China Daily', 'credit', null, 'Ren Haolin', 'China Daily', null],
    ],
    [
      'A lantern shaped like a carp glows in Zigong. REN HAOLIN/FOR CHINA DAILY\n',
      ['REN HAOLIN/FOR CHINA DAILY', 'credit', null, 'REN HAOLIN', 'CHINA DAILY', null],
    ],
    [
      'Visitors sew sachets at the garden expo. [Photo by Ren Haolin/For chinadaily.com.cn]',
      [
        'Photo by Ren Haolin/For chinadaily.com.cn',
        'photo',
        null,
        'Ren Haolin',
        'chinadaily.com.cn',
        null,
      ],
    ],
  ])('%s', (text, credit) => {
    expect(read(text)).toEqual([credit])
  })

  it('"for" inside a name stays', () => {
    expect(read('Harvest in the valley.\nJane Roe/Department for Rural Affairs\n')).toEqual([
      [
        'Jane Roe/Department for Rural Affairs',
        'credit',
        null,
        'Jane Roe',
        'Department for Rural Affairs',
        null,
      ],
    ])
  })
})

describe('a name glued to the next caption after a hyphenated part in lower case', () => {
  it('ends at the capital', () => {
    const text =
      'A statue stands in the rain on the square. Harbour Times photo by Park Jin-sooThe crowd marches north. Harbour Times photo by Oh Min-jiMembers of the union rest.'
    expect(read(text).map((c) => [c[0], c[3]])).toEqual([
      ['Harbour Times photo by Park Jin-soo', 'Park Jin-soo'],
      ['Harbour Times photo by Oh Min-ji', 'Oh Min-ji'],
    ])
  })

  it('a part in capitals after the hyphen is one word', () => {
    expect(read('Credit: Jane Roe, Attribution-ShareAlike 4.0')[0]?.[3]).toBe('Jane Roe')
  })
})

describe('short credit lines under gallery captions without a full stop', () => {
  it('reads the line under a long caption', () => {
    const text =
      'Members of the dance company rehearse for the open-air ballet in the walled garden of a manor near Salisbury\nTOBIAS WREN/BNPS\nSheep graze on the slope.'
    expect(read(text)).toEqual([['TOBIAS WREN/BNPS', 'credit', null, 'TOBIAS WREN', 'BNPS', null]])
  })

  it('a caption that ends with a date', () => {
    const text =
      'An early visitor sticks coloured dots on the white walls of the room, which is open to the public until August 29\nMARA ELLIS/PA\n'
    expect(read(text)).toEqual([['MARA ELLIS/PA', 'credit', null, 'MARA ELLIS', 'PA', null]])
  })

  it("AP's state code after a bracketed credit", () => {
    const text =
      'Balloons rise over the park on the last evening of the festival. (Tomas Berg/Harbour Journal via AP) =ME\n'
    expect(read(text)).toEqual([
      [
        'Tomas Berg/Harbour Journal via AP',
        'credit',
        null,
        'Tomas Berg',
        'Harbour Journal via AP',
        null,
      ],
    ])
  })

  it('not under a heading', () => {
    expect(read('Latest stories from the valley\nNuclear Weapons/Disarmament\n')).toEqual([])
    expect(read('Our team at work\nJane Roe/Senior Editor\n')).toEqual([])
  })
})

describe('Italian captions: "©" glued to the last word, ANSA without a full stop', () => {
  it.each([
    [
      'Il ministro parla ai giornalisti a Roma© Ansa',
      ['© Ansa', 'credit', null, null, 'ANSA', null],
    ],
    [
      'Il ministro parla ai giornalisti a Roma ANSA/LUCA VERDI',
      ['ANSA/LUCA VERDI', 'credit', null, 'LUCA VERDI', 'ANSA', null],
    ],
    [
      'Turisti sulla muraglia al tramonto. [Photo/IC]',
      ['Photo/IC', 'credit', null, null, 'IC', null],
    ],
  ])('%s', (text, credit) => {
    expect(read(text)).toEqual([credit])
  })

  it.each([
    'Copyright© 2021 Example Media',
    'I dati del sondaggio a cura di ANSA/IPSOS',
    'The talks between the US and the EU on the AFP/Reuters wire',
  ])('no credit: %s', (text) => {
    expect(read(text)).toEqual([])
  })
})
