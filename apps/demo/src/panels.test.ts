import { extract } from '@treatymark/core'
import { describe, expect, it } from 'vitest'
import { digestPanels } from './panels.js'

describe('digestPanels', () => {
  const text =
    'Under Article 5(1) of the APMBT, Austria, Chile, Ghana and Japan reported; Article 99 of the CCM was cited by mistake. See A/RES/76/74.'
  const digest = digestPanels(extract(text))

  it('names instruments and states, with pinpoints and headings', () => {
    expect(digest.instruments.map((i) => i.name)).toEqual([
      expect.stringMatching(/Mine Ban|Anti-Personnel/),
      expect.stringMatching(/Cluster Munitions/),
    ])
    const ccm = digest.instruments[1]!
    expect(ccm.pinpoints).toEqual([
      { label: expect.stringMatching(/99/), heading: null, checked: true },
    ])
    expect(digest.stateLists.rows).toEqual([
      { count: 4, names: '🇦🇹 Austria, 🇨🇱 Chile, 🇬🇭 Ghana, 🇯🇵 Japan', unresolved: [] },
    ])
    const counts = Object.fromEntries(digest.groups.groups.map((g) => [g.id, g.states.length]))
    expect(counts).toMatchObject({ weog: 1, african: 1, 'asia-pacific': 1 })
  })

  it('marks invalid citations and keeps the source spans of the rows shown', () => {
    expect(digest.citations.rows.map((r) => r.invalid)).toEqual([false, true])
    const [start, end] = digest.spans.citations
    expect(text.slice(start, end)).toBe('Article 5(1) of the APMBT')
    const [docStart, docEnd] = digest.spans.documents
    expect(text.slice(docStart, docEnd)).toBe('A/RES/76/74')
    expect(digest.documents.rows[0]!.url).toMatch(/^https:\/\//)
  })

  it('is plain data (it is posted from the worker)', () => {
    expect(structuredClone(digest)).toEqual(digest)
  })
})
