/**
 * Kyodo's bracket closing a Japanese caption, "(共同)" or "（AP＝共同）" (a wire's picture sent by
 * Kyodo), and a Korean caption's "(사진=AFP)" naming a wire in Latin letters. After a story's
 * last "。" the bracket credits the text, not a picture. Every sentence is written for these
 * tests.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe("Kyodo's and a Korean wire's brackets", () => {
  it('credits "(共同)" closing a caption, as written', () => {
    const text = '会場で開かれた会議の様子=3日、東京(共同)\n本文が続く。'
    expect(exact(text)).toEqual([
      {
        start: 19,
        end: 21,
        text: '共同',
        kind: 'credit',
        title: null,
        creator: null,
        source: '共同',
        license: null,
      },
    ])
  })

  it('keeps the wire before Kyodo in the source, before a dateline', () => {
    expect(fields('握手を交わす両首脳=3日、東京（AP＝共同）【東京共同】本文')).toEqual([
      { text: 'AP＝共同', creator: null, source: 'AP＝共同', license: null },
    ])
  })

  it('reads a Korean "(사진=AFP)" as a labelled wire', () => {
    const text = '대통령이 연설을 하고 있다.(사진=AFP)'
    expect(extractKind(text)).toEqual([['사진=AFP', 'photo', 'AFP']])
  })

  it("finds nothing after a story's last sentence or for a Korean name", () => {
    expect(fields('会議は3日に閉幕したと述べた。(共同)')).toEqual([])
    expect(fields('대통령 (사진=홍길동)')).toEqual([])
  })

  it('property: Kyodo or a wire and Kyodo, in either bracket, after any caption', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('共同', 'AP＝共同', 'AFP＝共同', 'EPA=共同'),
        fc.constantFrom(['(', ')'], ['（', '）']),
        fc.constantFrom('会場で開かれた会議の様子=3日、東京', '握手を交わす両首脳'),
        (name, [open, close], caption) => {
          const text = `${caption}${open}${name}${close}\n本文。`
          sane(text)
          expect(fields(text)).toEqual([{ text: name, creator: null, source: name, license: null }])
        },
      ),
    )
  })
})

function extractKind(text: string) {
  return exact(text).map((c) => [c.text, c.kind, c.source])
}
