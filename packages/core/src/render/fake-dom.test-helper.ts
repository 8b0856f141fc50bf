/**
 * A tiny DOM for unit tests of markupDom (the package has no jsdom): just the node API that
 * markupDom uses, plus `outerHTML`-like serialisation.
 */
class FakeNode {
  parentNode: FakeElement | null = null
  constructor(
    readonly nodeType: number,
    readonly ownerDocument: FakeDocument,
  ) {}
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes
    if (!siblings) return null
    return siblings[siblings.indexOf(this) + 1] ?? null
  }
  get parentElement(): FakeElement | null {
    return this.parentNode
  }
  replaceWith(...nodes: FakeNode[]): void {
    const parent = this.parentNode!
    const index = parent.childNodes.indexOf(this)
    for (const node of nodes) node.remove()
    parent.childNodes.splice(index, 1, ...nodes)
    for (const node of nodes) node.parentNode = parent
    this.parentNode = null
  }
  remove(): void {
    if (!this.parentNode) return
    const siblings = this.parentNode.childNodes
    siblings.splice(siblings.indexOf(this), 1)
    this.parentNode = null
  }
}

class FakeText extends FakeNode {
  constructor(
    public data: string,
    doc: FakeDocument,
  ) {
    super(3, doc)
  }
  get textContent(): string {
    return this.data
  }
  splitText(offset: number): FakeText {
    const rest = new FakeText(this.data.slice(offset), this.ownerDocument)
    this.data = this.data.slice(0, offset)
    const parent = this.parentNode
    if (parent) {
      parent.childNodes.splice(parent.childNodes.indexOf(this) + 1, 0, rest)
      rest.parentNode = parent
    }
    return rest
  }
}

class FakeElement extends FakeNode {
  childNodes: FakeNode[] = []
  attributes = new Map<string, string>()
  constructor(
    readonly localName: string,
    doc: FakeDocument,
  ) {
    super(1, doc)
  }
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null
  }
  get lastChild(): FakeNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null
  }
  get classList() {
    const classes = (this.attributes.get('class') ?? '').split(/\s+/).filter(Boolean)
    return Object.assign(classes, {
      add: (...names: string[]) => {
        const set = new Set([...classes, ...names])
        this.attributes.set('class', [...set].join(' '))
      },
    })
  }
  get textContent(): string {
    return this.childNodes.map((n) => (n as FakeText | FakeElement).textContent).join('')
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value)
  }
  appendChild(node: FakeNode): FakeNode {
    node.remove()
    this.childNodes.push(node)
    node.parentNode = this
    return node
  }
  insertBefore(node: FakeNode, before: FakeNode): FakeNode {
    node.remove()
    this.childNodes.splice(this.childNodes.indexOf(before), 0, node)
    node.parentNode = this
    return node
  }
  closest(selector: string): FakeElement | null {
    if (selector !== 'a[href]' && selector !== 'a') throw new Error(`unsupported ${selector}`)
    const matches = (el: FakeElement): boolean =>
      el.localName === 'a' && (selector === 'a' || el.attributes.has('href'))
    if (matches(this)) return this
    for (let el = this.parentNode; el; el = el.parentNode) if (matches(el)) return el
    return null
  }
  get outerHTML(): string {
    const attributes = [...this.attributes]
      .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join('')
    const inner = this.childNodes
      .map((n) =>
        n instanceof FakeText
          ? n.data.replace(/&/g, '&amp;').replace(/</g, '&lt;')
          : (n as FakeElement).outerHTML,
      )
      .join('')
    return `<${this.localName}${attributes}>${inner}</${this.localName}>`
  }
}

export class FakeDocument {
  createElement(name: string): FakeElement {
    return new FakeElement(name, this)
  }
  createTextNode(data: string): FakeText {
    return new FakeText(data, this)
  }
}

/** Build a fake element tree: `el('p', 'text', el('em', 'x'))`. */
export function fakeTree(doc: FakeDocument) {
  return function el(
    name: string,
    ...children: (string | FakeElement | Record<string, string>)[]
  ): FakeElement {
    const element = doc.createElement(name)
    for (const child of children) {
      if (typeof child === 'string') element.appendChild(doc.createTextNode(child))
      else if (child instanceof FakeElement) element.appendChild(child)
      else for (const [k, v] of Object.entries(child)) element.setAttribute(k, v)
    }
    return element
  }
}

export type { FakeElement }
