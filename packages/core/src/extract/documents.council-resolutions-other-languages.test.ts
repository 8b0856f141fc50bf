/**
 * Security Council resolutions cited in other languages: the Chinese "第2375(2017)号决议" and its
 * lists joined by "、", the German "Resolutionen … und …", the French "résolution", the Dutch
 * "resolutie", the Polish "rezolucji nr", and "UNSC resolution 1540 of 2004". Example sentences
 * of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.symbol}@${d.start}`)

describe('a Council resolution in a Chinese text', () => {
  it('is the number and year glued between "第" and "号决议"', () => {
    expect(docs('第2375(2017)号决议\n安全理事会通过')).toEqual(['2375(2017)=S/RES/2375 (2017)@1'])
  })

  it('is each member of a list joined by "、" and "和", brackets half- or full-width', () => {
    expect(docs('回顾第825(1993)、1695(2006)和 2371(2017)号决议。')).toEqual([
      '825(1993)=S/RES/825 (1993)@3',
      '1695(2006)=S/RES/1695 (2006)@13',
      '2371(2017)=S/RES/2371 (2017)@25',
    ])
    expect(docs('违反第 1718（2006）、1874（2009）号决议。')).toEqual([
      '1718（2006）=S/RES/1718 (2006)@4',
      '1874（2009）=S/RES/1874 (2009)@15',
    ])
  })

  it('is none without "号决议" after the list, nor with a year out of range', () => {
    expect(docs('第2375(2017)次会议')).toEqual([])
    expect(docs('第1718(2006)、1874(2009)段')).toEqual([])
    expect(docs('第2375(1817)号决议')).toEqual([])
  })

  it('finds every member of any such list', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 1, max: 2800 }), fc.integer({ min: 1946, max: 2029 })),
          { minLength: 1, maxLength: 12 },
        ),
        fc.constantFrom('、', '和', '、 '),
        (members, joint) => {
          const list = members.map(([n, y]) => `${n}(${y})`)
          const text = `安理会回顾第${list.join(joint)}号决议。`
          expect(docs(text).map((d) => d.split('=')[0])).toEqual(list)
        },
      ),
    )
  })
})

describe('a Council resolution cited with a word of another European language', () => {
  it('is read after "Resolutionen" and a list member after "und"', () => {
    expect(docs('Sicherheitsrat Resolutionen 1673 (2006) und 1810 (2008) verlängert.')).toEqual([
      '1673 (2006)=S/RES/1673 (2006)@28',
      '1810 (2008)=S/RES/1810 (2008)@44',
    ])
  })

  it('is read after "résolution", "resolutie" and "rezolucji nr"', () => {
    expect(
      docs('Le Conseil, dans sa résolution 1540 (2004) et sa résolution 1977 (2011).'),
    ).toEqual(['1540 (2004)=S/RES/1540 (2004)@31', '1977 (2011)=S/RES/1977 (2011)@60'])
    expect(docs('De Raad heeft in resolutie 1540 (2004) beklemtoond.')).toEqual([
      '1540 (2004)=S/RES/1540 (2004)@27',
    ])
    expect(docs('Po przyjęciu rezolucji nr 2375(2017) i 2321(2016) Jane Doe.')).toEqual([
      '2375(2017)=S/RES/2375 (2017)@26',
      '2321(2016)=S/RES/2321 (2016)@39',
    ])
  })

  it('is none for a number with a year in brackets without a cue', () => {
    expect(docs('Die Zahlen 1673 (2006) und 1810 (2008) sind Jahre.')).toEqual([])
    expect(docs('La solution 1540 (2004) et 1977 (2011).')).toEqual([])
  })
})

describe('"resolution 1540 of 2004" in a text that names the Council as "UNSC"', () => {
  it('is the Council resolution', () => {
    expect(docs('Example Trust reports under the UNSC resolution 1540 of 2004.')).toEqual([
      '1540 of 2004=S/RES/1540 (2004)@48',
    ])
    expect(docs('Example Trust reports under resolution 1540 of 2004.')).toEqual([])
  })
})
