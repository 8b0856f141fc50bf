import { describe, expect, it } from 'vitest'
import type { ImageCredit } from '../models/extraction.js'
import { safeHttpUrl as safeUrl } from '../render/url.js'
import { creditParts, formatCredit } from './credit.js'

const base: Pick<ImageCredit, 'kind' | 'title' | 'creator' | 'source' | 'license'> = {
  kind: 'photo',
  title: null,
  creator: null,
  source: null,
  license: null,
}

describe('formatCredit (text)', () => {
  it('writes TASL in order: title, author, source, licence', () => {
    expect(
      formatCredit({
        ...base,
        title: 'Sleepy walrus',
        creator: 'ice_fan42',
        source: 'Flickr',
        license: 'CC BY 2.0',
      }),
    ).toBe('\u201cSleepy walrus\u201d by ice_fan42 on Flickr, CC BY 2.0')
  })

  it('names the kind when there is no title', () => {
    expect(formatCredit({ ...base, creator: 'Ana Pereira' })).toBe('Photo by Ana Pereira')
    expect(formatCredit({ ...base, kind: 'map', creator: 'Ana Pereira' })).toBe(
      'Map by Ana Pereira',
    )
    expect(formatCredit({ ...base, kind: 'credit', creator: 'Ana Pereira' })).toBe('Ana Pereira')
  })

  it('separates agencies with a comma and platforms with "on"', () => {
    expect(formatCredit({ ...base, creator: 'Marie Dubois', source: 'UN Photo' })).toBe(
      'Photo by Marie Dubois, UN Photo',
    )
    expect(
      formatCredit({ ...base, kind: 'video', title: 'Closing session', source: 'YouTube' }),
    ).toBe('\u201cClosing session\u201d on YouTube')
    expect(formatCredit({ ...base, source: 'Wikimedia Commons', license: 'CC BY-SA 3.0' })).toBe(
      'Wikimedia Commons, CC BY-SA 3.0',
    )
  })

  it('returns an empty string for an empty credit', () => {
    expect(formatCredit(base)).toBe('')
  })
})

describe('creditParts', () => {
  it('links the title to the work and the licence to its deed', () => {
    expect(
      creditParts({
        ...base,
        title: 'Quiet lake',
        creator: 'Ana Pereira',
        source: 'Flickr',
        license: 'CC BY-SA 2.0',
        url: 'https://www.flickr.com/photos/ana/1',
      }),
    ).toEqual([
      {
        role: 'title',
        text: '\u201cQuiet lake\u201d',
        url: 'https://www.flickr.com/photos/ana/1',
        prefix: '',
      },
      { role: 'creator', text: 'Ana Pereira', prefix: ' by ' },
      { role: 'source', text: 'Flickr', prefix: ' on ' },
      {
        role: 'license',
        text: 'CC BY-SA 2.0',
        url: 'https://creativecommons.org/licenses/by-sa/2.0/',
        prefix: ', ',
      },
    ])
  })

  it('links the source when there is no title', () => {
    const parts = creditParts({ ...base, source: 'Flickr', url: 'https://flickr.com/x' })
    expect(parts).toEqual([
      { role: 'source', text: 'Flickr', url: 'https://flickr.com/x', prefix: '' },
    ])
  })

  it('never emits a non-http(s) URL', () => {
    const parts = creditParts({
      ...base,
      title: 'Trap',
      url: 'javascript:alert(1)',
      license: 'CC BY 2.0',
      licenseUrl: 'data:text/html,x',
    })
    expect(parts[0]).not.toHaveProperty('url')
    // The bad licence URL is replaced by the registry's.
    expect(parts[1]!.url).toBe('https://creativecommons.org/licenses/by/2.0/')
    expect(safeUrl('ftp://example.org/')).toBeUndefined()
    expect(safeUrl('https://example.org/a b')).toBe('https://example.org/a%20b')
  })

  it('leaves licences without a deed unlinked', () => {
    const [part] = creditParts({ ...base, license: 'All rights reserved' })
    expect(part).toEqual({ role: 'license', text: 'All rights reserved', prefix: '' })
  })
})

describe('formatCredit (html)', () => {
  it('wraps each element and escapes text', () => {
    expect(
      formatCredit(
        {
          ...base,
          title: 'Tom & <Jerry>',
          creator: 'A "B"',
          source: 'Flickr',
          license: 'CC BY 2.0',
          url: 'https://flickr.com/p?a=1&b=2',
        },
        { format: 'html' },
      ),
    ).toBe(
      // Serialised by hast-util-to-html, like every other HTML treatymark writes.
      '<span class="tm-credit-title"><a href="https://flickr.com/p?a=1&#x26;b=2" rel="noopener">\u201cTom &#x26; &#x3C;Jerry>\u201d</a></span>' +
        ' by <span class="tm-credit-creator">A "B"</span>' +
        ' on <span class="tm-credit-source">Flickr</span>' +
        ', <span class="tm-credit-license"><a href="https://creativecommons.org/licenses/by/2.0/" rel="license noopener">CC BY 2.0</a></span>',
    )
  })

  it('throws only a TypeError for a credit that is not an object; the rest degrades', () => {
    expect(() => formatCredit(null as never)).toThrow(/^formatCredit: `credit` must be an object$/)
    expect(
      formatCredit(
        {
          kind: 'constructor',
          title: 42,
          creator: 'A. Walker',
          source: {},
          license: null,
        } as never,
        'html' as never,
      ),
    ).toBe('A. Walker')
    expect(formatCredit({ kind: 'map', creator: 'B' } as never, { format: 'pdf' as never })).toBe(
      'Map by B',
    )
  })
})
