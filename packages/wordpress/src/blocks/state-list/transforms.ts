import { createBlock } from '@wordpress/blocks'
import { extract, hastToHtml } from '@treatymark/core'
import { splitStateNames, type StateListAttributes } from '../../lib/markup'

function plainText(html: string): string {
  const template = document.createElement('template')
  template.innerHTML = html
  return template.content.textContent ?? ''
}

/** A paragraph that is one list of states (three or more), and nothing else but punctuation. */
function wholeList(text: string): string[] | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const { stateLists } = extract(trimmed, { kinds: ['states', 'stateLists'] })
  const only = stateLists.length === 1 ? stateLists[0] : undefined
  if (!only) return null
  const rest = trimmed.slice(0, only.start) + trimmed.slice(only.end)
  if (!/^[\s.;:,]*$/.test(rest)) return null
  return splitStateNames(trimmed.slice(only.start, only.end))
}

const transforms = {
  from: [
    {
      type: 'block',
      blocks: ['core/paragraph'],
      isMatch: ({ content }: { content?: unknown }) =>
        wholeList(plainText(String(content ?? ''))) !== null,
      transform: ({ content }: { content?: unknown }) =>
        createBlock('treatymark/state-list', {
          names: wholeList(plainText(String(content ?? ''))) ?? [],
        }),
    },
  ],
  to: [
    {
      type: 'block',
      blocks: ['core/paragraph'],
      transform: (attributes: StateListAttributes) => {
        // The names as the author wrote them, joined in prose.
        const text = new Intl.ListFormat('en', { type: 'conjunction' }).format(
          (attributes.names ?? []).filter((n) => n.trim() !== ''),
        )
        return createBlock('core/paragraph', { content: hastToHtml({ type: 'text', value: text }) })
      },
    },
  ],
}
export default transforms
