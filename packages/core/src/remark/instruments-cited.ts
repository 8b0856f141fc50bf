import type { Citation } from '../models/index.js'
import {
  instrumentsCited,
  instrumentsCitedElement,
  type ResolvedRenderOptions,
} from '../render/index.js'
import type { TreatymarkGenerated } from './types.js'

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)
}

/**
 * "Instruments cited" as a generated node: the renderer's section for the HTML, and the same
 * list as markdown for `rewrite: true`.
 */
export function instrumentsCitedNode(
  citations: readonly Citation[],
  options: ResolvedRenderOptions,
  heading: string,
  depth: number,
): TreatymarkGenerated | null {
  const entries = instrumentsCited(citations, options)
  if (entries.length === 0) return null
  const section = instrumentsCitedElement(entries, options, heading, depth)
  const level = Math.min(6, Math.max(1, Math.round(depth)))
  const lines = entries.map((entry) => {
    const name = escapeMarkdown(entry.name)
    const linked = entry.url ? `[${name}](${entry.url})` : name
    const title = entry.title ? ` (${escapeMarkdown(entry.title)})` : ''
    const pinpoints = entry.pinpoints.length > 0 ? `: ${entry.pinpoints.join(', ')}` : ''
    return `- ${linked}${title}${pinpoints}`
  })
  return {
    type: 'treatymarkGenerated',
    data: {
      hName: section.tagName,
      hProperties: section.properties,
      hChildren: section.children,
      treatymark: 'generated',
      markdown: `${'#'.repeat(level)} ${escapeMarkdown(heading)}\n\n${lines.join('\n')}`,
    },
  }
}
