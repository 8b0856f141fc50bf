/**
 * A name joined to a word by "_" belongs to a file's or a field's name, as meeting pages list
 * their downloads ("CCM_MSP_2019_Report.pdf"): no citation. Example names of our own.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const cite = (text: string): Array<[string, string, number]> =>
  extract(text, { kinds: ['citations'] }).citations.map((c) => [c.text, c.treaty, c.start])

describe('a name joined to a word by an underscore', () => {
  it('gives no citation, at either end of the name', () => {
    expect(cite('Download CCM_MSP_2019_Final_Report.pdf (350 KB)')).toEqual([])
    expect(cite('Download CCM_MSP_2019_Final_Report (350 KB)')).toEqual([])
    expect(cite('the field final_CCW holds the date')).toEqual([])
    expect(cite('see Convention_on_Cluster_Munitions on the wiki')).toEqual([])
  })

  it('leaves the mentions beside it, and markdown emphasis, alone', () => {
    expect(cite('The CCM report is CCM_MSP_9_Report.docx.')).toEqual([['CCM', 'ccm', 4]])
    expect(cite('Read _the CCM_ first, then the _ATT_.')).toEqual([
      ['CCM', 'ccm', 10],
      ['ATT', 'att', 32],
    ])
    expect(cite('CCW_ and _CCW are no names but CCW is.')).toEqual([
      ['CCW', 'ccw', 0],
      ['CCW', 'ccw', 10],
      ['CCW', 'ccw', 31],
    ])
  })

  it('never cites an abbreviation with a word glued on by "_" (property)', () => {
    const abbreviation = fc.constantFrom('CCM', 'CCW', 'ATT', 'NPT', 'CTBT', 'APMBT', 'BWC')
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/)
    fc.assert(
      fc.property(abbreviation, word, fc.boolean(), (name, other, after) => {
        const joined = after ? `${name}_${other}` : `${other}_${name}`
        expect(cite(`The file ${joined}.pdf is here.`)).toEqual([])
      }),
    )
  })
})
