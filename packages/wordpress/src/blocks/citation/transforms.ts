import { createBlock } from '@wordpress/blocks'
import { extract, hastToHtml } from '@treatymark/core'
import {
  citationNodes,
  citationText,
  sanitizeCitation,
  type CitationAttributes,
} from '../../lib/markup'

function plainText(html: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content.textContent ?? ''
}

/** The one citation a paragraph consists of (its whole trimmed text), or null. */
export function wholeCitation(text: string) {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const { citations } = extract(trimmed, { kinds: ['citations'] })
  const only = citations.length === 1 ? citations[0] : undefined
  if (!only) return null
  const rest = trimmed.slice(0, only.start) + trimmed.slice(only.end)
  return /^[\s.;:,]*$/.test(rest) ? only : null
}

const transforms = {
  from: [
    {
      type: 'block',
      blocks: ['core/paragraph'],
      isMatch: ({ content }: { content?: unknown }) =>
        wholeCitation(plainText(String(content ?? ''))) !== null,
      transform: ({ content }: { content?: unknown }) => {
        const citation = wholeCitation(plainText(String(content ?? '')))
        return createBlock('treatymark/citation', {
          treaty: citation?.treaty ?? '',
          article: citation?.article ?? '',
          paragraph: citation?.paragraph ?? '',
          subparagraph: citation?.subparagraph ?? '',
          // The author's words stay the link text.
          label: citation?.text ?? '',
        })
      },
    },
  ],
  to: [
    {
      type: 'block',
      blocks: ['core/paragraph'],
      transform: (attributes: CitationAttributes) => {
        const clean = sanitizeCitation(attributes)
        const blocks = []
        if (attributes.quote?.trim()) {
          blocks.push(
            createBlock('core/paragraph', {
              content: hastToHtml({ type: 'text', value: attributes.quote }),
            }),
          )
        }
        const content = clean
          ? hastToHtml(citationNodes(citationText(clean), clean))
          : hastToHtml({ type: 'text', value: attributes.label ?? '' })
        blocks.push(createBlock('core/paragraph', { content }))
        return blocks
      },
    },
  ],
}
export default transforms
