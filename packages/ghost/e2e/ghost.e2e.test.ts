/**
 * The Ghost tier: a real Ghost (6.65 on Node 22, installed by .ci/ghost.sh), set up with an owner
 * and an integration; posts published through the CLI and read back from the public site, the
 * enhancer injected through Ghost's code injection and checked in Debian's Chromium.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../src/cli.js'
import { GhostAdminApi, adminToken, lexicalDocument } from '../src/index.js'
import { elementBase, lexicalText } from '../src/lexical.js'
import { hasChromium, launchChromium } from '../test/chromium.js'
import { missingGhost, startGhost, type GhostSite } from './ghost-server.js'
import { fieldPng } from './png.js'

const port = 2370
const repoRoot = new URL('../../../', import.meta.url)
const samples = process.env.TREATYMARK_SAMPLES ?? new URL('../shared/samples/', repoRoot).pathname
const screenshots = process.env.SCREENSHOTS ? new URL('docs/images/', repoRoot) : undefined
const reason =
  missingGhost() ?? (hasChromium ? undefined : 'no Chromium (apt-get install chromium)')
if (reason) console.warn(`treatymark-ghost e2e skipped: ${reason}`)

const timings: [string, number][] = []
async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    timings.push([label, performance.now() - start])
  }
}

function elements(tree: Nodes): Element[] {
  const out: Element[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'element') out.push(node)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return out
}
const classes = (e: Element): string[] =>
  Array.isArray(e.properties.className) ? e.properties.className.map(String) : []
const textOf = (node: Nodes): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as Nodes)).join('')
      : ''

/** The public page of a post, parsed, with its `.gh-content`. */
async function publicPage(url: string) {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  const html = await response.text()
  const tree = fromHtml(html)
  const content = elements(tree).find((e) => classes(e).includes('gh-content'))
  expect(content, 'the theme renders .gh-content').toBeDefined()
  return { html, tree, content: content!, all: elements(content!) }
}

async function cli(...argv: string[]) {
  let out = ''
  let err = ''
  const code = await main(argv, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
  })
  return { code, out, err }
}

async function tempFile(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'tm-ghost-post-')), name)
  await writeFile(file, text)
  return file
}

describe.skipIf(reason)('treatymark in a real Ghost', () => {
  let site: GhostSite
  let browser: Browser

  beforeAll(async () => {
    site = await timed('Ghost boot, owner, integration', () => startGhost(port))
    browser = await launchChromium()
    if (screenshots) await mkdir(screenshots, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await site?.stop()
    console.log(
      `Ghost tier timings:\n${timings.map(([label, ms]) => `  ${label}: ${(ms / 1000).toFixed(1)} s`).join('\n')}`,
    )
  })

  it('publishes a markdown post through the CLI: cards, links and the stylesheet on the public page', async () => {
    // The fixture's image, served by Ghost itself (uploaded through the Admin API).
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(fieldPng())], { type: 'image/png' }), 'field.png')
    const uploaded = await fetch(`${site.url}/ghost/api/admin/images/upload/`, {
      method: 'POST',
      headers: { Authorization: `Ghost ${adminToken(site.adminKey)}`, 'Accept-Version': 'v5.0' },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const imageUrl = ((await uploaded.json()) as { images: { url: string }[] }).images[0]!.url
    const markdown = (
      await readFile(new URL('../test/fixtures/post/input.md', import.meta.url), 'utf8')
    ).replace('https://example.org/images/field.jpg', imageUrl)
    const file = await tempFile('post.md', markdown)
    const result = await timed('publish through the CLI', () =>
      cli(
        'publish',
        file,
        '--url',
        site.url,
        '--admin-key',
        site.adminKey,
        '--status',
        'published',
      ),
    )
    expect(result.err).toMatch(
      /^created published post "clearance-deadlines-one-more-year" \(3 html cards\)/,
    )
    expect(result.code).toBe(0)
    const url = result.out.trim()
    expect(url).toBe(`${site.url}/clearance-deadlines-one-more-year/`)

    const page = await timed('fetch the public page', () => publicPage(url))
    expect(page.html).toMatch(/<style data-treatymark>\s[\s\S]*\.tm-cite[\s\S]*<\/style>/)
    expect(page.html).toContain('<!--kg-card-begin: html-->')
    const state = (iso3: string) =>
      page.all.find((e) => classes(e).includes('tm-state') && e.properties.dataIso3 === iso3)
    for (const iso3 of ['TCD', 'ETH', 'ZWE', 'AUT', 'PER', 'BEN'])
      expect(state(iso3), iso3).toBeDefined()
    expect(
      page.all
        .filter((e) => classes(e).includes('tm-state-list'))
        .map((e) => e.properties.dataCount),
    ).toEqual(['3', '3'])
    // Ghost tags outbound links with ?ref=<site> when it renders a post.
    const withoutRef = (href: string) => href.replace(/[?&]ref=[^&]*$/, '')
    const links = page.all
      .filter((e) => e.tagName === 'a')
      .map((a) => [textOf(a), withoutRef(String(a.properties.href))])
    expect(links).toContainEqual([
      'Article 5(1) of the Convention',
      'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26&clang=_en',
    ])
    expect(links).toContainEqual([
      'APLC/MSP.21/2023/WP.5',
      'https://docs.un.org/en/APLC/MSP.21/2023/WP.5',
    ])
    const caption = page.all.find(
      (e) => e.tagName === 'figcaption' && classes(e).includes('tm-credit'),
    )
    expect(caption && textOf(caption)).toBe(
      "Photo: 'Cleared field at noon' by field_team on Flickr, CC BY 2.0",
    )
    expect(textOf(page.content)).toContain('A closing line with <b>raw HTML</b> kept as text.')

    if (screenshots) {
      const tab = await browser.newPage({ viewport: { width: 1100, height: 1500 } })
      await tab.goto(url)
      await tab.locator('.gh-content figure').scrollIntoViewIfNeeded()
      await tab
        .locator('.gh-content')
        .screenshot({ path: new URL('ghost-published-post.png', screenshots).pathname })
      await tab.close()
    }
  })

  it('updates the post with --update and keeps the fields set in Ghost', async () => {
    const api = new GhostAdminApi({ url: site.url, key: site.adminKey })
    const before = await api.getPostBySlug('clearance-deadlines-one-more-year')
    await api.updatePost(before.id!, {
      updated_at: before.updated_at!,
      custom_excerpt: 'Set in Ghost, kept.',
    })
    const file = await tempFile(
      'update.md',
      '# Clearance deadlines, revised\n\nUnder Article 5 of the APMBT, Peru reported.\n',
    )
    const result = await cli(
      'publish',
      file,
      '--url',
      site.url,
      '--admin-key',
      site.adminKey,
      '--update',
      'clearance-deadlines-one-more-year',
    )
    expect(result.err).toMatch(/^updated published post "clearance-deadlines-one-more-year"/)
    expect(result.code).toBe(0)
    const after = await api.getPostBySlug('clearance-deadlines-one-more-year')
    expect(after).toMatchObject({
      title: 'Clearance deadlines, revised',
      custom_excerpt: 'Set in Ghost, kept.',
      status: 'published',
    })
    expect((after.tags as { name: string }[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(0)
    const page = await publicPage(result.out.trim())
    expect(
      page.all.some((e) => classes(e).includes('tm-state') && e.properties.dataIso3 === 'PER'),
    ).toBe(true)
  })

  it('answers a wrong key with exit 4', async () => {
    const file = await tempFile('x.md', 'Text.\n')
    const wrong = site.adminKey.replace(/.$/, (c) => (c === '0' ? '1' : '0'))
    const result = await cli('publish', file, '--url', site.url, '--admin-key', wrong)
    expect(result.code).toBe(4)
    expect(result.err).toMatch(/Ghost refused the Admin API key \(401\)/)
  })

  it('publishes a sample post (../shared/samples) with its entities linked', async (context) => {
    const folder = join(samples, 'disarmament-insight-2008')
    if (!existsSync(folder)) {
      console.warn(`sample post skipped: no samples at ${folder}`)
      context.skip()
    }
    const name = (await readdir(folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .at(-1)!
    const [title, , ...body] = (await readFile(join(folder, name), 'utf8')).split('\n')
    // Plain text to markdown: paragraphs at line breaks, markdown's special characters escaped.
    const escape = (line: string) =>
      line.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`).replace(/^(\s*)(\d+)\./, '$1$2\\.')
    const markdown = `---\ntitle: ${JSON.stringify(title!.trim())}\n---\n\n${body
      .map((line) => line.trim())
      .filter(Boolean)
      .map(escape)
      .join('\n\n')}\n`
    const result = await timed('publish a sample post', async () =>
      cli(
        'publish',
        await tempFile(name.replace(/\.txt$/, '.md'), markdown),
        '--url',
        site.url,
        '--admin-key',
        site.adminKey,
        '--status',
        'published',
        '--json',
      ),
    )
    expect(result.code).toBe(0)
    const published = JSON.parse(result.out)
    const page = await publicPage(published.url)
    const { markdownToLexical } = await import('../src/index.js')
    const { extraction } = markdownToLexical(markdown)
    expect(extraction.citations.length).toBeGreaterThan(0)
    const linkTexts = new Set(page.all.filter((e) => e.tagName === 'a').map(textOf))
    for (const citation of extraction.citations) {
      if (!citation.url && !linkTexts.has(citation.text)) {
        // Unlinked citations (no URL) are spans in cards.
        expect(
          page.all.some((e) => classes(e).includes('tm-cite') && textOf(e) === citation.text),
        ).toBe(true)
      } else expect(linkTexts.has(citation.text), citation.text).toBe(true)
    }
    for (const list of extraction.stateLists)
      expect(
        page.all.some(
          (e) =>
            classes(e).includes('tm-state-list') &&
            e.properties.dataCount === String(list.members.length),
        ),
      ).toBe(true)
    // Every word of the post is on the page.
    const squash = (s: string) => s.replace(/\s+/g, '')
    expect(squash(textOf(page.content))).toContain(squash(body.filter((l) => l.trim()).at(-1)!))
  })

  it('injects the enhancer through code injection and marks up a plain post in Chromium', async () => {
    // The inline form, as printed for each field (ASCII, well under Ghost's 65,535 characters).
    const field = async (name: 'head' | 'foot') => {
      const printed = await cli('enhancer', '--instrument', 'apmbt', '--field', name)
      expect(printed.code).toBe(0)
      return printed.out.trim()
    }
    const head = await field('head')
    const foot = await field('foot')
    expect(foot).toMatch(
      /<script data-treatymark-enhancer data-instrument="apmbt">\(function\(\)\{/,
    )
    const saved = await site.staff('PUT', 'settings/', {
      settings: [
        { key: 'codeinjection_head', value: head },
        { key: 'codeinjection_foot', value: foot },
      ],
    })
    expect(saved.status).toBe(200)
    const paragraph = (text: string) => ({
      type: 'paragraph' as const,
      ...elementBase(),
      children: [lexicalText(text)],
    })
    const api = new GhostAdminApi({ url: site.url, key: site.adminKey })
    const post = await api.createPost({
      title: 'A plain post',
      status: 'published',
      lexical: JSON.stringify(
        lexicalDocument([
          paragraph(
            'Mine clearance under Article 5 of the Convention went slowly, and Chad, Ethiopia and Zimbabwe asked for more time.',
          ),
          paragraph('The requests are in APLC/MSP.21/2023/WP.5, and Austria commented on them.'),
          paragraph("Photo: 'Field at dusk' by field_team on Flickr, CC BY 2.0"),
        ]),
      ),
    })
    const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const dialogs: string[] = []
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await timed('load the plain post in Chromium', () => tab.goto(String(post.url)))
    await tab.waitForSelector('.gh-content .tm-cite')
    const found = await tab.evaluate(() => {
      const content = document.querySelector('.gh-content')!
      const pick = (selector: string, attribute: string) =>
        [...content.querySelectorAll(selector)].map((e) => [
          e.textContent,
          e.getAttribute(attribute),
        ])
      return {
        cites: pick('.tm-cite', 'data-treaty'),
        docs: pick('.tm-doc', 'href'),
        states: pick('.tm-state', 'data-iso3'),
        lists: pick('.tm-state-list', 'data-count'),
        credits: pick('.tm-credit', 'data-license'),
        styles: document.querySelectorAll('style[data-treatymark]').length,
        before: content.innerHTML,
      }
    })
    expect(found.cites).toEqual([['Article 5 of the Convention', 'apmbt']])
    expect(found.docs).toEqual([
      ['APLC/MSP.21/2023/WP.5', 'https://docs.un.org/en/APLC/MSP.21/2023/WP.5'],
    ])
    expect(found.states).toEqual([
      ['Chad', 'TCD'],
      ['Ethiopia', 'ETH'],
      ['Zimbabwe', 'ZWE'],
      ['Austria', 'AUT'],
    ])
    expect(found.lists).toEqual([['Chad, Ethiopia and Zimbabwe', '3']])
    expect(found.credits).toHaveLength(1)
    expect(found.styles).toBe(1)
    const same = await tab.evaluate(() => {
      const content = document.querySelector('.gh-content')!
      const before = content.innerHTML
      window.treatymarkGhost!.run()
      return content.innerHTML === before
    })
    expect(same).toBe(true)
    expect(dialogs).toEqual([])
    if (screenshots) {
      await tab.hover('.gh-content .tm-cite')
      await tab.waitForTimeout(400)
      // From the top of the page to the end of the post: the theme's "Read more" below lists the
      // site's other posts, the development samples among them, which stay out of the repository.
      const box = await tab.locator('.gh-content').boundingBox()
      await tab.screenshot({
        path: new URL('ghost-enhancer.png', screenshots).pathname,
        clip: {
          x: 0,
          y: 0,
          width: 1100,
          height: Math.ceil((box?.y ?? 0) + (box?.height ?? 0) + 48),
        },
      })
    }
    await tab.close()
  })

  it('keeps a hostile post safe on the public page', async () => {
    const markdown = [
      '# Hostile input',
      '',
      "Text with <!--kg-card-end: html--> and <script>alert('x')</script> in it, from Austria, Chile and Peru.",
      '',
      ':::credit{title="Field" creator="Someone" source=Flickr license="CC BY 2.0" url="javascript:alert(1)"}',
      '![Field](https://example.org/field.jpg)',
      ':::',
      '',
      'Photo: [Field](javascript:alert(2)) by someone on Flickr, CC BY 2.0',
      '',
      '[a link](javascript:alert(3)) and <img src=x onerror=alert(4)>',
    ].join('\n')
    const file = await tempFile('hostile.md', markdown)
    const result = await cli(
      'publish',
      file,
      '--url',
      site.url,
      '--admin-key',
      site.adminKey,
      '--status',
      'published',
    )
    expect(result.code).toBe(0)
    const tab = await browser.newPage()
    const dialogs: string[] = []
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await tab.goto(result.out.trim())
    await tab.waitForTimeout(500)
    const seen = await tab.evaluate(() => {
      const content = document.querySelector('.gh-content') as HTMLElement
      return {
        scripts: content.querySelectorAll('script').length,
        handlers: [...content.querySelectorAll('*')].filter((e) =>
          [...e.attributes].some((a) => /^on/i.test(a.name)),
        ).length,
        jsLinks: [...content.querySelectorAll('[href], [src]')].filter((e) =>
          /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
        ).length,
        text: content.innerText,
      }
    })
    expect(seen).toMatchObject({ scripts: 0, handlers: 0, jsLinks: 0 })
    expect(seen.text).toContain(
      "Text with <!--kg-card-end: html--> and <script>alert('x')</script> in it, from Austria, Chile and Peru.",
    )
    expect(seen.text).toContain('<img src=x onerror=alert(4)>')
    expect(dialogs).toEqual([])
    await tab.close()
  })
})
