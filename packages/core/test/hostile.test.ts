/**
 * The hostile-input corpus (@treatymark/hostile-corpus) through every surface of the core:
 * renderHtml, renderText, markupHast, markupDom (in happy-dom), the remark preset to HTML and the
 * CLI's render. Each output is parsed with parse5, as a browser would, and must carry no `on*`
 * attribute, no script-like element and no URL that is not http(s) (or a raster data: image).
 * Marking up a tree that already holds hostile markup must add no injection of its own.
 */
import type { Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toHtml } from 'hast-util-to-html'
import { Window } from 'happy-dom'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { findInjections, payloads } from '@treatymark/hostile-corpus'
import { type CliIo, main } from '../src/cli/index.js'
import type { Diagnostic, Extraction } from '../src/models/index.js'
import { remarkTreatymark } from '../src/remark/index.js'
import { markupDom } from '../src/render/dom.js'
import { markupHast } from '../src/render/hast.js'
import { renderHtml } from '../src/render/html.js'
import { imageElement } from '../src/render/sections.js'
import { renderText } from '../src/render/text.js'

/** Prose around each payload, so entities are found next to it and around it. */
function prose(payload: string): string {
  return `Under Article 5(1) of the APMBT, Austria, Belgium and Benin ${payload} reported to CCW/MSP/2023/4.\n\nPhoto: ${payload} by Jane Doe via Flickr (CC BY 2.0)`
}

/** Collect failures for the whole corpus; one assertion lists them all. */
function sweep(surface: string, render: (value: string) => string | string[]): string[] {
  const failures: string[] = []
  for (const payload of payloads) {
    let outputs: string | string[]
    try {
      outputs = render(payload.value)
    } catch (error) {
      failures.push(`${surface} #${payload.id}: threw ${String(error)}`)
      continue
    }
    for (const html of Array.isArray(outputs) ? outputs : [outputs]) {
      const problems = findInjections(html)
      if (problems.length > 0)
        failures.push(
          `${surface} #${payload.id} ${JSON.stringify(payload.value)}: ${problems.join('; ')}`,
        )
    }
  }
  return failures
}

/** A hand-made extraction whose every field is the payload. */
function hostileExtraction(text: string, value: string): Partial<Extraction> {
  const at = { start: 0, end: 5 }
  const span = { ...at, text: text.slice(0, 5) }
  return {
    citations: [
      {
        type: 'citation',
        ...span,
        treaty: value as never,
        article: value,
        paragraph: value,
        subparagraph: value,
        url: value,
      },
    ],
    documents: [
      { type: 'document', start: 6, end: 12, text: text.slice(6, 12), symbol: value, url: value },
    ],
    states: [
      {
        type: 'state',
        start: 13,
        end: 19,
        text: text.slice(13, 19),
        iso3: value,
        iso2: value,
        name: value,
      },
    ],
    stateLists: [
      {
        type: 'stateList',
        start: 13,
        end: 30,
        text: text.slice(13, 30),
        members: [value, value, value],
        unresolved: [value],
      },
    ],
    credits: [
      {
        type: 'credit',
        start: 31,
        end: 60,
        text: text.slice(31, 60),
        kind: value as never,
        title: value,
        creator: value,
        source: value,
        license: value,
        url: value,
        licenseUrl: value,
      },
    ],
  }
}

describe('hostile corpus', () => {
  it('has at least 250 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(250)
  })

  it('renderHtml: payloads in the text', () => {
    expect(
      sweep('renderHtml', (value) => [
        renderHtml(prose(value)),
        renderHtml(prose(value), { paragraphs: true }),
        renderHtml(value),
      ]),
    ).toEqual([])
  })

  it('renderHtml: payloads in options (buildUrl, classPrefix, hand-made extraction)', () => {
    const diagnostics: Diagnostic[] = []
    const onDiagnostic = (d: Diagnostic) => diagnostics.push(d)
    expect(
      sweep('renderHtml options', (value) => {
        const text = prose('x')
        return [
          renderHtml(text, { buildUrl: () => value, onDiagnostic }),
          renderHtml(text, { classPrefix: value, onDiagnostic }),
          renderHtml(text, { extraction: hostileExtraction(text, value), onDiagnostic }),
          renderHtml(text, {
            extraction: hostileExtraction(text, value),
            paragraphs: true,
            buildUrl: (_e, kind) => (kind === 'state' ? value : null),
            onDiagnostic,
          }),
        ]
      }),
    ).toEqual([])
    // Every URL payload that is not a raster image or http(s) was reported, not passed on.
    expect(diagnostics.some((d) => d.ruleId === 'invalid-url')).toBe(true)
  })

  it('renderText: payloads in the text and in the extraction', () => {
    expect(
      sweep('renderText', (value) => {
        const text = prose(value)
        return [
          toHtml(renderText(text, null)),
          toHtml(
            renderText(prose('x'), hostileExtraction(prose('x'), value), { buildUrl: () => value }),
          ),
        ]
      }),
    ).toEqual([])
  })

  it('markupHast: payloads as text, and hostile HTML gets no injection added', () => {
    const added: string[] = []
    const failures = sweep('markupHast', (value) => {
      const text: Root = {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: {},
            children: [{ type: 'text', value: prose(value) }],
          },
        ],
      }
      markupHast(text, { buildUrl: () => value })
      // The payload parsed as HTML (as a post would hold it): compare before and after.
      const tree = fromHtml(`<p>${prose(value)}</p>`, { fragment: true })
      const before = findInjections(toHtml(tree)).length
      markupHast(tree)
      const after = findInjections(toHtml(tree)).length
      if (after > before)
        added.push(`markupHast added ${after - before} to ${JSON.stringify(value)}`)
      return toHtml(text)
    })
    expect(failures).toEqual([])
    expect(added).toEqual([])
  })

  it('markupDom (happy-dom): payloads as text, and hostile HTML gets no injection added', () => {
    const window = new Window()
    const document = window.document
    const added: string[] = []
    const failures = sweep('markupDom', (value) => {
      const root = document.createElement('div')
      const p = document.createElement('p')
      p.textContent = prose(value)
      root.appendChild(p)
      markupDom(root as unknown as globalThis.Element, { buildUrl: () => value })
      const parsed = document.createElement('div')
      parsed.innerHTML = `<p>${prose(value)}</p>`
      const before = findInjections(parsed.innerHTML).length
      markupDom(parsed as unknown as globalThis.Element)
      const after = findInjections(parsed.innerHTML).length
      if (after > before)
        added.push(`markupDom added ${after - before} to ${JSON.stringify(value)}`)
      return root.innerHTML
    })
    window.close()
    expect(failures).toEqual([])
    expect(added).toEqual([])
  })

  describe('remark preset to HTML', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkTreatymark, { instrumentsCited: true } as never)
      .use(remarkRehype)
      .use(rehypeStringify)
    // Ordinary markdown links and images are the author's and rendered by remark-rehype as
    // usual (docs/remark.md, Security: sanitise untrusted markdown): treatymark must add nothing.
    const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)
    // A payload that is itself markdown (links, autolinks, nested directives) makes ordinary
    // author links and images out of any document it is put in.
    const isMarkdown = (value: string) => /[[\]]|:::|<[a-z][\w+.-]*:/i.test(value)
    const own = (value: string) => [
      `:::credit{title=T creator=C}\n![a](<${value}>)\n:::\n\nArticle 5 of the APMBT.`,
      `:::credit{title="${value}" creator=C url="${value}"}\n![${value}](x.png "${value}")\n:::`,
      `:cite[Article 5]{treaty=apmbt url="${value}"} and :doc[A/RES/1]{url="${value}"}`,
    ]

    it('what treatymark writes (figures, credits, directives) is clean', () => {
      expect(
        sweep('remark', (value) =>
          isMarkdown(value) ? [] : own(value).map((doc) => String(processor.processSync(doc))),
        ),
      ).toEqual([])
    })

    it('payloads in prose, links and images: no injection added to plain remark-rehype', () => {
      const added: string[] = []
      for (const { value } of payloads) {
        const docs = [prose(value), value, `[Austria](<${value}>) and ![a](<${value}>)`]
        if (isMarkdown(value)) docs.push(...own(value))
        for (const doc of docs) {
          const before = findInjections(String(plain.processSync(doc))).length
          const after = findInjections(String(processor.processSync(doc))).length
          if (after > before) added.push(`remark added ${after - before} to ${JSON.stringify(doc)}`)
        }
      }
      expect(added).toEqual([])
    })
  })

  it('CLI render: payloads in a file', async () => {
    const failures: string[] = []
    for (const payload of payloads) {
      let out = ''
      const io: CliIo = {
        stdout: (text) => void (out += text),
        stderr: () => {},
        readFile: async () => prose(payload.value),
        readStdin: async () => '',
      }
      const code = await main(['render', 'post.txt'], io)
      if (code !== 0) failures.push(`CLI #${payload.id}: exit ${code}`)
      const problems = findInjections(out)
      if (problems.length > 0) failures.push(`CLI #${payload.id}: ${problems.join('; ')}`)
    }
    expect(failures).toEqual([])
  })

  it('imageElement (figures of :::credit): every payload as src, alt and title', () => {
    expect(
      sweep('imageElement', (value) =>
        toHtml(imageElement({ url: value, alt: value, title: value })),
      ),
    ).toEqual([])
  })
})
