import { describe, expect, it } from 'vitest'
import { findInjections, payloads, urlPayloads, urlProblem } from '../index.js'

describe('payloads', () => {
  it('has at least 250 distinct payloads in every category', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(250)
    expect(new Set(payloads.map((p) => p.value)).size).toBe(payloads.length)
    const categories = new Set(payloads.map((p) => p.category))
    expect([...categories].sort()).toEqual(
      ['breakout', 'data-url', 'filter-evasion', 'markdown', 'scheme', 'svg-mathml'].sort(),
    )
    expect(urlPayloads.length).toBeGreaterThan(200)
  })
})

describe('findInjections (the check must catch what it looks for)', () => {
  it.each([
    ['<script>alert(1)</script>', /<script> element/],
    ['<img src=x onerror=alert(1)>', /event handler onerror/],
    ['<a href="java&#9;script:alert(1)">x</a>', /a\[href\] is a javascript: URL/],
    ['<a href="\u0001javascript:alert(1)">x</a>', /javascript: URL/],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', /data: URL/],
    ['<a href="data:image/png;base64,AAAA">x</a>', /data: URL/],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /<svg> element/],
    ['<math href="javascript:alert(1)">x</math>', /<math> element/],
    ['<div style="width:expression(alert(1))">', /style/],
    ['<iframe srcdoc="x"></iframe>', /srcdoc/],
    ['<img srcset="a.png 1x, javascript:alert(1) 2x">', /srcset/],
    [
      '<p>a</p><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      /noscript|onerror/,
    ],
  ])('%s', (html, problem) => {
    const found = findInjections(html)
    expect(found.join('\n')).toMatch(problem)
  })

  it.each([
    '<p>Plain &lt;script&gt;alert(1)&lt;/script&gt; text</p>',
    '<a class="tm-cite" href="https://example.org/?a=1&#x26;b=2">x</a>',
    '<img src="images/a.png" alt="">',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">',
    '<a href="/relative">x</a>',
    '<span title="&quot; onclick=&quot;alert(1)">x</span>',
  ])('clean: %s', (html) => {
    expect(findInjections(html)).toEqual([])
  })

  it('urlProblem reads URLs as browsers do', () => {
    expect(urlProblem(' \t\njava\rscript:alert(1)')).toMatch(/javascript:/)
    expect(urlProblem('https://example.org')).toBeNull()
    expect(urlProblem('java\u200bscript:alert(1)')).toBeNull()
  })
})
