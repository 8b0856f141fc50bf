// Drives the built demo in Debian's Chromium (playwright-core, no downloaded browser): the first
// screen at laptop and phone widths, typing with decorations and the invalid style, the panels,
// share URLs, exports, dark mode, the keyboard, and no request to any other origin. Screenshots
// go to e2e/screenshots/ (ignored by git).
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromiumPath, hasChromium, launchChromium } from '@treatymark/test-chromium'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const shots = path.join(root, 'e2e/screenshots')
const port = Number(process.env.DEMO_PORT ?? 4170 + Math.floor(Math.random() * 10))
const base = `http://127.0.0.1:${port}/`

let server
let browser
/** Every URL any page asked for, to check that none leaves the demo's origin. */
const requested = []

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist/index.html')), 'build the demo first (npm run build)')
  assert.ok(hasChromium, `no Chromium at ${chromiumPath} (apt-get install chromium)`)
  mkdirSync(shots, { recursive: true })
  // npx finds the workspace's hoisted vite; its own process group so after() stops vite too.
  server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore', detached: true },
  )
  await waitFor(base)
  browser = await launchChromium({ args: ['--disable-quic'] })
})

after(async () => {
  await browser?.close()
  if (server?.pid) process.kill(-server.pid)
})

/** A page in a fresh context (its own storage), recording requests; other origins are refused. */
async function open(
  hash = '',
  { width = 1366, height = 900, colorScheme = 'light', hasTouch = false } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    hasTouch,
    colorScheme,
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  const page = await context.newPage()
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`))
  page.on('request', (request) => requested.push(request.url()))
  await context.route(
    (url) => !url.href.startsWith(base) && !url.href.startsWith('blob:'),
    (route) => route.abort(),
  )
  await page.goto(base + hash, { waitUntil: 'domcontentloaded' })
  return page
}

async function close(page) {
  await page.context().close()
}

/** Replace the editor's text as a user would (select all, type). */
async function typeText(page, text) {
  await page.click('#editor')
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(text)
}

const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('the first screen explains itself and never scrolls sideways (1366 and 390 px)', async () => {
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ]) {
    const page = await open('', { width, height })
    await page.waitForSelector('#preview .tm-cite')
    assert.match(await page.locator('.lede').innerText(), /treatymark finds treaty citations/)
    assert.equal(await page.locator('.legend li').count(), 6)
    // Extraction and rendering ran in the worker, not on the page.
    await page.waitForFunction(() =>
      /in the worker/.test(document.querySelector('#status')?.textContent ?? ''),
    )
    assert.equal(await sideways(page), 0, `no sideways scroll at ${width} px`)
    // Show every card in turn (focus): none may widen the page.
    const cites = page.locator('#preview .tm-cite')
    for (let i = 0; i < (await cites.count()); i++) {
      await cites.nth(i).focus()
      assert.equal(await sideways(page), 0, `card ${i} at ${width} px`)
    }
    // The last card fades in (120 ms, core's style.css): shoot it once it is opaque.
    await page.waitForTimeout(250)
    await page.screenshot({ path: path.join(shots, `playground-${width}.png`) })
    await page.goto(`${base}#/docs/rendering`)
    await page.waitForSelector('article.doc h1')
    assert.equal(await sideways(page), 0, `docs page at ${width} px`)
    await close(page)
  }
})

test('typing: decorations in the source, the invalid style, panels with names, group chart', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await typeText(
    page,
    'Under Article 5(1) of the APMBT, Austria, Chile, Ghana and Japan reported; Article 99 of the CCM was cited by mistake.',
  )
  await page.waitForSelector('#preview .tm-cite.tm-invalid')
  const invalid = page.locator('#preview .tm-invalid')
  assert.equal(await invalid.innerText(), 'Article 99 of the CCM')
  assert.equal(
    await invalid.getAttribute('data-card-detail'),
    'Article 99 does not exist (the last is Article 23)',
  )
  const underline = await invalid.evaluate((e) => getComputedStyle(e).textDecorationStyle)
  assert.equal(underline, 'wavy')
  // The card says what is wrong, on focus.
  await invalid.focus()
  const card = await invalid.evaluate((e) => {
    const s = getComputedStyle(e, '::after')
    return { display: s.display, content: s.content }
  })
  assert.equal(card.display, 'block')
  assert.match(card.content, /does not exist/)
  // Decorations where the entities are written.
  await page.waitForSelector('.cm-content .src-invalid')
  assert.equal(
    await page.locator('.cm-content .src-citation').first().innerText(),
    'Article 5(1) of the APMBT',
  )
  assert.ok((await page.locator('.cm-content .src-state').count()) >= 4)
  assert.ok((await page.locator('.cm-content .src-state-list').count()) >= 1)
  assert.match(await page.locator('.cm-content .src-invalid').innerText(), /Article 99/)
  assert.ok(
    (await page.locator('.cm-lint-marker-error').count()) >= 1,
    'a lint marker in the gutter',
  )
  // Panels with names, not ids.
  const instruments = await page.locator('.panel[data-kind="Instruments"]').innerText()
  assert.match(instruments, /Anti-Personnel Mine Ban Convention/)
  assert.match(instruments, /Convention on Cluster Munitions/)
  assert.match(instruments, /Article 99: no such article/)
  const lists = await page.locator('.panel[data-kind="State lists"]').innerText()
  assert.match(lists, /🇦🇹 Austria, 🇨🇱 Chile, 🇬🇭 Ghana, 🇯🇵 Japan/)
  assert.equal(await page.locator('.group-chart li[data-group="weog"] .value').innerText(), '1')
  assert.equal(await page.locator('.group-chart li[data-group="african"] .value').innerText(), '1')
  assert.equal(
    await page.locator('.group-chart li[data-group="asia-pacific"] .value').innerText(),
    '1',
  )
  assert.equal(
    await page.locator('.group-chart li[data-group="latin-american-caribbean"] .value').innerText(),
    '1',
  )
  assert.match(
    await page.locator('#diagnostics .diagnostic.error').innerText(),
    /article-out-of-range/,
  )
  // A panel entry selects its words in the source.
  await page.locator('.panel[data-kind="Citations"] .pick').first().click()
  const selected = await page.evaluate(() => window.getSelection()?.toString())
  assert.equal(selected, 'Article 5(1) of the APMBT')
  // ... and brings them into view (the page settles a frame after the click).
  await page.waitForFunction(() => {
    const box = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
    return box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
  })
  await page.screenshot({ path: path.join(shots, 'typing-invalid-1366.png') })
  // Markup-looking input comes back as text, never as an element.
  await typeText(page, '<img src=x onerror="window.__pwned=1"> the U.S.')
  await page.waitForFunction(() =>
    document.querySelector('#preview')?.textContent?.includes('<img src=x'),
  )
  assert.equal(await page.locator('#preview img').count(), 0)
  assert.equal(await page.locator('#preview .tm-state').getAttribute('data-iso3'), 'USA')
  assert.equal(await page.evaluate(() => window.__pwned), undefined)
  await close(page)
})

test('a share URL opens the same text and options in a new page', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await typeText(page, 'Article 5 binds Austria and the Holy See.')
  await page.selectOption('#instrument', 'ccm')
  await page.check('#demonyms')
  await page.waitForFunction(
    () => document.querySelector('#preview .tm-cite')?.getAttribute('data-treaty') === 'ccm',
  )
  await page.click('#share')
  await page.waitForFunction(() =>
    /Share link copied/.test(document.querySelector('#status')?.textContent ?? ''),
  )
  const url = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(url, /#\/s\//)
  await close(page)

  const other = await open(url.slice(base.length))
  await other.waitForSelector('#preview .tm-cite[data-treaty="ccm"]')
  assert.equal(
    await other.locator('.cm-content').innerText(),
    'Article 5 binds Austria and the Holy See.',
  )
  assert.equal(await other.inputValue('#instrument'), 'ccm')
  assert.equal(await other.isChecked('#demonyms'), true)
  assert.equal(await other.inputValue('#mode'), 'text')
  await close(other)
})

test('options persist across reloads and Reset resets them', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await page.selectOption('#instrument', 'att')
  await page.check('#demonyms')
  await page.waitForTimeout(300)
  await page.goto(base)
  await page.waitForSelector('#preview .tm-cite')
  assert.equal(await page.inputValue('#instrument'), 'att')
  assert.equal(await page.isChecked('#demonyms'), true)
  await page.click('#reset')
  assert.equal(await page.inputValue('#instrument'), '')
  assert.equal(await page.isChecked('#demonyms'), false)
  await page.goto(base)
  await page.waitForSelector('#preview .tm-cite')
  assert.equal(await page.inputValue('#instrument'), '')
  await close(page)
})

test('copy HTML, the HTML and JSON tabs, copy markdown', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await typeText(page, 'Article 6 of the ATT; Chad and Peru.')
  await page.waitForFunction(
    () => document.querySelector('#preview .tm-cite')?.getAttribute('data-treaty') === 'att',
  )
  await page.click('#copy-html')
  await page.waitForFunction(() =>
    /HTML copied/.test(document.querySelector('#status')?.textContent ?? ''),
  )
  const html = await page.evaluate(() => navigator.clipboard.readText())
  assert.match(
    html,
    /^<a class="tm-cite" href="https:\/\/[^"]+" data-treaty="att" data-article="6"/,
  )
  await page.click('#tab-html')
  assert.equal(await page.locator('#html-source').innerText(), html)
  await page.click('#tab-json')
  // The worker builds the JSON when the tab opens.
  await page.waitForFunction(() => document.querySelector('#json')?.textContent?.startsWith('{'))
  const json = JSON.parse(await page.locator('#json').innerText())
  assert.equal(json.citations[0].treaty, 'att')
  await page.click('#tab-tree')
  await page.waitForFunction(() => document.querySelector('#tree')?.textContent?.includes('"hast"'))
  await page.click('#copy-markdown')
  await page.waitForFunction(() =>
    /Markdown/.test(document.querySelector('#status')?.textContent ?? ''),
  )
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    ':cite[Article 6 of the ATT]{treaty=att article=6}; :state[Chad]{iso3=TCD} and :state[Peru]{iso3=PER}.',
  )
  const download = page.waitForEvent('download')
  await page.click('#download-json')
  assert.match(
    (await download).suggestedFilename(),
    /^treatymark-extraction-\d{4}-\d\d-\d\d\.json$/,
  )
  await close(page)
})

test('markdown mode runs GFM and the remark preset', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await page.selectOption('#mode', 'markdown')
  await page.waitForSelector('#preview figure figcaption.tm-credit')
  // Front matter sets the default instrument: the bold "Article 5(1)" is a Mine Ban Treaty citation.
  assert.equal(
    await page.locator('#preview a.tm-cite').first().getAttribute('data-treaty'),
    'apmbt',
  )
  assert.equal(await page.locator('#preview .tm-state[data-iso3="VAT"]').innerText(), 'the Vatican')
  assert.equal(await page.locator('#preview code').innerText(), 'Article 5 of the CCM')
  assert.equal(await page.locator('#preview code .tm-cite').count(), 0)
  assert.equal(await page.locator('#preview a[href="https://example.org/"] .tm-doc').count(), 0)
  assert.equal(
    await page.locator('#preview .tm-state-list').last().innerText(),
    'Austria, Belgium and Peru',
  )
  // Decorations in the markdown source too (offsets mapped back with sourceOffset).
  await page.waitForSelector('.cm-content .src-citation')
  assert.ok((await page.locator('.cm-content .src-state').count()) >= 3)
  // GFM: a table, strikethrough, an autolink.
  assert.equal(await page.locator('#preview table td .tm-state').first().innerText(), 'Chad')
  assert.equal(await page.locator('#preview del').count(), 1)
  assert.equal(await page.locator('#preview a[href="http://www.example.org"]').count(), 1)
  await page.click('#tab-tree')
  await page.waitForFunction(() =>
    document.querySelector('#tree')?.textContent?.includes('"mdast"'),
  )
  await close(page)
})

test('dark mode: the system preference and the theme switch', async () => {
  const page = await open('', { colorScheme: 'dark' })
  await page.waitForSelector('#preview .tm-cite')
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  assert.equal(await background(), 'rgb(22, 24, 27)')
  await page.locator('#preview .tm-cite').first().focus()
  const cardBg = await page
    .locator('#preview .tm-cite')
    .first()
    .evaluate((e) => getComputedStyle(e, '::after').backgroundColor)
  assert.equal(cardBg, 'rgb(31, 36, 43)')
  await page.screenshot({ path: path.join(shots, 'dark-1366.png') })
  await page.click('#theme') // auto -> light
  assert.equal(await background(), 'rgb(251, 251, 248)')
  await page.click('#theme') // light -> dark
  assert.equal(await background(), 'rgb(22, 24, 27)')
  await close(page)
})

test('keyboard only: skip link, tabs, a citation card', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link')
  await page.keyboard.press('Enter')
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main')
  // Tab to the output tabs and move with the arrow keys.
  await page.focus('#tab-preview')
  await page.keyboard.press('ArrowRight')
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-html')
  assert.equal(await page.locator('#pane-html').isVisible(), true)
  await page.keyboard.press('ArrowLeft')
  assert.equal(await page.locator('#pane-preview').isVisible(), true)
  // From the tab, Tab reaches the preview and then its first link: its card shows.
  await page.keyboard.press('Tab')
  let guard = 0
  while (
    !(await page.evaluate(() => document.activeElement?.classList.contains('tm-cite'))) &&
    guard++ < 20
  )
    await page.keyboard.press('Tab')
  const display = await page.evaluate(
    () => getComputedStyle(document.activeElement, '::after').display,
  )
  assert.equal(display, 'block')
  await close(page)
})

test('a tap on a citation shows its card before following the link', async () => {
  const page = await open('', { width: 390, height: 844, hasTouch: true })
  await page.waitForSelector('#preview .tm-cite')
  const cite = page.locator('#preview a.tm-cite').first()
  await cite.scrollIntoViewIfNeeded()
  await cite.tap()
  assert.equal(page.url().startsWith(base), true, 'still on the demo')
  assert.equal(await cite.evaluate((e) => e === document.activeElement), true)
  // The page stays where it was: the citation and its card are in view.
  const box = await cite.boundingBox()
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, `citation in view (${box?.y})`)
  assert.equal(await cite.evaluate((e) => getComputedStyle(e, '::after').display), 'block')
  assert.equal(await sideways(page), 0)
  // The card fades in; 'disabled' finishes the fade so the picture shows the card as it stays.
  await page.screenshot({ path: path.join(shots, 'card-390.png'), animations: 'disabled' })
  await close(page)
})

test('docs pages: rendered with the preset, heading anchors, links between pages', async () => {
  const page = await open('#/docs/index')
  await page.waitForSelector('article.doc h1')
  assert.ok(
    (await page.locator('article.doc .tm-cite').count()) >= 1,
    'docs prose is marked up too',
  )
  assert.ok((await page.locator('article.doc h2[id] .heading-anchor').count()) >= 1)
  const internal = await page.locator('article.doc a[href^="#/docs/"]').count()
  assert.ok(internal >= 1, 'links to other .md pages become demo routes')
  await close(page)
})

test('works offline after the first load', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  await page.waitForSelector('html[data-offline="ready"]', { timeout: 30_000 })
  // A docs page read once online (docs load when opened) stays readable offline.
  await page.evaluate(() => {
    location.hash = '#/docs/extract'
  })
  await page.waitForSelector('article.doc h1')
  await page.evaluate(() => {
    location.hash = '#/'
  })
  await page.waitForSelector('#preview .tm-cite')
  await page.context().setOffline(true)
  await page.reload({ waitUntil: 'domcontentloaded' })
  await page.waitForSelector('#preview .tm-cite')
  await typeText(page, 'Article 6 of the ATT binds Chad.')
  await page.waitForFunction(
    () => document.querySelector('#preview .tm-cite')?.getAttribute('data-treaty') === 'att',
  )
  // The docs page read before going offline.
  await page.evaluate(() => {
    location.hash = '#/docs/extract'
  })
  await page.waitForSelector('article.doc h1', { timeout: 10_000 })
  assert.ok((await page.locator('article.doc .tm-cite').count()) >= 1)
  await close(page)
})

test('no request ever left the demo origin', () => {
  assert.ok(requested.length > 10)
  const foreign = requested.filter(
    (url) => !url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:'),
  )
  assert.deepEqual(foreign, [])
})

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`demo server did not start at ${url}`)
}
