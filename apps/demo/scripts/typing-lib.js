// Shared by measure-typing.js and profile-typing.js: the 5,000-word text, the built demo served by
// `vite preview`, Debian's Chromium (@treatymark/test-chromium), and a page holding the long text.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '@treatymark/test-chromium'

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

// Our own sentences, repeated to about 5,000 words.
const paragraph =
  'At the meeting in Geneva, Austria, Chile, Ghana, Mexico and Norway recalled that Article 5(1) of the Mine Ban Treaty sets a ten-year deadline, ' +
  'and the Co-Chair noted that document APLC/MSP.21/2023/4 lists the requests. Article 4 of the CCM was also raised, ' +
  'as was Protocol V of the CCW. Photo: "Survey team" by a_deminer on Flickr, CC BY 2.0.'
const words = paragraph.split(/\s+/).length
export const longText = Array.from({ length: Math.ceil(5000 / words) }, () => paragraph).join(
  '\n\n',
)

/** The machine's load (1-minute average) and cores, to print next to timings. */
export function load() {
  return `load ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`
}

/** Serve dist/ and start Chromium; `run(browser, base)`; then stop both. */
export async function withDemo(port, run) {
  // DEMO_DIST: another build to measure (say, the one before a change), by default dist/.
  const dist = path.resolve(root, process.env.DEMO_DIST ?? 'dist')
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('build the demo first')
  const base = `http://127.0.0.1:${port}/`
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  )
  let browser
  try {
    await waitFor(base)
    browser = await launchChromium()
    return await run(browser, base)
  } finally {
    await browser?.close()
    process.kill(-server.pid)
  }
}

/** A 1366x900 page of the playground in `mode` holding the long text, rendered, caret at the end. */
export async function longTextPage(browser, base, mode) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  await page.goto(base, { waitUntil: 'load' })
  await page.evaluate(() => sessionStorage.clear())
  await page.waitForSelector('#preview .tm-cite')
  if (mode === 'markdown') await page.selectOption('#mode', 'markdown')
  await page.waitForTimeout(500)
  // Put the long text in (one paste), then wait for it to render.
  await page.evaluate((text) => window.__treatymarkSetText(text), longText)
  await page.waitForFunction(
    () => document.querySelectorAll('#preview .tm-cite').length > 100,
    null,
    { timeout: 30000 },
  )
  await page.waitForTimeout(1000)
  return page
}

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`demo server did not start at ${url}`)
}
