/**
 * An early resolution with its session in roman numerals ("1848(LVI)") keeps the session in its
 * symbol. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('an early resolution with its session in roman numerals', () => {
  it('keeps the session in the symbol and the span', () => {
    expect(docs('The Council adopted E/RES/1848(LVI) and recalled A/RES/2028(XX).')).toEqual([
      'E/RES/1848(LVI)=E/RES/1848(LVI)',
      'A/RES/2028(XX)=A/RES/2028(XX)',
    ])
    expect(docs('Annex I: E/RES/1974/1848(LVI) Periodicity of sessions')).toEqual([
      'E/RES/1974/1848(LVI)=E/RES/1974/1848(LVI)',
    ])
  })

  it('takes no other bracket', () => {
    expect(docs('The text of E/RES/1848 (see below) was read.')).toEqual(['E/RES/1848=E/RES/1848'])
    expect(docs('The report A/63/1 (LVI) was read.')).toEqual(['A/63/1=A/63/1'])
  })
})
