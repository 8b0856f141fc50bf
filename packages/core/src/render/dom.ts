import type { Element as HastElement, ElementContent, Properties } from 'hast'
import type { ExtractOptions, Extraction } from '../models/index.js'
import { resolveRenderOptions, type RenderOptions } from './options.js'
import { ownClassTest } from './html-elements.js'
import { markupHtml, Read, readHtmlElement, type TreeAdapter } from './tree-engine.js'
import { checkDomRoot, refusedExtraction } from './validate.js'

export interface MarkupDomOptions extends RenderOptions, ExtractOptions {}

/** hast property name -> HTML attribute name, for the properties the renderer emits. */
export function attributeName(property: string): string {
  if (property === 'className') return 'class'
  if (property === 'tabIndex') return 'tabindex'
  if (/^data[A-Z]/.test(property))
    return `data-${property
      .slice(4)
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      .slice(1)}`
  return property.toLowerCase()
}

/** Attribute name/value pairs of hast properties (arrays space-separated, false/null left out). */
export function attributesOf(properties: Properties): [string, string][] {
  const out: [string, string][] = []
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue
    const text = Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value)
    out.push([attributeName(key), text])
  }
  return out
}

function toDom(nodes: readonly ElementContent[], doc: Document): Node[] {
  const out: Node[] = []
  for (const node of nodes) {
    if (node.type === 'text') out.push(doc.createTextNode(node.value))
    else if (node.type === 'element') {
      const element = doc.createElement(node.tagName)
      for (const [name, value] of attributesOf(node.properties)) element.setAttribute(name, value)
      for (const child of toDom(node.children, doc)) element.appendChild(child)
      out.push(element)
    }
  }
  return out
}

/**
 * Mark up the prose of a live DOM subtree in place (a published post, for a code-injection
 * script), with the elements of `renderText`, and return what was found. Same reading rules as
 * `markupHast`: one text in document order, links, code, scripts and form controls untouched,
 * already marked-up elements and `data-treatymark="off"` left alone (so it can run twice);
 * entities over several text nodes are wrapped when the elements between fit inside. Browser
 * only (needs `document`).
 */
export function markupDom(
  root: Element | DocumentFragment,
  options?: MarkupDomOptions | null,
): Extraction {
  const refused = checkDomRoot(root)
  if (refused) return refusedExtraction('invalid-tree', `markupDom: ${refused}; nothing marked up`)
  const resolved = resolveRenderOptions(options)
  const doc = root.ownerDocument ?? (root as unknown as Document)
  const setCredit = (paragraph: Node, made: HastElement): void => {
    const element = paragraph as Element
    for (const [name, value] of attributesOf(made.properties)) {
      if (name === 'class') element.classList.add(...value.split(' ').filter(Boolean))
      else element.setAttribute(name, value)
    }
  }
  const adapter = domAdapter(ownClassTest(resolved.classPrefix), doc)
  const inLink = root.nodeType === 1 && (root as Element).closest('a') !== null
  return markupHtml<Node, Text>(root, adapter, options, resolved, setCredit, inLink)
}

/** How `markupDom` reads and changes a live DOM: at once, with the DOM's own methods. */
function domAdapter(isOwnClass: (name: string) => boolean, doc: Document): TreeAdapter<Node, Text> {
  return {
    read(node, locked) {
      if (node.nodeType === 3) return Read.text
      if (node.nodeType === 11 || node.nodeType === 9) return Read.parent
      if (node.nodeType !== 1) return Read.skip
      const element = node as Element
      const own = Array.from(element.classList).some(isOwnClass)
      const off = element.getAttribute('data-treatymark') === 'off'
      return readHtmlElement(element.localName, own, off, false, locked)
    },
    children: (node) => node.childNodes,
    value: (node) => node.data,
    parent: (node) => node.parentNode,
    canWrapIn: (node) => node.nodeType === 1,
    insideLink: (node) => node.nodeType === 1 && (node as Element).closest('a[href]') !== null,
    split: (_parent, node, at) => node.splitText(at),
    wrap(parent, from, to, element) {
      const [wrapper] = toDom([element], doc)
      parent.insertBefore(wrapper!, from)
      let node: Node | null = from
      while (node) {
        const next: Node | null = node.nextSibling
        wrapper!.appendChild(node)
        if (node === to) break
        node = next
      }
    },
    replace: (_parent, node, nodes) => node.replaceWith(...toDom(nodes, doc)),
    flush() {},
  }
}
