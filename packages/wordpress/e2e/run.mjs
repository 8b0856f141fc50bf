// e2e: the plugin in a real WordPress 6.6 (php -S + SQLite) driven in Debian's Chromium through
// playwright-core. Inserts blocks through the inserter and through wp.data, fills their controls,
// applies the inline format and the Detect action, attaches a credit to an image, publishes,
// reads the front end, reloads the editor (no invalid block), and checks that bad input gets a
// message in the editor and never reaches the page as markup. Prints the time of every step.
// Screenshots go to e2e/screenshots/ (ignored by git).
import assert from 'node:assert/strict'
import { mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { execFileSync } from 'node:child_process'
import { launchChromium } from '@treatymark/test-chromium'
import { extract } from '@treatymark/core'
import { pluginRoot, startSite } from './site.mjs'
import { sizeReport } from '../scripts/size.mjs'

const port = Number(process.env.TREATYMARK_WP_PORT ?? 8800)
const shots = join(pluginRoot, 'e2e', 'screenshots')
mkdirSync(shots, { recursive: true })

const timings = []
let failed = 0
async function step(name, fn) {
  const t = performance.now()
  try {
    await fn()
    timings.push([name, performance.now() - t, 'ok'])
    console.log(`ok   ${name} (${Math.round(performance.now() - t)} ms)`)
  } catch (error) {
    failed++
    timings.push([name, performance.now() - t, 'FAIL'])
    await page?.screenshot({ path: join(shots, `fail-${timings.length}.png`) }).catch(() => {})
    console.log(`FAIL ${name} (${Math.round(performance.now() - t)} ms)\n${error?.stack ?? error}`)
  }
}

/** A paragraph of a real post from ../shared/samples with a citation and a state, or our own. */
function sampleParagraph() {
  const root = process.env.TREATYMARK_SAMPLES ?? resolve(pluginRoot, '../../../shared/samples')
  if (existsSync(root)) {
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue
      for (const file of readdirSync(join(root, dir.name))
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        for (const para of readFileSync(join(root, dir.name, file), 'utf8').split(/\n\s*\n/)) {
          const text = para.replace(/\s+/g, ' ').trim()
          if (text.length > 500 || text.length < 80) continue
          const found = extract(text)
          if (found.citations.length > 0 && found.states.length > 0)
            return { text, source: `${dir.name}/${file}` }
        }
      }
    }
  }
  console.log('samples not found: the Detect step uses its own sentence')
  return {
    text: 'Norway and Chile asked the meeting to apply Article 4 of the CCM before the next review.',
    source: 'built-in',
  }
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const tStart = performance.now()
const site = await startSite({ port })
console.log(
  `WordPress ${site.version} ready at ${site.base} in ${Math.round(performance.now() - tStart)} ms`,
)
const browser = await launchChromium()
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
await context.route(
  (url) => !url.href.startsWith(site.base),
  (route) => route.abort(),
)
const page = await context.newPage()
const consoleErrors = []
page.on('console', (msg) => {
  if (msg.type() === 'error' || /Block validation/.test(msg.text())) consoleErrors.push(msg.text())
})
page.on('response', (res) => {
  if (res.status() >= 500) consoleErrors.push(`HTTP ${res.status()} ${res.url()}`)
})
page.setDefaultTimeout(20000)
const inspector = page.locator('.block-editor-block-inspector')
const canvas = page.frameLocator('iframe[name="editor-canvas"]')

async function openEditor(url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await page.waitForFunction(
    () =>
      window.wp?.blocks?.getBlockType?.('treatymark/citation') !== undefined &&
      window.wp.data.select('core/editor').getCurrentPostId() !== null,
    null,
    { timeout: 30000 },
  )
  await page.evaluate(() => {
    window.wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false)
  })
  await page.keyboard.press('Escape').catch(() => {})
  const close = page.getByRole('button', { name: 'Close', exact: true })
  if (await close.isVisible().catch(() => false)) await close.click()
}

async function insert(name, attributes, innerBlocks = []) {
  return page.evaluate(
    ([n, a, inner]) => {
      const { createBlock } = window.wp.blocks
      const block = createBlock(
        n,
        a,
        inner.map(([bn, ba]) => createBlock(bn, ba)),
      )
      window.wp.data.dispatch('core/block-editor').insertBlocks(block)
      return block.clientId
    },
    [name, attributes, innerBlocks],
  )
}

/** Insert a block the way users do: the inserter, its search box, the block's button. */
async function insertFromInserter(title) {
  const search = page.locator('.block-editor-inserter__search input')
  if (!(await search.isVisible().catch(() => false))) {
    await page.getByRole('button', { name: 'Toggle block inserter' }).click()
  }
  await search.fill(title)
  await page.getByRole('option', { name: title }).first().click()
  await page.waitForFunction((t) => {
    const editor = window.wp.data.select('core/block-editor')
    const id = editor.getSelectedBlockClientId()
    return Boolean(id) && window.wp.blocks.getBlockType(editor.getBlockName(id))?.title === t
  }, title)
  return page.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlockClientId())
}

const attrsOf = (clientId) =>
  page.evaluate((id) => window.wp.data.select('core/block-editor').getBlockAttributes(id), clientId)

let postId
const sample = sampleParagraph()
const ids = {}

await step('log in', async () => {
  await page.goto(`${site.base}/wp-login.php`, { waitUntil: 'domcontentloaded' })
  await page.fill('#user_login', 'admin')
  await page.fill('#user_pass', 'password')
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')])
})

await step('open the block editor (plugin script loaded)', async () => {
  await openEditor(`${site.base}/wp-admin/post-new.php`)
  const types = await page.evaluate(() =>
    ['treatymark/citation', 'treatymark/state-list'].map((n) =>
      Boolean(window.wp.blocks.getBlockType(n)),
    ),
  )
  assert.deepEqual(types, [true, true])
  // The script registers each block by name: the block type is block.json's, as WordPress
  // bootstraps it from the server's registration (register_block_type with the block folder).
  for (const folder of ['citation', 'state-list']) {
    const json = JSON.parse(
      readFileSync(join(pluginRoot, 'src', 'blocks', folder, 'block.json'), 'utf8'),
    )
    const type = await page.evaluate((n) => {
      const t = window.wp.blocks.getBlockType(n)
      return {
        apiVersion: t.apiVersion,
        title: t.title,
        description: t.description,
        category: t.category,
        icon: t.icon?.src,
        keywords: t.keywords,
        attributes: t.attributes,
        supports: t.supports,
        example: t.example,
        hasSave: typeof t.save === 'function',
        transforms: [t.transforms?.from?.length ?? 0, t.transforms?.to?.length ?? 0],
      }
    }, json.name)
    for (const key of ['apiVersion', 'title', 'description', 'category', 'icon', 'keywords'])
      assert.deepEqual(type[key], json[key], `${json.name} ${key}`)
    for (const [key, value] of Object.entries(json.attributes))
      assert.deepEqual(type.attributes[key], value, `${json.name} attribute ${key}`)
    for (const [key, value] of Object.entries(json.supports))
      assert.deepEqual(type.supports[key], value, `${json.name} supports.${key}`)
    assert.deepEqual(type.example, json.example, `${json.name} example`)
    assert.equal(type.hasSave, true)
    assert.deepEqual(type.transforms, [1, 1])
  }
})

await step(
  'citation block through the inserter: "Ottawa" finds the Mine Ban Treaty, Article 5(1)',
  async () => {
    ids.citation = await insertFromInserter('Treaty citation')
    const instrument = inspector.getByRole('combobox', { name: 'Instrument' })
    await instrument.fill('Ottawa')
    await page
      .getByRole('option', { name: /Ottawa/ })
      .first()
      .click()
    assert.equal((await attrsOf(ids.citation)).treaty, 'apmbt')
    const article = inspector.getByRole('combobox', { name: 'Article' })
    await article.fill('5')
    await page.getByRole('option', { name: /^Article 5: / }).click()
    await inspector.getByLabel('Paragraph', { exact: true }).fill('1')
    await inspector
      .getByLabel('Quoted provision (optional)')
      .fill(
        'Each State Party undertakes to destroy all anti-personnel mines in mined areas under its jurisdiction.',
      )
    const a = await attrsOf(ids.citation)
    assert.equal(a.article, '5')
    assert.equal(a.paragraph, '1')
    await canvas.locator('.wp-block-treatymark-citation a.tm-cite').waitFor()
    await page.screenshot({ path: join(shots, 'editor-citation.png') })
  },
)

await step('bad input: Article 99 of the CCM is refused with a message', async () => {
  ids.ccm = await insert('treatymark/citation', { treaty: 'ccm', style: 'full' })
  const article = inspector.getByRole('combobox', { name: 'Article' })
  await article.fill('99')
  const error = inspector.locator('.treatymark-article-error')
  await error.waitFor()
  assert.match(await error.innerText(), /no Article 99/)
  await page.screenshot({ path: join(shots, 'editor-article-refused.png') })
  await page.keyboard.press('Escape')
  assert.equal((await attrsOf(ids.ccm)).article, '')
})

await step(
  'state-list block through the inserter: paste "Chad, Ethiopia and Zimbabwe", an unknown name is flagged and kept',
  async () => {
    ids.states = await insertFromInserter('List of states')
    const input = canvas.locator('.treatymark-state-list-editor input')
    await input.click()
    for (const name of ['Austria', 'Atlantis']) {
      await input.fill(name)
      await input.press('Enter')
    }
    await input.fill('Chad, Ethiopia and Zimbabwe')
    await input.press('Enter')
    const names = (await attrsOf(ids.states)).names
    assert.deepEqual(names, ['Austria', 'Atlantis', 'Chad', 'Ethiopia', 'Zimbabwe'])
    await canvas.locator('.treatymark-unknown-states').waitFor()
    assert.match(await canvas.locator('.treatymark-unknown-states').innerText(), /Atlantis/)
    await inspector.getByLabel('Order').selectOption('group')
    await inspector.getByLabel('Show the count').check()
    await inspector.getByLabel('Summary by UN regional group').check()
    await canvas.locator('.wp-block-treatymark-state-list__summary').waitFor()
    await page.screenshot({ path: join(shots, 'editor-state-list.png') })
  },
)

await step(
  'image credit panel on core/image: bad URL and <script> title get a message',
  async () => {
    ids.image = await insert('core/image', {
      url: `${site.base}/wp-content/uploads/harbour.png`,
      alt: 'A harbour at dusk',
      caption: 'Boats at the quay.',
    })
    await inspector.getByRole('button', { name: 'Image credit' }).click()
    const panel = inspector.locator('.treatymark-credit-panel')
    await panel.getByLabel('Title').fill('Harbour <script>alert(1)</script>')
    await panel.getByLabel('Creator').fill('Ann Example')
    await panel.getByLabel('Source').fill('Flickr')
    await panel.getByLabel('Link to the work').fill('javascript:alert(1)')
    const licence = panel.getByRole('combobox', { name: 'Licence' })
    await licence.fill('CC BY 2.0')
    await page.getByRole('option', { name: 'CC BY 2.0', exact: true }).click()
    const error = panel.locator('.treatymark-credit-error')
    await error.waitFor()
    const message = await error.innerText()
    assert.match(message, /http:\/\/ or https:\/\//)
    assert.match(message, /HTML is not allowed/)
    await canvas.locator('figcaption .tm-credit').waitFor()
    await page.screenshot({ path: join(shots, 'editor-credit.png') })
  },
)

await step('image credit: parse a pasted credit line from the caption', async () => {
  ids.image2 = await insert('core/image', {
    url: `${site.base}/wp-content/uploads/harbour.png`,
    alt: 'The same harbour',
    caption: 'Photo: ‘Harbour at dusk’ by sea_watcher on Flickr (CC BY 2.0)',
  })
  await inspector.getByRole('button', { name: 'Image credit' }).click()
  const panel = inspector.locator('.treatymark-credit-panel')
  await panel.getByRole('button', { name: 'Parse from caption' }).click()
  assert.equal(await panel.getByLabel('Creator').inputValue(), 'sea_watcher')
  assert.equal(await panel.getByLabel('Source').inputValue(), 'Flickr')
  const a = await attrsOf(ids.image2)
  assert.equal(a.treatymarkCredit.license, 'CC BY 2.0')
  assert.match(
    String(a.caption),
    /^<span class="tm-credit" data-kind="photo" data-license="CC BY 2.0">/,
  )
})

await step('inline format: select words in a paragraph and mark them as a citation', async () => {
  const text = 'Clearance deadlines come from Article 5 of the Oslo treaty, not from a meeting.'
  ids.inline = await insert('core/paragraph', { content: text })
  const start = text.indexOf('Article 5')
  const end = text.indexOf(', not')
  await canvas.locator(`[data-block="${ids.inline}"]`).click()
  await page.evaluate(
    ([id, s, e]) =>
      window.wp.data.dispatch('core/block-editor').selectionChange(id, 'content', s, e),
    [ids.inline, start, end],
  )
  await page.getByRole('button', { name: 'More', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Treaty citation' }).click()
  const popover = page.locator('.treatymark-cite-popover')
  await popover.getByRole('combobox', { name: 'Instrument' }).fill('APMBT')
  await page.getByRole('option', { name: /APMBT/ }).first().click()
  await popover.getByLabel('Article (pinpoint)').fill('5(1)')
  await page.screenshot({ path: join(shots, 'editor-inline-format.png') })
  await popover.getByRole('button', { name: 'Mark as citation' }).click()
  const content = String((await attrsOf(ids.inline)).content)
  // rich-text writes the class last; the attributes are core's.
  assert.match(
    content,
    /<a [^>]*data-treaty="apmbt" data-article="5" data-paragraph="1"[^>]*class="tm-cite">Article 5 of the Oslo treaty<\/a>/,
  )
  assert.equal(content.replace(/<[^>]+>/g, ''), text, "the author's words are unchanged")
})

await step(`Detect action on a pasted paragraph (${sample.source})`, async () => {
  ids.detect = await insert('core/paragraph', { content: escapeHtml(sample.text) })
  await canvas.locator(`[data-block="${ids.detect}"]`).click()
  await page.getByRole('button', { name: 'More', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Detect citations and states' }).click()
  const popover = page.locator('.treatymark-detect-popover')
  await popover.getByRole('checkbox').first().waitFor()
  const found = await popover.getByRole('checkbox').count()
  await page.screenshot({ path: join(shots, 'editor-detect.png') })
  await popover.getByRole('button', { name: 'Mark accepted' }).click()
  const content = String((await attrsOf(ids.detect)).content)
  assert.ok(found > 0)
  assert.match(content, /class="tm-cite"/)
  assert.match(content, /class="tm-state"/)
  const plain = await page.evaluate((html) => {
    const t = document.createElement('template')
    t.innerHTML = html
    return t.content.textContent
  }, content)
  assert.equal(plain, sample.text, "the author's words are unchanged")
})

await step('publish', async () => {
  await page.evaluate(async () => {
    const { dispatch } = window.wp.data
    dispatch('core/editor').editPost({
      title: 'Clearance deadlines and who asked',
      status: 'publish',
    })
    await dispatch('core/editor').savePost()
  })
  postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId())
  const saved = await page.evaluate(() =>
    window.wp.data.select('core/editor').getEditedPostContent(),
  )
  assert.match(saved, /<!-- wp:treatymark\/citation/)
  assert.ok(postId > 0)
})

let front = ''
await step('front end: the markup contract, no bad input as markup, style only', async () => {
  front = await (await fetch(`${site.base}/?p=${postId}`)).text()
  assert.match(
    front,
    /<a class="tm-cite" href="https:\/\/[^"]+" data-treaty="apmbt" data-article="5" data-paragraph="1"/,
  )
  assert.match(front, /<blockquote><p>Each State Party undertakes/)
  assert.match(front, /<span class="tm-state-list" data-count="4" data-unresolved="1">/)
  assert.match(front, /<span class="tm-state" data-iso3="TCD">Chad<\/span>/)
  assert.match(
    front,
    /wp-block-treatymark-state-list__summary">4 states: 3 African Group, 1 Western European and Others Group/,
  )
  assert.match(front, /<span class="tm-credit" data-kind="photo" data-license="CC BY 2.0">/)
  assert.match(
    front,
    /by <span class="tm-credit-creator">sea_watcher<\/span> on <span class="tm-credit-source">Flickr<\/span>/,
  )
  assert.match(
    front,
    /Harbour &#x3C;script>alert\(1\)&#x3C;\/script>|Harbour &lt;script&gt;alert\(1\)&lt;\/script&gt;/,
  )
  assert.doesNotMatch(front, /<script>alert/)
  assert.doesNotMatch(front, /javascript:alert/)
  assert.doesNotMatch(front, /data-article="99"/)
  assert.match(front, /Atlantis/, 'the unknown name is kept')
  assert.match(front, /id=['"]treatymark-css['"]/, 'style.css is enqueued where our markup is used')
  assert.doesNotMatch(front, /plugins\/treatymark\/build\/index\.js/, 'no front-end JavaScript')
  const home = await (await fetch(`${site.base}/?page_id=2`)).text()
  assert.doesNotMatch(
    home,
    /id=['"]treatymark-css['"]/,
    'no stylesheet on pages without treatymark markup',
  )
  await page.goto(`${site.base}/?p=${postId}`, { waitUntil: 'domcontentloaded' })
  await page.locator('a.tm-cite').first().scrollIntoViewIfNeeded()
  await page.locator('a.tm-cite').first().hover()
  await page.screenshot({ path: join(shots, 'front-end.png') })
})

await step('reload the editor: no invalid block', async () => {
  await openEditor(`${site.base}/wp-admin/post.php?post=${postId}&action=edit`)
  await page.waitForFunction(
    () => window.wp.data.select('core/block-editor').getBlocks().length >= 7,
  )
  const invalid = await page.evaluate(() => {
    const out = []
    const walk = (blocks) =>
      blocks.forEach((b) => {
        if (b.isValid === false) out.push(b.name)
        walk(b.innerBlocks)
      })
    walk(window.wp.data.select('core/block-editor').getBlocks())
    return out
  })
  assert.deepEqual(invalid, [])
  await page.screenshot({ path: join(shots, 'editor-reloaded.png') })
})

await step('deactivate the plugin: core/image with its credited caption stays valid', async () => {
  execFileSync(
    'php',
    [
      '-r',
      `define('WP_ADMIN', true); require '${site.site}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('treatymark/treatymark.php');`,
    ],
    { cwd: site.site },
  )
  // Without the plugin our block types never register: wait for the editor and its blocks.
  await page.goto(`${site.base}/wp-admin/post.php?post=${postId}&action=edit`, {
    waitUntil: 'domcontentloaded',
  })
  await page.waitForFunction(
    () => window.wp?.data?.select('core/block-editor')?.getBlocks().length >= 7,
  )
  const image = await page.evaluate(() => {
    const b = window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((x) => x.name === 'core/image')
    return { valid: b?.isValid, caption: String(b?.attributes.caption ?? '') }
  })
  assert.equal(image.valid, true)
  assert.match(image.caption, /Boats at the quay\. <span class="tm-credit"/)
})

await browser.close()
await site.stop()

const total = performance.now() - tStart
console.log('\nWordPress e2e timings (ms):')
for (const [name, ms, status] of timings)
  console.log(`${String(Math.round(ms)).padStart(7)}  ${status.padEnd(4)}  ${name}`)
console.log(`${String(Math.round(total)).padStart(7)}  total (WordPress start included)`)
console.log(`\n${sizeReport()}`)
if (consoleErrors.length)
  console.log('\nbrowser console errors:\n' + consoleErrors.slice(0, 20).join('\n'))
if (failed) {
  console.log(site.debugLog().slice(-4000))
  process.exit(1)
}
