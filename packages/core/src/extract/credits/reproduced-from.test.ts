/**
 * Portuguese "Reprodução" (reproduced from): no one's name. On a line under a caption
 * ("Reprodução/TV Example") the rest is the source; alone after a label ("Foto: Reprodução") it
 * names nothing, so there is no credit; before the platform with a space ("Imagem: Reprodução
 * Wikipédia") the platform is the source. Every sentence is written for these tests; the names are
 * invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

const caption = 'O presidente do clube fala aos jornalistas depois da final no estádio.'

describe('"Reprodução" before the source', () => {
  it('is no creator on a line under a caption', () => {
    expect(exact(`${caption}\nReprodução/TV Example\nMais texto.`)).toEqual([
      {
        start: 71,
        end: 92,
        text: 'Reprodução/TV Example',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'TV Example',
        license: null,
      },
    ])
  })

  it.each([
    ['Os clubes na final. (Foto: Reprodução/Instagram)', 'Foto: Reprodução/Instagram', 'Instagram'],
    [
      'Os clubes na final.\nImagem: Reprodução / YouTube',
      'Imagem: Reprodução / YouTube',
      'YouTube',
    ],
  ])('%j', (text, credit, source) => {
    expect(fields(text)).toEqual([{ text: credit, creator: null, source, license: null }])
  })

  it('before the platform with a space: the platform is the source, the span as written', () => {
    expect(exact('Os clubes na final. (Imagem: Reprodução Wikipédia)\nMais texto.')).toEqual([
      {
        start: 21,
        end: 49,
        text: 'Imagem: Reprodução Wikipédia',
        kind: 'image',
        title: null,
        creator: null,
        source: 'Wikipédia',
        license: null,
      },
    ])
    expect(fields('Os clubes na final.\nFoto: Divulgação Example Trust\nMais texto.')).toEqual([
      {
        text: 'Foto: Divulgação Example Trust',
        creator: null,
        source: 'Example Trust',
        license: null,
      },
    ])
  })

  it('alone names no one: no credit', () => {
    expect(fields('Os clubes na final.\nFoto: Reprodução\nMais texto.')).toEqual([])
    expect(fields('Os clubes na final.\nFoto: Reproducao\n')).toEqual([])
  })

  it('property: any platform or channel after it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Instagram', 'TV Example', 'Example News', 'YouTube'),
        fc.constantFrom('', 'Foto: '),
        (source, label) => {
          const text = `${caption}\n${label}Reprodução/${source}\nMais texto.`
          sane(text)
          expect(fields(text)).toEqual([
            { text: `${label}Reprodução/${source}`, creator: null, source, license: null },
          ])
        },
      ),
    )
  })
})
