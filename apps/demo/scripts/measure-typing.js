// Typing figures for the built demo in Debian's Chromium (playwright-core): loads a text of about
// 5,000 words, types into the editor, and prints the main thread's long tasks (> 50 ms, from the
// Long Tasks API) and the update latency (last keystroke to the preview changing). Figures only:
// this never fails on a slow machine. Usage: node scripts/measure-typing.js [text|markdown]
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const port = Number(process.env.PORT ?? 4180)
const base = `http://127.0.0.1:${port}/`
const modes = process.argv.slice(2).length ? process.argv.slice(2) : ['text', 'markdown']

// Our own sentences, repeated to about 5,000 words.
const paragraph =
  'At the meeting in Geneva, Austria, Chile, Ghana, Mexico and Norway recalled that Article 5(1) of the Mine Ban Treaty sets a ten-year deadline, ' +
  'and the Co-Chair noted that document APLC/MSP.21/2023/4 lists the requests. Article 4 of the CCM was also raised, ' +
  'as was Protocol V of the CCW. Photo: "Survey team" by a_deminer on Flickr, CC BY 2.0.'
const words = paragraph.split(/\s+/).length
export const longText = Array.from({ length: Math.ceil(5000 / words) }, () => paragraph).join(
  '\n\n',
)

if (!existsSync(path.join(root, 'dist/index.html'))) throw new Error('build the demo first')
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore', detached: true },
)
try {
  await waitFor(base)
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  for (const mode of modes) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
    await page.goto(base, { waitUntil: 'load' })
    await page.evaluate(() => sessionStorage.clear())
    await page.waitForSelector('#preview .tm-cite')
    if (mode === 'markdown') await page.selectOption('#mode', 'markdown')
    await page.waitForTimeout(500)
    // Put the long text in (one paste), then wait for it to render.
    await page.evaluate((text) => {
      const editor = document.querySelector('#editor')
      if (editor instanceof HTMLTextAreaElement) {
        editor.value = text
        editor.dispatchEvent(new Event('input', { bubbles: true }))
      } else window.__treatymarkSetText?.(text)
    }, longText)
    await page.waitForFunction(
      () => document.querySelectorAll('#preview .tm-cite').length > 100,
      null,
      { timeout: 30000 },
    )
    await page.waitForTimeout(1000)
    await page.evaluate(() => {
      window.__longTasks = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
      }).observe({ type: 'longtask' })
    })
    const focus = (await page.$('.cm-content')) ? '.cm-content' : '#editor'
    await page.click(focus)
    await page.keyboard.press('Control+End')
    const latencies = []
    for (let burst = 0; burst < 5; burst++) {
      // A word typed at about 10 keys a second, then a pause: how long until the preview shows it?
      const marker = `Peru${burst}`
      await page.evaluate(() => {
        window.__updated = 0
        window.__keyAt = 0
        window.onkeydown = (event) => (window.__keyAt = event.timeStamp)
        const preview = document.querySelector('#preview')
        const observer = new MutationObserver(() => (window.__updated = performance.now()))
        observer.observe(preview, { childList: true, subtree: true, characterData: true })
        window.__observer = observer
      })
      await page.keyboard.type(` and ${marker}`, { delay: 100 })
      await page.waitForFunction(
        (m) => document.querySelector('#preview')?.textContent?.includes(m),
        marker,
        { timeout: 30000 },
      )
      await page.waitForTimeout(300)
      // Key events carry the time they happened (event.timeStamp), even when handled late.
      const latency = await page.evaluate(() => {
        window.__observer.disconnect()
        return window.__updated - window.__keyAt
      })
      latencies.push(latency)
    }
    const tasks = await page.evaluate(() => window.__longTasks)
    const timings = await page.evaluate(() => window.__treatymarkTimings?.slice(-5) ?? [])
    for (const t of timings)
      console.log(
        '  main thread per update (ms):',
        Object.entries(t)
          .map(([k, v]) => `${k} ${Math.round(v)}`)
          .join(', '),
      )
    const fmt = (xs) => xs.map((x) => Math.round(x)).join(', ') || 'none'
    console.log(`demo typing, ${mode} mode, ${longText.split(/\s+/).length} words:`)
    console.log(
      `  long tasks while typing (ms): ${tasks.length} [${fmt(tasks)}], max ${Math.round(Math.max(0, ...tasks))}`,
    )
    console.log(
      `  update latency after the last key (ms): [${fmt(latencies)}], max ${Math.round(Math.max(...latencies))}`,
    )
    await page.close()
  }
  await browser.close()
} finally {
  process.kill(-server.pid)
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
