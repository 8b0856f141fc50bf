// The entity panels: names rather than ids (instrument short titles, UN state names with flags),
// the instruments cited with their pinpoints and headings, states by UN regional group with a
// small chart, credits as TASL cards with licence badges, diagnostics with severity colours.
import {
  articleOf,
  getInstrument,
  getLicense,
  getState,
  groups,
  instrumentsCited,
  parseLicense,
  safeHttpUrl,
  type Extraction,
} from '@treatymark/core'
import type { DemoDiagnostic } from './analyse.js'
import { el } from './dom.js'

/** Which entity the reader picked: its kind and index in the Extraction (offsets are looked up
 * when picked, so a panel whose contents did not change is not rebuilt when offsets move). */
export type PickKind = 'citations' | 'documents' | 'stateLists' | 'credits' | 'diagnostics'
export type Pick = (kind: PickKind, index: number) => void

/** At most this many rows per list: a 5,000-word text must not build thousands of rows. */
const maxRows = 60

export function instrumentName(id: string): string {
  const instrument = getInstrument(id)
  if (!instrument) return id
  return instrument.title.length <= 50
    ? instrument.title
    : (instrument.shortTitles[0] ?? instrument.title)
}

export function stateLabel(code: string): string {
  const state = getState(code)
  return state ? `${state.flag} ${state.name}` : code
}

function pickButton(label: string, kind: PickKind, index: number, pick: Pick | null): HTMLElement {
  if (!pick) return el('span', {}, label)
  const button = el('button', { type: 'button', class: 'pick', title: 'Select in the text' }, label)
  button.addEventListener('click', () => pick(kind, index))
  return button
}

function section(kind: string, title: string, count: number, ...body: Node[]): HTMLElement {
  return el(
    'section',
    { class: 'panel', 'data-kind': kind, 'aria-labelledby': `panel-${kind}` },
    el('h3', { id: `panel-${kind}` }, `${title} `, el('span', { class: 'count' }, String(count))),
    ...(count === 0 ? [el('p', { class: 'none' }, 'None found.')] : body),
  )
}

function more(total: number): Node[] {
  return total > maxRows ? [el('p', { class: 'none' }, `… and ${total - maxRows} more`)] : []
}

/** One panel: a key of what it shows (without offsets) and how to build it. */
export interface PanelPlan {
  key: string
  build: () => HTMLElement
}

export function planPanels(extraction: Extraction, pick: Pick | null): PanelPlan[] {
  const x = extraction
  const picking = pick ? 'p' : ''
  return [
    {
      key:
        picking +
        JSON.stringify(x.citations.map((c) => [c.treaty, c.article, c.paragraph, c.subparagraph])),
      build: () => instrumentsPanel(x),
    },
    {
      key:
        picking +
        JSON.stringify(
          x.citations.slice(0, maxRows).map((c) => [c.text, c.treaty, c.article, c.paragraph]),
        ) +
        x.citations.length +
        JSON.stringify(x.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)),
      build: () => citationsPanel(x, pick),
    },
    {
      key: JSON.stringify([x.states.map((s) => s.iso3), x.stateLists.map((l) => l.members)]),
      build: () => groupsPanel(x),
    },
    {
      key: picking + JSON.stringify(x.stateLists.map((l) => [l.members, l.unresolved])),
      build: () => stateListsPanel(x, pick),
    },
    {
      key: picking + JSON.stringify(x.documents.map((d) => d.symbol)),
      build: () => documentsPanel(x, pick),
    },
    {
      key:
        picking +
        JSON.stringify(
          x.credits.map((c) => [c.title, c.creator, c.source, c.license, c.licenseUrl]),
        ),
      build: () => creditsPanel(x, pick),
    },
  ]
}

function instrumentsPanel(extraction: Extraction): HTMLElement {
  const cited = instrumentsCited(extraction.citations)
  const list = el('ul', { class: 'instruments' })
  for (const entry of cited) {
    const name = entry.url
      ? el('a', { href: entry.url, rel: 'noopener' }, entry.name)
      : el('span', {}, entry.name)
    const pinpoints = el('ul', { class: 'pinpoints' })
    for (const label of entry.pinpoints) {
      const number = /\d+\w*/.exec(label)?.[0]
      const heading = number ? articleOf(entry.treaty, number)?.title : undefined
      pinpoints.append(
        el(
          'li',
          heading ? {} : { class: 'unknown-article' },
          el('strong', {}, label),
          heading
            ? `: ${heading}`
            : getInstrument(entry.treaty)?.articles
              ? ': no such article'
              : '',
        ),
      )
    }
    list.append(
      el(
        'li',
        {},
        name,
        entry.title ? el('span', { class: 'official' }, entry.title) : null,
        entry.pinpoints.length ? pinpoints : null,
      ),
    )
  }
  return section('Instruments', 'Instruments cited', cited.length, list)
}

function citationsPanel(extraction: Extraction, pick: Pick | null): HTMLElement {
  const rows = extraction.citations.slice(0, maxRows).map((c, i) => {
    const pinpoint = c.article
      ? `Art. ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}${c.subparagraph ? `(${c.subparagraph})` : ''}`
      : '—'
    const invalid = extraction.diagnostics.some(
      (d) => d.severity === 'error' && d.start < c.end && c.start < d.end,
    )
    return el(
      'tr',
      invalid ? { class: 'invalid' } : {},
      el('td', {}, pickButton(c.text, 'citations', i, pick)),
      el('td', {}, instrumentName(c.treaty)),
      el('td', {}, pinpoint, invalid ? el('span', { class: 'badge error' }, 'invalid') : null),
    )
  })
  return section(
    'Citations',
    'Citations',
    extraction.citations.length,
    table(['As written', 'Instrument', 'Pinpoint'], rows),
    ...more(extraction.citations.length),
  )
}

/** Distinct states named (in lists or alone), counted by UN regional group. */
export function statesByGroup(
  extraction: Extraction,
): { id: string; name: string; abbreviation: string; states: string[] }[] {
  const seen = new Set<string>()
  for (const s of extraction.states) seen.add(s.iso3)
  for (const l of extraction.stateLists) for (const m of l.members) seen.add(m)
  const result = groups.map((g) => ({
    id: g.id as string,
    name: g.name,
    abbreviation: g.abbreviation,
    states: [] as string[],
  }))
  const other = {
    id: 'none',
    name: 'No regional group',
    abbreviation: 'other',
    states: [] as string[],
  }
  for (const iso3 of seen) {
    const state = getState(iso3)
    const group = result.find((g) => g.id === state?.group) ?? other
    group.states.push(iso3)
  }
  for (const g of [...result, other])
    g.states.sort((a, b) => (getState(a)?.name ?? a).localeCompare(getState(b)?.name ?? b))
  return other.states.length ? [...result, other] : result
}

function groupsPanel(extraction: Extraction): HTMLElement {
  const byGroup = statesByGroup(extraction)
  const total = byGroup.reduce((n, g) => n + g.states.length, 0)
  const max = Math.max(1, ...byGroup.map((g) => g.states.length))
  const chart = el('ul', { class: 'group-chart', 'aria-label': 'States by UN regional group' })
  const lists = el('div', { class: 'group-lists' })
  for (const g of byGroup) {
    const bar = el('span', { class: 'bar', 'data-group': g.id })
    bar.style.inlineSize = `${(100 * g.states.length) / max}%`
    chart.append(
      el(
        'li',
        { 'data-group': g.id },
        el('span', { class: 'label', title: g.name }, g.abbreviation),
        el('span', { class: 'track' }, bar),
        el('span', { class: 'value' }, String(g.states.length)),
      ),
    )
    if (g.states.length)
      lists.append(
        el(
          'details',
          {},
          el('summary', {}, `${g.name} (${g.states.length})`),
          el('p', { class: 'state-names' }, g.states.map(stateLabel).join(', ')),
        ),
      )
  }
  return section(
    'States',
    'States by UN regional group',
    total,
    chart,
    lists,
    el('p', { class: 'none' }, `${extraction.states.length} mentions of ${total} states`),
  )
}

function stateListsPanel(extraction: Extraction, pick: Pick | null): HTMLElement {
  const items = extraction.stateLists
    .slice(0, maxRows)
    .map((l, i) =>
      el(
        'li',
        {},
        pickButton(`${l.members.length} states`, 'stateLists', i, pick),
        ' ',
        el('span', { class: 'state-names' }, l.members.map(stateLabel).join(', ')),
        l.unresolved.length
          ? el('span', { class: 'badge warning' }, `not states: ${l.unresolved.join(', ')}`)
          : null,
      ),
    )
  return section(
    'State lists',
    'State lists',
    extraction.stateLists.length,
    el('ol', { class: 'state-lists' }, ...items),
    ...more(extraction.stateLists.length),
  )
}

function documentsPanel(extraction: Extraction, pick: Pick | null): HTMLElement {
  const rows = extraction.documents
    .slice(0, maxRows)
    .map((d, i) =>
      el(
        'tr',
        {},
        el('td', {}, pickButton(d.symbol, 'documents', i, pick)),
        el('td', {}, el('a', { href: safeHttpUrl(d.url) ?? '#', rel: 'noopener' }, 'docs.un.org')),
      ),
    )
  return section(
    'Documents',
    'UN documents',
    extraction.documents.length,
    table(['Symbol', 'Link'], rows),
    ...more(extraction.documents.length),
  )
}

function creditsPanel(extraction: Extraction, pick: Pick | null): HTMLElement {
  const cards = extraction.credits.slice(0, maxRows).map((c, i) => {
    const license = c.license ? (getLicense(c.license) ?? null) : null
    const licenseUrl = safeHttpUrl(
      c.licenseUrl ?? license?.url ?? parseLicense(c.license ?? '')?.url ?? undefined,
    )
    const field = (name: string, value: string | null): HTMLElement =>
      el(
        'div',
        {},
        el('dt', {}, name),
        el('dd', {}, value ?? el('span', { class: 'missing' }, 'missing')),
      )
    return el(
      'li',
      { class: 'tasl' },
      el(
        'dl',
        {},
        field('Title', c.title),
        field('Author', c.creator),
        field('Source', c.source),
        el(
          'div',
          {},
          el('dt', {}, 'Licence'),
          el(
            'dd',
            {},
            c.license
              ? el(
                  licenseUrl ? 'a' : 'span',
                  licenseUrl
                    ? {
                        class: 'badge license',
                        href: licenseUrl,
                        rel: 'license noopener',
                        title: license?.title ?? c.license,
                      }
                    : { class: 'badge license' },
                  c.license,
                )
              : el('span', { class: 'missing' }, 'missing'),
          ),
        ),
      ),
      pickButton('Select in the text', 'credits', i, pick),
    )
  })
  return section(
    'Credits',
    'Credits (TASL)',
    extraction.credits.length,
    el('ul', { class: 'credits' }, ...cards),
    ...more(extraction.credits.length),
  )
}

function table(head: string[], rows: HTMLElement[]): HTMLElement {
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows),
    ),
  )
}

/** The diagnostics list: severity colour, position button, message, rule id. */
export function renderDiagnostics(diagnostics: DemoDiagnostic[], pick: Pick): HTMLElement[] {
  if (diagnostics.length === 0) return [el('li', { class: 'none' }, 'No problems found.')]
  const items = diagnostics.slice(0, maxRows).map((d, i) => {
    const item = el(
      'li',
      { class: `diagnostic ${d.severity}` },
      el('span', { class: `badge ${d.severity}` }, d.severity),
      ' ',
      el(
        'button',
        { type: 'button', class: 'goto', title: 'Select in the text' },
        `${d.line}:${d.column}`,
      ),
      ' ',
      el('span', { class: 'message' }, d.message),
      ' ',
      el('code', {}, d.ruleId),
    )
    item.querySelector('button')!.addEventListener('click', () => pick('diagnostics', i))
    return item
  })
  if (diagnostics.length > maxRows)
    items.push(el('li', { class: 'none' }, `… and ${diagnostics.length - maxRows} more`))
  return items
}
