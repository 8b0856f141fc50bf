// Where the main thread's long tasks come from while typing a 5,000-word text: records a Chromium
// performance trace (CDP Tracing through playwright-core) while typing, and prints each main-thread
// task over 50 ms with what took its time (JS functions by self time, style, layout, paint,
// parsing, GC, message deserialisation). A developer tool: node scripts/profile-typing.js [mode];
// EXTRA_CSS="..." adds a style sheet first (to try a CSS change), SELF=40 lists the top functions,
// WORKER=1 looks at the worker thread instead of the main thread.
import { load, longTextPage, withDemo } from './typing-lib.js'

const port = Number(process.env.PORT ?? 4182)
const mode = process.argv[2] ?? 'text'

await withDemo(port, async (browser, base) => {
  console.log(`profiling ${mode} mode (${load()})`)
  const page = await longTextPage(browser, base, mode)
  if (process.env.EXTRA_CSS) await page.addStyleTag({ content: process.env.EXTRA_CSS })
  await page.click('.cm-content')
  await page.keyboard.press('Control+End')
  await page.waitForTimeout(500)
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
        'toplevel',
        'blink.user_timing',
      ],
    },
  })
  for (let burst = 0; burst < 3; burst++) {
    await page.keyboard.type(` and Peru${burst}`, { delay: 100 })
    await page.waitForFunction(
      (m) => document.querySelector('#preview')?.textContent?.includes(m),
      `Peru${burst}`,
    )
    await page.waitForTimeout(300)
  }
  await cdp.send('Tracing.end')
  await done
  report(events)
})

function report(events) {
  // The renderer's main thread: the one with CrRendererMain.
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === (process.env.WORKER ? 'DedicatedWorker thread' : 'CrRendererMain'),
  )
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid)
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur > 50000)
  // CPU profile samples -> self time per function.
  const nodes = new Map()
  const samples = []
  const profile = events.find(
    (e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid,
  )
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile?.id)) {
    const data = e.args.data
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(`${e.id}:${n.id}`, n)
    let t = samples.length ? samples[samples.length - 1].t : 0
    const deltas = data.timeDeltas ?? []
    ;(data.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0
      samples.push({ t, node: nodes.get(`${e.id}:${id}`), id: `${e.id}:${id}` })
    })
  }
  const startTime = profile?.args?.data?.startTime ?? 0
  for (const task of tasks) {
    console.log(
      `task ${(task.dur / 1000).toFixed(0)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(0)} ms) at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)}`,
    )
    const inside = onMain.filter(
      (e) =>
        e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e !== task,
    )
    const byName = new Map()
    for (const e of inside) {
      const key =
        e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire'
          ? `${e.name} ${e.args?.data?.type ?? e.args?.data?.functionName ?? ''} ${e.args?.data?.url?.split('/').pop() ?? ''}:${e.args?.data?.lineNumber ?? ''}`
          : e.name
      byName.set(key, (byName.get(key) ?? 0) + (e.tdur ?? e.dur) / 1000)
    }
    if (process.env.PAINTS)
      for (const e of inside.filter((e) => e.name === 'Paint' && e.dur > 5000))
        console.log('     paint', (e.dur / 1000).toFixed(1), JSON.stringify(e.args.data))
    for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12))
      if (v > 2) console.log(`   ${v.toFixed(1)} ms  ${k}`)
    const self = new Map()
    const inTask = samples.filter(
      (s) => startTime + s.t >= task.ts && startTime + s.t <= task.ts + task.dur,
    )
    for (let i = 1; i < inTask.length; i++) {
      const n = inTask[i].node
      if (!n) continue
      const cf = n.callFrame
      const key = `${cf.functionName || '(anon)'} ${cf.url?.split('/').pop() ?? ''}:${cf.lineNumber}:${cf.columnNumber}`
      self.set(key, (self.get(key) ?? 0) + (inTask[i].t - inTask[i - 1].t) / 1000)
    }
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 10))
      if (v > 1.5) console.log(`     self ${v.toFixed(1)} ms  ${k}`)
  }
  console.log(`${tasks.length} tasks over 50 ms`)
  const selfAll = new Map()
  for (let i = 1; i < samples.length; i++) {
    const n = samples[i].node
    if (!n) continue
    const cf = n.callFrame
    const key = `${cf.functionName || '(anon)'} ${cf.url?.split('/').pop() ?? ''}:${cf.lineNumber}`
    selfAll.set(key, (selfAll.get(key) ?? 0) + (samples[i].t - samples[i - 1].t) / 1000)
  }
  if (process.env.SELF)
    for (const [k, v] of [...selfAll]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.SELF)))
      console.log(`  self ${v.toFixed(1)} ms  ${k}`)
  const all = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X')
  const cpu = all.map((e) => (e.tdur ?? 0) / 1000).sort((a, b) => b - a)
  const sum = (name) =>
    onMain
      .filter((e) => e.name === name)
      .reduce((a, e) => a + (e.tdur ?? 0) / 1000, 0)
      .toFixed(0)
  console.log(
    `cpu: Paint ${sum('Paint')}, PrePaint ${sum('PrePaint')}, Layout ${sum('Layout')}, UpdateLayoutTree ${sum('UpdateLayoutTree')}, Layerize ${sum('Layerize')}, HandlePostMessage ${sum('HandlePostMessage')}, EventDispatch ${sum('EventDispatch')}, FireAnimationFrame ${sum('FireAnimationFrame')}, TimerFire ${sum('TimerFire')}`,
  )
  console.log(
    `main thread: ${all.length} tasks, cpu total ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms, top cpu [${cpu
      .slice(0, 8)
      .map((x) => x.toFixed(0))
      .join(', ')}]`,
  )
}
