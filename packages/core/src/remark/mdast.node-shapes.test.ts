/**
 * The nodes the plugins put into the tree, exactly: a wrapper is `{ type, data, children }` and
 * each text node `{ type, value }`, with nothing left of the renderer's hast (the renderer's
 * nodes are converted in place, see `fromHast`), around nested markup and next to links.
 */
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { remarkTreatymark } from './index.js'

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkTreatymark)
  return processor.runSync(processor.parse(markdown)) as Root
}

/** The tree as JSON without source positions (key order counts: it is the tree's shape). */
function shape(tree: Root): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))
}

const state = (iso3: string, words: string) => ({
  type: 'treatymark',
  data: {
    hName: 'span',
    hProperties: { className: ['tm-state'], dataIso3: iso3 },
    treatymark: 'state',
  },
  children: [{ type: 'text', value: words }],
})

describe('mdast node shapes after markup', () => {
  it('wraps entities in one text node, in emphasis and beside a link, node by node', () => {
    const tree = transform(
      'Austria and *Belgium* cite [a page](https://example.org) and CCW/GGE/2008-V/WP.1.\n',
    )
    const expected = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            state('AUT', 'Austria'),
            { type: 'text', value: ' and ' },
            { type: 'emphasis', children: [state('BEL', 'Belgium')] },
            { type: 'text', value: ' cite ' },
            {
              type: 'link',
              title: null,
              url: 'https://example.org',
              children: [{ type: 'text', value: 'a page' }],
            },
            { type: 'text', value: ' and ' },
            {
              type: 'treatymark',
              data: {
                hName: 'a',
                hProperties: {
                  className: ['tm-doc'],
                  href: 'https://docs.un.org/en/CCW/GGE/2008-V/WP.1',
                  dataSymbol: 'CCW/GGE/2008-V/WP.1',
                },
                treatymark: 'document',
              },
              children: [{ type: 'text', value: 'CCW/GGE/2008-V/WP.1' }],
            },
            { type: 'text', value: '.' },
          ],
        },
      ],
    }
    expect(shape(tree)).toBe(JSON.stringify(expected))
  })

  it('nests the members of a list inside the list wrapper', () => {
    const tree = transform('Austria, Belgium and Benin voted.\n')
    const paragraph = tree.children[0]
    expect(paragraph?.type).toBe('paragraph')
    const list = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
    expect(JSON.stringify(list && { ...list, data: undefined })).toBe(
      JSON.stringify({
        type: 'treatymark',
        children: [
          state('AUT', 'Austria'),
          { type: 'text', value: ', ' },
          state('BEL', 'Belgium'),
          { type: 'text', value: ' and ' },
          state('BEN', 'Benin'),
        ],
      }),
    )
    expect(paragraph?.type === 'paragraph' && paragraph.children[1]).toEqual({
      type: 'text',
      value: ' voted.',
    })
  })
})
