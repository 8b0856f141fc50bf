/**
 * Fresh pages of misc17: joint symbols, early resolutions with their session in roman numerals,
 * "resolution 1540 of 2004" and two-part symbols in dated lists. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const docs = (text: string): string[] =>
  extract(text, { kinds: ['documents'] }).documents.map((d) =>
    /\s/.test(d.text) && d.text.includes('/\n')
      ? `${JSON.stringify(d.text)}=${d.symbol}`
      : `${d.text}=${d.symbol}`,
  )

describe('a document issued under two symbols joined by a hyphen', () => {
  it('gives both symbols, each its own span', () => {
    expect(docs('The draft went forward (E/4140-E/CN.7/488, chap. XII).')).toEqual([
      'E/4140=E/4140',
      'E/CN.7/488=E/CN.7/488',
    ])
    expect(docs('Identical letters (A/52/371-S/1997/719) reached both organs.')).toEqual([
      'A/52/371=A/52/371',
      'S/1997/719=S/1997/719',
    ])
    expect(docs('Identical letters A/52/371–S/1997/719 reached both organs.')).toEqual([
      'A/52/371=A/52/371',
      'S/1997/719=S/1997/719',
    ])
  })

  it('splits nothing else at a hyphen', () => {
    expect(docs('The Group read CCW/GGE/2008-V/WP.1 twice.')).toEqual([
      'CCW/GGE/2008-V/WP.1=CCW/GGE/2008-V/WP.1',
    ])
    expect(docs('A joint release, SG/SM/21000-DC/3851, came out.')).toEqual([
      'SG/SM/21000-DC/3851=SG/SM/21000-DC/3851',
    ])
    expect(docs('The part CCW/MSP/2019/9-Annex III was read.')).toEqual([
      'CCW/MSP/2019/9=CCW/MSP/2019/9',
    ])
  })
})

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

describe('a Council resolution written with "of" and its year', () => {
  it('is the resolution in a text that names the Security Council', () => {
    expect(
      docs('The Security Council recalled resolution 1540 of 2004 and resolution 242 of 1967.'),
    ).toEqual(['1540 of 2004=S/RES/1540 (2004)', '242 of 1967=S/RES/242 (1967)'])
  })

  it("is none where the number is too high for the year: the Assembly's or ECOSOC's", () => {
    expect(
      docs(
        'The Security Council met. Assembly resolution 2625 of 1970 and resolution 1503 of 1970.',
      ),
    ).toEqual([])
    expect(docs('The Security Council adopted resolution 678 of 1990.')).toEqual([
      '678 of 1990=S/RES/678 (1990)',
    ])
  })

  it('is none elsewhere, nor with a full date', () => {
    expect(docs('The ministry issued resolution 1540 of 2004 on tariffs.')).toEqual([])
    expect(docs('The Security Council met. Its resolution 12 of 20045 is no year.')).toEqual([])
    expect(docs('The General Assembly recalled its resolution 63/71 of 2 December 2008.')).toEqual([
      '63/71=A/RES/63/71',
    ])
  })
})

describe('a two-part symbol after a date, as a list of documents prints it', () => {
  it('is a document', () => {
    expect(docs('28 May 1993 S/25859 This was the statement on peacekeeping.')).toEqual([
      'S/25859=S/25859',
    ])
  })

  it('is none with a number too short for the series or without a full date', () => {
    expect(docs('28 May 1993 S/25 This was the statement.')).toEqual([])
    expect(docs('In 1993 S/25859 was discussed.')).toEqual([])
    expect(docs('The ratio was 28 to 1993 S/25859 here.')).toEqual([])
  })
})

describe('a symbol a page wrapped after a slash', () => {
  it('is one document, the span holding the break', () => {
    expect(
      docs('Papers (NPT/CONF.2010/PC.II/\n\nWP.20 and NPT/CONF.2010/PC.III/WP.20) came.'),
    ).toEqual([
      '"NPT/CONF.2010/PC.II/\\n\\nWP.20"=NPT/CONF.2010/PC.II/WP.20',
      'NPT/CONF.2010/PC.III/WP.20=NPT/CONF.2010/PC.III/WP.20',
    ])
    expect(docs('The draft A/C.1/63/L.1/\nRev.1 was read.')).toEqual([
      '"A/C.1/63/L.1/\\nRev.1"=A/C.1/63/L.1/Rev.1',
    ])
  })

  it('joins no word and no bare number on the next line', () => {
    expect(docs('See A/63/\nThe report was late.')).toEqual([])
    expect(docs('See CCW/MSP/2019/\n9 later.')).toEqual([])
    expect(docs('The draft A/C.1/63/L.1/ Rev.1 was read.')).toEqual([])
  })
})
