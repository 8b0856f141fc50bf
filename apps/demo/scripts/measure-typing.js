// Typing figures for the built demo in Debian's Chromium (playwright-core): loads a text of about
// 5,000 words, types into the editor, and prints the main thread's long tasks (> 50 ms, from the
// Long Tasks API) and the update latency (last keystroke to the preview changing), with the
// machine's load next to them, and the first load's size. Figures only: this never fails on a slow
// machine. Usage: npm run measure -w @treatymark/demo [-- text|markdown ...]; RUNS=3 repeats each mode,
// DEMO_DIST=path measures another build (say, the one before a change) on the same machine load.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { load, longText, longTextPage, root, withDemo } from './typing-lib.js'

const port = Number(process.env.PORT ?? 4180)
const modes = process.argv.slice(2).length ? process.argv.slice(2) : ['text', 'markdown']
const runs = Number(process.env.RUNS ?? 1)

await withDemo(port, async (browser, base) => {
  await firstLoad(browser, base)
  const summary = []
  for (const mode of modes)
    for (let run = 1; run <= runs; run++) {
      const before = load()
      const figures = await measure(browser, base, mode)
      summary.push({ mode, run, before, after: load(), ...figures })
    }
  console.log(
    `demo typing, ${longText.split(/\s+/).length} words (target: no task over 50 ms, update <= 150 ms):`,
  )
  for (const s of summary) {
    const fmt = (xs) => xs.map((x) => Math.round(x)).join(', ') || 'none'
    console.log(
      `  ${s.mode.padEnd(8)} run ${s.run}: long tasks ${s.tasks.length} [${fmt(s.tasks)}], longest ${Math.round(Math.max(0, ...s.tasks))} ms; ` +
        `over 50 ms of CPU ${s.cpu.length} [${fmt(s.cpu)}], longest ${Math.round(s.longestCpu)} ms of CPU; ` +
        `update after the last key [${fmt(s.latencies)}] ms, max ${Math.round(Math.max(...s.latencies))}; ` +
        `worker per analysis ${median(s.worker)} ms wall, ${median(s.workerCpu)} ms CPU (median of ${s.workerCpu.length}) (${s.before} -> ${s.after})`,
    )
  }
})

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]) : 0
}

/** What the first visit to the playground downloads: the page's assets, and the worker's. */
async function firstLoad(browser, base) {
  const page = await browser.newPage()
  const urls = new Set()
  page.on('request', (request) => urls.add(request.url()))
  await page.goto(base, { waitUntil: 'load' })
  await page.waitForSelector('#preview .tm-cite')
  await page.close()
  const files = [...urls]
    .filter((url) => url.startsWith(base))
    .map((url) => new URL(url).pathname)
    .map((p) => (p === '/' ? '/index.html' : p))
    .filter((p) => /\.(html|js|css)$/.test(p))
  const size = (list) => {
    const bytes = list.map((p) =>
      readFileSync(path.join(path.resolve(root, process.env.DEMO_DIST ?? 'dist'), p)),
    )
    const raw = bytes.reduce((n, b) => n + b.length, 0)
    const gz = bytes.reduce((n, b) => n + gzipSync(b).length, 0)
    return `${Math.round(raw / 1000)} kB (${Math.round(gz / 1000)} kB gzip)`
  }
  const worker = files.filter((p) => /\/worker-/.test(p))
  const pageFiles = files.filter((p) => !worker.includes(p))
  console.log(
    `demo first load: page ${size(pageFiles)} [${pageFiles.join(', ')}]; worker ${size(worker)}`,
  )
}

async function measure(browser, base, mode) {
  const page = await longTextPage(browser, base, mode)
  await page.evaluate(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
  await page.click('.cm-content')
  await page.keyboard.press('Control+End')
  // A trace of the typing (no JS sampling, which slows the page): each main-thread task's wall
  // time and CPU time. On a loaded machine the wall time grows while the thread waits for a core;
  // the CPU time is what the page itself costs.
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (event) => events.push(...event.value))
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', '__metadata'] },
  })
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
    latencies.push(
      await page.evaluate(() => {
        window.__observer.disconnect()
        return window.__updated - window.__keyAt
      }),
    )
  }
  await cdp.send('Tracing.end')
  await traced
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const cpu = events
    .filter(
      (e) =>
        e.pid === main?.pid &&
        e.tid === main?.tid &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X',
    )
    .map((e) => (e.tdur ?? 0) / 1000)
  const longestCpu = Math.max(0, ...cpu)
  // The worker's CPU time per analysis (its tasks over 2 ms: one per message it answers).
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread',
  )
  const workerCpu = events
    .filter(
      (e) =>
        e.pid === thread?.pid &&
        e.tid === thread?.tid &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X',
    )
    .map((e) => (e.tdur ?? 0) / 1000)
    .filter((ms) => ms > 2)
  const tasks = await page.evaluate(() => window.__longTasks)
  const worker = await page.evaluate(() =>
    (window.__treatymarkTimings ?? []).slice(-10).map((t) => t.worker),
  )
  await page.close()
  return { tasks, cpu: cpu.filter((ms) => ms > 50), longestCpu, latencies, worker, workerCpu }
}
