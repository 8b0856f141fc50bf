/**
 * Format attributes from core's renderer: render one entity over the selected words with
 * `renderText`, serialise with `hastToHtml`, and read the attributes of the element it made.
 * So an inline citation carries exactly the markup a citation block or the remark plugin emits.
 */
import { hastToHtml, renderText } from '@treatymark/core'
import type { Extraction } from '@treatymark/core'

export interface Marked {
  /** Format type: which element core made. */
  type: 'treatymark/cite' | 'treatymark/doc' | 'treatymark/state'
  start: number
  end: number
  attributes: Record<string, string>
}

const typeOf: Record<string, Marked['type']> = {
  'tm-cite': 'treatymark/cite',
  'tm-doc': 'treatymark/doc',
  'tm-state': 'treatymark/state',
}

/** Map HTML attribute names to a format's attribute keys (`data-treaty` -> `treaty`). */
export function formatKey(name: string): string {
  return name.replace(/^data-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** Every entity element core renders for `extraction` over `text`, with its offsets. */
export function markedEntities(text: string, extraction: Partial<Extraction>): Marked[] {
  const html = hastToHtml(renderText(text, extraction))
  const template = document.createElement('template')
  template.innerHTML = html
  const out: Marked[] = []
  let offset = 0
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      offset += (node.nodeValue ?? '').length
      return
    }
    const element = node as Element
    const start = offset
    for (const child of Array.from(node.childNodes)) walk(child)
    const className = element.getAttribute?.('class') ?? ''
    const type = typeOf[className.split(/\s+/)[0] ?? '']
    if (type) {
      const attributes: Record<string, string> = {}
      for (const attr of Array.from(element.attributes)) {
        if (attr.name !== 'class') attributes[formatKey(attr.name)] = attr.value
      }
      out.push({ type, start, end: offset, attributes })
    }
  }
  for (const child of Array.from(template.content.childNodes)) walk(child)
  return out.sort((a, b) => a.start - b.start)
}
