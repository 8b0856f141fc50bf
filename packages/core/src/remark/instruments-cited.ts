import type { ElementContent } from 'hast'
import type { Citation, InstrumentId } from '../models/index.js'
import { instrumentFacts } from '../render/lookup.js'
import { entityUrl, pinpointLabel, type ResolvedRenderOptions } from '../render/index.js'
import type { TreatymarkGenerated } from './types.js'

function articleKey(label: string): [number, string] {
  const match = /\d+/.exec(label)
  return [match ? Number(match[0]) : Number.MAX_SAFE_INTEGER, label]
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
}

/**
 * "Instruments cited": each instrument once, in order of first citation, with the pinpoints
 * cited (by article number). Hast for the HTML; markdown kept for `rewrite: true`.
 */
export function instrumentsCitedNode(
  citations: readonly Citation[],
  options: ResolvedRenderOptions,
  heading: string,
  depth: number,
): TreatymarkGenerated | null {
  const byTreaty = new Map<InstrumentId, { first: Citation; pinpoints: Set<string> }>()
  for (const citation of citations) {
    let entry = byTreaty.get(citation.treaty)
    if (!entry) byTreaty.set(citation.treaty, (entry = { first: citation, pinpoints: new Set() }))
    const label = pinpointLabel(citation)
    if (label) entry.pinpoints.add(label)
  }
  if (byTreaty.size === 0) return null
  const items: ElementContent[] = []
  const lines: string[] = []
  for (const [treaty, entry] of byTreaty) {
    const facts = instrumentFacts(treaty, null)
    const name = facts?.name ?? treaty.toUpperCase()
    const url = entityUrl(
      { ...entry.first, article: null, paragraph: null },
      'citation',
      facts?.url,
      options,
    )
    const pinpoints = [...entry.pinpoints].sort((a, b) => {
      const [na, la] = articleKey(a)
      const [nb, lb] = articleKey(b)
      return na - nb || la.localeCompare(lb, 'en', { numeric: true })
    })
    const nameNode: ElementContent = url
      ? {
          type: 'element',
          tagName: 'a',
          properties: { href: url, className: [`${options.classPrefix}cite`], dataTreaty: treaty },
          children: [{ type: 'text', value: name }],
        }
      : { type: 'text', value: name }
    const children: ElementContent[] = [nameNode]
    if (facts && facts.title !== name) children.push({ type: 'text', value: ` (${facts.title})` })
    if (pinpoints.length > 0) children.push({ type: 'text', value: `: ${pinpoints.join(', ')}` })
    items.push({ type: 'element', tagName: 'li', properties: {}, children })
    const linked = url ? `[${escapeMarkdown(name)}](${url})` : escapeMarkdown(name)
    lines.push(
      `- ${linked}${facts && facts.title !== name ? ` (${escapeMarkdown(facts.title)})` : ''}${pinpoints.length > 0 ? `: ${pinpoints.join(', ')}` : ''}`,
    )
  }
  const level = Math.min(6, Math.max(1, Math.round(depth)))
  return {
    type: 'treatymarkGenerated',
    data: {
      hName: 'section',
      hProperties: { className: [`${options.classPrefix}instruments-cited`] },
      hChildren: [
        {
          type: 'element',
          tagName: `h${level}`,
          properties: {},
          children: [{ type: 'text', value: heading }],
        },
        { type: 'element', tagName: 'ul', properties: {}, children: items },
      ],
      treatymark: 'generated',
      markdown: `${'#'.repeat(level)} ${escapeMarkdown(heading)}\n\n${lines.join('\n')}`,
    },
  }
}
