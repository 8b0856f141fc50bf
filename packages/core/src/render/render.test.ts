import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import type { Draft, Extraction } from '../models/index.js'
import { renderExtractionHtml, renderHtml, renderParagraphs } from './html.js'
import { renderText } from './text.js'
import { safeHttpUrl } from './url.js'

function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('')
  return ''
}

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error(`${part} not in text`)
  return { start, end: start + part.length, text: part }
}

const empty = (): Draft<Extraction> => ({
  citations: [],
  documents: [],
  states: [],
  stateLists: [],
  credits: [],
  diagnostics: [],
})

const sentence =
  'Under Article 5(1) of the APMBT, Austria, Belgium and Benin report to CCW/MSP/2023/4.'

function sentenceExtraction(): Draft<Extraction> {
  const e = empty()
  e.citations.push({
    type: 'citation',
    ...span(sentence, 'Article 5(1) of the APMBT'),
    treaty: 'apmbt',
    article: '5',
    paragraph: '1',
  })
  e.states.push(
    { type: 'state', ...span(sentence, 'Austria'), iso3: 'AUT', iso2: 'AT', name: 'Austria' },
    { type: 'state', ...span(sentence, 'Belgium'), iso3: 'BEL', iso2: 'BE', name: 'Belgium' },
    { type: 'state', ...span(sentence, 'Benin'), iso3: 'BEN', iso2: 'BJ', name: 'Benin' },
  )
  const list = span(sentence, 'Austria, Belgium and Benin')
  e.stateLists.push({ type: 'stateList', ...list, members: ['AUT', 'BEL', 'BEN'], unresolved: [] })
  e.documents.push({
    type: 'document',
    ...span(sentence, 'CCW/MSP/2023/4'),
    symbol: 'CCW/MSP/2023/4',
    url: 'https://docs.un.org/en/CCW/MSP/2023/4',
  })
  return e
}

describe('renderText', () => {
  it('follows the markup contract', () => {
    const html = toHtml(renderText(sentence, sentenceExtraction()))
    expect(html).toContain('<a class="tm-cite" href="')
    expect(html).toContain('data-treaty="apmbt" data-article="5" data-paragraph="1"')
    expect(html).toMatch(/title="[^"]+, Article 5: [^"]+"/)
    expect(html).toContain('>Article 5(1) of the APMBT</a>')
    expect(html).toContain(
      '<span class="tm-state-list" data-count="3"><span class="tm-state" data-iso3="AUT">Austria</span>, <span class="tm-state" data-iso3="BEL">Belgium</span> and <span class="tm-state" data-iso3="BEN">Benin</span></span>',
    )
    expect(html).toContain(
      '<a class="tm-doc" href="https://docs.un.org/en/CCW/MSP/2023/4" data-symbol="CCW/MSP/2023/4">CCW/MSP/2023/4</a>',
    )
  })

  it('keeps the text exactly', () => {
    expect(textOf(renderText(sentence, sentenceExtraction()))).toBe(sentence)
  })

  it('escapes text and attribute values', () => {
    const text = 'See <script>alert(1)</script> & "Article 2" of the NPT'
    const e = empty()
    e.citations.push({
      type: 'citation',
      ...span(text, '"Article 2" of the NPT'),
      treaty: 'npt',
      article: '2"><img src=x onerror=alert(1)>',
      paragraph: null,
    })
    const html = renderExtractionHtml(text, e)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&#x3C;script>')
    // The quote is escaped, so the value cannot end the attribute.
    expect(html).toContain('data-article="2&#x22;><img src=x onerror=alert(1)>"')
    expect(html.replace(/"[^"]*"/g, '""')).not.toContain('<img')
  })

  it('emits http(s) URLs only', () => {
    const text = 'Article 1 of the NPT and S/RES/1540 (2004)'
    const e = empty()
    e.citations.push({
      type: 'citation',
      ...span(text, 'Article 1 of the NPT'),
      treaty: 'npt',
      article: '1',
      paragraph: null,
      url: 'javascript:alert(1)',
    })
    e.documents.push({
      type: 'document',
      ...span(text, 'S/RES/1540 (2004)'),
      symbol: 'S/RES/1540(2004)',
      url: 'data:text/html,x',
    })
    const html = renderExtractionHtml(text, e, { buildUrl: (_e, _k, d) => d })
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:text')
    expect(html).not.toContain('href')
    // Without a link the citation is a focusable span, so its card still shows on focus.
    expect(html).toContain('<span class="tm-cite" data-treaty="npt" data-article="1"')
    expect(html).toContain('tabindex="0"')
  })

  it('buildUrl: false removes links, a string replaces them, null keeps the default', () => {
    const e = sentenceExtraction()
    const none = toHtml(renderText(sentence, e, { buildUrl: () => false }))
    expect(none).not.toContain('href')
    const custom = toHtml(
      renderText(sentence, e, {
        buildUrl: (entity, kind) =>
          kind === 'state' && 'iso3' in entity ? `https://example.org/states/${entity.iso3}` : null,
      }),
    )
    expect(custom).toContain(
      '<a class="tm-state" href="https://example.org/states/AUT" data-iso3="AUT">',
    )
    expect(custom).toContain('href="https://docs.un.org/en/CCW/MSP/2023/4"')
  })

  it('classPrefix and kind flags', () => {
    const html = toHtml(
      renderText(sentence, sentenceExtraction(), {
        classPrefix: 'x-',
        documents: false,
        stateLists: false,
      }),
    )
    expect(html).toContain('class="x-cite"')
    expect(html).toContain('class="x-state"')
    expect(html).not.toContain('tm-')
    expect(html).not.toContain('x-state-list')
    expect(html).not.toContain('data-symbol')
  })

  it('drops partial overlaps deterministically and never loses text', () => {
    const text = 'Alpha Beta Gamma Delta'
    const e = empty()
    e.states.push(
      { type: 'state', ...span(text, 'Beta Gamma'), iso3: 'AAA', iso2: 'AA', name: 'Beta Gamma' },
      { type: 'state', ...span(text, 'Gamma Delta'), iso3: 'BBB', iso2: 'BB', name: 'Gamma Delta' },
      { type: 'state', start: 50, end: 60, text: 'nope', iso3: 'CCC', iso2: 'CC', name: 'x' },
      { type: 'state', start: 0, end: 5, text: 'Wrong', iso3: 'DDD', iso2: 'DD', name: 'x' },
    )
    const tree = renderText(text, e)
    expect(textOf(tree)).toBe(text)
    const elements = tree.children.filter((c): c is Element => c.type === 'element')
    expect(elements.map((el) => el.properties.dataIso3)).toEqual(['AAA'])
  })

  it('credit parts become separate elements, links only to http(s)', () => {
    const text = "Photo: 'Harbour at dawn' by jdoe on Flickr (CC BY-SA 2.0)"
    const e = empty()
    e.credits.push({
      type: 'credit',
      start: 0,
      end: text.length,
      text,
      kind: 'photo',
      title: 'Harbour at dawn',
      creator: 'jdoe',
      source: 'Flickr',
      license: 'CC BY-SA 2.0',
      url: 'javascript:alert(1)',
      licenseUrl: 'https://creativecommons.org/licenses/by-sa/2.0/',
    })
    const html = renderExtractionHtml(text, e, { paragraphs: true })
    expect(html).toBe(
      '<p class="tm-credit" data-kind="photo" data-license="CC BY-SA 2.0">Photo: \'<span class="tm-credit-title">Harbour at dawn</span>\' by <span class="tm-credit-creator">jdoe</span> on <span class="tm-credit-source">Flickr</span> (<a class="tm-credit-license" href="https://creativecommons.org/licenses/by-sa/2.0/" rel="license">CC BY-SA 2.0</a>)</p>',
    )
  })

  it('never nests links', () => {
    const text = 'Photo: Article 1 of the NPT by someone'
    const e = empty()
    e.credits.push({
      type: 'credit',
      start: 0,
      end: text.length,
      text,
      kind: 'photo',
      title: 'Article 1 of the NPT',
      creator: 'someone',
      source: null,
      license: null,
      url: 'https://example.org/work',
    })
    e.citations.push({
      type: 'citation',
      ...span(text, 'Article 1 of the NPT'),
      treaty: 'npt',
      article: '1',
      paragraph: null,
    })
    const html = renderExtractionHtml(text, e)
    expect(html.match(/<a /g)?.length).toBe(1)
    expect(html).toContain('<span class="tm-cite"')
  })

  it('paragraphs', () => {
    const text = 'First line.\n\nSecond with Austria.\n'
    const e = empty()
    e.states.push({
      type: 'state',
      ...span(text, 'Austria'),
      iso3: 'AUT',
      iso2: 'AT',
      name: 'Austria',
    })
    expect(toHtml(renderParagraphs(text, e))).toBe(
      '<p>First line.</p>\n\n<p>Second with <span class="tm-state" data-iso3="AUT">Austria</span>.</p>\n',
    )
  })
})

describe('line breaks in paragraphs', () => {
  it('adds <br> before single line breaks, keeps the text', () => {
    const text = 'First line\nsecond with Austria\n\nNext'
    const e = empty()
    e.states.push({
      type: 'state',
      ...span(text, 'Austria'),
      iso3: 'AUT',
      iso2: 'AT',
      name: 'Austria',
    })
    const tree = renderParagraphs(text, e)
    expect(toHtml(tree)).toBe(
      '<p>First line<br>\nsecond with <span class="tm-state" data-iso3="AUT">Austria</span></p>\n\n<p>Next</p>',
    )
    expect(textOf(tree)).toBe(text)
    expect(toHtml(renderParagraphs(text, e, { lineBreaks: false }))).not.toContain('<br>')
  })
})

describe('renderHtml', () => {
  it('extracts and renders in one call', () => {
    const html = renderHtml('Article 5 of the Mine Ban Treaty binds Austria.')
    expect(html).toContain('class="tm-cite"')
    expect(html).toContain('data-treaty="apmbt"')
    expect(html).toContain('<span class="tm-state" data-iso3="AUT">Austria</span>')
  })

  it('renders a given extraction without extracting again', () => {
    const text = 'Only Belgium here.'
    const extraction = empty()
    extraction.states.push({
      type: 'state',
      ...span(text, 'Only'),
      iso3: 'XXX',
      iso2: 'XX',
      name: 'Test',
    })
    expect(renderHtml(text, { extraction })).toBe(
      '<span class="tm-state" data-iso3="XXX" title="Test">Only</span> Belgium here.',
    )
  })

  it('marks a citation of an article the instrument does not have as invalid', () => {
    expect(renderHtml('Article 99 of the CCM.')).toBe(
      '<a class="tm-cite tm-invalid" href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&#x26;mtdsg_no=XXVI-6&#x26;chapter=26&#x26;clang=_en" data-treaty="ccm" data-article="99" title="Convention on Cluster Munitions: Article 99 does not exist (the last is Article 23)" data-card-name="Convention on Cluster Munitions" data-card-detail="Article 99 does not exist (the last is Article 23)">Article 99 of the CCM</a>.',
    )
    expect(renderHtml('Article 23 of the CCM.')).not.toContain('tm-invalid')
  })

  it('escapes markup in plain text input', () => {
    expect(renderHtml('<b onclick="x">Austria</b>')).toBe(
      '&#x3C;b onclick="x"><span class="tm-state" data-iso3="AUT">Austria</span>&#x3C;/b>',
    )
  })
})

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['  javascript:alert(1)', undefined],
    ['//example.org', undefined],
    ['/relative', undefined],
    ['https://', undefined],
    ['data:text/html,x', undefined],
    [42, undefined],
  ])('%s', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected)
  })
})
