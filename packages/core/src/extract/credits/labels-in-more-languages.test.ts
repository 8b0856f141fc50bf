/**
 * Credit labels in more languages (from the tenth real-page set's misses): Turkish "Fotoğraf:",
 * Polish "Zdjęcie:", Spanish "Fotógrafo:" (as "Fotografía:"), Italian "Foto-Fonte:" (a photo's
 * source), and a newspaper's "CREDIT:" in capitals after a caption without a full stop. A Turkish
 * chain closing in "… aracılığıyla" ("via …") after an organisation is a source as written. Every
 * sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Ayla', 'Marta', 'Tomasz', 'Jane'], ['Doe', 'Roe', 'Nowak', 'Demir'])

describe('labels in more languages', () => {
  it('Turkish "Fotoğraf:" in a bracket closing a caption', () => {
    const text =
      'Bir köy yolunda mayın temizliği sürüyor, 9 Temmuz 2025. (Fotoğraf: Jane Doe/AA)\nBaşka bir metin.'
    expect(exact(text)).toEqual([
      {
        start: 57,
        end: 78,
        text: 'Fotoğraf: Jane Doe/AA',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'AA',
        license: null,
      },
    ])
  })

  it('Turkish "… aracılığıyla" after an organisation: the chain is the source as written', () => {
    const text =
      'Kampta yemek hazırlayan bir çocuk, 9 Temmuz 2025. (Fotoğraf: UNICEF/Dağıtım Xinhua aracılığıyla)Kampta bir çocuk.'
    expect(exact(text)).toEqual([
      {
        start: 51,
        end: 95,
        text: 'Fotoğraf: UNICEF/Dağıtım Xinhua aracılığıyla',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'UNICEF/Dağıtım Xinhua aracılığıyla',
        license: null,
      },
    ])
  })

  it('Polish "Zdjęcie:", also before a slash alone', () => {
    expect(exact('Prezydent podpisał ustawę.\nZdjęcie: /PAP\nWięcej.')).toEqual([
      {
        start: 27,
        end: 40,
        text: 'Zdjęcie: /PAP',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'PAP',
        license: null,
      },
    ])
  })

  it.each([
    [
      'En la foto: la base de operaciones.\nFotógrafo: Jane Doe\n\nFundada en 1982.',
      'Fotógrafo: Jane Doe',
      'Jane Doe',
      null,
    ],
    [
      'Yemen firmó el tratado.\nFoto-Fonte: afp.com\nBiografía',
      'Foto-Fonte: afp.com',
      null,
      'afp.com',
    ],
    [
      'A team removes a cache of mortars in a village east of the town CREDIT: JANE DOE\nThe bomb went off.',
      'CREDIT: JANE DOE',
      'JANE DOE',
      null,
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('prose with the same words is no credit', () => {
    expect(fields('Zdjęcie przedstawia prezydenta.\nTo zdjęcie: prezydent w Sejmie.')).toEqual([])
    expect(fields('Fotoğrafçı geldi.\nFotoğraflar bir sergide.')).toEqual([])
    // A person before "… aracılığıyla" is not read as a chain of sources.
    expect(fields('Bir çocuk. (Fotoğraf: Jane Doe/AA aracılığıyla)\nBir.')).toEqual([])
  })

  it('property: each label on a line under a caption, a person and an agency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Fotoğraf:', 'Zdjęcie:', 'Fotógrafo:', 'Fotografía:', 'Foto-Fonte:'),
        person,
        fc.constantFrom('AFP', 'PAP', 'EFE', 'Reuters'),
        (label, who, agency) => {
          const text = `Un campo minado cerca de la frontera.\n${label} ${who}/${agency}\nMás texto.`
          sane(text)
          expect(extractKinds(text)).toEqual([
            { text: `${label} ${who}/${agency}`, kind: 'photo', creator: who, source: agency },
          ])
        },
      ),
    )
  })
})

const extractKinds = (text: string) =>
  exact(text).map((c) => ({ text: c.text, kind: c.kind, creator: c.creator, source: c.source }))
