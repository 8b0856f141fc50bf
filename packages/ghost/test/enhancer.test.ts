import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enhancerInlineTags, enhancerTag } from '../src/index.js'
import { hasChromium, launchChromium } from './chromium.js'

const port = 2392
const base = `http://127.0.0.1:${port}`
let server: Server
let browser: Browser
let enhancer: string

/** A static page shaped like a Ghost post (`.gh-content`), with the enhancer in the footer. */
function page(attributes = '', extra = '', script?: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Post</title>${head}</head><body>
<article class="post"><h1 class="title">Not marked: Austria in the title</h1>
<section class="gh-content">
<p>The clearance deadline in Article 5(1) of the APMBT was discussed again, and Chad, Ethiopia and Zimbabwe asked for extensions.</p>
<p>The reports are in APLC/MSP.21/2023/WP.5; <a href="https://example.org/x">Austria in a link</a> stays a plain link.</p>
<p><code>Article 5 of the APMBT in code</code> and <em>Peru</em> in emphasis.</p>
<p>Photo: 'Field at dusk' by field_team on Flickr, CC BY 2.0</p>
</section>
${extra}
</article>
${script ?? `<script ${attributes}>${enhancer}</script>`}
</body></html>`
}

const pages = new Map<string, string>()
const requests: string[] = []

beforeAll(async () => {
  if (!hasChromium) return
  enhancer = await readFile(new URL('../dist/enhancer.js', import.meta.url), 'utf8')
  pages.set('/default', page())
  pages.set(
    '/configured',
    page(
      'data-selector=".other" data-stylesheet="false" data-kinds="states,stateLists" data-instrument="ccm"',
      '<div class="other"><p>Under Article 4 of the Convention, Benin, Chad and Peru reported.</p></div>',
    ),
  )
  // The inline form as Ghost prints it: the Site header part in <head>, the footer before </body>.
  const inline = await enhancerInlineTags({ instrument: 'apmbt' })
  const field = (key: string) => inline.find((part) => part.key === key)?.tag ?? ''
  pages.set('/inline', page('', '', field('codeinjection_foot'), field('codeinjection_head')))
  // Only the footer pasted (or a header from another build): a warning, the page untouched.
  if (inline.length > 1) pages.set('/footer-only', page('', '', field('codeinjection_foot')))
  pages.set('/hosted', page('', '', enhancerTag('/enhancer.js', { selector: '.gh-content' })))
  server = createServer((request, response) => {
    const body = request.url === '/enhancer.js' ? enhancer : pages.get(request.url ?? '')
    const type = request.url === '/enhancer.js' ? 'text/javascript' : 'text/html; charset=utf-8'
    response.writeHead(body ? 200 : 404, { 'Content-Type': type })
    response.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  if (server) await new Promise((resolve) => server.close(resolve))
})

async function open(path: string): Promise<Page> {
  const tab = await browser.newPage()
  tab.on('request', (request) => requests.push(request.url()))
  const errors: string[] = []
  tab.on('pageerror', (error) => errors.push(error.message))
  await tab.goto(`${base}${path}`)
  expect(errors).toEqual([])
  return tab
}

describe.skipIf(!hasChromium)('enhancer in Chromium on a static page', () => {
  it('marks up the post in place, with the stylesheet and no network request', async () => {
    requests.length = 0
    const tab = await open('/default')
    const found = await tab.evaluate(() => {
      const content = document.querySelector('.gh-content')!
      const pick = (selector: string, attribute: string) =>
        [...content.querySelectorAll(selector)].map((e) => [
          e.textContent,
          e.getAttribute(attribute),
        ])
      return {
        cites: pick('a.tm-cite', 'data-treaty'),
        docs: pick('a.tm-doc', 'href'),
        states: pick('.tm-state', 'data-iso3'),
        lists: pick('.tm-state-list', 'data-count'),
        credits: pick('.tm-credit', 'data-license'),
        title: document.querySelector('h1')!.innerHTML,
        link: content.querySelector('a[href="https://example.org/x"]')!.innerHTML,
        code: content.querySelector('code')!.innerHTML,
        style: document.querySelector('style[data-treatymark]')?.textContent?.includes('.tm-cite'),
        text: (content as HTMLElement).innerText,
      }
    })
    expect(found.cites).toEqual([['Article 5(1) of the APMBT', 'apmbt']])
    expect(found.docs).toEqual([
      ['APLC/MSP.21/2023/WP.5', 'https://docs.un.org/en/APLC/MSP.21/2023/WP.5'],
    ])
    expect(found.states).toEqual([
      ['Chad', 'TCD'],
      ['Ethiopia', 'ETH'],
      ['Zimbabwe', 'ZWE'],
      ['Peru', 'PER'],
    ])
    expect(found.lists).toEqual([['Chad, Ethiopia and Zimbabwe', '3']])
    expect(found.credits).toEqual([
      ["Photo: 'Field at dusk' by field_team on Flickr, CC BY 2.0", 'CC BY 2.0'],
    ])
    expect(found.title).toBe('Not marked: Austria in the title')
    expect(found.link).toBe('Austria in a link')
    expect(found.code).toBe('Article 5 of the APMBT in code')
    expect(found.style).toBe(true)
    expect(found.text).toContain(
      'The clearance deadline in Article 5(1) of the APMBT was discussed again',
    )
    expect(requests).toEqual([`${base}/default`])
    await tab.close()
  })

  it('runs the same from the packed inline tag (no request) and from a hosted copy', async () => {
    for (const [path, expected] of [
      ['/inline', [`${base}/inline`]],
      ['/hosted', [`${base}/hosted`, `${base}/enhancer.js`]],
    ] as const) {
      requests.length = 0
      const tab = await open(path)
      await tab.waitForSelector('.gh-content .tm-cite')
      const marked = await tab.evaluate(() => ({
        cites: document.querySelectorAll('.gh-content .tm-cite').length,
        states: document.querySelectorAll('.gh-content .tm-state').length,
        styles: document.querySelectorAll('style[data-treatymark]').length,
      }))
      expect(marked, path).toEqual({ cites: 1, states: 4, styles: 1 })
      expect(requests).toEqual(expected)
      await tab.close()
    }
  })

  it('warns and leaves the page alone when a part of the inline form is missing', async () => {
    if (!pages.has('/footer-only')) return
    const tab = await browser.newPage()
    const warnings: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    await tab.goto(`${base}/footer-only`)
    await tab.waitForLoadState('load')
    const state = await tab.evaluate(() => ({
      cites: document.querySelectorAll('.tm-cite').length,
      enhancer: typeof window.treatymarkGhost,
    }))
    expect(state).toEqual({ cites: 0, enhancer: 'undefined' })
    expect(warnings).toEqual([
      expect.stringMatching(/^treatymark: part 1 of 2 of the enhancer is missing/),
    ])
    await tab.close()
  })

  it('is idempotent', async () => {
    const tab = await open('/default')
    const again = await tab.evaluate(() => {
      const before = document.body.innerHTML
      window.treatymarkGhost!.run()
      return {
        same: document.body.innerHTML === before,
        styles: document.querySelectorAll('style[data-treatymark]').length,
      }
    })
    expect(again).toEqual({ same: true, styles: 1 })
    await tab.close()
  })

  it('reads data- attributes: selector, kinds, instrument, stylesheet', async () => {
    const tab = await open('/configured')
    const found = await tab.evaluate(() => ({
      inPost: document.querySelectorAll('.gh-content [class^="tm-"]').length,
      cites: document.querySelectorAll('.other .tm-cite').length,
      states: [...document.querySelectorAll('.other .tm-state')].map((e) =>
        e.getAttribute('data-iso3'),
      ),
      lists: document.querySelectorAll('.other .tm-state-list').length,
      style: document.querySelectorAll('style[data-treatymark]').length,
    }))
    expect(found).toEqual({
      inPost: 0,
      cites: 0,
      states: ['BEN', 'TCD', 'PER'],
      lists: 1,
      style: 0,
    })
    await tab.close()
  })
})
