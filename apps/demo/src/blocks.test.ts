import { extract, hastToHtml, renderHtml, renderText } from '@treatymark/core'
import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { blockPatch, blocksHtml, splitBlocks } from './blocks.js'

const textOf = (root: Root): string =>
  splitBlocks(root, 'blank-lines')
    .flat()
    .map((n) => (n.type === 'text' ? n.value : ''))
    .join('')

describe('splitBlocks', () => {
  it('cuts plain text after blank lines and keeps every character', () => {
    const text = 'Chad and Peru.\n\nArticle 5 of the APMBT.\n \n\n  Austria\nagain.\n'
    const extraction = extract(text)
    const root = renderText(text, extraction)
    const blocks = blocksHtml(root, 'blank-lines')
    expect(blocks).toHaveLength(3)
    expect(blocks.join('')).toBe(renderHtml(text, { extraction }))
    expect(blocks[0]).toMatch(/\.\n\n$/)
    expect(blocks[2]!.startsWith('<span class="tm-state"')).toBe(true)
    expect(hastToHtml(root)).toBe(blocks.join(''))
    expect(textOf({ type: 'root', children: [{ type: 'text', value: text }] })).toBe(text)
  })

  it('makes one block per top-level element for markdown', () => {
    const root: Root = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h1', properties: {}, children: [] },
        { type: 'text', value: '\n' },
        { type: 'element', tagName: 'p', properties: {}, children: [] },
      ],
    }
    expect(blocksHtml(root, 'elements')).toEqual(['<h1></h1>\n', '<p></p>'])
  })
})

describe('blockPatch', () => {
  it('keeps the common prefix and suffix', () => {
    expect(blockPatch(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual({ prefix: 1, suffix: 1 })
    expect(blockPatch(['a', 'b'], ['a', 'b', 'c'])).toEqual({ prefix: 2, suffix: 0 })
    expect(blockPatch(['a', 'a'], ['a'])).toEqual({ prefix: 1, suffix: 0 })
    expect(blockPatch([], ['a'])).toEqual({ prefix: 0, suffix: 0 })
  })
})
