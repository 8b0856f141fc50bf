/**
 * How reports print runs of documents (issue 8, measured on real pages in December 2026): a
 * range of meeting records ("PV.2-12"), the Assembly's resolutions listed in brackets after a
 * lettered one, and a revision's number after a space or a page's break. Example sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) => `${d.text}=${d.symbol}`)

describe('a range of numbered records is its first record', () => {
  it.each([
    ['Summary records A/C.1/79/PV.3-15 and 18 were issued.', 'A/C.1/79/PV.3=A/C.1/79/PV.3'],
    ['Meetings S/PV.9100–9102 dealt with it.', 'S/PV.9100=S/PV.9100'],
    ['Drafts A/C.1/79/L.2-L.40 were tabled.', 'A/C.1/79/L.2=A/C.1/79/L.2'],
  ])('%s', (text, expected) => {
    expect(docs(text)).toEqual([expected])
  })

  it('a joint symbol keeps both parts, and a year range in a series stays', () => {
    expect(docs('Identical letters (A/79/100-S/2024/500) were sent.')).toEqual([
      'A/79/100=A/79/100',
      'S/2024/500=S/2024/500',
    ])
    expect(docs('The paper CCW/GGE/2008-V/WP.1 was tabled.')).toEqual([
      'CCW/GGE/2008-V/WP.1=CCW/GGE/2008-V/WP.1',
    ])
  })
})

describe("the Assembly's resolutions listed in brackets", () => {
  it('reads the list after a lettered resolution, not the lettered one', () => {
    expect(
      docs(
        'The General Assembly took up the item at several sessions (resolutions 46/31 A and B, 47/12, 48/20 and 49/5).',
      ),
    ).toEqual(['47/12=A/RES/47/12', '48/20=A/RES/48/20', '49/5=A/RES/49/5'])
  })

  it('reads a list that runs over a blank line', () => {
    expect(
      docs('The General Assembly kept the item (resolutions 61/10, 62/11,\n\n63/12 and 64/13).'),
    ).toEqual(['61/10=A/RES/61/10', '62/11=A/RES/62/11', '63/12=A/RES/63/12', '64/13=A/RES/64/13'])
  })

  it("leaves another body's resolutions alone", () => {
    expect(docs('The Human Rights Council acted (resolutions 7/12 and 8/3).')).toEqual([])
    expect(docs('The committee adopted three texts (resolutions 12/4, 12/5).')).toEqual([])
  })
})

describe("a revision's number after a space or a page's break", () => {
  it.each([
    [
      'See CCW/GGE.1/2023/CRP.1/Rev. 2 for the text.',
      'CCW/GGE.1/2023/CRP.1/Rev. 2=CCW/GGE.1/2023/CRP.1/Rev.2',
    ],
    ['Issued as A/79/5/Add. 1.', 'A/79/5/Add. 1=A/79/5/Add.1'],
    [
      'Page 1\n\nCCW/MSP/2023/CRP.2/Rev.\n\n1\nMeeting of the Parties',
      'CCW/MSP/2023/CRP.2/Rev.\n\n1=CCW/MSP/2023/CRP.2/Rev.1',
    ],
  ])('%j', (text, expected) => {
    expect(docs(text)).toEqual([expected])
  })

  it("does not take a paragraph's number after a break, or a measure", () => {
    expect(docs('as set out in document A/79/5/Add.\n\n3. The Committee then')).not.toContain(
      'A/79/5/Add.\n\n3=A/79/5/Add.3',
    )
    expect(docs('see document S/2024/1/Add. 12.5 km away').join()).not.toMatch(/Add\.12/)
  })
})
