/**
 * The documents of the Conference of the States Parties to the UN Convention against Corruption and
 * its Implementation Review Group (CAC). Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.url}`)

describe('the CAC series', () => {
  it('links the conference and its review group', () => {
    expect(
      docs('The Group read CAC/COSP/IRG/2031/CRP.9 and CAC/COSP/2031/4/Add.1 in May.'),
    ).toEqual([
      'CAC/COSP/IRG/2031/CRP.9=https://docs.un.org/en/CAC/COSP/IRG/2031/CRP.9',
      'CAC/COSP/2031/4/Add.1=https://docs.un.org/en/CAC/COSP/2031/4/Add.1',
    ])
  })

  it('leaves the series alone without a number', () => {
    expect(docs('The CAC/COSP met in Vienna.')).toEqual([])
  })
})
