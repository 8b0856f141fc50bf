/**
 * Lists with one state a line behind a bullet, a dash or a number. Example sentences of our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string): [string, readonly string[]][] =>
  extract(text, { kinds: ['stateLists'] }).stateLists.map((l) => [l.text, l.members])

describe('a list with one state a line', () => {
  it('reads dashes, bullets and numbers before each name', () => {
    expect(lists('Voted against\n- Chile\n- North Korea\n- Oman\nAbstaining\n- Ghana')).toEqual([
      ['Chile\n- North Korea\n- Oman', ['CHL', 'PRK', 'OMN']],
    ])
    expect(lists('Sponsors:\n• Peru\n• Côte d’Ivoire\n• Nepal\n')).toEqual([
      ['Peru\n• Côte d’Ivoire\n• Nepal', ['PER', 'CIV', 'NPL']],
    ])
    expect(lists('Signed in this order\n1. Fiji\n2. Togo\n3) Mali')).toEqual([
      ['Fiji\n2. Togo\n3) Mali', ['FJI', 'TGO', 'MLI']],
    ])
  })

  it('needs each line to be the name alone, behind its mark', () => {
    expect(lists('- Chile\n- Peru signed\n- Oman')).toEqual([])
    expect(lists('Chile\n- Peru\n- Oman voted')).toEqual([])
    expect(lists('Chile\nPeru\nOman')).toEqual([])
  })
})
