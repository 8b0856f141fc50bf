import { describe, expect, test } from 'vitest'
import {
  captionWithCredit,
  checkArticle,
  citationBlockHtml,
  creditHtml,
  groupSummaryText,
  isSafeUrl,
  splitStateNames,
  stateListMembers,
} from '../src/lib/markup'
import { instrumentOptions, stateSuggestions } from '../src/lib/search'

describe('instrument search', () => {
  test.each([
    ['Ottawa', 'apmbt'],
    ['APMBT', 'apmbt'],
    ['mine ban', 'apmbt'],
    ['NPT', 'npt'],
    ['Cluster', 'ccm'],
  ])('“%s” finds %s, and the label holds what was typed', (query, id) => {
    const option = instrumentOptions(query).find((o) => o.value === id)
    expect(option).toBeDefined()
    expect(option?.label.toLowerCase()).toContain(query.toLowerCase())
  })

  test('no query lists every instrument', () => {
    expect(instrumentOptions().length).toBeGreaterThanOrEqual(37)
  })
})

describe('articles', () => {
  test('Article 99 of the CCM is refused, with its last article', () => {
    expect(checkArticle('ccm', '99')).toEqual({
      ok: false,
      reason: 'not-in-instrument',
      lastArticle: '23',
    })
  })
  test('roman numerals and headings', () => {
    expect(checkArticle('npt', 'VI')).toEqual({ ok: true, article: '6', title: null })
    expect(checkArticle('apmbt', '5')).toMatchObject({ ok: true, article: '5' })
    expect(checkArticle('apmbt', 'five')).toMatchObject({ ok: false, reason: 'not-a-number' })
  })
  test('save never emits an article the instrument lacks, nor an unknown instrument', () => {
    expect(citationBlockHtml({ treaty: 'ccm', article: '99' })).not.toContain('data-article')
    expect(citationBlockHtml({ treaty: 'nope', article: '1' })).toBe('')
  })
})

describe('state lists', () => {
  test('a pasted list is split, names kept as written', () => {
    expect(splitStateNames('Austria, Belgium and Benin')).toEqual(['Austria', 'Belgium', 'Benin'])
    expect(splitStateNames('Chad\nEthiopia; Zimbabwe')).toEqual(['Chad', 'Ethiopia', 'Zimbabwe'])
  })
  test('aliases, former names and abbreviations resolve; unknown names are kept', () => {
    expect(stateListMembers(['UK', 'Burma', 'Swaziland', 'Atlantis', 'U.S.'])).toEqual({
      codes: ['GBR', 'MMR', 'SWZ', 'USA'],
      unknown: ['Atlantis'],
    })
  })
  test('suggestions know names, aliases, former names and abbreviations', () => {
    const all = stateSuggestions()
    for (const name of ['Austria', 'Ivory Coast', 'Burma', 'DPRK']) expect(all).toContain(name)
  })
  test('group summary', () => {
    expect(groupSummaryText(['TCD', 'ETH', 'NOR', 'USA'])).toBe(
      '4 states: 2 African Group, 1 Western European and Others Group, 1 in no regional group',
    )
  })
})

describe('credits', () => {
  test('javascript: links are never emitted; HTML in a title is text', () => {
    const html = creditHtml({
      title: 'Harbour <script>alert(1)</script>',
      creator: 'Ann Example',
      source: 'Flickr',
      url: 'javascript:alert(1)',
      license: 'CC BY 2.0',
    })
    expect(isSafeUrl('javascript:alert(1)')).toBe(false)
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<script')
    expect(html).toContain('<span class="tm-credit" data-kind="photo" data-license="CC BY 2.0">')
    expect(html).toContain(
      '<a class="tm-credit-license" href="https://creativecommons.org/licenses/by/2.0/" rel="license">CC BY 2.0</a>',
    )
  })
  test('the caption keeps the author’s words and replaces an earlier credit', () => {
    const first = captionWithCredit('Boats at the quay.', creditHtml({ creator: 'Ann' }))
    const second = captionWithCredit(first, creditHtml({ creator: 'Bo' }))
    expect(second).toMatch(/^Boats at the quay\. <span class="tm-credit"[^]*Bo<\/span><\/span>$/)
    expect(second).not.toContain('Ann')
    expect(captionWithCredit(second, '')).toBe('Boats at the quay.')
  })
})
