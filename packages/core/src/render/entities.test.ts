import { describe, expect, it } from 'vitest'
import { extract } from '../extract/index.js'
import { hastToHtml, renderHtml } from './html.js'
import { renderCitation, renderCredit, renderStateList } from './entities.js'

describe('renderCitation', () => {
  it('gives the markup of the same citation found in prose', () => {
    const html = hastToHtml(renderCitation({ treaty: 'apmbt', article: '5', paragraph: '1' }))
    const words = html.replace(/<[^>]+>/g, '')
    expect(html).toBe(renderHtml(words))
    expect(html).toMatch(
      /^<a class="tm-cite" href="https:[^"]+" data-treaty="apmbt" data-article="5" data-paragraph="1"/,
    )
  })

  it('keeps the words it is given', () => {
    const html = hastToHtml(
      renderCitation({ treaty: 'ccm', article: '4', text: 'the clearance article' }),
    )
    expect(html).toMatch(/data-treaty="ccm" data-article="4"[^>]*>the clearance article<\/a>$/)
  })

  it('refuses input without a treaty and a citation without words', () => {
    expect(() => renderCitation(null as never)).toThrow(TypeError)
    expect(() => renderCitation({ treaty: 'ccm', text: '' })).toThrow(RangeError)
  })
})

describe('renderStateList', () => {
  it('writes the states out and marks the list and each member', () => {
    const html = hastToHtml(renderStateList(['AUT', 'BE', '204'], { sort: 'alpha' }))
    expect(html).toBe(
      '<span class="tm-state-list" data-count="3"><span class="tm-state" data-iso3="AUT">Austria</span>, <span class="tm-state" data-iso3="BEL">Belgium</span>, and <span class="tm-state" data-iso3="BEN">Benin</span></span>',
    )
    const text = html.replace(/<[^>]+>/g, '')
    expect(extract(text).stateLists[0]?.members).toEqual(['AUT', 'BEL', 'BEN'])
  })

  it('gives nothing for no states', () => {
    expect(renderStateList([]).children).toEqual([])
  })

  it('puts flags before the names, outside the state elements', () => {
    const html = hastToHtml(renderStateList(['AUT', 'BEN'], { flags: true, locale: 'en-GB' }))
    expect(html).toBe(
      '<span class="tm-state-list" data-count="2">\u{1F1E6}\u{1F1F9}\u00a0<span class="tm-state" data-iso3="AUT">Austria</span> and \u{1F1E7}\u{1F1EF}\u00a0<span class="tm-state" data-iso3="BEN">Benin</span></span>',
    )
  })

  it('keeps names that are not states after the states, as written', () => {
    const root = renderStateList(['FRA', 'ESP'], {
      unresolved: [' Atlantis ', '', 'Freedonia'],
      sort: 'alpha',
      locale: 'en-GB',
    })
    const html = hastToHtml(root)
    expect(html.replace(/<[^>]+>/g, '')).toBe('France, Spain, Atlantis and Freedonia')
    expect(html).toBe(
      '<span class="tm-state-list" data-count="2" data-unresolved="2"><span class="tm-state" data-iso3="FRA">France</span>, <span class="tm-state" data-iso3="ESP">Spain</span>, Atlantis and Freedonia</span>',
    )
  })

  it('lists only unresolved names when no code is known', () => {
    const html = hastToHtml(renderStateList([], { unresolved: ['Ruritania'] }))
    expect(html.replace(/<[^>]+>/g, '')).toBe('Ruritania')
  })

  it('ignores an unresolved option that is not a list of strings', () => {
    const plain = hastToHtml(renderStateList(['AUT', 'BEL']))
    expect(hastToHtml(renderStateList(['AUT', 'BEL'], { unresolved: 'x' as never }))).toBe(plain)
    expect(hastToHtml(renderStateList(['AUT', 'BEL'], { unresolved: [7 as never] }))).toBe(plain)
  })
})

describe('renderCredit', () => {
  const credit = {
    kind: 'photo' as const,
    title: 'Deminers at work',
    creator: 'A. Person',
    source: 'Flickr',
    license: 'CC BY 2.0',
  }

  it('writes a TASL caption, in a figure with its image', () => {
    const html = hastToHtml(
      renderCredit(credit, { image: { src: 'https://example.org/a.jpg', alt: 'Two deminers' } }),
    )
    expect(html).toMatch(
      /^<figure class="tm-figure"><img src="https:\/\/example.org\/a.jpg" alt="Two deminers"><figcaption class="tm-credit"/,
    )
    for (const part of ['title', 'creator', 'source', 'license'])
      expect(html).toContain(`class="tm-credit-${part}"`)
  })

  it('drops an image or work URL that is not http(s)', () => {
    const html = hastToHtml(
      renderCredit(
        { ...credit, url: 'javascript:alert(1)' },
        { image: { src: 'javascript:alert(1)' } },
      ),
    )
    expect(html).not.toMatch(/javascript:/i)
  })

  it('uses a paragraph when asked, without an image', () => {
    expect(hastToHtml(renderCredit(credit, { tag: 'p' }))).toMatch(/^<p class="tm-credit"/)
  })
})
