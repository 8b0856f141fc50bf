/**
 * Credits from the thirteenth real-page set's field misses: a Korean wire written in Hangul
 * before "=뉴스1" is the source as written ("ⓒ 로이터=뉴스1"), Belga and ddp in capitals get their
 * usual spelling ("© BELGA" → `Belga`, "Foto: DDP" → `ddp`), and a rank in capitals or in
 * Norwegian before a photographer's name is no part of it ("Photo: CPL Jane Doe", "Foto: Kaptein
 * Jane Doe / Example Office"); a studio named "… Photography" and the Crown Copyright are
 * sources, not people. Every sentence is written for these tests; 홍길동 is a placeholder
 * name.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields } from './test-helpers.js'

describe('wire spellings and service ranks', () => {
  it('reads a Hangul wire before =뉴스1 as the source', () => {
    const text = '시민들이 광장에서 걷고 있다. ⓒ 로이터=뉴스1 ⓒ News1 홍길동 기자\n'
    expect(exact(text)).toEqual([
      {
        start: 17,
        end: 26,
        text: 'ⓒ 로이터=뉴스1',
        kind: 'credit',
        title: null,
        creator: null,
        source: '로이터=뉴스1',
        license: null,
      },
      {
        start: 27,
        end: 41,
        text: 'ⓒ News1 홍길동 기자',
        kind: 'credit',
        title: null,
        creator: '홍길동',
        source: 'News1',
        license: null,
      },
    ])
  })

  it('spells Belga and ddp as they do', () => {
    expect(fields('The harbour at dawn.\n© BELGA\n')).toEqual([
      { text: '© BELGA', creator: null, source: 'Belga', license: null },
    ])
    expect(fields('Der Hafen am Morgen.\nFoto: DDP\n')).toEqual([
      { text: 'Foto: DDP', creator: null, source: 'ddp', license: null },
    ])
  })

  it('leaves a rank in capitals or in Norwegian out of the name', () => {
    expect(fields('Divers at work in the bay.\nPhoto: CPL Jane Doe\n')).toEqual([
      { text: 'Photo: CPL Jane Doe', creator: 'Jane Doe', source: null, license: null },
    ])
    expect(fields('Divers at work in the bay.\nphoto: SGT John Roe\n')).toEqual([
      { text: 'photo: SGT John Roe', creator: 'John Roe', source: null, license: null },
    ])
    expect(fields('Dykkere i arbeid.\nFoto: Kaptein Jane Doe / EXO\n')).toEqual([
      { text: 'Foto: Kaptein Jane Doe / EXO', creator: 'Jane Doe', source: 'EXO', license: null },
    ])
  })

  it('reads a studio named "… Photography" and the Crown Copyright as sources', () => {
    expect(fields('Deminers at work.\nImage source, Jane Doe Photography\n')).toEqual([
      {
        text: 'Image source, Jane Doe Photography',
        creator: null,
        source: 'Jane Doe Photography',
        license: null,
      },
    ])
    expect(fields('A submarine in port.\nCredit: Crown Copyright\n')).toEqual([
      { text: 'Credit: Crown Copyright', creator: null, source: 'Crown Copyright', license: null },
    ])
  })

  it('drops any of these ranks before any plain name', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{3,8}$/)
    fc.assert(
      fc.property(fc.constantFrom('CPL', 'SGT', 'ABIS', 'Kaptein'), word, word, (rank, a, b) => {
        const got = fields(`Divers at work in the bay.\nPhoto: ${rank} ${a} ${b}\n`)
        expect(got.map((c) => c.creator)).toEqual([`${a} ${b}`])
      }),
    )
  })
})
