// The demo is a thin layer over @treatymark/core: extract() finds the entities, renderHtml() gives
// the preview, and the docs pages go through the same remark preset that developers use.
import '@treatymark/core/style.css'
import './demo.css'
import { instruments, type InstrumentId } from '@treatymark/core'
import { analyse, type InputMode } from './analyse.js'
import { docPages } from './docs.js'
import { exampleMarkdown, exampleText } from './example.js'

const app = document.querySelector<HTMLElement>('#app')!
const nav = document.querySelector<HTMLElement>('#nav')!

nav.append(link('#/', 'Playground'))
for (const page of docPages) nav.append(link(`#/docs/${page.slug}`, page.title))

window.addEventListener('hashchange', route)
route()

function route(): void {
  const hash = location.hash || '#/'
  const match = /^#\/docs\/([\w-]+)$/.exec(hash)
  for (const a of nav.querySelectorAll('a')) {
    a.toggleAttribute('aria-current', a.getAttribute('href') === hash)
  }
  if (match) void showDoc(match[1]!)
  else showPlayground()
}

async function showDoc(slug: string): Promise<void> {
  const page = docPages.find((p) => p.slug === slug)
  const hash = location.hash
  app.replaceChildren()
  const article = el('article', { class: 'doc' })
  if (page) {
    const { renderDoc } = await import('./markdown.js')
    // The reader may have moved on while the renderer loaded.
    if (location.hash !== hash) return
    // renderDoc escapes everything it emits (hast-util-to-html), so innerHTML is safe here.
    article.innerHTML = renderDoc(page.markdown)
    document.title = `${page.title} · treatymark`
  } else {
    article.append(el('p', {}, `No page named “${slug}”.`))
  }
  app.append(article)
}

function showPlayground(): void {
  document.title = 'treatymark demo'
  app.replaceChildren()

  const editor = el('textarea', {
    id: 'editor',
    spellcheck: 'false',
    'aria-label': 'Text to analyse',
  }) as HTMLTextAreaElement
  const mode = el('select', { id: 'mode' }) as HTMLSelectElement
  mode.append(
    el('option', { value: 'text' }, 'Plain text'),
    el('option', { value: 'markdown' }, 'Markdown (remark preset)'),
  )
  mode.value = sessionStorage.getItem('treatymark:mode') === 'markdown' ? 'markdown' : 'text'
  const exampleFor = (m: string): string => (m === 'markdown' ? exampleMarkdown : exampleText)
  editor.value = sessionStorage.getItem('treatymark:text') ?? exampleFor(mode.value)

  const instrument = el('select', { id: 'instrument' }) as HTMLSelectElement
  instrument.append(el('option', { value: '' }, 'none'))
  for (const i of instruments)
    instrument.append(el('option', { value: i.id }, i.shortTitles[0] ?? i.title))
  const demonyms = el('input', { id: 'demonyms', type: 'checkbox' }) as HTMLInputElement
  const reset = el('button', { type: 'button', id: 'reset' }, 'Reset example')

  const controls = el(
    'div',
    { class: 'controls' },
    el('label', { for: 'mode' }, 'Input '),
    mode,
    el('label', { for: 'instrument' }, 'Default instrument '),
    instrument,
    el('label', {}, demonyms, ' Match demonyms'),
    reset,
  )

  const preview = el('div', { id: 'preview', class: 'preview', 'aria-live': 'polite' })
  const diagnostics = el('ol', { id: 'diagnostics', class: 'diagnostics' })
  const panels = el('div', { id: 'panels', class: 'panels' })
  const json = el('pre', { id: 'json', class: 'json' })

  app.append(
    el(
      'section',
      { class: 'workbench' },
      el('div', { class: 'pane' }, el('h2', {}, 'Your text'), controls, editor),
      el('div', { class: 'pane' }, el('h2', {}, 'Preview'), preview),
    ),
    el('section', {}, el('h2', {}, 'Diagnostics'), diagnostics),
    el('section', {}, el('h2', {}, 'Entities'), panels),
    el('details', {}, el('summary', {}, 'Extraction as JSON'), json),
  )

  // Results of an older keystroke that arrive late (markdown loads lazily) are dropped.
  let latest = 0
  const update = async (): Promise<void> => {
    const run = ++latest
    const text = editor.value
    sessionStorage.setItem('treatymark:text', text)
    sessionStorage.setItem('treatymark:mode', mode.value)
    const options = {
      instrument: (instrument.value || undefined) as InstrumentId | undefined,
      demonyms: demonyms.checked,
    }
    const {
      extraction,
      html,
      diagnostics: found,
    } = await analyse(text, options, mode.value as InputMode)
    if (run !== latest) return
    // Both paths escape all text and emit only http(s) URLs (hast-util-to-html).
    preview.innerHTML = html
    preview.classList.toggle('is-markdown', mode.value === 'markdown')

    diagnostics.replaceChildren()
    if (found.length === 0) diagnostics.append(el('li', { class: 'none' }, 'No problems found.'))
    for (const d of found) {
      const { line, column } = d
      const item = el(
        'li',
        { class: `diagnostic ${d.severity}` },
        el('button', { type: 'button', class: 'goto' }, `${line}:${column}`),
        ` ${d.severity} `,
        el('span', { class: 'message' }, d.message),
        ' ',
        el('code', {}, d.ruleId),
      )
      item.querySelector('button')!.addEventListener('click', () => {
        editor.focus()
        editor.setSelectionRange(d.start, d.end)
      })
      diagnostics.append(item)
    }

    panels.replaceChildren(
      panel(
        'Citations',
        ['Text', 'Instrument', 'Article', 'Paragraph'],
        extraction.citations.map((c) => [c.text, c.treaty, c.article ?? '', c.paragraph ?? '']),
      ),
      panel(
        'Documents',
        ['Symbol', 'Link'],
        extraction.documents.map((d) => [d.symbol, d.url]),
      ),
      panel(
        'States',
        ['Text', 'ISO3', 'Name'],
        extraction.states.map((s) => [s.text, s.iso3, s.name]),
      ),
      panel(
        'State lists',
        ['Members', 'Unresolved'],
        extraction.stateLists.map((l) => [l.members.join(' '), l.unresolved.join(', ')]),
      ),
      panel(
        'Credits',
        ['Kind', 'Title', 'Creator', 'Source', 'License'],
        extraction.credits.map((c) => [
          c.kind,
          c.title ?? '',
          c.creator ?? '',
          c.source ?? '',
          c.license ?? '',
        ]),
      ),
    )
    json.textContent = JSON.stringify(extraction, null, 2)
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  editor.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void update(), 120)
  })
  instrument.addEventListener('change', () => void update())
  mode.addEventListener('change', () => {
    // Swap the example along with the mode unless the reader has written their own text.
    if (editor.value === exampleText || editor.value === exampleMarkdown)
      editor.value = exampleFor(mode.value)
    void update()
  })
  demonyms.addEventListener('change', () => void update())
  reset.addEventListener('click', () => {
    editor.value = exampleFor(mode.value)
    void update()
  })
  void update()
}

function panel(title: string, head: string[], rows: string[][]): HTMLElement {
  const table = el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))))
  const body = el('tbody')
  for (const row of rows) body.append(el('tr', {}, ...row.map((cell) => el('td', {}, cell))))
  table.append(body)
  return el(
    'section',
    { class: 'panel', 'data-kind': title },
    el('h3', {}, `${title} `, el('span', { class: 'count' }, String(rows.length))),
    rows.length ? table : el('p', { class: 'none' }, 'None found.'),
  )
}

function link(href: string, text: string): HTMLAnchorElement {
  return el('a', { href }, text) as HTMLAnchorElement
}

/** Build an element; children are text (never parsed as HTML) or nodes. */
function el(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}
