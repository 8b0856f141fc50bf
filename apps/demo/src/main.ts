// The demo is a thin layer over @treatymark/core: a worker runs extract() and the renderer (or the
// remark preset for markdown), the page shows the preview, the sources as decorations, the panels,
// and the docs pages through the same preset developers use.
import '@treatymark/core/style.css'
import './demo.css'
import { instruments, renderHtml, type ExtractOptions, type InstrumentId } from '@treatymark/core'
import { createAnalyser, type AnalyseInput } from './analyser.js'
import type { WorkerResult } from './handler.js'
import { docPages } from './docs.js'
import { el } from './dom.js'
import { createEditor, type SourceEditor } from './editor.js'
import { defaultExample, exampleFor, examples, isExampleText } from './example.js'
import { downloadName } from './export.js'
import { blockPatch } from './blocks.js'
import { planPanels, renderDiagnostics, type Pick } from './panels.js'
import {
  clearState,
  decodeShare,
  defaultOptions,
  encodeShare,
  loadState,
  saveState,
  sharePrefix,
  type DemoState,
  type InputMode,
} from './state.js'

const app = document.querySelector<HTMLElement>('#app')!
const nav = document.querySelector<HTMLElement>('#nav')!
const themeButton = document.querySelector<HTMLButtonElement>('#theme')!

nav.append(link('#/', 'Playground'))
for (const page of docPages.filter((p) => !p.slug.includes('/')))
  nav.append(link(`#/docs/${page.slug}`, page.title))
for (const page of docPages.filter((p) => p.slug.includes('/')))
  nav.append(link(`#/docs/${page.slug}`, page.title))

setupTheme()

// Offline after the first load (public/sw.js); only in production builds, where assets are hashed.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void cacheForOffline()

/** What the worker loaded (told by the first playground once it has a result; [] elsewhere). */
let reportWorkerAssets: (urls: string[]) => void = () => undefined
const workerAssets = new Promise<string[]>((resolve) => {
  reportWorkerAssets = resolve
  setTimeout(() => resolve([]), 15_000)
})

async function cacheForOffline(): Promise<void> {
  try {
    await navigator.serviceWorker.register('/sw.js')
    await navigator.serviceWorker.ready
    // What this first load fetched before the service worker was in charge: the page and its
    // assets, and the worker's script and chunks (not in the page's resource timeline).
    const fromWorker = await workerAssets
    const assets = [
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ...fromWorker,
    ].filter((url) => url.startsWith(`${location.origin}/assets/`))
    const cache = await caches.open('treatymark-demo-v2')
    await cache.addAll(['/', ...new Set(assets)])
    document.documentElement.dataset.offline = 'ready'
  } catch {
    // No service worker (private mode, file://, an old browser): the demo works without it.
  }
}

let playground: Playground | null = null
window.addEventListener('hashchange', route)
route()

function route(): void {
  const hash = location.hash || '#/'
  // In-page anchors (the skip link) are not routes.
  if (!hash.startsWith('#/')) return
  const doc = /^#\/docs\/([\w-]+(?:\/[\w-]+)?)(?:#([\w-]*))?$/.exec(hash)
  for (const a of nav.querySelectorAll('a')) {
    const href = a.getAttribute('href')!
    const current = doc ? href === `#/docs/${doc[1]}` : href === '#/'
    if (current) a.setAttribute('aria-current', 'page')
    else a.removeAttribute('aria-current')
  }
  if (doc) {
    playground = null
    void showDoc(doc[1]!, doc[2])
    return
  }
  const shared = decodeShare(hash)
  // The playground rewrites its own share hash while typing: no need to rebuild for that.
  if (playground && hash.startsWith(sharePrefix) && shared && playground.isShowing(shared)) return
  playground = showPlayground(shared)
}

async function showDoc(slug: string, anchor: string | undefined): Promise<void> {
  const page = docPages.find((p) => p.slug === slug)
  const hash = location.hash
  app.replaceChildren()
  const article = el('article', { class: 'doc' })
  if (page) {
    const [{ renderDoc }, markdown] = await Promise.all([import('./markdown.js'), page.load()])
    // The reader may have moved on while the renderer loaded.
    if (location.hash !== hash) return
    // renderDoc escapes everything it emits (hast-util-to-html), so innerHTML is safe here.
    article.innerHTML = renderDoc(markdown, slug)
    document.title = `${page.title} · treatymark`
    for (const pre of article.querySelectorAll('pre')) addCodeButtons(pre)
  } else {
    article.append(el('p', {}, `No page named “${slug}”.`))
  }
  app.append(article)
  if (slug.startsWith('reference/')) addReferenceSearch(article)
  if (anchor) document.getElementById(anchor)?.scrollIntoView()
  else window.scrollTo(0, 0)
}

/** Code samples: copy, and "Open in playground" for those that are prose to analyse. */
function addCodeButtons(pre: HTMLElement): void {
  const code = pre.textContent ?? ''
  const bar = el('div', { class: 'code-tools' })
  const copy = el('button', { type: 'button' }, 'Copy')
  copy.addEventListener('click', () => void copyText(code, 'Code copied.'))
  bar.append(copy)
  // Strings in a JS sample ('...') that read as prose, or a markdown sample, go to the playground.
  const language = /language-(\w+)/.exec(pre.querySelector('code')?.className ?? '')?.[1]
  const prose =
    language === 'md' || language === 'markdown'
      ? code
      : /'([^'\n]*(?:Article|Convention|Treaty|Photo|CCW|[A-Z]\/RES)[^'\n]*)'/.exec(code)?.[1]
  if (prose) {
    const open = el(
      'a',
      {
        href: encodeShare({
          text: prose,
          ...defaultOptions,
          mode: language === 'md' || language === 'markdown' ? 'markdown' : 'text',
        }),
      },
      'Open in playground',
    )
    bar.append(open)
  }
  pre.before(bar)
}

/** The registry reference: a search box that filters its table rows. */
function addReferenceSearch(article: HTMLElement): void {
  const input = el('input', {
    type: 'search',
    id: 'reference-search',
    placeholder: 'Filter: a name, an abbreviation, an ISO code…',
    'aria-label': 'Filter the reference',
  }) as HTMLInputElement
  article.querySelector('h1')?.after(el('p', { class: 'reference-search' }, input))
  const rows = [...article.querySelectorAll<HTMLTableRowElement>('tbody tr')]
  const text = rows.map((r) => (r.textContent ?? '').toLowerCase())
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase()
    rows.forEach((row, i) => (row.hidden = q !== '' && !text[i]!.includes(q)))
  })
}

interface Playground {
  isShowing(state: DemoState): boolean
}

function showPlayground(shared: DemoState | null): Playground {
  document.title = 'treatymark playground'
  app.replaceChildren()
  const stored = loadState(localStorage)
  const initial: DemoState = shared ?? {
    ...stored.options,
    text: stored.text ?? exampleFor(stored.options.mode).text,
  }
  let state: DemoState = { ...initial }
  let last: { result: WorkerResult; input: AnalyseInput } | null = null

  // --- intro: what this is, a legend of the five kinds, examples ---
  const legend = el('ul', { class: 'legend', 'aria-label': 'What treatymark marks up' })
  const legendItems: [string, string, string][] = [
    ['citation', 'Article 5(1) of the APMBT', 'Treaty citations, linked to the text'],
    ['document', 'A/RES/76/74', 'UN document symbols, linked to docs.un.org'],
    ['state', 'Austria', 'States, with their UN names'],
    ['state-list', 'Chile, Ghana and Peru', 'Lists of states, counted'],
    ['credit', 'Photo: “Lane” by field_notes, CC BY 2.0', 'Image credits, split into TASL'],
    ['invalid', 'Article 99 of the CCM', 'Citations that cannot be right'],
  ]
  for (const [kind, sample, what] of legendItems) {
    const swatch = el('span', { class: 'sample' })
    // renderHtml escapes all text; the sample shows the real markup and style.
    swatch.innerHTML = renderHtml(sample)
    legend.append(el('li', { 'data-kind': kind }, swatch, el('span', { class: 'what' }, what)))
  }
  const exampleButtons = el('div', { class: 'examples', role: 'group', 'aria-label': 'Examples' })
  exampleButtons.append(el('span', {}, 'Try an example:'))
  for (const example of examples) {
    const button = el('button', { type: 'button', 'data-example': example.id }, example.label)
    button.addEventListener('click', () => {
      setState({ ...state, mode: example.mode, text: example.text }, true)
    })
    exampleButtons.append(button)
  }
  const intro = el(
    'section',
    { class: 'intro', 'aria-labelledby': 'intro-title' },
    el('h2', { id: 'intro-title', class: 'visually-hidden' }, 'What this is'),
    el(
      'p',
      { class: 'lede' },
      'treatymark finds treaty citations, UN documents, states, lists of states and photo credits in writing about arms control, checks them against its registries and links them, leaving your words exactly as written. Type or paste below.',
    ),
    legend,
    exampleButtons,
  )

  // --- controls ---
  const mode = el('select', { id: 'mode' }) as HTMLSelectElement
  mode.append(
    el('option', { value: 'text' }, 'Plain text'),
    el('option', { value: 'markdown' }, 'Markdown (GFM + remark preset)'),
  )
  const instrument = el('select', { id: 'instrument' }) as HTMLSelectElement
  instrument.append(el('option', { value: '' }, 'none'))
  for (const i of instruments)
    instrument.append(
      el('option', { value: i.id }, i.abbreviations[0] ?? i.shortTitles[0] ?? i.title),
    )
  const demonyms = el('input', { id: 'demonyms', type: 'checkbox' }) as HTMLInputElement
  const reset = el('button', { type: 'button', id: 'reset' }, 'Reset')
  const controls = el(
    'div',
    { class: 'controls' },
    el('label', {}, 'Input ', mode),
    el('label', {}, 'Default instrument ', instrument),
    el('label', {}, demonyms, ' Demonyms'),
    reset,
  )

  // --- output tabs ---
  const tabs: { id: string; label: string }[] = [
    { id: 'preview', label: 'Preview' },
    { id: 'html', label: 'HTML' },
    { id: 'json', label: 'JSON' },
    { id: 'tree', label: 'Tree' },
  ]
  const tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Output' })
  const preview = el('div', { id: 'preview', class: 'preview', tabindex: '0' })
  const htmlSource = el('pre', { id: 'html-source', class: 'code' })
  const jsonSource = el('pre', { id: 'json', class: 'code' })
  const treeSource = el('pre', { id: 'tree', class: 'code' })
  const panes: Record<string, HTMLElement> = {
    preview,
    html: htmlSource,
    json: jsonSource,
    tree: treeSource,
  }
  let activeTab = 'preview'
  const tabButtons = tabs.map((t) => {
    const button = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${t.id}`,
        'aria-controls': `pane-${t.id}`,
        'aria-selected': String(t.id === activeTab),
        tabindex: t.id === activeTab ? '0' : '-1',
      },
      t.label,
    )
    button.addEventListener('click', () => selectTab(t.id))
    button.addEventListener('keydown', (event) => {
      const i = tabs.findIndex((x) => x.id === t.id)
      const next =
        event.key === 'ArrowRight'
          ? (i + 1) % tabs.length
          : event.key === 'ArrowLeft'
            ? (i + tabs.length - 1) % tabs.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? tabs.length - 1
                : -1
      if (next < 0) return
      event.preventDefault()
      selectTab(tabs[next]!.id)
      tabButtons[next]!.focus()
    })
    tablist.append(button)
    return button
  })
  const tabPanels = tabs.map((t) =>
    el(
      'div',
      {
        role: 'tabpanel',
        id: `pane-${t.id}`,
        'aria-labelledby': `tab-${t.id}`,
        class: 'tab-pane',
        ...(t.id === activeTab ? {} : { hidden: '' }),
      },
      panes[t.id]!,
    ),
  )
  const selectTab = (id: string): void => {
    activeTab = id
    tabButtons.forEach((b, i) => {
      const on = tabs[i]!.id === id
      b.setAttribute('aria-selected', String(on))
      b.tabIndex = on ? 0 : -1
    })
    tabPanels.forEach((p, i) => (p.hidden = tabs[i]!.id !== id))
    if (id === 'tree' && last && last.result.tree === undefined) update()
    else fillSources()
  }

  // --- export ---
  const copyHtml = el('button', { type: 'button', id: 'copy-html' }, 'Copy HTML')
  const downloadJson = el('button', { type: 'button', id: 'download-json' }, 'Download JSON')
  const copyMarkdown = el('button', { type: 'button', id: 'copy-markdown' }, 'Copy markdown')
  const share = el('button', { type: 'button', id: 'share', class: 'primary' }, 'Copy share link')
  copyHtml.addEventListener('click', () => {
    if (last) void copyText(last.result.blocks.join(''), 'HTML copied.')
  })
  downloadJson.addEventListener('click', async () => {
    const json = await ask('json')
    if (json === null) return
    const blob = new Blob([json], { type: 'application/json' })
    const a = el('a', {
      href: URL.createObjectURL(blob),
      download: downloadName('extraction', 'json'),
    }) as HTMLAnchorElement
    a.click()
    setTimeout(() => URL.revokeObjectURL(a.href), 1000)
    setStatus('Extraction JSON downloaded.')
  })
  copyMarkdown.addEventListener('click', async () => {
    const markdown = await ask('markdown')
    if (markdown !== null) void copyText(markdown, 'Markdown with directives copied.')
  })
  share.addEventListener('click', async () => {
    const hash = await ask('share', state)
    if (hash === null) return
    history.replaceState(null, '', hash)
    void copyText(location.href, 'Share link copied: it holds the text, mode and options.')
  })
  /** Something the worker builds on demand; null (and a status) when it could not. */
  async function ask(
    what: 'json' | 'markdown' | 'share' | 'resources',
    shared?: DemoState,
  ): Promise<string | null> {
    try {
      return await analyser.ask(what, shared)
    } catch (error) {
      setStatus(`Could not build it: ${error instanceof Error ? error.message : String(error)}`)
      return null
    }
  }

  // --- layout ---
  const editorHost = el('div', { class: 'editor-host' })
  const status = el('p', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' })
  const diagnostics = el('ol', { id: 'diagnostics', class: 'diagnostics' })
  const panels = el('div', { id: 'panels', class: 'panels' })
  app.append(
    intro,
    el(
      'section',
      { class: 'workbench', 'aria-label': 'Playground' },
      el('div', { class: 'pane source-pane' }, el('h2', {}, 'Your text'), controls, editorHost),
      el(
        'div',
        { class: 'pane output-pane' },
        el('h2', { class: 'visually-hidden' }, 'Output'),
        el(
          'div',
          { class: 'output-bar' },
          tablist,
          el('div', { class: 'exports' }, share, copyHtml, copyMarkdown, downloadJson),
        ),
        ...tabPanels,
      ),
    ),
    status,
    el(
      'section',
      { 'aria-labelledby': 'diagnostics-title' },
      el('h2', { id: 'diagnostics-title' }, 'Diagnostics'),
      diagnostics,
    ),
    el(
      'section',
      { 'aria-labelledby': 'entities-title' },
      el('h2', { id: 'entities-title' }, 'Entities'),
      panels,
    ),
  )

  // --- editor and analysis ---
  const pickInSource: Pick = (kind, index) => {
    if (!last) return
    if (kind === 'diagnostics') {
      const item = last.result.diagnostics[index]
      if (item) editor.select(item.start, item.end, true)
      return
    }
    const spans = last.result.panels.spans[kind]
    const start = spans[2 * index]
    const end = spans[2 * index + 1]
    if (start !== undefined && end !== undefined) editor.select(start, end, true)
  }
  const editor: SourceEditor = createEditor(
    editorHost,
    state.text,
    (text) => {
      state = { ...state, text }
      schedule()
    },
    (offset) => highlightPreviewAt(offset),
  )
  // For the typing measurement script (and the console): replace the whole text at once.
  ;(window as unknown as { __treatymarkSetText: (t: string) => void }).__treatymarkSetText = (t) =>
    editor.setText(t)

  const analyser = createAnalyser(
    (result, input, where) => {
      const first = last === null
      last = { result, input }
      show(result, input, where)
      if (first)
        void analyser.ask('resources').then(
          (json) => reportWorkerAssets(JSON.parse(json) as string[]),
          () => reportWorkerAssets([]),
        )
    },
    (message) => setStatus(`Could not analyse: ${message}`),
  )

  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = (): void => {
    clearTimeout(timer)
    // Short: the work is in the worker and one analysis at a time runs there (the latest text
    // waits behind it); the wait only groups the events of one keystroke or a paste.
    timer = setTimeout(update, 16)
  }
  function update(): void {
    const options: ExtractOptions = { demonyms: state.demonyms }
    if (state.instrument) options.instrument = state.instrument as InstrumentId
    persistSoon()
    analyser.request({
      text: state.text,
      mode: state.mode,
      options,
      tree: activeTab === 'tree',
      json: activeTab === 'json',
    })
  }

  // The text is stored and the share hash written once typing pauses, in idle time: both cost
  // milliseconds per keystroke on a long text (lz-string runs in the worker).
  let persistTimer: ReturnType<typeof setTimeout> | undefined
  function persistSoon(): void {
    clearTimeout(persistTimer)
    persistTimer = setTimeout(() => whenIdle(persistNow), 600)
  }
  function persistNow(): void {
    clearTimeout(persistTimer)
    saveState(localStorage, state)
    const shown = state
    if (!(location.hash === '' || location.hash === '#/' || location.hash.startsWith(sharePrefix)))
      return
    void analyser.ask('share', shown).then(
      (hash) => {
        // Only if nothing changed meanwhile and the reader is still on the playground.
        if (state !== shown || playground !== thisPlayground) return
        if (location.hash === '' || location.hash === '#/' || location.hash.startsWith(sharePrefix))
          history.replaceState(null, '', hash)
      },
      () => undefined,
    )
  }
  addEventListener('pagehide', () => {
    if (playground === thisPlayground) saveState(localStorage, state)
  })

  /** The source tabs are filled only when shown: long texts make long strings. */
  function fillSources(): void {
    if (!last) return
    if (activeTab === 'html') htmlSource.textContent = last.result.blocks.join('')
    if (activeTab === 'json') {
      const { json } = last.result
      if (json !== undefined) jsonSource.textContent = json
      else {
        jsonSource.textContent = 'Building the JSON…'
        const shown = last
        void ask('json').then((text) => {
          if (text !== null && last === shown && activeTab === 'json') {
            jsonSource.textContent = text
            shown.result.json = text
          }
        })
      }
    }
    if (activeTab === 'tree') treeSource.textContent = last.result.tree ?? 'Building the tree…'
  }

  /** Main-thread cost of the last updates (read by scripts/measure-typing.js). */
  const timings: Record<string, number>[] = []
  ;(window as unknown as { __treatymarkTimings: typeof timings }).__treatymarkTimings = timings

  function show(result: WorkerResult, input: AnalyseInput, where: 'worker' | 'page'): void {
    const { ms, counts: n } = result
    const textMode = input.mode === 'text'
    const t0 = performance.now()
    patchPreview(result.blocks, textMode)
    fillSources()
    const t1 = performance.now()
    editor.show(result.marks, result.diagnostics)
    const t2 = performance.now()
    // The list changes only with the diagnostics (their positions move with every keystroke).
    const diagnosticsKey = JSON.stringify(
      result.diagnostics.map((d) => [d.severity, d.message, d.ruleId, d.line, d.column]),
    )
    if (diagnosticsKey !== shownDiagnostics) {
      diagnostics.replaceChildren(...renderDiagnostics(result.diagnostics, pickInSource))
      shownDiagnostics = diagnosticsKey
    }
    schedulePanels(planPanels(result.panels, textMode ? pickInSource : null))
    timings.push({ preview: t1 - t0, editor: t2 - t1, panels: performance.now() - t2, worker: ms })
    setStatus(
      [
        count(n.citations, 'citation'),
        count(n.documents, 'document'),
        count(n.states, 'state mention'),
        count(n.stateLists, 'state list'),
        count(n.credits, 'credit'),
        count(n.errors, 'error'),
        count(n.warnings, 'warning'),
      ].join(' · ') +
        ` (${Math.round(ms)} ms ${where === 'worker' ? 'in the worker' : 'on the page'})`,
    )
  }

  let shownDiagnostics = ''

  // The preview, block by block: only the blocks that changed are parsed and laid out again.
  let shownBlocks: string[] = []
  function patchPreview(blocks: string[], textMode: boolean): void {
    if (preview.classList.contains('is-markdown') === textMode) {
      preview.replaceChildren()
      shownBlocks = []
    }
    preview.classList.toggle('is-markdown', !textMode)
    const { prefix, suffix } = blockPatch(shownBlocks, blocks)
    const children = preview.children
    for (let i = shownBlocks.length - suffix - 1; i >= prefix; i--) children[i]!.remove()
    const before = children[prefix] ?? null
    for (let i = prefix; i < blocks.length - suffix; i++) {
      const block = document.createElement('div')
      block.className = 'block'
      // Blocks come from hast-util-to-html, which escapes all text and attribute values.
      block.innerHTML = blocks[i]!
      preview.insertBefore(block, before)
    }
    shownBlocks = blocks
  }

  // Panels are rebuilt only when what they show changed, one per task, after the preview.
  const panelKeys: string[] = []
  let panelRun = 0
  function schedulePanels(plans: ReturnType<typeof planPanels>): void {
    const run = ++panelRun
    plans.forEach((plan, i) => {
      setTimeout(() => {
        if (run !== panelRun || panelKeys[i] === plan.key) return
        const built = plan.build()
        const old = panels.children[i]
        if (old) old.replaceWith(built)
        else panels.append(built)
        panelKeys[i] = plan.key
      }, 0)
    })
  }

  // Preview -> source: a click on an entity selects it in the text. A tap (touch or pen) on a
  // link that does not have focus yet shows its card instead of leaving: the next tap follows.
  let tapped: { target: Element | null; wasFocused: boolean; touch: boolean } | null = null
  preview.addEventListener('pointerdown', (event) => {
    const target = (event.target as Element).closest('a')
    tapped = {
      target,
      wasFocused: target !== null && document.activeElement === target,
      touch: event.pointerType === 'touch' || event.pointerType === 'pen',
    }
  })
  preview.addEventListener('click', (event) => {
    const target = (event.target as Element).closest(
      '.tm-cite, .tm-doc, .tm-state, .tm-state-list, .tm-credit',
    )
    if (!target || !preview.contains(target)) return
    if (
      target instanceof HTMLAnchorElement &&
      tapped?.touch &&
      tapped.target === target &&
      !tapped.wasFocused
    ) {
      event.preventDefault()
      target.focus()
    }
    tapped = null
    if (last?.input.mode === 'text') {
      const start = offsetIn(preview, target)
      editor.select(start, start + (target.textContent ?? '').length, false)
    }
  })

  // Source -> preview: the entity at the caret gets `is-current` (one walk over the text nodes,
  // not one per entity: a long text has thousands).
  function highlightPreviewAt(offset: number): void {
    for (const old of preview.querySelectorAll('.is-current')) old.classList.remove('is-current')
    if (last?.input.mode !== 'text') return
    const entity = entityAt(preview, offset, '.tm-cite, .tm-doc, .tm-state')
    if (!entity) return
    entity.classList.add('is-current')
    entity.scrollIntoView({ block: 'nearest' })
  }

  // --- state changes ---
  const syncControls = (): void => {
    mode.value = state.mode
    instrument.value = state.instrument
    demonyms.checked = state.demonyms
  }
  function setState(next: DemoState, replaceText: boolean): void {
    state = next
    syncControls()
    if (replaceText && editor.getText() !== next.text) editor.setText(next.text)
    else update()
  }
  mode.addEventListener('change', () => {
    const next = mode.value as InputMode
    // Swap the example along with the mode unless the reader has written their own text.
    const text = isExampleText(state.text) ? exampleFor(next).text : state.text
    setState({ ...state, mode: next, text }, true)
  })
  instrument.addEventListener('change', () =>
    setState({ ...state, instrument: instrument.value as InstrumentId | '' }, false),
  )
  demonyms.addEventListener('change', () =>
    setState({ ...state, demonyms: demonyms.checked }, false),
  )
  reset.addEventListener('click', () => {
    clearState(localStorage)
    history.replaceState(null, '', '#/')
    setState({ ...defaultOptions, text: defaultExample.text }, true)
    setStatus('Reset: the first example and the default options.')
  })

  syncControls()
  update()

  const thisPlayground: Playground = {
    isShowing: (other) =>
      other.text === state.text &&
      other.mode === state.mode &&
      other.instrument === state.instrument &&
      other.demonyms === state.demonyms,
  }
  return thisPlayground
}

/** The innermost element matching `selector` whose text covers `offset` (its end included). */
function entityAt(root: Element, offset: number, selector: string): Element | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let at = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0
    if (offset <= at + length) {
      const entity = node.parentElement?.closest(selector)
      // At the very end of a text node, the entity may be the one that ends here.
      if (entity && root.contains(entity)) return entity
      if (offset < at + length) return null
    }
    at += length
  }
  return null
}

/** Run `task` when the page is idle (or within a second). */
function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 })
  else setTimeout(task, 0)
}

/** The offset of an element's first character in the text content of `root`. */
function offsetIn(root: Element, target: Element): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let offset = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (target.contains(node)) return offset
    offset += node.nodeValue?.length ?? 0
  }
  return offset
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function setStatus(message: string): void {
  const status = document.querySelector('#status')
  if (status) status.textContent = message
}

async function copyText(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    setStatus(done)
  } catch {
    setStatus('Copying is not allowed here: select the text in the HTML or JSON tab instead.')
  }
}

function link(href: string, text: string): HTMLAnchorElement {
  return el('a', { href }, text) as HTMLAnchorElement
}

/** Light, dark or the system's choice; `data-theme` on <html> is read by core's style.css too. */
function setupTheme(): void {
  const order = ['auto', 'light', 'dark'] as const
  let theme = (localStorage.getItem('treatymark:theme') ?? 'auto') as (typeof order)[number]
  if (!order.includes(theme)) theme = 'auto'
  const apply = (): void => {
    if (theme === 'auto') document.documentElement.removeAttribute('data-theme')
    else document.documentElement.setAttribute('data-theme', theme)
    themeButton.textContent = `Theme: ${theme}`
  }
  themeButton.addEventListener('click', () => {
    theme = order[(order.indexOf(theme) + 1) % order.length]!
    try {
      localStorage.setItem('treatymark:theme', theme)
    } catch {
      // not stored
    }
    apply()
  })
  apply()
}
