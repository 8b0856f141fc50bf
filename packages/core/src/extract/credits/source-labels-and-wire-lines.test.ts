/**
 * Credits from the twelfth real-page set's misses: one word after a source's label names the
 * source ("Nguồn ảnh: Example", "Image source: Example"); a photographer, a dash and a picture
 * library's site ("Ảnh: Jane Doe - Example.com"); a wire's name alone under a gallery's counter
 * ("2/15", "Swipe or click to see more", then "ASSOCIATED PRESS" over the caption); a Korean
 * wire's "ⓒ AFP=뉴스1" (the source as written). Every sentence is written for these tests; the
 * names are invented.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exact, fields, sane } from './test-helpers.js'

describe('a source label, a site after a dash, a wire under a gallery counter', () => {
  it('reads one word after a source label as the source', () => {
    expect(exact('Cánh đồng bị bỏ hoang. Nguồn ảnh: Examplearchive. Sau đó')).toEqual([
      {
        start: 23,
        end: 48,
        text: 'Nguồn ảnh: Examplearchive',
        kind: 'image',
        title: null,
        creator: null,
        source: 'Examplearchive',
        license: null,
      },
    ])
    expect(fields('Image source: Examplearchive\nThe field lies fallow.')).toEqual([
      {
        text: 'Image source: Examplearchive',
        creator: null,
        source: 'Examplearchive',
        license: null,
      },
    ])
    // So does a credit label (the real-page sets annotate a firm's or a desk's name there).
    expect(fields('Photo credit: Examplearchive\nThe field lies fallow.')).toEqual([
      {
        text: 'Photo credit: Examplearchive',
        creator: null,
        source: 'Examplearchive',
        license: null,
      },
    ])
  })

  it('reads a photographer, a dash and a site, the next caption glued on', () => {
    const text =
      'Một con đường qua thung lũng. Ảnh: Jane Doe - Examplephotos.comMột cây cầu cũ bên sông. Ảnh: Jane Doe - Examplephotos.com\n'
    expect(exact(text)).toEqual([
      {
        start: 30,
        end: 63,
        text: 'Ảnh: Jane Doe - Examplephotos.com',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Examplephotos.com',
        license: null,
      },
      {
        start: 88,
        end: 121,
        text: 'Ảnh: Jane Doe - Examplephotos.com',
        kind: 'photo',
        title: null,
        creator: 'Jane Doe',
        source: 'Examplephotos.com',
        license: null,
      },
    ])
    // "Magnum Photos" after a spaced slash stays whole before the caption.
    expect(fields('Ảnh: Jane Doe / Magnum Photos The field lies fallow in the valley.\n')).toEqual([
      {
        text: 'Ảnh: Jane Doe / Magnum Photos',
        creator: 'Jane Doe',
        source: 'Magnum Photos',
        license: null,
      },
    ])
  })

  it('reads a wire alone under a gallery counter, not over a story', () => {
    const gallery =
      'Roads in the valley\n\n1/12\nSwipe or click to see more\n\nASSOCIATED PRESS\n\nJane Doe carries water along the road near the market, Sunday, Jan. 22. The well is dry.\n2/12\nSwipe or click to see more\n\nASSOCIATED PRESS\n\nJohn Roe repairs a roof in the village after the storm, Monday, Jan. 23.\n'
    expect(exact(gallery)).toEqual([
      {
        start: 54,
        end: 70,
        text: 'ASSOCIATED PRESS',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Associated Press',
        license: null,
      },
      {
        start: 194,
        end: 210,
        text: 'ASSOCIATED PRESS',
        kind: 'credit',
        title: null,
        creator: null,
        source: 'Associated Press',
        license: null,
      },
    ])
    // A wire over a story without a counter is its byline.
    const story =
      'Roads in the valley\n\nASSOCIATED PRESS\n\nJane Doe carries water along the road near the market, Sunday, Jan. 22. The well is dry.\n'
    expect(exact(story)).toEqual([])
  })

  it('reads "ⓒ AFP=뉴스1" as the source', () => {
    expect(fields('기념식이 열렸다 ⓒ AFP=뉴스1\n')).toEqual([
      { text: 'ⓒ AFP=뉴스1', creator: null, source: 'AFP=뉴스1', license: null },
    ])
  })

  it('a wire under any gallery counter (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('ASSOCIATED PRESS', 'REUTERS', 'Associated Press', 'Getty Images'),
        fc.constantFrom('', 'Swipe or click to see more\n'),
        (n, wire, button) => {
          const text = `Title of the gallery\n\n${n}/${n + 5}\n${button}\n${wire}\n\nJane Doe carries water along the road near the market on Sunday.\n`
          sane(text)
          expect(fields(text).map((c) => c.text)).toEqual([wire])
        },
      ),
    )
  })
})
