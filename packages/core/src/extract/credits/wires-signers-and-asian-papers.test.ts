/**
 * Wires, signers and Asian papers' styles: a wire after a caption's slash ("… on Monday. / Yonhap"),
 * Korean papers' "AFP-Yonhap", China Daily's "[Photo/Xinhua]", Spanish "Imagen:" and
 * "Imágenes", Demirören's "(DHA Photo)", organisations that sign their pictures before an
 * agency or after a photographer ("FOUR PAWS / EPA", "© J. Roe/Geneva Call"). Every sentence is
 * written for these tests; names are invented.
 */
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { exact as exactCredits, sane } from './test-helpers.js'

/** The span's offsets and every TASL field (the span's text left out). */
const exact = (text: string) => exactCredits(text).map(({ text: _text, ...fields }) => fields)

/** Each credit as its text, kind, creator and source. */
const read = (text: string) =>
  extractCredits(text).map((c) => [c.text, c.kind, c.creator, c.source, c.license])

describe("a wire's name after a slash closing a caption", () => {
  it('a spaced slash after the last sentence, or a slash glued to its full stop', () => {
    const spaced = 'Pupils paint a mural on the school wall in Daegu, Friday. / Yonhap\n'
    sane(spaced)
    expect(exact(spaced)).toEqual([
      {
        start: 60,
        end: 66,
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Yonhap',
        license: null,
      },
    ])
    const glued = 'Pupils paint a mural on the school wall in Daegu, Friday./ Reuters\n'
    sane(glued)
    expect(read(glued)).toEqual([['Reuters', 'credit', null, 'Reuters', null]])
  })

  it('a slash in prose, or a name that is no agency, is no credit', () => {
    expect(extractCredits('Trains run every hour and/ Yonhap staff take them.\n')).toEqual([])
    expect(extractCredits('Pupils paint a mural on the school wall, Friday. / Dana\n')).toEqual([])
  })
})

describe('agency names as Asian and Turkish papers print them', () => {
  it('a foreign wire with Yonhap\'s name, and "(DHA Photo)" under a caption', () => {
    expect(
      read('Boats wait in the harbour of Busan before the storm, Monday. AFP-Yonhap\n'),
    ).toEqual([['AFP-Yonhap', 'credit', null, 'AFP-Yonhap', null]])
    expect(
      read('A shepherd leads his flock across a frozen lake, Jan. 9, 2022.\n\n(DHA Photo)\n'),
    ).toEqual([['DHA Photo', 'credit', null, 'DHA', null]])
  })

  it('"[Photo/Agency]" closing a caption: the agency is the source', () => {
    const text = 'Cyclists ride past a row of lanterns in the old town on Sunday. [Photo/Xinhua]\n'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 65,
        end: 77,
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Xinhua',
        license: null,
      },
    ])
  })
})

describe('Spanish "Imagen" and "Imágenes" labels', () => {
  it('are image credits, with or without a colon before a chain', () => {
    expect(read('Imagen: EFE\n')).toEqual([['Imagen: EFE', 'image', null, 'EFE', null]])
    expect(read('Vecinos limpian la plaza tras la tormenta.\nImágenes Marta Gil / EFE\n')).toEqual([
      ['Imágenes Marta Gil / EFE', 'image', 'Marta Gil', 'EFE', null],
    ])
  })

  it('the word in a sentence is no credit', () => {
    expect(extractCredits('Las imágenes del archivo muestran la plaza vacía.\n')).toEqual([])
  })
})

describe('organisations that sign their pictures', () => {
  it('an organisation in capitals before an agency is a source, not a photographer', () => {
    expect(
      read('Rescued bears rest in the new enclosure near the lake. FOUR PAWS / EPA\n'),
    ).toEqual([['FOUR PAWS / EPA', 'credit', null, 'FOUR PAWS / EPA', null]])
  })

  it('"© J. Roe/Geneva Call": the photographer, then the organisation', () => {
    expect(read('Commanders sign the pledge in the camp. © T. Varga/Geneva Call\n')).toEqual([
      ['© T. Varga/Geneva Call', 'credit', 'T. Varga', 'Geneva Call', null],
    ])
  })
})

describe('Korean credits naming a provider or a wire and its reporter', () => {
  it('"/사진제공=Office" closing a caption, and "(사진: Desk)" in brackets, name the source', () => {
    const provided = '강변의 벚꽃길 /사진제공=예시군청\n'
    sane(provided)
    expect(exact(provided)).toEqual([
      {
        start: 9,
        end: 18,
        kind: 'photo',
        title: null,
        creator: null,
        source: '예시군청',
        license: null,
      },
    ])
    expect(read('오늘의 사진을 모았습니다. (사진: 예시일보 사진부)\n')).toEqual([
      ['사진: 예시일보 사진부', 'photo', null, '예시일보 사진부', null],
    ])
  })

  it('"© Wire Name 기자": the wire is the source, the reporter the creator', () => {
    expect(read('폭우에 잠긴 도로. 2020.8.2/예시통신 © Yesi1 박하늘 기자\n')).toEqual([
      ['© Yesi1 박하늘 기자', 'credit', '박하늘', 'Yesi1', null],
    ])
  })

  it('a reporter\'s byline, or "사진제공" in a sentence, is no credit', () => {
    expect(extractCredits('사진제공은 쉽지 않다고 말했다.\n\n김하늘 기자\n')).toEqual([])
    expect(extractCredits('예시일보 박하늘(사진) 기자가 상을 받았다.\n')).toEqual([])
  })
})

describe('a credit opening a caption that goes on with "shows"', () => {
  it('"Photo by ORG shows …" and "Photo provided by ORG shows …": the organisation alone', () => {
    const text = 'Photo provided by NVCA shows volunteers planting trees on a hillside.\n'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 22,
        kind: 'photo',
        title: null,
        creator: null,
        source: 'NVCA',
        license: null,
      },
    ])
    expect(read('Photo by Tarek Haddad shows a ferry leaving the port.\n')).toEqual([
      ['Photo by Tarek Haddad', 'photo', 'Tarek Haddad', null, null],
    ])
  })

  it('"provided by" inside a sentence is no credit', () => {
    expect(extractCredits('The photo provided by the ministry shows an old bridge.\n')).toEqual([])
  })
})

describe('markup left in scraped captions', () => {
  it('a closing tag after an agency credit ends it', () => {
    const text = '<p>Lanterns float on the river in Hoi An, Feb. 3, 2023. REUTERS/Mai Lan</p>\n'
    sane(text)
    expect(read(text)).toEqual([['REUTERS/Mai Lan', 'credit', 'Mai Lan', 'Reuters', null]])
  })
})

describe('an organisation and its platform in a bracket', () => {
  it('"(UNHCR, Flickr)" closing a caption: both are the source, as written', () => {
    expect(read('Families queue for water at the camp on Tuesday. (UNHCR, Flickr)\n')).toEqual([
      ['UNHCR, Flickr', 'credit', null, 'UNHCR, Flickr', null],
    ])
    expect(extractCredits('The agencies (UNHCR, Reuters) said talks would resume.\n')).toEqual([])
  })
})

describe('a broadcaster\'s "Image copyright" glued to its holder and "Image caption"', () => {
  it('the holder between the two labels is the source; the span keeps the text as written', () => {
    const text = 'Image copyrightNorthlight ImagesImage caption Ferries wait at the quay.\n'
    sane(text)
    expect(exact(text)).toEqual([
      {
        start: 0,
        end: 32,
        kind: 'image',
        title: null,
        creator: null,
        source: 'Northlight Images',
        license: null,
      },
    ])
    expect(read('Image copyrightXMA/Wirepix AgencyImage captionA ferry in the fog\n')).toEqual([
      ['Image copyrightXMA/Wirepix Agency', 'image', null, 'XMA/Wirepix Agency', null],
    ])
  })

  it('the words in prose are no credit', () => {
    expect(
      extractCredits('The Image copyright rules changed, and so did the Image caption rules.\n'),
    ).toEqual([])
  })
})

describe('what is no picture credit', () => {
  it("a report's copyright notice over its licence terms", () => {
    expect(
      extractCredits(
        'Our aims are set out below.\n\n© Brightwater Alliance 2021\nExcept where otherwise noted, content in this report is licensed under a Creative Commons licence.\n',
      ),
    ).toEqual([])
  })

  it("a poll's source, a byline, a wire named in a sentence", () => {
    expect(
      extractCredits(
        'Support for the plan fell in March.\nSource: Norvale Research poll of 1,200 adults, March 2024\n\nBy Hedda Lindqvist, Reuters\n\nMinister Tomas Varga told Yonhap on Monday that talks would resume.\n',
      ),
    ).toEqual([])
  })
})
