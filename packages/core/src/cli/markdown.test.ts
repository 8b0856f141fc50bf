import { describe, expect, it } from 'vitest'
import { readMarkdown } from './markdown.js'

describe('readMarkdown', () => {
  it('keeps the list after a first-line "---" that never closes (as the preset does)', () => {
    const result = readMarkdown('---\nIntro.\n\n- Article 5(1) of the APMBT\n- two\n', {})
    expect(result.html()).toMatch(/<ul>\n<li><a class="tm-cite"[^>]*data-treaty="apmbt"/)
    expect(result.extraction.citations.map((c) => c.text)).toEqual(['Article 5(1) of the APMBT'])
  })

  it('reads closed front matter as front matter', () => {
    const result = readMarkdown('---\ntreaty: ccm\n---\n\nArticle 4 applies.\n', {})
    expect(result.extraction.citations[0]?.treaty).toBe('ccm')
  })
})
