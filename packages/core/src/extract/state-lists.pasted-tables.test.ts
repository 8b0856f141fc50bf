/** A table pasted as text: empty cells between bars keep a list whole. */
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'

const lists = (text: string) =>
  extract(text).stateLists.map((l) => ({ text: l.text, members: l.members }))

describe('a table pasted as text', () => {
  it('empty cells between bars keep the list whole', () => {
    const text = 'Parties | |\nChile | Fiji | Ghana |\nKenya | | |\nMali | Nepal | |\n'
    expect(lists(text).map((l) => l.members)).toEqual([['CHL', 'FJI', 'GHA', 'KEN', 'MLI', 'NPL']])
  })
})
