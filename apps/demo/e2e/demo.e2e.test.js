// Drives the built demo in Debian's Chromium (playwright-core, no downloaded browser): the preview
// marks up the example, typing updates it, diagnostics point into the text, docs pages render.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const port = 4300 + Math.floor(Math.random() * 500)
const base = `http://127.0.0.1:${port}/`

let server
let browser

before(async () => {
  assert.ok(existsSync(path.join(root, 'dist/index.html')), 'build the demo first (npm run build)')
  assert.ok(
    existsSync(executablePath),
    `no Chromium at ${executablePath} (apt-get install chromium)`,
  )
  // npx finds the workspace's hoisted vite; its own process group so after() stops vite too.
  server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  )
  await waitFor(base)
  browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
})

after(async () => {
  await browser?.close()
  if (server?.pid) process.kill(-server.pid)
})

async function open(hash = '') {
  const page = await browser.newPage()
  page.on('pageerror', (error) => assert.fail(`page error: ${error.message}`))
  await page.route(
    (url) => !url.href.startsWith(base),
    (route) => route.abort(),
  )
  await page.goto(base + hash, { waitUntil: 'domcontentloaded' })
  return page
}

test('the example is marked up in the preview', async () => {
  const page = await open()
  await page.waitForSelector('#preview .tm-cite')
  const cite = page.locator('#preview a.tm-cite').first()
  assert.match((await cite.getAttribute('href')) ?? '', /^https:\/\//)
  assert.equal(await cite.getAttribute('data-treaty'), 'apmbt')
  assert.ok((await page.locator('#preview .tm-doc').count()) >= 2)
  assert.ok((await page.locator('#preview .tm-state').count()) >= 10)
  assert.equal((await page.locator('#preview .tm-state-list').count()) >= 1, true)
  assert.equal(await page.locator('#preview .tm-credit').count(), 1)
  // The example announces twelve countries and names eleven: the count check must say so.
  assert.match(await page.locator('#diagnostics').innerText(), /list-count-mismatch/)
  await page.close()
})

test('typing updates the preview and the panels', async () => {
  const page = await open()
  await page.fill(
    '#editor',
    'Under Article 6(4) of the Arms Trade Treaty, Ghana, Peru and Viet Nam reported.',
  )
  await page.waitForFunction(
    () => document.querySelector('#preview a.tm-cite')?.getAttribute('data-treaty') === 'att',
  )
  assert.equal(await page.locator('#preview .tm-cite').getAttribute('data-article'), '6')
  assert.equal(await page.locator('#preview .tm-state-list').getAttribute('data-count'), '3')
  assert.match(await page.locator('.panel[data-kind="States"]').innerText(), /VNM/)
  await page.fill('#editor', '<img src=x onerror="window.__pwned=1"> the U.S.')
  // The markup-looking input must come back as text, marked up around it, never as an element.
  await page.waitForFunction(() =>
    document.querySelector('#preview')?.textContent?.includes('<img src=x'),
  )
  assert.equal(await page.locator('#preview img').count(), 0)
  assert.equal(await page.locator('#preview .tm-state').getAttribute('data-iso3'), 'USA')
  assert.equal(await page.evaluate(() => window.__pwned), undefined)
  await page.close()
})

test('markdown mode runs the remark preset', async () => {
  const page = await open()
  await page.evaluate(() => sessionStorage.clear())
  await page.selectOption('#mode', 'markdown')
  await page.waitForSelector('#preview figure figcaption.tm-credit')
  // Front matter sets the default instrument: the bold "Article 5(1)" is a Mine Ban Treaty citation.
  assert.equal(
    await page.locator('#preview a.tm-cite').first().getAttribute('data-treaty'),
    'apmbt',
  )
  assert.equal(await page.locator('#preview .tm-state[data-iso3="VAT"]').innerText(), 'the Vatican')
  // Inline code and existing links are left alone.
  assert.equal(await page.locator('#preview code').innerText(), 'Article 5 of the CCM')
  assert.equal(await page.locator('#preview code .tm-cite').count(), 0)
  assert.equal(await page.locator('#preview a[href="https://example.org/"] .tm-doc').count(), 0)
  assert.equal(
    await page.locator('#preview .tm-state-list').last().innerText(),
    'Austria, Belgium and Peru',
  )
  await page.close()
})

test('docs pages render through the remark preset', async () => {
  const page = await open('#/docs/index')
  await page.waitForSelector('article.doc h1')
  assert.ok(
    (await page.locator('article.doc .tm-cite').count()) >= 1,
    'docs prose is marked up too',
  )
  await page.close()
})

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
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
