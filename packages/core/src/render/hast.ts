import type { Element, Nodes, Root, Text } from 'hast'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { unistAdapter } from './child-edits.js'
import { isLink } from './elements.js'
import { ownClassTest } from './html-elements.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { markupHtml, Read, readHtmlElement, type TreeAdapter } from './tree-engine.js'
import { checkHastTree, refusedExtraction } from './validate.js'

export interface MarkupHastOptions extends RenderOptions, ExtractOptions {}

function classes(element: Element): string[] {
  const value: unknown = element.properties.className
  // Only strings and numbers are class names; anything else in a broken tree is ignored, not
  // converted (an object without a prototype has no string form).
  if (Array.isArray(value))
    return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String)
  return typeof value === 'string' ? value.split(/\s+/) : []
}

/** How `markupHast` reads and changes a hast tree. */
function hastAdapter(isOwnClass: (name: string) => boolean): TreeAdapter<Nodes, Text> {
  return unistAdapter<Nodes, Text>({
    read(node, locked) {
      if (node.type === 'text') return Read.text
      if (node.type === 'root') return Read.parent
      if (node.type !== 'element') return Read.skip
      const own = classes(node).some(isOwnClass)
      const off = node.properties.dataTreatymark === 'off'
      return readHtmlElement(node.tagName, own, off, isLink(node), locked)
    },
    canWrapIn: (node) => node.type === 'element',
    // Inside an element this function made a link (a wrapped citation): no nested links.
    insideLink(node, parents) {
      for (let current: Nodes | undefined = node; current; current = parents.get(current))
        if (current.type === 'element' && isLink(current)) return true
      return false
    },
    wrapper: (element) => element,
    convert: (nodes) => nodes,
  })
}

/**
 * Mark up the prose of an existing hast tree (an HTML post parsed with rehype-parse or
 * hast-util-from-html) in place, with the same elements as `renderText`, and return what was
 * found. The text of the document is read in order as one text, so context carries across
 * paragraphs. Never touched: links, code, `pre`, scripts, form controls, and anything already
 * marked up by treatymark (elements with a class of the prefix) or inside an element with
 * `data-treatymark="off"`. Entities whose words run over several text nodes are wrapped when
 * the elements between can sit inside the wrapper, else left unmarked. Offsets of the returned extraction index the text read (blocks separated by blank lines).
 */
export function markupHast(tree: Root | Element, options?: MarkupHastOptions | null): Extraction {
  const resolved = resolveRenderOptions(options)
  const refused = checkHastTree(tree, resolved.report)
  if (refused) return refusedExtraction('invalid-tree', `markupHast: ${refused}; nothing marked up`)
  const setCredit = (paragraph: Nodes, made: Element): void => {
    const element = paragraph as Element
    const own = classes(element)
    element.properties = {
      ...element.properties,
      ...made.properties,
      className: [...own, ...classes(made).filter((c) => !own.includes(c))],
    }
  }
  // A paragraph that is only a credit line becomes `<p class="tm-credit">`.
  const adapter = hastAdapter(ownClassTest(resolved.classPrefix))
  return markupHtml(tree as Nodes, adapter, options, resolved, setCredit)
}
