/**
 * Gutenberg-style block fixtures (its full-content tests): every `test/fixtures/blocks/NAME.html`
 * parses into valid blocks whose name and attributes are `NAME.json`, and serialising them gives
 * `NAME.serialized.html`. `UPDATE=1` writes the .json and .serialized.html (review the diff).
 * The saved markup is core's renderer: the same entity rendered by @treatymark/core gives the
 * same elements.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import {
  __unstableGetBlockProps,
  createBlock,
  getBlockDefaultClassName,
  hasBlockSupport,
  parse,
  serialize,
  switchToBlockType,
} from '@wordpress/blocks'
import { addFilter } from '@wordpress/hooks'
import { extract, formatStateList, hastToHtml, renderHtml, renderText } from '@treatymark/core'
import { registerBlocks } from './register'

// useBlockProps.save is the block-editor's name for @wordpress/blocks' getBlockProps, and the
// block editor's generated-class-name hook adds `wp-block-NAME`; loading the whole block editor
// (30 s in happy-dom) is not needed to save.
vi.mock('@wordpress/block-editor', () => ({
  useBlockProps: { save: (props?: Record<string, unknown>) => __unstableGetBlockProps(props) },
}))
addFilter(
  'blocks.getSaveContent.extraProps',
  'test/generated-class-name',
  (props: { className?: string }, blockType: { name: string }) =>
    hasBlockSupport(blockType.name, 'className', true)
      ? {
          ...props,
          className: [getBlockDefaultClassName(blockType.name), props.className]
            .filter(Boolean)
            .join(' '),
        }
      : props,
)

registerBlocks()

const dir = join(import.meta.dirname, 'fixtures', 'blocks')
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && !f.endsWith('.serialized.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort()

function summary(blocks: ReturnType<typeof parse>) {
  return blocks.map((b) => ({ name: b.name, isValid: b.isValid, attributes: b.attributes }))
}

describe('block fixtures', () => {
  test.each(fixtures)('%s', (name) => {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8')
    const blocks = parse(html)
    const jsonPath = join(dir, `${name}.json`)
    const serializedPath = join(dir, `${name}.serialized.html`)
    const serialized = serialize(blocks) + '\n'
    if (process.env.UPDATE || !existsSync(jsonPath)) {
      writeFileSync(jsonPath, JSON.stringify(summary(blocks), null, 2) + '\n')
      writeFileSync(serializedPath, serialized)
    }
    expect(blocks.every((b) => b.isValid)).toBe(true)
    expect(summary(blocks)).toEqual(JSON.parse(readFileSync(jsonPath, 'utf8')))
    expect(serialized).toBe(readFileSync(serializedPath, 'utf8'))
  })

  test('there is a fixture for every block', () => {
    expect(fixtures.some((f) => f.startsWith('treatymark__citation'))).toBe(true)
    expect(fixtures.some((f) => f.startsWith('treatymark__state-list'))).toBe(true)
  })
})

describe('saved markup is core renderer output', () => {
  const body = (name: string) => {
    const [block] = parse(readFileSync(join(dir, `${name}.html`), 'utf8'))
    if (!block) throw new Error(`no block in ${name}`)
    const inner = block.originalContent ?? ''
    return { block, inner }
  }

  test('a citation block holds what renderHtml makes of its words', () => {
    const { inner } = body('treatymark__citation__label')
    const anchor = inner.match(/<a class="tm-cite"[^]*?<\/a>/)?.[0] ?? ''
    // "Article VI of the NPT" in prose: extract() finds it and renderHtml marks it up the same.
    expect(renderHtml('Article VI of the NPT')).toBe(anchor)
  })

  test('a citation block element equals renderText over the same entity', () => {
    const { block, inner } = body('treatymark__citation')
    const text = 'APMBT Art. 5(1)'
    const expected = hastToHtml(
      renderText(text, {
        citations: [
          {
            type: 'citation',
            start: 0,
            end: text.length,
            text,
            treaty: 'apmbt',
            article: '5',
            paragraph: '1',
          },
        ],
      }),
    )
    expect(block.attributes.treaty).toBe('apmbt')
    expect(inner).toContain(expected)
  })

  test('a state list holds what renderHtml makes of formatStateList', () => {
    const { inner } = body('treatymark__state-list')
    const words = formatStateList(['AUT', 'BEL', 'BEN'], { locale: 'en' })
    expect(extract(words).stateLists).toHaveLength(1)
    expect(inner).toBe(
      `<div class="wp-block-treatymark-state-list"><p>${renderHtml(words)}</p></div>`,
    )
  })
})

describe('transforms', () => {
  test('a paragraph that is one citation becomes a citation block keeping the words', () => {
    const paragraph = createBlock('core/paragraph', {
      content: 'Article 5 of the Ottawa Convention.',
    })
    const [citation] = switchToBlockType(paragraph, 'treatymark/citation') ?? []
    expect(citation?.attributes).toMatchObject({
      treaty: 'apmbt',
      article: '5',
      label: 'Article 5 of the Ottawa Convention',
    })
    const back = switchToBlockType(citation!, 'core/paragraph') ?? []
    expect(String(back[0]?.attributes.content)).toMatch(
      /^<a class="tm-cite" [^>]*data-treaty="apmbt" data-article="5"[^>]*>Article 5 of the Ottawa Convention<\/a>$/,
    )
    const prose = createBlock('core/paragraph', { content: 'Norway read a statement.' })
    expect(switchToBlockType(prose, 'treatymark/citation')).toBeNull()
  })
})
