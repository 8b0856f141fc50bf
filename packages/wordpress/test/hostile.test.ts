/**
 * The hostile-input corpus (@treatymark/hostile-corpus) through the plugin's render paths: the
 * saved markup of both blocks (serialised by @wordpress/blocks, block comment included), the
 * image-credit line, and the inline format's markup over extracted prose. Every payload goes in
 * every field the author controls; each output is parsed with parse5 (the corpus's checker) and
 * must carry no `on*` attribute, no script-like element and no URL that is not http(s).
 */
import { __unstableGetBlockProps, createBlock, parse, serialize } from '@wordpress/blocks'
import { getBlockDefaultClassName, hasBlockSupport } from '@wordpress/blocks'
import { addFilter } from '@wordpress/hooks'
import { describe, expect, test, vi } from 'vitest'
import { extract, hastToHtml, renderText } from '@treatymark/core'
import { findInjections, payloads } from '@treatymark/hostile-corpus'
import { markedEntities } from '../src/formats/attributes'
import { captionWithCredit, creditHtml } from '../src/lib/markup'
import { registerBlocks } from './register'

// As in blocks.test.ts: save() without loading the whole block editor.
vi.mock('@wordpress/block-editor', () => ({
  useBlockProps: { save: (props?: Record<string, unknown>) => __unstableGetBlockProps(props) },
}))
addFilter(
  'blocks.getSaveContent.extraProps',
  'test/hostile-generated-class-name',
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

/** Prose around a payload, so entities are found next to it and around it. */
const prose = (payload: string) =>
  `Under Article 5(1) of the APMBT, Austria, Belgium and Benin ${payload} reported to CCW/MSP/2023/4.`

/** The HTML attribute of a format attribute key (`cardName` -> `data-card-name`). */
const htmlName = (key: string) =>
  ['href', 'title', 'tabindex'].includes(key)
    ? key
    : `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

/** Run every payload through `render`; one assertion lists every failure of the surface. */
function sweep(surface: string, render: (value: string) => string[]): string[] {
  const failures: string[] = []
  for (const payload of payloads) {
    let outputs: string[]
    try {
      outputs = render(payload.value)
    } catch (error) {
      failures.push(`${surface} #${payload.id}: threw ${String(error)}`)
      continue
    }
    for (const html of outputs) {
      const problems = findInjections(html)
      if (problems.length > 0)
        failures.push(
          `${surface} #${payload.id} ${JSON.stringify(payload.value)}: ${problems.join('; ')}`,
        )
    }
  }
  return failures
}

/** The saved post content of a block, and that it parses back into a valid block. */
function saved(name: string, attributes: Record<string, unknown>): string {
  const html = serialize([createBlock(name, attributes)])
  const [block] = parse(html)
  if (!block?.isValid) throw new Error(`${name} does not parse back as a valid block`)
  return html
}

describe('the hostile corpus through the WordPress plugin', () => {
  test(`has the whole corpus (${payloads.length} payloads), and the blocks keep it as text`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(250)
    // The sweeps below check real output: the payload is written, escaped, not dropped.
    const label = saved('treatymark/citation', {
      treaty: 'apmbt',
      label: '<img src=x onerror=f()>',
    })
    expect(label).toContain('&#x3C;img src=x onerror=f()>')
    const list = saved('treatymark/state-list', { names: ['Austria', '<b onclick=f()>'] })
    expect(list).toContain('&#x3C;b onclick=f()>')
    expect(creditHtml({ creator: '<svg onload=f()>' })).toContain('&#x3C;svg onload=f()>')
  })

  test('citation block: every payload as label, quote and pinpoint', () => {
    const failures = sweep('citation', (value) => [
      saved('treatymark/citation', { treaty: 'apmbt', article: '5', label: value, quote: value }),
      saved('treatymark/citation', {
        treaty: 'ccm',
        article: value,
        paragraph: value,
        subparagraph: value,
        style: 'oscola',
      }),
      saved('treatymark/citation', { treaty: value, label: value }),
    ])
    expect(failures).toEqual([])
  })

  test('state-list block: every payload as a name, the locale and the order', () => {
    const failures = sweep('state-list', (value) => [
      saved('treatymark/state-list', {
        names: ['Austria', value, 'Benin'],
        showFlags: true,
        groupSummary: true,
      }),
      saved('treatymark/state-list', { names: [value, 'Peru'], locale: value, order: value }),
    ])
    expect(failures).toEqual([])
  })

  test('image credit: every payload in every credit field, and as the work URL', () => {
    const failures = sweep('image-credit', (value) => {
      const credit = creditHtml({
        title: value,
        creator: value,
        source: value,
        license: value,
        url: value,
      })
      return [credit, captionWithCredit('A deminer at work', credit)]
    })
    expect(failures).toEqual([])
  })

  test('inline format: core markup over prose holding every payload', () => {
    const failures = sweep('format', (value) => {
      const text = prose(value)
      const extraction = extract(text)
      // The format reads the attributes of the elements core made; rich-text writes them back
      // under the names its format types declare (src/formats/index.tsx), escaped.
      const marked = markedEntities(text, extraction).map((m) => {
        const attributes = Object.entries(m.attributes).map(
          ([key, value]) =>
            `${htmlName(key)}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
        )
        return `<${m.type === 'treatymark/state' ? 'span' : 'a'} ${attributes.join(' ')}>x</a>`
      })
      return [hastToHtml(renderText(text, extraction)), ...marked]
    })
    expect(failures).toEqual([])
  })
})
