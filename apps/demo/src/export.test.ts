import { extract } from '@treatymark/core'
import { describe, expect, it } from 'vitest'
import { downloadName, escapeMarkdown, extractionJson, markdownWithDirectives } from './export.js'

describe('extractionJson', () => {
  it('is the Extraction, indented, parseable', () => {
    const extraction = extract('Article 5 of the APMBT binds Chad.')
    const json = extractionJson(extraction)
    expect(json.endsWith('}\n')).toBe(true)
    expect(JSON.parse(json)).toEqual(extraction)
  })
})

describe('markdownWithDirectives', () => {
  it('writes citations and states as directives', () => {
    const text = 'Under Article 5(1) of the APMBT, Chad and Peru reported.'
    expect(markdownWithDirectives(text, extract(text))).toBe(
      'Under :cite[Article 5(1) of the APMBT]{treaty=apmbt article=5 paragraph=1}, :state[Chad]{iso3=TCD} and :state[Peru]{iso3=PER} reported.',
    )
  })

  it('escapes the rest so it reads as written', () => {
    const text = '# not a heading *nor* _this_ [link](x) note:here <b>'
    const markdown = markdownWithDirectives(text, extract(text))
    expect(markdown).toBe(
      '\\# not a heading \\*nor\\* \\_this\\_ \\[link\\](x) note\\:here \\<b\\>',
    )
  })

  it('keeps text without entities (escaped) and skips spans outside the text', () => {
    const extraction = extract('Austria')
    expect(markdownWithDirectives('Aus', extraction)).toBe('Aus')
    expect(escapeMarkdown('1. item')).toBe('1\\. item')
  })
})

describe('downloadName', () => {
  it('dates the file', () => {
    expect(downloadName('extraction', 'json', new Date('2026-12-01T10:00:00Z'))).toBe(
      'treatymark-extraction-2026-12-01.json',
    )
  })
})
