/**
 * Where a labelled credit may start and end on real pages (from the twelfth and thirteenth
 * real-page sets' misses): "Photo:" without a space before a capital, also glued to a field's
 * colon ("Caption:Photo:Jane Doe/Example"); "Foto: " glued to a sentence's full stop; "Image: "
 * glued to a caption's last word; "Foto: " after a comma and after a bracket; a caption's
 * horizontal bar ("―") before the credit; ", graphics: " starting the next credit of a line; an
 * agency's name in capitals after "Photo Credit:", then the next sentence; a name and a place of
 * work after "by" ("Image by Jane Doe/Example Beat"); "Quelle:" before a name and an agency glued
 * to the caption; "photo ©" in lower case after a spaced hyphen. Every sentence is written for
 * these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest'
import { exact } from './test-helpers.js'

describe('where labelled credits start and end', () => {
  it('"Photo:" without a space, alone or glued to a field\'s colon', () => {
    const text =
      'A deminer at work.\nPublished:Caption:Photo:Jane Doe/Example\n\nPhoto:John Roe/Example\n'
    expect(exact(text)).toEqual([
      {
        start: 37,
        end: 59,
        text: 'Photo:Jane Doe/Example',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example',
        license: null,
      },
      {
        start: 61,
        end: 83,
        text: 'Photo:John Roe/Example',
        kind: 'photo',
        title: null,
        creator: 'John Roe',
        source: 'Example',
        license: null,
      },
    ])
  })

  it('"Foto: " glued to a full stop; "Image: " glued to a caption\'s last word', () => {
    const text =
      'Pyrotechnik na místě. Ilustrační snímek.Foto: Example/Jane Doe\n\nThe amber washed up on the beachImage: DW/J.Roe\n'
    expect(exact(text)).toEqual([
      {
        start: 40,
        end: 62,
        text: 'Foto: Example/Jane Doe',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Example',
        license: null,
      },
      {
        start: 96,
        end: 111,
        text: 'Image: DW/J.Roe',
        kind: 'image',
        title: null,
        creator: 'J.Roe',
        source: 'DW',
        license: null,
      },
    ])
  })

  it('"Foto: " after a comma and after a bracket', () => {
    const text =
      'Pronađena bomba, Foto: MUP\n\nEine Fabrik wird gebaut. (Symbolbild) Foto: Jane Doe/dpa\n'
    expect(exact(text)).toEqual([
      {
        start: 17,
        end: 26,
        text: 'Foto: MUP',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'MUP',
        license: null,
      },
      {
        start: 66,
        end: 84,
        text: 'Foto: Jane Doe/dpa',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'dpa',
        license: null,
      },
    ])
  })

  it('a horizontal bar before the credit', () => {
    const text = 'A minister speaks in the capital on 15 July 2020. ― Picture by Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 52,
        end: 71,
        text: 'Picture by Jane Doe',
        kind: 'picture',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('", graphics: " starts the next credit of the line', () => {
    const text = 'A map of the cleared land.\nPhoto: Example Trust, graphics: Jane Doe\n'
    expect(exact(text)).toEqual([
      {
        start: 27,
        end: 47,
        text: 'Photo: Example Trust',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'Example Trust',
        license: null,
      },
      {
        start: 49,
        end: 67,
        text: 'graphics: Jane Doe',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: null,
        license: null,
      },
    ])
  })

  it('an agency after "Photo Credit:", then the next sentence', () => {
    const text =
      'Police prepare to defuse a bomb. | Photo Credit: AFP Thousands of people were evacuated.\n'
    expect(exact(text)).toEqual([
      {
        start: 35,
        end: 52,
        text: 'Photo Credit: AFP',
        kind: 'photo',
        title: null,
        creator: null,
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('a name and where she works after "by"', () => {
    const text =
      'Children walk in the capital. Image by Jane Doe/Example Beat. Example Islands, 2022.\n'
    expect(exact(text)).toEqual([
      {
        start: 30,
        end: 60,
        text: 'Image by Jane Doe/Example Beat',
        kind: 'image',
        title: null,
        creator: 'Jane Doe',
        source: 'Example Beat',
        license: null,
      },
    ])
  })

  it('"Quelle:" before a name and an agency, the caption glued after it', () => {
    const text = 'Bilder des Tages\nQuelle: Jane Doe/dpaDie Polizei sperrt eine Straße ab.\n'
    expect(exact(text)).toEqual([
      {
        start: 17,
        end: 37,
        text: 'Quelle: Jane Doe/dpa',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'dpa',
        license: null,
      },
    ])
  })

  it('"photo ©" in lower case after a caption\'s spaced hyphen', () => {
    const text =
      'Jane works in the jungle, digging up a bomb - photo © Example Ground\n\nThe range is wide - photo by the author\n'
    expect(exact(text)).toEqual([
      {
        start: 46,
        end: 68,
        text: 'photo © Example Ground',
        kind: 'photo',
        title: null,
        creator: 'Example Ground',
        source: null,
        license: null,
      },
    ])
  })
})
