/**
 * What an organisation's name looks like, so that it is the source and not a creator: a wire, a
 * laboratory, a publisher, a memorial, a state's adjective ("PA Wire", "Example Labs", "Example
 * National Laboratory", "Ejército Nacional"), an army, a navy, the police, a ministry, a paper, a
 * channel or an agency in other languages ("Marinha do Brasil", "Polícia Federal", "Jornal de
 * Example", "Телеканал Пример", "Example Haber Ajansı"); a UN body that signs its pictures before
 * its office or programme ("UNDP Example", "UNMAS CAR"); an ordinal as Portuguese writes it ("1º
 * RM / EB"); organisations listed with commas ("AFP, Scanpix"); a chain of them with no person's
 * name is one source as written ("PA Wire/PA Images"). Ranks before a photographer's name ("SSG",
 * "LCpl", "LPhot", "LSIS", "PH2", "Chief Mass Communication Specialist", "Lieutenant Commander")
 * are no part of it; "file picture" after an agency is a note; a wire glued to its photographer
 * by a hyphen ("© REUTERS-Jane Roe") is the source; a date in digits after a colon closing the credit
 * is none of its fields; Sipa and Jiji Press in capitals get their own spelling; a kind's label after
 * the credit's names the medium ("© Photo: Jane Doe", "Credit: Photo: Jane Doe": kind `photo`); a grab
 * from a screen names no one ("Screenshot from Wikipedia", "Снимок с видео/Example TV"). Every sentence is
 * written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractCredits } from '../credits.js'
import { credit, exact, fields, person, sane } from './test-helpers.js'

describe("an organisation's name is the source", () => {
  it('reads organisation words in several languages', () => {
    const text =
      'A shell in the garden.\nPicture: Example Firearms Amnesty\n\n' +
      'Soldados en la orilla.\nFoto: Ejército Nacional\n\n' +
      'Navios no porto.\nFoto: Marinha do Brasil\n\n' +
      'Снаряды на складе.\nФото: Телеканал Пример\n\n' +
      'A satellite view.\n© Example Labs\n'
    expect(exact(text)).toEqual([
      credit(
        text,
        'Picture: Example Firearms Amnesty',
        'picture',
        null,
        'Example Firearms Amnesty',
      ),
      credit(text, 'Foto: Ejército Nacional', 'photo', null, 'Ejército Nacional'),
      credit(text, 'Foto: Marinha do Brasil', 'photo', null, 'Marinha do Brasil'),
      credit(text, 'Фото: Телеканал Пример', 'photo', null, 'Телеканал Пример'),
      credit(text, '© Example Labs', 'credit', null, 'Example Labs'),
    ])
  })

  it('reads a UN body before its office, and a chain of organisations, as one source', () => {
    const text =
      'A deminer at work.\nPhoto: UNDP Exampleland\n\n' +
      'A field.\nPhoto: UNMAS CAR\n\n' +
      'The pub reopened.\nPhoto: PA Wire/PA Images\n\n' +
      'O compressor.\nFoto: 1º RM / EB\n\n' +
      'A queue at the gate.\nCredit: Example Daily Standard/Examplepix\n'
    expect(fields(text)).toEqual([
      { text: 'Photo: UNDP Exampleland', creator: null, source: 'UNDP Exampleland', license: null },
      { text: 'Photo: UNMAS CAR', creator: null, source: 'UNMAS CAR', license: null },
      {
        text: 'Photo: PA Wire/PA Images',
        creator: null,
        source: 'PA Wire/PA Images',
        license: null,
      },
      { text: 'Foto: 1º RM / EB', creator: null, source: '1º RM / EB', license: null },
      {
        text: 'Credit: Example Daily Standard/Examplepix',
        creator: 'Examplepix',
        source: 'Example Daily Standard',
        license: null,
      },
    ])
  })

  it('joins organisations listed with commas, and keeps a photographer before them', () => {
    const text =
      'Minen am Meeresgrund.\nFoto: AFP, Scanpix\n\n' +
      'A wreck on the seabed.\nCredit: Example Undersea Research Laboratory, XYZT\n\n' +
      'The launch.\nJane Roe/Example National Laboratories via AP\n\n' +
      'The pier.\nPhoto: Jane Doe / PA Wire / PA Images\n'
    expect(fields(text)).toEqual([
      { text: 'Foto: AFP, Scanpix', creator: null, source: 'AFP, Scanpix', license: null },
      {
        text: 'Credit: Example Undersea Research Laboratory, XYZT',
        creator: null,
        source: 'Example Undersea Research Laboratory, XYZT',
        license: null,
      },
      {
        text: 'Jane Roe/Example National Laboratories via AP',
        creator: 'Jane Roe',
        source: 'Example National Laboratories via AP',
        license: null,
      },
      {
        text: 'Photo: Jane Doe / PA Wire / PA Images',
        creator: 'Jane Doe',
        source: 'PA Wire / PA Images',
        license: null,
      },
    ])
  })

  it('property: an organisation word makes a name of capitalised words a source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Photo: ', 'Foto: ', 'Picture: ', '© '),
        fc.constantFrom('Example', 'Northfield', 'Exampleton'),
        fc.constantFrom(
          'Wire',
          'Labs',
          'National Laboratory',
          'Publishing',
          'Fire Brigade',
          'War Memorial',
          'Civil Defence',
          'Haber Ajansı',
        ),
        (label, name, word) => {
          const text = `A shell was found in the field.\n${label}${name} ${word}\n\nMore text.`
          sane(text)
          expect(fields(text).map((c) => [c.creator, c.source])).toEqual([
            [null, `${name} ${word}`],
          ])
        },
      ),
    )
  })
})

describe("ranks, notes and dates round a photographer's name", () => {
  it('leaves ranks out of the name', () => {
    const text =
      'Soldiers at the range.\nUS Army photo by SSG Jane Doe, 204th Example Detachment\n\n' +
      'Marines at dawn.\nPhoto by LCpl John Roe\n\n' +
      'Divers in the harbour.\nCredit: LPhot Jane Doe/MoD Crown Copyright/PA\n\n' +
      'A frigate at sea.\nPhoto: LSIS John Roe/ Royal Australian Navy\n\n' +
      'A ship in the strait.\nU.S. Navy photo by PH2 Jane Doe\n\n' +
      'Sailors on deck.\nU.S. Navy photo by Chief Mass Communication Specialist John Roe\n'
    expect(fields(text).map((c) => [c.creator, c.source])).toEqual([
      ['Jane Doe', 'US Army'],
      ['John Roe', null],
      ['Jane Doe', 'MoD Crown Copyright/PA'],
      ['John Roe', 'Royal Australian Navy'],
      ['Jane Doe', 'U.S. Navy'],
      ['John Roe', 'U.S. Navy'],
    ])
  })

  it('property: a rank before a name is no part of it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'SSG',
          'SFC',
          'LCpl',
          'LPhot',
          'LSIS',
          'POIS',
          'PH1',
          'Lieutenant Commander',
        ),
        person(['Jane', 'John', 'Ann'], ['Doe', 'Roe', 'Poe']),
        (rank, name) => {
          const text = `Sailors on deck.\nPhoto by ${rank} ${name}\n\nMore text.`
          sane(text)
          expect(fields(text).map((c) => c.creator)).toEqual([name])
        },
      ),
    )
  })

  it('reads a file picture note, a wire glued by a hyphen, a date after a colon, spellings', () => {
    const text =
      'A border post.\n© Jane Doe, AFP file picture\n\n' +
      'Gift cards on a table.\n© REUTERS-John Roe\n\n' +
      'A drill at sea.\nCredit:Examplechannel:08.31.2017\n\n' +
      'Tanks on parade.\nAP/SIPA / Sipa\n\n' +
      'Lanterns on the river.\nEPA/JIJI PRESS\n'
    expect(fields(text)).toEqual([
      { text: '© Jane Doe, AFP file picture', creator: 'Jane Doe', source: 'AFP', license: null },
      { text: '© REUTERS-John Roe', creator: 'John Roe', source: 'Reuters', license: null },
      {
        text: 'Credit:Examplechannel:08.31.2017',
        creator: null,
        source: 'Examplechannel',
        license: null,
      },
      { text: 'AP/SIPA / Sipa', creator: null, source: 'AP/Sipa / Sipa', license: null },
      { text: 'EPA/JIJI PRESS', creator: null, source: 'EPA/Jiji Press', license: null },
    ])
  })
})

describe("a kind's label after the credit's", () => {
  it('names the medium and is no part of a field', () => {
    const text =
      'A village square.\n© Photo: Jane Doe\n\n' +
      'A street in ruins.\nCredit: Photo: John Roe/REUTERS\n\n' +
      'Победитель конкурса.\n© Фото : Jane Doe\n\n' +
      'A trench.\nCredit: Photo: IWM\n'
    expect(exact(text)).toEqual([
      credit(text, '© Photo: Jane Doe', 'photo', 'Jane Doe', null),
      credit(text, 'Credit: Photo: John Roe/REUTERS', 'photo', 'John Roe', 'Reuters'),
      credit(text, '© Фото : Jane Doe', 'photo', 'Jane Doe', null),
      credit(text, 'Credit: Photo: IWM', 'photo', null, 'IWM'),
    ])
  })
})

describe('a grab from a screen', () => {
  it('names no one, and the source after it is read', () => {
    const text =
      'Пожар на складе.\nФото © Снимок с видео/Телеканал Пример/ТАСС\n\n' +
      'The submarine.\nPhoto: Screenshot from Wikipedia\n\n' +
      'The plant at night.\nImage: Video grab from Twitter @jdoe\n'
    expect(fields(text).map((c) => [c.text, c.creator, c.source])).toEqual([
      ['Фото © Снимок с видео/Телеканал Пример/ТАСС', null, 'Телеканал Пример/ТАСС'],
      ['Photo: Screenshot from Wikipedia', null, 'Wikipedia'],
      ['Image: Video grab from Twitter @jdoe', null, 'Twitter @jdoe'],
    ])
    expect(extractCredits(text).map((c) => c.title)).toEqual([null, null, null])
  })
})
