/**
 * The START treaties' short forms as pages print them: "START-1" (START I numbered as Russian
 * sources do in English), "新START" (New START in Japanese and Chinese, "new" glued before the
 * abbreviation), and "(START)" after a treaty's name the registry does not hold. A bare "START"
 * that no text defines stays no citation: it is also the English word in capitals. Example
 * sentences of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('"START-1"', () => {
  it('is START I, after its title and after a name the registry does not hold', () => {
    expect(
      cite('Jane Doe wrote on the Strategic Arms Reduction Treaty (START-1) of 1991.'),
    ).toEqual([
      ['Strategic Arms Reduction Treaty', 'start-1', 22],
      ['START-1', 'start-1', 55],
    ])
    expect(cite('signed the Strategic Offensive Arms Reduction Treaty (START-1).')).toEqual([
      ['START-1', 'start-1', 54],
    ])
    expect(cite('the START–1 talks')).toEqual([['START–1', 'start-1', 4]])
  })

  it('keeps "START I" and "START II"', () => {
    expect(cite('START I and START II')).toEqual([
      ['START I', 'start-1', 0],
      ['START II', 'start-2', 12],
    ])
  })
})

describe("an abbreviation's Arabic numeral after a space or a line break", () => {
  it('is not part of it (a count, a list number)', () => {
    expect(cite('## START\n1. Install it')).toEqual([])
    expect(cite('Press START 1 time')).toEqual([])
  })

  it('while a Roman numeral, also wrapped, is', () => {
    expect(cite('Art. 36 AP\nI applies')).toEqual([['Art. 36 AP\nI', 'ap-1', 0]])
  })
})

describe('"新START"', () => {
  it('is New START, the span the abbreviation alone', () => {
    expect(cite('新戦略兵器削減条約（新START）が5日に失効する。')).toEqual([
      ['START', 'new-start', 11],
    ])
    expect(cite('新START調印後の記者会見')).toEqual([['START', 'new-start', 1]])
    expect(cite('美俄新START条约到期')).toEqual([['START', 'new-start', 3]])
  })

  it('property: glued after 新, between other such letters, it is found once, at its place', () => {
    const before = fc.constantFrom('', '（', '、', '米ロの', '条約（')
    const after = fc.constantFrom('）', 'が', '調印後', '条约', '의')
    fc.assert(
      fc.property(before, after, (head, tail) => {
        expect(cite(`${head}新START${tail}`)).toEqual([['START', 'new-start', head.length + 1]])
      }),
    )
  })
})

describe('"(START)" after a treaty\'s name', () => {
  it('after a name the registry does not hold, defines START as the registry\'s "START Treaty"', () => {
    expect(
      cite(
        'Russia leaves the Strategic Offensive Arms Treaty (START). John Roe said the START was dead.',
      ),
    ).toEqual([
      ['START', 'start-1', 51],
      ['START', 'start-1', 77],
    ])
  })

  it("after New START's name, defines nothing (the name decides)", () => {
    expect(cite('Under the new Strategic Arms Reduction Treaty (START), warheads fall.')).toEqual([
      ['new Strategic Arms Reduction Treaty', 'new-start', 10],
    ])
  })

  it("after START I's title, stays as before", () => {
    expect(cite('the Strategic Arms Reduction Treaty (START) and the START')).toEqual([
      ['Strategic Arms Reduction Treaty', 'start-1', 4],
      ['START', 'start-1', 37],
      ['START', 'start-1', 52],
    ])
  })

  it('defines no abbreviation that no short title holds', () => {
    expect(cite('the Example Treaty (ABC) and the ABC')).toEqual([])
  })
})

describe('a bare "START" no text defines', () => {
  it('is no citation', () => {
    expect(cite('Russia suspends ‘START’ arms inspections')).toEqual([])
    expect(cite('<!-- START doctoc generated TOC please keep comment here -->')).toEqual([])
    expect(cite('PRESS START TO PLAY')).toEqual([])
    expect(cite('a new START (11 images)')).toEqual([])
  })

  it('property: in capitals, between words and marks, it cites nothing', () => {
    const word = fc.constantFrom('press', 'the', 'QUICK', 'new', '‘', '<!--', 'Jane Doe', '##', '(')
    const next = fc.constantFrom('here', 'TOKEN', '’', '-->', ')', 'arms', '1st', '\n\nText')
    fc.assert(
      fc.property(word, next, (head, tail) => {
        expect(cite(`${head} START ${tail}`)).toEqual([])
      }),
    )
  })
})
