/**
 * The recorded edits of a unist tree, made by `flush`: cuts, wraps and replacements give the
 * exact children, and the parent map is kept for every node the engine may still read (cut-off
 * parts, wrapped nodes, wrappers) while the nodes of a replacement, the last step, are final.
 */
import type { Element } from 'hast'
import type { Node, Parent } from 'unist'
import { describe, expect, it } from 'vitest'
import { unistAdapter } from './child-edits.js'
import { Read } from './tree-engine.js'

interface TestText extends Node {
  type: 'text'
  value: string
}
interface TestParent extends Parent {
  type: 'p' | 'wrap'
  children: (TestText | TestParent)[]
}
type TestNode = TestText | TestParent

const text = (value: string): TestText => ({ type: 'text', value })

function adapterFor(root: TestParent) {
  const parents = new Map<TestNode, TestNode>()
  for (const child of root.children) parents.set(child, root)
  const adapter = unistAdapter<TestNode, TestText>(
    {
      read: (node) => (node.type === 'text' ? Read.text : Read.parent),
      canWrapIn: () => true,
      insideLink: () => false,
      wrapper: (): TestParent => ({ type: 'wrap', children: [] }),
      convert: (nodes) =>
        nodes.map((node) =>
          node.type === 'text' ? text(node.value) : { type: 'wrap', children: [] },
        ),
    },
    parents,
  )
  return { adapter, parents }
}

const element: Element = { type: 'element', tagName: 'span', properties: {}, children: [] }
const interval = {
  kind: 'state',
  start: 0,
  end: 1,
  entity: { type: 'state', start: 0, end: 1, text: 'x', iso3: 'AUT', iso2: 'AT', name: 'Austria' },
} as const

describe('unistAdapter flush', () => {
  it('cuts a text node and wraps from the cut-off part to the next node', () => {
    const first = text('Austria and Belgium')
    const second = text(' voted')
    const root: TestParent = { type: 'p', children: [first, second] }
    const { adapter, parents } = adapterFor(root)
    const rest = adapter.split(root, first, 12)
    adapter.wrap(root, rest, second, element, interval)
    adapter.flush()
    expect(root.children).toEqual([
      text('Austria and '),
      { type: 'wrap', children: [text('Belgium'), text(' voted')] },
    ])
    const wrapper = root.children[1]!
    expect(root.children[0]).toBe(first)
    expect(parents.get(first)).toBe(root)
    expect(parents.get(wrapper)).toBe(root)
    expect(parents.get(rest)).toBe(wrapper)
    expect(parents.get(second)).toBe(wrapper)
  })

  it('keeps two cut-off parts of one node in order', () => {
    const only = text('abcdef')
    const root: TestParent = { type: 'p', children: [only] }
    const { adapter, parents } = adapterFor(root)
    // Right to left, as the engine cuts.
    const last = adapter.split(root, only, 4)
    const middle = adapter.split(root, only, 2)
    adapter.flush()
    expect(root.children).toEqual([text('ab'), text('cd'), text('ef')])
    expect(root.children[1]).toBe(middle)
    expect(root.children[2]).toBe(last)
    expect(parents.get(middle)).toBe(root)
    expect(parents.get(last)).toBe(root)
  })

  it('replaces text nodes with the converted markup, which is final (not in the map)', () => {
    const first = text('Austria')
    const second = text(' and ')
    const third = text('Benin')
    const root: TestParent = { type: 'p', children: [first, second, third] }
    const { adapter, parents } = adapterFor(root)
    adapter.replace(root, first, [element, { type: 'text', value: '!' }])
    adapter.replace(root, third, [{ type: 'text', value: 'B' }])
    adapter.flush()
    expect(root.children).toEqual([
      { type: 'wrap', children: [] },
      text('!'),
      text(' and '),
      text('B'),
    ])
    expect(root.children[2]).toBe(second)
    expect(parents.get(second)).toBe(root)
    expect(parents.has(root.children[0]!)).toBe(false)
    expect(parents.has(root.children[3]!)).toBe(false)
  })

  it('does nothing to a parent without edits, and a second flush changes nothing', () => {
    const untouched: TestParent = { type: 'p', children: [text('Austria')] }
    const { adapter } = adapterFor(untouched)
    adapter.flush()
    adapter.flush()
    expect(untouched.children).toEqual([text('Austria')])
  })
})
