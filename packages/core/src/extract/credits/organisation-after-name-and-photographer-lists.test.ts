/**
 * Credit forms the tenth real-page set still missed: an organisation after a full stop closing a
 * labelled credit's line ("Fotógrafo: Jane Doe. Example Trust."), a known agency before a name in
 * mixed case after "©" ("© AFP Jane Doe"), a picture platform after a dated caption's comma
 * ("…, 1949, Wikimedia Commons"), "KCNA/via Reuters" kept as written, a "Photographers:" list, and
 * labels in more languages (French "Crédit photo :", Spanish and Portuguese "Crédito:", Dutch
 * "Beeld:"). Every sentence is written for these tests; the names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, person as personOf, sane } from './test-helpers.js'

const person = personOf(['Jane', 'John', 'Marta', 'Ana'], ['Doe', 'Roe', 'Poe', 'Silva'])

describe('an organisation after a full stop closing a labelled credit', () => {
  it('"Fotógrafo: Jane Doe. Humanity & Inclusion." credits both', () => {
    const text =
      'En la foto: una base de desminado.\nFotógrafo: Jane Doe. Humanity & Inclusion.\n\nOtro texto.'
    expect(exact(text)).toEqual([
      {
        start: 35,
        end: 76,
        text: 'Fotógrafo: Jane Doe. Humanity & Inclusion',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Humanity & Inclusion',
        license: null,
      },
    ])
  })

  it.each([
    // Not an organisation: only the name is the credit.
    ['Fotógrafo: Jane Doe. Example Org', 'Fotógrafo: Jane Doe', 'Jane Doe', null],
    // A sentence after the name is no part of it.
    [
      'Fotógrafo: Jane Doe. The team then cleared the field.',
      'Fotógrafo: Jane Doe',
      'Jane Doe',
      null,
    ],
    [
      'Photo: Jane Doe. Example Trust\nNext.',
      'Photo: Jane Doe. Example Trust',
      'Jane Doe',
      'Example Trust',
    ],
  ])('%j', (text, credit, creator, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator, source, license: null }])
  })

  it('property: a label, a name, a full stop and an organisation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Fotógrafo: ', 'Photo: ', 'Foto: '),
        person,
        fc.constantFrom('Example Trust', 'Example Foundation', 'Reuters'),
        fc.constantFrom('', '.'),
        (label, who, org, stop) => {
          const text = `Deminers at work near the river.\n${label}${who}. ${org}${stop}\nNext.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label}${who}. ${org}`, creator: who, source: org, license: null },
          ])
        },
      ),
    )
  })
})

describe('a known agency, then a name in mixed case, after "©"', () => {
  it('"© AFP Jane Doe"', () => {
    expect(exact('Deminers at work near the river.\n© AFP Jane Doe\nNext.')).toEqual([
      {
        start: 33,
        end: 47,
        text: '© AFP Jane Doe',
        kind: 'credit',
        title: null,
        creator: 'Jane Doe',
        source: 'AFP',
        license: null,
      },
    ])
  })

  it('an organisation after the agency names no one', () => {
    expect(fields('Deminers at work.\n© AFP Getty Images\nNext.')).toEqual([
      { text: '© AFP Getty Images', creator: null, source: 'AFP Getty Images', license: null },
    ])
  })
})

describe('a picture platform after a dated caption’s comma', () => {
  it('"…, 1949, WikiMedia Commons" closing its line', () => {
    const text = 'First Example Test, Site 4, 1949, WikiMedia Commons\n\nThe five states met.'
    expect(exact(text)).toEqual([
      {
        start: 34,
        end: 51,
        text: 'WikiMedia Commons',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Wikimedia Commons',
        license: null,
      },
    ])
  })

  it('"wikimedia commons" in lower case, a Flickr line ended by CR LF, and the last of two on a text', () => {
    const text =
      'The old pier at dusk, 1952, wikimedia commons\r\nA ferry in the fog, 1961, Flickr\r\n\r\nNext.'
    expect(exact(text).map((c) => [c.start, c.text, c.source])).toEqual([
      [28, 'wikimedia commons', 'Wikimedia Commons'],
      [73, 'Flickr', 'Flickr'],
    ])
    // The same lines in a second text (the walk over a text's lines is kept for its next pass).
    expect(exact(`Intro.\n${text}`).map((c) => c.start)).toEqual([35, 80])
  })

  it('without a year on the line, or with words after it, no credit', () => {
    expect(fields('We shared the pictures on Flickr, Wikimedia Commons\nNext.')).toEqual([])
    expect(fields('The archive, 1949, Wikimedia Commons and others.\nNext.')).toEqual([])
  })
})

describe('"KCNA/via Reuters" and a list of photographers, as written', () => {
  it('the slash before "via" stays in the source', () => {
    expect(fields('The test site seen from above.\nKCNA/via REUTERS\nNext.')).toEqual([
      { text: 'KCNA/via REUTERS', creator: null, source: 'KCNA/via Reuters', license: null },
    ])
  })

  it('"Photographers:" before three names or more, an acronym among them', () => {
    const text =
      'The exhibition opens.\nPhotographers: Jane Doe, John Roe, XYZ, and Ana Silva\nNext.'
    expect(exact(text)).toEqual([
      {
        start: 22,
        end: 75,
        text: 'Photographers: Jane Doe, John Roe, XYZ, and Ana Silva',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe, John Roe, XYZ, and Ana Silva',
        source: null,
        license: null,
      },
    ])
    expect(fields('Photographers: the best in the region, and many more\nNext.')).toEqual([])
  })
})

describe('labels in more languages', () => {
  it.each([
    ['Crédit photo : Jane Doe', 'photo', 'Jane Doe', null],
    ['Crédits photo : Jane Doe/AFP', 'photo', 'Jane Doe', 'AFP'],
    ['Crédito: Jane Doe', 'credit', 'Jane Doe', null],
    ['Créditos: Jane Doe/Reuters', 'credit', 'Jane Doe', 'Reuters'],
    ['Beeld: ANP', 'image', null, 'ANP'],
    ['Beeld: Jane Doe', 'image', 'Jane Doe', null],
  ])('%j', (line, kind, creator, source) => {
    const text = `Deminers at work near the river.\n${line}\nNext.`
    expect(exact(text)).toEqual([
      {
        start: 33,
        end: 33 + line.length,
        text: line,
        kind,
        title: null,
        creator,
        source,
        license: null,
      },
    ])
  })
})
