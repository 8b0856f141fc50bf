import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cell, referenceDir, referencePages } from './registry-reference.js'

describe('registry reference', () => {
  it('docs/reference is what the data gives (npm run reference -w @treatymark/demo)', () => {
    for (const [name, content] of Object.entries(referencePages()))
      expect(readFileSync(path.join(referenceDir, name), 'utf8'), name).toBe(content)
  })

  it('lists every instrument and state', () => {
    const pages = referencePages()
    expect(pages['instruments.md']).toContain('| `apmbt` |')
    expect(pages['instruments.md']).toContain('### Convention on Cluster Munitions')
    expect(pages['states.md']).toMatch(
      /\| 🇦🇹 \| Austria \| Republic of Austria \| AT \| AUT \| 040 \|/,
    )
  })

  it('escapes table cells', () => {
    expect(cell('a|b')).toBe('a\\|b')
    expect(cell(['x', 'y'])).toBe('x, y')
    expect(cell(null)).toBe('—')
    expect(cell('two\nlines')).toBe('two lines')
  })
})
