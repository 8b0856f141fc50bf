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
import type { DemoDiagnostic } from './analysis.js'
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

/**
 * What the panels show, digested from an Extraction in the worker: names rather than ids, at most
 * `maxRows` rows per list, and the source offsets of those rows for picking. Small, so posting it
 * to the page costs little, and plain data, so a panel is rebuilt only when its part changed.
 */
export interface PanelData {
  instruments: {
    name: string
    url: string | null
    title: string | null
    /** `checked`: the registry lists the instrument's articles, so a missing heading is an error. */
    pinpoints: { label: string; heading: string | null; checked: boolean }[]
  }[]
  citations: {
    total: number
    rows: { text: string; instrument: string; pinpoint: string; invalid: boolean }[]
  }
  groups: {
    groups: { id: string; name: string; abbreviation: string; states: string[] }[]
    mentions: number
  }
  stateLists: { total: number; rows: { count: number; names: string; unresolved: string[] }[] }
  documents: { total: number; rows: { symbol: string; url: string | null }[] }
  credits: {
    total: number
    rows: {
      title: string | null
      creator: string | null
      source: string | null
      license: string | null
      licenseUrl: string | null
      licenseTitle: string | null
    }[]
  }
  /** Source spans of the rows shown, `[start, end, start, end, …]` per kind. */
  spans: Record<Exclude<PickKind, 'diagnostics'>, number[]>
}

function spansOf(items: readonly { start: number; end: number }[]): number[] {
  return items.slice(0, maxRows).flatMap((x) => [x.start, x.end])
}

/** The panels' data of an extraction (pure; runs in the worker). */
export function digestPanels(extraction: Extraction): PanelData {
  const x = extraction
  const errors = x.diagnostics.filter((d) => d.severity === 'error')
  return {
    instruments: instrumentsCited(x.citations).map((entry) => ({
      name: entry.name,
      url: safeHttpUrl(entry.url ?? undefined) ?? null,
      title: entry.title ?? null,
      pinpoints: entry.pinpoints.map((label) => {
        const number = /\d+\w*/.exec(label)?.[0]
        const heading = number ? (articleOf(entry.treaty, number)?.title ?? null) : null
        return { label, heading, checked: Boolean(getInstrument(entry.treaty)?.articles) }
      }),
    })),
    citations: {
      total: x.citations.length,
      rows: x.citations.slice(0, maxRows).map((c) => ({
        text: c.text,
        instrument: instrumentName(c.treaty),
        pinpoint: c.article
          ? `Art. ${c.article}${c.paragraph ? `(${c.paragraph})` : ''}${c.subparagraph ? `(${c.subparagraph})` : ''}`
          : '—',
        invalid: errors.some((d) => d.start < c.end && c.start < d.end),
      })),
    },
    groups: {
      groups: statesByGroup(x).map((g) => ({ ...g, states: g.states.map(stateLabel) })),
      mentions: x.states.length,
    },
    stateLists: {
      total: x.stateLists.length,
      rows: x.stateLists.slice(0, maxRows).map((l) => ({
        count: l.members.length,
        names: l.members.map(stateLabel).join(', '),
        unresolved: [...l.unresolved],
      })),
    },
    documents: {
      total: x.documents.length,
      rows: x.documents
        .slice(0, maxRows)
        .map((d) => ({ symbol: d.symbol, url: safeHttpUrl(d.url) ?? null })),
    },
    credits: {
      total: x.credits.length,
      rows: x.credits.slice(0, maxRows).map((c) => {
        const license = c.license ? (getLicense(c.license) ?? null) : null
        return {
          title: c.title,
          creator: c.creator,
          source: c.source,
          license: c.license,
          licenseUrl:
            safeHttpUrl(
              c.licenseUrl ?? license?.url ?? parseLicense(c.license ?? '')?.url ?? undefined,
            ) ?? null,
          licenseTitle: license?.title ?? c.license,
        }
      }),
    },
    spans: {
      citations: spansOf(x.citations),
      documents: spansOf(x.documents),
      stateLists: spansOf(x.stateLists),
      credits: spansOf(x.credits),
    },
  }
}

/** One panel: a key of what it shows (without offsets) and how to build it. */
export interface PanelPlan {
  key: string
  build: () => HTMLElement
}

export function planPanels(data: PanelData, pick: Pick | null): PanelPlan[] {
  const picking = pick ? 'p' : ''
  return [
    { key: JSON.stringify(data.instruments), build: () => instrumentsPanel(data) },
    { key: picking + JSON.stringify(data.citations), build: () => citationsPanel(data, pick) },
    { key: JSON.stringify(data.groups), build: () => groupsPanel(data) },
    { key: picking + JSON.stringify(data.stateLists), build: () => stateListsPanel(data, pick) },
    { key: picking + JSON.stringify(data.documents), build: () => documentsPanel(data, pick) },
    { key: picking + JSON.stringify(data.credits), build: () => creditsPanel(data, pick) },
  ]
}

function instrumentsPanel(data: PanelData): HTMLElement {
  const list = el('ul', { class: 'instruments' })
  for (const entry of data.instruments) {
    const name = entry.url
      ? el('a', { href: entry.url, rel: 'noopener' }, entry.name)
      : el('span', {}, entry.name)
    const pinpoints = el('ul', { class: 'pinpoints' })
    for (const { label, heading, checked } of entry.pinpoints)
      pinpoints.append(
        el(
          'li',
          heading ? {} : { class: 'unknown-article' },
          el('strong', {}, label),
          heading ? `: ${heading}` : checked ? ': no such article' : '',
        ),
      )
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
  return section('Instruments', 'Instruments cited', data.instruments.length, list)
}

function citationsPanel(data: PanelData, pick: Pick | null): HTMLElement {
  const { total, rows } = data.citations
  const trs = rows.map((c, i) =>
    el(
      'tr',
      c.invalid ? { class: 'invalid' } : {},
      el('td', {}, pickButton(c.text, 'citations', i, pick)),
      el('td', {}, c.instrument),
      el('td', {}, c.pinpoint, c.invalid ? el('span', { class: 'badge error' }, 'invalid') : null),
    ),
  )
  return section(
    'Citations',
    'Citations',
    total,
    table(['As written', 'Instrument', 'Pinpoint'], trs),
    ...more(total),
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

function groupsPanel(data: PanelData): HTMLElement {
  const byGroup = data.groups.groups
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
          el('p', { class: 'state-names' }, g.states.join(', ')),
        ),
      )
  }
  return section(
    'States',
    'States by UN regional group',
    total,
    chart,
    lists,
    el('p', { class: 'none' }, `${data.groups.mentions} mentions of ${total} states`),
  )
}

function stateListsPanel(data: PanelData, pick: Pick | null): HTMLElement {
  const { total, rows } = data.stateLists
  const items = rows.map((l, i) =>
    el(
      'li',
      {},
      pickButton(`${l.count} states`, 'stateLists', i, pick),
      ' ',
      el('span', { class: 'state-names' }, l.names),
      l.unresolved.length
        ? el('span', { class: 'badge warning' }, `not states: ${l.unresolved.join(', ')}`)
        : null,
    ),
  )
  return section(
    'State lists',
    'State lists',
    total,
    el('ol', { class: 'state-lists' }, ...items),
    ...more(total),
  )
}

function documentsPanel(data: PanelData, pick: Pick | null): HTMLElement {
  const { total, rows } = data.documents
  const trs = rows.map((d, i) =>
    el(
      'tr',
      {},
      el('td', {}, pickButton(d.symbol, 'documents', i, pick)),
      el('td', {}, d.url ? el('a', { href: d.url, rel: 'noopener' }, 'docs.un.org') : '—'),
    ),
  )
  return section('Documents', 'UN documents', total, table(['Symbol', 'Link'], trs), ...more(total))
}

function creditsPanel(data: PanelData, pick: Pick | null): HTMLElement {
  const { total, rows } = data.credits
  const cards = rows.map((c, i) => {
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
                  c.licenseUrl ? 'a' : 'span',
                  c.licenseUrl
                    ? {
                        class: 'badge license',
                        href: c.licenseUrl,
                        rel: 'license noopener',
                        title: c.licenseTitle ?? c.license,
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
    total,
    el('ul', { class: 'credits' }, ...cards),
    ...more(total),
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
