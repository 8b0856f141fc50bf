/**
 * The hostile-input corpus (@treatymark/hostile-corpus) through the Ghost integration: every card
 * kind of `renderCard` (payloads in every field and as `buildUrl` results), the card in Ghost's
 * html card through Ghost's own lexical renderer (web and email), `toSourceHtml`, and whole
 * markdown posts with `markdownToLexical` rendered by Ghost's renderer. Each output is parsed with
 * parse5 (the corpus's checker) and must carry no `on*` attribute, no script-like element and no
 * URL that is not http(s) (or a raster data: image).
 */
import { describe, expect, it } from 'vitest'
import { findInjections, payloads } from '@treatymark/hostile-corpus'
import {
  lexicalDocument,
  markdownToLexical,
  renderCard,
  toLexicalNode,
  toSourceHtml,
  type CardInput,
} from '../src/index.js'
import { renderLexical } from './ghost-renderer.js'

/** Prose around a payload, so entities are found next to it and around it. */
const prose = (payload: string) =>
  `Under Article 5(1) of the APMBT, Austria, Belgium and Benin ${payload} reported to CCW/MSP/2023/4.\n\nPhoto: ${payload} by Jane Doe via Flickr (CC BY 2.0)`

/** Every card input and option set a payload can reach. */
function cards(value: string): Array<[CardInput, Parameters<typeof renderCard>[1]]> {
  const hostileUrl = { buildUrl: () => value }
  return [
    [{ kind: 'citation', treaty: 'apmbt', article: '5', text: value }, {}],
    [{ kind: 'citation', treaty: 'ccm', article: '3', paragraph: '2' }, hostileUrl],
    [{ kind: 'stateList', states: ['AUT', 'BEN'], locale: value }, hostileUrl],
    [
      {
        kind: 'figure',
        src: value,
        alt: value,
        credit: { title: value, creator: value, source: value, license: value, url: value },
      },
      {},
    ],
    [{ kind: 'markdown', markdown: prose(value) }, {}],
    [
      { kind: 'markdown', markdown: prose(value) },
      { ...hostileUrl, inlineStyles: false },
    ],
  ]
}

/** A card's HTML, or the error it threw (a card may refuse input with a RangeError). */
function cardHtml(input: CardInput, options: Parameters<typeof renderCard>[1]): string | Error {
  try {
    return renderCard(input, options)
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** Run every payload through `render`; one assertion lists every failure of the surface. */
async function sweep(
  surface: string,
  render: (value: string) => Promise<string[]> | string[],
): Promise<string[]> {
  const failures: string[] = []
  for (const payload of payloads) {
    let outputs: string[]
    try {
      outputs = await render(payload.value)
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

// Each sweep renders the whole corpus several times (Ghost's renderer is async and not fast).
describe('the hostile corpus through the Ghost integration', { timeout: 240_000 }, () => {
  it(`has the whole corpus (${payloads.length} payloads), and cards keep it as text`, () => {
    expect(payloads.length).toBeGreaterThanOrEqual(250)
    const html = renderCard({ kind: 'citation', treaty: 'apmbt', text: '<img src=x onerror=f()>' })
    expect(html).toContain('&#x3C;img src=x onerror=f()>')
  })

  it('renderCard and toSourceHtml: every payload in every card field and as buildUrl', async () => {
    let refused = 0
    const failures = await sweep('renderCard', (value) => {
      const out: string[] = []
      for (const [input, options] of cards(value)) {
        const html = cardHtml(input, options)
        if (html instanceof Error) {
          // Only the documented refusal: a figure whose src is no image URL, for example.
          if (!(html instanceof RangeError)) throw html
          refused++
          continue
        }
        out.push(html, toSourceHtml(html))
      }
      return out
    })
    expect(failures).toEqual([])
    expect(refused).toBeLessThan(payloads.length)
  })

  it('cards in Ghost’s html card, rendered by Ghost’s lexical renderer (web and email)', async () => {
    const failures = await sweep('ghost-renderer', async (value) => {
      const nodes = cards(value)
        .map(([input, options]) => cardHtml(input, options))
        .filter((html): html is string => typeof html === 'string')
        .map((html) => toLexicalNode(html))
      const document = lexicalDocument(nodes)
      return [await renderLexical(document, 'html'), await renderLexical(document, 'email')]
    })
    expect(failures).toEqual([])
  })

  it('markdownToLexical: every payload in a post, rendered by Ghost’s renderer', async () => {
    const failures = await sweep('markdownToLexical', async (value) => {
      const post = `---\ntitle: T\n---\n\n${prose(value)}\n\n:cite[${value}]{treaty=apmbt}\n\n[${value}](${value})\n`
      const { lexical } = markdownToLexical(post, { buildUrl: () => value })
      return [await renderLexical(lexical, 'html'), await renderLexical(lexical, 'email')]
    })
    expect(failures).toEqual([])
  })
})
