/**
 * The changing half of a `TreeAdapter` for unist trees (hast in `markupHast`, mdast in the remark
 * plugins): cuts, wraps and replacements are recorded first and made in one pass per parent by
 * `flush`, so marking up stays linear however many entities a parent holds.
 */
import type { Element, ElementContent } from 'hast'
import type { Node, Parent } from 'unist'
import type { Interval } from './intervals.js'
import type { TreeAdapter } from './tree-engine.js'

interface UnistText extends Node {
  value: string
}

/** What a unist adapter says of its tree; the rest of `TreeAdapter` is shared. */
export interface UnistRules<N extends Node> {
  read(node: N, locked: boolean): number
  canWrapIn(node: N): boolean
  insideLink(node: N, parents: Map<N, N>): boolean
  /** The node that wraps entity words, made from the renderer's element (no children yet). */
  wrapper(element: Element, interval: Interval): N & Parent
  /** The renderer's hast as nodes of this tree. */
  convert(nodes: ElementContent[]): N[]
}

interface Edits<N> {
  /** New nodes to put right after an existing child, in order. */
  after: Map<N, N[]>
  /** Wrappers to make, from the first to the last child they take (disjoint). */
  wraps: { from: N; to: N; wrapper: N & Parent }[]
  /** Text nodes to replace. */
  replace: Map<N, N[]>
}

/** A `TreeAdapter` for a unist tree whose parents are kept in a map. */
export function unistAdapter<N extends Node, T extends N & UnistText>(
  rules: UnistRules<N>,
  parents: Map<N, N> = new Map(),
): TreeAdapter<N, T> {
  let edits = new Map<N, Edits<N>>()
  const editsOf = (parent: N): Edits<N> => {
    let own = edits.get(parent)
    if (!own) edits.set(parent, (own = { after: new Map(), wraps: [], replace: new Map() }))
    return own
  }
  const childrenOf = (node: N): N[] => ((node as Partial<Parent>).children ?? []) as N[]
  return {
    parents,
    read: (node, locked) => rules.read(node, locked),
    children: childrenOf,
    value: (node) => node.value,
    parent: (node) => parents.get(node),
    canWrapIn: (node) => rules.canWrapIn(node),
    insideLink: (node) => rules.insideLink(node, parents),
    split(parent, node, at) {
      const rest = { type: 'text', value: node.value.slice(at) } as T
      node.value = node.value.slice(0, at)
      // Before anything recorded after `node` earlier (cuts are made right to left).
      const own = editsOf(parent)
      const list = own.after.get(node)
      if (list) list.unshift(rest)
      else own.after.set(node, [rest])
      return rest
    },
    wrap(parent, from, to, element, interval) {
      editsOf(parent).wraps.push({ from, to, wrapper: rules.wrapper(element, interval) })
    },
    replace(parent, node, nodes) {
      editsOf(parent).replace.set(node, rules.convert(nodes))
    },
    flush() {
      for (const [parent, own] of edits) apply(parent, own, parents, childrenOf(parent))
      edits = new Map()
    },
  }
}

/** Make the recorded edits of one parent in a single pass over its children (in place). */
function apply<N extends Node>(
  parent: N,
  edits: Edits<N>,
  parents: Map<N, N>,
  children: N[],
): void {
  const expanded: N[] = []
  for (const child of children) {
    const replacement = edits.replace.get(child)
    if (replacement) for (const node of replacement) expanded.push(node)
    else expanded.push(child)
    const added = edits.after.get(child)
    if (added) for (const node of added) expanded.push(node)
  }
  const wrapsByStart = new Map(edits.wraps.map((wrap) => [wrap.from, wrap]))
  const next: N[] = []
  let open: Edits<N>['wraps'][number] | undefined
  for (const node of expanded) {
    if (!open) {
      open = wrapsByStart.get(node)
      if (open) {
        next.push(open.wrapper)
        parents.set(open.wrapper, parent)
      }
    }
    if (open) {
      ;(open.wrapper.children as Node[]).push(node)
      parents.set(node, open.wrapper)
      if (node === open.to) open = undefined
    } else {
      next.push(node)
      parents.set(node, parent)
    }
  }
  children.length = 0
  for (const node of next) children.push(node)
}
