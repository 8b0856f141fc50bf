import { describe, expect, it } from 'vitest'
import { docsHref, slugger } from './headings.js'

describe('slugger', () => {
  it('makes GitHub-style slugs, numbering repeats', () => {
    const slug = slugger()
    expect(slug('Rendering and styles')).toBe('rendering-and-styles')
    expect(slug('`renderHtml(text, options?)`')).toBe('renderhtmltext-options')
    expect(slug('Options')).toBe('options')
    expect(slug('Options')).toBe('options-1')
  })
})

describe('docsHref', () => {
  it('maps .md links and in-page anchors to demo routes, leaves others', () => {
    expect(docsHref('extract.md', 'index')).toBe('#/docs/extract')
    expect(docsHref('./remark.md#options', 'index')).toBe('#/docs/remark#options')
    expect(docsHref('#markup-contract', 'rendering')).toBe('#/docs/rendering#markup-contract')
    expect(docsHref('reference/registries.md', 'index')).toBe('#/docs/reference/registries')
    expect(docsHref('https://example.org/x.md', 'index')).toBeNull()
    expect(docsHref('../README.md', 'index')).toBeNull()
  })
})
