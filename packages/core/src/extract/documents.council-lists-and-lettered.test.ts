/**
 * A list of Council resolutions after "resolutions, in particular" (or "including", "notably"),
 * and an Assembly resolution of a lettered series after the words "General Assembly" ("46/36 L"),
 * which is no one document. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.symbol}`)

describe('a list after "resolutions, in particular"', () => {
  it('gives each resolution with its year', () => {
    expect(
      docs(
        'The Council recalled its resolutions, in particular 1540 (2004), 1977 (2011) and 2325 (2016).',
      ),
    ).toEqual([
      '1540 (2004)=S/RES/1540 (2004)',
      '1977 (2011)=S/RES/1977 (2011)',
      '2325 (2016)=S/RES/2325 (2016)',
    ])
    expect(docs('Security Council resolutions, including 2118 (2013), apply.')).toEqual([
      '2118 (2013)=S/RES/2118 (2013)',
    ])
  })

  it('needs the year in brackets', () => {
    expect(docs('Its resolutions, in particular 1540, apply.')).toEqual([])
  })
})

describe('a lettered Assembly resolution after "General Assembly"', () => {
  it('is none, while an unlettered one is read', () => {
    expect(docs('General Assembly resolution 46/36 L of 9 December 1991 set it up.')).toEqual([])
    expect(docs('General Assembly resolution 46/36 of 9 December 1991.')).toEqual([
      '46/36=A/RES/46/36',
    ])
  })
})
