/**
 * Credits of the credits18 session: a wire after a caption's slash ("… on Monday. / Yonhap"),
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
