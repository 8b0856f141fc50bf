/**
 * Link file names whose words a page joined with "+" (a meeting page's list of documents): no
 * citation, state or list inside them, while the same words in prose are found.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract } from './index.js'
import { insideUrl } from './inside-url.js'

function kinds(text: string): string[] {
  const r = extract(text)
  return [
    ...r.citations.map((c) => `c:${text.slice(c.start, c.end)}`),
    ...r.states.map((s) => `s:${s.iso3}`),
    ...r.stateLists.map((l) => `l:${l.members.join(',')}`),
  ]
}

describe('file names joined with "+"', () => {
  it('finds nothing inside a "+"-joined file name with an extension or an escape', () => {
    expect(kinds('Draft+CCM+Agenda+for+the+Tenth+Meeting.pdf (98 kB)')).toEqual([])
    expect(kinds('Download: NPT+Review+2021+Summary+by+Norway.docx')).toEqual([])
    expect(kinds('ATT+Note+on+Peru%E2%80%99s+report+and+the+CTBT')).toEqual([])
    expect(kinds('Files:\nFrance+Germany+and+Italy+joint+paper.pdf\n')).toEqual([])
  })

  it('still reads the words in prose next to such a name', () => {
    expect(kinds('The CCM agenda: Draft+Agenda+2019.pdf. Norway spoke.')).toEqual([
      'c:CCM',
      's:NOR',
    ])
    expect(insideUrl('Article 6 + 7 of the ATT', 16)).toBe(false)
    expect(insideUrl('the ATT+its annex', 4)).toBe(false)
    expect(insideUrl('Sweden+Norway', 7)).toBe(false)
  })

  it('keeps the web addresses it found before', () => {
    expect(insideUrl('see https://example.org/CCM-note', 24)).toBe(true)
    expect(insideUrl('www.example.org/UK', 16)).toBe(true)
  })

  it('holds for any words and any of the file extensions', () => {
    const word = fc.constantFrom('CCM', 'ATT', 'Norway', 'Chile', 'Report', '2019', 'of', 'Article')
    const ext = fc.constantFrom('.pdf', '.docx', '.doc', '.xlsx', '.pptx')
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 8 }), ext, (words, e) => {
        const text = `Documents: ${words.join('+')}${e} (12 kB)`
        expect(kinds(text)).toEqual([])
      }),
    )
  })
})
